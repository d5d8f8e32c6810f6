// View ops (share storage), copies and joins, each with its derivative.
#include "core/recorder.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

namespace ct {

namespace {
// vmap rules' helpers (batch in front).
// `shape` for one example of `b`'s input with its -1 resolved (a batch of
// 0 examples cannot resolve it from the batch's numel), the batch in front.
Shape batched_shape(const detail::BatchedArgs& b, const Shape& shape) {
  Shape out{b.size};
  int64_t example = 1, known = 1, infer = -1;
  for (int64_t d = 1; d < b.in[0].dim(); ++d) example *= b.in[0].size(d);
  for (size_t k = 0; k < shape.size(); ++k) {
    if (shape[k] == -1 && infer < 0) {
      infer = static_cast<int64_t>(k);
    } else {
      known *= shape[k];
    }
    out.push_back(shape[k]);
  }
  if (infer >= 0 && known > 0 && example % known == 0)
    out[static_cast<size_t>(infer) + 1] = example / known;
  return out;
}

// A view of the batch when its layout allows one; otherwise the op runs
// per example (which raises the view's error where the example's own
// layout does not allow it either).
detail::TensorVec batched_view(const detail::BatchedArgs& b, const Shape& shape) {
  try {
    return {b.in[0].view(batched_shape(b, shape))};
  } catch (const Error&) {
    return by_example();
  }
}
Shape with_batch_dims(const detail::BatchedArgs& b, const Shape& dims) {
  Shape out{0};
  for (int64_t d : dims) out.push_back(b.dim(d));
  return out;
}
Tensor squeeze_examples(Tensor x) {
  for (int64_t d = x.dim() - 1; d >= 1; --d)
    if (x.size(d) == 1) x = x.squeeze(d);
  return x;
}
}  // namespace

namespace {

Tensor view_of(const Tensor& x, Shape sizes, Shape strides, int64_t offset) {
  Tensor v = make_view(x, std::move(sizes), std::move(strides), offset);
  mark_view(v, x);
  return v;
}

Shape infer_size(const Shape& shape, int64_t numel) {
  Shape out = shape;
  int64_t known = 1;
  int64_t infer = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (infer >= 0) throw RuntimeError("only one dimension can be inferred");
      infer = static_cast<int64_t>(i);
    } else if (shape[i] < 0) {
      throw RuntimeError("invalid shape dimension " + std::to_string(shape[i]));
    } else if (__builtin_mul_overflow(known, shape[i], &known)) {
      throw RuntimeError("shape '" + to_string(shape) + "' is invalid for input of size " +
                         std::to_string(numel));
    }
  }
  const bool ok = infer >= 0 ? known != 0 && numel % known == 0 : known == numel;
  if (!ok)
    throw RuntimeError("shape '" + to_string(shape) + "' is invalid for input of size " +
                       std::to_string(numel));
  if (infer >= 0) out[infer] = numel / known;
  return out;
}

// Strides that let `shape` view data laid out as (old_shape, old_strides),
// or nothing when a copy is needed (ATen's computeStride).
std::optional<Shape> view_strides(const Shape& old_shape, const Shape& old_strides,
                                  const Shape& shape) {
  Shape st(shape.size(), 1);
  if (old_shape.empty()) return st;
  const int64_t numel = old_shape.numel();
  if (numel == 0) {
    if (old_shape == shape) return old_strides;
    return contiguous_strides(shape);
  }
  int64_t view_d = static_cast<int64_t>(shape.size()) - 1;
  int64_t chunk_base_stride = old_strides.back();
  int64_t tensor_numel = 1, view_numel = 1;
  for (int64_t td = static_cast<int64_t>(old_shape.size()) - 1; td >= 0; --td) {
    tensor_numel *= old_shape[td];
    if (td == 0 ||
        (old_shape[td - 1] != 1 && old_strides[td - 1] != tensor_numel * chunk_base_stride)) {
      while (view_d >= 0 && (view_numel < tensor_numel || shape[view_d] == 1)) {
        st[view_d] = view_numel * chunk_base_stride;
        view_numel *= shape[view_d];
        --view_d;
      }
      if (view_numel != tensor_numel) return std::nullopt;
      if (td > 0) {
        chunk_base_stride = old_strides[td - 1];
        tensor_numel = 1;
        view_numel = 1;
      }
    }
  }
  if (view_d != -1) return std::nullopt;
  return st;
}

}  // namespace

Tensor reshape_view(const Tensor& x, const Shape& shape, const Shape& strides, const char* name) {
  Tensor out = view_of(x, shape, strides, x.storage_offset());
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    batch_safe(record(name, {&x}, out, [in_shape](BackwardCtx& c) -> TensorList {
      return {c.grad().reshape(with_batch(in_shape))};
    }))->set_jvp([shape](const TensorList& t) { return t[0].reshape(shape); });
  }
  return out;
}

namespace {

// d(slice)/dx: the gradient placed into zeros of the input's shape.
Tensor slice_backward(const Tensor& g, const Shape& in_shape, int64_t dim, int64_t start,
                      int64_t end, int64_t step) {
  // one primitive: a recording must not see zeros() without the write into it
  CT_TRACE(Tensor, "slice_backward", (g), slice_backward(in[0], in_shape, dim, start, end, step));
  Tensor out = zeros(in_shape, g.dtype());
  {
    Tensor dst = make_view(out, out.shape(), out.strides(), 0);
    Shape sizes = dst.shape(), strides = dst.strides();
    int64_t offset = start * strides[dim];
    sizes[dim] = g.shape()[dim];
    strides[dim] *= step;
    kernels::copy_into(make_view(out, sizes, strides, offset), g);
  }
  if (needs_grad(g))
    batch_safe(record("SliceBackwardBackward0", {&g}, out,
                      [dim, start, end, step](BackwardCtx& c) -> TensorList {
                        return {c.grad().slice(dim + batch_rank(), start, end, step)};
                      }));
  return out;
}

Tensor select_backward(const Tensor& g, const Shape& in_shape, int64_t dim, int64_t index) {
  CT_TRACE(Tensor, "select_backward", (g), select_backward(in[0], in_shape, dim, index));
  Tensor out = zeros(in_shape, g.dtype());
  Shape sizes = out.shape(), strides = out.strides();
  int64_t offset = index * strides[dim];
  sizes.erase(dim);
  strides.erase(dim);
  kernels::copy_into(make_view(out, sizes, strides, offset), g);
  if (needs_grad(g))
    batch_safe(
        record("SelectBackwardBackward0", {&g}, out, [dim, index](BackwardCtx& c) -> TensorList {
          return {c.grad().select(dim + batch_rank(), index)};
        }));
  return out;
}

}  // namespace

Tensor Tensor::view(const Shape& shape) const {
  CT_TRACE_BATCHED((batched_view(b, shape)), Tensor, "view", (*this), in[0].view(shape));
  Shape s = infer_size(shape, numel());
  auto st = view_strides(this->shape(), strides(), s);
  if (!st)
    throw RuntimeError(
        "view size is not compatible with input tensor's size and stride (at least one dimension "
        "spans across two contiguous subspaces). Use .reshape(...) instead.");
  return reshape_view(*this, s, *st, "ViewBackward0");
}

Tensor reshape(const Tensor& x, const Shape& shape) {
  CT_TRACE_BATCHED((detail::as_list(b.in[0].reshape(batched_shape(b, shape)))), Tensor, "reshape",
                   (x), ct::reshape(in[0], shape));
  Shape s = infer_size(shape, x.numel());
  if (auto st = view_strides(x.shape(), x.strides(), s))
    return reshape_view(x, s, *st, "ReshapeAliasBackward0");
  // A copy is needed: clone, then view the fresh contiguous buffer.
  Tensor copy = x.clone();
  Tensor out = reshape_view(copy, s, contiguous_strides(s), "UnsafeViewBackward0");
  out.impl()->view_base.reset();  // torch's _unsafe_view: not a view of anything the user holds
  return out;
}
Tensor Tensor::reshape(const Shape& shape) const { return ct::reshape(*this, shape); }

Tensor Tensor::flatten(int64_t start_dim, int64_t end_dim) const {
  if (dim() == 0) {  // a 0-d tensor's dims are checked as a 1-d one's (torch)
    wrap_dim(start_dim, 1);
    wrap_dim(end_dim, 1);
    return reshape({1});
  }
  int64_t s = wrap_dim(start_dim, dim()), e = wrap_dim(end_dim, dim());
  if (s > e) throw RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim");
  if (s == e) return *this;
  Shape out;
  for (int64_t d = 0; d < s; ++d) out.push_back(shape()[d]);
  int64_t m = 1;
  for (int64_t d = s; d <= e; ++d) m *= shape()[d];
  out.push_back(m);
  for (int64_t d = e + 1; d < dim(); ++d) out.push_back(shape()[d]);
  return reshape(out);
}

Tensor transpose(const Tensor& x, int64_t d0, int64_t d1) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(ct::transpose(b.in[0], b.dim(d0), b.dim(d1)))),
      Tensor, "transpose", (x), ct::transpose(in[0], d0, d1));
  const int64_t r = x.dim();
  d0 = wrap_dim(d0, r);
  d1 = wrap_dim(d1, r);
  Shape sizes = x.shape(), strides = x.strides();
  if (r > 0) {
    std::swap(sizes[d0], sizes[d1]);
    std::swap(strides[d0], strides[d1]);
  }
  Tensor out = view_of(x, sizes, strides, x.storage_offset());
  if (needs_grad(x))
    batch_safe(record("TransposeBackward0", {&x}, out, [d0, d1](BackwardCtx& c) -> TensorList {
      const int64_t b = batch_rank();
      if (d0 == d1) return {c.grad()};  // also every transpose of a 0-d tensor
      return {c.grad().transpose(d0 + b, d1 + b)};
    }))->set_jvp([d0, d1](const TensorList& t) { return t[0].transpose(d0, d1); });
  return out;
}
Tensor Tensor::transpose(int64_t d0, int64_t d1) const { return ct::transpose(*this, d0, d1); }
Tensor Tensor::mT() const {
  if (dim() == 0) return *this;  // torch 1.13 returns a 0-d tensor itself
  if (dim() < 2)
    throw RuntimeError("tensor.mT is only supported on matrices or batches of matrices. Got " +
                       std::to_string(dim()) + "-D tensor.");
  return transpose(-2, -1);
}

Tensor Tensor::t() const {
  CT_TRACE_BATCHED((b.ranks[0] > 2   ? by_example()
                    : b.ranks[0] < 2 ? detail::as_list(b.in[0])
                                     : detail::as_list(b.in[0].transpose(1, 2))),
                   Tensor, "t", (*this), in[0].t());
  if (dim() > 2)
    throw RuntimeError("t() expects a tensor with <= 2 dimensions, but self is " +
                       std::to_string(dim()) + "D");
  Shape sizes = shape(), st = strides();
  if (dim() == 2) {
    std::swap(sizes[0], sizes[1]);
    std::swap(st[0], st[1]);
  }
  Tensor out = view_of(*this, sizes, st, storage_offset());
  if (needs_grad(*this))
    batch_safe(record("TBackward0", {this}, out, [](BackwardCtx& c) -> TensorList {
      const int64_t b = batch_rank();
      const Tensor& g = c.grad();
      return {g.dim() - b == 2 ? g.transpose(b, b + 1) : g};
    }));
  return out;
}

Tensor permute(const Tensor& x, const Shape& dims) {
  CT_TRACE_BATCHED((int64_t(dims.size()) != b.ranks[0]
                        ? by_example()
                        : detail::as_list(ct::permute(b.in[0], with_batch_dims(b, dims)))),
                   Tensor, "permute", (x), ct::permute(in[0], dims));
  const int64_t r = x.dim();
  if (static_cast<int64_t>(dims.size()) != r)
    throw RuntimeError(
        "permute(sparse_coo): number of dimensions in the tensor input does not "
        "match the length of the desired ordering of dimensions i.e. input.dim() = " +
        std::to_string(r) + " is not equal to len(dims) = " + std::to_string(dims.size()));
  Shape sizes(r, 0), strides(r, 0), inverse(r, 0);
  std::vector<bool> seen(r, false);
  for (int64_t i = 0; i < r; ++i) {
    int64_t d = wrap_dim(dims[i], r);
    if (seen[d]) throw RuntimeError("permute(): duplicate dims are not allowed.");
    seen[d] = true;
    sizes[i] = x.shape()[d];
    strides[i] = x.strides()[d];
    inverse[d] = i;
  }
  Tensor out = view_of(x, sizes, strides, x.storage_offset());
  if (needs_grad(x))
    batch_safe(record("PermuteBackward0", {&x}, out, [inverse](BackwardCtx& c) -> TensorList {
      const int64_t b = batch_rank();
      Shape p;
      for (int64_t d = 0; d < b; ++d) p.push_back(d);
      for (int64_t d : inverse) p.push_back(d + b);
      return {c.grad().permute(p)};
    }));
  return out;
}
Tensor Tensor::permute(const Shape& dims) const { return ct::permute(*this, dims); }

Tensor Tensor::expand(const Shape& shape) const {
  CT_TRACE_BATCHED(
      (int64_t(shape.size()) < b.ranks[0]
           ? by_example()
           : detail::as_list(unsqueezed_after_batch(b.in[0], int64_t(shape.size()) - b.ranks[0])
                                 .expand(with_batch(b, shape)))),
      Tensor, "expand", (*this), in[0].expand(shape));
  const int64_t r = dim(), n = static_cast<int64_t>(shape.size());
  if (n < r)
    throw RuntimeError("expand(torch.FloatTensor{" + to_string(this->shape()) + "}, size=" +
                       to_string(shape) + "): the number of sizes provided (" + std::to_string(n) +
                       ") must be greater or equal to the number of dimensions in the tensor (" +
                       std::to_string(r) + ")");
  Shape sizes(n, 0), st(n, 0);
  for (int64_t i = n - 1; i >= 0; --i) {
    int64_t j = i - (n - r);
    int64_t want = shape[i];
    if (j >= 0) {
      int64_t have = this->shape()[j];
      if (want == -1) want = have;
      if (have == want) {
        sizes[i] = have;
        st[i] = strides()[j];
      } else if (have == 1) {
        sizes[i] = want;
        st[i] = 0;
      } else {
        throw RuntimeError("The expanded size of the tensor (" + std::to_string(want) +
                           ") must match the existing size (" + std::to_string(have) +
                           ") at non-singleton dimension " + std::to_string(i) +
                           ".  Target sizes: " + to_string(shape) +
                           ".  Tensor sizes: " + to_string(this->shape()));
      }
    } else {
      if (want < 0)
        throw RuntimeError(
            "The expanded size of the tensor (-1) isn't allowed in a leading, "
            "non-existing dimension " +
            std::to_string(i));
      sizes[i] = want;
      st[i] = 0;
    }
  }
  Tensor out = view_of(*this, sizes, st, storage_offset());
  if (needs_grad(*this)) {
    Shape in_shape = this->shape();
    batch_safe(record("ExpandBackward0", {this}, out, [in_shape](BackwardCtx& c) -> TensorList {
      return {sum_to(c.grad(), in_shape, batch_rank())};
    }));
  }
  return out;
}

Tensor unsqueeze(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED((detail::as_list(ct::unsqueeze(b.in[0], new_dim(b, dim, 1)))), Tensor,
                   "unsqueeze", (x), ct::unsqueeze(in[0], dim));
  dim = wrap_dim(dim, x.dim() + 1);
  Shape sizes = x.shape(), strides = x.strides();
  int64_t st = dim < x.dim() ? sizes[dim] * strides[dim] : 1;
  sizes.insert(dim, 1);
  strides.insert(dim, st);
  Tensor out = view_of(x, sizes, strides, x.storage_offset());
  if (needs_grad(x))
    batch_safe(record("UnsqueezeBackward0", {&x}, out, [dim](BackwardCtx& c) -> TensorList {
      return {c.grad().squeeze(dim + batch_rank())};
    }));
  return out;
}
Tensor Tensor::unsqueeze(int64_t d) const { return ct::unsqueeze(*this, d); }

Tensor squeeze(const Tensor& x) {
  CT_TRACE_BATCHED((detail::as_list(squeeze_examples(b.in[0]))), Tensor, "squeeze", (x),
                   ct::squeeze(in[0]));
  Shape sizes, strides;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (x.shape()[d] != 1) {
      sizes.push_back(x.shape()[d]);
      strides.push_back(x.strides()[d]);
    }
  Tensor out = view_of(x, sizes, strides, x.storage_offset());
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    batch_safe(record("SqueezeBackward0", {&x}, out, [in_shape](BackwardCtx& c) -> TensorList {
      return {c.grad().reshape(with_batch(in_shape))};
    }));
  }
  return out;
}

Tensor squeeze(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::squeeze(b.in[0], b.dim(dim)))), Tensor,
      "squeeze", (x), ct::squeeze(in[0], dim));
  dim = wrap_dim(dim, x.dim());
  Shape sizes = x.shape(), strides = x.strides();
  const bool squeezed = x.dim() > 0 && sizes[dim] == 1;
  if (squeezed) {
    sizes.erase(dim);
    strides.erase(dim);
  }
  Tensor out = view_of(x, sizes, strides, x.storage_offset());
  if (needs_grad(x))
    batch_safe(record("SqueezeBackward1", {&x}, out, [dim, squeezed](BackwardCtx& c) -> TensorList {
      return {squeezed ? c.grad().unsqueeze(dim + batch_rank()) : c.grad()};
    }));
  return out;
}
Tensor Tensor::squeeze() const { return ct::squeeze(*this); }
Tensor Tensor::squeeze(int64_t d) const { return ct::squeeze(*this, d); }

Tensor Tensor::slice(int64_t dim, std::optional<int64_t> start_opt, std::optional<int64_t> end_opt,
                     int64_t step) const {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(b.in[0].slice(b.dim(dim), start_opt, end_opt, step))),
      Tensor, "slice", (*this), in[0].slice(dim, start_opt, end_opt, step));
  if (this->dim() == 0) throw IndexError("slice() cannot be applied to a 0-dim tensor.");
  dim = wrap_dim(dim, this->dim());
  if (step <= 0) throw ValueError("slice step must be positive");
  const int64_t n = shape()[dim];
  int64_t start = start_opt.value_or(0), end = end_opt.value_or(n);
  if (start < 0) start = start < -n ? 0 : start + n;
  if (end < 0) end = end < -n ? 0 : end + n;
  start = std::clamp<int64_t>(start, 0, n);
  end = std::clamp<int64_t>(end, start, n);
  Shape sizes = shape(), st = strides();
  const int64_t span = end - start;  // both in [0, n]: no overflow
  sizes[dim] = span / step + (span % step != 0 ? 1 : 0);
  st[dim] *= step;
  Tensor out = view_of(*this, sizes, st, storage_offset() + start * strides()[dim]);
  if (needs_grad(*this)) {
    Shape in_shape = shape();
    batch_safe(record("SliceBackward0", {this}, out,
                      [in_shape, dim, start, end, step](BackwardCtx& c) -> TensorList {
                        return {slice_backward(c.grad(), with_batch(in_shape), dim + batch_rank(),
                                               start, end, step)};
                      }));
  }
  return out;
}

Tensor narrow(const Tensor& x, int64_t dim, int64_t start, int64_t length) {
  if (x.dim() == 0) throw RuntimeError("narrow() cannot be applied to a 0-dim tensor.");
  dim = wrap_dim(dim, x.dim());
  const int64_t n = x.shape()[dim];
  // torch 1.13 wraps start as a dim of n (its IndexError); start == n (an
  // empty slice at the end) is allowed, as later torch does.
  if (start != n) start = wrap_dim(start, n);
  if (length < 0 || length > n - start)
    throw RuntimeError("start (" + std::to_string(start) + ") + length (" + std::to_string(length) +
                       ") exceeds dimension size (" + std::to_string(n) + ").");
  return x.slice(dim, start, start + length, 1);
}
Tensor Tensor::narrow(int64_t d, int64_t s, int64_t l) const { return ct::narrow(*this, d, s, l); }

Tensor select(const Tensor& x, int64_t dim, int64_t index) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(ct::select(b.in[0], b.dim(dim), index))),
      Tensor, "select", (x), ct::select(in[0], dim, index));
  if (x.dim() == 0) throw IndexError("select() cannot be applied to a 0-dim tensor.");
  dim = wrap_dim(dim, x.dim());
  const int64_t n = x.shape()[dim];
  if (index < -n || index >= n)
    throw IndexError("select(): index " + std::to_string(index) +
                     " out of range for tensor of size " + to_string(x.shape()) + " at dimension " +
                     std::to_string(dim));
  if (index < 0) index += n;
  Shape sizes = x.shape(), strides = x.strides();
  int64_t offset = x.storage_offset() + index * strides[dim];
  sizes.erase(dim);
  strides.erase(dim);
  Tensor out = view_of(x, sizes, strides, offset);
  if (needs_grad(x)) {
    Shape in_shape = x.shape();
    batch_safe(
        record("SelectBackward0", {&x}, out, [in_shape, dim, index](BackwardCtx& c) -> TensorList {
          return {select_backward(c.grad(), with_batch(in_shape), dim + batch_rank(), index)};
        }));
  }
  return out;
}
Tensor Tensor::select(int64_t d, int64_t i) const { return ct::select(*this, d, i); }

// ---------------------------------------------------------------- copies

Tensor clone(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "clone", (x), ct::clone(in[0]));
  Tensor out = make_empty(x.shape(), x.dtype());
  kernels::copy_into(out, x);
  if (needs_grad(x))
    batch_safe(record("CloneBackward0", {&x}, out,
                      [](BackwardCtx& c) -> TensorList { return {c.grad()}; }));
  return out;
}
Tensor Tensor::clone() const { return ct::clone(*this); }
Tensor Tensor::contiguous() const { return is_contiguous() ? *this : ct::clone(*this); }

Tensor Tensor::to(DType dtype) const {
  if (dtype == this->dtype()) return *this;
  CT_TRACE_ELEMENTWISE(cast_info(), Tensor, "to", (*this), in[0].to(dtype));
  Tensor out = make_empty(shape(), dtype);
  kernels::copy_into(out, *this);
  if (needs_grad(*this) && ct::is_floating_point(dtype)) {
    DType in_dtype = this->dtype();
    batch_safe(record("ToCopyBackward0", {this}, out, [in_dtype](BackwardCtx& c) -> TensorList {
      return {c.grad().to(in_dtype)};
    }));
  }
  return out;
}

// ---------------------------------------------------------------- joins

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  CT_TRACE_BATCHED(
      (same_rank_batched(b).empty() || b.ranks[0] == 0
           ? by_example()
           : detail::as_list(ct::cat(same_rank_batched(b), b.dim(dim) + (b.batched[0] ? 0 : 1)))),
      Tensor, "cat", (tensors), ct::cat(in, dim));
  if (tensors.empty()) throw RuntimeError("torch.cat(): expected a non-empty list of Tensors");
  for (size_t i = 0; i < tensors.size(); ++i)
    if (tensors[i].dim() == 0)
      throw RuntimeError("zero-dimensional tensor (at position " + std::to_string(i) +
                         ") cannot be concatenated");
  const Tensor& ref = tensors[0];
  dim = wrap_dim(dim, ref.dim());
  DType dt = ref.dtype();
  int64_t total = 0;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (t.dim() != ref.dim())
      throw RuntimeError("Tensors must have same number of dimensions: got " +
                         std::to_string(ref.dim()) + " and " + std::to_string(t.dim()));
    for (int64_t d = 0; d < ref.dim(); ++d)
      if (d != dim && t.shape()[d] != ref.shape()[d])
        throw RuntimeError("Sizes of tensors must match except in dimension " +
                           std::to_string(dim) + ". Expected size " +
                           std::to_string(ref.shape()[d]) + " but got size " +
                           std::to_string(t.shape()[d]) + " for tensor number " +
                           std::to_string(i) + " in the list.");
    total += t.shape()[dim];
    if (i) dt = result_type(make_empty(Shape{1}, dt), make_empty(Shape{1}, t.dtype()));
  }
  if (ref.dim() == 0)
    throw RuntimeError("zero-dimensional tensor (at position 0) cannot be concatenated");
  Shape out_shape = ref.shape();
  out_shape[dim] = total;
  Tensor out = make_empty(out_shape, dt);
  std::vector<int64_t> offsets;
  int64_t off = 0;
  for (const Tensor& t : tensors) {
    Shape sizes = out.shape();
    sizes[dim] = t.shape()[dim];
    kernels::copy_into(make_view(out, sizes, out.strides(), off * out.strides()[dim]), t);
    offsets.push_back(off);
    off += t.shape()[dim];
  }
  bool any = false;
  for (const Tensor& t : tensors) any = any || needs_grad(t);
  if (any) {
    std::vector<int64_t> lengths;
    for (const Tensor& t : tensors) lengths.push_back(t.shape()[dim]);
    auto f = [dim, offsets, lengths](BackwardCtx& c) -> TensorList {
      TensorList grads;
      for (size_t i = 0; i < offsets.size(); ++i)
        grads.push_back(c.needs(i) ? c.grad().narrow(dim + batch_rank(), offsets[i], lengths[i])
                                   : Tensor());
      return grads;
    };
    auto node = std::make_shared<FormulaNode<decltype(f)>>("CatBackward0", std::move(f));
    node->batch_safe = true;
    connect_list(node, tensors, {&out});
    finish_forward(*node);
  }
  return out;
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  CT_TRACE_BATCHED((same_rank_batched(b).empty()
                        ? by_example()
                        : detail::as_list(ct::stack(same_rank_batched(b), new_dim(b, dim, 1)))),
                   Tensor, "stack", (tensors), ct::stack(in, dim));
  if (tensors.empty()) throw RuntimeError("stack expects a non-empty TensorList");
  dim = wrap_dim(dim, tensors[0].dim() + 1);
  const Shape& s0 = tensors[0].shape();
  for (size_t i = 1; i < tensors.size(); ++i)
    if (tensors[i].shape() != s0)
      throw RuntimeError("stack expects each tensor to be equal size, but got " + to_string(s0) +
                         " at entry 0 and " + to_string(tensors[i].shape()) + " at entry " +
                         std::to_string(i));
  Tensor out;
  {
    InternalGuard g;
    std::vector<Tensor> parts;
    for (const Tensor& t : tensors) parts.push_back(t.unsqueeze(dim));
    out = cat(parts, dim);
  }
  bool any = false;
  for (const Tensor& t : tensors) any = any || needs_grad(t);
  if (any) {
    size_t n = tensors.size();
    auto f = [dim, n](BackwardCtx& c) -> TensorList {
      TensorList grads;
      for (size_t i = 0; i < n; ++i)
        grads.push_back(c.needs(i) ? c.grad().select(dim + batch_rank(), static_cast<int64_t>(i))
                                   : Tensor());
      return grads;
    };
    auto node = std::make_shared<FormulaNode<decltype(f)>>("StackBackward0", std::move(f));
    node->batch_safe = true;
    connect_list(node, tensors, {&out});
    finish_forward(*node);
  }
  return out;
}

}  // namespace ct

namespace ct::detail {
void add_view_ops(std::vector<OpInfo>& t) {
  {
    OpInfo op{"transpose",  "",  "TransposeBackward0", "g.transpose", OpKind::View,
              Domain::Real, true};
    op.general = [](const std::vector<Tensor>& in) {
      return std::vector<Tensor>{in[0].transpose(0, 1)};
    };
    op.arity = 1;
    op.samples = [](DType dt) {
      return std::vector<std::vector<Tensor>>{{sample_tensor({3, 4}, Domain::Real, dt, 1)},
                                              {sample_tensor({2, 3, 4}, Domain::Real, dt, 2)}};
    };
    op.python_call = "m.transpose(x[0], 0, 1)";
    t.push_back(op);
  }
  const auto V = OpKind::View;
  const auto R = Domain::Real;
  auto m34 = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  auto only34 = [](DType dt) {
    return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 31)},
                   {sample_tensor({4, 3}, Domain::Real, dt, 32).t()}};
  };
  auto c34 = [](DType dt) { return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 33)}}; };
  add_general(
      t, "view", "torch.Tensor.view", "ViewBackward0", "g.reshape(x.shape) (also view_as)", V, R,
      true, 1,
      [](const TL& in) {
        return TL{in[0].view({4, 3})};
      },
      c34, "x[0].view(4, 3)");
  add_general(
      t, "reshape", "", "ReshapeAliasBackward0", "g.reshape(x.shape)", V, R, true, 1,
      [](const TL& in) {
        return TL{ct::reshape(in[0], {2, 6})};
      },
      c34, "m.reshape(x[0], (2, 6))");
  add_general(
      t, "reshape.copy", "", "UnsafeViewBackward0", "g.reshape(x.shape)", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::reshape(ct::transpose(in[0], 0, 1), {12})}; }, c34,
      "m.reshape(m.transpose(x[0], 0, 1), (12,))");
  add_general(
      t, "flatten", "", "ReshapeAliasBackward0", "composite (reshape)", V, R, true, 1,
      [](const TL& in) { return TL{ct::flatten(in[0], 1)}; },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 49)},
                       {sample_tensor({3, 2, 2}, Domain::Real, dt, 50)}};
      },
      "m.flatten(x[0], 1)");
  add_general(
      t, "detach", "torch.Tensor.detach", "", "cuts the graph", V, R, true, 1,
      [](const TL& in) { return TL{in[0].detach()}; }, m34, "x[0].detach()");
  add_general(
      t, "unflatten", "", "ViewBackward0", "composite (view)", V, R, true, 1,
      [](const TL& in) {
        return TL{ct::unflatten(in[0], -1, {2, 2})};
      },
      m34, "m.unflatten(x[0], -1, (2, 2))");
  add_general(
      t, "t", "", "TBackward0", "g.t()", V, R, true, 1, [](const TL& in) { return TL{in[0].t()}; },
      only34, "m.t(x[0])");
  add_general(
      t, "permute", "", "PermuteBackward0", "g.permute(inverse)", V, R, true, 1,
      [](const TL& in) {
        return TL{ct::permute(in[0], {2, 0, 1})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 34)},
                       {sample_tensor({2, 4, 3}, Domain::Real, dt, 35).transpose(1, 2)}};
      },
      "m.permute(x[0], (2, 0, 1))");
  add_general(
      t, "expand", "torch.Tensor.expand", "ExpandBackward0",
      "sum_to(g, x.shape) (also expand_as, broadcast_to)", V, R, true, 1,
      [](const TL& in) {
        return TL{in[0].expand({2, 3, 4})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 1}, Domain::Real, dt, 36)},
                       {sample_tensor({4}, Domain::Real, dt, 37)}};
      },
      "x[0].expand(2, 3, 4)");
  add_general(
      t, "unsqueeze", "", "UnsqueezeBackward0", "g.squeeze(d)", V, R, true, 1,
      [](const TL& in) { return TL{ct::unsqueeze(in[0], 1)}; }, m34, "m.unsqueeze(x[0], 1)");
  add_general(
      t, "squeeze", "", "SqueezeBackward0", "g.reshape(x.shape)", V, R, true, 1,
      [](const TL& in) { return TL{ct::squeeze(in[0])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 1, 4}, Domain::Real, dt, 38)},
                       {sample_tensor({1, 4, 1}, Domain::Real, dt, 39)}};
      },
      "m.squeeze(x[0])");
  add_general(
      t, "squeeze.dim", "", "SqueezeBackward1", "g.unsqueeze(d)", V, R, true, 1,
      [](const TL& in) { return TL{ct::squeeze(in[0], 1)}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 1, 4}, Domain::Real, dt, 40)},
                       {sample_tensor({2, 1}, Domain::Real, dt, 41)}};
      },
      "m.squeeze(x[0], 1)");
  add_general(
      t, "narrow", "", "SliceBackward0",
      "g placed in zeros (SliceBackwardBackward0: slice); also x[a:b:s]", V, R, true, 1,
      [](const TL& in) { return TL{ct::narrow(in[0], 1, 1, 2)}; }, m34, "m.narrow(x[0], 1, 1, 2)");
  add_general(
      t, "select", "", "SelectBackward0",
      "g placed in zeros (SelectBackwardBackward0: select); also x[i]", V, R, true, 1,
      [](const TL& in) { return TL{ct::select(in[0], 1, 2)}; }, m34, "m.select(x[0], 1, 2)");
  add_general(
      t, "diagonal", "", "DiagonalBackward0", "g placed on the diagonal", V, R, true, 1,
      [](const TL& in) { return TL{ct::diagonal(in[0], 1, 0, 1)}; }, m34,
      "m.diagonal(x[0], 1, 0, 1)");
  add_general(
      t, "clone", "", "CloneBackward0", "g", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::clone(in[0])}; }, m34, "m.clone(x[0])");
  add_general(
      t, "contiguous", "torch.Tensor.contiguous", "CloneBackward0",
      "g (a copy when not contiguous)", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::transpose(in[0], 0, 1).contiguous()}; }, m34,
      "m.transpose(x[0], 0, 1).contiguous()");
  add_general(
      t, "cat", "", "CatBackward0", "g.narrow per input", OpKind::Other, R, false, 2,
      [](const TL& in) {
        return TL{ct::cat({in[0], in[1]}, 1)};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 42),
                        sample_tensor({3, 2}, Domain::Real, dt, 43)},
                       {sample_tensor({3, 4}, Domain::Real, dt, 44),
                        sample_tensor({2, 3}, Domain::Real, dt, 45).t()}};
      },
      "m.cat([x[0], x[1]], 1)");
  add_general(
      t, "stack", "", "StackBackward0", "g.select per input", OpKind::Other, R, false, 2,
      [](const TL& in) {
        return TL{ct::stack({in[0], in[1]}, 1)};
      },
      [](DType dt) { return matrix_pair_samples(dt, Domain::Real); }, "m.stack([x[0], x[1]], 1)");
  add_general(
      t, "split", "", "SplitBackward0", "cat of the parts' gradients", V, R, true, 1,
      [](const TL& in) { return ct::split(in[0], 3, 1); }, m34, "m.split(x[0], 3, 1)");
  add_general(
      t, "split.sizes", "", "SplitWithSizesBackward0", "cat of the parts' gradients", V, R, true, 1,
      [](const TL& in) {
        return ct::split(in[0], std::vector<int64_t>{1, 3}, -1);
      },
      m34, "m.split(x[0], [1, 3], -1)");
  add_general(
      t, "chunk", "", "SplitBackward0", "cat of the parts' gradients (split)", V, R, true, 1,
      [](const TL& in) { return ct::chunk(in[0], 2, 1); }, m34, "m.chunk(x[0], 2, 1)");
  add_general(
      t, "unbind", "", "UnbindBackward0", "stack of the parts' gradients", V, R, true, 1,
      [](const TL& in) { return ct::unbind(in[0], 1); }, m34, "m.unbind(x[0], 1)");
  add_general(
      t, "repeat", "torch.Tensor.repeat", "RepeatBackward0", "g summed over the tiles",
      OpKind::Other, R, true, 1,
      [](const TL& in) {
        return TL{ct::repeat(in[0], {2, 1, 2})};
      },
      only34, "x[0].repeat(2, 1, 2)");
  add_general(
      t, "flip", "", "FlipBackward0", "g.flip(dims)", OpKind::Other, R, true, 1,
      [](const TL& in) {
        return TL{ct::flip(in[0], {0, 1})};
      },
      m34, "m.flip(x[0], (0, 1))");
  add_general(
      t, "roll", "", "RollBackward0", "g.roll(-shifts, dims)", OpKind::Other, R, true, 1,
      [](const TL& in) {
        return TL{ct::roll(in[0], {1, -2}, {0, 1})};
      },
      m34, "m.roll(x[0], (1, -2), (0, 1))");
  add_general(
      t, "diag", "", "DiagBackward0", "diagonal / diag_embed of g", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::diag(in[0], 1)}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 46)},
                       {sample_tensor({5}, Domain::Real, dt, 47)},
                       {sample_tensor({4, 3}, Domain::Real, dt, 48).t()}};
      },
      "m.diag(x[0], 1)");
  add_general(
      t, "diag_embed", "", "DiagEmbedBackward0", "g.diagonal", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::diag_embed(in[0], 1)}; }, m34, "m.diag_embed(x[0], 1)");
  add_general(
      t, "tril", "", "TrilBackward0", "g.tril(k)", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::tril(in[0], 1)}; }, m34, "m.tril(x[0], 1)");
  add_general(
      t, "triu", "", "TriuBackward0", "g.triu(k)", OpKind::Other, R, true, 1,
      [](const TL& in) { return TL{ct::triu(in[0], -1)}; }, m34, "m.triu(x[0], -1)");

  // Python's signatures: module functions take a list of sizes, methods
  // also take them as separate arguments (x.view(2, 3)).
  const auto F = Binding::Function;
  const auto M = Binding::Method;
  set_signatures(t, "transpose",
                 {{"(Tensor input, int dim0, int dim1)",
                   CT_CALL(ct::transpose(a.tensor(0), a.integer(1), a.integer(2)))},
                  {"swapaxes(Tensor input, int axis0, int axis1)",
                   CT_CALL(ct::transpose(a.tensor(0), a.integer(1), a.integer(2)))},
                  {"swapdims(Tensor input, int dim0, int dim1)",
                   CT_CALL(ct::transpose(a.tensor(0), a.integer(1), a.integer(2)))}});
  set_signatures(
      t, "view",
      {{"(Tensor self, int... size)", CT_CALL(a.tensor(0).view(a.ints(1))), M},
       {"(Tensor self, ScalarType dtype)",
        CT_CALL((throw NotImplementedError("view(dtype) is not supported by cotangent"), Tensor())),
        M},
       {"view_as(Tensor self, Tensor other)", CT_CALL(a.tensor(0).view_as(a.tensor(1))), M}});
  set_signatures(
      t, "reshape",
      {{"(Tensor input, int[] shape)", CT_CALL(ct::reshape(a.tensor(0), a.ints(1))), F},
       {"(Tensor self, int... shape)", CT_CALL(ct::reshape(a.tensor(0), a.ints(1))), M},
       {"reshape_as(Tensor self, Tensor other)", CT_CALL(a.tensor(0).reshape_as(a.tensor(1))), M}});
  set_signatures(t, "flatten",
                 {{"(Tensor input, int start_dim=0, int end_dim=-1)",
                   CT_CALL(ct::flatten(a.tensor(0), a.integer(1), a.integer(2)))}});
  set_signatures(t, "detach", {{"(Tensor input)", CT_CALL(a.tensor(0).detach())}});
  set_signatures(t, "unflatten",
                 {{"(Tensor input, int dim, int[] sizes)",
                   CT_CALL(ct::unflatten(a.tensor(0), a.integer(1), a.ints(2)))}});
  set_signatures(t, "t", {{"(Tensor input)", CT_CALL(a.tensor(0).t())}});
  set_signatures(t, "permute",
                 {{"(Tensor input, int[] dims)", CT_CALL(ct::permute(a.tensor(0), a.ints(1))), F},
                  {"(Tensor self, int... dims)", CT_CALL(ct::permute(a.tensor(0), a.ints(1))), M}});
  set_signatures(
      t, "expand",
      {{"(Tensor self, int... size)", CT_CALL(a.tensor(0).expand(a.ints(1))), M},
       {"expand_as(Tensor self, Tensor other)", CT_CALL(a.tensor(0).expand_as(a.tensor(1))), M},
       {"broadcast_to(Tensor input, int[] size)",
        CT_CALL(ct::broadcast_to(a.tensor(0), a.ints(1)))}});
  set_signatures(t, "unsqueeze",
                 {{"(Tensor input, int dim)", CT_CALL(ct::unsqueeze(a.tensor(0), a.integer(1)))}});
  set_signatures(
      t, "squeeze",
      {{"(Tensor input, int? dim=None)",
        CT_CALL(a.none(1) ? ct::squeeze(a.tensor(0)) : ct::squeeze(a.tensor(0), a.integer(1)))}});
  set_signatures(t, "narrow",
                 {{"(Tensor input, int dim, int start, int length)",
                   CT_CALL(ct::narrow(a.tensor(0), a.integer(1), a.integer(2), a.integer(3)))}});
  set_signatures(t, "select",
                 {{"(Tensor input, int dim, int index)",
                   CT_CALL(ct::select(a.tensor(0), a.integer(1), a.integer(2)))}});
  set_signatures(t, "diagonal",
                 {{"(Tensor input, int offset=0, int dim1=0, int dim2=1)",
                   CT_CALL(ct::diagonal(a.tensor(0), a.integer(1), a.integer(2), a.integer(3)))}});
  set_signatures(t, "clone",
                 {{"(Tensor input)", CT_CALL(ct::clone(a.tensor(0)))},
                  {"copy_(Tensor self, Tensor src) -> self",
                   CT_CALL(Tensor(a.tensor(0)).copy_(a.tensor(1))), M}});
  set_signatures(t, "contiguous", {{"(Tensor self)", CT_CALL(a.tensor(0).contiguous()), M}});
  for (const char* schema : {"(Tensor[] tensors, int dim=0)", "concat(Tensor[] tensors, int dim=0)",
                             "concatenate(Tensor[] tensors, int dim=0)"})
    set_signatures(t, "cat", {{schema, CT_CALL(ct::cat(a.tensors(0), a.integer(1))), F}});
  set_signatures(
      t, "stack",
      {{"(Tensor[] tensors, int dim=0)", CT_CALL(ct::stack(a.tensors(0), a.integer(1))), F}});
  set_signatures(
      t, "split",
      {{"(Tensor input, int split_size_or_sections, int dim=0)",
        CT_CALL(ct::split(a.tensor(0), a.integer(1), a.integer(2)))},
       {"(Tensor input, int[] split_size_or_sections, int dim=0)",
        CT_CALL(ct::split(a.tensor(0), std::vector<int64_t>(a.ints(1).begin(), a.ints(1).end()),
                          a.integer(2)))}});
  set_signatures(t, "chunk",
                 {{"(Tensor input, int chunks, int dim=0)",
                   CT_CALL(ct::chunk(a.tensor(0), a.integer(1), a.integer(2)))}});
  set_signatures(t, "unbind",
                 {{"(Tensor input, int dim=0)", CT_CALL(ct::unbind(a.tensor(0), a.integer(1)))}});
  set_signatures(
      t, "repeat",
      {{"(Tensor self, int... repeats)", CT_CALL(ct::repeat(a.tensor(0), a.ints(1))), M}});
  set_signatures(t, "flip",
                 {{"(Tensor input, int[] dims)", CT_CALL(ct::flip(a.tensor(0), a.ints(1))), F},
                  {"(Tensor self, int... dims)", CT_CALL(ct::flip(a.tensor(0), a.ints(1))), M}});
  set_signatures(t, "roll",
                 {{"(Tensor input, int[] shifts, int[]? dims=None)",
                   CT_CALL(ct::roll(a.tensor(0), a.ints(1), a.opt_ints(2).value_or(Shape{})))}});
  set_signatures(
      t, "diag",
      {{"(Tensor input, int diagonal=0)", CT_CALL(ct::diag(a.tensor(0), a.integer(1)))}});
  set_signatures(
      t, "diag_embed",
      {{"(Tensor input, int offset=0, int dim1=-2, int dim2=-1)",
        CT_CALL(ct::diag_embed(a.tensor(0), a.integer(1), a.integer(2), a.integer(3)))}});
  set_signatures(
      t, "tril",
      {{"(Tensor input, int diagonal=0)", CT_CALL(ct::tril(a.tensor(0), a.integer(1)))}});
  set_signatures(
      t, "triu",
      {{"(Tensor input, int diagonal=0)", CT_CALL(ct::triu(a.tensor(0), a.integer(1)))}});

  set_calls(
      t, "repeat",
      {"x[0].repeat(2, 1, 3)", "x[0][0].repeat(2)", "x[0].repeat(2)", "x[0].repeat((2, 2))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).repeat((2,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).repeat((2, -1))  # message: cotangent: Trying "
       "to create tensor with negative dimension -1: [2, -1]",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).repeat(((1 << 40), (1 << 40)))  # message: "
       "cotangent: Storage size calculation overflowed with sizes=[1099511627776, 2, "
       "1099511627776, 3]",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).repeat((9223372036854775807, 1))  # message: "
       "cotangent: repeat: the result of repeating [2, 3] by [9223372036854775807, 1] is too large",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).repeat((0, 1))"});
  set_calls(t, "flip",
            {"m.flip(x[0], (0, -1))",
             "x[0].flip(-1)",
             "m.flip(x[0], (0, 0))",
             "m.flip(x[0], (3,))",
             "x[0].flip(0, -1)",
             "x[0].mT.contiguous().mT.flip(0, -1)",
             "m.flip(x[0], (0,))",
             "x[0].flip((0,))",
             "m.flip(x[0], ())",
             "m.flip(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
             "m.flip(m.zeros((0, 3)), (2,))",
             "m.flip(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
             "m.flip(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
             "m.flip(m.tensor(0.5), (1,))",
             "m.flip(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,))",
             "m.flip(m.tensor(0.5), (-1,))",
             "m.flip(m.tensor(0.5), (-2,))",
             "m.flip(m.tensor([1.0, 2.0, 3.0]), (1,))",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).flip((0, 0))  # message: cotangent: "
             "dims has duplicates, original flip dims size=2",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).flip((1, -1))  # message: cotangent: "
             "dims has duplicates, original flip dims size=2"});
  set_calls(t, "roll",
            {"m.roll(x[0], 1, 0)",
             "m.roll(x[0], (-1, 5), (0, 1))",
             "m.roll(x[0], 2)",
             "m.roll(x[0], (1, 2), (0,))",
             "m.roll(x[0], 1, 3)  # edges: torch returns early on a zero-element tensor without "
             "checking the dtypes or dims; cotangent checks them",
             "m.roll(x[0], 1, -1)",
             "m.roll(x[0].mT.contiguous().mT, 1, -1)",
             "m.roll(x[0], (1,), (0,))",
             "m.roll(x[0], (1,))",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,), (2,))",
             "m.roll(m.zeros((0, 3)), (1,), (2,))  # differs (IndexError): PyTorch quirk: roll "
             "returns early for a zero-element tensor without checking dims; cotangent checks them",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,), (-3,))",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,), (1,))",
             "m.roll(m.tensor(0.5), (1,), (1,))",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,), (-9223372036854775808,))",
             "m.roll(m.tensor(0.5), (1,), (-1,))",
             "m.roll(m.tensor(0.5), (1,), (-2,))",
             "m.roll(m.tensor([1.0, 2.0, 3.0]), (1,), (1,))",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 2), (0,))",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 2))  # message: cotangent: "
             "`shifts` required",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808,), (1,))  "
             "# differs (returns): PyTorch overflows (a PyTorch bug): roll by INT64_MIN rolls by "
             "-1; cotangent rolls by INT64_MIN mod 3 = 1, which is exact",
             "m.roll(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), ())"});
  set_calls(t, "diagonal",
            {"m.diagonal(x[0])",
             "m.diagonal(x[0], 1)",
             "m.diagonal(x[0], -1)",
             "m.diagonal(x[0], 5)",
             "x[0].diagonal(0, 0, -1)",
             "m.diagonal(x[0], 0, 1, 1)",
             "x[0].reshape(3, 2, 2).diagonal(-1, 2, 0)",
             "x[0].mT",
             "x[0].diagonal(0, -2, -1)",
             "x[0].mT.contiguous().mT.diagonal(0, -2, -1)",
             "m.diagonal(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 2, 0)",
             "m.diagonal(m.zeros((0, 3)), 0, 2, 0)",
             "m.diagonal(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -3, 0)",
             "m.diagonal(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 1, 0)",
             "m.diagonal(m.tensor(0.5), 0, 1, 0)",
             "m.diagonal(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -9223372036854775808, 0)",
             "m.diagonal(m.tensor(0.5), 0, 0, 0)",
             "m.diagonal(m.tensor(0.5), 0, -1, 0)",
             "m.diagonal(m.tensor(0.5), 0, -2, 0)",
             "m.diagonal(m.tensor([1.0, 2.0, 3.0]), 0, 1, 0)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).diagonal(0, 0, 0)",
             "m.tensor([1.0, 2.0, 3.0]).diagonal()",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).diagonal(9223372036854775807)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).diagonal(-9223372036854775808)"});
  set_calls(t, "diag",
            {"m.diag(x[0].reshape(-1)[:2])", "m.diag(x[0].reshape(-1)[:2], -1)",
             "m.diag(x[0].unsqueeze(0))", "m.diag(x[0])", "m.diag(m.ones((2, 3, 3)))",
             "m.diag(m.tensor([1.0, 2.0, 3.0]), 9223372036854775807)  # message: cotangent: "
             "diag_embed: offset 9223372036854775807 is too large",
             "m.diag(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)  # "
             "differs (returns): PyTorch overflows (a PyTorch bug): diag(x, INT64_MIN) overflows "
             "numel; cotangent returns the empty diagonal"});
  set_calls(
      t, "diag_embed",
      {"m.diag_embed(x[0])", "m.diag_embed(x[0], 1, 0, 2)", "m.diag_embed(x[0], 0, 0, 0)",
       "m.diag_embed(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 2, 0)",
       "m.diag_embed(m.zeros((0, 3)), 0, 2, 0)",
       "m.diag_embed(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -3, 0)",
       "m.diag_embed(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 1, 0)",
       "m.diag_embed(m.tensor(0.5), 0, 1, 0)",
       "m.diag_embed(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -9223372036854775808, 0)",
       "m.diag_embed(m.tensor(0.5), 0, 0, 0)", "m.diag_embed(m.tensor(0.5), 0, -1, 0)",
       "m.diag_embed(m.tensor(0.5), 0, -2, 0)", "m.diag_embed(m.tensor([1.0, 2.0, 3.0]), 0, 1, 0)",
       "m.diag_embed(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 1, 1)",
       "m.diag_embed(m.tensor([1.0, 2.0, 3.0]), (1 << 40))"});
  set_calls(t, "tril",
            {"x[0].tril()", "m.tril(x[0], -1)", "x[0].triu(1)", "m.triu(x[0], -2)",
             "m.tril(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())",
             "m.tril(x[0].reshape(-1))  # edges: torch returns early on a zero-element tensor "
             "without checking the dtypes or dims; cotangent checks them",
             "m.tril(x[0])", "m.tensor([1.0, 2.0, 3.0]).tril()",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).tril(-9223372036854775808)"});
  set_calls(t, "split",
            {"m.split(x[0], 2)",
             "m.split(x[0], [1, 1])",
             "m.split(x[0], -1)",
             "m.split(x[0], [1, 3], 1)",
             "x[0].split(1, -1)",
             "m.split(x[0], 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, 2)",
             "m.split(m.zeros((0, 3)), 1, 2)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, -3)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, 1)",
             "m.split(m.tensor(0.5), 1, 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, -9223372036854775808)",
             "m.split(m.tensor(0.5), 1, 0)",
             "m.split(m.tensor(0.5), 1, -1)",
             "m.split(m.tensor(0.5), 1, -2)",
             "m.split(m.tensor([1.0, 2.0, 3.0]), 1, 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0)  # message: cotangent: "
             "split expects split_size be non-negative, but got split_size=0",
             "m.split(m.zeros((0, 3)), 0)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), [1, 1], 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), [4, -1], 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), [], 1)",
             "m.split(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 9223372036854775807, 1)"});
  set_calls(t, "chunk",
            {"m.chunk(x[0], 3)", "x[0].chunk(7)", "m.chunk(x[0], 0)", "m.chunk(x[0], 2, -1)",
             "m.chunk(x[0], 2)", "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, 2)",
             "m.chunk(m.zeros((0, 3)), 2, 2)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, -3)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, 1)",
             "m.chunk(m.tensor(0.5), 2, 1)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, -9223372036854775808)",
             "m.chunk(m.tensor(0.5), 2, 0)", "m.chunk(m.tensor(0.5), 2, -1)",
             "m.chunk(m.tensor(0.5), 2, -2)", "m.chunk(m.tensor([1.0, 2.0, 3.0]), 2, 1)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -1)",
             "m.chunk(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 9223372036854775807)  # "
             "differs (returns): PyTorch overflows (a PyTorch bug): chunk(INT64_MAX) computes a "
             "negative split size; cotangent returns one chunk per row",
             "m.chunk(m.tensor(0.5), 1)"});
  set_calls(
      t, "unbind",
      {"m.unbind(x[0], 3)", "x[0].unbind()", "m.unbind(x[0], -1)", "m.unbind(x[0], 0)",
       "m.unbind(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)", "m.unbind(m.zeros((0, 3)), 2)",
       "m.unbind(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
       "m.unbind(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)", "m.unbind(m.tensor(0.5), 1)",
       "m.unbind(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
       "m.unbind(m.tensor(0.5), -1)", "m.unbind(m.tensor(0.5), -2)",
       "m.unbind(m.tensor([1.0, 2.0, 3.0]), 1)", "m.unbind(m.tensor(0.5))"});
  // cat: (3, 4) and (3, 2)
  set_calls(t, "cat",
            {"m.cat([x[0], x[1], x[0]], -1)",
             "m.cat([x[0].t(), x[1].t()], 0)",
             "m.cat([x[0], x[1]])",
             "m.cat([])",
             "m.cat([x[0], x[0]], 2)",
             "m.cat([x[0], x[1][0]])",
             "m.cat([m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), x[1].float()], 1)",
             "m.cat([x[0].float(), x[1]], 1)",
             "m.concat([x[0], x[1]], 1)",
             "m.cat([x[0], x[0][:, :3].t()], 0)",
             "m.cat([m.nan_to_num(x[0], 0.0, 9.0, -9.0).int(), m.nan_to_num(x[1], 0.0, 9.0, "
             "-9.0).long()], 1)",
             "m.cat((x[0], x[0]), -1)",
             "m.cat((x[0].t().contiguous().t(), x[0].t().contiguous().t()), -1)",
             "m.cat([x[0], x[0]])",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], 2)",
             "m.cat([m.zeros((0, 3)), m.zeros((0, 3))], 2)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], -3)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], 1)",
             "m.cat([m.tensor(0.5), m.tensor(0.5)], 1)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], -9223372036854775808)",
             "m.cat([m.tensor(0.5), m.tensor(0.5)], 0)",
             "m.cat([m.tensor(0.5), m.tensor(0.5)], -1)",
             "m.cat([m.tensor(0.5), m.tensor(0.5)], -2)",
             "m.cat([m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])], 1)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5))])",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0])])",
             "m.cat([m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64)])",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0])])",
             "m.cat([m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5))], 1)",
             "m.cat([x[0], x[1]], 1)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0])], 1)",
             "m.cat([m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64)], 1)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0])], 1)",
             "m.cat([m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])], 1)",
             "m.cat([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.zeros((0,))])  # bug "
             "(RuntimeError): cat does not skip 1-d empty tensors (PyTorch's legacy rule: cat([x, "
             "zeros(0)]) == x)",
             "m.cat([" CT_INT32_X0 ".reshape(-1), m.tensor([1])])"});
  set_calls(t, "stack",
            {"m.stack([x[0], x[1]])",
             "m.stack([x[0], x[1], x[0]], -1)",
             "m.stack([x[0], x[1][:1]])",
             "m.stack([])",
             "m.stack([x[0], x[0]], 4)",
             "m.stack([x[0].float(), x[1]])",
             "m.stack([], 0)",
             "m.stack([x[0], x[0]])",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], 2)",
             "m.stack([m.zeros((0, 3)), m.zeros((0, 3))], 2)",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], -3)",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], 1)",
             "m.stack([m.tensor(0.5), m.tensor(0.5)], 1)",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], -9223372036854775808)",
             "m.stack([m.tensor(0.5), m.tensor(0.5)], 0)",
             "m.stack([m.tensor(0.5), m.tensor(0.5)], -1)",
             "m.stack([m.tensor(0.5), m.tensor(0.5)], -2)",
             "m.stack([m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0, 3.0])], 1)",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5))])",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0])])",
             "m.stack([m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64)])",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, 3.0])])",
             "m.stack([m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])])",
             "m.stack([m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]])], 3)"});

  set_calls(t, "select",
            {"x[0].select(1, -1)",
             "x[0][::2]",
             "x[0][1:3, ::2]",
             "x[0][..., -1]",
             "x[0][None, 1]",
             "x[0].select(0, 5)",
             "x[0].select(-1, -4)",
             "m.select(x[0], 1, -1)",
             "m.select(x[0].mT.contiguous().mT, 1, -1)",
             "m.select(x[0], 0, 0)",
             "m.select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, 0)",
             "m.select(m.zeros((0, 3)), 2, 0)",
             "m.select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3, 0)",
             "m.select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, 0)",
             "m.select(m.tensor(0.5), 1, 0)",
             "m.select(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808, 0)",
             "m.select(m.tensor(0.5), -1, 0)",
             "m.select(m.tensor(0.5), -2, 0)",
             "m.select(m.tensor([1.0, 2.0, 3.0]), 1, 0)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).select(0, 2)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).select(1, -4)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).select(1, -9223372036854775808)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).select(1, 9223372036854775807)",
             "m.zeros((0, 3)).select(0, 0)",
             "x[0][0]  # message: cotangent: select() cannot be applied to a 0-dim tensor.",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])[5]  # message: cotangent: select(): "
             "index 5 out of range for tensor of size [2, 3] at dimension 0",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])[-3]  # message: cotangent: select(): "
             "index -3 out of range for tensor of size [2, 3] at dimension 0"});
  set_calls(
      t, "expand",
      {"x[0][0].broadcast_to((2, x[0].shape[-1]))",
       "x[0].expand(3, 3)",
       "x[0].expand(2, *x[0].shape)",
       "x[0].expand(-1, 2)",
       "x[0][:1].expand_as(x[0])",
       "x[0].T.contiguous().T[:1].expand_as(x[0])",
       "m.broadcast_to(x[0][0], (3, 4))",
       "m.broadcast_to(x[0].T.contiguous().T[0], (3, 4))",
       "m.broadcast_shapes((2, 3), (3,))",
       "m.broadcast_tensors(x[0].reshape(1, -1).expand(2, -1), x[0].reshape(-1))",
       "m.broadcast_shapes((2, 1), 4, (3, 1, 1))",
       "m.broadcast_tensors(x[0].reshape(-1)[:1].reshape(1, 1).expand(2, 1), "
       "x[0].reshape(-1), x[0].reshape(-1)[:1].reshape(1, 1, 1).expand(3, 1, 1))",
       "m.broadcast_shapes((2, 3), (4, 5))",
       "m.broadcast_tensors(x[0], x[0][:2])",
       "m.broadcast_shapes((3,), (2, 0))",
       "m.broadcast_tensors(x[0].reshape(-1), x[0].reshape(-1)[:0].expand(2, 0))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand((4, 3))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand((3,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand((2, -2))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand((-1, 2, 3))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand(((1 << 40), 2, 3)).dim()",
       "m.ones((1,)).expand((0,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand((5,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.ones((4, 5)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.zeros((0, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(None)  # error: an undefined tensor "
       "(None): any error",
       "None.expand_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))  # error: an undefined tensor "
       "(None): any error",
       "m.tensor([[True, False, True], [False, True, False]]).expand_as(m.tensor([[True, False, "
       "True], [False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.tensor([[1, 2, 3], [4, 5, 6]]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).expand_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor(0.5).expand_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().expand_as(m.tensor([0.1, 0.2, "
       "0.3]).expand((2, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64).expand_as(m.tensor([[0.1, "
       "0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.zeros((0, 3)).expand_as(m.zeros((0, 3)))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).expand_as(m.tensor([[True, False, True], [False, True, "
       "False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.tensor([[True, False, True], "
       "[False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.tensor([1.0, 2.0]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).expand_as(m.zeros((2, 3), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).expand_as(m.tensor([1.0, 2.0, 3.0]))",
       "m.ones((2, 3, 3)).expand_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))"});
  set_calls(
      t, "view",
      {"x[0].t().view(12)",
       "x[0].view(-1, 6)",
       "x[0].view(5, -1)",
       "x[0].view(-1, -1)",
       "x[0].view((-1,))",
       "x[0].view_as(m.zeros(2, 6))",
       "x[0].t().contiguous().t().view_as(m.zeros(2, 6))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((4,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((-1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((-2, -3))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((0, -1))",
       "m.zeros((0, 3)).view((0, -1))  # message: cotangent: shape '[0, -1]' is invalid for "
       "input of size 0",
       "m.zeros((0, 3)).view((-1, 5))",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().view((6,))",
       "m.tensor([0.1, 0.2, 0.3]).expand((2, 3)).view((6,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((4294967297, 4294967295, "
       "4294967297, 4294967295, 6))  # message: cotangent: shape '[4294967297, 4294967295, "
       "4294967297, 4294967295, 6]' is invalid for input of size 6",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view((4294967297, 4294967295, "
       "4294967297, 4294967295, -1))  # message: cotangent: shape '[4294967297, 4294967295, "
       "4294967297, 4294967295, -1]' is invalid for input of size 6",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view(((1 << 62), 4))",
       "m.tensor(0.5).view((2,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.ones((4, 5)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.zeros((0, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(None)  # error: an undefined tensor "
       "(None): any error",
       "None.view_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))  # error: an undefined tensor "
       "(None): any error",
       "m.tensor([[True, False, True], [False, True, False]]).view_as(m.tensor([[True, False, "
       "True], [False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.tensor([[1, 2, 3], [4, 5, 6]]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).view_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor(0.5).view_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().view_as(m.tensor([0.1, 0.2, "
       "0.3]).expand((2, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64).view_as(m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]]))",
       "m.zeros((0, 3)).view_as(m.zeros((0, 3)))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).view_as(m.tensor([[True, False, True], [False, True, "
       "False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.tensor([[True, False, True], "
       "[False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.tensor([1.0, 2.0]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).view_as(m.zeros((2, 3), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).view_as(m.tensor([1.0, 2.0, 3.0]))",
       "m.ones((2, 3, 3)).view_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))"});
  set_calls(
      t, "reshape",
      {"x[0].reshape(2, 2)",
       "x[0].t().reshape(-1)",
       "x[0].reshape(0, -1)",
       "x[0].reshape(6, 2)",
       "x[0].t().contiguous().t().reshape(6, 2)",
       "m.reshape(x[0], (-1,))",
       "x[0].reshape(-1).double()",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape((4,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape((-1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape((-2, 3))",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().reshape((5,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape((4294967297, 4294967295, 4294967297, "
       "4294967295, 6))  # message: cotangent: shape '[4294967297, 4294967295, 4294967297, "
       "4294967295, 6]' is invalid for input of size 6",
       "m.zeros((0, 3)).reshape((-1, 0))  # message: cotangent: shape '[-1, 0]' is invalid for "
       "input of size 0",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.ones((4, 5)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.zeros((0, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(None)  # error: an undefined "
       "tensor (None): any error",
       "None.reshape_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))  # error: an undefined "
       "tensor (None): any error",
       "m.tensor([[True, False, True], [False, True, False]]).reshape_as(m.tensor([[True, False, "
       "True], [False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.tensor([[1, 2, 3], [4, 5, 6]]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).reshape_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor(0.5).reshape_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t().reshape_as(m.tensor([0.1, 0.2, "
       "0.3]).expand((2, 3)))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64).reshape_as(m.tensor([[0.1, "
       "0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.zeros((0, 3)).reshape_as(m.zeros((0, 3)))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).reshape_as(m.tensor([[True, False, True], [False, True, "
       "False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.tensor([[True, False, True], "
       "[False, True, False]]))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.tensor([1.0, 2.0]))",
       "m.tensor([[1, 2, 3], [4, 5, 6]]).reshape_as(m.zeros((2, 3), dtype=m.int64))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).reshape_as(m.tensor([1.0, 2.0, 3.0]))",
       "m.ones((2, 3, 3)).reshape_as(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))"});
  set_calls(t, "narrow",
            {"x[0].narrow(0, 1, 5)",
             "x[0].narrow(-1, -2, 2)",
             "x[0].narrow(0, 3, 0)",
             "m.narrow(x[0], 0, 0, 1)",
             "m.narrow(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, 0, 1)",
             "m.narrow(m.zeros((0, 3)), 2, 0, 1)",
             "m.narrow(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3, 0, 1)",
             "m.narrow(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, 0, 1)",
             "m.narrow(m.tensor(0.5), 1, 0, 1)",
             "m.narrow(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808, 0, 1)",
             "m.narrow(m.tensor(0.5), -1, 0, 1)",
             "m.narrow(m.tensor(0.5), -2, 0, 1)",
             "m.narrow(m.tensor([1.0, 2.0, 3.0]), 1, 0, 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(0, 3, 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(0, -3, 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(0, -1, 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(0, 0, -1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(1, 1, 3)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(1, 1, 9223372036854775807)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(1, 9223372036854775807, 1)",
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).narrow(1, -9223372036854775808, 1)",
             "m.tensor(0.5).narrow(0, 0, 1)"});
  set_calls(
      t, "permute",
      {"x[0].permute(0, 0, 1)", "x[0].permute(0, 1)", "x[0].permute(-1, 0, 1)", "x[0].T",
       "x[0].mT.contiguous().mT.T", "x[0].permute(2, 0, 1)",
       "x[0].mT.contiguous().mT.permute(2, 0, 1)",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).permute((0,))", "m.tensor(0.5).permute((0,))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).permute((0, 1, 2))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).permute((0, 0))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).permute((0, 2))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).permute((-1, -2))",
       "m.permute(m.ones((2, 3, 3)), (2, 2, 0))"});

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "clone",
            {"m.nan_to_num(x[0], 0.0, 9.0, -9.0).to(m.int32)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).to(m.int32).to(m.float64)",
             "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()", "x[0].float().to(m.float64)",
             "x[0].mT.contiguous().mT.float().to(m.float64)", "x[0].float().double()",
             "x[0].mT.contiguous().mT.float().double()",
             "(lambda z: z.zero_() is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.fill_(2.5) is z and z._version > 0 and z)(x[0] * 1)",
             "(lambda z: z.copy_(x[0].flip(0) * 2) is z and z._version > 0 and z)(x[0] * 1)",
             "m.clone(x[0])"});
  set_calls(t, "flatten",
            {"x[0].flatten()",
             "x[0].mT.contiguous().mT.flatten()",
             "m.flatten(x[0])",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.flatten(m.zeros((0, 3)), 2)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.flatten(m.tensor(0.5), 1)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.flatten(m.tensor(0.5), 0)",
             "m.flatten(m.tensor(0.5), -1)",
             "m.flatten(m.tensor(0.5), -2)",
             "m.flatten(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 2)",
             "m.flatten(m.zeros((0, 3)), 0, 2)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -3)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, 1)",
             "m.flatten(m.tensor(0.5), 0, 1)",
             "m.flatten(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0, -9223372036854775808)",
             "m.flatten(m.tensor(0.5), 0, 0)",
             "m.flatten(m.tensor(0.5), 0, -1)",
             "m.flatten(m.tensor(0.5), 0, -2)",
             "m.flatten(m.tensor([1.0, 2.0, 3.0]), 0, 1)",
             "m.ones((2, 3, 3)).flatten(2, 1)"});
  set_calls(t, "transpose",
            {"x[0].transpose(0, -1)", "x[0].mT.contiguous().mT.transpose(0, -1)",
             "x[0].mT.contiguous().mT.mT", "x[0].transpose(0, 3)", "m.transpose(x[0], 0, 1)",
             "m.transpose(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2, 0)",
             "m.transpose(m.zeros((0, 3)), 2, 0)",
             "m.transpose(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3, 0)",
             "m.transpose(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1, 0)",
             "m.transpose(m.tensor(0.5), 1, 0)",
             "m.transpose(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808, 0)",
             "m.transpose(m.tensor(0.5), 0, 0)", "m.transpose(m.tensor(0.5), -1, 0)",
             "m.transpose(m.tensor(0.5), -2, 0)", "m.transpose(m.tensor([1.0, 2.0, 3.0]), 1, 0)",
             "m.tensor(0.5).transpose(0, 1)"});
  set_calls(t, "t", {"x[0].t()", "m.ones((2, 3, 3)).t()"});
  set_calls(
      t, "squeeze",
      {"m.squeeze(x[0])", "m.squeeze(x[0], 0)",
       "m.squeeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
       "m.squeeze(m.zeros((0, 3)), 2)",
       "m.squeeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
       "m.squeeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)", "m.squeeze(m.tensor(0.5), 1)",
       "m.squeeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
       "m.squeeze(m.tensor(0.5), -1)", "m.squeeze(m.tensor(0.5), -2)",
       "m.squeeze(m.tensor([1.0, 2.0, 3.0]), 1)"});
  set_calls(t, "unsqueeze",
            {"m.unsqueeze(x[0], 0)", "m.unsqueeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.unsqueeze(m.zeros((0, 3)), 2)",
             "m.unsqueeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.unsqueeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.unsqueeze(m.tensor(0.5), 1)",
             "m.unsqueeze(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -9223372036854775808)",
             "m.unsqueeze(m.tensor(0.5), -1)", "m.unsqueeze(m.tensor(0.5), -2)",
             "m.unsqueeze(m.tensor([1.0, 2.0, 3.0]), 1)"});
  set_calls(t, "contiguous", {"x[0].contiguous()"});
  set_calls(t, "detach", {"x[0].detach()"});
  set_calls(t, "triu",
            {"m.triu(x[0], 1)", "m.tensor(0.5).triu()",
             "m.triu(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 9223372036854775807)  # differs "
             "(returns): PyTorch overflows (a PyTorch bug): triu(x, INT64_MAX) keeps the second "
             "row; cotangent's zeros are exact"});
  set_calls(
      t, "unflatten",
      {"m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(2, (1, -1))",
       "m.zeros((0, 3)).unflatten(2, (1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(-3, (1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, (1, -1))",
       "m.tensor(0.5).unflatten(1, (1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(-9223372036854775808, (1, -1))",
       "m.tensor(0.5).unflatten(0, (1, -1))", "m.tensor(0.5).unflatten(-1, (1, -1))",
       "m.tensor(0.5).unflatten(-2, (1, -1))", "m.tensor([1.0, 2.0, 3.0]).unflatten(1, (1, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, (2, 2))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, (-1, -1))  # message: cotangent: "
       "unflatten: only one dimension can be inferred",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, ())  # message: cotangent: "
       "unflatten: Provided sizes [] don't multiply up to the size of dim 1 (3) in the input "
       "tensor",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, (-3, -1))",
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).unflatten(1, (4294967297, 4294967295, "
       "4294967297, 4294967295, 3))  # message: cotangent: unflatten: Provided sizes [4294967297, "
       "4294967295, 4294967297, 4294967295, 3] don't multiply up to the size of dim 1 (3) in the "
       "input tensor"});
}
}  // namespace ct::detail
