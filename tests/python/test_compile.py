"""cotangent.compile (ct::compile for Python callables): a compiled function
returns what the function returns (values and gradients, compared with the
function itself and with torch), runs the function's Python code only when
it records a new signature (tensor shapes, dtypes, requires_grad, grad mode,
the other arguments' values), and composes with autograd and the
functional family both ways."""
import re
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
    assert dot.startswith("digraph compiled") and 'label="exp"' in dot and "-> out0" in dot
    assert "fused kernel" in dot


def test_reading_values_while_recording_is_refused_with_a_way_out():
    x = ct.tensor([1.0, -2.0, 3.0])
    for read, what in [(lambda t: t.sum().item(), "item()"), (lambda t: t.tolist(), "tolist()"),
                       (lambda t: t.numpy(), "numpy()"), (lambda t: print(t), "printing"),
                       (lambda t: float(t.sum()), "item()"), (lambda t: bool(t.sum() > 0), "item()")]:
        f = ct.compile(lambda t, read=read: (read(t), t * 2)[1])
        with pytest.raises(RuntimeError, match=r"%s.*ct::RecordingPause" % re.escape(what)):
            f(x)
    runs = []

    @ct.compile
    def g(t):
        with ct.recording_pause():
            runs.append(t.sum().item())  # once, when recording
        return t * 3
    assert g(x).tolist() == [3.0, -6.0, 9.0]
    assert g(x * 2).tolist() == [6.0, -12.0, 18.0]
    assert runs == [2.0]


def test_data_dependent_shapes_need_dynamic_shapes():
    def positives(t):
        return t.masked_select(t > 0).exp()
    with pytest.raises(RuntimeError, match="masked_select.*dynamic_shapes"):
        ct.compile(positives)(ct.tensor([1.0, -1.0]))
    f = ct.compile(positives, dynamic_shapes=True)
    for values in ([1.0, -1.0, 2.0], [3.0, 4.0, 5.0], [-1.0, -2.0, 0.5]):
        x = ct.tensor(values)
        np.testing.assert_allclose(f(x).numpy(), positives(x).numpy())
    assert f.num_recordings == 1


def test_every_functional_transform_compiles_and_matches_torch():
    w, v3 = arrays(3, (3, 3), (3,))
    W = {ct: ct.tensor(w), torch: torch.tensor(w)}  # made outside: torch's forward-mode jacobian vmaps f

    def f(m, x):
        return (W[m] @ x).sin() * x.exp()

    def scalar(m, x):
        return (f(m, x) * x).sum()
    cases = {
        "vjp": lambda m, x: m.autograd.functional.vjp(lambda t: f(m, t), x, m.tensor(v3))[1],
        "jvp": lambda m, x: m.autograd.functional.jvp(lambda t: f(m, t), x, m.tensor(v3))[1],
        "jacobian": lambda m, x: m.autograd.functional.jacobian(lambda t: f(m, t), x),
        "jacobian forward": lambda m, x: m.autograd.functional.jacobian(
            lambda t: f(m, t), x, vectorize=True, strategy="forward-mode"),
        "hessian": lambda m, x: m.autograd.functional.hessian(lambda t: scalar(m, t), x),
        "hvp": lambda m, x: m.autograd.functional.hvp(lambda t: scalar(m, t), x, m.tensor(v3))[1],
        "vhp": lambda m, x: m.autograd.functional.vhp(lambda t: scalar(m, t), x, m.tensor(v3))[1],
    }
    for name, case in cases.items():
        compiled = ct.compile(lambda x, case=case: case(ct, x))
        for seed in range(3):
            x, = arrays(10 + seed, (3,))
            got = compiled(ct.tensor(x))
            want = case(torch, torch.tensor(x))
            np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-10, atol=1e-12,
                                       err_msg=name)
        assert compiled.num_recordings == 1, name


def test_forward_mode_dual_tensors_inside_a_compiled_function():
    w, = arrays(5, (3, 3))

    def f(m, x, t):
        fwAD = m.autograd.forward_ad
        with fwAD.dual_level():
            y = (m.tensor(w) @ fwAD.make_dual(x, t)).sin() * 2
            p, tangent = fwAD.unpack_dual(y)
            return p * 1, tangent * 1
    compiled = ct.compile(lambda x, t: f(ct, x, t))
    for seed in range(3):
        x, t = arrays(20 + seed, (3,), (3,))
        got = compiled(ct.tensor(x), ct.tensor(t))
        want = f(torch, torch.tensor(x), torch.tensor(t))
        for g, h in zip(got, want):
            np.testing.assert_allclose(g.numpy(), h.numpy(), rtol=1e-12, atol=1e-12)
    assert compiled.num_recordings == 1


def test_one_recording_pause_entered_twice_nested():
    pause = ct.recording_pause()

    @ct.compile
    def f(t):
        with pause:
            with pause:
                t.sum().item()
            t.sum().item()  # still paused: the outer block has not ended
        return t * 2  # recorded again
    x = ct.tensor([1.0, 2.0])
    f(x)
    assert f(x * 3).tolist() == [6.0, 12.0]
