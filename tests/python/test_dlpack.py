"""DLPack both ways with torch: every dtype DLPack carries in torch 1.13
(bool does not, on either side), 0-dim, empty, transposed and sliced
(strided) tensors, memory shared (writes show on the other side)."""
import numpy as np
import pytest
import torch

import cotangent as ct

DTYPES = ["float32", "float64", "int64", "int32"]


def make(m, dtype, shape):
    data = np.asarray(np.arange(int(np.prod(shape)) if shape else 1).reshape(shape) % 5)
    arr = data.astype({"float32": np.float32, "float64": np.float64, "int64": np.int64,
                       "int32": np.int32, "bool": np.bool_}[dtype])
    return m.from_numpy(arr.copy())


LAYOUTS = {
    "contiguous": lambda t: t,
    "transposed": lambda t: t.t() if t.dim() == 2 else t,
    "sliced": lambda t: t[:, ::2] if t.dim() == 2 else t,
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("shape", [(), (0,), (3, 4)], ids=["0dim", "empty", "3x4"])
@pytest.mark.parametrize("dtype", DTYPES)
def test_cotangent_to_torch_and_back(dtype, shape, layout):
    c = LAYOUTS[layout](make(ct, dtype, shape))
    t = torch.from_dlpack(c)
    assert str(t.dtype) == "torch." + dtype
    assert tuple(t.shape) == tuple(c.shape)
    if c.numel() > 0:  # torch normalizes the strides of empty tensors
        assert t.stride() == tuple(c.stride())
    assert t.tolist() == c.tolist()
    back = ct.from_dlpack(t)
    assert back.dtype == c.dtype and back.tolist() == c.tolist()
    if c.numel() > 0:  # one buffer for all three
        idx = (0,) * c.dim()
        value = True if dtype == "bool" else 3
        t[idx] = not t[idx].item() if dtype == "bool" else value
        assert c[idx].item() == t[idx].item() == back[idx].item()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("dtype", DTYPES)
def test_torch_to_cotangent(dtype, layout):
    t = LAYOUTS[layout](make(torch, dtype, (3, 4)))
    c = ct.from_dlpack(t)
    assert c.dtype == getattr(ct, dtype)
    assert tuple(c.stride()) == t.stride()
    assert c.tolist() == t.tolist()
    if dtype != "bool":
        c[0, 0] = 4
        assert t[0, 0].item() == 4


def test_bool_is_refused_both_ways_as_torch_does():
    with pytest.raises(RuntimeError):
        torch.from_dlpack(torch.ones(2, dtype=torch.bool))
    with pytest.raises((RuntimeError, BufferError, TypeError)):
        torch.from_dlpack(ct.ones(2, dtype=ct.bool))
    with pytest.raises((RuntimeError, BufferError, TypeError)):
        ct.from_dlpack(torch.ones(2, dtype=torch.bool))


def test_gradients_flow_through_a_dlpack_copy_made_by_torch():
    c = ct.arange(4.0)
    t = torch.from_dlpack(c).requires_grad_()
    (t * t).sum().backward()
    assert t.grad.tolist() == [0.0, 2.0, 4.0, 6.0]
