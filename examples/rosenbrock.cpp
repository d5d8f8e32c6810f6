// Newton's method on the Rosenbrock function, two ways:
//  1. n = 2 with the exact Hessian from ct::hessian, from the classic start
//     (-1.2, 1);
//  2. n = 10,000 (the extended Rosenbrock function: 5,000 independent
//     pairs, Nocedal & Wright's test problem) with Newton-CG: each
//     Newton system is solved by conjugate gradients whose matrix-vector
//     products are ct::hvp (forward-over-reverse), never forming the
//     10,000 x 10,000 Hessian.
// Both use a backtracking line search. The minimum is at (1, ..., 1); the
// program prints the iterations and exits non-zero if it was not reached.
// With --path FILE it also writes the n = 2 iterates as CSV (x,y,f), which
// scripts/plot_rosenbrock.py draws over the contour plot.
#include <cotangent/cotangent.h>

#include <cmath>
#include <cstdio>
#include <cstring>

using ct::Tensor;

// Over the pairs (a, b) = (x[2i], x[2i+1]): sum 100 (b - a^2)^2 + (1 - a)^2
// (for n = 2, the Rosenbrock function itself).
Tensor rosenbrock(const Tensor& x) {
  Tensor pairs = x.view({x.numel() / 2, 2});
  Tensor a = pairs.select(1, 0), b = pairs.select(1, 1);
  return (100.0 * (b - a * a).pow(2) + (1.0 - a).pow(2)).sum();
}

double value(const Tensor& x) { return rosenbrock(x).item<double>(); }

// Largest step t in {1, 1/2, 1/4, ...} with sufficient decrease (Armijo).
Tensor line_search(const Tensor& x, const Tensor& p, const Tensor& g) {
  const double f0 = value(x), slope = (g * p).sum().item<double>();
  double t = 1.0;
  for (int k = 0; k < 40; ++k, t *= 0.5)
    if (value(x + t * p) <= f0 + 1e-4 * t * slope) break;
  return x + t * p;
}

// Solves H p = -g approximately by conjugate gradients with H v = ct::hvp;
// stops at negative curvature (then: the last iterate, or -g).
Tensor newton_cg_direction(const Tensor& x, const Tensor& g, int& hvps) {
  Tensor p = ct::zeros_like(g), r = -g, d = r.clone();
  double rr = (r * r).sum().item<double>();
  const double tol = std::min(0.5, std::sqrt(std::sqrt(rr))) * std::sqrt(rr);
  for (int k = 0; k < 200; ++k) {
    Tensor Hd = ct::hvp(rosenbrock, x, d).hvp;
    ++hvps;
    double curvature = (d * Hd).sum().item<double>();
    if (curvature <= 0) return k == 0 ? -g : p;
    double alpha = rr / curvature;
    p = p + alpha * d;
    r = r - alpha * Hd;
    double rr_new = (r * r).sum().item<double>();
    if (std::sqrt(rr_new) < tol) break;
    d = r + (rr_new / rr) * d;
    rr = rr_new;
  }
  return p;
}

int main(int argc, char** argv) {
  FILE* path = nullptr;
  if (argc == 3 && std::strcmp(argv[1], "--path") == 0) {
    path = std::fopen(argv[2], "w");
    if (!path) {
      std::perror(argv[2]);
      return 2;
    }
    std::fprintf(path, "x,y,f\n");
  }
  // 1. Exact Newton, n = 2.
  Tensor x = ct::tensor({-1.2, 1.0}, ct::float64);
  std::printf("Newton with ct::hessian, n = 2\n");
  int it = 0;
  for (; it < 100; ++it) {
    auto [f, g] = ct::vjp(rosenbrock, x);
    double gnorm = g.norm().item<double>();
    std::printf("  iter %2d  f = %.6e  |grad| = %.3e  x = (%.6f, %.6f)\n", it, f.item<double>(),
                gnorm, x[0].item<double>(), x[1].item<double>());
    if (path)
      std::fprintf(path, "%.17g,%.17g,%.17g\n", x[0].item<double>(), x[1].item<double>(),
                   f.item<double>());
    if (gnorm < 1e-10) break;
    Tensor H = ct::hessian(rosenbrock, x);
    x = line_search(x, -ct::linalg::solve(H, g), g);
  }
  if (path) std::fclose(path);
  double err2 = (x - 1.0).abs().max().item<double>();
  std::printf("  minimum (1, 1) reached in %d iterations: %s (max error %.1e)\n", it,
              err2 < 1e-8 ? "yes" : "NO", err2);

  // 2. Newton-CG with Hessian-vector products, n = 10,000.
  const int64_t n = 10000;
  Tensor start = ct::ones({n}, ct::float64);
  {
    ct::NoGradGuard no_grad;
    start.narrow(0, 0, n).view({n / 2, 2}).select(1, 0).fill_(-1.2);
  }
  x = start;
  std::printf("Newton-CG with ct::hvp, n = %lld\n", static_cast<long long>(n));
  int hvps = 0;
  it = 0;
  for (; it < 200; ++it) {
    auto [f, g] = ct::vjp(rosenbrock, x);
    double gnorm = g.norm().item<double>();
    if (it % 5 == 0 || gnorm < 1e-8)
      std::printf("  iter %3d  f = %.6e  |grad| = %.3e  (%d Hessian-vector products so far)\n", it,
                  f.item<double>(), gnorm, hvps);
    if (gnorm < 1e-8) break;
    x = line_search(x, newton_cg_direction(x, g, hvps), g);
  }
  double errn = (x - 1.0).abs().max().item<double>();
  std::printf("  minimum (1, ..., 1) reached in %d iterations: %s (max error %.1e)\n", it,
              errn < 1e-6 ? "yes" : "NO", errn);
  return err2 < 1e-8 && errn < 1e-6 ? 0 : 1;
}
