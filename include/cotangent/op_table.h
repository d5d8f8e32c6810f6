// The op table: one entry per op, made where the op is defined, from which
// everything else is derived: every Python binding (from the rows'
// signatures, op_signature.h), the
// op page (docs/ops.md), the generic tests (gradcheck, gradgradcheck,
// forward vs reverse, batched gradients, tracing, bad inputs, values
// against PyTorch, vmap against a loop). Adding an
// elementwise op is one row of the table in src/ops/elementwise.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cotangent/op_signature.h"
#include "cotangent/tensor.h"

namespace ct {

enum class OpKind : uint8_t {
  Unary,      // elementwise, one tensor in
  Binary,     // elementwise with broadcasting, two tensors in
  Reduction,  // over all elements or some dims
  View,       // shares its input's storage
  Other,
  Factory,  // makes a tensor from sizes or values: no tensor inputs
};

// Where sample inputs are drawn from, so derivatives exist there.
enum class Domain : uint8_t {
  Real,         // [-2, 2], away from 0 by 0.1 (kinks at 0)
  Positive,     // [0.2, 3]
  Unit,         // (-0.9, 0.9)
  AboveOne,     // [1.2, 3]
  Probability,  // (0.1, 0.9)
};

struct OpInfo {
  const char* name;        // ct::name, Tensor::name() and torch.name in Python
  const char* torch;       // PyTorch's reference when not torch.<name> ("torch.special.i0e")
  const char* node;        // PyTorch's backward node; "" when not differentiable
  const char* derivative;  // the formula, as docs/ops.md shows it
  OpKind kind;
  Domain domain;
  bool method;  // also a Tensor method
  // The op on tensors, default attributes (one of these is set by kind).
  Tensor (*unary)(const Tensor&) = nullptr;
  Tensor (*binary)(const Tensor&, const Tensor&) = nullptr;
  // Reductions: the op over `dims` (empty: all), as sum(x, dims, keepdim).
  Tensor (*reduce)(const Tensor&, const Shape&, bool) = nullptr;
  // Unary ops: the op on a contiguous block of n elements (float32 and
  // float64), the unit that a fused kernel chains.
  void (*block_f32)(const float*, float*, int64_t) = nullptr;
  void (*block_f64)(const double*, double*, int64_t) = nullptr;
  // How a binding calls the op by name with PyTorch's arguments
  // (op_signature.h): the Python module binds every op from these. Empty on
  // a plain unary or binary row: torch.name(input[, other]) and the method.
  // An op with several rows (variants) keeps its signatures on the first.
  std::vector<OpSignature> signatures{};
  // Random (or uninitialised) values on every call: tests compare the
  // shape and dtype only.
  bool random = false;
  // Any other op (views, indexing, linear algebra, nn, reductions with
  // attributes): its call on tensors with the attributes of this row fixed
  // (a captureless lambda). A row per variant; its name says which
  // ("sum.dim_keepdim"); the part before the dot is the op's name.
  std::vector<Tensor> (*general)(const std::vector<Tensor>&) = nullptr;
  int arity = 0;  // tensors `general` takes (unary, binary and reductions: implied)
  // Sample inputs when the kind's default does not fit (matrices, index
  // tensors): float inputs in `dtype`, other inputs as the op needs.
  std::vector<std::vector<Tensor>> (*samples)(DType dtype) = nullptr;
  // PyTorch's call when it is not torch.<name>(*inputs): a Python
  // expression over m (the module: torch or cotangent) and x (the input
  // list), e.g. "m.sum(x[0], dim=1, keepdim=True)". tests/python evaluates
  // it with both modules and compares.
  const char* python_call = nullptr;
  // More calls of the op in PyTorch's syntax, over m and x as python_call:
  // other attribute values, keywords, scalar operands, methods, in-place
  // forms, casts of the inputs, bad arguments (calls torch refuses).
  // tests/python runs each with torch and with cotangent on the row's
  // samples, special and edge inputs (once when it makes its own tensors)
  // and compares the values and gradients, or the exception's class and
  // message; a trailing "  # tag: why" marks a known deviation.
  std::vector<const char*> calls{};

  bool differentiable() const { return node[0] != '\0'; }
  // "sum" for the row "sum.dim_keepdim".
  std::string op_name() const;
  std::string torch_reference() const { return torch[0] ? torch : "torch." + op_name(); }
  int num_inputs() const;
  std::vector<Tensor> call(const std::vector<Tensor>& inputs) const;
};

// The signatures a binding uses for `op`: its own, or the plain
// "name(Tensor input)" / "name(Tensor input, Tensor other)" of a unary or
// binary row without any.
std::vector<OpSignature> signatures_of(const OpInfo& op);
// Calls `op` through one of its signatures with parsed arguments.
OpValue invoke(const OpInfo& op, const OpSignature& signature, const OpArgs& args);

// Every op of the table, in the order of docs/ops.md.
const std::vector<OpInfo>& op_table();
// The entry named `name`, or nullptr.
const OpInfo* find_op(std::string_view name);

// Sample inputs of an op: a few shapes (0-d, 1-d, 2-d, non-contiguous, and
// broadcasting pairs for binary ops) with values from the op's domain,
// drawn from a fixed seed. Each sample is one list of call() inputs.
std::vector<std::vector<Tensor>> sample_inputs(const OpInfo& op, DType dtype = DType::Float64);

// Inputs at special points, float64: the row's samples with their float
// values replaced by signed zeros, ±1, infinities and NaN from the op's
// domain (cycled, a different phase per input), a grid of every pair of
// them for a binary elementwise op, and ties and zero rows for a
// reduction. tests/ compare values and gradients with PyTorch there (where
// finite differences mean nothing: kinks, poles, ties).
std::vector<std::vector<Tensor>> special_inputs(const OpInfo& op);

// Bad and edge-case inputs made from an op's samples (PyTorch's OpInfo
// error inputs, derived instead of written per op): in the first sample
// whose first tensor has two or more dims, each tensor input in turn is
// cast to float32, int64 and bool, replaced by a 0-d or a zero-size tensor,
// made non-contiguous or expanded (stride 0), or left undefined (Python's
// None). tests/ check that every call either matches PyTorch on the same
// inputs or throws the ct::Error subclass PyTorch raises with its message,
// and changes no input.
struct EdgeInput {
  int input;           // the tensor input that was changed
  const char* change;  // "float32", "int64", "bool", "0-d", "empty",
                       // "non-contiguous", "expanded", "undefined"
  std::vector<Tensor> inputs;
};
std::vector<EdgeInput> edge_inputs(const OpInfo& op);

// A sample tensor with values from `domain`, reproducible from `seed`
// (for the rows' own sample functions).
Tensor sample_tensor(const Shape& shape, Domain domain, DType dtype, uint64_t seed);

// The op under vmap (ct::func::vmap, the op's batching rule): inputs carry
// a batch dim at `batch_dims[i]` (-1: unbatched); every output has its batch
// dim at 0.
std::vector<Tensor> call_batched(const OpInfo& op, const std::vector<Tensor>& inputs,
                                 const std::vector<int64_t>& batch_dims);
// How vmap batches the op, seen on its first sample: "elementwise" (the
// batch dims lined up, one call), "rule" (the op's own batching rule), or
// "loop (names)" when some primitive inside runs once per example; "—"
// for ops without tensor inputs and random ops.
std::string batching_rule_of(const OpInfo& op);

}  // namespace ct
