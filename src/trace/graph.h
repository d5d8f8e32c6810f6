// Internal: the recording a ct::Trace holds (src/trace/trace.cpp makes it;
// src/compile/ plans fused replays from it).
#pragma once
#include <optional>
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
};

}  // namespace ct
