#!/usr/bin/env python3
"""Re-runs the torch expressions of tests/test_torch_values.cpp and checks the pasted values.

    /usr/bin/python3 scripts/check_torch_values.py            # check; exit 1 on any mismatch
    /usr/bin/python3 scripts/check_torch_values.py --write    # rewrite differing literals
    /usr/bin/python3 scripts/check_torch_values.py -v         # also list every skipped item

Every expected value in tests/test_torch_values.cpp was produced by running the
torch statement in the comment above the C++ check (PyTorch 1.13; use Debian's
/usr/bin/python3, whose BLAS is OpenBLAS: OPENBLAS_CORETYPE defaults to
Sandybridge here, the kernels the values were made with). For each Case(...) block this script executes those comment
statements in order, in a fresh namespace (torch, F = torch.nn.functional, math,
nan, inf), and compares what torch gives with what the file says:
  * `// y = expr -> [values]`, `// expr -> [values] (torch.int64)`,
    `// y = expr -> (values below, torch.float64)`, `// d/dx -> [values]`
    (g[k] of the latest `g = torch.autograd.grad(out, [..., x, ...], ...)`):
    the dtype, shape and values of the following Close/Exact check's
    ct::tensor(...) literal (ct::zeros(...) too), and the values written inline
    in the comment. Values must be identical once rounded to the dtype (the
    file pastes float32 as the shortest round-trip repr, float64 in full);
    NaN equals NaN, and the sign of a zero is not compared;
  * `// expr -> SomeError: message`: torch must raise that Python class, the
    following Raises<ct::X> / EXPECT_THROW(..., ct::X) must name the same class
    (or a base: torch's _LinAlgError is a RuntimeError), and the message written
    in the comment must match the start of torch's message (whitespace-normalized);
  * `EXPECT_EQ(y.grad_fn_name(), "XBackward0")`: torch's grad_fn class name,
    unless a `Deviation` comment precedes it (EXPECT_NE(..., "") checks that a
    grad_fn exists).
Comment lines that are not Python (prose) are skipped; items that cannot be
matched to a check are listed with the reason. `--write` replaces the numeric
tokens of differing literals (in the C++ literal and in the inline comment) by
torch's values, float32 as the shortest round-trip repr, float64 as repr(float).
"""

import os

# The pasted values were made with OpenBLAS's Sandybridge kernels (AVX, no FMA);
# newer kernels round some float32 matmul results (the linalg gradients) 1 ulp
# differently. Pin it so the check is reproducible on any x86 machine.
os.environ.setdefault("OPENBLAS_CORETYPE", "Sandybridge")

import argparse
import ast
import builtins
import math
import re
import sys
import time

import warnings

import numpy as np
import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FILE = os.path.join(ROOT, "tests", "test_torch_values.cpp")

_orig_grad = torch.autograd.grad


def _grad(*args, **kwargs):
    # The C++ test keeps the graph for every ct::grad call; so does this.
    kwargs.setdefault("retain_graph", True)
    return _orig_grad(*args, **kwargs)


torch.autograd.grad = _grad
warnings.filterwarnings("ignore")

ERROR_NAMES = {"RuntimeError", "IndexError", "ValueError", "TypeError",
               "NotImplementedError", "_LinAlgError"}
CT_DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64,
             "bool": torch.bool, "kFloat32": torch.float32}
NUM_TOKEN = re.compile(r"-?(?:INFINITY|NAN|inf|nan|true|false|True|False|"
                       r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")


class Skip(Exception):
    """An item the script cannot check; the message says why."""


def split_args(s):
    """Top-level comma split of a C++ argument list."""
    out, depth, cur, in_str = [], 0, [], False
    i = 0
    while i < len(s):
        c = s[i]
        if in_str:
            cur.append(c)
            if c == "\\":
                cur.append(s[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            cur.append(c)
        elif c in "([{":
            depth += 1
            cur.append(c)
        elif c in ")]}":
            depth -= 1
            cur.append(c)
        elif c == "," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def matching_paren(text, open_pos):
    depth, in_str, i = 0, False, open_pos
    while i < len(text):
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise Skip("unbalanced parentheses")


def literal_value(text):
    """Python value of a literal written with {…}/[…], NAN/nan, INFINITY/inf, true/false."""
    t = text.replace("{", "[").replace("}", "]")
    t = re.sub(r"\bINFINITY\b", "inf", t)
    t = re.sub(r"\bNAN\b", "nan", t)
    t = re.sub(r"\btrue\b", "True", t)
    t = re.sub(r"\bfalse\b", "False", t)
    if re.search(r"[A-Za-z_]", re.sub(r"\b(inf|nan|True|False)\b|\d[eE][+-]?\d", "", t)):
        raise Skip("literal is not a plain value: %s" % text.strip()[:60])
    return eval(t.strip(), {"inf": math.inf, "nan": math.nan, "__builtins__": {}})


def tokens(text, base):
    """(start, end, token) of the numeric tokens of a literal starting at offset base."""
    return [(base + m.start(), base + m.end(), m.group()) for m in NUM_TOKEN.finditer(text)]


def shape_of(v):
    if isinstance(v, list):
        inner = shape_of(v[0]) if v else ()
        return (len(v),) + inner
    return ()


def flat(v):
    if isinstance(v, list):
        return [y for x in v for y in flat(x)]
    return [v]


def literal_dtype(text, explicit):
    if explicit:
        return explicit
    if re.search(r"\b(true|false|True|False)\b", text):
        return torch.bool
    if re.search(r"[.eE]|INFINITY|NAN|inf|nan", text):
        return torch.float32
    return torch.int64


def fmt(v, dtype, cxx):
    if dtype == torch.bool:
        return ("true" if v else "false") if cxx else ("True" if v else "False")
    if dtype in (torch.int64, torch.int32):
        return str(int(v))
    if math.isnan(v):
        return "NAN" if cxx else "nan"
    if math.isinf(v):
        s = "INFINITY" if cxx else "inf"
        return ("-" + s) if v < 0 else s
    if dtype == torch.float32:
        return str(np.float32(v))
    return repr(float(v))


def same(a, b, dtype):
    if dtype.is_floating_point:
        np_t = np.float32 if dtype == torch.float32 else np.float64
        x, y = np_t(a), np_t(b)
        return (np.isnan(x) and np.isnan(y)) or x == y
    return a == b


def first_line_msg(s):
    return " ".join(str(s).split())


class Checker:
    def __init__(self, text, verbose):
        self.text = text
        self.verbose = verbose
        self.edits = []          # (start, end, new)
        self.mismatches = []     # strings
        self.deviations = []     # differences a `Deviation` comment documents
        self.deviation = False
        self.skips = []          # (case, line, reason)
        self.values = 0
        self.checks = 0
        self.cases = 0
        self.cases_full = 0
        self.cases_failed = []   # (case, line, reason)
        self.line_starts = [0]
        for m in re.finditer("\n", text):
            self.line_starts.append(m.end())

    def lineno(self, off):
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    # ------------------------------------------------------------------ parsing
    def items(self, start, end):
        """Comment statements and code lines between offsets start and end."""
        out = []
        lines = self.text[start:end].split("\n")
        off = start
        for line in lines:
            s = line.strip()
            if s.startswith("//"):
                body = s[2:]
                if body.startswith("     ") and out and out[-1][0] == "comment":
                    out[-1][1] += " " + body.strip()
                    out[-1][3] = off + len(line)
                else:
                    out.append(["comment", body.strip(), off + line.index("//") + 2, off + len(line)])
            elif s:
                out.append(["code", s, off, off + len(line)])
            off += len(line) + 1
        return out

    def find_check(self, items, k):
        """The first check in the code after item k, before the next comment statement.

        Sets self.deviation when a `Deviation` comment stands between them."""
        self.deviation = False
        for j in range(k + 1, len(items)):
            kind, s, a, b = items[j]
            if kind == "comment" and is_statement(s):
                return None
            if kind != "code":
                if "Deviation" in s:
                    self.deviation = True
                continue
            seg = self.text[a:]
            m = re.match(r"\s*(?:EXPECT|ASSERT)_TRUE\(\s*(Close|Exact|Raises<ct::(\w+)>)\(", seg)
            if m:
                p = a + m.end() - 1
                q = matching_paren(self.text, p)
                return (m.group(1) if not m.group(2) else "Raises", m.group(2), p, q)
            m = re.match(r"\s*EXPECT_THROW\(.*ct::(\w+)\);", seg)
            if m:
                return ("Raises", m.group(1), None, None)
        return None

    # ------------------------------------------------------------------ running
    def run(self):
        for m in re.finditer(r'^  Case\("((?:[^"\\]|\\.)*)", \[[^\]]*\] \{\n', self.text, re.M):
            endm = re.compile(r"^  \}\);$", re.M).search(self.text, m.end())
            test = re.findall(r"^TEST\((\w+), (\w+)\)", self.text[:m.start()], re.M)
            name = "%s.%s/%s" % (test[-1] + (m.group(1),)) if test else m.group(1)
            self.run_case(name, self.lineno(m.start()), m.end(), endm.start())

    def run_case(self, name, line, start, end):
        self.cases += 1
        ns = {"torch": torch, "F": F, "math": math, "nan": math.nan, "inf": math.inf,
              "__builtins__": builtins}
        grads = {}
        items = self.items(start, end)
        checked = 0
        skipped_here = []
        deviation = False
        for k, (kind, s, a, b) in enumerate(items):
            ln = self.lineno(a)
            try:
                if kind == "comment":
                    if s.startswith("Deviation") or "Deviation (" in s:
                        deviation = True
                    if not is_statement(s):
                        continue
                    checked += self.statement(ns, grads, items, k, s, a, ln)
                else:
                    gm = re.match(r'EXPECT_(EQ|NE)\((\w+)\.grad_fn_name\(\), "(\w*)"\);', s)
                    if gm:
                        if gm.group(1) == "EQ" and deviation:
                            raise Skip("grad_fn name is a documented deviation")
                        deviation = False
                        checked += self.grad_fn(ns, gm.group(1), gm.group(2), gm.group(3), name, ln)
                    elif s.startswith("EXPECT_") or s.startswith("Tensor "):
                        deviation = False if s.startswith("EXPECT_") else deviation
            except Skip as e:
                skipped_here.append((name, ln, str(e)))
            except Exception as e:  # torch raised where the comment says it returns
                if os.environ.get("CHECK_TORCH_VALUES_DEBUG"):
                    raise
                self.cases_failed.append((name, ln, "%s: %s" % (type(e).__name__,
                                                                first_line_msg(e)[:120])))
                return
        self.skips.extend(skipped_here)
        if checked == 0:
            self.cases_failed.append((name, line, "no checkable statement"))
        else:
            self.cases_full += 1

    def grad_fn(self, ns, op, var, expected, case, ln):
        if var not in ns:
            raise Skip("grad_fn check of %s, which no comment defines" % var)
        v = ns[var]
        if not isinstance(v, torch.Tensor):
            raise Skip("grad_fn check of a non-tensor %s" % var)
        got = type(v.grad_fn).__name__ if v.grad_fn is not None else ""
        self.checks += 1
        ok = (got == expected) if op == "EQ" else (got != expected)
        if not ok:
            self.mismatches.append("%s (line %d): %s.grad_fn is %r, the file says %s %r"
                                   % (case, ln, var, got, "==" if op == "EQ" else "!=", expected))
        return 1

    def statement(self, ns, grads, items, k, s, off, ln):
        lhs, arrow, rhs = s.partition(" -> ")
        lhs = lhs.strip()
        lhs = re.sub(r"\s{2,}\(.*\)$", "", lhs)  # "p = torch.split(x, 2)  (3 tensors)"
        if "<the values below>" in lhs:
            lhs = lhs.replace("<the values below>", self.next_literal(items, k))
        if not arrow:
            self.exec_stmt(ns, grads, lhs)
            return self.check_input(ns, items, k, lhs, ln)
        rhs = rhs.strip()
        em = re.match(r"^(\w+): ?(.*)$", rhs)
        if em and em.group(1) in ERROR_NAMES:
            return self.error(ns, items, k, lhs, em.group(1), em.group(2), ln)
        dm = re.match(r"^d/d(.+)$", lhs)
        if dm:
            key = dm.group(1).strip()
            if key not in grads:
                raise Skip("d/d%s without a matching torch.autograd.grad" % key)
            gname, idx = grads[key]
            value = ns[gname][idx]
        else:
            value = self.eval_value(ns, grads, lhs)
        return self.compare(ns, items, k, s, off, lhs, rhs, value, ln)

    def next_literal(self, items, k):
        """The ct::tensor literal of the code right after item k, as Python text."""
        if k + 1 < len(items) and items[k + 1][0] == "code":
            a = items[k + 1][2]
            m = re.compile(r"ct::tensor\(").search(self.text, a)
            if m and m.start() < self.text.index(";", a):
                q = matching_paren(self.text, m.end() - 1)
                lit = split_args(self.text[m.end():q])[0]
                return repr(literal_value(lit)).replace("nan", "math.nan").replace("inf", "math.inf")
        raise Skip("<the values below> without a following ct::tensor literal")

    def check_input(self, ns, items, k, lhs, ln):
        """`x = torch...` followed by `Tensor x = ct::tensor(...)`: the literal must match."""
        node = ast.parse(lhs).body[0]
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            return 0
        name = node.targets[0].id
        if k + 1 >= len(items) or items[k + 1][0] != "code":
            return 0
        a = items[k + 1][2]
        m = re.compile(r"\s*Tensor %s =\s*(ct::(?:tensor|zeros|ones)\()" % re.escape(name)).match(
            self.text, a)
        if not m or not isinstance(ns.get(name), torch.Tensor):
            return 0
        self.checks += 1
        self.compare_expected(m.group(1), m.start(1), ns[name].detach(), "line %d: input %s" % (ln, name))
        return 1

    def exec_stmt(self, ns, grads, stmt):
        tree = ast.parse(stmt)
        exec(compile(tree, "<comment>", "exec"), ns)
        node = tree.body[0]
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and ast.unparse(node.value.func) == "torch.autograd.grad" \
                and isinstance(node.targets[0], ast.Name):
            inputs = node.value.args[1] if len(node.value.args) > 1 else None
            if inputs is None:
                inputs = next(kw.value for kw in node.value.keywords if kw.arg == "inputs")
            elts = inputs.elts if isinstance(inputs, (ast.List, ast.Tuple)) else [inputs]
            grads.clear()
            for i, e in enumerate(elts):
                grads[ast.unparse(e)] = (node.targets[0].id, i)

    def eval_value(self, ns, grads, lhs):
        tree = ast.parse(lhs)
        node = tree.body[0]
        if isinstance(node, ast.Assign):
            self.exec_stmt(ns, grads, lhs)
            return eval(ast.unparse(node.targets[0]), ns)
        return eval(compile(ast.Expression(node.value), "<comment>", "eval"), ns)

    def error(self, ns, items, k, lhs, pyname, msg, ln):
        chk = self.find_check(items, k)
        if chk is None or chk[0] != "Raises":
            raise Skip("error comment without a following Raises/EXPECT_THROW check")
        try:
            self.eval_value(ns, {}, lhs)
        except Exception as e:
            got = type(e).__name__
            want_ct = getattr(builtins, chk[1], None) or Exception
            self.checks += 1
            if got != pyname:
                self.mismatches.append("line %d: %s raises %s, the comment says %s"
                                       % (ln, lhs, got, pyname))
            elif not isinstance(e, want_ct):
                self.mismatches.append("line %d: %s raises %s, the check expects ct::%s"
                                       % (ln, lhs, got, chk[1]))
            else:
                want = first_line_msg(msg)
                have = first_line_msg(e)
                if want and not have.startswith(want):
                    self.mismatches.append("line %d: %s message is %r, the comment says %r"
                                           % (ln, lhs, have[:200], want[:200]))
            return 1
        self.checks += 1
        self.mismatches.append("line %d: %s does not raise, the comment says %s" % (ln, lhs, pyname))
        return 1

    def compare(self, ns, items, k, s, off, lhs, rhs, value, ln):
        if not isinstance(value, torch.Tensor):
            if isinstance(value, (int, float, bool)):
                value = torch.tensor(value)
            else:
                raise Skip("result of %s is a %s" % (lhs, type(value).__name__))
        value = value.detach()
        if value._is_zerotensor():  # e.g. the gradient of sgn
            value = torch.zeros(value.shape, dtype=value.dtype)
        # What the comment says.
        cm = re.match(r"^(.*?)(?: \((torch\.\w+)\))?$", rhs)
        ctext, cdtype = cm.group(1), cm.group(2)
        vb = re.match(r"^\(values below(?:, (torch\.\w+))?\)$", rhs)
        if vb:
            ctext, cdtype = None, vb.group(1)
        elif ctext.startswith("tensor([], size="):
            ctext = None
        if cdtype and str(value.dtype) != cdtype:
            self.mismatches.append("line %d: %s has dtype %s, the comment says %s"
                                   % (ln, lhs, value.dtype, cdtype))
        # The C++ check.
        chk = self.find_check(items, k)
        if chk is None or chk[0] == "Raises":
            raise Skip("no Close/Exact check follows '%s'" % s[:60])
        kind, _, p, q = chk
        args = split_args(self.text[p + 1:q])
        if len(args) < 2:
            raise Skip("check with fewer than two arguments")
        exp = args[1]
        exp_off = p + 1 + sum(len(x) + 1 for x in args[:1])
        self.checks += 1
        tag = "line %d: %s" % (ln, lhs)
        if self.deviation:
            tag += " [documented deviation]"
        tvals = self.compare_expected(exp, exp_off, value, tag, self.deviation)
        if tvals is None:
            return 1
        dtype = value.dtype
        self.comment_values(ctext, off, value, tvals, dtype, tag)
        return 1

    def compare_expected(self, exp, exp_off, value, tag, deviation=False):
        """Compares value with the ct::tensor/zeros expression exp at offset exp_off."""
        em = re.match(r"\s*ct::(tensor|zeros|ones)\(", exp)
        if not em:
            raise Skip("expected value is not a ct::tensor/zeros literal: %s" % exp.strip()[:50])
        ep = exp_off + em.end() - 1
        eq = matching_paren(self.text, ep)
        eargs = split_args(self.text[ep + 1:eq])
        explicit = None
        if len(eargs) > 1:
            dm = re.match(r"\s*ct::(\w+)\s*$", eargs[1])
            if not dm or dm.group(1) not in CT_DTYPES:
                raise Skip("unknown dtype argument %s" % eargs[1].strip())
            explicit = CT_DTYPES[dm.group(1)]
        lit = eargs[0]
        lit_off = ep + 1
        if em.group(1) in ("zeros", "ones"):
            shape = tuple(literal_value(lit)) if lit.strip() else ()
            dtype = explicit or torch.float32
            fill = 0 if em.group(1) == "zeros" else 1
            n = int(np.prod(shape)) if shape else 1
            lvals, ltoks = [fill] * n, None
        else:
            lv = literal_value(lit)
            shape, dtype = shape_of(lv), literal_dtype(lit, explicit)
            lvals, ltoks = flat(lv), tokens(lit, lit_off)
            if len(ltoks) != len(lvals):
                raise Skip("cannot map the literal's tokens to its values")
        if value.dtype != dtype:
            self.mismatches.append("%s: torch dtype %s, the check's literal is %s"
                                   % (tag, value.dtype, dtype))
            return None
        if tuple(value.shape) != tuple(shape):
            self.mismatches.append("%s: torch shape %s, the check's literal has %s"
                                   % (tag, tuple(value.shape), tuple(shape)))
            return None
        tvals = value.reshape(-1).tolist()
        self.values += len(tvals)
        bad = [i for i, (t, l) in enumerate(zip(tvals, lvals)) if not same(t, l, dtype)]
        if bad and deviation:
            i = bad[0]
            self.deviations.append("%s: %d of %d values differ from torch, e.g. [%d] torch %s, "
                                   "file %s" % (tag, len(bad), len(tvals), i,
                                                fmt(tvals[i], dtype, False),
                                                fmt(lvals[i], dtype, False)))
        elif bad:
            i = bad[0]
            self.mismatches.append("%s: %d of %d values differ, e.g. [%d] torch %s, file %s"
                                   % (tag, len(bad), len(tvals), i, fmt(tvals[i], dtype, False),
                                      fmt(lvals[i], dtype, False)))
            if ltoks is not None:
                for i in bad:
                    self.edits.append((ltoks[i][0], ltoks[i][1], fmt(tvals[i], dtype, True)))
        return tvals

    def comment_values(self, ctext, off, value, tvals, dtype, tag):
        """The values written inline in the comment after ' -> '."""
        if ctext is not None:
            try:
                cv = literal_value(ctext)
            except Exception:
                raise Skip("comment values not parseable: %s" % ctext[:50])
            cvals = flat(cv)
            if shape_of(cv) != tuple(value.shape):
                self.mismatches.append("%s: the comment's values have shape %s, torch %s"
                                       % (tag, shape_of(cv), tuple(value.shape)))
                return
            rhs_off = off + self.text[off:].index(" -> ") + 4
            ctoks = tokens(ctext, rhs_off)
            cbad = [i for i, (t, c) in enumerate(zip(tvals, cvals)) if not same(t, c, dtype)]
            if cbad:
                i = cbad[0]
                self.mismatches.append("%s: comment: %d values differ, e.g. [%d] torch %s, "
                                       "comment %s" % (tag, len(cbad), i,
                                                       fmt(tvals[i], dtype, False),
                                                       fmt(cvals[i], dtype, False)))
                if len(ctoks) == len(cvals):
                    for i in cbad:
                        self.edits.append((ctoks[i][0], ctoks[i][1], fmt(tvals[i], dtype, False)))


def is_statement(s):
    """Whether a comment line is a torch statement (Python before any ' -> ')."""
    lhs = s.partition(" -> ")[0].strip().replace("<the values below>", "0")
    lhs = re.sub(r"\s{2,}\(.*\)$", "", lhs)
    if re.match(r"^d/d\S+$", lhs) and " -> " in s:
        return True
    if not lhs or lhs.startswith("(") and lhs.endswith(")"):
        return False
    try:
        ast.parse(lhs)
    except SyntaxError:
        return False
    # A lone word or prose that happens to parse (e.g. "see above") is not a statement.
    return bool(re.search(r"[=().\[]", lhs)) or " -> " in s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=DEFAULT_FILE)
    ap.add_argument("--write", action="store_true", help="rewrite differing pasted values")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every skipped item")
    a = ap.parse_args()
    t0 = time.time()
    with open(a.file) as f:
        text = f.read()
    c = Checker(text, a.verbose)
    c.run()
    for m in c.deviations:
        print("deviation (not a failure):", m)
    for m in c.mismatches:
        print("MISMATCH", m)
    print("\ncases that could not be checked (%d):" % len(c.cases_failed))
    for name, ln, why in c.cases_failed:
        print("  line %d %s: %s" % (ln, name, why))
    reasons = {}
    for name, ln, why in c.skips:
        reasons.setdefault(re.sub(r"'.*'|: .*", "", why), []).append((name, ln, why))
    print("\nitems skipped inside checked cases (%d):" % len(c.skips))
    for why, lst in sorted(reasons.items(), key=lambda x: -len(x[1])):
        print("  %3d x %s" % (len(lst), why))
        for name, ln, full in (lst if a.verbose else lst[:3]):
            print("        line %d %s: %s" % (ln, name, full))
    print("\n%d cases, %d checked, %d not checkable; %d checks, %d values compared; "
          "%d mismatches (%.1f s)" % (c.cases, c.cases_full, len(c.cases_failed), c.checks,
                                      c.values, len(c.mismatches), time.time() - t0))
    if a.write and c.edits:
        new = text
        for s, e, rep in sorted(set(c.edits), reverse=True):
            new = new[:s] + rep + new[e:]
        with open(a.file, "w") as f:
            f.write(new)
        print("rewrote %d values in %s" % (len(set(c.edits)), a.file))
    return 1 if c.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
