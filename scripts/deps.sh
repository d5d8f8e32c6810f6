#!/usr/bin/env bash
# Installs the Debian 12 packages cotangent needs, if missing.
#   deps.sh          the C++ library and its examples (what the seed needs)
#   deps.sh --mpi    also Open MPI (cotangent::distributed, its example)
#   deps.sh --tests  also the test suite's: GoogleTest, Benchmark, pybind11,
#                    the oracles (numpy, pytest, python3-torch), graphviz (dot),
#                    Open MPI and mpi4py (cotangent::distributed and its tests),
#                    Ceres (examples/curve_fit compares with it), matplotlib (charts)
set -euo pipefail
packages=(g++ cmake ninja-build libopenblas-dev liblapack-dev libsleef-dev)
if [ "${1:-}" = "--mpi" ]; then
  packages+=(libopenmpi-dev openmpi-bin)
fi
if [ "${1:-}" = "--tests" ]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev python3-dev pybind11-dev python3-numpy
    python3-pytest python3-torch binutils graphviz libopenmpi-dev openmpi-bin python3-mpi4py
    libceres-dev python3-matplotlib)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
