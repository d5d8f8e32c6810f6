// Autograd from many threads, as PyTorch promises it (the cases of
// test/autograd/test_multithread.py that apply to a C++ library): concurrent
// backward passes onto shared leaves accumulate every contribution exactly,
// a graph shared by threads raises "Specify retain_graph=True" instead of
// corrupting state, grad mode and dual levels are per thread, and the random
// generator, the caching allocator, set_num_threads and the functional
// transforms are safe to call at once. CI runs this binary under
// ThreadSanitizer (.ci/run), which must report no race.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using ct::Tensor;

// Runs body(i) on n threads that start together; the first exception any
// thread throws fails the test with its message.
void run_threads(int n, const std::function<void(int)>& body) {
  std::barrier start(n);
  std::vector<std::string> errors(static_cast<size_t>(n));
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i)
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      try {
        body(i);
      } catch (const std::exception& e) {
        errors[static_cast<size_t>(i)] = e.what();
      }
    });
  for (auto& t : threads) t.join();
  for (int i = 0; i < n; ++i) EXPECT_EQ(errors[static_cast<size_t>(i)], "") << "thread " << i;
}

constexpr int kThreads = 8;

// test_simple_backward: every thread builds its own graph from one leaf and
// runs backward; the leaf's grad is exactly kThreads times one thread's.
TEST(Threads, ConcurrentBackwardOntoSharedLeafAccumulatesExactly) {
  Tensor x = ct::ones({5, 5}, ct::float64).requires_grad_();
  const int rounds = 20;
  run_threads(kThreads, [&](int) {
    for (int r = 0; r < rounds; ++r) {
      Tensor y = (x + 3) * (x + 4) * 0.5;
      y.sum().backward();
    }
  });
  // d/dx (x+3)(x+4)/2 = x + 3.5, summed over threads and rounds.
  Tensor expected = ct::full({5, 5}, 4.5 * kThreads * rounds, ct::float64);
  ASSERT_TRUE(x.grad().defined());
  EXPECT_TRUE(ct::equal(x.grad(), expected)) << x.grad();
}

// Several leaves shared by all threads, large enough that the accumulation
// itself runs on the thread pool.
TEST(Threads, ConcurrentBackwardLargeLeavesAccumulateExactly) {
  Tensor a = ct::ones({300, 300}, ct::float64).requires_grad_();
  Tensor b = ct::full({300}, 2.0, ct::float64).requires_grad_();
  run_threads(kThreads, [&](int i) {
    Tensor y = (a * b + static_cast<double>(i)).sum();
    y.backward();
  });
  EXPECT_TRUE(ct::equal(a.grad(), ct::full({300, 300}, 2.0 * kThreads, ct::float64)));
  EXPECT_TRUE(ct::equal(b.grad(), ct::full({300}, 300.0 * kThreads, ct::float64)));
}

// test_python_thread_in_middle: threads that backward through a shared part
// of one graph without retain_graph: one of them frees the shared node's
// saved tensors, the others get PyTorch's error; nothing is corrupted.
TEST(Threads, SharedGraphWithoutRetainGraphRaisesTorchError) {
  Tensor x = ct::rand({5, 5}, ct::float64).requires_grad_();
  Tensor shared = x.exp();  // ExpBackward0 saves its output
  std::atomic<int> ok{0}, refused{0};
  std::vector<std::string> other_errors;
  std::mutex m;
  run_threads(kThreads, [&](int) {
    try {
      shared.sum().backward();
      ++ok;
    } catch (const ct::RuntimeError& e) {
      if (std::string(e.what()).find("Specify retain_graph=True") != std::string::npos) {
        ++refused;
      } else {
        std::lock_guard<std::mutex> lock(m);
        other_errors.push_back(e.what());
      }
    }
  });
  EXPECT_TRUE(other_errors.empty()) << other_errors.front();
  EXPECT_GE(ok.load(), 1);
  EXPECT_EQ(ok.load() + refused.load(), kThreads);
  // Each successful pass added exactly exp(x).
  EXPECT_TRUE(ct::allclose(x.grad(), x.detach().exp() * ok.load()));
}

// The same with retain_graph=true: every pass succeeds and adds its share.
TEST(Threads, SharedGraphWithRetainGraphAccumulatesEveryPass) {
  Tensor x = ct::rand({5, 5}, ct::float64).requires_grad_();
  Tensor shared = x.exp() * x;
  run_threads(kThreads, [&](int) { shared.sum().backward({}, /*retain_graph=*/true); });
  Tensor once = (x.detach().exp() * (x.detach() + 1));
  EXPECT_TRUE(ct::allclose(x.grad(), once * kThreads));
}

// Grad mode is per thread: a thread under NoGradGuard does not stop another
// from recording.
TEST(Threads, GradModeIsPerThread) {
  Tensor x = ct::ones({3}).requires_grad_();
  std::barrier sync(2);
  bool recorded_in_other = false, recorded_in_nograd = true;
  std::thread a([&] {
    ct::NoGradGuard guard;
    sync.arrive_and_wait();  // the other thread runs while this one is in no-grad
    recorded_in_nograd = (x * 2).requires_grad();
    sync.arrive_and_wait();
  });
  std::thread b([&] {
    sync.arrive_and_wait();
    recorded_in_other = (x * 2).requires_grad();
    sync.arrive_and_wait();
  });
  a.join();
  b.join();
  EXPECT_FALSE(recorded_in_nograd);
  EXPECT_TRUE(recorded_in_other);
  EXPECT_TRUE(ct::is_grad_enabled());
}

// Forward-mode dual levels are per thread: each thread's jvp sees only its
// own tangents.
TEST(Threads, DualLevelsArePerThread) {
  Tensor x = ct::rand({4, 4}, ct::float64);
  run_threads(kThreads, [&](int i) {
    const double scale = i + 1;
    for (int r = 0; r < 10; ++r) {
      ct::forward_ad::DualLevel level;
      Tensor dual = ct::forward_ad::make_dual(x, ct::full({4, 4}, scale, ct::float64));
      Tensor y = (dual.sin() * dual).sum();
      Tensor tangent = ct::forward_ad::unpack_dual(y).tangent;
      Tensor expected = ((x.cos() * x + x.sin()) * scale).sum();
      if (!ct::allclose(tangent, expected)) throw std::runtime_error("wrong tangent");
    }
  });
}

// Every functional transform from many threads gives the single-thread
// answer.
TEST(Threads, FunctionalTransformsConcurrently) {
  auto f = [](const Tensor& x) { return (x.exp() * x.sin()).sum(); };
  auto g = [](const Tensor& x) { return x.tanh() * 2; };
  Tensor x = ct::rand({6}, ct::float64);
  Tensor v = ct::rand({6}, ct::float64);
  auto vjp_ref = ct::vjp(g, x, v).vjp;
  auto jvp_ref = ct::jvp(g, x, v).jvp;
  Tensor jac_ref = ct::jacobian(g, x);
  Tensor jac_fwd_ref = ct::jacobian(g, x, false, false, true, ct::Strategy::ForwardMode);
  Tensor hess_ref = ct::hessian(f, x);
  auto hvp_ref = ct::hvp(f, x, v).hvp;
  auto vhp_ref = ct::vhp(f, x, v).vhp;
  Tensor grad_ref;
  {
    Tensor xr = x.detach().requires_grad_();
    grad_ref = ct::grad({f(xr)}, {xr})[0];
  }
  run_threads(kThreads, [&](int) {
    for (int r = 0; r < 5; ++r) {
      bool same = ct::allclose(ct::vjp(g, x, v).vjp, vjp_ref) &&
                  ct::allclose(ct::jvp(g, x, v).jvp, jvp_ref) &&
                  ct::allclose(ct::jacobian(g, x), jac_ref) &&
                  ct::allclose(ct::jacobian(g, x, false, false, true, ct::Strategy::ForwardMode),
                               jac_fwd_ref) &&
                  ct::allclose(ct::hessian(f, x), hess_ref) &&
                  ct::allclose(ct::hvp(f, x, v).hvp, hvp_ref) &&
                  ct::allclose(ct::vhp(f, x, v).vhp, vhp_ref);
      Tensor xr = x.detach().requires_grad_();
      same = same && ct::allclose(ct::grad({f(xr)}, {xr})[0], grad_ref);
      if (!same) throw std::runtime_error("a transform differs from its single-thread result");
    }
  });
}

// torch.func from many threads: vmap levels are per thread, and a thread's
// vmap(grad), jacrev, jacfwd and vmap of an op without a cheap rule give
// their single-thread results while others run the same.
TEST(Threads, FuncTransformsConcurrently) {
  namespace F = ct::func;
  using TL = std::vector<Tensor>;
  F::Fn loss = [](const TL& a) { return TL{(ct::tanh(ct::matmul(a[1], a[0])) * a[1]).sum()}; };
  F::Fn g = [](const TL& a) { return TL{ct::nn::functional::softmax(a[0], 0) * a[0].sin()}; };
  Tensor w = ct::rand({5, 5}, ct::float64), xs = ct::rand({7, 5}, ct::float64);
  auto per_sample = F::vmap(F::grad(loss), {std::nullopt, 0});
  auto nested = F::vmap(F::vmap(g));
  const Tensor per_ref = per_sample({w, xs})[0];
  const Tensor jr_ref = F::jacrev(g)({xs[0]})[0];
  const Tensor jf_ref = F::jacfwd(g)({xs[0]})[0];
  const Tensor nested_ref = nested({xs.reshape({7, 5, 1})})[0];
  run_threads(kThreads, [&](int) {
    for (int r = 0; r < 5; ++r) {
      bool same = ct::allclose(per_sample({w, xs})[0], per_ref) &&
                  ct::allclose(F::jacrev(g)({xs[0]})[0], jr_ref) &&
                  ct::allclose(F::jacfwd(g)({xs[0]})[0], jf_ref) &&
                  ct::allclose(nested({xs.reshape({7, 5, 1})})[0], nested_ref);
      if (!same) throw std::runtime_error("a func transform differs from its single-thread result");
    }
  });
}

// manual_seed + rand from several threads: every draw is one whole chunk of
// the generator's stream, never an interleaving or a corrupted state.
TEST(Threads, RandomGeneratorDrawsWholeChunks) {
  const int per_thread = 25, n = 257;
  ct::manual_seed(123);
  std::vector<std::vector<Tensor>> drawn(kThreads);
  run_threads(kThreads, [&](int i) {
    for (int r = 0; r < per_thread; ++r) drawn[static_cast<size_t>(i)].push_back(ct::rand({n}));
  });
  ct::manual_seed(123);
  std::set<std::vector<float>> sequential;
  for (int r = 0; r < kThreads * per_thread; ++r)
    sequential.insert(ct::rand({n}).to_vector<float>());
  std::set<std::vector<float>> concurrent;
  for (auto& list : drawn)
    for (Tensor& t : list) concurrent.insert(t.to_vector<float>());
  EXPECT_EQ(concurrent, sequential);
}

// Large buffers (the caching allocator's range) allocated, written and freed
// from many threads: every tensor keeps its own values.
TEST(Threads, CachingAllocatorFromManyThreads) {
  run_threads(kThreads, [&](int i) {
    for (int r = 0; r < 20; ++r) {
      const double value = i * 100 + r;
      Tensor t = ct::full({300000}, value, ct::float64);  // 2.4 MB
      Tensor u = t + 1.0;
      if (u.min().item<double>() != value + 1 || u.max().item<double>() != value + 1)
        throw std::runtime_error("a buffer was shared between live tensors");
    }
  });
}

// set_num_threads is one process-wide setting, safe to change while other
// threads compute, and results do not depend on it.
TEST(Threads, SetNumThreadsWhileOthersCompute) {
  const int original = ct::get_num_threads();
  Tensor x = ct::rand({200000}, ct::float64);
  const double expected = x.exp().sum().item<double>();
  // Under ThreadSanitizer the pool stays at one thread: libgomp is not
  // instrumented, so its own synchronization would be reported as races.
#if defined(__SANITIZE_THREAD__)
  const int max_pool = 1;
#else
  const int max_pool = 3;
#endif
  run_threads(4, [&](int i) {
    for (int r = 0; r < 10; ++r) {
      if (i == 0) ct::set_num_threads(1 + r % max_pool);
      const double got = x.exp().sum().item<double>();
      if (std::abs(got - expected) > 1e-9 * std::abs(expected))
        throw std::runtime_error("result depends on the thread count");
    }
  });
  ct::set_num_threads(max_pool);
  std::thread other([&] { EXPECT_EQ(ct::get_num_threads(), max_pool); });
  other.join();
  ct::set_num_threads(original);
}

// Errors thrown by kernels on threads of the pool reach the caller.
TEST(Threads, KernelErrorsFromUserThreads) {
  Tensor big = ct::ones({100000}, ct::kInt64);
  Tensor zero = ct::zeros({100000}, ct::kInt64);
  run_threads(4, [&](int) {
    for (int r = 0; r < 5; ++r) {
      try {
        (void)ct::remainder(big, zero);
        throw std::runtime_error("remainder by zero did not throw");
      } catch (const ct::RuntimeError& e) {
        if (std::string(e.what()) != "ZeroDivisionError") throw;
      }
    }
  });
}

// Issue 11's machinery from many threads: writes through views of a shared
// base's clone, stale views regenerated from a base that other threads
// read, custom functions, hooks registered and removed while other threads
// run backward, checkpointing.
struct Twice : ct::autograd::Function<Twice> {
  static Tensor forward(ct::autograd::AutogradContext* ctx, Tensor x) {
    ctx->save_for_backward({x});
    return x * 2;
  }
  static ct::autograd::tensor_list backward(ct::autograd::AutogradContext*,
                                            ct::autograd::tensor_list g) {
    return {g[0] * 2};
  }
};

TEST(Threads, ViewsCustomFunctionsHooksAndCheckpoints) {
  Tensor w = ct::ones({4}, ct::float64).requires_grad_();
  Tensor base = w * 1;  // shared, read by every thread
  Tensor stale = base.narrow(0, 1, 2);
  std::atomic<int> hook_calls{0};
  run_threads(kThreads, [&](int i) {
    for (int rep = 0; rep < 20; ++rep) {
      Tensor y = base.clone();
      y.narrow(0, 0, 2).mul_(3);  // CopySlices on a thread-local base
      Tensor v = y.select(0, 3);
      v.add_(1.0);
      Tensor z = Twice::apply(y);
      ct::HookHandle h = z.register_hook([&](const Tensor&) { hook_calls++; });
      Tensor out =
          ct::checkpoint([](const Tensor& t) { return t.sin(); }, z).sum() + (stale * 1).sum();
      auto g = ct::grad({out}, {w});
      // d/dw [sum sin(2 y) + sum stale], y = (3w0, 3w1, w2, w3 + 1)
      Tensor yd = ct::tensor({3.0, 3.0, 1.0, 2.0}, ct::float64);
      Tensor want = (yd * 2).cos() * 2 * ct::tensor({3.0, 3.0, 1.0, 1.0}, ct::float64) +
                    ct::tensor({0.0, 1.0, 1.0, 0.0}, ct::float64);
      if (!ct::allclose(g[0], want))
        throw std::runtime_error("wrong gradient in thread " + std::to_string(i));
      if (rep % 2) h.remove();
    }
  });
  EXPECT_EQ(hook_calls.load(), kThreads * 20);
}

// Recording is per thread: threads that trace (each its own function), that
// replay one shared trace, and that run the same ops eagerly at the same
// time see only their own calls recorded, and every result is eager's.
TEST(Threads, TracingReplayAndEagerTogether) {
  using TL = std::vector<Tensor>;
  auto f = [](const TL& in) -> TL {
    Tensor h = ct::tanh(ct::matmul(in[0], in[1])).exp();
    Tensor loss = h.sum();
    return {loss, ct::grad({loss}, {in[1]})[0]};
  };
  ct::manual_seed(7);
  Tensor w = ct::randn({4, 3}).requires_grad_(true);
  const ct::Trace shared = ct::trace(f, {ct::randn({5, 4}), w});
  const size_t ops = shared.num_ops();
  std::vector<TL> inputs;
  for (int i = 0; i < kThreads; ++i)
    inputs.push_back({ct::randn({5, 4}), ct::randn({4, 3}).requires_grad_(true)});
  run_threads(kThreads, [&](int i) {
    const TL& in = inputs[static_cast<size_t>(i)];
    for (int round = 0; round < 20; ++round) {
      TL want = f(in), got;
      if (i % 3 == 0) {
        got = shared(in);
      } else if (i % 3 == 1) {
        ct::Trace own = ct::trace(f, in);
        if (own.num_ops() != ops) throw std::runtime_error("a trace saw another thread's ops");
        got = own(in);
      } else {
        got = f(in);
      }
      for (size_t k = 0; k < want.size(); ++k)
        if (!ct::allclose(got[k], want[k], 1e-6, 1e-7)) throw std::runtime_error("wrong result");
    }
  });
}

}  // namespace
