// Internal: autograd's state of one tensor, held by the core's TensorImpl
// through its `autograd_meta` slot (PyTorch's AutogradMeta). A tensor that
// never takes part in autograd has none: reads see the defaults below, and
// the first write makes it (ensure_autograd_meta, safe from many threads).
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/tensor_impl.h"

namespace ct {

// A tangent (forward-mode gradient) at one dual level. Immutable once made,
// so saved copies of a tensor can share it.
struct ForwardGrad {
  uint64_t level = 0;
  Tensor tangent;
};

// A hook on the gradient of one output of a node (or of a leaf).
struct TensorHook {
  uint64_t id = 0;
  uint32_t output_nr = 0;
  std::string name;  // for torch's "hook 'name' has changed the size of value"
  std::function<Tensor(const Tensor&)> fn;
};
uint64_t next_hook_id();
// Guards every hook list (registration and the copy taken before running).
std::mutex& hook_mutex();

struct AutogradMeta {
  // A leaf has no grad_fn; `requires_grad` is its flag.
  bool requires_grad = false;
  bool retains_grad = false;
  uint32_t output_nr = 0;
  std::shared_ptr<Node> grad_fn;
  std::weak_ptr<Node> grad_accumulator;  // weak: the accumulator owns the leaf
  Tensor grad;
  std::shared_ptr<const ForwardGrad> forward_grad;  // null: no tangent
  std::vector<TensorHook> leaf_hooks;               // a leaf's hooks (a non-leaf's live on grad_fn)
  std::atomic<bool> has_leaf_hooks{false};          // lets accumulation skip the hook lock
};

// The tensor's state, or null when it has none.
inline AutogradMeta* autograd_meta(const TensorImpl& t) {
  return t.autograd_meta.load(std::memory_order_acquire);
}
// The tensor's state, made on first use.
AutogradMeta& ensure_autograd_meta(TensorImpl& t);

// Releases a node without recursion: a long chain is freed iteratively.
void release_node(std::shared_ptr<Node>&& node);

// Reads with the defaults of a tensor without state.
inline const std::shared_ptr<Node>& grad_fn_of(const TensorImpl& t) {
  static const std::shared_ptr<Node> none;
  const AutogradMeta* m = autograd_meta(t);
  return m ? m->grad_fn : none;
}
inline uint32_t output_nr_of(const TensorImpl& t) {
  const AutogradMeta* m = autograd_meta(t);
  return m ? m->output_nr : 0;
}
inline const std::shared_ptr<const ForwardGrad>& forward_grad_of(const TensorImpl& t) {
  static const std::shared_ptr<const ForwardGrad> none;
  const AutogradMeta* m = autograd_meta(t);
  return m ? m->forward_grad : none;
}
// Gives `t` the tangent `fg` (null: none), making its state only when needed.
inline void set_forward_grad(TensorImpl& t, std::shared_ptr<const ForwardGrad> fg) {
  if (fg)
    ensure_autograd_meta(t).forward_grad = std::move(fg);
  else if (AutogradMeta* m = autograd_meta(t))
    m->forward_grad.reset();
}
// The leaf flag, or a grad_fn: this tensor's own history needs gradients.
inline bool own_requires_grad(const TensorImpl& t) {
  const AutogradMeta* m = autograd_meta(t);
  return m && (m->requires_grad || m->grad_fn != nullptr);
}
// A view whose base requires grad requires grad, even one made in no_grad
// mode (PyTorch's DifferentiableViewMeta::requires_grad).
inline bool requires_grad_of(const TensorImpl& t) {
  return own_requires_grad(t) || (t.view_base && own_requires_grad(*t.view_base));
}
// Drops the tensor's history: its grad_fn (released without recursion),
// its output number and its leaf flag.
inline void clear_history(TensorImpl& t) {
  if (AutogradMeta* m = autograd_meta(t)) {
    release_node(std::move(m->grad_fn));
    m->grad_fn.reset();
    m->output_nr = 0;
    m->requires_grad = false;
  }
}

}  // namespace ct
