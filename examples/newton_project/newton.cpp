// Newton's method with a line search, for any smooth f: R^n -> R (a gradient
// step where the Hessian is not positive definite).
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
    double slope = (gradient * direction).sum().item<double>();
    if (!(slope < 0)) {  // the Hessian is not positive definite here: go downhill instead
      direction = -gradient;
      slope = -(gradient * gradient).sum().item<double>();
    }
    double t = 1;  // halve the step until f decreases enough (Armijo)
    while (t > 1e-12 &&
           f(x + t * direction).item<double>() > value.item<double>() + 1e-4 * t * slope)
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
