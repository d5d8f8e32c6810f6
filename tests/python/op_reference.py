"""The PyTorch reference of an op-table row: the call the row names, made
with torch or cotangent as the module, and the deliberate deviations. Used
by test_op_table.py and scripts/gen_table_values.py."""

# Deliberate differences from torch 1.13 (docs/ops.md shows our derivative).
GRAD_DEVIATIONS = {"sgn"}  # torch's real sgn backward is not zero; ours is (sgn is piecewise constant)
# torch 1.13 puts masked_select's gradient of a non-contiguous input in memory
# order (its own gradcheck fails there); ours is right (docs/semantics.md).
NONCONTIGUOUS_GRAD_DEVIATIONS = {"masked_select"}
# The last node of einsum's composite: torch ends with a view, cotangent with
# a permute (same values and gradients; docs/semantics.md).
# conv1d is conv2d on an unsqueezed input here, so its node is the squeeze's.
NODE_DEVIATIONS = {"einsum": "ViewBackward0", "conv1d": "ConvolutionBackward0"}


def resolve(module, path):
    obj = module
    for part in path.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


def call(module, row, args):
    """The row's op on `args` through `module` (torch or cotangent)."""
    if row["python_call"]:
        return eval(row["python_call"], {"m": module, "x": args})
    fn = resolve(module, row["torch"])
    if row["name"] == "logsumexp":  # PyTorch requires dim
        return fn(*args, dim=tuple(range(args[0].dim())))
    return fn(*args)


def first(out):
    return out[0] if isinstance(out, (tuple, list)) else out


def seed_gradient(numel):
    """The cotangent the generated value test feeds back: ((k mod 7) - 3) / 4
    for element k, exact in every float type (tests/test_table_values.cpp)."""
    return [((k % 7) - 3) / 4 for k in range(numel)]


def torch_edge_inputs(input, change, tensors):
    """The torch twin of one of cotangent._C._edge_inputs(row): the same
    values, dtypes and shapes, and the same geometry for the changes that
    are about memory layout (non-contiguous, expanded)."""
    import torch
    out = [None if t is None else torch.tensor(t.detach().numpy().copy()) for t in tensors]
    t = out[input]
    if change == "non-contiguous":
        out[input] = torch.stack([t, t], -1).select(-1, 0)
    elif change == "expanded":
        out[input] = t.reshape(-1)[0].expand(t.shape)
    return out


def outcome(module, row, inputs, expression=None):
    """("value", outputs as a list) or (the exception's class name, the
    first line of its message): of the row's call, or of `expression` (one
    of the row's further calls) over the same m and x."""
    try:
        if expression is not None:
            out = eval(expression, {"m": module, "x": inputs})
        else:
            out = call(module, row, inputs)
    except Exception as e:  # noqa: BLE001 -- the class is what is compared
        # torch's _LinAlgError is a RuntimeError (ct::RuntimeError here)
        name = "RuntimeError" if type(e).__name__ == "_LinAlgError" else type(e).__name__
        return name, str(e).split("\n")[0]
    return "value", list(out) if isinstance(out, (tuple, list)) else [out]


# Edge inputs where cotangent raises torch's exception class with another
# message, (row, input, change): why.
EDGE_MESSAGE_DEVIATIONS = {
    ("index_add", 0, "empty"): "torch names the first index its kernel selects, cotangent the first "
                               "index of the list",
    ("cholesky", 0, "empty"): "torch reports the mismatch at dimension 1, cotangent at dimension 0",
    ("pad", 0, "empty"): "torch's narrow fails first (start (0) + length (-1) exceeds dimension "
                         "size (0).); cotangent reports the negative output size",
}

# Edge inputs (op_table.h's edge_inputs) where cotangent knowingly differs
# from torch 1.13, (row, input, change): why. The generic tests check that
# these calls neither crash nor change their inputs, not what they return.
MASK_BYTES = ("torch 1.13 reads a float or int64 mask's bytes as bools without an error; "
              "cotangent refuses a mask that is not bool (docs/semantics.md)")
EDGE_DEVIATIONS = {
    ("masked_fill", 1, "float32"): MASK_BYTES,
    ("masked_fill", 1, "int64"): MASK_BYTES,
    ("masked_fill.tensor", 1, "float32"): MASK_BYTES,
    ("masked_fill.tensor", 1, "int64"): MASK_BYTES,
    ("masked_scatter", 1, "float32"): MASK_BYTES,
    ("masked_scatter", 1, "int64"): MASK_BYTES,
    ("binary_cross_entropy_with_logits", 1, "float32"):
        "torch 1.13 returns float32 for a float64 input and a float32 target (part of its "
        "composition runs in place on the target); cotangent promotes (docs/semantics.md)",
}
