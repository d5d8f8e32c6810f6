"""cotangent.special, as torch.special (real inputs): every function the op
table's signatures name "special.*" (src/ops/special.cpp gives torch.special's
names to ops torch also has at the top level: gammaln, expit, psi, ...)."""
from ._cotangent import _special as _S

for _name in dir(_S):
    if not _name.startswith("_"):
        globals()[_name] = getattr(_S, _name)
del _name
