"""cotangent.linalg, as torch.linalg (LAPACK through OpenBLAS)."""
from . import _cotangent as _C
from ._tensor import return_types

inv = _C._linalg.inv
det = _C._linalg.det
solve = _C._linalg.solve
cholesky = _C._linalg.cholesky
cross = _C._linalg.cross


def slogdet(A):
    return return_types.linalg_slogdet(_C._linalg.slogdet(A))


def norm(A, ord=None, dim=None, keepdim=False, dtype=None):
    return _C.norm(A, p=2 if ord is None else ord, dim=dim, keepdim=keepdim, dtype=dtype)


vector_norm = _C._linalg.vector_norm
