"""torch.special, cross, repeat_interleave and device= (docs/ops.md), run on
torch and on cotangent (difftest.check): values, gradients, node names and
error texts."""
import pytest
import torch

import cotangent as ct
from difftest import D, F, I, P, U, check, transposed

SPECIAL_UNARY = [
    # (name, spec): inputs where torch's function and its derivative are finite
    ("gammaln", P(3, 4)), ("digamma", P(3, 4)), ("psi", P(3, 4)), ("erf", F(3, 4)), ("erfc", F(3, 4)),
    ("erfinv", U(3, 4)), ("erfcx", F(3, 4)), ("expit", F(3, 4)), ("logit", U(3, 4, low=0.05, high=0.95)),
    ("ndtr", F(3, 4)), ("ndtri", U(3, 4, low=0.05, high=0.95)), ("log_ndtr", F(3, 4)), ("i0", F(3, 4)),
    ("i0e", F(3, 4)), ("i1", F(3, 4)), ("i1e", F(3, 4)), ("sinc", F(3, 4)), ("entr", P(3, 4)),
    ("log1p", P(3, 4)), ("expm1", F(3, 4)), ("exp2", F(3, 4)), ("round", F(3, 4)),
]


@pytest.mark.parametrize("layout", ["contig", "transposed"])
@pytest.mark.parametrize("name,spec", SPECIAL_UNARY, ids=[s[0] for s in SPECIAL_UNARY])
def test_special_unary(name, spec, layout):
    if layout == "transposed":
        spec = transposed(spec)
    check(lambda m, x: getattr(m.special, name)(x), spec)


@pytest.mark.parametrize("name,spec", SPECIAL_UNARY, ids=[s[0] for s in SPECIAL_UNARY])
def test_special_unary_double_and_int(name, spec):
    double = type(spec)(spec.shape, spec.kind, "float64", spec.low, spec.high)
    check(lambda m, x: getattr(m.special, name)(x), double)
    if name not in ("round", "logit", "erfinv", "ndtri"):
        check(lambda m, x: getattr(m.special, name)(x), I(5, low=1, high=4))


SPECIAL_OTHER = [
    ("polygamma0", lambda m, x: m.special.polygamma(0, x)),
    ("polygamma1", lambda m, x: m.special.polygamma(1, x)),
    ("polygamma3", lambda m, x: m.special.polygamma(3, x)),
    ("polygamma_top", lambda m, x: m.polygamma(2, x)),
    ("polygamma_method", lambda m, x: x.polygamma(2)),
    ("multigammaln", lambda m, x: m.special.multigammaln(x + 1, 3)),
    ("mvlgamma", lambda m, x: m.mvlgamma(x + 0.5, 2)),
    ("mvlgamma_method", lambda m, x: (x + 0.5).mvlgamma(p=2)),
    ("logit_eps", lambda m, x: m.special.logit(x - 1, eps=0.2)),
    ("logit_top", lambda m, x: m.logit(x / 2.5)),
    ("lgamma", lambda m, x: (m.lgamma(x), x.lgamma())),
    ("digamma_top", lambda m, x: (m.digamma(x), x.digamma())),
    ("erfinv_top", lambda m, x: (m.erfinv(x - 1.25), x.erfinv())),
    ("i0_top", lambda m, x: (m.i0(x), x.i0())),
    ("sinc_top", lambda m, x: (m.sinc(x), x.sinc())),
    ("xlogy_scalar_self", lambda m, x: m.special.xlogy(2, x)),
    ("xlogy_scalar_other", lambda m, x: m.special.xlogy(x, 3)),
    ("xlog1py_scalars", lambda m, x: (m.special.xlog1py(2, x), m.special.xlog1py(x, 3))),
    ("round_decimals", lambda m, x: (m.round(x * 100, decimals=1), (x * 1000).round(decimals=-2),
                                     m.special.round(x, decimals=2), m.round(x, decimals=0))),
    ("logsumexp", lambda m, x: m.special.logsumexp(x, 1)),
    ("logsumexp_dims", lambda m, x: m.special.logsumexp(x, (0, 1), keepdim=True)),
    ("softmax", lambda m, x: (m.special.softmax(x, 1), m.special.log_softmax(x, 0))),
    ("softmax_dtype", lambda m, x: m.special.softmax(x, 1, dtype=m.float64)),
    ("gammaincc_other", lambda m, x: m.special.gammaincc(m.tensor(1.5), x)),
]


@pytest.mark.parametrize("name,fn", SPECIAL_OTHER, ids=[s[0] for s in SPECIAL_OTHER])
def test_special_other(name, fn):
    check(fn, P(3, 4))


def test_special_binary():
    check(lambda m, x, y: m.special.xlogy(x, y), F(3, 4), P(4))
    check(lambda m, x, y: (m.xlogy(x, y), x.xlogy(y)), F(3, 4), P(3, 4))
    check(lambda m, x, y: m.special.xlog1py(x, y), F(3, 1), P(4))
    check(lambda m, x, y: m.special.xlogy(x * 0, y - 1), F(3, 4), P(4))  # zeros of x, y = 0
    check(lambda m, x, y: m.special.xlogy(x, y), I(3, 4), I(4))
    check(lambda m, a, x: (m.special.gammainc(a.detach(), x), m.special.gammaincc(a.detach(), x)),
          P(3, 4), P(4))
    check(lambda m, a, x: (m.special.gammainc(a, x.detach()).detach(), m.special.gammaincc(a, x).detach()),
          P(3, 4), P(4))


def test_special_values_edges():
    nan, inf = float("nan"), float("inf")
    check(lambda m: m.special.entr(m.tensor([-1.0, 0.0, inf, nan, 0.5])))
    check(lambda m: m.special.xlogy(m.tensor([0.0, 0.0, 1.0]), m.tensor([0.0, nan, 0.0])))
    check(lambda m: m.special.erfcx(m.tensor([-40.0, -5, 0, 5, 40, 1e10])))
    check(lambda m: m.special.log_ndtr(m.tensor([-40.0, -5, 0, 5, 40], dtype=m.float64)))
    check(lambda m: m.special.ndtri(m.tensor([0.0, 1.0, 0.5, -0.1])))
    check(lambda m: m.special.erfinv(m.tensor([-1.0, 1.0, 1.5, 0.0])))
    check(lambda m: m.special.digamma(m.tensor([0.0, -0.0, -2.0, -2.5, 1e20])))
    check(lambda m: m.special.polygamma(2, m.tensor([0.0, -2.0, -2.5, 1e10])))
    check(lambda m: m.special.sinc(m.tensor([0.0, 1.0, -2.5])))
    check(lambda m: (m.special.i0(m.tensor([0.0, 50.0, -700.0])), m.special.i1e(m.tensor([0.0, 50.0, -700.0]))))
    check(lambda m: m.special.multigammaln(m.tensor([0.1, 0.2]), 3))  # no domain check in torch 1.13
    check(lambda m: m.special.multigammaln(m.tensor([[2, 3]]), 1))


def test_special_gradient_edges():
    def f(m, x):
        y = m.tensor([0.0, 0.5, 1.0, 1.5], requires_grad=True)
        out = (m.special.logit(y), m.special.logit(y, 0.1), m.special.i1(y - 0.5), m.special.i1e(y - 0.5),
               m.special.sinc(y - 0.5))
        grads = m.autograd.grad([o.sum() for o in out[1:]], y)
        g0 = m.autograd.grad(out[0], y, m.tensor([1.0, 1.0, 0.0, 1.0]))
        return out, grads, g0
    check(f, F(1), grad=False)


SPECIAL_ERRORS = [
    ("polygamma_neg", lambda m, x: m.special.polygamma(-1, x)),
    ("multigammaln_p0", lambda m, x: m.special.multigammaln(x, 0)),
    ("mvlgamma_bool", lambda m, x: m.mvlgamma(x > 0, 1)),
    ("round_long", lambda m, x: m.special.round(x.long())),
    ("round_long_decimals", lambda m, x: m.round(x.long(), decimals=1)),
    ("gammainc_input_grad", lambda m, x: m.autograd.grad(m.special.gammainc(x, x.detach()).sum(), x)),
    ("zeta_missing_dim", lambda m, x: m.special.logsumexp(x)),
]


@pytest.mark.parametrize("name,fn", SPECIAL_ERRORS, ids=[s[0] for s in SPECIAL_ERRORS])
def test_special_errors(name, fn):
    check(fn, F(3), msg=name not in ("zeta_missing_dim",))


# ---- cross
CROSS = [
    ("linalg", lambda m, a, b: m.linalg.cross(a, b), (4, 3), (4, 3)),
    ("linalg_broadcast", lambda m, a, b: m.linalg.cross(a, b), (2, 1, 3), (1, 4, 3)),
    ("linalg_dim0", lambda m, a, b: m.linalg.cross(a, b, dim=0), (3, 2), (3, 1)),
    ("cross_default", lambda m, a, b: m.cross(a, b), (2, 3, 4), (2, 3, 4)),
    ("cross_dim", lambda m, a, b: m.cross(a, b, dim=-1), (4, 3), (1, 3)),
    ("cross_method", lambda m, a, b: a.cross(b), (3, 5), (3, 5)),
    ("cross_method_dim", lambda m, a, b: a.cross(b, 1), (2, 3), (2, 3)),
    ("empty", lambda m, a, b: m.linalg.cross(a, b), (0, 3), (0, 3)),
]


@pytest.mark.parametrize("name,fn,sa,sb", CROSS, ids=[c[0] for c in CROSS])
def test_cross(name, fn, sa, sb):
    check(fn, F(*sa), F(*sb))
    if len(sa) >= 2:
        check(fn, transposed(D(*sa)), D(*sb))


def test_cross_int():
    check(lambda m, a, b: m.linalg.cross(a, b), I(2, 3, low=-5, high=5), I(2, 3, low=-5, high=5))


def test_cross_gradcheck():
    def f(m, a, b):
        return m.autograd.gradcheck(lambda x, y: m.linalg.cross(x, y), (a, b)), \
            m.autograd.gradgradcheck(lambda x, y: m.cross(x, y, dim=1), (a, b))
    check(f, D(2, 3), D(1, 3))


CROSS_ERRORS = [
    ("len2", lambda m: m.linalg.cross(m.randn(2), m.randn(2))),
    ("len2_dim", lambda m: m.linalg.cross(m.randn(3, 4), m.randn(3, 4), dim=1)),
    ("ndim", lambda m: m.linalg.cross(m.randn(3, 3), m.randn(3))),
    ("broadcast", lambda m: m.linalg.cross(m.randn(4, 3), m.randn(2, 3))),
    ("dtype", lambda m: m.linalg.cross(m.ones(2, 3), m.ones(2, 3, dtype=m.float64))),
    ("bool", lambda m: m.linalg.cross(m.ones(2, 3, dtype=m.bool), m.ones(2, 3))),
    ("bool_other", lambda m: m.linalg.cross(m.ones(2, 3), m.ones(2, 3, dtype=m.bool))),
    ("dim_range", lambda m: m.linalg.cross(m.randn(3, 2), m.randn(3, 2), dim=2)),
    ("scalar", lambda m: m.linalg.cross(m.tensor(1.0), m.tensor(1.0))),
    ("no_size_3", lambda m: m.cross(m.randn(2, 4), m.randn(2, 4))),
    ("default_dim_other", lambda m: m.cross(m.randn(3, 3), m.randn(1, 3))),
    ("cross_scalar", lambda m: m.cross(m.tensor(1.0), m.tensor(1.0))),
]


@pytest.mark.parametrize("name,fn", CROSS_ERRORS, ids=[c[0] for c in CROSS_ERRORS])
def test_cross_errors(name, fn):
    check(fn)


# ---- repeat_interleave
REPEAT = [
    ("int_flat", lambda m, x: m.repeat_interleave(x, 2)),
    ("int_dim", lambda m, x: m.repeat_interleave(x, 3, dim=0)),
    ("int_neg_dim", lambda m, x: m.repeat_interleave(x, 2, dim=-1)),
    ("tensor", lambda m, x: m.repeat_interleave(x, m.tensor([1, 0, 2, 3]), dim=1)),
    ("tensor_output_size", lambda m, x: m.repeat_interleave(x, m.tensor([1, 0, 2, 3]), dim=1, output_size=6)),
    ("tensor_one", lambda m, x: m.repeat_interleave(x, m.tensor([2]), dim=0)),
    ("tensor_0dim", lambda m, x: m.repeat_interleave(x, m.tensor(2), dim=1)),
    ("tensor_flat", lambda m, x: m.repeat_interleave(x, m.arange(12))),
    ("method", lambda m, x: x.repeat_interleave(2, 0)),
    ("method_tensor", lambda m, x: x.repeat_interleave(m.tensor([0, 0, 1]), dim=0)),
    ("keyword", lambda m, x: m.repeat_interleave(x, repeats=2)),
]


@pytest.mark.parametrize("name,fn", REPEAT, ids=[c[0] for c in REPEAT])
def test_repeat_interleave(name, fn):
    check(fn, F(3, 4))
    check(fn, transposed(D(3, 4)))


def test_repeat_interleave_other_dtypes():
    check(lambda m, x: m.repeat_interleave(x, 2), I(3))
    check(lambda m, x: m.repeat_interleave(x > 1, 2), I(3))
    check(lambda m, x: m.repeat_interleave(x, 2), F())
    check(lambda m: (m.repeat_interleave(m.tensor([1, 0, 3])), m.repeat_interleave(m.tensor([1, 2]), output_size=3)))
    check(lambda m: m.repeat_interleave(m.tensor([], dtype=m.int64)))


REPEAT_ERRORS = [
    ("negative", lambda m, x: m.repeat_interleave(x, -1)),
    ("negative_tensor", lambda m, x: m.repeat_interleave(x, m.tensor([1, -2, 1, 1]), dim=1)),
    ("size", lambda m, x: m.repeat_interleave(x, m.tensor([1, 2]), dim=1)),
    ("size_flat", lambda m, x: m.repeat_interleave(x, m.tensor([1, 2]))),
    ("float", lambda m, x: m.repeat_interleave(x, m.tensor([1.0, 2, 1, 1]), dim=1)),
    ("bool", lambda m, x: m.repeat_interleave(x, m.tensor([True, False, True, True]), dim=1)),
    ("2d", lambda m, x: m.repeat_interleave(x, m.tensor([[1, 2]]), dim=0)),
    ("dim", lambda m, x: m.repeat_interleave(x, 2, dim=2)),
    ("output_size", lambda m, x: m.repeat_interleave(x, 2, output_size=4)),
    ("one_arg_2d", lambda m, x: m.repeat_interleave(m.tensor([[1, 2]]))),
    ("one_arg_0dim", lambda m, x: m.repeat_interleave(m.tensor(3))),
    ("one_arg_float", lambda m, x: m.repeat_interleave(m.tensor([1.0, 2.0]))),
    ("one_arg_negative", lambda m, x: m.repeat_interleave(m.tensor([1, -2]))),
    ("scalar_dim0", lambda m, x: m.repeat_interleave(m.tensor(3.0), 2, dim=0)),
]


@pytest.mark.parametrize("name,fn", REPEAT_ERRORS, ids=[c[0] for c in REPEAT_ERRORS])
def test_repeat_interleave_errors(name, fn):
    check(fn, F(3, 4))


# ---- device=
def test_device_object():
    check(lambda m: (str(m.device("cpu")), repr(m.device("cpu")), str(m.device("cpu:0")), repr(m.device("cpu", 0)),
                     m.device("cpu").type, m.device("cpu").index, m.device("cpu:0").index,
                     m.device("cpu") == m.device("cpu"), m.device("cpu") == m.device("cpu:0"),
                     m.device("cpu") == "cpu", repr(m.device(m.device("cpu"))), repr(m.device("cuda", 1)),
                     str(m.device("cuda:1")), repr(m.device(0))))


@pytest.mark.parametrize("bad", ["gpu", "CPU", "", "cpu:-1", "cuda:x", "cpu:0:0", " cpu", "cpu0"])
def test_device_parse_errors(bad):
    check(lambda m: m.device(bad))
    check(lambda m: m.zeros(2, device=bad))


def test_device_index_errors():
    check(lambda m: m.device("cpu", -1))
    check(lambda m: m.zeros(2, device=-1))


FACTORIES = [
    ("tensor", lambda m, d: m.tensor([1.0, 2.0], device=d)),
    ("as_tensor", lambda m, d: m.as_tensor([1.0, 2.0], device=d)),
    ("zeros", lambda m, d: m.zeros(2, 3, device=d)),
    ("ones", lambda m, d: m.ones((2,), device=d)),
    ("empty", lambda m, d: m.empty(0, device=d)),
    ("full", lambda m, d: m.full((2,), 1.5, device=d)),
    ("arange", lambda m, d: m.arange(3, device=d)),
    ("arange3", lambda m, d: m.arange(1, 4, 2, device=d, dtype=m.float64)),
    ("eye", lambda m, d: m.eye(2, device=d)),
    ("rand", lambda m, d: m.rand(2, device=d).shape),
    ("randn", lambda m, d: m.randn(2, device=d).shape),
    ("zeros_like", lambda m, d: m.zeros_like(m.ones(2), device=d)),
    ("ones_like", lambda m, d: m.ones_like(m.ones(2), device=d)),
    ("full_like", lambda m, d: m.full_like(m.ones(2), 3, device=d)),
    ("empty_like", lambda m, d: m.empty_like(m.ones(0), device=d)),
    ("rand_like", lambda m, d: m.rand_like(m.ones(2), device=d).shape),
    ("randn_like", lambda m, d: m.randn_like(m.ones(2), device=d).shape),
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
