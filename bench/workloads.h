// The workloads of workloads.md, written once for any tensor library with
// PyTorch's op names: cotangent's and LibTorch's benchmarks instantiate them
// with their own Tensor type so that both run the same arithmetic.
#pragma once
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace workloads {

// (a), (b): the seed function.
template <class T>
T exp_reducer(const T& x) {
  return x.exp().sum(1);
}

// (c)
template <class T>
T adder(const T& x, const T& y) {
  return 2 * x + 3 * y;
}

// (e) 200 small elementwise ops: sin, *1.0001, +0.5, tanh, 50 times.
template <class T>
T chain200(const T& x) {
  T y = x;
  for (int i = 0; i < 50; ++i) y = ((y.sin() * 1.0001) + 0.5).tanh();
  return y;
}

// (d) a 3-layer MLP, batch 64, width 256.
template <class T>
T mlp(const T& x, const T& w1, const T& b1, const T& w2, const T& b2, const T& w3, const T& b3) {
  T h = (x.matmul(w1) + b1).tanh();
  h = (h.matmul(w2) + b2).tanh();
  return (h.matmul(w3) + b3).tanh();
}

// (i) per-sample gradients: one example's squared error through the MLP
// (x, y: one row each), differentiated w.r.t. the six weights and biases.
template <class T>
T per_sample_loss(const T& x, const T& y, const T& w1, const T& b1, const T& w2, const T& b2,
                  const T& w3, const T& b3) {
  T d = mlp(x, w1, b1, w2, b2, w3, b3) - y;
  return (d * d).sum();
}

// The shared main: BENCH_THREADS=n sets the library's thread count;
// `--peak-rss-b4096` prints the peak resident memory (KiB) of ten calls of
// `b4096` ((b) at 4096^2) instead of running the benchmarks.
template <class SetThreads, class B4096>
int main(int argc, char** argv, SetThreads set_threads, B4096 b4096) {
  if (const char* n = std::getenv("BENCH_THREADS")) set_threads(std::atoi(n));
  if (argc > 1 && std::strcmp(argv[1], "--peak-rss-b4096") == 0) {
    b4096(10);
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::cout << u.ru_maxrss << "\n";
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}

}  // namespace workloads
