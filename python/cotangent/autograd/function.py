"""torch.autograd.Function: custom differentiable functions. The work (the
node, saved tensors, dirty and non-differentiable outputs, tangents, the
errors) is the C++ library's ct::autograd::run_custom_function; this module
adapts Python's calling conventions to it.

    class Exp(Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, g):
            y, = ctx.saved_tensors
            return g * y

The setup_context style (forward without ctx, then
setup_context(ctx, inputs, output)) works too.
"""
import functools

from .. import _cotangent as _C
from .._cotangent import Tensor

__all__ = ["Function", "FunctionCtx", "once_differentiable", "InplaceFunction"]


class FunctionCtx:
    """The ctx of forward / backward / jvp. Attributes set on it in forward
    are there in backward; tensors for backward go through save_for_backward
    (so that in-place changes are caught)."""

    def save_for_backward(self, *tensors):
        self._c.save_for_backward(list(tensors))

    def save_for_forward(self, *tensors):
        self._saved_for_forward = tuple(tensors)

    @property
    def saved_tensors(self):
        if getattr(self, "_in_jvp", False):
            return getattr(self, "_saved_for_forward", ())
        return self._c.saved_tensors()

    saved_variables = saved_tensors

    def mark_dirty(self, *args):
        self._c.mark_dirty(list(args))

    def mark_non_differentiable(self, *args):
        self._c.mark_non_differentiable(list(args))

    def set_materialize_grads(self, value):
        self._c.set_materialize_grads(bool(value))

    @property
    def needs_input_grad(self):
        return self._c.needs_input_grad()


def once_differentiable(fn):
    """Marks a backward that is not itself differentiable: it runs without
    recording a graph, so create_graph gives gradients with no history."""
    @functools.wraps(fn)
    def wrapper(ctx, *args):
        return fn(ctx, *args)
    wrapper._once_differentiable = True
    return wrapper


class Function:
    """Base class of custom functions: subclass with static forward and
    backward (and optionally jvp, setup_context), call with apply()."""

    @staticmethod
    def forward(*args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement either the backward or vjp method for your custom "
                                  "autograd.Function to use it with backward mode AD.")

    vjp = backward

    @staticmethod
    def jvp(ctx, *grad_inputs):
        raise NotImplementedError("You must implement the jvp function for custom autograd.Function to use "
                                  "it with forward mode AD.")

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def apply(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("%s.apply() takes no keyword arguments" % cls.__name__)
        ctx = FunctionCtx()
        shape = {}
        separate = cls.setup_context is not Function.setup_context

        def forward(c):
            if separate:
                out = cls.forward(*args)
                cls.setup_context(c, args, out)
            else:
                out = cls.forward(c, *args)
            # C++ sees the tensors; other outputs are put back around them
            if isinstance(out, tuple):
                shape["single"] = False
                shape["other"] = {i: o for i, o in enumerate(out) if not isinstance(o, Tensor) and o is not None}
                return [o if isinstance(o, Tensor) else None for o in out]
            shape["single"] = True
            if not isinstance(out, Tensor):
                raise TypeError("%s.forward must return a Tensor or a tuple, not %s" %
                                (cls.__name__, type(out).__name__))
            return out

        backward = cls.backward if cls.backward is not Function.backward else cls.vjp
        once = getattr(backward, "_once_differentiable", False)
        jvp = None
        if cls.jvp is not Function.jvp:
            def jvp(c, *tangents):
                c._in_jvp = True
                try:
                    return cls.jvp(c, *tangents)
                finally:
                    c._in_jvp = False
        outs = _C._run_custom_function(cls.__name__ + "Backward", args, ctx, forward, backward, jvp, once)
        # an input modified in place (mark_dirty) comes back as the same object
        inputs = [a for a in args if isinstance(a, Tensor)]
        outs = [next((a for a in inputs if o is not None and o._is_same(a)), o) for o in outs]
        if shape["single"]:
            return outs[0]
        for i, o in shape["other"].items():
            outs[i] = o
        return tuple(outs)


class InplaceFunction(Function):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace
