// Internal: vmap's batched tensors and the batching interpreter.
//
// A batched tensor is an ordinary Tensor whose TensorImpl carries a
// BatchInfo (src/core/tensor_impl.h): the tensor of every example with the
// batch at some dim, and the vmap level it belongs to. vmap makes them and
// installs a BatchingInterpreter as the thread's recorder (the CT_TRACE hook
// of every op): an op on a batched tensor runs once on the whole batch by
// the op's batching rule, under the recorder outside this level (so nested
// levels, compile and autograd see the batch as ordinary tensors).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "cotangent/func.h"

namespace ct::func::detail {

using ct::detail::TensorVec;

class BatchingInterpreter;

// One active vmap on this thread.
struct VmapLevel {
  int64_t level = 0;    // 1 = outermost
  int64_t size = 0;     // the batch size
  uint64_t serial = 0;  // unique per vmap call
  Randomness randomness = Randomness::Error;
  ct::detail::Recorder* outer = nullptr;  // the recorder outside this level
};

// An aux output of the transform running f on this thread (Python's
// binding keeps them itself): detached unless an outer transform
// differentiates the results.
Tensor aux_output(const Tensor& t);

// A random op under randomness="error".
extern const char* const kRandomErrorMessage;

// This thread's active levels, outermost first.
const std::vector<VmapLevel>& active_levels();

// Makes `physical` (every example, batch at `dim`) a batched tensor of `level`.
Tensor wrap(const Tensor& physical, int64_t dim, int64_t level);
// The BatchInfo of `t` when it is batched at `level`, else null.
const BatchInfo* batch_at(const Tensor& t, int64_t level);

// t with dim `from` moved to `to` (both wrapped already; a view).
Tensor move_dim(const Tensor& t, int64_t from, int64_t to);

// Raises vmap's error for a batched tensor whose vmap has returned.
void check_alive(const BatchInfo& b);

// The recorder below every active vmap level (the one vmap was called under).
ct::detail::Recorder* base_recorder();

// The tensor behind `x` with one batch dim in front per active level,
// outermost first: shape (B_1, ..., B_n) + x's logical shape. Levels that
// `x` is not batched at are expanded (views, no copies). An ordinary tensor
// when no level is active.
Tensor to_canonical(const Tensor& x);
// The inverse: wraps a canonical tensor at every active level.
Tensor from_canonical(const Tensor& canonical);

// Pushes a level and makes its interpreter the thread's recorder for a scope.
class LevelScope {
 public:
  LevelScope(int64_t size, Randomness randomness);
  ~LevelScope();
  LevelScope(const LevelScope&) = delete;
  LevelScope& operator=(const LevelScope&) = delete;
  int64_t level() const { return level_; }

 private:
  int64_t level_;
  ct::detail::Recorder* saved_;
  BatchingInterpreter* interpreter_;
};

}  // namespace ct::func::detail
