// The Ceres half of examples/curve_fit.cpp: one residual block per sample,
// differentiated by Ceres' Jets.
#include "curve_fit_ceres.h"

#include <ceres/ceres.h>

namespace {

struct Residual {
  double t, y;
  template <class T>
  bool operator()(const T* p, T* r) const {
    r[0] = p[0] * ceres::exp(-p[1] * t) * ceres::cos(p[2] * t + p[3]) - y;
    return true;
  }
};

}  // namespace

std::array<double, 4> ceres_fit(const std::vector<double>& t, const std::vector<double>& y,
                                std::array<double, 4> p) {
  ceres::Problem problem;
  for (size_t i = 0; i < t.size(); ++i)
    problem.AddResidualBlock(
        new ceres::AutoDiffCostFunction<Residual, 1, 4>(new Residual{t[i], y[i]}), nullptr,
        p.data());
  ceres::Solver::Options options;
  options.linear_solver_type = ceres::DENSE_QR;
  options.function_tolerance = 1e-15;
  options.gradient_tolerance = 1e-14;
  options.parameter_tolerance = 1e-14;
  options.max_num_iterations = 200;
  ceres::Solver::Summary summary;
  ceres::Solve(options, &problem, &summary);
  return p;
}
