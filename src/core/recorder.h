// Internal: the hook through which primitive ops are recorded into a trace
// (src/trace/). The core only holds the thread's recorder; ops call it
// through CT_TRACE (src/ops/primitive.h); the trace layer implements it.
#pragma once
#include <functional>
#include <vector>

#include "cotangent/tensor.h"

namespace ct::detail {

using TensorVec = std::vector<Tensor>;
// One primitive call with its non-tensor arguments bound: tensors in, tensors out.
using PrimitiveCall = std::function<TensorVec(const TensorVec&)>;

class Recorder {
 public:
  virtual ~Recorder() = default;
  // Runs `fn` on `inputs` now (with this recorder suspended, so the ops
  // inside the primitive are not recorded again) and notes the call.
  virtual TensorVec call(const char* op, const TensorVec& inputs, const PrimitiveCall& fn) = 0;
  // A tensor was made while recording but outside any primitive: an op
  // that cannot be recorded ran, and replaying without it would be wrong.
  virtual void untraced_tensor() = 0;
};

// This thread's recorder while it records and no primitive runs; null
// otherwise (one thread-local load on every op's eager path).
Recorder* active_recorder() noexcept;
// Replaces it and returns the previous one.
Recorder* set_active_recorder(Recorder* r) noexcept;

// Suspends recording for a scope (a primitive's own inner ops).
class RecorderSuspend {
 public:
  RecorderSuspend() : saved_(set_active_recorder(nullptr)) {}
  ~RecorderSuspend() { set_active_recorder(saved_); }
  RecorderSuspend(const RecorderSuspend&) = delete;
  RecorderSuspend& operator=(const RecorderSuspend&) = delete;

 private:
  Recorder* saved_;
};

}  // namespace ct::detail
