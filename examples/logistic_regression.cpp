// Logistic regression trained by gradient descent, the gradient from ct::vjp.
// The data: 1,000 points in the plane from two Gaussian clouds (labels 0
// and 1); the model: P(label 1 | x) = sigmoid(x . w + b). The program
// prints the loss as it trains, checks ct::vjp's gradient against the
// closed form X^T (sigmoid(X w + b) - y) / n, and exits non-zero if the
// loss did not fall or fewer than 90% of the points are classified right.
#include <cotangent/cotangent.h>

#include <cstdio>

using ct::Tensor;
namespace F = ct::nn::functional;

int main() {
  ct::manual_seed(0);
  const int64_t n = 1000;
  // Two clouds, centred at (-1, -1) (label 0) and (1, 1) (label 1).
  Tensor labels = (ct::rand({n}, ct::float64) < 0.5).to(ct::float64);
  Tensor X = ct::randn({n, 2}, ct::float64) + (2.0 * labels - 1.0).unsqueeze(1);

  // The mean cross-entropy of the logits X w + b: params = (w0, w1, b).
  auto loss = [&](const Tensor& params) {
    Tensor logits = X.matmul(params.narrow(0, 0, 2)) + params[2];
    return F::binary_cross_entropy_with_logits(logits, labels);
  };

  Tensor params = ct::zeros({3}, ct::float64);
  const double learning_rate = 0.5;
  double first = 0, last = 0;
  std::printf("gradient descent with ct::vjp, %lld points\n", static_cast<long long>(n));
  for (int step = 0; step <= 200; ++step) {
    auto [value, gradient] = ct::vjp(loss, params);  // dloss/dparams
    last = value.item<double>();
    if (step == 0) first = last;
    if (step % 40 == 0)
      std::printf("  step %3d  loss = %.6f  w = (%.4f, %.4f)  b = %.4f\n", step, last,
                  params[0].item<double>(), params[1].item<double>(), params[2].item<double>());
    params = params - learning_rate * gradient;
  }

  // The gradient of the mean cross-entropy in closed form, for comparison.
  Tensor gradient = ct::vjp(loss, params).vjp;
  Tensor residual = F::sigmoid(X.matmul(params.narrow(0, 0, 2)) + params[2]) - labels;
  Tensor closed_form = ct::cat({X.t().matmul(residual), residual.sum().unsqueeze(0)}) / n;
  const bool same = ct::allclose(gradient, closed_form, 1e-12, 1e-14);
  const double accuracy =
      ((X.matmul(params.narrow(0, 0, 2)) + params[2] > 0).to(ct::float64) == labels)
          .to(ct::float64)
          .mean()
          .item<double>();
  std::printf("loss %.4f -> %.4f, training accuracy %.1f%%\n", first, last, 100 * accuracy);
  std::printf("ct::vjp's gradient equals the closed form: %s\n", same ? "yes" : "NO");
  const bool ok = same && last < first && accuracy > 0.9;
  return ok ? 0 : 1;
}
