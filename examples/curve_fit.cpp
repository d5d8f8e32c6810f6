// Fitting a damped oscillation y = A exp(-lambda t) cos(omega t + phi) to
// 200 noisy samples by Levenberg-Marquardt, with the residuals' Jacobian
// from ct::jacobian (200 x 4, one backward pass per row batched into one:
// vectorize = true). When Ceres is installed (libceres-dev) the same data
// is fitted by Ceres' Levenberg-Marquardt with automatic differentiation
// (Jets) and the two answers are compared. Exits non-zero if the fit misses
// the true parameters by more than the noise allows, if the gradient J^T r
// at the answer is not ~0, or if Ceres disagrees.
#include <cotangent/cotangent.h>

#include <cmath>
#include <cstdio>

#include "curve_fit_ceres.h"

using ct::Tensor;

// The model at times t for parameters p = (A, lambda, omega, phi).
Tensor model(const Tensor& p, const Tensor& t) {
  return p[0] * ct::exp(-p[1] * t) * ct::cos(p[2] * t + p[3]);
}

int main() {
  ct::manual_seed(0);
  const int64_t m = 200;
  const Tensor truth = ct::tensor({2.0, 0.3, 1.7, 0.4}, ct::float64);
  const Tensor t = ct::linspace(0, 10, m, ct::float64);  // 0 to 10 s
  const Tensor y = model(truth, t) + 0.05 * ct::randn({m}, ct::float64);

  auto residuals = [&](const Tensor& p) { return model(p, t) - y; };
  auto cost = [&](const Tensor& p) { return 0.5 * residuals(p).pow(2).sum().item<double>(); };

  // Levenberg-Marquardt: (J^T J + mu diag(J^T J)) step = -J^T r; mu shrinks
  // after a step that lowers the cost and grows after one that does not.
  Tensor p = ct::tensor({1.0, 0.1, 1.5, 0.0}, ct::float64);
  double mu = 1e-3, c = cost(p);
  std::printf("Levenberg-Marquardt with ct::jacobian (%lld samples, 4 parameters)\n",
              static_cast<long long>(m));
  int it = 0;
  for (; it < 100; ++it) {
    Tensor r = residuals(p);
    Tensor J = ct::jacobian(residuals, p, false, false, /*vectorize=*/true);
    Tensor JtJ = J.t().matmul(J), g = J.t().matmul(r);
    const double gnorm = g.abs().max().item<double>();
    std::printf("  iter %2d  cost = %.8f  |J^T r|_inf = %.2e  mu = %.1e\n", it, c, gnorm, mu);
    if (gnorm < 1e-7) break;  // ~1e-9 relative to the first gradient
    Tensor step = ct::linalg::solve(JtJ + mu * ct::diag(ct::diag(JtJ)), -g);
    const double c_new = cost(p + step);
    if (c_new < c) {
      p = p + step, c = c_new, mu = std::max(mu / 3, 1e-12);
    } else {
      mu *= 4;
    }
  }
  Tensor g = ct::jacobian(residuals, p).t().matmul(residuals(p));
  const double gradient = g.abs().max().item<double>();
  const double error = (p - truth).abs().max().item<double>();
  std::printf("  A = %.6f  lambda = %.6f  omega = %.6f  phi = %.6f  (%d iterations)\n",
              p[0].item<double>(), p[1].item<double>(), p[2].item<double>(), p[3].item<double>(),
              it);
  std::printf("  truth: A = 2, lambda = 0.3, omega = 1.7, phi = 0.4; largest error %.4f\n", error);
  bool ok = error < 0.05 && gradient < 1e-7;

#ifdef CURVE_FIT_WITH_CERES
  std::vector<double> ts(t.data_ptr<double>(), t.data_ptr<double>() + m);
  std::vector<double> ys(y.data_ptr<double>(), y.data_ptr<double>() + m);
  std::array<double, 4> q = ceres_fit(ts, ys, {1.0, 0.1, 1.5, 0.0});
  Tensor ceres_p = ct::tensor({q[0], q[1], q[2], q[3]}, ct::float64);
  const double difference = (p - ceres_p).abs().max().item<double>();
  std::printf("Ceres (Levenberg-Marquardt, Jets) on the same data:\n");
  std::printf("  A = %.6f  lambda = %.6f  omega = %.6f  phi = %.6f\n", q[0], q[1], q[2], q[3]);
  std::printf("  agrees with cotangent's fit: %s (largest difference %.1e)\n",
              difference < 1e-6 ? "yes" : "NO", difference);
  ok = ok && difference < 1e-6;
#else
  std::printf("Ceres not installed (apt install libceres-dev): comparison skipped\n");
#endif
  std::printf("fit within the noise of the truth, gradient ~0: %s\n", ok ? "yes" : "NO");
  return ok ? 0 : 1;
}
