// Benchmarks of the workloads in workloads.md: (a) the seed vjp at 4x4,
// (b) exp_reducer at 1024^2 and 4096^2, (c) the adder at n = 16 and 2^24,
// (e) a 200-op chain, (h) a 100x100 Jacobian (loop, vectorize, forward);
// and the family on (a)/(b): jvp and hvp natively (dual tensors) against
// torch's double backward trick (selected here by strict=true), and vhp.
// Run: ./build/bench/cotangent_bench
#include <benchmark/benchmark.h>
#include <cotangent/cotangent.h>

#include "workloads.h"

namespace {

auto exp_reducer = [](const ct::Tensor& x) { return workloads::exp_reducer(x); };
auto adder = [](const ct::Tensor& x, const ct::Tensor& y) { return workloads::adder(x, y); };

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
  auto chain = [](const ct::Tensor& t) { return workloads::chain200(t); };
  for (auto _ : state) {
    auto r = ct::vjp(chain, x, v);
    benchmark::DoNotOptimize(r.vjp.raw_data_ptr());
  }
}
BENCHMARK(BM_Chain200Vjp)->Unit(benchmark::kMicrosecond);

// Compiled mode (ct::compile of the whole vjp: recorded once, replayed with
// its elementwise runs fused), beside the eager runs above: (a), (b), (c), (e).
void BM_CompiledExpReducerVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  ct::Tensor x = ct::rand({n, n});
  ct::Tensor v = ct::ones({n});
  auto f = ct::compile([&](const ct::Tensor& t) { return ct::vjp(exp_reducer, t, v).vjp; });
  f(x);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(f(x).raw_data_ptr());
  state.SetItemsProcessed(state.iterations() * n * n);
}
BENCHMARK(BM_CompiledExpReducerVjp)->Arg(4)->Arg(1024)->Arg(4096)->Unit(benchmark::kMicrosecond);

void BM_CompiledAdderVjp(benchmark::State& state) {
  const int64_t n = state.range(0);
  ct::Tensor x = ct::rand({n}), y = ct::rand({n});
  ct::Tensor v = ct::ones({n});
  auto f = ct::compile([&](const ct::Tensor& a, const ct::Tensor& b) {
    auto r = ct::vjp(adder, std::tuple<ct::Tensor, ct::Tensor>{a, b}, v);
    return std::tuple<ct::Tensor, ct::Tensor>{std::get<0>(r.vjp), std::get<1>(r.vjp)};
  });
  f(x, y);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(std::get<0>(f(x, y)).raw_data_ptr());
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_CompiledAdderVjp)->Arg(16)->Arg(1 << 24)->Unit(benchmark::kMicrosecond);

void BM_CompiledChain200Vjp(benchmark::State& state) {
  ct::Tensor x = ct::rand({100});
  ct::Tensor v = ct::ones({100});
  auto chain = [](const ct::Tensor& t) { return workloads::chain200(t); };
  auto f = ct::compile([&](const ct::Tensor& t) { return ct::vjp(chain, t, v).vjp; });
  f(x);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(f(x).raw_data_ptr());
}
BENCHMARK(BM_CompiledChain200Vjp)->Unit(benchmark::kMicrosecond);

// The other order: ct::vjp of a compiled function (a fused forward, one
// autograd node, and the recording's vjp compiled as its backward).
void BM_VjpOfCompiledChain200(benchmark::State& state) {
  ct::Tensor x = ct::rand({100});
  ct::Tensor v = ct::ones({100});
  auto chain = ct::compile([](const ct::Tensor& t) { return workloads::chain200(t); });
  ct::vjp(chain, x, v);  // records both (not timed)
  ct::vjp(chain, x, v);
  for (auto _ : state) benchmark::DoNotOptimize(ct::vjp(chain, x, v).vjp.raw_data_ptr());
}
BENCHMARK(BM_VjpOfCompiledChain200)->Unit(benchmark::kMicrosecond);

// (d) a 3-layer MLP, vjp w.r.t. the input, all weights and biases.
std::vector<ct::Tensor> mlp_inputs() {
  ct::manual_seed(0);
  return {ct::randn({64, 256}), ct::randn({256, 256}) * 0.06,
          ct::zeros({256}),     ct::randn({256, 256}) * 0.06,
          ct::zeros({256}),     ct::randn({256, 256}) * 0.06,
          ct::zeros({256})};
}
ct::Tensor mlp_of(const std::vector<ct::Tensor>& t) {
  return workloads::mlp(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
}

void BM_MlpVjp(benchmark::State& state) {
  std::vector<ct::Tensor> in = mlp_inputs();
  ct::Tensor v = ct::ones({64, 256});
  for (auto _ : state) {
    auto r = ct::vjp(mlp_of, in, v);
    benchmark::DoNotOptimize(r.vjp[1].raw_data_ptr());
  }
}
BENCHMARK(BM_MlpVjp)->Unit(benchmark::kMicrosecond);

// (i) per-sample gradients of the MLP's squared error (batch 64, width
// 256): vmap(grad(loss)) against a loop of ct::grad calls, one per example.
std::vector<ct::Tensor> per_sample_inputs() {
  std::vector<ct::Tensor> in = mlp_inputs();  // x, w1, b1, w2, b2, w3, b3
  ct::manual_seed(1);
  in.insert(in.begin() + 1, ct::randn({64, 256}));  // y
  return in;
}
ct::func::TensorList per_sample_loss(const ct::func::TensorList& t) {
  return {workloads::per_sample_loss(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7])};
}

void BM_PerSampleGradsVmap(benchmark::State& state) {
  const std::vector<ct::Tensor> in = per_sample_inputs();
  auto grads = ct::func::vmap(
      ct::func::grad(per_sample_loss, {2, 3, 4, 5, 6, 7}),
      {0, 0, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  for (auto _ : state) {
    auto g = grads(in);
    benchmark::DoNotOptimize(g[0].raw_data_ptr());
  }
}
BENCHMARK(BM_PerSampleGradsVmap)->Unit(benchmark::kMicrosecond);

void BM_PerSampleGradsLoop(benchmark::State& state) {
  std::vector<ct::Tensor> in = per_sample_inputs();
  std::vector<ct::Tensor> params(in.begin() + 2, in.end());
  for (ct::Tensor& p : params) p.requires_grad_(true);
  for (auto _ : state) {
    std::vector<std::vector<ct::Tensor>> per_example;
    for (int64_t i = 0; i < 64; ++i) {
      ct::Tensor loss =
          workloads::per_sample_loss(in[0].select(0, i), in[1].select(0, i), params[0], params[1],
                                     params[2], params[3], params[4], params[5]);
      per_example.push_back(ct::grad({loss}, params));
    }
    benchmark::DoNotOptimize(per_example.back()[0].raw_data_ptr());
  }
}
BENCHMARK(BM_PerSampleGradsLoop)->Unit(benchmark::kMicrosecond);

// (f) log_softmax over 512x1000, then sum.
void BM_LogSoftmaxVjp(benchmark::State& state) {
  ct::Tensor x = ct::randn({512, 1000});
  auto f = [](const ct::Tensor& t) { return ct::nn::functional::log_softmax(t, 1).sum(); };
  for (auto _ : state) {
    auto r = ct::vjp(f, x, ct::ones({}));
    benchmark::DoNotOptimize(r.vjp.raw_data_ptr());
  }
}
BENCHMARK(BM_LogSoftmaxVjp)->Unit(benchmark::kMicrosecond);

// (g) a vjp with create_graph on (b) 1024^2, then a vjp through the result.
void BM_SecondOrderVjp(benchmark::State& state) {
  ct::Tensor x = ct::rand({1024, 1024});
  ct::Tensor v = ct::ones({1024});
  for (auto _ : state) {
    ct::Tensor xl = x.detach().requires_grad_(true);
    ct::Tensor g = ct::grad({exp_reducer(xl)}, {xl}, {v}, true, true)[0];
    ct::Tensor gg = ct::grad({g}, {xl}, {ct::ones_like(g)})[0];
    benchmark::DoNotOptimize(gg.raw_data_ptr());
  }
}
BENCHMARK(BM_SecondOrderVjp)->Unit(benchmark::kMicrosecond);

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

void BM_JacobianTanhWxForward(benchmark::State& state) {
  ct::manual_seed(0);
  ct::Tensor W = ct::randn({100, 100});
  ct::Tensor x = ct::randn({100});
  auto f = [&](const ct::Tensor& v) { return ct::matmul(W, v).tanh(); };
  for (auto _ : state) {
    ct::Tensor J = ct::jacobian(f, x, false, false, true, ct::Strategy::ForwardMode);
    benchmark::DoNotOptimize(J.raw_data_ptr());
  }
  state.SetLabel("forward-mode");
}
BENCHMARK(BM_JacobianTanhWxForward)->Unit(benchmark::kMicrosecond);

// Compiled variants of (d), (f), (g), (h): the whole transform recorded
// once and replayed.
void BM_CompiledMlpVjp(benchmark::State& state) {
  std::vector<ct::Tensor> in = mlp_inputs();
  ct::Tensor v = ct::ones({64, 256});
  auto c = ct::compile([&](const std::vector<ct::Tensor>& t) { return ct::vjp(mlp_of, t, v).vjp; });
  c(in);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(c(in)[1].raw_data_ptr());
}
BENCHMARK(BM_CompiledMlpVjp)->Unit(benchmark::kMicrosecond);

void BM_VjpOfCompiledMlp(benchmark::State& state) {
  std::vector<ct::Tensor> in = mlp_inputs();
  ct::Tensor v = ct::ones({64, 256});
  auto mlp = ct::compile(mlp_of);
  ct::vjp(mlp, in, v);  // records both (not timed)
  ct::vjp(mlp, in, v);
  for (auto _ : state) benchmark::DoNotOptimize(ct::vjp(mlp, in, v).vjp[1].raw_data_ptr());
}
BENCHMARK(BM_VjpOfCompiledMlp)->Unit(benchmark::kMicrosecond);

void BM_CompiledLogSoftmaxVjp(benchmark::State& state) {
  ct::Tensor x = ct::randn({512, 1000});
  auto f = [](const ct::Tensor& t) { return ct::nn::functional::log_softmax(t, 1).sum(); };
  auto c = ct::compile([&](const ct::Tensor& t) { return ct::vjp(f, t, ct::ones({})).vjp; });
  c(x);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(c(x).raw_data_ptr());
}
BENCHMARK(BM_CompiledLogSoftmaxVjp)->Unit(benchmark::kMicrosecond);

void BM_CompiledSecondOrderVjp(benchmark::State& state) {
  ct::Tensor x = ct::rand({1024, 1024});
  ct::Tensor v = ct::ones({1024});
  auto c = ct::compile([&](const ct::Tensor& t) {
    ct::Tensor xl = t.detach().requires_grad_(true);
    ct::Tensor g = ct::grad({exp_reducer(xl)}, {xl}, {v}, true, true)[0];
    return ct::grad({g}, {xl}, {ct::ones_like(g)})[0];
  });
  c(x);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(c(x).raw_data_ptr());
}
BENCHMARK(BM_CompiledSecondOrderVjp)->Unit(benchmark::kMicrosecond);

void BM_CompiledJacobianTanhWx(benchmark::State& state) {
  const bool vectorize = state.range(0) != 0;
  ct::manual_seed(0);
  ct::Tensor W = ct::randn({100, 100});
  ct::Tensor x = ct::randn({100});
  auto f = [&](const ct::Tensor& v) { return ct::matmul(W, v).tanh(); };
  auto c =
      ct::compile([&](const ct::Tensor& t) { return ct::jacobian(f, t, false, false, vectorize); });
  c(x);  // records (not timed)
  for (auto _ : state) benchmark::DoNotOptimize(c(x).raw_data_ptr());
  state.SetLabel(vectorize ? "vectorize" : "loop");
}
BENCHMARK(BM_CompiledJacobianTanhWx)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// The first call of a compiled function (record + optimise) against one
// eager call of the same vjp: (a), (e), (d). Arg: workload.
void BM_CompiledFirstCall(benchmark::State& state) {
  ct::manual_seed(0);
  ct::Tensor x4 = ct::rand({4, 4}), v4 = ct::ones({4}), x100 = ct::rand({100}),
             v100 = ct::ones({100});
  auto chain = [](const ct::Tensor& t) { return workloads::chain200(t); };
  for (auto _ : state) {
    if (state.range(0) == 0) {
      auto c = ct::compile([&](const ct::Tensor& t) { return ct::vjp(exp_reducer, t, v4).vjp; });
      benchmark::DoNotOptimize(c(x4).raw_data_ptr());
    } else {
      auto c = ct::compile([&](const ct::Tensor& t) { return ct::vjp(chain, t, v100).vjp; });
      benchmark::DoNotOptimize(c(x100).raw_data_ptr());
    }
  }
  state.SetLabel(state.range(0) == 0 ? "a" : "e");
}
BENCHMARK(BM_CompiledFirstCall)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// jvp of exp_reducer: native forward mode (arg 1 = 0) or the double
// backward trick (arg 1 = 1, strict=true takes torch's path).
void BM_ExpReducerJvp(benchmark::State& state) {
  const int64_t n = state.range(0);
  const bool trick = state.range(1) != 0;
  ct::Tensor x = ct::rand({n, n});
  ct::Tensor v = ct::ones({n, n});
  for (auto _ : state) {
    auto r = ct::jvp(exp_reducer, x, v, false, trick);
    benchmark::DoNotOptimize(r.jvp.raw_data_ptr());
  }
  state.SetLabel(trick ? "double-backward" : "native");
}
BENCHMARK(BM_ExpReducerJvp)
    ->Args({4, 0})
    ->Args({4, 1})
    ->Args({1024, 0})
    ->Args({1024, 1})
    ->Unit(benchmark::kMicrosecond);

auto pow_reducer = [](const ct::Tensor& x) { return x.pow(3).sum(); };

// hvp: forward over reverse (native) or double backward trick; vhp: reverse
// over reverse.
void BM_Hvp(benchmark::State& state) {
  const int64_t n = state.range(0);
  const int mode = static_cast<int>(state.range(1));
  ct::Tensor x = ct::rand({n, n});
  ct::Tensor v = ct::ones({n, n});
  for (auto _ : state) {
    ct::Tensor r = mode == 2 ? ct::vhp(pow_reducer, x, v).vhp
                             : ct::hvp(pow_reducer, x, v, false, mode == 1).hvp;
    benchmark::DoNotOptimize(r.raw_data_ptr());
  }
  state.SetLabel(mode == 0 ? "hvp native" : mode == 1 ? "hvp double-backward" : "vhp");
}
BENCHMARK(BM_Hvp)->ArgsProduct({{4, 1024}, {0, 1, 2}})->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  return workloads::main(
      argc, argv, [](int n) { ct::set_num_threads(n); },
      [](int calls) {
        ct::Tensor x = ct::rand({4096, 4096});
        ct::Tensor v = ct::ones({4096});
        for (int i = 0; i < calls; ++i) ct::vjp(exp_reducer, x, v);
      });
}
