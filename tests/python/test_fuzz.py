"""A fixed-seed sample of the differential fuzzer (fuzz_torch.py): random
differentiable programs run on torch and on cotangent (forward values,
gradients, second derivatives, autograd.functional), each batch in a child
process so that a crash is reported as one. Any failure other than the
documented deviations in fuzz_torch.KNOWN fails the test and prints its
reproducer; rerun one with

    PYTHONPATH=build/python /usr/bin/python3 tests/python/fuzz_torch.py --seed SEED --index I [--focus issue11]

The second sample weighs issue 11's features up (--focus issue11: in-place
writes through views inside a graph, custom autograd.Functions, hooks).
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fuzz_torch  # noqa: E402

SEED = 20261149
COUNT = int(os.environ.get("COTANGENT_FUZZ_COUNT", "300"))
ISSUE11_SEED = 20261127
ISSUE11_COUNT = int(os.environ.get("COTANGENT_FUZZ_ISSUE11_COUNT", "300"))


def _check(count, seed, focus=None):
    fails, stats = fuzz_torch.run_fuzz(count, seed, batch=count, timeout=60.0, focus=focus)
    assert stats["programs"] == count
    real = [f for f in fails if not fuzz_torch.known_deviation(f)]
    if real:
        out = io.StringIO()
        fuzz_torch.report(real, stats, out=out)
        raise AssertionError("%d of %d fuzzed programs disagree with torch:\n%s" % (
            len(real), count, out.getvalue()))


def test_fuzz_sample():
    _check(COUNT, SEED)


def test_fuzz_sample_issue11():
    _check(ISSUE11_COUNT, ISSUE11_SEED, focus="issue11")
