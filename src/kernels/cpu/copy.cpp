#include <cstring>

#include "kernels/cpu/loops.h"

namespace ct::kernels {

namespace {
// 0 until first read: then OpenMP's default (OMP_NUM_THREADS or the cores).
std::atomic<int> g_intra_op_threads{0};
}  // namespace

int intra_op_threads() {
  int n = g_intra_op_threads.load(std::memory_order_relaxed);
  if (n > 0) return n;
  int expected = 0;
  g_intra_op_threads.compare_exchange_strong(expected, omp_get_max_threads());
  return g_intra_op_threads.load(std::memory_order_relaxed);
}

void set_intra_op_threads(int n) { g_intra_op_threads.store(n, std::memory_order_relaxed); }

Shape broadcast_strides(const Tensor& t, const Shape& shape) {
  Shape out(shape.size(), 0);
  const Shape& s = t.shape();
  const Shape& st = t.strides();
  size_t off = shape.size() - s.size();
  for (size_t i = 0; i < s.size(); ++i)
    out[off + i] = (s[i] == 1 && shape[off + i] != 1) ? 0 : st[i];
  return out;
}

void copy_into(const Tensor& dst, const Tensor& src) {
  if (dst.numel() == 0) return;
  if (dst.dtype() == src.dtype() && dst.is_contiguous() && src.is_contiguous() &&
      dst.shape() == src.shape()) {
    std::memcpy(dst.raw_data_ptr(), src.raw_data_ptr(), dst.numel() * element_size(dst.dtype()));
    return;
  }
  std::array<Shape, 2> st{dst.strides(), broadcast_strides(src, dst.shape())};
  CT_DISPATCH_ALL(dst.dtype(), [&] {
    using O = scalar_t;
    CT_DISPATCH_ALL(src.dtype(), [&] {
      using I = scalar_t;
      for_each_row<2>(
          dst.shape(), st,
          {static_cast<char*>(dst.raw_data_ptr()), static_cast<char*>(src.raw_data_ptr())},
          {sizeof(O), sizeof(I)}, [&](std::array<char*, 2> p, int64_t m, auto s) {
            O* o = reinterpret_cast<O*>(p[0]);
            const I* x = reinterpret_cast<const I*>(p[1]);
            for (int64_t i = 0; i < m; ++i) o[i * s[0]] = static_cast<O>(x[i * s[1]]);
          });
    });
  });
}

}  // namespace ct::kernels
