// Indexing ops (gather/scatter family, masks) and shape ops built on them,
// each with its derivative. Index tensors are int64 (index_select/index_add
// also take int32, as PyTorch) and never differentiable.
#include <numeric>

#include "core/recorder.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

namespace ct {

namespace {
// vmap rules' helpers (batch in front).
Shape prepend_one(const Shape& s) {
  Shape out{1};
  for (int64_t v : s) out.push_back(v);
  return out;
}
// masked_scatter per example: each example's masked positions take its
// source's elements in order (a running count of the mask picks them).
detail::TensorVec masked_scatter_batched(const detail::BatchedArgs& b) {
  if (b.in[1].dtype() != DType::Bool || b.ranks[1] > b.ranks[0] || b.size == 0 ||
      b.in[0].dtype() != b.in[2].dtype())
    return by_example();
  Tensor x = b.batched_input(0);
  Tensor mask = b.aligned()[1];
  if (!b.batched[1]) mask = mask.unsqueeze(0);
  mask = mask.expand(x.shape());
  Tensor rows = mask.reshape({b.size, -1});
  Tensor position = ct::cumsum(rows.to(DType::Int64), 1) - 1;
  Tensor source = b.batched_input(2).reshape({b.size, -1});
  // (positions past the source's end raise gather's error, as eager raises)
  Tensor picked = ct::gather(source, 1, ct::where(rows, position, Scalar(0)));
  return {ct::where(mask, picked.reshape(x.shape()), x)};
}

// index_add with one index vector per example: a scatter_add along `dim`.
detail::TensorVec index_add_batched_index(const detail::BatchedArgs& b, int64_t dim,
                                          const Scalar& alpha) {
  if (b.ranks[1] != 1 || b.ranks[0] != b.ranks[2] || !is_integral(b.in[1].dtype()))
    return by_example();
  Tensor source = b.batched_input(2);
  if (b.in[1].size(1) != source.size(dim)) return by_example();  // the op's length error
  Shape view(static_cast<size_t>(source.dim()), 1);
  view[0] = b.size;
  view[static_cast<size_t>(dim)] = b.in[1].size(1);
  Tensor index = b.in[1].to(DType::Int64).reshape(view).expand(source.shape());
  if (alpha.to_double() != 1) source = source * alpha;
  return {ct::scatter_add(b.batched_input(0), dim, index, source)};
}
// index_select with one index vector per example: a gather along `dim`.
Tensor index_select_batched(const Tensor& x, int64_t dim, const Tensor& index) {
  const int64_t k = index.size(1);
  Shape view(static_cast<size_t>(x.dim()), 1);
  view[0] = index.size(0);
  view[static_cast<size_t>(dim)] = k;
  Shape target = x.shape();
  target[static_cast<size_t>(dim)] = k;
  return ct::gather(x, dim, index.reshape(view).expand(target));
}
}  // namespace

namespace {

void check_index(const Tensor& index, const char* op) {
  if (index.dtype() != DType::Int64)
    throw RuntimeError(std::string(op) + "(): Expected dtype int64 for index");
}

// gather/scatter indices: no wrapping of negatives, as in PyTorch.
int64_t checked_index(int64_t i, int64_t size, int64_t dim) {
  if (i < 0 || i >= size)
    throw RuntimeError("index " + std::to_string(i) + " is out of bounds for dimension " +
                       std::to_string(dim) + " with size " + std::to_string(size));
  return i;
}

// index_select/index_add indices.
int64_t checked_select_index(int64_t i, int64_t size) {
  if (i < 0 || i >= size) throw IndexError("index out of range in self");
  return i;
}

void check_gather_shapes(const Tensor& x, int64_t dim, const Tensor& index, const char* op) {
  if (index.dim() != x.dim() && !(x.dim() == 0 && index.dim() <= 1))
    throw RuntimeError(std::string("Index tensor must have the same number of dimensions as ") +
                       (std::string(op) == "gather" ? "input" : "self") + " tensor");
  for (int64_t d = 0; d < index.dim(); ++d)
    if (d != dim && index.shape()[d] > x.shape()[d])
      throw RuntimeError("Size does not match at dimension " + std::to_string(d) +
                         " expected index " + to_string(index.shape()) +
                         " to be smaller than self " + to_string(x.shape()) +
                         " apart from dimension " + std::to_string(dim));
}

// The kernel shared by gather (read) and scatter/scatter_add (write):
// visits every element of `index` with the matching offsets into `x`
// (at the indexed position) and `other` (at the same position).
template <class F>
void visit_indexed(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& other, F f) {
  const int64_t* pidx = static_cast<const int64_t*>(index.raw_data_ptr());
  const Shape& ist = index.strides();
  const Shape& xst = x.strides();
  const Shape& ost = other.strides();
  const int64_t size = x.dim() == 0 ? 1 : x.shape()[dim];
  kernels::for_each_index(index.shape(), [&](const int64_t* idx) {
    int64_t i = checked_index(pidx[kernels::offset_of(idx, ist)], size, dim);
    int64_t xo = 0, oo = 0;
    for (size_t d = 0; d < index.shape().size(); ++d) {
      xo += (static_cast<int64_t>(d) == dim ? i : idx[d]) * (x.dim() ? xst[d] : 0);
      oo += idx[d] * (other.dim() ? ost[d] : 0);
    }
    f(xo, oo);
  });
}

}  // namespace

Tensor gather(const Tensor& x, int64_t dim, const Tensor& index) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::gather(b.batched_input(0), new_dim(b, dim, 0),
                                                    b.batched_input(1)))),
      Tensor, "gather", (x, index), ct::gather(in[0], dim, in[1]));
  check_index(index, "gather");
  dim = wrap_dim(dim, x.dim());
  check_gather_shapes(x, dim, index, "gather");
  Tensor out = make_empty(index.shape(), x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    const scalar_t* px = static_cast<const scalar_t*>(x.raw_data_ptr());
    scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
    visit_indexed(x, dim, index, out, [&](int64_t xo, int64_t oo) { po[oo] = px[xo]; });
  });
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("GatherBackward0", {&x}, out, [in_shape, dim](BackwardCtx& c) -> TensorList {
      return {scatter_add(zeros(in_shape, c.grad().dtype()), dim, c.saved(0), c.grad())};
    })->save(index);
  }
  return out;
}

namespace {
// `src_is_value`: scatter's Scalar form (src is the value broadcast to the
// index's shape), whose messages do not mention a src.
Tensor scatter_impl(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& src, bool add,
                    const char* op, bool src_is_value = false) {
  check_index(index, op);
  dim = wrap_dim(dim, x.dim());
  if (index.dim() != x.dim() && !(x.dim() == 0 && index.dim() <= 1))
    throw RuntimeError("Index tensor must have the same number of dimensions as self tensor");
  if (std::max<int64_t>(src.dim(), 1) != std::max<int64_t>(index.dim(), 1))
    throw RuntimeError("Index tensor must have the same number of dimensions as src tensor");
  bool fits = true;
  for (int64_t d = 0; d < index.dim(); ++d) {
    if (d != dim && x.dim() > 0 && index.shape()[d] > x.shape()[d]) fits = false;
    if (src.dim() > 0 && index.shape()[d] > src.shape()[d]) fits = false;
  }
  if (!fits)
    throw RuntimeError(
        "Expected index " + to_string(index.shape()) + " to be smaller than self " +
        to_string(x.shape()) + " apart from dimension " + std::to_string(dim) +
        (src_is_value ? "" : " and to be smaller size than src " + to_string(src.shape())));
  if (src.dtype() != x.dtype())
    throw RuntimeError(std::string(op) + "(): Expected self.dtype to be equal to src.dtype");
  Tensor out = x.detach().clone();
  Tensor s = src;
  CT_DISPATCH_ALL(x.dtype(), [&] {
    scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
    const scalar_t* ps = static_cast<const scalar_t*>(s.raw_data_ptr());
    visit_indexed(out, dim, index, s, [&](int64_t oo, int64_t so) {
      if (add)
        po[oo] = static_cast<scalar_t>(po[oo] + ps[so]);
      else
        po[oo] = ps[so];
    });
  });
  return out;
}
}  // namespace

Tensor scatter(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& src) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::scatter(b.batched_input(0), new_dim(b, dim, 0),
                                                     b.batched_input(1), b.batched_input(2)))),
      Tensor, "scatter", (x, index, src), ct::scatter(in[0], dim, in[1], in[2]));
  Tensor out = scatter_impl(x, dim, index, src, false, "scatter");
  if (needs_grad(x, src)) {
    dim = wrap_dim(dim, x.dim());
    auto node = record("ScatterBackward0", {&x, &src}, out, [dim](BackwardCtx& c) -> TensorList {
      Tensor idx = c.saved(0);
      const Tensor& g = c.grad();
      return {c.needs(0) ? scatter(g, dim, idx, 0.0) : Tensor(),
              c.needs(1) ? gather(g, dim, idx) : Tensor()};
    });
    node->save(index);
    // torch's forward rule: the tangent scattered like the value. The
    // transposed backward is not one when the index is smaller than src
    // (gather returns the index's shape), so forward mode needs this rule.
    node->set_jvp(
        [dim, index, xs = x.shape(), ss = src.shape(), dt = out.dtype()](const TensorList& t) {
          Tensor tx = t[0].defined() ? t[0] : zeros(xs, dt);
          Tensor ts = t[1].defined() ? t[1] : zeros(ss, dt);
          return scatter(tx, dim, index, ts);
        });
  }
  return out;
}

Tensor scatter(const Tensor& x, int64_t dim, const Tensor& index, const Scalar& value) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::scatter(b.batched_input(0), new_dim(b, dim, 0),
                                                     b.batched_input(1), value))),
      Tensor, "scatter", (x, index), ct::scatter(in[0], dim, in[1], value));
  Tensor out =
      scatter_impl(x, dim, index, full_like(index, value, x.dtype()), false, "scatter", true);
  if (needs_grad(x)) {
    dim = wrap_dim(dim, x.dim());
    record("ScatterBackward1", {&x}, out, [dim](BackwardCtx& c) -> TensorList {
      return {scatter(c.grad(), dim, c.saved(0), 0.0)};
    })->save(index);
  }
  return out;
}

Tensor scatter_add(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& src) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::scatter_add(b.batched_input(0), new_dim(b, dim, 0),
                                                         b.batched_input(1), b.batched_input(2)))),
      Tensor, "scatter_add", (x, index, src), ct::scatter_add(in[0], dim, in[1], in[2]));
  Tensor out = scatter_impl(x, dim, index, src, true, "scatter");
  if (needs_grad(x, src)) {
    dim = wrap_dim(dim, x.dim());
    record("ScatterAddBackward0", {&x, &src}, out, [dim](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {g, c.needs(1) ? gather(g, dim, c.saved(0)) : Tensor()};
    })->save(index);
  }
  return out;
}

Tensor index_select(const Tensor& x, int64_t dim, const Tensor& index) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0   ? by_example()
       : b.ranks[1] != 1 ? by_example()
       : !b.batched[1]   ? detail::as_list(ct::index_select(b.in[0], b.dim(dim), b.in[1]))
                         : detail::as_list(index_select_batched(b.batched_input(0),
                                                                new_dim(b, dim, 0), b.in[1]))),
      Tensor, "index_select", (x, index), ct::index_select(in[0], dim, in[1]));
  if (!is_integral(index.dtype()))
    throw RuntimeError("index_select(): Expected dtype int32 or int64 for index");
  if (index.dim() > 1) throw IndexError("index_select(): Index is supposed to be a vector");
  dim = wrap_dim(dim, x.dim());
  std::vector<int64_t> idx = index.to_vector<int64_t>();
  const int64_t size = x.dim() ? x.shape()[dim] : 1;
  for (int64_t& i : idx) i = checked_select_index(i, size);
  Shape out_shape = x.shape();
  if (x.dim()) out_shape[dim] = static_cast<int64_t>(idx.size());
  Tensor out = make_empty(out_shape, x.dtype());
  for (size_t k = 0; k < idx.size(); ++k) {
    if (x.dim() == 0) {
      kernels::copy_into(out, x);
      continue;
    }
    Shape sizes = x.shape(), st = x.strides();
    sizes.erase(dim);
    st.erase(dim);
    Shape osz = out.shape(), ost = out.strides();
    osz.erase(dim);
    ost.erase(dim);
    kernels::copy_into(make_view(out, osz, ost, k * out.strides()[dim]),
                       make_view(x, sizes, st, x.storage_offset() + idx[k] * x.strides()[dim]));
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("IndexSelectBackward0", {&x}, out, [in_shape, dim](BackwardCtx& c) -> TensorList {
      return {index_add(zeros(in_shape, c.grad().dtype()), dim, c.saved(0), c.grad())};
    })->save(index);
  }
  return out;
}

Tensor index_add(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& source,
                 const Scalar& alpha) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
       : b.batched[1]  ? index_add_batched_index(b, new_dim(b, dim, 0), alpha)
                       : detail::as_list(ct::index_add(b.batched_input(0), new_dim(b, dim, 0),
                                                       b.in[1], b.batched_input(2), alpha))),
      Tensor, "index_add", (x, index, source), ct::index_add(in[0], dim, in[1], in[2], alpha));
  if (!is_integral(index.dtype()))
    throw RuntimeError(std::string("index_add_(): Expected dtype int32/int64 for index but got: ") +
                       kind_name(index.dtype()));
  dim = wrap_dim(dim, x.dim());
  std::vector<int64_t> idx = index.to_vector<int64_t>();
  const int64_t size = x.dim() ? x.shape()[dim] : 1;
  if (index.dim() > 1) throw IndexError("index_add_(): Index is supposed to be a vector");
  if (source.dtype() != x.dtype())
    throw RuntimeError("index_add_(): self (" + std::string(kind_name(x.dtype())) +
                       ") and source (" + kind_name(source.dtype()) +
                       ") must have the same scalar type");
  if (x.dim() == 0 && source.dim() > 1)
    throw RuntimeError("source.dim() (" + std::to_string(source.dim()) +
                       ") must one or zero for given self.dim() (0)");
  if (x.dim() > 0 && source.size(dim) != static_cast<int64_t>(idx.size()))
    throw RuntimeError("index_add_(): Number of indices (" + std::to_string(idx.size()) +
                       ") should be equal to source.size(dim): (" +
                       std::to_string(source.shape()[dim]) + "), for dim: " + std::to_string(dim));
  if (x.dim() > 0 && size == 0 && !idx.empty())  // torch's kernel selects before it checks
    throw IndexError("select(): index " + std::to_string(idx[0]) +
                     " out of range for tensor of size " + to_string(x.shape()) + " at dimension " +
                     std::to_string(dim));
  Tensor out = x.detach().clone();
  {
    InternalGuard g;
    Tensor s = source.detach() * alpha;
    for (size_t k = 0; k < idx.size(); ++k) {
      int64_t i = checked_select_index(idx[k], size);
      Tensor dst = x.dim() ? out.select(dim, i) : out;
      Tensor part = source.dim() ? s.select(dim, static_cast<int64_t>(k)) : s;
      kernels::copy_into(dst, (dst + part).to(out.dtype()));
    }
  }
  if (needs_grad(x, source)) {
    const double a = alpha.to_double();
    const bool src_scalar = source.dim() == 0;
    record("IndexAddBackward0", {&x, &source}, out,
           [dim, a, src_scalar](BackwardCtx& c) -> TensorList {
             const Tensor& g = c.grad();
             Tensor gs;
             if (c.needs(1)) {
               gs = index_select(g, dim, c.saved(0));
               if (a != 1) gs = gs * a;
               if (src_scalar) gs = gs.reshape({});
             }
             return {g, gs};
           })
        ->save(index);
  }
  return out;
}

Tensor masked_fill(const Tensor& x, const Tensor& mask, const Scalar& value) {
  CT_TRACE_BROADCASTING(Tensor, "masked_fill", (x, mask), ct::masked_fill(in[0], in[1], value));
  if (mask.dtype() != DType::Bool)
    throw RuntimeError("masked_fill_ only supports boolean masks, but got mask with dtype " +
                       std::string(dtype_name(mask.dtype())));
  // Out of place, the input broadcasts against the mask (torch's
  // expand_outplace); masked_fill_ checks that the result fits self.
  Tensor out = where(mask, scalar_tensor(value, x.dtype()), x.detach());
  if (needs_grad(x)) {
    const Shape in_shape = x.shape();
    record("MaskedFillBackward0", {&x}, out, [in_shape](BackwardCtx& c) -> TensorList {
      return {sum_to(where(c.saved(0), 0.0, c.grad()), in_shape)};
    })->save(mask);
  }
  return out;
}

Tensor masked_fill(const Tensor& x, const Tensor& mask, const Tensor& value) {
  CT_TRACE_BATCHED(
      (!b.batched[2] ? detail::as_list(ct::masked_fill(b.aligned()[0], b.aligned()[1], b.in[2]))
       : b.ranks[2] != 0 || b.in[1].dtype() != DType::Bool
           ? by_example()
           : detail::as_list(ct::where(b.aligned()[1], b.aligned()[2].to(b.in[0].dtype()),
                                       b.batched_input(0)))),
      Tensor, "masked_fill", (x, mask, value), ct::masked_fill(in[0], in[1], in[2]));
  if (value.dim() != 0)
    throw RuntimeError(
        "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
        std::to_string(value.dim()) + " dimension(s).");
  Tensor out = where(mask, value.detach().to(x.dtype()), x.detach());
  const Shape in_shape = x.shape();
  if (needs_grad(x, value))
    record("MaskedFillBackward1", {&x, &value}, out, [in_shape](BackwardCtx& c) -> TensorList {
      Tensor m = c.saved(0);
      const Tensor& g = c.grad();
      return {c.needs(0) ? sum_to(where(m, 0.0, g), in_shape) : Tensor(),
              c.needs(1) ? where(m, g, 0.0).sum() : Tensor()};
    })->save(mask);
  return out;
}

Tensor masked_select(const Tensor& x, const Tensor& mask) {
  detail::note_data_dependent_shape("masked_select");
  CT_TRACE(Tensor, "masked_select", (x, mask), ct::masked_select(in[0], in[1]));
  if (mask.dtype() != DType::Bool)
    throw RuntimeError("masked_select: expected BoolTensor or ByteTensor for mask");
  Shape shape = broadcast_shapes(mask.shape(), x.shape());  // torch's order, for the message
  Tensor xb = x.detach().expand(shape).contiguous(), mb = mask.expand(shape).contiguous();
  std::vector<bool> m = mb.to_vector<bool>();
  int64_t n = std::count(m.begin(), m.end(), true);
  Tensor out = make_empty({n}, x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    const scalar_t* px = static_cast<const scalar_t*>(xb.raw_data_ptr());
    scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
    int64_t k = 0;
    for (size_t i = 0; i < m.size(); ++i)
      if (m[i]) po[k++] = px[i];
  });
  if (needs_grad(x)) {
    record("MaskedSelectBackward0", {&x}, out, [shape](BackwardCtx& c) -> TensorList {
      return {masked_scatter(zeros(shape, c.grad().dtype()), c.saved(0), c.grad())};
    })->save(mask);  // not mb: a recording of the formula needs the op's own input
  }
  return out;
}

Tensor masked_scatter(const Tensor& x, const Tensor& mask, const Tensor& source) {
  CT_TRACE_BATCHED((masked_scatter_batched(b)), Tensor, "masked_scatter", (x, mask, source),
                   ct::masked_scatter(in[0], in[1], in[2]));
  if (mask.dtype() != DType::Bool)
    throw RuntimeError("masked_scatter: expected BoolTensor for mask");
  // Out of place, the input broadcasts against the mask (torch's expand_outplace).
  Shape shape = broadcast_shapes(mask.shape(), x.shape());
  Tensor mb = mask.expand(shape).contiguous();
  std::vector<bool> m = mb.to_vector<bool>();
  int64_t n = std::count(m.begin(), m.end(), true);
  if (source.dtype() != x.dtype())  // sic: torch's text has no space after "got"
    throw RuntimeError("masked_scatter: expected self and source to have same dtypes but got" +
                       std::string(kind_name(x.dtype())) + " and " + kind_name(source.dtype()));
  if (source.numel() < n)
    throw RuntimeError("Number of elements of source < number of ones in mask");
  Tensor out = x.detach().expand(shape).contiguous().clone();
  Tensor src = source.detach().contiguous();
  CT_DISPATCH_ALL(x.dtype(), [&] {
    const scalar_t* ps = static_cast<const scalar_t*>(src.raw_data_ptr());
    scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
    int64_t k = 0;
    for (size_t i = 0; i < m.size(); ++i)
      if (m[i]) po[i] = ps[k++];
  });
  if (needs_grad(x, source)) {
    Shape src_shape = source.shape(), in_shape = x.shape();
    auto node = record(
        "MaskedScatterBackward0", {&x, &source}, out,
        [src_shape, in_shape, n](BackwardCtx& c) -> TensorList {
          Tensor mk = c.saved(0);
          const Tensor& g = c.grad();
          Tensor gs;
          if (c.needs(1)) {
            Tensor sel = masked_select(g, mk);
            int64_t total = src_shape.numel();
            gs =
                (total > n ? cat({sel, zeros({total - n}, g.dtype())}, 0) : sel).reshape(src_shape);
          }
          return {c.needs(0) ? sum_to(where(mk, 0.0, g), in_shape) : Tensor(), gs};
        });
    node->save(mask);  // broadcasts as mb; mb would be an intermediate of this primitive
  }
  return out;
}

Tensor take_along_dim(const Tensor& x, const Tensor& indices, std::optional<int64_t> dim) {
  if (indices.dtype() != DType::Int64)
    throw RuntimeError(
        std::string("torch.take_along_dim(): dtype of indices should be Long but got ") +
        kind_name(indices.dtype()));
  if (dim && indices.dim() != x.dim())
    throw RuntimeError(
        "torch.take_along_dim(): input and indices should have the same number of dimensions, but "
        "got " +
        std::to_string(x.dim()) + " dimensions for input, and " + std::to_string(indices.dim()) +
        " dimensions for indices");
  if (!dim) return gather(x.reshape({-1}), 0, indices.reshape({-1}));
  int64_t d = wrap_dim(*dim, x.dim());
  Shape xs = x.shape(), is = indices.shape();
  xs[d] = 1;
  is[d] = 1;
  Shape b = broadcast_shapes(xs, is);
  Shape xb = b, ib = b;
  xb[d] = x.shape()[d];
  ib[d] = indices.shape()[d];
  return gather(x.expand(xb), d, indices.expand(ib));
}

// ---------------------------------------------------------------- shape ops

Tensor repeat(const Tensor& x, const Shape& repeats) {
  CT_TRACE_BATCHED(
      (int64_t(repeats.size()) < b.ranks[0]
           ? by_example()
           : detail::as_list(unsqueezed_after_batch(b.in[0], int64_t(repeats.size()) - b.ranks[0])
                                 .repeat(prepend_one(repeats)))),
      Tensor, "repeat", (x), ct::repeat(in[0], repeats));
  if (static_cast<int64_t>(repeats.size()) < x.dim())
    throw RuntimeError(
        "Number of dimensions of repeat dims can not be smaller than number of "
        "dimensions of tensor");
  const size_t n = repeats.size();
  Shape padded(n, 1);
  for (int64_t d = 0; d < x.dim(); ++d) padded[n - x.dim() + d] = x.shape()[d];
  // view x as (1, s0, 1, s1, ...), expand to (r0, s0, r1, s1, ...), copy.
  Shape inter, expanded, out_shape;
  for (size_t d = 0; d < n; ++d) {
    inter.push_back(1);
    inter.push_back(padded[d]);
    expanded.push_back(repeats[d]);
    expanded.push_back(padded[d]);
    int64_t total = 0;
    if (repeats[d] < 0)
      throw RuntimeError("Trying to create tensor with negative dimension " +
                         std::to_string(repeats[d]) + ": " + to_string(repeats));
    if (__builtin_mul_overflow(repeats[d], padded[d], &total))
      throw RuntimeError("repeat: the result of repeating " + to_string(x.shape()) + " by " +
                         to_string(repeats) + " is too large");
    out_shape.push_back(total);
  }
  Tensor out;
  {
    InternalGuard g;
    out = x.reshape(inter).expand(expanded).contiguous().reshape(out_shape);
    if (out.shares_storage(x)) out = out.clone();
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("RepeatBackward0", {&x}, out, [in_shape, expanded](BackwardCtx& c) -> TensorList {
      Shape dims;
      for (size_t d = 0; d < expanded.size(); d += 2) dims.push_back(static_cast<int64_t>(d));
      Tensor g = c.grad().reshape(expanded);
      return {(dims.empty() ? g : g.sum(dims)).reshape(in_shape)};
    });
  }
  return out;
}

Tensor flip(const Tensor& x, const Shape& dims) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::flip(b.in[0], b.dims(dims)))), Tensor,
      "flip", (x), ct::flip(in[0], dims));
  std::vector<bool> flipped(std::max<int64_t>(x.dim(), 1), false);
  for (int64_t d : dims) {
    int64_t w = wrap_dim(d, x.dim());
    if (flipped[w])
      throw RuntimeError("dim " + std::to_string(w) +
                         " appears multiple times in the list of dims");
    flipped[w] = true;
  }
  Shape st = x.strides();
  int64_t offset = x.storage_offset();
  for (int64_t d = 0; d < x.dim(); ++d)
    if (flipped[d] && x.shape()[d] > 1) {
      offset += (x.shape()[d] - 1) * st[d];
      st[d] = -st[d];
    }
  Tensor out = make_empty(x.shape(), x.dtype());
  kernels::copy_into(out, make_view(x, x.shape(), st, offset));
  if (needs_grad(x)) {
    Shape ds = dims;
    record("FlipBackward0", {&x}, out,
           [ds](BackwardCtx& c) -> TensorList { return {c.grad().flip(ds)}; });
  }
  return out;
}

Tensor roll(const Tensor& x, const Shape& shifts, const Shape& dims) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
       : dims.empty()
           ? detail::as_list(ct::roll(example_rows(b), shifts, {1}).reshape(b.in[0].shape()))
           : detail::as_list(ct::roll(b.in[0], shifts, b.dims(dims)))),
      Tensor, "roll", (x), ct::roll(in[0], shifts, dims));
  if (dims.empty()) {  // roll the flattened tensor
    if (shifts.size() != 1) throw RuntimeError("`shifts` required");
    Tensor out;
    {
      InternalGuard g;
      out = roll(x.reshape({-1}), shifts, {0}).view(x.shape()).contiguous();
      if (out.shares_storage(x)) out = out.clone();
    }
    if (needs_grad(x)) {
      const int64_t s = -shifts[0];
      record("RollBackward0", {&x}, out,
             [s](BackwardCtx& c) -> TensorList { return {roll(c.grad(), {s})}; });
    }
    return out;
  }
  if (x.dim() == 0)
    throw IndexError("Dimension specified as " + std::to_string(dims[0]) +
                     " but tensor has no dimensions");
  if (shifts.size() != dims.size())
    throw RuntimeError("shifts and dimensions must align. shifts: " +
                       std::to_string(shifts.size()) + ", dims:" + std::to_string(dims.size()));
  Tensor out;
  {
    InternalGuard g;
    out = x;
    for (size_t i = 0; i < dims.size(); ++i) {
      int64_t d = wrap_dim(dims[i], x.dim());
      int64_t n = x.shape()[d];
      if (n == 0) continue;
      int64_t s = ((shifts[i] % n) + n) % n;
      if (s == 0) continue;
      out = cat({out.narrow(d, n - s, s), out.narrow(d, 0, n - s)}, d);
    }
    if (out.shares_storage(x)) out = out.clone();
  }
  if (needs_grad(x)) {
    Shape neg = shifts;
    for (int64_t& s : neg) s = -s;
    Shape ds = dims;
    record("RollBackward0", {&x}, out,
           [neg, ds](BackwardCtx& c) -> TensorList { return {roll(c.grad(), neg, ds)}; });
  }
  return out;
}

namespace {
// Places g on the (offset, d1, d2) diagonal of zeros of in_shape.
Tensor diagonal_backward(const Tensor& g, const Shape& in_shape, int64_t offset, int64_t d1,
                         int64_t d2) {
  // one primitive: a recording must not see zeros() without the write into it
  CT_TRACE(Tensor, "diagonal_backward", (g), diagonal_backward(in[0], in_shape, offset, d1, d2));
  Tensor out = zeros(in_shape, g.dtype());
  kernels::copy_into(diagonal(out, offset, d1, d2), g);
  if (needs_grad(g))
    record("DiagonalBackwardBackward0", {&g}, out, [offset, d1, d2](BackwardCtx& c) -> TensorList {
      return {diagonal(c.grad(), offset, d1, d2)};
    });
  return out;
}
}  // namespace

Tensor diagonal(const Tensor& x, int64_t offset, int64_t dim1, int64_t dim2) {
  CT_TRACE_BATCHED(
      (b.ranks[0] < 2 ? by_example()
                      : detail::as_list(ct::diagonal(b.in[0], offset, b.dim(dim1), b.dim(dim2)))),
      Tensor, "diagonal", (x), ct::diagonal(in[0], offset, dim1, dim2));
  int64_t d1 = wrap_dim(dim1, x.dim()), d2 = wrap_dim(dim2, x.dim());
  if (d1 == d2)
    throw RuntimeError("diagonal dimensions cannot be identical " + std::to_string(dim1) + ", " +
                       std::to_string(dim2));
  int64_t n1 = x.shape()[d1], n2 = x.shape()[d2];
  int64_t len = offset >= 0 ? std::max<int64_t>(std::min(n1, n2 - offset), 0)
                            : std::max<int64_t>(std::min(n1 + offset, n2), 0);
  int64_t start = x.storage_offset();
  if (len > 0) start += offset >= 0 ? offset * x.strides()[d2] : -offset * x.strides()[d1];
  Shape sizes, strides;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (d != d1 && d != d2) {
      sizes.push_back(x.shape()[d]);
      strides.push_back(x.strides()[d]);
    }
  sizes.push_back(len);
  strides.push_back(x.strides()[d1] + x.strides()[d2]);
  Tensor out = make_view(x, sizes, strides, start);
  mark_view(out, x);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("DiagonalBackward0", {&x}, out,
           [in_shape, offset, d1, d2](BackwardCtx& c) -> TensorList {
             return {diagonal_backward(c.grad(), in_shape, offset, d1, d2)};
           });
  }
  return out;
}
Tensor Tensor::diagonal(int64_t o, int64_t d1, int64_t d2) const {
  return ct::diagonal(*this, o, d1, d2);
}

Tensor diag_embed(const Tensor& x, int64_t offset, int64_t dim1, int64_t dim2) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::diag_embed(b.in[0], offset, new_dim(b, dim1, 1),
                                                        new_dim(b, dim2, 1)))),
      Tensor, "diag_embed", (x), ct::diag_embed(in[0], offset, dim1, dim2));
  const int64_t r = x.dim() + 1;
  int64_t d1 = wrap_dim(dim1, r), d2 = wrap_dim(dim2, r);
  if (d1 == d2)
    throw RuntimeError("diagonal dimensions cannot be identical " + std::to_string(dim1) + ", " +
                       std::to_string(dim2));
  if (offset > (int64_t{1} << 40) || offset < -(int64_t{1} << 40))
    throw RuntimeError("diag_embed: offset " + std::to_string(offset) + " is too large");
  const int64_t n = (x.dim() ? x.shape()[x.dim() - 1] : 1) + std::abs(offset);
  Shape out_shape;
  Shape rest(x.shape().begin(), std::max<int64_t>(x.dim() - 1, 0));
  for (int64_t d = 0, k = 0; d < r; ++d) out_shape.push_back(d == d1 || d == d2 ? n : rest[k++]);
  Tensor out = zeros(out_shape, x.dtype());
  kernels::copy_into(diagonal(out, offset, d1, d2), x);
  if (needs_grad(x))
    record("DiagEmbedBackward0", {&x}, out, [offset, d1, d2](BackwardCtx& c) -> TensorList {
      return {diagonal(c.grad(), offset, d1, d2)};
    });
  return out;
}

Tensor diag(const Tensor& x, int64_t k) {
  CT_TRACE_BATCHED((b.ranks[0] == 1   ? detail::as_list(ct::diag_embed(b.in[0], k, 1, 2))
                    : b.ranks[0] == 2 ? detail::as_list(ct::diagonal(b.in[0], k, 1, 2))
                                      : by_example()),
                   Tensor, "diag", (x), ct::diag(in[0], k));
  if (x.dim() == 1) {
    Tensor out;
    {
      InternalGuard g;
      out = diag_embed(x, k, 0, 1);
    }
    if (needs_grad(x))
      record("DiagBackward0", {&x}, out,
             [k](BackwardCtx& c) -> TensorList { return {diagonal(c.grad(), k)}; });
    return out;
  }
  if (x.dim() != 2) throw RuntimeError("matrix or a vector expected");
  Tensor out;
  {
    InternalGuard g;
    out = diagonal(x, k).clone();
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("DiagBackward0", {&x}, out, [k, in_shape](BackwardCtx& c) -> TensorList {
      return {diagonal_backward(c.grad(), in_shape, k, 0, 1)};
    });
  }
  return out;
}

namespace {
Tensor triangle(const Tensor& x, int64_t k, bool lower) {
  if (x.dim() == 0) throw IndexError("Dimension specified as -2 but tensor has no dimensions");
  if (x.dim() < 2)
    throw IndexError("Dimension out of range (expected to be in range of [" +
                     std::to_string(-std::max<int64_t>(x.dim(), 1)) + ", " +
                     std::to_string(std::max<int64_t>(x.dim(), 1) - 1) + "], but got -2)");
  const int64_t rows = x.shape()[x.dim() - 2], cols = x.shape()[x.dim() - 1];
  Tensor mask = make_empty({rows, cols}, DType::Bool);
  bool* pm = static_cast<bool*>(mask.raw_data_ptr());
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j) pm[i * cols + j] = lower ? (j - i <= k) : (j - i >= k);
  Tensor out = where(mask, x.detach(), scalar_tensor(0, x.dtype()));
  if (needs_grad(x))
    record(lower ? "TrilBackward0" : "TriuBackward0", {&x}, out,
           [k, lower](BackwardCtx& c) -> TensorList {
             return {lower ? c.grad().tril(k) : c.grad().triu(k)};
           });
  return out;
}
}  // namespace

Tensor tril(const Tensor& x, int64_t k) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::tril(b.in[0], k))), Tensor,
                   "tril", (x), ct::tril(in[0], k));
  return triangle(x, k, true);
}
Tensor triu(const Tensor& x, int64_t k) {
  CT_TRACE_BATCHED((b.ranks[0] < 2 ? by_example() : detail::as_list(ct::triu(b.in[0], k))), Tensor,
                   "triu", (x), ct::triu(in[0], k));
  return triangle(x, k, false);
}

namespace {
std::vector<Tensor> split_impl(const Tensor& x, const std::vector<int64_t>& sizes, int64_t dim,
                               const char* node_name) {
  if (x.dim() == 0) throw RuntimeError("split expects at least a 1-dimensional tensor");
  dim = wrap_dim(dim, x.dim());
  int64_t total = 0;
  for (int64_t s : sizes) {
    if (s < 0)
      throw RuntimeError(
          "split_with_sizes expects split_sizes have only non-negative entries, but got "
          "split_sizes=" +
          to_string(Shape(sizes)));
    total += s;
  }
  if (total != x.shape()[dim])
    throw RuntimeError("split_with_sizes expects split_sizes to sum exactly to " +
                       std::to_string(x.shape()[dim]) + " (input tensor's size at dimension " +
                       std::to_string(dim) + "), but got split_sizes=" + to_string(Shape(sizes)));
  std::vector<Tensor> parts;
  int64_t off = 0;
  {
    InternalGuard g;
    for (int64_t s : sizes) {
      parts.push_back(x.narrow(dim, off, s));
      off += s;
    }
  }
  mark_multi_output_views(parts);
  if (needs_grad(x)) {
    std::vector<Tensor*> outs;
    for (Tensor& p : parts) outs.push_back(&p);
    auto f = [dim, sizes](BackwardCtx& c) -> TensorList {
      std::vector<Tensor> gs;
      for (size_t i = 0; i < sizes.size(); ++i) gs.push_back(c.grad(i));
      return {cat(gs, dim)};
    };
    auto node = std::make_shared<FormulaNode<decltype(f)>>(node_name, std::move(f));
    connect_list(node, {x}, outs);
    finish_forward(*node);
  }
  return parts;
}
}  // namespace

std::vector<Tensor> split(const Tensor& x, const std::vector<int64_t>& sizes, int64_t dim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example() : ct::split(b.in[0], sizes, b.dim(dim))),
                   detail::TensorVec, "split", (x), ct::split(in[0], sizes, dim));
  return split_impl(x, sizes, dim, "SplitWithSizesBackward0");
}

std::vector<Tensor> split(const Tensor& x, int64_t split_size, int64_t dim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example() : ct::split(b.in[0], split_size, b.dim(dim))),
                   detail::TensorVec, "split", (x), ct::split(in[0], split_size, dim));
  if (x.dim() == 0) throw RuntimeError("split expects at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, x.dim());
  const int64_t n = x.shape()[d];
  if (split_size < 0)
    throw RuntimeError("split expects split_size be non-negative, but got split_size=" +
                       std::to_string(split_size));
  if (split_size == 0 && n > 0)
    throw RuntimeError(
        "split_size can only be 0 if dimension size is 0, but got dimension size of " +
        std::to_string(n));
  if (split_size > 0) check_output_count(n / split_size, "split");
  std::vector<int64_t> sizes;
  for (int64_t off = 0; off < n;) {
    const int64_t len = std::min(split_size, n - off);
    sizes.push_back(len);
    off += len;
  }
  if (sizes.empty()) sizes.push_back(0);
  return split_impl(x, sizes, d, "SplitBackward0");
}

std::vector<Tensor> chunk(const Tensor& x, int64_t chunks, int64_t dim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example() : ct::chunk(b.in[0], chunks, b.dim(dim))),
                   detail::TensorVec, "chunk", (x), ct::chunk(in[0], chunks, dim));
  if (x.dim() == 0) throw RuntimeError("chunk expects at least a 1-dimensional tensor");
  if (chunks <= 0)
    throw RuntimeError("chunk expects `chunks` to be greater than 0, got: " +
                       std::to_string(chunks));
  int64_t d = wrap_dim(dim, x.dim());
  const int64_t n = x.shape()[d];
  if (n == 0) {  // torch: `chunks` empty pieces
    check_output_count(chunks, "chunk");
    return split_impl(x, std::vector<int64_t>(static_cast<size_t>(chunks), 0), d,
                      "SplitWithSizesBackward0");
  }
  return split(x, n / chunks + (n % chunks != 0 ? 1 : 0), d);
}

std::vector<Tensor> unbind(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example() : ct::unbind(b.in[0], b.dim(dim))),
                   detail::TensorVec, "unbind", (x), ct::unbind(in[0], dim));
  dim = checked_dim_of(x, dim);
  check_output_count(x.shape()[dim], "unbind");
  std::vector<Tensor> parts;
  parts.reserve(static_cast<size_t>(x.shape()[dim]));
  {
    InternalGuard g;
    for (int64_t i = 0; i < x.shape()[dim]; ++i) parts.push_back(x.select(dim, i));
  }
  mark_multi_output_views(parts);
  if (needs_grad(x) && !parts.empty()) {
    std::vector<Tensor*> outs;
    for (Tensor& p : parts) outs.push_back(&p);
    const size_t n = parts.size();
    auto f = [dim, n](BackwardCtx& c) -> TensorList {
      std::vector<Tensor> gs;
      for (size_t i = 0; i < n; ++i) gs.push_back(c.grad(i));
      return {stack(gs, dim)};
    };
    auto node = std::make_shared<FormulaNode<decltype(f)>>("UnbindBackward0", std::move(f));
    connect_list(node, {x}, outs);
    finish_forward(*node);
  }
  return parts;
}

Tensor unflatten(const Tensor& x, int64_t dim, const Shape& sizes) {
  dim = checked_dim_of(x, dim);
  Shape s;
  for (int64_t d = 0; d < dim; ++d) s.push_back(x.shape()[d]);
  int64_t known = 1, infer = -1;
  bool overflow = false;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == -1) {
      if (infer >= 0) throw RuntimeError("unflatten: only one dimension can be inferred");
      infer = static_cast<int64_t>(s.size());
    } else {
      overflow = overflow || __builtin_mul_overflow(known, sizes[i], &known);
    }
    s.push_back(sizes[i]);
  }
  if (infer >= 0 && known > 0 && !overflow) s[infer] = x.shape()[dim] / known;
  if (overflow || (infer < 0 && known != x.shape()[dim]) ||
      (infer >= 0 && (known == 0 || s[infer] * known != x.shape()[dim])))
    throw RuntimeError("unflatten: Provided sizes " + to_string(sizes) +
                       " don't multiply up to the size of dim " + std::to_string(dim) + " (" +
                       std::to_string(x.shape()[dim]) + ") in the input tensor");
  for (int64_t d = dim + 1; d < x.dim(); ++d) s.push_back(x.shape()[d]);
  return x.view(s);
}

Tensor flatten(const Tensor& x, int64_t s, int64_t e) { return x.flatten(s, e); }
Tensor broadcast_to(const Tensor& x, const Shape& shape) { return x.expand(shape); }
Tensor expand(const Tensor& x, const Shape& shape) { return x.expand(shape); }
Tensor view(const Tensor& x, const Shape& shape) { return x.view(shape); }

Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> output_size) {
  if (!output_size) detail::note_data_dependent_shape("repeat_interleave");
  CT_TRACE(Tensor, "repeat_interleave", (repeats), ct::repeat_interleave(in[0], output_size));
  if (repeats.dim() != 1) throw RuntimeError("repeat_interleave only accept 1D vector as repeat");
  if (!is_integral(repeats.dtype()))
    throw RuntimeError(std::string("\"repeat_interleave_cpu\" not implemented for '") +
                       kind_name(repeats.dtype()) + "'");
  std::vector<int64_t> r = repeats.to_vector<int64_t>();
  int64_t total = 0;
  for (int64_t k : r) {
    if (k < 0) throw RuntimeError("repeats can not be negative");
    total += k;
  }
  if (output_size && *output_size != total)
    throw RuntimeError("allocated size does not match required size");
  std::vector<int64_t> idx;
  idx.reserve(static_cast<size_t>(total));
  for (size_t i = 0; i < r.size(); ++i) idx.insert(idx.end(), r[i], static_cast<int64_t>(i));
  return from_vector(idx).to(repeats.dtype());  // int32 repeats give int32, as PyTorch
}

// torch's composite: index_select with the repeated indices (so the gradient
// is index_add's: each group of repeats sums into its source element).
Tensor repeat_interleave(const Tensor& x, const Tensor& repeats, std::optional<int64_t> dim,
                         std::optional<int64_t> output_size) {
  Tensor input = dim ? x : x.flatten();
  const int64_t d = dim.value_or(0);
  const int64_t n = input.size(d);
  Tensor counts = repeats;
  if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.size(0) == 1))
    counts = repeats.reshape({1}).expand({n});
  else if (repeats.dim() == 1) {
    if (repeats.size(0) != n)
      throw RuntimeError("repeats must have the same size as input along dim");
  } else {
    throw RuntimeError("repeats must be 0-dim or 1-dim tensor");
  }
  return input.index_select(d, repeat_interleave(counts, output_size));
}

Tensor repeat_interleave(const Tensor& x, int64_t repeats, std::optional<int64_t> dim,
                         std::optional<int64_t> output_size) {
  // a number of repeats fixes the output's size (a recording need not refuse it)
  const int64_t n = dim ? x.size(*dim) : x.numel();
  if (!output_size && repeats >= 0) output_size = repeats * n;
  return repeat_interleave(x, from_vector(std::vector<int64_t>{repeats}), dim, output_size);
}
Tensor Tensor::repeat_interleave(int64_t repeats, std::optional<int64_t> dim,
                                 std::optional<int64_t> output_size) const {
  return ct::repeat_interleave(*this, repeats, dim, output_size);
}
Tensor Tensor::repeat_interleave(const Tensor& repeats, std::optional<int64_t> dim,
                                 std::optional<int64_t> output_size) const {
  return ct::repeat_interleave(*this, repeats, dim, output_size);
}

Tensor Tensor::unflatten(int64_t dim, const Shape& sizes) const {
  return ct::unflatten(*this, dim, sizes);
}
Tensor Tensor::index_select(int64_t dim, const Tensor& index) const {
  return ct::index_select(*this, dim, index);
}
Tensor Tensor::gather(int64_t dim, const Tensor& index) const {
  return ct::gather(*this, dim, index);
}
Tensor Tensor::masked_fill(const Tensor& mask, const Scalar& value) const {
  return ct::masked_fill(*this, mask, value);
}
Tensor Tensor::repeat(const Shape& repeats) const { return ct::repeat(*this, repeats); }
Tensor Tensor::flip(const Shape& dims) const { return ct::flip(*this, dims); }
Tensor Tensor::tril(int64_t k) const { return ct::tril(*this, k); }
Tensor Tensor::triu(int64_t k) const { return ct::triu(*this, k); }

}  // namespace ct

namespace ct::detail {

namespace {
// masked_fill_'s 0-dim value tensor as the Scalar of its dtype.
Scalar scalar_of(const Tensor& v) {
  if (v.dim() != 0)
    throw RuntimeError(
        "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
        std::to_string(v.dim()) + " dimension(s).");
  switch (v.dtype()) {
    case DType::Int64:
    case DType::Int32:
      return v.to(DType::Int64).item<int64_t>();
    case DType::Bool:
      return v.item<bool>();
    default:
      return v.to(DType::Float64).item<double>();
  }
}
}  // namespace

void add_indexing_ops(std::vector<OpInfo>& t) {
  {
    OpInfo op{"gather",     "",  "GatherBackward0", "scatter_add of g into zeros", OpKind::Other,
              Domain::Real, true};
    op.general = [](const std::vector<Tensor>& in) {
      return std::vector<Tensor>{ct::gather(in[0], 1, in[1])};
    };
    op.arity = 2;
    op.samples = [](DType dt) {
      return std::vector<std::vector<Tensor>>{{sample_tensor({3, 4}, Domain::Real, dt, 3),
                                               ct::tensor({{0, 3, 3}, {1, 0, 2}, {2, 2, 1}})}};
    };
    op.python_call = "m.gather(x[0], 1, x[1])";
    t.push_back(op);
  }
  const auto O = OpKind::Other;
  const auto R = Domain::Real;
  add_general(
      t, "index_select", "", "IndexSelectBackward0", "index_add of g into zeros", O, R, true, 2,
      [](const TL& in) { return TL{ct::index_select(in[0], 1, in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 51), ct::tensor({2, 0, 2, 3, 1})},
                       {sample_tensor({4, 3}, Domain::Real, dt, 52).t(), ct::tensor({3})}};
      },
      "m.index_select(x[0], 1, x[1])");
  add_general(
      t, "scatter", "", "ScatterBackward0", "g.scatter(idx, 0), g.gather(idx)", O, R, true, 3,
      [](const TL& in) { return TL{ct::scatter(in[0], 1, in[1], in[2])}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 53), ct::tensor({{0, 2}, {3, 1}, {1, 0}}),
             sample_tensor({3, 2}, Domain::Real, dt, 54)},
            {sample_tensor({4, 3}, Domain::Real, dt, 55).t(), ct::tensor({{3}, {0}}),
             sample_tensor({2, 1}, Domain::Real, dt, 56)}};
      },
      "m.scatter(x[0], 1, x[1], x[2])");
  add_general(
      t, "scatter.value", "", "ScatterBackward1", "g.scatter(idx, 0)", O, R, true, 2,
      [](const TL& in) { return TL{ct::scatter(in[0], 1, in[1], 2.5)}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 57), ct::tensor({{0, 2}, {3, 1}, {1, 0}})}};
      },
      "m.scatter(x[0], 1, x[1], 2.5)");
  add_general(
      t, "scatter_add", "", "ScatterAddBackward0", "g, g.gather(idx)", O, R, true, 3,
      [](const TL& in) { return TL{ct::scatter_add(in[0], 1, in[1], in[2])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 58),
                        ct::tensor({{0, 0, 2}, {3, 1, 3}, {1, 1, 1}}),
                        sample_tensor({3, 3}, Domain::Real, dt, 59)}};
      },
      "m.scatter_add(x[0], 1, x[1], x[2])");
  add_general(
      t, "index_add", "", "IndexAddBackward0", "g, alpha·g.index_select(idx)", O, R, true, 3,
      [](const TL& in) { return TL{ct::index_add(in[0], 0, in[1], in[2], 2.0)}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 60), ct::tensor({2, 0, 2}),
                        sample_tensor({3, 4}, Domain::Real, dt, 61)},
                       {sample_tensor({4, 3}, Domain::Real, dt, 62).t(), ct::tensor({1, 0}, kInt32),
                        sample_tensor({2, 4}, Domain::Real, dt, 63)}};
      },
      "m.index_add(x[0], 0, x[1], x[2], alpha=2.0)");
  add_general(
      t, "masked_fill", "", "MaskedFillBackward0", "where(mask, 0, g)", O, R, true, 2,
      [](const TL& in) { return TL{ct::masked_fill(in[0], in[1], 1.5)}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 64),
             ct::tensor({{1, 0, 1, 0}, {0, 0, 1, 1}, {1, 1, 0, 0}}, kBool)},
            {sample_tensor({4, 3}, Domain::Real, dt, 65).t(), ct::tensor({1, 0, 0, 1}, kBool)}};
      },
      "m.masked_fill(x[0], x[1], 1.5)");
  add_general(
      t, "masked_fill.tensor", "", "MaskedFillBackward1", "where(mask, 0, g); value: sum over mask",
      O, R, true, 3, [](const TL& in) { return TL{ct::masked_fill(in[0], in[1], in[2])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 66),
                        ct::tensor({{1, 0, 1, 0}, {0, 0, 1, 1}, {1, 1, 0, 0}}, kBool),
                        sample_tensor({}, Domain::Real, dt, 67)}};
      },
      "m.masked_fill(x[0], x[1], x[2])");
  add_general(
      t, "masked_select", "", "MaskedSelectBackward0", "masked_scatter of g into zeros", O, R, true,
      2, [](const TL& in) { return TL{ct::masked_select(in[0], in[1])}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 68),
             ct::tensor({{1, 0, 1, 0}, {0, 0, 1, 1}, {1, 1, 0, 0}}, kBool)},
            {sample_tensor({4, 3}, Domain::Real, dt, 69).t(), ct::tensor({1, 0, 0, 1}, kBool)}};
      },
      "m.masked_select(x[0], x[1])");
  add_general(
      t, "masked_scatter", "", "MaskedScatterBackward0", "where(mask, 0, g), masked_select(g)", O,
      R, true, 3, [](const TL& in) { return TL{ct::masked_scatter(in[0], in[1], in[2])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 70),
                        ct::tensor({{1, 0, 1, 0}, {0, 0, 1, 1}, {1, 1, 0, 0}}, kBool),
                        sample_tensor({3, 4}, Domain::Real, dt, 71)}};
      },
      "m.masked_scatter(x[0], x[1], x[2])");
  add_general(
      t, "take_along_dim", "", "GatherBackward0", "composite (gather)", O, R, true, 2,
      [](const TL& in) { return TL{ct::take_along_dim(in[0], in[1], 1)}; },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 72), ct::tensor({{0, 3}, {1, 1}, {2, 0}})},
            {sample_tensor({4, 3}, Domain::Real, dt, 73).t(), ct::tensor({{3}})}};
      },
      "m.take_along_dim(x[0], x[1], 1)");
  add_general(
      t, "repeat_interleave", "", "IndexSelectBackward0",
      "composite (index_select): each group of repeats summed", O, R, true, 1,
      [](const TL& in) { return TL{ct::repeat_interleave(in[0], 2, 1)}; },
      [](DType dt) { return matrix_samples(dt, Domain::Real); }, "m.repeat_interleave(x[0], 2, 1)");
  add_general(
      t, "repeat_interleave.tensor", "", "IndexSelectBackward0",
      "composite (index_select): each group of repeats summed", O, R, true, 2,
      [](const TL& in) { return TL{ct::repeat_interleave(in[0], in[1], 0)}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 74), ct::tensor({2, 0, 1})}};
      },
      "m.repeat_interleave(x[0], x[1], 0)");

  // Python's signatures (in-place variants are methods returning self).
  set_signatures(t, "gather",
                 {{"(Tensor input, int dim, Tensor index)",
                   CT_CALL(ct::gather(a.tensor(0), a.integer(1), a.tensor(2)))}});
  set_signatures(t, "index_select",
                 {{"(Tensor input, int dim, Tensor index)",
                   CT_CALL(ct::index_select(a.tensor(0), a.integer(1), a.tensor(2)))}});
  set_signatures(t, "scatter",
                 {{"(Tensor input, int dim, Tensor index, Tensor src)",
                   CT_CALL(ct::scatter(a.tensor(0), a.integer(1), a.tensor(2), a.tensor(3)))},
                  {"(Tensor input, int dim, Tensor index, Scalar value)",
                   CT_CALL(ct::scatter(a.tensor(0), a.integer(1), a.tensor(2), a.scalar(3)))}});
  set_signatures(t, "scatter_add",
                 {{"(Tensor input, int dim, Tensor index, Tensor src)",
                   CT_CALL(ct::scatter_add(a.tensor(0), a.integer(1), a.tensor(2), a.tensor(3)))}});
  set_signatures(
      t, "index_add",
      {{"(Tensor input, int dim, Tensor index, Tensor source, *, Scalar alpha=1)",
        CT_CALL(ct::index_add(a.tensor(0), a.integer(1), a.tensor(2), a.tensor(3), a.scalar(4)))}});
  set_signatures(
      t, "masked_fill",
      {{"(Tensor input, Tensor mask, Tensor value)",
        CT_CALL(ct::masked_fill(a.tensor(0), a.tensor(1), a.tensor(2)))},
       {"(Tensor input, Tensor mask, Scalar value)",
        CT_CALL(ct::masked_fill(a.tensor(0), a.tensor(1), a.scalar(2)))},
       {"masked_fill_(Tensor self, Tensor mask, Scalar value) -> self",
        CT_CALL(Tensor(a.tensor(0)).masked_fill_(a.tensor(1), a.scalar(2))), Binding::Method},
       {"masked_fill_(Tensor self, Tensor mask, Tensor value) -> self",
        CT_CALL(Tensor(a.tensor(0)).masked_fill_(a.tensor(1), scalar_of(a.tensor(2)))),
        Binding::Method}});
  set_signatures(
      t, "masked_select",
      {{"(Tensor input, Tensor mask)", CT_CALL(ct::masked_select(a.tensor(0), a.tensor(1)))}});
  set_signatures(t, "masked_scatter",
                 {{"(Tensor input, Tensor mask, Tensor source)",
                   CT_CALL(ct::masked_scatter(a.tensor(0), a.tensor(1), a.tensor(2)))}});
  set_signatures(t, "take_along_dim",
                 {{"(Tensor input, Tensor indices, int? dim=None)",
                   CT_CALL(ct::take_along_dim(a.tensor(0), a.tensor(1), a.opt_integer(2)))}});
  set_signatures(t, "repeat_interleave",
                 {{"(Tensor input, Tensor repeats, int? dim=None, *, int? output_size=None)",
                   CT_CALL(ct::repeat_interleave(a.tensor(0), a.tensor(1), a.opt_integer(2),
                                                 a.opt_integer(3)))},
                  {"(Tensor input, int repeats, int? dim=None, *, int? output_size=None)",
                   CT_CALL(ct::repeat_interleave(a.tensor(0), a.integer(1), a.opt_integer(2),
                                                 a.opt_integer(3)))},
                  {"(Tensor input, *, int? output_size=None)",
                   CT_CALL(ct::repeat_interleave(a.tensor(0), a.opt_integer(1)))}});

  // gather: x (3, 4), index (3, 3)
  set_calls(
      t, "gather",
      {"m.gather(x[0], 1, x[1][:, :2])",
       "x[0].gather(-2, x[1][:1] % 3)",
       "m.gather(x[0].t(), 1, x[1].t() % 3)",
       "m.gather(" CT_INT_X0 ", 1, x[1])",
       "m.gather(x[0], 1, x[1] + 4)",
       "m.gather(x[0], 1, x[1] - 5)",
       "m.gather(x[0], 1, x[1].float())  # edges: torch returns early on a zero-element tensor "
       "without checking the dtypes or dims; cotangent checks them",
       "m.gather(x[0], 1, x[1][0])",
       "m.gather(x[0], 2, x[1])",
       "m.gather(x[0], 1, x[1].int())  # edges: torch returns early on a zero-element tensor "
       "without checking the dtypes or dims; cotangent checks them",
       "x[0].gather(1, x[1][:, :1].expand(3, 2))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 3], [0, 0, "
       "0]]))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, -1, 0], [0, 0, "
       "0]]))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((2, 3)))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0, 1, 2]))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((2, 3, 1), "
       "dtype=m.int64))",
       "m.gather(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((3, 4), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).gather(1, m.tensor([[0, 1, 3], [0, 0, 0]]))",
       "m.gather(m.tensor(0.5), 0, m.tensor(1))",
       "m.gather(m.tensor(0.5), 0, m.tensor(2))",
       "m.gather(m.zeros((0, 3)), 0, m.zeros((0,), dtype=m.int64).view((0, 1)))"});
  // scatter: x (3, 4), index (3, 2), src (3, 2)
  set_calls(t, "scatter",
            {"m.scatter(x[0], 1, x[1], 0.5)", "m.scatter(x[0], 0, x[1] % 3, x[2])",
             "m.scatter(x[0], 1, x[1] + 4, x[2])", "m.scatter(x[0], 1, x[1], x[2].float())",
             "m.scatter(x[0], 0, m.zeros_like(x[0], dtype=m.int64), 1.5)",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 3], [0, "
             "0, 0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, -1, 0], [0, "
             "0, 0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((2, 3)), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((3, 4), "
             "dtype=m.int64), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.ones((4, 5)), 1, m.zeros((3, 4), dtype=m.int64), m.tensor([[0.1, 0.2, "
             "0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 2], [2, "
             "1, 0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0, 1, 2]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 3], [0, "
             "0, 0]]), 2.0)",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, -1, 0], [0, "
             "0, 0]]), 2.0)",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((3, 4), "
             "dtype=m.int64), 2.0)",
             "m.scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, m.tensor([[0, 1, 2], [2, "
             "1, 0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))"});
  // scatter_add: x (3, 4), index (3, 3), src (3, 3)
  set_calls(
      t, "scatter_add",
      {"m.scatter_add(x[0], 0, x[1] % 3, x[2])", "m.scatter_add(x[0], 1, x[1][:, :1], x[2])",
       "m.scatter_add(x[0], 1, x[1] + 4, x[2])", "m.scatter_add(x[0].t(), 1, x[1].t() % 3, x[2])",
       "m.scatter_add(x[0], 1, x[1].int(), x[2])  # edges: torch returns early on a zero-element "
       "tensor without checking the dtypes or dims; cotangent checks them",
       "m.scatter_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 3], [0, 0, "
       "0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.scatter_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, -1, 0], [0, "
       "0, 0]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.scatter_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1, 2], [2, 1, "
       "0]]), m.tensor([[1, 2, 3], [4, 5, 6]]))",
       "m.scatter_add(m.ones((4, 5)), 1, m.zeros((3, 4), dtype=m.int64), m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]]))"});
  // index_select: x (3, 4), index (5,)
  set_calls(
      t, "index_select",
      {"m.index_select(x[0], 0, x[1] % 3)",
       "x[0].index_select(1, x[1][0])",
       "x[0].t().index_select(1, x[1] % 3)",
       "m.index_select(x[0], 0, x[1] + 3)",
       "m.index_select(x[0], 0, x[1] - 9)",
       "m.index_select(x[0], 0, x[1].float())",
       "m.index_select(x[0], 0, x[1].reshape(1, -1))",
       "x[0].index_select(1, x[1].int())",
       "x[0].index_select(1, x[1])",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, m.tensor([0]))",
       "m.index_select(m.zeros((0, 3)), 2, m.tensor([0]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3, m.tensor([0]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0]))",
       "m.index_select(m.tensor(0.5), 1, m.tensor([0]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808, "
       "m.tensor([0]))",
       "m.index_select(m.tensor(0.5), 0, m.tensor([0]))",
       "m.index_select(m.tensor(0.5), -1, m.tensor([0]))",
       "m.index_select(m.tensor(0.5), -2, m.tensor([0]))",
       "m.index_select(m.tensor([1.0, 2.0, 3.0]), 1, m.tensor([0]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0, 5]))  # "
       "differs (IndexError): docs/semantics.md, Error strictness: out-of-range index_select "
       "raises IndexError (torch: RuntimeError)",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([-1, 0]))  # "
       "differs (IndexError): docs/semantics.md, Error strictness: out-of-range index_select "
       "raises IndexError (torch: RuntimeError)",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0.0, 1.0]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([True, False]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([[0, 1]]))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor(1))",
       "m.index_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.zeros((0,), "
       "dtype=m.int64))",
       "m.index_select(m.zeros((0, 3)), 0, m.tensor([0, 1]))  # differs (IndexError): "
       "docs/semantics.md, Error strictness: out-of-range index_select raises IndexError (torch: "
       "RuntimeError)",
       "m.index_select(m.tensor(0.5), 0, m.tensor([0, 1]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).index_select(1, m.tensor([0, 5]))  # differs "
       "(IndexError): docs/semantics.md, Error strictness: out-of-range index_select raises "
       "IndexError (torch: RuntimeError)",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().index_select(0, m.tensor([0, 5]))",
       "m.index_select(x[0], 0, x[1].float())",
       "x[0].index_select(0, " CT_INT32("[0]") ")"});
  // index_add: x (3, 4), index (3,), src (3, 4)
  set_calls(t, "index_add",
            {"m.index_add(x[0], 0, x[1], x[2])", "m.index_add(x[0], 0, x[1] * 0, x[2], alpha=2)",
             "x[0].index_add(1, x[1] % 4, x[2][:, :x[1].shape[0]])",
             "m.index_add(x[0], 0, x[1] + 3, x[2])", "m.index_add(x[0], 0, x[1][:1], x[2])",
             "x[0].index_add(1, x[1] % 4, x[0][:, :x[1].shape[0]], alpha=2)",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([0, 5]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, m.tensor([0, 5]), "
             "m.tensor([[1.0, 2.0], [3.0, 4.0]]))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([-1, 0]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([0.0, 1.0]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([0, 1]), "
             "m.ones((4, 5)))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([0, 1]), "
             "m.ones((1,)))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([0, 1]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64))",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, m.tensor([[0, 1]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))  # message: cotangent: index_add_(): "
             "Index is supposed to be a vector",
             "m.index_add(m.tensor([[1, 2, 3], [4, 5, 6]]), 0, m.tensor([0, 1]), m.tensor([[1, 2, "
             "3], [4, 5, 6]]), alpha=0.5)  # bug (returns): a float alpha on int64 tensors: "
             "cotangent adds trunc(alpha * source) (1 3 4 6 7 9); PyTorch casts alpha to int64 (0) "
             "and leaves self as it was",
             "m.index_add(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, m.tensor([0, 1]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.index_add(m.zeros(3), 0, " CT_INT32("[0, 0]") ", m.ones(2))",
             "m.index_add(x[0], 0, x[1].float(), x[2])"});
  // masked_fill: x (3, 4), mask (3, 4) or (4,)
  set_calls(t, "masked_fill",
            {"x[0].masked_fill(x[1], -1.0)  # edges: torch 1.13 reads a float or int64 mask's "
             "bytes as bools; cotangent refuses a mask that is not bool (docs/semantics.md)",
             "m.nn.functional.softmax(x[0].masked_fill(x[1], float('-inf')), 1)  # edges: torch "
             "1.13 reads a float or int64 mask's bytes as bools; cotangent refuses a mask that is "
             "not bool (docs/semantics.md)",
             "m.masked_fill(x[0], x[1], m.tensor(2.0, dtype=x[0].dtype))  # edges: torch 1.13 "
             "reads a float or int64 mask's bytes as bools; cotangent refuses a mask that is not "
             "bool (docs/semantics.md)",
             "m.masked_fill(" CT_INT_X0 ", x[1], 7)"
             "  # edges: torch 1.13 reads a float or int64 mask's bytes as bools; cotangent "
             "refuses a mask that is not bool (docs/semantics.md)",
             "x[0].masked_fill(x[1][..., :3], 0.0)",
             "m.masked_fill(x[0], x[1], x[0][0])",
             "x[0].detach().masked_fill_(x[1], 0.5)  # edges: torch 1.13 reads a float or int64 "
             "mask's bytes as bools; cotangent refuses a mask that is not bool (docs/semantics.md)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().masked_fill(x[1], 2.5)  # edges: torch 1.13 "
             "reads a float or int64 mask's bytes as bools; cotangent refuses a mask that is not "
             "bool (docs/semantics.md)",
             "(lambda z: z.masked_fill_(x[1], 1.5) is z and z._version > 0 and z)(x[0] * 1)  # "
             "edges: torch 1.13 reads a float or int64 mask's bytes as bools; cotangent refuses a "
             "mask that is not bool (docs/semantics.md)",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.ones((4, 5)) > 0.3), "
             "m.tensor(1.0))",
             "m.masked_fill(x[0], (x[1] > 0.3), m.tensor(1.0))",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.tensor([1.0, 2.0]) > "
             "0.3), m.tensor(1.0))",
             "m.masked_fill(m.tensor([[1, 2, 3], [4, 5, 6]]), (m.zeros((2, 3), dtype=m.int64) > "
             "0.3), m.tensor(1.0))",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.tensor([1.0, 2.0, "
             "3.0]) > 0.3), m.tensor(1.0))",
             "m.masked_fill(m.ones((2, 3, 3)), (m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) > "
             "0.3), m.tensor(1.0))",
             "m.masked_fill(x[0], (x[0] > 0), 2.5)",
             "x[0].masked_fill((x[0] > 0), 2.5)",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[1, 2, 3], [4, "
             "5, 6]]), 1.0)  # message: cotangent: masked_fill_ only supports boolean masks, but "
             "got mask with dtype int64",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, "
             "0.3], [0.4, 0.5, 0.6]]), 1.0)  # message: cotangent: masked_fill_ only supports "
             "boolean masks, but got mask with dtype float32",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5), "
             "dtype=m.bool), 1.0)",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3), "
             "dtype=m.bool), 1.0)",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((1, 2, 3), "
             "dtype=m.bool), 1.0)",
             "m.masked_fill(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[True, False, "
             "True], [False, True, False]]), m.tensor([1.0, 2.0]))",
             "m.masked_fill(m.tensor([[1, 2, 3], [4, 5, 6]]), m.tensor([[True, False, True], "
             "[False, True, False]]), 0.5)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).masked_fill(m.tensor([[1, 2, 3], [4, 5, "
             "6]]), 1.0)  # message: cotangent: masked_fill_ only supports boolean masks, but got "
             "mask with dtype int64",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).masked_fill_(m.tensor([[1, 2, 3], [4, "
             "5, 6]]), 1.0)  # message: cotangent: masked_fill_ only supports boolean masks, but "
             "got mask with dtype int64",
             "m.tensor([0.1, 0.2, 0.3]).expand((2, 3)).masked_fill_(m.tensor([[True, False, True], "
             "[False, True, False]]), 1.0)  # bug (RuntimeError): masked_fill_ on an expanded "
             "(self-overlapping) tensor refuses; PyTorch fills it",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).masked_fill_(m.ones((4, 5), "
             "dtype=m.bool), 1.0)  # message: cotangent: The size of tensor a (4) must match the "
             "size of tensor b (2) at non-singleton dimension 0",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).masked_fill_(m.ones((2, 3, 3), "
             "dtype=m.bool), 1.0)  # message: cotangent: The size of tensor a (3) must match the "
             "size of tensor b (2) at non-singleton dimension 1",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
             "0.6]]).requires_grad_().masked_fill_(m.tensor([[True, False, True], [False, True, "
             "False]]), 1.0)"});
  set_calls(
      t, "masked_select",
      {"m.masked_select(x[0], x[1][-1])",
       "m.masked_select(x[0], x[1].logical_and(x[1].logical_not()))",
       "m.masked_select(x[0], x[1].float())",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.ones((4, 5)) > 0.3))",
       "m.masked_select(x[0], (x[1] > 0.3))",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.tensor([1.0, 2.0]) > "
       "0.3))",
       "m.masked_select(m.tensor([[1, 2, 3], [4, 5, 6]]), (m.zeros((2, 3), dtype=m.int64) > 0.3))",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.tensor([1.0, 2.0, 3.0]) > "
       "0.3))",
       "m.masked_select(m.ones((2, 3, 3)), (m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]) > 0.3))",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[1, 2, 3], [4, 5, "
       "6]]))",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5), "
       "dtype=m.bool))",
       "m.masked_select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3, 3), "
       "dtype=m.bool))"});
  set_calls(t, "masked_scatter",
            {"m.masked_scatter(x[0], x[1][0], x[2])  # edges: torch 1.13 reads a float or int64 "
             "mask's bytes as bools; cotangent refuses a mask that is not bool (docs/semantics.md)",
             "x[0].masked_scatter(x[1], x[2][:1])  # edges: torch 1.13 reads a float or int64 "
             "mask's bytes as bools; cotangent refuses a mask that is not bool (docs/semantics.md)",
             "x[0].masked_scatter(x[0] > 0, x[0] * 3)",
             "m.masked_scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3), "
             "dtype=m.bool), m.tensor([1.0, 2.0]))",
             "m.masked_scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((2, 3), "
             "dtype=m.bool), m.zeros((0,)))",
             "m.masked_scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[1, 2, 3], "
             "[4, 5, 6]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))  # message: cotangent: "
             "masked_scatter: expected BoolTensor for mask",
             "m.masked_scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[True, "
             "False, True], [False, True, False]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], "
             "dtype=m.float64))",
             "m.masked_scatter(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5), "
             "dtype=m.bool), m.ones((4, 5)))"});
  // take_along_dim: x (3, 4), indices (3, 2)
  set_calls(
      t, "take_along_dim",
      {"m.take_along_dim(x[0], x[1][:, :1], 1)", "m.take_along_dim(x[0], x[1].t() % 3, 0)",
       "m.take_along_dim(x[0], x[1])", "m.take_along_dim(x[0], x[1][:1], 1)",
       "m.take_along_dim(x[0], x[1].float(), 1)", "m.take_along_dim(x[0], x[1][0], 1)",
       "m.take_along_dim(x[0], m.tensor([5, 0]))",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0, 1, 3], [0, 0, "
       "0]]), 1)",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0, -1, 0], [0, "
       "0, 0]]), 1)",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (m.tensor([0, 5]) * 2))",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.zeros((2, 3)), 1)",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 1, 2]), 1)",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0, 1, 2], [2, 1, "
       "0]]), 2)",
       "m.take_along_dim(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.zeros((3, 4), "
       "dtype=m.int64), 1)"});
  set_calls(t, "repeat_interleave",
            {"x[0].repeat_interleave(2)",
             "m.repeat_interleave(x[0], -1)",
             "m.repeat_interleave(x[0], m.tensor([1, 2, 3]), 1)",
             "m.repeat_interleave(x[0][0], m.ones(2, 2, dtype=m.int64))",
             "m.repeat_interleave(x[0][0], x[0][0])",
             "m.repeat_interleave(m.tensor([[1, 2]]))",
             "m.repeat_interleave(x[0], 2, output_size=4)  # edges: torch returns early on a "
             "zero-element tensor without checking the dtypes or dims; cotangent checks them",
             "m.repeat_interleave(m.tensor([1, 0, 3]))",
             "m.repeat_interleave(" CT_INT32("[1, 2]") ")",
             "m.repeat_interleave(x[0], 2)",
             "m.repeat_interleave(x[0], 3, dim=0)",
             "m.repeat_interleave(x[0], 2, dim=-1)",
             "m.repeat_interleave(x[0], m.tensor([1, 0, 2, 3]), dim=1)",
             "m.repeat_interleave(x[0], m.tensor([1, 0, 2, 3]), dim=1, output_size=6)",
             "m.repeat_interleave(x[0], m.tensor([2]), dim=0)",
             "m.repeat_interleave(x[0], m.tensor(2), dim=1)",
             "m.repeat_interleave(x[0], m.arange(12))",
             "x[0].repeat_interleave(2, 0)",
             "x[0].repeat_interleave(m.tensor([0, 0, 1]), dim=0)",
             "m.repeat_interleave(x[0], repeats=2)",
             "m.repeat_interleave(x[0] > 1, 2)",
             "m.repeat_interleave(m.tensor([1, 2]), output_size=3)",
             "m.repeat_interleave(m.tensor([], dtype=m.int64))",
             "m.repeat_interleave(x[0], m.tensor([1, -2, 1, 1]), dim=1)",
             "m.repeat_interleave(x[0], m.tensor([1, 2]), dim=1)",
             "m.repeat_interleave(x[0], m.tensor([1, 2]))",
             "m.repeat_interleave(x[0], m.tensor([1.0, 2, 1, 1]), dim=1)",
             "m.repeat_interleave(x[0], m.tensor([True, False, True, True]), dim=1)",
             "m.repeat_interleave(x[0], m.tensor([[1, 2]]), dim=0)",
             "m.repeat_interleave(x[0], 2, dim=2)",
             "m.repeat_interleave(m.tensor(3))",
             "m.repeat_interleave(m.tensor([1.0, 2.0]))",
             "m.repeat_interleave(m.tensor([1, -2]))",
             "m.repeat_interleave(m.tensor(3.0), 2, dim=0)"});

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "repeat_interleave.tensor", {"x[0].repeat_interleave(x[1].int(), dim=0)"});
  set_calls(t, "scatter.value", {"x[0].scatter(1, x[1][:, :1], 7.0)"});
}
}  // namespace ct::detail
