# Logistic regression trained by gradient descent, the gradient from vjp()
# (Python version of examples/logistic_regression.cpp). The data: 1,000
# points in the plane from two Gaussian clouds (labels 0 and 1); the model:
# P(label 1 | x) = sigmoid(x . w + b). Prints the loss as it trains, checks
# vjp's gradient against the closed form X^T (sigmoid(X w + b) - y) / n, and
# exits non-zero if the loss did not fall or the accuracy is below 90%.
import cotangent as torch
import cotangent.nn.functional as F
from cotangent.autograd.functional import vjp

torch.manual_seed(0)
n = 1000
# Two clouds, centred at (-1, -1) (label 0) and (1, 1) (label 1).
labels = (torch.rand(n, dtype=torch.float64) < 0.5).to(torch.float64)
X = torch.randn(n, 2, dtype=torch.float64) + (2 * labels - 1).unsqueeze(1)


def logits(params):
    # params = (w0, w1, b)
    return X @ params[:2] + params[2]


def loss(params):
    # the mean cross-entropy
    return F.binary_cross_entropy_with_logits(logits(params), labels)


params = torch.zeros(3, dtype=torch.float64)
learning_rate = 0.5
print(f"gradient descent with vjp(), {n} points")
for step in range(201):
    value, gradient = vjp(loss, params)  # the loss and d loss / d params
    if step == 0:
        first = value.item()
    last = value.item()
    if step % 40 == 0:
        w0, w1, b = params.tolist()
        print(f"  step {step:3d}  loss = {last:.6f}  w = ({w0:.4f}, {w1:.4f})  b = {b:.4f}")
    params = params - learning_rate * gradient

# vjp's gradient against the closed form.
_, gradient = vjp(loss, params)
residual = torch.sigmoid(logits(params)) - labels
closed_form = torch.cat([X.T @ residual, residual.sum().unsqueeze(0)]) / n
same = torch.allclose(gradient, closed_form, rtol=1e-12, atol=1e-14)

accuracy = ((logits(params) > 0).to(torch.float64) == labels).to(torch.float64).mean().item()
print(f"loss {first:.4f} -> {last:.4f}, training accuracy {100 * accuracy:.1f}%")
print(f"vjp's gradient equals the closed form: {'yes' if same else 'NO'}")
if not (same and last < first and accuracy > 0.9):
    raise SystemExit(1)
