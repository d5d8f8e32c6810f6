// The backward graph as data: introspection, node hooks, saved-tensor hooks
// and the DOT picture (include/cotangent/graph.h).
#include "cotangent/graph.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "autograd/node.h"
#include "core/recorder.h"
#include "cotangent/ops.h"

namespace ct {

namespace autograd {

std::string node_name(const std::shared_ptr<Node>& node) { return node ? node->name() : ""; }

std::vector<std::pair<std::shared_ptr<Node>, uint32_t>> next_functions(
    const std::shared_ptr<Node>& node) {
  std::vector<std::pair<std::shared_ptr<Node>, uint32_t>> r;
  if (!node) return r;
  for (const Edge& e : node->next_edges) r.emplace_back(e.fn, e.input_nr);
  return r;
}

Tensor accumulated_variable(const std::shared_ptr<Node>& node) {
  if (auto* acc = dynamic_cast<AccumulateGrad*>(node.get())) return Tensor(acc->leaf());
  return Tensor();
}

namespace {
template <class List>
HookHandle remover(const std::shared_ptr<Node>& node, List Node::*list, uint64_t id) {
  return HookHandle([w = std::weak_ptr<Node>(node), list, id] {
    if (std::shared_ptr<Node> n = w.lock()) {
      std::lock_guard<std::mutex> lock(hook_mutex());
      std::erase_if((*n).*list, [id](const auto& h) { return h.first == id; });
    }
  });
}
}  // namespace

HookHandle register_hook(const std::shared_ptr<Node>& node, NodeHook hook) {
  if (!node) throw RuntimeError("register_hook: no node");
  const uint64_t id = next_hook_id();
  {
    std::lock_guard<std::mutex> lock(hook_mutex());
    node->post_hooks.emplace_back(id, std::move(hook));
    node->has_hooks = true;
  }
  return remover(node, &Node::post_hooks, id);
}

HookHandle register_prehook(const std::shared_ptr<Node>& node, NodePreHook hook) {
  if (!node) throw RuntimeError("register_prehook: no node");
  const uint64_t id = next_hook_id();
  {
    std::lock_guard<std::mutex> lock(hook_mutex());
    node->pre_hooks.emplace_back(id, std::move(hook));
    node->has_hooks = true;
  }
  return remover(node, &Node::pre_hooks, id);
}

SavedTensorsHooks::SavedTensorsHooks(std::function<std::any(const Tensor&)> pack,
                                     std::function<Tensor(const std::any&)> unpack) {
  if (!pack || !unpack) throw ValueError("saved_tensors_hooks: pack and unpack must be callable");
  saved_tensor_hooks_stack().push_back({std::move(pack), std::move(unpack)});
}
SavedTensorsHooks::~SavedTensorsHooks() { saved_tensor_hooks_stack().pop_back(); }

}  // namespace autograd

namespace {
std::string shape_label(const Shape& s) {
  std::string r = "(";
  for (size_t i = 0; i < s.size(); ++i) r += (i ? ", " : "") + std::to_string(s[i]);
  return r + (s.size() == 1 ? ",)" : ")");
}
std::string quoted(const std::string& s) {
  std::string r = "\"";
  for (char c : s) {
    if (c == '\n') {
      r += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') r += '\\';
    r += c;
  }
  return r + "\"";
}
}  // namespace

std::string to_dot(const std::vector<Tensor>& outputs,
                   const std::vector<std::pair<std::string, Tensor>>& params, bool show_saved) {
  std::unordered_map<const TensorImpl*, std::string> names;
  for (const auto& [name, t] : params)
    if (t.defined()) names[t.impl()] = name;
  std::ostringstream dot;
  dot << "digraph {\n"
      << "\tgraph [size=\"12,12\"]\n"
      << "\tnode [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box "
         "style=filled]\n";
  std::unordered_map<const Node*, std::string> ids;
  auto id_of = [&](const Node* n) {
    auto it = ids.find(n);
    if (it != ids.end()) return it->second;
    std::string id = "n" + std::to_string(ids.size());
    ids.emplace(n, id);
    return id;
  };
  std::vector<Node*> stack;
  std::unordered_set<const Node*> seen;
  auto visit = [&](Node* n) {
    if (n && seen.insert(n).second) stack.push_back(n);
  };
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    if (!out.defined()) continue;
    const std::string oid = "out" + std::to_string(i);
    auto it = names.find(out.impl());
    const std::string label = it != names.end() ? it->second : "output";
    dot << "\t" << oid << " [label=" << quoted(label + "\n " + shape_label(out.shape()))
        << " fillcolor=darkolivegreen1]\n";
    Edge e = out.requires_grad() ? gradient_edge(out) : Edge{};
    if (e.fn) {
      visit(e.fn.get());
      dot << "\t" << id_of(e.fn.get()) << " -> " << oid << "\n";
    }
  }
  while (!stack.empty()) {  // iterative: graphs can be deep
    Node* n = stack.back();
    stack.pop_back();
    const std::string id = id_of(n);
    if (auto* acc = dynamic_cast<AccumulateGrad*>(n)) {
      const TensorImpl* leaf = acc->leaf().get();
      auto it = names.find(leaf);
      std::string label =
          (it != names.end() ? it->second + "\n " : std::string()) + shape_label(leaf->sizes);
      dot << "\t" << id << " [label=" << quoted(label) << " fillcolor=lightblue]\n";
      continue;
    }
    std::string label = n->name();
    if (show_saved) {
      std::lock_guard<std::mutex> lock(n->mutex);
      for (size_t k = 0; k < n->saved_count(); ++k) {
        const SavedTensor& s = n->saved_entry(k);
        const Shape& shape = s.packed ? s.packed->shape : s.data.shape();
        label += "\n saved: " + shape_label(shape);
      }
    }
    dot << "\t" << id << " [label=" << quoted(label) << "]\n";
    for (const Edge& e : n->next_edges) {
      if (!e.fn) continue;
      visit(e.fn.get());
      dot << "\t" << id_of(e.fn.get()) << " -> " << id << "\n";
    }
  }
  dot << "}\n";
  return dot.str();
}

// The autograd methods of Tensor: they read the tensor's AutogradMeta
// (and nodes), which the core does not look inside.
namespace {
TensorImpl& checked(const std::shared_ptr<TensorImpl>& p) {
  if (!p) throw RuntimeError("the tensor is undefined (default-constructed ct::Tensor)");
  return *p;
}
}  // namespace

bool Tensor::requires_grad() const { return requires_grad_of(checked(impl_)); }

Tensor& Tensor::requires_grad_(bool r) {
  CT_TRACE_INPLACE(*this, "requires_grad_", (*this), self_in.requires_grad_(r));
  TensorImpl& t = checked(impl_);
  if (grad_fn_of(t)) {
    if (!r)
      throw RuntimeError(
          "you can only change requires_grad flags of leaf variables. If you want to use a "
          "computed variable in a subgraph that doesn't require differentiation use var_no_grad "
          "= var.detach().");
    return *this;
  }
  if (r && !ct::is_floating_point(t.dtype))
    throw RuntimeError("only Tensors of floating point dtype can require gradients");
  if (r || autograd_meta(t)) ensure_autograd_meta(t).requires_grad = r;
  return *this;
}

bool Tensor::is_leaf() const {
  refresh_view(checked(impl_));
  return grad_fn_of(*impl_) == nullptr;
}
Tensor Tensor::grad() const {
  const AutogradMeta* m = autograd_meta(checked(impl_));
  return m ? m->grad : Tensor();
}
void Tensor::set_grad(const Tensor& g) const {
  TensorImpl& t = checked(impl_);
  // torch's texts, type first: "... of a different type", "... of a different size"
  if (g.defined() && g.dtype() != t.dtype)
    throw RuntimeError("assigned grad has data of a different type: expected " +
                       std::string(dtype_name(t.dtype)) + ", got " + dtype_name(g.dtype()));
  if (g.defined() && g.shape() != t.sizes)
    throw RuntimeError("assigned grad has data of a different size: expected " +
                       to_string(t.sizes) + ", got " + to_string(g.shape()));
  if (g.defined() || autograd_meta(t)) ensure_autograd_meta(t).grad = g;
}

const std::shared_ptr<Node>& Tensor::grad_fn() const {
  refresh_view(checked(impl_));
  return grad_fn_of(*impl_);
}
uint32_t Tensor::output_nr() const {
  refresh_view(checked(impl_));
  return output_nr_of(*impl_);
}
bool Tensor::retains_grad() const {
  const AutogradMeta* m = autograd_meta(checked(impl_));
  return m && m->retains_grad;
}

std::string Tensor::grad_fn_name() const {
  const TensorImpl& t = checked(impl_);
  refresh_view(t);
  const std::shared_ptr<Node>& fn = grad_fn_of(t);
  return fn ? fn->name() : "";
}

HookHandle Tensor::register_hook_fn(std::function<Tensor(const Tensor&)> hook,
                                    std::string name) const {
  TensorImpl& t = checked(impl_);
  if (!requires_grad_of(t))
    throw RuntimeError("cannot register a hook on a tensor that doesn't require gradient");
  refresh_view(t);
  TensorHook h{next_hook_id(), 0, std::move(name), std::move(hook)};
  const uint64_t id = h.id;
  AutogradMeta& m = ensure_autograd_meta(t);
  std::lock_guard<std::mutex> lock(hook_mutex());
  if (m.grad_fn) {
    h.output_nr = m.output_nr;
    m.grad_fn->tensor_pre_hooks.push_back(std::move(h));
    m.grad_fn->has_hooks = true;
    return HookHandle([w = std::weak_ptr<Node>(m.grad_fn), id] {
      if (std::shared_ptr<Node> n = w.lock()) {
        std::lock_guard<std::mutex> l(hook_mutex());
        std::erase_if(n->tensor_pre_hooks, [id](const TensorHook& x) { return x.id == id; });
      }
    });
  }
  m.leaf_hooks.push_back(std::move(h));
  m.has_leaf_hooks = true;
  return HookHandle([w = std::weak_ptr<TensorImpl>(impl_), id] {
    if (std::shared_ptr<TensorImpl> leaf = w.lock()) {
      std::lock_guard<std::mutex> l(hook_mutex());
      std::erase_if(autograd_meta(*leaf)->leaf_hooks,
                    [id](const TensorHook& x) { return x.id == id; });
    }
  });
}

void Tensor::retain_grad() const {
  TensorImpl& t = checked(impl_);
  if (!requires_grad_of(t))
    throw RuntimeError("can't retain_grad on Tensor that has requires_grad=False");
  if (is_leaf() || retains_grad()) return;
  // Weak: the hook lives on grad_fn, which must not keep the tensor alive.
  register_hook_fn(
      [w = std::weak_ptr<TensorImpl>(impl_)](const Tensor& g) {
        if (std::shared_ptr<TensorImpl> self = w.lock()) {
          Tensor& dst = ensure_autograd_meta(*self).grad;
          if (is_grad_enabled())  // create_graph: keep the gradient's graph
            dst = dst.defined() ? dst + g : g;
          else
            dst = dst.defined() ? dst.detach() + g : g.detach().clone();
        }
        return Tensor();
      },
      "retain_grad_hook");
  ensure_autograd_meta(t).retains_grad = true;
}

Tensor& Tensor::detach_() {
  CT_TRACE_INPLACE(*this, "detach_", (*this), self_in.detach_());
  TensorImpl& t = checked(impl_);
  if (t.view_base)
    throw RuntimeError(
        "Can't detach views in-place. Use detach() instead. If you are using "
        "DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, "
        "gradients are views of DDP buckets, and hence detach_() cannot be called on these "
        "gradients. To fix this error, please refer to the Optimizer.zero_grad() function in "
        "torch/optim/optimizer.py as the solution.");
  clear_history(t);
  return *this;
}

}  // namespace ct
