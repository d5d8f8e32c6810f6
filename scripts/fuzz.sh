#!/usr/bin/env bash
# Fuzzing with random differentiable programs:
#   scripts/fuzz.sh N SEED
# runs build/tests/program_fuzzer on N programs from SEED (gradcheck, reverse
# vs forward mode, the functional family), then, when tests/python/fuzz_torch.py
# and the built Python package (build/python) are there, the differential
# fuzzer against torch with the same N and SEED. BUILD_DIR overrides build/.
# Exit status: nonzero when either found a failure (both always run).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: $0 N SEED" >&2
  exit 2
fi
count=$1
seed=$2
build=${BUILD_DIR:-build}
if [ -d "$build" ]; then build=$(cd "$build" && pwd); fi
status=0

fuzzer="$build/tests/program_fuzzer"
if [ ! -x "$fuzzer" ]; then
  echo "$0: $fuzzer not found: build the program_fuzzer target first" >&2
  exit 2
fi
echo "== C++ program fuzzer: $count programs from seed $seed"
"$fuzzer" --count "$count" --seed "$seed" || status=$?

if [ -f tests/python/fuzz_torch.py ] && [ -d "$build/python" ]; then
  echo "== Python differential fuzzer (torch): $count programs from seed $seed"
  PYTHONPATH="$build/python${PYTHONPATH:+:$PYTHONPATH}" \
    /usr/bin/python3 tests/python/fuzz_torch.py --count "$count" --seed "$seed" || status=$?
fi
exit "$status"
