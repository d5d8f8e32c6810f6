// Conformance tests for ct::jvp, ct::jacobian, ct::hessian, ct::vhp and
// ct::hvp: a port of PyTorch's test/autograd/test_functional.py
// (functional-spec.md §8) and of the observed torch 1.13 behaviour of §9.
//
// Mapping from Python (as in test_vjp.cpp): a tuple is a
// std::tuple<ct::Tensor...> (func called with the elements unpacked) or a
// std::vector<ct::Tensor>; None is an omitted v, std::nullopt or an undefined
// ct::Tensor(); a non-Tensor where a Tensor is expected is an undefined
// Tensor (`<class 'NoneType'>`); torch.no_grad() is ct::NoGradGuard;
// strategy="forward-mode" is ct::Strategy::ForwardMode. jacobian nests
// [output][input], hessian [input][input].
//
// Decisions recorded in docs/semantics.md / src/functional/functional.cpp
// that these tests follow where they differ from torch 1.13:
//   Q1  loop-mode strict+create_graph jacobian message names the INPUT index;
//   Q4  forward-mode jacobian names "outputs of the user-provided function
//       given to jacobian" (not "outputs given to None");
//   Q5  forward-mode jacobian returns the same tuple types as reverse mode and
//       its results are detached;
//   Q6  zero-element output: loop mode raises "stack expects a non-empty
//       TensorList", vectorize gives an empty Jacobian;
//   Q7  empty inputs: as torch, func runs and reading the first entry of the
//       empty result raises ct::IndexError "tuple index out of range"; jvp
//       with v=() returns zeros; forward-mode jacobian asserts.
// E26 (bad strategy string) cannot arise with the ct::Strategy enum.
#include <cotangent/cotangent.h>
#include <cotangent/gradcheck.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

namespace {

using ct::Tensor;
using T2 = std::tuple<Tensor, Tensor>;
using TV = std::vector<Tensor>;

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

// Runs f and checks that it does not throw.
template <class F>
::testing::AssertionResult NoThrow(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure()
           << "unexpected exception " << typeid(e).name() << ": \"" << e.what() << "\"";
  }
  return ::testing::AssertionSuccess();
}

// Runs f; on an exception records a failure naming `what` and returns nullopt,
// so that the remaining checks of a test still run.
template <class F>
auto Try(const std::string& what, F&& f) -> std::optional<decltype(f())> {
  try {
    return f();
  } catch (const std::exception& e) {
    ADD_FAILURE() << what << " threw " << typeid(e).name() << ": \"" << e.what() << "\"";
  }
  return std::nullopt;
}

// Same shape and values close (after casting `expected` to the actual dtype).
::testing::AssertionResult Close(const Tensor& actual, const Tensor& expected, double atol = 1e-5,
                                 double rtol = 1e-4) {
  if (!actual.defined()) return ::testing::AssertionFailure() << "actual is undefined";
  if (!expected.defined()) return ::testing::AssertionFailure() << "expected is undefined";
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

::testing::AssertionResult NotAllZero(const Tensor& t) {
  if (!t.defined()) return ::testing::AssertionFailure() << "undefined tensor";
  double s = t.detach().abs().sum().to(ct::float64).item<double>();
  if (s != 0.0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "all zero: " << Repr(t);
}

// PyTorch's _assert_same_struct for one tensor: same size.
::testing::AssertionResult SameSize(const Tensor& res, const Tensor& base) {
  if (!res.defined()) return ::testing::AssertionFailure() << "result is undefined";
  if (res.shape() == base.shape()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << ct::size_string(res.shape()) << " != " << ct::size_string(base.shape());
}

ct::Shape Cat(const ct::Shape& a, const ct::Shape& b) {
  ct::Shape s = a;
  for (int64_t d : b) s.push_back(d);
  return s;
}

// PyTorch's _assert_interleaved_struct for one block: res.size() == b1.size() + b2.size().
::testing::AssertionResult Interleaved(const Tensor& res, const Tensor& b1, const Tensor& b2) {
  if (!res.defined()) return ::testing::AssertionFailure() << "result is undefined";
  ct::Shape want = Cat(b1.shape(), b2.shape());
  if (res.shape() == want) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << ct::size_string(res.shape()) << " != " << ct::size_string(want);
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

// Flattens a Tensor / tuple / vector structure (nested any number of times).
void FlattenInto(std::vector<Tensor>& out, const Tensor& t);
template <class... Ts>
void FlattenInto(std::vector<Tensor>& out, const std::tuple<Ts...>& t);
template <class T>
void FlattenInto(std::vector<Tensor>& out, const std::vector<T>& v);

void FlattenInto(std::vector<Tensor>& out, const Tensor& t) { out.push_back(t); }
template <class... Ts>
void FlattenInto(std::vector<Tensor>& out, const std::tuple<Ts...>& t) {
  std::apply([&](const auto&... e) { (FlattenInto(out, e), ...); }, t);
}
template <class T>
void FlattenInto(std::vector<Tensor>& out, const std::vector<T>& v) {
  for (const auto& e : v) FlattenInto(out, e);
}
template <class S>
std::vector<Tensor> Flat(const S& s) {
  std::vector<Tensor> out;
  FlattenInto(out, s);
  return out;
}

// Every block has the same shape, dtype and (close) values.
template <class A, class B>
::testing::AssertionResult SameBlocks(const A& a, const B& b, double atol = 1e-5,
                                      double rtol = 1e-4, bool check_dtype = true) {
  std::vector<Tensor> fa = Flat(a), fb = Flat(b);
  if (fa.size() != fb.size())
    return ::testing::AssertionFailure() << fa.size() << " blocks vs " << fb.size();
  for (size_t i = 0; i < fa.size(); ++i) {
    auto r = Close(fa[i], fb[i], atol, rtol);
    if (!r) return ::testing::AssertionFailure() << "block " << i << ": " << r.message();
    if (check_dtype && fa[i].dtype() != fb[i].dtype())
      return ::testing::AssertionFailure() << "block " << i << ": dtype differs";
  }
  return ::testing::AssertionSuccess();
}

template <class S>
::testing::AssertionResult NoGradFnAnywhere(const S& s) {
  std::vector<Tensor> f = Flat(s);
  for (size_t i = 0; i < f.size(); ++i) {
    if (!f[i].defined()) return ::testing::AssertionFailure() << "block " << i << " undefined";
    if (HasGradFn(f[i]) || f[i].requires_grad())
      return ::testing::AssertionFailure()
             << "block " << i << " is attached to a graph: " << Repr(f[i]);
  }
  return ::testing::AssertionSuccess();
}

template <class S>
::testing::AssertionResult GradFnEverywhere(const S& s) {
  std::vector<Tensor> f = Flat(s);
  for (size_t i = 0; i < f.size(); ++i) {
    if (!f[i].defined()) return ::testing::AssertionFailure() << "block " << i << " undefined";
    if (!HasGradFn(f[i]))
      return ::testing::AssertionFailure() << "block " << i << " has no grad_fn: " << Repr(f[i]);
  }
  return ::testing::AssertionSuccess();
}

// The user's tensor keeps its flag, gets no .grad and stays a leaf.
::testing::AssertionResult Untouched(const Tensor& t, bool requires_grad) {
  if (t.requires_grad() != requires_grad)
    return ::testing::AssertionFailure() << "requires_grad changed to " << t.requires_grad();
  if (t.grad().defined())
    return ::testing::AssertionFailure() << ".grad was set: " << Repr(t.grad());
  if (!t.is_leaf()) return ::testing::AssertionFailure() << "no longer a leaf";
  return ::testing::AssertionSuccess();
}

Tensor x3() { return ct::tensor({1., 2., 3.}); }
Tensor y2() { return ct::tensor({4., 5.}); }
Tensor m22() { return ct::tensor({{0., 1.}, {2., 3.}}); }

// The functions of PyTorch's tests.
Tensor foo3(const Tensor& a) { return 3 * a.narrow(0, 0, 3); }
Tensor foo3_exp_sum(const Tensor& a) { return 3 * a.narrow(0, 0, 3).exp().sum(); }
Tensor det_fn(const Tensor& a) { return a.detach(); }
// A non-leaf that requires grad but is not connected to the input
// (a.long().float().requires_grad_().clone()).
Tensor disc_fn(const Tensor& a) {
  Tensor t = a.to(ct::int64).to(a.dtype());
  t.requires_grad_(true);
  return t.clone();
}
Tensor clone_fn(const Tensor& a) { return a.clone(); }
Tensor reducer_dim1(const Tensor& x) { return x.sum(1); }
Tensor reducer_all(const Tensor& x) { return x.sum(); }
Tensor exp_reducer(const Tensor& x) { return x.exp().sum(1); }
Tensor pow_reducer(const Tensor& x) { return x.pow(3).sum(); }
Tensor add_pow_reducer(const Tensor& x, const Tensor& y) { return (x + y).pow(3).sum(); }
Tensor expander(const Tensor& x) { return x.unsqueeze(0).repeat({4}); }
std::tuple<Tensor, Tensor> adder2(const Tensor& x, const Tensor& y) {
  return {2 * x + 3 * y, x * y};
}
Tensor bar_ab(const Tensor& a, const Tensor& b) { return (a + 3 * b.narrow(0, 0, 3)).exp().sum(); }
Tensor foo_ab(const Tensor& a, const Tensor& b) {
  return (3 * b.narrow(0, 0, 3) * a.narrow(0, 0, 3)).sum();
}

// ------------------------------------------------------------- messages

const std::string kOutputs = "outputs of the user-provided function";
std::string TypeErrIndex(const std::string& fn, const std::string& arg, size_t i) {
  return "The " + arg + " given to " + fn +
         " must be either a Tensor or a tuple of Tensors but the value at index " +
         std::to_string(i) + " has type <class 'NoneType'>.";
}
std::string TypeErrGiven(const std::string& fn, const std::string& arg) {
  return "The " + arg + " given to " + fn +
         " must be either a Tensor or a tuple of Tensors but the given " + arg +
         " has type <class 'NoneType'>.";
}
const char* kE6 =
    "The vector v can only be None if the input to the user-provided function is a single Tensor "
    "with a single element.";
const char* kE7 = "The given v should contain a single Tensor.";
std::string E8(int n, int m) {
  return "v is a tuple of invalid length: should be " + std::to_string(n) + " but got " +
         std::to_string(m) + ".";
}
std::string E9(const std::string& should, const std::string& got, int entry = -1) {
  std::string prefix = entry >= 0 ? "Entry " + std::to_string(entry) + " in " : "";
  return prefix + "v has invalid size: should be torch.Size([" + should +
         "]) but got torch.Size([" + got + "]).";
}
std::string E10(int i) {
  return "Output " + std::to_string(i) +
         " of the user-provided function does not require gradients. The outputs must be "
         "computed in a differentiable manner from the input when running in strict mode.";
}
std::string E11(int i) {
  return "The output of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode.";
}
std::string E12(int i, int j) {
  return "Output " + std::to_string(i) + " of the user-provided function is independent of input " +
         std::to_string(j) + ". This is not allowed in strict mode.";
}
std::string E13(int i) {
  return "The jacobian of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode when create_graph=True.";
}
std::string E14(int i) {
  return "The hessian of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode when create_graph=True.";
}
std::string E15(int i) {
  return "While computing the hessian, found that the jacobian of the user-provided function "
         "with respect to input " +
         std::to_string(i) +
         " is independent of the input. This is not allowed in strict mode. You should ensure "
         "that your function is twice differentiable and that the jacobian depends on the inputs "
         "(this would be violated by a linear function for example).";
}
std::string E16(int i) {
  return "The gradient with respect to the input is independent of entry " + std::to_string(i) +
         " in the grad_outputs when using the double backward trick to compute forward mode "
         "gradients. This is not allowed in strict mode.";
}
std::string E17(int i) {
  return "The gradient with respect to input " + std::to_string(i) +
         " is independent of the inputs of the user-provided function. This is not allowed in "
         "strict mode.";
}
std::string E18(int i) {
  return "The jacobian of the user-provided function is independent of input " + std::to_string(i) +
         ". This is not allowed in strict mode.";
}
std::string E19(int i) {
  return "The hessian of the user-provided function is independent of entry " + std::to_string(i) +
         " in the grad_jacobian. This is not allowed in strict mode as it prevents from using the "
         "double backward trick to replace forward mode AD.";
}
std::string E20(const std::string& fn) {
  return "The function given to " + fn + " should return a single Tensor";
}
std::string E21(const std::string& fn) {
  return "The Tensor returned by the function given to " + fn + " should contain a single element";
}
const char* kE22 =
    "torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are not supported "
    "together. Please either set `strict=False` or `vectorize=False`.";
const char* kE23 =
    "torch.autograd.functional.jacobian: `strict=True` and `strategy=\"forward-mode\"` are not "
    "supported together (yet). Please either set `strict=False` or `strategy=\"reverse-mode\"`.";
const char* kE24 =
    "torch.autograd.functional.jacobian: `create_graph=True` and `strategy=\"forward-mode\"` are "
    "not supported together (yet). Please either set `create_graph=False` or "
    "`strategy=\"reverse-mode\"`.";
const char* kE25 =
    "Computing Jacobian using forward-AD or forward-over-reverse Hessian isonly implemented for "
    "`vectorize=True`.";
const char* kE27 = "only Tensors of floating point dtype can require gradients";
const char* kQ6 = "stack expects a non-empty TensorList";
const char* kQ7 = "tuple index out of range";

constexpr auto kFwd = ct::Strategy::ForwardMode;
constexpr auto kRev = ct::Strategy::ReverseMode;

// =====================================================================
//                                 jvp
// =====================================================================

// §8 test_jvp_err_check
TEST(FunctionalJvp, ErrCheck) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  int calls = 0;
  auto f2 = [&](const Tensor& a, const Tensor&) {
    ++calls;
    return foo3(a);
  };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jvp(f2, std::tuple{inp, Tensor()}, v);
      },
      TypeErrIndex("jvp", "inputs", 1)));
  EXPECT_EQ(calls, 0) << "inputs are checked before func is called";

  auto bar = [](const Tensor& a) { return std::tuple{foo3(a), Tensor()}; };
  EXPECT_TRUE(
      Raises<ct::TypeError>([&] { (void)ct::jvp(bar, inp, v); }, TypeErrIndex("jvp", kOutputs, 1)));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp); }, kE6));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp, std::nullopt); }, kE6));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp, Tensor()); }, kE6));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp, std::tuple{v, v}); }, kE7));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp, TV{v, v}); }, kE7));

  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, inp, v.slice(0, 0, 2)); }, E9("4", "2")));

  auto res = ct::jvp(foo3, inp, v);
  static_assert(std::is_same_v<decltype(res.jvp), Tensor>);
  EXPECT_TRUE(SameSize(res.jvp, foo3(inp)));
  EXPECT_TRUE(Close(res.jvp, 3 * v.narrow(0, 0, 3)));
  EXPECT_TRUE(Close(res.output, 3 * inp.narrow(0, 0, 3)));
}

// §8 test_jvp_err_check_strict
TEST(FunctionalJvp, ErrCheckStrict) {
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(det_fn, inp, v, false, true); }, E10(0)));
  auto r1 = ct::jvp(det_fn, inp, v, false, false);
  EXPECT_TRUE(SameSize(r1.jvp, r1.output));
  EXPECT_TRUE(AllZero(r1.jvp));

  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(disc_fn, inp, v, false, true); }, E11(0)));
  auto r2 = ct::jvp(disc_fn, inp, v, false, false);
  EXPECT_TRUE(SameSize(r2.jvp, r2.output));
  EXPECT_TRUE(AllZero(r2.jvp));

  // The Jacobian does not depend on the input.
  inp.requires_grad_();
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(clone_fn, inp, v, true, true); }, E13(0)));
  auto r3 = ct::jvp(clone_fn, inp, v, true, false);
  EXPECT_TRUE(SameSize(r3.jvp, inp));
  EXPECT_TRUE(Close(r3.jvp, v));
}

// §8 test_jvp_no_grad
TEST(FunctionalJvp, NoGrad) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4, 4});
  std::optional<ct::JvpResult<Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::jvp(reducer_dim1, inputs, v));
    EXPECT_FALSE(ct::is_grad_enabled()) << "jvp must restore the ambient grad mode";
  }
  EXPECT_TRUE(ct::is_grad_enabled());
  EXPECT_FALSE(HasGradFn(res->output));
  EXPECT_FALSE(HasGradFn(res->jvp));
  EXPECT_FALSE(res->jvp.requires_grad());
  EXPECT_TRUE(NotAllZero(res->jvp));
  EXPECT_TRUE(Close(res->jvp, ct::full({4}, 4.0, ct::float32)));

  inputs.requires_grad_();
  v.requires_grad_();
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::jvp(reducer_dim1, inputs, v, /*create_graph=*/true));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(HasGradFn(res->output));
  EXPECT_TRUE(HasGradFn(res->jvp));
  EXPECT_TRUE(NotAllZero(res->jvp));
}

TEST(FunctionalJvp, NoGradCreateGraphPlainInputs) {
  // §3: under no_grad with create_graph=True the results have a grad_fn even
  // though neither the inputs nor v require grad.
  Tensor x = x3();
  Tensor v = ct::ones({3});
  std::optional<ct::JvpResult<Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(ct::jvp([](const Tensor& t) { return t.pow(2); }, x, v, true));
  }
  EXPECT_TRUE(HasGradFn(res->output));
  EXPECT_TRUE(HasGradFn(res->jvp));
  EXPECT_TRUE(Close(res->jvp, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Untouched(x, false));
  EXPECT_TRUE(Untouched(v, false));
}

// §8 test_jvp_output
TEST(FunctionalJvp, Output) {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4, 4});
  auto res = ct::jvp(reducer_dim1, inputs, v);
  EXPECT_TRUE(SameSize(res.jvp, res.output));
  EXPECT_FALSE(HasGradFn(res.output));
  EXPECT_FALSE(HasGradFn(res.jvp));

  auto adder = [](const Tensor& x, const Tensor& y) { return 2 * x + 3 * y; };
  T2 in2{ct::rand({2}), ct::rand({2})};
  auto [out, jvp_val] = ct::jvp(adder, in2, std::tuple{ct::ones({2}), ct::ones({2})});
  // One output gives one Tensor, even for tuple inputs.
  static_assert(std::is_same_v<decltype(out), Tensor>);
  static_assert(std::is_same_v<decltype(jvp_val), Tensor>);
  EXPECT_TRUE(SameSize(jvp_val, out));
  EXPECT_FALSE(HasGradFn(out));
  EXPECT_FALSE(HasGradFn(jvp_val));
  EXPECT_TRUE(Close(jvp_val, ct::tensor({5., 5.})));

  auto adder_t = [](const Tensor& x, const Tensor& y) { return std::tuple{2 * x + 3 * y, x + y}; };
  T2 vt{ct::tensor({1., 0.}), ct::tensor({1., 0.})};
  auto [out2, jvp2] = ct::jvp(adder_t, in2, vt);
  static_assert(std::is_same_v<decltype(out2), T2>);
  static_assert(std::is_same_v<decltype(jvp2), T2>);
  EXPECT_TRUE(SameSize(std::get<0>(jvp2), std::get<0>(out2)));
  EXPECT_TRUE(SameSize(std::get<1>(jvp2), std::get<1>(out2)));
  EXPECT_TRUE(NoGradFnAnywhere(out2));
  EXPECT_TRUE(NoGradFnAnywhere(jvp2));
  EXPECT_TRUE(Close(std::get<0>(jvp2), ct::tensor({5., 0.})));
  EXPECT_TRUE(Close(std::get<1>(jvp2), ct::tensor({2., 0.})));
}

TEST(FunctionalJvp, VectorForm) {
  auto adder = [](const TV& in) { return TV{2 * in[0] + 3 * in[1], in[0] + in[1]}; };
  TV inputs{ct::rand({2}), ct::rand({2})};
  TV v{ct::tensor({1., 0.}), ct::tensor({0., 1.})};
  auto [out, j] = ct::jvp(adder, inputs, v);
  static_assert(std::is_same_v<decltype(out), TV>);
  static_assert(std::is_same_v<decltype(j), TV>);
  ASSERT_EQ(out.size(), 2u);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_TRUE(Close(out[1], inputs[0] + inputs[1]));
  EXPECT_TRUE(Close(j[0], ct::tensor({2., 3.})));
  EXPECT_TRUE(Close(j[1], ct::tensor({1., 1.})));
  EXPECT_TRUE(NoGradFnAnywhere(j));

  // A vector input with a Tensor output.
  auto red = [](const TV& in) { return (in[0] * in[1]).sum(); };
  auto r = ct::jvp(red, TV{x3(), 2 * x3()}, TV{ct::ones({3}), ct::zeros({3})});
  static_assert(std::is_same_v<decltype(r.jvp), Tensor>);
  EXPECT_TRUE(Close(r.jvp, ct::tensor(12.)));
}

// §8 test_jvp_scalar
TEST(FunctionalJvp, Scalar) {
  Tensor inputs = ct::rand({4, 4});
  auto res = ct::jvp(reducer_all, inputs, ct::ones({4, 4}));
  EXPECT_TRUE(SameSize(res.output, ct::zeros(ct::Shape{})));
  EXPECT_TRUE(SameSize(res.jvp, res.output));
  EXPECT_TRUE(Close(res.jvp, ct::tensor(16.)));

  Tensor s = ct::rand(ct::Shape{});
  auto r2 = ct::jvp(expander, s, ct::ones(ct::Shape{}));
  EXPECT_TRUE(SameSize(r2.output, ct::zeros({4})));
  EXPECT_TRUE(SameSize(r2.jvp, r2.output));
  EXPECT_TRUE(Close(r2.jvp, ct::ones({4})));

  auto r3 = ct::jvp(expander, s);
  EXPECT_TRUE(SameSize(r3.output, ct::zeros({4})));
  EXPECT_TRUE(SameSize(r3.jvp, r3.output));
  EXPECT_TRUE(Close(r3.jvp, ct::ones({4})));
}

// §8 test_jvp_create_graph
TEST(FunctionalJvp, CreateGraphReducer) {
  Tensor inputs = ct::rand({2, 2}, ct::float64).requires_grad_();
  Tensor v = ct::ones({2, 2}, ct::float64).requires_grad_();
  auto res = ct::jvp(reducer_dim1, inputs, v, true);
  EXPECT_TRUE(SameSize(res.jvp, res.output));
  EXPECT_TRUE(HasGradFn(res.output));
  EXPECT_TRUE(HasGradFn(res.jvp));
  ct::TensorFunction f = [](const TV& a) {
    auto r = ct::jvp(reducer_dim1, a[0], a[1], true);
    return TV{r.output, r.jvp};
  };
  EXPECT_TRUE(GradcheckOk(f, {inputs, v}, false));
  EXPECT_TRUE(GradcheckOk(f, {inputs, v}, true));
}

TV AdderInputsAndV() {
  return {ct::rand({2}, ct::float64).requires_grad_(), ct::rand({2}, ct::float64).requires_grad_(),
          ct::tensor({1., 0.}, ct::float64).requires_grad_(),
          ct::tensor({1., 0.}, ct::float64).requires_grad_()};
}

TEST(FunctionalJvp, CreateGraphTupleAdder) {
  TV args = AdderInputsAndV();
  ct::TensorFunction f = [](const TV& a) {
    auto r = ct::jvp(adder2, std::tuple{a[0], a[1]}, std::tuple{a[2], a[3]}, true);
    return TV{std::get<0>(r.jvp), std::get<1>(r.jvp)};
  };
  auto r = f(args);
  EXPECT_TRUE(HasGradFn(r[0]));
  EXPECT_TRUE(HasGradFn(r[1]));
  EXPECT_TRUE(GradcheckOk(f, args, false));
  EXPECT_TRUE(GradcheckOk(f, args, true));
}

TEST(FunctionalJvp, CreateGraphNested) {
  TV args = AdderInputsAndV();
  ct::TensorFunction foo = [](const TV& a) {
    Tensor x = a[0].cos();
    Tensor y = a[1];
    auto [val, g] = ct::jvp(adder2, std::tuple{x, y}, std::tuple{a[2], a[3]}, true);
    return TV{std::get<0>(val).exp() + std::get<1>(val).exp() + std::get<0>(g).exp() +
              std::get<1>(g).exp() + x.exp() + y.exp()};
  };
  EXPECT_TRUE(GradcheckOk(foo, args, false));
  EXPECT_TRUE(GradcheckOk(foo, args, true));
}

TEST(FunctionalJvp, CreateGraphGradientReachesInputAndV) {
  Tensor xr = x3().requires_grad_();
  Tensor v = ct::ones({3}).requires_grad_();
  auto res = ct::jvp([](const Tensor& t) { return t.pow(2); }, xr, v, true, true);
  EXPECT_TRUE(Close(res.jvp, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Untouched(xr, true)) << "jvp itself must not accumulate into .grad";
  res.jvp.sum().backward();
  ASSERT_TRUE(xr.grad().defined());
  EXPECT_TRUE(Close(xr.grad(), ct::tensor({2., 2., 2.})));  // d(sum 2 x v)/dx = 2 v
  ASSERT_TRUE(v.grad().defined());
  EXPECT_TRUE(Close(v.grad(), ct::tensor({2., 4., 6.})));  // J^T 1
}

// §9 highlights
TEST(FunctionalJvp, ExpReducerValues) {
  Tensor x = m22();
  auto [out, j] = ct::jvp(exp_reducer, x, ct::ones({2, 2}));
  EXPECT_TRUE(Close(out, ct::tensor({3.7183, 27.4746}), 1e-4, 0));
  EXPECT_TRUE(Close(j, ct::tensor({3.7183, 27.4746}), 1e-4, 0));
  auto rc = ct::jvp(exp_reducer, x, ct::ones({2, 2}), true);
  EXPECT_TRUE(Close(rc.jvp, ct::tensor({3.7183, 27.4746}), 1e-4, 0));
  EXPECT_EQ(rc.output.grad_fn_name(), "SumBackward1");
  EXPECT_EQ(rc.jvp.grad_fn_name(), "SqueezeBackward1");
}

TEST(FunctionalJvp, StackWithNoneV) {
  auto f = [](const Tensor& x) { return ct::stack({x, 2 * x}); };
  auto [out, j] = ct::jvp(f, ct::tensor(2.));
  EXPECT_TRUE(Close(out, ct::tensor({2., 4.})));
  EXPECT_TRUE(Close(j, ct::tensor({1., 2.})));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3()); }, kE6));
  // A tuple of inputs is never allowed a None v.
  auto g = [](const Tensor& a, const Tensor& b) { return a * b; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jvp(g, std::tuple{ct::tensor(1.), ct::tensor(2.)});
      },
      kE6));
}

TEST(FunctionalJvp, LogAtZero) {
  auto [out, j] =
      ct::jvp([](const Tensor& a) { return a.log(); }, ct::tensor({0., 1.}), ct::ones({2}));
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> o = out.to(ct::float64).to_vector<double>();
  std::vector<double> g = j.to(ct::float64).to_vector<double>();
  ASSERT_EQ(o.size(), 2u);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(o[0], -inf);
  EXPECT_EQ(o[1], 0.0);
  EXPECT_EQ(g[0], inf);
  EXPECT_EQ(g[1], 1.0);
}

TEST(FunctionalJvp, StrictDisconnectedSecondOutputIsE16) {
  auto f = [](const Tensor& x) { return std::tuple{2 * x, disc_fn(x)}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3(), ct::ones({3}), false, true); },
                                       E16(1)));
  auto [out, j] = ct::jvp(f, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(std::get<0>(out), ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(std::get<1>(out), ct::tensor({1., 2., 3.})));
  EXPECT_TRUE(Close(std::get<0>(j), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(j), ct::tensor({0., 0., 0.})));
}

TEST(FunctionalJvp, StrictGradientIndependentOfInputsIsE17) {
  // sign' = 0: J^T u does not depend on u (verified on torch 1.13).
  auto f = [](const Tensor& x) { return x.sign(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3(), ct::ones({3}), false, true); },
                                       E17(0)));
  auto [out, j] = ct::jvp(f, x3(), ct::ones({3}));
  EXPECT_TRUE(AllZero(j));
}

TEST(FunctionalJvp, StrictUnusedInputIsE11) {
  auto f = [](const Tensor& x, const Tensor&) { return 2 * x; };
  T2 v{ct::ones({3}), ct::ones({2})};
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jvp(f, std::tuple{x3(), y2()}, v, false, true);
      },
      E11(1)));
  auto [out, j] = ct::jvp(f, std::tuple{x3(), y2()}, v);
  EXPECT_TRUE(Close(out, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(Close(j, ct::tensor({2., 2., 2.})));
}

TEST(FunctionalJvp, StrictRejectsAnyNonDifferentiableOutput) {
  auto f = [](const Tensor& x) { return std::tuple{2 * x, x.detach()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3(), ct::ones({3}), false, true); },
                                       E10(1)));
  auto [out, j] = ct::jvp(f, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(std::get<0>(j), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(AllZero(std::get<1>(j)));
}

TEST(FunctionalJvp, StrictCreateGraphNamesEntry) {
  // Plain input (no requires_grad) and the index of the linear entry.
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::jvp(clone_fn, x3(), ct::ones({3}), true, true); }, E13(0)));
  auto f = [](const Tensor& x, const Tensor& y) { return std::tuple{x.pow(2), y.clone()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jvp(f, std::tuple{x3(), x3()}, std::tuple{ct::ones({3}), ct::ones({3})}, true,
                      true);
      },
      E13(1)));
}

TEST(FunctionalJvp, VValidation) {
  auto g = [](const Tensor& a, const Tensor& b) { return a * b; };
  T2 ins{x3(), x3()};
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(g, ins, std::tuple{ct::ones({3})}); },
                                       E8(2, 1)));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(g, ins, TV{ct::ones({3})}); }, E8(2, 1)));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(g, ins, ct::ones({3})); }, E8(2, 1)));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jvp(g, ins, std::tuple{ct::ones({3}), ct::ones({1, 3})});
      },
      E9("3", "1, 3", 1)));
  // E4: v holds a non-Tensor.
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jvp(g, ins, std::tuple{ct::ones({3}), Tensor()});
      },
      TypeErrIndex("jvp", "v", 1)));
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jvp(foo3, ct::rand({4}), TV{ct::ones({4}), Tensor()});
      },
      TypeErrIndex("jvp", "v", 1)));
  // A bare Tensor v for a 1-tuple input, and a 1-tuple v for a bare input.
  auto r1 = ct::jvp([](const Tensor& x) { return 3 * x; }, std::tuple{x3()}, ct::ones({3}));
  EXPECT_TRUE(Close(r1.jvp, ct::tensor({3., 3., 3.})));
  auto r2 = ct::jvp([](const Tensor& x) { return 3 * x; }, x3(), std::tuple{ct::ones({3})});
  EXPECT_TRUE(Close(r2.jvp, ct::tensor({3., 3., 3.})));
}

TEST(FunctionalJvp, VCheckedBeforeFunc) {
  // Q9: jvp validates v against the inputs before calling func.
  int calls = 0;
  auto f = [&](const Tensor& t) {
    ++calls;
    return 3 * t;
  };
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3(), ct::ones({2})); }, E9("3", "2")));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(f, x3()); }, kE6));
  EXPECT_EQ(calls, 0);
}

TEST(FunctionalJvp, InputsTypeErrors) {
  EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)ct::jvp(foo3, Tensor(), ct::ones({4})); },
                                    TypeErrGiven("jvp", "inputs")));
  auto fv = [](const TV& in) { return in[0] * 3; };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jvp(fv, TV{x3(), Tensor()}, TV{ct::ones({3}), ct::ones({3})});
      },
      TypeErrIndex("jvp", "inputs", 1)));
  // E3 with a None output, and with a vector output holding None.
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] { (void)ct::jvp([](const Tensor&) { return Tensor(); }, x3(), ct::ones({3})); },
      TypeErrGiven("jvp", kOutputs)));
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jvp([](const Tensor& t) { return TV{Tensor(), t}; }, x3(), ct::ones({3}));
      },
      TypeErrIndex("jvp", kOutputs, 0)));
}

TEST(FunctionalJvp, OneTupleKeepsTupleness) {
  auto f = [](const Tensor& x) { return std::tuple{x.pow(3)}; };
  auto [out, j] = ct::jvp(f, std::tuple{x3()}, std::tuple{ct::ones({3})});
  static_assert(std::is_same_v<decltype(out), std::tuple<Tensor>>);
  static_assert(std::is_same_v<decltype(j), std::tuple<Tensor>>);
  EXPECT_TRUE(Close(std::get<0>(out), ct::tensor({1., 8., 27.})));
  EXPECT_TRUE(Close(std::get<0>(j), ct::tensor({3., 12., 27.})));
  auto r = ct::jvp([](const Tensor& x) { return x.pow(3); }, std::tuple{x3()}, ct::ones({3}));
  static_assert(std::is_same_v<decltype(r.jvp), Tensor>);
  EXPECT_TRUE(Close(r.jvp, ct::tensor({3., 12., 27.})));
}

TEST(FunctionalJvp, IntegerInputIsE27) {
  Tensor xi = ct::tensor({1, 2, 3});
  ASSERT_EQ(xi.dtype(), ct::int64);
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::jvp([](const Tensor& t) { return t * 2; }, xi, ct::ones({3})); }, kE27));
}

TEST(FunctionalJvp, EmptyInputsGiveZeros) {
  // torch: jvp(lambda: x * 2, (), ()) == (tensor([2., 4., 6.]), tensor([0., 0., 0.]))
  Tensor x = x3();
  auto f0 = [x]() { return x * 2; };
  auto [out, j] = ct::jvp(f0, std::tuple<>{}, TV{});
  EXPECT_TRUE(ct::equal(out, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(ct::equal(j, ct::zeros({3})));
  auto fv = [x](const TV&) { return x * 2; };
  EXPECT_TRUE(ct::equal(ct::jvp(fv, TV{}, TV{}).jvp, ct::zeros({3})));
  // v=None needs a single one-element input
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(fv, TV{}); },
                                       "The vector v can only be None if the input to", true));
}

TEST(FunctionalJvp, CapturedTensorGivesZeros) {
  Tensor xr = x3().requires_grad_();
  auto f = [xr](const Tensor&) { return xr * 2; };
  auto [out, j] = ct::jvp(f, xr, ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor({2., 4., 6.})));
  EXPECT_TRUE(AllZero(j));
  EXPECT_TRUE(Untouched(xr, true));
}

TEST(FunctionalJvp, UserInputsUntouched) {
  Tensor x = x3();
  Tensor xr = x3().requires_grad_();
  Tensor v = ct::ones({3});
  auto sq = [](const Tensor& t) { return t.pow(2); };
  (void)ct::jvp(sq, x, v);
  (void)ct::jvp(sq, xr, v);
  (void)ct::jvp(sq, x, v, true);
  (void)ct::jvp(sq, xr, v, false, true);
  EXPECT_TRUE(Untouched(x, false));
  EXPECT_TRUE(Untouched(xr, true));
  EXPECT_TRUE(Untouched(v, false));
  auto r = ct::jvp(sq, xr, v);
  EXPECT_FALSE(r.output.requires_grad());
  EXPECT_FALSE(r.jvp.requires_grad());
}

TEST(FunctionalJvp, FuncCalledExactlyOnce) {
  int calls = 0;
  auto f = [&](const Tensor& t) {
    ++calls;
    return t.pow(3);
  };
  Tensor xr = x3().requires_grad_();
  (void)ct::jvp(f, x3(), ct::ones({3}));
  EXPECT_EQ(calls, 1);
  (void)ct::jvp(f, x3(), ct::ones({3}), true, true);
  EXPECT_EQ(calls, 2);
  (void)ct::jvp(f, xr, ct::ones({3}), true, false);
  EXPECT_EQ(calls, 3);
  {
    ct::NoGradGuard no_grad;
    (void)ct::jvp(f, x3(), ct::ones({3}), false, true);
  }
  EXPECT_EQ(calls, 4);
}

TEST(FunctionalJvp, GradModeRestoredAfterError) {
  {
    ct::NoGradGuard no_grad;
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jvp(foo3, ct::rand({4})); }, kE6));
    EXPECT_FALSE(ct::is_grad_enabled());
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::jvp(det_fn, x3(), ct::ones({3}), false, true); }, E10(0)));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(ct::is_grad_enabled());
}

// =====================================================================
//                               jacobian
// =====================================================================

// §8 test_jacobian_err_check (vec)
TEST(FunctionalJacobian, ErrCheck) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inp = ct::rand({4});
    int calls = 0;
    auto f2 = [&](const Tensor& a, const Tensor&) {
      ++calls;
      return foo3(a);
    };
    EXPECT_TRUE(Raises<ct::TypeError>(
        [&] {
          (void)ct::jacobian(f2, std::tuple{inp, Tensor()}, false, false, vec);
        },
        TypeErrIndex("jacobian", "inputs", 1)));
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(
        Raises<ct::TypeError>([&] { (void)ct::jacobian(foo3, Tensor(), false, false, vec); },
                              TypeErrGiven("jacobian", "inputs")));

    auto bar = [](const Tensor& a) { return std::tuple{foo3(a), Tensor()}; };
    EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)ct::jacobian(bar, inp, false, false, vec); },
                                      TypeErrIndex("jacobian", kOutputs, 1)));

    Tensor res = ct::jacobian(foo3, inp, false, false, vec);
    EXPECT_TRUE(Interleaved(res, foo3(inp), inp));
    Tensor expected = ct::zeros({3, 4});
    for (int i = 0; i < 3; ++i) expected.select(0, i).select(0, i).fill_(3.0);
    EXPECT_TRUE(Close(res, expected));

    auto foo = [](const Tensor& a, const Tensor& b) {
      return std::tuple{b, 3 * a.narrow(0, 0, 3)};
    };
    T2 ins{ct::rand({4}), ct::rand({5})};
    auto J = ct::jacobian(foo, ins, false, false, vec);
    static_assert(std::is_same_v<decltype(J), std::tuple<T2, T2>>);
    Tensor o0 = std::get<1>(ins), o1 = foo3(std::get<0>(ins));
    EXPECT_TRUE(Interleaved(std::get<0>(std::get<0>(J)), o0, std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<0>(J)), o0, std::get<1>(ins)));
    EXPECT_TRUE(Interleaved(std::get<0>(std::get<1>(J)), o1, std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<1>(J)), o1, std::get<1>(ins)));
    EXPECT_TRUE(AllZero(std::get<0>(std::get<0>(J))));
    EXPECT_TRUE(Close(std::get<1>(std::get<0>(J)), ct::eye(5)));
    EXPECT_TRUE(Close(std::get<0>(std::get<1>(J)), expected));
    EXPECT_TRUE(AllZero(std::get<1>(std::get<1>(J))));
  }
}

// §8 test_jacobian_err_check_strict
TEST(FunctionalJacobian, ErrCheckStrict) {
  Tensor inp = ct::rand({4});
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(det_fn, inp, false, true); }, E10(0)));
  Tensor r1 = ct::jacobian(det_fn, inp, false, false);
  EXPECT_TRUE(Interleaved(r1, inp, inp));
  EXPECT_TRUE(AllZero(r1));

  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(disc_fn, inp, false, true); }, E12(0, 0)));
  Tensor r2 = ct::jacobian(disc_fn, inp, false, false);
  EXPECT_TRUE(Interleaved(r2, inp, inp));
  EXPECT_TRUE(AllZero(r2));

  inp.requires_grad_();
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(clone_fn, inp, true, true); }, E13(0)));
  Tensor r3 = ct::jacobian(clone_fn, inp, true, false);
  EXPECT_TRUE(Interleaved(r3, inp, inp));
  EXPECT_TRUE(Close(r3, ct::eye(4)));
}

// §8 test_jacobian_err_check_strict_vectorize
TEST(FunctionalJacobian, ErrCheckStrictVectorize) {
  int calls = 0;
  auto identity = [&](const Tensor& x) {
    ++calls;
    return x;
  };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::jacobian(identity, ct::rand({4}), false, true, true); }, kE22));
  EXPECT_EQ(calls, 1) << "E22 is raised after func has run (Q8)";
  // The output check of strict mode still comes first.
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::jacobian(det_fn, ct::rand({4}), false, true, true); }, E10(0)));
}

// §8 test_jacobian_no_grad
TEST(FunctionalJacobian, NoGrad) {
  Tensor inputs = ct::rand({4, 4});
  Tensor res;
  {
    ct::NoGradGuard no_grad;
    res = ct::jacobian(exp_reducer, inputs);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_FALSE(HasGradFn(res));
  EXPECT_FALSE(res.requires_grad());
  EXPECT_TRUE(NotAllZero(res));
  {
    ct::NoGradGuard no_grad;
    res = ct::jacobian(exp_reducer, inputs, true);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(HasGradFn(res));
  EXPECT_TRUE(NotAllZero(res));
  {
    ct::NoGradGuard no_grad;
    res = ct::jacobian(exp_reducer, inputs, false, false, true);
  }
  EXPECT_FALSE(HasGradFn(res));
  EXPECT_TRUE(NotAllZero(res));
  {
    ct::NoGradGuard no_grad;
    res = ct::jacobian(exp_reducer, inputs, true, false, true);
  }
  EXPECT_TRUE(HasGradFn(res));
  EXPECT_TRUE(Untouched(inputs, false));
}

// §8 test_jacobian_output (vec)
TEST(FunctionalJacobian, Output) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({4, 4});
    Tensor res = ct::jacobian(exp_reducer, inputs, false, false, vec);
    EXPECT_TRUE(Interleaved(res, exp_reducer(inputs), inputs));
    EXPECT_FALSE(HasGradFn(res));

    Tensor in4 = ct::rand({4});
    Tensor r2 = ct::jacobian(clone_fn, in4, false, false, vec);
    EXPECT_TRUE(Interleaved(r2, in4, in4));
    EXPECT_FALSE(HasGradFn(r2));
    EXPECT_TRUE(Close(r2, ct::eye(4)));

    auto add_exp_reducer = [](const Tensor& x, const Tensor& y) { return (x + y.exp()).sum(1); };
    T2 ins{ct::rand({4, 4}), ct::rand({4, 4})};
    auto r3 = ct::jacobian(add_exp_reducer, ins, false, false, vec);
    static_assert(std::is_same_v<decltype(r3), T2>);
    Tensor out = add_exp_reducer(std::get<0>(ins), std::get<1>(ins));
    EXPECT_TRUE(Interleaved(std::get<0>(r3), out, std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(r3), out, std::get<1>(ins)));
    EXPECT_TRUE(NoGradFnAnywhere(r3));
  }
}

TEST(FunctionalJacobian, StructureKinds) {
  Tensor a = ct::tensor({1., 2.});
  Tensor b = ct::tensor({3., 4.});
  // Tensor in, tuple out: an m-tuple.
  auto to_pair = [](const Tensor& x) { return std::tuple{x * 2, x.sum()}; };
  auto j1 = ct::jacobian(to_pair, a);
  static_assert(std::is_same_v<decltype(j1), T2>);
  EXPECT_TRUE(Close(std::get<0>(j1), 2 * ct::eye(2)));
  EXPECT_TRUE(Close(std::get<1>(j1), ct::ones({2})));
  // Vector in, vector out: J[i][j].
  auto fv = [](const TV& in) { return TV{in[0] * in[1], in[0].sum()}; };
  auto jv = ct::jacobian(fv, TV{a, b});
  static_assert(std::is_same_v<decltype(jv), std::vector<TV>>);
  ASSERT_EQ(jv.size(), 2u);
  ASSERT_EQ(jv[0].size(), 2u);
  ASSERT_EQ(jv[1].size(), 2u);
  EXPECT_TRUE(Close(jv[0][0], ct::tensor({{3., 0.}, {0., 4.}})));
  EXPECT_TRUE(Close(jv[0][1], ct::tensor({{1., 0.}, {0., 2.}})));
  EXPECT_TRUE(Close(jv[1][0], ct::tensor({1., 1.})));
  EXPECT_TRUE(Close(jv[1][1], ct::tensor({0., 0.})));
  // Vector in, Tensor out: one entry per input.
  auto jvt = ct::jacobian([](const TV& in) { return in[0] * in[1]; }, TV{a, b});
  static_assert(std::is_same_v<decltype(jvt), TV>);
  ASSERT_EQ(jvt.size(), 2u);
  EXPECT_TRUE(Close(jvt[1], ct::tensor({{1., 0.}, {0., 2.}})));
  // Tensor in, vector out: one entry per output.
  auto jtv = ct::jacobian([](const Tensor& x) { return TV{x * 2, x.sum()}; }, a);
  static_assert(std::is_same_v<decltype(jtv), TV>);
  ASSERT_EQ(jtv.size(), 2u);
  EXPECT_TRUE(Close(jtv[1], ct::ones({2})));
}

// §8 test_jacobian_scalar (vec)
TEST(FunctionalJacobian, Scalar) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({4, 4});
    Tensor res = ct::jacobian(reducer_all, inputs, false, false, vec);
    EXPECT_TRUE(SameSize(res, inputs));
    EXPECT_TRUE(Close(res, ct::ones({4, 4})));
    Tensor s = ct::rand(ct::Shape{});
    Tensor r2 = ct::jacobian(expander, s, false, false, vec);
    EXPECT_TRUE(SameSize(r2, ct::zeros({4})));
    EXPECT_TRUE(Close(r2, ct::ones({4})));
  }
}

// §8 test_jacobian_create_graph (vec)
TEST(FunctionalJacobian, CreateGraph) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({4, 4}, ct::float64).requires_grad_();
    Tensor res = ct::jacobian(exp_reducer, inputs, true, false, vec);
    EXPECT_TRUE(Interleaved(res, exp_reducer(inputs), inputs));
    EXPECT_TRUE(HasGradFn(res));
    ct::TensorFunction f1 = [vec](const TV& a) {
      return TV{ct::jacobian(exp_reducer, a[0], true, false, vec)};
    };
    EXPECT_TRUE(GradcheckOk(f1, {inputs}, false));
    EXPECT_TRUE(GradcheckOk(f1, {inputs}, true));

    auto add_exp_reducer = [](const Tensor& x, const Tensor& y) { return (x + y).exp().sum(1); };
    TV ins{ct::rand({4, 4}, ct::float64).requires_grad_(),
           ct::rand({4, 4}, ct::float64).requires_grad_()};
    auto r2 = ct::jacobian(add_exp_reducer, std::tuple{ins[0], ins[1]}, true, false, vec);
    EXPECT_TRUE(Interleaved(std::get<0>(r2), add_exp_reducer(ins[0], ins[1]), ins[0]));
    EXPECT_TRUE(HasGradFn(std::get<0>(r2)));
    EXPECT_TRUE(HasGradFn(std::get<1>(r2)));
    ct::TensorFunction f2 = [vec, add_exp_reducer](const TV& a) {
      auto j = ct::jacobian(add_exp_reducer, std::tuple{a[0], a[1]}, true, false, vec);
      return TV{std::get<0>(j), std::get<1>(j)};
    };
    EXPECT_TRUE(GradcheckOk(f2, ins, false));
    EXPECT_TRUE(GradcheckOk(f2, ins, true));

    ct::TensorFunction foo = [vec, add_exp_reducer](const TV& a) {
      Tensor x = a[0].cos();
      Tensor y = a[1];
      auto [val, jac] = ct::jacobian(add_exp_reducer, std::tuple{x, y}, true, false, vec);
      Tensor res = val[0].exp().sum() + val[1].exp().sum() + jac[0].exp().sum();
      res = res + jac[1].exp().sum() + x.exp().sum() + y.exp().sum();
      return TV{res};
    };
    EXPECT_TRUE(GradcheckOk(foo, ins, false));
    EXPECT_TRUE(GradcheckOk(foo, ins, true));
  }
}

TEST(FunctionalJacobian, CreateGraphGradientReachesUserInput) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor xr = x3().requires_grad_();
    Tensor J = ct::jacobian([](const Tensor& t) { return t.pow(2); }, xr, true, false, vec);
    EXPECT_TRUE(Close(J, ct::tensor({{2., 0., 0.}, {0., 4., 0.}, {0., 0., 6.}})));
    EXPECT_TRUE(Untouched(xr, true)) << "jacobian itself must not accumulate into .grad";
    J.sum().backward();
    ASSERT_TRUE(xr.grad().defined());
    EXPECT_TRUE(Close(xr.grad(), ct::tensor({2., 2., 2.})));
  }
}

// §9 highlights
TEST(FunctionalJacobian, ExpReducerValues) {
  Tensor x = m22();
  Tensor expected = ct::tensor({{{1.0, 2.7183}, {0.0, 0.0}}, {{0.0, 0.0}, {7.3891, 20.0855}}});
  Tensor loop = ct::jacobian(exp_reducer, x);
  Tensor vec = ct::jacobian(exp_reducer, x, false, false, true);
  Tensor fwd = ct::jacobian(exp_reducer, x, false, false, true, kFwd);
  EXPECT_TRUE(Close(loop, expected, 1e-4, 0));
  EXPECT_TRUE(Close(vec, expected, 1e-4, 0));
  EXPECT_TRUE(Close(fwd, expected, 1e-4, 0));
  EXPECT_TRUE(Close(vec, loop, 1e-6, 1e-6));
  EXPECT_TRUE(Close(fwd, loop, 1e-6, 1e-6));
  Tensor cg = ct::jacobian(exp_reducer, x, true);
  EXPECT_TRUE(Close(cg, expected, 1e-4, 0));
  EXPECT_EQ(cg.grad_fn_name(), "ViewBackward0");
  Tensor cgv = ct::jacobian(exp_reducer, x, true, false, true);
  EXPECT_EQ(cgv.grad_fn_name(), "ViewBackward0");
}

TEST(FunctionalJacobian, ProductAndSumValues) {
  auto f = [](const Tensor& x, const Tensor& y) { return std::tuple{x * y, x.sum()}; };
  T2 ins{ct::tensor({1., 2.}), ct::tensor({3., 4.})};
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    auto J = ct::jacobian(f, ins, false, false, vec);
    EXPECT_TRUE(Close(std::get<0>(std::get<0>(J)), ct::tensor({{3., 0.}, {0., 4.}})));
    EXPECT_TRUE(Close(std::get<1>(std::get<0>(J)), ct::tensor({{1., 0.}, {0., 2.}})));
    EXPECT_TRUE(Close(std::get<0>(std::get<1>(J)), ct::tensor({1., 1.})));
    EXPECT_TRUE(Close(std::get<1>(std::get<1>(J)), ct::tensor({0., 0.})));
  }
  auto Jf = ct::jacobian(f, ins, false, false, true, kFwd);
  static_assert(std::is_same_v<decltype(Jf), std::tuple<T2, T2>>);
  EXPECT_TRUE(SameBlocks(Jf, ct::jacobian(f, ins)));
}

TEST(FunctionalJacobian, ZeroDimValue) {
  for (bool vec : {false, true}) {
    Tensor J =
        ct::jacobian([](const Tensor& x) { return x.pow(2); }, ct::tensor(3.), false, false, vec);
    EXPECT_TRUE(Close(J, ct::tensor(6.)));
  }
  Tensor Jf = ct::jacobian([](const Tensor& x) { return x.pow(2); }, ct::tensor(3.), false, false,
                           true, kFwd);
  EXPECT_TRUE(Close(Jf, ct::tensor(6.)));
}

TEST(FunctionalJacobian, StrictUnusedInputIsE12) {
  auto f = [](const Tensor& x, const Tensor&) { return x * 2; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jacobian(f, std::tuple{x3(), y2()}, false, true);
      },
      E12(0, 1)));
  // Checked per (output, input) pair: output 1 ignores input 0.
  auto g = [](const Tensor& x, const Tensor& y) { return std::tuple{x * y.sum(), y * 2}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jacobian(g, std::tuple{x3(), y2()}, false, true);
      },
      E12(1, 0)));
  auto J = ct::jacobian(g, std::tuple{x3(), y2()});
  EXPECT_TRUE(AllZero(std::get<0>(std::get<1>(J))));
  EXPECT_EQ(std::get<0>(std::get<1>(J)).shape(), ct::Shape({2, 3}));
}

TEST(FunctionalJacobian, StrictRejectsAnyNonDifferentiableOutput) {
  auto f = [](const Tensor& a, const Tensor& b) { return std::tuple{a * 2, b.detach()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jacobian(f, std::tuple{x3(), y2()}, false, true);
      },
      E10(1)));
}

TEST(FunctionalJacobian, StrictCreateGraphNamesInputIndexQ1) {
  // torch 1.13 names the OUTPUT index here ("input 0"); cotangent names the
  // input whose gradient is constant (decision Q1).
  auto f = [](const Tensor& x, const Tensor& y) { return x.pow(2) + y.sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::jacobian(f, std::tuple{x3(), x3()}, true, true);
      },
      E13(1)));
  // Non-strict: fine, the constant block has no graph.
  auto J = ct::jacobian(f, std::tuple{x3(), x3()}, true, false);
  EXPECT_TRUE(HasGradFn(std::get<0>(J)));
  EXPECT_TRUE(Close(std::get<1>(J), ct::ones({3, 3})));
}

TEST(FunctionalJacobian, ZeroElementOutputQ6) {
  auto f = [](const Tensor& x) { return x.slice(0, 0, 0); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jacobian(f, x3()); }, kQ6));
  Tensor jv = ct::jacobian(f, x3(), false, false, true);
  EXPECT_EQ(jv.shape(), ct::Shape({0, 3}));
  Tensor jf = ct::jacobian(f, x3(), false, false, true, kFwd);
  EXPECT_EQ(jf.shape(), ct::Shape({0, 3}));
}

TEST(FunctionalJacobian, DtypeRule) {
  // float64 input, float32 output: reverse mode gives the input dtype,
  // forward mode the output dtype.
  Tensor x64 = ct::tensor({1., 2.}, ct::float64);
  auto f = [](const Tensor& x) { return x.to(ct::float32) * 2; };
  EXPECT_EQ(ct::jacobian(f, x64).dtype(), ct::float64);
  EXPECT_EQ(ct::jacobian(f, x64, false, false, true).dtype(), ct::float64);
  Tensor jf = ct::jacobian(f, x64, false, false, true, kFwd);
  EXPECT_EQ(jf.dtype(), ct::float32);
  EXPECT_TRUE(Close(jf, 2 * ct::eye(2)));
}

TEST(FunctionalJacobian, ForwardModeErrors) {
  int calls = 0;
  auto f = [&](const Tensor& x) {
    ++calls;
    return x * 2;
  };
  Tensor x = x3();
  // create_graph first (E24), then strict (E23), then inputs, then vectorize (E25).
  EXPECT_TRUE(Raises<ct::NotImplementedError>(
      [&] { (void)ct::jacobian(f, x, true, true, true, kFwd); }, kE24));
  EXPECT_TRUE(Raises<ct::NotImplementedError>(
      [&] { (void)ct::jacobian(f, x, true, false, false, kFwd); }, kE24));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(f, x, false, true, true, kFwd); }, kE23));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(f, x, false, true, false, kFwd); }, kE23));
  EXPECT_TRUE(Raises<ct::NotImplementedError>(
      [&] { (void)ct::jacobian(f, x, false, false, false, kFwd); }, kE25));
  auto f2 = [&](const Tensor& a, const Tensor&) {
    ++calls;
    return a;
  };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)ct::jacobian(f2, std::tuple{x, Tensor()}, false, false, false, kFwd);
      },
      TypeErrIndex("jacobian", "inputs", 1)));
  EXPECT_EQ(calls, 0) << "these are raised before func is called";
  // A non-Tensor output (Q4: the fixed text names jacobian).
  auto bad = [](const Tensor& a) { return std::tuple{a * 2, Tensor()}; };
  EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)ct::jacobian(bad, x, false, false, true, kFwd); },
                                    TypeErrIndex("jacobian", kOutputs, 1)));
}

TEST(FunctionalJacobian, ForwardModeStructureAndDetachedQ5) {
  Tensor a = x3().requires_grad_();
  Tensor b = x3() + 1;
  auto f = [](const Tensor& x, const Tensor& y) { return x * y; };
  auto J = ct::jacobian(f, std::tuple{a, b}, false, false, true, kFwd);
  static_assert(std::is_same_v<decltype(J), T2>);
  EXPECT_TRUE(Close(std::get<0>(J), ct::tensor({{2., 0., 0.}, {0., 3., 0.}, {0., 0., 4.}})));
  EXPECT_TRUE(Close(std::get<1>(J), ct::tensor({{1., 0., 0.}, {0., 2., 0.}, {0., 0., 3.}})));
  EXPECT_TRUE(NoGradFnAnywhere(J));
  EXPECT_TRUE(Untouched(a, true));
  EXPECT_TRUE(Untouched(b, false));
  Tensor Js = ct::jacobian([](const Tensor& x) { return x * 2; }, a, false, false, true, kFwd);
  EXPECT_FALSE(Js.requires_grad());
  EXPECT_FALSE(HasGradFn(Js));
  auto Jv = ct::jacobian([](const TV& in) { return TV{in[0] * in[1]}; }, TV{a, b}, false, false,
                         true, kFwd);
  static_assert(std::is_same_v<decltype(Jv), std::vector<TV>>);
  ASSERT_EQ(Jv.size(), 1u);
  ASSERT_EQ(Jv[0].size(), 2u);
  EXPECT_TRUE(
      SameBlocks(Jv, ct::jacobian([](const TV& in) { return TV{in[0] * in[1]}; }, TV{a, b})));
}

TEST(FunctionalJacobian, ForwardModeConstantOutputAndNoGrad) {
  // Missing tangents become zeros of the output's shape.
  Tensor Jc =
      ct::jacobian([](const Tensor&) { return ct::ones({2}); }, x3(), false, false, true, kFwd);
  EXPECT_EQ(Jc.shape(), ct::Shape({2, 3}));
  EXPECT_TRUE(AllZero(Jc));
  // Works under no_grad and restores the mode.
  Tensor J;
  {
    ct::NoGradGuard no_grad;
    J = ct::jacobian([](const Tensor& x) { return x.pow(2); }, x3(), false, false, true, kFwd);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(Close(J, ct::tensor({{2., 0., 0.}, {0., 4., 0.}, {0., 0., 6.}})));
  EXPECT_FALSE(HasGradFn(J));
}

TEST(FunctionalJacobian, StrategyOutsideEnumIsE26) {
  // E26 cannot arise from a named enumerator; a value outside the enum still
  // gets torch's AssertionError text (docs/semantics.md), before func runs.
  int calls = 0;
  auto f = [&](const Tensor& x) {
    ++calls;
    return x.pow(2);
  };
  const auto bad = static_cast<ct::Strategy>(7);
  EXPECT_TRUE(Raises<ct::AssertionError>(
      [&] { (void)ct::jacobian(f, x3(), false, false, true, bad); },
      "Expected strategy to be either \"forward-mode\" or \"reverse-mode\". Hint: If your "
      "function has more outputs than inputs, \"forward-mode\" tends to be more performant. "
      "Otherwise, prefer to use \"reverse-mode\"."));
  auto g = [&](const Tensor& x) {
    ++calls;
    return x.pow(3).sum();
  };
  EXPECT_TRUE(Raises<ct::AssertionError>(
      [&] { (void)ct::hessian(g, x3(), false, false, true, bad); },
      "Expected strategy to be either \"forward-mode\" or \"reverse-mode\"."));
  EXPECT_EQ(calls, 0);
  // hessian checks its inputs first.
  EXPECT_TRUE(
      Raises<ct::TypeError>([&] { (void)ct::hessian(g, Tensor(), false, false, true, bad); },
                            TypeErrGiven("hessian", "inputs")));
}

TEST(FunctionalJacobian, IntegerInputIsE27) {
  Tensor xi = ct::tensor({1, 2, 3});
  auto f = [](const Tensor& t) { return t * 2; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::jacobian(f, xi); }, kE27));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::jacobian(f, xi, false, false, true); }, kE27));
  // torch 1.13's forward mode raises ValueError("Expected primal to be
  // floating point or complex, but got: torch.int64"); any ct::Error is fine here.
  EXPECT_THROW((void)ct::jacobian(f, xi, false, false, true, kFwd), ct::Error);
}

TEST(FunctionalJacobian, EmptyInputsIsIndexError) {
  Tensor x = x3();
  auto f0 = [x]() { return x * 2; };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::jacobian(f0, std::tuple<>{}); }, kQ7, true));
  EXPECT_TRUE(Raises<ct::IndexError>(
      [&] { (void)ct::jacobian(f0, std::tuple<>{}, false, false, true); }, kQ7, true));
  // torch's _construct_standard_basis_for: a bare assert
  EXPECT_TRUE(Raises<ct::AssertionError>(
      [&] { (void)ct::jacobian(f0, std::tuple<>{}, false, false, true, kFwd); }, ""));
  auto fv = [x](const TV&) { return x * 2; };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::jacobian(fv, TV{}); }, kQ7, true));
}

TEST(FunctionalJacobian, OneTupleKeepsTupleness) {
  auto f = [](const Tensor& x) { return std::tuple{x.pow(3)}; };
  auto J = ct::jacobian(f, std::tuple{x3()});
  static_assert(std::is_same_v<decltype(J), std::tuple<std::tuple<Tensor>>>);
  Tensor expected = ct::tensor({{3., 0., 0.}, {0., 12., 0.}, {0., 0., 27.}});
  EXPECT_TRUE(Close(std::get<0>(std::get<0>(J)), expected));
  auto J2 = ct::jacobian(f, x3());
  static_assert(std::is_same_v<decltype(J2), std::tuple<Tensor>>);
  EXPECT_TRUE(Close(std::get<0>(J2), expected));
  auto J3 = ct::jacobian([](const Tensor& x) { return x.pow(3); }, std::tuple{x3()});
  static_assert(std::is_same_v<decltype(J3), std::tuple<Tensor>>);
  EXPECT_TRUE(Close(std::get<0>(J3), expected));
}

TEST(FunctionalJacobian, CapturedTensorGivesZeros) {
  Tensor xr = x3().requires_grad_();
  auto f = [xr](const Tensor&) { return xr * 2; };
  EXPECT_TRUE(AllZero(ct::jacobian(f, xr)));
  EXPECT_TRUE(AllZero(ct::jacobian(f, xr, false, false, true)));
  EXPECT_TRUE(Untouched(xr, true));
}

TEST(FunctionalJacobian, UserInputsUntouched) {
  Tensor x = x3();
  Tensor xr = x3().requires_grad_();
  auto sq = [](const Tensor& t) { return t.pow(2); };
  for (bool vec : {false, true}) {
    (void)ct::jacobian(sq, x, false, false, vec);
    (void)ct::jacobian(sq, xr, false, false, vec);
    (void)ct::jacobian(sq, x, true, false, vec);
    Tensor J = ct::jacobian(sq, xr, false, false, vec);
    EXPECT_FALSE(J.requires_grad());
  }
  (void)ct::jacobian(sq, xr, false, true);
  (void)ct::jacobian(sq, x, false, false, true, kFwd);
  (void)ct::jacobian(sq, xr, false, false, true, kFwd);
  EXPECT_TRUE(Untouched(x, false));
  EXPECT_TRUE(Untouched(xr, true));
}

TEST(FunctionalJacobian, FuncCalledExactlyOnce) {
  int calls = 0;
  auto f = [&](const Tensor& a, const Tensor& b) {
    ++calls;
    return std::tuple{a * b, (a * b).sum()};
  };
  T2 ins{x3(), x3() + 1};
  (void)ct::jacobian(f, ins);
  EXPECT_EQ(calls, 1);
  (void)ct::jacobian(f, ins, false, false, true);
  EXPECT_EQ(calls, 2);
  (void)ct::jacobian(f, ins, false, false, true, kFwd);
  EXPECT_EQ(calls, 3);
  (void)ct::jacobian(f, ins, true, true);
  EXPECT_EQ(calls, 4);
  {
    ct::NoGradGuard no_grad;
    (void)ct::jacobian(f, ins, true, false, true);
  }
  EXPECT_EQ(calls, 5);
}

// §8 test_jacobian_vectorize_raises_no_warnings: nothing is printed.
TEST(FunctionalJacobian, VectorizePrintsNothing) {
  Tensor x = ct::randn({3});
  auto foo = [](const Tensor& a) { return a.pow(2).sum(); };
  ::testing::internal::CaptureStderr();
  ::testing::internal::CaptureStdout();
  (void)ct::jacobian(foo, x, false, false, true);
  (void)ct::jacobian(foo, x, false, false, true, kFwd);
  std::string out = ::testing::internal::GetCapturedStdout();
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
}

// §8 test_jacobian_vectorize_correctness_*: loop == vectorize == forward mode.
template <class F, class In>
void CheckJacobianVectorize(F f, const In& inputs, bool test_forward = true) {
  auto expected =
      Try("loop jacobian", [&] { return ct::jacobian(f, inputs, false, false, false); });
  auto vec =
      Try("vectorized jacobian", [&] { return ct::jacobian(f, inputs, false, false, true); });
  static_assert(std::is_same_v<decltype(vec), decltype(expected)>);
  if (expected && vec) {
    EXPECT_TRUE(SameBlocks(*vec, *expected)) << "vectorize=true vs loop";
  }
  if (test_forward) {
    auto fwd = Try("forward-mode jacobian",
                   [&] { return ct::jacobian(f, inputs, false, false, true, kFwd); });
    static_assert(std::is_same_v<decltype(fwd), decltype(expected)>);
    if (expected && fwd) {
      EXPECT_TRUE(SameBlocks(*fwd, *expected)) << "forward mode vs loop";
    }
  }
}

TEST(FunctionalJacobianVectorize, Simple) {
  auto f = [](const Tensor& x) { return 3 * x.pow(2); };
  CheckJacobianVectorize(f, ct::randn({2, 3, 5}));
}

TEST(FunctionalJacobianVectorize, MultiInput) {
  auto f = [](const Tensor& x, const Tensor& y) { return ct::matmul(x.cos() * x, y.sin()); };
  CheckJacobianVectorize(f, std::tuple{ct::randn({2, 3}), ct::randn({3, 5})});
}

TEST(FunctionalJacobianVectorize, MultiInputMultiOutput) {
  auto f = [](const Tensor& x, const Tensor& y) {
    return std::tuple{ct::matmul(x * x, y), ct::matmul(x, x.sum(1) * y), y.sum()};
  };
  CheckJacobianVectorize(f, std::tuple{ct::randn({5, 3}), ct::randn({3, 5})});
}

TEST(FunctionalJacobianVectorize, UnrelatedOutputs) {
  auto f = [](const Tensor& x, const Tensor& y) { return std::tuple{x, y, x, y}; };
  CheckJacobianVectorize(f, std::tuple{ct::randn({2}), ct::randn({3})});
}

TEST(FunctionalJacobianVectorize, ZeroDim) {
  auto f = [](const Tensor& x, const Tensor& y) { return std::tuple{x.sum(), y.sum(), x * y}; };
  CheckJacobianVectorize(f, std::tuple{ct::randn({3}), ct::randn({3})});
  auto g = [](const Tensor& x) { return ct::stack({x, x, x}); };
  CheckJacobianVectorize(g, ct::randn(ct::Shape{}));
  auto h = [](const Tensor& x, const Tensor& y) { return std::tuple{y.sum(), x * y}; };
  CheckJacobianVectorize(h, std::tuple{ct::randn(ct::Shape{}), ct::randn({1})});
}

TEST(FunctionalJacobianVectorize, DifferentDtype) {
  auto f = [](const Tensor& x, const Tensor& y) {
    return std::tuple{(x * y).to(ct::float32), (x * y).to(ct::float64)};
  };
  T2 ins{ct::randn({3}), ct::randn({3})};
  // Reverse mode: the dtype of the input; forward mode: that of the output.
  CheckJacobianVectorize(f, ins, /*test_forward=*/false);
  auto J = ct::jacobian(f, ins);
  EXPECT_EQ(std::get<1>(std::get<1>(J)).dtype(), ct::float32);
  auto Jf = ct::jacobian(f, ins, false, false, true, kFwd);
  EXPECT_EQ(std::get<1>(std::get<0>(Jf)).dtype(), ct::float32);
  EXPECT_EQ(std::get<1>(std::get<1>(Jf)).dtype(), ct::float64);
  EXPECT_TRUE(SameBlocks(Jf, J, 1e-5, 1e-4, /*check_dtype=*/false));
}

TEST(FunctionalJacobianVectorize, VectorForm) {
  auto f = [](const TV& in) { return TV{ct::matmul(in[0], in[1]), in[0].exp().sum()}; };
  CheckJacobianVectorize(f, TV{ct::randn({2, 3}), ct::randn({3, 2})});
}

// Broadcasting operands, the pattern inside the cases above that the batched
// backward must reduce (x.sum(1) * y, x * y with 0-dim x, x * x.sum()).
TEST(FunctionalJacobianVectorize, BroadcastingOperands) {
  {
    SCOPED_TRACE("x * x.sum()");
    CheckJacobianVectorize([](const Tensor& x) { return x * x.sum(); }, x3());
  }
  {
    SCOPED_TRACE("0-dim x * y");
    CheckJacobianVectorize([](const Tensor& x, const Tensor& y) { return x * y; },
                           std::tuple{ct::tensor(2.), y2()});
  }
  {
    SCOPED_TRACE("x(3) * y(2,3)");
    CheckJacobianVectorize([](const Tensor& x, const Tensor& y) { return x * y; },
                           std::tuple{x3(), ct::ones({2, 3})});
  }
  {
    SCOPED_TRACE("x(3) + y(2,3)");
    CheckJacobianVectorize([](const Tensor& x, const Tensor& y) { return x + y; },
                           std::tuple{x3(), ct::ones({2, 3})});
  }
}

// =====================================================================
//                               hessian
// =====================================================================

// §8 test_hessian_err_check (vec)
TEST(FunctionalHessian, ErrCheck) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inp = ct::rand({4});
    int calls = 0;
    auto f2 = [&](const Tensor& a, const Tensor&) {
      ++calls;
      return foo3_exp_sum(a);
    };
    EXPECT_TRUE(Raises<ct::TypeError>(
        [&] {
          (void)ct::hessian(f2, std::tuple{inp, Tensor()}, false, false, vec);
        },
        TypeErrIndex("hessian", "inputs", 1)));
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(
        Raises<ct::TypeError>([&] { (void)ct::hessian(foo3_exp_sum, Tensor(), false, false, vec); },
                              TypeErrGiven("hessian", "inputs")));

    auto bar = [](const Tensor& a) { return std::tuple{foo3(a), Tensor()}; };
    EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)ct::hessian(bar, inp, false, false, vec); },
                                      TypeErrIndex("hessian", kOutputs, 1)));
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(foo3, inp, false, false, vec); },
                                         E21("hessian")));
    auto bar3 = [](const Tensor& a) { return std::tuple{foo3(a), foo3(a)}; };
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(bar3, inp, false, false, vec); },
                                         E20("hessian")));

    Tensor res = ct::hessian(foo3_exp_sum, inp, false, false, vec);
    EXPECT_TRUE(Interleaved(res, inp, inp));
    Tensor d = 3 * inp.exp();
    d.select(0, 3).fill_(0.0);
    Tensor expected = ct::zeros({4, 4});
    for (int i = 0; i < 4; ++i) expected.select(0, i).select(0, i).copy_(d.select(0, i));
    EXPECT_TRUE(Close(res, expected));

    T2 ins{ct::rand({4}), ct::rand({5})};
    auto H = ct::hessian(foo_ab, ins, false, false, vec);
    static_assert(std::is_same_v<decltype(H), std::tuple<T2, T2>>);
    EXPECT_TRUE(Interleaved(std::get<0>(std::get<0>(H)), std::get<0>(ins), std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<0>(H)), std::get<0>(ins), std::get<1>(ins)));
    EXPECT_TRUE(Interleaved(std::get<0>(std::get<1>(H)), std::get<1>(ins), std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<1>(H)), std::get<1>(ins), std::get<1>(ins)));
    Tensor cross = ct::zeros({4, 5});
    for (int i = 0; i < 3; ++i) cross.select(0, i).select(0, i).fill_(3.0);
    EXPECT_TRUE(AllZero(std::get<0>(std::get<0>(H))));
    EXPECT_TRUE(Close(std::get<1>(std::get<0>(H)), cross));
    EXPECT_TRUE(Close(std::get<0>(std::get<1>(H)), cross.t()));
    EXPECT_TRUE(AllZero(std::get<1>(std::get<1>(H))));
  }
}

// §8 test_hessian_err_check_strict
TEST(FunctionalHessian, ErrCheckStrict) {
  Tensor inp = ct::rand({4});
  auto foo = [](const Tensor& a) { return a.detach().sum(); };
  auto bar = [](const Tensor& a) { return disc_fn(a).sum(); };
  auto bar2 = [](const Tensor& a) { return (3 * a).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(foo, inp, false, true); }, E10(0)));
  Tensor r1 = ct::hessian(foo, inp, false, false);
  EXPECT_TRUE(Interleaved(r1, inp, inp));
  EXPECT_TRUE(AllZero(r1));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(bar, inp, false, true); }, E15(0)));
  Tensor r2 = ct::hessian(bar, inp, false, false);
  EXPECT_TRUE(Interleaved(r2, inp, inp));
  EXPECT_TRUE(AllZero(r2));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(bar2, inp, false, true); }, E15(0)));
  Tensor r3 = ct::hessian(bar2, inp, false, false);
  EXPECT_TRUE(Interleaved(r3, inp, inp));
  EXPECT_TRUE(AllZero(r3));
}

// §8 test_hessian_err_check_strict_vectorize
TEST(FunctionalHessian, ErrCheckStrictVectorize) {
  int calls = 0;
  auto foo = [&](const Tensor& x) {
    ++calls;
    return x.pow(3).sum();
  };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)ct::hessian(foo, ct::rand({4}), false, true, true); }, kE22));
  EXPECT_EQ(calls, 1);
}

// §8 test_hessian_no_grad
TEST(FunctionalHessian, NoGrad) {
  Tensor inputs = ct::rand({2, 2});
  Tensor res;
  {
    ct::NoGradGuard no_grad;
    res = ct::hessian(pow_reducer, inputs);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_FALSE(HasGradFn(res));
  EXPECT_FALSE(HasGradFn(res[0][0]));
  EXPECT_FALSE(HasGradFn(res[1][1]));
  EXPECT_FALSE(res.requires_grad());
  EXPECT_TRUE(NotAllZero(res));
  {
    ct::NoGradGuard no_grad;
    res = ct::hessian(pow_reducer, inputs, true);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(HasGradFn(res));
  EXPECT_TRUE(HasGradFn(res[0][0]));
  EXPECT_TRUE(HasGradFn(res[1][1]));
  EXPECT_TRUE(NotAllZero(res));
  EXPECT_TRUE(Untouched(inputs, false));
}

// §8 test_hessian_output (vec)
TEST(FunctionalHessian, Output) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({2, 2});
    Tensor res = ct::hessian(pow_reducer, inputs, false, false, vec);
    EXPECT_TRUE(Interleaved(res, inputs, inputs));
    EXPECT_FALSE(HasGradFn(res));

    T2 ins{ct::rand({2, 2}), ct::rand({2, 2})};
    auto H = ct::hessian(add_pow_reducer, ins, false, false, vec);
    static_assert(std::is_same_v<decltype(H), std::tuple<T2, T2>>);
    EXPECT_TRUE(Interleaved(std::get<0>(std::get<0>(H)), std::get<0>(ins), std::get<0>(ins)));
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<1>(H)), std::get<1>(ins), std::get<1>(ins)));
    EXPECT_TRUE(NoGradFnAnywhere(H));
  }
}

// §8 test_hessian_scalar (vec)
TEST(FunctionalHessian, Scalar) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({4, 4});
    Tensor res = ct::hessian(reducer_all, inputs, false, false, vec);
    EXPECT_TRUE(Interleaved(res, inputs, inputs));
    EXPECT_TRUE(AllZero(res));
    Tensor s = ct::rand(ct::Shape{});
    Tensor r2 = ct::hessian(reducer_all, s, false, false, vec);
    EXPECT_TRUE(SameSize(r2, s));
    auto bad_reducer = [](const Tensor& x) { return x.sum().view({1, 1, 1}); };
    Tensor r3 = ct::hessian(bad_reducer, inputs, false, false, vec);
    EXPECT_TRUE(Interleaved(r3, inputs, inputs));
    Tensor r4 = ct::hessian(
        [](const Tensor& x) {
          return x.pow(3).sum().view({1, 1, 1});
        },
        ct::tensor(2.), false, false, vec);
    EXPECT_TRUE(Close(r4, ct::tensor(12.)));
  }
}

// §8 test_hessian_create_graph (vec)
TEST(FunctionalHessian, CreateGraph) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor inputs = ct::rand({2, 2}, ct::float64).requires_grad_();
    Tensor res = ct::hessian(pow_reducer, inputs, true, false, vec);
    EXPECT_TRUE(Interleaved(res, inputs, inputs));
    EXPECT_TRUE(HasGradFn(res));
    ct::TensorFunction f1 = [vec](const TV& a) {
      return TV{ct::hessian(pow_reducer, a[0], true, false, vec)};
    };
    EXPECT_TRUE(GradcheckOk(f1, {inputs}, false));
    EXPECT_TRUE(GradcheckOk(f1, {inputs}, true));

    TV ins{ct::rand({2, 2}, ct::float64).requires_grad_(),
           ct::rand({2, 2}, ct::float64).requires_grad_()};
    auto H = ct::hessian(add_pow_reducer, std::tuple{ins[0], ins[1]}, true, false, vec);
    EXPECT_TRUE(Interleaved(std::get<1>(std::get<0>(H)), ins[0], ins[1]));
    EXPECT_TRUE(GradFnEverywhere(H));
    ct::TensorFunction f2 = [vec](const TV& a) {
      return Flat(ct::hessian(add_pow_reducer, std::tuple{a[0], a[1]}, true, false, vec));
    };
    EXPECT_TRUE(GradcheckOk(f2, ins, false));
    EXPECT_TRUE(GradcheckOk(f2, ins, true));

    ct::TensorFunction foo = [vec](const TV& a) {
      Tensor x = a[0].cos();
      Tensor y = a[1];
      auto [val, hess] = ct::hessian(add_pow_reducer, std::tuple{x, y}, true, false, vec);
      Tensor res = std::get<0>(val).cos().sum() + std::get<1>(val).cos().sum() +
                   std::get<0>(hess).cos().sum();
      res = res + std::get<1>(hess).cos().sum() + x.cos().sum() + y.cos().sum();
      return TV{res};
    };
    EXPECT_TRUE(GradcheckOk(foo, ins, false));
    EXPECT_TRUE(GradcheckOk(foo, ins, true));
  }
}

TEST(FunctionalHessian, CreateGraphGradientReachesUserInput) {
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    Tensor xr = x3().requires_grad_();
    Tensor H = ct::hessian(pow_reducer, xr, true, false, vec);
    EXPECT_TRUE(Close(H, ct::tensor({{6., 0., 0.}, {0., 12., 0.}, {0., 0., 18.}})));
    EXPECT_TRUE(Untouched(xr, true));
    H.sum().backward();
    ASSERT_TRUE(xr.grad().defined());
    EXPECT_TRUE(Close(xr.grad(), ct::tensor({6., 6., 6.})));
  }
}

// §9 highlights
TEST(FunctionalHessian, PowValues) {
  Tensor x = ct::tensor({{1., 2.}, {3., 4.}});
  Tensor expected = ct::zeros({2, 2, 2, 2});
  expected.select(0, 0).select(0, 0).select(0, 0).select(0, 0).fill_(6.0);
  expected.select(0, 0).select(0, 1).select(0, 0).select(0, 1).fill_(12.0);
  expected.select(0, 1).select(0, 0).select(0, 1).select(0, 0).fill_(18.0);
  expected.select(0, 1).select(0, 1).select(0, 1).select(0, 1).fill_(24.0);
  EXPECT_TRUE(Close(ct::hessian(pow_reducer, x), expected));
  EXPECT_TRUE(Close(ct::hessian(pow_reducer, x, false, false, true), expected));
  EXPECT_TRUE(Close(ct::hessian(pow_reducer, x, false, false, true, kFwd), expected));
}

TEST(FunctionalHessian, TwoInputValues) {
  auto f = [](const Tensor& x, const Tensor& y) { return (2 * x.pow(2) + 3 * y.pow(2)).sum(); };
  T2 ins{ct::tensor({1., 2.}), ct::tensor({3., 4.})};
  auto H = ct::hessian(f, ins);
  EXPECT_TRUE(Close(std::get<0>(std::get<0>(H)), 4 * ct::eye(2)));
  EXPECT_TRUE(Close(std::get<1>(std::get<0>(H)), ct::zeros({2, 2})));
  EXPECT_TRUE(Close(std::get<0>(std::get<1>(H)), ct::zeros({2, 2})));
  EXPECT_TRUE(Close(std::get<1>(std::get<1>(H)), 6 * ct::eye(2)));
}

TEST(FunctionalHessian, LinearStrictAndNonStrict) {
  auto lin = [](const Tensor& x) { return (3 * x).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(lin, x3(), false, true); }, E15(0)));
  // E15 comes before the create_graph check.
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(lin, x3(), true, true); }, E15(0)));
  Tensor H = ct::hessian(lin, x3());
  EXPECT_EQ(H.shape(), ct::Shape({3, 3}));
  EXPECT_TRUE(AllZero(H));
}

TEST(FunctionalHessian, SeparableStrictIsE12) {
  auto f = [](const Tensor& x, const Tensor& y) { return x.pow(3).sum() + y.pow(3).sum(); };
  T2 ins{ct::tensor({1., 2.}), ct::tensor({3.})};
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(f, ins, false, true); }, E12(0, 1)));
  auto H = ct::hessian(f, ins);
  EXPECT_TRUE(Close(std::get<0>(std::get<0>(H)), ct::tensor({{6., 0.}, {0., 12.}})));
  EXPECT_EQ(std::get<1>(std::get<0>(H)).shape(), ct::Shape({2, 1}));
  EXPECT_EQ(std::get<0>(std::get<1>(H)).shape(), ct::Shape({1, 2}));
  EXPECT_TRUE(AllZero(std::get<1>(std::get<0>(H))));
  EXPECT_TRUE(AllZero(std::get<0>(std::get<1>(H))));
  EXPECT_TRUE(Close(std::get<1>(std::get<1>(H)), ct::tensor({{18.}})));
}

TEST(FunctionalHessian, StrictUnusedInputIsE15) {
  auto f = [](const Tensor& x, const Tensor&) { return x.pow(3).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)ct::hessian(f, std::tuple{x3(), x3()}, false, true);
      },
      E15(1)));
}

TEST(FunctionalHessian, StrictCreateGraphIsStructural) {
  // §9: torch raises nothing for (x**2).sum() with strict+create_graph
  // (pow's backward keeps x in the graph) and returns 2·I with a grad_fn.
  // The check is structural (Q3, kept): cotangent's formulas decide, so
  // either outcome is accepted, but an error must be exactly E13.
  std::optional<Tensor> H;
  try {
    H = ct::hessian([](const Tensor& x) { return x.pow(2).sum(); }, x3(), true, true);
  } catch (const ct::RuntimeError& e) {
    EXPECT_EQ(std::string(e.what()), E13(0));
  }
  if (H) {
    EXPECT_TRUE(Close(*H, 2 * ct::eye(3)));
    EXPECT_TRUE(HasGradFn(*H));
  }
  // Non-strict: 2·I with a graph.
  Tensor H2 = ct::hessian([](const Tensor& x) { return x.pow(2).sum(); }, x3(), true, false);
  EXPECT_TRUE(Close(H2, 2 * ct::eye(3)));
}

TEST(FunctionalHessian, ForwardOuterStrategy) {
  int calls = 0;
  auto f = [&](const Tensor& x) {
    ++calls;
    return x.pow(3).sum();
  };
  Tensor x = x3();
  EXPECT_TRUE(Raises<ct::NotImplementedError>(
      [&] { (void)ct::hessian(f, x, false, false, false, kFwd); }, kE25));
  EXPECT_TRUE(Raises<ct::NotImplementedError>(
      [&] { (void)ct::hessian(f, x, true, false, true, kFwd); }, kE24));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::hessian(f, x, false, true, true, kFwd); }, kE23));
  EXPECT_EQ(calls, 0);
  Tensor Hf = ct::hessian(f, x, false, false, true, kFwd);
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(Close(Hf, ct::tensor({{6., 0., 0.}, {0., 12., 0.}, {0., 0., 18.}})));
  // Q5: detached (torch 1.13 leaves a ReshapeAliasBackward0 here).
  EXPECT_FALSE(HasGradFn(Hf));
  EXPECT_FALSE(Hf.requires_grad());
}

TEST(FunctionalHessian, OneTupleAndTupleOutput) {
  auto H = ct::hessian(pow_reducer, std::tuple{x3()});
  static_assert(std::is_same_v<decltype(H), std::tuple<std::tuple<Tensor>>>);
  EXPECT_TRUE(
      Close(std::get<0>(std::get<0>(H)), ct::tensor({{6., 0., 0.}, {0., 12., 0.}, {0., 0., 18.}})));
  // A 1-tuple output is rejected (E20).
  auto g = [](const Tensor& x) { return std::tuple{x.pow(3).sum()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(g, x3()); }, E20("hessian")));
  auto gv = [](const Tensor& x) { return TV{x.pow(3).sum()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(gv, x3()); }, E20("hessian")));
  // Vector inputs: vector<vector>.
  auto Hv = ct::hessian([](const TV& in) { return add_pow_reducer(in[0], in[1]); }, TV{x3(), x3()});
  static_assert(std::is_same_v<decltype(Hv), std::vector<TV>>);
  ASSERT_EQ(Hv.size(), 2u);
  ASSERT_EQ(Hv[1].size(), 2u);
  EXPECT_TRUE(Close(Hv[0][1], ct::tensor({{12., 0., 0.}, {0., 24., 0.}, {0., 0., 36.}})));
}

TEST(FunctionalHessian, IntegerInputIsE27) {
  Tensor xi = ct::tensor({1, 2, 3});
  auto f = [](const Tensor& t) { return (t * 2).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::hessian(f, xi); }, kE27));
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::hessian(f, xi, false, false, true); }, kE27));
}

TEST(FunctionalHessian, EmptyInputsIsIndexError) {
  Tensor x = x3();
  auto f0 = [x]() { return x.sum(); };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::hessian(f0, std::tuple<>{}); }, kQ7, true));
  auto fv = [x](const TV&) { return x.sum(); };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::hessian(fv, TV{}); }, kQ7, true));
}

TEST(FunctionalHessian, CapturedTensorGivesZeros) {
  Tensor xr = x3().requires_grad_();
  auto f = [xr](const Tensor&) { return xr.pow(3).sum(); };
  EXPECT_TRUE(AllZero(ct::hessian(f, xr)));
  EXPECT_TRUE(Untouched(xr, true));
}

TEST(FunctionalHessian, UserInputsUntouched) {
  Tensor x = x3();
  Tensor xr = x3().requires_grad_();
  for (bool vec : {false, true}) {
    (void)ct::hessian(pow_reducer, x, false, false, vec);
    (void)ct::hessian(pow_reducer, xr, false, false, vec);
    (void)ct::hessian(pow_reducer, x, true, false, vec);
    Tensor H = ct::hessian(pow_reducer, xr, false, false, vec);
    EXPECT_FALSE(H.requires_grad());
  }
  (void)ct::hessian(pow_reducer, xr, false, true);
  (void)ct::hessian(pow_reducer, x, false, false, true, kFwd);
  (void)ct::hessian(pow_reducer, xr, false, false, true, kFwd);
  EXPECT_TRUE(Untouched(x, false));
  EXPECT_TRUE(Untouched(xr, true));
}

TEST(FunctionalHessian, FuncCalledExactlyOnce) {
  int calls = 0;
  auto f = [&](const Tensor& a, const Tensor& b) {
    ++calls;
    return (a * b).pow(2).sum();
  };
  T2 ins{x3(), x3() + 1};
  (void)ct::hessian(f, ins);
  EXPECT_EQ(calls, 1);
  (void)ct::hessian(f, ins, false, false, true);
  EXPECT_EQ(calls, 2);
  (void)ct::hessian(f, ins, false, false, true, kFwd);
  EXPECT_EQ(calls, 3);
  (void)ct::hessian(f, ins, true, true);
  EXPECT_EQ(calls, 4);
  {
    ct::NoGradGuard no_grad;
    (void)ct::hessian(f, ins, true, false, true);
  }
  EXPECT_EQ(calls, 5);
}

// §8 test_hessian_vectorize_raises_no_warnings: nothing is printed.
TEST(FunctionalHessian, VectorizePrintsNothing) {
  Tensor x = ct::randn({3});
  auto foo = [](const Tensor& a) { return a.pow(2).sum(); };
  ::testing::internal::CaptureStderr();
  ::testing::internal::CaptureStdout();
  (void)ct::hessian(foo, x, false, false, true);
  (void)ct::hessian(foo, x, false, false, true, kFwd);
  std::string out = ::testing::internal::GetCapturedStdout();
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
}

// §8 test_hessian_vectorize_correctness_*: loop == vectorize == forward-mode outer.
template <class F, class In>
void CheckHessianVectorize(F f, const In& inputs) {
  auto expected = Try("loop hessian", [&] { return ct::hessian(f, inputs, false, false, false); });
  auto vec = Try("vectorized hessian", [&] { return ct::hessian(f, inputs, false, false, true); });
  static_assert(std::is_same_v<decltype(vec), decltype(expected)>);
  if (expected && vec) {
    EXPECT_TRUE(SameBlocks(*vec, *expected)) << "vectorize=true vs loop";
  }
  auto fwd = Try("forward-outer hessian",
                 [&] { return ct::hessian(f, inputs, false, false, true, kFwd); });
  static_assert(std::is_same_v<decltype(fwd), decltype(expected)>);
  if (expected && fwd) {
    EXPECT_TRUE(SameBlocks(*fwd, *expected)) << "forward outer vs loop";
  }
}

TEST(FunctionalHessianVectorize, Simple) {
  auto f = [](const Tensor& x) { return (3 * x.pow(2)).sum(); };
  CheckHessianVectorize(f, ct::randn({2, 3, 5}));
}

TEST(FunctionalHessianVectorize, MultiInput) {
  auto f = [](const Tensor& x, const Tensor& y, const Tensor& z) {
    return ct::matmul(ct::matmul(x.relu() * x, y.sin()), z).sum();
  };
  CheckHessianVectorize(f, std::tuple{ct::randn({2, 3}), ct::randn({3, 5}), ct::randn({5, 5})});
}

TEST(FunctionalHessianVectorize, UnrelatedOutputs) {
  auto f = [](const Tensor& x, const Tensor&) { return x.pow(2).sum(); };
  CheckHessianVectorize(f, std::tuple{ct::randn({2}), ct::randn({3})});
  auto g = [](const Tensor&, const Tensor&) { return ct::ones(ct::Shape{}); };
  CheckHessianVectorize(g, std::tuple{ct::randn({2}), ct::randn({3})});
  auto H = ct::hessian(g, std::tuple{ct::randn({2}), ct::randn({3})});
  EXPECT_TRUE(AllZero(std::get<1>(std::get<0>(H))));
  EXPECT_EQ(std::get<1>(std::get<0>(H)).shape(), ct::Shape({2, 3}));
}

// =====================================================================
//                             vhp and hvp
// =====================================================================

struct VhpOp {
  static constexpr const char* kName = "vhp";
  template <class F, class In>
  static auto call(F&& f, const In& in, ct::VArg v = {}, bool cg = false, bool strict = false) {
    auto r = ct::vhp(std::forward<F>(f), in, std::move(v), cg, strict);
    return std::pair{r.output, r.vhp};
  }
};
struct HvpOp {
  static constexpr const char* kName = "hvp";
  template <class F, class In>
  static auto call(F&& f, const In& in, ct::VArg v = {}, bool cg = false, bool strict = false) {
    auto r = ct::hvp(std::forward<F>(f), in, std::move(v), cg, strict);
    return std::pair{r.output, r.hvp};
  }
};

// H·v for 3*a[:3].exp().sum(): diag(3 exp(a_i)) on the first three entries.
Tensor Foo3ExpSumHv(const Tensor& a, const Tensor& v) {
  Tensor d = 3 * a.exp();
  d.narrow(0, 3, a.size(0) - 3).fill_(0.0);
  return d * v;
}

// §8 test_{vhp,hvp}_err_check
template <class Op>
void ErrCheckBody() {
  const std::string fn = Op::kName;
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  int calls = 0;
  auto f2 = [&](const Tensor& a, const Tensor&) {
    ++calls;
    return foo3_exp_sum(a);
  };
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)Op::call(f2, std::tuple{inp, Tensor()}, v);
      },
      TypeErrIndex(fn, "inputs", 1)));
  EXPECT_EQ(calls, 0);
  EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)Op::call(foo3_exp_sum, Tensor(), v); },
                                    TypeErrGiven(fn, "inputs")));

  auto bar = [](const Tensor& a) { return std::tuple{foo3(a), Tensor()}; };
  EXPECT_TRUE(
      Raises<ct::TypeError>([&] { (void)Op::call(bar, inp, v); }, TypeErrIndex(fn, kOutputs, 1)));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(foo3, inp, v); }, E21(fn)));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(foo3_exp_sum, inp, ct::rand({5})); },
                                       E9("4", "5")));
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] {
        (void)Op::call(foo3_exp_sum, inp, std::tuple{v, Tensor()});
      },
      TypeErrIndex(fn, "v", 1)));

  auto [out, res] = Op::call(foo3_exp_sum, inp, v);
  static_assert(std::is_same_v<decltype(res), Tensor>);
  EXPECT_TRUE(SameSize(res, inp));
  EXPECT_TRUE(Close(out, foo3_exp_sum(inp)));
  EXPECT_TRUE(Close(res, Foo3ExpSumHv(inp, v)));

  T2 ins{ct::rand({4}), ct::rand({5})};
  T2 vs{ct::rand({4}), ct::rand({5})};
  auto [out2, res2] = Op::call(foo_ab, ins, vs);
  static_assert(std::is_same_v<decltype(res2), T2>);
  EXPECT_TRUE(SameSize(std::get<0>(res2), std::get<0>(ins)));
  EXPECT_TRUE(SameSize(std::get<1>(res2), std::get<1>(ins)));
  // H = [[0, C], [C^T, 0]] with C = 3·I on the first three entries.
  Tensor e0 = 3 * std::get<1>(vs).narrow(0, 0, 3);
  Tensor e1 = 3 * std::get<0>(vs).narrow(0, 0, 3);
  EXPECT_TRUE(Close(std::get<0>(res2), ct::cat({e0, ct::zeros({1})})));
  EXPECT_TRUE(Close(std::get<1>(res2), ct::cat({e1, ct::zeros({2})})));
}
TEST(FunctionalVhp, ErrCheck) { ErrCheckBody<VhpOp>(); }
TEST(FunctionalHvp, ErrCheck) { ErrCheckBody<HvpOp>(); }

// §8 test_{vhp,hvp}_err_check_strict
template <class Op>
void ErrCheckStrictBody() {
  Tensor inp = ct::rand({4});
  Tensor v = ct::rand({4});
  auto foo = [](const Tensor& a) { return a.detach().sum(); };
  auto bar = [](const Tensor& a) { return disc_fn(a).sum(); };
  auto bar2 = [](const Tensor& a) { return (3 * a).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(foo, inp, v, false, true); }, E10(0)));
  auto r1 = Op::call(foo, inp, v, false, false);
  EXPECT_TRUE(SameSize(r1.second, inp));
  EXPECT_TRUE(AllZero(r1.second));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(bar, inp, v, false, true); }, E11(0)));
  auto r2 = Op::call(bar, inp, v, false, false);
  EXPECT_TRUE(SameSize(r2.second, inp));
  EXPECT_TRUE(AllZero(r2.second));

  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(bar2, inp, v, false, true); }, E15(0)));
  auto r3 = Op::call(bar2, inp, v, false, false);
  EXPECT_TRUE(SameSize(r3.second, inp));
  EXPECT_TRUE(AllZero(r3.second));
}
TEST(FunctionalVhp, ErrCheckStrict) { ErrCheckStrictBody<VhpOp>(); }
TEST(FunctionalHvp, ErrCheckStrict) { ErrCheckStrictBody<HvpOp>(); }

// §9: strict with an unused input 1 (E11), and the later-stage messages.
template <class Op>
void StrictMoreBody() {
  auto f = [](const Tensor& x, const Tensor&) { return x.pow(3).sum(); };
  T2 ins{x3(), y2()};
  T2 vs{ct::ones({3}), ct::ones({2})};
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(f, ins, vs, false, true); }, E11(1)));
  auto [out, r] = Op::call(f, ins, vs);
  EXPECT_TRUE(Close(out, ct::tensor(36.)));
  EXPECT_TRUE(Close(std::get<0>(r), ct::tensor({6., 12., 18.})));
  EXPECT_TRUE(Close(std::get<1>(r), ct::tensor({0., 0.})));

  // Linear function with create_graph: E15 before any create_graph check.
  auto lin = [](const Tensor& a) { return (3 * a).sum(); };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)Op::call(lin, x3(), ct::ones({3}), true, true); }, E15(0)));

  // (x*y).sum(): the Jacobian (y, x) depends on the inputs but the Hessian
  // is constant, so strict+create_graph raises E14 (verified on torch 1.13).
  auto bil = [](const Tensor& x, const Tensor& y) { return (x * y).sum(); };
  T2 ins2{x3(), x3() + 1};
  T2 vs2{ct::ones({3}), ct::ones({3})};
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)Op::call(bil, ins2, vs2, true, true); }, E14(0)));
  auto [o2, r2] = Op::call(bil, ins2, vs2, true, false);
  EXPECT_TRUE(Close(o2, ct::tensor(20.)));
  EXPECT_TRUE(Close(std::get<0>(r2), ct::ones({3})));
  EXPECT_TRUE(Close(std::get<1>(r2), ct::ones({3})));

  // (x**2).sum() with strict+create_graph: no error in torch, whose pow
  // backward keeps x in the graph (structural check, Q3 kept): either
  // outcome is accepted, but an error must be exactly E14.
  auto sq = [](const Tensor& x) { return x.pow(2).sum(); };
  try {
    auto [o3, r3] = Op::call(sq, x3(), ct::ones({3}), true, true);
    EXPECT_TRUE(Close(r3, ct::tensor({2., 2., 2.})));
  } catch (const ct::RuntimeError& e) {
    EXPECT_EQ(std::string(e.what()), E14(0));
  }
}
TEST(FunctionalVhp, StrictMore) { StrictMoreBody<VhpOp>(); }
TEST(FunctionalHvp, StrictMore) { StrictMoreBody<HvpOp>(); }

// A Jacobian entry that requires grad but is disconnected from the inputs:
// vhp raises E18 and hvp E19 for it (verified on torch 1.13).
Tensor disc_jac_fn(const Tensor& x, const Tensor& y) {
  return x.pow(2).sum() + (y * disc_fn(y)).sum();
}
TEST(FunctionalVhp, StrictDisconnectedJacobianIsE18) {
  T2 ins{x3(), x3()};
  T2 vs{ct::ones({3}), ct::ones({3})};
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::vhp(disc_jac_fn, ins, vs, false, true); }, E18(1)));
  auto [out, r] = ct::vhp(disc_jac_fn, ins, vs);
  EXPECT_TRUE(Close(out, ct::tensor(28.)));
  EXPECT_TRUE(Close(std::get<0>(r), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(r), ct::tensor({0., 0., 0.})));
}
TEST(FunctionalHvp, StrictDisconnectedJacobianIsE19) {
  T2 ins{x3(), x3()};
  T2 vs{ct::ones({3}), ct::ones({3})};
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)ct::hvp(disc_jac_fn, ins, vs, false, true); }, E19(1)));
  auto [out, r] = ct::hvp(disc_jac_fn, ins, vs);
  EXPECT_TRUE(Close(out, ct::tensor(28.)));
  EXPECT_TRUE(Close(std::get<0>(r), ct::tensor({2., 2., 2.})));
  EXPECT_TRUE(Close(std::get<1>(r), ct::tensor({0., 0., 0.})));
}

// §8 test_{vhp,hvp}_no_grad
template <class Op>
void NoGradBody() {
  auto reducer = [](const Tensor& x) { return x.exp().sum(); };
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4, 4});
  std::optional<std::pair<Tensor, Tensor>> res;
  {
    ct::NoGradGuard no_grad;
    res.emplace(Op::call(reducer, inputs, v));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(ct::is_grad_enabled());
  EXPECT_FALSE(HasGradFn(res->first));
  EXPECT_FALSE(HasGradFn(res->second));
  EXPECT_FALSE(res->second.requires_grad());
  EXPECT_TRUE(NotAllZero(res->second));
  EXPECT_TRUE(Close(res->second, inputs.exp()));
  {
    ct::NoGradGuard no_grad;
    res.emplace(Op::call(reducer, inputs, v, true));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(HasGradFn(res->first));
  EXPECT_TRUE(HasGradFn(res->second));
  EXPECT_TRUE(NotAllZero(res->second));
  EXPECT_TRUE(Untouched(inputs, false));
  EXPECT_TRUE(Untouched(v, false));
}
TEST(FunctionalVhp, NoGrad) { NoGradBody<VhpOp>(); }
TEST(FunctionalHvp, NoGrad) { NoGradBody<HvpOp>(); }

// §8 test_{vhp,hvp}_output
template <class Op>
void OutputBody() {
  Tensor inputs = ct::rand({4, 4});
  Tensor v = ct::ones({4, 4});
  auto [out, res] = Op::call(foo3_exp_sum, inputs, v);
  EXPECT_TRUE(SameSize(res, inputs));
  EXPECT_FALSE(HasGradFn(out));
  EXPECT_FALSE(HasGradFn(res));
  Tensor expected = 3 * inputs.exp();
  expected.select(0, 3).fill_(0.0);
  EXPECT_TRUE(Close(res, expected));

  T2 ins{ct::rand({3}), ct::rand({4})};
  T2 vs{ct::ones({3}), ct::ones({4})};
  auto [out2, val] = Op::call(bar_ab, ins, vs);
  static_assert(std::is_same_v<decltype(out2), Tensor>);
  static_assert(std::is_same_v<decltype(val), T2>);
  EXPECT_TRUE(SameSize(std::get<0>(val), std::get<0>(ins)));
  EXPECT_TRUE(SameSize(std::get<1>(val), std::get<1>(ins)));
  EXPECT_FALSE(HasGradFn(out2));
  EXPECT_TRUE(NoGradFnAnywhere(val));
  // H of sum exp(a + 3 b[:3]): with w = exp(a + 3 b[:3]),
  // H·1 = (4 w, [12 w, 0]).
  Tensor w = (std::get<0>(ins) + 3 * std::get<1>(ins).narrow(0, 0, 3)).exp();
  EXPECT_TRUE(Close(std::get<0>(val), 4 * w));
  EXPECT_TRUE(Close(std::get<1>(val), ct::cat({12 * w, ct::zeros({1})})));

  // Vector form.
  auto fv = [](const TV& in) { return bar_ab(in[0], in[1]); };
  auto [out3, val3] =
      Op::call(fv, TV{std::get<0>(ins), std::get<1>(ins)}, TV{ct::ones({3}), ct::ones({4})});
  static_assert(std::is_same_v<decltype(val3), TV>);
  ASSERT_EQ(val3.size(), 2u);
  EXPECT_TRUE(Close(val3[0], 4 * w));
}
TEST(FunctionalVhp, Output) { OutputBody<VhpOp>(); }
TEST(FunctionalHvp, Output) { OutputBody<HvpOp>(); }

// §8 test_{vhp,hvp}_scalar
template <class Op>
void ScalarBody() {
  auto reducer = [](const Tensor& x) { return x.exp().sum(); };
  Tensor inputs = ct::rand({4, 4});
  auto r1 = Op::call(reducer, inputs, ct::ones({4, 4}));
  EXPECT_TRUE(SameSize(r1.second, inputs));

  Tensor s = ct::rand(ct::Shape{});
  Tensor vs = ct::rand(ct::Shape{});
  auto r2 = Op::call(reducer, s, vs);
  EXPECT_TRUE(SameSize(r2.second, s));
  EXPECT_TRUE(Close(r2.second, s.exp() * vs));
  auto r3 = Op::call(reducer, s);
  EXPECT_TRUE(SameSize(r3.second, s));
  EXPECT_TRUE(Close(r3.second, s.exp()));

  auto bad_reducer = [](const Tensor& x) { return x.exp().sum().view({1, 1, 1}); };
  auto r4 = Op::call(bad_reducer, inputs, ct::rand({4, 4}));
  EXPECT_TRUE(SameSize(r4.second, inputs));
  EXPECT_EQ(r4.first.shape(), ct::Shape({1, 1, 1}));
}
TEST(FunctionalVhp, Scalar) { ScalarBody<VhpOp>(); }
TEST(FunctionalHvp, Scalar) { ScalarBody<HvpOp>(); }

// §8 test_{vhp,hvp}_create_graph
template <class Op>
void CreateGraphBody() {
  Tensor inputs = ct::rand({4, 4}, ct::float64).requires_grad_();
  Tensor v = ct::ones({4, 4}, ct::float64).requires_grad_();
  auto [out, res] = Op::call(foo3_exp_sum, inputs, v, true);
  EXPECT_TRUE(SameSize(res, inputs));
  EXPECT_TRUE(HasGradFn(out));
  EXPECT_TRUE(HasGradFn(res));
  ct::TensorFunction f1 = [](const TV& a) {
    auto r = Op::call(foo3_exp_sum, a[0], a[1], true);
    return TV{r.first, r.second};
  };
  EXPECT_TRUE(GradcheckOk(f1, {inputs, v}, false));
  EXPECT_TRUE(GradcheckOk(f1, {inputs, v}, true));

  TV args{ct::rand({3}, ct::float64).requires_grad_(), ct::rand({4}, ct::float64).requires_grad_(),
          ct::ones({3}, ct::float64).requires_grad_(), ct::ones({4}, ct::float64).requires_grad_()};
  auto [out2, val] =
      Op::call(bar_ab, std::tuple{args[0], args[1]}, std::tuple{args[2], args[3]}, true);
  EXPECT_TRUE(SameSize(std::get<0>(val), args[0]));
  EXPECT_TRUE(HasGradFn(out2));
  EXPECT_TRUE(GradFnEverywhere(val));
  ct::TensorFunction f2 = [](const TV& a) {
    auto r = Op::call(bar_ab, std::tuple{a[0], a[1]}, std::tuple{a[2], a[3]}, true);
    return TV{std::get<0>(r.second), std::get<1>(r.second)};
  };
  EXPECT_TRUE(GradcheckOk(f2, args, false));
  EXPECT_TRUE(GradcheckOk(f2, args, true));

  ct::TensorFunction foo = [](const TV& a) {
    Tensor x = a[0].cos();
    Tensor y = a[1];
    auto [val, grad] = Op::call(bar_ab, std::tuple{x, y}, std::tuple{a[2], a[3]}, true);
    return TV{val.cos() + std::get<0>(grad).cos().sum() + std::get<1>(grad).cos() + x.cos().sum() +
              y.cos()};
  };
  EXPECT_TRUE(GradcheckOk(foo, args, false));
  EXPECT_TRUE(GradcheckOk(foo, args, true));
}
TEST(FunctionalVhp, CreateGraph) { CreateGraphBody<VhpOp>(); }
TEST(FunctionalHvp, CreateGraph) { CreateGraphBody<HvpOp>(); }

template <class Op>
void GradientReachesUserInputBody() {
  Tensor xr = x3().requires_grad_();
  Tensor v = ct::ones({3}).requires_grad_();
  auto [out, r] = Op::call(pow_reducer, xr, v, true);
  EXPECT_TRUE(Close(r, ct::tensor({6., 12., 18.})));
  EXPECT_TRUE(Untouched(xr, true));
  EXPECT_TRUE(Untouched(v, true));
  r.sum().backward();
  ASSERT_TRUE(xr.grad().defined());
  EXPECT_TRUE(Close(xr.grad(), ct::tensor({6., 6., 6.})));  // d(sum 6 x v)/dx = 6 v
  ASSERT_TRUE(v.grad().defined());
  EXPECT_TRUE(Close(v.grad(), ct::tensor({6., 12., 18.})));  // H 1
}
TEST(FunctionalVhp, CreateGraphGradientReachesUserInput) { GradientReachesUserInputBody<VhpOp>(); }
TEST(FunctionalHvp, CreateGraphGradientReachesUserInput) { GradientReachesUserInputBody<HvpOp>(); }

// §9 highlights
template <class Op>
void ValuesBody() {
  Tensor x = ct::tensor({{1., 2.}, {3., 4.}});
  auto [out, r] = Op::call(pow_reducer, x, ct::ones({2, 2}));
  EXPECT_TRUE(Close(out, ct::tensor(100.)));
  EXPECT_TRUE(Close(r, ct::tensor({{6., 12.}, {18., 24.}})));

  auto cube = [](const Tensor& t) { return t.pow(3); };
  auto [o0, r0] = Op::call(cube, ct::tensor(2.));
  EXPECT_TRUE(Close(o0, ct::tensor(8.)));
  EXPECT_TRUE(Close(r0, ct::tensor(12.)));
  auto [o1, r1] = Op::call(cube, ct::tensor(2.), std::nullopt);
  EXPECT_TRUE(Close(r1, ct::tensor(12.)));

  // The output is not squeezed.
  auto sq111 = [](const Tensor& t) { return t.sum().pow(2).view({1, 1, 1}); };
  auto [o2, r2] = Op::call(sq111, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(o2, ct::tensor({{{36.}}})));
  EXPECT_TRUE(Close(r2, ct::tensor({6., 6., 6.})));
}
TEST(FunctionalVhp, Values) { ValuesBody<VhpOp>(); }
TEST(FunctionalHvp, Values) { ValuesBody<HvpOp>(); }

template <class Op>
void OutputKindErrorsBody() {
  const std::string fn = Op::kName;
  auto tup = [](const Tensor& x) { return std::tuple{x.pow(3).sum()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(tup, x3(), ct::ones({3})); }, E20(fn)));
  auto tup2 = [](const Tensor& x) { return std::tuple{x.sum(), x.sum()}; };
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)Op::call(tup2, x3(), ct::ones({3})); }, E20(fn)));
  auto vecout = [](const Tensor& x) { return x.pow(3); };
  EXPECT_TRUE(
      Raises<ct::RuntimeError>([&] { (void)Op::call(vecout, x3(), ct::ones({3})); }, E21(fn)));
  auto bad = [](const Tensor& x) { return std::tuple{x.sum(), Tensor()}; };
  EXPECT_TRUE(Raises<ct::TypeError>([&] { (void)Op::call(bad, x3(), ct::ones({3})); },
                                    TypeErrIndex(fn, kOutputs, 1)));
  EXPECT_TRUE(Raises<ct::TypeError>(
      [&] { (void)Op::call([](const Tensor&) { return Tensor(); }, x3(), ct::ones({3})); },
      TypeErrGiven(fn, kOutputs)));
}
TEST(FunctionalVhp, OutputKindErrors) { OutputKindErrorsBody<VhpOp>(); }
TEST(FunctionalHvp, OutputKindErrors) { OutputKindErrorsBody<HvpOp>(); }

template <class Op>
void VValidationBody() {
  auto sq = [](const Tensor& x) { return (x * x).sum(); };
  auto bil = [](const Tensor& x, const Tensor& y) { return (x * y).sum(); };
  T2 ins{x3(), x3()};
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(sq, x3()); }, kE6));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(bil, ins); }, kE6));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)Op::call(sq, x3(), std::tuple{ct::ones({3}), ct::ones({2})});
      },
      kE7));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(bil, ins, std::tuple{ct::ones({3})}); },
                                       E8(2, 1)));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)Op::call(bil, ins, std::tuple{ct::ones({3}), ct::ones({2})});
      },
      E9("3", "2", 1)));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        (void)Op::call(sq, x3(), ct::ones({1, 3}));
      },
      E9("3", "1, 3")));
  // Q9: v is validated before func runs.
  int calls = 0;
  auto counted = [&](const Tensor& x) {
    ++calls;
    return (x * x).sum();
  };
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(counted, x3(), ct::ones({2})); },
                                       E9("3", "2")));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(counted, x3()); }, kE6));
  EXPECT_EQ(calls, 0);
}
TEST(FunctionalVhp, VValidation) { VValidationBody<VhpOp>(); }
TEST(FunctionalHvp, VValidation) { VValidationBody<HvpOp>(); }

template <class Op>
void MiscBody() {
  const std::string fn = Op::kName;
  // 1-tuple inputs keep their tuple-ness.
  auto [o, r] = Op::call(pow_reducer, std::tuple{x3()}, ct::ones({3}));
  static_assert(std::is_same_v<decltype(r), std::tuple<Tensor>>);
  EXPECT_TRUE(Close(o, ct::tensor(36.)));
  EXPECT_TRUE(Close(std::get<0>(r), ct::tensor({6., 12., 18.})));
  // Integer inputs.
  Tensor xi = ct::tensor({1, 2, 3});
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { (void)Op::call([](const Tensor& t) { return (t * 2).sum(); }, xi, ct::ones({3})); },
      kE27));
  // Empty inputs.
  Tensor x = x3();
  auto f0 = [x]() { return x.sum(); };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)Op::call(f0, std::tuple<>{}, TV{}); }, kQ7, true));
  auto fv = [x](const TV&) { return x.sum(); };
  EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)Op::call(fv, TV{}, TV{}); }, kQ7, true));
  // A captured tensor gives zeros.
  Tensor xr = x3().requires_grad_();
  auto cap = [xr](const Tensor&) { return xr.pow(3).sum(); };
  auto [oc, rc] = Op::call(cap, xr, ct::ones({3}));
  EXPECT_TRUE(AllZero(rc));
  EXPECT_TRUE(Untouched(xr, true));
  // User inputs untouched.
  Tensor xp = x3();
  Tensor v = ct::ones({3});
  (void)Op::call(pow_reducer, xp, v);
  (void)Op::call(pow_reducer, xr, v);
  (void)Op::call(pow_reducer, xp, v, true);
  (void)Op::call(pow_reducer, xr, v, false, true);
  auto rr = Op::call(pow_reducer, xr, v);
  EXPECT_FALSE(rr.first.requires_grad());
  EXPECT_FALSE(rr.second.requires_grad());
  EXPECT_TRUE(Untouched(xp, false));
  EXPECT_TRUE(Untouched(xr, true));
  EXPECT_TRUE(Untouched(v, false));
  // func called exactly once.
  int calls = 0;
  auto counted = [&](const Tensor& t) {
    ++calls;
    return t.pow(3).sum();
  };
  (void)Op::call(counted, x3(), ct::ones({3}));
  EXPECT_EQ(calls, 1);
  (void)Op::call(counted, x3(), ct::ones({3}), true, true);
  EXPECT_EQ(calls, 2);
  (void)Op::call(counted, xr, ct::ones({3}), true, false);
  EXPECT_EQ(calls, 3);
  {
    ct::NoGradGuard no_grad;
    (void)Op::call(counted, x3(), ct::ones({3}), false, true);
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)Op::call(counted, x3()); }, kE6));
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_EQ(calls, 4);
  EXPECT_TRUE(ct::is_grad_enabled());
}
TEST(FunctionalVhp, Misc) { MiscBody<VhpOp>(); }
TEST(FunctionalHvp, Misc) { MiscBody<HvpOp>(); }

TEST(FunctionalVhp, ResultMembersAndBindings) {
  auto r = ct::vhp(pow_reducer, x3(), ct::ones({3}));
  static_assert(std::is_same_v<decltype(r), ct::VhpResult<Tensor, Tensor>>);
  EXPECT_TRUE(Close(r.vhp, ct::tensor({6., 12., 18.})));
  auto [out, v] = ct::vhp(pow_reducer, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor(36.)));
  EXPECT_TRUE(Close(v, r.vhp));
}
TEST(FunctionalHvp, ResultMembersAndBindings) {
  auto r = ct::hvp(pow_reducer, x3(), ct::ones({3}));
  static_assert(std::is_same_v<decltype(r), ct::HvpResult<Tensor, Tensor>>);
  EXPECT_TRUE(Close(r.hvp, ct::tensor({6., 12., 18.})));
  auto [out, h] = ct::hvp(pow_reducer, x3(), ct::ones({3}));
  EXPECT_TRUE(Close(out, ct::tensor(36.)));
  EXPECT_TRUE(Close(h, r.hvp));
}

// =====================================================================
//                     consistency between the functions
// =====================================================================

// §8 test_jacobian_match_vjp_jvp
TEST(FunctionalConsistency, JacobianMatchesVjpJvp) {
  auto foo = [](const Tensor& x) { return x.pow(3) + x.sum(); };
  Tensor inputs = ct::rand({4});
  Tensor v = ct::rand({4});
  Tensor jac = ct::jacobian(foo, inputs);
  Tensor jvp = ct::jvp(foo, inputs, v).jvp;
  Tensor vjp = ct::vjp(foo, inputs, v).vjp;
  EXPECT_TRUE(Close(jvp, ct::mm(jac, v.unsqueeze(1)).squeeze(1)));
  EXPECT_TRUE(Close(vjp, ct::mm(v.unsqueeze(0), jac).squeeze(0)));
}

// §8 test_hessian_match_vhp_hvp
TEST(FunctionalConsistency, HessianMatchesVhpHvp) {
  Tensor inputs = ct::rand({4});
  Tensor v = ct::rand({4});
  Tensor hes = ct::hessian(foo3_exp_sum, inputs);
  Tensor hvp = ct::hvp(foo3_exp_sum, inputs, v).hvp;
  Tensor vhp = ct::vhp(foo3_exp_sum, inputs, v).vhp;
  EXPECT_TRUE(Close(hvp, ct::mm(hes, v.unsqueeze(1)).squeeze(1)));
  EXPECT_TRUE(Close(vhp, ct::mm(v.unsqueeze(0), hes).squeeze(0)));
}

// jacobian == stacked vjps (rows) == stacked jvps (columns), two inputs.
TEST(FunctionalConsistency, JacobianIsStackedVjpsAndJvps) {
  auto f = [](const Tensor& x, const Tensor& y) {
    return ct::cat({x * x.sum(), (y.exp() * x.narrow(0, 0, 2)).sin()});
  };
  T2 ins{ct::randn({3}, ct::float64), ct::randn({2}, ct::float64)};
  const int64_t m = 5;
  for (bool vec : {false, true}) {
    SCOPED_TRACE(vec ? "vectorize=true" : "vectorize=false");
    auto Jo = Try("jacobian", [&] { return ct::jacobian(f, ins, false, false, vec); });
    if (!Jo) continue;
    auto& J = *Jo;
    TV rows_x, rows_y;
    for (int64_t i = 0; i < m; ++i) {
      Tensor e = ct::zeros({m}, ct::float64);
      e.select(0, i).fill_(1.0);
      auto g = ct::vjp(f, ins, e).vjp;
      rows_x.push_back(std::get<0>(g));
      rows_y.push_back(std::get<1>(g));
    }
    EXPECT_TRUE(Close(std::get<0>(J), ct::stack(rows_x), 1e-10, 1e-10));
    EXPECT_TRUE(Close(std::get<1>(J), ct::stack(rows_y), 1e-10, 1e-10));
    TV cols_x, cols_y;
    for (int64_t j = 0; j < 3; ++j) {
      Tensor e = ct::zeros({3}, ct::float64);
      e.select(0, j).fill_(1.0);
      cols_x.push_back(ct::jvp(f, ins, std::tuple{e, ct::zeros({2}, ct::float64)}).jvp);
    }
    for (int64_t j = 0; j < 2; ++j) {
      Tensor e = ct::zeros({2}, ct::float64);
      e.select(0, j).fill_(1.0);
      cols_y.push_back(ct::jvp(f, ins, std::tuple{ct::zeros({3}, ct::float64), e}).jvp);
    }
    EXPECT_TRUE(Close(std::get<0>(J), ct::stack(cols_x, 1), 1e-10, 1e-10));
    EXPECT_TRUE(Close(std::get<1>(J), ct::stack(cols_y, 1), 1e-10, 1e-10));
  }
  auto Jf =
      Try("forward-mode jacobian", [&] { return ct::jacobian(f, ins, false, false, true, kFwd); });
  if (Jf) {
    EXPECT_TRUE(SameBlocks(*Jf, ct::jacobian(f, ins), 1e-10, 1e-10));
  }
}

// hessian == jacobian of the gradient; vhp == v^T H; hvp == H v (two inputs).
TEST(FunctionalConsistency, HessianIsJacobianOfGradient) {
  auto f = [](const Tensor& x, const Tensor& y) {
    return (x.pow(2) * y.narrow(0, 0, 3).sin()).sum() + (x.sum() * y).exp().sum();
  };
  auto grad_f = [f](const Tensor& x, const Tensor& y) {
    TV g = ct::grad({f(x, y)}, {x, y}, {}, std::nullopt, /*create_graph=*/true);
    return std::tuple{g[0], g[1]};
  };
  T2 ins{0.3 * ct::randn({3}, ct::float64), 0.3 * ct::randn({4}, ct::float64)};
  auto H = ct::hessian(f, ins);
  auto JG = ct::jacobian(grad_f, ins);
  EXPECT_TRUE(SameBlocks(H, JG, 1e-10, 1e-10));
  auto Hv = Try("vectorized hessian", [&] { return ct::hessian(f, ins, false, false, true); });
  if (Hv) {
    EXPECT_TRUE(SameBlocks(*Hv, JG, 1e-10, 1e-10));
  }
  auto Hf =
      Try("forward-outer hessian", [&] { return ct::hessian(f, ins, false, false, true, kFwd); });
  if (Hf) {
    EXPECT_TRUE(SameBlocks(*Hf, JG, 1e-10, 1e-10));
  }
  auto JGv = Try("vectorized jacobian of the gradient",
                 [&] { return ct::jacobian(grad_f, ins, false, false, true); });
  if (JGv) {
    EXPECT_TRUE(SameBlocks(*JGv, JG, 1e-10, 1e-10));
  }
  // Symmetry.
  EXPECT_TRUE(Close(std::get<1>(std::get<0>(H)), std::get<0>(std::get<1>(H)).t(), 1e-10, 1e-10));

  T2 vs{ct::randn({3}, ct::float64), ct::randn({4}, ct::float64)};
  auto [o1, vh] = ct::vhp(f, ins, vs);
  auto [o2, hv] = ct::hvp(f, ins, vs);
  const Tensor& H00 = std::get<0>(std::get<0>(H));
  const Tensor& H01 = std::get<1>(std::get<0>(H));
  const Tensor& H10 = std::get<0>(std::get<1>(H));
  const Tensor& H11 = std::get<1>(std::get<1>(H));
  const Tensor& v0 = std::get<0>(vs);
  const Tensor& v1 = std::get<1>(vs);
  // (v^T H)_j = sum_i v_i H_ij
  EXPECT_TRUE(Close(std::get<0>(vh), ct::matmul(v0, H00) + ct::matmul(v1, H10), 1e-10, 1e-10));
  EXPECT_TRUE(Close(std::get<1>(vh), ct::matmul(v0, H01) + ct::matmul(v1, H11), 1e-10, 1e-10));
  // (H v)_i = sum_j H_ij v_j
  EXPECT_TRUE(Close(std::get<0>(hv), ct::matmul(H00, v0) + ct::matmul(H01, v1), 1e-10, 1e-10));
  EXPECT_TRUE(Close(std::get<1>(hv), ct::matmul(H10, v0) + ct::matmul(H11, v1), 1e-10, 1e-10));
  EXPECT_TRUE(Close(o1, f(std::get<0>(ins), std::get<1>(ins)), 1e-12, 1e-12));
  EXPECT_TRUE(Close(o2, o1, 1e-12, 1e-12));
}

// For a non-symmetric Jacobian-of-gradient check, vhp and hvp of a matrix input.
TEST(FunctionalConsistency, MatrixInputVhpHvp) {
  auto f = [](const Tensor& a) { return ct::matmul(a, a).sin().sum(); };
  Tensor a = 0.5 * ct::randn({2, 2}, ct::float64);
  Tensor v = ct::randn({2, 2}, ct::float64);
  Tensor H = ct::hessian(f, a).reshape({4, 4});
  Tensor hv = ct::hvp(f, a, v).hvp;
  Tensor vh = ct::vhp(f, a, v).vhp;
  EXPECT_TRUE(Close(hv, ct::mv(H, v.reshape({4})).reshape({2, 2}), 1e-10, 1e-10));
  EXPECT_TRUE(Close(vh, ct::mv(H.t(), v.reshape({4})).reshape({2, 2}), 1e-10, 1e-10));
}

}  // namespace
