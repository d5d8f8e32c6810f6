// Soak: the seed example's vjp a million times and ten thousand Hessians,
// printing the resident set size after warm-up and at the end. Memory must
// stay flat (every graph freed, the buffer cache bounded).
//   ./build/bench/soak [vjp_calls] [hessian_calls]
#include <cotangent/cotangent.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace {

double rss_mib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

template <class F>
void soak(const char* name, long calls, F&& call) {
  const long warmup = calls / 10;
  for (long i = 0; i < warmup; ++i) call();
  const double after_warmup = rss_mib();
  auto t0 = std::chrono::steady_clock::now();
  for (long i = warmup; i < calls; ++i) call();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double end = rss_mib();
  std::printf(
      "%-8s %9ld calls  %8.2f us/call  RSS after warm-up %.2f MiB, at end %.2f MiB (%+.2f)\n", name,
      calls, 1e6 * seconds / static_cast<double>(calls - warmup), after_warmup, end,
      end - after_warmup);
}

}  // namespace

int main(int argc, char** argv) {
  const long vjp_calls = argc > 1 ? std::atol(argv[1]) : 1000000;
  const long hessian_calls = argc > 2 ? std::atol(argv[2]) : 10000;
  ct::manual_seed(0);
  auto exp_reducer = [](const ct::Tensor& x) { return x.exp().sum(1); };
  ct::Tensor inputs = ct::rand({4, 4});
  ct::Tensor v = ct::ones({4});
  soak("vjp", vjp_calls, [&] { (void)ct::vjp(exp_reducer, inputs, v); });
  auto pow_reducer = [](const ct::Tensor& x) { return x.pow(3).sum(); };
  ct::Tensor h_in = ct::rand({2, 2});
  soak("hessian", hessian_calls, [&] { (void)ct::hessian(pow_reducer, h_in); });
}
