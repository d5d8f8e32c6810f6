"""cotangent: tensors with reverse-mode autodiff, with PyTorch's Python API.

    import cotangent as ct
    from cotangent.autograd.functional import vjp
    x = ct.rand(4, 4)
    vjp(lambda x: x.exp().sum(dim=1), x, ct.ones(4))
"""
import builtins as _builtins

from . import _cotangent as _C
from ._cotangent import Tensor, dtype, from_numpy
from ._cotangent import is_anomaly_enabled, is_anomaly_check_nan_enabled  # noqa: F401
from ._tensor import (Size, tensor, as_tensor, from_dlpack, return_types, device,
                      _install as _install_tensor)
from ._grad_mode import no_grad, enable_grad, set_grad_enabled, is_grad_enabled
from . import _indexing, _tensor

__version__ = "0.1.0"

_install_tensor()
_C._set_getitem_fallback(_indexing.getitem)  # Tensor.__getitem__ is C++ for basic indices
Tensor.__setitem__ = _indexing.setitem

# Module-level functions of the extension (exp, sum, matmul, zeros, ...).
for _name in dir(_C):
    if not _name.startswith("_") and _name not in globals():
        globals()[_name] = getattr(_C, _name)

# The factories (the op table's factory rows) take torch's device= keyword
# (cpu only; see _tensor._check_device).
for _name in sorted({_row["op"] for _row in _C._op_table() if _row["kind"] == "factory"}):
    globals()[_name] = _tensor._accepts_device(getattr(_C, _name))
del _name

float32 = _C.float32
float64 = _C.float64
int64 = _C.int64
int32 = _C.int32
bool = _C.bool  # noqa: A001  (torch.bool)
float = float32  # noqa: A001
double = float64
long = int64
int = int32  # noqa: A001


def is_tensor(obj):
    return isinstance(obj, Tensor)


def is_floating_point(input):
    return input.is_floating_point()


def numel(input):
    return input.numel()


def _broadcast(shapes):
    out = ()
    for s in shapes:
        out = _C._broadcast_shapes(out, (s,) if isinstance(s, _builtins.int) else tuple(s))
    return Size(out)


def broadcast_shapes(*shapes):
    try:
        return _broadcast(shapes)
    except RuntimeError:  # torch.broadcast_shapes words it differently from the tensor ops
        raise RuntimeError("Shape mismatch: objects cannot be broadcast to a single shape") from None


def broadcast_tensors(*tensors):
    shape = _broadcast([t.shape for t in tensors])
    return tuple(t if t.shape == shape else t.expand(shape) for t in tensors)  # as torch: no view when it fits


def is_nonzero(input):
    return _builtins.bool(input)


def get_default_dtype():
    return float32


def square_(input):
    return input.mul_(input)


def seed():
    import random
    s = random.getrandbits(63)
    manual_seed(s)
    return s


def initial_seed():
    raise NotImplementedError("cotangent: initial_seed is not tracked")


from . import autograd  # noqa: E402
from . import linalg  # noqa: E402
from . import nn  # noqa: E402
from . import special  # noqa: E402
from . import utils  # noqa: E402
from ._compile import compile, recording_pause  # noqa: E402,F401
from . import func  # noqa: E402,F401
from . import distributed  # noqa: E402,F401
from .autograd import grad as _grad  # noqa: E402,F401

Tensor.sigmoid_ = Tensor.sigmoid_
