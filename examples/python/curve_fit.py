# Fitting a damped oscillation y = A exp(-lam t) cos(omega t + phi) to 200
# noisy samples by Levenberg-Marquardt (Python version of
# examples/curve_fit.cpp). The residuals' 200 x 4 Jacobian comes from
# jacobian(). Exits non-zero if the fit misses the true parameters by more
# than the noise allows or if the gradient J^T r at the answer is not ~0.
import cotangent as torch
from cotangent.autograd.functional import jacobian


def model(p, t):
    # p = (A, lam, omega, phi)
    return p[0] * torch.exp(-p[1] * t) * torch.cos(p[2] * t + p[3])


# Synthetic data: the true curve plus Gaussian noise of standard deviation 0.05.
torch.manual_seed(0)
m = 200
truth = torch.tensor([2.0, 0.3, 1.7, 0.4], dtype=torch.float64)
t = torch.linspace(0, 10, m, dtype=torch.float64)  # 0 to 10 s
y = model(truth, t) + 0.05 * torch.randn(m, dtype=torch.float64)


def residuals(p):
    return model(p, t) - y


def cost(p):
    return 0.5 * (residuals(p) ** 2).sum().item()


# Levenberg-Marquardt: solve (J^T J + mu diag(J^T J)) step = -J^T r; mu
# shrinks after a step that lowers the cost and grows after one that does not.
p = torch.tensor([1.0, 0.1, 1.5, 0.0], dtype=torch.float64)
mu, c = 1e-3, cost(p)
print(f"Levenberg-Marquardt with jacobian() ({m} samples, 4 parameters)")
for it in range(100):
    r = residuals(p)
    J = jacobian(residuals, p, vectorize=True)  # d r_i / d p_j, 200 x 4
    JtJ, g = J.T @ J, J.T @ r
    gnorm = g.abs().max().item()
    print(f"  iter {it:2d}  cost = {c:.8f}  |J^T r|_inf = {gnorm:.2e}  mu = {mu:.1e}"
          f"  p = ({', '.join(f'{v:.5f}' for v in p.tolist())})")
    if gnorm < 1e-7:  # ~1e-9 relative to the first gradient
        break
    step = torch.linalg.solve(JtJ + mu * torch.diag(torch.diag(JtJ)), -g)
    c_new = cost(p + step)
    if c_new < c:
        p, c, mu = p + step, c_new, max(mu / 3, 1e-12)
    else:
        mu *= 4

A, lam, omega, phi = p.tolist()
print(f"  A = {A:.6f}  lam = {lam:.6f}  omega = {omega:.6f}  phi = {phi:.6f}"
      f"  ({it} iterations)")
error = (p - truth).abs().max().item()
gradient = (jacobian(residuals, p).T @ residuals(p)).abs().max().item()
print(f"  truth: A = 2, lam = 0.3, omega = 1.7, phi = 0.4; largest error {error:.4f}")
ok = error < 0.05 and gradient < 1e-7
print(f"fit within the noise of the truth, gradient ~0: {'yes' if ok else 'NO'}")
if not ok:
    raise SystemExit(1)
