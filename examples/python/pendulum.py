# How sensitive is a damped pendulum's final angle to its parameters?
# (Python version of examples/pendulum.cpp.) theta'' = -(g/L) sin(theta) -
# k theta', from theta = 1 rad at rest, integrated by semi-implicit Euler for
# 1,000 steps of 10 ms. The derivatives of the angle after 10 s with respect
# to p = (g/L, k) come from forward mode (jvp, one pass per parameter) and
# reverse mode (vjp, one pass for both) and are checked against central
# finite differences. Where the library has compile() (cotangent does, torch
# 1.13 does not), a compiled vjp is checked and timed as well.
import time

import cotangent as torch
from cotangent.autograd.functional import jvp, vjp


def final_angle(p):
    # the angle after 1,000 steps of 10 ms for p = (g/L, k)
    g_over_l, k = p[0], p[1]
    dt = 0.01
    theta = torch.tensor(1.0, dtype=torch.float64)
    omega = torch.tensor(0.0, dtype=torch.float64)
    for _ in range(1000):
        omega = omega + dt * (-g_over_l * torch.sin(theta) - k * omega)
        theta = theta + dt * omega
    return theta


def seconds_per_call(f, calls):
    start = time.perf_counter()
    for _ in range(calls):
        f()
    return (time.perf_counter() - start) / calls


p = torch.tensor([9.81, 0.5], dtype=torch.float64)  # g/L (L = 1 m), damping k
e = torch.eye(2, dtype=torch.float64)  # the tangent of each parameter


def forward():  # one jvp per parameter
    return torch.stack([jvp(final_angle, p, e[i])[1] for i in range(2)])


def reverse():  # one vjp for the whole gradient
    return vjp(final_angle, p)[1]


def finite_difference(i, h=1e-6):  # central differences
    return (final_angle(p + h * e[i]) - final_angle(p - h * e[i])).item() / (2 * h)


finite = torch.tensor([finite_difference(0), finite_difference(1)], dtype=torch.float64)
print(f"angle after 1,000 steps: {final_angle(p).item():.6f} rad")
print("d angle / d (g/L, k):")
ok = True
for name, d in [("jvp (forward)", forward()), ("vjp (reverse)", reverse()),
                ("finite differences", finite)]:
    close = torch.allclose(d, finite, rtol=1e-6, atol=1e-8)
    ok = ok and close
    print(f"  {name:20s} ({d[0].item():+.6f}, {d[1].item():+.6f})"
          f"{'' if close else '  <- differs from finite differences'}")

# Lines starting with "timing:" depend on the machine and the library (they
# are left out when tests/python/test_examples.py compares cotangent and torch).
t_forward, t_reverse = seconds_per_call(forward, 3), seconds_per_call(reverse, 3)
print(f"timing: jvp x 2 {1e3 * t_forward:.1f} ms, vjp {1e3 * t_reverse:.1f} ms")
if hasattr(torch, "compile"):
    # records the rollout and its backward on the first call, then replays them
    compiled_vjp = torch.compile(lambda params: vjp(final_angle, params))
    d = compiled_vjp(p)[1]
    close = torch.allclose(d, finite, rtol=1e-6, atol=1e-8)
    ok = ok and close
    t_compiled = seconds_per_call(lambda: compiled_vjp(p), 50)
    print(f"timing: compiled vjp ({d[0].item():+.6f}, {d[1].item():+.6f})"
          f" {'agrees' if close else 'DIFFERS'}, {1e3 * t_compiled:.3f} ms,"
          f" speed-up over eager vjp {t_reverse / t_compiled:.1f}x")
print(f"all derivatives agree with finite differences: {'yes' if ok else 'NO'}")
if not ok:
    raise SystemExit(1)
