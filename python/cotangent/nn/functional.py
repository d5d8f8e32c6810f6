"""cotangent.nn.functional, as torch.nn.functional. The functions are the
ops of the op table, bound with torch.nn.functional's signatures (the
"nn." signatures in src/ops/nn.cpp); the few below are compositions."""
from .. import _cotangent as _C

_F = _C._nn

relu = _F.relu
relu6 = _F.relu6
sigmoid = _F.sigmoid
tanh = _F.tanh
logsigmoid = _F.logsigmoid
softplus = _F.softplus
leaky_relu = _F.leaky_relu
elu = _F.elu
selu = _F.selu
gelu = _F.gelu
silu = _F.silu
hardtanh = _F.hardtanh
softmax = _F.softmax
softmin = _F.softmin
log_softmax = _F.log_softmax
cross_entropy = _F.cross_entropy
nll_loss = _F.nll_loss
mse_loss = _F.mse_loss
l1_loss = _F.l1_loss
smooth_l1_loss = _F.smooth_l1_loss
binary_cross_entropy = _F.binary_cross_entropy
binary_cross_entropy_with_logits = _F.binary_cross_entropy_with_logits
linear = _F.linear
layer_norm = _F.layer_norm
dropout = _F.dropout
conv1d = _F.conv1d
conv2d = _F.conv2d
max_pool2d = _F.max_pool2d
avg_pool2d = _F.avg_pool2d
unfold = _F.unfold
fold = _F.fold
pad = _F.pad


def relu_(input):
    return input.relu_()


def bilinear(*args, **kwargs):
    raise NotImplementedError("cotangent: bilinear is not implemented")


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom
