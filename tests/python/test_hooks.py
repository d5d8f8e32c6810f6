"""Hooks against torch 1.13: Tensor.register_hook, retain_grad, grad_fn
hooks, next_functions, saved_tensors_hooks; and the graph picture."""
import shutil
import subprocess

import pytest

from difftest import D, F, check


def _tensor_hooks(m, x):
    log = []
    y = x * 2
    y.retain_grad()
    h1 = y.register_hook(lambda g: log.append(("y1", g.tolist())) or g * 10)
    y.register_hook(lambda g: log.append(("y2", g.tolist())))
    x.register_hook(lambda g: log.append(("x", g.tolist())))
    z = (y * y).sum()
    z.backward(retain_graph=True)
    first = (list(log), y.grad.clone(), x.grad.clone(), y.retains_grad, x.retains_grad)
    h1.remove()
    log.clear()
    z.backward()
    return first, log, y.grad, x.grad


def _hook_on_captured(m, x):
    y = x * 2
    y.register_hook(lambda g: g * 3)
    x.register_hook(lambda g: g * 5)
    return m.autograd.grad((y * y).sum(), (x, y))


def _hook_errors_size(m, x):
    def myhook(g):
        return m.ones(3)
    x.register_hook(myhook)
    (x * 2).sum().backward()


def _hook_errors_type(m, x):
    y = x * 2
    y.register_hook(lambda g: g.double())
    y.sum().backward()


def _hook_no_grad(m, x):
    x.detach().register_hook(lambda g: g)


def _retain_no_grad(m, x):
    x.detach().retain_grad()


def _node_hooks(m, x):
    log = []
    b = x.exp()
    b.grad_fn.register_hook(lambda gi, go: log.append(([t.tolist() for t in gi], [t.tolist() for t in go])))
    b.grad_fn.register_prehook(lambda go: (go[0] * 2,))
    b.sum().backward()
    c = x.sin()
    c.grad_fn.register_hook(lambda gi, go: (gi[0] * 0,))
    g = m.autograd.grad(c.sum(), x)
    return log, g


def _next_functions(m, x):
    y = (x * 2).exp().sum()
    fn = y.grad_fn
    names = []
    while fn is not None:
        names.append(fn.name())
        nxt = [f for f, _ in fn.next_functions if f is not None]
        fn = nxt[0] if nxt else None
    return names, (x * 1).grad_fn.next_functions[0][0].variable is not None


def _saved_hooks(m, x):
    log = []

    def pack(t):
        log.append(("pack", tuple(t.shape)))
        return t.clone()

    def unpack(t):
        log.append(("unpack", tuple(t.shape)))
        return t
    with m.autograd.graph.saved_tensors_hooks(pack, unpack):
        y = x.exp() * x
    y.sum().backward()
    return log, x.grad


CASES = [_tensor_hooks, _hook_on_captured, _hook_errors_size, _hook_errors_type, _hook_no_grad,
         _retain_no_grad, _node_hooks, _next_functions, _saved_hooks]


@pytest.mark.parametrize("fn", CASES)
def test_matches_torch(fn):
    check(fn, F(2), grad=False, check_repr=False)


def test_saved_tensors_kept_compressed():
    # the example of the issue: saved tensors kept as float16-rounded
    # float32 copies; the gradient is computed from them
    import cotangent as ct
    x = ct.tensor([1.0, 2.0, 3.0], requires_grad=True)
    packed = []

    def pack(t):
        c = (t.to(ct.float64) * 1024).round() / 1024  # a lossy compression
        packed.append(c)
        return c

    def unpack(c):
        return c.to(ct.float32)
    with ct.autograd.graph.saved_tensors_hooks(pack, unpack):
        y = (x * x.exp()).sum()
    y.backward()
    want = (x.detach() + 1) * x.detach().exp()
    assert packed and ct.allclose(x.grad, want, rtol=1e-3)


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz's dot is not installed")
def test_make_dot_renders(tmp_path):
    import cotangent as ct
    from cotangent.autograd.graph import make_dot
    w = ct.randn(3, 2, requires_grad=True)
    b = ct.zeros(3, requires_grad=True)
    x = ct.randn(2)
    y = (w.mv(x) + b).sigmoid().sum()
    g = make_dot(y, params={"w": w, "b": b}, show_saved=True)
    assert "SigmoidBackward0" in g.source and '"w\\n (3, 2)"' in g.source
    out = g.render(str(tmp_path / "graph"), format="svg")
    svg = open(out).read()
    assert "<svg" in svg and "SigmoidBackward0" in svg


def test_grad_of_a_non_leaf_warns_as_torch():
    import warnings

    import torch

    import cotangent as ct
    texts = []
    for m in (torch, ct):
        x = m.ones(2, requires_grad=True)
        y = x * 2
        y.sum().backward()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            assert y.grad is None
        texts.append(str(w[0].message)[:200] if w else None)
    assert texts[0] is not None and texts[0] == texts[1]
