"""cotangent.autograd.functional: vjp, jvp, jacobian, hessian, vhp, hvp.

Each function is the C++ one (src/functional/functional.cpp) called with the
Python callable: the argument checks and their order, error types and texts,
fresh inputs, strict and create_graph handling, vectorize and the strategies
are those of torch.autograd.functional (docs/semantics.md). The C++ reports
tuple-ness (only a real tuple counts, as in torch) and this module gives the
results torch's structure back: a bare Tensor where the user passed one.

jvp and hvp run native forward mode unless strict or create_graph asks for
torch's double backward trick (whose strict errors and graphs they then
reproduce); forward-mode jacobian returns detached tuples (Q5).
"""
from .. import _cotangent as _C


def _unwrap(res, was_tuple):
    """Undo the tuple wrapping of a lone Tensor."""
    return res if was_tuple else res[0]


def _unwrap_nested(res, outer_was_tuple, inner_was_tuple):
    """_unwrap for a tuple of tuples (outer index first)."""
    if not inner_was_tuple:
        res = tuple(row[0] for row in res)
    return _unwrap(res, outer_was_tuple)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """Vector-Jacobian product v^T J of func at inputs.

    Returns (func(inputs), vjp), the vjp shaped like the inputs; semantics
    follow torch.autograd.functional.vjp.
    """
    out_tuple, out, res = _C._vjp(func, inputs, v, bool(create_graph), bool(strict))
    return _unwrap(out, out_tuple), _unwrap(res, isinstance(inputs, tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """Jacobian-vector product J v of func at inputs.

    Returns (func(inputs), jvp), the jvp shaped like the outputs; semantics
    follow torch.autograd.functional.jvp.
    """
    out_tuple, out, res = _C._jvp(func, inputs, v, bool(create_graph), bool(strict))
    return _unwrap(out, out_tuple), _unwrap(res, out_tuple)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """Vector-Hessian product v^T H of a one-element func at inputs.

    Returns (func(inputs), vhp), the vhp shaped like the inputs; semantics
    follow torch.autograd.functional.vhp.
    """
    _, out, res = _C._vhp(func, inputs, v, bool(create_graph), bool(strict))
    return out[0], _unwrap(res, isinstance(inputs, tuple))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """Hessian-vector product H v of a one-element func at inputs.

    Returns (func(inputs), hvp), the hvp shaped like the inputs; semantics
    follow torch.autograd.functional.hvp.
    """
    _, out, res = _C._hvp(func, inputs, v, bool(create_graph), bool(strict))
    return out[0], _unwrap(res, isinstance(inputs, tuple))


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """Jacobian of func at inputs.

    Returns a Tensor, or (nested) tuples of Tensors indexed [output][input] when
    func's outputs / the inputs are tuples; semantics follow
    torch.autograd.functional.jacobian.
    """
    out_tuple, res = _C._jacobian(func, inputs, bool(create_graph), bool(strict), bool(vectorize),
                                  _strategy_text(strategy))
    return _unwrap_nested(res, out_tuple, isinstance(inputs, tuple))


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """Hessian of a one-element func at inputs, as the jacobian of its gradient.

    Returns a Tensor, or a tuple of tuples indexed [input_i][input_j] when the
    inputs are a tuple; semantics follow torch.autograd.functional.hessian.
    """
    in_tuple = isinstance(inputs, tuple)
    res = _C._hessian(func, inputs, bool(create_graph), bool(strict), bool(vectorize),
                      _strategy_text(outer_jacobian_strategy))
    return _unwrap_nested(res, in_tuple, in_tuple)


def _strategy_text(strategy):
    # torch compares with `in`: anything but the two strings (None, 3, ...)
    # fails its assertion, which the C++ raises at torch's point.
    return strategy if isinstance(strategy, str) else ""
