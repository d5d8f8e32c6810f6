"""torch.autograd.forward_ad vs cotangent.autograd.forward_ad: levels,
make_dual/unpack_dual and their errors, and forward over reverse, run by the
same code on both libraries. Every op's tangents (and the gradient through
make_dual) are compared with torch's from the op table
(test_op_table.py::test_op_tangents_match_torch).

Documented deviations (docs/semantics.md, "Forward-mode AD") are not
compared: torch's tangents carry a grad_fn when their inputs require grad
(ours never do), so tangent comparisons use inputs that do not require grad;
unpack_dual's primal is a ViewBackward0 alias here (torch: AliasBackward0),
so grad_fn names of primals are not compared.
"""
import pytest

from difftest import D, F, I, check


def fw(m):
    return m.autograd.forward_ad


def test_tangent_of_two_duals():
    def fn(m, x, vx, y, vy):
        with fw(m).dual_level():
            out = fw(m).make_dual(x, vx) * fw(m).make_dual(y, vy).cos()
            return fw(m).unpack_dual(out).tangent
    check(fn, F(3), F(3), F(3), F(3), grad=False)


def test_unpack_dual_of_dual_input():
    def fn(m, x, v):
        with fw(m).dual_level():
            d = fw(m).make_dual(x, v)
            r = fw(m).unpack_dual(d)
            return r.primal, r.tangent, type(r).__name__, r._fields
    check(fn, F(2, 3), F(2, 3), grad=False)


def test_tangent_dropped_after_level():
    def fn(m, x, v):
        with fw(m).dual_level() as level:
            y = fw(m).make_dual(x, v).exp()
            inside = fw(m).unpack_dual(y).tangent
        after = fw(m).unpack_dual(y)
        return level, inside, after.tangent, after.primal is y, fw(m).unpack_dual(x).tangent
    check(fn, F(4), F(4), grad=False)


def test_enter_exit_functions():
    def fn(m, x, v):
        level = fw(m).enter_dual_level()
        try:
            t = fw(m).unpack_dual(fw(m).make_dual(x, v) * 3).tangent
        finally:
            fw(m).exit_dual_level()
        return level, t
    check(fn, F(3), F(3), grad=False)


def test_dual_level_as_decorator():
    def fn(m, x, v):
        @fw(m).dual_level()
        def g():
            return fw(m).unpack_dual(fw(m).make_dual(x, v).sin()).tangent
        return g()
    check(fn, F(3), F(3), grad=False)


def test_explicit_level():
    def fn(m, x, v):
        with fw(m).dual_level():
            d = fw(m).make_dual(x, v, level=0)
            return fw(m).unpack_dual(d * 2, level=0)
    check(fn, F(3), F(3), grad=False)


def test_unpack_dual_outside_level():
    def fn(m, x):
        r = fw(m).unpack_dual(x)
        return r.primal is x, r.tangent, type(r).__name__, tuple(r)
    check(fn, F(3), grad=False)


# ---- errors: same type and same text as torch
def _no_level(m, x, v):
    return fw(m).make_dual(x, v)


def _int_tangent(m, x, v):
    with fw(m).dual_level():
        return fw(m).make_dual(x, v)


def _int_primal(m, x, v):
    with fw(m).dual_level():
        return fw(m).make_dual(x, v)


def _wrong_size(m, x, v):
    with fw(m).dual_level():
        return fw(m).make_dual(x, v)


def _nested(m, x, v):
    with fw(m).dual_level():
        with fw(m).dual_level():
            return fw(m).make_dual(x, v)


def _already_dual(m, x, v):
    with fw(m).dual_level():
        return fw(m).make_dual(fw(m).make_dual(x, v), v)


def _exit_without_level(m, x, v):
    fw(m).exit_dual_level()


def _explicit_level_outside(m, x, v):
    return fw(m).make_dual(x, v, level=0)


def _invalid_level(m, x, v):
    with fw(m).dual_level():
        return fw(m).make_dual(x, v, level=3)


def _exit_wrong_level(m, x, v):
    with fw(m).dual_level():
        fw(m).exit_dual_level(level=3)


ERRORS = [
    ("no_level", _no_level, (F(3), F(3))),
    ("int_tangent", _int_tangent, (F(3), I(3))),
    ("int_primal", _int_primal, (I(3), F(3))),
    ("wrong_size", _wrong_size, (F(3, 4), F(4))),
    ("nested", _nested, (F(3), F(3))),
    ("already_dual", _already_dual, (F(3), F(3))),
    ("exit_without_level", _exit_without_level, (F(3), F(3))),
    ("explicit_level_outside", _explicit_level_outside, (F(3), F(3))),
    ("invalid_level", _invalid_level, (F(3), F(3))),
    ("exit_wrong_level", _exit_wrong_level, (F(3), F(3))),
]


@pytest.mark.parametrize("name,fn,specs", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors(name, fn, specs):
    import torch
    import cotangent
    check(fn, *specs, grad=False)
    # a failed call leaves no level behind
    assert not cotangent._C._is_dual_level_active()
    torch.autograd.forward_ad.enter_dual_level()
    torch.autograd.forward_ad.exit_dual_level()


def test_nested_error_keeps_outer_level():
    def fn(m, x, v):
        with fw(m).dual_level():
            try:
                fw(m).enter_dual_level()
            except RuntimeError as e:
                err = str(e)
            return err, fw(m).unpack_dual(fw(m).make_dual(x, v) * 2).tangent
    check(fn, F(3), F(3), grad=False)


# ---- forward over reverse: the gradient's tangent is H v
def _quad(m, x, a):
    return 0.5 * (x @ a @ x)


FOR = [
    ("exp_sum", lambda m, x: x.exp().sum(), (F(4), F(4, requires_grad=False))),
    ("sin_prod", lambda m, x: (x.sin() * x).sum(), (F(2, 3), F(2, 3, requires_grad=False))),
    ("quadratic", _quad, (D(4), D(4, requires_grad=False), D(4, 4, requires_grad=False))),
    # (torch 1.13 has no forward AD for _softmax_backward_data: no softmax here)
    ("sigmoid_mean", lambda m, x: (x.sigmoid() * x).mean(), (F(5), F(5, requires_grad=False))),
    ("matmul_tanh", lambda m, x, w: (x @ w).tanh().sum(),
     (F(3, 4), F(3, 4, requires_grad=False), F(4, 2, requires_grad=False))),
]


@pytest.mark.parametrize("name,f,specs", FOR, ids=[o[0] for o in FOR])
def test_forward_over_reverse(name, f, specs):
    def fn(m, x, v, *rest):
        with fw(m).dual_level():
            y = f(m, fw(m).make_dual(x, v), *rest)
            g, = m.autograd.grad(y, x)
            p, hv = fw(m).unpack_dual(g)
        return p, hv
    check(fn, *specs)


def test_forward_over_reverse_matches_hvp():
    """The tangent of the gradient is cotangent's own hvp."""
    import numpy as np
    import cotangent as ct
    rng = np.random.default_rng(0)
    x = ct.tensor(rng.standard_normal(5)).requires_grad_()
    v = ct.tensor(rng.standard_normal(5))
    f = lambda z: (z.sin() * z.exp()).sum()  # noqa: E731
    with ct.autograd.forward_ad.dual_level():
        g, = ct.autograd.grad(f(ct.autograd.forward_ad.make_dual(x, v)), x)
        hv = ct.autograd.forward_ad.unpack_dual(g).tangent
    _, ref = ct.autograd.functional.hvp(f, x.detach(), v)
    np.testing.assert_allclose(hv.numpy(), ref.numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("dim", [-3, 2])
def test_scatter_tangent_with_an_index_smaller_than_src(dim):
    """torch's forward rule scatters the tangent like the value; the
    transposed backward (gather) has the index's shape, not src's."""
    import torch
    import cotangent as ct
    out = []
    for m in (torch, ct):
        fa = m.autograd.forward_ad
        with fa.dual_level():
            x = fa.make_dual(m.zeros(1, 1, 2, dtype=m.float64), m.full((1, 1, 2), 0.5, dtype=m.float64))
            s = fa.make_dual(m.ones(1, 1, 2, dtype=m.float64), m.tensor([[[2.0, 3.0]]], dtype=m.float64))
            y = x.scatter(dim, m.tensor([[[0]]]), s)
            out.append(fa.unpack_dual(y).tangent.tolist())
    assert out[0] == out[1]
