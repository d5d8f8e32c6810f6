"""cotangent.autograd.Function against torch.autograd.Function (torch 1.13):
the same class bodies run on both libraries; values, gradients, grad_fn
names and error texts are compared."""
import numpy as np
import pytest

from difftest import D, F, check


def functions(m):
    """The same custom functions, written against module m."""
    Function = m.autograd.Function
    once_differentiable = m.autograd.function.once_differentiable

    class Exp(Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, g):
            y, = ctx.saved_tensors
            return g * y

        @staticmethod
        def jvp(ctx, t):
            return t * ctx.y

    class ExpFwd(Exp):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            ctx.y = y
            return y

    class MulConst(Function):
        @staticmethod
        def forward(ctx, x, c):
            ctx.c = c
            return x * c

        @staticmethod
        def backward(ctx, g):
            return g * ctx.c, None

    class LinearSetup(Function):  # the setup_context style (torch 2's; not in 1.13)
        @staticmethod
        def forward(x, w, b):
            return x.mm(w.t()) + b

        @staticmethod
        def setup_context(ctx, inputs, output):
            x, w, b = inputs
            ctx.save_for_backward(x, w)

        @staticmethod
        def backward(ctx, g):
            x, w = ctx.saved_tensors
            gx = g.mm(w) if ctx.needs_input_grad[0] else None
            gw = g.t().mm(x) if ctx.needs_input_grad[1] else None
            gb = g.sum(0) if ctx.needs_input_grad[2] else None
            return gx, gw, gb

    class Linear(Function):
        @staticmethod
        def forward(ctx, x, w, b):
            ctx.save_for_backward(x, w)
            return x.mm(w.t()) + b

        backward = LinearSetup.backward

    class MaxWithIndex(Function):
        @staticmethod
        def forward(ctx, x):
            value, idx = x.max(0)
            ctx.mark_non_differentiable(idx)
            ctx.save_for_backward(idx)
            ctx.n = x.shape[0]
            return value, idx

        @staticmethod
        def backward(ctx, g, _):
            idx, = ctx.saved_tensors
            return (m.arange(ctx.n) == idx).to(g.dtype) * g

    class ScaleInPlace(Function):
        @staticmethod
        def forward(ctx, x):
            x.mul_(2)
            ctx.mark_dirty(x)
            return x

        @staticmethod
        def backward(ctx, g):
            return g * 2

    class Cube(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x ** 3

        @staticmethod
        @once_differentiable
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return g * 3 * x ** 2

    class TwoOutputs(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.set_materialize_grads(False)
            return x * 2, x * 3

        @staticmethod
        def backward(ctx, g, h):
            r = None
            if g is not None:
                r = g * 2
            if h is not None:
                r = h * 3 if r is None else r + h * 3
            return r

    return dict(Exp=Exp, ExpFwd=ExpFwd, MulConst=MulConst, LinearSetup=LinearSetup, Linear=Linear,
                MaxWithIndex=MaxWithIndex, ScaleInPlace=ScaleInPlace, Cube=Cube,
                TwoOutputs=TwoOutputs)


def use(name, body):
    def fn(m, *args):
        return body(functions(m)[name], m, *args)
    fn.__name__ = name
    return fn


CASES = [
    (use("Exp", lambda f, m, x: f.apply(x)), [D(3)]),
    (use("MulConst", lambda f, m, x: f.apply(x, 2.5)), [D(2, 2)]),
    (use("Linear", lambda f, m, x, w, b: f.apply(x, w, b)), [D(4, 3), D(2, 3), D(2)]),
    (use("MaxWithIndex", lambda f, m, x: f.apply(x)), [D(5)]),
    (use("ScaleInPlace", lambda f, m, x: f.apply(x * 1)), [D(3)]),
    (use("ScaleInPlace", lambda f, m, x: (lambda y: (f.apply(y[1:]), y)[1])(x * 1)), [D(4)]),
    (use("Cube", lambda f, m, x: f.apply(x)), [D(3)]),
    (use("TwoOutputs", lambda f, m, x: f.apply(x)[1]), [D(3)]),
    (use("TwoOutputs", lambda f, m, x: f.apply(x)), [D(3)]),
]


@pytest.mark.parametrize("fn,specs", CASES, ids=[c[0].__name__ + str(i) for i, c in enumerate(CASES)])
def test_matches_torch(fn, specs):
    check(fn, *specs, check_repr=False)


def _hessian(f, m, x):
    return m.autograd.functional.hessian(lambda t: f.apply(t * 2).sum(), x)


def _jacobian_vectorized(f, m, x):
    return m.autograd.functional.jacobian(lambda t: f.apply(t), x, vectorize=True)


def _create_graph(f, m, x):
    g, = m.autograd.grad(f.apply(x).sum(), x, create_graph=True)
    return g


def _jvp_forward_mode(f, m, x):
    fw = m.autograd.forward_ad
    with fw.dual_level():
        y = f.apply(fw.make_dual(x.detach(), m.ones_like(x)))
        return fw.unpack_dual(y).tangent


def _once_create_graph(f, m, x):
    g, = m.autograd.grad(f.apply(x).sum(), x, create_graph=True)
    return g.requires_grad


@pytest.mark.parametrize("body", [_hessian, _jacobian_vectorized, _create_graph])
def test_transforms(body):
    check(use("Exp", body), D(3), check_repr=False)


def test_forward_mode_uses_jvp():
    check(use("ExpFwd", _jvp_forward_mode), D(3), grad=False, check_repr=False)


def test_once_differentiable_gives_no_graph():
    check(use("Cube", _once_create_graph), D(3), grad=False)


def _too_few(m, x):
    class F1(m.autograd.Function):
        @staticmethod
        def forward(ctx, x, c):
            return x * c

        @staticmethod
        def backward(ctx, g):
            return g
    F1.apply(x, 2.0).sum().backward()


def _not_a_variable(m, x):
    class F2(m.autograd.Function):
        @staticmethod
        def forward(ctx, x, c):
            return x * c

        @staticmethod
        def backward(ctx, g):
            return g, g
    F2.apply(x, 2.0).sum().backward()


def _wrong_shape(m, x):
    class F3(m.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return m.ones(3)
    F3.apply(x).sum().backward()


def _dirty_leaf(m, x):
    functions(m)["ScaleInPlace"].apply(x)


def _no_jvp(m, x):
    fw = m.autograd.forward_ad
    with fw.dual_level():
        functions(m)["Cube"].apply(fw.make_dual(x.detach(), m.ones_like(x)))


def _saved_modified(m, x):
    y = x * 1
    out = functions(m)["Cube"].apply(y)
    y.add_(1)
    out.sum().backward()


def _backward_twice(m, x):
    out = functions(m)["Exp"].apply(x * 1)
    out.sum().backward()
    out.sum().backward()


@pytest.mark.parametrize("fn", [_too_few, _not_a_variable, _wrong_shape, _dirty_leaf, _no_jvp,
                                _saved_modified, _backward_twice])
def test_errors_are_torchs(fn):
    check(fn, F(2))


def test_python_exception_in_backward_propagates():
    import cotangent as ct

    class Boom(ct.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            raise ValueError("boom from backward")
    x = ct.ones(2, requires_grad=True)
    with pytest.raises(ValueError, match="boom from backward"):
        Boom.apply(x).sum().backward()


def test_ctx_attributes_and_gradcheck():
    import cotangent as ct
    f = functions(ct)["LinearSetup"]
    x = ct.randn(3, 2, dtype=ct.float64, requires_grad=True)
    w = ct.randn(4, 2, dtype=ct.float64, requires_grad=True)
    b = ct.randn(4, dtype=ct.float64, requires_grad=True)
    assert ct.autograd.gradcheck(f.apply, (x, w, b))
    out = f.apply(x, w, b)
    assert type(out.grad_fn).__name__ == "LinearSetupBackward"
    ref = x.mm(w.t()) + b
    np.testing.assert_allclose(out.detach().numpy(), ref.detach().numpy())
