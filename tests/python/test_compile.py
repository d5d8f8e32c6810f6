"""cotangent.compile (ct::compile for Python callables): a compiled function
returns what the function returns (values and gradients, compared with the
function itself and with torch), runs the function's Python code only when
it records a new signature (tensor shapes, dtypes, requires_grad, grad mode,
the other arguments' values), and composes with autograd and the
functional family both ways."""
import threading

import numpy as np
import pytest
import torch

import cotangent as ct


def model(m, x, w, scale=1.0):
    h = (x @ w).tanh() * scale + x.sum(1, keepdim=True).exp() / 10
    return m.nn.functional.log_softmax(h.t(), 1).sum() + (h * h).mean()


def arrays(seed, *shapes):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(s) for s in shapes]


def test_replays_without_running_the_function():
    runs = []

    @ct.compile
    def f(x, w):
        runs.append(1)
        return model(ct, x, w)

    xs, w = arrays(0, (5, 4), (4, 3))
    for seed in range(4):
        x, = arrays(seed, (5, 4))
        got = f(ct.tensor(x), ct.tensor(w))
        want = model(torch, torch.tensor(x), torch.tensor(w))
        np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-12)
    assert len(runs) == 1 and f.num_recordings == 1


def test_signatures_and_other_arguments():
    runs = []

    @ct.compile(max_signatures=4)
    def f(x, scale, mode="sum"):
        runs.append(1)
        y = x * scale
        return y.sum() if mode == "sum" else y.mean()

    x = ct.tensor(arrays(1, (3, 2))[0])
    assert f(x, 2.0).item() == pytest.approx((x * 2.0).sum().item())
    assert f(x, 3.0).item() == pytest.approx((x * 3.0).sum().item())  # another value: recorded again
    assert f(x, 3.0, mode="mean").item() == pytest.approx((x * 3.0).mean().item())
    f(ct.ones(4, 2, dtype=ct.float64), 3.0)  # another shape
    f(x.float(), 3.0)  # another dtype
    f(x.detach().requires_grad_(), 3.0)  # requires_grad
    with ct.no_grad():
        f(x.detach().requires_grad_(), 3.0)  # grad mode
    assert len(runs) == 7
    f(x, 2.0)
    f(ct.ones(4, 2, dtype=ct.float64), 3.0)
    assert len(runs) == 7


def test_results_keep_their_structure():
    @ct.compile
    def f(xs, y):
        return [x * y for x in xs], (y.exp(),)

    with pytest.raises(TypeError, match="must return a Tensor"):
        f([ct.ones(2)], ct.ones(2))

    @ct.compile()
    def g(xs, y):
        return tuple(x * y for x in xs) + (y.exp(),)

    a, b, c = g([ct.ones(2), ct.ones(2) * 2], ct.ones(2) * 3)
    assert a.tolist() == [3.0, 3.0] and b.tolist() == [6.0, 6.0]
    h = ct.compile(lambda x: [x, x + 1])
    assert isinstance(h(ct.ones(1)), list) and isinstance(h(ct.ones(1)), list)
    assert ct.compile(model, disable=True) is model


def test_gradients_through_a_replay_match_torch():
    f = ct.compile(lambda x, w: model(ct, x, w))
    for seed in range(3):
        x, w = arrays(seed, (5, 4), (4, 3))
        cx, cw = ct.tensor(x, requires_grad=True), ct.tensor(w, requires_grad=True)
        tx, tw = torch.tensor(x, requires_grad=True), torch.tensor(w, requires_grad=True)
        cg = ct.autograd.grad(f(cx, cw), (cx, cw))
        tg = torch.autograd.grad(model(torch, tx, tw), (tx, tw))
        for c, t in zip(cg, tg):
            np.testing.assert_allclose(c.numpy(), t.numpy(), rtol=1e-10, atol=1e-12)
    x, = arrays(7, (3,))
    g = ct.compile(lambda x: (x.sin() * x).sum())
    ch = ct.autograd.functional.hessian(g, ct.tensor(x))
    th = torch.autograd.functional.hessian(lambda x: (x.sin() * x).sum(), torch.tensor(x))
    np.testing.assert_allclose(ch.numpy(), th.numpy(), rtol=1e-10, atol=1e-12)
    assert ct.autograd.gradcheck(g, (ct.tensor(x, requires_grad=True),))
    assert ct.autograd.gradgradcheck(g, (ct.tensor(x, requires_grad=True),))


def test_a_compiled_vjp_records_the_backward_pass():
    runs = []
    w = arrays(0, (3, 2))[0]

    def f(m, x):
        return (x @ m.tensor(w)).tanh().sum()

    @ct.compile
    def vjp(x):
        runs.append(1)
        return ct.autograd.functional.vjp(lambda x: f(ct, x), x)

    for seed in range(3):
        x, = arrays(seed, (4, 3))
        out, g = vjp(ct.tensor(x))
        t_out, t_g = torch.autograd.functional.vjp(lambda x: f(torch, x), torch.tensor(x))
        np.testing.assert_allclose(out.numpy(), t_out.numpy(), rtol=1e-12)
        np.testing.assert_allclose(g.numpy(), t_g.numpy(), rtol=1e-10, atol=1e-12)
    assert len(runs) == 1


def test_errors_leave_nothing_recorded_and_threads_share_it():
    f = ct.compile(lambda x: x @ x)
    with pytest.raises(RuntimeError, match="cannot be multiplied"):
        f(ct.ones(2, 3))
    assert f(ct.ones(2, 2)).tolist() == [[2.0, 2.0], [2.0, 2.0]]
    with pytest.raises(TypeError, match="neither a tensor"):
        f([1, [2]])
    with pytest.raises(TypeError, match="expected a callable"):
        ct.compile(3)
    w = arrays(0, (4, 3))[0]
    g = ct.compile(lambda x: model(ct, x, ct.tensor(w)))
    wrong = []

    def work(t):
        for i in range(10):
            x, = arrays(100 + 10 * t + i, (5, 4))
            if abs(g(ct.tensor(x)).item() - model(ct, ct.tensor(x), ct.tensor(w)).item()) > 1e-12:
                wrong.append(1)
    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong


def test_the_recording_draws_as_a_graph():
    f = ct.compile(lambda x: (x.exp() + 1).sum())
    dot = f.to_dot(ct.ones(3))
    assert dot.startswith("digraph trace") and 'label="exp"' in dot and "-> out0" in dot
