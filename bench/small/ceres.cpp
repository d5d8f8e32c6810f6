// The small-function suite with Ceres' Jets (forward-mode dual numbers,
// templated code evaluated directly): Rat43, the tanh layer and the bundle
// adjustment Jacobian, as a Ceres user writes them (GMM's 30 to 1650
// parameters are not a forward-mode case).
#include <ceres/jet.h>

#include <memory>

#include "small_functions.h"

namespace small {

void add_ceres(std::vector<Entry>& out) {
  {
    auto d = std::make_shared<Rat43Data>();
    auto res = std::make_shared<std::vector<double>>(5);
    out.push_back({"Rat43 value+gradient", "Ceres Jet",
                   [d, res] {
                     using J = ceres::Jet<double, 4>;
                     J b[4];
                     for (int i = 0; i < 4; ++i) b[i] = J(d->b[i], i);
                     J r = rat43(b, d->x, d->y);
                     (*res)[0] = r.a;
                     for (int i = 0; i < 4; ++i) (*res)[i + 1] = r.v[i];
                   },
                   [res] { return *res; }});
  }
  {
    auto d = std::make_shared<TanhData>();
    auto res = std::make_shared<std::vector<double>>(TanhData::n);
    auto next = std::make_shared<int>(0);
    out.push_back({"tanh(Wx+b) gradient, x in R^10", "Ceres Jet",
                   [d, res, next] {
                     using J = ceres::Jet<double, TanhData::n>;
                     *next = (*next + 1) % TanhData::calls;
                     J x[TanhData::n];
                     for (int i = 0; i < TanhData::n; ++i)
                       x[i] = J(d->xs[*next * TanhData::n + i], i);
                     J r = tanh_layer(x, d->W, d->b);
                     for (int i = 0; i < TanhData::n; ++i) (*res)[i] = r.v[i];
                   },
                   [res] { return *res; }, [next] { *next = TanhData::calls - 1; }});
  }
  {
    auto d = std::make_shared<BaData>();
    auto res = std::make_shared<std::vector<double>>(BaData::obs * 30);
    out.push_back({"BA Jacobian 2x15, 10000 obs.", "Ceres Jet",
                   [d, res] {
                     using J = ceres::Jet<double, 15>;
                     for (int i = 0; i < BaData::obs; ++i) {
                       J in[15], err[2];
                       for (int j = 0; j < 11; ++j) in[j] = J(d->cams[i * 11 + j], j);
                       for (int j = 0; j < 3; ++j) in[11 + j] = J(d->X[i * 3 + j], 11 + j);
                       in[14] = J(d->w[i], 14);
                       ba_residual(in, d->feat.data() + i * 2, err);
                       for (int r = 0; r < 2; ++r)
                         for (int j = 0; j < 15; ++j) (*res)[i * 30 + r * 15 + j] = err[r].v[j];
                     }
                   },
                   [res] { return *res; }});
  }
}

}  // namespace small
