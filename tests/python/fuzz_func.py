#!/usr/bin/env python3
"""Random compositions of function transforms: cotangent.func against functorch 1.13.

    PYTHONPATH=build/python /usr/bin/python3 tests/python/fuzz_func.py --count 1000 --seed 1
    PYTHONPATH=build/python /usr/bin/python3 tests/python/fuzz_func.py --seed 1 --index 42   # one case

Each case is generated from (seed, index) alone. A small function `f0` of 1-3
float64 tensors (rank 0-3, sizes 1-3) is drawn line by line from a pool of
differentiable ops: elementwise unary and binary (broadcasting), sum/mean over
dims, matmul, reshape/transpose/unsqueeze/select/narrow/permute/flip
(cotangent has no movedim),
softmax/log_softmax, cat/stack, where; sometimes it returns a tuple or a dict. torch
runs every candidate line while the function is generated (the oracle): a line
is kept only when torch accepts it and its values are finite and moderate.
Then a stack of 1-3 transforms is put around it, innermost first, each drawn
from vmap (random batch size, in_dims int/tuple with None and negative dims,
out_dims int or a pytree), grad / grad_and_value (the output reduced to a
scalar when needed, random argnums, has_aux), vjp + its vjp_fn (cotangents
cos(out) or ones), jvp (tangents cos(primals) or ones, has_aux), jacrev,
jacfwd (random argnums, has_aux) and hessian; a few stages are made invalid
on purpose (argnums or in_dims/out_dims out of range, grad of a non-scalar).
The generated script (the reproducer printed for a mismatch) runs once with
torch + functorch and once with cotangent + cotangent.func on the same input
values; the results must agree (pytree structure, dtype, shape, values
allclose in float64), and when functorch raises, cotangent must raise the same
exception class.

Cases run in a child process (--batch per child), so that a crash of
cotangent is reported with its reproducer and the run goes on after it.
Mismatches are grouped by a signature (what differs, the transform stack,
the exception classes and the first words of the messages) and listed most
frequent first, one reproducer each (--examples N for more); --json FILE
writes all of them.

Known cotangent bugs (KNOWN_BUGS) are recognised, not guessed: a mismatch is
put down to one only when the same case rewritten without the bug's
construct (has_aux replaced by calling the function again for the aux; vjp's
primal output replaced by calling f) agrees with functorch on both
libraries. Those are listed as `known`; --avoid-known writes every case in
that rewritten form, to look for other bugs behind them.

functorch 1.13 bugs the generator steers around (cotangent does not copy
them): jacfwd/hessian with a negative argnum give zeros (docs/func-spec.md
§5), so their argnums are non-negative; vmap with out_dims != 0 for an output
that does not depend on a vmapped input expands it wrongly (a bogus "expanded
size" error, wrong values, or a segfault for a negative out_dim), so such
outputs get out_dim 0 (Gen.batched_leaves asks functorch which outputs are
batched). Also torch's Tensor.numpy() of a ZeroTensor (which functorch
returns for some zero derivatives) reads uninitialised memory, so results
are cloned before comparing.
"""
import argparse
import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
import traceback
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

TRANSFORMS = ("vmap", "grad", "grad_and_value", "vjp", "jvp", "jacrev", "jacfwd", "hessian")
WEIGHTS = {"vmap": 30, "grad": 12, "grad_and_value": 4, "vjp": 12, "jvp": 12, "jacrev": 12, "jacfwd": 12,
           "hessian": 6}
MAX_NUMEL = 24      # of a value inside f0
MAX_OUT = 2000      # of a stage's output, all leaves together
RTOL, ATOL = 1e-7, 1e-9
DEBUG = bool(os.environ.get("FUZZ_FUNC_DEBUG"))

# Known cotangent bugs. A mismatch is put down to one of them only when the
# same case written without the bug's construct (Gen.workaround: aux
# recomputed by calling the function, vjp's `out` by calling f) gives
# functorch's result on cotangent; such cases are counted, not failures of the
# pytest sample.
KNOWN_BUGS = {
    "jacfwd-aux-pytree": "cotangent.func.jacfwd(f, has_aux=True) raises NotImplementedError when f's output "
                         "is not a single Tensor (functorch returns the Jacobian pytree)",
}
KNOWN_BUGS_RE = {"jacfwd-aux-pytree": r"NotImplementedError: cotangent\.func\.jacfwd: has_aux=True needs"}

PRELUDE = '''\
def _leaves(o):
    if isinstance(o, (tuple, list)):
        return [l for e in o for l in _leaves(e)]
    if isinstance(o, dict):
        return [l for k in o for l in _leaves(o[k])]
    return [o]


def _tmap(fn, o):
    if isinstance(o, tuple):
        return tuple(_tmap(fn, e) for e in o)
    if isinstance(o, list):
        return [_tmap(fn, e) for e in o]
    if isinstance(o, dict):
        return {k: _tmap(fn, v) for k, v in o.items()}
    return fn(o)


def _scalar(o):
    s = None
    for l in _leaves(o):
        t = torch.sin(l).sum()
        s = t if s is None else s + t
    return s
'''

HEADERS = {
    "torch": "import torch\nfrom functorch import vmap, grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian\n",
    "ct": "import cotangent as torch\n"
          "from cotangent.func import vmap, grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian\n",
}


def namespace(lib):
    if lib == "torch":
        import torch
        import functorch as F
        mod = torch
    else:
        import cotangent
        import cotangent.func as F
        mod = cotangent
    ns = {"torch": mod, "__name__": "fuzz_case"}
    for t in TRANSFORMS:
        ns[t] = getattr(F, t)
    exec(compile(PRELUDE, "<prelude>", "exec"), ns)
    return ns


# ---------------------------------------------------------------- generation

def _leaves(o):
    if isinstance(o, (tuple, list)):
        return [l for e in o for l in _leaves(e)]
    if isinstance(o, dict):
        return [l for k in o for l in _leaves(o[k])]
    return [o]


def _tmap(fn, o):
    if isinstance(o, tuple):
        return tuple(_tmap(fn, e) for e in o)
    if isinstance(o, list):
        return [_tmap(fn, e) for e in o]
    if isinstance(o, dict):
        return {k: _tmap(fn, v) for k, v in o.items()}
    return fn(o)


def _fix_out_dims(od, batched):
    """out_dims od with 0 for every output leaf that is not batched (an int
    over a subtree that holds one becomes that subtree's pytree)."""
    if isinstance(od, int):
        return od if all(_leaves(batched)) else _tmap(lambda b: od if b else 0, batched)
    if isinstance(od, dict):
        return {k: _fix_out_dims(od[k], batched[k]) for k in od}
    return type(od)(_fix_out_dims(x, y) for x, y in zip(od, batched))


def _literal(a):
    """Source text of a float64 tensor with the values of the NumPy array a."""
    return "torch.tensor(%r, dtype=torch.float64)" % (a.tolist(),)


class Gen:
    def __init__(self, seed, index, fix=frozenset()):
        self.fix = set(fix)   # the known bugs' constructs Gen.workaround rewrites: "aux", "vjp"
        self.r = random.Random(seed * 1000003 + index)
        self.np = np.random.default_rng([seed, index])
        import torch
        self.torch = torch

    def data(self, shape):
        return np.round(self.np.uniform(-1.5, 1.5, size=shape), 3)

    def tensor(self, shape):
        return self.torch.tensor(self.data(shape), dtype=self.torch.float64)

    def shape(self):
        rank = self.r.choices([0, 1, 2, 3], [10, 35, 35, 20])[0]
        return tuple(self.r.choice([1, 2, 2, 3, 3, 4]) for _ in range(rank))

    def other_shape(self, s):
        k = self.r.random()
        if k < 0.4:
            return s
        if k < 0.6 and s:
            t = list(s[self.r.randint(0, len(s)):])
            return tuple(1 if self.r.random() < 0.2 else d for d in t)
        return self.shape()

    # -- one line of f0
    def candidate(self, vals, names):
        r = self.r
        u = names[-1] if r.random() < 0.6 else r.choice(names)
        w = r.choice(names) if r.random() < 0.7 else "torch.cos(%s)" % u
        U = vals[u]
        n = U.dim()

        def dim(extra=0):
            return r.randint(-(n + extra), n + extra - 1)

        kind = r.choices(["unary", "binary", "reduce", "shape", "softmax", "catstack", "matmul"],
                         [25, 22, 12, 20, 5, 7, 9])[0]
        if kind == "unary":
            return r.choice(["torch.sin(%s)", "torch.cos(%s)", "torch.tanh(%s)", "torch.sigmoid(%s)",
                             "torch.exp(%s * 0.5)", "(%s * %s)", "(-%s)", "%s.abs()", "torch.relu(%s)",
                             "%s.pow(3)", "torch.log1p(%s * %s)", "torch.sqrt(%s * %s + 1)",
                             "torch.reciprocal(%s * %s + 1)", "torch.atan(%s)", "(%s * 2.5)",
                             "(1.5 - %s)"]).replace("%s", u)
        if kind == "binary":
            return r.choice(["(%(u)s + %(w)s)", "(%(u)s - %(w)s)", "(%(u)s * %(w)s)",
                             "(%(u)s / (%(w)s * %(w)s + 1))", "torch.where(%(u)s > 0, %(u)s, %(w)s * 2)",
                             "torch.add(%(u)s, %(w)s, alpha=0.5)", "torch.mul(%(w)s, %(u)s)"]) % {"u": u, "w": w}
        if kind == "reduce":
            if n == 0:
                return r.choice(["%s.sum()", "torch.mean(%s)"]) % u
            d = dim()
            opts = ["%s.sum()" % u, "%s.sum(%d)" % (u, d), "%s.sum(%d, keepdim=True)" % (u, d),
                    "%s.mean(%d)" % (u, d), "torch.mean(%s)" % u, "torch.sum(%s, dim=%d)" % (u, d)]
            if n >= 2:
                a, b = r.sample(range(n), 2)
                opts.append("%s.sum(dim=(%d, %d))" % (u, a, b - n if r.random() < 0.5 else b))
                opts.append("%s.mean((%d, %d), keepdim=True)" % (u, a, b))
            return r.choice(opts)
        if kind == "shape":
            opts = ["%s.reshape(-1)" % u, "%s.unsqueeze(%d)" % (u, dim(1))]
            if n >= 1:
                opts += ["%s.reshape(%s)" % (u, tuple(reversed(U.shape))), "%s.flip(%d)" % (u, dim()),
                         "%s.select(%d, %d)" % (u, dim(), r.randint(-1, 0)),
                         "%s[..., %d:]" % (u, r.randint(0, 1))]
                d = dim()
                size = U.shape[d]
                start = r.randint(0, size - 1)
                opts.append("%s.narrow(%d, %d, %d)" % (u, d, start, r.randint(1, size - start)))
                opts.append("%s.reshape(1, -1)" % u)
            if n >= 2:
                a, b = r.sample(range(-n, n), 2)
                p = list(range(n))
                r.shuffle(p)
                opts += ["%s.transpose(%d, %d)" % (u, a, b), "%s.permute(%s)" % (u, ", ".join(map(str, p))),
                         "%s[0]" % u]
            if n <= 2:
                opts.append("%s.t()" % u)
            return r.choice(opts)
        if kind == "softmax":
            if n == 0:
                return "torch.softmax(%s, 0)" % u
            return r.choice(["torch.softmax(%s, %d)", "torch.log_softmax(%s, dim=%d)"]) % (u, dim())
        if kind == "catstack":
            if r.random() < 0.5:
                return "torch.cat([%s, %s], dim=%d)" % (u, w, dim() if n else 0)
            return "torch.stack([%s, %s], %d)" % (u, w, dim(1))
        opts = ["torch.matmul(%s, %s)" % (u, w), "(%s @ %s.transpose(-1, -2))" % (u, w),
                "(%s @ %s)" % (u, u)]
        if n >= 2:
            opts.append("(%s @ %s.transpose(-1, -2))" % (u, u))
            opts.append("(%s.transpose(-1, -2) @ %s)" % (u, u))
        return r.choice(opts)

    def ok(self, v):
        t = self.torch
        return (isinstance(v, t.Tensor) and v.dtype == t.float64 and v.numel() <= MAX_NUMEL and v.numel() > 0
                and bool(t.isfinite(v).all()) and float(v.abs().max()) < 1e3)

    def base(self):
        r = self.r
        nargs = r.choices([1, 2, 3], [45, 40, 15])[0]
        s0 = self.shape()
        shapes = [s0] + [self.other_shape(s0) for _ in range(nargs - 1)]
        names = ["a%d" % i for i in range(nargs)]
        vals = {nm: self.tensor(s) for nm, s in zip(names, shapes)}
        lines = []
        for k in range(r.randint(1, 5)):
            for _ in range(25):
                expr = self.candidate(vals, names)
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        v = eval(expr, {"torch": self.torch}, dict(vals))
                except Exception:  # noqa: BLE001 -- torch rejects the line: draw another
                    continue
                if self.ok(v):
                    nm = "v%d" % k
                    vals[nm] = v
                    names.append(nm)
                    lines.append("    %s = %s" % (nm, expr))
                    break
        ret = names[-1]
        if len(names) > 1 and r.random() < 0.15:
            ret = "%s, %s" % (names[-1], r.choice(names[:-1]))
        elif len(names) > 1 and r.random() < 0.06:
            ret = "{'p': %s, 'q': (%s,)}" % (names[-1], r.choice(names[:-1]))
        src = "def f0(%s):\n%s\n    return %s\n" % (", ".join(names[:nargs]), "\n".join(lines), ret)
        return src, shapes

    # -- the transforms
    def argnums(self, n, bad=False, negative=True):
        """negative=False for jacfwd and hessian: functorch 1.13's jacfwd
        gives zeros for a negative argnum (docs/func-spec.md §5, a functorch
        bug cotangent does not copy)."""
        r = self.r
        neg = 0.3 if negative else 0.0
        if bad:
            return r.choice([n, -n - 1] if negative else [n])
        if r.random() < 0.6:
            a = r.randint(0, n - 1)
            return a - n if r.random() < neg else a
        k = r.randint(1, n)
        return tuple(a - n if r.random() < neg else a for a in r.sample(range(n), k))

    def batched_leaves(self, fn, dims, shapes):
        """For each leaf of fn's output under vmap(fn, in_dims=dims): is it
        batched at that vmap level (None when the probe fails)."""
        from torch._C._functorch import maybe_get_level
        import functorch
        rec = []

        def probe(*args):
            o = fn(*args)
            level = max(maybe_get_level(a) for a in args)
            rec.append(_tmap(lambda l: maybe_get_level(l) >= level, o))
            return o
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                functorch.vmap(probe, in_dims=dims)(*[self.tensor(s) for s in shapes])
        except Exception:  # noqa: BLE001
            return None
        return rec[0] if rec else None

    def stage(self, k, prev, shapes, out, ns):
        """Source defining f<k> from f<prev>, the new argument shapes, and
        whether the stage is invalid on purpose."""
        r = self.r
        name, n = "f%d" % k, len(shapes)
        self.workaround = None
        kind = r.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
        bad = r.random() < 0.04
        aux = r.random() < 0.2 and kind not in ("vmap", "hessian")
        self.label = kind + ("+aux" if aux else "") + ("(bad)" if bad else "")
        leaves = _leaves(out)
        if kind == "vmap":
            B = r.randint(1, 3)
            dims = [None if r.random() < 0.3 else r.randint(-(len(s) + 1), len(s)) for s in shapes]
            if all(d is None for d in dims):
                i = r.randrange(n)
                dims[i] = r.randint(-(len(shapes[i]) + 1), len(shapes[i]))
            if bad:
                i = r.choice([i for i, d in enumerate(dims) if d is not None])
                dims[i] = len(shapes[i]) + 1
            new = []
            for s, d in zip(shapes, dims):
                if d is None:
                    new.append(s)
                else:
                    p = d % (len(s) + 1)
                    new.append(s[:p] + (B,) + s[p:])
            if len(set(dims)) == 1 and dims[0] is not None and r.random() < 0.5:
                in_dims = dims[0]
            else:
                in_dims = tuple(dims)
            ranks = [l.dim() for l in leaves]
            batched = self.batched_leaves(ns[prev], tuple(dims), new)
            if r.random() < 0.5 or len(leaves) == 1:
                lo = min(ranks)
                out_dims = r.randint(-(lo + 1), lo)
                if r.random() < 0.3:
                    out_dims = (out_dims,) if not isinstance(out, tuple) else tuple(out_dims for _ in out)
            else:
                out_dims = _tmap(lambda l: r.randint(-(l.dim() + 1), l.dim()), out)
            if batched is not None and not all(_leaves(batched)):
                # functorch 1.13 mishandles out_dims != 0 for an output that does not depend on a
                # vmapped input (wrong expand: a bogus size error, wrong values, or a segfault for
                # a negative out_dim): such leaves get out_dim 0
                out_dims = 0 if isinstance(out, self.torch.Tensor) else _fix_out_dims(out_dims, batched)
            if bad and r.random() < 0.5 and batched is not None and all(_leaves(batched)):
                out_dims = max(ranks) + 2
            args = "in_dims=%r" % (in_dims,) if in_dims != 0 or r.random() < 0.5 else ""
            if out_dims != 0 or r.random() < 0.5:
                args += (", " if args else "") + "out_dims=%r" % (out_dims,)
            return "%s = vmap(%s%s)\n" % (name, prev, ", " + args if args else ""), new, bad
        # self.workaround: the same stage written without the constructs of cotangent's known bugs
        # (has_aux; vjp's primal output): aux recomputed by calling the function, vjp's `out` by
        # calling f. Used only to attribute a mismatch to those bugs (check()).
        src = ""
        if kind in ("grad", "grad_and_value"):
            scalar = isinstance(out, self.torch.Tensor) and out.dim() == 0
            inner = prev
            if aux:
                src += "def %s_a(*args):\n    o = %s(*args)\n    return %s, o\n" % (
                    name, prev, "o" if scalar and r.random() < 0.5 else "_scalar(o)")
                inner = name + "_a"
            elif not (scalar and r.random() < 0.5) and not (bad and r.random() < 0.5):
                src += "def %s_s(*args):\n    return _scalar(%s(*args))\n" % (name, prev)
                inner = name + "_s"
            argnums = self.argnums(n, bad)
            if aux and "aux" in self.fix:
                if kind == "grad":
                    self.workaround = src + ("def %s(*args):\n    return grad(lambda *a: %s(*a)[0], "
                                             "argnums=%r)(*args), %s(*args)[1]\n" % (name, inner, argnums, inner))
                else:
                    self.workaround = src + ("def %s(*args):\n    g, v = grad_and_value(lambda *a: %s(*a)[0], "
                                             "argnums=%r)(*args)\n    return g, (v, %s(*args)[1])\n" % (
                                                 name, inner, argnums, inner))
            src += "%s = %s(%s, argnums=%r%s)\n" % (name, kind, inner, argnums, ", has_aux=True" if aux else "")
            return src, shapes, bad
        if kind in ("vjp", "jvp", "jacrev", "jacfwd") and aux:
            src += "def %s_a(*args):\n    o = %s(*args)\n    return o, _tmap(torch.sin, o)\n" % (name, prev)
        inner = name + "_a" if aux else prev
        if kind == "vjp":
            cot = r.choice(["torch.cos", "torch.ones_like"])
            ret = "out, fn(_tmap(%s, out))" % cot if r.random() < 0.3 else "fn(_tmap(%s, out))" % cot
            if aux:
                if self.fix == {"aux", "vjp"}:
                    self.workaround = src + ("def %s(*args):\n    _, fn = vjp(lambda *a: %s(*a)[0], *args)\n"
                                             "    out, aux = %s(*args)\n    return %s, aux\n" % (
                                                 name, inner, inner, ret))
                elif "aux" in self.fix:
                    self.workaround = src + ("def %s(*args):\n    out, fn = vjp(lambda *a: %s(*a)[0], *args)\n"
                                             "    aux = %s(*args)[1]\n    return %s, aux\n" % (name, inner, inner, ret))
                elif "vjp" in self.fix:
                    self.workaround = src + ("def %s(*args):\n    _, fn, aux = vjp(%s, *args, has_aux=True)\n"
                                             "    out = %s(*args)[0]\n    return %s, aux\n" % (name, inner, inner, ret))
                src += ("def %s(*args):\n    out, fn, aux = vjp(%s, *args, has_aux=True)\n"
                        "    return %s, aux\n" % (name, inner, ret))
            else:
                if "vjp" in self.fix:
                    self.workaround = src + ("def %s(*args):\n    _, fn = vjp(%s, *args)\n    out = %s(*args)\n"
                                             "    return %s\n" % (name, inner, inner, ret))
                src += "def %s(*args):\n    out, fn = vjp(%s, *args)\n    return %s\n" % (name, inner, ret)
            return src, shapes, False
        if kind == "jvp":
            tan = r.choice(["torch.cos", "torch.ones_like"])
            if aux and "aux" in self.fix:
                self.workaround = src + ("def %s(*args):\n    o, t = jvp(lambda *a: %s(*a)[0], args, _tmap(%s, args))\n"
                                         "    return o, t, %s(*args)[1]\n" % (name, inner, tan, inner))
            src += "def %s(*args):\n    return jvp(%s, args, _tmap(%s, args)%s)\n" % (
                name, inner, tan, ", has_aux=True" if aux else "")
            return src, shapes, False
        if kind in ("jacrev", "jacfwd"):
            argnums = self.argnums(n, bad, kind == "jacrev")
            if aux and "aux" in self.fix:
                self.workaround = src + ("def %s(*args):\n    return %s(lambda *a: %s(*a)[0], argnums=%r)(*args), "
                                         "%s(*args)[1]\n" % (name, kind, inner, argnums, inner))
            src += "%s = %s(%s, argnums=%r%s)\n" % (name, kind, inner, argnums, ", has_aux=True" if aux else "")
            return src, shapes, bad
        src += "%s = hessian(%s, argnums=%r)\n" % (name, prev, self.argnums(n, bad, False))
        return src, shapes, bad

    def case(self):
        """(source without header, final argument shapes, transform stack)."""
        base_src, shapes = self.base()
        ns = namespace("torch")
        exec(compile(base_src, "<f0>", "exec"), ns)
        inputs = [self.tensor(s) for s in shapes]
        out = ns["f0"](*inputs)
        src, alt, stack = base_src, base_src, []
        depth = self.r.choices([1, 2, 3], [35, 40, 25])[0]
        for k in range(1, depth + 1):
            for attempt in range(6):
                st, new_shapes, bad = self.stage(k, "f%d" % (k - 1), shapes, out, ns)
                ns2 = dict(ns)
                inputs = [self.tensor(s) for s in new_shapes]
                if DEBUG:
                    print("# trying stage, inputs of shapes %s:\n%s" % (new_shapes, st), file=sys.stderr, flush=True)
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        exec(compile(st, "<stage>", "exec"), ns2)
                        o = ns2["f%d" % k](*inputs)
                except Exception:  # noqa: BLE001 -- functorch rejects: kept only when made invalid on purpose
                    if bad:
                        src += st
                        alt += self.workaround or st
                        stack.append(self.label)
                        return src, alt, new_shapes, stack, k
                    continue
                if sum(l.numel() for l in _leaves(o)) > MAX_OUT:
                    continue
                ns, out, shapes = ns2, o, new_shapes
                src += st
                alt += self.workaround or st
                stack.append(self.label)
                break
            else:
                break
        return src, alt, shapes, stack, len(stack)


def generate(seed, index, fix=()):
    """The case's script body (no header) and its transform stack; with fix
    ("aux", "vjp"), the body written without those known bugs' constructs."""
    g = Gen(seed, index, fix)
    body, alt, shapes, stack, depth = g.case()
    inputs = ", ".join(_literal(g.data(s)) for s in shapes)
    tail = "\ninputs = (%s,)\nresult = f%d(*inputs)\n" % (inputs, depth)
    return (alt if fix else body) + tail, stack


def script(body, lib):
    return HEADERS[lib] + "\n" + PRELUDE + "\n\n" + body


# ---------------------------------------------------------------- running and comparing

def run_body(body, lib):
    ns = namespace(lib)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(body, "<case>", "exec"), ns)
        return "ok", ns["result"]
    except Exception as e:  # noqa: BLE001 -- compared
        return "raise", e


def compare(tv, cv, where="result"):
    """None when equal, else what differs (first difference)."""
    import torch
    import cotangent as ct
    if isinstance(tv, torch.Tensor):
        if not isinstance(cv, (ct.Tensor, torch.Tensor)):
            return "structure", "%s: Tensor vs %s" % (where, type(cv).__name__)
        if str(tv.dtype).split(".")[-1] != str(cv.dtype).split(".")[-1]:
            return "dtype", "%s: dtype %s vs %s" % (where, tv.dtype, cv.dtype)
        if tuple(tv.shape) != tuple(cv.shape):
            return "shape", "%s: shape %s vs %s" % (where, tuple(tv.shape), tuple(cv.shape))
        # clone(): torch 1.13's .numpy() of a ZeroTensor (functorch returns them for some zero
        # derivatives, e.g. jacrev(jacfwd(torch.abs))) reads uninitialised memory
        ta, ca = tv.detach().clone().numpy(), cv.detach().clone().numpy()
        if not np.allclose(ca, ta, rtol=RTOL, atol=ATOL, equal_nan=True):
            bad = np.argwhere(~np.isclose(ca, ta, rtol=RTOL, atol=ATOL, equal_nan=True))[0]
            return "value", "%s: at %s functorch %r, cotangent %r (max abs diff %.3g)" % (
                where, tuple(bad), ta[tuple(bad)], ca[tuple(bad)], float(np.nanmax(np.abs(ca - ta))))
        return None
    if isinstance(tv, (tuple, list)):
        if type(cv) is not type(tv):
            return "structure", "%s: %s vs %s" % (where, type(tv).__name__, type(cv).__name__)
        if len(tv) != len(cv):
            return "structure", "%s: length %d vs %d" % (where, len(tv), len(cv))
        for i, (a, b) in enumerate(zip(tv, cv)):
            d = compare(a, b, "%s[%d]" % (where, i))
            if d:
                return d
        return None
    if isinstance(tv, dict):
        if not isinstance(cv, dict) or list(tv) != list(cv):
            return "structure", "%s: %r vs %r" % (where, tv, cv)
        for k in tv:
            d = compare(tv[k], cv[k], "%s[%r]" % (where, k))
            if d:
                return d
        return None
    if type(tv) is not type(cv) or tv != cv:
        return "structure", "%s: %r vs %r" % (where, tv, cv)
    return None


def _msg(e):
    s = str(e).strip().split("\n")[0]
    s = re.sub(r"0x[0-9a-f]+", "0x?", s)
    return s


def _norm(s, n=70):
    s = re.sub(r"-?\d+", "N", s)
    s = re.sub(r"\[[N, ]*\]", "[..]", s)
    return s[:n]


def _differs(ts, tv, cs, cv):
    """(what, detail) when cotangent's outcome (cs, cv) is not functorch's (ts, tv), else None."""
    if ts == "raise":
        if cs != "raise":
            return "no-raise", "functorch raised %s: %s; cotangent returned" % (type(tv).__name__, _msg(tv))
        if type(tv).__name__ != type(cv).__name__:
            return "exception-class", "functorch %s: %s; cotangent %s: %s" % (
                type(tv).__name__, _msg(tv), type(cv).__name__, _msg(cv))
        return None
    if cs == "raise":
        return "raises", "cotangent raised %s: %s" % (type(cv).__name__, _msg(cv))
    return compare(tv, cv)


def known_bug(seed, index, body, ts, tv):
    """The KNOWN_BUGS entry a mismatch is due to, or None: the case written
    without that bug's construct must give functorch's result on cotangent
    (and on functorch, which checks the rewriting)."""
    # (the aux and vjp-output rewritings stay: they named two bugs fixed in
    # session 12, and a regression would show up under these names again)
    for fix, name in (({"aux"}, "aux-detached"), ({"vjp"}, "vjp-out-detached"),
                      ({"aux", "vjp"}, "aux-detached+vjp-out-detached")):
        alt = generate(seed, index, fix)[0]
        if alt == body:
            continue
        if _differs(ts, tv, *run_body(alt, "torch")) or _differs(ts, tv, *run_body(alt, "ct")):
            continue
        return name
    return None


def check(seed, index, mark=lambda *a: None, avoid_known=False):
    """A record of the case's outcome. mark(phase, ...) is called after
    generation (with the body) and after the functorch run. avoid_known: the
    case written without the known bugs' constructs (no has_aux, vjp's `out`
    recomputed), to look for other bugs behind them."""
    body, stack = generate(seed, index, {"aux", "vjp"} if avoid_known else ())
    mark("GEN", {"body": body, "stack": stack})
    rec = {"seed": seed, "index": index, "stack": stack}
    ts, tv = run_body(body, "torch")
    mark("TORCH", {})
    cs, cv = run_body(body, "ct")
    rec["functorch"] = "ok" if ts == "ok" else "%s: %s" % (type(tv).__name__, _msg(tv))
    rec["cotangent"] = "ok" if cs == "ok" else "%s: %s" % (type(cv).__name__, _msg(cv))
    d = _differs(ts, tv, cs, cv)
    if d is None:
        return rec
    what, detail = d
    rec["what"], rec["detail"], rec["body"] = what, detail, body
    if what == "raises":
        rec["traceback"] = "".join(traceback.format_exception(type(cv), cv, cv.__traceback__)[-4:])
    if what in ("value", "shape", "dtype", "structure"):
        rec["signature"] = "%s | %s" % (what, re.sub(r"\+aux", "", ">".join(stack)))
    elif what == "raises":
        rec["signature"] = "raises | %s" % _norm(rec["cotangent"])
    else:
        rec["signature"] = "%s | %s | %s" % (what, _norm(rec["functorch"], 40), _norm(rec["cotangent"], 40))
    if re.search(KNOWN_BUGS_RE["jacfwd-aux-pytree"], rec["cotangent"]):
        rec["known"] = "jacfwd-aux-pytree"
    elif avoid_known:
        rec["known"] = None
    else:
        rec["known"] = known_bug(seed, index, body, ts, tv)
    if rec["known"]:
        rec["signature"] = "known %s | %s" % (rec["known"], what)
    return rec


def _alarm(signum, frame):
    raise TimeoutError("case took too long")


def worker(seed, start, count, timeout, avoid_known=False):
    signal.signal(signal.SIGALRM, _alarm)
    for i in range(start, start + count):
        print("START %d" % i, flush=True)
        signal.alarm(int(timeout))
        try:
            rec = check(seed, i, lambda phase, d: print("%s %s" % (phase, json.dumps(d)), flush=True),
                        avoid_known)
        except TimeoutError:
            rec = {"seed": seed, "index": i, "what": "timeout", "signature": "timeout", "detail": "",
                   "body": "", "known": None, "stack": []}
        except Exception as e:  # noqa: BLE001 -- a generator failure is reported, not fatal
            rec = {"seed": seed, "index": i, "what": "fuzzer-error", "signature": "fuzzer error %s" % type(e).__name__,
                   "detail": traceback.format_exc(), "body": "", "known": None, "stack": []}
        signal.alarm(0)
        print("RESULT " + json.dumps(rec), flush=True)


def run_fuzz(count, seed, start=0, batch=250, timeout=60.0, progress=None, avoid_known=False):
    """Runs cases start..start+count-1 in child processes; returns the records
    of the failing ones and the number run."""
    fails, done, i, end = [], 0, start, start + count
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    while i < end:
        n = min(batch, end - i)
        p = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", "--seed", str(seed),
                              "--start", str(i), "--count", str(n), "--timeout", str(timeout)]
                             + (["--avoid-known"] if avoid_known else []),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        current, phase, gen = None, None, {}
        for line in p.stdout:
            if line.startswith("START "):
                current, phase, gen = int(line.split()[1]), "generating (functorch is the oracle)", {}
            elif line.startswith("GEN "):
                phase, gen = "running functorch", json.loads(line[4:])
            elif line.startswith("TORCH "):
                phase = "running cotangent"
            elif line.startswith("RESULT "):
                rec = json.loads(line[7:])
                done += 1
                current = None
                if rec.get("what"):
                    fails.append(rec)
                if progress:
                    progress(done, len(fails))
        rc = p.wait()
        err = p.stderr.read()
        if current is not None:  # the child died inside a case
            fails.append({"seed": seed, "index": current, "what": "crash", "stack": gen.get("stack", []),
                          "signature": "crash (exit %d) while %s" % (rc, phase), "detail": err[-2000:],
                          "body": gen.get("body", ""), "known": None})
            done += 1
            i = current + 1
        elif rc != 0:
            raise RuntimeError("fuzz worker failed (exit %d):\n%s" % (rc, err[-3000:]))
        else:
            i += n
    return fails, done


def report(fails, done, out=sys.stdout, show_known=False, examples=1):
    groups = collections.OrderedDict()
    for f in fails:
        groups.setdefault(f["signature"], []).append(f)
    known = [f for f in fails if f.get("known")]
    print("%d cases, %d mismatches (%d known) in %d groups" % (done, len(fails), len(known), len(groups)), file=out)
    for sig, fs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if fs[0].get("known") and not show_known:
            print("\n== %dx [known: %s] %s (e.g. --index %d)" % (len(fs), fs[0]["known"], sig, fs[0]["index"]),
                  file=out)
            continue
        print("\n== %dx %s" % (len(fs), sig), file=out)
        print("   indices: %s" % " ".join(str(f["index"]) for f in fs[:20]), file=out)
        for f in sorted(fs, key=lambda f: len(f["body"]))[:examples]:
            print("   seed %d index %d, stack %s" % (f["seed"], f["index"], ">".join(f["stack"])), file=out)
            print("   functorch: %s" % f.get("functorch", "?"), file=out)
            print("   cotangent: %s" % f.get("cotangent", "?"), file=out)
            print("   %s" % f["detail"].strip().replace("\n", "\n   "), file=out)
            print("   --- reproducer (functorch header; for cotangent: `import cotangent as torch`, "
                  "`from cotangent.func import ...`)", file=out)
            print("   " + script(f["body"], "torch").replace("\n", "\n   "), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--batch", type=int, default=250, help="cases per child process")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    ap.add_argument("--index", type=int, help="print and run one case")
    ap.add_argument("--examples", type=int, default=1, help="reproducers printed per group")
    ap.add_argument("--show-known", action="store_true")
    ap.add_argument("--json", help="write every mismatch to this file")
    ap.add_argument("--avoid-known", action="store_true",
                    help="write every case without the known bugs' constructs (no has_aux; vjp's primal "
                         "output recomputed) to look for other mismatches")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a.seed, a.start, a.count, a.timeout, a.avoid_known)
        return 0
    if a.index is not None:
        body, stack = generate(a.seed, a.index, {"aux", "vjp"} if a.avoid_known else ())
        print(script(body, "torch"))
        rec = check(a.seed, a.index, avoid_known=a.avoid_known)
        print("# stack:", ">".join(stack))
        print("# functorch:", rec["functorch"])
        print("# cotangent:", rec["cotangent"])
        if rec.get("what"):
            print("# MISMATCH %s: %s" % (rec["what"], rec["detail"]))
            if rec.get("traceback"):
                print(rec["traceback"])
            return 1
        print("# same")
        return 0
    t0 = time.time()

    def progress(done, nfail):
        if done % 100 == 0:
            print("  %d cases, %d mismatches, %.0fs" % (done, nfail, time.time() - t0), file=sys.stderr, flush=True)

    fails, done = run_fuzz(a.count, a.seed, a.start, a.batch, a.timeout, progress, a.avoid_known)
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(fails, fh, indent=1)
    report(fails, done, show_known=a.show_known, examples=a.examples)
    print("\n%.0fs" % (time.time() - t0))
    return 1 if any(not f.get("known") for f in fails) else 0


if __name__ == "__main__":
    sys.exit(main())
