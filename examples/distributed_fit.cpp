// Logistic regression fitted by Newton's method on data sharded across MPI
// ranks: each rank holds its own rows, ct::distributed::grad sums the
// ranks' gradients, and each rank's Hessian (ct::hessian of its local loss)
// is summed by one in-place all_reduce. Every rank then takes the same
// Newton step, so the weights stay identical everywhere.
//
//   mpirun -np 2 ./build/examples/distributed_fit [--rows-per-rank N] [--features D] [--steps K]
//
// The data is a function of the global row index, so 2 ranks with N rows
// each fit exactly the data 1 rank with 2N rows fits (same weights, to
// rounding). The timing lines give the weak-scaling numbers in README.
#include <cotangent/cotangent.h>
#include <cotangent/distributed.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace dist = ct::distributed;
using ct::Tensor;

struct Shard {
  Tensor X, y;  // [rows, features + 1] (last column: the bias), [rows]
};

// Rows [first, first + rows) of a synthetic data set: features from smooth
// functions of the row index, labels from a known weight vector plus
// deterministic noise.
Shard make_shard(int64_t first, int64_t rows, int64_t features, const Tensor& true_w) {
  Tensor i = ct::arange(first, first + rows, 1, ct::float64).unsqueeze(1);
  Tensor j = ct::arange(features, ct::float64).unsqueeze(0);
  Tensor X = ct::sin(i * (0.013 * (j + 1)) + j * 0.7) + 0.5 * ct::cos(i * 0.0071 * (j + 3));
  X = ct::cat({X, ct::ones({rows, 1}, ct::float64)}, 1);
  Tensor noise = ct::sin(i.squeeze(1) * 12.9898) * 43758.5453;
  noise = (noise - ct::floor(noise) - 0.5) * 1.5;
  Tensor y = ((ct::matmul(X, true_w) + noise) > 0).to(ct::float64);
  return {X, y};
}

Tensor loss_of(const Shard& s, const Tensor& w) {
  return ct::nn::functional::binary_cross_entropy_with_logits(ct::matmul(s.X, w), s.y, {}, "sum");
}

int64_t flag(int argc, char** argv, const char* name, int64_t fallback) {
  for (int a = 1; a + 1 < argc; ++a)
    if (std::strcmp(argv[a], name) == 0) return std::atoll(argv[a + 1]);
  return fallback;
}

int main(int argc, char** argv) {
  dist::init();
  const int rank = dist::get_rank(), ranks = dist::get_world_size();
  const int64_t rows = flag(argc, argv, "--rows-per-rank", 100000);
  const int64_t features = flag(argc, argv, "--features", 16);
  const int64_t steps = flag(argc, argv, "--steps", 8);
  const int64_t total_rows = rows * ranks;

  Tensor true_w = ct::sin(ct::arange(features + 1, ct::float64) * 1.7) * 2.0;
  Shard shard = make_shard(rank * rows, rows, features, true_w);
  auto local_loss = [&](const Tensor& w) { return loss_of(shard, w); };

  if (rank == 0)
    std::printf("logistic regression: %lld rows on %d rank(s) (%lld each), %lld features\n",
                static_cast<long long>(total_rows), ranks, static_cast<long long>(rows),
                static_cast<long long>(features));
  Tensor w = ct::zeros({features + 1}, ct::float64);
  double compute_s = 0, comm_s = 0;
  using clock = std::chrono::steady_clock;
  for (int64_t step = 0; step < steps; ++step) {
    auto t0 = clock::now();
    // Gradient of the total loss: each rank's part, all-reduced.
    auto [loss, g] = dist::vjp(local_loss, w);
    auto t1 = clock::now();
    // Hessian of the local loss, then summed over the ranks in place.
    Tensor H = ct::hessian(local_loss, w, false, false, /*vectorize=*/true);
    auto t2 = clock::now();
    dist::all_reduce(H);
    auto t3 = clock::now();
    w = w - ct::linalg::solve(H, g);
    auto t4 = clock::now();
    compute_s += std::chrono::duration<double>((t2 - t1) + (t4 - t3)).count();
    comm_s += std::chrono::duration<double>(t3 - t2).count();
    // vjp's time is both: its local pass and its all_reduce.
    compute_s += std::chrono::duration<double>(t1 - t0).count();
    if (rank == 0)
      std::printf("step %lld  mean loss %.6f  |grad| %.3e\n", static_cast<long long>(step),
                  loss.item<double>() / total_rows, g.norm().item<double>());
  }
  // Accuracy over every rank's rows.
  Tensor correct = ((ct::matmul(shard.X, w) > 0).to(ct::float64) == shard.y).to(ct::float64).sum();
  dist::all_reduce(correct);
  // Every rank took the same steps: the weights agree bit for bit.
  Tensor w_max = w.clone(), w_min = w.clone();
  dist::all_reduce(w_max, dist::ReduceOp::MAX);
  dist::all_reduce(w_min, dist::ReduceOp::MIN);
  bool identical = ct::equal(w_max, w_min);
  // The distributed gradient against one process's gradient on all the rows.
  Tensor g_dist = dist::grad(local_loss, w);
  double diff = 0;
  if (rank == 0) {
    Shard all = make_shard(0, total_rows, features, true_w);
    Tensor g_one = ct::vjp([&](const Tensor& v) { return loss_of(all, v); }, w).vjp;
    diff = (g_dist - g_one).abs().max().item<double>() / g_one.abs().max().item<double>();
  }
  const double bytes = 8.0 * ((features + 1) + 1 + (features + 1) * (features + 1));
  if (rank == 0) {
    std::printf("accuracy %.4f  weights identical on every rank: %s\n",
                correct.item<double>() / total_rows, identical ? "yes" : "NO");
    std::printf("w[0:4] = %.6f %.6f %.6f %.6f\n", w[0].item<double>(), w[1].item<double>(),
                w[2].item<double>(), w[3].item<double>());
    std::printf("gradient at the fit matches one process on all %lld rows: %s (relative %.1e)\n",
                static_cast<long long>(total_rows), diff < 1e-9 ? "yes" : "NO", diff);
    std::printf(
        "per step: %.2f ms (%.2f ms of it in the Hessian's all_reduce, waiting for the "
        "slowest rank included), %.0f bytes all-reduced per rank\n",
        1e3 * (compute_s + comm_s) / steps, 1e3 * comm_s / steps, bytes);
  }
  dist::finalize();
  return identical && diff < 1e-9 ? 0 : 1;
}
