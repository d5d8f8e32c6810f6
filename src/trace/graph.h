// Internal: the recording a ct::Trace holds (src/trace/trace.cpp makes it;
// src/compile/ plans fused replays from it).
#pragma once
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/recorder.h"
#include "cotangent/trace.h"

namespace ct {

struct Trace::Graph {
  struct Step {
    const char* op;
    std::vector<int64_t> inputs;  // value ids; -1 for an absent optional tensor
    std::vector<int64_t> outputs;
    detail::PrimitiveCall call;
    std::optional<detail::ElementwiseInfo> elementwise;  // set for a fusible primitive
    // No effect but its outputs: it wrote into no input's storage and drew
    // no random numbers when recorded (a replay may drop it when nothing
    // reads its outputs).
    bool pure = true;
    // Its outputs share storage with an input (a view) when recorded.
    bool view = false;
    // Grad mode when recorded: a step recorded in a no_grad scope of the
    // function replays without recording autograd nodes.
    bool grad_enabled = true;
  };
  // A value as recorded: what a planner needs to know without the tensor.
  struct ValueInfo {
    Shape shape;
    DType dtype;
    bool contiguous;
  };
  std::vector<Shape> input_shapes;
  std::vector<DType> input_dtypes;
  std::vector<std::pair<int64_t, Tensor>> constants;  // (value id, value)
  std::vector<Step> steps;
  std::vector<int64_t> outputs;
  std::vector<ValueInfo> values;  // by value id
  int64_t num_values = 0;

  // A replay's pieces, shared by Trace and the compiled plan: the values
  // known before any step (inputs, constants), one recorded call on the
  // values `inputs` names (the step's own, or the plan's with aliases
  // resolved), and the returned values.
  void set_initial_values(const std::vector<Tensor>& inputs, std::vector<Tensor>& values) const;
  void run_step(const Step& step, const std::vector<int64_t>& inputs, std::vector<Tensor>& values,
                detail::TensorVec& args) const;
  std::vector<Tensor> results(const std::vector<Tensor>& values) const;
};

namespace detail {
struct TraceAccess {
  static Trace make(std::shared_ptr<const Trace::Graph> g) {
    Trace t;
    t.graph_ = std::move(g);
    return t;
  }
};

// A recording of some of g's steps (in order) as a graph of its own: its
// inputs are the values `inputs` names (renumbered 0, 1, ...), the
// constants the steps read come along, and it returns the values `outputs`
// names. Every value a step reads must be an input, a constant or made by an
// earlier step of the list (std::nullopt otherwise).
std::optional<Trace> sub_trace(const Trace::Graph& g, const std::vector<int64_t>& inputs,
                               const std::vector<size_t>& steps,
                               const std::vector<int64_t>& outputs);

// Graphviz output of a recording, shared by Trace::to_dot and the compiled
// plan's: the header with input and constant nodes (`maker` maps each value
// to the node that made it), edges into a node, the outputs and the end.
void dot_begin(std::ostream& os, const Trace::Graph& g, const char* name,
               std::unordered_map<int64_t, std::string>& maker);
void dot_edges(std::ostream& os, const std::string& node, const std::vector<int64_t>& inputs,
               const std::unordered_map<int64_t, std::string>& maker);
void dot_end(std::ostream& os, const Trace::Graph& g,
             const std::unordered_map<int64_t, std::string>& maker);
}  // namespace detail

}  // namespace ct
