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
