// Internal: LAPACK (from OpenBLAS) on batches of square row-major matrices.
#pragma once
#include "core/tensor_impl.h"

namespace ct::kernels {

// Inverse of each matrix of a contiguous (..., n, n) tensor. Returns the
// 1-based index of the first zero pivot of a singular matrix (and its
// index in the batch), or 0.
int64_t inverse(const Tensor& a, const Tensor& out, int64_t* batch_index = nullptr);
// LU determinant: det and, for slogdet, sign and log|det| of each matrix.
void determinant(const Tensor& a, const Tensor& det, const Tensor& sign, const Tensor& logabs);
// Lower Cholesky factor of each matrix; returns the order of the first
// leading minor that is not positive-definite, or 0.
int64_t cholesky_lower(const Tensor& a, const Tensor& out, int64_t* batch_index = nullptr);

}  // namespace ct::kernels
