"""cotangent.compile: ct::compile for Python callables. The C++ core
(_C._CompiledCore) keeps one recording per signature of the tensors; this
module only lays a call's arguments out as a flat tensor list (tensors, and
lists or tuples of tensors) and keeps a core per value of the other
arguments (numbers, strings, None), which the recording depends on too."""
import collections
import functools
import threading

from . import _cotangent as _C
from ._cotangent import Tensor


def compile(model=None, *, max_signatures=8, log_recording=False, fuse=True, dynamic_shapes=False,
            disable=False):
    """Records `model` once per signature (the tensors' shapes, dtypes,
    requires_grad, grad mode, and the values of the other arguments) and
    replays the recorded ops on later calls without running its Python
    code. Usable as @cotangent.compile, @cotangent.compile(...) or
    cotangent.compile(fn). fuse and dynamic_shapes are ct::CompileOptions'
    (dynamic_shapes: allow masked_select and the like, replayed unfused).
    disable=True returns `model` itself."""
    def wrap(fn):
        if disable:
            return fn
        return CompiledFunction(fn, max_signatures, log_recording, fuse, dynamic_shapes)
    return wrap if model is None else wrap(model)


class recording_pause:
    """ct::RecordingPause as a context manager: the block runs once, when
    the compiled (or traced) function is recorded, and may read values
    (item(), print); replays never run it."""
    def __init__(self):
        self._pauses = []  # one per __enter__ (an instance may be entered again, nested)

    def __enter__(self):
        self._pauses.append(_C._RecordingPause())
        return self

    def __exit__(self, *exc):
        self._pauses.pop()
        return False


class CompiledFunction:
    def __init__(self, fn, max_signatures, log_recording, fuse=True, dynamic_shapes=False):
        if not callable(fn):
            raise TypeError("cotangent.compile: expected a callable, got %s" % type(fn).__name__)
        if max_signatures < 1:
            raise ValueError("ct::compile: max_signatures must be at least 1")
        functools.update_wrapper(self, fn)
        self._fn = fn
        self._max = max_signatures
        self._log = log_recording
        self._options = (fuse, dynamic_shapes)
        self._cores = collections.OrderedDict()  # the other arguments' values -> core
        self._lock = threading.Lock()
        self._fast = {}  # number of tensor arguments -> (key, layout, function)

    def _core(self, key):
        with self._lock:
            core = self._cores.get(key)
            if core is None:
                core = self._cores[key] = _C._CompiledCore(self._max, self._log, *self._options)
                while len(self._cores) > self._max:
                    self._cores.popitem(last=False)
            self._cores.move_to_end(key)
            return core

    def _prepare(self, args, kwargs):
        flat, layout, key = [], [], []
        for name, a in list(enumerate(args)) + sorted(kwargs.items()):
            if isinstance(a, Tensor):
                flat.append(a)
                layout.append(-1)
                key.append((name, "tensor"))
            elif isinstance(a, (list, tuple)) and a and all(isinstance(t, Tensor) for t in a):
                flat.extend(a)
                layout.append(len(a))
                key.append((name, type(a).__name__))
            else:
                try:
                    hash(a)
                except TypeError:
                    raise TypeError("cotangent.compile: argument %r is neither a tensor, a list or tuple of "
                                    "tensors, nor a hashable value (%s)" % (name, type(a).__name__)) from None
                key.append((name, "value", type(a).__name__, a))
        names = [k[0] for k in key]

        def call_fn(*tensors):
            it, rebuilt = iter(tensors), {}
            for k, n in zip(key, _layout_of(key, layout)):
                if k[1] == "tensor":
                    rebuilt[k[0]] = next(it)
                elif k[1] in ("list", "tuple"):
                    seq = [next(it) for _ in range(n)]
                    rebuilt[k[0]] = seq if k[1] == "list" else tuple(seq)
                else:
                    rebuilt[k[0]] = k[3]
            pos = [rebuilt[n] for n in names if isinstance(n, int)]
            kw = {n: rebuilt[n] for n in names if not isinstance(n, int)}
            return _flatten_result(self._fn(*pos, **kw))
        return flat, layout, tuple(key), call_fn

    def __call__(self, *args, **kwargs):
        if not kwargs and all(isinstance(a, Tensor) for a in args):
            # the common call, tensors only: its layout, key and function
            # made once per argument count
            fast = self._fast.get(len(args))
            if fast is None:
                key = tuple((i, "tensor") for i in range(len(args)))
                fast = self._fast[len(args)] = (
                    key, [-1] * len(args), lambda *t: _flatten_result(self._fn(*t)))
            key, layout, call_fn = fast
            core = self._cores.get(key)
            if core is None:
                core = self._core(key)
            outputs, structure = core.call(args, layout, call_fn)
            return _rebuild_result(outputs, structure)
        flat, layout, key, call_fn = self._prepare(args, kwargs)
        outputs, structure = self._core(key).call(flat, layout, call_fn)
        return _rebuild_result(outputs, structure)

    def to_dot(self, *args, **kwargs):
        """The recording a call with these arguments replays, in Graphviz's dot."""
        self(*args, **kwargs)
        flat, layout, key, call_fn = self._prepare(args, kwargs)
        return self._core(key).to_dot(flat, layout, call_fn)

    @property
    def num_recordings(self):
        with self._lock:
            return sum(c.num_recordings for c in self._cores.values())


def _layout_of(key, layout):
    """The layout entry of each argument (None for a value)."""
    it = iter(layout)
    return [next(it) if k[1] != "value" else None for k in key]


def _flatten_result(out):
    if isinstance(out, Tensor):
        return (out,), ("tensor",)
    if isinstance(out, (list, tuple)) and all(isinstance(t, Tensor) for t in out):
        return tuple(out), (type(out).__name__, len(out))
    raise TypeError("cotangent.compile: the function must return a Tensor, or a tuple or list of "
                    "Tensors, not %s" % type(out).__name__)


def _rebuild_result(outputs, structure):
    if structure[0] == "tensor":
        return outputs[0]
    return list(outputs) if structure[0] == "list" else tuple(outputs)
