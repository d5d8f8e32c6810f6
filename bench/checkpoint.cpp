// Checkpointing's memory and time (README numbers): a 64-layer tanh MLP,
// width 1024, batch 256, float32, under ct::vjp, plain and with a
// checkpoint every 8 layers (checkpoint_sequential, 8 segments). The vjp is
// taken w.r.t. the input batch, or with `weights` w.r.t. every weight (then
// the 64 weight gradients themselves, 256 MiB, set the peak of both runs).
//   ./build/bench/checkpoint_bench [layers] [width] [batch] [repeats] [input|weights]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cotangent/cotangent.h"

int main(int argc, char** argv) {
  const int layers = argc > 1 ? std::atoi(argv[1]) : 64;
  const int64_t width = argc > 2 ? std::atoll(argv[2]) : 1024;
  const int64_t batch = argc > 3 ? std::atoll(argv[3]) : 256;
  const int repeats = argc > 4 ? std::atoi(argv[4]) : 3;
  const bool wrt_weights = argc > 5 && std::string(argv[5]) == "weights";
  ct::manual_seed(0);
  std::vector<ct::Tensor> ws;
  for (int i = 0; i < layers; ++i)
    ws.push_back(ct::randn({width, width}) * (1.0 / std::sqrt(static_cast<double>(width))));
  ct::Tensor x = ct::randn({batch, width});
  auto run = [&](bool ckpt) {
    // in: the weights followed by the input batch
    auto f = [&](const std::vector<ct::Tensor>& in) {
      std::vector<std::function<ct::Tensor(const ct::Tensor&)>> g;
      for (int i = 0; i < layers; ++i)
        g.push_back([wi = in[i]](const ct::Tensor& h) { return ct::tanh(h.matmul(wi)); });
      if (ckpt) return ct::checkpoint_sequential(g, 8, in.back()).sum();
      ct::Tensor h = in.back();
      for (auto& l : g) h = l(h);
      return h.sum();
    };
    double best = 1e30;
    size_t peak = 0;
    for (int r = 0; r < repeats; ++r) {
      ct::memory::reset_peak_stats();
      const size_t base = ct::memory::allocator_stats().allocated_bytes;
      auto t0 = std::chrono::steady_clock::now();
      std::vector<ct::Tensor> in = ws;
      in.push_back(x);
      ct::Tensor out;
      if (wrt_weights) {
        out = ct::vjp(f, in, ct::ones({})).output;
      } else {
        out = ct::vjp(
                  [&](const ct::Tensor& xb) {
                    std::vector<ct::Tensor> a = ws;
                    a.push_back(xb);
                    return f(a);
                  },
                  x, ct::ones({}))
                  .vjp;
      }
      auto t1 = std::chrono::steady_clock::now();
      best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
      peak = ct::memory::allocator_stats().peak_allocated_bytes - base;
    }
    return std::make_pair(best, peak);
  };
  auto [t_plain, m_plain] = run(false);
  auto [t_ckpt, m_ckpt] = run(true);
  std::printf("layers %d width %lld batch %lld, vjp w.r.t. the %s, best of %d\n", layers,
              static_cast<long long>(width), static_cast<long long>(batch),
              wrt_weights ? "weights" : "input", repeats);
  std::printf("plain        %8.3f s  peak %8.1f MiB\n", t_plain, m_plain / 1048576.0);
  std::printf("checkpointed %8.3f s  peak %8.1f MiB\n", t_ckpt, m_ckpt / 1048576.0);
  std::printf("ratio: memory %.3f, time %.3f\n", static_cast<double>(m_ckpt) / m_plain,
              t_ckpt / t_plain);
}
