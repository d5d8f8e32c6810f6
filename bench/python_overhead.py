#!/usr/bin/python3
"""Per-call cost of small Python calls, cotangent against Debian's torch in
the same run (issue 12: every Python op, indexing form and factory costs no
more than torch's). Best of 5 repeats, microseconds per call, 1 thread.

  PYTHONPATH=build/python OMP_NUM_THREADS=1 /usr/bin/python3 bench/python_overhead.py
"""
import timeit

import numpy as np
import torch

import cotangent as ct

torch.set_num_threads(1)
CASES = [  # (name, statement); m is the module, x a 5x4 tensor, s a 4-vector
    ("x[1]", "x[1]"),
    ("x[1:3]", "x[1:3]"),
    ("x[:, 1]", "x[:, 1]"),
    ("x[..., None]", "x[..., None]"),
    ("x[idx] (index tensor)", "x[idx]"),
    ("tensor([4 floats])", "m.tensor(lst)"),
    ("tensor(3x2 nested)", "m.tensor(nested)"),
    ("zeros(3)", "m.zeros(3)"),
    ("exp(s)", "m.exp(s)"),
    ("s + s", "s + s"),
    ("s * 2.0", "s * 2.0"),
    ("s.sum()", "s.sum()"),
    ("s.add_(s0)", "s.add_(s0)"),
    ("x.shape", "x.shape"),
    ("x.dim()", "x.dim()"),
    ("max of 80,000 floats", "big.max()"),
]


def per_call_us(stmt, env, number):
    return min(timeit.repeat(stmt, globals=env, number=number, repeat=5)) / number * 1e6


def main():
    big = np.random.default_rng(0).random(80000).astype(np.float32)
    print("| call | torch | cotangent | cotangent / torch |")
    print("|---|---:|---:|---:|")
    for name, stmt in CASES:
        times = []
        for m in (torch, ct):
            env = dict(m=m, x=m.ones(5, 4), s=m.ones(4), s0=m.zeros(4), lst=[1.0, 2.0, 3.0, 4.0],
                       nested=[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], idx=m.tensor([0, 2, 4]),
                       big=m.tensor(big))
            times.append(per_call_us(stmt, env, 2000 if "80,000" in name else 20000))
        print(f"| `{name}` | {times[0]:.2f} us | {times[1]:.2f} us | {times[1] / times[0]:.2f} |", flush=True)


if __name__ == "__main__":
    main()
