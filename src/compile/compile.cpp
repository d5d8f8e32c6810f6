// ct::compile's cache: one recording (ct::trace) per signature, replayed on
// later calls with the same signature. The lock is never held while the
// user's function runs (it may call this compiled function again, or take a
// while): two threads meeting a new signature at once may both record it,
// and the first recording stored is kept.
#include "cotangent/compile.h"

#include <iostream>
#include <list>
#include <mutex>
#include <optional>

#include "compile/compiled_backward.h"
#include "compile/plan.h"
#include "core/recorder.h"
#include "cotangent/autograd.h"
#include "cotangent/forward_ad.h"

namespace ct::detail {

namespace {

struct InputKey {
  Shape shape;
  DType dtype;
  bool requires_grad;
  bool dual;
  // The first earlier input sharing this one's storage (-1: none): a
  // recording of f(x, x) reads one value twice, which a call f(x, y) must not
  // replay.
  int32_t alias;
  bool operator==(const InputKey&) const = default;
};

int32_t alias_of(const std::vector<Tensor>& inputs, size_t i) {
  for (size_t j = 0; j < i; ++j)
    if (inputs[j].shares_storage(inputs[i])) return static_cast<int32_t>(j);
  return -1;
}

struct Signature {
  std::vector<int64_t> layout;
  std::vector<InputKey> inputs;
  bool grad_mode;
  bool forward_level;  // a dual level is active (f may make dual tensors in it)
  bool operator==(const Signature&) const = default;
};

std::string describe(const Signature& s) {
  std::string out = "(";
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    const InputKey& k = s.inputs[i];
    out += (i ? ", " : "") + to_string(k.shape) + " " + dtype_name(k.dtype) +
           (k.requires_grad ? " requires_grad" : "") + (k.dual ? " dual" : "") +
           (k.alias >= 0 ? " same storage as input " + std::to_string(k.alias) : "");
  }
  return out + (s.grad_mode ? ")" : ") no_grad") + (s.forward_level ? " in a dual level" : "");
}

void check_defined(const std::vector<Tensor>& inputs) {
  for (size_t i = 0; i < inputs.size(); ++i)
    if (!inputs[i].defined())
      throw ValueError("ct::compile: input " + std::to_string(i) + " is an undefined tensor");
}

bool is_dual(const Tensor& t, bool forward_level) {
  return forward_level && forward_ad::unpack_dual(t).tangent.defined();
}

Signature signature_of(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout) {
  check_defined(inputs);
  const bool forward_level = forward_ad::is_active();
  Signature s{layout, {}, is_grad_enabled(), forward_level};
  for (const Tensor& t : inputs)
    s.inputs.push_back({t.shape(), t.dtype(), t.requires_grad(), is_dual(t, forward_level),
                        alias_of(inputs, s.inputs.size())});
  return s;
}

// Whether `s` is the signature of these (defined) inputs: signature_of
// without building one, for the lookup of every replay.
bool matches(const Signature& s, const std::vector<Tensor>& inputs,
             const std::vector<int64_t>& layout, bool grad_mode, bool forward_level) {
  if (s.grad_mode != grad_mode || s.forward_level != forward_level || s.layout != layout ||
      s.inputs.size() != inputs.size())
    return false;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const InputKey& k = s.inputs[i];
    const Tensor& t = inputs[i];
    if (k.dtype != t.dtype() || k.requires_grad != t.requires_grad() || k.shape != t.shape() ||
        k.dual != is_dual(t, forward_level) || k.alias != alias_of(inputs, i))
      return false;
  }
  return true;
}

}  // namespace

struct CompiledCore::State {
  CompileOptions options;
  mutable std::mutex mutex;
  struct Entry {
    Signature signature;
    Trace trace;
    std::shared_ptr<const void> annotation;
    std::shared_ptr<const Plan> plan;  // the fused replay; null when it cannot be used
    // For a signature with inputs that need a gradient: one node with a
    // compiled backward; null: replay op by op, recording autograd nodes.
    std::shared_ptr<const CompiledBackward> backward;
  };
  std::list<Entry> cache;  // most recently used first
  size_t recordings = 0;

  // The entry for `s`, moved to the front; nullptr when there is none.
  const Entry* find(const Signature& s) {
    for (auto it = cache.begin(); it != cache.end(); ++it)
      if (it->signature == s) return to_front(it);
    return nullptr;
  }
  // The same for the signature of these inputs.
  const Entry* find(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
                    bool grad_mode, bool forward_level) {
    for (auto it = cache.begin(); it != cache.end(); ++it)
      if (matches(it->signature, inputs, layout, grad_mode, forward_level)) return to_front(it);
    return nullptr;
  }
  const Entry* to_front(std::list<Entry>::iterator it) {
    cache.splice(cache.begin(), cache, it);
    return &cache.front();
  }
};

CompiledCore::CompiledCore(CompileOptions options) : state_(std::make_unique<State>()) {
  if (options.max_signatures == 0)
    throw ValueError("ct::compile: max_signatures must be at least 1");
  state_->options = options;
}

CompiledCore::~CompiledCore() = default;

std::optional<std::vector<Tensor>> CompiledCore::replay(const std::vector<Tensor>& inputs,
                                                        const std::vector<int64_t>& layout,
                                                        std::shared_ptr<const void>* annotation) {
  // (called while another function records, f must run: its ops join that
  // recording)
  if (active_recorder()) return std::nullopt;
  check_defined(inputs);
  const bool grad_mode = is_grad_enabled(), forward_level = forward_ad::is_active();
  std::optional<Trace> recorded_before;  // handles: the graphs are shared and immutable
  std::shared_ptr<const Plan> plan;
  std::shared_ptr<const CompiledBackward> backward;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (const State::Entry* e = state_->find(inputs, layout, grad_mode, forward_level)) {
      plan = e->plan;  // (which holds the recording too)
      backward = e->backward;
      if (!plan && !backward) recorded_before = e->trace;
      if (annotation) *annotation = e->annotation;
    }
  }
  if (plan) return plan->constants_need_grad() ? plan->trace()(inputs) : plan->run(inputs);
  // (a captured tensor that needs a gradient now: its gradient flows through
  // the replayed ops)
  if (backward)
    return constants_need_grad(backward->recorded) ? backward->recorded(inputs)
                                                   : run_with_compiled_backward(backward, inputs);
  if (recorded_before) return (*recorded_before)(inputs);
  return std::nullopt;
}

std::vector<Tensor> CompiledCore::call(const std::vector<Tensor>& inputs,
                                       const std::vector<int64_t>& layout, const Flat& f,
                                       std::shared_ptr<const void>* annotation) {
  // Called while another function records (a compiled function inside a
  // compiled or traced one): f runs, so its ops join that recording.
  if (active_recorder()) return f(inputs);
  if (std::optional<std::vector<Tensor>> replayed = replay(inputs, layout, annotation))
    return std::move(*replayed);
  const Signature s = signature_of(inputs, layout);
  // Record: trace runs f once, eagerly, so its outputs are this call's.
  std::vector<Tensor> outputs;
  Trace recorded = trace(
      [&](const std::vector<Tensor>& in) {
        outputs = f(in);
        return outputs;
      },
      inputs, TraceOptions{.data_dependent_shapes = state_->options.dynamic_shapes});
  if (state_->options.log_recording)
    std::cerr << "ct::compile: recording a new signature " << describe(s) << ", "
              << recorded.num_ops() << " ops\n";
  // A replay that needs no autograd (no input requires grad, or grad mode is
  // off, and no dual inputs) runs the fused plan.
  std::shared_ptr<const Plan> new_plan;
  bool autograd = false;
  for (const InputKey& k : s.inputs) autograd |= (k.requires_grad && s.grad_mode) || k.dual;
  // Forward mode (a dual level, or f's own dual tensors): replays run op by
  // op, so each op pushes its tangent along. So do replays whose results
  // require grad (f set requires_grad_ on something it returns a function of).
  bool forward_mode = s.forward_level;
  for (const InputKey& k : s.inputs) forward_mode |= k.dual;
  for (const std::string& op : recorded.op_names())
    forward_mode |= op == "enter_dual_level" || op == "exit_dual_level" || op == "make_dual" ||
                    op == "unpack_dual";
  const bool needs_grad = autograd && !forward_mode;
  autograd |= forward_mode;
  bool made_grad = false;  // an output requires grad though no input does
  for (const Tensor& t : outputs) made_grad |= t.defined() && t.requires_grad();
  std::shared_ptr<const CompiledBackward> new_backward;
  const bool plannable = state_->options.fuse && !state_->options.dynamic_shapes;
  if (plannable && !autograd && !made_grad) new_plan = std::make_shared<const Plan>(recorded);
  if (plannable && needs_grad)
    new_backward = compiled_backward(recorded, inputs, outputs, state_->options);
  std::lock_guard<std::mutex> lock(state_->mutex);
  ++state_->recordings;
  if (!state_->find(s)) {
    state_->cache.push_front({s, std::move(recorded), annotation ? *annotation : nullptr,
                              std::move(new_plan), std::move(new_backward)});
    while (state_->cache.size() > state_->options.max_signatures) state_->cache.pop_back();
  }
  return outputs;
}

Trace CompiledCore::trace_for(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
                              const Flat& f) {
  const Signature s = signature_of(inputs, layout);
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (const State::Entry* e = state_->find(s)) return e->trace;
  }
  call(inputs, layout, f);
  std::lock_guard<std::mutex> lock(state_->mutex);
  const State::Entry* e = state_->find(s);
  if (!e) throw RuntimeError("ct::compile: the recording was dropped at once (max_signatures)");
  return e->trace;
}

std::string CompiledCore::optimized_dot(const std::vector<Tensor>& inputs,
                                        const std::vector<int64_t>& layout, const Flat& f) {
  Trace t = trace_for(inputs, layout, f);
  std::shared_ptr<const Plan> plan;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (const State::Entry* e = state_->find(signature_of(inputs, layout))) plan = e->plan;
  }
  return plan ? plan->to_dot() : t.to_dot();
}

size_t CompiledCore::num_recordings() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->recordings;
}

size_t CompiledCore::num_cached() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->cache.size();
}

}  // namespace ct::detail
