#!/usr/bin/env bash
# Builds and runs the seed example (the vjp documentation's three examples).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target seed >/dev/null
./build/examples/seed
