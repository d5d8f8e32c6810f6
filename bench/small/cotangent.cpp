// The small-function suite in cotangent: each case eager (ct::vjp / ct::grad
// per call) and compiled (ct::compile of the same call: recorded once,
// replayed).
#include <cotangent/cotangent.h>

#include <memory>

#include "small_functions.h"

namespace small {
namespace {

using ct::Tensor;

std::vector<double> values(std::initializer_list<Tensor> ts) {
  std::vector<double> out;
  for (const Tensor& t : ts) {
    auto v = t.contiguous().to_vector<double>();
    out.insert(out.end(), v.begin(), v.end());
  }
  return out;
}

Tensor tensor(const std::vector<double>& v, ct::Shape shape) { return ct::from_vector(v, shape); }

// Adds the eager and compiled entries of one case; `call` maps the inputs
// to the outputs reported.
template <class Call>
void add_both(std::vector<Entry>& out, const std::string& name, std::vector<Tensor> inputs,
              Call call, std::function<std::vector<Tensor>()> next_inputs = nullptr,
              std::function<void()> reset = nullptr) {
  struct State {
    std::vector<Tensor> inputs, results;
  };
  for (bool compiled : {false, true}) {
    auto st = std::make_shared<State>();
    st->inputs = inputs;
    std::function<std::vector<Tensor>(const std::vector<Tensor>&)> f = call;
    if (compiled) f = ct::compile(call);
    out.push_back({name, compiled ? "cotangent compiled" : "cotangent eager",
                   [st, f, next_inputs] {
                     if (next_inputs) st->inputs = next_inputs();
                     st->results = f(st->inputs);
                   },
                   [st] {
                     std::vector<double> v;
                     for (const Tensor& t : st->results) {
                       auto r = values({t});
                       v.insert(v.end(), r.begin(), r.end());
                     }
                     return v;
                   },
                   reset});
  }
}

}  // namespace

void add_cotangent(std::vector<Entry>& out) {
  // Rat43: value and gradient of the residual.
  {
    auto d = std::make_shared<Rat43Data>();
    auto residual = [d](const Tensor& b) {
      return d->y - b.select(0, 0) / ct::pow(1.0 + (b.select(0, 1) - b.select(0, 2) * d->x).exp(),
                                             b.select(0, 3).reciprocal());
    };
    add_both(out, "Rat43 value+gradient", {tensor(d->b, {4})},
             [residual](const std::vector<Tensor>& in) {
               auto r = ct::vjp(residual, in[0]);
               return std::vector<Tensor>{r.output, r.vjp};
             });
  }
  // The gradient of sum(tanh(W x + b)) for a new x at each call.
  {
    auto d = std::make_shared<TanhData>();
    Tensor W = tensor(d->W, {TanhData::n, TanhData::n}), b = tensor(d->b, {TanhData::n});
    Tensor xs = tensor(d->xs, {TanhData::calls, TanhData::n});
    auto layer = [W, b](const Tensor& x) { return ct::tanh(ct::mv(W, x) + b).sum(); };
    auto next = std::make_shared<int64_t>(0);
    add_both(
        out, "tanh(Wx+b) gradient, x in R^10", {xs.select(0, 0)},
        [layer](const std::vector<Tensor>& in) {
          return std::vector<Tensor>{ct::vjp(layer, in[0]).vjp};
        },
        [xs, next] {
          *next = (*next + 1) % TanhData::calls;
          return std::vector<Tensor>{xs.select(0, *next)};
        },
        [next] { *next = TanhData::calls - 1; });
  }
  // GMM objective gradient, as tensor code: the lower triangles come from a
  // constant 0/1 matrix (a GEMM), the d x d factors act on all points at once.
  for (auto [dd, K] : {std::pair{2, 5}, std::pair{10, 25}}) {
    auto g = std::make_shared<GmmData>(dd, K, 1000);
    const int64_t d = g->d, m = d * (d - 1) / 2;
    Tensor S = tensor(g->lower_selection(), {d * d, g->lower_size()});
    Tensor x = tensor(g->x, {g->n, d});
    const double constant = g->constant();
    auto objective = [g, S, x, d, m, K = int64_t(K), constant](const std::vector<Tensor>& p) {
      const Tensor &alphas = p[0], &means = p[1], &icf = p[2];
      Tensor qdiag = icf.narrow(1, 0, d), lower = icf.narrow(1, d, m);
      Tensor Q = ct::diag_embed(qdiag.exp()) + ct::matmul(lower, S.t()).view({K, d, d});
      Tensor xc = x.unsqueeze(0) - means.unsqueeze(1);  // K, n, d
      Tensor Qx = ct::matmul(xc, Q.transpose(1, 2));
      Tensor main = alphas.unsqueeze(1) + qdiag.sum({1}, true) - 0.5 * (Qx * Qx).sum({2});
      Tensor slse = ct::logsumexp(main, {0}).sum();
      Tensor prior =
          0.5 * g->gamma * g->gamma * ((2.0 * qdiag).exp().sum() + (lower * lower).sum()) -
          double(g->m) * qdiag.sum();
      return slse - double(g->n) * ct::logsumexp(alphas, {0}) + prior + constant;
    };
    std::vector<Tensor> params{tensor(g->alphas, {K}), tensor(g->means, {K, d}),
                               tensor(g->icf, {K, g->icf_size()})};
    add_both(out, "GMM gradient d=" + std::to_string(d) + " K=" + std::to_string(K) + " n=1000",
             params, [objective](const std::vector<Tensor>& in) {
               auto r = ct::vjp(objective, in);
               std::vector<Tensor> res{r.output};
               res.insert(res.end(), r.vjp.begin(), r.vjp.end());
               return res;
             });
  }
  // Bundle adjustment: the 2 x 15 Jacobian of each observation's residual,
  // all 10,000 at once (two batched vector-Jacobian products).
  {
    auto d = std::make_shared<BaData>();
    const int64_t N = BaData::obs;
    Tensor feat = tensor(d->feat, {N, 2});
    Tensor rows = ct::zeros({2, N, 2}, ct::float64);
    rows.select(2, 0).select(0, 0).fill_(1.0);
    rows.select(2, 1).select(0, 1).fill_(1.0);
    auto residual = [feat](const Tensor& cams, const Tensor& X, const Tensor& w) {
      Tensor rot = cams.narrow(1, 0, 3), Xo = X - cams.narrow(1, 3, 3);
      Tensor theta = (rot * rot).sum({1}, true).sqrt();
      Tensor wv = rot / theta, c = theta.cos();
      Tensor Xcam =
          Xo * c + ct::cross(wv, Xo, 1) * theta.sin() + wv * ((wv * Xo).sum({1}, true) * (1.0 - c));
      Tensor p = Xcam.narrow(1, 0, 2) / Xcam.narrow(1, 2, 1);
      Tensor rsq = (p * p).sum({1}, true);
      Tensor Lf = 1.0 + cams.narrow(1, 9, 1) * rsq + cams.narrow(1, 10, 1) * rsq * rsq;
      return w * (p * Lf * cams.narrow(1, 6, 1) + cams.narrow(1, 7, 2) - feat);
    };
    add_both(out, "BA Jacobian 2x15, 10000 obs.",
             {tensor(d->cams, {N, 11}), tensor(d->X, {N, 3}), tensor(d->w, {N, 1})},
             [residual, rows](const std::vector<Tensor>& in) {
               std::vector<Tensor> leaves;
               for (const Tensor& t : in) leaves.push_back(t.detach().requires_grad_(true));
               Tensor err = residual(leaves[0], leaves[1], leaves[2]);
               std::vector<Tensor> g = ct::grad({err}, leaves, {rows}, false, false, false, true);
               // (2, N, 15) -> (N, 2, 15): each observation's Jacobian, row-major
               return std::vector<Tensor>{ct::cat(g, 2).transpose(0, 1).contiguous()};
             });
  }
}

}  // namespace small
