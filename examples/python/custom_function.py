# A custom differentiable function around code the library does not have
# (Python version of examples/custom_function.cpp): a tridiagonal solve by
# the Thomas algorithm in NumPy, with its adjoint written by hand. Because
# backward itself calls the custom function (a transposed solve), the
# derivative is differentiable too: gradcheck and gradgradcheck pass.
import numpy as np

import cotangent as torch


def thomas(dl, d, du, b):
    # solves T x = b (NumPy arrays): T has sub-diagonal dl (n-1), diagonal d
    # (n) and super-diagonal du (n-1); no pivoting, so T should be
    # diagonally dominant
    n = len(d)
    c, x = np.zeros(n), np.zeros(n)
    c[0], x[0] = du[0] / d[0], b[0] / d[0]
    for i in range(1, n):  # elimination
        m = d[i] - dl[i - 1] * c[i - 1]
        c[i] = du[i] / m if i < n - 1 else 0.0
        x[i] = (b[i] - dl[i - 1] * x[i - 1]) / m
    for i in range(n - 2, -1, -1):  # back substitution
        x[i] -= c[i] * x[i + 1]
    return x


class TridiagonalSolve(torch.autograd.Function):
    @staticmethod
    def forward(ctx, dl, d, du, b):
        x = torch.from_numpy(thomas(*(t.detach().numpy() for t in (dl, d, du, b))))
        ctx.save_for_backward(dl, d, du, x)
        return x

    @staticmethod
    def backward(ctx, grad):
        # with lam = T^-T grad: grad b = lam, and grad T = -lam x^T on the
        # three diagonals; T^T swaps dl and du
        dl, d, du, x = ctx.saved_tensors
        lam = TridiagonalSolve.apply(du, d, dl, grad)
        return -lam[1:] * x[:-1], -lam * x, -lam[:-1] * x[1:], lam


def loss(dl, d, du, b):
    return (TridiagonalSolve.apply(dl, d, du, b) ** 2).sum()


torch.manual_seed(0)
n = 6
dl = (torch.rand(n - 1, dtype=torch.float64) - 0.5).requires_grad_()
d = (torch.rand(n, dtype=torch.float64) + 3).requires_grad_()  # diagonally dominant
du = (torch.rand(n - 1, dtype=torch.float64) - 0.5).requires_grad_()
b = torch.rand(n, dtype=torch.float64).requires_grad_()
inputs = (dl, d, du, b)
custom = torch.autograd.grad(loss(*inputs), inputs)

# The same loss through a dense solve, for comparison.
dense_inputs = [t.detach().requires_grad_() for t in inputs]
dl2, d2, du2, b2 = dense_inputs
T = torch.diag(d2) + torch.diag(dl2, -1) + torch.diag(du2, 1)
dense = torch.autograd.grad((torch.linalg.solve(T, b2) ** 2).sum(), dense_inputs)

print(f"loss {loss(*inputs).item():.6f}")
print("grad b (custom)", " ".join(f"{v:+.6f}" for v in custom[3].tolist()))
print("grad b (dense) ", " ".join(f"{v:+.6f}" for v in dense[3].tolist()))
same = all(torch.allclose(g, h, rtol=1e-10, atol=1e-12) for g, h in zip(custom, dense))
first = torch.autograd.gradcheck(loss, inputs)
second = torch.autograd.gradgradcheck(loss, inputs)
print(f"all four gradients match the dense solve: {'yes' if same else 'NO'}")
print(f"gradcheck: {'passed' if first else 'FAILED'}")
print(f"gradgradcheck: {'passed' if second else 'FAILED'}")
if not (same and first and second):
    raise SystemExit(1)
