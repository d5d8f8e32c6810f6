// Per-sample gradients of a small MLP: one gradient of the loss per example,
// as differential privacy (clipping each example's gradient) or influence
// estimates need. ct::func::vmap(ct::func::grad(loss)) computes all 64 in one
// batched forward and backward pass; the program checks them against a loop
// of one ct::grad per example and prints both timings. Exits non-zero if
// they differ.
#include <cotangent/cotangent.h>

#include <chrono>
#include <cstdio>

using ct::Tensor;
namespace F = ct::func;

// Squared error of a two-layer tanh MLP on ONE example: a = {W1, b1, W2, x, y}.
F::TensorList loss(const F::TensorList& a) {
  const Tensor &W1 = a[0], &b1 = a[1], &W2 = a[2], &x = a[3], &y = a[4];
  Tensor prediction = ct::matmul(ct::tanh(ct::matmul(x, W1) + b1), W2);
  return {(prediction - y).pow(2).sum()};
}

int main() {
  ct::manual_seed(0);
  const int64_t batch = 64, in = 16, hidden = 32, out = 4;
  Tensor W1 = ct::randn({in, hidden}, ct::float64) / 4, b1 = ct::zeros({hidden}, ct::float64);
  Tensor W2 = ct::randn({hidden, out}, ct::float64) / 6;
  Tensor X = ct::randn({batch, in}, ct::float64), Y = ct::randn({batch, out}, ct::float64);

  // grad w.r.t. the weights (arguments 0-2); vmap over the examples: the
  // weights are shared (in_dim none), x and y are split along dim 0.
  F::Fn per_sample =
      F::vmap(F::grad(loss, {0, 1, 2}), {std::nullopt, std::nullopt, std::nullopt, 0, 0});
  F::TensorList g = per_sample({W1, b1, W2, X, Y});
  std::printf("per-sample gradients: W1 %s, b1 %s, W2 %s\n", ct::to_string(g[0].sizes()).c_str(),
              ct::to_string(g[1].sizes()).c_str(), ct::to_string(g[2].sizes()).c_str());

  // The same, one example at a time.
  auto loop = [&] {
    F::TensorList rows[3];
    for (int64_t i = 0; i < batch; ++i) {
      Tensor w1 = W1.detach().requires_grad_(), c1 = b1.detach().requires_grad_();
      Tensor w2 = W2.detach().requires_grad_();
      std::vector<Tensor> gi = ct::grad(loss({w1, c1, w2, X[i], Y[i]}), {w1, c1, w2});
      for (int k = 0; k < 3; ++k) rows[k].push_back(gi[k]);
    }
    return F::TensorList{ct::stack(rows[0]), ct::stack(rows[1]), ct::stack(rows[2])};
  };
  F::TensorList looped = loop();
  double worst = 0;
  for (int k = 0; k < 3; ++k)
    worst = std::max(worst, (looped[k] - g[k]).abs().max().item<double>());

  auto seconds = [](auto&& f) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 20; ++i) f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 20;
  };
  const double t_vmap = seconds([&] { per_sample({W1, b1, W2, X, Y}); });
  const double t_loop = seconds(loop);

  // Each example's gradient norm (what per-example clipping would bound).
  Tensor norms = (g[0].pow(2).sum({1, 2}) + g[1].pow(2).sum(1) + g[2].pow(2).sum({1, 2})).sqrt();
  std::printf("gradient norms: smallest %.4f, largest %.4f\n", norms.min().item<double>(),
              norms.max().item<double>());
  std::printf("vmap(grad) %.3f ms, loop of %lld grads %.3f ms\n", 1e3 * t_vmap,
              static_cast<long long>(batch), 1e3 * t_loop);
  const bool ok = worst < 1e-12;
  std::printf("vmap(grad) equals the per-example loop: %s (largest difference %.1e)\n",
              ok ? "yes" : "NO", worst);
  return ok ? 0 : 1;
}
