// Internal: one arena of planned buffers for the replays of one recording,
// used by one replay at a time (ct::compile's plan keeps a pool of them). A replay makes the same
// requests for memory, in the same order, every time; the first replay under an arena learns them
// (each buffer's size and when it was freed), the arena then places every buffer the replay frees
// again at an offset of one block so that buffers alive at the same time never overlap (liveness,
// reuse), and later replays are served from it: no allocation but what escapes the replay (its
// outputs). A replay that asks differently (another size, a block still in use where the plan puts
// the next one) is served by the caching allocator from there on, and the next replay learns again;
// so does the one after a replay whose block outlived it (that memory is freed with the last such
// block). A replay that fails part way teaches nothing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace ct::detail {

class ReplayArena {
 public:
  ReplayArena() = default;
  ~ReplayArena();
  ReplayArena(const ReplayArena&) = delete;
  ReplayArena& operator=(const ReplayArena&) = delete;

  // The first replay asked for no buffer it also freed: nothing to plan.
  bool useless() const { return mode_ == Mode::Disabled; }

  // (allocate_buffer and free_buffer's side: nullptr when the request is
  // not served from the arena; release is false when p is not its block)
  void* allocate(size_t nbytes);
  void note_learned(void* p);  // while learning: the cache's buffer for the last request
  bool release(void* p);
  void note_free(void* p);  // while learning: a buffer of the cache freed

 private:
  friend class ArenaScope;
  void begin();
  void end();
  void plan();
  void disable();
  void relearn();

  struct Request {
    size_t nbytes;
    int64_t allocated, freed;  // event times; freed -1: outlived the replay
    int64_t offset;            // -1: not from the arena
  };
  enum class Mode : uint8_t { Learning, Serving, Disabled };
  Mode mode_ = Mode::Learning;
  bool diverged_ = false;
  std::vector<Request> requests_;
  std::unordered_map<void*, size_t> learning_;  // a live buffer's request
  size_t next_ = 0;                             // the next request of this replay
  int64_t clock_ = 0;
  int exceptions_ = 0;  // std::uncaught_exceptions() when the replay began
  unsigned char* base_ = nullptr;
  size_t size_ = 0;
  std::vector<std::pair<unsigned char*, size_t>> live_;  // blocks handed out now
};

// Makes `arena` this thread's for a replay (nullptr: none); nests.
class ArenaScope {
 public:
  explicit ArenaScope(ReplayArena* arena);
  ~ArenaScope();
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;

 private:
  ReplayArena* arena_;
  ReplayArena* saved_;
};

// The arena of this thread's replay, or nullptr.
ReplayArena* current_arena() noexcept;
// A block of an arena that relearned while the block lived (free_buffer).
void release_retired_block(void* p);

// An arena's memory (src/core/allocator.cpp: counted as tensor memory in
// the allocator's statistics, one allocation).
void* allocate_arena_memory(size_t& bytes);  // (rounds bytes up)
void free_arena_memory(void* p, size_t bytes);

}  // namespace ct::detail
