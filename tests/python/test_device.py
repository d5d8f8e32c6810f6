"""torch.device and the device= argument of what is not a row of the op
table (tensor, as_tensor, the new_* methods, to), run on torch and on
cotangent (difftest.check). The table's factories take device= in their rows'
calls (src/ops/factories.cpp)."""
import pytest

from difftest import F, check


def test_device_object():
    check(lambda m: (str(m.device("cpu")), repr(m.device("cpu")), str(m.device("cpu:0")), repr(m.device("cpu", 0)),
                     m.device("cpu").type, m.device("cpu").index, m.device("cpu:0").index,
                     m.device("cpu") == m.device("cpu"), m.device("cpu") == m.device("cpu:0"),
                     m.device("cpu") == "cpu", repr(m.device(m.device("cpu"))), repr(m.device("cuda", 1)),
                     str(m.device("cuda:1")), repr(m.device(0))))


@pytest.mark.parametrize("bad", ["gpu", "CPU", "", "cpu:-1", "cuda:x", "cpu:0:0", " cpu", "cpu0"])
def test_device_parse_errors(bad):
    check(lambda m: m.device(bad))


def test_device_index_errors():
    check(lambda m: m.device("cpu", -1))


FACTORIES = [
    ("tensor", lambda m, d: m.tensor([1.0, 2.0], device=d)),
    ("as_tensor", lambda m, d: m.as_tensor([1.0, 2.0], device=d)),
    ("new_zeros", lambda m, d: m.ones(2).new_zeros(3, device=d)),
    ("new_ones", lambda m, d: m.ones(2).new_ones((3,), device=d)),
    ("new_full", lambda m, d: m.ones(2).new_full((3,), 2.0, device=d)),
    ("new_empty", lambda m, d: m.ones(2).new_empty(0, device=d)),
    ("new_tensor", lambda m, d: m.ones(2).new_tensor([1, 2], device=d)),
    ("to_kw", lambda m, d: m.ones(2).to(device=d)),
    ("to_pos", lambda m, d: m.ones(2).to(d)),
    ("to_pos_dtype", lambda m, d: m.ones(2).to(d, m.float64)),
]


@pytest.mark.parametrize("dev", ["cpu", "cpu:0", "device", None, "cuda", "cuda:0", "device_cuda", 0])
@pytest.mark.parametrize("name,fn", FACTORIES, ids=[f[0] for f in FACTORIES])
def test_factory_device(name, fn, dev):
    if name == "to_pos" and dev is None:
        pytest.skip("to(None) is not a device argument")

    def f(m):
        d = m.device("cpu") if dev == "device" else m.device("cuda") if dev == "device_cuda" else dev
        r = fn(m, d)
        return (r, repr(r.device), str(r.device), r.is_cuda) if isinstance(r, m.Tensor) else r
    check(f)


def test_tensor_device_methods():
    check(lambda m, x: (x.cpu() is x, x.to("cpu") is x, x.to(x.double()).dtype, x.device == m.device("cpu"),
                        x.is_cuda, x.get_device(), x.to(m.device("cpu"), m.float64)), F(3))
    check(lambda m, x: x.cuda(), F(3))
    check(lambda m, x: x.to("cuda:0"), F(3))
    check(lambda m, x: x.to("gpu"), F(3))
