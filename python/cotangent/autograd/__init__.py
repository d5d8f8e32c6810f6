"""cotangent.autograd, as torch.autograd: grad, backward, gradcheck,
gradgradcheck, grad modes, the functional API (vjp, jvp, ...) and forward-mode
AD (forward_ad)."""
from .. import _cotangent as _C
from .._cotangent import Tensor
from .._grad_mode import no_grad, enable_grad, set_grad_enabled  # noqa: F401
from .anomaly_mode import detect_anomaly, set_detect_anomaly  # noqa: F401
from .function import Function, once_differentiable  # noqa: F401


def _tensor_or_tensors(x, what):
    if isinstance(x, Tensor):
        return (x,)
    if isinstance(x, (tuple, list)):
        return tuple(x)
    raise TypeError("%s must be a Tensor or a sequence of Tensors, not %s" % (what, type(x).__name__))


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
         only_inputs=True, allow_unused=False, is_grads_batched=False):
    """torch.autograd.grad: the sum of gradients of outputs with respect to
    the inputs, as a tuple (None for an unused input when allow_unused)."""
    outputs = _tensor_or_tensors(outputs, "outputs")
    inputs = _tensor_or_tensors(inputs, "inputs")
    if grad_outputs is None:
        gos = None
    else:
        gos = (grad_outputs,) if isinstance(grad_outputs, Tensor) else tuple(grad_outputs)
        if len(gos) != len(outputs):
            raise RuntimeError("grad requires non-empty inputs." if not outputs else
                               "Mismatch in number of elements between grad_outputs and outputs: "
                               "%d vs %d" % (len(gos), len(outputs)))
    return _C._grad(outputs, inputs, gos, retain_graph, bool(create_graph), bool(allow_unused),
                    bool(is_grads_batched))


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None,
             inputs=None):
    """torch.autograd.backward: accumulates into the .grad of the leaves."""
    if grad_variables is not None and grad_tensors is None:
        grad_tensors = grad_variables
    tensors = _tensor_or_tensors(tensors, "tensors")
    if inputs is not None:
        inputs = _tensor_or_tensors(inputs, "inputs")
    _C._backward(tensors, grad_tensors, retain_graph, bool(create_graph), inputs)


def _as_list_func(func):
    def f(inputs):
        out = func(*inputs)
        return (out,) if isinstance(out, Tensor) else out
    return f


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True,
              check_sparse_nnz=False, nondet_tol=0.0, check_undefined_grad=True,
              check_grad_dtypes=False, check_batched_grad=False, check_batched_forward_grad=False,
              check_forward_ad=False, check_backward_ad=True, fast_mode=False):
    """torch.autograd.gradcheck: compares backward-mode (check_backward_ad)
    and forward-mode (check_forward_ad) Jacobians with central finite
    differences (use float64 inputs); fast_mode compares random projections
    v^T J u instead, check_batched_grad / check_batched_forward_grad compare
    batched passes with one pass per vector. sparse, nondet_tol, undefined
    grad and dtype checks are accepted and not run."""
    inputs = (inputs,) if isinstance(inputs, Tensor) else tuple(inputs)
    return _C._gradcheck(_as_list_func(func), inputs, eps, atol, rtol, raise_exception, bool(fast_mode),
                         bool(check_batched_grad), bool(check_forward_ad), bool(check_backward_ad),
                         bool(check_batched_forward_grad))


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False):
    """torch.autograd.gradgradcheck: gradcheck of the vector-Jacobian product
    (fast_mode, check_batched_grad, check_fwd_over_rev and check_rev_over_rev
    passed on to that gradcheck, as torch passes them)."""
    inputs = (inputs,) if isinstance(inputs, Tensor) else tuple(inputs)
    if grad_outputs is not None:
        grad_outputs = (grad_outputs,) if isinstance(grad_outputs, Tensor) else tuple(grad_outputs)
    return _C._gradgradcheck(_as_list_func(func), inputs, grad_outputs, eps, atol, rtol,
                             raise_exception, bool(fast_mode), bool(check_batched_grad),
                             bool(check_fwd_over_rev), bool(check_rev_over_rev))


from . import function  # noqa: E402,F401
from . import graph  # noqa: E402,F401
from . import functional  # noqa: E402,F401
from . import forward_ad  # noqa: E402,F401
