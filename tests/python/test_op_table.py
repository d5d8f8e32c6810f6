"""The op table (include/cotangent/op_table.h) against PyTorch: every op of
the table, on its own sample inputs, through its Python binding (function
and method), compared with the PyTorch function the table names: values,
the backward node's name and the gradient. Nothing here is written per op."""
import warnings

import numpy as np
import pytest
import torch

import cotangent as ct
from op_reference import (EDGE_DEVIATIONS, EDGE_MESSAGE_DEVIATIONS, GRAD_DEVIATIONS, NODE_DEVIATIONS,
                          NONCONTIGUOUS_GRAD_DEVIATIONS, call as _call, first as _first, outcome,
                          resolve as _resolve, seed_gradient, torch_edge_inputs)

TABLE = ct._C._op_table()


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_op_matches_torch(row):
    samples = ct._C._sample_inputs(row["name"])
    assert samples, "no samples"
    for k, sample in enumerate(samples + ct._C._special_inputs(row["name"])):
        arrays = [s.detach().numpy().copy() for s in sample]
        grad = row["differentiable"]
        t_in = [torch.tensor(a, requires_grad=grad and a.dtype.kind == "f") for a in arrays]
        c_in = [ct.tensor(a, requires_grad=grad and a.dtype.kind == "f") for a in arrays]
        t_out, c_out = _first(_call(torch, row, t_in)), _first(_call(ct, row, c_in))
        assert str(c_out.dtype).split(".")[-1] == str(t_out.dtype).split(".")[-1]
        if row["random"]:  # random or unspecified values: the shape is what is compared
            assert tuple(c_out.shape) == tuple(t_out.shape)
            continue
        np.testing.assert_allclose(c_out.detach().numpy(), t_out.detach().numpy(), rtol=1e-12,
                                   atol=1e-12, err_msg="%s sample %d" % (row["name"], k))
        if row["method"] and row["kind"] in ("unary", "binary") and not row["python_call"]:
            m_out = getattr(c_in[0], row["op"])(*c_in[1:])
            np.testing.assert_array_equal(m_out.detach().numpy(), c_out.detach().numpy())
        if not grad:
            continue
        assert type(c_out.grad_fn).__name__ == row["node"]
        assert type(t_out.grad_fn).__name__ == NODE_DEVIATIONS.get(row["name"], row["node"])
        if row["name"] in GRAD_DEVIATIONS:
            continue
        g = np.random.default_rng(k).standard_normal(tuple(t_out.shape))
        t_grads = torch.autograd.grad(t_out, [t for t in t_in if t.requires_grad], torch.tensor(g))
        c_grads = ct.autograd.grad(c_out, [t for t in c_in if t.requires_grad], ct.tensor(g))
        for i, (tg, cg) in enumerate(zip(t_grads, c_grads)):
            np.testing.assert_allclose(cg.numpy(), tg.numpy(), rtol=1e-10, atol=1e-12,
                                       err_msg="%s sample %d grad %d" % (row["name"], k, i))


DIFFERENTIABLE = [r for r in TABLE if r["differentiable"] and not r["random"]]


@pytest.mark.parametrize("row", DIFFERENTIABLE, ids=[r["name"] for r in DIFFERENTIABLE])
def test_op_tangents_match_torch(row):
    """Forward mode on every differentiable row: the tangent of the row's call
    on dual inputs (each float input with a seeded tangent) equals torch's
    forward AD, on the row's samples (where torch 1.13 has forward AD for
    the op); and the gradient of the primal flows back through make_dual as
    torch's."""
    if row["name"] in GRAD_DEVIATIONS:
        return
    for k, sample in enumerate(ct._C._sample_inputs(row["name"])):
        arrays = [s.detach().numpy().copy() for s in sample]
        floats = [i for i, a in enumerate(arrays) if a.dtype.kind == "f"]
        rng = np.random.default_rng(k)
        tangents = {i: rng.standard_normal(arrays[i].shape) for i in floats}
        got, want = _tangent(ct, row, arrays, tangents), _tangent(torch, row, arrays, tangents)
        if want is None:  # torch 1.13: no forward AD for this op
            continue
        assert len(got) == len(want), row["name"]
        for j, (g, w) in enumerate(zip(got, want)):
            if w is None:
                assert g is None or not g.numpy().any(), "%s sample %d output %d" % (row["name"], k, j)
                continue
            assert g is not None, "%s sample %d output %d: no tangent" % (row["name"], k, j)
            np.testing.assert_allclose(g.numpy(), w.numpy(), rtol=1e-10, atol=1e-12,
                                       err_msg="%s sample %d output %d" % (row["name"], k, j))
        try:
            want = _primal_grad(torch, row, arrays, tangents)
        except NotImplementedError:  # torch 1.13 runs this backward in forward AD
            continue
        for j, (g, w) in enumerate(zip(_primal_grad(ct, row, arrays, tangents), want)):
            assert (g is None) == (w is None), "%s sample %d input %d" % (row["name"], k, j)
            if w is not None:
                np.testing.assert_allclose(g.numpy(), w.numpy(), rtol=1e-10, atol=1e-12,
                                           err_msg="%s sample %d: primal's gradient %d" % (row["name"], k, j))


def _primal_grad(m, row, arrays, tangents):
    """d sum(primal of the first output) / d inputs, through make_dual."""
    fw = m.autograd.forward_ad
    with fw.dual_level():
        xs = [m.tensor(a, requires_grad=i in tangents) for i, a in enumerate(arrays)]
        inputs = [fw.make_dual(x, m.tensor(tangents[i])) if i in tangents else x for i, x in enumerate(xs)]
        primal = fw.unpack_dual(_first(_call(m, row, inputs))).primal
        if not primal.requires_grad:
            return []
        return m.autograd.grad(primal.sum(), [xs[i] for i in tangents], allow_unused=True)


def _tangent(m, row, arrays, tangents):
    """The tangents of the row's float outputs, or None where torch raises."""
    fw = m.autograd.forward_ad
    try:
        with fw.dual_level():
            inputs = [fw.make_dual(m.tensor(a), m.tensor(tangents[i])) if i in tangents else m.tensor(a)
                      for i, a in enumerate(arrays)]
            out = _call(m, row, inputs)
            outs = out if isinstance(out, (tuple, list)) else (out,)
            return [fw.unpack_dual(o).tangent for o in outs if o.dtype.is_floating_point]
    except (RuntimeError, NotImplementedError):
        if m is ct:
            raise
        return None


def _dtype(t):
    return str(t.dtype).split(".")[-1]


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_op_on_edge_inputs_matches_torch(row):
    """Every row on the bad and edge-case inputs derived from its samples
    (op_table.h's edge_inputs): cotangent returns what torch returns, or
    raises the exception class torch raises (None for a tensor: any error)."""
    edges = ct._C._edge_inputs(row["name"])
    assert edges or row["kind"] == "factory", "no edge inputs"
    failures = []
    for index, change, inputs in edges:
        what = "%s: input %d %s" % (row["name"], index, change)
        if (row["name"], index, change) in EDGE_DEVIATIONS:
            continue
        try:
            _check_edge(row, what, index, change, inputs)
        except AssertionError as e:
            failures.append(str(e).split("\n")[0])
    assert not failures, "\n".join(failures)


def _check_edge(row, what, index, change, inputs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = outcome(torch, row, torch_edge_inputs(index, change, inputs))
        got = outcome(ct, row, list(inputs))
    if change == "undefined" and want[0] != "value":
        assert got[0] != "value", what + ": torch raises %s: %s" % want
        return
    assert got[0] == want[0], "%s: torch %s: %s; cotangent %s: %s" % (
        what, want[0], str(want[1])[:200], got[0], str(got[1])[:200])
    if want[0] != "value":
        if (row["name"], index, change) not in EDGE_MESSAGE_DEVIATIONS:
            assert want[1] in got[1], "%s: torch says %r; cotangent %r" % (what, want[1], got[1])
        return
    if row["random"]:
        return
    assert len(got[1]) == len(want[1]), what
    for g, w in zip(got[1], want[1]):
        assert _dtype(g) == _dtype(w), "%s: dtype %s, torch %s" % (what, _dtype(g), _dtype(w))
        assert tuple(g.shape) == tuple(w.shape), what
        np.testing.assert_allclose(g.detach().numpy().astype(np.float64),
                                   w.detach().numpy().astype(np.float64),
                                   rtol=1e-5, atol=1e-6, err_msg=what)


CALL_ROWS = [r for r in TABLE if r["calls"]]
# Calls of composites that end in another backward node than torch's
# (docs/semantics.md, "Node names that differ from torch"): row -> {(torch's
# node, cotangent's)}.
_SQUEEZED = ("SqueezeBackward1",)  # unbatched inputs: the batched op, then a squeeze
CALL_NODE_DEVIATIONS = {
    "einsum": {("ViewBackward0", "PermuteBackward0"), ("SumBackward1", "PermuteBackward0"),
               ("MulBackward0", "PermuteBackward0")},
    "matmul": {("SumBackward1", "PermuteBackward0"), ("SqueezeBackward3", "SqueezeBackward1")},
    "norm": {("LinalgVectorNormBackward0", "NormBackward1"), ("AmaxBackward0", "SqueezeBackward1"),
             ("AminBackward0", "SqueezeBackward1")},
    "conv1d": {("ConvolutionBackward0",) + _SQUEEZED},
    "max_pool2d": {("MaxPool2DWithIndicesBackward0",) + _SQUEEZED},
    "unfold": {("Im2ColBackward0",) + _SQUEEZED},
    "linear": {("ViewBackward0", "AddBackward0")},
    "cross_entropy": {("DivBackward1", "DivBackward0"), ("NegBackward0", "SumBackward0"),
                      ("ViewBackward0", "NllLoss2DBackward0")},
    "pad": {("CopySlices", "CloneBackward0")},
    # the graph of det's gradient (create_graph) at a singular matrix
    "det": {("MmBackward0", "WhereBackward0"), ("IndexPutBackward0", "WhereBackward0")},
}


def split_call(call):
    """(expression, tag, outcome, why) of one of a row's calls. A call may end
    in a comment that says how cotangent knowingly differs from torch there:
      "  # message: why"            the same exception class, another message
      "  # error: why"              an exception of any class (torch's argument
                                    parser names None otherwise)
      "  # differs (what): why"     a deviation (docs/semantics.md): cotangent
      "  # bug (what): why"         or a known bug; `what` is what cotangent
                                    does now ("returns" or the exception class),
                                    which is checked, so that a fix shows up
      "  # edges: why"              on edge inputs only: no crash, and no input
                                    changed by a call that raises"""
    expression, _, comment = call.partition("  # ")
    head, _, why = comment.partition(": ")
    tag, _, outcome = head.partition(" (")
    return expression, tag or None, outcome.rstrip(")") or None, why


@pytest.mark.parametrize("row", CALL_ROWS, ids=[r["name"] for r in CALL_ROWS])
def test_op_calls_match_torch(row):
    """Every further call of a row (OpInfo::calls: attributes, keywords,
    scalars, methods, casts, bad arguments) on each of its samples, special
    inputs and edge inputs (casts, 0-d, empty, non-contiguous, expanded,
    undefined), or once when it names its own tensors: torch's values,
    dtypes and gradients, or torch's exception class and message, and a
    call that raises changes none of its inputs."""
    inputs = ct._C._sample_inputs(row["name"]) + ct._C._special_inputs(row["name"])
    failures = []
    for call in row["calls"]:
        expression, tag, outcome_now, _ = split_call(call)
        sets = [("input set %d" % k, None, None, s) for k, s in enumerate(inputs)]
        if "x[" not in expression:  # the call makes its own tensors: once
            sets = [("", None, None, [])]
        elif row["kind"] != "factory":  # fresh edge inputs: the call may write into them
            sets += [("input %d %s" % (i, change), i, change, edge)
                     for i, change, edge in ct._C._edge_inputs(row["name"])]
        for name, index, change, sample in sets:
            what = "%s: %s %s" % (row["name"], expression, name)
            try:
                if index is None:
                    arrays = [s.detach().numpy().copy() for s in sample]
                    _check_call(row, expression, what, arrays, tag, outcome_now)
                else:
                    _check_call_on_edge(row, expression, what, index, change, sample, tag, outcome_now)
            except AssertionError as e:
                failures.append(" ".join(str(e).split())[:400])
    assert not failures, "\n".join(failures)


def _snapshot(tensors):
    return [None if t is None else t.detach().numpy().copy() for t in tensors]


def _assert_unchanged(what, before, tensors):
    for k, (b, t) in enumerate(zip(before, tensors)):
        if b is not None:
            np.testing.assert_array_equal(t.detach().numpy(), b, err_msg="%s: input %d changed by a call "
                                                                        "that raised" % (what, k))


def _check_outcomes(what, want, got, tag, outcome_now, change=None):
    """Checks what does not need the values; True when the values are to be
    compared. On an edge input (`change`) two errors need not be the same:
    which check fails first on a cast or empty tensor is not specified."""
    if tag == "error":
        assert got[0] != "value", "%s: cotangent returns %s" % (what, str(got[1])[:150])
        return False
    if tag in ("differs", "bug") and not (change == "undefined" and got[0] != "value"):
        if got[0] != want[0]:
            now = "value" if outcome_now == "returns" else outcome_now
            assert got[0] == now, "%s: cotangent %s: %s (the row says %s, %s: fixed?)" % (
                what, got[0], str(got[1])[:150], tag, outcome_now)
            return False
        return got[0] == "value" and outcome_now != "returns"
    if change is not None and (want[0] != "value" or tag == "edges"):
        if tag == "edges":
            return False
        assert got[0] != "value", "%s: torch %s: %s; cotangent returns %s" % (
            what, want[0], str(want[1])[:150], str(got[1])[:150])
        return False
    assert got[0] == want[0], "%s: torch %s: %s; cotangent %s: %s" % (
        what, want[0], str(want[1])[:150], got[0], str(got[1])[:150])
    if want[0] != "value":
        if tag != "message":
            assert want[1] in got[1], "%s: torch says %r; cotangent %r" % (what, want[1], got[1])
        return False
    return True


def _compare_values(what, want, got, expression, random):
    assert len(got[1]) == len(want[1]), what
    for g, w in zip(got[1], want[1]):
        if not hasattr(w, "dtype"):  # a Python number or bool
            assert g == w or (g != g and w != w), "%s: %r, torch %r" % (what, g, w)
            continue
        assert _dtype(g) == _dtype(w), "%s: dtype %s, torch %s" % (what, _dtype(g), _dtype(w))
        assert tuple(g.shape) == tuple(w.shape), "%s: shape %s, torch %s" % (
            what, tuple(g.shape), tuple(w.shape))
        if random or not w.numel():  # (numpy has no array of 2^62 x 0 elements)
            continue
        tol = 1e-10 if _dtype(w) == "float64" and "float" not in expression else 1e-5
        np.testing.assert_allclose(g.detach().numpy().astype(np.float64),
                                   w.detach().numpy().astype(np.float64),
                                   rtol=tol, atol=tol * 1e-2, err_msg=what)


def _check_call_on_edge(row, expression, what, index, change, inputs, tag, outcome_now):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = outcome(torch, row, torch_edge_inputs(index, change, inputs), expression)
        before = _snapshot(inputs)
        got = outcome(ct, row, list(inputs), expression)
    if got[0] != "value":
        _assert_unchanged(what, before, inputs)
    if _check_outcomes(what, want, got, tag, outcome_now, change):
        _compare_values(what, want, got, expression, row["random"])


# Casts: finite differences through float32 or integers mean nothing.
def _no_cast(expression):
    return not any(s in expression for s in ("float", "long", "round"))


@pytest.mark.parametrize("row", [r for r in CALL_ROWS if r["differentiable"] and not r["random"]],
                         ids=[r["name"] for r in CALL_ROWS if r["differentiable"] and not r["random"]])
def test_op_calls_pass_gradcheck(row):
    """Every further call of a differentiable row passes cotangent's
    gradcheck (with forward mode and batched gradients) and gradgradcheck
    (float64, finite differences) on the row's
    first sample wherever torch's pass on the same call (not at a pole, a
    kink, a division by zero, or a call torch cannot differentiate)."""
    sample = [s.detach().numpy().copy() for s in ct._C._sample_inputs(row["name"])[0]]
    floats = [i for i, a in enumerate(sample) if a.dtype.kind == "f"]
    failures = []

    def function(m, expression):
        def f(*args):
            x = [m.tensor(a) for a in sample]
            for i, t in zip(floats, args):
                x[i] = t
            out = eval(expression, {"m": m, "x": x})
            outs = out if isinstance(out, (tuple, list)) else (out,)
            return tuple(o for o in outs if o.dtype.is_floating_point)
        return f

    for expression, tag, _, _ in map(split_call, row["calls"]):
        if "x[" not in expression or not _no_cast(expression) or tag in ("differs", "bug", "error"):
            continue
        t_inputs = tuple(torch.tensor(sample[i], requires_grad=True) for i in floats)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                t_f = function(torch, expression)
                if not t_f(*t_inputs) or not (
                        torch.autograd.gradcheck(t_f, t_inputs, raise_exception=False) and
                        torch.autograd.gradgradcheck(t_f, t_inputs, raise_exception=False)):
                    continue
        except Exception:  # noqa: BLE001 -- torch cannot: nothing to compare
            continue
        inputs = tuple(ct.tensor(sample[i], requires_grad=True) for i in floats)
        try:
            f = function(ct, expression)
            ct.autograd.gradcheck(f, inputs, check_forward_ad=True, check_batched_grad=True)
            ct.autograd.gradgradcheck(f, inputs)
        except Exception as e:  # noqa: BLE001 -- every failure is listed
            failures.append("%s: %s: %s" % (expression, type(e).__name__, " ".join(str(e).split())[:200]))
    assert not failures, "\n".join(failures)


def _check_call(row, expression, what, arrays, tag=None, outcome_now=None):
    grad = row["differentiable"]
    made = {}
    results = {}
    for m in (torch, ct):
        made[m] = [m.tensor(a, requires_grad=grad and a.dtype.kind == "f") for a in arrays]
        before = _snapshot(made[m])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results[m] = outcome(m, row, made[m], expression)
    want, got = results[torch], results[ct]
    if got[0] != "value":
        _assert_unchanged(what, before, made[ct])
    if not _check_outcomes(what, want, got, tag, outcome_now):
        return
    _compare_values(what, want, got, expression, row["random"])
    if row["random"]:
        return
    w0, g0 = want[1][0], got[1][0]
    if not (hasattr(w0, "requires_grad") and w0.requires_grad and w0.dtype.is_floating_point):
        return
    assert g0.requires_grad, what + ": no gradient"
    t_node, c_node = type(w0.grad_fn).__name__, type(g0.grad_fn).__name__
    assert c_node == t_node or (t_node, c_node) in CALL_NODE_DEVIATIONS.get(row["name"], ()), \
        "%s: node %s, torch %s" % (what, c_node, t_node)
    seed = seed_gradient(w0.numel())
    wrt = [i for i, t in enumerate(made[torch]) if t.requires_grad]
    if not wrt:  # the call makes its own tensors
        return
    try:
        tg = torch.autograd.grad(w0, [made[torch][i] for i in wrt],
                                 torch.tensor(seed, dtype=w0.dtype).reshape(w0.shape),
                                 allow_unused=True)
    except RuntimeError:  # torch 1.13 cannot differentiate it (scatter_add's smaller index)
        return
    cg = ct.autograd.grad(g0, [made[ct][i] for i in wrt],
                          ct.tensor(seed, dtype=g0.dtype).reshape(tuple(g0.shape)), allow_unused=True)
    for i, t, c in zip(wrt, tg, cg):
        if t is None:
            assert c is None or not c.numpy().any(), "%s: gradient %d: torch None" % (what, i)
            continue
        assert c is not None, "%s: gradient %d is None; torch's is not" % (what, i)
        # float32 anywhere on the path (a cast) bounds the gradient's precision
        f64 = t.dtype == w0.dtype == torch.float64 and "float" not in expression
        np.testing.assert_allclose(c.numpy(), t.numpy(), rtol=1e-10 if f64 else 1e-5,
                                   atol=1e-12 if f64 else 1e-6, err_msg="%s: gradient %d" % (what, i))


def test_ops_page_is_generated_from_the_table(tmp_path):
    """docs/ops.md is what scripts/gen_ops_doc.py makes of the table today."""
    import os
    import subprocess
    import sys
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    out = tmp_path / "ops.md"
    subprocess.run([sys.executable, os.path.join(root, "scripts", "gen_ops_doc.py"), str(out)], check=True,
                   env=dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(ct.__file__))))
    assert out.read_text() == open(os.path.join(root, "docs", "ops.md")).read(), \
        "docs/ops.md is stale: run scripts/gen_ops_doc.py docs/ops.md"


def test_table_rows_are_bound_and_documented():
    """A row of the table is all an op needs: it is in the Python namespace
    (function and method) and on the ops page."""
    import os
    doc = open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "ops.md")).read()
    for row in TABLE:
        assert callable(_resolve(ct, row["torch"])), row["name"]
        if row["method"]:
            assert hasattr(ct.Tensor, row["op"]), row["name"]
        assert "`%s`" % row["name"] in doc, row["name"] + " missing from docs/ops.md"


def _bound(schema, op):
    """(callable, is_method) for every place a signature is bound."""
    head, _, rest = schema.partition("(")
    qualified = head or op
    ns, _, name = qualified.rpartition(".")
    params = rest.split(",")[0].strip()
    method_only = params.startswith("Tensor self")
    module = {"": ct._C, "special": ct._C._special, "linalg": ct._C._linalg, "nn": ct._C._nn}[ns]
    return module, name, method_only


def test_every_signature_is_bound_and_checks_its_arguments():
    """The Python module binds every signature of the table (no op is bound
    by hand), and a call with an argument of the wrong type is a TypeError
    naming the op, as torch's parser gives."""
    seen = 0
    for row in TABLE:
        for schema in row["signatures"]:
            module, name, method_only = _bound(schema, row["op"])
            f = getattr(ct.Tensor, name, None) if method_only else getattr(module, name, None)
            if f is None and method_only is False:
                f = getattr(ct.Tensor, name, None)  # a method-only signature of the row
            assert callable(f), (row["name"], schema)
            seen += 1
    assert seen > 250
    x = ct.ones(2, 3)
    for call in (lambda: ct.sum(x, "a"), lambda: x.view("a"), lambda: ct.narrow(x, 0),
                 lambda: ct.add(x, x, alpha=None), lambda: ct.nn.functional.relu(x, bogus=1),
                 lambda: ct.cat(x)):
        with pytest.raises(TypeError):
            call()
    with pytest.raises(TypeError, match=r"^sum\(\): argument 'dim' \(position 2\) must be tuple of ints, not str"):
        ct.sum(x, "a")
    with pytest.raises(TypeError, match=r"cat\(\): argument 'tensors' \(position 1\) must be tuple of Tensors, not Tensor"):
        ct.cat(x)
    with pytest.raises(TypeError, match=r"^zeros\(\): argument 'size' must be tuple of ints, but found "
                                        r"element of type str at pos 2"):
        ct.zeros(2, "a")
    with pytest.raises(TypeError, match=r"^view\(\): argument 'size' must be tuple of ints, but found "
                                        r"element of type float at pos 1"):
        x.view(2.0, 3)
    assert ct.zeros(size=(2, 3)).shape == (2, 3) and x.view((3, 2)).shape == (3, 2)
    with pytest.raises(NotImplementedError):
        x.view(ct.float64)
    with pytest.raises(TypeError, match="multiple values for argument 'size'"):
        ct.zeros(2, 3, size=(2, 3))
    with pytest.raises(TypeError, match=r"^sum\(\) takes 2 positional argument\(s\) but 3 were given"):
        x.sum(0, True, 1)
    with pytest.raises(TypeError, match="received an invalid combination of arguments"):
        ct.add(x, "a")


def test_in_place_methods_return_the_same_object():
    x = ct.ones(2, 3)
    assert x.add_(1) is x and x.exp_() is x and x.clamp_(0, 5) is x and x.zero_() is x
    assert x.contiguous() is x
    assert ct.nn.functional.relu(x, inplace=True) is x


def test_a_row_of_the_elementwise_table_is_the_whole_op():
    """Each row of CT_UNARY_OPS (include/cotangent/elementwise_ops.h), the
    only place an elementwise op is written, reaches the op table, the
    Python function and method, docs/ops.md and every generic C++ test."""
    import os
    import re
    import subprocess
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    header = open(os.path.join(root, "include", "cotangent", "elementwise_ops.h")).read()
    rows = re.findall(r"^  ROW\((\w+), \"(\w+)\"", header, re.M)
    assert len(rows) >= 20
    table = {r["name"]: r for r in TABLE}
    doc = open(os.path.join(root, "docs", "ops.md")).read()
    gtest = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(ct.__file__))), "tests",
                         "cotangent_tests")
    listed = subprocess.run([gtest, "--gtest_list_tests", "--gtest_filter=All/OpTable.*"], check=True,
                            capture_output=True, text=True).stdout if os.path.exists(gtest) else None
    for name, node in rows:
        assert table[name]["node"] == node and table[name]["block_kernel"], name
        assert callable(getattr(ct, name)) and callable(getattr(ct.Tensor, name)), name
        assert "| `%s` |" % name in doc, name
        if listed is not None:
            assert len(re.findall(r"^  \w+/%s  # GetParam" % re.escape(name), listed, re.M)) == 8, name


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_op_matches_torch_in_float32_on_transposed_inputs(row):
    """The same rows in float32, with every 2-D float input handed over as
    the transpose of a contiguous tensor (a non-contiguous layout): values,
    dtype and gradient against torch at float32 tolerance."""
    for k, sample in enumerate(ct._C._sample_inputs(row["name"])):
        arrays = [s.detach().numpy().copy() for s in sample]
        grad = row["differentiable"]

        def make(m, a):
            is_float = a.dtype.kind == "f"
            if is_float and a.ndim == 2:
                t = m.tensor(np.ascontiguousarray(a.T.astype(np.float32))).t()
            else:
                t = m.tensor(a.astype(np.float32) if is_float else a)
            return t.requires_grad_() if grad and is_float else t
        t_in, c_in = [make(torch, a) for a in arrays], [make(ct, a) for a in arrays]
        if row["random"]:
            continue  # compared by shape in test_op_matches_torch
        try:
            t_out = _first(_call(torch, row, t_in))
        except RuntimeError:
            continue  # torch has no float32 kernel for this op (or this layout)
        c_out = _first(_call(ct, row, c_in))
        np.testing.assert_allclose(c_out.detach().numpy(), t_out.detach().numpy(), rtol=2e-5, atol=2e-5,
                                   err_msg="%s sample %d" % (row["name"], k))
        assert str(c_out.dtype).split(".")[-1] == str(t_out.dtype).split(".")[-1], row["name"]
        if not grad or row["name"] in GRAD_DEVIATIONS | NONCONTIGUOUS_GRAD_DEVIATIONS \
                or not t_out.dtype.is_floating_point:
            continue
        g = np.random.default_rng(k).standard_normal(tuple(t_out.shape)).astype(np.float32)
        t_grads = torch.autograd.grad(t_out, [t for t in t_in if t.requires_grad], torch.tensor(g))
        c_grads = ct.autograd.grad(c_out, [t for t in c_in if t.requires_grad], ct.tensor(g))
        for i, (tg, cg) in enumerate(zip(t_grads, c_grads)):
            np.testing.assert_allclose(cg.numpy(), tg.numpy(), rtol=1e-4, atol=1e-4,
                                       err_msg="%s sample %d grad %d" % (row["name"], k, i))


def test_named_returns_are_torchs():
    """Every signature that names its results ("-> (Tensor values, Tensor
    indices)") returns the named tuple torch.return_types has, with the same
    fields in the same order."""
    named = ct._C._named_returns()
    assert {"max", "min", "linalg_slogdet", "slogdet"} <= set(named)
    for name, fields in named.items():
        theirs = getattr(torch.return_types, name)((None,) * len(fields))
        assert [f for f in fields if hasattr(theirs, f)] == list(fields), name
        ours = getattr(ct.return_types, name)(tuple(range(len(fields))))
        assert [getattr(ours, f) for f in fields] == list(range(len(fields))), name
    x = np.array([[1.0, 5.0], [3.0, 2.0]])
    got, want = ct.max(ct.tensor(x), 1), torch.max(torch.tensor(x), 1)
    assert type(got).__name__ == type(want).__name__ == "max"
    np.testing.assert_array_equal(got.indices.numpy(), want.indices.numpy())
    # a one-element integer tensor is `other`, not a dim (overload order)
    np.testing.assert_array_equal(ct.max(ct.tensor(x), ct.tensor([2.0])).numpy(),
                                  torch.max(torch.tensor(x), torch.tensor([2.0])).numpy())
