"""cotangent.linalg, as torch.linalg (LAPACK through OpenBLAS)."""
from . import _cotangent as _C

inv = _C._linalg.inv
det = _C._linalg.det
solve = _C._linalg.solve
cholesky = _C._linalg.cholesky
cross = _C._linalg.cross
slogdet = _C._linalg.slogdet


norm = _C._linalg.norm
matrix_norm = _C._linalg.matrix_norm
vector_norm = _C._linalg.vector_norm
