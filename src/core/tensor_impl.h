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

 private:
  // Small tensors (scalars, the 4x4 of the seed example) keep their data in
  // the storage object itself: one allocation per tensor instead of two.
  static constexpr size_t kInlineBytes = 128;
  size_t capacity_ = 0;            // bytes reserved by the allocator
  std::function<void()> release_;  // set for foreign memory
  alignas(64) unsigned char inline_[kInlineBytes];
};

// A tangent (forward-mode gradient) at one dual level. Immutable once made,
// so saved copies of a tensor can share it.
struct ForwardGrad {
  uint64_t level = 0;
  Tensor tangent;
};

// How a view was made, for PyTorch's rules on in-place writes through views.
enum class ViewCreation : uint8_t {
  Default,
  NoGradMode,   // made with grad mode off: writing it with grad mode on is refused
  MultiOutput,  // one of several views one op returned (split, unbind, chunk)
};

// A hook on the gradient of one output of a node (or of a leaf).
struct TensorHook {
  uint64_t id = 0;
  uint32_t output_nr = 0;
  std::string name;  // for torch's "hook 'name' has changed the size of value"
  std::function<Tensor(const Tensor&)> fn;
};
uint64_t next_hook_id();
// Guards every hook list (registration and the copy taken before running).
std::mutex& hook_mutex();

struct TensorImpl {
  ~TensorImpl();

  std::shared_ptr<Storage> storage;
  Shape sizes;
  Shape strides;  // in elements
  int64_t offset = 0;
  DType dtype = DType::Float32;

  // Autograd metadata. A leaf has no grad_fn; `requires_grad` is its flag.
  bool requires_grad = false;
  // Views made by a view op keep their root base (never a view itself). An
  // in-place write through the view rewrites the base's history
  // (CopySlices); a write to the base or to another view leaves this view's
  // grad_fn stale, and it is regenerated from the base (AsStridedBackward0)
  // the next time it is read, detected by the storage version moving past
  // view_version. See src/ops/view_rebase.cpp.
  std::shared_ptr<TensorImpl> view_base;
  uint32_t view_version = 0;
  ViewCreation view_creation = ViewCreation::Default;
  uint32_t output_nr = 0;
  std::shared_ptr<Node> grad_fn;
  std::weak_ptr<Node> grad_accumulator;  // weak: the accumulator owns the leaf
  Tensor grad;
  std::shared_ptr<const ForwardGrad> forward_grad;  // null: no tangent
  std::vector<TensorHook> leaf_hooks;               // a leaf's hooks (a non-leaf's live on grad_fn)
  std::atomic<bool> has_leaf_hooks{false};          // lets accumulation skip the hook lock
  bool retains_grad = false;

  int64_t numel() const { return sizes.numel(); }
  char* byte_ptr() const {
    return static_cast<char*>(storage->data) + offset * static_cast<int64_t>(element_size(dtype));
  }
  bool is_contiguous() const;
};

// Releases a node without recursion: a long chain is freed iteratively.
// The core never looks inside a Node (it holds grad_fn as an opaque
// pointer); this is defined by the autograd layer (src/autograd/node.cpp).
void release_node(std::shared_ptr<Node>&& node);

// Regenerates a view's grad_fn from its base when the storage was written
// since the view's grad_fn was set (src/ops/view_rebase.cpp). Called by
// every reader of a tensor's autograd metadata.
void refresh_stale_view(TensorImpl& view);
inline void refresh_view(const TensorImpl& t) {
  if (t.view_base && t.view_version != t.storage->version.load(std::memory_order_acquire))
    refresh_stale_view(const_cast<TensorImpl&>(t));
}

// A view whose base requires grad requires grad, even one made in no_grad
// mode (PyTorch's DifferentiableViewMeta::requires_grad).
inline bool requires_grad_of(const TensorImpl& t) {
  return t.requires_grad || t.grad_fn != nullptr ||
         (t.view_base && (t.view_base->requires_grad || t.view_base->grad_fn != nullptr));
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

// A view of `base`'s storage with new geometry; no autograd metadata.
Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset);

// Wraps a negative dim and checks the range (PyTorch's IndexError text).
int64_t wrap_dim(int64_t dim, int64_t rank, const char* op = nullptr);

}  // namespace ct
