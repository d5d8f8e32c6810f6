// A replay's planned buffers (see replay_arena.h).
#include "core/replay_arena.h"

#include <algorithm>
#include <exception>
#include <mutex>

namespace ct::detail {

namespace {
thread_local ReplayArena* t_arena = nullptr;
constexpr size_t kAlign = 64;
size_t aligned(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

// Arena memory with blocks that outlived their replay: freed when the last
// of them is (free_buffer reaches it through release_retired_block).
struct Retired {
  unsigned char* base;
  size_t size;
  std::vector<unsigned char*> blocks;
};
std::mutex& retired_mutex() {
  static auto* m = new std::mutex;
  return *m;
}
std::vector<Retired>& retired() {
  static auto* r = new std::vector<Retired>;  // (never destroyed: frees may come late)
  return *r;
}
}  // namespace

ReplayArena* current_arena() noexcept { return t_arena; }

void release_retired_block(void* p) {
  auto* q = static_cast<unsigned char*>(p);
  unsigned char* to_free = nullptr;
  size_t size = 0;
  {
    std::lock_guard<std::mutex> lock(retired_mutex());
    auto& all = retired();
    for (size_t i = 0; i < all.size(); ++i) {
      Retired& r = all[i];
      if (q < r.base || q >= r.base + r.size) continue;
      auto it = std::find(r.blocks.begin(), r.blocks.end(), q);
      if (it != r.blocks.end()) r.blocks.erase(it);
      if (r.blocks.empty()) {
        to_free = r.base;
        size = r.size;
        all.erase(all.begin() + static_cast<std::ptrdiff_t>(i));
      }
      break;
    }
  }
  free_arena_memory(to_free, size);
}

ArenaScope::ArenaScope(ReplayArena* arena) : arena_(arena), saved_(t_arena) {
  t_arena = arena;
  if (arena_) arena_->begin();
}

ArenaScope::~ArenaScope() {
  if (arena_) arena_->end();
  t_arena = saved_;
}

ReplayArena::~ReplayArena() { free_arena_memory(base_, size_); }

void ReplayArena::begin() {
  next_ = 0;
  clock_ = 0;
  diverged_ = mode_ != Mode::Serving;
  exceptions_ = std::uncaught_exceptions();
}

void* ReplayArena::allocate(size_t nbytes) {
  const int64_t now = clock_++;
  if (mode_ == Mode::Learning) {
    try {
      requests_.push_back({nbytes, now, -1, -1});
    } catch (...) {  // (out of memory: nothing is planned)
      disable();
    }
    return nullptr;  // (the cache serves it; allocate_buffer calls note_learned)
  }
  if (diverged_) return nullptr;
  if (next_ >= requests_.size() || requests_[next_].nbytes != nbytes) {
    diverged_ = true;
    return nullptr;
  }
  const Request& r = requests_[next_++];
  if (r.offset < 0) return nullptr;
  unsigned char* p = base_ + r.offset;
  const size_t n = aligned(r.nbytes);
  for (const auto& [q, m] : live_)
    if (p < q + m && q < p + n) {  // still in use where the plan puts this one
      diverged_ = true;
      return nullptr;
    }
  try {
    live_.emplace_back(p, n);
  } catch (...) {
    diverged_ = true;
    return nullptr;
  }
  return p;
}

void ReplayArena::note_learned(void* p) {
  if (mode_ != Mode::Learning || !p || requests_.empty()) return;
  try {
    learning_[p] = requests_.size() - 1;
  } catch (...) {
    disable();
  }
}

void ReplayArena::note_free(void* p) {
  if (mode_ != Mode::Learning) return;
  auto it = learning_.find(p);
  if (it == learning_.end()) return;
  requests_[it->second].freed = clock_++;
  learning_.erase(it);
}

bool ReplayArena::release(void* p) {
  auto* q = static_cast<unsigned char*>(p);
  if (!base_ || q < base_ || q >= base_ + size_) return false;
  for (size_t i = 0; i < live_.size(); ++i)
    if (live_[i].first == q) {
      live_[i] = live_.back();
      live_.pop_back();
      break;
    }
  return true;
}

void ReplayArena::disable() {
  mode_ = Mode::Disabled;
  requests_.clear();
  learning_.clear();
}

void ReplayArena::relearn() {
  // Blocks still alive (they outlived the replay) keep the memory, which is
  // freed with the last of them; a fresh plan is learned from the next replay.
  if (!live_.empty()) {
    Retired r{base_, size_, {}};
    for (const auto& [p, n] : live_) r.blocks.push_back(p);
    try {
      std::lock_guard<std::mutex> lock(retired_mutex());
      retired().push_back(std::move(r));
    } catch (...) {  // (out of memory: the memory stays with those blocks for good)
    }
    live_.clear();
  } else {
    free_arena_memory(base_, size_);
  }
  base_ = nullptr;
  size_ = 0;
  requests_.clear();
  learning_.clear();
  mode_ = Mode::Learning;
}

void ReplayArena::end() {
  const bool unwinding = std::uncaught_exceptions() > exceptions_;
  if (mode_ == Mode::Serving) {
    // a block outlived the replay, or the replay asked differently (another
    // layout of the inputs, an error): learn again from the next one
    if (!live_.empty() || (diverged_ && !unwinding)) relearn();
    return;
  }
  if (mode_ != Mode::Learning) return;
  if (unwinding) {  // (a replay that failed part way is no plan)
    requests_.clear();
    learning_.clear();
    return;
  }
  try {
    plan();
  } catch (...) {  // (out of memory while planning: serve nothing)
    free_arena_memory(base_, size_);
    base_ = nullptr;
    size_ = 0;
    disable();
  }
}

void ReplayArena::plan() {
  // Place the buffers freed within the replay: largest first, each at the
  // lowest offset clear of every placed buffer alive at the same time.
  std::vector<size_t> order;
  for (size_t i = 0; i < requests_.size(); ++i)
    if (requests_[i].freed >= 0) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return requests_[a].nbytes > requests_[b].nbytes; });
  std::vector<size_t> placed;
  size_t total = 0;
  for (size_t i : order) {
    Request& r = requests_[i];
    const size_t n = aligned(r.nbytes);
    std::vector<std::pair<size_t, size_t>> taken;  // byte ranges of overlapping lifetimes
    for (size_t j : placed) {
      const Request& o = requests_[j];
      if (o.allocated < r.freed && r.allocated < o.freed)
        taken.emplace_back(static_cast<size_t>(o.offset), aligned(o.nbytes));
    }
    std::sort(taken.begin(), taken.end());
    size_t offset = 0;
    for (const auto& [at, m] : taken) {
      if (offset + n <= at) break;
      offset = std::max(offset, at + m);
    }
    r.offset = static_cast<int64_t>(offset);
    total = std::max(total, offset + n);
    placed.push_back(i);
  }
  learning_.clear();
  if (total == 0) {
    disable();  // nothing to plan (every buffer escapes, or there is none)
    return;
  }
  size_t size = aligned(total);
  base_ = static_cast<unsigned char*>(allocate_arena_memory(size));
  if (!base_) {
    disable();
    return;
  }
  size_ = size;
  mode_ = Mode::Serving;
}

}  // namespace ct::detail
