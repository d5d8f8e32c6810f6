// Internal: the allocator of TensorImpl and Storage objects (one of each per
// tensor). A replay or an eager call makes and frees a few dozen of them at
// once; glibc's per-thread cache holds only 7 chunks per size, so the rest
// went through its bins (coalescing, consolidation: a quarter of a small
// compiled call's time). Here each thread keeps up to kKeep freed blocks per
// size class and hands them out again. Blocks are plain aligned operator
// new memory, so one freed on another thread than the one that made it is
// simply kept by that thread. Under sanitizers it is plain new and delete
// (a reused block would hide a use after free).
#pragma once
#include <cstddef>
#include <new>

namespace ct::detail {

void* pool_allocate(size_t bytes);
void pool_free(void* p, size_t bytes) noexcept;

template <class T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) noexcept {}
  T* allocate(size_t n) { return static_cast<T*>(pool_allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) noexcept { pool_free(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const PoolAllocator<U>&) const noexcept {
    return true;
  }
};

}  // namespace ct::detail
