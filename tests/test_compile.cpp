// ct::compile through the public API: a compiled function returns what the
// function returns, records once per signature and replays without running
// the function's code, records again for a new signature (shape, dtype,
// requires_grad, grad mode, argument layout) within max_signatures, and
// composes with the transforms both ways (vjp, hessian and grad of a
// compiled function; a compiled vjp or grad), from many threads at once.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace {

using ct::Tensor;
using TensorVec = std::vector<Tensor>;

Tensor randn(const ct::Shape& s, uint64_t seed, ct::DType dt = ct::float64) {
  ct::manual_seed(seed);
  return ct::randn(s, dt);
}

void expect_close(const Tensor& got, const Tensor& want, double tol = 1e-12) {
  ASSERT_TRUE(got.defined());
  ASSERT_EQ(got.shape(), want.shape());
  ASSERT_EQ(got.dtype(), want.dtype());
  EXPECT_TRUE(ct::allclose(got, want, tol, tol)) << got << "\n" << want;
}

// A function of many ops: matmul, broadcasting, reductions, views, nn.
Tensor model(const Tensor& x, const Tensor& w) {
  Tensor h = ct::matmul(x, w).tanh() * 0.5 + x.sum(1, true).exp() / 10.0;
  return ct::nn::functional::log_softmax(h.transpose(0, 1), 1).sum() + (h * h).mean();
}

TEST(Compile, ReplaysWithoutRunningTheFunction) {
  std::atomic<int> runs{0};
  auto f = ct::compile([&](const Tensor& x, const Tensor& w) {
    ++runs;
    return model(x, w);
  });
  const Tensor w = randn({4, 3}, 1);
  expect_close(f(randn({5, 4}, 2), w), model(randn({5, 4}, 2), w));
  for (uint64_t seed = 3; seed < 8; ++seed) {
    Tensor x = randn({5, 4}, seed);
    expect_close(f(x, w), model(x, w));
  }
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(f.num_recordings(), 1u);
  ct::Trace t = f.trace(randn({5, 4}, 9), w);
  EXPECT_GT(t.num_ops(), 8u);
  EXPECT_EQ(runs.load(), 1);
}

TEST(Compile, ANewSignatureRecordsAgain) {
  std::atomic<int> runs{0};
  auto f = ct::compile(
      [&](const Tensor& x) {
        ++runs;
        return (x * x).sum(0);
      },
      ct::CompileOptions{2, false});
  const Tensor a = randn({3, 2}, 1), b = randn({4, 2}, 2);
  f(a);
  f(b);                  // another shape
  f(a.to(ct::float32));  // another dtype
  EXPECT_EQ(runs.load(), 3);
  EXPECT_EQ(f.num_cached(), 2u);  // max_signatures: (3, 2) float64 was dropped
  f(b);
  EXPECT_EQ(runs.load(), 3);
  f(a);
  EXPECT_EQ(runs.load(), 4);
  Tensor g = a.detach().requires_grad_(true);
  f(g);  // requires_grad is part of the signature
  EXPECT_EQ(runs.load(), 5);
  {
    ct::NoGradGuard no_grad;
    f(g);  // and grad mode
  }
  EXPECT_EQ(runs.load(), 6);
  EXPECT_EQ(f.num_recordings(), 6u);
  EXPECT_THROW(ct::compile([](const Tensor& x) { return x; }, ct::CompileOptions{0, false}),
               ct::ValueError);
}

TEST(Compile, ArgumentAndResultLayouts) {
  auto f = ct::compile([](const Tensor& x, const TensorVec& ys) {
    Tensor s = x;
    for (const Tensor& y : ys) s = s + y;
    return std::tuple<Tensor, Tensor>{s, s.exp()};
  });
  const Tensor x = randn({3}, 1);
  for (size_t n : {1u, 3u, 1u}) {
    TensorVec ys;
    Tensor want = x;
    for (size_t i = 0; i < n; ++i) {
      ys.push_back(randn({3}, 10 + i));
      want = want + ys.back();
    }
    auto [s, e] = f(x, ys);
    expect_close(s, want);
    expect_close(e, want.exp());
  }
  EXPECT_EQ(f.num_recordings(), 2u);  // the vector's length is part of the signature
  auto g = ct::compile([](const TensorVec& v) { return TensorVec{v[1], v[0] * v[1]}; });
  TensorVec out = g(TensorVec{randn({2}, 1), randn({2}, 2)});
  ASSERT_EQ(out.size(), 2u);
  expect_close(out[1], randn({2}, 1) * randn({2}, 2));
}

TEST(Compile, DifferentiatesAReplay) {
  auto f = [](const Tensor& x) { return (x.sin() * x).sum() + x.pow(3).mean(); };
  auto cf = ct::compile(f);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({4}, seed);
    const Tensor v = ct::ones({});
    auto [out, g] = ct::vjp(cf, x, v);
    auto [want_out, want_g] = ct::vjp(f, x, v);
    expect_close(out, want_out);
    expect_close(g, want_g);
    expect_close(ct::hessian(cf, x), ct::hessian(f, x));  // create_graph through a replay
    auto [jout, jv] = ct::jvp(cf, x, ct::ones({4}, ct::float64));
    auto [want_jout, want_jv] = ct::jvp(f, x, ct::ones({4}, ct::float64));
    expect_close(jv, want_jv);
  }
  EXPECT_TRUE(ct::gradcheck([&](const TensorVec& in) { return TensorVec{cf(in[0])}; },
                            {randn({4}, 5).requires_grad_(true)}));
  EXPECT_TRUE(ct::gradgradcheck([&](const TensorVec& in) { return TensorVec{cf(in[0])}; },
                                {randn({4}, 6).requires_grad_(true)}));
}

TEST(Compile, RecordsABackwardPassWithItsForward) {
  const Tensor w = randn({3, 2}, 1);
  auto f = [&](const Tensor& x) { return ct::matmul(x, w).tanh().sum(); };
  std::atomic<int> runs{0};
  auto compiled_vjp = ct::compile([&](const Tensor& x) {
    ++runs;
    auto r = ct::vjp(f, x, ct::ones({}, ct::float64));
    return std::tuple<Tensor, Tensor>{r.output, r.vjp};
  });
  auto compiled_grad = ct::compile([&](const Tensor& x) {
    Tensor xg = x.detach().requires_grad_(true);
    return ct::grad({f(xg)}, {xg})[0];
  });
  for (uint64_t seed = 2; seed < 6; ++seed) {
    const Tensor x = randn({4, 3}, seed);
    auto [out, g] = compiled_vjp(x);
    auto want = ct::vjp(f, x, ct::ones({}, ct::float64));
    expect_close(out, want.output);
    expect_close(g, want.vjp);
    expect_close(compiled_grad(x), want.vjp);
  }
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(compiled_vjp.num_recordings(), 1u);
  EXPECT_EQ(compiled_grad.num_recordings(), 1u);
}

TEST(Compile, EveryTransformCompilesWithItsFunction) {
  // Forward-mode transforms record torch's double backward trick (made of
  // ops) instead of tangents; the results are the eager ones.
  const Tensor w = randn({3, 3}, 1);
  auto f = [&](const Tensor& x) { return ct::matmul(x, w).sin() * x.exp(); };
  auto scalar_f = [&](const Tensor& x) { return (f(x) * x).sum(); };
  const Tensor v = randn({3}, 2);
  using S = ct::Strategy;
  std::vector<std::pair<std::string, std::function<Tensor(const Tensor&)>>> transforms = {
      {"jvp", [&](const Tensor& x) { return ct::jvp(f, x, v).jvp; }},
      {"jvp create_graph", [&](const Tensor& x) { return ct::jvp(f, x, v, true).jvp; }},
      {"vjp", [&](const Tensor& x) { return ct::vjp(f, x, v).vjp; }},
      {"jacobian", [&](const Tensor& x) { return ct::jacobian(f, x); }},
      {"jacobian vectorized",
       [&](const Tensor& x) { return ct::jacobian(f, x, false, false, true); }},
      {"jacobian forward",
       [&](const Tensor& x) { return ct::jacobian(f, x, false, false, true, S::ForwardMode); }},
      {"hessian", [&](const Tensor& x) { return ct::hessian(scalar_f, x); }},
      {"hessian forward-over-reverse",
       [&](const Tensor& x) {
         return ct::hessian(scalar_f, x, false, false, true, S::ForwardMode);
       }},
      {"vhp", [&](const Tensor& x) { return ct::vhp(scalar_f, x, v).vhp; }},
      {"hvp", [&](const Tensor& x) { return ct::hvp(scalar_f, x, v).hvp; }},
      {"grad",
       [&](const Tensor& x) {
         Tensor xg = x.detach().requires_grad_(true);
         return ct::grad({scalar_f(xg)}, {xg})[0];
       }},
  };
  for (const auto& [name, transform] : transforms) {
    SCOPED_TRACE(name);
    auto compiled = ct::compile(transform);
    for (uint64_t seed = 3; seed < 6; ++seed) {
      const Tensor x = randn({3}, seed);
      expect_close(compiled(x), transform(x), 1e-10);
    }
    EXPECT_EQ(compiled.num_recordings(), 1u);
    EXPECT_FALSE(ct::forward_ad::is_active());
  }
}

TEST(Compile, DualTensorsMadeByTheFunctionReplayTheirTangents) {
  // make_dual / unpack_dual and the level are steps: each replay makes its
  // own dual tensors and reads its own tangents.
  const Tensor w = randn({3, 3}, 7);
  auto g = [&](const Tensor& x, const Tensor& t) {
    ct::forward_ad::DualLevel level;
    Tensor y = ct::matmul(w, ct::forward_ad::make_dual(x, t)).sin() * 2.0;
    auto u = ct::forward_ad::unpack_dual(y);
    return std::tuple<Tensor, Tensor>{u.primal * 1.0, u.tangent * 1.0};
  };
  auto f = ct::compile(g);
  for (uint64_t seed = 1; seed < 5; ++seed) {
    const Tensor x = randn({3}, seed), t = randn({3}, seed + 10);
    auto [p, tan] = f(x, t);
    auto [p2, tan2] = g(x, t);
    expect_close(p, p2);
    expect_close(tan, tan2);
    EXPECT_FALSE(ct::forward_ad::is_active());
  }
  EXPECT_EQ(f.num_recordings(), 1u);
}

TEST(Compile, CapturedTensorsAreReadAtEveryReplay) {
  Tensor w = ct::ones({3}, ct::float64);
  auto f = ct::compile([&](const Tensor& x) { return x * w; });
  const Tensor x = randn({3}, 1);
  expect_close(f(x), x);
  {
    ct::NoGradGuard no_grad;
    w.mul_(2.0);
  }
  expect_close(f(x), x * 2.0);
  EXPECT_EQ(f.num_recordings(), 1u);
}

TEST(Compile, AFailingFunctionLeavesNothingRecorded) {
  auto f = ct::compile([](const Tensor& x) { return ct::matmul(x, x); });
  EXPECT_THROW(f(randn({2, 3}, 1)), ct::RuntimeError);
  EXPECT_EQ(f.num_cached(), 0u);
  expect_close(f(randn({2, 2}, 2)), ct::matmul(randn({2, 2}, 2), randn({2, 2}, 2)));
  EXPECT_THROW(f(Tensor()), ct::ValueError);
}

TEST(Compile, ManyThreadsShareOneCompiledFunction) {
  const Tensor w = randn({4, 3}, 1);
  auto f = ct::compile([&](const Tensor& x) { return model(x, w); });
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        const Tensor x = randn({5, 4}, 100 + static_cast<uint64_t>(t * 20 + i));
        if (!ct::allclose(f(x), model(x, w), 1e-12, 1e-12)) ++wrong;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_LE(f.num_recordings(), 4u);  // threads meeting the new signature at once may each record
}

TEST(Compile, TheRecordingDrawsAsAGraph) {
  auto f = ct::compile([](const Tensor& x) { return (x.exp() + 1.0).sum(); });
  const std::string dot = f.trace(randn({3}, 1)).to_dot();
  EXPECT_NE(dot.find("digraph trace"), std::string::npos);
  EXPECT_NE(dot.find("label=\"exp\""), std::string::npos);
  EXPECT_NE(dot.find("label=\"sum\""), std::string::npos);
  EXPECT_NE(dot.find("-> out0"), std::string::npos);
}

// workload e's function: alternating sin, *1.0001, +0.5, tanh
Tensor chain(const Tensor& x, int ops) {
  Tensor y = x;
  for (int i = 0; i < ops; ++i) {
    switch (i % 4) {
      case 0:
        y = y.sin();
        break;
      case 1:
        y = y * 1.0001;
        break;
      case 2:
        y = y + 0.5;
        break;
      default:
        y = y.tanh();
        break;
    }
  }
  return y;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(CompileFusion, AChainOfElementwiseOpsIsOneKernel) {
  for (ct::DType dt : {ct::float32, ct::float64}) {
    auto f = ct::compile([](const Tensor& x) { return chain(x, 200); });
    const double tol = dt == ct::float32 ? 1e-6 : 1e-12;
    for (uint64_t seed = 1; seed < 5; ++seed) {
      const Tensor x = randn({100}, seed, dt);
      expect_close(f(x), chain(x, 200), tol);
    }
    const std::string dot = f.to_dot(randn({100}, 9, dt));
    EXPECT_EQ(count(dot, "fused kernel"), 1u) << dot;
    EXPECT_NE(dot.find("200 ops"), std::string::npos);
  }
}

TEST(CompileFusion, BroadcastingScalarsAndStridedLeaves) {
  auto g = [](const Tensor& x, const Tensor& y, const Tensor& z, const Tensor& s) {
    Tensor a = (x + y * 2.0 - z).exp() / (y + 3.0);
    Tensor b = 1.0 - a * s;
    return std::tuple<Tensor, Tensor>{ct::sub(b, a, 0.5).tanh(), ct::add(a, x, 2.0)};
  };
  auto f = ct::compile(g);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({4, 3}, seed).t();  // non-contiguous (3, 4)
    const Tensor y = randn({4}, seed + 10), z = randn({3, 1}, seed + 20), s = randn({}, seed + 30);
    auto [p, q] = f(x, y, z, s);
    auto [wp, wq] = g(x, y, z, s);
    expect_close(p, wp);
    expect_close(q, wq);
  }
  // y * 2.0 has y's shape (4): a kernel of its own; the rest is one
  EXPECT_EQ(count(f.to_dot(randn({4, 3}, 1).t(), randn({4}, 2), randn({3, 1}, 3), randn({}, 4)),
                  "fused kernel"),
            2u);
}

TEST(CompileFusion, LargeTensorsRunInParallelBlocks) {
  auto g = [](const Tensor& x, const Tensor& y) { return ((x * y).sin() + x.exp() * 0.25) / 3.0; };
  auto f = ct::compile(g);
  const Tensor x = randn({300, 700}, 1), y = randn({700}, 2);  // above the parallel grain
  expect_close(f(x, y), g(x, y));
  const Tensor xf = x.to(ct::float32), yf = y.to(ct::float32);
  expect_close(f(xf, yf), g(xf, yf), 1e-6);
}

TEST(CompileFusion, OtherOpsSplitKernelsAndIntermediatesAreKept) {
  const Tensor w = randn({5, 5}, 3);
  auto g = [&](const Tensor& x) {
    Tensor h = (x * 2.0).sin();       // kernel 1
    Tensor m = ct::matmul(h, w);      // a library call
    Tensor r = (m.tanh() + h) * 0.5;  // kernel 2, reading h
    return std::tuple<Tensor, Tensor, Tensor>{r.sum(), h, r};
  };
  auto f = ct::compile(g);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({2, 5}, seed);
    auto [a, b, c] = f(x);
    auto [wa, wb, wc] = g(x);
    expect_close(a, wa);
    expect_close(b, wb);
    expect_close(c, wc);
  }
  const std::string dot = f.to_dot(randn({2, 5}, 1));
  EXPECT_EQ(count(dot, "fused kernel"), 2u) << dot;
  EXPECT_NE(dot.find("label=\"matmul\""), std::string::npos);
  auto unfused = ct::compile(g, ct::CompileOptions{8, false, false});
  EXPECT_EQ(count(unfused.to_dot(randn({2, 5}, 1)), "fused kernel"), 0u);
  expect_close(std::get<0>(unfused(randn({2, 5}, 5))), std::get<0>(g(randn({2, 5}, 5))));
}

TEST(CompileFusion, ACompiledVjpOfAChainFusesForwardAndBackward) {
  auto g = [](const Tensor& x) { return chain(x, 40); };
  auto f = ct::compile([&](const Tensor& x) {
    auto r = ct::vjp(g, x, ct::ones({100}, ct::float64));
    return std::tuple<Tensor, Tensor>{r.output, r.vjp};
  });
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({100}, seed);
    auto [out, grad] = f(x);
    auto want = ct::vjp(g, x, ct::ones({100}, ct::float64));
    expect_close(out, want.output);
    expect_close(grad, want.vjp);
  }
  const std::string dot = f.to_dot(randn({100}, 1));
  // the forward and the backward in one kernel (the cotangent's ops run before it)
  EXPECT_EQ(count(dot, "fused kernel"), 1u) << dot;
}

TEST(CompileFusion, ValuesNothingReadsAreNotComputed) {
  auto f = ct::compile([](const Tensor& x) {
    Tensor unused = x.sin().exp();
    (void)unused;
    return x * 2.0;
  });
  const Tensor x = randn({7}, 1);
  expect_close(f(x), x * 2.0);
  const std::string dot = f.to_dot(x);
  EXPECT_EQ(dot.find("label=\"sin\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("1 ops"), std::string::npos) << dot;
}

TEST(CompileFusion, InputsThatNeedGradientsReplayWithAutograd) {
  auto f = ct::compile([](const Tensor& x) { return chain(x, 8).sum(); });
  const Tensor x = randn({6}, 1).requires_grad_(true);
  Tensor y = f(x);
  Tensor y2 = f(x);  // a replay: one node with a compiled backward
  ASSERT_TRUE(y2.requires_grad());
  expect_close(ct::grad({y2}, {x})[0], ct::grad({chain(x, 8).sum()}, {x})[0]);
}

}  // namespace

namespace {

TEST(CompileLimits, ReadingValuesWhileRecordingIsRefusedWithAWayOut) {
  const Tensor x = randn({3}, 1);
  auto expect_refused = [&](std::function<Tensor(const Tensor&)> g, const std::string& what) {
    SCOPED_TRACE(what);
    auto f = ct::compile(g);
    try {
      f(x);
      ADD_FAILURE() << "no error";
    } catch (const ct::RuntimeError& e) {
      EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("ct::RecordingPause"), std::string::npos);
    }
    EXPECT_EQ(f.num_cached(), 0u);
  };
  expect_refused([](const Tensor& t) { return t * t.sum().item<double>(); }, "item()");
  expect_refused([](const Tensor& t) { return t * double(t.to_vector<double>()[0]); },
                 "to_vector()");
  expect_refused(
      [](const Tensor& t) {
        std::ostringstream os;
        os << t;
        return t;
      },
      "printing");
  expect_refused([](const Tensor& t) { return ct::equal(t, t) ? t : -t; }, "equal()");
  expect_refused([](const Tensor& t) { return ct::allclose(t, t) ? t : -t; }, "allclose()");
  // The escape hatch: the read runs once, when recording; replays reuse it.
  int prints = 0;
  auto f = ct::compile([&](const Tensor& t) {
    double scale;
    {
      ct::RecordingPause pause;
      scale = t.sum().item<double>();
      ++prints;
    }
    return t * 2.0 + scale * 0;  // (a value fixed at recording)
  });
  expect_close(f(x), x * 2.0);
  expect_close(f(randn({3}, 2)), randn({3}, 2) * 2.0);
  EXPECT_EQ(prints, 1);
}

TEST(CompileLimits, DataDependentShapesAreRefusedUnlessDynamic) {
  auto g = [](const Tensor& t) { return ct::masked_select(t, t > 0.0).exp(); };
  const Tensor x = randn({20}, 1), y = randn({20}, 2);
  try {
    ct::compile(g)(x);
    ADD_FAILURE() << "no error";
  } catch (const ct::RuntimeError& e) {
    EXPECT_NE(std::string(e.what()).find("masked_select"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("dynamic_shapes"), std::string::npos) << e.what();
  }
  auto r = ct::compile([](const Tensor& t) { return ct::repeat_interleave(t > 0.0); });
  EXPECT_THROW(r(x.to(ct::int64)), ct::RuntimeError);
  ct::CompileOptions dynamic;
  dynamic.dynamic_shapes = true;
  auto f = ct::compile(g, dynamic);
  expect_close(f(x), g(x));
  expect_close(f(y), g(y));  // another count of positives: another shape, one recording
  EXPECT_EQ(f.num_recordings(), 1u);
  // A fixed number of repeats fixes the shape: recorded as usual.
  auto rep = ct::compile([](const Tensor& t) { return t.repeat_interleave(2) * 3.0; });
  expect_close(rep(y), y.repeat_interleave(2) * 3.0);
}

TEST(CompileLimits, RandomOpsDrawFreshNumbersFromEagerModesStream) {
  auto g = [](const Tensor& t) {
    return t * ct::rand(t.shape(), t.dtype()) + ct::nn::functional::dropout(t, 0.5, true);
  };
  auto f = ct::compile(g);
  const Tensor x = randn({50}, 1);
  f(x);  // records
  ct::manual_seed(42);
  const Tensor eager = g(x);
  ct::manual_seed(42);
  const Tensor replayed = f(x);
  expect_close(replayed, eager);
  EXPECT_FALSE(ct::allclose(f(x), replayed));  // the next draws
  EXPECT_EQ(f.num_recordings(), 1u);
}

TEST(CompileLimits, InPlaceOpsAndAliasingBehaveAsEagerMode) {
  auto g = [](const Tensor& a, const Tensor& b) {
    Tensor y = a * 2.0;
    y.add_(b).mul_(a);    // in place on an intermediate
    Tensor(b).sub_(1.0);  // in place on an input: the caller sees it, as in eager mode
    return std::tuple<Tensor, Tensor, Tensor>{y, a, a.narrow(0, 1, 2)};  // outputs alias inputs
  };
  auto f = ct::compile(g);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    Tensor a = randn({4}, seed), b = randn({4}, seed + 10);
    Tensor a2 = a.clone(), b2 = b.clone();
    auto [y, same_a, view] = f(a, b);
    auto [y2, same_a2, view2] = g(a2, b2);
    expect_close(y, y2);
    expect_close(b, b2);
    EXPECT_EQ(same_a.raw_data_ptr(), a.raw_data_ptr());
    EXPECT_EQ(view.raw_data_ptr(), static_cast<char*>(a.raw_data_ptr()) + sizeof(double));
    // inputs that alias each other: the same tensor twice
    Tensor c = randn({4}, seed + 20), c2 = c.clone();
    auto [z, unused1, unused2] = f(c, c);
    auto [z2, unused3, unused4] = g(c2, c2);
    expect_close(z, z2);
    expect_close(c, c2);
  }
  EXPECT_EQ(f.num_recordings(), 2u);  // (inputs that alias are a signature of their own)
  // recorded with one tensor twice, called with two: not the same value
  auto sub = ct::compile([](const Tensor& a, const Tensor& b) { return a - b; });
  const Tensor x = randn({3}, 1), y = randn({3}, 2);
  expect_close(sub(x, x), ct::zeros({3}, ct::float64));
  expect_close(sub(x, y), x - y);
  expect_close(sub(x, x), ct::zeros({3}, ct::float64));
  EXPECT_EQ(sub.num_recordings(), 2u);
}

}  // namespace

namespace {

// What a warm replay allocates: its outputs' buffers and nothing else when
// every op of the recording runs in fused kernels (intermediates live in
// reused per-thread blocks).
TEST(CompileMemory, AFusedReplayAllocatesOnlyItsOutputs) {
  const Tensor v = randn({1000}, 9);
  auto chain = [](const Tensor& x) { return ((x.sin() * x).exp() + 1.0) / (x * x + 2.0); };
  auto value = ct::compile(chain);
  auto value_and_more = ct::compile([&](const Tensor& x) {
    Tensor y = chain(x);
    return std::tuple<Tensor, Tensor>{y, (y * v).tanh()};
  });
  const Tensor x = randn({1000}, 1);
  value(x);
  value_and_more(x);
  auto allocations = [] { return ct::memory::allocator_stats().allocations; };
  for (int i = 0; i < 3; ++i) {
    const uint64_t before = allocations();
    Tensor y = value(x);
    EXPECT_EQ(allocations() - before, 1u);
    expect_close(y, chain(x));
    const uint64_t before2 = allocations();
    auto [a, b] = value_and_more(x);
    EXPECT_EQ(allocations() - before2, 2u);
    expect_close(b, (chain(x) * v).tanh());
  }
  // eager evaluation of the same chain allocates per op
  const uint64_t before = allocations();
  chain(x);
  EXPECT_GT(allocations() - before, 5u);
}

}  // namespace

namespace {

TEST(CompileFusion, AVjpReturnedAloneDropsTheForwardOutput) {
  // exp_reducer's vjp: the sum is dead, exp and the product with the
  // expanded cotangent are one pass over x.
  const Tensor v = randn({64}, 2);
  auto er = [](const Tensor& t) { return t.exp().sum(1); };
  auto f = ct::compile([&](const Tensor& x) { return ct::vjp(er, x, v).vjp; });
  const Tensor x = randn({64, 64}, 1);
  expect_close(f(x), ct::vjp(er, x, v).vjp);
  const std::string dot = f.to_dot(x);
  EXPECT_EQ(count(dot, "fused kernel"), 1u) << dot;
  EXPECT_EQ(count(dot, "\"sum\""), 0u) << dot;
  // a random draw is never dropped, even unread: the stream stays eager mode's
  auto g = ct::compile([](const Tensor& t) {
    Tensor unused = ct::rand({3});
    (void)unused;
    return t * 2.0;
  });
  g(x);
  ct::manual_seed(3);
  g(x);
  const Tensor after_replay = ct::rand({3});
  ct::manual_seed(3);
  ct::rand({3});
  expect_close(after_replay, ct::rand({3}));
}

}  // namespace

namespace {

// A custom Function (ct::autograd::Function) inside a compiled function: its
// forward and backward are recorded as the ops they call.
struct ScaledExp : ct::autograd::Function<ScaledExp> {
  static Tensor forward(ct::autograd::AutogradContext* ctx, Tensor x) {
    Tensor y = x.exp() * 3.0;
    ctx->save_for_backward({y});
    return y;
  }
  static ct::autograd::tensor_list backward(ct::autograd::AutogradContext* ctx,
                                            ct::autograd::tensor_list grads) {
    return {grads[0] * ctx->get_saved_variables()[0]};
  }
};

TEST(Compile, CustomFunctionsRecordTheirOps) {
  auto f = [](const Tensor& x) { return (ScaledExp::apply(x) * x).sum(); };
  auto compiled_vjp = ct::compile([&](const Tensor& x) { return ct::vjp(f, x).vjp; });
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({5}, seed);
    expect_close(compiled_vjp(x), ct::vjp(f, x).vjp);
  }
  EXPECT_EQ(compiled_vjp.num_recordings(), 1u);
}

}  // namespace

namespace {

TEST(CompileFusion, ASumOverTrailingDimsEndsTheKernelThatFeedsIt) {
  auto rows = [](const Tensor& x) { return ((x.exp() * 2.0) + x).sum({-1}); };
  auto all = [](const Tensor& x) { return (x.sin() * x).sum(); };
  auto keep = [](const Tensor& x) { return (x * x).sum({1, 2}, true); };
  auto middle = [](const Tensor& x) { return (x * x).sum({0}); };  // not trailing: a library sum
  for (ct::DType dt : {ct::float64, ct::float32}) {
    const double tol = dt == ct::float64 ? 1e-12 : 2e-4;
    // small, and above the parallel grain (rows split across threads)
    for (const ct::Shape& shape : {ct::Shape{3, 5, 7}, ct::Shape{300, 40, 9}}) {
      const Tensor x = randn(shape, 1, dt), x2 = randn(shape, 2, dt);
      using Fn = std::function<Tensor(const Tensor&)>;
      for (auto [g, ops] : {std::pair<Fn, int>{rows, 4}, {all, 3}, {keep, 2}}) {
        auto f = ct::compile(g);
        f(x);
        const Tensor got = f(x2), want = g(x2);
        ASSERT_EQ(got.shape(), want.shape());
        EXPECT_TRUE(ct::allclose(got, want, tol, tol));
        const std::string dot = f.to_dot(x2);
        EXPECT_EQ(count(dot, "fused kernel"), 1u) << dot;
        EXPECT_EQ(count(dot, ": " + std::to_string(ops) + " ops"), 1u) << dot;  // sum included
      }
      auto f = ct::compile(middle);
      f(x);
      EXPECT_TRUE(ct::allclose(f(x2), middle(x2), tol, tol));
    }
  }
  // exp_reducer's forward and vjp together: the forward sum fuses with exp
  const Tensor v = randn({64}, 3);
  auto er = [](const Tensor& t) { return t.exp().sum(1); };
  auto both = ct::compile([&](const Tensor& x) {
    auto r = ct::vjp(er, x, v);
    return std::tuple<Tensor, Tensor>{r.output, r.vjp};
  });
  const Tensor x = randn({64, 64}, 4);
  both(x);
  auto [out, grad] = both(x);
  auto want = ct::vjp(er, x, v);
  expect_close(out, want.output, 1e-12);
  expect_close(grad, want.vjp, 1e-12);
  EXPECT_EQ(count(both.to_dot(x), "\"sum\""), 1u);
}

}  // namespace

namespace {

TEST(Compile, EveryTransformDifferentiatesACompiledFunction) {
  const Tensor w = randn({3, 3}, 1);
  auto f = [&](const Tensor& x) { return ct::matmul(w, x).sin() * x.exp(); };
  auto scalar_f = [&](const Tensor& x) { return (f(x) * x).sum(); };
  auto cf = ct::compile(f);
  auto csf = ct::compile(scalar_f);
  const Tensor v = randn({3}, 2);
  using S = ct::Strategy;
  for (uint64_t seed = 3; seed < 6; ++seed) {
    const Tensor x = randn({3}, seed);
    expect_close(ct::jvp(cf, x, v).jvp, ct::jvp(f, x, v).jvp, 1e-10);
    expect_close(ct::jvp(cf, x, v, true).jvp, ct::jvp(f, x, v, true).jvp, 1e-10);
    expect_close(ct::vjp(cf, x, v).vjp, ct::vjp(f, x, v).vjp, 1e-10);
    for (bool vectorize : {false, true})
      expect_close(ct::jacobian(cf, x, false, false, vectorize),
                   ct::jacobian(f, x, false, false, vectorize), 1e-10);
    expect_close(ct::jacobian(cf, x, false, false, true, S::ForwardMode),
                 ct::jacobian(f, x, false, false, true, S::ForwardMode), 1e-10);
    expect_close(ct::hessian(csf, x), ct::hessian(scalar_f, x), 1e-10);
    expect_close(ct::hessian(csf, x, false, false, true, S::ForwardMode),
                 ct::hessian(scalar_f, x, false, false, true, S::ForwardMode), 1e-10);
    expect_close(ct::hvp(csf, x, v).hvp, ct::hvp(scalar_f, x, v).hvp, 1e-10);
    expect_close(ct::vhp(csf, x, v).vhp, ct::vhp(scalar_f, x, v).vhp, 1e-10);
  }
}

}  // namespace

namespace {

TEST(Compile, ACompiledFunctionInsideAnotherJoinsItsRecording) {
  auto inner = ct::compile([](const Tensor& x) { return (x.sin() * 2.0).exp(); });
  auto outer = ct::compile([&](const Tensor& x) { return inner(x) + inner(x * 3.0).sum(); });
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({5}, seed);
    expect_close(outer(x), (x.sin() * 2.0).exp() + ((x * 3.0).sin() * 2.0).exp().sum());
  }
  EXPECT_EQ(outer.num_recordings(), 1u);
  EXPECT_EQ(inner.num_recordings(), 0u);  // its calls were recorded into outer's
}

}  // namespace

namespace {

// Cases a review found: each replay must give what eager mode gives.
TEST(CompileReview, AFoldedTensorNeverReachesTheCaller) {
  auto f = ct::compile([](const Tensor& x) {
    Tensor p = ct::forward_ad::unpack_dual(ct::zeros({3}, ct::float64)).primal;  // no level
    return std::tuple<Tensor, Tensor>{p, x * 2.0};
  });
  const Tensor x = randn({3}, 1);
  f(x);
  std::get<0>(f(x)).add_(1.0);
  expect_close(std::get<0>(f(x)), ct::zeros({3}, ct::float64));
}

TEST(CompileReview, DualTensorsInALevelEnteredOutsideKeepTheirTangents) {
  auto g = [](const Tensor& x, const Tensor& t) {
    auto d = ct::forward_ad::make_dual(x, t);
    return ct::forward_ad::unpack_dual(ct::sin(d) * 2.0).tangent;
  };
  auto f = ct::compile(g);
  ct::forward_ad::DualLevel level;
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({3}, seed), t = randn({3}, seed + 5);
    expect_close(f(x, t), g(x, t));
  }
}

TEST(CompileReview, RequiresGradSetInsideTheFunctionIsKept) {
  auto f = ct::compile([](const Tensor& x) {
    Tensor w = x.detach().requires_grad_();
    return ct::matmul(w, w);
  });
  for (uint64_t seed = 1; seed < 4; ++seed) {
    Tensor r = f(randn({2, 2}, seed));
    EXPECT_TRUE(r.requires_grad());
    EXPECT_NO_THROW(r.sum().backward());
  }
  auto g = ct::compile([](const Tensor& x) {
    Tensor(x).requires_grad_();  // on the caller's tensor, as eagerly
    return x.detach() * 2.0;
  });
  for (uint64_t seed = 1; seed < 4; ++seed) {
    Tensor x = randn({3}, seed);
    g(x);
    EXPECT_TRUE(x.requires_grad());
  }
}

TEST(CompileReview, AReplayThatFailsLeavesNoDualLevelBehind) {
  auto f = ct::compile([](const Tensor& x, const Tensor& index) {
    ct::forward_ad::DualLevel level;
    Tensor d = ct::forward_ad::make_dual(x, ct::ones_like(x));
    return ct::forward_ad::unpack_dual(ct::gather(d, 0, index)).tangent;
  });
  const Tensor x = randn({4}, 1);
  f(x, ct::tensor({0, 1}));
  EXPECT_THROW(f(x, ct::tensor({0, 9})), ct::Error);  // out of range: only at this replay
  EXPECT_FALSE(ct::forward_ad::is_active());
  expect_close(f(x, ct::tensor({2, 3})), ct::ones({2}, ct::float64));
}

}  // namespace

namespace {

TEST(CompileFusion, RepeatedSubexpressionsAreComputedOnce) {
  auto g = [](const Tensor& x) { return x.sin() * 2.0 + x.sin() * 2.0 + (x + 1.0).exp(); };
  auto f = ct::compile(g);
  const Tensor x = randn({50}, 1), x2 = randn({50}, 2);
  f(x);
  expect_close(f(x2), g(x2));
  const std::string dot = f.to_dot(x2);
  EXPECT_EQ(count(dot, "label=\"sin\""), 1u) << dot;
  EXPECT_EQ(count(dot, "label=\"mul\""), 1u) << dot;
  // not across a write into an input: the second read sees the new values
  auto h = ct::compile([](const Tensor& x) {
    Tensor a = x.sin();
    Tensor(x).add_(1.0);
    return a + x.sin();
  });
  Tensor y = randn({5}, 3), y2 = y.clone();
  h(y.clone());
  expect_close(h(y), y2.sin() + (y2 + 1.0).sin());
}

}  // namespace

namespace {

TEST(CompileMemory, AReplayLetsGoOfValuesAfterTheirLastRead) {
  // ten library steps in a chain: eager mode frees each intermediate as the
  // next is made, and so must a replay (not hold all ten to the end)
  const Tensor w = randn({256, 256}, 1);
  auto g = [&](const Tensor& x) {
    Tensor y = x;
    for (int i = 0; i < 10; ++i) y = ct::matmul(y, w);
    return y;
  };
  auto f = ct::compile(g);
  const Tensor x = randn({256, 256}, 2);
  f(x);
  const size_t buffer = 256 * 256 * sizeof(double);
  ct::memory::reset_peak_stats();
  const size_t before = ct::memory::allocator_stats().allocated_bytes;
  Tensor y = f(x);
  const size_t peak = ct::memory::allocator_stats().peak_allocated_bytes - before;
  EXPECT_LE(peak, 4 * buffer) << peak / buffer << " buffers at once";
  expect_close(y, g(x), 1e-6);
}

}  // namespace

namespace {

// A replay with inputs that need a gradient runs the fused plan and records
// one node whose backward is a compiled vjp of the recording (recorded and
// fused once, differentiable again), instead of one node per op.
TEST(CompileBackward, AReplayIsOneNodeWithACompiledBackward) {
  auto f = [](const Tensor& x) { return chain(x, 12).sum(); };
  auto cf = ct::compile(f);
  const Tensor v = randn({}, 4);
  for (uint64_t seed = 1; seed < 5; ++seed) {
    const Tensor x = randn({300}, seed).requires_grad_(true);
    Tensor y = cf(x);
    expect_close(y, f(x));
    if (seed > 1) {  // (the first call ran f itself, eagerly)
      EXPECT_EQ(y.grad_fn_name(), "CompiledFunctionBackward");
      auto next = ct::autograd::next_functions(y.grad_fn());
      ASSERT_EQ(next.size(), 1u);
      EXPECT_EQ(ct::autograd::accumulated_variable(next[0].first).raw_data_ptr(), x.raw_data_ptr());
    }
    expect_close(ct::vjp(cf, x.detach(), v).vjp, ct::vjp(f, x.detach(), v).vjp);
    // create_graph: the backward's own replay is differentiable
    expect_close(ct::hessian(cf, x.detach()), ct::hessian(f, x.detach()), 1e-10);
    Tensor g = ct::grad({cf(x)}, {x}, {}, std::nullopt, true)[0];
    Tensor want = ct::grad({f(x)}, {x}, {}, std::nullopt, true)[0];
    expect_close(g, want);
    expect_close(ct::grad({(g * g).sum()}, {x})[0], ct::grad({(want * want).sum()}, {x})[0], 1e-10);
  }
  EXPECT_TRUE(ct::gradcheck([&](const TensorVec& in) { return TensorVec{cf(in[0])}; },
                            {randn({5}, 7).requires_grad_(true)}));
  EXPECT_TRUE(ct::gradgradcheck([&](const TensorVec& in) { return TensorVec{cf(in[0])}; },
                                {randn({5}, 8).requires_grad_(true)}));
}

TEST(CompileBackward, OutputsKeepEagerModesGradientFlags) {
  // an output of inputs that need no gradient, an integer output, and two
  // inputs of which one needs a gradient
  auto f = [](const Tensor& x, const Tensor& c) {
    Tensor y = (x * c).exp();
    return std::tuple<Tensor, Tensor, Tensor>{y.sum(0), c.sin(), ct::argmax(y, 0)};
  };
  auto cf = ct::compile(f);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    const Tensor x = randn({3, 4}, seed).requires_grad_(true), c = randn({4}, seed + 9);
    auto [a, b, i] = cf(x, c);
    auto [wa, wb, wi] = f(x, c);
    expect_close(a, wa);
    expect_close(b, wb);
    EXPECT_TRUE(ct::equal(i, wi));
    EXPECT_EQ(a.requires_grad(), wa.requires_grad());
    EXPECT_EQ(b.requires_grad(), wb.requires_grad());
    EXPECT_EQ(i.requires_grad(), wi.requires_grad());
    const Tensor u = randn({4}, seed + 20);
    auto got = ct::grad({a}, {x}, {u});
    expect_close(got[0], ct::grad({wa}, {x}, {u})[0]);
  }
}

TEST(CompileBackward, AnInputChangedInPlaceBeforeBackwardIsAnError) {
  auto cf = ct::compile([](const Tensor& x) { return (x * x).sum(); });
  Tensor x = randn({4}, 1).requires_grad_(true);
  cf(x);
  Tensor leaf = randn({4}, 2).requires_grad_(true);
  Tensor base = leaf * 1.0;
  cf(base);
  Tensor y = cf(base);
  ASSERT_EQ(y.grad_fn_name(), "CompiledFunctionBackward");
  {
    ct::NoGradGuard no_grad;
    base.add_(1.0);
  }
  EXPECT_THROW(y.backward(), ct::RuntimeError);
}

TEST(CompileBackward, AWarmCompiledGradientAllocatesLessThanEagerMode) {
  auto f = [](const Tensor& x) { return chain(x, 12).sum(); };
  auto cf = ct::compile(f);
  const Tensor x = randn({1000}, 3).requires_grad_(true);
  auto allocations = [] { return ct::memory::allocator_stats().allocations; };
  for (int i = 0; i < 2; ++i) ct::grad({cf(x)}, {x});
  uint64_t before = allocations();
  Tensor g = ct::grad({cf(x)}, {x})[0];
  const uint64_t compiled = allocations() - before;
  before = allocations();
  Tensor want = ct::grad({f(x)}, {x})[0];
  const uint64_t eager = allocations() - before;
  expect_close(g, want);
  // the fused backward writes the gradient, and little else
  EXPECT_LE(compiled, 3u);
  EXPECT_GT(eager, 12u);
}

}  // namespace

namespace {

TEST(CompileFusion, ComparisonsWhereCastsAndReluJoinTheKernel) {
  auto g = [](const Tensor& x, const Tensor& mask) {
    Tensor pos = x > 0.0;  // a bool value, returned
    Tensor y = ct::where(pos, x * 2.0, x.exp() - 1.0);
    Tensor m = mask.to(ct::float64);  // a bool input, cast
    Tensor z = ct::where(mask, y, 0.5) + m * y + (y <= x).to(ct::float64) + ct::relu(x - 0.3) +
               ct::where(x < -0.5, -1.0, y);
    return std::tuple<Tensor, Tensor, Tensor>{z, pos, ct::logical_not(ct::ne(z, z))};
  };
  auto f = ct::compile(g);
  for (int64_t n : {7, 100000}) {  // one block, and blocks in parallel
    for (uint64_t seed = 1; seed < 4; ++seed) {
      std::vector<double> values = randn({n}, seed).to_vector<double>();
      for (size_t i = 0; i < values.size(); i += 5) values[i] = std::nan("");
      const Tensor x = ct::from_vector(values);
      const Tensor mask = randn({n}, seed + 7) > 0.0;
      auto [z, pos, finite] = f(x, mask);
      auto [wz, wpos, wfinite] = g(x, mask);
      EXPECT_TRUE(ct::allclose(z, wz, 1e-12, 1e-12, /*equal_nan=*/true));
      EXPECT_EQ(pos.dtype(), ct::kBool);
      EXPECT_TRUE(ct::equal(pos, wpos));
      EXPECT_TRUE(ct::equal(finite, wfinite));
    }
    const std::string dot = f.to_dot(randn({n}, 1), randn({n}, 2) > 0.0);
    EXPECT_EQ(count(dot, "fused kernel"), 1u) << dot;
  }
  // relu's backward (a comparison and a where) fuses with the forward
  const Tensor v = randn({64}, 3);
  auto relu_vjp = ct::compile([&](const Tensor& x) {
    return ct::vjp([](const Tensor& t) { return ct::relu(t * 3.0).sin(); }, x, v).vjp;
  });
  const Tensor x = randn({64}, 4);
  expect_close(relu_vjp(x),
               ct::vjp([](const Tensor& t) { return ct::relu(t * 3.0).sin(); }, x, v).vjp);
  EXPECT_EQ(count(relu_vjp.to_dot(x), "fused kernel"), 1u) << relu_vjp.to_dot(x);
}

}  // namespace

namespace {

// What a review of the compiled backward found: each case must behave as
// the eager call (and the first, recording, call) does.
TEST(CompileBackward, BehavesAsEagerModeAfterTheFirstCall) {
  auto warm = [](auto& f, auto... args) {  // the recording call, then a replay
    f(args...);
    f(args...);
  };
  const Tensor x0 = randn({4}, 1);
  // a no_grad scope inside the function stays one
  auto g1 = [](const Tensor& x) {
    Tensor s;
    {
      ct::NoGradGuard no_grad;
      s = x * 2.0;
    }
    return (x * s).sum();
  };
  auto c1 = ct::compile(g1);
  warm(c1, x0.detach().requires_grad_(true));
  for (int i = 0; i < 2; ++i) {
    Tensor x = x0.detach().requires_grad_(true);
    expect_close(ct::grad({c1(x)}, {x})[0], ct::grad({g1(x)}, {x})[0]);
  }
  // a captured tensor changed in place before backward: eager's version error
  Tensor w = ct::ones({4}, ct::float64);
  auto c2 = ct::compile([&](const Tensor& x) { return (x * w).sin(); });
  warm(c2, x0.detach().requires_grad_(true));
  {
    Tensor x = x0.detach().requires_grad_(true);
    Tensor y = c2(x);
    {
      ct::NoGradGuard no_grad;
      w.mul_(2.0);
    }
    EXPECT_THROW(y.sum().backward(), ct::RuntimeError);
  }
  // an input the differentiated output does not use gets no gradient
  auto c3 = ct::compile([](const Tensor& x, const Tensor& y) {
    return std::tuple<Tensor, Tensor>{x.sum(), y * 2.0};
  });
  warm(c3, x0.detach().requires_grad_(true), x0.detach().requires_grad_(true));
  {
    Tensor x = x0.detach().requires_grad_(true), y = x0.detach().requires_grad_(true);
    auto [a, b] = c3(x, y);
    auto g = ct::grad({a}, {x, y}, {}, true, false, /*allow_unused=*/true);
    expect_close(g[0], ct::ones({4}, ct::float64));
    EXPECT_FALSE(g[1].defined());
    EXPECT_THROW(ct::grad({a}, {x, y}), ct::RuntimeError);
    a.backward();
    EXPECT_FALSE(y.grad().defined());
  }
  // an input changed in place after the call: an error only where eager
  // mode saved it
  auto c4 = ct::compile([](const Tensor& x) { return x * 2.0; });
  auto c5 = ct::compile([](const Tensor& x) { return x * x; });
  warm(c4, x0.detach().requires_grad_(true));
  warm(c5, x0.detach().requires_grad_(true));
  {
    Tensor leaf = x0.detach().requires_grad_(true);
    Tensor z = leaf * 1.0, z2 = leaf * 1.0;
    Tensor y = c4(z).sum(), y2 = c5(z2).sum();
    {
      ct::NoGradGuard no_grad;
      z.add_(1.0);
      z2.add_(1.0);
    }
    EXPECT_NO_THROW(y.backward());
    EXPECT_THROW(y2.backward(), ct::RuntimeError);
  }
  // an output eager mode saved, changed in place: the version error
  auto c6 = ct::compile([](const Tensor& x) { return x.exp(); });
  warm(c6, x0.detach().requires_grad_(true));
  {
    Tensor x = x0.detach().requires_grad_(true);
    Tensor y = c6(x);
    {
      ct::NoGradGuard no_grad;
      y.mul_(2.0);
    }
    EXPECT_THROW(y.sum().backward(), ct::RuntimeError);
  }
  // backward twice through a function that saves nothing: allowed
  auto c7 = ct::compile([](const Tensor& x) { return x * 2.0 + 1.0; });
  warm(c7, x0.detach().requires_grad_(true));
  {
    Tensor x = x0.detach().requires_grad_(true);
    Tensor y = c7(x).sum();
    y.backward();
    EXPECT_NO_THROW(y.backward());
    expect_close(x.grad(), ct::full({4}, 4.0, ct::float64));
  }
}

TEST(CompileBackward, MatmulResultsAreSavedAndElementwiseValuesRecomputed) {
  // an MLP layer: the backward reads the GEMM's result (saved) and tanh's
  // (recomputed from it in the backward's fused kernel)
  const Tensor w = randn({8, 8}, 2);
  auto f = [&](const Tensor& x) { return ct::matmul(x, w).tanh().sum(); };
  auto cf = ct::compile(f);
  for (uint64_t seed = 1; seed < 4; ++seed) {
    Tensor x = randn({5, 8}, seed).requires_grad_(true);
    expect_close(ct::grad({cf(x)}, {x})[0], ct::grad({f(x)}, {x})[0]);
    // (float32 cotangents for a float64 output, as ct::vjp allows)
    expect_close(ct::vjp(cf, x.detach(), ct::ones({})).vjp,
                 ct::vjp(f, x.detach(), ct::ones({})).vjp);
  }
}

}  // namespace

namespace {

// Library steps (GEMMs, softmax) write into buffers planned by the first
// replay (liveness, reuse): a warm replay allocates only what it returns.
TEST(CompileMemory, AWarmReplayOfLibraryStepsAllocatesOnlyItsOutputs) {
  const Tensor w = randn({64, 64}, 1) * 0.2;
  auto g = [&](const Tensor& x) {
    Tensor y = x;
    for (int i = 0; i < 6; ++i) y = ct::matmul(y, w).tanh();
    return std::tuple<Tensor, Tensor>{ct::nn::functional::softmax(y, 1), y.sum(0)};
  };
  auto f = ct::compile(g);
  const Tensor x = randn({64, 64}, 2);
  f(x);  // records
  f(x);  // the first replay: plans the buffers
  auto allocations = [] { return ct::memory::allocator_stats().allocations; };
  for (uint64_t seed = 3; seed < 6; ++seed) {
    const Tensor xs = randn({64, 64}, seed);
    const uint64_t before = allocations();
    auto [a, b] = f(xs);
    EXPECT_EQ(allocations() - before, 2u);
    auto [wa, wb] = g(xs);
    expect_close(a, wa, 1e-12);
    expect_close(b, wb, 1e-12);
  }
  // from many threads at once: each replay has an arena of its own
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      const Tensor xs = randn({64, 64}, 10 + static_cast<uint64_t>(t));
      const Tensor want = std::get<0>(g(xs));
      for (int i = 0; i < 20; ++i)
        if (!ct::allclose(std::get<0>(f(xs)), want, 1e-12, 1e-12)) ++wrong;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace

namespace {

// The arena learns again when a replay asks differently: a transposed
// input (another layout), or a first replay that failed part way.
TEST(CompileMemory, TheArenaLearnsAgainAfterOtherLayoutsAndErrors) {
  const Tensor w = randn({32, 32}, 1);
  auto g = [&](const Tensor& x, const Tensor& index) {
    Tensor y = ct::matmul(ct::index_select(x, 0, index), w).tanh();
    return ct::matmul(y, w).sum(1);
  };
  auto f = ct::compile(g);
  const Tensor x = randn({32, 32}, 2);
  const Tensor good = ct::arange(0, 32), bad = ct::full({32}, 40.0, ct::kInt64);
  f(x, good);                               // records
  EXPECT_THROW(f(x, bad), ct::IndexError);  // the first replay fails part way
  auto allocations = [] { return ct::memory::allocator_stats().allocations; };
  auto warm_allocations = [&](const Tensor& in) {
    f(in, good);  // (learns, if it must)
    const uint64_t before = allocations();
    Tensor r = f(in, good);
    const uint64_t n = allocations() - before;
    expect_close(r, g(in, good), 1e-10);
    return n;
  };
  EXPECT_EQ(warm_allocations(x), 1u);
  const Tensor xt = x.t();  // another layout: its own arena
  EXPECT_EQ(warm_allocations(xt), 1u);
  EXPECT_EQ(warm_allocations(x), 1u);
  for (int i = 0; i < 3; ++i) {  // alternating layouts
    expect_close(f(xt, good), g(xt, good), 1e-10);
    expect_close(f(x, good), g(x, good), 1e-10);
  }
  EXPECT_EQ(warm_allocations(x), 1u);
}

}  // namespace
