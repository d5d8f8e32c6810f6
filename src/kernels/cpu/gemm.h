// Internal: matrix products on strided 2-D operands (OpenBLAS for floats).
#pragma once
#include "core/tensor_impl.h"

namespace ct::kernels {

// c (m x n, contiguous, overwritten) = a (m x k) @ b (k x n); a and b are
// 2-D views with any strides and c's dtype.
void gemm(const Tensor& a, const Tensor& b, const Tensor& c);

void set_blas_threads(int n);

}  // namespace ct::kernels
