// Matrix products. mm, bmm, mv and dot are primitives with derivatives;
// matmul is a composite of them plus views, as in PyTorch.
#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include "core/recorder.h"
#include "kernels/cpu/gemm.h"
#include "kernels/cpu/lapack.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

namespace ct {

namespace {
// vmap's rule for the matrix products: inputs `first` and first + 1 of b,
// batch in front of the batched ones. Vectors become one-row / one-column
// matrices, the batched inputs get size-1 dims after the batch up to the
// larger rank (so matmul's broadcasting lines the batch up with the other
// input's batch dims), and the vector dims are dropped again.
detail::TensorVec matmul_rule(const detail::BatchedArgs& b, size_t first) {
  Tensor x = b.in[first], y = b.in[first + 1];
  int64_t rx = b.ranks[first], ry = b.ranks[first + 1];
  if (rx == 0 || ry == 0) return by_example();
  const bool row = rx == 1, col = ry == 1;
  if (row) {
    x = x.unsqueeze(b.batched[first] ? 1 : 0);
    rx = 2;
  }
  if (col) {
    y = y.unsqueeze(-1);
    ry = 2;
  }
  const int64_t r = std::max(rx, ry);
  if (b.batched[first]) x = unsqueezed_after_batch(x, r - rx);
  if (b.batched[first + 1]) y = unsqueezed_after_batch(y, r - ry);
  Tensor out = ct::matmul(x, y);
  if (col) out = out.squeeze(-1);
  if (row) out = out.squeeze(-1 - (col ? 0 : 1));
  return {out};
}

detail::TensorVec addmm_rule(const detail::BatchedArgs& b, const Scalar& beta,
                             const Scalar& alpha) {
  if (b.ranks[1] != 2 || b.ranks[2] != 2 || b.ranks[0] > 2) return by_example();
  // self must expand to the product's (m, n), as the op checks per example
  Shape self_shape = b.in[0].shape();
  if (b.batched[0]) self_shape.erase(0);
  const int64_t m = b.in[1].size(b.batched[1] ? 1 : 0), n = b.in[2].size(b.batched[2] ? 2 : 1);
  for (size_t k = 0; k < self_shape.size(); ++k) {
    const int64_t want = self_shape.size() == 2 && k == 0 ? m : n;
    if (self_shape[k] != 1 && self_shape[k] != want) return by_example();
  }
  Tensor product = matmul_rule(b, 1).at(0);
  if (alpha.to_double() != 1) product = product * alpha;
  if (beta.to_double() == 0) return {product};
  const Tensor self = b.batched[0] ? unsqueezed_after_batch(b.in[0], 2 - b.ranks[0]) : b.in[0];
  return {(beta.to_double() == 1 ? self : self * beta) + product};
}
}  // namespace

namespace {

std::string dims_str(const Tensor& t) {
  std::string s;
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? "x" : "") + std::to_string(t.shape()[d]);
  return s;
}

// torch 1.13's text for mm, bmm, mv and the matmul built on them.
void check_same_dtype(const Tensor& a, const Tensor& b) {
  if (a.dtype() != b.dtype())
    throw RuntimeError(std::string("expected scalar type ") + kind_name(a.dtype()) + " but found " +
                       kind_name(b.dtype()));
}

}  // namespace

Tensor mm(const Tensor& a, const Tensor& b) {
  CT_TRACE_BATCHED((b.ranks[0] != 2 || b.ranks[1] != 2 ? by_example() : matmul_rule(b, 0)), Tensor,
                   "mm", (a, b), ct::mm(in[0], in[1]));
  if (a.dim() != 2) throw RuntimeError("self must be a matrix");
  if (b.dim() != 2) throw RuntimeError("mat2 must be a matrix");
  if (a.shape()[1] != b.shape()[0])
    throw RuntimeError("mat1 and mat2 shapes cannot be multiplied (" + dims_str(a) + " and " +
                       dims_str(b) + ")");
  if (a.dtype() == DType::Bool)
    throw RuntimeError("\"addmm_impl_cpu_\" not implemented for 'Bool'");
  check_same_dtype(a, b);
  Tensor out = make_empty({a.shape()[0], b.shape()[1]}, a.dtype());
  kernels::gemm(a, b, out);
  if (needs_grad(a, b)) {
    auto node = batch_safe(record("MmBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      if (batch_rank() > 0)  // matmul broadcasts over the batch dims
        return {c.needs(0) ? matmul(g, c.saved(1).t()) : Tensor(),
                c.needs(1) ? matmul(c.saved(0).t(), g) : Tensor()};
      return {c.needs(0) ? g.mm(c.saved(1).t()) : Tensor(),
              c.needs(1) ? c.saved(0).t().mm(g) : Tensor()};
    }));
    node->save(a);
    node->save(b);
    node->set_jvp([a, b](const TensorList& t) {  // d(ab) = da b + a db
      Tensor r = t[0].defined() ? t[0].mm(b) : Tensor();
      return t[1].defined() ? (r.defined() ? r + a.mm(t[1]) : a.mm(t[1])) : r;
    });
  }
  return out;
}

Tensor bmm(const Tensor& a, const Tensor& b) {
  CT_TRACE_BATCHED((b.ranks[0] != 3 || b.ranks[1] != 3 ? by_example() : matmul_rule(b, 0)), Tensor,
                   "bmm", (a, b), ct::bmm(in[0], in[1]));
  if (a.dim() != 3) throw RuntimeError("batch1 must be a 3D tensor");
  if (b.dim() != 3) throw RuntimeError("batch2 must be a 3D tensor");
  const int64_t B = a.shape()[0], m = a.shape()[1], k = a.shape()[2], n = b.shape()[2];
  if (b.shape()[0] != B || b.shape()[1] != k)
    throw RuntimeError("Expected size for first two dimensions of batch2 tensor to be: [" +
                       std::to_string(B) + ", " + std::to_string(k) + "] but got: [" +
                       std::to_string(b.shape()[0]) + ", " + std::to_string(b.shape()[1]) + "].");
  if (a.dtype() == DType::Bool) throw RuntimeError("\"bmm\" not implemented for 'Bool'");
  check_same_dtype(a, b);
  Tensor out = make_empty({B, m, n}, a.dtype());
  for (int64_t i = 0; i < B; ++i) {
    Tensor ai = make_view(a, {m, k}, {a.strides()[1], a.strides()[2]},
                          a.storage_offset() + i * a.strides()[0]);
    Tensor bi = make_view(b, {k, n}, {b.strides()[1], b.strides()[2]},
                          b.storage_offset() + i * b.strides()[0]);
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
  CT_TRACE_BATCHED((b.ranks[0] != 2 || b.ranks[1] != 1 ? by_example() : matmul_rule(b, 0)), Tensor,
                   "mv", (a, v), ct::mv(in[0], in[1]));
  if (a.dim() == 0) checked_dim_of(a, 0);
  if (a.dim() != 2 || v.dim() != 1)
    throw RuntimeError("vector + matrix @ vector expected, got 1, " + std::to_string(a.dim()) +
                       ", " + std::to_string(v.dim()));
  if (a.shape()[1] != v.shape()[0])
    throw RuntimeError("size mismatch, got " + std::to_string(a.shape()[0]) + ", " + dims_str(a) +
                       "," + std::to_string(v.shape()[0]));
  if (a.dtype() == DType::Bool) throw RuntimeError("\"addmv_impl_cpu\" not implemented for 'Bool'");
  check_same_dtype(a, v);
  Tensor out = make_empty({a.shape()[0]}, a.dtype());
  kernels::gemm(a, make_view(v, {v.shape()[0], 1}, {v.strides()[0], 1}, v.storage_offset()),
                make_view(out, {a.shape()[0], 1}, {1, 1}, 0));
  if (needs_grad(a, v)) {
    auto node = batch_safe(record("MvBackward0", {&a, &v}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      if (batch_rank() > 0)
        return {c.needs(0) ? g.unsqueeze(-1) * c.saved(1) : Tensor(),
                c.needs(1) ? matmul(g, c.saved(0)) : Tensor()};
      return {c.needs(0) ? g.unsqueeze(1).mm(c.saved(1).unsqueeze(0)) : Tensor(),
              c.needs(1) ? mv(c.saved(0).t(), g) : Tensor()};
    }));
    node->save(a);
    node->save(v);
    node->set_jvp([a, v](const TensorList& t) {  // d(Av) = dA v + A dv
      Tensor r = t[0].defined() ? mv(t[0], v) : Tensor();
      return t[1].defined() ? (r.defined() ? r + mv(a, t[1]) : mv(a, t[1])) : r;
    });
  }
  return out;
}

Tensor dot(const Tensor& a, const Tensor& b) {
  CT_TRACE_BATCHED((b.ranks[0] != 1 || b.ranks[1] != 1 ? by_example() : matmul_rule(b, 0)), Tensor,
                   "dot", (a, b), ct::dot(in[0], in[1]));
  if (a.dim() != 1 || b.dim() != 1)
    throw RuntimeError("1D tensors expected, but got " + std::to_string(a.dim()) + "D and " +
                       std::to_string(b.dim()) + "D tensors");
  if (a.numel() != b.numel())
    throw RuntimeError(
        "inconsistent tensor size, expected tensor [" + std::to_string(a.numel()) + "] and src [" +
        std::to_string(b.numel()) + "] to have the same number of elements, but got " +
        std::to_string(a.numel()) + " and " + std::to_string(b.numel()) + " elements respectively");
  if (a.dtype() != b.dtype())
    throw RuntimeError(std::string("dot : expected both vectors to have same dtype, but found ") +
                       kind_name(a.dtype()) + " and " + kind_name(b.dtype()));
  Tensor out = make_empty({}, a.dtype());
  kernels::gemm(make_view(a, {1, a.numel()}, {1, a.strides()[0]}, a.storage_offset()),
                make_view(b, {b.numel(), 1}, {b.strides()[0], 1}, b.storage_offset()),
                make_view(out, {1, 1}, {1, 1}, 0));
  if (needs_grad(a, b)) {
    auto node = batch_safe(record("DotBackward0", {&a, &b}, out, [](BackwardCtx& c) -> TensorList {
      const Tensor g = batch_rank() > 0 ? c.grad().unsqueeze(-1) : c.grad();
      return {c.needs(0) ? g * c.saved(1) : Tensor(), c.needs(1) ? g * c.saved(0) : Tensor()};
    }));
    node->save(a);
    node->save(b);
  }
  return out;
}

namespace {
// The result of matmul's batched paths: r (computed without a graph) viewed
// as out_shape, as torch's _unsafe_view (not a view), with one node
// (UnsafeViewBackward0, torch's last node there) whose formula reads only a
// and b: its derivative, recorded, never meets matmul's inner expanded or
// folded operands. The engine sums broadcast gradients back to a and b.
Tensor batched_matmul_result(const Tensor& a, const Tensor& b, const Tensor& r,
                             const Shape& out_shape) {
  Tensor out = make_view(r, out_shape, contiguous_strides(out_shape), r.storage_offset());
  if (needs_grad(a, b)) {
    const bool a_vec = a.dim() == 1, b_vec = b.dim() == 1;
    auto node = batch_safe(
        record("UnsafeViewBackward0", {&a, &b}, out, [a_vec, b_vec](BackwardCtx& c) -> TensorList {
          Tensor a = c.saved(0), b = c.saved(1), g = c.grad();
          if (a_vec) g = g.unsqueeze(-2);
          if (b_vec) g = g.unsqueeze(-1);
          Tensor ga, gb;
          if (c.needs(0)) {
            ga = matmul(g, b_vec ? b.unsqueeze(0) : b.mT());
            if (a_vec) ga = ga.squeeze(-2);
          }
          if (c.needs(1)) {
            const int64_t k = a.shape().back();
            if (a.dim() >= 3 && b.dim() <= 2 && batch_rank() == 0) {
              // a's batch dims fold into its rows: one GEMM, as the forward
              Tensor rows = a.reshape({-1, k}).mT();
              gb = b_vec ? mv(rows, g.reshape({-1})) : mm(rows, g.reshape({-1, g.shape().back()}));
            } else {
              gb = matmul(a_vec ? a.unsqueeze(-1) : a.mT(), g);
              if (b_vec) gb = gb.squeeze(-1);
            }
          }
          return {ga, gb};
        }));
    node->save(a);
    node->save(b);
  }
  return out;
}
}  // namespace

Tensor matmul(const Tensor& a, const Tensor& b) {
  // a primitive: its batched paths view the product itself
  CT_TRACE_BATCHED((matmul_rule(b, 0)), Tensor, "matmul", (a, b), ct::matmul(in[0], in[1]));
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
    Tensor r;
    {
      InternalGuard g;
      Tensor folded = a.reshape({-1, k});
      r = db == 1 ? mv(folded, b) : mm(folded, b);
    }
    if (db == 2) out_shape.push_back(b.shape()[1]);
    return batched_matmul_result(a, b, r, out_shape);
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
  Tensor r;
  {
    InternalGuard g;
    const Tensor xe = x.expand(ex), ye = y.expand(ey);
    // An operand with one matrix for every batch entry (vmap's shared
    // weights, expanded primals): never copied per entry.
    auto shared = [](const Tensor& t) {
      for (int64_t d = 0; d < t.dim() - 2; ++d)
        if (t.strides()[d] != 0) return false;
      return true;
    };
    auto first = [](Tensor t) {
      while (t.dim() > 2) t = t.select(0, 0);
      return t;
    };
    const bool same_dtype = x.dtype() == y.dtype();
    const bool x_shared = same_dtype && B > 1 && shared(xe);
    const bool y_shared = same_dtype && B > 1 && shared(ye);
    if (x_shared && y_shared) {
      r = mm(first(xe), first(ye)).unsqueeze(0).expand({B, n, p}).contiguous();
    } else if (k == 1 && same_dtype && x.is_floating_point()) {
      // outer products (per-example weight gradients): one broadcast multiply
      r = (xe * ye).reshape({B, n, p});
    } else if (y_shared) {
      // the batch folds into the rows of x: one GEMM
      r = mm(xe.reshape({B * n, k}), first(ye)).reshape({B, n, p});
    } else if (x_shared) {
      // the batch folds into the columns of y: one GEMM
      Tensor cols = ye.reshape({B, k, p}).permute({1, 0, 2}).reshape({k, B * p});
      r = mm(first(xe), cols).reshape({n, B, p}).permute({1, 0, 2}).contiguous();
    } else {
      r = bmm(xe.reshape({B, n, k}), ye.reshape({B, k, p}));
    }
  }
  Shape out_shape = batch;
  if (da > 1) out_shape.push_back(n);
  if (db > 1) out_shape.push_back(p);
  return batched_matmul_result(a, b, r, out_shape);
}

Tensor Tensor::matmul(const Tensor& o) const { return ct::matmul(*this, o); }
Tensor Tensor::mm(const Tensor& o) const { return ct::mm(*this, o); }

Tensor cross(const Tensor& a, const Tensor& b, std::optional<int64_t> dim) {
  if (dim) return linalg::cross(a, b, *dim);
  // torch's legacy default: the first dim of `a` of size 3
  for (int64_t d = 0; d < a.dim(); ++d)
    if (a.shape()[d] == 3) return linalg::cross(a, b, d);
  throw RuntimeError("no dimension of size 3 in input");
}
Tensor Tensor::cross(const Tensor& o, std::optional<int64_t> dim) const {
  return ct::cross(*this, o, dim);
}

}  // namespace ct

// ---------------------------------------------------------------- more products

namespace ct {

Tensor outer(const Tensor& a, const Tensor& b) {
  if (a.dim() != 1)
    throw RuntimeError("outer: Expected 1-D argument self, but got " + std::to_string(a.dim()) +
                       "-D");
  if (b.dim() != 1)
    throw RuntimeError("outer: Expected 1-D argument vec2, but got " + std::to_string(b.dim()) +
                       "-D");
  return a.unsqueeze(1) * b.unsqueeze(0);
}

Tensor addmm(const Tensor& self, const Tensor& m1, const Tensor& m2, const Scalar& beta,
             const Scalar& alpha) {
  CT_TRACE_BATCHED((addmm_rule(b, beta, alpha)), Tensor, "addmm", (self, m1, m2),
                   ct::addmm(in[0], in[1], in[2], beta, alpha));
  const double be = beta.to_double(), al = alpha.to_double();
  // torch's order: the dtypes, then the ranks, then the sizes
  if (self.dtype() != m2.dtype()) throw RuntimeError("self and mat2 must have the same dtype");
  if (m1.dtype() != m2.dtype()) throw RuntimeError("mat1 and mat2 must have the same dtype");
  for (auto [m, what] : {std::pair{&m1, "mat1"}, std::pair{&m2, "mat2"}})
    if (m->dim() != 2)
      throw RuntimeError(std::string(what) + " must be a matrix, got " + std::to_string(m->dim()) +
                         "-D tensor");
  if (m1.shape()[1] != m2.shape()[0])
    throw RuntimeError("mat1 and mat2 shapes cannot be multiplied (" + dims_str(m1) + " and " +
                       dims_str(m2) + ")");
  Tensor out;
  {
    InternalGuard g;
    Tensor prod = mm(m1, m2);
    Tensor base = self.expand(prod.shape());
    out = (be == 0 ? prod * al : base * be + prod * al).to(prod.dtype()).contiguous();
    if (out.shares_storage(self) || out.shares_storage(prod)) out = out.clone();
  }
  if (needs_grad(self, m1, m2)) {
    auto node =
        record("AddmmBackward0", {&self, &m1, &m2}, out, [be, al](BackwardCtx& c) -> TensorList {
          const Tensor& g = c.grad();
          return {c.needs(0) ? g * be : Tensor(), c.needs(1) ? g.mm(c.saved(1).t()) * al : Tensor(),
                  c.needs(2) ? c.saved(0).t().mm(g) * al : Tensor()};
        });
    node->save(m1);
    node->save(m2);
  }
  return out;
}

// ---------------------------------------------------------------- einsum

namespace {

struct Term {
  std::string labels;
  Tensor t;
};

// Takes the diagonal over each label repeated within one operand.
Term collapse_repeats(Term term) {
  for (;;) {
    size_t i = 0, j = std::string::npos;
    for (; i < term.labels.size(); ++i)
      if ((j = term.labels.find(term.labels[i], i + 1)) != std::string::npos) break;
    if (j == std::string::npos) return term;
    const char label = term.labels[i];
    term.t = diagonal(term.t, 0, static_cast<int64_t>(i), static_cast<int64_t>(j));
    std::string rest;  // diagonal() moves the merged dim last
    for (size_t k = 0; k < term.labels.size(); ++k)
      if (k != i && k != j) rest += term.labels[k];
    term.labels = rest + label;
  }
}

Tensor sum_labels(Term& term, const std::string& keep) {
  Shape dims;
  std::string rest;
  for (size_t i = 0; i < term.labels.size(); ++i) {
    if (keep.find(term.labels[i]) == std::string::npos)
      dims.push_back(static_cast<int64_t>(i));
    else
      rest += term.labels[i];
  }
  if (!dims.empty()) {
    term.t = term.t.sum(dims);
    term.labels = rest;
  }
  return term.t;
}

Tensor permute_to(const Term& term, const std::string& order) {
  Shape perm;
  for (char c : order) perm.push_back(static_cast<int64_t>(term.labels.find(c)));
  return term.t.permute(perm);
}

int64_t size_of(const Term& term, char c) { return term.t.shape()[term.labels.find(c)]; }

// Contracts two terms into one whose labels are `out_labels` (a subset of
// the union): batch labels (both, kept), contracted (both, dropped),
// left-only and right-only, as one bmm.
Term contract(Term a, Term b, const std::string& keep_after) {
  std::string batch, con, left, right;
  for (char c : a.labels) {
    bool in_b = b.labels.find(c) != std::string::npos;
    bool kept = keep_after.find(c) != std::string::npos;
    if (in_b && kept)
      batch += c;
    else if (in_b)
      con += c;
    else
      left += c;
  }
  for (char c : b.labels)
    if (a.labels.find(c) == std::string::npos) right += c;
  auto prod_sizes = [](const Term& t, const std::string& ls, Shape& shape) {
    int64_t n = 1;
    for (char c : ls) {
      int64_t s = size_of(t, c);
      shape.push_back(s);
      n *= s;
    }
    return n;
  };
  Shape bshape_a, bshape_b, lshape, rshape, cshape_a, cshape_b;
  prod_sizes(a, batch, bshape_a);
  prod_sizes(b, batch, bshape_b);
  Shape bshape = broadcast_shapes(bshape_a, bshape_b);
  int64_t B = bshape.numel();
  int64_t L = prod_sizes(a, left, lshape), R = prod_sizes(b, right, rshape);
  int64_t C = prod_sizes(a, con, cshape_a);
  prod_sizes(b, con, cshape_b);
  if (cshape_a != cshape_b)
    for (size_t q = 0; q < con.size(); ++q)
      if (cshape_a[q] != cshape_b[q])
        throw RuntimeError(std::string("einsum(): subscript ") + con[q] + " has size " +
                           std::to_string(cshape_b[q]) +
                           " for operand 1 which does not broadcast with previously seen size " +
                           std::to_string(cshape_a[q]));
  Shape ea = bshape, eb = bshape;
  for (int64_t s : lshape) ea.push_back(s);
  for (int64_t s : cshape_a) ea.push_back(s);
  for (int64_t s : cshape_b) eb.push_back(s);
  for (int64_t s : rshape) eb.push_back(s);
  Tensor ta = permute_to(a, batch + left + con).expand(ea).reshape({B, L, C});
  Tensor tb = permute_to(b, batch + con + right).expand(eb).reshape({B, C, R});
  Shape out_shape = bshape;
  for (int64_t s : lshape) out_shape.push_back(s);
  for (int64_t s : rshape) out_shape.push_back(s);
  return Term{batch + left + right, bmm(ta, tb).reshape(out_shape)};
}

}  // namespace

Tensor einsum(const std::string& equation, const std::vector<Tensor>& operands_in) {
  std::string eq;
  for (char c : equation)
    if (c != ' ') eq += c;
  size_t arrow = eq.find("->");
  std::string lhs = eq.substr(0, arrow);
  std::vector<std::string> specs;
  size_t start = 0;
  for (;;) {
    size_t comma = lhs.find(',', start);
    specs.push_back(
        lhs.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (operands_in.empty()) throw ValueError("einsum(): must provide at least one operand");
  if (specs.size() < operands_in.size())
    throw RuntimeError("einsum(): more operands were provided than specified in the equation");
  if (specs.size() > operands_in.size())
    throw RuntimeError("einsum(): fewer operands were provided than specified in the equation");
  for (char c : eq)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ',' && c != '-' && c != '>' &&
        c != '.')
      throw RuntimeError(std::string("einsum(): invalid subscript given at index ") +
                         std::to_string(eq.find(c)) +
                         " in the equation string, subscripts must be in [a-zA-Z]");
  // Ellipses: "..." at most once per operand and in the output, as torch.
  auto ellipsis_at = [](const std::string& spec, const std::string& who, bool output) {
    size_t found = std::string::npos;
    for (size_t k = 0; k < spec.size(); ++k) {
      if (spec[k] != '.') continue;
      if (found != std::string::npos)
        throw RuntimeError("einsum(): found '.' for " + who +
                           (output ? " but an ellipsis (...) was already found"
                                   : " for which an ellipsis was already found"));
      if (spec.compare(k, 3, "...") != 0)
        throw RuntimeError("einsum(): found '.' for " + who + " that is not part of any ellipsis");
      found = k;
      k += 2;
    }
    return found;
  };
  std::vector<size_t> ell_pos(specs.size());
  std::vector<int64_t> ell_dims(specs.size(), 0);
  int64_t ell_max = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    ell_pos[i] = ellipsis_at(specs[i], "operand " + std::to_string(i), false);
    if (ell_pos[i] == std::string::npos) continue;
    const int64_t labels = static_cast<int64_t>(specs[i].size()) - 3;
    if (labels > operands_in[i].dim())
      throw RuntimeError("einsum(): the number of subscripts in the equation (" +
                         std::to_string(labels) + ") is more than the number of dimensions (" +
                         std::to_string(operands_in[i].dim()) + ") for operand " +
                         std::to_string(i));
    ell_dims[i] = operands_in[i].dim() - labels;
    ell_max = std::max(ell_max, ell_dims[i]);
  }
  // The dims an ellipsis covers get labels of their own (control characters,
  // never letters), right-aligned across operands as torch broadcasts them.
  auto ell_label = [](int64_t k) { return static_cast<char>(1 + k); };
  auto is_ell = [](char c) { return static_cast<unsigned char>(c) < 32; };
  std::string all_ell;
  for (int64_t k = 0; k < ell_max; ++k) all_ell += ell_label(k);
  for (size_t i = 0; i < specs.size(); ++i)
    if (ell_pos[i] != std::string::npos)
      specs[i].replace(ell_pos[i], 3, all_ell.substr(static_cast<size_t>(ell_max - ell_dims[i])));
  std::string out;
  if (arrow != std::string::npos) {
    out = eq.substr(arrow + 2);
    const size_t p = ellipsis_at(out, "output", true);
    if (p != std::string::npos) out.replace(p, 3, all_ell);
  } else {  // implicit output: the ellipsis dims, then the labels seen once, sorted
    std::string all = lhs;
    out = all_ell;
    for (char c = 'A'; c <= 'z'; ++c)
      if (std::isalpha(static_cast<unsigned char>(c)) && std::count(all.begin(), all.end(), c) == 1)
        out += c;
  }
  for (size_t i = 0; i < out.size(); ++i)
    if (out.find(out[i], i + 1) != std::string::npos)
      throw RuntimeError(std::string("einsum(): output subscript ") + out[i] +
                         " appears more than once in the output");
  for (size_t i = 0; i < specs.size(); ++i)
    if (static_cast<int64_t>(specs[i].size()) != operands_in[i].dim())
      throw RuntimeError(
          "einsum(): the number of subscripts in the equation (" + std::to_string(specs[i].size()) +
          ") does not match the number of dimensions (" + std::to_string(operands_in[i].dim()) +
          ") for operand " + std::to_string(i) + " and no ellipsis was given");
  // Broadcasting: a dim of size 1 takes the size the other operands give its
  // label (torch's rule for ellipsis dims and for labels).
  std::map<char, int64_t> seen;
  for (size_t i = 0; i < specs.size(); ++i)
    for (size_t j = 0; j < specs[i].size(); ++j) {
      const char c = specs[i][j];
      const int64_t size = operands_in[i].shape()[static_cast<int64_t>(j)];
      auto it = seen.find(c);
      if (it == seen.end()) {
        seen[c] = size;
        continue;
      }
      if (specs[i].find(c) != j) continue;  // a repeated label: checked below
      if (size != it->second && size != 1 && it->second != 1) {
        if (is_ell(c))
          throw RuntimeError("einsum(): dimension " + std::to_string(j) +
                             " covered by ellipsis in operand " + std::to_string(i) + "has size " +
                             std::to_string(size) +
                             " which does not broadcast with previously seen ellipsis with size " +
                             std::to_string(it->second) + " for the respective dimension");
        throw RuntimeError(std::string("einsum(): subscript ") + c + " has size " +
                           std::to_string(size) + " for operand " + std::to_string(i) +
                           " which does not broadcast with previously seen size " +
                           std::to_string(it->second));
      }
      if (it->second == 1) it->second = size;
    }
  std::vector<Tensor> operands = operands_in;
  for (size_t i = 0; i < specs.size(); ++i) {
    Shape target = operands[i].shape();
    for (size_t j = 0; j < specs[i].size(); ++j)
      if (target[static_cast<int64_t>(j)] == 1) target[static_cast<int64_t>(j)] = seen[specs[i][j]];
    if (target != operands[i].shape()) operands[i] = operands[i].expand(target);
  }
  std::vector<Term> terms;
  for (size_t i = 0; i < specs.size(); ++i) {
    for (size_t a = 0; a < specs[i].size(); ++a)
      for (size_t b = a + 1; b < specs[i].size(); ++b)
        if (specs[i][a] == specs[i][b] && operands[i].shape()[a] != operands[i].shape()[b])
          throw RuntimeError(std::string("einsum(): subscript ") + specs[i][a] +
                             " is repeated for operand " + std::to_string(i) +
                             " but the sizes don't match, " +
                             std::to_string(operands[i].shape()[a]) +
                             " != " + std::to_string(operands[i].shape()[b]));
    terms.push_back(collapse_repeats(Term{specs[i], operands[i]}));
  }
  // Sum out labels used by one operand only and not in the output, then
  // fold the operands left to right.
  auto needed_later = [&](size_t from) {
    std::string keep = out;
    for (size_t k = from; k < terms.size(); ++k) keep += terms[k].labels;
    return keep;
  };
  sum_labels(terms[0], needed_later(1));
  Term acc = terms[0];
  for (size_t i = 1; i < terms.size(); ++i) {
    std::string others = out;
    for (size_t k = 0; k < terms.size(); ++k)
      if (k != i) others += terms[k].labels;
    sum_labels(terms[i], others + acc.labels);
    acc = contract(acc, terms[i], needed_later(i + 1));
  }
  sum_labels(acc, out);
  for (char c : out)
    if (acc.labels.find(c) == std::string::npos)
      throw RuntimeError(std::string("einsum(): output subscript ") + c +
                         " does not appear in the equation for any input operand");
  return permute_to(acc, out);
}

}  // namespace ct

// ---------------------------------------------------------------- linalg

namespace ct::linalg {

namespace {
void check_square(const Tensor& a, const char* op) {
  if (a.dim() < 2)
    throw RuntimeError(std::string(op) + ": The input tensor A must have at least 2 dimensions.");
  if (a.shape()[a.dim() - 1] != a.shape()[a.dim() - 2])
    throw RuntimeError(std::string(op) + ": A must be batches of square matrices, but they are " +
                       std::to_string(a.shape()[a.dim() - 2]) + " by " +
                       std::to_string(a.shape()[a.dim() - 1]) + " matrices");
  if (!a.is_floating_point())
    throw RuntimeError(std::string(op) +
                       ": Expected a floating point or complex tensor as input. Got " +
                       kind_name(a.dtype()));
}

// torch names the failing matrix of a batch: "(Batch element 1): ".
std::string batch_element(const Tensor& a, int64_t batch) {
  return a.dim() > 2 ? "(Batch element " + std::to_string(batch) + "): " : "";
}

Tensor inverse_nograd(const Tensor& a, const char* op) {
  Tensor out = make_empty(a.shape(), a.dtype());
  int64_t batch = 0;
  int64_t bad = kernels::inverse(a, out, &batch);
  if (bad)
    throw RuntimeError(
        std::string(op) + ": " + batch_element(a, batch) + "The diagonal element " +
        std::to_string(bad) +
        " is zero, the inversion could not be completed because the input matrix is singular.");
  return out;
}
}  // namespace

Tensor inv(const Tensor& a) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::linalg::inv(b.in[0]))),
                   Tensor, "linalg.inv", (a), ct::linalg::inv(in[0]));
  check_square(a, "linalg.inv");
  Tensor out = inverse_nograd(a, "linalg.inv");
  if (needs_grad(a))
    record("LinalgInvExBackward0", {&a}, out, [](BackwardCtx& c) -> TensorList {
      Tensor ai = c.saved(0).mT();
      return {-matmul(matmul(ai, c.grad()), ai)};
    })->save(out, true);
  return out;
}

namespace {
// d log|det A| / dA = A^{-T}; NaN where A is singular or not finite (torch
// returns what its LU solve leaves there, NaN or not). One opaque primitive:
// a replay looks for those matrices of its own A again.
Tensor slogdet_backward(const Tensor& grad, const Tensor& A, const Tensor& logabs) {
  return opaque_primitive("linalg.slogdet_backward", "LinalgSlogdetBackwardBackward0",
                          {grad, A, logabs}, [](const std::vector<Tensor>& in) {
                            const Tensor &A = in[1], g = in[0].unsqueeze(-1).unsqueeze(-1);
                            Tensor bad = logical_not(isfinite(in[2])).unsqueeze(-1).unsqueeze(-1);
                            if (!bad.any().item<bool>()) return g * inv(A).mT();
                            Tensor eye = ct::eye(A.shape().back(), std::nullopt, A.dtype());
                            return where(bad, NAN, g * inv(where(bad, eye, A)).mT());
                          });
}
}  // namespace

std::tuple<Tensor, Tensor> slogdet(const Tensor& a) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::linalg::slogdet(b.in[0]))),
                   detail::TensorPair, "linalg.slogdet", (a), ct::linalg::slogdet(in[0]));
  check_square(a, "linalg.slogdet");
  Shape batch(a.shape().begin(), a.dim() - 2);
  Tensor det = make_empty(batch, a.dtype()), sign = make_empty(batch, a.dtype()),
         logabs = make_empty(batch, a.dtype());
  kernels::determinant(a, det, sign, logabs);
  if (needs_grad(a)) {
    auto node = record("LinalgSlogdetBackward0", {&a}, logabs, [](BackwardCtx& c) -> TensorList {
      return {slogdet_backward(c.grad(), c.saved(0), c.saved(1))};
    });
    node->save(a);
    node->save(logabs, true);
  }
  return {sign, logabs};
}

namespace {
Tensor det_impl(const Tensor& a, bool exact_at_singular);

// The cofactor matrix of each matrix of A (batched): (-1)^(i+j) det of the
// minor without row i and column j, as differentiable dets, so that it holds
// for singular matrices and its own derivatives follow.
Tensor cofactors(const Tensor& A) {
  const int64_t n = A.shape().back();
  if (n == 0) return zeros_like(A);
  if (n == 1) return ones_like(A);
  std::vector<Tensor> rows;
  for (int64_t i = 0; i < n; ++i) {
    std::vector<int64_t> keep_r;
    for (int64_t k = 0; k < n; ++k)
      if (k != i) keep_r.push_back(k);
    Tensor without_row = A.index_select(-2, from_vector(keep_r));
    std::vector<Tensor> row;
    for (int64_t j = 0; j < n; ++j) {
      std::vector<int64_t> keep_c;
      for (int64_t k = 0; k < n; ++k)
        if (k != j) keep_c.push_back(k);
      // The minors' dets take their exact derivative even at det = 0: the
      // derivative of the cofactors must not inherit torch's zero rule.
      Tensor minor = det_impl(without_row.index_select(-1, from_vector(keep_c)), true);
      row.push_back((i + j) % 2 ? -minor : minor);
    }
    rows.push_back(stack(row, -1));
  }
  return stack(rows, -2);
}

// torch 1.13's linalg_det_backward: grad det(A) A^{-T}. Without create_graph
// torch solves with the forward's LU factors, so where det(A) == 0 the
// right-hand side is zero and so is the gradient (not the cofactors). With
// create_graph it takes singular matrices through their SVD, which gives the
// cofactor matrix (the adjugate, transposed); here from minors.
Tensor det_backward_impl(const Tensor& g, const Tensor& d, const Tensor& A,
                         bool exact_at_singular) {
  Tensor gd = (g * d).unsqueeze(-1).unsqueeze(-1);
  Tensor singular = d == 0.0;
  // a NaN or infinite determinant has a NaN gradient, as torch's (gd is NaN)
  Tensor stand_in = logical_or(singular, logical_not(isfinite(d)));
  if (!stand_in.any().item<bool>()) return gd * inv(A).mT();
  Tensor mask = singular.unsqueeze(-1).unsqueeze(-1);
  Tensor eye = ct::eye(A.shape().back(), std::nullopt, A.dtype());
  // singular and non-finite ones: any invertible stand-in
  Tensor regular = gd * inv(where(stand_in.unsqueeze(-1).unsqueeze(-1), eye, A)).mT();
  if (!is_grad_enabled() && !exact_at_singular) return where(mask, 0.0, regular);
  return where(mask, g.unsqueeze(-1).unsqueeze(-1) * cofactors(A), regular);
}
// One opaque primitive: a replay looks for singular matrices of its own A
// again.
Tensor det_backward(const Tensor& g, const Tensor& d, const Tensor& A, bool exact_at_singular) {
  return opaque_primitive("linalg.det_backward", "LinalgDetBackwardBackward0", {g, d, A},
                          [exact_at_singular](const std::vector<Tensor>& in) {
                            return det_backward_impl(in[0], in[1], in[2], exact_at_singular);
                          });
}

Tensor det_impl(const Tensor& a, bool exact_at_singular) {
  Shape batch(a.shape().begin(), a.dim() - 2);
  Tensor d = make_empty(batch, a.dtype()), sign = make_empty(batch, a.dtype()),
         logabs = make_empty(batch, a.dtype());
  kernels::determinant(a, d, sign, logabs);
  if (needs_grad(a)) {
    auto node =
        record("LinalgDetBackward0", {&a}, d, [exact_at_singular](BackwardCtx& c) -> TensorList {
          // d det A / dA = det(A) A^{-T}, the cofactor matrix
          return {det_backward(c.grad(), c.saved(1), c.saved(0), exact_at_singular)};
        });
    node->save(a);
    node->save(d, true);
  }
  return d;
}
}  // namespace

Tensor det(const Tensor& a) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::linalg::det(b.in[0]))),
                   Tensor, "linalg.det", (a), ct::linalg::det(in[0]));
  check_square(a, "linalg.det");
  return det_impl(a, false);
}

Tensor solve(const Tensor& a, const Tensor& b) {
  CT_TRACE_BATCHED(
      (b.ranks[0] != 2 || b.ranks[1] < 1 || b.ranks[1] > 2 ? by_example()
       : b.ranks[1] == 1
           ? detail::as_list(ct::linalg::solve(b.batched_input(0), b.batched_input(1).unsqueeze(-1))
                                 .squeeze(-1))
           : detail::as_list(ct::linalg::solve(b.batched_input(0), b.batched_input(1)))),
      Tensor, "linalg.solve", (a, b), ct::linalg::solve(in[0], in[1]));
  check_square(a, "linalg.solve");
  if (b.dim() == 0)
    throw RuntimeError("linalg.solve: The input tensor B must have at least 2 dimensions.");
  if (a.dtype() != b.dtype())
    throw RuntimeError(std::string("linalg.solve: Expected A and B to have the same dtype, but "
                                   "found A of type ") +
                       kind_name(a.dtype()) + " and B of type " + kind_name(b.dtype()) +
                       " instead");
  const bool vector_rhs = b.dim() == 1 || (b.dim() == a.dim() - 1 &&
                                           b.shape() == Shape(a.shape().begin(), a.dim() - 1));
  const int64_t b_rows = vector_rhs ? b.shape().back() : b.shape()[b.dim() - 2];
  if (b_rows != a.shape().back())
    throw RuntimeError("linalg.solve: Incompatible shapes of A and B for the equation AX = B (" +
                       std::to_string(a.shape()[a.dim() - 2]) + "x" +
                       std::to_string(a.shape().back()) + " and " + std::to_string(b_rows) + "x" +
                       std::to_string(vector_rhs ? 1 : b.shape().back()) + ")");
  Tensor out;
  {
    InternalGuard g;
    Tensor ai = make_empty(a.shape(), a.dtype());
    int64_t batch = 0;
    if (kernels::inverse(a, ai, &batch))
      throw RuntimeError("torch.linalg.solve: " + batch_element(a, batch) +
                         "The solver failed because the input matrix is singular.");
    out = vector_rhs ? matmul(ai, b.unsqueeze(-1)).squeeze(-1) : matmul(ai, b);
    out = out.contiguous();
    if (out.shares_storage(b)) out = out.clone();
  }
  if (needs_grad(a, b)) {
    auto node =
        record("LinalgSolveExBackward0", {&a, &b}, out, [vector_rhs](BackwardCtx& c) -> TensorList {
          Tensor a = c.saved(0), x = c.saved(1);
          Tensor gb = solve(a.mT(), c.grad());
          Tensor ga;
          if (c.needs(0))
            ga = vector_rhs ? -matmul(gb.unsqueeze(-1), x.unsqueeze(-2)) : -matmul(gb, x.mT());
          return {ga, c.needs(1) ? gb : Tensor()};
        });
    node->save(a);
    node->save(out, true);
  }
  return out;
}

Tensor cholesky(const Tensor& a) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::linalg::cholesky(b.in[0]))),
                   Tensor, "linalg.cholesky", (a), ct::linalg::cholesky(in[0]));
  check_square(a, "linalg.cholesky");
  Tensor out = make_empty(a.shape(), a.dtype());
  int64_t batch_index = -1;
  int64_t bad = kernels::cholesky_lower(a, out, &batch_index);
  if (bad)
    throw RuntimeError(
        std::string("linalg.cholesky: ") +
        (a.dim() > 2 ? "(Batch element " + std::to_string(batch_index) + "): " : "") +
        "The factorization could not be completed because the input is not "
        "positive-definite (the leading minor of order " +
        std::to_string(bad) + " is not positive-definite).");
  if (needs_grad(a))
    record("LinalgCholeskyExBackward0", {&a}, out, [](BackwardCtx& c) -> TensorList {
      // gA = L^{-T} Phi(L^T gL) L^{-1}, symmetrised; Phi keeps the lower
      // triangle with the diagonal halved.
      Tensor L = c.saved(0);
      Tensor phi = matmul(L.mT(), c.grad()).tril();
      phi = phi - 0.5 * diag_embed(phi.diagonal(0, -2, -1));
      Tensor li = inv(L);
      Tensor ga = matmul(matmul(li.mT(), phi), li);
      return {0.5 * (ga + ga.mT())};
    })->save(out, true);
  return out;
}

namespace {
std::string order_text(double ord) {
  if (std::isinf(ord)) return ord > 0 ? "inf" : "-inf";
  std::ostringstream os;
  os << ord;
  return os.str();
}

// ord is `number` unless `text` is set ("fro", "nuc").
Tensor matrix_norm_impl(const Tensor& a, double number, const std::string* text, const Shape& dims,
                        bool keepdim) {
  if (a.dim() < 2)
    throw RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
  if (!a.is_floating_point())
    throw RuntimeError(
        std::string("linalg.matrix_norm: Expected a floating point or complex tensor as input. "
                    "Got ") +
        kind_name(a.dtype()));
  if (dims.size() != 2)
    throw RuntimeError("linalg.matrix_norm: dim must be a 2-tuple. Got " +
                       (dims.size() == 1 ? std::to_string(dims[0]) : to_string(dims)));
  const int64_t rows = wrap_dim(dims[0], a.dim()), cols = wrap_dim(dims[1], a.dim());
  if (rows == cols)
    throw RuntimeError("linalg.matrix_norm: dims must be different. Got (" +
                       std::to_string(dims[0]) + ", " + std::to_string(dims[1]) + ")");
  const Shape both{rows, cols};
  if (text) {
    if (*text == "fro") return ct::norm(a, 2.0, both, keepdim);
    if (*text == "nuc")
      throw NotImplementedError(
          "cotangent: linalg.matrix_norm(ord='nuc') needs singular values, which are not "
          "implemented");
    throw RuntimeError("linalg.matrix_norm: Order " + *text + " not supported.");
  }
  if (number == 2 || number == -2)
    throw NotImplementedError("cotangent: linalg.matrix_norm(ord=" + order_text(number) +
                              ") needs singular values, which are not implemented");
  if (std::abs(number) != 1 && !std::isinf(number))
    throw RuntimeError("linalg.matrix_norm: Order " + order_text(number) + " not supported.");
  // 1: the largest column sum of |a|; inf: the largest row sum; -1, -inf: the smallest.
  const int64_t summed = std::abs(number) == 1 ? rows : cols;
  const int64_t over = std::abs(number) == 1 ? cols : rows;
  Tensor sums = a.abs().sum(Shape{summed}, true);
  Tensor out = number > 0 ? sums.amax(Shape{over}, true) : sums.amin(Shape{over}, true);
  return keepdim ? out : out.squeeze(std::max(rows, cols)).squeeze(std::min(rows, cols));
}

Tensor linalg_norm_impl(const Tensor& a, std::optional<double> number, const std::string* text,
                        const std::optional<Shape>& dims, bool keepdim) {
  if (dims && dims->size() != 1 && dims->size() != 2)
    throw RuntimeError("linalg.norm: If dim is specified, it must be of length 1 or 2. Got " +
                       to_string(*dims));
  if (!dims && (number || text) && a.dim() != 1 && a.dim() != 2)
    throw RuntimeError(
        "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " +
        std::to_string(a.dim()) + "D.");
  if (!number && !text)  // the 2-norm of the vector, Frobenius of the matrix: the same sum
    return ct::norm(a, 2.0, dims.value_or(Shape{}), keepdim);
  const bool matrix = text || (dims ? dims->size() == 2 : a.dim() == 2);
  if (!matrix) return ct::norm(a, *number, dims.value_or(Shape{}), keepdim);
  return matrix_norm_impl(a, number.value_or(0), text, dims.value_or(Shape{-2, -1}), keepdim);
}
}  // namespace

Tensor matrix_norm(const Tensor& a, double ord, const Shape& dims, bool keepdim) {
  return matrix_norm_impl(a, ord, nullptr, dims, keepdim);
}
Tensor matrix_norm(const Tensor& a, const std::string& ord, const Shape& dims, bool keepdim) {
  return matrix_norm_impl(a, 0, &ord, dims, keepdim);
}
Tensor norm(const Tensor& a, std::optional<double> ord, std::optional<Shape> dims, bool keepdim) {
  return linalg_norm_impl(a, ord, nullptr, dims, keepdim);
}
Tensor norm(const Tensor& a, const std::string& ord, std::optional<Shape> dims, bool keepdim) {
  return linalg_norm_impl(a, std::nullopt, &ord, dims, keepdim);
}

Tensor cross(const Tensor& a, const Tensor& b, int64_t dim) {
  CT_TRACE_BATCHED((b.ranks[0] != b.ranks[1] || b.ranks[0] == 0
                        ? by_example()
                        : detail::as_list(ct::linalg::cross(b.batched_input(0), b.batched_input(1),
                                                            new_dim(b, dim, 0)))),
                   Tensor, "linalg.cross", (a, b), ct::linalg::cross(in[0], in[1], dim));
  if (a.dim() != b.dim())
    throw RuntimeError("linalg.cross: inputs must have the same number of dimensions.");
  if (a.dim() == 0)
    throw IndexError("Dimension specified as " + std::to_string(dim) +
                     " but tensor has no dimensions");
  const int64_t d = wrap_dim(dim, a.dim());
  if (a.shape()[d] != 3 || b.shape()[d] != 3)
    throw RuntimeError("linalg.cross: inputs dimension " + std::to_string(dim) +
                       " must have length 3. Got " + std::to_string(a.shape()[d]) + " and " +
                       std::to_string(b.shape()[d]));
  broadcast_shapes(a.shape(), b.shape());  // torch's message for shapes that do not broadcast
  if (a.dtype() == DType::Bool) throw RuntimeError("\"cross\" not implemented for 'Bool'");
  if (b.dtype() != a.dtype())
    throw RuntimeError(std::string("expected scalar type ") + kind_name(a.dtype()) + " but found " +
                       kind_name(b.dtype()));
  Tensor out;
  {
    InternalGuard g;
    auto c = [d](const Tensor& t, int64_t i) { return t.select(d, i); };
    out = stack({c(a, 1) * c(b, 2) - c(a, 2) * c(b, 1), c(a, 2) * c(b, 0) - c(a, 0) * c(b, 2),
                 c(a, 0) * c(b, 1) - c(a, 1) * c(b, 0)},
                d);
  }
  if (needs_grad(a, b)) {
    // d(a x b) = da x b + a x db: ga = b x g, gb = g x a (the engine sums
    // broadcast gradients back to each input's shape)
    auto node = record("LinalgCrossBackward0", {&a, &b}, out, [d](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? cross(c.saved(1), g, d) : Tensor(),
              c.needs(1) ? cross(g, c.saved(0), d) : Tensor()};
    });
    node->save(a);
    node->save(b);
  }
  return out;
}

}  // namespace ct::linalg

namespace ct::detail {
void add_linalg_ops(std::vector<OpInfo>& t) {
  const auto O = OpKind::Other;
  const auto R = Domain::Real;
  add_general(
      t, "mm", "", "MmBackward0", "g·bᵀ, aᵀ·g", O, R, true, 2,
      [](const TL& in) { return TL{ct::mm(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 81),
                        sample_tensor({4, 2}, Domain::Real, dt, 82)},
                       {sample_tensor({4, 3}, Domain::Real, dt, 83).t(),
                        sample_tensor({2, 4}, Domain::Real, dt, 84).t()}};
      },
      nullptr);
  add_general(
      t, "matmul", "", "MmBackward0", "composite, all of PyTorch's cases (2-D: mm)", O, R, true, 2,
      [](const TL& in) { return TL{ct::matmul(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 85),
                        sample_tensor({4, 2}, Domain::Real, dt, 86)},
                       {sample_tensor({4, 3}, Domain::Real, dt, 87).t(),
                        sample_tensor({4, 4}, Domain::Real, dt, 88)}};
      },
      nullptr);
  add_general(
      t, "bmm", "", "BmmBackward0", "per batch", O, R, true, 2,
      [](const TL& in) { return TL{ct::bmm(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 89),
                        sample_tensor({2, 4, 2}, Domain::Real, dt, 90)},
                       {sample_tensor({2, 4, 3}, Domain::Real, dt, 91).transpose(1, 2),
                        sample_tensor({2, 4, 2}, Domain::Real, dt, 92)}};
      },
      nullptr);
  add_general(
      t, "mv", "", "MvBackward0", "g ⊗ v, aᵀ·g", O, R, true, 2,
      [](const TL& in) { return TL{ct::mv(in[0], in[1])}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 93), sample_tensor({4}, Domain::Real, dt, 94)},
            {sample_tensor({4, 3}, Domain::Real, dt, 95).t(),
             sample_tensor({4}, Domain::Real, dt, 96)}};
      },
      nullptr);
  add_general(
      t, "dot", "", "DotBackward0", "g·b, g·a", O, R, true, 2,
      [](const TL& in) { return TL{ct::dot(in[0], in[1])}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({5}, Domain::Real, dt, 97), sample_tensor({5}, Domain::Real, dt, 98)},
            {sample_tensor({3, 2}, Domain::Real, dt, 99).select(1, 0),
             sample_tensor({3}, Domain::Real, dt, 100)}};
      },
      nullptr);
  add_general(
      t, "outer", "", "MulBackward0", "composite", O, R, true, 2,
      [](const TL& in) { return TL{ct::outer(in[0], in[1])}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3}, Domain::Real, dt, 101), sample_tensor({4}, Domain::Real, dt, 102)}};
      },
      nullptr);
  add_general(
      t, "addmm", "", "AddmmBackward0", "beta·g, alpha·g·bᵀ, alpha·aᵀ·g", O, R, true, 3,
      [](const TL& in) { return TL{ct::addmm(in[0], in[1], in[2], 0.5, 2.0)}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 2}, Domain::Real, dt, 103),
                        sample_tensor({3, 4}, Domain::Real, dt, 104),
                        sample_tensor({4, 2}, Domain::Real, dt, 105)},
                       {sample_tensor({2}, Domain::Real, dt, 106),
                        sample_tensor({4, 3}, Domain::Real, dt, 107).t(),
                        sample_tensor({4, 2}, Domain::Real, dt, 108)}};
      },
      "m.addmm(x[0], x[1], x[2], beta=0.5, alpha=2.0)");
  add_general(
      t, "cross", "torch.linalg.cross", "LinalgCrossBackward0",
      "b × g, g × a (broadcast gradients summed)", O, R, true, 2,
      [](const TL& in) { return TL{ct::linalg::cross(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({4, 3}, Domain::Real, dt, 109),
                        sample_tensor({4, 3}, Domain::Real, dt, 110)},
                       {sample_tensor({3, 2}, Domain::Real, dt, 111).t(),
                        sample_tensor({1, 3}, Domain::Real, dt, 112)}};
      },
      "m.linalg.cross(x[0], x[1])");
  // Square samples, diagonally dominant after the trace test's x·0.5 + 0.25.
  auto square = [](DType dt) {
    const Tensor i = ct::eye(3, std::nullopt, dt) * 3.0;
    return Samples{{sample_tensor({3, 3}, Domain::Unit, dt, 113) * 0.3 + i},
                   {sample_tensor({2, 3, 3}, Domain::Unit, dt, 114) * 0.3 + i},
                   {(sample_tensor({3, 3}, Domain::Unit, dt, 115) * 0.3 + i).t()}};
  };
  add_general(
      t, "inv", "torch.linalg.inv", "LinalgInvExBackward0", "-A⁻ᵀ g A⁻ᵀ", O, R, false, 1,
      [](const TL& in) { return TL{ct::linalg::inv(in[0])}; }, square, "m.linalg.inv(x[0])");
  add_general(
      t, "det", "torch.linalg.det", "LinalgDetBackward0",
      "g·det·A⁻ᵀ; det = 0: 0, with create_graph the cofactor matrix (torch 1.13)", O, R, true, 1,
      [](const TL& in) { return TL{ct::linalg::det(in[0])}; }, square, "m.linalg.det(x[0])");
  add_general(
      t, "slogdet", "torch.linalg.slogdet", "LinalgSlogdetBackward0",
      "g·A⁻ᵀ (the row returns logabsdet; sign has no gradient)", O, R, false, 1,
      [](const TL& in) { return TL{std::get<1>(ct::linalg::slogdet(in[0]))}; }, square,
      "m.linalg.slogdet(x[0])[1]");
  add_general(
      t, "solve", "torch.linalg.solve", "LinalgSolveExBackward0", "gB = solve(Aᵀ, g), gA = -gB·Xᵀ",
      O, R, false, 2, [](const TL& in) { return TL{ct::linalg::solve(in[0], in[1])}; },
      [](DType dt) {
        const Tensor i = ct::eye(3, std::nullopt, dt) * 3.0;
        return Samples{{sample_tensor({3, 3}, Domain::Unit, dt, 116) * 0.3 + i,
                        sample_tensor({3, 2}, Domain::Real, dt, 117)},
                       {sample_tensor({2, 3, 3}, Domain::Unit, dt, 118) * 0.3 + i,
                        sample_tensor({2, 3}, Domain::Real, dt, 119)}};
      },
      "m.linalg.solve(x[0], x[1])");
  // An SPD matrix made from a free one, so every input direction is valid.
  add_general(
      t, "cholesky", "torch.linalg.cholesky", "LinalgCholeskyExBackward0",
      "L⁻ᵀ Φ(Lᵀ gL) L⁻¹, symmetrised (the row factors A·Aᵀ + 3I)", O, R, false, 1,
      [](const TL& in) {
        const Tensor aat = ct::matmul(in[0], ct::transpose(in[0], -2, -1));
        return TL{ct::linalg::cholesky(aat + ct::eye(3, std::nullopt, aat.dtype()) * 3.0)};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 3}, Domain::Real, dt, 120)},
                       {sample_tensor({2, 3, 3}, Domain::Real, dt, 121)}};
      },
      "m.linalg.cholesky(m.matmul(x[0], m.transpose(x[0], -2, -1)) + 3.0 * m.eye(3, "
      "dtype=x[0].dtype))");
  add_general(
      t, "einsum", "", "PermuteBackward0", "composite (permute, reshape, bmm)", OpKind::Other,
      Domain::Real, false, 2,
      [](const TL& in) {
        return TL{ct::einsum("ij,jk->ik", {in[0], in[1]})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 122),
                        sample_tensor({4, 2}, Domain::Real, dt, 123)}};
      },
      "m.einsum('ij,jk->ik', x[0], x[1])");

  // Python's signatures.
  set_signatures(t, "matmul",
                 {{"(Tensor input, Tensor other)", CT_CALL(ct::matmul(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "mm",
                 {{"(Tensor input, Tensor mat2)", CT_CALL(ct::mm(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "bmm",
                 {{"(Tensor input, Tensor mat2)", CT_CALL(ct::bmm(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "mv",
                 {{"(Tensor input, Tensor vec)", CT_CALL(ct::mv(a.tensor(0), a.tensor(1)))}});
  set_signatures(
      t, "dot",
      {{"(Tensor input, Tensor other)", CT_CALL(ct::dot(a.tensor(0), a.tensor(1)))},
       {"inner(Tensor input, Tensor other)", CT_CALL(ct::dot(a.tensor(0), a.tensor(1)))}});
  set_signatures(
      t, "outer",
      {{"(Tensor input, Tensor vec2)", CT_CALL(ct::outer(a.tensor(0), a.tensor(1)))},
       {"ger(Tensor input, Tensor vec2)", CT_CALL(ct::outer(a.tensor(0), a.tensor(1)))}});
  set_signatures(
      t, "addmm",
      {{"(Tensor input, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1)",
        CT_CALL(ct::addmm(a.tensor(0), a.tensor(1), a.tensor(2), a.scalar(3), a.scalar(4)))}});
  set_signatures(t, "cross",
                 {{"(Tensor input, Tensor other, int? dim=None)",
                   CT_CALL(ct::cross(a.tensor(0), a.tensor(1), a.opt_integer(2)))},
                  {"linalg.cross(Tensor input, Tensor other, *, int dim=-1)",
                   CT_CALL(ct::linalg::cross(a.tensor(0), a.tensor(1), a.integer(2)))}});
  set_signatures(
      t, "inv",
      {{"linalg.inv(Tensor A)", CT_CALL(ct::linalg::inv(a.tensor(0)))},
       {"inverse(Tensor input)", CT_CALL(ct::linalg::inv(a.tensor(0))), Binding::Function},
       {"inverse(Tensor self)", CT_CALL(ct::linalg::inv(a.tensor(0))), Binding::Method}});
  set_signatures(t, "det",
                 {{"linalg.det(Tensor A)", CT_CALL(ct::linalg::det(a.tensor(0)))},
                  {"det(Tensor input)", CT_CALL(ct::linalg::det(a.tensor(0)))}});
  auto slogdet = [](const OpArgs& a) -> OpValue {
    auto [sign, logabsdet] = ct::linalg::slogdet(a.tensor(0));
    return std::vector<Tensor>{sign, logabsdet};
  };
  set_signatures(t, "slogdet",
                 {{"linalg.slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)", slogdet},
                  {"slogdet(Tensor input) -> (Tensor sign, Tensor logabsdet)", slogdet}});
  set_signatures(
      t, "solve",
      {{"linalg.solve(Tensor A, Tensor B)", CT_CALL(ct::linalg::solve(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "cholesky",
                 {{"linalg.cholesky(Tensor A)", CT_CALL(ct::linalg::cholesky(a.tensor(0)))}});
  set_signatures(t, "einsum",
                 {{"(str equation, Tensor... operands)",
                   CT_CALL(ct::einsum(a.str(0), a.tensors(1))), Binding::Function}});

  set_calls(
      t, "inv",
      {"m.linalg.inv(x[0].mT)", "m.linalg.inv(x[0] * 0)", "m.linalg.inv(x[0][..., :2])",
       "m.linalg.inv(x[0][0])", "m.linalg.inv(" CT_INT_X0 ")", "m.inverse(x[0])",
       "m.linalg.inv(x[0])", "m.linalg.inv(m.tensor([1.0, 2.0, 3.0]))",
       "m.linalg.inv(m.tensor([[4, 1, 0], [1, 3, 1], [0, 1, 2]]))",
       "m.linalg.inv(m.ones((3, 3), dtype=m.bool))",
       "m.linalg.inv(m.tensor([[1.0, 2.0], [2.0, 4.0]]))",
       "m.linalg.inv(m.tensor([[1.0, 2.0], [2.0, 1.0]]))",
       "m.linalg.inv(m.full((2, 2), float('nan')))  # bug (returns): inverse of an all-NaN matrix "
       "has a 0 (nan nan 0 nan); PyTorch gives all NaN",
       "m.linalg.inv(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]).t())",
       "m.linalg.inv(m.zeros((0, 0)))",
       "m.linalg.inv(m.ones((2, 3, 3)))  # message: cotangent: linalg.inv: The diagonal element 2 "
       "is zero, the inversion could not be completed because the input matrix is singular.",
       "m.linalg.inv(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
       "dtype=m.float64))",
       "m.linalg.inv(m.full((3, 3), float('nan')))  # bug (returns): inverse of an all-NaN 3x3 "
       "matrix has zeros below the diagonal; PyTorch gives all NaN"});
  // det's gradient and second derivative at a singular matrix A (a literal):
  // zero without create_graph, the cofactors with it (torch 1.13's formulas)
#define CT_DET_AT(A, ...) \
  "(lambda a: " __VA_ARGS__ ")(m.tensor(" A ", dtype=m.float64, requires_grad=True))"
#define CT_DET_GRAD(A) CT_DET_AT(A, "m.autograd.grad(m.linalg.det(a).sum(), a)[0]")
#define CT_DET_COFACTORS(A) \
  CT_DET_AT(A, "m.autograd.grad(m.linalg.det(a).sum(), a, create_graph=True)[0]")
#define CT_DET_SECOND(A)                                                                   \
  CT_DET_AT(A,                                                                             \
            "m.autograd.grad(m.autograd.grad(m.linalg.det(a).sum(), a, create_graph=True)" \
            "[0].sum(), a)[0]")
  set_calls(
      t, "det",
      {"m.linalg.det(x[0] * 0)",
       "m.linalg.det(x[0][..., :1] * x[0][..., :1, :])",
       "m.linalg.det(x[0][..., :2])",
       "m.linalg.slogdet(x[0])[1]",
       "m.linalg.slogdet(x[0] * 0)[1]",
       "m.linalg.slogdet(-x[0])[1]",
       "m.linalg.slogdet(x[0].detach())[0]",
       "m.linalg.slogdet(x[0][..., :2])",
       "m.det(x[0].mT)",
       "m.linalg.det(x[0][..., :2, :2] * 0 + m.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=x[0].dtype))",
       "m.linalg.det(x[0][..., :2, :2] * 0 + m.tensor([[0.0, 0.0], [0.0, 0.0]], dtype=x[0].dtype))",
       "m.linalg.det(x[0] * 0 + m.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], "
       "dtype=x[0].dtype))",
       "m.linalg.det(x[0] * 0 + m.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [7.0, 8.0, 10.0]], "
       "dtype=x[0].dtype))",
       "m.linalg.det(x[0] * 0 + m.tensor([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 0.0]], "
       "dtype=x[0].dtype))",
       "m.linalg.det(x[0])",
       "m.linalg.det(m.tensor([1.0, 2.0, 3.0]))",
       "m.linalg.det(m.tensor([[4, 1, 0], [1, 3, 1], [0, 1, 2]]))",
       "m.linalg.det(m.ones((3, 3), dtype=m.bool))",
       "m.linalg.det(m.tensor([[1.0, 2.0], [2.0, 4.0]]))",
       "m.linalg.det(m.tensor([[1.0, 2.0], [2.0, 1.0]]))",
       "m.linalg.det(m.full((2, 2), float('nan')))",
       "m.linalg.det(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]).t())",
       "m.linalg.det(m.zeros((0, 0)))",
       "m.linalg.det(m.ones((2, 3, 3)))",
       "m.linalg.det(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
       "dtype=m.float64))",
       "m.linalg.det(m.zeros((2, 0, 0)))",
       "m.linalg.det(" CT_INT32_X0 ")",
       CT_DET_GRAD("[[1.0, 2.0], [2.0, 4.0]]"),
       CT_DET_COFACTORS("[[1.0, 2.0], [2.0, 4.0]]"),
       CT_DET_GRAD("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]"),
       CT_DET_COFACTORS("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]"),
       CT_DET_GRAD("[[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [7.0, 8.0, 10.0]]"),
       CT_DET_COFACTORS("[[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [7.0, 8.0, 10.0]]"),
       CT_DET_GRAD("[[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 0.0]]"),
       CT_DET_COFACTORS("[[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 0.0]]"),
       CT_DET_GRAD("[[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.0]]"),
       CT_DET_COFACTORS("[[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.0]]"),
       CT_DET_GRAD("[[[1.0, 2.0], [2.0, 4.0]], [[2.0, 1.0], [1.0, 3.0]]]"),
       CT_DET_COFACTORS("[[[1.0, 2.0], [2.0, 4.0]], [[2.0, 1.0], [1.0, 3.0]]]"),
       CT_DET_GRAD("[[0.0, 0.0], [0.0, 0.0]]"),
       CT_DET_COFACTORS("[[0.0, 0.0], [0.0, 0.0]]"),
       CT_DET_SECOND("[[1.0, 2.0], [2.0, 4.0]]"),
       CT_DET_SECOND("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]"),
       CT_DET_SECOND("[[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [7.0, 8.0, 10.0]]"),
       CT_DET_SECOND("[[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 0.0]]"),
       CT_DET_SECOND("[[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.0]]"),
       CT_DET_SECOND("[[[1.0, 2.0], [2.0, 4.0]], [[2.0, 1.0], [1.0, 3.0]]]"),
       CT_DET_SECOND("[[0.0, 0.0], [0.0, 0.0]]") "  # differs (returns): torch's SVD formula gives "
                                                 "NaN second derivatives where singular values "
                                                 "repeat (the zero matrix); ours are exact"});
  // A (3, 3), B (3, 2)
  set_calls(t, "solve",
            {"m.linalg.solve(x[0], x[1][..., 0])",
             "m.linalg.solve(x[0], x[1].mT.contiguous().mT)",
             "m.linalg.solve(x[0] * 0, x[1])",
             "m.linalg.solve(x[0], x[1][..., :2, :])",
             "m.linalg.solve(x[0], x[1].float())",
             "m.linalg.solve(x[0] + 3 * m.eye(3, dtype=x[0].dtype), x[1][..., 0])",
             "m.linalg.solve(x[0], m.ones((3,)))",
             "m.linalg.solve(m.tensor([1.0, 2.0, 3.0]), m.ones((3,)))",
             "m.linalg.solve(m.tensor([[4, 1, 0], [1, 3, 1], [0, 1, 2]]), m.ones((3,)))",
             "m.linalg.solve(m.ones((3, 3), dtype=m.bool), m.ones((3,)))",
             "m.linalg.solve(m.tensor([[1.0, 2.0], [2.0, 4.0]]), m.ones((3,)))",
             "m.linalg.solve(m.tensor([[1.0, 2.0], [2.0, 1.0]]), m.ones((3,)))",
             "m.linalg.solve(m.full((2, 2), float('nan')), m.ones((3,)))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]).t(), "
             "m.ones((3,)))",
             "m.linalg.solve(m.zeros((0, 0)), m.ones((3,)))",
             "m.linalg.solve(m.ones((2, 3, 3)), m.ones((3,)))  # message: cotangent: "
             "torch.linalg.solve: The solver failed because the input matrix is singular.",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
             "dtype=m.float64), m.ones((3,)))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.tensor([1.0, 2.0, 3.0]))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.tensor([1.0, 2.0]))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
             "dtype=m.float64), m.tensor([1.0, 2.0, 3.0]))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.ones((2, 3, 3)))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.ones((4, 5)))",
             "m.linalg.solve(m.tensor([[1.0, 2.0], [2.0, 4.0]]), m.tensor([1.0, 2.0]))",
             "m.linalg.solve(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0]))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), None)  "
             "# error: an undefined tensor (None): any error",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.tensor(0.5))",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.tensor([1, 2, 3]))",
             "m.linalg.solve(m.ones((2, 3, 3)), m.tensor([1.0, 2.0, 3.0]))  # message: cotangent: "
             "torch.linalg.solve: The solver failed because the input matrix is singular.",
             "m.linalg.solve(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), "
             "m.ones((3, 2)))"});
  set_calls(
      t, "cholesky",
      {"m.linalg.cholesky(x[0])", "m.linalg.cholesky(x[0] * 0)", "m.linalg.cholesky(x[0][..., :2])",
       "m.linalg.cholesky(m.triu(x[0]) + m.eye(3, dtype=x[0].dtype) * 9)",
       "m.linalg.cholesky(-m.eye(3, dtype=x[0].dtype))",
       "m.linalg.cholesky(m.tensor([1.0, 2.0, 3.0]))",
       "m.linalg.cholesky(m.tensor([[4, 1, 0], [1, 3, 1], [0, 1, 2]]))",
       "m.linalg.cholesky(m.ones((3, 3), dtype=m.bool))",
       "m.linalg.cholesky(m.tensor([[1.0, 2.0], [2.0, 4.0]]))",
       "m.linalg.cholesky(m.tensor([[1.0, 2.0], [2.0, 1.0]]))",
       "m.linalg.cholesky(m.full((2, 2), float('nan')))",
       "m.linalg.cholesky(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]).t())",
       "m.linalg.cholesky(m.zeros((0, 0)))", "m.linalg.cholesky(m.ones((2, 3, 3)))",
       "m.linalg.cholesky(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
       "dtype=m.float64))"});
  // a (3, 4), b (4, 2)
  set_calls(
      t, "einsum",
      {"m.einsum('ii->i', x[0][:, :3])",
       "m.einsum('bij,bjk->bik', x[0].reshape(1, 3, 4), x[1].reshape(1, 4, 2))",
       "m.einsum('i,i->', x[0][0], x[1][:, 0])",
       "m.einsum('ij->ji', x[0])",
       "m.einsum('ij', x[0])",
       "m.einsum('ba', x[0])",
       "m.einsum('i,j->ij', x[0][0], x[0][0])  # edges: torch's einsum promotes mixed dtypes where "
       "it multiplies, not where it calls bmm; cotangent wants one dtype",
       "m.einsum('ij->j', x[0])",
       "m.einsum('ij,jk->ik', x[0].t().contiguous().t(), x[1])",
       "m.einsum('ij,jk,k->i', x[0], x[1], x[1][0])",
       "m.einsum('ij,jk->ik', x[0], x[0])",
       "m.einsum('ij->ik', x[0])",
       "m.einsum('ij,jk->ik', x[0])",
       "m.einsum('ij->i', x[0], x[1])",
       "m.einsum('ijk->i', x[0])",
       "m.einsum('ij->ii', x[0])",
       "m.einsum('i j , j k -> i k', x[0], x[1])",
       "m.einsum('...j,jk->...k', x[0], x[1])",
       "m.einsum('bij,bjk->bki', x[0].expand(2, 3, 4), x[1].expand(2, 4, 2))",
       "m.einsum('ij,k->jk', x[0], x[1][:, 0])  # edges: torch's einsum promotes mixed dtypes "
       "where it multiplies, not where it calls bmm; cotangent wants one dtype",
       "m.einsum('ij,jk', x[0], x[1])",
       "m.einsum('ij,jk,kl->il', x[0], x[1], x[1][:2])",
       "m.einsum('...ij,...jk->...ik', x[0].reshape(1, 3, 4), x[1])",
       "m.einsum('...ij,...jk->...ik', x[0].reshape(1, 1, 3, 4), x[1].expand(3, 4, 2))",
       "m.einsum('...ij,...jk', x[0].expand(2, 3, 4), x[1].expand(2, 4, 2))",
       "m.einsum('i...i->...', x[0][:, :3].reshape(3, 1, 3).expand(3, 2, 3))",
       "m.einsum('a...b,b...c->...ac', x[0].reshape(3, 2, 2), x[1].reshape(2, 2, 2))",
       "m.einsum('...ij,...jk->...ik', x[0].expand(2, 1, 3, 4), x[1].expand(5, 4, 2))",
       "m.einsum('...ij,...jk', x[0].expand(2, 1, 3, 4), x[1].expand(5, 4, 2))",
       "m.einsum('i...->...', x[0].expand(2, 3, 4))",
       "m.einsum('...i->i', x[0].expand(2, 3, 4))",
       "m.einsum('...,...->...', x[0][:, :1], x[1][:, 0])  # edges: torch's einsum promotes mixed "
       "dtypes where it multiplies, not where it calls bmm; cotangent wants one dtype",
       "m.einsum('...->', x[0])",
       "m.einsum('ij...,jk...->ik...', x[0][:2, :3].unsqueeze(-1).expand(2, 3, 5), "
       "x[1][:3].unsqueeze(-1).expand(3, 2, 5))",
       "m.einsum('bi...,bi...->b', x[0].unsqueeze(-1).expand(3, 4, 5), x[0].unsqueeze(-1))",
       "m.einsum('ij->...ij', x[0])",
       "m.einsum('...i,...i->', x[0].expand(2, 3, 4), x[0][:2])",
       "m.einsum('i...,i...->i...', x[0], x[0][:, :2])",
       "m.einsum('i.j', x[0])",
       "m.einsum('...i...', x[0])",
       "m.einsum('...i->...i...', x[0])",
       "m.einsum('...ij->...ji', x[0][0])",
       "m.einsum('ij,jk->ik', x[0], x[0])",
       "m.einsum('ij,kj->ik', x[0], x[1].t().contiguous())",
       "m.einsum('ij,kj->ik', x[0].t().contiguous().t(), x[1].t())",
       "m.einsum('ij,ij->i', [x[0][:2], x[1].t().contiguous()])",
       "m.einsum('ij,ij->i', [x[0].t().contiguous().t()[:2], x[1].t()])",
       "m.einsum('...ij,...jk->...ik', x[0].expand(2, 3, 4), x[1])",
       "m.einsum('...ii->...i', x[0][:, :3].expand(2, 3, 3))",
       "m.einsum('ij,jk->ik', m.nan_to_num(x[0][:, :1], 0.0, 9.0, -9.0), m.nan_to_num(x[1], "
       "0.0, 9.0, -9.0))"
       "  # edges: torch's einsum promotes mixed dtypes where it multiplies, not where it calls "
       "bmm; cotangent wants one dtype",
       "m.einsum(\"ij,jk->ik\", [x[0], x[1]])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), "
       "dtype=m.float64)])",
       "m.einsum(\"ij,jk->ik\", [m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, "
       "0.5, 0.6]])])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), "
       "dtype=m.int64)])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64)])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[True, False, True], [False, True, False]]), m.ones((3, "
       "2), dtype=m.bool)])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0])])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], "
       "dtype=m.float64)])",
       "m.einsum(\"ij,jk->ik\", [x[0], m.ones((3, 2))])",
       "m.einsum(\"ij,jk->ik\", [m.ones((2, 3, 3)), m.ones((3, 3, 2))])",
       "m.einsum(\"ij,jk->ik\", [m.ones((2, 3, 3)), m.ones((3, 2))])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3))])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3))])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, "
       "3.0])])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2))])",
       "m.einsum(\"i,i->\", [x[0], x[1]])",
       "m.einsum(\"i,i->\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), "
       "dtype=m.float64)])",
       "m.einsum(\"i,i->\", [m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, "
       "0.5, 0.6]])])",
       "m.einsum(\"i,i->\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), "
       "dtype=m.int64)])",
       "m.einsum(\"i,i->\", [m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64)])",
       "m.einsum(\"i,i->\", [m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), "
       "dtype=m.bool)])",
       "m.einsum(\"i,i->\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0])])",
       "m.einsum(\"i,i->\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"i,i->\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], "
       "dtype=m.float64)])",
       "m.einsum(\"i,i->\", [x[0], m.ones((3, 2))])",
       "m.einsum(\"i,i->\", [m.ones((2, 3, 3)), m.ones((3, 3, 2))])",
       "m.einsum(\"i,i->\", [m.ones((2, 3, 3)), m.ones((3, 2))])",
       "m.einsum(\"i,i->\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3))])",
       "m.einsum(\"i,i->\", [m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3))])",
       "m.einsum(\"i,i->\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, "
       "3.0])])",
       "m.einsum(\"i,i->\", [m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2))])",
       "m.einsum(\"ij->i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"ij,jk->ik\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"i->i\", [])  # message: cotangent: einsum(): must provide at least one operand",
       "m.einsum(\"i1->i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"ij->k\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"ij->ii\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"ijk->i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"i->i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"i->i->i\", [m.tensor([1.0, 2.0, 3.0])])  # message: cotangent: einsum(): output "
       "subscript i appears more than once in the output",
       "m.einsum(\"\", [m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"\", [m.tensor(0.5)])",
       "m.einsum(\"->\", [m.tensor(0.5)])",
       "m.einsum(\"...ij->...ji\", [m.ones((2, 3, 3))])",
       "m.einsum(\"..i->i\", [m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\",\", [m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"i,->i\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"IJ->JI\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"i j->j i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
       "m.einsum(\"ii->i\", [m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])  # message: cotangent: "
       "einsum(): subscript i is repeated for operand 0 but the sizes don't match, 2 != 3",
       "m.einsum(\"ij->ji\", [None])  # error: an undefined tensor (None): any error",
       "m.einsum(\"\\u00e9->\\u00e9\", [m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"\\xff->\\xff\", [m.tensor([1.0, 2.0, 3.0])])",
       "m.einsum(\"i,i,i,i,i->i\", [m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]), "
       "m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])])"});
  // a (3,), b (4,)
  set_calls(
      t, "outer",
      {"m.outer(" CT_INT_X0 ", x[1])",
       "m.outer(x[0].reshape(1, 3), x[1])",
       "m.ger(x[0], x[1])",
       "x[0].outer(x[1].float())",
       "m.outer(x[0], x[1])",
       "m.outer(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.outer(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.outer(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.outer(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.outer(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), "
       "dtype=m.bool))",
       "m.outer(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.outer(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.outer(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.outer(x[0], m.ones((3, 2)))",
       "m.outer(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.outer(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.outer(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.outer(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.outer(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.outer(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))"});
  // self (3, 2), mat1 (3, 4), mat2 (4, 2)
  set_calls(
      t, "addmm",
      {"m.addmm(x[0], x[1], x[2])", "m.addmm(x[0][0], x[1], x[2], beta=0.5, alpha=-2)",
       "m.addmm(x[0] * float('nan'), x[1], x[2], beta=0)", "m.addmm(x[0], x[1], x[1])",
       "m.addmm(x[0].repeat(1, 2), x[1], x[2])", "m.addmm(x[0], x[1][0], x[2])",
       "m.addmm(x[0], x[1].float(), x[2])", "m.addmm(x[0], x[1], m.ones((3, 2)))",
       "m.addmm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2)), m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]]))",
       "m.addmm(m.ones((4, 5)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2)))",
       "m.addmm(m.tensor([1.0, 2.0, 3.0]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.ones((3, 2)))",
       "m.addmm(m.tensor([[1.0, 2.0], [3.0, 4.0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.ones((3, 2)))",
       "m.addmm(m.tensor([[1.0, 2.0], [3.0, 4.0]]), None, m.ones((3, 2)))  # error: an undefined "
       "tensor (None): any error",
       "m.addmm(m.tensor([[1.0, 2.0], [3.0, 4.0]]), m.zeros((0, 3)), m.ones((3, 2)))",
       "m.addmm(m.tensor(0.5), m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.addmm(m.tensor([[1, 2, 3], [4, 5, 6]]), m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), "
       "dtype=m.int64))",
       "m.addmm(m.tensor([[1.0, 2.0], [3.0, 4.0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.ones((3, 2)), beta=1, alpha=True)"});

  // matmul of every rank pairing: x (3, 4), y (4, 2)
  set_calls(
      t, "matmul",
      {"m.matmul(x[0][0], x[1][:, 0])",
       "m.matmul(x[0], x[1][:, 0])",
       "m.matmul(x[0][:, 0], x[0])",
       "m.matmul(x[1].t(), x[0].t())",
       "m.matmul(x[0].expand(2, 3, 4), x[1])",
       "m.matmul(x[0].reshape(1, 1, 3, 4), x[1].expand(3, 4, 2))",
       "m.matmul(x[0][:, 0], x[0].expand(2, 3, 4))",
       "x[0] @ x[1]",
       "m.matmul(x[0], x[1][:3])",
       "m.matmul(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, "
       "-9.0).long())",
       "m.matmul(x[0].expand(2, 3, 4), x[1][:, 0])",
       "m.matmul(x[1][:, 0], x[1].expand(5, 4, 2))",
       "m.einsum('ii', x[0][:, :3])",
       "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int() @ m.nan_to_num(x[1], 0.0, 9.0, -9.0).int()",
       "x[0] @ x[1].t().contiguous().t()",
       "x[0].t().contiguous().t() @ x[1]",
       "m.matmul(x[0].t().contiguous().t(), x[1][:, 0])",
       "x[0].t().contiguous().t()[0] @ x[1][:, 0]",
       "m.matmul(x[0].view(3, 4, 1), x[0].view(3, 1, 4))",
       "m.matmul(x[0].t().contiguous().t().view(3, 4, 1), x[0].t().contiguous().t().view(3, 1, 4))",
       "x[0].view(1, 3, 4) @ x[1].t().contiguous().t()",
       "x[0].t().contiguous().t().view(1, 3, 4) @ x[1]",
       "x[0] @ x[0]",
       "m.matmul(x[0], x[0].mT)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).matmul(m.ones((4, 5)))",
       "x[0].matmul(x[1])",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).matmul(m.tensor([1.0, 2.0]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).matmul(m.zeros((2, 3), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).matmul(m.tensor([1.0, 2.0, 3.0]))",
       "m.ones((2, 3, 3)).matmul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.matmul(x[0], x[1])",
       "m.matmul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.matmul(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.matmul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.matmul(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.matmul(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), "
       "dtype=m.bool))",
       "m.matmul(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.matmul(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.matmul(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.matmul(x[0], m.ones((3, 2)))",
       "m.matmul(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.matmul(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.matmul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.matmul(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.matmul(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.matmul(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))"});
  // cross: (4, 3) and (4, 3)
  set_calls(t, "cross",
            {"m.linalg.cross(x[0][:2].t().reshape(3, 1, 2), x[1].t().reshape(3, 4, 1), dim=0)",
             "m.cross(x[0], x[1])",
             "m.linalg.cross(x[0], x[1][:, :2])",
             "m.linalg.cross(x[0][..., :2], x[1][..., :2])",
             "m.linalg.cross(x[0][:3], x[1][0])",
             "m.linalg.cross(x[0], x[1][:3])",
             "m.linalg.cross(x[0], x[1].float())",
             "m.linalg.cross(x[0] > 0, x[1] > 0)",
             "m.linalg.cross(x[0][..., :2], x[1][..., :2], dim=2)",
             "m.linalg.cross(x[0][0, 0], x[1][0, 0])",
             "m.cross(x[0][..., :2].repeat(1, 2), x[1][..., :2].repeat(1, 2))",
             "m.cross(x[0][:3, :3], x[1][:1, :3])",
             "m.cross(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, 9.0, "
             "-9.0).long())",
             "m.linalg.cross(x[0], x[1])",
             "m.linalg.cross(x[0][:, None], x[1][None])",
             "m.linalg.cross(x[0].t(), x[1].t()[:, :1], dim=0)",
             "m.cross(x[0], x[1], dim=-1)",
             "x[0].cross(x[1])",
             "x[0].t().cross(x[1].t(), 0)",
             "m.linalg.cross(x[0][:0], x[1][:0])",
             "m.linalg.cross(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), m.nan_to_num(x[1], 0.0, "
             "9.0, -9.0).long())",
             "m.linalg.cross(m.ones(2), m.ones(2))",
             "m.linalg.cross(m.ones(3, 4), m.ones(3, 4), dim=1)",
             "m.linalg.cross(m.ones(3, 3), m.ones(3))",
             "m.linalg.cross(m.ones(4, 3), m.ones(2, 3))",
             "m.linalg.cross(m.ones(2, 3), m.ones(2, 3, dtype=m.float64))",
             "m.linalg.cross(m.ones(2, 3, dtype=m.bool), m.ones(2, 3))",
             "m.linalg.cross(m.ones(2, 3), m.ones(2, 3, dtype=m.bool))",
             "m.linalg.cross(m.ones(3, 2), m.ones(3, 2), dim=2)",
             "m.linalg.cross(m.tensor(1.0), m.tensor(1.0))",
             "m.cross(m.ones(2, 4), m.ones(2, 4))",
             "m.cross(m.ones(3, 3), m.ones(1, 3))",
             "m.cross(m.tensor(1.0), m.tensor(1.0))"});
  // mm: (3, 4) and (4, 2)
  set_calls(
      t, "mm",
      {"m.mm(x[0], x[0])",
       "m.mm(x[0], x[1].float())  # edges: torch returns early on a zero-element tensor without "
       "checking the dtypes or dims; cotangent checks them",
       "m.mm(x[0][0], x[1])",
       "m.matmul(x[0][0, 0], x[1])",
       "m.bmm(x[0].expand(2, 3, 4), x[1].t().expand(2, 2, 4))",
       "m.dot(x[0][0], x[1][:3, 0])",
       "x[0].mm(x[1])",
       "m.mm(x[0], x[1])",
       "m.mm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.mm(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.mm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.mm(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.mm(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), dtype=m.bool))",
       "m.mm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.mm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.mm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.mm(x[0], m.ones((3, 2)))",
       "m.mm(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.mm(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.mm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.mm(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.mm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.mm(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mm(m.ones((3, 2), dtype=m.float64))",
       "m.ones((3, 2), dtype=m.float64).mm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mm(m.ones((3, 2), dtype=m.int64))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).mm(m.ones((3, 2), dtype=m.int64))",
       "m.tensor([[True, False, True], [False, True, False]]).mm(m.ones((3, 2), dtype=m.bool))",
       "m.tensor([1.0, 2.0, 3.0]).mm(m.tensor([1.0, 2.0]))",
       "m.tensor([1.0, 2.0, 3.0]).mm(m.tensor([1.0, 2.0, 3.0]))",
       "m.tensor([1.0, 2.0, 3.0]).mm(m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "x[0].mm(m.ones((3, 2)))",
       "m.ones((2, 3, 3)).mm(m.ones((3, 3, 2)))",
       "m.ones((2, 3, 3)).mm(m.ones((3, 2)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mm(m.ones((2, 3, 3)))",
       "m.tensor([1.0, 2.0, 3.0]).mm(m.ones((2, 3, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mm(m.tensor([1.0, 2.0, 3.0]))",
       "m.tensor([1.0, 2.0, 3.0]).mm(m.ones((3, 2)))",
       "m.mm(" CT_INT32("[[1, 2], [3, 4]]") ", " CT_INT32("[[1, 2], [3, 4]]") ")"});
  set_calls(
      t, "bmm",
      {"m.bmm(x[0], x[1])",
       "m.bmm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.bmm(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.bmm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.bmm(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.bmm(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), dtype=m.bool))",
       "m.bmm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.bmm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.bmm(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.bmm(x[0], m.ones((3, 2)))", "m.bmm(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.bmm(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.bmm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.bmm(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.bmm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.bmm(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))"});
  set_calls(
      t, "mv",
      {"m.mv(x[0], x[1])",
       "m.mv(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.mv(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.mv(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.mv(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.mv(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), dtype=m.bool))",
       "m.mv(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.mv(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.mv(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.mv(x[0], m.ones((3, 2)))", "m.mv(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.mv(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.mv(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.mv(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.mv(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.mv(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))"});
  set_calls(
      t, "dot",
      {"m.dot(x[0], x[1])",
       "m.dot(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.float64))",
       "m.dot(m.ones((3, 2), dtype=m.float64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.dot(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2), dtype=m.int64))",
       "m.dot(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((3, 2), dtype=m.int64))",
       "m.dot(m.tensor([[True, False, True], [False, True, False]]), m.ones((3, 2), dtype=m.bool))",
       "m.dot(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.dot(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0]))",
       "m.dot(m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.dot(x[0], m.ones((3, 2)))", "m.dot(m.ones((2, 3, 3)), m.ones((3, 3, 2)))",
       "m.dot(m.ones((2, 3, 3)), m.ones((3, 2)))",
       "m.dot(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3)))",
       "m.dot(m.tensor([1.0, 2.0, 3.0]), m.ones((2, 3, 3)))",
       "m.dot(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.dot(m.tensor([1.0, 2.0, 3.0]), m.ones((3, 2)))"});
  set_calls(t, "slogdet",
            {"m.linalg.slogdet(m.tensor([1.0, 2.0, 3.0]))",
             "m.linalg.slogdet(m.tensor([[4, 1, 0], [1, 3, 1], [0, 1, 2]]))",
             "m.linalg.slogdet(m.ones((3, 3), dtype=m.bool))",
             "m.linalg.slogdet(m.tensor([[1.0, 2.0], [2.0, 4.0]]))",
             "m.linalg.slogdet(m.tensor([[1.0, 2.0], [2.0, 1.0]]))",
             "m.linalg.slogdet(m.full((2, 2), float('nan')))  # bug (returns): slogdet of an "
             "all-NaN matrix gives sign 1; PyTorch gives sign 0",
             "m.linalg.slogdet(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]).t())",
             "m.linalg.slogdet(m.zeros((0, 0)))", "m.linalg.slogdet(m.ones((2, 3, 3)))",
             "m.linalg.slogdet(m.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], "
             "dtype=m.float64))",
             "m.linalg.slogdet(x[0])[1]", "m.linalg.slogdet(x[0])[0].detach()"});
  // einsum's ellipsis: a (3, 4), b (4, 2)

  // calls moved from tests/python/test_ops.py and test_nn.py
}
}  // namespace ct::detail
