// Helpers for the rows of the op table (include/cotangent/op_table.h) that
// call an op with attributes fixed (`general`): views, indexing, linear
// algebra, nn, reductions over dims, ops with scalar attributes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cotangent/error.h"
#include "cotangent/op_table.h"

namespace ct::detail {

using TL = std::vector<Tensor>;
using Samples = std::vector<std::vector<Tensor>>;

// An elementwise row: the op with no attributes; without signatures of its
// own, Python binds it as torch.name(input[, other]).
inline void add_unary(std::vector<OpInfo>& t, const char* name, const char* node,
                      const char* derivative, Domain domain, Tensor (*f)(const Tensor&)) {
  t.push_back(
      OpInfo{name, "", node, derivative, OpKind::Unary, domain, true, f});
}
inline void add_binary(std::vector<OpInfo>& t, const char* name, const char* node,
                       const char* derivative, Domain domain,
                       Tensor (*f)(const Tensor&, const Tensor&)) {
  t.push_back(OpInfo{name, "", node, derivative, OpKind::Binary, domain,
                     true, nullptr, f});
}

// A row with attributes fixed (`general`: the op with them bound).
inline void add_general(std::vector<OpInfo>& t, const char* name, const char* torch,
                        const char* node, const char* derivative, OpKind kind, Domain domain,
                        bool method, int arity, TL (*general)(const TL&), Samples (*samples)(DType),
                        const char* python_call) {
  OpInfo op{name, torch, node, derivative, kind, domain, method};
  op.general = general;
  op.arity = arity;
  op.samples = samples;
  op.python_call = python_call;
  t.push_back(op);
}

// PyTorch's signatures of the op `name` (op_signature.h), added to its
// first row: how Python calls it. A call of nullptr calls the row's plain
// unary or binary function (for aliases: "arcsin(Tensor input)").
inline void set_signatures(std::vector<OpInfo>& t, std::string_view name,
                           std::vector<OpSignature> signatures) {
  for (OpInfo& op : t) {
    if (op.op_name() != name) continue;
    op.signatures.insert(op.signatures.end(), signatures.begin(), signatures.end());
    return;
  }
  throw RuntimeError("set_signatures: no row named " + std::string(name));
}

// The further calls in PyTorch's syntax (OpInfo::calls) of the row `name`.
inline void set_calls(std::vector<OpInfo>& t, std::string_view name,
                      std::vector<const char*> calls) {
  for (OpInfo& op : t) {
    if (op.name != name) continue;
    op.calls.insert(op.calls.end(), calls.begin(), calls.end());
    return;
  }
  throw RuntimeError("set_calls: no row named " + std::string(name));
}

// In a call: the first (second) input as int64 or int32, its special values
// (NaN, ±inf) made finite first (a NaN has no integer).
#define CT_INT_X0 "m.nan_to_num(x[0], 0.0, 9.0, -9.0).long()"
#define CT_INT_X1 "m.nan_to_num(x[1], 0.0, 9.0, -9.0).long()"
#define CT_INT32_X0 "m.nan_to_num(x[0], 0.0, 9.0, -9.0).int()"
#define CT_INT32_X1 "m.nan_to_num(x[1], 0.0, 9.0, -9.0).int()"
// In a call: an int32 tensor of the given values ("[2147483647]").
#define CT_INT32(VALUES) "m.tensor(" VALUES ", dtype=m.int32)"

// The call of a signature: an expression over the parsed arguments `a`.
#define CT_CALL(...) [](const OpArgs& a) -> OpValue { return __VA_ARGS__; }
// torch.name(input, other) with a Tensor or a Scalar `other`.
#define CT_TENSOR_OR_SCALAR(FN, SCHEMA_HEAD)                                                      \
  OpSignature{SCHEMA_HEAD "(Tensor input, Tensor other)", CT_CALL(FN(a.tensor(0), a.tensor(1)))}, \
      OpSignature {                                                                               \
    SCHEMA_HEAD "(Tensor input, Scalar other)", CT_CALL(FN(a.tensor(0), a.scalar(1)))             \
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
