"""torch.utils.checkpoint (use_reentrant=False) against torch 1.13: the same
outputs and gradients, dropout recomputed with the same mask, and the
function run again exactly once per checkpoint during backward."""
import pytest
import torch.utils.checkpoint  # noqa: F401  (torch does not import it by itself)

from difftest import D, F, check


def _block(m, x, w):
    return m.tanh(x.matmul(w)).sin() * x


def _two_segments(m, x, w):
    calls = []

    def f(a, b):
        calls.append(1)
        return _block(m, a, b)
    h = m.utils.checkpoint.checkpoint(f, x, w, use_reentrant=False)
    out = m.utils.checkpoint.checkpoint(f, h, w, use_reentrant=False)
    n_forward = len(calls)
    g = m.autograd.grad(out.sum(), (x, w))
    return out, g, n_forward, len(calls)


def _dropout_inside(m, x):
    m.manual_seed(3)
    y = m.utils.checkpoint.checkpoint(lambda t: m.nn.functional.dropout(t * 2, 0.5, True), x,
                                      use_reentrant=False)
    m.rand(5)  # draws between forward and backward do not change the mask
    g, = m.autograd.grad(y.sum(), x)
    return y, g


def _non_tensor_args_and_tuple_out(m, x):
    def f(t, scale, flag):
        return (t * scale, t.exp() if flag else t)
    a, b = m.utils.checkpoint.checkpoint(f, x, 3.0, True, use_reentrant=False)
    return a, b


def _sequential(m, x, w1, w2, w3):
    fns = [lambda h: m.tanh(h.matmul(w1)), lambda h: m.tanh(h.matmul(w2)), lambda h: h.matmul(w3).sin()]
    return m.utils.checkpoint.checkpoint_sequential(fns, 2, x)


@pytest.mark.parametrize("fn,specs,grad", [
    (_two_segments, [D(3, 4), D(4, 4)], False),  # these two call autograd.grad themselves
    (_dropout_inside, [F(200)], False),
    (_non_tensor_args_and_tuple_out, [D(3)], True),
    (_sequential, [D(2, 4), D(4, 4), D(4, 4), D(4, 4)], True),
], ids=["two_segments", "dropout", "non_tensor_args", "sequential"])
def test_matches_torch(fn, specs, grad):
    check(fn, *specs, grad=grad, check_repr=False)


def test_double_backward_through_checkpoint():
    check(lambda m, x: m.autograd.grad(
        m.autograd.grad(m.utils.checkpoint.checkpoint(lambda t: t.pow(3).sum(), x, use_reentrant=False), x,
                        create_graph=True)[0].sum(), x), D(3), grad=False)
