"""In-place writes through views inside a graph (torch's CopySlices and the
regenerated AsStridedBackward0 of the other views), against torch 1.13:
values, grad_fn names, gradients and torch's refusals."""
import numpy as np
import pytest

from difftest import D, F, check


def _setitem_rows(m, w):
    s2 = m.zeros(2, 2, dtype=w.dtype)
    s2[0] = w * 3
    return s2


def _setitem_scalar_of_cos(m, t):
    R = m.eye(3, dtype=t.dtype)
    R[1, 1] = m.cos(t)
    R[1, 2] = -m.sin(t)
    R[2, 1] = m.sin(t)
    R[2, 2] = m.cos(t)
    return R


def _setitem_slice_of_other(m, theta):
    P = m.zeros(2, 3, dtype=theta.dtype)
    P[0, :] = theta[0:3]
    P[1, 1:] = theta[3:5] ** 2
    return P


def _mul_through_view(m, x):
    y = x * 1
    y[1:].mul_(y[:-1].detach() + 2)
    return y


def _view_of_view(m, x):
    y = x.clone()
    v = y[:, :2]
    v[1].mul_(3)
    return y, v


def _stale_sibling(m, x):
    y = x * 2
    before = y[1]
    y[0].add_(y[2])
    return y, before * before


def _base_written_then_view(m, x):
    y = x.clone()
    v = y.t()
    y.mul_(2)
    return v * v


def _transposed_and_diagonal(m, x):
    y = m.zeros(3, 3, dtype=x.dtype)
    y.t()[0] = x
    y.diagonal().mul_(x)
    return y


def _copy_into_narrow(m, x, w):
    y = x * 1
    y.narrow(0, 1, 2).copy_(w)
    return y


def _fill_and_zero(m, x):
    y = x * 1
    y[0].fill_(2.0)
    y[:, 1].zero_()
    return y


def _masked_fill_view(m, x):
    y = x * 1
    v = y[1:]
    v.masked_fill_(v > 0, 0.5)
    return y


def _expand_stale(m, x):
    y = m.zeros(3, dtype=x.dtype)
    e = y.expand(2, 3)
    y.copy_(x * 2)
    return e * e


def _loop_rows(m, x):
    out = m.zeros(4, 3, dtype=x.dtype)
    for i in range(4):
        out[i] = m.tanh(x * (i + 1))
    return out


def _no_grad_write_then_use(m, x):
    y = x * 1
    v = y[:2]
    with m.no_grad():
        y.add_(1)
    return v * 2


CASES = [
    (_setitem_rows, [D(2)]),
    (_setitem_scalar_of_cos, [D()]),
    (_setitem_slice_of_other, [D(5)]),
    (_mul_through_view, [D(4)]),
    (_view_of_view, [D(3, 3)]),
    (_stale_sibling, [D(3, 2)]),
    (_base_written_then_view, [D(2, 3)]),
    (_transposed_and_diagonal, [D(3)]),
    (_copy_into_narrow, [D(4, 2), D(2, 2)]),
    (_fill_and_zero, [D(2, 3)]),
    (_masked_fill_view, [D(3, 2)]),
    (_expand_stale, [D(3)]),
    (_loop_rows, [F(3)]),
    (_no_grad_write_then_use, [D(3)]),
]


@pytest.mark.parametrize("fn,specs", CASES, ids=[c[0].__name__ for c in CASES])
def test_matches_torch(fn, specs):
    check(fn, *specs)


def _refuse_leaf_view(m, w):
    w[0] = 1.0


def _refuse_multi_output(m, w):
    a, b = (w * 1).unbind(0)
    a.mul_(2)


def _refuse_split(m, w):
    a, b = (w * 1).split(2)
    b.add_(1)


def _refuse_no_grad_view(m, w):
    y = w * 1
    with m.no_grad():
        v = y[0]
    v.mul_(2)


def _refuse_stale_multi_output(m, w):
    a = (w * 1).unbind(0)[0]
    with m.no_grad():
        a.mul_(2)
    return a.grad_fn


def _refuse_detach_view(m, w):
    m.zeros(3)[0].detach_()


@pytest.mark.parametrize("fn", [_refuse_leaf_view, _refuse_multi_output, _refuse_split,
                                _refuse_no_grad_view, _refuse_stale_multi_output, _refuse_detach_view])
def test_refusals_are_torchs(fn):
    check(fn, F(4))


def test_snippet_of_the_issue():
    import cotangent as torch
    w = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
    s2 = torch.zeros(2, 2, dtype=torch.float64)
    s2[0] = w * 3
    s2.sum().backward()
    assert s2.tolist() == [[3, 6], [0, 0]]
    assert w.grad.tolist() == [3, 3]


def test_higher_order_and_functional():
    import torch

    import cotangent as ct

    def f(m):
        def g(w):
            x = m.zeros(3, 3, dtype=w.dtype)
            x[0] = w
            x[1:, 1] = w[:2] ** 2
            x.diagonal().mul_(w.sin())
            return x
        return g
    for name in ["jacobian", "hessian"]:
        for vec in [False, True]:
            outs = []
            for m in (torch, ct):
                w = m.tensor([1., 2., 3.], dtype=m.float64)
                fun = f(m) if name == "jacobian" else (lambda w, g=f(m): g(w).pow(2).sum())
                outs.append(getattr(m.autograd.functional, name)(fun, w, vectorize=vec).tolist())
            np.testing.assert_allclose(outs[1], outs[0], rtol=1e-12, err_msg="%s %s" % (name, vec))
