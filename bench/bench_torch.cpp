// The workloads of workloads.md on LibTorch (Debian's libtorch-dev 1.13),
// with the same benchmark names as bench_vjp.cpp so that
// bench/side_by_side.py can pair them. Each call does what
// torch.autograd.functional.vjp does: fresh leaves, forward, autograd::grad.
#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include "workloads.h"

namespace {

using torch::Tensor;
using TL = std::vector<Tensor>;

Tensor leaf(const Tensor& x) { return x.detach().requires_grad_(true); }

TL vjp(const std::function<Tensor(const TL&)>& f, const TL& inputs, const Tensor& v,
       bool create_graph = false) {
  TL in;
  for (const Tensor& x : inputs) in.push_back(leaf(x));
  Tensor out = f(in);
  return torch::autograd::grad({out}, in, {v}, c10::nullopt, create_graph);
}

void BM_ExpReducerVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  Tensor x = torch::rand({n, n});
  Tensor v = torch::ones({n});
  for (auto _ : state) {
    auto r = vjp([](const TL& t) { return workloads::exp_reducer(t[0]); }, {x}, v);
    benchmark::DoNotOptimize(r[0].data_ptr());
  }
}
BENCHMARK(BM_ExpReducerVjp)->Arg(4)->Arg(1024)->Arg(4096)->Unit(benchmark::kMicrosecond);

void BM_AdderVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  Tensor x = torch::rand({n}), y = torch::rand({n});
  Tensor v = torch::ones({n});
  for (auto _ : state) {
    auto r = vjp([](const TL& t) { return workloads::adder(t[0], t[1]); }, {x, y}, v);
    benchmark::DoNotOptimize(r[0].data_ptr());
  }
}
BENCHMARK(BM_AdderVjp)->Arg(16)->Arg(1 << 24)->Unit(benchmark::kMicrosecond);

void BM_MlpVjp(benchmark::State& state) {
  torch::manual_seed(0);
  TL in{torch::randn({64, 256}), torch::randn({256, 256}) * 0.06,
        torch::zeros({256}),     torch::randn({256, 256}) * 0.06,
        torch::zeros({256}),     torch::randn({256, 256}) * 0.06,
        torch::zeros({256})};
  Tensor v = torch::ones({64, 256});
  for (auto _ : state) {
    auto r =
        vjp([](const TL& t) { return workloads::mlp(t[0], t[1], t[2], t[3], t[4], t[5], t[6]); },
            in, v);
    benchmark::DoNotOptimize(r[1].data_ptr());
  }
}
BENCHMARK(BM_MlpVjp)->Unit(benchmark::kMicrosecond);

// (i) per-sample gradients: a loop of torch::autograd::grad calls.
void BM_PerSampleGradsLoop(benchmark::State& state) {
  torch::manual_seed(0);
  Tensor x = torch::randn({64, 256});
  TL params{torch::randn({256, 256}) * 0.06, torch::zeros({256}),
            torch::randn({256, 256}) * 0.06, torch::zeros({256}),
            torch::randn({256, 256}) * 0.06, torch::zeros({256})};
  torch::manual_seed(1);
  Tensor y = torch::randn({64, 256});
  for (Tensor& p : params) p.requires_grad_(true);
  for (auto _ : state) {
    std::vector<TL> per_example;
    for (int64_t i = 0; i < 64; ++i) {
      Tensor loss = workloads::per_sample_loss(x.select(0, i), y.select(0, i), params[0], params[1],
                                               params[2], params[3], params[4], params[5]);
      per_example.push_back(torch::autograd::grad({loss}, params));
    }
    benchmark::DoNotOptimize(per_example.back()[0].data_ptr());
  }
}
BENCHMARK(BM_PerSampleGradsLoop)->Unit(benchmark::kMicrosecond);

void BM_Chain200Vjp(benchmark::State& state) {
  Tensor x = torch::rand({100});
  Tensor v = torch::ones({100});
  for (auto _ : state) {
    auto r = vjp([](const TL& t) { return workloads::chain200(t[0]); }, {x}, v);
    benchmark::DoNotOptimize(r[0].data_ptr());
  }
}
BENCHMARK(BM_Chain200Vjp)->Unit(benchmark::kMicrosecond);

void BM_LogSoftmaxVjp(benchmark::State& state) {
  Tensor x = torch::randn({512, 1000});
  Tensor v = torch::ones({});
  for (auto _ : state) {
    auto r = vjp([](const TL& t) { return torch::log_softmax(t[0], 1).sum(); }, {x}, v);
    benchmark::DoNotOptimize(r[0].data_ptr());
  }
}
BENCHMARK(BM_LogSoftmaxVjp)->Unit(benchmark::kMicrosecond);

void BM_SecondOrderVjp(benchmark::State& state) {
  Tensor x = torch::rand({1024, 1024});
  Tensor v = torch::ones({1024});
  for (auto _ : state) {
    Tensor xl = leaf(x);
    Tensor g = torch::autograd::grad({workloads::exp_reducer(xl)}, {xl}, {v}, true, true)[0];
    Tensor gg = torch::autograd::grad({g}, {xl}, {torch::ones_like(g)})[0];
    benchmark::DoNotOptimize(gg.data_ptr());
  }
}
BENCHMARK(BM_SecondOrderVjp)->Unit(benchmark::kMicrosecond);

// (h) by rows: one autograd::grad per output element (LibTorch's C++ API
// has no is_grads_batched).
void BM_JacobianTanhWx(benchmark::State& state) {
  torch::manual_seed(0);
  Tensor W = torch::randn({100, 100});
  Tensor x = torch::randn({100});
  for (auto _ : state) {
    Tensor xl = leaf(x);
    Tensor y = torch::matmul(W, xl).tanh();
    TL rows;
    for (int64_t i = 0; i < 100; ++i)
      rows.push_back(torch::autograd::grad({y[i]}, {xl}, {}, true)[0]);
    Tensor J = torch::stack(rows);
    benchmark::DoNotOptimize(J.data_ptr());
  }
}
BENCHMARK(BM_JacobianTanhWx)->Arg(0)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  return workloads::main(
      argc, argv, [](int n) { at::set_num_threads(n); },
      [](int calls) {
        Tensor x = torch::rand({4096, 4096});
        Tensor v = torch::ones({4096});
        for (int i = 0; i < calls; ++i)
          vjp([](const TL& t) { return workloads::exp_reducer(t[0]); }, {x}, v);
      });
}
