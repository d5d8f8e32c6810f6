"""cotangent.autograd.functional: vjp, jvp, jacobian, hessian, vhp, hvp.

The semantics (argument checks and their order, error types and texts,
result structures, grad modes) are those of torch.autograd.functional; see
docs/semantics.md. Known differences:
  * Q1: with strict=True and create_graph=True, the loop-mode jacobian error
    names the input index.
  * strategy="forward-mode" (jacobian, hessian) gets each Jacobian-vector
    product by differentiating a vjp with respect to its cotangent on one
    recorded graph, so func runs once as in torch. Values, the dtype
    (the output's) and the errors agree with torch; the results are detached
    tuples (Q5) rather than lists.
"""
import cotangent as torch

_OUTPUTS = "outputs of the user-provided function"


# ---------------------------------------------------------------------------
# Argument handling


def _as_tuple(value, what, fn_name):
    """(was_tuple, tuple of Tensors); TypeError naming `what` otherwise."""
    was_tuple = isinstance(value, tuple)
    items = value if was_tuple else (value,)
    for i, item in enumerate(items):
        if not isinstance(item, torch.Tensor):
            culprit = "the value at index {}".format(i) if was_tuple else "the given {}".format(what)
            raise TypeError("The {} given to {} must be either a Tensor or a tuple of Tensors but {} has "
                            "type {}.".format(what, fn_name, culprit, type(item)))
    return was_tuple, items


def _unwrap(res, was_tuple):
    """Undo _as_tuple: a lone Tensor comes back bare."""
    return res if was_tuple else res[0]


def _unwrap_nested(res, outer_was_tuple, inner_was_tuple):
    """_unwrap for a tuple of tuples (outer index first)."""
    if not inner_was_tuple:
        res = tuple(row[0] for row in res)
    return _unwrap(res, outer_was_tuple)


def _fresh(tensors, create_graph, need_graph):
    """New Tensor objects for the user's tensors: differentiable views when the
    caller wants a graph back to them, detached copies otherwise."""
    return tuple(t.view_as(t) if create_graph and t.requires_grad else t.detach().requires_grad_(need_graph)
                 for t in tensors)


def _cleanup(tensors, create_graph):
    """Detach (possibly nested) results unless create_graph."""
    if not isinstance(tensors[0], torch.Tensor):
        return tuple(_cleanup(t, create_graph) for t in tensors)
    return tensors if create_graph else tuple(t.detach() for t in tensors)


def _size_text(size):
    return "torch.Size([" + ", ".join(str(s) for s in size) + "])"


def _check_v(v, refs, refs_were_tuple):
    """v must have one Tensor per ref, each of the ref's size."""
    if len(v) != len(refs):
        if refs_were_tuple:
            raise RuntimeError("v is a tuple of invalid length: should be {} but got {}.".format(len(refs), len(v)))
        raise RuntimeError("The given v should contain a single Tensor.")
    for i, (given, ref) in enumerate(zip(v, refs)):
        if given.size() != ref.size():
            where = "Entry {} in ".format(i) if refs_were_tuple else ""
            raise RuntimeError("{}v has invalid size: should be {} but got {}.".format(
                where, _size_text(ref.size()), _size_text(given.size())))


def _prepare_v(v, refs, refs_were_tuple, create_graph, fn_name, none_error):
    """Tuple form of v checked against refs; None only for one single-element ref."""
    if v is None:
        if len(refs) != 1 or refs[0].nelement() != 1:
            raise RuntimeError(none_error)
        return None
    _, v = _as_tuple(v, "v", fn_name)
    v = _fresh(v, create_graph, need_graph=False)
    _check_v(v, refs, refs_were_tuple)
    return v


def _prepare_inputs_and_v(inputs, v, create_graph, fn_name):
    """Shared start of jvp, vhp and hvp, where v is shaped like the inputs."""
    inputs_were_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _fresh(inputs, create_graph, need_graph=True)
    v = _prepare_v(v, inputs, inputs_were_tuple, create_graph, fn_name,
                   "The vector v can only be None if the input to the user-provided function is a single "
                   "Tensor with a single element.")
    return inputs_were_tuple, inputs, v


# ---------------------------------------------------------------------------
# strict-mode checks

_NOT_DIFFERENTIABLE = {
    "outputs": "Output {} of the user-provided function does not require gradients. The outputs must be "
               "computed in a differentiable manner from the input when running in strict mode.",
    "grad_inputs": "The gradient with respect to input {} is independent of the inputs of the user-provided "
                   "function. This is not allowed in strict mode.",
    "jacobian": "While computing the hessian, found that the jacobian of the user-provided function with "
                "respect to input {} is independent of the input. This is not allowed in strict mode. You "
                "should ensure that your function is twice differentiable and that the jacobian depends on "
                "the inputs (this would be violated by a linear function for example).",
    "hessian": "The hessian of the user-provided function with respect to input {} is independent of the "
               "input. This is not allowed in strict mode. You should ensure that your function is thrice "
               "differentiable and that the hessian depends on the inputs.",
}


def _check_requires_grad(tensors, kind, strict):
    """In strict mode, every entry must exist and require grad."""
    if not strict:
        return
    for i, t in enumerate(tensors):
        if t is None:
            raise RuntimeError("The output of the user-provided function is independent of input {}."
                               " This is not allowed in strict mode.".format(i))
        if not t.requires_grad:
            raise RuntimeError(_NOT_DIFFERENTIABLE[kind].format(i))


_MISSING_GRAD = {
    "back": "The output of the user-provided function is independent of input {}. This is not allowed in "
            "strict mode.",
    "back_trick": "The gradient with respect to the input is independent of entry {} in the grad_outputs "
                  "when using the double backward trick to compute forward mode gradients. This is not "
                  "allowed in strict mode.",
    "double_back": "The jacobian of the user-provided function is independent of input {}. This is not "
                   "allowed in strict mode.",
    "double_back_trick": "The hessian of the user-provided function is independent of entry {} in the "
                         "grad_jacobian. This is not allowed in strict mode as it prevents from using the "
                         "double backward trick to replace forward mode AD.",
}


def _zeros_for_missing(grads, refs, strict, create_graph, stage):
    """Zeros shaped like refs[i] where grads[i] is None (an error when strict)."""
    constant = "hessian" if stage.startswith("double") else "jacobian"
    res = []
    for i, (g, ref) in enumerate(zip(grads, refs)):
        if g is None:
            if strict:
                raise RuntimeError(_MISSING_GRAD[stage].format(i))
            g = torch.zeros_like(ref)
        elif strict and create_graph and not g.requires_grad:
            raise RuntimeError("The {} of the user-provided function is independent of input {}. This is not "
                               "allowed in strict mode when create_graph=True.".format(constant, i))
        res.append(g)
    return tuple(res)


# ---------------------------------------------------------------------------
# Calling func and autograd


def _call(func, args, fn_name, strict):
    """func(*args) as (was_tuple, tuple of Tensors), strict-checked."""
    outputs_were_tuple, outputs = _as_tuple(func(*args), _OUTPUTS, fn_name)
    _check_requires_grad(outputs, "outputs", strict)
    return outputs_were_tuple, outputs


def _call_scalar(func, args, fn_name, strict):
    """func(*args), which must be a single one-element Tensor."""
    was_tuple, outputs = _call(func, args, fn_name, strict)
    if was_tuple:
        raise RuntimeError("The function given to {} should return a single Tensor".format(fn_name))
    if outputs[0].nelement() != 1:
        raise RuntimeError("The Tensor returned by the function given to {} should contain a single "
                           "element".format(fn_name))
    return outputs[0]


def _autograd_grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None,
                   is_grads_batched=False):
    """autograd.grad over the outputs that exist and require grad; all None if none do."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    live = [(o, g) for o, g in zip(outputs, grad_outputs) if o is not None and o.requires_grad]
    if not live:
        return (None,) * len(inputs)
    return torch.autograd.grad(tuple(o for o, _ in live), inputs, tuple(g for _, g in live), allow_unused=True,
                               create_graph=create_graph, retain_graph=retain_graph,
                               is_grads_batched=is_grads_batched)


def _last_grad(outputs, inputs, v, refs, strict, create_graph, stage):
    """The final backward of vjp/jvp/vhp/hvp, in the caller's grad mode unless create_graph."""
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _autograd_grad(outputs, inputs, v, create_graph=create_graph)
        return _zeros_for_missing(grads, refs, strict, create_graph, stage)


def _result(outputs, outputs_were_tuple, res, res_was_tuple, create_graph):
    """(func output, product) as handed back to the user."""
    return (_unwrap(_cleanup(outputs, create_graph), outputs_were_tuple),
            _unwrap(_cleanup(res, create_graph), res_was_tuple))


# ---------------------------------------------------------------------------
# Public API


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """Vector-Jacobian product v^T J of func at inputs.

    Returns (func(inputs), vjp), the vjp shaped like the inputs; semantics
    follow torch.autograd.functional.vjp.
    """
    with torch.enable_grad():
        inputs_were_tuple, inputs = _as_tuple(inputs, "inputs", "vjp")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        outputs_were_tuple, outputs = _call(func, inputs, "vjp", strict)
        v = _prepare_v(v, outputs, outputs_were_tuple, create_graph, "vjp",
                       "The vector v can only be None if the user-provided function returns a single Tensor "
                       "with a single element.")
    res = _last_grad(outputs, inputs, v, inputs, strict, create_graph, "back")
    return _result(outputs, outputs_were_tuple, res, inputs_were_tuple, create_graph)


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """Jacobian-vector product J v of func at inputs (double backward).

    Returns (func(inputs), jvp), the jvp shaped like the outputs; semantics
    follow torch.autograd.functional.jvp.
    """
    with torch.enable_grad():
        _, inputs, v = _prepare_inputs_and_v(inputs, v, create_graph, "jvp")
        outputs_were_tuple, outputs = _call(func, inputs, "jvp", strict)
        # Any finite cotangent works: the vjp is linear in it.
        cotangents = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
        vjps = _autograd_grad(outputs, inputs, cotangents, create_graph=True)
        _check_requires_grad(vjps, "grad_inputs", strict)
    res = _last_grad(vjps, cotangents, v, outputs, strict, create_graph, "back_trick")
    return _result(outputs, outputs_were_tuple, res, outputs_were_tuple, create_graph)


def _second_order(func, inputs, v, create_graph, strict, fn_name, hvp):
    """vhp (hvp=False: v^T H) or hvp (hvp=True: H v, by the double backward
    trick) of a func returning one element."""
    with torch.enable_grad():
        inputs_were_tuple, inputs, v = _prepare_inputs_and_v(inputs, v, create_graph, fn_name)
        outputs = (_call_scalar(func, inputs, fn_name, strict),)
        grads = _autograd_grad(outputs, inputs, create_graph=True)
        _check_requires_grad(grads, "jacobian", strict)
        if hvp:
            cotangents = tuple(torch.zeros_like(inp, requires_grad=True) for inp in inputs)
            target, wrt = _autograd_grad(grads, inputs, cotangents, create_graph=True), cotangents
            _check_requires_grad(grads, "hessian", strict)
        else:
            target, wrt = grads, inputs
    res = _last_grad(target, wrt, v, inputs, strict, create_graph, "double_back_trick" if hvp else "double_back")
    return _result(outputs, False, res, inputs_were_tuple, create_graph)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """Vector-Hessian product v^T H of a one-element func at inputs.

    Returns (func(inputs), vhp), the vhp shaped like the inputs; semantics
    follow torch.autograd.functional.vhp.
    """
    return _second_order(func, inputs, v, create_graph, strict, "vhp", hvp=False)


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """Hessian-vector product H v of a one-element func at inputs.

    Returns (func(inputs), hvp), the hvp shaped like the inputs; semantics
    follow torch.autograd.functional.hvp.
    """
    return _second_order(func, inputs, v, create_graph, strict, "hvp", hvp=True)


_FORWARD_AND = ('torch.autograd.functional.jacobian: `{0}=True` and `strategy="forward-mode"` are not '
                'supported together (yet). Please either set `{0}=False` or `strategy="reverse-mode"`.')


def _identity_chunks(tensors, numels):
    """Rows of the sum(numels)-square identity, split column-wise by numels;
    chunk k has tensors[k]'s dtype."""
    assert len(tensors) == len(numels) and len(tensors) > 0
    total = sum(numels)
    chunks = tuple(t.new_zeros(total, n) for t, n in zip(tensors, numels))
    offset = 0
    for chunk, n in zip(chunks, numels):
        chunk.diagonal(offset).fill_(1)
        offset -= n
    return chunks


def _jacobian_forward(func, inputs, strict, vectorize):
    """strategy="forward-mode": one column per input element, each a Jacobian-vector product."""
    if strict:
        raise RuntimeError(_FORWARD_AND.format("strict"))
    inputs_were_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
    if not vectorize:
        raise NotImplementedError("Computing Jacobian using forward-AD or forward-over-reverse Hessian is"
                                  "only implemented for `vectorize=True`.")
    with torch.enable_grad():
        primals = _fresh(inputs, create_graph=False, need_graph=True)
        outputs_were_tuple, outputs = _call(func, primals, "jacobian", strict=False)
        cotangents = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
        vjps = _autograd_grad(outputs, primals, cotangents, create_graph=True)
    rows = [[None] * len(primals) for _ in outputs]
    for j, inp in enumerate(primals):
        columns = [[] for _ in outputs]
        for e in range(inp.numel()):
            unit = torch.zeros(inp.numel(), dtype=inp.dtype)
            unit[e] = 1
            tangent = tuple(unit.view_as(inp) if k == j else torch.zeros_like(p) for k, p in enumerate(primals))
            jv = _autograd_grad(vjps, cotangents, tangent, retain_graph=True)
            for i, out in enumerate(outputs):
                columns[i].append(torch.zeros_like(out) if jv[i] is None else jv[i])
        for i, out in enumerate(outputs):
            shape = tuple(out.shape) + tuple(inp.shape)
            if columns[i]:
                block = torch.stack(columns[i], dim=-1).reshape(shape)
            else:
                block = torch.zeros(shape, dtype=out.dtype)
            rows[i][j] = block.detach()
    return _unwrap_nested(tuple(tuple(r) for r in rows), outputs_were_tuple, inputs_were_tuple)


def _jacobian_batched(outputs, inputs, create_graph):
    """vectorize=True: one batched backward over the identity; blocks [output][input]."""
    numels = tuple(out.numel() for out in outputs)
    flat = tuple(out.reshape(-1) for out in outputs)
    grads = _autograd_grad(flat, inputs, _identity_chunks(outputs, numels), create_graph=create_graph,
                           is_grads_batched=True)
    per_input = []
    for g, inp in zip(grads, inputs):
        if g is None:
            g = torch.zeros_like(inp).expand((sum(numels),) + inp.shape)
        per_input.append([part.view(out.shape + inp.shape) for part, out in zip(g.split(numels, dim=0), outputs)])
    return tuple(zip(*per_input))


def _jacobian_loop(outputs, inputs, create_graph, strict):
    """vectorize=False: one backward per output element; blocks [output][input]."""
    blocks = ()
    for i, out in enumerate(outputs):
        rows = tuple([] for _ in inputs)
        for e in range(out.nelement()):
            grads = _autograd_grad((out.reshape(-1)[e],), inputs, retain_graph=True, create_graph=create_graph)
            for k, (g, inp) in enumerate(zip(grads, inputs)):
                if g is None:
                    if strict:
                        raise RuntimeError("Output {} of the user-provided function is independent of input {}. "
                                           "This is not allowed in strict mode.".format(i, k))
                    g = torch.zeros_like(inp)
                elif strict and create_graph and not g.requires_grad:
                    raise RuntimeError("The jacobian of the user-provided function is independent of input {}. "
                                       "This is not allowed in strict mode when create_graph=True.".format(k))
                rows[k].append(g)
        blocks += (tuple(torch.stack(r, dim=0).view(out.size() + inputs[k].size()) for k, r in enumerate(rows)),)
    return blocks


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """Jacobian of func at inputs.

    Returns a Tensor, or (nested) tuples of Tensors indexed [output][input] when
    func's outputs / the inputs are tuples; semantics follow
    torch.autograd.functional.jacobian.
    """
    if strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
                             'function has more outputs than inputs, "forward-mode" tends to be more performant. '
                             'Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode":
        if create_graph:
            raise NotImplementedError(_FORWARD_AND.format("create_graph"))
        return _jacobian_forward(func, inputs, strict, vectorize)

    with torch.enable_grad():
        inputs_were_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        outputs_were_tuple, outputs = _call(func, inputs, "jacobian", strict)
        if vectorize:
            if strict:
                raise RuntimeError('torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are '
                                   'not supported together. Please either set `strict=False` or '
                                   '`vectorize=False`.')
            blocks = _jacobian_batched(outputs, inputs, create_graph)
        else:
            blocks = _jacobian_loop(outputs, inputs, create_graph, strict)
        return _unwrap_nested(_cleanup(blocks, create_graph), outputs_were_tuple, inputs_were_tuple)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """Hessian of a one-element func at inputs, as the jacobian of its gradient.

    Returns a Tensor, or a tuple of tuples indexed [input_i][input_j] when the
    inputs are a tuple; semantics follow torch.autograd.functional.hessian.
    """
    inputs_were_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode".')

    def scalar_func(*args):
        return _call_scalar(func, args, "hessian", strict).squeeze()

    def gradient(*args):
        if outer_jacobian_strategy == "forward-mode":
            # so that the inner jacobian keeps a graph back to args
            args = tuple(a.requires_grad_(True) for a in args)
        grads = jacobian(scalar_func, args, create_graph=True)
        _check_requires_grad(grads, "jacobian", strict)
        return grads

    res = jacobian(gradient, inputs, create_graph=create_graph, strict=strict, vectorize=vectorize,
                   strategy=outer_jacobian_strategy)
    return _unwrap_nested(res, inputs_were_tuple, inputs_were_tuple)
