// Special functions (torch.special and their top-level aliases). The scalar
// kernels are torch's own (ops/special_math.h), so values match bit for bit;
// every derivative is written with differentiable ops (digamma' is
// polygamma(1), polygamma(n)' is polygamma(n + 1), i0' is i1, ...), so higher
// derivatives come for free. Functions torch composes from other ops
// (ndtr, expit, softmax, ...) are composites here too.
#include <cmath>
#include <limits>

#include "core/recorder.h"
#include "cotangent/nn.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"
#include "ops/special_math.h"

#define elementwise_record(...) elementwise(record(__VA_ARGS__))

namespace ct {

namespace sm = special_math;

namespace {
constexpr int kSaveNone = 0, kSaveX = 1, kSaveOut = 2, kSaveBoth = 3;
constexpr double kPi = 3.14159265358979323846;
constexpr double kTwoOverSqrtPi = 1.12837916709551257390;
constexpr double kSqrt2Pi = 2.50662827463100050282;
constexpr double kSqrtPi = 1.77245385090551602730;
constexpr double kSqrtHalf = 0.70710678118654752440;
}  // namespace

// One elementwise op: FORWARD computes one element `v` of type T, DERIVATIVE
// is written with g (incoming gradient), X() (the input) and OUT() (the
// result), as the table of src/ops/elementwise.cpp.
#define CT_SPECIAL_UNARY(QUALIFIED, NODE, SAVE, FORWARD, DERIVATIVE)                       \
  Tensor QUALIFIED(const Tensor& x) {                                                      \
    CT_TRACE_BROADCASTING(Tensor, #QUALIFIED, (x), ct::QUALIFIED(in[0]));                  \
    Tensor out = unary_float_kernel(x, [](auto v) {                                        \
      using T = decltype(v);                                                               \
      (void)sizeof(T);                                                                     \
      return static_cast<T>(FORWARD);                                                      \
    });                                                                                    \
    if (needs_grad(x)) {                                                                   \
      auto node = elementwise(record(NODE, {&x}, out, [](BackwardCtx& c) -> TensorList {   \
        const Tensor& g = c.grad();                                                        \
        [[maybe_unused]] auto X = [&c] { return c.saved(0); };                             \
        [[maybe_unused]] auto OUT = [&c] { return c.saved((SAVE) == kSaveBoth ? 1 : 0); }; \
        return {DERIVATIVE};                                                               \
      }));                                                                                 \
      if ((SAVE)&kSaveX) node->save(x);                                                    \
      if ((SAVE)&kSaveOut) node->save(out, true);                                          \
    }                                                                                      \
    return out;                                                                            \
  }

namespace {
// i1'(x) = i0(x) - i1(x)/x and i1e'(x) = i0e(x) - i1e(x)(sign(x) + 1/x), both
// 1/2 at 0, as torch's i1_backward / i1e_backward (x guarded near 0).
Tensor bessel_i1_derivative(const Tensor& g, const Tensor& x, const Tensor& out, bool scaled) {
  const double eps = x.dtype() == DType::Float64 ? std::numeric_limits<double>::epsilon()
                                                 : std::numeric_limits<float>::epsilon();
  Tensor not_tiny = x.abs() > eps;
  Tensor safe = where(not_tiny, x, eps);
  Tensor d = scaled ? special::i0e(safe) - out * (safe.sign() + safe.reciprocal())
                    : i0(safe) - out * safe.reciprocal();
  return g * where(not_tiny, d, 0.5);
}
}  // namespace

// lgamma is evaluated in double: float results are then correctly rounded, as
// torch's vectorised float lgamma (std::lgamma(float) is off by an ulp).
// clang-format off
//               name               node                        saves      forward                              derivative
CT_SPECIAL_UNARY(lgamma,            "LgammaBackward0",          kSaveX,    std::lgamma(double(v)),              g * digamma(X()))
CT_SPECIAL_UNARY(digamma,           "DigammaBackward0",         kSaveX,    sm::calc_digamma(v),                 g * polygamma(1, X()))
CT_SPECIAL_UNARY(erfinv,            "ErfinvBackward0",          kSaveOut,  sm::calc_erfinv(v),                  g * (kSqrtPi / 2) * OUT().square().exp())
CT_SPECIAL_UNARY(i0,                "I0Backward0",              kSaveX,    sm::calc_i0(v),                      g * special::i1(X()))
CT_SPECIAL_UNARY(special::i0e,      "SpecialI0EBackward0",      kSaveBoth, sm::calc_i0e(v),                     g * (special::i1e(X()) - X().sign() * OUT()))
CT_SPECIAL_UNARY(special::i1,       "SpecialI1Backward0",       kSaveBoth, sm::calc_i1(v),                      bessel_i1_derivative(g, X(), OUT(), false))
CT_SPECIAL_UNARY(special::i1e,      "SpecialI1EBackward0",      kSaveBoth, sm::calc_i1e(v),                     bessel_i1_derivative(g, X(), OUT(), true))
CT_SPECIAL_UNARY(special::ndtri,    "SpecialNdtriBackward0",    kSaveOut,  sm::calc_ndtri(v),                   g * kSqrt2Pi * (OUT().square() / 2).exp())
CT_SPECIAL_UNARY(special::log_ndtr, "SpecialLogNdtrBackward0",  kSaveBoth, sm::calc_log_ndtr(v),                g / kSqrt2Pi * (-(OUT() + X().square() / 2)).exp())
CT_SPECIAL_UNARY(special::erfcx,    "SpecialErfcxBackward0",    kSaveBoth, sm::calc_erfcx(v),                   (2 * X() * OUT() - kTwoOverSqrtPi) * g)
CT_SPECIAL_UNARY(special::entr,     "SpecialEntrBackward0",     kSaveX,    std::isnan(v) ? v : v > 0 ? -v * std::log(v) : v == 0 ? T(0) : -std::numeric_limits<T>::infinity(),
                                                                                                                 g * -(1 + X().log()))
// clang-format on
#undef CT_SPECIAL_UNARY

Tensor sinc(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "sinc", (x), ct::sinc(in[0]));
  // torch's kernel: 1 at 0, else sin(pi x) / (pi x) in the op's type
  Tensor out = unary_float_kernel(x, [](auto v) {
    using T = decltype(v);
    if (v == T(0)) return T(1);
    const T p = static_cast<T>(kPi) * v;
    return static_cast<T>(std::sin(p) / p);
  });
  if (needs_grad(x))
    elementwise_record("SincBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      Tensor px = x * kPi, sq = x * x * kPi;
      Tensor d = c.grad() * (px * px.cos() - px.sin()) / sq;
      return {where(sq == 0.0, 0.0, d)};
    })->save(x);
  return out;
}

Tensor polygamma(int64_t n, const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "polygamma", (x), ct::polygamma(n, in[0]));
  if (n < 0) throw RuntimeError("polygamma(n, x) does not support negative n.");
  const int k = static_cast<int>(n);
  Tensor out = unary_float_kernel(x, [k](auto v) {
    using T = decltype(v);
    if (k == 0) return static_cast<T>(sm::calc_digamma(v));
    if (k == 1) return static_cast<T>(sm::trigamma(v));
    return static_cast<T>(sm::calc_polygamma(v, k));
  });
  if (needs_grad(x))
    elementwise_record("PolygammaBackward0", {&x}, out, [n](BackwardCtx& c) -> TensorList {
      return {c.grad() * polygamma(n + 1, c.saved(0))};
    })->save(x);
  return out;
}

namespace {
// (-(p-1)/2, ..., -1/2, 0) + x[..., None]: the p shifted arguments of lgamma.
Tensor mvlgamma_args(const Tensor& x, int64_t p) {
  const DType dt = float_result(x.dtype());
  return arange(-p * 0.5 + 0.5, 0.5, 0.5, dt) + x.to(dt).unsqueeze(-1);
}
}  // namespace

Tensor mvlgamma(const Tensor& x, int64_t p) {
  CT_TRACE_BROADCASTING(Tensor, "mvlgamma", (x), ct::mvlgamma(in[0], p));
  if (x.dtype() == DType::Bool) throw RuntimeError("The input tensor may not be a boolean tensor.");
  if (p < 1) throw RuntimeError("p has to be greater than or equal to 1");
  Tensor out;
  {
    InternalGuard guard;
    out = mvlgamma_args(x, p).lgamma().sum(-1) +
          static_cast<double>(p * (p - 1)) * std::log(kPi) * 0.25;
  }
  if (needs_grad(x))
    elementwise_record("MvlgammaBackward0", {&x}, out, [p](BackwardCtx& c) -> TensorList {
      return {c.grad() * mvlgamma_args(c.saved(0), p).digamma().sum(-1)};
    })->save(x);
  return out;
}

Tensor logit(const Tensor& x, std::optional<double> eps) {
  CT_TRACE_BROADCASTING(Tensor, "logit", (x), ct::logit(in[0], eps));
  Tensor out = unary_float_kernel(x, [eps](auto v) {
    using T = decltype(v);
    T z = v;
    if (eps) {
      const T lo = static_cast<T>(*eps), hi = T(1) - lo;
      z = v < lo ? lo : (v > hi ? hi : v);
    }
    return static_cast<T>(std::log(z / (T(1) - z)));
  });
  if (needs_grad(x))
    elementwise_record("LogitBackward0", {&x}, out, [eps](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      const Tensor& g = c.grad();
      Tensor d = g / (x * (1 - x));
      if (eps) return {where(logical_or(lt(x, *eps), gt(x, 1 - *eps)), 0.0, d)};
      // torch gives g * inf at 0 and 1: g / (x (1 - x)) is that (g / +0),
      // and its own derivative is not the NaN of 0 * inf
      Tensor outside = logical_or(lt(x, 0.0), gt(x, 1.0));
      return {where(outside, std::numeric_limits<double>::quiet_NaN(), d)};
    })->save(x);
  return out;
}

namespace {
// x * log(y) (log1p for xlog1py), 0 where x == 0 unless y is NaN. A Scalar
// argument (sa or sb) stands for a or b, a 0-dim tensor made here: the
// backward formula makes it again rather than save it (a recording of the
// formula would otherwise meet an intermediate of this primitive).
Tensor xlog_impl(const Tensor& a, const Tensor& b, bool plus1, const char* node,
                 std::optional<Scalar> sa = std::nullopt, std::optional<Scalar> sb = std::nullopt) {
  const DType dt = float_result(result_type(a, b));
  Tensor out = binary_kernel(a, b, dt, [plus1](auto x, auto y) {
    using T = decltype(x);
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(y)) return std::numeric_limits<T>::quiet_NaN();
      if (x == 0) return T(0);
      return static_cast<T>(x * (plus1 ? std::log1p(y) : std::log(y)));
    } else {
      return x;  // never reached: dt is a float dtype
    }
  });
  if (needs_grad(a, b)) {
    const DType adt = a.dtype(), bdt = b.dtype();
    auto rec = elementwise_record(
        node, {&a, &b}, out, [plus1, sa, sb, adt, bdt](BackwardCtx& c) -> TensorList {
          Tensor x = sa ? scalar_tensor(*sa, adt) : c.saved(0);
          Tensor y = sb ? scalar_tensor(*sb, bdt) : c.saved(sa ? 0 : 1);
          const Tensor& g = c.grad();
          Tensor gx, gy;
          if (c.needs(0))  // torch: xlogy(g, y), 0 where x == 0 and y is outside the domain
            gx = where(logical_and(x == 0.0, y <= (plus1 ? -1.0 : 0.0)), 0.0,
                       plus1 ? special::xlog1py(g, y) : xlogy(g, y));
          if (c.needs(1)) gy = g * x / (plus1 ? y + 1 : y);
          return {gx, gy};
        });
    if (!sa) rec->save(a);
    if (!sb) rec->save(b);
  }
  return out;
}
}  // namespace

Tensor xlogy(const Tensor& x, const Tensor& y) {
  CT_TRACE_BROADCASTING(Tensor, "xlogy", (x, y), ct::xlogy(in[0], in[1]));
  return xlog_impl(x, y, false, "XlogyBackward0");
}
Tensor xlogy(const Scalar& x, const Tensor& y) {
  CT_TRACE_BROADCASTING(Tensor, "xlogy", (y), ct::xlogy(x, in[0]));
  return xlog_impl(scalar_tensor(x, result_type(y, x)), y, false, "XlogyBackward1", x);
}
Tensor xlogy(const Tensor& x, const Scalar& y) {
  CT_TRACE_BROADCASTING(Tensor, "xlogy", (x), ct::xlogy(in[0], y));
  return xlog_impl(x, scalar_tensor(y, result_type(x, y)), false, "XlogyBackward2", std::nullopt,
                   y);
}

namespace {
// Rounds to `decimals` digits as torch's kernel: by 10^|decimals| in the
// tensor's type, multiplying or dividing first by the sign of decimals.
Tensor round_decimals(const Tensor& x, int64_t decimals) {
  if (!x.is_floating_point())
    throw RuntimeError(std::string("\"") + (decimals == 0 ? "round_vml_cpu" : "round_cpu") +
                       "\" not implemented for '" + kind_name(x.dtype()) + "'");
  const bool neg = decimals < 0;
  const double p = std::pow(10.0, static_cast<double>(neg ? -decimals : decimals));
  Tensor out = unary_float_kernel(x, [neg, p](auto v) {
    using T = decltype(v);
    const T tp = static_cast<T>(p);
    return neg ? static_cast<T>(std::nearbyint(v / tp) * tp)
               : static_cast<T>(std::nearbyint(v * tp) / tp);
  });
  if (needs_grad(x))
    elementwise_record("RoundBackward1", {&x}, out,
                       [](BackwardCtx& c) -> TensorList { return {zeros_like(c.grad())}; });
  return out;
}
}  // namespace

Tensor round(const Tensor& x, int64_t decimals) {
  CT_TRACE_BROADCASTING(Tensor, "round", (x), ct::round(in[0], decimals));
  return round_decimals(x, decimals);
}

Tensor Tensor::round(int64_t decimals) const { return ct::round(*this, decimals); }
Tensor Tensor::lgamma() const { return ct::lgamma(*this); }
Tensor Tensor::digamma() const { return ct::digamma(*this); }
Tensor Tensor::polygamma(int64_t n) const { return ct::polygamma(n, *this); }
Tensor Tensor::mvlgamma(int64_t p) const { return ct::mvlgamma(*this, p); }
Tensor Tensor::erfinv() const { return ct::erfinv(*this); }
Tensor Tensor::i0() const { return ct::i0(*this); }
Tensor Tensor::sinc() const { return ct::sinc(*this); }
Tensor Tensor::logit(std::optional<double> eps) const { return ct::logit(*this, eps); }
Tensor Tensor::xlogy(const Tensor& other) const { return ct::xlogy(*this, other); }
Tensor Tensor::softmax(int64_t dim, std::optional<DType> dtype) const {
  return nn::functional::softmax(dtype ? to(*dtype) : *this, dim);
}
Tensor Tensor::log_softmax(int64_t dim, std::optional<DType> dtype) const {
  return nn::functional::log_softmax(dtype ? to(*dtype) : *this, dim);
}

namespace special {

Tensor gammaln(const Tensor& x) { return lgamma(x); }
Tensor psi(const Tensor& x) { return digamma(x); }
Tensor multigammaln(const Tensor& x, int64_t p) { return mvlgamma(x, p); }
Tensor expit(const Tensor& x) { return sigmoid(x); }
Tensor round(const Tensor& x, int64_t decimals) {
  CT_TRACE_BROADCASTING(Tensor, "special::round", (x), ct::special::round(in[0], decimals));
  return round_decimals(x, decimals);
}
Tensor softmax(const Tensor& x, int64_t dim, std::optional<DType> dtype) {
  return x.softmax(dim, dtype);
}
Tensor log_softmax(const Tensor& x, int64_t dim, std::optional<DType> dtype) {
  return x.log_softmax(dim, dtype);
}
// torch composes ndtr the same way: (1 + erf(x / sqrt 2)) * 0.5, whose last
// node is torch's mul-by-a-Scalar node, MulBackward1. One node here, saving
// x: its formula is the chain of those three nodes' formulas, op for op, so
// no intermediate of the primitive is saved.
Tensor ndtr(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "special::ndtr", (x), ct::special::ndtr(in[0]));
  Tensor out;
  {
    InternalGuard guard;
    out = (1 + erf(x * kSqrtHalf)) * 0.5;
  }
  if (needs_grad(x))
    elementwise_record("MulBackward1", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor t = c.saved(0) * kSqrtHalf;  // erf's argument
      return {kTwoOverSqrtPi * (c.grad() * 0.5) * (-t.square()).exp() * kSqrtHalf};
    })->save(x);
  return out;
}

Tensor xlog1py(const Tensor& x, const Tensor& y) {
  CT_TRACE_BROADCASTING(Tensor, "special::xlog1py", (x, y), ct::special::xlog1py(in[0], in[1]));
  return xlog_impl(x, y, true, "SpecialXlog1PyBackward0");
}
Tensor xlog1py(const Scalar& x, const Tensor& y) {
  CT_TRACE_BROADCASTING(Tensor, "special::xlog1py", (y), ct::special::xlog1py(x, in[0]));
  return xlog_impl(scalar_tensor(x, result_type(y, x)), y, true, "SpecialXlog1PyBackward1", x);
}
Tensor xlog1py(const Tensor& x, const Scalar& y) {
  CT_TRACE_BROADCASTING(Tensor, "special::xlog1py", (x), ct::special::xlog1py(in[0], y));
  return xlog_impl(x, scalar_tensor(y, result_type(x, y)), true, "SpecialXlog1PyBackward2",
                   std::nullopt, y);
}

namespace {
Tensor incomplete_gamma(const Tensor& a, const Tensor& x, bool upper) {
  const DType dt = result_type(a, x);
  if (!is_floating_point(dt))  // torch's igamma kernels are for floats only
    throw RuntimeError(std::string(upper ? "\"igammac_cpu\"" : "\"igamma_cpu\"") +
                       " not implemented for '" + kind_name(dt) + "'");
  Tensor out = binary_kernel(a, x, dt, [upper](auto s, auto v) {
    using T = decltype(s);
    if constexpr (std::is_floating_point_v<T>)
      return upper ? sm::calc_igammac(s, v) : sm::calc_igamma(s, v);
    else
      return s;  // never reached: dt is a float dtype
  });
  const char* node = upper ? "IgammacBackward0" : "IgammaBackward0";
  if (needs_grad(a, x)) {
    auto rec = elementwise_record(node, {&a, &x}, out, [upper](BackwardCtx& c) -> TensorList {
      if (c.needs(0))
        throw NotImplementedError(std::string("the derivative for '") +
                                  (upper ? "igammac" : "igamma") + ": input' is not implemented.");
      Tensor s = c.saved(0), v = c.saved(1);
      // d/dx P(a, x) = x^(a-1) e^-x / Gamma(a); Q = 1 - P
      Tensor d = c.grad() * ((s - 1) * v.log() - v - s.lgamma()).exp();
      return {Tensor(), upper ? -d : d};
    });
    rec->save(a);
    rec->save(x);
  }
  return out;
}
}  // namespace

Tensor gammainc(const Tensor& a, const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "special::gammainc", (a, x), ct::special::gammainc(in[0], in[1]));
  return incomplete_gamma(a, x, false);
}
Tensor gammaincc(const Tensor& a, const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "special::gammaincc", (a, x), ct::special::gammaincc(in[0], in[1]));
  return incomplete_gamma(a, x, true);
}

}  // namespace special
}  // namespace ct

namespace ct::detail {
void add_special_ops(std::vector<OpInfo>& t) {
  auto unary = [&t](const char* name, const char* node, const char* derivative, Domain domain,
                    Tensor (*f)(const Tensor&)) {
    add_unary(t, name, node, derivative, domain, f);
  };
  unary("lgamma", "LgammaBackward0", "g·digamma(x)", Domain::Positive, &ct::lgamma);
  unary("digamma", "DigammaBackward0", "g·polygamma(1, x)", Domain::Positive, &ct::digamma);
  unary("erfinv", "ErfinvBackward0", "g·√π/2·e^(out²)", Domain::Unit, &ct::erfinv);
  unary("i0", "I0Backward0", "g·i1(x)", Domain::Real, &ct::i0);
  unary("sinc", "SincBackward0", "g·(πx cos πx - sin πx)/(πx²); 0 at 0", Domain::Real, &ct::sinc);
  const auto O = OpKind::Other;
  add_general(
      t, "round.decimals", "", "RoundBackward1", "0", O, Domain::Real, true, 1,
      [](const TL& in) { return TL{ct::round(in[0], 2)}; },
      [](DType dt) { return matrix_samples(dt, Domain::Real); }, "m.round(x[0], decimals=2)");
  add_general(
      t, "polygamma", "", "PolygammaBackward0", "g·polygamma(n+1, x)", O, Domain::Positive, true, 1,
      [](const TL& in) { return TL{ct::polygamma(2, in[0])}; },
      [](DType dt) { return matrix_samples(dt, Domain::Positive); }, "m.polygamma(2, x[0])");
  add_general(
      t, "mvlgamma", "", "MvlgammaBackward0", "g·Σᵢ digamma(x - i/2) (also special::multigammaln)",
      O, Domain::AboveOne, true, 1, [](const TL& in) { return TL{ct::mvlgamma(in[0], 2)}; },
      [](DType dt) { return matrix_samples(dt, Domain::AboveOne); }, "m.mvlgamma(x[0], 2)");
  add_general(
      t, "logit", "", "LogitBackward0",
      "g/(x(1-x)); 0 outside [eps, 1-eps]; NaN outside [0, 1] without eps", O, Domain::Probability,
      true, 1, [](const TL& in) { return TL{ct::logit(in[0], 0.05)}; },
      [](DType dt) { return matrix_samples(dt, Domain::Probability); }, "m.logit(x[0], 0.05)");
  auto xy = [](DType dt) {
    return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 171),
                    sample_tensor({3, 4}, Domain::Positive, dt, 172)},
                   {sample_tensor({4}, Domain::Real, dt, 173),
                    sample_tensor({4, 3}, Domain::Positive, dt, 174).t()}};
  };
  auto positive = [](DType dt) { return matrix_samples(dt, Domain::Positive); };
  auto real = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  add_general(
      t, "xlogy", "", "XlogyBackward0", "xlogy(g, y) (0 at x = 0, y ≤ 0), g·x/y", O,
      Domain::Positive, true, 2, [](const TL& in) { return TL{ct::xlogy(in[0], in[1])}; }, xy,
      nullptr);
  add_general(
      t, "xlogy.scalar_x", "", "XlogyBackward1", "g·x/y", O, Domain::Positive, true, 1,
      [](const TL& in) { return TL{ct::xlogy(2.5, in[0])}; }, positive, "m.xlogy(2.5, x[0])");
  add_general(
      t, "xlogy.scalar_y", "", "XlogyBackward2", "xlogy(g, y) (0 at x = 0, y ≤ 0)", O, Domain::Real,
      true, 1, [](const TL& in) { return TL{ct::xlogy(in[0], 2.5)}; }, real, "m.xlogy(x[0], 2.5)");
  add_general(
      t, "xlog1py", "torch.special.xlog1py", "SpecialXlog1PyBackward0",
      "xlog1py(g, y) (0 at x = 0, y ≤ -1), g·x/(1+y)", O, Domain::Positive, false, 2,
      [](const TL& in) { return TL{ct::special::xlog1py(in[0], in[1])}; }, xy, nullptr);
  add_general(
      t, "xlog1py.scalar_x", "torch.special.xlog1py", "SpecialXlog1PyBackward1", "g·x/(1+y)", O,
      Domain::Positive, false, 1, [](const TL& in) { return TL{ct::special::xlog1py(2.5, in[0])}; },
      positive, "m.special.xlog1py(2.5, x[0])");
  add_general(
      t, "xlog1py.scalar_y", "torch.special.xlog1py", "SpecialXlog1PyBackward2",
      "xlog1py(g, y) (0 at x = 0, y ≤ -1)", O, Domain::Real, false, 1,
      [](const TL& in) { return TL{ct::special::xlog1py(in[0], 2.5)}; }, real,
      "m.special.xlog1py(x[0], 2.5)");
  add_general(
      t, "gammainc", "torch.special.gammainc", "IgammaBackward0",
      "a: not implemented (as torch; the row fixes a); x: g·x^(a-1)e^(-x)/Γ(a)", O,
      Domain::Positive, false, 1,
      [](const TL& in) {
        return TL{ct::special::gammainc(ct::tensor({1.5, 2.5, 0.75, 3.0}, float64), in[0])};
      },
      positive, "m.special.gammainc(m.tensor([1.5, 2.5, 0.75, 3.0], dtype=m.float64), x[0])");
  add_general(
      t, "gammaincc", "torch.special.gammaincc", "IgammacBackward0",
      "a: not implemented (as torch; the row fixes a); x: -g·x^(a-1)e^(-x)/Γ(a)", O,
      Domain::Positive, false, 1,
      [](const TL& in) {
        return TL{ct::special::gammaincc(ct::tensor({1.5, 2.5, 0.75, 3.0}, float64), in[0])};
      },
      positive, "m.special.gammaincc(m.tensor([1.5, 2.5, 0.75, 3.0], dtype=m.float64), x[0])");
  struct Special {
    const char* name;
    const char* torch;
    const char* node;
    const char* derivative;
    Domain domain;
    TL (*f)(const TL&);
    Samples (*samples)(DType);
  };
  const Special specials[] = {
      {"i0e", "torch.special.i0e", "SpecialI0EBackward0", "g·(i1e(x) - sign(x)·out)", Domain::Real,
       [](const TL& in) { return TL{ct::special::i0e(in[0])}; }, real},
      {"i1", "torch.special.i1", "SpecialI1Backward0", "g·(i0(x) - out/x); g/2 at 0", Domain::Real,
       [](const TL& in) { return TL{ct::special::i1(in[0])}; }, real},
      {"i1e", "torch.special.i1e", "SpecialI1EBackward0",
       "g·(i0e(x) - out·(sign(x) + 1/x)); g/2 at 0", Domain::Real,
       [](const TL& in) { return TL{ct::special::i1e(in[0])}; }, real},
      {"ndtri", "torch.special.ndtri", "SpecialNdtriBackward0", "g·√(2π)·e^(out²/2)",
       Domain::Probability, [](const TL& in) { return TL{ct::special::ndtri(in[0])}; },
       [](DType dt) { return matrix_samples(dt, Domain::Probability); }},
      {"log_ndtr", "torch.special.log_ndtr", "SpecialLogNdtrBackward0", "g/√(2π)·e^(-(out + x²/2))",
       Domain::Real, [](const TL& in) { return TL{ct::special::log_ndtr(in[0])}; }, real},
      {"erfcx", "torch.special.erfcx", "SpecialErfcxBackward0", "g·(2x·out - 2/√π)", Domain::Real,
       [](const TL& in) { return TL{ct::special::erfcx(in[0])}; }, real},
      {"entr", "torch.special.entr", "SpecialEntrBackward0", "-g·(1 + log x)", Domain::Positive,
       [](const TL& in) { return TL{ct::special::entr(in[0])}; }, positive},
      {"ndtr", "torch.special.ndtr", "MulBackward1", "composite: (1 + erf(x/√2))/2", Domain::Real,
       [](const TL& in) { return TL{ct::special::ndtr(in[0])}; }, real},
  };
  for (const Special& s : specials)
    add_general(t, s.name, s.torch, s.node, s.derivative, O, s.domain, false, 1, s.f, s.samples,
                nullptr);

  // Python's signatures. torch.round(x) is RoundBackward0; with decimals=
  // (even 0), RoundBackward1.
  set_signatures(
      t, "round",
      {{"(Tensor input, *, int? decimals=None)",
        CT_CALL(a.none(1) ? ct::round(a.tensor(0)) : ct::round(a.tensor(0), a.integer(1)))},
       {"special.round(Tensor input, *, int decimals=0)",
        CT_CALL(ct::special::round(a.tensor(0), a.integer(1)))}});
  set_signatures(t, "polygamma",
                 {{"(int n, Tensor input)", CT_CALL(ct::polygamma(a.integer(0), a.tensor(1))),
                   Binding::Function},
                  {"(Tensor self, int n)", CT_CALL(ct::polygamma(a.integer(1), a.tensor(0))),
                   Binding::Method}});
  set_signatures(t, "mvlgamma",
                 {{"(Tensor input, int p)", CT_CALL(ct::mvlgamma(a.tensor(0), a.integer(1)))},
                  {"special.multigammaln(Tensor input, int p)",
                   CT_CALL(ct::mvlgamma(a.tensor(0), a.integer(1)))}});
  set_signatures(
      t, "logit",
      {{"(Tensor input, float? eps=None)", CT_CALL(ct::logit(a.tensor(0), a.opt_real(1)))}});
  set_signatures(t, "xlogy",
                 {{"(Tensor input, Tensor other)", CT_CALL(ct::xlogy(a.tensor(0), a.tensor(1)))},
                  {"(Tensor input, Scalar other)", CT_CALL(ct::xlogy(a.tensor(0), a.scalar(1)))},
                  {"(Scalar self, Tensor other)", CT_CALL(ct::xlogy(a.scalar(0), a.tensor(1))),
                   Binding::Function}});
  set_signatures(t, "xlog1py",
                 {{"special.xlog1py(Tensor input, Tensor other)",
                   CT_CALL(ct::special::xlog1py(a.tensor(0), a.tensor(1)))},
                  {"special.xlog1py(Tensor input, Scalar other)",
                   CT_CALL(ct::special::xlog1py(a.tensor(0), a.scalar(1)))},
                  {"special.xlog1py(Scalar self, Tensor other)",
                   CT_CALL(ct::special::xlog1py(a.scalar(0), a.tensor(1)))}});
  set_signatures(t, "gammainc",
                 {{"special.gammainc(Tensor input, Tensor other)",
                   CT_CALL(ct::special::gammainc(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "gammaincc",
                 {{"special.gammaincc(Tensor input, Tensor other)",
                   CT_CALL(ct::special::gammaincc(a.tensor(0), a.tensor(1)))}});
#define CT_SPECIAL_SIGNATURE(NAME) \
  set_signatures(t, #NAME,         \
                 {{"special." #NAME "(Tensor input)", CT_CALL(ct::special::NAME(a.tensor(0)))}});
  CT_SPECIAL_SIGNATURE(i0e)
  CT_SPECIAL_SIGNATURE(i1)
  CT_SPECIAL_SIGNATURE(i1e)
  CT_SPECIAL_SIGNATURE(ndtri)
  CT_SPECIAL_SIGNATURE(log_ndtr)
  CT_SPECIAL_SIGNATURE(erfcx)
  CT_SPECIAL_SIGNATURE(entr)
  CT_SPECIAL_SIGNATURE(ndtr)
#undef CT_SPECIAL_SIGNATURE
  // torch.special's names of ops torch also has at the top level (the
  // plain signature is kept: a row with signatures of its own has no default)
#define CT_SPECIAL_ALIAS(ROW, ...) \
  set_signatures(t, #ROW, {{"(Tensor input)", nullptr}, __VA_ARGS__});
#define CT_AS(NAME) OpSignature{"special." #NAME "(Tensor input)", nullptr}
  CT_SPECIAL_ALIAS(lgamma, CT_AS(gammaln))
  CT_SPECIAL_ALIAS(digamma, CT_AS(digamma), CT_AS(psi))
  CT_SPECIAL_ALIAS(erf, CT_AS(erf))
  CT_SPECIAL_ALIAS(erfc, CT_AS(erfc))
  CT_SPECIAL_ALIAS(erfinv, CT_AS(erfinv))
  CT_SPECIAL_ALIAS(i0, CT_AS(i0))
  CT_SPECIAL_ALIAS(sinc, CT_AS(sinc))
  CT_SPECIAL_ALIAS(log1p, CT_AS(log1p))
  CT_SPECIAL_ALIAS(expm1, CT_AS(expm1))
  CT_SPECIAL_ALIAS(exp2, CT_AS(exp2))
  set_signatures(t, "sigmoid", {CT_AS(expit)});
#undef CT_AS
#undef CT_SPECIAL_ALIAS
  set_signatures(t, "polygamma",
                 {{"special.polygamma(int n, Tensor input)",
                   CT_CALL(ct::polygamma(a.integer(0), a.tensor(1)))}});
  set_signatures(t, "logit",
                 {{"special.logit(Tensor input, float? eps=None)",
                   CT_CALL(ct::logit(a.tensor(0), a.opt_real(1)))}});
  set_signatures(
      t, "xlogy",
      {{"special.xlogy(Tensor input, Tensor other)", CT_CALL(ct::xlogy(a.tensor(0), a.tensor(1)))},
       {"special.xlogy(Tensor input, Scalar other)", CT_CALL(ct::xlogy(a.tensor(0), a.scalar(1)))},
       {"special.xlogy(Scalar self, Tensor other)", CT_CALL(ct::xlogy(a.scalar(0), a.tensor(1)))}});

  // away from the samples' range, where the functions change regime
  set_calls(t, "i0e",
            {"m.special.i0e(x[0] * 10)", "m.special.i0e(x[0] * 6)",
             "m.special.i0e(x[0].float() * 6)", "m.special.i0e(x[0])"});
  set_calls(t, "i1",
            {"m.special.i1(x[0] * 10)", "m.special.i1(x[0] * 6)", "m.special.i1(x[0])",
             "(lambda y: m.autograd.grad(m.special.i1(y - 0.5).sum(), y)[0])(m.tensor([0.0, 0.5, "
             "1.0, 1.5], requires_grad=True))"});
  set_calls(
      t, "i1e",
      {"m.special.i1e(x[0] * 10)", "m.special.i1e(x[0] * 6)", "m.special.i1e(x[0].float() * 6)",
       "m.special.i1e(x[0])", "m.special.i1e(m.tensor([0.0, 50.0, -700.0]))",
       "(lambda y: m.autograd.grad(m.special.i1e(y - 0.5).sum(), y)[0])(m.tensor([0.0, 0.5, 1.0, "
       "1.5], requires_grad=True))"});
  set_calls(t, "log_ndtr",
            {"m.special.log_ndtr(x[0] * 4)", "m.special.log_ndtr(x[0] * 6)",
             "m.special.log_ndtr(x[0].float() * 6)", "m.special.log_ndtr(x[0])",
             "m.special.log_ndtr(m.tensor([-40.0, -5, 0, 5, 40], dtype=m.float64))"});
  set_calls(t, "erfcx",
            {"m.special.erfcx(x[0] * 3)", "m.special.erfcx(x[0] * 6)",
             "m.special.erfcx(x[0].float() * 6)", "m.special.erfcx(x[0])",
             "m.special.erfcx(m.tensor([-40.0, -5, 0, 5, 40, 1e10]))"});
  set_calls(t, "logit",
            {"x[0].sigmoid().logit()", "m.special.logit(x[0])", "m.special.logit(x[0], 0.2)",
             "m.special.logit(x[0] - 1, eps=0.2)", "m.logit(x[0] / 2.5)",
             "(lambda y: m.autograd.grad(m.special.logit(y), y, m.tensor([1.0, 1.0, 0.0, "
             "1.0]))[0])(m.tensor([0.0, 0.5, 1.0, 1.5], requires_grad=True))",
             "(lambda y: m.autograd.grad(m.special.logit(y, 0.1).sum(), y)[0])(m.tensor([0.0, 0.5, "
             "1.0, 1.5], requires_grad=True))"});
  set_calls(t, "polygamma",
            {"m.polygamma(-1, x[0])", "x[0].polygamma(0)", "m.polygamma(1, x[0] * 6 - 6)",
             "m.special.polygamma(2, x[0] * 6 - 6)", "m.polygamma(3, x[0] * 6 - 6)",
             "m.polygamma(2, x[0].float() * 6 - 6)", "m.special.polygamma(0, x[0])",
             "m.special.polygamma(1, x[0])", "m.special.polygamma(3, x[0])", "m.polygamma(2, x[0])",
             "x[0].polygamma(2)", "m.special.polygamma(-1, x[0])",
             "m.special.polygamma(2, m.tensor([0.0, -2.0, -2.5, 1e10]))"});
  set_calls(t, "mvlgamma",
            {"m.mvlgamma(x[0], 0)", "m.special.multigammaln(x[0] + 1, 3)",
             "m.special.multigammaln(x[0] * 6 + 1.5, 3)", "m.mvlgamma(x[0] + 0.5, 2)",
             "(x[0] + 0.5).mvlgamma(p=2)", "m.special.multigammaln(x[0], 0)",
             "m.mvlgamma(x[0] > 0, 1)", "m.special.multigammaln(m.tensor([0.1, 0.2]), 3)",
             "m.special.multigammaln(m.tensor([[2, 3]]), 1)"});
  set_calls(
      t, "round.decimals",
      {"m.round(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), decimals=1)",
       "m.special.round(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())", "m.round(x[0], decimals=-1)",
       "m.round(x[0] * 1000, decimals=2)", "m.round(x[0] * 1000, decimals=-2)",
       "m.special.round(x[0] * 1000)", "m.round(x[0] * 1000)", "m.round(x[0] * 100, decimals=1)",
       "(x[0] * 1000).round(decimals=-2)", "m.special.round(x[0], decimals=2)",
       "m.round(x[0], decimals=0)", "m.special.round(x[0].long())",
       "m.round(x[0].long(), decimals=1)"});
  set_calls(t, "gammainc",
            {"m.autograd.grad(m.special.gammainc(x[0], x[0]).sum(), x[0])",
             "m.special.gammainc(x[0] * 6 + 0.5, x[0] * 8)",
             "m.special.gammainc(x[0] * 20, x[0] * 25)", "m.special.gammainc(x[0].detach(), x[0])",
             "m.special.gammainc(x[0], x[0].detach()).detach()",
             "m.autograd.grad(m.special.gammainc(x[0], x[0].detach()).sum(), x[0])"});
  // the special functions over a wider range (x * 6: [-12, 12]), in float64
  // and float32, through their torch.special names
  set_calls(t, "lgamma",
            {"m.special.gammaln(x[0] * 6 - 6)", "m.special.gammaln(x[0].float() * 6 - 6)",
             "m.special.gammaln(x[0])", "m.lgamma(x[0])", "x[0].lgamma()"});
  set_calls(t, "digamma",
            {"m.special.digamma(x[0] * 6 - 6)", "m.special.psi(x[0].float() * 6 - 6)",
             "m.special.digamma(x[0])", "m.special.psi(x[0])", "m.digamma(x[0])", "x[0].digamma()",
             "m.special.digamma(m.tensor([0.0, -0.0, -2.0, -2.5, 1e20]))"});
  set_calls(t, "i0",
            {"m.special.i0(x[0] * 6)", "m.special.i0(x[0].float() * 6)",
             "m.special.i0(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())", "m.special.i0(x[0])",
             "m.i0(x[0])", "x[0].i0()", "m.special.i0(m.tensor([0.0, 50.0, -700.0]))"});
  set_calls(t, "ndtr", {"m.special.ndtr(x[0] * 6)", "m.special.ndtr(x[0])"});
  set_calls(t, "sinc",
            {"m.special.sinc(x[0] * 6)", "m.sinc(m.round(x[0] * 3))", "m.special.sinc(x[0])",
             "m.sinc(x[0])", "x[0].sinc()", "m.special.sinc(m.tensor([0.0, 1.0, -2.5]))",
             "(lambda y: m.autograd.grad(m.special.sinc(y - 0.5).sum(), y)[0])(m.tensor([0.0, 0.5, "
             "1.0, 1.5], requires_grad=True))"});
  set_calls(t, "entr",
            {"m.special.entr(x[0] * 6 - 6)", "m.special.entr(x[0])",
             "m.special.entr(m.tensor([-1.0, 0.0, float('inf'), float('nan'), 0.5]))"});
  set_calls(t, "erfinv",
            {"m.special.erfinv(x[0] * 1.1)", "m.special.erfinv(x[0].float())",
             "m.special.erfinv(x[0])", "m.erfinv(x[0] - 1.25)", "x[0].erfinv()",
             "m.special.erfinv(m.tensor([-1.0, 1.0, 1.5, 0.0]))"});
  set_calls(t, "ndtri",
            {"m.special.ndtri(x[0] * 1.1)", "m.special.ndtri(x[0].float())",
             "m.special.ndtri(x[0])", "m.special.ndtri(m.tensor([0.0, 1.0, 0.5, -0.1]))"});
  set_calls(t, "gammaincc",
            {"m.special.gammaincc(x[0] * 6 + 0.5, x[0] * 8)",
             "m.special.gammaincc(m.tensor(1.5, dtype=m.float64), x[0])",
             "m.special.gammaincc(x[0], x[0].detach()).detach()"});
  set_calls(t, "xlogy",
            {"m.special.xlogy(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, "
             "9.0, -9.0).long())",
             "m.special.xlogy(2, x[0])", "m.special.xlogy(x[0], 3)", "m.special.xlogy(x[0], x[1])",
             "m.xlogy(x[0], x[1])", "x[0].xlogy(x[1])", "m.special.xlogy(x[0] * 0, x[1] - 1)",
             "m.special.xlogy(x[0], x[1][0])",
             "m.special.xlogy(m.tensor([0.0, 0.0, 1.0]), m.tensor([0.0, float('nan'), 0.0]))"});
  set_calls(t, "xlog1py",
            {"m.special.xlog1py(2, x[0])", "m.special.xlog1py(x[0], 3)",
             "m.special.xlog1py(x[0], x[1])", "m.special.xlog1py(x[0][:, :1], x[1][0])"});
}
}  // namespace ct::detail
