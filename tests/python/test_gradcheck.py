"""gradcheck / gradgradcheck flags (fast_mode, check_forward_ad,
check_batched_grad, check_batched_forward_grad): the same functions run
through torch.autograd.gradcheck (1.13) and cotangent's; the outcomes
(pass / fail / assertion) must agree, and a flag that is ignored makes the
function with the matching bug pass."""
import cotangent as ct
import numpy as np
import pytest
import torch


def functions(m, calls=None):
    """Custom functions with deliberate bugs, written against module m."""
    Function = m.autograd.Function

    class Exp(Function):  # right backward and jvp
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            ctx.y = y
            return y

        @staticmethod
        def backward(ctx, g):
            y, = ctx.saved_tensors
            return g * y

        @staticmethod
        def jvp(ctx, t):
            return t * ctx.y

    class BadBackward(Exp):  # backward off by 10%
        @staticmethod
        def backward(ctx, g):
            y, = ctx.saved_tensors
            return g * y * 1.1

    class BadJvp(Exp):  # backward right, jvp off by a factor 2
        @staticmethod
        def jvp(ctx, t):
            return t * ctx.y * 2

    class Drifting(Exp):
        # Stale state: right for the first two backward calls (so torch's
        # reentrancy check passes), scaled by the call count afterwards.
        @staticmethod
        def backward(ctx, g):
            calls[0] += 1
            y, = ctx.saved_tensors
            return g * y * (1.0 if calls[0] <= 2 else float(calls[0]))

    return Exp, BadBackward, BadJvp, Drifting


def both(run):
    """run(m, x) on torch and cotangent with the same float64 input; returns
    (torch outcome, cotangent outcome), an outcome being True / False or the
    exception type name."""
    data = np.random.default_rng(0).standard_normal((3, 2))
    res = []
    for m in (torch, ct):
        x = m.tensor(data, dtype=m.float64, requires_grad=True)
        try:
            res.append(run(m, x))
        except Exception as e:  # noqa: BLE001 - compared by type below
            res.append(type(e).__name__)
    return tuple(res)


def gc(m, fn, x, **kw):
    return m.autograd.gradcheck(fn, (x,), raise_exception=False, **kw)


@pytest.mark.parametrize("fast_mode", [False, True])
def test_wrong_backward_is_caught(fast_mode):
    t, c = both(lambda m, x: gc(m, functions(m)[1].apply, x, fast_mode=fast_mode))
    assert t is False and c is False


@pytest.mark.parametrize("kw", [dict(), dict(fast_mode=True), dict(check_forward_ad=True),
                                dict(check_forward_ad=True, fast_mode=True),
                                dict(check_batched_grad=True),
                                dict(check_forward_ad=True, check_batched_forward_grad=True)])
def test_right_function_passes(kw):
    assert both(lambda m, x: gc(m, functions(m)[0].apply, x, **kw)) == (True, True)
    assert both(lambda m, x: gc(m, lambda a: (a.sin() * a).sum(0), x, **kw)) == (True, True)


def test_fast_mode_projects_instead_of_perturbing_every_element():
    # slow mode evaluates func twice per input element; fast mode twice per
    # input (plus the reference calls), so ignoring fast_mode shows here.
    for fast, bound in ((False, 12), (True, 8)):
        count = [0]

        def f(a):
            count[0] += 1
            return a * a

        x = ct.randn(10, dtype=ct.float64, requires_grad=True)
        assert ct.autograd.gradcheck(f, (x,), fast_mode=fast)
        assert (count[0] >= 20) if not fast else (count[0] <= bound), (fast, count[0])


def test_fast_mode_message():
    x = ct.randn(3, dtype=ct.float64, requires_grad=True)
    with pytest.raises(RuntimeError, match=r"^Jacobian mismatch for output 0 with respect to input 0,\nnumerical:"):
        ct.autograd.gradcheck(functions(ct)[1].apply, (x,), fast_mode=True)


@pytest.mark.parametrize("fast_mode", [False, True])
def test_wrong_jvp_is_caught_by_check_forward_ad(fast_mode):
    bad_jvp = lambda m: functions(m)[2].apply  # noqa: E731
    assert both(lambda m, x: gc(m, bad_jvp(m), x, fast_mode=fast_mode)) == (True, True)
    assert both(lambda m, x: gc(m, bad_jvp(m), x, fast_mode=fast_mode, check_forward_ad=True)) == (False, False)
    # only forward mode checked: the backward is not looked at
    bad_bwd = lambda m: functions(m)[1].apply  # noqa: E731
    assert both(lambda m, x: gc(m, bad_bwd(m), x, check_forward_ad=True, check_backward_ad=False)) == (True, True)


def test_forward_ad_message():
    x = ct.randn(3, dtype=ct.float64, requires_grad=True)
    with pytest.raises(RuntimeError, match="^Jacobian computed with forward mode mismatch for output 0 with "
                                           "respect to input 0"):
        ct.autograd.gradcheck(functions(ct)[2].apply, (x,), check_forward_ad=True)


def test_stale_backward_is_caught_by_check_batched_grad():
    def run(batched):
        def go(m, x):
            calls = [0]
            return gc(m, functions(m, calls)[3].apply, x, fast_mode=True, check_batched_grad=batched)
        return go

    assert both(run(True)) == (False, False)
    # without the flag cotangent passes (torch's undefined-grad checks, which
    # cotangent does not run, call backward with zeros and pass too)
    assert both(run(False)) == (True, True)


def test_batched_grad_message():
    calls = [0]
    x = ct.randn(3, dtype=ct.float64, requires_grad=True)
    with pytest.raises(RuntimeError, match="^For output 0 and input 0:\n\ngradcheck or gradgradcheck failed while "
                                           "testing batched gradient computation."):
        ct.autograd.gradcheck(functions(ct, calls)[3].apply, (x,), fast_mode=True, check_batched_grad=True)


@pytest.mark.parametrize("kw", [dict(check_forward_ad=False, check_backward_ad=False),
                                dict(check_batched_grad=True, check_backward_ad=False, check_forward_ad=True),
                                dict(check_batched_forward_grad=True)])
def test_rejected_flag_combinations(kw):
    t, c = both(lambda m, x: gc(m, lambda a: a * 2, x, **kw))
    assert t == c == "AssertionError"
    with pytest.raises(AssertionError) as ce:
        ct.autograd.gradcheck(lambda a: a * 2, (ct.ones(2, dtype=ct.float64, requires_grad=True),), **kw)
    with pytest.raises(AssertionError) as te:
        torch.autograd.gradcheck(lambda a: a * 2, (torch.ones(2, dtype=torch.float64, requires_grad=True),), **kw)
    assert str(ce.value) == str(te.value)


@pytest.mark.parametrize("kw", [dict(), dict(fast_mode=True), dict(check_fwd_over_rev=True),
                                dict(check_batched_grad=True)])
def test_gradgradcheck_flags(kw):
    def run(m, x):
        return m.autograd.gradgradcheck(lambda a: (a.exp() * a).sum(0), (x,), raise_exception=False, **kw)
    assert both(run) == (True, True)


def test_gradgradcheck_fwd_over_rev_catches_wrong_jvp_of_backward():
    # Square's backward is a custom function whose jvp is wrong: only
    # forward-over-reverse looks at it.
    def make(m):
        Function = m.autograd.Function

        class Square(Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                ctx.x = x
                return x * x

            @staticmethod
            def backward(ctx, g):
                x, = ctx.saved_tensors
                return Twice.apply(g, x)

            @staticmethod
            def jvp(ctx, t):
                return 2 * t * ctx.x

        class Twice(Function):  # 2 g x, with a jvp that forgets the x tangent
            @staticmethod
            def forward(ctx, g, x):
                ctx.save_for_backward(g, x)
                ctx.g, ctx.x = g, x
                return 2 * g * x

            @staticmethod
            def backward(ctx, gg):
                g, x = ctx.saved_tensors
                return 2 * gg * x, 2 * gg * g

            @staticmethod
            def jvp(ctx, tg, tx):
                return 2 * tg * ctx.x

        return Square.apply

    def run(fwd_over_rev):
        def go(m, x):
            return m.autograd.gradgradcheck(make(m), (x,), raise_exception=False,
                                            check_fwd_over_rev=fwd_over_rev)
        return go

    assert both(run(False)) == (True, True)
    assert both(run(True)) == (False, False)
