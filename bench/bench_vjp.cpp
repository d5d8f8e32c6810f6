// Benchmarks of the workloads in workloads.md that the foundation covers:
// (a) the seed vjp at 4x4, (b) exp_reducer at 1024^2 and 4096^2, (c) the
// adder at n = 16 and 2^24, (e) a 200-op chain, (h) a 100x100 Jacobian.
// Run: ./build/bench/cotangent_bench
#include <benchmark/benchmark.h>
#include <cotangent/cotangent.h>

namespace {

auto exp_reducer = [](const ct::Tensor& x) { return x.exp().sum(1); };
auto adder = [](const ct::Tensor& x, const ct::Tensor& y) { return 2 * x + 3 * y; };

void BM_ExpReducerVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  ct::Tensor x = ct::rand({n, n});
  ct::Tensor v = ct::ones({n});
  for (auto _ : state) {
    auto r = ct::vjp(exp_reducer, x, v);
    benchmark::DoNotOptimize(r.vjp.raw_data_ptr());
  }
  state.SetItemsProcessed(state.iterations() * n * n);
}
BENCHMARK(BM_ExpReducerVjp)->Arg(4)->Arg(1024)->Arg(4096)->Unit(benchmark::kMicrosecond);

void BM_AdderVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  std::tuple<ct::Tensor, ct::Tensor> inputs{ct::rand({n}), ct::rand({n})};
  ct::Tensor v = ct::ones({n});
  for (auto _ : state) {
    auto r = ct::vjp(adder, inputs, v);
    benchmark::DoNotOptimize(std::get<0>(r.vjp).raw_data_ptr());
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_AdderVjp)->Arg(16)->Arg(1 << 24)->Unit(benchmark::kMicrosecond);

// (e) 200 small elementwise ops on 100 elements: per-op overhead.
void BM_Chain200Vjp(benchmark::State& state) {
  ct::Tensor x = ct::rand({100});
  ct::Tensor v = ct::ones({100});
  auto chain = [](const ct::Tensor& t) {
    ct::Tensor y = t;
    for (int i = 0; i < 50; ++i) y = ((y.sin() * 1.0001) + 0.5).tanh();
    return y;
  };
  for (auto _ : state) {
    auto r = ct::vjp(chain, x, v);
    benchmark::DoNotOptimize(r.vjp.raw_data_ptr());
  }
}
BENCHMARK(BM_Chain200Vjp)->Unit(benchmark::kMicrosecond);

// (h) the full Jacobian of tanh(W x), R^100 -> R^100: one backward per row
// (loop) against one batched backward (vectorize).
void BM_JacobianTanhWx(benchmark::State& state) {
  const bool vectorize = state.range(0) != 0;
  ct::manual_seed(0);
  ct::Tensor W = ct::randn({100, 100});
  ct::Tensor x = ct::randn({100});
  auto f = [&](const ct::Tensor& v) { return ct::matmul(W, v).tanh(); };
  for (auto _ : state) {
    ct::Tensor J = ct::jacobian(f, x, false, false, vectorize);
    benchmark::DoNotOptimize(J.raw_data_ptr());
  }
  state.SetLabel(vectorize ? "vectorize" : "loop");
}
BENCHMARK(BM_JacobianTanhWx)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
