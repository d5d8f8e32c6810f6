"""A fixed-seed sample of the differential fuzzer (fuzz_torch.py): random
differentiable programs run on torch and on cotangent (forward values,
gradients, second derivatives, autograd.functional), each batch in a child
process so that a crash is reported as one. Any failure other than the
documented deviations in fuzz_torch.KNOWN fails the test and prints its
reproducer; rerun one with

    PYTHONPATH=build/python /usr/bin/python3 tests/python/fuzz_torch.py --seed SEED --index I
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fuzz_torch  # noqa: E402

SEED = 20261127
COUNT = int(os.environ.get("COTANGENT_FUZZ_COUNT", "300"))


def test_fuzz_sample():
    fails, stats = fuzz_torch.run_fuzz(COUNT, SEED, batch=COUNT, timeout=60.0)
    assert stats["programs"] == COUNT
    real = [f for f in fails if not fuzz_torch.known_deviation(f)]
    if real:
        out = io.StringIO()
        fuzz_torch.report(real, stats, out=out)
        raise AssertionError("%d of %d fuzzed programs disagree with torch:\n%s" % (
            len(real), COUNT, out.getvalue()))
