"""cotangent.func: torch.func / functorch's transforms (vmap, grad,
grad_and_value, vjp, jvp, jacrev, jacfwd, hessian) bound to ct::func.

The transforms run in C++ on flat lists of tensors; this module flattens
the arguments' pytrees (tuples, lists, dicts), checks them with functorch's
messages (docs/func-spec.md), hands C++ a function of the flat tensors, and
rebuilds the results' structure."""
import functools

from . import _cotangent as _C
from ._cotangent import Tensor
from ._pytree import tree_flatten, tree_unflatten, broadcast_to_and_flatten, LeafSpec

__all__ = ["vmap", "grad", "grad_and_value", "vjp", "jvp", "jacrev", "jacfwd", "hessian"]


def _name(func):
    return getattr(func, "__name__", None) or repr(func)


def _wraps(func):
    def deco(wrapper):
        try:
            return functools.wraps(func)(wrapper)
        except (AttributeError, TypeError):
            return wrapper
    return deco


# ---------------------------------------------------------------- vmap

def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """functorch.vmap: `func` over a batch dim of its inputs, each op by its
    batching rule. chunk_size (torch.func's) runs the batch in chunks."""
    _C._func_check_randomness(randomness) if isinstance(randomness, str) else _bad_randomness(randomness)

    @_wraps(func)
    def wrapped(*args, **kwargs):
        return _vmap_call(func, in_dims, out_dims, randomness, chunk_size, args, kwargs)
    return wrapped


def _bad_randomness(r):
    raise RuntimeError("Only allowed values for randomness are 'error', 'different', or 'same'. "
                       "Got %s" % (r,))


def _vmap_call(func, in_dims, out_dims, randomness, chunk_size, args, kwargs):
    name = _name(func)
    if not isinstance(in_dims, int) and not isinstance(in_dims, tuple):
        raise ValueError("vmap(%s, in_dims=%s, ...)(<inputs>): expected `in_dims` to be int or a "
                         "(potentially nested) tuple matching the structure of inputs, got: %s."
                         % (name, in_dims, type(in_dims)))
    if len(args) == 0:
        raise ValueError("vmap(%s)(<inputs>): got no inputs. Maybe you forgot to add inputs, or "
                         "you are trying to vmap over a function with no inputs. The latter is "
                         "unsupported." % name)
    leaves, args_spec = tree_flatten(args)
    dims = broadcast_to_and_flatten(in_dims, args_spec)
    if dims is None:
        raise ValueError("vmap(%s, in_dims=%s, ...)(<inputs>): in_dims is not compatible with the "
                         "structure of `inputs`. in_dims has structure %s but inputs has "
                         "structure %s." % (name, in_dims, tree_flatten(in_dims)[1], args_spec))
    tensors, tensor_dims, where = [], [], []
    for i, (leaf, d) in enumerate(zip(leaves, dims)):
        if d is not None and (not isinstance(d, int) or isinstance(d, bool)):
            raise ValueError("vmap(%s, in_dims=%s, ...)(<inputs>): Got in_dim=%s for an input but "
                             "in_dim must be either an integer dimension or None."
                             % (name, in_dims, d))
        if d is not None and not isinstance(leaf, Tensor):
            raise ValueError("vmap(%s, in_dims=%s, ...)(<inputs>): Got in_dim=%s for an input but "
                             "the input is of type %s. We cannot vmap over non-Tensor arguments, "
                             "please use None as the respective in_dim"
                             % (name, in_dims, d, type(leaf)))
        if d is not None and not -leaf.dim() <= d < leaf.dim():
            raise ValueError("vmap(%s, in_dims=%s, ...)(<inputs>): Got in_dim=%s for some input, "
                             "but that input is a Tensor of dimensionality %d so expected in_dim "
                             "to satisfy -%d <= in_dim < %d."
                             % (name, in_dims, d, leaf.dim(), leaf.dim(), leaf.dim()))
        if isinstance(leaf, Tensor):
            tensors.append(leaf)
            tensor_dims.append(d)
            where.append(i)
    if all(d is None for d in tensor_dims):
        raise ValueError("vmap: Expected at least one Tensor to vmap over")

    out_state = {}

    def flat(*ts):
        full = list(leaves)
        for i, t in zip(where, ts):
            full[i] = t
        out = func(*tree_unflatten(full, args_spec), **kwargs)
        out_leaves, spec = tree_flatten(out)
        for o in out_leaves:
            if not isinstance(o, Tensor):
                raise ValueError("vmap(%s, ...): `%s` must only return Tensors, got type %s as a "
                                 "return." % (name, name, type(o)))
        out_state["spec"] = spec
        return tuple(out_leaves)

    def out_dims_of():
        spec = out_state["spec"]
        if not all(isinstance(d, int) and not isinstance(d, bool) for d in tree_flatten(out_dims)[0]):
            raise ValueError("vmap(%s, ..., out_dims=%s): `out_dims` must be an int or a python "
                             "collection of ints representing where in the outputs the vmapped "
                             "dimension should appear." % (name, out_dims))
        od = out_dims
        if isinstance(od, tuple) and len(od) == 1 and isinstance(spec, LeafSpec):
            od = od[0]
        flat_dims = broadcast_to_and_flatten(od, spec)
        if flat_dims is None:
            raise ValueError("vmap(%s, ..., out_dims=%s)(<inputs>): out_dims is not compatible "
                             "with the structure of `outputs`. out_dims has structure %s but "
                             "outputs has structure %s."
                             % (name, out_dims, tree_flatten(out_dims)[1], spec))
        return flat_dims

    if out_dims is None or isinstance(out_dims, (str, float)):
        raise ValueError("vmap(%s, ..., out_dims=%s): `out_dims` must be an int or a python "
                         "collection of ints representing where in the outputs the vmapped "
                         "dimension should appear." % (name, out_dims))
    out = _C._func_vmap(flat, tensors, tensor_dims, out_dims_of, randomness, chunk_size or 0)
    return tree_unflatten(list(out), out_state["spec"])


# ---------------------------------------------------------------- argnums

def _check_argnums(argnums, num_args):
    if isinstance(argnums, int) and not isinstance(argnums, bool):
        nums = (argnums,)
    elif isinstance(argnums, tuple):
        if len(argnums) == 0:
            raise RuntimeError("argnums must be non-empty")
        for a in argnums:
            if not isinstance(a, int) or isinstance(a, bool):
                raise RuntimeError("argnum must be int, got: %s" % type(a))
        nums = argnums
    else:
        raise RuntimeError("argnums must be int or Tuple[int, ...], got: %s" % type(argnums))
    for a in nums:
        if not -num_args <= a < num_args:
            raise RuntimeError("Got argnum=%d, but only %d positional inputs" % (a, num_args))
    wrapped = tuple(a % num_args for a in nums)
    if len(set(wrapped)) != len(wrapped):
        raise RuntimeError("argnums elements must be unique, got %s" % (wrapped,))
    return wrapped


class _Args:
    """The positional arguments with the leaves of the differentiated ones
    (argnums) as one flat list of tensors."""

    def __init__(self, args, argnums, non_tensor):
        self.args = list(args)
        self.nums = argnums
        self.specs, self.counts, self.tensors = [], [], []
        for a in argnums:
            leaves, spec = tree_flatten(args[a])
            for leaf in leaves:
                if not isinstance(leaf, Tensor):
                    non_tensor(leaf)
            self.specs.append(spec)
            self.counts.append(len(leaves))
            self.tensors.extend(leaves)

    def rebuild(self, flat):
        args = list(self.args)
        k = 0
        for a, spec, n in zip(self.nums, self.specs, self.counts):
            args[a] = tree_unflatten(list(flat[k:k + n]), spec)
            k += n
        return args

    def per_arg(self, flat):
        """Flat per-leaf values -> one pytree per differentiated argument."""
        out, k = [], 0
        for spec, n in zip(self.specs, self.counts):
            out.append(tree_unflatten(list(flat[k:k + n]), spec))
            k += n
        return out


def _thing(leaf):
    raise ValueError("Thing passed to transform API must be Tensor, got %s" % type(leaf))


def _check_aux(aux):
    leaves, spec = tree_flatten(aux)
    for leaf in leaves:
        if not isinstance(leaf, Tensor):
            raise RuntimeError("Expected tensors, got unsupported type %s" % type(leaf))
    return leaves, spec


_VJP = "vjp(f, *primals): "
_JVP = "jvp(f, primals, tangents): "


def _split_aux(out, has_aux, prefix, state):
    """(output, aux leaves) of f's result; the aux structure goes into
    state["aux"]."""
    if not has_aux:
        return out, []
    if not (isinstance(out, tuple) and len(out) == 2):
        raise RuntimeError(prefix + "output of function f should be a tuple: (output, aux) if "
                           "has_aux is True")
    out, aux = out
    aux_leaves, state["aux"] = _check_aux(aux)
    return out, aux_leaves


def _outputs(out, has_aux, prefix, state, keep_aux=True):
    """f's result as its checked output leaves and aux leaves (functorch's
    messages under `prefix`); the structures go into `state` ("spec", "n",
    "aux"), and with keep_aux the aux values ("aux_values": f runs once at
    this vmap level, so they are returned as they are, detached unless an
    outer transform differentiates them)."""
    out, aux_leaves = _split_aux(out, has_aux, prefix, state)
    if keep_aux and has_aux:
        state["aux_values"] = [_C._func_aux(t) for t in aux_leaves]
    if out is None:
        raise RuntimeError(prefix + "Expected f to be a function that has non-empty output (got "
                           "output = [None])")
    leaves, spec = tree_flatten(out)
    for leaf in leaves:
        if not isinstance(leaf, Tensor):
            raise RuntimeError(prefix + "expected f(*primals) to return only tensors, got "
                               "unsupported type %s" % type(leaf))
    if not leaves:
        raise RuntimeError(prefix + "Expected f to be a function that has non-empty output (got "
                           "output = [])")
    state["spec"] = spec
    state["n"] = len(leaves)
    return leaves, aux_leaves


# ---------------------------------------------------------------- grad

def grad(func, argnums=0, has_aux=False):
    """functorch.grad: the gradient of func's scalar output w.r.t. argnums."""
    @_wraps(func)
    def wrapped(*args, **kwargs):
        g, _, aux = _grad_call(func, argnums, has_aux, False, args, kwargs)
        return (g, aux) if has_aux else g
    return wrapped


def grad_and_value(func, argnums=0, has_aux=False):
    """functorch.grad_and_value: (gradient, value), or (gradient, (value, aux))."""
    @_wraps(func)
    def wrapped(*args, **kwargs):
        g, value, aux = _grad_call(func, argnums, has_aux, True, args, kwargs)
        return (g, (value, aux)) if has_aux else (g, value)
    return wrapped


def _grad_call(func, argnums, has_aux, with_value, args, kwargs):
    nums = _check_argnums(argnums, len(args))
    a = _Args(args, nums, _thing)
    prefix = "grad_and_value(f)(*args): "
    aux_state = {}

    def flat(*ts):
        out, aux_leaves = _split_aux(func(*a.rebuild(ts), **kwargs), has_aux, prefix, aux_state)
        if not isinstance(out, Tensor):
            raise RuntimeError(prefix + "Expected f(*args) to return a Tensor, got %s" % type(out))
        return (out,) + tuple(aux_leaves)

    res = list(_C._func_grad(flat, a.tensors, has_aux, with_value))
    n = len(a.tensors)
    grads = a.per_arg(res[:n])
    g = grads[0] if isinstance(argnums, int) else tuple(grads)
    value = res[n] if with_value else None
    aux = None
    if has_aux:
        aux = tree_unflatten(res[n + (1 if with_value else 0):], aux_state["aux"])
    return g, value, aux


# ---------------------------------------------------------------- vjp

def vjp(func, *primals, has_aux=False):
    """functorch.vjp: (output, vjp_fn) or (output, vjp_fn, aux); vjp_fn can
    be called many times."""
    primal_leaves, primals_spec = tree_flatten(primals)
    for leaf in primal_leaves:
        if not isinstance(leaf, Tensor):
            _thing(leaf)
    state = {}

    def flat(*ts):
        leaves, _ = _outputs(func(*tree_unflatten(list(ts), primals_spec)), has_aux, _VJP, state)
        return tuple(leaves)

    outputs, fn, _ = _C._func_vjp(flat, primal_leaves, False)
    out_spec = state["spec"]
    output = tree_unflatten(list(outputs), out_spec)

    def vjp_fn(cotangents, retain_graph=True, create_graph=None):
        cot_leaves, cot_spec = tree_flatten(cotangents)
        if cot_spec != out_spec:
            raise RuntimeError("Expected pytree structure of cotangents to be the same as pytree "
                               "structure of outputs to the function. cotangents: %s, primal "
                               "output: %s" % (_short(cot_spec), _short(out_spec)))
        grads = fn(cot_leaves)
        return tuple(_split(list(grads), primals_spec))

    if has_aux:
        return output, vjp_fn, tree_unflatten(state["aux_values"], state["aux"])
    return output, vjp_fn


def _split(flat, primals_spec):
    """Flat gradients -> one pytree per primal."""
    tree = tree_unflatten(flat, primals_spec)
    return list(tree)


def _short(spec):
    """A pytree structure as functorch's cotangent message writes it: * for a
    leaf, (*, *) for a tuple, [*, *] for a list, {'a': *} for a dict."""
    if isinstance(spec, LeafSpec):
        return "*"
    inner = [_short(c) for c in spec.children]
    if spec.kind is list:
        return "[%s]" % ", ".join(inner)
    if spec.kind is tuple:
        return "(%s%s)" % (", ".join(inner), "," if len(inner) == 1 else "")
    if spec.context is not None and not isinstance(spec.context, type):
        return "{%s}" % ", ".join("%r: %s" % (k, v) for k, v in zip(spec.context, inner))
    return "%s(%s)" % (spec.kind.__name__, ", ".join(inner))


# ---------------------------------------------------------------- jvp

def jvp(func, primals, tangents, *, strict=False, has_aux=False):
    """functorch.jvp: (outputs, tangents_out) or (outputs, tangents_out, aux)."""
    prefix = _JVP
    if not isinstance(primals, tuple):
        raise RuntimeError(prefix + "Expected primals to be a tuple. E.g. it should be valid to "
                           "call f(*primals).")
    p_leaves, p_spec = tree_flatten(primals)
    t_leaves, t_spec = tree_flatten(tangents)
    if p_spec != t_spec:
        raise RuntimeError(prefix + "Expected primals and tangents to have the same python "
                           "structure. For example, if primals is a tuple of 3 tensors, tangents "
                           "also must be. Got primals with structure %s and tangents with "
                           "structure %s" % (p_spec, t_spec))
    if not p_leaves:
        raise RuntimeError(prefix + "Expected primals to contain at least one Tensor.")
    for leaf in p_leaves:
        if not isinstance(leaf, Tensor):
            raise RuntimeError(prefix + "Expected primals to only contain Tensors, got %s"
                               % type(leaf))
    for leaf in t_leaves:
        if not isinstance(leaf, Tensor):
            raise RuntimeError(prefix + "Expected tangents to only contain Tensors, got %s"
                               % type(leaf))
    state = {}

    def flat(*ts):
        leaves, _ = _outputs(func(*tree_unflatten(list(ts), p_spec)), has_aux, _JVP, state)
        return tuple(leaves)

    outputs, tangents_out, _ = _C._func_jvp(flat, p_leaves, t_leaves, strict, False)
    spec = state["spec"]
    result = (tree_unflatten(list(outputs), spec), tree_unflatten(list(tangents_out), spec))
    if has_aux:
        return result + (tree_unflatten(state["aux_values"], state["aux"]),)
    return result


# ---------------------------------------------------------------- jacobians

def _jacobian_structure(flat, out_spec, a, argnums):
    """Flat jacobians [out_k / leaf_j] (output major) -> functorch's structure:
    each output leaf replaced by the argument's pytree of jacobians (int
    argnums) or a tuple of them (tuple argnums)."""
    n_in = len(a.tensors)
    per_output = []
    for k in range(out_spec.num_leaves):
        per_arg = a.per_arg(flat[k * n_in:(k + 1) * n_in])
        per_output.append(per_arg[0] if isinstance(argnums, int) else tuple(per_arg))
    return tree_unflatten(per_output, out_spec)


def jacrev(func, argnums=0, *, has_aux=False, chunk_size=None):
    """functorch.jacrev: the Jacobian by reverse mode over a vmap of basis
    cotangents (chunk_size rows at a time, torch.func's keyword)."""
    @_wraps(func)
    def wrapped(*args):
        nums = _check_argnums(argnums, len(args))
        a = _Args(args, nums, _thing)
        state = {}

        def flat(*ts):
            leaves, _ = _outputs(func(*a.rebuild(ts)), has_aux, _VJP, state)
            return tuple(leaves)

        res = list(_C._func_jacrev(flat, a.tensors, False, chunk_size or 0))
        jac = _jacobian_structure(res, state["spec"], a, argnums)
        if has_aux:
            return jac, tree_unflatten(state["aux_values"], state["aux"])
        return jac
    return wrapped


def jacfwd(func, argnums=0, has_aux=False, *, randomness="error", chunk_size=None):
    """functorch.jacfwd: the Jacobian by forward mode over a vmap of basis
    tangents. argnums=None means every argument (as functorch 1.13)."""
    @_wraps(func)
    def wrapped(*args):
        nums_arg = tuple(range(len(args))) if argnums is None else argnums
        if isinstance(randomness, str):
            _C._func_check_randomness(randomness)
        else:
            _bad_randomness(randomness)
        nums = _check_argnums(nums_arg, len(args))
        a = _Args(args, nums, lambda leaf: (_ for _ in ()).throw(AttributeError(
            "'%s' object has no attribute 'numel'" % type(leaf).__name__)))
        state = {}

        def flat(*ts):
            leaves, aux_leaves = _outputs(func(*a.rebuild(ts)), has_aux, _JVP, state, False)
            if has_aux and len(leaves) != 1:
                # the forward pass runs batched over the basis: C++ splits
                # one output from the aux outputs
                raise NotImplementedError("cotangent.func.jacfwd: has_aux=True needs f's output "
                                          "to be a single Tensor")
            return tuple(leaves) + tuple(aux_leaves)

        res = list(_C._func_jacfwd(flat, a.tensors, has_aux, randomness, chunk_size or 0))
        n_out = state["n"] * len(a.tensors)
        jac = _jacobian_structure(res[:n_out], state["spec"], a, nums_arg)
        if has_aux:
            return jac, tree_unflatten(res[n_out:], state["aux"])
        return jac
    return wrapped


def hessian(func, argnums=0):
    """functorch.hessian: jacfwd(jacrev(func, argnums), argnums)."""
    return jacfwd(jacrev(func, argnums), argnums)
