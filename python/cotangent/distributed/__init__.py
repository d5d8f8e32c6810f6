"""cotangent.distributed: torch.distributed over MPI, through mpi4py.

A torch.distributed script runs with ``import cotangent as torch`` where it
uses these calls::

    import cotangent as torch
    import cotangent.distributed as dist
    dist.init_process_group(backend="mpi")      # mpi4py's COMM_WORLD
    dist.all_reduce(t)                          # in place, as torch's
    y = dist.nn.functional.all_reduce(x)        # differentiable
    loss, g = dist.vjp(local_loss, w)           # data-parallel transforms

Run it with ``mpirun -np 4 python3 script.py``. Every call is the C++
ct::distributed one (include/cotangent/distributed.h): the collectives check
that all ranks called the same one with the same dtype and shapes, and wait
at most ``timeout`` for them, raising RuntimeError naming the collective and
the ranks otherwise.
"""
import datetime as _datetime
import warnings as _warnings

from .. import _cotangent as _C
from . import nn  # noqa: F401  (torch.distributed.nn)

default_pg_timeout = _datetime.timedelta(minutes=30)


class ReduceOp:
    """torch.distributed.ReduceOp (AVG needs a floating point tensor)."""

    def __init__(self, name, value):
        self._name, self._value = name, value

    def __repr__(self):
        return "<ReduceOp.%s: %d>" % (self._name, self._value)

    def __eq__(self, other):
        return isinstance(other, ReduceOp) and other._value == self._value

    def __hash__(self):
        return hash(self._value)


# The C++ enum's order (ct::distributed::ReduceOp).
for _i, _n in enumerate(["SUM", "AVG", "PRODUCT", "MIN", "MAX"]):
    setattr(ReduceOp, _n, ReduceOp(_n, _i))
del _i, _n


class Backend(str):
    """torch.distributed.Backend: only "mpi" is available here."""

    MPI = "mpi"
    GLOO = "gloo"
    NCCL = "nccl"
    UCC = "ucc"

    def __new__(cls, name):
        if not isinstance(name, str):
            raise ValueError("Backend name must be a string, but got: {}".format(name))
        if name.lower() not in ("mpi", "gloo", "nccl", "ucc"):
            raise ValueError("Invalid backend: '{}'".format(name))
        return str.__new__(cls, name.lower())


class _World:
    def __repr__(self):
        return "<cotangent.distributed.group.WORLD>"


class group:
    """torch.distributed.group: the default group is the only one."""

    WORLD = _World()


GroupMember = group


class _Work:
    """What async_op=True returns: the collective has already completed."""

    def wait(self, timeout=None):
        return True

    def is_completed(self):
        return True

    def is_success(self):
        return True


def is_available():
    """True when cotangent was built with MPI (cotangent::distributed)."""
    return _C._dist_available()


def is_mpi_available():
    if not is_available():
        return False
    try:
        import mpi4py  # noqa: F401
    except ImportError:
        return False
    return True


def is_gloo_available():
    return False


def is_nccl_available():
    return False


def is_initialized():
    return is_available() and _C._dist_is_initialized()


def _require_available():
    if not is_available():
        raise RuntimeError(
            "cotangent.distributed is not available: cotangent was built without MPI "
            "(install libopenmpi-dev and rebuild)")


def _check_group(group):
    if group is not None and group is not GroupMember.WORLD:
        raise NotImplementedError("cotangent.distributed supports the default group (group=None) only")


def _done(async_op):
    return _Work() if async_op else None


def _op(op):
    if not isinstance(op, ReduceOp):
        raise ValueError("op must be a cotangent.distributed.ReduceOp, not %r" % (op,))
    return op._value


def init_process_group(backend=None, init_method=None, timeout=default_pg_timeout, world_size=-1,
                       rank=-1, store=None, group_name="", pg_options=None, comm=None):
    """Starts the default group on mpi4py's COMM_WORLD (or `comm`, an mpi4py
    communicator); `backend` must be "mpi". MPI assigns ranks: world_size and
    rank are ignored with torch's warning."""
    _require_available()
    if not isinstance(timeout, _datetime.timedelta):
        raise RuntimeError("Expected timeout argument to be of type" "datetime.timedelta")
    if is_initialized():
        raise RuntimeError("trying to initialize the default process group " "twice!")
    backend = Backend("mpi" if backend is None else backend)
    if backend != Backend.MPI:
        raise RuntimeError(
            "Distributed package doesn't have %s built in: cotangent.distributed's backend is "
            "\"mpi\"" % backend.upper())
    if world_size != -1 or rank != -1:
        _warnings.warn(
            "For MPI backend, world_size ({}) and rank ({}) "
            "are ignored since they are assigned by the "
            "MPI runtime.".format(world_size, rank))
    from mpi4py import MPI  # initializes MPI (MPI_THREAD_MULTIPLE) on import

    comm = MPI.COMM_WORLD if comm is None else comm
    _C._dist_init(comm.py2f(), timeout.total_seconds(), True)


def destroy_process_group(group=None):
    _require_available()
    _check_group(group)
    _C._dist_destroy()


def get_rank(group=None):
    _require_available()
    _check_group(group)
    return _C._dist_rank()


def get_world_size(group=None):
    _require_available()
    _check_group(group)
    return _C._dist_world_size()


def get_backend(group=None):
    get_rank(group)
    return Backend.MPI


def barrier(group=None, async_op=False, device_ids=None):
    _check_group(group)
    _C._dist_barrier()
    return _done(async_op)


def all_reduce(tensor, op=ReduceOp.SUM, group=None, async_op=False):
    _check_group(group)
    _C._dist_all_reduce(tensor, _op(op))
    return _done(async_op)


def broadcast(tensor, src, group=None, async_op=False):
    _check_group(group)
    _C._dist_broadcast(tensor, src)
    return _done(async_op)


def all_gather(tensor_list, tensor, group=None, async_op=False):
    _check_group(group)
    _C._dist_all_gather(list(tensor_list), tensor)
    return _done(async_op)


def all_gather_into_tensor(output_tensor, input_tensor, group=None, async_op=False):
    _check_group(group)
    _C._dist_all_gather_into_tensor(output_tensor, input_tensor)
    return _done(async_op)


_all_gather_base = all_gather_into_tensor


def reduce_scatter(output, input_list, op=ReduceOp.SUM, group=None, async_op=False):
    _check_group(group)
    _C._dist_reduce_scatter(output, list(input_list), _op(op))
    return _done(async_op)


def reduce_scatter_tensor(output, input, op=ReduceOp.SUM, group=None, async_op=False):
    _check_group(group)
    _C._dist_reduce_scatter_tensor(output, input, _op(op))
    return _done(async_op)


_reduce_scatter_base = reduce_scatter_tensor


# ---- data-parallel transforms (ct::distributed::vjp and friends) -----------

def _unwrap(res, was_tuple):
    return res if was_tuple else res[0]


def _strategy_text(strategy):
    return strategy if isinstance(strategy, str) else ""


def vjp(func, inputs, v=None, create_graph=False, strict=False, op=ReduceOp.SUM):
    """torch.autograd.functional.vjp of the sum over ranks of func (op=AVG:
    the mean), each rank's func seeing its own shard of the data; every rank
    gets the reduced (output, vjp). inputs and v must agree across ranks."""
    out_tuple, out, res = _C._dist_vjp(func, inputs, v, bool(create_graph), bool(strict), _op(op))
    return _unwrap(out, out_tuple), _unwrap(res, isinstance(inputs, tuple))


def grad(func, inputs, create_graph=False, op=ReduceOp.SUM):
    """The gradient of the sum (op=AVG: the mean) over ranks of a one-element func."""
    return vjp(func, inputs, None, create_graph, False, op)[1]


def jacobian(func, inputs, strict=False, strategy="reverse-mode"):
    """torch.autograd.functional.jacobian of a func that is the same on every
    rank, its rows split across the ranks; every rank gets the whole Jacobian."""
    out_tuple, res = _C._dist_jacobian(func, inputs, bool(strict), _strategy_text(strategy))
    in_tuple = isinstance(inputs, tuple)
    if not in_tuple:
        res = tuple(row[0] for row in res)
    return _unwrap(res, out_tuple)


def hessian(func, inputs, strict=False, outer_jacobian_strategy="reverse-mode"):
    """torch.autograd.functional.hessian with its rows split across the ranks."""
    in_tuple = isinstance(inputs, tuple)
    res = _C._dist_hessian(func, inputs, bool(strict), _strategy_text(outer_jacobian_strategy))
    if not in_tuple:
        res = tuple(row[0] for row in res)
    return _unwrap(res, in_tuple)
