"""cotangent.special, as torch.special (real inputs). Functions torch also
has at the top level are the same objects as cotangent's (ct.lgamma is
special.gammaln's implementation, ct.sigmoid special.expit's, ...)."""
from . import _cotangent as _C
from ._cotangent import _special as _S

gammaln = _C.lgamma
digamma = _C.digamma
psi = _C.digamma
polygamma = _C.polygamma
erf = _C.erf
erfc = _C.erfc
erfinv = _C.erfinv
erfcx = _S.erfcx
expit = _C.sigmoid
logit = _C.logit
xlogy = _C.xlogy
xlog1py = _S.xlog1py
ndtr = _S.ndtr
ndtri = _S.ndtri
log_ndtr = _S.log_ndtr
i0 = _C.i0
i0e = _S.i0e
i1 = _S.i1
i1e = _S.i1e
sinc = _C.sinc
entr = _S.entr
logsumexp = _C.logsumexp
log1p = _C.log1p
expm1 = _C.expm1
exp2 = _C.exp2
round = _S.round  # noqa: A001  (torch.special.round)
gammainc = _S.gammainc
gammaincc = _S.gammaincc


multigammaln = _S.multigammaln
softmax = _S.softmax
log_softmax = _S.log_softmax
