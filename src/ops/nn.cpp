// torch.nn.functional: activations, losses and layers. Where PyTorch has a
// dedicated backward node (SoftmaxBackward0, ConvolutionBackward0, ...) the
// op records one whose formula is written with differentiable ops; other
// functions are composites of ops (and get their nodes' names, as in torch).
#include "cotangent/nn.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <vector>

#include "core/recorder.h"
#include "cotangent/forward_ad.h"
#include "ops/op_rows.h"
#include "ops/ops_common.h"

namespace ct::nn::functional {

namespace {
// vmap rules' helpers (batch in front).

// A loss: its unreduced form on the batch, reduced per example. `same_shape`:
// input and target must match exactly (both get the batch dim).
template <class Unreduced>
detail::TensorVec loss_rule(const detail::BatchedArgs& b, const std::string& reduction,
                            Unreduced unreduced, bool same_shape = false) {
  if (reduction != "none" && reduction != "mean" && reduction != "sum") return by_example();
  detail::TensorVec args = b.aligned();
  if (same_shape) {
    if (b.ranks[0] != b.ranks[1]) return by_example();
    args[0] = b.batched_input(0);
    args[1] = b.batched_input(1);
  }
  Tensor out = unreduced(args);
  if (reduction == "none") return {out};
  int64_t n = 1;
  for (int64_t d = 1; d < out.dim(); ++d) n *= out.size(d);
  Tensor rows = out.reshape({b.size, n});
  return {reduction == "sum" ? ct::sum(rows, Shape{1}, false) : ct::mean(rows, Shape{1}, false)};
}

// nll_loss on a batch of examples: each example's losses picked by a
// gather, weighted, and reduced over that example only (its mean divides
// by its own total weight). A weight per example loops.
detail::TensorVec nll_loss_rule(const detail::BatchedArgs& b, const NllLossOptions& o) {
  if (b.batched[2]) return detail::no_rule();
  const int64_t r = b.ranks[0];  // (C), (N, C) or (N, C, d1, ...)
  if (r < 1 || b.ranks[1] != r - 1 || b.in[1].is_floating_point() || !b.in[0].is_floating_point() ||
      b.size == 0 || (o.reduction != "none" && o.reduction != "sum" && o.reduction != "mean"))
    return by_example();
  Tensor x = b.batched_input(0);
  Tensor t = b.batched_input(1).to(DType::Int64);
  const int64_t class_dim = r == 1 ? 1 : 2;
  // the op's own shape checks (each example raises them in the loop)
  Shape expected = x.shape();
  expected.erase(static_cast<size_t>(class_dim));
  if (t.shape() != expected ||
      (b.in[2].defined() && (b.in[2].dim() != 1 || b.in[2].numel() != x.size(class_dim))))
    return by_example();
  Tensor valid = ct::ne(t, o.ignore_index);
  Tensor safe = ct::where(valid, t, Scalar(0));
  Tensor picked = ct::gather(x, class_dim, safe.unsqueeze(class_dim)).squeeze(class_dim);
  Tensor w = valid.to(x.dtype());
  if (b.in[2].defined())
    w = w * b.in[2].index_select(0, safe.reshape({-1})).reshape(safe.shape()).to(x.dtype());
  Tensor loss = -picked * w;
  if (o.reduction == "none") return {loss};
  Tensor rows = loss.reshape({b.size, -1});
  Tensor total = ct::sum(rows, Shape{1}, false);
  if (o.reduction == "sum") return {total};
  return {total / ct::sum(w.reshape({b.size, -1}), Shape{1}, false)};
}

// A convolution whose weight (or bias) differs per example: the examples
// become groups of one convolution (channels B*C, filters B*O, B*groups
// groups), with the examples' images side by side in the channels.
template <class Conv>
detail::TensorVec conv_batched_weight(const detail::BatchedArgs& b, int64_t unbatched_rank,
                                      Conv conv, int64_t groups) {
  if (b.size == 0 || b.ranks[1] != unbatched_rank + 1 ||
      (b.ranks[0] != unbatched_rank && b.ranks[0] != unbatched_rank + 1))
    return by_example();
  const bool has_n = b.ranks[0] == unbatched_rank + 1;
  Tensor x = b.batched_input(0);
  if (!has_n) x = x.unsqueeze(1);  // (B, N=1, C, ...)
  const int64_t B = b.size, N = x.size(1), C = x.size(2);
  Shape xs{N, B * C};
  for (int64_t d = 3; d < x.dim(); ++d) xs.push_back(x.size(d));
  Tensor w = b.batched_input(1);
  const int64_t O = w.size(1);
  Shape ws{B * O};
  for (int64_t d = 2; d < w.dim(); ++d) ws.push_back(w.size(d));
  Tensor bias = b.in[2].defined() ? b.batched_input(2).reshape({B * O}) : Tensor();
  Tensor out = conv(x.transpose(0, 1).reshape(xs), w.reshape(ws), bias, groups * B);
  Shape os{N, B, O};
  for (int64_t d = 2; d < out.dim(); ++d) os.push_back(out.size(d));
  out = out.reshape(os).transpose(0, 1);
  return {has_n ? out : out.squeeze(1)};
}

// layer_norm with a weight or bias per example: normalised without them,
// then scaled and shifted with the batch lined up.
detail::TensorVec layer_norm_batched_affine(const detail::BatchedArgs& b, const Shape& shape,
                                            double eps) {
  for (size_t i : {1, 2}) {
    if (!b.in[i].defined()) continue;
    Shape example = b.in[i].shape();
    if (b.batched[i]) example.erase(0);
    if (example != shape) return by_example();  // the op's shape error, per example
  }
  Tensor out = functional::layer_norm(b.batched_input(0), shape, Tensor(), Tensor(), eps);
  auto lined_up = [&](size_t i) {
    return b.batched[i] ? unsqueezed_after_batch(b.in[i], b.ranks[0] - b.ranks[i]) : b.in[i];
  };
  if (b.in[1].defined()) out = out * lined_up(1);
  if (b.in[2].defined()) out = out + lined_up(2);
  return {out};
}

// An op on images (or signals) with an optional leading batch dim N:
// `unbatched_rank` is the rank without it. Examples with N fold their
// batch into N; examples without it are a batch of N.
template <class Op>
detail::TensorVec images_rule(const detail::BatchedArgs& b, int64_t unbatched_rank, Op op) {
  const Tensor& x = b.in[0];
  if (b.ranks[0] == unbatched_rank) return op(x);
  if (b.ranks[0] != unbatched_rank + 1 || b.size == 0) return by_example();
  Shape folded{b.size * x.size(1)};
  for (int64_t d = 2; d < x.dim(); ++d) folded.push_back(x.size(d));
  detail::TensorVec out = op(x.reshape(folded));
  for (Tensor& t : out) {  // (max_pool2d's indices fold N and C together)
    Shape unfolded{b.size, t.size(0) / b.size};
    for (int64_t d = 1; d < t.dim(); ++d) unfolded.push_back(t.size(d));
    t = t.reshape(unfolded);
  }
  return out;
}
}  // namespace

namespace {
constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;
constexpr double kSqrt2OverPi = 0.79788456080286535588;

// PyTorch refuses a weight that requires grad rather than dropping its
// gradient silently; so do we.
void non_differentiable(const Tensor& t, const char* fn, const char* arg) {
  if (t.defined() && t.requires_grad() && is_grad_enabled())
    throw RuntimeError(std::string("The function '") + fn +
                       "' is not differentiable with respect to argument '" + arg +
                       "'. This input cannot have requires_grad True.");
}

// PyTorch's float-only kernels refuse integer and bool tensors.
const Tensor& require_float(const Tensor& x, const char* kernel) {
  if (!x.defined())
    throw TypeError(std::string(kernel) + "(): argument 'input' must be Tensor, not None");
  if (!x.is_floating_point())
    throw RuntimeError(std::string("\"") + kernel + "\" not implemented for '" +
                       kind_name(x.dtype()) + "'");
  return x;
}

Tensor reduce(const Tensor& loss, const std::string& reduction) {
  if (reduction == "mean") return loss.mean();
  if (reduction == "sum") return loss.sum();
  if (reduction == "none") return loss;
  throw ValueError(reduction + " is not a valid value for reduction");
}
}  // namespace

Tensor relu(const Tensor& x) { return ct::relu(x); }
Tensor sigmoid(const Tensor& x) { return ct::sigmoid(x); }
Tensor tanh(const Tensor& x) { return ct::tanh(x); }

// ---------------------------------------------------------------- activations

Tensor logsigmoid(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "logsigmoid", (x), functional::logsigmoid(in[0]));
  require_float(x, "log_sigmoid_cpu");
  Tensor out;
  {
    InternalGuard g;
    out = ct::minimum(x, zeros_like(x)) - (-x.abs()).exp().log1p();
  }
  if (needs_grad(x))
    record("LogSigmoidBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * (-c.saved(0)).sigmoid()};
    })->save(x);
  return out;
}

Tensor softplus(const Tensor& x, double beta, double threshold) {
  CT_TRACE_BROADCASTING(Tensor, "softplus", (x), functional::softplus(in[0], beta, threshold));
  require_float(x, "softplus_cpu");
  Tensor out;
  {
    InternalGuard g;
    Tensor bx = x * beta;
    out = where(bx > threshold, x, bx.exp().log1p() / beta);
  }
  if (needs_grad(x))
    record("SoftplusBackward0", {&x}, out, [beta, threshold](BackwardCtx& c) -> TensorList {
      Tensor bx = c.saved(0) * beta;
      return {c.grad() * where(bx > threshold, 1.0, bx.sigmoid())};
    })->save(x);
  return out;
}

Tensor leaky_relu(const Tensor& x, double slope) {
  CT_TRACE_BROADCASTING(Tensor, "leaky_relu", (x), functional::leaky_relu(in[0], slope));
  require_float(x, "leaky_relu_cpu");
  Tensor out;
  {
    InternalGuard g;
    out = where(x > 0, x, x * slope);
  }
  if (needs_grad(x))
    record("LeakyReluBackward0", {&x}, out, [slope](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      return {c.grad() * where(x > 0, ones_like(x), full_like(x, slope))};
    })->save(x);
  return out;
}

namespace {
Tensor elu_impl(const Tensor& x, double alpha, double scale) {
  require_float(x, "elu_cpu");
  Tensor out;
  {
    InternalGuard g;
    out = where(x > 0, x * scale, x.expm1() * (alpha * scale));
  }
  if (needs_grad(x))
    record("EluBackward0", {&x}, out, [alpha, scale](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      // torch's elu_backward: x ≤ 0 takes the exp branch (NaN and +inf do not)
      return {c.grad() * where(x <= 0, x.exp() * (alpha * scale), full_like(x, scale))};
    })->save(x);
  return out;
}
}  // namespace

Tensor elu(const Tensor& x, double alpha) {
  CT_TRACE_BROADCASTING(Tensor, "elu", (x), functional::elu(in[0], alpha));
  return elu_impl(x, alpha, 1.0);
}
Tensor selu(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "selu", (x), functional::selu(in[0]));
  return elu_impl(x, 1.6732632423543772848170429916717, 1.0507009873554804934193349852946);
}

Tensor gelu(const Tensor& x, const std::string& approximate) {
  CT_TRACE_BROADCASTING(Tensor, "gelu", (x), functional::gelu(in[0], approximate));
  require_float(x, "GeluKernelImpl");
  if (approximate != "none" && approximate != "tanh")
    throw RuntimeError("approximate argument must be either none or tanh.");
  const bool tanh_mode = approximate == "tanh";
  Tensor out;
  {
    InternalGuard g;
    if (tanh_mode)
      out = 0.5 * x * (1 + (kSqrt2OverPi * (x + 0.044715 * x.pow(3))).tanh());
    else
      out = 0.5 * x * (1 + (x * kInvSqrt2).erf());
  }
  if (needs_grad(x))
    record("GeluBackward0", {&x}, out, [tanh_mode](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      if (tanh_mode) {
        Tensor t = (kSqrt2OverPi * (x + 0.044715 * x.pow(3))).tanh();
        Tensor d =
            0.5 * (1 + t) + 0.5 * x * (1 - t * t) * kSqrt2OverPi * (1 + 3 * 0.044715 * x * x);
        return {c.grad() * d};
      }
      Tensor cdf = 0.5 * (1 + (x * kInvSqrt2).erf());
      Tensor pdf = kInvSqrt2Pi * (-0.5 * x * x).exp();
      return {c.grad() * (cdf + x * pdf)};
    })->save(x);
  return out;
}

Tensor silu(const Tensor& x) {
  CT_TRACE_BROADCASTING(Tensor, "silu", (x), functional::silu(in[0]));
  require_float(x, "silu_cpu");
  Tensor out;
  {
    InternalGuard g;
    out = x * x.sigmoid();
  }
  if (needs_grad(x))
    record("SiluBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      Tensor s = x.sigmoid();
      return {c.grad() * s * (1 + x * (1 - s))};
    })->save(x);
  return out;
}

Tensor hardtanh(const Tensor& x, double lo, double hi) {
  CT_TRACE_BROADCASTING(Tensor, "hardtanh", (x), functional::hardtanh(in[0], lo, hi));
  if (x.dtype() == DType::Bool) throw RuntimeError("Bool inputs not supported for hardtanh");
  Tensor out;
  {
    InternalGuard g;
    // integers clamp to the bounds truncated to integers, as torch's kernel
    out = x.is_floating_point() ? x.clamp(lo, hi)
                                : x.clamp(std::trunc(lo), std::trunc(hi)).to(x.dtype());
  }
  if (needs_grad(x))
    record("HardtanhBackward0", {&x}, out, [lo, hi](BackwardCtx& c) -> TensorList {
      Tensor x = c.saved(0);
      return {where(logical_or(x <= lo, x >= hi), 0.0, c.grad())};  // NaN passes g
    })->save(x);
  return out;
}

// Fused row kernels for (log_)softmax over a contiguous last dim: one pass
// for the max, one SIMD exp into a scratch row, one to write the result,
// where the composition of ops would make eight passes over the data.
// Returns an undefined tensor when the layout does not fit (the caller then
// composes ops).
namespace {
// Sum of a contiguous row: SIMD for float (in double precision), and four
// independent accumulators for double (a single chain waits on every add).
inline double row_total(const float* row, int64_t n) { return kernels::row_sum(row, n); }
inline double row_total(const double* row, int64_t n) {
  double a[4] = {0, 0, 0, 0};
  int64_t j = 0;
  for (; j + 4 <= n; j += 4)
    for (int k = 0; k < 4; ++k) a[k] += row[j + k];
  for (; j < n; ++j) a[0] += row[j];
  return (a[0] + a[1]) + (a[2] + a[3]);
}

template <class T>
void softmax_rows(const T* x, T* out, int64_t rows, int64_t n, bool log) {
  kernels::parallel_for(
      rows, std::max<int64_t>(1, kernels::kParallelGrain / n), [&](int64_t r0, int64_t r1) {
        std::vector<T> e(static_cast<size_t>(n));
        for (int64_t r = r0; r < r1; ++r) {
          const T* xr = x + r * n;
          T* yr = out + r * n;
          T m = xr[0];
          bool nan = false, done = false;
          if constexpr (std::is_same_v<T, float>) done = kernels::row_extreme(xr, n, true, &m);
          if (!done)
            for (int64_t j = 0; j < n; ++j) {
              m = xr[j] > m ? xr[j] : m;
              nan = nan || xr[j] != xr[j];
            }
          nan = nan || m != m;
          if (nan || std::isinf(m)) {  // torch's kernel: x - max is NaN somewhere in the row
            for (int64_t j = 0; j < n; ++j) yr[j] = std::numeric_limits<T>::quiet_NaN();
            continue;
          }
          for (int64_t j = 0; j < n; ++j) e[j] = xr[j] - m;
          if (!kernels::vec_unary(kernels::VecOp::Exp, e.data(), e.data(), n))
            for (int64_t j = 0; j < n; ++j) e[j] = std::exp(e[j]);
          const double sum = row_total(e.data(), n);
          if (log) {
            const T shift = m + static_cast<T>(std::log(sum));
            for (int64_t j = 0; j < n; ++j) yr[j] = xr[j] - shift;
          } else {
            const T inv = static_cast<T>(1.0 / sum);
            for (int64_t j = 0; j < n; ++j) yr[j] = e[j] * inv;
          }
        }
      });
}

// Whether the fused kernel serves x (float, contiguous, reducing the last
// dim) and every row is finite; `out` receives the result.
bool fused_softmax(const Tensor& x, int64_t dim, bool log, Tensor* out) {
  if (x.dim() == 0 || dim != x.dim() - 1 || !x.is_contiguous() || x.numel() == 0) return false;
  const int64_t n = x.shape()[dim], rows = x.numel() / n;
  Tensor r = make_empty(x.shape(), x.dtype());
  CT_DISPATCH_FLOAT(x.dtype(), [&] {
    const scalar_t* px = static_cast<const scalar_t*>(x.raw_data_ptr());
    scalar_t* pr = static_cast<scalar_t*>(r.raw_data_ptr());
    softmax_rows(px, pr, rows, n, log);
  });
  *out = r;
  return true;
}
// log_softmax's gradient g - exp(y) * sum(g) in one pass per row, for the
// common case of a plain backward (no graph of the backward wanted, no
// tangents to carry for forward-over-reverse), a
// float y over a contiguous last dim and a g of y's shape, read through its
// strides (sum's backward gives an expanded one). Undefined otherwise.
Tensor log_softmax_backward_kernel(const Tensor& g, const Tensor& y, int64_t dim);
Tensor fused_log_softmax_backward(const Tensor& g, const Tensor& y, int64_t dim) {
  if (is_grad_enabled() || ct::forward_ad::is_active() || y.dim() == 0 || dim != y.dim() - 1 ||
      !y.is_contiguous() || g.shape() != y.shape() || g.dtype() != y.dtype() || y.numel() == 0)
    return Tensor();
  return log_softmax_backward_kernel(g, y, dim);
}
// (a primitive: a recording replays the kernel, whatever the grad mode then)
Tensor log_softmax_backward_kernel(const Tensor& g, const Tensor& y, int64_t dim) {
  CT_TRACE(Tensor, "log_softmax_backward", (g, y), log_softmax_backward_kernel(in[0], in[1], dim));
  const int64_t n = y.shape()[dim], rows = y.numel() / n;
  const Shape gsizes = g.shape(), gstrides = g.strides();
  Tensor out = make_empty(y.shape(), y.dtype());
  CT_DISPATCH_FLOAT(y.dtype(), [&] {
    using T = scalar_t;
    const T* pg = static_cast<const T*>(g.raw_data_ptr());
    const int64_t gs = gstrides[dim];
    const T* py = static_cast<const T*>(y.raw_data_ptr());
    T* po = static_cast<T*>(out.raw_data_ptr());
    kernels::parallel_for(rows, std::max<int64_t>(1, kernels::kParallelGrain / n),
                          [&](int64_t r0, int64_t r1) {
                            for (int64_t r = r0; r < r1; ++r) {
                              int64_t offset = 0;  // of g's row r, from its leading indices
                              for (int64_t d = dim - 1, rest = r; d >= 0; --d) {
                                offset += (rest % gsizes[d]) * gstrides[d];
                                rest /= gsizes[d];
                              }
                              const T* gr = pg + offset;
                              T* orow = po + r * n;
                              double sum = 0;
                              if (gs == 0)
                                sum = static_cast<double>(gr[0]) * static_cast<double>(n);
                              else if (gs == 1)
                                sum = row_total(gr, n);
                              else
                                for (int64_t j = 0; j < n; ++j) sum += gr[j * gs];
                              if (!kernels::vec_unary(kernels::VecOp::Exp, py + r * n, orow, n))
                                for (int64_t j = 0; j < n; ++j) orow[j] = std::exp(py[r * n + j]);
                              const T s = static_cast<T>(sum);
                              if (gs == 1)
                                for (int64_t j = 0; j < n; ++j) orow[j] = gr[j] - orow[j] * s;
                              else
                                for (int64_t j = 0; j < n; ++j) orow[j] = gr[j * gs] - orow[j] * s;
                            }
                          });
  });
  return out;
}
}  // namespace

Tensor softmax(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example() : detail::as_list(functional::softmax(b.in[0], b.dim(dim)))),
      Tensor, "softmax", (x), functional::softmax(in[0], dim));
  dim = wrap_dim(dim, x.dim());
  // torch's kernel names: one for the last dim, one for any other
  const Tensor& xf =
      require_float(x, dim == x.dim() - 1 || x.dim() == 0 ? "softmax_lastdim_kernel_impl"
                                                          : "softmax_kernel_impl");
  Tensor out;
  {
    InternalGuard g;
    if (xf.numel() == 0) {
      out = xf.clone();
    } else if (!fused_softmax(xf, dim, false, &out)) {
      Tensor e = (xf - xf.amax({dim}, true)).exp();
      out = e / e.sum({dim}, true);
    }
  }
  if (needs_grad(xf))
    batch_safe(record("SoftmaxBackward0", {&xf}, out, [dim](BackwardCtx& c) -> TensorList {
      Tensor y = c.saved(0);
      const Tensor& g = c.grad();
      // A 0-d input has the constant output 1 (and a batched g has no dim
      // of y's to reduce over).
      if (y.dim() == 0) return {zeros_like(g)};
      return {y * (g - (g * y).sum({dim - y.dim()}, true))};
    }))->save(out, true);
  return out;
}

Tensor log_softmax(const Tensor& x, int64_t dim) {
  CT_TRACE_BATCHED(
      (b.ranks[0] == 0 ? by_example()
                       : detail::as_list(functional::log_softmax(b.in[0], b.dim(dim)))),
      Tensor, "log_softmax", (x), functional::log_softmax(in[0], dim));
  dim = wrap_dim(dim, x.dim());
  const Tensor& xf =
      require_float(x, dim == x.dim() - 1 || x.dim() == 0 ? "log_softmax_lastdim_kernel_impl"
                                                          : "softmax_kernel_impl");
  Tensor out;
  {
    InternalGuard g;
    if (xf.numel() == 0)
      out = xf.clone();
    else if (!fused_softmax(xf, dim, true, &out)) {
      // torch's kernel: shifted by the row's max, so a row whose max is not
      // finite is NaN
      Tensor shifted = xf - xf.amax({dim}, true);
      out = shifted - shifted.exp().sum({dim}, true).log();
    }
  }
  if (needs_grad(xf))
    batch_safe(record("LogSoftmaxBackward0", {&xf}, out, [dim](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      Tensor y = c.saved(0);
      if (y.dim() == 0) return {zeros_like(g)};  // constant output 0
      Tensor fused = fused_log_softmax_backward(g, y, dim);
      if (fused.defined()) return {fused};
      return {g - y.exp() * g.sum({dim - y.dim()}, true)};
    }))->save(out, true);
  return out;
}

// ---------------------------------------------------------------- losses

namespace {
// The gradient of nll_loss with respect to its (batched) input of in_shape,
// with recorded ops only: the picked weights and their sum (intermediates of
// the nll_loss primitive) are computed again from its target and weight.
Tensor nll_loss_backward(const Tensor& grad, const Tensor& target, const Tensor& weight,
                         const Shape& in_shape, int64_t ignore_index, const std::string& reduction,
                         bool unbatched) {
  Tensor tg = unbatched ? target.unsqueeze(0) : target;
  Tensor w = weight.defined() ? weight : ones({in_shape[1]}, grad.dtype());
  Tensor valid = tg != ignore_index;
  Tensor tgt = where(valid, tg, 0);
  Tensor pw = where(valid, w.detach().index_select(0, tgt.reshape({-1})).reshape(tg.shape()), 0.0);
  Tensor g = grad;
  if (reduction == "none") {
    if (unbatched) g = g.unsqueeze(0);
  } else {
    g = g.expand(pw.shape());
    // every target ignored: torch's gradient is zero, not 0/0
    if (reduction == "mean") {
      Tensor den = pw.sum();
      g = where(den == 0.0, 0.0, g / den);
    }
  }
  Tensor per = (-g * pw).unsqueeze(1);
  return scatter(zeros(in_shape, per.dtype()), 1, tgt.unsqueeze(1), per);
}
}  // namespace

Tensor nll_loss(const Tensor& input, const Tensor& target, const NllLossOptions& o) {
  if (detail::Recorder* rec = detail::active_recorder()) {
    NllLossOptions opts = o;  // the weight is an input, not captured
    opts.weight = Tensor();
    const detail::BatchedCall rule = [opts](const detail::BatchedArgs& b) {
      return nll_loss_rule(b, opts);
    };
    return detail::traced_call<Tensor>(
        rec, "nll_loss", {input, target, o.weight},
        [opts](const detail::TensorVec& in) {
          NllLossOptions w = opts;
          w.weight = in[2];
          return functional::nll_loss(in[0], in[1], w);
        },
        nullptr, &rule);
  }
  non_differentiable(o.weight, "nll_loss_forward", "weight");
  const bool unbatched = input.dim() == 1;
  Tensor in = unbatched ? input.unsqueeze(0) : input;
  Tensor tg = unbatched ? target.unsqueeze(0) : target;
  if (in.dim() < 2)
    throw ValueError("Expected 1 or more dimensions (got " + std::to_string(input.dim()) + ")");
  if (tg.shape()[0] != in.shape()[0])
    throw ValueError("Expected input batch_size (" + std::to_string(in.shape()[0]) +
                     ") to match target batch_size (" + std::to_string(tg.shape()[0]) + ").");
  const int64_t C = in.shape()[1];
  if (in.dim() == 2 && tg.dim() > 1)
    throw RuntimeError("0D or 1D target tensor expected, multi-target not supported");
  Shape expect = in.shape();
  expect.erase(1);
  if (tg.shape() != expect)
    throw RuntimeError("Expected target size " + to_string(expect) + ", got " +
                       to_string(tg.shape()));
  // torch checks the shapes, then the dtypes
  if (target.dtype() != DType::Int64)
    throw RuntimeError(std::string("expected scalar type Long but found ") +
                       kind_name(target.dtype()));
  if (!input.is_floating_point())
    throw RuntimeError(std::string("\"") +
                       (input.dim() <= 2 ? "nll_loss_out_frame" : "nll_loss2d_forward_out_frame") +
                       "\" not implemented for '" + kind_name(input.dtype()) + "'");
  Tensor w = o.weight.defined() ? o.weight : ones({C}, in.dtype());
  if (w.numel() != C)
    throw RuntimeError(
        "weight tensor should be defined either for all " + std::to_string(C) +
        " classes or no classes but got weight tensor of shape: " + to_string(w.shape()));
  // per-element weight of the picked class; 0 where the target is ignored
  Tensor valid = tg != o.ignore_index;
  Tensor safe_target = where(valid, tg, 0);
  {
    std::vector<int64_t> t = masked_select(tg, valid).to_vector<int64_t>();
    for (int64_t v : t)
      if (v < 0 || v >= C) throw IndexError("Target " + std::to_string(v) + " is out of bounds.");
  }
  Tensor picked_w =
      where(valid, w.detach().index_select(0, safe_target.reshape({-1})).reshape(tg.shape()), 0.0);
  if (o.reduction != "mean" && o.reduction != "sum" && o.reduction != "none")
    throw ValueError(o.reduction + " is not a valid value for reduction");
  const std::string reduction = o.reduction;
  Tensor out;
  Tensor denom;
  {
    InternalGuard g;
    Tensor picked = gather(in, 1, safe_target.unsqueeze(1)).squeeze(1);
    // an ignored target adds nothing, even where its logits are NaN
    Tensor loss = where(valid, -picked * picked_w, 0.0);
    denom = picked_w.sum();
    if (reduction == "none")
      out = unbatched ? loss.squeeze(0) : loss;
    else if (reduction == "sum")
      out = loss.sum();
    else
      out = loss.sum() / denom;
  }
  if (needs_grad(in)) {
    Shape in_shape = in.shape();
    const int64_t ignore_index = o.ignore_index;
    const bool has_weight = o.weight.defined();
    auto node = record(
        in.dim() > 2 ? "NllLoss2DBackward0" : "NllLossBackward0", {&in}, out,
        [reduction, unbatched, in_shape, ignore_index, has_weight](BackwardCtx& c) -> TensorList {
          return {nll_loss_backward(c.grad(), c.saved(0), has_weight ? c.saved(1) : Tensor(),
                                    in_shape, ignore_index, reduction, unbatched)};
        });
    node->save(target);
    if (has_weight) node->save(o.weight);
  }
  return out;
}

Tensor cross_entropy(const Tensor& input, const Tensor& target, const CrossEntropyOptions& o) {
  non_differentiable(o.weight, "nll_loss_forward", "weight");
  const int64_t class_dim = input.dim() == 1 ? 0 : 1;
  const int64_t C = input.shape()[class_dim];
  Tensor logp = log_softmax(input, class_dim);
  const double eps = o.label_smoothing;
  if (eps < 0 || eps > 1)
    throw RuntimeError("label_smoothing must be between 0.0 and 1.0. Got: " + std::to_string(eps));
  if (target.is_floating_point() && target.shape() == input.shape()) {
    // class probabilities (torch takes this path only when the shapes match)
    Tensor t = eps > 0 ? target * (1 - eps) + eps / static_cast<double>(C) : target;
    Tensor lw = logp * t;
    if (o.weight.defined()) {
      Shape ws(input.dim(), 1);
      ws[class_dim] = C;
      lw = lw * o.weight.reshape(ws);
    }
    Tensor loss = -lw.sum({class_dim});
    if (o.reduction == "mean")
      return input.dim() == 1
                 ? loss
                 : loss.sum() / static_cast<double>(
                                    input.shape()[0] *
                                    (input.numel() / std::max<int64_t>(1, input.shape()[0] * C)));
    return reduce(loss, o.reduction);
  }
  Tensor nll = nll_loss(
      logp, target, {.weight = o.weight, .ignore_index = o.ignore_index, .reduction = o.reduction});
  if (eps <= 0) return nll;
  // PyTorch's label smoothing: (1 - eps) * nll + eps / C * smooth, where
  // smooth is the (weighted) sum of -log p over classes.
  Tensor valid = target != o.ignore_index;
  Tensor lw = logp;
  if (o.weight.defined()) {
    Shape ws(input.dim(), 1);
    ws[class_dim] = C;
    lw = lw * o.weight.reshape(ws);
  }
  Tensor smooth = where(valid, -lw.sum({class_dim}), 0.0);
  Tensor smooth_red;
  if (o.reduction == "none")
    smooth_red = smooth;
  else if (o.reduction == "sum")
    smooth_red = smooth.sum();
  else if (o.weight.defined()) {
    Tensor safe = where(valid, target, 0);
    Tensor tw = where(
        valid, o.weight.detach().index_select(0, safe.reshape({-1})).reshape(target.shape()), 0.0);
    smooth_red = smooth.sum() / tw.sum();
  } else {
    smooth_red = smooth.sum() / valid.sum().to(smooth.dtype());
  }
  return (1 - eps) * nll + smooth_red * (eps / static_cast<double>(C));
}

// input - target in their promoted dtype: torch's loss kernels take a bool
// input against a float target, which the `-` operator refuses, and refuse
// an integer or bool promoted type.
// torch's losses broadcast input and target first, so a 0-dim target
// promotes as a dimensioned one.
Tensor loss_difference(const Tensor& input, const Tensor& target, const char* kernel) {
  const DType t = promote(input.dtype(), target.dtype());
  if (!is_floating_point(t))
    throw RuntimeError(std::string("\"") + kernel + "\" not implemented for '" + kind_name(t) +
                       "'");
  return input.to(t) - target.to(t);
}

Tensor mse_loss(const Tensor& input, const Tensor& target, const std::string& reduction) {
  CT_TRACE_BATCHED(
      (loss_rule(
          b, reduction,
          [](const detail::TensorVec& a) { return functional::mse_loss(a[0], a[1], "none"); })),
      Tensor, "mse_loss", (input, target), functional::mse_loss(in[0], in[1], reduction));
  reduce(zeros({}), reduction);  // validates
  Shape shape = broadcast_shapes(input.shape(), target.shape());
  Tensor out;
  {
    InternalGuard g;
    Tensor d = loss_difference(input, target, "mse_cpu");
    out = reduce(d * d, reduction);
  }
  if (needs_grad(input, target)) {
    auto node = record("MseLossBackward0", {&input, &target}, out,
                       [reduction, shape](BackwardCtx& c) -> TensorList {
                         Tensor d = loss_difference(c.saved(0), c.saved(1), "mse_cpu");
                         Tensor g = reduction == "none" ? c.grad() : c.grad().expand(shape);
                         if (reduction == "mean") g = g / static_cast<double>(shape.numel());
                         Tensor gi = 2 * d * g;
                         return {c.needs(0) ? gi : Tensor(), c.needs(1) ? -gi : Tensor()};
                       });
    node->save(input);
    node->save(target);
  }
  return out;
}

Tensor l1_loss(const Tensor& input, const Tensor& target, const std::string& reduction) {
  Tensor d = input - target;                               // refuses bool, as torch's
  const DType t = promote(input.dtype(), target.dtype());  // as loss_difference
  if (d.dtype() != t) d = input.to(t) - target.to(t);
  return reduce(d.abs(), reduction);
}

Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, const std::string& reduction,
                      double beta) {
  CT_TRACE_BATCHED((loss_rule(b, reduction,
                              [beta](const detail::TensorVec& a) {
                                return functional::smooth_l1_loss(a[0], a[1], "none", beta);
                              })),
                   Tensor, "smooth_l1_loss", (input, target),
                   functional::smooth_l1_loss(in[0], in[1], reduction, beta));
  if (beta < 0) throw RuntimeError("smooth_l1_loss does not support negative values for beta.");
  reduce(zeros({}), reduction);
  Shape shape = broadcast_shapes(input.shape(), target.shape());
  Tensor out;
  {
    InternalGuard g;
    Tensor d = loss_difference(input, target, "smooth_l1_cpu"), a = d.abs();
    out = reduce(where(a < beta, 0.5 * d * d / beta, a - 0.5 * beta), reduction);
  }
  if (needs_grad(input, target)) {
    auto node = record(
        "SmoothL1LossBackward0", {&input, &target}, out,
        [reduction, shape, beta](BackwardCtx& c) -> TensorList {
          Tensor d = loss_difference(c.saved(0), c.saved(1), "smooth_l1_cpu");
          Tensor g = reduction == "none" ? c.grad() : c.grad().expand(shape);
          if (reduction == "mean") g = g / static_cast<double>(shape.numel());
          // torch's kernel: ±1 beyond ±beta, d/beta between, NaN at NaN;
          // the target's runs it on -d (at d = 0 with beta 0 both
          // gradients are -g). Beta 0 reaches the middle only at NaN, which
          // e keeps without a 1/0 in the second derivative.
          auto slope = [beta](const Tensor& e) {
            return where(e <= -beta, -1.0, where(e >= beta, 1.0, beta > 0 ? e / beta : e));
          };
          return {c.needs(0) ? g * slope(d) : Tensor(), c.needs(1) ? g * slope(-d) : Tensor()};
        });
    node->save(input);
    node->save(target);
  }
  return out;
}

Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight,
                            const std::string& reduction) {
  CT_TRACE_BATCHED((loss_rule(
                       b, reduction,
                       [](const detail::TensorVec& a) {
                         return functional::binary_cross_entropy(a[0], a[1], a[2], "none");
                       },
                       true)),
                   Tensor, "binary_cross_entropy", (input, target, weight),
                   functional::binary_cross_entropy(in[0], in[1], in[2], reduction));
  if (input.shape() != target.shape())
    throw ValueError("Using a target size (" + size_string(target.shape()) +
                     ") that is different to the input size (" + size_string(input.shape()) +
                     ") is deprecated. Please ensure they have the same size.");
  non_differentiable(weight, "binary_cross_entropy", "weight");
  reduce(zeros({}), reduction);
  if (target.dtype() != input.dtype())
    throw RuntimeError(std::string("Found dtype ") + kind_name(target.dtype()) + " but expected " +
                       kind_name(input.dtype()));
  require_float(input, "binary_cross_entropy");
  {
    InternalGuard g;
    if (!logical_and(input >= 0.0, input <= 1.0).all().item<bool>())
      throw RuntimeError("all elements of input should be between 0 and 1");
  }
  Tensor out;
  {
    InternalGuard g;
    Tensor l = -(target * clamp_min(input.log(), -100) +
                 (1 - target) * clamp_min((1 - input).log(), -100));
    if (weight.defined()) l = l * weight;
    out = reduce(l, reduction);
  }
  Shape shape = input.shape();
  if (needs_grad(input, target)) {
    const bool has_w = weight.defined();
    auto node = record("BinaryCrossEntropyBackward0", {&input, &target}, out,
                       [reduction, shape, has_w](BackwardCtx& c) -> TensorList {
                         Tensor x = c.saved(0), y = c.saved(1);
                         Tensor g = reduction == "none" ? c.grad() : c.grad().expand(shape);
                         if (reduction == "mean") g = g / static_cast<double>(shape.numel());
                         if (has_w) g = g * c.saved(2);
                         // torch's EPSILON is the float 1e-12 (9.99999996e-13)
                         const double eps = static_cast<double>(1e-12f);
                         Tensor gx =
                             c.needs(0) ? g * (x - y) / clamp_min((1 - x) * x, eps) : Tensor();
                         // torch's binary_cross_entropy_target_backward: -logit(x), unclamped
                         Tensor gy = c.needs(1) ? g * -x.logit() : Tensor();
                         return {gx, gy};
                       });
    node->save(input);
    node->save(target);
    if (has_w) node->save(weight);
  }
  return out;
}

Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target,
                                        const Tensor& weight, const std::string& reduction,
                                        const Tensor& pos_weight) {
  CT_TRACE_BATCHED(
      (loss_rule(
          b, reduction,
          [](const detail::TensorVec& a) {
            return functional::binary_cross_entropy_with_logits(a[0], a[1], a[2], "none", a[3]);
          },
          true)),
      Tensor, "binary_cross_entropy_with_logits", (input, target, weight, pos_weight),
      functional::binary_cross_entropy_with_logits(in[0], in[1], in[2], reduction, in[3]));
  if (input.shape() != target.shape())
    throw ValueError("Target size (" + size_string(target.shape()) +
                     ") must be the same as input size (" + size_string(input.shape()) + ")");
  non_differentiable(weight, "binary_cross_entropy_with_logits", "weight");
  non_differentiable(pos_weight, "binary_cross_entropy_with_logits", "pos_weight");
  reduce(zeros({}), reduction);
  // torch composes the loss with in-place ops on its inputs' dtypes
  if (input.dtype() == DType::Bool)
    throw RuntimeError(
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
        "invert a mask, use the `~` or `logical_not()` operator instead.");
  if (target.dtype() == DType::Bool)
    throw RuntimeError(
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
        "`logical_xor()` operator instead.");
  if (!input.is_floating_point())
    throw RuntimeError(std::string("result type Float can't be cast to the desired output type ") +
                       kind_name(input.dtype()));
  if (!target.is_floating_point())
    throw RuntimeError(std::string("result type ") + kind_name(input.dtype()) +
                       " can't be cast to the desired output type " + kind_name(target.dtype()));
  const bool has_w = weight.defined(), has_pw = pos_weight.defined();
  auto lw_of = [&](const Tensor& y, const Tensor& pw) {
    return has_pw ? 1 + (pw - 1) * y : ones_like(y);
  };
  Tensor out;
  {
    InternalGuard g;
    Tensor softplus_neg = ct::maximum(-input, zeros_like(input)) + (-input.abs()).exp().log1p();
    Tensor l = (1 - target) * input + lw_of(target, pos_weight) * softplus_neg;
    if (has_w) l = l * weight;
    out = reduce(l, reduction);
  }
  Shape shape = input.shape();
  if (needs_grad(input, target)) {
    auto node = record(
        "BinaryCrossEntropyWithLogitsBackward0", {&input, &target}, out,
        [reduction, shape, has_w, has_pw](BackwardCtx& c) -> TensorList {
          Tensor x = c.saved(0), y = c.saved(1);
          Tensor w = has_w ? c.saved(2) : Tensor(), pw = has_pw ? c.saved(has_w ? 3 : 2) : Tensor();
          Tensor g = reduction == "none" ? c.grad() : c.grad().expand(shape);
          if (reduction == "mean") g = g / static_cast<double>(shape.numel());
          if (has_w) g = g * w;
          // torch's formulas term by term (they differ at ±inf)
          Tensor gx, gy;
          if (c.needs(0)) {
            Tensor py = has_pw ? pw * y : Tensor();
            gx = has_pw ? ((py + 1 - y) * x.sigmoid() - py) * g : (x.sigmoid() - y) * g;
          }
          if (c.needs(1)) gy = has_pw ? (logsigmoid(-x) - logsigmoid(x) * pw) * g : -x * g;
          return {gx, gy};
        });
    node->save(input);
    node->save(target);
    if (has_w) node->save(weight);
    if (has_pw) node->save(pos_weight);
  }
  return out;
}

// ---------------------------------------------------------------- layers

Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias) {
  if (input.dim() == 2 && bias.defined()) return addmm(bias, input, weight.t());
  Tensor out = matmul(input, weight.t());
  return bias.defined() ? out + bias : out;
}

Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight,
                  const Tensor& bias, double eps) {
  CT_TRACE_BATCHED(
      (b.ranks[0] < int64_t(normalized_shape.size()) ? by_example()
       : b.batched[1] || b.batched[2] ? layer_norm_batched_affine(b, normalized_shape, eps)
                                      : detail::as_list(functional::layer_norm(
                                            b.in[0], normalized_shape, b.in[1], b.in[2], eps))),
      Tensor, "layer_norm", (input, weight, bias),
      functional::layer_norm(in[0], normalized_shape, in[1], in[2], eps));
  const int64_t k = static_cast<int64_t>(normalized_shape.size());
  if (k == 0)
    throw RuntimeError(
        "Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
        "element, but got normalized_shape = []");
  for (auto [t, what] : {std::pair{&weight, "weight"}, std::pair{&bias, "bias"}})
    if (t->defined() && t->shape() != normalized_shape)
      throw RuntimeError(std::string("Expected ") + what +
                         " to be of same shape as normalized_shape, but got " + what +
                         " of shape " + to_string(t->shape()) +
                         " and normalized_shape = " + to_string(normalized_shape));
  bool ok = k <= input.dim();
  for (int64_t i = 0; ok && i < k; ++i)
    ok = input.shape()[input.dim() - k + i] == normalized_shape[i];
  if (!ok)
    throw RuntimeError("Given normalized_shape=" + to_string(normalized_shape) +
                       ", expected input with shape [*, " + to_string(normalized_shape).substr(1) +
                       ", but got input of size" + to_string(input.shape()));
  require_float(input, "LayerNormKernelImpl");
  for (const Tensor* t : {&weight, &bias})
    if (t->defined() && t->dtype() != input.dtype())
      throw RuntimeError(std::string("expected scalar type ") + kind_name(input.dtype()) +
                         " but found " + kind_name(t->dtype()));
  Shape dims, batch_dims;
  for (int64_t d = input.dim() - k; d < input.dim(); ++d) dims.push_back(d);
  for (int64_t d = 0; d < input.dim() - k; ++d) batch_dims.push_back(d);
  auto normalize = [dims, eps](const Tensor& x) {
    Tensor mu = x.mean(dims, true);
    Tensor xc = x - mu;
    Tensor rstd = ((xc * xc).mean(dims, true) + eps).rsqrt();
    return std::pair{xc * rstd, rstd};
  };
  Tensor out;
  {
    InternalGuard g;
    out = normalize(input).first;
    if (weight.defined()) out = out * weight;
    if (bias.defined()) out = out + bias;
  }
  if (needs_grad(input, weight, bias)) {
    const bool has_w = weight.defined();
    auto node = record(
        "NativeLayerNormBackward0", {&input, &weight, &bias}, out,
        [normalize, dims, batch_dims, has_w](BackwardCtx& c) -> TensorList {
          Tensor x = c.saved(0);
          auto [xhat, rstd] = normalize(x);
          const Tensor& g = c.grad();
          Tensor gxhat = has_w ? g * c.saved(1) : g;
          Tensor gx;
          if (c.needs(0))
            gx = rstd * (gxhat - gxhat.mean(dims, true) - xhat * (gxhat * xhat).mean(dims, true));
          Tensor gw, gb;
          if (c.needs(1)) gw = batch_dims.empty() ? g * xhat : (g * xhat).sum(batch_dims);
          if (c.needs(2)) gb = batch_dims.empty() ? g : g.sum(batch_dims);
          return {gx, gw, gb};
        });
    node->save(input);
    if (has_w) node->save(weight);
  }
  return out;
}

Tensor dropout(const Tensor& input, double p, bool training) {
  if (!(p >= 0 && p <= 1)) {
    std::ostringstream os;
    os << p;
    if (std::isnan(p))
      throw RuntimeError("dropout probability has to be between 0 and 1, but got nan");
    throw ValueError("dropout probability has to be between 0 and 1, but got " + os.str());
  }
  if (!input.defined()) throw TypeError("dropout(): argument 'input' must be Tensor, not None");
  if (training && p > 0 && !input.is_floating_point())  // torch multiplies by a float mask in place
    throw RuntimeError(std::string("result type Float can't be cast to the desired output type ") +
                       kind_name(input.dtype()));
  if (!training || p == 0) return input;
  if (p == 1) return input * zeros_like(input);
  // torch: empty_like(input).bernoulli_(1 - p).div_(1 - p), then input * noise.
  Tensor noise = bernoulli(input.detach(), 1 - p);
  return input * noise.div_(1 - p);
}

// ---------------------------------------------------------------- im2col

namespace {

// floor(a / b) for b > 0 (C++ division truncates toward zero)
int64_t floor_div(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

struct Window {
  int64_t kh, kw, dh, dw, ph, pw, sh, sw;
  int64_t out_h(int64_t h) const { return floor_div(h + 2 * ph - dh * (kh - 1) - 1, sh) + 1; }
  int64_t out_w(int64_t w) const { return floor_div(w + 2 * pw - dw * (kw - 1) - 1, sw) + 1; }
};

// The window of a convolution, a pooling or unfold/fold, checked with the
// texts torch 1.13 gives for each family (its checks live in different
// kernels and say different things).
Window make_window(const Shape& k, const Shape& d, const Shape& p, const Shape& s, const char* op) {
  const std::string name(op);
  const bool conv = name == "conv2d" || name == "conv1d";
  const bool pool = name == "max_pool2d" || name == "avg_pool2d";
  auto two = [&](const Shape& v, const char* what) {
    if (v.size() == 1) return std::pair{v[0], v[0]};
    if (v.size() != 2) {
      if (conv)
        throw RuntimeError(std::string("expected ") + what +
                           " to be a single integer value or a list of 2 values to match the "
                           "convolution dimensions, but got " +
                           what + "=" + to_string(v));
      if (pool)
        throw RuntimeError(name + ": " + what +
                           (std::string(what) == "stride"
                                ? " must either be omitted, a single int, "
                                  "or a tuple of two ints"
                            : std::string(what) == "kernel_size"
                                ? " must either be a single int, or a tuple of two ints"
                                : " must be either a single int, or a tuple of two ints"));
      throw RuntimeError(name + ": " + what + " must have one or two entries");
    }
    return std::pair{v[0], v[1]};
  };
  auto [kh, kw] = two(k, "kernel_size");
  auto [dh, dw] = two(d, "dilation");
  auto [ph, pw] = two(p, "padding");
  auto [sh, sw] = two(s, "stride");
  auto pair_text = [](const char* a, int64_t x, const char* b, int64_t y) {
    return std::string(a) + std::to_string(x) + " " + b + std::to_string(y);
  };
  if (conv) {
    if (ph < 0 || pw < 0) throw RuntimeError("negative padding is not supported");
    if (sh <= 0 || sw <= 0) throw RuntimeError("non-positive stride is not supported");
    if (dh <= 0 || dw <= 0)
      throw RuntimeError("dilation should be greater than zero, but got " +
                         to_string(Shape{dh, dw}));
  } else if (pool) {
    if (sh == 0 || sw == 0) throw RuntimeError("stride should not be zero");
    for (int64_t pad : {ph, pw})
      if (pad < 0)
        throw RuntimeError("pad must be non-negative, but got pad: " + std::to_string(pad));
    if (kh <= 0 || kw <= 0)
      throw RuntimeError("kernel size should be greater than zero, but got " +
                         pair_text("kH: ", kh, "kW: ", kw));
    if (sh <= 0 || sw <= 0)
      throw RuntimeError("stride should be greater than zero, but got " +
                         pair_text("dH: ", sh, "dW: ", sw));
    if (dh <= 0 || dw <= 0)
      throw RuntimeError("dilation should be greater than zero, but got " +
                         pair_text("dilationH: ", dh, "dilationW: ", dw));
  } else {  // unfold / fold (im2col's checks)
    if (kh <= 0 || kw <= 0)
      throw RuntimeError("kernel size should be greater than zero, but got " +
                         pair_text("kernel_height: ", kh, "kernel_width: ", kw));
    if (sh <= 0 || sw <= 0)
      throw RuntimeError("stride should be greater than zero, but got " +
                         pair_text("stride_height: ", sh, "stride_width: ", sw));
    if (dh <= 0 || dw <= 0)
      throw RuntimeError("dilation should be greater than zero, but got " +
                         pair_text("dilation_height: ", dh, "dilation_width: ", dw));
    if (ph < 0 || pw < 0)
      throw RuntimeError("padding should be non-negative, but got " +
                         pair_text("pad_height: ", ph, "pad_width: ", pw));
  }
  const int64_t big = int64_t{1} << 30;  // keeps the window arithmetic far from overflow
  for (int64_t v : {kh, kw, dh, dw, ph, pw, sh, sw})
    if (v > big)
      throw RuntimeError(std::string(op) + ": kernel size, dilation, padding or stride " +
                         std::to_string(v) + " is too large");
  return {kh, kw, dh, dw, ph, pw, sh, sw};
}

// x: (N, C, H, W) -> (N, C*kh*kw, L)
Tensor im2col(const Tensor& x, const Window& w) {
  const int64_t N = x.shape()[0], C = x.shape()[1], H = x.shape()[2], W = x.shape()[3];
  const int64_t oh = w.out_h(H), ow = w.out_w(W);
  if (oh <= 0 || ow <= 0)
    throw RuntimeError("Given input size: (" + std::to_string(C) + "x" + std::to_string(H) + "x" +
                       std::to_string(W) + "). Calculated output size: (" + std::to_string(C) +
                       "x" + std::to_string(oh) + "x" + std::to_string(ow) +
                       "). Output size is too small");
  Tensor src = x.contiguous();
  Tensor out = make_empty({N, C * w.kh * w.kw, oh * ow}, x.dtype());
  CT_DISPATCH_FLOAT(x.dtype(), [&] {
    const scalar_t* p = static_cast<const scalar_t*>(src.raw_data_ptr());
    scalar_t* o = static_cast<scalar_t*>(out.raw_data_ptr());
    for (int64_t n = 0; n < N; ++n)
      for (int64_t c = 0; c < C; ++c)
        for (int64_t ki = 0; ki < w.kh; ++ki)
          for (int64_t kj = 0; kj < w.kw; ++kj) {
            scalar_t* row = o + ((n * C + c) * w.kh * w.kw + ki * w.kw + kj) * oh * ow;
            const scalar_t* plane = p + (n * C + c) * H * W;
            for (int64_t oi = 0; oi < oh; ++oi) {
              const int64_t ii = oi * w.sh - w.ph + ki * w.dh;
              for (int64_t oj = 0; oj < ow; ++oj) {
                const int64_t jj = oj * w.sw - w.pw + kj * w.dw;
                row[oi * ow + oj] =
                    (ii >= 0 && ii < H && jj >= 0 && jj < W) ? plane[ii * W + jj] : scalar_t(0);
              }
            }
          }
  });
  return out;
}

// cols: (N, C*kh*kw, L) -> (N, C, H, W), summing overlaps.
Tensor col2im(const Tensor& cols, int64_t H, int64_t W, const Window& w) {
  const int64_t N = cols.shape()[0], K = w.kh * w.kw;
  if (cols.shape()[1] % K != 0)
    throw RuntimeError(
        "Expected size of input's dimension 1 to be divisible by the product of kernel_size, but "
        "got input.size(1)=" +
        std::to_string(cols.shape()[1]) + " and kernel_size=(" + std::to_string(w.kh) + ", " +
        std::to_string(w.kw) + ").");
  const int64_t C = cols.shape()[1] / K;
  const int64_t oh = w.out_h(H), ow = w.out_w(W);
  if (cols.shape()[2] != oh * ow)
    throw RuntimeError("Given output_size=(" + std::to_string(H) + ", " + std::to_string(W) +
                       "), kernel_size=(" + std::to_string(w.kh) + ", " + std::to_string(w.kw) +
                       "), dilation=(" + std::to_string(w.dh) + ", " + std::to_string(w.dw) +
                       "), padding=(" + std::to_string(w.ph) + ", " + std::to_string(w.pw) +
                       "), stride=(" + std::to_string(w.sh) + ", " + std::to_string(w.sw) +
                       "), expected size of input's dimension 2 to match the calculated number of "
                       "sliding blocks " +
                       std::to_string(oh) + " * " + std::to_string(ow) + " = " +
                       std::to_string(oh * ow) +
                       ", but got input.size(2)=" + std::to_string(cols.shape()[2]) + ".");
  Tensor src = cols.contiguous();
  Tensor out = zeros({N, C, H, W}, cols.dtype());
  CT_DISPATCH_FLOAT(cols.dtype(), [&] {
    const scalar_t* p = static_cast<const scalar_t*>(src.raw_data_ptr());
    scalar_t* o = static_cast<scalar_t*>(out.raw_data_ptr());
    for (int64_t n = 0; n < N; ++n)
      for (int64_t c = 0; c < C; ++c)
        for (int64_t ki = 0; ki < w.kh; ++ki)
          for (int64_t kj = 0; kj < w.kw; ++kj) {
            const scalar_t* row = p + ((n * C + c) * K + ki * w.kw + kj) * oh * ow;
            scalar_t* plane = o + (n * C + c) * H * W;
            for (int64_t oi = 0; oi < oh; ++oi) {
              const int64_t ii = oi * w.sh - w.ph + ki * w.dh;
              if (ii < 0 || ii >= H) continue;
              for (int64_t oj = 0; oj < ow; ++oj) {
                const int64_t jj = oj * w.sw - w.pw + kj * w.dw;
                if (jj >= 0 && jj < W) plane[ii * W + jj] += row[oi * ow + oj];
              }
            }
          }
  });
  return out;
}

Tensor unfold_impl(const Tensor& x, const Window& w);
Tensor fold_impl(const Tensor& cols, int64_t H, int64_t W, const Window& w);

// Both are primitives: each is the other's backward formula, and writes its
// result with a raw kernel.
Tensor unfold_impl(const Tensor& x, const Window& w) {
  CT_TRACE(Tensor, "im2col", (x), unfold_impl(in[0], w));
  Tensor out = im2col(x, w);
  if (needs_grad(x)) {
    const int64_t H = x.shape()[2], W = x.shape()[3];
    record("Im2ColBackward0", {&x}, out,
           [H, W, w](BackwardCtx& c) -> TensorList { return {fold_impl(c.grad(), H, W, w)}; });
  }
  return out;
}

Tensor fold_impl(const Tensor& cols, int64_t H, int64_t W, const Window& w) {
  CT_TRACE(Tensor, "col2im", (cols), fold_impl(in[0], H, W, w));
  Tensor out = col2im(cols, H, W, w);
  if (needs_grad(cols))
    record("Col2ImBackward0", {&cols}, out,
           [w](BackwardCtx& c) -> TensorList { return {unfold_impl(c.grad(), w)}; });
  return out;
}

}  // namespace

Tensor unfold(const Tensor& input, const Shape& k, const Shape& d, const Shape& p, const Shape& s) {
  CT_TRACE_BATCHED((images_rule(b, 3,
                                [=](const Tensor& x) {
                                  return detail::TensorVec{functional::unfold(x, k, d, p, s)};
                                })),
                   Tensor, "unfold", (input), functional::unfold(in[0], k, d, p, s));
  if (input.dim() < 3) input.size(input.dim() < 2 ? 1 : 2);  // torch's IndexError
  if (input.dim() != 4 && input.dim() != 3)
    throw RuntimeError(
        "Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero "
        "dimensions for input, but got: " +
        to_string(input.shape()));
  require_float(input, "im2col_out_cpu");
  Window w = make_window(k, d, p, s, "unfold");
  {
    // torch 1.13's text shows the height twice as the spatial size
    const int64_t H = input.shape()[input.dim() - 2], W = input.shape()[input.dim() - 1];
    const int64_t oh = w.out_h(H), ow = w.out_w(W);
    auto pair = [](int64_t a, int64_t b) {
      return "(" + std::to_string(a) + ", " + std::to_string(b) + ")";
    };
    if (oh < 1 || ow < 1)
      throw RuntimeError("Given input with spatial size " + pair(H, H) +
                         ", kernel_size=" + pair(w.kh, w.kw) + ", dilation=" + pair(w.dh, w.dw) +
                         ", padding=" + pair(w.ph, w.pw) +
                         ", calculated shape of the array of sliding blocks as " + pair(oh, ow) +
                         ", but its components must be at least one.");
  }
  if (input.dim() == 3) return unfold_impl(input.unsqueeze(0), w).squeeze(0);
  return unfold_impl(input, w);
}

Tensor fold(const Tensor& input, const Shape& output_size, const Shape& k, const Shape& d,
            const Shape& p, const Shape& s) {
  CT_TRACE_BATCHED(
      (images_rule(b, 2,
                   [=](const Tensor& x) {
                     return detail::TensorVec{functional::fold(x, output_size, k, d, p, s)};
                   })),
      Tensor, "fold", (input), functional::fold(in[0], output_size, k, d, p, s));
  if (input.dim() != 3 && input.dim() != 2)
    throw RuntimeError(
        "Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero "
        "dimensions for input, but got: " +
        to_string(input.shape()));
  require_float(input, "col2im_out_cpu");
  if (output_size.size() != 2)
    throw RuntimeError("It is expected output_size equals to 2, but got size " +
                       std::to_string(output_size.size()));
  Window w = make_window(k, d, p, s, "fold");
  if (input.dim() == 2)
    return fold_impl(input.unsqueeze(0), output_size[0], output_size[1], w).squeeze(0);
  return fold_impl(input, output_size[0], output_size[1], w);
}

namespace {

enum class PadMode { Reflect, Replicate, Circular };

// "[ torch.FloatTensor{1,0,5} ]", as torch's legacy shape messages print a tensor.
std::string legacy_tensor_string(const Tensor& x) {
  std::string r = std::string("[ torch.") +
                  (x.dtype() == DType::Float32   ? "Float"
                   : x.dtype() == DType::Float64 ? "Double"
                                                 : kind_name(x.dtype())) +
                  "Tensor{";
  for (int64_t d = 0; d < x.dim(); ++d) r += (d ? "," : "") + std::to_string(x.shape()[d]);
  return r + "} ]";
}

// torch 1.13's shape checks of reflection_pad{1,2,3}d / replication_pad{1,2,3}d,
// in its order and with its texts; k is the number of padded dims.
void check_reflect_replicate(const Tensor& x, const std::vector<int64_t>& p, int64_t k,
                             PadMode mode) {
  const int64_t nd = x.dim();
  const bool reflect = mode == PadMode::Reflect;
  const bool batch = nd == k + 2;
  bool valid = true;
  if (reflect && k < 3) {
    // reflection_pad1d/2d: the dims after the first must be non-empty.
    for (int64_t d = 1; d < nd; ++d) valid = valid && x.shape()[d] != 0;
    if (!valid)
      throw RuntimeError(
          std::to_string(k + 1) + "D or " + std::to_string(k + 2) +
          "D (batch mode) tensor expected for input, but got: " + legacy_tensor_string(x));
  } else {
    for (int64_t d = batch ? 1 : 0; d < nd; ++d) valid = valid && x.shape()[d] != 0;
    if (!valid)
      throw RuntimeError("Expected " + std::to_string(k + 1) + "D or " + std::to_string(k + 2) +
                         "D (batch mode) tensor with possibly 0 batch size and other non-zero "
                         "dimensions for input, but got: " +
                         to_string(x.shape()));
  }
  // pads (l, r) of dim nd-1-i are p[2i], p[2i+1]; sizes W, H, D from the end.
  auto size = [&](int64_t i) { return x.shape()[nd - 1 - i]; };
  auto out = [&](int64_t i) { return size(i) + p[2 * i] + p[2 * i + 1]; };
  if (reflect)
    for (int64_t i = 0; i < k; ++i)
      if (!(p[2 * i] < size(i) && p[2 * i + 1] < size(i)))
        throw RuntimeError("Argument #" + std::to_string(4 + 2 * i) +
                           ": Padding size should be less than the corresponding input "
                           "dimension, but got: padding (" +
                           std::to_string(p[2 * i]) + ", " + std::to_string(p[2 * i + 1]) +
                           ") at dimension " + std::to_string(nd - 1 - i) + " of input " +
                           (k == 2 ? std::to_string(nd) : to_string(x.shape())));
  bool any_positive = false;
  for (int64_t i = 0; i < k; ++i) any_positive = any_positive || out(i) >= 1;
  if (!any_positive) {
    auto S = [](int64_t v) { return std::to_string(v); };
    if (k == 1)
      throw RuntimeError(
          reflect
              ? "2input (W: " + S(size(0)) + ")is too small. Calculated output W: " + S(out(0))
              : "input (W: " + S(size(0)) + ") is too small. Calculated output W: " + S(out(0)));
    if (k == 2)
      throw RuntimeError("input (H: " + S(size(1)) + ", W: " + S(size(0)) +
                         (reflect ? ")is" : " ) is") +
                         " too small. Calculated output H: " + S(out(1)) + " W: " + S(out(0)));
    throw RuntimeError("input (D: " + S(size(2)) + " H: " + S(size(1)) + ", W: " + S(size(0)) +
                       ") is too small. Calculated output D: " + S(out(2)) + " H: " + S(out(1)) +
                       " W: " + S(out(0)));
  }
  if (!x.is_floating_point())
    throw RuntimeError(std::string("\"") + (reflect ? "reflection_pad" : "replication_pad") +
                       std::to_string(k) + "d" + (reflect && k < 3 ? "" : "_cpu") +
                       "\" not implemented for '" + kind_name(x.dtype()) + "'");
}

// The source position of every output position along one padded dim.
std::vector<int64_t> pad_index(int64_t size, int64_t l, int64_t r, PadMode mode) {
  std::vector<int64_t> idx(static_cast<size_t>(std::max<int64_t>(size + l + r, 0)));
  for (size_t j = 0; j < idx.size(); ++j) {
    int64_t i = static_cast<int64_t>(j) - l;
    if (mode == PadMode::Reflect) {
      if (i < 0) i = -i;
      if (i >= size) i = 2 * (size - 1) - i;
    } else if (mode == PadMode::Replicate) {
      i = std::clamp<int64_t>(i, 0, size - 1);
    } else {
      i = ((i % size) + size) % size;
    }
    idx[j] = i;
  }
  return idx;
}

// Non-constant padding as one gather per padded dim (an index_select); its
// node (torch's name) scatters the gradient back with index_add, which is
// differentiable, so higher derivatives follow. The node keeps the index
// values, not tensors made here: a recording of its formula makes the index
// tensors again (as constants of the recording).
Tensor gather_pad(const Tensor& input, const std::vector<int64_t>& dims,
                  const std::vector<std::vector<int64_t>>& indices, const char* node) {
  Tensor out = input.detach();
  std::vector<Shape> shapes;
  {
    NoGradGuard g;
    for (size_t i = 0; i < dims.size(); ++i) {
      shapes.push_back(out.shape());
      out = out.index_select(dims[i], from_vector(indices[i]));
    }
    out = out.contiguous();
  }
  if (needs_grad(input))
    record(node, {&input}, out, [dims, indices, shapes](BackwardCtx& c) -> TensorList {
      Tensor g = c.grad();
      for (size_t i = dims.size(); i-- > 0;)
        g = index_add(zeros(shapes[i], g.dtype()), dims[i], from_vector(indices[i]), g);
      return {g};
    });
  return out;
}

Tensor pad_reflect_replicate(const Tensor& input, const std::vector<int64_t>& p, PadMode mode) {
  const int64_t k = static_cast<int64_t>(p.size() / 2), nd = input.dim();
  check_reflect_replicate(input, p, k, mode);
  std::vector<int64_t> dims;
  std::vector<std::vector<int64_t>> indices;
  for (int64_t i = 0; i < k; ++i) {
    dims.push_back(nd - 1 - i);
    indices.push_back(pad_index(input.shape()[nd - 1 - i], p[2 * i], p[2 * i + 1], mode));
  }
  static const char* names[2][3] = {
      {"ReflectionPad1DBackward0", "ReflectionPad2DBackward0", "ReflectionPad3DBackward0"},
      {"ReplicationPad1DBackward0", "ReplicationPad2DBackward0", "ReplicationPad3DBackward0"}};
  return gather_pad(input, dims, indices, names[mode == PadMode::Reflect ? 0 : 1][k - 1]);
}

// torch 1.13's _pad_circular: negative pads crop first, then each dim wraps
// around the cropped tensor.
Tensor pad_circular(const Tensor& input, const std::vector<int64_t>& p) {
  const int64_t nd = input.dim(), k = nd - 2;
  if (static_cast<int64_t>(p.size()) + 4 != nd * 2)
    throw RuntimeError("Invalid padding size, expected " + std::to_string(k * 2) + " but got " +
                       std::to_string(p.size()));
  for (int64_t i = 0; i < k; ++i) {
    const int64_t l = p[2 * (k - i - 1)], r = p[2 * (k - i - 1) + 1], size = input.shape()[2 + i];
    if (!(l <= size && r <= size))
      throw RuntimeError("Padding value causes wrapping around more than once.");
    if (size + l + r < 0)
      throw RuntimeError("Negative padding value is resulting in an empty dimension");
  }
  Tensor cropped = input;
  std::vector<int64_t> dims;
  std::vector<std::vector<int64_t>> indices;
  {
    for (int64_t i = 0; i < k; ++i) {
      const int64_t d = nd - 1 - i, l = p[2 * i], r = p[2 * i + 1];
      const int64_t s0 = std::max<int64_t>(-l, 0), s1 = input.shape()[d] - std::max<int64_t>(-r, 0);
      if (s0 > 0 || s1 < input.shape()[d])
        cropped = cropped.narrow(d, s0, std::max<int64_t>(s1 - s0, 0));
      const int64_t cs = cropped.shape()[d], pl = std::max<int64_t>(l, 0),
                    pr = std::max<int64_t>(r, 0);
      if (cs == 0 && pl + pr > 0)
        throw RuntimeError("pad: circular padding wraps around an empty dimension");
      if (pl + pr > 0) {
        dims.push_back(d);
        indices.push_back(pad_index(cs, pl, pr, PadMode::Circular));
      }
    }
  }
  if (dims.empty()) return cropped.clone();
  return gather_pad(cropped, dims, indices, "CopySlices");
}

}  // namespace

Tensor pad(const Tensor& input, const std::vector<int64_t>& pads, const std::string& mode,
           double value) {
  CT_TRACE_BATCHED(
      (mode == "constant"
           ? (int64_t(pads.size()) > 2 * b.ranks[0]
                  ? by_example()
                  : detail::as_list(functional::pad(b.in[0], pads, mode, value)))
           : images_rule(b, int64_t(pads.size()) / 2 + 1,
                         [=](const Tensor& x) {
                           return detail::TensorVec{functional::pad(x, pads, mode, value)};
                         })),
      Tensor, "pad", (input), functional::pad(in[0], pads, mode, value));
  if (mode != "constant" && mode != "reflect" && mode != "replicate" && mode != "circular")
    throw NotImplementedError("Unrecognised padding mode " + mode);
  if (pads.size() % 2 != 0) throw RuntimeError("Padding length must be divisible by 2");
  if (static_cast<int64_t>(pads.size() / 2) > input.dim())
    throw RuntimeError("Padding length too large");
  if (mode != "constant") {
    if (value != 0)
      throw RuntimeError("Padding mode \"" + mode + "\" doesn't take in value argument");
    const int64_t n = static_cast<int64_t>(pads.size()), d = input.dim();
    if ((n == 2 && (d == 2 || d == 3)) || (n == 4 && (d == 3 || d == 4)) ||
        (n == 6 && (d == 4 || d == 5))) {
      if (mode == "circular") return pad_circular(input, pads);
      return pad_reflect_replicate(input, pads,
                                   mode == "reflect" ? PadMode::Reflect : PadMode::Replicate);
    }
    throw NotImplementedError(
        "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  }
  Shape out_shape = input.shape();
  for (size_t i = 0; i < pads.size() / 2; ++i) {
    int64_t d = input.dim() - 1 - static_cast<int64_t>(i);
    if (std::abs(static_cast<double>(pads[2 * i])) > 1e15 ||
        std::abs(static_cast<double>(pads[2 * i + 1])) > 1e15)
      throw RuntimeError("pad: padding " + std::to_string(pads[2 * i]) + ", " +
                         std::to_string(pads[2 * i + 1]) + " is too large");
    out_shape[d] += pads[2 * i] + pads[2 * i + 1];
    if (out_shape[d] < 0)
      throw RuntimeError("The input size " + std::to_string(input.shape()[d]) +
                         ", plus negative padding " + std::to_string(pads[2 * i]) + " and " +
                         std::to_string(pads[2 * i + 1]) +
                         " resulted in a negative output size, which is invalid. Check dimension " +
                         std::to_string(d) + " of your input.");
  }
  Tensor out = full(out_shape, value, input.dtype());
  {
    Tensor src = input.detach(), dst = out;
    for (size_t i = 0; i < pads.size() / 2; ++i) {
      int64_t d = input.dim() - 1 - static_cast<int64_t>(i);
      int64_t l = pads[2 * i], r = pads[2 * i + 1];
      int64_t s0 = std::max<int64_t>(0, -l), s1 = input.shape()[d] - std::max<int64_t>(0, -r);
      if (s1 <= s0) {
        src = Tensor();
        break;
      }
      src = src.narrow(d, s0, s1 - s0);
      dst = dst.narrow(d, std::max<int64_t>(0, l), s1 - s0);
    }
    if (src.defined()) kernels::copy_into(dst, src);
  }
  if (needs_grad(input)) {
    std::vector<int64_t> neg = pads;
    for (int64_t& v : neg) v = -v;
    record("ConstantPadNdBackward0", {&input}, out,
           [neg](BackwardCtx& c) -> TensorList { return {pad(c.grad(), neg)}; });
  }
  return out;
}

// ---------------------------------------------------------------- convolution

namespace {

// x and weight are 4-d views of the op's own input and weight (input_arg and
// weight_arg), which the node saves: a recording of the backward formula
// must not meet a view made inside the primitive.
Tensor conv_core(const Tensor& x, const Tensor& weight, const Tensor& bias, const Window& w,
                 int64_t groups, bool is_1d, const Tensor& input_arg, const Tensor& weight_arg) {
  const int64_t N = x.shape()[0], C = x.shape()[1], H = x.shape()[2], W = x.shape()[3];
  const int64_t O = weight.shape()[0];
  if (groups <= 0) throw RuntimeError("non-positive groups is not supported");
  // conv1d's messages show its 3-d weight and input
  Shape wshape3 = weight.shape(), xshape3 = x.shape();
  if (is_1d) {
    wshape3.erase(2);
    xshape3.erase(2);
  }
  if (O < groups)
    throw RuntimeError("Given groups=" + std::to_string(groups) +
                       ", expected weight to be at least " + std::to_string(groups) +
                       " at dimension 0, but got weight of size " + to_string(wshape3) +
                       " instead");
  if (C != weight.shape()[1] * groups)
    throw RuntimeError("Given groups=" + std::to_string(groups) + ", weight of size " +
                       to_string(wshape3) + ", expected input" + to_string(xshape3) + " to have " +
                       std::to_string(weight.shape()[1] * groups) + " channels, but got " +
                       std::to_string(C) + " channels instead");
  if (O % groups != 0)
    throw RuntimeError("Given groups=" + std::to_string(groups) +
                       ", expected weight to be divisible by " + std::to_string(groups) +
                       " at dimension 0, but got weight of size " + to_string(weight.shape()) +
                       " instead");
  // torch's order: conv2d checks the bias's dtype, then the kernel refuses
  // bool, then the weight's dtype (conv1d takes any bias dtype)
  if (bias.defined() && bias.dtype() != x.dtype() && !is_1d)
    throw RuntimeError(std::string("Input type (") + c_type_name(x.dtype()) + ") and bias type (" +
                       c_type_name(bias.dtype()) + ") should be the same");
  if (x.dtype() == DType::Bool)
    throw RuntimeError("\"slow_conv2d_cpu\" not implemented for 'Bool'");
  if (x.dtype() != weight.dtype() && !(is_1d && x.dtype() == DType::Float32))
    throw RuntimeError(std::string("expected scalar type ") + kind_name(x.dtype()) + " but found " +
                       kind_name(weight.dtype()));
  if (x.dtype() != weight.dtype()) {  // conv1d's float32 goes through torch's MKLDNN check
    throw RuntimeError("Input type (" + legacy_type_name(x.dtype()) + ") and weight type (" +
                       legacy_type_name(weight.dtype()) +
                       ") should be the same or input should be a MKLDNN tensor and weight is a "
                       "dense tensor");
  }
  if (bias.defined() && (bias.dim() != 1 || bias.shape()[0] != O))
    throw RuntimeError("Given weight of size " + to_string(wshape3) +
                       ", expected bias to be 1-dimensional with " + std::to_string(O) +
                       " elements, but got bias of size " + to_string(bias.shape()) + " instead");
  {
    const int64_t ph = H + 2 * w.ph, pw = W + 2 * w.pw;
    const int64_t kh = (w.kh - 1) * w.dh + 1, kw = (w.kw - 1) * w.dw + 1;
    auto sizes = [is_1d](int64_t a, int64_t b) {
      return "(" + (is_1d ? std::to_string(b) : std::to_string(a) + " x " + std::to_string(b)) +
             ")";
    };
    if (ph < kh || pw < kw)
      throw RuntimeError("Calculated padded input size per channel: " + sizes(ph, pw) +
                         ". Kernel size: " + sizes(kh, kw) +
                         ". Kernel size can't be greater than actual input size");
  }
  const int64_t G = groups, K = (C / G) * w.kh * w.kw;
  const int64_t oh = w.out_h(H), ow = w.out_w(W);
  Tensor out;
  {
    InternalGuard g;
    Tensor cols = im2col(x, w).reshape({N, G, K, oh * ow});
    out = matmul(weight.reshape({G, O / G, K}).unsqueeze(0), cols).reshape({N, O, oh, ow});
    if (bias.defined()) out = out + bias.reshape({1, O, 1, 1});
    out = out.contiguous();
  }
  if (needs_grad(x, weight, bias)) {
    Shape wshape = weight.shape(), xshape = x.shape();
    auto node = record("ConvolutionBackward0", {&x, &weight, &bias}, out,
                       [w, G, K, H, W, wshape, xshape, N, O, oh, ow](BackwardCtx& c) -> TensorList {
                         Tensor xs = c.saved(0), ws = c.saved(1);
                         if (xs.shape() != xshape) xs = xs.reshape(xshape);
                         if (ws.shape() != wshape) ws = ws.reshape(wshape);
                         Tensor gc = c.grad().reshape({N, G, O / G, oh * ow});
                         Tensor gx, gw, gb;
                         if (c.needs(0)) {
                           Tensor gcols = matmul(ws.reshape({G, O / G, K}).mT().unsqueeze(0), gc);
                           gx = fold_impl(gcols.reshape({N, G * K, oh * ow}), H, W, w);
                         }
                         if (c.needs(1)) {
                           Tensor cols = unfold_impl(xs, w).reshape({N, G, K, oh * ow});
                           gw = matmul(gc, cols.mT()).sum({0}).reshape(wshape);
                         }
                         if (c.needs(2)) gb = c.grad().sum({0, 2, 3});
                         return {gx, gw, gb};
                       });
    node->save(input_arg);
    node->save(weight_arg);
  }
  return out;
}

}  // namespace

Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias, const Shape& stride,
              const Shape& padding, const Shape& dilation, int64_t groups) {
  CT_TRACE_BATCHED(
      (b.batched[1] || b.batched[2]
           ? conv_batched_weight(
                 b, 3,
                 [=](const Tensor& x, const Tensor& w, const Tensor& bias, int64_t g) {
                   return functional::conv2d(x, w, bias, stride, padding, dilation, g);
                 },
                 groups)
           : images_rule(b, 3,
                         [=](const Tensor& x) {
                           return detail::TensorVec{functional::conv2d(x, b.in[1], b.in[2], stride,
                                                                       padding, dilation, groups)};
                         })),
      Tensor, "conv2d", (input, weight, bias),
      functional::conv2d(in[0], in[1], in[2], stride, padding, dilation, groups));
  if (weight.dim() != 4) throw RuntimeError("weight should have at least three dimensions");
  if (input.dim() != 4 && input.dim() != 3)
    throw RuntimeError(
        "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: " +
        to_string(input.shape()));
  Window w =
      make_window({weight.shape()[2], weight.shape()[3]}, dilation, padding, stride, "conv2d");
  if (input.dim() == 3)
    return conv_core(input.unsqueeze(0), weight, bias, w, groups, false, input, weight).squeeze(0);
  return conv_core(input, weight, bias, w, groups, false, input, weight);
}

Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias, int64_t stride,
              int64_t padding, int64_t dilation, int64_t groups) {
  CT_TRACE_BATCHED(
      (b.batched[1] || b.batched[2]
           ? conv_batched_weight(
                 b, 2,
                 [=](const Tensor& x, const Tensor& w, const Tensor& bias, int64_t g) {
                   return functional::conv1d(x, w, bias, stride, padding, dilation, g);
                 },
                 groups)
           : images_rule(b, 2,
                         [=](const Tensor& x) {
                           return detail::TensorVec{functional::conv1d(x, b.in[1], b.in[2], stride,
                                                                       padding, dilation, groups)};
                         })),
      Tensor, "conv1d", (input, weight, bias),
      functional::conv1d(in[0], in[1], in[2], stride, padding, dilation, groups));
  if (weight.dim() != 3) throw RuntimeError("weight should have at least three dimensions");
  if (input.dim() != 3 && input.dim() != 2)
    throw RuntimeError(
        "Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: " +
        to_string(input.shape()));
  Window w =
      make_window({1, weight.shape()[2]}, {1, dilation}, {0, padding}, {1, stride}, "conv1d");
  Tensor x = input.dim() == 2 ? input.unsqueeze(0) : input;
  Tensor out = conv_core(x.unsqueeze(2), weight.unsqueeze(2), bias, w, groups, true, input, weight)
                   .squeeze(2);
  return input.dim() == 2 ? out.squeeze(0) : out;
}

// ---------------------------------------------------------------- pooling

namespace {

struct PoolGeometry {
  Window w;
  int64_t extra_h = 0, extra_w = 0;  // right/bottom padding added by ceil_mode
  int64_t oh = 0, ow = 0;
};

PoolGeometry pool_geometry(const Tensor& x, const Shape& k, const Shape& s, const Shape& p,
                           const Shape& d, bool ceil_mode, const char* op) {
  Window w = make_window(k, d, p, s.empty() ? k : s, op);
  // torch 1.13 checks the height, then the width: pad <= kernel_size / 2.
  for (auto [pad, kernel] : {std::pair{w.ph, w.kh}, std::pair{w.pw, w.kw}})
    if (pad > kernel / 2)
      throw RuntimeError("pad should be at most half of kernel size, but got pad=" +
                         std::to_string(pad) + " and kernel_size=" + std::to_string(kernel));
  const int64_t H = x.shape()[x.dim() - 2], W = x.shape()[x.dim() - 1];
  auto out_size = [&](int64_t n, int64_t k, int64_t dd, int64_t pp, int64_t ss) {
    int64_t span = n + 2 * pp - dd * (k - 1) - 1;
    int64_t o = (ceil_mode ? floor_div(span + ss - 1, ss) : floor_div(span, ss)) + 1;
    if (ceil_mode && (o - 1) * ss >= n + pp) --o;
    return o;
  };
  PoolGeometry g;
  g.oh = out_size(H, w.kh, w.dh, w.ph, w.sh);
  g.ow = out_size(W, w.kw, w.dw, w.pw, w.sw);
  if (g.oh <= 0 || g.ow <= 0)
    throw RuntimeError(std::string("Given input size: (") + std::to_string(x.shape()[x.dim() - 3]) +
                       "x" + std::to_string(H) + "x" + std::to_string(W) +
                       "). Calculated output size: (" + std::to_string(x.shape()[x.dim() - 3]) +
                       "x" + std::to_string(g.oh) + "x" + std::to_string(g.ow) +
                       "). Output size is too small");
  if ((H + 2 * w.ph < w.dh * (w.kh - 1) + 1) || (W + 2 * w.pw < w.dw * (w.kw - 1) + 1))
    throw RuntimeError(std::string("Given input size: (") + std::to_string(x.shape()[x.dim() - 3]) +
                       "x" + std::to_string(H) + "x" + std::to_string(W) +
                       "). Calculated output size: (" + std::to_string(x.shape()[x.dim() - 3]) +
                       "x" + std::to_string(g.oh) + "x" + std::to_string(g.ow) +
                       "). Output size is too small");
  g.extra_h = std::max<int64_t>(0, (g.oh - 1) * w.sh + w.dh * (w.kh - 1) + 1 - (H + 2 * w.ph));
  g.extra_w = std::max<int64_t>(0, (g.ow - 1) * w.sw + w.dw * (w.kw - 1) + 1 - (W + 2 * w.pw));
  g.w = w;
  return g;
}

// (N, C, H, W) -> padded planes (N*C, 1, H', W') and the window without padding.
Tensor padded_planes(const Tensor& x, const PoolGeometry& g, double value) {
  const int64_t H = x.shape()[2], W = x.shape()[3];
  Tensor planes = x.reshape({x.shape()[0] * x.shape()[1], 1, H, W});
  return pad(planes, {g.w.pw, g.w.pw + g.extra_w, g.w.ph, g.w.ph + g.extra_h}, "constant", value);
}

Window unpadded(Window w) {
  w.ph = w.pw = 0;
  return w;
}

// avg_pool2d's divisor per window, (L): the elements inside the input (and,
// with count_include_pad, the explicit padding), never the ceil_mode
// overhang. A primitive of the shapes alone, which the backward formula makes
// again rather than save.
Tensor avg_pool2d_divisor(int64_t H, int64_t W, const PoolGeometry& g, bool count_include_pad,
                          DType dtype) {
  CT_TRACE(Tensor, "avg_pool2d_divisor", (), avg_pool2d_divisor(H, W, g, count_include_pad, dtype));
  InternalGuard ng;
  Tensor ones_plane = ones({1, 1, H, W}, dtype);
  Tensor counted = count_include_pad
                       ? pad(pad(ones_plane, {g.w.pw, g.w.pw, g.w.ph, g.w.ph}, "constant", 1.0),
                             {0, g.extra_w, 0, g.extra_h})
                       : padded_planes(ones_plane, g, 0.0);
  return im2col(counted, unpadded(g.w)).sum({1}).reshape({g.oh * g.ow});
}

}  // namespace

namespace {
// max_pool2d of a 4-d input and the index of each maximum in its window.
// The primitive returns both: its backward formula saves the indices, which
// a recording of the formula must meet as a recorded value (torch's
// max_pool2d_with_indices).
detail::TensorPair max_pool2d_with_indices(const Tensor& input, const Shape& kernel_size,
                                           const Shape& stride, const Shape& padding,
                                           const Shape& dilation, bool ceil_mode) {
  CT_TRACE_BATCHED(
      (images_rule(b, 3,
                   [=](const Tensor& x) {
                     return detail::as_list(max_pool2d_with_indices(x, kernel_size, stride, padding,
                                                                    dilation, ceil_mode));
                   })),
      detail::TensorPair, "max_pool2d", (input),
      max_pool2d_with_indices(in[0], kernel_size, stride, padding, dilation, ceil_mode));
  PoolGeometry g =
      pool_geometry(input, kernel_size, stride, padding, dilation, ceil_mode, "max_pool2d");
  const int64_t N = input.shape()[0], C = input.shape()[1], H = input.shape()[2],
                W = input.shape()[3];
  const int64_t K = g.w.kh * g.w.kw, L = g.oh * g.ow;
  Tensor out, idx;
  {
    InternalGuard ng;
    Tensor planes = padded_planes(input.detach(), g, -INFINITY);
    Tensor cols = im2col(planes, unpadded(g.w));  // (N*C, K, L)
    auto [v, i] = cols.max(1);
    out = v.reshape({N, C, g.oh, g.ow}).contiguous();
    idx = i;
    // torch's kernel takes every NaN it meets, so a window's last NaN wins
    // (max takes the first)
    if (isnan(v).any().item<bool>()) {
      Tensor nans = isnan(cols);
      Tensor last_nan = (K - 1) - nans.flip({1}).to(DType::Int64).argmax(1);
      idx = where(any(nans, 1), last_nan, i);
    }
  }
  if (needs_grad(input)) {
    PoolGeometry geo = g;
    record("MaxPool2DWithIndicesBackward0", {&input}, out,
           [geo, N, C, H, W, K, L](BackwardCtx& c) -> TensorList {
             Tensor i = c.saved(0);
             Tensor gcols = scatter(zeros({N * C, K, L}, c.grad().dtype()), 1, i.unsqueeze(1),
                                    c.grad().reshape({N * C, 1, L}));
             const int64_t Hp = H + 2 * geo.w.ph + geo.extra_h, Wp = W + 2 * geo.w.pw + geo.extra_w;
             Tensor planes = fold_impl(gcols, Hp, Wp, unpadded(geo.w));
             return {planes.narrow(2, geo.w.ph, H).narrow(3, geo.w.pw, W).reshape({N, C, H, W})};
           })
        ->save(idx);
  }
  return {out, idx};
}
}  // namespace

Tensor max_pool2d(const Tensor& input, const Shape& kernel_size, const Shape& stride,
                  const Shape& padding, const Shape& dilation, bool ceil_mode) {
  if (input.dim() != 4 && input.dim() != 3)
    throw RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input");
  require_float(input, "max_pool2d");
  if (input.dim() == 3)
    return max_pool2d(input.unsqueeze(0), kernel_size, stride, padding, dilation, ceil_mode)
        .squeeze(0);
  return std::get<0>(
      max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode));
}

Tensor avg_pool2d(const Tensor& input, const Shape& kernel_size, const Shape& stride,
                  const Shape& padding, bool ceil_mode, bool count_include_pad) {
  CT_TRACE_BATCHED(
      (images_rule(b, 3,
                   [=](const Tensor& x) {
                     return detail::TensorVec{functional::avg_pool2d(
                         x, kernel_size, stride, padding, ceil_mode, count_include_pad)};
                   })),
      Tensor, "avg_pool2d", (input),
      functional::avg_pool2d(in[0], kernel_size, stride, padding, ceil_mode, count_include_pad));
  input.size(-3);  // torch's IndexError for fewer than 3 dims
  if (input.dim() != 4 && input.dim() != 3)
    throw RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input");
  if (input.dtype() == DType::Bool) throw RuntimeError("\"avg_pool2d\" not implemented for 'Bool'");
  if (!input.is_floating_point()) {
    // torch averages integers in integer arithmetic: the quotient truncated
    InternalGuard ng;
    return avg_pool2d(input.to(DType::Float64), kernel_size, stride, padding, ceil_mode,
                      count_include_pad)
        .trunc()
        .to(input.dtype());
  }
  if (input.dim() == 3)
    return avg_pool2d(input.unsqueeze(0), kernel_size, stride, padding, ceil_mode,
                      count_include_pad)
        .squeeze(0);
  PoolGeometry g =
      pool_geometry(input, kernel_size, stride, padding, {1, 1}, ceil_mode, "avg_pool2d");
  const int64_t N = input.shape()[0], C = input.shape()[1], H = input.shape()[2],
                W = input.shape()[3];
  const int64_t L = g.oh * g.ow;
  Tensor divisor = avg_pool2d_divisor(H, W, g, count_include_pad, input.dtype());
  Tensor out;
  {
    InternalGuard ng;
    Tensor cols = im2col(padded_planes(input.detach(), g, 0.0), unpadded(g.w));
    out = (cols.sum({1}) / divisor).reshape({N, C, g.oh, g.ow}).contiguous();
  }
  if (needs_grad(input)) {
    PoolGeometry geo = g;
    const int64_t K = g.w.kh * g.w.kw;
    record("AvgPool2DBackward0", {&input}, out,
           [geo, N, C, H, W, K, L, count_include_pad](BackwardCtx& c) -> TensorList {
             Tensor divisor = avg_pool2d_divisor(H, W, geo, count_include_pad, c.grad().dtype());
             Tensor per = (c.grad().reshape({N * C, 1, L}) / divisor).expand({N * C, K, L});
             const int64_t Hp = H + 2 * geo.w.ph + geo.extra_h, Wp = W + 2 * geo.w.pw + geo.extra_w;
             Tensor planes = fold_impl(per, Hp, Wp, unpadded(geo.w));
             return {planes.narrow(2, geo.w.ph, H).narrow(3, geo.w.pw, W).reshape({N, C, H, W})};
           });
  }
  return out;
}

}  // namespace ct::nn::functional

namespace ct::detail {

namespace {
// torch.nn.functional's argument conventions, for the signatures below.
Tensor maybe_inplace(const OpArgs& a, size_t inplace, const Tensor& out) {
  if (!a.flag(inplace)) return out;
  Tensor self = a.tensor(0);
  self.copy_(out);
  return self;
}

// The reduction that size_average / reduce (deprecated) ask for.
std::string legacy_reduction(const OpArgs& a, size_t size_average, size_t reduce,
                             size_t reduction) {
  if (a.none(size_average) && a.none(reduce)) return a.str(reduction);
  if (!a.none(reduce) && !a.flag(reduce)) return "none";
  return a.none(size_average) || a.flag(size_average) ? "mean" : "sum";
}

int64_t softmax_dim(const OpArgs& a) {
  if (!a.none(1)) return a.integer(1);
  const int64_t ndim = a.tensor(0).dim();
  return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
}

// An int or a list of one or n ints, as n ints.
Shape two(const Shape& s) {
  if (s.size() == 1) return Shape{s[0], s[0]};
  return s;
}
int64_t single(const Shape& s) {
  if (s.size() != 1) throw RuntimeError("expected a single value, got " + std::to_string(s.size()));
  return s[0];
}

Shape conv_padding(const OpArgs& a, size_t i) {
  if (std::holds_alternative<std::string>(a[i]))
    throw NotImplementedError("cotangent: string padding is not supported");
  if (const int64_t* n = std::get_if<int64_t>(&a[i])) return Shape(*n);
  return a.ints(i);
}

// stride=None (or an empty list) means the kernel size.
Shape pool_stride(const OpArgs& a, size_t i) {
  if (a.none(i) || a.ints(i).empty()) return Shape{};
  return two(a.ints(i));
}
}  // namespace

void add_nn_ops(std::vector<OpInfo>& t) {
  namespace F = ct::nn::functional;
  const auto O = OpKind::Other;
  const auto R = Domain::Real;
  auto m34 = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  auto pair = [](DType dt) { return matrix_pair_samples(dt, Domain::Real); };
  add_general(
      t, "logsigmoid", "torch.nn.functional.logsigmoid", "LogSigmoidBackward0", "g·sigmoid(-x)", O,
      R, false, 1, [](const TL& in) { return TL{F::logsigmoid(in[0])}; }, m34, nullptr);
  add_general(
      t, "softplus", "torch.nn.functional.softplus", "SoftplusBackward0",
      "g·sigmoid(beta·x) (1 above threshold)", O, R, false, 1,
      [](const TL& in) { return TL{F::softplus(in[0], 2.0, 3.0)}; }, m34,
      "m.nn.functional.softplus(x[0], beta=2.0, threshold=3.0)");
  add_general(
      t, "leaky_relu", "torch.nn.functional.leaky_relu", "LeakyReluBackward0",
      "g·(x > 0 ? 1 : slope)", O, R, false, 1,
      [](const TL& in) { return TL{F::leaky_relu(in[0], 0.2)}; }, m34,
      "m.nn.functional.leaky_relu(x[0], 0.2)");
  add_general(
      t, "elu", "torch.nn.functional.elu", "EluBackward0", "g·(x > 0 ? 1 : alpha·eˣ)", O, R, false,
      1, [](const TL& in) { return TL{F::elu(in[0], 1.5)}; }, m34,
      "m.nn.functional.elu(x[0], 1.5)");
  add_general(
      t, "selu", "torch.nn.functional.selu", "EluBackward0", "scale·elu'", O, R, false, 1,
      [](const TL& in) { return TL{F::selu(in[0])}; }, m34, nullptr);
  add_general(
      t, "gelu", "torch.nn.functional.gelu", "GeluBackward0", "g·(Φ(x) + x·φ(x)) / tanh form", O, R,
      false, 1, [](const TL& in) { return TL{F::gelu(in[0], "tanh")}; }, m34,
      "m.nn.functional.gelu(x[0], approximate='tanh')");
  add_general(
      t, "silu", "torch.nn.functional.silu", "SiluBackward0", "g·s(1 + x(1-s))", O, R, false, 1,
      [](const TL& in) { return TL{F::silu(in[0])}; }, m34, nullptr);
  add_general(
      t, "hardtanh", "torch.nn.functional.hardtanh", "HardtanhBackward0", "g·(min < x < max)", O, R,
      false, 1, [](const TL& in) { return TL{F::hardtanh(in[0], -0.55, 1.45)}; }, m34,
      "m.nn.functional.hardtanh(x[0], -0.55, 1.45)");
  add_general(
      t, "softmax", "torch.nn.functional.softmax", "SoftmaxBackward0", "y·(g - Σ g·y)", O, R, true,
      1, [](const TL& in) { return TL{F::softmax(in[0], 1)}; }, m34,
      "m.nn.functional.softmax(x[0], dim=1)");
  add_general(
      t, "log_softmax", "torch.nn.functional.log_softmax", "LogSoftmaxBackward0", "g - eʸ·Σ g", O,
      R, true, 1, [](const TL& in) { return TL{F::log_softmax(in[0], 0)}; }, m34,
      "m.nn.functional.log_softmax(x[0], dim=0)");
  add_general(
      t, "cross_entropy", "torch.nn.functional.cross_entropy", "NllLossBackward0",
      "composite of log_softmax and nll_loss", O, R, false, 2,
      [](const TL& in) { return TL{F::cross_entropy(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 5}, Domain::Real, dt, 131), ct::tensor({1, 0, 4})},
                       {sample_tensor({5, 3}, Domain::Real, dt, 132).t(), ct::tensor({2, 2, 3})}};
      },
      nullptr);
  add_general(
      t, "nll_loss", "torch.nn.functional.nll_loss", "NllLossBackward0",
      "-w·g scattered at the targets", O, R, false, 2,
      [](const TL& in) {
        F::NllLossOptions options;
        options.reduction = "sum";
        return TL{F::nll_loss(in[0], in[1], options)};
      },
      [](DType dt) {
        return Samples{{sample_tensor({3, 5}, Domain::Real, dt, 133), ct::tensor({1, 0, 4})},
                       {sample_tensor({5}, Domain::Real, dt, 134), ct::squeeze(ct::tensor({3}))}};
      },
      "m.nn.functional.nll_loss(x[0], x[1], reduction='sum')");
  add_general(
      t, "nll_loss.2d", "torch.nn.functional.nll_loss", "NllLoss2DBackward0",
      "-w·g scattered at the targets (K-dim inputs)", O, R, false, 2,
      [](const TL& in) { return TL{F::nll_loss(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 160),
                        ct::tensor({{0, 1, 2, 1}, {2, 2, 0, 1}})}};
      },
      nullptr);
  add_general(
      t, "mse_loss", "torch.nn.functional.mse_loss", "MseLossBackward0", "2(x-y)·g", O, R, false, 2,
      [](const TL& in) { return TL{F::mse_loss(in[0], in[1])}; }, pair, nullptr);
  add_general(
      t, "l1_loss", "torch.nn.functional.l1_loss", "MeanBackward0", "g·sign(x-y) (composite)", O, R,
      false, 2, [](const TL& in) { return TL{F::l1_loss(in[0], in[1])}; }, pair, nullptr);
  add_general(
      t, "smooth_l1_loss", "torch.nn.functional.smooth_l1_loss", "SmoothL1LossBackward0",
      "g·clamp((x-y)/beta, -1, 1)", O, R, false, 2,
      [](const TL& in) { return TL{F::smooth_l1_loss(in[0], in[1], "sum", 0.5)}; }, pair,
      "m.nn.functional.smooth_l1_loss(x[0], x[1], reduction='sum', beta=0.5)");
  add_general(
      t, "binary_cross_entropy", "torch.nn.functional.binary_cross_entropy",
      "BinaryCrossEntropyBackward0", "g·w(x-y)/(x(1-x))", O, Domain::Probability, false, 2,
      [](const TL& in) { return TL{F::binary_cross_entropy(in[0], in[1])}; },
      [](DType dt) {  // in (0, 0.7), so the batching test's x + 0.25 stays below 1
        Samples s = matrix_pair_samples(dt, Domain::Probability);
        for (auto& sample : s)
          for (Tensor& x : sample) x = x * 0.7;
        return s;
      },
      nullptr);
  add_general(
      t, "binary_cross_entropy_with_logits", "torch.nn.functional.binary_cross_entropy_with_logits",
      "BinaryCrossEntropyWithLogitsBackward0", "g·w((1-y) - l_w·sigmoid(-x))", O, R, false, 2,
      [](const TL& in) { return TL{F::binary_cross_entropy_with_logits(in[0], in[1])}; }, pair,
      nullptr);
  add_general(
      t, "linear", "torch.nn.functional.linear", "AddmmBackward0", "composite (addmm)", O, R, false,
      3, [](const TL& in) { return TL{F::linear(in[0], in[1], require_defined(in[2]))}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 135),
                        sample_tensor({2, 4}, Domain::Real, dt, 136),
                        sample_tensor({2}, Domain::Real, dt, 137)}};
      },
      nullptr);
  add_general(
      t, "linear.no_bias", "torch.nn.functional.linear", "MmBackward0", "composite (mm)", O, R,
      false, 2, [](const TL& in) { return TL{F::linear(in[0], in[1])}; },
      [](DType dt) {
        return Samples{{sample_tensor({3, 4}, Domain::Real, dt, 161),
                        sample_tensor({2, 4}, Domain::Real, dt, 162)}};
      },
      nullptr);
  add_general(
      t, "layer_norm", "torch.nn.functional.layer_norm", "NativeLayerNormBackward0",
      "rstd(ĝ - mean ĝ - x̂·mean(ĝx̂)); Σg·x̂; Σg", O, R, false, 3,
      [](const TL& in) {
        return TL{F::layer_norm(in[0], {4}, require_defined(in[1]), require_defined(in[2]))};
      },
      [](DType dt) {
        return Samples{
            {sample_tensor({3, 4}, Domain::Real, dt, 138),
             sample_tensor({4}, Domain::Real, dt, 139), sample_tensor({4}, Domain::Real, dt, 140)},
            {sample_tensor({2, 4, 3}, Domain::Real, dt, 141).transpose(1, 2),
             sample_tensor({4}, Domain::Real, dt, 142), sample_tensor({4}, Domain::Real, dt, 143)}};
      },
      "m.nn.functional.layer_norm(x[0], (4,), x[1], x[2])");
  add_general(
      t, "conv2d", "torch.nn.functional.conv2d", "ConvolutionBackward0",
      "fold(Wᵀ·g); g·unfold(x)ᵀ; Σg", O, R, false, 3,
      [](const TL& in) {
        return TL{F::conv2d(in[0], in[1], require_defined(in[2]), {1, 1}, {1, 0}, {1, 1}, 2)};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 4, 4, 5}, Domain::Real, dt, 147),
                        sample_tensor({2, 2, 3, 2}, Domain::Real, dt, 148),
                        sample_tensor({2}, Domain::Real, dt, 149)}};
      },
      "m.nn.functional.conv2d(x[0], x[1], x[2], padding=(1, 0), groups=2)");
  add_general(
      t, "max_pool2d", "torch.nn.functional.max_pool2d", "MaxPool2DWithIndicesBackward0",
      "g scattered to the arg-max, folded", O, R, false, 1,
      [](const TL& in) {
        return TL{F::max_pool2d(in[0], {2, 2}, {2, 1})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 2, 5, 5}, Domain::Real, dt, 150)}};
      },
      "m.nn.functional.max_pool2d(x[0], (2, 2), (2, 1))");
  add_general(
      t, "avg_pool2d", "torch.nn.functional.avg_pool2d", "AvgPool2DBackward0",
      "g/divisor spread over the window, folded", O, R, false, 1,
      [](const TL& in) {
        return TL{F::avg_pool2d(in[0], {3, 3}, {2, 2}, {1, 1}, false, false)};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 2, 5, 5}, Domain::Real, dt, 151)}};
      },
      "m.nn.functional.avg_pool2d(x[0], (3, 3), (2, 2), (1, 1), count_include_pad=False)");
  add_general(
      t, "unfold", "torch.nn.functional.unfold", "Im2ColBackward0", "fold(g)", O, R, false, 1,
      [](const TL& in) {
        return TL{F::unfold(in[0], {2, 2})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 2, 4, 3}, Domain::Real, dt, 152)}};
      },
      "m.nn.functional.unfold(x[0], (2, 2))");
  add_general(
      t, "fold", "torch.nn.functional.fold", "Col2ImBackward0", "unfold(g)", O, R, false, 1,
      [](const TL& in) {
        return TL{F::fold(in[0], {3, 3}, {2, 2})};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 8, 4}, Domain::Real, dt, 153)}};
      },
      "m.nn.functional.fold(x[0], (3, 3), (2, 2))");
  add_general(
      t, "pad", "torch.nn.functional.pad", "ConstantPadNdBackward0", "pad(g, -pads)", O, R, false,
      1,
      [](const TL& in) {
        return TL{F::pad(in[0], {1, 2, 0, -1}, "constant", 0.5)};
      },
      m34, "m.nn.functional.pad(x[0], (1, 2, 0, -1), value=0.5)");
  add_general(
      t, "pad.reflect1d", "torch.nn.functional.pad", "ReflectionPad1DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {2, 1}, "reflect")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 154)}};
      },
      "m.nn.functional.pad(x[0], (2, 1), mode='reflect')");
  add_general(
      t, "pad.reflect2d", "torch.nn.functional.pad", "ReflectionPad2DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {2, 1, 0, 2}, "reflect")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 2, 3, 4}, Domain::Real, dt, 155)}};
      },
      "m.nn.functional.pad(x[0], (2, 1, 0, 2), mode='reflect')");
  add_general(
      t, "pad.reflect3d", "torch.nn.functional.pad", "ReflectionPad3DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {1, 1, 0, 1, 1, 0}, "reflect")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 1, 2, 3, 3}, Domain::Real, dt, 156)}};
      },
      "m.nn.functional.pad(x[0], (1, 1, 0, 1, 1, 0), mode='reflect')");
  add_general(
      t, "pad.replicate1d", "torch.nn.functional.pad", "ReplicationPad1DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {2, 1}, "replicate")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({2, 3, 4}, Domain::Real, dt, 157)}};
      },
      "m.nn.functional.pad(x[0], (2, 1), mode='replicate')");
  add_general(
      t, "pad.replicate2d", "torch.nn.functional.pad", "ReplicationPad2DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {2, 1, 0, 3}, "replicate")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 2, 3, 4}, Domain::Real, dt, 158)}};
      },
      "m.nn.functional.pad(x[0], (2, 1, 0, 3), mode='replicate')");
  add_general(
      t, "pad.replicate3d", "torch.nn.functional.pad", "ReplicationPad3DBackward0",
      "index_add of g along each padded dim", O, R, false, 1,
      [](const TL& in) {
        return TL{F::pad(in[0], {1, 2, 0, 1, 1, 0}, "replicate")};
      },
      [](DType dt) {
        return Samples{{sample_tensor({1, 1, 2, 3, 3}, Domain::Real, dt, 159)}};
      },
      "m.nn.functional.pad(x[0], (1, 2, 0, 1, 1, 0), mode='replicate')");
  add_general(
      t, "conv1d", "torch.nn.functional.conv1d", "SqueezeBackward1", "composite (conv2d)", O, R,
      false, 3,
      [](const TL& in) { return TL{F::conv1d(in[0], in[1], require_defined(in[2]), 2, 1)}; },
      [](DType dt) {
        return Samples{{sample_tensor({2, 2, 7}, Domain::Real, dt, 181),
                        sample_tensor({3, 2, 3}, Domain::Real, dt, 182),
                        sample_tensor({3}, Domain::Real, dt, 183)}};
      },
      "m.nn.functional.conv1d(x[0], x[1], x[2], stride=2, padding=1)");
  // A fresh random mask at every call: the generic derivative checks, which
  // call the op repeatedly, do not apply (the row's calls check the
  // deterministic cases, test_nn the seeded one).
  add_general(
      t, "dropout", "torch.nn.functional.dropout", "", "g·mask/(1-p), a fresh random mask", O, R,
      false, 1, [](const TL& in) { return TL{F::dropout(in[0], 0.5)}; }, m34,
      "m.nn.functional.dropout(x[0], 0.5)");
  t.back().random = true;

  // Python's signatures: torch.nn.functional's, with the legacy
  // size_average/reduce arguments of the losses and inplace= of activations.
  set_signatures(t, "relu",
                 {{"nn.relu(Tensor input, bool inplace=False)",
                   CT_CALL(a.flag(1) ? Tensor(a.tensor(0)).relu_() : F::relu(a.tensor(0)))}});
  set_signatures(t, "sigmoid", {{"nn.sigmoid(Tensor input)", CT_CALL(F::sigmoid(a.tensor(0)))}});
  set_signatures(t, "tanh", {{"nn.tanh(Tensor input)", CT_CALL(F::tanh(a.tensor(0)))}});
  set_signatures(t, "logsigmoid",
                 {{"nn.logsigmoid(Tensor input)", CT_CALL(F::logsigmoid(a.tensor(0)))}});
  set_signatures(t, "softplus",
                 {{"nn.softplus(Tensor input, float beta=1, float threshold=20)",
                   CT_CALL(F::softplus(a.tensor(0), a.real(1), a.real(2)))}});
  set_signatures(t, "leaky_relu",
                 {{"nn.leaky_relu(Tensor input, float negative_slope=0.01, bool inplace=False)",
                   CT_CALL(maybe_inplace(a, 2, F::leaky_relu(a.tensor(0), a.real(1))))}});
  set_signatures(t, "elu",
                 {{"nn.elu(Tensor input, float alpha=1.0, bool inplace=False)",
                   CT_CALL(maybe_inplace(a, 2, F::elu(a.tensor(0), a.real(1))))}});
  set_signatures(t, "selu",
                 {{"nn.selu(Tensor input, bool inplace=False)",
                   CT_CALL(maybe_inplace(a, 1, F::selu(a.tensor(0))))}});
  set_signatures(
      t, "gelu",
      {{"nn.gelu(Tensor input, str approximate='none')", CT_CALL(F::gelu(a.tensor(0), a.str(1)))}});
  set_signatures(t, "silu",
                 {{"nn.silu(Tensor input, bool inplace=False)",
                   CT_CALL(maybe_inplace(a, 1, F::silu(a.tensor(0))))}});
  set_signatures(
      t, "hardtanh",
      {{"nn.hardtanh(Tensor input, float min_val=-1.0, float max_val=1.0, bool inplace=False)",
        CT_CALL(maybe_inplace(a, 3, F::hardtanh(a.tensor(0), a.real(1), a.real(2))))},
       {"nn.relu6(Tensor input, bool inplace=False)",
        CT_CALL(maybe_inplace(a, 1, F::hardtanh(a.tensor(0), 0.0, 6.0)))}});
  set_signatures(
      t, "softmax",
      {{"nn.softmax(Tensor input, int? dim=None, int _stacklevel=3, ScalarType? dtype=None)",
        CT_CALL(F::softmax(with_dtype(a.tensor(0), a.dtype(3)), softmax_dim(a)))},
       {"nn.softmin(Tensor input, int? dim=None, int _stacklevel=3, ScalarType? dtype=None)",
        CT_CALL(F::softmax(with_dtype(-a.tensor(0), a.dtype(3)), softmax_dim(a)))},
       {"special.softmax(Tensor input, int dim, *, ScalarType? dtype=None)",
        CT_CALL(F::softmax(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))},
       {"softmax(Tensor input, int dim, ScalarType? dtype=None)",
        CT_CALL(F::softmax(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))}});
  set_signatures(
      t, "log_softmax",
      {{"nn.log_softmax(Tensor input, int? dim=None, int _stacklevel=3, ScalarType? dtype=None)",
        CT_CALL(F::log_softmax(with_dtype(a.tensor(0), a.dtype(3)), softmax_dim(a)))},
       {"special.log_softmax(Tensor input, int dim, *, ScalarType? dtype=None)",
        CT_CALL(F::log_softmax(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))},
       {"log_softmax(Tensor input, int dim, ScalarType? dtype=None)",
        CT_CALL(F::log_softmax(with_dtype(a.tensor(0), a.dtype(2)), a.integer(1)))}});
  set_signatures(t, "cross_entropy",
                 {{"nn.cross_entropy(Tensor input, Tensor target, Tensor? weight=None, bool? "
                   "size_average=None, "
                   "int ignore_index=-100, bool? reduce=None, str reduction='mean', float "
                   "label_smoothing=0.0)",
                   CT_CALL(F::cross_entropy(a.tensor(0), a.tensor(1),
                                            {.weight = a.tensor(2),
                                             .ignore_index = a.integer(4),
                                             .reduction = legacy_reduction(a, 3, 5, 6),
                                             .label_smoothing = a.real(7)}))}});
  set_signatures(
      t, "nll_loss",
      {{"nn.nll_loss(Tensor input, Tensor target, Tensor? weight=None, bool? size_average=None, "
        "int ignore_index=-100, bool? reduce=None, str reduction='mean')",
        CT_CALL(F::nll_loss(a.tensor(0), a.tensor(1),
                            {.weight = a.tensor(2),
                             .ignore_index = a.integer(4),
                             .reduction = legacy_reduction(a, 3, 5, 6)}))}});
  set_signatures(t, "mse_loss",
                 {{"nn.mse_loss(Tensor input, Tensor target, bool? size_average=None, bool? "
                   "reduce=None, str reduction='mean')",
                   CT_CALL(F::mse_loss(a.tensor(0), a.tensor(1), legacy_reduction(a, 2, 3, 4)))}});
  set_signatures(t, "l1_loss",
                 {{"nn.l1_loss(Tensor input, Tensor target, bool? size_average=None, bool? "
                   "reduce=None, str reduction='mean')",
                   CT_CALL(F::l1_loss(a.tensor(0), a.tensor(1), legacy_reduction(a, 2, 3, 4)))}});
  set_signatures(t, "smooth_l1_loss",
                 {{"nn.smooth_l1_loss(Tensor input, Tensor target, bool? size_average=None, bool? "
                   "reduce=None, str reduction='mean', float beta=1.0)",
                   CT_CALL(F::smooth_l1_loss(a.tensor(0), a.tensor(1), legacy_reduction(a, 2, 3, 4),
                                             a.real(5)))}});
  set_signatures(
      t, "binary_cross_entropy",
      {{"nn.binary_cross_entropy(Tensor input, Tensor target, Tensor? weight=None, bool? "
        "size_average=None, bool? reduce=None, str reduction='mean')",
        CT_CALL(F::binary_cross_entropy(a.tensor(0), a.tensor(1), a.tensor(2),
                                        legacy_reduction(a, 3, 4, 5)))}});
  set_signatures(
      t, "binary_cross_entropy_with_logits",
      {{"nn.binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight=None, "
        "bool? size_average=None, bool? reduce=None, str reduction='mean', Tensor? "
        "pos_weight=None)",
        CT_CALL(F::binary_cross_entropy_with_logits(a.tensor(0), a.tensor(1), a.tensor(2),
                                                    legacy_reduction(a, 3, 4, 5), a.tensor(6)))}});
  set_signatures(t, "linear",
                 {{"nn.linear(Tensor input, Tensor weight, Tensor? bias=None)",
                   CT_CALL(F::linear(a.tensor(0), a.tensor(1), a.tensor(2)))}});
  set_signatures(
      t, "layer_norm",
      {{"nn.layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, "
        "Tensor? bias=None, float eps=1e-5)",
        CT_CALL(F::layer_norm(a.tensor(0), a.ints(1), a.tensor(2), a.tensor(3), a.real(4)))}});
  set_signatures(t, "dropout",
                 {{"nn.dropout(Tensor input, float p=0.5, bool training=True, bool inplace=False)",
                   CT_CALL(maybe_inplace(a, 3, F::dropout(a.tensor(0), a.real(1), a.flag(2))))}});
  set_signatures(
      t, "conv1d",
      {{"nn.conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=1, Any "
        "padding=0, int[] dilation=1, int groups=1)",
        CT_CALL(F::conv1d(a.tensor(0), a.tensor(1), a.tensor(2), single(a.ints(3)),
                          single(conv_padding(a, 4)), single(a.ints(5)), a.integer(6)))}});
  set_signatures(t, "conv2d",
                 {{"nn.conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=1, Any "
                   "padding=0, int[] dilation=1, int groups=1)",
                   CT_CALL(F::conv2d(a.tensor(0), a.tensor(1), a.tensor(2), two(a.ints(3)),
                                     two(conv_padding(a, 4)), two(a.ints(5)), a.integer(6)))}});
  set_signatures(
      t, "max_pool2d",
      {{"nn.max_pool2d(Tensor input, int[] kernel_size, int[]? stride=None, int[] padding=0, int[] "
        "dilation=1, bool ceil_mode=False, bool return_indices=False)",
        CT_CALL(a.flag(6) ? throw NotImplementedError(
                                "cotangent: max_pool2d(return_indices=True) is not supported")
                          : F::max_pool2d(a.tensor(0), two(a.ints(1)), pool_stride(a, 2),
                                          two(a.ints(3)), two(a.ints(4)), a.flag(5)))}});
  set_signatures(
      t, "avg_pool2d",
      {{"nn.avg_pool2d(Tensor input, int[] kernel_size, int[]? stride=None, int[] padding=0, bool "
        "ceil_mode=False, bool count_include_pad=True, int? divisor_override=None)",
        CT_CALL(!a.none(6) ? throw NotImplementedError(
                                 "cotangent: avg_pool2d(divisor_override=...) is not supported")
                           : F::avg_pool2d(a.tensor(0), two(a.ints(1)), pool_stride(a, 2),
                                           two(a.ints(3)), a.flag(4), a.flag(5)))}});
  set_signatures(t, "unfold",
                 {{"nn.unfold(Tensor input, int[] kernel_size, int[] dilation=1, int[] padding=0, "
                   "int[] stride=1)",
                   CT_CALL(F::unfold(a.tensor(0), two(a.ints(1)), two(a.ints(2)), two(a.ints(3)),
                                     two(a.ints(4))))}});
  set_signatures(t, "fold",
                 {{"nn.fold(Tensor input, int[] output_size, int[] kernel_size, int[] dilation=1, "
                   "int[] padding=0, int[] stride=1)",
                   CT_CALL(F::fold(a.tensor(0), two(a.ints(1)), two(a.ints(2)), two(a.ints(3)),
                                   two(a.ints(4)), two(a.ints(5))))}});
  set_signatures(
      t, "pad",
      {{"nn.pad(Tensor input, int[] pad, str mode='constant', float? value=None)",
        CT_CALL(F::pad(a.tensor(0), std::vector<int64_t>(a.ints(1).begin(), a.ints(1).end()),
                       a.str(2), a.none(3) ? 0.0 : a.real(3)))}});

#define CT_F "m.nn.functional."
  set_calls(t, "hardtanh",
            {CT_F "hardtanh(x[0])", CT_F "hardtanh(x[0], -2.0, 0.0)", CT_F "hardtanh(x[0] * 3)",
             CT_F "hardtanh(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long())", CT_F "relu6(x[0] * 4)",
             "m.nn.functional.hardtanh(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1.0, -1.0)"});
  set_calls(t, "leaky_relu", {CT_F "leaky_relu(x[0])", CT_F "leaky_relu(x[0] * 100, 0.2)"});
  set_calls(t, "elu", {CT_F "elu(x[0])", CT_F "elu(x[0] * 10, 0.5)", CT_F "selu(x[0] * 10)"});
  set_calls(
      t, "gelu",
      {CT_F "gelu(x[0])", CT_F "gelu(x[0] * 10)", CT_F "gelu(x[0] * 10, approximate='tanh')",
       CT_F "gelu(x[0], approximate='bad')", "m.nn.functional.gelu(x[0], approximate=\"tanh\")",
       "m.nn.functional.gelu(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "approximate=\"bogus\")"});
  set_calls(t, "silu", {CT_F "silu(x[0] * 10)", "m.nn.functional.silu(x[0])"});
  set_calls(t, "softplus",
            {CT_F "softplus(x[0] * 10)", CT_F "softplus(x[0] * 10, 2.0, 10.0)",
             CT_F "softplus(x[0] - 100)", "m.nn.functional.softplus(x[0], beta=2, threshold=1)",
             "m.nn.functional.softplus(x[0])",
             "m.nn.functional.softplus(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 0.0)"});
  set_calls(t, "logsigmoid", {CT_F "logsigmoid(x[0] * 100)", "m.nn.functional.logsigmoid(x[0])"});
  set_calls(t, "softmax",
            {CT_F "softmax(x[0], 1)",
             CT_F "softmax(x[0], -1)",
             CT_F "softmax(x[0] * 1000, 1)",
             CT_F "softmax(x[0].t(), 1)",
             "m.softmax(x[0], 0)",
             CT_F "softmax(x[0], 2)",
             CT_F "softmax(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), 1)"
                  "  # edges: torch returns early on a zero-element tensor without checking the "
                  "dtypes or dims; cotangent checks them",
             CT_F "softmax(x[0], 1, dtype=m.float32)",
             "x[0].softmax(1)",
             "x[0].log_softmax(0)",
             "m.nn.functional.softmax(x[0].mT, dim=0)",
             "m.nn.functional.softmax(x[0], 3)",
             "m.nn.functional.softmax(x[0], 0)",
             "m.nn.functional.softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
             "m.nn.functional.softmax(m.zeros((0, 3)), 2)",
             "m.nn.functional.softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
             "m.nn.functional.softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
             "m.nn.functional.softmax(m.tensor(0.5), 1)",
             "m.nn.functional.softmax(m.tensor([[1, 2, 3], [4, 5, 6]]), 1)",
             "m.nn.functional.softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "-9223372036854775808)",
             "m.nn.functional.softmax(m.tensor(0.5), -2)",
             "m.nn.functional.softmax(m.tensor([1.0, 2.0, 3.0]), 1)",
             "m.special.softmax(x[0], 1)",
             "m.special.softmax(x[0], 1, dtype=m.float64)"});
  set_calls(
      t, "log_softmax",
      {CT_F "log_softmax(x[0], 1)", CT_F "log_softmax(x[0], -1)",
       CT_F "log_softmax(x[0] * 1000, 1)", CT_F "log_softmax(x[0].t(), 0)",
       "m.log_softmax(x[0], 1)", CT_F "log_softmax(x[0].float(), 0)",
       "m.nn.functional.log_softmax(x[0], 0)",
       "m.nn.functional.log_softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2)",
       "m.nn.functional.log_softmax(m.zeros((0, 3)), 2)",
       "m.nn.functional.log_softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -3)",
       "m.nn.functional.log_softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1)",
       "m.nn.functional.log_softmax(m.tensor(0.5), 1)",
       "m.nn.functional.log_softmax(m.tensor([[True, False, True], [False, True, False]]), 1)",
       "m.nn.functional.log_softmax(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "-9223372036854775808)",
       "m.nn.functional.log_softmax(m.tensor(0.5), -1)",
       "m.nn.functional.log_softmax(m.tensor(0.5), -2)",
       "m.nn.functional.log_softmax(m.tensor([1.0, 2.0, 3.0]), 1)",
       "m.special.log_softmax(x[0], 0)"});
  // x[0]: logits (N, C) = (3, 5) (or (C,)); x[1]: class indices
#define CT_W "weight=m.arange(1.0, 6.0, dtype=x[0].dtype)"
#define CT_P "m.softmax(x[0].detach() * 0.5, -1)"
#define CT_KDIM "x[0].reshape(1, 3, 5), (m.arange(5) % 3).reshape(1, 5)"
  set_calls(
      t, "cross_entropy",
      {CT_F "cross_entropy(x[0], x[1], reduction='sum')",
       CT_F "cross_entropy(x[0], x[1], reduction='none')",
       CT_F "cross_entropy(x[0], x[1], " CT_W ")",
       CT_F "cross_entropy(x[0], x[1], " CT_W ", reduction='none')",
       CT_F "cross_entropy(x[0], x[1], ignore_index=1)",
       CT_F "cross_entropy(x[0], x[1], ignore_index=1, reduction='none')",
       CT_F "cross_entropy(x[0], x[1] * 0 + 2, ignore_index=2)",
       CT_F "cross_entropy(x[0], x[1] * 0 + 2, ignore_index=2, reduction='sum')",
       CT_F "cross_entropy(x[0], x[1], " CT_W ", ignore_index=3)",
       CT_F "cross_entropy(x[0], x[1], label_smoothing=0.2)",
       CT_F "cross_entropy(x[0], x[1], reduction='sum', label_smoothing=0.2)",
       CT_F "cross_entropy(x[0], x[1], reduction='none', label_smoothing=0.2)",
       CT_F "cross_entropy(x[0], x[1], " CT_W ", label_smoothing=0.3, ignore_index=0)",
       CT_F "cross_entropy(x[0], x[1], " CT_W ", reduction='none', label_smoothing=0.3)",
       CT_F "cross_entropy(x[0][0], x[1][0])",
       CT_F "cross_entropy(x[0].t().contiguous().t(), x[1], label_smoothing=0.1)",
       CT_F "cross_entropy(x[0].float(), x[1])",
       CT_F "cross_entropy(" CT_KDIM ")",
       CT_F "cross_entropy(" CT_KDIM ", weight=m.arange(1.0, 4.0, dtype=x[0].dtype), "
            "reduction='none')",
       CT_F "cross_entropy(" CT_KDIM ", label_smoothing=0.1)",
       CT_F "cross_entropy(x[0], " CT_P ")",
       CT_F "cross_entropy(x[0], " CT_P ", reduction='sum')",
       CT_F "cross_entropy(x[0], " CT_P ", reduction='none')",
       CT_F "cross_entropy(x[0], " CT_P ", " CT_W ", label_smoothing=0.25)",
       CT_F "cross_entropy(x[0].reshape(1, 3, 5), m.softmax(x[0].detach().reshape(1, 3, 5), 1))",
       CT_F "cross_entropy(x[0], x[1][:2])",
       CT_F "cross_entropy(x[0], x[1] + 5)",
       CT_F "cross_entropy(x[0], x[1] - 5)",
       CT_F "cross_entropy(x[0], x[1].float())",
       CT_F "cross_entropy(x[0], x[1], weight=m.ones(3, dtype=x[0].dtype))",
       CT_F "cross_entropy(x[0], x[1], reduction='avg')",
       CT_F "cross_entropy(x[0], x[1], label_smoothing=1.5)",
       CT_F "cross_entropy(x[0], " CT_P "[:2])",
       CT_F "cross_entropy(x[0], x[1].reshape(3, 1))",
       CT_F "cross_entropy(x[0], x[1], weight=x[0][0])",
       CT_F "cross_entropy(x[0], m.tensor([1, -100, 3]), weight=m.tensor([0.5, 1.0, 2.0, 1.5, "
            "1.0], dtype=x[0].dtype), label_smoothing=0.2)",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]))",
       "m.nn.functional.cross_entropy(m.tensor([[1, 2, 3], [4, 5, 6]]), m.tensor([0, 2]))",
       "m.nn.functional.cross_entropy(None, m.tensor([0, 2]))  # error: an undefined tensor "
       "(None): any error",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "3]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "-5]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0.0, "
       "2.0]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([True, False]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "1, 2]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0, "
       "2]]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor(1))",
       "m.nn.functional.cross_entropy(m.tensor(0.5), m.tensor(1))  # differs (IndexError): "
       "docs/semantics.md, Error strictness: message classes: a 0-dim input fails on the class dim "
       "(IndexError) before torch's target check",
       "m.nn.functional.cross_entropy(m.tensor([1.0, 2.0, 3.0]), m.tensor(1))",
       "m.nn.functional.cross_entropy(m.zeros((0, 3)), m.zeros((0,), dtype=m.int64))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64))  # differs (returns): "
       "PyTorch quirk: log_softmax runs in the input's float32 before the float64 target; "
       "cotangent's float64 result differs in the 8th digit",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), None)  # "
       "error: an undefined tensor (None): any error",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, "
       "5)))",
       "m.nn.functional.cross_entropy(m.ones((2, 3, 3)), m.tensor([0, 2]))",
       "m.nn.functional.cross_entropy(m.ones((2, 3, 3)), m.tensor([0, 1, 2]))",
       "m.nn.functional.cross_entropy(m.tensor([1.0, 2.0, 3.0]), m.tensor(3))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), weight=m.ones((2,)))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), weight=m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), weight=m.ones((3,), dtype=m.int64))  # differs (returns): docs/semantics.md, Error "
       "strictness: float-only kernels (and losses) accept int64 and bool tensors",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=m.ones((2,)))  # message: cotangent: "
       "shape '[1, 3]' is invalid for input of size 2",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), reduction=\"bogus\")",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), label_smoothing=1.5)",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "2]), label_smoothing=-0.5)  # bug (RuntimeError): label_smoothing < 0 is refused (later "
       "PyTorch's check); PyTorch 1.13 accepts it",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "3]), ignore_index=3)",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "3]), label_smoothing=0.1)",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "3]), weight=m.ones((3,)), label_smoothing=0.1)",
       "m.nn.functional.cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, "
       "3]), reduction=\"none\")"});
  set_calls(
      t, "nll_loss",
      {CT_F "nll_loss(x[0], x[1], " CT_W ", ignore_index=0)",
       CT_F "nll_loss(x[0], x[1], " CT_W ", ignore_index=0, reduction='sum')",
       CT_F "nll_loss(x[0], x[1], " CT_W ", ignore_index=0, reduction='none')",
       CT_F "nll_loss(x[0], x[1])",
       CT_F "nll_loss(" CT_KDIM ", reduction='sum')",
       CT_F "nll_loss(x[0], x[1][:2])",
       CT_F "nll_loss(x[0], x[1] - 5)",
       CT_F "nll_loss(m.nn.functional.log_softmax(x[0], -1), x[1], weight=x[0][0])",
       CT_F "nll_loss(x[0], x[1], reduction='none')",
       "m.nn.functional.nll_loss(x[0], x[1].int())",
       "m.nn.functional.nll_loss(x[0].log_softmax(-1), x[1])",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 2]))",
       "m.nn.functional.nll_loss(m.tensor([[1, 2, 3], [4, 5, 6]]), m.tensor([0, 2]))",
       "m.nn.functional.nll_loss(None, m.tensor([0, 2]))  # error: an undefined tensor (None): any "
       "error",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 3]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, -5]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0.0, "
       "2.0]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([True, "
       "False]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 1, "
       "2]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0, 2]]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor(1))",
       "m.nn.functional.nll_loss(m.tensor(0.5), m.tensor(1))",
       "m.nn.functional.nll_loss(m.tensor([1.0, 2.0, 3.0]), m.tensor(1))",
       "m.nn.functional.nll_loss(m.zeros((0, 3)), m.zeros((0,), dtype=m.int64))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, "
       "0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, "
       "0.2, 0.3], [0.4, 0.5, 0.6]], dtype=m.float64))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), None)  # error: an "
       "undefined tensor (None): any error",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)))",
       "m.nn.functional.nll_loss(m.ones((2, 3, 3)), m.tensor([0, 2]))",
       "m.nn.functional.nll_loss(m.ones((2, 3, 3)), m.tensor([0, 1, 2]))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 2]), "
       "weight=m.ones((2,)))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 2]), "
       "reduction=\"bogus\")",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 3]), "
       "reduction=\"none\")",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, 3]), "
       "weight=m.ones((3,)))",
       "m.nn.functional.nll_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([0, -5]), "
       "reduction=\"sum\")"});
#undef CT_KDIM
#undef CT_P
#undef CT_W
  set_calls(
      t, "mse_loss",
      {CT_F "mse_loss(x[0], x[1], reduction='sum')", CT_F "mse_loss(x[0], x[1], reduction='none')",
       CT_F "mse_loss(x[0], x[1][..., :1])", CT_F "mse_loss(x[0], x[1][..., :2])",
       CT_F "mse_loss(x[0], x[0], reduction='max')", CT_F "mse_loss(x[0].float(), x[1])",
       CT_F "mse_loss(x[0], x[1][0], reduction='none')",
       "m.nn.functional.mse_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)))",
       "m.nn.functional.mse_loss(x[0], x[1])",
       "m.nn.functional.mse_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, "
       "2.0]))",
       "m.nn.functional.mse_loss(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64))",
       "m.nn.functional.mse_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, "
       "3.0]))",
       "m.nn.functional.mse_loss(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.mse_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, "
       "0.2, 0.3], [0.4, 0.5, 0.6]]), reduction=\"bogus\")",
       "m.nn.functional.mse_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)), "
       "reduction=\"none\")"});
  set_calls(
      t, "l1_loss",
      {CT_F "l1_loss(x[0], x[1], reduction='sum')", CT_F "l1_loss(x[0], x[1], reduction='none')",
       CT_F "l1_loss(x[0], x[0].detach())", CT_F "l1_loss(x[0], x[1][..., :2])",
       "m.nn.functional.l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)))",
       "m.nn.functional.l1_loss(x[0], x[1])",
       "m.nn.functional.l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, "
       "2.0]))",
       "m.nn.functional.l1_loss(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), dtype=m.int64))",
       "m.nn.functional.l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, "
       "3.0]))",
       "m.nn.functional.l1_loss(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]]), reduction=\"bogus\")",
       "m.nn.functional.l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)), "
       "reduction=\"none\")"});
  set_calls(
      t, "smooth_l1_loss",
      {CT_F "smooth_l1_loss(x[0], x[1], beta=1.0)",
       CT_F "smooth_l1_loss(x[0], x[1], reduction='none', beta=0.5)",
       CT_F "smooth_l1_loss(x[0], x[1], beta=2.0)",
       CT_F "smooth_l1_loss(x[0], x[1], reduction='none', beta=0.0)",
       CT_F "smooth_l1_loss(x[0], x[1], beta=0.0)", CT_F "smooth_l1_loss(x[0], x[0], beta=-1.0)",
       CT_F "smooth_l1_loss(x[0] * 4, x[1], reduction='sum')",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, "
       "5)))",
       "m.nn.functional.smooth_l1_loss(x[0], x[1])",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([1.0, 2.0]))",
       "m.nn.functional.smooth_l1_loss(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, 3), "
       "dtype=m.int64))",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([1.0, 2.0, 3.0]))",
       "m.nn.functional.smooth_l1_loss(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]))",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), reduction=\"bogus\")",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, "
       "5)), reduction=\"none\")",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), reduction=\"mean\", beta=-1.0)",
       "m.nn.functional.smooth_l1_loss(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
       "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), reduction=\"mean\", beta=0.0)"});
  set_calls(t, "binary_cross_entropy",
            {CT_F "binary_cross_entropy(x[0], x[1], weight=x[1].detach(), reduction='sum')",
             CT_F "binary_cross_entropy(x[0], x[1], weight=x[1].detach(), reduction='none')",
             CT_F "binary_cross_entropy(x[0], (x[1] > 0.5).to(x[0].dtype), reduction='none')",
             CT_F "binary_cross_entropy(x[0] * 3 - 1, x[1])",
             CT_F "binary_cross_entropy(x[0][..., :2], x[1])",
             CT_F "binary_cross_entropy(x[0], x[1], weight=x[1])",
             "m.nn.functional.binary_cross_entropy(x[0].sigmoid(), x[1].sigmoid())",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.ones((4, 5)))",
             "m.nn.functional.binary_cross_entropy(x[0], x[1])",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([1.0, 2.0]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[1, 2, 3], [4, 5, 6]]), m.zeros((2, "
             "3), dtype=m.int64))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([1.0, 2.0, 3.0]))",
             "m.nn.functional.binary_cross_entropy(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, 0.3], "
             "[0.4, 0.5, 0.6]]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.5, 1.5, 0.2], [0.1, -0.2, 0.3]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.5, float('nan'), 0.2], [0.1, 0.2, "
             "0.3]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.ones((2, 3, 3)))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([[0.5, 1.5, 0.2], [0.1, -0.2, 0.3]]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=m.ones((4, 5)))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=m.tensor([1.0, 2.0, 3.0]))",
             "m.nn.functional.binary_cross_entropy(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), "
             "m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=None, reduction=\"bogus\")"});
  set_calls(
      t, "binary_cross_entropy_with_logits",
      {CT_F "binary_cross_entropy_with_logits(x[0] * 100, x[1])"
            "  # edges: torch 1.13 computes part of the loss in place in a float32 target's dtype; "
            "cotangent promotes (docs/semantics.md)",
       CT_F "binary_cross_entropy_with_logits(x[0] * 100, 1 - x[1], reduction='none')"
            "  # edges: torch 1.13 computes part of the loss in place in a float32 target's dtype; "
            "cotangent promotes (docs/semantics.md)",
       CT_F "binary_cross_entropy_with_logits(x[0], x[1], pos_weight=x[1][..., 0, :].detach() + 1)"
            "  # edges: torch 1.13 computes part of the loss in place in a float32 target's dtype; "
            "cotangent promotes (docs/semantics.md)",
       CT_F "binary_cross_entropy_with_logits(x[0], x[1], weight=x[1].detach(), reduction='sum', "
            "pos_weight=x[1][..., 0, :].detach() * 2)"
            "  # edges: torch 1.13 computes part of the loss in place in a float32 target's dtype; "
            "cotangent promotes (docs/semantics.md)",
       CT_F "binary_cross_entropy_with_logits(x[0][..., :2], x[1])",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.ones((4, 5)))",
       "m.nn.functional.binary_cross_entropy_with_logits(x[0], x[1])  # differs (returns): PyTorch "
       "quirk: its kernel computes in the target's dtype (float32) through in-place ops; cotangent "
       "promotes to float64",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([1.0, 2.0]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[1, 2, 3], [4, 5, 6]]), "
       "m.zeros((2, 3), dtype=m.int64))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([1.0, 2.0, 3.0]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.ones((2, 3, 3)), m.tensor([[0.1, 0.2, "
       "0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.5, 1.5, 0.2], [0.1, -0.2, "
       "0.3]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.5, float('nan'), 0.2], [0.1, "
       "0.2, 0.3]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.ones((2, 3, 3)))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([[0.5, 1.5, 0.2], [0.1, -0.2, 0.3]]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=m.ones((4, 5)))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=None, reduction=\"mean\", "
       "pos_weight=m.tensor([1.0, 2.0]))",
       "m.nn.functional.binary_cross_entropy_with_logits(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, "
       "0.6]]), m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), weight=None, reduction=\"bogus\")"});
  // x: (3, 4), w: (2, 4), b: (2,)
  set_calls(
      t, "linear",
      {CT_F "linear(x[0], x[1])",
       CT_F
       "linear(x[0].reshape(1, 3, 4), x[1], x[2])"
       "  # edges: cotangent adds a bias of another dtype with promotion; torch's addmm refuses it",
       CT_F "linear(x[0][0], x[1], x[2])",
       CT_F "linear(x[0][:, :2], x[1])",
       CT_F "linear(x[0], x[1], x[2].repeat(2))",
       CT_F "linear(x[0].float(), x[1])"
            "  # edges: torch returns early on a zero-element tensor without checking the dtypes "
            "or dims; cotangent checks them",
       CT_F "linear(x[0].t(), x[1].t().contiguous().t(), x[2])",
       "m.nn.functional.linear(x[0], m.ones((4, 3)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 5)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 3)), "
       "m.zeros((5,)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 3)), "
       "m.ones((4, 3)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 3), "
       "dtype=m.float64))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 3)), "
       "m.zeros((3,), dtype=m.float64))",
       "m.nn.functional.linear(m.tensor([[1, 2, 3], [4, 5, 6]]), m.ones((4, 3), dtype=m.int64))",
       "m.nn.functional.linear(m.tensor([1.0, 2.0, 3.0]), m.ones((4, 3)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor([1.0, 2.0, "
       "3.0]))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.tensor(0.5))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), None)  # error: an "
       "undefined tensor (None): any error",
       "m.nn.functional.linear(m.zeros((0, 3)), m.ones((4, 3)), m.zeros((4,)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t(), m.ones((4, 3)), "
       "m.zeros((4,)))",
       "m.nn.functional.linear(m.ones((2, 3, 3)), m.ones((4, 3)), m.zeros((4,)))",
       "m.nn.functional.linear(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((4, 3)), "
       "m.tensor(0.5))"});
  // x: (3, 4), w and b: (4,)
  set_calls(
      t, "layer_norm",
      {CT_F "layer_norm(x[0], (4,))",
       CT_F "layer_norm(x[0] * 0 + 1, (4,))",
       CT_F "layer_norm(x[0], x[0].shape[-2:], eps=0.1)",
       CT_F "layer_norm(x[0].transpose(-1, -2), (x[0].shape[-2],))",
       CT_F "layer_norm(x[0], (2,))",
       CT_F "layer_norm(x[0], (4,), x[1][:3])",
       CT_F "layer_norm(x[0], (4,), x[1])",
       "m.nn.functional.layer_norm(x[0], [3, 4])",
       "m.nn.functional.layer_norm(x[0], (3,))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2,))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2, 3, 1))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), ())",
       "m.nn.functional.layer_norm(m.tensor(0.5), ())",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (4, 3))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-3,))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (0,))",
       "m.nn.functional.layer_norm(m.tensor(0.5), (1,))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t(), (2, 3))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (3,), "
       "m.tensor([1.0, 2.0]))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (3,), "
       "m.tensor([1.0, 2.0, 3.0]), m.tensor([1.0, 2.0]))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (3,), "
       "m.tensor([1.0, 2.0, 3.0], dtype=m.float64))",
       "m.nn.functional.layer_norm(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (3,), None, None, "
       "-1.0)"});
  set_calls(
      t, "dropout",
      {CT_F "dropout(x[0], 0.5, training=False)", CT_F "dropout(x[0], 0.0)",
       CT_F "dropout(x[0], 1.0)"
            "  # edges: torch's p = 1 path multiplies an integer tensor by zero; cotangent's "
            "dropout is for floats",
       CT_F "dropout(x[0], 1.5)", CT_F "dropout(x[0], -0.5)",
       "m.nn.functional.dropout(x[0], 0.5, False)", "m.nn.functional.dropout(x[0], 0.5, True)",
       "m.nn.functional.dropout(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1.5)",
       "m.nn.functional.dropout(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), -0.1)",
       "m.nn.functional.dropout(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), float('nan'))",
       "m.nn.functional.dropout(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 1.0)",
       "m.nn.functional.dropout(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), 2.0, False)  # "
       "message: cotangent: dropout probability has to be between 0 and 1, but got 2"});
  // x: (2, 2, 7), w: (3, 2, 3), b: (3,)
  set_calls(
      t, "conv1d",
      {CT_F "conv1d(x[0], x[1], x[2])",
       CT_F "conv1d(x[0], x[1], padding=2)",
       CT_F "conv1d(x[0][0], x[1], padding=2)",
       CT_F "conv1d(x[0].repeat(1, 2, 1), x[1].repeat(2, 1, 1), None, 2, 1, 2, 2)",
       CT_F "conv1d(x[0].transpose(0, 1).contiguous().transpose(0, 1), x[1])",
       CT_F "conv1d(x[0], x[1][:, :1])",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)))",
       "m.nn.functional.conv1d(m.ones((2, 5)), m.ones((3, 2, 3)))",
       "m.nn.functional.conv1d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3)))",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3, 3)))  # message: cotangent: "
       "weight should have at least three dimensions",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 4, 3)))",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 9)))  # message: cotangent: Given "
       "input size: (2x1x5). Calculated output size: (2x1x-3). Output size is too small",
       "m.nn.functional.conv1d(m.ones((1, 2, 5), dtype=m.float64), m.ones((3, 2, 3)))",
       "m.nn.functional.conv1d(None, m.ones((3, 2, 3)))  # error: an undefined tensor (None): any "
       "error",
       "m.nn.functional.conv1d(m.tensor(0.5), m.ones((3, 2, 3)))",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), None)  # error: an undefined tensor (None): any "
       "error",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), m.zeros((2,)))",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 0)",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, -1)",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, -1)",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, (1 << 40))  # "
       "message: cotangent: conv1d: kernel size, dilation, padding or stride 1099511627776 is too "
       "large",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, 0, 0)",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, 0, (1 << 62))  # "
       "differs (RuntimeError): PyTorch overflows (a PyTorch bug): dilation 2^62 wraps the "
       "effective kernel size; cotangent refuses it",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, 0, 1, 0)",
       "m.nn.functional.conv1d(m.ones((1, 2, 5)), m.ones((3, 2, 3)), None, 1, 0, 1, 3)"});
  // x: (1, 4, 4, 5), w: (2, 2, 3, 2), b: (2,)
  set_calls(
      t, "conv2d",
      {CT_F "conv2d(x[0], x[1], x[2], groups=2)",
       CT_F "conv2d(x[0][:, :2], x[1], x[2])",
       CT_F "conv2d(x[0][:, :2], x[1], x[2], stride=2, padding=1)",
       CT_F "conv2d(x[0][:, :2], x[1], None, (2, 1), (1, 2), (2, 1))",
       CT_F "conv2d(x[0], x[1][:1].repeat(4, 1, 1, 1)[:, :1], None, 1, 2, 2, 4)"
            "  # edges: torch 1.13's grouped convolution of an empty batch fails on a view; "
            "cotangent returns the empty result",
       CT_F "conv2d(x[0][:, :2].transpose(2, 3), x[1], stride=(1, 2))",
       CT_F "conv2d(x[0][:, :2], x[1], padding=1)",
       CT_F "conv2d(x[0], x[1])",
       CT_F "conv2d(x[0][:, :2], x[1].repeat(1, 1, 3, 3))",
       CT_F "conv2d(x[0], x[1][:1], groups=2)",
       CT_F "conv2d(x[0][:, :2], x[1], x[2][:1])",
       CT_F "conv2d(x[0][:, :2], x[1], stride=0)",
       CT_F "conv2d(x[0][:, :2], x[1], padding=-1)",
       CT_F "conv2d(x[0].float(), x[1])",
       CT_F "conv2d(x[0], x[1], None, (2, 1), (1, 1), (1, 2), 2)",
       "m.nn.functional.conv2d(x[0], x[1], stride=2, groups=2, dilation=1)",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((2, 5, 5)), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 1, 2, 5, 5)), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.tensor(0.5), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(None, m.ones((3, 2, 3, 3)))  # error: an undefined tensor (None): "
       "any error",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3)))  # message: cotangent: "
       "weight should have at least three dimensions",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.tensor(0.5))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), None)  # error: an undefined tensor (None): "
       "any error",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 3, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 7, 7)))  # message: cotangent: "
       "Given input size: (2x5x5). Calculated output size: (2x-1x-1). Output size is too small",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3), dtype=m.float64))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5), dtype=m.float64), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5), dtype=m.int64), m.ones((3, 2, 3, 3), "
       "dtype=m.int64))  # bug (RuntimeError): conv2d refuses int64 tensors; PyTorch 1.13 computes "
       "them",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5), dtype=m.bool), m.ones((3, 2, 3, 3), "
       "dtype=m.int64))",
       "m.nn.functional.conv2d(m.zeros((0, 2, 5, 5)), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.zeros((1, 2, 0, 5)), m.ones((3, 2, 3, 3)))  # message: cotangent: "
       "Given input size: (2x0x5). Calculated output size: (2x-2x3). Output size is too small",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.zeros((0, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 5, 5, 2)).permute((0, 3, 1, 2)), m.ones((3, 2, 3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), m.zeros((2,)))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), m.zeros((3, 3)))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), m.zeros((3,), "
       "dtype=m.float64))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (0, 1))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (-1, 1))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1,))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1, 1))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, "
       "(9223372036854775807, 1))  # bug (RuntimeError): stride INT64_MAX is refused as too large; "
       "the output size (1) is well defined and PyTorch computes it",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (-1, 0))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (1,))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), ((1 << "
       "40), 0))  # message: cotangent: conv2d: kernel size, dilation, padding or stride "
       "1099511627776 is too large",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), "
       "(9223372036854775807, 0))  # differs (RuntimeError): PyTorch overflows (a PyTorch bug): "
       "padding INT64_MAX gives a [1, 3, 1, 3] output; cotangent refuses the size",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(0, 1))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(-1, 1))",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "((1 << 62), 1))  # differs (RuntimeError): PyTorch overflows (a PyTorch bug): dilation "
       "2^62 wraps the effective kernel size; cotangent refuses it",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(((1 << 62) + 1), 1))  # differs (RuntimeError): PyTorch overflows (a PyTorch bug): "
       "dilation 2^62 + 1 wraps the effective kernel size; cotangent refuses it",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), 0)",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), -1)",
       "m.nn.functional.conv2d(m.ones((1, 2, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), 3)",
       "m.nn.functional.conv2d(m.ones((1, 4, 5, 5)), m.ones((3, 2, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), 2)  # message: cotangent: Given groups=2, expected weight to be divisible by 2 at "
       "dimension 0, but got weight of size [3, 2, 3, 3] instead",
       "m.nn.functional.conv2d(m.ones((1, 4, 5, 5)), m.ones((4, 1, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), 4)",
       "m.nn.functional.conv2d(m.ones((1, 4, 5, 5)), m.ones((4, 1, 3, 3)), None, (1, 1), (0, 0), "
       "(1, 1), 2)"});
  // x: (1, 2, 5, 5)
  set_calls(
      t, "max_pool2d",
      {CT_F "max_pool2d(x[0], 2)",
       CT_F "max_pool2d(x[0], 3, 2, 1)",
       CT_F "max_pool2d(x[0], 2, ceil_mode=True)",
       CT_F "max_pool2d(x[0], 3, 2, 1, ceil_mode=True)",
       CT_F "max_pool2d(x[0].round(), 2, 1)",
       CT_F "max_pool2d(x[0].transpose(2, 3), 2)",
       CT_F "max_pool2d(x[0], (2, 3), (1, 2), 0, 2)",
       CT_F "max_pool2d(x[0], 2, 2, 2)",
       CT_F "max_pool2d(x[0], 6)",
       CT_F "max_pool2d(x[0][0], 2)",
       CT_F "max_pool2d(x[0], (3, 2), (2, 1), (1, 1), (1, 1), True)",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (0, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (-1, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2,))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), ())",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (6, 6))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (9223372036854775807, 1))  # message: "
       "cotangent: max_pool2d: kernel size, dilation, padding or stride 9223372036854775807 is too "
       "large",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (0, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (-1, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (1, 1, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (2, 0))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (-1, 0))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (1,))",
       "m.nn.functional.max_pool2d(m.ones((2, 5, 5)), (2, 2))",
       "m.nn.functional.max_pool2d(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2, 2))",
       "m.nn.functional.max_pool2d(None, (2, 2))  # error: an undefined tensor (None): any error",
       "m.nn.functional.max_pool2d(m.ones((1, 1, 2, 5, 5)), (2, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5), dtype=m.int64), (2, 2))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5), dtype=m.bool), (2, 2))",
       "m.nn.functional.max_pool2d(m.zeros((0, 2, 5, 5)), (2, 2))",
       "m.nn.functional.max_pool2d(m.zeros((1, 2, 0, 5)), (2, 2))  # message: cotangent: Given "
       "input size: (2x0x5). Calculated output size: (2x0x2). Output size is too small",
       "m.nn.functional.max_pool2d(m.ones((1, 5, 5, 2)).permute((0, 3, 1, 2)), (2, 2))",
       "m.nn.functional.max_pool2d(m.tensor(0.5), (1, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (0, 0), (0, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (0, 0), (-1, 1))",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (0, 0), ((1 << 62), 1))  "
       "# message: cotangent: max_pool2d: kernel size, dilation, padding or stride "
       "4611686018427387904 is too large",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), ((1 << 62), 1), (1, 1), (0, 0), (4, 1))  "
       "# message: cotangent: max_pool2d: kernel size, dilation, padding or stride "
       "4611686018427387904 is too large",
       "m.nn.functional.max_pool2d(m.ones((1, 2, 5, 5)), (2, 2), None, (0, 0), (1, 1), True)"});
  set_calls(
      t, "avg_pool2d",
      {CT_F "avg_pool2d(x[0], 2)",
       CT_F "avg_pool2d(x[0], 3, 2, 1)",
       CT_F "avg_pool2d(x[0], 2, ceil_mode=True)",
       CT_F "avg_pool2d(x[0], 3, 2, 1, ceil_mode=True, count_include_pad=False)",
       CT_F "avg_pool2d(x[0], 3, 2, 1, ceil_mode=True)",
       CT_F "avg_pool2d(x[0], 2, 2, 2)",
       CT_F "avg_pool2d(x[0], 3, 2, 1, True, False)",
       "m.nn.functional.avg_pool2d(x[0], 2, stride=1)",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (0, 2))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (-1, 2))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2,))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2, 2))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), ())",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (6, 6))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (9223372036854775807, 1))  # message: "
       "cotangent: avg_pool2d: kernel size, dilation, padding or stride 9223372036854775807 is too "
       "large",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (0, 1))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (-1, 1))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (1, 1, 1))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (2, 0))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (-1, 0))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (2, 2), (2, 2), (1,))",
       "m.nn.functional.avg_pool2d(m.ones((2, 5, 5)), (2, 2))",
       "m.nn.functional.avg_pool2d(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2, 2))",
       "m.nn.functional.avg_pool2d(None, (2, 2))  # error: an undefined tensor (None): any error",
       "m.nn.functional.avg_pool2d(m.ones((1, 1, 2, 5, 5)), (2, 2))  # message: cotangent: "
       "non-empty 3D or 4D (batch mode) tensor expected for input",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5), dtype=m.int64), (2, 2))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5), dtype=m.bool), (2, 2))",
       "m.nn.functional.avg_pool2d(m.zeros((0, 2, 5, 5)), (2, 2))",
       "m.nn.functional.avg_pool2d(m.zeros((1, 2, 0, 5)), (2, 2))  # message: cotangent: Given "
       "input size: (2x0x5). Calculated output size: (2x0x2). Output size is too small",
       "m.nn.functional.avg_pool2d(m.ones((1, 5, 5, 2)).permute((0, 3, 1, 2)), (2, 2))",
       "m.nn.functional.avg_pool2d(m.tensor(0.5), (1, 1))",
       "m.nn.functional.avg_pool2d(m.ones((1, 2, 5, 5)), (3, 3), (2, 2), (1, 1), True, False)"});
  // unfold x: (1, 2, 4, 3); fold x: (1, 8, 4)
  set_calls(
      t, "unfold",
      {CT_F "unfold(x[0], 2)",
       CT_F "unfold(x[0], (2, 2), dilation=(1, 2), padding=1, stride=(2, 1))",
       CT_F "unfold(x[0], 5)", CT_F "unfold(x[0][0], 2)",
       CT_F "unfold(x[0], (2, 2), (1, 1), (1, 0), (1, 2))",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2, 2))",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (0, 2))",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (6, 6))  # message: cotangent: Given input "
       "size: (2x5x5). Calculated output size: (2x0x0). Output size is too small",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2,))  # differs (returns): a 1-element "
       "kernel_size is used for both dims, as conv2d's (torch's F.unfold wants two); not yet in "
       "docs/semantics.md",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (9223372036854775807, 1))  # message: "
       "cotangent: unfold: kernel size, dilation, padding or stride 9223372036854775807 is too "
       "large",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2, 2), (0, 1))",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2, 2), (1, 1), (-1, 0))",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2, 2), (1, 1), ((1 << 40), 0))  # message: "
       "cotangent: unfold: kernel size, dilation, padding or stride 1099511627776 is too large",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5)), (2, 2), (1, 1), (0, 0), (0, 1))",
       "m.nn.functional.unfold(m.ones((2, 5, 5)), (2, 2))",
       "m.nn.functional.unfold(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (2, 2))",
       "m.nn.functional.unfold(None, (2, 2))  # error: an undefined tensor (None): any error",
       "m.nn.functional.unfold(m.ones((1, 2, 5, 5), dtype=m.int64), (2, 2))",
       "m.nn.functional.unfold(m.zeros((0, 2, 5, 5)), (2, 2))"});
  set_calls(
      t, "fold",
      {CT_F "fold(x[0], (3, 4), (2, 2), padding=1, stride=2)",
       CT_F "fold(x[0][:, :4].repeat(1, 2, 1), (3, 3), 2)", CT_F "fold(x[0][:, :7], (3, 3), 2)",
       CT_F "fold(x[0], (4, 4), 2)",
       CT_F "fold(m.nn.functional.unfold(x[0].reshape(1, 2, 4, 4)[..., :3, :3], 2), (3, 3), 2)",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (5, 5), (2, 2))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (6, 6), (2, 2))",
       "m.nn.functional.fold(m.ones((1, 17, 9)), (5, 5), (2, 2))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (5, 5), (0, 2))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (1, 1), (2, 2))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (-5, 5), (2, 2))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (5,), (2, 2))  # message: cotangent checks the "
       "input's size before the length of output_size",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (5, 5), (2, 2), (1, 1), (0, 0), (0, 1))",
       "m.nn.functional.fold(m.ones((1, 18, 9)), (5, 5), (2, 2), (0, 1))",
       "m.nn.functional.fold(m.ones((1, 2, 5, 5)), (5, 5), (2, 2))",
       "m.nn.functional.fold(m.tensor([1.0, 2.0, 3.0]), (5, 5), (2, 2))",
       "m.nn.functional.fold(None, (5, 5), (2, 2))  # error: an undefined tensor (None): any error",
       "m.nn.functional.fold(m.ones((1, 18, 9)), ((1 << 40), (1 << 40)), (2, 2))"});
  set_calls(
      t, "pad",
      {CT_F "pad(x[0], (1, 2))",
       CT_F "pad(x[0], (0, 1, 2, 0), value=-1.5)",
       CT_F "pad(x[0], (-1, 1, 0, -2))",
       CT_F "pad(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), (1, 0, 0, 1), value=7)",
       CT_F "pad(x[0], (1,))",
       CT_F "pad(x[0], (1, 1, 1, 1, 1, 1, 1, 1))",
       CT_F "pad(x[0].reshape(1, 3, 4), (1, -1, 2, 0), mode='reflect')",
       CT_F "pad(x[0], (3, -1), mode='replicate')",
       CT_F "pad(x[0].reshape(1, 1, 3, 2, 2), (1, 0, 1, 1, 0, 2), mode='replicate')",
       CT_F "pad(x[0].reshape(1, 3, 4), (2, 1), mode='circular')",
       CT_F "pad(x[0].reshape(1, 1, 3, 4), (-1, 2, 1, 1), mode='circular')",
       CT_F "pad(x[0].reshape(1, 1, 1, 3, 4), (1, 1, 1, 0, 0, 1), mode='circular')",
       CT_F "pad(x[0], (-1, 1))",
       CT_F "pad(x[0].reshape(1, -1, 4), (2, 1), mode='reflect')",
       CT_F "pad(x[0].reshape(1, -1, 4), (2, 1), mode='replicate')",
       CT_F "pad(x[0].reshape(1, -1, 4), (2, 1), mode='circular')",
       CT_F "pad(x[0].reshape(1, 1, -1, 4), (1, 1, 1, 1), mode='reflect')",
       CT_F "pad(x[0].reshape(1, 1, 1, -1, 4), (1, 1, 1, 1, 0, 0), mode='replicate')",
       CT_F "pad(x[0], (1, 1), mode='foo')",
       CT_F "pad(x[0].reshape(-1), (1, 1), mode='reflect')",
       CT_F "pad(x[0], (1, 1), mode='replicate', value=1.0)",
       CT_F "pad(x[0].reshape(1, -1, 4), (5, 1), mode='reflect')",
       CT_F "pad(x[0].reshape(1, 1, -1, 4)[..., :3, :], (0, 0, 3, 0), mode='reflect')",
       CT_F "pad(x[0].reshape(1, -1, 4), (-3, -3), mode='reflect')",
       CT_F "pad(x[0].reshape(1, 1, -1, 4)[..., :3, :], (-2, -2, -3, 0), mode='replicate')",
       CT_F "pad(x[0].reshape(-1, 4)[:0].unsqueeze(0), (1, 1), mode='reflect')",
       CT_F "pad(x[0].reshape(-1, 4)[:0].unsqueeze(0), (1, 1), mode='replicate')",
       CT_F "pad(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().reshape(1, -1, 4), (1, 1), "
            "mode='reflect')",
       CT_F "pad(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().reshape(1, 1, 1, -1, 4), "
            "(0, 0, 1, 0, 0, 0), mode='replicate')",
       CT_F "pad(x[0].reshape(-1, 4), (1, 2), mode='circular')",
       CT_F "pad(x[0].reshape(1, -1, 4), (6, 0), mode='circular')",
       CT_F "pad(x[0].reshape(1, -1, 4), (-6, 0), mode='circular')",
       CT_F "pad(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long().reshape(1, -1, 4), (1, 1), "
            "mode='circular')",
       "m.nn.functional.pad(x[0], (1, -1, 0, 1), value=2.0)",
       "m.nn.functional.pad(x[0].reshape(-1, 3, 4), (-1, 3), mode='circular')",
       "m.nn.functional.pad(x[0].reshape(-1, 1, 3, 4), (1, 2, 2, 0), mode='circular')",
       "m.nn.functional.pad(x[0].reshape(-1, 1, 3, 2, 2), (1, 1, 0, 2, 1, 1), mode='circular')",
       "m.nn.functional.pad(x[0].reshape(-1, 1, 3, 4), (1, 1, 1, 1), mode='circular', value=0.0)",
       "m.nn.functional.pad(x[0].reshape(-1, 4), (1, 1, 1, 1), mode='circular')",
       "m.nn.functional.pad(x[0].reshape(-1, 3, 4) > 0, (-1, 3), mode='circular')",
       "m.nn.functional.pad(x[0].reshape(-1, 3, 4), (-4, 0), mode='circular')",
       "m.nn.functional.pad(x[0], (1, 1))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1,))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 1, 1, 1, 1, 1))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-2, -2))  # message: "
       "cotangent: The input size 3, plus negative padding -2 and -2 resulted in a negative output "
       "size, which is invalid. Check dimension 1 of your input.",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-1, -2))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (-9223372036854775808, "
       "0))  # differs (RuntimeError): torch's IndexError is incidental (it wraps a dim before "
       "checking the rank); cotangent checks the rank first and raises RuntimeError",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), ((1 << 40), (1 << 40)))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (9223372036854775807, "
       "1))  # message: cotangent: pad: padding 9223372036854775807, 1 is too large",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), ())",
       "m.nn.functional.pad(m.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]), (1, 1), \"bogus\")",
       "m.nn.functional.pad(m.ones((1, 2, 5, 5)), (1, 1), \"reflect\")",
       "m.nn.functional.pad(m.ones((1, 2, 5, 5)), (5, 5), \"reflect\")",
       "m.nn.functional.pad(m.ones((1, 2, 5, 5)), (1, 1), \"replicate\")",
       "m.nn.functional.pad(m.ones((1, 2, 5, 5)), (1, 1), \"circular\")",
       "m.nn.functional.pad(m.zeros((0, 3)), (0, 0, 1, 1))",
       "m.nn.functional.pad(m.tensor([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]).t(), (1, -1))"});
#undef CT_F

#define CT_F "m.nn.functional."
  // modes: x as (1, C, W), (1, 1, H, W) or (1, 1, 1, H, W)
#undef CT_F

  // calls moved from tests/python/test_ops.py and test_nn.py
  set_calls(t, "pad.reflect1d",
            {"m.nn.functional.pad(x[0], (-1, 3), mode='reflect')",
             "m.nn.functional.pad(x[0][0], (1, 2), mode='reflect')",
             "m.nn.functional.pad(x[0], (1, 1), mode='reflect', value=1.0)",
             "m.nn.functional.pad(x[0], (1, 2, 3), mode='reflect')",
             "m.nn.functional.pad(x[0][:0], (1, 1), mode='reflect')"});
  set_calls(t, "pad.reflect2d",
            {"m.nn.functional.pad(x[0], (1, 2, 2, 0), mode='reflect')",
             "m.nn.functional.pad(x[0], (1, 1, 1, 1), mode='reflect', value=0.0)",
             "m.nn.functional.pad(x[0][0], (1, 0, 2, 1), mode='reflect')",
             "m.nn.functional.pad(x[0], (4, 0, 0, 0), mode='reflect')",
             "m.nn.functional.pad(x[0], (-2, -2, -3, 0), mode='reflect')",
             "m.nn.functional.pad(x[0][:, :0], (1, 1, 1, 1), mode='reflect')",
             "m.nn.functional.pad(x[0] > 0, (1, 1, 1, 1), mode='reflect')"});
  set_calls(t, "pad.reflect3d",
            {"m.nn.functional.pad(x[0], (1, 1, 0, 1, 1, 1), mode='reflect')",
             "m.nn.functional.pad(x[0][0], (1, 1, 1, 1, 1, 1), mode='reflect')",
             "m.nn.functional.pad(x[0], (0, 0, 0, 0, 2, 0), mode='reflect')",
             "m.nn.functional.pad(x[0][0][:, :0], (1, 1, 1, 1, 1, 1), mode='reflect')"});
  set_calls(
      t, "pad.replicate1d",
      {"m.nn.functional.pad(x[0], (-1, 3), mode='replicate')",
       "m.nn.functional.pad(x[0][0], (1, 2), mode='replicate')",
       "m.nn.functional.pad(x[0], (-3, -2), mode='replicate')",
       "m.nn.functional.pad(m.nan_to_num(x[0], 0.0, 9.0, -9.0).long(), (1, 1), mode='replicate')"});
  set_calls(t, "pad.replicate2d",
            {"m.nn.functional.pad(x[0], (1, 2, 2, 0), mode='replicate')",
             "m.nn.functional.pad(x[0], (1, 1, 1, 1), mode='replicate', value=0.0)",
             "m.nn.functional.pad(x[0][0], (1, 0, 2, 1), mode='replicate')",
             "m.nn.functional.pad(x[0], (1, 1), mode='replicate')"});
  set_calls(t, "pad.replicate3d",
            {"m.nn.functional.pad(x[0], (1, 1, 0, 1, 1, 1), mode='replicate')",
             "m.nn.functional.pad(x[0][0], (1, 1, 1, 1, 1, 1), mode='replicate')",
             "m.nn.functional.pad(x[0], (-3, 0, -3, 0, -2, 0), mode='replicate')"});
  set_calls(t, "selu", {"m.nn.functional.selu(x[0])"});
}
}  // namespace ct::detail
