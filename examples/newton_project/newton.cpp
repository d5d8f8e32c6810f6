// Newton's method with a line search, for any smooth f: R^n -> R.
#include <cotangent/cotangent.h>

#include <cstdio>
#include <functional>

using ct::Tensor;

Tensor newton(const std::function<Tensor(const Tensor&)>& f, Tensor x) {
  for (int step = 0; step < 100; ++step) {
    auto [value, gradient] = ct::vjp(f, x);  // f(x) and its gradient
    std::printf("step %2d  f = %.3e  |grad| = %.3e\n", step, value.item<double>(),
                gradient.norm().item<double>());
    if (gradient.norm().item<double>() < 1e-10) break;
    Tensor direction = -ct::linalg::solve(ct::hessian(f, x), gradient);
    double t = 1;  // halve the step until f decreases enough (Armijo)
    while (f(x + t * direction).item<double>() >
           value.item<double>() + 1e-4 * t * (gradient * direction).sum().item<double>())
      t /= 2;
    x = x + t * direction;
  }
  return x;
}

int main() {
  auto rosenbrock = [](const Tensor& x) {
    return 100 * (x[1] - x[0] * x[0]).pow(2) + (1 - x[0]).pow(2);
  };
  Tensor x = newton(rosenbrock, ct::tensor({-1.2, 1.0}, ct::float64));
  std::printf("minimum at (%.6f, %.6f)\n", x[0].item<double>(), x[1].item<double>());
}
