// Internal: storage and the tensor object behind ct::Tensor.
#pragma once
#include <atomic>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// 64-byte aligned memory. Large buffers come from a cache of freed ones, so
// that repeated calls do not pay the kernel's page faults again (~2.3 us per
// fresh 4 KiB page on our machines); small ones from malloc. `*capacity`
// receives the bytes actually reserved, to give back to free_buffer.
void* allocate_buffer(size_t nbytes, size_t* capacity);
void free_buffer(void* p, size_t capacity);
// Frees every cached buffer (tests, memory pressure).
void empty_buffer_cache();
size_t cached_buffer_bytes();
// Bytes of RAM plus swap: no single request above it is attempted.
size_t memory_limit();

// A flat, 64-byte aligned buffer. The version counter lives here so that
// every view of the storage (and detach()) shares it, as in PyTorch.
struct Storage {
  // Owned memory from the caching allocator (src/core/allocator.cpp).
  explicit Storage(size_t nbytes);
  // Foreign memory (NumPy, DLPack): `release` runs when the storage dies.
  Storage(void* external, size_t nbytes, std::function<void()> release);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  void* data = nullptr;
  size_t nbytes = 0;
  std::atomic<uint32_t> version{0};
  // Nonzero when made inside a primitive op while a trace recorded: that
  // recording's serial (src/core/recorder.h), so the trace can tell an op's
  // hidden intermediate from a tensor of the caller's.
  uint64_t made_in_recording = 0;

 private:
  // Small tensors (scalars, the 4x4 of the seed example) keep their data in
  // the storage object itself: one allocation per tensor instead of two.
  static constexpr size_t kInlineBytes = 128;
  size_t capacity_ = 0;            // bytes reserved by the allocator
  std::function<void()> release_;  // set for foreign memory
  alignas(64) unsigned char inline_[kInlineBytes];
};

// How a view was made, for PyTorch's rules on in-place writes through views.
enum class ViewCreation : uint8_t {
  Default,
  NoGradMode,   // made with grad mode off: writing it with grad mode on is refused
  MultiOutput,  // one of several views one op returned (split, unbind, chunk)
};

// Autograd's state of a tensor (its grad_fn, .grad, tangent, hooks): defined
// by the autograd layer (src/autograd/autograd_meta.h). The core holds it
// through TensorImpl::autograd_meta and never looks inside.
struct AutogradMeta;
void destroy_autograd_meta(AutogradMeta* meta) noexcept;

// A tensor batched by vmap (src/func/): its sizes are one example's
// (logical) sizes; `value` holds every example, with the batch at `dim`.
// Its own storage and strides show example 0, so code that reads it outside
// an op sees a valid tensor (ops go through the batching interpreter).
struct BatchInfo {
  Tensor value;
  int64_t dim = 0;
  int64_t level = 0;    // the vmap level (1 = outermost)
  uint64_t serial = 0;  // which vmap call made it (a tensor that escaped is refused)
};

struct TensorImpl {
  ~TensorImpl();

  std::shared_ptr<Storage> storage;
  Shape sizes;
  Shape strides;  // in elements
  int64_t offset = 0;
  DType dtype = DType::Float32;

  // Null until the tensor takes part in autograd (requires grad, has a
  // grad_fn, .grad or a tangent); made once, never replaced, freed with the
  // tensor (src/autograd/autograd_meta.h).
  std::atomic<AutogradMeta*> autograd_meta{nullptr};
  // Views made by a view op keep their root base (never a view itself). An
  // in-place write through the view rewrites the base's history
  // (CopySlices); a write to the base or to another view leaves this view's
  // grad_fn stale, and it is regenerated from the base (AsStridedBackward0)
  // the next time it is read, detected by the storage version moving past
  // view_version. See src/ops/view_rebase.cpp.
  std::shared_ptr<TensorImpl> view_base;
  uint32_t view_version = 0;
  ViewCreation view_creation = ViewCreation::Default;
  // Set on a vmap wrapper only (above); never changed after it is made.
  std::shared_ptr<const BatchInfo> batch;

  int64_t numel() const { return sizes.numel(); }
  char* byte_ptr() const {
    return static_cast<char*>(storage->data) + offset * static_cast<int64_t>(element_size(dtype));
  }
  bool is_contiguous() const;
};

// Regenerates a view's grad_fn from its base when the storage was written
// since the view's grad_fn was set (src/ops/view_rebase.cpp). Called by
// every reader of a tensor's autograd metadata.
void refresh_stale_view(TensorImpl& view);
inline void refresh_view(const TensorImpl& t) {
  if (t.view_base && t.view_version != t.storage->version.load(std::memory_order_acquire))
    refresh_stale_view(const_cast<TensorImpl&>(t));
}

// Contiguous strides for `sizes`.
Shape contiguous_strides(const Shape& sizes);

// A new tensor with fresh (uninitialised) contiguous storage.
Tensor make_empty(const Shape& sizes, DType dtype);
// PyTorch's C++ type names, which some of its messages use ("long int").
inline const char* c_type_name(DType t) {
  return t == DType::Float32   ? "float"
         : t == DType::Float64 ? "double"
         : t == DType::Int64   ? "long int"
         : t == DType::Int32   ? "int"
                               : "bool";
}

// PyTorch's scalar-type names in messages: "Float", "Double", "Long", "Bool".
inline const char* kind_name(DType t) {
  switch (t) {
    case DType::Float32:
      return "Float";
    case DType::Float64:
      return "Double";
    case DType::Int64:
      return "Long";
    case DType::Int32:
      return "Int";
    case DType::Bool:
      return "Bool";
  }
  return "?";
}

// PyTorch's legacy tensor-type names in messages: "torch.FloatTensor".
inline std::string legacy_type_name(DType t) {
  return std::string("torch.") + kind_name(t) + "Tensor";
}

// A view of `base`'s storage with new geometry; no autograd metadata.
Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset);

// Wraps a negative dim and checks the range (PyTorch's IndexError text).
int64_t wrap_dim(int64_t dim, int64_t rank, const char* op = nullptr);

}  // namespace ct
