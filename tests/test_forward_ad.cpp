// Forward-mode AD: dual levels, make_dual / unpack_dual (torch's
// forward_ad API and error texts), tangent propagation through ops, grad
// mode, in-place ops and long chains, and forward over reverse.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

namespace {

using ct::Tensor;
namespace fwd = ct::forward_ad;

template <class E, class F>
void expect_error(F f, const std::string& text) {
  try {
    f();
    ADD_FAILURE() << "no error, expected: " << text;
  } catch (const E& e) {
    EXPECT_EQ(std::string(e.what()), text);
  }
}

TEST(ForwardAD, MakeDualOutsideALevelRaises) {
  expect_error<ct::RuntimeError>(
      [] { fwd::make_dual(ct::ones({2}), ct::ones({2})); },
      "Trying to create a dual Tensor for forward AD but no level exists, make sure to "
      "enter_dual_level() first.");
  auto [p, t] = fwd::unpack_dual(ct::ones({2}));
  EXPECT_FALSE(t.defined());
  EXPECT_TRUE(ct::equal(p, ct::ones({2})));
}

TEST(ForwardAD, LevelsDoNotNest) {
  fwd::DualLevel level;
  EXPECT_TRUE(fwd::is_active());
  expect_error<ct::RuntimeError>([] { fwd::enter_dual_level(); },
                                 "Nested forward mode AD is not supported at the moment");
}

TEST(ForwardAD, ExitWithoutLevelRaises) {
  EXPECT_FALSE(fwd::is_active());
  expect_error<ct::RuntimeError>([] { fwd::exit_dual_level(); },
                                 "Dual level must be a positive number.");
  EXPECT_EQ(fwd::enter_dual_level(), 0);
  fwd::exit_dual_level();
}

TEST(ForwardAD, MakeDualChecksLikeTorch) {
  fwd::DualLevel level;
  expect_error<ct::RuntimeError>(
      [] { fwd::make_dual(ct::ones({3}), ct::ones({2})); },
      "Trying to set a forward gradient that has a different size than that of the original "
      "Tensor, this is not supported. Tensor is of size [3] while the given forward gradient is "
      "of size [2].");
  expect_error<ct::ValueError>(
      [] { fwd::make_dual(ct::ones({3}), ct::ones({3}, ct::int64)); },
      "Expected tangent to be floating point or complex, but got: torch.int64");
  expect_error<ct::ValueError>(
      [] { fwd::make_dual(ct::ones({3}, ct::int64), ct::ones({3})); },
      "Expected primal to be floating point or complex, but got: torch.int64");
  Tensor d = fwd::make_dual(ct::ones({3}), ct::ones({3}));
  expect_error<ct::RuntimeError>([&] { fwd::make_dual(d, ct::ones({3})); },
                                 "Making a dual Tensor based on a Tensor that already has a "
                                 "forward gradient at the same level 0 is not supported.");
}

TEST(ForwardAD, DualSharesMemoryAndIsBackwardDifferentiable) {
  Tensor x = ct::tensor({1.0, 2.0}).requires_grad_(true);
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(x, ct::tensor({1.0, 0.0}));
  EXPECT_EQ(d.raw_data_ptr(), x.raw_data_ptr());
  EXPECT_EQ(d.grad_fn_name(), "ViewBackward0");
  (d * d).sum().backward();
  EXPECT_TRUE(ct::equal(x.grad(), ct::tensor({2.0, 4.0})));
  auto [p, t] = fwd::unpack_dual(d);
  EXPECT_TRUE(ct::equal(t, ct::tensor({1.0, 0.0})));
  EXPECT_FALSE(fwd::unpack_dual(p).tangent.defined());
}

TEST(ForwardAD, TangentsFollowTheChainRule) {
  ct::manual_seed(0);
  Tensor x = ct::rand({3, 4}, ct::float64), v = ct::rand({3, 4}, ct::float64);
  Tensor w = ct::rand({4, 2}, ct::float64);
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(x, v);
  Tensor y = (d.sin() * d).matmul(w).tanh().sum(0);
  Tensor expected_inner = v * x.cos() * x + x.sin() * v;
  Tensor z = (x.sin() * x).matmul(w);
  Tensor expected = ((1 - z.tanh().square()) * expected_inner.matmul(w)).sum(0);
  auto [p, t] = fwd::unpack_dual(y);
  EXPECT_TRUE(ct::allclose(t, expected, 1e-12, 1e-12)) << t << expected;
  EXPECT_TRUE(ct::allclose(p, z.tanh().sum(0)));
}

TEST(ForwardAD, NoGradDoesNotStopTangents) {
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(ct::tensor({1.0, 2.0}), ct::tensor({1.0, 1.0}));
  ct::NoGradGuard no_grad;
  Tensor y = d * d;
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(y).tangent, ct::tensor({2.0, 4.0})));
  EXPECT_FALSE(y.requires_grad());
}

TEST(ForwardAD, TangentsAreDroppedWhenTheLevelEnds) {
  Tensor y;
  {
    fwd::DualLevel level;
    y = fwd::make_dual(ct::ones({2}), ct::ones({2})) * 3;
    EXPECT_TRUE(fwd::unpack_dual(y).tangent.defined());
  }
  fwd::DualLevel again;
  EXPECT_FALSE(fwd::unpack_dual(y).tangent.defined());
}

TEST(ForwardAD, DetachDropsTheTangent) {
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(ct::ones({2}), ct::ones({2}));
  EXPECT_FALSE(fwd::unpack_dual(d.detach()).tangent.defined());
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(d.clone()).tangent, ct::ones({2})));
}

TEST(ForwardAD, InPlaceOpsUpdateTheTangent) {
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(ct::tensor({1.0, 2.0}), ct::tensor({1.0, 1.0}));
  Tensor y = d.clone();
  y.mul_(d);
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(y).tangent, ct::tensor({2.0, 4.0})));
  y.exp_();
  EXPECT_TRUE(ct::allclose(fwd::unpack_dual(y).tangent,
                           ct::tensor({2.0, 4.0}) * ct::tensor({1.0, 4.0}).exp()));
  Tensor z = ct::zeros({2}, ct::float64);
  z.copy_(d);
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(z).tangent, ct::tensor({1.0, 1.0})));
}

TEST(ForwardAD, MultiOutputOpsAndIntegerOutputs) {
  fwd::DualLevel level;
  Tensor x = ct::tensor({{1.0, 5.0, 3.0}, {4.0, 2.0, 6.0}});
  Tensor d = fwd::make_dual(x, ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}));
  auto parts = ct::split(d, 1, 1);
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(parts[1]).tangent, ct::tensor({{2.0}, {5.0}})));
  auto [values, indices] = d.max(1);
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(values).tangent, ct::tensor({2.0, 6.0})));
  EXPECT_FALSE(fwd::unpack_dual(indices).tangent.defined());
  Tensor c = ct::cat({d, d * 2}, 0);
  EXPECT_EQ(fwd::unpack_dual(c).tangent.shape(), ct::Shape({4, 3}));
}

TEST(ForwardAD, ForwardOverReverseGivesHessianVectorProducts) {
  Tensor x = ct::tensor({0.5, -1.0, 2.0}, ct::float64).requires_grad_(true);
  Tensor v = ct::tensor({1.0, 2.0, 3.0}, ct::float64);
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(x, v);
  Tensor y = (d.pow(3) * d.sin()).sum();
  Tensor g = ct::grad({y}, {x})[0];
  // d/dx (x^3 sin x) = 3x^2 sin x + x^3 cos x; second derivative below.
  Tensor xd = x.detach();
  Tensor h = 6 * xd * xd.sin() + 6 * xd.pow(2) * xd.cos() - xd.pow(3) * xd.sin();
  EXPECT_TRUE(ct::allclose(fwd::unpack_dual(g).tangent, h * v, 1e-10, 1e-12));
}

TEST(ForwardAD, LongChainsNeedNoRecursion) {
  fwd::DualLevel level;
  Tensor y = fwd::make_dual(ct::ones({1}, ct::float64), ct::ones({1}, ct::float64));
  for (int i = 0; i < 100000; ++i) y = y * 1.0;
  EXPECT_TRUE(ct::equal(fwd::unpack_dual(y).tangent, ct::ones({1}, ct::float64)));
}

TEST(ForwardAD, JvpUsesOneForwardPassAndMatchesTorch) {
  // torch: jvp(exp_reducer, x, ones) for the seed x; values from the doc.
  ct::manual_seed(0);
  Tensor x = ct::rand({4, 4});
  auto f = [](const Tensor& t) { return t.exp().sum(1); };
  auto r = ct::jvp(f, x, ct::ones({4, 4}));
  EXPECT_TRUE(ct::allclose(r.jvp, r.output));  // d/dx sum(exp) along ones = sum(exp)
  EXPECT_FALSE(r.output.requires_grad());
  // Nested inside a user's dual level, jvp falls back to the double backward trick.
  fwd::DualLevel level;
  auto nested = ct::jvp(f, x, ct::ones({4, 4}));
  EXPECT_TRUE(ct::allclose(nested.jvp, r.jvp));
}

}  // namespace

namespace {

// A batched level pushes several directions through one forward pass; each
// row must equal its own unbatched jvp, through elementwise, batch-safe and
// row-by-row (non batch-safe) nodes alike.
TEST(ForwardAD, BatchedLevelEqualsOneJvpPerRow) {
  ct::manual_seed(5);
  Tensor x = ct::rand({3, 4}, ct::float64), w = ct::rand({4, 2}, ct::float64);
  Tensor dirs = ct::rand({5, 3, 4}, ct::float64);
  auto f = [&](const Tensor& t) {
    return (t.sin() * t).matmul(w).tanh().cumsum(0).sum(1) + t.prod(1);
  };
  Tensor batched;
  {
    fwd::DualLevel level(5);
    EXPECT_EQ(fwd::level_batch_size(), 5);
    batched = fwd::unpack_dual(f(fwd::make_dual(x, dirs))).tangent;
  }
  ASSERT_EQ(batched.shape(), ct::Shape({5, 3}));
  for (int64_t b = 0; b < 5; ++b) {
    Tensor one = ct::jvp(f, x, dirs.select(0, b)).jvp;
    EXPECT_TRUE(ct::allclose(batched.select(0, b), one, 1e-10, 1e-12)) << b;
  }
  fwd::DualLevel level(2);
  expect_error<ct::RuntimeError>(
      [&] {
        fwd::make_dual(x, ct::ones({3, 4}, ct::float64));
      },
      "Trying to set a forward gradient that has a different size than that of the original "
      "Tensor, this is not supported. Tensor is of size [2, 3, 4] while the given forward "
      "gradient is of size [3, 4].");
}

}  // namespace

namespace {

// torch prints the tangent of a dual tensor as a last suffix.
TEST(ForwardAD, DualTensorsPrintTheirTangent) {
  Tensor x = ct::tensor({1.0f, 2.0f}).requires_grad_(true);
  fwd::DualLevel level;
  Tensor d = fwd::make_dual(x, ct::tensor({0.5f, 0.25f}));
  EXPECT_EQ(ct::repr(d),
            "tensor([1., 2.], grad_fn=<ViewBackward0>, tangent=tensor([0.5000, 0.2500]))");
  Tensor e = fwd::make_dual(ct::ones({2, 2}, ct::float64), ct::zeros({2, 2}, ct::float64));
  EXPECT_EQ(ct::repr(e),
            "tensor([[1., 1.],\n        [1., 1.]], dtype=ct.float64,\n"
            "       tangent=tensor([[0., 0.],\n        [0., 0.]], dtype=ct.float64))");
}

}  // namespace
