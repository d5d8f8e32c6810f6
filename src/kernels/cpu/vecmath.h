// Internal: SIMD transcendental functions over contiguous arrays, through
// SLEEF (1-ulp "u10" variants, the same library PyTorch vectorizes with),
// picked at run time for the CPU: AVX-512, AVX2+FMA, or none (the caller's
// scalar loop). The binary itself targets any x86-64.
#pragma once
#include <cstdint>

namespace ct::kernels {

// (No log1p: SLEEF's overflows to inf above ~1e38.)
enum class VecOp : uint8_t { None, Exp, Log, Tanh, Sin, Cos, Sigmoid, Expm1 };

// y[i] = op(x[i]) for i < n. Returns false (and writes nothing) when no SIMD
// path serves this op on this CPU; the caller then runs its scalar loop.
bool vec_unary(VecOp op, const float* x, float* y, int64_t n);
bool vec_unary(VecOp op, const double* x, double* y, int64_t n);

// *out = max (or min) of row[0..n), NaN if any element is NaN; SSE2, so on
// every x86-64. False (nothing written) for n < 8: loop in the caller.
bool row_extreme(const float* row, int64_t n, bool is_max, float* out);

// Sum of row[0..n) accumulated in double (eight partial sums), SSE2.
double row_sum(const float* row, int64_t n);

// The instruction set vec_unary uses: "avx512", "avx2" or "none".
// COTANGENT_SIMD=none|avx2 lowers it (to test the other paths).
const char* vec_isa();

}  // namespace ct::kernels
