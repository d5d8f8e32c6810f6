// Helpers for the rows of the op table (include/cotangent/op_table.h) that
// call an op with attributes fixed (`general`): views, indexing, linear
// algebra, nn, reductions over dims, ops with scalar attributes.
#pragma once
#include <vector>

#include "cotangent/error.h"
#include "cotangent/op_table.h"

namespace ct::detail {

using TL = std::vector<Tensor>;
using Samples = std::vector<std::vector<Tensor>>;

// A row with attributes fixed: BatchRule::Loop (the batching interpreter
// stacks per-example calls) and the hand-written Python binding.
// An elementwise row: the op with no attributes, its binding generated.
inline void add_unary(std::vector<OpInfo>& t, const char* name, const char* node,
                      const char* derivative, Domain domain, Tensor (*f)(const Tensor&)) {
  t.push_back(
      OpInfo{name, "", node, derivative, OpKind::Unary, BatchRule::Elementwise, domain, true, f});
}
inline void add_binary(std::vector<OpInfo>& t, const char* name, const char* node,
                       const char* derivative, Domain domain,
                       Tensor (*f)(const Tensor&, const Tensor&), bool generated_binding = true) {
  OpInfo op{name,   "",   node,    derivative, OpKind::Binary, BatchRule::Elementwise,
            domain, true, nullptr, f};
  op.generated_binding = generated_binding;
  t.push_back(op);
}

inline void add_general(std::vector<OpInfo>& t, const char* name, const char* torch,
                        const char* node, const char* derivative, OpKind kind, Domain domain,
                        bool method, int arity, TL (*general)(const TL&), Samples (*samples)(DType),
                        const char* python_call) {
  OpInfo op{name, torch, node, derivative, kind, BatchRule::Loop, domain, method};
  op.general = general;
  op.arity = arity;
  op.samples = samples;
  op.python_call = python_call;
  op.generated_binding = false;
  t.push_back(op);
}

// An optional input (a bias, a bound) that the row's variant gives.
inline const Tensor& require_defined(const Tensor& t) {
  if (!t.defined()) throw ValueError("this variant of the op takes a defined tensor here");
  return t;
}

// One float input: a 3x4 matrix, a 2x3x4 tensor and a non-contiguous 3x4.
inline Samples matrix_samples(DType dt, Domain d) {
  return {{sample_tensor({3, 4}, d, dt, 11)},
          {sample_tensor({2, 3, 4}, d, dt, 12)},
          {sample_tensor({4, 3}, d, dt, 13).t()}};
}

// Two float inputs of shape 3x4 (the second non-contiguous in the last sample).
inline Samples matrix_pair_samples(DType dt, Domain d) {
  return {{sample_tensor({3, 4}, d, dt, 21), sample_tensor({3, 4}, d, dt, 22)},
          {sample_tensor({2, 3, 4}, d, dt, 23), sample_tensor({2, 3, 4}, d, dt, 24)},
          {sample_tensor({3, 4}, d, dt, 25), sample_tensor({4, 3}, d, dt, 26).t()}};
}

}  // namespace ct::detail
