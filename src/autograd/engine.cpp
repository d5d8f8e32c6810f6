// The backward engine: discovers the graph reachable from the roots,
// counts dependencies, then runs nodes in dependency order (highest
// sequence number first among the ready ones, as PyTorch does). Nothing here
// recurses over the graph.
#include <deque>
#include <queue>
#include <unordered_map>

#include "autograd/node.h"
#include "autograd/op_helpers.h"
#include "cotangent/anomaly.h"
#include "cotangent/autograd.h"
#include "cotangent/ops.h"

namespace ct {

void set_grad_batch_shape(const Shape& s);

namespace {

// Thrown when a batched backward meets a node whose formula is not
// batch-safe; the caller falls back to one backward per batch entry.
struct BatchingUnsupported {};

struct BatchGuard {
  explicit BatchGuard(const Shape& s) : prev(grad_batch_shape()) { set_grad_batch_shape(s); }
  ~BatchGuard() { set_grad_batch_shape(prev); }
  Shape prev;
};

struct NodeState {
  int deps = 0;
  bool exec = true;                                   // run this node's backward
  bool relevant = false;                              // exec or captures something
  TensorList buffer;                                  // summed incoming gradients, one per output
  std::vector<std::pair<uint32_t, size_t>> captures;  // (output slot, capture index)
};

struct ReadyOrder {
  bool operator()(const Node* a, const Node* b) const { return a->sequence_nr < b->sequence_nr; }
};

bool is_expandable_to(const Shape& shape, const Shape& desired) {
  if (shape.size() > desired.size()) return false;
  size_t off = desired.size() - shape.size();
  for (size_t i = 0; i < shape.size(); ++i)
    if (shape[i] != desired[off + i] && shape[i] != 1) return false;
  return true;
}

// Makes the gradient for an input match the input's shape (with the batch
// dims in front during a batched backward) and dtype.
Tensor validate_grad(const Node& node, size_t i, Tensor g) {
  const InputMeta& m = node.input_meta[i];
  const Shape want = with_batch(m.shape);
  if (g.shape() != want) {
    const int64_t lead = batch_rank();
    Shape rest(g.shape().begin() + std::min<int64_t>(lead, g.dim()),
               static_cast<size_t>(std::max<int64_t>(g.dim() - lead, 0)));
    if (g.dim() < lead || !is_expandable_to(m.shape, rest))
      throw RuntimeError(std::string("Function ") + node.name() +
                         " returned an invalid gradient at index " + std::to_string(i) + " - got " +
                         to_string(g.shape()) + " but expected shape compatible with " +
                         to_string(want));
    g = sum_to(g, m.shape, lead);
  }
  if (g.dtype() != m.dtype) g = g.to(m.dtype);
  return g;
}

void accumulate(Tensor& slot, Tensor&& g) {
  if (!slot.defined())
    slot = std::move(g);
  else
    slot = slot + g;
}

// Per-node state of one backward pass. Most graphs a vjp call meets are
// small, so lookups scan a short list and only a large graph builds a hash
// index; a deque keeps references stable while nodes are added.
class NodeTable {
 public:
  bool count(Node* n) { return lookup(n) != nullptr; }
  NodeState& operator[](Node* n) {
    if (NodeState* s = lookup(n)) return *s;
    entries_.emplace_back(n, NodeState{});
    if (!index_.empty() || entries_.size() > kLinear) {
      if (index_.empty())
        for (size_t i = 0; i < entries_.size(); ++i) index_[entries_[i].first] = i;
      else
        index_[n] = entries_.size() - 1;
    }
    return entries_.back().second;
  }
  NodeState* lookup(Node* n) {
    if (!index_.empty()) {
      auto it = index_.find(n);
      return it == index_.end() ? nullptr : &entries_[it->second].second;
    }
    for (auto& e : entries_)
      if (e.first == n) return &e.second;
    return nullptr;
  }
  auto begin() { return entries_.begin(); }
  auto end() { return entries_.end(); }

 private:
  static constexpr size_t kLinear = 16;
  std::deque<std::pair<Node*, NodeState>> entries_;
  std::unordered_map<Node*, size_t> index_;
};

// A node's backward with its hooks (torch's order): tensor hooks on each
// output's gradient, then the node's pre-hooks, apply, then its post-hooks
// (which see the gradients w.r.t. the inputs and the incoming ones). The
// lists are copied first: a hook may register or remove hooks.
TensorList apply_with_hooks(Node& n, TensorList&& grads) {
  std::vector<TensorHook> tensor_hooks;
  std::vector<std::function<TensorList(const TensorList&)>> pre;
  std::vector<std::function<TensorList(const TensorList&, const TensorList&)>> post;
  {
    std::lock_guard<std::mutex> lock(hook_mutex());
    tensor_hooks = n.tensor_pre_hooks;
    for (auto& h : n.pre_hooks) pre.push_back(h.second);
    for (auto& h : n.post_hooks) post.push_back(h.second);
  }
  run_tensor_hooks(tensor_hooks, grads);
  for (auto& h : pre) {
    TensorList r = h(grads);
    if (r.empty()) continue;
    if (r.size() != grads.size())
      throw RuntimeError("hook returned an incorrect number of values (expected " +
                         std::to_string(grads.size()) + ", got " + std::to_string(r.size()) + ")");
    grads = std::move(r);
  }
  TensorList incoming = post.empty() ? TensorList() : grads;
  try {
    TensorList outs = n.apply(std::move(grads));
    if (is_anomaly_enabled() && is_anomaly_check_nan_enabled()) check_nan_outputs(n, outs);
    for (auto& h : post) {
      TensorList r = h(outs, incoming);
      if (r.empty()) continue;
      if (r.size() != outs.size())
        throw RuntimeError("hook returned an incorrect number of values (expected " +
                           std::to_string(outs.size()) + ", got " + std::to_string(r.size()) + ")");
      outs = std::move(r);
    }
    return outs;
  } catch (...) {
    if (is_anomaly_enabled()) report_anomaly(n);
    throw;
  }
}

thread_local AutogradCounters t_counters;
thread_local int t_uncounted = 0;

}  // namespace

UncountedBackwardPasses::UncountedBackwardPasses() { ++t_uncounted; }
UncountedBackwardPasses::~UncountedBackwardPasses() { --t_uncounted; }

AutogradCounters autograd_counters() { return t_counters; }

// Runs a backward pass from `roots` seeded with `root_grads`. With capture
// edges (autograd.grad), only nodes leading to them run, no leaf .grad is
// touched, and the gradients arriving at the edges are returned.
TensorList run_backward(const TensorList& roots, const TensorList& root_grads, bool keep_graph,
                        bool create_graph, const std::vector<Edge>* capture_edges,
                        const Shape* batch = nullptr) {
  NodeTable state;
  std::vector<Edge> root_edges;
  root_edges.reserve(roots.size());
  for (size_t i = 0; i < roots.size(); ++i) {
    Edge e = gradient_edge(roots[i]);
    if (!e.fn)
      throw RuntimeError("element " + std::to_string(i) +
                         " of tensors does not require grad and does not have a grad_fn");
    root_edges.push_back(std::move(e));
  }

  // Discover the graph; `order` ends in post-order (children before parents).
  std::vector<Node*> order;
  {
    std::vector<std::pair<Node*, size_t>> stack;
    for (const Edge& e : root_edges) {
      if (state.count(e.fn.get())) continue;
      state[e.fn.get()];
      stack.emplace_back(e.fn.get(), 0);
      while (!stack.empty()) {
        auto& [node, next] = stack.back();
        if (next < node->next_edges.size()) {
          Node* child = node->next_edges[next++].fn.get();
          if (child && !state.count(child)) {
            state[child];
            stack.emplace_back(child, 0);
          }
        } else {
          order.push_back(node);
          stack.pop_back();
        }
      }
    }
  }

  if (capture_edges) {
    for (size_t k = 0; k < capture_edges->size(); ++k) {
      const Edge& e = (*capture_edges)[k];
      if (NodeState* st = state.lookup(e.fn.get())) st->captures.emplace_back(e.input_nr, k);
    }
    for (Node* n : order) {  // children first
      NodeState& s = state[n];
      s.exec = false;
      for (const Edge& e : n->next_edges) {
        if (!e.fn) continue;
        const NodeState& c = state[e.fn.get()];
        if (c.exec || !c.captures.empty()) {
          s.exec = true;
          break;
        }
      }
    }
  }
  for (auto& [n, s] : state) s.relevant = s.exec || !s.captures.empty();
  if (batch)
    for (auto& [n, s] : state)
      if (s.exec && !n->batch_safe) throw BatchingUnsupported{};
  if (t_uncounted == 0) {
    ++t_counters.backward_passes;
    if (batch) ++t_counters.batched_backward_passes;
  }
  for (auto& [n, s] : state) {
    if (!s.exec) continue;
    for (const Edge& e : n->next_edges)
      if (e.fn) {
        NodeState& c = state[e.fn.get()];
        if (c.relevant) ++c.deps;
      }
  }

  for (size_t i = 0; i < root_edges.size(); ++i) {
    NodeState& s = state[root_edges[i].fn.get()];
    s.buffer.resize(root_edges[i].fn->num_outputs);
    Tensor g = root_grads[i];
    accumulate(s.buffer[root_edges[i].input_nr], std::move(g));
  }

  std::priority_queue<Node*, std::vector<Node*>, ReadyOrder> ready;
  for (const Edge& e : root_edges) {
    NodeState& s = state[e.fn.get()];
    if (s.deps == 0 && s.relevant) {
      s.deps = -1;  // queued
      ready.push(e.fn.get());
    }
  }

  TensorList captured(capture_edges ? capture_edges->size() : 0);
  GradModeGuard mode(create_graph);
  BatchGuard batch_guard(batch ? *batch : Shape{});
  while (!ready.empty()) {
    Node* n = ready.top();
    ready.pop();
    NodeState& s = state[n];
    TensorList grads = std::move(s.buffer);
    grads.resize(n->num_outputs);
    for (auto [slot, k] : s.captures) captured[k] = grads[slot];
    if (!s.exec) continue;

    bool any = false;
    for (const Tensor& g : grads) any = any || g.defined();
    TensorList outs;
    {
      std::lock_guard<std::mutex> lock(n->mutex);
      if (n->has_hooks.load(std::memory_order_relaxed)) {
        if (any) outs = apply_with_hooks(*n, std::move(grads));
      } else if (!is_anomaly_enabled()) {
        if (any) outs = n->apply(std::move(grads));
      } else {
        try {
          if (any) outs = n->apply(std::move(grads));
          if (is_anomaly_check_nan_enabled()) check_nan_outputs(*n, outs);
        } catch (...) {
          report_anomaly(*n);
          throw;
        }
      }
      if (!keep_graph) n->release_saved();
    }

    for (size_t i = 0; i < n->next_edges.size(); ++i) {
      const Edge& e = n->next_edges[i];
      if (!e.fn) continue;
      NodeState& c = state[e.fn.get()];
      if (!c.relevant) continue;
      if (i < outs.size() && outs[i].defined()) {
        c.buffer.resize(e.fn->num_outputs);
        accumulate(c.buffer[e.input_nr], validate_grad(*n, i, std::move(outs[i])));
      }
      if (--c.deps == 0) {
        c.deps = -1;
        ready.push(e.fn.get());
      }
    }
  }
  return captured;
}

namespace {

TensorList make_root_grads(const TensorList& outputs, const TensorList& grad_outputs) {
  if (!grad_outputs.empty() && grad_outputs.size() != outputs.size())
    throw RuntimeError("got " + std::to_string(outputs.size()) + " tensors and " +
                       std::to_string(grad_outputs.size()) + " gradients");
  TensorList grads(outputs.size());
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    if (!out.defined()) throw RuntimeError("grad: output " + std::to_string(i) + " is undefined");
    if (i < grad_outputs.size() && grad_outputs[i].defined()) {
      const Tensor& g = grad_outputs[i];
      if (g.shape() != out.shape())
        throw RuntimeError("Mismatch in shape: grad_output[" + std::to_string(i) +
                           "] has a shape of " + size_string(g.shape()) + " and output[" +
                           std::to_string(i) + "] has a shape of " + size_string(out.shape()) +
                           ".");
      grads[i] = g;
    } else {
      if (out.requires_grad() && out.numel() != 1)
        throw RuntimeError("grad can be implicitly created only for scalar outputs");
      grads[i] = ones_like(out);
    }
  }
  return grads;
}

}  // namespace

std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs, std::optional<bool> retain_graph,
                         bool create_graph, bool allow_unused, bool is_grads_batched) {
  if (inputs.empty()) throw ValueError("grad requires non-empty inputs.");
  // torch's order: the grad_outputs, then the outputs, then the inputs.
  TensorList root_grads;
  if (!is_grads_batched) root_grads = make_root_grads(outputs, grad_outputs);
  for (size_t i = 0; i < outputs.size(); ++i)
    if (outputs[i].defined() && !outputs[i].requires_grad())
      throw RuntimeError("element " + std::to_string(i) +
                         " of tensors does not require grad and does not have a grad_fn");
  std::vector<Edge> edges;
  edges.reserve(inputs.size());
  for (const Tensor& in : inputs) {
    if (!in.defined() || !in.requires_grad())
      throw RuntimeError("One of the differentiated Tensors does not require grad");
    edges.push_back(gradient_edge(in));
  }
  TensorList result;
  if (is_grads_batched) {
    // Every grad_output carries one leading batch dim: all rows in one pass
    // when every formula on the way is batch-safe, else one pass per row.
    if (grad_outputs.size() != outputs.size())
      throw RuntimeError("grad: is_grads_batched needs one batched grad_output per output");
    int64_t B = -1;
    for (size_t i = 0; i < outputs.size(); ++i) {
      const Tensor& g = grad_outputs[i];
      Shape want = outputs[i].shape();
      if (!g.defined() || g.dim() != outputs[i].dim() + 1 ||
          Shape(g.shape().begin() + 1, g.dim() - 1) != want || (B >= 0 && g.shape()[0] != B))
        throw RuntimeError(
            "If `is_grads_batched=True`, we interpret the first dimension of each grad_output "
            "as the batch dimension. The sizes of the remaining dimensions are expected to "
            "match the shape of corresponding output, but a mismatch was detected: grad_output[" +
            std::to_string(i) + "] has a shape of " + size_string(g.shape()) + " and output[" +
            std::to_string(i) + "] has a shape of " + size_string(want) + ".");
      B = g.shape()[0];
    }
    const bool keep = retain_graph.value_or(create_graph);
    bool done = false;
    if (B > 0) {
      try {
        Shape batch{B};
        result = run_backward(outputs, grad_outputs, keep, create_graph, &edges, &batch);
        done = true;
      } catch (const BatchingUnsupported&) {
      }
    }
    if (!done) {
      std::vector<TensorList> rows(inputs.size());
      for (int64_t b = 0; b < B; ++b) {
        TensorList gb;
        for (const Tensor& g : grad_outputs) gb.push_back(g.select(0, b));
        TensorList r = run_backward(outputs, gb, b + 1 < B || keep, create_graph, &edges);
        for (size_t k = 0; k < r.size(); ++k) rows[k].push_back(r[k]);
      }
      result.assign(inputs.size(), Tensor());
      for (size_t k = 0; k < inputs.size(); ++k) {
        if (B == 0) {  // no rows: an empty batch of gradients
          Shape s{0};
          for (int64_t d : inputs[k].shape()) s.push_back(d);
          result[k] = zeros(s, inputs[k].dtype());
          continue;
        }
        bool any = false;
        for (const Tensor& t : rows[k]) any = any || t.defined();
        if (!any) continue;
        for (Tensor& t : rows[k])
          if (!t.defined()) t = zeros_like(inputs[k]);
        result[k] = stack(rows[k], 0);
      }
    }
  } else {
    result = run_backward(outputs, root_grads, retain_graph.value_or(create_graph), create_graph,
                          &edges);
  }
  for (Tensor& g : result) {
    if (!g.defined()) {
      if (!allow_unused)
        throw RuntimeError(
            "One of the differentiated Tensors appears to not have been used in the graph. Set "
            "allow_unused=True if this is the desired behavior.");
    } else if (!create_graph) {
      // Drop the graph but keep the tangent: forward-over-reverse reads it.
      Tensor d = g.detach();
      set_forward_grad(*d.impl(), forward_grad_of(*g.impl()));
      g = std::move(d);
    }
  }
  return result;
}

int& differentiating_transforms() noexcept {
  thread_local int depth = 0;
  return depth;
}

void backward(const std::vector<Tensor>& tensors, const std::vector<Tensor>& grad_tensors,
              std::optional<bool> retain_graph, bool create_graph,
              const std::vector<Tensor>& inputs) {
  if (differentiating_transforms() > 0)
    throw RuntimeError(
        "backward() called inside a functorch transform. This is not supported, please use "
        "functorch.grad or functorch.vjp instead or call backward() outside of functorch "
        "transforms.");
  TensorList root_grads = make_root_grads(tensors, grad_tensors);
  bool keep = retain_graph.value_or(create_graph);
  if (inputs.empty()) {
    run_backward(tensors, root_grads, keep, create_graph, nullptr);
    return;
  }
  std::vector<Edge> edges;
  for (const Tensor& in : inputs) {
    if (!in.requires_grad())
      throw RuntimeError("One of the differentiated Tensors does not require grad");
    edges.push_back(gradient_edge(in));
  }
  TensorList got = run_backward(tensors, root_grads, keep, create_graph, &edges, nullptr);
  GradModeGuard mode(create_graph);
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!got[i].defined()) continue;
    Tensor g = create_graph ? got[i] : got[i].detach();
    // The leaf's accumulator lock: other threads may be accumulating into it.
    Edge acc = gradient_edge(inputs[i]);
    std::unique_lock<std::mutex> lock;
    if (!inputs[i].grad_fn()) lock = std::unique_lock<std::mutex>(acc.fn->mutex);
    Tensor cur = inputs[i].grad();
    inputs[i].set_grad(cur.defined() ? (create_graph ? cur + g : cur.detach() + g) : g.clone());
  }
}

void Tensor::backward(const Tensor& gradient, std::optional<bool> retain_graph, bool create_graph,
                      const std::vector<Tensor>& inputs) const {
  ct::backward({*this}, gradient.defined() ? TensorList{gradient} : TensorList{}, retain_graph,
               create_graph, inputs);
}

}  // namespace ct
