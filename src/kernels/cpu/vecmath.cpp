#include "kernels/cpu/vecmath.h"

#include <emmintrin.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace ct::kernels {

namespace avx512 {
int unary_f32(int op, const float* x, float* y, long n);
int unary_f64(int op, const double* x, double* y, long n);
}  // namespace avx512
namespace avx2 {
int unary_f32(int op, const float* x, float* y, long n);
int unary_f64(int op, const double* x, double* y, long n);
}  // namespace avx2

namespace {
enum class Isa { None, Avx2, Avx512 };

Isa detect() {
  __builtin_cpu_init();
  Isa best = Isa::None;
  if (__builtin_cpu_supports("avx512f"))
    best = Isa::Avx512;
  else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    best = Isa::Avx2;
  if (const char* want = std::getenv("COTANGENT_SIMD")) {
    if (std::strcmp(want, "none") == 0) best = Isa::None;
    if (std::strcmp(want, "avx2") == 0 && best == Isa::Avx512) best = Isa::Avx2;
  }
  return best;
}

Isa isa() {
  static const Isa chosen = detect();
  return chosen;
}
}  // namespace

bool vec_unary(VecOp op, const float* x, float* y, int64_t n) {
  switch (isa()) {
    case Isa::Avx512:
      return avx512::unary_f32(static_cast<int>(op), x, y, static_cast<long>(n));
    case Isa::Avx2:
      return avx2::unary_f32(static_cast<int>(op), x, y, static_cast<long>(n));
    default:
      return false;
  }
}

bool vec_unary(VecOp op, const double* x, double* y, int64_t n) {
  switch (isa()) {
    case Isa::Avx512:
      return avx512::unary_f64(static_cast<int>(op), x, y, static_cast<long>(n));
    case Isa::Avx2:
      return avx2::unary_f64(static_cast<int>(op), x, y, static_cast<long>(n));
    default:
      return false;
  }
}

bool row_extreme(const float* row, int64_t n, bool is_max, float* out) {
  if (n < 8) return false;
  // four lanes; NaNs tracked with an unordered compare
  __m128 acc = _mm_loadu_ps(row), nans = _mm_cmpunord_ps(acc, acc);
  int64_t j = 4;
  for (; j + 4 <= n; j += 4) {
    __m128 v = _mm_loadu_ps(row + j);
    acc = is_max ? _mm_max_ps(v, acc) : _mm_min_ps(v, acc);
    nans = _mm_or_ps(nans, _mm_cmpunord_ps(v, v));
  }
  alignas(16) float lanes[4];
  _mm_store_ps(lanes, acc);
  float m = lanes[0];
  bool any_nan = _mm_movemask_ps(nans) != 0;
  for (int i = 1; i < 4; ++i) m = is_max ? std::max(m, lanes[i]) : std::min(m, lanes[i]);
  for (; j < n; ++j) {
    m = is_max ? std::max(m, row[j]) : std::min(m, row[j]);
    any_nan = any_nan || row[j] != row[j];
  }
  *out = any_nan ? std::numeric_limits<float>::quiet_NaN() : m;
  return true;
}

double row_sum(const float* row, int64_t n) {
  __m128d a0 = _mm_setzero_pd(), a1 = _mm_setzero_pd(), a2 = _mm_setzero_pd(),
          a3 = _mm_setzero_pd();
  int64_t j = 0;
  for (; j + 8 <= n; j += 8) {
    __m128 v0 = _mm_loadu_ps(row + j), v1 = _mm_loadu_ps(row + j + 4);
    a0 = _mm_add_pd(a0, _mm_cvtps_pd(v0));
    a1 = _mm_add_pd(a1, _mm_cvtps_pd(_mm_movehl_ps(v0, v0)));
    a2 = _mm_add_pd(a2, _mm_cvtps_pd(v1));
    a3 = _mm_add_pd(a3, _mm_cvtps_pd(_mm_movehl_ps(v1, v1)));
  }
  alignas(16) double lanes[2];
  _mm_store_pd(lanes, _mm_add_pd(_mm_add_pd(a0, a1), _mm_add_pd(a2, a3)));
  double s = lanes[0] + lanes[1];
  for (; j < n; ++j) s += row[j];
  return s;
}

const char* vec_isa() {
  switch (isa()) {
    case Isa::Avx512:
      return "avx512";
    case Isa::Avx2:
      return "avx2";
    default:
      return "none";
  }
}

}  // namespace ct::kernels
