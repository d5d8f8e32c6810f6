"""torch.utils.checkpoint with non-reentrant semantics (the C++
ct::checkpoint): the function's graph is recorded but the tensors its ops
save are dropped and recomputed, with the same random numbers, when
backward first needs them. use_reentrant=True (torch 1.13's default) is
accepted and runs the same non-reentrant algorithm (docs/semantics.md)."""
from .. import _cotangent as _C
from .._cotangent import Tensor

__all__ = ["checkpoint", "checkpoint_sequential"]


def checkpoint(function, *args, use_reentrant=True, preserve_rng_state=True, **kwargs):
    if kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(kwargs))
    positions = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
    tensors = tuple(args[i] for i in positions)
    single = {}

    def run(*ts):
        full = list(args)
        for i, t in zip(positions, ts):
            full[i] = t
        out = function(*full)
        single["value"] = isinstance(out, Tensor)
        return out
    outs = _C._checkpoint(run, tensors, bool(preserve_rng_state))
    return outs[0] if single["value"] else tuple(outs)


def checkpoint_sequential(functions, segments, input, **kwargs):
    preserve_rng_state = kwargs.pop("preserve_rng_state", True)
    if kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(kwargs))
    if hasattr(functions, "children") and not isinstance(functions, (list, tuple)):
        functions = list(functions.children())
    return _C._checkpoint_sequential(list(functions), int(segments), input, bool(preserve_rng_state))
