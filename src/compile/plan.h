// Internal: a recording made ready for fast replays (ct::compile). Dead
// pure steps are dropped, detach/requires_grad_ resolved to their inputs,
// views of constants and value-free tensors made once, repeated elementwise
// subexpressions computed once; runs of elementwise primitives on float
// tensors of one shape and dtype (unary math, add/sub/mul/div/pow with
// tensors or numbers, comparisons, where, casts between bool and float,
// ending perhaps in a sum over trailing dims) become one fused kernel that
// walks their output once, in blocks, keeping the intermediate values in
// small per-block buffers instead of tensors (bools as 0 and 1 in the
// kernel's dtype); every other primitive is called as recorded, and each
// value is let go after its last read. A plan replays without autograd;
// ct::compile runs it directly, or inside one autograd node when inputs
// need a gradient.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/replay_arena.h"
#include "cotangent/trace.h"
#include "trace/graph.h"

namespace ct::detail {

// Whether a captured tensor of the recording needs a gradient now (grad
// mode on): a replay must then run the recorded ops with autograd.
bool constants_need_grad(const Trace& recorded);

class Plan {
 public:
  explicit Plan(Trace trace);
  std::vector<Tensor> run(const std::vector<Tensor>& inputs) const;
  // Whether a captured tensor needs a gradient now (then replay the trace).
  bool constants_need_grad() const;
  const Trace& trace() const { return trace_; }
  size_t num_fused_kernels() const { return groups_.size(); }
  size_t num_fused_ops() const;
  // The optimised graph in Graphviz's dot: each fused kernel a cluster.
  std::string to_dot() const;

  struct Group {
    Shape shape;
    DType dtype;
    std::vector<size_t> steps;     // in order
    std::vector<int64_t> leaves;   // values read from outside
    std::vector<int64_t> outputs;  // values used after the group: materialised
    std::vector<int> slot;  // by position in steps: the output's scratch slot; -1: materialised
    int num_slots = 0;
    // The steps as the kernel runs them: operands by local index (leaves
    // 0..L-1, then step p's output at L+p).
    struct Op {
      const ElementwiseInfo* e;
      int a, b, c;    // (c: where's third operand)
      bool bool_out;  // its value is a bool (0 or 1 in the kernel's dtype)
    };
    std::vector<Op> ops;
    // The position of a closing sum over the trailing dims (-1: none): the
    // kernel then walks whole rows per task and accumulates them.
    int reduce_at = -1;
  };

 private:
  struct Instruction {
    bool fused;
    size_t index;  // a step, or a group
  };
  void run_group(const Group& g, std::vector<Tensor>& values) const;
  void plan_releases();

  Trace trace_;
  const Trace::Graph* graph_;
  std::vector<Group> groups_;
  std::vector<Instruction> program_;
  std::vector<std::vector<int64_t>> in_;            // each step's inputs, aliases resolved
  std::vector<std::pair<int64_t, Tensor>> folded_;  // values made once, at planning
  std::vector<std::vector<int64_t>> release_;       // before instruction i: values read no more
  // Arenas of planned buffers (core/replay_arena.h) not in use now: a
  // replay takes one (or makes one) and gives it back.
  mutable std::mutex arenas_mutex_;
  // (keyed by the inputs' strides: a replay on other layouts, a transposed
  // input say, asks for other buffers)
  mutable std::vector<std::pair<uint64_t, std::unique_ptr<ReplayArena>>> arenas_;
  // Set when a replay had nothing to plan (tiny tensors live inline):
  // later replays take no arena.
  mutable std::atomic<bool> no_arena_{false};
};

}  // namespace ct::detail
