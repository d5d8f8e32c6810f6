// ct::distributed under mpirun (-np 2 and -np 4): every collective and
// transform against the single-process result. Each rank can build every
// other rank's data (data_of(rank)), so the expected value is computed here
// with plain ct ops on the whole data, as one process would.
//
// Tests use EXPECT (not ASSERT) around collectives, so that a failure on one
// rank never makes it skip a collective the others are waiting in.
#include <cotangent/cotangent.h>
#include <cotangent/distributed.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace dist = ct::distributed;
namespace F = ct::distributed::nn::functional;
using ct::Tensor;
using dist::ReduceOp;
using TL = std::vector<Tensor>;

int R() { return dist::get_rank(); }
int P() { return dist::get_world_size(); }

// Rank r's data: distinct per rank, with ties between ranks at some
// positions (for MIN and MAX).
Tensor data_of(int rank, const ct::Shape& shape, ct::DType dt = ct::float64) {
  Tensor i = ct::arange(static_cast<int64_t>(ct::zeros(shape).numel()), ct::float64);
  Tensor v =
      ct::fmod(i * 7 + rank * 3, 5) - 2 + (ct::fmod(i, 3) == 0).to(ct::float64) * rank * 0.25;
  if (dt == ct::kBool) return (ct::fmod(i + rank, 3) == 0).reshape(shape);
  return v.reshape(shape).to(dt);
}

Tensor fold(ReduceOp op, const ct::Shape& shape, ct::DType dt) {
  Tensor acc = data_of(0, shape, dt);
  for (int r = 1; r < P(); ++r) {
    Tensor x = data_of(r, shape, dt);
    if (dt == ct::kBool) {
      acc = (op == ReduceOp::MIN || op == ReduceOp::PRODUCT) ? ct::logical_and(acc, x)
                                                             : ct::logical_or(acc, x);
      continue;
    }
    switch (op) {
      case ReduceOp::SUM:
      case ReduceOp::AVG:
        acc = acc + x;
        break;
      case ReduceOp::PRODUCT:
        acc = acc * x;
        break;
      case ReduceOp::MIN:
        acc = ct::minimum(acc, x);
        break;
      case ReduceOp::MAX:
        acc = ct::maximum(acc, x);
        break;
    }
  }
  if (op == ReduceOp::AVG) acc = acc / static_cast<double>(P());
  return acc;
}

bool same(const Tensor& a, const Tensor& b, double tol = 1e-12) {
  if (a.shape() != b.shape() || a.dtype() != b.dtype()) return false;
  if (!a.is_floating_point()) return ct::equal(a, b);
  return ct::allclose(a, b, tol, tol);
}

template <class F_>
std::string error_of(F_&& f) {
  try {
    f();
  } catch (const ct::RuntimeError& e) {
    return e.what();
  } catch (const std::exception& e) {
    return std::string("other exception: ") + e.what();
  }
  return "no error";
}

// ---------------------------------------------------------------- group

TEST(Distributed, RankAndWorldSize) {
  int world = 0;
  MPI_Comm_size(MPI_COMM_WORLD, &world);
  EXPECT_EQ(P(), world);
  EXPECT_EQ(dist::world_size(), world);
  EXPECT_GE(R(), 0);
  EXPECT_LT(R(), P());
  EXPECT_TRUE(dist::is_initialized());
  EXPECT_EQ(dist::get_backend(), "mpi");
  dist::barrier();
}

TEST(Distributed, InitTwiceAndUninitializedUseRaiseTorchsErrors) {
  EXPECT_EQ(error_of([] { dist::init_process_group("mpi"); }),
            "trying to initialize the default process group twice!");
  EXPECT_NE(error_of([] { dist::init_process_group("nccl"); }).find("\"mpi\""), std::string::npos);
  dist::destroy_process_group();
  EXPECT_FALSE(dist::is_initialized());
  const std::string msg =
      "Default process group has not been initialized, please make sure to call "
      "init_process_group.";
  EXPECT_EQ(error_of([] { dist::get_rank(); }), msg);
  Tensor t = ct::ones({2});
  EXPECT_EQ(error_of([&] { dist::all_reduce(t); }), msg);
  EXPECT_EQ(error_of([&] { F::all_reduce(t); }), msg);
  dist::init_process_group(MPI_COMM_WORLD, {std::chrono::seconds(60)});
  EXPECT_TRUE(dist::is_initialized());
}

// ---------------------------------------------------------------- in place

TEST(Distributed, AllReduceEveryOpAndDtypeInPlace) {
  for (ct::DType dt : {ct::float32, ct::float64, ct::int64, ct::int32, ct::kBool}) {
    for (ReduceOp op :
         {ReduceOp::SUM, ReduceOp::AVG, ReduceOp::PRODUCT, ReduceOp::MIN, ReduceOp::MAX}) {
      if (op == ReduceOp::AVG && !ct::is_floating_point(dt)) continue;
      for (ct::Shape shape : {ct::Shape{}, ct::Shape{0}, ct::Shape{3, 4}, ct::Shape{70000}}) {
        Tensor t = data_of(R(), shape, dt);
        dist::all_reduce(t, op);
        EXPECT_TRUE(same(t, fold(op, shape, dt), 1e-6))
            << ct::dtype_name(dt) << " " << dist::reduce_op_name(op);
      }
    }
  }
}

TEST(Distributed, InPlaceWritesThroughAViewAndBumpsTheVersion) {
  Tensor base = data_of(R(), {4, 3});
  Tensor view = base.t();  // not contiguous
  uint32_t v0 = base._version();
  dist::all_reduce(view, ReduceOp::MAX);
  EXPECT_TRUE(same(base, fold(ReduceOp::MAX, {4, 3}, ct::float64)));
  EXPECT_GT(base._version(), v0);
}

TEST(Distributed, AvgOfIntegersRaises) {
  Tensor t = ct::ones({3}, ct::int64);
  std::string e = error_of([&] { dist::all_reduce(t, ReduceOp::AVG); });
  EXPECT_NE(e.find("ReduceOp.AVG needs a floating point tensor, got int64"), std::string::npos)
      << e;
  EXPECT_NE(e.find("on rank " + std::to_string(R())), std::string::npos) << e;
}

TEST(Distributed, BroadcastFromEveryRank) {
  for (int src = 0; src < P(); ++src) {
    for (ct::DType dt : {ct::float32, ct::float64, ct::int64, ct::int32, ct::kBool}) {
      Tensor t = data_of(R(), {5, 2}, dt);
      dist::broadcast(t, src);
      EXPECT_TRUE(same(t, data_of(src, {5, 2}, dt)));
    }
  }
  Tensor t = ct::ones({2});
  EXPECT_NE(error_of([&] { dist::broadcast(t, P()); }).find("is not a rank"), std::string::npos);
}

TEST(Distributed, AllGatherListAndIntoTensor) {
  for (ct::DType dt : {ct::float32, ct::int64, ct::kBool}) {
    for (ct::Shape shape : {ct::Shape{}, ct::Shape{3}, ct::Shape{2, 3}}) {
      Tensor mine = data_of(R(), shape, dt);
      TL list;
      for (int p = 0; p < P(); ++p) list.push_back(ct::zeros(shape, dt));
      dist::all_gather(list, mine);
      for (int p = 0; p < P(); ++p) EXPECT_TRUE(same(list[p], data_of(p, shape, dt)));
      TL rows;
      for (int p = 0; p < P(); ++p) rows.push_back(data_of(p, shape, dt).reshape({-1}));
      Tensor expected = ct::cat(rows, 0);
      if (shape.size() > 0) {
        TL blocks;
        for (int p = 0; p < P(); ++p) blocks.push_back(data_of(p, shape, dt));
        expected = ct::cat(blocks, 0);
      }
      Tensor out = ct::zeros(expected.shape(), dt);
      dist::all_gather_into_tensor(out, mine);
      EXPECT_TRUE(same(out, expected));
    }
  }
  TL wrong{ct::zeros({3})};
  EXPECT_NE(error_of([&] { dist::all_gather(wrong, ct::ones({3})); }).find("expected one per rank"),
            std::string::npos);
}

TEST(Distributed, ReduceScatterListAndTensor) {
  for (ReduceOp op : {ReduceOp::SUM, ReduceOp::AVG, ReduceOp::MAX, ReduceOp::MIN}) {
    TL inputs;
    for (int p = 0; p < P(); ++p) inputs.push_back(data_of(R(), {2, 3}) * (p + 1));
    Tensor out = ct::zeros({2, 3}, ct::float64);
    dist::reduce_scatter(out, inputs, op);
    // Rank r gets op over ranks q of (q's data) * (r + 1).
    Tensor expected = fold(op, {2, 3}, ct::float64) * (R() + 1);
    if (op == ReduceOp::MIN || op == ReduceOp::MAX) {
      // scaling by a positive factor commutes with min and max
    }
    EXPECT_TRUE(same(out, expected)) << dist::reduce_op_name(op);
    Tensor stacked = ct::cat(inputs, 0);  // [P * 2, 3]
    Tensor out2 = ct::zeros({2, 3}, ct::float64);
    dist::reduce_scatter_tensor(out2, stacked, op);
    EXPECT_TRUE(same(out2, expected));
  }
}

// ---------------------------------------------------------------- differentiable

// The single-process reference for a functional collective: every rank's x
// as a leaf, the ranks' losses summed, and the gradient w.r.t. this rank's x.
Tensor reference_grad(const std::function<Tensor(const TL& xs, int r)>& loss_of_rank,
                      const ct::Shape& shape) {
  TL xs;
  for (int r = 0; r < P(); ++r) xs.push_back(data_of(r, shape).requires_grad_(true));
  Tensor total = ct::zeros({}, ct::float64);
  for (int r = 0; r < P(); ++r) total = total + loss_of_rank(xs, r);
  Tensor g = ct::grad({total}, {xs[R()]}, {}, std::nullopt, false, /*allow_unused=*/true)[0];
  return g.defined() ? g : ct::zeros(shape, ct::float64);
}

Tensor weights_of(int rank, const ct::Shape& shape) { return data_of(rank + 7, shape) + 3.0; }

TEST(Distributed, AllReduceVjpEveryOpMatchesOneProcess) {
  const ct::Shape shape{3, 4};
  for (ReduceOp op :
       {ReduceOp::SUM, ReduceOp::AVG, ReduceOp::PRODUCT, ReduceOp::MIN, ReduceOp::MAX}) {
    Tensor x = data_of(R(), shape).requires_grad_(true);
    Tensor y = F::all_reduce(x, op);
    EXPECT_TRUE(same(y, fold(op, shape, ct::float64)));
    Tensor g = ct::grad({(y * weights_of(R(), shape)).sum()}, {x})[0];
    Tensor expected = reference_grad(
        [&](const TL& xs, int r) {
          Tensor acc = xs[0];
          for (int q = 1; q < P(); ++q) {
            if (op == ReduceOp::SUM || op == ReduceOp::AVG) acc = acc + xs[q];
            if (op == ReduceOp::PRODUCT) acc = acc * xs[q];
            // Ties split the gradient evenly, as amax does.
          }
          if (op == ReduceOp::MAX) acc = ct::stack(xs, 0).amax(0);
          if (op == ReduceOp::MIN) acc = ct::stack(xs, 0).amin(0);
          if (op == ReduceOp::AVG) acc = acc / static_cast<double>(P());
          return (acc * weights_of(r, shape)).sum();
        },
        shape);
    EXPECT_TRUE(same(g, expected)) << dist::reduce_op_name(op) << "\n" << g << "\n" << expected;
  }
}

TEST(Distributed, AllReduceJvpAndSecondDerivative) {
  const ct::Shape shape{5};
  Tensor x = data_of(R(), shape);
  Tensor v = weights_of(R(), shape);
  // d/dt all_reduce(x + t v)^2 = 2 * all_reduce(x) * all_reduce(v)
  auto [out, tangent] =
      ct::jvp([](const Tensor& a) { return F::all_reduce(a * a, ReduceOp::SUM); }, x, v);
  TL xs, vs;
  for (int r = 0; r < P(); ++r) {
    xs.push_back(data_of(r, shape));
    vs.push_back(weights_of(r, shape));
  }
  Tensor expected_t = ct::zeros(shape, ct::float64);
  for (int r = 0; r < P(); ++r) expected_t = expected_t + 2 * xs[r] * vs[r];
  EXPECT_TRUE(same(tangent, expected_t));
  for (ReduceOp op : {ReduceOp::MAX, ReduceOp::PRODUCT}) {
    auto r = ct::jvp([op](const Tensor& a) { return F::all_reduce(a, op); }, x, v);
    // Against finite differences of the same collective (it is linear in t
    // for MAX away from ties; PRODUCT's tangent is exact to O(eps)).
    const double eps = 1e-6;
    Tensor plus = F::all_reduce(x + eps * v, op), minus = F::all_reduce(x - eps * v, op);
    Tensor fd = (plus - minus) / (2 * eps);
    Tensor ties = (ct::stack(xs, 0) == fold(op, shape, ct::float64)).sum(0) > 1;
    if (op == ReduceOp::MAX) fd = ct::where(ties, r.jvp, fd);  // one-sided at ties
    EXPECT_TRUE(ct::allclose(r.jvp, fd, 1e-5, 1e-5)) << dist::reduce_op_name(op);
  }
  // Second derivative through the collective's backward (create_graph):
  // L = sum(all_reduce(x^3)) on every rank; dL/dx = all_reduce(1) 3x^2 =
  // 3 P x^2; d/dx of sum(that) = 6 P x.
  Tensor xg = x.clone().requires_grad_(true);
  Tensor g = ct::grad({F::all_reduce(xg * xg * xg).sum()}, {xg}, {}, true, true)[0];
  EXPECT_TRUE(same(g, 3.0 * P() * x * x));
  Tensor gg = ct::grad({g.sum()}, {xg})[0];
  EXPECT_TRUE(same(gg, 6.0 * P() * x));
}

TEST(Distributed, BroadcastAllGatherReduceScatterVjp) {
  const ct::Shape shape{2, 3};
  for (int src = 0; src < P(); ++src) {
    Tensor x = data_of(R(), shape).requires_grad_(true);
    Tensor y = F::broadcast(x, src);
    EXPECT_TRUE(same(y, data_of(src, shape)));
    Tensor g = ct::grad({(y * weights_of(R(), shape)).sum()}, {x})[0];
    Tensor expected = reference_grad(
        [&](const TL& xs, int r) { return (xs[src] * weights_of(r, shape)).sum(); }, shape);
    EXPECT_TRUE(same(g, expected));
    // An infinite cotangent elsewhere still gives exact zeros off src.
    Tensor gi =
        ct::grad({(F::broadcast(x, src) * ct::full(shape, INFINITY, ct::float64)).sum()}, {x})[0];
    if (R() != src) EXPECT_TRUE(same(gi, ct::zeros(shape, ct::float64)));
  }
  {
    Tensor x = data_of(R(), shape).requires_grad_(true);
    TL parts = F::all_gather(x);
    ASSERT_EQ(static_cast<int>(parts.size()), P());
    Tensor loss = ct::zeros({}, ct::float64);
    for (int p = 0; p < P(); ++p) {
      EXPECT_TRUE(same(parts[p], data_of(p, shape)));
      loss = loss + (parts[p] * weights_of(R() * 10 + p, shape)).sum();
    }
    Tensor g = ct::grad({loss}, {x})[0];
    Tensor expected = reference_grad(
        [&](const TL& xs, int r) {
          Tensor l = ct::zeros({}, ct::float64);
          for (int p = 0; p < P(); ++p) l = l + (xs[p] * weights_of(r * 10 + p, shape)).sum();
          return l;
        },
        shape);
    EXPECT_TRUE(same(g, expected));
    Tensor stacked = F::all_gather_tensor(x);
    EXPECT_EQ(stacked.size(0), 2 * P());
  }
  {
    // reduce_scatter: rank r's input list [x * w_r0, x * w_r1, ...].
    Tensor x = data_of(R(), shape).requires_grad_(true);
    TL list;
    for (int p = 0; p < P(); ++p) list.push_back(x * (p + 1.0 + R()));
    Tensor y = F::reduce_scatter(list, ReduceOp::SUM);
    Tensor g = ct::grad({(y * weights_of(R(), shape)).sum()}, {x})[0];
    Tensor expected = reference_grad(
        [&](const TL& xs, int r) {
          Tensor acc = ct::zeros(shape, ct::float64);
          for (int q = 0; q < P(); ++q) acc = acc + xs[q] * (r + 1.0 + q);
          return (acc * weights_of(r, shape)).sum();
        },
        shape);
    EXPECT_TRUE(same(g, expected));
  }
}

// ---------------------------------------------------------------- transforms

// Logistic-regression loss on rows [first, first + n) of a data set every
// rank can generate.
struct Data {
  Tensor X, y;
};
Data rows_of(int64_t first, int64_t n) {
  Tensor i = ct::arange(first, first + n, 1, ct::float64).unsqueeze(1);
  Tensor j = ct::arange(4, ct::float64).unsqueeze(0);
  Tensor X = ct::sin(i * 0.37 + j * 1.3) + 0.1 * j;
  Tensor y = (ct::cos(i.squeeze(1) * 0.91) > 0).to(ct::float64);
  return {X, y};
}
Tensor loss_on(const Data& d, const Tensor& w, const Tensor& b) {
  Tensor z = ct::matmul(d.X, w) + b;
  return ct::nn::functional::binary_cross_entropy_with_logits(z, d.y, {}, "sum");
}

TEST(Distributed, VjpAndGradOfShardedDataMatchOneProcess) {
  const int64_t per_rank = 37;
  Data shard = rows_of(R() * per_rank, per_rank), whole = rows_of(0, per_rank * P());
  Tensor w = ct::tensor({0.1, -0.2, 0.3, 0.05}, ct::float64), b = ct::tensor(0.2, ct::float64);
  auto local = [&](const Tensor& w_, const Tensor& b_) { return loss_on(shard, w_, b_); };
  auto global = [&](const Tensor& w_, const Tensor& b_) { return loss_on(whole, w_, b_); };
  auto d = dist::vjp(local, std::tuple{w, b});
  auto s = ct::vjp(global, std::tuple{w, b});
  EXPECT_TRUE(same(d.output, s.output, 1e-10));
  EXPECT_TRUE(same(std::get<0>(d.vjp), std::get<0>(s.vjp), 1e-10));
  EXPECT_TRUE(same(std::get<1>(d.vjp), std::get<1>(s.vjp), 1e-10));
  // The mean over ranks of per-rank means = the mean when shards are equal.
  auto mean_local = [&](const Tensor& w_) { return loss_on(shard, w_, b) / double(per_rank); };
  Tensor gm = dist::grad(mean_local, w, false, ReduceOp::AVG);
  Tensor gs =
      ct::vjp([&](const Tensor& w_) { return loss_on(whole, w_, b) / double(per_rank * P()); }, w)
          .vjp;
  EXPECT_TRUE(same(gm, gs, 1e-10));
  // The gradient of a max over ranks is not the max of the gradients.
  EXPECT_NE(error_of([&] {
              dist::grad(mean_local, w, false, ReduceOp::MAX);
            }).find("op must be ReduceOp.SUM or ReduceOp.AVG, not ReduceOp.MAX"),
            std::string::npos);
}

TEST(Distributed, HessianVectorProductThroughCreateGraph) {
  const int64_t per_rank = 23;
  Data shard = rows_of(R() * per_rank, per_rank), whole = rows_of(0, per_rank * P());
  Tensor w = ct::tensor({0.3, -0.1, 0.2, 0.4}, ct::float64);
  Tensor v = ct::tensor({1.0, 0.5, -0.25, 2.0}, ct::float64);
  Tensor b = ct::zeros({}, ct::float64);
  // d/dw (grad(w) . v), each grad distributed: the inner result's graph is
  // this rank's part, which the outer transform sums again.
  Tensor hv = dist::grad(
      [&](const Tensor& w_) {
        Tensor g = dist::grad([&](const Tensor& u) { return loss_on(shard, u, b); }, w_, true);
        return (g * v).sum();
      },
      w);
  auto expected = ct::hvp([&](const Tensor& u) { return loss_on(whole, u, b); }, w, v);
  EXPECT_TRUE(same(hv, expected.hvp, 1e-10)) << hv << expected.hvp;
}

// A function the same on every rank: two inputs, two outputs.
std::tuple<Tensor, Tensor> two_by_two(const Tensor& a, const Tensor& b) {
  return {ct::tanh(ct::matmul(a, b)) * 2.0, (a.sum(1) * ct::exp(b.sum(0)).sum()).pow(2)};
}

TEST(Distributed, JacobianSplitsRowsAndMatchesOneProcess) {
  Tensor a = ct::arange(6, ct::float64).reshape({2, 3}) * 0.1;
  Tensor b = ct::arange(12, ct::float64).reshape({3, 4}) * -0.05;
  for (ct::Strategy st : {ct::Strategy::ReverseMode, ct::Strategy::ForwardMode}) {
    auto d = dist::jacobian(two_by_two, std::tuple{a, b}, false, st);
    auto s = ct::jacobian(two_by_two, std::tuple{a, b});
    EXPECT_TRUE(same(std::get<0>(std::get<0>(d)), std::get<0>(std::get<0>(s))));
    EXPECT_TRUE(same(std::get<1>(std::get<0>(d)), std::get<1>(std::get<0>(s))));
    EXPECT_TRUE(same(std::get<0>(std::get<1>(d)), std::get<0>(std::get<1>(s))));
    EXPECT_TRUE(same(std::get<1>(std::get<1>(d)), std::get<1>(std::get<1>(s))));
  }
  // Fewer rows than ranks: some ranks compute none.
  auto one = [](const Tensor& x) { return (x * x).sum(); };
  Tensor x = ct::arange(3, ct::float64);
  Tensor j = dist::jacobian(one, x);
  EXPECT_TRUE(same(j, ct::jacobian(one, x)));
}

TEST(Distributed, HessianSplitsRowsAndMatchesOneProcess) {
  auto f = [](const Tensor& x, const Tensor& y) {
    return (ct::sin(x).sum() * ct::exp(y * 0.5).sum()) + (x.unsqueeze(1) * y).pow(2).sum();
  };
  Tensor x = ct::arange(5, ct::float64) * 0.3, y = ct::arange(3, ct::float64) * -0.2;
  for (ct::Strategy st : {ct::Strategy::ReverseMode, ct::Strategy::ForwardMode}) {
    auto d = dist::hessian(f, std::tuple{x, y}, false, st);
    auto s = ct::hessian(f, std::tuple{x, y});
    EXPECT_TRUE(same(std::get<0>(std::get<0>(d)), std::get<0>(std::get<0>(s)), 1e-10));
    EXPECT_TRUE(same(std::get<1>(std::get<0>(d)), std::get<1>(std::get<0>(s)), 1e-10));
    EXPECT_TRUE(same(std::get<0>(std::get<1>(d)), std::get<0>(std::get<1>(s)), 1e-10));
    EXPECT_TRUE(same(std::get<1>(std::get<1>(d)), std::get<1>(std::get<1>(s)), 1e-10));
  }
  EXPECT_NE(error_of([] {
              dist::hessian([](const Tensor& t) { return t * 2; }, ct::ones({3}));
            }).find("should contain a single element"),
            std::string::npos);
}

// ---------------------------------------------------------------- faults

TEST(Distributed, MismatchedShapesDtypesOpsAndCollectivesRaiseOnEveryRank) {
  for (int64_t n : {int64_t{3}, int64_t{100000}}) {  // below and above the parallel grain
    Tensor t = ct::ones({n + (R() == 1 ? 1 : 0)});
    std::string e = error_of([&] { dist::all_reduce(t); });
    EXPECT_NE(e.find("cotangent.distributed.all_reduce on rank " + std::to_string(R())),
              std::string::npos)
        << e;
    EXPECT_NE(e.find("rank 0 has float32 [" + std::to_string(n) + "], rank 1 has float32 [" +
                     std::to_string(n + 1) + "]"),
              std::string::npos)
        << e;
    EXPECT_TRUE(same(t, ct::ones(t.shape())));  // untouched
  }
  Tensor d = ct::ones({3}, R() == 1 ? ct::float64 : ct::float32);
  EXPECT_NE(error_of([&] { dist::all_reduce(d); }).find("rank 1 has float64 [3]"),
            std::string::npos);
  Tensor o = ct::ones({3});
  EXPECT_NE(error_of([&] {
              dist::all_reduce(o, R() == 1 ? ReduceOp::MAX : ReduceOp::SUM);
            }).find("rank 0 has ReduceOp.SUM, rank 1 has ReduceOp.MAX"),
            std::string::npos);
  std::string e = error_of([&] {
    if (R() == 1)
      dist::broadcast(o, 0);
    else
      dist::all_reduce(o);
  });
  EXPECT_NE(e.find("rank 0 called all_reduce"), std::string::npos) << e;
  EXPECT_NE(e.find("rank 1 called broadcast"), std::string::npos) << e;
  // The group still works.
  Tensor fine = ct::ones({2});
  dist::all_reduce(fine);
  EXPECT_TRUE(same(fine, ct::full({2}, static_cast<double>(P()))));
}

TEST(Distributed, ALocalFailureIsReportedToTheOtherRanks) {
  Tensor w = ct::ones({3}, ct::float64);
  std::string e = error_of([&] {
    dist::grad(
        [](const Tensor& x) {
          if (dist::get_rank() == 1) return x.sum() + ct::ones({2}, ct::float64);  // not 0-d
          return (x * x).sum();
        },
        w);
  });
  if (R() == 1) {
    EXPECT_EQ(e.find("cotangent.distributed"), std::string::npos) << e;  // its own error
  } else {
    EXPECT_NE(e.find("on rank " + std::to_string(R()) + ": rank 1 failed in vjp: "),
              std::string::npos)
        << e;
  }
  dist::barrier();
}

TEST(Distributed, ACollectiveOnSomeRanksOnlyTimesOutNamingTheMissingRanks) {
  dist::destroy_process_group();
  dist::init_process_group(MPI_COMM_WORLD, {std::chrono::milliseconds(500)});
  if (R() == 0) {
    Tensor t = ct::ones({4});
    std::string e = error_of([&] { dist::all_reduce(t); });
    std::string missing = P() == 2 ? "rank 1 did not join" : "ranks 1, 2, 3 did not join";
    EXPECT_NE(e.find("on rank 0: call 1 (all_reduce): " + missing + " within 0.5 s"),
              std::string::npos)
        << e;
    EXPECT_NE(e.find("the process group is now unusable"), std::string::npos) << e;
    std::string again = error_of([&] { dist::barrier(); });
    EXPECT_NE(again.find("unusable after a timeout"), std::string::npos) << again;
  }
  MPI_Barrier(MPI_COMM_WORLD);  // the others skip the collective and wait here
  dist::destroy_process_group();
  dist::init_process_group(MPI_COMM_WORLD, {std::chrono::seconds(60)});
  Tensor t = ct::ones({2});
  dist::all_reduce(t);
  EXPECT_TRUE(same(t, ct::full({2}, static_cast<double>(P()))));
}

TEST(Distributed, CollectivesFromManyThreads) {
  // Every call is the same, so any interleaving across ranks pairs them up.
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int i = 0; i < 25; ++i) {
        Tensor t = ct::full({8}, static_cast<double>(R() + 1));
        dist::all_reduce(t);
        if (!same(t, ct::full({8}, P() * (P() + 1) / 2.0))) ++wrong[k];
      }
    });
  for (auto& t : threads) t.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ct::distributed::init_process_group("mpi", {std::chrono::seconds(60)});
  int rc = RUN_ALL_TESTS();
  ct::distributed::finalize();
  return rc;
}
