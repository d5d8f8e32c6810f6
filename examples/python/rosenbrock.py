# Newton's method on the Rosenbrock function, two ways (Python version of
# examples/rosenbrock.cpp):
#  1. n = 2, exact Newton with the Hessian from hessian(), from (-1.2, 1);
#  2. n = 10,000 (the extended Rosenbrock function: 5,000 independent pairs),
#     Newton-CG: conjugate gradients whose products H v come from hvp(), so
#     the 10,000 x 10,000 Hessian is never formed.
# Both use Armijo backtracking. The minimum is (1, ..., 1); exits non-zero
# if it was not reached.
import cotangent as torch
from cotangent.autograd.functional import hessian, hvp, vjp


def rosenbrock(x):
    # sum over the pairs (a, b) = (x[2i], x[2i+1]) of 100 (b - a^2)^2 + (1 - a)^2
    pairs = x.view(-1, 2)
    a, b = pairs[:, 0], pairs[:, 1]
    return (100 * (b - a * a) ** 2 + (1 - a) ** 2).sum()


def line_search(x, p, g):
    # largest t in {1, 1/2, 1/4, ...} with sufficient decrease (Armijo)
    f0, slope, t = rosenbrock(x).item(), (g * p).sum().item(), 1.0
    for _ in range(40):
        if rosenbrock(x + t * p).item() <= f0 + 1e-4 * t * slope:
            break
        t *= 0.5
    return x + t * p


def newton_cg_direction(x, g, counter):
    # solves H p = -g by conjugate gradients with H d = hvp(...); stops at
    # negative curvature (returning the last iterate, or -g)
    p, r = torch.zeros_like(g), -g
    d, rr = r.clone(), (r * r).sum().item()
    tol = min(0.5, rr ** 0.25) * rr ** 0.5
    for k in range(200):
        _, Hd = hvp(rosenbrock, x, d)
        counter[0] += 1
        curvature = (d * Hd).sum().item()
        if curvature <= 0:
            return -g if k == 0 else p
        alpha = rr / curvature
        p, r = p + alpha * d, r - alpha * Hd
        rr_new = (r * r).sum().item()
        if rr_new ** 0.5 < tol:
            break
        d, rr = r + (rr_new / rr) * d, rr_new
    return p


# 1. Exact Newton, n = 2.
print("Newton with hessian(), n = 2")
x = torch.tensor([-1.2, 1.0], dtype=torch.float64)
for it in range(100):
    f, g = vjp(rosenbrock, x)  # the value and the gradient
    print(f"  iter {it:2d}  f = {f.item():.6e}  |grad| = {g.norm().item():.3e}"
          f"  x = ({x[0].item():.6f}, {x[1].item():.6f})")
    if g.norm().item() < 1e-10:
        break
    H = hessian(rosenbrock, x)
    x = line_search(x, -torch.linalg.solve(H, g), g)
err2 = (x - 1).abs().max().item()
print(f"  minimum (1, 1) reached in {it} iterations: {'yes' if err2 < 1e-8 else 'NO'}"
      f" (max error {err2:.1e})")

# 2. Newton-CG with Hessian-vector products, n = 10,000.
n = 10000
x = torch.ones(n, dtype=torch.float64)
x[0::2] = -1.2
print(f"Newton-CG with hvp(), n = {n}")
hvps = [0]
for it in range(200):
    f, g = vjp(rosenbrock, x)
    gnorm = g.norm().item()
    if it % 5 == 0 or gnorm < 1e-8:
        print(f"  iter {it:3d}  f = {f.item():.6e}  |grad| = {gnorm:.3e}"
              f"  ({hvps[0]} Hessian-vector products so far)")
    if gnorm < 1e-8:
        break
    x = line_search(x, newton_cg_direction(x, g, hvps), g)
errn = (x - 1).abs().max().item()
print(f"  minimum (1, ..., 1) reached in {it} iterations: {'yes' if errn < 1e-6 else 'NO'}"
      f" (max error {errn:.1e})")

if not (err2 < 1e-8 and errn < 1e-6):
    raise SystemExit(1)
