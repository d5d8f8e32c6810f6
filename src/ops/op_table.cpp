// The op table (include/cotangent/op_table.h): each file of src/ops/ adds
// the rows of the ops it defines; this file puts them together and derives
// what is the same for every op of a kind: sample inputs and batching.
#include "cotangent/op_table.h"

#include <cmath>
#include <limits>
#include <mutex>
#include <random>

#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "ops/ops_common.h"

namespace ct {

namespace detail {
// One per file of src/ops/, next to the ops they describe.
void add_arithmetic_ops(std::vector<OpInfo>& table);
void add_elementwise_ops(std::vector<OpInfo>& table);
void add_reduction_ops(std::vector<OpInfo>& table);
void add_special_ops(std::vector<OpInfo>& table);
void add_view_ops(std::vector<OpInfo>& table);
void add_indexing_ops(std::vector<OpInfo>& table);
void add_linalg_ops(std::vector<OpInfo>& table);
void add_nn_ops(std::vector<OpInfo>& table);
void add_factory_ops(std::vector<OpInfo>& table);
}  // namespace detail

const std::vector<OpInfo>& op_table() {
  static const std::vector<OpInfo> table = [] {
    std::vector<OpInfo> t;
    detail::add_arithmetic_ops(t);
    detail::add_elementwise_ops(t);
    detail::add_special_ops(t);
    detail::add_reduction_ops(t);
    detail::add_view_ops(t);
    detail::add_indexing_ops(t);
    detail::add_linalg_ops(t);
    detail::add_nn_ops(t);
    detail::add_factory_ops(t);
    return t;
  }();
  return table;
}

const OpInfo* find_op(std::string_view name) {
  for (const OpInfo& op : op_table())
    if (name == op.name) return &op;
  return nullptr;
}

std::string OpInfo::op_name() const {
  const std::string full(name);
  return full.substr(0, full.find('.'));
}

int OpInfo::num_inputs() const { return general ? arity : binary ? 2 : 1; }

std::vector<Tensor> OpInfo::call(const std::vector<Tensor>& inputs) const {
  const size_t want = static_cast<size_t>(num_inputs());
  if (inputs.size() != want)
    throw ValueError(std::string(name) + "() takes " + std::to_string(want) + " tensors, got " +
                     std::to_string(inputs.size()));
  if (general) return general(inputs);
  if (unary) return {unary(inputs[0])};
  if (binary) return {binary(inputs[0], inputs[1])};
  return {reduce(inputs[0], Shape{}, false)};
}

namespace {

Tensor sample(const Shape& shape, Domain domain, DType dtype, std::mt19937_64& rng) {
  double lo = -2, hi = 2;
  switch (domain) {
    case Domain::Real:
      break;
    case Domain::Positive:
      lo = 0.2, hi = 3;
      break;
    case Domain::Unit:
      lo = -0.9, hi = 0.9;
      break;
    case Domain::AboveOne:
      lo = 1.2, hi = 3;
      break;
    case Domain::Probability:
      lo = 0.1, hi = 0.9;
      break;
  }
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<double> values(static_cast<size_t>(shape.numel()));
  for (double& v : values) {
    v = u(rng);
    // kinks of abs, relu, sign, max at 0: keep finite differences away
    if (domain == Domain::Real && std::abs(v) < 0.1) v = v < 0 ? v - 0.1 : v + 0.1;
  }
  return from_vector(values, shape).to(dtype);
}

}  // namespace

Tensor sample_tensor(const Shape& shape, Domain domain, DType dtype, uint64_t seed) {
  std::mt19937_64 rng(seed);
  return sample(shape, domain, dtype, rng);
}

std::vector<std::vector<Tensor>> sample_inputs(const OpInfo& op, DType dtype) {
  if (op.samples) return op.samples(dtype);
  std::mt19937_64 rng(20261127);
  auto s = [&](const Shape& shape) { return sample(shape, op.domain, dtype, rng); };
  std::vector<std::vector<Tensor>> samples;
  if (op.binary) {
    samples.push_back({s({3, 4}), s({3, 4})});
    samples.push_back({s({3, 4}), s({4})});        // broadcast the second
    samples.push_back({s({2, 1, 3}), s({4, 1})});  // broadcast both
    samples.push_back({s({}), s({5})});
    samples.push_back({s({4, 3}).t(), s({3, 4})});  // non-contiguous
  } else {
    if (op.kind != OpKind::Reduction) samples.push_back({s({})});  // var of one element: NaN
    samples.push_back({s({7})});
    samples.push_back({s({3, 4})});
    samples.push_back({s({4, 3}).t()});  // non-contiguous
  }
  return samples;
}

namespace {

// The sample the derived inputs start from: the first whose first tensor
// has two or more dims (else the first).
size_t base_sample(const std::vector<std::vector<Tensor>>& samples) {
  for (size_t k = 0; k < samples.size(); ++k)
    if (!samples[k].empty() && samples[k][0].defined() && samples[k][0].dim() >= 2) return k;
  return 0;
}

// The special points of a domain. Probabilities stay in [0, 1], where
// binary_cross_entropy accepts them (its ends are the special points).
std::vector<double> special_values(Domain domain) {
  const double inf = std::numeric_limits<double>::infinity();
  if (domain == Domain::Probability) return {0.0, 1.0, 0.5, 0.25, 1.0, 0.0, 0.75, 1e-12};
  return {0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, inf, -inf, std::nan(""), 2.0};
}

// `t` (float) with its values replaced by values[(phase + k * stride) % n].
Tensor cycled(const Tensor& t, const std::vector<double>& values, size_t phase, size_t stride) {
  std::vector<double> out(static_cast<size_t>(t.numel()));
  for (size_t k = 0; k < out.size(); ++k) out[k] = values[(phase + k * stride) % values.size()];
  return from_vector(out, t.shape()).to(t.dtype());
}

}  // namespace

std::vector<std::vector<Tensor>> special_inputs(const OpInfo& op) {
  if (op.random || op.kind == OpKind::Factory) return {};
  const std::vector<double> values = special_values(op.domain);
  const NoGradGuard no_grad;
  if (op.binary) {  // every pair, ties on the diagonal
    const Tensor column = from_vector(values, Shape{static_cast<int64_t>(values.size()), 1});
    return {{column, column.reshape({1, -1}).clone()}};
  }
  const auto samples = sample_inputs(op);
  if (samples.empty()) return {};
  auto replaced = [&](const std::vector<double>& with) {
    std::vector<Tensor> inputs = samples[base_sample(samples)];
    for (size_t i = 0; i < inputs.size(); ++i)
      if (inputs[i].defined() && inputs[i].is_floating_point())
        inputs[i] = cycled(inputs[i], with, 5 * i, i == 0 ? 1 : 3);
    return inputs;
  };
  std::vector<std::vector<Tensor>> out{replaced(values)};
  // ties (max, min, median pick one; their gradients go to one or split),
  // a row of zeros (prod, norm)
  if (op.kind == OpKind::Reduction) out.push_back(replaced({1, 3, 3, 0, -1, -1, 2, 2, 0, 0, 0, 0}));
  return out;
}

std::vector<EdgeInput> edge_inputs(const OpInfo& op) {
  const auto samples = sample_inputs(op);
  if (samples.empty()) return {};
  const std::vector<Tensor>& sample = samples[base_sample(samples)];
  std::vector<EdgeInput> out;
  const NoGradGuard no_grad;
  for (size_t i = 0; i < sample.size(); ++i) {
    const Tensor& t = sample[i];
    if (!t.defined()) continue;
    auto add = [&](const char* change, Tensor changed) {
      std::vector<Tensor> inputs = sample;
      inputs[i] = std::move(changed);
      out.push_back({static_cast<int>(i), change, std::move(inputs)});
    };
    if (t.dtype() != float32) add("float32", t.to(float32));
    if (t.dtype() != int64) add("int64", t.to(int64));
    if (t.dtype() != kBool) add("bool", ne(t, 0));
    if (t.dim() > 0) {
      add("0-d", t.numel() ? t.reshape({-1}).select(0, 0).clone() : zeros({}, t.dtype()));
      add("empty", t.narrow(0, 0, 0));
      add("non-contiguous", stack({t, t}, -1).select(-1, 0));
      if (t.numel()) add("expanded", t.reshape({-1}).select(0, 0).expand(t.shape()));
    }
    add("undefined", Tensor());
  }
  return out;
}

}  // namespace ct
