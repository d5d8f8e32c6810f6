// Finite-difference checks of derivatives, as torch.autograd.gradcheck.
#pragma once
#include <functional>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

struct GradcheckOptions {
  double eps = 1e-6;
  double atol = 1e-5;
  double rtol = 1e-3;
  bool raise_exception = true;  // throw a ct::RuntimeError naming the mismatch
  // torch's fast gradcheck: compare v^T J u for random unit vectors u (per
  // input) and v (per output) instead of the whole Jacobian; atol is scaled
  // by sum(u) * sum(v), as torch scales it.
  bool fast_mode = false;
  // Reverse mode: Jacobians from backward passes vs finite differences.
  bool check_backward_ad = true;
  // Forward mode: Jacobian columns from dual inputs (J e_j, or J u in fast
  // mode) vs finite differences.
  bool check_forward_ad = false;
  // One batched backward (is_grads_batched) over two random cotangents vs a
  // backward per cotangent, for every differentiable output.
  bool check_batched_grad = false;
  // The same for forward mode: one batched dual level vs a level per tangent.
  bool check_batched_forward_grad = false;
};

using TensorFunction = std::function<std::vector<Tensor>(const std::vector<Tensor>&)>;

// Compares the Jacobian computed by backward passes (and, as the options
// ask, by forward mode and batched passes) with central finite differences,
// for every input that requires grad (use float64 inputs). Option
// combinations torch rejects raise ct::AssertionError with torch's text.
bool gradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
               const GradcheckOptions& options = {});

// gradcheck of the map (inputs, grad_outputs) -> vjp computed with
// create_graph=true, i.e. checks second derivatives. Random grad_outputs are
// drawn when none are given. The options apply to that gradcheck: torch's
// check_fwd_over_rev / check_rev_over_rev are check_forward_ad /
// check_backward_ad here.
bool gradgradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
                   const std::vector<Tensor>& grad_outputs = {},
                   const GradcheckOptions& options = {});

}  // namespace ct
