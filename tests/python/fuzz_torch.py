#!/usr/bin/env python3
"""Differential fuzzer: random differentiable programs run on torch and on
cotangent, compared value for value.

    PYTHONPATH=build/python /usr/bin/python3 tests/python/fuzz_torch.py --count 1000 --seed 1

Each program is generated from (seed, index) alone: a few float64 inputs that
require grad (and some constant float32/int64/bool ones), made non-contiguous
in several ways (a transposed NumPy buffer, permute, a slice with a step,
expand), then a chain of 2-8 ops drawn from the op library both packages share
(docs/ops.md), broadcasting included, with in-place ops on non-leaf tensors.
Issue 11's features are drawn too: in-place writes through views inside a
graph (a basic-index / t / transpose / narrow / diagonal / select / unsqueeze
/ view of a non-leaf, views of views, `y[idx] = value` with basic and
advanced indices, writes into a fresh m.zeros / m.eye base from tensors that
require grad, views taken before a write and read after it, and torch's
refusals: views of leaves, outputs of unbind/split/chunk, views made in
no_grad mode), the custom autograd.Functions of CUSTOM_SRC (save_for_backward,
needs_input_grad, mark_dirty; the class bodies are put at the top of a
program that calls them), tensor hooks that change the gradient and
retain_grad read after a backward() inside the program.
torch runs every candidate line while the program is generated (the oracle):
a line is kept only if its inputs are inside the op's domain and away from
its kinks and ties (where values are legitimately implementation-defined), and
its result is finite and moderate. A line torch rejects is sometimes kept as
the program's last line: then both libraries must raise the same exception.

Stages compared (torch is the specification):
  forward     values, dtypes, shapes, requires_grad; or the same exception
  backward    autograd.grad of the float outputs (random grad_outputs)
  double      create_graph=True, then the gradient of a weighted sum of the
              first gradients (None counts as zeros: requires_grad of
              create_graph results is a documented deviation, Q3)
  functional  one of autograd.functional.vjp/jvp/jacobian/hessian/hvp/vhp,
              random options (create_graph, strict, vectorize, strategy)

Programs run in child processes, in batches: a crash (a signal) or a hang
(--timeout) of cotangent is reported with the program's reproducer, and the
next child goes on after it. Every failure is minimised (the output reduced
to the first mismatching value, dead lines removed, unary ops bypassed, inputs
made contiguous) and printed as a self-contained script with the seed and the
program index; `--index I` reruns one program.

Options: --json FILE writes every failure; --skip-known leaves out the
documented deviations listed in KNOWN (as test_fuzz.py does); --all prints
every failure rather than one per signature. FUZZ_DEBUG=1 raises generator
errors instead of skipping the op; FUZZ_SELFTEST=crash:I / hang:I makes
program I crash / hang (to test the crash and hang handling).

The parent process never imports cotangent; the module is importable (the
pytest in test_fuzz.py uses run_fuzz)."""
import argparse
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")

_torch = None


def torch_mod():
    global _torch
    if _torch is None:
        import torch
        torch.set_num_threads(1)
        _torch = torch
    return _torch


EPS = 1e-4          # distance kept from kinks, ties and domain edges
MAG = 1e4           # largest magnitude an intermediate value may reach
MAX_NUMEL = 256


# ---------------------------------------------------------------------------
# input arrays (the same expression text builds them here and in reproducers)

def array_expr(seedl, dist, shape, kind):
    g = "np.random.default_rng(%r)" % (list(seedl),)
    shape = tuple(shape)
    if kind == "i64":
        return "np.asarray(%s.integers(-3, 4, %r))" % (g, shape)
    if kind == "bool":
        return "np.asarray(%s.random(%r) < 0.5)" % (g, shape)
    if dist == "pos":
        e = "%s.uniform(0.5, 2.0, %r).round(4)" % (g, shape)
    elif dist == "unit":
        e = "%s.uniform(-0.9, 0.9, %r).round(4)" % (g, shape)
    elif dist == "prob":
        e = "%s.uniform(0.05, 0.95, %r).round(4)" % (g, shape)
    else:
        e = "%s.standard_normal(%r).round(4)" % (g, shape)
    if kind == "f32":
        e += ".astype(np.float32)"
    return "np.asarray(%s)" % e if shape == () else e


def literal_expr(arr, kind):
    lit = repr(arr.tolist())
    if kind == "f32":
        return "np.array(%s, dtype=np.float32)" % lit
    if kind == "i64":
        return "np.array(%s, dtype=np.int64)" % lit
    if kind == "bool":
        return "np.array(%s, dtype=bool)" % lit
    return "np.array(%s, dtype=np.float64)" % lit


def eval_array(expr):
    return eval(expr, {"np": np})  # noqa: S307 - our own generated text


def input_source(inp, literal=True):
    """The right-hand side building input `inp` for library `m`."""
    arr = eval_array(inp["expr"])
    e = literal_expr(arr, inp["kind"]) if literal and arr.size <= 12 else inp["expr"]
    if inp["layout"] == "T" and arr.ndim >= 2:
        e = "np.ascontiguousarray(%s.T).T" % e
    e = "m.from_numpy(%s)" % e
    if inp["kind"] == "f64g":
        e += ".requires_grad_()"
    return e


def make_input(m, inp):
    return eval(input_source(inp, literal=False), {"np": np, "m": m})  # noqa: S307


def rand_expr(seedl, shape, dtype_name):
    e = "np.random.default_rng(%r).standard_normal(%r).round(4)" % (list(seedl), tuple(shape))
    if dtype_name == "float32":
        e += ".astype(np.float32)"
    if tuple(shape) == ():
        e = "np.asarray(%s)" % e
    return "m.from_numpy(%s)" % e


def go_expr(seedl, ref, dtype_name):
    """A random grad_output shaped like the tensor `ref` names (so that a
    minimised program may change the output's shape)."""
    e = "np.random.default_rng(%r).standard_normal(tuple(%s.shape)).round(4)" % (list(seedl), ref)
    if dtype_name == "float32":
        e += ".astype(np.float32)"
    return "m.from_numpy(np.asarray(%s))" % e


_VARNAME = re.compile(r"\b([av]\d+)\b")


def uses_of(code):
    return sorted(set(_VARNAME.findall(code)))


def dtype_name(d):
    return str(d).split(".")[-1]


# ---------------------------------------------------------------------------
# value checks on torch tensors (the oracle)

def _f(t):
    return t.detach().double()


def far(t, points=(0.0,), eps=EPS):
    t = _f(t)
    return all(bool(((t - p).abs() > eps).all()) for p in points)


def far_int(t, offset=0.0, eps=EPS):
    t = _f(t) - offset
    return bool(((t - t.round()).abs() > eps).all())


def inside(t, lo=None, hi=None):
    t = _f(t)
    ok = True
    if lo is not None:
        ok = ok and bool((t > lo).all())
    if hi is not None:
        ok = ok and bool((t < hi).all())
    return ok


def no_ties(t, dim=None, exact_ok=False, eps=EPS):
    """No two values of a slice along dim closer than eps (exact ties allowed
    when exact_ok: the ops that share the gradient evenly)."""
    torch = torch_mod()
    t = _f(t)
    if t.numel() <= 1:
        return True
    if dim is None:
        t = t.reshape(1, -1)
    else:
        if t.dim() == 0:
            return True
        t = t.movedim(dim, -1).reshape(-1, t.shape[dim])
    if t.shape[-1] <= 1:
        return True
    s = torch.sort(t, dim=-1).values
    d = s[:, 1:] - s[:, :-1]
    bad = (d < eps) & ~((d == 0) & exact_ok)
    return not bool(bad.any())


def bounded(t):
    torch = torch_mod()
    if not isinstance(t, torch.Tensor):
        return True
    if t.numel() > MAX_NUMEL:
        return False
    if t.is_floating_point():
        return bool(torch.isfinite(t).all()) and (t.numel() == 0 or float(t.detach().abs().max()) <= MAG)
    return True


def shp(t):
    return tuple(t.shape)


def numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def bcast(a, b):
    try:
        return tuple(torch_mod().broadcast_shapes(tuple(a), tuple(b)))
    except RuntimeError:
        return None


# ---------------------------------------------------------------------------
# the generator


class Reject(Exception):
    pass


class Gen:
    """Builds one program (a dict, see program()) with torch as the oracle."""

    def __init__(self, seed, idx, focus=None):
        torch = torch_mod()
        self.seed, self.idx = seed, idx
        self.focus = focus
        self.ops = FOCUS[focus] if focus else OPS
        self.rng = np.random.default_rng([seed, idx, 424242])
        self.inputs, self.lines, self.order = [], [], []
        self.env = {}
        self.grp = {}
        # storage groups whose aliasing depends on the library's layout
        # choices (reshape/flatten/contiguous of a computed, maybe
        # non-contiguous value): no in-place op may write into them
        self.ambiguous = set()
        # storage groups of fresh m.zeros / m.eye bases (contiguous by construction)
        self.fresh_bases = set()
        self.hooked = {}     # id(tensor) -> (tensor, its grad_fn at its first register_hook)
        self.nvar = 0
        self.nops = 0
        self.raised = None
        self.glb = {"m": torch, "F": torch.nn.functional, "np": np}
        exec(CUSTOM_SRC, self.glb)  # noqa: S102 - the custom autograd.Functions, for torch
        self.zero_size = self.r() < 0.03

    # ---- randomness
    def r(self):
        return float(self.rng.random())

    def ri(self, lo, hi):
        return int(self.rng.integers(lo, hi + 1))

    def choice(self, seq):
        seq = list(seq)
        return seq[int(self.rng.integers(len(seq)))]

    def wchoice(self, items):
        ws = np.array([w for w, _ in items], dtype=float)
        return items[int(self.rng.choice(len(items), p=ws / ws.sum()))][1]

    def fl(self, choices):
        return repr(float(self.choice(choices)))

    # ---- variables
    def val(self, n):
        return self.env[n]

    def shape(self, n):
        return shp(self.env[n])

    def nd(self, n):
        return self.env[n].dim()

    def is_float(self, n):
        return self.env[n].is_floating_point()

    def rg(self, n):
        return bool(self.env[n].requires_grad)

    def is_view(self, n):
        return self.env[n]._base is not None

    def is_leaf_input(self, n):
        return n.startswith("a")

    def storage(self, n):
        t = self.env[n]
        try:
            return int(t.storage().data_ptr()) if t.numel() else -1 - len(self.order)
        except Exception:  # noqa: BLE001
            return -1

    def pick(self, pred=lambda n: True, recent=0.55, prefer_rg=True):
        cands = [n for n in self.order if pred(n)]
        if not cands:
            return None
        if prefer_rg:
            rgc = [n for n in cands if self.rg(n)]
            if rgc and self.r() < 0.85:
                cands = rgc
        if self.r() < recent:
            return cands[-1]
        return self.choice(cands)

    def pickf(self, pred=lambda n: True, **kw):
        n = self.pick(lambda n: self.is_float(n) and pred(n), **kw)
        if n is None:
            n = self.new_input(self.rand_shape())
        return n

    # ---- shapes
    def rand_shape(self, ndmin=0, ndmax=4, dmax=4):
        nd = self.ri(ndmin, ndmax)
        for _ in range(20):
            s = tuple(self.ri(1, dmax) for _ in range(nd))
            if numel(s) <= 48:
                break
        if self.zero_size and s and self.r() < 0.3:
            s = list(s)
            s[self.ri(0, len(s) - 1)] = 0
            s = tuple(s)
        return s

    def partner_shape(self, shape):
        """A shape that broadcasts with `shape`."""
        shape = list(shape)
        k = self.ri(0, len(shape)) if self.r() < 0.5 else len(shape)
        out = [1 if self.r() < 0.25 else d for d in shape[len(shape) - k:]]
        if self.r() < 0.1 and len(out) < 4:
            out = [self.ri(1, 3)] + out
        if self.r() < 0.03 and out:   # incompatible (an error program)
            out[-1] = out[-1] + 1
        return tuple(out)

    def dim(self, nd, allow_bad=True):
        if allow_bad and self.r() < 0.02:
            return nd + self.ri(0, 1)
        if nd == 0:
            return self.choice([0, -1])
        d = self.ri(0, nd - 1)
        return d - nd if self.r() < 0.3 else d

    def dims(self, nd):
        if nd == 0:
            return self.dim(0)
        k = self.ri(1, nd)
        ds = sorted(self.rng.choice(nd, size=k, replace=False).tolist())
        ds = [d - nd if self.r() < 0.3 else d for d in ds]
        if len(ds) == 1 and self.r() < 0.5:
            return ds[0]
        return tuple(ds)

    # ---- inputs
    def new_input(self, shape, dist="normal", kind="f64g", prep=True):
        torch = torch_mod()
        shape = tuple(shape)
        k = len(self.inputs)
        name = "a%d" % k
        mode = "plain"
        if prep and kind in ("f64g", "f64", "f32") and numel(shape) > 1 and self.r() < 0.45:
            mode = self.choice(["perm", "step", "expand", "T"])
        leaf_shape, prep_code = shape, None
        nd = len(shape)
        if mode == "perm" and nd >= 2:
            perm = [int(p) for p in self.rng.permutation(nd)]
            if perm == list(range(nd)):
                perm = perm[::-1]
            leaf_shape = tuple(shape[p] for p in perm)
            inv = [perm.index(i) for i in range(nd)]
            if nd == 2:
                prep_code = self.choice(["%s.t()", "%s.T", "%s.mT", "%s.transpose(0, 1)", "%s.permute(1, 0)"]) \
                    % name
            else:
                swaps = [(i, j) for i in range(nd) for j in range(i + 1, nd)
                         if [inv[x] for x in range(nd)] == _swap(nd, i, j)]
                if swaps and self.r() < 0.5:
                    i, j = swaps[0]
                    prep_code = "%s.transpose(%d, %d)" % (name, i, j)
                else:
                    prep_code = "%s.permute(%s)" % (name, ", ".join(map(str, inv)))
        elif mode == "step" and nd >= 1:
            d = self.ri(0, nd - 1)
            off = self.ri(0, 1)
            ls = list(shape)
            ls[d] = 2 * shape[d] + off
            leaf_shape = tuple(ls)
            if numel(leaf_shape) > 96:
                leaf_shape, mode = shape, "plain"
            else:
                idx = [":"] * d + ["%s::2" % (off if off else "")]
                prep_code = "%s[%s]" % (name, ", ".join(idx))
        elif mode == "expand" and any(s > 1 for s in shape):
            ls = [1 if (s > 1 and self.r() < 0.6) else s for s in shape]
            if ls == list(shape):
                ls[[i for i, s in enumerate(shape) if s > 1][0]] = 1
            while ls and ls[0] == 1 and self.r() < 0.5:
                ls = ls[1:]
            leaf_shape = tuple(ls)
            prep_code = self.choice(["%s.expand(%s)" % (name, ", ".join(map(str, shape))) if shape else None,
                                     "%s.expand(%r)" % (name, shape),
                                     "m.broadcast_to(%s, %r)" % (name, shape)]) or \
                "%s.expand(%r)" % (name, shape)
        elif mode == "T" and nd >= 2:
            pass
        else:
            mode = "plain"
        inp = {"name": name, "expr": array_expr([self.seed, self.idx, k], dist, leaf_shape, kind), "kind": kind,
               "layout": "T" if mode == "T" else "C"}
        self.inputs.append(inp)
        self.env[name] = make_input(torch, inp)
        self.order.append(name)
        self.grp[name] = self.storage(name)
        if prep_code is not None:
            v = self.emit(prep_code, op="prep:" + mode, count=False, allow_error=False)
            if v is not None:
                return v
        return name

    def const_input(self, shape, dist="normal", kind="f64"):
        return self.new_input(shape, dist, kind, prep=self.r() < 0.3)

    # ---- lines
    def fresh(self):
        n = "v%d" % self.nvar
        self.nvar += 1
        return n

    def emit(self, rhs, op, inplace=None, count=True, allow_error=True, check=True, p_error=0.3):
        """Adds `vN = rhs` (or the statement `rhs` when inplace names the
        tensor it writes) if torch runs it; returns the variable. A line
        torch rejects ends the program with probability p_error."""
        torch = torch_mod()
        name = inplace or self.fresh()
        code = rhs if inplace else "%s = %s" % (name, rhs)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(code, self.glb, self.env)  # noqa: S102 - generated text
        except Exception as e:  # noqa: BLE001
            if not inplace:
                self.env.pop(name, None)
            if allow_error and self.raised is None and self.nops >= 1 and self.r() < p_error:
                self.lines.append({"code": code, "def": None, "mut": None, "uses": uses_of(code), "op": op})
                self.raised = "%s: %s" % (type(e).__name__, e)
                return None
            raise Reject(op) from None
        t = self.env[name]
        if not isinstance(t, torch.Tensor):
            if not inplace:
                del self.env[name]
            raise Reject(op)
        if check and not inplace and not bounded(t):
            del self.env[name]
            raise Reject(op)
        line = {"code": code, "def": None if inplace else name, "mut": inplace, "uses": uses_of(code), "op": op}
        self.lines.append(line)
        if not inplace:
            self.order.append(name)
            self.grp[name] = self.storage(name)
        if count:
            self.nops += 1
        return name

    def undo(self, name):
        """Drops the line that just defined `name` (a check after the fact)."""
        assert self.lines[-1]["def"] == name
        self.lines.pop()
        self.order.remove(name)
        del self.env[name]
        self.nops -= 1
        raise Reject("undo")

    def call(self, name, x, args="", forms="fm"):
        a = (", " + args) if args else ""
        f = self.choice(forms)
        if f == "f":
            return "m.%s(%s%s)" % (name, x, a)
        if f == "F":
            return "F.%s(%s%s)" % (name, x, a)
        return "%s.%s(%s)" % (x, name, args)

    # ---- domain adapters
    def to_pos(self, x):
        v = self.val(x)
        opts = [(2, "%s * %s + 0.5" % (x, x)), (2, "m.sigmoid(%s) + 0.1" % x), (1, "F.softplus(%s) + 0.1" % x),
                (1, "m.cosh(%s)" % x)]
        if far(v, (0.0,), 0.01):
            opts.append((2, "%s.abs() + 0.2" % x))
        if inside(v, -5, 5):
            opts.append((2, "m.exp(%s)" % x))
        return self.emit(self.wchoice(opts), op="adapt:pos")

    def to_unit(self, x):
        return self.emit(self.choice(["m.tanh(%s) * 0.9" % x, "m.sin(%s) * 0.9" % x, "m.sigmoid(%s) - 0.5" % x]),
                         op="adapt:unit")

    def ensure(self, x, dom):
        v = self.val(x)
        if dom == "any":
            return x
        if dom == "pos":
            return x if inside(v, 0.05) else self.to_pos(x)
        if dom == "nonzero":
            return x if far(v, (0.0,), 0.05) else self.to_pos(x)
        if dom == "unit":
            return x if inside(v, -0.95, 0.95) else self.to_unit(x)
        if dom == "small":
            return x if inside(v, -6, 6) else self.to_unit(x)
        if dom == "acosh":
            return x if inside(v, 1.1) else self.emit("m.cosh(%s) + 0.2" % x, op="adapt:acosh")
        if dom == "log1p":
            return x if inside(v, -0.9) else self.to_pos(x)
        if dom == "tan":
            return x if inside(v, -1.3, 1.3) else self.to_unit(x)
        raise ValueError(dom)

    # ---- partners
    def partner(self, x, dist="normal", same=False, to_x=False, kind=None):
        """A float operand that broadcasts with x (to x's shape if to_x)."""
        xs = self.shape(x)

        def ok(n):
            if n == x or not self.is_float(n):
                return False
            s = self.shape(n)
            b = bcast(s, xs)
            if same:
                return s == xs
            return b is not None and (not to_x or b == xs)
        if self.r() < 0.45:
            n = self.pick(ok)
            if n is not None:
                return n
        s = xs if same else self.partner_shape(xs)
        if to_x and bcast(s, xs) != xs and self.r() < 0.7:
            s = xs
        kind = kind or ("f64g" if self.r() < 0.8 else self.choice(["f64", "f64", "f32", "i64"]))
        return self.new_input(s, dist, kind)

    # ---- program
    def build(self):
        n_ops = self.ri(2, 8)
        for _ in range(3 if self.r() < 0.3 else 1):
            shape = self.rand_shape()
            self.new_input(shape, self.choice(["normal", "normal", "pos", "unit"]))
        attempts = 0
        while self.nops < n_ops and self.raised is None and attempts < 300:
            attempts += 1
            op = self.wchoice(self.ops)
            try:
                op(self)
            except Reject:
                # keep the lines already added by adapters (they ran fine)
                pass
            except Exception:  # noqa: BLE001 - a bug of the generator: skip the op
                if os.environ.get("FUZZ_DEBUG"):
                    raise
        outs = []
        if self.raised is None:
            last = None
            for ln in reversed(self.lines):
                if ln["def"] or ln["mut"]:
                    last = ln["def"] or ln["mut"]
                    break
            if last is None:
                last = self.order[-1]
            outs = [last]
            if self.r() < 0.3:
                other = self.choice(self.order)
                if other not in outs:
                    outs.append(other)
        return self.program(outs)

    def program(self, outs):
        torch = torch_mod()
        lowprec = any(dtype_name(t.dtype) == "float32" for t in self.env.values() if isinstance(t, torch.Tensor))
        prog = {"seed": self.seed, "idx": self.idx, "focus": self.focus, "inputs": self.inputs, "lines": self.lines,
                "outputs": outs, "raises": self.raised, "lowprec": lowprec, "grp": self.grp}
        # stage configuration
        if self.raised is None:
            fouts = [o for o in outs if self.env[o].is_floating_point() and self.env[o].requires_grad]
            prog["go"] = [{"out": o, "expr": go_expr([self.seed, self.idx, 100 + i], "__REF__",
                                                     dtype_name(self.env[o].dtype))}
                          for i, o in enumerate(fouts)]
            prog["double"] = bool(fouts) and self.r() < 0.3
            prog["functional"] = self.functional_config(outs) if self.r() < 0.35 else None
        return prog

    def functional_config(self, outs):
        din = [i for i, inp in enumerate(self.inputs) if inp["kind"] == "f64g"]
        fouts = [o for o in outs if self.env[o].is_floating_point()]
        if not din or not fouts:
            return None
        kind = self.choice(["vjp", "jvp", "jacobian", "hessian", "hvp", "vhp"])
        fc = {"kind": kind, "create_graph": self.r() < 0.3, "strict": self.r() < 0.15,
              "in_tuple": len(din) > 1 or self.r() < 0.3, "out_tuple": len(fouts) > 1 or self.r() < 0.3,
              "outs": fouts, "ins": din}
        if kind in ("jacobian", "hessian"):
            fc["vectorize"] = self.r() < 0.5
            fc["strategy"] = "forward-mode" if self.r() < 0.3 else "reverse-mode"
            if any(numel(self.shape(o)) > 24 for o in fouts) or \
                    sum(numel(shp(self.env[self.inputs[i]["name"]])) for i in din) > 48:
                return None
        if kind in ("jvp", "hvp", "vhp"):
            fc["v"] = [rand_expr([self.seed, self.idx, 200 + j], shp(self.env[self.inputs[i]["name"]]),
                                 dtype_name(self.env[self.inputs[i]["name"]].dtype)) for j, i in enumerate(din)]
        if kind == "vjp":
            fc["v"] = [rand_expr([self.seed, self.idx, 300 + j], self.shape(o), dtype_name(self.env[o].dtype))
                       for j, o in enumerate(fouts)]
        return fc


def _swap(nd, i, j):
    p = list(range(nd))
    p[i], p[j] = p[j], p[i]
    return p


# ---------------------------------------------------------------------------
# ops (each draws its operands, checks torch's values, emits a line)

UNARY = {
    # name: (domain, kink check, forms)
    "abs": ("any", "zero", "fm"), "neg": ("any", None, "fm"), "square": ("any", None, "fm"),
    "sqrt": ("pos", None, "fm"), "rsqrt": ("pos", None, "fm"), "exp": ("small", None, "fm"),
    "exp2": ("small", None, "fm"), "expm1": ("small", None, "fm"), "log": ("pos", None, "fm"),
    "log2": ("pos", None, "fm"), "log10": ("pos", None, "fm"), "log1p": ("log1p", None, "fm"),
    "sin": ("any", None, "fm"), "cos": ("any", None, "fm"), "tan": ("tan", None, "fm"),
    "asin": ("unit", None, "fm"), "acos": ("unit", None, "fm"), "atan": ("any", None, "fm"),
    "sinh": ("small", None, "fm"), "cosh": ("small", None, "fm"), "tanh": ("any", None, "fmF"),
    "asinh": ("any", None, "fm"), "acosh": ("acosh", None, "fm"), "atanh": ("unit", None, "fm"),
    "erf": ("any", None, "fm"), "erfc": ("any", None, "fm"), "sigmoid": ("any", None, "fmF"),
    "relu": ("any", "zero", "fmF"), "floor": ("any", "int", "fm"), "ceil": ("any", "int", "fm"),
    "round": ("any", "half", "fm"), "trunc": ("any", "int", "fm"), "frac": ("any", "int", "fm"),
    # no sgn: torch 1.13's sgn backward on real input is not zero (a torch bug; tests/python/test_ops.py)
    "sign": ("any", "zero", "fm"), "reciprocal": ("nonzero", None, "fm"),
    "nan_to_num": ("any", None, "fm"), "absolute": ("any", "zero", "fm"), "negative": ("any", None, "fm"),
    "arcsin": ("unit", None, "fm"), "arctan": ("any", None, "fm"),
}


def kink_ok(v, kink):
    if kink is None:
        return True
    if kink == "zero":
        return far(v)
    if kink == "int":
        return far_int(v)
    if kink == "half":
        return far_int(v, 0.5)
    raise ValueError(kink)


def op_unary(g):
    name = g.choice(sorted(UNARY))
    dom, kink, forms = UNARY[name]
    x = g.ensure(g.pickf(), dom)
    if not kink_ok(g.val(x), kink):
        raise Reject(name)
    g.emit(g.call(name, x, forms=forms), op=name)


def op_activation(g):
    x = g.pickf()
    v = g.val(x)
    k = g.choice(["logsigmoid", "softplus", "leaky_relu", "elu", "selu", "gelu", "silu", "hardtanh", "relu6",
                  "relu", "softmax", "log_softmax", "softmin", "normalize", "dropout"])
    if k == "logsigmoid":
        g.emit("F.logsigmoid(%s)" % x, op=k)
    elif k == "softplus":
        beta, thr = g.choice([1, 2, 0.5]), g.choice([20, 1.5, 3])
        if not far(v * beta, (thr,)):
            raise Reject(k)
        args = "" if (beta, thr) == (1, 20) and g.r() < 0.5 else ", beta=%r, threshold=%r" % (beta, thr)
        g.emit("F.softplus(%s%s)" % (x, args), op=k)
    elif k == "leaky_relu":
        if not far(v):
            raise Reject(k)
        g.emit("F.leaky_relu(%s, %s)" % (x, g.fl([0.01, 0.2, -0.5])), op=k)
    elif k in ("elu", "selu"):
        if not far(v):
            raise Reject(k)
        g.emit("F.elu(%s, alpha=%s)" % (x, g.fl([1.0, 0.5, 2.0])) if k == "elu" else "F.selu(%s)" % x, op=k)
    elif k == "gelu":
        g.emit("F.gelu(%s%s)" % (x, g.choice(["", ", approximate='tanh'", ", approximate='none'"])), op=k)
    elif k == "silu":
        g.emit("F.silu(%s)" % x, op=k)
    elif k == "hardtanh":
        lo, hi = g.choice([(-1.0, 1.0), (-0.5, 2.0), (0.0, 0.5)])
        if not far(v, (lo, hi)):
            raise Reject(k)
        g.emit("F.hardtanh(%s, %r, %r)" % (x, lo, hi) if (lo, hi) != (-1.0, 1.0) else "F.hardtanh(%s)" % x, op=k)
    elif k == "relu6":
        if not far(v, (0.0, 6.0)):
            raise Reject(k)
        g.emit("F.relu6(%s)" % x, op=k)
    elif k == "relu":
        if not far(v):
            raise Reject(k)
        g.emit("F.relu(%s)" % x, op=k)
    elif k in ("softmax", "log_softmax", "softmin"):
        d = g.dim(g.nd(x))
        if k == "softmin":
            g.emit("F.softmin(%s, dim=%d)" % (x, d), op=k)
        else:
            g.emit(g.choice(["F.%s(%s, dim=%d)" % (k, x, d), "F.%s(%s, %d)" % (k, x, d),
                             "%s.%s(%d)" % (x, k, d), "m.%s(%s, %d)" % (k, x, d)]), op=k)
    elif k == "normalize":
        d = g.dim(g.nd(x))
        p = g.choice([2, 1, 3])
        if p == 1 and not far(v):
            raise Reject(k)
        if -max(g.nd(x), 1) <= d < max(g.nd(x), 1) and g.nd(x) and \
                not inside(v.detach().abs().pow(p).sum(d), 1e-3 ** p):
            raise Reject(k)   # a (near) zero vector: eps-clamped, ill-conditioned
        g.emit("F.normalize(%s, p=%r, dim=%d)" % (x, float(p), d), op=k)
    elif k == "dropout":
        g.emit(g.choice(["F.dropout(%s, 0.0)" % x, "F.dropout(%s, 0.5, training=False)" % x,
                         "F.dropout(%s, p=0.3, training=False)" % x]), op=k)


def op_scalar(g):
    x = g.pickf()
    v = g.val(x)
    s = g.fl([2.0, -1.5, 0.5, 3.0, 1.0, -0.25])
    si = g.choice(["2", "3", "-1", "1"])
    k = g.choice(["add", "radd", "sub", "rsub", "mul", "rmul", "div", "rdiv", "pow", "rpow", "powf", "mod",
                  "fmod", "remainder", "clamp", "clamp_min", "clamp_max", "clip", "add_alpha", "sub_alpha",
                  "rsub_fn", "div_round", "pow_int", "true_divide"])
    if k == "add":
        g.emit(g.choice(["%s + %s" % (x, s), "m.add(%s, %s)" % (x, s), "%s.add(%s)" % (x, s)]), op=k)
    elif k == "radd":
        g.emit("%s + %s" % (si, x), op=k)
    elif k == "sub":
        g.emit(g.choice(["%s - %s" % (x, s), "m.sub(%s, %s)" % (x, s), "%s.sub(%s)" % (x, s)]), op=k)
    elif k == "rsub":
        g.emit("%s - %s" % (s, x), op=k)
    elif k == "rsub_fn":
        g.emit("m.rsub(%s, %s)" % (x, s), op=k)
    elif k == "mul":
        g.emit(g.choice(["%s * %s" % (x, s), "m.mul(%s, %s)" % (x, s), "%s.mul(%s)" % (x, si)]), op=k)
    elif k == "rmul":
        g.emit("%s * %s" % (s, x), op=k)
    elif k in ("div", "true_divide"):
        g.emit(g.choice(["%s / %s" % (x, s), "m.div(%s, %s)" % (x, s), "%s.div(%s)" % (x, si),
                         "m.true_divide(%s, %s)" % (x, s)]), op=k)
    elif k == "rdiv":
        x = g.ensure(x, "nonzero")
        g.emit("%s / %s" % (s, x), op=k)
    elif k == "pow":
        e = g.choice([2, 3, 0.5, -1, 0, 1.5, -0.5, 2.5])
        if e in (0.5, 1.5, -0.5, 2.5):
            x = g.ensure(x, "pos")
        elif e == -1:
            x = g.ensure(x, "nonzero")
        g.emit(g.choice(["%s ** %r" % (x, e), "m.pow(%s, %r)" % (x, e), "%s.pow(%r)" % (x, e)]), op=k)
    elif k == "pow_int":
        g.emit("%s ** %s" % (x, g.choice(["2", "3"])), op=k)
    elif k == "rpow":
        x = g.ensure(x, "small")
        b = g.fl([2.0, 0.5, 1.5])
        g.emit(g.choice(["%s ** %s" % (b, x), "m.pow(%s, %s)" % (b, x)]), op=k)
    elif k == "powf":
        x = g.ensure(x, "pos")
        g.emit("%s ** %s" % (x, s), op="pow")
    elif k in ("mod", "fmod", "remainder"):
        d = g.fl([1.5, 2.0, -1.5, 0.75])
        if not far_int(v / float(d)):
            raise Reject(k)
        g.emit({"mod": "%s %% %s" % (x, d), "fmod": g.call("fmod", x, d),
                "remainder": g.call("remainder", x, d)}[k], op=k)
    elif k in ("clamp", "clip"):
        lo, hi = g.choice([(-0.5, 0.5), (0.0, 1.0), (-1.0, 2.0), (0.3, 0.1)])
        if not far(v, (lo, hi)):
            raise Reject(k)
        g.emit(g.choice(["m.%s(%s, %r, %r)" % (k, x, lo, hi), "%s.%s(%r, %r)" % (x, k, lo, hi),
                         "%s.%s(min=%r, max=%r)" % (x, k, lo, hi)]), op=k)
    elif k in ("clamp_min", "clamp_max"):
        b = float(g.fl([0.0, 0.5, -0.3]))
        if not far(v, (b,)):
            raise Reject(k)
        g.emit(g.choice(["m.%s(%s, %r)" % (k, x, b), "%s.%s(%r)" % (x, k, b),
                         "%s.clamp(%s=%r)" % (x, k[6:], b)]), op=k)
    elif k in ("add_alpha", "sub_alpha"):
        y = g.partner(x)
        g.emit("m.%s(%s, %s, alpha=%s)" % (k[:3], x, y, g.fl([2, 0.5, -1])), op=k)
    elif k == "div_round":
        d = g.fl([2.0, -1.5, 0.7])
        if not far_int(v / float(d)):
            raise Reject(k)
        g.emit("m.div(%s, %s, rounding_mode=%r)" % (x, d, g.choice(["floor", "trunc"])), op=k)


def op_binary(g):
    x = g.pickf()
    k = g.choice(["add", "sub", "mul", "div", "atan2", "maximum", "minimum", "fmod", "remainder", "hypot", "pow",
                  "lerp", "lerp_t", "max2", "min2", "where", "where_s", "where_m", "mul", "add", "clamp_t",
                  "floordiv"])
    dist = "nonzero" if k in ("div", "fmod", "remainder", "floordiv") else "normal"
    y = g.partner(x, "pos" if k == "pow" else "normal")
    if dist == "nonzero":
        y = g.ensure(y, "nonzero")
    if k == "pow":
        x = g.ensure(x, "pos")
    a, b = g.val(x), g.val(y)
    ab = bcast(shp(a), shp(b))
    if ab is not None and k in ("maximum", "minimum", "max2", "min2") and not far(a - b):
        raise Reject(k)
    if ab is not None and k in ("fmod", "remainder", "floordiv") and not far_int(a / b):
        raise Reject(k)
    if ab is not None and k == "atan2" and not (far(b) and far(a) or far(a * a + b * b, (0.0,), 0.01)):
        raise Reject(k)
    if ab is not None and k == "atan2" and not far(a):
        raise Reject(k)
    if ab is not None and k == "hypot" and not far(a * a + b * b, (0.0,), 0.01):
        raise Reject(k)
    if k in ("add", "sub", "mul", "div"):
        sym = {"add": "+", "sub": "-", "mul": "*", "div": "/"}[k]
        g.emit(g.choice(["%s %s %s" % (x, sym, y), "m.%s(%s, %s)" % (k, x, y), "%s.%s(%s)" % (x, k, y)]), op=k)
    elif k in ("atan2", "maximum", "minimum", "fmod", "remainder", "hypot", "pow"):
        g.emit(g.call(k, x, y), op=k)
    elif k == "floordiv":
        g.emit("%s // %s" % (x, y), op=k)
    elif k in ("max2", "min2"):
        g.emit("m.%s(%s, %s)" % (k[:3], x, y), op=k)
    elif k == "lerp":
        g.emit(g.call("lerp", x, "%s, %s" % (y, g.fl([0.3, 0.5, -0.2, 1.5]))), op=k)
    elif k == "lerp_t":
        w = g.partner(x, "unit")
        g.emit(g.call("lerp", x, "%s, %s" % (y, w)), op=k)
    elif k in ("where", "where_s", "where_m"):
        c = g.pickf()
        t = float(g.fl([0.0, 0.5, -0.3]))
        if not far(g.val(c), (t,)):
            raise Reject(k)
        cond = g.choice(["%s > %r" % (c, t), "%s < %r" % (c, t), "m.gt(%s, %r)" % (c, t), "%s.ge(%r)" % (c, t)])
        if k == "where":
            g.emit("m.where(%s, %s, %s)" % (cond, x, y), op=k)
        elif k == "where_s":
            g.emit("m.where(%s, %s, %s)" % (cond, x, g.fl([0.0, 1.5])), op=k)
        else:
            g.emit("%s.where(%s, %s)" % (x, cond, y), op=k)
    elif k == "clamp_t":
        if ab is None:
            raise Reject(k)
        lo = y
        g.emit("m.clamp(%s, min=%s, max=%s + 1.0)" % (x, lo, lo) if far(a - b) and far(a - b - 1.0)
               else "m.clamp(%s, min=%s)" % (x, lo) if far(a - b) else "m.clamp(%s)" % x, op=k)


def op_reduce(g):
    x = g.pickf()
    v = g.val(x)
    nd = g.nd(x)
    keep = g.r() < 0.3
    kd = ", keepdim=True" if keep else ""
    k = g.choice(["sum", "sum_dim", "mean", "mean_dim", "prod", "prod_dim", "max", "max_dim", "min_dim", "amax",
                  "amin", "argmax", "var", "std", "norm", "logsumexp", "cumsum", "cumprod", "sum_to_size",
                  "sum", "sum_dim", "max_other", "sum_kw"])
    if k == "sum":
        g.emit(g.choice(["%s.sum()" % x, "m.sum(%s)" % x]), op=k)
    elif k == "sum_kw":
        g.emit("%s.sum(dim=%r%s)" % (x, g.dims(nd), kd), op="sum_dim")
    elif k == "sum_dim":
        d = g.dims(nd)
        g.emit(g.choice(["%s.sum(%r%s)" % (x, d, kd), "m.sum(%s, dim=%r%s)" % (x, d, kd)]), op=k)
    elif k == "mean":
        g.emit(g.choice(["%s.mean()" % x, "m.mean(%s)" % x]), op=k)
    elif k == "mean_dim":
        d = g.dims(nd)
        g.emit(g.choice(["%s.mean(%r%s)" % (x, d, kd), "m.mean(%s, dim=%r%s)" % (x, d, kd)]), op=k)
    elif k == "prod":
        g.emit(g.choice(["%s.prod()" % x, "m.prod(%s)" % x]), op=k)
    elif k == "prod_dim":
        d = g.dim(nd)
        g.emit(g.choice(["%s.prod(%d%s)" % (x, d, kd), "m.prod(%s, dim=%d%s)" % (x, d, kd)]), op=k)
    elif k == "max":
        if not no_ties(v, exact_ok=True):
            raise Reject(k)
        g.emit(g.choice(["%s.max()" % x, "m.max(%s)" % x, "%s.min()" % x, "m.min(%s)" % x]), op=k)
    elif k in ("max_dim", "min_dim"):
        d = g.dim(nd)
        if -max(nd, 1) <= d < max(nd, 1) and not no_ties(v, d if nd else None):
            raise Reject(k)
        f = k[:3]
        call = g.choice(["%s.%s(%d%s)" % (x, f, d, kd), "m.%s(%s, %d%s)" % (f, x, d, kd),
                         "%s.%s(dim=%d%s)" % (x, f, d, kd)])
        g.emit(call + g.choice([".values", "[0]", ".indices", "[1]", ".values"]), op=k)
    elif k in ("amax", "amin"):
        d = g.dims(nd)
        ds = (d,) if isinstance(d, int) else d
        if not all(no_ties(v, dd, exact_ok=True) for dd in ds if -max(nd, 1) <= dd < max(nd, 1)) or \
                not no_ties(v, exact_ok=True) and len(ds) > 1:
            raise Reject(k)
        g.emit(g.choice(["%s.%s(%r%s)" % (x, k, d, kd), "m.%s(%s, dim=%r%s)" % (k, x, d, kd)]), op=k)
    elif k == "argmax":
        f = g.choice(["argmax", "argmin"])
        if g.r() < 0.4:
            if not no_ties(v):
                raise Reject(k)
            g.emit("%s.%s()" % (x, f), op=f)
        else:
            d = g.dim(nd)
            if -max(nd, 1) <= d < max(nd, 1) and not no_ties(v, d if nd else None):
                raise Reject(k)
            g.emit("m.%s(%s, dim=%d%s)" % (f, x, d, kd), op=f)
    elif k in ("var", "std"):
        d = g.dims(nd) if g.r() < 0.6 else None
        n = numel(shp(v)) if d is None else numel([shp(v)[dd] for dd in ((d,) if isinstance(d, int) else d)
                                                   if -max(nd, 1) <= dd < max(nd, 1)] if nd else [1])
        corr = g.choice(["", ", unbiased=False", ", correction=0", ", correction=1", ", correction=2"])
        c = 0 if ("False" in corr or "=0" in corr) else (2 if "=2" in corr else 1)
        if n - c < 1:
            raise Reject(k)
        if d is None:
            code = "%s.%s(%s)" % (x, k, corr[2:]) if "unbiased" in corr or not corr else \
                "m.%s(%s%s)" % (k, x, corr)
        else:
            code = "m.%s(%s, %r%s%s)" % (k, x, d, corr, kd)
        name = g.emit(code, op=k)
        if name and k == "std" and not inside(g.val(name), 1e-3):
            g.undo(name)
    elif k == "norm":
        p = g.choice([2, 1, "inf", "fro", 3, None])
        d = g.dims(nd) if g.r() < 0.6 else None
        if p == 1 and not far(v):
            raise Reject(k)
        if p == "inf" and not (far(v) and no_ties(v.abs(), None, exact_ok=False)):
            raise Reject(k)
        if not far(v.abs().sum(), (0.0,), 0.01):
            raise Reject(k)
        ps = {"inf": "float('inf')", "fro": "'fro'", None: None}.get(p, repr(p))
        if d is None and ps is None:
            code = g.choice(["%s.norm()" % x, "m.norm(%s)" % x])
        elif d is None:
            code = "%s.norm(p=%s)" % (x, ps) if g.r() < 0.5 else "m.norm(%s, %s)" % (x, ps)
        else:
            code = "m.norm(%s, p=%s, dim=%r%s)" % (x, ps or "2", d, kd)
        name = g.emit(code, op="norm")
        if name and not inside(g.val(name), 1e-3):
            g.undo(name)
    elif k == "logsumexp":
        d = g.dims(nd)
        g.emit(g.choice(["%s.logsumexp(%r%s)" % (x, d, kd), "m.logsumexp(%s, dim=%r%s)" % (x, d, kd)]), op=k)
    elif k in ("cumsum", "cumprod"):
        d = g.dim(nd)
        g.emit(g.choice(["%s.%s(%d)" % (x, k, d), "m.%s(%s, dim=%d)" % (k, x, d)]), op=k)
    elif k == "sum_to_size":
        s = shp(v)
        t = tuple(1 if g.r() < 0.5 else dd for dd in s)
        while t and t[0] == 1 and g.r() < 0.5:
            t = t[1:]
        g.emit(g.choice(["%s.sum_to_size(%r)" % (x, t), "%s.sum_to_size(%s)" % (x, ", ".join(map(str, t)))])
               if t else "%s.sum_to_size(())" % x, op=k)
    elif k == "max_other":
        y = g.partner(x)
        if bcast(shp(v), g.shape(y)) is not None and not far(v - g.val(y)):
            raise Reject(k)
        g.emit("m.%s(%s, %s)" % (g.choice(["max", "min"]), x, y), op="max_binary")


def factor_shape(n, maxnd=4):
    dims = []
    rest = n
    rng = np.random.default_rng(n * 7 + maxnd)
    while rest > 1 and len(dims) < maxnd - 1:
        ds = [d for d in range(2, rest + 1) if rest % d == 0]
        d = int(rng.choice(ds))
        dims.append(d)
        rest //= d
    if rest > 1:
        dims.append(rest)
    return dims


LAYOUT_ALIASING = {"reshape", "flatten", "view_as", "contiguous"}


def op_view(g):
    n_before = len(g.lines)
    try:
        _op_view(g)
    finally:
        for ln in g.lines[n_before:]:
            if ln["op"] in LAYOUT_ALIASING and ln["def"]:
                # reshape may view or copy ("do not depend on it", torch's docs); contiguous
                # copies or not by the layout the library chose for a computed value
                src = [u for u in ln["uses"] if u in g.env and u != ln["def"]]
                if src and (ln["op"] != "contiguous" or not _layout_from_views(g, src[0])):
                    g.ambiguous.add(g.grp.get(src[0]))
                    g.ambiguous.add(g.grp.get(ln["def"]))


def _op_view(g):
    x = g.pick(lambda n: True) or g.pickf()
    v = g.val(x)
    s = shp(v)
    nd = len(s)
    n = numel(s)
    k = g.choice(["view", "reshape", "flatten", "unflatten", "transpose", "t", "mT", "permute", "expand", "unsqueeze",
                  "squeeze", "narrow", "select", "getitem", "getitem", "diagonal", "clone", "contiguous", "detach",
                  "repeat", "flip", "roll", "diag", "diag_embed", "tril", "swapaxes", "view_as", "movedim"])
    if k == "view" and not v.is_contiguous() and not _layout_from_views(g, x):
        # the strides of computed results are the library's choice (torch keeps
        # an elementwise input's layout, returns column-major LAPACK results)
        k = "reshape"
    if k in ("view", "reshape"):
        dims = list(factor_shape(n)) if n > 0 else [0]
        g.rng.shuffle(dims)
        if not dims:
            dims = [1] * g.ri(0, 2)
        if dims and g.r() < 0.4:
            dims[g.ri(0, len(dims) - 1)] = -1
        if g.r() < 0.15:
            dims.insert(g.ri(0, len(dims)), 1)
        t = tuple(dims)
        code = g.choice(["%s.%s(%s)" % (x, k, ", ".join(map(str, t))), "%s.%s(%r)" % (x, k, t)]) if t else \
            "%s.%s(())" % (x, k)
        if k == "reshape" and g.r() < 0.3:
            code = "m.reshape(%s, %r)" % (x, t)
        g.emit(code, op=k)
    elif k == "view_as":
        y = g.pick(lambda m_: numel(g.shape(m_)) == n and m_ != x)
        if y is None:
            raise Reject(k)
        g.emit(g.choice(["%s.view_as(%s)" % (x, y), "%s.reshape_as(%s)" % (x, y)]), op=k)
    elif k == "flatten":
        if nd == 0 or g.r() < 0.4:
            g.emit(g.choice(["%s.flatten()" % x, "m.flatten(%s)" % x]), op=k)
        else:
            a = g.ri(0, nd - 1)
            b = g.ri(a, nd - 1)
            g.emit("m.flatten(%s, %d, %d)" % (x, a, b) if g.r() < 0.5 else "%s.flatten(%d)" % (x, a), op=k)
    elif k == "unflatten":
        if nd == 0:
            raise Reject(k)
        d = g.dim(nd)
        size = s[d] if -nd <= d < nd else 4
        f = factor_shape(size, 3) if size > 1 else [1]
        if len(f) == 1:
            f = [1] + f if g.r() < 0.5 else f + [1]
        if g.r() < 0.3:
            f[0] = -1
        g.emit("%s.unflatten(%d, %r)" % (x, d, tuple(f)), op=k)
    elif k in ("transpose", "swapaxes"):
        a, b = g.dim(nd), g.dim(nd)
        g.emit(g.choice(["%s.%s(%d, %d)" % (x, k, a, b), "m.%s(%s, %d, %d)" % (k, x, a, b)]), op=k)
    elif k == "t":
        g.emit(g.choice(["%s.t()" % x, "m.t(%s)" % x] + (["%s.T" % x] if nd in (0, 2) else [])), op=k)
    elif k == "mT":
        g.emit("%s.mT" % x, op=k)
    elif k in ("permute", "movedim"):
        if nd == 0:
            raise Reject(k)
        p = [int(i) for i in g.rng.permutation(nd)]
        if k == "movedim":
            raise Reject(k)   # not in cotangent's API (torch.movedim)
        g.emit(g.choice(["%s.permute(%s)" % (x, ", ".join(map(str, p))), "m.permute(%s, %r)" % (x, tuple(p)),
                         "%s.permute(%r)" % (x, tuple(p))]), op=k)
    elif k == "expand":
        t = [g.ri(2, 3) if d == 1 and g.r() < 0.7 else (d if g.r() < 0.7 else -1) for d in s]
        if g.r() < 0.3 or not t:
            t = [g.ri(1, 3)] + t
        if numel([abs(d) for d in t]) > MAX_NUMEL:
            raise Reject(k)
        code = g.choice(["%s.expand(%s)" % (x, ", ".join(map(str, t))), "%s.expand(%r)" % (x, tuple(t))])
        if -1 not in t and g.r() < 0.3:
            code = "m.broadcast_to(%s, %r)" % (x, tuple(t))
        g.emit(code, op=k)
    elif k == "unsqueeze":
        d = g.ri(-nd - 1, nd) if g.r() > 0.02 else nd + 2
        g.emit(g.choice(["%s.unsqueeze(%d)" % (x, d), "m.unsqueeze(%s, %d)" % (x, d), "%s[None]" % x]), op=k)
    elif k == "squeeze":
        if g.r() < 0.5:
            g.emit(g.choice(["%s.squeeze()" % x, "m.squeeze(%s)" % x]), op=k)
        else:
            d = g.dim(nd)
            g.emit(g.choice(["%s.squeeze(%d)" % (x, d), "m.squeeze(%s, %d)" % (x, d)]), op=k)
    elif k == "narrow":
        if nd == 0:
            raise Reject(k)
        d = g.dim(nd)
        size = s[d] if -nd <= d < nd else 2
        st = g.ri(0, max(size - 1, 0))
        ln = g.ri(0 if g.r() < 0.1 else 1, max(size - st, 1))
        g.emit(g.choice(["%s.narrow(%d, %d, %d)" % (x, d, st, ln), "m.narrow(%s, %d, %d, %d)" % (x, d, st, ln)]),
               op=k)
    elif k == "select":
        if nd == 0:
            raise Reject(k)
        d = g.dim(nd)
        size = s[d] if -nd <= d < nd else 2
        i = g.ri(-size, size - 1) if size > 0 else 0
        g.emit(g.choice(["%s.select(%d, %d)" % (x, d, i), "m.select(%s, %d, %d)" % (x, d, i)]), op=k)
    elif k == "getitem":
        g.emit("%s[%s]" % (x, rand_index(g, s)), op=k)
    elif k == "diagonal":
        if nd < 2:
            raise Reject(k)
        a, b = g.dim(nd), g.dim(nd)
        off = g.choice([0, 0, 1, -1, 2])
        g.emit(g.choice(["%s.diagonal(%d, %d, %d)" % (x, off, a, b),
                         "m.diagonal(%s, offset=%d, dim1=%d, dim2=%d)" % (x, off, a, b)]), op=k)
    elif k == "clone":
        g.emit(g.choice(["%s.clone()" % x, "m.clone(%s)" % x]), op=k)
    elif k == "contiguous":
        g.emit("%s.contiguous()" % x, op=k)
    elif k == "detach":
        if g.r() < 0.3:
            g.emit("%s.detach()" % x, op=k)
        else:
            raise Reject(k)
    elif k == "repeat":
        reps = [g.ri(1, 2) for _ in range(nd)]
        if g.r() < 0.3 or not reps:
            reps = [g.ri(1, 2)] + reps
        if numel(s) * numel(reps) > MAX_NUMEL:
            raise Reject(k)
        g.emit(g.choice(["%s.repeat(%s)" % (x, ", ".join(map(str, reps))), "%s.repeat(%r)" % (x, tuple(reps))]),
               op=k)
    elif k == "flip":
        d = g.dims(nd)
        ds = (d,) if isinstance(d, int) else d
        g.emit(g.choice(["%s.flip(%s)" % (x, ", ".join(map(str, ds))), "m.flip(%s, %r)" % (x, tuple(ds))]), op=k)
    elif k == "roll":
        if g.r() < 0.3:
            g.emit("m.roll(%s, %d)" % (x, g.ri(-3, 3)), op=k)
        else:
            d = g.dims(nd)
            ds = (d,) if isinstance(d, int) else d
            sh = tuple(g.ri(-3, 3) for _ in ds)
            g.emit("%s.roll(%r, %r)" % (x, sh, ds) if len(ds) > 1 else "m.roll(%s, %d, %d)" % (x, sh[0], ds[0]),
                   op=k)
    elif k == "diag":
        if nd not in (1, 2) and g.r() < 0.9:
            raise Reject(k)
        off = g.choice([0, 0, 1, -1])
        g.emit(g.choice(["m.diag(%s, %d)" % (x, off), "%s.diag(%d)" % (x, off), "m.diag(%s)" % x]), op=k)
    elif k == "diag_embed":
        if numel(s) * (s[-1] if s else 1) > MAX_NUMEL:
            raise Reject(k)
        g.emit(g.choice(["m.diag_embed(%s)" % x, "%s.diag_embed()" % x]), op=k)
    elif k == "tril":
        f = g.choice(["tril", "triu"])
        off = g.choice([0, 0, 1, -1])
        g.emit(g.choice(["%s.%s(%d)" % (x, f, off), "m.%s(%s, %d)" % (f, x, off), "m.%s(%s)" % (f, x)]), op=f)


PURE_VIEWS = {"transpose", "swapaxes", "t", "mT", "permute", "expand", "unsqueeze", "squeeze", "narrow", "select",
              "getitem", "diagonal", "view", "reshape", "flatten", "unflatten", "view_as", "split", "chunk", "unbind",
              "split_sizes"}


def _layout_from_views(g, x):
    """x is an input, or a chain of view ops leads to it from one."""
    while True:
        if g.is_leaf_input(x):
            return True
        line = next((ln for ln in g.lines if ln["def"] == x), None)
        if line is None or not (line["op"] in PURE_VIEWS or line["op"].startswith("prep")) or \
                any(ln.get("mut") == x for ln in g.lines):
            return False
        src = [u for u in line["uses"]]
        if len(src) != 1:
            return False
        x = src[0]


def rand_index(g, s):
    parts = []
    i = 0
    nd = len(s)
    used_ellipsis = False
    while i < nd:
        r = g.r()
        size = s[i]
        if r < 0.1:
            parts.append("None")
            continue
        if r < 0.3 and size > 0:
            parts.append(str(g.ri(-size, size - 1)))
        elif r < 0.45:
            parts.append(g.choice(["::2", "1::2", "::3", "1:", ":-1", "-2:"]) if g.r() > 0.02 else "::-1")
        elif r < 0.55 and size > 1:
            a = g.ri(0, size - 1)
            parts.append("%d:%d" % (a, g.ri(a, size)))
        elif r < 0.6 and not used_ellipsis:
            parts.append("...")
            used_ellipsis = True
            i = nd
            continue
        else:
            parts.append(":")
        i += 1
        if g.r() < 0.25:
            break
    if g.r() < 0.02:
        parts.append("0")   # too many indices (an error)
    if not parts:
        parts = ["..."]
    return ", ".join(parts)


def int_literal(arr):
    return "m.tensor(%r)" % (arr.tolist(),)


def op_index(g):
    x = g.pickf()
    v = g.val(x)
    s = shp(v)
    nd = len(s)
    k = g.choice(["index_select", "gather", "scatter", "scatter_value", "scatter_add", "index_add", "masked_fill",
                  "masked_fill_t", "masked_select", "masked_scatter", "take_along_dim", "take_flat", "adv_int",
                  "adv_list", "adv_dim1", "adv_mask", "adv_two", "setitem"])
    if nd == 0 and k not in ("masked_fill", "masked_select", "masked_fill_t", "take_flat", "setitem"):
        raise Reject(k)
    if k == "index_select":
        d = g.dim(nd)
        size = s[d] if -nd <= d < nd else 2
        if size == 0:
            raise Reject(k)
        idx = g.rng.integers(0, size, g.ri(1, 4))
        if g.r() < 0.02:
            idx[0] = size
        g.emit(g.choice(["%s.index_select(%d, %s)" % (x, d, int_literal(idx)),
                         "m.index_select(%s, %d, %s)" % (x, d, int_literal(idx))]), op=k)
    elif k in ("gather", "take_along_dim"):
        d = g.dim(nd, allow_bad=False)
        if s[d] == 0:
            raise Reject(k)
        ishape = [g.ri(1, sz) if sz > 0 else 0 for sz in s]
        ishape[d] = g.ri(1, 4)
        if k == "take_along_dim":
            ishape = [sz if g.r() < 0.5 else (1 if i != d else ishape[i]) for i, sz in enumerate(s)]
            ishape[d] = g.ri(1, 4)
        idx = g.rng.integers(0, s[d], tuple(ishape))
        if k == "gather":
            g.emit(g.choice(["%s.gather(%d, %s)" % (x, d, int_literal(idx)),
                             "m.gather(%s, %d, %s)" % (x, d, int_literal(idx))]), op=k)
        else:
            g.emit("m.take_along_dim(%s, %s, dim=%d)" % (x, int_literal(idx), d), op=k)
    elif k == "take_flat":
        n = numel(s)
        if n == 0 or not v.is_contiguous():
            raise Reject(k)   # torch 1.13 views a non-contiguous input (and raises)
        idx = g.rng.integers(0, n, g.ri(1, 5))
        g.emit("m.take_along_dim(%s, %s)" % (x, int_literal(idx)), op="take_along_dim")
    elif k in ("scatter", "scatter_value", "scatter_add"):
        d = g.dim(nd, allow_bad=False)
        if s[d] == 0 or 0 in s:
            raise Reject(k)
        ishape = [g.ri(1, sz) for sz in s]
        ishape[d] = g.ri(1, s[d])
        if k == "scatter_add":
            idx = g.rng.integers(0, s[d], tuple(ishape))
        else:   # distinct indices along d (no write collisions)
            keys = g.rng.random(tuple(ishape[:d]) + (s[d],) + tuple(ishape[d + 1:]))
            idx = np.argsort(keys, axis=d).take(range(ishape[d]), axis=d)
        il = int_literal(idx)
        if k == "scatter_value":
            g.emit(g.choice(["%s.scatter(%d, %s, %s)" % (x, d, il, g.fl([1.5, -2.0])),
                             "m.scatter(%s, %d, %s, %s)" % (x, d, il, g.fl([0.5]))]), op=k)
            return
        src = g.pick(lambda n_: g.is_float(n_) and all(a >= b for a, b in zip(g.shape(n_), ishape))
                     and g.nd(n_) == nd and n_ != x)
        if src is None:
            src = g.new_input(tuple(ishape))
        if k == "scatter":
            g.emit(g.choice(["%s.scatter(%d, %s, %s)" % (x, d, il, src),
                             "m.scatter(%s, %d, %s, %s)" % (x, d, il, src)]), op=k)
        else:
            g.emit(g.choice(["%s.scatter_add(%d, %s, %s)" % (x, d, il, src),
                             "m.scatter_add(%s, %d, %s, %s)" % (x, d, il, src)]), op=k)
    elif k == "index_add":
        d = g.dim(nd, allow_bad=False)
        if s[d] == 0:
            raise Reject(k)
        n = g.ri(1, 4)
        idx = g.rng.integers(0, s[d], n)
        ss = list(s)
        ss[d] = n
        src = g.new_input(tuple(ss))
        alpha = g.choice(["", ", alpha=2", ", alpha=-0.5"])
        g.emit(g.choice(["%s.index_add(%d, %s, %s%s)" % (x, d, int_literal(idx), src, alpha),
                         "m.index_add(%s, %d, %s, %s%s)" % (x, d, int_literal(idx), src, alpha)]), op=k)
    elif k in ("masked_fill", "masked_fill_t", "masked_select", "masked_scatter", "adv_mask", "setitem"):
        c = g.pick(lambda n_: g.is_float(n_) and bcast(g.shape(n_), s) == s) or x
        t = float(g.fl([0.0, 0.3, -0.5]))
        if not far(g.val(c), (t,)):
            raise Reject(k)
        cond = g.choice(["%s > %r" % (c, t), "%s < %r" % (c, t), "%s.le(%r)" % (c, t)])
        if k == "masked_fill":
            g.emit(g.choice(["%s.masked_fill(%s, %s)" % (x, cond, g.fl([0.0, 1.5, -2.0])),
                             "m.masked_fill(%s, %s, %s)" % (x, cond, g.fl([0.5]))]), op=k)
        elif k == "masked_fill_t":
            g.emit("%s.masked_fill(%s, m.tensor(%s, dtype=m.float64))" % (x, cond, g.fl([2.0, -1.0])), op=k)
        elif k == "masked_select":
            if not v.is_contiguous():
                raise Reject(k)   # torch 1.13's masked_select backward is wrong for non-contiguous input
            g.emit(g.choice(["%s.masked_select(%s)" % (x, cond), "m.masked_select(%s, %s)" % (x, cond)]), op=k)
        elif k == "masked_scatter":
            src = g.partner(x, same=True)
            g.emit("%s.masked_scatter(%s, %s)" % (x, cond, src), op=k)
        elif k == "adv_mask":
            if g.shape(c) != s:
                raise Reject(k)
            g.emit("%s[%s]" % (x, cond), op=k)
        else:   # setitem on a clone (a non-leaf): x2 = x.clone(); x2[mask] = value
            y = g.emit("%s.clone()" % x, op="clone")
            if y is None:
                return
            if c == x:
                cond = cond.replace(c, y, 1)
            g.emit("%s[%s] = %s" % (y, cond, g.fl([0.0, 2.5])), op="setitem", inplace=y)
    elif k in ("adv_int", "adv_list", "adv_dim1", "adv_two"):
        if s[0] == 0:
            raise Reject(k)
        if k == "adv_int":
            idx = g.rng.integers(-s[0], s[0], (g.ri(1, 3),) if g.r() < 0.7 else (2, 2))
            g.emit("%s[%s]" % (x, int_literal(idx)), op=k)
        elif k == "adv_list":
            idx = g.rng.integers(0, s[0], g.ri(1, 3))
            g.emit("%s[%r]" % (x, idx.tolist()), op=k)
        elif k == "adv_dim1":
            if nd < 2 or s[1] == 0:
                raise Reject(k)
            idx = g.rng.integers(0, s[1], g.ri(1, 3))
            g.emit("%s[:, %s]" % (x, int_literal(idx)), op=k)
        else:
            if nd < 2 or s[1] == 0:
                raise Reject(k)
            n = g.ri(1, 3)
            i0 = g.rng.integers(0, s[0], n)
            i1 = g.rng.integers(0, s[1], n)
            g.emit("%s[%s, %s]" % (x, int_literal(i0), int_literal(i1)), op=k)


def op_linalg(g):
    x = g.pickf()
    s = g.shape(x)
    nd = len(s)
    k = g.choice(["mm", "matmul", "matmul", "bmm", "mv", "dot", "outer", "addmm", "einsum", "einsum", "self_mm",
                  "inner"])
    if k in ("mm", "self_mm", "addmm"):
        if nd != 2:
            x = g.new_input((g.ri(1, 4), g.ri(1, 4)))
            s = g.shape(x)
        if k == "self_mm":
            g.emit(g.choice(["%s @ %s.t()" % (x, x), "m.mm(%s.mT, %s)" % (x, x), "%s.matmul(%s.T)" % (x, x)]),
                   op="mm")
            return
        y = g.pick(lambda n_: g.is_float(n_) and g.nd(n_) == 2 and g.shape(n_)[0] == s[1] and n_ != x)
        if y is None or g.r() < 0.4:
            y = g.new_input((s[1], g.ri(1, 4)) if g.r() > 0.03 else (s[1] + 1, 2))
        if k == "mm":
            g.emit(g.choice(["m.mm(%s, %s)" % (x, y), "%s.mm(%s)" % (x, y), "%s @ %s" % (x, y)]), op=k)
        else:
            c = g.new_input(g.partner_shape((s[0], g.shape(y)[1])))
            g.emit("m.addmm(%s, %s, %s%s)" % (c, x, y, g.choice(["", ", beta=0.5, alpha=2", ", alpha=-1"])),
                   op=k)
    elif k == "matmul":
        a = s if nd >= 1 else (g.ri(1, 3),)
        if nd == 0:
            x = g.new_input(a)
        if len(a) == 1:
            ys = g.choice([(a[0],), (a[0], g.ri(1, 3)), (2, a[0], g.ri(1, 3))])
        else:
            ys = g.choice([(a[-1],), (a[-1], g.ri(1, 3)), a[:-2] + (a[-1], g.ri(1, 3)),
                           (g.ri(1, 2), a[-1], 2) if len(a) == 2 else (a[-1], 2)])
        if g.r() < 0.03:
            ys = tuple(ys[:-1]) + (ys[-1] + 1,) if len(ys) == 1 else (ys[0] + 1,) + tuple(ys[1:])
        y = g.new_input(ys)
        g.emit(g.choice(["m.matmul(%s, %s)" % (x, y), "%s @ %s" % (x, y), "%s.matmul(%s)" % (x, y)]), op=k)
    elif k == "bmm":
        if nd != 3:
            x = g.new_input((g.ri(1, 3), g.ri(1, 3), g.ri(1, 3)))
            s = g.shape(x)
        y = g.new_input((s[0], s[2], g.ri(1, 3)))
        g.emit(g.choice(["m.bmm(%s, %s)" % (x, y), "%s.bmm(%s)" % (x, y)]), op=k)
    elif k == "mv":
        if nd != 2:
            x = g.new_input((g.ri(1, 4), g.ri(1, 4)))
            s = g.shape(x)
        y = g.new_input((s[1],))
        g.emit(g.choice(["m.mv(%s, %s)" % (x, y), "%s.mv(%s)" % (x, y)]), op=k)
    elif k in ("dot", "inner", "outer"):
        if nd != 1:
            x = g.emit("%s.flatten()" % x, op="flatten") if numel(s) <= 16 and g.r() < 0.5 else \
                g.new_input((g.ri(1, 5),))
            if x is None:
                return
            s = g.shape(x)
        y = g.pick(lambda n_: g.is_float(n_) and g.shape(n_) == s and n_ != x)
        if y is None or k == "outer":
            y = g.new_input(s if k != "outer" else (g.ri(1, 4),))
        g.emit(g.choice(["m.%s(%s, %s)" % (k, x, y), "%s.%s(%s)" % (x, k, y)]), op=k)
    elif k == "einsum":
        if nd == 1:
            eq, ys = g.choice([("i,i->", [s]), ("i,j->ij", [(g.ri(1, 3),)]), ("i->", []), ("i,i->i", [s])])
        elif nd == 2:
            eq, ys = g.choice([("ij->ji", []), ("ij->", []), ("ij->j", []), ("ij,jk->ik", [(s[1], g.ri(1, 3))]),
                               ("ij,ij->i", [s]), ("ij,kj->ik", [(g.ri(1, 3), s[1])]),
                               ("ii->i", []) if s[0] == s[1] else ("ij->i", []), ("ij,j->i", [(s[1],)])])
        elif nd == 3:
            eq, ys = g.choice([("bij,bjk->bik", [(s[0], s[2], g.ri(1, 3))]), ("bij->bji", []), ("ijk->k", []),
                               ("ijk,ijk->", [s])])
        else:
            raise Reject(k)
        ops = [x] + [g.new_input(y) for y in ys]
        if g.r() < 0.3:
            g.emit("m.einsum(%r, [%s])" % (eq, ", ".join(ops)), op=k)
        else:
            g.emit("m.einsum(%r, %s)" % (eq, ", ".join(ops)), op=k)


def op_lapack(g):
    torch = torch_mod()
    x = g.pick(lambda n_: g.is_float(n_) and g.nd(n_) >= 2 and g.shape(n_)[-1] == g.shape(n_)[-2]
               and 1 <= g.shape(n_)[-1] <= 4 and g.nd(n_) <= 3)
    if x is None or g.r() < 0.3:
        n = g.ri(1, 4)
        x = g.new_input(((g.ri(1, 2),) if g.r() < 0.2 else ()) + (n, n))
    n = g.shape(x)[-1]
    k = g.choice(["inv", "det", "slogdet", "solve", "cholesky", "inverse", "det_m"])
    if k == "cholesky":
        spd = g.emit("%s @ %s.mT + %s * m.eye(%d, dtype=m.float64)" % (x, x, g.fl([0.5, 1.0]), n), op="adapt:spd")
        if spd is None:
            return
        if float(torch.linalg.cond(g.val(spd).detach()).max()) > 1e3:
            raise Reject(k)
        g.emit("m.linalg.cholesky(%s)" % spd, op=k)
        return
    v = g.val(x).detach()
    if float(torch.linalg.cond(v).max()) > 300:
        x = g.emit("%s + %d * m.eye(%d, dtype=m.float64)" % (x, 3, n), op="adapt:cond")
        if x is None or float(torch.linalg.cond(g.val(x).detach()).max()) > 300:
            raise Reject(k)
    if k == "inv":
        g.emit("m.linalg.inv(%s)" % x, op=k)
    elif k == "inverse":
        g.emit(g.choice(["m.inverse(%s)" % x, "%s.inverse()" % x]), op=k)
    elif k == "det":
        g.emit("m.linalg.det(%s)" % x, op=k)
    elif k == "det_m":
        g.emit(g.choice(["m.det(%s)" % x, "%s.det()" % x]), op="det")
    elif k == "slogdet":
        g.emit(g.choice(["m.linalg.slogdet(%s)[1]" % x, "m.linalg.slogdet(%s).logabsdet" % x]), op=k)
    elif k == "solve":
        bs = g.shape(x)[:-1] if g.r() < 0.4 else g.shape(x)[:-1] + (g.ri(1, 3),)
        if len(bs) == 1 and len(g.shape(x)) == 3:
            bs = g.shape(x)[:-1] + (2,)
        if bs == (1,):
            raise Reject(k)   # torch 1.13's solve backward fails for a (1, 1) A and a vector b
        b = g.new_input(bs)
        g.emit("m.linalg.solve(%s, %s)" % (x, b), op=k)


def op_nn(g):
    k = g.choice(["mse_loss", "l1_loss", "smooth_l1_loss", "bce", "bce_logits", "cross_entropy", "cross_entropy_p",
                  "nll_loss", "linear", "layer_norm", "conv1d", "conv2d", "max_pool2d", "avg_pool2d", "unfold_fold",
                  "pad"])
    red = g.choice(["", ", reduction='sum'", ", reduction='none'", ", reduction='mean'"])
    if k in ("mse_loss", "l1_loss", "smooth_l1_loss"):
        x = g.pickf()
        # same dtype: torch 1.13's mse_loss backward raises "Found dtype Float but expected Double" otherwise
        y = g.partner(x, same=g.r() < 0.9, kind="f64g" if g.r() < 0.7 else "f64")
        if g.val(y).dtype != g.val(x).dtype:
            raise Reject(k)
        d = g.val(x) - g.val(y) if bcast(g.shape(x), g.shape(y)) else None
        beta = g.choice([1.0, 0.5])
        if d is not None and k != "mse_loss" and not far(d, (0.0, beta, -beta) if k == "smooth_l1_loss" else (0.0,)):
            raise Reject(k)
        extra = (", beta=%r" % beta) if k == "smooth_l1_loss" and beta != 1.0 else ""
        g.emit("F.%s(%s, %s%s%s)" % (k, x, y, red, extra), op=k)
    elif k == "bce":
        x = g.pickf()
        p = g.emit("m.sigmoid(%s) * 0.9 + 0.05" % x, op="adapt:prob")
        if p is None:
            return
        t = g.const_input(g.shape(p), "prob") if g.r() < 0.8 else g.partner(p, "prob", same=True)
        if not inside(g.val(t), 0.0, 1.0):
            t = g.const_input(g.shape(p), "prob")
        w = ""
        if g.r() < 0.3:
            w = ", weight=%s" % g.const_input(g.partner_shape(g.shape(p)), "pos")
        g.emit("F.binary_cross_entropy(%s, %s%s%s)" % (p, t, w, red), op=k)
    elif k == "bce_logits":
        x = g.pickf()
        t = g.const_input(g.shape(x), "prob")
        w = ""
        if g.r() < 0.3:
            w += ", weight=%s" % g.const_input(g.partner_shape(g.shape(x)), "pos")
        if g.r() < 0.3 and g.nd(x) >= 1:
            w += ", pos_weight=%s" % g.const_input((g.shape(x)[-1],), "pos")
        g.emit("F.binary_cross_entropy_with_logits(%s, %s%s%s)" % (x, t, w, red), op=k)
    elif k in ("cross_entropy", "cross_entropy_p", "nll_loss"):
        x = g.pick(lambda n_: g.is_float(n_) and 1 <= g.nd(n_) <= 3 and 0 not in g.shape(n_))
        if x is None or g.r() < 0.3:
            x = g.new_input(g.choice([(g.ri(1, 4), g.ri(2, 4)), (g.ri(2, 4),), (2, g.ri(2, 3), g.ri(1, 3))]))
        s = g.shape(x)
        C = s[0] if len(s) == 1 else s[1]
        tshape = () if len(s) == 1 else (s[0],) + s[2:]
        extra = red
        if k != "cross_entropy_p" and g.r() < 0.3:
            extra += ", weight=%s" % g.const_input((C,), "pos")
        if k == "cross_entropy_p":
            tp = g.const_input(s, "pos")
            tgt = g.emit("%s / %s.sum(%d, keepdim=True)" % (tp, tp, 0 if len(s) == 1 else 1), op="adapt:probs")
            if tgt is None:
                return
        else:
            tv = g.rng.integers(0, C, tshape)
            if g.r() < 0.2 and tv.size:
                extra += ", ignore_index=%d" % int(tv.flat[0])
            tgt = int_literal(np.asarray(tv)) if tv.ndim else "m.tensor(%d)" % int(tv)
        if k != "nll_loss" and g.r() < 0.3:
            extra += ", label_smoothing=%s" % g.fl([0.1, 0.25])
        if k == "nll_loss":
            ls = g.emit("F.log_softmax(%s, %d)" % (x, 0 if len(s) == 1 else 1), op="log_softmax")
            if ls is None:
                return
            g.emit("F.nll_loss(%s, %s%s)" % (ls, tgt, extra), op=k)
        else:
            g.emit("F.cross_entropy(%s, %s%s)" % (x, tgt, extra), op="cross_entropy")
    elif k == "linear":
        x = g.pickf(lambda n_: g.nd(n_) >= 1)
        fin = g.shape(x)[-1]
        fout = g.ri(1, 4)
        w = g.new_input((fout, fin))
        b = (", " + g.new_input((fout,))) if g.r() < 0.6 else ""
        g.emit("F.linear(%s, %s%s)" % (x, w, b), op=k)
    elif k == "layer_norm":
        x = g.pickf(lambda n_: g.nd(n_) >= 1)
        s = g.shape(x)
        kk = g.ri(1, len(s))
        ns = s[len(s) - kk:]
        if numel(ns) < 2:
            raise Reject(k)
        extra = ""
        if g.r() < 0.5:
            extra += ", weight=%s" % g.new_input(ns)
            # a bias without a weight: torch 1.13's double backward raises "Expected a proper Tensor"
            if g.r() < 0.5:
                extra += ", bias=%s" % g.new_input(ns)
        v = g.val(x).detach().reshape(-1, numel(ns)) if numel(s) else None
        if v is not None and float(v.var(1, unbiased=False).min()) < 1e-3:
            raise Reject(k)
        g.emit("F.layer_norm(%s, %r%s)" % (x, tuple(ns), extra), op=k)
    elif k in ("conv1d", "conv2d"):
        nsp = 1 if k == "conv1d" else 2
        groups = g.choice([1, 1, 2])
        cin = groups * g.ri(1, 2)
        cout = groups * g.ri(1, 2)
        ks = tuple(g.ri(1, 3) for _ in range(nsp))
        sp = tuple(g.ri(max(ks), 5) for _ in range(nsp))
        batch = (g.ri(1, 2),) if g.r() < 0.8 else ()
        x = g.new_input(batch + (cin,) + sp)
        w = g.new_input((cout, cin // groups) + ks)
        extra = ""
        if g.r() < 0.5:
            extra += ", %s" % g.new_input((cout,))
        if g.r() < 0.4:
            extra += ", stride=%d" % g.ri(1, 2)
        if g.r() < 0.4:
            extra += ", padding=%d" % g.ri(0, 1)
        if g.r() < 0.3:
            extra += ", dilation=%d" % g.ri(1, 2)
        if groups > 1:
            extra += ", groups=%d" % groups
        g.emit("F.%s(%s, %s%s)" % (k, x, w, extra), op=k)
    elif k in ("max_pool2d", "avg_pool2d", "unfold_fold"):
        x = g.pick(lambda n_: g.is_float(n_) and g.nd(n_) in (3, 4) and min(g.shape(n_)[-2:]) >= 2)
        if x is None or g.r() < 0.4:
            x = g.new_input(((g.ri(1, 2),) if g.r() < 0.6 else ()) + (g.ri(1, 2), g.ri(2, 5), g.ri(2, 5)))
        s = g.shape(x)
        kh, kw = g.ri(1, min(3, s[-2])), g.ri(1, min(3, s[-1]))
        ksz = repr(kh) if kh == kw else repr((kh, kw))
        extra = ""
        if g.r() < 0.4:
            extra += ", stride=%d" % g.ri(1, 2)
        pad = g.ri(0, 1) if g.r() < 0.4 else 0
        if pad:
            extra += ", padding=%d" % pad
        if k == "max_pool2d":
            if not no_ties(g.val(x).reshape(-1, s[-2] * s[-1]), 1):
                raise Reject(k)
            if g.r() < 0.2:
                extra += ", dilation=2"
            if g.r() < 0.3:
                extra += ", ceil_mode=True"
            g.emit("F.max_pool2d(%s, %s%s)" % (x, ksz, extra), op=k)
        elif k == "avg_pool2d":
            if g.r() < 0.3:
                extra += ", ceil_mode=True"
            if g.r() < 0.3:
                extra += ", count_include_pad=False"
            g.emit("F.avg_pool2d(%s, %s%s)" % (x, ksz, extra), op=k)
        else:
            if len(s) != 4:
                raise Reject(k)
            u = g.emit("F.unfold(%s, %s%s)" % (x, ksz, extra), op="unfold")
            if u is not None and g.r() < 0.6:
                g.emit("F.fold(%s, (%d, %d), %s%s)" % (u, s[-2], s[-1], ksz, extra), op="fold")
    elif k == "pad":
        x = g.pickf(lambda n_: g.nd(n_) >= 1)
        nd = g.nd(x)
        npairs = g.ri(1, min(nd, 3))
        pads = [g.ri(-1, 2) for _ in range(2 * npairs)]
        val = g.choice(["", ", value=1.5", ", mode='constant', value=-0.5"])
        g.emit("F.pad(%s, %r%s)" % (x, tuple(pads), val), op=k)


INPLACE_UNARY = {"neg_": "any", "exp_": "small", "log_": "pos", "sqrt_": "pos", "sin_": "any", "cos_": "any",
                 "tanh_": "any", "sigmoid_": "any", "relu_": "zero", "abs_": "zero", "zero_": "any"}


def op_inplace(g):
    torch = torch_mod()
    r = g.r()
    if r < 0.05:
        x = g.pick(lambda n_: g.is_float(n_) and g.is_leaf_input(n_))     # a leaf: an error when it requires grad
    elif r < 0.12:
        x = g.pick(lambda n_: g.is_float(n_) and g.is_view(n_) and not g.rg(n_), prefer_rg=False)
    else:
        x = g.pick(lambda n_: g.is_float(n_) and not g.is_leaf_input(n_) and not g.is_view(n_))
    if x is None or g.grp.get(x) in g.ambiguous:
        raise Reject("inplace")
    v = g.val(x).detach()
    k = g.choice(["add_", "sub_", "mul_", "div_", "pow_", "unary", "unary", "clamp_", "masked_fill_", "fill_",
                  "copy_", "iadd", "imul", "isub", "idiv", "add_s", "mul_s"])
    if k in ("add_", "sub_", "mul_", "div_", "copy_", "iadd", "imul", "isub", "idiv"):
        y = g.partner(x, to_x=True)
        if k in ("div_", "idiv"):
            y = g.ensure(y, "nonzero")
        if g.grp.get(y) == g.grp.get(x):
            # an operand overlapping the written tensor: torch refuses some
            # overlaps and leaves the values of the others undefined
            raise Reject(k)
        yv = g.val(y).detach()
        if bcast(shp(v), shp(yv)) == shp(v):
            res = {"add_": v + yv, "sub_": v - yv, "mul_": v * yv, "div_": v / yv, "copy_": yv.expand_as(v),
                   "iadd": v + yv, "imul": v * yv, "isub": v - yv, "idiv": v / yv}[k]
            if not bounded(res):
                raise Reject(k)
        if k == "add_":
            code = "%s.add_(%s%s)" % (x, y, g.choice(["", ", alpha=2"]))
        elif k in ("sub_", "mul_", "div_", "copy_"):
            code = "%s.%s(%s)" % (x, k, y)
        else:
            code = "%s %s= %s" % (x, {"iadd": "+", "imul": "*", "isub": "-", "idiv": "/"}[k], y)
    elif k in ("add_s", "mul_s"):
        s = g.fl([2.0, -0.5, 3.0])
        if not bounded(v * float(s)) or not bounded(v + float(s)):
            raise Reject(k)
        code = g.choice(["%s.%s(%s)" % (x, k[:3] + "_", s), "%s %s= %s" % (x, "+" if k == "add_s" else "*", s)])
    elif k == "pow_":
        e = g.choice([2, 3, 0.5])
        if e == 0.5 and not inside(v, 0.05):
            raise Reject(k)
        if not bounded(v ** e):
            raise Reject(k)
        code = "%s.pow_(%r)" % (x, e)
    elif k == "unary":
        name = g.choice(sorted(INPLACE_UNARY))
        dom = INPLACE_UNARY[name]
        if dom == "zero":
            if not far(v):
                raise Reject(k)
        elif dom == "pos":
            if not inside(v, 0.05):
                raise Reject(k)
        elif dom == "small":
            if not inside(v, -6, 6):
                raise Reject(k)
        code = "%s.%s()" % (x, name)
    elif k == "clamp_":
        lo, hi = g.choice([(-0.5, 0.5), (0.0, 1.0), (-1.0, 2.0)])
        if not far(v, (lo, hi)):
            raise Reject(k)
        code = "%s.clamp_(%r, %r)" % (x, lo, hi) if g.r() < 0.7 else "%s.clamp_(min=%r)" % (x, lo)
    elif k == "masked_fill_":
        t = float(g.fl([0.0, 0.3]))
        if not far(v, (t,)):
            raise Reject(k)
        code = "%s.masked_fill_(%s > %r, %s)" % (x, x, t, g.fl([1.5, -1.0]))
    elif k == "fill_":
        code = g.choice(["%s.fill_(%s)" % (x, g.fl([2.5, -1.0])), "%s.zero_()" % x])
    del torch
    g.emit(code, op="inplace:" + (name if k == "unary" else k), inplace=x)


def op_compare(g):
    x = g.pickf()
    v = g.val(x)
    k = g.choice(["cmp", "logical", "mask_float", "isfinite", "int_arith", "promote", "promote_i64", "float32",
                  "type_as", "all_any"])
    t = float(g.fl([0.0, 0.5, -0.3]))
    if k in ("cmp", "logical", "mask_float", "all_any") and not far(v, (t,)):
        raise Reject(k)
    if k == "cmp":
        op = g.choice(["gt", "lt", "ge", "le", "eq", "ne"])
        g.emit(g.choice(["m.%s(%s, %r)" % (op, x, t), "%s.%s(%r)" % (x, op, t)]), op=op)
    elif k == "logical":
        y = g.partner(x)
        if bcast(g.shape(x), g.shape(y)) is not None and not far(g.val(y)):
            raise Reject(k)
        op = g.choice(["logical_and", "logical_or", "logical_xor"])
        g.emit(g.choice(["m.%s(%s > %r, %s < 0)" % (op, x, t, y), "(%s > %r) & (%s < 0)" % (x, t, y),
                         "(%s > %r) ^ ~(%s < 0)" % (x, t, y)]), op=op)
    elif k == "mask_float":
        g.emit(g.choice(["(%s > %r).to(m.float64) * %s" % (x, t, x), "(%s > %r).double() + %s" % (x, t, x),
                         "%s * (%s < %r)" % (x, x, t)]), op="mask_mul")
    elif k == "isfinite":
        g.emit("m.%s(%s)" % (g.choice(["isfinite", "isnan", "isinf"]), x), op="isfinite")
    elif k == "all_any":
        g.emit(g.choice(["(%s > %r).all()" % (x, t), "(%s > %r).any(%d)" % (x, t, g.dim(g.nd(x))),
                         "m.any(%s < %r)" % (x, t)]), op="all_any")
    elif k == "int_arith":
        i = g.pick(lambda n_: not g.is_float(n_) and g.val(n_).dtype != torch_mod().bool, prefer_rg=False)
        if i is None:
            i = g.const_input(g.partner_shape(g.shape(x)), kind="i64")
        g.emit(g.choice(["%s * %s" % (x, i), "%s + %s" % (i, x), "%s / (%s.abs() + 1)" % (x, i),
                         "%s * (%s // 2 + %s %% 3)" % (x, i, i)]), op="int_promote")
    elif k == "promote":
        y = g.const_input(g.partner_shape(g.shape(x)), kind="f32")
        g.emit("%s %s %s" % (x, g.choice(["+", "*", "-"]), y), op="f32_promote")
    elif k == "promote_i64":
        y = g.const_input(g.partner_shape(g.shape(x)), kind="bool")
        g.emit(g.choice(["%s * %s" % (x, y), "m.where(%s, %s, -%s)" % (y, x, x)]), op="bool_promote")
    elif k == "float32":
        if g.r() < 0.5:
            g.emit(g.choice(["%s.float()" % x, "%s.to(m.float32)" % x]), op="to_float32")
        else:
            g.emit(g.choice(["%s.double()" % x, "%s.to(m.float64)" % x, "%s.to(dtype=m.float64)" % x]),
                   op="to_float64")
    elif k == "type_as":
        if not far_int(v):
            raise Reject(k)
        g.emit(g.choice(["%s.long()" % x, "%s.to(m.int64)" % x]), op="to_int64")


def op_join(g):
    x = g.pick(lambda n: True) or g.pickf()
    s = g.shape(x)
    nd = len(s)
    k = g.choice(["cat", "stack", "split", "chunk", "unbind", "split_cat"])
    if k == "cat":
        if nd == 0:
            raise Reject(k)
        d = g.dim(nd)
        ys = list(s)
        if -nd <= d < nd:
            ys[d] = g.ri(1, 3)
        y = g.pick(lambda n_: g.is_float(n_) and n_ != x and g.nd(n_) == nd and
                   all(a == b for i, (a, b) in enumerate(zip(g.shape(n_), s)) if i != d % nd))
        if y is None or g.r() < 0.5:
            y = g.new_input(tuple(ys))
        f = g.choice(["cat", "cat", "concat"])
        items = g.choice(["[%s, %s]" % (x, y), "(%s, %s)" % (x, y), "[%s, %s, %s]" % (y, x, y)])
        g.emit("m.%s(%s, %s)" % (f, items, g.choice([str(d), "dim=%d" % d])), op="cat")
    elif k == "stack":
        d = g.ri(-nd - 1, nd)
        y = g.pick(lambda n_: g.is_float(n_) and n_ != x and g.shape(n_) == s)
        if y is None or g.r() < 0.5:
            y = g.new_input(s)
        g.emit("m.stack([%s, %s], %d)" % (x, y, d), op=k)
    elif k in ("split", "chunk", "unbind", "split_cat"):
        if nd == 0:
            raise Reject(k)
        d = g.dim(nd, allow_bad=k != "split_cat")
        size = s[d] if -nd <= d < nd else 3
        if k == "split":
            if g.r() < 0.5:
                n = g.ri(1, max(size, 1))
                parts = -(-size // n) if size else 1
                g.emit(g.choice(["%s.split(%d, %d)[%d]" % (x, n, d, g.ri(0, parts - 1)),
                                 "m.split(%s, %d, dim=%d)[%d]" % (x, n, d, g.ri(-parts, parts - 1))]), op=k)
            else:
                if size < 1:
                    raise Reject(k)
                a = g.ri(0, size)
                sizes = [a, size - a]
                g.emit("%s.split(%r, %d)[%d]" % (x, sizes, d, g.ri(0, 1)), op="split_sizes")
        elif k == "chunk":
            n = g.ri(1, 3)
            pieces = len(torch_mod().empty(size).chunk(n)) if size else 1
            g.emit(g.choice(["%s.chunk(%d, %d)[%d]" % (x, n, d, g.ri(0, pieces - 1)),
                             "m.chunk(%s, %d, dim=%d)[-1]" % (x, n, d)]), op=k)
        elif k == "unbind":
            if size == 0:
                raise Reject(k)
            g.emit(g.choice(["%s.unbind(%d)[%d]" % (x, d, g.ri(0, size - 1)),
                             "m.unbind(%s, %d)[%d]" % (x, d, g.ri(-size, size - 1))]), op=k)
        else:
            n = g.ri(1, max(size, 1))
            g.emit("m.cat(%s.split(%d, %d)[::-1], %d)" % (x, n, d, d), op="split_cat")


# ---------------------------------------------------------------------------
# in-place writes through views inside a graph (CopySlices), custom
# autograd.Functions and tensor hooks (issue 11)

# The same class bodies for both libraries: render_prog puts them at the top
# of a program that calls one (`m` is the program's module).
CUSTOM_SRC = '''\
class ScaledExp(m.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp() * 1.5
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        y, = ctx.saved_tensors
        return g * y


class DirtyScale(m.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2.0)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2.0


class MulAdd(m.autograd.Function):
    @staticmethod
    def forward(ctx, x, y, c):
        ctx.save_for_backward(x, y)
        ctx.c = c
        return x * y + c * x

    @staticmethod
    def backward(ctx, g):
        x, y = ctx.saved_tensors
        gx = g * (y + ctx.c) if ctx.needs_input_grad[0] else None
        gy = g * x if ctx.needs_input_grad[1] else None
        return gx, gy, None
'''

CUSTOM_NAMES = ("ScaledExp", "DirtyScale", "MulAdd")


def _uses_custom(prog):
    return any(("%s.apply(" % c) in ln["code"] for ln in prog["lines"] for c in CUSTOM_NAMES)


def _view_ops(g, x, k=None):
    """The text of a random view of variable x (None if none fits)."""
    s = g.shape(x)
    nd = len(s)
    ks = ["getitem", "getitem", "getitem", "narrow", "select", "unsqueeze"]
    if nd >= 2:
        ks += ["transpose", "diagonal", "t" if nd == 2 else "transpose"]
    if nd == 1:
        ks += ["t"]
    if g.val(x).is_contiguous() and _layout_from_views(g, x) or g.grp.get(x) in g.fresh_bases:
        ks += ["view"]
    k = k or g.choice(ks)
    if k == "getitem":
        return "%s[%s]" % (x, rand_index(g, s))
    if k == "narrow" and nd:
        d = g.dim(nd, allow_bad=False)
        size = s[d]
        st = g.ri(0, max(size - 1, 0))
        return "%s.narrow(%d, %d, %d)" % (x, d, st, g.ri(0 if size == 0 else 1, max(size - st, 0)))
    if k == "select" and nd and 0 not in s:
        d = g.dim(nd, allow_bad=False)
        return "%s.select(%d, %d)" % (x, d, g.ri(-s[d], s[d] - 1))
    if k == "unsqueeze":
        return "%s.unsqueeze(%d)" % (x, g.ri(-nd - 1, nd))
    if k == "transpose" and nd >= 2:
        a, b = g.dim(nd, allow_bad=False), g.dim(nd, allow_bad=False)
        return "%s.transpose(%d, %d)" % (x, a, b)
    if k == "t" and nd <= 2:
        return g.choice(["%s.t()", "%s.T"]) % x if nd == 2 else "%s.t()" % x
    if k == "diagonal" and nd >= 2:
        a, b = [int(d) for d in g.rng.choice(nd, 2, replace=False)]
        return "%s.diagonal(%d, %d, %d)" % (x, g.choice([0, 0, 1, -1]), a, b)
    if k == "view":
        n = numel(s)
        dims = list(factor_shape(n)) if n > 0 else [0]
        g.rng.shuffle(dims)
        if dims and g.r() < 0.4:
            dims[g.ri(0, len(dims) - 1)] = -1
        return "%s.view(%s)" % (x, ", ".join(map(str, dims))) if dims else "%s.view(())" % x
    raise Reject("view:" + k)


def _write_partner(g, target, shape, dist="normal"):
    """A float operand broadcasting to `shape`, outside target's storage."""
    tg = g.grp.get(target)

    def ok(n):
        return g.is_float(n) and g.grp.get(n) != tg and bcast(g.shape(n), shape) == tuple(shape)
    if g.r() < 0.5:
        n = g.pick(ok)
        if n is not None:
            return n
    s = tuple(shape)
    if s and g.r() < 0.3:
        s = tuple(1 if g.r() < 0.4 else d for d in s[g.ri(0, len(s) - 1):])
    kind = "f64g" if g.r() < 0.8 else g.choice(["f64", "f32"])
    return g.new_input(s, dist, kind)


def _write_op(g, v):
    """An in-place op on the view variable v (a statement), checked on torch's
    values; None if it does not fit."""
    vv = g.val(v).detach()
    s = shp(vv)
    k = g.choice(["mul_s", "mul_", "add_", "sub_", "div_", "div_s", "copy_", "fill_", "zero_", "masked_fill_",
                  "clamp_", "exp_", "sin_", "iadd", "imul_s", "neg_"])
    if k in ("mul_", "add_", "sub_", "div_", "copy_", "iadd"):
        y = _write_partner(g, v, s, "pos" if k == "div_" else "normal")
        yv = g.val(y).detach()
        if k == "div_" and not far(yv, (0.0,), 0.05):
            return None
        res = {"mul_": lambda: vv * yv, "add_": lambda: vv + yv, "sub_": lambda: vv - yv,
               "div_": lambda: vv / yv, "copy_": lambda: yv.expand(s), "iadd": lambda: vv + yv}[k]()
        if not bounded(res):
            return None
        if k == "add_":
            return "%s.add_(%s%s)" % (v, y, g.choice(["", ", alpha=2", ", alpha=-0.5"]))
        if k == "iadd":
            return "%s += %s" % (v, y)
        return "%s.%s(%s)" % (v, k, y)
    if k in ("mul_s", "imul_s", "div_s"):
        c = g.fl([2.0, -0.5, 3.0, 0.25])
        if not bounded(vv * 4):
            return None
        if k == "div_s":
            return "%s.div_(%s)" % (v, c)
        return "%s.mul_(%s)" % (v, c) if k == "mul_s" else "%s *= %s" % (v, c)
    if k == "fill_":
        return "%s.fill_(%s)" % (v, g.fl([2.5, -1.0, 0.0]))
    if k == "zero_":
        return "%s.zero_()" % v
    if k == "neg_":
        return "%s.neg_()" % v
    if k == "masked_fill_":
        t = float(g.fl([0.0, 0.3]))
        if not far(vv, (t,)):
            return None
        return "%s.masked_fill_(%s > %r, %s)" % (v, v, t, g.fl([1.5, -1.0]))
    if k == "clamp_":
        lo, hi = g.choice([(-0.5, 0.5), (0.0, 1.0), (-1.0, 2.0)])
        if not far(vv, (lo, hi)):
            return None
        return "%s.clamp_(%r, %r)" % (v, lo, hi) if g.r() < 0.7 else "%s.clamp_(min=%r)" % (v, lo)
    if k == "exp_":
        return "%s.exp_()" % v if inside(vv, -6, 6) else None
    if k == "sin_":
        return "%s.sin_()" % v
    return None


def _fresh_base(g, x):
    """A non-leaf copy of x to write into."""
    return g.emit(g.choice(["%s * 1" % x, "%s.clone()" % x, "%s + 0.0" % x, "%s.clone() * 2" % x]), op="vw:base")


def _write_base(g):
    """A non-leaf float tensor whose storage may be written (not a view)."""
    if g.r() < 0.5:
        y = g.pick(lambda n: g.is_float(n) and not g.is_leaf_input(n) and not g.is_view(n)
                   and not (g.val(n).is_leaf and g.rg(n)) and g.grp.get(n) not in g.ambiguous)
        if y is not None:
            return y
    x = g.pickf()
    return _fresh_base(g, x)


def _value_expr(g, src):
    return g.choice(["%s", "%s * 3", "m.cos(%s)", "m.sin(%s)", "%s ** 2", "-%s", "m.tanh(%s) * 2"]) % src


def op_view_write(g):
    k = g.wchoice([(5, "through_view"), (4, "setitem"), (4, "zeros_base"), (2, "stale"), (1, "refuse"),
                   (1, "nograd_view")])
    if k == "through_view":
        y = _write_base(g)
        if y is None or g.grp.get(y) in g.ambiguous:
            raise Reject(k)
        v = g.emit(_view_ops(g, y), op="vw:view")
        if v is not None and g.r() < 0.35:     # a view of a view
            v = g.emit(_view_ops(g, v), op="vw:view")
        if v is None:
            return
        code = _write_op(g, v)
        if code is None:
            raise Reject(k)
        g.emit(code, op="vw:write", inplace=v)
        if g.r() < 0.5:
            g.emit(g.choice(["%s * %s", "%s + %s.sin()"]) % (y, y), op="vw:use")
    elif k == "setitem":
        y = _write_base(g)
        if y is None or g.grp.get(y) in g.ambiguous:
            raise Reject(k)
        _setitem(g, y)
    elif k == "zeros_base":
        x = g.pickf()
        s = g.shape(x)
        base_shape = g.choice([s, tuple(d + g.ri(0, 2) for d in s), (g.ri(2, 4), g.ri(2, 4))]) if s else \
            (g.ri(2, 4),)
        if numel(base_shape) > 64:
            raise Reject(k)
        if len(base_shape) == 2 and base_shape[0] == base_shape[1] and g.r() < 0.3:
            b = g.emit("m.eye(%d, dtype=m.float64)" % base_shape[0], op="vw:zeros")
        else:
            b = g.emit(g.choice(["m.zeros(%s, dtype=m.float64)" % ", ".join(map(str, base_shape)),
                                 "m.zeros(%r, dtype=m.float64)" % (base_shape,),
                                 "m.zeros_like(%s)" % x if s == base_shape else
                                 "m.zeros(%r, dtype=m.float64)" % (base_shape,)]), op="vw:zeros")
        if b is None:
            return
        g.fresh_bases.add(g.grp.get(b))
        for _ in range(g.ri(1, 3)):
            _setitem(g, b, prefer=x)
        if g.r() < 0.4:
            g.emit(g.choice(["%s.sum(0)", "%s * %s", "m.sin(%s)"]).replace("%s", b), op="vw:use")
    elif k == "stale":
        y = _write_base(g)
        if y is None or g.grp.get(y) in g.ambiguous:
            raise Reject(k)
        w = g.emit(_view_ops(g, y), op="vw:view")    # taken before the write
        if w is None:
            return
        r = g.r()
        if r < 0.4:
            v = g.emit(_view_ops(g, y), op="vw:view")
            if v is None:
                return
            code = _write_op(g, v)
            if code is None:
                raise Reject(k)
            g.emit(code, op="vw:write", inplace=v)
        elif r < 0.7:
            code = _write_op(g, y)
            if code is None:
                raise Reject(k)
            g.emit(code, op="vw:write", inplace=y)
        else:
            _setitem(g, y)
        g.emit(g.choice(["%s * %s", "m.sin(%s) * %s", "%s.sum() + %s.sum()"]) % (w, w), op="vw:stale")
    elif k == "refuse":
        r = g.r()
        if r < 0.35:   # a view of a leaf that requires grad
            x = g.pick(lambda n: g.is_float(n) and g.is_leaf_input(n) and g.rg(n))
            if x is None:
                raise Reject(k)
            v = g.emit(_view_ops(g, x), op="vw:view")
            if v is None:
                return
            code = _write_op(g, v)
            if code is None:
                raise Reject(k)
            g.emit(code, op="vw:refuse_leaf", inplace=v, p_error=0.9)
        else:          # an output of unbind / split / chunk
            y = _write_base(g)
            if y is None or g.nd(y) == 0 or g.grp.get(y) in g.ambiguous:
                raise Reject(k)
            s = g.shape(y)
            d = g.dim(len(s), allow_bad=False)
            if s[d] == 0:
                raise Reject(k)
            f = g.choice(["%s.unbind(%d)[%d]" % (y, d, g.ri(0, s[d] - 1)),
                          "%s.split(1, %d)[0]" % (y, d), "%s.chunk(2, %d)[0]" % (y, d),
                          "m.split(%s, [1, %d], %d)[1]" % (y, s[d] - 1, d)])
            v = g.emit(f, op="vw:multi")
            if v is None:
                return
            code = _write_op(g, v)
            if code is None:
                raise Reject(k)
            g.emit(code, op="vw:refuse_multi", inplace=v, p_error=0.9)
    else:   # a view made in no_grad mode, then written with grad mode on (or read)
        y = _write_base(g)
        if y is None or g.grp.get(y) in g.ambiguous:
            raise Reject(k)
        vt = _view_ops(g, y)
        if vt is None:
            raise Reject(k)
        v = g.emit("m.no_grad()(lambda: %s)()" % vt, op="vw:nograd_view")
        if v is None:
            return
        if g.r() < 0.7:
            code = _write_op(g, v)
            if code is None:
                raise Reject(k)
            g.emit(code, op="vw:write_nograd", inplace=v, p_error=0.9)
        else:
            g.emit("%s * %s" % (v, y if g.shape(y) == g.shape(v) else v), op="vw:use")


def _setitem(g, y, prefer=None):
    """`y[idx] = value`: a basic or an advanced index, a tensor (an
    expression of a tensor that requires grad) or a Python number."""
    torch = torch_mod()
    s = g.shape(y)
    nd = len(s)
    r = g.r()
    if r < 0.55 or nd == 0:
        idx = rand_index(g, s)
    elif r < 0.7 and s[0] > 0:
        n = g.ri(1, s[0])
        idx = int_literal(g.rng.choice(s[0], n, replace=False))   # distinct (no write collisions)
    elif r < 0.8 and s[0] > 0:
        idx = repr(sorted(g.rng.choice(s[0], g.ri(1, s[0]), replace=False).tolist()))
    elif r < 0.9 and nd >= 2 and s[1] > 0:
        idx = ":, %s" % int_literal(g.rng.choice(s[1], g.ri(1, s[1]), replace=False))
    else:
        c = float(g.fl([0.0, 0.3, -0.5]))
        if not far(g.val(y), (c,)):
            raise Reject("setitem")
        idx = "%s %s %r" % (y, g.choice([">", "<"]), c)
    try:
        with torch.no_grad():
            slot = shp(eval("%s[%s]" % (y, idx), g.glb, g.env))  # noqa: S307
    except Exception:  # noqa: BLE001 - an error program (the same index raises below)
        slot = None
    if slot is None or g.r() < 0.25:
        value = g.fl([1.5, -2.0, 0.0])
    else:
        src = None
        if prefer is not None and g.is_float(prefer) and bcast(g.shape(prefer), slot) == slot and g.r() < 0.6:
            src = prefer
        elif prefer is not None and g.is_float(prefer) and g.r() < 0.6:
            src = _slice_to(g, prefer, slot)
        if src is None:
            src = _write_partner(g, y, slot)
        value = _value_expr(g, src)
        sv = g.val(src).detach()
        if not bounded(sv * sv * 3):
            raise Reject("setitem")
    g.emit("%s[%s] = %s" % (y, idx, value), op="vw:setitem", inplace=y)


def _slice_to(g, x, slot):
    """A basic-index slice of x with the shape `slot` (the GradBench
    `P[0, :] = theta[0:3]` pattern), or None."""
    s = g.shape(x)
    if len(s) < len(slot) or numel(slot) == 0:
        return None
    lead = len(s) - len(slot)
    parts = ["0"] * lead
    for a, b in zip(s[lead:], slot):
        if b > a:
            return None
        if b == a:
            parts.append(":")
        else:
            st = g.ri(0, a - b)
            parts.append("%d:%d" % (st, st + b))
    if not parts:
        return None
    return g.emit("%s[%s]" % (x, ", ".join(parts)), op="vw:slice")


def op_custom(g):
    k = g.choice(["ScaledExp", "ScaledExp", "DirtyScale", "DirtyScale", "MulAdd"])
    if k == "ScaledExp":
        x = g.ensure(g.pickf(), "small")
        g.emit("ScaledExp.apply(%s)" % x, op="custom:ScaledExp")
    elif k == "DirtyScale":
        r = g.r()
        if r < 0.1:
            x = g.pick(lambda n: g.is_float(n) and g.is_leaf_input(n) and g.rg(n))   # refused
        elif r < 0.45:
            y = _write_base(g)
            if y is None or g.grp.get(y) in g.ambiguous:
                raise Reject(k)
            x = g.emit(_view_ops(g, y), op="vw:view")
        else:
            x = _write_base(g)
        if x is None or not g.is_float(x) or g.grp.get(x) in g.ambiguous or not bounded(g.val(x) * 2):
            raise Reject(k)
        b = g.val(x)._base
        if b is not None and b.is_leaf and b.requires_grad:
            # torch 1.13 lets mark_dirty write into a view of a leaf that requires grad (the leaf
            # then gets a CopySlices history); cotangent refuses it as any in-place op on one
            raise Reject(k)
        g.emit(g.choice(["DirtyScale.apply(%s)", "%s = DirtyScale.apply(%s)"]).replace("%s", x),
               op="custom:DirtyScale", inplace=x, p_error=0.8)
    else:
        x = g.pickf()
        y = g.partner(x, same=True)
        g.emit("MulAdd.apply(%s, %s, %s)" % (x, y, g.fl([0.5, -2.0])), op="custom:MulAdd")


def _reaches(t, x):
    """Whether x's node is on the graph of t (torch, for the generator)."""
    target = x.grad_fn
    if target is None or t.grad_fn is None:
        return False
    seen, stack = set(), [t.grad_fn]
    while stack:
        f = stack.pop()
        if f is None or id(f) in seen:
            continue
        if f is target:
            return True
        seen.add(id(f))
        stack.extend(nf for nf, _ in f.next_functions)
    return False


def op_hook(g):
    k = g.choice(["hook", "hook", "hook_leaf", "retain"])
    if k in ("hook", "hook_leaf"):
        if k == "hook":
            x = g.pick(lambda n: g.is_float(n) and not g.is_leaf_input(n))
        else:
            x = g.pick(lambda n: g.is_float(n) and g.is_leaf_input(n))
        if x is None:
            raise Reject(k)
        fn = g.choice(["lambda g: g * 2.0", "lambda g: g * -0.5", "lambda g: g + 0.25", "lambda g: None",
                       "lambda g: g.clone().mul_(3.0)"])
        t = g.val(x)
        first = g.hooked.get(id(t))
        if first is not None and first[1] is not t.grad_fn:
            # torch 1.13 quirk: Python tensor hooks live in one dict registered on the grad_fn of
            # the first register_hook, so a hook added after an in-place op on the tensor runs
            # at its old node (cotangent: at the new one; torch 2 moved them too)
            raise Reject(k)
        g.emit("%s.register_hook(%s)" % (x, fn), op="hook", inplace=x, p_error=0.6)
        if t.requires_grad and first is None:
            g.hooked[id(t)] = (t, t.grad_fn)
        if g.r() < 0.5:   # use it after the hook (its grad then comes through the hook)
            g.emit(g.choice(["%s * 1.5", "m.sin(%s)", "%s.sum()"]) % x, op="hook:use")
    else:
        x = g.pick(lambda n: g.is_float(n) and not g.is_leaf_input(n) and g.rg(n))
        if x is None:
            raise Reject(k)
        i = g.order.index(x)
        later = [n for n in g.order[i + 1:] if g.is_float(n) and g.rg(n) and _reaches(g.val(n), g.val(x))]
        if not later:
            y = g.emit(g.choice(["%s * %s", "m.exp(%s.tanh()) * %s"]) % (x, x), op="hook:use")
            if y is None:
                return
        else:
            y = g.choice(later)
        w = _write_partner(g, y, g.shape(y)) if g.r() < 0.5 else "1.0"
        g.emit("(%s.retain_grad(), (%s * %s).sum().backward(retain_graph=True), %s.grad.clone())[2]" % (
            x, y, w, x), op="retain_grad", p_error=0.0)


OPS = [(14, op_unary), (6, op_activation), (9, op_scalar), (12, op_binary), (10, op_reduce), (12, op_view),
       (6, op_index), (6, op_linalg), (3, op_lapack), (5, op_nn), (9, op_inplace), (3, op_compare), (4, op_join),
       (7, op_view_write), (2, op_custom), (2, op_hook)]


# --focus NAME: the op weights of a sample aimed at some features
FOCUS = {
    # issue 11: in-place writes through views, custom Functions, hooks
    "issue11": [(w * {op_view_write: 6, op_custom: 4, op_hook: 4, op_inplace: 2}.get(f, 1), f) for w, f in OPS],
}


def generate(seed, idx, focus=None):
    return Gen(seed, idx, focus).build()


# ---------------------------------------------------------------------------
# rendering

def render_prog(prog, outputs=None):
    names = [i["name"] for i in prog["inputs"]]
    outs = prog["outputs"] if outputs is None else outputs
    body = ["def prog(m, %s):" % ", ".join(names), "    F = m.nn.functional"]
    if _uses_custom(prog):
        body += ["    " + ln if ln else "" for ln in CUSTOM_SRC.splitlines()]
    body += ["    " + ln["code"] for ln in prog["lines"]]
    body.append("    return (%s,)" % ", ".join(outs) if outs else "    return ()")
    return "\n".join(body) + "\n"


def render_inputs(prog, literal=True):
    names = [i["name"] for i in prog["inputs"]]
    out = ["def inputs(m):"]
    out += ["    %s = %s" % (i["name"], input_source(i, literal)) for i in prog["inputs"]]
    out.append("    return %s%s" % (", ".join(names), "," if len(names) == 1 else ""))
    return "\n".join(out) + "\n"


def _diff_names(prog):
    return [i["name"] for i in prog["inputs"] if i["kind"] == "f64g"]


def _go_list(prog):
    return prog.get("go") or []


def go_sources(prog):
    return [g_["expr"].replace("__REF__", "out[%d]" % prog["outputs"].index(g_["out"])) for g_ in _go_list(prog)]


def functional_source(prog, fc, indent="        "):
    """Lines defining f and calling the transform (result in r)."""
    names = [i["name"] for i in prog["inputs"]]
    din = [prog["inputs"][i]["name"] for i in fc["ins"]]
    outs = fc["outs"]
    oi = [prog["outputs"].index(o) for o in outs]
    L = ["def f(%s):" % ", ".join(din), "    o = prog(m, %s)" % ", ".join(names)]
    if fc["kind"] in ("hessian", "hvp", "vhp"):
        L.append("    return %s" % " + ".join("o[%d].sin().sum()" % i for i in oi))
    elif fc["out_tuple"]:
        L.append("    return (%s,)" % ", ".join("o[%d]" % i for i in oi))
    else:
        L.append("    return o[%d]" % oi[0])
    X = "(%s,)" % ", ".join(din) if fc["in_tuple"] else din[0]
    kw = ""
    if fc["create_graph"]:
        kw += ", create_graph=True"
    if fc["strict"]:
        kw += ", strict=True"
    if fc["kind"] in ("vjp", "jvp", "hvp", "vhp"):
        vs = fc["v"]
        tup = fc["out_tuple"] if fc["kind"] == "vjp" else fc["in_tuple"]
        V = "(%s,)" % ", ".join(vs) if tup else vs[0]
        L.append("r = m.autograd.functional.%s(f, %s, %s%s)" % (fc["kind"], X, V, kw))
    else:
        if fc.get("vectorize"):
            kw += ", vectorize=True"
        if fc.get("strategy") == "forward-mode":
            kw += ", %s='forward-mode'" % ("strategy" if fc["kind"] == "jacobian" else "outer_jacobian_strategy")
        L.append("r = m.autograd.functional.%s(f, %s%s)" % (fc["kind"], X, kw))
    return "\n".join(indent + ln for ln in L) + "\n"


def render_repro(prog, stage):
    """A self-contained script that shows the failure of `stage`."""
    names = [i["name"] for i in prog["inputs"]]
    head = "# cotangent fuzz: seed %d, program %d%s, stage %s\n" % (
        prog["seed"], prog["idx"], " (--focus %s)" % prog["focus"] if prog.get("focus") else "", stage)
    s = head + "import numpy as np\nimport torch\nimport cotangent as ct\n\n\n"
    s += render_prog(prog) + "\n\n" + render_inputs(prog) + "\n\n"
    s += "for m in (torch, ct):\n    try:\n"
    s += "        %s = inputs(m)\n" % ", ".join(names) if len(names) != 1 else "        %s, = inputs(m)\n" % names[0]
    if stage == "functional":
        s += functional_source(prog, prog["functional"])
        s += "        print(m.__name__, r)\n"
    else:
        s += "        out = prog(m, %s)\n" % ", ".join(names)
        if stage == "forward":
            s += "        print(m.__name__, out)\n"
        else:
            gos = _go_list(prog)
            oi = [prog["outputs"].index(g_["out"]) for g_ in gos]
            din = _diff_names(prog)
            cg = ", create_graph=True" if stage == "double" or prog.get("double") else ""
            s += "        gr = m.autograd.grad((%s,), (%s,), (%s,), allow_unused=True%s)\n" % (
                ", ".join("out[%d]" % i for i in oi), ", ".join(din), ", ".join(go_sources(prog)), cg)
            if stage == "backward":
                s += "        print(m.__name__, gr)\n"
            else:
                s += "        s = sum((g * (i + 1.5)).sum() for i, g in enumerate(gr) if g is not None and " \
                     "g.requires_grad)\n"
                s += "        print(m.__name__, m.autograd.grad(s, (%s,), allow_unused=True) if " \
                     "isinstance(s, m.Tensor) else None)\n" % ", ".join(din)
    s += "    except Exception as e:\n        print(m.__name__, type(e).__name__, e)\n"
    return s


# ---------------------------------------------------------------------------
# running and comparing (child side)

class Mismatch(Exception):
    def __init__(self, kind, detail, texc=None, cexc=None):
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.texc = texc      # "Type: message" of torch's exception, if any
        self.cexc = cexc


def norm_msg(s):
    return re.sub(r"\s+", " ", str(s).replace("torch.", "ct.")).strip()


TORCH_LIMITS = re.compile(r"vmap|Batching rule|forward AD|forward-mode AD|not implemented for .*forward|"
                          r"_fw_grad|Trying to use forward AD|isn't implemented|does not support forward|"
                          r"inplace operation with forward-mode|BatchedTensor|Batched tensor|vectorize|"
                          # a custom Function without jvp: cotangent's Python forward-mode jacobian runs
                          # the double backward trick (docs/semantics.md, Python), which needs no jvp
                          r"You must implement the jvp function for custom autograd.Function")


VERSION_ERROR = "one of the variables needed for gradient computation has been modified by an inplace operation"


def _tensor_class(x):
    return type(x).__name__ == "Tensor"


def compare(tv, cv, where, tol, check_rg=True, none_is_zero=False):
    """Raises Mismatch where cv (cotangent) differs from tv (torch)."""
    if tv is None or cv is None:
        if tv is None and cv is None:
            return
        if none_is_zero:
            other = cv if tv is None else tv
            if _tensor_class(other) and np.allclose(_np(other), 0.0, rtol=0, atol=tol[1]):
                return
            raise Mismatch("value", "%s: torch %s, cotangent %s" % (where, _short(tv), _short(cv)))
        raise Mismatch("none", "%s: torch %s, cotangent %s" % (where, _short(tv), _short(cv)))
    if isinstance(tv, (tuple, list)):
        if not isinstance(cv, (tuple, list)):
            raise Mismatch("structure", "%s: torch %s, cotangent %s" % (where, type(tv).__name__,
                                                                          type(cv).__name__))
        if len(tv) != len(cv):
            raise Mismatch("structure", "%s: length %d vs %d" % (where, len(tv), len(cv)))
        for i, (a, b) in enumerate(zip(tv, cv)):
            compare(a, b, "%s[%d]" % (where, i), tol, check_rg, none_is_zero)
        return
    if not _tensor_class(tv):
        if tv != cv:
            raise Mismatch("value", "%s: torch %r, cotangent %r" % (where, tv, cv))
        return
    if not _tensor_class(cv):
        raise Mismatch("structure", "%s: torch Tensor, cotangent %s" % (where, type(cv).__name__))
    if dtype_name(tv.dtype) != dtype_name(cv.dtype):
        raise Mismatch("dtype", "%s: dtype torch %s, cotangent %s" % (where, dtype_name(tv.dtype),
                                                                      dtype_name(cv.dtype)))
    if tuple(tv.shape) != tuple(cv.shape):
        raise Mismatch("shape", "%s: shape torch %s, cotangent %s" % (where, tuple(tv.shape), tuple(cv.shape)))
    if check_rg and bool(tv.requires_grad) != bool(cv.requires_grad):
        raise Mismatch("requires_grad", "%s: requires_grad torch %s, cotangent %s" % (
            where, tv.requires_grad, cv.requires_grad))
    ta = _np(tv)
    ca = _np(cv)
    if ta.dtype.kind == "f":
        rtol, atol = tol
        fin = np.isfinite(ta)
        scale = float(np.abs(ta[fin]).max()) if fin.any() else 1.0
        if not np.allclose(ca, ta, rtol=rtol, atol=atol * max(1.0, scale), equal_nan=True):
            err = np.abs(ca.astype(np.float64) - ta)
            raise Mismatch("value", "%s: max abs err %.3g (torch %s, cotangent %s)" % (
                where, float(np.nanmax(err)) if err.size and not np.isnan(err).all() else float("nan"),
                _arr(ta), _arr(ca)))
    elif not np.array_equal(ca, ta):
        raise Mismatch("value", "%s: torch %s, cotangent %s" % (where, _arr(ta), _arr(ca)))


def _np(t):
    """NumPy copy of a tensor; torch's efficient zero tensors (no storage)
    read as zeros."""
    t = t.detach()
    if getattr(t, "_is_zerotensor", None) and t._is_zerotensor():
        return np.zeros(tuple(t.shape), dtype=str(t.dtype).split(".")[-1])
    return t.numpy()


def _arr(a):
    s = np.array2string(np.asarray(a), precision=6, threshold=12, edgeitems=3, separator=", ")
    return re.sub(r"\s+", " ", s)


def _short(x):
    if x is None:
        return "None"
    if _tensor_class(x):
        return "Tensor%s" % (tuple(x.shape),)
    return type(x).__name__


def attempt(fn):
    try:
        return "ok", fn()
    except Exception as e:  # noqa: BLE001 - we compare exceptions
        return "raise", e
    except BaseException as e:   # noqa: BLE001 (RecursionError etc. derive from Exception; be safe)
        return "raise", e


def compare_outcomes(t, c, where, tol, **kw):
    ts, tv = t
    cs, cv = c
    te = "%s: %s" % (type(tv).__name__, norm_msg(tv)) if ts == "raise" else None
    ce = "%s: %s" % (type(cv).__name__, norm_msg(cv)) if cs == "raise" else None
    try:
        return _compare_outcomes(ts, tv, cs, cv, where, tol, **kw)
    except Mismatch as mm:
        mm.texc, mm.cexc = te, ce
        raise


def _compare_outcomes(ts, tv, cs, cv, where, tol, **kw):
    if ts == "raise" and cs == "raise":
        if type(tv).__name__ != type(cv).__name__:
            raise Mismatch("exc-type", "%s: torch %s(%s) / cotangent %s(%s)" % (
                where, type(tv).__name__, _clip(tv), type(cv).__name__, _clip(cv)))
        if norm_msg(tv) != norm_msg(cv):
            raise Mismatch("exc-message", "%s: %s:\n   torch: %s\n   ct:    %s" % (
                where, type(tv).__name__, _clip(tv, 400), _clip(cv, 400)))
        return False
    if ts == "raise":
        raise Mismatch("torch-raises", "%s: torch raised %s(%s); cotangent returned %s" % (
            where, type(tv).__name__, _clip(tv), _short_val(cv)))
    if cs == "raise":
        raise Mismatch("ct-raises", "%s: cotangent raised %s(%s); torch returned %s" % (
            where, type(cv).__name__, _clip(cv), _short_val(tv)))
    compare(tv, cv, where, tol, **kw)
    return True


def _short_val(v):
    if isinstance(v, (tuple, list)):
        return "(%s)" % ", ".join(_short(x) if not isinstance(x, (tuple, list)) else _short_val(x) for x in v)
    return _short(v)


def _clip(e, n=200):
    s = str(e).replace("\n", " ")
    return s if len(s) <= n else s[:n] + "..."


class Runner:
    """Runs programs on both libraries (child side)."""

    def __init__(self):
        import cotangent
        self.torch = torch_mod()
        self.ct = cotangent

    def compile(self, prog, m, outputs=None):
        ns = {"np": np}
        exec(render_prog(prog, outputs), ns)  # noqa: S102
        return ns["prog"]

    def run(self, prog, stages=("forward", "backward", "double", "functional")):
        """[(stage, Mismatch)] for this program (at most one per stage, the
        first stage that fails ends the run except functional)."""
        _selftest(prog)
        tol = (1e-4, 1e-6) if prog.get("lowprec") else (1e-7, 1e-9)
        fails = []
        res = {}
        for m in (self.torch, self.ct):
            res[m.__name__] = self._run_lib(m, prog, stages)
        T, C = res["torch"], res["cotangent"]
        for st in ("forward", "backward", "double", "functional"):
            if st not in T or st not in C:
                continue
            try:
                kw = {}
                if st == "double":
                    kw = {"check_rg": False, "none_is_zero": True}
                elif st == "backward":
                    kw = {"check_rg": not prog.get("double")}
                elif st == "functional":
                    fc = prog["functional"]
                    # Q5 (docs/semantics.md): forward-mode results are detached tuples (torch: lists with a graph)
                    kw = {"check_rg": not fc["create_graph"] and fc.get("strategy") != "forward-mode"}
                    if T[st][0] == "raise" and C[st][0] != "raise" and TORCH_LIMITS.search(str(T[st][1])):
                        continue   # torch 1.13 has no vmap / forward-AD rule here
                    if T[st][0] != "raise" and C[st][0] == "raise" and fc.get("strategy") == "forward-mode" and \
                            VERSION_ERROR in str(C[st][1]):
                        # docs/semantics.md, Python: the forward-mode jacobian runs the double backward
                        # trick, so it sees the version error that reverse mode raises (torch's forward
                        # AD has no saved-tensor versions): the same as torch's reverse mode is right
                        rev = self._functional(self.torch, prog, dict(fc, vectorize=False, strategy="reverse-mode"))
                        if rev[0] == "raise" and VERSION_ERROR in str(rev[1]):
                            continue
                    if T[st][0] == "raise" and C[st][0] != "raise" and fc.get("vectorize"):
                        # torch's vmap / forward AD fails where its plain loop works (torch 1.13
                        # limitations and bugs): the loop's result is the reference
                        loop = self._functional(self.torch, prog, dict(fc, vectorize=False, strategy="reverse-mode"))
                        if loop[0] == "ok":
                            T[st] = loop
                try:
                    compare_outcomes(T[st], C[st], st, tol, **kw)
                except Mismatch:
                    if st != "functional" or prog["functional"].get("strategy") != "forward-mode" or \
                            T[st][0] != "ok" or C[st][0] != "ok":
                        raise
                    # torch 1.13's vmapped forward AD through in-place writes into views can be
                    # wrong, so torch's reverse mode is the reference where the two disagree
                    # (cotangent's forward-mode jacobian is its C++ batched dual level)
                    fc = prog["functional"]
                    rev = self._functional(self.torch, prog, dict(fc, vectorize=False, strategy="reverse-mode"))
                    if rev[0] != "ok":
                        raise
                    compare_outcomes(rev, C[st], st, tol, **kw)
            except Mismatch as mm:
                fails.append((st, mm))
                if st != "functional":
                    break
        return fails

    def _run_lib(self, m, prog, stages):
        out = {}
        f = self.compile(prog, m)
        ins_r = attempt(lambda: tuple(make_input(m, i) for i in prog["inputs"]))
        if ins_r[0] == "raise":
            out["forward"] = ins_r
            return out
        ins = ins_r[1]
        fw = attempt(lambda: f(m, *ins))
        out["forward"] = fw
        if fw[0] == "raise" or prog.get("raises"):
            return out
        outs = fw[1]
        gos = _go_list(prog)
        din = [ins[i] for i, inp in enumerate(prog["inputs"]) if inp["kind"] == "f64g"]
        if "backward" in stages and gos and din:
            oi = [prog["outputs"].index(g_["out"]) for g_ in gos]
            cg = bool(prog.get("double")) and "double" in stages

            def bw():
                go = tuple(eval(e, {"np": np, "m": m, "out": outs}) for e in go_sources(prog))  # noqa: S307
                return m.autograd.grad(tuple(outs[i] for i in oi), tuple(din), go, allow_unused=True,
                                       create_graph=cg)
            out["backward"] = attempt(bw)
            if cg and out["backward"][0] == "ok":
                gr = out["backward"][1]

                def dbl():
                    terms = [(g_ * (i + 1.5)).sum() for i, g_ in enumerate(gr) if g_ is not None and g_.requires_grad]
                    if not terms:
                        return tuple(None for _ in din)
                    s = terms[0]
                    for t in terms[1:]:
                        s = s + t
                    return m.autograd.grad(s, tuple(din), allow_unused=True)
                out["double"] = attempt(dbl)
        fc = prog.get("functional")
        if "functional" in stages and fc:
            out["functional"] = self._functional(m, prog, fc)
        return out

    def _functional(self, m, prog, fc):
        def fn():
            ns = {"np": np, "m": m, "prog": self.compile(prog, m)}
            ins2 = tuple(make_input(m, i) for i in prog["inputs"])
            for inp, t in zip(prog["inputs"], ins2):
                ns[inp["name"]] = t
            exec(textwrap_dedent(functional_source(prog, fc)), ns)  # noqa: S102
            return ns["r"]
        return attempt(fn)


def _selftest(prog):
    """FUZZ_SELFTEST=crash:I or hang:I makes program I crash or hang (to test
    the parent's handling)."""
    t = os.environ.get("FUZZ_SELFTEST")
    if t:
        what, _, idx = t.partition(":")
        if int(idx) == prog["idx"]:
            if what == "crash":
                import signal
                os.kill(os.getpid(), signal.SIGSEGV)
            elif what == "hang":
                time.sleep(3600)


def textwrap_dedent(s):
    import textwrap
    return textwrap.dedent(s)


# ---------------------------------------------------------------------------
# minimisation (child side; a crash is minimised by the parent)

def _dce(prog, targets):
    """Keeps the lines the target variables (or the raising last line) need:
    the lines defining them and the in-place lines writing into their
    storage, transitively."""
    lines = prog["lines"]
    grp = prog.get("grp", {})
    needed = set(targets)
    keep = []
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        grps = {grp.get(v) for v in needed} - {None}
        if ln["def"]:
            k = ln["def"] in needed
        elif ln.get("mut"):
            k = ln["mut"] in needed or grp.get(ln["mut"]) in grps
        else:
            k = bool(prog.get("raises")) and i == len(lines) - 1
        if k:
            keep.append(i)
            needed |= set(ln["uses"])
    keep.sort()
    new_lines = [lines[i] for i in keep]
    used = set(targets)
    for ln in new_lines:
        used |= set(ln["uses"])
    inputs = [i for i in prog["inputs"] if i["name"] in used]
    return inputs, new_lines


def derive(prog, outputs=None, lines=None, inputs=None, **changes):
    p = dict(prog)
    if outputs is not None:
        p["outputs"] = outputs
    if lines is not None:
        p["lines"] = lines
    if inputs is not None:
        p["inputs"] = inputs
    p.update(changes)
    return p


def restrict(prog, outputs, stage):
    """prog computing only `outputs`, with the stage config adapted."""
    inputs, lines = _dce(prog, outputs)
    p = derive(prog, outputs=outputs, lines=lines, inputs=inputs)
    dnames = [i["name"] for i in inputs if i["kind"] == "f64g"]
    if stage in ("backward", "double"):
        p["go"] = [g_ for g_ in prog.get("go", []) if g_["out"] in outputs]
        if not p["go"]:
            return None
    if stage == "functional":
        fc = dict(prog["functional"])
        din = [prog["inputs"][i]["name"] for i in fc["ins"]]
        keep = [j for j, n in enumerate(din) if n in dnames]
        if not keep:
            return None
        fc["ins"] = [[i["name"] for i in inputs].index(din[j]) for j in keep]
        if fc["kind"] in ("jvp", "hvp", "vhp"):
            fc["v"] = [fc["v"][j] for j in keep]
        fo = [o for o in fc["outs"] if o in outputs]
        if not fo:
            return None
        if fc["kind"] == "vjp":
            fc["v"] = [fc["v"][fc["outs"].index(o)] for o in fo]
        fc["outs"] = fo
        fc["in_tuple"] = fc["in_tuple"] if len(keep) == 1 else True
        fc["out_tuple"] = fc["out_tuple"] if len(fo) == 1 else True
        p["functional"] = fc
    return p


def signature_of(stage, mm):
    return (stage, mm.kind)


def minimise(runner, prog, stage, mm, budget=60):
    """A smaller program failing the same way (stage and kind)."""
    stages = ("forward",) if stage == "forward" else ("forward", stage) if stage != "double" else \
        ("forward", "backward", "double")
    want = (stage, mm.kind)

    def fails_same(p):
        nonlocal budget
        if p is None or budget <= 0:
            return False
        budget -= 1
        try:
            fs = runner.run(p, stages)
        except Exception:  # noqa: BLE001
            return False
        return any((st, m_.kind) == want for st, m_ in fs)

    best = prog
    if stage != "double":
        best = derive(best, double=False)
    if stage != "functional":
        best = derive(best, functional=None)
    if not prog.get("raises"):
        # the first variable that already shows the failure
        order = []
        for ln in prog["lines"]:
            v = ln["def"] or _mut_target(ln)
            if v and v not in order:
                order.append(v)
        for v in order:
            cand = _with_outputs(best, [v], stage)
            if fails_same(cand):
                best = cand
                break
        else:
            if len(best["outputs"]) > 1:
                for o in best["outputs"]:
                    cand = _with_outputs(best, [o], stage)
                    if fails_same(cand):
                        best = cand
                        break
    else:
        inputs, lines = _dce(best, [])
        cand = derive(best, lines=lines, inputs=inputs, outputs=[])
        if fails_same(cand):
            best = cand
    # bypass lines: v = op(u) -> v = u when the value keeps shape and dtype
    changed = True
    while changed and budget > 0:
        changed = False
        for i, ln in enumerate(best["lines"]):
            if not ln["def"] or ln["op"].startswith("prep") or len(ln["uses"]) == 0:
                continue
            for u in ln["uses"]:
                nl = dict(ln, code="%s = %s" % (ln["def"], u), uses=[u], op="bypass")
                lines = best["lines"][:i] + [nl] + best["lines"][i + 1:]
                cand = derive(best, lines=lines)
                cand = _reclean(cand, stage)
                if cand is not None and len(cand["lines"]) <= len(best["lines"]) and fails_same(cand):
                    best = cand
                    changed = True
                    break
            if changed:
                break
    # remove lines that alias a name (v = u)
    best = _inline_aliases(best)
    # contiguous inputs
    for j, inp in enumerate(best["inputs"]):
        if inp["layout"] == "T":
            ins = list(best["inputs"])
            ins[j] = dict(inp, layout="C")
            cand = derive(best, inputs=ins)
            if fails_same(cand):
                best = cand
    return best


def _mut_target(ln):
    code = ln["code"]
    m_ = re.match(r"\s*([av]\d+)\b", code)
    return m_.group(1) if m_ else None


def _with_outputs(prog, outs, stage):
    if stage == "forward":
        inputs, lines = _dce(prog, outs)
        return derive(prog, outputs=outs, lines=lines, inputs=inputs)
    return restrict(prog, outs, stage)


def _reclean(p, stage):
    if p.get("raises"):
        inputs, lines = _dce(p, [])
        return derive(p, lines=lines, inputs=inputs)
    if stage == "forward":
        inputs, lines = _dce(p, p["outputs"])
        return derive(p, lines=lines, inputs=inputs)
    return restrict(p, p["outputs"], stage)


def _inline_aliases(p):
    """Rewrites `v5 = v3` lines away (renaming later uses)."""
    lines = []
    ren = {}
    for ln in p["lines"]:
        code = _VARNAME.sub(lambda mm: ren.get(mm.group(1), mm.group(1)), ln["code"])
        mm = re.fullmatch(r"(v\d+) = ([av]\d+)", code)
        if mm and ln["def"]:
            ren[mm.group(1)] = mm.group(2)
            continue
        lines.append(dict(ln, code=code, uses=uses_of(code.split("=", 1)[1]) if ln["def"] else uses_of(code)))
    outs = [ren.get(o, o) for o in p["outputs"]]
    q = derive(p, lines=lines, outputs=outs)
    if q.get("go"):
        q["go"] = [dict(g_, out=ren.get(g_["out"], g_["out"])) for g_ in q["go"]]
    if q.get("functional"):
        fc = dict(q["functional"])
        fc["outs"] = [ren.get(o, o) for o in fc["outs"]]
        q["functional"] = fc
    return q


# ---------------------------------------------------------------------------
# child process

def child_main(args):
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)             # anything else printed (C++ too) goes to stderr
    sys.stdout = sys.stderr
    runner = Runner()
    if args.program_json:
        with open(args.program_json) as fh:
            job = json.load(fh)
        fs = runner.run(job["prog"], tuple(job["stages"]))
        proto.write(json.dumps({"result": [[st, mm.kind, mm.detail] for st, mm in fs]}) + "\n")
        proto.flush()
        return 0
    for idx in range(args.start, args.start + args.count):
        proto.write(json.dumps({"start": idx}) + "\n")
        t0 = time.time()
        rec = {"idx": idx, "fails": []}
        try:
            prog = generate(args.seed, idx, args.focus)
        except Exception as e:  # noqa: BLE001
            rec["generror"] = "%s: %s" % (type(e).__name__, e)
            proto.write(json.dumps(rec) + "\n")
            continue
        rec["raises"] = bool(prog.get("raises"))
        rec["nlines"] = len(prog["lines"])
        rec["ops"] = [ln["op"] for ln in prog["lines"]]
        fails = runner.run(prog)
        for i, (st, mm) in enumerate(fails):
            if st == "forward" and prog.get("raises") and mm.kind in ("exc-type", "exc-message"):
                # cotangent may raise at an earlier line than torch: that line is the finding
                early = _ct_raises_earlier(runner, prog)
                if early is not None:
                    fs2 = runner.run(early, ("forward",))
                    if fs2:
                        prog_i, (st, mm) = early, fs2[0]
                        fails[i] = (st, mm)
                        _fail_record(rec, runner, prog_i, st, mm, args)
                        continue
            _fail_record(rec, runner, prog, st, mm, args)
        rec["secs"] = round(time.time() - t0, 3)
        proto.write(json.dumps(rec) + "\n")
    proto.flush()
    return 0


def _ct_raises_earlier(runner, prog):
    """The program cut after the first line at which cotangent raises, if
    that comes before torch's raising (last) line."""
    lines = prog["lines"]
    for j in range(1, len(lines)):
        defs = [ln["def"] or ln.get("mut") for ln in lines[:j] if ln["def"] or ln.get("mut")]
        if not defs:
            continue
        p = derive(prog, lines=lines[:j], outputs=[defs[-1]], raises=None, go=[], double=False, functional=None)
        f = runner.compile(p, runner.ct)
        r = attempt(lambda: f(runner.ct, *[make_input(runner.ct, i) for i in p["inputs"]]))
        if r[0] == "raise":
            inputs, kept = _dce(p, p["outputs"])
            return derive(p, inputs=inputs, lines=kept)
    return None


def _fail_record(rec, runner, prog, st, mm, args):
    """Minimises the failure and appends its record (reproducer, signature)."""
    mp = prog
    if args.minimize:
        try:
            mp = minimise(runner, prog, st, mm)
        except Exception:  # noqa: BLE001 - keep the unminimised program
            if os.environ.get("FUZZ_DEBUG"):
                raise
    # the detail of the minimised program (if it still fails that way)
    mfin = mm
    if mp is not prog:
        try:
            for st2, mm2 in runner.run(mp):
                if (st2, mm2.kind) == (st, mm.kind):
                    mfin = mm2
                    break
        except Exception:  # noqa: BLE001
            pass
    detail = mfin.detail
    rec["fails"].append({"stage": st, "kind": mm.kind, "detail": detail, "orig_detail": mm.detail,
                         "ops": [ln["op"] for ln in mp["lines"]], "repro": render_repro(mp, st),
                         "sig": failure_signature(mp, st, mm.kind, detail, mfin.texc, mfin.cexc)})


def _norm_sig_text(t):
    t = re.sub(r"\b\w+Backward\d+\b", "NodeBackward", t)
    t = re.sub(r"^(\w+: )?\w+_: ", r"\1", t)             # "mul_: an in-place update ..."
    t = re.sub(r"\d+", "N", t)
    t = re.sub(r"\[[^\]]*\]", "[..]", t)
    t = re.sub(r"\([^)]*\)", "(..)", t)
    t = re.sub(r"'[^']*'", "'..'", t)
    t = re.sub(r"\b[av]N\b", "V", t)
    return t[:100]


def failure_signature(prog, stage, kind, detail, texc=None, cexc=None):
    """Deduplication key: stage and kind; for exceptions the exception types
    and texts (numbers, shapes and node names blanked out); otherwise the
    last op of the minimised program."""
    if kind in ("exc-type", "exc-message", "torch-raises", "ct-raises"):
        return "%s|%s|%s|%s" % (stage, kind, _norm_sig_text(texc or ""), _norm_sig_text(cexc or ""))
    ops = [ln["op"] for ln in prog["lines"] if not ln["op"].startswith(("prep", "adapt", "bypass"))]
    last = ops[-1] if ops else (prog["lines"][-1]["op"] if prog["lines"] else "-")
    if stage == "functional":
        fc = prog.get("functional") or {}
        last = "%s:%s" % (fc.get("kind"), last)
    return "%s|%s|%s" % (stage, kind, last)


# Documented deviations (docs/semantics.md): failures matching (signature
# regex, detail regex) are not counted by test_fuzz.py (and by --skip-known).
KNOWN = [
    (r"^functional\|", r"This is not allowed in strict mode when create_graph=True",
     "docs/semantics.md Q1/Q3: strict + create_graph checks are structural, and cotangent's derivative "
     "formulas decide which results are attached to a graph (abs, relu, ... are not), so this strict-mode "
     "error is raised in other cases than torch's and names the input index"),
    (r"^functional\|", r"While computing the hessian, found that the jacobian of the user-provided function with "
                       r"respect to input \d+ is independent of the input|The hessian of the user-provided function is "
                       r"independent of entry \d+ in the grad_jacobian",
     "docs/semantics.md Q3: which first derivatives are attached to a graph is decided by cotangent's derivative "
     "formulas, so hessian/hvp/vhp's strict-mode checks on them fire in other cases than torch's"),
    (r"^functional\|ct-raises\|", r"is independent of the inputs of the user-provided function\. This is not allowed "
                                  r"in strict mode\.",
     "docs/semantics.md Q3: strict-mode checks are structural, and cotangent's derivative formulas decide "
     "which first derivatives are attached to a graph (e.g. the zero gradient of a tensor overwritten by "
     "copy_ is not attached; torch's may be, through a later node's formula)"),
    (r"^functional\|", r"is independent of entry \d+ in the grad_outputs when using the double backward trick",
     "docs/semantics.md Q3: jvp's strict check on the double backward trick is structural, and cotangent's "
     "derivative formulas decide which results are attached to a graph (torch's CopySlices backward keeps a "
     "zeroed gradient attached; a fill/setitem of a number gives cotangent an unattached zero)"),
    (r"derivative for aten::floor_divide is not implemented", r"",
     "docs/semantics.md, Ops: floor_divide's gradient is zero (DivBackward2); torch's floor_divide is not "
     "differentiable at all"),
    (r"^backward\|ct-raises\|", r"linalg\.inv: The diagonal element \d+ is zero",
     "docs/semantics.md, Known gaps: the derivative of linalg.det at a singular matrix raises"),
    (r"exc-message\|RuntimeError: one of the variables needed for gradient computation", r"",
     "docs/semantics.md, Errors: the version error names the saved tensor's current grad_fn while the "
     "tensor object lives (PyTorch holds it; cotangent holds it weakly to keep the graph free of "
     "cycles), else the node that produced it"),
    (r"^functional\|torch-raises\|RuntimeError: one of the variables needed for gradient computation", r"",
     "docs/semantics.md, The functional family: jvp and hvp run native forward mode, which reads no saved "
     "tensor of func's graph, so an in-place write to one is not an error where torch's double backward "
     "trick raises (the value is right)"),
    (r"^backward\|torch-raises\|RuntimeError: one of the variables needed for gradient computation", r"",
     "docs/semantics.md, Errors: some derivatives recompute from their inputs what torch saves as the "
     "op's output (prod, pow, sigmoid_), so modifying that output in place is not an error (and the "
     "gradient stays right)"),
]


def known_deviation(f):
    """The KNOWN entry's reason if failure f is a documented deviation."""
    for sig_re, detail_re, reason in KNOWN:
        if re.search(sig_re, f["sig"]) and re.search(detail_re, f["detail"]):
            return reason
    return None


# ---------------------------------------------------------------------------
# parent

HERE = os.path.dirname(os.path.abspath(__file__))


def _child_cmd(extra):
    return [sys.executable, os.path.abspath(__file__), "--child"] + extra


def run_fuzz(count, seed, batch=100, timeout=60.0, start=0, minimize=True, log=None, crash_minimize=True,
             focus=None):
    """Runs programs start..start+count-1 of `seed` in child processes.
    Returns (failures, stats): failures are dicts (stage, kind, detail,
    repro, sig, idx, seed)."""
    failures = []
    stats = {"programs": 0, "raising": 0, "crashes": 0, "hangs": 0, "generror": 0, "secs": 0.0, "lines": 0}
    t0 = time.time()
    idx = start
    end = start + count
    import_retries = 0
    while idx < end:
        n = min(batch, end - idx)
        extra = ["--seed", str(seed), "--start", str(idx), "--count", str(n)]
        if not minimize:
            extra.append("--no-minimize")
        if focus:
            extra += ["--focus", focus]
        with tempfile.TemporaryFile() as errf:
            proc = subprocess.Popen(_child_cmd(extra), stdout=subprocess.PIPE, stderr=errf, env=_child_env())
            current, last_progress = None, time.time()
            buf = b""
            finished = set()
            timed_out = False
            while True:
                r, _, _ = select.select([proc.stdout], [], [], 1.0)
                if r:
                    chunk = os.read(proc.stdout.fileno(), 65536)
                    if not chunk:
                        break
                    buf += chunk
                    while b"\n" in buf:
                        line, buf = buf.split(b"\n", 1)
                        msg = json.loads(line)
                        last_progress = time.time()
                        if "start" in msg:
                            current = msg["start"]
                            continue
                        finished.add(msg["idx"])
                        current = None
                        stats["programs"] += 1
                        if msg.get("generror"):
                            stats["generror"] += 1
                            continue
                        stats["raising"] += msg.get("raises", False)
                        stats["lines"] += msg.get("nlines", 0)
                        for f in msg["fails"]:
                            f.update(idx=msg["idx"], seed=seed)
                            failures.append(f)
                            if log:
                                log("FAIL seed %d program %d [%s/%s] %s" % (seed, msg["idx"], f["stage"], f["kind"],
                                                                          f["detail"].split("\n")[0][:200]))
                elif current is not None and time.time() - last_progress > timeout:
                    timed_out = True
                    proc.kill()
                    break
                if proc.poll() is not None and not r:
                    break
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:   # finished its programs but does not exit
                proc.kill()
                proc.wait()
            errf.seek(0)
            err_tail = errf.read()[-2000:].decode("utf-8", "replace")
        if current is not None:
            # the child died (or hung) inside program `current`
            kind = "hang" if timed_out else "crash"
            stats["crashes" if kind == "crash" else "hangs"] += 1
            stats["programs"] += 1
            f = crash_report(seed, current, kind, proc.returncode, err_tail, crash_minimize and minimize, timeout,
                             focus)
            failures.append(f)
            if log:
                log("%s seed %d program %d: %s" % (kind.upper(), seed, current, f["detail"]))
            idx = current + 1
        elif proc.returncode != 0 and len(finished) < n:
            # died between programs: an import failure while the package is
            # being rebuilt is waited out
            if "ImportError" in err_tail and import_retries < 10:
                import_retries += 1
                if log:
                    log("cotangent does not import (being rebuilt?); retrying in 30 s")
                time.sleep(30)
                continue
            raise RuntimeError("fuzz child failed (rc %s):\n%s" % (proc.returncode, err_tail))
        else:
            idx += n
    stats["secs"] = round(time.time() - t0, 1)
    return failures, stats


def _child_env():
    env = dict(os.environ)
    env.setdefault("PYTHONFAULTHANDLER", "1")
    return env


def run_job(prog, stages, timeout):
    """Runs one program in a fresh child: ('ok', fails) / ('crash', rc) / ('hang', None)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"prog": prog, "stages": list(stages)}, fh)
        path = fh.name
    try:
        for _ in range(10):
            r = subprocess.run(_child_cmd(["--program-json", path]), capture_output=True, timeout=timeout,
                               env=_child_env())
            if r.returncode == 0 or b"ImportError" not in r.stderr:
                break
            time.sleep(30)   # the package is being rebuilt
    except subprocess.TimeoutExpired:
        return "hang", None
    finally:
        os.unlink(path)
    if r.returncode != 0:
        return "crash", r.returncode
    line = r.stdout.decode().strip().splitlines()[-1]
    return "ok", json.loads(line)["result"]


def crash_report(seed, idx, kind, rc, err_tail, do_min, timeout, focus=None):
    prog = generate(seed, idx, focus)
    stage = "all"
    best = prog
    if do_min:
        # which stage: forward only, then more
        for stages in (("forward",), ("forward", "backward"), ("forward", "backward", "double"),
                       ("forward", "backward", "double", "functional")):
            st, _ = run_job(prog, stages, timeout)
            if st == kind:
                stage = stages[-1]
                break
        if stage != "all":
            best = _min_crash(prog, stage, kind, timeout)
        else:
            kind += "-unreproduced"   # a fresh process runs it fine (a rebuild underneath?)
    sig_stage = stage if stage != "all" else "forward"
    lines = err_tail.strip().splitlines()
    fatal = [ln for ln in lines if "Fatal Python error" in ln or "Error" in ln or "Assertion" in ln]
    why = (fatal[0] if fatal else lines[-1] if lines else "").strip()[:300]
    if kind.startswith("hang"):
        detail = "no progress for %.0f s" % timeout
    elif rc is not None and rc < 0:
        detail = "child process killed by signal %d%s" % (-rc, (": " + why) if why else "")
    else:
        detail = "child process exited with status %s%s" % (rc, (": " + why) if why else "")
    return {"stage": stage, "kind": kind, "detail": detail, "ops": [ln["op"] for ln in best["lines"]],
            "repro": render_repro(best, sig_stage), "idx": idx, "seed": seed, "stderr": err_tail[-1500:],
            "sig": "%s|%s|%s" % (sig_stage, kind, best["lines"][-1]["op"] if best["lines"] else "-")}


def _min_crash(prog, stage, kind, timeout, budget=12):
    stages = {"forward": ("forward",), "backward": ("forward", "backward"),
              "double": ("forward", "backward", "double"),
              "functional": ("forward", "functional")}[stage]
    best = prog
    order = []
    for ln in prog["lines"]:
        v = ln["def"] or _mut_target(ln)
        if v and v not in order:
            order.append(v)
    if not prog.get("raises"):
        for v in order:
            if budget <= 0:
                break
            cand = _with_outputs(best, [v], stage)
            if cand is None:
                continue
            budget -= 1
            if run_job(cand, stages, timeout)[0] == kind:
                best = cand
                break
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--focus", choices=sorted(FOCUS), help="op weights aimed at some features (%s)" % ", ".join(
        sorted(FOCUS)))
    ap.add_argument("--start", type=int, default=0, help="first program index")
    ap.add_argument("--batch", type=int, default=100, help="programs per child process")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds without progress = a hang")
    ap.add_argument("--no-minimize", dest="minimize", action="store_false")
    ap.add_argument("--index", type=int, help="show and run program INDEX only")
    ap.add_argument("--json", help="write all failures (JSON list) here")
    ap.add_argument("--all", action="store_true", help="print every failure, not one per signature")
    ap.add_argument("--skip-known", action="store_true", help="leave out the documented deviations (KNOWN)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--program-json", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.index is not None:
        prog = generate(args.seed, args.index, args.focus)
        print(render_repro(prog, "forward"))
        args.start, args.count = args.index, 1
    fails, stats = run_fuzz(args.count, args.seed, args.batch, args.timeout, args.start, args.minimize,
                            log=lambda s: print(s, file=sys.stderr, flush=True), focus=args.focus)
    if args.skip_known:
        kept = [x for x in fails if not known_deviation(x)]
        print("%d failures are documented deviations (KNOWN), left out" % (len(fails) - len(kept)))
        fails = kept
    report(fails, stats, args.all)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"stats": stats, "failures": fails}, fh, indent=1)
    return 1 if fails else 0


def report(fails, stats, show_all=False, out=sys.stdout):
    groups = {}
    for f in fails:
        groups.setdefault(f["sig"], []).append(f)
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p("=" * 78)
    p("%d programs (%d expected to raise), %d lines, %.1f s: %d failures, %d distinct; %d crashes, %d hangs" % (
        stats["programs"], stats["raising"], stats["lines"], stats["secs"], len(fails), len(groups),
        stats["crashes"], stats["hangs"]))
    for sig, fs in sorted(groups.items()):
        shown = fs if show_all else fs[:1]
        for f in shown:
            p("-" * 78)
            p("[%s] %s  (x%d; seed %d, program %d)" % (f["kind"], sig, len(fs), f["seed"], f["idx"]))
            p(f["detail"])
            p("reproducer:")
            p(f["repro"])
    return groups


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # no interpreter finalisation: torch 1.13 can deadlock at exit destroying a
    # thread-local tensor (it waits for the GIL after Python has finalised)
    os._exit(rc or 0)
