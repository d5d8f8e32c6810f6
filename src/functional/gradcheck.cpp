// Finite-difference gradient checks (torch.autograd.gradcheck).
#include "cotangent/gradcheck.h"

#include <cmath>
#include <random>
#include <sstream>

#include "cotangent/autograd.h"
#include "cotangent/forward_ad.h"
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

using Matrix3 = std::vector<std::vector<std::vector<double>>>;  // [out][in][i * n + j]

bool checked_output(const Tensor& y) { return y.defined() && y.is_floating_point(); }

// The random vectors of the fast and batched checks come from a generator
// of their own, so gradcheck leaves the user's random stream alone (torch
// uses a fresh torch.Generator for the same reason).
struct Draws {
  std::mt19937_64 gen{0};
  // torch's _vec_from_tensor: uniform [0, 1) entries scaled to unit norm.
  std::vector<double> unit(int64_t n) {
    std::uniform_real_distribution<double> d(0.0, 1.0);
    std::vector<double> v(static_cast<size_t>(n));
    double norm = 0;
    for (double& x : v) {
      x = d(gen);
      norm += x * x;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
      for (double& x : v) x /= norm;
    return v;
  }
  Tensor normal_like(const Tensor& t) {
    std::normal_distribution<double> d(0.0, 1.0);
    std::vector<double> v(static_cast<size_t>(t.numel()));
    for (double& x : v) x = d(gen);
    return from_vector(v, t.shape()).to(t.dtype());
  }
};

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double r = 0;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) r += a[i] * b[i];
  return r;
}

double sum(const std::vector<double>& a) { return dot(a, std::vector<double>(a.size(), 1.0)); }

bool close(double a, double n, double atol, double rtol) {
  return std::fabs(a - n) <= atol + rtol * std::fabs(n);
}

// (f(x + eps d) - f(x - eps d)) / 2 eps for every output, with input `in`
// moved along direction d. The input is perturbed through its raw buffer,
// so its version counter stays untouched, as in torch.autograd.gradcheck.
std::vector<std::vector<double>> directional(const TensorFunction& f,
                                             const std::vector<Tensor>& inputs, size_t in,
                                             const std::vector<double>& d, double eps) {
  Tensor flat = inputs[in].detach().reshape({-1});
  double* data = flat.data_ptr<double>();
  const std::vector<double> orig(data, data + flat.numel());
  auto shifted = [&](double sign) {
    for (size_t j = 0; j < orig.size(); ++j) data[j] = orig[j] + sign * eps * d[j];
    std::vector<Tensor> r = evaluate(f, inputs);
    for (size_t j = 0; j < orig.size(); ++j) data[j] = orig[j];
    return r;
  };
  std::vector<Tensor> plus = shifted(1.0), minus = shifted(-1.0);
  std::vector<std::vector<double>> res(plus.size());
  for (size_t o = 0; o < plus.size(); ++o) {
    if (!plus[o].defined()) continue;
    std::vector<double> p = plus[o].to_vector<double>(), q = minus[o].to_vector<double>();
    res[o].resize(p.size());
    for (size_t i = 0; i < p.size(); ++i) res[o][i] = (p[i] - q[i]) / (2 * eps);
  }
  return res;
}

// numerical[out][in]: m x n row-major, by central differences (one input
// element at a time). Runs before any graph is recorded.
Matrix3 numerical_jacobian(const TensorFunction& func, const std::vector<Tensor>& inputs,
                           const std::vector<Tensor>& reference, double eps) {
  Matrix3 numerical(reference.size(), std::vector<std::vector<double>>(inputs.size()));
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    const int64_t n = x.numel();
    for (size_t o = 0; o < reference.size(); ++o)
      if (reference[o].defined())
        numerical[o][in].assign(static_cast<size_t>(reference[o].numel() * n), 0.0);
    for (int64_t j = 0; j < n; ++j) {
      std::vector<double> e(static_cast<size_t>(n), 0.0);
      e[j] = 1.0;
      std::vector<std::vector<double>> col = directional(func, inputs, in, e, eps);
      for (size_t o = 0; o < reference.size(); ++o)
        for (size_t i = 0; i < col[o].size(); ++i) numerical[o][in][i * n + j] = col[o][i];
    }
  }
  return numerical;
}

// func on the inputs with input `in` made dual (tangent t); the outputs'
// tangents, zeros where an output has none. The primal requires grad as the
// input does, so that a func that differentiates its arguments (gradgradcheck's
// first derivative) sees them as torch's gradcheck restores them.
std::vector<Tensor> output_tangents(const TensorFunction& func, const std::vector<Tensor>& inputs,
                                    size_t in, const Tensor& t, int64_t batch) {
  forward_ad::DualLevel level(batch);
  std::vector<Tensor> args = inputs;
  args[in] = forward_ad::make_dual(inputs[in].detach().requires_grad_(true), t);
  std::vector<Tensor> outs = func(args);
  std::vector<Tensor> r(outs.size());
  for (size_t o = 0; o < outs.size(); ++o) {
    if (!checked_output(outs[o])) continue;
    Tensor tan = forward_ad::unpack_dual(outs[o]).tangent;
    if (tan.defined()) {
      r[o] = tan.detach().clone();
    } else {
      Shape s;
      if (batch > 0) s.push_back(batch);
      for (int64_t d : outs[o].shape()) s.push_back(d);
      r[o] = zeros(s, outs[o].dtype());
    }
  }
  return r;
}

std::string mismatch(const char* mode, size_t out_i, size_t in, int64_t i, int64_t j, double nu,
                     double a, const Tensor& x, const Tensor& y) {
  std::ostringstream msg;
  msg << "Jacobian " << mode << "mismatch for output " << out_i << " with respect to input " << in
      << " at element (output index " << i << ", input index " << j << "): numerical " << nu
      << ", analytical " << a << " (input shape " << to_string(x.shape()) << ", output shape "
      << to_string(y.shape()) << ")";
  return msg.str();
}

// torch's texts for a fast-mode failure: the two projections, then a note
// that they are projections (torch then recomputes the slow Jacobians).
std::string fast_mismatch(const char* mode, size_t out_i, size_t in, double nu, double a) {
  std::ostringstream msg;
  msg.precision(10);
  msg << "Jacobian " << mode << "mismatch for output " << out_i << " with respect to input " << in
      << ",\nnumerical:" << nu << "\nanalytical:" << a
      << "\n\nThe above quantities relating the numerical and analytical jacobians are computed "
         "\nin fast mode. See: https://github.com/pytorch/pytorch/issues/53876 for more "
         "background \nabout fast mode. Run with fast_mode=false for the element that differs.\n";
  return msg.str();
}

const char* const kFailedBatchedGradMsg =
    "gradcheck or gradgradcheck failed while testing batched gradient computation.\n"
    "This could have been invoked in a number of ways (via a test that calls\n"
    "gradcheck/gradgradcheck directly or via an autogenerated test).\n\n"
    "If you are adding a new operator, please file an issue and then use one of the\n"
    "workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.\n"
    "If the test\n"
    "- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck\n"
    "  with `check_batched_grad=False` as a keyword argument.\n";

const char* const kFailedBatchedGradMsgFwdAd =
    "gradcheck failed while testing batched gradient computation with forward-mode AD.\n"
    "This test is enabled automatically when both `check_batched_grad=True`\n"
    "and `check_forward_ad=True`, but can be disabled in the following ways\n"
    "dependong on how the test was invoked (via a test that calls gradcheck\n"
    "directly or via an autogenerated test).\n\n"
    "If you are adding a new operator, please file an issue and then use one of the\n"
    "workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.\n"
    "If the test\n"
    "- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck\n"
    "  with `check_batched_forward_grad=False` as a keyword argument.\n";

// torch's _get_failed_batched_grad_test_msg.
std::string batched_mismatch(size_t out_i, size_t in, const Tensor& res, const Tensor& exp,
                             bool forward) {
  std::ostringstream msg;
  msg << "For output " << out_i << " and input " << in << ":\n\n"
      << (forward ? kFailedBatchedGradMsgFwdAd : kFailedBatchedGradMsg) << "\nGot:\n"
      << res << "\n\nExpected:\n"
      << exp;
  return msg.str();
}

// Reverse mode, every Jacobian entry (one backward per output element).
bool slow_backward(const GradcheckOptions& opt, const std::vector<Tensor>& inputs,
                   const std::vector<Tensor>& outputs, const Matrix3& numerical) {
  for (size_t out_i = 0; out_i < outputs.size(); ++out_i) {
    const Tensor& y = outputs[out_i];
    if (!checked_output(y)) continue;
    const int64_t m = y.numel();
    for (size_t in = 0; in < inputs.size(); ++in) {
      const Tensor& x = inputs[in];
      if (!x.defined() || !x.requires_grad()) continue;
      const int64_t n = x.numel();
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
          if (!close(a, nu, opt.atol, opt.rtol))
            return fail(opt, mismatch("", out_i, in, i, j, nu, a, x, y));
        }
      }
    }
  }
  return true;
}

// Forward mode, every Jacobian column (one dual level per input element).
bool slow_forward(const TensorFunction& func, const GradcheckOptions& opt,
                  const std::vector<Tensor>& inputs, const std::vector<Tensor>& reference,
                  const Matrix3& numerical) {
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    const int64_t n = x.numel();
    for (int64_t j = 0; j < n; ++j) {
      std::vector<double> e(static_cast<size_t>(n), 0.0);
      e[j] = 1.0;
      std::vector<Tensor> col = output_tangents(func, inputs, in, from_vector(e, x.shape()), 0);
      for (size_t out_i = 0; out_i < reference.size(); ++out_i) {
        if (!col[out_i].defined()) continue;
        std::vector<double> a = col[out_i].to(DType::Float64).to_vector<double>();
        for (size_t i = 0; i < a.size(); ++i) {
          double nu = numerical[out_i][in][i * n + j];
          if (!close(a[i], nu, opt.atol, opt.rtol))
            return fail(opt, mismatch("computed with forward mode ", out_i, in,
                                      static_cast<int64_t>(i), j, nu, a[i], x, reference[out_i]));
        }
      }
    }
  }
  return true;
}

// torch's _fast_gradcheck: per input k a random unit u_k, per output a
// random unit v; reverse mode compares v^T J u_k (backward: (J^T v) . u_k,
// numerical: v . (J u_k)); forward mode compares J u_k entrywise.
bool fast_check(const TensorFunction& func, const GradcheckOptions& opt,
                const std::vector<Tensor>& inputs, const std::vector<Tensor>& reference,
                const std::vector<Tensor>& outputs, bool forward) {
  Draws draws;
  std::vector<std::vector<double>> u(inputs.size()), v(reference.size());
  for (size_t in = 0; in < inputs.size(); ++in)
    if (inputs[in].defined() && inputs[in].requires_grad()) u[in] = draws.unit(inputs[in].numel());
  if (!forward)
    for (size_t o = 0; o < reference.size(); ++o)
      if (checked_output(reference[o])) v[o] = draws.unit(reference[o].numel());
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    std::vector<std::vector<double>> ju = directional(func, inputs, in, u[in], opt.eps);
    if (forward) {
      std::vector<Tensor> t = output_tangents(func, inputs, in, from_vector(u[in], x.shape()), 0);
      const double atol = opt.atol * sum(u[in]);
      for (size_t o = 0; o < reference.size(); ++o) {
        if (!t[o].defined()) continue;
        std::vector<double> a = t[o].to(DType::Float64).to_vector<double>();
        for (size_t i = 0; i < a.size(); ++i)
          if (!close(a[i], ju[o][i], atol, opt.rtol))
            return fail(opt, fast_mismatch("computed with forward mode ", o, in, ju[o][i], a[i]));
      }
      continue;
    }
    for (size_t o = 0; o < outputs.size(); ++o) {
      const Tensor& y = outputs[o];
      if (!checked_output(y)) continue;
      double a = 0;
      if (y.requires_grad()) {
        auto g = grad({y}, {x}, {from_vector(v[o], y.shape()).to(y.dtype())}, true, false, true);
        if (g[0].defined()) a = dot(g[0].to(DType::Float64).to_vector<double>(), u[in]);
      }
      const double nu = dot(v[o], ju[o]);
      if (!close(a, nu, opt.atol * sum(u[in]) * sum(v[o]), opt.rtol))
        return fail(opt, fast_mismatch("", o, in, nu, a));
    }
  }
  return true;
}

// torch's _test_batched_grad: for each differentiable output, one batched
// backward over two random cotangents against a backward per cotangent.
bool batched_backward(const GradcheckOptions& opt, const std::vector<Tensor>& inputs,
                      const std::vector<Tensor>& outputs) {
  Draws draws;
  std::vector<Tensor> diff;
  for (const Tensor& x : inputs)
    if (x.defined() && x.requires_grad()) diff.push_back(x);
  size_t out_i = 0;  // torch numbers the differentiable outputs
  for (const Tensor& y : outputs) {
    if (!y.defined() || !y.requires_grad()) continue;
    std::vector<Tensor> gos{draws.normal_like(y), draws.normal_like(y)};
    auto with_zeros = [&diff](std::vector<Tensor> g) {
      for (size_t k = 0; k < g.size(); ++k)
        if (!g[k].defined()) g[k] = zeros_like(diff[k]);
      return g;
    };
    std::vector<std::vector<Tensor>> rows(diff.size());
    for (const Tensor& go : gos) {
      std::vector<Tensor> g = with_zeros(grad({y}, diff, {go}, true, false, true));
      for (size_t k = 0; k < diff.size(); ++k) rows[k].push_back(g[k]);
    }
    std::vector<Tensor> res;
    try {
      res = grad({y}, diff, {stack(gos, 0)}, true, false, true, /*is_grads_batched=*/true);
    } catch (const Error& e) {
      return fail(opt, std::string("While computing batched gradients, got: ") + e.what() + "\n\n" +
                           kFailedBatchedGradMsg);
    }
    for (size_t k = 0; k < diff.size(); ++k) {
      Tensor exp = stack(rows[k], 0);
      Tensor r = res[k].defined() ? res[k] : zeros_like(exp);
      if (!allclose(r, exp)) return fail(opt, batched_mismatch(out_i, k, r, exp, false));
    }
    ++out_i;
  }
  return true;
}

// torch's _test_batched_grad_forward_ad: per differentiable input, one
// batched dual level over two random tangents against a level per tangent.
bool batched_forward(const TensorFunction& func, const GradcheckOptions& opt,
                     const std::vector<Tensor>& inputs) {
  Draws draws;
  for (size_t in = 0; in < inputs.size(); ++in) {
    const Tensor& x = inputs[in];
    if (!x.defined() || !x.requires_grad()) continue;
    std::vector<Tensor> tangents{draws.normal_like(x), draws.normal_like(x)};
    std::vector<std::vector<Tensor>> expected;
    for (const Tensor& t : tangents) expected.push_back(output_tangents(func, inputs, in, t, 0));
    std::vector<Tensor> res;
    try {
      res = output_tangents(func, inputs, in, stack(tangents, 0), 2);
    } catch (const Error& e) {
      return fail(opt, std::string("While computing batched gradients, got: ") + e.what() + "\n\n" +
                           kFailedBatchedGradMsgFwdAd);
    }
    for (size_t o = 0; o < res.size(); ++o) {
      if (!res[o].defined()) continue;
      Tensor exp = stack({expected[0][o], expected[1][o]}, 0);
      // torch reports the input index for both (its loop reuses the name)
      if (!allclose(res[o], exp)) return fail(opt, batched_mismatch(in, in, res[o], exp, true));
    }
  }
  return true;
}

}  // namespace

bool gradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
               const GradcheckOptions& opt) {
  if (!opt.check_forward_ad && !opt.check_backward_ad)
    throw AssertionError(
        "Expected at least one of check_forward_ad or check_backward_ad to be True");
  if (opt.check_batched_grad && !opt.check_backward_ad)
    throw AssertionError("Setting check_batched_grad=True requires check_backward_ad to be True");
  if (opt.check_batched_forward_grad && !opt.check_forward_ad)
    throw AssertionError(
        "Setting check_batched_forward_grad=True requires check_forward_ad to be True");
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
  for (size_t o = 0; o < reference.size(); ++o)
    if (!reference[o].defined())
      throw ValueError("gradcheck: output " + std::to_string(o) +
                       " of func is an undefined tensor (Python: None)");
  Matrix3 numerical;
  if (!opt.fast_mode) numerical = numerical_jacobian(func, inputs, reference, opt.eps);

  std::vector<Tensor> outputs;
  {
    EnableGradGuard enable;
    outputs = func(inputs);
  }
  if (opt.check_backward_ad) {
    bool ok = opt.fast_mode ? fast_check(func, opt, inputs, reference, outputs, false)
                            : slow_backward(opt, inputs, outputs, numerical);
    if (!ok) return false;
  }
  if (opt.check_forward_ad) {
    bool ok = opt.fast_mode ? fast_check(func, opt, inputs, reference, outputs, true)
                            : slow_forward(func, opt, inputs, reference, numerical);
    if (!ok) return false;
  }
  // torch's order: batched forward, then batched backward.
  if (opt.check_batched_forward_grad && !batched_forward(func, opt, inputs)) return false;
  if (opt.check_batched_grad && !batched_backward(opt, inputs, outputs)) return false;
  return true;
}

bool gradgradcheck(const TensorFunction& func, const std::vector<Tensor>& inputs,
                   const std::vector<Tensor>& grad_outputs, const GradcheckOptions& opt) {
  if (opt.check_batched_grad && !opt.check_backward_ad)
    throw AssertionError("Setting check_batched_grad=True requires check_rev_over_rev to be True");
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
