// Internal: the autograd graph. A Node is the backward of one op call.
// Nodes point only backwards (to the nodes of their inputs), never to their
// outputs, so a graph holds no reference cycles.
#pragma once
#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "autograd/autograd_meta.h"
#include "cotangent/autograd.h"

namespace ct {

class Node;

struct Edge {
  std::shared_ptr<Node> fn;  // null: the input needs no gradient
  uint32_t input_nr = 0;     // which output of `fn` this edge feeds
};

// Shape and dtype of one differentiable input, used to reduce a broadcast
// gradient back to the input's shape and cast it to the input's dtype.
struct InputMeta {
  Shape shape;
  DType dtype = DType::Float32;
};

// A tensor saved for backward, with the version it had when saved. The data
// is kept as an alias without autograd metadata; unpacking re-attaches the
// graph: the node itself for its own outputs (held weakly, else a cycle), the
// producer node for other non-leaves, the very leaf object for leaves.
// A saved tensor in the form a saved_tensors_hooks pack hook gave it.
struct PackedTensor {
  std::any value;
  std::function<Tensor(const std::any&)> unpack;
  Shape shape;
  DType dtype = DType::Float32;
};

struct SavedTensor {
  Tensor data;  // undefined when packed
  std::shared_ptr<PackedTensor> packed;
  std::shared_ptr<Node> grad_fn;
  // The saved tensor object itself (not for outputs): the version error
  // names its grad_fn at the time of the error, as PyTorch does.
  std::weak_ptr<TensorImpl> original;
  std::shared_ptr<TensorImpl> leaf;
  uint32_t output_nr = 0;
  uint32_t version = 0;
  bool is_output = false;
};

using TensorList = std::vector<Tensor>;

// What a node needs to compute its outputs' tangents (forward-mode AD): the
// inputs' tangents at the active dual level and the outputs, captured when
// the op is recorded and consumed by finish_forward() once the op has saved
// its tensors.
struct ForwardState {
  std::vector<Tensor> in_tangents;  // undefined: that input has no tangent
  std::vector<Tensor> outputs;
  // An explicit tangent rule (single output, unbatched levels), set by ops
  // whose transposed formula would cost more than the op itself.
  std::function<Tensor(const std::vector<Tensor>& tangents)> jvp_rule;
  // Restricts BackwardCtx::needs() while the node's formula computes tangents.
  std::vector<char> needs_mask;
};

// Where a node's forward op was called (anomaly mode): raw return addresses,
// or a text from the context hook (Python's traceback).
struct AnomalyTrace {
  std::vector<void*> frames;
  std::string text;
};
// Returns the caller's context as text (empty: use the C++ stack). Set by the
// Python bindings to capture the Python traceback.
using AnomalyContextHook = std::string (*)();
void set_anomaly_context_hook(AnomalyContextHook hook);
std::unique_ptr<AnomalyTrace> capture_anomaly_trace();
std::string describe_anomaly_trace(const AnomalyTrace& trace);
// Routes a warning to the handler of set_warning_handler (or stderr).
void warn(const std::string& message);
// ct::func's differentiating transforms (grad, vjp, ...) running their
// function on this thread: backward() refuses to run inside one, as
// functorch does (it would accumulate into the transform's own leaves).
int& differentiating_transforms() noexcept;

class Node : public std::enable_shared_from_this<Node> {
 public:
  Node();
  virtual ~Node();
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  // grads: one per output of the forward op (undefined where none arrived).
  // Returns one gradient per input edge (undefined for "no gradient").
  virtual TensorList apply(TensorList&& grads) = 0;
  virtual const char* name() const = 0;
  // Drops saved tensors once a backward without retain_graph ran.
  virtual void release_saved() {
    saved_.clear();
    released_ = true;
  }

  std::vector<Edge> next_edges;
  std::vector<InputMeta> input_meta;
  uint64_t sequence_nr;
  uint32_t num_outputs = 1;
  std::vector<InputMeta> output_meta;  // filled for multi-output ops only
  // The formula also works when gradients carry leading batch dims
  // (is_grads_batched): it broadcasts, or shifts its dims by batch_rank().
  bool batch_safe = false;
  // The Jacobian w.r.t. each input is diagonal (up to broadcasting), so the
  // vjp formula applied to a tangent is the jvp: elementwise ops.
  bool elementwise = false;
  // Held while the engine runs apply() and release_saved(): threads whose
  // backward passes share this node take turns, so saved tensors are never
  // read while another thread frees them, and a leaf's accumulator adds one
  // gradient at a time.
  std::mutex mutex;
  // Set while anomaly mode is on: where the forward op was called.
  std::unique_ptr<AnomalyTrace> anomaly_trace;
  // Hooks (guarded by hook_mutex()): on the gradients of outputs (tensor
  // hooks, retain_grad), on all incoming gradients, on the results.
  std::vector<TensorHook> tensor_pre_hooks;
  std::vector<std::pair<uint64_t, std::function<TensorList(const TensorList&)>>> pre_hooks;
  std::vector<std::pair<uint64_t, std::function<TensorList(const TensorList&, const TensorList&)>>>
      post_hooks;
  std::atomic<bool> has_hooks{false};
  // Pending forward-mode work (set while a dual level is active).
  std::unique_ptr<ForwardState> forward;
  // Gives the node an explicit tangent rule (kept only in forward mode).
  template <class J>
  void set_jvp(J&& rule) {
    if (forward) forward->jvp_rule = std::forward<J>(rule);
  }

  void save(const Tensor& t, bool is_output = false);
  // Unpacks saved tensor i, checking it was not released or modified in place.
  Tensor saved(size_t i);
  bool has_saved() const { return !saved_.empty() || released_; }
  size_t saved_count() const { return saved_.size(); }
  const SavedTensor& saved_entry(size_t i) const { return saved_.at(i); }
  // Gives the saved copies of this node's outputs their outputs' tangents.
  void on_output_tangents(const std::vector<Tensor>& outputs);

 protected:
  std::vector<SavedTensor> saved_;
  bool released_ = false;

 private:
  // PyTorch's error when a saved tensor was modified in place since.
  void check_version(const SavedTensor& s) const;
};

// Leading batch dims of the gradients while a batched backward runs
// (empty otherwise), and `shape` with them prepended.
const Shape& grad_batch_shape();
int64_t batch_rank();
Shape with_batch(const Shape& shape);

// The active dual level's id on this thread (0: none, or suspended while a
// node computes its tangents), and a tensor's tangent at that level.
uint64_t active_forward_level();
// True while saved tensors must unpack without their graph (see forward.cpp).
bool forward_saved_detached();
Tensor tangent_at_level(const TensorImpl& t, uint64_t level);
// Sets `t`'s tangent at `level` (undefined tangent: removes it).
void set_tangent(TensorImpl& t, uint64_t level, const Tensor& tangent);

// Suspends (true) or resumes forward mode on this thread; returns the
// previous state.
bool set_forward_suspended(bool suspended);

// Suspends forward mode for its lifetime (work whose tangents are handled
// explicitly).
class ForwardSuspendGuard {
 public:
  ForwardSuspendGuard() : prev_(set_forward_suspended(true)) {}
  ~ForwardSuspendGuard() { set_forward_suspended(prev_); }
  ForwardSuspendGuard(const ForwardSuspendGuard&) = delete;
  ForwardSuspendGuard& operator=(const ForwardSuspendGuard&) = delete;

 private:
  bool prev_;
};

// Grad mode as the user set it: inside an op's InternalGuard, the mode
// outside the outermost guard (a view an op makes internally and returns is
// not "made in no_grad mode").
bool user_grad_mode();
void enter_internal();
void leave_internal();

// For an op's internal steps, whose derivative (and tangent) the op records
// itself afterwards: grad mode off and forward mode suspended.
class InternalGuard {
 public:
  InternalGuard() : prev_(set_forward_suspended(true)) {}
  ~InternalGuard() { set_forward_suspended(prev_); }
  InternalGuard(const InternalGuard&) = delete;
  InternalGuard& operator=(const InternalGuard&) = delete;

 private:
  struct Depth {  // first member: sees the user's grad mode
    Depth() { enter_internal(); }
    ~Depth() { leave_internal(); }
  } depth_;
  NoGradGuard no_grad_;
  bool prev_;
};

// Marks the backward passes forward mode runs internally (to transpose a
// vjp formula) so that ct::autograd_counters() counts only the user's.
class UncountedBackwardPasses {
 public:
  UncountedBackwardPasses();
  ~UncountedBackwardPasses();
  UncountedBackwardPasses(const UncountedBackwardPasses&) = delete;
  UncountedBackwardPasses& operator=(const UncountedBackwardPasses&) = delete;
};

// Computes the tangents of a node's outputs from its inputs' tangents (a
// no-op unless the node captured forward-mode work), after the op saved what
// its derivative needs. Elementwise nodes apply their vjp formula to each
// tangent; every other node transposes its (linear) vjp formula: with u the
// cotangent, J t = d/du <J^T u, t>.
void finish_forward(Node& node);

// The handle record() returns: the node, plus the promise to compute its
// outputs' tangents when the op is done with it (end of the statement or of
// the scope holding the handle).
class Recorded {
 public:
  explicit Recorded(std::shared_ptr<Node> n) : node_(std::move(n)) {}
  Recorded(Recorded&& o) noexcept = default;
  Recorded(const Recorded&) = delete;
  Recorded& operator=(const Recorded&) = delete;
  ~Recorded() noexcept(false) {
    if (node_ && node_->forward && std::uncaught_exceptions() == 0) finish_forward(*node_);
  }
  Node* operator->() const { return node_.get(); }
  Node& operator*() const { return *node_; }
  const std::shared_ptr<Node>& get() const { return node_; }

 private:
  std::shared_ptr<Node> node_;
};

// Records a node whose formula is batch-safe (see Node::batch_safe).
inline Recorded batch_safe(Recorded&& r) {
  r->batch_safe = true;
  return std::move(r);
}
// Records an elementwise node: batch-safe, and its vjp formula is its jvp.
inline Recorded elementwise(Recorded&& r) {
  r->batch_safe = true;
  r->elementwise = true;
  return std::move(r);
}

// Anomaly mode's checks around a node's backward (src/autograd/anomaly.cpp):
// the warning naming the node's forward call, and the NaN check.
void report_anomaly(const Node& node);
void check_nan_outputs(const Node& node, const std::vector<Tensor>& outputs);

// Runs a list of tensor hooks on grads (one slot per output), checking that
// a replacement keeps the shape and dtype (torch's messages).
void run_tensor_hooks(const std::vector<TensorHook>& hooks, TensorList& grads);

// The saved_tensors_hooks active on this thread (innermost last); empty
// while a pack or unpack hook runs.
struct SavedTensorHooksPair {
  std::function<std::any(const Tensor&)> pack;
  std::function<Tensor(const std::any&)> unpack;
};
std::vector<SavedTensorHooksPair>& saved_tensor_hooks_stack();

// release_node (declared in core/tensor_impl.h) frees a chain of nodes
// without recursion; it is defined in node.cpp.

// Gradient edge of a tensor: (grad_fn, output_nr) or the leaf's accumulator.
Edge gradient_edge(const Tensor& t);

// Context passed to a backward formula.
class BackwardCtx {
 public:
  BackwardCtx(Node& node, TensorList& grads) : node_(node), grads_(grads) {}
  // Gradient w.r.t. output i (zeros when it did not arrive).
  const Tensor& grad(size_t i = 0);
  Tensor saved(size_t i) { return node_.saved(i); }
  bool needs(size_t input) const {
    if (node_.forward && !node_.forward->needs_mask.empty())
      return input < node_.forward->needs_mask.size() && node_.forward->needs_mask[input];
    return input < node_.next_edges.size() && node_.next_edges[input].fn != nullptr;
  }
  const Shape& input_shape(size_t i) const { return node_.input_meta[i].shape; }
  DType input_dtype(size_t i) const { return node_.input_meta[i].dtype; }

 private:
  Node& node_;
  TensorList& grads_;
};

// A node whose backward is a formula F(BackwardCtx&) -> TensorList.
template <class F>
class FormulaNode final : public Node {
 public:
  FormulaNode(const char* name, F f) : name_(name), f_(std::move(f)) {}
  TensorList apply(TensorList&& grads) override {
    BackwardCtx ctx(*this, grads);
    return f_(ctx);
  }
  const char* name() const override { return name_; }

 private:
  const char* name_;
  F f_;
};

// Adds a gradient into a leaf's .grad.
class AccumulateGrad final : public Node {
 public:
  explicit AccumulateGrad(std::shared_ptr<TensorImpl> leaf) : leaf_(std::move(leaf)) {}
  TensorList apply(TensorList&& grads) override;
  const char* name() const override { return "AccumulateGrad"; }
  const std::shared_ptr<TensorImpl>& leaf() const { return leaf_; }

 private:
  std::shared_ptr<TensorImpl> leaf_;
};

// ---- recording helpers for op definitions

// True when grad mode is on and one of the tensors requires grad, or a dual
// level is active and one of them has a tangent: the op must record.
bool any_requires_grad(std::initializer_list<const Tensor*> ts);
template <class... T>
bool needs_grad(const T&... ts) {
  return any_requires_grad({&ts...});
}

// Builds the edges and input metadata of `node` from `inputs`, and makes
// `outputs` its outputs (grad_fn + output_nr) when grad mode records; captures
// the inputs' tangents when a dual level is active.
void connect(const std::shared_ptr<Node>& node, std::initializer_list<const Tensor*> inputs,
             std::initializer_list<Tensor*> outputs);
void connect_list(const std::shared_ptr<Node>& node, const std::vector<Tensor>& inputs,
                  std::vector<Tensor*> outputs);

// Records `out = op(inputs...)` with backward formula f, when needed.
// Returns the node (null when nothing was recorded) so the caller can save
// tensors on it.
template <class F>
Recorded record(const char* name, std::initializer_list<const Tensor*> inputs, Tensor& out, F f) {
  auto node = std::make_shared<FormulaNode<F>>(name, std::move(f));
  connect(node, inputs, {&out});
  return Recorded(std::move(node));
}

}  // namespace ct
