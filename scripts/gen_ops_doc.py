# Generates docs/ops.md from the op table (include/cotangent/op_table.h, read
# through the built Python module) and, for the forms that are not rows of their
# own (aliases, in-place variants, internal nodes), the rows below:
#   PYTHONPATH=build/python /usr/bin/python3 scripts/gen_ops_doc.py docs/ops.md
# (section, cpp, torch, node, derivative)
import re

import cotangent

TABLE = cotangent._C._op_table()
NODE_OF = {}
for r in TABLE:
    NODE_OF.setdefault(r["op"], set()).add(r["node"] or "—")  # hand rows spell "not differentiable" —
R = []
def sec(name): R.append(("##", name))
def row(cpp, torch, node, d):
    name = re.split(r"[ (]", cpp)[0]
    if node not in NODE_OF.get(name, ()):  # the table's row is the one place
        R.append((cpp, torch, node, d))
sec("Special functions (aliases of table rows)")
for cpp, torch, node, d in [
 ("special::expit","torch.special.expit","SigmoidBackward0","sigmoid"),
 ("special::softmax, special::log_softmax(x, dim, dtype); Tensor::softmax, Tensor::log_softmax","torch.special.softmax / log_softmax, Tensor.softmax","SoftmaxBackward0 / LogSoftmaxBackward0","nn::functional::softmax / log_softmax"),
 ("special::erf, erfc, exp2, expm1, log1p, logsumexp","torch.special.*","as the top-level ops","the same functions (using-declarations)"),
 ("special::gammaln, special::psi","torch.special.gammaln / torch.special.psi","LgammaBackward0 / DigammaBackward0","aliases of lgamma / digamma"),
]: row(cpp, torch, node, d)
# Not rows, and why: sum_to has no torch function; mT is a property; to(dtype)
# leaves float64, which gradcheck needs; circular pad writes into a view (CopySlices).
sec("Reductions")
row("sum_to(x, shape)", "Tensor.sum_to_size", "(sum + reshape)", "composite")
sec("Views and shape")
row("mT", "Tensor.mT", "TransposeBackward0", "g.mT")
row("to(dtype)", "Tensor.to", "ToCopyBackward0", "g.to(x.dtype)")
sec("Neural-network functions (ct::nn::functional)")
for cpp, torch, node, d in [
 ("pad(x, pads, \"circular\")","F.pad(mode=\"circular\")","CopySlices","index_add of g along each padded dim (negative pads crop first: NarrowBackward0)"),
]: row(cpp, torch, node, d)
sec("In-place ops (Tensor methods; bump the version counter)")
for cpp, node in [("add_, sub_ (tensor, scalar)","AddBackward0 / SubBackward0"),("mul_, div_ (tensor, scalar)","MulBackward0 / DivBackward0"),
 ("pow_, neg_, exp_, log_, sqrt_, sin_, cos_, tanh_, sigmoid_, relu_, abs_","the out-of-place node"),("clamp_","ClampBackward1"),
 ("masked_fill_","MaskedFillBackward0"),("zero_","ZeroBackward0"),("fill_","FillBackward2"),("copy_","CopyBackwards")]:
    row(cpp, "Tensor."+cpp.split(",")[0].split(" ")[0], node, "history moves to the new value; old value saved when needed")
row("any of these on a view (x[0] = ..., v.mul_(2))", "Tensor.__setitem__", "CopySlices", "base: g outside the view; the written value: g inside it")
row("(a view whose base was written since it was made)", "—", "AsStridedBackward0", "g scattered into zeros of the base's shape")
sec("Internal derivative ops (differentiable, so higher orders work)")
for n, d in [("SliceBackwardBackward0","slice of gg"),("SelectBackwardBackward0","select of gg"),("DiagonalBackwardBackward0","diagonal of gg"),("AsStridedScatterBackward0","gg outside / inside the view")]:
    row("(backward of slice / select / diagonal)", "—", n, d)
for n in ["ProdBackwardBackward0", "CumprodBackwardBackward0", "LinalgDetBackwardBackward0",
          "LinalgSlogdetBackwardBackward0"]:
    row("(backward of prod / cumprod / det / slogdet, in compiled replays)", "—", n,
        "the backward's vjp, by running it again (eager mode records torch's nodes instead)")
import sys
out = ["# Ops and their derivatives", "",
 "Every op is defined once under `src/ops/` (forward, node name and derivative together).",
 "`g` is the incoming gradient, `out` the op's result. The engine sums a broadcast",
 "gradient back to its input's shape and casts it to the input's dtype, so formulas",
 "are plain calculus written with differentiable ops: `create_graph=true` gives higher",
 "derivatives for free. `tests/test_op_table.cpp` (every row of the table below) and",
 "`tests/test_ops.cpp` (the cases outside it) run gradcheck and gradgradcheck (float64)",
 "on every differentiable op; `tests/ops_doc_check.cmake` fails when an op declared in",
 "`ops.h`/`nn.h` or a node name recorded in `src/ops/` is missing from this page.", "",
 "Forward mode needs no second table: an elementwise op's tangent is its derivative",
 "formula applied to the tangent, any other op's is the transpose of its (linear)",
 "formula, and sum, mean, reshape, transpose, mm and mv have direct rules for speed",
 "(`docs/architecture.md`, Forward mode). `tests/test_op_table.cpp` and `tests/test_ops.cpp`",
 "check forward mode against reverse mode on every op.", ""]
KIND_TITLES = [("unary", "Elementwise, one input"), ("binary", "Elementwise, two inputs (broadcasting, PyTorch's type promotion)"),
               ("reduction", "Reductions"), ("view", "Views"), ("other", "Indexing, linear algebra, neural-network functions"),
               ("factory", "Factories")]
out += ["", "# The op table", "",
        "Each row below is one entry of the op table, made where the op is defined (an elementwise op is one",
        "row of `CT_UNARY_OPS` in `src/ops/elementwise.cpp`). The Python binding, this page, the generic tests",
        "(`tests/test_op_table.cpp`: gradcheck, gradgradcheck, forward vs reverse, batched gradients, trace",
        "replay, batching rule, block kernel, bad inputs; `tests/python/test_op_table.py`: values, node and",
        "gradient against the PyTorch function named here; `tests/test_table_values.cpp`: the same values and",
        "gradients in C++, from `scripts/gen_table_values.py`) all come from it. \"batching\" is how vmap",
        "batches the op (`ct::batching_rule_of`, seen on its first sample): `elementwise` lines the batch dims",
        "up and calls the op once, `rule` is the op's own batching rule (written at its `CT_TRACE_BATCHED`),",
        "`loop (...)` names primitives that run once per example (functorch's fallback, with its warning);",
        "`tests/test_op_table.cpp` checks every row under vmap against a loop. \"block\" marks a",
        "contiguous-block kernel."]
for kind, title in KIND_TITLES:
    out += ["", "## " + title, "", "| op | PyTorch | node | derivative | batching | block |", "|---|---|---|---|---|---|"]
    for r in TABLE:
        if r["kind"] == kind:
            out.append("| `%s` | `%s` | %s | %s | %s | %s |" % (r["name"], r["python_call"] or r["torch"], r["node"] or "—",
                       r["derivative"], cotangent._C._op_batching(r["name"]), "block" if r["block_kernel"] else ""))
out += ["", "# Python signatures", "",
        "Python binds every op from these signatures (PyTorch's schema notation, `include/cotangent/op_signature.h`),",
        "written on the op's first row; there is no hand-written binding. `ns.name(...)` is `torch.ns.name`",
        "(`nn.` is `torch.nn.functional`), `(Tensor self, ...)` a Tensor method only, `-> self` an in-place method.",
        "A plain unary or binary row without signatures is `torch.name(input[, other])` and the method.", "",
        "| row | signatures |", "|---|---|"]
for r in TABLE:
    if r["signatures"]:
        out.append("| `%s` | %s |" % (r["name"], "<br>".join("`%s`" % s.replace("|", "\\|") for s in r["signatures"])))
out += ["", "# Forms that are not rows of their own", "",
        "Aliases, in-place variants (bound from their op's signatures above), and internal nodes."]
count = len(TABLE)
for r in R:
    if r[0] == "##":
        out += ["", "## " + r[1], "", "| op | PyTorch | node | derivative |", "|---|---|---|---|"]
    else:
        out.append("| `%s` | `%s` | %s | %s |" % r)
        count += 1
open(sys.argv[1], "w").write("\n".join(out) + "\n")
print(count, "rows")
