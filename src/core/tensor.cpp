// Tensor metadata, element access, autograd flags.
#include <cstring>

#include "autograd/node.h"
#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "cotangent/autograd.h"
#include "cotangent/ops.h"
#include "kernels/cpu/loops.h"

namespace ct {

namespace {
const TensorImpl& checked(const std::shared_ptr<TensorImpl>& p) {
  if (!p) throw RuntimeError("the tensor is undefined (default-constructed ct::Tensor)");
  return *p;
}
}  // namespace

const Shape& Tensor::shape() const { return checked(impl_).sizes; }
namespace {
void require_dims(int64_t rank, int64_t d) {
  if (rank == 0)
    throw IndexError("Dimension specified as " + std::to_string(d) +
                     " but tensor has no dimensions");
}
}  // namespace
int64_t Tensor::size(int64_t d) const {
  require_dims(dim(), d);
  return shape()[wrap_dim(d, dim())];
}
const Shape& Tensor::strides() const { return checked(impl_).strides; }
int64_t Tensor::stride(int64_t d) const {
  require_dims(dim(), d);
  return strides()[wrap_dim(d, dim())];
}
int64_t Tensor::storage_offset() const { return checked(impl_).offset; }
int64_t Tensor::dim() const { return static_cast<int64_t>(shape().size()); }
int64_t Tensor::numel() const { return shape().numel(); }
DType Tensor::dtype() const { return checked(impl_).dtype; }
bool Tensor::is_contiguous() const { return checked(impl_).is_contiguous(); }
bool Tensor::shares_storage(const Tensor& o) const {
  return defined() && o.defined() && impl_->storage == o.impl_->storage;
}
void* Tensor::raw_data_ptr() const { return checked(impl_).byte_ptr(); }

template <class T>
T* Tensor::data_ptr() const {
  if (dtype() != dtype_of<std::remove_const_t<T>>())
    throw TypeError(std::string("data_ptr: expected dtype ") + dtype_name(dtype_of<T>()) +
                    " but the tensor has dtype " + dtype_name(dtype()));
  return static_cast<T*>(raw_data_ptr());
}

template <class T>
std::vector<T> Tensor::to_vector() const {
  std::vector<T> out(static_cast<size_t>(numel()));
  if (out.empty()) return out;
  Tensor dst = make_empty(shape(), dtype_of<T>());
  kernels::copy_into(dst, *this);
  const T* p = static_cast<const T*>(dst.raw_data_ptr());
  for (size_t i = 0; i < out.size(); ++i) out[i] = p[i];
  return out;
}

template <class T>
T Tensor::item() const {
  if (numel() != 1)
    throw RuntimeError("a Tensor with " + std::to_string(numel()) +
                       " elements cannot be converted to Scalar");
  return to_vector<T>()[0];
}

#define CT_INSTANTIATE(T)                               \
  template T* Tensor::data_ptr<T>() const;              \
  template std::vector<T> Tensor::to_vector<T>() const; \
  template T Tensor::item<T>() const;
CT_INSTANTIATE(float)
CT_INSTANTIATE(double)
CT_INSTANTIATE(int64_t)
CT_INSTANTIATE(int32_t)
CT_INSTANTIATE(bool)
#undef CT_INSTANTIATE

uint32_t Tensor::_version() const { return checked(impl_).storage->version.load(); }

bool Tensor::requires_grad() const { return requires_grad_of(checked(impl_)); }

Tensor& Tensor::requires_grad_(bool r) {
  CT_TRACE_INPLACE(*this, "requires_grad_", (*this), self_in.requires_grad_(r));
  TensorImpl& t = const_cast<TensorImpl&>(checked(impl_));
  if (t.grad_fn) {
    if (!r)
      throw RuntimeError(
          "you can only change requires_grad flags of leaf variables. If you want to use a "
          "computed variable in a subgraph that doesn't require differentiation use var_no_grad "
          "= var.detach().");
    return *this;
  }
  if (r && !ct::is_floating_point(t.dtype))
    throw RuntimeError("only Tensors of floating point dtype can require gradients");
  t.requires_grad = r;
  return *this;
}

bool Tensor::is_leaf() const {
  refresh_view(checked(impl_));
  return impl_->grad_fn == nullptr;
}
Tensor Tensor::grad() const { return checked(impl_).grad; }
void Tensor::set_grad(const Tensor& g) const {
  const TensorImpl& t = checked(impl_);
  if (g.defined() && (g.shape() != t.sizes || g.dtype() != t.dtype))
    throw RuntimeError("assigned grad has data of a different size or type: expected " +
                       std::string(dtype_name(t.dtype)) + " " + to_string(t.sizes) + ", got " +
                       dtype_name(g.dtype()) + " " + to_string(g.shape()));
  const_cast<TensorImpl&>(t).grad = g;
}

std::string Tensor::grad_fn_name() const {
  const TensorImpl& t = checked(impl_);
  refresh_view(t);
  return t.grad_fn ? t.grad_fn->name() : "";
}
const std::shared_ptr<Node>& Tensor::grad_fn() const {
  refresh_view(checked(impl_));
  return impl_->grad_fn;
}
uint32_t Tensor::output_nr() const {
  refresh_view(checked(impl_));
  return impl_->output_nr;
}

Tensor Tensor::detach() const {
  CT_TRACE(Tensor, "detach", (*this), in[0].detach());
  const TensorImpl& t = checked(impl_);
  return make_view(*this, t.sizes, t.strides, t.offset);
}

HookHandle Tensor::register_hook_fn(std::function<Tensor(const Tensor&)> hook,
                                    std::string name) const {
  const TensorImpl& t = checked(impl_);
  if (!requires_grad_of(t))
    throw RuntimeError("cannot register a hook on a tensor that doesn't require gradient");
  refresh_view(t);
  TensorHook h{next_hook_id(), 0, std::move(name), std::move(hook)};
  const uint64_t id = h.id;
  std::lock_guard<std::mutex> lock(hook_mutex());
  if (t.grad_fn) {
    h.output_nr = t.output_nr;
    t.grad_fn->tensor_pre_hooks.push_back(std::move(h));
    t.grad_fn->has_hooks = true;
    return HookHandle([w = std::weak_ptr<Node>(t.grad_fn), id] {
      if (std::shared_ptr<Node> n = w.lock()) {
        std::lock_guard<std::mutex> l(hook_mutex());
        std::erase_if(n->tensor_pre_hooks, [id](const TensorHook& x) { return x.id == id; });
      }
    });
  }
  const_cast<TensorImpl&>(t).leaf_hooks.push_back(std::move(h));
  const_cast<TensorImpl&>(t).has_leaf_hooks = true;
  return HookHandle([w = std::weak_ptr<TensorImpl>(impl_), id] {
    if (std::shared_ptr<TensorImpl> leaf = w.lock()) {
      std::lock_guard<std::mutex> l(hook_mutex());
      std::erase_if(leaf->leaf_hooks, [id](const TensorHook& x) { return x.id == id; });
    }
  });
}

void Tensor::retain_grad() const {
  const TensorImpl& t = checked(impl_);
  if (!requires_grad_of(t))
    throw RuntimeError("can't retain_grad on Tensor that has requires_grad=False");
  if (is_leaf() || t.retains_grad) return;
  // Weak: the hook lives on grad_fn, which must not keep the tensor alive.
  register_hook_fn(
      [w = std::weak_ptr<TensorImpl>(impl_)](const Tensor& g) {
        if (std::shared_ptr<TensorImpl> self = w.lock()) {
          Tensor& dst = self->grad;
          if (is_grad_enabled())  // create_graph: keep the gradient's graph
            dst = dst.defined() ? dst + g : g;
          else
            dst = dst.defined() ? dst.detach() + g : g.detach().clone();
        }
        return Tensor();
      },
      "retain_grad_hook");
  const_cast<TensorImpl&>(t).retains_grad = true;
}

bool Tensor::retains_grad() const { return checked(impl_).retains_grad; }

Tensor Tensor::to(const Device& device) const {
  checked(impl_);
  if (device.type() == DeviceType::CUDA) throw RuntimeError("Torch not compiled with CUDA enabled");
  if (!device.is_cpu())
    throw NotImplementedError("cotangent computes on the CPU only; cannot move a tensor to " +
                              device.str());
  return *this;
}

bool Tensor::is_view() const { return checked(impl_).view_base != nullptr; }
Tensor Tensor::_base() const { return Tensor(checked(impl_).view_base); }

Tensor& Tensor::detach_() {
  CT_TRACE_INPLACE(*this, "detach_", (*this), self_in.detach_());
  TensorImpl& t = const_cast<TensorImpl&>(checked(impl_));
  if (t.view_base)
    throw RuntimeError(
        "Can't detach views in-place. Use detach() instead. If you are using "
        "DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, "
        "gradients are views of DDP buckets, and hence detach_() cannot be called on these "
        "gradients. To fix this error, please refer to the Optimizer.zero_grad() function in "
        "torch/optim/optimizer.py as the solution.");
  release_node(std::move(t.grad_fn));
  t.requires_grad = false;
  return *this;
}

}  // namespace ct
