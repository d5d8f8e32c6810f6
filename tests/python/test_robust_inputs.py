"""Issue 10's table, differentially: inputs that used to abort, crash, hang
or answer wrongly, each run on torch and on cotangent (values, dtypes or the
exception type and text must agree), at sizes above the 32k parallel grain
where the size matters. Anomaly mode against torch's."""
import subprocess
import sys
import warnings

import numpy as np
import pytest
import torch

import cotangent as ct
from difftest import check

N = 100000  # > 2 x the parallel grain


def same(fn, msg=True):
    """fn(m) on both libraries, without autograd: values or errors agree."""
    return check(lambda m: fn(m), grad=False, msg=msg, check_grad_fn=False)


ROWS = {
    # 1-2: integer division by zero inside a parallel loop
    "remainder_tensor": lambda m: m.remainder(m.ones(N, dtype=m.int64), m.zeros(N, dtype=m.int64)),
    "remainder_operator": lambda m: m.arange(N) % 0,
    "fmod_scalar": lambda m: m.fmod(m.zeros(N, dtype=m.int64), 0),
    "floordiv_zero_small": lambda m: m.tensor([3]) // 0,
    "floordiv_zero_large": lambda m: m.arange(N) // m.zeros(N, dtype=m.int64),
    "rfloordiv_zero": lambda m: 7 // m.zeros(3, dtype=m.int64),
    "div_floor_zero": lambda m: m.div(m.tensor([3]), 0, rounding_mode="floor"),
    "div_trunc_zero": lambda m: m.div(m.arange(N), 0, rounding_mode="trunc"),
    "div_floor_float_zero": lambda m: m.div(m.tensor([0., -1., 1.]), 0, rounding_mode="floor"),
    "div_floor_int_dtype": lambda m: m.div(m.tensor([7, -7]), m.tensor([2, 2]), rounding_mode="floor"),
    "div_trunc_int": lambda m: m.div(m.tensor([7, -7]), 2, rounding_mode="trunc"),
    "div_floor_int_by_float": lambda m: m.div(m.tensor([5]), 2.5, rounding_mode="floor"),
    "div_bad_mode": lambda m: m.div(m.ones(2), 2, rounding_mode="round"),
    "floordiv_float": lambda m: m.tensor([7., -7.]) // 2,
    "rfloordiv_int": lambda m: 7 // m.tensor([2, -2]),
    "rfloordiv_float_scalar": lambda m: 7.5 // m.tensor([2, -2]),
    "floor_divide": lambda m: m.floor_divide(m.tensor([7, -7]), 2),
    "floordiv_big_int": lambda m: m.tensor([2 ** 62 + 1]) // 1,
    # 3: integer powers with negative exponents in a tensor
    "pow_negative_tensor": lambda m: m.pow(m.ones(N, dtype=m.int64), m.full((N,), -1, dtype=m.int64)),
    "pow_negative_values": lambda m: m.pow(m.tensor([1, 2, -1, 0, 3, -1]), m.tensor([-1, -1, -1, -1, -2, -3])),
    "pow_operator": lambda m: m.tensor([1, 2, -1]) ** m.tensor([-1, -1, -1]),
    "pow_negative_scalar": lambda m: m.pow(m.tensor([2]), -1),
    "rpow_int": lambda m: m.pow(2, m.tensor([-1, 0, 3, 62])),
    # 5: huge exponents (by squaring, wrapping)
    "pow_2_62": lambda m: m.pow(m.tensor([3]), 2 ** 62),
    "pow_2_62_plus_1": lambda m: m.pow(m.tensor([1, -1, 0, 2]), 2 ** 62 + 1),
    "pow_int64_max": lambda m: m.tensor([3, -3]) ** (2 ** 63 - 1),
    "big_int_literal": lambda m: m.tensor([2 ** 62 + 1, -(2 ** 63)]),
    # absurd sizes: torch's allocator message, at once
    "alloc_1_40": lambda m: m.empty(1 << 40),
    "alloc_overflow": lambda m: m.empty(1 << 62),
    "alloc_expand_contiguous": lambda m: m.ones(1 << 20).expand(1 << 20, 1 << 20).contiguous(),
    "alloc_repeat": lambda m: m.ones(2, 2).repeat(1 << 20, 1 << 20),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_issue10_row(name):
    same(ROWS[name])


def test_inplace_pow_huge_exponent():
    def fn(m):
        t = m.tensor([3, 5])
        t.pow_(2 ** 62)
        t **= 2 ** 63 - 1
        return t
    same(fn)


def test_unbind_of_2_32_slices_fails_at_once():
    def fn(m):
        return m.zeros(0, 2 ** 32, 2 ** 32).unbind(2)
    _, err = same(fn, msg="std::bad_alloc")
    assert isinstance(err, RuntimeError)


@pytest.mark.parametrize("gradient", [1.0, True, "ab", [1.0], (), np.ones(5), [None]],
                         ids=["float", "bool", "str", "list_of_float", "empty_tuple", "numpy", "none_list"])
def test_backward_non_tensor_gradient(gradient):
    # Issue 10, row 4: SIGSEGV before; torch raises TypeError / RuntimeError.
    def fn(m):
        x = m.zeros(5, requires_grad=True)
        (x * 2).backward(gradient)
        return x.grad
    same(fn)


@pytest.mark.parametrize("wrap", [list, tuple])
def test_backward_gradient_in_a_sequence(wrap):
    def fn(m):
        x = m.zeros(5, requires_grad=True)
        (x * 2).backward(wrap([m.ones(5)]))
        (x * 3).backward(wrap([m.ones(5), m.ones(5)]))  # extra gradients are ignored
        return x.grad
    same(fn)


def test_autograd_backward_grad_tensors_checked():
    def fn(m):
        x = m.zeros(5, requires_grad=True)
        m.autograd.backward([x * 2], grad_tensors=3.0)
    same(fn)


def test_cumprod_backward_through_zeros_is_linear():
    # Issue 10, row 6: 152 s before (quadratic); values as torch.
    def fn(m):
        x = m.zeros(N, dtype=m.float64, requires_grad=True)
        x.cumprod(0).sum().backward()
        y = m.tensor([[2., 0., 3., 0.], [1., 2., 0., 4.]], dtype=m.float64, requires_grad=True)
        (y.cumprod(1) * m.arange(8, dtype=m.float64).reshape(2, 4)).sum().backward()
        return x.grad, y.grad
    same(fn)


@pytest.mark.parametrize("call", [
    lambda m: m.clamp(m.ones(2), [1, 2]),
    lambda m: m.ones(2).clip(max=[]),
    lambda m: m.ones(4).split(None),
])
def test_wrong_argument_types_are_type_errors(call):
    # torch's long overload listings are not reproduced: the class must match.
    with pytest.raises(TypeError):
        call(torch)
    with pytest.raises(TypeError):
        call(ct)


# ---------------------------------------------------------------- anomaly mode

def _nan_backward(m):
    x = m.tensor([0.0, 1.0], dtype=m.float64, requires_grad=True)
    y = (x.log() * 0).sum()  # LOG LINE
    y.backward()


def _anomaly_outcome(m):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(RuntimeError) as err:
            with m.autograd.detect_anomaly():
                _nan_backward(m)
    return str(err.value), [str(w.message) for w in caught]


def test_detect_anomaly_matches_torch():
    t_err, t_warn = _anomaly_outcome(torch)
    c_err, c_warn = _anomaly_outcome(ct)
    assert c_err == t_err == "Function 'LogBackward0' returned nan values in its 0th output."
    assert c_warn[0] == t_warn[0]  # "Anomaly Detection has been enabled. ..."
    # The traceback of the forward call names this file and the line of log().
    line = next(i for i, s in enumerate(open(__file__), 1) if s.rstrip().endswith("# LOG LINE"))
    for warns in (t_warn, c_warn):
        report = [w for w in warns if w.startswith("Error detected in LogBackward0")]
        assert len(report) == 1, warns
        assert 'test_robust_inputs.py", line %d, in _nan_backward' % line in report[0], report[0]
    assert not ct.is_anomaly_enabled()


def test_set_detect_anomaly_as_function_and_context():
    for m in (torch, ct):
        assert not m.is_anomaly_enabled()
        m.autograd.set_detect_anomaly(True)
        assert m.is_anomaly_enabled()
        m.autograd.set_detect_anomaly(False)
        assert not m.is_anomaly_enabled()
        with m.autograd.set_detect_anomaly(True, check_nan=False):
            assert m.is_anomaly_enabled() and not m.is_anomaly_check_nan_enabled()
            x = m.tensor([0.0], dtype=m.float64, requires_grad=True)
            (x.log() * 0).sum().backward()  # no NaN check
            assert bool(x.grad.isnan().all())
        assert not m.is_anomaly_enabled()


def test_set_num_threads_from_python():
    x = ct.rand(300000, dtype=ct.float64)
    before = ct.get_num_threads()
    results = []
    for n in (1, 2, 1):
        ct.set_num_threads(n)
        assert ct.get_num_threads() == n
        results.append(float(x.exp().sum()))
    ct.set_num_threads(before)
    assert results[0] == pytest.approx(results[1], rel=1e-12) and results[0] == results[2]
    with pytest.raises(RuntimeError):
        ct.set_num_threads(0)


def test_large_zero_division_does_not_kill_the_process():
    # Run in a child: before the fix this aborted the interpreter.
    code = ("import cotangent as ct\n"
            "try:\n    ct.remainder(ct.ones(100000, dtype=ct.int64), ct.zeros(100000, dtype=ct.int64))\n"
            "except RuntimeError as e:\n    print('raised', e)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "raised ZeroDivisionError"
