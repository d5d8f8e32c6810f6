// Custom functions (include/cotangent/custom_function.h): the node that runs
// the user's backward, and the one routine that runs forward and wires its
// outputs into the graph (shared by Function<X>::apply and Python).
#include "cotangent/custom_function.h"

#include <cxxabi.h>

#include <algorithm>
#include <cstdlib>

#include "autograd/missing_jvp.h"
#include "autograd/node.h"
#include "autograd/op_helpers.h"
#include "cotangent/anomaly.h"
#include "cotangent/forward_ad.h"
#include "cotangent/ops.h"

namespace ct::autograd {

// ---- SavedValue

namespace {
[[noreturn]] void wrong_kind(const char* want) {
  throw RuntimeError(std::string("saved_data: the value is not a ") + want);
}
}  // namespace

double SavedValue::toDouble() const {
  if (auto* d = std::get_if<double>(&v_)) return *d;
  if (auto* i = std::get_if<int64_t>(&v_)) return static_cast<double>(*i);
  wrong_kind("double");
}
int64_t SavedValue::toInt() const {
  if (auto* i = std::get_if<int64_t>(&v_)) return *i;
  wrong_kind("int");
}
bool SavedValue::toBool() const {
  if (auto* b = std::get_if<bool>(&v_)) return *b;
  wrong_kind("bool");
}
const Tensor& SavedValue::toTensor() const {
  if (auto* t = std::get_if<Tensor>(&v_)) return *t;
  wrong_kind("Tensor");
}
const std::string& SavedValue::toStringRef() const {
  if (auto* s = std::get_if<std::string>(&v_)) return *s;
  wrong_kind("string");
}
const std::vector<int64_t>& SavedValue::toIntVector() const {
  if (auto* v = std::get_if<std::vector<int64_t>>(&v_)) return *v;
  wrong_kind("int list");
}

// ---- the node

class CustomNode final : public Node {
 public:
  CustomNode(std::string name, std::function<tensor_list(AutogradContext*, tensor_list)> backward,
             bool once_differentiable)
      : name_(std::move(name)),
        backward_(std::move(backward)),
        once_differentiable_(once_differentiable) {}

  TensorList apply(TensorList&& grads) override {
    if (ctx.materialize_grads_)
      for (size_t i = 0; i < grads.size(); ++i)
        if (!grads[i].defined() && i < output_meta.size())
          grads[i] = zeros(output_meta[i].shape, output_meta[i].dtype);
    tensor_list res;
    if (once_differentiable_) {
      NoGradGuard no_grad;
      res = backward_(&ctx, std::move(grads));
    } else {
      res = backward_(&ctx, std::move(grads));
    }
    const size_t nargs = arg_slot.size();
    if (res.size() > nargs && std::all_of(res.begin() + static_cast<int64_t>(nargs), res.end(),
                                          [](const Tensor& t) { return !t.defined(); }))
      res.resize(nargs);  // trailing Nones are fine, as in PyTorch
    if (res.size() != nargs)
      throw RuntimeError("function " + name_ +
                         " returned an incorrect number of gradients (expected " +
                         std::to_string(nargs) + ", got " + std::to_string(res.size()) + ")");
    TensorList out(next_edges.size());
    for (size_t k = 0; k < nargs; ++k) {
      const int slot = arg_slot[k];
      if (slot >= 0) {
        out[static_cast<size_t>(slot)] = std::move(res[k]);
      } else if (res[k].defined()) {
        throw RuntimeError(
            "function " + name_ + " returned a gradient different than None at position " +
            std::to_string(k + 1) + ", but the corresponding forward input was not a Variable");
      }
    }
    return out;
  }
  const char* name() const override { return name_.c_str(); }

  // Saved tensors: index into Node's saved list, -1 for an undefined entry.
  tensor_list unpack_saved() {
    tensor_list r;
    for (int i : saved_slot) r.push_back(i < 0 ? Tensor() : saved(static_cast<size_t>(i)));
    return r;
  }

  AutogradContext ctx;
  std::vector<int> arg_slot;  // per forward argument: its input index, -1 if not a tensor
  std::vector<int> saved_slot;

 private:
  std::string name_;
  std::function<tensor_list(AutogradContext*, tensor_list)> backward_;
  bool once_differentiable_;
};

// ---- the context

void AutogradContext::save_for_backward(tensor_list to_save) { to_save_ = std::move(to_save); }

tensor_list AutogradContext::get_saved_variables() const {
  std::shared_ptr<CustomNode> node = node_.lock();
  if (!node) throw RuntimeError("saved_tensors: the function's node no longer exists");
  if (!saved_) return to_save_;  // still inside forward
  return node->unpack_saved();
}

void AutogradContext::mark_dirty(const tensor_list& inputs) {
  dirty_.clear();
  for (const Tensor& t : inputs) dirty_.push_back(t.impl());
}

void AutogradContext::mark_non_differentiable(const tensor_list& outputs) {
  non_differentiable_.clear();
  for (const Tensor& t : outputs) non_differentiable_.push_back(t.impl());
}

bool AutogradContext::needs_input_grad(size_t index) const {
  return index < needs_input_grad_.size() && needs_input_grad_[index];
}

// ---- running one call

namespace {
bool contains(const std::vector<const void*>& v, const void* p) {
  return std::find(v.begin(), v.end(), p) != v.end();
}

// The outputs' tangents from the user's jvp, one batch row at a time when
// the dual level is batched (the user's jvp sees unbatched tangents).
tensor_list custom_tangents(const CustomFunctionSpec& spec, AutogradContext* ctx,
                            const tensor_list& inputs, uint64_t level, size_t n_out) {
  tensor_list tangents;
  for (const Tensor& in : inputs)
    tangents.push_back(in.defined() ? tangent_at_level(*in.impl(), level) : Tensor());
  const int64_t batch = forward_ad::level_batch_size();
  ForwardSuspendGuard suspend;
  auto run = [&](const tensor_list& t) {
    tensor_list r = spec.jvp(ctx, t);
    if (r.size() != n_out)
      throw RuntimeError("jvp of " + spec.name + " returned " + std::to_string(r.size()) +
                         " tangents for " + std::to_string(n_out) + " outputs");
    return r;
  };
  if (batch == 0) {
    for (size_t i = 0; i < tangents.size(); ++i)
      if (!tangents[i].defined() && inputs[i].defined()) tangents[i] = zeros_like(inputs[i]);
    return run(tangents);
  }
  std::vector<tensor_list> rows;
  for (int64_t b = 0; b < batch; ++b) {
    tensor_list t;
    for (size_t i = 0; i < tangents.size(); ++i)
      t.push_back(tangents[i].defined() ? tangents[i].select(0, b)
                                        : (inputs[i].defined() ? zeros_like(inputs[i]) : Tensor()));
    rows.push_back(run(t));
  }
  tensor_list out(n_out);
  for (size_t o = 0; o < n_out; ++o) {
    tensor_list col;
    for (auto& r : rows) col.push_back(r[o]);
    if (col[0].defined()) out[o] = stack(col, 0);
  }
  return out;
}
}  // namespace

struct CustomFunctionRun {
  static tensor_list run(const CustomFunctionSpec& spec, const std::vector<CustomArg>& args) {
    auto node = std::make_shared<CustomNode>(spec.name, spec.backward, spec.once_differentiable);
    AutogradContext& ctx = node->ctx;
    ctx.node_ = node;
    tensor_list inputs;
    bool any_requires_grad = false;
    for (const CustomArg& a : args) {
      if (a.is_tensor) {
        node->arg_slot.push_back(static_cast<int>(inputs.size()));
        inputs.push_back(a.tensor);
        const bool needs = is_grad_enabled() && a.tensor.defined() && a.tensor.requires_grad();
        ctx.needs_input_grad_.push_back(needs);
        any_requires_grad = any_requires_grad || needs;
      } else {
        node->arg_slot.push_back(-1);
        ctx.needs_input_grad_.push_back(false);
      }
    }
    const uint64_t level = active_forward_level();
    bool any_tangent = false;
    if (level)
      for (const Tensor& in : inputs)
        any_tangent =
            any_tangent || (in.defined() && tangent_at_level(*in.impl(), level).defined());
    if (any_tangent && !spec.jvp) {
      if (!forward_ad::tolerate_missing_jvp())
        throw NotImplementedError(
            "You must implement the jvp function for custom autograd.Function to use it with "
            "forward mode AD.");
      any_tangent = false;  // the caller falls back to reverse mode
    }

    tensor_list outs;
    {
      InternalGuard no_grad;  // forward records nothing; its views are ordinary
      outs = spec.forward(&ctx);
    }

    for (const void* d : ctx.dirty_) {
      bool returned = false;
      for (const Tensor& o : outs) returned = returned || o.impl() == d;
      if (!returned)
        throw RuntimeError(
            "Some elements marked as dirty during the forward method were not returned as output. "
            "The inputs that are modified inplace must all be outputs of the Function.");
    }

    const bool record = any_requires_grad;
    if (record) {
      for (const Tensor& in : inputs) {
        node->next_edges.push_back(in.defined() && in.requires_grad() ? gradient_edge(in) : Edge{});
        node->input_meta.push_back(in.defined() ? InputMeta{in.shape(), in.dtype()} : InputMeta{});
      }
      if (is_anomaly_enabled()) node->anomaly_trace = capture_anomaly_trace();
    }
    node->num_outputs = static_cast<uint32_t>(outs.size());
    for (size_t i = 0; i < outs.size(); ++i) {
      Tensor& o = outs[i];
      node->output_meta.push_back(o.defined() ? InputMeta{o.shape(), o.dtype()} : InputMeta{});
      if (!o.defined()) continue;
      const bool differentiable =
          record && o.is_floating_point() && !contains(ctx.non_differentiable_, o.impl());
      const bool dirty = contains(ctx.dirty_, o.impl());
      const Tensor* input = nullptr;
      for (const Tensor& in : inputs)
        if (in.defined() && in.impl() == o.impl()) input = &in;
      if (dirty) {
        if (o.is_leaf() && o.requires_grad() && is_grad_enabled())
          throw RuntimeError(
              "a leaf Variable that requires grad has been used in an in-place operation.");
        if (!differentiable) continue;
        // The modified input now holds this node's output (through its base
        // when it is a view).
        Tensor alias = make_view(o, o.shape(), o.strides(), o.storage_offset());
        set_output(alias, node, i);
        if (!rebase_view_history(o, alias)) set_output(o, node, i);
        continue;
      }
      if (input) {
        // An input returned as is: the output is a new alias of it.
        Tensor alias = make_view(o, o.shape(), o.strides(), o.storage_offset());
        mark_view(alias, o);
        o = alias;
      }
      if (differentiable) set_output(o, node, i);
    }

    // Saved tensors, now that outputs know their node.
    for (const Tensor& t : ctx.to_save_) {
      if (!t.defined()) {
        node->saved_slot.push_back(-1);
        continue;
      }
      bool is_output = false;
      for (const Tensor& o : outs) is_output = is_output || (o.defined() && o.impl() == t.impl());
      node->saved_slot.push_back(static_cast<int>(node->saved_count()));
      node->save(t, is_output && t.grad_fn() == node);
    }
    ctx.to_save_.clear();
    ctx.saved_ = true;

    if (any_tangent) {
      tensor_list t = custom_tangents(spec, &ctx, inputs, level, outs.size());
      for (size_t i = 0; i < outs.size(); ++i)
        if (outs[i].defined() && t[i].defined() && outs[i].is_floating_point() &&
            !contains(ctx.non_differentiable_, outs[i].impl()))
          set_tangent(*outs[i].impl(), level, t[i]);
    }
    return outs;
  }

  static void set_output(Tensor& o, const std::shared_ptr<CustomNode>& node, size_t i) {
    TensorImpl* impl = o.impl();
    clear_history(*impl);
    AutogradMeta& m = ensure_autograd_meta(*impl);
    m.grad_fn = node;
    m.output_nr = static_cast<uint32_t>(i);
  }
};

tensor_list run_custom_function(const CustomFunctionSpec& spec,
                                const std::vector<CustomArg>& args) {
  return CustomFunctionRun::run(spec, args);
}

namespace detail {
std::string custom_function_name(const char* mangled) {
  int status = 0;
  char* d = abi::__cxa_demangle(mangled, nullptr, nullptr, &status);
  std::string name = status == 0 && d ? d : mangled;
  std::free(d);
  // The class's own name, without namespaces (Python shows the class name).
  const size_t tmpl = name.find('<');
  const size_t colon = name.rfind("::", tmpl);
  if (colon != std::string::npos) name = name.substr(colon + 2);
  return name + "Backward";
}
}  // namespace detail

}  // namespace ct::autograd
