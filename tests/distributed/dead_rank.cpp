// A rank that dies in the middle of a job: rank 1 exits after one
// collective while the others enter the next. MPI's runtime notices, ends
// the job and names the rank (tests/CMakeLists.txt checks what mpirun
// prints); nobody waits out the timeout.
#include <cotangent/cotangent.h>
#include <cotangent/distributed.h>

#include <cstdlib>
#include <iostream>

int main() {
  namespace dist = ct::distributed;
  dist::init({std::chrono::seconds(120)});
  ct::Tensor t = ct::ones({3});
  dist::all_reduce(t);
  if (dist::get_rank() == 1) std::_Exit(3);
  dist::all_reduce(t);
  std::cout << "rank " << dist::get_rank() << " was not stopped" << std::endl;
  dist::finalize();
  return 0;
}
