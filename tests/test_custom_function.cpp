// ct::autograd::Function: LibTorch's custom function shape, checked against
// the values and errors of torch.autograd.Function (torch 1.13).
#include <gtest/gtest.h>

#include <cmath>

#include "cotangent/cotangent.h"

namespace {

using ct::Tensor;
using ct::autograd::AutogradContext;
using ct::autograd::tensor_list;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ct::Error& e) {
    return e.what();
  }
  return "no error";
}

struct MulConstant : ct::autograd::Function<MulConstant> {
  static Tensor forward(AutogradContext* ctx, Tensor x, double c) {
    ctx->saved_data["c"] = c;
    return x * c;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    return {grads[0] * ctx->saved_data["c"].toDouble(), Tensor()};
  }
};

// exp with its output saved, a jvp, and a derivative written with
// differentiable ops (so create_graph and hessians work).
struct Exp : ct::autograd::Function<Exp> {
  static Tensor forward(AutogradContext* ctx, Tensor x) {
    Tensor y = x.exp();
    ctx->save_for_backward({y});
    return y;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    return {grads[0] * ctx->get_saved_variables()[0]};
  }
  static tensor_list jvp(AutogradContext* ctx, tensor_list tangents) {
    return {tangents[0] * ctx->get_saved_variables()[0]};
  }
};

// An "external solver": the result computed on raw memory, its adjoint by
// hand (a 2x2 linear solve A x = b and its vjp).
struct Solve2 : ct::autograd::Function<Solve2> {
  static Tensor forward(AutogradContext* ctx, Tensor a, Tensor b) {
    Tensor ac = a.contiguous(), bc = b.contiguous();
    const double* A = ac.data_ptr<double>();
    const double* B = bc.data_ptr<double>();
    const double det = A[0] * A[3] - A[1] * A[2];
    Tensor x = ct::tensor({(A[3] * B[0] - A[1] * B[1]) / det, (A[0] * B[1] - A[2] * B[0]) / det},
                          ct::float64);
    ctx->save_for_backward({a, x});
    return x;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    tensor_list s = ctx->get_saved_variables();
    // gb = A^-T g, gA = -gb x^T
    Tensor gb = ct::linalg::solve(s[0].t(), grads[0]);
    Tensor ga = -ct::outer(gb, s[1]);
    return {ctx->needs_input_grad(0) ? ga : Tensor(), ctx->needs_input_grad(1) ? gb : Tensor()};
  }
};

TEST(CustomFunction, ValuesAndGradients) {
  Tensor x = ct::tensor({1.0, 2.0}, ct::float64).requires_grad_();
  Tensor y = MulConstant::apply(x, 3.0);
  EXPECT_EQ(y.grad_fn_name(), "MulConstantBackward");
  y.sum().backward();
  EXPECT_EQ(x.grad().to_vector<double>(), (std::vector<double>{3, 3}));

  Tensor a = ct::tensor({{3.0, 1.0}, {1.0, 2.0}}, ct::float64).requires_grad_();
  Tensor b = ct::tensor({9.0, 8.0}, ct::float64).requires_grad_();
  Tensor sol = Solve2::apply(a, b);
  EXPECT_TRUE(ct::allclose(sol, ct::tensor({2.0, 3.0}, ct::float64)));
  auto fn = [](const std::vector<Tensor>& in) {
    return std::vector<Tensor>{Solve2::apply(in[0], in[1])};
  };
  EXPECT_TRUE(ct::gradcheck(fn, {a, b}));
  // the same as the library's own solve
  auto g = ct::grad({(sol * sol).sum()}, {a, b});
  auto h = ct::grad({ct::linalg::solve(a, b).pow(2).sum()}, {a, b});
  EXPECT_TRUE(ct::allclose(g[0], h[0]) && ct::allclose(g[1], h[1]));
}

TEST(CustomFunction, FunctionalTransformsCreateGraphAndForwardMode) {
  Tensor x = ct::tensor({0.5, -1.0, 2.0}, ct::float64);
  auto f = [](const Tensor& t) { return Exp::apply(t * 2).sum(); };
  Tensor h = ct::hessian(f, x);  // d²/dx² sum exp(2x) = diag(4 exp(2x))
  EXPECT_TRUE(ct::allclose(h, ct::diag((x * 2).exp() * 4)));
  auto v = ct::vjp([](const Tensor& t) { return Exp::apply(t); }, x, ct::ones({3}, ct::float64));
  EXPECT_TRUE(ct::allclose(v.vjp, x.exp()));
  // forward mode uses jvp; reverse and vectorized Jacobians agree
  auto j = ct::jvp([](const Tensor& t) { return Exp::apply(t); }, x, ct::ones({3}, ct::float64));
  EXPECT_TRUE(ct::allclose(j.jvp, x.exp()));
  for (auto strategy : {ct::Strategy::ReverseMode, ct::Strategy::ForwardMode}) {
    Tensor jac = ct::jacobian([](const Tensor& t) { return Exp::apply(t); }, x, false, false, true,
                              strategy);
    EXPECT_TRUE(ct::allclose(jac, ct::diag(x.exp())));
  }
}

TEST(CustomFunction, TorchsErrors) {
  struct TooFew : ct::autograd::Function<TooFew> {
    static Tensor forward(AutogradContext*, Tensor x, double c) { return x * c; }
    static tensor_list backward(AutogradContext*, tensor_list g) { return {g[0]}; }
  };
  struct GradForScalar : ct::autograd::Function<GradForScalar> {
    static Tensor forward(AutogradContext*, Tensor x, double c) { return x * c; }
    static tensor_list backward(AutogradContext*, tensor_list g) { return {g[0], g[0]}; }
  };
  struct WrongShape : ct::autograd::Function<WrongShape> {
    static Tensor forward(AutogradContext*, Tensor x) { return x * 2; }
    static tensor_list backward(AutogradContext*, tensor_list) { return {ct::ones({3})}; }
  };
  struct NoJvp : ct::autograd::Function<NoJvp> {
    static Tensor forward(AutogradContext*, Tensor x) { return x * 2; }
    static tensor_list backward(AutogradContext*, tensor_list g) { return {g[0] * 2}; }
  };
  Tensor x = ct::ones({2}).requires_grad_();
  EXPECT_EQ(
      error_of([&] { TooFew::apply(x, 2.0).sum().backward(); }),
      "function TooFewBackward returned an incorrect number of gradients (expected 2, got 1)");
  EXPECT_EQ(error_of([&] { GradForScalar::apply(x, 2.0).sum().backward(); }),
            "function GradForScalarBackward returned a gradient different than None at position "
            "2, but the corresponding forward input was not a Variable");
  EXPECT_EQ(error_of([&] { WrongShape::apply(x).sum().backward(); }),
            "Function WrongShapeBackward returned an invalid gradient at index 0 - got [3] but "
            "expected shape compatible with [2]");
  EXPECT_EQ(error_of([&] {
              ct::forward_ad::DualLevel level;
              NoJvp::apply(ct::forward_ad::make_dual(ct::ones({2}), ct::ones({2})));
            }),
            "You must implement the jvp function for custom autograd.Function to use it with "
            "forward mode AD.");
}

struct ScaleInPlace : ct::autograd::Function<ScaleInPlace> {
  static Tensor forward(AutogradContext* ctx, Tensor x) {
    x.mul_(2);
    ctx->mark_dirty({x});
    return x;
  }
  static tensor_list backward(AutogradContext*, tensor_list g) { return {g[0] * 2}; }
};

TEST(CustomFunction, MarkDirtyNonDifferentiableAndMaterialize) {
  Tensor a = ct::ones({4}, ct::float64).requires_grad_();
  EXPECT_EQ(error_of([&] { ScaleInPlace::apply(a); }),
            "a leaf Variable that requires grad has been used in an in-place operation.");
  Tensor b = a * 1;
  Tensor y = ScaleInPlace::apply(b);
  EXPECT_TRUE(y.is_same(b));
  EXPECT_EQ(b.grad_fn_name(), "ScaleInPlaceBackward");
  // through a view: the base's history is rewritten (CopySlices)
  Tensor c = a * 1;
  ScaleInPlace::apply(c.narrow(0, 1, 2));
  EXPECT_EQ(c.grad_fn_name(), "CopySlices");
  c.sum().backward();
  EXPECT_EQ(a.grad().to_vector<double>(), (std::vector<double>{1, 2, 2, 1}));

  struct ArgMaxAndValue : ct::autograd::Function<ArgMaxAndValue> {
    static tensor_list forward(AutogradContext* ctx, Tensor x) {
      ctx->set_materialize_grads(false);
      Tensor idx = x.argmax();
      Tensor doubled = x * 2;
      ctx->mark_non_differentiable({idx});
      return {doubled, idx, x * 3};
    }
    static tensor_list backward(AutogradContext*, tensor_list g) {
      EXPECT_TRUE(g[0].defined());
      EXPECT_FALSE(g[2].defined());  // not materialized
      return {g[0] * 2};
    }
  };
  Tensor x = ct::tensor({1.0, 3.0, 2.0}).requires_grad_();
  tensor_list outs = ArgMaxAndValue::apply(x);
  EXPECT_FALSE(outs[1].requires_grad());
  EXPECT_TRUE(outs[0].requires_grad() && outs[2].requires_grad());
  outs[0].sum().backward();
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{2, 2, 2}));
}

struct Square : ct::autograd::Function<Square> {
  static constexpr bool once_differentiable = true;
  static Tensor forward(AutogradContext* ctx, Tensor x) {
    ctx->save_for_backward({x});
    return x * x;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list g) {
    EXPECT_FALSE(ct::is_grad_enabled());
    return {g[0] * 2 * ctx->get_saved_variables()[0]};
  }
};

TEST(CustomFunction, OnceDifferentiableAndSavedVersions) {
  Tensor x = ct::ones({2}).requires_grad_();
  Tensor g = ct::grad({Square::apply(x).sum()}, {x}, {}, std::nullopt, true)[0];
  EXPECT_FALSE(g.requires_grad());
  EXPECT_EQ(error_of([&] { g.sum().backward(); }),
            "element 0 of tensors does not require grad and does not have a grad_fn");
  Tensor b = x * 1;
  Tensor y = Square::apply(b);
  b.add_(1);
  EXPECT_EQ(
      error_of([&] { y.sum().backward(); })
          .rfind(
              "one of the variables needed for gradient computation has been modified by an "
              "inplace operation: [torch.FloatTensor [2]], which is output 0 of AddBackward0, is "
              "at version 1; expected version 0 instead.",
              0),
      0u);
  // a second backward without retain_graph: torch's error
  Tensor z = Square::apply(x * 1);
  z.sum().backward();
  EXPECT_NE(error_of([&] {
              z.sum().backward();
            }).find("Trying to backward through the graph a second time"),
            std::string::npos);
}

// gradcheck's options, on functions whose bug only one check can see.
struct ExpBadJvp : ct::autograd::Function<ExpBadJvp> {  // jvp off by a factor 2
  static Tensor forward(AutogradContext* ctx, Tensor x) {
    Tensor y = x.exp();
    ctx->save_for_backward({y});
    return y;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    return {grads[0] * ctx->get_saved_variables()[0]};
  }
  static tensor_list jvp(AutogradContext* ctx, tensor_list tangents) {
    return {tangents[0] * ctx->get_saved_variables()[0] * 2};
  }
};

struct ExpBadBackward : ct::autograd::Function<ExpBadBackward> {  // backward off by 10%
  static Tensor forward(AutogradContext* ctx, Tensor x) {
    Tensor y = x.exp();
    ctx->save_for_backward({y});
    return y;
  }
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    return {grads[0] * ctx->get_saved_variables()[0] * 1.1};
  }
  static tensor_list jvp(AutogradContext* ctx, tensor_list tangents) {
    return {tangents[0] * ctx->get_saved_variables()[0]};
  }
};

TEST(CustomFunction, GradcheckOptionsSeeTheirBugs) {
  Tensor x = ct::randn({3, 2}, ct::float64).requires_grad_(true);
  auto bad_jvp = [](const std::vector<Tensor>& in) {
    return std::vector<Tensor>{ExpBadJvp::apply(in[0])};
  };
  auto bad_backward = [](const std::vector<Tensor>& in) {
    return std::vector<Tensor>{ExpBadBackward::apply(in[0])};
  };
  auto good = [](const std::vector<Tensor>& in) { return std::vector<Tensor>{Exp::apply(in[0])}; };
  ct::GradcheckOptions quiet;
  quiet.raise_exception = false;
  for (bool fast : {false, true}) {
    ct::GradcheckOptions o = quiet;
    o.fast_mode = fast;
    EXPECT_TRUE(ct::gradcheck(bad_jvp, {x}, o)) << fast;
    EXPECT_FALSE(ct::gradcheck(bad_backward, {x}, o)) << fast;
    o.check_forward_ad = true;
    EXPECT_FALSE(ct::gradcheck(bad_jvp, {x}, o)) << fast;
    EXPECT_TRUE(ct::gradcheck(good, {x}, o)) << fast;
    o.check_backward_ad = false;
    EXPECT_TRUE(ct::gradcheck(bad_backward, {x}, o)) << fast;
    o.check_backward_ad = true;
    o.check_batched_grad = true;
    o.check_batched_forward_grad = true;
    EXPECT_TRUE(ct::gradcheck(good, {x}, o)) << fast;
  }
  ct::GradcheckOptions o;
  o.check_forward_ad = true;
  EXPECT_NE(error_of([&] { ct::gradcheck(bad_jvp, {x}, o); })
                .find("Jacobian computed with forward mode mismatch for output 0 with respect to "
                      "input 0"),
            std::string::npos);
  o.check_forward_ad = false;
  o.check_backward_ad = false;
  EXPECT_EQ(error_of([&] { ct::gradcheck(good, {x}, o); }),
            "Expected at least one of check_forward_ad or check_backward_ad to be True");
}

}  // namespace
