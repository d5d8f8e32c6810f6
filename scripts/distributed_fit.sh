#!/usr/bin/env bash
# Builds and runs the MPI example (examples/distributed_fit.cpp) on 2 ranks:
# logistic regression on data sharded across the ranks. Needs the C++
# build's packages and Open MPI, nothing else. Extra arguments go to the
# example (--rows-per-rank N --features D --steps K); NP=4 for 4 ranks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --mpi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOTANGENT_BUILD_TESTS=OFF \
  -DCOTANGENT_BUILD_BENCH=OFF -DCOTANGENT_BUILD_PYTHON=OFF -DCOTANGENT_BUILD_EXAMPLES=ON >/dev/null
cmake --build build --target distributed_fit >/dev/null
root=()
[ "$(id -u)" -eq 0 ] && root=(--allow-run-as-root)
OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} mpirun "${root[@]}" --oversubscribe -np "${NP:-2}" \
  ./build/examples/distributed_fit "$@"
