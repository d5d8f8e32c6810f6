"""functorch 1.13's own documented examples, run verbatim on torch +
functorch and on cotangent + cotangent.func.

Every `>>>` block of the docstrings in functorch/_src/eager_transforms.py and
functorch/_src/vmap.py (vjp, jacrev, jvp, jacfwd, hessian, grad, vmap, and
functionalize) is kept below as a string, exactly as the documentation shows
it with the `>>> ` prefixes removed (test_examples_are_verbatim checks this
against the installed functorch, both ways). Each block is exec'd twice, each
time after `manual_seed(0)` (cotangent's generator gives torch's numbers):
once with `torch` = torch and `functorch` = functorch, once with `torch` =
cotangent and `functorch` = a module whose attributes are cotangent.func's
(`from functorch import X` inside the block resolves there too). The
snippet's own asserts run in both; then every variable it leaves behind, and
the value of every expression statement, is compared (type/structure, dtype,
shape, requires_grad, values with float32 tolerance). If functorch raises,
cotangent must raise the same exception class.

Only two things are changed from the text when it runs (the string itself is
untouched): a line beginning with `> ` (prose in grad's docstring) becomes a
comment, and an expression statement `e` is run as `_exprN = e` to keep its
value. A block that needs names from the surrounding prose or from an earlier
block gets them from CONTEXT, which runs first.

The end of the file runs a fixed-seed sample of the transform-composition
fuzzer (fuzz_func.py).
"""
import ast
import builtins
import collections
import math
import os
import sys
import types
import warnings

import numpy as np
import pytest
import torch
import functorch

import cotangent as ct
import cotangent.func as cf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

FUNCTORCH_SOURCES = [os.path.join(os.path.dirname(functorch.__file__), "_src", f)
                     for f in ("eager_transforms.py", "vmap.py")]

# name -> the block, `>>> ` removed; names are <documented function>-<k>, the
# k-th block of that docstring, in order.
EXAMPLES = dict((k, v[1:]) for k, v in [  # v[1:]: the newline after r"""
    ('vjp-1', r"""
x = torch.randn([5])
f = lambda x: x.sin().sum()
(_, vjpfunc) = functorch.vjp(f, x)
grad = vjpfunc(torch.tensor(1.))[0]
assert torch.allclose(grad, functorch.grad(f)(x))
"""),
    ('vjp-2', r"""
x = torch.randn([5])
f = lambda x: (x.sin(), x.cos())
(_, vjpfunc) = functorch.vjp(f, x)
vjps = vjpfunc((torch.ones([5]), torch.ones([5])))
assert torch.allclose(vjps[0], x.cos() + -x.sin())
"""),
    ('vjp-3', r"""
x = torch.randn([5])
f = lambda x: {'first': x.sin(), 'second': x.cos()}
(_, vjpfunc) = functorch.vjp(f, x)
cotangents = {'first': torch.ones([5]), 'second': torch.ones([5])}
vjps = vjpfunc(cotangents)
assert torch.allclose(vjps[0], x.cos() + -x.sin())
"""),
    ('vjp-4', r"""
x, y = torch.randn([5, 4]), torch.randn([4, 5])
(_, vjpfunc) = functorch.vjp(torch.matmul, x, y)
cotangents = torch.randn([5, 5])
vjps = vjpfunc(cotangents)
assert len(vjps) == 2
assert torch.allclose(vjps[0], torch.matmul(cotangents, y.transpose(0, 1)))
assert torch.allclose(vjps[1], torch.matmul(x.transpose(0, 1), cotangents))
"""),
    ('vjp-5', r"""
x = torch.randn([5])
def f(x, scale=4.):
  return x * 4.

(_, vjpfunc) = functorch.vjp(f, x)
vjps = vjpfunc(torch.ones_like(x))
assert torch.allclose(vjps[0], torch.full(x.shape, 4.))
"""),
    ('vjp-6', r"""
def f(x):
    with torch.no_grad():
        c = x ** 2
    return x - c
"""),
    ('vjp-7', r"""
with torch.no_grad():
    vjp(f)(x)
"""),
    ('jacrev-1', r"""
from functorch import jacrev
x = torch.randn(5)
jacobian = jacrev(torch.sin)(x)
expected = torch.diag(torch.cos(x))
assert torch.allclose(jacobian, expected)
"""),
    ('jacrev-2', r"""
from functorch import jacrev
x = torch.randn(5)

def f(x):
  return x.sin()

def g(x):
  result = f(x)
  return result, result

jacobian_f, f_x = jacrev(g, has_aux=True)(x)
assert torch.allclose(f_x, f(x))
"""),
    ('jacrev-3', r"""
from functorch import jacrev, vmap
x = torch.randn(64, 5)
jacobian = vmap(jacrev(torch.sin))(x)
assert jacobian.shape == (64, 5, 5)
"""),
    ('jacrev-4', r"""
from functorch import jacrev
def f(x):
  return x.sin().sum()

x = torch.randn(5)
hessian = jacrev(jacrev(f))(x)
assert torch.allclose(hessian, torch.diag(-x.sin()))
"""),
    ('jacrev-5', r"""
from functorch import jacrev
def f(x, y):
  return x + y ** 2

x, y = torch.randn(5), torch.randn(5)
jacobian = jacrev(f, argnums=1)(x, y)
expected = torch.diag(2 * y)
assert torch.allclose(jacobian, expected)
"""),
    ('jacrev-6', r"""
from functorch import jacrev
def f(x, y):
  return x + y ** 2

x, y = torch.randn(5), torch.randn(5)
jacobian = jacrev(f, argnums=(0, 1))(x, y)
expectedX = torch.diag(torch.ones_like(x))
expectedY = torch.diag(2 * y)
assert torch.allclose(jacobian[0], expectedX)
assert torch.allclose(jacobian[1], expectedY)
"""),
    ('jacrev-7', r"""
def f(x):
    with torch.no_grad():
        c = x ** 2
    return x - c
"""),
    ('jacrev-8', r"""
with torch.no_grad():
    jacrev(f)(x)
"""),
    ('jvp-1', r"""
from functorch import jvp
x = torch.randn([])
f = lambda x: x * torch.tensor([1., 2., 3])
value, grad = jvp(f, (x,), (torch.tensor(1.),))
assert torch.allclose(value, f(x))
assert torch.allclose(grad, torch.tensor([1., 2, 3]))
"""),
    ('jvp-2', r"""
from functorch import jvp
x = torch.randn(5)
y = torch.randn(5)
f = lambda x, y: (x * y)
_, output = jvp(f, (x, y), (torch.ones(5), torch.ones(5)))
assert torch.allclose(output, x + y)
"""),
    ('jacfwd-1', r"""
from functorch import jacfwd
x = torch.randn(5)
jacobian = jacfwd(torch.sin)(x)
expected = torch.diag(torch.cos(x))
assert torch.allclose(jacobian, expected)
"""),
    ('jacfwd-2', r"""
from functorch import jacfwd, vmap
x = torch.randn(64, 5)
jacobian = vmap(jacfwd(torch.sin))(x)
assert jacobian.shape == (64, 5, 5)
"""),
    ('jacfwd-3', r"""
from functorch import jacfwd
x = torch.randn(5)

def f(x):
  return x.sin()

def g(x):
  result = f(x)
  return result, result

jacobian_f, f_x = jacfwd(g, has_aux=True)(x)
assert torch.allclose(f_x, f(x))
"""),
    ('jacfwd-4', r"""
from functorch import jacfwd, jacrev
def f(x):
  return x.sin().sum()

x = torch.randn(5)
hessian = jacfwd(jacrev(f))(x)
assert torch.allclose(hessian, torch.diag(-x.sin()))
"""),
    ('jacfwd-5', r"""
from functorch import jacfwd
def f(x, y):
  return x + y ** 2

x, y = torch.randn(5), torch.randn(5)
jacobian = jacfwd(f, argnums=1)(x, y)
expected = torch.diag(2 * y)
assert torch.allclose(jacobian, expected)
"""),
    ('jacfwd-6', r"""
from functorch import jacfwd
def f(x, y):
  return x + y ** 2

x, y = torch.randn(5), torch.randn(5)
jacobian = jacfwd(f, argnums=(0, 1))(x, y)
expectedX = torch.diag(torch.ones_like(x))
expectedY = torch.diag(2 * y)
assert torch.allclose(jacobian[0], expectedX)
assert torch.allclose(jacobian[1], expectedY)
"""),
    ('hessian-1', r"""
from functorch import hessian
def f(x):
  return x.sin().sum()

x = torch.randn(5)
hess = jacfwd(jacrev(f))(x)
assert torch.allclose(hess, torch.diag(-x.sin()))
"""),
    ('grad-1', r"""
from functorch import grad
x = torch.randn([])
cos_x = grad(lambda x: torch.sin(x))(x)
assert torch.allclose(cos_x, x.cos())

# Second-order gradients
neg_sin_x = grad(grad(lambda x: torch.sin(x)))(x)
assert torch.allclose(neg_sin_x, -x.sin())
"""),
    ('grad-2', r"""
from functorch import grad
from functorch import vmap
batch_size, feature_size = 3, 5

def model(weights, feature_vec):
    # Very simple linear model with activation
    assert feature_vec.dim() == 1
    return feature_vec.dot(weights).relu()

def compute_loss(weights, example, target):
    y = model(weights, example)
    return ((y - target) ** 2).mean()  # MSELoss

weights = torch.randn(feature_size, requires_grad=True)
examples = torch.randn(batch_size, feature_size)
targets = torch.randn(batch_size)
inputs = (weights, examples, targets)
grad_weight_per_example = vmap(grad(compute_loss), in_dims=(None, 0, 0))(*inputs)
"""),
    ('grad-3', r"""
from functorch import grad
def my_loss_func(y, y_pred):
   loss_per_sample = (0.5 * y_pred - y) ** 2
   loss = loss_per_sample.mean()
   return loss, (y_pred, loss_per_sample)

fn = grad(my_loss_func, argnums=(0, 1), has_aux=True)
y_true = torch.rand(4)
y_preds = torch.rand(4, requires_grad=True)
out = fn(y_true, y_preds)
> output is ((grads w.r.t y_true, grads w.r.t y_preds), (y_pred, loss_per_sample))
"""),
    ('grad-4', r"""
def f(x):
    with torch.no_grad():
        c = x ** 2
    return x - c
"""),
    ('grad-5', r"""
with torch.no_grad():
    grad(f)(x)
"""),
    ('functionalize-1', r"""
import torch
from functorch import make_fx
from functorch.experimental import functionalize

A function that uses mutations and views, but only on intermediate tensors.
def f(a):
"""),
    ('functionalize-2', r"""
inpt = torch.randn(2)

out1 = f(inpt)
out2 = functionalize(f)(inpt)

# semantics are the same (outputs are equivalent)
print(torch.allclose(out1, out2))
"""),
    ('functionalize-3', r"""

f_traced = make_fx(f)(inpt)
f_no_mutations_traced = make_fx(functionalize(f))(inpt)
f_no_mutations_and_views_traced = make_fx(functionalize(f, remove='mutations_and_views'))(inpt)

print(f_traced.code)
"""),
    ('functionalize-4', r"""
print(f_no_mutations_traced.code)
"""),
    ('functionalize-5', r"""
print(f_no_mutations_and_views_traced.code)
"""),
    ('functionalize-6', r"""
A function that mutates its input tensor
def f(a):
"""),
    ('functionalize-7', r"""
f_no_mutations_and_views_traced = make_fx(functionalize(f, remove='mutations_and_views'))(inpt)

All mutations and views have been removed,
but there is an extra copy_ in the graph to correctly apply the mutation to the input
after the function has completed.
print(f_no_mutations_and_views_traced.code)
"""),
    ('vmap-1', r"""
torch.dot                            # [D], [D] -> []
batched_dot = functorch.vmap(torch.dot)  # [N, D], [N, D] -> [N]
x, y = torch.randn(2, 5), torch.randn(2, 5)
batched_dot(x, y)
"""),
    ('vmap-2', r"""
batch_size, feature_size = 3, 5
weights = torch.randn(feature_size, requires_grad=True)

def model(feature_vec):
    # Very simple linear model with activation
    return feature_vec.dot(weights).relu()

examples = torch.randn(batch_size, feature_size)
result = functorch.vmap(model)(examples)
"""),
    ('vmap-3', r"""
# Setup
N = 5
f = lambda x: x ** 2
x = torch.randn(N, requires_grad=True)
y = f(x)
I_N = torch.eye(N)

# Sequential approach
jacobian_rows = [torch.autograd.grad(y, x, v, retain_graph=True)[0]
                 for v in I_N.unbind()]
jacobian = torch.stack(jacobian_rows)

# vectorized gradient computation
def get_vjp(v):
    return torch.autograd.grad(y, x, v)
jacobian = functorch.vmap(get_vjp)(I_N)
"""),
    ('vmap-4', r"""
torch.dot                            # [D], [D] -> []
batched_dot = functorch.vmap(functorch.vmap(torch.dot))  # [N1, N0, D], [N1, N0, D] -> [N1, N0]
x, y = torch.randn(2, 3, 5), torch.randn(2, 3, 5)
batched_dot(x, y) # tensor of size [2, 3]
"""),
    ('vmap-5', r"""
torch.dot                            # [N], [N] -> []
batched_dot = functorch.vmap(torch.dot, in_dims=1)  # [N, D], [N, D] -> [D]
x, y = torch.randn(2, 5), torch.randn(2, 5)
batched_dot(x, y)   # output is [5] instead of [2] if batched along the 0th dimension
"""),
    ('vmap-6', r"""
torch.dot                            # [D], [D] -> []
batched_dot = functorch.vmap(torch.dot, in_dims=(0, None))  # [N, D], [D] -> [N]
x, y = torch.randn(2, 5), torch.randn(5)
batched_dot(x, y) # second arg doesn't have a batch dim because in_dim[1] was None
"""),
    ('vmap-7', r"""
f = lambda dict: torch.dot(dict['x'], dict['y'])
x, y = torch.randn(2, 5), torch.randn(5)
input = {'x': x, 'y': y}
batched_dot = functorch.vmap(f, in_dims=({'x': 0, 'y': None},))
batched_dot(input)
"""),
    ('vmap-8', r"""
f = lambda x: x ** 2
x = torch.randn(2, 5)
batched_pow = functorch.vmap(f, out_dims=1)
batched_pow(x) # [5, 2]
"""),
    ('vmap-9', r"""
x = torch.randn([2, 5])
def f(x, scale=4.):
  return x * scale

batched_pow = functorch.vmap(f)
assert torch.allclose(batched_pow(x), x * 4)
batched_pow(x, scale=x) # scale is not batched, output has shape [2, 2, 5]
"""),
])

# Blocks not run, with the reason.
_FUNCTIONALIZE = ("functionalize docstring: cotangent.func has no functionalize (nor functorch.make_fx); the "
                  "docstring's code is also not runnable as written (prose lines and un-prefixed function "
                  "bodies between the >>> lines)")
SKIP = {k: _FUNCTIONALIZE for k in EXAMPLES if k.startswith("functionalize-")}

# Code run before a block that uses names defined only in the surrounding prose
# or in the block before it (not part of the documentation's text).
CONTEXT = {
    # "Case 2" of the torch.no_grad notes: `f` is Case 1's block, `x` is left to the reader.
    # vjp(f)(x) is a misuse as documented (vjp(f) calls f() with no primals): both must raise TypeError.
    "vjp-7": EXAMPLES["vjp-6"] + "from functorch import vjp\nx = torch.randn(5)\n",
    "jacrev-8": EXAMPLES["jacrev-7"] + "from functorch import jacrev\nx = torch.randn(5)\n",
    "grad-5": EXAMPLES["grad-4"] + "from functorch import grad\nx = torch.randn([])\n",
    # hessian's example calls jacfwd/jacrev but imports only hessian.
    "hessian-1": "from functorch import jacfwd, jacrev\n",
}

# Blocks where functorch itself raises (as documented): name -> its exception class.
FUNCTORCH_RAISES = {
    "vjp-7": "TypeError",  # vjp(f)(x): vjp(f) calls f() with no primals
}

# Blocks that fail on cotangent because of a cotangent bug: name -> what is
# observed (strict xfail: a fix shows up as XPASS).
KNOWN_BUGS = {
}


# ---------------------------------------------------------------- harness

def docstring_blocks(paths=FUNCTORCH_SOURCES):
    """(name, block) for every run of `>>>` lines in a function docstring."""
    count = collections.Counter()
    for path in paths:
        with open(path) as fh:
            tree = ast.parse(fh.read())
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            doc = ast.get_docstring(node, clean=False)
            if not doc:
                continue
            cur = []
            for line in doc.splitlines() + [""]:
                s = line.strip()
                if s.startswith(">>>"):
                    cur.append(s[4:] if s.startswith(">>> ") else s[3:])
                elif cur:
                    count[node.name] += 1
                    yield "%s-%d" % (node.name, count[node.name]), "\n".join(cur).rstrip("\n") + "\n"
                    cur = []


class _KeepExpressions(ast.NodeTransformer):
    """`e` (an expression statement outside a def/lambda) -> `_exprN = e`."""

    def __init__(self):
        self.n = 0

    def visit_FunctionDef(self, node):
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return node
        self.n += 1
        return ast.copy_location(ast.Assign(targets=[ast.Name("_expr%d" % self.n, ast.Store())],
                                            value=node.value), node)


def runnable(src):
    lines = ["# " + l if l.startswith("> ") else l for l in src.splitlines()]
    tree = _KeepExpressions().visit(ast.parse("\n".join(lines) + "\n"))
    return compile(ast.fix_missing_locations(tree), "<functorch doc example>", "exec")


def _functorch_for_cotangent():
    mod = types.ModuleType("functorch")
    for name in dir(cf):
        if not name.startswith("_"):
            setattr(mod, name, getattr(cf, name))
    return mod


CT_FUNCTORCH = _functorch_for_cotangent()


def _namespace(lib):
    tmod, fmod = (torch, functorch) if lib == "torch" else (ct, CT_FUNCTORCH)

    def _import(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "functorch" or name.startswith("functorch."):
            if lib == "torch":
                return builtins.__import__(name, globals, locals, fromlist, level)
            if name != "functorch":
                raise ImportError("cotangent has no %s" % name)
            return fmod
        if name == "torch" or name.startswith("torch."):
            return builtins.__import__(name, globals, locals, fromlist, level) if lib == "torch" else tmod
        return builtins.__import__(name, globals, locals, fromlist, level)

    bi = dict(builtins.__dict__)
    bi["__import__"] = _import
    return {"__builtins__": bi, "torch": tmod, "functorch": fmod}


def run_example(name, lib):
    """('ok', variables) or ('raise', exception)."""
    ns = _namespace(lib)
    ns["torch"].manual_seed(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if name in CONTEXT:
                exec(compile(CONTEXT[name], "<context>", "exec"), ns)
            exec(runnable(EXAMPLES[name]), ns)
    except Exception as e:  # noqa: BLE001 -- compared
        return "raise", e
    skip = {"__builtins__", "torch", "functorch"}
    return "ok", {k: v for k, v in ns.items() if k not in skip and not isinstance(v, types.ModuleType)}


def compare(tv, cv, where):
    if isinstance(tv, torch.Tensor):
        assert isinstance(cv, ct.Tensor), "%s: torch gave a Tensor, cotangent %r" % (where, type(cv))
        assert str(tv.dtype).split(".")[-1] == str(cv.dtype).split(".")[-1], "%s: dtype %s vs %s" % (
            where, tv.dtype, cv.dtype)
        assert tuple(tv.shape) == tuple(cv.shape), "%s: shape %s vs %s" % (where, tuple(tv.shape), tuple(cv.shape))
        assert tv.requires_grad == cv.requires_grad, "%s: requires_grad %s vs %s" % (
            where, tv.requires_grad, cv.requires_grad)
        # clone(): torch 1.13's .numpy() of a ZeroTensor reads uninitialised memory
        ta, ca = tv.detach().clone().numpy(), cv.detach().numpy()
        np.testing.assert_allclose(ca, ta, rtol=1e-4, atol=1e-5, equal_nan=True, err_msg=where)
    elif isinstance(tv, dict):
        assert isinstance(cv, dict) and list(tv) == list(cv), "%s: %r vs %r" % (where, tv, cv)
        for k in tv:
            compare(tv[k], cv[k], "%s[%r]" % (where, k))
    elif isinstance(tv, (tuple, list)):
        assert type(tv) == type(cv) and len(tv) == len(cv), "%s: %r vs %r" % (where, tv, cv)
        for i, (a, b) in enumerate(zip(tv, cv)):
            compare(a, b, "%s[%d]" % (where, i))
    elif callable(tv):
        assert callable(cv), "%s: torch gave a callable, cotangent %r" % (where, cv)
    elif isinstance(tv, float):
        assert isinstance(cv, float) and math.isclose(tv, cv, rel_tol=1e-5, abs_tol=1e-6), "%s: %r vs %r" % (
            where, tv, cv)
    else:
        assert type(tv) == type(cv) and tv == cv, "%s: %r vs %r" % (where, tv, cv)


# ---------------------------------------------------------------- tests

def test_examples_are_verbatim():
    """The strings above are the installed functorch's blocks, all of them."""
    found = dict(docstring_blocks())
    assert list(found) == list(EXAMPLES)
    for k in found:
        assert EXAMPLES[k] == found[k], k
    assert set(SKIP) | set(KNOWN_BUGS) | set(CONTEXT) | set(FUNCTORCH_RAISES) <= set(EXAMPLES)
    assert not set(SKIP) & set(KNOWN_BUGS)


def _params():
    out = []
    for k in EXAMPLES:
        marks = []
        if k in SKIP:
            marks.append(pytest.mark.skip(reason=SKIP[k]))
        elif k in KNOWN_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[k]))
        out.append(pytest.param(k, id=k, marks=marks))
    return out


@pytest.mark.parametrize("name", _params())
def test_doc_example(name):
    ts, tv = run_example(name, "torch")
    cs, cv = run_example(name, "ct")
    assert (type(tv).__name__ if ts == "raise" else None) == FUNCTORCH_RAISES.get(name), \
        "functorch: %s %r (the harness or CONTEXT is wrong)" % (ts, tv)
    if ts == "raise":
        assert cs == "raise", "functorch raised %s: %s; cotangent ran (%r)" % (type(tv).__name__, tv, cv)
        assert type(cv).__name__ == type(tv).__name__, "functorch raised %s: %s; cotangent %s: %s" % (
            type(tv).__name__, tv, type(cv).__name__, cv)
        return
    if cs == "raise":
        raise AssertionError("cotangent raised %s: %s; functorch ran" % (type(cv).__name__, cv)) from cv
    assert sorted(tv) == sorted(cv), "variables: %s vs %s" % (sorted(tv), sorted(cv))
    for k in tv:
        compare(tv[k], cv[k], k)


def test_doc_example_results_are_compared():
    """The comparison is not vacuous: the runs leave tensors behind."""
    s, v = run_example("grad-2", "torch")
    assert s == "ok" and tuple(v["grad_weight_per_example"].shape) == (3, 5)
    s, v = run_example("vmap-1", "torch")
    assert s == "ok" and tuple(v["_expr2"].shape) == (2,)


# ---------------------------------------------------------------- fuzz_func.py sample

import fuzz_func  # noqa: E402

FUZZ_SEED = 20261301
FUZZ_COUNT = int(os.environ.get("COTANGENT_FUZZ_FUNC_COUNT", "100"))


def _fuzz(avoid_known):
    fails, done = fuzz_func.run_fuzz(FUZZ_COUNT, FUZZ_SEED, batch=FUZZ_COUNT, timeout=60.0,
                                     avoid_known=avoid_known)
    assert done == FUZZ_COUNT
    real = [f for f in fails if not f.get("known")]
    if real:
        import io
        out = io.StringIO()
        fuzz_func.report(real, done, out=out)
        raise AssertionError("%d of %d transform compositions disagree with functorch:\n%s" % (
            len(real), done, out.getvalue()))
    return fails


def test_fuzz_func_sample():
    """100 fixed-seed random transform stacks (fuzz_func.py); mismatches are
    allowed only when put down to fuzz_func.KNOWN_BUGS (the case rewritten
    without the bug's construct agrees with functorch)."""
    _fuzz(avoid_known=False)


def test_fuzz_func_sample_without_known_bugs():
    """The same cases written without the known bugs' constructs: all agree."""
    assert _fuzz(avoid_known=True) == []


# The known bugs of fuzz_func.KNOWN_BUGS, minimal (strict xfail: a fix shows up
# as XPASS; then drop the entry there too).

def _both(fn):
    return fn(torch, functorch), fn(ct, CT_FUNCTORCH)


def _known(fn):
    tv, cv = _both(fn)
    compare(tv, cv, "out")


# aux stays on the enclosing transforms' graph (a bug the fuzzer found, fixed)
def test_known_bug_aux_detached_from_outer_transform():
    # functorch: diag(-sin x); cotangent: zeros
    _known(lambda m, F: F.jacrev(lambda x: F.grad(lambda t: (t.sin().sum(), t.cos()), has_aux=True)(x)[1])(
        m.tensor([0.5, 1.0], dtype=m.float64)))


# vjp's output stays on the enclosing transforms' graph (fixed)
def test_known_bug_vjp_output_detached_from_outer_transform():
    # functorch: cos(x); cotangent: zeros
    _known(lambda m, F: F.jvp(lambda x: F.vjp(m.sin, x)[0], (m.tensor([0.5, 1.0], dtype=m.float64),),
                              (m.ones(2, dtype=m.float64),))[1])


# ... and on the caller's graph (fixed)
def test_known_bug_vjp_output_detached_from_caller_graph():
    _known(lambda m, F: F.vjp(m.sin, m.tensor([0.5, 1.0], requires_grad=True))[0])


@pytest.mark.xfail(strict=True, reason=fuzz_func.KNOWN_BUGS["jacfwd-aux-pytree"])
def test_known_bug_jacfwd_aux_pytree_output():
    _known(lambda m, F: F.jacfwd(lambda t: ((t.sin(), t.cos()), t), has_aux=True)(m.tensor([0.5, 1.0])))
