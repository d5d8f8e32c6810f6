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
};

using TensorFunction = std::function<std::vector<Tensor>(const std::vector<Tensor>&)>;

// Compares the Jacobian computed by backward passes with central finite
// differences, for every input that requires grad (use float64 inputs).
bool gradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
               const GradcheckOptions& options = {});

// gradcheck of the map (inputs, grad_outputs) -> vjp computed with
// create_graph=true, i.e. checks second derivatives. Random grad_outputs are
// drawn when none are given.
bool gradgradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
                   const std::vector<Tensor>& grad_outputs = {},
                   const GradcheckOptions& options = {});

}  // namespace ct
