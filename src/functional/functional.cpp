// The non-template steps of torch.autograd.functional (see
// functional-spec.md §2 and §4), shared by the templates in functional.h.
#include "cotangent/functional.h"

#include <unordered_set>

#include "autograd/missing_jvp.h"
#include "autograd/node.h"
#include "core/recorder.h"
#include "cotangent/forward_ad.h"
#include "cotangent/ops.h"

namespace ct::detail {

void check_tensors(const std::vector<Tensor>& ts, bool was_tuple, const char* arg_name,
                   const char* fn_name, const std::vector<std::string>& type_names) {
  for (size_t i = 0; i < ts.size(); ++i) {
    if (ts[i].defined()) continue;
    // An undefined ct::Tensor plays the part of Python's None unless a
    // binding said what the caller passed instead.
    const std::string type = i < type_names.size() && !type_names[i].empty()
                                 ? type_names[i]
                                 : std::string("<class 'NoneType'>");
    std::string where = was_tuple ? "the value at index " + std::to_string(i) + " has type"
                                  : std::string("the given ") + arg_name + " has type";
    throw TypeError(std::string("The ") + arg_name + " given to " + fn_name +
                    " must be either a Tensor or a tuple of Tensors but " + where + " " + type +
                    ".");
  }
}

std::vector<Tensor> grad_preprocess(const std::vector<Tensor>& ts, bool create_graph,
                                    bool need_graph) {
  std::vector<Tensor> out;
  out.reserve(ts.size());
  for (const Tensor& t : ts) {
    if (create_graph && t.requires_grad()) {
      // A differentiable alias: gradients flow back to the user's tensor.
      out.push_back(t.view_as(t));
    } else {
      Tensor d = t.detach();
      if (need_graph) d.requires_grad_(true);
      out.push_back(d);
    }
  }
  return out;
}

namespace {

void validate_v(const std::vector<Tensor>& v, const std::vector<Tensor>& other,
                bool other_was_tuple) {
  if (v.size() != other.size()) {
    if (other_was_tuple)
      throw RuntimeError("v is a tuple of invalid length: should be " +
                         std::to_string(other.size()) + " but got " + std::to_string(v.size()) +
                         ".");
    throw RuntimeError("The given v should contain a single Tensor.");
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].shape() != other[i].shape()) {
      std::string prefix = other_was_tuple ? "Entry " + std::to_string(i) + " in " : "";
      throw RuntimeError(prefix + "v has invalid size: should be " + size_string(other[i].shape()) +
                         " but got " + size_string(v[i].shape()) + ".");
    }
  }
}

// autograd.grad that skips outputs which do not require grad and reports
// unused inputs as undefined tensors (PyTorch's _autograd_grad).
std::vector<Tensor> autograd_grad(const std::vector<Tensor>& outputs,
                                  const std::vector<Tensor>& inputs,
                                  const std::vector<Tensor>& grad_outputs, bool create_graph,
                                  std::optional<bool> retain_graph = std::nullopt,
                                  bool is_grads_batched = false) {
  std::vector<Tensor> kept_out, kept_grad;
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (!outputs[i].defined() || !outputs[i].requires_grad()) continue;
    kept_out.push_back(outputs[i]);
    kept_grad.push_back(grad_outputs.empty() ? Tensor() : grad_outputs[i]);
  }
  if (kept_out.empty()) return std::vector<Tensor>(inputs.size());
  return grad(kept_out, inputs, kept_grad, retain_graph.value_or(create_graph), create_graph,
              /*allow_unused=*/true, is_grads_batched);
}

enum class Stage { Back, BackTrick, DoubleBack, DoubleBackTrick };

void fill_in_zeros(std::vector<Tensor>& grads, const std::vector<Tensor>& refs, bool strict,
                   bool create_graph, Stage stage) {
  for (size_t i = 0; i < grads.size(); ++i) {
    const std::string idx = std::to_string(i);
    if (!grads[i].defined()) {
      if (strict) {
        switch (stage) {
          case Stage::Back:
            throw RuntimeError("The output of the user-provided function is independent of input " +
                               idx + ". This is not allowed in strict mode.");
          case Stage::BackTrick:
            throw RuntimeError(
                "The gradient with respect to the input is independent of entry " + idx +
                " in the grad_outputs when using the double backward trick to compute "
                "forward mode gradients. This is not allowed in strict mode.");
          case Stage::DoubleBack:
            throw RuntimeError(
                "The jacobian of the user-provided function is independent of input " + idx +
                ". This is not allowed in strict mode.");
          case Stage::DoubleBackTrick:
            throw RuntimeError(
                "The hessian of the user-provided function is independent of entry " + idx +
                " in the grad_jacobian. This is not allowed in strict mode as it "
                "prevents from using the double backward trick to replace forward mode AD.");
        }
      }
      grads[i] = zeros_like(refs[i]);
    } else if (strict && create_graph && !grads[i].requires_grad()) {
      if (stage == Stage::Back || stage == Stage::BackTrick)
        throw RuntimeError("The jacobian of the user-provided function is independent of input " +
                           idx + ". This is not allowed in strict mode when create_graph=True.");
      throw RuntimeError("The hessian of the user-provided function is independent of input " +
                         idx + ". This is not allowed in strict mode when create_graph=True.");
    }
  }
}

enum class Kind { Outputs, GradInputs, Jacobian, Hessian };

void check_requires_grad(const std::vector<Tensor>& ts, Kind kind, bool strict) {
  if (!strict) return;
  for (size_t i = 0; i < ts.size(); ++i) {
    const std::string idx = std::to_string(i);
    if (!ts[i].defined())
      throw RuntimeError("The output of the user-provided function is independent of input " + idx +
                         ". This is not allowed in strict mode.");
    if (ts[i].requires_grad()) continue;
    switch (kind) {
      case Kind::Outputs:
        throw RuntimeError(
            "Output " + idx +
            " of the user-provided function does not require gradients. The outputs "
            "must be computed in a differentiable manner from the input when running "
            "in strict mode.");
      case Kind::GradInputs:
        throw RuntimeError("The gradient with respect to input " + idx +
                           " is independent of the inputs of the user-provided function. This is "
                           "not allowed in strict mode.");
      case Kind::Jacobian:
        throw RuntimeError(
            "While computing the hessian, found that the jacobian of the user-provided "
            "function with respect to input " +
            idx +
            " is independent of the input. This is not allowed in strict mode. You "
            "should ensure that your function is twice differentiable and that the "
            "jacobian depends on the inputs (this would be violated by a linear "
            "function for example).");
      case Kind::Hessian:
        throw RuntimeError("The hessian of the user-provided function with respect to input " +
                           idx +
                           " is independent of the input. This is not allowed in strict mode. You "
                           "should ensure that your function is thrice differentiable and that the "
                           "hessian depends on the inputs.");
    }
  }
}

// torch's _grad_postprocess, which reads ts[0] first: an empty tuple
// (empty inputs, or a func returning ()) fails there with torch's IndexError
// (Q7), after func ran and unless an earlier step failed.
std::vector<Tensor> postprocess(std::vector<Tensor> ts, bool create_graph) {
  if (ts.empty()) throw IndexError("tuple index out of range");
  if (!create_graph)
    for (Tensor& t : ts)
      if (t.defined()) t = t.detach();
  return ts;
}

std::vector<Tensor> preprocess_v(const VArg& v, const char* fn, bool create_graph) {
  check_tensors(v.items(), v.is_sequence(), "v", fn, v.type_names());
  return grad_preprocess(v.items(), create_graph, /*need_graph=*/false);
}

void require_single_element_input(const std::vector<Tensor>& inputs) {
  if (inputs.size() != 1 || inputs[0].numel() != 1)
    throw RuntimeError(
        "The vector v can only be None if the input to the user-provided function is a single "
        "Tensor with a single element.");
}

}  // namespace

}  // namespace ct::detail

// ---------------------------------------------------------------- the family

namespace ct::detail {

namespace {

// func(*inputs), its return value checked to be a Tensor or a tuple of them.
TensorArgs call_checked(const ListFunc& f, const std::vector<Tensor>& inputs, const char* fn) {
  TensorArgs outputs = f(inputs);
  check_tensors(outputs.tensors, outputs.is_tuple, "outputs of the user-provided function", fn,
                outputs.type_names);
  return outputs;
}

// The inputs checked (E1, E2, Q7) and replaced by fresh tensors.
std::vector<Tensor> checked_inputs(const TensorArgs& inputs, const char* fn, bool create_graph) {
  check_tensors(inputs.tensors, inputs.is_tuple, "inputs", fn, inputs.type_names);
  return grad_preprocess(inputs.tensors, create_graph, /*need_graph=*/true);
}

}  // namespace

VjpLists vjp_impl(const ListFunc& f, TensorArgs args, const VArg& v, bool create_graph,
                  bool strict) {
  std::vector<Tensor> inputs, outputs, v_list;
  bool out_tuple = false;
  {
    EnableGradGuard enable;
    inputs = checked_inputs(args, "vjp", create_graph);
    TensorArgs out = call_checked(f, inputs, "vjp");
    outputs = std::move(out.tensors);
    out_tuple = out.is_tuple;
    check_requires_grad(outputs, Kind::Outputs, strict);
    // v is checked after func ran, against its outputs (Q9).
    if (!v.is_none()) {
      v_list = preprocess_v(v, "vjp", create_graph);
      validate_v(v_list, outputs, out_tuple);
    } else if (outputs.size() != 1 || outputs[0].numel() != 1) {
      throw RuntimeError(
          "The vector v can only be None if the user-provided function returns a single Tensor "
          "with a single element.");
    }
  }
  std::vector<Tensor> grads;
  {
    // The final backward runs in the ambient grad mode unless create_graph.
    GradModeGuard mode(create_graph || is_grad_enabled());
    grads = autograd_grad(outputs, inputs, v_list, create_graph);
  }
  fill_in_zeros(grads, inputs, strict, create_graph, Stage::Back);
  return {postprocess(std::move(outputs), create_graph),
          postprocess(std::move(grads), create_graph), out_tuple};
}

namespace {

// Tangents for the inputs: v, or ones for a single one-element input.
std::vector<Tensor> tangents_or_ones(const std::vector<Tensor>& v_list,
                                     const std::vector<Tensor>& inputs) {
  // v=None (validated: one single-element input); an empty v matches empty inputs
  if (v_list.size() != inputs.size()) return {ones_like(inputs[0])};
  std::vector<Tensor> t;
  for (size_t i = 0; i < inputs.size(); ++i)
    t.push_back(is_floating_point(v_list[i].dtype()) ? v_list[i].detach()
                                                     : v_list[i].to(inputs[i].dtype()));
  return t;
}

// The tangent of each tensor at the active level; zeros like refs[i] where
// there is none.
std::vector<Tensor> output_tangents(const std::vector<Tensor>& ts,
                                    const std::vector<Tensor>& refs) {
  std::vector<Tensor> r;
  for (size_t i = 0; i < ts.size(); ++i) {
    Tensor t = ts[i].defined() ? forward_ad::unpack_dual(ts[i]).tangent : Tensor();
    r.push_back(t.defined() ? t.detach() : zeros_like(refs[i]));
  }
  return r;
}

std::vector<Tensor> make_duals(const std::vector<Tensor>& primals,
                               const std::vector<Tensor>& tangents) {
  std::vector<Tensor> duals;
  for (size_t i = 0; i < primals.size(); ++i)
    duals.push_back(forward_ad::make_dual(primals[i], tangents[i]));
  return duals;
}

// The fresh input leaves themselves carry the tangents (make_dual would put
// a view node between them and func): func then sees the same arguments and
// records the same graph as torch's double backward trick, which the
// fallbacks below run on, and hooks on func's arguments act as in torch.
void give_tangents(const std::vector<Tensor>& leaves, const std::vector<Tensor>& tangents) {
  for (size_t i = 0; i < leaves.size(); ++i)
    set_tangent(*leaves[i].impl(), active_forward_level(), tangents[i].detach());
}

// True when a backward hook (tensor, pre or post hook) sits on the graph
// recorded from `outputs`. torch's jvp and hvp (the double backward trick)
// run such hooks and forward mode does not, so their presence sends native
// forward mode back to the trick, on the same recorded graph.
bool graph_has_hooks(const std::vector<Tensor>& outputs) {
  std::vector<ct::Node*> todo;
  std::unordered_set<ct::Node*> seen;
  for (const Tensor& o : outputs)
    if (o.defined() && o.grad_fn() && seen.insert(o.grad_fn().get()).second)
      todo.push_back(o.grad_fn().get());
  while (!todo.empty()) {
    ct::Node* n = todo.back();
    todo.pop_back();
    if (n->has_hooks.load(std::memory_order_relaxed)) return true;
    for (const ct::Edge& e : n->next_edges)
      if (e.fn && seen.insert(e.fn.get()).second) todo.push_back(e.fn.get());
  }
  return false;
}

// Forward mode cannot run where a dual level is already active (levels do
// not nest) or while ct::trace / ct::compile records (a tangent lives beside
// the recorded values, so a replay would reuse the recorded one); the double
// backward trick, made of recorded ops, computes the same derivatives there.
bool forward_mode_available() { return !forward_ad::is_active() && !detail::active_recorder(); }

// Native forward mode serves jvp and hvp unless torch's double backward
// trick is observable: strict checks and create_graph graphs are defined by
// it.
bool native_forward(bool create_graph, bool strict) {
  return !create_graph && !strict && forward_mode_available();
}

}  // namespace

VjpLists jvp_impl(const ListFunc& f, TensorArgs args, const VArg& v, bool create_graph,
                  bool strict) {
  std::vector<Tensor> grad_inputs, dummies, outputs, v_list, inputs;
  bool out_tuple = false;
  {
    EnableGradGuard enable;
    inputs = checked_inputs(args, "jvp", create_graph);
    if (!v.is_none()) {
      v_list = preprocess_v(v, "jvp", create_graph);
      validate_v(v_list, inputs, args.is_tuple);
    } else {
      require_single_element_input(inputs);
    }
    TensorArgs out;
    if (native_forward(create_graph, strict)) {
      // One forward pass with dual inputs: each op pushes the tangent along.
      // The inputs require grad, so the same pass records the graph that the
      // double backward trick needs where a custom Function has no jvp or a
      // backward hook would change torch's result; func runs once either
      // way, as in torch.
      forward_ad::DualLevel level;
      forward_ad::MissingJvpGuard gaps;
      give_tangents(inputs, tangents_or_ones(v_list, inputs));
      out = call_checked(f, inputs, "jvp");
      if (!gaps.seen() && !graph_has_hooks(out.tensors)) {
        std::vector<Tensor> res = output_tangents(out.tensors, out.tensors);
        return {postprocess(std::move(out.tensors), false), postprocess(std::move(res), false),
                out.is_tuple};
      }
    } else {
      out = call_checked(f, inputs, "jvp");
    }
    outputs = std::move(out.tensors);
    out_tuple = out.is_tuple;
    check_requires_grad(outputs, Kind::Outputs, strict);
    // The double backward trick: g(u) = J^T u is linear in u, so d<g, v>/du = J v.
    for (const Tensor& o : outputs) dummies.push_back(zeros_like(o).requires_grad_(true));
    grad_inputs = autograd_grad(outputs, inputs, dummies, true);
    check_requires_grad(grad_inputs, Kind::GradInputs, strict);
  }
  std::optional<EnableGradGuard> enable;
  if (create_graph) enable.emplace();
  std::vector<Tensor> res = autograd_grad(grad_inputs, dummies, v_list, create_graph);
  fill_in_zeros(res, outputs, strict, create_graph, Stage::BackTrick);
  return {postprocess(std::move(outputs), create_graph), postprocess(std::move(res), create_graph),
          out_tuple};
}

namespace {

// Rows of the Jacobian of `outputs` w.r.t. `inputs` computed with one
// backward per output element (or all at once when batched), following
// torch.autograd.functional.jacobian.
// All rows at once: the standard basis of the concatenated outputs as one
// batch of cotangents (torch's vectorize=True, is_grads_batched).
Matrix vectorized_jacobian(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                           bool create_graph) {
  std::vector<int64_t> numels;
  int64_t total = 0;
  for (const Tensor& o : outputs) {
    numels.push_back(o.numel());
    total += o.numel();
  }
  std::vector<Tensor> basis;
  int64_t offset = 0;
  for (size_t i = 0; i < outputs.size(); ++i) {
    Tensor b = zeros({total, numels[i]}, outputs[i].dtype());
    if (numels[i] > 0) {
      NoGradGuard ng;
      b.narrow(0, offset, numels[i]).copy_(eye(numels[i], std::nullopt, outputs[i].dtype()));
    }
    Shape s{total};
    for (int64_t d : outputs[i].shape()) s.push_back(d);
    basis.push_back(b.view(s));
    offset += numels[i];
  }
  std::vector<Tensor> vj = autograd_grad(outputs, inputs, basis, create_graph, true, true);
  Matrix jac(outputs.size(), std::vector<Tensor>(inputs.size()));
  for (size_t k = 0; k < inputs.size(); ++k) {
    Shape in_batched{total};
    for (int64_t d : inputs[k].shape()) in_batched.push_back(d);
    Tensor rows = vj[k].defined() ? vj[k] : zeros_like(inputs[k]).expand(in_batched);
    int64_t off = 0;
    for (size_t i = 0; i < outputs.size(); ++i) {
      Shape shape = outputs[i].shape();
      for (int64_t d : inputs[k].shape()) shape.push_back(d);
      Tensor block = rows.narrow(0, off, numels[i]);
      jac[i][k] = block.is_contiguous() ? block.view(shape) : block.reshape(shape);
      off += numels[i];
    }
  }
  return jac;
}

Matrix reverse_jacobian(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                        bool create_graph, bool strict, bool vectorize) {
  if (vectorize) return vectorized_jacobian(outputs, inputs, create_graph);
  Matrix jac(outputs.size(), std::vector<Tensor>(inputs.size()));
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    const int64_t m = out.numel();
    std::vector<std::vector<Tensor>> rows(inputs.size());
    Tensor flat = out.reshape({-1});
    for (int64_t e = 0; e < m; ++e) {
      std::vector<Tensor> vj = autograd_grad({flat.select(0, e)}, inputs, {}, create_graph, true);
      for (size_t k = 0; k < inputs.size(); ++k) {
        if (vj[k].defined()) {
          if (strict && create_graph && !vj[k].requires_grad())
            throw RuntimeError(
                "The jacobian of the user-provided function is independent of input " +
                std::to_string(k) + ". This is not allowed in strict mode when create_graph=True.");
          rows[k].push_back(vj[k]);
        } else {
          if (strict)
            throw RuntimeError("Output " + std::to_string(i) +
                               " of the user-provided function is independent of input " +
                               std::to_string(k) + ". This is not allowed in strict mode.");
          rows[k].push_back(zeros_like(inputs[k]));
        }
      }
    }
    for (size_t k = 0; k < inputs.size(); ++k) {
      Shape shape = out.shape();
      for (int64_t s : inputs[k].shape()) shape.push_back(s);
      if (rows[k].empty() && vectorize) {
        jac[i][k] = zeros(shape, inputs[k].dtype());
        continue;
      }
      jac[i][k] = stack(rows[k], 0).view(shape);  // empty rows: PyTorch's error (Q6)
    }
  }
  return jac;
}

// Forward-mode Jacobian through the double backward trick on one recorded
// graph: used when a dual level is already active (levels do not nest).
Matrix forward_jacobian_by_double_backward(const ListFunc& f, const std::vector<Tensor>& prim,
                                           bool* out_tuple) {
  TensorArgs out = call_checked(f, prim, "jacobian");
  if (out_tuple) *out_tuple = out.is_tuple;
  std::vector<Tensor> outputs = std::move(out.tensors);
  std::vector<Tensor> dummies;
  for (const Tensor& o : outputs) dummies.push_back(zeros_like(o).requires_grad_(true));
  std::vector<Tensor> g = autograd_grad(outputs, prim, dummies, true);
  Matrix jac(outputs.size(), std::vector<Tensor>(prim.size()));
  for (size_t k = 0; k < prim.size(); ++k) {
    const int64_t n = prim[k].numel();
    std::vector<std::vector<Tensor>> cols(outputs.size());
    for (int64_t e = 0; e < n; ++e) {
      std::vector<Tensor> tv(prim.size());
      for (size_t q = 0; q < prim.size(); ++q) tv[q] = zeros_like(prim[q]);
      tv[k].view({-1}).narrow(0, e, 1).fill_(1);
      std::vector<Tensor> jv = autograd_grad(g, dummies, tv, false, true);
      for (size_t i = 0; i < outputs.size(); ++i)
        cols[i].push_back(jv[i].defined() ? jv[i] : zeros_like(outputs[i]));
    }
    for (size_t i = 0; i < outputs.size(); ++i) {
      Shape shape = outputs[i].shape();
      for (int64_t s : prim[k].shape()) shape.push_back(s);
      jac[i][k] =
          cols[i].empty() ? zeros(shape, outputs[i].dtype()) : stack(cols[i], -1).reshape(shape);
      jac[i][k] = jac[i][k].detach();
    }
  }
  return jac;
}

}  // namespace

Matrix jacobian_impl(const ListFunc& f, TensorArgs args, bool create_graph, bool strict,
                     bool vectorize, Strategy strategy, bool* out_tuple) {
  if (strategy != Strategy::ReverseMode && strategy != Strategy::ForwardMode)
    throw AssertionError(
        "Expected strategy to be either \"forward-mode\" or \"reverse-mode\". Hint: If your "
        "function "
        "has more outputs than inputs, \"forward-mode\" tends to be more performant. Otherwise, "
        "prefer to use \"reverse-mode\".");
  if (strategy == Strategy::ForwardMode) {
    if (create_graph)
      throw NotImplementedError(
          "torch.autograd.functional.jacobian: `create_graph=True` and `strategy=\"forward-mode\"` "
          "are not supported together (yet). Please either set `create_graph=False` or "
          "`strategy=\"reverse-mode\"`.");
    if (strict)
      throw RuntimeError(
          "torch.autograd.functional.jacobian: `strict=True` and `strategy=\"forward-mode\"` are "
          "not "
          "supported together (yet). Please either set `strict=False` or "
          "`strategy=\"reverse-mode\"`.");
    check_tensors(args.tensors, args.is_tuple, "inputs", "jacobian", args.type_names);
    if (!vectorize)
      throw NotImplementedError(
          "Computing Jacobian using forward-AD or forward-over-reverse Hessian isonly implemented "
          "for "
          "`vectorize=True`.");
    // torch's _construct_standard_basis_for asserts len(tensors) > 0.
    if (args.tensors.empty()) throw AssertionError("");
    // Forward mode: one forward pass on dual inputs whose tangents are the
    // whole standard basis (a batched dual level: row e of every tangent is
    // direction e). The result has the output's dtype, as torch's.
    EnableGradGuard enable;
    std::vector<Tensor> prim = grad_preprocess(args.tensors, false, true);
    if (!forward_mode_available()) return forward_jacobian_by_double_backward(f, prim, out_tuple);
    int64_t total = 0;
    std::vector<int64_t> offsets;
    for (const Tensor& p : prim) {
      offsets.push_back(total);
      total += p.numel();
    }
    std::vector<Tensor> outputs, tangents;
    {
      forward_ad::DualLevel level(total);
      std::vector<Tensor> duals = prim;
      if (total > 0) {
        std::vector<Tensor> basis;
        for (size_t k = 0; k < prim.size(); ++k) {
          const int64_t n = prim[k].numel();
          Tensor b = zeros({total, n}, prim[k].dtype());
          if (n > 0) {
            NoGradGuard ng;
            b.narrow(0, offsets[k], n).copy_(eye(n, std::nullopt, prim[k].dtype()));
          }
          Shape s{total};
          for (int64_t d : prim[k].shape()) s.push_back(d);
          basis.push_back(b.view(s));
        }
        duals = make_duals(prim, basis);
      }
      TensorArgs out = call_checked(f, duals, "jacobian");
      if (out_tuple) *out_tuple = out.is_tuple;
      outputs = std::move(out.tensors);
      for (const Tensor& o : outputs) tangents.push_back(forward_ad::unpack_dual(o).tangent);
    }
    Matrix jac(outputs.size(), std::vector<Tensor>(prim.size()));
    for (size_t i = 0; i < outputs.size(); ++i) {
      for (size_t k = 0; k < prim.size(); ++k) {
        Shape shape = outputs[i].shape();
        for (int64_t s : prim[k].shape()) shape.push_back(s);
        if (!tangents[i].defined()) {
          jac[i][k] = zeros(shape, outputs[i].dtype());
          continue;
        }
        // rows of input k: (n_k, *out) -> (*out, n_k) -> (*out, *in_k)
        Tensor rows = tangents[i].narrow(0, offsets[k], prim[k].numel());
        std::vector<int64_t> perm;
        for (int64_t d = 1; d < rows.dim(); ++d) perm.push_back(d);
        perm.push_back(0);
        jac[i][k] = rows.permute(perm).reshape(shape).detach();
      }
    }
    return jac;
  }
  EnableGradGuard enable;
  std::vector<Tensor> inputs = checked_inputs(args, "jacobian", create_graph);
  TensorArgs out = call_checked(f, inputs, "jacobian");
  if (out_tuple) *out_tuple = out.is_tuple;
  std::vector<Tensor> outputs = std::move(out.tensors);
  check_requires_grad(outputs, Kind::Outputs, strict);
  if (vectorize && strict)
    throw RuntimeError(
        "torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are not supported "
        "together. Please either set `strict=False` or `vectorize=False`.");
  Matrix jac = reverse_jacobian(outputs, inputs, create_graph, strict, vectorize);
  if (jac.empty()) throw IndexError("tuple index out of range");  // _grad_postprocess (Q7)
  for (auto& row : jac) row = postprocess(std::move(row), create_graph);
  return jac;
}

Matrix hessian_impl(const ListFunc& f, TensorArgs args, bool create_graph, bool strict,
                    bool vectorize, Strategy strategy) {
  check_tensors(args.tensors, args.is_tuple, "inputs", "hessian", args.type_names);
  if (strategy != Strategy::ReverseMode && strategy != Strategy::ForwardMode)
    throw AssertionError("Expected strategy to be either \"forward-mode\" or \"reverse-mode\".");
  // The single-element check runs inside the inner jacobian, as in torch.
  ListFunc ensure_single_output = [&](const std::vector<Tensor>& inp) {
    TensorArgs out = call_checked(f, inp, "hessian");
    check_requires_grad(out.tensors, Kind::Outputs, strict);
    if (out.is_tuple)
      throw RuntimeError("The function given to hessian should return a single Tensor");
    if (out.tensors[0].numel() != 1)
      throw RuntimeError(
          "The Tensor returned by the function given to hessian should contain a single element");
    return TensorArgs{{out.tensors[0].squeeze()}, false, {}};
  };
  ListFunc jac_func = [&](const std::vector<Tensor>& inp) {
    std::vector<Tensor> point = inp;
    if (strategy == Strategy::ForwardMode)
      for (Tensor& t : point)
        if (t.is_leaf() && !t.requires_grad()) t.requires_grad_(true);
    Matrix j = jacobian_impl(ensure_single_output, TensorArgs{point, true, {}}, true, false, false,
                             Strategy::ReverseMode);
    check_requires_grad(j[0], Kind::Jacobian, strict);
    return TensorArgs{j[0], true, {}};
  };
  return jacobian_impl(jac_func, std::move(args), create_graph, strict, vectorize, strategy);
}

VjpLists vhp_impl(const ListFunc& f, TensorArgs args, const VArg& v, bool create_graph, bool strict,
                  bool hvp) {
  const char* fn = hvp ? "hvp" : "vhp";
  std::vector<Tensor> inputs, outputs, jac, v_list, grad_jac, double_back;
  {
    EnableGradGuard enable;
    inputs = checked_inputs(args, fn, create_graph);
    if (!v.is_none()) {
      v_list = preprocess_v(v, fn, create_graph);
      validate_v(v_list, inputs, args.is_tuple);
    } else {
      require_single_element_input(inputs);
    }
    std::optional<forward_ad::DualLevel> level;
    std::optional<forward_ad::MissingJvpGuard> gaps;
    if (hvp && native_forward(create_graph, strict)) {
      // Forward over reverse: the gradient computed from dual inputs
      // carries H v as its tangent. A custom Function without a jvp (in
      // func or in a backward), a backward hook, or a backward formula that
      // fails on dual tensors leaves torch's trick on the same graph.
      level.emplace();
      gaps.emplace();
      give_tangents(inputs, tangents_or_ones(v_list, inputs));
    }
    TensorArgs out = call_checked(f, inputs, fn);
    outputs = std::move(out.tensors);
    check_requires_grad(outputs, Kind::Outputs, strict);
    if (out.is_tuple)
      throw RuntimeError(std::string("The function given to ") + fn +
                         " should return a single Tensor");
    if (outputs[0].numel() != 1)
      throw RuntimeError(std::string("The Tensor returned by the function given to ") + fn +
                         " should contain a single element");
    if (level) {
      if (!gaps->seen() && !graph_has_hooks(outputs)) {
        bool failed = false;
        try {
          jac = autograd_grad(outputs, inputs, {}, false, /*retain_graph=*/true);
        } catch (const Error&) {
          // A backward formula that fails on dual tensors: torch's trick on
          // the retained graph decides (its result, or torch's error).
          failed = true;
        }
        if (!failed && !gaps->seen()) {
          return {postprocess(std::move(outputs), false),
                  postprocess(output_tangents(jac, inputs), false)};
        }
      }
      gaps.reset();
      level.reset();
    }
    jac = autograd_grad(outputs, inputs, {}, true);
    check_requires_grad(jac, Kind::Jacobian, strict);
    if (hvp) {
      for (const Tensor& in : inputs) grad_jac.push_back(zeros_like(in).requires_grad_(true));
      double_back = autograd_grad(jac, inputs, grad_jac, true);
      check_requires_grad(jac, Kind::Hessian, strict);  // torch re-checks jac (Q2)
    }
  }
  std::vector<Tensor> res;
  {
    GradModeGuard mode(create_graph || is_grad_enabled());
    res = hvp ? autograd_grad(double_back, grad_jac, v_list, create_graph)
              : autograd_grad(jac, inputs, v_list, create_graph);
  }
  fill_in_zeros(res, inputs, strict, create_graph,
                hvp ? Stage::DoubleBackTrick : Stage::DoubleBack);
  return {postprocess(std::move(outputs), create_graph), postprocess(std::move(res), create_graph)};
}

}  // namespace ct::detail
