#include "core/tensor_impl.h"

#include <cstring>
#include <new>

#include "core/pool.h"
#include "core/recorder.h"

namespace ct {

Storage::Storage(size_t n) : nbytes(n) {
  if (n <= kInlineBytes) {
    data = inline_;
    return;
  }
  data = allocate_buffer(n, &capacity_);
  if (!data)
    throw RuntimeError(
        "[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate "
        "memory: you tried to allocate " +
        std::to_string(n) + " bytes. Error code 12 (Cannot allocate memory)");
}

Storage::Storage(void* external, size_t n, std::function<void()> release)
    : data(external), nbytes(n), release_(std::move(release)) {}

Storage::~Storage() {
  if (release_)
    release_();
  else if (data != inline_)
    free_buffer(data, capacity_);
}

TensorImpl::~TensorImpl() {
  if (AutogradMeta* m = autograd_meta.load(std::memory_order_acquire)) destroy_autograd_meta(m);
}

bool TensorImpl::is_contiguous() const {
  if (numel() == 0) return true;  // as torch: an empty tensor is contiguous, whatever its strides
  int64_t expected = 1;
  for (int64_t d = static_cast<int64_t>(sizes.size()) - 1; d >= 0; --d) {
    if (sizes[d] == 1) continue;
    if (strides[d] != expected) return false;
    expected *= sizes[d];
  }
  return true;
}

Shape contiguous_strides(const Shape& sizes) {
  Shape st(sizes.size(), 1);
  int64_t acc = 1;
  for (int64_t d = static_cast<int64_t>(sizes.size()) - 1; d >= 0; --d) {
    st[d] = acc;
    // wraps instead of overflowing for absurd zero-element shapes, whose
    // strides are never used
    acc = static_cast<int64_t>(static_cast<uint64_t>(acc) *
                               static_cast<uint64_t>(std::max<int64_t>(sizes[d], 1)));
  }
  return st;
}

namespace detail {
namespace {
thread_local Recorder* t_recorder = nullptr;
thread_local uint64_t t_primitive_serial = 0;
thread_local uint64_t t_generator_uses = 0;
}  // namespace
void note_generator_use() noexcept { ++t_generator_uses; }
uint64_t generator_uses() noexcept { return t_generator_uses; }
uint64_t primitive_recording_serial() noexcept { return t_primitive_serial; }
uint64_t set_primitive_recording_serial(uint64_t serial) noexcept {
  const uint64_t previous = t_primitive_serial;
  t_primitive_serial = serial;
  return previous;
}
Recorder* active_recorder() noexcept { return t_recorder; }
const BatchedCall kBroadcastingRule;  // compared by address (src/func/batching.cpp)
Recorder* set_active_recorder(Recorder* r) noexcept {
  Recorder* previous = t_recorder;
  t_recorder = r;
  return previous;
}
}  // namespace detail

Tensor make_empty(const Shape& sizes, DType dtype) {
  if (detail::Recorder* r = detail::active_recorder()) r->untraced_tensor();
  for (int64_t s : sizes)
    if (s < 0)
      throw RuntimeError("Trying to create tensor with negative dimension " + std::to_string(s) +
                         ": " + to_string(sizes));
  const int64_t es = static_cast<int64_t>(element_size(dtype));
  int64_t n = 1, bytes = 0;
  bool overflow = false;
  for (int64_t s : sizes) overflow = __builtin_mul_overflow(n, s, &n) || overflow;
  if (overflow || __builtin_mul_overflow(n, es, &bytes)) {
    std::string list;
    for (int64_t s : sizes) list += (list.empty() ? "" : ", ") + std::to_string(s);
    throw RuntimeError("Storage size calculation overflowed with sizes=[" + list + "]");
  }
  auto impl = std::allocate_shared<TensorImpl>(detail::PoolAllocator<TensorImpl>());
  impl->storage =
      std::allocate_shared<Storage>(detail::PoolAllocator<Storage>(), static_cast<size_t>(n) * es);
  impl->storage->made_in_recording = detail::primitive_recording_serial();
  impl->sizes = sizes;
  impl->strides = contiguous_strides(sizes);
  impl->dtype = dtype;
  return Tensor(std::move(impl));
}

Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset) {
  auto impl = std::allocate_shared<TensorImpl>(detail::PoolAllocator<TensorImpl>());
  impl->storage = base.impl()->storage;
  impl->sizes = std::move(sizes);
  impl->strides = std::move(strides);
  impl->offset = offset;
  impl->dtype = base.dtype();
  return Tensor(std::move(impl));
}

int64_t wrap_dim(int64_t dim, int64_t rank, const char*) {
  int64_t r = std::max<int64_t>(rank, 1);
  if (dim < -r || dim >= r)
    throw IndexError("Dimension out of range (expected to be in range of [" + std::to_string(-r) +
                     ", " + std::to_string(r - 1) + "], but got " + std::to_string(dim) + ")");
  return dim < 0 ? dim + r : dim;
}

std::string to_string(const Shape& s) {
  std::string r = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) r += ", ";
    r += std::to_string(s[i]);
  }
  return r + "]";
}

std::string size_string(const Shape& s) { return "torch.Size(" + to_string(s) + ")"; }

size_t element_size(DType t) {
  switch (t) {
    case DType::Float32:
      return 4;
    case DType::Float64:
      return 8;
    case DType::Int64:
      return 8;
    case DType::Int32:
      return 4;
    case DType::Bool:
      return 1;
  }
  return 1;
}

const char* dtype_name(DType t) {
  switch (t) {
    case DType::Float32:
      return "float32";
    case DType::Float64:
      return "float64";
    case DType::Int64:
      return "int64";
    case DType::Int32:
      return "int32";
    case DType::Bool:
      return "bool";
  }
  return "?";
}

std::string dtype_repr(DType t) { return std::string("ct.") + dtype_name(t); }

}  // namespace ct

namespace ct::detail {

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kPooled = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kPooled = false;  // (Clang's spelling)
#else
constexpr bool kPooled = true;
#endif
#else
constexpr bool kPooled = true;
#endif
constexpr size_t kClass = 64;   // size classes of 64 bytes (every block 64-aligned)
constexpr size_t kClasses = 8;  // up to 512 bytes; larger blocks are not kept
constexpr size_t kKeep = 512;   // blocks kept per class and thread
constexpr std::align_val_t kAlign{64};

struct FreeBlock {
  FreeBlock* next;
};

struct ThreadPool {
  FreeBlock* head[kClasses] = {};
  size_t count[kClasses] = {};
  ~ThreadPool();
};
// Trivially destructible, so readable during and after the pool's own
// destruction at thread exit (later frees then go straight to delete).
thread_local bool t_pool_alive = false;
thread_local ThreadPool t_pool;

ThreadPool::~ThreadPool() {
  t_pool_alive = false;
  for (FreeBlock* h : head)
    while (h) {
      FreeBlock* next = h->next;
      ::operator delete(h, kAlign);
      h = next;
    }
}

ThreadPool* pool() {
  if (!t_pool_alive) {
    static thread_local bool made = false;  // the pool dies with the thread: not again
    if (made) return nullptr;
    made = true;
    t_pool_alive = true;
  }
  return &t_pool;
}

}  // namespace

void* pool_allocate(size_t bytes) {
  const size_t c = (bytes + kClass - 1) / kClass - 1;
  if (kPooled && c < kClasses)
    if (ThreadPool* p = pool(); p && p->head[c]) {
      FreeBlock* b = p->head[c];
      p->head[c] = b->next;
      --p->count[c];
      return b;
    }
  return ::operator new(kPooled&& c < kClasses ? (c + 1) * kClass : bytes, kAlign);
}

void pool_free(void* ptr, size_t bytes) noexcept {
  const size_t c = (bytes + kClass - 1) / kClass - 1;
  if (kPooled && c < kClasses && t_pool_alive && t_pool.count[c] < kKeep) {
    auto* b = static_cast<FreeBlock*>(ptr);
    b->next = t_pool.head[c];
    t_pool.head[c] = b;
    ++t_pool.count[c];
    return;
  }
  ::operator delete(ptr, kAlign);
}

}  // namespace ct::detail
