// Arithmetic ops: forward and derivative together. Broadcast gradients are
// summed back to each input's shape by the engine (sum_to), and cast to the
// input's dtype, so the formulas below are the plain calculus.
#include <mutex>
#include <set>
#include <string>

#include "core/recorder.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

// These formulas broadcast the gradient against saved values (batch-safe), and
// their Jacobians are diagonal, so each formula is also its op's jvp rule.
#define elementwise_record(...) elementwise(record(__VA_ARGS__))

namespace ct {

// ---------------------------------------------------------------- promotion
namespace {
int category(DType t) { return t == DType::Bool ? 0 : is_integral(t) ? 1 : 2; }
// bool < int32 < int64 < float32 < float64, PyTorch's lattice restricted to ours.
int rank(DType t) {
  switch (t) {
    case DType::Bool:
      return 0;
    case DType::Int32:
      return 1;
    case DType::Int64:
      return 2;
    case DType::Float32:
      return 3;
    case DType::Float64:
      return 4;
  }
  return 0;
}
}  // namespace

DType promote(DType a, DType b) { return rank(a) >= rank(b) ? a : b; }

namespace {

// PyTorch's rule: dimensioned tensors decide, unless a zero-dim tensor or a
// Python number belongs to a higher category (bool < integer < float).
struct Promotion {
  std::optional<DType> dim, zero, wrapped;
  void add(const Tensor& t) {
    auto& slot = t.dim() > 0 ? dim : zero;
    slot = slot ? promote(*slot, t.dtype()) : t.dtype();
  }
  void add(const Scalar& s) {
    DType d = s.is_floating_point() ? DType::Float32 : s.is_bool() ? DType::Bool : DType::Int64;
    wrapped = wrapped ? promote(*wrapped, d) : d;
  }
  DType result() const {
    std::optional<DType> r = dim;
    for (const auto& other : {zero, wrapped}) {
      if (!other) continue;
      if (!r)
        r = other;
      else if (category(*other) > category(*r))
        r = category(*other) == 2 && other == wrapped ? (category(*r) == 2 ? *r : *other)
                                                      : promote(*r, *other);
    }
    return r.value_or(DType::Float32);
  }
};
}  // namespace

DType result_type(const Tensor& a, const Tensor& b) {
  Promotion p;
  p.add(a);
  p.add(b);
  return p.result();
}

DType result_type(const Tensor& a, const Scalar& b) {
  Promotion p;
  p.add(a);
  p.add(b);
  return p.result();
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
  size_t n = std::max(a.size(), b.size());
  Shape out(n, 1);
  // From the last dim, as torch's infer_size: the message names the last
  // mismatching dim.
  for (size_t i = n; i-- > 0;) {
    int64_t da = i < n - a.size() ? 1 : a[i - (n - a.size())];
    int64_t db = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (da != db && da != 1 && db != 1)
      throw RuntimeError("The size of tensor a (" + std::to_string(da) +
                         ") must match the size of tensor b (" + std::to_string(db) +
                         ") at non-singleton dimension " + std::to_string(i));
    out[i] = da == 1 ? db : da;
  }
  return out;
}

Tensor cast_nograd(const Tensor& t, DType dtype) {
  if (t.dtype() == dtype) return t;
  Tensor out = make_empty(t.shape(), dtype);
  kernels::copy_into(out, t);
  return out;
}

namespace {
// "<name>_backward" (and "<node>Backward"), kept for the program's lifetime:
// nodes and recorded steps hold their names as C strings.
const char* derived_name(const char* name, const char* suffix) {
  static std::mutex mutex;
  static std::set<std::string> names;
  std::lock_guard<std::mutex> lock(mutex);
  return names.insert(std::string(name) + suffix).first->c_str();
}

// The vjp of fn for input i: fn runs again with that input (args[i])
// requiring grad; args[n] is the cotangent of fn's output.
OpaqueFn opaque_vjp(const OpaqueFn& fn, size_t n, size_t i) {
  return [fn, n, i](const std::vector<Tensor>& args) -> Tensor {
    std::vector<Tensor> xs;
    for (size_t k = 0; k < n; ++k) xs.push_back(args[k].defined() ? args[k].detach() : Tensor());
    xs[i].requires_grad_(true);
    Tensor y;
    {
      EnableGradGuard on;
      ForwardSuspendGuard no_tangents;
      y = fn(xs);
    }
    if (!y.defined() || !y.requires_grad()) return Tensor();
    UncountedBackwardPasses internal;
    return grad({y}, {xs[i]}, {args[n]}, false, false, /*allow_unused=*/true)[0];
  };
}
}  // namespace

namespace {
// A recorded opaque primitive as its replays run it: fn on detached inputs,
// and one node whose formula is again an opaque step.
Tensor opaque_replay(const char* name, const char* node, const std::vector<Tensor>& inputs,
                     const OpaqueFn& fn);
// opaque_replay, recorded as one primitive while a trace records.
Tensor opaque_step(const char* name, const char* node, const std::vector<Tensor>& inputs,
                   const OpaqueFn& fn) {
  if (detail::Recorder* rec = detail::active_recorder())
    return detail::traced_call<Tensor>(rec, name, inputs,
                                       [name, node, fn](const detail::TensorVec& in) {
                                         return opaque_replay(name, node, in, fn);
                                       });
  return opaque_replay(name, node, inputs, fn);
}
}  // namespace

Tensor opaque_primitive(const char* name, const char* node, const std::vector<Tensor>& inputs,
                        OpaqueFn fn) {
  if (detail::active_recorder()) return opaque_step(name, node, inputs, fn);
  // Eager mode: fn's own ops record their nodes (torch's graph, forward-mode
  // tangents included).
  return fn(inputs);
}

namespace {
Tensor opaque_replay(const char* name, const char* node, const std::vector<Tensor>& inputs,
                     const OpaqueFn& fn) {
  std::vector<Tensor> detached;
  bool grad_needed = false;
  for (const Tensor& t : inputs) {
    detached.push_back(t.defined() ? t.detach() : Tensor());
    grad_needed = grad_needed || (t.defined() && needs_grad(t));
  }
  Tensor out;
  {
    ForwardSuspendGuard no_tangents;
    out = fn(detached);
  }
  if (!grad_needed || !out.defined() || !out.is_floating_point()) return out;
  const size_t n = inputs.size();
  std::vector<bool> defined;
  for (const Tensor& t : inputs) defined.push_back(t.defined());
  auto formula = [name, node, fn, n, defined](BackwardCtx& c) -> TensorList {
    std::vector<Tensor> args;
    for (size_t k = 0, s = 0; k < n; ++k) args.push_back(defined[k] ? c.saved(s++) : Tensor());
    args.push_back(c.grad());
    TensorList grads(n);
    for (size_t i = 0; i < n; ++i)
      if (defined[i] && c.needs(i))
        grads[i] = opaque_step(derived_name(name, "_backward"), derived_name(node, "Backward"),
                               args, opaque_vjp(fn, n, i));
    return grads;
  };
  auto record_node = std::make_shared<FormulaNode<decltype(formula)>>(node, std::move(formula));
  connect_list(record_node, inputs, {&out});
  Recorded recorded(std::move(record_node));
  for (const Tensor& t : inputs)
    if (t.defined()) recorded->save(t);
  return out;
}
}  // namespace

Tensor scalar_tensor(const Scalar& s, DType dtype) {
  return is_integral(dtype) ? full({}, s.to_int(), dtype) : full({}, s.to_double(), dtype);
}

// ---------------------------------------------------------------- add / sub

Tensor add(const Tensor& a, const Tensor& b, const Scalar& alpha) {
  CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::Add, alpha.to_double()), Tensor,
                       "add", (a, b), ct::add(in[0], in[1], alpha));
  const double al = alpha.to_double();
  DType dt = result_type(a, b);
  Tensor out = al == 1 ? binary_kernel(a, b, dt, [](auto x, auto y) { return x + y; })
                       : binary_kernel(a, b, dt, [al](auto x, auto y) { return x + al * y; });
  if (needs_grad(a, b))
    elementwise_record("AddBackward0", {&a, &b}, out, [al](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {g, c.needs(1) ? (al == 1 ? g : g * al) : Tensor()};
    });
  return out;
}

Tensor add(const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Add, b.to_double()), Tensor, "add",
                       (a), ct::add(in[0], b));
  Tensor out = binary_kernel(a, scalar_tensor(b, result_type(a, b)), result_type(a, b),
                             [](auto x, auto y) { return x + y; });
  if (needs_grad(a))
    elementwise_record("AddBackward0", {&a}, out,
                       [](BackwardCtx& c) -> TensorList { return {c.grad()}; });
  return out;
}

namespace {
void refuse_bool_sub(bool a_bool, bool b_bool) {
  if (a_bool && b_bool)
    throw RuntimeError(
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
        "`logical_xor()` operator instead.");
  if (a_bool || b_bool)
    throw RuntimeError(
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to "
        "invert a mask, use the `~` or `logical_not()` operator instead.");
}
}  // namespace

Tensor sub(const Tensor& a, const Tensor& b, const Scalar& alpha) {
  CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::Sub, alpha.to_double()), Tensor,
                       "sub", (a, b), ct::sub(in[0], in[1], alpha));
  refuse_bool_sub(a.dtype() == DType::Bool, b.dtype() == DType::Bool);
  const double al = alpha.to_double();
  DType dt = result_type(a, b);
  Tensor out = binary_kernel(a, b, dt, [al](auto x, auto y) { return x - al * y; });
  if (needs_grad(a, b))
    elementwise_record("SubBackward0", {&a, &b}, out, [al](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {g, c.needs(1) ? (al == 1 ? -g : g * (-al)) : Tensor()};
    });
  return out;
}

Tensor sub(const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Sub, b.to_double()), Tensor, "sub",
                       (a), ct::sub(in[0], b));
  refuse_bool_sub(a.dtype() == DType::Bool, b.is_bool());
  DType dt = result_type(a, b);
  Tensor out = binary_kernel(a, scalar_tensor(b, dt), dt, [](auto x, auto y) { return x - y; });
  if (needs_grad(a))
    elementwise_record("SubBackward0", {&a}, out,
                       [](BackwardCtx& c) -> TensorList { return {c.grad()}; });
  return out;
}

Tensor rsub(const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Sub, b.to_double(), true), Tensor,
                       "rsub", (a), ct::rsub(in[0], b));
  refuse_bool_sub(a.dtype() == DType::Bool, b.is_bool());
  DType dt = result_type(a, b);
  Tensor out = binary_kernel(scalar_tensor(b, dt), a, dt, [](auto x, auto y) { return x - y; });
  if (needs_grad(a))
    elementwise_record("RsubBackward1", {&a}, out,
                       [](BackwardCtx& c) -> TensorList { return {-c.grad()}; });
  return out;
}

// ---------------------------------------------------------------- mul / div

Tensor mul(const Tensor& a, const Tensor& b) {
  CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::Mul), Tensor, "mul", (a, b),
                       ct::mul(in[0], in[1]));
  Tensor out = binary_kernel(a, b, result_type(a, b), [](auto x, auto y) { return x * y; });
  if (needs_grad(a, b)) {
    auto node = elementwise_record("MulBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? g * c.saved(1) : Tensor(), c.needs(1) ? g * c.saved(0) : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

Tensor mul(const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Mul, b.to_double()), Tensor, "mul",
                       (a), ct::mul(in[0], b));
  DType dt = result_type(a, b);
  Tensor out = binary_kernel(a, scalar_tensor(b, dt), dt, [](auto x, auto y) { return x * y; });
  if (needs_grad(a)) {
    const double s = b.to_double();
    elementwise_record("MulBackward0", {&a}, out,
                       [s](BackwardCtx& c) -> TensorList { return {c.grad() * s}; });
  }
  return out;
}

Tensor div(const Tensor& a, const Tensor& b) {
  CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::Div), Tensor, "div", (a, b),
                       ct::div(in[0], in[1]));
  DType dt = float_result(result_type(a, b));
  Tensor out = binary_kernel(a, b, dt, [](auto x, auto y) { return x / y; });
  if (needs_grad(a, b)) {
    auto node = elementwise_record("DivBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      Tensor bb = c.saved(1);
      Tensor ga = c.needs(0) ? g / bb : Tensor();
      Tensor gb = c.needs(1) ? -g * c.saved(0) / (bb * bb) : Tensor();
      return {ga, gb};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

Tensor div(const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Div, b.to_double()), Tensor, "div",
                       (a), ct::div(in[0], b));
  DType dt = float_result(result_type(a, b));
  Tensor out = binary_kernel(a, scalar_tensor(b, dt), dt, [](auto x, auto y) { return x / y; });
  if (needs_grad(a)) {
    const double s = b.to_double();
    elementwise_record("DivBackward0", {&a}, out,
                       [s](BackwardCtx& c) -> TensorList { return {c.grad() / s}; });
  }
  return out;
}

// div with rounding_mode "trunc" or "floor": integers stay integers (and
// raise on division by zero, as PyTorch does); floats follow PyTorch's
// div_floor, which rounds the fmod-corrected quotient. The result is
// piecewise constant, so its gradient is zero.
namespace {
enum class Rounding { None, Trunc, Floor };
Rounding rounding_of(const std::optional<std::string_view>& mode) {
  if (!mode) return Rounding::None;
  if (*mode == "trunc") return Rounding::Trunc;
  if (*mode == "floor") return Rounding::Floor;
  throw RuntimeError(
      "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" +
      std::string(*mode) + "'");
}

const char* rounding_name(Rounding mode) { return mode == Rounding::Trunc ? "trunc" : "floor"; }

template <class T>
T rounded_quotient(T a, T b, Rounding mode) {
  if constexpr (std::is_floating_point_v<T>) {
    if (mode == Rounding::Trunc) return std::trunc(a / b);
    if (b == 0) return a / b;
    const T mod = std::fmod(a, b);
    T quot = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) quot -= 1;
    if (quot == 0) return std::copysign(T(0), a / b);
    T floored = std::floor(quot);
    return quot - floored > T(0.5) ? floored + 1 : floored;
  } else if constexpr (std::is_same_v<T, bool>) {
    return a;  // never reached: bool inputs are refused before the loop
  } else {
    if (b == 0) throw RuntimeError("ZeroDivisionError");
    if (b == -1) return static_cast<T>(-static_cast<std::make_unsigned_t<T>>(a));  // wraps at min
    T quot = a / b;
    if (mode == Rounding::Floor && a % b != 0 && ((a < 0) != (b < 0))) quot -= 1;
    return quot;
  }
}

Tensor rounded_div(const Tensor& a, const Tensor& b, DType dt, Rounding mode) {
  if (dt == DType::Bool)
    throw RuntimeError(
        std::string(mode == Rounding::Floor ? "\"div_floor_cpu\"" : "\"div_trunc_cpu\"") +
        " not implemented for 'Bool'");
  Tensor out = make_empty(broadcast_shapes(a.shape(), b.shape()), dt);
  Tensor x = cast_nograd(a, dt), y = cast_nograd(b, dt);
  CT_DISPATCH_ALL(dt, [&] {
    kernels::map2<scalar_t, scalar_t, scalar_t>(
        x, y, out, [mode](scalar_t u, scalar_t v) { return rounded_quotient(u, v, mode); });
  });
  if (needs_grad(a, b))
    elementwise_record("DivBackward2", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? zeros_like(g) : Tensor(), c.needs(1) ? zeros_like(g) : Tensor()};
    });
  return out;
}
}  // namespace

Tensor div(const Tensor& a, const Tensor& b, std::optional<std::string_view> rounding_mode) {
  const Rounding mode = rounding_of(rounding_mode);
  if (mode == Rounding::None) return div(a, b);
  // the mode as a literal: a caller's string_view may not outlive the trace
  CT_TRACE_BROADCASTING(Tensor, "div", (a, b), ct::div(in[0], in[1], rounding_name(mode)));
  return rounded_div(a, b, result_type(a, b), mode);
}

Tensor div(const Tensor& a, const Scalar& b, std::optional<std::string_view> rounding_mode) {
  const Rounding mode = rounding_of(rounding_mode);
  if (mode == Rounding::None) return div(a, b);
  CT_TRACE_BROADCASTING(Tensor, "div", (a), ct::div(in[0], b, rounding_name(mode)));
  const DType dt = result_type(a, b);
  return rounded_div(a, scalar_tensor(b, dt), dt, mode);
}

Tensor floor_divide(const Tensor& a, const Tensor& b) { return div(a, b, "floor"); }
Tensor floor_divide(const Tensor& a, const Scalar& b) { return div(a, b, "floor"); }

Tensor neg(const Tensor& x) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Mul, -1.0), Tensor, "neg", (x),
                       ct::neg(in[0]));
  if (x.dtype() == DType::Bool)
    throw RuntimeError(
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
        "invert a mask, use the `~` or `logical_not()` operator instead.");
  Tensor out = make_empty(x.shape(), x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<scalar_t, scalar_t>(x, out, [](scalar_t v) { return wrapping_neg(v); });
  });
  if (needs_grad(x))
    elementwise_record("NegBackward0", {&x}, out,
                       [](BackwardCtx& c) -> TensorList { return {-c.grad()}; });
  return out;
}

// ---------------------------------------------------------------- pow

Tensor pow(const Tensor& x, const Scalar& exponent) {
  CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::Pow, exponent.to_double()), Tensor,
                       "pow", (x), ct::pow(in[0], exponent));
  const double e = exponent.to_double();
  if (x.dtype() == DType::Bool && !exponent.is_floating_point()) {
    // bool ** int is int64 ** int, as torch's type promotion says
    if (exponent.is_bool()) throw RuntimeError("\"pow\" not implemented for 'Bool'");
    return ct::pow(x.to(DType::Int64), exponent);
  }
  Tensor out;
  if (is_integral(x.dtype()) && (exponent.is_integral() || exponent.is_bool())) {
    if (exponent.to_int() < 0)
      throw RuntimeError("Integers to negative integer powers are not allowed.");
    out = binary_kernel(x, scalar_tensor(exponent, x.dtype()), x.dtype(),
                        [](int64_t b, int64_t p) { return int_pow(b, p); });
  } else if (e == 2) {
    out = unary_float_kernel(x, [](auto v) { return v * v; });
  } else if (e == 3) {
    out = unary_float_kernel(x, [](auto v) { return v * v * v; });
  } else if (e == 1) {
    out = unary_float_kernel(x, [](auto v) { return v; });
  } else if (e == -1) {
    out = unary_float_kernel(x, [](auto v) { return decltype(v)(1) / v; });
  } else if (e == 0.5) {
    out = unary_float_kernel(x, [](auto v) { return std::sqrt(v); });
  } else if (e == -0.5) {  // torch's kernel: 1/sqrt, so (-0)^-0.5 is -inf
    out = unary_float_kernel(x, [](auto v) { return decltype(v)(1) / std::sqrt(v); });
  } else if (e == -2) {
    out = unary_float_kernel(x, [](auto v) { return decltype(v)(1) / (v * v); });
  } else {
    DType dt = result_type(x, exponent);
    out = binary_kernel(x, scalar_tensor(exponent, dt), dt,
                        [](auto b, auto p) { return std::pow(b, p); });
  }
  if (needs_grad(x)) {
    auto node = elementwise_record("PowBackward0", {&x}, out, [e](BackwardCtx& c) -> TensorList {
      if (e == 0) return {zeros_like(c.grad())};
      Tensor base = c.saved(0);
      return {c.grad() * (e * (e == 2 ? base : base.pow(e - 1)))};
    });
    node->save(x);
  }
  return out;
}

// ---------------------------------------------------------------- operators

Tensor operator+(const Tensor& a, const Tensor& b) { return add(a, b); }
Tensor operator+(const Tensor& a, const Scalar& b) { return add(a, b); }
Tensor operator+(const Scalar& a, const Tensor& b) { return add(b, a); }
Tensor operator-(const Tensor& a, const Tensor& b) { return sub(a, b); }
Tensor operator-(const Tensor& a, const Scalar& b) { return sub(a, b); }
Tensor operator-(const Scalar& a, const Tensor& b) { return rsub(b, a); }
Tensor operator*(const Tensor& a, const Tensor& b) { return mul(a, b); }
Tensor operator*(const Tensor& a, const Scalar& b) { return mul(a, b); }
Tensor operator*(const Scalar& a, const Tensor& b) { return mul(b, a); }
Tensor operator/(const Tensor& a, const Tensor& b) { return div(a, b); }
Tensor operator/(const Tensor& a, const Scalar& b) { return div(a, b); }
// PyTorch computes `s / x` as `x.reciprocal() * s`.
Tensor operator/(const Scalar& a, const Tensor& b) { return mul(b.reciprocal(), a); }
Tensor operator-(const Tensor& x) { return neg(x); }

Tensor Tensor::neg() const { return ct::neg(*this); }
Tensor Tensor::pow(const Scalar& e) const { return ct::pow(*this, e); }
Tensor Tensor::add(const Tensor& o) const { return ct::add(*this, o); }
Tensor Tensor::sub(const Tensor& o) const { return ct::sub(*this, o); }
Tensor Tensor::mul(const Tensor& o) const { return ct::mul(*this, o); }
Tensor Tensor::div(const Tensor& o) const { return ct::div(*this, o); }

}  // namespace ct

namespace ct::detail {
void add_arithmetic_ops(std::vector<OpInfo>& t) {
  auto binary = [&t](const char* name, const char* node, const char* derivative, Domain domain,
                     Tensor (*f)(const Tensor&, const Tensor&)) {
    add_binary(t, name, node, derivative, domain, f);
  };
  binary("add", "AddBackward0", "g, alpha·g", Domain::Real,
         [](const Tensor& a, const Tensor& b) { return ct::add(a, b); });
  binary("sub", "SubBackward0", "g, -alpha·g", Domain::Real,
         [](const Tensor& a, const Tensor& b) { return ct::sub(a, b); });
  binary("mul", "MulBackward0", "g·b, g·a", Domain::Real,
         [](const Tensor& a, const Tensor& b) { return ct::mul(a, b); });
  binary("div", "DivBackward0", "g/b, -g·a/b²", Domain::Positive,
         [](const Tensor& a, const Tensor& b) { return ct::div(a, b); });
  binary("pow", "PowBackward1", "g·y·x^(y-1) (0 where y = 0); g·out·log x (0 where x = 0, y ≥ 0)",
         Domain::Positive, [](const Tensor& a, const Tensor& b) { return ct::pow(a, b); });
  t.push_back(OpInfo{"neg", "", "NegBackward0", "-g", OpKind::Unary, Domain::Real, true,
                     [](const Tensor& x) { return ct::neg(x); }});
  // Scalar operands, fixed in the row.
  const auto O = OpKind::Other;
  auto real = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  auto positive = [](DType dt) { return matrix_samples(dt, Domain::Positive); };
  add_general(
      t, "rsub", "", "RsubBackward1", "-g", O, Domain::Real, false, 1,
      [](const TL& in) { return TL{ct::rsub(in[0], 2.5)}; }, real, "m.rsub(x[0], 2.5)");
  add_general(
      t, "pow.scalar", "", "PowBackward0", "g·s·x^(s-1); 0 for s = 0", O, Domain::Positive, true, 1,
      [](const TL& in) { return TL{ct::pow(in[0], 2.5)}; }, positive, "m.pow(x[0], 2.5)");
  add_general(
      t, "pow.scalar_base", "", "PowBackward2", "g·out·log s", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::pow(2.5, in[0])}; }, real, "m.pow(2.5, x[0])");
  add_general(
      t, "div.scalar_numerator", "", "MulBackward0", "s / a = reciprocal(a)·s", O, Domain::Positive,
      true, 1, [](const TL& in) { return TL{2.5 / in[0]}; }, positive, "2.5 / x[0]");
  add_general(
      t, "div.rounding_mode", "", "DivBackward2",
      "0, 0 (\"trunc\", \"floor\"; integers stay integers)", O, Domain::Positive, true, 2,
      [](const TL& in) { return TL{ct::div(in[0], in[1], "floor")}; },
      [](DType dt) { return matrix_pair_samples(dt, Domain::Positive); },
      "m.div(x[0], x[1], rounding_mode='floor')");
  // torch: not differentiable; here DivBackward2, whose gradient is 0.
  binary("floor_divide", "", "not differentiable", Domain::Positive,
         [](const Tensor& a, const Tensor& b) { return ct::floor_divide(a, b); });

  // Python's signatures. add/sub with a Scalar `other`: an integral alpha
  // of 1 keeps the Scalar path; any other alpha scales a 0-dim tensor.
#define CT_ADD_LIKE(FN)                                                            \
  {                                                                                \
    {"(Tensor input, Tensor other, *, Scalar alpha=1)",                            \
     CT_CALL(FN(a.tensor(0), a.tensor(1), a.scalar(2)))},                          \
    {                                                                              \
      "(Tensor input, Scalar other, *, Scalar alpha=1)",                           \
          CT_CALL(a.scalar(2).to_double() == 1 && !a.scalar(2).is_floating_point() \
                      ? FN(a.tensor(0), a.scalar(1))                               \
                      : FN(a.tensor(0), ct::full({}, a.scalar(1)), a.scalar(2)))   \
    }                                                                              \
  }
  set_signatures(t, "add", CT_ADD_LIKE(ct::add));
  set_signatures(t, "sub", CT_ADD_LIKE(ct::sub));
#undef CT_ADD_LIKE
  // The in-place variants: methods that return the tensor they change.
  const auto M = Binding::Method;
  set_signatures(
      t, "add",
      {{"add_(Tensor self, Tensor other, *, Scalar alpha=1) -> self",
        CT_CALL(Tensor(a.tensor(0)).add_(a.tensor(1), a.scalar(2))), M},
       {"add_(Tensor self, Scalar other, *, Scalar alpha=1) -> self",
        CT_CALL(a.scalar(2).to_double() == 1 ? Tensor(a.tensor(0)).add_(a.scalar(1))
                                             : Tensor(a.tensor(0))
                                                   .add_(ct::full({}, a.scalar(1))
                                                             .mul(ct::full({}, a.scalar(2)))
                                                             .to(a.tensor(0).dtype()))),
        M}});
  set_signatures(t, "sub",
                 {{"sub_(Tensor self, Tensor other, *, Scalar alpha=1) -> self",
                   CT_CALL(Tensor(a.tensor(0)).sub_(a.tensor(1), a.scalar(2))), M},
                  {"sub_(Tensor self, Scalar other) -> self",
                   CT_CALL(Tensor(a.tensor(0)).sub_(a.scalar(1))), M}});
  set_signatures(t, "mul",
                 {{"mul_(Tensor self, Tensor other) -> self",
                   CT_CALL(Tensor(a.tensor(0)).mul_(a.tensor(1))), M},
                  {"mul_(Tensor self, Scalar other) -> self",
                   CT_CALL(Tensor(a.tensor(0)).mul_(a.scalar(1))), M}});
  set_signatures(t, "div",
                 {{"div_(Tensor self, Tensor other) -> self",
                   CT_CALL(Tensor(a.tensor(0)).div_(a.tensor(1))), M},
                  {"div_(Tensor self, Scalar other) -> self",
                   CT_CALL(Tensor(a.tensor(0)).div_(a.scalar(1))), M}});
  set_signatures(t, "pow",
                 {{"pow_(Tensor self, Scalar exponent) -> self",
                   CT_CALL(Tensor(a.tensor(0)).pow_(a.scalar(1))), M}});
  set_signatures(t, "sub",
                 {{"subtract(Tensor input, Tensor other, *, Scalar alpha=1)",
                   CT_CALL(ct::sub(a.tensor(0), a.tensor(1), a.scalar(2)))}});
  set_signatures(t, "rsub",
                 {{"(Tensor input, Scalar other)", CT_CALL(ct::rsub(a.tensor(0), a.scalar(1))),
                   Binding::Function},
                  {"(Tensor input, Tensor other)", CT_CALL(ct::sub(a.tensor(1), a.tensor(0))),
                   Binding::Function}});
  set_signatures(t, "mul",
                 {CT_TENSOR_OR_SCALAR(ct::mul, ""), CT_TENSOR_OR_SCALAR(ct::mul, "multiply")});
  set_signatures(
      t, "div",
      {{"(Tensor input, Tensor other, *, str? rounding_mode=None)",
        CT_CALL(ct::div(a.tensor(0), a.tensor(1), a.opt_str(2)))},
       {"(Tensor input, Scalar other, *, str? rounding_mode=None)",
        CT_CALL(ct::div(a.tensor(0), a.scalar(1), a.opt_str(2)))},
       {"divide(Tensor input, Tensor other, *, str? rounding_mode=None)",
        CT_CALL(ct::div(a.tensor(0), a.tensor(1), a.opt_str(2)))},
       {"divide(Tensor input, Scalar other, *, str? rounding_mode=None)",
        CT_CALL(ct::div(a.tensor(0), a.scalar(1), a.opt_str(2)))},
       {"true_divide(Tensor input, Tensor other)", CT_CALL(ct::div(a.tensor(0), a.tensor(1)))},
       {"true_divide(Tensor input, Scalar other)", CT_CALL(ct::div(a.tensor(0), a.scalar(1)))}});
  set_signatures(t, "floor_divide", {CT_TENSOR_OR_SCALAR(ct::floor_divide, "")});
  set_signatures(
      t, "pow",
      {{"(Tensor input, Tensor exponent)", CT_CALL(ct::pow(a.tensor(0), a.tensor(1)))},
       {"(Tensor input, Scalar exponent)", CT_CALL(ct::pow(a.tensor(0), a.scalar(1)))},
       {"(Scalar self, Tensor exponent)", CT_CALL(ct::pow(a.scalar(0), a.tensor(1))),
        Binding::Function},
       {"float_power(Tensor input, Scalar exponent)",
        CT_CALL(ct::pow(a.tensor(0).to(DType::Float64), a.scalar(1))), Binding::Function}});
  set_signatures(t, "neg",
                 {{"(Tensor input)", nullptr},
                  {"negative(Tensor input)", nullptr},
                  {"neg_(Tensor self) -> self", CT_CALL(Tensor(a.tensor(0)).neg_()), M}});
  // integer inputs: the special values made finite, then truncated
  set_calls(t, "pow",
            {"x[0].pow(0)",
             "m.pow(x[0], 0.0)",
             "x[0].pow(2)",
             "x[0].pow(0.5)",
             "x[0].pow(-1)",
             "x[0].pow(3)",
             "x[0].pow(1.5)",
             "x[0] ** x[1]",
             "m.pow(2.0, x[1])",
             "m.pow(0.0, x[1])",
             "2 ** x[1]",
             "m.pow(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 2)",
             "m.pow(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), -1)",
             "m.float_power(x[0].float(), 2)",
             "m.pow(x[0].abs() + 0.5, x[1])",
             "m.pow(x[0].T.contiguous().T.abs() + 0.5, x[1].T.contiguous().T)",
             "x[0] ** 3",
             "x[0].abs() ** 0.5",
             "x[0] ** 0",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() ** 3",
             "(m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() * 100000) ** 2",
             "(lambda z: z.pow_(2) is z and z._version > 0 and z)(x[0] * 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).pow(m.ones((4, 5)))",
             "x[0].pow(x[1])  # differs (returns): docs/semantics.md, Error strictness: bool pow "
             "is computed",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).pow(m.tensor([1.0, 2.0]))",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).pow(m.zeros((2, 3), dtype=m.int64))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).pow(m.tensor([1.0, 2.0, 3.0]))",
             "m.ones((2, 3, 3)).pow(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.pow(m.tensor([[True, False, True], [False, True, False]]), m.tensor([[True, False, "
             "True], [False, True, False]]))  # differs (returns): docs/semantics.md, Error "
             "strictness: bool pow is computed",
             "m.pow(x[0], -1)  # differs (returns): docs/semantics.md, Error strictness: bool pow "
             "is computed",
             "m.pow(x[0], m.full_like(x[0], -1))  # differs (returns): docs/semantics.md, Error "
             "strictness: bool pow is computed",
             "m.pow(x[0], 0.5)",
             "m.pow(x[0], True)  # differs (returns): docs/semantics.md, Error strictness: bool "
             "pow is computed",
             "m.pow(2, x[0])",
             "m.pow(2, (-x[0]))",
             "m.pow(0.5, x[0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).pow_(0.5)  # message: cotangent: result type Float "
             "can't be cast to the desired output type Long",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).pow_(-1)",
             "x[0].pow_(2)  # message: cotangent: result type Float can't be cast to the desired "
             "output type Bool",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().pow_(2)",
             CT_INT32("[100000]") ".pow(2)"});
  set_calls(t, "div",
            {"x[0] / x[1]",
             "x[0] / 0.0",
             "m.div(x[0], 2, rounding_mode='trunc')",
             "m.div(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 2)",
             "m.true_divide(x[0], x[1].float())",
             "m.divide(x[0], x[1], rounding_mode='floor')",
             "x[0].T.contiguous().T / x[1].T.contiguous().T",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() / 2",
             "(lambda z: z.div_(x[1].abs() + 1) is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.div_(2) is z and z._version > 0 and z)(x[0] * 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) / m.ones((4, 5))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) / m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) / m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) / m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) / m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).div(m.ones((4, 5)))",
             "x[0].div(x[1])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).div(m.tensor([1.0, 2.0]))",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).div(m.zeros((2, 3), dtype=m.int64))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).div(m.tensor([1.0, 2.0, 3.0]))",
             "m.ones((2, 3, 3)).div(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.div(x[0], 0)",
             "2 / x[0]",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).div_(m.tensor([[1, 2, 3], [4, 5, 6]]))",
             "m.tensor([[True, False, True], [False, True, False]]).div_(m.tensor([[True, False, "
             "True], [False, True, False]]))",
             "x[0].div_(2)",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).div_(0)",
             "m.tensor([1.0, 2.0, 3.0]).div_(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().div_(2)",
             CT_INT_X0 " / " CT_INT_X1,
             CT_INT32_X0 " / 2"});

  // overloads and operators with scalars, broadcasting corner cases
  set_calls(t, "add",
            {"m.add(x[0], x[1], alpha=2.5)",
             "x[0] + 2",
             "2.5 + x[0]",
             "x[0] - 1.5",
             "1.5 - x[0]",
             "x[0] - x[1]",
             "3 * x[0]",
             "x[0] * x[0]",
             "x[0] / 4",
             "2 / x[0]",
             "-x[0]",
             "x[0][..., :1, :1] * x[1]",
             "x[0].reshape(-1)[0] * x[1]",
             "(x[0][:0] * 2).sum(-1)",
             "(x[0].exp() * x[1].sin() + x[0].tanh()).sum(0)",
             "x[0].add(x[1], alpha=-1)",
             "x[0].sub(x[1], alpha=0.5)",
             "m.mul(x[0], 2.5)",
             "x[0].abs().pow(-1.5)",
             "m.add(x[0], x[1], alpha=2)",
             "m.add(x[0].T.contiguous().T, x[1].T.contiguous().T, alpha=2)",
             "x[0] + x[1]",
             "x[0].T.contiguous().T + x[1].T.contiguous().T",
             "2 + x[0]",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long() + x[1].float()",
             "x[0] + x[1].float()",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long() + True",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() + m.nan_to_num(x[1], 0.0, 9.0, -9.0).long()",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() + x[1].float()",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() + m.tensor(5)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() + m.tensor(1.5, dtype=m.float64)",
             "(x[1] > 0) + m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()",
             "m.tensor([2 ** 31 - 1], dtype=m.int32) + m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()",
             "(lambda z: z.add_(x[1]) is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.add_(x[1], alpha=2) is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.add_(2) is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.__iadd__(x[1]) is z and z._version > 0 and z)(x[0] * 1)",
             "x[0] + m.ones(5, dtype=x[0].dtype)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) + m.ones((4, 5))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) + m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) + m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) + m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) + m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).add(m.ones((4, 5)))",
             "x[0].add(x[1])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).add(m.tensor([1.0, 2.0]))",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).add(m.zeros((2, 3), dtype=m.int64))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).add(m.tensor([1.0, 2.0, 3.0]))",
             "m.ones((2, 3, 3)).add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.add(x[0], 2)",
             "m.add(x[0], 0.5)",
             "m.add(x[0], True)",
             "m.add(x[0], x[0], alpha=2.5)  # differs (returns): docs/semantics.md, Error "
             "strictness: add with a float (or bool) alpha on integer tensors",
             "m.add(x[0], x[0], alpha=True)  # differs (returns): docs/semantics.md, Error "
             "strictness: add with a float (or bool) alpha on integer tensors",
             "m.tensor([1.0, 2.0, 3.0]).add_(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).add_(m.ones((4, 5)))",
             "x[0].add_(x[1])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).add_(0.5)",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).add_(m.tensor([[1, 2, 3], [4, 5, 6]]), alpha=0.5)  "
             "# differs (returns): docs/semantics.md, Error strictness: add with a float (or bool) "
             "alpha on integer tensors",
             "x[0].add_(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().add_(m.tensor([[0.1, "
             "0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.tensor([[1.0, 2.0], [3.0, 4.0]]).add_(m.tensor([[1.0, 2.0], [3.0, 4.0]]).t())  # "
             "differs (returns): in-place op whose argument partially overlaps self: computed as "
             "if out of place (torch refuses); not yet in docs/semantics.md",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().add_(1)",
             CT_INT_X0 " + x[1].float()",
             "x[0].float() + x[1]",
             "x[0] + m.ones(x[1].shape, dtype=m.bool)",
             "m.ones(2, dtype=m.bool) + 1",
             "x[0].float() + m.tensor(1.0, dtype=m.float64)",
             CT_INT_X0 " + m.tensor(1.5, dtype=m.float64)",
             CT_INT32_X0 " + " CT_INT_X1,
             CT_INT32_X0 " + x[1].float()",
             "x[0] + " CT_INT32_X1,
             CT_INT32_X0 " + 1",
             CT_INT32_X0 " + m.tensor(5)",
             CT_INT32_X0 " + m.tensor(1.5, dtype=m.float64)",
             "m.ones(x[0].shape, dtype=m.bool) + " CT_INT32_X0,
             CT_INT32("[2147483647]") " + 1",
             "m.tensor(2147483647, dtype=m.int32) + (1 << 40)"});

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "neg",
            {"m.neg(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())",
             "-m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()", "-m.tensor([-2 ** 31], dtype=m.int32)",
             "(lambda z: z.neg_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].neg()",
             "x[0].neg_()", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().neg_()",
             "(-x[0])", "-" CT_INT32("[-2147483648]")});
  set_calls(t, "sub",
            {"m.sub(x[0], x[1], alpha=0.5)",
             "m.sub(x[0].T.contiguous().T, x[1].T.contiguous().T, alpha=0.5)",
             "x[0].T.contiguous().T - x[1].T.contiguous().T",
             "(lambda z: z.sub_(x[1]) is z and z._version > 0 and z)(x[0] * 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) - m.ones((4, 5))",
             "x[0] - x[1]",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) - m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) - m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) - m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) - m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sub(m.ones((4, 5)))",
             "x[0].sub(x[1])",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sub(m.tensor([1.0, 2.0]))",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).sub(m.zeros((2, 3), dtype=m.int64))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sub(m.tensor([1.0, 2.0, 3.0]))",
             "m.ones((2, 3, 3)).sub(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.sub(x[0], x[0], alpha=2)",
             "m.sub(x[0], 2)",
             "m.sub(x[0], True)",
             "2 - x[0]",
             "m.tensor([[True, False, True], [False, True, False]]).sub_(m.tensor([[True, False, "
             "True], [False, True, False]]))",
             "m.tensor([[True, False, True], [False, True, False]]).sub_(True)",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).sub_(1.5)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sub_(m.tensor([1.0, 2.0]))",
             "x[0].sub_(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().sub_(1)",
             "x[0] - True",
             CT_INT32("[2147483647]") " - (-1)",
             CT_INT32_X0 ".sub(" CT_INT32_X1 ")"});
  set_calls(
      t, "mul",
      {"x[0] * x[1]",
       "x[0].T.contiguous().T * x[1].T.contiguous().T",
       "2.5 * x[0]",
       "x[0] * 3",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long() * 2",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long() * 2.5",
       "x[0].float() * x[1].reshape(-1)[0]",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() * x[1]",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() * 3",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() * 2.5",
       "m.tensor([2 ** 31 - 1], dtype=m.int32) * m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()",
       "(lambda z: z.mul_(x[1]) is z and z._version > 0 and z)(x[0] * 1)",
       "(lambda z: z.mul_(3) is z and z._version > 0 and z)(x[0] * 1)",
       "(lambda z: z.__imul__(2) is z and z._version > 0 and z)(x[0] * 1)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) * m.ones((4, 5))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) * m.tensor([1.0, 2.0])",
       "m.tensor([[1, 2, 3], [4, 5, 6]]) * m.zeros((2, 3), dtype=m.int64)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) * m.tensor([1.0, 2.0, 3.0])",
       "m.ones((2, 3, 3)) * m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mul(m.ones((4, 5)))",
       "x[0].mul(x[1])",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mul(m.tensor([1.0, 2.0]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).mul(m.zeros((2, 3), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mul(m.tensor([1.0, 2.0, 3.0]))",
       "m.ones((2, 3, 3)).mul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.mul(x[0], 0.5)",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * 2).requires_grad_(False)",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * 2).backward()",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * "
       "2).backward(gradient=m.ones((3,)))",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * "
       "2).backward(gradient=m.ones((1, 3)))",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * "
       "2).backward(gradient=m.ones((2, 3), dtype=m.int64))",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * "
       "2).backward(gradient=m.ones((2, 3), dtype=m.bool))",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * "
       "2).backward(gradient=m.ones((2, 3), dtype=m.float64))",
       "(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_() * m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]])).sum().backward(gradient=None, retain_graph=None, "
       "create_graph=False, inputs=[m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])  # message: "
       "cotangent: One of the differentiated Tensors does not require grad",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).mul_(0.5)",
       "m.tensor([[True, False, True], [False, True, False]]).mul_(m.tensor([[0.1, 0.2, 0.3], "
       "[0.4, 0.5, 0.6]]))",
       "m.tensor([0.1, 0.2, 0.3]).expand((2, 3)).mul_(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]))",
       "m.tensor([1.0, 2.0, 3.0]).mul_(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "x[0].mul_(2)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().mul_(2)",
       CT_INT_X0 " * 2.5",
       CT_INT_X0 " * 2",
       "x[0].float() * 2.5",
       CT_INT32_X0 " * 2.5",
       CT_INT32("[2147483647]") " * 2",
       CT_INT_X0 " * " CT_INT32_X1});
  set_calls(t, "rsub", {"2 - x[0]", "m.rsub(x[0], 2)", "True - x[0]"});
  set_calls(t, "floor_divide",
            {"m.nan_to_num(x[0], 0.0, 9.0, -9.0).long() // 2",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() // 2"});
  set_calls(t, "div.rounding_mode", {"m.div(" CT_INT32("[7]") ", 2, rounding_mode='floor')"});
}
}  // namespace ct::detail
