// The caching allocator behind tensors of 16 KiB and more: freed buffers are
// kept (up to 1 GiB) and handed out again for requests of the same size
// class, so that repeated calls skip the kernel's page faults. The
// environment variable COTANGENT_NO_BUFFER_CACHE=1 turns the cache off.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ct::memory {

struct AllocatorStats {
  bool cache_enabled = false;
  size_t cached_bytes = 0;    // held for reuse, not in any tensor
  uint64_t cache_hits = 0;    // large requests served from the cache
  uint64_t cache_misses = 0;  // large requests that went to the system
  // Tensor memory (buffers above 128 bytes) in use now, and the most in use
  // at once since the last reset_peak_stats().
  size_t allocated_bytes = 0;
  size_t peak_allocated_bytes = 0;
  // Tensor buffers (above 128 bytes) handed out since the program started.
  uint64_t allocations = 0;
};
AllocatorStats allocator_stats();
// Returns every cached buffer to the system (torch.cuda.empty_cache's role).
void empty_cache();
// Starts a new peak measurement from the bytes in use now.
void reset_peak_stats();

}  // namespace ct::memory
