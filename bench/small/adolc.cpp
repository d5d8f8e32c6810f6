// The small-function suite in ADOL-C: each function taped once (trace_on /
// trace_off over adouble code), then replayed through the tape with ADOL-C's
// drivers (zos_forward + fos_reverse for value and gradient, gradient(),
// jacobian()), as an ADOL-C user would.
#include <adolc/adolc.h>

#include <memory>

#include "small_functions.h"

namespace small {
namespace {

// Large tape buffers keep the GMM tapes in memory (no tape files); the
// default ones suit the small tapes.
constexpr uint kBuffer = 1u << 26;

short tape(const std::function<void()>& record, bool large) {
  static short next_tag = 1;
  const short tag = next_tag++;
  if (large)
    trace_on(tag, 0, kBuffer, kBuffer, kBuffer, kBuffer);
  else
    trace_on(tag);
  record();
  trace_off();
  return tag;
}

}  // namespace

void add_adolc(std::vector<Entry>& out) {
  {
    auto d = std::make_shared<Rat43Data>();
    const short tag = tape(
        [&] {
          adouble b[4];
          for (int i = 0; i < 4; ++i) b[i] <<= d->b[i];
          adouble r = rat43(b, d->x, d->y);
          double y;
          r >>= y;
        },
        false);
    auto res = std::make_shared<std::vector<double>>(5);
    out.push_back({"Rat43 value+gradient", "ADOL-C tape",
                   [d, tag, res] {
                     double u = 1.0;
                     zos_forward(tag, 1, 4, 1, d->b.data(), res->data());
                     fos_reverse(tag, 1, 4, &u, res->data() + 1);
                   },
                   [res] { return *res; }});
  }
  {
    auto d = std::make_shared<TanhData>();
    const short tag = tape(
        [&] {
          adouble x[TanhData::n];
          for (int i = 0; i < TanhData::n; ++i) x[i] <<= d->xs[i];
          adouble r = tanh_layer(x, d->W, d->b);
          double y;
          r >>= y;
        },
        false);
    auto res = std::make_shared<std::vector<double>>(TanhData::n);
    auto next = std::make_shared<int>(0);
    out.push_back({"tanh(Wx+b) gradient, x in R^10", "ADOL-C tape",
                   [d, tag, res, next] {
                     *next = (*next + 1) % TanhData::calls;
                     gradient(tag, TanhData::n, d->xs.data() + *next * TanhData::n, res->data());
                   },
                   [res] { return *res; }, [next] { *next = TanhData::calls - 1; }});
  }
  for (auto [dd, K] : {std::pair{2, 5}, std::pair{10, 25}}) {
    auto g = std::make_shared<GmmData>(dd, K, 1000);
    auto params = std::make_shared<std::vector<double>>(g->alphas);
    params->insert(params->end(), g->means.begin(), g->means.end());
    params->insert(params->end(), g->icf.begin(), g->icf.end());
    const int n = static_cast<int>(params->size());
    const short tag = tape(
        [&] {
          std::vector<adouble> p(static_cast<size_t>(n));
          for (int i = 0; i < n; ++i) p[i] <<= (*params)[i];
          adouble r = gmm_objective(*g, p.data());
          double y;
          r >>= y;
        },
        true);
    auto res = std::make_shared<std::vector<double>>(static_cast<size_t>(n) + 1);
    out.push_back({"GMM gradient d=" + std::to_string(dd) + " K=" + std::to_string(K) + " n=1000",
                   "ADOL-C tape",
                   [tag, res, params, n] {
                     double u = 1.0;
                     zos_forward(tag, 1, n, 1, params->data(), res->data());
                     fos_reverse(tag, 1, n, &u, res->data() + 1);
                   },
                   [res] { return *res; }});
  }
  {
    auto d = std::make_shared<BaData>();
    auto inputs = std::make_shared<std::vector<double>>(BaData::obs * 15);
    for (int i = 0; i < BaData::obs; ++i) {
      double* in = inputs->data() + i * 15;
      for (int j = 0; j < 11; ++j) in[j] = d->cams[i * 11 + j];
      for (int j = 0; j < 3; ++j) in[11 + j] = d->X[i * 3 + j];
      in[14] = d->w[i];
    }
    // The observed feature point is a parameter of the tape, set before each replay.
    const short tag = tape(
        [&] {
          adouble in[15], err[2];
          for (int j = 0; j < 15; ++j) in[j] <<= (*inputs)[j];
          pdouble feat[2] = {mkparam(d->feat[0]), mkparam(d->feat[1])};
          ba_residual(in, feat, err);
          double y[2];
          err[0] >>= y[0];
          err[1] >>= y[1];
        },
        false);
    auto res = std::make_shared<std::vector<double>>(BaData::obs * 30);
    out.push_back({"BA Jacobian 2x15, 10000 obs.", "ADOL-C tape",
                   [d, tag, res, inputs] {
                     for (int i = 0; i < BaData::obs; ++i) {
                       set_param_vec(tag, 2, d->feat.data() + i * 2);
                       double* J[2] = {res->data() + i * 30, res->data() + i * 30 + 15};
                       jacobian(tag, 2, 15, inputs->data() + i * 15, J);
                     }
                   },
                   [res] { return *res; }});
  }
}

}  // namespace small
