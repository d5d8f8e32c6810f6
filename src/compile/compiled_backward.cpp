// A compiled function's autograd node (see compiled_backward.h).
#include "compile/compiled_backward.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "autograd/node.h"
#include "cotangent/autograd.h"
#include "cotangent/custom_function.h"
#include "cotangent/functional.h"
#include "trace/graph.h"

namespace ct::detail {

namespace {

// (inputs..., cotangents of the `with_grad` outputs...) -> the gradients of
// the `wrt` inputs, by ct::vjp of a replay of `recorded`; with
// `and_outputs`, f's outputs (as the replay computed them) follow.
CompiledCore::Flat vjp_of(const Trace& recorded, size_t num_inputs, std::vector<size_t> wrt,
                          std::vector<size_t> with_grad, bool and_outputs) {
  return [recorded, num_inputs, wrt, with_grad, and_outputs](const std::vector<Tensor>& flat) {
    const std::vector<Tensor> inputs(flat.begin(),
                                     flat.begin() + static_cast<std::ptrdiff_t>(num_inputs));
    const std::vector<Tensor> cotangents(flat.begin() + static_cast<std::ptrdiff_t>(num_inputs),
                                         flat.end());
    std::vector<Tensor> primals, outs;
    for (size_t i : wrt) primals.push_back(inputs[i]);
    auto replay = [&](const std::vector<Tensor>& p) {
      std::vector<Tensor> all = inputs;
      for (size_t k = 0; k < wrt.size(); ++k) all[wrt[k]] = p[k];
      outs = recorded(all);
      std::vector<Tensor> selected;
      for (size_t o : with_grad) selected.push_back(outs[o]);
      return selected;
    };
    // (grad mode is on here only when the caller's backward builds a graph)
    std::vector<Tensor> result =
        ct::vjp(replay, primals, cotangents, /*create_graph=*/is_grad_enabled()).vjp;
    if (and_outputs) result.insert(result.end(), outs.begin(), outs.end());
    return result;
  };
}

// Records the joint function (inputs, cotangents) -> (gradients, outputs)
// and splits it: steps that read a cotangent, or a value made from one, are
// the backward part; the rest, the forward part, of which the cheap steps
// the backward needs run again in it. Saved: the other forward values and
// the captured tensors the backward part reads or returns, and the inputs it
// reads (b.inputs_read). False when it cannot be recorded or split (a step
// that writes into a value: the parts could not run apart).
bool split_joint(const Trace& recorded, const std::vector<Tensor>& inputs,
                 const std::vector<Tensor>& outputs, CompiledBackward& b) {
  const size_t n = inputs.size(), c = b.with_grad.size(), num_grads = b.wrt.size();
  std::vector<Tensor> example = inputs;
  for (size_t o : b.with_grad) example.push_back(zeros(outputs[o].shape(), outputs[o].dtype()));
  std::optional<Trace> joint;
  try {
    NoGradGuard plain_backward;
    joint = trace(vjp_of(recorded, n, b.wrt, b.with_grad, true), example);
  } catch (const Error&) {
    return false;
  }
  const Trace::Graph& g = *joint->graph();
  std::vector<char> from_cotangent(static_cast<size_t>(g.num_values), 0);
  for (size_t id = n; id < n + c; ++id) from_cotangent[id] = 1;
  std::vector<size_t> forward_steps, backward_steps;
  for (size_t k = 0; k < g.steps.size(); ++k) {
    const Trace::Graph::Step& s = g.steps[k];
    if (!s.pure) return false;
    bool backward = false;
    for (int64_t id : s.inputs) backward |= id >= 0 && from_cotangent[static_cast<size_t>(id)];
    (backward ? backward_steps : forward_steps).push_back(k);
    if (backward)
      for (int64_t id : s.outputs)
        if (id >= 0) from_cotangent[static_cast<size_t>(id)] = 1;
  }
  const std::vector<int64_t> grads(g.outputs.begin(),
                                   g.outputs.begin() + static_cast<std::ptrdiff_t>(num_grads));
  const std::vector<int64_t> outs(g.outputs.begin() + static_cast<std::ptrdiff_t>(num_grads),
                                  g.outputs.end());
  for (int64_t id : outs)
    if (from_cotangent[static_cast<size_t>(id)]) return false;
  // What the backward part reads from the forward part: recomputed there
  // when cheap (elementwise steps, views, detach: fused into the backward's
  // kernels, as AOTAutograd's partitioner recomputes pointwise ops), else
  // saved (the results of GEMMs, reductions...), as are values the forward
  // part makes anyway (f's outputs, whose versions eager mode checks, and
  // the operands of steps that are not cheap).
  std::vector<int64_t> producer(static_cast<size_t>(g.num_values), -1);
  for (size_t k : forward_steps)
    for (int64_t id : g.steps[k].outputs)
      if (id >= 0) producer[static_cast<size_t>(id)] = static_cast<int64_t>(k);
  auto cheap = [&](const Trace::Graph::Step& s) {
    const std::string_view op = s.op;
    return (s.elementwise && s.elementwise->kind != ElementwiseInfo::Kind::Sum) || s.view ||
           op == "detach" || op == "requires_grad_";
  };
  // (a value the forward part materialises anyway, an output or the
  // operand of a GEMM, say, costs nothing to keep)
  std::vector<char> kept(static_cast<size_t>(g.num_values), 0),
      done(static_cast<size_t>(g.num_values), 0), recompute(g.steps.size(), 0);
  for (int64_t id : outs) kept[static_cast<size_t>(id)] = 1;
  for (size_t k : forward_steps)
    if (!cheap(g.steps[k]))
      for (int64_t id : g.steps[k].inputs)
        if (id >= 0) kept[static_cast<size_t>(id)] = 1;
  std::vector<int64_t> work, saved;
  auto need = [&](int64_t id) {
    if (id >= 0 && !from_cotangent[static_cast<size_t>(id)]) work.push_back(id);
  };
  for (size_t k : backward_steps)
    for (int64_t id : g.steps[k].inputs) need(id);
  for (int64_t id : grads) need(id);
  std::vector<char> input_read(n, 0);
  while (!work.empty()) {
    const int64_t id = work.back();
    work.pop_back();
    if (done[static_cast<size_t>(id)]) continue;
    done[static_cast<size_t>(id)] = 1;
    if (id < static_cast<int64_t>(n)) {
      input_read[static_cast<size_t>(id)] = 1;
      continue;
    }
    const int64_t k = producer[static_cast<size_t>(id)];
    if (k >= 0 && !kept[static_cast<size_t>(id)] && cheap(g.steps[static_cast<size_t>(k)])) {
      if (!recompute[static_cast<size_t>(k)]) {
        recompute[static_cast<size_t>(k)] = 1;
        for (int64_t in : g.steps[static_cast<size_t>(k)].inputs) need(in);
      }
      continue;
    }
    saved.push_back(id);  // (a value the forward part made, or a captured tensor)
  }
  for (size_t id = 0; id < n; ++id)
    if (input_read[id]) b.inputs_read.push_back(id);
  for (size_t k : forward_steps)
    if (recompute[k]) backward_steps.push_back(k);
  std::sort(backward_steps.begin(), backward_steps.end());
  std::vector<int64_t> forward_inputs, forward_outputs = outs, backward_inputs;
  for (size_t id = 0; id < n + c; ++id) {
    if (id < n) forward_inputs.push_back(static_cast<int64_t>(id));
    backward_inputs.push_back(static_cast<int64_t>(id));
  }
  forward_outputs.insert(forward_outputs.end(), saved.begin(), saved.end());
  backward_inputs.insert(backward_inputs.end(), saved.begin(), saved.end());
  std::optional<Trace> forward = sub_trace(g, forward_inputs, forward_steps, forward_outputs);
  std::optional<Trace> backward = sub_trace(g, backward_inputs, backward_steps, grads);
  if (!forward || !backward) return false;
  b.forward_saving = std::make_shared<const Plan>(*forward);
  b.backward_from_saved = std::make_shared<const Plan>(*backward);
  return true;
}

// Which inputs each output's gradient reaches, read off the graph eager
// mode built when the function was recorded (a walk from the output's node
// that stops at the inputs' edges: what lies past them is not f's).
std::vector<std::vector<bool>> reachability(const std::vector<Tensor>& inputs,
                                            const std::vector<Tensor>& outputs,
                                            const std::vector<size_t>& wrt,
                                            const std::vector<size_t>& with_grad) {
  std::vector<Edge> input_edges;
  std::unordered_set<const Node*> boundary;
  for (size_t i : wrt) {
    input_edges.push_back(gradient_edge(inputs[i]));
    boundary.insert(input_edges.back().fn.get());
  }
  std::vector<std::vector<bool>> reaches;
  for (size_t o : with_grad) {
    std::vector<bool> r(wrt.size(), false);
    std::vector<Node*> stack;
    std::unordered_set<const Node*> seen;
    const Edge root = gradient_edge(outputs[o]);
    auto visit = [&](const Edge& e) {
      if (!e.fn) return;
      for (size_t k = 0; k < input_edges.size(); ++k)
        if (e.fn == input_edges[k].fn && e.input_nr == input_edges[k].input_nr) r[k] = true;
      if (!boundary.count(e.fn.get()) && seen.insert(e.fn.get()).second)
        stack.push_back(e.fn.get());
    };
    visit(root);
    while (!stack.empty()) {
      Node* node = stack.back();
      stack.pop_back();
      for (const Edge& e : node->next_edges) visit(e);
    }
    reaches.push_back(std::move(r));
  }
  return reaches;
}

}  // namespace

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
  b->recorded = recorded;
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].requires_grad()) b->wrt.push_back(i);
  for (size_t o = 0; o < outputs.size(); ++o) {
    // an output eager mode left without a gradient stays so
    const bool d = outputs[o].defined() && outputs[o].requires_grad();
    b->differentiable.push_back(d);
    if (d) b->with_grad.push_back(o);
  }
  b->reaches = reachability(inputs, outputs, b->wrt, b->with_grad);
  b->vjp_of_recording = vjp_of(recorded, inputs.size(), b->wrt, b->with_grad, false);
  CompileOptions inner = options;
  inner.log_recording = false;
  b->vjp = std::make_shared<CompiledCore>(inner);
  if (!split_joint(recorded, inputs, outputs, *b))
    b->forward = std::make_shared<const Plan>(recorded);
  return b;
}

std::vector<Tensor> run_with_compiled_backward(const std::shared_ptr<const CompiledBackward>& b,
                                               const std::vector<Tensor>& inputs) {
  const size_t num_outputs = b->differentiable.size();
  autograd::CustomFunctionSpec spec;
  spec.name = "CompiledFunctionBackward";
  spec.forward = [&](autograd::AutogradContext* ctx) {
    std::vector<Tensor> outs, saved;
    if (b->forward_saving) {
      outs = b->forward_saving->run(inputs);
      for (size_t i : b->inputs_read) saved.push_back(inputs[i]);
      saved.insert(saved.end(), outs.begin() + static_cast<std::ptrdiff_t>(num_outputs),
                   outs.end());
      outs.resize(num_outputs);
    } else {
      outs = b->forward->run(inputs);
      // (the recomputing backward reads the inputs and the captured
      // tensors as they are then: checked as eager mode checks what it saved)
      saved = inputs;
      for (const auto& [id, c] : b->recorded.graph()->constants) saved.push_back(c);
    }
    autograd::tensor_list constant;
    for (size_t o = 0; o < outs.size(); ++o)
      if (!b->differentiable[o] && outs[o].defined()) constant.push_back(outs[o]);
    ctx->mark_non_differentiable(constant);
    ctx->save_for_backward(std::move(saved));
    ctx->set_materialize_grads(false);  // (an output with no gradient reaches no input)
    return outs;
  };
  // (the inputs are held here too, without version checks, for a backward
  // that recomputes: the saved ones are checked as eager mode checks them)
  spec.backward = [b, inputs](autograd::AutogradContext* ctx, autograd::tensor_list grads) {
    const std::vector<Tensor> saved = ctx->get_saved_variables();
    const Trace::Graph& fg = *b->recorded.graph();
    std::vector<Tensor> flat = inputs;
    std::vector<bool> reached(b->wrt.size(), false);
    for (size_t j = 0; j < b->with_grad.size(); ++j) {
      const size_t o = b->with_grad[j];
      const auto& info = fg.values[static_cast<size_t>(fg.outputs[o])];
      if (!grads[o].defined()) {
        flat.push_back(zeros(info.shape, info.dtype));
        continue;
      }
      for (size_t k = 0; k < reached.size(); ++k) reached[k] = reached[k] || b->reaches[j][k];
      // (a cotangent given in another dtype, as ct::vjp allows: cast to the
      // output's, which the backward part was recorded with)
      if (grads[o].shape() != info.shape)
        throw RuntimeError("CompiledFunctionBackward: got a gradient of shape " +
                           to_string(grads[o].shape()) + " for an output of shape " +
                           to_string(info.shape));
      flat.push_back(grads[o].dtype() == info.dtype ? grads[o] : grads[o].to(info.dtype));
    }
    std::vector<Tensor> g;
    if (b->backward_from_saved && !is_grad_enabled()) {
      flat.insert(flat.end(), saved.begin() + static_cast<std::ptrdiff_t>(b->inputs_read.size()),
                  saved.end());
      g = b->backward_from_saved->run(flat);
    } else {
      const std::vector<int64_t> layout(flat.size(), -1);
      if (!b->eager.load(std::memory_order_relaxed)) {
        try {
          g = b->vjp->call(flat, layout, b->vjp_of_recording);
        } catch (const Error&) {  // (an error eager mode raises too is raised again below)
          b->eager.store(true, std::memory_order_relaxed);
        }
      }
      if (b->eager.load(std::memory_order_relaxed)) g = b->vjp_of_recording(flat);
    }
    autograd::tensor_list result(inputs.size());
    for (size_t k = 0; k < b->wrt.size(); ++k)
      if (reached[k]) result[b->wrt[k]] = std::move(g[k]);
    return result;
  };
  std::vector<autograd::CustomArg> args;
  args.reserve(inputs.size());
  for (const Tensor& t : inputs) args.push_back({t, true});
  return autograd::run_custom_function(spec, args);
}

}  // namespace ct::detail
