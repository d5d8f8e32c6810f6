"""torch.distributed.nn.functional: differentiable collectives.

Out of place; each is a custom autograd Function in C++ whose backward and
jvp are collectives again (all_reduce's vjp is an all_reduce of the
cotangents, all_gather's a reduce_scatter, reduce_scatter's an all_gather,
broadcast's the sum of the cotangents on src), so create_graph and forward
mode work through them.
"""
from ... import _cotangent as _C


def _op_value(op):
    from .. import ReduceOp, _op

    return _op(ReduceOp.SUM if op is None else op)


def _check(group):
    from .. import _check_group

    _check_group(group)


def all_reduce(tensor, op=None, group=None):
    _check(group)
    return _C._dist_f_all_reduce(tensor, _op_value(op))


def broadcast(tensor, src, group=None):
    _check(group)
    return _C._dist_f_broadcast(tensor, src)


def all_gather(tensor, group=None):
    """A tuple of every rank's tensor, in rank order."""
    _check(group)
    return tuple(_C._dist_f_all_gather(tensor))


def _all_gather_base(output_tensor, input_tensor, group=None):
    """Every rank's input stacked along dim 0; output_tensor gets the values."""
    _check(group)
    out = _C._dist_f_all_gather_tensor(input_tensor)
    with _no_grad():
        output_tensor.copy_(out.reshape(output_tensor.shape))
    return out


def reduce_scatter(output, input_list, op=None, group=None):
    """This rank's entry of input_list reduced over the ranks. torch writes
    it into `output` and returns that; here `output` gets the values and the
    differentiable result is returned."""
    _check(group)
    out = _C._dist_f_reduce_scatter(list(input_list), _op_value(op))
    with _no_grad():
        output.copy_(out)
    return out


def _no_grad():
    from ..._grad_mode import no_grad

    return no_grad()
