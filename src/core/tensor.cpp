// Tensor metadata, element access, autograd flags.
#include <cstring>

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
  if (defined() && impl_->batch)
    throw RuntimeError(
        "vmap: It looks like you're calling .item() on a Tensor. We don't support vmap over "
        "calling .item() on a Tensor, please try to rewrite what you're doing with other "
        "operations. If error is occurring somewhere inside PyTorch internals, please file a bug "
        "report.");
  detail::note_value_read("to_vector()");
  detail::RecorderScope reading(nullptr);  // the copy below is not an op of the caller's
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
  if (defined() && impl_->batch) return to_vector<T>().at(0);  // raises vmap's message
  detail::note_value_read("item()");
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

Tensor Tensor::detach() const {
  CT_TRACE_BROADCASTING(Tensor, "detach", (*this), in[0].detach());
  const TensorImpl& t = checked(impl_);
  return make_view(*this, t.sizes, t.strides, t.offset);
}

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

}  // namespace ct
