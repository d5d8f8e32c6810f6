// Reverse-mode autograd, as torch.autograd: grad(), grad modes.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// torch.autograd.grad. Returns one entry per input; an unused input gives an
// undefined Tensor when allow_unused is true (an error otherwise).
// retain_graph defaults to create_graph, as in PyTorch. With
// is_grads_batched, each grad_output has a leading batch dim and the result
// gets the same leading dim (one vector-Jacobian product per row).
std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs = {},
                         std::optional<bool> retain_graph = std::nullopt, bool create_graph = false,
                         bool allow_unused = false, bool is_grads_batched = false);

// torch.autograd.backward: accumulates into the .grad of leaves.
void backward(const std::vector<Tensor>& tensors, const std::vector<Tensor>& grad_tensors = {},
              std::optional<bool> retain_graph = std::nullopt, bool create_graph = false,
              const std::vector<Tensor>& inputs = {});

// Backward passes the engine ran on this thread since it started, and how
// many of them pushed a whole batch of cotangents through at once
// (is_grads_batched, jacobian(vectorize=true)). They show how a transform
// computed its result: ct::jvp in native forward mode runs none, the double
// backward trick two.
struct AutogradCounters {
  uint64_t backward_passes = 0;
  uint64_t batched_backward_passes = 0;
};
AutogradCounters autograd_counters();

// Grad mode is thread-local, as in PyTorch.
bool is_grad_enabled();
void set_grad_enabled(bool enabled);

class NoGradGuard {
 public:
  NoGradGuard() : prev_(is_grad_enabled()) { set_grad_enabled(false); }
  ~NoGradGuard() { set_grad_enabled(prev_); }
  NoGradGuard(const NoGradGuard&) = delete;
  NoGradGuard& operator=(const NoGradGuard&) = delete;

 private:
  bool prev_;
};

class EnableGradGuard {
 public:
  EnableGradGuard() : prev_(is_grad_enabled()) { set_grad_enabled(true); }
  ~EnableGradGuard() { set_grad_enabled(prev_); }
  EnableGradGuard(const EnableGradGuard&) = delete;
  EnableGradGuard& operator=(const EnableGradGuard&) = delete;

 private:
  bool prev_;
};

// Sets grad mode to `enabled` for its lifetime (torch.set_grad_enabled).
class GradModeGuard {
 public:
  explicit GradModeGuard(bool enabled) : prev_(is_grad_enabled()) { set_grad_enabled(enabled); }
  ~GradModeGuard() { set_grad_enabled(prev_); }
  GradModeGuard(const GradModeGuard&) = delete;
  GradModeGuard& operator=(const GradModeGuard&) = delete;

 private:
  bool prev_;
};

}  // namespace ct
