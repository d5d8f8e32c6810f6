// The backward graph as data (torch.autograd.graph): a node's name and
// edges, hooks on nodes, hooks on saved tensors, and a Graphviz picture.
#pragma once
#include <any>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// A DOT (Graphviz) picture of the graph behind `outputs`, as torchviz's
// make_dot draws it: the outputs (green), one box per backward node with
// PyTorch's node name, leaves named from `params` (blue; unnamed leaves show
// their shape), edges from each node to the nodes that consume its
// gradient. show_saved adds the shapes of the tensors each node saved.
std::string to_dot(const std::vector<Tensor>& outputs,
                   const std::vector<std::pair<std::string, Tensor>>& params = {},
                   bool show_saved = false);

namespace autograd {

// torch's grad_fn.name() and grad_fn.next_functions: (node, input_nr) per
// input of the op (a null node for inputs that need no gradient).
std::string node_name(const std::shared_ptr<Node>& node);
std::vector<std::pair<std::shared_ptr<Node>, uint32_t>> next_functions(
    const std::shared_ptr<Node>& node);
// The leaf of an AccumulateGrad node (undefined for other nodes).
Tensor accumulated_variable(const std::shared_ptr<Node>& node);

// grad_fn.register_hook: hook(grad_inputs, grad_outputs) runs after the
// node computed the gradients w.r.t. its inputs; a non-empty return
// replaces them.
using NodeHook = std::function<std::vector<Tensor>(const std::vector<Tensor>& grad_inputs,
                                                   const std::vector<Tensor>& grad_outputs)>;
HookHandle register_hook(const std::shared_ptr<Node>& node, NodeHook hook);
// grad_fn.register_prehook: hook(grad_outputs) runs before the node; a
// non-empty return replaces the incoming gradients.
using NodePreHook = std::function<std::vector<Tensor>(const std::vector<Tensor>& grad_outputs)>;
HookHandle register_prehook(const std::shared_ptr<Node>& node, NodePreHook hook);

// torch.autograd.graph.saved_tensors_hooks: while alive on this thread,
// every tensor an op saves for backward is given to `pack`, and what pack
// returned is given to `unpack` when backward needs the tensor (to keep
// saved tensors compressed, on disk, ...). Nested guards: the innermost
// wins. Saved tensors that were packed skip the in-place version check.
class SavedTensorsHooks {
 public:
  SavedTensorsHooks(std::function<std::any(const Tensor&)> pack,
                    std::function<Tensor(const std::any&)> unpack);
  ~SavedTensorsHooks();
  SavedTensorsHooks(const SavedTensorsHooks&) = delete;
  SavedTensorsHooks& operator=(const SavedTensorsHooks&) = delete;
};

}  // namespace autograd
}  // namespace ct
