"""Per-sample gradients of a 3-layer MLP (batch 64, width 256), README's
torch.func table: cotangent.func.vmap(grad(loss)) against functorch's in the
same run, and each against a loop of per-example gradient calls.

    PYTHONPATH=build/python OMP_NUM_THREADS=1 /usr/bin/python3 bench/func_bench.py
"""
import sys
import time
import warnings

warnings.simplefilter("ignore")


def setup(m):
    m.manual_seed(0)
    x = m.randn(64, 256)
    ws = [m.randn(256, 256) * 0.06, m.zeros(256), m.randn(256, 256) * 0.06, m.zeros(256),
          m.randn(256, 256) * 0.06, m.zeros(256)]
    m.manual_seed(1)
    y = m.randn(64, 256)
    return x, y, ws


def loss(x, y, w1, b1, w2, b2, w3, b3):
    h = (x @ w1 + b1).tanh()
    h = (h @ w2 + b2).tanh()
    d = (h @ w3 + b3).tanh() - y
    return (d * d).sum()


def best(fn, repeat=20):
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1e3


def main():
    import torch
    import functorch
    import cotangent
    import cotangent.func
    rows = []
    for name, m, func in [("functorch", torch, functorch), ("cotangent", cotangent, cotangent.func)]:
        x, y, ws = setup(m)
        per_sample = func.vmap(func.grad(loss, argnums=(2, 3, 4, 5, 6, 7)),
                               in_dims=(0, 0) + (None,) * 6)
        t_vmap = best(lambda: per_sample(x, y, *ws))
        params = [w.clone().requires_grad_() for w in ws]

        def loop():
            return [m.autograd.grad(loss(x[i], y[i], *params), params) for i in range(64)]
        t_loop = best(loop, 5)
        rows.append((name, t_vmap, t_loop))
        g = per_sample(x, y, *ws)
        assert tuple(g[0].shape) == (64, 256, 256)
    print("per-sample gradients, MLP 256-256-256, batch 64 (ms, best of 20)")
    print("%-10s %10s %12s %8s" % ("", "vmap(grad)", "loop of grad", "speed-up"))
    for name, tv, tl in rows:
        print("%-10s %10.2f %12.2f %7.1fx" % (name, tv, tl, tl / tv))
    print("cotangent vmap(grad) vs functorch vmap(grad): %.2fx" % (rows[0][1] / rows[1][1]))


if __name__ == "__main__":
    sys.exit(main())
