// Finite-difference gradient checks (torch.autograd.gradcheck).
#include "cotangent/gradcheck.h"

#include <cmath>
#include <sstream>

#include "cotangent/autograd.h"
#include "cotangent/io.h"
#include "cotangent/ops.h"

namespace ct {

namespace {

std::vector<Tensor> evaluate(const TensorFunction& f, const std::vector<Tensor>& inputs) {
  NoGradGuard no_grad;
  std::vector<Tensor> out = f(inputs);
  // clone: an output may be a view of an input that is about to be perturbed
  for (Tensor& t : out)
    if (t.defined()) t = t.to(DType::Float64).clone();
  return out;
}

bool fail(const GradcheckOptions& o, const std::string& msg) {
  if (o.raise_exception) throw RuntimeError(msg);
  return false;
}

}  // namespace

bool gradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
               const GradcheckOptions& opt) {
  bool any = false;
  for (const Tensor& x : inputs) {
    if (!x.defined()) throw ValueError("gradcheck: an input is an undefined tensor");
    any = any || x.requires_grad();
  }
  if (!any)
    throw ValueError(
        "gradcheck expects at least one input tensor to require gradient, but none of the them "
        "have requires_grad=True.");
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    if (x.dtype() != DType::Float64)
      return fail(opt, "gradcheck: input " + std::to_string(in) +
                           " is not float64; finite differences need double precision");
    if (!x.is_contiguous())
      return fail(opt, "gradcheck: input " + std::to_string(in) + " must be contiguous");
  }
  const std::vector<Tensor> reference = evaluate(func, inputs);
  // numerical[out][in]: m x n row-major, by central differences. The inputs
  // are perturbed in place, so this runs before any graph is recorded.
  std::vector<std::vector<std::vector<double>>> numerical(reference.size());
  for (size_t out_i = 0; out_i < reference.size(); ++out_i) numerical[out_i].resize(inputs.size());
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    const int64_t n = x.numel();
    for (size_t out_i = 0; out_i < reference.size(); ++out_i)
      numerical[out_i][in].assign(static_cast<size_t>(reference[out_i].numel() * n), 0.0);
    Tensor flat = x.detach().reshape({-1});
    for (int64_t j = 0; j < n; ++j) {
      // Perturb through the raw buffer: the input's version counter stays
      // untouched, as in torch.autograd.gradcheck.
      double* elem = flat.data_ptr<double>() + j;
      const double orig = *elem;
      *elem = orig + opt.eps;
      std::vector<Tensor> plus = evaluate(func, inputs);
      *elem = orig - opt.eps;
      std::vector<Tensor> minus = evaluate(func, inputs);
      *elem = orig;
      for (size_t out_i = 0; out_i < reference.size(); ++out_i) {
        if (!reference[out_i].defined()) continue;
        std::vector<double> p = plus[out_i].to_vector<double>(),
                            q = minus[out_i].to_vector<double>();
        for (size_t i = 0; i < p.size(); ++i)
          numerical[out_i][in][i * n + j] = (p[i] - q[i]) / (2 * opt.eps);
      }
    }
  }

  std::vector<Tensor> outputs;
  {
    EnableGradGuard enable;
    outputs = func(inputs);
  }
  for (size_t out_i = 0; out_i < outputs.size(); ++out_i) {
    const Tensor& y = outputs[out_i];
    if (!y.defined() || !y.is_floating_point()) continue;
    const int64_t m = y.numel();
    for (size_t in = 0; in < inputs.size(); ++in) {
      const Tensor& x = inputs[in];
      if (!x.defined() || !x.requires_grad()) continue;
      const int64_t n = x.numel();
      // Analytical Jacobian, row by row (one backward per output element).
      for (int64_t i = 0; i < m; ++i) {
        std::vector<double> row(static_cast<size_t>(n), 0.0);
        if (y.requires_grad()) {
          Tensor go = zeros({m}, y.dtype());
          go.slice(0, i, i + 1).fill_(1.0);
          auto g = grad({y}, {x}, {go.reshape(y.shape())}, true, false, true);
          if (g[0].defined()) row = g[0].to_vector<double>();
        }
        for (int64_t j = 0; j < n; ++j) {
          double a = row[j], nu = numerical[out_i][in][i * n + j];
          if (!(std::fabs(a - nu) <= opt.atol + opt.rtol * std::fabs(nu))) {
            std::ostringstream msg;
            msg << "Jacobian mismatch for output " << out_i << " with respect to input " << in
                << " at element (output index " << i << ", input index " << j << "): numerical "
                << nu << ", analytical " << a << " (input shape " << to_string(x.shape())
                << ", output shape " << to_string(y.shape()) << ")";
            return fail(opt, msg.str());
          }
        }
      }
    }
  }
  return true;
}

bool gradgradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
                   const std::vector<Tensor>& grad_outputs, const GradcheckOptions& opt) {
  std::vector<Tensor> outs;
  {
    EnableGradGuard enable;
    outs = func(inputs);
  }
  std::vector<Tensor> gos = grad_outputs;
  if (gos.empty())
    for (const Tensor& o : outs)
      gos.push_back(randn(o.shape(), DType::Float64).requires_grad_(true));
  const size_t n_in = inputs.size();
  std::vector<Tensor> all = inputs;
  for (const Tensor& g : gos) all.push_back(g);
  TensorFunction first_derivative = [&func, n_in](const std::vector<Tensor>& args) {
    EnableGradGuard enable;
    std::vector<Tensor> ins(args.begin(), args.begin() + n_in);
    std::vector<Tensor> go(args.begin() + n_in, args.end());
    std::vector<Tensor> outs = func(ins);
    std::vector<Tensor> diff_in, kept_out, kept_go;
    for (const Tensor& t : ins)
      if (t.requires_grad()) diff_in.push_back(t);
    for (size_t i = 0; i < outs.size(); ++i)
      if (outs[i].requires_grad()) {
        kept_out.push_back(outs[i]);
        kept_go.push_back(go[i]);
      }
    // One gradient per differentiable input, zeros where none arrived, so
    // that there is always something to compare (never a vacuous pass).
    std::vector<Tensor> g(diff_in.size());
    if (!kept_out.empty() && !diff_in.empty())
      g = grad(kept_out, diff_in, kept_go, true, true, true);
    for (size_t i = 0; i < g.size(); ++i)
      if (!g[i].defined()) g[i] = zeros_like(diff_in[i]);
    return g;
  };
  return gradcheck(first_derivative, all, opt);
}

}  // namespace ct
