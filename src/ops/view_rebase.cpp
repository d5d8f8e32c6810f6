// In-place writes through views, as PyTorch's CopySlices: a view remembers
// its root base; writing the view with autograd history gives the base a
// CopySlices node (the base's old value outside the view, the written value
// inside it), and the view reads its history back from the base through
// AsStridedBackward0. Other views of the same base notice the write by the
// storage version and regenerate their grad_fn the same way when next read.
#include <algorithm>
#include <mutex>

#include "ops/ops_common.h"

namespace ct {

namespace {

// Elements a tensor with these sizes and strides spans in its storage.
int64_t span(const Shape& sizes, const Shape& strides) {
  int64_t n = 1;
  for (size_t d = 0; d < sizes.size(); ++d) {
    if (sizes[d] == 0) return 0;
    n += (sizes[d] - 1) * strides[d];
  }
  return n;
}

// Whether two distinct indices of the view can name the same element
// (a view made with expand, say).
bool overlaps(const Shape& sizes, const Shape& strides) {
  std::vector<std::pair<int64_t, int64_t>> dims;  // (stride, size) of dims with size > 1
  for (size_t d = 0; d < sizes.size(); ++d)
    if (sizes[d] > 1) dims.emplace_back(strides[d], sizes[d]);
  std::sort(dims.begin(), dims.end());
  int64_t reach = 1;  // elements covered by the inner dims
  for (auto [stride, size] : dims) {
    if (stride < reach) return true;
    reach = stride * (size - 1) + reach;
  }
  return false;
}

int64_t scratch_elements(const ViewGeometry& g) {
  return std::max(span(g.base_sizes, g.base_strides),
                  g.offset - g.base_offset + span(g.sizes, g.strides));
}

// The same geometry with leading batch dims on base and view (batched
// cotangents or tangents): each batch entry gets its own copy of the base's
// storage span.
ViewGeometry with_batch_dims(const ViewGeometry& g, const Shape& batch) {
  if (batch.empty()) return g;
  ViewGeometry b;
  int64_t stride = scratch_elements(g);
  Shape bs(batch.size(), 0);
  for (size_t i = batch.size(); i-- > 0;) {
    bs[i] = stride;
    stride *= batch[i];
  }
  auto prepend = [](const Shape& a, const Shape& rest) {
    Shape r = a;
    for (int64_t d : rest) r.push_back(d);
    return r;
  };
  b.base_sizes = prepend(batch, g.base_sizes);
  b.base_strides = prepend(bs, g.base_strides);
  b.sizes = prepend(batch, g.sizes);
  b.strides = prepend(bs, g.strides);
  b.base_offset = g.base_offset;
  b.offset = g.offset;
  return b;
}

// The leading dims a tangent has beyond its tensor's rank.
Shape extra_dims(const Tensor& t, int64_t rank) {
  return Shape(t.shape().begin(), static_cast<size_t>(std::max<int64_t>(t.dim() - rank, 0)));
}

// The base's layout in a scratch buffer, and the view's place in it.
struct Scratch {
  Tensor base, view;
};
Scratch scratch(const ViewGeometry& g, DType dtype) {
  const int64_t rel = g.offset - g.base_offset;
  const int64_t n = scratch_elements(g);
  Tensor buf = zeros({std::max<int64_t>(n, 0)}, dtype);
  return {make_view(buf, g.base_sizes, g.base_strides, 0), make_view(buf, g.sizes, g.strides, rel)};
}

template <class T>
void add_strided(const Tensor& dst, const Tensor& src_contiguous) {
  T* base = static_cast<T*>(dst.raw_data_ptr());
  const T* src = src_contiguous.data_ptr<T>();
  const Shape& sizes = dst.shape();
  const Shape& strides = dst.strides();
  const int64_t n = dst.numel(), rank = dst.dim();
  std::vector<int64_t> idx(static_cast<size_t>(rank), 0);
  int64_t pos = 0;
  for (int64_t i = 0; i < n; ++i) {
    base[pos] += src[i];
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++idx[d] < sizes[d]) {
        pos += strides[d];
        break;
      }
      pos -= (sizes[d] - 1) * strides[d];
      idx[d] = 0;
    }
  }
}

Tensor gather_kernel(const Tensor& x, const ViewGeometry& g) {
  Scratch s = scratch(g, x.dtype());
  kernels::copy_into(s.base, x);
  Tensor out = make_empty(g.sizes, x.dtype());
  kernels::copy_into(out, s.view);
  return out;
}

Tensor scatter_kernel(const Tensor& x, const Tensor& src, const ViewGeometry& g, bool accumulate) {
  Scratch s = scratch(g, x.dtype());
  kernels::copy_into(s.base, x);
  Tensor v = src.dtype() == x.dtype() ? src : cast_nograd(src, x.dtype());
  if (!accumulate) {
    kernels::copy_into(s.view, v);
  } else if (!overlaps(g.sizes, g.strides)) {
    Tensor sum = make_empty(g.sizes, x.dtype());
    kernels::copy_into(sum, s.view);
    kernels::copy_into(s.view, sum + v);
  } else {
    Tensor c = v.contiguous();
    if (x.dtype() == DType::Float64)
      add_strided<double>(s.view, c);
    else if (x.dtype() == DType::Float32)
      add_strided<float>(s.view, c);
    else
      throw RuntimeError("as_strided_backward: unsupported dtype " +
                         std::string(dtype_name(x.dtype())));
  }
  Tensor out = make_empty(g.base_sizes, x.dtype());
  kernels::copy_into(out, s.base);
  return out;
}

std::mutex g_refresh_stripes[64];
std::mutex& refresh_lock(const TensorImpl* t) {
  return g_refresh_stripes[(reinterpret_cast<uintptr_t>(t) >> 6) % 64];
}

ViewGeometry geometry_of(const TensorImpl& base, const TensorImpl& view) {
  return {base.sizes, base.strides, base.offset, view.sizes, view.strides, view.offset};
}

// PyTorch's handle_view_on_rebase: views of multi-output ops and views made
// in no_grad mode may not have their history rewritten.
[[noreturn]] void refuse_rebase(const TensorImpl& view, bool indirect) {
  const std::string what = indirect ? "its base or another view of its base has been" : "is being";
  const std::shared_ptr<Node>& fn = grad_fn_of(view);
  std::string msg = fn ? "Output " + std::to_string(output_nr_of(view)) + " of " + fn->name() +
                             " is a view and " + what + " modified inplace."
                       : "A view was created in no_grad mode and " + what +
                             " modified inplace with grad mode enabled.";
  if (view.view_creation == ViewCreation::MultiOutput)
    msg +=
        " This view is the output of a function that returns multiple views. Such functions do "
        "not allow the output views to be modified inplace. You should replace the inplace "
        "operation by an out-of-place one.";
  else
    msg +=
        " Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify "
        "your code by moving both the view and the inplace either both inside the no_grad block "
        "(if you don't want the inplace to be tracked) or both outside (if you want the inplace "
        "to be tracked).";
  throw RuntimeError(msg);
}

// Makes the view's grad_fn read it out of its base's current history. Built
// whatever the grad mode, as PyTorch does: it describes where the view's
// value comes from, not a new computation.
void attach_to_base(TensorImpl& view) {
  const std::shared_ptr<TensorImpl>& base = view.view_base;
  const ViewGeometry geo = geometry_of(*base, view);
  const DType dtype = base->dtype;
  auto f = [geo, dtype](BackwardCtx& c) -> TensorList {
    const ViewGeometry g = with_batch_dims(geo, grad_batch_shape());
    return {strided_scatter(zeros(g.base_sizes, dtype), c.grad(), g, true)};
  };
  auto node = std::make_shared<FormulaNode<decltype(f)>>("AsStridedBackward0", std::move(f));
  node->batch_safe = true;
  node->next_edges.push_back(gradient_edge(Tensor(base)));
  node->input_meta.push_back(InputMeta{base->sizes, base->dtype});
  clear_history(view);
  ensure_autograd_meta(view).grad_fn = std::move(node);
}

}  // namespace

Tensor strided_gather(const Tensor& x, const ViewGeometry& geo) {
  Tensor out = gather_kernel(x, geo);
  if (needs_grad(x))
    batch_safe(record("AsStridedBackward0", {&x}, out, [geo](BackwardCtx& c) -> TensorList {
      const ViewGeometry g = with_batch_dims(geo, grad_batch_shape());
      return {strided_scatter(zeros(g.base_sizes, c.input_dtype(0)), c.grad(), g, true)};
    }));
  return out;
}

Tensor strided_scatter(const Tensor& x, const Tensor& src, const ViewGeometry& geo,
                       bool accumulate) {
  Tensor out = scatter_kernel(x, src, geo, accumulate);
  if (needs_grad(x, src))
    batch_safe(record("AsStridedScatterBackward0", {&x, &src}, out,
                      [geo, accumulate](BackwardCtx& c) -> TensorList {
                        const ViewGeometry g = with_batch_dims(geo, grad_batch_shape());
                        const Tensor& grad = c.grad();
                        Tensor gx, gsrc;
                        if (c.needs(0))
                          gx = accumulate
                                   ? grad
                                   : strided_scatter(grad, zeros(g.sizes, grad.dtype()), g, false);
                        if (c.needs(1)) gsrc = strided_gather(grad, g);
                        return {gx, gsrc};
                      }));
  return out;
}

void mark_view(Tensor& out, const Tensor& x) {
  TensorImpl* o = out.impl();
  const TensorImpl* in = x.impl();
  o->view_base = in->view_base ? in->view_base : x.impl_ptr();
  o->view_version = in->storage->version.load();
  // A view of a view made in no_grad mode (or of one output of split) keeps
  // its origin, as PyTorch's propagate_creation_meta.
  o->view_creation = in->view_base && in->view_creation != ViewCreation::Default
                         ? in->view_creation
                         : (user_grad_mode() ? ViewCreation::Default : ViewCreation::NoGradMode);
}

void mark_multi_output_views(std::vector<Tensor>& views) {
  for (Tensor& v : views)
    if (v.impl()->view_creation == ViewCreation::Default)
      v.impl()->view_creation = ViewCreation::MultiOutput;
}

void refresh_stale_view(TensorImpl& view) {
  std::shared_ptr<const ForwardGrad> base_tangent;
  {
    std::lock_guard<std::mutex> lock(refresh_lock(&view));
    const uint32_t now = view.storage->version.load();
    if (view.view_version == now) return;  // another thread refreshed it
    if (grad_fn_of(view) || own_requires_grad(*view.view_base)) {
      if (view.view_creation != ViewCreation::Default) refuse_rebase(view, true);
      attach_to_base(view);
    }
    view.view_version = now;
    base_tangent = forward_grad_of(*view.view_base);
  }
  // The view's tangent is its part of the base's tangent (computed outside
  // the lock: reading the base's tangent may refresh other views).
  if (!base_tangent) {
    if (AutogradMeta* m = autograd_meta(view)) m->forward_grad.reset();
    return;
  }
  const Tensor& bt = base_tangent->tangent;
  const ViewGeometry geo =
      with_batch_dims(geometry_of(*view.view_base, view),
                      extra_dims(bt, static_cast<int64_t>(view.view_base->sizes.size())));
  Tensor t;
  {
    ForwardSuspendGuard suspend;
    t = strided_gather(bt, geo);
  }
  set_tangent(view, base_tangent->level, t);
}

void rebase_view_tangent(const Tensor& self, const Tensor& t, uint64_t level) {
  const TensorImpl* s = self.impl();
  if (!s->view_base) return;
  TensorImpl& base = *s->view_base;
  Tensor old = tangent_at_level(base, level);
  if (!old.defined() && !t.defined()) return;
  const Shape batch = t.defined() ? extra_dims(t, static_cast<int64_t>(s->sizes.size()))
                                  : extra_dims(old, static_cast<int64_t>(base.sizes.size()));
  const ViewGeometry geo = with_batch_dims(geometry_of(base, *s), batch);
  Tensor nt;
  {
    ForwardSuspendGuard suspend;
    nt = strided_scatter(
        old.defined() ? old.expand(geo.base_sizes) : zeros(geo.base_sizes, base.dtype),
        t.defined() ? t.expand(geo.sizes) : zeros(geo.sizes, s->dtype), geo, false);
  }
  set_tangent(base, level, nt);
}

void check_view_inplace(const TensorImpl& view) {
  if (view.view_creation != ViewCreation::Default) refuse_rebase(view, false);
  const TensorImpl& base = *view.view_base;
  const AutogradMeta* m = autograd_meta(base);
  if (m && !m->grad_fn && m->requires_grad)
    throw RuntimeError(
        "a view of a leaf Variable that requires grad is being used in an in-place operation.");
}

bool rebase_view_history(Tensor& self, const Tensor& result) {
  TensorImpl* s = self.impl();
  if (!s->view_base) return false;
  if (s->view_base.use_count() == 1) {
    // Nobody else can see the base (an op's temporary): self stands alone.
    s->view_base.reset();
    return false;
  }
  check_view_inplace(*s);
  Tensor base(s->view_base);
  kernels::copy_into(self, result);
  s->storage->version.fetch_add(1);
  // The base's new value: its old value outside the view, result inside.
  const ViewGeometry geo = geometry_of(*base.impl(), *s);
  Tensor r = result.dtype() == self.dtype() ? result : result.to(self.dtype());
  // Tangents are handled by rebase_view_tangent, not by this node.
  ForwardSuspendGuard suspend;
  batch_safe(record("CopySlices", {&base, &r}, base, [geo0 = geo](BackwardCtx& c) -> TensorList {
    const ViewGeometry geo = with_batch_dims(geo0, grad_batch_shape());
    const Tensor& g = c.grad();
    Tensor gbase, gresult;
    if (c.needs(0)) gbase = strided_scatter(g, zeros(geo.sizes, g.dtype()), geo, false);
    if (c.needs(1)) gresult = strided_gather(g, geo);
    return {gbase, gresult};
  }));
  attach_to_base(*s);
  s->view_version = s->storage->version.load();
  return true;
}

}  // namespace ct
