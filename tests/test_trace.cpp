// ct::trace records the primitive ops a function calls and replays them on
// new inputs: for each family of ops (arithmetic, views, reductions,
// indexing, linear algebra, nn, factories, in-place), a replay on fresh
// inputs of the recorded shapes equals calling the function eagerly on them;
// gradients through a replay equal eager ones; a wrong signature is refused;
// captured tensors are constants; replays run from several threads at once.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

using ct::Shape;
using ct::Tensor;
using TensorVec = std::vector<Tensor>;
using Fn = std::function<TensorVec(const TensorVec&)>;
namespace F = ct::nn::functional;

// Replays the trace of f (recorded on `example`) on `fresh` and compares
// with f(fresh), output by output.
ct::Trace expect_replay_matches(const Fn& f, const TensorVec& example, const TensorVec& fresh,
                                double tol = 1e-5) {
  ct::Trace tr = ct::trace(f, example);
  TensorVec got = tr(fresh);
  TensorVec want = f(fresh);
  EXPECT_EQ(got.size(), want.size());
  for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
    EXPECT_TRUE(got[i].defined()) << "output " << i;
    if (!got[i].defined()) continue;
    EXPECT_EQ(got[i].shape(), want[i].shape()) << "output " << i;
    EXPECT_EQ(got[i].dtype(), want[i].dtype()) << "output " << i;
    if (got[i].shape() == want[i].shape())
      EXPECT_TRUE(ct::allclose(got[i], want[i], tol, tol)) << "output " << i << "\n"
                                                           << tr.to_string();
  }
  return tr;
}

Tensor randn(const Shape& s, uint64_t seed) {
  ct::manual_seed(seed);
  return ct::randn(s);
}

bool has_op(const ct::Trace& tr, const std::string& name) {
  for (const std::string& n : tr.op_names())
    if (n == name) return true;
  return false;
}

TEST(Trace, Arithmetic) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &y = in[1];
    Tensor q = y * y + 1.0;
    return {x + y,
            ct::add(x, y, 0.5),
            x - y,
            ct::sub(x, y, 2),
            x * y,
            x / q,
            x.pow(2),
            ct::pow(x, 3),
            3.0 - x,
            -x,
            x + 2.5,
            x * 2.0,
            x / 4.0,
            ct::div(x, q, "floor"),
            ct::div(x, 0.3, "trunc"),
            ct::floor_divide(x, q)};
  };
  ct::Trace tr = expect_replay_matches(f, {randn({3, 4}, 1), randn({4}, 2)},
                                       {randn({3, 4}, 3), randn({4}, 4)});
  EXPECT_TRUE(has_op(tr, "add"));
  EXPECT_TRUE(has_op(tr, "rsub"));
  EXPECT_TRUE(has_op(tr, "pow"));
  EXPECT_TRUE(has_op(tr, "div"));
  EXPECT_FALSE(has_op(tr, "floor_divide"));  // a composite: its div is recorded
}

TEST(Trace, Views) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor& x = in[0];  // (2, 3, 4)
    TensorVec out = {x.reshape({6, 4}),
                     x.transpose(0, 2),
                     x.permute({2, 0, 1}),
                     x.narrow(1, 1, 2),
                     x.select(0, 1),
                     x.unsqueeze(1),
                     x.unsqueeze(0).squeeze(),
                     x.narrow(1, 0, 1).squeeze(1),
                     x.select(2, 0).unsqueeze(-1).expand({2, 3, 5}),
                     x.view({4, 6}),
                     x.select(0, 0).t(),
                     x.slice(2, 1, 4, 2),
                     x.flatten(1),
                     x.transpose(1, 2).contiguous(),
                     x.transpose(1, 2).reshape({2, 12}),
                     ct::clone(x),
                     x.to(ct::DType::Float64),
                     x.detach() * 2.0,
                     ct::cat({x, x.narrow(1, 0, 2)}, 1),
                     ct::stack({x, x * 2.0}, 3),
                     ct::diagonal(x, 0, 1, 2),
                     ct::unflatten(x, 2, {2, 2}),
                     ct::broadcast_to(x.select(0, 0), {5, 3, 4}),
                     x.mT()};
    for (const Tensor& t : ct::split(x, 2, 2)) out.push_back(t);
    for (const Tensor& t : ct::split(x, std::vector<int64_t>{1, 3}, 2)) out.push_back(t);
    for (const Tensor& t : ct::chunk(x, 2, 1)) out.push_back(t);
    for (const Tensor& t : ct::unbind(x, 1)) out.push_back(t + 1.0);
    return out;
  };
  ct::Trace tr = expect_replay_matches(f, {randn({2, 3, 4}, 5)}, {randn({2, 3, 4}, 6)});
  for (const char* op : {"reshape", "transpose", "permute", "slice", "select", "expand", "view",
                         "cat", "stack", "split", "chunk", "unbind", "diagonal", "detach"})
    EXPECT_TRUE(has_op(tr, op)) << op;
  // a view of a replay input is a view of it, as in eager mode
  Tensor fresh = randn({2, 3, 4}, 7);
  TensorVec got = tr({fresh});
  EXPECT_TRUE(got[0].shares_storage(fresh));
}

TEST(Trace, Reductions) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &mask = in[1];  // (3, 4) float, (3, 4) bool
    auto [mx, imx] = ct::max(x, 1);
    auto [mn, imn] = ct::min(x, 0, true);
    return {ct::sum(x),
            ct::sum(x, {1}),
            ct::sum(x, {0}, true),
            ct::mean(x),
            ct::mean(x, {0}),
            ct::prod(x),
            ct::prod(x, 1),
            ct::max(x),
            ct::min(x),
            mx,
            imx,
            mn,
            imn,
            ct::amax(x, {1}),
            ct::amin(x, {0}, true),
            ct::argmax(x),
            ct::argmin(x, 1),
            ct::var(x),
            ct::var(x, {1}, 0),
            ct::std(x, {0}),
            ct::norm(x),
            ct::norm(x, 1.0, {1}),
            ct::norm(x, INFINITY),
            ct::norm(x, "fro"),
            ct::logsumexp(x, {1}),
            ct::cumsum(x, 1),
            ct::cumprod(x, 0),
            ct::all(mask),
            ct::any(mask, 1),
            ct::all(mask, 0, true),
            ct::sum_to(x, {1, 4})};
  };
  ct::Trace tr = expect_replay_matches(f, {randn({3, 4}, 8), randn({3, 4}, 9) > 0.0},
                                       {randn({3, 4}, 10), randn({3, 4}, 11) > 0.0});
  for (const char* op : {"sum", "mean", "prod", "max", "min", "amax", "argmax", "var", "std",
                         "norm", "logsumexp", "cumsum", "cumprod", "all", "any"})
    EXPECT_TRUE(has_op(tr, op)) << op;
}

TEST(Trace, Indexing) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &idx = in[1], &mask = in[2], &gidx = in[3], &reps = in[4];
    // x (4, 3), idx (2,) int64 in [0, 4), mask (4, 3) bool, gidx (4, 3) int64 in [0, 3)
    Tensor src = x * 10.0;
    return {ct::index_select(x, 0, idx),
            ct::gather(x, 1, gidx),
            ct::scatter(x, 1, gidx.narrow(1, 0, 1), src.narrow(1, 0, 1)),
            ct::scatter(x, 1, gidx.narrow(1, 0, 1), 7.0),
            ct::scatter_add(x, 1, gidx, src),
            ct::index_add(x, 0, idx, src.narrow(0, 0, 2), 0.5),
            ct::masked_fill(x, mask, -1.0),
            ct::masked_fill(x, mask, ct::sum(x)),
            ct::masked_select(x, mask),
            ct::masked_scatter(x, mask, src),
            ct::take_along_dim(x, gidx, 1),
            ct::take_along_dim(x, idx),
            ct::repeat(x, {2, 1, 2}),
            ct::flip(x, {0, 1}),
            ct::roll(x, {1}, {0}),
            ct::roll(x, {2}),
            ct::diag(x.narrow(0, 0, 3)),
            ct::diag(x.select(1, 0), 1),
            ct::diag_embed(x),
            ct::tril(x),
            ct::triu(x, 1),
            ct::repeat_interleave(x, 2, 0),
            ct::repeat_interleave(x, reps, 0),
            ct::repeat_interleave(reps)};
  };
  auto make = [](uint64_t seed, const std::vector<int64_t>& idx, const std::vector<int64_t>& g,
                 const std::vector<int64_t>& reps) -> TensorVec {
    return {randn({4, 3}, seed), ct::from_vector(idx), randn({4, 3}, seed + 1) > 0.0,
            ct::from_vector(g, Shape{4, 3}), ct::from_vector(reps)};
  };
  // new index values, masks and repeat counts on replay: the outputs that
  // depend on them (masked_select, repeat_interleave) even change shape
  ct::Trace tr =
      expect_replay_matches(f, make(12, {0, 3}, {0, 1, 2, 2, 1, 0, 0, 0, 1, 2, 2, 2}, {1, 2, 0, 1}),
                            make(20, {2, 1}, {2, 2, 2, 0, 0, 0, 1, 0, 1, 1, 2, 0}, {3, 0, 1, 2}));
  for (const char* op : {"index_select", "gather", "scatter", "scatter_add", "index_add",
                         "masked_fill", "masked_select", "masked_scatter", "repeat", "flip", "roll",
                         "diag", "diag_embed", "tril", "triu", "repeat_interleave"})
    EXPECT_TRUE(has_op(tr, op)) << op;
}

TEST(Trace, Linalg) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor &a = in[0], &b = in[1], &v = in[2], &batch = in[3];
    // a (3, 3), b (3, 2), v (3,), batch (2, 3, 3)
    Tensor spd = a.mm(a.t()) + ct::eye(3) * 3.0;
    auto [sign, logabs] = ct::linalg::slogdet(spd);
    return {ct::mm(a, b),
            ct::bmm(batch, batch),
            ct::mv(a, v),
            ct::dot(v, v),
            ct::matmul(a, b),
            ct::matmul(v, a),
            ct::matmul(batch, b),
            ct::matmul(batch, batch.transpose(1, 2)),
            ct::matmul(batch, v),
            ct::outer(v, v),
            ct::addmm(v, a, a, 0.5, 2.0),
            ct::einsum("ij,jk->ik", {a, b}),
            ct::einsum("bij,bjk->bik", {batch, batch}),
            ct::einsum("ii->i", {a}),
            ct::linalg::inv(spd),
            ct::linalg::det(a),
            sign,
            logabs,
            ct::linalg::solve(spd, b),
            ct::linalg::solve(spd, v),
            ct::linalg::cholesky(spd),
            ct::linalg::cross(a, b.narrow(1, 0, 1).expand({3, 3}), 0),
            ct::cross(a, a.flip({1}))};
  };
  ct::Trace tr = expect_replay_matches(
      f, {randn({3, 3}, 30), randn({3, 2}, 31), randn({3}, 32), randn({2, 3, 3}, 33)},
      {randn({3, 3}, 34), randn({3, 2}, 35), randn({3}, 36), randn({2, 3, 3}, 37)}, 1e-4);
  for (const char* op : {"mm", "bmm", "mv", "dot", "matmul", "addmm", "linalg.inv", "linalg.det",
                         "linalg.slogdet", "linalg.solve", "linalg.cholesky", "linalg.cross"})
    EXPECT_TRUE(has_op(tr, op)) << op;
  EXPECT_FALSE(has_op(tr, "einsum"));  // a composite of views, mm, bmm and sums
  EXPECT_FALSE(has_op(tr, "outer"));
}

TEST(Trace, NN) {
  // captured: constants of the trace
  const Tensor weight = randn({5, 8}, 40), bias = randn({5}, 41), class_w = bias * bias;
  Fn f = [&](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &target = in[1], &img = in[2], &kernel = in[3], &ln_w = in[4];
    // x (4, 8), target (4,) int64 in [0, 5), img (2, 3, 6, 6), kernel (4, 3, 3, 3), ln_w (8,)
    Tensor logits = F::linear(x, weight, bias);
    Tensor probs = F::softmax(logits, 1);
    Tensor conv = F::conv2d(img, kernel, Tensor(), {1, 1}, {1, 1});
    return {logits,
            F::linear(x.select(0, 0), weight),
            probs,
            F::log_softmax(logits, 0),
            F::cross_entropy(logits, target),
            F::cross_entropy(logits, target, {.weight = class_w, .reduction = "sum"}),
            F::cross_entropy(logits, probs.flip({0})),  // class probabilities
            F::nll_loss(F::log_softmax(logits, 1), target, {.weight = ln_w.narrow(0, 0, 5)}),
            F::mse_loss(probs, probs.flip({0})),
            F::smooth_l1_loss(logits, logits.flip({0}), "sum", 0.5),
            F::binary_cross_entropy(probs, probs.flip({0}).detach()),
            F::binary_cross_entropy_with_logits(logits, probs, Tensor(), "mean", bias),
            F::layer_norm(x, {8}, ln_w, ln_w * 0.5),
            F::layer_norm(x, {8}),
            F::dropout(x, 0.5, false),
            conv,
            F::conv2d(img, kernel, bias.narrow(0, 0, 4), {2, 2}),
            F::conv1d(img.select(3, 0), kernel.select(3, 1), Tensor(), 1, 1),
            F::max_pool2d(conv, {2, 2}),
            F::avg_pool2d(conv, {3, 3}, {1, 1}, {1, 1}),
            F::unfold(img, {2, 2}),
            F::fold(F::unfold(img, {2, 2}), {6, 6}, {2, 2}),
            F::pad(img, {1, 2}, "constant", 0.5),
            F::pad(img, {1, 1, 2, 0}, "reflect"),
            F::leaky_relu(x, 0.1),
            F::elu(x),
            F::selu(x),
            F::gelu(x),
            F::gelu(x, "tanh"),
            F::silu(x),
            F::softplus(x),
            F::logsigmoid(x),
            F::hardtanh(x, -0.5, 0.5)};
  };
  auto make = [](uint64_t seed, const std::vector<int64_t>& target) -> TensorVec {
    return {randn({4, 8}, seed), ct::from_vector(target), randn({2, 3, 6, 6}, seed + 1),
            randn({4, 3, 3, 3}, seed + 2), randn({8}, seed + 3)};
  };
  ct::Trace tr = expect_replay_matches(f, make(42, {0, 4, 2, 2}), make(50, {1, 3, 3, 0}), 1e-4);
  for (const char* op : {"softmax",
                         "log_softmax",
                         "nll_loss",
                         "mse_loss",
                         "smooth_l1_loss",
                         "binary_cross_entropy",
                         "binary_cross_entropy_with_logits",
                         "layer_norm",
                         "conv2d",
                         "conv1d",
                         "max_pool2d",
                         "avg_pool2d",
                         "unfold",
                         "fold",
                         "pad",
                         "leaky_relu",
                         "elu",
                         "selu",
                         "gelu",
                         "silu",
                         "softplus",
                         "logsigmoid",
                         "hardtanh",
                         "addmm"})
    EXPECT_TRUE(has_op(tr, op)) << op;
  EXPECT_FALSE(has_op(tr, "linear"));  // composite: addmm / matmul and add
  EXPECT_FALSE(has_op(tr, "cross_entropy"));
}

TEST(Trace, Factories) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor& x = in[0];  // (2, 3)
    return {x + ct::zeros({2, 3}),
            x * ct::ones({3}),
            x + ct::full({2, 1}, 0.25),
            x + ct::arange(3).to(ct::DType::Float32),
            x + ct::arange(0.0, 1.5, 0.5),
            ct::eye(2, 3) * x,
            ct::zeros_like(x),
            ct::ones_like(x, ct::DType::Float64),
            ct::full_like(x, 3),
            ct::empty_like(x).zero_(),
            ct::empty({4}).fill_(2.0),
            x * ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}),
            x + ct::from_vector(std::vector<float>{1, 2, 3}),
            ct::full({2}, int64_t{7}, ct::DType::Int32)};
  };
  ct::Trace tr = expect_replay_matches(f, {randn({2, 3}, 60)}, {randn({2, 3}, 61)});
  for (const char* op :
       {"zeros", "ones", "full", "arange", "eye", "zeros_like", "ones_like", "full_like",
        "empty_like", "empty", "tensor", "from_vector", "zero_", "fill_"})
    EXPECT_TRUE(has_op(tr, op)) << op;
}

TEST(Trace, RandomOpsDrawFreshNumbersOnReplay) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    return {in[0] + ct::rand({3}), in[0] * ct::randn_like(in[0]), ct::rand_like(in[0]),
            ct::randn({2, 2}), F::dropout(in[0], 0.5, true)};
  };
  Tensor x = randn({3}, 70);
  ct::Trace tr = ct::trace(f, {x});
  for (const char* op : {"rand", "randn_like", "rand_like", "randn", "bernoulli"})
    EXPECT_TRUE(has_op(tr, op)) << op;
  TensorVec a = tr({x}), b = tr({x});
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[3].shape(), Shape({2, 2}));
  EXPECT_FALSE(ct::allclose(a[0], b[0]));
  EXPECT_FALSE(ct::allclose(a[3], b[3]));
}

TEST(Trace, InPlace) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &z = in[1], &mask = in[2];  // (3, 4), (4,), (3, 4) bool
    Tensor y = x.clone();
    y.add_(z);
    y.mul_(2.0);
    y.sub_(z, 0.5);
    y.div_(z * z + 1.0);
    y.narrow(0, 0, 1).zero_();
    y.select(0, 2).fill_(0.75);
    y.masked_fill_(mask, 1.5);
    y.add_(1.0).mul_(z).clamp_(-2.0, 2.0);
    Tensor w = ct::zeros({3, 4});
    w.copy_(y.flip({1}));
    w.pow_(2.0).sqrt_().neg_().abs_();
    Tensor e = x.clone();
    e.exp_().log_().tanh_().sigmoid_().relu_().sin_().cos_();
    return {y, w, e, y * x};
  };
  auto make = [](uint64_t seed) -> TensorVec {
    return {randn({3, 4}, seed), randn({4}, seed + 1), randn({3, 4}, seed + 2) > 0.5};
  };
  TensorVec fresh = make(81);
  Tensor fresh_x = fresh[0].clone();
  ct::Trace tr = expect_replay_matches(f, make(80), fresh);
  EXPECT_TRUE(ct::equal(fresh[0], fresh_x));  // the input itself is untouched
  for (const char* op : {"add_", "mul_", "sub_", "div_", "zero_", "fill_", "masked_fill_", "clamp_",
                         "copy_", "pow_", "sqrt_", "neg_", "abs_", "exp_", "log_"})
    EXPECT_TRUE(has_op(tr, op)) << op;
}

TEST(Trace, ReplayGradientsMatchEager) {
  const Tensor w = randn({4, 3}, 90);
  Fn f = [&](const TensorVec& in) -> TensorVec {
    const Tensor &x = in[0], &b = in[1];
    Tensor h = F::softmax(ct::matmul(x, w) + b, 1);
    Tensor s = ct::cat({h, h.narrow(1, 0, 1) * 2.0}, 1);
    return {ct::logsumexp(s * s.transpose(0, 1).sum({1}).unsqueeze(0).narrow(1, 0, 1), {1}).mean()};
  };
  Tensor x0 = randn({5, 4}, 91), b0 = randn({3}, 92);
  ct::Trace tr = ct::trace(f, {x0, b0});
  Tensor x = randn({5, 4}, 93).requires_grad_(), b = randn({3}, 94).requires_grad_();
  TensorVec got = tr({x, b});
  ASSERT_TRUE(got[0].requires_grad());
  TensorVec g_replay = ct::grad({got[0]}, {x, b});
  TensorVec g_eager = ct::grad(f({x, b}), {x, b});
  for (size_t i = 0; i < 2; ++i) EXPECT_TRUE(ct::allclose(g_replay[i], g_eager[i], 1e-5, 1e-6));
}

TEST(Trace, WrongSignatureIsRefused) {
  Fn f = [](const TensorVec& in) -> TensorVec { return {ct::sum(in[0], {0}) * in[1]}; };
  ct::Trace tr = ct::trace(f, {randn({3, 4}, 1), randn({4}, 2)});
  EXPECT_THROW(tr({randn({4, 4}, 3), randn({4}, 4)}), ct::ValueError);
  EXPECT_THROW(tr({randn({3, 4}, 3)}), ct::ValueError);
  EXPECT_THROW(tr({randn({3, 4}, 3), randn({4}, 4).to(ct::DType::Float64)}), ct::ValueError);
  EXPECT_THROW(tr({randn({3, 4}, 3), Tensor()}), ct::ValueError);
  EXPECT_NO_THROW(tr({randn({3, 4}, 3), randn({4}, 4)}));
}

TEST(Trace, CapturedWeightIsAConstant) {
  Tensor w = randn({3, 2}, 5);
  Fn f = [&](const TensorVec& in) -> TensorVec { return {ct::mm(in[0], w) + 1.0}; };
  ct::Trace tr = ct::trace(f, {randn({4, 3}, 6)});
  EXPECT_EQ(tr.op_names(), (std::vector<std::string>{"mm", "add"}));
  EXPECT_EQ(tr.num_ops(), 2u);
  const std::string text = tr.to_string();
  EXPECT_NE(text.find("mm(%0, c0)"), std::string::npos) << text;
  EXPECT_NE(text.find("add("), std::string::npos) << text;
  // the replay reads the captured tensor, not a copy of the inputs
  Tensor x = randn({4, 3}, 7);
  EXPECT_TRUE(ct::allclose(tr({x})[0], ct::mm(x, w) + 1.0));
}

TEST(Trace, ToStringListsPrimitives) {
  Fn f = [](const TensorVec& in) -> TensorVec {
    auto [v, i] = ct::max(in[0].transpose(0, 1), 1);
    return {v * 2.0, i};
  };
  ct::Trace tr = ct::trace(f, {randn({2, 3}, 8)});
  EXPECT_EQ(tr.op_names(), (std::vector<std::string>{"transpose", "max", "mul"}));
  EXPECT_EQ(tr.to_string(),
            "inputs: %0\n%1 = transpose(%0)\n%2, %3 = max(%1)\n%4 = mul(%2)\nreturn %4 %3\n");
}

TEST(Trace, ReplayFromManyThreads) {
  const Tensor w = randn({6, 6}, 9);
  Fn f = [&](const TensorVec& in) -> TensorVec {
    Tensor h = F::layer_norm(ct::matmul(in[0], w), {6});
    return {ct::cumsum(h, 1).amax({1}), F::log_softmax(h, 1).narrow(1, 1, 3).sum()};
  };
  ct::Trace tr = ct::trace(f, {randn({8, 6}, 10)});
  constexpr int kThreads = 4, kRounds = 50;
  std::vector<TensorVec> inputs, expected;
  for (int t = 0; t < kThreads; ++t) {
    inputs.push_back({randn({8, 6}, 100 + t)});
    expected.push_back(f(inputs.back()));
  }
  std::vector<int> bad(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r) {
        TensorVec got = tr(inputs[t]);
        for (size_t k = 0; k < got.size(); ++k)
          if (!ct::allclose(got[k], expected[t][k], 1e-6, 1e-6)) ++bad[t];
      }
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(bad[t], 0) << "thread " << t;
}

}  // namespace

namespace {
// A model-fitting objective of many ops (elementwise math, composites,
// losses, a vjp inside): the trace replays it on new data and parameters.
TEST(Trace, ManyOpsWithElementwiseMathCompositesAndAGradient) {
  Fn f = [](const TensorVec& in) {
    const Tensor &x = in[0], &w = in[1], &target = in[2];
    Tensor h = ct::tanh(ct::matmul(x, w)).exp().log1p().sqrt();
    Tensor smooth = F::cross_entropy(h, target, {.label_smoothing = 0.1});
    Tensor l1 = F::l1_loss(h.sigmoid(), ct::zeros_like(h));
    Tensor loss = smooth + l1 + ct::atan2(h, h + 1).sum() + ct::maximum(h, h.cos()).mean();
    TensorVec g = ct::grad({loss}, {w}, {}, false, true);
    return TensorVec{loss, g[0]};
  };
  auto make = [](uint64_t seed) {
    Tensor x = randn({5, 4}, seed), w = randn({4, 3}, seed + 1).requires_grad_(true);
    return TensorVec{x, w, ct::tensor({0, 2, 1, 1, 0})};
  };
  ct::Trace tr = expect_replay_matches(f, make(90), make(91), 1e-5);
  EXPECT_GT(tr.num_ops(), 20u);
  for (const char* op : {"tanh", "exp", "log1p", "sqrt", "atan2", "maximum", "cos", "sigmoid"})
    EXPECT_TRUE(has_op(tr, op)) << op;
}
}  // namespace

namespace {
// README's "Ops as primitives" snippet, as written there.
TEST(Trace, ReadmeExample) {
  Tensor x = randn({5, 3}, 100), w = randn({3, 2}, 101).requires_grad_(true),
         y = randn({5, 2}, 102);
  Tensor x2 = randn({5, 3}, 103), w2 = randn({3, 2}, 104).requires_grad_(true),
         y2 = randn({5, 2}, 105);
  Tensor xs = randn({4, 3}, 106);
  // clang-format off
  ct::Trace fit = ct::trace([&](const std::vector<ct::Tensor>& in) {
    ct::Tensor r = ct::tanh(ct::matmul(in[0], in[1])) - in[2];
    ct::Tensor loss = (r * r).mean();
    return std::vector<ct::Tensor>{loss, ct::grad({loss}, {in[1]})[0]};
  }, {x, w, y});
  std::vector<ct::Tensor> out = fit({x2, w2, y2});  // {loss, dloss/dw}
  ct::Tensor batched = ct::call_batched(*ct::find_op("exp"), {xs}, {0})[0];
  // clang-format on
  Tensor r = ct::tanh(ct::matmul(x2, w2)) - y2;
  Tensor loss = (r * r).mean();
  EXPECT_TRUE(ct::allclose(out[0], loss));
  EXPECT_TRUE(ct::allclose(out[1], ct::grad({loss}, {w2})[0]));
  EXPECT_NE(fit.to_string().find("= matmul("), std::string::npos) << fit.to_string();
  EXPECT_TRUE(ct::allclose(batched, xs.exp()));
}
}  // namespace
