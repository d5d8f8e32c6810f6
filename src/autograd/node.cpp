#include "autograd/node.h"

#include <atomic>
#include <limits>

#include "cotangent/anomaly.h"
#include "cotangent/autograd.h"
#include "cotangent/ops.h"

namespace ct {

namespace {
std::atomic<uint64_t> g_next_sequence_nr{0};
// Nodes waiting to be destroyed by the outermost release_node call on this
// thread. Only touched by the thread that owns it.
thread_local std::vector<std::shared_ptr<Node>>* t_pending = nullptr;
thread_local bool t_grad_enabled = true;
thread_local Shape t_batch_shape;
thread_local int t_internal_depth = 0;
thread_local bool t_user_grad_mode = true;

}  // namespace

bool is_grad_enabled() { return t_grad_enabled; }

bool user_grad_mode() { return t_internal_depth > 0 ? t_user_grad_mode : t_grad_enabled; }
void enter_internal() {
  if (t_internal_depth++ == 0) t_user_grad_mode = t_grad_enabled;
}
void leave_internal() { --t_internal_depth; }

const Shape& grad_batch_shape() { return t_batch_shape; }
int64_t batch_rank() { return static_cast<int64_t>(t_batch_shape.size()); }
Shape with_batch(const Shape& shape) {
  Shape r = t_batch_shape;
  for (int64_t d : shape) r.push_back(d);
  return r;
}
void set_grad_batch_shape(const Shape& s) { t_batch_shape = s; }
void set_grad_enabled(bool enabled) { t_grad_enabled = enabled; }

Node::Node() : sequence_nr(g_next_sequence_nr.fetch_add(1, std::memory_order_relaxed)) {}

Node::~Node() {
  for (auto& e : next_edges) release_node(std::move(e.fn));
}

void release_node(std::shared_ptr<Node>&& node) {
  if (!node) return;
  if (node.use_count() > 1) {
    node.reset();
    return;
  }
  if (t_pending) {
    t_pending->push_back(std::move(node));
    return;
  }
  std::vector<std::shared_ptr<Node>> pending;
  t_pending = &pending;
  pending.push_back(std::move(node));
  while (!pending.empty()) {
    std::shared_ptr<Node> n = std::move(pending.back());
    pending.pop_back();
    n.reset();  // its destructor pushes its children onto `pending`
  }
  t_pending = nullptr;
}

AutogradMeta& ensure_autograd_meta(TensorImpl& t) {
  if (AutogradMeta* m = autograd_meta(t)) return *m;
  // Two threads may race to make it: one wins, the other's is dropped.
  auto made = std::make_unique<AutogradMeta>();
  AutogradMeta* expected = nullptr;
  if (t.autograd_meta.compare_exchange_strong(expected, made.get(), std::memory_order_acq_rel))
    return *made.release();
  return *expected;
}

void destroy_autograd_meta(AutogradMeta* meta) noexcept {
  release_node(std::move(meta->grad_fn));  // a long history is freed without recursion
  delete meta;
}

uint64_t next_hook_id() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}
std::mutex& hook_mutex() {
  static std::mutex m;
  return m;
}

std::vector<SavedTensorHooksPair>& saved_tensor_hooks_stack() {
  thread_local std::vector<SavedTensorHooksPair> stack;
  return stack;
}

namespace {
// Runs a pack or unpack hook with the hooks switched off (a hook that
// computes with tensors must not pack its own saved tensors).
template <class F>
auto without_saved_hooks(F&& f) {
  std::vector<SavedTensorHooksPair> saved;
  saved.swap(saved_tensor_hooks_stack());
  struct Restore {
    std::vector<SavedTensorHooksPair>& saved;
    ~Restore() { saved.swap(saved_tensor_hooks_stack()); }
  } restore{saved};
  return f();
}
}  // namespace

void run_tensor_hooks(const std::vector<TensorHook>& hooks, TensorList& grads) {
  for (const TensorHook& h : hooks) {
    if (h.output_nr >= grads.size() || !grads[h.output_nr].defined()) continue;
    Tensor& g = grads[h.output_nr];
    Tensor r = h.fn(g);
    if (!r.defined()) continue;
    const std::string who = "hook '" + (h.name.empty() ? std::string("hook") : h.name) + "'";
    if (r.shape() != g.shape()) throw RuntimeError(who + " has changed the size of value");
    if (r.dtype() != g.dtype())
      throw RuntimeError(who + " has changed the type of value (was " +
                         legacy_type_name(g.dtype()) + " got " + legacy_type_name(r.dtype()) + ")");
    g = std::move(r);
  }
}

void Node::save(const Tensor& t, bool is_output) {
  SavedTensor s;
  s.version = t._version();
  s.is_output = is_output;
  s.output_nr = t.output_nr();
  if (!saved_tensor_hooks_stack().empty()) {
    const SavedTensorHooksPair hooks = saved_tensor_hooks_stack().back();
    auto p = std::make_shared<PackedTensor>();
    p->value = without_saved_hooks([&] { return hooks.pack(t.detach()); });
    p->unpack = hooks.unpack;
    p->shape = t.shape();
    p->dtype = t.dtype();
    s.packed = std::move(p);
  } else {
    s.data = make_view(t, t.shape(), t.strides(), t.storage_offset());
    set_forward_grad(*s.data.impl(), forward_grad_of(*t.impl()));
  }
  if (!is_output) {
    s.original = t.impl_ptr();
    if (t.grad_fn()) {
      s.grad_fn = t.grad_fn();
    } else if (t.requires_grad()) {
      s.leaf = t.impl_ptr();
    }
  }
  saved_.push_back(std::move(s));
}

Tensor Node::saved(size_t i) {
  if (released_) {
    throw RuntimeError(
        "Trying to backward through the graph a second time (or directly access saved tensors "
        "after they have already been freed). Saved intermediate values of the graph are freed "
        "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
        "backward through the graph a second time or if you need to access saved tensors after "
        "calling backward.");
  }
  const SavedTensor& s = saved_.at(i);
  Tensor data = s.data;
  if (s.packed) {
    // Packed by a saved_tensors_hooks pair: what unpack returns (no version
    // check: the original is not kept).
    data = without_saved_hooks([&] { return s.packed->unpack(s.packed->value); });
    if (!data.defined() || data.shape() != s.packed->shape)
      throw RuntimeError("saved_tensors_hooks: unpack returned a tensor of shape " +
                         (data.defined() ? to_string(data.shape()) : std::string("None")) +
                         " for a saved tensor of shape " + to_string(s.packed->shape));
    data = data.detach();
  } else {
    check_version(s);
  }
  if (forward_saved_detached()) return data;
  if (s.leaf) return Tensor(s.leaf);
  if (!s.is_output && !s.grad_fn) return data;
  // Re-attach the graph so that a create_graph backward differentiates
  // through the saved value.
  Tensor out = make_view(data, data.shape(), data.strides(), data.storage_offset());
  AutogradMeta& m = ensure_autograd_meta(*out.impl());
  m.grad_fn = s.is_output ? shared_from_this() : s.grad_fn;
  m.output_nr = s.output_nr;
  m.forward_grad = forward_grad_of(*data.impl());
  return out;
}

void Node::check_version(const SavedTensor& s) const {
  uint32_t now = s.data._version();
  if (now != s.version) {
    std::string what =
        std::string("[") + legacy_type_name(s.data.dtype()) + " " + to_string(s.data.shape()) + "]";
    std::string origin;
    if (s.is_output) {
      origin = std::string(", which is output 0 of ") + name() + ",";
    } else if (std::shared_ptr<TensorImpl> o = s.original.lock()) {
      refresh_view(*o);
      if (const std::shared_ptr<Node>& fn = grad_fn_of(*o))
        origin =
            ", which is output " + std::to_string(output_nr_of(*o)) + " of " + fn->name() + ",";
    } else if (s.grad_fn) {
      origin =
          ", which is output " + std::to_string(s.output_nr) + " of " + s.grad_fn->name() + ",";
    }
    throw RuntimeError(
        "one of the variables needed for gradient computation has been modified by an inplace "
        "operation: " +
        what + origin + " is at version " + std::to_string(now) + "; expected version " +
        std::to_string(s.version) +
        " instead. Hint: enable anomaly detection to find the operation that failed to compute "
        "its gradient, with torch.autograd.set_detect_anomaly(True).");
  }
}

void Node::on_output_tangents(const std::vector<Tensor>& outputs) {
  for (SavedTensor& s : saved_)
    if (s.is_output && s.data.defined() && s.output_nr < outputs.size() &&
        outputs[s.output_nr].defined())
      set_forward_grad(*s.data.impl(), forward_grad_of(*outputs[s.output_nr].impl()));
}

const Tensor& BackwardCtx::grad(size_t i) {
  Tensor& g = grads_.at(i);
  if (!g.defined()) {
    const InputMeta& m = node_.output_meta.at(i);
    g = zeros(m.shape, m.dtype);
  }
  return g;
}

Edge gradient_edge(const Tensor& t) {
  TensorImpl* impl = t.impl();
  refresh_view(*impl);
  if (const std::shared_ptr<Node>& fn = grad_fn_of(*impl)) return Edge{fn, output_nr_of(*impl)};
  if (!requires_grad_of(*impl)) return Edge{};
  // One accumulator per leaf, even when threads record ops on it at once.
  static std::mutex stripes[64];
  std::lock_guard<std::mutex> lock(stripes[(reinterpret_cast<uintptr_t>(impl) >> 6) % 64]);
  AutogradMeta& m = ensure_autograd_meta(*impl);
  std::shared_ptr<Node> acc = m.grad_accumulator.lock();
  if (!acc) {
    acc = std::make_shared<AccumulateGrad>(t.impl_ptr());
    acc->sequence_nr = std::numeric_limits<uint64_t>::max();
    m.grad_accumulator = acc;
  }
  return Edge{acc, 0};
}

bool any_requires_grad(std::initializer_list<const Tensor*> ts) {
  if (t_grad_enabled)
    for (const Tensor* t : ts)
      if (t->defined() && t->requires_grad()) return true;
  if (uint64_t level = active_forward_level())
    for (const Tensor* t : ts)
      if (t->defined() && tangent_at_level(*t->impl(), level).defined()) return true;
  return false;
}

namespace {
// Whether grad mode records a node for these inputs (a node may also exist
// only to propagate tangents).
template <class It, class Get>
bool records_graph(It begin, It end, Get get) {
  if (!t_grad_enabled) return false;
  for (It it = begin; it != end; ++it)
    if (get(*it).defined() && get(*it).requires_grad()) return true;
  return false;
}

template <class It, class Get>
void capture_forward(Node& node, It begin, It end, Get get, Tensor* const* outs, size_t n) {
  uint64_t level = active_forward_level();
  if (!level) return;
  std::vector<Tensor> tangents;
  bool any = false;
  for (It it = begin; it != end; ++it) {
    const Tensor& in = get(*it);
    tangents.push_back(in.defined() ? tangent_at_level(*in.impl(), level) : Tensor());
    any = any || tangents.back().defined();
  }
  if (!any) return;
  auto st = std::make_unique<ForwardState>();
  st->in_tangents = std::move(tangents);
  for (size_t i = 0; i < n; ++i) st->outputs.push_back(*outs[i]);
  node.forward = std::move(st);
}
}  // namespace

static void connect_one_input(Node& node, const Tensor& in, bool record) {
  if (record && in.defined() && in.requires_grad())
    node.next_edges.push_back(gradient_edge(in));
  else
    node.next_edges.push_back(Edge{});
  if (in.defined())
    node.input_meta.push_back(InputMeta{in.shape(), in.dtype()});
  else
    node.input_meta.push_back(InputMeta{});
}

static void connect_outputs(const std::shared_ptr<Node>& node, Tensor* const* outs, size_t n,
                            bool record) {
  node->num_outputs = static_cast<uint32_t>(n);
  if (record && is_anomaly_enabled()) node->anomaly_trace = capture_anomaly_trace();
  if (n > 1) node->output_meta.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    TensorImpl* o = outs[i]->impl();
    if (record) {
      AutogradMeta& m = ensure_autograd_meta(*o);
      m.grad_fn = node;
      m.output_nr = static_cast<uint32_t>(i);
      m.requires_grad = false;
    }
    if (n > 1) node->output_meta.push_back(InputMeta{o->sizes, o->dtype});
  }
}

// An op's output that is a view of something other than one of the op's
// inputs is a view of the op's own temporary (cumsum's permuted buffer,
// pooling's reshape): to the user it is a fresh tensor, not a view, as in
// torch. Left as a view, a write into it would rebase the temporary's
// (empty) history instead of the op's.
template <class It, class Get>
static void drop_foreign_view_bases(It begin, It end, Get get, Tensor* const* outs, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    TensorImpl* o = outs[i]->impl();
    if (!o->view_base) continue;
    bool of_an_input = false;
    for (It it = begin; it != end && !of_an_input; ++it) {
      const Tensor& in = get(*it);
      if (!in.defined()) continue;
      const TensorImpl* root = in.impl()->view_base ? in.impl()->view_base.get() : in.impl();
      of_an_input = root == o->view_base.get();
    }
    if (!of_an_input) o->view_base.reset();
  }
}

void connect(const std::shared_ptr<Node>& node, std::initializer_list<const Tensor*> inputs,
             std::initializer_list<Tensor*> outputs) {
  auto get = [](const Tensor* t) -> const Tensor& { return *t; };
  drop_foreign_view_bases(inputs.begin(), inputs.end(), get, outputs.begin(), outputs.size());
  bool record = records_graph(inputs.begin(), inputs.end(), get);
  node->next_edges.reserve(inputs.size());
  node->input_meta.reserve(inputs.size());
  for (const Tensor* in : inputs) connect_one_input(*node, *in, record);
  connect_outputs(node, outputs.begin(), outputs.size(), record);
  capture_forward(*node, inputs.begin(), inputs.end(), get, outputs.begin(), outputs.size());
}

void connect_list(const std::shared_ptr<Node>& node, const std::vector<Tensor>& inputs,
                  std::vector<Tensor*> outputs) {
  auto get = [](const Tensor& t) -> const Tensor& { return t; };
  drop_foreign_view_bases(inputs.begin(), inputs.end(), get, outputs.data(), outputs.size());
  bool record = records_graph(inputs.begin(), inputs.end(), get);
  node->next_edges.reserve(inputs.size());
  node->input_meta.reserve(inputs.size());
  for (const Tensor& in : inputs) connect_one_input(*node, in, record);
  connect_outputs(node, outputs.data(), outputs.size(), record);
  capture_forward(*node, inputs.begin(), inputs.end(), get, outputs.data(), outputs.size());
}

TensorList AccumulateGrad::apply(TensorList&& grads) {
  AutogradMeta& leaf = ensure_autograd_meta(*leaf_);
  if (leaf.has_leaf_hooks.load(std::memory_order_acquire)) {
    std::vector<TensorHook> hooks;
    {
      std::lock_guard<std::mutex> lock(hook_mutex());
      hooks = leaf.leaf_hooks;
    }
    run_tensor_hooks(hooks, grads);
  }
  Tensor& g = grads[0];
  if (!g.defined()) return {};
  Tensor& dst = leaf.grad;
  if (is_grad_enabled()) {
    // create_graph: keep the gradient's own graph so it can be differentiated.
    dst = dst.defined() ? dst + g : g;
  } else if (!dst.defined()) {
    bool stealable = g.impl_ptr().use_count() == 1 && g.impl()->storage.use_count() == 1 &&
                     g.is_contiguous() && !g.requires_grad();
    dst = stealable ? g : g.detach().clone();
  } else if (dst.requires_grad()) {
    dst = dst.detach() + g;  // an earlier create_graph grad: don't modify it in place
  } else {
    dst.add_(g);
  }
  return {};
}

}  // namespace ct
