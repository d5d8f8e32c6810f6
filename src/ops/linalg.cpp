// Matrix products. mm, bmm, mv and dot are primitives with derivatives;
// matmul is a composite of them plus views, as in PyTorch.
#include "kernels/cpu/gemm.h"
#include "ops/ops_common.h"

namespace ct {

namespace {

std::string dims_str(const Tensor& t) {
  std::string s;
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? "x" : "") + std::to_string(t.shape()[d]);
  return s;
}

void check_same_dtype(const Tensor& a, const Tensor& b, const char* n1, const char* n2) {
  if (a.dtype() != b.dtype())
    throw RuntimeError(std::string("expected ") + n1 + " and " + n2 +
                       " to have the same dtype, but got: " + dtype_name(a.dtype()) +
                       " != " + dtype_name(b.dtype()));
}

void check_dim(const Tensor& t, int64_t want, const char* op, const char* what) {
  if (t.dim() != want)
    throw RuntimeError(std::string(op) + ": Expected " + what + " to be a " +
                       std::to_string(want) + "D tensor, but got a " + std::to_string(t.dim()) +
                       "D tensor of shape " + to_string(t.shape()));
}

}  // namespace

Tensor mm(const Tensor& a, const Tensor& b) {
  check_dim(a, 2, "mm", "self");
  check_dim(b, 2, "mm", "mat2");
  if (a.shape()[1] != b.shape()[0])
    throw RuntimeError("mat1 and mat2 shapes cannot be multiplied (" + dims_str(a) + " and " +
                       dims_str(b) + ")");
  check_same_dtype(a, b, "mat1", "mat2");
  Tensor out = make_empty({a.shape()[0], b.shape()[1]}, a.dtype());
  kernels::gemm(a, b, out);
  if (needs_grad(a, b)) {
    auto node = record("MmBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? g.mm(c.saved(1).t()) : Tensor(),
              c.needs(1) ? c.saved(0).t().mm(g) : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

Tensor bmm(const Tensor& a, const Tensor& b) {
  check_dim(a, 3, "bmm", "self");
  check_dim(b, 3, "bmm", "mat2");
  const int64_t B = a.shape()[0], m = a.shape()[1], k = a.shape()[2], n = b.shape()[2];
  if (b.shape()[0] != B || b.shape()[1] != k)
    throw RuntimeError("Expected size for first two dimensions of batch2 tensor to be: [" +
                       std::to_string(B) + ", " + std::to_string(k) + "] but got: [" +
                       std::to_string(b.shape()[0]) + ", " + std::to_string(b.shape()[1]) + "].");
  check_same_dtype(a, b, "batch1", "batch2");
  Tensor out = make_empty({B, m, n}, a.dtype());
  for (int64_t i = 0; i < B; ++i) {
    Tensor ai = make_view(a, {m, k}, {a.strides()[1], a.strides()[2]}, a.storage_offset() + i * a.strides()[0]);
    Tensor bi = make_view(b, {k, n}, {b.strides()[1], b.strides()[2]}, b.storage_offset() + i * b.strides()[0]);
    Tensor ci = make_view(out, {m, n}, {n, 1}, i * m * n);
    kernels::gemm(ai, bi, ci);
  }
  if (needs_grad(a, b)) {
    auto node = record("BmmBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? bmm(g, c.saved(1).transpose(1, 2)) : Tensor(),
              c.needs(1) ? bmm(c.saved(0).transpose(1, 2), g) : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

Tensor mv(const Tensor& a, const Tensor& v) {
  check_dim(a, 2, "mv", "self");
  check_dim(v, 1, "mv", "vec");
  if (a.shape()[1] != v.shape()[0])
    throw RuntimeError("size mismatch, got " + std::to_string(a.shape()[0]) + ", " + dims_str(a) +
                       "," + std::to_string(v.shape()[0]));
  check_same_dtype(a, v, "mat", "vec");
  Tensor out = make_empty({a.shape()[0]}, a.dtype());
  kernels::gemm(a, make_view(v, {v.shape()[0], 1}, {v.strides()[0], 1}, v.storage_offset()),
                make_view(out, {a.shape()[0], 1}, {1, 1}, 0));
  if (needs_grad(a, v)) {
    auto node = record("MvBackward0", {&a, &v}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? g.unsqueeze(1).mm(c.saved(1).unsqueeze(0)) : Tensor(),
              c.needs(1) ? mv(c.saved(0).t(), g) : Tensor()};
    });
    node->save(a);
    node->save(v);
  }
  return out;
}

Tensor dot(const Tensor& a, const Tensor& b) {
  if (a.dim() != 1 || b.dim() != 1)
    throw RuntimeError("1D tensors expected, but got " + std::to_string(a.dim()) + "D and " +
                       std::to_string(b.dim()) + "D tensors");
  if (a.numel() != b.numel())
    throw RuntimeError("inconsistent tensor size, expected tensor [" + std::to_string(a.numel()) +
                       "] and src [" + std::to_string(b.numel()) +
                       "] to have the same number of elements, but got " +
                       std::to_string(a.numel()) + " and " + std::to_string(b.numel()) +
                       " elements respectively");
  check_same_dtype(a, b, "self", "other");
  Tensor out = make_empty({}, a.dtype());
  kernels::gemm(make_view(a, {1, a.numel()}, {1, a.strides()[0]}, a.storage_offset()),
                make_view(b, {b.numel(), 1}, {b.strides()[0], 1}, b.storage_offset()),
                make_view(out, {1, 1}, {1, 1}, 0));
  if (needs_grad(a, b)) {
    auto node = record("DotBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? g * c.saved(1) : Tensor(), c.needs(1) ? g * c.saved(0) : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

Tensor matmul(const Tensor& a, const Tensor& b) {
  const int64_t da = a.dim(), db = b.dim();
  if (da == 0 || db == 0)
    throw RuntimeError("both arguments to matmul need to be at least 1D, but they are " +
                       std::to_string(da) + "D and " + std::to_string(db) + "D");
  if (da == 1 && db == 1) return dot(a, b);
  if (da == 2 && db == 1) return mv(a, b);
  if (da == 1 && db == 2) return a.unsqueeze(0).mm(b).squeeze(0);
  if (da == 2 && db == 2) return mm(a, b);
  if (da >= 3 && (db == 1 || db == 2)) {
    // Fold the batch dims of `a` into its rows: one GEMM.
    Shape out_shape(a.shape().begin(), da - 1);
    const int64_t k = a.shape()[da - 1];
    Tensor folded = a.reshape({-1, k});
    Tensor r = db == 1 ? mv(folded, b) : mm(folded, b);
    if (db == 2) out_shape.push_back(b.shape()[1]);
    return reshape_view(r, out_shape, contiguous_strides(out_shape), "UnsafeViewBackward0");
  }
  // General batched case with broadcasting of the batch dims.
  Tensor x = da == 1 ? a.unsqueeze(0) : a;
  Tensor y = db == 1 ? b.unsqueeze(-1) : b;
  const int64_t n = x.shape()[x.dim() - 2], k = x.shape()[x.dim() - 1];
  const int64_t k2 = y.shape()[y.dim() - 2], p = y.shape()[y.dim() - 1];
  if (k != k2)
    throw RuntimeError("Expected size for first two dimensions of batch2 tensor to be: [" +
                       std::to_string(x.numel() / std::max<int64_t>(n * k, 1)) + ", " +
                       std::to_string(k) + "] but got: [" +
                       std::to_string(y.numel() / std::max<int64_t>(k2 * p, 1)) + ", " +
                       std::to_string(k2) + "].");
  Shape bx(x.shape().begin(), x.dim() - 2), by(y.shape().begin(), y.dim() - 2);
  Shape batch = broadcast_shapes(bx, by);
  const int64_t B = batch.numel();
  Shape ex = batch, ey = batch;
  ex.push_back(n);
  ex.push_back(k);
  ey.push_back(k);
  ey.push_back(p);
  Tensor r = bmm(x.expand(ex).reshape({B, n, k}), y.expand(ey).reshape({B, k, p}));
  Shape out_shape = batch;
  if (da > 1) out_shape.push_back(n);
  if (db > 1) out_shape.push_back(p);
  return reshape_view(r, out_shape, contiguous_strides(out_shape), "UnsafeViewBackward0");
}

Tensor Tensor::matmul(const Tensor& o) const { return ct::matmul(*this, o); }
Tensor Tensor::mm(const Tensor& o) const { return ct::mm(*this, o); }

}  // namespace ct
