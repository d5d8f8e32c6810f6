// Reductions.
#include <numeric>
#include <optional>

#include "core/recorder.h"
#include "ops/ops_common.h"

namespace ct {

namespace {

template <class T>
using acc_t = std::conditional_t<std::is_floating_point_v<T>, double, uint64_t>;

// Sums `x` over the dims flagged in `reduce`, keeping them as size 1.
// float rows go through the SSE2 kernel; other types use the loop below.
template <class T, class A>
bool simd_row_sum(const T*, int64_t, A*) {
  return false;
}
bool simd_row_sum(const float* row, int64_t n, double* out) {
  *out = kernels::row_sum(row, n);
  return true;
}

Tensor sum_kernel(const Tensor& x, const std::vector<bool>& reduce, DType out_dtype) {
  const int64_t rank = x.dim();
  Shape out_shape = x.shape();
  for (int64_t d = 0; d < rank; ++d)
    if (reduce[d]) out_shape[d] = 1;
  Tensor out = zeros(out_shape, out_dtype);
  if (x.numel() == 0) return out;

  // Put kept dims first and reduced dims last, then work on a contiguous
  // buffer: rows of R reduced elements, or (when the reduced dims lead) a
  // running sum over rows of K kept elements.
  Shape perm, kept_first;
  bool leading = true, seen_kept = false;
  for (int64_t d = 0; d < rank; ++d) {
    if (reduce[d]) {
      if (seen_kept) leading = false;
    } else {
      seen_kept = true;
    }
  }
  int64_t K = out.numel();
  int64_t R = x.numel() / std::max<int64_t>(K, 1);

  // Reducing only broadcast (stride 0) dims, as the gradient of a sum or an
  // expand does: every reduced element is the same, so the sum is R times it.
  bool broadcast_only = true;
  for (int64_t d = 0; d < rank; ++d)
    if (reduce[d] && x.shape()[d] > 1 && x.strides()[d] != 0) broadcast_only = false;
  if (broadcast_only && R > 1) {
    kernels::copy_into(out, make_view(x, out_shape, x.strides(), x.storage_offset()));
    CT_DISPATCH_ALL(out_dtype, [&] {
      scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
      for (int64_t k = 0; k < K; ++k) {
        const long double total = static_cast<long double>(po[k]) * R;
        po[k] = static_cast<scalar_t>(total);
      }
    });
    return out;
  }
  CT_DISPATCH_ALL(x.dtype(), [&] {
    using T = scalar_t;
    using A = acc_t<T>;
    auto store = [&](const std::vector<A>& acc) {
      CT_DISPATCH_ALL(out_dtype, [&] {
        scalar_t* po = static_cast<scalar_t*>(out.raw_data_ptr());
        for (int64_t k = 0; k < K; ++k) po[k] = static_cast<scalar_t>(acc[k]);
      });
    };
    std::vector<A> acc(K, A(0));
    if (leading && K > 1 && x.is_contiguous()) {
      const T* p = static_cast<const T*>(x.raw_data_ptr());
      for (int64_t r = 0; r < R; ++r) {
        const T* row = p + r * K;
        for (int64_t k = 0; k < K; ++k) acc[k] += static_cast<A>(row[k]);
      }
      store(acc);
      return;
    }
    Tensor src = x;
    {
      Shape order;
      for (int64_t d = 0; d < rank; ++d)
        if (!reduce[d]) order.push_back(d);
      for (int64_t d = 0; d < rank; ++d)
        if (reduce[d]) order.push_back(d);
      Shape sizes, strides;
      for (int64_t d : order) {
        sizes.push_back(x.shape()[d]);
        strides.push_back(x.strides()[d]);
      }
      Tensor permuted = make_view(x, sizes, strides, x.storage_offset());
      if (!permuted.is_contiguous()) {
        src = make_empty(sizes, x.dtype());
        kernels::copy_into(src, permuted);
      } else {
        src = permuted;
      }
    }
    const T* p = static_cast<const T*>(src.raw_data_ptr());
    // rows in parallel, each summed by one thread (same result for any
    // number of threads)
    kernels::parallel_for(K,
                          std::max<int64_t>(1, kernels::kParallelGrain / std::max<int64_t>(R, 1)),
                          [&](int64_t k0, int64_t k1) {
                            for (int64_t k = k0; k < k1; ++k) {
                              const T* row = p + k * R;
                              if (simd_row_sum(row, R, &acc[k])) continue;
                              A s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                              int64_t r = 0;
                              for (; r + 4 <= R; r += 4) {
                                s0 += static_cast<A>(row[r]);
                                s1 += static_cast<A>(row[r + 1]);
                                s2 += static_cast<A>(row[r + 2]);
                                s3 += static_cast<A>(row[r + 3]);
                              }
                              for (; r < R; ++r) s0 += static_cast<A>(row[r]);
                              acc[k] = (s0 + s1) + (s2 + s3);
                            }
                          });
    store(acc);
  });
  return out;
}

DType sum_dtype(DType t) { return is_floating_point(t) ? t : DType::Int64; }

}  // namespace

std::vector<bool> dim_mask(const Shape& dims, int64_t rank) {
  std::vector<bool> mask(rank, dims.empty());
  bool scalar_seen = false;  // a 0-dim tensor's dims 0 and -1 are one dim
  for (int64_t d : dims) {
    int64_t w = wrap_dim(d, rank);
    if (rank == 0) {
      if (scalar_seen) throw RuntimeError("dim 0 appears multiple times in the list of dims");
      scalar_seen = true;
      continue;
    }
    if (mask[w])  // (0, -1) of a matrix names dim 0 twice too
      throw RuntimeError("dim " + std::to_string(w) +
                         " appears multiple times in the list of dims");
    mask[w] = true;
  }
  return mask;
}

Shape drop_dims(const Shape& keep_shape, const std::vector<bool>& mask) {
  Shape out;
  for (size_t d = 0; d < keep_shape.size(); ++d)
    if (!mask[d]) out.push_back(keep_shape[d]);
  return out;
}

// Gradient of a sum: unsqueeze the reduced dims back, then broadcast.
Tensor expand_reduced(const Tensor& g, const Shape& in_shape, const std::vector<bool>& mask,
                      bool keepdim) {
  // g may carry leading batch dims (batched gradients): keep them in front.
  int64_t reduced_rank = 0;
  for (size_t d = 0; d < in_shape.size(); ++d) reduced_rank += mask[d] ? 0 : 1;
  const int64_t lead = g.dim() - (keepdim ? static_cast<int64_t>(in_shape.size()) : reduced_rank);
  Tensor r = g;
  if (!keepdim)  // unsqueeze each reduced dim, as PyTorch's sum_backward does
    for (size_t d = 0; d < in_shape.size(); ++d)
      if (mask[d]) r = r.unsqueeze(static_cast<int64_t>(d) + lead);
  Shape target(g.shape().begin(), static_cast<size_t>(std::max<int64_t>(lead, 0)));
  for (int64_t s : in_shape) target.push_back(s);
  return r.expand(target);
}

namespace {
// A sum over x's last dims of a float x, as a fused kernel can end with it
// (ct::compile); nullopt for any other sum.
std::optional<detail::ElementwiseInfo> trailing_sum_info(const Tensor& x,
                                                         const std::vector<bool>& mask) {
  if (!x.defined() || (x.dtype() != DType::Float32 && x.dtype() != DType::Float64) ||
      x.dim() == 0 || x.numel() == 0)
    return std::nullopt;
  int64_t reduced = 0;
  for (size_t d = mask.size(); d-- > 0 && mask[d];) ++reduced;
  for (size_t d = 0; d + static_cast<size_t>(reduced) < mask.size(); ++d)
    if (mask[d]) return std::nullopt;
  if (reduced == 0) return std::nullopt;
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Sum;
  e.reduced = reduced;
  return e;
}
}  // namespace

Tensor sum(const Tensor& x) {
  if (detail::Recorder* rec = detail::active_recorder()) {
    const auto info = trailing_sum_info(x, std::vector<bool>(x.dim(), true));
    const detail::BatchedCall rule = [](const detail::BatchedArgs& b) {
      return detail::TensorVec{ct::sum(example_rows(b), Shape{1}, false)};
    };
    return detail::traced_call<Tensor>(
        rec, "sum", {x}, [](const detail::TensorVec& in) { return ct::sum(in[0]); },
        info ? &*info : nullptr, &rule);
  }
  std::vector<bool> mask(x.dim(), true);
  Tensor out = make_view(sum_kernel(x, mask, sum_dtype(x.dtype())), {}, {}, 0);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    std::vector<bool> all(in_shape.size(), true);
    batch_safe(record("SumBackward0", {&x}, out, [in_shape, all](BackwardCtx& c) -> TensorList {
      return {expand_reduced(c.grad(), in_shape, all, false)};
    }))->set_jvp([](const TensorList& t) { return ct::sum(t[0]); });
  }
  return out;
}

Tensor sum(const Tensor& x, const Shape& dims, bool keepdim) {
  if (detail::Recorder* rec = detail::active_recorder()) {
    std::optional<detail::ElementwiseInfo> info;
    try {
      info = trailing_sum_info(x, dim_mask(dims, x.dim()));
    } catch (const Error&) {  // a bad dim: the call below raises it, as eagerly
    }
    const detail::BatchedCall rule = [dims, keepdim](const detail::BatchedArgs& b) {
      if (b.ranks[0] == 0) return by_example();
      return detail::TensorVec{ct::sum(b.in[0], b.dims_or_all(dims), keepdim)};
    };
    return detail::traced_call<Tensor>(
        rec, "sum", {x},
        [dims, keepdim](const detail::TensorVec& in) { return ct::sum(in[0], dims, keepdim); },
        info ? &*info : nullptr, &rule);
  }
  std::vector<bool> mask = dim_mask(dims, x.dim());
  Tensor full_out = sum_kernel(x, mask, sum_dtype(x.dtype()));
  Tensor out = keepdim ? full_out
                       : make_view(full_out, drop_dims(full_out.shape(), mask),
                                   contiguous_strides(drop_dims(full_out.shape(), mask)), 0);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    batch_safe(record("SumBackward1", {&x}, out,
                      [in_shape, mask, keepdim](BackwardCtx& c) -> TensorList {
                        return {expand_reduced(c.grad(), in_shape, mask, keepdim)};
                      }))
        ->set_jvp([dims, keepdim](const TensorList& t) { return ct::sum(t[0], dims, keepdim); });
  }
  return out;
}

static void check_mean_dtype(const Tensor& x) {
  if (!x.is_floating_point())
    throw RuntimeError(
        std::string("mean(): could not infer output dtype. Input dtype must be either a floating "
                    "point or complex dtype. Got: ") +
        kind_name(x.dtype()));
}

Tensor mean(const Tensor& x) {
  CT_TRACE_BATCHED((ct::mean(example_rows(b), Shape{1}, false)), Tensor, "mean", (x),
                   ct::mean(in[0]));
  check_mean_dtype(x);
  const int64_t n = x.numel();
  Tensor out;
  {
    InternalGuard g;
    out = ct::sum(x) / static_cast<double>(n);
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    std::vector<bool> all(in_shape.size(), true);
    batch_safe(record("MeanBackward0", {&x}, out, [in_shape, n, all](BackwardCtx& c) -> TensorList {
      return {expand_reduced(c.grad(), in_shape, all, false) / static_cast<double>(n)};
    }))->set_jvp([](const TensorList& t) { return ct::mean(t[0]); });
  }
  return out;
}

Tensor mean(const Tensor& x, const Shape& dims, bool keepdim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::TensorVec{ct::mean(b.in[0], b.dims_or_all(dims), keepdim)}),
      Tensor, "mean", (x), ct::mean(in[0], dims, keepdim));
  check_mean_dtype(x);
  std::vector<bool> mask = dim_mask(dims, x.dim());
  int64_t n = 1;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (mask[d]) n *= x.shape()[d];
  Tensor out;
  {
    InternalGuard g;
    out = ct::sum(x, dims, keepdim) / static_cast<double>(n);
  }
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    batch_safe(record("MeanBackward1", {&x}, out,
                      [in_shape, mask, keepdim, n](BackwardCtx& c) -> TensorList {
                        return {expand_reduced(c.grad(), in_shape, mask, keepdim) /
                                static_cast<double>(n)};
                      }))
        ->set_jvp([dims, keepdim](const TensorList& t) { return ct::mean(t[0], dims, keepdim); });
  }
  return out;
}

// Composite: no derivative of its own (sum and view carry it).
Tensor sum_to(const Tensor& x, const Shape& shape, int64_t lead) {
  if (lead == 0) return sum_to(x, shape);
  Shape want(x.shape().begin(), static_cast<size_t>(lead));
  for (int64_t d : shape) want.push_back(d);
  if (x.shape() == want) return x;
  const int64_t extra = x.dim() - lead - static_cast<int64_t>(shape.size());
  Shape dims;
  for (int64_t d = 0; d < extra; ++d) dims.push_back(lead + d);
  for (size_t i = 0; i < shape.size(); ++i)
    if (shape[i] == 1 && x.shape()[lead + extra + i] != 1)
      dims.push_back(lead + extra + static_cast<int64_t>(i));
  if (dims.empty()) return x.reshape(want);
  return ct::sum(x, dims, true).reshape(want);
}

Tensor sum_to(const Tensor& x, const Shape& shape) {
  if (x.shape() == shape) return x;
  const int64_t lead = x.dim() - static_cast<int64_t>(shape.size());
  bool expandable = lead >= 0;
  for (size_t i = 0; expandable && i < shape.size(); ++i)
    expandable = shape[i] == 1 || shape[i] == x.shape()[lead + static_cast<int64_t>(i)];
  if (!expandable)
    throw RuntimeError("size {" + to_string(shape) + "} is not expandable to size {" +
                       to_string(x.shape()) + "}.");
  Shape dims;
  for (int64_t d = 0; d < lead; ++d) dims.push_back(d);
  for (size_t i = 0; i < shape.size(); ++i)
    if (shape[i] == 1 && x.shape()[lead + i] != 1) dims.push_back(lead + static_cast<int64_t>(i));
  if (dims.empty()) return x.reshape(shape);
  Tensor s = ct::sum(x, dims, true);
  return s.shape() == shape ? s : s.view(shape);  // torch: the sum, or a view of it
}

Tensor Tensor::sum() const { return ct::sum(*this); }
Tensor Tensor::sum(int64_t dim, bool keepdim) const { return ct::sum(*this, Shape{dim}, keepdim); }
Tensor Tensor::sum(const Shape& dims, bool keepdim) const { return ct::sum(*this, dims, keepdim); }
Tensor Tensor::mean() const { return ct::mean(*this); }
Tensor Tensor::mean(int64_t dim, bool keepdim) const {
  return ct::mean(*this, Shape{dim}, keepdim);
}
Tensor Tensor::mean(const Shape& dims, bool keepdim) const {
  return ct::mean(*this, dims, keepdim);
}

}  // namespace ct
