// How sensitive is a damped pendulum's final angle to its parameters?
// theta'' = -(g/L) sin(theta) - k theta', from theta = 1 rad at rest,
// integrated by semi-implicit Euler for 1,000 steps of 10 ms. The
// derivatives of the angle after 10 s with respect to p = (g/L, k) come
// from forward mode (ct::jvp, one pass per parameter; ct::forward_ad with
// both tangents in one batched pass), from reverse mode
// (ct::vjp, one pass for both), and from a compiled vjp (ct::compile records
// the rollout and its backward once, then replays them fused), and are
// checked against central finite differences. Prints the timings and the
// compiled vjp's speed-up; exits non-zero if any derivative disagrees.
#include <cotangent/cotangent.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <tuple>

using ct::Tensor;

// The angle after 1,000 steps of 10 ms for parameters p = (g/L, k).
Tensor final_angle(const Tensor& p) {
  const int steps = 1000;
  const double dt = 0.01;
  Tensor g_over_l = p[0], k = p[1];
  Tensor theta = ct::tensor(1.0, ct::float64), omega = ct::tensor(0.0, ct::float64);
  for (int i = 0; i < steps; ++i) {
    omega = omega + dt * (-g_over_l * ct::sin(theta) - k * omega);
    theta = theta + dt * omega;
  }
  return theta;
}

// Mean seconds per call of f over `calls` calls.
template <class F>
double seconds_per_call(F&& f, int calls) {
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < calls; ++i) f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / calls;
}

int main() {
  const Tensor p = ct::tensor({9.81, 0.5}, ct::float64);  // g/L (L = 1 m), damping k
  const Tensor e0 = ct::tensor({1.0, 0.0}, ct::float64), e1 = ct::tensor({0.0, 1.0}, ct::float64);

  // Forward mode: one jvp per parameter direction.
  auto forward = [&] {
    return ct::stack({ct::jvp(final_angle, p, e0).jvp, ct::jvp(final_angle, p, e1).jvp});
  };
  // Forward mode by hand (ct::forward_ad, as torch.autograd.forward_ad): a
  // dual level of batch 2 carries both tangent directions through one pass.
  auto batched_forward = [&] {
    ct::forward_ad::DualLevel level(/*batch=*/2);
    Tensor dual = ct::forward_ad::make_dual(p, ct::eye(2, std::nullopt, ct::float64));
    return ct::forward_ad::unpack_dual(final_angle(dual)).tangent;  // one entry per direction
  };
  // Reverse mode: one vjp gives the whole gradient.
  auto reverse = [&] { return ct::vjp(final_angle, p).vjp; };
  // Reverse mode, compiled: the first call records the rollout and its
  // backward; every later call replays them without running final_angle.
  auto compiled_vjp = ct::compile([](const Tensor& params) {
    auto [angle, gradient] = ct::vjp(final_angle, params);
    return std::tuple{angle, gradient};
  });
  auto compiled = [&] { return std::get<1>(compiled_vjp(p)); };

  // Central differences, step 1e-6.
  auto fd = [&](const Tensor& e) {
    const double h = 1e-6;
    return (final_angle(p + h * e) - final_angle(p - h * e)).item<double>() / (2 * h);
  };
  const Tensor finite = ct::tensor({fd(e0), fd(e1)}, ct::float64);

  std::printf("angle after 1,000 steps: %.6f rad\n", final_angle(p).item<double>());
  std::printf("d angle / d (g/L, k):\n");
  bool ok = true;
  const std::tuple<const char*, Tensor> results[] = {{"ct::jvp (forward)", forward()},
                                                     {"forward_ad, batch 2", batched_forward()},
                                                     {"ct::vjp (reverse)", reverse()},
                                                     {"compiled vjp", compiled()},
                                                     {"finite differences", finite}};
  for (const auto& [name, d] : results) {
    const bool close = ct::allclose(d, finite, 1e-6, 1e-8);
    ok = ok && close;
    std::printf("  %-20s (%+.6f, %+.6f)%s\n", name, d[0].item<double>(), d[1].item<double>(),
                close ? "" : "  <- differs from finite differences");
  }

  const double t_forward = seconds_per_call(forward, 5);
  const double t_batched = seconds_per_call(batched_forward, 5);
  const double t_reverse = seconds_per_call(reverse, 5);
  const double t_compiled = seconds_per_call(compiled, 50);
  std::printf(
      "time per gradient: jvp x 2 %.2f ms, forward_ad batch 2 %.2f ms, vjp %.2f ms, compiled "
      "vjp %.3f ms\n",
      1e3 * t_forward, 1e3 * t_batched, 1e3 * t_reverse, 1e3 * t_compiled);
  std::printf("compiled vjp speed-up over eager vjp: %.1fx\n", t_reverse / t_compiled);
  std::printf("all derivatives agree with finite differences: %s\n", ok ? "yes" : "NO");
  return ok ? 0 : 1;
}
