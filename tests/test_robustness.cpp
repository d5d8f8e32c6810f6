// Robustness: every public op called with bad arguments (wrong shapes and
// dtypes, out-of-range dims and indices, 0-dim, zero-size, non-contiguous and
// expanded inputs, undefined tensors, absurd sizes). Each call must either
// succeed or throw a ct::Error subclass -- never crash, hang or throw anything
// else -- and must leave its arguments as they were (values, geometry, dtype,
// autograd flags and version counter); an in-place op may only change `self`
// when it succeeds.
//
// The expected outcome of each case was taken from PyTorch 1.13 (Debian's
// python3-torch) by running the same call there:
//   'O'  PyTorch accepts it: success or a ct::Error are both fine here;
//   'R', 'I', 'V', 'T', 'N'  PyTorch raises RuntimeError, IndexError,
//        ValueError, TypeError or NotImplementedError: the call must throw the
//        ct:: class of that name;
//   'A'  must throw some ct::Error (undefined arguments, which Python spells
//        None, and calls without a PyTorch analog);
//   'D'  PyTorch raises (the comment says which), cotangent is known to deviate
//        (docs/semantics.md, "Error strictness"): it may compute a value or raise
//        another ct::Error; crashes, foreign exceptions and changed arguments
//        still fail.
// The trailing comment of a case is PyTorch's message.
//
// Set CT_ROBUSTNESS_VERBOSE=1 to print every case's outcome and message.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <typeinfo>
#include <vector>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;
namespace nnf = ct::nn::functional;

// ---------------------------------------------------------------- fixtures
// Fresh tensors per case, so that a case that (wrongly) modifies an argument
// cannot affect another one.
Tensor make_fixture(const std::string& key) {
  static const std::map<std::string, Tensor (*)()> fixtures = {
      {"f",
       [] {
         return ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
       }},
      {"d",
       [] {
         return ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}, ct::float64);
       }},
      {"i",
       [] {
         return ct::tensor({{1, 2, 3}, {4, 5, 6}});
       }},
      {"iz",
       [] {
         return ct::zeros({2, 3}, ct::int64);
       }},
      {"ineg",
       [] {
         return ct::tensor({{-1, 2, -3}, {4, -5, 6}});
       }},
      {"b",
       [] {
         return ct::tensor({{true, false, true}, {false, true, false}});
       }},
      {"s", [] { return ct::tensor(0.5); }},
      {"si", [] { return ct::tensor(2); }},
      {"e",
       [] {
         return ct::zeros({0, 3});
       }},
      {"e0", [] { return ct::zeros({0}); }},
      {"nc",
       [] {
         return ct::tensor({{0.1, 0.4}, {0.2, 0.5}, {0.3, 0.6}}).t();
       }},
      {"ex",
       [] {
         return ct::tensor({0.1, 0.2, 0.3}).expand({2, 3});
       }},
      {"u", [] { return ct::Tensor(); }},
      {"g",
       [] {
         return ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}).requires_grad_();
       }},
      {"gd",
       [] {
         return ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}, ct::float64).requires_grad_();
       }},
      {"f45",
       [] {
         return ct::ones({4, 5});
       }},
      {"f3",
       [] {
         return ct::tensor({1.0, 2.0, 3.0});
       }},
      {"f2",
       [] {
         return ct::tensor({1.0, 2.0});
       }},
      {"d3",
       [] {
         return ct::tensor({1.0, 2.0, 3.0}, ct::float64);
       }},
      {"i3",
       [] {
         return ct::tensor({1, 2, 3});
       }},
      {"b3",
       [] {
         return ct::tensor({true, false, true});
       }},
      {"f22",
       [] {
         return ct::tensor({{1.0, 2.0}, {3.0, 4.0}});
       }},
      {"f233",
       [] {
         return ct::ones({2, 3, 3});
       }},
      {"f232",
       [] {
         return ct::ones({2, 3, 2});
       }},
      {"f332",
       [] {
         return ct::ones({3, 3, 2});
       }},
      {"f32",
       [] {
         return ct::ones({3, 2});
       }},
      {"d32",
       [] {
         return ct::ones({3, 2}, ct::float64);
       }},
      {"i32",
       [] {
         return ct::ones({3, 2}, ct::int64);
       }},
      {"b32",
       [] {
         return ct::ones({3, 2}, ct::kBool);
       }},
      {"f1", [] { return ct::ones({1}); }},
      {"idx",
       [] {
         return ct::tensor({0, 1});
       }},
      {"idx_oor",
       [] {
         return ct::tensor({0, 5});
       }},
      {"idx_neg",
       [] {
         return ct::tensor({-1, 0});
       }},
      {"idx_f",
       [] {
         return ct::tensor({0.0, 1.0});
       }},
      {"idx_b",
       [] {
         return ct::tensor({true, false});
       }},
      {"idx_2d",
       [] {
         return ct::tensor({{0, 1}});
       }},
      {"idx_e", [] { return ct::zeros({0}, ct::int64); }},
      {"idx_s", [] { return ct::tensor(1); }},
      {"gi",
       [] {
         return ct::tensor({{0, 1, 2}, {2, 1, 0}});
       }},
      {"gi_oor",
       [] {
         return ct::tensor({{0, 1, 3}, {0, 0, 0}});
       }},
      {"gi_neg",
       [] {
         return ct::tensor({{0, -1, 0}, {0, 0, 0}});
       }},
      {"gi_big",
       [] {
         return ct::zeros({3, 4}, ct::int64);
       }},
      {"gi_f",
       [] {
         return ct::zeros({2, 3});
       }},
      {"gi_1d",
       [] {
         return ct::tensor({0, 1, 2});
       }},
      {"gi_3d",
       [] {
         return ct::zeros({2, 3, 1}, ct::int64);
       }},
      {"m45",
       [] {
         return ct::ones({4, 5}, ct::kBool);
       }},
      {"m233",
       [] {
         return ct::ones({2, 3, 3}, ct::kBool);
       }},
      {"m133",
       [] {
         return ct::ones({1, 2, 3}, ct::kBool);
       }},
      {"mall",
       [] {
         return ct::ones({2, 3}, ct::kBool);
       }},
      {"sq",
       [] {
         return ct::tensor({{4.0, 1.0, 0.0}, {1.0, 3.0, 1.0}, {0.0, 1.0, 2.0}});
       }},
      {"sqd",
       [] {
         return ct::tensor({{4.0, 1.0, 0.0}, {1.0, 3.0, 1.0}, {0.0, 1.0, 2.0}}, ct::float64);
       }},
      {"sqi",
       [] {
         return ct::tensor({{4, 1, 0}, {1, 3, 1}, {0, 1, 2}});
       }},
      {"sqb",
       [] {
         return ct::ones({3, 3}, ct::kBool);
       }},
      {"sq_nc",
       [] {
         return ct::tensor({{4.0, 1.0, 0.0}, {1.0, 3.0, 1.0}, {0.0, 1.0, 2.0}}).t();
       }},
      {"sq00",
       [] {
         return ct::zeros({0, 0});
       }},
      {"sing",
       [] {
         return ct::tensor({{1.0, 2.0}, {2.0, 4.0}});
       }},
      {"npd",
       [] {
         return ct::tensor({{1.0, 2.0}, {2.0, 1.0}});
       }},
      {"nan22",
       [] {
         return ct::full({2, 2}, NAN);
       }},
      {"img",
       [] {
         return ct::ones({1, 2, 5, 5});
       }},
      {"imgd",
       [] {
         return ct::ones({1, 2, 5, 5}, ct::float64);
       }},
      {"imgi",
       [] {
         return ct::ones({1, 2, 5, 5}, ct::int64);
       }},
      {"imgb",
       [] {
         return ct::ones({1, 2, 5, 5}, ct::kBool);
       }},
      {"img3",
       [] {
         return ct::ones({2, 5, 5});
       }},
      {"img5",
       [] {
         return ct::ones({1, 1, 2, 5, 5});
       }},
      {"imge",
       [] {
         return ct::zeros({0, 2, 5, 5});
       }},
      {"imgz",
       [] {
         return ct::zeros({1, 2, 0, 5});
       }},
      {"img_nc",
       [] {
         return ct::ones({1, 5, 5, 2}).permute({0, 3, 1, 2});
       }},
      {"img4",
       [] {
         return ct::ones({1, 4, 5, 5});
       }},
      {"w",
       [] {
         return ct::ones({3, 2, 3, 3});
       }},
      {"wd",
       [] {
         return ct::ones({3, 2, 3, 3}, ct::float64);
       }},
      {"wi",
       [] {
         return ct::ones({3, 2, 3, 3}, ct::int64);
       }},
      {"wc3",
       [] {
         return ct::ones({3, 3, 3, 3});
       }},
      {"wbig",
       [] {
         return ct::ones({3, 2, 7, 7});
       }},
      {"w3d",
       [] {
         return ct::ones({3, 2, 3});
       }},
      {"wg",
       [] {
         return ct::ones({4, 1, 3, 3});
       }},
      {"we",
       [] {
         return ct::zeros({0, 2, 3, 3});
       }},
      {"seq",
       [] {
         return ct::ones({1, 2, 5});
       }},
      {"seqd",
       [] {
         return ct::ones({1, 2, 5}, ct::float64);
       }},
      {"seq2",
       [] {
         return ct::ones({2, 5});
       }},
      {"w1",
       [] {
         return ct::ones({3, 2, 3});
       }},
      {"w1big",
       [] {
         return ct::ones({3, 2, 9});
       }},
      {"w1c",
       [] {
         return ct::ones({3, 4, 3});
       }},
      {"bias3", [] { return ct::zeros({3}); }},
      {"bias2", [] { return ct::zeros({2}); }},
      {"bias3d", [] { return ct::zeros({3}, ct::float64); }},
      {"bias33",
       [] {
         return ct::zeros({3, 3});
       }},
      {"tg",
       [] {
         return ct::tensor({0, 2});
       }},
      {"tg_oor",
       [] {
         return ct::tensor({0, 3});
       }},
      {"tg_neg",
       [] {
         return ct::tensor({0, -5});
       }},
      {"tg3",
       [] {
         return ct::tensor({0, 1, 2});
       }},
      {"tg_f",
       [] {
         return ct::tensor({0.0, 2.0});
       }},
      {"tg_b",
       [] {
         return ct::tensor({true, false});
       }},
      {"tg_2d",
       [] {
         return ct::tensor({{0, 2}});
       }},
      {"tg_s", [] { return ct::tensor(1); }},
      {"p_bad",
       [] {
         return ct::tensor({{0.5, 1.5, 0.2}, {0.1, -0.2, 0.3}});
       }},
      {"p_nan",
       [] {
         return ct::tensor({{0.5, NAN, 0.2}, {0.1, 0.2, 0.3}});
       }},
      {"wt2", [] { return ct::ones({2}); }},
      {"wt3", [] { return ct::ones({3}); }},
      {"wt3i", [] { return ct::ones({3}, ct::int64); }},
      {"lw",
       [] {
         return ct::ones({4, 3});
       }},
      {"lw_bad",
       [] {
         return ct::ones({4, 5});
       }},
      {"lwd",
       [] {
         return ct::ones({4, 3}, ct::float64);
       }},
      {"lwi",
       [] {
         return ct::ones({4, 3}, ct::int64);
       }},
      {"lb4", [] { return ct::zeros({4}); }},
      {"lb5", [] { return ct::zeros({5}); }},
      {"cols",
       [] {
         return ct::ones({1, 18, 9});
       }},
      {"cols_bad",
       [] {
         return ct::ones({1, 17, 9});
       }},
  };
  auto it = fixtures.find(key);
  if (it == fixtures.end()) throw std::logic_error("unknown fixture " + key);
  return it->second();
}

// ---------------------------------------------------------------- outcome of a call
struct Outcome {
  char kind = 'O';  // 'O' returned; 'R','I','V','T','N','S' a ct:: subclass; 'E' plain ct::Error;
                    // 'X' anything else
  std::string type;
  std::string what;
};

const char* ct_type_name(char k) {
  switch (k) {
    case 'R':
      return "ct::RuntimeError";
    case 'I':
      return "ct::IndexError";
    case 'V':
      return "ct::ValueError";
    case 'T':
      return "ct::TypeError";
    case 'N':
      return "ct::NotImplementedError";
    case 'S':
      return "ct::AssertionError";
    case 'E':
      return "ct::Error";
    case 'A':
      return "a ct::Error";
    case 'O':
      return "no exception";
  }
  return "?";
}

template <class F>
Outcome invoke(F&& f) {
  Outcome o;
  try {
    f();
    return o;
  } catch (const ct::RuntimeError& e) {
    o.kind = 'R', o.what = e.what();
  } catch (const ct::IndexError& e) {
    o.kind = 'I', o.what = e.what();
  } catch (const ct::ValueError& e) {
    o.kind = 'V', o.what = e.what();
  } catch (const ct::TypeError& e) {
    o.kind = 'T', o.what = e.what();
  } catch (const ct::NotImplementedError& e) {
    o.kind = 'N', o.what = e.what();
  } catch (const ct::AssertionError& e) {
    o.kind = 'S', o.what = e.what();
  } catch (const ct::Error& e) {
    o.kind = 'E', o.what = e.what();
  } catch (const std::exception& e) {
    o.kind = 'X', o.type = typeid(e).name(), o.what = e.what();
  } catch (...) {
    o.kind = 'X', o.type = "a non-std::exception";
  }
  o.type = o.kind == 'X' ? o.type : ct_type_name(o.kind);
  return o;
}

// ---------------------------------------------------------------- argument snapshots
struct Snapshot {
  bool defined = false;
  ct::Shape shape, strides;
  int64_t offset = 0;
  ct::DType dtype = ct::float32;
  bool requires_grad = false, is_leaf = true;
  std::string grad_fn;
  uint32_t version = 0;
  std::vector<double> values;
};

Snapshot snapshot(const Tensor& t) {
  Snapshot s;
  s.defined = t.defined();
  if (!s.defined) return s;
  s.shape = t.shape();
  s.strides = t.strides();
  s.offset = t.storage_offset();
  s.dtype = t.dtype();
  s.requires_grad = t.requires_grad();
  s.is_leaf = t.is_leaf();
  s.grad_fn = t.grad_fn_name();
  s.version = t._version();
  s.values = t.detach().to_vector<double>();
  return s;
}

bool same_values(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
  return true;
}

// Records a failure for each way `t` differs from `before`.
void expect_unchanged(const std::string& what, const Snapshot& before, const Tensor& t) {
  if (before.defined != t.defined()) {
    ADD_FAILURE() << what << ": the argument's definedness changed";
    return;
  }
  if (!before.defined) return;
  Snapshot now;
  Outcome o = invoke([&] { now = snapshot(t); });
  if (o.kind != 'O') {
    ADD_FAILURE() << what << ": the argument cannot be read back after the call: " << o.type << ": "
                  << o.what;
    return;
  }
  EXPECT_EQ(ct::to_string(before.shape), ct::to_string(now.shape)) << what << ": shape changed";
  EXPECT_EQ(ct::to_string(before.strides), ct::to_string(now.strides))
      << what << ": strides changed";
  EXPECT_EQ(before.offset, now.offset) << what << ": storage offset changed";
  EXPECT_EQ(ct::dtype_name(before.dtype), std::string(ct::dtype_name(now.dtype)))
      << what << ": dtype changed";
  EXPECT_EQ(before.requires_grad, now.requires_grad) << what << ": requires_grad changed";
  EXPECT_EQ(before.is_leaf, now.is_leaf) << what << ": is_leaf changed";
  EXPECT_EQ(before.grad_fn, now.grad_fn) << what << ": grad_fn changed";
  EXPECT_EQ(before.version, now.version) << what << ": _version() changed";
  EXPECT_TRUE(same_values(before.values, now.values)) << what << ": values changed";
}

// ---------------------------------------------------------------- the cases
struct Case {
  const char* group;
  const char* name;
  char expect;  // see the comment at the top
  const char* fixtures[6];
  bool inplace;  // may modify fixture 0 when it succeeds
  void (*call)(TL&);
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.group << "." << c.name; }

// clang-format off
const Case kCases[] = {
    {"Unary", "abs_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},  // RuntimeError: "abs_cpu" not implemented for 'Bool'
    {"Unary", "abs_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},
    {"Unary", "abs_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::abs(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sign_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},
    {"Unary", "sign_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sign(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sgn_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},
    {"Unary", "sgn_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sgn(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "reciprocal_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},
    {"Unary", "reciprocal_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::reciprocal(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "square_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::square(x[0])); }},
    {"Unary", "square_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::square(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sqrt_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},
    {"Unary", "sqrt_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sqrt(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "rsqrt_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},
    {"Unary", "rsqrt_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::rsqrt(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "exp_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},
    {"Unary", "exp_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::exp(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "exp2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},
    {"Unary", "exp2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::exp2(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "expm1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},
    {"Unary", "expm1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::expm1(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "log_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::log(x[0])); }},
    {"Unary", "log_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::log(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "log2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},
    {"Unary", "log2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::log2(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "log10_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},
    {"Unary", "log10_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::log10(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "log1p_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},
    {"Unary", "log1p_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::log1p(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sin_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},
    {"Unary", "sin_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sin(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "cos_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},
    {"Unary", "cos_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::cos(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "tan_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},
    {"Unary", "tan_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::tan(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "asin_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},
    {"Unary", "asin_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::asin(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "acos_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},
    {"Unary", "acos_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::acos(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "atan_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},
    {"Unary", "atan_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::atan(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sinh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},
    {"Unary", "sinh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sinh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "cosh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},
    {"Unary", "cosh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::cosh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "tanh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},
    {"Unary", "tanh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::tanh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "asinh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},
    {"Unary", "asinh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::asinh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "acosh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},
    {"Unary", "acosh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::acosh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "atanh_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},
    {"Unary", "atanh_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::atanh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "erf_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},
    {"Unary", "erf_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::erf(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "erfc_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},
    {"Unary", "erfc_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::erfc(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sigmoid_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},
    {"Unary", "sigmoid_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sigmoid(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "relu_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},  // RuntimeError: Boolean inputs not supported for relu
    {"Unary", "relu_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},
    {"Unary", "relu_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::relu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "floor_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},  // RuntimeError: "floor_vml_cpu" not implemented for 'Bool'
    {"Unary", "floor_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},
    {"Unary", "floor_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::floor(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "ceil_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},  // RuntimeError: "ceil_vml_cpu" not implemented for 'Bool'
    {"Unary", "ceil_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},
    {"Unary", "ceil_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::ceil(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "round_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::round(x[0])); }},  // RuntimeError: "round_vml_cpu" not implemented for 'Bool'
    {"Unary", "round_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::round(x[0])); }},
    {"Unary", "round_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::round(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "trunc_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},  // RuntimeError: "trunc_vml_cpu" not implemented for 'Bool'
    {"Unary", "trunc_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},
    {"Unary", "trunc_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::trunc(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "frac_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_i", 'D', {"i"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},  // RuntimeError: "frac_cpu" not implemented for 'Long'
    {"Unary", "frac_b", 'D', {"b"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},  // RuntimeError: "frac_cpu" not implemented for 'Bool'
    {"Unary", "frac_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},
    {"Unary", "frac_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::frac(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "neg_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Unary", "neg_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},
    {"Unary", "neg_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::neg(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "logical_not_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},
    {"Unary", "logical_not_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::logical_not(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "isnan_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},
    {"Unary", "isnan_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::isnan(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "isinf_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},
    {"Unary", "isinf_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::isinf(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "isfinite_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},
    {"Unary", "isfinite_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::isfinite(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "clone_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},
    {"Unary", "clone_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::clone(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "nan_to_num_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},
    {"Unary", "nan_to_num_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::nan_to_num(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "clamp_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},
    {"Unary", "clamp_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::clamp(x[0], 0.2, 0.5)); }},  // undefined argument (Python: None)
    {"Unary", "clamp_min_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},
    {"Unary", "clamp_min_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::clamp_min(x[0], 0.2)); }},  // undefined argument (Python: None)
    {"Unary", "clamp_max_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},
    {"Unary", "clamp_max_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::clamp_max(x[0], 0.2)); }},  // undefined argument (Python: None)
    {"Unary", "clamp_none_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_d", 'R', {"d"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_nc", 'R', {"nc"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_ex", 'R', {"ex"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Unary", "clamp_none_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<double>(), std::optional<double>())); }},  // undefined argument (Python: None)
    {"Unary", "unary_minus_f", 'O', {"f"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_d", 'O', {"d"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_i", 'O', {"i"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_b", 'R', {"b"}, false, [](TL& x) { (void)(-x[0]); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Unary", "unary_minus_s", 'O', {"s"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_e", 'O', {"e"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_nc", 'O', {"nc"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_ex", 'O', {"ex"}, false, [](TL& x) { (void)(-x[0]); }},
    {"Unary", "unary_minus_u", 'A', {"u"}, false, [](TL& x) { (void)(-x[0]); }},  // undefined argument (Python: None)
    {"Unary", "invert_f", 'T', {"f"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_d", 'T', {"d"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_i", 'O', {"i"}, false, [](TL& x) { (void)(~x[0]); }},
    {"Unary", "invert_b", 'O', {"b"}, false, [](TL& x) { (void)(~x[0]); }},
    {"Unary", "invert_s", 'T', {"s"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_e", 'T', {"e"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_nc", 'T', {"nc"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_ex", 'T', {"ex"}, false, [](TL& x) { (void)(~x[0]); }},  // TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors
    {"Unary", "invert_u", 'A', {"u"}, false, [](TL& x) { (void)(~x[0]); }},  // undefined argument (Python: None)
    {"Unary", "F_relu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},  // RuntimeError: Boolean inputs not supported for relu
    {"Unary", "F_relu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},
    {"Unary", "F_relu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::relu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_sigmoid_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_b", 'O', {"b"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},
    {"Unary", "F_sigmoid_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::sigmoid(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_tanh_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_b", 'O', {"b"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},
    {"Unary", "F_tanh_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::tanh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_logsigmoid_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},  // RuntimeError: "log_sigmoid_cpu" not implemented for 'Long'
    {"Unary", "F_logsigmoid_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},  // RuntimeError: "log_sigmoid_cpu" not implemented for 'Bool'
    {"Unary", "F_logsigmoid_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},
    {"Unary", "F_logsigmoid_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::logsigmoid(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_softplus_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},  // RuntimeError: "softplus_cpu" not implemented for 'Long'
    {"Unary", "F_softplus_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},  // RuntimeError: "softplus_cpu" not implemented for 'Bool'
    {"Unary", "F_softplus_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},
    {"Unary", "F_softplus_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::softplus(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_leaky_relu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},  // RuntimeError: "leaky_relu_cpu" not implemented for 'Long'
    {"Unary", "F_leaky_relu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},  // RuntimeError: "leaky_relu_cpu" not implemented for 'Bool'
    {"Unary", "F_leaky_relu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},
    {"Unary", "F_leaky_relu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::leaky_relu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_elu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},  // RuntimeError: "elu_cpu" not implemented for 'Long'
    {"Unary", "F_elu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},  // RuntimeError: "elu_cpu" not implemented for 'Bool'
    {"Unary", "F_elu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},
    {"Unary", "F_elu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::elu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_selu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},  // RuntimeError: "elu_cpu" not implemented for 'Long'
    {"Unary", "F_selu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},  // RuntimeError: "elu_cpu" not implemented for 'Bool'
    {"Unary", "F_selu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},
    {"Unary", "F_selu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::selu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_gelu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},  // RuntimeError: "GeluKernelImpl" not implemented for 'Long'
    {"Unary", "F_gelu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},  // RuntimeError: "GeluKernelImpl" not implemented for 'Bool'
    {"Unary", "F_gelu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},
    {"Unary", "F_gelu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::gelu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_gelu_tanh_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},  // RuntimeError: "GeluKernelImpl" not implemented for 'Long'
    {"Unary", "F_gelu_tanh_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},  // RuntimeError: "GeluKernelImpl" not implemented for 'Bool'
    {"Unary", "F_gelu_tanh_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},
    {"Unary", "F_gelu_tanh_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "tanh")); }},  // undefined argument (Python: None)
    {"Unary", "F_silu_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},  // RuntimeError: "silu_cpu" not implemented for 'Long'
    {"Unary", "F_silu_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},  // RuntimeError: "silu_cpu" not implemented for 'Bool'
    {"Unary", "F_silu_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},
    {"Unary", "F_silu_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::silu(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_hardtanh_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},  // RuntimeError: Bool inputs not supported for hardtanh
    {"Unary", "F_hardtanh_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},
    {"Unary", "F_hardtanh_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "F_softmax0_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},  // RuntimeError: "softmax_kernel_impl" not implemented for 'Long'
    {"Unary", "F_softmax0_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},  // RuntimeError: "softmax_kernel_impl" not implemented for 'Bool'
    {"Unary", "F_softmax0_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Unary", "F_softmax0_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "F_softmax_last_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},  // RuntimeError: "softmax_lastdim_kernel_impl" not implemented for 'Long'
    {"Unary", "F_softmax_last_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},  // RuntimeError: "softmax_lastdim_kernel_impl" not implemented for 'Bool'
    {"Unary", "F_softmax_last_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Unary", "F_softmax_last_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},  // undefined argument (Python: None)
    {"Unary", "F_log_softmax0_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},  // RuntimeError: "softmax_kernel_impl" not implemented for 'Long'
    {"Unary", "F_log_softmax0_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},  // RuntimeError: "softmax_kernel_impl" not implemented for 'Bool'
    {"Unary", "F_log_softmax0_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Unary", "F_log_softmax0_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "F_dropout_eval_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_b", 'O', {"b"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},
    {"Unary", "F_dropout_eval_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, false)); }},  // undefined argument (Python: None)
    {"Unary", "F_dropout_train_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_i", 'R', {"i"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Unary", "F_dropout_train_b", 'R', {"b"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Unary", "F_dropout_train_s", 'O', {"s"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},
    {"Unary", "F_dropout_train_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 0.5, true)); }},  // undefined argument (Python: None)
    {"Unary", "F_pad_f", 'O', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_d", 'O', {"d"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_i", 'O', {"i"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_b", 'O', {"b"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_s", 'R', {"s"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},  // RuntimeError: Padding length too large
    {"Unary", "F_pad_e", 'O', {"e"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_nc", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_ex", 'O', {"ex"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Unary", "F_pad_u", 'A', {"u"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},  // undefined argument (Python: None)
    {"Unary", "sum_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},
    {"Unary", "sum_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sum(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "mean_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "mean_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "mean_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},
    {"Unary", "mean_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::mean(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "prod_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},
    {"Unary", "prod_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::prod(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "max_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::max(x[0])); }},  // RuntimeError: max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim 
    {"Unary", "max_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::max(x[0])); }},
    {"Unary", "max_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::max(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "min_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::min(x[0])); }},  // RuntimeError: min(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim 
    {"Unary", "min_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::min(x[0])); }},
    {"Unary", "min_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::min(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "amax_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},  // RuntimeError: amax(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim
    {"Unary", "amax_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},
    {"Unary", "amax_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::amax(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "amin_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},  // RuntimeError: amin(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim
    {"Unary", "amin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},
    {"Unary", "amin_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::amin(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "argmax_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},  // RuntimeError: "argmax_cpu" not implemented for 'Bool'
    {"Unary", "argmax_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},  // IndexError: argmax(): Expected reduction dim to be specified for input.numel() == 0.
    {"Unary", "argmax_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},
    {"Unary", "argmax_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::argmax(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "argmin_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},  // RuntimeError: "argmin_cpu" not implemented for 'Bool'
    {"Unary", "argmin_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},  // IndexError: argmin(): Expected reduction dim to be specified for input.numel() == 0.
    {"Unary", "argmin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},
    {"Unary", "argmin_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::argmin(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "var_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::var(x[0])); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "var_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::var(x[0])); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "var_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::var(x[0])); }},
    {"Unary", "var_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::var(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "std_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::std(x[0])); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "std_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::std(x[0])); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "std_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::std(x[0])); }},
    {"Unary", "std_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::std(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "norm_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
    {"Unary", "norm_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Bool instead.
    {"Unary", "norm_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},
    {"Unary", "norm_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::norm(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "norm_inf_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
    {"Unary", "norm_inf_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Bool instead.
    {"Unary", "norm_inf_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},
    {"Unary", "norm_inf_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::norm(x[0], INFINITY)); }},  // undefined argument (Python: None)
    {"Unary", "norm_fro_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
    {"Unary", "norm_fro_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Bool instead.
    {"Unary", "norm_fro_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},
    {"Unary", "norm_fro_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::norm(x[0], "fro")); }},  // undefined argument (Python: None)
    {"Unary", "all_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::all(x[0])); }},
    {"Unary", "all_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::all(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "any_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::any(x[0])); }},
    {"Unary", "any_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::any(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "sum_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Unary", "sum_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "mean_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "mean_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "mean_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Unary", "mean_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "prod_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Unary", "prod_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "max_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},  // IndexError: max(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "max_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},
    {"Unary", "max_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(std::get<0>(ct::max(x[0], 0))); }},  // undefined argument (Python: None)
    {"Unary", "min_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},  // IndexError: min(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "min_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},
    {"Unary", "min_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(std::get<1>(ct::min(x[0], 0))); }},  // undefined argument (Python: None)
    {"Unary", "amax_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},  // IndexError: amax(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "amax_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Unary", "amax_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "amin_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},  // IndexError: amin(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "amin_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Unary", "amin_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "argmax_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},  // RuntimeError: "argmax_cpu" not implemented for 'Bool'
    {"Unary", "argmax_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},  // IndexError: argmax(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "argmax_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Unary", "argmax_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "argmin_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},  // RuntimeError: "argmin_cpu" not implemented for 'Bool'
    {"Unary", "argmin_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},  // IndexError: argmin(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "argmin_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Unary", "argmin_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "var_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "var_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "var_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Unary", "var_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "std_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "std_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "std_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Unary", "std_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "norm_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
    {"Unary", "norm_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Bool instead.
    {"Unary", "norm_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Unary", "norm_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},  // undefined argument (Python: None)
    {"Unary", "logsumexp_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Unary", "logsumexp_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "cumsum_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Unary", "cumsum_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "cumprod_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Unary", "cumprod_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "all_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Unary", "all_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "any_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Unary", "any_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "t_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].t()); }},
    {"Unary", "t_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].t()); }},  // undefined argument (Python: None)
    {"Unary", "mT_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].mT()); }},
    {"Unary", "mT_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].mT()); }},  // undefined argument (Python: None)
    {"Unary", "flatten_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},
    {"Unary", "flatten_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::flatten(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "squeeze_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},
    {"Unary", "squeeze_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::squeeze(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "squeeze_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Unary", "squeeze_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "unsqueeze_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Unary", "unsqueeze_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "contiguous_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].contiguous()); }},
    {"Unary", "contiguous_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].contiguous()); }},  // undefined argument (Python: None)
    {"Unary", "detach_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].detach()); }},
    {"Unary", "detach_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].detach()); }},  // undefined argument (Python: None)
    {"Unary", "to_f64_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},
    {"Unary", "to_f64_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].to(ct::float64)); }},  // undefined argument (Python: None)
    {"Unary", "to_bool_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},
    {"Unary", "to_bool_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].to(ct::kBool)); }},  // undefined argument (Python: None)
    {"Unary", "to_i64_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},
    {"Unary", "to_i64_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].to(ct::int64)); }},  // undefined argument (Python: None)
    {"Unary", "tril_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_s", 'A', {"s"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},  // torch: IndexError: Dimension specified as -2 but tensor has no dimensions (type incidental: any ct::Error)
    {"Unary", "tril_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},
    {"Unary", "tril_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::tril(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "triu_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_s", 'A', {"s"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},  // torch: IndexError: Dimension specified as -2 but tensor has no dimensions (type incidental: any ct::Error)
    {"Unary", "triu_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},
    {"Unary", "triu_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::triu(x[0], 1)); }},  // undefined argument (Python: None)
    {"Unary", "flip_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Unary", "flip_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},  // undefined argument (Python: None)
    {"Unary", "m_flip_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].flip({0})); }},
    {"Unary", "m_flip_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].flip({0})); }},  // undefined argument (Python: None)
    {"Unary", "flip_none_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},
    {"Unary", "flip_none_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::flip(x[0], {})); }},  // undefined argument (Python: None)
    {"Unary", "roll_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_s", 'D', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Unary", "roll_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Unary", "roll_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},  // undefined argument (Python: None)
    {"Unary", "roll_flat_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},
    {"Unary", "roll_flat_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::roll(x[0], {1})); }},  // undefined argument (Python: None)
    {"Unary", "repeat22_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},
    {"Unary", "repeat22_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::repeat(x[0], {2, 2})); }},  // undefined argument (Python: None)
    {"Unary", "transpose01_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_s", 'I', {"s"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Unary", "transpose01_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},
    {"Unary", "transpose01_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 1)); }},  // undefined argument (Python: None)
    {"Unary", "select00_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_s", 'I', {"s"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},  // IndexError: select() cannot be applied to a 0-dim tensor.
    {"Unary", "select00_e", 'I', {"e"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},  // IndexError: select(): index 0 out of range for tensor of size [0, 3] at dimension 0
    {"Unary", "select00_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},
    {"Unary", "select00_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},  // undefined argument (Python: None)
    {"Unary", "index0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_s", 'I', {"s"}, false, [](TL& x) { (void)(x[0][0]); }},  // IndexError: invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to con
    {"Unary", "index0_e", 'I', {"e"}, false, [](TL& x) { (void)(x[0][0]); }},  // IndexError: index 0 is out of bounds for dimension 0 with size 0
    {"Unary", "index0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0][0]); }},
    {"Unary", "index0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0][0]); }},  // undefined argument (Python: None)
    {"Unary", "narrow001_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Unary", "narrow001_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},  // RuntimeError: start (0) + length (1) exceeds dimension size (0).
    {"Unary", "narrow001_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},
    {"Unary", "narrow001_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},  // undefined argument (Python: None)
    {"Unary", "unbind0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_s", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Unary", "unbind0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},
    {"Unary", "unbind0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},  // undefined argument (Python: None)
    {"Unary", "chunk2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Unary", "chunk2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},
    {"Unary", "chunk2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2)); }},  // undefined argument (Python: None)
    {"Unary", "split1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Unary", "split1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},
    {"Unary", "split1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},  // undefined argument (Python: None)
    {"Unary", "reshape_m1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},
    {"Unary", "reshape_m1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::reshape(x[0], {-1})); }},  // undefined argument (Python: None)
    {"Unary", "view_m1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},
    {"Unary", "view_m1_nc", 'R', {"nc"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Unary", "view_m1_ex", 'R', {"ex"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Unary", "view_m1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::view(x[0], {-1})); }},  // undefined argument (Python: None)
    {"Unary", "diagonal_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_s", 'I', {"s"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Unary", "diagonal_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},
    {"Unary", "diagonal_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::diagonal(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "diag_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},  // RuntimeError: matrix or a vector expected
    {"Unary", "diag_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},
    {"Unary", "diag_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "diag_embed_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_s", 'I', {"s"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Unary", "diag_embed_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},
    {"Unary", "diag_embed_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::diag_embed(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "cumsum_m_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Unary", "cumsum_m_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},  // undefined argument (Python: None)
    {"Unary", "cat_self_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Unary", "cat_self_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},
    {"Unary", "cat_self_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]})); }},  // undefined argument (Python: None)
    {"Unary", "stack_self_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},
    {"Unary", "stack_self_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]})); }},  // undefined argument (Python: None)
    {"Unary", "matmul_self_t_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},  // RuntimeError: "addmm_impl_cpu_" not implemented for 'Bool'
    {"Unary", "matmul_self_t_s", 'A', {"s"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},  // torch: RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 0D (type incidental:
    {"Unary", "matmul_self_t_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},
    {"Unary", "matmul_self_t_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[0].mT())); }},  // undefined argument (Python: None)
    {"Unary", "item_f", 'R', {"f"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_d", 'R', {"d"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].item<double>()); }},
    {"Unary", "item_e", 'R', {"e"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_nc", 'R', {"nc"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_ex", 'R', {"ex"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"Unary", "item_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].item<double>()); }},  // undefined argument (Python: None)
    {"Unary", "to_vector_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},
    {"Unary", "to_vector_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].to_vector<double>()); }},  // undefined argument (Python: None)
    {"Unary", "repr_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "repr_u", 'O', {"u"}, false, [](TL& x) { (void)(ct::repr(x[0])); }},
    {"Unary", "zeros_like_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},
    {"Unary", "zeros_like_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "full_like_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},
    {"Unary", "full_like_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::full_like(x[0], 2)); }},  // undefined argument (Python: None)
    {"Unary", "rand_like_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},  // RuntimeError: "check_uniform_bounds" not implemented for 'Long'
    {"Unary", "rand_like_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},  // RuntimeError: "check_uniform_bounds" not implemented for 'Bool'
    {"Unary", "rand_like_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},
    {"Unary", "rand_like_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "randn_like_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},  // RuntimeError: "normal_kernel_cpu" not implemented for 'Long'
    {"Unary", "randn_like_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},  // RuntimeError: "normal_kernel_cpu" not implemented for 'Bool'
    {"Unary", "randn_like_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},
    {"Unary", "randn_like_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},  // undefined argument (Python: None)
    {"Unary", "requires_grad__f", 'O', {"f"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__d", 'O', {"d"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__i", 'R', {"i"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // RuntimeError: only Tensors of floating point dtype can require gradients
    {"Unary", "requires_grad__b", 'R', {"b"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // RuntimeError: only Tensors of floating point dtype can require gradients
    {"Unary", "requires_grad__s", 'O', {"s"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__e", 'O', {"e"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__nc", 'O', {"nc"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__ex", 'O', {"ex"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},
    {"Unary", "requires_grad__u", 'A', {"u"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // undefined argument (Python: None)
    {"Unary", "sum_to_1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_d", 'O', {"d"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "sum_to_1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1})); }},  // no PyTorch analog
    {"Unary", "size0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_s", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Unary", "size0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].size(0)); }},
    {"Unary", "size0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].size(0)); }},  // undefined argument (Python: None)
    {"Unary", "stride0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_s", 'I', {"s"}, false, [](TL& x) { (void)(x[0].stride(0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Unary", "stride0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].stride(0)); }},
    {"Unary", "stride0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].stride(0)); }},  // undefined argument (Python: None)
    {"Unary", "size_m1_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_s", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(-1)); }},  // IndexError: Dimension specified as -1 but tensor has no dimensions
    {"Unary", "size_m1_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].size(-1)); }},
    {"Unary", "size_m1_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].size(-1)); }},  // undefined argument (Python: None)
    {"Unary", "numel_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].numel()); }},
    {"Unary", "numel_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].numel()); }},  // undefined argument (Python: None)
    {"Unary", "is_contiguous_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},
    {"Unary", "is_contiguous_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].is_contiguous()); }},  // undefined argument (Python: None)
    {"Unary", "m_neg_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].neg()); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Unary", "m_neg_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].neg()); }},
    {"Unary", "m_neg_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].neg()); }},  // undefined argument (Python: None)
    {"Unary", "m_abs_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].abs()); }},  // RuntimeError: "abs_cpu" not implemented for 'Bool'
    {"Unary", "m_abs_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].abs()); }},
    {"Unary", "m_abs_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].abs()); }},  // undefined argument (Python: None)
    {"Unary", "m_sign_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sign()); }},
    {"Unary", "m_sign_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sign()); }},  // undefined argument (Python: None)
    {"Unary", "m_square_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].square()); }},
    {"Unary", "m_square_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].square()); }},  // undefined argument (Python: None)
    {"Unary", "m_sqrt_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sqrt()); }},
    {"Unary", "m_sqrt_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sqrt()); }},  // undefined argument (Python: None)
    {"Unary", "m_rsqrt_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},
    {"Unary", "m_rsqrt_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].rsqrt()); }},  // undefined argument (Python: None)
    {"Unary", "m_reciprocal_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},
    {"Unary", "m_reciprocal_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].reciprocal()); }},  // undefined argument (Python: None)
    {"Unary", "m_exp_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].exp()); }},
    {"Unary", "m_exp_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].exp()); }},  // undefined argument (Python: None)
    {"Unary", "m_exp2_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].exp2()); }},
    {"Unary", "m_exp2_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].exp2()); }},  // undefined argument (Python: None)
    {"Unary", "m_expm1_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].expm1()); }},
    {"Unary", "m_expm1_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].expm1()); }},  // undefined argument (Python: None)
    {"Unary", "m_log_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].log()); }},
    {"Unary", "m_log_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].log()); }},  // undefined argument (Python: None)
    {"Unary", "m_log2_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].log2()); }},
    {"Unary", "m_log2_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].log2()); }},  // undefined argument (Python: None)
    {"Unary", "m_log10_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].log10()); }},
    {"Unary", "m_log10_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].log10()); }},  // undefined argument (Python: None)
    {"Unary", "m_log1p_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].log1p()); }},
    {"Unary", "m_log1p_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].log1p()); }},  // undefined argument (Python: None)
    {"Unary", "m_sin_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sin()); }},
    {"Unary", "m_sin_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sin()); }},  // undefined argument (Python: None)
    {"Unary", "m_cos_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].cos()); }},
    {"Unary", "m_cos_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].cos()); }},  // undefined argument (Python: None)
    {"Unary", "m_tan_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].tan()); }},
    {"Unary", "m_tan_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].tan()); }},  // undefined argument (Python: None)
    {"Unary", "m_asin_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].asin()); }},
    {"Unary", "m_asin_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].asin()); }},  // undefined argument (Python: None)
    {"Unary", "m_acos_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].acos()); }},
    {"Unary", "m_acos_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].acos()); }},  // undefined argument (Python: None)
    {"Unary", "m_atan_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].atan()); }},
    {"Unary", "m_atan_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].atan()); }},  // undefined argument (Python: None)
    {"Unary", "m_sinh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sinh()); }},
    {"Unary", "m_sinh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sinh()); }},  // undefined argument (Python: None)
    {"Unary", "m_cosh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].cosh()); }},
    {"Unary", "m_cosh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].cosh()); }},  // undefined argument (Python: None)
    {"Unary", "m_tanh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].tanh()); }},
    {"Unary", "m_tanh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].tanh()); }},  // undefined argument (Python: None)
    {"Unary", "m_asinh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].asinh()); }},
    {"Unary", "m_asinh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].asinh()); }},  // undefined argument (Python: None)
    {"Unary", "m_acosh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].acosh()); }},
    {"Unary", "m_acosh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].acosh()); }},  // undefined argument (Python: None)
    {"Unary", "m_atanh_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].atanh()); }},
    {"Unary", "m_atanh_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].atanh()); }},  // undefined argument (Python: None)
    {"Unary", "m_erf_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].erf()); }},
    {"Unary", "m_erf_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].erf()); }},  // undefined argument (Python: None)
    {"Unary", "m_erfc_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].erfc()); }},
    {"Unary", "m_erfc_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].erfc()); }},  // undefined argument (Python: None)
    {"Unary", "m_sigmoid_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},
    {"Unary", "m_sigmoid_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sigmoid()); }},  // undefined argument (Python: None)
    {"Unary", "m_relu_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].relu()); }},  // RuntimeError: Boolean inputs not supported for relu
    {"Unary", "m_relu_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].relu()); }},
    {"Unary", "m_relu_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].relu()); }},  // undefined argument (Python: None)
    {"Unary", "m_floor_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].floor()); }},  // RuntimeError: "floor_vml_cpu" not implemented for 'Bool'
    {"Unary", "m_floor_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].floor()); }},
    {"Unary", "m_floor_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].floor()); }},  // undefined argument (Python: None)
    {"Unary", "m_ceil_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].ceil()); }},  // RuntimeError: "ceil_vml_cpu" not implemented for 'Bool'
    {"Unary", "m_ceil_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].ceil()); }},
    {"Unary", "m_ceil_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].ceil()); }},  // undefined argument (Python: None)
    {"Unary", "m_round_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].round()); }},  // RuntimeError: "round_vml_cpu" not implemented for 'Bool'
    {"Unary", "m_round_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].round()); }},
    {"Unary", "m_round_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].round()); }},  // undefined argument (Python: None)
    {"Unary", "m_trunc_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].trunc()); }},  // RuntimeError: "trunc_vml_cpu" not implemented for 'Bool'
    {"Unary", "m_trunc_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].trunc()); }},
    {"Unary", "m_trunc_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].trunc()); }},  // undefined argument (Python: None)
    {"Unary", "m_frac_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_i", 'D', {"i"}, false, [](TL& x) { (void)(x[0].frac()); }},  // RuntimeError: "frac_cpu" not implemented for 'Long'
    {"Unary", "m_frac_b", 'D', {"b"}, false, [](TL& x) { (void)(x[0].frac()); }},  // RuntimeError: "frac_cpu" not implemented for 'Bool'
    {"Unary", "m_frac_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].frac()); }},
    {"Unary", "m_frac_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].frac()); }},  // undefined argument (Python: None)
    {"Unary", "m_sum_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sum()); }},
    {"Unary", "m_sum_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sum()); }},  // undefined argument (Python: None)
    {"Unary", "m_mean_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].mean()); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "m_mean_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].mean()); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "m_mean_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].mean()); }},
    {"Unary", "m_mean_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].mean()); }},  // undefined argument (Python: None)
    {"Unary", "m_prod_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].prod()); }},
    {"Unary", "m_prod_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].prod()); }},  // undefined argument (Python: None)
    {"Unary", "m_max_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_e", 'R', {"e"}, false, [](TL& x) { (void)(x[0].max()); }},  // RuntimeError: max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim 
    {"Unary", "m_max_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].max()); }},
    {"Unary", "m_max_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].max()); }},  // undefined argument (Python: None)
    {"Unary", "m_min_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_e", 'R', {"e"}, false, [](TL& x) { (void)(x[0].min()); }},  // RuntimeError: min(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim 
    {"Unary", "m_min_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].min()); }},
    {"Unary", "m_min_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].min()); }},  // undefined argument (Python: None)
    {"Unary", "m_all_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].all()); }},
    {"Unary", "m_all_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].all()); }},  // undefined argument (Python: None)
    {"Unary", "m_any_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].any()); }},
    {"Unary", "m_any_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].any()); }},  // undefined argument (Python: None)
    {"Unary", "m_clamp_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},
    {"Unary", "m_clamp_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].clamp(0.2, 0.5)); }},  // undefined argument (Python: None)
    {"Unary", "m_pow_half_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},
    {"Unary", "m_pow_half_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].pow(0.5)); }},  // undefined argument (Python: None)
    {"Unary", "m_amax_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_e", 'R', {"e"}, false, [](TL& x) { (void)(x[0].amax()); }},  // RuntimeError: amax(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim
    {"Unary", "m_amax_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].amax()); }},
    {"Unary", "m_amax_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].amax()); }},  // undefined argument (Python: None)
    {"Unary", "m_argmax_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].argmax()); }},  // RuntimeError: "argmax_cpu" not implemented for 'Bool'
    {"Unary", "m_argmax_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_e", 'I', {"e"}, false, [](TL& x) { (void)(x[0].argmax()); }},  // IndexError: argmax(): Expected reduction dim to be specified for input.numel() == 0.
    {"Unary", "m_argmax_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].argmax()); }},
    {"Unary", "m_argmax_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].argmax()); }},  // undefined argument (Python: None)
    {"Unary", "m_var_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].var()); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "m_var_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].var()); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "m_var_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].var()); }},
    {"Unary", "m_var_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].var()); }},  // undefined argument (Python: None)
    {"Unary", "m_std_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].std()); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "m_std_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].std()); }},  // RuntimeError: std and var only support floating point and complex dtypes
    {"Unary", "m_std_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].std()); }},
    {"Unary", "m_std_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].std()); }},  // undefined argument (Python: None)
    {"Unary", "m_norm_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].norm()); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
    {"Unary", "m_norm_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].norm()); }},  // RuntimeError: norm(): input dtype should be either floating point or complex. Got Bool instead.
    {"Unary", "m_norm_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].norm()); }},
    {"Unary", "m_norm_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].norm()); }},  // undefined argument (Python: None)
    {"Unary", "m_logsumexp_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},
    {"Unary", "m_logsumexp_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].logsumexp({0})); }},  // undefined argument (Python: None)
    {"Unary", "m_cumprod_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},
    {"Unary", "m_cumprod_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].cumprod(0)); }},  // undefined argument (Python: None)
    {"Unary", "m_max_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_e", 'I', {"e"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},  // IndexError: max(): Expected reduction dim 0 to have non-zero size.
    {"Unary", "m_max_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},
    {"Unary", "m_max_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(std::get<0>(x[0].max(0))); }},  // undefined argument (Python: None)
    {"Unary", "m_mean_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0].mean(0)); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "m_mean_d0_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0].mean(0)); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Unary", "m_mean_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Unary", "m_mean_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].mean(0)); }},  // undefined argument (Python: None)
    {"Unary", "m_sum_d0_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_d", 'O', {"d"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_nc", 'O', {"nc"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_ex", 'O', {"ex"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Unary", "m_sum_d0_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].sum(0)); }},  // undefined argument (Python: None)
    {"Dims", "sum_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "sum_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "sum_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {1})); }},
    {"Dims", "sum_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "sum_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Dims", "sum_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0], {-1})); }},
    {"Dims", "sum_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "sum_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::sum(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "sum_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::sum(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "sum_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::sum(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "mean_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "mean_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "mean_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {1})); }},
    {"Dims", "mean_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "mean_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0], {0})); }},
    {"Dims", "mean_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0], {-1})); }},
    {"Dims", "mean_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "mean_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::mean(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "mean_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::mean(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "mean_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::mean(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "prod_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "prod_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "prod_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0], 1)); }},
    {"Dims", "prod_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::prod(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "prod_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0], 0)); }},
    {"Dims", "prod_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0], -1)); }},
    {"Dims", "prod_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "prod_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::prod(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "prod_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::prod(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "prod_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::prod(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "max_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::max(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "max_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::max(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "max_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::max(x[0], 1)); }},
    {"Dims", "max_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::max(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "max_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::max(x[0], 0)); }},
    {"Dims", "max_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::max(x[0], -1)); }},
    {"Dims", "max_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::max(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "max_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::max(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "max_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::max(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "max_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::max(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "min_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::min(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "min_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::min(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "min_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::min(x[0], 1)); }},
    {"Dims", "min_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::min(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "min_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::min(x[0], 0)); }},
    {"Dims", "min_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::min(x[0], -1)); }},
    {"Dims", "min_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::min(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "min_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::min(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "min_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::min(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "min_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::min(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "amax_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "amax_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "amax_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {1})); }},
    {"Dims", "amax_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "amax_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0], {0})); }},
    {"Dims", "amax_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0], {-1})); }},
    {"Dims", "amax_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "amax_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::amax(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "amax_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::amax(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "amax_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::amax(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "amin_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "amin_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "amin_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0], {1})); }},
    {"Dims", "amin_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::amin(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "amin_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0], {0})); }},
    {"Dims", "amin_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0], {-1})); }},
    {"Dims", "amin_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "amin_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::amin(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "amin_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::amin(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "amin_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::amin(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "argmax_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "argmax_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "argmax_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0], 1)); }},
    {"Dims", "argmax_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmax(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "argmax_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},
    {"Dims", "argmax_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0], -1)); }},
    {"Dims", "argmax_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "argmax_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::argmax(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "argmax_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "argmax_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::argmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "argmin_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "argmin_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "argmin_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0], 1)); }},
    {"Dims", "argmin_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::argmin(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "argmin_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0], 0)); }},
    {"Dims", "argmin_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0], -1)); }},
    {"Dims", "argmin_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "argmin_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::argmin(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "argmin_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmin(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "argmin_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::argmin(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "var_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "var_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "var_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {1})); }},
    {"Dims", "var_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "var_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::var(x[0], {0})); }},
    {"Dims", "var_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::var(x[0], {-1})); }},
    {"Dims", "var_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::var(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "var_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::var(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "var_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::var(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "var_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::var(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "std_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "std_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "std_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {1})); }},
    {"Dims", "std_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "std_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::std(x[0], {0})); }},
    {"Dims", "std_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::std(x[0], {-1})); }},
    {"Dims", "std_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::std(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "std_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::std(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "std_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::std(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "std_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::std(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "norm_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "norm_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "norm_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {1})); }},
    {"Dims", "norm_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "norm_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {0})); }},
    {"Dims", "norm_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {-1})); }},
    {"Dims", "norm_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "norm_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "norm_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "norm_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "logsumexp_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "logsumexp_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "logsumexp_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {1})); }},
    {"Dims", "logsumexp_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "logsumexp_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {0})); }},
    {"Dims", "logsumexp_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {-1})); }},
    {"Dims", "logsumexp_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "logsumexp_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "logsumexp_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "logsumexp_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "cumsum_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cumsum_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumsum(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "cumsum_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 1)); }},
    {"Dims", "cumsum_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumsum(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "cumsum_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 0)); }},
    {"Dims", "cumsum_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumsum(x[0], -1)); }},
    {"Dims", "cumsum_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "cumsum_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::cumsum(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "cumsum_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cumsum_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::cumsum(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "cumprod_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cumprod_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumprod(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "cumprod_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 1)); }},
    {"Dims", "cumprod_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::cumprod(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "cumprod_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 0)); }},
    {"Dims", "cumprod_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::cumprod(x[0], -1)); }},
    {"Dims", "cumprod_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "cumprod_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::cumprod(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "cumprod_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cumprod_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "all_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::all(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "all_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::all(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "all_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::all(x[0], 1)); }},
    {"Dims", "all_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::all(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "all_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::all(x[0], 0)); }},
    {"Dims", "all_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::all(x[0], -1)); }},
    {"Dims", "all_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::all(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "all_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::all(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "all_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::all(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "all_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::all(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "any_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::any(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "any_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::any(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "any_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::any(x[0], 1)); }},
    {"Dims", "any_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::any(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "any_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::any(x[0], 0)); }},
    {"Dims", "any_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::any(x[0], -1)); }},
    {"Dims", "any_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::any(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "any_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::any(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "any_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::any(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "any_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::any(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "softmax_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "softmax_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "softmax_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 1)); }},
    {"Dims", "softmax_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(nnf::softmax(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "softmax_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 0)); }},
    {"Dims", "softmax_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -1)); }},
    {"Dims", "softmax_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "softmax_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(nnf::softmax(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "softmax_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "softmax_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "log_softmax_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "log_softmax_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "log_softmax_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 1)); }},
    {"Dims", "log_softmax_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "log_softmax_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 0)); }},
    {"Dims", "log_softmax_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], -1)); }},
    {"Dims", "log_softmax_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "log_softmax_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "log_softmax_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "log_softmax_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "squeeze_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "squeeze_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "squeeze_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 1)); }},
    {"Dims", "squeeze_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::squeeze(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "squeeze_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 0)); }},
    {"Dims", "squeeze_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0], -1)); }},
    {"Dims", "squeeze_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "squeeze_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::squeeze(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "squeeze_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "squeeze_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::squeeze(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unsqueeze_f_dim2", 'O', {"f"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 2)); }},
    {"Dims", "unsqueeze_f_dimm3", 'O', {"f"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], -3)); }},
    {"Dims", "unsqueeze_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 1)); }},
    {"Dims", "unsqueeze_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -9223372036854775808)
    {"Dims", "unsqueeze_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 0)); }},
    {"Dims", "unsqueeze_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], -1)); }},
    {"Dims", "unsqueeze_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unsqueeze_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "unsqueeze_e_dim2", 'O', {"e"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 2)); }},
    {"Dims", "unsqueeze_f3_dim1", 'O', {"f3"}, false, [](TL& x) { (void)(ct::unsqueeze(x[0], 1)); }},
    {"Dims", "select_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::select(x[0], 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "select_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::select(x[0], -3, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "select_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::select(x[0], 1, 0)); }},
    {"Dims", "select_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::select(x[0], INT64_MIN, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "select_s_dim0", 'I', {"s"}, false, [](TL& x) { (void)(ct::select(x[0], 0, 0)); }},  // IndexError: select() cannot be applied to a 0-dim tensor.
    {"Dims", "select_s_dimm1", 'I', {"s"}, false, [](TL& x) { (void)(ct::select(x[0], -1, 0)); }},  // IndexError: select() cannot be applied to a 0-dim tensor.
    {"Dims", "select_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::select(x[0], 1, 0)); }},  // IndexError: select() cannot be applied to a 0-dim tensor.
    {"Dims", "select_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::select(x[0], -2, 0)); }},  // IndexError: select() cannot be applied to a 0-dim tensor.
    {"Dims", "select_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::select(x[0], 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "select_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::select(x[0], 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "narrow_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::narrow(x[0], 2, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "narrow_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::narrow(x[0], -3, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "narrow_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::narrow(x[0], 1, 0, 1)); }},
    {"Dims", "narrow_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::narrow(x[0], INT64_MIN, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "narrow_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::narrow(x[0], 0, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Dims", "narrow_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::narrow(x[0], -1, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Dims", "narrow_s_dim1", 'R', {"s"}, false, [](TL& x) { (void)(ct::narrow(x[0], 1, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Dims", "narrow_s_dimm2", 'R', {"s"}, false, [](TL& x) { (void)(ct::narrow(x[0], -2, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Dims", "narrow_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::narrow(x[0], 2, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "narrow_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::narrow(x[0], 1, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "transpose_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::transpose(x[0], 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "transpose_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::transpose(x[0], -3, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "transpose_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::transpose(x[0], 1, 0)); }},
    {"Dims", "transpose_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::transpose(x[0], INT64_MIN, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "transpose_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::transpose(x[0], 0, 0)); }},
    {"Dims", "transpose_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::transpose(x[0], -1, 0)); }},
    {"Dims", "transpose_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::transpose(x[0], 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "transpose_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::transpose(x[0], -2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "transpose_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::transpose(x[0], 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "transpose_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::transpose(x[0], 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flip_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flip_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "flip_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {1})); }},
    {"Dims", "flip_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::flip(x[0], {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "flip_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {0})); }},
    {"Dims", "flip_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {-1})); }},
    {"Dims", "flip_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flip_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::flip(x[0], {-2})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "flip_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::flip(x[0], {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flip_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::flip(x[0], {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "roll_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "roll_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {-3})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "roll_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {1})); }},
    {"Dims", "roll_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {INT64_MIN})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "roll_s_dim0", 'D', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "roll_s_dimm1", 'D', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {-1})); }},  // IndexError: Dimension specified as -1 but tensor has no dimensions
    {"Dims", "roll_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {1})); }},  // IndexError: Dimension specified as 1 but tensor has no dimensions
    {"Dims", "roll_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {-2})); }},  // IndexError: Dimension specified as -2 but tensor has no dimensions
    {"Dims", "roll_e_dim2", 'O', {"e"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {2})); }},
    {"Dims", "roll_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unbind_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::unbind(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "unbind_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::unbind(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "unbind_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::unbind(x[0], 1)); }},
    {"Dims", "unbind_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::unbind(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "unbind_s_dim0", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0], 0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "unbind_s_dimm1", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0], -1)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "unbind_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unbind_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "unbind_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::unbind(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "unbind_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::unbind(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "chunk_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "chunk_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "chunk_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 1)); }},
    {"Dims", "chunk_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "chunk_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 0)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Dims", "chunk_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, -1)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Dims", "chunk_s_dim1", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 1)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Dims", "chunk_s_dimm2", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, -2)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Dims", "chunk_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "chunk_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::chunk(x[0], 2, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "split_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "split_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 1, -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "split_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 1)); }},
    {"Dims", "split_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 1, INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "split_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 0)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Dims", "split_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1, -1)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Dims", "split_s_dim1", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 1)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Dims", "split_s_dimm2", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1, -2)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Dims", "split_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "split_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::split(x[0], 1, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flatten_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flatten_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "flatten_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 1)); }},
    {"Dims", "flatten_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "flatten_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0)); }},
    {"Dims", "flatten_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], -1)); }},
    {"Dims", "flatten_s_dim1", 'D', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flatten_s_dimm2", 'D', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "flatten_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::flatten(x[0], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flatten_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::flatten(x[0], 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flatten_end_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flatten_end_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "flatten_end_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 1)); }},
    {"Dims", "flatten_end_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "flatten_end_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 0)); }},
    {"Dims", "flatten_end_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, -1)); }},
    {"Dims", "flatten_end_s_dim1", 'D', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "flatten_end_s_dimm2", 'D', {"s"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "flatten_end_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "flatten_end_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::flatten(x[0], 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unflatten_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 2, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "unflatten_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::unflatten(x[0], -3, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "unflatten_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 1, {1, -1})); }},
    {"Dims", "unflatten_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::unflatten(x[0], INT64_MIN, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "unflatten_s_dim0", 'D', {"s"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 0, {1, -1})); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "unflatten_s_dimm1", 'D', {"s"}, false, [](TL& x) { (void)(ct::unflatten(x[0], -1, {1, -1})); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "unflatten_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 1, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "unflatten_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::unflatten(x[0], -2, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "unflatten_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 2, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "unflatten_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::unflatten(x[0], 1, {1, -1})); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "diagonal_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "diagonal_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, -3, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "diagonal_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 1, 0)); }},
    {"Dims", "diagonal_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, INT64_MIN, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "diagonal_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 0, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical 0, 0
    {"Dims", "diagonal_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, -1, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical -1, 0
    {"Dims", "diagonal_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "diagonal_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, -2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "diagonal_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "diagonal_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::diagonal(x[0], 0, 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "diag_embed_f_dim2", 'O', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 2, 0)); }},
    {"Dims", "diag_embed_f_dimm3", 'R', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, -3, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical -3, 0
    {"Dims", "diag_embed_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 1, 0)); }},
    {"Dims", "diag_embed_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, INT64_MIN, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -9223372036854775808)
    {"Dims", "diag_embed_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 0, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical 0, 0
    {"Dims", "diag_embed_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, -1, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical -1, 0
    {"Dims", "diag_embed_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 1, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "diag_embed_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, -2, 0)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "diag_embed_e_dim2", 'O', {"e"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 2, 0)); }},
    {"Dims", "diag_embed_f3_dim1", 'O', {"f3"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 1, 0)); }},
    {"Dims", "index_select_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::index_select(x[0], 2, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "index_select_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::index_select(x[0], -3, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "index_select_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, ct::tensor({0}))); }},
    {"Dims", "index_select_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::index_select(x[0], INT64_MIN, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "index_select_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::index_select(x[0], 0, ct::tensor({0}))); }},
    {"Dims", "index_select_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::index_select(x[0], -1, ct::tensor({0}))); }},
    {"Dims", "index_select_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "index_select_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::index_select(x[0], -2, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "index_select_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::index_select(x[0], 2, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "index_select_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, ct::tensor({0}))); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "cat_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cat_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, -3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "cat_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 1)); }},
    {"Dims", "cat_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "cat_s_dim0", 'R', {"s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 0)); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Dims", "cat_s_dimm1", 'R', {"s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, -1)); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Dims", "cat_s_dim1", 'R', {"s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 1)); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Dims", "cat_s_dimm2", 'R', {"s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, -2)); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Dims", "cat_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "cat_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(ct::cat({x[0], x[0]}, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "stack_f_dim2", 'O', {"f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 2)); }},
    {"Dims", "stack_f_dimm3", 'O', {"f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, -3)); }},
    {"Dims", "stack_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 1)); }},
    {"Dims", "stack_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -9223372036854775808)
    {"Dims", "stack_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 0)); }},
    {"Dims", "stack_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, -1)); }},
    {"Dims", "stack_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "stack_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, -2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "stack_e_dim2", 'O', {"e"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 2)); }},
    {"Dims", "stack_f3_dim1", 'O', {"f3"}, false, [](TL& x) { (void)(ct::stack({x[0], x[0]}, 1)); }},
    {"Dims", "size_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].size(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "size_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].size(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "size_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].size(1)); }},
    {"Dims", "size_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].size(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "size_s_dim0", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "size_s_dimm1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(-1)); }},  // IndexError: Dimension specified as -1 but tensor has no dimensions
    {"Dims", "size_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(1)); }},  // IndexError: Dimension specified as 1 but tensor has no dimensions
    {"Dims", "size_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].size(-2)); }},  // IndexError: Dimension specified as -2 but tensor has no dimensions
    {"Dims", "size_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].size(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "size_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].size(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "stride_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].stride(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "stride_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].stride(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "stride_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].stride(1)); }},
    {"Dims", "stride_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].stride(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "stride_s_dim0", 'I', {"s"}, false, [](TL& x) { (void)(x[0].stride(0)); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Dims", "stride_s_dimm1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].stride(-1)); }},  // IndexError: Dimension specified as -1 but tensor has no dimensions
    {"Dims", "stride_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].stride(1)); }},  // IndexError: Dimension specified as 1 but tensor has no dimensions
    {"Dims", "stride_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].stride(-2)); }},  // IndexError: Dimension specified as -2 but tensor has no dimensions
    {"Dims", "stride_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].stride(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "stride_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].stride(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "slice_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].slice(2, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "slice_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].slice(-3, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "slice_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].slice(1, 0, 1)); }},
    {"Dims", "slice_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].slice(INT64_MIN, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "slice_s_dim0", 'I', {"s"}, false, [](TL& x) { (void)(x[0].slice(0, 0, 1)); }},  // IndexError: slice() cannot be applied to a 0-dim tensor.
    {"Dims", "slice_s_dimm1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].slice(-1, 0, 1)); }},  // IndexError: slice() cannot be applied to a 0-dim tensor.
    {"Dims", "slice_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].slice(1, 0, 1)); }},  // IndexError: slice() cannot be applied to a 0-dim tensor.
    {"Dims", "slice_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].slice(-2, 0, 1)); }},  // IndexError: slice() cannot be applied to a 0-dim tensor.
    {"Dims", "slice_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].slice(2, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "slice_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].slice(1, 0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_sum_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].sum(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_sum_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].sum(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_sum_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].sum(1)); }},
    {"Dims", "m_sum_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].sum(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_sum_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sum(0)); }},
    {"Dims", "m_sum_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].sum(-1)); }},
    {"Dims", "m_sum_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].sum(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_sum_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].sum(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_sum_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].sum(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_sum_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].sum(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_mean_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].mean(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_mean_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].mean(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_mean_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].mean(1)); }},
    {"Dims", "m_mean_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].mean(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_mean_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].mean(0)); }},
    {"Dims", "m_mean_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].mean(-1)); }},
    {"Dims", "m_mean_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].mean(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_mean_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].mean(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_mean_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].mean(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_mean_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].mean(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_prod_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].prod(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_prod_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].prod(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_prod_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].prod(1)); }},
    {"Dims", "m_prod_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].prod(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_prod_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].prod(0)); }},
    {"Dims", "m_prod_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].prod(-1)); }},
    {"Dims", "m_prod_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].prod(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_prod_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].prod(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_prod_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].prod(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_prod_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].prod(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_max_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].max(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_max_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].max(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_max_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].max(1)); }},
    {"Dims", "m_max_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].max(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_max_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].max(0)); }},
    {"Dims", "m_max_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].max(-1)); }},
    {"Dims", "m_max_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].max(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_max_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].max(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_max_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].max(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_max_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].max(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_argmin_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].argmin(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_argmin_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].argmin(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_argmin_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].argmin(1)); }},
    {"Dims", "m_argmin_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].argmin(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_argmin_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].argmin(0)); }},
    {"Dims", "m_argmin_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].argmin(-1)); }},
    {"Dims", "m_argmin_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].argmin(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_argmin_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].argmin(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_argmin_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].argmin(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_argmin_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].argmin(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_cumsum_f_dim2", 'I', {"f"}, false, [](TL& x) { (void)(x[0].cumsum(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_cumsum_f_dimm3", 'I', {"f"}, false, [](TL& x) { (void)(x[0].cumsum(-3)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Dims", "m_cumsum_f_dim1", 'O', {"f"}, false, [](TL& x) { (void)(x[0].cumsum(1)); }},
    {"Dims", "m_cumsum_f_dimmin", 'I', {"f"}, false, [](TL& x) { (void)(x[0].cumsum(INT64_MIN)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -9223372036854775808)
    {"Dims", "m_cumsum_s_dim0", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cumsum(0)); }},
    {"Dims", "m_cumsum_s_dimm1", 'O', {"s"}, false, [](TL& x) { (void)(x[0].cumsum(-1)); }},
    {"Dims", "m_cumsum_s_dim1", 'I', {"s"}, false, [](TL& x) { (void)(x[0].cumsum(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Dims", "m_cumsum_s_dimm2", 'I', {"s"}, false, [](TL& x) { (void)(x[0].cumsum(-2)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
    {"Dims", "m_cumsum_e_dim2", 'I', {"e"}, false, [](TL& x) { (void)(x[0].cumsum(2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Dims", "m_cumsum_f3_dim1", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].cumsum(1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Binary", "add_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "add_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "add_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "add_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "add_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "add_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},
    {"Binary", "add_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::add(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "sub_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "sub_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "sub_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "sub_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "sub_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "sub_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "sub_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "sub_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "sub_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},
    {"Binary", "sub_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "mul_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "mul_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "mul_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "mul_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "mul_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "mul_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},
    {"Binary", "mul_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::mul(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "div_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "div_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "div_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "div_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "div_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "div_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},
    {"Binary", "div_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::div(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_add_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_add_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_add_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_add_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_add_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_add_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] + x[1]); }},
    {"Binary", "op_add_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] + x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_sub_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_sub_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_sub_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_sub_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_sub_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_sub_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "op_sub_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "op_sub_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "op_sub_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] - x[1]); }},
    {"Binary", "op_sub_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] - x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_mul_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_mul_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_mul_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_mul_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_mul_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_mul_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] * x[1]); }},
    {"Binary", "op_mul_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] * x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_div_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_div_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_div_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_div_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_div_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_div_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] / x[1]); }},
    {"Binary", "op_div_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] / x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_add_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "m_add_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "m_add_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_add_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_add_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_add_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},
    {"Binary", "m_add_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].add(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_sub_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "m_sub_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "m_sub_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_sub_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_sub_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_sub_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "m_sub_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "m_sub_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "m_sub_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},
    {"Binary", "m_sub_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].sub(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_mul_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "m_mul_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "m_mul_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_mul_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_mul_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_mul_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},
    {"Binary", "m_mul_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].mul(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_div_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "m_div_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "m_div_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_div_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_div_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_div_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},
    {"Binary", "m_div_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].div(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_pow_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "m_pow_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "m_pow_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "m_pow_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_pow_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_pow_b_b", 'D', {"b", "b"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // RuntimeError: "pow" not implemented for 'Bool'
    {"Binary", "m_pow_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},
    {"Binary", "m_pow_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].pow(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "atan2_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "atan2_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "atan2_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "atan2_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "atan2_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "atan2_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},
    {"Binary", "atan2_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::atan2(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "maximum_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "maximum_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "maximum_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "maximum_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "maximum_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "maximum_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},
    {"Binary", "maximum_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::maximum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "minimum_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "minimum_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "minimum_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "minimum_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "minimum_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "minimum_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},
    {"Binary", "minimum_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::minimum(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "fmod_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "fmod_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "fmod_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "fmod_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "fmod_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "fmod_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: "fmod_cpu" not implemented for 'Bool'
    {"Binary", "fmod_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: ZeroDivisionError
    {"Binary", "fmod_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: ZeroDivisionError
    {"Binary", "fmod_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},
    {"Binary", "fmod_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::fmod(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "remainder_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "remainder_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "remainder_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "remainder_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "remainder_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "remainder_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: "remainder_cpu" not implemented for 'Bool'
    {"Binary", "remainder_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: ZeroDivisionError
    {"Binary", "remainder_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: ZeroDivisionError
    {"Binary", "remainder_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},
    {"Binary", "remainder_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::remainder(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "hypot_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "hypot_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "hypot_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "hypot_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "hypot_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "hypot_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: "hypot_cpu" not implemented for 'Bool'
    {"Binary", "hypot_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: "hypot_cpu" not implemented for 'Long'
    {"Binary", "hypot_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: "hypot_cpu" not implemented for 'Long'
    {"Binary", "hypot_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},
    {"Binary", "hypot_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::hypot(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "pow_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "pow_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "pow_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "pow_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "pow_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "pow_b_b", 'D', {"b", "b"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // RuntimeError: "pow" not implemented for 'Bool'
    {"Binary", "pow_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},
    {"Binary", "pow_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::pow(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lerp_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "lerp_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "lerp_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lerp_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // undefined argument (Python: None)
    {"Binary", "lerp_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // undefined argument (Python: None)
    {"Binary", "lerp_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: "lerp_kernel_scalar" not implemented for 'Bool'
    {"Binary", "lerp_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: "lerp_kernel_scalar" not implemented for 'Long'
    {"Binary", "lerp_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: expected dtype float for `end` but got dtype long int
    {"Binary", "lerp_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: expected dtype long int for `end` but got dtype float
    {"Binary", "lerp_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},
    {"Binary", "lerp_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},
    {"Binary", "lerp_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: expected dtype double for `end` but got dtype float
    {"Binary", "lerp_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},
    {"Binary", "lerp_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: expected dtype long int for `end` but got dtype bool
    {"Binary", "lerp_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: expected dtype float for `end` but got dtype bool
    {"Binary", "lerp_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},
    {"Binary", "lerp_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], 0.5)); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lerp_t_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "lerp_t_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "lerp_t_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lerp_t_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "lerp_t_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "lerp_t_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: "lerp_kernel_tensor" not implemented for 'Bool'
    {"Binary", "lerp_t_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: "lerp_kernel_tensor" not implemented for 'Long'
    {"Binary", "lerp_t_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: expected dtype float for `end` but got dtype long int
    {"Binary", "lerp_t_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: expected dtype long int for `end` but got dtype float
    {"Binary", "lerp_t_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},
    {"Binary", "lerp_t_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},
    {"Binary", "lerp_t_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: expected dtype double for `end` but got dtype float
    {"Binary", "lerp_t_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},
    {"Binary", "lerp_t_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: expected dtype long int for `end` but got dtype bool
    {"Binary", "lerp_t_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: expected dtype float for `end` but got dtype bool
    {"Binary", "lerp_t_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},
    {"Binary", "lerp_t_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::lerp(x[0], x[1], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "clamp_t_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "clamp_t_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "clamp_t_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "clamp_t_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // undefined argument (Python: None)
    {"Binary", "clamp_t_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // undefined argument (Python: None)
    {"Binary", "clamp_t_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},
    {"Binary", "clamp_t_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::clamp(x[0], std::optional<ct::Tensor>(x[1]), std::optional<ct::Tensor>())); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "eq_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "eq_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "eq_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "eq_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "eq_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "eq_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},
    {"Binary", "eq_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::eq(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "ne_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "ne_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "ne_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "ne_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "ne_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "ne_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},
    {"Binary", "ne_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::ne(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lt_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "lt_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "lt_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "lt_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "lt_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "lt_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},
    {"Binary", "lt_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::lt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "le_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "le_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "le_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "le_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "le_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "le_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},
    {"Binary", "le_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::le(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "gt_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "gt_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "gt_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "gt_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "gt_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "gt_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},
    {"Binary", "gt_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::gt(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "ge_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "ge_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "ge_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "ge_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "ge_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "ge_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},
    {"Binary", "ge_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::ge(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_eq_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_eq_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_eq_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_eq_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_eq_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_eq_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] == x[1]); }},
    {"Binary", "op_eq_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] == x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_lt_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_lt_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_lt_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_lt_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_lt_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_lt_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] < x[1]); }},
    {"Binary", "op_lt_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] < x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_ge_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_ge_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_ge_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_ge_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_ge_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_ge_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},
    {"Binary", "op_ge_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] >= x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_and_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "logical_and_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "logical_and_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_and_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_and_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_and_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},
    {"Binary", "logical_and_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::logical_and(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_or_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "logical_or_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "logical_or_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_or_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_or_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_or_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},
    {"Binary", "logical_or_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::logical_or(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_xor_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "logical_xor_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "logical_xor_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "logical_xor_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_xor_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "logical_xor_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},
    {"Binary", "logical_xor_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::logical_xor(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_and_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_and_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_and_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_and_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_and_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_and_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] & x[1]); }},
    {"Binary", "op_and_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] & x[1]); }},
    {"Binary", "op_and_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_nc_ex", 'R', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Double'
    {"Binary", "op_and_e_e", 'R', {"e", "e"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] & x[1]); }},
    {"Binary", "op_and_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: "bitwise_and_cpu" not implemented for 'Float'
    {"Binary", "op_and_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] & x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_or_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_or_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_or_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_or_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_or_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_or_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] | x[1]); }},
    {"Binary", "op_or_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] | x[1]); }},
    {"Binary", "op_or_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_nc_ex", 'R', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Double'
    {"Binary", "op_or_e_e", 'R', {"e", "e"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] | x[1]); }},
    {"Binary", "op_or_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: "bitwise_or_cpu" not implemented for 'Float'
    {"Binary", "op_or_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] | x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_xor_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "op_xor_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "op_xor_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "op_xor_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_xor_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // undefined argument (Python: None)
    {"Binary", "op_xor_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},
    {"Binary", "op_xor_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},
    {"Binary", "op_xor_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_nc_ex", 'R', {"nc", "ex"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Double'
    {"Binary", "op_xor_e_e", 'R', {"e", "e"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},
    {"Binary", "op_xor_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: "bitwise_xor_cpu" not implemented for 'Float'
    {"Binary", "op_xor_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0] ^ x[1]); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "where_b_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "where_b_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "where_b_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "where_b_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "where_b_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "where_b_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_e_e", 'R', {"e", "e"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "where_b_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},
    {"Binary", "where_b_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::where(ct::ones({2, 3}, ct::kBool), x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "m_matmul_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)
    {"Binary", "m_matmul_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 0x3)
    {"Binary", "m_matmul_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: size mismatch, got 2, 2x3,2
    {"Binary", "m_matmul_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_matmul_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "m_matmul_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_f_i", 'R', {"f", "i"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 2D
    {"Binary", "m_matmul_nc_ex", 'R', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_d_f", 'R', {"d", "f"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_e_e", 'R', {"e", "e"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (0x3 and 0x3)
    {"Binary", "m_matmul_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Binary", "m_matmul_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},
    {"Binary", "m_matmul_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].matmul(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (6x3 and 2x3)
    {"Binary", "allclose_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "allclose_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "allclose_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "allclose_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "allclose_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "allclose_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_f_i", 'D', {"f", "i"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: Float did not match Long
    {"Binary", "allclose_i_f", 'D', {"i", "f"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: Long did not match Float
    {"Binary", "allclose_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_d_f", 'D', {"d", "f"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: Double did not match Float
    {"Binary", "allclose_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_i_b", 'D', {"i", "b"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: Long did not match Bool
    {"Binary", "allclose_f_b", 'D', {"f", "b"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: Float did not match Bool
    {"Binary", "allclose_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},
    {"Binary", "allclose_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::allclose(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "equal_f_f45", 'O', {"f", "f45"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_e", 'O', {"f", "e"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_f2", 'O', {"f", "f2"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "equal_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "equal_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "equal_f233_f", 'O', {"f233", "f"}, false, [](TL& x) { (void)(ct::equal(x[0], x[1])); }},
    {"Binary", "result_type_f_f45", 'O', {"f", "f45"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_e", 'O', {"f", "e"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_f2", 'O', {"f", "f2"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "result_type_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "result_type_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "result_type_f233_f", 'O', {"f233", "f"}, false, [](TL& x) { (void)(ct::result_type(x[0], x[1])); }},
    {"Binary", "broadcast_shapes_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // RuntimeError: Shape mismatch: objects cannot be broadcast to a single shape
    {"Binary", "broadcast_shapes_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // RuntimeError: Shape mismatch: objects cannot be broadcast to a single shape
    {"Binary", "broadcast_shapes_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // RuntimeError: Shape mismatch: objects cannot be broadcast to a single shape
    {"Binary", "broadcast_shapes_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // undefined argument (Python: None)
    {"Binary", "broadcast_shapes_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // undefined argument (Python: None)
    {"Binary", "broadcast_shapes_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},
    {"Binary", "broadcast_shapes_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::broadcast_shapes(x[0].shape(), x[1].shape())); }},  // RuntimeError: Shape mismatch: objects cannot be broadcast to a single shape
    {"Binary", "expand_as_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // RuntimeError: The expanded size of the tensor (5) must match the existing size (3) at non-singleton dimension 
    {"Binary", "expand_as_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // RuntimeError: The expanded size of the tensor (0) must match the existing size (2) at non-singleton dimension 
    {"Binary", "expand_as_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // RuntimeError: expand(torch.FloatTensor{[2, 3]}, size=[2]): the number of sizes provided (1) must be greater or
    {"Binary", "expand_as_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "expand_as_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "expand_as_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},
    {"Binary", "expand_as_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // RuntimeError: expand(torch.FloatTensor{[2, 3]}, size=[3]): the number of sizes provided (1) must be greater or
    {"Binary", "expand_as_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].expand_as(x[1])); }},  // RuntimeError: expand(torch.FloatTensor{[2, 3, 3]}, size=[2, 3]): the number of sizes provided (2) must be grea
    {"Binary", "view_as_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[4, 5]' is invalid for input of size 6
    {"Binary", "view_as_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[0, 3]' is invalid for input of size 6
    {"Binary", "view_as_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[2]' is invalid for input of size 6
    {"Binary", "view_as_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "view_as_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "view_as_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[2, 3]' is invalid for input of size 1
    {"Binary", "view_as_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},
    {"Binary", "view_as_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[3]' is invalid for input of size 6
    {"Binary", "view_as_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].view_as(x[1])); }},  // RuntimeError: shape '[2, 3]' is invalid for input of size 18
    {"Binary", "reshape_as_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[4, 5]' is invalid for input of size 6
    {"Binary", "reshape_as_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[0, 3]' is invalid for input of size 6
    {"Binary", "reshape_as_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[2]' is invalid for input of size 6
    {"Binary", "reshape_as_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "reshape_as_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // undefined argument (Python: None)
    {"Binary", "reshape_as_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[2, 3]' is invalid for input of size 1
    {"Binary", "reshape_as_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},
    {"Binary", "reshape_as_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[3]' is invalid for input of size 6
    {"Binary", "reshape_as_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(x[0].reshape_as(x[1])); }},  // RuntimeError: shape '[2, 3]' is invalid for input of size 18
    {"Binary", "cat2_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Sizes of tensors must match except in dimension 0. Expected size 3 but got size 5 for tensor num
    {"Binary", "cat2_f_e", 'O', {"f", "e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    {"Binary", "cat2_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Binary", "cat2_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Binary", "cat2_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Binary", "cat2_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Binary", "cat2_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    {"Binary", "cat2_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Tensors must have same number of dimensions: got 3 and 2
    {"Binary", "cat2_d1_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 4 for tensor num
    {"Binary", "cat2_d1_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 0 for tensor num
    {"Binary", "cat2_d1_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    {"Binary", "cat2_d1_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // undefined argument (Python: None)
    {"Binary", "cat2_d1_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // undefined argument (Python: None)
    {"Binary", "cat2_d1_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Binary", "cat2_d1_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},
    {"Binary", "cat2_d1_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    {"Binary", "cat2_d1_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 1)); }},  // RuntimeError: Tensors must have same number of dimensions: got 3 and 2
    {"Binary", "stack2_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [4, 5] at entry 1
    {"Binary", "stack2_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [0, 3] at entry 1
    {"Binary", "stack2_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [2] at entry 1
    {"Binary", "stack2_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Binary", "stack2_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Binary", "stack2_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [] at entry 0 and [2, 3] at entry 1
    {"Binary", "stack2_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},
    {"Binary", "stack2_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [3] at entry 1
    {"Binary", "stack2_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3, 3] at entry 0 and [2, 3] at entry 1
    {"Binary", "mse_loss_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "mse_loss_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "mse_loss_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "mse_loss_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "mse_loss_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "mse_loss_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: "mse_cpu" not implemented for 'Bool'
    {"Binary", "mse_loss_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: "mse_cpu" not implemented for 'Long'
    {"Binary", "mse_loss_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: "mse_cpu" not implemented for 'Long'
    {"Binary", "mse_loss_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Binary", "mse_loss_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "l1_loss_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "l1_loss_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "l1_loss_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "l1_loss_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "l1_loss_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "l1_loss_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "l1_loss_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Binary", "l1_loss_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "l1_loss_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Binary", "l1_loss_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Binary", "l1_loss_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "smooth_l1_loss_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Binary", "smooth_l1_loss_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Binary", "smooth_l1_loss_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "smooth_l1_loss_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "smooth_l1_loss_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "smooth_l1_loss_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: "smooth_l1_cpu" not implemented for 'Bool'
    {"Binary", "smooth_l1_loss_i_iz", 'D', {"i", "iz"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: "smooth_l1_cpu" not implemented for 'Long'
    {"Binary", "smooth_l1_loss_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: "smooth_l1_cpu" not implemented for 'Long'
    {"Binary", "smooth_l1_loss_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Binary", "smooth_l1_loss_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Binary", "bce_f_f45", 'V', {"f", "f45"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([4, 5])) that is different to the input size (torch.Size([2, 3])) 
    {"Binary", "bce_f_e", 'V', {"f", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([0, 3])) that is different to the input size (torch.Size([2, 3])) 
    {"Binary", "bce_f_f2", 'V', {"f", "f2"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([2])) that is different to the input size (torch.Size([2, 3])) is 
    {"Binary", "bce_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "bce_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "bce_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: "binary_cross_entropy" not implemented for 'Bool'
    {"Binary", "bce_i_iz", 'R', {"i", "iz"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: "binary_cross_entropy" not implemented for 'Long'
    {"Binary", "bce_f_i", 'D', {"f", "i"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Long but expected Float
    {"Binary", "bce_i_f", 'R', {"i", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Float but expected Long
    {"Binary", "bce_s_f", 'V', {"s", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([2, 3])) that is different to the input size (torch.Size([])) is d
    {"Binary", "bce_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},
    {"Binary", "bce_d_f", 'D', {"d", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Float but expected Double
    {"Binary", "bce_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},
    {"Binary", "bce_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Bool but expected Long
    {"Binary", "bce_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Bool but expected Float
    {"Binary", "bce_f_f3", 'V', {"f", "f3"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([2, 3])) is 
    {"Binary", "bce_f233_f", 'V', {"f233", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([2, 3])) that is different to the input size (torch.Size([2, 3, 3]
    {"Binary", "bce_logits_f_f45", 'V', {"f", "f45"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([4, 5])) must be the same as input size (torch.Size([2, 3]))
    {"Binary", "bce_logits_f_e", 'V', {"f", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([0, 3])) must be the same as input size (torch.Size([2, 3]))
    {"Binary", "bce_logits_f_f2", 'V', {"f", "f2"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([2])) must be the same as input size (torch.Size([2, 3]))
    {"Binary", "bce_logits_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "bce_logits_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Binary", "bce_logits_b_b", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Binary", "bce_logits_i_iz", 'D', {"i", "iz"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Binary", "bce_logits_f_i", 'D', {"f", "i"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Binary", "bce_logits_i_f", 'D', {"i", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Binary", "bce_logits_s_f", 'V', {"s", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([2, 3])) must be the same as input size (torch.Size([]))
    {"Binary", "bce_logits_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Binary", "bce_logits_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Binary", "bce_logits_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Binary", "bce_logits_i_b", 'R', {"i", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "bce_logits_f_b", 'R', {"f", "b"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Binary", "bce_logits_f_f3", 'V', {"f", "f3"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([3])) must be the same as input size (torch.Size([2, 3]))
    {"Binary", "bce_logits_f233_f", 'V', {"f233", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([2, 3])) must be the same as input size (torch.Size([2, 3, 3]))
    {"Binary", "masked_fill_t_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // RuntimeError: The size of tensor a (5) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "masked_fill_t_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // RuntimeError: The size of tensor a (0) must match the size of tensor b (2) at non-singleton dimension 0
    {"Binary", "masked_fill_t_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "masked_fill_t_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // undefined argument (Python: None)
    {"Binary", "masked_fill_t_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // undefined argument (Python: None)
    {"Binary", "masked_fill_t_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},
    {"Binary", "masked_fill_t_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1] > 0.3, ct::tensor(1.0))); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "masked_select_f_f45", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // RuntimeError: The size of tensor a (5) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "masked_select_f_e", 'R', {"f", "e"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // RuntimeError: The size of tensor a (0) must match the size of tensor b (2) at non-singleton dimension 0
    {"Binary", "masked_select_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Binary", "masked_select_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // undefined argument (Python: None)
    {"Binary", "masked_select_u_f", 'A', {"u", "f"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // undefined argument (Python: None)
    {"Binary", "masked_select_b_b", 'O', {"b", "b"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_i_iz", 'O', {"i", "iz"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_f_i", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_i_f", 'O', {"i", "f"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_s_f", 'O', {"s", "f"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_nc_ex", 'O', {"nc", "ex"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_d_f", 'O', {"d", "f"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_e_e", 'O', {"e", "e"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_i_b", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_f_b", 'O', {"f", "b"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},
    {"Binary", "masked_select_f233_f", 'R', {"f233", "f"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1] > 0.3)); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Scalar", "add2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},
    {"Scalar", "add2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},
    {"Scalar", "add2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},
    {"Scalar", "add2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},
    {"Scalar", "add2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},
    {"Scalar", "add2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::add(x[0], 2)); }},  // undefined argument (Python: None)
    {"Scalar", "add_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},
    {"Scalar", "add_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},
    {"Scalar", "add_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},
    {"Scalar", "add_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},
    {"Scalar", "add_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},
    {"Scalar", "add_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::add(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "add_true_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},
    {"Scalar", "add_true_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},
    {"Scalar", "add_true_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},
    {"Scalar", "add_true_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},
    {"Scalar", "add_true_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},
    {"Scalar", "add_true_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::add(x[0], true)); }},  // undefined argument (Python: None)
    {"Scalar", "add_alpha_float_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},
    {"Scalar", "add_alpha_float_i", 'D', {"i"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},  // RuntimeError: For integral input tensors, argument alpha must not be a floating point number.
    {"Scalar", "add_alpha_float_b", 'D', {"b"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},  // RuntimeError: For integral input tensors, argument alpha must not be a floating point number.
    {"Scalar", "add_alpha_float_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},
    {"Scalar", "add_alpha_float_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},
    {"Scalar", "add_alpha_float_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], 2.5)); }},  // undefined argument (Python: None)
    {"Scalar", "add_alpha_bool_f", 'D', {"f"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},  // RuntimeError: Boolean alpha only supported for Boolean results.
    {"Scalar", "add_alpha_bool_i", 'D', {"i"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},  // RuntimeError: Boolean alpha only supported for Boolean results.
    {"Scalar", "add_alpha_bool_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},
    {"Scalar", "add_alpha_bool_s", 'D', {"s"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},  // RuntimeError: Boolean alpha only supported for Boolean results.
    {"Scalar", "add_alpha_bool_e", 'D', {"e"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},  // RuntimeError: Boolean alpha only supported for Boolean results.
    {"Scalar", "add_alpha_bool_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::add(x[0], x[0], true)); }},  // undefined argument (Python: None)
    {"Scalar", "sub_alpha_int_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},
    {"Scalar", "sub_alpha_int_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},
    {"Scalar", "sub_alpha_int_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Scalar", "sub_alpha_int_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},
    {"Scalar", "sub_alpha_int_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},
    {"Scalar", "sub_alpha_int_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sub(x[0], x[0], 2)); }},  // undefined argument (Python: None)
    {"Scalar", "sub2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},
    {"Scalar", "sub2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},
    {"Scalar", "sub2_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "sub2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},
    {"Scalar", "sub2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},
    {"Scalar", "sub2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sub(x[0], 2)); }},  // undefined argument (Python: None)
    {"Scalar", "sub_true_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "sub_true_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "sub_true_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Scalar", "sub_true_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "sub_true_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "sub_true_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::sub(x[0], true)); }},  // undefined argument (Python: None)
    {"Scalar", "rsub2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},
    {"Scalar", "rsub2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},
    {"Scalar", "rsub2_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "rsub2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},
    {"Scalar", "rsub2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},
    {"Scalar", "rsub2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::rsub(x[0], 2)); }},  // undefined argument (Python: None)
    {"Scalar", "op_rsub_f", 'O', {"f"}, false, [](TL& x) { (void)(2 - x[0]); }},
    {"Scalar", "op_rsub_i", 'O', {"i"}, false, [](TL& x) { (void)(2 - x[0]); }},
    {"Scalar", "op_rsub_b", 'R', {"b"}, false, [](TL& x) { (void)(2 - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_rsub_s", 'O', {"s"}, false, [](TL& x) { (void)(2 - x[0]); }},
    {"Scalar", "op_rsub_e", 'O', {"e"}, false, [](TL& x) { (void)(2 - x[0]); }},
    {"Scalar", "op_rsub_u", 'A', {"u"}, false, [](TL& x) { (void)(2 - x[0]); }},  // undefined argument (Python: None)
    {"Scalar", "op_rsub_true_f", 'R', {"f"}, false, [](TL& x) { (void)(true - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_rsub_true_i", 'R', {"i"}, false, [](TL& x) { (void)(true - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_rsub_true_b", 'R', {"b"}, false, [](TL& x) { (void)(true - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Scalar", "op_rsub_true_s", 'R', {"s"}, false, [](TL& x) { (void)(true - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_rsub_true_e", 'R', {"e"}, false, [](TL& x) { (void)(true - x[0]); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_rsub_true_u", 'A', {"u"}, false, [](TL& x) { (void)(true - x[0]); }},  // undefined argument (Python: None)
    {"Scalar", "op_sub_true_f", 'R', {"f"}, false, [](TL& x) { (void)(x[0] - true); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_sub_true_i", 'R', {"i"}, false, [](TL& x) { (void)(x[0] - true); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_sub_true_b", 'R', {"b"}, false, [](TL& x) { (void)(x[0] - true); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Scalar", "op_sub_true_s", 'R', {"s"}, false, [](TL& x) { (void)(x[0] - true); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_sub_true_e", 'R', {"e"}, false, [](TL& x) { (void)(x[0] - true); }},  // RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert 
    {"Scalar", "op_sub_true_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0] - true); }},  // undefined argument (Python: None)
    {"Scalar", "mul_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},
    {"Scalar", "mul_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},
    {"Scalar", "mul_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},
    {"Scalar", "mul_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},
    {"Scalar", "mul_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},
    {"Scalar", "mul_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::mul(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "div0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},
    {"Scalar", "div0_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},
    {"Scalar", "div0_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},
    {"Scalar", "div0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},
    {"Scalar", "div0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},
    {"Scalar", "div0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::div(x[0], 0)); }},  // undefined argument (Python: None)
    {"Scalar", "op_rdiv_f", 'O', {"f"}, false, [](TL& x) { (void)(2 / x[0]); }},
    {"Scalar", "op_rdiv_i", 'O', {"i"}, false, [](TL& x) { (void)(2 / x[0]); }},
    {"Scalar", "op_rdiv_b", 'O', {"b"}, false, [](TL& x) { (void)(2 / x[0]); }},
    {"Scalar", "op_rdiv_s", 'O', {"s"}, false, [](TL& x) { (void)(2 / x[0]); }},
    {"Scalar", "op_rdiv_e", 'O', {"e"}, false, [](TL& x) { (void)(2 / x[0]); }},
    {"Scalar", "op_rdiv_u", 'A', {"u"}, false, [](TL& x) { (void)(2 / x[0]); }},  // undefined argument (Python: None)
    {"Scalar", "fmod0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},
    {"Scalar", "fmod0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "fmod0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "fmod0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},
    {"Scalar", "fmod0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},
    {"Scalar", "fmod0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0)); }},  // undefined argument (Python: None)
    {"Scalar", "fmod0_t_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "fmod0_t_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "fmod0_t_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},  // RuntimeError: "fmod_cpu" not implemented for 'Bool'
    {"Scalar", "fmod0_t_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "fmod0_t_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "fmod0_t_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::fmod(x[0], ct::zeros_like(x[0]))); }},  // undefined argument (Python: None)
    {"Scalar", "remainder0_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},
    {"Scalar", "remainder0_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "remainder0_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "remainder0_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},
    {"Scalar", "remainder0_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},
    {"Scalar", "remainder0_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::remainder(x[0], 0)); }},  // undefined argument (Python: None)
    {"Scalar", "remainder0_t_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "remainder0_t_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},  // RuntimeError: ZeroDivisionError
    {"Scalar", "remainder0_t_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},  // RuntimeError: "remainder_cpu" not implemented for 'Bool'
    {"Scalar", "remainder0_t_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "remainder0_t_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},
    {"Scalar", "remainder0_t_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::remainder(x[0], ct::zeros_like(x[0]))); }},  // undefined argument (Python: None)
    {"Scalar", "fmod_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},
    {"Scalar", "fmod_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},
    {"Scalar", "fmod_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},
    {"Scalar", "fmod_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},
    {"Scalar", "fmod_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},
    {"Scalar", "fmod_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::fmod(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "pow_m1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},
    {"Scalar", "pow_m1_i", 'R', {"i"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},  // RuntimeError: Integers to negative integer powers are not allowed.
    {"Scalar", "pow_m1_b", 'D', {"b"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},  // RuntimeError: Integers to negative integer powers are not allowed.
    {"Scalar", "pow_m1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},
    {"Scalar", "pow_m1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},
    {"Scalar", "pow_m1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(x[0], -1)); }},  // undefined argument (Python: None)
    {"Scalar", "pow_m1_t_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},
    {"Scalar", "pow_m1_t_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},
    {"Scalar", "pow_m1_t_b", 'D', {"b"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},  // RuntimeError: "pow" not implemented for 'Bool'
    {"Scalar", "pow_m1_t_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},
    {"Scalar", "pow_m1_t_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},
    {"Scalar", "pow_m1_t_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(x[0], ct::full_like(x[0], -1))); }},  // undefined argument (Python: None)
    {"Scalar", "pow_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},
    {"Scalar", "pow_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},
    {"Scalar", "pow_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},
    {"Scalar", "pow_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},
    {"Scalar", "pow_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},
    {"Scalar", "pow_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "pow_true_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},
    {"Scalar", "pow_true_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},
    {"Scalar", "pow_true_b", 'D', {"b"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},  // RuntimeError: "pow" not implemented for 'Bool'
    {"Scalar", "pow_true_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},
    {"Scalar", "pow_true_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},
    {"Scalar", "pow_true_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(x[0], true)); }},  // undefined argument (Python: None)
    {"Scalar", "rpow2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},
    {"Scalar", "rpow2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},
    {"Scalar", "rpow2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},
    {"Scalar", "rpow2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},
    {"Scalar", "rpow2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},
    {"Scalar", "rpow2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(2, x[0])); }},  // undefined argument (Python: None)
    {"Scalar", "rpow2_neg_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},
    {"Scalar", "rpow2_neg_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},
    {"Scalar", "rpow2_neg_b", 'R', {"b"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Scalar", "rpow2_neg_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},
    {"Scalar", "rpow2_neg_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},
    {"Scalar", "rpow2_neg_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(2, -x[0])); }},  // undefined argument (Python: None)
    {"Scalar", "rpow_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},
    {"Scalar", "rpow_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},
    {"Scalar", "rpow_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},
    {"Scalar", "rpow_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},
    {"Scalar", "rpow_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},
    {"Scalar", "rpow_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::pow(0.5, x[0])); }},  // undefined argument (Python: None)
    {"Scalar", "eq1_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},
    {"Scalar", "eq1_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},
    {"Scalar", "eq1_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},
    {"Scalar", "eq1_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},
    {"Scalar", "eq1_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},
    {"Scalar", "eq1_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::eq(x[0], 1)); }},  // undefined argument (Python: None)
    {"Scalar", "lt_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},
    {"Scalar", "lt_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},
    {"Scalar", "lt_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},
    {"Scalar", "lt_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},
    {"Scalar", "lt_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},
    {"Scalar", "lt_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::lt(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "op_gt_true_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0] > true); }},
    {"Scalar", "op_gt_true_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0] > true); }},
    {"Scalar", "op_gt_true_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0] > true); }},
    {"Scalar", "op_gt_true_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0] > true); }},
    {"Scalar", "op_gt_true_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0] > true); }},
    {"Scalar", "op_gt_true_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0] > true); }},  // undefined argument (Python: None)
    {"Scalar", "where_s_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},
    {"Scalar", "where_s_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},
    {"Scalar", "where_s_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},
    {"Scalar", "where_s_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},
    {"Scalar", "where_s_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},
    {"Scalar", "where_s_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "where_s2_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},
    {"Scalar", "where_s2_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},
    {"Scalar", "where_s2_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},
    {"Scalar", "where_s2_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},
    {"Scalar", "where_s2_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},
    {"Scalar", "where_s2_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::where(x[0] > 0, 2, x[0])); }},  // undefined argument (Python: None)
    {"Scalar", "masked_fill_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[0] > 0, 2.5)); }},  // undefined argument (Python: None)
    {"Scalar", "masked_fill_m_f", 'O', {"f"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_m_i", 'O', {"i"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_m_b", 'O', {"b"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_m_s", 'O', {"s"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_m_e", 'O', {"e"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},
    {"Scalar", "masked_fill_m_u", 'A', {"u"}, false, [](TL& x) { (void)(x[0].masked_fill(x[0] > 0, 2.5)); }},  // undefined argument (Python: None)
    {"Scalar", "full_like_half_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},
    {"Scalar", "full_like_half_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},
    {"Scalar", "full_like_half_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},
    {"Scalar", "full_like_half_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},
    {"Scalar", "full_like_half_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},
    {"Scalar", "full_like_half_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::full_like(x[0], 0.5)); }},  // undefined argument (Python: None)
    {"Scalar", "scatter_s_f", 'O', {"f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},
    {"Scalar", "scatter_s_i", 'O', {"i"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},
    {"Scalar", "scatter_s_b", 'O', {"b"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},
    {"Scalar", "scatter_s_s", 'O', {"s"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},
    {"Scalar", "scatter_s_e", 'O', {"e"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},
    {"Scalar", "scatter_s_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::scatter(x[0], 0, ct::zeros_like(x[0], ct::int64), 1.5)); }},  // undefined argument (Python: None)
    {"Factories", "zeros_negative", 'R', {}, false, [](TL& x) { (void)(ct::zeros({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]
    {"Factories", "zeros_huge_2e80", 'R', {}, false, [](TL& x) { (void)(ct::zeros({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "zeros_huge_4tb", 'R', {}, false, [](TL& x) { (void)(ct::zeros({1LL << 20, 1LL << 20})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Factories", "zeros_int64_max", 'R', {}, false, [](TL& x) { (void)(ct::zeros({INT64_MAX})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[9223372036854775807]
    {"Factories", "zeros_wrapping", 'R', {}, false, [](TL& x) { (void)(ct::zeros({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4294967297, 4294967295, 4294967297, 4294967295, 
    {"Factories", "zeros_zero_size_huge", 'O', {}, false, [](TL& x) { (void)(ct::zeros({INT64_MAX, 0})); }},
    {"Factories", "zeros_rank7", 'O', {}, false, [](TL& x) { (void)(ct::zeros({1, 1, 1, 1, 1, 1, 2})); }},
    {"Factories", "ones_negative", 'R', {}, false, [](TL& x) { (void)(ct::ones({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]
    {"Factories", "ones_huge_2e80", 'R', {}, false, [](TL& x) { (void)(ct::ones({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "ones_huge_4tb", 'R', {}, false, [](TL& x) { (void)(ct::ones({1LL << 20, 1LL << 20})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Factories", "ones_int64_max", 'R', {}, false, [](TL& x) { (void)(ct::ones({INT64_MAX})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[9223372036854775807]
    {"Factories", "ones_wrapping", 'R', {}, false, [](TL& x) { (void)(ct::ones({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4294967297, 4294967295, 4294967297, 4294967295, 
    {"Factories", "ones_zero_size_huge", 'O', {}, false, [](TL& x) { (void)(ct::ones({INT64_MAX, 0})); }},
    {"Factories", "ones_rank7", 'O', {}, false, [](TL& x) { (void)(ct::ones({1, 1, 1, 1, 1, 1, 2})); }},
    {"Factories", "empty_negative", 'R', {}, false, [](TL& x) { (void)(ct::empty({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]
    {"Factories", "empty_huge_2e80", 'R', {}, false, [](TL& x) { (void)(ct::empty({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "empty_huge_4tb", 'R', {}, false, [](TL& x) { (void)(ct::empty({1LL << 20, 1LL << 20})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Factories", "empty_int64_max", 'R', {}, false, [](TL& x) { (void)(ct::empty({INT64_MAX})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[9223372036854775807]
    {"Factories", "empty_wrapping", 'R', {}, false, [](TL& x) { (void)(ct::empty({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4294967297, 4294967295, 4294967297, 4294967295, 
    {"Factories", "empty_zero_size_huge", 'O', {}, false, [](TL& x) { (void)(ct::empty({INT64_MAX, 0})); }},
    {"Factories", "empty_rank7", 'O', {}, false, [](TL& x) { (void)(ct::empty({1, 1, 1, 1, 1, 1, 2})); }},
    {"Factories", "rand_negative", 'R', {}, false, [](TL& x) { (void)(ct::rand({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]
    {"Factories", "rand_huge_2e80", 'R', {}, false, [](TL& x) { (void)(ct::rand({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "rand_huge_4tb", 'R', {}, false, [](TL& x) { (void)(ct::rand({1LL << 20, 1LL << 20})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Factories", "rand_int64_max", 'R', {}, false, [](TL& x) { (void)(ct::rand({INT64_MAX})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[9223372036854775807]
    {"Factories", "rand_wrapping", 'R', {}, false, [](TL& x) { (void)(ct::rand({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4294967297, 4294967295, 4294967297, 4294967295, 
    {"Factories", "rand_zero_size_huge", 'O', {}, false, [](TL& x) { (void)(ct::rand({INT64_MAX, 0})); }},
    {"Factories", "rand_rank7", 'O', {}, false, [](TL& x) { (void)(ct::rand({1, 1, 1, 1, 1, 1, 2})); }},
    {"Factories", "randn_negative", 'R', {}, false, [](TL& x) { (void)(ct::randn({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]
    {"Factories", "randn_huge_2e80", 'R', {}, false, [](TL& x) { (void)(ct::randn({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "randn_huge_4tb", 'R', {}, false, [](TL& x) { (void)(ct::randn({1LL << 20, 1LL << 20})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Factories", "randn_int64_max", 'R', {}, false, [](TL& x) { (void)(ct::randn({INT64_MAX})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[9223372036854775807]
    {"Factories", "randn_wrapping", 'R', {}, false, [](TL& x) { (void)(ct::randn({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4294967297, 4294967295, 4294967297, 4294967295, 
    {"Factories", "randn_zero_size_huge", 'O', {}, false, [](TL& x) { (void)(ct::randn({INT64_MAX, 0})); }},
    {"Factories", "randn_rank7", 'O', {}, false, [](TL& x) { (void)(ct::randn({1, 1, 1, 1, 1, 1, 2})); }},
    {"Factories", "zeros_huge_int64", 'R', {}, false, [](TL& x) { (void)(ct::zeros({1LL << 40, 1LL << 40}, ct::int64)); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "ones_huge_bool", 'R', {}, false, [](TL& x) { (void)(ct::ones({1LL << 62, 4}, ct::kBool)); }},  // RuntimeError: Storage size calculation overflowed with sizes=[4611686018427387904, 4]
    {"Factories", "full_negative", 'R', {}, false, [](TL& x) { (void)(ct::full({-2}, 1.0)); }},  // RuntimeError: Trying to create tensor with negative dimension -2: [-2]
    {"Factories", "full_huge", 'R', {}, false, [](TL& x) { (void)(ct::full({1LL << 40, 1LL << 40}, 1)); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627776, 1099511627776]
    {"Factories", "full_huge_f64", 'R', {}, false, [](TL& x) { (void)(ct::full({1LL << 61}, 1.5, ct::float64)); }},  // RuntimeError: Storage size calculation overflowed with sizes=[2305843009213693952]
    {"Factories", "rand_int64", 'R', {}, false, [](TL& x) { (void)(ct::rand({2}, ct::int64)); }},  // RuntimeError: "check_uniform_bounds" not implemented for 'Long'
    {"Factories", "rand_bool", 'R', {}, false, [](TL& x) { (void)(ct::rand({2}, ct::kBool)); }},  // RuntimeError: "check_uniform_bounds" not implemented for 'Bool'
    {"Factories", "randn_int64", 'R', {}, false, [](TL& x) { (void)(ct::randn({2}, ct::int64)); }},  // RuntimeError: "normal_kernel_cpu" not implemented for 'Long'
    {"Factories", "randn_bool", 'R', {}, false, [](TL& x) { (void)(ct::randn({2}, ct::kBool)); }},  // RuntimeError: "normal_kernel_cpu" not implemented for 'Bool'
    {"Factories", "arange_step0", 'R', {}, false, [](TL& x) { (void)(ct::arange(0, 10, 0)); }},  // RuntimeError: step must be nonzero
    {"Factories", "arange_wrong_sign", 'R', {}, false, [](TL& x) { (void)(ct::arange(0, 10, -1)); }},  // RuntimeError: upper bound and larger bound inconsistent with step sign
    {"Factories", "arange_inf", 'R', {}, false, [](TL& x) { (void)(ct::arange(0.0, INFINITY)); }},  // RuntimeError: unsupported range: 0 -> inf
    {"Factories", "arange_minus_inf", 'R', {}, false, [](TL& x) { (void)(ct::arange(-INFINITY, 0.0)); }},  // RuntimeError: unsupported range: -inf -> 0
    {"Factories", "arange_nan", 'R', {}, false, [](TL& x) { (void)(ct::arange(0.0, NAN)); }},  // RuntimeError: unsupported range: 0 -> nan
    {"Factories", "arange_nan_step", 'R', {}, false, [](TL& x) { (void)(ct::arange(0.0, 1.0, NAN)); }},  // RuntimeError: step must be nonzero
    {"Factories", "arange_huge_count", 'R', {}, false, [](TL& x) { (void)(ct::arange(0.0, 1e30, 1e-30)); }},  // RuntimeError: invalid size, possible overflow?
    {"Factories", "arange_huge_int", 'R', {}, false, [](TL& x) { (void)(ct::arange(int64_t{0}, INT64_MAX)); }},  // RuntimeError: IntArrayRef contains an int that cannot be represented as a SymInt: -9223372036854775808
    {"Factories", "arange_int_extremes", 'O', {}, false, [](TL& x) { (void)(ct::arange(INT64_MIN, INT64_MAX, INT64_MAX)); }},
    {"Factories", "arange_bool", 'R', {}, false, [](TL& x) { (void)(ct::arange(5, ct::kBool)); }},  // RuntimeError: "arange_cpu" not implemented for 'Bool'
    {"Factories", "arange_empty", 'O', {}, false, [](TL& x) { (void)(ct::arange(0)); }},
    {"Factories", "eye_negative", 'R', {}, false, [](TL& x) { (void)(ct::eye(-1)); }},  // RuntimeError: n must be greater or equal to 0, got -1
    {"Factories", "eye_negative_m", 'R', {}, false, [](TL& x) { (void)(ct::eye(2, -1)); }},  // RuntimeError: m must be greater or equal to 0, got -1
    {"Factories", "eye_huge", 'R', {}, false, [](TL& x) { (void)(ct::eye(1LL << 40)); }},  // RuntimeError: numel: integer multiplication overflow
    {"Factories", "eye_huge_zero", 'O', {}, false, [](TL& x) { (void)(ct::eye(1LL << 40, 0)); }},
    {"Factories", "eye_bool", 'O', {}, false, [](TL& x) { (void)(ct::eye(3, std::nullopt, ct::kBool)); }},
    {"Factories", "tensor_ragged", 'V', {}, false, [](TL& x) { (void)(ct::tensor({{1.0, 2.0}, {3.0}})); }},  // ValueError: expected sequence of length 2 at dim 1 (got 1)
    {"Factories", "tensor_ragged_deep", 'A', {}, false, [](TL& x) { (void)(ct::tensor({{1.0, 2.0}, 3.0})); }},  // torch: T TypeError: not a sequence; asserted anyway
    {"Factories", "tensor_ragged_first", 'A', {}, false, [](TL& x) { (void)(ct::tensor({1.0, {2.0, 3.0}})); }},  // torch: T TypeError: must be real number, not list; asserted anyway
    {"Factories", "tensor_ragged_empty", 'V', {}, false, [](TL& x) { (void)(ct::tensor({{1.0}, {}})); }},  // ValueError: expected sequence of length 1 at dim 1 (got 0)
    {"Factories", "tensor_empty", 'O', {}, false, [](TL& x) { (void)(ct::tensor(ct::NestedList(std::initializer_list<ct::NestedList>{}))); }},
    {"Factories", "tensor_bool_from_float", 'O', {}, false, [](TL& x) { (void)(ct::tensor({0.5, 2.0}, ct::kBool)); }},
    {"Factories", "from_vector_bad_shape", 'R', {}, false, [](TL& x) { (void)(ct::from_vector<float>({1.f, 2.f, 3.f}, ct::Shape{2, 2})); }},  // RuntimeError: shape '[2, 2]' is invalid for input of size 3
    {"Factories", "from_vector_negative_shape", 'R', {}, false, [](TL& x) { (void)(ct::from_vector<float>({1.f}, ct::Shape{-1, -1})); }},  // RuntimeError: only one dimension can be inferred
    {"Factories", "from_vector_wrapping_shape", 'A', {}, false, [](TL& x) { (void)(ct::from_vector<float>({1.f, 2.f, 3.f, 4.f, 5.f, 6.f}, ct::Shape{4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // no PyTorch analog
    {"Factories", "zeros_like_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::zeros_like(x[0])); }},  // no PyTorch analog
    {"Factories", "zeros_like_int64_to_bool", 'O', {"i"}, false, [](TL& x) { (void)(ct::zeros_like(x[0], ct::kBool)); }},
    {"Factories", "ones_like_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::ones_like(x[0])); }},  // no PyTorch analog
    {"Factories", "ones_like_int64_to_bool", 'O', {"i"}, false, [](TL& x) { (void)(ct::ones_like(x[0], ct::kBool)); }},
    {"Factories", "empty_like_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::empty_like(x[0])); }},  // no PyTorch analog
    {"Factories", "empty_like_int64_to_bool", 'O', {"i"}, false, [](TL& x) { (void)(ct::empty_like(x[0], ct::kBool)); }},
    {"Factories", "rand_like_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::rand_like(x[0])); }},  // no PyTorch analog
    {"Factories", "rand_like_int64_to_bool", 'R', {"i"}, false, [](TL& x) { (void)(ct::rand_like(x[0], ct::kBool)); }},  // RuntimeError: "check_uniform_bounds" not implemented for 'Bool'
    {"Factories", "randn_like_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::randn_like(x[0])); }},  // no PyTorch analog
    {"Factories", "randn_like_int64_to_bool", 'R', {"i"}, false, [](TL& x) { (void)(ct::randn_like(x[0], ct::kBool)); }},  // RuntimeError: "normal_kernel_cpu" not implemented for 'Bool'
    {"TensorMethods", "item_multi", 'R', {"f"}, false, [](TL& x) { (void)(x[0].item<float>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"TensorMethods", "item_empty", 'R', {"e"}, false, [](TL& x) { (void)(x[0].item<float>()); }},  // torch: V ValueError: only one element tensors can be converted to Python scalars; asserted anyway
    {"TensorMethods", "item_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].item<float>()); }},  // no PyTorch analog
    {"TensorMethods", "data_ptr_wrong_dtype", 'A', {"f"}, false, [](TL& x) { (void)(x[0].data_ptr<double>()); }},  // no PyTorch analog
    {"TensorMethods", "data_ptr_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].data_ptr<float>()); }},  // no PyTorch analog
    {"TensorMethods", "raw_data_ptr_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].raw_data_ptr()); }},  // no PyTorch analog
    {"TensorMethods", "requires_grad_int", 'R', {"i"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // RuntimeError: only Tensors of floating point dtype can require gradients
    {"TensorMethods", "requires_grad_bool", 'R', {"b"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // RuntimeError: only Tensors of floating point dtype can require gradients
    {"TensorMethods", "requires_grad_off_nonleaf", 'R', {"g"}, true, [](TL& x) { (void)((x[0] * 2).requires_grad_(false)); }},  // RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variabl
    {"TensorMethods", "requires_grad_undefined", 'A', {"u"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_()); }},  // no PyTorch analog
    {"TensorMethods", "is_leaf_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].is_leaf()); }},  // no PyTorch analog
    {"TensorMethods", "grad_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].grad()); }},  // no PyTorch analog
    {"TensorMethods", "version_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0]._version()); }},  // no PyTorch analog
    {"TensorMethods", "set_grad_wrong_shape", 'R', {"g"}, false, [](TL& x) { (void)(x[0].set_grad(ct::zeros({3}))); }},  // RuntimeError: assigned grad has data of a different size
    {"TensorMethods", "set_grad_wrong_dtype", 'R', {"g"}, false, [](TL& x) { (void)(x[0].set_grad(ct::zeros({2, 3}, ct::float64))); }},  // RuntimeError: assigned grad has data of a different type
    {"TensorMethods", "set_grad_int", 'R', {"g"}, false, [](TL& x) { (void)(x[0].set_grad(ct::zeros({2, 3}, ct::int64))); }},  // RuntimeError: assigned grad has data of a different type
    {"TensorMethods", "backward_nonscalar", 'R', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward()); }},  // RuntimeError: grad can be implicitly created only for scalar outputs
    {"TensorMethods", "backward_no_grad", 'R', {"f"}, false, [](TL& x) { (void)(x[0].sum().backward()); }},  // RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    {"TensorMethods", "backward_int", 'R', {"i"}, false, [](TL& x) { (void)(x[0].sum().backward()); }},  // RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    {"TensorMethods", "backward_grad_shape", 'R', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward(ct::ones({3}))); }},  // RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of to
    {"TensorMethods", "backward_grad_broadcastable", 'R', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward(ct::ones({1, 3}))); }},  // RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([1, 3]) and output[0] has a shape of
    {"TensorMethods", "backward_grad_int", 'O', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward(ct::ones({2, 3}, ct::int64))); }},
    {"TensorMethods", "backward_grad_bool", 'O', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward(ct::ones({2, 3}, ct::kBool))); }},
    {"TensorMethods", "backward_grad_f64", 'O', {"g"}, false, [](TL& x) { (void)((x[0] * 2).backward(ct::ones({2, 3}, ct::float64))); }},
    {"TensorMethods", "backward_twice", 'R', {"g"}, false, [](TL& x) { { ct::Tensor y = (x[0] * x[0]).sum(); y.backward(); y.backward(); } }},  // RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they 
    {"TensorMethods", "backward_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].backward()); }},  // no PyTorch analog
    {"TensorMethods", "backward_inputs_no_grad", 'R', {"g", "f"}, false, [](TL& x) { (void)((x[0] * x[1]).sum().backward({}, std::nullopt, false, {x[1]})); }},  // RuntimeError: can't retain_grad on Tensor that has requires_grad=False
    {"TensorMethods", "backward_inputs_undefined", 'A', {"g", "u"}, false, [](TL& x) { (void)((x[0] * 2).sum().backward({}, std::nullopt, false, {x[1]})); }},  // no PyTorch analog
    {"TensorMethods", "backward_empty", 'O', {"e"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).requires_grad_().sum().backward()); }},
    {"TensorMethods", "detach__undefined", 'A', {"u"}, true, [](TL& x) { (void)(ct::Tensor(x[0]).detach_()); }},  // no PyTorch analog
    {"TensorMethods", "grad_fn_name_undefined", 'A', {"u"}, false, [](TL& x) { (void)(x[0].grad_fn_name()); }},  // no PyTorch analog
    {"TensorMethods", "shares_storage_undefined", 'O', {"u", "f"}, false, [](TL& x) { (void)(x[0].shares_storage(x[1])); }},  // no PyTorch analog
    {"TensorMethods", "clone_of_grad", 'O', {"g"}, false, [](TL& x) { (void)(x[0].grad().defined()); }},  // no PyTorch analog
    {"Views", "view_bad_numel", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({4})); }},  // RuntimeError: shape '[4]' is invalid for input of size 6
    {"Views", "view_two_infer", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({-1, -1})); }},  // RuntimeError: only one dimension can be inferred
    {"Views", "view_negative", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({-2, -3})); }},  // RuntimeError: invalid shape dimension -2
    {"Views", "view_infer_zero", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({0, -1})); }},  // RuntimeError: shape '[0, -1]' is invalid for input of size 6
    {"Views", "view_empty_infer_zero", 'R', {"e"}, false, [](TL& x) { (void)(x[0].view({0, -1})); }},  // RuntimeError: cannot reshape tensor of 0 elements into shape [0, -1] because the unspecified dimension size -1
    {"Views", "view_empty_infer", 'O', {"e"}, false, [](TL& x) { (void)(x[0].view({-1, 5})); }},
    {"Views", "view_noncontiguous", 'R', {"nc"}, false, [](TL& x) { (void)(x[0].view({6})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "view_expanded", 'R', {"ex"}, false, [](TL& x) { (void)(x[0].view({6})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "view_wrapping", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "view_wrapping_infer", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, -1})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "view_huge", 'R', {"f"}, false, [](TL& x) { (void)(x[0].view({1LL << 62, 4})); }},  // RuntimeError: shape '[4611686018427387904, 4]' is invalid for input of size 6
    {"Views", "view_0dim", 'R', {"s"}, false, [](TL& x) { (void)(x[0].view({2})); }},  // RuntimeError: shape '[2]' is invalid for input of size 1
    {"Views", "reshape_bad_numel", 'R', {"f"}, false, [](TL& x) { (void)(x[0].reshape({4})); }},  // RuntimeError: shape '[4]' is invalid for input of size 6
    {"Views", "reshape_two_infer", 'R', {"f"}, false, [](TL& x) { (void)(x[0].reshape({-1, -1})); }},  // RuntimeError: only one dimension can be inferred
    {"Views", "reshape_negative", 'R', {"f"}, false, [](TL& x) { (void)(x[0].reshape({-2, 3})); }},  // RuntimeError: invalid shape dimension -2
    {"Views", "reshape_noncontig_bad", 'R', {"nc"}, false, [](TL& x) { (void)(x[0].reshape({5})); }},  // RuntimeError: shape '[5]' is invalid for input of size 6
    {"Views", "reshape_wrapping", 'R', {"f"}, false, [](TL& x) { (void)(x[0].reshape({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "reshape_empty_ambiguous", 'R', {"e"}, false, [](TL& x) { (void)(x[0].reshape({-1, 0})); }},  // RuntimeError: cannot reshape tensor of 0 elements into shape [-1, 0] because the unspecified dimension size -1
    {"Views", "flatten_start_after_end", 'R', {"f233"}, false, [](TL& x) { (void)(x[0].flatten(2, 1)); }},  // RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim
    {"Views", "transpose_0dim", 'I', {"s"}, false, [](TL& x) { (void)(x[0].transpose(0, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Views", "t_3d", 'R', {"f233"}, false, [](TL& x) { (void)(x[0].t()); }},  // RuntimeError: t() expects a tensor with <= 2 dimensions, but self is 3D
    {"Views", "mT_1d", 'R', {"f3"}, false, [](TL& x) { (void)(x[0].mT()); }},  // RuntimeError: tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.
    {"Views", "permute_short", 'R', {"f"}, false, [](TL& x) { (void)(x[0].permute({0})); }},  // RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the d
    {"Views", "permute_long", 'R', {"f"}, false, [](TL& x) { (void)(x[0].permute({0, 1, 2})); }},  // RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the d
    {"Views", "permute_duplicate", 'R', {"f"}, false, [](TL& x) { (void)(x[0].permute({0, 0})); }},  // RuntimeError: permute(): duplicate dims are not allowed.
    {"Views", "permute_out_of_range", 'I', {"f"}, false, [](TL& x) { (void)(x[0].permute({0, 2})); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Views", "permute_negative", 'O', {"f"}, false, [](TL& x) { (void)(x[0].permute({-1, -2})); }},
    {"Views", "permute_0dim", 'R', {"s"}, false, [](TL& x) { (void)(x[0].permute({0})); }},  // RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the d
    {"Views", "permute_free_dup", 'R', {"f233"}, false, [](TL& x) { (void)(ct::permute(x[0], {2, 2, 0})); }},  // RuntimeError: permute(): duplicate dims are not allowed.
    {"Views", "expand_incompatible", 'R', {"f"}, false, [](TL& x) { (void)(x[0].expand({4, 3})); }},  // RuntimeError: The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 
    {"Views", "expand_fewer_dims", 'R', {"f"}, false, [](TL& x) { (void)(x[0].expand({3})); }},  // RuntimeError: expand(torch.FloatTensor{[2, 3]}, size=[3]): the number of sizes provided (1) must be greater or
    {"Views", "expand_negative", 'R', {"f"}, false, [](TL& x) { (void)(x[0].expand({2, -2})); }},  // RuntimeError: The expanded size of the tensor (-2) must match the existing size (3) at non-singleton dimension
    {"Views", "expand_new_dim_minus1", 'R', {"f"}, false, [](TL& x) { (void)(x[0].expand({-1, 2, 3})); }},  // RuntimeError: The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension 0
    {"Views", "expand_huge", 'O', {"f"}, false, [](TL& x) { (void)(x[0].expand({1LL << 40, 2, 3}).dim()); }},
    {"Views", "expand_to_zero", 'O', {"f1"}, false, [](TL& x) { (void)(x[0].expand({0})); }},
    {"Views", "broadcast_to_incompatible", 'R', {"f"}, false, [](TL& x) { (void)(ct::broadcast_to(x[0], {3, 3})); }},  // RuntimeError: The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 
    {"Views", "expand_free_incompatible", 'R', {"f"}, false, [](TL& x) { (void)(ct::expand(x[0], {5})); }},  // RuntimeError: expand(torch.FloatTensor{[2, 3]}, size=[5]): the number of sizes provided (1) must be greater or
    {"Views", "narrow_start_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0].narrow(0, 3, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
    {"Views", "narrow_start_negative_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0].narrow(0, -3, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
    {"Views", "narrow_negative_start_ok", 'O', {"f"}, false, [](TL& x) { (void)(x[0].narrow(0, -1, 1)); }},
    {"Views", "narrow_negative_length", 'R', {"f"}, false, [](TL& x) { (void)(x[0].narrow(0, 0, -1)); }},  // RuntimeError: start (0) + length (-1) exceeds dimension size (2).
    {"Views", "narrow_too_long", 'R', {"f"}, false, [](TL& x) { (void)(x[0].narrow(1, 1, 3)); }},  // RuntimeError: start (1) + length (3) exceeds dimension size (3).
    {"Views", "narrow_length_int64_max", 'R', {"f"}, false, [](TL& x) { (void)(x[0].narrow(1, 1, INT64_MAX)); }},  // RuntimeError: start (1) + length (9223372036854775807) exceeds dimension size (3).
    {"Views", "narrow_start_int64_max", 'I', {"f"}, false, [](TL& x) { (void)(x[0].narrow(1, INT64_MAX, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 9223372036854775807)
    {"Views", "narrow_start_int64_min", 'I', {"f"}, false, [](TL& x) { (void)(x[0].narrow(1, INT64_MIN, 1)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -9223372036854775808)
    {"Views", "narrow_0dim", 'R', {"s"}, false, [](TL& x) { (void)(x[0].narrow(0, 0, 1)); }},  // RuntimeError: narrow() cannot be applied to a 0-dim tensor.
    {"Views", "slice_step0", 'A', {"f"}, false, [](TL& x) { (void)(x[0].slice(0, 0, 2, 0)); }},  // torch: R RuntimeError: slice step must be positive; asserted anyway
    {"Views", "slice_step_negative", 'A', {"f"}, false, [](TL& x) { (void)(x[0].slice(0, 0, 2, -1)); }},  // torch: R RuntimeError: slice step must be positive; asserted anyway
    {"Views", "slice_huge_bounds", 'O', {"f"}, false, [](TL& x) { (void)(x[0].slice(1, INT64_MIN, INT64_MAX, INT64_MAX)); }},  // torch overflows: RuntimeError: Expected !is_symbolic() to be true, but got false.  (Could this error message b
    {"Views", "slice_start_after_end", 'O', {"f"}, false, [](TL& x) { (void)(x[0].slice(1, 2, 1)); }},
    {"Views", "slice_0dim", 'I', {"s"}, false, [](TL& x) { (void)(x[0].slice(0, 0, 1)); }},  // IndexError: slice() cannot be applied to a 0-dim tensor.
    {"Views", "select_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0].select(0, 2)); }},  // IndexError: select(): index 2 out of range for tensor of size [2, 3] at dimension 0
    {"Views", "select_negative_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0].select(1, -4)); }},  // IndexError: select(): index -4 out of range for tensor of size [2, 3] at dimension 1
    {"Views", "select_int64_min", 'I', {"f"}, false, [](TL& x) { (void)(x[0].select(1, INT64_MIN)); }},  // IndexError: select(): index -9223372036854775808 out of range for tensor of size [2, 3] at dimension 1
    {"Views", "select_int64_max", 'I', {"f"}, false, [](TL& x) { (void)(x[0].select(1, INT64_MAX)); }},  // IndexError: select(): index 9223372036854775807 out of range for tensor of size [2, 3] at dimension 1
    {"Views", "select_empty", 'I', {"e"}, false, [](TL& x) { (void)(x[0].select(0, 0)); }},  // IndexError: select(): index 0 out of range for tensor of size [0, 3] at dimension 0
    {"Views", "index_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0][5]); }},  // IndexError: index 5 is out of bounds for dimension 0 with size 2
    {"Views", "index_negative_oor", 'I', {"f"}, false, [](TL& x) { (void)(x[0][-3]); }},  // IndexError: index -3 is out of bounds for dimension 0 with size 2
    {"Views", "index_0dim", 'I', {"s"}, false, [](TL& x) { (void)(x[0][0]); }},  // IndexError: invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to con
    {"Views", "unflatten_bad_product", 'R', {"f"}, false, [](TL& x) { (void)(x[0].unflatten(1, {2, 2})); }},  // RuntimeError: unflatten: Provided sizes [2, 2] don't multiply up to the size of dim 1 (3) in the input tensor
    {"Views", "unflatten_two_infer", 'D', {"f"}, false, [](TL& x) { (void)(x[0].unflatten(1, {-1, -1})); }},  // RuntimeError: unflatten got an unexpected error:
    {"Views", "unflatten_empty_sizes", 'R', {"f"}, false, [](TL& x) { (void)(x[0].unflatten(1, {})); }},  // RuntimeError: unflatten: sizes must be non-empty
    {"Views", "unflatten_negative", 'R', {"f"}, false, [](TL& x) { (void)(x[0].unflatten(1, {-3, -1})); }},  // RuntimeError: invalid shape dimension -3
    {"Views", "unflatten_wrapping", 'R', {"f"}, false, [](TL& x) { (void)(x[0].unflatten(1, {4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 3})); }},  // RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans ac
    {"Views", "diagonal_same_dims", 'R', {"f"}, false, [](TL& x) { (void)(x[0].diagonal(0, 0, 0)); }},  // RuntimeError: diagonal dimensions cannot be identical 0, 0
    {"Views", "diagonal_1d", 'I', {"f3"}, false, [](TL& x) { (void)(x[0].diagonal()); }},  // IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
    {"Views", "diagonal_huge_offset", 'O', {"f"}, false, [](TL& x) { (void)(x[0].diagonal(INT64_MAX)); }},
    {"Views", "diagonal_min_offset", 'O', {"f"}, false, [](TL& x) { (void)(x[0].diagonal(INT64_MIN)); }},
    {"Views", "tril_1d", 'A', {"f3"}, false, [](TL& x) { (void)(x[0].tril()); }},  // torch: IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2) (type incidental: a
    {"Views", "triu_0dim", 'A', {"s"}, false, [](TL& x) { (void)(x[0].triu()); }},  // torch: IndexError: Dimension specified as -2 but tensor has no dimensions (type incidental: any ct::Error)
    {"Views", "tril_huge_diag", 'O', {"f"}, false, [](TL& x) { (void)(x[0].tril(INT64_MIN)); }},
    {"Views", "triu_huge_diag", 'O', {"f"}, false, [](TL& x) { (void)(ct::triu(x[0], INT64_MAX)); }},
    {"Views", "repeat_fewer_dims", 'R', {"f"}, false, [](TL& x) { (void)(x[0].repeat({2})); }},  // RuntimeError: Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor
    {"Views", "repeat_negative", 'R', {"f"}, false, [](TL& x) { (void)(x[0].repeat({2, -1})); }},  // RuntimeError: Trying to create tensor with negative dimension -3: [4, -3]
    {"Views", "repeat_huge", 'R', {"f"}, false, [](TL& x) { (void)(x[0].repeat({1LL << 40, 1LL << 40})); }},  // RuntimeError: Storage size calculation overflowed with sizes=[2199023255552, 3298534883328]
    {"Views", "repeat_int64_max", 'R', {"f"}, false, [](TL& x) { (void)(x[0].repeat({INT64_MAX, 1})); }},  // RuntimeError: Trying to create tensor with negative dimension -2: [-2, 3]
    {"Views", "repeat_zero", 'O', {"f"}, false, [](TL& x) { (void)(x[0].repeat({0, 1})); }},
    {"Views", "flip_duplicate", 'R', {"f"}, false, [](TL& x) { (void)(x[0].flip({0, 0})); }},  // RuntimeError: dim 0 appears multiple times in the list of dims
    {"Views", "flip_negative_duplicate", 'R', {"f"}, false, [](TL& x) { (void)(x[0].flip({1, -1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Views", "roll_length_mismatch", 'R', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1, 2}, {0})); }},  // RuntimeError: shifts and dimensions must align. shifts: 2, dims:1
    {"Views", "roll_no_dims_two_shifts", 'R', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {1, 2})); }},  // RuntimeError: shifts and dimensions must align. shifts: 2, dims:0
    {"Views", "roll_huge_shift", 'O', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {INT64_MIN}, {1})); }},
    {"Views", "roll_empty", 'O', {"e"}, false, [](TL& x) { (void)(ct::roll(x[0], {1}, {0})); }},
    {"Views", "roll_empty_shifts", 'R', {"f"}, false, [](TL& x) { (void)(ct::roll(x[0], {})); }},  // RuntimeError: `shifts` required
    {"Views", "diag_3d", 'R', {"f233"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},  // RuntimeError: matrix or a vector expected
    {"Views", "diag_0dim", 'R', {"s"}, false, [](TL& x) { (void)(ct::diag(x[0])); }},  // RuntimeError: matrix or a vector expected
    {"Views", "diag_huge_offset", 'R', {"f3"}, false, [](TL& x) { (void)(ct::diag(x[0], INT64_MAX)); }},  // RuntimeError: numel: integer multiplication overflow
    {"Views", "diag_2d_huge_offset", 'O', {"f"}, false, [](TL& x) { (void)(ct::diag(x[0], INT64_MIN)); }},  // torch overflows: RuntimeError: numel: integer multiplication overflow
    {"Views", "diag_embed_same_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 0, 1, 1)); }},  // RuntimeError: diagonal dimensions cannot be identical 1, 1
    {"Views", "diag_embed_huge_offset", 'R', {"f3"}, false, [](TL& x) { (void)(ct::diag_embed(x[0], 1LL << 40)); }},  // RuntimeError: Storage size calculation overflowed with sizes=[1099511627779, 1099511627779]
    {"Views", "split_zero", 'R', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], 0)); }},  // RuntimeError: split_size can only be 0 if dimension size is 0, but got dimension size of 2
    {"Views", "split_negative", 'R', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], -1)); }},  // RuntimeError: split expects split_size be non-negative, but got split_size=-1
    {"Views", "split_sizes_bad_sum", 'R', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], std::vector<int64_t>{1, 1}, 1)); }},  // RuntimeError: split_with_sizes expects split_sizes to sum exactly to 3 (input tensor's size at dimension 1), b
    {"Views", "split_sizes_negative", 'R', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], std::vector<int64_t>{4, -1}, 1)); }},  // RuntimeError: split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=[4, -1]
    {"Views", "split_sizes_empty", 'R', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], std::vector<int64_t>{}, 1)); }},  // RuntimeError: split_with_sizes expects split_sizes to sum exactly to 3 (input tensor's size at dimension 1), b
    {"Views", "split_0dim", 'R', {"s"}, false, [](TL& x) { (void)(ct::split(x[0], 1)); }},  // RuntimeError: split expects at least a 1-dimensional tensor
    {"Views", "split_zero_empty", 'O', {"e"}, false, [](TL& x) { (void)(ct::split(x[0], 0)); }},
    {"Views", "split_huge", 'O', {"f"}, false, [](TL& x) { (void)(ct::split(x[0], INT64_MAX, 1)); }},
    {"Views", "chunk_zero", 'R', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], 0)); }},  // RuntimeError: chunk expects `chunks` to be greater than 0, got: 0
    {"Views", "chunk_negative", 'R', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], -1)); }},  // RuntimeError: chunk expects `chunks` to be greater than 0, got: -1
    {"Views", "chunk_int64_max", 'O', {"f"}, false, [](TL& x) { (void)(ct::chunk(x[0], INT64_MAX)); }},  // torch overflows: RuntimeError: split expects split_size be non-negative, but got split_size=-1
    {"Views", "chunk_0dim", 'R', {"s"}, false, [](TL& x) { (void)(ct::chunk(x[0], 1)); }},  // RuntimeError: chunk expects at least a 1-dimensional tensor
    {"Views", "unbind_0dim", 'I', {"s"}, false, [](TL& x) { (void)(ct::unbind(x[0])); }},  // IndexError: Dimension specified as 0 but tensor has no dimensions
    {"Views", "cat_empty_list", 'R', {}, false, [](TL& x) { (void)(ct::cat({})); }},  // RuntimeError: torch.cat(): expected a non-empty list of Tensors
    {"Views", "cat_shape_mismatch", 'R', {"f", "f45"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Sizes of tensors must match except in dimension 0. Expected size 3 but got size 5 for tensor num
    {"Views", "cat_rank_mismatch", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: Tensors must have same number of dimensions: got 2 and 1
    {"Views", "cat_0dim", 'R', {"s", "s"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // RuntimeError: zero-dimensional tensor (at position 0) cannot be concatenated
    {"Views", "cat_legacy_empty", 'O', {"f", "e0"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Views", "cat_mixed_dtypes", 'O', {"f", "i"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},
    {"Views", "cat_with_undefined", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]})); }},  // no PyTorch analog
    {"Views", "cat_single_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::cat({x[0]})); }},  // no PyTorch analog
    {"Views", "cat_dim_oor", 'I', {"f", "f"}, false, [](TL& x) { (void)(ct::cat({x[0], x[1]}, 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Views", "stack_empty_list", 'R', {}, false, [](TL& x) { (void)(ct::stack({})); }},  // RuntimeError: stack expects a non-empty TensorList
    {"Views", "stack_shape_mismatch", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [3] at entry 1
    {"Views", "stack_dim_oor", 'I', {"f", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]}, 3)); }},  // IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 3)
    {"Views", "stack_dim_last_ok", 'O', {"f", "f"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]}, 2)); }},
    {"Views", "stack_with_undefined", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::stack({x[0], x[1]})); }},  // no PyTorch analog
    {"Views", "sum_to_bad_shape", 'A', {"f"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {4})); }},  // no PyTorch analog
    {"Views", "sum_to_longer_shape", 'A', {"f"}, false, [](TL& x) { (void)(ct::sum_to(x[0], {1, 2, 3})); }},  // no PyTorch analog
    {"Views", "broadcast_shapes_mismatch", 'R', {}, false, [](TL& x) { (void)(ct::broadcast_shapes({2, 3}, {4})); }},  // RuntimeError: Shape mismatch: objects cannot be broadcast to a single shape
    {"Views", "broadcast_shapes_negative", 'R', {}, false, [](TL& x) { (void)(ct::broadcast_shapes({-1}, {2})); }},  // RuntimeError: Trying to create tensor with negative dimension (-1): (-1)
    {"Views", "set_num_threads_zero", 'R', {}, false, [](TL& x) { { int n = ct::get_num_threads(); try { ct::set_num_threads(0); } catch (...) { ct::set_num_threads(n); throw; } ct::set_num_threads(n); } }},  // RuntimeError: set_num_threads expects a positive integer
    {"Views", "set_num_threads_negative", 'R', {}, false, [](TL& x) { { int n = ct::get_num_threads(); try { ct::set_num_threads(-4); } catch (...) { ct::set_num_threads(n); throw; } ct::set_num_threads(n); } }},  // RuntimeError: set_num_threads expects a positive integer
    {"Reductions", "sum_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {0, 0})); }},  // RuntimeError: dim 0 appears multiple times in the list of dims
    {"Reductions", "sum_duplicate_neg_dims", 'D', {"f"}, false, [](TL& x) { (void)(ct::sum(x[0], {1, -1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Reductions", "mean_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::mean(x[0], {0, 0})); }},  // RuntimeError: dim 0 appears multiple times in the list of dims
    {"Reductions", "amax_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::amax(x[0], {1, 1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Reductions", "var_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {1, 1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Reductions", "norm_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], 2, {1, 1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Reductions", "logsumexp_duplicate_dims", 'R', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {1, 1})); }},  // RuntimeError: dim 1 appears multiple times in the list of dims
    {"Reductions", "logsumexp_no_dims", 'O', {"f"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {})); }},  // torch: R RuntimeError: output with shape [] doesn't match the broadcast shape [1, 1]; asserted anyway
    {"Reductions", "logsumexp_int", 'O', {"i"}, false, [](TL& x) { (void)(ct::logsumexp(x[0], {1})); }},
    {"Reductions", "var_correction_large", 'O', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {}, 10)); }},
    {"Reductions", "var_correction_negative", 'O', {"f"}, false, [](TL& x) { (void)(ct::var(x[0], {}, -1)); }},
    {"Reductions", "std_correction_huge", 'O', {"f"}, false, [](TL& x) { (void)(ct::std(x[0], {}, INT64_MAX)); }},
    {"Reductions", "norm_p_bad_string", 'R', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], "bogus")); }},  // RuntimeError: only valid string values are 'fro' and 'nuc', found bogus
    {"Reductions", "norm_nuc_1d", 'R', {"f3"}, false, [](TL& x) { (void)(ct::norm(x[0], "nuc")); }},  // RuntimeError: Expected a tensor with 2 dimensions, but got a tensor with 1 dimension instead.
    {"Reductions", "norm_p_negative", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], -1.0)); }},
    {"Reductions", "norm_p_nan", 'O', {"f"}, false, [](TL& x) { (void)(ct::norm(x[0], NAN)); }},
    {"Reductions", "max_empty_dim1", 'O', {"e"}, false, [](TL& x) { (void)(ct::max(x[0], 1)); }},
    {"Reductions", "argmax_empty_dim0", 'I', {"e"}, false, [](TL& x) { (void)(ct::argmax(x[0], 0)); }},  // IndexError: argmax(): Expected reduction dim 0 to have non-zero size.
    {"Reductions", "argmax_empty_dim1", 'O', {"e"}, false, [](TL& x) { (void)(ct::argmax(x[0], 1)); }},
    {"Reductions", "amax_empty_dim1", 'O', {"e"}, false, [](TL& x) { (void)(ct::amax(x[0], {1})); }},
    {"Reductions", "cumprod_empty", 'O', {"e"}, false, [](TL& x) { (void)(ct::cumprod(x[0], 1)); }},
    {"Reductions", "prod_int_overflow", 'O', {"i"}, false, [](TL& x) { (void)(ct::prod(ct::full({100}, 1LL << 40))); }},
    {"Reductions", "sum_bool_dims", 'O', {"b"}, false, [](TL& x) { (void)(ct::sum(x[0], {0})); }},
    {"Indexing", "index_select_oor", 'D', {"f", "idx_oor"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // RuntimeError: INDICES element is out of DATA bounds, id=5 axis_dim=3
    {"Indexing", "index_select_negative", 'D', {"f", "idx_neg"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // RuntimeError: INDICES element is out of DATA bounds, id=-1 axis_dim=3
    {"Indexing", "index_select_float", 'R', {"f", "idx_f"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // RuntimeError: index_select(): Expected dtype int32 or int64 for index
    {"Indexing", "index_select_bool", 'R', {"f", "idx_b"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // RuntimeError: index_select(): Expected dtype int32 or int64 for index
    {"Indexing", "index_select_2d", 'I', {"f", "idx_2d"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // IndexError: index_select(): Index is supposed to be a vector
    {"Indexing", "index_select_0dim_index", 'O', {"f", "idx_s"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},
    {"Indexing", "index_select_empty_index", 'O', {"f", "idx_e"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},
    {"Indexing", "index_select_empty_src", 'D', {"e", "idx"}, false, [](TL& x) { (void)(ct::index_select(x[0], 0, x[1])); }},  // RuntimeError: index_select(): self indexing axis dim should be positive
    {"Indexing", "index_select_undefined_index", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::index_select(x[0], 1, x[1])); }},  // no PyTorch analog
    {"Indexing", "index_select_0dim_src", 'I', {"s", "idx"}, false, [](TL& x) { (void)(ct::index_select(x[0], 0, x[1])); }},  // IndexError: index out of range in self
    {"Indexing", "index_select_m", 'D', {"f", "idx_oor"}, false, [](TL& x) { (void)(x[0].index_select(1, x[1])); }},  // RuntimeError: INDICES element is out of DATA bounds, id=5 axis_dim=3
    {"Indexing", "index_select_nc", 'I', {"nc", "idx_oor"}, false, [](TL& x) { (void)(x[0].index_select(0, x[1])); }},  // IndexError: index out of range in self
    {"Indexing", "gather_oor", 'R', {"f", "gi_oor"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "gather_negative", 'R', {"f", "gi_neg"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: index -1 is out of bounds for dimension 1 with size 3
    {"Indexing", "gather_float_index", 'R', {"f", "gi_f"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: gather(): Expected dtype int64 for index
    {"Indexing", "gather_rank_mismatch", 'R', {"f", "gi_1d"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: Index tensor must have the same number of dimensions as input tensor
    {"Indexing", "gather_rank_mismatch_3d", 'R', {"f", "gi_3d"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: Index tensor must have the same number of dimensions as input tensor
    {"Indexing", "gather_index_too_big", 'R', {"f", "gi_big"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // RuntimeError: Size does not match at dimension 0 expected index [3, 4] to be smaller than self [2, 3] apart fr
    {"Indexing", "gather_m_oor", 'R', {"f", "gi_oor"}, false, [](TL& x) { (void)(x[0].gather(1, x[1])); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "gather_undefined_index", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::gather(x[0], 1, x[1])); }},  // no PyTorch analog
    {"Indexing", "gather_0dim", 'R', {"s", "idx_s"}, false, [](TL& x) { (void)(ct::gather(x[0], 0, x[1])); }},  // RuntimeError: index 1 is out of bounds for dimension 0 with size 1
    {"Indexing", "gather_0dim_oor", 'R', {"s", "si"}, false, [](TL& x) { (void)(ct::gather(x[0], 0, x[1])); }},  // RuntimeError: index 2 is out of bounds for dimension 0 with size 1
    {"Indexing", "gather_empty_src", 'O', {"e", "idx_e"}, false, [](TL& x) { (void)(ct::gather(x[0], 0, x[1].view({0, 1}))); }},
    {"Indexing", "scatter_oor", 'R', {"f", "gi_oor", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_negative", 'R', {"f", "gi_neg", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: index -1 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_float_index", 'R', {"f", "gi_f", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: scatter(): Expected dtype int64 for index
    {"Indexing", "scatter_src_too_small", 'R', {"f", "gi_big", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: Expected index [3, 4] to be smaller than self [2, 3] apart from dimension 1 and to be smaller si
    {"Indexing", "scatter_src_small", 'R', {"f45", "gi_big", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: Expected index [3, 4] to be smaller than self [4, 5] apart from dimension 1 and to be smaller si
    {"Indexing", "scatter_src_dtype", 'R', {"f", "gi", "d"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: scatter(): Expected self.dtype to be equal to src.dtype
    {"Indexing", "scatter_rank_mismatch", 'R', {"f", "gi_1d", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // RuntimeError: Index tensor must have the same number of dimensions as self tensor
    {"Indexing", "scatter_value_oor", 'R', {"f", "gi_oor"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], 2.0)); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_value_negative", 'R', {"f", "gi_neg"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], 2.0)); }},  // RuntimeError: index -1 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_value_index_big", 'R', {"f", "gi_big"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], 2.0)); }},  // RuntimeError: Expected index [3, 4] to be smaller than self [2, 3] apart from dimension 1
    {"Indexing", "scatter_add_oor", 'R', {"f", "gi_oor", "f"}, false, [](TL& x) { (void)(ct::scatter_add(x[0], 1, x[1], x[2])); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_add_negative", 'R', {"f", "gi_neg", "f"}, false, [](TL& x) { (void)(ct::scatter_add(x[0], 1, x[1], x[2])); }},  // RuntimeError: index -1 is out of bounds for dimension 1 with size 3
    {"Indexing", "scatter_add_src_dtype", 'R', {"f", "gi", "i"}, false, [](TL& x) { (void)(ct::scatter_add(x[0], 1, x[1], x[2])); }},  // RuntimeError: scatter(): Expected self.dtype to be equal to src.dtype
    {"Indexing", "scatter_add_src_small", 'R', {"f45", "gi_big", "f"}, false, [](TL& x) { (void)(ct::scatter_add(x[0], 1, x[1], x[2])); }},  // RuntimeError: Expected index [3, 4] to be smaller than self [4, 5] apart from dimension 1 and to be smaller si
    {"Indexing", "scatter_dim_oor", 'I', {"f", "gi", "f"}, false, [](TL& x) { (void)(ct::scatter(x[0], 2, x[1], x[2])); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Indexing", "scatter_undefined_src", 'A', {"f", "gi", "u"}, false, [](TL& x) { (void)(ct::scatter(x[0], 1, x[1], x[2])); }},  // no PyTorch analog
    {"Indexing", "index_add_oor", 'I', {"f", "idx_oor", "f"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // IndexError: index out of range in self
    {"Indexing", "index_add_oor_dim1", 'I', {"f", "idx_oor", "f22"}, false, [](TL& x) { (void)(ct::index_add(x[0], 1, x[1], x[2])); }},  // IndexError: index out of range in self
    {"Indexing", "index_add_negative", 'I', {"f", "idx_neg", "f"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // IndexError: index out of range in self
    {"Indexing", "index_add_float_index", 'R', {"f", "idx_f", "f"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // RuntimeError: index_add_(): Expected dtype int32/int64 for index but got: Float
    {"Indexing", "index_add_source_shape", 'R', {"f", "idx", "f45"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // RuntimeError: index_add_(): Number of indices (2) should be equal to source.size(dim): (4), for dim: 0
    {"Indexing", "index_add_source_short", 'R', {"f", "idx", "f1"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // RuntimeError: index_add_(): Number of indices (2) should be equal to source.size(dim): (1), for dim: 0
    {"Indexing", "index_add_source_dtype", 'R', {"f", "idx", "d"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // RuntimeError: index_add_(): self (Float) and source (Double) must have the same scalar type
    {"Indexing", "index_add_index_2d", 'I', {"f", "idx_2d", "f"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2])); }},  // IndexError: index_add_(): Index is supposed to be a vector, but got dim: 2 with type: Long and size: [1, 2]
    {"Indexing", "index_add_alpha_float_int", 'O', {"i", "idx", "i"}, false, [](TL& x) { (void)(ct::index_add(x[0], 0, x[1], x[2], 0.5)); }},
    {"Indexing", "index_add_dim_oor", 'I', {"f", "idx", "f"}, false, [](TL& x) { (void)(ct::index_add(x[0], 2, x[1], x[2])); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Indexing", "masked_fill_int_mask", 'R', {"f", "i"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 1.0)); }},  // RuntimeError: Mask tensor can take 0 and 1 values only
    {"Indexing", "masked_fill_float_mask", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 1.0)); }},  // RuntimeError: Mask tensor can take 0 and 1 values only
    {"Indexing", "masked_fill_mask_shape", 'R', {"f", "m45"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 1.0)); }},  // RuntimeError: The size of tensor a (5) must match the size of tensor b (3) at non-singleton dimension 1
    {"Indexing", "masked_fill_mask_bigger", 'R', {"f", "m233"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 1.0)); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Indexing", "masked_fill_mask_broadcast_up", 'O', {"f", "m133"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 1.0)); }},
    {"Indexing", "masked_fill_value_1d", 'R', {"f", "b", "f2"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], x[2])); }},  // RuntimeError: masked_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s).
    {"Indexing", "masked_fill_value_undefined", 'A', {"f", "b", "u"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], x[2])); }},  // no PyTorch analog
    {"Indexing", "masked_fill_float_into_int", 'O', {"i", "b"}, false, [](TL& x) { (void)(ct::masked_fill(x[0], x[1], 0.5)); }},
    {"Indexing", "masked_fill_m_int_mask", 'R', {"f", "i"}, false, [](TL& x) { (void)(x[0].masked_fill(x[1], 1.0)); }},  // RuntimeError: Mask tensor can take 0 and 1 values only
    {"Indexing", "masked_select_int_mask", 'R', {"f", "i"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1])); }},  // RuntimeError: masked_select: expected BoolTensor or ByteTensor for mask
    {"Indexing", "masked_select_mask_shape", 'R', {"f", "m45"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1])); }},  // RuntimeError: The size of tensor a (5) must match the size of tensor b (3) at non-singleton dimension 1
    {"Indexing", "masked_select_mask_bigger", 'R', {"f", "m233"}, false, [](TL& x) { (void)(ct::masked_select(x[0], x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Indexing", "masked_scatter_source_small", 'R', {"f", "mall", "f2"}, false, [](TL& x) { (void)(ct::masked_scatter(x[0], x[1], x[2])); }},  // RuntimeError: Number of elements of source < number of ones in mask
    {"Indexing", "masked_scatter_source_empty", 'R', {"f", "mall", "e0"}, false, [](TL& x) { (void)(ct::masked_scatter(x[0], x[1], x[2])); }},  // RuntimeError: Number of elements of source < number of ones in mask
    {"Indexing", "masked_scatter_int_mask", 'R', {"f", "i", "f"}, false, [](TL& x) { (void)(ct::masked_scatter(x[0], x[1], x[2])); }},  // RuntimeError: Mask tensor can take 0 and 1 values only
    {"Indexing", "masked_scatter_source_dtype", 'R', {"f", "b", "d"}, false, [](TL& x) { (void)(ct::masked_scatter(x[0], x[1], x[2])); }},  // RuntimeError: masked_scatter: expected self and source to have same dtypes but gotFloat and Double
    {"Indexing", "masked_scatter_mask_shape", 'R', {"f", "m45", "f45"}, false, [](TL& x) { (void)(ct::masked_scatter(x[0], x[1], x[2])); }},  // RuntimeError: The size of tensor a (5) must match the size of tensor b (3) at non-singleton dimension 1
    {"Indexing", "take_along_dim_oor", 'R', {"f", "gi_oor"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 1)); }},  // RuntimeError: index 3 is out of bounds for dimension 1 with size 3
    {"Indexing", "take_along_dim_negative", 'R', {"f", "gi_neg"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 1)); }},  // RuntimeError: index -1 is out of bounds for dimension 1 with size 3
    {"Indexing", "take_along_dim_flat_oor", 'R', {"f", "idx_oor"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1] * 2)); }},  // RuntimeError: index 10 is out of bounds for dimension 0 with size 6
    {"Indexing", "take_along_dim_float", 'R', {"f", "gi_f"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 1)); }},  // RuntimeError: torch.take_along_dim(): dtype of indices should be Long but got Float
    {"Indexing", "take_along_dim_rank", 'R', {"f", "gi_1d"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 1)); }},  // RuntimeError: torch.take_along_dim(): input and indices should have the same number of dimensions, but got 2 d
    {"Indexing", "take_along_dim_dim_oor", 'I', {"f", "gi"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 2)); }},  // IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
    {"Indexing", "take_along_dim_bad_broadcast", 'R', {"f", "gi_big"}, false, [](TL& x) { (void)(ct::take_along_dim(x[0], x[1], 1)); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
    {"Linalg", "matmul_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 2D
    {"Linalg", "matmul_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: both arguments to matmul need to be at least 1D, but they are 2D and 0D
    {"Linalg", "matmul_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Linalg", "matmul_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "matmul_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"Linalg", "matmul_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Long
    {"Linalg", "matmul_i_i32", 'O', {"i", "i32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: "addmm_impl_cpu_" not implemented for 'Bool'
    {"Linalg", "matmul_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: inconsistent tensor size, expected tensor [3] and src [2] to have the same number of elements, b
    {"Linalg", "matmul_f3_f3", 'O', {"f3", "f3"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: dot : expected both vectors to have same dtype, but found Float and Double
    {"Linalg", "matmul_f_f32", 'O', {"f", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_e_f32", 'O', {"e", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
    {"Linalg", "matmul_f233_f32", 'O', {"f233", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f_f233", 'O', {"f", "f233"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "matmul_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "matmul_nc_f32", 'O', {"nc", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f3_f233", 'O', {"f3", "f233"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "matmul_f3_f32", 'O', {"f3", "f32"}, false, [](TL& x) { (void)(ct::matmul(x[0], x[1])); }},
    {"Linalg", "mm_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "mm_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Linalg", "mm_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "mm_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"Linalg", "mm_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Long
    {"Linalg", "mm_i_i32", 'O', {"i", "i32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},
    {"Linalg", "mm_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: "addmm_impl_cpu_" not implemented for 'Bool'
    {"Linalg", "mm_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f3_f3", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f_f32", 'O', {"f", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},
    {"Linalg", "mm_e_f32", 'O', {"e", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},
    {"Linalg", "mm_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "mm_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "mm_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "mm_nc_f32", 'O', {"nc", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},
    {"Linalg", "mm_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "mm_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "mm_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::mm(x[0], x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "m_mm_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    {"Linalg", "m_mm_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "m_mm_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"Linalg", "m_mm_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: expected scalar type Float but found Long
    {"Linalg", "m_mm_i_i32", 'O', {"i", "i32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},
    {"Linalg", "m_mm_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: "addmm_impl_cpu_" not implemented for 'Bool'
    {"Linalg", "m_mm_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f3_f3", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f_f32", 'O', {"f", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},
    {"Linalg", "m_mm_e_f32", 'O', {"e", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},
    {"Linalg", "m_mm_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "m_mm_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "m_mm_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "m_mm_nc_f32", 'O', {"nc", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},
    {"Linalg", "m_mm_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "m_mm_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: mat2 must be a matrix
    {"Linalg", "m_mm_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(x[0].mm(x[1])); }},  // RuntimeError: self must be a matrix
    {"Linalg", "bmm_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_i_i32", 'R', {"i", "i32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f3_f3", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_f32", 'R', {"f", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_e_f32", 'R', {"e", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [3, 3].
    {"Linalg", "bmm_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch2 must be a 3D tensor
    {"Linalg", "bmm_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "bmm_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "bmm_nc_f32", 'R', {"nc", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "bmm_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::bmm(x[0], x[1])); }},  // RuntimeError: batch1 must be a 3D tensor
    {"Linalg", "mv_s_f", 'A', {"s", "f"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // torch: IndexError: Dimension specified as 0 but tensor has no dimensions (type incidental: any ct::Error)
    {"Linalg", "mv_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 0
    {"Linalg", "mv_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_i_i32", 'R', {"i", "i32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 1, 1
    {"Linalg", "mv_f3_f3", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 1, 1
    {"Linalg", "mv_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 1, 1
    {"Linalg", "mv_f_f32", 'R', {"f", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_e_f32", 'R', {"e", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 3, 3
    {"Linalg", "mv_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 3, 2
    {"Linalg", "mv_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 3
    {"Linalg", "mv_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "mv_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "mv_nc_f32", 'R', {"nc", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 2, 2
    {"Linalg", "mv_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 1, 3
    {"Linalg", "mv_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},
    {"Linalg", "mv_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::mv(x[0], x[1])); }},  // RuntimeError: vector + matrix @ vector expected, got 1, 1, 2
    {"Linalg", "dot_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 0D and 2D tensors
    {"Linalg", "dot_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 0D tensors
    {"Linalg", "dot_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_i_i32", 'R', {"i", "i32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: inconsistent tensor size, expected tensor [3] and src [2] to have the same number of elements, b
    {"Linalg", "dot_f3_f3", 'O', {"f3", "f3"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},
    {"Linalg", "dot_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: dot : expected both vectors to have same dtype, but found Float and Double
    {"Linalg", "dot_f_f32", 'R', {"f", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_e_f32", 'R', {"e", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 3D and 3D tensors
    {"Linalg", "dot_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 3D and 2D tensors
    {"Linalg", "dot_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 3D tensors
    {"Linalg", "dot_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "dot_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "dot_nc_f32", 'R', {"nc", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 2D tensors
    {"Linalg", "dot_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 1D and 3D tensors
    {"Linalg", "dot_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 2D and 1D tensors
    {"Linalg", "dot_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::dot(x[0], x[1])); }},  // RuntimeError: 1D tensors expected, but got 1D and 2D tensors
    {"Linalg", "outer_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 0-D
    {"Linalg", "outer_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_i_i32", 'R', {"i", "i32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f3_f2", 'O', {"f3", "f2"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},
    {"Linalg", "outer_f3_f3", 'O', {"f3", "f3"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},
    {"Linalg", "outer_f3_d3", 'O', {"f3", "d3"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},
    {"Linalg", "outer_f_f32", 'R', {"f", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_e_f32", 'R', {"e", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 3-D
    {"Linalg", "outer_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 3-D
    {"Linalg", "outer_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "outer_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "outer_nc_f32", 'R', {"nc", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument vec2, but got 3-D
    {"Linalg", "outer_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument self, but got 2-D
    {"Linalg", "outer_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::outer(x[0], x[1])); }},  // RuntimeError: outer: Expected 1-D argument vec2, but got 2-D
    {"Linalg", "einsum_ij_jk_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): subscript j has size 2 for operand 1 which does not broadcast with previously seen siz
    {"Linalg", "einsum_ij_jk_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "einsum_ij_jk_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Double but found Float
    {"Linalg", "einsum_ij_jk_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Float but found Long
    {"Linalg", "einsum_ij_jk_i_i32", 'O', {"i", "i32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},
    {"Linalg", "einsum_ij_jk_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: "bmm" not implemented for 'Bool'
    {"Linalg", "einsum_ij_jk_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f3_f3", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f_f32", 'O', {"f", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},
    {"Linalg", "einsum_ij_jk_e_f32", 'O', {"e", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},
    {"Linalg", "einsum_ij_jk_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Linalg", "einsum_ij_jk_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Linalg", "einsum_ij_jk_nc_f32", 'O', {"nc", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},
    {"Linalg", "einsum_ij_jk_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_ij_jk_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_s_f", 'R', {"s", "f"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_f", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_d32", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_d32_f", 'R', {"d32", "f"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_i32", 'R', {"f", "i32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_i_i32", 'R', {"i", "i32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_b_b32", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f3_f2", 'R', {"f3", "f2"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): subscript i has size 2 for operand 1 which does not broadcast with previously seen siz
    {"Linalg", "einsum_i_i_f3_f3", 'O', {"f3", "f3"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},
    {"Linalg", "einsum_i_i_f3_d3", 'R', {"f3", "d3"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "einsum_i_i_f_f32", 'R', {"f", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_e_f32", 'R', {"e", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f233_f332", 'R', {"f233", "f332"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f233_f32", 'R', {"f233", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_f233", 'R', {"f", "f233"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_u_f32", 'A', {"u", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Linalg", "einsum_i_i_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // undefined argument (Python: None)
    {"Linalg", "einsum_i_i_nc_f32", 'R', {"nc", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f3_f233", 'R', {"f3", "f233"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f_f3", 'R', {"f", "f3"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_i_i_f3_f32", 'R', {"f3", "f32"}, false, [](TL& x) { (void)(ct::einsum("i,i->", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "addmm_f_f_f32", 'R', {"f", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 
    {"Linalg", "addmm_f_f32_f", 'R', {"f", "f32", "f"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 
    {"Linalg", "addmm_f45_f_f32", 'R', {"f45", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (2) must match the existing size (5) at non-singleton dimension 
    {"Linalg", "addmm_f3_f_f32", 'R', {"f3", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 
    {"Linalg", "addmm_d_f_f32", 'R', {"d", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: self and mat2 must have the same dtype
    {"Linalg", "addmm_f_d_f32", 'R', {"f", "d", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: mat1 and mat2 must have the same dtype
    {"Linalg", "addmm_f22_f_f32", 'O', {"f22", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},
    {"Linalg", "addmm_u_f_f32", 'A', {"u", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // undefined argument (Python: None)
    {"Linalg", "addmm_f22_u_f32", 'A', {"f22", "u", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // undefined argument (Python: None)
    {"Linalg", "addmm_s_f3_f3", 'R', {"s", "f3", "f3"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: mat1 must be a matrix, got 1-D tensor
    {"Linalg", "addmm_i_i_i32", 'R', {"i", "i", "i32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 
    {"Linalg", "addmm_f22_e_f32", 'R', {"f22", "e", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (0) must match the existing size (2) at non-singleton dimension 
    {"Linalg", "addmm_int_float_alpha", 'O', {"f22", "f", "f32"}, false, [](TL& x) { (void)(ct::addmm(x[0], x[1], x[2], 1, true)); }},
    {"Linalg", "einsum_too_many_operands", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::einsum("ij->i", {x[0], x[1]})); }},  // RuntimeError: einsum(): more operands were provided than specified in the equation
    {"Linalg", "einsum_too_few_operands", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0]})); }},  // RuntimeError: einsum(): fewer operands were provided than specified in the equation
    {"Linalg", "einsum_no_operands", 'V', {}, false, [](TL& x) { (void)(ct::einsum("i->i", {})); }},  // ValueError: einsum(): must specify the equation string and at least one operand, or at least one operand and i
    {"Linalg", "einsum_dim_mismatch", 'R', {"f", "f"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: einsum(): subscript j has size 2 for operand 1 which does not broadcast with previously seen siz
    {"Linalg", "einsum_bad_char", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("i1->i", {x[0]})); }},  // RuntimeError: einsum(): invalid subscript given at index 1 in the equation string, subscripts must be in [a-zA
    {"Linalg", "einsum_output_not_in_input", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("ij->k", {x[0]})); }},  // RuntimeError: einsum(): output subscript k does not appear in the equation for any input operand
    {"Linalg", "einsum_output_repeated", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("ij->ii", {x[0]})); }},  // RuntimeError: einsum(): output subscript i appears more than once in the output
    {"Linalg", "einsum_too_many_subscripts", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("ijk->i", {x[0]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (3) does not match the number of dimensions (
    {"Linalg", "einsum_too_few_subscripts", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("i->i", {x[0]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (1) does not match the number of dimensions (
    {"Linalg", "einsum_two_arrows", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum("i->i->i", {x[0]})); }},  // RuntimeError: einsum(): invalid subscript given at index 4 in the equation string, subscripts must be in [a-zA
    {"Linalg", "einsum_empty_equation", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum("", {x[0]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (0) does not match the number of dimensions (
    {"Linalg", "einsum_empty_equation_0dim", 'O', {"s"}, false, [](TL& x) { (void)(ct::einsum("", {x[0]})); }},
    {"Linalg", "einsum_only_arrow", 'O', {"s"}, false, [](TL& x) { (void)(ct::einsum("->", {x[0]})); }},
    {"Linalg", "einsum_ellipsis", 'O', {"f233"}, false, [](TL& x) { (void)(ct::einsum("...ij->...ji", {x[0]})); }},
    {"Linalg", "einsum_bad_ellipsis", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum("..i->i", {x[0]})); }},  // RuntimeError: einsum(): found '.' for operand 0 that is not part of any ellipsis
    {"Linalg", "einsum_comma_only", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum(",", {x[0]})); }},  // RuntimeError: einsum(): fewer operands were provided than specified in the equation
    {"Linalg", "einsum_trailing_comma", 'R', {"f3", "f3"}, false, [](TL& x) { (void)(ct::einsum("i,->i", {x[0], x[1]})); }},  // RuntimeError: einsum(): the number of subscripts in the equation (0) does not match the number of dimensions (
    {"Linalg", "einsum_uppercase", 'O', {"f"}, false, [](TL& x) { (void)(ct::einsum("IJ->JI", {x[0]})); }},
    {"Linalg", "einsum_space", 'O', {"f"}, false, [](TL& x) { (void)(ct::einsum("i j->j i", {x[0]})); }},
    {"Linalg", "einsum_diag_mismatch", 'R', {"f"}, false, [](TL& x) { (void)(ct::einsum("ii->i", {x[0]})); }},  // RuntimeError: einsum(): subscript i is repeated for operand 0 but the sizes don't match, 3 != 2
    {"Linalg", "einsum_undefined_operand", 'A', {"u"}, false, [](TL& x) { (void)(ct::einsum("ij->ji", {x[0]})); }},  // undefined argument (Python: None)
    {"Linalg", "einsum_int_float", 'R', {"i", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Long but found Float
    {"Linalg", "einsum_float_double", 'R', {"f", "d32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: expected scalar type Float but found Double
    {"Linalg", "einsum_bool", 'R', {"b", "b32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},  // RuntimeError: "bmm" not implemented for 'Bool'
    {"Linalg", "einsum_empty_operand", 'O', {"e", "f32"}, false, [](TL& x) { (void)(ct::einsum("ij,jk->ik", {x[0], x[1]})); }},
    {"Linalg", "einsum_unicode", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum("\u00e9->\u00e9", {x[0]})); }},  // RuntimeError: einsum(): invalid subscript given at index 0 in the equation string, subscripts must be in [a-zA
    {"Linalg", "einsum_high_byte", 'R', {"f3"}, false, [](TL& x) { (void)(ct::einsum("\xff->\xff", {x[0]})); }},  // RuntimeError: einsum(): invalid subscript given at index 0 in the equation string, subscripts must be in [a-zA
    {"Linalg", "einsum_many_operands", 'O', {"f3", "f3", "f3", "f3", "f3"}, false, [](TL& x) { (void)(ct::einsum("i,i,i,i,i->i", {x[0], x[1], x[2], x[3], x[4]})); }},
    {"Linalg", "inv_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "inv_f3", 'R', {"f3"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: The input tensor A must have at least 2 dimensions.
    {"Linalg", "inv_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: The input tensor A must have at least 2 dimensions.
    {"Linalg", "inv_sqi", 'R', {"sqi"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: Expected a floating point or complex tensor as input. Got Long
    {"Linalg", "inv_sqb", 'R', {"sqb"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: Expected a floating point or complex tensor as input. Got Bool
    {"Linalg", "inv_sing", 'R', {"sing"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // _LinAlgError: linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the inp
    {"Linalg", "inv_npd", 'O', {"npd"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},
    {"Linalg", "inv_nan22", 'O', {"nan22"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},
    {"Linalg", "inv_sq_nc", 'O', {"sq_nc"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},
    {"Linalg", "inv_sq00", 'O', {"sq00"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},
    {"Linalg", "inv_f233", 'R', {"f233"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // _LinAlgError: linalg.inv: (Batch element 0): The diagonal element 2 is zero, the inversion could not be comple
    {"Linalg", "inv_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // undefined argument (Python: None)
    {"Linalg", "inv_sqd", 'O', {"sqd"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},
    {"Linalg", "inv_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::linalg::inv(x[0])); }},  // RuntimeError: linalg.inv: A must be batches of square matrices, but they are 0 by 3 matrices
    {"Linalg", "det_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "det_f3", 'R', {"f3"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: The input tensor A must have at least 2 dimensions.
    {"Linalg", "det_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: The input tensor A must have at least 2 dimensions.
    {"Linalg", "det_sqi", 'R', {"sqi"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: Expected a floating point or complex tensor as input. Got Long
    {"Linalg", "det_sqb", 'R', {"sqb"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: Expected a floating point or complex tensor as input. Got Bool
    {"Linalg", "det_sing", 'O', {"sing"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_npd", 'O', {"npd"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_nan22", 'O', {"nan22"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_sq_nc", 'O', {"sq_nc"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_sq00", 'O', {"sq00"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_f233", 'O', {"f233"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // undefined argument (Python: None)
    {"Linalg", "det_sqd", 'O', {"sqd"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},
    {"Linalg", "det_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::linalg::det(x[0])); }},  // RuntimeError: linalg.det: A must be batches of square matrices, but they are 0 by 3 matrices
    {"Linalg", "slogdet_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "slogdet_f3", 'R', {"f3"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: The input tensor A must have at least 2 dimensions.
    {"Linalg", "slogdet_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: The input tensor A must have at least 2 dimensions.
    {"Linalg", "slogdet_sqi", 'R', {"sqi"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: Expected a floating point or complex tensor as input. Got Long
    {"Linalg", "slogdet_sqb", 'R', {"sqb"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: Expected a floating point or complex tensor as input. Got Bool
    {"Linalg", "slogdet_sing", 'O', {"sing"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_npd", 'O', {"npd"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_nan22", 'O', {"nan22"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_sq_nc", 'O', {"sq_nc"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_sq00", 'O', {"sq00"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_f233", 'O', {"f233"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // undefined argument (Python: None)
    {"Linalg", "slogdet_sqd", 'O', {"sqd"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},
    {"Linalg", "slogdet_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::linalg::slogdet(x[0])); }},  // RuntimeError: linalg.slogdet: A must be batches of square matrices, but they are 0 by 3 matrices
    {"Linalg", "cholesky_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "cholesky_f3", 'R', {"f3"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: The input tensor A must have at least 2 dimensions.
    {"Linalg", "cholesky_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: The input tensor A must have at least 2 dimensions.
    {"Linalg", "cholesky_sqi", 'R', {"sqi"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: Expected a floating point or complex tensor as input. Got Long
    {"Linalg", "cholesky_sqb", 'R', {"sqb"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: Expected a floating point or complex tensor as input. Got Bool
    {"Linalg", "cholesky_sing", 'R', {"sing"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // _LinAlgError: linalg.cholesky: The factorization could not be completed because the input is not positive-defi
    {"Linalg", "cholesky_npd", 'R', {"npd"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // _LinAlgError: linalg.cholesky: The factorization could not be completed because the input is not positive-defi
    {"Linalg", "cholesky_nan22", 'O', {"nan22"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},
    {"Linalg", "cholesky_sq_nc", 'O', {"sq_nc"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},
    {"Linalg", "cholesky_sq00", 'O', {"sq00"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},
    {"Linalg", "cholesky_f233", 'R', {"f233"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // _LinAlgError: linalg.cholesky: (Batch element 0): The factorization could not be completed because the input i
    {"Linalg", "cholesky_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // undefined argument (Python: None)
    {"Linalg", "cholesky_sqd", 'O', {"sqd"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},
    {"Linalg", "cholesky_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::linalg::cholesky(x[0])); }},  // RuntimeError: linalg.cholesky: A must be batches of square matrices, but they are 0 by 3 matrices
    {"Linalg", "solve_vec_f", 'R', {"f"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "solve_vec_f3", 'R', {"f3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: The input tensor A must have at least 2 dimensions.
    {"Linalg", "solve_vec_s", 'R', {"s"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: The input tensor A must have at least 2 dimensions.
    {"Linalg", "solve_vec_sqi", 'R', {"sqi"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Expected a floating point or complex tensor as input. Got Long
    {"Linalg", "solve_vec_sqb", 'R', {"sqb"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Expected a floating point or complex tensor as input. Got Bool
    {"Linalg", "solve_vec_sing", 'R', {"sing"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (2x2 and 3x1)
    {"Linalg", "solve_vec_npd", 'R', {"npd"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (2x2 and 3x1)
    {"Linalg", "solve_vec_nan22", 'R', {"nan22"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (2x2 and 3x1)
    {"Linalg", "solve_vec_sq_nc", 'O', {"sq_nc"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},
    {"Linalg", "solve_vec_sq00", 'R', {"sq00"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (0x0 and 3x1)
    {"Linalg", "solve_vec_f233", 'R', {"f233"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // _LinAlgError: torch.linalg.solve: (Batch element 0): The solver failed because the input matrix is singular.
    {"Linalg", "solve_vec_u", 'A', {"u"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // undefined argument (Python: None)
    {"Linalg", "solve_vec_sqd", 'R', {"sqd"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: Expected A and B to have the same dtype, but found A of type Double and B of type 
    {"Linalg", "solve_vec_e", 'R', {"e"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], ct::ones({3}))); }},  // RuntimeError: linalg.solve: A must be batches of square matrices, but they are 0 by 3 matrices
    {"Linalg", "solve_sq_f3", 'O', {"sq", "f3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},
    {"Linalg", "solve_sq_f2", 'R', {"sq", "f2"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (3x3 and 2x1)
    {"Linalg", "solve_sq_d3", 'R', {"sq", "d3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: Expected A and B to have the same dtype, but found A of type Float and B of type D
    {"Linalg", "solve_sqd_f3", 'R', {"sqd", "f3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: Expected A and B to have the same dtype, but found A of type Double and B of type 
    {"Linalg", "solve_sq_f233", 'O', {"sq", "f233"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},
    {"Linalg", "solve_sq_f45", 'R', {"sq", "f45"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (3x3 and 4x5)
    {"Linalg", "solve_sing_f2", 'R', {"sing", "f2"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // _LinAlgError: torch.linalg.solve: The solver failed because the input matrix is singular.
    {"Linalg", "solve_f_f2", 'R', {"f", "f2"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: A must be batches of square matrices, but they are 2 by 3 matrices
    {"Linalg", "solve_sq_u", 'A', {"sq", "u"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Linalg", "solve_sq_i3", 'R', {"sq", "i3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: Expected A and B to have the same dtype, but found A of type Float and B of type L
    {"Linalg", "solve_sq_s", 'R', {"sq", "s"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // RuntimeError: linalg.solve: The input tensor B must have at least 2 dimensions.
    {"Linalg", "solve_f233_f3", 'R', {"f233", "f3"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},  // _LinAlgError: torch.linalg.solve: (Batch element 0): The solver failed because the input matrix is singular.
    {"Linalg", "solve_sq_f32", 'O', {"sq", "f32"}, false, [](TL& x) { (void)(ct::linalg::solve(x[0], x[1])); }},
    {"NN", "gelu_bad_approximate", 'R', {"f"}, false, [](TL& x) { (void)(nnf::gelu(x[0], "bogus")); }},  // RuntimeError: approximate argument must be either none or tanh.
    {"NN", "hardtanh_min_gt_max", 'O', {"f"}, false, [](TL& x) { (void)(nnf::hardtanh(x[0], 1.0, -1.0)); }},
    {"NN", "softplus_beta0", 'O', {"f"}, false, [](TL& x) { (void)(nnf::softplus(x[0], 0.0)); }},
    {"NN", "dropout_p_gt_1", 'V', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 1.5)); }},  // ValueError: dropout probability has to be between 0 and 1, but got 1.5
    {"NN", "dropout_p_negative", 'V', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], -0.1)); }},  // ValueError: dropout probability has to be between 0 and 1, but got -0.1
    {"NN", "dropout_p_nan", 'R', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], NAN)); }},  // RuntimeError: dropout probability has to be between 0 and 1, but got nan
    {"NN", "dropout_p_1", 'O', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 1.0)); }},
    {"NN", "dropout_eval_bad_p", 'V', {"f"}, false, [](TL& x) { (void)(nnf::dropout(x[0], 2.0, false)); }},  // ValueError: dropout probability has to be between 0 and 1, but got 2.0
    {"NN", "linear_f_lw", 'O', {"f", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},
    {"NN", "linear_f_lw_bad", 'R', {"f", "lw_bad"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 5x4)
    {"NN", "linear_f_lw_lb5", 'R', {"f", "lw", "lb5"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (4) must match the existing size (5) at non-singleton dimension 
    {"NN", "linear_f_lw_lw", 'R', {"f", "lw", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},  // RuntimeError: The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 
    {"NN", "linear_f_lwd", 'R', {"f", "lwd"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"NN", "linear_d_lw", 'R', {"d", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"NN", "linear_f_lw_bias3d", 'R', {"f", "lw", "bias3d"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},  // RuntimeError: self and mat2 must have the same dtype
    {"NN", "linear_i_lwi", 'O', {"i", "lwi"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},
    {"NN", "linear_s_lw", 'R', {"s", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 2D
    {"NN", "linear_f3_lw", 'O', {"f3", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},
    {"NN", "linear_f_f3", 'O', {"f", "f3"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},
    {"NN", "linear_f_s", 'R', {"f", "s"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // RuntimeError: both arguments to matmul need to be at least 1D, but they are 2D and 0D
    {"NN", "linear_u_lw", 'A', {"u", "lw"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // undefined argument (Python: None)
    {"NN", "linear_f_u", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1])); }},  // undefined argument (Python: None)
    {"NN", "linear_e_lw_lb4", 'O', {"e", "lw", "lb4"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},
    {"NN", "linear_f233_lw_lb4", 'O', {"f233", "lw", "lb4"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},
    {"NN", "linear_nc_lw_lb4", 'O', {"nc", "lw", "lb4"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},
    {"NN", "linear_f_lw_s", 'O', {"f", "lw", "s"}, false, [](TL& x) { (void)(nnf::linear(x[0], x[1], x[2])); }},
    {"NN", "layer_norm_f_3", 'O', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3})); }},
    {"NN", "layer_norm_f_2", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {2})); }},  // RuntimeError: Given normalized_shape=[2], expected input with shape [*, 2], but got input of size[2, 3]
    {"NN", "layer_norm_f_2x3x1", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {2, 3, 1})); }},  // RuntimeError: Given normalized_shape=[2, 3, 1], expected input with shape [*, 2, 3, 1], but got input of size[
    {"NN", "layer_norm_f_none", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {})); }},  // RuntimeError: Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, b
    {"NN", "layer_norm_f_4x3", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {4, 3})); }},  // RuntimeError: Given normalized_shape=[4, 3], expected input with shape [*, 4, 3], but got input of size[2, 3]
    {"NN", "layer_norm_f_m3", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {-3})); }},  // RuntimeError: Given normalized_shape=[-3], expected input with shape [*, -3], but got input of size[2, 3]
    {"NN", "layer_norm_f_0", 'R', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {0})); }},  // RuntimeError: Given normalized_shape=[0], expected input with shape [*, 0], but got input of size[2, 3]
    {"NN", "layer_norm_i_3", 'R', {"i"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3})); }},  // RuntimeError: "LayerNormKernelImpl" not implemented for 'Long'
    {"NN", "layer_norm_b_3", 'R', {"b"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3})); }},  // RuntimeError: "LayerNormKernelImpl" not implemented for 'Bool'
    {"NN", "layer_norm_s_none", 'R', {"s"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {})); }},  // RuntimeError: Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, b
    {"NN", "layer_norm_s_1", 'R', {"s"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {1})); }},  // RuntimeError: Given normalized_shape=[1], expected input with shape [*, 1], but got input of size[]
    {"NN", "layer_norm_e_3", 'O', {"e"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3})); }},
    {"NN", "layer_norm_nc_2x3", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {2, 3})); }},
    {"NN", "layer_norm_u_3", 'A', {"u"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3})); }},  // undefined argument (Python: None)
    {"NN", "layer_norm_weight_shape", 'R', {"f", "f2"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3}, x[1])); }},  // RuntimeError: Expected weight to be of same shape as normalized_shape, but got weight of shape [2] and normali
    {"NN", "layer_norm_bias_shape", 'R', {"f", "f3", "f2"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3}, x[1], x[2])); }},  // RuntimeError: Expected bias to be of same shape as normalized_shape, but got bias of shape [2] and normalized_
    {"NN", "layer_norm_weight_dtype", 'D', {"f", "d3"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3}, x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"NN", "layer_norm_eps_negative", 'O', {"f"}, false, [](TL& x) { (void)(nnf::layer_norm(x[0], {3}, {}, {}, -1.0)); }},
    {"NN", "softmax_int", 'R', {"i"}, false, [](TL& x) { (void)(nnf::softmax(x[0], 1)); }},  // RuntimeError: "softmax_lastdim_kernel_impl" not implemented for 'Long'
    {"NN", "log_softmax_bool", 'R', {"b"}, false, [](TL& x) { (void)(nnf::log_softmax(x[0], 1)); }},  // RuntimeError: "log_softmax_lastdim_kernel_impl" not implemented for 'Bool'
    {"Conv", "conv2d_ok", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},
    {"Conv", "conv2d_unbatched", 'O', {"img3", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},
    {"Conv", "conv2d_input_5d", 'R', {"img5", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [1, 1, 2, 5, 5]
    {"Conv", "conv2d_input_2d", 'R', {"f", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 3]
    {"Conv", "conv2d_input_0dim", 'R', {"s", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: []
    {"Conv", "conv2d_weight_3d", 'R', {"img", "w3d"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: expected stride to be a single integer value or a list of 1 values to match the convolution dime
    {"Conv", "conv2d_weight_0dim", 'R', {"img", "s"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: weight should have at least three dimensions
    {"Conv", "conv2d_channel_mismatch", 'R', {"img", "wc3"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Given groups=1, weight of size [3, 3, 3, 3], expected input[1, 2, 5, 5] to have 3 channels, but 
    {"Conv", "conv2d_kernel_too_big", 'R', {"img", "wbig"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Calculated padded input size per channel: (5 x 5). Kernel size: (7 x 7). Kernel size can't be gr
    {"Conv", "conv2d_dtype_mismatch", 'R', {"img", "wd"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: expected scalar type Float but found Double
    {"Conv", "conv2d_dtype_mismatch_input", 'R', {"imgd", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"Conv", "conv2d_int", 'O', {"imgi", "wi"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},
    {"Conv", "conv2d_bool", 'R', {"imgb", "wi"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: "slow_conv2d_cpu" not implemented for 'Bool'
    {"Conv", "conv2d_empty_batch", 'O', {"imge", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},
    {"Conv", "conv2d_empty_spatial", 'R', {"imgz", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Calculated padded input size per channel: (0 x 5). Kernel size: (3 x 3). Kernel size can't be gr
    {"Conv", "conv2d_empty_weight", 'R', {"img", "we"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // RuntimeError: Given groups=1, expected weight to be at least 1 at dimension 0, but got weight of size [0, 2, 3
    {"Conv", "conv2d_noncontig", 'O', {"img_nc", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},
    {"Conv", "conv2d_undefined_input", 'A', {"u", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Conv", "conv2d_undefined_weight", 'A', {"img", "u"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Conv", "conv2d_bias_size", 'R', {"img", "w", "bias2"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], x[2])); }},  // RuntimeError: Given weight of size [3, 2, 3, 3], expected bias to be 1-dimensional with 3 elements, but got bi
    {"Conv", "conv2d_bias_2d", 'R', {"img", "w", "bias33"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], x[2])); }},  // RuntimeError: Given weight of size [3, 2, 3, 3], expected bias to be 1-dimensional with 3 elements, but got bi
    {"Conv", "conv2d_bias_dtype", 'D', {"img", "w", "bias3d"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], x[2])); }},  // RuntimeError: Input type (float) and bias type (double) should be the same
    {"Conv", "conv2d_stride0", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {0, 1})); }},  // RuntimeError: non-positive stride is not supported
    {"Conv", "conv2d_stride_negative", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {-1, 1})); }},  // RuntimeError: non-positive stride is not supported
    {"Conv", "conv2d_stride_len1", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1})); }},
    {"Conv", "conv2d_stride_len3", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1, 1})); }},  // RuntimeError: expected stride to be a single integer value or a list of 2 values to match the convolution dime
    {"Conv", "conv2d_stride_huge", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {INT64_MAX, 1})); }},
    {"Conv", "conv2d_padding_negative", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {-1, 0})); }},  // RuntimeError: negative padding is not supported
    {"Conv", "conv2d_padding_len1", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {1})); }},
    {"Conv", "conv2d_padding_huge", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {1LL << 40, 0})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Conv", "conv2d_padding_int64_max", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {INT64_MAX, 0})); }},
    {"Conv", "conv2d_dilation0", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {0, 1})); }},  // RuntimeError: dilation should be greater than zero, but got [0, 1]
    {"Conv", "conv2d_dilation_negative", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {-1, 1})); }},  // RuntimeError: dilation should be greater than zero, but got [-1, 1]
    {"Conv", "conv2d_dilation_huge", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1LL << 62, 1})); }},
    {"Conv", "conv2d_dilation_wraps", 'O', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {(1LL << 62) + 1, 1})); }},
    {"Conv", "conv2d_groups0", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, 0)); }},  // RuntimeError: non-positive groups is not supported
    {"Conv", "conv2d_groups_negative", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, -1)); }},  // RuntimeError: non-positive groups is not supported
    {"Conv", "conv2d_groups_not_dividing_in", 'R', {"img", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, 3)); }},  // RuntimeError: Given groups=3, weight of size [3, 2, 3, 3], expected input[1, 2, 5, 5] to have 6 channels, but 
    {"Conv", "conv2d_groups_not_dividing_out", 'R', {"img4", "w"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, 2)); }},  // RuntimeError: Given groups=2, expected weight to be divisible by 2 at dimension 0, but got weight of size [[3,
    {"Conv", "conv2d_groups_ok", 'O', {"img4", "wg"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, 4)); }},
    {"Conv", "conv2d_groups_weight_mismatch", 'R', {"img4", "wg"}, false, [](TL& x) { (void)(nnf::conv2d(x[0], x[1], {}, {1, 1}, {0, 0}, {1, 1}, 2)); }},  // RuntimeError: Given groups=2, weight of size [4, 1, 3, 3], expected input[1, 4, 5, 5] to have 2 channels, but 
    {"Conv", "conv1d_ok", 'O', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},
    {"Conv", "conv1d_unbatched", 'O', {"seq2", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},
    {"Conv", "conv1d_input_4d", 'R', {"img", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [1, 2, 5, 5]
    {"Conv", "conv1d_weight_4d", 'R', {"seq", "w"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: Expected 4-dimensional input for 4-dimensional weight [3, 2, 3, 3], but got 3-dimensional input 
    {"Conv", "conv1d_channel_mismatch", 'R', {"seq", "w1c"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: Given groups=1, weight of size [3, 4, 3], expected input[1, 2, 5] to have 4 channels, but got 2 
    {"Conv", "conv1d_kernel_too_big", 'R', {"seq", "w1big"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: Calculated padded input size per channel: (5). Kernel size: (9). Kernel size can't be greater th
    {"Conv", "conv1d_dtype_mismatch", 'R', {"seqd", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: expected scalar type Double but found Float
    {"Conv", "conv1d_undefined_input", 'A', {"u", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Conv", "conv1d_undefined_weight", 'A', {"seq", "u"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Conv", "conv1d_bias_size", 'R', {"seq", "w1", "bias2"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], x[2])); }},  // RuntimeError: Given weight of size [3, 2, 3], expected bias to be 1-dimensional with 3 elements, but got bias 
    {"Conv", "conv1d_stride0", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 0)); }},  // RuntimeError: non-positive stride is not supported
    {"Conv", "conv1d_stride_negative", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, -1)); }},  // RuntimeError: non-positive stride is not supported
    {"Conv", "conv1d_padding_negative", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, -1)); }},  // RuntimeError: negative padding is not supported
    {"Conv", "conv1d_padding_huge", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, 1LL << 40)); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Conv", "conv1d_dilation0", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, 0, 0)); }},  // RuntimeError: dilation should be greater than zero, but got [1, 0]
    {"Conv", "conv1d_dilation_huge", 'O', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, 0, 1LL << 62)); }},
    {"Conv", "conv1d_groups0", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, 0, 1, 0)); }},  // RuntimeError: non-positive groups is not supported
    {"Conv", "conv1d_groups_not_dividing", 'R', {"seq", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1], {}, 1, 0, 1, 3)); }},  // RuntimeError: Given groups=3, weight of size [3, 2, 3], expected input[1, 2, 5] to have 6 channels, but got 2 
    {"Conv", "conv1d_input_0dim", 'R', {"s", "w1"}, false, [](TL& x) { (void)(nnf::conv1d(x[0], x[1])); }},  // RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: []
    {"Pool", "max_pool2d_ok", 'O', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},
    {"Pool", "avg_pool2d_ok", 'O', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},
    {"Pool", "max_pool2d_kernel0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {0, 2})); }},  // RuntimeError: stride should not be zero
    {"Pool", "avg_pool2d_kernel0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {0, 2})); }},  // RuntimeError: stride should not be zero
    {"Pool", "max_pool2d_kernel_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {-1, 2})); }},  // RuntimeError: kernel size should be greater than zero, but got kH: -1 kW: 2
    {"Pool", "avg_pool2d_kernel_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {-1, 2})); }},  // RuntimeError: kernel size should be greater than zero, but got kH: -1 kW: 2
    {"Pool", "max_pool2d_kernel_len1", 'O', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2})); }},
    {"Pool", "avg_pool2d_kernel_len1", 'O', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2})); }},
    {"Pool", "max_pool2d_kernel_len3", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2, 2})); }},  // RuntimeError: max_pool2d: kernel_size must either be a single int, or a tuple of two ints
    {"Pool", "avg_pool2d_kernel_len3", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2, 2})); }},  // RuntimeError: avg_pool2d: kernel_size must either be a single int, or a tuple of two ints
    {"Pool", "max_pool2d_kernel_empty", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {})); }},  // RuntimeError: max_pool2d: kernel_size must either be a single int, or a tuple of two ints
    {"Pool", "avg_pool2d_kernel_empty", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {})); }},  // RuntimeError: avg_pool2d: kernel_size must either be a single int, or a tuple of two ints
    {"Pool", "max_pool2d_kernel_too_big", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {6, 6})); }},  // RuntimeError: Given input size: (2x5x5). Calculated output size: (2x0x0). Output size is too small
    {"Pool", "avg_pool2d_kernel_too_big", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {6, 6})); }},  // RuntimeError: Given input size: (2x5x5). Calculated output size: (2x0x0). Output size is too small
    {"Pool", "max_pool2d_kernel_huge", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {INT64_MAX, 1})); }},  // RuntimeError: integer out of range
    {"Pool", "avg_pool2d_kernel_huge", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {INT64_MAX, 1})); }},  // RuntimeError: kernel size should be greater than zero, but got kH: -1 kW: 1
    {"Pool", "max_pool2d_stride0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {0, 1})); }},  // RuntimeError: stride should not be zero
    {"Pool", "avg_pool2d_stride0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {0, 1})); }},  // RuntimeError: stride should not be zero
    {"Pool", "max_pool2d_stride_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {-1, 1})); }},  // RuntimeError: stride should be greater than zero, but got dH: -1 dW: 1
    {"Pool", "avg_pool2d_stride_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {-1, 1})); }},  // RuntimeError: stride should be greater than zero, but got dH: -1 dW: 1
    {"Pool", "max_pool2d_stride_len3", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {1, 1, 1})); }},  // RuntimeError: max_pool2d: stride must either be omitted, a single int, or a tuple of two ints
    {"Pool", "avg_pool2d_stride_len3", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {1, 1, 1})); }},  // RuntimeError: avg_pool2d: stride must either be omitted, a single int, or a tuple of two ints
    {"Pool", "max_pool2d_padding_too_big", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {2, 0})); }},  // RuntimeError: pad should be at most half of kernel size, but got pad=2 and kernel_size=2
    {"Pool", "avg_pool2d_padding_too_big", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {2, 2}, {2, 0})); }},  // RuntimeError: pad should be at most half of kernel size, but got pad=2 and kernel_size=2
    {"Pool", "max_pool2d_padding_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {-1, 0})); }},  // RuntimeError: pad must be non-negative, but got pad: -1
    {"Pool", "avg_pool2d_padding_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {2, 2}, {-1, 0})); }},  // RuntimeError: pad must be non-negative, but got pad: -1
    {"Pool", "max_pool2d_padding_len1", 'O', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {1})); }},
    {"Pool", "avg_pool2d_padding_len1", 'O', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2}, {2, 2}, {1})); }},
    {"Pool", "max_pool2d_input_3d", 'O', {"img3"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},
    {"Pool", "avg_pool2d_input_3d", 'O', {"img3"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},
    {"Pool", "max_pool2d_input_2d", 'R', {"f"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // RuntimeError: non-empty 3D or 4D (batch mode) tensor expected for input
    {"Pool", "avg_pool2d_input_2d", 'A', {"f"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},  // torch: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3) (type incidental: a
    {"Pool", "max_pool2d_input_5d", 'R', {"img5"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // RuntimeError: non-empty 3D or 4D (batch mode) tensor expected for input
    {"Pool", "avg_pool2d_input_5d", 'R', {"img5"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},  // RuntimeError: Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[1, 1, 2
    {"Pool", "max_pool2d_input_int", 'R', {"imgi"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // RuntimeError: "max_pool2d" not implemented for 'Long'
    {"Pool", "avg_pool2d_input_int", 'O', {"imgi"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},
    {"Pool", "max_pool2d_input_bool", 'R', {"imgb"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // RuntimeError: "max_pool2d" not implemented for 'Bool'
    {"Pool", "avg_pool2d_input_bool", 'R', {"imgb"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},  // RuntimeError: "avg_pool2d" not implemented for 'Bool'
    {"Pool", "max_pool2d_input_empty_batch", 'O', {"imge"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},
    {"Pool", "avg_pool2d_input_empty_batch", 'O', {"imge"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},
    {"Pool", "max_pool2d_input_empty_spatial", 'R', {"imgz"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // RuntimeError: Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[1, 2, 0
    {"Pool", "avg_pool2d_input_empty_spatial", 'R', {"imgz"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},  // RuntimeError: Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[1, 2, 0
    {"Pool", "max_pool2d_input_noncontig", 'O', {"img_nc"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},
    {"Pool", "avg_pool2d_input_noncontig", 'O', {"img_nc"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},
    {"Pool", "max_pool2d_input_undefined", 'A', {"u"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2})); }},  // undefined argument (Python: None)
    {"Pool", "avg_pool2d_input_undefined", 'A', {"u"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {2, 2})); }},  // undefined argument (Python: None)
    {"Pool", "max_pool2d_input_0dim", 'R', {"s"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {1, 1})); }},  // RuntimeError: non-empty 3D or 4D (batch mode) tensor expected for input
    {"Pool", "avg_pool2d_input_0dim", 'A', {"s"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {1, 1})); }},  // torch: IndexError: Dimension specified as -3 but tensor has no dimensions (type incidental: any ct::Error)
    {"Pool", "max_pool2d_dilation0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {0, 0}, {0, 1})); }},  // RuntimeError: dilation should be greater than zero, but got dilationH: 0 dilationW: 1
    {"Pool", "max_pool2d_dilation_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {0, 0}, {-1, 1})); }},  // RuntimeError: dilation should be greater than zero, but got dilationH: -1 dilationW: 1
    {"Pool", "max_pool2d_dilation_huge", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {2, 2}, {0, 0}, {1LL << 62, 1})); }},  // RuntimeError: integer out of range
    {"Pool", "max_pool2d_kernel_dilation_wrap", 'R', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {1LL << 62, 1}, {1, 1}, {0, 0}, {4, 1})); }},  // RuntimeError: integer out of range
    {"Pool", "max_pool2d_ceil_mode", 'O', {"img"}, false, [](TL& x) { (void)(nnf::max_pool2d(x[0], {2, 2}, {}, {0, 0}, {1, 1}, true)); }},
    {"Pool", "avg_pool2d_ceil_pad", 'O', {"img"}, false, [](TL& x) { (void)(nnf::avg_pool2d(x[0], {3, 3}, {2, 2}, {1, 1}, true, false)); }},
    {"Pool", "unfold_ok", 'O', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},
    {"Pool", "unfold_kernel0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {0, 2})); }},  // RuntimeError: kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 2
    {"Pool", "unfold_kernel_too_big", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {6, 6})); }},  // RuntimeError: Given input with spatial size (5, 5), kernel_size=(6, 6), dilation=(1, 1), padding=(0, 0), calcu
    {"Pool", "unfold_kernel_len1", 'D', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2})); }},  // RuntimeError: It is expected kernel_size equals to 2, but got size 1
    {"Pool", "unfold_kernel_huge", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {INT64_MAX, 1})); }},  // RuntimeError: IntArrayRef contains an int that cannot be represented as a SymInt: -9223372036854775773
    {"Pool", "unfold_dilation0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2}, {0, 1})); }},  // RuntimeError: dilation should be greater than zero, but got dilation_height: 0 dilation_width: 1
    {"Pool", "unfold_padding_negative", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2}, {1, 1}, {-1, 0})); }},  // RuntimeError: padding should be non-negative, but got pad_height: -1 pad_width: 0
    {"Pool", "unfold_padding_huge", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2}, {1, 1}, {1LL << 40, 0})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Pool", "unfold_stride0", 'R', {"img"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2}, {1, 1}, {0, 0}, {0, 1})); }},  // RuntimeError: stride should be greater than zero, but got stride_height: 0 stride_width: 1
    {"Pool", "unfold_input_3d", 'O', {"img3"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},
    {"Pool", "unfold_input_2d", 'A', {"f"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},  // torch: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2) (type incidental: an
    {"Pool", "unfold_input_int", 'R', {"imgi"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},  // RuntimeError: "im2col_out_cpu" not implemented for 'Long'
    {"Pool", "unfold_input_empty_batch", 'O', {"imge"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},
    {"Pool", "unfold_input_undefined", 'A', {"u"}, false, [](TL& x) { (void)(nnf::unfold(x[0], {2, 2})); }},  // undefined argument (Python: None)
    {"Pool", "fold_ok", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "fold_wrong_blocks", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {6, 6}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "fold_wrong_channels", 'R', {"cols_bad"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "fold_kernel0", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {0, 2})); }},  // RuntimeError: kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 2
    {"Pool", "fold_output_too_small", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {1, 1}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "fold_output_negative", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {-5, 5}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "fold_output_len1", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5}, {2, 2})); }},  // RuntimeError: It is expected output_size equals to 2, but got size 1
    {"Pool", "fold_stride0", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2}, {1, 1}, {0, 0}, {0, 1})); }},  // RuntimeError: stride should be greater than zero, but got stride_height: 0 stride_width: 1
    {"Pool", "fold_dilation0", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2}, {0, 1})); }},  // RuntimeError: dilation should be greater than zero, but got dilation_height: 0 dilation_width: 1
    {"Pool", "fold_input_4d", 'R', {"img"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2})); }},  // RuntimeError: Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensio
    {"Pool", "fold_input_1d", 'R', {"f3"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2})); }},  // RuntimeError: Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensio
    {"Pool", "fold_input_undefined", 'A', {"u"}, false, [](TL& x) { (void)(nnf::fold(x[0], {5, 5}, {2, 2})); }},  // undefined argument (Python: None)
    {"Pool", "fold_output_huge", 'R', {"cols"}, false, [](TL& x) { (void)(nnf::fold(x[0], {1LL << 40, 1LL << 40}, {2, 2})); }},  // RuntimeError: Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got inpu
    {"Pool", "pad_odd", 'R', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1})); }},  // RuntimeError: Padding length must be divisible by 2
    {"Pool", "pad_too_long", 'R', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1, 1, 1, 1, 1})); }},  // RuntimeError: Padding length too large
    {"Pool", "pad_crop_too_much", 'R', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {-2, -2})); }},  // RuntimeError: start (0) + length (-1) exceeds dimension size (1).
    {"Pool", "pad_crop_to_zero", 'O', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {-1, -2})); }},
    {"Pool", "pad_crop_huge", 'A', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {INT64_MIN, 0})); }},  // torch: IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -9223372036854775808) (
    {"Pool", "pad_huge", 'R', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1LL << 40, 1LL << 40})); }},  // RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tri
    {"Pool", "pad_int64_max", 'R', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {INT64_MAX, 1})); }},  // RuntimeError: The input size 3, plus negative padding 9223372036854775807 and 1 resulted in a negative output 
    {"Pool", "pad_empty_list", 'O', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {})); }},
    {"Pool", "pad_bad_mode", 'N', {"f"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1}, "bogus")); }},  // NotImplementedError: Unrecognised padding mode bogus
    {"Pool", "pad_reflect", 'N', {"img"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1}, "reflect")); }},  // NotImplementedError: Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now
    {"Pool", "pad_reflect_too_big", 'N', {"img"}, false, [](TL& x) { (void)(nnf::pad(x[0], {5, 5}, "reflect")); }},  // NotImplementedError: Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now
    {"Pool", "pad_replicate", 'N', {"img"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1}, "replicate")); }},  // NotImplementedError: Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now
    {"Pool", "pad_circular", 'N', {"img"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1}, "circular")); }},  // NotImplementedError: Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now
    {"Pool", "pad_0dim", 'R', {"s"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},  // RuntimeError: Padding length too large
    {"Pool", "pad_empty", 'O', {"e"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Pool", "pad_empty_dim0", 'O', {"e"}, false, [](TL& x) { (void)(nnf::pad(x[0], {0, 0, 1, 1})); }},
    {"Pool", "pad_int", 'O', {"i"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Pool", "pad_bool", 'O', {"b"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},
    {"Pool", "pad_undefined", 'A', {"u"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, 1})); }},  // undefined argument (Python: None)
    {"Pool", "pad_noncontig", 'O', {"nc"}, false, [](TL& x) { (void)(nnf::pad(x[0], {1, -1})); }},
    {"Losses", "cross_entropy_ok", 'O', {"f", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_ok", 'O', {"f", "tg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},
    {"Losses", "cross_entropy_target_oor", 'I', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "nll_loss_target_oor", 'I', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "cross_entropy_target_negative", 'I', {"f", "tg_neg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // IndexError: Target -5 is out of bounds.
    {"Losses", "nll_loss_target_negative", 'I', {"f", "tg_neg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // IndexError: Target -5 is out of bounds.
    {"Losses", "cross_entropy_target_float_wrong_shape", 'R', {"f", "tg_f"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // RuntimeError: expected scalar type Long but found Float
    {"Losses", "nll_loss_target_float_wrong_shape", 'R', {"f", "tg_f"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: expected scalar type Long but found Float
    {"Losses", "cross_entropy_target_bool", 'R', {"f", "tg_b"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // RuntimeError: expected scalar type Long but found Bool
    {"Losses", "nll_loss_target_bool", 'R', {"f", "tg_b"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: expected scalar type Long but found Bool
    {"Losses", "cross_entropy_target_batch", 'V', {"f", "tg3"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (3).
    {"Losses", "nll_loss_target_batch", 'V', {"f", "tg3"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (3).
    {"Losses", "cross_entropy_target_2d", 'V', {"f", "tg_2d"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (1).
    {"Losses", "nll_loss_target_2d", 'V', {"f", "tg_2d"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (1).
    {"Losses", "cross_entropy_target_0dim", 'V', {"f", "tg_s"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (0).
    {"Losses", "nll_loss_target_0dim", 'V', {"f", "tg_s"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (0).
    {"Losses", "cross_entropy_input_1d", 'O', {"f3", "tg_s"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_input_1d", 'O', {"f3", "tg_s"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},
    {"Losses", "cross_entropy_input_1d_oor", 'O', {"f3", "tg_s"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_input_1d_oor", 'O', {"f3", "tg_s"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},
    {"Losses", "cross_entropy_input_0dim", 'D', {"s", "tg_s"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // RuntimeError: Expected floating point type for target with class probabilities, got Long
    {"Losses", "nll_loss_input_0dim", 'V', {"s", "tg_s"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected 1 or more dimensions (got 0)
    {"Losses", "cross_entropy_input_int", 'R', {"i", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // RuntimeError: "log_softmax_lastdim_kernel_impl" not implemented for 'Long'
    {"Losses", "nll_loss_input_int", 'D', {"i", "tg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: "nll_loss_out_frame" not implemented for 'Long'
    {"Losses", "cross_entropy_input_empty", 'O', {"e", "idx_e"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_input_empty", 'O', {"e", "idx_e"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},
    {"Losses", "cross_entropy_probs_target", 'O', {"f", "f"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_probs_target", 'R', {"f", "f"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: 0D or 1D target tensor expected, multi-target not supported
    {"Losses", "cross_entropy_probs_target_dtype", 'O', {"f", "d"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},
    {"Losses", "nll_loss_probs_target_dtype", 'R', {"f", "d"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: 0D or 1D target tensor expected, multi-target not supported
    {"Losses", "cross_entropy_probs_target_shape", 'V', {"f", "f45"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (4).
    {"Losses", "nll_loss_probs_target_shape", 'D', {"f", "f45"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (4).
    {"Losses", "cross_entropy_undefined_input", 'A', {"u", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "nll_loss_undefined_input", 'A', {"u", "tg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "cross_entropy_undefined_target", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "nll_loss_undefined_target", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "cross_entropy_input_3d_target_bad", 'R', {"f233", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // RuntimeError: Expected target size [2, 3], got [2]
    {"Losses", "nll_loss_input_3d_target_bad", 'R', {"f233", "tg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // RuntimeError: Expected target size [2, 3], got [2]
    {"Losses", "cross_entropy_input_3d_target_ok", 'V', {"f233", "gi_1d"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (3).
    {"Losses", "nll_loss_input_3d_target_ok", 'V', {"f233", "gi_1d"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1])); }},  // ValueError: Expected input batch_size (2) to match target batch_size (3).
    {"Losses", "cross_entropy_1d_target_oor", 'I', {"f3", "si"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], ct::tensor(3))); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "cross_entropy_weight_size", 'R', {"f", "tg", "wt2"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.weight = x[2]})); }},  // RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of 
    {"Losses", "cross_entropy_weight_2d", 'R', {"f", "tg", "f"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.weight = x[2]})); }},  // RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of 
    {"Losses", "cross_entropy_weight_int", 'D', {"f", "tg", "wt3i"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.weight = x[2]})); }},  // RuntimeError: expected scalar type Float but found Long
    {"Losses", "cross_entropy_weight_probs_size", 'R', {"f", "f", "wt2"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.weight = x[2]})); }},  // RuntimeError: cross_entropy: weight tensor should be defined either for all 3 classes or no classes but got we
    {"Losses", "cross_entropy_bad_reduction", 'V', {"f", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.reduction = "bogus"})); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "cross_entropy_smoothing_gt_1", 'R', {"f", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.label_smoothing = 1.5})); }},  // RuntimeError: label_smoothing must be between 0.0 and 1.0. Got: 1.5
    {"Losses", "cross_entropy_smoothing_negative", 'O', {"f", "tg"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.label_smoothing = -0.5})); }},
    {"Losses", "cross_entropy_ignore_index_target", 'O', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.ignore_index = 3})); }},
    {"Losses", "cross_entropy_smoothing_target_oor", 'I', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.label_smoothing = 0.1})); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "cross_entropy_smoothing_weight_oor", 'I', {"f", "tg_oor", "wt3"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.weight = x[2], .label_smoothing = 0.1})); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "cross_entropy_none_target_oor", 'I', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::cross_entropy(x[0], x[1], {.reduction = "none"})); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "nll_loss_weight_size", 'R', {"f", "tg", "wt2"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1], {.weight = x[2]})); }},  // RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of 
    {"Losses", "nll_loss_bad_reduction", 'V', {"f", "tg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1], {.reduction = "bogus"})); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "nll_loss_none_target_oor", 'I', {"f", "tg_oor"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1], {.reduction = "none"})); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "nll_loss_weight_target_oor", 'I', {"f", "tg_oor", "wt3"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1], {.weight = x[2]})); }},  // IndexError: Target 3 is out of bounds.
    {"Losses", "nll_loss_sum_target_neg", 'I', {"f", "tg_neg"}, false, [](TL& x) { (void)(nnf::nll_loss(x[0], x[1], {.reduction = "sum"})); }},  // IndexError: Target -5 is out of bounds.
    {"Losses", "mse_loss_bad_reduction", 'V', {"f", "f"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1], "bogus")); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "mse_loss_int", 'R', {"i", "i"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: "mse_cpu" not implemented for 'Long'
    {"Losses", "mse_loss_bool", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},  // RuntimeError: "mse_cpu" not implemented for 'Bool'
    {"Losses", "mse_loss_float_int", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1])); }},
    {"Losses", "mse_loss_none_mismatch", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::mse_loss(x[0], x[1], "none")); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Losses", "l1_loss_bad_reduction", 'V', {"f", "f"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1], "bogus")); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "l1_loss_int", 'R', {"i", "i"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dty
    {"Losses", "l1_loss_bool", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Losses", "l1_loss_float_int", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1])); }},
    {"Losses", "l1_loss_none_mismatch", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::l1_loss(x[0], x[1], "none")); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Losses", "smooth_l1_loss_bad_reduction", 'V', {"f", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1], "bogus")); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "smooth_l1_loss_int", 'D', {"i", "i"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: "smooth_l1_cpu" not implemented for 'Long'
    {"Losses", "smooth_l1_loss_bool", 'R', {"b", "b"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},  // RuntimeError: "smooth_l1_cpu" not implemented for 'Bool'
    {"Losses", "smooth_l1_loss_float_int", 'O', {"f", "i"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1])); }},
    {"Losses", "smooth_l1_loss_none_mismatch", 'R', {"f", "f45"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1], "none")); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Losses", "smooth_l1_loss_negative_beta", 'R', {"f", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1], "mean", -1.0)); }},  // RuntimeError: smooth_l1_loss does not support negative values for beta.
    {"Losses", "smooth_l1_loss_zero_beta", 'O', {"f", "f"}, false, [](TL& x) { (void)(nnf::smooth_l1_loss(x[0], x[1], "mean", 0.0)); }},
    {"Losses", "bce_input_gt_1", 'R', {"p_bad", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: all elements of input should be between 0 and 1
    {"Losses", "bce_logits_input_gt_1", 'O', {"p_bad", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_input_nan", 'R', {"p_nan", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: all elements of input should be between 0 and 1
    {"Losses", "bce_logits_input_nan", 'O', {"p_nan", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_target_shape", 'V', {"f", "f3"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([2, 3])) is 
    {"Losses", "bce_logits_target_shape", 'V', {"f", "f3"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([3])) must be the same as input size (torch.Size([2, 3]))
    {"Losses", "bce_target_bigger", 'V', {"f", "f233"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // ValueError: Using a target size (torch.Size([2, 3, 3])) that is different to the input size (torch.Size([2, 3]
    {"Losses", "bce_logits_target_bigger", 'V', {"f", "f233"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // ValueError: Target size (torch.Size([2, 3, 3])) must be the same as input size (torch.Size([2, 3]))
    {"Losses", "bce_target_dtype", 'D', {"f", "d"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Double but expected Float
    {"Losses", "bce_logits_target_dtype", 'O', {"f", "d"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_target_int", 'D', {"f", "i"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Long but expected Float
    {"Losses", "bce_logits_target_int", 'D', {"f", "i"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Losses", "bce_input_int", 'R', {"i", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // RuntimeError: Found dtype Float but expected Long
    {"Losses", "bce_logits_input_int", 'D', {"i", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Losses", "bce_target_out_of_range", 'O', {"f", "p_bad"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},
    {"Losses", "bce_logits_target_out_of_range", 'O', {"f", "p_bad"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_empty", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},
    {"Losses", "bce_logits_empty", 'O', {"e", "e"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_0dim", 'O', {"s", "s"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},
    {"Losses", "bce_logits_0dim", 'O', {"s", "s"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},
    {"Losses", "bce_undefined_target", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "bce_logits_undefined_target", 'A', {"f", "u"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1])); }},  // undefined argument (Python: None)
    {"Losses", "bce_weight_shape", 'R', {"f", "f", "f45"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1], x[2])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Losses", "bce_weight_broadcast", 'O', {"f", "f", "f3"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1], x[2])); }},
    {"Losses", "bce_bad_reduction", 'V', {"f", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy(x[0], x[1], {}, "bogus")); }},  // ValueError: bogus is not a valid value for reduction
    {"Losses", "bce_logits_weight_shape", 'R', {"f", "f", "f45"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1], x[2])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Losses", "bce_logits_pos_weight_shape", 'R', {"f", "f", "f2"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1], {}, "mean", x[2])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Losses", "bce_logits_bad_reduction", 'V', {"f", "f"}, false, [](TL& x) { (void)(nnf::binary_cross_entropy_with_logits(x[0], x[1], {}, "bogus")); }},  // ValueError: bogus is not a valid value for reduction
    {"Inplace", "add__broadcast_grow", 'R', {"f3", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]
    {"Inplace", "add__shape_mismatch", 'R', {"f", "f45"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Inplace", "add__0dim_grow", 'R', {"s", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: output with shape [] doesn't match the broadcast shape [2, 3]
    {"Inplace", "add__empty_grow", 'R', {"e", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: The size of tensor a (0) must match the size of tensor b (2) at non-singleton dimension 0
    {"Inplace", "add__float_into_int", 'R', {"i", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "add__half_into_int", 'R', {"i"}, true, [](TL& x) { (void)(x[0].add_(0.5)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "add__alpha_float_int", 'D', {"i", "i"}, true, [](TL& x) { (void)(x[0].add_(x[1], 0.5)); }},  // RuntimeError: For integral input tensors, argument alpha must not be a floating point number.
    {"Inplace", "add__int_into_bool", 'R', {"b", "i"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: result type Long can't be cast to the desired output type Bool
    {"Inplace", "add__bool_bool", 'O', {"b", "b"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},
    {"Inplace", "add__undefined", 'A', {"f", "u"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // no PyTorch analog
    {"Inplace", "add__self_undefined", 'A', {"u", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // no PyTorch analog
    {"Inplace", "add__double_into_float", 'O', {"f", "d"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},
    {"Inplace", "add__expanded", 'R', {"ex", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "add__scalar_expanded", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].add_(1)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "add__leaf_requires_grad", 'R', {"g", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "add__noncontig_ok", 'O', {"nc", "f"}, true, [](TL& x) { (void)(x[0].add_(x[1])); }},
    {"Inplace", "add__self_overlap_t", 'D', {"f22"}, true, [](TL& x) { (void)(x[0].add_(x[0].t())); }},  // RuntimeError: unsupported operation: some elements of the input tensor and the written-to tensor refer to a si
    {"Inplace", "sub__bool", 'R', {"b", "b"}, true, [](TL& x) { (void)(x[0].sub_(x[1])); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Inplace", "sub__scalar_bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].sub_(true)); }},  // RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_x
    {"Inplace", "sub__float_into_int", 'R', {"i"}, true, [](TL& x) { (void)(x[0].sub_(1.5)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "sub__shape_mismatch", 'R', {"f", "f2"}, true, [](TL& x) { (void)(x[0].sub_(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    {"Inplace", "mul__half_into_int", 'R', {"i"}, true, [](TL& x) { (void)(x[0].mul_(0.5)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "mul__float_into_bool", 'R', {"b", "f"}, true, [](TL& x) { (void)(x[0].mul_(x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "mul__broadcast_grow", 'R', {"f3", "f"}, true, [](TL& x) { (void)(x[0].mul_(x[1])); }},  // RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]
    {"Inplace", "mul__expanded", 'R', {"ex", "f"}, true, [](TL& x) { (void)(x[0].mul_(x[1])); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "div__int", 'R', {"i", "i"}, true, [](TL& x) { (void)(x[0].div_(x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "div__int_scalar", 'R', {"i"}, true, [](TL& x) { (void)(x[0].div_(2)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "div__int_zero", 'R', {"i"}, true, [](TL& x) { (void)(x[0].div_(0)); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "div__bool", 'R', {"b", "b"}, true, [](TL& x) { (void)(x[0].div_(x[1])); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "div__broadcast_grow", 'R', {"f3", "f"}, true, [](TL& x) { (void)(x[0].div_(x[1])); }},  // RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]
    {"Inplace", "pow__half_int", 'R', {"i"}, true, [](TL& x) { (void)(x[0].pow_(0.5)); }},  // RuntimeError: Found dtype Long but expected Float
    {"Inplace", "pow__negative_int", 'R', {"i"}, true, [](TL& x) { (void)(x[0].pow_(-1)); }},  // RuntimeError: Integers to negative integer powers are not allowed.
    {"Inplace", "pow__bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},  // RuntimeError: Found dtype Bool but expected Long
    {"Inplace", "neg__bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].neg_()); }},  // RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mas
    {"Inplace", "abs__bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].abs_()); }},  // RuntimeError: "abs_cpu" not implemented for 'Bool'
    {"Inplace", "relu__bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].relu_()); }},  // RuntimeError: Boolean inputs not supported for relu
    {"Inplace", "clamp__int_float_bounds", 'R', {"i"}, true, [](TL& x) { (void)(x[0].clamp_(0.5, 1.5)); }},  // RuntimeError: result type Float can't be cast to the desired output type long int
    {"Inplace", "clamp__bool", 'R', {"b"}, true, [](TL& x) { (void)(x[0].clamp_(0.0, 1.0)); }},  // RuntimeError: result type Float can't be cast to the desired output type bool
    {"Inplace", "clamp__no_bounds", 'R', {"f"}, true, [](TL& x) { (void)(x[0].clamp_(std::nullopt, std::nullopt)); }},  // RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
    {"Inplace", "clamp__expanded", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].clamp_(0.2, 0.3)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "zero__expanded", 'O', {"ex"}, true, [](TL& x) { (void)(x[0].zero_()); }},
    {"Inplace", "fill__expanded", 'O', {"ex"}, true, [](TL& x) { (void)(x[0].fill_(1)); }},
    {"Inplace", "fill__leaf_requires_grad", 'R', {"g"}, true, [](TL& x) { (void)(x[0].fill_(1)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "zero__leaf_requires_grad", 'R', {"g"}, true, [](TL& x) { (void)(x[0].zero_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "fill__undefined", 'A', {"u"}, true, [](TL& x) { (void)(x[0].fill_(1)); }},  // no PyTorch analog
    {"Inplace", "fill__half_into_int", 'O', {"i"}, true, [](TL& x) { (void)(x[0].fill_(0.5)); }},
    {"Inplace", "fill__empty", 'O', {"e"}, true, [](TL& x) { (void)(x[0].fill_(1)); }},
    {"Inplace", "masked_fill__int_mask", 'R', {"f", "i"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},  // RuntimeError: Mask tensor can take 0 and 1 values only
    {"Inplace", "masked_fill__mask_shape", 'R', {"f", "m45"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Inplace", "masked_fill__mask_grow", 'R', {"f", "m233"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    {"Inplace", "masked_fill__expanded", 'O', {"ex", "b"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},
    {"Inplace", "masked_fill__undefined_mask", 'A', {"f", "u"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},  // no PyTorch analog
    {"Inplace", "masked_fill__leaf_requires_grad", 'R', {"g", "b"}, true, [](TL& x) { (void)(x[0].masked_fill_(x[1], 1.0)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "copy__shape_mismatch", 'R', {"f", "f45"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
    {"Inplace", "copy__grow", 'R', {"f3", "f"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]
    {"Inplace", "copy__from_empty", 'R', {"f", "e"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0
    {"Inplace", "copy__into_empty", 'R', {"e", "f"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: The size of tensor a (0) must match the size of tensor b (2) at non-singleton dimension 0
    {"Inplace", "copy__undefined", 'A', {"f", "u"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // no PyTorch analog
    {"Inplace", "copy__expanded", 'R', {"ex", "f"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "copy__leaf_requires_grad", 'R', {"g", "f"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "copy__self_transposed", 'D', {"f22"}, true, [](TL& x) { (void)(x[0].copy_(x[0].t())); }},  // RuntimeError: unsupported operation: some elements of the input tensor and the written-to tensor refer to a si
    {"Inplace", "copy__float_into_int_ok", 'O', {"i", "f"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},
    {"Inplace", "copy__broadcast_ok", 'O', {"f", "f3"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},
    {"Inplace", "copy__0dim_from_1d", 'R', {"s", "f1"}, true, [](TL& x) { (void)(x[0].copy_(x[1])); }},  // RuntimeError: output with shape [] doesn't match the broadcast shape [1]
    {"Inplace", "exp__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].exp_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "exp__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].exp_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "exp__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].exp_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "exp__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].exp_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "exp__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].exp_()); }},
    {"Inplace", "exp__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].exp_()); }},
    {"Inplace", "exp__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].exp_()); }},  // no PyTorch analog
    {"Inplace", "log__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].log_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "log__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].log_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "log__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].log_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "log__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].log_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "log__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].log_()); }},
    {"Inplace", "log__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].log_()); }},
    {"Inplace", "log__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].log_()); }},  // no PyTorch analog
    {"Inplace", "sqrt__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "sqrt__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "sqrt__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "sqrt__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "sqrt__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},
    {"Inplace", "sqrt__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},
    {"Inplace", "sqrt__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].sqrt_()); }},  // no PyTorch analog
    {"Inplace", "sin__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].sin_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "sin__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].sin_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "sin__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].sin_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "sin__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].sin_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "sin__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].sin_()); }},
    {"Inplace", "sin__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].sin_()); }},
    {"Inplace", "sin__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].sin_()); }},  // no PyTorch analog
    {"Inplace", "cos__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].cos_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "cos__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].cos_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "cos__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].cos_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "cos__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].cos_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "cos__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].cos_()); }},
    {"Inplace", "cos__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].cos_()); }},
    {"Inplace", "cos__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].cos_()); }},  // no PyTorch analog
    {"Inplace", "tanh__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].tanh_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "tanh__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].tanh_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "tanh__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].tanh_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "tanh__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].tanh_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "tanh__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].tanh_()); }},
    {"Inplace", "tanh__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].tanh_()); }},
    {"Inplace", "tanh__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].tanh_()); }},  // no PyTorch analog
    {"Inplace", "sigmoid__i", 'R', {"i"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Long
    {"Inplace", "sigmoid__b", 'R', {"b"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},  // RuntimeError: result type Float can't be cast to the desired output type Bool
    {"Inplace", "sigmoid__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "sigmoid__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "sigmoid__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},
    {"Inplace", "sigmoid__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},
    {"Inplace", "sigmoid__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].sigmoid_()); }},  // no PyTorch analog
    {"Inplace", "neg__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].neg_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "neg__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].neg_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "neg__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].neg_()); }},  // no PyTorch analog
    {"Inplace", "neg__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].neg_()); }},
    {"Inplace", "neg__nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].neg_()); }},
    {"Inplace", "neg__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].neg_()); }},
    {"Inplace", "zero__ex", 'O', {"ex"}, true, [](TL& x) { (void)(x[0].zero_()); }},
    {"Inplace", "zero__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].zero_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "zero__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].zero_()); }},  // no PyTorch analog
    {"Inplace", "zero__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].zero_()); }},
    {"Inplace", "zero__nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].zero_()); }},
    {"Inplace", "zero__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].zero_()); }},
    {"Inplace", "relu__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].relu_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "relu__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].relu_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "relu__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].relu_()); }},  // no PyTorch analog
    {"Inplace", "relu__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].relu_()); }},
    {"Inplace", "relu__nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].relu_()); }},
    {"Inplace", "relu__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].relu_()); }},
    {"Inplace", "abs__ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].abs_()); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "abs__g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].abs_()); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "abs__u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].abs_()); }},  // no PyTorch analog
    {"Inplace", "abs__e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].abs_()); }},
    {"Inplace", "abs__nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].abs_()); }},
    {"Inplace", "abs__s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].abs_()); }},
    {"Inplace", "add_s_ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].add_(1)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "add_s_g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].add_(1)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "add_s_u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].add_(1)); }},  // no PyTorch analog
    {"Inplace", "add_s_e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].add_(1)); }},
    {"Inplace", "add_s_nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].add_(1)); }},
    {"Inplace", "add_s_s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].add_(1)); }},
    {"Inplace", "mul_s_ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "mul_s_g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "mul_s_u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},  // no PyTorch analog
    {"Inplace", "mul_s_e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},
    {"Inplace", "mul_s_nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},
    {"Inplace", "mul_s_s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].mul_(2)); }},
    {"Inplace", "div_s_ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].div_(2)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "div_s_g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].div_(2)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "div_s_u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].div_(2)); }},  // no PyTorch analog
    {"Inplace", "div_s_e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].div_(2)); }},
    {"Inplace", "div_s_nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].div_(2)); }},
    {"Inplace", "div_s_s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].div_(2)); }},
    {"Inplace", "pow_s_ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "pow_s_g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "pow_s_u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},  // no PyTorch analog
    {"Inplace", "pow_s_e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},
    {"Inplace", "pow_s_nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},
    {"Inplace", "pow_s_s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].pow_(2)); }},
    {"Inplace", "sub_s_ex", 'R', {"ex"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},  // RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory 
    {"Inplace", "sub_s_g", 'R', {"g"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},  // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "sub_s_u", 'A', {"u"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},  // no PyTorch analog
    {"Inplace", "sub_s_e", 'O', {"e"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},
    {"Inplace", "sub_s_nc", 'O', {"nc"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},
    {"Inplace", "sub_s_s", 'O', {"s"}, true, [](TL& x) { (void)(x[0].sub_(1)); }},
    {"Inplace", "view_of_leaf_add_", 'D', {"g"}, true, [](TL& x) { { ct::Tensor v = x[0].select(0, 0); v.add_(1); } }},  // RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
    {"Inplace", "view_of_nonleaf_add_", 'O', {"g"}, true, [](TL& x) { { ct::Tensor y = x[0] * 2; ct::Tensor v = y.select(0, 0); v.add_(1); } }},
    {"Inplace", "view_of_leaf_nograd_add_", 'O', {"g"}, true, [](TL& x) { { ct::NoGradGuard ng; ct::Tensor v = x[0].select(0, 0); v.add_(1); } }},
    {"Autograd", "grad_output_no_grad", 'R', {"f", "g"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[1]})); }},  // RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    {"Autograd", "grad_input_no_grad", 'R', {"g", "f"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[1]})); }},  // RuntimeError: One of the differentiated Tensors does not require grad
    {"Autograd", "grad_unused_input", 'R', {"g", "gd"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[1]})); }},  // RuntimeError: One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=T
    {"Autograd", "grad_unused_allowed", 'O', {"g", "gd"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[1]}, {}, std::nullopt, false, true)); }},
    {"Autograd", "grad_nonscalar", 'R', {"g"}, false, [](TL& x) { (void)(ct::grad({x[0] * 2}, {x[0]})); }},  // RuntimeError: grad can be implicitly created only for scalar outputs
    {"Autograd", "grad_outputs_count", 'O', {"g"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[0]}, {ct::ones({}), ct::ones({})})); }},
    {"Autograd", "grad_outputs_shape", 'R', {"g"}, false, [](TL& x) { (void)(ct::grad({x[0] * 2}, {x[0]}, {ct::ones({3})})); }},  // RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of to
    {"Autograd", "grad_outputs_dtype", 'O', {"g"}, false, [](TL& x) { (void)(ct::grad({x[0] * 2}, {x[0]}, {ct::ones({2, 3}, ct::int64)})); }},
    {"Autograd", "grad_empty_outputs", 'R', {"g"}, false, [](TL& x) { (void)(ct::grad({}, {x[0]})); }},  // RuntimeError: One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=T
    {"Autograd", "grad_empty_inputs", 'V', {"g"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {})); }},  // ValueError: grad requires non-empty inputs.
    {"Autograd", "grad_undefined_output", 'A', {"g", "u"}, false, [](TL& x) { (void)(ct::grad({x[1]}, {x[0]})); }},  // no PyTorch analog
    {"Autograd", "grad_undefined_input", 'A', {"g", "u"}, false, [](TL& x) { (void)(ct::grad({x[0].sum()}, {x[1]})); }},  // no PyTorch analog
    {"Autograd", "grad_twice", 'R', {"g"}, false, [](TL& x) { { ct::Tensor y = (x[0] * x[0]).sum(); ct::grad({y}, {x[0]}); ct::grad({y}, {x[0]}); } }},  // RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they 
    {"Autograd", "grad_input_is_nonleaf_unrelated", 'R', {"g"}, false, [](TL& x) { { ct::Tensor y = x[0] * 2; ct::Tensor z = x[0] * 3; ct::grad({y.sum()}, {z}); } }},  // RuntimeError: One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=T
    {"Autograd", "backward_fn_empty", 'O', {}, false, [](TL& x) { (void)(ct::backward({})); }},
    {"Autograd", "backward_fn_grad_count", 'O', {"g"}, false, [](TL& x) { (void)(ct::backward({x[0].sum()}, {ct::ones({}), ct::ones({})})); }},
    {"Autograd", "backward_fn_no_grad", 'R', {"f"}, false, [](TL& x) { (void)(ct::backward({x[0].sum()})); }},  // RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    {"Autograd", "backward_fn_undefined", 'A', {"u"}, false, [](TL& x) { (void)(ct::backward({x[0]})); }},  // no PyTorch analog
    {"Autograd", "backward_in_no_grad_mode", 'R', {"g"}, false, [](TL& x) { { ct::Tensor y; { ct::NoGradGuard ng; y = (x[0] * 2).sum(); } y.backward(); } }},  // RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    {"Autograd", "vjp_v_shape", 'R', {"gd"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor& a) { return a * 2; }, x[0], ct::ones({3}, ct::float64))); }},  // RuntimeError: v has invalid size: should be torch.Size([2, 3]) but got torch.Size([3]).
    {"Autograd", "vjp_v_missing", 'R', {"gd"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor& a) { return a * 2; }, x[0])); }},  // RuntimeError: The vector v can only be None if the user-provided function returns a single Tensor with a singl
    {"Autograd", "vjp_v_count", 'R', {"gd"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor& a) { return a.sum(); }, x[0], std::vector<ct::Tensor>{ct::ones({}, ct::float64), ct::ones({}, ct::float64)})); }},  // RuntimeError: The given v should contain a single Tensor.
    {"Autograd", "vjp_undefined_input", 'A', {"u"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor& a) { return a; }, x[0])); }},  // undefined argument (Python: None)
    {"Autograd", "vjp_returns_undefined", 'T', {"gd"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor&) { return ct::Tensor(); }, x[0])); }},  // TypeError: The outputs of the user-provided function given to vjp must be either a Tensor or a tuple of Tensor
    {"Autograd", "vjp_empty_inputs", 'I', {}, false, [](TL& x) { (void)(ct::vjp([](const std::vector<ct::Tensor>&) { return ct::ones({}); }, std::vector<ct::Tensor>{})); }},  // no PyTorch analog
    {"Autograd", "vjp_int_input", 'R', {"i"}, false, [](TL& x) { (void)(ct::vjp([](const ct::Tensor& a) { return a.sum(); }, x[0])); }},  // RuntimeError: only Tensors of floating point dtype can require gradients
    {"Autograd", "gradcheck_no_input_requires_grad", 'V', {"d"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * 2}; }, {x[0]})); }},  // ValueError: gradcheck expects at least one input tensor to require gradient, but none of the them have require
    {"Autograd", "gradcheck_ok", 'O', {"gd"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * v[0]}; }, {x[0]})); }},
    {"Autograd", "gradgradcheck_ok", 'O', {"gd"}, false, [](TL& x) { (void)(ct::gradgradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * v[0]}; }, {x[0]})); }},
    {"Autograd", "gradcheck_mismatch_raises", 'R', {"gd"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0].detach() * v[0]}; }, {x[0]})); }},  // GradcheckError: Jacobian mismatch for output 0 with respect to input 0,
    {"Autograd", "gradcheck_undefined_input", 'A', {"u"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>& v) { return v; }, {x[0]})); }},  // no PyTorch analog
    {"Autograd", "gradcheck_no_inputs", 'V', {}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>&) { return std::vector<ct::Tensor>{ct::ones({})}; }, {})); }},  // ValueError: gradcheck expects at least one input tensor to require gradient, but none of the them have require
    {"Autograd", "gradcheck_returns_undefined", 'A', {"gd"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>&) { return std::vector<ct::Tensor>{ct::Tensor()}; }, {x[0]})); }},  // no PyTorch analog
    {"Autograd", "gradcheck_int_input", 'V', {"i"}, false, [](TL& x) { (void)(ct::gradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * 2}; }, {x[0]})); }},  // ValueError: gradcheck expects at least one input tensor to require gradient, but none of the them have require
    {"Autograd", "gradgradcheck_grad_outputs_shape", 'R', {"gd"}, false, [](TL& x) { (void)(ct::gradgradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * v[0]}; }, {x[0]}, {ct::ones({3}, ct::float64)})); }},  // RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of to
    {"Autograd", "gradgradcheck_grad_outputs_count", 'O', {"gd"}, false, [](TL& x) { (void)(ct::gradgradcheck([](const std::vector<ct::Tensor>& v) { return std::vector<ct::Tensor>{v[0] * v[0]}; }, {x[0]}, {ct::ones({2, 3}, ct::float64), ct::ones({2, 3}, ct::float64)})); }},
};
// clang-format on

// Calls that crash the process (or hang) instead of throwing: skipped so that
// the rest of the suite runs. Each is a bug to fix in the library.
const std::map<std::string, std::string>& known_crashes() {
  // Fixed: flip of a 0-dim tensor used to crash. Add a crashing case here to skip it.
  static const std::map<std::string, std::string> m = {};
  return m;
}

bool verbose() {
  static const bool v = std::getenv("CT_ROBUSTNESS_VERBOSE") != nullptr;
  return v;
}

void run_case(const Case& c) {
  const std::string id = std::string(c.group) + "." + c.name;
  auto crash = known_crashes().find(id);
  if (crash != known_crashes().end()) GTEST_SKIP() << "crashes: " << crash->second;

  TL x;
  for (const char* k : c.fixtures)
    if (k) x.push_back(make_fixture(k));
  std::vector<Snapshot> before;
  for (const Tensor& t : x) before.push_back(snapshot(t));

  const Outcome o = invoke([&] { c.call(x); });
  if (verbose())
    std::cout << "CASE " << id << " expect=" << c.expect << " got=" << o.kind << " | " << o.what
              << std::endl;

  if (o.kind == 'X') {
    ADD_FAILURE() << id << ": threw " << o.type << " instead of a ct::Error: " << o.what;
  } else if (c.expect != 'O' && c.expect != 'D') {
    if (o.kind == 'O') {
      ADD_FAILURE() << id << ": PyTorch raises here (" << ct_type_name(c.expect)
                    << " expected) but the call succeeded";
    } else if (c.expect != 'A' && o.kind != c.expect) {
      ADD_FAILURE() << id << ": threw " << o.type << " but PyTorch raises "
                    << ct_type_name(c.expect) << " (message: " << o.what << ")";
    }
  }
  if (o.kind != 'O') EXPECT_FALSE(o.what.empty()) << id << ": the error has no message";

  for (size_t i = 0; i < x.size(); ++i) {
    if (i == 0 && c.inplace && o.kind == 'O') continue;  // a successful in-place op writes self
    expect_unchanged(id + ", argument " + std::to_string(i) + " (" + c.fixtures[i] + ")", before[i],
                     x[i]);
  }
}

std::vector<Case> cases_of(const char* group) {
  std::vector<Case> out;
  for (const Case& c : kCases)
    if (std::strcmp(c.group, group) == 0) out.push_back(c);
  return out;
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }

#define CT_ROBUSTNESS_SUITE(Group)                                                               \
  class Robustness##Group : public ::testing::TestWithParam<Case> {};                            \
  TEST_P(Robustness##Group, Call) { run_case(GetParam()); }                                      \
  INSTANTIATE_TEST_SUITE_P(Robustness, Robustness##Group, ::testing::ValuesIn(cases_of(#Group)), \
                           case_name)

CT_ROBUSTNESS_SUITE(Factories);
CT_ROBUSTNESS_SUITE(TensorMethods);
CT_ROBUSTNESS_SUITE(Unary);
CT_ROBUSTNESS_SUITE(Dims);
CT_ROBUSTNESS_SUITE(Binary);
CT_ROBUSTNESS_SUITE(Scalar);
CT_ROBUSTNESS_SUITE(Views);
CT_ROBUSTNESS_SUITE(Reductions);
CT_ROBUSTNESS_SUITE(Indexing);
CT_ROBUSTNESS_SUITE(Linalg);
CT_ROBUSTNESS_SUITE(NN);
CT_ROBUSTNESS_SUITE(Conv);
CT_ROBUSTNESS_SUITE(Pool);
CT_ROBUSTNESS_SUITE(Losses);
CT_ROBUSTNESS_SUITE(Inplace);
CT_ROBUSTNESS_SUITE(Autograd);

// Every group in the table has a suite above.
TEST(RobustnessTable, EveryCaseBelongsToASuite) {
  const std::vector<std::string> groups = {
      "Factories", "TensorMethods", "Unary", "Dims", "Binary", "Scalar", "Views",   "Reductions",
      "Indexing",  "Linalg",        "NN",    "Conv", "Pool",   "Losses", "Inplace", "Autograd"};
  std::map<std::string, int> seen;
  for (const Case& c : kCases) {
    EXPECT_NE(std::find(groups.begin(), groups.end(), c.group), groups.end()) << c.group;
    EXPECT_EQ(++seen[std::string(c.group) + "." + c.name], 1) << "duplicate case " << c.name;
  }
  for (const auto& [id, why] : known_crashes())
    EXPECT_EQ(seen.count(id), 1u) << "stale crash entry " << id;
}

// ---------------------------------------------------------------- hand-written invariants

// A failing in-place op leaves self (values, version, autograd state) and its
// views as they were.
TEST(RobustnessInvariants, FailedInplaceLeavesSelfUnmodified) {
  Tensor a = ct::tensor({1.0, 2.0, 3.0});
  Tensor view = a.narrow(0, 1, 2);
  const uint32_t v0 = a._version();
  EXPECT_THROW(a.add_(ct::ones({2, 3})), ct::RuntimeError);  // result would not fit in self
  EXPECT_THROW(a.mul_(ct::ones({4})), ct::RuntimeError);     // not broadcastable
  EXPECT_THROW(a.sub_(ct::ones({2})), ct::RuntimeError);
  EXPECT_EQ(a._version(), v0);
  EXPECT_EQ(view._version(), v0);
  EXPECT_EQ(a.to_vector<double>(), (std::vector<double>{1, 2, 3}));

  Tensor i = ct::tensor({4, 9});
  const uint32_t vi = i._version();
  EXPECT_THROW(i.sqrt_(), ct::RuntimeError);  // float result cannot be cast to int64
  EXPECT_THROW(i.add_(0.5), ct::RuntimeError);
  EXPECT_THROW(i.div_(ct::tensor({2, 2})), ct::RuntimeError);
  EXPECT_EQ(i._version(), vi);
  EXPECT_EQ(i.dtype(), ct::int64);
  EXPECT_EQ(i.to_vector<int64_t>(), (std::vector<int64_t>{4, 9}));

  Tensor b = ct::tensor({true, false});
  EXPECT_THROW(b.neg_(), ct::RuntimeError);
  EXPECT_THROW(b.sub_(ct::tensor({true, true})), ct::RuntimeError);
  EXPECT_EQ(b.to_vector<bool>(), (std::vector<bool>{true, false}));
  EXPECT_EQ(b._version(), 0u);

  Tensor leaf = ct::tensor({1.0, 2.0}).requires_grad_();
  EXPECT_THROW(leaf.add_(1), ct::RuntimeError);  // a leaf that requires grad
  EXPECT_THROW(leaf.zero_(), ct::RuntimeError);
  EXPECT_EQ(leaf._version(), 0u);
  EXPECT_TRUE(leaf.is_leaf());
  EXPECT_TRUE(leaf.requires_grad());
  EXPECT_EQ(leaf.to_vector<double>(), (std::vector<double>{1, 2}));
}

// A failing out-of-place op leaves its arguments (and their graph) usable.
TEST(RobustnessInvariants, FailedOpLeavesArgumentsUsable) {
  Tensor a = ct::rand({2, 3}, ct::float64).requires_grad_();
  Tensor b = ct::rand({2, 3}, ct::float64);
  Tensor y = a * 2;
  EXPECT_THROW(ct::matmul(y, b), ct::RuntimeError);
  EXPECT_THROW(ct::cat({y, b.t()}), ct::RuntimeError);
  EXPECT_THROW(y.view({5}), ct::RuntimeError);
  EXPECT_THROW((void)y.sum(3), ct::IndexError);
  EXPECT_EQ(y._version(), 0u);
  EXPECT_EQ(y.grad_fn_name(), "MulBackward0");
  y.sum().backward();
  ASSERT_TRUE(a.grad().defined());
  EXPECT_TRUE(ct::allclose(a.grad(), ct::full({2, 3}, 2.0, ct::float64)));
}

// A backward that fails on a bad gradient leaves the graph usable.
TEST(RobustnessInvariants, FailedBackwardLeavesGraphUsable) {
  Tensor a = ct::tensor({1.0, 2.0, 3.0}).requires_grad_();
  Tensor y = a * a;
  EXPECT_THROW(y.backward(ct::ones({2})), ct::RuntimeError);
  EXPECT_THROW(y.backward(), ct::RuntimeError);  // not a scalar
  EXPECT_FALSE(a.grad().defined());
  y.backward(ct::ones({3}));
  ASSERT_TRUE(a.grad().defined());
  EXPECT_EQ(a.grad().to_vector<float>(), (std::vector<float>{2, 4, 6}));
}

// Grad mode is restored when an op throws inside ct::vjp or under a guard.
TEST(RobustnessInvariants, GradModeRestoredAfterError) {
  ASSERT_TRUE(ct::is_grad_enabled());
  {
    ct::NoGradGuard guard;
    Tensor x = ct::ones({2}, ct::float64);
    EXPECT_THROW(
        ct::vjp([](const Tensor& t) { return ct::matmul(t, ct::ones({3}, ct::float64)); }, x),
        ct::RuntimeError);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(ct::is_grad_enabled());
  try {
    ct::GradModeGuard off(false);
    (void)ct::ones({2}).view({3});
  } catch (const ct::Error&) {
  }
  EXPECT_TRUE(ct::is_grad_enabled());
}

TEST(RobustnessInvariants, BadThreadCountKeepsSetting) {
  const int n = ct::get_num_threads();
  EXPECT_THROW(ct::set_num_threads(0), ct::Error);
  EXPECT_THROW(ct::set_num_threads(-1), ct::Error);
  EXPECT_EQ(ct::get_num_threads(), n);
}

// Absurd sizes throw ct::RuntimeError (PyTorch: RuntimeError) instead of
// crashing, wrapping around or exhausting memory.
TEST(RobustnessInvariants, AbsurdSizesThrow) {
  EXPECT_THROW(ct::zeros({1LL << 40, 1LL << 40}), ct::RuntimeError);
  EXPECT_THROW(ct::zeros({1LL << 20, 1LL << 20}), ct::RuntimeError);  // 4 TiB
  EXPECT_THROW(ct::ones({INT64_MAX}), ct::RuntimeError);
  EXPECT_THROW(ct::empty({INT64_MAX, INT64_MAX}, ct::kBool), ct::RuntimeError);
  EXPECT_THROW(ct::full({1LL << 62, 2}, 1.5), ct::RuntimeError);
  EXPECT_THROW(ct::rand({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6}),
               ct::RuntimeError);
  EXPECT_THROW(ct::zeros({-1}), ct::RuntimeError);
  EXPECT_THROW(ct::zeros({2, -3}), ct::RuntimeError);
  EXPECT_THROW(ct::eye(-2), ct::RuntimeError);
  EXPECT_THROW(ct::eye(1LL << 40), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2, 3}).repeat({1LL << 40, 1LL << 40}), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2, 3}).expand({1LL << 40, 2, 3}).contiguous(), ct::RuntimeError);
  EXPECT_THROW(nnf::pad(ct::ones({2, 3}), {1LL << 40, 1LL << 40}), ct::RuntimeError);
  // A zero-element tensor with a huge size: PyTorch accepts it; an error is fine too.
  try {
    EXPECT_EQ(ct::zeros({INT64_MAX, 0}).numel(), 0);
  } catch (const ct::Error&) {
  }
}

// Views with extreme (clamped) bounds are valid views: non-negative sizes, in
// bounds (PyTorch overflows on some of these and raises; an error is fine too).
TEST(RobustnessInvariants, ExtremeBoundsGiveValidViews) {
  auto check = [](const char* what, auto&& f) {
    try {
      Tensor v = f();
      for (int64_t s : v.shape())
        EXPECT_GE(s, 0) << what << ": negative size in " << ct::to_string(v.shape());
      EXPECT_LE(v.numel(), 6) << what << ": more elements than the base";
      Outcome o = invoke([&] { (void)v.to_vector<double>(); });
      EXPECT_TRUE(o.kind == 'O') << what << ": reading the view threw " << o.type << ": " << o.what;
    } catch (const ct::Error&) {
    }
  };
  const Tensor x = ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
  check("slice(1, INT64_MIN, INT64_MAX, INT64_MAX)",
        [&] { return x.slice(1, INT64_MIN, INT64_MAX, INT64_MAX); });
  check("slice(1, INT64_MAX, INT64_MIN)", [&] { return x.slice(1, INT64_MAX, INT64_MIN); });
  check("slice(0, -1, INT64_MAX, 2)", [&] { return x.slice(0, -1, INT64_MAX, 2); });
  check("narrow(1, 1, INT64_MAX)", [&] { return x.narrow(1, 1, INT64_MAX); });
  check("diagonal(INT64_MIN)", [&] { return x.diagonal(INT64_MIN); });
  check("diagonal(INT64_MAX)", [&] { return x.diagonal(INT64_MAX); });
  check("diag(INT64_MIN)", [&] { return ct::diag(x, INT64_MIN); });
  check("chunk(INT64_MAX)[0]", [&] { return ct::chunk(x, INT64_MAX).at(0); });
  check("split(INT64_MAX, 1)[0]", [&] { return ct::split(x, INT64_MAX, 1).at(0); });
  check("reshape(wrapping shape)", [&] {
    return x.reshape({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6});
  });
}

// Errors for bad arguments name the op or the shapes involved.
TEST(RobustnessInvariants, MessagesNameOpOrShapes) {
  auto message = [](auto&& f) {
    try {
      f();
    } catch (const ct::Error& e) {
      return std::string(e.what());
    }
    return std::string("<no exception>");
  };
  auto names_any = [](const std::string& msg, std::initializer_list<const char*> needles) {
    for (const char* n : needles)
      if (msg.find(n) != std::string::npos) return true;
    return false;
  };
  std::string m = message([] { (void)ct::matmul(ct::ones({2, 3}), ct::ones({2, 3})); });
  EXPECT_TRUE(names_any(m, {"2x3", "[2, 3]", "(2, 3)", "matmul", "mm"})) << m;
  m = message([] { (void)ct::ones({2, 3}).view({4}); });
  EXPECT_TRUE(names_any(m, {"[4]", "view", "size 6"})) << m;
  m = message([] { (void)(ct::ones({2, 3}) + ct::ones({4, 5})); });
  EXPECT_TRUE(names_any(m, {"size of tensor", "(3)", "(5)", "[2, 3]", "broadcast"})) << m;
  m = message([] { (void)ct::ones({2, 3}).sum(2); });
  EXPECT_TRUE(names_any(m, {"Dimension out of range", "dim"})) << m;
  m = message([] { (void)ct::zeros({-1}); });
  EXPECT_TRUE(names_any(m, {"negative dimension", "-1"})) << m;
  m = message([] { (void)nnf::conv2d(ct::ones({1, 2, 5, 5}), ct::ones({3, 3, 3, 3})); });
  EXPECT_TRUE(names_any(m, {"conv", "channels", "[3, 3, 3, 3]", "[1, 2, 5, 5]"})) << m;
}

}  // namespace
