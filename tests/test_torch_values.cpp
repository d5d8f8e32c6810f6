// Forward values, gradients, dtypes, shapes, grad_fn names and error types of
// the op library, checked against PyTorch 1.13.
//
// Every expected value below was produced by running the torch expression in
// the comment above it and pasting the result (float32 values printed to the
// shortest decimal that round-trips, float64 to full precision). Conventions:
//   // x = torch.tensor(...)            the torch form of the ct::tensor literal
//   // y = <torch expr> -> [values]     the torch result the next check pastes
//                                       ("(values below)" when it is long)
//   // g = torch.autograd.grad(out, [x, w], grad_out)
//   // d/dx -> [values]                 g[0], and so on per input
// `out.sum()` means the output was backpropagated with ones. Inputs are small
// deterministic literals; `((torch.arange(n) * a % b - c) / d).reshape(...)`
// names how the larger ones were made.
//
// `/usr/bin/python3 scripts/check_torch_values.py` re-runs every torch
// expression of these comments and checks the pasted values (dtype, shape,
// values, grad_fn names, error classes and messages) against torch; with
// --write it rewrites the pasted values that differ.
//
// Close/Exact also check the dtype and the shape of the result against the
// expected literal, so each check covers the output dtype and shape too.
// Errors: where torch raises, the same Python type must be raised as a
// ct::Error subclass (RuntimeError -> ct::RuntimeError, ...); the message is
// compared only where it is plain text that should be identical.
//
// The elementwise ops and the reductions are no longer here: the op table
// checks them against torch at its special inputs (zeros, ties, infinities,
// NaN) and with each row's further calls (OpInfo::calls: attributes,
// scalars, methods, casts), in tests/test_table_values.cpp and
// tests/python/test_op_table.py.
//
// Each TEST covers one op family; every Case inside it is independent, and an
// exception escaping a Case fails that Case without skipping the others.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <exception>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <vector>

namespace {

using ct::Tensor;
namespace F = ct::nn::functional;

std::string Str(const Tensor& t) {
  if (!t.defined()) return "<undefined>";
  std::ostringstream os;
  os << t << " (shape " << t.shape() << ", " << ct::dtype_name(t.dtype()) << ")";
  return os.str();
}

::testing::AssertionResult SameMeta(const Tensor& actual, const Tensor& expected) {
  if (!actual.defined()) return ::testing::AssertionFailure() << "result is undefined";
  if (actual.dtype() != expected.dtype() || actual.shape() != expected.shape())
    return ::testing::AssertionFailure() << "got " << Str(actual) << "\nexpected " << Str(expected);
  return ::testing::AssertionSuccess();
}

// allclose with the dtype and shape of `expected`. Default tolerances follow
// the dtype: float32 rtol 1e-5 / atol 1e-6, float64 rtol 1e-9 / atol 1e-12.
::testing::AssertionResult Close(const Tensor& actual, const Tensor& expected, double rtol = -1,
                                 double atol = -1, bool equal_nan = false) {
  ::testing::AssertionResult meta = SameMeta(actual, expected);
  if (!meta) return meta;
  bool f64 = expected.dtype() == ct::float64;
  if (rtol < 0) rtol = f64 ? 1e-9 : 1e-5;
  if (atol < 0) atol = f64 ? 1e-12 : 1e-6;
  if (!ct::allclose(actual, expected, rtol, atol, equal_nan))
    return ::testing::AssertionFailure() << "got " << Str(actual) << "\nexpected " << Str(expected);
  return ::testing::AssertionSuccess();
}

// Exact equality (NaN equal to NaN), with the dtype and shape of `expected`.
::testing::AssertionResult Exact(const Tensor& actual, const Tensor& expected) {
  ::testing::AssertionResult meta = SameMeta(actual, expected);
  if (!meta) return meta;
  if (!ct::allclose(actual, expected, 0, 0, true))
    return ::testing::AssertionFailure() << "got " << Str(actual) << "\nexpected " << Str(expected);
  return ::testing::AssertionSuccess();
}

// The ct exception class of e, for failure messages.
std::string ErrorName(const std::exception& e) {
  if (dynamic_cast<const ct::RuntimeError*>(&e)) return "ct::RuntimeError";
  if (dynamic_cast<const ct::IndexError*>(&e)) return "ct::IndexError";
  if (dynamic_cast<const ct::ValueError*>(&e)) return "ct::ValueError";
  if (dynamic_cast<const ct::TypeError*>(&e)) return "ct::TypeError";
  if (dynamic_cast<const ct::NotImplementedError*>(&e)) return "ct::NotImplementedError";
  if (dynamic_cast<const ct::Error*>(&e)) return "ct::Error";
  return typeid(e).name();
}

template <class E>
std::string ErrorName() {
  if constexpr (std::is_same_v<E, ct::RuntimeError>) return "ct::RuntimeError";
  if constexpr (std::is_same_v<E, ct::IndexError>) return "ct::IndexError";
  if constexpr (std::is_same_v<E, ct::ValueError>) return "ct::ValueError";
  if constexpr (std::is_same_v<E, ct::TypeError>) return "ct::TypeError";
  return typeid(E).name();
}

// f must throw E (or a subclass); with `message`, what() must equal it (or
// start with it when prefix).
template <class E, class Fn>
::testing::AssertionResult Raises(Fn&& f, const std::string& message = "", bool prefix = false) {
  try {
    f();
  } catch (const E& e) {
    std::string what = e.what();
    if (message.empty() || what == message ||
        (prefix && what.compare(0, message.size(), message) == 0))
      return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "message \"" << what << "\"\nexpected \"" << message << "\"";
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure()
           << "threw " << ErrorName(e) << ": " << e.what() << "\nexpected " << ErrorName<E>();
  }
  return ::testing::AssertionFailure() << "did not throw; expected " << ErrorName<E>();
}

// Runs one independent case; an exception escaping it fails this case only.
template <class Body>
void Case(const char* what, Body&& body) {
  SCOPED_TRACE(what);
  try {
    body();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "case \"" << what << "\" threw " << ErrorName(e) << ": " << e.what();
  }
}

}  // namespace

// ============================================================ losses

// cross_entropy with class-index targets: reductions, weight, ignore_index, label_smoothing.
TEST(TorchValuesLoss, CrossEntropyClassIndices) {
  Case("reduction mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='mean') -> 1.5189843
    Tensor l = F::cross_entropy(x, t, {.reduction = "mean"});
    EXPECT_TRUE(Close(l, ct::tensor(1.5189843)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.07552108, 0.01685103, -0.12804577, 0.035673633},
                                          {0.012852594, 0.057601325, 0.004728204, -0.075182125},
                                          {-0.32599935, 0.08934619, 0.08934619, 0.14730698}})));
  });
  Case("reduction sum", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='sum') -> 4.556953
    Tensor l = F::cross_entropy(x, t, {.reduction = "sum"});
    EXPECT_TRUE(Close(l, ct::tensor(4.556953)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.22656323, 0.05055309, -0.38413727, 0.10702089},
                                          {0.038557783, 0.17280397, 0.014184612, -0.22554636},
                                          {-0.9779981, 0.26803857, 0.26803857, 0.4419209}})));
  });
  Case("reduction none", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='none') -> [0.48473123, 0.25559744, 3.8166244]
    Tensor l = F::cross_entropy(x, t, {.reduction = "none"});
    EXPECT_TRUE(Close(l, ct::tensor({0.48473123, 0.25559744, 3.8166244})));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // grad_l = torch.tensor([1.0, 2.0, 3.0])
    Tensor grad_l = ct::tensor({1.0, 2.0, 3.0});
    // g_l = torch.autograd.grad(l, [x], grad_l)
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {grad_l}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.22656323, 0.05055309, -0.38413727, 0.10702089},
                                          {0.077115566, 0.34560794, 0.028369224, -0.45109272},
                                          {-2.933994, 0.8041157, 0.8041157, 1.3257627}})));
  });
  Case("weight, mean is weighted by the target classes' weights", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // w = torch.tensor([1.0, 2.0, 0.5, 1.5])
    Tensor w = ct::tensor({1.0, 2.0, 0.5, 1.5});
    // l = F.cross_entropy(x, t, weight=w) -> 1.4807955
    Tensor l = F::cross_entropy(x, t, {.weight = w});
    EXPECT_TRUE(Close(l, ct::tensor(1.4807955)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.03776054, 0.008425515, -0.064022884, 0.017836817},
                                          {0.019278891, 0.086401984, 0.007092306, -0.11277318},
                                          {-0.32599935, 0.08934619, 0.08934619, 0.14730698}})));
    // n = F.cross_entropy(x, t, weight=w, reduction='none') -> [0.24236561, 0.38339615, 3.8166244]
    Tensor n = F::cross_entropy(x, t, {.weight = w, .reduction = "none"});
    EXPECT_TRUE(Close(n, ct::tensor({0.24236561, 0.38339615, 3.8166244})));
    EXPECT_EQ(n.grad_fn_name(), "NllLossBackward0");
  });
  Case("ignore_index", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, -100, 1])
    Tensor t = ct::tensor({2, -100, 1});
    // l = F.cross_entropy(x, t) -> 0.9006778
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(0.9006778)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.113281615, 0.025276545, -0.19206864, 0.053510446},
                                          {0.0, 0.0, 0.0, 0.0},
                                          {0.011000973, -0.3659807, 0.13401929, 0.22096045}})));
    // n = F.cross_entropy(x, t, reduction='none') -> [0.48473123, 0.0, 1.3166244]
    Tensor n = F::cross_entropy(x, t, {.reduction = "none"});
    EXPECT_TRUE(Close(n, ct::tensor({0.48473123, 0.0, 1.3166244})));
    EXPECT_EQ(n.grad_fn_name(), "NllLossBackward0");
    // u = torch.tensor([2, 3, 2])
    Tensor u = ct::tensor({2, 3, 2});
    // k = F.cross_entropy(x, u, ignore_index=2) -> 0.25559744
    Tensor k = F::cross_entropy(x, u, {.ignore_index = 2});
    EXPECT_TRUE(Close(k, ct::tensor(0.25559744)));
    EXPECT_EQ(k.grad_fn_name(), "NllLossBackward0");
    // g_k = torch.autograd.grad(k, [x])
    std::vector<Tensor> g_k = ct::grad({k}, {x}, {}, true);
    ASSERT_EQ(g_k.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_k[0], ct::tensor({{0.0, 0.0, 0.0, 0.0},
                                          {0.038557783, 0.17280397, 0.014184612, -0.22554636},
                                          {0.0, 0.0, 0.0, 0.0}})));
  });
  Case("every target ignored: mean is NaN, sum is 0", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([-100, -100, -100])
    Tensor t = ct::tensor({-100, -100, -100});
    // l = F.cross_entropy(x, t) -> nan
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(NAN, ct::float32), -1, -1, true));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_l[0], ct::tensor({{0.0, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0}}), -1,
        -1, true));
    // s = F.cross_entropy(x, t, reduction='sum') -> 0.0
    Tensor s = F::cross_entropy(x, t, {.reduction = "sum"});
    EXPECT_TRUE(Close(s, ct::tensor(0.0)));
    EXPECT_EQ(s.grad_fn_name(), "NllLossBackward0");
  });
  Case("weight and ignore_index together", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // w = torch.tensor([1.0, 2.0, 0.5, 1.5])
    Tensor w = ct::tensor({1.0, 2.0, 0.5, 1.5});
    // l = F.cross_entropy(x, t, weight=w, ignore_index=3) -> 2.7059934
    Tensor l = F::cross_entropy(x, t, {.weight = w, .ignore_index = 3});
    EXPECT_TRUE(Close(l, ct::tensor(2.7059934)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.07552108, 0.01685103, -0.12804577, 0.035673633},
                                          {0.0, 0.0, 0.0, 0.0},
                                          {-0.6519987, 0.17869239, 0.17869239, 0.29461396}})));
  });
  Case("label_smoothing 0.2, reduction mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='mean', label_smoothing=0.2) -> 1.6148176
    Tensor l = F::cross_entropy(x, t, {.reduction = "mean", .label_smoothing = 0.2});
    EXPECT_TRUE(Close(l, ct::tensor(1.6148176)));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.05885442, 0.00018436476, -0.07804576, 0.019006968},
                                          {-0.0038140716, 0.040934663, -0.011938463, -0.025182117},
                                          {-0.27599937, 0.07267954, 0.07267954, 0.13064033}})));
  });
  Case("label_smoothing 0.2, reduction sum", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='sum', label_smoothing=0.2) -> 4.844453
    Tensor l = F::cross_entropy(x, t, {.reduction = "sum", .label_smoothing = 0.2});
    EXPECT_TRUE(Close(l, ct::tensor(4.844453)));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.17656323, 0.0005530901, -0.2341373, 0.05702089},
                                          {-0.011442218, 0.12280397, -0.035815388, -0.075546384},
                                          {-0.8279981, 0.21803857, 0.21803857, 0.3919209}})));
  });
  Case("label_smoothing 0.2, reduction none", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x, t, reduction='none', label_smoothing=0.2) -> (values below)
    Tensor l = F::cross_entropy(x, t, {.reduction = "none", .label_smoothing = 0.2});
    EXPECT_TRUE(Close(l, ct::tensor({0.74723125, 0.6805974, 3.4166245})));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l.sum(), [x])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.17656323, 0.0005530901, -0.2341373, 0.05702089},
                                          {-0.011442218, 0.12280397, -0.035815388, -0.075546384},
                                          {-0.8279981, 0.21803857, 0.21803857, 0.3919209}})));
  });
  Case("label_smoothing with weight and ignore_index", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, -100, 0])
    Tensor t = ct::tensor({2, -100, 0});
    // w = torch.tensor([1.0, 2.0, 0.5, 1.5])
    Tensor w = ct::tensor({1.0, 2.0, 0.5, 1.5});
    // l = F.cross_entropy(x, t, weight=w, label_smoothing=0.3) -> 2.8632843
    Tensor l = F::cross_entropy(x, t, {.weight = w, .label_smoothing = 0.3});
    EXPECT_TRUE(Close(l, ct::tensor(2.8632843)));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.059505563, -0.07556601, 0.039333668, -0.023273237},
                                          {0.0, 0.0, 0.0, 0.0},
                                          {-0.5008986, 0.0920943, 0.1670943, 0.24170996}})));
    // n = F.cross_entropy(x, t, weight=w, reduction='none', label_smoothing=0.3) -> (values below)
    Tensor n = F::cross_entropy(x, t, {.weight = w, .reduction = "none", .label_smoothing = 0.3});
    EXPECT_TRUE(Close(n, ct::tensor({0.9983052, 0.0, 3.2966213})));
    EXPECT_EQ(n.grad_fn_name(), "AddBackward0");
    // g_n = torch.autograd.grad(n.sum(), [x])
    std::vector<Tensor> g_n = ct::grad({n.sum()}, {x}, {}, true);
    ASSERT_EQ(g_n.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_n[0], ct::tensor({{0.08925834, -0.11334901, 0.059000503, -0.034909856},
                                          {0.0, 0.0, 0.0, 0.0},
                                          {-0.7513479, 0.13814144, 0.25064144, 0.36256495}})));
  });
  Case("unbatched input (C,) and 0-d target", [] {
    // x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    Tensor x = ct::tensor({0.5, -1.0, 2.0}).requires_grad_();
    // t = torch.tensor(1)
    Tensor t = ct::tensor(1);
    // l = F.cross_entropy(x, t) -> 3.2413113
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(3.2413113)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [0.17529039, -0.96088743, 0.785597]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.17529039, -0.96088743, 0.785597})));
  });
  Case("transposed logits", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 0.0, -2.0}, {-0.5, 1.5, 0.5}, {2.0, -1.0, 0.5}, {0.25, 3.0, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([2, 3, 0])
    Tensor t = ct::tensor({2, 3, 0});
    // l = F.cross_entropy(x.t(), t, label_smoothing=0.1) -> 1.566901
    Tensor l = F::cross_entropy(x.t(), t, {.label_smoothing = 0.1});
    EXPECT_TRUE(Close(l, ct::tensor(1.566901)));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.06718774, 0.0045192596, -0.3009993},
                                          {0.008517696, 0.049267985, 0.081012845},
                                          {-0.10304575, -0.0036051301, 0.081012845},
                                          {0.027340295, -0.050182108, 0.13897361}})));
  });
  Case("float64", [] {
    // x = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}},
                          ct::float64)
                   .requires_grad_();
    // t = torch.tensor([0, 1, 3])
    Tensor t = ct::tensor({0, 1, 3});
    // l = F.cross_entropy(x, t) -> 1.3523176587112522 (torch.float64)
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(1.3523176587112522, ct::float64)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below, torch.float64)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.25781225083890125, 0.016851031231565408,
                                           0.2052875862101712, 0.03567363339716467},
                                          {0.012852592181383026, -0.27573201142851655,
                                           0.004728204429291637, 0.25815121481784187},
                                          {0.007333982049119865, 0.08934619202131044,
                                           0.08934619202131044, -0.18602636609174072}},
                                         ct::float64)));
  });
}

// cross_entropy on (N, C, d1, d2) inputs, and with class-probability targets.
TEST(TorchValuesLoss, CrossEntropyKDimAndProbabilities) {
  Case("K-dim class indices, mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{{{1.0, 0.0}, {2.0, -1.0}}, {{0.5, 1.5}, {-0.5, 0.0}}, {{-1.0, 2.0}, {0.0, 1.0}}},
             {{{0.0, 1.0}, {1.0, 1.0}}, {{2.0, -2.0}, {0.5, 0.25}}, {{1.0, 0.0}, {-1.0, 3.0}}}})
            .requires_grad_();
    // t = torch.tensor([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])
    Tensor t = ct::tensor({{{0, 2}, {1, 1}}, {{2, -100}, {0, 1}}});
    // l = F.cross_entropy(x, t) -> 1.444075
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(1.444075)));
    EXPECT_EQ(l.grad_fn_name(), "NllLoss2DBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{{{-0.060843293, 0.011099369}, {0.11734415, 0.012861512}},
                                           {{0.049743924, 0.049743924}, {-0.13322495, -0.10789593}},
                                           {{0.011099369, -0.06084328}, {0.015880803, 0.09503443}}},
                                          {{{0.012861509, 0.0}, {-0.060843293, 0.016121242}},
                                           {{0.09503441, 0.0}, {0.049743924, -0.13524202}},
                                           {{-0.10789594, 0.0}, {0.011099369, 0.11912078}}}})));
  });
  Case("K-dim class indices, weight, none", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{{{1.0, 0.0}, {2.0, -1.0}}, {{0.5, 1.5}, {-0.5, 0.0}}, {{-1.0, 2.0}, {0.0, 1.0}}},
             {{{0.0, 1.0}, {1.0, 1.0}}, {{2.0, -2.0}, {0.5, 0.25}}, {{1.0, 0.0}, {-1.0, 3.0}}}})
            .requires_grad_();
    // t = torch.tensor([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])
    Tensor t = ct::tensor({{{0, 2}, {1, 1}}, {{2, -100}, {0, 1}}});
    // w = torch.tensor([1.0, 2.0, 0.5])
    Tensor w = ct::tensor({1.0, 2.0, 0.5});
    // l = F.cross_entropy(x, t, weight=w, reduction='none') -> (values below)
    Tensor l = F::cross_entropy(x, t, {.weight = w, .reduction = "none"});
    EXPECT_TRUE(Close(l, ct::tensor({{{0.554957, 0.27747843}, {5.3934684, 2.8152118}},
                                     {{0.703803, 0.0}, {0.554957, 5.863415}}})));
    EXPECT_EQ(l.grad_fn_name(), "NllLoss2DBackward0");
    // g_l = torch.autograd.grad(l.sum(), [x])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{{{-0.42590302, 0.03884779}, {1.642818, 0.18006116}},
                                           {{0.34820744, 0.17410372}, {-1.8651493, -1.510543}},
                                           {{0.07769558, -0.21295148}, {0.22233123, 1.3304819}}},
                                          {{{0.04501528, 0.0}, {-0.42590302, 0.22569738}},
                                           {{0.33262044, 0.0}, {0.34820744, -1.8933882}},
                                           {{-0.37763578, 0.0}, {0.07769558, 1.6676908}}}})));
  });
  Case("K-dim with label smoothing", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{{{1.0, 0.0}, {2.0, -1.0}}, {{0.5, 1.5}, {-0.5, 0.0}}, {{-1.0, 2.0}, {0.0, 1.0}}},
             {{{0.0, 1.0}, {1.0, 1.0}}, {{2.0, -2.0}, {0.5, 0.25}}, {{1.0, 0.0}, {-1.0, 3.0}}}})
            .requires_grad_();
    // t = torch.tensor([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])
    Tensor t = ct::tensor({{{0, 2}, {1, 1}}, {{2, -100}, {0, 1}}});
    // l = F.cross_entropy(x, t, label_smoothing=0.1) -> 1.4488369
    Tensor l = F::cross_entropy(x, t, {.label_smoothing = 0.1});
    EXPECT_TRUE(Close(l, ct::tensor(1.4488369)));
    EXPECT_EQ(l.grad_fn_name(), "AddBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{{{-0.051319476, 0.006337463}, {0.11258223, 0.008099606}},
                                           {{0.044982012, 0.044982012}, {-0.12370113, -0.09837212}},
                                           {{0.006337463, -0.05131947}, {0.011118896, 0.09027251}}},
                                          {{{0.008099603, 0.0}, {-0.051319476, 0.011359336}},
                                           {{0.0902725, 0.0}, {0.044982012, -0.12571819}},
                                           {{-0.09837212, 0.0}, {0.006337463, 0.11435886}}}})));
  });
  Case("3-d input (N, C, d1)", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor({{{1.0, 2.0, 0.0}, {0.0, -1.0, 0.5}}, {{0.25, 0.0, 1.0}, {1.0, 1.0, -2.0}}})
            .requires_grad_();
    // t = torch.tensor([[0, 1, 1], [1, 0, 0]])
    Tensor t = ct::tensor({{0, 1, 1}, {1, 0, 0}});
    // l = F.cross_entropy(x, t) -> 0.9307743
    Tensor l = F::cross_entropy(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(0.9307743)));
    EXPECT_EQ(l.grad_fn_name(), "NllLoss2DBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(
        g_l[0],
        ct::tensor(
            {{{-0.04482357, 0.15876237, 0.06292345}, {0.044823572, -0.15876237, -0.06292345}},
             {{0.05347022, -0.1218431, -0.007904312}, {-0.053470217, 0.1218431, 0.007904313}}})));
  });
  Case("probability targets, reduction mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // p = torch.tensor(<the values below>, requires_grad=True)
    Tensor p = ct::tensor({{0.25, 0.25, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}, {0.1, 0.2, 0.3, 0.4}})
                   .requires_grad_();
    // l = F.cross_entropy(x, p, reduction='mean') -> 0.9939844
    Tensor l = F::cross_entropy(x, p, {.reduction = "mean"});
    EXPECT_TRUE(Close(l, ct::tensor(0.9939844)));
    // Deviation (docs/semantics.md): torch names this node DivBackward1.
    EXPECT_NE(l.grad_fn_name(), "");
    // g_l = torch.autograd.grad(l, [x, p])
    std::vector<Tensor> g_l = ct::grad({l}, {x, p}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.007812257, -0.066482306, 0.03862091, 0.035673633},
                                          {0.012852594, 0.057601325, 0.004728204, -0.075182125},
                                          {-0.025999352, 0.02267953, -0.010653808, 0.013973646}})));
    // d/dp -> (values below)
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{0.49491042, 0.9949104, 0.16157708, 0.7449104},
                                          {1.0851991, 0.5851992, 1.4185326, 0.08519915},
                                          {1.2722082, 0.4388748, 0.4388748, 0.27220812}})));
  });
  Case("probability targets, reduction sum", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // p = torch.tensor(<the values below>, requires_grad=True)
    Tensor p = ct::tensor({{0.25, 0.25, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}, {0.1, 0.2, 0.3, 0.4}})
                   .requires_grad_();
    // l = F.cross_entropy(x, p, reduction='sum') -> 2.9819531
    Tensor l = F::cross_entropy(x, p, {.reduction = "sum"});
    EXPECT_TRUE(Close(l, ct::tensor(2.9819531)));
    // Deviation (docs/semantics.md): torch names this node NegBackward0.
    EXPECT_NE(l.grad_fn_name(), "");
    // g_l = torch.autograd.grad(l, [x, p])
    std::vector<Tensor> g_l = ct::grad({l}, {x, p}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.02343677, -0.19944692, 0.11586273, 0.10702089},
                                          {0.038557783, 0.17280397, 0.014184612, -0.22554636},
                                          {-0.07799806, 0.06803857, -0.03196144, 0.0419209}})));
    // d/dp -> (values below)
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{1.4847312, 2.9847312, 0.48473123, 2.2347312},
                                          {3.2555974, 1.7555975, 4.2555976, 0.25559744},
                                          {3.8166244, 1.3166244, 1.3166244, 0.81662434}})));
  });
  Case("probability targets, reduction none", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // p = torch.tensor(<the values below>, requires_grad=True)
    Tensor p = ct::tensor({{0.25, 0.25, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}, {0.1, 0.2, 0.3, 0.4}})
                   .requires_grad_();
    // l = F.cross_entropy(x, p, reduction='none') -> [1.3597312, 0.25559744, 1.3666245]
    Tensor l = F::cross_entropy(x, p, {.reduction = "none"});
    EXPECT_TRUE(Close(l, ct::tensor({1.3597312, 0.25559744, 1.3666245})));
    EXPECT_EQ(l.grad_fn_name(), "NegBackward0");
    // g_l = torch.autograd.grad(l.sum(), [x, p])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {x, p}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.02343677, -0.19944692, 0.11586273, 0.10702089},
                                          {0.038557783, 0.17280397, 0.014184612, -0.22554636},
                                          {-0.07799806, 0.06803857, -0.03196144, 0.0419209}})));
    // d/dp -> (values below)
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{1.4847312, 2.9847312, 0.48473123, 2.2347312},
                                          {3.2555974, 1.7555975, 4.2555976, 0.25559744},
                                          {3.8166244, 1.3166244, 1.3166244, 0.81662434}})));
  });
  Case("probability targets with weight and label smoothing", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // p = torch.tensor([[0.25, 0.25, 0.5, 0.0], [0.0, 0.0, 0.0, 1.0], [0.1, 0.2, 0.3, 0.4]])
    Tensor p = ct::tensor({{0.25, 0.25, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}, {0.1, 0.2, 0.3, 0.4}});
    // w = torch.tensor([1.0, 2.0, 0.5, 1.5])
    Tensor w = ct::tensor({1.0, 2.0, 0.5, 1.5});
    // l = F.cross_entropy(x, p, weight=w, label_smoothing=0.25) -> 1.5880556
    Tensor l = F::cross_entropy(x, p, {.weight = w, .label_smoothing = 0.25});
    EXPECT_TRUE(Close(l, ct::tensor(1.5880556)));
    // Deviation (docs/semantics.md): torch names this node DivBackward1.
    EXPECT_NE(l.grad_fn_name(), "");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_l[0], ct::tensor({{-0.0030921872, -0.14876245, 0.14520139, 0.006653235},
                                  {-0.0023577302, 0.041135233, -0.003619874, -0.03515764},
                                  {-0.036665857, -0.029983938, 0.06376607, 0.0028837137}})));
  });
  Case("K-dim probability targets", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{{{1.0, 0.0}, {2.0, -1.0}}, {{0.5, 1.5}, {-0.5, 0.0}}, {{-1.0, 2.0}, {0.0, 1.0}}},
             {{{0.0, 1.0}, {1.0, 1.0}}, {{2.0, -2.0}, {0.5, 0.25}}, {{1.0, 0.0}, {-1.0, 3.0}}}})
            .requires_grad_();
    // p = torch.softmax(x.detach() * 0.5, 1)
    Tensor p = F::softmax(x.detach() * 0.5, 1);
    // l = F.cross_entropy(x, p) -> 1.0747074
    Tensor l = F::cross_entropy(x, p);
    EXPECT_TRUE(Close(l, ct::tensor(1.0747074)));
    // Deviation (docs/semantics.md): torch names this node DivBackward1.
    EXPECT_NE(l.grad_fn_name(), "");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_l[0], ct::tensor({{{{0.013532672, -0.011709468}, {0.027119322, -0.012036644}},
                                   {{-0.0018232092, -0.0018232055}, {-0.0132192215, -0.0078084264}},
                                   {{-0.01170947, 0.013532687}, {-0.013900097, 0.019845068}}},
                                  {{{-0.012036647, 0.019854397}, {0.013532672, -0.0142670795}},
                                   {{0.019845061, -0.010854078}, {-0.0018232092, -0.012837329}},
                                   {{-0.00780843, -0.009000309}, {-0.01170947, 0.02710441}}}})));
  });
}

// nll_loss: reductions, weight, ignore_index, K-dim.
TEST(TorchValuesLoss, NllLoss) {
  Case("weight and ignore_index, reduction mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{-1.0, -2.0, -0.5}, {-0.25, -3.0, -1.5}, {-2.0, -0.1, -4.0}, {-1.0, -1.0, -1.0}})
            .requires_grad_();
    // t = torch.tensor([2, 0, 1, 1])
    Tensor t = ct::tensor({2, 0, 1, 1});
    // w = torch.tensor([0.5, 2.0, 1.0])
    Tensor w = ct::tensor({0.5, 2.0, 1.0});
    // l = F.nll_loss(x, t, weight=w, ignore_index=0, reduction='mean') -> 0.54
    Tensor l = F::nll_loss(x, t, {.weight = w, .ignore_index = 0, .reduction = "mean"});
    EXPECT_TRUE(Close(l, ct::tensor(0.54)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [[0.0, 0.0, -0.2], [0.0, 0.0, 0.0], [0.0, -0.4, 0.0], [0.0, -0.4, 0.0]]
    EXPECT_TRUE(
        Close(g_l[0],
              ct::tensor({{0.0, 0.0, -0.2}, {0.0, 0.0, 0.0}, {0.0, -0.4, 0.0}, {0.0, -0.4, 0.0}})));
  });
  Case("weight and ignore_index, reduction sum", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{-1.0, -2.0, -0.5}, {-0.25, -3.0, -1.5}, {-2.0, -0.1, -4.0}, {-1.0, -1.0, -1.0}})
            .requires_grad_();
    // t = torch.tensor([2, 0, 1, 1])
    Tensor t = ct::tensor({2, 0, 1, 1});
    // w = torch.tensor([0.5, 2.0, 1.0])
    Tensor w = ct::tensor({0.5, 2.0, 1.0});
    // l = F.nll_loss(x, t, weight=w, ignore_index=0, reduction='sum') -> 2.7
    Tensor l = F::nll_loss(x, t, {.weight = w, .ignore_index = 0, .reduction = "sum"});
    EXPECT_TRUE(Close(l, ct::tensor(2.7)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [[0.0, 0.0, -1.0], [0.0, 0.0, 0.0], [0.0, -2.0, 0.0], [0.0, -2.0, 0.0]]
    EXPECT_TRUE(
        Close(g_l[0],
              ct::tensor({{0.0, 0.0, -1.0}, {0.0, 0.0, 0.0}, {0.0, -2.0, 0.0}, {0.0, -2.0, 0.0}})));
  });
  Case("weight and ignore_index, reduction none", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{-1.0, -2.0, -0.5}, {-0.25, -3.0, -1.5}, {-2.0, -0.1, -4.0}, {-1.0, -1.0, -1.0}})
            .requires_grad_();
    // t = torch.tensor([2, 0, 1, 1])
    Tensor t = ct::tensor({2, 0, 1, 1});
    // w = torch.tensor([0.5, 2.0, 1.0])
    Tensor w = ct::tensor({0.5, 2.0, 1.0});
    // l = F.nll_loss(x, t, weight=w, ignore_index=0, reduction='none') -> [0.5, 0.0, 0.2, 2.0]
    Tensor l = F::nll_loss(x, t, {.weight = w, .ignore_index = 0, .reduction = "none"});
    EXPECT_TRUE(Close(l, ct::tensor({0.5, 0.0, 0.2, 2.0})));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l.sum(), [x])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [[0.0, 0.0, -1.0], [0.0, 0.0, 0.0], [0.0, -2.0, 0.0], [0.0, -2.0, 0.0]]
    EXPECT_TRUE(
        Close(g_l[0],
              ct::tensor({{0.0, 0.0, -1.0}, {0.0, 0.0, 0.0}, {0.0, -2.0, 0.0}, {0.0, -2.0, 0.0}})));
  });
  Case("plain mean", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{-1.0, -2.0, -0.5}, {-0.25, -3.0, -1.5}, {-2.0, -0.1, -4.0}, {-1.0, -1.0, -1.0}})
            .requires_grad_();
    // t = torch.tensor([2, 0, 1, -100])
    Tensor t = ct::tensor({2, 0, 1, -100});
    // l = F.nll_loss(x, t) -> 0.28333333
    Tensor l = F::nll_loss(x, t);
    EXPECT_TRUE(Close(l, ct::tensor(0.28333333)));
    EXPECT_EQ(l.grad_fn_name(), "NllLossBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.0, 0.0, -0.33333334},
                                          {-0.33333334, 0.0, 0.0},
                                          {0.0, -0.33333334, 0.0},
                                          {0.0, 0.0, 0.0}})));
  });
  Case("K-dim", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x =
        ct::tensor(
            {{{{1.0, 0.0}, {2.0, -1.0}}, {{0.5, 1.5}, {-0.5, 0.0}}, {{-1.0, 2.0}, {0.0, 1.0}}},
             {{{0.0, 1.0}, {1.0, 1.0}}, {{2.0, -2.0}, {0.5, 0.25}}, {{1.0, 0.0}, {-1.0, 3.0}}}})
            .requires_grad_();
    // t = torch.tensor([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])
    Tensor t = ct::tensor({{{0, 2}, {1, 1}}, {{2, -100}, {0, 1}}});
    // l = F.nll_loss(x, t, reduction='sum') -> -4.75
    Tensor l = F::nll_loss(x, t, {.reduction = "sum"});
    EXPECT_TRUE(Close(l, ct::tensor(-4.75)));
    EXPECT_EQ(l.grad_fn_name(), "NllLoss2DBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(
        g_l[0],
        ct::tensor(
            {{{{-1.0, 0.0}, {0.0, 0.0}}, {{0.0, 0.0}, {-1.0, -1.0}}, {{0.0, -1.0}, {0.0, 0.0}}},
             {{{0.0, 0.0}, {-1.0, 0.0}}, {{0.0, 0.0}, {0.0, -1.0}}, {{-1.0, 0.0}, {0.0, 0.0}}}})));
  });
}

// mse_loss, l1_loss, smooth_l1_loss (beta) values and input/target gradients.
TEST(TorchValuesLoss, RegressionLosses) {
  Case("mse_loss mean", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.mse_loss(a, b, reduction='mean') -> 1.3854166
    Tensor l = F::mse_loss(a, b, "mean");
    EXPECT_TRUE(Close(l, ct::tensor(1.3854166)));
    EXPECT_EQ(l.grad_fn_name(), "MseLossBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[0.16666667, 0.0, -0.6666667], [0.6666667, -0.083333336, 0.0]]
    EXPECT_TRUE(
        Close(g_l[0], ct::tensor({{0.16666667, 0.0, -0.6666667}, {0.6666667, -0.083333336, 0.0}})));
    // d/db -> [[-0.16666667, 0.0, 0.6666667], [-0.6666667, 0.083333336, 0.0]]
    EXPECT_TRUE(
        Close(g_l[1], ct::tensor({{-0.16666667, 0.0, 0.6666667}, {-0.6666667, 0.083333336, 0.0}})));
  });
  Case("mse_loss sum", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.mse_loss(a, b, reduction='sum') -> 8.3125
    Tensor l = F::mse_loss(a, b, "sum");
    EXPECT_TRUE(Close(l, ct::tensor(8.3125)));
    EXPECT_EQ(l.grad_fn_name(), "MseLossBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[1.0, 0.0, -4.0], [4.0, -0.5, 0.0]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{1.0, 0.0, -4.0}, {4.0, -0.5, 0.0}})));
    // d/db -> [[-1.0, 0.0, 4.0], [-4.0, 0.5, 0.0]]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-1.0, 0.0, 4.0}, {-4.0, 0.5, 0.0}})));
  });
  Case("mse_loss none", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.mse_loss(a, b, reduction='none') -> [[0.25, 0.0, 4.0], [4.0, 0.0625, 0.0]]
    Tensor l = F::mse_loss(a, b, "none");
    EXPECT_TRUE(Close(l, ct::tensor({{0.25, 0.0, 4.0}, {4.0, 0.0625, 0.0}})));
    EXPECT_EQ(l.grad_fn_name(), "MseLossBackward0");
    // g_l = torch.autograd.grad(l.sum(), [a, b])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[1.0, 0.0, -4.0], [4.0, -0.5, 0.0]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{1.0, 0.0, -4.0}, {4.0, -0.5, 0.0}})));
    // d/db -> [[-1.0, 0.0, 4.0], [-4.0, 0.5, 0.0]]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-1.0, 0.0, 4.0}, {-4.0, 0.5, 0.0}})));
  });
  Case("l1_loss mean (zero difference has zero gradient)", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.l1_loss(a, b, reduction='mean') -> 0.7916667
    Tensor l = F::l1_loss(a, b, "mean");
    EXPECT_TRUE(Close(l, ct::tensor(0.7916667)));
    EXPECT_EQ(l.grad_fn_name(), "MeanBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[0.16666667, 0.0, -0.16666667], [0.16666667, -0.16666667, 0.0]]
    EXPECT_TRUE(Close(
        g_l[0], ct::tensor({{0.16666667, 0.0, -0.16666667}, {0.16666667, -0.16666667, 0.0}})));
    // d/db -> [[-0.16666667, -0.0, 0.16666667], [-0.16666667, 0.16666667, -0.0]]
    EXPECT_TRUE(Close(
        g_l[1], ct::tensor({{-0.16666667, -0.0, 0.16666667}, {-0.16666667, 0.16666667, -0.0}})));
  });
  Case("l1_loss sum (zero difference has zero gradient)", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.l1_loss(a, b, reduction='sum') -> 4.75
    Tensor l = F::l1_loss(a, b, "sum");
    EXPECT_TRUE(Close(l, ct::tensor(4.75)));
    EXPECT_EQ(l.grad_fn_name(), "SumBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[1.0, 0.0, -1.0], [1.0, -1.0, 0.0]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{1.0, 0.0, -1.0}, {1.0, -1.0, 0.0}})));
    // d/db -> [[-1.0, -0.0, 1.0], [-1.0, 1.0, -0.0]]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-1.0, -0.0, 1.0}, {-1.0, 1.0, -0.0}})));
  });
  Case("l1_loss none (zero difference has zero gradient)", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([[0.5, -2.0, 2.5], [1.0, 0.25, -1.0]], requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}).requires_grad_();
    // l = F.l1_loss(a, b, reduction='none') -> [[0.5, 0.0, 2.0], [2.0, 0.25, 0.0]]
    Tensor l = F::l1_loss(a, b, "none");
    EXPECT_TRUE(Close(l, ct::tensor({{0.5, 0.0, 2.0}, {2.0, 0.25, 0.0}})));
    EXPECT_EQ(l.grad_fn_name(), "AbsBackward0");
    // g_l = torch.autograd.grad(l.sum(), [a, b])
    std::vector<Tensor> g_l = ct::grad({l.sum()}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[1.0, 0.0, -1.0], [1.0, -1.0, 0.0]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{1.0, 0.0, -1.0}, {1.0, -1.0, 0.0}})));
    // d/db -> [[-1.0, -0.0, 1.0], [-1.0, 1.0, -0.0]]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-1.0, -0.0, 1.0}, {-1.0, 1.0, -0.0}})));
  });
  Case("smooth_l1_loss beta 1 (|d| on both sides of beta)", [] {
    // a = torch.tensor([0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    Tensor b = ct::tensor({0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    // l = F.smooth_l1_loss(a, b, beta=1.0) -> 0.80803573
    Tensor l = F::smooth_l1_loss(a, b, "mean", 1.0);
    EXPECT_TRUE(Close(l, ct::tensor(0.80803573)));
    EXPECT_EQ(l.grad_fn_name(), "SmoothL1LossBackward0");
    // g_l = torch.autograd.grad(l, [a])
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> [0.0, 0.035714287, 0.071428575, 0.14285715, 0.14285715, -0.14285715, 0.14285715]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, 0.035714287, 0.071428575, 0.14285715, 0.14285715,
                                          -0.14285715, 0.14285715})));
    // n = F.smooth_l1_loss(a, b, reduction='none', beta=1.0) -> (values below)
    Tensor n = F::smooth_l1_loss(a, b, "none", 1.0);
    EXPECT_TRUE(Close(n, ct::tensor({0.0, 0.03125, 0.125, 0.5, 1.0, 1.5, 2.5})));
    EXPECT_EQ(n.grad_fn_name(), "SmoothL1LossBackward0");
  });
  Case("smooth_l1_loss beta 0.5 (|d| on both sides of beta)", [] {
    // a = torch.tensor([0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    Tensor b = ct::tensor({0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    // l = F.smooth_l1_loss(a, b, beta=0.5) -> 0.97321427
    Tensor l = F::smooth_l1_loss(a, b, "mean", 0.5);
    EXPECT_TRUE(Close(l, ct::tensor(0.97321427)));
    EXPECT_EQ(l.grad_fn_name(), "SmoothL1LossBackward0");
    // g_l = torch.autograd.grad(l, [a])
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> [0.0, 0.071428575, 0.14285715, 0.14285715, 0.14285715, -0.14285715, 0.14285715]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, 0.071428575, 0.14285715, 0.14285715, 0.14285715,
                                          -0.14285715, 0.14285715})));
    // n = F.smooth_l1_loss(a, b, reduction='none', beta=0.5) -> (values below)
    Tensor n = F::smooth_l1_loss(a, b, "none", 0.5);
    EXPECT_TRUE(Close(n, ct::tensor({0.0, 0.0625, 0.25, 0.75, 1.25, 1.75, 2.75})));
    EXPECT_EQ(n.grad_fn_name(), "SmoothL1LossBackward0");
  });
  Case("smooth_l1_loss beta 2 (|d| on both sides of beta)", [] {
    // a = torch.tensor([0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    Tensor b = ct::tensor({0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    // l = F.smooth_l1_loss(a, b, beta=2.0) -> 0.5558036
    Tensor l = F::smooth_l1_loss(a, b, "mean", 2.0);
    EXPECT_TRUE(Close(l, ct::tensor(0.5558036)));
    EXPECT_EQ(l.grad_fn_name(), "SmoothL1LossBackward0");
    // g_l = torch.autograd.grad(l, [a])
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> [0.0, 0.017857144, 0.035714287, 0.071428575, 0.107142866, -0.14285715, 0.14285715]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, 0.017857144, 0.035714287, 0.071428575, 0.107142866,
                                          -0.14285715, 0.14285715})));
    // n = F.smooth_l1_loss(a, b, reduction='none', beta=2.0) -> (values below)
    Tensor n = F::smooth_l1_loss(a, b, "none", 2.0);
    EXPECT_TRUE(Close(n, ct::tensor({0.0, 0.015625, 0.0625, 0.25, 0.5625, 1.0, 2.0})));
    EXPECT_EQ(n.grad_fn_name(), "SmoothL1LossBackward0");
  });
  Case("smooth_l1_loss beta 0 (|d| on both sides of beta)", [] {
    // a = torch.tensor([0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({0.0, 0.25, 0.5, 1.0, 1.5, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    Tensor b = ct::tensor({0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    // l = F.smooth_l1_loss(a, b, beta=0.0) -> 1.1785715
    Tensor l = F::smooth_l1_loss(a, b, "mean", 0.0);
    EXPECT_TRUE(Close(l, ct::tensor(1.1785715)));
    // Deviation (docs/semantics.md): torch names this node SmoothL1LossBackward0.
    EXPECT_NE(l.grad_fn_name(), "");
    // torch 1.13 keeps the smooth_l1 kernel for beta = 0; its backward takes the `d <= -beta`
    //     branch at d = 0, so the first entry is -1/n, not 0.
    // g_l = torch.autograd.grad(l, [a])
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> (values below)
    // Deviation (docs/semantics.md): beta = 0 is l1_loss here, whose gradient at d = 0 is 0.
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, 0.14285715, 0.14285715, 0.14285715, 0.14285715,
                                          -0.14285715, 0.14285715})));
    // n = F.smooth_l1_loss(a, b, reduction='none', beta=0.0) -> (values below)
    Tensor n = F::smooth_l1_loss(a, b, "none", 0.0);
    EXPECT_TRUE(Close(n, ct::tensor({0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0})));
    // Deviation (docs/semantics.md): torch names this node SmoothL1LossBackward0.
    EXPECT_NE(n.grad_fn_name(), "");
  });
  Case("mse_loss broadcasts the target (torch warns)", [] {
    // a = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}).requires_grad_();
    // b = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({1.0, 0.0, -1.0}).requires_grad_();
    // l = F.mse_loss(a, b) -> 1.7083334
    Tensor l = F::mse_loss(a, b);
    EXPECT_TRUE(Close(l, ct::tensor(1.7083334)));
    EXPECT_EQ(l.grad_fn_name(), "MseLossBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[0.0, -0.6666667, 0.5], [0.6666667, 0.0, 0.0]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.0, -0.6666667, 0.5}, {0.6666667, 0.0, 0.0}})));
    // d/db -> [-0.6666667, 0.6666667, -0.5]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({-0.6666667, 0.6666667, -0.5})));
  });
  Case("smooth_l1_loss sum, float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{1.0, -2.0, 0.5}, {3.0, 0.0, -1.0}}, ct::float64).requires_grad_();
    // b = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor b = ct::tensor({{0.5, -2.0, 2.5}, {1.0, 0.25, -1.0}}, ct::float64).requires_grad_();
    // l = F.smooth_l1_loss(a, b, reduction='sum') -> 3.15625 (torch.float64)
    Tensor l = F::smooth_l1_loss(a, b, "sum");
    EXPECT_TRUE(Close(l, ct::tensor(3.15625, ct::float64)));
    EXPECT_EQ(l.grad_fn_name(), "SmoothL1LossBackward0");
    // g_l = torch.autograd.grad(l, [a, b])
    std::vector<Tensor> g_l = ct::grad({l}, {a, b}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/da -> [[0.5, 0.0, -1.0], [1.0, -0.25, 0.0]] (torch.float64)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{0.5, 0.0, -1.0}, {1.0, -0.25, 0.0}}, ct::float64)));
    // d/db -> [[-0.5, 0.0, 1.0], [-1.0, 0.25, 0.0]] (torch.float64)
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-0.5, 0.0, 1.0}, {-1.0, 0.25, 0.0}}, ct::float64)));
  });
}

// binary_cross_entropy (log clamped at -100, weight) and binary_cross_entropy_with_logits
// (weight, pos_weight, large logits).
TEST(TorchValuesLoss, BinaryCrossEntropy) {
  Case("bce mean", [] {
    // p = torch.tensor([0.1, 0.5, 0.9, 0.7], requires_grad=True)
    Tensor p = ct::tensor({0.1, 0.5, 0.9, 0.7}).requires_grad_();
    // y = torch.tensor([0.0, 1.0, 1.0, 0.25])
    Tensor y = ct::tensor({0.0, 1.0, 1.0, 0.25});
    // l = F.binary_cross_entropy(p, y) -> 0.47400415
    Tensor l = F::binary_cross_entropy(p, y);
    EXPECT_TRUE(Close(l, ct::tensor(0.47400415)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyBackward0");
    // g_l = torch.autograd.grad(l, [p])
    std::vector<Tensor> g_l = ct::grad({l}, {p}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dp -> [0.2777778, -0.5, -0.2777778, 0.53571427]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.2777778, -0.5, -0.2777778, 0.53571427})));
  });
  Case("bce at 0 and 1: log clamped to -100", [] {
    // p = torch.tensor([0.0, 1.0, 0.0, 1.0], requires_grad=True)
    Tensor p = ct::tensor({0.0, 1.0, 0.0, 1.0}).requires_grad_();
    // y = torch.tensor([0.0, 1.0, 1.0, 0.0])
    Tensor y = ct::tensor({0.0, 1.0, 1.0, 0.0});
    // l = F.binary_cross_entropy(p, y, reduction='none') -> [0.0, -0.0, 100.0, 100.0]
    Tensor l = F::binary_cross_entropy(p, y, {}, "none");
    EXPECT_TRUE(Close(l, ct::tensor({0.0, -0.0, 100.0, 100.0})));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyBackward0");
    // grad_l = torch.tensor([1.0, 1.0, 1.0, 1.0])
    Tensor grad_l = ct::tensor({1.0, 1.0, 1.0, 1.0});
    // g_l = torch.autograd.grad(l, [p], grad_l)
    std::vector<Tensor> g_l = ct::grad({l}, {p}, {grad_l}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dp -> [0.0, 0.0, -1000000000000.0, 1000000000000.0]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, 0.0, -1000000000000.0, 1000000000000.0})));
  });
  Case("bce weight, sum and none", [] {
    // p = torch.tensor([[0.2, 0.6], [0.9, 0.4]], requires_grad=True)
    Tensor p = ct::tensor({{0.2, 0.6}, {0.9, 0.4}}).requires_grad_();
    // y = torch.tensor([[0.0, 1.0], [1.0, 1.0]])
    Tensor y = ct::tensor({{0.0, 1.0}, {1.0, 1.0}});
    // w = torch.tensor([2.0, 0.5])
    Tensor w = ct::tensor({2.0, 0.5});
    // l = F.binary_cross_entropy(p, y, weight=w, reduction='sum') -> 1.3705662
    Tensor l = F::binary_cross_entropy(p, y, w, "sum");
    EXPECT_TRUE(Close(l, ct::tensor(1.3705662)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyBackward0");
    // g_l = torch.autograd.grad(l, [p])
    std::vector<Tensor> g_l = ct::grad({l}, {p}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dp -> [[2.4999998, -0.8333333], [-2.2222223, -1.25]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{2.4999998, -0.8333333}, {-2.2222223, -1.25}})));
    // n = F.binary_cross_entropy(p, y, weight=w, reduction='none') -> (values below)
    Tensor n = F::binary_cross_entropy(p, y, w, "none");
    EXPECT_TRUE(Close(n, ct::tensor({{0.44628707, 0.2554128}, {0.21072109, 0.45814535}})));
    EXPECT_EQ(n.grad_fn_name(), "BinaryCrossEntropyBackward0");
  });
  Case("bce float64 with target gradient", [] {
    // p = torch.tensor([0.25, 0.75], dtype=torch.float64, requires_grad=True)
    Tensor p = ct::tensor({0.25, 0.75}, ct::float64).requires_grad_();
    // y = torch.tensor([0.5, 0.0], dtype=torch.float64, requires_grad=True)
    Tensor y = ct::tensor({0.5, 0.0}, ct::float64).requires_grad_();
    // l = F.binary_cross_entropy(p, y) -> 1.111641288952863 (torch.float64)
    Tensor l = F::binary_cross_entropy(p, y);
    EXPECT_TRUE(Close(l, ct::tensor(1.111641288952863, ct::float64)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyBackward0");
    // g_l = torch.autograd.grad(l, [p, y])
    std::vector<Tensor> g_l = ct::grad({l}, {p, y}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/dp -> [-0.6666666666666666, 2.0] (torch.float64)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({-0.6666666666666666, 2.0}, ct::float64)));
    // d/dy -> [0.5493061443340548, -0.5493061443340548] (torch.float64)
    EXPECT_TRUE(Close(g_l[1], ct::tensor({0.5493061443340548, -0.5493061443340548}, ct::float64)));
  });
  Case("bce_with_logits mean, large logits", [] {
    // x = torch.tensor([-100.0, -1.0, 0.0, 2.0, 100.0], requires_grad=True)
    Tensor x = ct::tensor({-100.0, -1.0, 0.0, 2.0, 100.0}).requires_grad_();
    // y = torch.tensor([0.0, 1.0, 0.5, 0.0, 1.0])
    Tensor y = ct::tensor({0.0, 1.0, 0.5, 0.0, 1.0});
    // l = F.binary_cross_entropy_with_logits(x, y) -> 0.8266674
    Tensor l = F::binary_cross_entropy_with_logits(x, y);
    EXPECT_TRUE(Close(l, ct::tensor(0.8266674)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyWithLogitsBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [0.0, -0.14621171, 0.0, 0.17615941, 0.0]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({0.0, -0.14621171, 0.0, 0.17615941, 0.0})));
    // n = F.binary_cross_entropy_with_logits(x, 1 - y, reduction='none') -> (values below)
    Tensor n = F::binary_cross_entropy_with_logits(x, 1 - y, {}, "none");
    EXPECT_TRUE(Close(n, ct::tensor({100.0, 0.31326166, 0.6931472, 0.12692805, 100.0})));
    EXPECT_EQ(n.grad_fn_name(), "BinaryCrossEntropyWithLogitsBackward0");
  });
  Case("bce_with_logits pos_weight (broadcast over the last dim)", [] {
    // x = torch.tensor([[0.5, -1.0, 2.0], [-0.5, 1.5, 0.0]], requires_grad=True)
    Tensor x = ct::tensor({{0.5, -1.0, 2.0}, {-0.5, 1.5, 0.0}}).requires_grad_();
    // y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.5]])
    Tensor y = ct::tensor({{1.0, 0.0, 1.0}, {0.0, 1.0, 0.5}});
    // pw = torch.tensor([2.0, 0.5, 3.0])
    Tensor pw = ct::tensor({2.0, 0.5, 3.0});
    // l = F.binary_cross_entropy_with_logits(x, y, pos_weight=pw) -> 0.60054624
    Tensor l = F::binary_cross_entropy_with_logits(x, y, {}, "mean", pw);
    EXPECT_TRUE(Close(l, ct::tensor(0.60054624)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyWithLogitsBackward0");
    // g_l = torch.autograd.grad(l, [x])
    std::vector<Tensor> g_l = ct::grad({l}, {x}, {}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/dx -> [[-0.12584688, 0.044823572, -0.059601467], [0.06292345, -0.01520213, -0.083333336]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.12584688, 0.044823572, -0.059601467},
                                          {0.06292345, -0.01520213, -0.083333336}})));
    // n = F.binary_cross_entropy_with_logits(x, y, pos_weight=pw, reduction='none') -> (values
    //     below)
    Tensor n = F::binary_cross_entropy_with_logits(x, y, {}, "none", pw);
    EXPECT_TRUE(Close(
        n, ct::tensor({{0.948154, 0.31326163, 0.38078415}, {0.474077, 0.10070667, 1.3862944}})));
    EXPECT_EQ(n.grad_fn_name(), "BinaryCrossEntropyWithLogitsBackward0");
  });
  Case("bce_with_logits weight and pos_weight, sum", [] {
    // x = torch.tensor([[0.5, -1.0, 2.0], [-0.5, 1.5, 0.0]], requires_grad=True)
    Tensor x = ct::tensor({{0.5, -1.0, 2.0}, {-0.5, 1.5, 0.0}}).requires_grad_();
    // y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.5]], requires_grad=True)
    Tensor y = ct::tensor({{1.0, 0.0, 1.0}, {0.0, 1.0, 0.5}}).requires_grad_();
    // w = torch.tensor([[1.0], [0.25]])
    Tensor w = ct::tensor({{1.0}, {0.25}});
    // pw = torch.tensor([2.0, 0.5, 3.0])
    Tensor pw = ct::tensor({2.0, 0.5, 3.0});
    // l = F.binary_cross_entropy_with_logits(x, y, weight=w, reduction='sum', pos_weight=pw) ->
    //     (values below)
    Tensor l = F::binary_cross_entropy_with_logits(x, y, w, "sum", pw);
    EXPECT_TRUE(Close(l, ct::tensor(2.1324692)));
    EXPECT_EQ(l.grad_fn_name(), "BinaryCrossEntropyWithLogitsBackward0");
    // g_l = torch.autograd.grad(l, [x, y])
    std::vector<Tensor> g_l = ct::grad({l}, {x, y}, {}, true);
    ASSERT_EQ(g_l.size(), 2u);
    // d/dx -> [[-0.7550813, 0.26894143, -0.3576088], [0.09438517, -0.022803195, -0.125]]
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.7550813, 0.26894143, -0.3576088},
                                          {0.09438517, -0.022803195, -0.125}})));
    // d/dy -> [[-0.025923014, 0.3433692, -1.746144], [0.36851925, -0.40017664, 0.3465736]]
    EXPECT_TRUE(Close(g_l[1], ct::tensor({{-0.025923014, 0.3433692, -1.746144},
                                          {0.36851925, -0.40017664, 0.3465736}})));
  });
}

// Loss errors: shapes, dtypes, out-of-range targets, bad reduction, weights that require grad.
TEST(TorchValuesLoss, Errors) {
  Case("cross_entropy / nll_loss target errors", [] {
    // x = torch.tensor([[1.0, -0.5, 2.0, 0.25], [0.0, 1.5, -1.0, 3.0], [-2.0, 0.5, 0.5, 1.0]])
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}});
    // t2 = torch.tensor([0, 1])
    Tensor t2 = ct::tensor({0, 1});
    // F.cross_entropy(x, t2) -> ValueError: Expected input batch_size (3) to match target
    //     batch_size (2).
    EXPECT_TRUE(
        Raises<ct::ValueError>([&] { (void)F::cross_entropy(x, t2); },
                               "Expected input batch_size (3) to match target batch_size (2)."));
    // F.nll_loss(x, t2) -> ValueError: Expected input batch_size (3) to match target batch_size
    //     (2).
    EXPECT_TRUE(
        Raises<ct::ValueError>([&] { (void)F::nll_loss(x, t2); },
                               "Expected input batch_size (3) to match target batch_size (2)."));
    // big = torch.tensor([0, 4, 1])
    Tensor big = ct::tensor({0, 4, 1});
    // F.cross_entropy(x, big) -> IndexError: Target 4 is out of bounds.
    EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)F::cross_entropy(x, big); },
                                       "Target 4 is out of bounds."));
    // neg = torch.tensor([0, -1, 1])
    Tensor neg = ct::tensor({0, -1, 1});
    // F.nll_loss(x, neg) -> IndexError: Target -1 is out of bounds.
    EXPECT_TRUE(
        Raises<ct::IndexError>([&] { (void)F::nll_loss(x, neg); }, "Target -1 is out of bounds."));
    // tf = torch.tensor([0.0, 1.0, 2.0])
    Tensor tf = ct::tensor({0.0, 1.0, 2.0});
    // F.cross_entropy(x, tf) -> RuntimeError: expected scalar type Long but found Float
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::cross_entropy(x, tf); }));
    // t = torch.tensor([0, 1, 2])
    Tensor t = ct::tensor({0, 1, 2});
    // w3 = torch.tensor([1.0, 2.0, 3.0])
    Tensor w3 = ct::tensor({1.0, 2.0, 3.0});
    // F.cross_entropy(x, t, weight=w3) -> RuntimeError: weight tensor should be defined either for
    //     all 4 classes or no classes but got weight tensor of shape: [3]
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::cross_entropy(x, t, {.weight = w3}); }));
    // F.cross_entropy(x, t, reduction='avg') -> ValueError: avg is not a valid value for reduction
    EXPECT_TRUE(Raises<ct::ValueError>([&] { (void)F::cross_entropy(x, t, {.reduction = "avg"}); },
                                       "avg is not a valid value for reduction"));
    // F.cross_entropy(x, t, label_smoothing=1.5) -> RuntimeError: label_smoothing must be between
    //     0.0 and 1.0. Got: 1.5
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)F::cross_entropy(x, t, {.label_smoothing = 1.5}); }));
    // p = torch.tensor([[0.5, 0.5, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]])
    Tensor p = ct::tensor({{0.5, 0.5, 0.0, 0.0}, {1.0, 0.0, 0.0, 0.0}});
    // F.cross_entropy(x, p) -> ValueError: Expected input batch_size (3) to match target batch_size
    //     (2).
    EXPECT_TRUE(
        Raises<ct::ValueError>([&] { (void)F::cross_entropy(x, p); },
                               "Expected input batch_size (3) to match target batch_size (2)."));
    // q = torch.tensor([[0.5, 0.5], [1.0, 0.0], [0.0, 1.0]])
    Tensor q = ct::tensor({{0.5, 0.5}, {1.0, 0.0}, {0.0, 1.0}});
    // F.cross_entropy(x, q) -> RuntimeError: 0D or 1D target tensor expected, multi-target not
    //     supported
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::cross_entropy(x, q); }));
  });
  Case("a loss weight that requires grad", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, -0.5, 2.0, 0.25}, {0.0, 1.5, -1.0, 3.0}, {-2.0, 0.5, 0.5, 1.0}})
                   .requires_grad_();
    // t = torch.tensor([0, 1, 2])
    Tensor t = ct::tensor({0, 1, 2});
    // w = torch.tensor([1.0, 2.0, 0.5, 1.5], requires_grad=True)
    Tensor w = ct::tensor({1.0, 2.0, 0.5, 1.5}).requires_grad_();
    // F.nll_loss(F.log_softmax(x, 1), t, weight=w) -> RuntimeError: The function 'nll_loss_forward'
    //     is not differentiable with respect to argument 'weight'. This input cannot have
    //     requires_grad True.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)F::nll_loss(F::log_softmax(x, 1), t, {.weight = w}); },
        "The function 'nll_loss_forward' is not differentiable with respect to argument 'weight'. "
        "This input cannot have requires_grad True."));
    // F.cross_entropy(x, t, weight=w) -> RuntimeError: The function 'nll_loss_forward' is not
    //     differentiable with respect to argument 'weight'. This input cannot have requires_grad
    //     True.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)F::cross_entropy(x, t, {.weight = w}); },
        "The function 'nll_loss_forward' is not differentiable with respect to argument 'weight'. "
        "This input cannot have requires_grad True."));
    // p = torch.tensor([0.2, 0.6], requires_grad=True)
    Tensor p = ct::tensor({0.2, 0.6}).requires_grad_();
    // y = torch.tensor([0.0, 1.0])
    Tensor y = ct::tensor({0.0, 1.0});
    // bw = torch.tensor([1.0, 2.0], requires_grad=True)
    Tensor bw = ct::tensor({1.0, 2.0}).requires_grad_();
    // F.binary_cross_entropy(p, y, weight=bw) -> RuntimeError: The function 'binary_cross_entropy'
    //     is not differentiable with respect to argument 'weight'. This input cannot have
    //     requires_grad True.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)F::binary_cross_entropy(p, y, bw); },
        "The function 'binary_cross_entropy' is not differentiable with respect to argument "
        "'weight'. This input cannot have requires_grad True."));
  });
  Case("regression loss errors", [] {
    // a = torch.tensor([1.0, 2.0, 3.0])
    Tensor a = ct::tensor({1.0, 2.0, 3.0});
    // b = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    Tensor b = ct::tensor({{1.0, 2.0}, {3.0, 4.0}});
    // F.mse_loss(a, b) -> RuntimeError: The size of tensor a (3) must match the size of tensor b
    //     (2) at non-singleton dimension 1
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::mse_loss(a, b); }));
    // F.l1_loss(a, b) -> RuntimeError: The size of tensor a (3) must match the size of tensor b (2)
    //     at non-singleton dimension 1
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::l1_loss(a, b); }));
    // F.mse_loss(a, a, reduction='max') -> ValueError: max is not a valid value for reduction
    EXPECT_TRUE(Raises<ct::ValueError>([&] { (void)F::mse_loss(a, a, "max"); },
                                       "max is not a valid value for reduction"));
    // F.smooth_l1_loss(a, a, beta=-1.0) -> RuntimeError: smooth_l1_loss does not support negative
    //     values for beta.
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)F::smooth_l1_loss(a, a, "mean", -1.0); },
                                 "smooth_l1_loss does not support negative values for beta."));
  });
  Case("binary cross entropy errors", [] {
    // p = torch.tensor([0.2, 1.5])
    Tensor p = ct::tensor({0.2, 1.5});
    // y = torch.tensor([0.0, 1.0])
    Tensor y = ct::tensor({0.0, 1.0});
    // F.binary_cross_entropy(p, y) -> RuntimeError: all elements of input should be between 0 and 1
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::binary_cross_entropy(p, y); },
                                         "all elements of input should be between 0 and 1"));
    // q = torch.tensor([0.2, 0.5, 0.7])
    Tensor q = ct::tensor({0.2, 0.5, 0.7});
    // F.binary_cross_entropy(q, y) -> ValueError: Using a target size (torch.Size([2])) that is
    //     different to the input size (torch.Size([3])) is deprecated. Please ensure they have the
    //     same size.
    EXPECT_TRUE(Raises<ct::ValueError>(
        [&] { (void)F::binary_cross_entropy(q, y); },
        "Using a target size (torch.Size([2])) that is different to the input size "
        "(torch.Size([3])) is deprecated. Please ensure they have the same size."));
    // F.binary_cross_entropy_with_logits(q, y) -> ValueError: Target size (torch.Size([2])) must be
    //     the same as input size (torch.Size([3]))
    EXPECT_TRUE(Raises<ct::ValueError>(
        [&] { (void)F::binary_cross_entropy_with_logits(q, y); },
        "Target size (torch.Size([2])) must be the same as input size (torch.Size([3]))"));
  });
}

// ============================================================ layers

// linear with and without bias, 1-d and 3-d inputs; input, weight and bias gradients.
TEST(TorchValuesLayer, Linear) {
  Case("2-d input with bias", [] {
    // x = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // w = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(4, 3).requires_grad_()
    Tensor w =
        ct::tensor(
            {{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}, {0.0, 0.75, -1.25}})
            .requires_grad_();
    // b = torch.tensor([0.5, -1.0, 0.0, 2.0], requires_grad=True)
    Tensor b = ct::tensor({0.5, -1.0, 0.0, 2.0}).requires_grad_();
    // y = F.linear(x, w, b) -> [[1.6875, -2.625, 0.375, 3.0], [-1.375, 0.1875, 1.5, 3.125]]
    Tensor y = F::linear(x, w, b);
    EXPECT_TRUE(Close(y, ct::tensor({{1.6875, -2.625, 0.375, 3.0}, {-1.375, 0.1875, 1.5, 3.125}})));
    EXPECT_EQ(y.grad_fn_name(), "AddmmBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> [[2.875, -1.0, 0.625], [-1.625, -3.0, 2.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{2.875, -1.0, 0.625}, {-1.625, -3.0, 2.5}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{3.75, -0.375, -0.375},
                                          {-0.625, 0.625, -0.875},
                                          {-0.625, -0.125, 0.375},
                                          {-0.625, -0.875, 1.625}})));
    // d/db -> [0.0, 1.5, -0.5, -2.5]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({0.0, 1.5, -0.5, -2.5})));
  });
  Case("no bias", [] {
    // x = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // w = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(4, 3).requires_grad_()
    Tensor w =
        ct::tensor(
            {{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}, {0.0, 0.75, -1.25}})
            .requires_grad_();
    // y = F.linear(x, w) -> [[1.1875, -1.625, 0.375, 1.0], [-1.875, 1.1875, 1.5, 1.125]]
    Tensor y = F::linear(x, w);
    EXPECT_TRUE(Close(y, ct::tensor({{1.1875, -1.625, 0.375, 1.0}, {-1.875, 1.1875, 1.5, 1.125}})));
    EXPECT_EQ(y.grad_fn_name(), "MmBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[2.875, -1.0, 0.625], [-1.625, -3.0, 2.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{2.875, -1.0, 0.625}, {-1.625, -3.0, 2.5}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{3.75, -0.375, -0.375},
                                          {-0.625, 0.625, -0.875},
                                          {-0.625, -0.125, 0.375},
                                          {-0.625, -0.875, 1.625}})));
  });
  Case("3-d input", [] {
    // x = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(2, 2, 3).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}},
                           {{1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}}})
                   .requires_grad_();
    // w = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor w = ct::tensor({{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}}).requires_grad_();
    // b = torch.tensor([1.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({1.0, -1.0}).requires_grad_();
    // y = F.linear(x, w, b) -> (values below)
    Tensor y = F::linear(x, w, b);
    EXPECT_TRUE(Close(
        y, ct::tensor({{{2.1875, -2.625}, {-0.875, 0.1875}}, {{-0.5, 0.25}, {-0.125, 0.3125}}})));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 2, 2)
    Tensor grad_y = ct::tensor({{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{2.875, -0.25, -0.625}, {-1.0, 1.0, 0.25}},
                                          {{-1.375, -1.25, 0.25}, {-0.875, 1.75, 0.25}}})));
    // d/dw -> [[3.0, -0.625, -0.125], [-3.125, 0.625, 1.625]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{3.0, -0.625, -0.125}, {-3.125, 0.625, 1.625}})));
    // d/db -> [-0.5, -1.0]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-0.5, -1.0})));
  });
  Case("1-d input", [] {
    // x = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    Tensor x = ct::tensor({1.0, -2.0, 0.5}).requires_grad_();
    // w = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor w = ct::tensor({{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}}).requires_grad_();
    // b = torch.tensor([1.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({1.0, -1.0}).requires_grad_();
    // y = F.linear(x, w, b) -> [0.875, 1.875]
    Tensor y = F::linear(x, w, b);
    EXPECT_TRUE(Close(y, ct::tensor({0.875, 1.875})));
    EXPECT_EQ(y.grad_fn_name(), "AddBackward0");
    // grad_y = torch.tensor([1.0, 2.0])
    Tensor grad_y = ct::tensor({1.0, 2.0});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> [0.75, -2.5, -0.25]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({0.75, -2.5, -0.25})));
    // d/dw -> [[1.0, -2.0, 0.5], [2.0, -4.0, 1.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.0, -2.0, 0.5}, {2.0, -4.0, 1.0}})));
    // d/db -> [1.0, 2.0]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({1.0, 2.0})));
  });
  Case("errors", [] {
    // x = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor x = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // w = ((torch.arange(8) * 7 % 11 - 5) / 4).reshape(4, 2)
    Tensor w = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}, {1.0, 0.0}});
    // F.linear(x, w) -> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x4)
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)F::linear(x, w); }, "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x4)"));
    // w3 = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(4, 3)
    Tensor w3 = ct::tensor(
        {{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}});
    // b = torch.tensor([1.0, 2.0])
    Tensor b = ct::tensor({1.0, 2.0});
    // F.linear(x, w3, b) -> RuntimeError: The expanded size of the tensor (4) must match the
    //     existing size (2) at non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [2]
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::linear(x, w3, b); }));
    // wd = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(4, 3).double()
    Tensor wd = ct::tensor(
        {{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}},
        ct::float64);
    // F.linear(x, wd) -> RuntimeError: expected scalar type Float but found Double
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::linear(x, wd); }));
  });
}

// layer_norm over the last one and two dims, with weight/bias, a constant row, eps.
TEST(TorchValuesLayer, LayerNorm) {
  Case("last dim, weight and bias", [] {
    // x = torch.tensor([[1.0, 2.0, 4.0], [-1.0, 0.5, 0.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 4.0}, {-1.0, 0.5, 0.0}}).requires_grad_();
    // w = torch.tensor([1.0, 0.5, -2.0], requires_grad=True)
    Tensor w = ct::tensor({1.0, 0.5, -2.0}).requires_grad_();
    // b = torch.tensor([0.0, 1.0, 0.25], requires_grad=True)
    Tensor b = ct::tensor({0.0, 1.0, 0.25}).requires_grad_();
    // y = F.layer_norm(x, (3,), w, b) -> (values below)
    Tensor y = F::layer_norm(x, {3}, w, b);
    EXPECT_TRUE(Close(y, ct::tensor({{-1.0690414, 0.86636984, -2.4226036},
                                     {-1.336289, 1.5345156, -0.28451556}})));
    EXPECT_EQ(y.grad_fn_name(), "NativeLayerNormBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> [[-0.51543355, 0.77314526, -0.2577119], [0.4008524, 0.80180097, -1.2026532]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-0.51543355, 0.77314526, -0.2577119},
                                          {0.4008524, 0.80180097, -1.2026532}})));
    // d/dw -> [2.9398513, 1.3362865, 0.13362889]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({2.9398513, 1.3362865, 0.13362889})));
    // d/db -> [-2.5, 2.5, 0.5]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-2.5, 2.5, 0.5})));
  });
  Case("no affine; constant row normalises to 0", [] {
    // x = torch.tensor([[3.0, 3.0, 3.0, 3.0], [1.0, 2.0, 3.0, 4.0]], requires_grad=True)
    Tensor x = ct::tensor({{3.0, 3.0, 3.0, 3.0}, {1.0, 2.0, 3.0, 4.0}}).requires_grad_();
    // y = F.layer_norm(x, (4,)) -> (values below)
    Tensor y = F::layer_norm(x, {4});
    EXPECT_TRUE(Close(
        y, ct::tensor({{0.0, 0.0, 0.0, 0.0}, {-1.3416355, -0.44721186, 0.4472118, 1.3416355}})));
    EXPECT_EQ(y.grad_fn_name(), "NativeLayerNormBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{-355.75626, 434.8132, 118.58542, -197.64236},
                            {1.04904175e-05, 3.5762787e-06, -3.5762787e-06, -1.04904175e-05}})));
  });
  Case("last two dims, eps 0.1", [] {
    // x = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(2, 2, 3).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}},
                           {{1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}}})
                   .requires_grad_();
    // w = ((torch.arange(6) * 5 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor w = ct::tensor({{-1.25, 0.0, 1.25}, {-0.25, 1.0, -0.5}}).requires_grad_();
    // b = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor b = ct::tensor({{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}}).requires_grad_();
    // y = F.layer_norm(x, (2, 3), w, b, eps=0.1) -> (values below)
    Tensor y = F::layer_norm(x, {2, 3}, w, b, 0.1);
    EXPECT_TRUE(Close(
        y, ct::tensor({{{0.3790529, -0.5, -0.33180457}, {0.627645, -0.627645, 0.122354925}},
                       {{-2.8399305, -0.5, -0.9866128}, {0.75267744, -1.1413271, 0.38597226}}})));
    EXPECT_EQ(y.grad_fn_name(), "NativeLayerNormBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(2, 2, 3)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}}, {{-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor(
                  {{{1.1442895, -0.46741998, -0.7432983}, {0.01875496, 1.1392076, -1.0915341}},
                   {{0.526417, -0.040961675, 1.5115672}, {-0.14540455, -1.1367648, -0.7148533}}})));
    // d/dw -> [[1.3188913, 0.4396304, -0.98929024], [-1.4894198, 0.6998596, -2.2802718]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.3188913, 0.4396304, -0.98929024},
                                          {-1.4894198, 0.6998596, -2.2802718}})));
    // d/db -> [[-2.0, -0.5, 1.0], [-1.0, 0.5, 2.0]]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({{-2.0, -0.5, 1.0}, {-1.0, 0.5, 2.0}})));
  });
  Case("non-contiguous (transposed) input", [] {
    // x = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}}).requires_grad_();
    // w = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
    Tensor w = ct::tensor({2.0, -1.0, 0.5}).requires_grad_();
    // y = F.layer_norm(x.t(), (3,), w) -> (values below)
    Tensor y = F::layer_norm(x.t(), {3}, w);
    EXPECT_TRUE(
        Close(y, ct::tensor({{-2.449457, 0.0, 0.61236423}, {0.4040581, -1.1111597, -0.65659434}})));
    EXPECT_EQ(y.grad_fn_name(), "NativeLayerNormBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[-0.27222753, -0.9153179], [0.5443239, 0.57205653], [-0.27209592, 0.34326178]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-0.27222753, -0.9153179},
                                          {0.5443239, 0.57205653},
                                          {-0.27209592, 0.34326178}})));
    // d/dw -> [1.6350636, 1.6667395, -0.65659434]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({1.6350636, 1.6667395, -0.65659434})));
  });
  Case("float64", [] {
    // x = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 4.0}, {-1.0, 0.5, 0.0}}, ct::float64).requires_grad_();
    // y = F.layer_norm(x, (3,)) -> (values below, torch.float64)
    Tensor y = F::layer_norm(x, {3});
    EXPECT_TRUE(Close(y, ct::tensor({{-1.069041531450298, -0.2672603828625746, 1.3363019143128718},
                                     {-1.3362890288136269, 1.0690312230509016, 0.2672578057627254}},
                                    ct::float64)));
    EXPECT_EQ(y.grad_fn_name(), "NativeLayerNormBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).double().reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}}, ct::float64);
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below, torch.float64)
    EXPECT_TRUE(
        Close(g_y[0], ct::tensor({{-0.6872434389200718, 1.0308608631515668, -0.343617424231495},
                                  {0.05721307986420143, 0.11458421956627385, -0.1717972994304755}},
                                 ct::float64)));
  });
  Case("errors", [] {
    // x = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor x = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // F.layer_norm(x, (2,)) -> RuntimeError: Given normalized_shape=[2], expected input with shape
    //     [*, 2], but got input of size[2, 3]
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::layer_norm(x, {2}); },
                                         "Given normalized_shape=[2], expected input with shape "
                                         "[*, 2], but got input of size[2, 3]"));
    // w = torch.tensor([1.0, 2.0])
    Tensor w = ct::tensor({1.0, 2.0});
    // F.layer_norm(x, (3,), w) -> RuntimeError: Expected weight to be of same shape as
    //     normalized_shape, but got weight of shape [2] and normalized_shape = [3]
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::layer_norm(x, {3}, w); }));
  });
}

// dropout that is deterministic: training=false, p = 0 and p = 1.
TEST(TorchValuesLayer, Dropout) {
  Case("eval mode is the identity", [] {
    // x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    Tensor x = ct::tensor({1.0, -2.0, 3.0}).requires_grad_();
    // y = F.dropout(x, 0.5, training=False) -> [1.0, -2.0, 3.0]
    Tensor y = F::dropout(x, 0.5, false);
    EXPECT_TRUE(Close(y, ct::tensor({1.0, -2.0, 3.0})));
    EXPECT_EQ(y.grad_fn_name(), "");
    // g_y = torch.autograd.grad(y.sum(), [x])
    std::vector<Tensor> g_y = ct::grad({y.sum()}, {x}, {}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [1.0, 1.0, 1.0]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({1.0, 1.0, 1.0})));
  });
  Case("p = 0 and p = 1", [] {
    // x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    Tensor x = ct::tensor({1.0, -2.0, 3.0}).requires_grad_();
    // y = F.dropout(x, 0.0) -> [1.0, -2.0, 3.0]
    Tensor y = F::dropout(x, 0.0);
    EXPECT_TRUE(Close(y, ct::tensor({1.0, -2.0, 3.0})));
    EXPECT_EQ(y.grad_fn_name(), "");
    // g_y = torch.autograd.grad(y.sum(), [x])
    std::vector<Tensor> g_y = ct::grad({y.sum()}, {x}, {}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [1.0, 1.0, 1.0]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({1.0, 1.0, 1.0})));
    // z = F.dropout(x, 1.0) -> [0.0, -0.0, 0.0]
    Tensor z = F::dropout(x, 1.0);
    EXPECT_TRUE(Close(z, ct::tensor({0.0, -0.0, 0.0})));
    EXPECT_EQ(z.grad_fn_name(), "MulBackward0");
    // g_z = torch.autograd.grad(z.sum(), [x])
    std::vector<Tensor> g_z = ct::grad({z.sum()}, {x}, {}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> [0.0, 0.0, 0.0]
    EXPECT_TRUE(Close(g_z[0], ct::tensor({0.0, 0.0, 0.0})));
  });
  Case("errors", [] {
    // x = torch.tensor([1.0])
    Tensor x = ct::tensor({1.0});
    // F.dropout(x, 1.5) -> ValueError: dropout probability has to be between 0 and 1, but got 1.5
    EXPECT_TRUE(
        Raises<ct::ValueError>([&] { (void)F::dropout(x, 1.5); },
                               "dropout probability has to be between 0 and 1, but got 1.5"));
  });
}

// conv1d with stride, padding, dilation and groups; input, weight and bias gradients.
TEST(TorchValuesLayer, Conv1d) {
  Case("plain", [] {
    // x = ((torch.arange(10) * 7 % 11 - 5) / 4).reshape(1, 2, 5).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5, 1.25, 0.25}, {-0.75, 1.0, 0.0, -1.0, 0.75}}})
                   .requires_grad_();
    // w = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(3, 2, 2).requires_grad_()
    Tensor w = ct::tensor({{{-1.25, -0.5}, {0.25, 1.0}},
                           {{-1.0, -0.25}, {0.5, 1.25}},
                           {{-0.75, 0.0}, {0.75, -1.25}}})
                   .requires_grad_();
    // b = torch.tensor([0.5, 0.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({0.5, 0.0, -1.0}).requires_grad_();
    // y = F.conv1d(x, w, b) -> (values below)
    Tensor y = F::conv1d(x, w, b);
    EXPECT_TRUE(Close(y, ct::tensor({{{2.625, 0.375, -0.5, -0.6875},
                                      {2.0, 0.125, -1.0625, -0.875},
                                      {-1.875, -0.625, 0.625, -3.625}}})));
    // Deviation (docs/semantics.md): torch names this node ConvolutionBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(1, 3, 4)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> [[[-0.375, -1.375, 0.625, 1.75, 0.875], [1.125, -0.375, 0.625, 0.75, -4.75]]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{-0.375, -1.375, 0.625, 1.75, 0.875},
                                           {1.125, -0.375, 0.625, 0.75, -4.75}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{1.125, -1.5}, {3.125, -2.25}},
                                          {{-3.25, -0.5}, {0.875, 0.875}},
                                          {{1.125, -0.375}, {-2.25, 3.125}}})));
    // d/db -> [-1.5, 0.0, 1.5]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-1.5, 0.0, 1.5})));
  });
  Case("stride 2, padding 1, dilation 2, groups 2", [] {
    // x = ((torch.arange(28) * 7 % 11 - 5) / 4).reshape(2, 2, 7).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5, 1.25, 0.25, -0.75, 1.0},
                            {0.0, -1.0, 0.75, -0.25, -1.25, 0.5, -0.5}},
                           {{1.25, 0.25, -0.75, 1.0, 0.0, -1.0, 0.75},
                            {-0.25, -1.25, 0.5, -0.5, 1.25, 0.25, -0.75}}})
                   .requires_grad_();
    // w = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(4, 1, 3).requires_grad_()
    Tensor w = ct::tensor({{{-1.25, -0.5, 0.25}},
                           {{1.0, -1.0, -0.25}},
                           {{0.5, 1.25, -0.75}},
                           {{0.0, 0.75, -1.25}}})
                   .requires_grad_();
    // b = torch.tensor([1.0, -1.0, 0.5, 0.0], requires_grad=True)
    Tensor b = ct::tensor({1.0, -1.0, 0.5, 0.0}).requires_grad_();
    // y = F.conv1d(x, w, b, stride=2, padding=1, dilation=2, groups=2) -> (values below)
    Tensor y = F::conv1d(x, w, b, 2, 1, 2, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{{1.0625, -0.4375, -0.1875},
                                      {-1.8125, -1.5625, 1.0},
                                      {-0.5625, -0.6875, 1.0},
                                      {-0.4375, -0.8125, 0.375}},
                                     {{1.125, -0.0625, 0.25},
                                      {-1.5, -1.5, 1.0},
                                      {-0.6875, -0.9375, 0.5625},
                                      {-0.3125, -0.6875, 0.1875}}})));
    // Deviation (docs/semantics.md): torch names this node ConvolutionBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(24) * 5 % 7 - 3) / 2).reshape(2, 4, 3)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}},
                    {{0.5, -0.5, -1.5}, {1.0, 0.0, -1.0}, {1.5, 0.5, -0.5}, {-1.5, 1.0, 0.0}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{0.0, 2.0, 0.0, -1.625, 0.0, -0.625, 0.0},
                                           {0.0, -1.375, 0.0, -1.75, 0.0, 4.75, 0.0}},
                                          {{0.0, -0.625, 0.0, 1.0, 0.0, 1.625, 0.0},
                                           {0.0, 1.0, 0.0, 1.875, 0.0, -2.25, 0.0}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{-1.125, 1.625, -1.625}},
                                          {{0.375, 2.25, -1.375}},
                                          {{0.875, -0.875, -1.25}},
                                          {{-0.625, 2.375, 0.5}}})));
    // d/db -> [-2.0, 1.0, 0.5, 0.0]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-2.0, 1.0, 0.5, 0.0})));
  });
  Case("unbatched (C, L) input, no bias", [] {
    // x = ((torch.arange(8) * 7 % 11 - 5) / 4).reshape(2, 4).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5, -0.5, 1.25}, {0.25, -0.75, 1.0, 0.0}}).requires_grad_();
    // w = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(1, 2, 3).requires_grad_()
    Tensor w = ct::tensor({{{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}}}).requires_grad_();
    // y = F.conv1d(x, w, padding=2) -> [[-0.375, 0.6875, 1.9375, -1.8125, 1.0, -1.5625]]
    Tensor y = F::conv1d(x, w, {}, 1, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{-0.375, 0.6875, 1.9375, -1.8125, 1.0, -1.5625}})));
    EXPECT_EQ(y.grad_fn_name(), "SqueezeBackward1");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(1, 6)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[-0.875, 1.5, -1.375, -1.625], [-0.625, -1.25, 2.5, -0.75]]
    EXPECT_TRUE(
        Close(g_y[0], ct::tensor({{-0.875, 1.5, -1.375, -1.625}, {-0.625, -1.25, 2.5, -0.75}})));
    // d/dw -> [[[-0.625, 1.125, 1.125], [2.25, -0.75, -1.125]]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{-0.625, 1.125, 1.125}, {2.25, -0.75, -1.125}}})));
  });
}

// conv2d with stride, padding, dilation and groups; input, weight and bias gradients.
TEST(TorchValuesLayer, Conv2d) {
  Case("plain with bias", [] {
    // x = ((torch.arange(32) * 7 % 11 - 5) / 4).reshape(1, 2, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75},
                             {1.0, 0.0, -1.0, 0.75}}}})
                   .requires_grad_();
    // w = ((torch.arange(54) * 3 % 11 - 5) / 4).reshape(3, 2, 3, 3).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}},
                            {{0.0, 0.75, -1.25}, {-0.5, 0.25, 1.0}, {-1.0, -0.25, 0.5}}},
                           {{{1.25, -0.75, 0.0}, {0.75, -1.25, -0.5}, {0.25, 1.0, -1.0}},
                            {{-0.25, 0.5, 1.25}, {-0.75, 0.0, 0.75}, {-1.25, -0.5, 0.25}}},
                           {{{1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}, {0.0, 0.75, -1.25}},
                            {{-0.5, 0.25, 1.0}, {-1.0, -0.25, 0.5}, {1.25, -0.75, 0.0}}}})
                   .requires_grad_();
    // b = torch.tensor([0.5, 0.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({0.5, 0.0, -1.0}).requires_grad_();
    // y = F.conv2d(x, w, b) -> (values below)
    Tensor y = F::conv2d(x, w, b);
    EXPECT_TRUE(Close(y, ct::tensor({{{{2.4375, -0.4375}, {-1.5, 1.125}},
                                      {{-1.3125, -2.4375}, {-5.125, -0.0625}},
                                      {{-5.5625, 2.625}, {-1.6875, -1.75}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(1, 3, 2, 2)
    Tensor grad_y = ct::tensor(
        {{{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}, {{1.0, 0.0}, {-1.0, 1.5}}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{4.75, -2.0, -1.5, 0.25},
                                            {-1.5, 4.5, -2.375, -1.125},
                                            {-1.25, -1.0, 5.875, -1.375},
                                            {-0.125, -2.125, 0.125, 0.375}},
                                           {{-0.875, -0.25, 5.75, -0.625},
                                            {-0.75, -2.375, -2.375, 2.25},
                                            {2.25, -2.375, -2.375, -0.75},
                                            {-0.625, 5.75, -0.25, -0.875}}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(
        g_y[1],
        ct::tensor({{{{3.125, -2.25, 2.0}, {-1.875, 2.375, -0.25}, {2.75, -2.625, -1.125}},
                     {{2.375, -0.25, -1.5}, {-2.625, -1.125, 3.125}, {2.0, -0.625, -1.875}}},
                    {{{-0.625, -0.625, -0.625}, {-0.625, -0.625, 3.5}, {-0.625, -0.625, -2.0}},
                     {{-0.625, 3.5, -0.625}, {-0.625, -2.0, -0.625}, {-0.625, 3.5, -0.625}}},
                    {{{-2.625, 2.75, -1.5}, {2.375, -1.875, -0.625}, {-2.25, 3.125, -1.125}},
                     {{-1.875, -0.625, 2.0}, {3.125, -1.125, -2.625}, {-1.5, -0.25, 2.375}}}})));
    // d/db -> [-1.5, 0.0, 1.5]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-1.5, 0.0, 1.5})));
  });
  Case("stride 2, padding 1", [] {
    // x = ((torch.arange(100) * 7 % 11 - 5) / 4).reshape(2, 2, 5, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5, -0.5}},
                            {{1.25, 0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75, 1.0},
                             {0.0, -1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25, -0.75}}},
                           {{{1.0, 0.0, -1.0, 0.75, -0.25},
                             {-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0}},
                            {{0.75, -0.25, -1.25, 0.5, -0.5},
                             {1.25, 0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75, 1.0},
                             {0.0, -1.0, 0.75, -0.25, -1.25}}}})
                   .requires_grad_();
    // w = ((torch.arange(36) * 3 % 11 - 5) / 4).reshape(2, 2, 3, 3).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}},
                            {{0.0, 0.75, -1.25}, {-0.5, 0.25, 1.0}, {-1.0, -0.25, 0.5}}},
                           {{{1.25, -0.75, 0.0}, {0.75, -1.25, -0.5}, {0.25, 1.0, -1.0}},
                            {{-0.25, 0.5, 1.25}, {-0.75, 0.0, 0.75}, {-1.25, -0.5, 0.25}}}})
                   .requires_grad_();
    // b = torch.tensor([0.25, -0.5], requires_grad=True)
    Tensor b = ct::tensor({0.25, -0.5}).requires_grad_();
    // y = F.conv2d(x, w, b, stride=2, padding=1) -> (values below)
    Tensor y = F::conv2d(x, w, b, {2, 2}, {1, 1});
    EXPECT_TRUE(Close(
        y,
        ct::tensor(
            {{{{0.875, 1.5625, 2.3125}, {1.25, -1.25, -0.3125}, {0.125, 3.25, 0.5}},
              {{-0.0625, 0.5625, 1.1875}, {3.125, -2.3125, -3.1875}, {-3.125, -0.1875, 0.5}}},
             {{{-2.9375, 0.5, 0.8125}, {4.0, -3.375, -0.625}, {-2.9375, 1.25, 1.8125}},
              {{-4.25, -0.375, -0.6875}, {3.9375, -0.125, 1.4375}, {0.3125, -4.8125, 0.0625}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(36) * 5 % 7 - 3) / 2).reshape(2, 2, 3, 3)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}},
                                 {{0.0, -1.0, 1.5}, {0.5, -0.5, -1.5}, {1.0, 0.0, -1.0}}},
                                {{{1.5, 0.5, -0.5}, {-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}},
                                 {{-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}, {0.5, -0.5, -1.5}}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{1.5, 0.625, 0.25, 1.375, -1.875},
                                            {-1.75, -1.375, -0.125, -1.5, 2.375},
                                            {0.375, 1.125, -0.875, -0.75, 1.375},
                                            {-1.25, 2.625, 2.125, -3.625, -0.625},
                                            {-0.75, -1.875, 1.5, 0.625, 0.25}},
                                           {{-0.375, -1.25, 0.25, -0.875, 0.0},
                                            {-0.125, 1.5, 1.125, -3.75, -1.125},
                                            {-0.25, -1.0, 0.375, 2.0, 0.125},
                                            {0.125, 0.625, -1.25, 4.125, 0.875},
                                            {-0.125, 1.0, -0.375, -1.25, 0.25}}},
                                          {{{-0.875, -0.75, 1.375, 0.875, -0.75},
                                            {2.125, -3.625, -0.625, 3.25, -0.75},
                                            {1.5, 0.625, 0.25, 1.375, -1.875},
                                            {-1.75, -1.375, -0.125, -1.5, 2.375},
                                            {0.375, 1.125, -0.875, -0.75, 1.375}},
                                           {{0.375, 2.0, 0.125, -1.125, -0.125},
                                            {-1.25, 4.125, 0.875, -3.75, 0.375},
                                            {-0.375, -1.25, 0.25, -0.875, 0.0},
                                            {-0.125, 1.5, 1.125, -3.75, -1.125},
                                            {-0.25, -1.0, 0.375, 2.0, 0.125}}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(
        g_y[1], ct::tensor({{{{0.5, 1.5, -1.125}, {-1.25, 7.0, -1.0}, {-1.75, 0.5, 1.0}},
                             {{3.5, -2.75, -3.5}, {1.5, -1.625, -3.75}, {0.0, 4.25, -3.5}}},
                            {{{3.75, -1.625, -1.375}, {0.875, 2.875, -2.375}, {-1.125, 5.25, -1.0}},
                             {{3.5, -1.0, 0.0}, {0.625, 3.625, -0.25}, {-3.5, 4.25, 0.0}}}})));
    // d/db -> [1.5, -3.0]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({1.5, -3.0})));
  });
  Case("asymmetric stride (2, 1), padding (1, 2), dilation (2, 1)", [] {
    // x = ((torch.arange(30) * 7 % 11 - 5) / 4).reshape(1, 1, 6, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5, -0.5},
                             {1.25, 0.25, -0.75, 1.0, 0.0}}}})
                   .requires_grad_();
    // w = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(2, 1, 2, 3).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}}},
                           {{{0.5, 1.25, -0.75}, {0.0, 0.75, -1.25}}}})
                   .requires_grad_();
    // y = F.conv2d(x, w, None, (2, 1), (1, 2), (2, 1)) -> (values below)
    Tensor y = F::conv2d(x, w, {}, {2, 1}, {1, 2}, {2, 1});
    EXPECT_TRUE(Close(y, ct::tensor({{{{0.1875, 0.5, -1.75, 1.25, 0.8125, -1.75, 0.75},
                                       {-0.25, 0.5625, 1.1875, -3.25, 1.9375, 1.875, -1.9375},
                                       {-0.25, -1.625, 1.5, 1.1875, -3.25, 1.5, 1.25}},
                                      {{0.9375, -1.8125, 0.75, 1.25, -1.6875, 0.5625, 0.0},
                                       {0.25, -0.5625, -0.9375, 2.0, -0.5625, -0.3125, 0.375},
                                       {-1.75, 1.5, -0.4375, -0.9375, 2.0, -1.25, -0.5}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(42) * 5 % 7 - 3) / 2).reshape(1, 2, 3, 7)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
                                  {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
                                  {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5}},
                                 {{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
                                  {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
                                  {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5}}}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, 0.0, 0.0, 0.0, 0.0},
                                            {3.5, -2.25, -0.125, 2.875, -2.875},
                                            {0.0, 0.0, 0.0, 0.0, 0.0},
                                            {3.5, -2.25, -0.125, 2.875, -2.875},
                                            {0.0, 0.0, 0.0, 0.0, 0.0},
                                            {2.0, -2.5, 1.75, 1.625, -2.875}}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{{0.875, -3.125, 1.625}, {0.0, 0.375, -1.0}}},
                                          {{{0.875, -3.125, 1.625}, {0.0, 0.375, -1.0}}}})));
  });
  Case("groups 2", [] {
    // x = ((torch.arange(36) * 7 % 11 - 5) / 4).reshape(1, 4, 3, 3).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}},
                            {{0.75, -0.25, -1.25}, {0.5, -0.5, 1.25}, {0.25, -0.75, 1.0}},
                            {{0.0, -1.0, 0.75}, {-0.25, -1.25, 0.5}, {-0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0}, {-1.0, 0.75, -0.25}, {-1.25, 0.5, -0.5}}}})
                   .requires_grad_();
    // w = ((torch.arange(32) * 3 % 11 - 5) / 4).reshape(4, 2, 2, 2).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5}, {0.25, 1.0}}, {{-1.0, -0.25}, {0.5, 1.25}}},
                           {{{-0.75, 0.0}, {0.75, -1.25}}, {{-0.5, 0.25}, {1.0, -1.0}}},
                           {{{-0.25, 0.5}, {1.25, -0.75}}, {{0.0, 0.75}, {-1.25, -0.5}}},
                           {{{0.25, 1.0}, {-1.0, -0.25}}, {{0.5, 1.25}, {-0.75, 0.0}}}})
                   .requires_grad_();
    // b = torch.tensor([1.0, 0.0, -1.0, 0.5], requires_grad=True)
    Tensor b = ct::tensor({1.0, 0.0, -1.0, 0.5}).requires_grad_();
    // y = F.conv2d(x, w, b, groups=2) -> (values below)
    Tensor y = F::conv2d(x, w, b, {1, 1}, {0, 0}, {1, 1}, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{{{1.8125, 1.8125}, {-1.625, 1.125}},
                                      {{2.125, -1.1875}, {0.4375, -0.125}},
                                      {{0.75, -3.125}, {-1.25, 0.375}},
                                      {{1.6875, 2.0625}, {0.75, -0.9375}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(16) * 5 % 7 - 3) / 2).reshape(1, 4, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}},
                                 {{1.5, 0.5}, {-0.5, -1.5}},
                                 {{1.0, 0.0}, {-1.0, 1.5}},
                                 {{0.5, -0.5}, {-1.5, 1.0}}}});
    // g_y = torch.autograd.grad(y, [x, w, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(
        g_y[0],
        ct::tensor({{{{0.75, -0.875, -0.5}, {1.125, -0.375, 0.875}, {-0.375, -0.75, 0.875}},
                     {{0.75, -0.5, -0.125}, {1.0, -0.75, 0.625}, {-0.5, -1.5, 0.25}},
                     {{-0.125, 0.875, -0.5}, {0.625, -2.5, 1.875}, {0.25, 2.0, -1.375}},
                     {{0.25, 1.125, -0.625}, {-2.375, -2.25, 2.375}, {2.375, -2.125, -0.75}}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(
        g_y[1], ct::tensor({{{{2.125, -0.5}, {-1.625, -0.125}}, {{-0.875, -2.125}, {-0.5, 1.0}}},
                            {{{-2.625, 1.5}, {1.5, 1.5}}, {{1.5, -2.625}, {1.5, -1.25}}},
                            {{{-1.625, 1.0}, {2.125, -2.125}}, {{1.375, -0.125}, {1.0, -0.5}}},
                            {{{-0.375, 1.5}, {2.5, -2.5}}, {{1.375, -0.875}, {1.5, -0.75}}}})));
    // d/db -> [-1.5, 0.0, 1.5, -0.5]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({-1.5, 0.0, 1.5, -0.5})));
  });
  Case("depthwise (groups = channels), dilation 2, padding 2", [] {
    // x = ((torch.arange(32) * 7 % 11 - 5) / 4).reshape(1, 2, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75},
                             {1.0, 0.0, -1.0, 0.75}}}})
                   .requires_grad_();
    // w = ((torch.arange(8) * 3 % 11 - 5) / 4).reshape(2, 1, 2, 2).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5}, {0.25, 1.0}}}, {{{-1.0, -0.25}, {0.5, 1.25}}}})
                   .requires_grad_();
    // y = F.conv2d(x, w, None, 1, 2, 2, 2) -> (values below)
    Tensor y = F::conv2d(x, w, {}, {1, 1}, {2, 2}, {2, 2}, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{{{-1.25, 0.5, -0.8125, 1.375, -0.125, 0.3125},
                                       {0.25, -0.75, 1.0625, -0.1875, 0.25, 0.0},
                                       {-0.375, 0.5, 1.3125, -2.3125, 0.5625, -1.875},
                                       {0.375, -0.125, 0.5625, 1.0625, -0.9375, 0.0625},
                                       {0.5, -0.375, 1.375, -0.3125, 0.3125, 1.5625},
                                       {-0.25, 0.25, -1.25, 0.5, -1.5625, -0.3125}},
                                      {{-0.9375, 1.25, -0.375, -0.75, 0.0, -0.5},
                                       {0.9375, -0.3125, -1.1875, 0.5, -0.625, 0.25},
                                       {-0.4375, 1.3125, 0.8125, -1.0625, 0.125, 0.625},
                                       {1.0625, 0.0625, -1.1875, 1.0625, 0.75, -0.125},
                                       {0.125, -0.3125, 0.4375, -1.0625, -0.25, 0.75},
                                       {-0.25, 0.0, -0.75, -0.1875, 1.0, -0.75}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(72) * 5 % 7 - 3) / 2).reshape(1, 2, 6, 6)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5},
                                  {-0.5, -1.5, 1.0, 0.0, -1.0, 1.5},
                                  {0.5, -0.5, -1.5, 1.0, 0.0, -1.0},
                                  {1.5, 0.5, -0.5, -1.5, 1.0, 0.0},
                                  {-1.0, 1.5, 0.5, -0.5, -1.5, 1.0},
                                  {0.0, -1.0, 1.5, 0.5, -0.5, -1.5}},
                                 {{1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
                                  {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5},
                                  {-0.5, -1.5, 1.0, 0.0, -1.0, 1.5},
                                  {0.5, -0.5, -1.5, 1.0, 0.0, -1.0},
                                  {1.5, 0.5, -0.5, -1.5, 1.0, 0.0},
                                  {-1.0, 1.5, 0.5, -0.5, -1.5, 1.0}}}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.125, -0.25, 1.125, -0.125},
                                            {-0.375, 0.125, -0.25, 1.125},
                                            {0.0, -0.375, 0.125, -0.25},
                                            {-0.5, 0.0, -0.375, 0.125}},
                                           {{-0.125, 1.125, -0.25, 0.125},
                                            {-0.5, -0.125, 1.125, -0.25},
                                            {0.0, -0.5, -0.125, 1.125},
                                            {-0.375, 0.0, -0.5, -0.125}}}})));
    // d/dw -> [[[[0.875, 5.75], [3.875, 0.875]]], [[[-2.75, 0.75], [-2.75, -2.75]]]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{{0.875, 5.75}, {3.875, 0.875}}},
                                          {{{-2.75, 0.75}, {-2.75, -2.75}}}})));
  });
  Case("non-contiguous (transposed) input", [] {
    // x = ((torch.arange(24) * 7 % 11 - 5) / 4).reshape(1, 2, 4, 3).requires_grad_()
    Tensor x =
        ct::tensor(
            {{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}},
              {{0.5, -0.5, 1.25}, {0.25, -0.75, 1.0}, {0.0, -1.0, 0.75}, {-0.25, -1.25, 0.5}}}})
            .requires_grad_();
    // w = ((torch.arange(16) * 3 % 11 - 5) / 4).reshape(2, 2, 2, 2).requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5}, {0.25, 1.0}}, {{-1.0, -0.25}, {0.5, 1.25}}},
                           {{{-0.75, 0.0}, {0.75, -1.25}}, {{-0.5, 0.25}, {1.0, -1.0}}}})
                   .requires_grad_();
    // y = F.conv2d(x.transpose(2, 3), w, stride=(1, 2)) -> (values below)
    Tensor y = F::conv2d(x.transpose(2, 3), w, {}, {1, 2});
    EXPECT_TRUE(Close(
        y, ct::tensor({{{{-0.4375, -3.875}, {0.9375, 0.9375}}, {{1.0625, -0.25}, {0.5, 1.25}}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(1, 2, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}}});
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.75, 1.125, -0.375},
                                            {0.75, -3.375, 0.625},
                                            {-1.625, 3.0, -1.375},
                                            {-0.5, 0.875, 0.875}},
                                           {{0.75, 1.0, -0.5},
                                            {0.75, -3.5, 0.5},
                                            {-1.25, 2.75, -2.0},
                                            {-0.125, 0.625, 0.25}}}})));
    // d/dw -> (values below)
    EXPECT_TRUE(Close(
        g_y[1], ct::tensor({{{{2.875, -0.875}, {0.25, 0.625}}, {{0.25, 0.625}, {-1.0, -0.625}}},
                            {{{-1.625, 2.5}, {2.5, 2.5}}, {{2.5, 2.5}, {-3.0, -3.0}}}})));
  });
  Case("float64", [] {
    // x = ((torch.arange(9) * 7 % 11 - 5) / 4).reshape(1, 1, 3, 3).double().requires_grad_()
    Tensor x =
        ct::tensor({{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}}}}, ct::float64)
            .requires_grad_();
    // w = ((torch.arange(4) * 3 % 11 - 5) / 4).reshape(1, 1, 2, 2).double().requires_grad_()
    Tensor w = ct::tensor({{{{-1.25, -0.5}, {0.25, 1.0}}}}, ct::float64).requires_grad_();
    // y = F.conv2d(x, w, padding=1) -> (values below, torch.float64)
    Tensor y = F::conv2d(x, w, {}, {1, 1}, {1, 1});
    EXPECT_TRUE(Close(y, ct::tensor({{{{-1.25, 0.1875, -0.375, -0.125},
                                       {1.875, 1.875, -1.0625, 0.4375},
                                       {0.375, -1.4375, -0.9375, 0.6875},
                                       {-0.5, -1.25, 0.5, 1.25}}}},
                                    ct::float64)));
    EXPECT_EQ(y.grad_fn_name(), "ConvolutionBackward0");
    // grad_y = ((torch.arange(16) * 5 % 7 - 3) / 2).double().reshape(1, 1, 4, 4)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0, -1.0},
                                  {1.5, 0.5, -0.5, -1.5},
                                  {1.0, 0.0, -1.0, 1.5},
                                  {0.5, -0.5, -1.5, 1.0}}}},
                               ct::float64);
    // g_y = torch.autograd.grad(y, [x, w], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, w}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> (values below, torch.float64)
    EXPECT_TRUE(Close(
        g_y[0],
        ct::tensor({{{{-2.625, 1.375, 1.875}, {1.125, 1.625, -2.25}, {1.375, 1.875, -1.125}}}},
                   ct::float64)));
    // d/dw -> [[[[-3.0, 2.625], [-0.625, 6.75]]]] (torch.float64)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{{-3.0, 2.625}, {-0.625, 6.75}}}}, ct::float64)));
  });
  Case("errors", [] {
    // x = ((torch.arange(48) * 7 % 11 - 5) / 4).reshape(1, 3, 4, 4)
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75},
                             {1.0, 0.0, -1.0, 0.75}},
                            {{-0.25, -1.25, 0.5, -0.5},
                             {1.25, 0.25, -0.75, 1.0},
                             {0.0, -1.0, 0.75, -0.25},
                             {-1.25, 0.5, -0.5, 1.25}}}});
    // w = ((torch.arange(36) * 7 % 11 - 5) / 4).reshape(2, 2, 3, 3)
    Tensor w = ct::tensor({{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}},
                            {{0.75, -0.25, -1.25}, {0.5, -0.5, 1.25}, {0.25, -0.75, 1.0}}},
                           {{{0.0, -1.0, 0.75}, {-0.25, -1.25, 0.5}, {-0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0}, {-1.0, 0.75, -0.25}, {-1.25, 0.5, -0.5}}}});
    // F.conv2d(x, w) -> RuntimeError: Given groups=1, weight of size [2, 2, 3, 3], expected
    //     input[1, 3, 4, 4] to have 2 channels, but got 3 channels instead
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)F::conv2d(x, w); },
                                 "Given groups=1, weight of size [2, 2, 3, 3], expected input[1, "
                                 "3, 4, 4] to have 2 channels, but got 3 channels instead"));
    // w2 = ((torch.arange(150) * 7 % 11 - 5) / 4).reshape(2, 3, 5, 5)
    Tensor w2 = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                              {-0.75, 1.0, 0.0, -1.0, 0.75},
                              {-0.25, -1.25, 0.5, -0.5, 1.25},
                              {0.25, -0.75, 1.0, 0.0, -1.0},
                              {0.75, -0.25, -1.25, 0.5, -0.5}},
                             {{1.25, 0.25, -0.75, 1.0, 0.0},
                              {-1.0, 0.75, -0.25, -1.25, 0.5},
                              {-0.5, 1.25, 0.25, -0.75, 1.0},
                              {0.0, -1.0, 0.75, -0.25, -1.25},
                              {0.5, -0.5, 1.25, 0.25, -0.75}},
                             {{1.0, 0.0, -1.0, 0.75, -0.25},
                              {-1.25, 0.5, -0.5, 1.25, 0.25},
                              {-0.75, 1.0, 0.0, -1.0, 0.75},
                              {-0.25, -1.25, 0.5, -0.5, 1.25},
                              {0.25, -0.75, 1.0, 0.0, -1.0}}},
                            {{{0.75, -0.25, -1.25, 0.5, -0.5},
                              {1.25, 0.25, -0.75, 1.0, 0.0},
                              {-1.0, 0.75, -0.25, -1.25, 0.5},
                              {-0.5, 1.25, 0.25, -0.75, 1.0},
                              {0.0, -1.0, 0.75, -0.25, -1.25}},
                             {{0.5, -0.5, 1.25, 0.25, -0.75},
                              {1.0, 0.0, -1.0, 0.75, -0.25},
                              {-1.25, 0.5, -0.5, 1.25, 0.25},
                              {-0.75, 1.0, 0.0, -1.0, 0.75},
                              {-0.25, -1.25, 0.5, -0.5, 1.25}},
                             {{0.25, -0.75, 1.0, 0.0, -1.0},
                              {0.75, -0.25, -1.25, 0.5, -0.5},
                              {1.25, 0.25, -0.75, 1.0, 0.0},
                              {-1.0, 0.75, -0.25, -1.25, 0.5},
                              {-0.5, 1.25, 0.25, -0.75, 1.0}}}});
    // F.conv2d(x, w2) -> RuntimeError: Calculated padded input size per channel: (4 x 4). Kernel
    //     size: (5 x 5). Kernel size can't be greater than actual input size
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::conv2d(x, w2); }));
    // w3 = ((torch.arange(3) * 7 % 11 - 5) / 4).reshape(3, 1, 1, 1)
    Tensor w3 = ct::tensor({{{{-1.25}}}, {{{0.5}}}, {{{-0.5}}}});
    // F.conv2d(x, w3, groups=2) -> RuntimeError: Given groups=2, expected weight to be divisible by
    //     2 at dimension 0, but got weight of size [[3, 1, 1, 1]] instead
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] {
      (void)F::conv2d(x, w3, {}, {1, 1}, {0, 0}, {1, 1}, 2);
    }));
    // b = torch.tensor([1.0, 2.0, 3.0])
    Tensor b = ct::tensor({1.0, 2.0, 3.0});
    // w4 = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3, 1, 1)
    Tensor w4 = ct::tensor({{{{-1.25}}, {{0.5}}, {{-0.5}}}, {{{1.25}}, {{0.25}}, {{-0.75}}}});
    // F.conv2d(x, w4, b) -> RuntimeError: Given weight of size [2, 3, 1, 1], expected bias to be
    //     1-dimensional with 2 elements, but got bias of size [3] instead
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::conv2d(x, w4, b); }));
    // F.conv2d(x, w4, stride=0) -> RuntimeError: non-positive stride is not supported
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::conv2d(x, w4, {}, {0, 0}); }));
    // F.conv2d(x, w4, padding=-1) -> RuntimeError: negative padding is not supported
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::conv2d(x, w4, {}, {1, 1}, {-1, -1}); }));
  });
}

// max_pool2d with padding (implicit -inf), ceil_mode, stride, dilation and ties.
TEST(TorchValuesLayer, MaxPool2d) {
  Case("2x2, stride 2", [] {
    // x = ((torch.arange(16) * 7 % 11 - 5) / 4).reshape(1, 1, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x, 2) -> [[[[0.5, 1.25], [0.75, 1.25]]]]
    Tensor y = F::max_pool2d(x, {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{{0.5, 1.25}, {0.75, 1.25}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(1, 1, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, -1.5, 0.0, 1.0},
                                            {0.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, -1.0, 0.0}}}})));
  });
  Case("3x3, stride 2, padding 1 (negative inputs next to the padding)", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{{{-3.25, -1.5, -2.5, -0.75, -1.75},
                             {-2.75, -1.0, -2.0, -3.0, -1.25},
                             {-2.25, -3.25, -1.5, -2.5, -0.75},
                             {-1.75, -2.75, -1.0, -2.0, -3.0},
                             {-1.25, -2.25, -3.25, -1.5, -2.5}},
                            {{-0.75, -1.75, -2.75, -1.0, -2.0},
                             {-3.0, -1.25, -2.25, -3.25, -1.5},
                             {-2.5, -0.75, -1.75, -2.75, -1.0},
                             {-2.0, -3.0, -1.25, -2.25, -3.25},
                             {-1.5, -2.5, -0.75, -1.75, -2.75}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x, 3, 2, 1) -> (values below)
    Tensor y = F::max_pool2d(x, {3, 3}, {2, 2}, {1, 1});
    EXPECT_TRUE(Close(
        y, ct::tensor({{{{-1.0, -0.75, -0.75}, {-1.0, -1.0, -0.75}, {-1.25, -1.0, -1.5}},
                        {{-0.75, -1.0, -1.0}, {-0.75, -0.75, -1.0}, {-1.5, -0.75, -1.75}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_y = ((torch.arange(18) * 5 % 7 - 3) / 2).reshape(1, 2, 3, 3)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}},
                                 {{0.0, -1.0, 1.5}, {0.5, -0.5, -1.5}, {1.0, 0.0, -1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, 0.0, 0.0, 1.0, 0.0},
                                            {0.0, -1.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.5},
                                            {0.0, 0.0, -1.5, 0.0, 0.0},
                                            {-0.5, 0.0, 0.0, 1.0, 0.0}},
                                           {{0.0, 0.0, 0.0, 0.5, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, -1.5},
                                            {0.0, 0.0, 0.0, 0.0, 0.0},
                                            {1.0, 0.0, 0.0, -1.0, 0.0}}}})));
  });
  Case("ceil_mode", [] {
    // x = ((torch.arange(25) * 7 % 11 - 5) / 4).reshape(1, 1, 5, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5, -0.5}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x, 2, ceil_mode=True) -> (values below)
    Tensor y = F::max_pool2d(x, {2, 2}, {}, {0, 0}, {1, 1}, true);
    EXPECT_TRUE(
        Close(y, ct::tensor({{{{1.0, 1.25, 0.75}, {0.25, 1.0, 1.25}, {0.75, 0.5, -0.5}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_y = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, 0.0, 0.0, 1.0, 0.0},
                                            {0.0, -1.5, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.5},
                                            {-1.0, 0.0, 1.5, 0.0, 0.0},
                                            {-0.5, 0.0, 0.0, -1.5, 1.0}}}})));
    // z = F.max_pool2d(x, 3, 2, 1, ceil_mode=True) -> (values below)
    Tensor z = F::max_pool2d(x, {3, 3}, {2, 2}, {1, 1}, {1, 1}, true);
    EXPECT_TRUE(Close(z, ct::tensor({{{{1.0, 1.25, 1.25}, {1.0, 1.0, 1.25}, {0.75, 1.0, 0.5}}}})));
    EXPECT_EQ(z.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_z = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_z = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_z[0], ct::tensor({{{{0.0, 0.0, 0.0, 1.0, 0.0},
                                            {0.0, -1.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.5},
                                            {0.0, 0.0, -1.5, 0.0, 0.0},
                                            {-0.5, 0.0, 0.0, 1.0, 0.0}}}})));
  });
  Case("ties: the gradient goes to the first maximum of each window", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{{{1.0, 1.0, 2.0, 2.0}, {1.0, 1.0, 2.0, 2.0}, {0.0, 3.0, 3.0, 0.0}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x, 2, 1) -> [[[[1.0, 2.0, 2.0], [3.0, 3.0, 3.0]]]]
    Tensor y = F::max_pool2d(x, {2, 2}, {1, 1});
    EXPECT_TRUE(Close(y, ct::tensor({{{{1.0, 2.0, 2.0}, {3.0, 3.0, 3.0}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // g_y = torch.autograd.grad(y.sum(), [x])
    std::vector<Tensor> g_y = ct::grad({y.sum()}, {x}, {}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[[[1.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 2.0, 1.0, 0.0]]]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{{{1.0, 0.0, 2.0, 0.0}, {0.0, 0.0, 0.0, 0.0}, {0.0, 2.0, 1.0, 0.0}}}})));
  });
  Case("non-contiguous (transposed) input", [] {
    // x = ((torch.arange(20) * 7 % 11 - 5) / 4).reshape(1, 1, 4, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x.transpose(2, 3), 2) -> [[[[1.0, 0.25], [1.25, 1.0]]]]
    Tensor y = F::max_pool2d(x.transpose(2, 3), {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{{1.0, 0.25}, {1.25, 1.0}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(1, 1, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, 0.0, 0.0, 0.0, 0.0},
                                            {0.0, -1.5, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.0},
                                            {1.0, 0.0, -1.0, 0.0, 0.0}}}})));
  });
  Case("dilation 2, rectangular kernel and stride", [] {
    // x = ((torch.arange(36) * 7 % 11 - 5) / 4).reshape(1, 1, 6, 6).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25, -0.75},
                             {1.0, 0.0, -1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25, -0.75, 1.0},
                             {0.0, -1.0, 0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25, 0.5, -0.5}}}})
                   .requires_grad_();
    // y = F.max_pool2d(x, (2, 3), (1, 2), 0, 2) -> [[[[1.25], [1.0], [1.25], [0.75]]]]
    Tensor y = F::max_pool2d(x, {2, 3}, {1, 2}, {0, 0}, {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{{1.25}, {1.0}, {1.25}, {0.75}}}})));
    EXPECT_EQ(y.grad_fn_name(), "MaxPool2DWithIndicesBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(1, 1, 4, 1)
    Tensor grad_y = ct::tensor({{{{-1.5}, {1.0}, {0.0}, {-1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
                                            {1.0, 0.0, 0.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, -1.5, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, -1.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
                                            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}}}})));
  });
  Case("errors", [] {
    // x = ((torch.arange(16) * 7 % 11 - 5) / 4).reshape(1, 1, 4, 4)
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}}}});
    // F.max_pool2d(x, 2, 2, 2) -> RuntimeError: pad should be at most half of kernel size, but got
    //     pad=2 and kernel_size=2
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::max_pool2d(x, {2, 2}, {2, 2}, {2, 2}); }));
    // F.max_pool2d(x, 5) -> RuntimeError: Given input size: (1x4x4). Calculated output size:
    //     (1x0x0). Output size is too small
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::max_pool2d(x, {5, 5}); }));
  });
}

// avg_pool2d with padding, count_include_pad false and ceil_mode.
TEST(TorchValuesLayer, AvgPool2d) {
  Case("2x2", [] {
    // x = ((torch.arange(16) * 7 % 11 - 5) / 4).reshape(1, 1, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}}}})
                   .requires_grad_();
    // y = F.avg_pool2d(x, 2) -> [[[[-0.3125, 0.4375], [-0.0625, 0.0]]]]
    Tensor y = F::avg_pool2d(x, {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{{-0.3125, 0.4375}, {-0.0625, 0.0}}}})));
    EXPECT_EQ(y.grad_fn_name(), "AvgPool2DBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(1, 1, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{-0.375, -0.375, 0.25, 0.25},
                                            {-0.375, -0.375, 0.25, 0.25},
                                            {0.0, 0.0, -0.25, -0.25},
                                            {0.0, 0.0, -0.25, -0.25}}}})));
  });
  Case("padding, count_include_pad true and false", [] {
    // x = ((torch.arange(32) * 7 % 11 - 5) / 4).reshape(1, 2, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}},
                            {{-0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75},
                             {1.0, 0.0, -1.0, 0.75}}}})
                   .requires_grad_();
    // y = F.avg_pool2d(x, 3, 2, 1) -> (values below)
    Tensor y = F::avg_pool2d(x, {3, 3}, {2, 2}, {1, 1});
    EXPECT_TRUE(Close(y, ct::tensor({{{{-0.1388889, 0.16666667}, {-0.083333336, 0.055555556}},
                                      {{0.083333336, -0.11111111}, {0.25, -0.055555556}}}})));
    EXPECT_EQ(y.grad_fn_name(), "AvgPool2DBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(1, 2, 2, 2)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_y[0], ct::tensor({{{{-0.16666667, -0.05555556, 0.11111111, 0.11111111},
                                    {-0.16666667, -0.16666667, 0.0, 0.0},
                                    {0.0, -0.11111111, -0.11111111, -0.11111111},
                                    {0.0, -0.11111111, -0.11111111, -0.11111111}},
                                   {{0.16666667, 0.22222222, 0.055555556, 0.055555556},
                                    {0.11111112, 0.0, -0.11111112, -0.11111112},
                                    {-0.055555556, -0.22222222, -0.16666667, -0.16666667},
                                    {-0.055555556, -0.22222222, -0.16666667, -0.16666667}}}})));
    // z = F.avg_pool2d(x, 3, 2, 1, count_include_pad=False) -> (values below)
    Tensor z = F::avg_pool2d(x, {3, 3}, {2, 2}, {1, 1}, false, false);
    EXPECT_TRUE(Close(z, ct::tensor({{{{-0.3125, 0.25}, {-0.125, 0.055555556}},
                                      {{0.1875, -0.16666667}, {0.375, -0.055555556}}}})));
    EXPECT_EQ(z.grad_fn_name(), "AvgPool2DBackward0");
    // grad_z = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(1, 2, 2, 2)
    Tensor grad_z = ct::tensor({{{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}}});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_z[0], ct::tensor({{{{-0.375, -0.20833333, 0.16666667, 0.16666667},
                                            {-0.375, -0.31944445, 0.05555556, 0.05555556},
                                            {0.0, -0.11111111, -0.11111111, -0.11111111},
                                            {0.0, -0.11111111, -0.11111111, -0.11111111}},
                                           {{0.375, 0.45833334, 0.083333336, 0.083333336},
                                            {0.29166666, 0.20833333, -0.083333336, -0.083333336},
                                            {-0.083333336, -0.25, -0.16666667, -0.16666667},
                                            {-0.083333336, -0.25, -0.16666667, -0.16666667}}}})));
  });
  Case("ceil_mode (the last window is clipped to the input)", [] {
    // x = ((torch.arange(25) * 7 % 11 - 5) / 4).reshape(1, 1, 5, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0},
                             {0.75, -0.25, -1.25, 0.5, -0.5}}}})
                   .requires_grad_();
    // y = F.avg_pool2d(x, 2, ceil_mode=True) -> (values below)
    Tensor y = F::avg_pool2d(x, {2, 2}, {}, {0, 0}, true);
    EXPECT_TRUE(Close(
        y, ct::tensor({{{{-0.125, -0.0625, 0.5}, {-0.5, 0.25, 0.125}, {0.25, -0.375, -0.5}}}})));
    EXPECT_EQ(y.grad_fn_name(), "AvgPool2DBackward0");
    // grad_y = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{-0.375, -0.375, 0.25, 0.25, 0.0},
                                            {-0.375, -0.375, 0.25, 0.25, 0.0},
                                            {-0.25, -0.25, 0.375, 0.375, 0.25},
                                            {-0.25, -0.25, 0.375, 0.375, 0.25},
                                            {-0.25, -0.25, -0.75, -0.75, 1.0}}}})));
    // z = F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False) -> (values below)
    Tensor z = F::avg_pool2d(x, {3, 3}, {2, 2}, {1, 1}, true, false);
    EXPECT_TRUE(Close(z, ct::tensor({{{{-0.125, 0.20833333, 0.3125},
                                       {-0.29166666, -0.11111111, -0.083333336},
                                       {0.0, -0.125, -0.25}}}})));
    EXPECT_EQ(z.grad_fn_name(), "AvgPool2DBackward0");
    // grad_z = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_z = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_z[0], ct::tensor({{{{-0.375, -0.20833333, 0.16666667, 0.16666667, 0.0},
                                    {-0.5416667, -0.20833333, 0.33333334, 0.4166667, 0.083333336},
                                    {-0.16666667, 0.0, 0.16666667, 0.25, 0.083333336},
                                    {-0.2916667, -0.375, -0.08333333, 0.25, 0.33333334},
                                    {-0.125, -0.375, -0.25, 0.0, 0.25}}}})));
    // u = F.avg_pool2d(x, 3, 2, 1, ceil_mode=True) -> (values below)
    Tensor u = F::avg_pool2d(x, {3, 3}, {2, 2}, {1, 1}, true, true);
    EXPECT_TRUE(Close(u, ct::tensor({{{{-0.055555556, 0.1388889, 0.1388889},
                                       {-0.19444445, -0.11111111, -0.055555556},
                                       {0.0, -0.083333336, -0.11111111}}}})));
    EXPECT_EQ(u.grad_fn_name(), "AvgPool2DBackward0");
    // grad_u = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_u = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_u = torch.autograd.grad(u, [x], grad_u)
    std::vector<Tensor> g_u = ct::grad({u}, {x}, {grad_u}, true);
    ASSERT_EQ(g_u.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_u[0],
              ct::tensor({{{{-0.16666667, -0.05555556, 0.11111111, 0.11111111, 0.0},
                            {-0.2777778, 0.0, 0.2777778, 0.33333334, 0.055555556},
                            {-0.11111111, 0.05555556, 0.16666667, 0.22222222, 0.055555556},
                            {-0.16666667, -0.16666667, 0.0, 0.16666666, 0.16666667},
                            {-0.055555556, -0.22222222, -0.16666667, -0.05555556, 0.11111111}}}})));
  });
  Case("errors", [] {
    // x = ((torch.arange(16) * 7 % 11 - 5) / 4).reshape(1, 1, 4, 4)
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25},
                             {0.5, -0.5, 1.25, 0.25}}}});
    // F.avg_pool2d(x, 2, 2, 2) -> RuntimeError: pad should be at most half of kernel size, but got
    //     pad=2 and kernel_size=2
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::avg_pool2d(x, {2, 2}, {2, 2}, {2, 2}); }));
  });
}

// F.unfold (im2col) and F.fold (col2im) with dilation, padding and stride.
TEST(TorchValuesLayer, UnfoldFold) {
  Case("unfold 2x2", [] {
    // x = ((torch.arange(18) * 7 % 11 - 5) / 4).reshape(1, 2, 3, 3).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}},
                            {{0.75, -0.25, -1.25}, {0.5, -0.5, 1.25}, {0.25, -0.75, 1.0}}}})
                   .requires_grad_();
    // y = F.unfold(x, 2) -> (values below)
    Tensor y = F::unfold(x, {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{-1.25, 0.5, 1.25, 0.25},
                                      {0.5, -0.5, 0.25, -0.75},
                                      {1.25, 0.25, 1.0, 0.0},
                                      {0.25, -0.75, 0.0, -1.0},
                                      {0.75, -0.25, 0.5, -0.5},
                                      {-0.25, -1.25, -0.5, 1.25},
                                      {0.5, -0.5, 0.25, -0.75},
                                      {-0.5, 1.25, -0.75, 1.0}}})));
    EXPECT_EQ(y.grad_fn_name(), "Im2ColBackward0");
    // grad_y = ((torch.arange(32) * 5 % 7 - 3) / 2).reshape(1, 8, 4)
    Tensor grad_y = ct::tensor({{{-1.5, 1.0, 0.0, -1.0},
                                 {1.5, 0.5, -0.5, -1.5},
                                 {1.0, 0.0, -1.0, 1.5},
                                 {0.5, -0.5, -1.5, 1.0},
                                 {0.0, -1.0, 1.5, 0.5},
                                 {-0.5, -1.5, 1.0, 0.0},
                                 {-1.0, 1.5, 0.5, -0.5},
                                 {-1.5, 1.0, 0.0, -1.0}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(
        Close(g_y[0], ct::tensor({{{{-1.5, 2.5, 0.5}, {1.0, -1.0, -2.0}, {-1.0, 0.0, 1.0}},
                                   {{0.0, -1.5, -1.5}, {0.5, 1.5, 1.0}, {0.5, -0.5, -1.0}}}})));
  });
  Case("unfold with dilation, padding, stride", [] {
    // x = ((torch.arange(40) * 7 % 11 - 5) / 4).reshape(2, 1, 4, 5).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5, 1.25, 0.25},
                             {-0.75, 1.0, 0.0, -1.0, 0.75},
                             {-0.25, -1.25, 0.5, -0.5, 1.25},
                             {0.25, -0.75, 1.0, 0.0, -1.0}}},
                           {{{0.75, -0.25, -1.25, 0.5, -0.5},
                             {1.25, 0.25, -0.75, 1.0, 0.0},
                             {-1.0, 0.75, -0.25, -1.25, 0.5},
                             {-0.5, 1.25, 0.25, -0.75, 1.0}}}})
                   .requires_grad_();
    // y = F.unfold(x, (2, 2), dilation=(1, 2), padding=1, stride=(2, 1)) -> (values below)
    Tensor y = F::unfold(x, {2, 2}, {1, 2}, {1, 1}, {2, 1});
    EXPECT_TRUE(Close(
        y,
        ct::tensor(
            {{{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.75, 1.0, 0.0, -1.0, 0.0, 0.25, -0.75, 1.0, 0.0},
              {0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, -1.0, 0.75, 0.0, -0.75, 1.0, 0.0, -1.0, 0.0},
              {0.0, -1.25, 0.5, -0.5, 1.25, 0.0, -0.25, -1.25, 0.5, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0},
              {0.5, -0.5, 1.25, 0.25, 0.0, -1.25, 0.5, -0.5, 1.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}},
             {{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.25, 0.25, -0.75, 1.0, 0.0, -0.5, 1.25, 0.25, -0.75},
              {0.0, 0.0, 0.0, 0.0, 0.0, 0.25, -0.75, 1.0, 0.0, 0.0, 1.25, 0.25, -0.75, 1.0, 0.0},
              {0.0, 0.75, -0.25, -1.25, 0.5, 0.0, -1.0, 0.75, -0.25, -1.25, 0.0, 0.0, 0.0, 0.0,
               0.0},
              {-0.25, -1.25, 0.5, -0.5, 0.0, 0.75, -0.25, -1.25, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
               0.0}}})));
    EXPECT_EQ(y.grad_fn_name(), "Im2ColBackward0");
    // grad_y = ((torch.arange(120) * 5 % 7 - 3) / 2).reshape(2, 4, 15)
    Tensor grad_y = ct::tensor(
        {{{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5},
          {1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0},
          {0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0},
          {-1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0}},
         {{1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5},
          {0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5},
          {-0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5},
          {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{{-1.0, 0.5, 2.0, 0.0, -0.5},
                                            {-0.5, -2.0, -0.5, 1.0, 0.0},
                                            {1.0, 1.0, -1.0, 0.5, 1.5},
                                            {1.5, 2.0, 0.0, -2.0, -1.5}}},
                                          {{{-1.5, -0.5, 1.0, -1.0, -1.0},
                                            {-1.0, 0.5, 2.0, 0.0, -0.5},
                                            {0.5, 0.0, -2.0, -0.5, 1.0},
                                            {1.0, 1.0, -1.0, 0.5, 1.5}}}})));
  });
  Case("fold sums overlapping patches", [] {
    // x = ((torch.arange(16) * 7 % 11 - 5) / 4).reshape(1, 4, 4).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5, 1.25},
                            {0.25, -0.75, 1.0, 0.0},
                            {-1.0, 0.75, -0.25, -1.25},
                            {0.5, -0.5, 1.25, 0.25}}})
                   .requires_grad_();
    // y = F.fold(x, (3, 3), 2) -> [[[[-1.25, 0.75, -0.75], [-1.5, 3.5, -0.5], [-0.25, 0.0, 0.25]]]]
    Tensor y = F::fold(x, {3, 3}, {2, 2});
    EXPECT_TRUE(
        Close(y, ct::tensor({{{{-1.25, 0.75, -0.75}, {-1.5, 3.5, -0.5}, {-0.25, 0.0, 0.25}}}})));
    EXPECT_EQ(y.grad_fn_name(), "Col2ImBackward0");
    // grad_y = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(1, 1, 3, 3)
    Tensor grad_y = ct::tensor({{{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{-1.5, 1.0, -1.0, 1.5},
                                           {1.0, 0.0, 1.5, 0.5},
                                           {-1.0, 1.5, -0.5, -1.5},
                                           {1.5, 0.5, -1.5, 1.0}}})));
  });
  Case("fold with padding and stride", [] {
    // x = ((torch.arange(48) * 7 % 11 - 5) / 4).reshape(2, 4, 6).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5, 1.25, 0.25, -0.75},
                            {1.0, 0.0, -1.0, 0.75, -0.25, -1.25},
                            {0.5, -0.5, 1.25, 0.25, -0.75, 1.0},
                            {0.0, -1.0, 0.75, -0.25, -1.25, 0.5}},
                           {{-0.5, 1.25, 0.25, -0.75, 1.0, 0.0},
                            {-1.0, 0.75, -0.25, -1.25, 0.5, -0.5},
                            {1.25, 0.25, -0.75, 1.0, 0.0, -1.0},
                            {0.75, -0.25, -1.25, 0.5, -0.5, 1.25}}})
                   .requires_grad_();
    // y = F.fold(x, (3, 4), (2, 2), padding=1, stride=2) -> (values below)
    Tensor y = F::fold(x, {3, 4}, {2, 2}, {1, 1}, {1, 1}, {2, 2});
    EXPECT_TRUE(Close(
        y, ct::tensor(
               {{{{0.0, -0.5, -1.0, 1.25}, {0.75, 0.25, -0.25, -0.75}, {-0.25, -0.75, -1.25, 1.0}}},
                {{{0.75, 0.25, -0.25, -0.75}, {-1.25, 1.0, 0.5, 0.0}, {0.5, 0.0, -0.5, -1.0}}}})));
    EXPECT_EQ(y.grad_fn_name(), "Col2ImBackward0");
    // grad_y = ((torch.arange(24) * 5 % 7 - 3) / 2).reshape(2, 1, 3, 4)
    Tensor grad_y =
        ct::tensor({{{{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}}},
                    {{{0.5, -0.5, -1.5, 1.0}, {0.0, -1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0, 0.0}}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{0.0, 0.0, 0.0, 0.0, 0.5, -1.5},
                                           {0.0, 0.0, 0.0, 1.5, -0.5, 0.0},
                                           {0.0, 1.0, -1.0, 0.0, 0.0, 1.5},
                                           {-1.5, 0.0, 0.0, 1.0, -1.0, 0.0}},
                                          {{0.0, 0.0, 0.0, 0.0, -1.0, 0.5},
                                           {0.0, 0.0, 0.0, 0.0, 1.5, 0.0},
                                           {0.0, -0.5, 1.0, 0.0, -1.5, 0.0},
                                           {0.5, -1.5, 0.0, -0.5, 1.0, 0.0}}})));
  });
  Case("fold(unfold(x)) counts each pixel's patches", [] {
    // x = ((torch.arange(9) * 7 % 11 - 5) / 4).reshape(1, 1, 3, 3).requires_grad_()
    Tensor x = ct::tensor({{{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}}}})
                   .requires_grad_();
    // y = F.fold(F.unfold(x, 2), (3, 3), 2) -> (values below)
    Tensor y = F::fold(F::unfold(x, {2, 2}), {3, 3}, {2, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{{-1.25, 1.0, -0.5}, {2.5, 1.0, -1.5}, {1.0, 0.0, -1.0}}}})));
    EXPECT_EQ(y.grad_fn_name(), "Col2ImBackward0");
  });
  Case("errors", [] {
    // x = ((torch.arange(20) * 7 % 11 - 5) / 4).reshape(1, 5, 4)
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5, 1.25},
                            {0.25, -0.75, 1.0, 0.0},
                            {-1.0, 0.75, -0.25, -1.25},
                            {0.5, -0.5, 1.25, 0.25},
                            {-0.75, 1.0, 0.0, -1.0}}});
    // F.fold(x, (3, 3), 2) -> RuntimeError: Expected size of input's dimension 1 to be divisible by
    //     the product of kernel_size, but got input.size(1)=5 and kernel_size=(2, 2).
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::fold(x, {3, 3}, {2, 2}); }));
    // z = ((torch.arange(20) * 7 % 11 - 5) / 4).reshape(1, 4, 5)
    Tensor z = ct::tensor({{{-1.25, 0.5, -0.5, 1.25, 0.25},
                            {-0.75, 1.0, 0.0, -1.0, 0.75},
                            {-0.25, -1.25, 0.5, -0.5, 1.25},
                            {0.25, -0.75, 1.0, 0.0, -1.0}}});
    // F.fold(z, (3, 3), 2) -> RuntimeError: Given output_size=(3, 3), kernel_size=(2, 2),
    //     dilation=(1, 1), padding=(0, 0), stride=(1, 1), expected size of input's dimension 2 to
    //     match the calculated number of sliding blocks 2 * 2 = 4, but got input.size(2)=5.
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::fold(z, {3, 3}, {2, 2}); }));
  });
}

// constant pad with positive and negative (cropping) amounts and a fill value.
TEST(TorchValuesLayer, Pad) {
  Case("last dim", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}).requires_grad_();
    // y = F.pad(x, (1, 2)) -> [[0.0, 1.0, 2.0, 3.0, 0.0, 0.0], [0.0, 4.0, 5.0, 6.0, 0.0, 0.0]]
    Tensor y = F::pad(x, {1, 2});
    EXPECT_TRUE(
        Close(y, ct::tensor({{0.0, 1.0, 2.0, 3.0, 0.0, 0.0}, {0.0, 4.0, 5.0, 6.0, 0.0, 0.0}})));
    EXPECT_EQ(y.grad_fn_name(), "ConstantPadNdBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(2, 6)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.0, 0.0, -1.0], [-1.5, 1.0, 0.0]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{1.0, 0.0, -1.0}, {-1.5, 1.0, 0.0}})));
  });
  Case("two dims with a value", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}).requires_grad_();
    // y = F.pad(x, (0, 1, 2, 0), value=-1.5) -> (values below)
    Tensor y = F::pad(x, {0, 1, 2, 0}, "constant", -1.5);
    EXPECT_TRUE(Close(y, ct::tensor({{-1.5, -1.5, -1.5, -1.5},
                                     {-1.5, -1.5, -1.5, -1.5},
                                     {1.0, 2.0, 3.0, -1.5},
                                     {4.0, 5.0, 6.0, -1.5}})));
    EXPECT_EQ(y.grad_fn_name(), "ConstantPadNdBackward0");
    // grad_y = ((torch.arange(16) * 5 % 7 - 3) / 2).reshape(4, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0},
                                {1.5, 0.5, -0.5, -1.5},
                                {1.0, 0.0, -1.0, 1.5},
                                {0.5, -0.5, -1.5, 1.0}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.0, 0.0, -1.0], [0.5, -0.5, -1.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{1.0, 0.0, -1.0}, {0.5, -0.5, -1.5}})));
  });
  Case("negative pads crop", [] {
    // x = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(1, 3, 4).requires_grad_()
    Tensor x =
        ct::tensor(
            {{{-1.25, 0.5, -0.5, 1.25}, {0.25, -0.75, 1.0, 0.0}, {-1.0, 0.75, -0.25, -1.25}}})
            .requires_grad_();
    // y = F.pad(x, (-1, 1, 0, -2)) -> [[[0.5, -0.5, 1.25, 0.0]]]
    Tensor y = F::pad(x, {-1, 1, 0, -2});
    EXPECT_TRUE(Close(y, ct::tensor({{{0.5, -0.5, 1.25, 0.0}}})));
    EXPECT_EQ(y.grad_fn_name(), "ConstantPadNdBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(1, 1, 4)
    Tensor grad_y = ct::tensor({{{-1.5, 1.0, 0.0, -1.0}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[[0.0, -1.5, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{{0.0, -1.5, 1.0, 0.0}, {0.0, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0}}})));
  });
  Case("three dims, int64", [] {
    // x = torch.tensor([[[1, 2]]])
    Tensor x = ct::tensor({{{1, 2}}});
    // F.pad(x, (1, 0, 0, 1, 1, 0), value=7) -> (values below, torch.int64)
    EXPECT_TRUE(Exact(F::pad(x, {1, 0, 0, 1, 1, 0}, "constant", 7),
                      ct::tensor({{{7, 7, 7}, {7, 7, 7}}, {{7, 1, 2}, {7, 7, 7}}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0}});
    // F.pad(x, (1,)) -> RuntimeError: Padding length must be divisible by 2
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::pad(x, {1}); },
                                         "Padding length must be divisible by 2"));
    // F.pad(x, (1, 1, 1, 1, 1, 1)) -> RuntimeError: Padding length too large
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::pad(x, {1, 1, 1, 1, 1, 1}); }));
    // F.pad(x, (-2, -2)) -> RuntimeError: start (0) + length (-1) exceeds dimension size (1).
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)F::pad(x, {-2, -2}); }));
  });
}

// ============================================================ indexing and shape

// gather (repeated indices accumulate), scatter with a tensor and a scalar, scatter_add.
TEST(TorchValuesIndexing, GatherScatter) {
  Case("gather along dim 1 with repeated indices", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[0, 0], [3, 1], [2, 2]])
    Tensor idx = ct::tensor({{0, 0}, {3, 1}, {2, 2}});
    // y = torch.gather(x, 1, idx) -> [[1.0, 1.0], [8.0, 6.0], [11.0, 11.0]]
    Tensor y = ct::gather(x, 1, idx);
    EXPECT_TRUE(Close(y, ct::tensor({{1.0, 1.0}, {8.0, 6.0}, {11.0, 11.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    Tensor grad_y = ct::tensor({{1.0, 2.0}, {3.0, 4.0}, {5.0, 6.0}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[3.0, 0.0, 0.0, 0.0], [0.0, 4.0, 0.0, 3.0], [0.0, 0.0, 11.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{3.0, 0.0, 0.0, 0.0}, {0.0, 4.0, 0.0, 3.0}, {0.0, 0.0, 11.0, 0.0}})));
  });
  Case("gather along dim 0, negative dim", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[2, 0, 1, 2]])
    Tensor idx = ct::tensor({{2, 0, 1, 2}});
    // y = x.gather(-2, idx) -> [[9.0, 2.0, 7.0, 12.0]]
    Tensor y = x.gather(-2, idx);
    EXPECT_TRUE(Close(y, ct::tensor({{9.0, 2.0, 7.0, 12.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // g_y = torch.autograd.grad(y.sum(), [x])
    std::vector<Tensor> g_y = ct::grad({y.sum()}, {x}, {}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 1.0, 0.0, 0.0}, {0.0, 0.0, 1.0, 0.0}, {1.0, 0.0, 0.0, 1.0}})));
  });
  Case("scatter with a src tensor", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[1, 0], [3, 2], [0, 1]])
    Tensor idx = ct::tensor({{1, 0}, {3, 2}, {0, 1}});
    // src = torch.tensor([[-1.0, -2.0], [-3.0, -4.0], [-5.0, -6.0]], requires_grad=True)
    Tensor src = ct::tensor({{-1.0, -2.0}, {-3.0, -4.0}, {-5.0, -6.0}}).requires_grad_();
    // y = torch.scatter(x, 1, idx, src) -> (values below)
    Tensor y = ct::scatter(x, 1, idx, src);
    EXPECT_TRUE(Close(
        y, ct::tensor({{-2.0, -1.0, 3.0, 4.0}, {5.0, 6.0, -4.0, -3.0}, {-5.0, -6.0, 11.0, 12.0}})));
    EXPECT_EQ(y.grad_fn_name(), "ScatterBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x, src], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, src}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[0.0, 0.0, 0.0, -1.0], [1.5, 0.5, 0.0, 0.0], [0.0, 0.0, -1.0, 1.5]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 0.0, 0.0, -1.0}, {1.5, 0.5, 0.0, 0.0}, {0.0, 0.0, -1.0, 1.5}})));
    // d/dsrc -> [[1.0, -1.5], [-1.5, -0.5], [1.0, 0.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.0, -1.5}, {-1.5, -0.5}, {1.0, 0.0}})));
  });
  Case("scatter with a scalar value", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[0], [2], [3]])
    Tensor idx = ct::tensor({{0}, {2}, {3}});
    // y = torch.scatter(x, 1, idx, 0.5) -> (values below)
    Tensor y = ct::scatter(x, 1, idx, 0.5);
    EXPECT_TRUE(
        Close(y, ct::tensor({{0.5, 2.0, 3.0, 4.0}, {5.0, 6.0, 0.5, 8.0}, {9.0, 10.0, 11.0, 0.5}})));
    EXPECT_EQ(y.grad_fn_name(), "ScatterBackward1");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 1.0, 0.0, -1.0], [1.5, 0.5, 0.0, -1.5], [1.0, 0.0, -1.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 1.0, 0.0, -1.0}, {1.5, 0.5, 0.0, -1.5}, {1.0, 0.0, -1.0, 0.0}})));
  });
  Case("scatter_add with duplicate indices, dim 0", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[0, 1, 2, 0], [0, 1, 2, 2]])
    Tensor idx = ct::tensor({{0, 1, 2, 0}, {0, 1, 2, 2}});
    // src = torch.tensor([[1.0, 1.0, 1.0, 1.0], [10.0, 20.0, 30.0, 40.0]], requires_grad=True)
    Tensor src = ct::tensor({{1.0, 1.0, 1.0, 1.0}, {10.0, 20.0, 30.0, 40.0}}).requires_grad_();
    // y = torch.scatter_add(x, 0, idx, src) -> (values below)
    Tensor y = ct::scatter_add(x, 0, idx, src);
    EXPECT_TRUE(Close(
        y, ct::tensor({{12.0, 2.0, 3.0, 5.0}, {5.0, 27.0, 7.0, 8.0}, {9.0, 10.0, 42.0, 52.0}})));
    EXPECT_EQ(y.grad_fn_name(), "ScatterAddBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x, src], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, src}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[-1.5, 1.0, 0.0, -1.0], [1.5, 0.5, -0.5, -1.5], [1.0, 0.0, -1.0, 1.5]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}})));
    // d/dsrc -> [[-1.5, 0.5, -1.0, -1.0], [-1.5, 0.5, -1.0, 1.5]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{-1.5, 0.5, -1.0, -1.0}, {-1.5, 0.5, -1.0, 1.5}})));
  });
  Case("index smaller than src: only the indexed part of src is used", [] {
    // x = torch.tensor([0.0, 0.0, 0.0, 0.0], requires_grad=True)
    Tensor x = ct::tensor({0.0, 0.0, 0.0, 0.0}).requires_grad_();
    // idx = torch.tensor([3, 1])
    Tensor idx = ct::tensor({3, 1});
    // src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    Tensor src = ct::tensor({1.0, 2.0, 3.0}).requires_grad_();
    // y = torch.scatter_add(x, 0, idx, src) -> [0.0, 2.0, 0.0, 1.0]
    Tensor y = ct::scatter_add(x, 0, idx, src);
    EXPECT_TRUE(Close(y, ct::tensor({0.0, 2.0, 0.0, 1.0})));
    EXPECT_EQ(y.grad_fn_name(), "ScatterAddBackward0");
    // (torch 1.13 itself fails to compute the src gradient here: shape [2] vs [3])
    // grad_y = torch.tensor([1.0, 2.0, 3.0, 4.0])
    Tensor grad_y = ct::tensor({1.0, 2.0, 3.0, 4.0});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [1.0, 2.0, 3.0, 4.0]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({1.0, 2.0, 3.0, 4.0})));
  });
  Case("non-contiguous (transposed) input and index", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[0, 2, 1], [2, 2, 0]])
    Tensor idx = ct::tensor({{0, 2, 1}, {2, 2, 0}});
    // y = torch.gather(x.t(), 1, idx.t()) -> [[1.0, 9.0], [10.0, 10.0], [7.0, 3.0]]
    Tensor y = ct::gather(x.t(), 1, idx.t());
    EXPECT_TRUE(Close(y, ct::tensor({{1.0, 9.0}, {10.0, 10.0}, {7.0, 3.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[-1.5, 0.0, 0.5, 0.0], [0.0, 0.0, 1.5, 0.0], [1.0, -1.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{-1.5, 0.0, 0.5, 0.0}, {0.0, 0.0, 1.5, 0.0}, {1.0, -1.0, 0.0, 0.0}})));
  });
  Case("int64 gather", [] {
    // x = torch.tensor([[1, 2], [3, 4]])
    Tensor x = ct::tensor({{1, 2}, {3, 4}});
    // idx = torch.tensor([[1, 1], [0, 1]])
    Tensor idx = ct::tensor({{1, 1}, {0, 1}});
    // x.gather(1, idx) -> [[2, 2], [3, 4]] (torch.int64)
    EXPECT_TRUE(Exact(x.gather(1, idx), ct::tensor({{2, 2}, {3, 4}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // bad = torch.tensor([[0, 4]])
    Tensor bad = ct::tensor({{0, 4}});
    // torch.gather(x, 1, bad) -> RuntimeError: index 4 is out of bounds for dimension 1 with size 4
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::gather(x, 1, bad); },
                                         "index 4 is out of bounds for dimension 1 with size 4"));
    // neg = torch.tensor([[-1, 0]])
    Tensor neg = ct::tensor({{-1, 0}});
    // torch.gather(x, 1, neg) -> RuntimeError: index -1 is out of bounds for dimension 1 with size
    //     4
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::gather(x, 1, neg); },
                                         "index -1 is out of bounds for dimension 1 with size 4"));
    // fidx = torch.tensor([[0.0, 1.0]])
    Tensor fidx = ct::tensor({{0.0, 1.0}});
    // torch.gather(x, 1, fidx) -> RuntimeError: gather(): Expected dtype int64 for index
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::gather(x, 1, fidx); },
                                         "gather(): Expected dtype int64 for index"));
    // idx3 = torch.tensor([[[0]]])
    Tensor idx3 = ct::tensor({{{0}}});
    // torch.gather(x, 1, idx3) -> RuntimeError: Index tensor must have the same number of
    //     dimensions as input tensor
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::gather(x, 1, idx3); },
        "Index tensor must have the same number of dimensions as input tensor"));
    // torch.gather(x, 2, bad) -> IndexError: Dimension out of range (expected to be in range of
    //     [-2, 1], but got 2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] { (void)ct::gather(x, 2, bad); },
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
    // src = torch.tensor([[1.0, 2.0]])
    Tensor src = ct::tensor({{1.0, 2.0}});
    // torch.scatter(x, 1, bad, src) -> RuntimeError: index 4 is out of bounds for dimension 1 with
    //     size 4
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::scatter(x, 1, bad, src); },
                                         "index 4 is out of bounds for dimension 1 with size 4"));
    // torch.scatter_add(x, 1, bad, src) -> RuntimeError: index 4 is out of bounds for dimension 1
    //     with size 4
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::scatter_add(x, 1, bad, src); },
                                         "index 4 is out of bounds for dimension 1 with size 4"));
    // srcd = torch.tensor([[1.0, 2.0]], dtype=torch.float64)
    Tensor srcd = ct::tensor({{1.0, 2.0}}, ct::float64);
    // ok = torch.tensor([[0, 1]])
    Tensor ok = ct::tensor({{0, 1}});
    // torch.scatter(x, 1, ok, srcd) -> RuntimeError: scatter(): Expected self.dtype to be equal to
    //     src.dtype
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)ct::scatter(x, 1, ok, srcd); },
                                 "scatter(): Expected self.dtype to be equal to src.dtype"));
  });
}

// index_select (repeats accumulate in the gradient), index_add with alpha.
TEST(TorchValuesIndexing, IndexSelectIndexAdd) {
  Case("index_select dim 0 with a repeated index", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([2, 0, 2])
    Tensor idx = ct::tensor({2, 0, 2});
    // y = torch.index_select(x, 0, idx) -> (values below)
    Tensor y = ct::index_select(x, 0, idx);
    EXPECT_TRUE(Close(
        y, ct::tensor({{9.0, 10.0, 11.0, 12.0}, {1.0, 2.0, 3.0, 4.0}, {9.0, 10.0, 11.0, 12.0}})));
    EXPECT_EQ(y.grad_fn_name(), "IndexSelectBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.5, 0.5, -0.5, -1.5], [0.0, 0.0, 0.0, 0.0], [-0.5, 1.0, -1.0, 0.5]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{1.5, 0.5, -0.5, -1.5}, {0.0, 0.0, 0.0, 0.0}, {-0.5, 1.0, -1.0, 0.5}})));
  });
  Case("index_select dim 1, 0-d index", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([3, 1])
    Tensor idx = ct::tensor({3, 1});
    // y = x.index_select(1, idx) -> [[4.0, 2.0], [8.0, 6.0], [12.0, 10.0]]
    Tensor y = x.index_select(1, idx);
    EXPECT_TRUE(Close(y, ct::tensor({{4.0, 2.0}, {8.0, 6.0}, {12.0, 10.0}})));
    EXPECT_EQ(y.grad_fn_name(), "IndexSelectBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 1.0, 0.0, -1.5], [0.0, -1.0, 0.0, 0.0], [0.0, 0.5, 0.0, 1.5]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 1.0, 0.0, -1.5}, {0.0, -1.0, 0.0, 0.0}, {0.0, 0.5, 0.0, 1.5}})));
    // i0 = torch.tensor(2)
    Tensor i0 = ct::tensor(2);
    // z = x.index_select(1, i0) -> [[3.0], [7.0], [11.0]]
    Tensor z = x.index_select(1, i0);
    EXPECT_TRUE(Close(z, ct::tensor({{3.0}, {7.0}, {11.0}})));
    EXPECT_EQ(z.grad_fn_name(), "IndexSelectBackward0");
  });
  Case("index_select of a transposed input", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([1, 1, 0])
    Tensor idx = ct::tensor({1, 1, 0});
    // y = x.t().index_select(1, idx) -> (values below)
    Tensor y = x.t().index_select(1, idx);
    EXPECT_TRUE(
        Close(y, ct::tensor({{5.0, 5.0, 1.0}, {6.0, 6.0, 2.0}, {7.0, 7.0, 3.0}, {8.0, 8.0, 4.0}})));
    EXPECT_EQ(y.grad_fn_name(), "IndexSelectBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(4, 3)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 0.5, 1.0, 1.5], [-0.5, 0.5, -2.0, -1.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 0.5, 1.0, 1.5}, {-0.5, 0.5, -2.0, -1.0}, {0.0, 0.0, 0.0, 0.0}})));
  });
  Case("index_add with duplicates and alpha", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([0, 2, 0])
    Tensor idx = ct::tensor({0, 2, 0});
    // src = torch.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], requires_grad=True)
    Tensor src = ct::tensor({{1.0, 1.0}, {2.0, 2.0}, {3.0, 3.0}}).requires_grad_();
    // xs = x[:, :2]
    Tensor xs = x.narrow(1, 0, 2);
    // y = torch.index_add(xs, 0, idx, src, alpha=2) -> [[9.0, 10.0], [5.0, 6.0], [13.0, 14.0]]
    Tensor y = ct::index_add(xs, 0, idx, src, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{9.0, 10.0}, {5.0, 6.0}, {13.0, 14.0}})));
    EXPECT_EQ(y.grad_fn_name(), "IndexAddBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x, src], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, src}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[-1.5, 1.0, 0.0, 0.0], [0.0, -1.0, 0.0, 0.0], [1.5, 0.5, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{-1.5, 1.0, 0.0, 0.0}, {0.0, -1.0, 0.0, 0.0}, {1.5, 0.5, 0.0, 0.0}})));
    // d/dsrc -> [[-3.0, 2.0], [3.0, 1.0], [-3.0, 2.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{-3.0, 2.0}, {3.0, 1.0}, {-3.0, 2.0}})));
  });
  Case("index_add along dim 1", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([3, 0])
    Tensor idx = ct::tensor({3, 0});
    // src = torch.tensor([[1.0, -1.0], [2.0, -2.0], [3.0, -3.0]], requires_grad=True)
    Tensor src = ct::tensor({{1.0, -1.0}, {2.0, -2.0}, {3.0, -3.0}}).requires_grad_();
    // y = x.index_add(1, idx, src) -> (values below)
    Tensor y = ct::index_add(x, 1, idx, src);
    EXPECT_TRUE(Close(
        y, ct::tensor({{0.0, 2.0, 3.0, 5.0}, {3.0, 6.0, 7.0, 10.0}, {6.0, 10.0, 11.0, 15.0}})));
    EXPECT_EQ(y.grad_fn_name(), "IndexAddBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x, src], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, src}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[-1.5, 1.0, 0.0, -1.0], [1.5, 0.5, -0.5, -1.5], [1.0, 0.0, -1.0, 1.5]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}})));
    // d/dsrc -> [[-1.0, -1.5], [-1.5, 1.5], [1.5, 1.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{-1.0, -1.5}, {-1.5, 1.5}, {1.5, 1.0}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // bad = torch.tensor([0, 3])
    Tensor bad = ct::tensor({0, 3});
    // torch.index_select(x, 0, bad) -> IndexError: index out of range in self
    EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::index_select(x, 0, bad); },
                                       "index out of range in self"));
    // neg = torch.tensor([-1])
    Tensor neg = ct::tensor({-1});
    // torch.index_select(x, 0, neg) -> IndexError: index out of range in self
    EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::index_select(x, 0, neg); },
                                       "index out of range in self"));
    // f = torch.tensor([0.0])
    Tensor f = ct::tensor({0.0});
    // torch.index_select(x, 0, f) -> RuntimeError: index_select(): Expected dtype int32 or int64
    //     for index
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::index_select(x, 0, f); }));
    // i2 = torch.tensor([[0]])
    Tensor i2 = ct::tensor({{0}});
    // torch.index_select(x, 0, i2) -> IndexError: index_select(): Index is supposed to be a vector
    EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::index_select(x, 0, i2); },
                                       "index_select(): Index is supposed to be a vector"));
    // src = torch.tensor([[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0]])
    Tensor src = ct::tensor({{1.0, 1.0, 1.0, 1.0}, {2.0, 2.0, 2.0, 2.0}});
    // torch.index_add(x, 0, bad, src) -> IndexError: index out of range in self
    EXPECT_TRUE(Raises<ct::IndexError>([&] { (void)ct::index_add(x, 0, bad, src); },
                                       "index out of range in self"));
    // one = torch.tensor([0])
    Tensor one = ct::tensor({0});
    // torch.index_add(x, 0, one, src) -> RuntimeError: index_add_(): Number of indices (1) should
    //     be equal to source.size(dim): (2), for dim: 0
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::index_add(x, 0, one, src); }));
  });
}

// masked_fill (scalar and 0-d tensor value, broadcast mask), masked_select, masked_scatter.
TEST(TorchValuesIndexing, Masking) {
  Case("masked_fill scalar with a broadcast mask", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // m = torch.tensor([True, False, False, True])
    Tensor m = ct::tensor({true, false, false, true});
    // y = x.masked_fill(m, -1.0) -> (values below)
    Tensor y = x.masked_fill(m, -1.0);
    EXPECT_TRUE(Close(
        y, ct::tensor({{-1.0, 2.0, 3.0, -1.0}, {-1.0, 6.0, 7.0, -1.0}, {-1.0, 10.0, 11.0, -1.0}})));
    EXPECT_EQ(y.grad_fn_name(), "MaskedFillBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 1.0, 0.0, 0.0], [0.0, 0.5, -0.5, 0.0], [0.0, 0.0, -1.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 1.0, 0.0, 0.0}, {0.0, 0.5, -0.5, 0.0}, {0.0, 0.0, -1.0, 0.0}})));
  });
  Case("masked_fill with -inf (attention mask) then softmax", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}).requires_grad_();
    // m = torch.tensor([[False, True, False], [False, False, True]])
    Tensor m = ct::tensor({{false, true, false}, {false, false, true}});
    // y = F.softmax(x.masked_fill(m, float('-inf')), 1) -> (values below)
    Tensor y = F::softmax(x.masked_fill(m, -INFINITY), 1);
    EXPECT_TRUE(Close(y, ct::tensor({{0.11920291, 0.0, 0.880797}, {0.26894143, 0.7310586, 0.0}})));
    EXPECT_EQ(y.grad_fn_name(), "SoftmaxBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[-0.15749036, 0.0, 0.15749036], [-0.49152985, 0.49152982, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{-0.15749036, 0.0, 0.15749036}, {-0.49152985, 0.49152982, 0.0}})));
  });
  Case("masked_fill with a 0-d tensor value that requires grad", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // m = torch.tensor([[True], [False], [True]])
    Tensor m = ct::tensor({{true}, {false}, {true}});
    // v = torch.tensor(2.5, requires_grad=True)
    Tensor v = ct::tensor(2.5).requires_grad_();
    // y = torch.masked_fill(x, m, v) -> (values below)
    Tensor y = ct::masked_fill(x, m, v);
    EXPECT_TRUE(
        Close(y, ct::tensor({{2.5, 2.5, 2.5, 2.5}, {5.0, 6.0, 7.0, 8.0}, {2.5, 2.5, 2.5, 2.5}})));
    EXPECT_EQ(y.grad_fn_name(), "MaskedFillBackward1");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x, v], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, v}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[0.0, 0.0, 0.0, 0.0], [1.5, 0.5, -0.5, -1.5], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 0.0, 0.0, 0.0}, {1.5, 0.5, -0.5, -1.5}, {0.0, 0.0, 0.0, 0.0}})));
    // d/dv -> 0.0
    EXPECT_TRUE(Close(g_y[1], ct::tensor(0.0)));
  });
  Case("masked_fill int64 with a float value keeps int64", [] {
    // x = torch.tensor([1, 2, 3])
    Tensor x = ct::tensor({1, 2, 3});
    // m = torch.tensor([True, False, True])
    Tensor m = ct::tensor({true, false, true});
    // x.masked_fill(m, 7) -> [7, 2, 7] (torch.int64)
    EXPECT_TRUE(Exact(x.masked_fill(m, 7), ct::tensor({7, 2, 7})));
  });
  Case("masked_select with broadcasting", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // m = torch.tensor([[True], [False], [True]])
    Tensor m = ct::tensor({{true}, {false}, {true}});
    // y = torch.masked_select(x, m) -> [1.0, 2.0, 3.0, 4.0, 9.0, 10.0, 11.0, 12.0]
    Tensor y = ct::masked_select(x, m);
    EXPECT_TRUE(Close(y, ct::tensor({1.0, 2.0, 3.0, 4.0, 9.0, 10.0, 11.0, 12.0})));
    EXPECT_EQ(y.grad_fn_name(), "MaskedSelectBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(8)
    Tensor grad_y = ct::tensor({-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[-1.5, 1.0, 0.0, -1.0], [0.0, 0.0, 0.0, 0.0], [1.5, 0.5, -0.5, -1.5]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {0.0, 0.0, 0.0, 0.0}, {1.5, 0.5, -0.5, -1.5}})));
    // m2 = torch.tensor([False, True, False, True])
    Tensor m2 = ct::tensor({false, true, false, true});
    // z = torch.masked_select(x, m2) -> [2.0, 4.0, 6.0, 8.0, 10.0, 12.0]
    Tensor z = ct::masked_select(x, m2);
    EXPECT_TRUE(Close(z, ct::tensor({2.0, 4.0, 6.0, 8.0, 10.0, 12.0})));
    EXPECT_EQ(z.grad_fn_name(), "MaskedSelectBackward0");
    // grad_z = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(6)
    Tensor grad_z = ct::tensor({-1.5, 1.0, 0.0, -1.0, 1.5, 0.5});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> [[0.0, -1.5, 0.0, 1.0], [0.0, 0.0, 0.0, -1.0], [0.0, 1.5, 0.0, 0.5]]
    EXPECT_TRUE(Close(
        g_z[0], ct::tensor({{0.0, -1.5, 0.0, 1.0}, {0.0, 0.0, 0.0, -1.0}, {0.0, 1.5, 0.0, 0.5}})));
    // none = torch.tensor([False, False, False, False])
    Tensor none = ct::tensor({false, false, false, false});
    // e = torch.masked_select(x, none) -> tensor([], size=(0,))
    Tensor e = ct::masked_select(x, none);
    EXPECT_TRUE(Close(e, ct::zeros({0}, ct::float32)));
    EXPECT_EQ(e.grad_fn_name(), "MaskedSelectBackward0");
  });
  Case("masked_scatter", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}).requires_grad_();
    // m = torch.tensor([[True, False, True], [False, True, False]])
    Tensor m = ct::tensor({{true, false, true}, {false, true, false}});
    // src = torch.tensor([[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]], requires_grad=True)
    Tensor src = ct::tensor({{10.0, 20.0, 30.0}, {40.0, 50.0, 60.0}}).requires_grad_();
    // y = x.masked_scatter(m, src) -> [[10.0, 2.0, 20.0], [4.0, 30.0, 6.0]]
    Tensor y = ct::masked_scatter(x, m, src);
    EXPECT_TRUE(Close(y, ct::tensor({{10.0, 2.0, 20.0}, {4.0, 30.0, 6.0}})));
    EXPECT_EQ(y.grad_fn_name(), "MaskedScatterBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x, src], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x, src}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/dx -> [[0.0, 1.0, 0.0], [-1.0, 0.0, 0.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{0.0, 1.0, 0.0}, {-1.0, 0.0, 0.5}})));
    // d/dsrc -> [[-1.5, 0.0, 1.5], [0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{-1.5, 0.0, 1.5}, {0.0, 0.0, 0.0}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // fm = torch.tensor([1.0, 0.0, 0.0, 1.0])
    Tensor fm = ct::tensor({1.0, 0.0, 0.0, 1.0});
    // m3 = torch.tensor([True, False, True])
    Tensor m3 = ct::tensor({true, false, true});
    // x.masked_fill(m3, 0.0) -> RuntimeError: The size of tensor a (3) must match the size of
    //     tensor b (4) at non-singleton dimension 1
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)x.masked_fill(m3, 0.0); }));
    // torch.masked_select(x, fm) -> RuntimeError: masked_select: expected BoolTensor or ByteTensor
    //     for mask
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::masked_select(x, fm); }));
    // v = torch.tensor([1.0, 2.0])
    Tensor v = ct::tensor({1.0, 2.0});
    // m = torch.tensor([True, False, False, True])
    Tensor m = ct::tensor({true, false, false, true});
    // x.masked_fill(m, v) -> RuntimeError: masked_fill_ only supports a 0-dimensional value tensor,
    //     but got tensor with 1 dimension(s).
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::masked_fill(x, m, v); },
                                         "masked_fill_ only supports a 0-dimensional value tensor, "
                                         "but got tensor with 1 dimension(s)."));
  });
}

// take_along_dim with a dim (broadcasting indices) and flattened.
TEST(TorchValuesIndexing, TakeAlongDim) {
  Case("with dim", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[3], [0], [1]])
    Tensor idx = ct::tensor({{3}, {0}, {1}});
    // y = torch.take_along_dim(x, idx, 1) -> [[4.0], [5.0], [10.0]]
    Tensor y = ct::take_along_dim(x, idx, 1);
    EXPECT_TRUE(Close(y, ct::tensor({{4.0}, {5.0}, {10.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = ((torch.arange(3) * 5 % 7 - 3) / 2).reshape(3, 1)
    Tensor grad_y = ct::tensor({{-1.5}, {1.0}, {0.0}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, 0.0, 0.0, -1.5], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, 0.0, 0.0, -1.5}, {1.0, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0}})));
  });
  Case("argsort-style indices along dim 0", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[2, 1, 0, 2], [0, 0, 1, 1]])
    Tensor idx = ct::tensor({{2, 1, 0, 2}, {0, 0, 1, 1}});
    // y = torch.take_along_dim(x, idx, 0) -> [[9.0, 6.0, 3.0, 12.0], [1.0, 2.0, 7.0, 8.0]]
    Tensor y = ct::take_along_dim(x, idx, 0);
    EXPECT_TRUE(Close(y, ct::tensor({{9.0, 6.0, 3.0, 12.0}, {1.0, 2.0, 7.0, 8.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.5, 0.5, 0.0, 0.0], [0.0, 1.0, -0.5, -1.5], [-1.5, 0.0, 0.0, -1.0]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{1.5, 0.5, 0.0, 0.0}, {0.0, 1.0, -0.5, -1.5}, {-1.5, 0.0, 0.0, -1.0}})));
  });
  Case("broadcast indices", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([[1, 3]])
    Tensor idx = ct::tensor({{1, 3}});
    // y = torch.take_along_dim(x, idx, 1) -> [[2.0, 4.0], [6.0, 8.0], [10.0, 12.0]]
    Tensor y = ct::take_along_dim(x, idx, 1);
    EXPECT_TRUE(Close(y, ct::tensor({{2.0, 4.0}, {6.0, 8.0}, {10.0, 12.0}})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[0.0, -1.5, 0.0, 1.0], [0.0, 0.0, 0.0, -1.0], [0.0, 1.5, 0.0, 0.5]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{0.0, -1.5, 0.0, 1.0}, {0.0, 0.0, 0.0, -1.0}, {0.0, 1.5, 0.0, 0.5}})));
  });
  Case("without dim: flattened", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // idx = torch.tensor([11, 0, 5, 5])
    Tensor idx = ct::tensor({11, 0, 5, 5});
    // y = torch.take_along_dim(x, idx) -> [12.0, 1.0, 6.0, 6.0]
    Tensor y = ct::take_along_dim(x, idx);
    EXPECT_TRUE(Close(y, ct::tensor({12.0, 1.0, 6.0, 6.0})));
    EXPECT_EQ(y.grad_fn_name(), "GatherBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(4)
    Tensor grad_y = ct::tensor({-1.5, 1.0, 0.0, -1.0});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.0, 0.0, 0.0, 0.0], [0.0, -1.0, 0.0, 0.0], [0.0, 0.0, 0.0, -1.5]]
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{1.0, 0.0, 0.0, 0.0}, {0.0, -1.0, 0.0, 0.0}, {0.0, 0.0, 0.0, -1.5}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // idx = torch.tensor([[0]])
    Tensor idx = ct::tensor({{0}});
    // torch.take_along_dim(x, idx.float(), 1) -> RuntimeError: torch.take_along_dim(): dtype of
    //     indices should be Long but got Float
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)ct::take_along_dim(x, idx.to(ct::float32), 1); }));
    // i1 = torch.tensor([0])
    Tensor i1 = ct::tensor({0});
    // torch.take_along_dim(x, i1, 1) -> RuntimeError: torch.take_along_dim(): input and indices
    //     should have the same number of dimensions, but got 2 dimensions for input, and 1
    //     dimensions for indices
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::take_along_dim(x, i1, 1); },
        "torch.take_along_dim(): input and indices should have the same number of dimensions, but "
        "got 2 dimensions for input, and 1 dimensions for indices"));
  });
}

// repeat (with new leading dims), flip, roll with and without dims.
TEST(TorchValuesIndexing, RepeatFlipRoll) {
  Case("repeat", [] {
    // x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0}, {3.0, 4.0}}).requires_grad_();
    // y = x.repeat(2, 1, 3) -> (values below)
    Tensor y = x.repeat({2, 1, 3});
    EXPECT_TRUE(
        Close(y, ct::tensor({{{1.0, 2.0, 1.0, 2.0, 1.0, 2.0}, {3.0, 4.0, 3.0, 4.0, 3.0, 4.0}},
                             {{1.0, 2.0, 1.0, 2.0, 1.0, 2.0}, {3.0, 4.0, 3.0, 4.0, 3.0, 4.0}}})));
    EXPECT_EQ(y.grad_fn_name(), "RepeatBackward0");
    // grad_y = ((torch.arange(24) * 5 % 7 - 3) / 2).reshape(2, 2, 6)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0, 0.0, -1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0, 0.0, -1.0, 1.5}},
                    {{0.5, -0.5, -1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5, 1.0, 0.0}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[-1.0, 0.0], [1.5, -1.0]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-1.0, 0.0}, {1.5, -1.0}})));
  });
  Case("repeat 1-d by (2,)", [] {
    // x = torch.tensor([1.0, -1.0, 0.5], requires_grad=True)
    Tensor x = ct::tensor({1.0, -1.0, 0.5}).requires_grad_();
    // y = x.repeat(2) -> [1.0, -1.0, 0.5, 1.0, -1.0, 0.5]
    Tensor y = ct::repeat(x, {2});
    EXPECT_TRUE(Close(y, ct::tensor({1.0, -1.0, 0.5, 1.0, -1.0, 0.5})));
    EXPECT_EQ(y.grad_fn_name(), "RepeatBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(6)
    Tensor grad_y = ct::tensor({-1.5, 1.0, 0.0, -1.0, 1.5, 0.5});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [-2.5, 2.5, 0.5]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({-2.5, 2.5, 0.5})));
  });
  Case("flip", [] {
    // x = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(2, 2, 3).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}},
                           {{1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}}})
                   .requires_grad_();
    // y = torch.flip(x, (0, 2)) -> (values below)
    Tensor y = ct::flip(x, {0, 2});
    EXPECT_TRUE(Close(y, ct::tensor({{{-1.0, 0.0, 1.0}, {-1.25, -0.25, 0.75}},
                                     {{-0.5, 0.5, -1.25}, {-0.75, 0.25, 1.25}}})));
    EXPECT_EQ(y.grad_fn_name(), "FlipBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(2, 2, 3)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}}, {{-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[[1.0, -1.5, -0.5], [1.5, -1.0, 0.0]], [[0.0, 1.0, -1.5], [0.5, 1.5, -1.0]]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{1.0, -1.5, -0.5}, {1.5, -1.0, 0.0}},
                                          {{0.0, 1.0, -1.5}, {0.5, 1.5, -1.0}}})));
    // z = x.flip(-1) -> (values below)
    Tensor z = x.flip({-1});
    EXPECT_TRUE(Close(z, ct::tensor({{{-0.5, 0.5, -1.25}, {-0.75, 0.25, 1.25}},
                                     {{-1.0, 0.0, 1.0}, {-1.25, -0.25, 0.75}}})));
    EXPECT_EQ(z.grad_fn_name(), "FlipBackward0");
  });
  Case("roll", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // y = torch.roll(x, 1, 0) -> (values below)
    Tensor y = ct::roll(x, {1}, {0});
    EXPECT_TRUE(Close(
        y, ct::tensor({{9.0, 10.0, 11.0, 12.0}, {1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}})));
    EXPECT_EQ(y.grad_fn_name(), "RollBackward0");
    // grad_y = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_y =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[1.5, 0.5, -0.5, -1.5], [1.0, 0.0, -1.0, 1.5], [-1.5, 1.0, 0.0, -1.0]]
    EXPECT_TRUE(
        Close(g_y[0],
              ct::tensor({{1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}, {-1.5, 1.0, 0.0, -1.0}})));
    // z = torch.roll(x, (-1, 5), (0, 1)) -> (values below)
    Tensor z = ct::roll(x, {-1, 5}, {0, 1});
    EXPECT_TRUE(Close(
        z, ct::tensor({{8.0, 5.0, 6.0, 7.0}, {12.0, 9.0, 10.0, 11.0}, {4.0, 1.0, 2.0, 3.0}})));
    EXPECT_EQ(z.grad_fn_name(), "RollBackward0");
    // grad_z = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_z =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> [[0.0, -1.0, 1.5, 1.0], [1.0, 0.0, -1.0, -1.5], [0.5, -0.5, -1.5, 1.5]]
    EXPECT_TRUE(
        Close(g_z[0],
              ct::tensor({{0.0, -1.0, 1.5, 1.0}, {1.0, 0.0, -1.0, -1.5}, {0.5, -0.5, -1.5, 1.5}})));
    // f = torch.roll(x, 2) -> [[11.0, 12.0, 1.0, 2.0], [3.0, 4.0, 5.0, 6.0], [7.0, 8.0, 9.0, 10.0]]
    Tensor f = ct::roll(x, {2});
    EXPECT_TRUE(Close(
        f, ct::tensor({{11.0, 12.0, 1.0, 2.0}, {3.0, 4.0, 5.0, 6.0}, {7.0, 8.0, 9.0, 10.0}})));
    EXPECT_EQ(f.grad_fn_name(), "RollBackward0");
    // grad_f = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_f =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_f = torch.autograd.grad(f, [x], grad_f)
    std::vector<Tensor> g_f = ct::grad({f}, {x}, {grad_f}, true);
    ASSERT_EQ(g_f.size(), 1u);
    // d/dx -> [[0.0, -1.0, 1.5, 0.5], [-0.5, -1.5, 1.0, 0.0], [-1.0, 1.5, -1.5, 1.0]]
    EXPECT_TRUE(
        Close(g_f[0],
              ct::tensor({{0.0, -1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0, 0.0}, {-1.0, 1.5, -1.5, 1.0}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // x.repeat(2) -> RuntimeError: Number of dimensions of repeat dims can not be smaller than
    //     number of dimensions of tensor
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)x.repeat({2}); },
                                         "Number of dimensions of repeat dims can not be smaller "
                                         "than number of dimensions of tensor"));
    // torch.flip(x, (0, 0)) -> RuntimeError: dim 0 appears multiple times in the list of dims
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::flip(x, {0, 0}); }));
    // torch.flip(x, (2,)) -> IndexError: Dimension out of range (expected to be in range of [-2,
    //     1], but got 2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] { (void)ct::flip(x, {2}); },
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
    // torch.roll(x, (1, 2), (0,)) -> RuntimeError: shifts and dimensions must align. shifts: 2,
    //     dims:1
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::roll(x, {1, 2}, {0});
        },
        "shifts and dimensions must align. shifts: 2, dims:1"));
    // torch.roll(x, 1, 2) -> IndexError: Dimension out of range (expected to be in range of [-2,
    //     1], but got 2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] { (void)ct::roll(x, {1}, {2}); },
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
  });
}

// diagonal, diag, diag_embed, tril, triu with offsets.
TEST(TorchValuesIndexing, DiagonalTriangular) {
  Case("diagonal with offsets", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // a = torch.diagonal(x) -> [1.0, 6.0, 11.0]
    Tensor a = ct::diagonal(x);
    EXPECT_TRUE(Close(a, ct::tensor({1.0, 6.0, 11.0})));
    EXPECT_EQ(a.grad_fn_name(), "DiagonalBackward0");
    // grad_a = ((torch.arange(3) * 5 % 7 - 3) / 2).reshape(3)
    Tensor grad_a = ct::tensor({-1.5, 1.0, 0.0});
    // g_a = torch.autograd.grad(a, [x], grad_a)
    std::vector<Tensor> g_a = ct::grad({a}, {x}, {grad_a}, true);
    ASSERT_EQ(g_a.size(), 1u);
    // d/dx -> [[-1.5, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_a[0], ct::tensor({{-1.5, 0.0, 0.0, 0.0}, {0.0, 1.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0}})));
    // b = torch.diagonal(x, 1) -> [2.0, 7.0, 12.0]
    Tensor b = ct::diagonal(x, 1);
    EXPECT_TRUE(Close(b, ct::tensor({2.0, 7.0, 12.0})));
    EXPECT_EQ(b.grad_fn_name(), "DiagonalBackward0");
    // grad_b = ((torch.arange(3) * 5 % 7 - 3) / 2).reshape(3)
    Tensor grad_b = ct::tensor({-1.5, 1.0, 0.0});
    // g_b = torch.autograd.grad(b, [x], grad_b)
    std::vector<Tensor> g_b = ct::grad({b}, {x}, {grad_b}, true);
    ASSERT_EQ(g_b.size(), 1u);
    // d/dx -> [[0.0, -1.5, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_b[0], ct::tensor({{0.0, -1.5, 0.0, 0.0}, {0.0, 0.0, 1.0, 0.0}, {0.0, 0.0, 0.0, 0.0}})));
    // d = torch.diagonal(x, -1) -> [5.0, 10.0]
    Tensor d = ct::diagonal(x, -1);
    EXPECT_TRUE(Close(d, ct::tensor({5.0, 10.0})));
    EXPECT_EQ(d.grad_fn_name(), "DiagonalBackward0");
    // grad_d = ((torch.arange(2) * 5 % 7 - 3) / 2).reshape(2)
    Tensor grad_d = ct::tensor({-1.5, 1.0});
    // g_d = torch.autograd.grad(d, [x], grad_d)
    std::vector<Tensor> g_d = ct::grad({d}, {x}, {grad_d}, true);
    ASSERT_EQ(g_d.size(), 1u);
    // d/dx -> [[0.0, 0.0, 0.0, 0.0], [-1.5, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_d[0], ct::tensor({{0.0, 0.0, 0.0, 0.0}, {-1.5, 0.0, 0.0, 0.0}, {0.0, 1.0, 0.0, 0.0}})));
    // e = torch.diagonal(x, 5) -> tensor([], size=(0,))
    Tensor e = ct::diagonal(x, 5);
    EXPECT_TRUE(Close(e, ct::zeros({0}, ct::float32)));
    EXPECT_EQ(e.grad_fn_name(), "DiagonalBackward0");
  });
  Case("diagonal of a batch over dims (0, 2)", [] {
    // x = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(2, 3, 2).requires_grad_()
    Tensor x = ct::tensor({{{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}},
                           {{1.0, 0.0}, {-1.0, 0.75}, {-0.25, -1.25}}})
                   .requires_grad_();
    // y = x.diagonal(0, 0, 2) -> [[-1.25, 0.0], [-0.5, 0.75], [0.25, -1.25]]
    Tensor y = x.diagonal(0, 0, 2);
    EXPECT_TRUE(Close(y, ct::tensor({{-1.25, 0.0}, {-0.5, 0.75}, {0.25, -1.25}})));
    EXPECT_EQ(y.grad_fn_name(), "DiagonalBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[[-1.5, 0.0], [0.0, 0.0], [1.5, 0.0]], [[0.0, 1.0], [0.0, -1.0], [0.0, 0.5]]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{-1.5, 0.0}, {0.0, 0.0}, {1.5, 0.0}},
                                          {{0.0, 1.0}, {0.0, -1.0}, {0.0, 0.5}}})));
  });
  Case("diag of a vector and of a matrix", [] {
    // v = torch.tensor([1.0, 2.0], requires_grad=True)
    Tensor v = ct::tensor({1.0, 2.0}).requires_grad_();
    // a = torch.diag(v) -> [[1.0, 0.0], [0.0, 2.0]]
    Tensor a = ct::diag(v);
    EXPECT_TRUE(Close(a, ct::tensor({{1.0, 0.0}, {0.0, 2.0}})));
    EXPECT_EQ(a.grad_fn_name(), "DiagBackward0");
    // grad_a = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(2, 2)
    Tensor grad_a = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}});
    // g_a = torch.autograd.grad(a, [v], grad_a)
    std::vector<Tensor> g_a = ct::grad({a}, {v}, {grad_a}, true);
    ASSERT_EQ(g_a.size(), 1u);
    // d/dv -> [-1.5, -1.0]
    EXPECT_TRUE(Close(g_a[0], ct::tensor({-1.5, -1.0})));
    // b = torch.diag(v, -1) -> [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 2.0, 0.0]]
    Tensor b = ct::diag(v, -1);
    EXPECT_TRUE(Close(b, ct::tensor({{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {0.0, 2.0, 0.0}})));
    EXPECT_EQ(b.grad_fn_name(), "DiagBackward0");
    // grad_b = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(3, 3)
    Tensor grad_b = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}});
    // g_b = torch.autograd.grad(b, [v], grad_b)
    std::vector<Tensor> g_b = ct::grad({b}, {v}, {grad_b}, true);
    ASSERT_EQ(g_b.size(), 1u);
    // d/dv -> [-1.0, -1.5]
    EXPECT_TRUE(Close(g_b[0], ct::tensor({-1.0, -1.5})));
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // d = torch.diag(x, 1) -> [2.0, 7.0, 12.0]
    Tensor d = ct::diag(x, 1);
    EXPECT_TRUE(Close(d, ct::tensor({2.0, 7.0, 12.0})));
    EXPECT_EQ(d.grad_fn_name(), "DiagBackward0");
    // grad_d = ((torch.arange(3) * 5 % 7 - 3) / 2).reshape(3)
    Tensor grad_d = ct::tensor({-1.5, 1.0, 0.0});
    // g_d = torch.autograd.grad(d, [x], grad_d)
    std::vector<Tensor> g_d = ct::grad({d}, {x}, {grad_d}, true);
    ASSERT_EQ(g_d.size(), 1u);
    // d/dx -> [[0.0, -1.5, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]]
    EXPECT_TRUE(Close(
        g_d[0], ct::tensor({{0.0, -1.5, 0.0, 0.0}, {0.0, 0.0, 1.0, 0.0}, {0.0, 0.0, 0.0, 0.0}})));
  });
  Case("diag_embed", [] {
    // x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0}, {3.0, 4.0}}).requires_grad_();
    // y = torch.diag_embed(x) -> [[[1.0, 0.0], [0.0, 2.0]], [[3.0, 0.0], [0.0, 4.0]]]
    Tensor y = ct::diag_embed(x);
    EXPECT_TRUE(Close(y, ct::tensor({{{1.0, 0.0}, {0.0, 2.0}}, {{3.0, 0.0}, {0.0, 4.0}}})));
    EXPECT_EQ(y.grad_fn_name(), "DiagEmbedBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 2, 2)
    Tensor grad_y = ct::tensor({{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}});
    // g_y = torch.autograd.grad(y, [x], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {x}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/dx -> [[-1.5, -1.0], [1.5, -1.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-1.5, -1.0}, {1.5, -1.5}})));
    // z = torch.diag_embed(x, 1, 0, 2) -> (values below)
    Tensor z = ct::diag_embed(x, 1, 0, 2);
    EXPECT_TRUE(Close(z, ct::tensor({{{0.0, 1.0, 0.0}, {0.0, 3.0, 0.0}},
                                     {{0.0, 0.0, 2.0}, {0.0, 0.0, 4.0}},
                                     {{0.0, 0.0, 0.0}, {0.0, 0.0, 0.0}}})));
    EXPECT_EQ(z.grad_fn_name(), "DiagEmbedBackward0");
    // grad_z = ((torch.arange(18) * 5 % 7 - 3) / 2).reshape(3, 2, 3)
    Tensor grad_z = ct::tensor({{{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}},
                                {{-0.5, -1.5, 1.0}, {0.0, -1.0, 1.5}},
                                {{0.5, -0.5, -1.5}, {1.0, 0.0, -1.0}}});
    // g_z = torch.autograd.grad(z, [x], grad_z)
    std::vector<Tensor> g_z = ct::grad({z}, {x}, {grad_z}, true);
    ASSERT_EQ(g_z.size(), 1u);
    // d/dx -> [[1.0, 1.0], [1.5, 1.5]]
    EXPECT_TRUE(Close(g_z[0], ct::tensor({{1.0, 1.0}, {1.5, 1.5}})));
  });
  Case("tril / triu", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // a = x.tril() -> [[1.0, 0.0, 0.0, 0.0], [5.0, 6.0, 0.0, 0.0], [9.0, 10.0, 11.0, 0.0]]
    Tensor a = x.tril();
    EXPECT_TRUE(
        Close(a, ct::tensor({{1.0, 0.0, 0.0, 0.0}, {5.0, 6.0, 0.0, 0.0}, {9.0, 10.0, 11.0, 0.0}})));
    EXPECT_EQ(a.grad_fn_name(), "TrilBackward0");
    // grad_a = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_a =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_a = torch.autograd.grad(a, [x], grad_a)
    std::vector<Tensor> g_a = ct::grad({a}, {x}, {grad_a}, true);
    ASSERT_EQ(g_a.size(), 1u);
    // d/dx -> [[-1.5, 0.0, 0.0, 0.0], [1.5, 0.5, 0.0, 0.0], [1.0, 0.0, -1.0, 0.0]]
    EXPECT_TRUE(Close(
        g_a[0], ct::tensor({{-1.5, 0.0, 0.0, 0.0}, {1.5, 0.5, 0.0, 0.0}, {1.0, 0.0, -1.0, 0.0}})));
    // b = torch.tril(x, -1) -> [[0.0, 0.0, 0.0, 0.0], [5.0, 0.0, 0.0, 0.0], [9.0, 10.0, 0.0, 0.0]]
    Tensor b = ct::tril(x, -1);
    EXPECT_TRUE(
        Close(b, ct::tensor({{0.0, 0.0, 0.0, 0.0}, {5.0, 0.0, 0.0, 0.0}, {9.0, 10.0, 0.0, 0.0}})));
    EXPECT_EQ(b.grad_fn_name(), "TrilBackward0");
    // d = x.triu(1) -> [[0.0, 2.0, 3.0, 4.0], [0.0, 0.0, 7.0, 8.0], [0.0, 0.0, 0.0, 12.0]]
    Tensor d = x.triu(1);
    EXPECT_TRUE(
        Close(d, ct::tensor({{0.0, 2.0, 3.0, 4.0}, {0.0, 0.0, 7.0, 8.0}, {0.0, 0.0, 0.0, 12.0}})));
    EXPECT_EQ(d.grad_fn_name(), "TriuBackward0");
    // grad_d = ((torch.arange(12) * 5 % 7 - 3) / 2).reshape(3, 4)
    Tensor grad_d =
        ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}, {1.0, 0.0, -1.0, 1.5}});
    // g_d = torch.autograd.grad(d, [x], grad_d)
    std::vector<Tensor> g_d = ct::grad({d}, {x}, {grad_d}, true);
    ASSERT_EQ(g_d.size(), 1u);
    // d/dx -> [[0.0, 1.0, 0.0, -1.0], [0.0, 0.0, -0.5, -1.5], [0.0, 0.0, 0.0, 1.5]]
    EXPECT_TRUE(Close(
        g_d[0], ct::tensor({{0.0, 1.0, 0.0, -1.0}, {0.0, 0.0, -0.5, -1.5}, {0.0, 0.0, 0.0, 1.5}})));
    // e = torch.triu(x, -2) -> (values below)
    Tensor e = ct::triu(x, -2);
    EXPECT_TRUE(Close(
        e, ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})));
    EXPECT_EQ(e.grad_fn_name(), "TriuBackward0");
  });
  Case("tril of a batch, int64", [] {
    // x = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
    Tensor x = ct::tensor({{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});
    // x.tril() -> [[[1, 0], [3, 4]], [[5, 0], [7, 8]]] (torch.int64)
    EXPECT_TRUE(Exact(x.tril(), ct::tensor({{{1, 0}, {3, 4}}, {{5, 0}, {7, 8}}})));
    // x.triu(1) -> [[[0, 2], [0, 0]], [[0, 6], [0, 0]]] (torch.int64)
    EXPECT_TRUE(Exact(x.triu(1), ct::tensor({{{0, 2}, {0, 0}}, {{0, 6}, {0, 0}}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // torch.diagonal(x, 0, 1, 1) -> RuntimeError: diagonal dimensions cannot be identical 1, 1
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::diagonal(x, 0, 1, 1); },
                                         "diagonal dimensions cannot be identical 1, 1"));
    // torch.diag(x.unsqueeze(0)) -> RuntimeError: matrix or a vector expected
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::diag(x.unsqueeze(0)); }));
    // v = torch.tensor([1.0, 2.0])
    Tensor v = ct::tensor({1.0, 2.0});
    // torch.tril(v) -> IndexError: Dimension out of range (expected to be in range of [-1, 0], but
    //     got -2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] { (void)ct::tril(v); },
        "Dimension out of range (expected to be in range of [-1, 0], but got -2)"));
    // torch.diag_embed(v, 0, 0, 0) -> RuntimeError: diagonal dimensions cannot be identical 0, 0
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::diag_embed(v, 0, 0, 0); },
                                         "diagonal dimensions cannot be identical 0, 0"));
  });
}

// split by size and by sizes, chunk with uneven and too many chunks, unbind; gradients when
// only some pieces are used.
TEST(TorchValuesIndexing, SplitChunkUnbind) {
  Case("split by size (last piece shorter)", [] {
    // x = ((torch.arange(10) * 7 % 11 - 5) / 4).reshape(5, 2).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}, {1.0, 0.0}, {-1.0, 0.75}})
                   .requires_grad_();
    // p = torch.split(x, 2)  (3 tensors)
    std::vector<Tensor> p = ct::split(x, 2);
    ASSERT_EQ(p.size(), 3u);
    // p[0] -> [[-1.25, 0.5], [-0.5, 1.25]]
    EXPECT_TRUE(Close(p[0], ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}})));
    EXPECT_EQ(p[0].grad_fn_name(), "SplitBackward0");
    // p[1] -> [[0.25, -0.75], [1.0, 0.0]]
    EXPECT_TRUE(Close(p[1], ct::tensor({{0.25, -0.75}, {1.0, 0.0}})));
    EXPECT_EQ(p[1].grad_fn_name(), "SplitBackward0");
    // p[2] -> [[-1.0, 0.75]]
    EXPECT_TRUE(Close(p[2], ct::tensor({{-1.0, 0.75}})));
    EXPECT_EQ(p[2].grad_fn_name(), "SplitBackward0");
    // grad_out = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(2, 2)
    Tensor grad_out = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}});
    // g = torch.autograd.grad(p[1] * 2 + p[2], [x], grad_out)
    std::vector<Tensor> g = ct::grad({p[1] * 2 + p[2]}, {x}, {grad_out}, true);
    ASSERT_EQ(g.size(), 1u);
    // d/dx -> [[0.0, 0.0], [0.0, 0.0], [-3.0, 2.0], [0.0, -2.0], [-1.5, 0.0]]
    EXPECT_TRUE(
        Close(g[0], ct::tensor({{0.0, 0.0}, {0.0, 0.0}, {-3.0, 2.0}, {0.0, -2.0}, {-1.5, 0.0}})));
  });
  Case("split by sizes along dim 1", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // p = torch.split(x, [1, 3], 1)  (2 tensors)
    std::vector<Tensor> p = ct::split(x, std::vector<int64_t>{1, 3}, 1);
    ASSERT_EQ(p.size(), 2u);
    // p[0] -> [[1.0], [5.0], [9.0]]
    EXPECT_TRUE(Close(p[0], ct::tensor({{1.0}, {5.0}, {9.0}})));
    EXPECT_EQ(p[0].grad_fn_name(), "SplitWithSizesBackward0");
    // p[1] -> [[2.0, 3.0, 4.0], [6.0, 7.0, 8.0], [10.0, 11.0, 12.0]]
    EXPECT_TRUE(Close(p[1], ct::tensor({{2.0, 3.0, 4.0}, {6.0, 7.0, 8.0}, {10.0, 11.0, 12.0}})));
    EXPECT_EQ(p[1].grad_fn_name(), "SplitWithSizesBackward0");
    // grad_out = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(3, 3)
    Tensor grad_out = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}});
    // g = torch.autograd.grad(p[1], [x], grad_out)
    std::vector<Tensor> g = ct::grad({p[1]}, {x}, {grad_out}, true);
    ASSERT_EQ(g.size(), 1u);
    // d/dx -> [[0.0, -1.5, 1.0, 0.0], [0.0, -1.0, 1.5, 0.5], [0.0, -0.5, -1.5, 1.0]]
    EXPECT_TRUE(Close(
        g[0], ct::tensor({{0.0, -1.5, 1.0, 0.0}, {0.0, -1.0, 1.5, 0.5}, {0.0, -0.5, -1.5, 1.0}})));
  });
  Case("chunk uneven, and more chunks than rows", [] {
    // x = ((torch.arange(10) * 7 % 11 - 5) / 4).reshape(5, 2).requires_grad_()
    Tensor x = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}, {1.0, 0.0}, {-1.0, 0.75}})
                   .requires_grad_();
    // p = torch.chunk(x, 3)  (3 tensors)
    std::vector<Tensor> p = ct::chunk(x, 3);
    ASSERT_EQ(p.size(), 3u);
    // p[0] -> [[-1.25, 0.5], [-0.5, 1.25]]
    EXPECT_TRUE(Close(p[0], ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}})));
    EXPECT_EQ(p[0].grad_fn_name(), "SplitBackward0");
    // p[1] -> [[0.25, -0.75], [1.0, 0.0]]
    EXPECT_TRUE(Close(p[1], ct::tensor({{0.25, -0.75}, {1.0, 0.0}})));
    EXPECT_EQ(p[1].grad_fn_name(), "SplitBackward0");
    // p[2] -> [[-1.0, 0.75]]
    EXPECT_TRUE(Close(p[2], ct::tensor({{-1.0, 0.75}})));
    EXPECT_EQ(p[2].grad_fn_name(), "SplitBackward0");
    // grad_out = torch.tensor([[1.0, 2.0]])
    Tensor grad_out = ct::tensor({{1.0, 2.0}});
    // g = torch.autograd.grad(p[2], [x], grad_out)
    std::vector<Tensor> g = ct::grad({p[2]}, {x}, {grad_out}, true);
    ASSERT_EQ(g.size(), 1u);
    // d/dx -> [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [1.0, 2.0]]
    EXPECT_TRUE(
        Close(g[0], ct::tensor({{0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {1.0, 2.0}})));
    // q = x.chunk(7)  (5 tensors)
    std::vector<Tensor> q = ct::chunk(x, 7);
    ASSERT_EQ(q.size(), 5u);
    // q[0] -> [[-1.25, 0.5]]
    EXPECT_TRUE(Close(q[0], ct::tensor({{-1.25, 0.5}})));
    EXPECT_EQ(q[0].grad_fn_name(), "SplitBackward0");
    // q[1] -> [[-0.5, 1.25]]
    EXPECT_TRUE(Close(q[1], ct::tensor({{-0.5, 1.25}})));
    EXPECT_EQ(q[1].grad_fn_name(), "SplitBackward0");
    // q[2] -> [[0.25, -0.75]]
    EXPECT_TRUE(Close(q[2], ct::tensor({{0.25, -0.75}})));
    EXPECT_EQ(q[2].grad_fn_name(), "SplitBackward0");
    // q[3] -> [[1.0, 0.0]]
    EXPECT_TRUE(Close(q[3], ct::tensor({{1.0, 0.0}})));
    EXPECT_EQ(q[3].grad_fn_name(), "SplitBackward0");
    // q[4] -> [[-1.0, 0.75]]
    EXPECT_TRUE(Close(q[4], ct::tensor({{-1.0, 0.75}})));
    EXPECT_EQ(q[4].grad_fn_name(), "SplitBackward0");
    // r = torch.chunk(x, 2, 1)  (2 tensors)
    std::vector<Tensor> r = ct::chunk(x, 2, 1);
    ASSERT_EQ(r.size(), 2u);
    // r[0] -> [[-1.25], [-0.5], [0.25], [1.0], [-1.0]]
    EXPECT_TRUE(Close(r[0], ct::tensor({{-1.25}, {-0.5}, {0.25}, {1.0}, {-1.0}})));
    EXPECT_EQ(r[0].grad_fn_name(), "SplitBackward0");
    // r[1] -> [[0.5], [1.25], [-0.75], [0.0], [0.75]]
    EXPECT_TRUE(Close(r[1], ct::tensor({{0.5}, {1.25}, {-0.75}, {0.0}, {0.75}})));
    EXPECT_EQ(r[1].grad_fn_name(), "SplitBackward0");
  });
  Case("unbind", [] {
    // x = torch.tensor(<the values below>, requires_grad=True)
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}})
                   .requires_grad_();
    // p = torch.unbind(x, 1)  (4 tensors)
    std::vector<Tensor> p = ct::unbind(x, 1);
    ASSERT_EQ(p.size(), 4u);
    // p[0] -> [1.0, 5.0, 9.0]
    EXPECT_TRUE(Close(p[0], ct::tensor({1.0, 5.0, 9.0})));
    EXPECT_EQ(p[0].grad_fn_name(), "UnbindBackward0");
    // p[1] -> [2.0, 6.0, 10.0]
    EXPECT_TRUE(Close(p[1], ct::tensor({2.0, 6.0, 10.0})));
    EXPECT_EQ(p[1].grad_fn_name(), "UnbindBackward0");
    // p[2] -> [3.0, 7.0, 11.0]
    EXPECT_TRUE(Close(p[2], ct::tensor({3.0, 7.0, 11.0})));
    EXPECT_EQ(p[2].grad_fn_name(), "UnbindBackward0");
    // p[3] -> [4.0, 8.0, 12.0]
    EXPECT_TRUE(Close(p[3], ct::tensor({4.0, 8.0, 12.0})));
    EXPECT_EQ(p[3].grad_fn_name(), "UnbindBackward0");
    // grad_out = torch.tensor([1.0, 2.0, 3.0])
    Tensor grad_out = ct::tensor({1.0, 2.0, 3.0});
    // g = torch.autograd.grad(p[0] - p[3], [x], grad_out)
    std::vector<Tensor> g = ct::grad({p[0] - p[3]}, {x}, {grad_out}, true);
    ASSERT_EQ(g.size(), 1u);
    // d/dx -> [[1.0, 0.0, 0.0, -1.0], [2.0, 0.0, 0.0, -2.0], [3.0, 0.0, 0.0, -3.0]]
    EXPECT_TRUE(Close(
        g[0], ct::tensor({{1.0, 0.0, 0.0, -1.0}, {2.0, 0.0, 0.0, -2.0}, {3.0, 0.0, 0.0, -3.0}})));
  });
  Case("errors", [] {
    // x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    Tensor x = ct::tensor({{1.0, 2.0, 3.0, 4.0}, {5.0, 6.0, 7.0, 8.0}, {9.0, 10.0, 11.0, 12.0}});
    // torch.split(x, [1, 1]) -> RuntimeError: split_with_sizes expects split_sizes to sum exactly
    //     to 3 (input tensor's size at dimension 0), but got split_sizes=[1, 1]
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::split(x, std::vector<int64_t>{1, 1});
        },
        "split_with_sizes expects split_sizes to sum exactly to 3 (input tensor's size at "
        "dimension 0), but got split_sizes=[1, 1]"));
    // torch.chunk(x, 0) -> RuntimeError: chunk expects `chunks` to be greater than 0, got: 0
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::chunk(x, 0); },
                                         "chunk expects `chunks` to be greater than 0, got: 0"));
    // torch.unbind(x, 2) -> IndexError: Dimension out of range (expected to be in range of [-2, 1],
    //     but got 2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] { (void)ct::unbind(x, 2); },
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
    // torch.split(x, -1) -> RuntimeError: split expects split_size be non-negative, but got
    //     split_size=-1
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::split(x, -1); },
        "split expects split_size be non-negative, but got split_size=-1"));
  });
}

// cat and stack along positive and negative dims, type promotion, gradients per input.
TEST(TorchValuesIndexing, CatStack) {
  Case("cat along dim 1", [] {
    // a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, 2.0}, {3.0, 4.0}}).requires_grad_();
    // b = torch.tensor([[5.0], [6.0]], requires_grad=True)
    Tensor b = ct::tensor({{5.0}, {6.0}}).requires_grad_();
    // y = torch.cat([a, b], 1) -> [[1.0, 2.0, 5.0], [3.0, 4.0, 6.0]]
    Tensor y = ct::cat({a, b}, 1);
    EXPECT_TRUE(Close(y, ct::tensor({{1.0, 2.0, 5.0}, {3.0, 4.0, 6.0}})));
    EXPECT_EQ(y.grad_fn_name(), "CatBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [[-1.5, 1.0], [-1.0, 1.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-1.5, 1.0}, {-1.0, 1.5}})));
    // d/db -> [[0.0], [0.5]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{0.0}, {0.5}})));
  });
  Case("cat along dim 0 with -2", [] {
    // a = torch.tensor([[1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, 2.0}}).requires_grad_();
    // b = torch.tensor([[3.0, 4.0], [5.0, 6.0]], requires_grad=True)
    Tensor b = ct::tensor({{3.0, 4.0}, {5.0, 6.0}}).requires_grad_();
    // y = torch.cat([a, b, a], -2) -> [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [1.0, 2.0]]
    Tensor y = ct::cat({a, b, a}, -2);
    EXPECT_TRUE(Close(y, ct::tensor({{1.0, 2.0}, {3.0, 4.0}, {5.0, 6.0}, {1.0, 2.0}})));
    EXPECT_EQ(y.grad_fn_name(), "CatBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(4, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}, {-0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [[-2.0, -0.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-2.0, -0.5}})));
    // d/db -> [[0.0, -1.0], [1.5, 0.5]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{0.0, -1.0}, {1.5, 0.5}})));
  });
  Case("cat of non-contiguous inputs", [] {
    // a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    Tensor a = ct::tensor({{1.0, 2.0}, {3.0, 4.0}}).requires_grad_();
    // b = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor b = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}}).requires_grad_();
    // y = torch.cat([a.t(), b.t()], 1) -> (values below)
    Tensor y = ct::cat({a.t(), b.t()}, 1);
    EXPECT_TRUE(
        Close(y, ct::tensor({{1.0, 3.0, -1.25, -0.5, 0.25}, {2.0, 4.0, 0.5, 1.25, -0.75}})));
    EXPECT_EQ(y.grad_fn_name(), "CatBackward0");
    // grad_y = ((torch.arange(10) * 5 % 7 - 3) / 2).reshape(2, 5)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0, 1.5}, {0.5, -0.5, -1.5, 1.0, 0.0}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [[-1.5, 0.5], [1.0, -0.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-1.5, 0.5}, {1.0, -0.5}})));
    // d/db -> [[0.0, -1.5], [-1.0, 1.0], [1.5, 0.0]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{0.0, -1.5}, {-1.0, 1.0}, {1.5, 0.0}})));
  });
  Case("cat promotes int64 with float32 and float64", [] {
    // i = torch.tensor([1, 2])
    Tensor i = ct::tensor({1, 2});
    // f = torch.tensor([0.5])
    Tensor f = ct::tensor({0.5});
    // d = torch.tensor([0.25], dtype=torch.float64)
    Tensor d = ct::tensor({0.25}, ct::float64);
    // torch.cat([i, f]) -> [1.0, 2.0, 0.5]
    EXPECT_TRUE(Close(ct::cat({i, f}), ct::tensor({1.0, 2.0, 0.5})));
    // torch.cat([f, d]) -> [0.5, 0.25] (torch.float64)
    EXPECT_TRUE(Close(ct::cat({f, d}), ct::tensor({0.5, 0.25}, ct::float64)));
  });
  Case("stack at dims 0, 1 and -1", [] {
    // a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({1.0, 2.0, 3.0}).requires_grad_();
    // b = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
    Tensor b = ct::tensor({4.0, 5.0, 6.0}).requires_grad_();
    // s0 = torch.stack([a, b]) -> [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    Tensor s0 = ct::stack({a, b});
    EXPECT_TRUE(Close(s0, ct::tensor({{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}})));
    EXPECT_EQ(s0.grad_fn_name(), "StackBackward0");
    // grad_s0 = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(2, 3)
    Tensor grad_s0 = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}});
    // g_s0 = torch.autograd.grad(s0, [a, b], grad_s0)
    std::vector<Tensor> g_s0 = ct::grad({s0}, {a, b}, {grad_s0}, true);
    ASSERT_EQ(g_s0.size(), 2u);
    // d/da -> [-1.5, 1.0, 0.0]
    EXPECT_TRUE(Close(g_s0[0], ct::tensor({-1.5, 1.0, 0.0})));
    // d/db -> [-1.0, 1.5, 0.5]
    EXPECT_TRUE(Close(g_s0[1], ct::tensor({-1.0, 1.5, 0.5})));
    // s1 = torch.stack([a, b], 1) -> [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    Tensor s1 = ct::stack({a, b}, 1);
    EXPECT_TRUE(Close(s1, ct::tensor({{1.0, 4.0}, {2.0, 5.0}, {3.0, 6.0}})));
    EXPECT_EQ(s1.grad_fn_name(), "StackBackward0");
    // grad_s1 = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_s1 = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_s1 = torch.autograd.grad(s1, [a, b], grad_s1)
    std::vector<Tensor> g_s1 = ct::grad({s1}, {a, b}, {grad_s1}, true);
    ASSERT_EQ(g_s1.size(), 2u);
    // d/da -> [-1.5, 0.0, 1.5]
    EXPECT_TRUE(Close(g_s1[0], ct::tensor({-1.5, 0.0, 1.5})));
    // d/db -> [1.0, -1.0, 0.5]
    EXPECT_TRUE(Close(g_s1[1], ct::tensor({1.0, -1.0, 0.5})));
    // s2 = torch.stack([a, b, a], -1) -> [[1.0, 4.0, 1.0], [2.0, 5.0, 2.0], [3.0, 6.0, 3.0]]
    Tensor s2 = ct::stack({a, b, a}, -1);
    EXPECT_TRUE(Close(s2, ct::tensor({{1.0, 4.0, 1.0}, {2.0, 5.0, 2.0}, {3.0, 6.0, 3.0}})));
    EXPECT_EQ(s2.grad_fn_name(), "StackBackward0");
    // grad_s2 = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(3, 3)
    Tensor grad_s2 = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}});
    // g_s2 = torch.autograd.grad(s2, [a, b], grad_s2)
    std::vector<Tensor> g_s2 = ct::grad({s2}, {a, b}, {grad_s2}, true);
    ASSERT_EQ(g_s2.size(), 2u);
    // d/da -> [-1.5, -0.5, 0.5]
    EXPECT_TRUE(Close(g_s2[0], ct::tensor({-1.5, -0.5, 0.5})));
    // d/db -> [1.0, 1.5, -1.5]
    EXPECT_TRUE(Close(g_s2[1], ct::tensor({1.0, 1.5, -1.5})));
  });
  Case("errors", [] {
    // a = torch.tensor([[1.0, 2.0]])
    Tensor a = ct::tensor({{1.0, 2.0}});
    // b = torch.tensor([[1.0, 2.0, 3.0]])
    Tensor b = ct::tensor({{1.0, 2.0, 3.0}});
    // torch.cat([a, b]) -> RuntimeError: Sizes of tensors must match except in dimension 0.
    //     Expected size 2 but got size 3 for tensor number 1 in the list.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::cat({a, b});
        },
        "Sizes of tensors must match except in dimension 0. Expected size 2 but got size 3 for "
        "tensor number 1 in the list."));
    // torch.stack([a, b]) -> RuntimeError: stack expects each tensor to be equal size, but got [1,
    //     2] at entry 0 and [1, 3] at entry 1
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::stack({a, b});
        },
        "stack expects each tensor to be equal size, but got [1, 2] at entry 0 and [1, 3] at entry "
        "1"));
    // torch.cat([]) -> RuntimeError: torch.cat(): expected a non-empty list of Tensors
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::cat({}); },
                                         "torch.cat(): expected a non-empty list of Tensors"));
    // torch.stack([]) -> RuntimeError: stack expects a non-empty TensorList
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::stack({}); },
                                         "stack expects a non-empty TensorList"));
    // torch.cat([a, a], 2) -> IndexError: Dimension out of range (expected to be in range of [-2,
    //     1], but got 2)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] {
          (void)ct::cat({a, a}, 2);
        },
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
    // torch.stack([a, a], 3) -> IndexError: Dimension out of range (expected to be in range of [-3,
    //     2], but got 3)
    EXPECT_TRUE(Raises<ct::IndexError>(
        [&] {
          (void)ct::stack({a, a}, 3);
        },
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)"));
    // v = torch.tensor([1.0])
    Tensor v = ct::tensor({1.0});
    // torch.cat([a, v]) -> RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::cat({a, v});
        },
        "Tensors must have same number of dimensions: got 2 and 1"));
  });
}

// ============================================================ linear algebra

// linalg.inv of a matrix and a batch; float64; singular and non-square inputs raise.
TEST(TorchValuesLinalg, Inv) {
  Case("3x3", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // y = torch.linalg.inv(a) -> (values below)
    Tensor y = ct::linalg::inv(a);
    EXPECT_TRUE(Close(y, ct::tensor({{0.25, -7.450581e-09, 0.24999999},
                                     {-0.07692308, 0.30769232, -0.15384614},
                                     {-0.038461536, 0.15384614, 0.4230769}})));
    EXPECT_EQ(y.grad_fn_name(), "LinalgInvExBackward0");
    // grad_y = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(3, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}});
    // g_y = torch.autograd.grad(y, [a], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{0.088942304, -0.09245562, -0.007766269},
                                          {0.019230768, -0.053254448, -0.18047337},
                                          {0.021634612, 0.20931955, -0.06841715}})));
  });
  Case("transposed input", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // y = torch.linalg.inv(a.mT) -> (values below)
    Tensor y = ct::linalg::inv(a.mT());
    EXPECT_TRUE(Close(y, ct::tensor({{0.25, -0.07692308, -0.038461536},
                                     {0.0, 0.30769232, 0.15384614},
                                     {0.25, -0.15384614, 0.4230769}})));
    EXPECT_EQ(y.grad_fn_name(), "LinalgInvExBackward0");
    // grad_y = ((torch.arange(9) * 5 % 7 - 3) / 2).reshape(3, 3)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0}, {-1.0, 1.5, 0.5}, {-0.5, -1.5, 1.0}});
    // g_y = torch.autograd.grad(y, [a], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{0.125, 0.07618345, 0.06213017},
                                          {7.450581e-09, -0.18934911, 0.059171617},
                                          {-0.0, 0.12352071, -0.2026627}})));
  });
  Case("batch of 2x2, float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{{2.0, 1.0}, {1.0, 1.0}}, {{0.0, 2.0}, {-1.0, 0.5}}}, ct::float64)
                   .requires_grad_();
    // y = torch.linalg.inv(a) -> (values below, torch.float64)
    Tensor y = ct::linalg::inv(a);
    EXPECT_TRUE(Close(
        y, ct::tensor({{{1.0, -1.0}, {-1.0, 2.0}}, {{0.25, -1.0}, {0.5, 0.0}}}, ct::float64)));
    EXPECT_EQ(y.grad_fn_name(), "LinalgInvExBackward0");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).double().reshape(2, 2, 2)
    Tensor grad_y =
        ct::tensor({{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}}, ct::float64);
    // g_y = torch.autograd.grad(y, [a], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/da -> [[[3.5, -5.5], [-4.5, 7.5]], [[-0.65625, -0.0625], [-0.125, 0.75]]] (torch.float64)
    EXPECT_TRUE(Close(
        g_y[0], ct::tensor({{{3.5, -5.5}, {-4.5, 7.5}}, {{-0.65625, -0.0625}, {-0.125, 0.75}}},
                           ct::float64)));
  });
  Case("errors", [] {
    // s = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
    Tensor s = ct::tensor({{1.0, 2.0}, {2.0, 4.0}});
    // torch.linalg.inv(s) -> _LinAlgError: linalg.inv: The diagonal element 2 is zero, the
    //     inversion could not be completed because the input matrix is singular.
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)ct::linalg::inv(s); },
                                 "linalg.inv: The diagonal element 2 is zero, the inversion could "
                                 "not be completed because the input matrix is singular."));
    // r = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor r = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // torch.linalg.inv(r) -> RuntimeError: linalg.inv: A must be batches of square matrices, but
    //     they are 2 by 3 matrices
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::inv(r); },
        "linalg.inv: A must be batches of square matrices, but they are 2 by 3 matrices"));
    // v = torch.tensor([1.0, 2.0])
    Tensor v = ct::tensor({1.0, 2.0});
    // torch.linalg.inv(v) -> RuntimeError: linalg.inv: The input tensor A must have at least 2
    //     dimensions.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::inv(v); },
        "linalg.inv: The input tensor A must have at least 2 dimensions."));
    // i = torch.tensor([[1, 0], [0, 1]])
    Tensor i = ct::tensor({{1, 0}, {0, 1}});
    // torch.linalg.inv(i) -> RuntimeError: linalg.inv: Expected a floating point or complex tensor
    //     as input. Got Long
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::inv(i); },
        "linalg.inv: Expected a floating point or complex tensor as input. Got Long"));
  });
}

// det (including singular matrices, whose gradient is the adjugate) and slogdet.
TEST(TorchValuesLinalg, DetSlogdet) {
  Case("det 3x3", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // d = torch.linalg.det(a) -> 26.000002
    Tensor d = ct::linalg::det(a);
    EXPECT_TRUE(Close(d, ct::tensor(26.000002)));
    EXPECT_EQ(d.grad_fn_name(), "LinalgDetBackward0");
    // g_d = torch.autograd.grad(d, [a])
    std::vector<Tensor> g_d = ct::grad({d}, {a}, {}, true);
    ASSERT_EQ(g_d.size(), 1u);
    // d/da -> [[6.5000005, -2.0000002, -1.0], [0.0, 8.000001, 4.0], [6.5000005, -4.0, 11.0]]
    EXPECT_TRUE(Close(g_d[0], ct::tensor({{6.5000005, -2.0000002, -1.0},
                                          {0.0, 8.000001, 4.0},
                                          {6.5000005, -4.0, 11.0}})));
  });
  Case("det of a singular matrix", [] {
    // s = torch.tensor([[1.0, 2.0], [2.0, 4.0]], requires_grad=True)
    Tensor s = ct::tensor({{1.0, 2.0}, {2.0, 4.0}}).requires_grad_();
    // d = torch.linalg.det(s) -> -0.0
    Tensor d = ct::linalg::det(s);
    EXPECT_TRUE(Close(d, ct::tensor(-0.0)));
    EXPECT_EQ(d.grad_fn_name(), "LinalgDetBackward0");
    // torch.autograd.grad(d, [s]) -> zeros in torch 1.13 (the derivative of det here is the
    // cofactor matrix [[4, -2], [-2, 1]], which torch 1.13 returns with create_graph=True:
    // [[3.9999993, -1.9999998], [-1.9999995, 1.0]] from its float32 SVD)
    EXPECT_TRUE(Close(ct::grad({d}, {s}, {}, true)[0], ct::zeros({2, 2})));
    EXPECT_TRUE(Close(ct::grad({d}, {s}, {}, true, true)[0],
                      ct::tensor({{3.9999993, -1.9999998}, {-1.9999995, 1.0}}), 1e-6, 1e-6));
  });
  Case("det of a rank-1 3x3 (its adjugate, the gradient, is 0)", [] {
    // s = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor s = ct::tensor({{1.0, 2.0, 3.0}, {2.0, 4.0, 6.0}, {-1.0, -2.0, -3.0}}, ct::float64)
                   .requires_grad_();
    // d = torch.linalg.det(s) -> -0.0 (torch.float64)
    Tensor d = ct::linalg::det(s);
    EXPECT_TRUE(Close(d, ct::tensor(-0.0, ct::float64)));
    EXPECT_EQ(d.grad_fn_name(), "LinalgDetBackward0");
    // g_d = torch.autograd.grad(d, [s])
    // d/ds -> zeros in torch 1.13 (its LU solve of a zero right-hand side)
    EXPECT_TRUE(Close(ct::grad({d}, {s}, {}, true)[0], ct::zeros({3, 3}, ct::float64)));
  });
  Case("det of the zero matrix", [] {
    // z = torch.tensor([[0.0, 0.0], [0.0, 0.0]], requires_grad=True)
    Tensor z = ct::tensor({{0.0, 0.0}, {0.0, 0.0}}).requires_grad_();
    // e = torch.linalg.det(z) -> 0.0
    Tensor e = ct::linalg::det(z);
    EXPECT_TRUE(Close(e, ct::tensor(0.0)));
    EXPECT_EQ(e.grad_fn_name(), "LinalgDetBackward0");
    // g_e = torch.autograd.grad(e, [z])
    // d/dz -> zeros in torch
    EXPECT_TRUE(Close(ct::grad({e}, {z}, {}, true)[0], ct::zeros({2, 2})));
  });
  Case("batched det, float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{{2.0, 1.0}, {1.0, 1.0}}, {{0.0, 2.0}, {-1.0, 0.5}}}, ct::float64)
                   .requires_grad_();
    // d = torch.linalg.det(a) -> [1.0, 2.0] (torch.float64)
    Tensor d = ct::linalg::det(a);
    EXPECT_TRUE(Close(d, ct::tensor({1.0, 2.0}, ct::float64)));
    EXPECT_EQ(d.grad_fn_name(), "LinalgDetBackward0");
    // grad_d = torch.tensor([1.0, -2.0], dtype=torch.float64)
    Tensor grad_d = ct::tensor({1.0, -2.0}, ct::float64);
    // g_d = torch.autograd.grad(d, [a], grad_d)
    std::vector<Tensor> g_d = ct::grad({d}, {a}, {grad_d}, true);
    ASSERT_EQ(g_d.size(), 1u);
    // d/da -> [[[1.0, -1.0], [-1.0, 2.0]], [[-1.0, -2.0], [4.0, -0.0]]] (torch.float64)
    EXPECT_TRUE(Close(g_d[0], ct::tensor({{{1.0, -1.0}, {-1.0, 2.0}}, {{-1.0, -2.0}, {4.0, -0.0}}},
                                         ct::float64)));
  });
  Case("slogdet with a negative determinant", [] {
    // a = torch.tensor([[0.0, 2.0], [3.0, 1.0]], requires_grad=True)
    Tensor a = ct::tensor({{0.0, 2.0}, {3.0, 1.0}}).requires_grad_();
    // sign, logabs = torch.linalg.slogdet(a)
    auto [sign, logabs] = ct::linalg::slogdet(a);
    // sign -> -1.0
    EXPECT_TRUE(Close(sign, ct::tensor(-1.0)));
    // Deviation (docs/semantics.md): the sign output of slogdet carries no grad_fn here.
    // logabs -> 1.7917595
    EXPECT_TRUE(Close(logabs, ct::tensor(1.7917595)));
    EXPECT_EQ(logabs.grad_fn_name(), "LinalgSlogdetBackward0");
    // g_logabs = torch.autograd.grad(logabs, [a])
    std::vector<Tensor> g_logabs = ct::grad({logabs}, {a}, {}, true);
    ASSERT_EQ(g_logabs.size(), 1u);
    // d/da -> [[-0.16666667, 0.5], [0.33333334, 0.0]]
    EXPECT_TRUE(Close(g_logabs[0], ct::tensor({{-0.16666667, 0.5}, {0.33333334, 0.0}})));
  });
  Case("slogdet of a singular matrix", [] {
    // s = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
    Tensor s = ct::tensor({{1.0, 2.0}, {2.0, 4.0}});
    // sign, logabs = torch.linalg.slogdet(s)
    auto [sign, logabs] = ct::linalg::slogdet(s);
    // sign -> -0.0
    EXPECT_TRUE(Close(sign, ct::tensor(-0.0)));
    // logabs -> -inf
    EXPECT_TRUE(Close(logabs, ct::tensor(-INFINITY, ct::float32)));
  });
  Case("slogdet batch float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{{2.0, 1.0}, {1.0, 1.0}}, {{0.0, 2.0}, {-1.0, 0.5}}}, ct::float64)
                   .requires_grad_();
    // sign, logabs = torch.linalg.slogdet(a)
    auto [sign, logabs] = ct::linalg::slogdet(a);
    // sign -> [1.0, 1.0] (torch.float64)
    EXPECT_TRUE(Close(sign, ct::tensor({1.0, 1.0}, ct::float64)));
    // Deviation (docs/semantics.md): the sign output of slogdet carries no grad_fn here.
    // logabs -> [0.0, 0.6931471805599453] (torch.float64)
    EXPECT_TRUE(Close(logabs, ct::tensor({0.0, 0.6931471805599453}, ct::float64)));
    EXPECT_EQ(logabs.grad_fn_name(), "LinalgSlogdetBackward0");
    // g_logabs = torch.autograd.grad(logabs.sum(), [a])
    std::vector<Tensor> g_logabs = ct::grad({logabs.sum()}, {a}, {}, true);
    ASSERT_EQ(g_logabs.size(), 1u);
    // d/da -> [[[1.0, -1.0], [-1.0, 2.0]], [[0.25, 0.5], [-1.0, -0.0]]] (torch.float64)
    EXPECT_TRUE(
        Close(g_logabs[0],
              ct::tensor({{{1.0, -1.0}, {-1.0, 2.0}}, {{0.25, 0.5}, {-1.0, -0.0}}}, ct::float64)));
  });
  Case("errors", [] {
    // r = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor r = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // torch.linalg.det(r) -> RuntimeError: linalg.det: A must be batches of square matrices, but
    //     they are 2 by 3 matrices
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::det(r); },
        "linalg.det: A must be batches of square matrices, but they are 2 by 3 matrices"));
    // torch.linalg.slogdet(r) -> RuntimeError: linalg.slogdet: A must be batches of square
    //     matrices, but they are 2 by 3 matrices
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::slogdet(r); },
        "linalg.slogdet: A must be batches of square matrices, but they are 2 by 3 matrices"));
  });
}

// linalg.solve with vector and matrix right-hand sides, batch broadcasting; errors.
TEST(TorchValuesLinalg, Solve) {
  Case("vector rhs", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // b = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    Tensor b = ct::tensor({1.0, -2.0, 0.5}).requires_grad_();
    // x = torch.linalg.solve(a, b) -> [0.375, -0.7692308, -0.13461538]
    Tensor x = ct::linalg::solve(a, b);
    EXPECT_TRUE(Close(x, ct::tensor({0.375, -0.7692308, -0.13461538})));
    EXPECT_EQ(x.grad_fn_name(), "LinalgSolveExBackward0");
    // grad_x = torch.tensor([1.0, 2.0, 3.0])
    Tensor grad_x = ct::tensor({1.0, 2.0, 3.0});
    // g_x = torch.autograd.grad(x, [a, b], grad_x)
    std::vector<Tensor> g_x = ct::grad({x}, {a, b}, {grad_x}, true);
    ASSERT_EQ(g_x.size(), 2u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_x[0], ct::tensor({{0.0072115324, -0.0147928875, -0.002588755},
                                          {-0.40384614, 0.82840234, 0.1449704},
                                          {-0.45432693, 0.93195266, 0.1630917}})));
    // d/db -> [-0.019230753, 1.076923, 1.2115384]
    EXPECT_TRUE(Close(g_x[1], ct::tensor({-0.019230753, 1.076923, 1.2115384})));
  });
  Case("matrix rhs", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // b = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor b = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}}).requires_grad_();
    // x = torch.linalg.solve(a, b) -> (values below)
    Tensor x = ct::linalg::solve(a, b);
    EXPECT_TRUE(Close(
        x, ct::tensor({{-0.25, -0.0625}, {-0.09615385, 0.4615385}, {0.07692307, -0.14423075}})));
    EXPECT_EQ(x.grad_fn_name(), "LinalgSolveExBackward0");
    // grad_x = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_x = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_x = torch.autograd.grad(x, [a, b], grad_x)
    std::vector<Tensor> g_x = ct::grad({x}, {a, b}, {grad_x}, true);
    ASSERT_EQ(g_x.size(), 2u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_x[0], ct::tensor({{-0.08894231, -0.18361688, 0.07766272},
                                          {0.043269232, 0.12869823, -0.0510355},
                                          {0.10336538, -0.25906065, 0.06878697}})));
    // d/db -> [[-0.43269232, 0.30769232], [0.23076923, -0.23076925], [0.25961536, 0.6153846]]
    EXPECT_TRUE(Close(g_x[1], ct::tensor({{-0.43269232, 0.30769232},
                                          {0.23076923, -0.23076925},
                                          {0.25961536, 0.6153846}})));
  });
  Case("transposed matrix rhs", [] {
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}}).requires_grad_();
    // b = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor b = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // x = torch.linalg.solve(a, b.t()) -> (values below)
    Tensor x = ct::linalg::solve(a, b.t());
    EXPECT_TRUE(Close(
        x,
        ct::tensor({{-0.4375, 0.12500001}, {0.3269231, 0.09615383}, {-0.08653845, -0.32692304}})));
    EXPECT_EQ(x.grad_fn_name(), "LinalgSolveExBackward0");
    // grad_x = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_x = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_x = torch.autograd.grad(x, [a, b], grad_x)
    std::vector<Tensor> g_x = ct::grad({x}, {a, b}, {grad_x}, true);
    ASSERT_EQ(g_x.size(), 2u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_x[0], ct::tensor({{-0.22776443, 0.11187132, 0.06314719},
                                          {0.1298077, -0.053254448, -0.055473372},
                                          {0.036658637, -0.14404584, 0.2236501}})));
    // d/db -> [[-0.43269232, 0.23076923, 0.25961536], [0.30769232, -0.23076925, 0.6153846]]
    EXPECT_TRUE(Close(g_x[1], ct::tensor({{-0.43269232, 0.23076923, 0.25961536},
                                          {0.30769232, -0.23076925, 0.6153846}})));
  });
  Case("batched a, broadcast b, float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{{2.0, 1.0}, {1.0, 1.0}}, {{0.0, 2.0}, {-1.0, 0.5}}}, ct::float64)
                   .requires_grad_();
    // b = torch.tensor([[1.0, 0.0], [2.0, -1.0]], dtype=torch.float64, requires_grad=True)
    Tensor b = ct::tensor({{1.0, 0.0}, {2.0, -1.0}}, ct::float64).requires_grad_();
    // x = torch.linalg.solve(a, b) -> [[1.0, -1.0], [1.5, 1.0]] (torch.float64)
    Tensor x = ct::linalg::solve(a, b);
    EXPECT_TRUE(Close(x, ct::tensor({{1.0, -1.0}, {1.5, 1.0}}, ct::float64)));
    EXPECT_EQ(x.grad_fn_name(), "LinalgSolveExBackward0");
    // grad_x = ((torch.arange(4) * 5 % 7 - 3) / 2).double().reshape(2, 2)
    Tensor grad_x = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}}, ct::float64);
    // g_x = torch.autograd.grad(x, [a, b], grad_x)
    std::vector<Tensor> g_x = ct::grad({x}, {a, b}, {grad_x}, true);
    ASSERT_EQ(g_x.size(), 2u);
    // d/da -> [[[2.5, -2.5], [-3.5, 3.5]], [[0.75, 0.5], [-0.0, -0.0]]] (torch.float64)
    EXPECT_TRUE(Close(g_x[0], ct::tensor({{{2.5, -2.5}, {-3.5, 3.5}}, {{0.75, 0.5}, {-0.0, -0.0}}},
                                         ct::float64)));
    // d/db -> [[-2.5, 3.5], [-0.5, -0.0]] (torch.float64)
    EXPECT_TRUE(Close(g_x[1], ct::tensor({{-2.5, 3.5}, {-0.5, -0.0}}, ct::float64)));
  });
  Case("errors", [] {
    // s = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
    Tensor s = ct::tensor({{1.0, 2.0}, {2.0, 4.0}});
    // b = torch.tensor([1.0, 1.0])
    Tensor b = ct::tensor({1.0, 1.0});
    // torch.linalg.solve(s, b) -> _LinAlgError: torch.linalg.solve: The solver failed because the
    //     input matrix is singular.
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::solve(s, b); },
        "torch.linalg.solve: The solver failed because the input matrix is singular."));
    // a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]])
    Tensor a = ct::tensor({{4.0, 1.0, -2.0}, {1.0, 3.0, 0.5}, {0.0, -1.0, 2.0}});
    // torch.linalg.solve(a, b) -> RuntimeError: linalg.solve: Incompatible shapes of A and B for
    //     the equation AX = B (3x3 and 2x1)
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::linalg::solve(a, b); }));
    // bd = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64)
    Tensor bd = ct::tensor({1.0, 1.0, 1.0}, ct::float64);
    // torch.linalg.solve(a, bd) -> RuntimeError: linalg.solve: Expected A and B to have the same
    //     dtype, but found A of type Float and B of type Double instead
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::linalg::solve(a, bd); }));
  });
}

// cholesky of an SPD matrix (only the lower triangle is read), gradient, non-PD inputs.
TEST(TorchValuesLinalg, Cholesky) {
  Case("3x3 SPD", [] {
    // a = torch.tensor([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]], requires_grad=True)
    Tensor a = ct::tensor({{4.0, 2.0, 0.4}, {2.0, 5.0, 1.0}, {0.4, 1.0, 3.0}}).requires_grad_();
    // l = torch.linalg.cholesky(a) -> [[2.0, 0.0, 0.0], [1.0, 2.0, 0.0], [0.2, 0.4, 1.67332]]
    Tensor l = ct::linalg::cholesky(a);
    EXPECT_TRUE(Close(l, ct::tensor({{2.0, 0.0, 0.0}, {1.0, 2.0, 0.0}, {0.2, 0.4, 1.67332}})));
    EXPECT_EQ(l.grad_fn_name(), "LinalgCholeskyExBackward0");
    // grad_l = torch.tensor([[-1.5, 0.0, 0.0], [-1.0, 1.5, 0.0], [-0.5, -1.5, 1.0]])
    Tensor grad_l = ct::tensor({{-1.5, 0.0, 0.0}, {-1.0, 1.5, 0.0}, {-0.5, -1.5, 1.0}});
    // g_l = torch.autograd.grad(l, [a], grad_l)
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {grad_l}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{-0.1625, -0.4375, 0.06250001},
                                          {-0.4375, 0.4619523, -0.43476146},
                                          {0.0625, -0.43476143, 0.29880714}})));
  });
  Case("upper triangle is ignored", [] {
    // a = torch.tensor([[4.0, 100.0], [2.0, 5.0]])
    Tensor a = ct::tensor({{4.0, 100.0}, {2.0, 5.0}});
    // torch.linalg.cholesky(a) -> [[2.0, 0.0], [1.0, 2.0]]
    EXPECT_TRUE(Close(ct::linalg::cholesky(a), ct::tensor({{2.0, 0.0}, {1.0, 2.0}})));
  });
  Case("batch, float64", [] {
    // a = torch.tensor(<the values below>, dtype=torch.float64, requires_grad=True)
    Tensor a = ct::tensor({{{2.0, 1.0}, {1.0, 2.0}}, {{9.0, -3.0}, {-3.0, 5.0}}}, ct::float64)
                   .requires_grad_();
    // l = torch.linalg.cholesky(a) -> (values below, torch.float64)
    Tensor l = ct::linalg::cholesky(a);
    EXPECT_TRUE(
        Close(l, ct::tensor({{{1.4142135623730951, 0.0}, {0.7071067811865475, 1.224744871391589}},
                             {{3.0, 0.0}, {-1.0, 2.0}}},
                            ct::float64)));
    EXPECT_EQ(l.grad_fn_name(), "LinalgCholeskyExBackward0");
    // grad_l = ((torch.arange(8) * 5 % 7 - 3) / 2).double().reshape(2, 2, 2)
    Tensor grad_l =
        ct::tensor({{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}}, ct::float64);
    // g_l = torch.autograd.grad(l, [a], grad_l)
    std::vector<Tensor> g_l = ct::grad({l}, {a}, {grad_l}, true);
    ASSERT_EQ(g_l.size(), 1u);
    // d/da -> (values below, torch.float64)
    EXPECT_TRUE(Close(g_l[0], ct::tensor({{{-0.6323921585058764, 0.20412414523193148},
                                           {0.2041241452319315, -0.4082482904638631}},
                                          {{0.18055555555555558, -0.20833333333333331},
                                           {-0.20833333333333331, -0.375}}},
                                         ct::float64)));
  });
  Case("errors", [] {
    // n = torch.tensor([[1.0, 2.0], [2.0, 1.0]])
    Tensor n = ct::tensor({{1.0, 2.0}, {2.0, 1.0}});
    // torch.linalg.cholesky(n) -> _LinAlgError: linalg.cholesky: The factorization could not be
    //     completed because the input is not positive-definite (the leading minor of order 2 is not
    //     positive-definite).
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::cholesky(n); },
        "linalg.cholesky: The factorization could not be completed because the input is not "
        "positive-definite (the leading minor of order 2 is not positive-definite)."));
    // z = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
    Tensor z = ct::tensor({{0.0, 0.0}, {0.0, 0.0}});
    // torch.linalg.cholesky(z) -> _LinAlgError: linalg.cholesky: The factorization could not be
    //     completed because the input is not positive-definite (the leading minor of order 1 is not
    //     positive-definite).
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::cholesky(z); },
        "linalg.cholesky: The factorization could not be completed because the input is not "
        "positive-definite (the leading minor of order 1 is not positive-definite)."));
    // b = torch.tensor([[[1.0, 0.0], [0.0, 1.0]], [[1.0, 2.0], [2.0, 1.0]]])
    Tensor b = ct::tensor({{{1.0, 0.0}, {0.0, 1.0}}, {{1.0, 2.0}, {2.0, 1.0}}});
    // torch.linalg.cholesky(b) -> _LinAlgError: linalg.cholesky: (Batch element 1): The
    //     factorization could not be completed because the input is not positive-definite (the
    //     leading minor of order 2 is not positive-definite).
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::cholesky(b); },
        "linalg.cholesky: (Batch element 1): The factorization could not be completed because the "
        "input is not positive-definite (the leading minor of order 2 is not positive-definite)."));
    // r = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor r = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // torch.linalg.cholesky(r) -> RuntimeError: linalg.cholesky: A must be batches of square
    //     matrices, but they are 2 by 3 matrices
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::linalg::cholesky(r); },
        "linalg.cholesky: A must be batches of square matrices, but they are 2 by 3 matrices"));
  });
}

// einsum "ij,jk->ik", "ii->i", "bij,bjk->bik", "i,i->" and friends; errors.
TEST(TorchValuesLinalg, Einsum) {
  Case("ij,jk->ik", [] {
    // a = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor a = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // b = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(3, 4).requires_grad_()
    Tensor b =
        ct::tensor({{-1.25, -0.5, 0.25, 1.0}, {-1.0, -0.25, 0.5, 1.25}, {-0.75, 0.0, 0.75, -1.25}})
            .requires_grad_();
    // y = torch.einsum('ij,jk->ik', a, b) -> (values below)
    Tensor y = ct::einsum("ij,jk->ik", {a, b});
    EXPECT_TRUE(Close(y, ct::tensor({{1.4375, 0.5, -0.4375, 0.0}, {-1.25, -0.6875, -0.125, 2.5}})));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [[0.375, 0.0, 2.375], [-3.75, -3.75, 0.375]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{0.375, 0.0, 2.375}, {-3.75, -3.75, 0.375}})));
    // d/db -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{3.75, -0.625, -0.625, -0.625},
                                          {-0.375, 0.625, -0.125, -0.875},
                                          {-0.375, -0.875, 0.375, 1.625}})));
  });
  Case("ii->i", [] {
    // a = ((torch.arange(9) * 7 % 11 - 5) / 4).reshape(3, 3).requires_grad_()
    Tensor a =
        ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}}).requires_grad_();
    // y = torch.einsum('ii->i', a) -> [-1.25, 0.25, -1.0]
    Tensor y = ct::einsum("ii->i", {a});
    EXPECT_TRUE(Close(y, ct::tensor({-1.25, 0.25, -1.0})));
    EXPECT_EQ(y.grad_fn_name(), "PermuteBackward0");
    // grad_y = torch.tensor([1.0, 2.0, 3.0])
    Tensor grad_y = ct::tensor({1.0, 2.0, 3.0});
    // g_y = torch.autograd.grad(y, [a], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 1u);
    // d/da -> [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 3.0]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{1.0, 0.0, 0.0}, {0.0, 2.0, 0.0}, {0.0, 0.0, 3.0}})));
  });
  Case("bij,bjk->bik", [] {
    // a = ((torch.arange(12) * 7 % 11 - 5) / 4).reshape(2, 2, 3).requires_grad_()
    Tensor a = ct::tensor({{{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}},
                           {{1.0, 0.0, -1.0}, {0.75, -0.25, -1.25}}})
                   .requires_grad_();
    // b = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(2, 3, 2).requires_grad_()
    Tensor b = ct::tensor({{{-1.25, -0.5}, {0.25, 1.0}, {-1.0, -0.25}},
                           {{0.5, 1.25}, {-0.75, 0.0}, {0.75, -1.25}}})
                   .requires_grad_();
    // y = torch.einsum('bij,bjk->bik', a, b) -> (values below)
    Tensor y = ct::einsum("bij,bjk->bik", {a, b});
    EXPECT_TRUE(
        Close(y, ct::tensor({{{2.1875, 1.25}, {-0.75, -0.1875}}, {{-0.25, 2.5}, {-0.375, 2.5}}})));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 2, 2)
    Tensor grad_y = ct::tensor({{{-1.5, 1.0}, {0.0, -1.0}}, {{1.5, 0.5}, {-0.5, -1.5}}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> (values below)
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{{1.375, 0.625, 1.25}, {0.5, -1.0, 0.25}},
                                          {{1.375, -1.125, 0.5}, {-2.125, 0.375, 1.5}}})));
    // d/db -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{{1.875, -2.5}, {-0.75, 0.25}, {0.75, 0.25}},
                                          {{1.125, -0.625}, {0.125, 0.375}, {-0.875, 1.375}}})));
  });
  Case("i,i->", [] {
    // a = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({1.0, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.5, 4.0, -1.0], requires_grad=True)
    Tensor b = ct::tensor({0.5, 4.0, -1.0}).requires_grad_();
    // y = torch.einsum('i,i->', a, b) -> -10.5
    Tensor y = ct::einsum("i,i->", {a, b});
    EXPECT_TRUE(Close(y, ct::tensor(-10.5)));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // g_y = torch.autograd.grad(y, [a, b])
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [0.5, 4.0, -1.0]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({0.5, 4.0, -1.0})));
    // d/db -> [1.0, -2.0, 3.0]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({1.0, -2.0, 3.0})));
  });
  Case("implicit output, transpose, trace, outer", [] {
    // a = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor a = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // v = torch.tensor([1.0, 2.0], requires_grad=True)
    Tensor v = ct::tensor({1.0, 2.0}).requires_grad_();
    // t = torch.einsum('ij->ji', a) -> [[-1.25, 1.25], [0.5, 0.25], [-0.5, -0.75]]
    Tensor t = ct::einsum("ij->ji", {a});
    EXPECT_TRUE(Close(t, ct::tensor({{-1.25, 1.25}, {0.5, 0.25}, {-0.5, -0.75}})));
    EXPECT_EQ(t.grad_fn_name(), "PermuteBackward0");
    // s = torch.einsum('ij', a) -> [[-1.25, 0.5, -0.5], [1.25, 0.25, -0.75]]
    Tensor s = ct::einsum("ij", {a});
    EXPECT_TRUE(Close(s, ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}})));
    EXPECT_EQ(s.grad_fn_name(), "PermuteBackward0");
    // r = torch.einsum('ba', a) -> [[-1.25, 1.25], [0.5, 0.25], [-0.5, -0.75]]
    Tensor r = ct::einsum("ba", {a});
    EXPECT_TRUE(Close(r, ct::tensor({{-1.25, 1.25}, {0.5, 0.25}, {-0.5, -0.75}})));
    EXPECT_EQ(r.grad_fn_name(), "PermuteBackward0");
    // o = torch.einsum('i,j->ij', v, v) -> [[1.0, 2.0], [2.0, 4.0]]
    Tensor o = ct::einsum("i,j->ij", {v, v});
    EXPECT_TRUE(Close(o, ct::tensor({{1.0, 2.0}, {2.0, 4.0}})));
    // Deviation (docs/semantics.md): torch names this node MulBackward0.
    EXPECT_NE(o.grad_fn_name(), "");
    // grad_o = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    Tensor grad_o = ct::tensor({{1.0, 2.0}, {3.0, 4.0}});
    // g_o = torch.autograd.grad(o, [v], grad_o)
    std::vector<Tensor> g_o = ct::grad({o}, {v}, {grad_o}, true);
    ASSERT_EQ(g_o.size(), 1u);
    // d/dv -> [12.0, 21.0]
    EXPECT_TRUE(Close(g_o[0], ct::tensor({12.0, 21.0})));
    // rs = torch.einsum('ij->j', a) -> [0.0, 0.75, -1.25]
    Tensor rs = ct::einsum("ij->j", {a});
    EXPECT_TRUE(Close(rs, ct::tensor({0.0, 0.75, -1.25})));
    // Deviation (docs/semantics.md): torch names this node SumBackward1.
    EXPECT_NE(rs.grad_fn_name(), "");
    // grad_rs = torch.tensor([1.0, 2.0, 3.0])
    Tensor grad_rs = ct::tensor({1.0, 2.0, 3.0});
    // g_rs = torch.autograd.grad(rs, [a], grad_rs)
    std::vector<Tensor> g_rs = ct::grad({rs}, {a}, {grad_rs}, true);
    ASSERT_EQ(g_rs.size(), 1u);
    // d/da -> [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]
    EXPECT_TRUE(Close(g_rs[0], ct::tensor({{1.0, 2.0, 3.0}, {1.0, 2.0, 3.0}})));
  });
  Case("transposed operands", [] {
    // a = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor a = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}, {0.25, -0.75}}).requires_grad_();
    // b = ((torch.arange(12) * 3 % 11 - 5) / 4).reshape(4, 3).requires_grad_()
    Tensor b =
        ct::tensor(
            {{-1.25, -0.5, 0.25}, {1.0, -1.0, -0.25}, {0.5, 1.25, -0.75}, {0.0, 0.75, -1.25}})
            .requires_grad_();
    // y = torch.einsum('ij,jk->ik', a.t(), b.t()) -> (values below)
    Tensor y = ct::einsum("ij,jk->ik", {a.t(), b.t()});
    EXPECT_TRUE(Close(
        y, ct::tensor({{1.875, -0.8125, -1.4375, -0.6875}, {-1.4375, -0.5625, 2.375, 1.875}})));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = ((torch.arange(8) * 5 % 7 - 3) / 2).reshape(2, 4)
    Tensor grad_y = ct::tensor({{-1.5, 1.0, 0.0, -1.0}, {1.5, 0.5, -0.5, -1.5}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [[2.875, -1.625], [-1.0, -3.0], [0.625, 2.5]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{2.875, -1.625}, {-1.0, -3.0}, {0.625, 2.5}})));
    // d/db -> (values below)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{2.625, 2.625, -1.5},
                                          {-1.0, 0.125, -0.125},
                                          {-0.25, -0.625, 0.375},
                                          {0.5, -1.375, 0.875}})));
  });
  Case("float64 three operands", [] {
    // a = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).double().requires_grad_()
    Tensor a = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}, ct::float64).requires_grad_();
    // b = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(3, 2).double().requires_grad_()
    Tensor b =
        ct::tensor({{-1.25, -0.5}, {0.25, 1.0}, {-1.0, -0.25}}, ct::float64).requires_grad_();
    // v = torch.tensor([1.0, -1.0], dtype=torch.float64, requires_grad=True)
    Tensor v = ct::tensor({1.0, -1.0}, ct::float64).requires_grad_();
    // y = torch.einsum('ij,jk,k->i', a, b, v) -> [0.9375, -0.5625] (torch.float64)
    Tensor y = ct::einsum("ij,jk,k->i", {a, b, v});
    EXPECT_TRUE(Close(y, ct::tensor({0.9375, -0.5625}, ct::float64)));
    // Deviation (docs/semantics.md): torch names this node ViewBackward0.
    EXPECT_NE(y.grad_fn_name(), "");
    // grad_y = torch.tensor([1.0, 2.0], dtype=torch.float64)
    Tensor grad_y = ct::tensor({1.0, 2.0}, ct::float64);
    // g_y = torch.autograd.grad(y, [a, b, v], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b, v}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/da -> [[-0.75, -0.75, -0.75], [-1.5, -1.5, -1.5]] (torch.float64)
    EXPECT_TRUE(
        Close(g_y[0], ct::tensor({{-0.75, -0.75, -0.75}, {-1.5, -1.5, -1.5}}, ct::float64)));
    // d/db -> [[1.25, -1.25], [1.0, -1.0], [-2.0, 2.0]] (torch.float64)
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.25, -1.25}, {1.0, -1.0}, {-2.0, 2.0}}, ct::float64)));
    // d/dv -> [0.6875, 0.875] (torch.float64)
    EXPECT_TRUE(Close(g_y[2], ct::tensor({0.6875, 0.875}, ct::float64)));
  });
  Case("errors", [] {
    // a = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor a = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // b = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor b = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // torch.einsum('ij,jk->ik', a, b) -> RuntimeError: einsum(): subscript j has size 2 for operand
    //     1 which does not broadcast with previously seen size 3
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::einsum("ij,jk->ik", {a, b});
        },
        "einsum(): subscript j has size 2 for operand 1 which does not broadcast with previously "
        "seen size 3"));
    // torch.einsum('ij->ik', a) -> RuntimeError: einsum(): output subscript k does not appear in
    //     the equation for any input operand
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::einsum("ij->ik", {a}); },
        "einsum(): output subscript k does not appear in the equation for any input operand"));
    // torch.einsum('ij,jk->ik', a) -> RuntimeError: einsum(): fewer operands were provided than
    //     specified in the equation
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::einsum("ij,jk->ik", {a}); },
        "einsum(): fewer operands were provided than specified in the equation"));
    // torch.einsum('ij->i', a, b) -> RuntimeError: einsum(): more operands were provided than
    //     specified in the equation
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] {
          (void)ct::einsum("ij->i", {a, b});
        },
        "einsum(): more operands were provided than specified in the equation"));
    // torch.einsum('ijk->i', a) -> RuntimeError: einsum(): the number of subscripts in the equation
    //     (3) does not match the number of dimensions (2) for operand 0 and no ellipsis was given
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::einsum("ijk->i", {a}); },
        "einsum(): the number of subscripts in the equation (3) does not match the number of "
        "dimensions (2) for operand 0 and no ellipsis was given"));
    // torch.einsum('ij->ii', a) -> RuntimeError: einsum(): output subscript i appears more than
    //     once in the output
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::einsum("ij->ii", {a}); },
        "einsum(): output subscript i appears more than once in the output"));
  });
}

// outer and addmm (beta, alpha, broadcast self) with gradients; shape errors.
TEST(TorchValuesLinalg, OuterAddmm) {
  Case("outer", [] {
    // a = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    Tensor a = ct::tensor({1.0, -2.0, 3.0}).requires_grad_();
    // b = torch.tensor([0.5, 4.0], requires_grad=True)
    Tensor b = ct::tensor({0.5, 4.0}).requires_grad_();
    // y = torch.outer(a, b) -> [[0.5, 4.0], [-1.0, -8.0], [1.5, 12.0]]
    Tensor y = ct::outer(a, b);
    EXPECT_TRUE(Close(y, ct::tensor({{0.5, 4.0}, {-1.0, -8.0}, {1.5, 12.0}})));
    EXPECT_EQ(y.grad_fn_name(), "MulBackward0");
    // grad_y = ((torch.arange(6) * 5 % 7 - 3) / 2).reshape(3, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}, {1.5, 0.5}});
    // g_y = torch.autograd.grad(y, [a, b], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {a, b}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/da -> [3.25, -4.0, 2.75]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({3.25, -4.0, 2.75})));
    // d/db -> [3.0, 4.5]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({3.0, 4.5})));
  });
  Case("outer of int64 and float64", [] {
    // a = torch.tensor([1, 2])
    Tensor a = ct::tensor({1, 2});
    // b = torch.tensor([0.5, 0.25], dtype=torch.float64)
    Tensor b = ct::tensor({0.5, 0.25}, ct::float64);
    // torch.outer(a, b) -> [[0.5, 0.25], [1.0, 0.5]] (torch.float64)
    EXPECT_TRUE(Close(ct::outer(a, b), ct::tensor({{0.5, 0.25}, {1.0, 0.5}}, ct::float64)));
  });
  Case("addmm default beta/alpha", [] {
    // s = ((torch.arange(4) * 5 % 11 - 5) / 4).reshape(2, 2).requires_grad_()
    Tensor s = ct::tensor({{-1.25, 0.0}, {1.25, -0.25}}).requires_grad_();
    // m1 = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor m1 = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // m2 = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor m2 = ct::tensor({{-1.25, -0.5}, {0.25, 1.0}, {-1.0, -0.25}}).requires_grad_();
    // y = torch.addmm(s, m1, m2) -> [[0.9375, 1.25], [0.5, -0.4375]]
    Tensor y = ct::addmm(s, m1, m2);
    EXPECT_TRUE(Close(y, ct::tensor({{0.9375, 1.25}, {0.5, -0.4375}})));
    EXPECT_EQ(y.grad_fn_name(), "AddmmBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(2, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}});
    // g_y = torch.autograd.grad(y, [s, m1, m2], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {s, m1, m2}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/ds -> [[-1.5, 1.0], [0.0, -1.0]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-1.5, 1.0}, {0.0, -1.0}})));
    // d/dm1 -> [[1.375, 0.625, 1.25], [0.5, -1.0, 0.25]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.375, 0.625, 1.25}, {0.5, -1.0, 0.25}})));
    // d/dm2 -> [[1.875, -2.5], [-0.75, 0.25], [0.75, 0.25]]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({{1.875, -2.5}, {-0.75, 0.25}, {0.75, 0.25}})));
  });
  Case("addmm beta 0.5, alpha -2, broadcast self", [] {
    // s = torch.tensor([1.0, -1.0], requires_grad=True)
    Tensor s = ct::tensor({1.0, -1.0}).requires_grad_();
    // m1 = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor m1 = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // m2 = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(3, 2).requires_grad_()
    Tensor m2 = ct::tensor({{-1.25, -0.5}, {0.25, 1.0}, {-1.0, -0.25}}).requires_grad_();
    // y = torch.addmm(s, m1, m2, beta=0.5, alpha=-2) -> [[-3.875, -3.0], [2.0, -0.125]]
    Tensor y = ct::addmm(s, m1, m2, 0.5, -2);
    EXPECT_TRUE(Close(y, ct::tensor({{-3.875, -3.0}, {2.0, -0.125}})));
    EXPECT_EQ(y.grad_fn_name(), "AddmmBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(2, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}});
    // g_y = torch.autograd.grad(y, [s, m1, m2], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {s, m1, m2}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 3u);
    // d/ds -> [-0.75, 0.0]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({-0.75, 0.0})));
    // d/dm1 -> [[-2.75, -1.25, -2.5], [-1.0, 2.0, -0.5]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{-2.75, -1.25, -2.5}, {-1.0, 2.0, -0.5}})));
    // d/dm2 -> [[-3.75, 5.0], [1.5, -0.5], [-1.5, -0.5]]
    EXPECT_TRUE(Close(g_y[2], ct::tensor({{-3.75, 5.0}, {1.5, -0.5}, {-1.5, -0.5}})));
  });
  Case("addmm beta 0 ignores NaN in self", [] {
    // s = torch.tensor([[nan, 1.0], [2.0, 3.0]], requires_grad=True)
    Tensor s = ct::tensor({{NAN, 1.0}, {2.0, 3.0}}).requires_grad_();
    // m1 = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3).requires_grad_()
    Tensor m1 = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}}).requires_grad_();
    // m2 = ((torch.arange(6) * 3 % 11 - 5) / 4).reshape(3, 2)
    Tensor m2 = ct::tensor({{-1.25, -0.5}, {0.25, 1.0}, {-1.0, -0.25}});
    // y = torch.addmm(s, m1, m2, beta=0) -> [[2.1875, 1.25], [-0.75, -0.1875]]
    Tensor y = ct::addmm(s, m1, m2, 0);
    EXPECT_TRUE(Close(y, ct::tensor({{2.1875, 1.25}, {-0.75, -0.1875}})));
    EXPECT_EQ(y.grad_fn_name(), "AddmmBackward0");
    // grad_y = ((torch.arange(4) * 5 % 7 - 3) / 2).reshape(2, 2)
    Tensor grad_y = ct::tensor({{-1.5, 1.0}, {0.0, -1.0}});
    // g_y = torch.autograd.grad(y, [s, m1], grad_y)
    std::vector<Tensor> g_y = ct::grad({y}, {s, m1}, {grad_y}, true);
    ASSERT_EQ(g_y.size(), 2u);
    // d/ds -> [[-0.0, 0.0], [0.0, -0.0]]
    EXPECT_TRUE(Close(g_y[0], ct::tensor({{-0.0, 0.0}, {0.0, -0.0}})));
    // d/dm1 -> [[1.375, 0.625, 1.25], [0.5, -1.0, 0.25]]
    EXPECT_TRUE(Close(g_y[1], ct::tensor({{1.375, 0.625, 1.25}, {0.5, -1.0, 0.25}})));
  });
  Case("errors", [] {
    // m = ((torch.arange(6) * 7 % 11 - 5) / 4).reshape(2, 3)
    Tensor m = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}});
    // torch.outer(m, m) -> RuntimeError: outer: Expected 1-D argument self, but got 2-D
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::outer(m, m); }));
    // s = ((torch.arange(4) * 7 % 11 - 5) / 4).reshape(2, 2)
    Tensor s = ct::tensor({{-1.25, 0.5}, {-0.5, 1.25}});
    // torch.addmm(s, m, m) -> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    EXPECT_TRUE(
        Raises<ct::RuntimeError>([&] { (void)ct::addmm(s, m, m); },
                                 "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"));
    // s3 = ((torch.arange(9) * 7 % 11 - 5) / 4).reshape(3, 3)
    Tensor s3 = ct::tensor({{-1.25, 0.5, -0.5}, {1.25, 0.25, -0.75}, {1.0, 0.0, -1.0}});
    // torch.addmm(s3, m, m.t()) -> RuntimeError: The expanded size of the tensor (2) must match the
    //     existing size (3) at non-singleton dimension 1.  Target sizes: [2, 2].  Tensor sizes: [3,
    //     3]
    EXPECT_TRUE(Raises<ct::RuntimeError>(
        [&] { (void)ct::addmm(s3, m, m.t()); },
        "The expanded size of the tensor (2) must match the existing size (3) at non-singleton "
        "dimension 1.  Target sizes: [2, 2].  Tensor sizes: [3, 3]"));
    // v = torch.tensor([1.0, 2.0, 3.0])
    Tensor v = ct::tensor({1.0, 2.0, 3.0});
    // torch.addmm(s, v, m) -> RuntimeError: mat1 must be a matrix, got 1-D tensor
    EXPECT_TRUE(Raises<ct::RuntimeError>([&] { (void)ct::addmm(s, v, m); }));
  });
}
