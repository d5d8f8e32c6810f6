"""cotangent.func against functorch 1.13 (docs/func-spec.md): the same code
run with torch + functorch and with cotangent + cotangent.func; values,
shapes, dtypes, requires_grad/grad_fn, the pytree structure of results, and
for errors the exception class and message.

A case is `lambda m, F: ...`: `m` is the tensor library (torch or cotangent,
wrapped in NS for the spec's shorthand tensors x, y, ...), `F` the transforms
(functorch or cotangent.func)."""
import functools
import math
import re
import warnings

import numpy as np
import pytest
import torch
import functorch
from functorch.experimental import chunk_vmap

import cotangent as ct
import cotangent.func as cf
from difftest import _tol, dtype_name, norm_repr
from op_reference import GRAD_DEVIATIONS, call as _call

pytestmark = [pytest.mark.filterwarnings("ignore:There is a performance drop:UserWarning"),
              pytest.mark.filterwarnings("ignore::UserWarning")]

TABLE = ct._C._op_table()

# Op-table rows whose vmap (or vmap(grad)) cotangent gets wrong: row -> what
# is observed. The sweep skips them (and fails when one of them passes).
KNOWN_FAILURES = {
    "repeat_interleave.tensor": "cotangent raises the dynamic-shape message for aten::repeat_interleave "
                                "even with unbatched repeats; functorch returns the result",
}

# Spec cases where cotangent differs from functorch by a bug: case -> what
# cotangent does (strict xfail: a fix shows up as XPASS).
CT_BUGS = {
    "5 jacfwd has_aux pytree output": "NotImplementedError: cotangent.func.jacfwd: has_aux=True needs f's "
                                      "output to be a single Tensor (func.py); functorch returns the "
                                      "jacobian pytree",
    "4 tangent dtype": "tangent output is float32 (the primal's dtype); functorch keeps the float64 tangent's",
    "1.4 item in vmap(grad)": "gives vmap's plain .item() message, not the longer '(1) calling .item() ... "
                              "(2) ... (3)' message functorch raises under vmap(grad)",
    "1.4 boolean mask": "message is the masked_select dynamic-shape one ('...can output dynamic shape. "
                        "Attempted to vmap over aten::masked_select...'), not functorch's '...can support "
                        "dynamic shape. Attempting to batch over indexing with a boolean mask.'",
}

# Op-table rows (" grad": their vmap(grad(...))) where functorch 1.13 itself
# raises on some variant of the sweep: row -> functorch's message (a prefix).
# Those variants are not compared; the sweep checks the list stays exact.
FUNCTORCH_RAISES = {
    "index_add grad": "RuntimeError: gather(): Expected dtype int64 for index",  # the int32 index sample
    "masked_scatter grad": "RuntimeError: vmap: Attempted to vmap over `mask` in torch.masked_select(self, mask) "
                           "We cannot support this because for each batch this would return a differently "
                           "shaped Tensor.",
    "masked_select": "RuntimeError: vmap: Attempted to vmap over `mask` in torch.masked_select(self, mask) We "
                     "cannot support this because for each batch this would return a differently shaped Tensor.",
    "masked_select grad": "RuntimeError: vmap: Attempted to vmap over `mask` in torch.masked_select(self, mask) "
                          "We cannot support this because for each batch this would return a differently "
                          "shaped Tensor.",
    "view": "RuntimeError: view size is not compatible with input tensor's size and stride (at least one "
            "dimension spans across two contiguous subspaces). Use .reshape(...) instead.",  # batch dim at 1
}


# ---------------------------------------------------------------- harness

class NS:
    """A tensor library with the spec's shorthand tensors (fresh on every
    access) and `dtype` as the default floating dtype of the factories."""

    def __init__(self, mod, dtype="float32"):
        self._mod = mod
        self.dtype = getattr(mod, dtype)

    def __getattr__(self, name):
        return getattr(self._mod, name)

    def _float(self, fn, *a, **kw):
        if "dtype" in kw:
            return fn(*a, **kw)
        probe = fn(*a, **{k: v for k, v in kw.items() if k != "requires_grad"})
        return fn(*a, dtype=self.dtype, **kw) if probe.is_floating_point() else fn(*a, **kw)

    def tensor(self, *a, **kw):
        return self._float(self._mod.tensor, *a, **kw)

    def arange(self, *a, **kw):
        return self._float(self._mod.arange, *a, **kw)

    def ones(self, *a, **kw):
        return self._float(self._mod.ones, *a, **kw)

    def zeros(self, *a, **kw):
        return self._float(self._mod.zeros, *a, **kw)

    def eye(self, *a, **kw):
        return self._float(self._mod.eye, *a, **kw)

    def rand(self, *a, **kw):
        return self._float(self._mod.rand, *a, **kw)

    # the spec's inputs
    x = property(lambda s: s.tensor([1., 2., 3.]))
    y = property(lambda s: s.tensor(2.))
    X2 = property(lambda s: s.arange(6.).reshape(2, 3))  # §1: x = arange(6).reshape(2, 3)
    y3 = property(lambda s: s.arange(3.))                # §1: y = arange(3)
    W = property(lambda s: s.tensor([[1., 2.], [3., 4.]]))
    Xc = property(lambda s: s.tensor([[1., 0.], [0., 1.], [1., 1.]]))  # §7's X


LIBS = {"torch": (torch, functorch), "ct": (ct, cf)}
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def outcome(case, lib, dtype="float32"):
    mod, func = LIBS[lib]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return "ok", case(NS(mod, dtype), func)
    except Exception as e:  # noqa: BLE001 -- compared
        return "raise", e


def same_message(t, c):
    t, c = ADDRESS.sub("0x?", t), ADDRESS.sub("0x?", c)
    return c == t or c == norm_repr(t)  # cotangent prints its dtypes as ct.int64


def compare(tv, cv, where="out", rtol=None, atol=None):
    """torch's result against cotangent's: structure, then every leaf."""
    if isinstance(tv, torch.Tensor):
        assert isinstance(cv, ct.Tensor), "%s: torch gave a Tensor, cotangent %r" % (where, type(cv))
        assert dtype_name(tv.dtype) == dtype_name(cv.dtype), "%s: dtype %s vs %s" % (where, tv.dtype, cv.dtype)
        assert tuple(tv.shape) == tuple(cv.shape), "%s: shape %s vs %s" % (where, tuple(tv.shape),
                                                                          tuple(cv.shape))
        assert tv.requires_grad == cv.requires_grad, "%s: requires_grad %s vs %s" % (
            where, tv.requires_grad, cv.requires_grad)
        tn = type(tv.grad_fn).__name__ if tv.grad_fn is not None else None
        cn = type(cv.grad_fn).__name__ if cv.grad_fn is not None else None
        assert tn == cn, "%s: grad_fn %s vs %s" % (where, tn, cn)
        ta, ca = tv.detach().clone().numpy(), cv.detach().numpy()  # (clone: torch 1.13 ZeroTensors)
        if ta.dtype.kind == "f":
            r, a = _tol(dtype_name(tv.dtype))
            np.testing.assert_allclose(ca, ta, rtol=rtol or r, atol=atol or a, equal_nan=True, err_msg=where)
        else:
            np.testing.assert_array_equal(ca, ta, err_msg=where)
    elif isinstance(tv, dict):
        assert isinstance(cv, dict), "%s: torch gave a dict, cotangent %r" % (where, type(cv))
        assert list(tv) == list(cv), "%s: keys %s vs %s" % (where, list(tv), list(cv))
        for k in tv:
            compare(tv[k], cv[k], "%s[%r]" % (where, k), rtol, atol)
    elif isinstance(tv, (tuple, list)):
        assert isinstance(cv, (tuple, list)), "%s: torch gave %r, cotangent %r" % (where, type(tv), type(cv))
        assert isinstance(tv, tuple) == isinstance(cv, tuple), "%s: %r vs %r" % (where, type(tv), type(cv))
        assert len(tv) == len(cv), "%s: length %d vs %d" % (where, len(tv), len(cv))
        for i, (a, b) in enumerate(zip(tv, cv)):
            compare(a, b, "%s[%d]" % (where, i), rtol, atol)
    elif isinstance(tv, torch.dtype):
        assert dtype_name(tv) == dtype_name(cv), where
    elif callable(tv):
        assert callable(cv), "%s: torch gave a function, cotangent %r" % (where, cv)
    elif isinstance(tv, float):
        assert isinstance(cv, float) and math.isclose(tv, cv, rel_tol=1e-5, abs_tol=1e-6), \
            "%s: %r vs %r" % (where, tv, cv)
    else:
        assert type(tv) == type(cv) and tv == cv, "%s: %r vs %r" % (where, tv, cv)


def same(case, dtype="float32", expect_error=None):
    """Runs case with both libraries and compares; returns both results.
    expect_error: True when functorch must raise, False when it must not."""
    ts, tv = outcome(case, "torch", dtype)
    cs, cv = outcome(case, "ct", dtype)
    if expect_error is not None:
        assert (ts == "raise") == expect_error, "functorch: %s %r (the case is wrong)" % (ts, tv)
    if ts == "raise":
        assert cs == "raise", "functorch raised %s: %s; cotangent returned %r" % (type(tv).__name__, tv, cv)
        assert type(cv).__name__ == type(tv).__name__, "exception: functorch %s(%s); cotangent %s(%s)" % (
            type(tv).__name__, tv, type(cv).__name__, cv)
        assert same_message(str(tv), str(cv)), "message:\n functorch:  %s\n cotangent:  %s" % (tv, cv)
    else:
        if cs == "raise":
            raise AssertionError("cotangent raised %s: %s; functorch returned %r" % (
                type(cv).__name__, cv, tv)) from cv
        compare(tv, cv)
    return tv, cv


def _twice(t):
    return t * 2


def _if_positive(t):
    if t.sum() > 0:
        return t
    return -t


def _setitem(m):
    def f(t):
        z = m.zeros(3)
        z[0] = t[0]
        return z
    return f


def _inner_no_grad(m):
    def fi(a):
        with m.no_grad():
            c = a ** 2
        return (a - c).sum()
    return fi


def _outer_no_grad(m, thunk):
    with m.no_grad():
        return thunk()


def _backward_inside(a):
    a.sum().backward()
    return a.sum()


def _mutated(m, F):
    xx = m.X2.clone()
    out = F.vmap(lambda t: t.mul_(2))(xx)
    return out, xx


def _requires_grad_kept(m, F):
    a = m.x
    F.grad(lambda t: (t ** 2).sum())(a)
    return a.requires_grad


def _vjp_twice(m, F):
    o, fn = F.vjp(lambda a: a.sin() * a, m.x)
    return o, fn(m.ones(3)), fn(m.tensor([1., 0., 2.]))


def _vjp_no_primals(m, F):
    o, fn = F.vjp(lambda: m.ones(1))
    return o, fn(m.ones(1))


def _per_sample(m, F):
    loss = lambda w, xi: (w @ xi).pow(2).sum()  # noqa: E731
    g = F.vmap(F.grad(loss), in_dims=(None, 0))(m.W, m.Xc)
    return g, g.sum(0), F.grad(lambda w: F.vmap(loss, in_dims=(None, 0))(w, m.Xc).sum())(m.W)


f3 = lambda a: (a ** 3).sum()  # noqa: E731
g2 = lambda a, b: (a * b).sum()  # noqa: E731
loss7 = lambda w, xi: (w @ xi).pow(2).sum()  # noqa: E731


# ---------------------------------------------------------------- 1-7: values

EXAMPLES = [
    # §0 signatures and wrappers
    ("0 names", lambda m, F: (F.vmap(m.sum).__name__, F.grad(m.sin).__name__, F.jacrev(m.sin).__name__,
                              F.jacfwd(m.sin).__name__, F.grad_and_value(m.sin).__name__)),
    ("0 lazy construction", lambda m, F: [callable(w) for w in (
        F.vmap(m.sin, out_dims=None), F.vmap(m.sin, in_dims=[0]), F.grad(m.sin, argnums=5),
        F.jacrev(m.sin, argnums=[0]), F.jacfwd(m.sin, randomness="bad"), F.vmap(3))]),
    ("0 jacfwd has_aux positional", lambda m, F: F.jacfwd(lambda a: (a.sin(), a.cos()), 0, True)(m.x)),
    # §1.1 in_dims
    ("1.1 sum", lambda m, F: F.vmap(m.sum)(m.X2)),
    ("1.1 in_dims=1", lambda m, F: F.vmap(m.sum, in_dims=1)(m.X2)),
    ("1.1 in_dims=-1", lambda m, F: F.vmap(m.sum, in_dims=-1)(m.X2)),
    ("1.1 in_dims=(1,)", lambda m, F: F.vmap(m.sum, in_dims=(1,))(m.X2)),
    ("1.1 (0,None)", lambda m, F: F.vmap(m.mul, in_dims=(0, None))(m.X2, m.y3)),
    ("1.1 list", lambda m, F: F.vmap(lambda l: l[0] + l[1], in_dims=([0, None],))([m.X2, m.y3])),
    ("1.1 dict dims", lambda m, F: F.vmap(lambda d: d["a"] * d["b"], in_dims=({"a": 0, "b": None},))(
        {"a": m.X2, "b": m.y3})),
    ("1.1 dict broadcast", lambda m, F: F.vmap(lambda d: d["a"] * d["b"], in_dims=(0,))(
        {"a": m.X2, "b": m.X2})),
    ("1.1 nested tuple", lambda m, F: F.vmap(lambda a, bc: a + bc[0] + bc[1], in_dims=(0, (1, None)))(
        m.X2, (m.X2.T, m.ones(3)))),
    ("1.1 float arg", lambda m, F: F.vmap(lambda a, b: a * b, in_dims=(0, None))(m.X2, 2.0)),
    ("1.1 kwarg unbatched", lambda m, F: F.vmap(lambda t, scale=1.: t * scale)(m.X2, scale=m.X2)),
    ("1.1 batch size 0", lambda m, F: F.vmap(lambda t: t * 2)(m.ones(0, 3))),
    ("1.1 in_dims=-2", lambda m, F: F.vmap(m.sum, in_dims=-2)(m.X2)),
    # §1.3 outputs
    ("1.3 expanded", lambda m, F: F.vmap(lambda t: m.y3)(m.X2)),
    ("1.3 int dtype", lambda m, F: F.vmap(lambda t: t + 1)(m.arange(4).reshape(2, 2))),
    ("1.3 out_dims=1", lambda m, F: F.vmap(lambda t: t * 2, out_dims=1)(m.X2)),
    ("1.3 out_dims=-1", lambda m, F: F.vmap(lambda t: t.unsqueeze(0) * 2, out_dims=-1)(m.X2)),
    ("1.3 out_dims tuple", lambda m, F: F.vmap(lambda t: (t, t.unsqueeze(0)), out_dims=(0, 1))(m.X2)),
    ("1.3 out_dims (0,)", lambda m, F: F.vmap(lambda t: t, out_dims=(0,))(m.X2)),
    ("1.3 out_dims nested", lambda m, F: F.vmap(lambda a: (a, (a, a)), out_dims=(0, (1, 0)))(m.X2)),
    ("1.3 out_dims broadcast", lambda m, F: F.vmap(lambda a: (a, (a, a)), out_dims=(1, 0))(m.X2)),
    ("1.3 out_dims dict", lambda m, F: F.vmap(lambda t: {"a": t, "b": t.sum()}, out_dims={"a": 1, "b": 0})(m.X2)),
    ("1.3 list output", lambda m, F: F.vmap(lambda t: [t, t.sum()])(m.X2)),
    ("1.3 tensor from a list inside vmap", lambda m, F: F.vmap(lambda t: m.tensor([1., 2., 3.]) * t)(m.X2)),
    ("1.3 empty inside vmap", lambda m, F: tuple(F.vmap(lambda t: m.empty(3) * 0 + t[0])(m.X2).shape)),
    ("1.3 expanded tuple", lambda m, F: F.vmap(lambda t: (t, m.y3, m.y))(m.X2)),
    # §1.4 allowed in-place
    ("1.4 in-place unbatched operand", lambda m, F: F.vmap(lambda t: t.clone().add_(m.ones(3)))(m.X2)),
    ("1.4 in-place mutates input", _mutated),
    ("1.4 item under grad", lambda m, F: F.grad(lambda a: a.sum() * a.sum().item())(m.x)),
    # §1.7 autograd through vmap
    ("1.7 grad_fn", lambda m, F: F.vmap(m.sin)(m.x.requires_grad_())),
    ("1.7 vmap then backward", lambda m, F: (lambda a: (F.vmap(lambda t: (t * t).sum())(a).sum().backward(),
                                                        a.grad)[1])(m.X2.requires_grad_())),
    # §1.8 nesting
    ("1.8 vmap(vmap(dot))", lambda m, F: F.vmap(F.vmap(m.dot))(m.ones(2, 3, 4), m.ones(2, 3, 4))),
    ("1.8 vmap(vmap(mul))", lambda m, F: F.vmap(F.vmap(lambda a, b: a * b))(m.X2, m.ones(2, 3) * 2)),
    ("1.8 outer product", lambda m, F: F.vmap(F.vmap(m.mul, in_dims=(0, None)), in_dims=(None, 0))(
        m.ones(3), m.ones(2, 3))),
    ("1.8 in_dims=1 inside", lambda m, F: F.vmap(F.vmap(m.sum, in_dims=1), in_dims=0)(m.ones(2, 3, 4))),
    ("1.8 values", lambda m, F: F.vmap(F.vmap(lambda a, b: a * b + a.sum()), in_dims=(1, 0))(
        m.arange(24.).reshape(3, 2, 4), m.arange(24.).reshape(2, 3, 4))),
    # §2 grad / grad_and_value
    ("2 grad", lambda m, F: F.grad(lambda a: (a ** 2).sum())(m.x)),
    ("2 grad_and_value", lambda m, F: F.grad_and_value(lambda a: (a ** 2).sum())(m.x)),
    ("2 argnums=1", lambda m, F: F.grad(g2, argnums=1)(m.x, m.y)),
    ("2 argnums=-1", lambda m, F: F.grad(g2, argnums=-1)(m.x, m.y)),
    ("2 argnums=-2", lambda m, F: F.grad(g2, argnums=-2)(m.x, m.y)),
    ("2 argnums=(0,1)", lambda m, F: F.grad(g2, argnums=(0, 1))(m.x, m.y)),
    ("2 argnums=(1,0)", lambda m, F: F.grad(g2, argnums=(1, 0))(m.x, m.y)),
    ("2 argnums=(0,)", lambda m, F: F.grad(g2, argnums=(0,))(m.x, m.y)),
    ("2 argnums=(-1,0)", lambda m, F: F.grad_and_value(g2, argnums=(-1, 0))(m.x, m.y)),
    ("2 dict", lambda m, F: F.grad(lambda d: (d["w"] * d["b"]).sum())({"w": m.x, "b": m.y})),
    ("2 nested", lambda m, F: F.grad(lambda l: (l[0] * l[1][0]).sum())((m.x, [m.y]))),
    ("2 non-tensor arg", lambda m, F: F.grad(lambda a, s: (a * s).sum())(m.x, 3.0)),
    ("2 kwarg", lambda m, F: F.grad(lambda a, b=None: (a * b).sum())(m.x, b=m.y)),
    ("2 unused arg", lambda m, F: F.grad(lambda a, b: a.sum(), argnums=(0, 1))(m.x, m.y)),
    ("2 constant output", lambda m, F: F.grad(lambda a: m.tensor(3.))(m.x)),
    ("2 integer output", lambda m, F: F.grad(lambda a: a.long().sum())(m.x)),
    ("2 has_aux", lambda m, F: F.grad(lambda a: ((a ** 2).sum(), {"aux": a * 2}), has_aux=True)(m.x)),
    ("2 grad_and_value has_aux", lambda m, F: F.grad_and_value(lambda a: ((a ** 2).sum(), a.mean()),
                                                               has_aux=True)(m.x)),
    ("2 has_aux nested aux", lambda m, F: F.grad(lambda a: (a.sum(), (a.exp(), [a * 2])), has_aux=True)(m.x)),
    ("2 requires_grad input", lambda m, F: F.grad(lambda a: (a ** 2).sum())(m.tensor([1., 2.],
                                                                                   requires_grad=True))),
    ("2 requires_grad kept", _requires_grad_kept),
    ("2 float64", lambda m, F: F.grad(lambda a: (a ** 2).sum())(m.x.double())),
    ("2 outer no_grad", lambda m, F: _outer_no_grad(m, lambda: (F.grad(lambda a: (a ** 2).sum())(m.x),
                                                               F.grad_and_value(lambda a: (a ** 2).sum())(m.x)))),
    ("2 inner no_grad", lambda m, F: F.grad(_inner_no_grad(m))(m.x)),
    # §3 vjp
    ("3 sin", lambda m, F: (lambda o, fn: (o, fn(m.ones(3))))(*F.vjp(m.sin, m.x))),
    ("3 mul", lambda m, F: F.vjp(m.mul, m.x, m.y)[1](m.ones(3))),
    ("3 tuple output", lambda m, F: F.vjp(lambda a: (a * 2, a.sum()), m.x)[1]((m.ones(3), m.tensor(1.)))),
    ("3 dict primal", lambda m, F: F.vjp(lambda d: d["a"] * 2, {"a": m.x})[1](m.ones(3))),
    ("3 dict output", lambda m, F: F.vjp(lambda a: {"o": a * 2}, m.x)[1]({"o": m.ones(3)})),
    ("3 has_aux", lambda m, F: F.vjp(lambda a: (a.sin(), a.cos()), m.x, has_aux=True)),
    ("3 has_aux vjp_fn", lambda m, F: F.vjp(lambda a: (a.sin(), a.cos()), m.x, has_aux=True)[1](m.ones(3))),
    ("3 unused", lambda m, F: F.vjp(lambda a: m.ones(2), m.x)[1](m.ones(2))),
    ("3 no primals", _vjp_no_primals),
    ("3 vjp_fn twice", _vjp_twice),
    ("3 cotangent dtype", lambda m, F: F.vjp(m.sin, m.x.float())[1](m.ones(3).double())),
    ("3 outer no_grad", lambda m, F: _outer_no_grad(m, lambda: F.vjp(m.sin, m.x)[1](m.ones(3)))),
    ("3 list primal output", lambda m, F: F.vjp(lambda l: [l[0] * l[1], l[1].exp()], [m.x, m.y])[1](
        [m.ones(3), m.tensor(2.)])),
    # §4 jvp
    ("4 sin", lambda m, F: F.jvp(m.sin, (m.x,), (m.ones(3),))),
    ("4 mul", lambda m, F: F.jvp(m.mul, (m.x, m.y), (m.ones(3), m.tensor(1.)))),
    ("4 dict", lambda m, F: F.jvp(lambda d: d["a"] * 2, ({"a": m.x},), ({"a": m.ones(3)},))),
    ("4 tuple output", lambda m, F: F.jvp(lambda a: (a * 2, a.sum()), (m.x,), (m.ones(3),))),
    ("4 has_aux", lambda m, F: F.jvp(lambda a: (a * 2, a.cos()), (m.x,), (m.ones(3),), has_aux=True)),
    ("4 independent output", lambda m, F: F.jvp(lambda a: m.ones(2), (m.x,), (m.ones(3),))),
    ("4 integer output", lambda m, F: F.jvp(lambda a: a.long(), (m.x,), (m.ones(3),))),
    ("4 tangent dtype", lambda m, F: F.jvp(m.sin, (m.x.float(),), (m.ones(3).double(),))),
    ("4 outer no_grad", lambda m, F: _outer_no_grad(m, lambda: F.jvp(m.sin, (m.x,), (m.ones(3),)))),
    ("4 strict dependent", lambda m, F: F.jvp(m.sin, (m.x,), (m.ones(3),), strict=True)),
]

for _J in ("jacrev", "jacfwd"):
    def _j(m, F, _J=_J):
        return getattr(F, _J)
    EXAMPLES += [
        ("5 %s sin" % _J, lambda m, F, j=_j: j(m, F)(m.sin)(m.x)),
        ("5 %s scalar output" % _J, lambda m, F, j=_j: j(m, F)(lambda a: (a ** 2).sum())(m.x)),
        ("5 %s scalar in/out" % _J, lambda m, F, j=_j: j(m, F)(lambda a: a ** 2)(m.y)),
        ("5 %s matmul" % _J, lambda m, F, j=_j: j(m, F)(lambda a: a @ a)(m.ones(2, 2) + m.eye(2))),
        ("5 %s argnums=1" % _J, lambda m, F, j=_j: j(m, F)(m.mul, argnums=1)(m.x, m.y)),
        ("5 %s argnums=(0,1)" % _J, lambda m, F, j=_j: j(m, F)(m.mul, argnums=(0, 1))(m.x, m.y)),
        ("5 %s argnums=(0,)" % _J, lambda m, F, j=_j: j(m, F)(m.mul, argnums=(0,))(m.x, m.y)),
        ("5 %s tuple output" % _J, lambda m, F, j=_j: j(m, F)(lambda a: (a * 2, a.sum()))(m.x)),
        ("5 %s dict output" % _J, lambda m, F, j=_j: j(m, F)(lambda a: {"p": a * 2})(m.x)),
        ("5 %s dict input" % _J, lambda m, F, j=_j: j(m, F)(lambda d: d["a"] * d["b"])({"a": m.x, "b": m.y})),
        ("5 %s outputs x argnums" % _J, lambda m, F, j=_j: j(m, F)(lambda a, b: (a * b, b), argnums=(0, 1))(
            m.x, m.y)),
        ("5 %s has_aux" % _J, lambda m, F, j=_j: j(m, F)(lambda a: (a.sin(), a.cos()), has_aux=True)(m.x)),
        ("5 %s has_aux pytree aux" % _J, lambda m, F, j=_j: j(m, F)(
            lambda a: (a.exp(), {"s": a.sum(), "l": [a * 2]}), has_aux=True)(m.x)),
        ("5 %s has_aux pytree output" % _J, lambda m, F, j=_j: j(m, F)(
            lambda a: ((a * 2, {"s": a.sin().sum()}), a.cos()), has_aux=True)(m.x)),
        ("5 %s constant" % _J, lambda m, F, j=_j: j(m, F)(lambda a: m.ones(2))(m.x)),
        ("5 %s empty input" % _J, lambda m, F, j=_j: j(m, F)(lambda a: a * 2)(m.ones(0))),
        ("5 %s empty output" % _J, lambda m, F, j=_j: j(m, F)(lambda a: a[:0])(m.x)),
        ("5 %s float64" % _J, lambda m, F, j=_j: j(m, F)(m.sin)(m.x.double())),
        ("5 %s outer no_grad" % _J, lambda m, F, j=_j: _outer_no_grad(m, lambda: j(m, F)(m.sin)(m.x))),
        ("5 %s 2-D in, 2-D out" % _J, lambda m, F, j=_j: j(m, F)(lambda a: a.exp() @ a.t())(m.Xc)),
        ("5 %s unused arg" % _J, lambda m, F, j=_j: j(m, F)(lambda a, b: a.sin(), argnums=(0, 1))(m.x, m.y)),
    ]

EXAMPLES += [
    ("5 jacfwd argnums=None", lambda m, F: F.jacfwd(m.mul, argnums=None)(m.x, m.y)),
    ("5 jacfwd integer output", lambda m, F: F.jacfwd(lambda a: a.long())(m.x)),
    ("5 jacrev random op", lambda m, F: tuple(F.jacrev(lambda a: a * m.rand(3))(m.x).shape)),
    # §6 hessian
    ("6 cube", lambda m, F: F.hessian(f3)(m.x)),
    ("6 sin", lambda m, F: F.hessian(lambda a: a.sin().sum())(m.x)),
    ("6 argnums=1", lambda m, F: F.hessian(lambda a, b: (a * b ** 2).sum(), argnums=1)(m.x, m.y)),
    ("6 argnums=(0,1)", lambda m, F: F.hessian(lambda a, b: (a * b ** 2).sum(), argnums=(0, 1))(m.x, m.y)),
    ("6 vector output", lambda m, F: F.hessian(lambda a: a ** 3)(m.x)),
    ("6 2-D input", lambda m, F: F.hessian(lambda a: (a ** 2).sum())(m.ones(2, 3))),
    ("6 mixed", lambda m, F: F.hessian(lambda a: (a.exp() * a.sum()).sum() + (a[0] * a[1]) ** 2)(m.x)),
    # §7 composition
    ("7 per-sample grads", _per_sample),
    ("7 vmap(grad argnums=1)", lambda m, F: F.vmap(F.grad(loss7, argnums=1), in_dims=(None, 0))(m.W, m.Xc)),
    ("7 vmap(grad_and_value)", lambda m, F: F.vmap(F.grad_and_value(lambda a: (a ** 2).sum()))(m.Xc)),
    ("7 vmap(grad) non-tensor", lambda m, F: F.vmap(F.grad(lambda a, s: (a * s).sum()), in_dims=(0, None))(
        m.Xc, 3.0)),
    ("7 vmap(grad(sin))", lambda m, F: F.vmap(F.grad(m.sin))(m.tensor([0., 1.]))),
    ("7 vmap(grad has_aux)", lambda m, F: F.vmap(F.grad(lambda a: ((a ** 2).sum(), a.exp()), has_aux=True))(m.Xc)),
    ("7 vmap(jacrev)", lambda m, F: F.vmap(F.jacrev(m.sin))(m.Xc)),
    ("7 vmap(jacfwd)", lambda m, F: F.vmap(F.jacfwd(lambda a: a.sin() * a.sum()))(m.Xc)),
    ("7 vmap(hessian)", lambda m, F: F.vmap(F.hessian(f3))(m.Xc)),
    ("7 jacrev(vmap)", lambda m, F: F.jacrev(F.vmap(m.sin))(m.Xc)),
    ("7 jacfwd(vmap)", lambda m, F: F.jacfwd(F.vmap(lambda a: a.exp() * a.sum()))(m.Xc)),
    ("7 grad(vmap)", lambda m, F: F.grad(lambda a: F.vmap(m.dot)(a, a).sum())(m.Xc)),
    ("7 jacrev(jacrev)", lambda m, F: F.jacrev(F.jacrev(f3))(m.x)),
    ("7 jacfwd(jacrev)", lambda m, F: F.jacfwd(F.jacrev(f3))(m.x)),
    ("7 jacfwd(jacfwd)", lambda m, F: F.jacfwd(F.jacfwd(f3))(m.x)),
    ("7 jacrev(jacfwd)", lambda m, F: F.jacrev(F.jacfwd(f3))(m.x)),
    ("7 jacrev(jacrev(sin))", lambda m, F: F.jacrev(F.jacrev(lambda a: a.sin()))(m.x)),
    ("7 grad(grad(cube))", lambda m, F: F.grad(F.grad(lambda a: a ** 3))(m.tensor(2.))),
    ("7 grad(grad(sin))", lambda m, F: F.grad(F.grad(m.sin))(m.tensor(1.))),
    ("7 grad(grad(grad(sin)))", lambda m, F: F.grad(F.grad(F.grad(m.sin)))(m.tensor(0.))),
    ("7 jvp(grad) hvp", lambda m, F: F.jvp(F.grad(f3), (m.x,), (m.ones(3),))),
    ("7 vmap(jvp)", lambda m, F: (lambda x: F.vmap(lambda t: F.jvp(m.sin, (x,), (t,)))(m.eye(3)))(m.x)),
    ("7 vmap(jvp) batched primal", lambda m, F: F.vmap(lambda p: F.jvp(lambda a: a ** 2, (p,), (m.ones(3),))[1])(
        m.arange(6.).reshape(2, 3))),
    ("7 vmap(vjp_fn)", lambda m, F: F.vmap(F.vjp(m.sin, m.x)[1])(m.eye(3))),
    ("7 vmap(vjp) batched primal", lambda m, F: F.vmap(lambda p: F.vjp(lambda a: a.exp() * a.sum(), p)[1](
        m.ones(2)))(m.Xc)),
    ("7 vmap(vmap(grad))", lambda m, F: F.vmap(F.vmap(F.grad(lambda a: (a.sin() * a).sum())))(
        m.arange(12.).reshape(2, 3, 2))),
    ("7 grad(grad) of vmap", lambda m, F: F.grad(F.grad(lambda s: F.vmap(lambda t: (t * s).sin())(m.x).sum()))(
        m.tensor(0.5))),
]


def _params(cases):
    return [pytest.param(c, id=n, marks=[pytest.mark.xfail(strict=True, reason=CT_BUGS[n])] if n in CT_BUGS else [])
            for n, c in cases]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("case", _params(EXAMPLES))
def test_spec_example(case, dtype):
    same(case, dtype, expect_error=False)


# ---------------------------------------------------------------- errors (§1-§5, §8)

def _rand_in_vmap_grad(m, F):
    return F.vmap(F.grad(lambda a: (a * m.rand(2)).sum()))(m.Xc)


ERRORS = [
    # §0
    ("0 randomness at construction", lambda m, F: F.vmap(m.sin, randomness=None)),
    ("0 randomness foo", lambda m, F: F.vmap(m.sin, randomness="foo")),
    ("0 vmap(3)", lambda m, F: F.vmap(3)(m.x)),
    ("0 jacrev randomness kw", lambda m, F: F.jacrev(m.sin, randomness="same")),
    ("0 hessian has_aux", lambda m, F: F.hessian(m.sin, has_aux=True)),
    ("0 jacrev 3 positional", lambda m, F: F.jacrev(m.sin, 0, True)),
    ("0 grad argnums=5 on call", lambda m, F: F.grad(m.sin, argnums=5)(m.x)),
    ("0 jacrev argnums=[0] on call", lambda m, F: F.jacrev(m.sin, argnums=[0])(m.x)),
    ("0 jacfwd randomness on call", lambda m, F: F.jacfwd(m.sin, randomness="bad")(m.x)),
    ("0 vmap in_dims=[0] on call", lambda m, F: F.vmap(m.sin, in_dims=[0])(m.x)),
    # §1.2
    ("1.2 in_dims list", lambda m, F: F.vmap(m.mul, in_dims=[0, None])(m.X2, m.y3)),
    ("1.2 in_dims None", lambda m, F: F.vmap(m.mul, in_dims=None)(m.X2, m.y3)),
    ("1.2 in_dims float", lambda m, F: F.vmap(m.mul, in_dims=0.5)(m.X2, m.y3)),
    ("1.2 no inputs", lambda m, F: F.vmap(lambda: m.ones(1))()),
    ("1.2 no positional inputs", lambda m, F: F.vmap(lambda a=None: a)(a=m.X2)),
    ("1.2 in_dims short", lambda m, F: F.vmap(m.mul, in_dims=(0,))(m.X2, m.X2)),
    ("1.2 in_dims long", lambda m, F: F.vmap(m.mul, in_dims=(0, 0, 0))(m.X2, m.X2)),
    ("1.2 in_dims nested mismatch", lambda m, F: F.vmap(lambda l: l[0], in_dims=([0, 0, 0],))([m.X2, m.X2])),
    ("1.2 in_dim str", lambda m, F: F.vmap(m.mul, in_dims=(0, "a"))(m.X2, m.X2)),
    ("1.2 int in_dim on float", lambda m, F: F.vmap(lambda a, b: a * b, in_dims=0)(m.X2, 2.0)),
    ("1.2 in_dims=2", lambda m, F: F.vmap(m.sum, in_dims=2)(m.X2)),
    ("1.2 in_dims=-3", lambda m, F: F.vmap(m.sum, in_dims=-3)(m.X2)),
    ("1.2 0-dim input", lambda m, F: F.vmap(m.sum)(m.tensor(1.))),
    ("1.2 sizes differ", lambda m, F: F.vmap(m.mul)(m.ones(2), m.ones(3))),
    ("1.2 all None", lambda m, F: F.vmap(m.mul, in_dims=(None, None))(m.X2, m.X2)),
    ("1.2 partial name", lambda m, F: F.vmap(functools.partial(_twice), in_dims=2)(m.X2)),
    # §1.3
    ("1.3 out_dims None", lambda m, F: F.vmap(lambda t: t, out_dims=None)(m.X2)),
    ("1.3 out_dims str", lambda m, F: F.vmap(lambda t: t, out_dims="a")(m.X2)),
    ("1.3 out_dims float", lambda m, F: F.vmap(lambda t: t, out_dims=1.0)(m.X2)),
    ("1.3 out_dims (0,None)", lambda m, F: F.vmap(lambda t: (t, t), out_dims=(0, None))(m.X2)),
    ("1.3 out_dims (0,1) one tensor", lambda m, F: F.vmap(lambda t: t, out_dims=(0, 1))(m.X2)),
    ("1.3 out_dims long", lambda m, F: F.vmap(lambda t: (t, t), out_dims=(0, 0, 0))(m.X2)),
    ("1.3 out_dims list vs tuple", lambda m, F: F.vmap(lambda t: (t, t), out_dims=[0, 1])(m.X2)),
    ("1.3 out_dims=2", lambda m, F: F.vmap(lambda t: t, out_dims=2)(m.X2)),
    ("1.3 returns float", lambda m, F: F.vmap(lambda t: 1.0)(m.X2)),
    ("1.3 returns None", lambda m, F: F.vmap(lambda t: None)(m.X2)),
    ("1.3 returns tuple with int", lambda m, F: F.vmap(lambda t: (t, 1))(m.X2)),
    # §1.4
    ("1.4 item", lambda m, F: F.vmap(lambda t: t.sum().item())(m.X2)),
    ("1.4 float()", lambda m, F: F.vmap(lambda t: float(t.sum()))(m.X2)),
    ("1.4 if", lambda m, F: F.vmap(_if_positive)(m.X2)),
    ("1.4 bool()", lambda m, F: F.vmap(lambda t: bool(t[0]))(m.X2)),
    ("1.4 item in vmap(grad)", lambda m, F: F.vmap(F.grad(lambda a: a.sum() * a.sum().item()))(m.X2)),
    ("1.4 tolist", lambda m, F: F.vmap(lambda t: t.tolist())(m.X2)),
    ("1.4 boolean mask", lambda m, F: F.vmap(lambda t: t[t > 1])(m.X2)),
    ("1.4 add_ into unbatched", lambda m, F: F.vmap(lambda t: m.ones(3).add_(t))(m.X2)),
    ("1.4 copy_ into unbatched", lambda m, F: F.vmap(lambda t: m.zeros(3).copy_(t))(m.X2)),
    ("1.4 setitem into unbatched", lambda m, F: F.vmap(_setitem(m))(m.X2)),
    # §1.5
    ("1.5 rand error", lambda m, F: F.vmap(lambda t: m.rand(3))(m.X2)),
    ("1.5 rand_like error", lambda m, F: F.vmap(lambda t: m.rand_like(t))(m.X2)),
    ("1.5 randn error", lambda m, F: F.vmap(lambda t: t + m.randn(3))(m.X2)),
    ("1.5 dropout error", lambda m, F: F.vmap(lambda t: m.nn.functional.dropout(t, 0.5))(m.X2)),
    ("1.5 nested outer different", lambda m, F: F.vmap(F.vmap(lambda t: m.rand(())), randomness="different")(m.X2)),
    ("1.5 nested inner different", lambda m, F: F.vmap(F.vmap(lambda t: m.rand(()), randomness="different"))(m.X2)),
    # §2
    ("2 argnums=2", lambda m, F: F.grad(g2, argnums=2)(m.x, m.y)),
    ("2 argnums=-3", lambda m, F: F.grad(g2, argnums=-3)(m.x, m.y)),
    ("2 kwargs only", lambda m, F: F.grad(lambda a: a.sum())(a=m.x)),
    ("2 no args", lambda m, F: F.grad(lambda: m.x.sum())()),
    ("2 argnums=(0,0)", lambda m, F: F.grad(g2, argnums=(0, 0))(m.x, m.y)),
    ("2 argnums=(0,-2)", lambda m, F: F.grad(g2, argnums=(0, -2))(m.x, m.y)),
    ("2 argnums=()", lambda m, F: F.grad(g2, argnums=())(m.x, m.y)),
    ("2 argnums list", lambda m, F: F.grad(g2, argnums=[0, 1])(m.x, m.y)),
    ("2 argnums float", lambda m, F: F.grad(g2, argnums=1.0)(m.x, m.y)),
    ("2 argnums None", lambda m, F: F.grad(g2, argnums=None)(m.x, m.y)),
    ("2 argnum str", lambda m, F: F.grad(g2, argnums=(0, "a"))(m.x, m.y)),
    ("2 1-D output", lambda m, F: F.grad(lambda a: a * 2)(m.x)),
    ("2 shape (1,) output", lambda m, F: F.grad(lambda a: a.sum().reshape(1))(m.x)),
    ("2 float output", lambda m, F: F.grad(lambda a: 1.0)(m.x)),
    ("2 tuple output", lambda m, F: F.grad(lambda a: (a.sum(), a.sum()))(m.x)),
    ("2 grad_and_value 1-D", lambda m, F: F.grad_and_value(lambda a: a * 2)(m.x)),
    ("2 has_aux tensor", lambda m, F: F.grad(lambda a: a.sum(), has_aux=True)(m.x)),
    ("2 has_aux 3-tuple", lambda m, F: F.grad(lambda a: (a.sum(), a, a), has_aux=True)(m.x)),
    ("2 has_aux list", lambda m, F: F.grad(lambda a: [a.sum(), a], has_aux=True)(m.x)),
    ("2 aux int", lambda m, F: F.grad(lambda a: (a.sum(), (a, 1)), has_aux=True)(m.x)),
    ("2 non-tensor differentiated", lambda m, F: F.grad(lambda a, b: a.sum(), argnums=1)(m.x, 2.0)),
    ("2 non-tensor leaf", lambda m, F: F.grad(lambda t: t[0].sum())((m.x, 1.0))),
    ("2 integer input", lambda m, F: F.grad(lambda a: a.sum())(m.arange(3))),
    ("2 backward inside", lambda m, F: F.grad(_backward_inside)(m.x)),
    # §3
    ("3 cotangent tensor vs tuple", lambda m, F: F.vjp(lambda a: (a, a), m.x)[1](m.ones(3))),
    ("3 cotangent list vs tuple", lambda m, F: F.vjp(lambda a: (a, a), m.x)[1]([m.ones(3), m.ones(3)])),
    ("3 cotangent shape", lambda m, F: F.vjp(m.sin, m.x)[1](m.ones(2))),
    ("3 has_aux not tuple", lambda m, F: F.vjp(m.sin, m.x, has_aux=True)),
    ("3 aux int", lambda m, F: F.vjp(lambda a: (a, 1), m.x, has_aux=True)),
    ("3 int output", lambda m, F: F.vjp(lambda a: a.long(), m.x)),
    ("3 bool output", lambda m, F: F.vjp(lambda a: a > 1, m.x)),
    ("3 int primal", lambda m, F: F.vjp(lambda a: a * 2, m.arange(3))),
    ("3 non-tensor primal", lambda m, F: F.vjp(lambda a: a, 2.0)),
    ("3 float output", lambda m, F: F.vjp(lambda a: 1.0, m.x)),
    ("3 None output", lambda m, F: F.vjp(lambda a: None, m.x)),
    ("3 empty output", lambda m, F: F.vjp(lambda a: (), m.x)),
    # §4
    ("4 primals tensor", lambda m, F: F.jvp(m.sin, m.x, (m.ones(3),))),
    ("4 primals list", lambda m, F: F.jvp(m.sin, [m.x], [m.ones(3)])),
    ("4 tangents tensor", lambda m, F: F.jvp(m.sin, (m.x,), m.ones(3))),
    ("4 tangents list", lambda m, F: F.jvp(m.sin, (m.x,), [m.ones(3)])),
    ("4 primals empty", lambda m, F: F.jvp(lambda: m.ones(1), (), ())),
    ("4 non-tensor primal", lambda m, F: F.jvp(lambda a: a, (2.0,), (1.0,))),
    ("4 int primal", lambda m, F: F.jvp(lambda a: a, (m.arange(3),), (m.arange(3),))),
    ("4 tangent shape", lambda m, F: F.jvp(m.sin, (m.x,), (m.ones(2),))),
    ("4 has_aux not tuple", lambda m, F: F.jvp(m.sin, (m.x,), (m.ones(3),), has_aux=True)),
    ("4 float output", lambda m, F: F.jvp(lambda a: 1.0, (m.x,), (m.ones(3),))),
    ("4 None output", lambda m, F: F.jvp(lambda a: None, (m.x,), (m.ones(3),))),
    ("4 strict independent", lambda m, F: F.jvp(lambda a: m.ones(2), (m.x,), (m.ones(3),), strict=True)),
    # §5 (both) and the jacrev / jacfwd differences
    ("5 kwargs not forwarded jacrev", lambda m, F: F.jacrev(lambda a, s=1.: a * s)(m.x, s=2.)),
    ("5 kwargs not forwarded jacfwd", lambda m, F: F.jacfwd(lambda a, s=1.: a * s)(m.x, s=2.)),
    ("5 jacrev argnums=None", lambda m, F: F.jacrev(m.mul, argnums=None)(m.x, m.y)),
    ("5 jacrev integer output", lambda m, F: F.jacrev(lambda a: a.long())(m.x)),
    ("5 jacrev integer input", lambda m, F: F.jacrev(lambda a: a * 2)(m.arange(3))),
    ("5 jacfwd integer input", lambda m, F: F.jacfwd(lambda a: a * 2)(m.arange(3))),
    ("5 jacrev non-tensor input", lambda m, F: F.jacrev(lambda a: a * 2)(2.0)),
    ("5 jacfwd non-tensor input", lambda m, F: F.jacfwd(lambda a: a * 2)(2.0)),
    ("5 jacrev has_aux not tuple", lambda m, F: F.jacrev(m.sin, has_aux=True)(m.x)),
    ("5 jacfwd has_aux not tuple", lambda m, F: F.jacfwd(m.sin, has_aux=True)(m.x)),
    ("5 jacrev non-tensor output", lambda m, F: F.jacrev(lambda a: 1.0)(m.x)),
    ("5 jacfwd non-tensor output", lambda m, F: F.jacfwd(lambda a: 1.0)(m.x)),
    ("5 jacfwd random op", lambda m, F: F.jacfwd(lambda a: a * m.rand(3))(m.x)),
    ("5 jacfwd randomness bad", lambda m, F: F.jacfwd(m.sin, randomness="bad")(m.x)),
    ("5 jacrev aux int", lambda m, F: F.jacrev(lambda a: (a, 1), has_aux=True)(m.x)),
    ("5 jacfwd aux int", lambda m, F: F.jacfwd(lambda a: (a, 1), has_aux=True)(m.x)),
    ("5 hessian argnums out of range", lambda m, F: F.hessian(g2, argnums=2)(m.x, m.y)),
]
for _J in ("jacrev", "jacfwd"):
    for _name, _argnums in (("out of range", 2), ("duplicate", (0, 0)), ("empty", ()), ("list", [0]),
                            ("element str", (0, "a"))):
        ERRORS.append(("5 %s argnums %s" % (_J, _name),
                       lambda m, F, J=_J, a=_argnums: getattr(F, J)(m.mul, argnums=a)(m.x, m.y)))

ERRORS += [
    # §7 inside compositions
    ("7 grad(grad) 1-D", lambda m, F: F.grad(F.grad(f3))(m.x)),
    ("7 vmap(grad) per-sample output", lambda m, F: F.vmap(F.grad(lambda a: a * 2))(m.Xc)),
    ("7 random op in vmap(grad)", _rand_in_vmap_grad),
    ("7 vmap(jacrev) int output", lambda m, F: F.vmap(F.jacrev(lambda a: a.long()))(m.Xc)),
    ("7 vmap(vjp) has_aux", lambda m, F: F.vmap(lambda p: F.vjp(m.sin, p, has_aux=True))(m.Xc)),
    ("7 vmap(jvp) strict", lambda m, F: F.vmap(lambda p: F.jvp(lambda a: m.ones(2), (p,), (p,), strict=True))(m.Xc)),
    # §8, the rows not already above
    ("8.6 aux leaf vjp", lambda m, F: F.vjp(lambda a: (a, {"k": 3}), m.x, has_aux=True)),
    ("8.12 jacrev pytree leaf", lambda m, F: F.jacrev(lambda t: t[0])((m.x, 1.0))),
    ("8.13 jacrev integer input", lambda m, F: F.jacrev(lambda a: a.sum())(m.arange(3))),
    ("8.15 jacrev bool output", lambda m, F: F.jacrev(lambda a: a > 1)(m.x)),
    ("8.19 backward inside vjp", lambda m, F: F.vjp(_backward_inside, m.x)),
    ("8.23 in_dim on non-tensor", lambda m, F: F.vmap(lambda a, b: a * b, in_dims=(0, 0))(m.X2, 2.0)),
    ("8.29 out_dim beyond rank -3", lambda m, F: F.vmap(lambda t: t, out_dims=-3)(m.X2)),
]


@pytest.mark.parametrize("case", _params(ERRORS))
def test_spec_error(case):
    same(case, expect_error=True)


def _needs(name, obj=None):
    if not hasattr(obj if obj is not None else ct, name):
        pytest.skip("cotangent has no %s" % name)


def test_nonzero_in_vmap():
    _needs("nonzero")
    same(lambda m, F: F.vmap(lambda t: m.nonzero(t))(m.X2), expect_error=True)


def test_same_randomness_with_batched_distribution_argument():
    _needs("bernoulli")
    same(lambda m, F: F.vmap(lambda t: m.bernoulli(t / 10), randomness="same")(m.X2), expect_error=True)


def test_normal_in_vmap_error_mode():
    _needs("normal_", ct.Tensor)
    same(lambda m, F: F.vmap(lambda t: t.clone().normal_())(m.X2), expect_error=True)


# Not ported: §2's complex examples (cotangent has no complex dtype) and the
# float16 dtype row; §1.6's fallback warning (asserted nowhere, filtered).


# ---------------------------------------------------------------- deliberate differences

def test_chunk_size_keyword_exists_in_cotangent():
    # torch.func (2.x) has chunk_size; functorch 1.13 does not (§0, §8 row 40)
    for make in (lambda F: F.vmap(torch.sin, chunk_size=2), lambda F: F.jacrev(torch.sin, chunk_size=2),
                 lambda F: F.jacfwd(torch.sin, chunk_size=2)):
        with pytest.raises(TypeError, match="got an unexpected keyword argument 'chunk_size'"):
            make(functorch)
    x = ct.tensor([1., 2., 3.])
    np.testing.assert_allclose(cf.vmap(ct.sin, chunk_size=2)(x).numpy(), np.sin([1., 2., 3.]), rtol=1e-6)
    np.testing.assert_allclose(cf.jacrev(ct.sin, chunk_size=2)(x).numpy(), np.diag(np.cos([1., 2., 3.])),
                               rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(cf.jacfwd(ct.sin, chunk_size=2)(x).numpy(), np.diag(np.cos([1., 2., 3.])),
                               rtol=1e-6, atol=1e-7)


def test_jacfwd_negative_argnums_is_correct_in_cotangent():
    # functorch 1.13's jacfwd gives zeros for a negative argnum (a bug, §5);
    # cotangent gives the Jacobian: compared with jacrev and positive argnums
    xt, yt = torch.tensor([1., 2., 3.]), torch.tensor(2.)
    assert not functorch.jacfwd(torch.mul, argnums=-1)(xt, yt).any()  # functorch's bug, still there
    xc, yc = ct.tensor([1., 2., 3.]), ct.tensor(2.)
    want = functorch.jacrev(torch.mul, argnums=-1)(xt, yt)
    compare(want, cf.jacfwd(ct.mul, argnums=-1)(xc, yc))
    compare(functorch.jacrev(torch.mul, argnums=(0, -1))(xt, yt), cf.jacfwd(ct.mul, argnums=(0, -1))(xc, yc))
    compare(functorch.jacrev(torch.sin, argnums=-1)(xt), cf.jacfwd(ct.sin, argnums=-1)(xc))
    # hessian = jacfwd(jacrev): argnums=-1 gives functorch 0., the true value 12.
    h = lambda a, b: (a * b ** 2).sum()  # noqa: E731
    assert functorch.hessian(h, argnums=-1)(xt, yt).item() == 0.0
    compare(functorch.hessian(h, argnums=1)(xt, yt), cf.hessian(h, argnums=-1)(xc, yc))


# ---------------------------------------------------------------- 4. chunk_size

CHUNKED = [
    ("sin", lambda m: (m.sin, {}, (m.arange(10.).reshape(5, 2),))),
    ("in_dims None, out_dims 1", lambda m: (lambda a, b: (a * b).exp(), dict(in_dims=(1, None), out_dims=1),
                                            (m.arange(12.).reshape(3, 4) / 10, m.arange(3.)))),
    ("pytree output", lambda m: (lambda a: {"s": a.sum(), "t": (a * 2, a.t())}, dict(out_dims={"s": 0, "t": (1, 2)}),
                                 (m.arange(24.).reshape(4, 3, 2),))),
]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
@pytest.mark.parametrize("name", ["sin", "in_dims None, out_dims 1", "pytree output"])
def test_vmap_chunk_size(name, chunk):
    build = dict(CHUNKED)[name]
    tf, tkw, targs = build(torch)
    cfn, ckw, cargs = build(ct)
    compare(functorch.vmap(tf, **tkw)(*targs), cf.vmap(cfn, chunk_size=chunk, **ckw)(*cargs))


@pytest.mark.parametrize("chunk", [1, 2, 4, 100])
def test_jacobians_chunk_size(chunk):
    def f(m):
        return lambda a, b: ((a.exp() * b.sum()).reshape(-1)[:5], (a * b).sum())
    args = lambda m: (m.arange(6.).reshape(2, 3) / 6, m.tensor([0.5, 1.5, -1.]))  # noqa: E731
    want = functorch.jacrev(f(torch), argnums=(0, 1))(*args(torch))
    compare(want, cf.jacrev(f(ct), argnums=(0, 1), chunk_size=chunk)(*args(ct)))
    compare(want, cf.jacfwd(f(ct), argnums=(0, 1), chunk_size=chunk)(*args(ct)))
    compare(functorch.hessian(f3)(torch.tensor([1., 2., 3.])),
            cf.jacfwd(cf.jacrev(f3, chunk_size=chunk), chunk_size=chunk)(ct.tensor([1., 2., 3.])))
    compare(functorch.vmap(functorch.jacrev(torch.sin))(torch.eye(3)),
            cf.vmap(cf.jacrev(ct.sin, chunk_size=chunk), chunk_size=max(1, chunk // 2))(ct.eye(3)))


@pytest.mark.parametrize("chunks,B,out_dims", [(2, 5, 0), (10, 5, 0), (3, 5, 1), (1, 4, 0), (4, 4, 0)])
def test_chunk_vmap_is_chunk_size(chunks, B, out_dims):
    """§1.9: functorch.experimental.chunk_vmap(chunks=c) = vmap(chunk_size=ceil(B / c))."""
    f = lambda t: (t.unsqueeze(0) * 2).exp() if out_dims else t * 2  # noqa: E731
    want = chunk_vmap(f, out_dims=out_dims, chunks=chunks)(torch.arange(float(B)) / B)
    compare(want, cf.vmap(f, out_dims=out_dims, chunk_size=math.ceil(B / chunks))(ct.arange(float(B)) / B))


# ---------------------------------------------------------------- 5. randomness

def _rows_equal(t):
    a = t.detach().numpy()
    return all(np.array_equal(a[0], a[i]) for i in range(1, a.shape[0]))


def _rows_all_differ(t):
    a = t.detach().numpy()
    return all(not np.array_equal(a[i], a[j]) for i in range(a.shape[0]) for j in range(i))


RANDOM_OPS = [
    ("rand", lambda m: lambda t: m.rand(3)),
    ("rand_like", lambda m: lambda t: m.rand_like(t)),
    ("randn", lambda m: lambda t: m.randn(3) + t.sum() * 0),
    ("dropout", lambda m: lambda t: m.nn.functional.dropout(m.ones(40), 0.5) + t.sum() * 0),
    ("rand 0-d", lambda m: lambda t: m.rand(()) + t * 0),
    ("randn_like", lambda m: lambda t: m.randn_like(t)),
    ("dropout of a batched input", lambda m: lambda t: m.nn.functional.dropout((t * 0 + 1).repeat(10), 0.5)),
]


@pytest.mark.parametrize("name", [n for n, _ in RANDOM_OPS])
def test_randomness_error_mode(name):
    build = dict(RANDOM_OPS)[name]
    same(lambda m, F: F.vmap(build(m))(m.X2), expect_error=True)
    same(lambda m, F: F.vmap(build(m), randomness="error")(m.X2), expect_error=True)
    # cotangent's chunk_size (torch.func's) changes nothing there
    with pytest.raises(RuntimeError, match="^vmap: called random operation while in randomness error mode"):
        cf.vmap(build(ct), chunk_size=2)(ct.ones(4, 3))


@pytest.mark.parametrize("name", [n for n, _ in RANDOM_OPS])
@pytest.mark.parametrize("mode", ["same", "different"])
@pytest.mark.parametrize("chunk", [None, pytest.param(2, id="chunk2")])
def test_randomness_modes(name, mode, chunk, request):
    build = dict(RANDOM_OPS)[name]
    check = _rows_equal if mode == "same" else _rows_all_differ
    xt, xc = torch.arange(12.).reshape(4, 3) + 1, ct.arange(12.).reshape(4, 3) + 1
    torch.manual_seed(0)
    ct.manual_seed(0)
    want = functorch.vmap(build(torch), randomness=mode)(xt)
    got = cf.vmap(build(ct), randomness=mode, chunk_size=chunk)(xc)
    assert tuple(got.shape) == tuple(want.shape) and dtype_name(got.dtype) == dtype_name(want.dtype)
    assert check(want), "functorch: %s %s" % (mode, want)
    assert check(got), "cotangent %s: %s" % (mode, got)


def test_randomness_same_matches_one_draw_and_different_one_batched_draw():
    # §1.5: 'same' is one unbatched draw, 'different' one draw of the batch
    xc = ct.ones(2, 3)
    ct.manual_seed(0)
    one = ct.rand(3).numpy()
    ct.manual_seed(0)
    np.testing.assert_array_equal(cf.vmap(lambda t: ct.rand(3), randomness="same")(xc).numpy(),
                                  np.stack([one, one]))
    ct.manual_seed(0)
    batch = ct.rand(2, 3).numpy()
    ct.manual_seed(0)
    np.testing.assert_array_equal(cf.vmap(lambda t: ct.rand(3), randomness="different")(xc).numpy(), batch)


def test_randomness_inside_jacfwd_and_compositions():
    # off the diagonal nothing depends on a's other entries: zeros
    for mode in ("same", "different"):
        for m, F in ((torch, functorch), (ct, cf)):
            m.manual_seed(0)
            j = F.jacfwd(lambda a: a * m.rand(3), randomness=mode)(m.tensor([1., 2., 3.])).numpy()
            assert j.shape == (3, 3) and not (j - np.diag(np.diag(j))).any(), (m.__name__, mode, j)
            assert (np.diag(j) > 0).all()
    # vmap(jacfwd(same), same): one draw for every batch element
    for m, F in ((torch, functorch), (ct, cf)):
        m.manual_seed(0)
        j = F.vmap(F.jacfwd(lambda a: a * m.rand(2), randomness="same"), randomness="same")(
            m.tensor([[1., 0.], [0., 1.], [1., 1.]]))
        assert tuple(j.shape) == (3, 2, 2) and _rows_equal(j), (m.__name__, j)
    # jacrev runs f once, outside vmap: a random op is fine (§5)
    for m, F in ((torch, functorch), (ct, cf)):
        j = F.jacrev(lambda a: a * m.rand(3))(m.tensor([1., 2., 3.])).numpy()
        assert j.shape == (3, 3) and not (j - np.diag(np.diag(j))).any()


def test_randomness_nested_same_different():
    for m, F in ((torch, functorch), (ct, cf)):
        x = m.ones(2, 3)
        out = F.vmap(F.vmap(lambda t: m.rand(()), randomness="same"), randomness="same")(x)
        assert tuple(out.shape) == (2, 3) and np.unique(out.numpy()).size == 1, m.__name__
        out = F.vmap(F.vmap(lambda t: m.rand(()), randomness="different"), randomness="different")(x)
        assert tuple(out.shape) == (2, 3) and np.unique(out.numpy()).size == 6, m.__name__


# ---------------------------------------------------------------- 3. op-table sweep

def _is_float(a):
    return a.dtype.kind == "f"


def _perturbed(a, rng, domain):
    """A copy of sample `a` a little different, inside the row's domain:
    every entry scaled toward 0 (or toward 1 above one) by up to 15%."""
    f = rng.uniform(0.85, 1.0, a.shape)
    return 1 + (a - 1) * f if domain == "above_one" else a * f


def _batch(a, dim, rng, domain):
    """Three examples of sample `a` (itself and two perturbed copies; only
    copies for non-float inputs) stacked at `dim`; (array, in_dim)."""
    if a.ndim == 0 and dim == 1:
        dim = 0
    copies = [a] + ([_perturbed(a, rng, domain) for _ in range(2)] if _is_float(a) else [a, a])
    axis = dim if dim >= 0 else a.ndim + 1 + dim
    return np.ascontiguousarray(np.stack(copies, axis).astype(a.dtype)), dim


def _variants(arrays):
    """(name, in_dims) over the sample's inputs."""
    floats = [i for i, a in enumerate(arrays) if _is_float(a)]
    n = len(arrays)
    out = [("all at 0", [0] * n),
           ("floats at 1", [1 if i in floats else None for i in range(n)]),
           ("floats at -1", [-1 if i in floats else None for i in range(n)])]
    if len(floats) >= 2:
        out.append(("first float only, at 0", [0 if i == floats[0] else None for i in range(n)]))
        out.append(("first float unbatched, at -1", [-1 if i in floats[1:] else None for i in range(n)]))
    return out


def _float_out_sum(out):
    outs = out if isinstance(out, (tuple, list)) else (out,)
    total = None
    for o in outs:
        if o.dtype.is_floating_point:
            total = o.sum() if total is None else total + o.sum()
    return total


def _row_function(m, row, grad):
    if not grad:
        return lambda *xs: _call(m, row, list(xs))
    return lambda *xs: _float_out_sum(_call(m, row, list(xs)))


def _sweep_one(row, arrays, dims, seed, grad):
    """(torch's outcome, cotangent's): ("ok", value) or ("raise", exc)."""
    rng = np.random.default_rng(seed)
    batched, in_dims = [], []
    for a, d in zip(arrays, dims):
        if d is None:
            batched.append(a)
            in_dims.append(None)
        else:
            b, d = _batch(a, d, rng, row["domain"])
            batched.append(b)
            in_dims.append(d)
    floats = tuple(i for i, a in enumerate(arrays) if _is_float(a))
    results = []
    for m, F in ((torch, functorch), (ct, cf)):
        ins = [m.tensor(b) for b in batched]
        fn = _row_function(m, row, grad)
        if grad:
            fn = F.grad(fn, argnums=floats)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results.append(("ok", F.vmap(fn, in_dims=tuple(in_dims))(*ins)))
        except Exception as e:  # noqa: BLE001 -- compared
            results.append(("raise", e))
        if results[0][0] == "raise":
            return results[0], None
    return results


def _first_line(e):
    return "%s: %s" % (type(e).__name__, str(e).split("\n")[0][:300])


SWEEP_ROWS = [r for r in TABLE if not r["random"]
              and any(_is_float(s.detach().numpy()) for sample in ct._C._sample_inputs(r["name"]) for s in sample)]


def test_op_table_under_vmap():
    """Every non-random op-table row with float inputs, vmapped over three
    examples of each of its samples (batch dim 0, 1, -1; some inputs
    unbatched), and vmap(grad(sum of the op)) for the differentiable rows:
    cotangent against functorch. Every failing row is listed."""
    failures, functorch_raised, fixed, compared = [], {}, [], 0
    for row in SWEEP_ROWS:
        name = row["name"]
        row_failures = []
        for k, sample in enumerate(ct._C._sample_inputs(name)):
            arrays = [s.detach().numpy().copy() for s in sample]
            # (GRAD_DEVIATIONS: cotangent's derivative differs from torch's on purpose)
            differentiable = row["differentiable"] and name not in GRAD_DEVIATIONS
            for grad in (False, True) if differentiable else (False,):
                key = name + (" grad" if grad else "")
                for vname, dims in _variants(arrays):
                    if all(d is None for d in dims) or (grad and vname == "floats at 1"):
                        continue
                    what = "%s sample %d %s" % (key, k, vname)
                    t, c = _sweep_one(row, arrays, dims, 1000 * k + len(vname), grad)
                    if t[0] == "raise":
                        functorch_raised.setdefault(key, _first_line(t[1]))
                        continue
                    if c[0] == "raise":
                        row_failures.append("%s: cotangent raised %s" % (what, _first_line(c[1])))
                        continue
                    compared += 1
                    try:
                        compare(t[1], c[1], what, rtol=1e-7, atol=1e-9)
                    except AssertionError as e:
                        row_failures.append(" ".join(str(e).split())[:400])
        if name in KNOWN_FAILURES:
            if not row_failures:
                fixed.append(name)
            continue
        failures += row_failures
    print("op-table sweep: %d comparisons" % compared)
    assert compared > 1000, "only %d comparisons" % compared
    unlisted = {k: v for k, v in functorch_raised.items()
                if not v.startswith(FUNCTORCH_RAISES.get(k, "\0"))}
    stale = [k for k in FUNCTORCH_RAISES if k not in functorch_raised]
    msg = []
    if failures:
        msg.append("cotangent differs from functorch:\n  " + "\n  ".join(failures))
    if fixed:
        msg.append("in KNOWN_FAILURES but passing now (remove): %s" % fixed)
    if unlisted:
        msg.append("functorch raises (add to FUNCTORCH_RAISES or fix its message there):\n" +
                   "\n".join("    %r: %r," % kv for kv in sorted(unlisted.items())))
    if stale:
        msg.append("in FUNCTORCH_RAISES but functorch no longer raises: %s" % stale)
    assert not msg, "\n".join(msg)
