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

}  // namespace
