#include "kernels/cpu/lapack.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "kernels/cpu/loops.h"

extern "C" {
void sgetrf_(const int* m, const int* n, float* a, const int* lda, int* ipiv, int* info);
void dgetrf_(const int* m, const int* n, double* a, const int* lda, int* ipiv, int* info);
void sgetri_(const int* n, float* a, const int* lda, const int* ipiv, float* work, const int* lwork,
             int* info);
void dgetri_(const int* n, double* a, const int* lda, const int* ipiv, double* work,
             const int* lwork, int* info);
void spotrf_(const char* uplo, const int* n, float* a, const int* lda, int* info);
void dpotrf_(const char* uplo, const int* n, double* a, const int* lda, int* info);
}

namespace ct::kernels {

namespace {
void getrf(int n, float* a, int* piv, int* info) { sgetrf_(&n, &n, a, &n, piv, info); }
void getrf(int n, double* a, int* piv, int* info) { dgetrf_(&n, &n, a, &n, piv, info); }
void getri(int n, float* a, const int* piv, float* w, int lw, int* info) {
  sgetri_(&n, a, &n, piv, w, &lw, info);
}
void getri(int n, double* a, const int* piv, double* w, int lw, int* info) {
  dgetri_(&n, a, &n, piv, w, &lw, info);
}
void potrf(int n, float* a, int* info) { spotrf_("U", &n, a, &n, info); }
void potrf(int n, double* a, int* info) { dpotrf_("U", &n, a, &n, info); }

// The number of matrices: the product of the leading dims (one for a
// single matrix, also a 0x0 one, whose determinant is the empty product 1).
int64_t batch_of(const Tensor& a) {
  int64_t b = 1;
  for (int64_t d = 0; d + 2 < a.dim(); ++d) b *= a.shape()[d];
  return b;
}
}  // namespace

// A row-major buffer is the transpose in LAPACK's column-major view. The
// inverse of the transpose is the transpose of the inverse, so inverting
// the buffer in place yields the row-major inverse.
int64_t inverse(const Tensor& a, const Tensor& out, int64_t* batch_index) {
  copy_into(out, a);
  const int n = static_cast<int>(a.shape().back());
  if (n == 0) return 0;
  int64_t singular = 0;
  CT_DISPATCH_FLOAT(a.dtype(), [&] {
    scalar_t* p = static_cast<scalar_t*>(out.raw_data_ptr());
    std::vector<int> piv(n);
    std::vector<scalar_t> work(static_cast<size_t>(n) * 64);
    for (int64_t b = 0; b < batch_of(a); ++b) {
      int info = 0;
      getrf(n, p + b * n * n, piv.data(), &info);
      if (info > 0) {
        singular = info;
        if (batch_index) *batch_index = b;
        return;
      }
      getri(n, p + b * n * n, piv.data(), work.data(), static_cast<int>(work.size()), &info);
    }
  });
  return singular;
}

void determinant(const Tensor& a, const Tensor& det, const Tensor& sign, const Tensor& logabs) {
  const int n = static_cast<int>(a.shape().back());
  Tensor lu = make_empty(a.shape(), a.dtype());
  copy_into(lu, a);
  CT_DISPATCH_FLOAT(a.dtype(), [&] {
    scalar_t* p = static_cast<scalar_t*>(lu.raw_data_ptr());
    scalar_t* pd = static_cast<scalar_t*>(det.raw_data_ptr());
    scalar_t* ps = static_cast<scalar_t*>(sign.raw_data_ptr());
    scalar_t* pl = static_cast<scalar_t*>(logabs.raw_data_ptr());
    std::vector<int> piv(std::max(n, 1));
    for (int64_t b = 0; b < batch_of(a); ++b) {
      int info = 0;
      scalar_t* m = p + b * n * n;
      if (n > 0) getrf(n, m, piv.data(), &info);
      // as torch: the product of U's diagonal (a zero pivot gives a signed
      // zero, a NaN one NaN), the sign as the product of its signs (NaN's
      // is 0) and log|det| as the sum of the logs
      double perm = 1, product = 1, sign = 1, log_abs = 0;
      for (int i = 0; i < n; ++i) {
        const double d = m[i * n + i];
        if (piv[i] != i + 1) perm = -perm;
        product *= d;
        sign *= static_cast<double>((d > 0) - (d < 0));
        log_abs += std::log(std::fabs(d));
      }
      ps[b] = static_cast<scalar_t>(perm * sign);
      pl[b] = static_cast<scalar_t>(log_abs);
      pd[b] = static_cast<scalar_t>(perm * product);
    }
  });
}

// In LAPACK's column-major view the buffer holds a's transpose; its upper
// factor U (a^T = U^T U) read back row-major is L = U^T with a = L L^T,
// computed from a's lower triangle.
int64_t cholesky_lower(const Tensor& a, const Tensor& out, int64_t* batch_index) {
  copy_into(out, a);
  const int n = static_cast<int>(a.shape().back());
  int64_t bad = 0;
  CT_DISPATCH_FLOAT(a.dtype(), [&] {
    scalar_t* p = static_cast<scalar_t*>(out.raw_data_ptr());
    for (int64_t b = 0; b < batch_of(a); ++b) {
      scalar_t* m = p + b * n * n;
      int info = 0;
      if (n > 0) potrf(n, m, &info);
      if (info > 0) {
        bad = info;
        if (batch_index) *batch_index = b;
        return;
      }
      for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) m[i * n + j] = 0;
    }
  });
  return bad;
}

}  // namespace ct::kernels
