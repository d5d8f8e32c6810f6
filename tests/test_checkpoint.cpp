// ct::checkpoint: the same values and gradients as the plain run, saved
// tensors recomputed instead of kept, dropout's mask recomputed the same.
#include <gtest/gtest.h>

#include "cotangent/cotangent.h"

namespace {

using ct::Tensor;

Tensor block(const Tensor& x, const Tensor& w) { return ct::tanh(x.matmul(w)).sin() * x; }

TEST(Checkpoint, SameGradientsAsThePlainRun) {
  ct::manual_seed(0);
  Tensor x = ct::randn({4, 8}, ct::float64).requires_grad_();
  Tensor w = ct::randn({8, 8}, ct::float64).requires_grad_();
  auto plain = ct::grad({block(block(x, w), w).sum()}, {x, w});
  int calls = 0;
  auto f = [&](const std::vector<Tensor>& in) {
    ++calls;
    return std::vector<Tensor>{block(in[0], in[1])};
  };
  Tensor h = ct::checkpoint(f, {x, w})[0];
  Tensor out = ct::checkpoint(f, {h, w})[0];
  EXPECT_EQ(calls, 2);
  EXPECT_TRUE(out.requires_grad());
  auto g = ct::grad({out.sum()}, {x, w});
  EXPECT_EQ(calls, 4);  // each segment ran again once
  EXPECT_TRUE(ct::allclose(g[0], plain[0], 1e-12, 1e-12));
  EXPECT_TRUE(ct::allclose(g[1], plain[1], 1e-12, 1e-12));
  // create_graph through a checkpoint: second derivatives
  Tensor s = ct::tensor({0.3, -0.7}, ct::float64).requires_grad_();
  auto cube = [](const std::vector<Tensor>& in) { return std::vector<Tensor>{in[0].pow(3)}; };
  Tensor g1 = ct::grad({ct::checkpoint(cube, {s})[0].sum()}, {s}, {}, std::nullopt, true)[0];
  Tensor g2 = ct::grad({g1.sum()}, {s})[0];
  EXPECT_TRUE(ct::allclose(g2, s.detach() * 6));
  // under the functional transforms
  Tensor hs =
      ct::hessian([&](const Tensor& t) { return ct::checkpoint(cube, {t})[0].sum(); }, s.detach());
  EXPECT_TRUE(ct::allclose(hs, ct::diag(s.detach() * 6)));
}

TEST(Checkpoint, DropoutRecomputesTheSameMask) {
  Tensor x = ct::ones({1000}, ct::float64).requires_grad_();
  auto f = [](const Tensor& t) { return ct::nn::functional::dropout(t * 2, 0.5, true); };
  ct::manual_seed(7);
  Tensor y = ct::checkpoint(f, x);
  Tensor between = ct::rand({3});  // draws in between do not matter
  y.sum().backward();
  // the gradient is 2 * mask / (1 - p) with the forward's mask
  Tensor mask = (y.detach() != 0).to(ct::float64);
  EXPECT_TRUE(ct::allclose(x.grad(), mask * 4));
  EXPECT_GT(mask.sum().item<double>(), 400);
}

TEST(Checkpoint, KeepsOnlyTheBoundaries) {
  // 32 layers of width 128, batch 256: the plain graph keeps two
  // activations per layer; checkpointing every 4 layers keeps 8 boundaries
  // and one segment's recomputed activations at a time.
  ct::manual_seed(1);
  std::vector<Tensor> ws;
  for (int i = 0; i < 32; ++i) ws.push_back((ct::randn({128, 128}) * 0.05).requires_grad_());
  Tensor x = ct::randn({256, 128});
  std::vector<std::function<Tensor(const Tensor&)>> layers;
  for (const Tensor& w : ws)
    layers.push_back([w](const Tensor& h) { return ct::tanh(h.matmul(w)); });
  auto peak_of = [&](bool ckpt) {
    ct::memory::reset_peak_stats();
    const size_t base = ct::memory::allocator_stats().allocated_bytes;
    Tensor out = ckpt ? ct::checkpoint_sequential(layers, 8, x) : [&] {
      Tensor h = x;
      for (auto& l : layers) h = l(h);
      return h;
    }();
    auto g = ct::grad({out.sum()}, {ws[0]});
    return ct::memory::allocator_stats().peak_allocated_bytes - base;
  };
  const size_t plain = peak_of(false);
  const size_t ckpt = peak_of(true);
  EXPECT_LT(ckpt * 2, plain) << "plain " << plain << " checkpointed " << ckpt;
  // and the same gradient
  auto g_plain = [&] {
    Tensor h = x;
    for (auto& l : layers) h = l(h);
    return ct::grad({h.sum()}, {ws[3]})[0];
  }();
  Tensor g_ckpt = ct::grad({ct::checkpoint_sequential(layers, 8, x).sum()}, {ws[3]})[0];
  EXPECT_TRUE(ct::allclose(g_plain, g_ckpt, 1e-5, 1e-6));
}

}  // namespace
