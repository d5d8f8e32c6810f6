"""NumPy / DLPack interop, grad modes, and robustness: no input crashes the
interpreter (bad types, wrong shapes, absurd sizes raise Python exceptions)."""
import gc

import numpy as np
import pytest
import torch

import cotangent as ct


def test_from_numpy_shares_memory():
    a = np.arange(6.0).reshape(2, 3)
    t = ct.from_numpy(a)
    a[0, 0] = 42
    assert t[0, 0].item() == 42 and t.dtype == ct.float64
    t.add_(1)
    assert a[1, 2] == 6
    tt = ct.from_numpy(a.T)  # strided view, still shared
    assert not tt.is_contiguous() and tt[2, 1].item() == a[1, 2]
    del a
    gc.collect()
    assert t.sum().item() == 42 + 1 + 2 + 3 + 4 + 5 + 6


def test_from_numpy_errors():
    for bad, exc in [(np.arange(3, dtype=np.uint16), TypeError), (np.arange(4.0)[::-1], ValueError),
                     ([1, 2], TypeError)]:
        with pytest.raises(exc):
            ct.from_numpy(bad)
    with pytest.raises(TypeError) as e:
        torch.from_numpy(np.zeros(2, dtype=np.complex64).astype("U1"))
    del e


def test_numpy_shares_memory():
    t = ct.zeros(2, 3)
    a = t.numpy()
    a[1, 1] = 5
    assert t[1, 1].item() == 5
    assert not t.t().numpy().flags["C_CONTIGUOUS"]
    del t
    gc.collect()
    assert a[1, 1] == 5  # the array keeps the storage alive
    x = ct.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="Use tensor.detach"):
        x.numpy()
    assert np.asarray(x.detach()).tolist() == [1.0, 1.0]


def test_dlpack_roundtrip_with_torch():
    c = ct.arange(6.0).view(2, 3)
    t = torch.from_dlpack(c)
    t[0, 0] = 7
    assert c[0, 0].item() == 7
    back = ct.from_dlpack(t)
    back[1, 2] = -1
    assert t[1, 2].item() == -1 and c[1, 2].item() == -1


def test_grad_modes():
    x = ct.ones(2, requires_grad=True)
    with ct.no_grad():
        assert not (x * 2).requires_grad
        with ct.enable_grad():
            assert (x * 2).requires_grad
    assert ct.is_grad_enabled()

    @ct.no_grad()
    def f(a):
        return a * 2

    @ct.no_grad()
    def gen(a):
        yield a * 2
        yield a * 3

    assert not f(x).requires_grad
    assert not any(v.requires_grad for v in gen(x))
    ct.set_grad_enabled(False)
    assert not ct.is_grad_enabled()
    ct.set_grad_enabled(True)
    with ct.set_grad_enabled(False):
        assert not (x * 2).requires_grad
    assert ct.is_grad_enabled()


def test_grad_fn_objects():
    x = ct.ones(2, requires_grad=True)
    y = x.exp()
    assert type(y.grad_fn).__name__ == "ExpBackward0"
    assert y.grad_fn.name() == "ExpBackward0"
    assert repr(y.grad_fn).startswith("<ExpBackward0 object at 0x")
    assert y.grad_fn == y.grad_fn and x.grad_fn is None
    assert type(y.grad_fn) is type(x.exp().grad_fn)


def test_requires_grad_property():
    x = ct.ones(2)
    x.requires_grad = True
    assert x.requires_grad and x.is_leaf
    y = x * 2
    with pytest.raises(RuntimeError):
        y.requires_grad = False
    assert x.requires_grad_(False) is x


ABSURD = [
    lambda: ct.zeros(10 ** 12),
    lambda: ct.zeros(2 ** 62, 2 ** 62),
    lambda: ct.zeros(2 ** 70),
    lambda: ct.ones(-3),
    lambda: ct.arange(0, 10 ** 13),
    lambda: ct.eye(-1),
    lambda: ct.full((10 ** 10, 10 ** 10), 1.0),
    lambda: ct.ones(3).view(10 ** 18, -1),
    lambda: ct.ones(3).expand(10 ** 18),
    lambda: ct.ones(3).repeat(10 ** 18),
    lambda: ct.ones(2, 2).reshape(2 ** 40, 2 ** 40),
    lambda: ct.ones(3)[10 ** 30],
    lambda: ct.ones(3).narrow(0, 2 ** 62, 2 ** 62),
    lambda: ct.ones(3).unsqueeze(100),
    lambda: ct.ones(3).sum(dim=(0, 0)),
    lambda: ct.ones(3) + "x",
    lambda: ct.ones(3) @ ct.ones(4),
    lambda: ct.ones(2, 3).mm(ct.ones(2, 3)),
    lambda: ct.ones(3).index_select(0, ct.tensor([5])),
    lambda: ct.ones(3).gather(0, ct.tensor([-7])),
    lambda: ct.ones(3).index_select(0, ct.ones(1)),
    lambda: ct.cat([]),
    lambda: ct.stack([ct.ones(2), ct.ones(3)]),
    lambda: ct.tensor([[1], [2, 3]]),
    lambda: ct.tensor(object()),
    lambda: ct.tensor([2 ** 80]),
    lambda: ct.ones(3).view(ct.float64),
    lambda: ct.ones(2).backward(),
    lambda: ct.autograd.grad(ct.ones(1), ct.ones(1)),
    lambda: ct.ones(2, 2).split(0),
    lambda: ct.ones(2, 2).chunk(0),
    lambda: ct.nn.functional.conv2d(ct.ones(1, 1, 2, 2), ct.ones(1, 1, 5, 5)),
    lambda: ct.nn.functional.max_pool2d(ct.ones(1, 1, 2, 2), 0),
    lambda: ct.nn.functional.pad(ct.ones(2), (-5, -5)),
    lambda: ct.linalg.inv(ct.ones(2, 3)),
    lambda: ct.linalg.cholesky(-ct.eye(2)),
    lambda: ct.einsum("ij,jk", ct.ones(2, 2)),
    lambda: ct.manual_seed("x"),
    lambda: ct.ones(3).masked_fill(ct.ones(4) > 0, 1.0),
    lambda: ct.ones(3).roll(1, 5),
    lambda: ct.ones(3).flip(7),
    lambda: ct.ones(3).permute(0, 0),
    lambda: ct.ones(3).diag_embed(0, 0, 0),
    lambda: ct.ones(3).clamp(),
    lambda: ct.ones(2).item(),
    lambda: ct.from_numpy(np.zeros((2, 2), dtype=">f8")),
    lambda: ct.ones(3).scatter(0, ct.tensor([9]), 1.0),
    lambda: ct.ones(3).sum(dtype="float"),
    lambda: ct.ones(2, 3).unflatten(1, (4, -1)),
]


@pytest.mark.parametrize("i", range(len(ABSURD)))
def test_no_crash(i):
    with pytest.raises((TypeError, RuntimeError, ValueError, IndexError, NotImplementedError, AssertionError,
                        MemoryError, OverflowError)):
        ABSURD[i]()
