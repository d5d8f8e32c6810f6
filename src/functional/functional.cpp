// The non-template steps of torch.autograd.functional (see
// functional-spec.md §2 and §4), shared by the templates in functional.h.
#include "cotangent/functional.h"

#include "cotangent/ops.h"

namespace ct::detail {

void check_tensors(const std::vector<Tensor>& ts, bool was_tuple, const char* arg_name,
                   const char* fn_name) {
  for (size_t i = 0; i < ts.size(); ++i) {
    if (ts[i].defined()) continue;
    // An undefined ct::Tensor plays the part of Python's None.
    std::string where = was_tuple ? "the value at index " + std::to_string(i) + " has type"
                                  : std::string("the given ") + arg_name + " has type";
    throw TypeError(std::string("The ") + arg_name + " given to " + fn_name +
                    " must be either a Tensor or a tuple of Tensors but " + where +
                    " <class 'NoneType'>.");
  }
}

void check_nonempty_inputs(const std::vector<Tensor>& inputs, const char* fn_name) {
  if (inputs.empty())
    throw IndexError(std::string("tuple index out of range: the inputs given to ") + fn_name +
                     " are an empty tuple");
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

void check_requires_grad_outputs(const std::vector<Tensor>& outputs, bool strict) {
  if (!strict) return;
  for (size_t i = 0; i < outputs.size(); ++i)
    if (!outputs[i].requires_grad())
      throw RuntimeError("Output " + std::to_string(i) +
                         " of the user-provided function does not require gradients. The outputs "
                         "must be computed in a differentiable manner from the input when running "
                         "in strict mode.");
}

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
// unused inputs as undefined tensors.
std::vector<Tensor> autograd_grad(const std::vector<Tensor>& outputs,
                                  const std::vector<Tensor>& inputs,
                                  const std::vector<Tensor>& grad_outputs, bool create_graph) {
  std::vector<Tensor> kept_out, kept_grad;
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (!outputs[i].defined() || !outputs[i].requires_grad()) continue;
    kept_out.push_back(outputs[i]);
    kept_grad.push_back(grad_outputs.empty() ? Tensor() : grad_outputs[i]);
  }
  if (kept_out.empty()) return std::vector<Tensor>(inputs.size());
  return grad(kept_out, inputs, kept_grad, create_graph, create_graph, /*allow_unused=*/true);
}

void fill_in_zeros_back(std::vector<Tensor>& grads, const std::vector<Tensor>& refs, bool strict,
                        bool create_graph) {
  for (size_t i = 0; i < grads.size(); ++i) {
    if (!grads[i].defined()) {
      if (strict)
        throw RuntimeError("The output of the user-provided function is independent of input " +
                           std::to_string(i) + ". This is not allowed in strict mode.");
      grads[i] = zeros_like(refs[i]);
    } else if (strict && create_graph && !grads[i].requires_grad()) {
      throw RuntimeError("The jacobian of the user-provided function is independent of input " +
                         std::to_string(i) +
                         ". This is not allowed in strict mode when create_graph=True.");
    }
  }
}

}  // namespace

VjpLists vjp_from_outputs(std::vector<Tensor> outputs, bool outputs_were_tuple,
                          const std::vector<Tensor>& inputs, const VArg& v, bool create_graph,
                          bool strict) {
  check_tensors(outputs, outputs_were_tuple, "outputs of the user-provided function", "vjp");
  check_requires_grad_outputs(outputs, strict);

  std::vector<Tensor> v_list;
  if (!v.is_none()) {
    check_tensors(v.items(), v.is_sequence(), "v", "vjp");
    v_list = grad_preprocess(v.items(), create_graph, /*need_graph=*/false);
    validate_v(v_list, outputs, outputs_were_tuple);
  } else if (outputs.size() != 1 || outputs[0].numel() != 1) {
    throw RuntimeError(
        "The vector v can only be None if the user-provided function returns a single Tensor "
        "with a single element.");
  }

  std::vector<Tensor> grads;
  {
    // The final backward runs in the ambient grad mode unless create_graph.
    std::optional<EnableGradGuard> enable;
    if (create_graph) enable.emplace();
    grads = autograd_grad(outputs, inputs, v_list, create_graph);
  }
  fill_in_zeros_back(grads, inputs, strict, create_graph);

  if (!create_graph) {
    for (Tensor& t : outputs) t = t.detach();
    for (Tensor& t : grads) t = t.detach();
  }
  return {std::move(outputs), std::move(grads)};
}

}  // namespace ct::detail
