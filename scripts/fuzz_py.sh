#!/usr/bin/env bash
# Differential fuzzing of random differentiable programs, cotangent vs torch:
#   scripts/fuzz_py.sh N SEED [more tests/python/fuzz_torch.py options]
# Needs the built package (build/python) and Debian's python3-torch.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: $0 N SEED [fuzz_torch.py options]" >&2
  exit 2
fi
count=$1
seed=$2
shift 2
export PYTHONPATH="$PWD/build/python${PYTHONPATH:+:$PYTHONPATH}"
exec /usr/bin/python3 tests/python/fuzz_torch.py --count "$count" --seed "$seed" "$@"
