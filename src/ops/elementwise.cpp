// Elementwise ops. The unary ones form one table: each row gives the
// forward expression of one element `v` (of type T) and the derivative,
// written with differentiable ops of g (incoming gradient), X() (the input)
// and OUT() (the result). Only what a row uses is saved.
#include <cmath>

#include "core/recorder.h"
#include "cotangent/elementwise_ops.h"
#include "cotangent/op_table.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

// Every formula in this file broadcasts the incoming gradient against saved
// values, so all of them also work on batched gradients; and every op here
// has a diagonal Jacobian, so its formula applied to a tangent is its jvp.
#define elementwise_record(...) elementwise(record(__VA_ARGS__))

namespace ct {

namespace {
constexpr int kSaveNone = 0, kSaveX = 1, kSaveOut = 2, kSaveBoth = 3;
constexpr double kSqrt2 = 1.41421356237309504880;
constexpr double kTwoOverSqrtPi = 1.12837916709551257390;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;
}  // namespace

// The rows of CT_UNARY_OPS (include/cotangent/elementwise_ops.h) expand here.

namespace {
// Every math op of the table computes integer inputs in float, as torch
// does, except frac, which torch refuses for them (decided at compile time:
// the other rows pay nothing).
template <bool IsFrac>
void refuse_integral_frac(const Tensor& x) {
  if constexpr (IsFrac)
    if (!x.is_floating_point())
      throw RuntimeError(std::string("\"frac_cpu\" not implemented for '") + kind_name(x.dtype()) +
                         "'");
}
}  // namespace

#define CT_DEFINE_UNARY(NAME, NODE, SAVE, SIMD, DOMAIN, FORWARD, DERIVATIVE, DOC)                \
  namespace {                                                                                    \
  template <class T>                                                                             \
  void NAME##_block(const T* in, T* out, int64_t n) {                                            \
    if (kernels::vec_unary(kernels::VecOp::SIMD, in, out, n)) return;                            \
    for (int64_t i = 0; i < n; ++i) {                                                            \
      const T v = in[i];                                                                         \
      out[i] = static_cast<T>(FORWARD);                                                          \
    }                                                                                            \
  }                                                                                              \
  }                                                                                              \
  Tensor NAME(const Tensor& x) {                                                                 \
    CT_TRACE_ELEMENTWISE(unary_info(&NAME##_block<float>, &NAME##_block<double>), Tensor, #NAME, \
                         (x), ct::NAME(in[0]));                                                  \
    refuse_integral_frac<(std::string_view(#NAME) == "frac")>(x);                                \
    Tensor out = unary_float_kernel(                                                             \
        x,                                                                                       \
        [](auto v) {                                                                             \
          using T = decltype(v);                                                                 \
          (void)sizeof(T);                                                                       \
          return static_cast<T>(FORWARD);                                                        \
        },                                                                                       \
        kernels::VecOp::SIMD);                                                                   \
    if (needs_grad(x)) {                                                                         \
      auto node = elementwise(record(NODE, {&x}, out, [](BackwardCtx& c) -> TensorList {         \
        const Tensor& g = c.grad();                                                              \
        [[maybe_unused]] auto X = [&c] { return c.saved(0); };                                   \
        [[maybe_unused]] auto OUT = [&c] { return c.saved((SAVE) == kSaveBoth ? 1 : 0); };       \
        return {DERIVATIVE};                                                                     \
      }));                                                                                       \
      if ((SAVE)&kSaveX) node->save(x);                                                          \
      if ((SAVE)&kSaveOut) node->save(out, true);                                                \
    }                                                                                            \
    return out;                                                                                  \
  }                                                                                              \
  Tensor Tensor::NAME() const { return ct::NAME(*this); }
CT_UNARY_OPS(CT_DEFINE_UNARY)
#undef CT_DEFINE_UNARY

// Ops that keep integer dtypes, with a zero or sign-based derivative.
namespace {
template <class F>
Tensor same_dtype_kernel(const Tensor& x, F f) {
  Tensor out = make_empty(x.shape(), x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<scalar_t, scalar_t>(x, out, [&](scalar_t v) {
      if constexpr (std::is_same_v<scalar_t, int32_t>)
        return static_cast<int32_t>(f(static_cast<int64_t>(v)));  // wraps as PyTorch
      else
        return static_cast<scalar_t>(f(v));
    });
  });
  return out;
}

Tensor zero_derivative_op(const Tensor& x, const char* node, Tensor out) {
  if (needs_grad(x))
    elementwise_record(node, {&x}, out,
                       [](BackwardCtx& c) -> TensorList { return {zeros_like(c.grad())}; });
  return out;
}

template <class T>
T sign_of(T v) {
  if constexpr (std::is_same_v<T, bool>)
    return v;
  else
    return static_cast<T>((v > T(0)) - (v < T(0)));
}
}  // namespace

namespace {
void refuse_bool(const Tensor& x, const char* kernel) {
  if (x.dtype() == DType::Bool)
    throw RuntimeError(std::string("\"") + kernel + "\" not implemented for 'Bool'");
}
}  // namespace

Tensor floor(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "floor", (x), ct::floor(in[0]));
  refuse_bool(x, "floor_vml_cpu");
  return zero_derivative_op(x, "FloorBackward0", same_dtype_kernel(x, [](auto v) {
                              if constexpr (std::is_floating_point_v<decltype(v)>)
                                return std::floor(v);
                              else
                                return v;
                            }));
}
Tensor ceil(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "ceil", (x), ct::ceil(in[0]));
  refuse_bool(x, "ceil_vml_cpu");
  return zero_derivative_op(x, "CeilBackward0", same_dtype_kernel(x, [](auto v) {
                              if constexpr (std::is_floating_point_v<decltype(v)>)
                                return std::ceil(v);
                              else
                                return v;
                            }));
}
Tensor round(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "round", (x), ct::round(in[0]));
  refuse_bool(x, "round_vml_cpu");
  // round half to even, as torch.round
  return zero_derivative_op(x, "RoundBackward0", same_dtype_kernel(x, [](auto v) {
                              if constexpr (std::is_floating_point_v<decltype(v)>)
                                return std::nearbyint(v);
                              else
                                return v;
                            }));
}
Tensor trunc(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "trunc", (x), ct::trunc(in[0]));
  refuse_bool(x, "trunc_vml_cpu");
  return zero_derivative_op(x, "TruncBackward0", same_dtype_kernel(x, [](auto v) {
                              if constexpr (std::is_floating_point_v<decltype(v)>)
                                return std::trunc(v);
                              else
                                return v;
                            }));
}
Tensor sign(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "sign", (x), ct::sign(in[0]));
  return zero_derivative_op(x, "SignBackward0",
                            same_dtype_kernel(x, [](auto v) { return sign_of(v); }));
}

Tensor sgn(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "sgn", (x), ct::sgn(in[0]));
  return zero_derivative_op(x, "SgnBackward0",
                            same_dtype_kernel(x, [](auto v) { return sign_of(v); }));
}

Tensor abs(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "abs", (x), ct::abs(in[0]));
  refuse_bool(x, "abs_cpu");
  Tensor out = same_dtype_kernel(x, [](auto v) {
    if constexpr (std::is_same_v<decltype(v), bool>)
      return v;
    else
      return v < 0 ? -v : v;
  });
  if (needs_grad(x))
    elementwise_record("AbsBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * c.saved(0).detach().sign()};  // sign' = 0: keep it constant
    })->save(x);
  return out;
}

Tensor square(const Tensor& x) {
  return x.dtype() == DType::Bool ? x.to(DType::Int64).pow(2) : x.pow(2);
}

namespace {
// (NaN stays NaN and passes the gradient through, as torch's threshold)
template <class T>
T relu_of(T v) {
  return !(v <= 0) ? v : T(0);
}
template <class T>
void relu_block(const T* in, T* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = relu_of(in[i]);
}
}  // namespace

Tensor relu(const Tensor& x) {
  CT_TRACE_ELEMENTWISE(unary_info(&relu_block<float>, &relu_block<double>), Tensor, "relu", (x),
                       ct::relu(in[0]));
  if (x.dtype() == DType::Bool) throw RuntimeError("Boolean inputs not supported for relu");
  Tensor out = same_dtype_kernel(x, [](auto v) { return relu_of(v); });
  if (needs_grad(x))
    elementwise_record("ReluBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {where(c.saved(0) <= 0, 0.0, c.grad())};
    })->save(out, true);
  return out;
}

// ---------------------------------------------------------------- clamp

namespace {
Tensor clamp_scalar(const Tensor& x, std::optional<Scalar> min, std::optional<Scalar> max,
                    const char* node_name) {
  if (!min && !max)
    throw RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  const double lo = min ? min->to_double() : -INFINITY, hi = max ? max->to_double() : INFINITY;
  // the dtype of x op min op max: a float bound makes an integer tensor float,
  // an integer bound makes a bool tensor int64
  DType dtype = x.dtype();
  for (const auto& bound : {min, max})
    if (bound) dtype = promote(dtype, result_type(x, *bound));
  Tensor out;
  if (!is_floating_point(dtype)) {
    Tensor xi = x.to(dtype);
    out = same_dtype_kernel(xi, [&](auto v) {
      using T = decltype(v);
      T r = v;
      if (min) r = std::max<T>(r, T(lo));
      if (max) r = std::min<T>(r, T(hi));
      return r;
    });
  } else {
    out = unary_float_kernel(x.to(dtype), [&](auto v) {
      using T = decltype(v);
      if (std::isnan(v)) return v;
      return std::min<T>(std::max<T>(v, T(lo)), T(hi));
    });
  }
  if (needs_grad(x))
    elementwise_record(node_name, {&x}, out, [lo, hi](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      return {where(logical_and(x >= lo, x <= hi), c.grad(), 0.0)};
    })->save(x);
  return out;
}
}  // namespace

Tensor clamp(const Tensor& x, std::optional<Scalar> min, std::optional<Scalar> max) {
  CT_TRACE_BROADCASTING(Tensor, "clamp", (x), ct::clamp(in[0], min, max));
  return clamp_scalar(x, min, max, "ClampBackward1");
}

Tensor clamp(const Tensor& x, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
  CT_TRACE_BROADCASTING(
      Tensor, "clamp", (x, min ? *min : Tensor(), max ? *max : Tensor()),
      ct::clamp(in[0], in[1].defined() ? std::optional<Tensor>(in[1]) : std::nullopt,
                in[2].defined() ? std::optional<Tensor>(in[2]) : std::nullopt));
  const bool has_min = min && min->defined(), has_max = max && max->defined();
  if (!has_min && !has_max)
    throw RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  Tensor out;
  {
    InternalGuard g;
    out = x;
    // a NaN bound gives NaN, as torch's kernel
    if (has_min) out = where(logical_or(out < *min, isnan(*min)), *min, out);
    if (has_max) out = where(logical_or(out > *max, isnan(*max)), *max, out);
    // x op min op max (where() above promoted a 0-dim bound as a dimensioned one)
    DType dtype = x.dtype();
    for (const auto* bound : {&min, &max})
      if (*bound && (*bound)->defined()) dtype = promote(dtype, result_type(x, **bound));
    if (out.dtype() != dtype) out = out.to(dtype);
    if (out.is_same(x)) out = x.clone();
  }
  Tensor lo = has_min ? *min : Tensor(), hi = has_max ? *max : Tensor();
  if (needs_grad(x, lo, hi)) {
    auto node = elementwise_record(
        "ClampBackward0", {&x, &lo, &hi}, out, [has_min, has_max](BackwardCtx& c) -> TensorList {
          Tensor x = c.saved(0);
          Tensor lo = has_min ? c.saved(1) : Tensor(),
                 hi = has_max ? c.saved(has_min ? 2 : 1) : Tensor();
          // torch's clamp_backward_min_max: with both bounds, a min above
          // the max gives the gradient to the max
          Tensor inside = ones_like(x, DType::Bool);
          if (has_min) inside = logical_and(inside, x >= lo);
          if (has_max) inside = logical_and(inside, x <= hi);
          const Tensor& g = c.grad();
          Tensor glo, ghi;
          if (has_min && c.needs(1))
            glo = where(has_max ? logical_and(x < lo, lo < hi) : x < lo, g, 0.0);
          if (has_max && c.needs(2))
            ghi = where(has_min ? logical_or(x > hi, hi < lo) : x > hi, g, 0.0);
          return {c.needs(0) ? where(inside, g, 0.0) : Tensor(), glo, ghi};
        });
    node->save(x);
    if (has_min) node->save(lo);
    if (has_max) node->save(hi);
  }
  return out;
}

Tensor clamp_min(const Tensor& x, const Scalar& min) {
  CT_TRACE_BROADCASTING(Tensor, "clamp_min", (x), ct::clamp_min(in[0], min));
  return clamp_scalar(x, min, std::nullopt, "ClampMinBackward0");
}
Tensor clamp_max(const Tensor& x, const Scalar& max) {
  CT_TRACE_BROADCASTING(Tensor, "clamp_max", (x), ct::clamp_max(in[0], max));
  return clamp_scalar(x, std::nullopt, max, "ClampMaxBackward0");
}

Tensor nan_to_num(const Tensor& x, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  CT_TRACE_BROADCASTING(Tensor, "nan_to_num", (x), ct::nan_to_num(in[0], nan, posinf, neginf));
  if (!x.is_floating_point()) return x.clone();
  Tensor out = CT_DISPATCH_FLOAT(x.dtype(), [&] {
    using T = scalar_t;
    const T n = static_cast<T>(nan.value_or(0.0));
    const T p = posinf ? static_cast<T>(*posinf) : std::numeric_limits<T>::max();
    const T m = neginf ? static_cast<T>(*neginf) : std::numeric_limits<T>::lowest();
    return unary_float_kernel(x, [=](auto v) {
      return static_cast<decltype(v)>(std::isnan(v) ? n : std::isinf(v) ? (v > 0 ? p : m) : v);
    });
  });
  if (needs_grad(x))
    elementwise_record("NanToNumBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * isfinite(c.saved(0))};
    })->save(x);
  return out;
}

// ---------------------------------------------------------------- binary

Tensor atan2(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "atan2", (a, b), ct::atan2(in[0], in[1]));
  DType dt = float_result(result_type(a, b));
  Tensor out = binary_kernel(a, b, dt, [](auto y, auto x) { return std::atan2(y, x); });
  if (needs_grad(a, b)) {
    auto node =
        elementwise_record("Atan2Backward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
          Tensor y = c.saved(0), x = c.saved(1);
          Tensor r = c.grad() / (x.square() + y.square());
          return {c.needs(0) ? r * x : Tensor(), c.needs(1) ? -r * y : Tensor()};
        });
    node->save(a);
    node->save(b);
  }
  return out;
}

namespace {
// Ties share the gradient equally, as in PyTorch's maximum/minimum.
Tensor max_min(const Tensor& a, const Tensor& b, bool is_max) {
  DType dt = result_type(a, b);
  Tensor out = binary_kernel(a, b, dt, [is_max](auto x, auto y) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      if (std::isnan(x) || std::isnan(y)) return x + y;
    return is_max ? (x > y ? x : y) : (x < y ? x : y);
  });
  if (needs_grad(a, b)) {
    auto node = elementwise_record(is_max ? "MaximumBackward0" : "MinimumBackward0", {&a, &b}, out,
                                   [is_max](BackwardCtx& c) -> TensorList {
                                     // torch: g/2 on ties, 0 to the loser,
                                     // g to both where a NaN is compared
                                     Tensor x = c.saved(0), y = c.saved(1);
                                     const Tensor& g = c.grad();
                                     Tensor shared = where(x == y, g / 2, g);
                                     Tensor a_loses = is_max ? x < y : x > y;
                                     Tensor b_loses = is_max ? x > y : x < y;
                                     return {c.needs(0) ? where(a_loses, 0.0, shared) : Tensor(),
                                             c.needs(1) ? where(b_loses, 0.0, shared) : Tensor()};
                                   });
    node->save(a);
    node->save(b);
  }
  return out;
}
}  // namespace

Tensor maximum(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "maximum", (a, b), ct::maximum(in[0], in[1]));
  return max_min(a, b, true);
}
Tensor minimum(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "minimum", (a, b), ct::minimum(in[0], in[1]));
  return max_min(a, b, false);
}

namespace {
Tensor fmod_impl(const Tensor& a, const Tensor& b, const char* node_name) {
  DType dt = result_type(a, b);
  if (dt == DType::Bool) throw RuntimeError("\"fmod_cpu\" not implemented for 'Bool'");
  Tensor out = binary_kernel(a, b, dt, [](auto x, auto y) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::fmod(x, y);
    else {
      if (y == 0) throw RuntimeError("ZeroDivisionError");
      return static_cast<decltype(x)>(x % y);
    }
  });
  if (needs_grad(a, b)) {
    auto node = elementwise_record(node_name, {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {g, c.needs(1) ? -g * (c.saved(0) / c.saved(1)).detach().trunc() : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}
Tensor remainder_impl(const Tensor& a, const Tensor& b, const char* node_name) {
  DType dt = result_type(a, b);
  if (dt == DType::Bool) throw RuntimeError("\"remainder_cpu\" not implemented for 'Bool'");
  Tensor out = binary_kernel(a, b, dt, [](auto x, auto y) {
    if constexpr (std::is_floating_point_v<decltype(x)>) {
      auto r = std::fmod(x, y);
      return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r;
    } else {
      if (y == 0) throw RuntimeError("ZeroDivisionError");
      auto r = x % y;
      return static_cast<decltype(x)>((r != 0 && ((r < 0) != (y < 0))) ? r + y : r);
    }
  });
  if (needs_grad(a, b)) {
    auto node = elementwise_record(node_name, {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {g, c.needs(1) ? -g * (c.saved(0) / c.saved(1)).detach().floor() : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}
}  // namespace

Tensor fmod(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "fmod", (a, b), ct::fmod(in[0], in[1]));
  return fmod_impl(a, b, "FmodBackward1");
}
Tensor remainder(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "remainder", (a, b), ct::remainder(in[0], in[1]));
  return remainder_impl(a, b, "RemainderBackward1");
}
Tensor fmod(const Tensor& a, const Scalar& b) {
  CT_TRACE_BROADCASTING(Tensor, "fmod", (a), ct::fmod(in[0], b));
  return fmod_impl(a, scalar_tensor(b, result_type(a, b)), "FmodBackward0");
}
Tensor remainder(const Tensor& a, const Scalar& b) {
  CT_TRACE_BROADCASTING(Tensor, "remainder", (a), ct::remainder(in[0], b));
  return remainder_impl(a, scalar_tensor(b, result_type(a, b)), "RemainderBackward0");
}

Tensor hypot(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "hypot", (a, b), ct::hypot(in[0], in[1]));
  // torch: the promoted type must be floating (one float operand is enough).
  const DType dt = result_type(a, b);
  if (!is_floating_point(dt))
    throw RuntimeError(std::string("\"hypot_cpu\" not implemented for '") + kind_name(dt) + "'");
  Tensor out = binary_kernel(a, b, dt, [](auto x, auto y) { return std::hypot(x, y); });
  if (needs_grad(a, b)) {
    auto node =
        elementwise_record("HypotBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
          Tensor r = c.grad() / c.saved(2);
          return {c.needs(0) ? r * c.saved(0) : Tensor(), c.needs(1) ? r * c.saved(1) : Tensor()};
        });
    node->save(a);
    node->save(b);
    node->save(out, true);
  }
  return out;
}

namespace {
void check_lerp(const Tensor& start, const Tensor& end, const Tensor* weight) {
  if (end.dtype() != start.dtype())
    throw RuntimeError(std::string("expected dtype ") + c_type_name(start.dtype()) +
                       " for `end` but got dtype " + c_type_name(end.dtype()));
  if (weight && weight->dtype() != start.dtype())
    throw RuntimeError(std::string("expected dtype ") + c_type_name(start.dtype()) +
                       " for `weight` but got dtype " + c_type_name(weight->dtype()));
  // torch's broadcast order: start, end, then weight; then the kernel's dtype
  const Shape se = broadcast_shapes(start.shape(), end.shape());
  if (weight) broadcast_shapes(se, weight->shape());
  if (!start.is_floating_point())
    throw RuntimeError(std::string(weight ? "\"lerp_kernel_tensor\"" : "\"lerp_kernel_scalar\"") +
                       " not implemented for '" + kind_name(start.dtype()) + "'");
}
}  // namespace

Tensor lerp(const Tensor& start, const Tensor& end, const Scalar& weight) {
  CT_TRACE_BROADCASTING(Tensor, "lerp", (start, end), ct::lerp(in[0], in[1], weight));
  check_lerp(start, end, nullptr);
  const double w = weight.to_double();
  DType dt = result_type(start, end);
  Tensor out = binary_kernel(start, end, dt, [w](auto s, auto e) {
    using T = decltype(s);
    // torch 1.13's kernel: from `start` below weight 0.5 (negative weights
    // too), else from `end`
    return w < 0.5 ? s + T(w) * (e - s) : e - (e - s) * (T(1) - T(w));
  });
  if (needs_grad(start, end))
    elementwise_record("LerpBackward0", {&start, &end}, out, [w](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? g * (1 - w) : Tensor(), c.needs(1) ? g * w : Tensor()};
    });
  return out;
}

Tensor lerp(const Tensor& start, const Tensor& end, const Tensor& weight) {
  CT_TRACE_BROADCASTING(Tensor, "lerp", (start, end, weight), ct::lerp(in[0], in[1], in[2]));
  check_lerp(start, end, &weight);
  Tensor out;
  {
    InternalGuard g;
    // torch 1.13's kernel: from `start` below weight 0.5, else from `end`
    const Tensor d = end - start;
    out = where(weight < 0.5, start + weight * d, end - d * (1 - weight));
  }
  if (needs_grad(start, end, weight)) {
    auto node = elementwise_record(
        "LerpBackward1", {&start, &end, &weight}, out, [](BackwardCtx& c) -> TensorList {
          const Tensor& g = c.grad();
          Tensor w = c.saved(2);
          return {c.needs(0) ? g * (1 - w) : Tensor(), c.needs(1) ? g * w : Tensor(),
                  c.needs(2) ? g * (c.saved(1) - c.saved(0)) : Tensor()};
        });
    node->save(start);
    node->save(end);
    node->save(weight);
  }
  return out;
}

Tensor where(const Tensor& cond, const Tensor& a, const Tensor& b) {
  CT_TRACE_ELEMENTWISE(where_info(), Tensor, "where", (cond, a, b), ct::where(in[0], in[1], in[2]));
  if (cond.dtype() != DType::Bool)
    throw RuntimeError(
        std::string(
            "where expected condition to be a boolean tensor, but got a tensor with dtype ") +
        kind_name(cond.dtype()));
  DType dt = result_type(a, b);
  // torch's order (expand_outplace): condition, self, then other
  Shape shape = broadcast_shapes(broadcast_shapes(cond.shape(), a.shape()), b.shape());
  Tensor x = cast_nograd(a, dt), y = cast_nograd(b, dt);
  Tensor out = make_empty(shape, dt);
  CT_DISPATCH_ALL(dt, [&] {
    kernels::map3<scalar_t, bool, scalar_t, scalar_t>(
        cond, x, y, out, [](bool c, scalar_t u, scalar_t v) { return c ? u : v; });
  });
  if (needs_grad(a, b)) {
    auto node =
        elementwise_record("WhereBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
          Tensor cnd = c.saved(0);
          const Tensor& g = c.grad();
          return {c.needs(0) ? where(cnd, g, 0.0) : Tensor(),
                  c.needs(1) ? where(cnd, 0.0, g) : Tensor()};
        });
    node->save(cond);
  }
  return out;
}
Tensor where(const Tensor& cond, const Tensor& a, const Scalar& b) {
  CT_TRACE_ELEMENTWISE(where_info(b.to_double()), Tensor, "where", (cond, a),
                       ct::where(in[0], in[1], b));
  return where(cond, a, scalar_tensor(b, result_type(a, b)));
}
Tensor where(const Tensor& cond, const Scalar& a, const Tensor& b) {
  CT_TRACE_ELEMENTWISE(where_info(a.to_double(), true), Tensor, "where", (cond, b),
                       ct::where(in[0], a, in[1]));
  return where(cond, scalar_tensor(a, result_type(b, a)), b);
}

Tensor pow(const Tensor& x, const Tensor& e) {
  CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::Pow), Tensor, "pow", (x, e),
                       ct::pow(in[0], in[1]));
  DType dt = result_type(x, e);
  Tensor out = binary_kernel(x, e, dt, [](auto b, auto p) {
    if constexpr (std::is_floating_point_v<decltype(b)>)
      return std::pow(b, p);
    else
      return int_pow(b, p);
  });
  if (needs_grad(x, e)) {
    auto node = elementwise_record("PowBackward1", {&x, &e}, out, [](BackwardCtx& c) -> TensorList {
      Tensor b = c.saved(0), p = c.saved(1);
      const Tensor& g = c.grad();
      Tensor gb, gp;
      if (c.needs(0)) gb = where(p == 0.0, 0.0, g * (p * b.pow(p - 1)));
      if (c.needs(1)) gp = where(logical_and(b == 0.0, p >= 0.0), 0.0, g * (c.saved(2) * b.log()));
      return {gb, gp};
    });
    node->save(x);
    node->save(e);
    node->save(out, true);
  }
  return out;
}

Tensor pow(const Scalar& base, const Tensor& e) {
  CT_TRACE_BROADCASTING(Tensor, "pow", (e), ct::pow(base, in[0]));
  DType dt = result_type(e, base);
  Tensor b = scalar_tensor(base, dt);
  Tensor out = binary_kernel(b, e, dt, [](auto x, auto p) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::pow(x, p);
    else
      return int_pow(x, p);
  });
  if (needs_grad(e)) {
    const double s = base.to_double();
    auto node = elementwise_record("PowBackward2", {&e}, out, [s](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      if (s == 0) return {where(c.saved(0) >= 0.0, 0.0, g * c.saved(1) * std::log(s))};
      return {g * c.saved(1) * std::log(s)};
    });
    node->save(e);
    node->save(out, true);
  }
  return out;
}
Tensor Tensor::pow(const Tensor& e) const { return ct::pow(*this, e); }

// ---------------------------------------------------------------- comparisons

namespace {
template <class F>
Tensor compare(const Tensor& a, const Tensor& b, F f) {
  DType dt = result_type(a, b);
  Shape shape = broadcast_shapes(a.shape(), b.shape());
  Tensor x = cast_nograd(a, dt), y = cast_nograd(b, dt);
  Tensor out = make_empty(shape, DType::Bool);
  CT_DISPATCH_ALL(dt, [&] { kernels::map2<bool, scalar_t, scalar_t>(x, y, out, f); });
  return out;
}
Tensor scalar_like(const Tensor& a, const Scalar& s) { return scalar_tensor(s, result_type(a, s)); }
}  // namespace

// (a fused kernel compares a number in the tensor's float dtype, as
// scalar_like makes it)
#define CT_COMPARE(NAME, OP, INFO_OP)                                                              \
  Tensor NAME(const Tensor& a, const Tensor& b) {                                                  \
    CT_TRACE_ELEMENTWISE(binary_info(detail::ElementwiseInfo::Op::INFO_OP), Tensor, #NAME, (a, b), \
                         ct::NAME(in[0], in[1]));                                                  \
    return compare(a, b, [](auto x, auto y) { return x OP y; });                                   \
  }                                                                                                \
  Tensor NAME(const Tensor& a, const Scalar& b) {                                                  \
    CT_TRACE_ELEMENTWISE(scalar_info(detail::ElementwiseInfo::Op::INFO_OP, b.to_double()), Tensor, \
                         #NAME, (a), ct::NAME(in[0], b));                                          \
    return NAME(a, scalar_like(a, b));                                                             \
  }                                                                                                \
  Tensor operator OP(const Tensor& a, const Tensor& b) { return NAME(a, b); }                      \
  Tensor operator OP(const Tensor& a, const Scalar& b) { return NAME(a, b); }
CT_COMPARE(eq, ==, Eq)
CT_COMPARE(ne, !=, Ne)
CT_COMPARE(lt, <, Lt)
CT_COMPARE(le, <=, Le)
CT_COMPARE(gt, >, Gt)
CT_COMPARE(ge, >=, Ge)
#undef CT_COMPARE

Tensor logical_and(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "logical_and", (a, b), ct::logical_and(in[0], in[1]));
  return compare(a, b, [](auto x, auto y) { return static_cast<bool>(x) && static_cast<bool>(y); });
}
Tensor logical_or(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "logical_or", (a, b), ct::logical_or(in[0], in[1]));
  return compare(a, b, [](auto x, auto y) { return static_cast<bool>(x) || static_cast<bool>(y); });
}
Tensor logical_xor(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "logical_xor", (a, b), ct::logical_xor(in[0], in[1]));
  return compare(a, b, [](auto x, auto y) { return static_cast<bool>(x) != static_cast<bool>(y); });
}
Tensor logical_not(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "logical_not", (x), ct::logical_not(in[0]));
  Tensor out = make_empty(x.shape(), DType::Bool);
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<bool, scalar_t>(x, out, [](scalar_t v) { return !static_cast<bool>(v); });
  });
  return out;
}

namespace {
void require_bool_or_int(const Tensor& a, const char* op) {
  if (a.is_floating_point())
    throw RuntimeError(std::string("\"") + op + "_cpu\" not implemented for '" +
                       (a.dtype() == DType::Float32 ? "Float" : "Double") + "'");
}
}  // namespace

Tensor operator&(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "bitwise_and", (a, b), in[0] & in[1]);
  broadcast_shapes(a.shape(), b.shape());  // torch checks the shapes first
  require_bool_or_int(a, "bitwise_and");
  require_bool_or_int(b, "bitwise_and");
  return binary_kernel(a, b, result_type(a, b), [](auto x, auto y) {
    if constexpr (std::is_integral_v<decltype(x)>)
      return static_cast<decltype(x)>(x & y);
    else
      return x;
  });
}
Tensor operator|(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "bitwise_or", (a, b), in[0] | in[1]);
  broadcast_shapes(a.shape(), b.shape());  // torch checks the shapes first
  require_bool_or_int(a, "bitwise_or");
  require_bool_or_int(b, "bitwise_or");
  return binary_kernel(a, b, result_type(a, b), [](auto x, auto y) {
    if constexpr (std::is_integral_v<decltype(x)>)
      return static_cast<decltype(x)>(x | y);
    else
      return x;
  });
}
Tensor operator^(const Tensor& a, const Tensor& b) {
  CT_TRACE_BROADCASTING(Tensor, "bitwise_xor", (a, b), in[0] ^ in[1]);
  broadcast_shapes(a.shape(), b.shape());  // torch checks the shapes first
  require_bool_or_int(a, "bitwise_xor");
  require_bool_or_int(b, "bitwise_xor");
  return binary_kernel(a, b, result_type(a, b), [](auto x, auto y) {
    if constexpr (std::is_integral_v<decltype(x)>)
      return static_cast<decltype(x)>(x ^ y);
    else
      return x;
  });
}
Tensor operator~(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "bitwise_not", (x), ~in[0]);
  if (x.is_floating_point())
    throw RuntimeError(std::string("\"bitwise_not_cpu\" not implemented for '") +
                       kind_name(x.dtype()) + "'");
  return x.dtype() == DType::Bool ? logical_not(x) : same_dtype_kernel(x, [](auto v) {
    if constexpr (std::is_same_v<decltype(v), int64_t>)
      return ~v;
    else
      return v;
  });
}

namespace {
// A bool per element: pred on floats, `for_integers` for int64 and bool.
template <class Pred>
Tensor classify(const Tensor& x, Pred pred, bool for_integers) {
  Tensor out = make_empty(x.shape(), DType::Bool);
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<bool, scalar_t>(x, out, [&](scalar_t v) {
      if constexpr (std::is_floating_point_v<scalar_t>)
        return static_cast<bool>(pred(v));
      else
        return for_integers;
    });
  });
  return out;
}
}  // namespace

Tensor isnan(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "isnan", (x), ct::isnan(in[0]));
  return classify(
      x, [](auto v) { return std::isnan(v); }, false);
}
Tensor isinf(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "isinf", (x), ct::isinf(in[0]));
  return classify(
      x, [](auto v) { return std::isinf(v); }, false);
}
Tensor isfinite(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "isfinite", (x), ct::isfinite(in[0]));
  return classify(
      x, [](auto v) { return std::isfinite(v); }, true);
}

Tensor Tensor::abs() const { return ct::abs(*this); }
Tensor Tensor::relu() const { return ct::relu(*this); }
Tensor Tensor::sign() const { return ct::sign(*this); }
Tensor Tensor::square() const { return ct::square(*this); }
Tensor Tensor::floor() const { return ct::floor(*this); }
Tensor Tensor::ceil() const { return ct::ceil(*this); }
Tensor Tensor::round() const { return ct::round(*this); }
Tensor Tensor::trunc() const { return ct::trunc(*this); }
Tensor Tensor::clamp(std::optional<Scalar> min, std::optional<Scalar> max) const {
  return ct::clamp(*this, min, max);
}

// ---------------------------------------------------------------- the table

namespace detail {

namespace {
std::optional<Scalar> opt_scalar(const OpArgs& a, size_t i) {
  return a.none(i) ? std::nullopt : std::optional<Scalar>(a.scalar(i));
}

// torch.clamp(x, min, max) as Python calls it: numbers, or tensors, where a
// number beside a tensor becomes a 0-dim tensor of x's dtype.
Tensor clamp_from_args(const OpArgs& a) {
  const Tensor& x = a.tensor(0);
  if (a.is_tensor(1) || a.is_tensor(2)) {
    auto bound = [&](size_t i) -> std::optional<Tensor> {
      if (a.none(i)) return std::nullopt;
      if (a.is_tensor(i)) return a.tensor(i);
      return ct::full({}, a.scalar(i), x.dtype());
    };
    return ct::clamp(x, bound(1), bound(2));
  }
  return ct::clamp(x, opt_scalar(a, 1), opt_scalar(a, 2));
}
}  // namespace

void add_elementwise_ops(std::vector<OpInfo>& t) {
  using U = Tensor (*)(const Tensor&);
  using B = Tensor (*)(const Tensor&, const Tensor&);
  auto unary = [&t](const char* name, const char* node, const char* derivative, Domain domain,
                    U f) { add_unary(t, name, node, derivative, domain, f); };
  auto binary = [&t](const char* name, const char* node, const char* derivative, Domain domain,
                     B f) { add_binary(t, name, node, derivative, domain, f); };
#define CT_UNARY_ROW(NAME, NODE, SAVE, SIMD, DOMAIN, FORWARD, DERIVATIVE, DOC)          \
  t.push_back(OpInfo{#NAME, "", NODE, DOC, OpKind::Unary, Domain::DOMAIN, true,         \
                     static_cast<U>(&ct::NAME), nullptr, nullptr, &NAME##_block<float>, \
                     &NAME##_block<double>});
  CT_UNARY_OPS(CT_UNARY_ROW)
#undef CT_UNARY_ROW
  unary("abs", "AbsBackward0", "g·sign(x)", Domain::Real, &ct::abs);
  unary("sign", "SignBackward0", "0", Domain::Real, &ct::sign);
  unary("sgn", "SgnBackward0", "0", Domain::Real, &ct::sgn);
  unary("square", "PowBackward0", "2g·x", Domain::Real, &ct::square);
  unary("relu", "ReluBackward0", "g·(out > 0)", Domain::Real, &ct::relu);
  unary("floor", "FloorBackward0", "0", Domain::Real, &ct::floor);
  unary("ceil", "CeilBackward0", "0", Domain::Real, &ct::ceil);
  unary("round", "RoundBackward0", "0", Domain::Real, static_cast<U>(&ct::round));
  unary("trunc", "TruncBackward0", "0", Domain::Real, &ct::trunc);
  binary("atan2", "Atan2Backward0", "g·b/(a²+b²), -g·a/(a²+b²)", Domain::Real, &ct::atan2);
  binary("maximum", "MaximumBackward0", "g to the larger; ties split g/2", Domain::Real,
         &ct::maximum);
  binary("minimum", "MinimumBackward0", "g to the smaller; ties split g/2", Domain::Real,
         &ct::minimum);
  binary("fmod", "FmodBackward1", "g, -g·trunc(a/b)", Domain::Positive, static_cast<B>(&ct::fmod));
  binary("remainder", "RemainderBackward1", "g, -g·floor(a/b)", Domain::Positive,
         static_cast<B>(&ct::remainder));
  // Not differentiable: bool results.
  unary("logical_not", "", "not differentiable", Domain::Real, &ct::logical_not);
  unary("isnan", "", "not differentiable", Domain::Real, &ct::isnan);
  unary("isinf", "", "not differentiable", Domain::Real, &ct::isinf);
  unary("isfinite", "", "not differentiable", Domain::Real, &ct::isfinite);
  binary("hypot", "HypotBackward0", "g·a/out, g·b/out", Domain::Real, &ct::hypot);
  // Comparisons and logic: bool results, no gradient.
  for (auto [name, f] : std::initializer_list<std::pair<const char*, B>>{
           {"eq", [](const Tensor&a, const Tensor&b) { return ct::eq(a, b); }},
           {"ne", [](const Tensor&a, const Tensor&b) { return ct::ne(a, b); }},
           {"lt", [](const Tensor&a, const Tensor&b) { return ct::lt(a, b); }},
           {"le", [](const Tensor&a, const Tensor&b) { return ct::le(a, b); }},
           {"gt", [](const Tensor&a, const Tensor&b) { return ct::gt(a, b); }},
           {"ge", [](const Tensor&a, const Tensor&b) { return ct::ge(a, b); }},
           {"logical_and", &ct::logical_and},
           {"logical_or", &ct::logical_or},
           {"logical_xor", &ct::logical_xor}}) {
    binary(name, "", "not differentiable", Domain::Real, f);
  }
  // Ops with attributes, fixed in the row.
  const auto O = OpKind::Other;
  auto m34 = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  add_general(
      t, "fmod.scalar", "", "FmodBackward0", "g", O, Domain::Positive, true, 1,
      [](const TL& in) { return TL{ct::fmod(in[0], 1.75)}; },
      [](DType dt) { return matrix_samples(dt, Domain::Positive); }, "m.fmod(x[0], 1.75)");
  add_general(
      t, "remainder.scalar", "", "RemainderBackward0", "g", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::remainder(in[0], 1.75)}; },
      [](DType dt) { return matrix_samples(dt, Domain::Real); }, "m.remainder(x[0], 1.75)");
  add_general(
      t, "clamp", "", "ClampBackward1", "g·(min ≤ x ≤ max)", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::clamp(in[0], -0.55, 1.45)}; }, m34,
      "m.clamp(x[0], -0.55, 1.45)");
  add_general(
      t, "clamp.tensor", "", "ClampBackward0", "g inside; g to the bound that clamps", O,
      Domain::Real, true, 3,
      [](const TL& in) {
        return TL{ct::clamp(in[0], require_defined(in[1]), require_defined(in[2]))};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 161),
                        sample_tensor({3, 4}, Domain::Unit, dt, 162) * 0.5 - 0.6,
                        sample_tensor({4}, Domain::Unit, dt, 163) * 0.5 + 0.6}};
      },
      "m.clamp(x[0], x[1], x[2])");
  add_general(
      t, "clamp_min", "", "ClampMinBackward0", "g·(x ≥ min)", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::clamp_min(in[0], -0.55)}; }, m34,
      "m.clamp_min(x[0], -0.55)");
  add_general(
      t, "clamp_max", "", "ClampMaxBackward0", "g·(x ≤ max)", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::clamp_max(in[0], 0.45)}; }, m34, "m.clamp_max(x[0], 0.45)");
  add_general(
      t, "nan_to_num", "", "NanToNumBackward0", "g·isfinite(x)", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::nan_to_num(in[0], 0.0)}; }, m34, "m.nan_to_num(x[0], 0.0)");
  add_general(
      t, "lerp", "", "LerpBackward0", "g(1-w), g·w", O, Domain::Real, true, 2,
      [](const TL& in) { return TL{ct::lerp(in[0], in[1], 0.3)}; },
      [](DType dt) { return matrix_pair_samples(dt, Domain::Real); }, "m.lerp(x[0], x[1], 0.3)");
  add_general(
      t, "lerp.tensor", "", "LerpBackward1", "g(1-w), g·w, g(b-a)", O, Domain::Real, true, 3,
      [](const TL& in) { return TL{ct::lerp(in[0], in[1], in[2])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 164),
                        sample_tensor({3, 4}, Domain::Real, dt, 165),
                        sample_tensor({4}, Domain::Probability, dt, 166)}};
      },
      "m.lerp(x[0], x[1], x[2])");
  add_general(
      t, "where", "", "WhereBackward0", "where(c, g, 0), where(c, 0, g)", O, Domain::Real, true, 3,
      [](const TL& in) { return TL{ct::where(in[0], in[1], in[2])}; },
      [](DType dt) {
        return Samples{{ct::tensor({{1, 0, 1, 0}, {0, 0, 1, 1}, {1, 1, 0, 0}}, kBool),
                        sample_tensor({3, 4}, Domain::Real, dt, 167),
                        sample_tensor({4}, Domain::Real, dt, 168)}};
      },
      "m.where(x[0], x[1], x[2])");
  // Bitwise logic on integers and bools.
  auto int_pairs = [](DType) {
    return Samples{{ct::tensor({{5, -3, 12}, {0, 7, -8}}), ct::tensor({{3, 6, -1}, {9, 7, 2}})},
                   {ct::tensor({true, false, true}), ct::tensor({true, true, false})}};
  };
  for (auto [name, f] : std::initializer_list<std::pair<const char*, TL (*)(const TL&)>>{
           {"bitwise_and", [](const TL& in) { return TL{in[0] & in[1]}; }},
           {"bitwise_or", [](const TL& in) { return TL{in[0] | in[1]}; }},
           {"bitwise_xor", [](const TL& in) { return TL{in[0] ^ in[1]}; }}})
    add_general(t, name, "", "", "not differentiable", O, Domain::Real, true, 2, f, int_pairs,
                nullptr);
  add_general(
      t, "bitwise_not", "", "", "not differentiable", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{~in[0]}; },
      [](DType) {
        return Samples{{ct::tensor({{5, -3, 12}, {0, 7, -8}})}, {ct::tensor({true, false})}};
      },
      nullptr);

  // Python's signatures.
  const auto M = Binding::Method;
  set_signatures(t, "abs",
                 {{"(Tensor input)", nullptr},
                  {"absolute(Tensor input)", nullptr},
                  {"abs_(Tensor self) -> self", CT_CALL(Tensor(a.tensor(0)).abs_()), M}});
#define CT_WITH_INPLACE(NAME)                  \
  set_signatures(t, #NAME,                     \
                 {{"(Tensor input)", nullptr}, \
                  {#NAME "_(Tensor self) -> self", CT_CALL(Tensor(a.tensor(0)).NAME##_()), M}});
  CT_WITH_INPLACE(exp)
  CT_WITH_INPLACE(log)
  CT_WITH_INPLACE(sqrt)
  CT_WITH_INPLACE(sin)
  CT_WITH_INPLACE(cos)
  CT_WITH_INPLACE(tanh)
  CT_WITH_INPLACE(sigmoid)
  CT_WITH_INPLACE(relu)
#undef CT_WITH_INPLACE
  for (auto [name, alias] : {std::pair{"asin", "arcsin(Tensor input)"},
                             {"acos", "arccos(Tensor input)"},
                             {"atan", "arctan(Tensor input)"}})
    set_signatures(t, name, {{"(Tensor input)", nullptr}, {alias, nullptr}});
  set_signatures(t, "atan2",
                 {{"(Tensor input, Tensor other)", nullptr},
                  {"arctan2(Tensor input, Tensor other)", nullptr}});
  set_signatures(t, "fmod", {CT_TENSOR_OR_SCALAR(ct::fmod, "")});
  set_signatures(t, "remainder", {CT_TENSOR_OR_SCALAR(ct::remainder, "")});
  set_signatures(t, "eq", {CT_TENSOR_OR_SCALAR(ct::eq, "")});
  set_signatures(t, "ne", {CT_TENSOR_OR_SCALAR(ct::ne, "")});
  set_signatures(t, "lt", {CT_TENSOR_OR_SCALAR(ct::lt, ""), CT_TENSOR_OR_SCALAR(ct::lt, "less")});
  set_signatures(t, "le", {CT_TENSOR_OR_SCALAR(ct::le, "")});
  set_signatures(t, "gt",
                 {CT_TENSOR_OR_SCALAR(ct::gt, ""), CT_TENSOR_OR_SCALAR(ct::gt, "greater")});
  set_signatures(t, "ge", {CT_TENSOR_OR_SCALAR(ct::ge, "")});
  set_signatures(
      t, "eq",
      {{"equal(Tensor input, Tensor other)", CT_CALL(ct::equal(a.tensor(0), a.tensor(1)))},
       {"allclose(Tensor input, Tensor other, float rtol=1e-05, float atol=1e-08, bool "
        "equal_nan=False)",
        CT_CALL(ct::allclose(a.tensor(0), a.tensor(1), a.real(2), a.real(3), a.flag(4)))}});
  set_signatures(t, "bitwise_and",
                 {{"(Tensor input, Tensor other)", CT_CALL(a.tensor(0) & a.tensor(1))}});
  set_signatures(t, "bitwise_or",
                 {{"(Tensor input, Tensor other)", CT_CALL(a.tensor(0) | a.tensor(1))}});
  set_signatures(t, "bitwise_xor",
                 {{"(Tensor input, Tensor other)", CT_CALL(a.tensor(0) ^ a.tensor(1))}});
  set_signatures(t, "bitwise_not", {{"(Tensor input)", CT_CALL(~a.tensor(0))}});
  // clamp(min, max): numbers, or tensors (a number beside a tensor becomes a 0-dim tensor).
  for (const char* schema : {"(Tensor input, Any min=None, Any max=None)",
                             "clip(Tensor input, Any min=None, Any max=None)"})
    set_signatures(t, "clamp", {{schema, CT_CALL(clamp_from_args(a))}});
  set_signatures(t, "clamp",
                 {{"clamp_(Tensor self, Scalar? min=None, Scalar? max=None) -> self",
                   CT_CALL(Tensor(a.tensor(0)).clamp_(opt_scalar(a, 1), opt_scalar(a, 2))), M}});
  set_signatures(
      t, "clamp_min",
      {{"(Tensor input, Scalar min)", CT_CALL(ct::clamp_min(a.tensor(0), a.scalar(1)))}});
  set_signatures(
      t, "clamp_max",
      {{"(Tensor input, Scalar max)", CT_CALL(ct::clamp_max(a.tensor(0), a.scalar(1)))}});
  set_signatures(t, "nan_to_num",
                 {{"(Tensor input, float? nan=0.0, float? posinf=None, float? neginf=None)",
                   CT_CALL(ct::nan_to_num(a.tensor(0), a.none(1) ? 0.0 : a.real(1), a.opt_real(2),
                                          a.opt_real(3)))}});
  set_signatures(t, "lerp",
                 {{"(Tensor input, Tensor end, Tensor weight)",
                   CT_CALL(ct::lerp(a.tensor(0), a.tensor(1), a.tensor(2)))},
                  {"(Tensor input, Tensor end, Scalar weight)",
                   CT_CALL(ct::lerp(a.tensor(0), a.tensor(1), a.scalar(2)))}});
  set_signatures(
      t, "where",
      {{"(Tensor condition, Tensor input, Tensor other)",
        CT_CALL(ct::where(a.tensor(0), a.tensor(1), a.tensor(2))), Binding::Function},
       {"(Tensor condition, Tensor input, Scalar other)",
        CT_CALL(ct::where(a.tensor(0), a.tensor(1), a.scalar(2))), Binding::Function},
       {"(Tensor condition, Scalar input, Tensor other)",
        CT_CALL(ct::where(a.tensor(0), a.scalar(1), a.tensor(2))), Binding::Function},
       {"(Tensor condition, Scalar input, Scalar other)",
        CT_CALL(ct::where(a.tensor(0), ct::full({}, a.scalar(1)), ct::full({}, a.scalar(2)))),
        Binding::Function},
       {"(Tensor self, Tensor condition, Tensor other)",
        CT_CALL(ct::where(a.tensor(1), a.tensor(0), a.tensor(2))), Binding::Method},
       {"(Tensor self, Tensor condition, Scalar other)",
        CT_CALL(ct::where(a.tensor(1), a.tensor(0), a.scalar(2))), Binding::Method}});

  set_calls(t, "relu",
            {"m.relu(" CT_INT_X0 ")", "x[0].relu_()", "x[0].detach().relu_()",
             "(lambda z: z.relu_() is z and z._version > 0 and z)(x[0] * 1)",
             "m.nn.functional.relu(x[0])", "x[0].relu()",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().relu_()"});
  set_calls(t, "abs",
            {"m.abs(" CT_INT_X0 ")", "m.absolute(x[0])", "abs(x[0])",
             "(-m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()).abs()",
             "(lambda z: z.abs_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].abs()",
             "x[0].abs_()", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().abs_()",
             CT_INT32("[-2147483648]") ".abs()"});
  set_calls(t, "sign", {"m.sign(" CT_INT_X0 ")", "x[0].sign()"});
  set_calls(
      t, "sqrt",
      {"m.sqrt(" CT_INT_X0 ")",
       "(lambda z: z.abs_().sqrt_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].sqrt()",
       "x[0].sqrt_()", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().sqrt_()"});
  set_calls(
      t, "log",
      {"m.log(" CT_INT_X0 ")",
       "(lambda z: z.abs_().add_(1).log_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].log()",
       "x[0].log_()", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().log_()"});
  set_calls(t, "exp",
            {"m.exp(" CT_INT_X0 ")", "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().exp()",
             "(lambda z: z.exp_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].exp_()",
             "x[0].exp()", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().exp_()",
             "m.exp(" CT_INT_X0 ")", "m.exp(" CT_INT32_X0 ")"});
  set_calls(t, "sigmoid",
            {"m.sigmoid(x[0] * 100)", "m.sigmoid(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())",
             "(lambda z: z.sigmoid_() is z and z._version > 0 and z)(x[0] * 1)",
             "m.nn.functional.sigmoid(x[0])", "m.special.expit(x[0] * 6)", "x[0].sigmoid()",
             "x[0].sigmoid_()",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().sigmoid_()",
             "m.special.expit(x[0])"});
  set_calls(t, "tanh",
            {"m.tanh(x[0] * 100)", "(lambda z: z.tanh_() is z and z._version > 0 and z)(x[0] * 1)",
             "m.nn.functional.tanh(x[0])", "x[0].tanh()", "x[0].tanh_()",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().tanh_()"});
  set_calls(t, "round", {"m.round(x[0] * 0.75)", "x[0].round()", "m.special.round(x[0])"});
  set_calls(t, "trunc", {"m.trunc(x[0] * 0.75)", "x[0].trunc()"});
  set_calls(t, "floor", {"m.floor(x[0] * 0.75)", "x[0].floor() + x[0]", "x[0].floor()"});
  set_calls(t, "ceil", {"m.ceil(x[0] * 0.75)", "x[0].ceil()"});
  set_calls(t, "frac", {"m.frac(x[0] * 0.75)", "m.frac(x[0].float())", "x[0].frac()"});
  set_calls(t, "asin", {"m.asin(m.clamp(x[0], -1.0, 1.0))", "x[0].asin()"});
  set_calls(t, "atanh", {"m.atanh(m.clamp(x[0], -1.0, 1.0))", "x[0].atanh()"});
  set_calls(t, "maximum",
            {"m.maximum(" CT_INT_X0 ", x[1].float())", "m.maximum(x[0], x[0])", "m.max(x[0], x[1])",
             "m.min(x[0], x[1])", "m.max(x[0].T.contiguous().T, x[1].T.contiguous().T)"});
  set_calls(t, "minimum", {"m.minimum(x[0], x[1][..., :1])"});
  set_calls(t, "fmod",
            {"m.fmod(x[0], 2)", "m.fmod(x[0], 0.0)", "m.fmod(" CT_INT_X0 ", 2)",
             "m.fmod(" CT_INT_X0 ", m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
             "m.fmod(m.tensor([True]), m.tensor([True]))", "m.fmod(x[0], 0)",
             "m.fmod(x[0], m.zeros_like(x[0]))", "m.fmod(x[0], 0.5)"});
  set_calls(t, "remainder",
            {"m.remainder(x[0], -2)", "m.remainder(x[0], 0.0)", "x[0] % 1.5",
             "m.remainder(" CT_INT_X0 ", m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
             "m.remainder(" CT_INT_X0 ", 3)", "x[0] % 2",
             "m.remainder(m.tensor([True]), m.tensor([True]))", "m.remainder(x[0], 0)",
             "m.remainder(x[0], m.zeros_like(x[0]))"});
  set_calls(
      t, "clamp",
      {"x[0].clamp(-1.0, 1.0)",
       "m.clamp(x[0], None, 0.0)",
       "m.clamp(x[0], min=0.0)",
       "m.clamp(x[0], 2.0, 1.0)",
       "m.clamp(x[0])",
       "m.clamp(" CT_INT_X0 ", -1, 1)",
       "m.clamp(" CT_INT_X0 ", -0.5, 1.5)",
       "x[0].clamp_(0.0, 1.0)",
       "x[0].detach().clamp_(0.0, 1.0)",
       "x[0].clamp(min=0.1)",
       "x[0].clip(-1, 1)",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().clamp(min=1)",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().clamp(max=0)",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().clamp(-1, 1)",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().clamp(min=1)",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().clamp(max=0)",
       "(lambda z: z.clamp_(-0.5, 0.5) is z and z._version > 0 and z)(x[0] * 1)",
       "m.clamp(x[0], 0.2, 0.5)",
       "m.clamp(x[0], None, None)",
       "x[0].clamp(0.2, 0.5)",
       "m.clamp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)), None)",
       "m.clamp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0]), None)",
       "m.clamp(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64), None)",
       "m.clamp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]), None)",
       "m.clamp(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), None)",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).clamp_(0.5, 1.5)  # message: cotangent: result type Float "
       "can't be cast to the desired output type Long",
       "m.tensor([[True, False, True], [False, True, False]]).clamp_(0.0, 1.0)  # message: "
       "cotangent: result type Float can't be cast to the desired output type Bool",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).clamp_(None, None)",
       "m.tensor([0.1, 0.2, 0.3]).expand((2, 3)).clamp_(0.2, 0.3)",
       CT_INT32("[3, 1, 2]") ".clamp(2.0)",
       CT_INT32("[3, 1, 2]") ".clamp(2)"});
  set_calls(t, "clamp_min", {"m.clamp_min(x[0], 0.0)", "m.clamp_min(x[0], 0.2)"});
  set_calls(t, "clamp_max", {"m.clamp_max(x[0], 0.0)", "m.clamp_max(x[0], 0.2)"});
  set_calls(t, "clamp.tensor",
            {"m.clamp(x[0], min=x[1])", "m.clamp(x[0], max=x[2])", "m.clamp(x[0], x[1][0], x[2])",
             "m.clamp(x[0], x[2], x[1])", "m.clamp(x[0], x[1].float(), x[2])",
             "m.clamp(x[0], None, None)", "m.clamp(x[0], x[1], None)"});
  set_calls(t, "nan_to_num",
            {"m.nan_to_num(x[0])", "m.nan_to_num(x[0], nan=1.0, posinf=2.0, neginf=-2.0)",
             "m.nan_to_num(x[0].float())", "m.nan_to_num(" CT_INT_X0 ")",
             "x[0].nan_to_num(neginf=0.0)", "m.nan_to_num(m.log(x[0]))"});
  set_calls(
      t, "where",
      {"m.where(x[0], x[1], 0.0)",
       "m.where(x[0], -1.0, x[2])",
       "x[1].where(x[0], x[2])",
       "m.where(x[1] > 0, x[1].log(), m.zeros_like(x[1]))",
       "m.where(x[0], x[1].float(), x[2])",
       "m.where(x[0], x[1][:, :1], x[2][:1])",
       "m.where(x[0].float(), x[1], x[2])",
       "m.where(x[0], x[1][:2], x[2])",
       "m.where(x[0], 1.0, 0.0)",
       "m.where(m.nan_to_num(x[1], 0.0, 9.0, -9.0).int() > 1, m.nan_to_num(x[1], 0.0, 9.0, "
       "-9.0).int(), m.tensor(0))",
       "m.where(x[0].int(), x[1], x[2])",
       "m.where(m.ones((2, 3), dtype=m.bool), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.ones((4, 5)))",
       "m.where(m.ones((2, 3), dtype=m.bool), x[0], x[1])",
       "m.where(m.ones((2, 3), dtype=m.bool), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([1.0, 2.0]))",
       "m.where(m.ones((2, 3), dtype=m.bool), m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), "
       "dtype=m.int64))",
       "m.where(m.ones((2, 3), dtype=m.bool), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([1.0, 2.0, 3.0]))",
       "m.where(m.ones((2, 3), dtype=m.bool), m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, "
       "0.5, 0.6]]))",
       "m.where((x[0] > 0), x[0], 0.5)",
       "m.where((x[0] > 0), 2, x[0])",
       "m.where(" CT_INT32_X0 " > 1, " CT_INT32_X0 ", m.tensor(0))",
       "m.where(" CT_INT32_X0 ", x[1], x[2])"});
  set_calls(t, "lerp",
            {"m.lerp(x[0], x[1], 0.75)", "m.lerp(x[0], x[1], 1.0)", "x[0].lerp(x[1], -0.5)",
             "m.lerp(x[0], x[1][0], 0.3)", "m.lerp(x[0][..., :1, :], x[1][..., :1], 0.3)",
             "m.lerp(x[0].reshape(-1)[0], x[1], 0.3)",
             "m.lerp(x[0].T.contiguous().T, x[1].T.contiguous().T, 0.3)",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)), 0.5)",
             "m.lerp(x[0], x[1], 0.5)",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0]), 0.5)",
             "m.lerp(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64), 0.5)",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]), 0.5)",
             "m.lerp(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0.5)",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)), m.ones((4, 5)))",
             "m.lerp(x[0], x[1], x[1])",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0]), "
             "m.tensor([1.0, 2.0]))",
             "m.lerp(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64), m.zeros((2, "
             "3), dtype=m.int64))",
             "m.lerp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]), "
             "m.tensor([1.0, 2.0, 3.0]))",
             "m.lerp(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))"});
  set_calls(t, "lerp.tensor", {"m.lerp(x[0], x[1], x[2][:1])", "m.lerp(x[0], x[1], x[2].float())"});

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "square", {"m.square(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())", "x[0].square()"});
  set_calls(
      t, "sin",
      {"m.sin(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())",
       "(lambda z: z.sin_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].sin()", "x[0].sin_()",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().sin_()"});
  set_calls(
      t, "lt",
      {"m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() < 1",
       "m.lt(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.lt(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] < x[1]",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) < m.ones((4, 5))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) < m.tensor([1.0, 2.0])",
       "m.tensor([[1, 2, 3], [4, 5, 6]]) < m.zeros((2, 3), dtype=m.int64)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) < m.tensor([1.0, 2.0, 3.0])",
       "m.ones((2, 3, 3)) < m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])", "m.lt(x[0], 0.5)",
       CT_INT32_X0 " < 2"});
  set_calls(
      t, "eq",
      {"m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() == m.nan_to_num(x[1], 0.0, 9.0, -9.0).int()",
       "m.eq(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.eq(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] == x[1]",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) == m.ones((4, 5))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) == m.tensor([1.0, 2.0])",
       "m.tensor([[1, 2, 3], [4, 5, 6]]) == m.zeros((2, 3), dtype=m.int64)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) == m.tensor([1.0, 2.0, 3.0])",
       "m.ones((2, 3, 3)) == m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])", "m.eq(x[0], 1)"});
  set_calls(
      t, "ne",
      {"m.ne(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.ne(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] != x[1]"});
  set_calls(
      t, "le",
      {"m.le(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.le(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] <= x[1]"});
  set_calls(
      t, "gt",
      {"m.gt(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.gt(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] > x[1]", "x[0] > True"});
  set_calls(
      t, "ge",
      {"m.ge(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())",
       "m.ge(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)", "x[0] >= x[1]",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) >= m.ones((4, 5))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) >= m.tensor([1.0, 2.0])",
       "m.tensor([[1, 2, 3], [4, 5, 6]]) >= m.zeros((2, 3), dtype=m.int64)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) >= m.tensor([1.0, 2.0, 3.0])",
       "m.ones((2, 3, 3)) >= m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])"});
  set_calls(t, "logical_and",
            {"m.logical_and(x[0] > 0, x[1] > 0)",
             "m.logical_and(x[0], m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())"});
  set_calls(t, "logical_or",
            {"m.logical_or(x[0] > 0, x[1] > 0)",
             "m.logical_or(x[0], m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())"});
  set_calls(t, "logical_xor",
            {"m.logical_xor(x[0] > 0, x[1] > 0)",
             "m.logical_xor(x[0], m.nan_to_num(x[1], 0.0, 9.0, -9.0).long())"});
  set_calls(t, "logical_not", {"m.logical_not(x[0] > 0)"});
  set_calls(t, "bitwise_and",
            {"x[0] & x[1]", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) & m.ones((4, 5))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) & m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) & m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) & m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) & m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])",
             CT_INT32_X0 " & " CT_INT_X1});
  set_calls(t, "bitwise_or",
            {"x[0] | x[1]", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) | m.ones((4, 5))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) | m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) | m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) | m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) | m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])"});
  set_calls(t, "bitwise_xor",
            {"x[0] ^ x[1]", "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) ^ m.ones((4, 5))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) ^ m.tensor([1.0, 2.0])",
             "m.tensor([[1, 2, 3], [4, 5, 6]]) ^ m.zeros((2, 3), dtype=m.int64)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) ^ m.tensor([1.0, 2.0, 3.0])",
             "m.ones((2, 3, 3)) ^ m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])"});
  set_calls(t, "bitwise_not",
            {"~x[0]", "m.bitwise_not(x[0])", "(~m.tensor([[1, 2, 3], [4, 5, 6]]))",
             "(~m.tensor([[True, False, True], [False, True, False]]))",
             "(~None)  # error: an undefined tensor (None): any error"});
  set_calls(t, "isnan", {"m.isnan(x[0].log())"});
  set_calls(t, "isinf", {"m.isinf(1 / (x[0] - x[0]))"});
  set_calls(t, "isfinite", {"m.isfinite(x[0].log())"});
  set_calls(
      t, "cos",
      {"(lambda z: z.cos_() is z and z._version > 0 and z)(x[0] * 1)", "x[0].cos()", "x[0].cos_()",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).requires_grad_().cos_()"});
  set_calls(t, "rsqrt", {"x[0].rsqrt()"});
  set_calls(t, "reciprocal", {"x[0].reciprocal()"});
  set_calls(t, "exp2", {"x[0].exp2()", "m.special.exp2(x[0])"});
  set_calls(t, "expm1", {"x[0].expm1()", "m.special.expm1(x[0])"});
  set_calls(t, "log2", {"x[0].log2()"});
  set_calls(t, "log10", {"x[0].log10()"});
  set_calls(t, "log1p", {"x[0].log1p()", "m.special.log1p(x[0])"});
  set_calls(t, "tan", {"x[0].tan()"});
  set_calls(t, "acos", {"x[0].acos()"});
  set_calls(t, "atan", {"x[0].atan()"});
  set_calls(t, "sinh", {"x[0].sinh()"});
  set_calls(t, "cosh", {"x[0].cosh()"});
  set_calls(t, "asinh", {"x[0].asinh()"});
  set_calls(t, "acosh", {"x[0].acosh()"});
  set_calls(t, "erf", {"x[0].erf()", "m.special.erf(x[0])"});
  set_calls(t, "erfc", {"x[0].erfc()", "m.special.erfc(x[0])"});
}
}  // namespace detail

}  // namespace ct
