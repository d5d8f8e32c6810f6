// Reductions beyond sum/mean, scans, and their derivatives.
#include <limits>

#include "core/recorder.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

namespace ct {

namespace {

// x rearranged as K rows of R contiguous elements: kept dims first (in
// order), reduced dims last. keep_shape has the reduced dims as size 1.
struct Rows {
  Tensor data;
  Shape keep_shape;
  int64_t K = 1, R = 1;
};

Rows rows_of(const Tensor& x, const std::vector<bool>& mask) {
  Rows r;
  Shape sizes, strides;
  r.keep_shape = x.shape();
  for (int pass = 0; pass < 2; ++pass)
    for (int64_t d = 0; d < x.dim(); ++d)
      if (mask[d] == (pass == 1)) {
        sizes.push_back(x.shape()[d]);
        strides.push_back(x.strides()[d]);
        if (pass == 1) r.keep_shape[d] = 1;
      }
  r.K = r.keep_shape.numel();
  r.R = r.K == 0 ? 0 : x.numel() / std::max<int64_t>(r.K, 1);
  if (x.numel() == 0) {
    Shape reduced;
    for (int64_t d = 0; d < x.dim(); ++d)
      if (mask[d]) reduced.push_back(x.shape()[d]);
    r.R = reduced.numel();  // saturating
  }
  Tensor permuted = make_view(x, sizes, strides, x.storage_offset());
  if (permuted.is_contiguous()) {
    r.data = permuted;
  } else {
    r.data = make_empty(sizes, x.dtype());
    kernels::copy_into(r.data, permuted);
  }
  return r;
}

Tensor finish(const Tensor& keep, const std::vector<bool>& mask, bool keepdim) {
  if (keepdim) return keep;
  Shape s = drop_dims(keep.shape(), mask);
  return make_view(keep, s, contiguous_strides(s), 0);
}

void require_nonempty(const Rows& r, const char* op, int64_t dim_or_minus1) {
  if (r.R == 0 && r.K > 0) {
    if (dim_or_minus1 < 0)
      throw RuntimeError(std::string(op) +
                         "(): Expected reduction dim to be specified for input.numel() == 0. "
                         "Specify the reduction dim with the 'dim' argument.");
    throw IndexError(std::string(op) + "(): Expected reduction dim " +
                     std::to_string(dim_or_minus1) + " to have non-zero size.");
  }
}

// Values and first index of the extreme along each row (NaN wins, as in torch).
std::pair<Tensor, Tensor> extreme_rows(const Rows& r, DType dtype, bool is_max) {
  Tensor vals = make_empty(r.keep_shape, dtype), idx = make_empty(r.keep_shape, DType::Int64);
  int64_t* pi = static_cast<int64_t*>(idx.raw_data_ptr());
  CT_DISPATCH_ALL(dtype, [&] {
    const scalar_t* p = static_cast<const scalar_t*>(r.data.raw_data_ptr());
    scalar_t* pv = static_cast<scalar_t*>(vals.raw_data_ptr());
    for (int64_t k = 0; k < r.K; ++k) {
      const scalar_t* row = p + k * r.R;
      int64_t best = 0;
      for (int64_t j = 1; j < r.R; ++j) {
        if constexpr (std::is_floating_point_v<scalar_t>)
          if (std::isnan(row[best])) break;
        bool better = is_max ? row[j] > row[best] : row[j] < row[best];
        if constexpr (std::is_floating_point_v<scalar_t>) better = better || std::isnan(row[j]);
        if (better) best = j;
      }
      pv[k] = row[best];
      pi[k] = best;
    }
  });
  return {vals, idx};
}

template <class T>
bool simd_extreme(const T*, int64_t, bool, T*) {
  return false;
}
bool simd_extreme(const float* row, int64_t n, bool is_max, float* out) {
  return kernels::row_extreme(row, n, is_max, out);
}

// Values only (amax/amin), in a loop the compiler vectorizes: a plain
// compare-and-select, with NaNs counted on the side (a NaN wins, as in torch).
Tensor extreme_values(const Rows& r, DType dtype, bool is_max) {
  Tensor vals = make_empty(r.keep_shape, dtype);
  CT_DISPATCH_ALL(dtype, [&] {
    using T = scalar_t;
    const T* p = static_cast<const T*>(r.data.raw_data_ptr());
    T* pv = static_cast<T*>(vals.raw_data_ptr());
    for (int64_t k = 0; k < r.K; ++k) {
      const T* row = p + k * r.R;
      T m = row[0];
      int64_t nans = 0;
      if (simd_extreme(row, r.R, is_max, &pv[k])) continue;
      if (is_max) {
        for (int64_t j = 0; j < r.R; ++j) {
          m = row[j] > m ? row[j] : m;
          if constexpr (std::is_floating_point_v<T>) nans += row[j] != row[j];
        }
      } else {
        for (int64_t j = 0; j < r.R; ++j) {
          m = row[j] < m ? row[j] : m;
          if constexpr (std::is_floating_point_v<T>) nans += row[j] != row[j];
        }
      }
      if constexpr (std::is_floating_point_v<T>)
        if (nans) m = std::numeric_limits<T>::quiet_NaN();
      pv[k] = m;
    }
  });
  return vals;
}

// The gradient of amax/amin and full max/min: split evenly among ties. A
// NaN maximum of the whole tensor is shared by the NaNs (torch's
// evenly_distribute_backward); amax's over dims is NaN there, as torch's.
Tensor evenly_distribute(const Tensor& g_keep, const Tensor& x, const Tensor& out_keep,
                         const Shape& dims_all, bool nan_ties = false) {
  Tensor mask = (x == out_keep);
  if (nan_ties) mask = logical_or(mask, logical_and(isnan(x), isnan(out_keep)));
  return g_keep * mask / mask.sum(dims_all, true);
}

Shape all_dims(int64_t rank) {
  Shape d;
  for (int64_t i = 0; i < rank; ++i) d.push_back(i);
  return d;
}

}  // namespace

// ---------------------------------------------------------------- prod

namespace {
// d prod / dx along dim: the product of all other elements, computed with
// exclusive cumulative products from both sides so zeros are handled.
Tensor prod_backward(const Tensor& g_keep, const Tensor& x, int64_t dim) {
  const int64_t n = x.shape()[dim];
  if (n == 0) return zeros_like(x);
  Tensor ones = ones_like(x.narrow(dim, 0, 1));
  Tensor left = cat({ones, x.narrow(dim, 0, n - 1)}, dim).cumprod(dim);
  Tensor right = cat({x.narrow(dim, 1, n - 1), ones}, dim).flip({dim}).cumprod(dim).flip({dim});
  return g_keep * (left * right);
}

// torch's prod_backward: out / x where no element is zero; the products of
// the others where one is (for the whole tensor, zeros when two or more are
// and no graph of the backward is wanted). They differ at NaN and infinity.
Tensor prod_backward_impl(const Tensor& g_keep, const Tensor& x, const Tensor& out_keep,
                          int64_t dim, bool whole) {
  const int64_t zeros_in_x = (x == 0.0).sum().item<int64_t>();
  if (zeros_in_x == 0) return g_keep * (out_keep / x);
  if (whole && zeros_in_x > 1 && !is_grad_enabled()) return zeros_like(x);
  return prod_backward(g_keep, x, dim);
}
// One opaque primitive: a replay counts the zeros of its own x again.
Tensor prod_backward(const Tensor& g_keep, const Tensor& x, const Tensor& out_keep, int64_t dim,
                     bool whole) {
  return opaque_primitive("prod_backward", "ProdBackwardBackward0", {g_keep, x, out_keep},
                          [dim, whole](const std::vector<Tensor>& in) {
                            return prod_backward_impl(in[0], in[1], in[2], dim, whole);
                          });
}

Tensor prod_kernel(const Tensor& x, const std::vector<bool>& mask) {
  Rows r = rows_of(x, mask);
  DType dt = x.is_floating_point() ? x.dtype() : DType::Int64;
  Tensor out = make_empty(r.keep_shape, dt);
  CT_DISPATCH_ALL(x.dtype(), [&] {
    using T = scalar_t;
    using A = std::conditional_t<std::is_floating_point_v<T>, double, uint64_t>;
    const T* p = static_cast<const T*>(r.data.raw_data_ptr());
    CT_DISPATCH_ALL(dt, [&] {
      scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
      for (int64_t k = 0; k < r.K; ++k) {
        A acc = 1;
        for (int64_t j = 0; j < r.R; ++j) acc *= static_cast<A>(p[k * r.R + j]);
        po[k] = static_cast<scalar_t>(acc);
      }
    });
  });
  return out;
}
}  // namespace

Tensor prod(const Tensor& x) {
  CT_TRACE_BATCHED((ct::prod(example_rows(b), 1, false)), Tensor, "prod", (x), ct::prod(in[0]));
  std::vector<bool> mask(x.dim(), true);
  Tensor out = finish(prod_kernel(x, mask), mask, false);
  if (needs_grad(x)) {
    auto node = record("ProdBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      if (x.dim() == 0) return {c.grad()};
      return {prod_backward(c.grad(), x.reshape({-1}), c.saved(1), 0, true).reshape(x.shape())};
    });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

Tensor prod(const Tensor& x, int64_t dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::prod(b.in[0], b.dim(dim), keepdim))),
      Tensor, "prod", (x), ct::prod(in[0], dim, keepdim));
  dim = wrap_dim(dim, x.dim());
  std::vector<bool> mask = dim_mask({dim}, x.dim());
  Tensor out = finish(prod_kernel(x, mask), mask, keepdim);
  if (needs_grad(x)) {
    const bool scalar = x.dim() == 0;
    auto node =
        record("ProdBackward1", {&x}, out, [dim, keepdim, scalar](BackwardCtx& c) -> TensorList {
          Tensor x = c.saved(0);
          if (scalar) return {c.grad()};
          Tensor g = keepdim ? c.grad() : c.grad().unsqueeze(dim);
          Tensor o = keepdim ? c.saved(1) : c.saved(1).unsqueeze(dim);
          return {prod_backward(g, x, o, dim, false)};
        });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

// ---------------------------------------------------------------- max / min

namespace {
Tensor full_extreme(const Tensor& x, bool is_max) {
  std::vector<bool> mask(x.dim(), true);
  Rows r = rows_of(x, mask);
  if (x.numel() == 0)
    throw RuntimeError(std::string(is_max ? "max" : "min") +
                       "(): Expected reduction dim to be specified for input.numel() == 0. Specify "
                       "the reduction dim with the 'dim' argument.");
  Tensor out = finish(extreme_values(r, x.dtype(), is_max), mask, false);
  if (needs_grad(x)) {
    auto node = record(
        is_max ? "MaxBackward1" : "MinBackward1", {&x}, out, [](BackwardCtx& c) -> TensorList {
          Tensor x = c.saved(0);
          return {evenly_distribute(c.grad(), x, c.saved(1), all_dims(x.dim()), true)};
        });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

std::tuple<Tensor, Tensor> dim_extreme(const Tensor& x, int64_t dim, bool keepdim, bool is_max) {
  dim = wrap_dim(dim, x.dim());
  std::vector<bool> mask = dim_mask({dim}, x.dim());
  Rows r = rows_of(x, mask);
  require_nonempty(r, is_max ? "max" : "min", dim);
  auto [v, i] = extreme_rows(r, x.dtype(), is_max);
  Tensor values = finish(v, mask, keepdim), indices = finish(i, mask, keepdim);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    const bool scalar = x.dim() == 0;
    record(is_max ? "MaxBackward0" : "MinBackward0", {&x}, values,
           [in_shape, dim, keepdim, scalar](BackwardCtx& c) -> TensorList {
             if (scalar) return {c.grad()};
             Tensor g = keepdim ? c.grad() : c.grad().unsqueeze(dim);
             Tensor idx = keepdim ? c.saved(0) : c.saved(0).unsqueeze(dim);
             return {scatter(zeros(in_shape, g.dtype()), dim, idx, g)};
           })
        ->save(indices);
  }
  return {values, indices};
}

Tensor amax_amin(const Tensor& x, const Shape& dims, bool keepdim, bool is_max) {
  std::vector<bool> mask = dim_mask(dims, x.dim());
  Rows r = rows_of(x, mask);
  require_nonempty(r, is_max ? "amax" : "amin", dims.empty() ? -1 : dims[0]);
  Tensor out = finish(extreme_values(r, x.dtype(), is_max), mask, keepdim);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    Shape reduced;
    for (int64_t d = 0; d < x.dim(); ++d)
      if (mask[d]) reduced.push_back(d);
    auto node =
        record(is_max ? "AmaxBackward0" : "AminBackward0", {&x}, out,
               [in_shape, mask, keepdim, reduced](BackwardCtx& c) -> TensorList {
                 Tensor x = c.saved(0);
                 Tensor g = expand_reduced(c.grad(), in_shape, mask, keepdim);
                 Tensor o = expand_reduced(c.saved(1), in_shape, mask, keepdim);
                 Tensor m = (x == o);
                 return {g * m / expand_reduced(m.sum(reduced, true), in_shape, mask, true)};
               });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

Tensor arg_extreme(const Tensor& x, std::optional<int64_t> dim, bool keepdim, bool is_max) {
  if (x.dtype() == DType::Bool)
    throw RuntimeError(std::string("\"") + (is_max ? "argmax" : "argmin") +
                       "_cpu\" not implemented for 'Bool'");
  if (!dim) {
    Tensor flat = x.reshape({-1});
    std::vector<bool> mask(1, true);
    Rows r = rows_of(flat, mask);
    if (x.numel() == 0)
      throw IndexError(std::string(is_max ? "argmax" : "argmin") +
                       "(): Expected reduction dim to be specified for input.numel() == 0.");
    Tensor i = extreme_rows(r, x.dtype(), is_max).second;
    if (keepdim) return i.reshape(Shape(static_cast<size_t>(x.dim()), 1));
    return i.reshape({});
  }
  if (x.dim() > 0 && x.numel() == 0) {  // the message names argmax/argmin, not max/min
    const int64_t d = wrap_dim(*dim, x.dim());
    if (x.shape()[d] == 0 && x.shape().numel() == 0) {
      int64_t others = 1;
      for (int64_t k = 0; k < x.dim(); ++k)
        if (k != d) others *= x.shape()[k];
      if (others > 0)
        throw IndexError(std::string(is_max ? "argmax" : "argmin") + "(): Expected reduction dim " +
                         std::to_string(d) + " to have non-zero size.");
    }
  }
  return std::get<1>(dim_extreme(x.detach(), *dim, keepdim, is_max));
}
}  // namespace

Tensor max(const Tensor& x) {
  CT_TRACE_BATCHED((ct::amax(example_rows(b), {1}, false)), Tensor, "max", (x), ct::max(in[0]));
  return full_extreme(x, true);
}
Tensor min(const Tensor& x) {
  CT_TRACE_BATCHED((ct::amin(example_rows(b), {1}, false)), Tensor, "min", (x), ct::min(in[0]));
  return full_extreme(x, false);
}
std::tuple<Tensor, Tensor> max(const Tensor& x, int64_t dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::max(b.in[0], b.dim(dim), keepdim))),
      detail::TensorPair, "max", (x), ct::max(in[0], dim, keepdim));
  return dim_extreme(x, dim, keepdim, true);
}
std::tuple<Tensor, Tensor> min(const Tensor& x, int64_t dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::min(b.in[0], b.dim(dim), keepdim))),
      detail::TensorPair, "min", (x), ct::min(in[0], dim, keepdim));
  return dim_extreme(x, dim, keepdim, false);
}
Tensor amax(const Tensor& x, const Shape& dims, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::amax(b.in[0], b.dims_or_all(dims), keepdim))),
      Tensor, "amax", (x), ct::amax(in[0], dims, keepdim));
  return amax_amin(x, dims, keepdim, true);
}
Tensor amin(const Tensor& x, const Shape& dims, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::amin(b.in[0], b.dims_or_all(dims), keepdim))),
      Tensor, "amin", (x), ct::amin(in[0], dims, keepdim));
  return amax_amin(x, dims, keepdim, false);
}
Tensor argmax(const Tensor& x, std::optional<int64_t> dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (dim       ? (b.ranks[0] == 0 ? by_example()
                                    : detail::as_list(ct::argmax(b.in[0], b.dim(*dim), keepdim)))
       : keepdim ? by_example()
                 : detail::as_list(ct::argmax(example_rows(b), 1, false))),
      Tensor, "argmax", (x), ct::argmax(in[0], dim, keepdim));
  return arg_extreme(x, dim, keepdim, true);
}
Tensor argmin(const Tensor& x, std::optional<int64_t> dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (dim       ? (b.ranks[0] == 0 ? by_example()
                                    : detail::as_list(ct::argmin(b.in[0], b.dim(*dim), keepdim)))
       : keepdim ? by_example()
                 : detail::as_list(ct::argmin(example_rows(b), 1, false))),
      Tensor, "argmin", (x), ct::argmin(in[0], dim, keepdim));
  return arg_extreme(x, dim, keepdim, false);
}

// ---------------------------------------------------------------- var / std / norm / logsumexp

namespace {
int64_t reduced_count(const Tensor& x, const std::vector<bool>& mask) {
  int64_t n = 1;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (mask[d]) n *= x.shape()[d];
  return n;
}
Shape mask_dims(const std::vector<bool>& mask) {
  Shape d;
  for (size_t i = 0; i < mask.size(); ++i)
    if (mask[i]) d.push_back(static_cast<int64_t>(i));
  return d;
}
}  // namespace

Tensor var(const Tensor& x, const Shape& dims, int64_t correction, bool keepdim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example()
                                    : detail::as_list(ct::var(b.in[0], b.dims_or_all(dims),
                                                              correction, keepdim))),
                   Tensor, "var", (x), ct::var(in[0], dims, correction, keepdim));
  if (!x.is_floating_point())
    throw RuntimeError("std and var only support floating point and complex dtypes");
  std::vector<bool> mask = dim_mask(dims, x.dim());
  const Shape rd = mask_dims(mask);
  const double denom =
      std::max<double>(0.0, static_cast<double>(reduced_count(x, mask) - correction));
  Tensor out;
  {
    InternalGuard g;
    Tensor centered = x - x.mean(rd, true);
    out = (centered * centered).sum(rd, keepdim) / denom;
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    record("VarBackward0", {&x}, out,
           [in_shape, mask, keepdim, rd, denom](BackwardCtx& c) -> TensorList {
             Tensor x = c.saved(0);
             Tensor g = expand_reduced(c.grad(), in_shape, mask, keepdim);
             return {g * (2.0 / denom) * (x - x.mean(rd, true))};
           })
        ->save(x);
  }
  return out;
}

Tensor std(const Tensor& x, const Shape& dims, int64_t correction, bool keepdim) {
  CT_TRACE_BATCHED((b.ranks[0] == 0 ? by_example()
                                    : detail::as_list(ct::std(b.in[0], b.dims_or_all(dims),
                                                              correction, keepdim))),
                   Tensor, "std", (x), ct::std(in[0], dims, correction, keepdim));
  std::vector<bool> mask = dim_mask(dims, x.dim());
  const Shape rd = mask_dims(mask);
  const double denom =
      std::max<double>(0.0, static_cast<double>(reduced_count(x, mask) - correction));
  Tensor out;
  {
    InternalGuard g;
    out = var(x, dims, correction, keepdim).sqrt();
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    auto node = record("StdBackward0", {&x}, out,
                       [in_shape, mask, keepdim, rd, denom](BackwardCtx& c) -> TensorList {
                         Tensor x = c.saved(0);
                         Tensor g = expand_reduced(c.grad(), in_shape, mask, keepdim);
                         Tensor s = expand_reduced(c.saved(1), in_shape, mask, keepdim);
                         return {where(s == 0.0, 0.0, g * (x - x.mean(rd, true)) / (s * denom))};
                       });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

Tensor norm(const Tensor& x, double p, const Shape& dims, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::norm(b.in[0], p, b.dims_or_all(dims), keepdim))),
      Tensor, "norm", (x), ct::norm(in[0], p, dims, keepdim));
  if (!x.is_floating_point())
    throw RuntimeError("norm(): input dtype should be either floating point or complex. Got " +
                       std::string(kind_name(x.dtype())) + " instead.");
  std::vector<bool> mask = dim_mask(dims, x.dim());
  const Shape rd = mask_dims(mask);
  Tensor out;
  {
    InternalGuard g;
    Tensor a = x.abs();
    int64_t extent = 1;
    for (int64_t d = 0; d < x.dim(); ++d)
      if (mask[static_cast<size_t>(d)]) extent *= x.shape()[d];
    if (std::isinf(p) && p > 0 && extent == 0)
      out = a.sum(rd, keepdim);  // the largest |x| of nothing is 0 (torch.norm)
    else if (std::isinf(p))
      out = p > 0 ? amax(a, rd, keepdim) : amin(a, rd, keepdim);
    else if (p == 0)
      out = (a != 0.0).to(x.dtype()).sum(rd, keepdim);
    else if (p == 1)
      out = a.sum(rd, keepdim);
    else if (p == 2)
      out = (a * a).sum(rd, keepdim).sqrt();
    else
      out = a.pow(p).sum(rd, keepdim).pow(1.0 / p);
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    auto node = record("NormBackward1", {&x}, out,
                       [in_shape, mask, keepdim, rd, p](BackwardCtx& c) -> TensorList {
                         Tensor x = c.saved(0);
                         Tensor g = expand_reduced(c.grad(), in_shape, mask, keepdim);
                         Tensor n = expand_reduced(c.saved(1), in_shape, mask, keepdim);
                         if (p == 0) return {zeros_like(x)};
                         if (p == 1) return {g * x.detach().sign()};
                         if (std::isinf(p)) {
                           Tensor m = logical_or(x.abs() == n, isnan(x));
                           return {g * x.detach().sign() * m /
                                   expand_reduced(m.sum(rd, true), in_shape, mask, true)};
                         }
                         if (p == 2) return {where(n == 0.0, 0.0, g * x / n)};
                         return {where(n == 0.0, 0.0, g * x * x.abs().pow(p - 2) / n.pow(p - 1))};
                       });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

Tensor norm(const Tensor& x, const std::string& p, const Shape& dims, bool keepdim) {
  if (p != "fro") throw RuntimeError("norm: unsupported p '" + p + "' (use a number or 'fro')");
  return norm(x, 2.0, dims, keepdim);
}

Tensor logsumexp(const Tensor& x, const Shape& dims, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::logsumexp(b.in[0], b.dims_or_all(dims), keepdim))),
      Tensor, "logsumexp", (x), ct::logsumexp(in[0], dims, keepdim));
  Tensor xf = x.is_floating_point() ? x : x.to(DType::Float32);
  std::vector<bool> mask = dim_mask(dims, xf.dim());
  const Shape rd = mask_dims(mask);
  Tensor out;
  {
    InternalGuard g;
    if (xf.numel() == 0) {
      out = xf.exp().sum(rd, keepdim).log();
    } else {
      Tensor m = amax(xf, rd, true);
      m = where(isinf(m), 0.0, m);  // all -inf rows give -inf, not nan
      Tensor s = (xf - m).exp().sum(rd, true).log() + m;
      out = keepdim ? s : finish(s.contiguous(), mask, false);
    }
  }
  if (needs_grad(xf)) {
    Shape in_shape = xf.shape();
    auto node = record("LogsumexpBackward0", {&xf}, out,
                       [in_shape, mask, keepdim](BackwardCtx& c) -> TensorList {
                         Tensor g = expand_reduced(c.grad(), in_shape, mask, keepdim);
                         Tensor o = expand_reduced(c.saved(1), in_shape, mask, keepdim);
                         return {g * (c.saved(0) - o).exp()};
                       });
    node->save(xf);
    node->save(out, true);
  }
  return out;
}

// ---------------------------------------------------------------- scans

namespace {
template <class F>
Tensor scan(const Tensor& x, int64_t dim, DType out_dtype, F step) {
  // move `dim` last, scan contiguous rows, move it back
  Shape perm;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (d != dim) perm.push_back(d);
  perm.push_back(dim);
  Tensor moved;
  {
    InternalGuard g;
    moved = x.dim() ? x.permute(perm).contiguous() : x.contiguous();
  }
  Tensor src = cast_nograd(moved, out_dtype).contiguous();
  Tensor out = make_empty(src.shape(), out_dtype);
  const int64_t n = x.dim() ? x.shape()[dim] : 1;
  const int64_t rows = n ? src.numel() / n : 0;
  CT_DISPATCH_ALL(out_dtype, [&] {
    const scalar_t* p = static_cast<const scalar_t*>(src.raw_data_ptr());
    scalar_t* o = static_cast<scalar_t*>(out.raw_data_ptr());
    for (int64_t r = 0; r < rows; ++r) {
      using A = std::conditional_t<std::is_floating_point_v<scalar_t>, double, uint64_t>;
      A acc = step(A(0), A(0), true);
      for (int64_t j = 0; j < n; ++j) {
        acc = step(acc, static_cast<A>(p[r * n + j]), false);
        o[r * n + j] = static_cast<scalar_t>(acc);
      }
    }
  });
  if (!x.dim()) return out;
  Shape inverse(perm.size(), 0);
  for (size_t i = 0; i < perm.size(); ++i) inverse[perm[i]] = static_cast<int64_t>(i);
  Tensor back = make_view(out, out.shape(), out.strides(), 0).permute(inverse);
  return back.contiguous();
}
}  // namespace

Tensor cumsum(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::cumsum(b.in[0], b.dim(dim)))), Tensor,
      "cumsum", (x), ct::cumsum(in[0], dim));
  dim = wrap_dim(dim, x.dim());
  DType dt = x.is_floating_point() ? x.dtype() : DType::Int64;
  Tensor out = scan(x.detach(), dim, dt,
                    [](auto acc, auto v, bool init) { return init ? decltype(acc)(0) : acc + v; });
  if (needs_grad(x))
    record("CumsumBackward0", {&x}, out, [dim](BackwardCtx& c) -> TensorList {
      if (c.grad().dim() == 0) return {c.grad()};
      return {c.grad().flip({dim}).cumsum(dim).flip({dim})};
    });
  return out;
}

namespace {
// CumprodBackward0's formula.
Tensor cumprod_backward_impl(const Tensor& g, const Tensor& x, const Tensor& out, int64_t dim) {
  if (x.dim() == 0) return g;
  const int64_t n = x.shape()[dim];
  auto reversed_cumsum = [dim](const Tensor& t) { return t.flip({dim}).cumsum(dim).flip({dim}); };
  bool has_zero = false;
  {
    InternalGuard ng;
    has_zero = (x == 0.0).any().item<bool>();
  }
  if (!has_zero) {
    // sum_{j>=i} g_j out_j / x_i
    return reversed_cumsum(g * out) / x;
  }
  if (!is_grad_enabled()) {
    // With zeros, in O(n) (as PyTorch without create_graph): let z be the
    // first zero of a slice. Before z, the formula above with out_j = 0
    // from z on; at z, sum_{j>=z} g_j prod_{k<=j, k!=z} x_k, which is the
    // cumprod of x with that one zero replaced by 1; after z, zero.
    Tensor before, first_zero;
    {
      InternalGuard ng;
      Tensor zeros_so_far = (x == 0.0).to(DType::Int64).cumsum(dim);
      before = zeros_so_far == 0.0;
      first_zero = logical_and(x == 0.0, zeros_so_far == 1.0);
    }
    Tensor safe_x = where(before, x, 1.0);
    Tensor grad_before = reversed_cumsum(where(before, g * out, 0.0)) / safe_x;
    Tensor grad_at_zero = reversed_cumsum(g * where(first_zero, 1.0, x).cumprod(dim));
    return where(before, grad_before, where(first_zero, grad_at_zero, 0.0));
  }
  // create_graph with zeros: d out_j / d x_i = prod_{k<=j, k!=i} x_k, one
  // column at a time, so that the result is differentiable everywhere.
  std::vector<Tensor> cols;
  for (int64_t i = 0; i < n; ++i) {
    Tensor replaced =
        cat({x.narrow(dim, 0, i), ones_like(x.narrow(dim, i, 1)), x.narrow(dim, i + 1, n - i - 1)},
            dim);
    Tensor partial = replaced.cumprod(dim).narrow(dim, i, n - i);
    cols.push_back((g.narrow(dim, i, n - i) * partial).sum({dim}, true));
  }
  return cat(cols, dim);
}
// One opaque primitive: a replay looks for zeros in its own x again.
Tensor cumprod_backward(const Tensor& g, const Tensor& x, const Tensor& out, int64_t dim) {
  return opaque_primitive("cumprod_backward", "CumprodBackwardBackward0", {g, x, out},
                          [dim](const std::vector<Tensor>& in) {
                            return cumprod_backward_impl(in[0], in[1], in[2], dim);
                          });
}
}  // namespace

Tensor cumprod(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::cumprod(b.in[0], b.dim(dim)))), Tensor,
      "cumprod", (x), ct::cumprod(in[0], dim));
  dim = wrap_dim(dim, x.dim());
  DType dt = x.is_floating_point() ? x.dtype() : DType::Int64;
  Tensor out = scan(x.detach(), dim, dt,
                    [](auto acc, auto v, bool init) { return init ? decltype(acc)(1) : acc * v; });
  if (needs_grad(x)) {
    auto node = record("CumprodBackward0", {&x}, out, [dim](BackwardCtx& c) -> TensorList {
      return {cumprod_backward(c.grad(), c.saved(0), c.saved(1), dim)};
    });
    node->save(x);
    node->save(out, true);
  }
  return out;
}

// ---------------------------------------------------------------- all / any

namespace {
Tensor bool_reduce(const Tensor& x, const std::vector<bool>& mask, bool keepdim, bool is_all) {
  Rows r = rows_of(x.to(DType::Bool), mask);
  Tensor out = make_empty(r.keep_shape, DType::Bool);
  const bool* p = static_cast<const bool*>(r.data.raw_data_ptr());
  bool* o = static_cast<bool*>(out.raw_data_ptr());
  for (int64_t k = 0; k < r.K; ++k) {
    bool acc = is_all;
    for (int64_t j = 0; j < r.R; ++j)
      acc = is_all ? (acc && p[k * r.R + j]) : (acc || p[k * r.R + j]);
    o[k] = acc;
  }
  return finish(out, mask, keepdim);
}
}  // namespace

Tensor all(const Tensor& x) {
  CT_TRACE_BATCHED((ct::all(example_rows(b), 1, false)), Tensor, "all", (x), ct::all(in[0]));
  return bool_reduce(x, std::vector<bool>(x.dim(), true), false, true);
}
Tensor any(const Tensor& x) {
  CT_TRACE_BATCHED((ct::any(example_rows(b), 1, false)), Tensor, "any", (x), ct::any(in[0]));
  return bool_reduce(x, std::vector<bool>(x.dim(), true), false, false);
}
Tensor all(const Tensor& x, int64_t dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::all(b.in[0], b.dim(dim), keepdim))),
      Tensor, "all", (x), ct::all(in[0], dim, keepdim));
  return bool_reduce(x, dim_mask({dim}, x.dim()), keepdim, true);
}
Tensor any(const Tensor& x, int64_t dim, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::any(b.in[0], b.dim(dim), keepdim))),
      Tensor, "any", (x), ct::any(in[0], dim, keepdim));
  return bool_reduce(x, dim_mask({dim}, x.dim()), keepdim, false);
}

// ---------------------------------------------------------------- methods

Tensor Tensor::prod() const { return ct::prod(*this); }
Tensor Tensor::prod(int64_t dim, bool keepdim) const { return ct::prod(*this, dim, keepdim); }
Tensor Tensor::max() const { return ct::max(*this); }
Tensor Tensor::min() const { return ct::min(*this); }
std::tuple<Tensor, Tensor> Tensor::max(int64_t dim, bool keepdim) const {
  return ct::max(*this, dim, keepdim);
}
std::tuple<Tensor, Tensor> Tensor::min(int64_t dim, bool keepdim) const {
  return ct::min(*this, dim, keepdim);
}
Tensor Tensor::amax(const Shape& dims, bool keepdim) const {
  return ct::amax(*this, dims, keepdim);
}
Tensor Tensor::amin(const Shape& dims, bool keepdim) const {
  return ct::amin(*this, dims, keepdim);
}
Tensor Tensor::argmax(std::optional<int64_t> dim, bool keepdim) const {
  return ct::argmax(*this, dim, keepdim);
}
Tensor Tensor::argmin(std::optional<int64_t> dim, bool keepdim) const {
  return ct::argmin(*this, dim, keepdim);
}
Tensor Tensor::var(const Shape& dims, int64_t c, bool keepdim) const {
  return ct::var(*this, dims, c, keepdim);
}
Tensor Tensor::std(const Shape& dims, int64_t c, bool keepdim) const {
  return ct::std(*this, dims, c, keepdim);
}
Tensor Tensor::norm(double p, const Shape& dims, bool keepdim) const {
  return ct::norm(*this, p, dims, keepdim);
}
Tensor Tensor::logsumexp(const Shape& dims, bool keepdim) const {
  return ct::logsumexp(*this, dims, keepdim);
}
Tensor Tensor::cumsum(int64_t dim) const { return ct::cumsum(*this, dim); }
Tensor Tensor::cumprod(int64_t dim) const { return ct::cumprod(*this, dim); }
Tensor Tensor::all() const { return ct::all(*this); }
Tensor Tensor::any() const { return ct::any(*this); }

}  // namespace ct

namespace ct::detail {

namespace {
// linalg.vector_norm words its dtype error differently from torch.norm.
const Tensor& vector_norm_input(const Tensor& x) {
  if (x.defined() && !x.is_floating_point())
    throw RuntimeError(
        "linalg.vector_norm: Expected a floating point or complex tensor as input. Got " +
        std::string(kind_name(x.dtype())));
  return x;
}

// sum / mean as Python calls them: dim=None with keepdim keeps every dim.
Tensor sum_or_mean(const OpArgs& a, bool mean) {
  Tensor x = with_dtype(a.tensor(0), a.dtype(3));
  const bool keepdim = a.flag(2);
  std::optional<Shape> dims = a.opt_ints(1);
  if (!dims) {
    if (!keepdim) return mean ? ct::mean(x) : ct::sum(x);
    dims = Shape{};
    for (int64_t i = 0; i < x.dim(); ++i) dims->push_back(i);
  }
  return mean ? ct::mean(x, *dims, keepdim) : ct::sum(x, *dims, keepdim);
}

Tensor var_or_std(const OpArgs& a, bool var) {
  const Shape dims = a.opt_ints(1).value_or(Shape{});
  const int64_t correction = !a.none(4) ? a.integer(4) : a.none(2) ? 1 : a.flag(2) ? 1 : 0;
  return var ? ct::var(a.tensor(0), dims, correction, a.flag(3))
             : ct::std(a.tensor(0), dims, correction, a.flag(3));
}

std::vector<Tensor> pair_of(const std::tuple<Tensor, Tensor>& p) {
  return {std::get<0>(p), std::get<1>(p)};
}
}  // namespace

void add_reduction_ops(std::vector<OpInfo>& t) {
  using R = Tensor (*)(const Tensor&, const Shape&, bool);
  auto reduction = [&t](const char* name, const char* node, const char* derivative,
                        Tensor (*all)(const Tensor&), R dims) {
    t.push_back(OpInfo{name, "", node, derivative, OpKind::Reduction, Domain::Real, true, all,
                       nullptr, dims});
  };
  reduction(
      "sum", "SumBackward0", "g expanded", [](const Tensor& x) { return ct::sum(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::sum(x, d, k); });
  reduction(
      "mean", "MeanBackward0", "g expanded / n", [](const Tensor& x) { return ct::mean(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::mean(x, d, k); });
  reduction(
      "amax", "AmaxBackward0", "g shared evenly among ties",
      [](const Tensor& x) { return ct::amax(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::amax(x, d, k); });
  reduction(
      "amin", "AminBackward0", "g shared evenly among ties",
      [](const Tensor& x) { return ct::amin(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::amin(x, d, k); });
  reduction(
      "logsumexp", "LogsumexpBackward0", "g·exp(x-out)",
      [](const Tensor& x) { return ct::logsumexp(x, Shape{}); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::logsumexp(x, d, k); });
  reduction(
      "var", "VarBackward0", "2g(x-mean)/(N-correction)",
      [](const Tensor& x) { return ct::var(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::var(x, d, 1, k); });
  reduction(
      "std", "StdBackward0", "g(x-mean)/((N-correction)·out)",
      [](const Tensor& x) { return ct::std(x); },
      [](const Tensor& x, const Shape& d, bool k) { return ct::std(x, d, 1, k); });
  // Reductions with attributes: one row per node.
  const auto K = OpKind::Reduction;
  const auto D = Domain::Real;
  auto m34 = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  add_general(
      t, "sum.dim", "", "SumBackward1", "g unsqueezed, expanded", K, D, true, 1,
      [](const TL& in) { return TL{ct::sum(in[0], {1}, true)}; }, m34,
      "m.sum(x[0], dim=1, keepdim=True)");
  add_general(
      t, "mean.dim", "", "MeanBackward1", "as sum / n", K, D, true, 1,
      [](const TL& in) {
        return TL{ct::mean(in[0], {0, 1})};
      },
      m34, "m.mean(x[0], dim=(0, 1))");
  add_general(
      t, "prod", "", "ProdBackward0", "g·(product of the others), zero-safe via exclusive cumprods",
      K, D, true, 1, [](const TL& in) { return TL{ct::prod(in[0])}; }, m34, "m.prod(x[0])");
  add_general(
      t, "prod.dim", "", "ProdBackward1", "same along dim", K, D, true, 1,
      [](const TL& in) { return TL{ct::prod(in[0], 1, true)}; }, m34,
      "m.prod(x[0], 1, keepdim=True)");
  add_general(
      t, "max", "", "MaxBackward1", "g shared evenly among ties", K, D, true, 1,
      [](const TL& in) { return TL{ct::max(in[0])}; }, m34, "m.max(x[0])");
  add_general(
      t, "min", "", "MinBackward1", "g shared evenly among ties", K, D, true, 1,
      [](const TL& in) { return TL{ct::min(in[0])}; }, m34, "m.min(x[0])");
  add_general(
      t, "max.dim", "", "MaxBackward0", "g scattered to the index (values, indices)", K, D, true, 1,
      [](const TL& in) {
        auto [v, i] = ct::max(in[0], 1);
        return TL{v, i};
      },
      m34, "m.max(x[0], 1)");
  add_general(
      t, "min.dim", "", "MinBackward0", "g scattered to the index (values, indices)", K, D, true, 1,
      [](const TL& in) {
        auto [v, i] = ct::min(in[0], 1, true);
        return TL{v, i};
      },
      m34, "m.min(x[0], 1, keepdim=True)");
  add_general(
      t, "argmax", "", "", "not differentiable", K, D, true, 1,
      [](const TL& in) { return TL{ct::argmax(in[0], 1)}; }, m34, "m.argmax(x[0], 1)");
  add_general(
      t, "argmin", "", "", "not differentiable", K, D, true, 1,
      [](const TL& in) { return TL{ct::argmin(in[0])}; }, m34, "m.argmin(x[0])");
  add_general(
      t, "norm", "", "NormBackward1",
      "g·x|x|^(p-2)/out^(p-1); sign for p=1; ties for inf (p = 1, 2, inf, fro, any p)", K, D, true,
      1, [](const TL& in) { return TL{ct::norm(in[0], 3.0, {1}, true)}; }, m34,
      "m.norm(x[0], p=3, dim=1, keepdim=True)");
  add_general(
      t, "norm.p1", "", "NormBackward1", "g·sign(x)", K, D, true, 1,
      [](const TL& in) { return TL{ct::norm(in[0], 1.0, {1})}; }, m34, "m.norm(x[0], p=1, dim=1)");
  add_general(
      t, "norm.inf", "", "NormBackward1", "g shared among the ties of the largest |x|", K, D, true,
      1,
      [](const TL& in) {
        return TL{ct::norm(in[0], std::numeric_limits<double>::infinity(), {0})};
      },
      m34, "m.norm(x[0], p=float('inf'), dim=0)");
  add_general(
      t, "cumsum", "", "CumsumBackward0", "reverse cumsum of g", OpKind::Other, D, true, 1,
      [](const TL& in) { return TL{ct::cumsum(in[0], 1)}; }, m34, "m.cumsum(x[0], 1)");
  add_general(
      t, "cumprod", "", "CumprodBackward0",
      "reverse cumsum(g·out)/x; exact column formula when x has zeros", OpKind::Other, D, true, 1,
      [](const TL& in) { return TL{ct::cumprod(in[0], 1)}; }, m34, "m.cumprod(x[0], 1)");
  add_general(
      t, "all", "", "", "not differentiable", K, D, true, 1,
      [](const TL& in) { return TL{ct::all(ct::gt(in[0], -1.0), 1)}; }, m34,
      "m.all(x[0] > -1.0, 1)");
  add_general(
      t, "any", "", "", "not differentiable", K, D, true, 1,
      [](const TL& in) { return TL{ct::any(ct::gt(in[0], 1.0))}; }, m34, "m.any(x[0] > 1.0)");

  // Python's signatures.
  set_signatures(t, "sum",
                 {{"(Tensor input, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None)",
                   CT_CALL(sum_or_mean(a, false))},
                  {"sum_to_size(Tensor self, int... size)",
                   CT_CALL(ct::sum_to(a.tensor(0), a.ints(1))), Binding::Method}});
  set_signatures(t, "mean",
                 {{"(Tensor input, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None)",
                   CT_CALL(sum_or_mean(a, true))}});
  set_signatures(t, "prod",
                 {{"(Tensor input, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None)",
                   CT_CALL(a.none(1) ? ct::prod(with_dtype(a.tensor(0), a.dtype(3)))
                                     : ct::prod(with_dtype(a.tensor(0), a.dtype(3)), a.integer(1),
                                                a.flag(2)))}});
  set_signatures(t, "max",
                 {{"(Tensor input)", CT_CALL(ct::max(a.tensor(0)))},
                  // before the dim overload: a one-element integer tensor is `other`, not a dim
                  {"(Tensor input, Tensor other)", CT_CALL(ct::maximum(a.tensor(0), a.tensor(1)))},
                  {"(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)",
                   CT_CALL(pair_of(ct::max(a.tensor(0), a.integer(1), a.flag(2))))}});
  set_signatures(t, "min",
                 {{"(Tensor input)", CT_CALL(ct::min(a.tensor(0)))},
                  {"(Tensor input, Tensor other)", CT_CALL(ct::minimum(a.tensor(0), a.tensor(1)))},
                  {"(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)",
                   CT_CALL(pair_of(ct::min(a.tensor(0), a.integer(1), a.flag(2))))}});
  set_signatures(t, "amax",
                 {{"(Tensor input, int[] dim=[], bool keepdim=False)",
                   CT_CALL(ct::amax(a.tensor(0), a.ints(1), a.flag(2)))}});
  set_signatures(t, "amin",
                 {{"(Tensor input, int[] dim=[], bool keepdim=False)",
                   CT_CALL(ct::amin(a.tensor(0), a.ints(1), a.flag(2)))}});
  set_signatures(t, "argmax",
                 {{"(Tensor input, int? dim=None, bool keepdim=False)",
                   CT_CALL(ct::argmax(a.tensor(0), a.opt_integer(1), a.flag(2)))}});
  set_signatures(t, "argmin",
                 {{"(Tensor input, int? dim=None, bool keepdim=False)",
                   CT_CALL(ct::argmin(a.tensor(0), a.opt_integer(1), a.flag(2)))}});
  // var(unbiased) first, as torch's overloads: a bool in the dim's place.
  set_signatures(
      t, "var",
      {{"(Tensor input, bool unbiased)", CT_CALL(ct::var(a.tensor(0), {}, a.flag(1) ? 1 : 0))},
       {"(Tensor input, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, int? "
        "correction=None)",
        CT_CALL(var_or_std(a, true))}});
  set_signatures(
      t, "std",
      {{"(Tensor input, bool unbiased)", CT_CALL(ct::std(a.tensor(0), {}, a.flag(1) ? 1 : 0))},
       {"(Tensor input, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, int? "
        "correction=None)",
        CT_CALL(var_or_std(a, false))}});
  set_signatures(
      t, "norm",
      {{"(Tensor input, str p='fro', int[]? dim=None, bool keepdim=False, ScalarType? dtype=None)",
        CT_CALL(ct::norm(with_dtype(a.tensor(0), a.dtype(4)), a.str(1),
                         a.opt_ints(2).value_or(Shape{}), a.flag(3)))},
       {"(Tensor input, float? p, int[]? dim=None, bool keepdim=False, ScalarType? dtype=None)",
        CT_CALL(ct::norm(with_dtype(a.tensor(0), a.dtype(4)), a.none(1) ? 2.0 : a.real(1),
                         a.opt_ints(2).value_or(Shape{}), a.flag(3)))},
       {"linalg.vector_norm(Tensor x, float ord=2, int[]? dim=None, bool keepdim=False, *, "
        "ScalarType? dtype=None)",
        CT_CALL(ct::norm(with_dtype(vector_norm_input(a.tensor(0)), a.dtype(4)), a.real(1),
                         a.opt_ints(2).value_or(Shape{}), a.flag(3)))},
       // torch.linalg.norm and matrix_norm: compositions of this row and sum/amax
       {"linalg.norm(Tensor A, float? ord=None, int[]? dim=None, bool keepdim=False, *, "
        "ScalarType? dtype=None)",
        CT_CALL(ct::linalg::norm(with_dtype(a.tensor(0), a.dtype(4)),
                                 a.none(1) ? std::nullopt : std::optional<double>(a.real(1)),
                                 a.opt_ints(2), a.flag(3)))},
       {"linalg.norm(Tensor A, str ord, int[]? dim=None, bool keepdim=False, *, "
        "ScalarType? dtype=None)",
        CT_CALL(ct::linalg::norm(with_dtype(a.tensor(0), a.dtype(4)), a.str(1), a.opt_ints(2),
                                 a.flag(3)))},
       {"linalg.matrix_norm(Tensor A, float ord, int[]? dim=None, bool keepdim=False, *, "
        "ScalarType? dtype=None)",
        CT_CALL(ct::linalg::matrix_norm(with_dtype(a.tensor(0), a.dtype(4)), a.real(1),
                                        a.opt_ints(2).value_or(Shape{-2, -1}), a.flag(3)))},
       {"linalg.matrix_norm(Tensor A, str ord='fro', int[]? dim=None, bool keepdim=False, *, "
        "ScalarType? dtype=None)",
        CT_CALL(ct::linalg::matrix_norm(with_dtype(a.tensor(0), a.dtype(4)), a.str(1),
                                        a.opt_ints(2).value_or(Shape{-2, -1}), a.flag(3)))}});
  set_signatures(t, "logsumexp",
                 {{"(Tensor input, int[] dim, bool keepdim=False)",
                   CT_CALL(ct::logsumexp(a.tensor(0), a.ints(1), a.flag(2)))},
                  {"special.logsumexp(Tensor input, int[] dim, bool keepdim=False)",
                   CT_CALL(ct::logsumexp(a.tensor(0), a.ints(1), a.flag(2)))}});
  set_signatures(t, "cumsum",
                 {{"(Tensor input, int dim, *, ScalarType? dtype=None)",
                   CT_CALL(ct::cumsum(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))}});
  set_signatures(t, "cumprod",
                 {{"(Tensor input, int dim, *, ScalarType? dtype=None)",
                   CT_CALL(ct::cumprod(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))}});
  set_signatures(t, "all",
                 {{"(Tensor input, int? dim=None, bool keepdim=False)",
                   CT_CALL(a.none(1) ? ct::all(a.tensor(0))
                                     : ct::all(a.tensor(0), a.integer(1), a.flag(2)))}});
  set_signatures(t, "any",
                 {{"(Tensor input, int? dim=None, bool keepdim=False)",
                   CT_CALL(a.none(1) ? ct::any(a.tensor(0))
                                     : ct::any(a.tensor(0), a.integer(1), a.flag(2)))}});

  set_calls(t, "max",
            {"x[0].max()",
             "m.max(" CT_INT_X0 ")",
             "x[0].min()",
             "m.max(x[0].t())",
             "m.max(x[0][:0])",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().max()",
             "m.max(x[0])",
             "m.max(x[0], 0)[0]",
             "x[0].max(0)[0]",
             "m.max(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.max(m.zeros((0, 3)), 2)",
             "m.max(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.max(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.max(m.tensor(0.5), 1)",
             "m.max(m.zeros((0, 3)), 1)",
             "m.max(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.max(m.tensor(0.5), 0)",
             "m.max(m.tensor(0.5), -1)",
             "m.max(m.tensor(0.5), -2)",
             "m.max(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).max(2)",
             "m.zeros((0, 3)).max(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).max(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).max(1)",
             "m.tensor(0.5).max(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).max(-9223372036854775808)",
             "m.tensor(0.5).max(0)",
             "m.tensor(0.5).max(-1)",
             "m.tensor(0.5).max(-2)",
             "m.tensor([1.0, 2.0, 3.0]).max(1)",
             CT_INT32_X0 ".max()"});
  set_calls(t, "max.dim",
            {"x[0].max(-1)", "m.max(x[0], 0, keepdim=True)", "m.max(x[0].t(), 1)",
             "m.max(" CT_INT_X0 ", 1)", "x[0].max(2)", "m.max(x[0][:0], 0)", "m.max(x[0][:0], 1)",
             "m.min(x[0], dim=0, keepdim=True)", "m.max(x[0], dim=1).values",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().max(1)"});
  set_calls(t, "argmax",
            {"x[0].argmax()",
             "x[0].argmin()",
             "x[0].argmax(1)",
             "x[0].argmin(0, keepdim=True)",
             "m.argmax(" CT_INT_X0 ", 0)",
             "m.argmax(x[0][:0])",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().argmax()",
             "m.argmax(x[0])",
             "m.argmax(x[0], 0)",
             "m.argmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.argmax(m.zeros((0, 3)), 2)",
             "m.argmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.argmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.argmax(m.tensor(0.5), 1)",
             "m.argmax(m.zeros((0, 3)), 1)",
             "m.argmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.argmax(m.tensor(0.5), -1)",
             "m.argmax(m.tensor(0.5), -2)",
             "m.argmax(m.tensor([1.0, 2.0, 3.0]), 1)",
             CT_INT32_X0 ".argmax()"});
  set_calls(t, "amax",
            {"x[0].amax(1)",
             "m.amin(x[0], (0, 1), keepdim=True)",
             "m.amax(" CT_INT_X0 ", 0)",
             "m.amax(x[0], -1)",
             "m.amax(x[0], (0, 0))",
             "x[0].amax(dim=(0, 1))",
             "x[0].T.contiguous().T.amax(dim=(0, 1))",
             "m.amax(x[0][:0], 0)",
             "m.amax(x[0])",
             "m.amax(x[0], (0,))",
             "x[0].amax()",
             "m.amax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
             "m.amax(m.zeros((0, 3)), (2,))",
             "m.amax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
             "m.amax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
             "m.amax(m.tensor(0.5), (1,))",
             "m.amax(m.zeros((0, 3)), (1,))",
             "m.amax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
             "m.amax(m.tensor(0.5), (-1,))",
             "m.amax(m.tensor(0.5), (-2,))",
             "m.amax(m.tensor([1.0, 2.0, 3.0]), (1,))",
             "m.amax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 1))"});
  set_calls(t, "prod",
            {"m.prod(x[0], 1)",
             "m.prod(x[0], 0, keepdim=True)",
             "m.prod(" CT_INT_X0 ")",
             "m.prod(" CT_INT_X0 ", 0)",
             "m.prod(x[0].float())",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().prod()",
             "m.prod(x[0])",
             "m.prod(x[0], 0)",
             "x[0].prod()",
             "m.prod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.prod(m.zeros((0, 3)), 2)",
             "m.prod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.prod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.prod(m.tensor(0.5), 1)",
             "m.prod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.prod(m.tensor(0.5), -1)",
             "m.prod(m.tensor(0.5), -2)",
             "m.prod(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).prod(2)",
             "m.zeros((0, 3)).prod(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).prod(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).prod(1)",
             "m.tensor(0.5).prod(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).prod(-9223372036854775808)",
             "m.tensor(0.5).prod(0)",
             "m.tensor(0.5).prod(-1)",
             "m.tensor(0.5).prod(-2)",
             "m.tensor([1.0, 2.0, 3.0]).prod(1)",
             "m.prod(m.full((100,), (1 << 40)))",
             CT_INT32_X0 ".prod()"});
  set_calls(t, "cumprod",
            {"m.cumprod(x[0], 0)", "x[0].t().cumprod(1)", "m.cumprod(" CT_INT_X0 ", 1)",
             "m.cumsum(x[0], 0)", "m.cumsum(x[0], -1, dtype=m.float32)", "x[0].cumprod(0)",
             "m.cumprod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.cumprod(m.zeros((0, 3)), 2)",
             "m.cumprod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.cumprod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.cumprod(m.tensor(0.5), 1)", "m.cumprod(m.zeros((0, 3)), 1)",
             "m.cumprod(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.cumprod(m.tensor(0.5), -1)", "m.cumprod(m.tensor(0.5), -2)",
             "m.cumprod(m.tensor([1.0, 2.0, 3.0]), 1)", CT_INT32("[2147483647]") ".cumprod(0)"});
  set_calls(t, "var",
            {"x[0].std()",
             "x[0].std(1)",
             "m.var(x[0], unbiased=False)",
             "m.std(x[0], unbiased=False)",
             "x[0].var(1, keepdim=True)",
             "m.var(x[0], 0, correction=0)",
             "m.std(x[0], (0, 1), keepdim=True)",
             "m.var(" CT_INT_X0 ")",
             "m.var(x[0], -1, correction=0, keepdim=True)",
             "x[0].std(0)",
             "x[0].var()",
             "x[0].T.contiguous().T.var()",
             "x[0].var(dim=1, unbiased=False)",
             "x[0].T.contiguous().T.var(dim=1, unbiased=False)",
             "m.var(x[0], (0, 1), correction=0, keepdim=True)",
             "m.var(x[0].T.contiguous().T, (0, 1), correction=0, keepdim=True)",
             "m.var(x[0])",
             "m.var(x[0], dim=(0,))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(2,))",
             "m.var(m.zeros((0, 3)), dim=(2,))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(-3,))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(1,))",
             "m.var(m.tensor(0.5), dim=(1,))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(-9223372036854775808,))",
             "m.var(m.tensor(0.5), dim=(-1,))",
             "m.var(m.tensor(0.5), dim=(-2,))",
             "m.var(m.tensor([1.0, 2.0, 3.0]), dim=(1,))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(1, 1))",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=None, correction=10)",
             "m.var(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=None, correction=-1)"});
  set_calls(t, "sum",
            {"m.sum(" CT_INT_X0 ")",
             "m.sum(x[0] > 0)",
             "m.sum(x[0], dtype=m.float32)",
             "m.sum(x[0][:0])",
             "m.sum(x[0], (0, -1))",
             "x[0].sum(-1)",
             "x[0].sum((0, -1), keepdim=True)",
             "x[0].sum_to_size(1, x[0].shape[-1])",
             "x[0].sum(5)",
             "(x[0] > 0).float().sum()",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().sum()",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().sum(0)",
             "m.tensor([2 ** 31 - 1] * 2, dtype=m.int32).sum()",
             "x[0].sum()",
             "x[0].T.contiguous().T.sum()",
             "x[0].sum(dim=1)",
             "x[0].T.contiguous().T.sum(dim=1)",
             "x[0].T.contiguous().T.sum(-1)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().sum(0)",
             "m.sum(x[0])",
             "m.sum(x[0], (0,))",
             "x[0].sum(0)",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
             "m.sum(m.zeros((0, 3)), (2,))",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
             "m.sum(m.tensor(0.5), (1,))",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
             "m.sum(m.tensor(0.5), (-1,))",
             "m.sum(m.tensor(0.5), (-2,))",
             "m.sum(m.tensor([1.0, 2.0, 3.0]), (1,))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sum(2)",
             "m.zeros((0, 3)).sum(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sum(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sum(1)",
             "m.tensor(0.5).sum(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sum(-9223372036854775808)",
             "m.tensor(0.5).sum(-1)",
             "m.tensor(0.5).sum(-2)",
             "m.tensor([1.0, 2.0, 3.0]).sum(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).sum().backward()",
             "m.tensor([[1, 2, 3], [4, 5, 6]]).sum().backward()",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (0, 0))",
             "m.sum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, -1))",
             "x[0].sum_to_size((1,))",
             CT_INT32_X0 ".sum()",
             CT_INT32("[2147483647, 2147483647]") ".sum()"});
  set_calls(t, "mean",
            {"m.mean(" CT_INT_X0 ")",
             "m.mean(x[0].float())",
             "m.mean(x[0][:0])",
             "m.mean(x[0], (0, 1), keepdim=True)",
             "x[0].mean(0)",
             "x[0].mean(-1, keepdim=True)",
             "m.mean(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 0)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().mean()",
             "x[0].mean()",
             "x[0].T.contiguous().T.mean()",
             "m.mean(x[0])",
             "m.mean(x[0], (0,))",
             "m.mean(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
             "m.mean(m.zeros((0, 3)), (2,))",
             "m.mean(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
             "m.mean(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
             "m.mean(m.tensor(0.5), (1,))",
             "m.mean(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
             "m.mean(m.tensor(0.5), (-1,))",
             "m.mean(m.tensor(0.5), (-2,))",
             "m.mean(m.tensor([1.0, 2.0, 3.0]), (1,))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mean(2)",
             "m.zeros((0, 3)).mean(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mean(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mean(1)",
             "m.tensor(0.5).mean(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).mean(-9223372036854775808)",
             "m.tensor(0.5).mean(-1)",
             "m.tensor(0.5).mean(-2)",
             "m.tensor([1.0, 2.0, 3.0]).mean(1)",
             "m.mean(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (0, 0))",
             "m.mean(" CT_INT32_X0 ")"});
  set_calls(t, "logsumexp",
            {"m.logsumexp(x[0][:0], 0)",
             "m.logsumexp(x[0], 1)",
             "x[0].logsumexp(0)",
             "m.logsumexp(x[0] * 1000, 1, keepdim=True)",
             "m.logsumexp(x[0], (0, 1))",
             "m.logsumexp(" CT_INT_X0 ", 0)",
             "m.logsumexp(x[0].T.contiguous().T, dim=1)",
             "m.stack([x[0], -x[0]], 1).logsumexp((0, -1), keepdim=True)",
             "m.stack([x[0].T.contiguous().T, -x[0].T.contiguous().T], 1).logsumexp((0, -1), "
             "keepdim=True)",
             "m.logsumexp(x[0], (0,))",
             "x[0].logsumexp((0,))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
             "m.logsumexp(m.zeros((0, 3)), (2,))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
             "m.logsumexp(m.tensor(0.5), (1,))",
             "m.logsumexp(m.tensor([[1, 2, 3], [4, 5, 6]]), (1,))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
             "m.logsumexp(m.tensor(0.5), (-1,))",
             "m.logsumexp(m.tensor(0.5), (-2,))",
             "m.logsumexp(m.tensor([1.0, 2.0, 3.0]), (1,))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 1))",
             "m.logsumexp(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), ())  # differs (returns): "
             "PyTorch 1.13 bug: logsumexp(x, dim=()) fails on an output shape; cotangent reduces "
             "over all dims, as dim=() means elsewhere",
             "m.special.logsumexp(x[0], 0)",
             "m.special.logsumexp(x[0], (0,), keepdim=True)",
             "m.special.logsumexp(x[0])  # message: torch's argument parser lists its signatures"});
  set_calls(
      t, "all",
      {"(x[0] > 0).all()", "(x[0] > 0).any()", "m.all(x[0] > 0, 1)",
       "m.any(x[0] == 0, 0, keepdim=True)", "m.all(x[0])", "m.any(" CT_INT_X0 ")", "m.all(x[0], 0)",
       "x[0].all()", "m.all(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
       "m.all(m.zeros((0, 3)), 2)", "m.all(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
       "m.all(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)", "m.all(m.tensor(0.5), 1)",
       "m.all(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
       "m.all(m.tensor(0.5), -1)", "m.all(m.tensor(0.5), -2)",
       "m.all(m.tensor([1.0, 2.0, 3.0]), 1)"});
  set_calls(
      t, "norm",
      {"x[0].norm()",
       "x[0].norm(1)",
       "x[0].norm(float('inf'))",
       "x[0].norm(3)",
       "m.norm(x[0], dim=1)",
       "m.norm(x[0], 'fro')",
       "x[0].norm(0)",
       "m.norm(x[0] * 0)",
       "m.norm(x[0] * 0, 1)",
       "m.norm(" CT_INT_X0 ")",
       "x[0].mT.contiguous().mT.norm()",
       "x[0].norm(p=float('inf'), dim=(-2, -1))",
       "x[0].mT.contiguous().mT.norm(p=float('inf'), dim=(-2, -1))",
       "m.linalg.norm(x[0], ord='fro')",
       "m.linalg.norm(x[0], ord=1)",
       "m.linalg.norm(x[0], ord=-1)",
       "m.linalg.norm(x[0], ord=float('inf'))",
       "m.linalg.norm(x[0], ord=-float('inf'))",
       "m.linalg.norm(x[0], ord=3, dim=1)",
       "m.linalg.norm(x[0], ord=1, dim=(0, 1), keepdim=True)",
       "m.linalg.matrix_norm(x[0], -1, dim=(1, 0))",
       "m.linalg.matrix_norm(x[0], 'bad')",
       "m.linalg.matrix_norm(x[0], 1, dim=(0,))",
       "m.linalg.matrix_norm(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())",
       "m.linalg.norm(x[0][0], 'fro')",
       "m.linalg.norm(x[0], 1, dim=(0, 1, 1))",
       "m.linalg.norm(x[0], 'fro', dim=1)",
       "m.linalg.norm(x[0].unsqueeze(0), -float('inf'), dim=(2, 1), keepdim=True)",
       "m.linalg.matrix_norm(x[0])",
       "m.linalg.matrix_norm(x[0], 1)",
       "m.linalg.matrix_norm(x[0], -1)",
       "m.linalg.matrix_norm(x[0], float('inf'))",
       "m.linalg.matrix_norm(x[0], -float('inf'))",
       "m.linalg.matrix_norm(x[0], float('inf'), (1, 0), True)",
       "m.linalg.norm(x[0])",
       "m.linalg.norm(x[0], 1.0, (1,))",
       "m.linalg.matrix_norm(x[0], 3)",
       "m.linalg.matrix_norm(x[0].reshape(-1))",
       "m.linalg.matrix_norm(x[0], 1, (0, 0))",
       "m.linalg.norm(x[0].expand(2, *x[0].shape), 1.0)",
       "m.norm(x[0])",
       "m.norm(x[0], p=float('inf'))",
       "m.norm(x[0], p=\"fro\")",
       "m.norm(x[0], p=2, dim=(0,))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=2, dim=(2,))",
       "m.norm(m.zeros((0, 3)), p=2, dim=(2,))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=2, dim=(-3,))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=2, dim=(1,))",
       "m.norm(m.tensor(0.5), p=2, dim=(1,))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=2, dim=(-9223372036854775808,))",
       "m.norm(m.tensor(0.5), p=2, dim=(-1,))",
       "m.norm(m.tensor(0.5), p=2, dim=(-2,))",
       "m.norm(m.tensor([1.0, 2.0, 3.0]), p=2, dim=(1,))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=2, dim=(1, 1))",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=\"bogus\")  # message: cotangent: "
       "norm: unsupported p 'bogus' (use a number or 'fro')",
       "m.norm(m.tensor([1.0, 2.0, 3.0]), p=\"nuc\")  # message: cotangent: norm: unsupported p "
       "'nuc' (use a number or 'fro')",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=-1.0)",
       "m.norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), p=float('nan'))",
       "m.linalg.norm(m.ones(2, 2), 2)  # differs (NotImplementedError): the orders of singular "
       "values (2, -2, nuc) need an SVD, which cotangent does not have yet (docs/semantics.md)",
       "m.linalg.matrix_norm(x[0], 2)  # differs (NotImplementedError): the orders of singular "
       "values (2, -2, nuc) need an SVD, which cotangent does not have yet (docs/semantics.md)",
       "m.linalg.matrix_norm(x[0], 'nuc')  # differs (NotImplementedError): the orders of singular "
       "values (2, -2, nuc) need an SVD, which cotangent does not have yet (docs/semantics.md)"});

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "cumsum",
            {"m.nan_to_num(x[0], 0.0, 9.0, -9.0).int().cumsum(1)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().cumsum(0)",
             "m.cumsum(x[0], 0)",
             "x[0].cumsum(0)",
             "m.cumsum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.cumsum(m.zeros((0, 3)), 2)",
             "m.cumsum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.cumsum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.cumsum(m.tensor(0.5), 1)",
             "m.cumsum(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.cumsum(m.tensor(0.5), -1)",
             "m.cumsum(m.tensor(0.5), -2)",
             "m.cumsum(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).cumsum(2)",
             "m.zeros((0, 3)).cumsum(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).cumsum(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).cumsum(1)",
             "m.tensor(0.5).cumsum(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).cumsum(-9223372036854775808)",
             "m.tensor(0.5).cumsum(-1)",
             "m.tensor(0.5).cumsum(-2)",
             "m.tensor([1.0, 2.0, 3.0]).cumsum(1)",
             CT_INT32_X0 ".cumsum(0)"});
  set_calls(
      t, "amin",
      {"m.amin(x[0], 1)", "m.amin(x[0].T.contiguous().T, 1)", "m.amin(x[0])", "m.amin(x[0], (0,))",
       "m.amin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
       "m.amin(m.zeros((0, 3)), (2,))",
       "m.amin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
       "m.amin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))", "m.amin(m.tensor(0.5), (1,))",
       "m.amin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
       "m.amin(m.tensor(0.5), (-1,))", "m.amin(m.tensor(0.5), (-2,))",
       "m.amin(m.tensor([1.0, 2.0, 3.0]), (1,))"});
  set_calls(t, "std",
            {"x[0].T.contiguous().T.std()", "m.std(x[0], -1)", "m.std(x[0].T.contiguous().T, -1)",
             "m.std(x[0])", "m.std(x[0], dim=(0,))", "x[0].std()",
             "m.std(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(2,))",
             "m.std(m.zeros((0, 3)), dim=(2,))",
             "m.std(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(-3,))",
             "m.std(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(1,))",
             "m.std(m.tensor(0.5), dim=(1,))",
             "m.std(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=(-9223372036854775808,))",
             "m.std(m.tensor(0.5), dim=(-1,))", "m.std(m.tensor(0.5), dim=(-2,))",
             "m.std(m.tensor([1.0, 2.0, 3.0]), dim=(1,))",
             "m.std(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), dim=None, "
             "correction=9223372036854775807)"});
  set_calls(t, "sum.dim",
            {"x[0].sum_to_size(1, *x[0].shape[1:-1], 1)",
             "x[0].mT.contiguous().mT.sum_to_size(1, *x[0].shape[1:-1], 1)"});
  set_calls(t, "min",
            {"m.min(x[0])", "m.min(x[0], 0)[1]", "x[0].min()",
             "m.min(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)", "m.min(m.zeros((0, 3)), 2)",
             "m.min(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.min(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)", "m.min(m.tensor(0.5), 1)",
             "m.min(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.min(m.tensor(0.5), 0)", "m.min(m.tensor(0.5), -1)", "m.min(m.tensor(0.5), -2)",
             "m.min(m.tensor([1.0, 2.0, 3.0]), 1)"});
  set_calls(t, "argmin",
            {"m.argmin(x[0])",
             "m.argmin(x[0], 0)",
             "m.argmin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.argmin(m.zeros((0, 3)), 2)",
             "m.argmin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.argmin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.argmin(m.tensor(0.5), 1)",
             "m.argmin(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.argmin(m.tensor(0.5), -1)",
             "m.argmin(m.tensor(0.5), -2)",
             "m.argmin(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).argmin(2)",
             "m.zeros((0, 3)).argmin(2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).argmin(-3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).argmin(1)",
             "m.tensor(0.5).argmin(1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).argmin(-9223372036854775808)",
             "m.tensor(0.5).argmin(0)",
             "m.tensor(0.5).argmin(-1)",
             "m.tensor(0.5).argmin(-2)",
             "m.tensor([1.0, 2.0, 3.0]).argmin(1)"});
  set_calls(t, "any",
            {"m.any(x[0])", "m.any(x[0], 0)", "x[0].any()",
             "m.any(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)", "m.any(m.zeros((0, 3)), 2)",
             "m.any(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.any(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)", "m.any(m.tensor(0.5), 1)",
             "m.any(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.any(m.tensor(0.5), -1)", "m.any(m.tensor(0.5), -2)",
             "m.any(m.tensor([1.0, 2.0, 3.0]), 1)"});
}
}  // namespace ct::detail
