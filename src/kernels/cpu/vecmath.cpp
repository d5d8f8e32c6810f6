#include "kernels/cpu/vecmath.h"

#include <cstdlib>
#include <cstring>

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
