// Whole-tensor comparisons and runtime settings.
#include <omp.h>

#include <atomic>

#include "kernels/cpu/gemm.h"
#include "ops/ops_common.h"

namespace ct {

bool allclose(const Tensor& a, const Tensor& b, double rtol, double atol, bool equal_nan) {
  detail::note_value_read("allclose()");
  Shape s = broadcast_shapes(a.shape(), b.shape());
  std::vector<double> x = a.expand(s).detach().to_vector<double>();
  std::vector<double> y = b.expand(s).detach().to_vector<double>();
  for (size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i]) || std::isnan(y[i])) {
      if (!(equal_nan && std::isnan(x[i]) && std::isnan(y[i]))) return false;
      continue;
    }
    if (x[i] == y[i]) continue;  // equal infinities
    if (!(std::fabs(x[i] - y[i]) <= atol + rtol * std::fabs(y[i]))) return false;
  }
  return true;
}

bool equal(const Tensor& a, const Tensor& b) {
  detail::note_value_read("equal()");
  if (a.shape() != b.shape()) return false;
  std::vector<double> x = a.detach().to_vector<double>(), y = b.detach().to_vector<double>();
  return x == y;
}

void set_num_threads(int n) {
  if (n < 1) throw RuntimeError("set_num_threads expects a positive integer");
  kernels::set_blas_threads(n);
  kernels::set_intra_op_threads(n);
}
int get_num_threads() { return kernels::intra_op_threads(); }

}  // namespace ct
