#!/usr/bin/env bash
# Builds everything and runs the whole test suite (installs the oracles).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --tests
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOTANGENT_BUILD_TESTS=ON \
  -DCOTANGENT_BUILD_BENCH=ON -DCOTANGENT_BUILD_PYTHON=ON -DCOTANGENT_BUILD_EXAMPLES=ON >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j2
