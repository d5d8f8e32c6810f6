"""What the op table (tests/python/test_op_table.py: every row on its samples,
special and edge inputs, and its further calls) does not cover, on torch and
on cotangent (difftest.check): indexing syntax, factories, tensor protocols,
repr, int32 interop."""
import pytest

from difftest import F, check


INT32_ERRORS = [
    ("requires_grad", lambda m: m.ones(2, dtype=m.int32).requires_grad_()),
    ("getitem", lambda m: m.ones(3)[m.tensor([0], dtype=m.int32)]),
]


@pytest.mark.parametrize("name,fn", INT32_ERRORS, ids=[c[0] for c in INT32_ERRORS])
def test_int32_errors(name, fn):
    import torch
    import cotangent as ct
    with pytest.raises(Exception) as te:
        fn(torch)
    with pytest.raises(Exception) as ce:
        fn(ct)
    assert type(ce.value).__name__ == type(te.value).__name__
    assert str(ce.value) == str(te.value)


def test_int32_repr_numpy_dlpack():
    import numpy as np
    import torch
    import cotangent as ct
    t = torch.tensor([[1, -2], [300, 4]], dtype=torch.int32)
    c = ct.tensor([[1, -2], [300, 4]], dtype=ct.int32)
    assert repr(c) == repr(t).replace("torch.", "ct.")
    assert str(ct.int32) == "ct.int32" and ct.int32.itemsize == 4 and ct.int is ct.int32
    assert c.numpy().dtype == np.int32
    assert ct.from_numpy(np.arange(3, dtype=np.int32)).dtype == ct.int32
    assert ct.tensor(np.arange(3, dtype=np.int32)).dtype == ct.int32
    back = torch.from_dlpack(c)
    assert back.dtype == torch.int32 and back.tolist() == t.tolist()
    assert ct.from_dlpack(t).dtype == ct.int32
    assert c.type() == t.type() == "torch.IntTensor"
    assert c.sum().item() == t.sum().item() and isinstance(c[0, 0].item(), int)


GETITEM = [
    ("int", lambda m, x: x[1]),
    ("neg_int", lambda m, x: x[-1, 0]),
    ("slice", lambda m, x: x[1:]),
    ("slice_step", lambda m, x: x[:, ::2]),
    ("slice_neg", lambda m, x: x[-2:, 1:-1]),
    ("none", lambda m, x: x[None]),
    ("none_mid", lambda m, x: x[:, None, 1]),
    ("ellipsis", lambda m, x: x[..., 0]),
    ("ellipsis_none", lambda m, x: x[0, ..., None]),
    ("full", lambda m, x: x[...]),
    ("list", lambda m, x: x[[0, 2]]),
    ("tensor", lambda m, x: x[m.tensor([2, 0, 2])]),
    ("tensor2d", lambda m, x: x[m.tensor([[0, 1], [2, 2]])]),
    ("tensor_dim1", lambda m, x: x[:, m.tensor([3, 1])]),
    ("two_tensors", lambda m, x: x[m.tensor([0, 2]), m.tensor([1, 3])]),
    ("tensors_apart", lambda m, x: x[m.tensor([0, 1]), :, m.tensor([1, 0])]),
    ("mask", lambda m, x: x[x > 0]),
    ("mask_row", lambda m, x: x[m.tensor([True, False, True])]),
    ("neg_index_tensor", lambda m, x: x[m.tensor([-1, 0])]),
]


@pytest.mark.parametrize("name,fn", GETITEM, ids=[a[0] for a in GETITEM])
def test_getitem(name, fn):
    spec = F(3, 4, 2) if name == "tensors_apart" else F(3, 4)
    # torch's advanced indexing is one IndexBackward0 node; ours composes
    # index_select and views (values, shapes and gradients are the same)
    adv = name in ("full", "list", "tensor", "tensor2d", "tensor_dim1", "two_tensors", "tensors_apart", "mask_row",
                   "neg_index_tensor", "mask")
    check(fn, spec, check_grad_fn=not adv)


BAD_GETITEM = [
    ("too_many", lambda m, x: x[0, 0, 0]),
    ("out_of_range", lambda m, x: x[5]),
    ("out_of_range_neg", lambda m, x: x[:, -5]),
    ("tensor_oob", lambda m, x: x[m.tensor([0, 7])]),
    ("float_index", lambda m, x: x[1.5]),
    ("zero_step", lambda m, x: x[::0]),
]


@pytest.mark.parametrize("name,fn", BAD_GETITEM, ids=[a[0] for a in BAD_GETITEM])
def test_getitem_errors(name, fn):
    check(fn, F(3, 4), msg=name in ("too_many", "out_of_range", "out_of_range_neg", "zero_step"))


def test_setitem():
    def f(m, x):
        y = x.detach().clone()
        y[0] = 1.0
        y[1, 1:3] = m.tensor([5.0, 6.0])
        y[y > 2] = -1.0
        y[:, m.tensor([0])] = 9.0
        return y
    check(f, F(3, 4))


def test_factories():
    def f(m):
        m.manual_seed(0)
        return (m.zeros(2, 3), m.ones((2,)), m.zeros(2, dtype=m.float64), m.full((2, 2), 3), m.full((2,), 1.5),
                m.full((1,), True), m.arange(5), m.arange(1, 4, 0.5), m.arange(0, 3, dtype=m.float32),
                m.eye(3), m.eye(2, 3, dtype=m.int64), m.rand(3), m.rand(2, 2, dtype=m.float64),
                m.ones(2, requires_grad=True), m.zeros_like(m.ones(2, 2)), m.ones_like(m.ones(3), dtype=m.int64),
                m.full_like(m.ones(2), 7), m.empty(2, 0).shape, m.tensor([[1, 2], [3, 4]]), m.tensor(2.5),
                m.tensor([True, False]), m.tensor([1, 2.5]), m.tensor([]), m.tensor([[]]),
                m.tensor([1, 2], dtype=m.float64), m.tensor(3, requires_grad=False),
                m.tensor([1.5, 2.5], dtype=m.int64), m.tensor([[1.0, 2.0]], requires_grad=True))
    check(f)


def test_randn_large_matches_torch():
    # Box-Muller layout for 16 or more elements is torch's
    def f(m):
        m.manual_seed(3)
        return m.randn(4, 8)
    check(f, rtol=1e-5, atol=1e-6)


def test_factory_errors():
    for fn in (lambda m: m.zeros(-1), lambda m: m.tensor([[1, 2], [3]]), lambda m: m.tensor(["a"]),
               lambda m: m.tensor([None]), lambda m: m.ones(2, 3).view(4)):
        check(fn, msg=False)


def test_tensor_protocols():
    def f(m, x):
        return (len(x), x.shape, x.size(), x.size(1), x.dim(), x.ndim, x.numel(), x.dtype, x.is_leaf,
                x.requires_grad, x.is_contiguous(), x.t().is_contiguous(), x.tolist(), x[0, 0].item(),
                float(x[0, 0]), int(x[0, 0] * 10), bool(x[0, 0] > 0), x.stride(), x.t().stride(),
                x.storage_offset(), x[1].storage_offset(), x.element_size(), x.is_floating_point(),
                [t.shape for t in x], repr(x.shape), str(x.dtype), x.grad)
    check(f, F(3, 4), check_container=False)


def test_repr_cases():
    def f(m):
        m.manual_seed(0)
        return [m.rand(3) * 1e5, m.rand(3) * 1e-5, m.arange(10), m.arange(2000).view(2, 1000) / 7, m.tensor(float("nan")),
                m.tensor([float("inf"), -1.0]), m.zeros(0, 3), m.rand(2, 2, dtype=m.float64),
                m.tensor([True]), m.ones(2, 3, 4)]
    tr, cr = check(f)


def test_tensor_protocol_errors():
    for fn in (lambda m, x: len(x[0, 0]), lambda m, x: bool(x), lambda m, x: x.item(), lambda m, x: iter(x[0, 0]),
               lambda m, x: x.numpy()):
        check(fn, F(3, 4), msg=False)
