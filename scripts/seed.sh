#!/usr/bin/env bash
# Builds and runs the seed example (the vjp documentation's three examples).
# Needs only the C++ build's packages: no tests, no Python, no PyTorch.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOTANGENT_BUILD_TESTS=OFF \
  -DCOTANGENT_BUILD_BENCH=OFF -DCOTANGENT_BUILD_PYTHON=OFF -DCOTANGENT_BUILD_EXAMPLES=ON >/dev/null
cmake --build build --target seed >/dev/null
./build/examples/seed
