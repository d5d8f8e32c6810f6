// The small-function suite (issue 13): functions a C++ user differentiates
// millions of times, each written once per kind of tool: as templated scalar
// code (for ADOL-C's adouble and Ceres' Jet, as their users write it) and as
// tensor code (cotangent, LibTorch). small_functions.cpp runs every tool on
// every case in one process, interleaved, and checks that they agree.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace small {

// One tool on one case: `step` does one call (what the table reports per
// call), `result` reads what the last step computed (values, derivatives),
// compared across tools after reset() and one step.
struct Entry {
  std::string case_name, tool;
  std::function<void()> step;
  std::function<std::vector<double>()> result;
  // Puts a case that walks through new inputs back at its first (so that
  // the tools' results can be compared); may be empty.
  std::function<void()> reset = nullptr;
};

inline std::vector<double> uniform(size_t n, uint64_t seed, double lo = -1, double hi = 1) {
  std::mt19937_64 gen(seed);
  std::uniform_real_distribution<double> d(lo, hi);
  std::vector<double> v(n);
  for (double& x : v) x = d(gen);
  return v;
}

// ---------------------------------------------------------------- Rat43
// Ceres' NIST problem: r = y - b1 / (1 + exp(b2 - b3 x))^(1/b4), one
// observation; value and gradient with respect to b.
struct Rat43Data {
  double x = 9.0, y = 16.08;
  std::vector<double> b{699.6415, 5.2771, 0.7596, 1.2792};
};
template <class T>
T rat43(const T* b, double x, double y) {
  using std::exp, std::pow;
  return T(y) - b[0] / pow(T(1.0) + exp(b[1] - b[2] * T(x)), T(1.0) / b[3]);
}

// ---------------------------------------------------------------- tanh layer
// f(x) = sum(tanh(W x + b)), x in R^10: its gradient for 10,000 new x.
struct TanhData {
  static constexpr int n = 10;
  static constexpr int calls = 10000;
  std::vector<double> W = uniform(n * n, 1), b = uniform(n, 2), xs = uniform(calls * n, 3);
};
template <class T>
T tanh_layer(const T* x, const std::vector<double>& W, const std::vector<double>& b) {
  using std::tanh;
  T sum(0.0);
  for (int i = 0; i < TanhData::n; ++i) {
    T s(b[i]);
    for (int j = 0; j < TanhData::n; ++j) s += W[i * TanhData::n + j] * x[j];
    sum += tanh(s);
  }
  return sum;
}

// ---------------------------------------------------------------- GMM
// ADBench / GradBench's Gaussian mixture objective: K components in d
// dimensions, n points; parameters alphas (K), means (K x d) and icf
// (K x d(d+1)/2: log-diagonal, then the strictly lower triangle column by
// column) of the inverse covariances' Cholesky factors; Wishart prior with
// gamma, m. Gradient with respect to all parameters.
struct GmmData {
  int d, K, n;
  double gamma = 1.0;
  int m = 0;
  std::vector<double> alphas, means, icf, x;
  GmmData(int d_, int K_, int n_) : d(d_), K(K_), n(n_) {
    alphas = uniform(K, 11);
    means = uniform(static_cast<size_t>(K) * d, 12);
    icf = uniform(static_cast<size_t>(K) * icf_size(), 13, -0.5, 0.5);
    x = uniform(static_cast<size_t>(n) * d, 14);
  }
  int icf_size() const { return d * (d + 1) / 2; }
  int lower_size() const { return std::max(d * (d - 1) / 2, 1); }
  // For tensor code: the 0/1 matrix (d*d x lower_size) that places the
  // strictly lower triangle's parameters (column by column) into a
  // row-major d x d matrix, so a GEMM builds all K factors at once.
  std::vector<double> lower_selection() const {
    std::vector<double> sel(static_cast<size_t>(d * d * lower_size()), 0.0);
    int L = 0;
    for (int j = 0; j < d; ++j)
      for (int l = j + 1; l < d; ++l)
        sel[static_cast<size_t>((l * d + j) * lower_size() + L++)] = 1.0;
    return sel;
  }
  size_t num_params() const { return alphas.size() + means.size() + icf.size(); }
  // The terms that do not depend on the parameters.
  double constant() const {
    const double pi = 3.14159265358979323846;
    const int n_ = d + m + 1;
    double lgd = 0.25 * d * (d - 1) * std::log(pi);
    for (int j = 1; j <= d; ++j) lgd += std::lgamma(0.5 * n_ + 0.5 * (1 - j));
    const double C = n_ * d * (std::log(gamma) - 0.5 * std::log(2.0)) - lgd;
    return -n * d * 0.5 * std::log(2 * pi) - K * C;
  }
};
template <class T>
T logsumexp(const std::vector<T>& v) {
  using std::exp, std::log;
  T mx = v[0];
  for (const T& e : v)
    if (e > mx) mx = e;
  T s(0.0);
  for (const T& e : v) s += exp(e - mx);
  return log(s) + mx;
}
// params: alphas, means, icf, concatenated.
template <class T>
T gmm_objective(const GmmData& g, const T* params) {
  using std::exp;
  const int d = g.d, K = g.K;
  const T* alphas = params;
  const T* means = params + K;
  const T* icf = params + K + K * d;
  std::vector<T> main_term(K), Qx(d), xc(d);
  T slse(0.0);
  for (int i = 0; i < g.n; ++i) {
    for (int k = 0; k < K; ++k) {
      const T* q = icf + k * g.icf_size();
      for (int j = 0; j < d; ++j) xc[j] = g.x[i * d + j] - means[k * d + j];
      for (int j = 0; j < d; ++j) Qx[j] = exp(q[j]) * xc[j];
      int L = d;
      for (int j = 0; j < d; ++j)
        for (int l = j + 1; l < d; ++l) Qx[l] += q[L++] * xc[j];
      T sq(0.0), sum_q(0.0);
      for (int j = 0; j < d; ++j) {
        sq += Qx[j] * Qx[j];
        sum_q += q[j];
      }
      main_term[k] = alphas[k] + sum_q - 0.5 * sq;
    }
    slse += logsumexp(main_term);
  }
  std::vector<T> a(alphas, alphas + K);
  T prior(0.0);
  for (int k = 0; k < K; ++k) {
    const T* q = icf + k * g.icf_size();
    T frob(0.0), sum_q(0.0);
    for (int j = 0; j < d; ++j) {
      frob += exp(2.0 * q[j]);
      sum_q += q[j];
    }
    for (int j = d; j < g.icf_size(); ++j) frob += q[j] * q[j];
    prior += 0.5 * g.gamma * g.gamma * frob - double(g.m) * sum_q;
  }
  return slse - double(g.n) * logsumexp(a) + prior + g.constant();
}

// ---------------------------------------------------------------- bundle adjustment
// GradBench's `ba`: the reprojection error of one observation, 2 residuals
// of a camera (11: Rodrigues rotation, centre, focal length, principal
// point, 2 radial distortion coefficients), a point (3) and a weight (1):
// its 2 x 15 Jacobian for each of 10,000 observations.
struct BaData {
  static constexpr int obs = 10000;
  std::vector<double> cams = uniform(obs * 11, 21, 0.1, 1.0), X = uniform(obs * 3, 22),
                      w = uniform(obs, 23, 0.5, 1.5), feat = uniform(obs * 2, 24);
  BaData() {
    for (int i = 0; i < obs; ++i) X[i * 3 + 2] += 5.0;  // in front of the camera
  }
};
// in: cam[11], X[3], w (15 values); out: err[2].
// (feat: double, or ADOL-C's pdouble, a parameter of the tape)
template <class T, class P>
void ba_residual(const T* in, const P* feat, T* err) {
  using std::cos, std::sin, std::sqrt;
  const T* cam = in;
  const T* X = in + 11;
  const T& w = in[14];
  T Xo[3], wv[3], cr[3], Xcam[3];
  for (int j = 0; j < 3; ++j) Xo[j] = X[j] - cam[3 + j];
  T sq = cam[0] * cam[0] + cam[1] * cam[1] + cam[2] * cam[2];
  T theta = sqrt(sq), c = cos(theta), s = sin(theta);
  for (int j = 0; j < 3; ++j) wv[j] = cam[j] / theta;
  cr[0] = wv[1] * Xo[2] - wv[2] * Xo[1];
  cr[1] = wv[2] * Xo[0] - wv[0] * Xo[2];
  cr[2] = wv[0] * Xo[1] - wv[1] * Xo[0];
  T tmp = (wv[0] * Xo[0] + wv[1] * Xo[1] + wv[2] * Xo[2]) * (1.0 - c);
  for (int j = 0; j < 3; ++j) Xcam[j] = Xo[j] * c + cr[j] * s + wv[j] * tmp;
  T p0 = Xcam[0] / Xcam[2], p1 = Xcam[1] / Xcam[2];
  T rsq = p0 * p0 + p1 * p1;
  T L = 1.0 + cam[9] * rsq + cam[10] * rsq * rsq;
  err[0] = w * (p0 * L * cam[6] + cam[7] - feat[0]);
  err[1] = w * (p1 * L * cam[6] + cam[8] - feat[1]);
}

// Each tool's entries (small_torch.cpp only when LibTorch is built).
void add_cotangent(std::vector<Entry>& out);
void add_adolc(std::vector<Entry>& out);
void add_ceres(std::vector<Entry>& out);
void add_torch(std::vector<Entry>& out);

}  // namespace small
