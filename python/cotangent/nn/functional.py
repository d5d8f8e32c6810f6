"""cotangent.nn.functional, with torch.nn.functional's signatures."""
import math

from .. import _cotangent as _C
from .._cotangent import Tensor

_F = _C._nn


def _pair(x, n=2):
    if isinstance(x, (tuple, list)):
        if len(x) == 1:
            return tuple(x) * n
        return tuple(x)
    return (x,) * n


def _single(x):
    if isinstance(x, (tuple, list)):
        if len(x) != 1:
            raise RuntimeError("expected a single value, got %r" % (x,))
        return x[0]
    return x


def _reduction(size_average, reduce, reduction):
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if not reduce:
        return "none"
    return "mean" if size_average else "sum"


def _maybe_inplace(fn_out, input, inplace):
    if inplace:
        return input.copy_(fn_out)
    return fn_out


# ---- activations
def relu(input, inplace=False):
    return input.relu_() if inplace else _F.relu(input)


def relu_(input):
    return input.relu_()


def sigmoid(input):
    return _F.sigmoid(input)


def tanh(input):
    return _F.tanh(input)


def logsigmoid(input):
    return _F.logsigmoid(input)


def softplus(input, beta=1, threshold=20):
    return _F.softplus(input, float(beta), float(threshold))


def leaky_relu(input, negative_slope=0.01, inplace=False):
    return _maybe_inplace(_F.leaky_relu(input, float(negative_slope)), input, inplace)


def elu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(_F.elu(input, float(alpha)), input, inplace)


def selu(input, inplace=False):
    return _maybe_inplace(_F.selu(input), input, inplace)


def gelu(input, approximate="none"):
    return _F.gelu(input, approximate)


def silu(input, inplace=False):
    return _maybe_inplace(_F.silu(input), input, inplace)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _maybe_inplace(_F.hardtanh(input, float(min_val), float(max_val)), input, inplace)


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


def _softmax_dim(ndim):
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _softmax_dim(input.dim())
    if dtype is not None:
        input = input.to(dtype)
    return _F.softmax(input, dim)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _softmax_dim(input.dim())
    if dtype is not None:
        input = input.to(dtype)
    return _F.log_softmax(input, dim)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    return softmax(-input, dim, dtype=dtype)


# ---- losses
def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    return _F.cross_entropy(input, target, weight, ignore_index,
                            _reduction(size_average, reduce, reduction), float(label_smoothing))


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
             reduction="mean"):
    return _F.nll_loss(input, target, weight, ignore_index, _reduction(size_average, reduce, reduction))


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    return _F.mse_loss(input, target, _reduction(size_average, reduce, reduction))


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    return _F.l1_loss(input, target, _reduction(size_average, reduce, reduction))


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    return _F.smooth_l1_loss(input, target, _reduction(size_average, reduce, reduction), float(beta))


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    return _F.binary_cross_entropy(input, target, weight, _reduction(size_average, reduce, reduction))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    return _F.binary_cross_entropy_with_logits(input, target, weight,
                                               _reduction(size_average, reduce, reduction), pos_weight)


# ---- layers
def linear(input, weight, bias=None):
    return _F.linear(input, weight, bias)


def bilinear(*args, **kwargs):
    raise NotImplementedError("cotangent: bilinear is not implemented")


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    return _F.layer_norm(input, tuple(normalized_shape), weight, bias, float(eps))


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    return _maybe_inplace(_F.dropout(input, float(p), bool(training)), input, inplace)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if isinstance(padding, str):
        raise NotImplementedError("cotangent: string padding is not supported")
    return _F.conv1d(input, weight, bias, _single(stride), _single(padding), _single(dilation), groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if isinstance(padding, str):
        raise NotImplementedError("cotangent: string padding is not supported")
    return _F.conv2d(input, weight, bias, _pair(stride), _pair(padding), _pair(dilation), groups)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    if return_indices:
        raise NotImplementedError("cotangent: max_pool2d(return_indices=True) is not supported")
    stride = () if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else _pair(stride)
    return _F.max_pool2d(input, _pair(kernel_size), stride, _pair(padding), _pair(dilation),
                         bool(ceil_mode))


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if divisor_override is not None:
        raise NotImplementedError("cotangent: avg_pool2d(divisor_override=...) is not supported")
    stride = () if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else _pair(stride)
    return _F.avg_pool2d(input, _pair(kernel_size), stride, _pair(padding), bool(ceil_mode),
                         bool(count_include_pad))


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return _F.unfold(input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return _F.fold(input, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                   _pair(stride))


def pad(input, pad, mode="constant", value=None):
    return _F.pad(input, list(pad), mode, 0.0 if value is None else float(value))


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom
