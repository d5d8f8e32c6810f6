"""torch.autograd.graph (saved_tensors_hooks, save_on_cpu, Node) and a
picture of the graph: to_dot, and make_dot with torchviz's signature. The
work is the C++ library's (ct::to_dot, ct::autograd::SavedTensorsHooks)."""
import os
import subprocess

from .. import _cotangent as _C
from .._cotangent import Tensor
from .._tensor import Node  # noqa: F401  (torch.autograd.graph.Node)

__all__ = ["saved_tensors_hooks", "save_on_cpu", "disable_saved_tensors_hooks", "to_dot", "make_dot",
           "Digraph", "Node"]


class saved_tensors_hooks:
    """Context manager: every tensor saved for backward inside it goes
    through pack_hook, and comes back through unpack_hook when backward
    needs it."""

    def __init__(self, pack_hook, unpack_hook):
        self.pack_hook = pack_hook
        self.unpack_hook = unpack_hook
        self._guard = None

    def __enter__(self):
        self._guard = _C._SavedTensorsHooks(self.pack_hook, self.unpack_hook)
        return self

    def __exit__(self, *exc):
        self._guard = None  # pops this pair (the C++ guard's destructor)


class save_on_cpu(saved_tensors_hooks):
    """torch's save_on_cpu: tensors are already on the CPU here, so saved
    tensors are kept as copies (pin_memory is accepted and ignored)."""

    def __init__(self, pin_memory=False):
        super().__init__(lambda t: t.detach().clone(), lambda t: t)


class disable_saved_tensors_hooks:
    def __init__(self, error_message):
        self.error_message = error_message

    def __enter__(self):
        def refuse(_):
            raise RuntimeError(self.error_message)
        self._inner = saved_tensors_hooks(refuse, refuse)
        self._inner.__enter__()
        return self

    def __exit__(self, *exc):
        self._inner.__exit__(*exc)


def to_dot(outputs, params=None, show_saved=False):
    """Graphviz DOT text of the backward graph of outputs (a Tensor or a
    sequence); params: {name: tensor} names the leaves."""
    if isinstance(outputs, Tensor):
        outputs = (outputs,)
    return _C._to_dot(tuple(outputs), dict(params or {}), bool(show_saved))


class Digraph:
    """What make_dot returns: DOT source with graphviz.Digraph's save /
    render / pipe, using the `dot` program (Debian's graphviz)."""

    def __init__(self, source):
        self.source = source

    def __str__(self):
        return self.source

    def save(self, filename="Digraph.gv", directory=None):
        path = os.path.join(directory, filename) if directory else filename
        with open(path, "w") as f:
            f.write(self.source)
        return path

    def pipe(self, format="svg"):
        return subprocess.run(["dot", "-T" + format], input=self.source.encode(), capture_output=True,
                              check=True).stdout

    def render(self, filename="Digraph.gv", directory=None, format="svg", cleanup=False):
        path = self.save(filename, directory)
        out = path + "." + format
        with open(out, "wb") as f:
            f.write(self.pipe(format))
        if cleanup:
            os.remove(path)
        return out

    def _repr_svg_(self):
        return self.pipe("svg").decode()


def make_dot(var, params=None, show_attrs=False, show_saved=False, max_attr_chars=50):
    """torchviz.make_dot: the graph behind var (a Tensor or a sequence),
    leaves named by params ({name: tensor})."""
    return Digraph(to_dot(var, params, show_saved or show_attrs))
