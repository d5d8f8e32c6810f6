"""Tensor.__getitem__ / __setitem__ with PyTorch's semantics: ints, slices,
None, Ellipsis, and index tensors (integer or bool), mapped onto the core's
view ops (select, slice, unsqueeze) and index_select."""
import builtins

import numpy as np

from . import _cotangent as _C
from ._cotangent import Tensor


def _type_name(x):
    return type(x).__name__


def _to_index_tensor(x):
    if isinstance(x, Tensor):
        if x.dtype not in (_C.int64, _C.bool):
            raise IndexError("tensors used as indices must be long, byte or bool tensors")
        return x
    if isinstance(x, np.ndarray):
        if x.dtype == np.bool_:
            return _C.from_numpy(np.array(x, order="C")).clone()
        if x.dtype.kind in "iu":
            return _C.from_numpy(np.array(x, dtype=np.int64, order="C"))
        raise IndexError("tensors used as indices must be long, byte or bool tensors")
    # a list / tuple of ints or bools
    from ._tensor import tensor
    t = tensor(x)
    if t.dtype not in (_C.int64, _C.bool):
        raise IndexError("tensors used as indices must be long, byte or bool tensors")
    if t.numel() == 0:
        t = t.long()
    return t


def _is_int(x):
    return isinstance(x, (int, np.integer)) and not isinstance(x, (builtins.bool, np.bool_))


def _normalize(self, idx):
    """Returns the index as a list of entries: int, slice, None, Ellipsis,
    Tensor (advanced)."""
    if not isinstance(idx, tuple):
        # a list of ints is an index tensor (a list containing slices or
        # None is a tuple, as in NumPy's legacy rule)
        if isinstance(idx, list) and any(isinstance(e, (slice, type(None), type(Ellipsis), list, Tensor))
                                         and not isinstance(e, list) for e in idx):
            idx = tuple(idx)
        else:
            idx = (idx,)
    out = []
    for e in idx:
        if e is None or e is Ellipsis or isinstance(e, slice):
            out.append(e)
        elif isinstance(e, (builtins.bool, np.bool_)):
            out.append(builtins.bool(e))
        elif _is_int(e):
            out.append(int(e))
        elif isinstance(e, Tensor):
            if e.dtype == _C.int64 and e.dim() == 0:
                out.append(e)
            else:
                out.append(_to_index_tensor(e))
        elif isinstance(e, (list, tuple, np.ndarray)):
            out.append(_to_index_tensor(e))
        elif hasattr(e, "__index__"):
            out.append(e.__index__())
        else:
            raise IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                             "Variables are valid indices (got %s)" % _type_name(e))
    return out


def _consumed(e):
    if e is None or e is Ellipsis:
        return 0
    if isinstance(e, Tensor) and e.dtype == _C.bool:
        return e.dim()
    return 1


def _basic(self, entries):
    """Applies the basic entries; advanced ones are returned with the result
    dim they apply to."""
    ndim = self.dim()
    used = sum(_consumed(e) for e in entries if not isinstance(e, builtins.bool))
    if sum(1 for e in entries if e is Ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    if used > ndim:
        raise IndexError("too many indices for tensor of dimension %d" % ndim)
    result = self
    dim = 0
    source = 0  # the dim of `self` an entry indexes (torch's messages name it)
    advanced = []
    for e in entries:
        if e is None:
            result = result.unsqueeze(dim)
            dim += 1
        elif e is Ellipsis:
            dim += ndim - used
            source += ndim - used
        elif isinstance(e, builtins.bool):
            result = result.unsqueeze(dim)
            if not e:
                result = result._slice(dim, 0, 0, 1)
            dim += 1
        elif isinstance(e, int):
            size = result.shape[dim]
            if e < -size or e >= size:
                raise IndexError("index %d is out of bounds for dimension %d with size %d" % (e, source, size))
            result = result.select(dim, e)
            source += 1
        elif isinstance(e, slice):
            step = 1 if e.step is None else e.step.__index__()
            if step == 0:
                raise ValueError("slice step cannot be zero")
            if step < 0:
                raise ValueError("step must be greater than zero")
            start = None if e.start is None else e.start.__index__()
            stop = None if e.stop is None else e.stop.__index__()
            if start is not None or stop is not None or step != 1:
                result = result._slice(dim, start, stop, step)
            dim += 1
            source += 1
        else:  # advanced
            advanced.append((dim, e))
            dim += _consumed(e)
            source += _consumed(e)
    return result, advanced


def _advanced(result, advanced):
    """Applies integer / bool index tensors (PyTorch's advanced indexing)."""
    # bool masks become integer index tensors (one per masked dim)
    items = []
    shift = 0
    for dim, t in advanced:
        dim += shift
        if t.dtype == _C.bool and t.dim() == 0:
            # a 0-dim mask (torch): a new dim of size 1 (True) or 0 (False),
            # indexed like the 1-dim mask [True] / [False]
            result = result.unsqueeze(dim)
            items.append((dim, np.zeros(1 if builtins.bool(t.item()) else 0, dtype=np.int64)))
            shift += 1
            continue
        if t.dtype == _C.bool:
            sizes = result.shape[dim:dim + t.dim()]
            if tuple(t.shape) != tuple(sizes):
                for k, (a, b) in enumerate(zip(t.shape, sizes)):
                    if a != b:
                        raise IndexError("The shape of the mask %s at index %d does not match the shape "
                                         "of the indexed tensor %s at index %d"
                                         % (list(t.shape), k, list(result.shape), dim + k))
            nz = np.nonzero(t.numpy())
            for k, a in enumerate(nz):
                items.append((dim + k, a.astype(np.int64)))
        else:
            items.append((dim, t.detach().numpy()))
    dims = [d for d, _ in items]
    arrays = []
    for d, a in items:
        size = result.shape[d]
        bad = (a < -size) | (a >= size)
        if bad.any():
            v = int(a[bad].flat[0])
            raise IndexError("index %d is out of bounds for dimension %d with size %d" % (v, d, size))
        arrays.append(np.where(a < 0, a + size, a))
    try:
        arrays = np.broadcast_arrays(*arrays)
    except ValueError:
        shapes = " ".join("[%s]" % ", ".join(str(s) for s in a.shape) for a in arrays)
        raise IndexError("shape mismatch: indexing tensors could not be broadcast together with "
                         "shapes " + shapes) from None
    bshape = arrays[0].shape if arrays else ()
    adjacent = dims == list(range(dims[0], dims[0] + len(dims)))
    if not adjacent:
        rest = [d for d in range(result.dim()) if d not in dims]
        result = result.permute(*(dims + rest))
        dims = list(range(len(dims)))
    first = dims[0]
    sizes = [result.shape[d] for d in dims]
    lin = np.zeros(bshape, dtype=np.int64)
    for a, s in zip(arrays, sizes):
        lin = lin * s + a
    if len(dims) > 1:
        result = result.flatten(first, first + len(dims) - 1)
    index = _C.from_numpy(np.ascontiguousarray(lin.reshape(-1)))
    out = result.index_select(first, index)
    shape = list(result.shape[:first]) + list(bshape) + list(result.shape[first + 1:])
    return out if list(out.shape) == shape else out.reshape(shape)


_KIND = {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool"}


def _kind(dtype):
    return _KIND.get(str(dtype).split(".")[-1], str(dtype))


def getitem(self, idx):
    if self.dim() == 0 and _is_int(idx) and not isinstance(idx, (builtins.bool, np.bool_)):
        raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                         "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
    if self.dim() == 0 and isinstance(idx, slice):
        raise IndexError("slice() cannot be applied to a 0-dim tensor.")
    if isinstance(idx, Tensor) and idx.dtype == _C.bool and idx.dim() == self.dim() and self.dim() > 0 \
            and tuple(idx.shape) == tuple(self.shape):
        return _C.masked_select(self, idx)
    entries = _normalize(self, idx)
    result, advanced = _basic(self, entries)
    if advanced:
        result = _advanced(result, advanced)
    elif result._is_same(self):
        result = self.view(self.shape)  # torch: an alias of self
    return result


def setitem(self, idx, value):
    entries = _normalize(self, idx)
    has_adv = any(isinstance(e, Tensor) for e in entries)
    if not has_adv:
        view, _ = _basic(self, entries)
        if isinstance(value, Tensor):
            view.copy_(value)
        else:
            view.fill_(value)
        return
    single_mask = isinstance(idx, Tensor) and idx.dtype == _C.bool
    # torch writes a one-element value through a boolean mask with
    # masked_fill_, which converts it; index_put_ does not
    if isinstance(value, Tensor) and value.dtype != self.dtype and not (single_mask and value.numel() == 1):
        raise RuntimeError("Index put requires the source and destination dtypes match, got %s for the "
                           "destination and %s for the source." % (_kind(self.dtype), _kind(value.dtype)))
    if _C.is_grad_enabled() and self.requires_grad and self.is_leaf:
        # torch slices first when the index has basic parts: the write is then
        # into a view of the leaf
        basic = any(e is None or isinstance(e, (int, slice)) for e in entries)
        raise RuntimeError(("a view of a leaf Variable" if basic else "a leaf Variable") +
                           " that requires grad is being used in an in-place operation.")
    if isinstance(idx, Tensor) and idx.dtype == _C.bool and tuple(idx.shape) == tuple(self.shape) \
            and not isinstance(value, Tensor):
        self.masked_fill_(idx, value)
        return
    # General case: the linear positions the index selects, then a scatter.
    positions = getitem(_C.arange(self.numel()).view(self.shape), idx)
    flat_pos = positions.reshape(-1)
    if isinstance(value, Tensor):
        try:
            ok = _C._broadcast_shapes(tuple(value.shape), tuple(positions.shape)) == tuple(positions.shape)
        except RuntimeError:
            ok = False
        if not ok:
            raise RuntimeError("shape mismatch: value tensor of shape [%s] cannot be broadcast to indexing "
                               "result of shape [%s]" % (", ".join(map(str, value.shape)),
                                                         ", ".join(map(str, positions.shape))))
        vals = value.to(self.dtype).expand(positions.shape).reshape(-1)
    else:
        vals = _C.full((flat_pos.numel(),), value, dtype=self.dtype)
    new = self.reshape(-1).scatter(0, flat_pos, vals).view(self.shape)
    self.copy_(new)
