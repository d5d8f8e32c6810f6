// Activation checkpointing, as torch.utils.checkpoint(use_reentrant=False):
// the function runs once with its graph recorded but none of the tensors
// its ops save for backward kept; the first time backward needs one, the
// function runs again (same inputs, same random numbers) to make them.
// Memory for a deep network drops from all activations to the segment
// boundaries, for one extra forward pass.
//
//   auto out = ct::checkpoint([&](const std::vector<ct::Tensor>& in) {
//     return std::vector<ct::Tensor>{block(in[0])};
//   }, {x});
//
// `f` must stay callable until backward, compute the same graph again, and
// its inputs must not be modified in place before backward.
#pragma once
#include <functional>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

using CheckpointFunction = std::function<std::vector<Tensor>(const std::vector<Tensor>&)>;

std::vector<Tensor> checkpoint(CheckpointFunction f, const std::vector<Tensor>& inputs,
                               bool preserve_rng_state = true);

inline Tensor checkpoint(std::function<Tensor(const Tensor&)> f, const Tensor& input,
                         bool preserve_rng_state = true) {
  return checkpoint([f](const std::vector<Tensor>& in) { return std::vector<Tensor>{f(in[0])}; },
                    {input}, preserve_rng_state)[0];
}

// torch.utils.checkpoint.checkpoint_sequential: the functions applied in
// turn, in `segments` chunks; every chunk but the last is checkpointed.
Tensor checkpoint_sequential(const std::vector<std::function<Tensor(const Tensor&)>>& functions,
                             int64_t segments, const Tensor& input, bool preserve_rng_state = true);

}  // namespace ct
