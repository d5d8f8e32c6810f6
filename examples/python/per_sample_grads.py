# Per-sample gradients of a small MLP (Python version of
# examples/per_sample_grads.cpp): one gradient of the loss per example, as
# differential privacy (clipping each example's gradient) or influence
# estimates need. vmap(grad(loss)) computes all 64 in one batched pass; the
# script checks them against a loop of one torch.autograd.grad per example.
# (With PyTorch 1.13 the transforms come from functorch, not torch.func.)
import time

import cotangent as torch
from cotangent.func import vmap, grad

torch.manual_seed(0)
batch, n_in, hidden, n_out = 64, 16, 32, 4
W1 = torch.randn(n_in, hidden, dtype=torch.float64) / 4
b1 = torch.zeros(hidden, dtype=torch.float64)
W2 = torch.randn(hidden, n_out, dtype=torch.float64) / 6
X = torch.randn(batch, n_in, dtype=torch.float64)
Y = torch.randn(batch, n_out, dtype=torch.float64)
params = (W1, b1, W2)


def loss(params, x, y):
    # squared error of a two-layer tanh MLP on ONE example
    W1, b1, W2 = params
    prediction = torch.tanh(x @ W1 + b1) @ W2
    return ((prediction - y) ** 2).sum()


# grad w.r.t. params (argument 0); vmap over the examples: the weights are
# shared (in_dim None), x and y are split along dim 0.
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))
g = per_sample(params, X, Y)
print("per-sample gradients:", ", ".join(f"{name} {tuple(t.shape)}"
                                         for name, t in zip(("W1", "b1", "W2"), g)))


def loop():
    # the same, one example at a time
    rows = []
    for i in range(batch):
        p = [t.detach().requires_grad_() for t in params]
        rows.append(torch.autograd.grad(loss(p, X[i], Y[i]), p))
    return [torch.stack(column) for column in zip(*rows)]


looped = loop()
worst = max((a - b).abs().max().item() for a, b in zip(looped, g))


def seconds(f, calls=10):
    start = time.perf_counter()
    for _ in range(calls):
        f()
    return (time.perf_counter() - start) / calls


# Each example's gradient norm (what per-example clipping would bound).
norms = sum(t.reshape(batch, -1).pow(2).sum(1) for t in g).sqrt()
print(f"gradient norms: smallest {norms.min().item():.4f}, largest {norms.max().item():.4f}")
print(f"timing: vmap(grad) {1e3 * seconds(lambda: per_sample(params, X, Y)):.3f} ms,"
      f" loop of {batch} grads {1e3 * seconds(loop):.3f} ms")
ok = worst < 1e-12
print(f"vmap(grad) equals the per-example loop: {'yes' if ok else 'NO'}"
      f" (largest difference {worst:.1e})")
if not ok:
    raise SystemExit(1)
