// A replay's planned buffers (see replay_arena.h).
#include "core/replay_arena.h"

#include <algorithm>

namespace ct::detail {

namespace {
thread_local ReplayArena* t_arena = nullptr;
constexpr size_t kAlign = 64;
size_t aligned(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }
}  // namespace

ReplayArena* current_arena() noexcept { return t_arena; }

ArenaScope::ArenaScope(ReplayArena* arena) : arena_(arena), saved_(t_arena) {
  t_arena = arena;
  if (arena_) arena_->begin();
}

ArenaScope::~ArenaScope() {
  if (arena_) arena_->end();
  t_arena = saved_;
}

ReplayArena::~ReplayArena() {
  // (a block that outlived its replay turned the arena off and keeps the
  // memory: it is never freed then)
  if (mode_ != Mode::Off) free_arena_memory(base_, size_);
}

void ReplayArena::begin() {
  next_ = 0;
  clock_ = 0;
  diverged_ = mode_ != Mode::Serving;
}

void* ReplayArena::allocate(size_t nbytes) {
  const int64_t now = clock_++;
  if (mode_ == Mode::Learning) {
    requests_.push_back({nbytes, now, -1, -1});
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
  live_.emplace_back(p, n);
  return p;
}

void ReplayArena::note_learned(void* p) {
  if (mode_ == Mode::Learning && p && !requests_.empty()) learning_[p] = requests_.size() - 1;
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

void ReplayArena::end() {
  if (mode_ == Mode::Serving && !live_.empty()) {
    mode_ = Mode::Off;  // a block outlives the replay: its memory stays with it
    return;
  }
  if (mode_ != Mode::Learning) return;
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
    mode_ = Mode::Off;  // nothing to plan (every buffer escapes, or none)
    return;
  }
  size_ = aligned(total);
  base_ = static_cast<unsigned char*>(allocate_arena_memory(size_));
  if (!base_) {
    mode_ = Mode::Off;
    return;
  }
  planned_ = true;
  mode_ = Mode::Serving;
}

}  // namespace ct::detail
