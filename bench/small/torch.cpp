// The small-function suite in LibTorch: the tensor code of cotangent.cpp,
// differentiated with torch::autograd::grad at each call.
#include <torch/torch.h>

#include <memory>

#include "small_functions.h"

namespace small {
namespace {

using torch::Tensor;
const auto kF64 = torch::TensorOptions().dtype(torch::kFloat64);

Tensor tensor(const std::vector<double>& v, std::vector<int64_t> shape) {
  return torch::from_blob(const_cast<double*>(v.data()), shape, kF64).clone();
}

std::vector<double> values(const std::vector<Tensor>& ts) {
  std::vector<double> out;
  for (const Tensor& t : ts) {
    Tensor c = t.contiguous();
    out.insert(out.end(), c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
  }
  return out;
}

void add(std::vector<Entry>& out, const std::string& name,
         std::function<std::vector<Tensor>()> call, std::function<void()> reset = nullptr) {
  auto res = std::make_shared<std::vector<Tensor>>();
  out.push_back(
      {name, "LibTorch", [call, res] { *res = call(); }, [res] { return values(*res); }, reset});
}

}  // namespace

void add_torch(std::vector<Entry>& out) {
  torch::set_num_threads(1);
  {
    auto d = std::make_shared<Rat43Data>();
    Tensor b0 = tensor(d->b, {4});
    add(out, "Rat43 value+gradient", [d, b0] {
      Tensor b = b0.detach().requires_grad_(true);
      Tensor r = d->y - b[0] / torch::pow(1.0 + (b[1] - b[2] * d->x).exp(), b[3].reciprocal());
      auto g = torch::autograd::grad({r}, {b});
      return std::vector<Tensor>{r.detach(), g[0]};
    });
  }
  {
    auto d = std::make_shared<TanhData>();
    Tensor W = tensor(d->W, {TanhData::n, TanhData::n}), b = tensor(d->b, {TanhData::n});
    Tensor xs = tensor(d->xs, {TanhData::calls, TanhData::n});
    auto next = std::make_shared<int64_t>(0);
    add(
        out, "tanh(Wx+b) gradient, x in R^10",
        [W, b, xs, next] {
          *next = (*next + 1) % TanhData::calls;
          Tensor x = xs[*next].detach().requires_grad_(true);
          Tensor y = torch::tanh(torch::mv(W, x) + b).sum();
          return std::vector<Tensor>{torch::autograd::grad({y}, {x})[0]};
        },
        [next] { *next = TanhData::calls - 1; });
  }
  for (auto [dd, K] : {std::pair{2, 5}, std::pair{10, 25}}) {
    auto g = std::make_shared<GmmData>(dd, K, 1000);
    const int64_t d = g->d, m = d * (d - 1) / 2;
    Tensor S = tensor(g->lower_selection(), {d * d, g->lower_size()});
    Tensor x = tensor(g->x, {g->n, d});
    std::vector<Tensor> params{tensor(g->alphas, {K}), tensor(g->means, {K, d}),
                               tensor(g->icf, {K, g->icf_size()})};
    const double constant = g->constant();
    add(out, "GMM gradient d=" + std::to_string(d) + " K=" + std::to_string(K) + " n=1000", [=] {
      std::vector<Tensor> p;
      for (const Tensor& t : params) p.push_back(t.detach().requires_grad_(true));
      Tensor qdiag = p[2].narrow(1, 0, d), lower = p[2].narrow(1, d, m);
      Tensor Q = torch::diag_embed(qdiag.exp()) + torch::matmul(lower, S.t()).view({K, d, d});
      Tensor xc = x.unsqueeze(0) - p[1].unsqueeze(1);
      Tensor Qx = torch::matmul(xc, Q.transpose(1, 2));
      Tensor main = p[0].unsqueeze(1) + qdiag.sum({1}, true) - 0.5 * (Qx * Qx).sum({2});
      Tensor slse = torch::logsumexp(main, {0}).sum();
      Tensor prior =
          0.5 * g->gamma * g->gamma * ((2.0 * qdiag).exp().sum() + (lower * lower).sum()) -
          double(g->m) * qdiag.sum();
      Tensor y = slse - double(g->n) * torch::logsumexp(p[0], {0}) + prior + constant;
      auto gr = torch::autograd::grad({y}, p);
      return std::vector<Tensor>{y.detach(), gr[0], gr[1], gr[2]};
    });
  }
  {
    auto d = std::make_shared<BaData>();
    const int64_t N = BaData::obs;
    Tensor feat = tensor(d->feat, {N, 2});
    Tensor cams0 = tensor(d->cams, {N, 11}), X0 = tensor(d->X, {N, 3}), w0 = tensor(d->w, {N, 1});
    Tensor row0 = torch::zeros({N, 2}, kF64), row1 = torch::zeros({N, 2}, kF64);
    row0.select(1, 0).fill_(1.0);
    row1.select(1, 1).fill_(1.0);
    add(out, "BA Jacobian 2x15, 10000 obs.", [=] {
      Tensor cams = cams0.detach().requires_grad_(true), X = X0.detach().requires_grad_(true),
             w = w0.detach().requires_grad_(true);
      Tensor rot = cams.narrow(1, 0, 3), Xo = X - cams.narrow(1, 3, 3);
      Tensor theta = (rot * rot).sum({1}, true).sqrt();
      Tensor wv = rot / theta, c = theta.cos();
      Tensor Xcam = Xo * c + torch::linalg_cross(wv, Xo, 1) * theta.sin() +
                    wv * ((wv * Xo).sum({1}, true) * (1.0 - c));
      Tensor p = Xcam.narrow(1, 0, 2) / Xcam.narrow(1, 2, 1);
      Tensor rsq = (p * p).sum({1}, true);
      Tensor Lf = 1.0 + cams.narrow(1, 9, 1) * rsq + cams.narrow(1, 10, 1) * rsq * rsq;
      Tensor err = w * (p * Lf * cams.narrow(1, 6, 1) + cams.narrow(1, 7, 2) - feat);
      auto g0 = torch::autograd::grad({err}, {cams, X, w}, {row0}, true);
      auto g1 = torch::autograd::grad({err}, {cams, X, w}, {row1});
      Tensor J = torch::stack({torch::cat(g0, 1), torch::cat(g1, 1)}, 1);  // N, 2, 15
      return std::vector<Tensor>{J};
    });
  }
}

}  // namespace small
