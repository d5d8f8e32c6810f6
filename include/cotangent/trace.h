// Record once, replay many times: ct::trace runs a function once and keeps
// the primitive ops it called (every op of docs/ops.md is one, or is built
// from them) as a graph; calling the Trace runs that graph on new inputs of
// the same shapes and dtypes without running the function's own code.
// ct::compile (fusion, buffer planning) is built on this.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

struct TraceOptions {
  // Record ops whose output shape depends on their inputs' values
  // (masked_select, repeat_interleave without output_size). A Trace replays
  // them op by op, so they are right; ct::compile refuses them unless its
  // dynamic_shapes option is set.
  bool data_dependent_shapes = true;
};

namespace detail {
struct TraceAccess;  // src/trace/graph.h: makes Traces of derived graphs
}  // namespace detail

class Trace {
 public:
  // Replays the recorded ops on `inputs` (same count, shapes and dtypes as
  // the example; a ValueError otherwise). Ops run eagerly, so with grad
  // mode on and inputs that require grad the result carries a graph. Safe
  // to call from many threads at once.
  std::vector<Tensor> operator()(const std::vector<Tensor>& inputs) const;

  size_t num_ops() const;
  // The recorded primitives in order ("mul", "exp", "sum", ...).
  std::vector<std::string> op_names() const;
  // One line per op: "%3 = exp(%1)"; constants are "c0", "c1", ...
  std::string to_string() const;
  // The graph in Graphviz's dot language: inputs, constants, one node per
  // op, outputs (render with `dot -Tsvg`).
  std::string to_dot() const;

  struct Graph;  // src/trace/graph.h
  // The recording itself (null for an empty Trace), for src/compile/.
  const Graph* graph() const { return graph_.get(); }

 private:
  friend Trace trace(const std::function<std::vector<Tensor>(const std::vector<Tensor>&)>&,
                     const std::vector<Tensor>&, const TraceOptions&);
  friend struct detail::TraceAccess;
  std::shared_ptr<const Graph> graph_;
};

// Runs f(example_inputs) once, recording. Tensors f uses that are neither
// inputs nor made by ops (captured weights) become constants of the trace.
// An op that cannot be recorded raises NotImplementedError instead of
// leaving a trace that would replay wrongly. A trace is flat: f's control
// flow is decided by the example inputs, as with JAX's jit or torch.jit.trace.
Trace trace(const std::function<std::vector<Tensor>(const std::vector<Tensor>&)>& f,
            const std::vector<Tensor>& example_inputs, const TraceOptions& options = {});

// Reading values while recording (item(), to_vector(), printing, equal(),
// allclose()) raises ct::RuntimeError: a replay would reuse the value read.
// A RecordingPause is the escape hatch: while one lives, this thread's
// recording is suspended, so the code in its scope runs once, when the
// function is recorded, and never at replays; tensors made there are
// constants of the recording. For debugging prints, or a value that is
// truly fixed.
namespace detail {
// Raises that RuntimeError when this thread records; for reads that do not
// go through item() or to_vector() (the Python bindings' tolist, numpy).
void check_value_read(const char* what);
}  // namespace detail

class RecordingPause {
 public:
  RecordingPause();
  ~RecordingPause();
  RecordingPause(const RecordingPause&) = delete;
  RecordingPause& operator=(const RecordingPause&) = delete;

 private:
  void* saved_;
};

}  // namespace ct
