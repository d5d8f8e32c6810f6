"""The parts of the Tensor class that are easier in Python: Size, grad_fn
objects, return types, conversions and the Python protocols."""
import builtins
import numbers
import re
import warnings

import numpy as np

from . import _cotangent as _C
from ._cotangent import Tensor

_DTYPES = {"float32": _C.float32, "float64": _C.float64, "int64": _C.int64, "int32": _C.int32,
           "bool": _C.bool}
_NP_TO_CT = {np.dtype(np.float32): _C.float32, np.dtype(np.float64): _C.float64,
             np.dtype(np.int64): _C.int64, np.dtype(np.int32): _C.int32,
             np.dtype(np.bool_): _C.bool}
_CT_TO_NP = {v: k for k, v in _NP_TO_CT.items()}


class Size(tuple):
    """torch.Size: a tuple of ints that prints as ``ct.Size([2, 3])``."""

    def __new__(cls, sizes=()):
        return super().__new__(cls, (int(s) for s in sizes))

    def __repr__(self):
        return "ct.Size([" + ", ".join(str(s) for s in self) + "])"

    __str__ = __repr__

    def numel(self):
        n = 1
        for s in self:
            n *= s
        return n

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Size(r) if isinstance(i, slice) else r

    def __add__(self, other):
        return Size(tuple(self) + tuple(other))

    def __radd__(self, other):
        return Size(tuple(other) + tuple(self))


# ---- grad_fn objects: one Python class per node name, as in PyTorch
class Node:
    """Base class of the grad_fn objects (``<ExpBackward0 object at 0x...>``)."""

    __slots__ = ("_handle",)
    _QUALIFIED = ("AccumulateGrad", "CopySlices")  # torch names these torch::autograd::X

    def __init__(self, handle):
        self._handle = handle

    def name(self):
        n = self._handle.name()
        return "torch::autograd::" + n if n in self._QUALIFIED else n

    @property
    def next_functions(self):
        return tuple((None if h is None else _node_class(h.name())(h), nr)
                     for h, nr in self._handle.next_functions())

    @property
    def variable(self):
        v = self._handle.variable()
        if v is None:
            raise AttributeError("'%s' object has no attribute 'variable'" % type(self).__name__)
        return v

    def __eq__(self, other):
        return isinstance(other, Node) and self._handle == other._handle

    def __hash__(self):
        return hash(self._handle)

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def register_hook(self, fn):
        """fn(grad_inputs, grad_outputs) after the node ran; may return new grad_inputs."""
        return _RemovableHandle(self._handle.register_hook(fn))

    def register_prehook(self, fn):
        """fn(grad_outputs) before the node runs; may return new grad_outputs."""
        return _RemovableHandle(self._handle.register_prehook(fn))


class _RemovableHandle:
    """torch.utils.hooks.RemovableHandle: remove() unregisters the hook."""

    def __init__(self, handle):
        self._handle = handle

    def remove(self):
        self._handle.remove()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


_node_classes = {}


def _node_class(name):
    cls = _node_classes.get(name)
    if cls is None:
        cls = type(name, (Node,), {"__slots__": (), "__module__": "cotangent.autograd.graph"})
        _node_classes[name] = cls
    return cls


def _grad_fn(self):
    h = self._grad_fn()
    if h is None:
        return None
    return _node_class(h.name())(h)


# ---- return types (torch.return_types.max(values=..., indices=...))
class _ReturnType(tuple):
    _fields = ()
    _name = ""

    def __new__(cls, values):
        return super().__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        body = ",\n".join("%s=%r" % (f, v) for f, v in zip(self._fields, self))
        return "ct.return_types.%s(\n%s)" % (self._name, body)


def _return_type(name, fields):
    return type(name, (_ReturnType,), {"_fields": tuple(fields), "_name": name,
                                       "__module__": "cotangent.return_types"})


class return_types:
    """The named tuples of the ops whose signatures name their results
    ("-> (Tensor values, Tensor indices)"), made from the op table."""


for _name, _fields in _C._named_returns().items():
    setattr(return_types, _name, _return_type(_name, _fields))
_C._set_return_types({n: getattr(return_types, n) for n in _C._named_returns()})


# ---- devices: torch.device's parsing and errors; only the cpu exists
_DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga",
                 "ort", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone")


_DEVICE_RE = re.compile(r"([a-zA-Z_]+)(?::([1-9]\d*|0))?")


def _parse_device_string(s):
    if not s:
        raise RuntimeError("Device string must not be empty")
    m = _DEVICE_RE.fullmatch(s)
    if m is None:
        raise RuntimeError("Invalid device string: '%s'" % s)
    if m.group(1) not in _DEVICE_TYPES:
        raise RuntimeError("Expected one of %s device type at start of device string: %s"
                           % (", ".join(_DEVICE_TYPES), m.group(1)))
    return m.group(1), None if m.group(2) is None else int(m.group(2))


class device:
    """torch.device: device("cpu"), device("cpu:0"), device("cpu", 0). Other
    device types can be named (as in torch) but tensors live on the cpu only."""

    def __init__(self, type, index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        elif isinstance(type, int) and not isinstance(type, builtins.bool):
            if type < 0:
                raise RuntimeError("Device index must not be negative")
            type, index = "cuda", type
        elif isinstance(type, str):
            t, i = _parse_device_string(type)
            if i is not None and index is not None:
                raise RuntimeError("type (string) must not include an index because index was passed "
                                   "explicitly: " + type)
            type, index = t, (i if i is not None else index)
        else:
            raise TypeError("Device() received an invalid combination of arguments - got (%s)"
                            % builtins.type(type).__name__)
        if index is not None and index < 0:
            raise RuntimeError("Device index must not be negative")
        self.type = type
        self.index = index

    def __repr__(self):
        if self.index is None:
            return "device(type='%s')" % self.type
        return "device(type='%s', index=%d)" % (self.type, self.index)

    def __str__(self):
        return self.type if self.index is None else "%s:%d" % (self.type, self.index)

    def __eq__(self, other):
        if not isinstance(other, device):
            return NotImplemented
        return (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))

    def __reduce__(self):
        return (device, (self.type, self.index))


_cpu = device("cpu")


def _check_device(d):
    """Accepts what torch accepts as a `device=` argument (None, "cpu",
    "cpu:0", device("cpu"), an int meaning a cuda index) and raises torch's
    error (for a build without CUDA) for anything not on the cpu."""
    if d is None:
        return _cpu
    if not isinstance(d, (device, str, int)) or isinstance(d, builtins.bool):
        raise TypeError("expected a device (str, int or ct.device), but got %s" % type(d).__name__)
    d = device(d)
    if d.type == "cpu":
        return d
    if d.type == "cuda":
        raise AssertionError("Torch not compiled with CUDA enabled")
    raise NotImplementedError("cotangent has only the cpu device; tensors on '%s' are not supported"
                              % d.type)


def _accepts_device(fn):
    """fn with a `device=` keyword checked by _check_device."""
    def f(*args, device=None, **kwargs):
        _check_device(device)
        return fn(*args, **kwargs)
    f.__name__ = getattr(fn, "__name__", "f")
    f.__qualname__ = f.__name__
    f.__doc__ = getattr(fn, "__doc__", None)
    return f


# ---- Tensor protocols and conversions
def _size(self, dim=None):
    s = self._sizes()
    if dim is None:
        return Size(s)
    if self.dim() == 0:
        raise IndexError("Dimension specified as %d but tensor has no dimensions" % dim)
    n = len(s)
    if not -n <= dim < n:
        raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)"
                         % (-n, n - 1, dim))
    return s[dim]


def _stride(self, dim=None):
    s = self._strides()
    if dim is None:
        return tuple(s)
    return s[dim]


def _len(self):
    if self.dim() == 0:
        raise TypeError("len() of a 0-d tensor")
    return self._sizes()[0]


def _iter(self):
    if self.dim() == 0:
        raise TypeError("iteration over a 0-d tensor")
    return iter(self.unbind(0))


def _bool(self):
    n = self.numel()
    if n == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if n > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    if _C._func_is_batched(self):
        raise RuntimeError(
            "vmap: It looks like you're attempting to use a Tensor in some data-dependent control "
            "flow. We don't support that yet, please shout over at "
            "https://github.com/pytorch/functorch/issues/257 .")
    return builtins.bool(self.item())


def _scalar_conv(kind):
    def f(self):
        if self.numel() != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return kind(self.item())
    return f


def _item(self):
    if self.numel() != 1:
        raise ValueError("only one element tensors can be converted to Python scalars")
    return _C.Tensor._item(self)


def _index(self):
    if self.dtype not in (_C.int64, _C.int32) or self.numel() != 1:
        raise TypeError("only integer tensors of a single element can be converted to an index")
    return int(self.item())


def _format(self, spec):
    if self.dim() == 0:
        return self.item().__format__(spec)
    return object.__format__(self, spec)


def _to(self, *args, **kwargs):
    dtype = kwargs.pop("dtype", None)
    _check_device(kwargs.pop("device", None))
    kwargs.pop("non_blocking", None)
    copy = kwargs.pop("copy", False)
    kwargs.pop("memory_format", None)
    if kwargs:
        raise TypeError("to() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
    for a in args:
        if isinstance(a, _C.dtype):
            dtype = a
        elif isinstance(a, Tensor):
            dtype = a.dtype
        elif isinstance(a, (str, device)) or (isinstance(a, int) and not isinstance(a, builtins.bool)):
            _check_device(a)
        elif isinstance(a, builtins.bool) or a is None:
            pass
        else:
            raise TypeError("to() received an invalid combination of arguments - got (%s)"
                            % type(a).__name__)
    if dtype is None or dtype == self.dtype:
        return self.clone() if copy else self
    return self._to(dtype)


def _type(self, dtype=None, non_blocking=False, **kwargs):
    if dtype is None:
        return {"float32": "torch.FloatTensor", "float64": "torch.DoubleTensor",
                "int64": "torch.LongTensor", "int32": "torch.IntTensor",
                "bool": "torch.BoolTensor"}[self.dtype._name]
    if isinstance(dtype, str):
        dtype = {"torch.FloatTensor": _C.float32, "torch.DoubleTensor": _C.float64,
                 "torch.LongTensor": _C.int64, "torch.IntTensor": _C.int32,
                 "torch.BoolTensor": _C.bool}[dtype]
    return _to(self, dtype)


def _cast(dt):
    def f(self, memory_format=None):
        return _to(self, dt)
    return f


def _array(self, dtype=None):
    a = self.numpy()
    return a if dtype is None else a.astype(dtype, copy=False)


def _dlpack(self, stream=None):
    return self.numpy().__dlpack__()


def _dlpack_device(self):
    return (1, 0)  # kDLCPU


def _new_factory(fn):
    def f(self, *size, dtype=None, device=None, requires_grad=False):
        _check_device(device)
        return fn(*size, dtype=dtype or self.dtype, requires_grad=requires_grad)
    return f


def _new_full(self, size, fill_value, dtype=None, device=None, requires_grad=False):
    _check_device(device)
    return _C.full(size, fill_value, dtype=dtype or self.dtype, requires_grad=requires_grad)


def _new_tensor(self, data, dtype=None, device=None, requires_grad=False):
    _check_device(device)
    return tensor(data, dtype=dtype or self.dtype, requires_grad=requires_grad)


def _cuda(self, device=None, non_blocking=False, memory_format=None):
    raise AssertionError("Torch not compiled with CUDA enabled")


def _register_hook(self, hook):
    if not self.requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    return _RemovableHandle(self._register_hook(hook, getattr(hook, "__name__", type(hook).__name__)))


def _reduce_ex(self, proto):
    return (_rebuild, (self.detach().numpy().copy(), self.requires_grad))


def _rebuild(arr, requires_grad):
    t = _C.from_numpy(arr).clone()
    if requires_grad:
        t.requires_grad_(True)
    return t


def _deepcopy(self, memo):
    if not self.is_leaf:
        raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support "
                           "the deepcopy protocol at the moment")
    t = self.detach().clone()
    if self.requires_grad:
        t.requires_grad_(True)
    memo[id(self)] = t
    return t


def _contains(self, element):
    if isinstance(element, (Tensor, numbers.Number)):
        return builtins.bool((element == self).any().item())
    raise RuntimeError("Tensor.__contains__ only supports Tensor or scalar, but you passed in a %s."
                       % type(element))


def _floordiv(self, other):
    return _C.div(self, other, rounding_mode="floor")


def _rfloordiv(self, other):
    # `other` is a Python number: a 0-dim tensor promotes as torch's wrapped
    # number does (its category only).
    return _C.div(tensor(other), self, rounding_mode="floor")


def _rmatmul(self, other):
    return NotImplemented


def _install():
    T = Tensor
    T.grad_fn = property(_grad_fn)
    _C._set_size_class(Size)  # Tensor.shape (C++) returns a Size
    T.size = _size
    T.stride = _stride
    T.device = property(lambda self: _cpu)
    T.is_meta = property(lambda self: False)
    T.layout = property(lambda self: "torch.strided")
    T.data = property(lambda self: self.detach(),
                      lambda self, v: self.detach().copy_(v))
    T.__len__ = _len
    T.__iter__ = _iter
    T.__bool__ = _bool
    T.__float__ = _scalar_conv(float)
    T.__int__ = _scalar_conv(int)
    T.__complex__ = _scalar_conv(complex)
    T._item = T.item
    T.item = _item
    T.__index__ = _index
    T.__format__ = _format
    T.__array__ = _array
    T.__array_priority__ = 1000
    T.__dlpack__ = _dlpack
    T.__dlpack_device__ = _dlpack_device
    T.__contains__ = _contains
    T.__floordiv__ = _floordiv
    T.__rfloordiv__ = _rfloordiv
    T.__reduce_ex__ = _reduce_ex
    T.__deepcopy__ = _deepcopy
    T.to = _to
    T.type = _type
    T.float = _cast(_C.float32)
    T.double = _cast(_C.float64)
    T.long = _cast(_C.int64)
    T.int = _cast(_C.int32)
    T.bool = _cast(_C.bool)
    T.type_as = lambda self, other: _to(self, other.dtype)
    T.cpu = lambda self, memory_format=None: self
    T.cuda = _cuda
    T.get_device = lambda self: -1
    T.new_zeros = _new_factory(_C.zeros)
    T.new_ones = _new_factory(_C.ones)
    T.new_empty = _new_factory(_C.empty)
    T.new_full = _new_full
    T.new_tensor = _new_tensor
    T.register_hook = _register_hook
    T.ndimension = T.dim
    T.__module__ = "cotangent"


# ---- ct.tensor
def _infer(data, depth, shape, flat, kinds):
    if isinstance(data, Tensor):
        if data.dim() != 0:
            raise ValueError("only one element tensors can be converted to Python scalars")
        v = data.item()
        data = v
    if isinstance(data, np.ndarray) and data.ndim == 0:
        data = data.item()
    if isinstance(data, (builtins.bool, np.bool_)):
        kinds.add("bool")
        flat.append(builtins.bool(data))
        _check_leaf_depth(depth, shape)
        return
    if isinstance(data, numbers.Integral):
        kinds.add("int")
        flat.append(int(data))
        _check_leaf_depth(depth, shape)
        return
    if isinstance(data, numbers.Real):
        kinds.add("float")
        flat.append(float(data))
        _check_leaf_depth(depth, shape)
        return
    if isinstance(data, (str, bytes)):
        raise ValueError("too many dimensions '%s'" % type(data).__name__)
    if data is None or not hasattr(data, "__len__") or not hasattr(data, "__getitem__"):
        raise RuntimeError("Could not infer dtype of %s" % type(data).__name__)
    n = len(data)
    if depth == len(shape):
        if flat and depth > 0:
            # a sequence where the first branch had a scalar
            raise TypeError("new(): invalid data type '%s'" % type(data).__name__)
        shape.append(n)
    elif shape[depth] != n:
        raise ValueError("expected sequence of length %d at dim %d (got %d)" % (shape[depth], depth, n))
    for item in data:
        _infer(item, depth + 1, shape, flat, kinds)


def _check_leaf_depth(depth, shape):
    if depth != len(shape):
        raise TypeError("new(): invalid data type: a scalar where a sequence was expected")


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    """ct.tensor(data, dtype=None, requires_grad=False): a new tensor
    (a copy) from nested lists, scalars, NumPy arrays or tensors."""
    _check_device(device)
    if isinstance(data, Tensor):
        warnings.warn("To copy construct from a tensor, it is recommended to use "
                      "sourceTensor.clone().detach() or sourceTensor.clone().detach()."
                      "requires_grad_(True), rather than torch.tensor(sourceTensor).",
                      UserWarning, stacklevel=2)
        t = data.detach().clone()
        if dtype is not None:
            t = _to(t, dtype)
    elif isinstance(data, (np.ndarray, np.generic)):
        arr = np.asarray(data)
        if arr.dtype not in _NP_TO_CT:
            if arr.dtype.kind in "iu":
                arr = arr.astype(np.int64)
            elif arr.dtype.kind == "f":
                arr = arr.astype(np.float32 if arr.dtype.itemsize < 4 else np.float64)
            else:
                raise TypeError("can't convert np.ndarray of type numpy.%s. The only supported "
                                "types are: float64, float32, int64, int32, and bool." % arr.dtype.name)
        t = _C.from_numpy(np.array(arr, order="C")).clone()
        if dtype is not None:
            t = _to(t, dtype)
    elif (t := _C._tensor_from_list(data, dtype)) is not None:
        pass  # flat or 2-D lists of Python numbers, converted in C++
    else:
        shape, flat, kinds = [], [], set()
        _infer(data, 0, shape, flat, kinds)
        if dtype is None:
            if "float" in kinds:
                dtype = _C.float32
            elif "int" in kinds:
                dtype = _C.int64
            elif "bool" in kinds:
                dtype = _C.bool
            else:
                dtype = _C.float32
        npdt = _CT_TO_NP[dtype]
        try:
            if "float" in kinds and dtype in (_C.int64, _C.int32):
                arr = np.array(flat, dtype=np.float64).astype(np.int64)
            elif dtype == _C.int32:
                arr = np.array(flat, dtype=np.int64)  # wraps to 32 bits below
            else:
                arr = np.array(flat, dtype=np.float64 if npdt == np.float32 else npdt)
        except OverflowError:
            raise RuntimeError("Overflow when unpacking long") from None
        arr = np.array(arr.astype(npdt).reshape(shape), order="C")
        t = _C.from_numpy(arr).clone()
    if requires_grad:
        t.requires_grad_(True)
    return t


def as_tensor(data, dtype=None, device=None):
    _check_device(device)
    if isinstance(data, Tensor):
        return data if dtype is None else _to(data, dtype)
    if isinstance(data, np.ndarray) and data.dtype in _NP_TO_CT and data.ndim > 0:
        try:
            t = _C.from_numpy(data)
            return t if dtype is None else _to(t, dtype)
        except (ValueError, TypeError):
            pass
    return tensor(data, dtype=dtype)


def from_dlpack(ext_tensor):
    """A tensor sharing memory with any object that implements the DLPack
    protocol (a torch tensor, a NumPy array, ...)."""
    if isinstance(ext_tensor, Tensor):
        return ext_tensor
    arr = np.from_dlpack(ext_tensor)
    return _C.from_numpy(arr)
