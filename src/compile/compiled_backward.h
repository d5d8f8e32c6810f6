// Internal: the autograd side of a compiled function called with inputs
// that need a gradient (ct::compile). The fused plan computes the outputs
// without recording, and one autograd node (CompiledFunctionBackward,
// torch.compile's name) stands for the whole function. Its backward comes
// from the joint recording of the function and its vjp, split as
// AOTAutograd splits it: the forward part runs in the call and also returns
// the intermediates the backward part reads (saved, as eager autograd saves
// them); the backward part runs on them and the cotangents. A backward that
// builds a graph (create_graph) instead calls the vjp of the recording as a
// compiled function of the inputs and cotangents (recomputing the forward),
// which is differentiable in turn, so higher orders give nodes of the same
// kind.
#pragma once
#include <atomic>
#include <memory>
#include <vector>

#include "compile/plan.h"
#include "cotangent/compile.h"

namespace ct::detail {

struct CompiledBackward {
  Trace recorded;                       // f, as recorded
  std::shared_ptr<const Plan> forward;  // f's outputs alone (when the split failed)
  std::vector<size_t> wrt;              // the inputs that require grad
  std::vector<size_t> with_grad;        // the outputs that carry a gradient
  std::vector<bool> differentiable;     // by output
  // reaches[o][k]: a gradient flows from with_grad output o to wrt input k
  // (as eager mode's graph has it), so the others get none, not zeros.
  std::vector<std::vector<bool>> reaches;
  // The split joint recording (null when it could not be split): inputs ->
  // outputs and saved values; (inputs, cotangents, saved) -> gradients.
  // The saved values are the values made by the forward part and the
  // inputs and captured tensors that the backward part reads: kept with
  // version checks, as eager mode's saved tensors.
  std::shared_ptr<const Plan> forward_saving, backward_from_saved;
  std::vector<size_t> inputs_read;  // the inputs among the saved values
  // (inputs..., cotangents of the `with_grad` outputs...) -> the gradients of
  // the `wrt` inputs, and that compiled (for create_graph).
  CompiledCore::Flat vjp_of_recording;
  std::shared_ptr<CompiledCore> vjp;
  // Set when recording vjp_of_recording failed (a backward formula that
  // cannot be recorded, such as one that reads values): it then runs eagerly.
  mutable std::atomic<bool> eager = false;
};

// The compiled backward for a recording made with inputs that need a
// gradient, or null when a replay must run op by op to be right: steps that
// write into inputs or draw random numbers (a recomputing backward would
// redo them), outputs that share storage with an input, a constant or each
// other (eager mode makes those views, with their own autograd rules), and
// f's own leaves (requires_grad_ inside f: their gradients are f's business).
std::shared_ptr<const CompiledBackward> compiled_backward(const Trace& recorded,
                                                          const std::vector<Tensor>& inputs,
                                                          const std::vector<Tensor>& outputs,
                                                          const CompileOptions& options);

// A replay through b: the outputs, carrying one CompiledFunctionBackward node.
std::vector<Tensor> run_with_compiled_backward(const std::shared_ptr<const CompiledBackward>& b,
                                               const std::vector<Tensor>& inputs);

}  // namespace ct::detail
