"""cotangent.autograd.forward_ad, as torch.autograd.forward_ad (PyTorch
1.13): dual levels, make_dual and unpack_dual.

    import cotangent.autograd.forward_ad as fwAD
    with fwAD.dual_level():
        inp = fwAD.make_dual(x, v)
        out = f(inp)
        y, jvp = fwAD.unpack_dual(out)

Levels do not nest, as in PyTorch 1.13; the only level is 0. Unlike torch,
levels are per thread (the C++ core keeps them thread-local), and tangents
never carry a grad_fn (docs/semantics.md, "Forward-mode AD").
"""
from collections import namedtuple
from typing import Any

from .. import _cotangent as _C
from .._grad_mode import _DecoratorContextManager

__all__ = ["UnpackedDualTensor", "enter_dual_level", "exit_dual_level", "make_dual", "unpack_dual",
           "dual_level"]


def _current_level():
    # torch keeps a Python global; ours follows the C++ (per-thread) state.
    return 0 if _C._is_dual_level_active() else -1


def enter_dual_level():
    r"""Enters a new forward grad level (returns its index, 0). Nested levels
    raise RuntimeError, as in PyTorch 1.13."""
    return _C._enter_dual_level()


def exit_dual_level(*, level=None):
    r"""Exits the current forward grad level; the tangents made in it are
    dropped."""
    current = _current_level()
    if level is None:
        level = current
    if level != current:
        raise RuntimeError("Trying to exit a forward AD level that was not the last one "
                           "that was created. This is not supported.")
    _C._exit_dual_level()


def make_dual(tensor, tangent, *, level=None):
    r"""Associates `tensor` with a forward gradient `tangent`: the result is
    an alias of `tensor` (backward differentiable) carrying `tangent`, whose
    tangent :func:`unpack_dual` recovers.

    Example::

        >>> with dual_level():
        ...   inp = make_dual(x, v)
        ...   out = f(inp)
        ...   y, jvp = unpack_dual(out)
    """
    current = _current_level()
    if level is None:
        level = current
    if level < 0:
        raise RuntimeError("Trying to create a dual Tensor for forward AD but no level "
                           "exists, make sure to enter_dual_level() first.")
    # torch's text names the dtype as torch.<name> (as the C++ check does)
    if not (tensor.is_floating_point() or tensor.is_complex()):
        raise ValueError("Expected primal to be floating point or complex, but got: "
                         f"torch.{tensor.dtype._name}")
    if not (tangent.is_floating_point() or tangent.is_complex()):
        raise ValueError("Expected tangent to be floating point or complex, but got: "
                         f"torch.{tangent.dtype._name}")
    if current < 0:
        raise RuntimeError("Trying to access a forward AD level with an invalid index. This index "
                           "was either not created or is already deleted.")
    if level != current:
        raise RuntimeError("Invalid level given to _make_dual")
    return _C._make_dual(tensor, tangent)


_UnpackedDualTensor = namedtuple('_UnpackedDualTensor', ['primal', 'tangent'])


class UnpackedDualTensor(_UnpackedDualTensor):
    r"""Namedtuple returned by :func:`unpack_dual` containing the primal and
    tangent components of the dual tensor."""
    pass


def unpack_dual(tensor, *, level=None):
    r"""Unpacks a dual tensor into ``(primal, tangent)``: ``primal`` is a view
    of `tensor` without the tangent, ``tangent`` its tangent at the level
    (None when it has none, or outside any level, where ``primal`` is
    `tensor` itself).

    Example::

        >>> with dual_level():
        ...   inp = make_dual(x, x_t)
        ...   out = f(inp)
        ...   y, jvp = unpack_dual(out)
        ...   jvp = unpack_dual(out).tangent
    """
    current = _current_level()
    if level is None:
        level = current
    if level < 0:
        return UnpackedDualTensor(tensor, None)
    primal, dual = _C._unpack_dual(tensor)
    if level != current:
        dual = None  # no tangent at a level that does not exist
    return UnpackedDualTensor(primal, dual)


class dual_level(_DecoratorContextManager):
    r"""Context manager (and decorator) that enables forward AD: all forward
    AD computation must happen inside a ``dual_level`` context. Levels do not
    nest.

    Example::

        >>> x = torch.tensor([1.])
        >>> x_t = torch.tensor([1.])
        >>> with dual_level():
        ...   inp = make_dual(x, x_t)
        ...   out = your_fn(inp)
        ...   _, grad = unpack_dual(out)
        >>> grad is None
        False
        >>> # After exiting the level, the grad is deleted
        >>> _, grad_after = unpack_dual(out)
        >>> grad_after is None
        True
    """
    def __init__(self):
        super().__init__()

    def __enter__(self):
        return enter_dual_level()

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        exit_dual_level()
