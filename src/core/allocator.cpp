// The caching allocator behind Storage. Touching freshly mapped memory costs
// more than reading it (a page fault per 4 KiB), so every buffer that could
// be freshly mapped is kept after use and handed out again for a request of
// the same size class, as PyTorch's CUDA caching allocator does. glibc maps
// blocks above its mmap threshold (128 KiB at start) on each malloc and
// gives the top of its heap back to the kernel once 128 KiB of it are free,
// so from 16 KiB up malloc cannot be trusted to recycle without faults; below
// that it does, without a lock of ours on the hot path.
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>

#include "core/replay_arena.h"
#include "core/tensor_impl.h"
#include "cotangent/memory.h"

namespace ct {

namespace {

constexpr size_t kCacheFrom = size_t{16} << 10;  // cache buffers from 16 KiB
constexpr size_t kHuge = size_t{4} << 20;        // 2 MiB-aligned from 4 MiB
constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kMaxCached = size_t{1} << 30;  // never keep more than 1 GiB

// The capacity of a block from a replay's arena (core/replay_arena.h).
constexpr size_t kArenaBlock = SIZE_MAX;

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Size classes: eight per power of two (at most 12.5% slack), so that the
// buffers of one repeated computation map onto a few classes and are reused
// exactly; from 4 MiB, whole huge pages.
size_t size_class(size_t n) {
  if (n >= kHuge) return round_up(n, kHugePage);
  size_t power = size_t{1} << (63 - __builtin_clzll(n));
  return round_up(n, std::max<size_t>(power / 8, 64));
}

struct BufferCache {
  std::mutex mutex;
  std::multimap<size_t, void*> free_blocks;  // capacity -> block
  size_t cached = 0;
  uint64_t hits = 0, misses = 0;
  bool enabled = std::getenv("COTANGENT_NO_BUFFER_CACHE") == nullptr;
};

// Never destroyed: tensors held in static objects may be freed after any
// static destructor would have run.
BufferCache& cache() {
  static BufferCache* c = new BufferCache;
  return *c;
}

void* fresh(size_t capacity) {
  const size_t align = capacity >= kHuge ? kHugePage : 64;
  void* p = std::aligned_alloc(align, capacity);
  // Transparent huge pages: one fault per 2 MiB instead of per 4 KiB.
  if (p && capacity >= kHuge) madvise(p, capacity, MADV_HUGEPAGE);
  return p;
}

}  // namespace

// RAM plus swap: a request above it can never be met. Refusing it before
// asking malloc makes the failure immediate and keeps sanitizer allocators
// (which abort on absurd sizes unless allocator_may_return_null is set)
// from seeing it.
size_t memory_limit() {
  static const size_t limit = [] {
    size_t bytes = SIZE_MAX;
    struct sysinfo info {};
    if (sysinfo(&info) == 0)
      bytes = static_cast<size_t>((info.totalram + info.totalswap) * uint64_t{info.mem_unit});
    // An address-space limit (ulimit -v) is a harder bound still.
    struct rlimit as {};
    if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
      bytes = std::min<size_t>(bytes, static_cast<size_t>(as.rlim_cur));
    return bytes;
  }();
  return limit;
}

namespace {
// Bytes of buffers handed out and not yet freed, and the most there were
// since the last reset_peak_stats (torch.cuda.max_memory_allocated's role).
std::atomic<size_t> g_in_use{0};
std::atomic<size_t> g_peak{0};
std::atomic<uint64_t> g_allocations{0};
void note_allocated(size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  const size_t now = g_in_use.fetch_add(n) + n;
  size_t peak = g_peak.load();
  while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
  }
}
void* counted(void* p, size_t n) {
  if (p) note_allocated(n);
  return p;
}
}  // namespace

namespace {
void* cached_or_fresh(size_t nbytes, size_t* capacity) {
  if (nbytes < kCacheFrom) {
    *capacity = std::max<size_t>(round_up(nbytes, 64), 64);
    return counted(std::aligned_alloc(64, *capacity), *capacity);
  }
  const size_t want = size_class(nbytes);
  BufferCache& c = cache();
  if (c.enabled) {
    std::lock_guard<std::mutex> lock(c.mutex);
    auto it = c.free_blocks.lower_bound(want);
    if (it != c.free_blocks.end() && it->first <= want + want / 8) {
      *capacity = it->first;
      void* p = it->second;
      c.cached -= it->first;
      c.free_blocks.erase(it);
      ++c.hits;
      return counted(p, *capacity);
    }
    ++c.misses;
  }
  *capacity = want;
  void* p = fresh(want);
  if (!p && c.enabled) {
    empty_buffer_cache();  // memory is short: give the cached blocks back and retry
    p = fresh(want);
  }
  return counted(p, want);
}

}  // namespace

void* allocate_buffer(size_t nbytes, size_t* capacity) {
  if (nbytes > memory_limit()) {
    *capacity = 0;
    return nullptr;
  }
  detail::ReplayArena* arena = detail::current_arena();
  if (arena) {
    if (void* p = arena->allocate(nbytes)) {
      *capacity = kArenaBlock;
      return p;
    }
    void* p = cached_or_fresh(nbytes, capacity);
    arena->note_learned(p);
    return p;
  }
  return cached_or_fresh(nbytes, capacity);
}

namespace detail {
void* allocate_arena_memory(size_t& bytes) {
  if (bytes >= kHuge) bytes = round_up(bytes, kHugePage);
  return counted(fresh(bytes), bytes);
}
void free_arena_memory(void* p, size_t bytes) {
  if (!p) return;
  g_in_use.fetch_sub(bytes);
  std::free(p);
}
}  // namespace detail

void free_buffer(void* p, size_t capacity) {
  if (!p) return;
  detail::ReplayArena* arena = detail::current_arena();
  // (a block of another arena, or of an arena that has since planned anew:
  // its memory is kept until the last such block goes)
  if (capacity == kArenaBlock) {
    if (!arena || !arena->release(p)) detail::release_retired_block(p);
    return;
  }
  if (arena) arena->note_free(p);
  g_in_use.fetch_sub(capacity);
  if (capacity >= kCacheFrom) {
    BufferCache& c = cache();
    if (c.enabled) {
      std::lock_guard<std::mutex> lock(c.mutex);
      if (c.cached + capacity <= kMaxCached) {
        c.free_blocks.emplace(capacity, p);
        c.cached += capacity;
        return;
      }
    }
  }
  std::free(p);
}

void empty_buffer_cache() {
  BufferCache& c = cache();
  std::multimap<size_t, void*> blocks;
  {
    std::lock_guard<std::mutex> lock(c.mutex);
    blocks.swap(c.free_blocks);
    c.cached = 0;
  }
  for (auto& [size, p] : blocks) std::free(p);
}

size_t cached_buffer_bytes() {
  BufferCache& c = cache();
  std::lock_guard<std::mutex> lock(c.mutex);
  return c.cached;
}

namespace memory {
AllocatorStats allocator_stats() {
  BufferCache& c = cache();
  std::lock_guard<std::mutex> lock(c.mutex);
  return AllocatorStats{
      c.enabled, c.cached, c.hits, c.misses, g_in_use.load(), g_peak.load(), g_allocations.load()};
}
void reset_peak_stats() { g_peak.store(g_in_use.load()); }
void empty_cache() { empty_buffer_cache(); }
}  // namespace memory

}  // namespace ct
