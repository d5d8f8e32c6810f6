// Checks of the derivative machinery on functions of several ops (batched
// Jacobians, layouts, gradcheck's own self-tests) and value and error cases
// written before the op table's rows took calls (still to move there).
#include <cotangent/cotangent.h>
#include <cotangent/op_table.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;
namespace F = ct::nn::functional;

// The ops' own derivative checks (gradcheck, gradgradcheck, forward vs
// reverse, batched gradients) run over the op table: every row on its
// samples (tests/test_op_table.cpp) and every row's further calls in
// PyTorch's syntax (OpInfo::calls; tests/python/test_op_table.py). What
// stays here checks the machinery with functions of several ops.

// vectorize=true batches: the whole basis goes through one backward pass
// (the loop runs one pass per output element), for a function of
// batch-safe ops; a function with a node that is not batch-safe falls back
// to the loop and still gives the same Jacobian.
TEST(VectorizedJacobian, RunsOneBatchedBackwardPass) {
  ct::manual_seed(5);
  Tensor W = ct::rand({7, 5}, ct::float64), x = ct::rand({5}, ct::float64);
  auto f = [&](const Tensor& v) { return (ct::matmul(W, v).tanh() * v.sum()).exp(); };
  const auto before = ct::autograd_counters();
  Tensor loop = ct::jacobian(f, x);
  const auto mid = ct::autograd_counters();
  EXPECT_EQ(mid.backward_passes - before.backward_passes, 7u);  // one per output
  EXPECT_EQ(mid.batched_backward_passes, before.batched_backward_passes);
  Tensor vec = ct::jacobian(f, x, false, false, /*vectorize=*/true);
  const auto after = ct::autograd_counters();
  EXPECT_EQ(after.backward_passes - mid.backward_passes, 1u);
  EXPECT_EQ(after.batched_backward_passes - mid.batched_backward_passes, 1u);
  EXPECT_TRUE(ct::allclose(loop, vec, 1e-12, 1e-14));
}

// Elementwise ops again, on non-contiguous and zero-size inputs: the input
// is a fresh contiguous leaf, the op sees a transposed / strided / expanded
// view of it or an empty tensor.
struct Layout {
  std::string name;
  ct::Shape shape;
  std::function<Tensor(const Tensor&)> view;
};

// A value in the row's domain, from x in [-1, 1).
Tensor in_domain(const Tensor& x, ct::Domain d) {
  switch (d) {
    case ct::Domain::Positive:
      return x.abs() + 0.5;
    case ct::Domain::Unit:
      return x * 0.9;
    case ct::Domain::AboveOne:
      return x.abs() + 1.2;
    case ct::Domain::Probability:
      return x * 0.4 + 0.5;
    case ct::Domain::Real:
      break;
  }
  return x;
}

std::vector<Layout> layouts() {
  return {
      {"transposed", {4, 3}, [](const Tensor& x) { return x.t(); }},
      {"strided", {3, 8}, [](const Tensor& x) { return x.slice(1, 1, 8, 2); }},
      {"expanded",
       {1, 4},
       [](const Tensor& x) {
         return x.expand({3, 4});
       }},
      {"zero_size", {0, 3}, [](const Tensor& x) { return x; }},
      {"size_one", {1, 1}, [](const Tensor& x) { return x; }},
  };
}

TEST(OpGradcheckLayouts, NonContiguousAndEmptyInputs) {
  ct::manual_seed(5);
  // every differentiable elementwise row and full reduction of the op table
  for (const ct::OpInfo& op : ct::op_table()) {
    if (!op.differentiable() || op.random || !(op.unary || op.reduce)) continue;
    for (const Layout& l : layouts()) {
      // max of nothing raises; var of one element is NaN, as torch
      if (op.reduce && l.shape.numel() < 2) continue;
      Tensor x = (ct::rand(l.shape, ct::float64) * 2 - 1).requires_grad_(true);
      ct::TensorFunction f = [&](const TL& in) {
        return op.call({in_domain(l.view(in[0]), op.domain)});
      };
      EXPECT_TRUE(ct::gradcheck(f, {x}, {.raise_exception = false})) << op.name << " on " << l.name;
      EXPECT_TRUE(ct::gradgradcheck(f, {x}, {}, {.raise_exception = false}))
          << op.name << " on " << l.name;
    }
  }
}

TEST(OpGradcheckSelf, DetectsAWrongDerivative) {
  // A gradcheck that cannot fail is worthless: feed it a function whose
  // backward disagrees with its forward (detach hides part of the graph).
  Tensor x = ct::rand({3}, ct::float64).requires_grad_(true);
  ct::TensorFunction f = [](const TL& v) { return TL{v[0] * v[0].detach()}; };
  EXPECT_FALSE(ct::gradcheck(f, {x}, {.raise_exception = false}));
  EXPECT_THROW(ct::gradcheck(f, {x}), ct::RuntimeError);
}

TEST(OpGradcheckSelf, GradgradcheckDetectsAWrongSecondDerivative) {
  // x^2 written as 2 x xd - xd^2 (xd = x detached): the value and the first
  // derivative (2 xd) are right, but that derivative has no graph, so its
  // own derivative comes out 0 where finite differences give 2.
  Tensor x = ct::rand({3}, ct::float64).requires_grad_(true);
  ct::TensorFunction f = [](const TL& v) {
    Tensor xd = v[0].detach();
    return TL{v[0] * xd * 2 - xd * xd};
  };
  EXPECT_TRUE(ct::gradcheck(f, {x}));
  EXPECT_FALSE(ct::gradgradcheck(f, {x}, {}, {.raise_exception = false}));
  EXPECT_THROW(ct::gradgradcheck(f, {x}), ct::RuntimeError);
  // A function whose output does not depend on the input at all: the first
  // derivative is zero, and so is its derivative; this is checked, not
  // skipped (and passes).
  ct::TensorFunction constant = [](const TL& v) { return TL{ct::ones({2}, ct::float64)}; };
  EXPECT_TRUE(ct::gradgradcheck(constant, {x}));
  // Where the first derivative is nonzero and constant (no graph needed):
  // its zero second derivative is right.
  ct::TensorFunction linear = [](const TL& v) { return TL{v[0] * 3}; };
  EXPECT_TRUE(ct::gradgradcheck(linear, {x}));
}

// ---------------------------------------------------------------- values

TEST(OpValues, LargeReductionsAreAccurate) {
  Tensor x = ct::ones({1000, 1000});
  EXPECT_EQ(x.sum().item<float>(), 1e6f);
  EXPECT_EQ(x.sum(0).sum().item<float>(), 1e6f);
  EXPECT_EQ(x.t().sum(1).sum().item<float>(), 1e6f);
}

// ---------------------------------------------------------------- promotion

// Values printed by torch 1.13 (float64 unless named _f32); the special
// functions run torch's own scalar kernels, so they agree to the last bits.

TEST(Promotion, FollowsPyTorch) {
  Tensor f32 = ct::ones({2}), f64 = ct::ones({2}, ct::float64), i64 = ct::ones({2}, ct::int64),
         b = ct::ones({2}, ct::kBool);
  EXPECT_EQ((f32 + f64).dtype(), ct::float64);
  EXPECT_EQ((i64 * 2.5).dtype(), ct::float32);  // int tensor * Python float -> default float
  EXPECT_EQ((i64 * 2).dtype(), ct::int64);
  EXPECT_EQ((f32 * 2.5).dtype(), ct::float32);
  EXPECT_EQ((f64 * 2.5).dtype(), ct::float64);
  EXPECT_EQ((i64 + f32).dtype(), ct::float32);
  EXPECT_EQ((b + i64).dtype(), ct::int64);
  EXPECT_EQ((b + 1).dtype(), ct::int64);
  EXPECT_EQ((i64 / i64).dtype(), ct::float32);  // true division
  // zero-dim tensors do not promote dimensioned ones of the same category
  EXPECT_EQ((f32 + ct::tensor(1.0, ct::float64)).dtype(), ct::float32);
  EXPECT_EQ((i64 + ct::tensor(1.5, ct::float64)).dtype(), ct::float64);
  EXPECT_EQ(ct::exp(i64).dtype(), ct::float32);
  // int32 (torch 1.13): int32 op int64 -> int64, op float -> the float, a Python
  // int or a zero-dim int64 keeps int32, bool op int32 -> int32.
  Tensor i32 = ct::ones({2}, ct::int32);
  EXPECT_EQ((i32 + i64).dtype(), ct::int64);
  EXPECT_EQ((i64 * i32).dtype(), ct::int64);
  EXPECT_EQ((i32 + f32).dtype(), ct::float32);
  EXPECT_EQ((f64 + i32).dtype(), ct::float64);
  EXPECT_EQ((i32 * 2.5).dtype(), ct::float32);
  EXPECT_EQ((i32 + 1).dtype(), ct::int32);
  EXPECT_EQ((i32 + ct::tensor(5)).dtype(), ct::int32);
  EXPECT_EQ((i32 + ct::tensor(1.5, ct::float64)).dtype(), ct::float64);
  EXPECT_EQ((b + i32).dtype(), ct::int32);
  EXPECT_EQ((i32 / 2).dtype(), ct::float32);
  EXPECT_EQ((i32 < 2).dtype(), ct::kBool);
  EXPECT_EQ(ct::exp(i32).dtype(), ct::float32);
}

TEST(Int32, ValuesWrapAndReductionsAsPyTorch) {
  Tensor a = ct::tensor({1, 2, 3}, ct::kInt32);
  EXPECT_EQ(a.dtype(), ct::int32);
  EXPECT_EQ(ct::element_size(ct::int32), 4u);
  EXPECT_EQ(ct::repr(a), "tensor([1, 2, 3], dtype=ct.int32)");
  EXPECT_EQ(ct::repr(ct::tensor({{1, -2}, {300, 4}}, ct::int32)),
            "tensor([[  1,  -2],\n        [300,   4]], dtype=ct.int32)");
  EXPECT_EQ(a.sum().dtype(), ct::int64);
  EXPECT_EQ(a.sum().item<int64_t>(), 6);
  EXPECT_EQ(a.prod().dtype(), ct::int64);
  EXPECT_EQ(a.cumsum(0).dtype(), ct::int64);
  EXPECT_EQ(a.max().dtype(), ct::int32);
  EXPECT_EQ(a.argmax().dtype(), ct::int64);
  // torch 1.13: int32 arithmetic wraps; sums do not (int64).
  const int32_t mx = std::numeric_limits<int32_t>::max(), mn = std::numeric_limits<int32_t>::min();
  EXPECT_EQ((ct::tensor({mx}, ct::int32) + 1).item<int32_t>(), mn);
  EXPECT_EQ((ct::tensor({mx}, ct::int32) * 2).item<int32_t>(), -2);
  EXPECT_EQ((ct::tensor({mx}, ct::int32) - (-1)).item<int32_t>(), mn);
  EXPECT_EQ((-ct::tensor({mn}, ct::int32)).item<int32_t>(), mn);
  EXPECT_EQ(ct::tensor({mn}, ct::int32).abs().item<int32_t>(), mn);
  EXPECT_EQ(ct::tensor({100000}, ct::int32).pow(2).item<int32_t>(), 1410065408);
  EXPECT_EQ(ct::tensor({mx, mx}, ct::int32).sum().item<int64_t>(), 4294967294LL);
  EXPECT_EQ(ct::tensor({mx}, ct::int32).cumprod(0).item<int64_t>(), mx);
  EXPECT_EQ((ct::tensor(mx, ct::int32) + (int64_t{1} << 40)).item<int32_t>(), mx);
  EXPECT_EQ(ct::div(ct::tensor({7}, ct::int32), 2, "floor").dtype(), ct::int32);
  EXPECT_EQ(ct::tensor({5}, ct::int32).sub(ct::tensor({2}, ct::int32)).item<int32_t>(), 3);
  EXPECT_EQ(ct::arange(3, ct::int32).to_vector<int32_t>(), (std::vector<int32_t>{0, 1, 2}));
  EXPECT_EQ(ct::arange(3, ct::int32).dtype(), ct::int32);
  EXPECT_EQ(ct::full({2}, 3, ct::int32).to_vector<int32_t>(), (std::vector<int32_t>{3, 3}));
  EXPECT_EQ(ct::ones({2, 3}).to(ct::int32).dtype(), ct::int32);
  EXPECT_EQ(ct::tensor({1.5, -2.5}).to(ct::int32).to_vector<int32_t>(),
            (std::vector<int32_t>{1, -2}));
  Tensor m = ct::tensor({{1, 2}, {3, 4}}, ct::int32);
  EXPECT_EQ(ct::mm(m, m).to_vector<int32_t>(), (std::vector<int32_t>{7, 10, 15, 22}));
  EXPECT_EQ(ct::mm(m, m).dtype(), ct::int32);
  EXPECT_EQ(ct::tensor({3, 1, 2}, ct::int32).clamp(2.0).to_vector<int32_t>(),
            (std::vector<int32_t>{3, 2, 2}));
  EXPECT_EQ(ct::where(a > 1, a, ct::tensor(0)).dtype(), ct::int32);
  EXPECT_EQ((a & ct::tensor({3, 3, 3})).dtype(), ct::int64);
  EXPECT_EQ(ct::cat({a, ct::tensor({1})}).dtype(), ct::int64);
  EXPECT_EQ(ct::repeat_interleave(ct::tensor({1, 2}, ct::int32)).to_vector<int32_t>(),
            (std::vector<int32_t>{0, 1, 1}));
}

TEST(Int32, IndicesAndErrorsAsPyTorch) {
  auto msg = [](auto f) {
    try {
      f();
    } catch (const ct::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  Tensor x = ct::arange(6.0).reshape({2, 3}).requires_grad_(true);
  Tensor idx = ct::tensor({0, 2}, ct::int32);
  Tensor y = x.index_select(1, idx);
  EXPECT_EQ(y.to_vector<float>(), (std::vector<float>{0, 2, 3, 5}));
  y.sum().backward();
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{1, 0, 1, 1, 0, 1}));
  EXPECT_EQ(ct::index_add(ct::zeros({3}), 0, ct::tensor({0, 0}, ct::int32), ct::ones({2}))
                .to_vector<float>(),
            (std::vector<float>{2, 0, 0}));
  EXPECT_EQ(msg([&] {
              ct::gather(x, 1, ct::tensor({{0}, {1}}, ct::int32));
            }),
            "gather(): Expected dtype int64 for index");
  EXPECT_EQ(msg([&] {
              ct::scatter_add(x, 1, ct::tensor({{0}, {1}}, ct::int32), x);
            }),
            "scatter(): Expected dtype int64 for index");
  EXPECT_EQ(msg([&] { ct::index_select(x, 1, ct::tensor({0.0})); }),
            "index_select(): Expected dtype int32 or int64 for index");
  EXPECT_EQ(msg([&] { ct::index_add(x, 1, ct::tensor({0.0}), x); }),
            "index_add_(): Expected dtype int32/int64 for index but got: Float");
  EXPECT_EQ(msg([] { ct::mean(ct::ones({2}, ct::int32)); }),
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            "complex dtype. Got: Int");
  EXPECT_EQ(msg([] { ct::ones({2}, ct::int32).requires_grad_(true); }),
            "only Tensors of floating point dtype can require gradients");
  EXPECT_EQ(msg([] { ct::where(ct::ones({2}, ct::int32), ct::ones({2}), ct::ones({2})); }),
            "where expected condition to be a boolean tensor, but got a tensor with dtype Int");
  EXPECT_EQ(msg([] {
              ct::nn::functional::nll_loss(ct::ones({2, 3}), ct::tensor({0, 1}, ct::int32));
            }),
            "expected scalar type Long but found Int");
  EXPECT_EQ(msg([] {
              ct::linalg::det(ct::ones({2, 2}, ct::int32));
            }),
            "linalg.det: Expected a floating point or complex tensor as input. Got Int");
}

TEST(DetBackward, SingularMatricesAsTorch) {
  // torch 1.13: without create_graph the gradient at det == 0 is zero (its
  // LU solve of a zero right-hand side); with create_graph it is the cofactor
  // matrix (SVD formula), and the second derivative is exact.
  struct Row {
    std::vector<double> a;
    int64_t n;
    std::vector<double> cof, hvp_ones;
  };
  const std::vector<Row> rows = {
      {{1, 2, 2, 4}, 2, {4, -2, -2, 1}, {1, -1, -1, 1}},
      {{0, 0, 0, 0}, 2, {0, 0, 0, 0}, {1, -1, -1, 1}},
      {{1, 2, 3, 4, 5, 6, 7, 8, 9},
       3,
       {-3, 6, -3, 6, -12, 6, -3, 6, -3},
       {0, 0, 0, 0, 0, 0, 0, 0, 0}},
      {{1, 2, 3, 0, 0, 0, 7, 8, 10}, 3, {0, 0, 0, 4, -11, 6, 0, 0, 0}, {}},
      {{2, 0, 0, 0, 3, 0, 0, 0, 0},
       3,
       {0, 0, 0, 0, 0, 0, 0, 0, 6},
       {3, 0, -3, 0, 2, -2, -3, -2, 5}},
      {{1, 2, 3, 2, 4, 6, 3, 6, 9},
       3,
       {0, 0, 0, 0, 0, 0, 0, 0, 0},
       {1, -2, 1, -2, 4, -2, 1, -2, 1}},
  };
  auto near = [](const std::vector<double>& got, const std::vector<double>& want) {
    if (got.size() != want.size()) return false;
    for (size_t i = 0; i < got.size(); ++i)
      if (std::abs(got[i] - want[i]) > 1e-9) return false;
    return true;
  };
  for (const Row& r : rows) {
    Tensor a = ct::from_vector(r.a, ct::Shape{r.n, r.n}).requires_grad_(true);
    Tensor g = ct::grad({ct::linalg::det(a)}, {a})[0];
    EXPECT_TRUE(near(g.to_vector<double>(), std::vector<double>(r.a.size(), 0.0))) << g;
    Tensor gc = ct::grad({ct::linalg::det(a)}, {a}, {}, std::nullopt, true)[0];
    EXPECT_TRUE(near(gc.to_vector<double>(), r.cof)) << gc;
    if (!r.hvp_ones.empty()) {
      Tensor h = ct::grad({(gc * ct::ones_like(gc)).sum()}, {a})[0];
      EXPECT_TRUE(near(h.to_vector<double>(), r.hvp_ones)) << h;
    }
    EXPECT_TRUE(ct::gradgradcheck([](const TL& x) { return TL{ct::linalg::det(x[0])}; }, {a}));
  }
  // a batch with singular and regular matrices
  Tensor b = ct::tensor({{{1.0, 2.0}, {2.0, 4.0}}, {{2.0, 1.0}, {1.0, 3.0}}}, ct::float64)
                 .requires_grad_(true);
  Tensor gb = ct::grad({ct::linalg::det(b).sum()}, {b}, {}, std::nullopt, true)[0];
  EXPECT_TRUE(near(gb.to_vector<double>(), {4, -2, -2, 1, 3, -1, -1, 2})) << gb;
  Tensor g0 = ct::grad({ct::linalg::det(b).sum()}, {b})[0];
  EXPECT_TRUE(near(g0.to_vector<double>(), {0, 0, 0, 0, 3, -1, -1, 2})) << g0;
  EXPECT_TRUE(ct::gradgradcheck([](const TL& x) { return TL{ct::linalg::det(x[0])}; }, {b}));
}

}  // namespace

TEST(LinalgNorm, SpectralAndNuclearOrdersAreNotImplemented) {
  // the other orders are calls of the norm row (src/ops/reductions.cpp)
  const ct::Tensor a = ct::tensor({{1.0, -2.0}, {3.0, 4.0}}, ct::float64);
  EXPECT_THROW(ct::linalg::matrix_norm(a, 2), ct::NotImplementedError);
  EXPECT_THROW(ct::linalg::matrix_norm(a, "nuc"), ct::NotImplementedError);
}
