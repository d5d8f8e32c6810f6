// The table of elementwise math ops: one row per op is its whole
// definition. src/ops/elementwise.cpp expands each row into ct::NAME and
// Tensor::NAME (declared below and in tensor.h from the same rows), the
// backward formula, a contiguous-block kernel and the op's entry in the op
// table (include/cotangent/op_table.h), from which the Python binding,
// docs/ops.md and the generic tests follow. Adding a row adds the op.
#pragma once

// One row per op: C++/Python name, PyTorch's node, what the derivative reads
// (x, out or both), the SIMD kernel (kernels::VecOp), where samples come
// from, the forward expression of one element v (of type T), the derivative
// written with differentiable ops of g (incoming gradient), X() (the input)
// and OUT() (the result), and the formula as docs/ops.md shows it.
// clang-format off
#define CT_UNARY_OPS(ROW) \
  ROW(sqrt, "SqrtBackward0", kSaveOut, None, Positive, std::sqrt(v), g / (2 * OUT()), "g/(2·out)") \
  ROW(rsqrt, "RsqrtBackward0", kSaveOut, None, Positive, T(1) / std::sqrt(v), -0.5 * g * OUT().pow(3), "-g·out³/2") \
  ROW(exp, "ExpBackward0", kSaveOut, Exp, Real, std::exp(v), g * OUT(), "g·out") \
  ROW(exp2, "Exp2Backward0", kSaveOut, None, Real, std::exp2(v), g * OUT() * M_LN2, "g·out·ln 2") \
  ROW(expm1, "Expm1Backward0", kSaveOut, Expm1, Real, std::expm1(v), g * (OUT() + 1), "g·(out+1)") \
  ROW(log, "LogBackward0", kSaveX, Log, Positive, std::log(v), g / X(), "g/x") \
  ROW(log2, "Log2Backward0", kSaveX, None, Positive, std::log2(v), g / (X() * M_LN2), "g/(x ln 2)") \
  ROW(log10, "Log10Backward0", kSaveX, None, Positive, std::log10(v), g / (X() * M_LN10), "g/(x ln 10)") \
  ROW(log1p, "Log1PBackward0", kSaveX, None, Positive, std::log1p(v), g / (X() + 1), "g/(1+x)") \
  ROW(sin, "SinBackward0", kSaveX, Sin, Real, std::sin(v), g * X().cos(), "g·cos x") \
  ROW(cos, "CosBackward0", kSaveX, Cos, Real, std::cos(v), g * -X().sin(), "-g·sin x") \
  ROW(tan, "TanBackward0", kSaveOut, None, Unit, std::tan(v), g * (1 + OUT().square()), "g·(1+out²)") \
  ROW(asin, "AsinBackward0", kSaveX, None, Unit, std::asin(v), g * (1 - X().square()).rsqrt(), "g/√(1-x²)") \
  ROW(acos, "AcosBackward0", kSaveX, None, Unit, std::acos(v), -g * (1 - X().square()).rsqrt(), "-g/√(1-x²)") \
  ROW(atan, "AtanBackward0", kSaveX, None, Real, std::atan(v), g / (1 + X().square()), "g/(1+x²)") \
  ROW(sinh, "SinhBackward0", kSaveX, None, Real, std::sinh(v), g * X().cosh(), "g·cosh x") \
  ROW(cosh, "CoshBackward0", kSaveX, None, Real, std::cosh(v), g * X().sinh(), "g·sinh x") \
  ROW(tanh, "TanhBackward0", kSaveOut, Tanh, Real, std::tanh(v), g * (1 - OUT().square()), "g·(1-out²)") \
  ROW(asinh, "AsinhBackward0", kSaveX, None, Real, std::asinh(v), g * (X().square() + 1).rsqrt(), "g/√(x²+1)") \
  ROW(acosh, "AcoshBackward0", kSaveX, None, AboveOne, std::acosh(v), g * (X().square() - 1).rsqrt(), "g/√(x²-1)") \
  ROW(atanh, "AtanhBackward0", kSaveX, None, Unit, std::atanh(v), g / (1 - X().square()), "g/(1-x²)") \
  ROW(erf, "ErfBackward0", kSaveX, None, Real, std::erf(v), kTwoOverSqrtPi * g * (-X().square()).exp(), "g·2/√π·e^(-x²)") \
  ROW(erfc, "ErfcBackward0", kSaveX, None, Real, std::erfc(v), -kTwoOverSqrtPi * g * (-X().square()).exp(), "-g·2/√π·e^(-x²)") \
  ROW(sigmoid, "SigmoidBackward0", kSaveOut, Sigmoid, Real, v >= 0 ? T(1) / (T(1) + std::exp(-v)) : std::exp(v) / (T(1) + std::exp(v)), g * (OUT() * (1 - OUT())), "g·out·(1-out)") \
  ROW(reciprocal, "ReciprocalBackward0", kSaveOut, None, Positive, T(1) / v, -g * OUT().square(), "-g·out²") \
  ROW(frac, "FracBackward0", kSaveNone, None, Real, v - std::trunc(v), g, "g") \
  ROW(deg2rad, "Deg2RadBackward0", kSaveNone, None, Real, v * T(M_PI / 180), g * (M_PI / 180), "g·π/180")
// clang-format on

// The declarations the rows give (ops.h and the Tensor class use these).
#define CT_DECLARE_UNARY_FUNCTION(NAME, ...) Tensor NAME(const Tensor& x);
#define CT_DECLARE_UNARY_METHOD(NAME, ...) Tensor NAME() const;
