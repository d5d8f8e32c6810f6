// Neural-network functions, as torch.nn.functional. Keyword arguments of
// PyTorch are trailing parameters in PyTorch's order, or an options struct
// that takes designated initializers: ct::nn::functional::cross_entropy(
//     logits, target, {.reduction = "sum", .label_smoothing = 0.1}).
#pragma once
#include <string>
#include <vector>

#include "cotangent/tensor.h"

namespace ct::nn::functional {

// ---- activations
Tensor relu(const Tensor& x);
Tensor sigmoid(const Tensor& x);
Tensor tanh(const Tensor& x);
Tensor logsigmoid(const Tensor& x);
Tensor softplus(const Tensor& x, double beta = 1.0, double threshold = 20.0);
Tensor leaky_relu(const Tensor& x, double negative_slope = 0.01);
Tensor elu(const Tensor& x, double alpha = 1.0);
Tensor selu(const Tensor& x);
// approximate: "none" (exact, with erf) or "tanh".
Tensor gelu(const Tensor& x, const std::string& approximate = "none");
Tensor silu(const Tensor& x);
Tensor hardtanh(const Tensor& x, double min_val = -1.0, double max_val = 1.0);
Tensor softmax(const Tensor& x, int64_t dim);
Tensor log_softmax(const Tensor& x, int64_t dim);

// ---- losses (reduction: "mean", "sum" or "none")
struct NllLossOptions {
  Tensor weight;  // per-class weights, optional
  int64_t ignore_index = -100;
  std::string reduction = "mean";
};
struct CrossEntropyOptions {
  Tensor weight;
  int64_t ignore_index = -100;
  std::string reduction = "mean";
  double label_smoothing = 0.0;
};
// target: class indices (int64) or class probabilities (same shape as input).
Tensor cross_entropy(const Tensor& input, const Tensor& target,
                     const CrossEntropyOptions& options = {});
Tensor nll_loss(const Tensor& input, const Tensor& target, const NllLossOptions& options = {});
Tensor mse_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean");
Tensor l1_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean");
Tensor smooth_l1_loss(const Tensor& input, const Tensor& target,
                      const std::string& reduction = "mean", double beta = 1.0);
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight = {},
                            const std::string& reduction = "mean");
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target,
                                        const Tensor& weight = {},
                                        const std::string& reduction = "mean",
                                        const Tensor& pos_weight = {});

// ---- layers
Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias = {});
Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight = {},
                  const Tensor& bias = {}, double eps = 1e-5);
// Uses the global generator (ct::manual_seed makes it repeatable).
Tensor dropout(const Tensor& input, double p = 0.5, bool training = true);
Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias = {},
              int64_t stride = 1, int64_t padding = 0, int64_t dilation = 1, int64_t groups = 1);
Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias = {},
              const Shape& stride = {1, 1}, const Shape& padding = {0, 0},
              const Shape& dilation = {1, 1}, int64_t groups = 1);
// stride defaults to kernel_size.
Tensor max_pool2d(const Tensor& input, const Shape& kernel_size, const Shape& stride = {},
                  const Shape& padding = {0, 0}, const Shape& dilation = {1, 1},
                  bool ceil_mode = false);
Tensor avg_pool2d(const Tensor& input, const Shape& kernel_size, const Shape& stride = {},
                  const Shape& padding = {0, 0}, bool ceil_mode = false,
                  bool count_include_pad = true);
// im2col / col2im on (N, C, H, W) inputs, as F.unfold / F.fold.
Tensor unfold(const Tensor& input, const Shape& kernel_size, const Shape& dilation = {1, 1},
              const Shape& padding = {0, 0}, const Shape& stride = {1, 1});
Tensor fold(const Tensor& input, const Shape& output_size, const Shape& kernel_size,
            const Shape& dilation = {1, 1}, const Shape& padding = {0, 0},
            const Shape& stride = {1, 1});
// F.pad: pad lists (left, right) pairs from the last dim backwards; negative
// entries crop. mode "constant" (any dims), or "reflect", "replicate",
// "circular" as torch 1.13: 1-D padding (2 entries) of 2-D/3-D input,
// 2-D of 3-D/4-D, 3-D of 4-D/5-D (circular: batched input only).
// Non-constant modes refuse a non-zero value, as torch.
Tensor pad(const Tensor& input, const std::vector<int64_t>& pad,
           const std::string& mode = "constant", double value = 0.0);

}  // namespace ct::nn::functional
