// ct::vjp conformance tests: a port of PyTorch's test/autograd/test_functional.py
// vjp cases (functional-spec.md §8), the observed torch 1.13 behaviour of §9 and
// the documentation examples.
//
// Mapping from Python: a tuple is a std::tuple<ct::Tensor...> (func called with
// the elements unpacked) or a std::vector<ct::Tensor>; None is an omitted v,
// std::nullopt or an undefined ct::Tensor(); torch.no_grad() is ct::NoGradGuard.
// Cases that cannot be written in C++ (a Python list or an int where a Tensor
// is expected) are mapped to an undefined Tensor (`<class 'NoneType'>`).
#include <cotangent/cotangent.h>
#include <cotangent/gradcheck.h>
#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <typeinfo>
#include <vector>

namespace {

using ct::Tensor;

// ---------------------------------------------------------------- helpers

std::string Repr(const Tensor& t) {
  if (!t.defined()) return "<undefined>";
  std::ostringstream os;
  os << t;
  return os.str();
}

// Runs f and checks it throws exactly an E (or a subclass) whose message is
// `expected` (or starts with it when prefix_only).
template <class E, class F>
::testing::AssertionResult Raises(F&& f, const std::string& expected, bool prefix_only = false) {
  try {
    f();
  } catch (const E& e) {
    std::string what = e.what();
    bool ok = prefix_only ? what.rfind(expected, 0) == 0 : what == expected;
    if (ok) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "right exception type, wrong message.\n  actual:   \"" << what << "\"\n  expected: \""
           << expected << "\"" << (prefix_only ? " (prefix)" : "");
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure()
           << "wrong exception type " << typeid(e).name() << ": \"" << e.what() << "\"\n  expected "
           << typeid(E).name() << ": \"" << expected << "\"";
  }
  return ::testing::AssertionFailure()
         << "no exception thrown; expected " << typeid(E).name() << ": \"" << expected << "\"";
}

// Same shape and values close (after casting `expected` to the actual dtype).
::testing::AssertionResult Close(const Tensor& actual, const Tensor& expected, double atol = 1e-6,
                                 double rtol = 1e-5) {
  if (!actual.defined()) return ::testing::AssertionFailure() << "actual is undefined";
  if (actual.shape() != expected.shape())
    return ::testing::AssertionFailure()
           << "shape " << ct::size_string(actual.shape()) << " != expected "
           << ct::size_string(expected.shape()) << "\n  actual: " << Repr(actual)
           << "\n  expected: " << Repr(expected);
  Tensor a = actual.detach();
  Tensor b = expected.detach().to(a.dtype());
  if (ct::allclose(a, b, rtol, atol)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "values differ\n  actual:   " << Repr(actual) << "\n  expected: " << Repr(expected);
}

::testing::AssertionResult AllZero(const Tensor& t) {
  if (!t.defined()) return ::testing::AssertionFailure() << "undefined tensor";
  if (t.numel() == 0) return ::testing::AssertionSuccess();
  double s = t.detach().abs().sum().to(ct::float64).item<double>();
  if (s == 0.0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "not all zero: " << Repr(t);
}

// PyTorch's _assert_same_struct for one tensor: same size.
::testing::AssertionResult SameSize(const Tensor& res, const Tensor& base) {
  if (!res.defined()) return ::testing::AssertionFailure() << "result is undefined";
  if (res.shape() == base.shape()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << ct::size_string(res.shape()) << " != " << ct::size_string(base.shape());
}

bool HasGradFn(const Tensor& t) { return !t.grad_fn_name().empty(); }

::testing::AssertionResult GradcheckOk(const ct::TensorFunction& f,
                                       const std::vector<Tensor>& inputs, bool second_order) {
  try {
    bool ok = second_order ? ct::gradgradcheck(f, inputs) : ct::gradcheck(f, inputs);
    if (ok) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "check returned false";
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure()
           << (second_order ? "gradgradcheck" : "gradcheck") << " failed: " << e.what();
  }
}

Tensor x3() { return ct::tensor({1., 2., 3.}); }
Tensor y2() { return ct::tensor({4., 5.}); }

// The functions of PyTorch's tests.
Tensor foo3(const Tensor& a) { return 3 * a.narrow(0, 0, 3); }
Tensor det_fn(const Tensor& a) { return a.detach(); }
// A non-leaf that requires grad but is not connected to the input
// (a.long().float().requires_grad_().clone()).
Tensor disc_fn(const Tensor& a) {
  Tensor t = a.to(ct::int64).to(ct::float32);
  t.requires_grad_(true);
  return t.clone();
}
Tensor reducer_dim1(const Tensor& x) { return x.sum(1); }
Tensor exp_reducer(const Tensor& x) { return x.exp().sum(1); }
Tensor square(const Tensor& x) { return x.pow(2); }

const char* kE5 =
    "The vector v can only be None if the user-provided function returns a single Tensor with a "
    "single element.";
const char* kE7 = "The given v should contain a single Tensor.";

std::string E10(int i) {
  return "Output " + std::to_string(i) +
         " of the user-provided function does not require gradients. The outputs must be "
         "computed in a differentiable manner from the input when running in strict mode.";
}
std::string E11(int i) {
  return "The output of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode.";
}
std::string E13(int i) {
  return "The jacobian of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode when create_graph=True.";
}
const char* kPrefixMust = " must be either a Tensor or a tuple of Tensors but ";
std::string TypeErrIndex(const std::string& arg, size_t i) {
  return "The " + arg + " given to vjp" + kPrefixMust + "the value at index " + std::to_string(i) +
         " has type <class 'NoneType'>.";
}
std::string TypeErrGiven(const std::string& arg) {
  return "The " + arg + " given to vjp" + kPrefixMust + "the given " + arg +
         " has type <class 'NoneType'>.";
}
const std::string kOutputs = "outputs of the user-provided function";

// ============================================================ §8: test_vjp_err_check

TEST(VjpErrCheck, InputsTupleWithNonTensor) {
  // vjp(foo, (inp, 2), v): an undefined Tensor stands for the non-Tensor.
  Tensor inp = ct::rand({4});
  Tensor v = ct::ones({3});
  int calls = 0;
  auto f = [&](const Tensor& a, const Tensor&) {
    ++calls;
    return foo3(a);
  };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(f, std::tuple{inp, Tensor()}, v);
      },
      TypeErrIndex("inputs", 1)));
  EXPECT_EQ(calls, 0) << "inputs are checked before func is called";
}

TEST(VjpErrCheck, OutputsTupleWithNonTensor) {
  // bar(a) = (3 * a.narrow(0, 0, 3), "bar")
  Tensor inp = ct::rand({4});
  Tensor v = ct::ones({3});
  auto bar = [](const Tensor& a) { return std::tuple{foo3(a), Tensor()}; };
  EXPECT_TRUE(
      Raises<ct::TypeError>([&] { (void)ct::vjp(bar, inp, v); }, TypeErrIndex(kOutputs, 1)));
}

TEST(VjpErrCheck, VNoneForMultiElementOutput) {
  Tensor inp = ct::rand({4});
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(foo3, inp); }, kE5));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(foo3, inp, std::nullopt); }, kE5));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(foo3, inp, Tensor()); }, kE5));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(foo3, inp, {}); }, kE5));
}

TEST(VjpErrCheck, VTupleForSingleOutput) {
  Tensor inp = ct::rand({4});
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(foo3, inp, std::tuple{ct::ones_like(inp), ct::ones_like(inp)});
      },
      kE7));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(foo3, inp, std::vector<Tensor>{ct::ones_like(inp), ct::ones_like(inp)});
      },
      kE7));
}

TEST(VjpErrCheck, VInvalidSize) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::ones({3});
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(foo3, inp, v.slice(0, 0, 2)); },
      "v has invalid size: should be torch.Size([3]) but got torch.Size([2])."));
}

TEST(VjpErrCheck, ValidCallHasInputStructure) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::ones({3});
  auto [out, g] = ct::vjp(foo3, inp, v);
  static_assert(std::is_same_v<decltype(g), Tensor>);
  EXPECT_TRUE(SameSize(g, inp));
  EXPECT_TRUE(Close(out, 3 * inp.narrow(0, 0, 3)));
  EXPECT_TRUE(Close(g, ct::tensor({3., 3., 3., 0.})));
}

// ===================================================== §8: test_vjp_err_check_strict

TEST(VjpErrCheckStrict, DetachedOutput) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::vjp(det_fn, inp, v, false, true); }, E10(0)));
  auto res = ct::vjp(det_fn, inp, v, false, false);
  EXPECT_TRUE(SameSize(res.vjp, inp));
  EXPECT_TRUE(AllZero(res.vjp));
}

TEST(VjpErrCheckStrict, DisconnectedOutput) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::vjp(disc_fn, inp, v, false, true); }, E11(0)));
  auto res = ct::vjp(disc_fn, inp, v, false, false);
  EXPECT_TRUE(SameSize(res.vjp, inp));
  EXPECT_TRUE(AllZero(res.vjp));
}

TEST(VjpErrCheckStrict, LinearFunctionCreateGraph) {
  // The Jacobian of a.clone() does not depend on the input.
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  auto clone_fn = [](const Tensor& a) { return a.clone(); };
  inp.requires_grad_();
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::vjp(clone_fn, inp, v, true, true); }, E13(0)));
  auto res = ct::vjp(clone_fn, inp, v, true, false);
  EXPECT_TRUE(SameSize(res.vjp, inp));
  EXPECT_TRUE(Close(res.vjp, v));
}

// ============================================================ §8: test_vjp_no_grad

TEST(VjpNoGrad, PlainUnderNoGrad) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4});
  std::optional<ct::VjpResult<Tensor, Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::vjp(reducer_dim1, inputs, v));
    EXPECT_FALSE(ct::is_grad_enabled()) << "vjp must restore the ambient grad mode";
  }
  EXPECT_TRUE(ct::is_grad_enabled());
  EXPECT_FALSE(HasGradFn(res->output));
  EXPECT_FALSE(HasGradFn(res->vjp));
  EXPECT_FALSE(res->output.requires_grad());
  EXPECT_FALSE(res->vjp.requires_grad());
  EXPECT_FALSE(AllZero(res->vjp));
  EXPECT_TRUE(Close(res->vjp, ct::ones({4, 4})));
}

TEST(VjpNoGrad, CreateGraphUnderNoGrad) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4});
  inputs.requires_grad_();
  v.requires_grad_();
  std::optional<ct::VjpResult<Tensor, Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::vjp(reducer_dim1, inputs, v, /*create_graph=*/true));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(HasGradFn(res->output));
  EXPECT_EQ(res->output.grad_fn_name(), "SumBackward1");
  EXPECT_TRUE(HasGradFn(res->vjp));
  EXPECT_FALSE(AllZero(res->vjp));
  EXPECT_TRUE(Close(res->vjp, ct::ones({4, 4})));
}

TEST(VjpNoGrad, CreateGraphUnderNoGradPlainInputs) {
  // §9: under no_grad with create_graph=True the results have a grad_fn even
  // though neither the inputs nor v require grad.
  Tensor x = x3();
  std::optional<ct::VjpResult<Tensor, Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::vjp(square, x, ct::ones({3}), true));
  }
  EXPECT_EQ(res->output.grad_fn_name(), "PowBackward0");
  EXPECT_EQ(res->vjp.grad_fn_name(), "MulBackward0");
  EXPECT_TRUE(Close(res->vjp, ct::tensor({2., 4., 6.})));
  EXPECT_FALSE(x.requires_grad());
}

// ============================================================= §8: test_vjp_output

TEST(VjpOutput, Reducer) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4});
  auto res = ct::vjp(reducer_dim1, inputs, v);
  EXPECT_TRUE(SameSize(res.vjp, inputs));
  EXPECT_FALSE(HasGradFn(res.output));
  EXPECT_FALSE(HasGradFn(res.vjp));
  EXPECT_TRUE(Close(res.output, inputs.sum(1)));
}

TEST(VjpOutput, TupleInputsSingleOutput) {
  auto adder = [](const Tensor& x, const Tensor& y) { return 2 * x + 3 * y; };
  std::tuple<Tensor, Tensor> inputs{ct::rand({2}), ct::rand({2})};
  Tensor v = ct::ones({2});
  auto [out, vjp_val] = ct::vjp(adder, inputs, v);
  static_assert(std::is_same_v<decltype(out), Tensor>);
  static_assert(std::is_same_v<decltype(vjp_val), std::tuple<Tensor, Tensor>>);
  EXPECT_TRUE(SameSize(std::get<0>(vjp_val), std::get<0>(inputs)));
  EXPECT_TRUE(SameSize(std::get<1>(vjp_val), std::get<1>(inputs)));
  EXPECT_FALSE(HasGradFn(out));
  EXPECT_FALSE(HasGradFn(std::get<0>(vjp_val)));
  EXPECT_FALSE(HasGradFn(std::get<1>(vjp_val)));
  EXPECT_TRUE(Close(std::get<0>(vjp_val), ct::tensor({2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(vjp_val), ct::tensor({3., 3.})));
}

TEST(VjpOutput, TupleInputsTupleOutputs) {
  auto adder = [](const Tensor& x, const Tensor& y) { return std::tuple{2 * x + 3 * y, x + y}; };
  std::tuple<Tensor, Tensor> inputs{ct::rand({2}), ct::rand({2})};
  std::tuple<Tensor, Tensor> v{ct::tensor({1., 0.}), ct::tensor({1., 0.})};
  auto [out, vjp_val] = ct::vjp(adder, inputs, v);
  static_assert(std::is_same_v<decltype(out), std::tuple<Tensor, Tensor>>);
  static_assert(std::is_same_v<decltype(vjp_val), std::tuple<Tensor, Tensor>>);
  EXPECT_TRUE(SameSize(std::get<0>(vjp_val), std::get<0>(inputs)));
  EXPECT_TRUE(SameSize(std::get<1>(vjp_val), std::get<1>(inputs)));
  EXPECT_FALSE(HasGradFn(std::get<0>(out)));
  EXPECT_FALSE(HasGradFn(std::get<1>(out)));
  EXPECT_FALSE(HasGradFn(std::get<0>(vjp_val)));
  EXPECT_FALSE(HasGradFn(std::get<1>(vjp_val)));
  EXPECT_TRUE(Close(std::get<0>(vjp_val), ct::tensor({3., 0.})));
  EXPECT_TRUE(Close(std::get<1>(vjp_val), ct::tensor({4., 0.})));
}

TEST(VjpOutput, VectorInputsVectorOutputs) {
  // The runtime-length form of the previous case.
  auto adder = [](const std::vector<Tensor>& in) {
    return std::vector<Tensor>{2 * in[0] + 3 * in[1], in[0] + in[1]};
  };
  std::vector<Tensor> inputs{ct::rand({2}), ct::rand({2})};
  std::vector<Tensor> v{ct::tensor({1., 0.}), ct::tensor({1., 0.})};
  auto [out, vjp_val] = ct::vjp(adder, inputs, v);
  static_assert(std::is_same_v<decltype(out), std::vector<Tensor>>);
  static_assert(std::is_same_v<decltype(vjp_val), std::vector<Tensor>>);
  ASSERT_EQ(out.size(), 2u);
  ASSERT_EQ(vjp_val.size(), 2u);
  EXPECT_TRUE(Close(out[0], 2 * inputs[0] + 3 * inputs[1]));
  EXPECT_TRUE(Close(vjp_val[0], ct::tensor({3., 0.})));
  EXPECT_TRUE(Close(vjp_val[1], ct::tensor({4., 0.})));
  for (const Tensor& t : out) EXPECT_FALSE(HasGradFn(t));
  for (const Tensor& t : vjp_val) EXPECT_FALSE(HasGradFn(t));
}

// ============================================================= §8: test_vjp_scalar

TEST(VjpScalar, ReducerToZeroDim) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones(ct::Shape{});
  auto res = ct::vjp([](const Tensor& x) { return x.sum(); }, inputs, v);
  EXPECT_TRUE(SameSize(res.output, v));
  EXPECT_TRUE(SameSize(res.vjp, inputs));
  EXPECT_TRUE(Close(res.vjp, ct::ones({4, 4})));

  auto res2 = ct::vjp([](const Tensor& x) { return x.sum(); }, inputs);
  EXPECT_TRUE(SameSize(res2.output, v));
  EXPECT_TRUE(SameSize(res2.vjp, inputs));
  EXPECT_TRUE(Close(res2.vjp, ct::ones({4, 4})));
}

TEST(VjpScalar, ExpanderFromZeroDim) {
  // expander(x) = x.unsqueeze(0).repeat(4)
  auto expander = [](const Tensor& x) { return x.unsqueeze(0).expand({4}).contiguous(); };
  Tensor inputs = ct::rand(ct::Shape{});
  Tensor v = ct::ones({4});
  auto res = ct::vjp(expander, inputs, v);
  EXPECT_TRUE(SameSize(res.output, v));
  EXPECT_TRUE(SameSize(res.vjp, inputs));
  EXPECT_TRUE(Close(res.vjp, ct::tensor(4.)));
}

// ======================================================= §8: test_vjp_create_graph

TEST(VjpCreateGraph, Reducer) {
  Tensor inputs = ct::rand({2, 2}, ct::float64);
  Tensor v = ct::ones({2}, ct::float64);
  inputs.requires_grad_();
  v.requires_grad_();
  auto res = ct::vjp(reducer_dim1, inputs, v, true);
  EXPECT_TRUE(SameSize(res.vjp, inputs));
  EXPECT_TRUE(HasGradFn(res.output));
  EXPECT_TRUE(HasGradFn(res.vjp));

  ct::TensorFunction f = [](const std::vector<Tensor>& a) {
    auto r = ct::vjp(reducer_dim1, a[0], a[1], true);
    return std::vector<Tensor>{r.output, r.vjp};
  };
  EXPECT_TRUE(GradcheckOk(f, {inputs, v}, false));
  EXPECT_TRUE(GradcheckOk(f, {inputs, v}, true));
}

std::tuple<Tensor, Tensor> adder2(const Tensor& x, const Tensor& y) {
  return {2 * x + 3 * y, x * y};
}

std::vector<Tensor> AdderInputsAndV() {
  return {ct::rand({2}, ct::float64).requires_grad_(), ct::rand({2}, ct::float64).requires_grad_(),
          ct::tensor({1., 0.}, ct::float64).requires_grad_(),
          ct::tensor({1., 0.}, ct::float64).requires_grad_()};
}

TEST(VjpCreateGraph, TupleAdder) {
  std::vector<Tensor> args = AdderInputsAndV();
  ct::TensorFunction f = [](const std::vector<Tensor>& a) {
    auto r = ct::vjp(adder2, std::tuple{a[0], a[1]}, std::tuple{a[2], a[3]}, true);
    return std::vector<Tensor>{std::get<0>(r.vjp), std::get<1>(r.vjp)};
  };
  auto r = f(args);
  EXPECT_TRUE(HasGradFn(r[0]));
  EXPECT_TRUE(HasGradFn(r[1]));
  EXPECT_TRUE(GradcheckOk(f, args, false));
  EXPECT_TRUE(GradcheckOk(f, args, true));
}

TEST(VjpCreateGraph, VectorAdder) {
  std::vector<Tensor> args = AdderInputsAndV();
  auto vadder = [](const std::vector<Tensor>& in) {
    auto [a, b] = adder2(in[0], in[1]);
    return std::vector<Tensor>{a, b};
  };
  ct::TensorFunction f = [vadder](const std::vector<Tensor>& a) {
    auto r =
        ct::vjp(vadder, std::vector<Tensor>{a[0], a[1]}, std::vector<Tensor>{a[2], a[3]}, true);
    return r.vjp;
  };
  EXPECT_TRUE(GradcheckOk(f, args, false));
  EXPECT_TRUE(GradcheckOk(f, args, true));
}

TEST(VjpCreateGraph, NestedInsideAnotherFunction) {
  std::vector<Tensor> args = AdderInputsAndV();
  ct::TensorFunction foo = [](const std::vector<Tensor>& a) {
    Tensor x = a[0].cos();
    Tensor y = a[1];
    auto [val, g] = ct::vjp(adder2, std::tuple{x, y}, std::tuple{a[2], a[3]}, true);
    return std::vector<Tensor>{std::get<0>(val).exp() + std::get<1>(val).exp() +
                               std::get<0>(g).exp() + std::get<1>(g).exp() + x.exp() + y.exp()};
  };
  EXPECT_TRUE(GradcheckOk(foo, args, false));
  EXPECT_TRUE(GradcheckOk(foo, args, true));
}

TEST(VjpCreateGraph, GradientReachesUserInput) {
  // §9: xr requires grad, create_graph=True, then vjp.sum().backward().
  Tensor xr = x3().requires_grad_();
  auto res = ct::vjp(square, xr, ct::ones({3}), true, true);
  EXPECT_TRUE(Close(res.output, ct::tensor({1., 4., 9.})));
  EXPECT_TRUE(Close(res.vjp, ct::tensor({2., 4., 6.})));
  EXPECT_EQ(res.output.grad_fn_name(), "PowBackward0");
  EXPECT_EQ(res.vjp.grad_fn_name(), "MulBackward0");
  EXPECT_FALSE(xr.grad().defined()) << "vjp itself must not accumulate into .grad";
  res.vjp.sum().backward();
  ASSERT_TRUE(xr.grad().defined());
  EXPECT_TRUE(Close(xr.grad(), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(xr.requires_grad());
  EXPECT_TRUE(xr.is_leaf());
}

TEST(VjpCreateGraph, GradientReachesV) {
  // §2.3: v is differentiable when create_graph and v.requires_grad:
  // d(sum vjp)/dv = J·1.
  Tensor x = x3();
  Tensor v = ct::ones({3}).requires_grad_();
  auto res = ct::vjp(square, x, v, true);
  res.vjp.sum().backward();
  ASSERT_TRUE(v.grad().defined());
  EXPECT_TRUE(Close(v.grad(), ct::tensor({2., 4., 6.})));
  EXPECT_FALSE(x.grad().defined());
}

TEST(VjpCreateGraph, VRequiringGradWithoutCreateGraphIsDetached) {
  Tensor v = ct::ones({3}).requires_grad_();
  auto res = ct::vjp(square, x3(), v);
  EXPECT_FALSE(res.vjp.requires_grad());
  EXPECT_FALSE(v.grad().defined());
  EXPECT_TRUE(v.requires_grad());
}

TEST(VjpCreateGraph, PlainInputsStillGetGraph) {
  // §9: x not requiring grad, create_graph=True: results still have grad_fn;
  // x.requires_grad stays False.
  Tensor x = x3();
  auto res = ct::vjp(square, x, ct::ones({3}), true);
  EXPECT_EQ(res.output.grad_fn_name(), "PowBackward0");
  EXPECT_EQ(res.vjp.grad_fn_name(), "MulBackward0");
  EXPECT_TRUE(res.vjp.requires_grad());
  EXPECT_FALSE(x.requires_grad());
  EXPECT_FALSE(x.grad().defined());

  auto res0 =
      ct::vjp([](const Tensor& t) { return t.pow(2).sum(); }, x, ct::ones(ct::Shape{}), true);
  EXPECT_EQ(res0.output.grad_fn_name(), "SumBackward0");
  EXPECT_EQ(res0.vjp.grad_fn_name(), "MulBackward0");
}

// ============================================================ doc examples (§9)

TEST(VjpDocExamples, ExpReducer) {
  ct::manual_seed(0);
  Tensor inputs = ct::rand({4, 4});
  EXPECT_TRUE(Close(inputs,
                    ct::tensor({{0.4963, 0.7682, 0.0885, 0.1320},
                                {0.3074, 0.6341, 0.4901, 0.8964},
                                {0.4556, 0.6323, 0.3489, 0.4017},
                                {0.0223, 0.1689, 0.2939, 0.5185}}),
                    1e-4, 0));
  Tensor v = ct::ones({4});
  Tensor expected_out = ct::tensor({6.0321, 7.3285, 6.3710, 5.2277});
  Tensor expected_vjp = ct::tensor({{1.6426, 2.1559, 1.0925, 1.1411},
                                    {1.3599, 1.8853, 1.6325, 2.4509},
                                    {1.5772, 1.8819, 1.4175, 1.4944},
                                    {1.0226, 1.1840, 1.3416, 1.6795}});
  auto [out, g] = ct::vjp(exp_reducer, inputs, v);
  EXPECT_TRUE(Close(out, expected_out, 1e-4, 0));
  EXPECT_TRUE(Close(g, expected_vjp, 1e-4, 0));
  EXPECT_FALSE(HasGradFn(out));
  EXPECT_FALSE(HasGradFn(g));
  EXPECT_EQ(out.dtype(), ct::float32);
  EXPECT_EQ(g.dtype(), ct::float32);

  auto r = ct::vjp(exp_reducer, inputs, v, /*create_graph=*/true, /*strict=*/false);
  EXPECT_TRUE(Close(r.output, expected_out, 1e-4, 0));
  EXPECT_TRUE(Close(r.vjp, expected_vjp, 1e-4, 0));
  EXPECT_EQ(r.output.grad_fn_name(), "SumBackward1");
  EXPECT_EQ(r.vjp.grad_fn_name(), "MulBackward0");

  // The adder example continues the same random stream.
  auto adder = [](const Tensor& a, const Tensor& b) { return 2 * a + 3 * b; };
  Tensor a = ct::rand({2});
  Tensor b = ct::rand({2});
  auto [o2, gs] = ct::vjp(adder, std::tuple{a, b}, ct::ones({2}));
  auto [ga, gb] = gs;
  EXPECT_TRUE(Close(o2, ct::tensor({1.8784, 2.4468}), 1e-4, 0));
  EXPECT_TRUE(Close(ga, ct::tensor({2., 2.})));
  EXPECT_TRUE(Close(gb, ct::tensor({3., 3.})));
}

TEST(VjpDocExamples, PrintedLikeTorch) {
  ct::manual_seed(0);
  Tensor inputs = ct::rand({4, 4});
  auto r = ct::vjp(exp_reducer, inputs, ct::ones({4}));
  EXPECT_EQ(Repr(r.output), "tensor([6.0321, 7.3285, 6.3710, 5.2277])");
  EXPECT_EQ(Repr(r.vjp),
            "tensor([[1.6426, 2.1559, 1.0925, 1.1411],\n"
            "        [1.3599, 1.8853, 1.6325, 2.4509],\n"
            "        [1.5772, 1.8819, 1.4175, 1.4944],\n"
            "        [1.0226, 1.1840, 1.3416, 1.6795]])");
  auto rc = ct::vjp(exp_reducer, inputs, ct::ones({4}), true);
  EXPECT_EQ(Repr(rc.output), "tensor([6.0321, 7.3285, 6.3710, 5.2277], grad_fn=<SumBackward1>)");
  EXPECT_EQ(Repr(rc.vjp),
            "tensor([[1.6426, 2.1559, 1.0925, 1.1411],\n"
            "        [1.3599, 1.8853, 1.6325, 2.4509],\n"
            "        [1.5772, 1.8819, 1.4175, 1.4944],\n"
            "        [1.0226, 1.1840, 1.3416, 1.6795]], grad_fn=<MulBackward0>)");
}

TEST(VjpDocExamples, DesignCallForms) {
  // design.md: v omitted, std::nullopt with create_graph, vector form.
  Tensor x = x3();
  auto sq_sum = [](const Tensor& t) { return t.pow(2).sum(); };
  auto r1 = ct::vjp(sq_sum, x);
  auto r2 = ct::vjp(sq_sum, x, std::nullopt, /*create_graph=*/true);
  EXPECT_TRUE(Close(r1.vjp, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(r2.vjp, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(HasGradFn(r2.vjp));

  auto f = [](const std::vector<Tensor>& in) { return std::vector<Tensor>{in[0] * in[1]}; };
  Tensor a = ct::tensor({1., 2.});
  Tensor b = ct::tensor({3., 4.});
  auto r3 = ct::vjp(f, std::vector<Tensor>{a, b}, std::vector<Tensor>{ct::ones({2})});
  ASSERT_EQ(r3.vjp.size(), 2u);
  EXPECT_TRUE(Close(r3.vjp[0], b));
  EXPECT_TRUE(Close(r3.vjp[1], a));
}

// ================================================ §9: deterministic cases

TEST(VjpValues, SumOfSquares) {
  auto [out, g] = ct::vjp([](const Tensor& x) { return x.pow(2).sum(); }, x3());
  EXPECT_TRUE(Close(out, ct::tensor(14.)));
  EXPECT_TRUE(Close(g, ct::tensor({2., 4., 6.})));
}

TEST(VjpValues, OneByOneOutputWithNoneV) {
  auto [out, g] = ct::vjp([](const Tensor& x) { return x.pow(2).sum().view({1, 1}); }, x3());
  EXPECT_TRUE(Close(out, ct::tensor({{14.}})));
  EXPECT_TRUE(Close(g, ct::tensor({2., 4., 6.})));
}

TEST(VjpValues, VNoneMultiElementIsE5) {
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(square, x3()); }, kE5));
}

TEST(VjpValues, UnusedInput) {
  auto f = [](const Tensor& x, const Tensor&) { return 2 * x; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(f, std::tuple{x3(), y2()}, ct::ones({3}), false, true);
      },
      E11(1)));
  auto [out, g] = ct::vjp(f, std::tuple{x3(), y2()}, ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(std::get<0>(g), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(g), ct::tensor({0., 0.})));
  EXPECT_EQ(std::get<1>(g).dtype(), ct::float32);
}

TEST(VjpValues, CloneCreateGraphStrict) {
  auto clone_fn = [](const Tensor& x) { return x.clone(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(clone_fn, x3(), ct::ones({3}), true, true); }, E13(0)));
  auto [out, g] = ct::vjp(clone_fn, x3(), ct::ones({3}), true, false);
  EXPECT_TRUE(Close(out, ct::tensor({1., 2., 3.})));
  EXPECT_EQ(out.grad_fn_name(), "CloneBackward0");
  EXPECT_TRUE(Close(g, ct::tensor({1., 1., 1.})));
  EXPECT_FALSE(g.requires_grad());
}

TEST(VjpValues, StrictCreateGraphNonLinearIsFine) {
  // Structural check (§2.8): pow keeps x in the graph, so no error.
  Tensor xr = x3().requires_grad_();
  auto [out, g] = ct::vjp(square, xr, ct::ones({3}), true, true);
  EXPECT_TRUE(Close(out, ct::tensor({1., 4., 9.})));
  EXPECT_TRUE(Close(g, ct::tensor({2., 4., 6.})));
  EXPECT_EQ(out.grad_fn_name(), "PowBackward0");
  EXPECT_EQ(g.grad_fn_name(), "MulBackward0");
}

TEST(VjpValues, DetachedAndConstantOutputs) {
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(det_fn, x3(), ct::ones({3}), false, true); }, E10(0)));
  auto [out, g] = ct::vjp(det_fn, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor({1., 2., 3.})));
  EXPECT_TRUE(Close(g, ct::tensor({0., 0., 0.})));

  auto constant = [](const Tensor&) { return ct::ones({3}); };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(constant, x3(), ct::ones({3}), false, true); }, E10(0)));
  auto [out2, g2] = ct::vjp(constant, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(out2, ct::tensor({1., 1., 1.})));
  EXPECT_TRUE(Close(g2, ct::tensor({0., 0., 0.})));
}

TEST(VjpValues, DisconnectedOutputStrict) {
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(disc_fn, x3(), ct::ones({3}), false, true); }, E11(0)));
}

TEST(VjpValues, StrictRejectsAnyNonDifferentiableOutput) {
  // vjp(lambda a,b: (a*2, b.detach()), ..., strict=True) raises for Output 1
  // although every input reaches output 0.
  auto f = [](const Tensor& a, const Tensor& b) { return std::tuple{a * 2, b.detach()}; };
  std::tuple<Tensor, Tensor> v{ct::ones({3}), ct::ones({2})};
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(f, std::tuple{x3(), y2()}, v, false, true);
      },
      E10(1)));
  auto [out, g] = ct::vjp(f, std::tuple{x3(), y2()}, v);
  EXPECT_TRUE(Close(std::get<0>(out), ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(std::get<1>(out), ct::tensor({4., 5.})));
  EXPECT_TRUE(Close(std::get<0>(g), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(g), ct::tensor({0., 0.})));
}

TEST(VjpValues, StrictOutputCheckComesBeforeV) {
  // E10 fires before the v=None check (E5).
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(det_fn, x3(), std::nullopt, false, true); }, E10(0)));
}

// ============================================= §9: argument type errors (E1–E4)

TEST(VjpTypeErrors, OutputsNotTensors) {
  Tensor x = x3();
  // (t, None)
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(
            [](const Tensor& t) {
              return std::tuple{t * 3, Tensor()};
            },
            x, std::tuple{ct::ones({3}), ct::ones({3})});
      },
      TypeErrIndex(kOutputs, 1)));
  // E3 fires before the v=None check.
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp([](const Tensor& t) { return std::tuple{t.pow(2), Tensor()}; }, x);
      },
      TypeErrIndex(kOutputs, 1)));
  // None
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] { (void)ct::vjp([](const Tensor&) { return Tensor(); }, x, ct::ones({3})); },
      TypeErrGiven(kOutputs)));
  // a vector (runtime tuple) holding None
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(
            [](const Tensor& t) {
              return std::vector<Tensor>{Tensor(), t};
            },
            x, std::vector<Tensor>{ct::ones({3}), ct::ones({3})});
      },
      TypeErrIndex(kOutputs, 0)));
}

TEST(VjpTypeErrors, VNotTensors) {
  Tensor x = x3();
  auto f = [](const Tensor& t) { return 3 * t; };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(f, x, std::tuple{ct::ones({3}), Tensor()});
      },
      TypeErrIndex("v", 1)));
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(f, x, std::vector<Tensor>{ct::ones({3}), Tensor()});
      },
      TypeErrIndex("v", 1)));
  auto g = [](const Tensor& t) { return t.pow(2).sum(); };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(g, x, std::tuple{ct::ones(ct::Shape{}), Tensor()});
      },
      TypeErrIndex("v", 1)));
}

TEST(VjpTypeErrors, InputsNotTensors) {
  auto f1 = [](const Tensor& t) { return t * 3; };
  auto f2 = [](const Tensor& t, const Tensor&) { return t * 3; };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(f2, std::tuple{x3(), Tensor()}, ct::ones({3}));
      },
      TypeErrIndex("inputs", 1)));
  EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)ct::vjp(f1, Tensor(), ct::ones({3})); },
                                    TypeErrGiven("inputs")));
  auto fv = [](const std::vector<Tensor>& in) { return in[0] * 3; };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::vjp(fv, std::vector<Tensor>{x3(), Tensor()}, ct::ones({3}));
      },
      TypeErrIndex("inputs", 1)));
}

// ============================================== §9: v validation (E7–E9)

TEST(VjpVValidation, Sizes) {
  auto f = [](const Tensor& t) { return 3 * t; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(f, x3(), ct::ones({2})); },
      "v has invalid size: should be torch.Size([3]) but got torch.Size([2])."));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(f, x3(), ct::ones({1, 3}));
      },
      "v has invalid size: should be torch.Size([3]) but got torch.Size([1, 3])."));
}

TEST(VjpVValidation, Lengths) {
  auto single = [](const Tensor& t) { return 3 * t; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(single, x3(), std::tuple{ct::ones({3}), ct::ones({3})});
      },
      kE7));
  auto pair = [](const Tensor& t) { return std::tuple{3 * t, t.sum()}; };
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::vjp(pair, x3(), std::tuple{ct::ones({3})}); },
                               "v is a tuple of invalid length: should be 2 but got 1."));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp(pair, x3(), std::vector<Tensor>{ct::ones({3})}); },
      "v is a tuple of invalid length: should be 2 but got 1."));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::vjp(pair, x3(), std::tuple{ct::ones({3}), ct::ones({2})});
      },
      "Entry 1 in v has invalid size: should be torch.Size([]) but got torch.Size([2])."));
}

TEST(VjpVValidation, VCheckedAfterFuncRuns) {
  // Q9: vjp calls func before it validates v.
  int calls = 0;
  auto f = [&](const Tensor& t) {
    ++calls;
    return 3 * t;
  };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(f, x3(), ct::ones({2})); },
                                       "v has invalid size: should be torch.Size([3]) but got "
                                       "torch.Size([2])."));
  EXPECT_EQ(calls, 1);
}

TEST(VjpVValidation, Float64VForFloat32Output) {
  auto [out, g] = ct::vjp([](const Tensor& t) { return 3 * t; }, x3(), ct::ones({3}, ct::float64));
  EXPECT_EQ(out.dtype(), ct::float32);
  EXPECT_EQ(g.dtype(), ct::float32);
  EXPECT_TRUE(Close(g, ct::tensor({3., 3., 3.})));
}

TEST(VjpVValidation, BareTensorVForOneTupleOutput) {
  auto [out, g] = ct::vjp([](const Tensor& t) { return std::tuple{3 * t}; }, x3(), ct::ones({3}));
  static_assert(std::is_same_v<decltype(out), std::tuple<Tensor>>);
  static_assert(std::is_same_v<decltype(g), Tensor>);
  EXPECT_TRUE(Close(std::get<0>(out), ct::tensor({3., 6., 9.})));
  EXPECT_TRUE(Close(g, ct::tensor({3., 3., 3.})));
}

TEST(VjpVValidation, OneTupleVForBareOutput) {
  // Python accepts vjp(lambda x: 3*x, x3, (ones(3),)): v's tuple-ness is ignored.
  auto [out, g] = ct::vjp([](const Tensor& t) { return 3 * t; }, x3(), std::tuple{ct::ones({3})});
  EXPECT_TRUE(Close(out, ct::tensor({3., 6., 9.})));
  EXPECT_TRUE(Close(g, ct::tensor({3., 3., 3.})));
}

// ============================================== §9: inputs

TEST(VjpInputs, IntegerInputIsE27) {
  Tensor xi = ct::tensor({1, 2, 3});
  ASSERT_EQ(xi.dtype(), ct::int64);
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::vjp([](const Tensor& t) { return t * 2; }, xi, ct::ones({3})); },
      "only Tensors of floating point dtype can require gradients"));
}

TEST(VjpInputs, EmptyTupleIsIndexError) {
  Tensor x = x3();
  auto f0 = [x]() { return x.sum(); };
  EXPECT_TRUE(
      Raises<ct::IndexError>([&] { (void)ct::vjp(f0, std::tuple<>{}, ct::ones(ct::Shape{})); },
                             "tuple index out of range", /*prefix_only=*/true));
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::vjp(f0, std::tuple<>{}); },
                                     "tuple index out of range", true));
  auto fv = [x](const std::vector<Tensor>&) { return x * 2; };
  EXPECT_TRUE(
      Raises<ct::IndexError>([&] { (void)ct::vjp(fv, std::vector<Tensor>{}, ct::ones({3})); },
                             "tuple index out of range", true));
}

TEST(VjpInputs, OneTupleKeepsTupleness) {
  auto [out, g] = ct::vjp([](const Tensor& t) { return 3 * t; }, std::tuple{x3()}, ct::ones({3}));
  static_assert(std::is_same_v<decltype(out), Tensor>);
  static_assert(std::is_same_v<decltype(g), std::tuple<Tensor>>);
  EXPECT_TRUE(Close(out, ct::tensor({3., 6., 9.})));
  EXPECT_TRUE(Close(std::get<0>(g), ct::tensor({3., 3., 3.})));

  auto rv = ct::vjp([](const std::vector<Tensor>& in) { return 3 * in[0]; },
                    std::vector<Tensor>{x3()}, ct::ones({3}));
  ASSERT_EQ(rv.vjp.size(), 1u);
  EXPECT_TRUE(Close(rv.vjp[0], ct::tensor({3., 3., 3.})));
}

TEST(VjpInputs, ZeroElementOutput) {
  auto f = [](const Tensor& t) { return 3 * t.slice(0, 0, 0); };
  auto [out, g] = ct::vjp(f, x3(), ct::ones({0}));
  EXPECT_EQ(out.shape(), ct::Shape({0}));
  EXPECT_TRUE(Close(g, ct::tensor({0., 0., 0.})));
  auto [out_s, g_s] = ct::vjp(f, x3(), ct::ones({0}), false, true);
  EXPECT_EQ(out_s.shape(), ct::Shape({0}));
  EXPECT_TRUE(Close(g_s, ct::tensor({0., 0., 0.})));
}

TEST(VjpInputs, CapturedTensorGivesZeros) {
  // Issue #49830: func ignores its argument and uses a captured tensor.
  Tensor xr = x3().requires_grad_();
  auto f = [xr](const Tensor&) { return xr * 2; };
  auto [out, g] = ct::vjp(f, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(g, ct::tensor({0., 0., 0.})));
  EXPECT_FALSE(xr.grad().defined());
  // Even when the captured tensor is the input itself.
  auto [out2, g2] = ct::vjp(f, xr, ct::ones({3}));
  EXPECT_TRUE(Close(g2, ct::tensor({0., 0., 0.})));
  EXPECT_FALSE(xr.grad().defined());
}

TEST(VjpInputs, RequiresGradInputWithoutCreateGraph) {
  Tensor xr = x3().requires_grad_();
  auto [out, g] = ct::vjp(square, xr, ct::ones({3}));
  EXPECT_FALSE(out.requires_grad());
  EXPECT_FALSE(g.requires_grad());
  EXPECT_FALSE(HasGradFn(out));
  EXPECT_FALSE(HasGradFn(g));
  EXPECT_FALSE(xr.grad().defined());
  EXPECT_TRUE(xr.requires_grad());
  EXPECT_TRUE(xr.is_leaf());
  EXPECT_TRUE(Close(g, ct::tensor({2., 4., 6.})));
}

TEST(VjpInputs, PlainInputUntouched) {
  Tensor x = x3();
  auto [out, g] = ct::vjp(square, x, ct::ones({3}));
  EXPECT_FALSE(x.requires_grad());
  EXPECT_FALSE(x.grad().defined());
  EXPECT_TRUE(x.is_leaf());
  std::tuple<Tensor, Tensor> ins{x3(), y2()};
  (void)ct::vjp([](const Tensor& a, const Tensor& b) { return a * b.sum(); }, ins, ct::ones({3}));
  EXPECT_FALSE(std::get<0>(ins).requires_grad());
  EXPECT_FALSE(std::get<1>(ins).requires_grad());
  EXPECT_FALSE(std::get<0>(ins).grad().defined());
  EXPECT_FALSE(std::get<1>(ins).grad().defined());
}

TEST(VjpInputs, IdentityReturnsNewTensor) {
  Tensor x = x3();
  Tensor v = ct::tensor({1., 1., 1.});
  auto [out, g] = ct::vjp([](const Tensor& t) { return t; }, x, v);
  EXPECT_FALSE(out.is_same(x));
  EXPECT_TRUE(Close(out, x));
  EXPECT_TRUE(Close(g, v));
  EXPECT_FALSE(out.requires_grad());
  // With create_graph the output is the internal leaf copy (requires grad, no grad_fn).
  auto [out2, g2] = ct::vjp([](const Tensor& t) { return t; }, x, v, true);
  EXPECT_FALSE(out2.is_same(x));
  EXPECT_TRUE(out2.requires_grad());
  EXPECT_FALSE(HasGradFn(out2));
  EXPECT_TRUE(Close(g2, v));
  EXPECT_FALSE(x.requires_grad());
}

TEST(VjpInputs, FuncSeesFreshLeaf) {
  // §2.3: func receives a new leaf that requires grad and shares storage.
  Tensor x = x3();
  bool seen = false;
  auto f = [&](const Tensor& t) {
    seen = true;
    EXPECT_FALSE(t.is_same(x));
    EXPECT_TRUE(t.requires_grad());
    EXPECT_TRUE(t.is_leaf());
    EXPECT_TRUE(t.shares_storage(x));
    EXPECT_TRUE(ct::is_grad_enabled());
    return t * 2;
  };
  (void)ct::vjp(f, x, ct::ones({3}));
  EXPECT_TRUE(seen);
  {
    ct::NoGradGuard no_grad;
    (void)ct::vjp(f, x, ct::ones({3}));
  }
  Tensor xr = x3().requires_grad_();
  auto fr = [&](const Tensor& t) {
    EXPECT_FALSE(t.is_same(xr));
    EXPECT_TRUE(t.requires_grad());
    EXPECT_TRUE(t.is_leaf());
    return t * 2;
  };
  (void)ct::vjp(fr, xr, ct::ones({3}));
}

TEST(VjpInputs, FuncSeesDifferentiableAliasWithCreateGraph) {
  // §2.3: with create_graph and an input that requires grad, func sees
  // t.view_as(t), a non-leaf whose grad_fn is ViewBackward0.
  Tensor xr = x3().requires_grad_();
  bool seen = false;
  auto f = [&](const Tensor& t) {
    seen = true;
    EXPECT_FALSE(t.is_same(xr));
    EXPECT_TRUE(t.requires_grad());
    EXPECT_FALSE(t.is_leaf());
    EXPECT_EQ(t.grad_fn_name(), "ViewBackward0");
    return t * 2;
  };
  (void)ct::vjp(f, xr, ct::ones({3}), true);
  EXPECT_TRUE(seen);
}

TEST(VjpInputs, FuncCalledExactlyOnce) {
  int calls = 0;
  auto f = [&](const Tensor& t) {
    ++calls;
    return t.pow(2).sum();
  };
  Tensor xr = x3().requires_grad_();
  (void)ct::vjp(f, x3());
  EXPECT_EQ(calls, 1);
  (void)ct::vjp(f, x3(), ct::ones(ct::Shape{}), true, true);
  EXPECT_EQ(calls, 2);
  (void)ct::vjp(f, xr, std::nullopt, true, false);
  EXPECT_EQ(calls, 3);
  {
    ct::NoGradGuard no_grad;
    (void)ct::vjp(f, x3(), std::nullopt, false, true);
  }
  EXPECT_EQ(calls, 4);
}

TEST(VjpInputs, GradModeRestoredAfterError) {
  {
    ct::NoGradGuard no_grad;
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(square, x3()); }, kE5));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::vjp(square, x3()); }, kE5));
  EXPECT_TRUE(ct::is_grad_enabled());
}

TEST(VjpInputs, ErrorsDeriveFromCtError) {
  EXPECT_THROW((void)ct::vjp(square, x3()), ct::Error);
  EXPECT_THROW((void)ct::vjp(square, Tensor(), ct::ones({3})), ct::Error);
  EXPECT_THROW((void)ct::vjp(square, x3()), std::runtime_error);
}

TEST(VjpInputs, ResultDtypeAndShapeFollowInputs) {
  // Each vjp entry has its input's shape and dtype (§4.1 step 6).
  auto f = [](const Tensor& a, const Tensor& b) { return a.sum() * b.to(ct::float32); };
  Tensor a = ct::rand({2, 3}, ct::float64);
  Tensor b = ct::rand({4});
  auto [out, g] = ct::vjp(f, std::tuple{a, b}, ct::ones({4}));
  EXPECT_EQ(std::get<0>(g).dtype(), ct::float64);
  EXPECT_EQ(std::get<0>(g).shape(), a.shape());
  EXPECT_EQ(std::get<1>(g).dtype(), ct::float32);
  EXPECT_EQ(std::get<1>(g).shape(), b.shape());
  // An unused float64 input gets float64 zeros.
  auto h = [](const Tensor& p, const Tensor&) { return p * 2; };
  auto [out2, g2] = ct::vjp(h, std::tuple{x3(), ct::rand({2, 2}, ct::float64)}, ct::ones({3}));
  EXPECT_EQ(std::get<1>(g2).dtype(), ct::float64);
  EXPECT_EQ(std::get<1>(g2).shape(), ct::Shape({2, 2}));
  EXPECT_TRUE(AllZero(std::get<1>(g2)));
}

}  // namespace

namespace {

using ct::Tensor;

TEST(VjpMore, LinearStrictCreateGraphWithVRequiringGradIsFine) {
  // The E13 check is structural (§2.8): when v requires grad the vjp of a
  // linear function is attached to v's graph, so torch raises nothing and
  // the result is v's alias (grad_fn ViewBackward0).
  Tensor inp = ct::rand({4}).requires_grad_();
  Tensor v = ct::rand({4}).requires_grad_();
  auto clone_fn = [](const Tensor& a) { return a.clone(); };
  std::optional<ct::VjpResult<Tensor, Tensor>> res;
  EXPECT_NO_THROW(res.emplace(ct::vjp(clone_fn, inp, v, true, true)));
  ASSERT_TRUE(res.has_value());
  EXPECT_TRUE(res->vjp.requires_grad());
  EXPECT_EQ(res->vjp.grad_fn_name(), "ViewBackward0");
  EXPECT_TRUE(ct::allclose(res->vjp.detach(), v.detach()));
  // Same with an input that does not require grad.
  Tensor v3 = ct::rand({3}).requires_grad_();
  EXPECT_NO_THROW((void)ct::vjp(clone_fn, ct::tensor({1., 2., 3.}), v3, true, true));
}

TEST(VjpMore, SameTensorTwiceInOutputs) {
  auto f = [](const Tensor& x) { return std::tuple{x, x}; };
  auto [out, g] =
      ct::vjp(f, ct::tensor({1., 2., 3.}), std::tuple{ct::ones({3}), 2 * ct::ones({3})});
  EXPECT_TRUE(ct::allclose(std::get<0>(out), ct::tensor({1., 2., 3.})));
  EXPECT_TRUE(ct::allclose(std::get<1>(out), ct::tensor({1., 2., 3.})));
  EXPECT_TRUE(ct::allclose(g, ct::tensor({3., 3., 3.})));
}

TEST(VjpMore, SameTensorTwiceInInputs) {
  // Each input is preprocessed separately, so each gets its own gradient.
  Tensor x = ct::tensor({1., 2., 3.});
  auto [out, g] = ct::vjp([](const Tensor& a, const Tensor& b) { return a * b; }, std::tuple{x, x},
                          ct::ones({3}));
  EXPECT_TRUE(ct::allclose(out, ct::tensor({1., 4., 9.})));
  EXPECT_TRUE(ct::allclose(std::get<0>(g), x));
  EXPECT_TRUE(ct::allclose(std::get<1>(g), x));
}

TEST(VjpMore, NonContiguousInputAndV) {
  Tensor m = ct::tensor({{1., 2., 3.}, {4., 5., 6.}}).t();
  ASSERT_FALSE(m.is_contiguous());
  Tensor expected = ct::tensor({{2., 16.}, {12., 40.}, {30., 72.}});
  auto sq = [](const Tensor& x) { return x * x; };
  auto [out, g] = ct::vjp(sq, m, ct::tensor({{1., 2.}, {3., 4.}, {5., 6.}}));
  EXPECT_TRUE(ct::allclose(out, ct::tensor({{1., 16.}, {4., 25.}, {9., 36.}})));
  EXPECT_EQ(g.shape(), ct::Shape({3, 2}));
  EXPECT_TRUE(ct::allclose(g, expected));
  Tensor vt = ct::tensor({{1., 3., 5.}, {2., 4., 6.}}).t();
  ASSERT_FALSE(vt.is_contiguous());
  auto [out2, g2] = ct::vjp(sq, m, vt);
  EXPECT_TRUE(ct::allclose(g2, expected));
}

}  // namespace
