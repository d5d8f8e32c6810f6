// A program of a project that uses the installed cotangent::distributed:
// one process (MPI's singleton start) sums a tensor over its one rank.
#include <cotangent/cotangent.h>
#include <cotangent/distributed.h>

#include <iostream>

int main() {
  ct::distributed::init();
  ct::Tensor t = ct::ones({3});
  ct::distributed::all_reduce(t);
  std::cout << "rank " << ct::distributed::get_rank() << " of " << ct::distributed::get_world_size()
            << ": " << t.sum().item<float>() << std::endl;
  ct::distributed::finalize();
  return t.sum().item<float>() == 3.0f ? 0 : 1;
}
