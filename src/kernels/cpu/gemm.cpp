#include "kernels/cpu/gemm.h"

#include <cblas.h>

#include "kernels/cpu/loops.h"

namespace ct::kernels {

namespace {

struct BlasOperand {
  Tensor t;  // possibly a contiguous copy
  CBLAS_TRANSPOSE trans = CblasNoTrans;
  int64_t ld = 1;
};

// Finds a way to hand a 2-D view to BLAS without copying, or copies it.
BlasOperand as_blas(const Tensor& x) {
  const int64_t r = x.shape()[0], c = x.shape()[1];
  const int64_t s0 = x.strides()[0], s1 = x.strides()[1];
  if ((s1 == 1 || c <= 1) && (r <= 1 || s0 >= std::max<int64_t>(c, 1)))
    return {x, CblasNoTrans, r <= 1 ? std::max<int64_t>(c, 1) : s0};
  if ((s0 == 1 || r <= 1) && (c <= 1 || s1 >= std::max<int64_t>(r, 1)))
    return {x, CblasTrans, c <= 1 ? std::max<int64_t>(r, 1) : s1};
  Tensor copy = make_empty(x.shape(), x.dtype());
  copy_into(copy, x);
  return {copy, CblasNoTrans, std::max<int64_t>(c, 1)};
}

}  // namespace

void gemm(const Tensor& a, const Tensor& b, const Tensor& c) {
  const int64_t m = a.shape()[0], k = a.shape()[1], n = b.shape()[1];
  if (m == 0 || n == 0) return;
  if (k == 0) {
    std::memset(c.raw_data_ptr(), 0, c.numel() * element_size(c.dtype()));
    return;
  }
  if (c.dtype() == DType::Float32 || c.dtype() == DType::Float64) {
    BlasOperand A = as_blas(a), B = as_blas(b);
    if (c.dtype() == DType::Float32)
      cblas_sgemm(CblasRowMajor, A.trans, B.trans, m, n, k, 1.0f,
                  static_cast<const float*>(A.t.raw_data_ptr()), A.ld,
                  static_cast<const float*>(B.t.raw_data_ptr()), B.ld, 0.0f,
                  static_cast<float*>(c.raw_data_ptr()), n);
    else
      cblas_dgemm(CblasRowMajor, A.trans, B.trans, m, n, k, 1.0,
                  static_cast<const double*>(A.t.raw_data_ptr()), A.ld,
                  static_cast<const double*>(B.t.raw_data_ptr()), B.ld, 0.0,
                  static_cast<double*>(c.raw_data_ptr()), n);
    return;
  }
  CT_DISPATCH_ALL(c.dtype(), [&] {
    const scalar_t* pa = static_cast<const scalar_t*>(a.raw_data_ptr());
    const scalar_t* pb = static_cast<const scalar_t*>(b.raw_data_ptr());
    scalar_t* pc = static_cast<scalar_t*>(c.raw_data_ptr());
    const int64_t a0 = a.strides()[0], a1 = a.strides()[1], b0 = b.strides()[0],
                  b1 = b.strides()[1];
    for (int64_t i = 0; i < m; ++i)
      for (int64_t j = 0; j < n; ++j) {
        scalar_t acc = 0;
        for (int64_t p = 0; p < k; ++p) acc = acc + pa[i * a0 + p * a1] * pb[p * b0 + j * b1];
        pc[i * n + j] = acc;
      }
  });
}

void set_blas_threads(int n) { openblas_set_num_threads(n); }

}  // namespace ct::kernels
