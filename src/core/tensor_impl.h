// Internal: storage and the tensor object behind ct::Tensor.
#pragma once
#include <atomic>
#include <cstdlib>
#include <functional>
#include <memory>

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
  // Bumped when an in-place op with autograd history writes this storage:
  // views made before then carry a stale history (see TensorImpl).
  std::atomic<uint32_t> history_version{0};

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

struct TensorImpl {
  ~TensorImpl();

  std::shared_ptr<Storage> storage;
  Shape sizes;
  Shape strides;  // in elements
  int64_t offset = 0;
  DType dtype = DType::Float32;

  // Autograd metadata. A leaf has no grad_fn; `requires_grad` is its flag.
  bool requires_grad = false;
  bool is_view = false;  // made by a view op; in-place on it can't rebase the base's graph
  // The storage's history_version when this view was made. A view whose
  // base has since been rewritten in place with history would need its
  // grad_fn regenerated (PyTorch does that); until then using it in a
  // graph raises instead of giving a wrong gradient.
  uint32_t view_history_version = 0;
  uint32_t output_nr = 0;
  std::shared_ptr<Node> grad_fn;
  std::weak_ptr<Node> grad_accumulator;  // weak: the accumulator owns the leaf
  Tensor grad;
  std::shared_ptr<const ForwardGrad> forward_grad;  // null: no tangent

  int64_t numel() const { return sizes.numel(); }
  char* byte_ptr() const {
    return static_cast<char*>(storage->data) + offset * static_cast<int64_t>(element_size(dtype));
  }
  bool is_contiguous() const;
};

// Contiguous strides for `sizes`.
Shape contiguous_strides(const Shape& sizes);

// A new tensor with fresh (uninitialised) contiguous storage.
Tensor make_empty(const Shape& sizes, DType dtype);
// A view of `base`'s storage with new geometry; no autograd metadata.
Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset);

// Wraps a negative dim and checks the range (PyTorch's IndexError text).
int64_t wrap_dim(int64_t dim, int64_t rank, const char* op = nullptr);

}  // namespace ct
