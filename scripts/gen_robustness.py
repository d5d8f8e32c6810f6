#!/usr/bin/env python3
"""Generates tests/test_robustness.cpp from tests/robustness_cases.py (the Tensor
and autograd API's bad calls; an op's bad calls are calls on its row).

    /usr/bin/python3 scripts/gen_robustness.py            # regenerate the test file
    /usr/bin/python3 scripts/gen_robustness.py --check    # exit 1 if it is out of date
    /usr/bin/python3 scripts/gen_robustness.py --translate 'ct::sum(x[0], {1})'

Each row of the table calls one public op with bad or edge-case arguments. The
row carries the C++ call and the same call written for PyTorch; this script runs
the torch expression (PyTorch 1.13, Debian's python3-torch: use /usr/bin/python3)
on the same fixtures and writes what torch does into the test:
  * torch returns a value: cotangent must succeed and return the same value
    (dtype, shape and values within float tolerance; results over 64 elements
    are compared by shape, dtype, sum and sum of squares; random results by
    shape and dtype only);
  * torch raises: cotangent must throw the ct:: class of the same name, and its
    message must contain torch's (first line, when it is plain text) unless the
    row says that the texts differ.
The stored kind of every row says what torch did when the row was written; a
row on which torch now disagrees stops the script (a changed PyTorch, or a
wrong torch expression), so that nothing changes silently.

Kinds in tests/robustness_cases.py:
  'O'            torch returns a value; the test compares cotangent's with it
  'R','I','V','T','N'
                 torch raises RuntimeError, IndexError, ValueError, TypeError,
                 NotImplementedError: same ct:: class, message contains torch's
  'r','i','v','t','n'
                 the same class, but the message differs (note: cotangent's text)
  'A'            any ct::Error (an undefined tensor, which Python spells None; a
                 call without a PyTorch analog)
  'D?', 'B?'     cotangent deviates from torch, knowingly ('D', docs/semantics.md)
                 or by a bug ('B'); '?' is what cotangent does now ('O' returns a
                 value, or the class letter, 'E' for a plain ct::Error), which the
                 test checks, so that a fix shows up; the note says why
  'U'            unchecked: success or any ct::Error (the note says why)

Adding a row: append it to CASES with kind 'O' or the error letter torch
gives (the script says so if it is wrong); --translate writes the torch
expression of most C++ calls: ct::op(x[0], ...) -> torch.op(x0, ...),
nnf:: -> F., ct::linalg:: -> torch.linalg., brace lists -> tuples or lists,
options structs -> keyword arguments. Then regenerate, build, and run the test
with CT_ROBUSTNESS_VERBOSE=1, which prints what cotangent does in every case.

When cotangent changes and a row fails: if cotangent now does what torch does,
give the row torch's kind (a 'D'/'B' row says so in its failure), else fix
cotangent or mark the row 'D?'/'B?' with the reason.
"""
import argparse
import math
import re
import resource
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "robustness_cases.py"
OUT = ROOT / "tests" / "test_robustness.cpp"

# Results with more elements than this are compared by checksum.
MAX_LISTED = 64


# ============================================================================ C++ -> torch translator
TEMPLATE_NAMES = {"optional", "get", "item", "to_vector", "data_ptr", "from_vector", "vector",
                  "initializer_list"}


class Untranslatable(Exception):
    pass


TOKEN_RE = re.compile(r'''
    (?P<ws>\s+)
  | (?P<str>"(?:\\.|[^"\\])*")
  | (?P<num>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?:LL|ll|L|f|F|u|U)?)
  | (?P<name>[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)
  | (?P<op><<|<=|>=|==|!=|->|&&|\|\||[-+*/%<>=!~&|^(){}\[\],.;:?])
''', re.X)


def tokenize(s):
    out, i = [], 0
    while i < len(s):
        m = TOKEN_RE.match(s, i)
        if not m:
            raise Untranslatable("cannot tokenize at %r" % s[i:i + 20])
        i = m.end()
        k = m.lastgroup
        if k == "ws":
            continue
        out.append((k, m.group()))
    out.append(("end", ""))
    return out


BINPREC = {"||": 0, "&&": 0, "|": 1, "^": 2, "&": 3, "==": 4, "!=": 4, "<": 5, ">": 5, "<=": 5,
           ">=": 5, "<<": 6, "+": 7, "-": 7, "*": 8, "/": 8, "%": 8}


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, v):
        t = self.next()
        if t[1] != v:
            raise Untranslatable("expected %r, got %r" % (v, t[1]))
        return t

    def at(self, v):
        return self.peek()[1] == v and self.peek()[0] in ("op",)

    def parse_all(self):
        e = self.expr()
        if self.peek()[0] != "end":
            raise Untranslatable("trailing tokens: %r" % (self.toks[self.i:],))
        return e

    def expr(self, minprec=0):
        lhs = self.unary()
        while True:
            t = self.peek()
            if t[0] != "op" or t[1] not in BINPREC or BINPREC[t[1]] < minprec:
                return lhs
            op = self.next()[1]
            rhs = self.expr(BINPREC[op] + 1)
            lhs = ("bin", op, lhs, rhs)

    def unary(self):
        t = self.peek()
        if t[0] == "op" and t[1] in ("-", "~", "!", "+"):
            self.next()
            return ("un", t[1], self.unary())
        return self.postfix(self.primary())

    def targs(self):
        # after '<': raw text up to the matching '>'
        depth, parts = 1, []
        while True:
            t = self.next()
            if t[0] == "end":
                raise Untranslatable("unterminated template args")
            if t[1] == "<":
                depth += 1
            elif t[1] == ">":
                depth -= 1
                if depth == 0:
                    return "".join(parts)
            parts.append(t[1] if t[0] != "name" or not parts else (" " + t[1] if parts[-1][-1:].isalnum() else t[1]))

    def name_with_targs(self, name):
        last = name.split("::")[-1]
        targs = None
        if last in TEMPLATE_NAMES and self.at("<"):
            self.next()
            targs = self.targs()
        return targs

    def primary(self):
        t = self.next()
        if t[0] == "num":
            return ("num", t[1])
        if t[0] == "str":
            return ("str", t[1])
        if t[0] == "name":
            targs = self.name_with_targs(t[1])
            node = ("name", t[1], targs)
            if self.at("{"):  # functional cast with braces: int64_t{0}, ct::Shape{2, 2}
                return ("cast", t[1], targs, self.brace_items())
            return node
        if t[1] == "(":
            e = self.expr()
            self.expect(")")
            return ("paren", e)
        if t[1] == "{":
            self.i -= 1
            return ("brace", self.brace_items())
        if t[1] == "[":
            return self.lambda_()
        raise Untranslatable("unexpected token %r" % (t[1],))

    def brace_items(self):
        self.expect("{")
        items = []
        while not self.at("}"):
            if self.at("."):
                self.next()
                nm = self.next()[1]
                self.expect("=")
                items.append(("desig", nm, self.expr()))
            else:
                items.append(self.expr())
            if self.at(","):
                self.next()
            elif not self.at("}"):
                raise Untranslatable("bad brace list")
        self.expect("}")
        return items

    def lambda_(self):
        self.expect("]")
        self.expect("(")
        params = []
        cur = []
        while True:
            t = self.next()
            if t[1] in (",", ")") and t[0] == "op":
                if cur:
                    params.append(cur)
                cur = []
                if t[1] == ")":
                    break
                continue
            cur.append(t)
        plist = []
        for p in params:
            is_vec = any(tk[1] == "std::vector" for tk in p)
            nm = p[-1][1] if p[-1][0] == "name" and len(p) > 1 and p[-2][1] in ("&", "*") else None
            plist.append((nm, is_vec))
        self.expect("{")
        t = self.next()
        if t[1] != "return":
            raise Untranslatable("lambda body is not a single return")
        body = self.expr()
        self.expect(";")
        self.expect("}")
        return ("lambda", plist, body)

    def postfix(self, node):
        while True:
            if self.at("("):
                self.next()
                args = []
                while not self.at(")"):
                    args.append(self.expr())
                    if self.at(","):
                        self.next()
                    elif not self.at(")"):
                        raise Untranslatable("bad call args")
                self.next()
                node = ("call", node, args)
            elif self.at("."):
                self.next()
                nm = self.next()[1]
                targs = self.name_with_targs(nm)
                node = ("member", node, nm, targs)
            elif self.at("["):
                self.next()
                idx = self.expr()
                self.expect("]")
                node = ("index", node, idx)
            else:
                return node


def parse(text):
    return Parser(text).parse_all()


# ----------------------------------------------------------------------------- emitting Python
NAMES = {"INT64_MAX": "9223372036854775807", "INT64_MIN": "-9223372036854775808",
         "NAN": "nan", "INFINITY": "inf", "true": "True", "false": "False",
         "std::nullopt": "None", "ct::float32": "torch.float32", "ct::float64": "torch.float64",
         "ct::int64": "torch.int64", "ct::kBool": "torch.bool", "ct::kFloat32": "torch.float32",
         "ct::kFloat64": "torch.float64", "ct::kInt64": "torch.int64", "ct::bool_": "torch.bool"}
DTYPE_NAMES = {k for k, v in NAMES.items() if v.startswith("torch.")}

# C++ free function -> (python callee, [(keyword or None, kind)...]); kinds:
#  T tensor ({} -> None), n number/other, sh int tuple ({} -> ()), shN int tuple ({} -> None),
#  TL tensor list, TT tensor tuple, dt dtype, o optional (dropped when nullopt), opts designated.
def _sig(callee, *params):
    out = []
    for p in params:
        kw, _, kind = p.partition(":")
        out.append((kw or None, kind or "n"))
    return (callee, out)


FUNCS = {
    "ct::add": _sig("torch.add", ":T", ":n", "alpha:n"),
    "ct::sub": _sig("torch.sub", ":T", ":n", "alpha:n"),
    "ct::div": _sig("torch.div", ":T", ":n", "rounding_mode:n"),
    "ct::var": _sig("torch.var", ":T", "dim:shN", "correction:n", "keepdim:n"),
    "ct::std": _sig("torch.std", ":T", "dim:shN", "correction:n", "keepdim:n"),
    "ct::norm": _sig("torch.norm", ":T", "p:n", "dim:shN", "keepdim:n"),
    "ct::cat": _sig("torch.cat", ":TL", ":n"),
    "ct::stack": _sig("torch.stack", ":TL", ":n"),
    "ct::einsum": _sig("torch.einsum", ":n", ":TL"),
    "ct::index_add": _sig("torch.index_add", ":T", ":n", ":T", ":T", "alpha:n"),
    "ct::addmm": _sig("torch.addmm", ":T", ":T", ":T", "beta:n", "alpha:n"),
    "ct::eye": _sig("torch.eye", ":n", "m:o", "dtype:dt"),
    "ct::grad": _sig("torch.autograd.grad", ":TL", ":TL", "grad_outputs:TLN", "retain_graph:n",
                     "create_graph:n", "allow_unused:n"),
    "ct::backward": _sig("torch.autograd.backward", ":TL", "grad_tensors:TLN", "retain_graph:n",
                         "create_graph:n", "inputs:TL"),
    "ct::vjp": _sig("torch.autograd.functional.vjp", ":fn", ":TT", ":TT", "create_graph:n",
                    "strict:n"),
    "ct::gradcheck": _sig("torch.autograd.gradcheck", ":fn", ":TT"),
    "ct::gradgradcheck": _sig("torch.autograd.gradgradcheck", ":fn", ":TT", ":TT"),
    "nnf::linear": _sig("F.linear", ":T", ":T", ":T"),
    "nnf::layer_norm": _sig("F.layer_norm", ":T", ":sh", ":T", ":T", ":n"),
    "nnf::conv1d": _sig("F.conv1d", ":T", ":T", ":T", ":n", ":n", ":n", ":n"),
    "nnf::conv2d": _sig("F.conv2d", ":T", ":T", ":T", ":sh", ":sh", ":sh", ":n"),
    "nnf::max_pool2d": _sig("F.max_pool2d", ":T", ":sh", ":shN", ":sh", ":sh", ":n"),
    "nnf::avg_pool2d": _sig("F.avg_pool2d", ":T", ":sh", ":shN", ":sh", ":n", ":n"),
    "nnf::unfold": _sig("F.unfold", ":T", ":sh", ":sh", ":sh", ":sh"),
    "nnf::fold": _sig("F.fold", ":T", ":sh", ":sh", ":sh", ":sh", ":sh"),
    "nnf::pad": _sig("F.pad", ":T", ":sh", ":n", ":n"),
    "nnf::gelu": _sig("F.gelu", ":T", "approximate:n"),
    "nnf::cross_entropy": _sig("F.cross_entropy", ":T", ":T", ":opts"),
    "nnf::nll_loss": _sig("F.nll_loss", ":T", ":T", ":opts"),
    "nnf::mse_loss": _sig("F.mse_loss", ":T", ":T", "reduction:n"),
    "nnf::l1_loss": _sig("F.l1_loss", ":T", ":T", "reduction:n"),
    "nnf::smooth_l1_loss": _sig("F.smooth_l1_loss", ":T", ":T", "reduction:n", "beta:n"),
    "nnf::binary_cross_entropy": _sig("F.binary_cross_entropy", ":T", ":T", "weight:T",
                                      "reduction:n"),
    "nnf::binary_cross_entropy_with_logits": _sig("F.binary_cross_entropy_with_logits", ":T",
                                                  ":T", "weight:T", "reduction:n",
                                                  "pos_weight:T"),
}
# C++ free functions that are tensor methods in torch: ct::f(x, args) -> x.f(args)
AS_METHOD = {"ct::repeat": "repeat", "ct::unflatten": "unflatten", "ct::expand": "expand",
             "ct::view": "view", "ct::sum_to": "sum_to_size"}
# methods with keyword arguments
METHODS = {
    "add_": [None, "alpha"], "sub_": [None, "alpha"],
    "var": ["dim:shN", "correction", "keepdim"], "std": ["dim:shN", "correction", "keepdim"],
    "backward": ["gradient:T", "retain_graph", "create_graph", "inputs:TL"],
}
PROPERTIES = {"mT": ".mT", "is_leaf": ".is_leaf", "grad": ".grad", "_version": "._version",
              "shape": ".shape", "sizes": ".shape"}


def is_number_node(n):
    k = n[0]
    if k == "num":
        return True
    if k == "name":
        return n[1] in ("INT64_MAX", "INT64_MIN", "NAN", "INFINITY", "true", "false")
    if k == "un":
        return is_number_node(n[2])
    if k == "bin":
        return is_number_node(n[2]) and is_number_node(n[3])
    if k == "paren":
        return is_number_node(n[1])
    return False


def py_num(text):
    t = re.sub(r"(LL|ll|L|u|U)$", "", text)
    if t.endswith(("f", "F")) and not t.startswith("0x"):
        t = t[:-1]
    if t.endswith("."):
        t += "0"
    return t


class Translator:
    def __init__(self):
        self.lambda_vec = set()  # names of lambda params that are vectors

    def tr(self, n, kind="n"):
        k = n[0]
        if k == "brace":
            return self.brace(n[1], kind)
        if kind == "T" and k == "cast" and n[1] == "ct::Tensor" and not n[3]:
            return "None"
        if kind in ("TT", "TL", "TLN") and k != "brace":
            if kind == "TT" and k == "cast":
                return self.tr(n)
            if kind == "TT":
                return self.tr(n)  # a single tensor stays a tensor
            return self.tr(n)
        if kind == "o" and k == "name" and n[1] == "std::nullopt":
            return None
        return getattr(self, "n_" + k)(n)

    def brace(self, items, kind):
        if any(it[0] == "desig" for it in items):
            raise Untranslatable("designated initializers outside an options argument")
        if kind in ("T", "TLN", "shN") and not items:
            return "None"
        if kind == "nested":
            return "[" + ", ".join(self.tr(i, "nested") for i in items) + "]"
        inner = [self.tr(i, "T" if kind in ("TL", "TLN", "TT") else "n") for i in items]
        if kind in ("TL", "TLN"):
            return "[" + ", ".join(inner) + "]"
        if kind in ("sh", "shN", "TT"):
            return "(" + ", ".join(inner) + ("," if len(inner) == 1 else "") + ")"
        if items and all(is_number_node(i) for i in items):
            return "(" + ", ".join(inner) + ("," if len(inner) == 1 else "") + ")"
        if not items:
            return "()"
        return "[" + ", ".join(inner) + "]"

    def n_num(self, n):
        return py_num(n[1])

    def n_str(self, n):
        return n[1]

    def n_paren(self, n):
        inner = self.tr(n[1])
        if n[1][0] in ("bin", "un") and inner.startswith("("):
            return inner
        return "(" + inner + ")"

    def n_name(self, n):
        nm = n[1]
        if nm in NAMES:
            return NAMES[nm]
        if "::" in nm:
            raise Untranslatable("unknown name " + nm)
        return nm

    def n_un(self, n):
        op = {"!": "not "}.get(n[1], n[1])
        if op == "-" and (n[2][0] == "num" or (n[2][0] == "name" and n[2][1] in ("INFINITY", "INT64_MAX"))):
            return "-" + self.tr(n[2])
        return "(" + op + self.tr(n[2]) + ")"

    def n_bin(self, n):
        op = {"&&": "and", "||": "or"}.get(n[1], n[1])
        return "(%s %s %s)" % (self.tr(n[2]), op, self.tr(n[3]))

    def n_index(self, n):
        obj, idx = n[1], n[2]
        if obj[0] == "name" and obj[1] == "x" and idx[0] == "num":
            return "x" + idx[1]
        return "%s[%s]" % (self.tr(obj), self.tr(idx))

    def n_cast(self, n):
        nm, targs, items = n[1], n[2], n[3]
        if nm == "int64_t" and len(items) == 1:
            return self.tr(items[0])
        if nm == "ct::Shape":
            return self.brace(items, "sh")
        if nm == "std::vector" and targs == "int64_t":
            return "[" + ", ".join(self.tr(i) for i in items) + "]"
        if nm == "std::vector" and targs == "ct::Tensor":
            return self.brace(items, "TT")
        if nm == "std::initializer_list" and not items:
            return "[]"
        raise Untranslatable("unknown cast " + nm)

    def n_lambda(self, n):
        params, body = n[1], n[2]
        names = []
        for nm, is_vec in params:
            names.append(("*" if is_vec else "") + (nm or "_"))
        saved = set(self.lambda_vec)
        for nm, is_vec in params:
            if is_vec and nm:
                self.lambda_vec.add(nm)
        b = self.tr(body, "n")
        self.lambda_vec = saved
        return "(lambda %s: %s)" % (", ".join(names), b)

    def args(self, sig, args):
        out = []
        for i, a in enumerate(args):
            kw, kind = sig[i] if i < len(sig) else (None, "n")
            if kind == "opts":
                if a[0] != "brace":
                    raise Untranslatable("options argument is not a brace list")
                for it in a[1]:
                    if it[0] != "desig":
                        raise Untranslatable("positional options")
                    out.append("%s=%s" % (it[1], self.tr(it[2], "T" if it[1] in ("weight", "pos_weight") else "n")))
                continue
            v = self.tr(a, kind)
            if v is None:
                continue
            out.append("%s=%s" % (kw, v) if kw else v)
        return ", ".join(out)

    def n_call(self, n):
        fn, args = n[1], n[2]
        if fn[0] == "name":
            nm, targs = fn[1], fn[2]
            if nm == "std::optional":
                return self.tr(args[0]) if args else "None"
            if nm == "std::get":
                return "%s[%s]" % (self.tr(args[0]), targs)
            if nm == "ct::NestedList":
                return self.tr(args[0], "nested")
            if nm == "ct::Tensor":
                return self.tr(args[0]) if args else "None"
            if nm == "ct::repr":
                return "ctrepr(%s)" % self.tr(args[0], "T")
            if nm == "ct::tensor":
                s = self.tr(args[0], "nested")
                rest = [", dtype=" + self.tr(a) for a in args[1:]]
                return "torch.tensor(%s%s)" % (s, "".join(rest))
            if nm == "ct::from_vector":
                dt = {"float": "torch.float32", "double": "torch.float64", "int64_t": "torch.int64"}[targs]
                s = "torch.tensor(%s, dtype=%s)" % (self.tr(args[0], "TL"), dt)
                if len(args) > 1:
                    s += ".reshape(%s)" % self.tr(args[1], "sh")
                return s
            if nm in AS_METHOD:
                return "%s.%s(%s)" % (self.tr(args[0], "T"), AS_METHOD[nm],
                                      ", ".join(self.tr(a, "sh") for a in args[1:]))
            if nm in FUNCS:
                callee, sig = FUNCS[nm]
                return "%s(%s)" % (callee, self.args(sig, args))
            if nm.startswith("ct::linalg::"):
                callee = "torch.linalg." + nm[len("ct::linalg::"):]
            elif nm.startswith("nnf::"):
                callee = "F." + nm[5:]
            elif nm.startswith("ct::") and nm.count("::") == 1:
                callee = "torch." + nm[4:]
            else:
                raise Untranslatable("unknown function " + nm)
            out = []
            for a in args:
                if a[0] == "name" and a[1] in DTYPE_NAMES:
                    out.append("dtype=" + self.tr(a))
                else:
                    out.append(self.tr(a, "n"))
            return "%s(%s)" % (callee, ", ".join(out))
        if fn[0] == "member":
            obj, meth, targs = fn[1], fn[2], fn[3]
            o = self.tr(obj)
            if meth in PROPERTIES:
                return o + PROPERTIES[meth]
            if meth == "item":
                return o + ".item()"
            if meth == "to_vector":
                return o + ".reshape(-1).double()"
            if meth == "defined":
                return "(%s is not None)" % o
            if meth == "grad_fn_name":
                return "gfname(%s)" % o
            if meth == "set_grad":
                return "setgrad(%s, %s)" % (o, self.tr(args[0], "T"))
            if meth == "shares_storage":
                return "shares_storage(%s, %s)" % (o, self.tr(args[0], "T"))
            if meth in ("data_ptr", "raw_data_ptr"):
                raise Untranslatable("returns a raw pointer")
            if meth == "slice":
                a = [self.tr(x) for x in args]
                return "torch.ops.aten.slice(%s%s)" % (o, "".join(", " + x for x in a))
            if meth in METHODS:
                sig = [(p.partition(":")[0] or None, p.partition(":")[2] or "n") if p else (None, "n")
                       for p in METHODS[meth]]
                return "%s.%s(%s)" % (o, meth, self.args(sig, args))
            return "%s.%s(%s)" % (o, meth, ", ".join(self.tr(a, "n") for a in args))
        raise Untranslatable("call of a non-name")

    def n_member(self, n):
        raise Untranslatable("member access without a call")

    def n_desig(self, n):
        raise Untranslatable("designated initializer")


def translate(cpp):
    """The torch expression for a C++ call; raises Untranslatable."""
    node = parse(cpp)
    out = Translator().tr(node)
    if node[0] == "bin" and out.startswith("(") and out.endswith(")"):
        out = out[1:-1]
    return out




# ============================================================================ running torch
def torch_env():
    import torch
    import torch.nn.functional as F

    def gfname(t):
        return "" if t.grad_fn is None else type(t.grad_fn).__name__

    def setgrad(t, g):
        t.grad = g

    def shares_storage(a, b):
        return a.storage().data_ptr() == b.storage().data_ptr()

    def ctrepr(t):  # cotangent prints dtypes as ct.float64
        return repr(t).replace("torch.", "ct.")

    def seq(*steps):  # a C++ block: the steps run in order, the block returns nothing
        return None

    def no_grad(fn):
        with torch.no_grad():
            return fn()

    return {"torch": torch, "F": F, "nan": float("nan"), "inf": float("inf"), "gfname": gfname,
            "setgrad": setgrad, "shares_storage": shares_storage, "ctrepr": ctrepr, "seq": seq,
            "no_grad": no_grad}


def exc_kind(e):
    for cls, k in ((NotImplementedError, "N"), (IndexError, "I"), (ValueError, "V"),
                   (TypeError, "T"), (AssertionError, "S"), (RuntimeError, "R")):
        if isinstance(e, cls):
            return k
    return "X"


def eval_torch(expr, fixtures, fx_torch, env, seed):
    import torch
    torch.manual_seed(seed)
    ns = dict(env)
    for i, k in enumerate(fixtures):
        ns["x%d" % i] = eval(fx_torch[k], ns)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return eval(expr, ns)


class Unencodable(Exception):
    pass


def fmt_num(v, dtype):
    if isinstance(v, bool) or dtype == "bool":
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    if dtype == "float32":  # the shortest text that reads back as the same float32
        import numpy
        for digits in range(6, 10):
            s = "%.*g" % (digits, v)
            if numpy.float32(float(s)) == numpy.float32(v):
                return s
    return repr(float(v))


def encode(v, values=True):
    """The expected-value text of a torch result (parsed by the test's read_value)."""
    import torch
    if v is None:
        return "None"
    if isinstance(v, torch.Tensor):
        dt = str(v.dtype).replace("torch.", "")
        if dt not in ("float32", "float64", "int64", "int32", "bool"):
            raise Unencodable("dtype " + dt)
        t = v.detach()
        head = "tensor %s [%s]" % (dt, ",".join(str(s) for s in t.shape))
        if not values:
            return head + " ?"
        if t.numel() > MAX_LISTED:
            d = t.double()
            return head + " sum %s sumsq %s" % (fmt_num(d.sum().item(), "float64"),
                                                fmt_num((d * d).sum().item(), "float64"))
        flat = t.reshape(-1).tolist()
        return head + "".join(" " + fmt_num(x, dt) for x in flat)
    if isinstance(v, bool):
        return "bool " + ("true" if v else "false")
    if isinstance(v, (int, float)):
        return "num " + fmt_num(v, "float64")
    if isinstance(v, torch.dtype):
        return "dtype " + str(v).replace("torch.", "")
    if isinstance(v, torch.Size):
        return "size [%s]" % ",".join(str(s) for s in v)
    if isinstance(v, str):
        return "str " + v
    if isinstance(v, (tuple, list)):
        items = [encode(x, values) for x in v]
        if any(i.startswith("str ") for i in items):
            raise Unencodable("a string inside a tuple")
        return "( " + " , ".join(items) + " )"
    raise Unencodable(type(v).__name__)


def first_line(msg):
    return msg.strip().split("\n")[0].rstrip()


def plain(msg):
    """The part of torch's message the test looks for, or None when it is not plain text."""
    line = first_line(msg).rstrip(".,:;")
    if not line or re.search(r"0x[0-9a-fA-F]{6,}", line) or "report a bug" in line or \
            "Could this error message be improved" in line:
        return None
    return line


def torch_outcome(expr, fixtures, fx_torch, env):
    """('O', expected value text) or (error letter, message)."""
    try:
        v = eval_torch(expr, fixtures, fx_torch, env, 0)
    except Exception as e:  # noqa: BLE001 -- any exception is an outcome
        return exc_kind(e), str(e)
    spec = encode(v)
    if spec != "None" and ("empty" in expr or spec != encode(eval_torch(expr, fixtures, fx_torch,
                                                                        env, 1))):
        spec = encode(v, values=False)  # random or uninitialised values
    return "O", spec


# ============================================================================ the data file
def load_data():
    ns = {}
    exec(compile(DATA.read_text(), str(DATA), "exec"), ns)
    return ns["FIXTURES"], ns["CASES"]


DATA_HEADER = '''\
"""Bad and edge-case calls of the Tensor and autograd API: what is not an op
of the table (size, stride, item, to, copy_, fill_, zero_, allclose, equal,
result_type, broadcast_shapes, slicing, the autograd and functional calls,
gradcheck, factories from data).

The ops' own bad calls live on their rows (OpInfo::calls in src/ops/*.cpp,
run against torch by tests/python/test_op_table.py on each row's samples,
special inputs and edge inputs).

Read by scripts/gen_robustness.py, which runs each torch expression with
PyTorch 1.13 and writes tests/test_robustness.cpp (see its docstring):
    /usr/bin/python3 scripts/gen_robustness.py

FIXTURES: key -> (C++ expression, torch expression); the test builds fresh ones
for every case.

CASES: (group, name, kind, fixtures, in-place, C++ call, torch expression,
note, comment)
  group      the gtest suite (RobustnessUnary, ...)
  kind       'O' torch returns a value (compared); 'R','I','V','T','N' torch
             raises that class (message compared); lowercase: same class,
             different message (note: cotangent's); 'A' any ct::Error;
             'D?'/'B?' a known deviation/bug, '?' = what cotangent does now
             ('O' returns, or the class); 'U' unchecked
  fixtures   space-separated fixture keys, bound to x[0].. in C++, x0.. in torch
  in-place   1 when a successful call may modify x[0]
  C++ call   an expression (its value is compared), or a { block }
  torch      a Python expression (torch, F = torch.nn.functional, nan, inf and
             the helpers of gen_robustness.torch_env), or None: no analog
  note       why, for kinds other than 'O' and the error classes
  comment    the torch message of an older table (for the record)
"""
'''


def write_data(fixtures, cases):
    out = [DATA_HEADER, "FIXTURES = {"]
    for k, (cpp, tch) in fixtures.items():
        out.append("    %r: (%r, %r)," % (k, cpp, tch))
    out.append("}")
    out.append("")
    out.append("CASES = [")
    for c in cases:
        out.append("    (%s)," % ", ".join(repr(f) for f in c))
    out.append("]")
    DATA.write_text("\n".join(out) + "\n")


CPP_HEADER = r'''// GENERATED by scripts/gen_robustness.py from tests/robustness_cases.py: edit
// those and run `/usr/bin/python3 scripts/gen_robustness.py`, not this file.
//
// Robustness: every public op called with bad arguments (wrong shapes and
// dtypes, out-of-range dims and indices, 0-dim, zero-size, non-contiguous and
// expanded inputs, undefined tensors, absurd sizes). Each call must either
// succeed or throw a ct::Error subclass -- never crash, hang or throw anything
// else -- and must leave its arguments as they were (values, geometry, dtype,
// autograd flags and version counter); an in-place op may only change `self`
// when it succeeds.
//
// The expected outcome of each case is what PyTorch 1.13 (Debian's
// python3-torch) does with the same call, run by the generator:
//   '='  PyTorch returns this value: cotangent must succeed and return it
//        (dtype, shape and values within float tolerance; over 64 elements:
//        sum and sum of squares; `?`: random values, shape and dtype only;
//        None: nothing, or an undefined tensor);
//   'R', 'I', 'V', 'T', 'N'  PyTorch raises RuntimeError, IndexError,
//        ValueError, TypeError or NotImplementedError: the call must throw the
//        ct:: class of that name, with PyTorch's message in its text when the
//        case gives it (the comment gives it otherwise, with cotangent's);
//   'A'  must throw some ct::Error (undefined arguments, which Python spells
//        None, and calls without a PyTorch analog);
//   'D'  cotangent deviates from PyTorch, knowingly (docs/semantics.md);
//   'B'  cotangent deviates from PyTorch by a bug, not fixed yet;
//        for both, the second letter is what cotangent does now ('O' returns
//        a value, or the class), the text says why and the comment what
//        PyTorch does; crashes, foreign exceptions and changed arguments
//        still fail;
//   'O'  unchecked: success or a ct::Error are both fine (the text says why).
//
// Set CT_ROBUSTNESS_VERBOSE=1 to print every case's outcome and message.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <typeinfo>
#include <vector>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;
namespace nnf = ct::nn::functional;

// ---------------------------------------------------------------- fixtures
// Fresh tensors per case, so that a case that (wrongly) modifies an argument
// cannot affect another one.
Tensor make_fixture(const std::string& key) {
  // clang-format off
  static const std::map<std::string, Tensor (*)()> fixtures = {
@FIXTURES@
  };
  // clang-format on
  auto it = fixtures.find(key);
  if (it == fixtures.end()) throw std::logic_error("unknown fixture " + key);
  return it->second();
}

'''

CPP_RESULTS = r'''
// ---------------------------------------------------------------- results
// What a call returned, reduced to what is compared with PyTorch's result.
struct Got {
  char tag = 'N';              // N nothing (void, an undefined tensor: Python's None), n number,
                               // s string, d dtype, z size, t tensor, l tuple or list
  std::string text;            // s: the string; d, t: the dtype's name
  std::vector<int64_t> shape;  // z, t
  std::vector<double> values;  // n: the number; t: the elements, row-major
  std::vector<int64_t> ints;   // t of dtype int64: the exact elements
  char check = '=';            // an expected t: '=' the elements, '~' their sum and sum of
                               // squares (in values), '?' shape and dtype only
  std::vector<Got> items;      // l
};

void put(Got& r, const Tensor& t) {
  r = Got{};
  if (!t.defined()) return;
  r.tag = 't';
  r.text = ct::dtype_name(t.dtype());
  r.shape.assign(t.shape().data(), t.shape().data() + t.shape().size());
  const Tensor d = t.detach();
  if (t.dtype() == ct::int64) {
    r.ints = d.to_vector<int64_t>();
    r.values.assign(r.ints.begin(), r.ints.end());
  } else {
    r.values = d.to_vector<double>();
  }
}
void put_number(Got& r, double v) {
  r = Got{};
  r.tag = 'n';
  r.values = {v};
}
void put(Got& r, bool v) { put_number(r, v); }
void put(Got& r, int v) { put_number(r, v); }
void put(Got& r, long v) { put_number(r, static_cast<double>(v)); }
void put(Got& r, long long v) { put_number(r, static_cast<double>(v)); }
void put(Got& r, unsigned v) { put_number(r, v); }
void put(Got& r, unsigned long v) { put_number(r, static_cast<double>(v)); }
void put(Got& r, float v) { put_number(r, v); }
void put(Got& r, double v) { put_number(r, v); }
void put(Got& r, const std::string& s) {
  r = Got{};
  r.tag = 's';
  r.text = s;
}
void put(Got& r, ct::DType t) {
  r = Got{};
  r.tag = 'd';
  r.text = ct::dtype_name(t);
}
void put(Got& r, const ct::Shape& s) {
  r = Got{};
  r.tag = 'z';
  r.shape.assign(s.data(), s.data() + s.size());
}
void put(Got& r, const std::vector<double>& v) {  // to_vector<double>(): a 1-d float64 tensor
  r = Got{};
  r.tag = 't';
  r.text = "float64";
  r.shape = {static_cast<int64_t>(v.size())};
  r.values = v;
}
template <class T>
void put_item(Got& r, const T& v) {
  Got g;
  put(g, v);
  r.items.push_back(std::move(g));
}
void put(Got& r, const std::vector<Tensor>& ts) {
  r = Got{};
  r.tag = 'l';
  for (const Tensor& t : ts) put_item(r, t);
}
template <class... T>
void put(Got& r, const std::tuple<T...>& t) {
  r = Got{};
  r.tag = 'l';
  std::apply([&](const auto&... e) { (put_item(r, e), ...); }, t);
}
template <class V>
requires requires(const V& v) {
  v.output;
  v.vjp;
}
void put(Got& r, const V& v) {  // ct::vjp's (output, vjp), as torch's tuple
  r = Got{};
  r.tag = 'l';
  put_item(r, v.output);
  put_item(r, v.vjp);
}

// The expected value, as the generator writes it: "None", "bool true",
// "num 0.5", "str ...", "dtype float32", "size [2,3]",
// "tensor float32 [2,3] 0.1 0.2 ..." (or "... sum S sumsq Q", or "... ?"),
// "( item , item )".
struct Reader {
  const char* p;
  std::string word() {
    while (*p == ' ') ++p;
    const char* b = p;
    while (*p && *p != ' ') ++p;
    return std::string(b, p);
  }
  std::string peek() {
    const char* save = p;
    std::string w = word();
    p = save;
    return w;
  }
};

std::vector<int64_t> read_ints(const std::string& w) {  // "[2,3]"
  std::vector<int64_t> out;
  const char* p = w.c_str() + 1;
  while (*p && *p != ']') {
    char* end;
    out.push_back(std::strtoll(p, &end, 10));
    p = *end == ',' ? end + 1 : end;
  }
  return out;
}

Got read_value(Reader& in) {
  Got g;
  const std::string w = in.word();
  if (w == "None") return g;
  if (w == "bool" || w == "num") {
    g.tag = 'n';
    const std::string v = in.word();
    g.values = {v == "true" ? 1.0 : v == "false" ? 0.0 : std::strtod(v.c_str(), nullptr)};
  } else if (w == "str") {
    g.tag = 's';
    g.text = in.p + (*in.p == ' ');
    in.p += std::strlen(in.p);
  } else if (w == "dtype") {
    g.tag = 'd';
    g.text = in.word();
  } else if (w == "size") {
    g.tag = 'z';
    g.shape = read_ints(in.word());
  } else if (w == "tensor") {
    g.tag = 't';
    g.text = in.word();
    g.shape = read_ints(in.word());
    const std::string next = in.peek();
    if (next == "?") {
      g.check = '?';
      in.word();
    } else if (next == "sum") {
      g.check = '~';
      in.word();
      g.values.push_back(std::strtod(in.word().c_str(), nullptr));
      in.word();  // sumsq
      g.values.push_back(std::strtod(in.word().c_str(), nullptr));
    } else {
      for (std::string v = in.peek(); !v.empty() && v != "," && v != ")"; v = in.peek()) {
        in.word();
        g.values.push_back(std::strtod(v.c_str(), nullptr));
        if (g.text == "int64") g.ints.push_back(std::strtoll(v.c_str(), nullptr, 10));
      }
    }
  } else if (w == "(") {
    g.tag = 'l';
    while (in.peek() != ")") {
      g.items.push_back(read_value(in));
      if (in.peek() == ",") in.word();
    }
    in.word();
  } else {
    throw std::logic_error("bad expected value near '" + w + "'");
  }
  return g;
}

std::string fmt(double v) {
  std::ostringstream os;
  os.precision(9);
  os << v;
  return os.str();
}

std::string ints_text(const std::vector<int64_t>& v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
  return s + "]";
}

// The value in the generator's notation (long tensors cut short).
std::string describe(const Got& g) {
  switch (g.tag) {
    case 'N':
      return "None";
    case 'n':
      return "num " + fmt(g.values.at(0));
    case 's':
      return "str " + g.text;
    case 'd':
      return "dtype " + g.text;
    case 'z':
      return "size " + ints_text(g.shape);
    case 't': {
      std::string s = "tensor " + g.text + " " + ints_text(g.shape);
      if (g.check == '?') return s + " ?";
      if (g.check == '~') return s + " sum " + fmt(g.values[0]) + " sumsq " + fmt(g.values[1]);
      for (size_t i = 0; i < g.values.size() && i < 12; ++i)
        s += " " + (g.ints.empty() ? fmt(g.values[i]) : std::to_string(g.ints[i]));
      return g.values.size() > 12 ? s + " ..." : s;
    }
    case 'l': {
      std::string s = "(";
      for (size_t i = 0; i < g.items.size(); ++i) s += (i ? " , " : " ") + describe(g.items[i]);
      return s + " )";
    }
  }
  return "?";
}

bool close(double want, double got, double rtol, double atol) {
  if (std::isnan(want) || std::isnan(got)) return std::isnan(want) && std::isnan(got);
  return want == got || std::fabs(want - got) <= atol + rtol * std::fabs(want);
}

// "" when `got` is `want`, else what differs.
std::string compare(const Got& want, const Got& got) {
  const std::string both = "PyTorch gives " + describe(want) + ", cotangent " + describe(got);
  if (want.tag != got.tag) return both;
  switch (want.tag) {
    case 'n':
      return close(want.values[0], got.values[0], 1e-6, 1e-9) ? "" : both;
    case 's':
    case 'd':
      return want.text == got.text ? "" : both;
    case 'z':
      return want.shape == got.shape ? "" : both;
    case 'l': {
      if (want.items.size() != got.items.size()) return both;
      for (size_t i = 0; i < want.items.size(); ++i) {
        std::string d = compare(want.items[i], got.items[i]);
        if (!d.empty()) return "item " + std::to_string(i) + ": " + d;
      }
      return "";
    }
    case 't': {
      if (want.text != got.text || want.shape != got.shape) return both;
      const bool f32 = want.text == "float32", f64 = want.text == "float64";
      const double rtol = f32 ? 1e-5 : f64 ? 1e-9 : 0, atol = f32 ? 1e-6 : f64 ? 1e-12 : 0;
      if (want.check == '?') return "";
      if (want.check == '~') {
        double s = 0, q = 0;
        for (double v : got.values) s += v, q += v * v;
        if (close(want.values[0], s, rtol + 1e-12, atol) &&
            close(want.values[1], q, rtol + 1e-12, atol))
          return "";
        return "PyTorch's sum, sum of squares are " + fmt(want.values[0]) + ", " +
               fmt(want.values[1]) + "; cotangent's " + fmt(s) + ", " + fmt(q);
      }
      for (size_t i = 0; i < want.values.size(); ++i) {
        const bool same = !want.ints.empty() ? want.ints[i] == got.ints.at(i)
                                             : close(want.values[i], got.values[i], rtol, atol);
        if (!same)
          return "element " + std::to_string(i) + ": PyTorch " + fmt(want.values[i]) +
                 ", cotangent " + fmt(got.values[i]) + " (" + both + ")";
      }
      return "";
    }
  }
  return "";
}
'''

CPP_CASE = r'''
// ---------------------------------------------------------------- the cases
struct Case {
  const char* group;
  const char* name;
  char expect;  // see the comment at the top
  char now;     // 'D', 'B': what cotangent does now ('O' returns, or the error class)
  const char* fixtures[6];
  bool inplace;  // may modify fixture 0 when it succeeds
  void (*call)(TL&, Got&);
  const char* text;  // '=': the value; an error class: PyTorch's message, or nullptr; else: why
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.group << "." << c.name; }

'''

CPP_RUN = r'''
// Calls that crash the process (or hang) instead of throwing: skipped so that
// the rest of the suite runs. Each is a bug to fix in the library.
const std::map<std::string, std::string>& known_crashes() {
  // Fixed: flip of a 0-dim tensor used to crash. Add a crashing case here to skip it.
  static const std::map<std::string, std::string> m = {};
  return m;
}

bool verbose() {
  static const bool v = std::getenv("CT_ROBUSTNESS_VERBOSE") != nullptr;
  return v;
}

void run_case(const Case& c) {
  const std::string id = std::string(c.group) + "." + c.name;
  auto crash = known_crashes().find(id);
  if (crash != known_crashes().end()) GTEST_SKIP() << "crashes: " << crash->second;

  TL x;
  for (const char* k : c.fixtures)
    if (k) x.push_back(make_fixture(k));
  std::vector<Snapshot> before;
  for (const Tensor& t : x) before.push_back(snapshot(t));

  Got got;
  const Outcome o = invoke([&] { c.call(x, got); });
  if (verbose())
    std::cout << "CASE " << id << " expect=" << c.expect << " got=" << o.kind << " | "
              << (o.kind == 'O' ? describe(got) : o.what) << std::endl;

  const bool threw = o.kind != 'O';
  if (o.kind == 'X') {
    ADD_FAILURE() << id << ": threw " << o.type << " instead of a ct::Error: " << o.what;
  } else if (c.expect == '=') {
    if (threw) {
      ADD_FAILURE() << id << ": PyTorch returns " << c.text << " but cotangent threw " << o.type
                    << ": " << o.what;
    } else {
      Reader in{c.text};
      const std::string diff = compare(read_value(in), got);
      if (!diff.empty()) ADD_FAILURE() << id << ": " << diff;
    }
  } else if (c.expect == 'D' || c.expect == 'B') {
    if (o.kind != c.now)
      ADD_FAILURE() << id << ": was a known " << (c.expect == 'D' ? "deviation" : "bug") << " ("
                    << c.text << ") where cotangent " << (c.now == 'O' ? "succeeded" : "threw ")
                    << (c.now == 'O' ? "" : ct_type_name(c.now)) << "; now "
                    << (threw ? o.type + ": " + o.what : "it succeeds with " + describe(got))
                    << ". If it now does what PyTorch does, update its row in "
                       "tests/robustness_cases.py";
  } else if (c.expect != 'O') {
    if (!threw) {
      ADD_FAILURE() << id << ": PyTorch raises here (" << ct_type_name(c.expect)
                    << " expected) but the call succeeded with " << describe(got);
    } else if (c.expect != 'A' && o.kind != c.expect) {
      ADD_FAILURE() << id << ": threw " << o.type << " but PyTorch raises "
                    << ct_type_name(c.expect) << " (message: " << o.what << ")";
    } else if (c.expect != 'A' && c.text && o.what.find(c.text) == std::string::npos) {
      ADD_FAILURE() << id << ": the message does not contain PyTorch's\n  PyTorch:   " << c.text
                    << "\n  cotangent: " << o.what;
    }
  }
  if (threw) EXPECT_FALSE(o.what.empty()) << id << ": the error has no message";

  for (size_t i = 0; i < x.size(); ++i) {
    if (i == 0 && c.inplace && !threw) continue;  // a successful in-place op writes self
    expect_unchanged(id + ", argument " + std::to_string(i) + " (" + c.fixtures[i] + ")", before[i],
                     x[i]);
  }
}

std::vector<Case> cases_of(const char* group) {
  std::vector<Case> out;
  for (const Case& c : kCases)
    if (std::strcmp(c.group, group) == 0) out.push_back(c);
  return out;
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }

#define CT_ROBUSTNESS_SUITE(Group)                                                               \
  class Robustness##Group : public ::testing::TestWithParam<Case> {};                            \
  TEST_P(Robustness##Group, Call) { run_case(GetParam()); }                                      \
  INSTANTIATE_TEST_SUITE_P(Robustness, Robustness##Group, ::testing::ValuesIn(cases_of(#Group)), \
                           case_name)

@SUITES@

// Every group in the table has a suite above.
TEST(RobustnessTable, EveryCaseBelongsToASuite) {
  // clang-format off
  const std::vector<std::string> groups = {@GROUPS@};
  // clang-format on
  std::map<std::string, int> seen;
  for (const Case& c : kCases) {
    EXPECT_NE(std::find(groups.begin(), groups.end(), c.group), groups.end()) << c.group;
    EXPECT_EQ(++seen[std::string(c.group) + "." + c.name], 1) << "duplicate case " << c.name;
  }
  for (const auto& [id, why] : known_crashes())
    EXPECT_EQ(seen.count(id), 1u) << "stale crash entry " << id;
}

// Every expected value can be read.
TEST(RobustnessTable, ExpectedValuesParse) {
  for (const Case& c : kCases) {
    if (c.expect != '=') continue;
    Reader in{c.text};
    EXPECT_NO_THROW(read_value(in)) << c.name;
    EXPECT_EQ(in.peek(), "") << c.name << ": trailing text in the expected value";
  }
}

'''

CPP_OUTCOME = r"""// ---------------------------------------------------------------- outcome of a call
struct Outcome {
  char kind = 'O';  // 'O' returned; 'R','I','V','T','N','S' a ct:: subclass; 'E' plain ct::Error;
                    // 'X' anything else
  std::string type;
  std::string what;
};

const char* ct_type_name(char k) {
  switch (k) {
    case 'R':
      return "ct::RuntimeError";
    case 'I':
      return "ct::IndexError";
    case 'V':
      return "ct::ValueError";
    case 'T':
      return "ct::TypeError";
    case 'N':
      return "ct::NotImplementedError";
    case 'S':
      return "ct::AssertionError";
    case 'E':
      return "ct::Error";
    case 'A':
      return "a ct::Error";
    case 'O':
      return "no exception";
  }
  return "?";
}

template <class F>
Outcome invoke(F&& f) {
  Outcome o;
  try {
    f();
    return o;
  } catch (const ct::RuntimeError& e) {
    o.kind = 'R', o.what = e.what();
  } catch (const ct::IndexError& e) {
    o.kind = 'I', o.what = e.what();
  } catch (const ct::ValueError& e) {
    o.kind = 'V', o.what = e.what();
  } catch (const ct::TypeError& e) {
    o.kind = 'T', o.what = e.what();
  } catch (const ct::NotImplementedError& e) {
    o.kind = 'N', o.what = e.what();
  } catch (const ct::AssertionError& e) {
    o.kind = 'S', o.what = e.what();
  } catch (const ct::Error& e) {
    o.kind = 'E', o.what = e.what();
  } catch (const std::exception& e) {
    o.kind = 'X', o.type = typeid(e).name(), o.what = e.what();
  } catch (...) {
    o.kind = 'X', o.type = "a non-std::exception";
  }
  o.type = o.kind == 'X' ? o.type : ct_type_name(o.kind);
  return o;
}

// ---------------------------------------------------------------- argument snapshots
struct Snapshot {
  bool defined = false;
  ct::Shape shape, strides;
  int64_t offset = 0;
  ct::DType dtype = ct::float32;
  bool requires_grad = false, is_leaf = true;
  std::string grad_fn;
  uint32_t version = 0;
  std::vector<double> values;
};

Snapshot snapshot(const Tensor& t) {
  Snapshot s;
  s.defined = t.defined();
  if (!s.defined) return s;
  s.shape = t.shape();
  s.strides = t.strides();
  s.offset = t.storage_offset();
  s.dtype = t.dtype();
  s.requires_grad = t.requires_grad();
  s.is_leaf = t.is_leaf();
  s.grad_fn = t.grad_fn_name();
  s.version = t._version();
  s.values = t.detach().to_vector<double>();
  return s;
}

bool same_values(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
  return true;
}

// Records a failure for each way `t` differs from `before`.
void expect_unchanged(const std::string& what, const Snapshot& before, const Tensor& t) {
  if (before.defined != t.defined()) {
    ADD_FAILURE() << what << ": the argument's definedness changed";
    return;
  }
  if (!before.defined) return;
  Snapshot now;
  Outcome o = invoke([&] { now = snapshot(t); });
  if (o.kind != 'O') {
    ADD_FAILURE() << what << ": the argument cannot be read back after the call: " << o.type << ": "
                  << o.what;
    return;
  }
  EXPECT_EQ(ct::to_string(before.shape), ct::to_string(now.shape)) << what << ": shape changed";
  EXPECT_EQ(ct::to_string(before.strides), ct::to_string(now.strides))
      << what << ": strides changed";
  EXPECT_EQ(before.offset, now.offset) << what << ": storage offset changed";
  EXPECT_EQ(ct::dtype_name(before.dtype), std::string(ct::dtype_name(now.dtype)))
      << what << ": dtype changed";
  EXPECT_EQ(before.requires_grad, now.requires_grad) << what << ": requires_grad changed";
  EXPECT_EQ(before.is_leaf, now.is_leaf) << what << ": is_leaf changed";
  EXPECT_EQ(before.grad_fn, now.grad_fn) << what << ": grad_fn changed";
  EXPECT_EQ(before.version, now.version) << what << ": _version() changed";
  EXPECT_TRUE(same_values(before.values, now.values)) << what << ": values changed";
}
"""
CPP_INVARIANTS = r"""// ---------------------------------------------------------------- hand-written invariants

// A failing in-place op leaves self (values, version, autograd state) and its
// views as they were.
TEST(RobustnessInvariants, FailedInplaceLeavesSelfUnmodified) {
  Tensor a = ct::tensor({1.0, 2.0, 3.0});
  Tensor view = a.narrow(0, 1, 2);
  const uint32_t v0 = a._version();
  EXPECT_THROW(a.add_(ct::ones({2, 3})), ct::RuntimeError);  // result would not fit in self
  EXPECT_THROW(a.mul_(ct::ones({4})), ct::RuntimeError);     // not broadcastable
  EXPECT_THROW(a.sub_(ct::ones({2})), ct::RuntimeError);
  EXPECT_EQ(a._version(), v0);
  EXPECT_EQ(view._version(), v0);
  EXPECT_EQ(a.to_vector<double>(), (std::vector<double>{1, 2, 3}));

  Tensor i = ct::tensor({4, 9});
  const uint32_t vi = i._version();
  EXPECT_THROW(i.sqrt_(), ct::RuntimeError);  // float result cannot be cast to int64
  EXPECT_THROW(i.add_(0.5), ct::RuntimeError);
  EXPECT_THROW(i.div_(ct::tensor({2, 2})), ct::RuntimeError);
  EXPECT_EQ(i._version(), vi);
  EXPECT_EQ(i.dtype(), ct::int64);
  EXPECT_EQ(i.to_vector<int64_t>(), (std::vector<int64_t>{4, 9}));

  Tensor b = ct::tensor({true, false});
  EXPECT_THROW(b.neg_(), ct::RuntimeError);
  EXPECT_THROW(b.sub_(ct::tensor({true, true})), ct::RuntimeError);
  EXPECT_EQ(b.to_vector<bool>(), (std::vector<bool>{true, false}));
  EXPECT_EQ(b._version(), 0u);

  Tensor leaf = ct::tensor({1.0, 2.0}).requires_grad_();
  EXPECT_THROW(leaf.add_(1), ct::RuntimeError);  // a leaf that requires grad
  EXPECT_THROW(leaf.zero_(), ct::RuntimeError);
  EXPECT_EQ(leaf._version(), 0u);
  EXPECT_TRUE(leaf.is_leaf());
  EXPECT_TRUE(leaf.requires_grad());
  EXPECT_EQ(leaf.to_vector<double>(), (std::vector<double>{1, 2}));
}

// A failing out-of-place op leaves its arguments (and their graph) usable.
TEST(RobustnessInvariants, FailedOpLeavesArgumentsUsable) {
  Tensor a = ct::rand({2, 3}, ct::float64).requires_grad_();
  Tensor b = ct::rand({2, 3}, ct::float64);
  Tensor y = a * 2;
  EXPECT_THROW(ct::matmul(y, b), ct::RuntimeError);
  EXPECT_THROW(ct::cat({y, b.t()}), ct::RuntimeError);
  EXPECT_THROW(y.view({5}), ct::RuntimeError);
  EXPECT_THROW((void)y.sum(3), ct::IndexError);
  EXPECT_EQ(y._version(), 0u);
  EXPECT_EQ(y.grad_fn_name(), "MulBackward0");
  y.sum().backward();
  ASSERT_TRUE(a.grad().defined());
  EXPECT_TRUE(ct::allclose(a.grad(), ct::full({2, 3}, 2.0, ct::float64)));
}

// A backward that fails on a bad gradient leaves the graph usable.
TEST(RobustnessInvariants, FailedBackwardLeavesGraphUsable) {
  Tensor a = ct::tensor({1.0, 2.0, 3.0}).requires_grad_();
  Tensor y = a * a;
  EXPECT_THROW(y.backward(ct::ones({2})), ct::RuntimeError);
  EXPECT_THROW(y.backward(), ct::RuntimeError);  // not a scalar
  EXPECT_FALSE(a.grad().defined());
  y.backward(ct::ones({3}));
  ASSERT_TRUE(a.grad().defined());
  EXPECT_EQ(a.grad().to_vector<float>(), (std::vector<float>{2, 4, 6}));
}

// Grad mode is restored when an op throws inside ct::vjp or under a guard.
TEST(RobustnessInvariants, GradModeRestoredAfterError) {
  ASSERT_TRUE(ct::is_grad_enabled());
  {
    ct::NoGradGuard guard;
    Tensor x = ct::ones({2}, ct::float64);
    EXPECT_THROW(
        ct::vjp([](const Tensor& t) { return ct::matmul(t, ct::ones({3}, ct::float64)); }, x),
        ct::RuntimeError);
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(ct::is_grad_enabled());
  try {
    ct::GradModeGuard off(false);
    (void)ct::ones({2}).view({3});
  } catch (const ct::Error&) {
  }
  EXPECT_TRUE(ct::is_grad_enabled());
}

TEST(RobustnessInvariants, BadThreadCountKeepsSetting) {
  const int n = ct::get_num_threads();
  EXPECT_THROW(ct::set_num_threads(0), ct::Error);
  EXPECT_THROW(ct::set_num_threads(-1), ct::Error);
  EXPECT_EQ(ct::get_num_threads(), n);
}

// Absurd sizes throw ct::RuntimeError (PyTorch: RuntimeError) instead of
// crashing, wrapping around or exhausting memory.
TEST(RobustnessInvariants, AbsurdSizesThrow) {
  EXPECT_THROW(ct::zeros({1LL << 40, 1LL << 40}), ct::RuntimeError);
  EXPECT_THROW(ct::zeros({1LL << 20, 1LL << 20}), ct::RuntimeError);  // 4 TiB
  EXPECT_THROW(ct::ones({INT64_MAX}), ct::RuntimeError);
  EXPECT_THROW(ct::empty({INT64_MAX, INT64_MAX}, ct::kBool), ct::RuntimeError);
  EXPECT_THROW(ct::full({1LL << 62, 2}, 1.5), ct::RuntimeError);
  EXPECT_THROW(ct::rand({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6}),
               ct::RuntimeError);
  EXPECT_THROW(ct::zeros({-1}), ct::RuntimeError);
  EXPECT_THROW(ct::zeros({2, -3}), ct::RuntimeError);
  EXPECT_THROW(ct::eye(-2), ct::RuntimeError);
  EXPECT_THROW(ct::eye(1LL << 40), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2, 3}).repeat({1LL << 40, 1LL << 40}), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2, 3}).expand({1LL << 40, 2, 3}).contiguous(), ct::RuntimeError);
  EXPECT_THROW(nnf::pad(ct::ones({2, 3}), {1LL << 40, 1LL << 40}), ct::RuntimeError);
  // A zero-element tensor with a huge size: PyTorch accepts it; an error is fine too.
  try {
    EXPECT_EQ(ct::zeros({INT64_MAX, 0}).numel(), 0);
  } catch (const ct::Error&) {
  }
}

// Views with extreme (clamped) bounds are valid views: non-negative sizes, in
// bounds (PyTorch overflows on some of these and raises; an error is fine too).
TEST(RobustnessInvariants, ExtremeBoundsGiveValidViews) {
  auto check = [](const char* what, auto&& f) {
    try {
      Tensor v = f();
      for (int64_t s : v.shape())
        EXPECT_GE(s, 0) << what << ": negative size in " << ct::to_string(v.shape());
      EXPECT_LE(v.numel(), 6) << what << ": more elements than the base";
      Outcome o = invoke([&] { (void)v.to_vector<double>(); });
      EXPECT_TRUE(o.kind == 'O') << what << ": reading the view threw " << o.type << ": " << o.what;
    } catch (const ct::Error&) {
    }
  };
  const Tensor x = ct::tensor({{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
  check("slice(1, INT64_MIN, INT64_MAX, INT64_MAX)",
        [&] { return x.slice(1, INT64_MIN, INT64_MAX, INT64_MAX); });
  check("slice(1, INT64_MAX, INT64_MIN)", [&] { return x.slice(1, INT64_MAX, INT64_MIN); });
  check("slice(0, -1, INT64_MAX, 2)", [&] { return x.slice(0, -1, INT64_MAX, 2); });
  check("narrow(1, 1, INT64_MAX)", [&] { return x.narrow(1, 1, INT64_MAX); });
  check("diagonal(INT64_MIN)", [&] { return x.diagonal(INT64_MIN); });
  check("diagonal(INT64_MAX)", [&] { return x.diagonal(INT64_MAX); });
  check("diag(INT64_MIN)", [&] { return ct::diag(x, INT64_MIN); });
  check("chunk(INT64_MAX)[0]", [&] { return ct::chunk(x, INT64_MAX).at(0); });
  check("split(INT64_MAX, 1)[0]", [&] { return ct::split(x, INT64_MAX, 1).at(0); });
  check("reshape(wrapping shape)", [&] {
    return x.reshape({4294967297LL, 4294967295LL, 4294967297LL, 4294967295LL, 6});
  });
}

// Errors for bad arguments name the op or the shapes involved.
TEST(RobustnessInvariants, MessagesNameOpOrShapes) {
  auto message = [](auto&& f) {
    try {
      f();
    } catch (const ct::Error& e) {
      return std::string(e.what());
    }
    return std::string("<no exception>");
  };
  auto names_any = [](const std::string& msg, std::initializer_list<const char*> needles) {
    for (const char* n : needles)
      if (msg.find(n) != std::string::npos) return true;
    return false;
  };
  std::string m = message([] { (void)ct::matmul(ct::ones({2, 3}), ct::ones({2, 3})); });
  EXPECT_TRUE(names_any(m, {"2x3", "[2, 3]", "(2, 3)", "matmul", "mm"})) << m;
  m = message([] { (void)ct::ones({2, 3}).view({4}); });
  EXPECT_TRUE(names_any(m, {"[4]", "view", "size 6"})) << m;
  m = message([] { (void)(ct::ones({2, 3}) + ct::ones({4, 5})); });
  EXPECT_TRUE(names_any(m, {"size of tensor", "(3)", "(5)", "[2, 3]", "broadcast"})) << m;
  m = message([] { (void)ct::ones({2, 3}).sum(2); });
  EXPECT_TRUE(names_any(m, {"Dimension out of range", "dim"})) << m;
  m = message([] { (void)ct::zeros({-1}); });
  EXPECT_TRUE(names_any(m, {"negative dimension", "-1"})) << m;
  m = message([] { (void)nnf::conv2d(ct::ones({1, 2, 5, 5}), ct::ones({3, 3, 3, 3})); });
  EXPECT_TRUE(names_any(m, {"conv", "channels", "[3, 3, 3, 3]", "[1, 2, 5, 5]"})) << m;
}

"""

GROUPS = ["Factories", "TensorMethods", "Unary", "Dims", "Binary", "Scalar", "Views",
          "Reductions", "Indexing", "Linalg", "NN", "Conv", "Pool", "Losses", "Inplace",
          "Autograd"]


def cpp_str(s):
    """A C++ string literal (octal escapes, which cannot run into the next character)."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def one_line(s, n=160):
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 3] + "..."


VOID_METHODS = {"backward", "set_grad", "data_ptr", "raw_data_ptr"}
VOID_FUNCS = {"ct::backward", "ct::set_num_threads"}


def call_body(cpp):
    """The C++ lambda body that runs a row's call and records its result in r."""
    if cpp.startswith("{"):
        return cpp
    node = parse(cpp)
    if node[0] == "call":
        fn = node[1]
        if (fn[0] == "member" and fn[2] in VOID_METHODS) or (fn[0] == "name" and
                                                             fn[1] in VOID_FUNCS):
            return "(void)(%s);" % cpp
    return "put(r, %s);" % cpp


def case_line(row, expect, now, text, comment):
    group, name, kind, fx, inplace, cpp = row[:6]
    fxs = ", ".join('"%s"' % f for f in fx.split())
    now_c = "'%s'" % now if now else "0"
    text_c = cpp_str(text) if text is not None else "nullptr"
    s = '    {"%s", "%s", \'%s\', %s, {%s}, %s, [](TL& x, Got& r) { %s }, %s},' % (
        group, name, expect, now_c, fxs, "true" if inplace else "false", call_body(cpp), text_c)
    if comment:
        s += "  // " + one_line(comment, 200)
    return s


def describe_torch(k, v):
    return "returns " + one_line(v, 120) if k == "O" else "%s: %s" % (
        {"R": "RuntimeError", "I": "IndexError", "V": "ValueError", "T": "TypeError",
         "N": "NotImplementedError", "S": "AssertionError"}.get(k, "?"), one_line(v, 150))


def expand_row(row, fx_torch, env, problems):
    """(expect, now, text, comment) of a row, running its torch expression."""
    group, name, kind, fx, inplace, cpp, tch, note, comment = row
    if kind[0] in "DB" and (len(kind) != 2 or kind[1] not in "ORIVTNSE"):
        problems.append("%s.%s: kind %r: say what cotangent does now (DO, DR, ...; run the "
                        "test with CT_ROBUSTNESS_VERBOSE=1)" % (group, name, kind))
        kind = kind[0] + "E"
    if tch is not None and kind not in ("A", "U"):
        k, v = torch_outcome(tch, fx.split(), fx_torch, env)
        base = kind[0]
        if base in "DB":
            if k != "O" and k == kind[1]:  # torch raises the class cotangent raises
                problems.append("%s.%s: marked %s but torch now %s" % (group, name, kind,
                                                                        describe_torch(k, v)))
            return base, kind[1], note, "PyTorch " + describe_torch(k, v)
        if k != kind.upper():
            problems.append("%s.%s: the table says %s, torch now %s" % (group, name, kind,
                                                                         describe_torch(k, v)))
        if k == "O":
            return "=", None, v, None
        if kind.isupper():
            msg = plain(v)
            return k, None, msg, None if msg else describe_torch(k, v)
        return k, None, None, "PyTorch: %s | %s" % (one_line(v, 150), note)
    if kind in ("A", "U"):
        return ("A" if kind == "A" else "O"), None, note, comment
    # no torch expression: the stored kind and comment stand
    if kind[0] in "DB":
        return kind[0], kind[1], note, comment
    if kind == "O":
        return "O", None, note or "no torch expression", comment
    return kind.upper(), None, None, comment


def generate():
    fixtures, cases = load_data()
    fx_torch = {k: v[1] for k, v in fixtures.items()}
    env = torch_env()
    problems = []
    fx_lines = []
    for k, (cpp, _) in fixtures.items():
        fx_lines.append('      {"%s", [] { return %s; }},' % (k, cpp))
    lines = []
    for row in cases:
        expect, now, text, comment = expand_row(row, fx_torch, env, problems)
        lines.append(case_line(row, expect, now, text, comment))
    if problems:
        sys.stderr.write("\n".join(problems) + "\n%d rows disagree with torch: fix them in %s\n"
                         % (len(problems), DATA))
        sys.exit(1)
    groups = [g for g in GROUPS if any(c[0] == g for c in cases)]
    text = (CPP_HEADER.replace("@FIXTURES@", "\n".join(fx_lines)) + CPP_OUTCOME + CPP_RESULTS +
            CPP_CASE + "// clang-format off\nconst Case kCases[] = {\n" + "\n".join(lines) +
            "\n};\n// clang-format on\n" +
            CPP_RUN.replace("@SUITES@", "\n".join("CT_ROBUSTNESS_SUITE(%s);" % g for g in groups))
            .replace("@GROUPS@", ", ".join('"%s"' % g for g in groups)) +
            CPP_INVARIANTS.rstrip("\n") + "\n\n}  // namespace\n")
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the test file is stale")
    ap.add_argument("--translate", metavar="CPP", help="print the torch expression of a C++ call")
    args = ap.parse_args()
    if args.translate:
        print(translate(args.translate))
        return
    # Absurd sizes must fail to allocate in torch too, not exhaust the machine.
    resource.setrlimit(resource.RLIMIT_AS, (16 << 30, 16 << 30))
    text = generate()
    if args.check:
        if OUT.read_text() != text:
            sys.exit("%s is out of date: run scripts/gen_robustness.py" % OUT)
        return
    OUT.write_text(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
