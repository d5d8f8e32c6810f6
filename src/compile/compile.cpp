// ct::compile's cache: one recording (ct::trace) per signature, replayed on
// later calls with the same signature. The lock is never held while the
// user's function runs (it may call this compiled function again, or take a
// while): two threads meeting a new signature at once may both record it,
// and the first recording stored is kept.
#include "cotangent/compile.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <list>
#include <mutex>
#include <optional>
#include <string_view>

#include "compile/plan.h"
#include "core/recorder.h"
#include "cotangent/autograd.h"
#include "cotangent/custom_function.h"
#include "cotangent/forward_ad.h"

namespace ct::detail {

namespace {

struct InputKey {
  Shape shape;
  DType dtype;
  bool requires_grad;
  bool dual;
  bool operator==(const InputKey&) const = default;
};

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
           (k.requires_grad ? " requires_grad" : "") + (k.dual ? " dual" : "");
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
    s.inputs.push_back({t.shape(), t.dtype(), t.requires_grad(), is_dual(t, forward_level)});
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
        k.dual != is_dual(t, forward_level))
      return false;
  }
  return true;
}

// The autograd side of a recording replayed with inputs that need a
// gradient: the fused plan computes the outputs without recording, and one
// node (CompiledFunctionBackward, torch.compile's name) stands for the whole
// function. Its backward is itself a compiled function: the vjp of the
// recording, recorded once with the forward it recomputes, fused, and
// differentiable in turn (create_graph gives a node of the same kind).
struct CompiledBackward {
  std::shared_ptr<const Plan> forward;
  std::vector<size_t> wrt;           // the inputs that require grad
  std::vector<size_t> with_grad;     // the outputs that carry a gradient
  std::vector<bool> differentiable;  // by output
  CompiledCore::Flat vjp_of_recording;
  std::shared_ptr<CompiledCore> vjp;  // vjp_of_recording, compiled
  // Set when recording vjp_of_recording failed (a backward formula that
  // cannot be recorded, such as one that reads values): it then runs eagerly.
  mutable std::atomic<bool> eager = false;
};

// vjp_of_recording: (inputs..., cotangents of the `with_grad` outputs...) ->
// the gradients of the `wrt` inputs, by ct::vjp of a replay of `recorded`.
CompiledCore::Flat vjp_of(const Trace& recorded, size_t num_inputs, std::vector<size_t> wrt,
                          std::vector<size_t> with_grad) {
  return [recorded, num_inputs, wrt, with_grad](const std::vector<Tensor>& flat) {
    const std::vector<Tensor> inputs(flat.begin(),
                                     flat.begin() + static_cast<std::ptrdiff_t>(num_inputs));
    const std::vector<Tensor> cotangents(flat.begin() + static_cast<std::ptrdiff_t>(num_inputs),
                                         flat.end());
    std::vector<Tensor> primals;
    for (size_t i : wrt) primals.push_back(inputs[i]);
    auto replay = [&](const std::vector<Tensor>& p) {
      std::vector<Tensor> all = inputs;
      for (size_t k = 0; k < wrt.size(); ++k) all[wrt[k]] = p[k];
      const std::vector<Tensor> outs = recorded(all);
      std::vector<Tensor> selected;
      for (size_t o : with_grad) selected.push_back(outs[o]);
      return selected;
    };
    // (grad mode is on here only when the caller's backward builds a graph)
    return ct::vjp(replay, primals, cotangents, /*create_graph=*/is_grad_enabled()).vjp;
  };
}

// The compiled backward for a recording made with inputs that need a
// gradient, or null when a replay must run op by op to be right: steps that
// write into inputs or draw random numbers (a recomputing backward would
// redo them), outputs that share storage with an input, a constant or each
// other (eager mode makes those views, with their own autograd rules), and
// f's own leaves (requires_grad_ inside f: their gradients are f's business).
std::shared_ptr<const CompiledBackward> compiled_backward(const Trace& recorded,
                                                          const std::vector<Tensor>& inputs,
                                                          const std::vector<Tensor>& outputs,
                                                          const CompileOptions& options) {
  const Trace::Graph* g = recorded.graph();
  if (!g) return nullptr;
  for (const Trace::Graph::Step& s : g->steps)
    if (!s.pure || std::string_view(s.op) == "requires_grad_") return nullptr;
  std::vector<Tensor> seen = inputs;
  for (const auto& [id, c] : g->constants) seen.push_back(c);
  for (const Tensor& t : outputs) {
    if (!t.defined()) continue;
    for (const Tensor& other : seen)
      if (other.defined() && t.shares_storage(other)) return nullptr;
    seen.push_back(t);
  }
  auto b = std::make_shared<CompiledBackward>();
  b->forward = std::make_shared<const Plan>(recorded);
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].requires_grad()) b->wrt.push_back(i);
  for (size_t o = 0; o < outputs.size(); ++o) {
    // an output eager mode left without a gradient stays so
    const bool d = outputs[o].defined() && outputs[o].requires_grad();
    b->differentiable.push_back(d);
    if (d) b->with_grad.push_back(o);
  }
  b->vjp_of_recording = vjp_of(recorded, inputs.size(), b->wrt, b->with_grad);
  CompileOptions inner = options;
  inner.log_recording = false;
  b->vjp = std::make_shared<CompiledCore>(inner);
  return b;
}

std::vector<Tensor> run_with_compiled_backward(const std::shared_ptr<const CompiledBackward>& b,
                                               const std::vector<Tensor>& inputs) {
  autograd::CustomFunctionSpec spec;
  spec.name = "CompiledFunctionBackward";
  spec.forward = [&](autograd::AutogradContext* ctx) {
    std::vector<Tensor> outs = b->forward->run(inputs);
    autograd::tensor_list constant;
    for (size_t o = 0; o < outs.size(); ++o)
      if (!b->differentiable[o] && outs[o].defined()) constant.push_back(outs[o]);
    ctx->mark_non_differentiable(constant);
    ctx->save_for_backward(inputs);  // (the backward recomputes from them)
    return outs;
  };
  spec.backward = [b](autograd::AutogradContext* ctx, autograd::tensor_list grads) {
    std::vector<Tensor> flat = ctx->get_saved_variables();
    const size_t num_inputs = flat.size();
    for (size_t o : b->with_grad) flat.push_back(grads[o]);
    const std::vector<int64_t> layout(flat.size(), -1);
    std::vector<Tensor> g;
    if (!b->eager.load(std::memory_order_relaxed)) {
      try {
        g = b->vjp->call(flat, layout, b->vjp_of_recording);
      } catch (const Error&) {  // (an error eager mode raises too is raised again below)
        b->eager.store(true, std::memory_order_relaxed);
      }
    }
    if (b->eager.load(std::memory_order_relaxed)) g = b->vjp_of_recording(flat);
    autograd::tensor_list result(num_inputs);
    for (size_t k = 0; k < b->wrt.size(); ++k) result[b->wrt[k]] = std::move(g[k]);
    return result;
  };
  std::vector<autograd::CustomArg> args;
  args.reserve(inputs.size());
  for (const Tensor& t : inputs) args.push_back({t, true});
  return autograd::run_custom_function(spec, args);
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

std::vector<Tensor> CompiledCore::call(const std::vector<Tensor>& inputs,
                                       const std::vector<int64_t>& layout, const Flat& f,
                                       std::shared_ptr<const void>* annotation) {
  // Called while another function records (a compiled function inside a
  // compiled or traced one): f runs, so its ops join that recording.
  if (active_recorder()) return f(inputs);
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
    return backward->forward->constants_need_grad() ? backward->forward->trace()(inputs)
                                                    : run_with_compiled_backward(backward, inputs);
  if (recorded_before) return (*recorded_before)(inputs);
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
