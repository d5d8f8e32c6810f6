"""The differential helper: runs one Python function on torch and on
cotangent and compares everything observable.

    check(lambda m, x, y: m.add(x, y), F(3, 4), F(4))

`m` is the module (torch or cotangent). Inputs are specs (F, P, U, I, B, or
plain Python values) turned into tensors of both libraries from the same
NumPy data. Float inputs require grad unless grad=False; then a weighted sum
of the float outputs is backpropagated and the inputs' .grad compared.
"""
import math
import re

import numpy as np
import torch

import cotangent as ct

SEED = 1234


class Spec:
    def __init__(self, shape, kind="normal", dtype="float32", low=None, high=None, transposed=False,
                 requires_grad=True):
        self.shape = tuple(shape)
        self.kind = kind
        self.dtype = dtype
        self.low, self.high = low, high
        self.transposed = transposed
        self.requires_grad = requires_grad

    def data(self, rng):
        if self.kind == "normal":
            a = rng.standard_normal(self.shape)
        elif self.kind == "uniform":
            a = rng.uniform(self.low, self.high, self.shape)
        elif self.kind == "int":
            a = rng.integers(self.low, self.high, self.shape)
        elif self.kind == "bool":
            a = rng.random(self.shape) < 0.5
        elif self.kind == "spd":
            n = self.shape[-1]
            b = rng.standard_normal(self.shape)
            a = b @ np.swapaxes(b, -1, -2) + n * np.eye(n)
        else:
            raise ValueError(self.kind)
        return a.astype({"float32": np.float32, "float64": np.float64, "int64": np.int64,
                         "int32": np.int32, "bool": np.bool_}[self.dtype])

    def __repr__(self):
        return "%s%s%s%s" % (self.kind[0].upper(), list(self.shape), self.dtype[-2:] if self.dtype.startswith("f") else "",
                             "T" if self.transposed else "")


def F(*shape, **kw):  # standard normal floats
    return Spec(shape, "normal", **kw)


def D(*shape, **kw):  # float64
    return Spec(shape, "normal", dtype="float64", **kw)


def P(*shape, low=0.5, high=2.0, **kw):  # positive floats
    return Spec(shape, "uniform", low=low, high=high, **kw)


def U(*shape, low=-0.9, high=0.9, **kw):  # in (-1, 1)
    return Spec(shape, "uniform", low=low, high=high, **kw)


def I(*shape, low=0, high=3, **kw):  # int64 (no grad)
    return Spec(shape, "int", dtype="int64", low=low, high=high, requires_grad=False, **kw)


def I32(*shape, low=0, high=3, **kw):  # int32 (no grad)
    return Spec(shape, "int", dtype="int32", low=low, high=high, requires_grad=False, **kw)


def B(*shape, **kw):  # bool mask
    return Spec(shape, "bool", dtype="bool", requires_grad=False, **kw)


def SPD(*shape, **kw):  # symmetric positive definite matrices
    return Spec(shape, "spd", **kw)


def transposed(spec):
    s = Spec(spec.shape, spec.kind, spec.dtype, spec.low, spec.high, True, spec.requires_grad)
    return s


def _make(m, spec, arr, grad):
    """A tensor of library m holding arr; for a transposed spec, a
    non-contiguous view (the leaf is the contiguous transposed base)."""
    rg = grad and spec.requires_grad and spec.dtype.startswith("float")
    if spec.transposed and arr.ndim >= 2:
        perm = tuple(reversed(range(arr.ndim)))
        base = m.tensor(np.ascontiguousarray(arr.transpose(perm)))
        if rg:
            base.requires_grad_(True)
        view = base.permute(*perm)
        return view, base
    t = m.tensor(arr)
    if rg:
        t.requires_grad_(True)
    return t, t


def dtype_name(d):
    return str(d).split(".")[-1]


def norm_repr(s):
    return s.replace("torch.", "ct.")


def _flatten(x, path="out"):
    if isinstance(x, (tuple, list)):
        out = [(path, type(x))]
        for i, e in enumerate(x):
            out += _flatten(e, "%s[%d]" % (path, i))
        return out
    return [(path, x)]


_GRAD_FN = re.compile(r",\s*grad_fn=<\w+>")


def _tol(dtype):
    return (1e-4, 1e-5) if dtype == "float32" else (1e-7, 1e-9)


def compare_values(tv, cv, where, rtol=None, atol=None, check_repr=True, check_grad_fn=True,
                   check_container=True):
    if isinstance(tv, torch.Tensor):
        assert isinstance(cv, ct.Tensor), "%s: torch gave a Tensor, cotangent %r" % (where, type(cv))
        assert dtype_name(tv.dtype) == dtype_name(cv.dtype), "%s: dtype %s vs %s" % (where, tv.dtype, cv.dtype)
        assert tuple(tv.shape) == tuple(cv.shape), "%s: shape %s vs %s" % (where, tuple(tv.shape), tuple(cv.shape))
        assert tv.requires_grad == cv.requires_grad, "%s: requires_grad %s vs %s" % (
            where, tv.requires_grad, cv.requires_grad)
        if check_grad_fn:
            tn = type(tv.grad_fn).__name__ if tv.grad_fn is not None else None
            cn = type(cv.grad_fn).__name__ if cv.grad_fn is not None else None
            assert tn == cn, "%s: grad_fn %s vs %s" % (where, tn, cn)
        ta = tv.detach().numpy()
        ca = cv.detach().numpy()
        if ta.dtype.kind == "f":
            r, a = _tol(dtype_name(tv.dtype))
            r = rtol if rtol is not None else r
            a = atol if atol is not None else a
            np.testing.assert_allclose(ca, ta, rtol=r, atol=a, equal_nan=True, err_msg=where)
        else:
            np.testing.assert_array_equal(ca, ta, err_msg=where)
        if check_repr:
            tr, cr = norm_repr(repr(tv)), repr(cv)
            if not check_grad_fn:
                tr = _GRAD_FN.sub("", tr)
                cr = _GRAD_FN.sub("", cr)
            if tr != cr:
                # printing rounds: a difference is accepted only where the
                # values themselves differ (in the last bits)
                same = np.array_equal(ca, ta, equal_nan=True)
                assert not same and ta.dtype.kind == "f" and np.allclose(ca, ta, rtol=1e-5, atol=1e-6), \
                    "%s: repr\n%s\nvs\n%s" % (where, tr, cr)
    elif isinstance(tv, (tuple, list)):
        assert isinstance(cv, (tuple, list)), "%s: torch gave %r, cotangent %r" % (where, type(tv), type(cv))
        if check_container:
            assert isinstance(cv, tuple) == isinstance(tv, tuple), "%s: %r vs %r" % (where, type(tv), type(cv))
        assert len(tv) == len(cv), "%s: length %d vs %d" % (where, len(tv), len(cv))
        for i, (a, b) in enumerate(zip(tv, cv)):
            compare_values(a, b, "%s[%d]" % (where, i), rtol, atol, check_repr, check_grad_fn, check_container)
    elif isinstance(tv, torch.dtype):
        assert dtype_name(tv) == dtype_name(cv), where
    elif isinstance(tv, str):
        assert norm_repr(tv) == cv, "%s: %r vs %r" % (where, tv, cv)
    elif isinstance(tv, float):
        assert isinstance(cv, float), "%s: %r vs %r" % (where, tv, cv)
        assert math.isclose(tv, cv, rel_tol=1e-5, abs_tol=1e-6) or (math.isnan(tv) and math.isnan(cv)), where
    else:
        assert type(tv) == type(cv) and tv == cv, "%s: %r vs %r" % (where, tv, cv)


def run(m, fn, specs, arrays, grad):
    ins, leaves = [], []
    for s, a in zip(specs, arrays):
        if isinstance(s, Spec):
            t, leaf = _make(m, s, a, grad)
            ins.append(t)
            leaves.append(leaf)
        else:
            ins.append(s)
            leaves.append(None)
    try:
        return ("ok", fn(m, *ins), leaves)
    except Exception as e:  # noqa: BLE001 - we compare exceptions
        return ("raise", e, leaves)


def _float_outputs(out):
    mod = type(out).__module__.split(".")[0]
    return [o for _, o in _flatten(out) if hasattr(o, "requires_grad") and not isinstance(o, type)
            and o.requires_grad and o.is_floating_point()]


def check(fn, *specs, grad=True, seed=SEED, msg=True, rtol=None, atol=None, check_repr=True,
          check_grad_fn=True, grad_rtol=None, grad_atol=None, check_container=True):
    """Runs fn(torch, *inputs) and fn(cotangent, *inputs) and compares.
    msg: True (exact text), False (type only) or a str prefix cotangent's
    message must start with. Returns (torch result, cotangent result)."""
    rng = np.random.default_rng(seed)
    arrays = [s.data(rng) if isinstance(s, Spec) else None for s in specs]
    ts, tout, tleaves = run(torch, fn, specs, arrays, grad)
    cs, cout, cleaves = run(ct, fn, specs, arrays, grad)
    if ts == "raise":
        assert cs == "raise", "torch raised %s: %s; cotangent returned %r" % (type(tout).__name__, tout, cout)
        assert type(cout).__name__ == type(tout).__name__, "exception type: torch %s(%s), cotangent %s(%s)" % (
            type(tout).__name__, tout, type(cout).__name__, cout)
        if msg is True:
            assert str(cout) == str(tout), "message:\n torch: %s\n ct:    %s" % (tout, cout)
        elif isinstance(msg, str):
            assert str(cout).startswith(msg), "message: %s" % cout
        return tout, cout
    if cs == "raise":
        raise AssertionError("cotangent raised %s: %s; torch returned a result" % (type(cout).__name__, cout)) \
            from cout
    compare_values(tout, cout, "out", rtol, atol, check_repr, check_grad_fn, check_container)
    if grad:
        touts, couts = _float_outputs(tout), _float_outputs(cout)
        assert len(touts) == len(couts)
        if touts:
            grng = np.random.default_rng(seed + 1)
            gs = [grng.standard_normal(tuple(o.shape)) for o in touts]
            tl = sum((o * torch.tensor(g, dtype=o.dtype)).sum() for o, g in zip(touts, gs))
            cl = sum((o * ct.tensor(g, dtype=o.dtype)).sum() for o, g in zip(couts, gs))
            tl.backward()
            cl.backward()
            for i, (a, b) in enumerate(zip(tleaves, cleaves)):
                if a is None:
                    continue
                if a.grad is None:
                    assert b.grad is None or not b.grad.detach().numpy().any(), "input %d: torch grad None" % i
                    continue
                assert b.grad is not None, "input %d: cotangent grad None" % i
                compare_values(a.grad, b.grad, "grad[%d]" % i, grad_rtol or rtol, grad_atol or atol,
                               check_repr=False)
    return tout, cout
