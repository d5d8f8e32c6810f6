// What cotangent's checked collectives cost over MPI's own, in one run:
// all_reduce (SUM, float32) of 1 to 1M elements through MPI_Allreduce
// directly, ct::distributed::all_reduce without the cross-rank check, and
// with it (the default). Medians of many calls, printed by rank 0.
//   mpirun -np 2 ./build/bench/distributed_latency
#include <cotangent/cotangent.h>
#include <cotangent/distributed.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace dist = ct::distributed;

template <class F>
double median_us(F&& f, int reps) {
  std::vector<double> t;
  for (int i = 0; i < reps; ++i) {
    MPI_Barrier(MPI_COMM_WORLD);
    auto a = std::chrono::steady_clock::now();
    f();
    t.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - a).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

int main() {
  dist::init();
  const int rank = dist::get_rank();
  if (rank == 0)
    std::printf("all_reduce SUM float32 on %d ranks, median us per call\n%10s %12s %14s %14s\n",
                dist::get_world_size(), "elements", "MPI", "ct unchecked", "ct checked");
  for (int64_t n : {int64_t{1}, int64_t{1000}, int64_t{100000}, int64_t{1000000}}) {
    const int reps = n >= 100000 ? 50 : 400;
    ct::Tensor t = ct::ones({n});
    std::vector<float> out(n);
    double mpi = median_us(
        [&] {
          MPI_Allreduce(t.data_ptr<float>(), out.data(), static_cast<int>(n), MPI_FLOAT, MPI_SUM,
                        MPI_COMM_WORLD);
        },
        reps);
    dist::destroy_process_group();
    dist::init_process_group(MPI_COMM_WORLD, {std::chrono::minutes(30), false});
    double unchecked = median_us([&] { dist::all_reduce(t); }, reps);
    dist::destroy_process_group();
    dist::init_process_group(MPI_COMM_WORLD, {});
    double checked = median_us([&] { dist::all_reduce(t); }, reps);
    if (rank == 0)
      std::printf("%10lld %12.1f %14.1f %14.1f\n", static_cast<long long>(n), mpi, unchecked,
                  checked);
  }
  dist::finalize();
}
