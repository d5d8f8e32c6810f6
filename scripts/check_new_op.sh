#!/usr/bin/env bash
# Shows that a new elementwise op is one definition: in a scratch copy of the
# tree, adds one row (torch.rad2deg) to CT_UNARY_OPS in
# include/cotangent/elementwise_ops.h, builds, and checks that the op is
# bound in Python (function and method), is on the generated ops page, and
# is run by the generic tests: they fail until the torch values are
# generated for it (scripts/gen_table_values.py), then pass.
#
#   bash scripts/check_new_op.sh        # ~6 minutes on 2 cores; the tree is untouched
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$scratch" >/dev/null 2>&1 || true' EXIT
git -C "$root" worktree add --detach "$scratch" HEAD >/dev/null
cd "$scratch"
py=/usr/bin/python3

# The whole definition of the op: one row.
$py - <<'EOF'
path = "include/cotangent/elementwise_ops.h"
text = open(path).read()
anchor = '  ROW(frac, "FracBackward0"'
row = ('  ROW(rad2deg, "Rad2DegBackward0", kSaveNone, None, Real, v * T(180 / M_PI), '
       'g * (180 / M_PI), "g·180/π") \\\n')
assert anchor in text
open(path, "w").write(text.replace(anchor, row + anchor, 1))
EOF
git diff --stat

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOTANGENT_BUILD_TESTS=ON \
  -DCOTANGENT_BUILD_PYTHON=ON >/dev/null
cmake --build build >/dev/null

PYTHONPATH=build/python $py - <<'EOF'
import math
import cotangent as ct
x = ct.tensor([math.pi, -math.pi / 2], requires_grad=True)
y = ct.rad2deg(x)
assert y.tolist() == [180.0, -90.0] and x.rad2deg().tolist() == y.tolist()
assert type(y.grad_fn).__name__ == "Rad2DegBackward0"
assert any(r["name"] == "rad2deg" for r in ct._C._op_table())
print("bound: cotangent.rad2deg, Tensor.rad2deg, node Rad2DegBackward0")
EOF
PYTHONPATH=build/python $py scripts/gen_ops_doc.py docs/ops.md >/dev/null
grep -q '`rad2deg`' docs/ops.md && echo "documented: docs/ops.md has rad2deg"

if ctest --test-dir build -R 'gtest_ops|table_values' >/dev/null 2>&1; then
  echo "FAIL: the generic tests did not notice a row without torch values" >&2
  exit 1
fi
echo "the generic tests fail on the new row until its torch values exist"
PYTHONPATH=build/python $py scripts/gen_table_values.py
cmake --build build >/dev/null
ctest --test-dir build -j2 --output-on-failure | tail -3
echo "a new unary op: one row; bindings, docs and every generic test follow"
