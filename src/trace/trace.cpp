// The recording interpreter: while ct::trace runs the user's function, every
// primitive's CT_TRACE hook (src/core/recorder.h) hands its call here; the
// call runs eagerly and is kept, with its tensors renumbered as values of
// the trace, so that the Trace can run the same calls on new inputs.
#include "cotangent/trace.h"

#include <atomic>
#include <sstream>
#include <unordered_map>

#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "cotangent/autograd.h"
#include "cotangent/error.h"
#include "cotangent/forward_ad.h"
#include "trace/graph.h"

namespace ct {

namespace {

class TraceRecorder final : public detail::Recorder {
 public:
  TraceRecorder(Trace::Graph& g, const TraceOptions& options) : g_(g), options_(options) {
    static std::atomic<uint64_t> next_serial{1};
    serial_ = next_serial.fetch_add(1);
  }

  int64_t add_value(const Tensor& t) {
    const int64_t id = g_.num_values++;
    g_.values.push_back({t.shape(), t.dtype(), t.is_contiguous()});
    ids_[t.impl()] = id;
    storages_.emplace(t.impl()->storage.get(), id);
    alive_.push_back(t);  // keeps the address from being reused while recording
    return id;
  }

  int64_t id_of(const Tensor& t, const char* op) {
    if (!t.defined()) return -1;
    auto it = ids_.find(t.impl());
    if (it != ids_.end()) return it->second;
    // Another tensor object over a traced value's storage: the same value
    // when its geometry is the same (a saved tensor unpacked by a backward
    // formula), otherwise a view made by something that was not recorded.
    auto [lo, hi] = storages_.equal_range(t.impl()->storage.get());
    for (auto s = lo; s != hi; ++s) {
      const TensorImpl& v = *alive_[static_cast<size_t>(s->second)].impl();
      const TensorImpl& u = *t.impl();
      if (v.sizes == u.sizes && v.strides == u.strides && v.offset == u.offset &&
          v.dtype == u.dtype)
        return s->second;
    }
    if (lo != hi)
      throw NotImplementedError(std::string("ct::trace: ") + op +
                                "() received a view of a traced value made by an op that cannot "
                                "be recorded yet");
    // Made inside an earlier primitive of this recording but not returned by
    // it (an intermediate a composite op saved for its backward): as a
    // constant, every replay would reuse this recording's value.
    if (t.impl()->storage->made_in_recording == serial_)
      throw NotImplementedError(std::string("ct::trace: ") + op +
                                "() received a tensor computed inside another recorded op and "
                                "not returned by it; that op cannot be recorded this way yet");
    const int64_t id = add_value(t);  // a tensor from outside the function: a constant
    g_.constants.emplace_back(id, t);
    return id;
  }

  detail::TensorVec call(const char* op, const detail::TensorVec& inputs,
                         const detail::PrimitiveCall& fn,
                         const detail::ElementwiseInfo* elementwise,
                         const detail::BatchedCall*) override {
    Trace::Graph::Step step{op, {}, {}, fn, std::nullopt};
    step.grad_enabled = is_grad_enabled();
    if (elementwise) step.elementwise = *elementwise;
    for (const Tensor& t : inputs) step.inputs.push_back(id_of(t, op));
    detail::TensorVec out;
    {
      detail::RecorderScope inside_the_primitive(nullptr);
      std::vector<uint32_t> versions;
      for (const Tensor& t : inputs)
        versions.push_back(t.defined() ? t.impl()->storage->version.load() : 0);
      const uint64_t draws = detail::generator_uses();
      const uint64_t outer = detail::set_primitive_recording_serial(serial_);
      try {
        out = fn(inputs);
      } catch (...) {
        detail::set_primitive_recording_serial(outer);
        throw;
      }
      detail::set_primitive_recording_serial(outer);
      step.pure = detail::generator_uses() == draws;
      for (size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].defined() && inputs[i].impl()->storage->version.load() != versions[i])
          step.pure = false;
    }
    // (an absent output shares nothing and hides nothing: not counted)
    step.view = false;
    bool all_share = true;
    for (const Tensor& t : out) {
      if (!t.defined()) continue;
      bool shares = false;
      for (const Tensor& i : inputs)
        shares |= i.defined() && t.impl()->storage == i.impl()->storage;
      all_share &= shares;
      step.view = true;
    }
    step.view &= all_share;
    for (const Tensor& t : out) step.outputs.push_back(t.defined() ? add_value(t) : -1);
    g_.steps.push_back(std::move(step));
    return out;
  }

  void value_read(const char* what) override {
    throw RuntimeError(
        std::string("ct::trace: ") + what +
        " reads a tensor's values while recording (ct::trace, ct::compile); a replay would reuse "
        "the value read now. Keep the computation in tensor ops (ct::where(cond, a, b) instead of "
        "an if on .item(), a mask instead of a count), read values outside the recorded "
        "function, or put the read in a ct::RecordingPause scope (it then runs once, when "
        "recording)");
  }

  void data_dependent_shape(const char* op) override {
    if (options_.data_dependent_shapes) return;
    throw RuntimeError(std::string("ct::compile: ") + op +
                       "() makes a tensor whose shape depends on its inputs' values, which a "
                       "compiled replay cannot plan for. Use a fixed-shape form (ct::where(mask, "
                       "x, 0) instead of masked_select, repeat_interleave with output_size), or "
                       "compile with CompileOptions::dynamic_shapes = true (replays run op by "
                       "op, unfused)");
  }

  void untraced_tensor() override {
    throw NotImplementedError(
        "ct::trace: an op that cannot be recorded yet made a tensor while recording (the ops of "
        "docs/ops.md can be recorded)");
  }

 private:
  Trace::Graph& g_;
  std::unordered_map<const TensorImpl*, int64_t> ids_;
  std::unordered_multimap<const Storage*, int64_t> storages_;
  std::vector<Tensor> alive_;
  TraceOptions options_;
  uint64_t serial_;
};

}  // namespace

Trace trace(const std::function<std::vector<Tensor>(const std::vector<Tensor>&)>& f,
            const std::vector<Tensor>& example_inputs, const TraceOptions& options) {
  auto g = std::make_shared<Trace::Graph>();
  TraceRecorder recorder(*g, options);
  for (const Tensor& t : example_inputs) {
    if (!t.defined()) throw ValueError("ct::trace: an example input is an undefined tensor");
    g->input_shapes.push_back(t.shape());
    g->input_dtypes.push_back(t.dtype());
    recorder.add_value(t);
  }
  std::vector<Tensor> outputs;
  {
    detail::RecorderScope on(&recorder);
    outputs = f(example_inputs);
  }
  for (const Tensor& t : outputs) {
    if (!t.defined()) throw ValueError("ct::trace: the function returned an undefined tensor");
    g->outputs.push_back(recorder.id_of(t, "(output)"));
  }
  Trace result;
  result.graph_ = std::move(g);
  return result;
}

std::vector<Tensor> Trace::operator()(const std::vector<Tensor>& inputs) const {
  if (!graph_) throw ValueError("ct::Trace: this trace is empty (made without ct::trace)");
  const Graph& g = *graph_;
  if (inputs.size() != g.input_shapes.size())
    throw ValueError("ct::Trace: expected " + std::to_string(g.input_shapes.size()) +
                     " inputs, got " + std::to_string(inputs.size()));
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Tensor& t = inputs[i];
    if (!t.defined() || t.shape() != g.input_shapes[i] || t.dtype() != g.input_dtypes[i])
      throw ValueError("ct::Trace: input " + std::to_string(i) + " was recorded as " +
                       ct::to_string(g.input_shapes[i]) + " " + dtype_name(g.input_dtypes[i]) +
                       ", got " +
                       (t.defined() ? ct::to_string(t.shape()) + " " + dtype_name(t.dtype())
                                    : std::string("an undefined tensor")) +
                       " (trace again for a new signature)");
  }
  std::vector<Tensor> values;
  g.set_initial_values(inputs, values);
  detail::TensorVec args;
  const bool level_before = forward_ad::is_active();
  try {
    for (const Graph::Step& step : g.steps) g.run_step(step, step.inputs, values, args);
  } catch (...) {
    // a recorded dual level entered by this replay is left, as the
    // function's DualLevel would have left it
    if (!level_before && forward_ad::is_active()) forward_ad::exit_dual_level();
    throw;
  }
  return g.results(values);
}

void Trace::Graph::set_initial_values(const std::vector<Tensor>& inputs,
                                      std::vector<Tensor>& v) const {
  v.assign(static_cast<size_t>(num_values), Tensor());
  for (size_t i = 0; i < inputs.size(); ++i) v[i] = inputs[i];
  for (const auto& [id, value] : constants) v[static_cast<size_t>(id)] = value;
}

void Trace::Graph::run_step(const Step& step, const std::vector<int64_t>& inputs,
                            std::vector<Tensor>& v, detail::TensorVec& args) const {
  args.clear();
  for (int64_t id : inputs) args.push_back(id < 0 ? Tensor() : v[static_cast<size_t>(id)]);
  detail::TensorVec out;
  if (!step.grad_enabled && is_grad_enabled()) {
    NoGradGuard as_recorded;
    out = step.call(args);
  } else {
    out = step.call(args);
  }
  args.clear();  // (the step's inputs are not held past it)
  for (size_t k = 0; k < step.outputs.size() && k < out.size(); ++k)
    if (step.outputs[k] >= 0) v[static_cast<size_t>(step.outputs[k])] = std::move(out[k]);
}

std::vector<Tensor> Trace::Graph::results(const std::vector<Tensor>& v) const {
  std::vector<Tensor> result;
  result.reserve(outputs.size());
  for (int64_t id : outputs) result.push_back(v[static_cast<size_t>(id)]);
  return result;
}

namespace detail {

std::optional<Trace> sub_trace(const Trace::Graph& g, const std::vector<int64_t>& inputs,
                               const std::vector<size_t>& steps,
                               const std::vector<int64_t>& outputs) {
  auto sub = std::make_shared<Trace::Graph>();
  std::unordered_map<int64_t, int64_t> renumbered;
  std::unordered_map<int64_t, const Tensor*> constant;
  for (const auto& [id, value] : g.constants) constant[id] = &value;
  auto add = [&](int64_t id) {
    const int64_t n = sub->num_values++;
    sub->values.push_back(g.values[static_cast<size_t>(id)]);
    renumbered[id] = n;
    return n;
  };
  // the new number of a value read, or -2 when it is not there to read
  auto read = [&](int64_t id) -> int64_t {
    if (id < 0) return id;
    auto it = renumbered.find(id);
    if (it != renumbered.end()) return it->second;
    auto c = constant.find(id);
    if (c == constant.end()) return -2;
    const int64_t n = add(id);
    sub->constants.emplace_back(n, *c->second);
    return n;
  };
  for (int64_t id : inputs) {
    if (renumbered.count(id)) return std::nullopt;  // (one value twice: not an input list)
    add(id);
    sub->input_shapes.push_back(g.values[static_cast<size_t>(id)].shape);
    sub->input_dtypes.push_back(g.values[static_cast<size_t>(id)].dtype);
  }
  for (size_t k : steps) {
    Trace::Graph::Step step = g.steps[k];
    for (int64_t& id : step.inputs)
      if ((id = read(id)) == -2) return std::nullopt;
    for (int64_t& id : step.outputs)
      if (id >= 0) id = add(id);
    sub->steps.push_back(std::move(step));
  }
  for (int64_t id : outputs) {
    const int64_t n = read(id);
    if (n < 0) return std::nullopt;
    sub->outputs.push_back(n);
  }
  return TraceAccess::make(std::move(sub));
}

}  // namespace detail

size_t Trace::num_ops() const { return graph_ ? graph_->steps.size() : 0; }

std::vector<std::string> Trace::op_names() const {
  std::vector<std::string> names;
  if (graph_)
    for (const auto& s : graph_->steps) names.emplace_back(s.op);
  return names;
}

std::string Trace::to_string() const {
  if (!graph_) return "";
  std::unordered_map<int64_t, size_t> constant_index;
  for (size_t i = 0; i < graph_->constants.size(); ++i)
    constant_index[graph_->constants[i].first] = i;
  auto name = [&](int64_t id) {
    if (id < 0) return std::string("None");
    auto it = constant_index.find(id);
    return it != constant_index.end() ? "c" + std::to_string(it->second) : "%" + std::to_string(id);
  };
  std::ostringstream os;
  os << "inputs:";
  for (size_t i = 0; i < graph_->input_shapes.size(); ++i) os << " %" << i;
  os << "\n";
  for (const auto& s : graph_->steps) {
    for (size_t k = 0; k < s.outputs.size(); ++k) os << (k ? ", " : "") << name(s.outputs[k]);
    os << " = " << s.op << "(";
    for (size_t k = 0; k < s.inputs.size(); ++k) os << (k ? ", " : "") << name(s.inputs[k]);
    os << ")\n";
  }
  os << "return";
  for (int64_t id : graph_->outputs) os << " " << name(id);
  os << "\n";
  return os.str();
}

void detail::check_value_read(const char* what) { detail::note_value_read(what); }

RecordingPause::RecordingPause() : saved_(detail::set_active_recorder(nullptr)) {}
RecordingPause::~RecordingPause() {
  // (only when nothing else changed the recorder since: pauses ended out of
  // order must not bring back a finished recording)
  if (!detail::active_recorder())
    detail::set_active_recorder(static_cast<detail::Recorder*>(saved_));
}

namespace detail {

void dot_begin(std::ostream& os, const Trace::Graph& g, const char* name,
               std::unordered_map<int64_t, std::string>& maker) {
  os << "digraph " << name << " {\n  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10];\n";
  for (size_t i = 0; i < g.input_shapes.size(); ++i) {
    maker[static_cast<int64_t>(i)] = "in" + std::to_string(i);
    os << "  in" << i << " [shape=box, style=filled, fillcolor=lightblue, label=\"input " << i
       << "\\n"
       << ct::to_string(g.input_shapes[i]) << " " << dtype_name(g.input_dtypes[i]) << "\"];\n";
  }
  for (size_t i = 0; i < g.constants.size(); ++i) {
    const auto& [id, value] = g.constants[i];
    maker[id] = "c" + std::to_string(i);
    os << "  c" << i << " [shape=box, style=filled, fillcolor=lightgrey, label=\"constant " << i
       << "\\n"
       << ct::to_string(value.shape()) << " " << dtype_name(value.dtype()) << "\"];\n";
  }
}

void dot_edges(std::ostream& os, const std::string& node, const std::vector<int64_t>& inputs,
               const std::unordered_map<int64_t, std::string>& maker) {
  for (int64_t id : inputs)
    if (id >= 0) os << "  " << maker.at(id) << " -> " << node << ";\n";
}

void dot_end(std::ostream& os, const Trace::Graph& g,
             const std::unordered_map<int64_t, std::string>& maker) {
  for (size_t i = 0; i < g.outputs.size(); ++i)
    os << "  out" << i << " [shape=box, style=filled, fillcolor=palegreen, label=\"output " << i
       << "\"];\n  " << maker.at(g.outputs[i]) << " -> out" << i << ";\n";
  os << "}\n";
}

}  // namespace detail

std::string Trace::to_dot() const {
  std::ostringstream os;
  if (!graph_) return "digraph trace {\n}\n";
  const Graph& g = *graph_;
  // a value is drawn as the node that made it: an input, a constant, an op
  std::unordered_map<int64_t, std::string> maker;
  detail::dot_begin(os, g, "trace", maker);
  for (size_t k = 0; k < g.steps.size(); ++k) {
    const Graph::Step& s = g.steps[k];
    const std::string node = "op" + std::to_string(k);
    os << "  " << node << " [label=\"" << s.op << "\"];\n";
    detail::dot_edges(os, node, s.inputs, maker);
    for (int64_t id : s.outputs)
      if (id >= 0) maker[id] = node;
  }
  detail::dot_end(os, g, maker);
  return os.str();
}

}  // namespace ct
