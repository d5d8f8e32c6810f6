"""cotangent.linalg, as torch.linalg (LAPACK through OpenBLAS)."""
from . import _cotangent as _C

inv = _C._linalg.inv
det = _C._linalg.det
solve = _C._linalg.solve
cholesky = _C._linalg.cholesky
cross = _C._linalg.cross
slogdet = _C._linalg.slogdet


def norm(A, ord=None, dim=None, keepdim=False, dtype=None):
    """torch.linalg.norm: a vector norm over one dim (or all of a 1-D input),
    a matrix norm over two dims (or all of a 2-D input)."""
    if dtype is not None:
        A = A.to(dtype)
    if isinstance(dim, int):
        dim = (dim,)
    if ord is None:  # 2-norm of the vector, Frobenius of the matrix: the same sum
        return vector_norm(A, 2, dim, keepdim)
    matrix = (dim is None and A.dim() == 2) or (dim is not None and len(dim) == 2)
    if not matrix:
        if isinstance(ord, str):
            raise RuntimeError("linalg.norm: If dim is specified, it mut be of length 1 or 2. "
                               "Got %s" % (list(dim) if dim is not None else None))
        return vector_norm(A, ord, dim, keepdim)
    rows, cols = (-2, -1) if dim is None else dim
    if ord == "fro":
        return vector_norm(A, 2, (rows, cols), keepdim)
    if ord in ("nuc", 2, -2):
        raise NotImplementedError("cotangent: linalg.norm(ord=%r) needs singular values, which are "
                                  "not implemented" % (ord,))
    if ord not in (1, -1, float("inf"), -float("inf")):
        raise RuntimeError("linalg.matrix_norm: Order %s not supported." % (ord,))
    # 1: the largest column sum of |A|; inf: the largest row sum; -1, -inf: the smallest.
    summed, over = (rows, cols) if abs(ord) == 1 else (cols, rows)
    sums = A.abs().sum(summed, keepdim=True)
    out = sums.amax(over, keepdim=True) if ord > 0 else sums.amin(over, keepdim=True)
    return out if keepdim else out.squeeze(max(rows % A.dim(), cols % A.dim())).squeeze(
        min(rows % A.dim(), cols % A.dim()))


vector_norm = _C._linalg.vector_norm
