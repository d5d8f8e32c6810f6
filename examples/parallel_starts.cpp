// Multistart optimisation from several threads at once: each std::thread
// runs its own Newton iterations (ct::vjp, ct::hessian) from its own random
// start on Himmelblau's function, which has four minima. Every public call
// of cotangent is safe from many threads (each thread's graph is its own;
// grad mode and dual levels are per thread), so no lock is needed. Prints
// which minimum each start reached; exits non-zero unless every start
// reached a minimum and all four were found.
#include <cotangent/cotangent.h>

#include <cmath>
#include <cstdio>
#include <set>
#include <thread>
#include <utility>
#include <vector>

using ct::Tensor;

// (x^2 + y - 11)^2 + (x + y^2 - 7)^2: minima where both terms vanish.
Tensor himmelblau(const Tensor& p) {
  Tensor x = p[0], y = p[1];
  return (x * x + y - 11).pow(2) + (x + y * y - 7).pow(2);
}

// Newton's method where the Hessian is positive definite, gradient descent
// elsewhere (near the saddles and the maximum between the minima), both
// with a backtracking line search; returns the point reached.
Tensor minimise(Tensor p) {
  for (int step = 0; step < 200; ++step) {
    auto [f, g] = ct::vjp(himmelblau, p);
    if (g.norm().item<double>() < 1e-10) break;
    Tensor H = ct::hessian(himmelblau, p);
    const bool convex = H[0][0].item<double>() > 0 && ct::linalg::det(H).item<double>() > 0;
    Tensor d = convex ? -ct::linalg::solve(H, g) : -g;
    const double slope = (g * d).sum().item<double>();
    double t = 1;
    while (himmelblau(p + t * d).item<double>() > f.item<double>() + 1e-4 * t * slope) t /= 2;
    p = p + t * d;
  }
  return p;
}

int main() {
  const int threads = 8;
  ct::manual_seed(0);
  Tensor starts = 10 * ct::rand({threads, 2}, ct::float64) - 5;  // in [-5, 5]^2
  std::vector<Tensor> reached(threads);
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&, i] { reached[i] = minimise(starts[i].clone()); });
  for (auto& t : pool) t.join();

  std::set<std::pair<long, long>> minima;
  bool ok = true;
  for (int i = 0; i < threads; ++i) {
    const double x = reached[i][0].item<double>(), y = reached[i][1].item<double>();
    const double f = himmelblau(reached[i]).item<double>();
    std::printf("thread %d: from (%+.3f, %+.3f) to (%+.6f, %+.6f), f = %.1e\n", i,
                starts[i][0].item<double>(), starts[i][1].item<double>(), x, y, f);
    ok = ok && f < 1e-20;
    minima.insert({std::lround(x * 1000), std::lround(y * 1000)});
  }
  std::printf("distinct minima found: %zu of 4\n", minima.size());
  std::printf("every thread reached a minimum: %s\n", ok ? "yes" : "NO");
  return ok && minima.size() == 4 ? 0 : 1;
}
