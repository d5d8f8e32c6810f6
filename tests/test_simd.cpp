// The SIMD transcendental kernels (SLEEF, chosen at run time) against the
// scalar reference (the C library), over special values and wide ranges,
// within a stated ulp bound: 2 ulp for exp, log, tanh, sin, cos, expm1,
// log1p (SLEEF's u10 functions are within 1 ulp of exact, the C library
// within about 1 ulp too); 4 ulp for sigmoid, which adds a division.
// log1p stays scalar (SLEEF's overflows above ~1e38); it is checked too.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <random>
#include <string>

namespace ct::kernels {
const char* vec_isa();  // internal: the instruction set the kernels run on
}

namespace {

using ct::Tensor;

template <class T>
int64_t ordered(T v) {
  if constexpr (sizeof(T) == 4) {
    int32_t i;
    std::memcpy(&i, &v, 4);
    return i < 0 ? std::numeric_limits<int32_t>::min() - static_cast<int64_t>(i) : i;
  } else {
    int64_t i;
    std::memcpy(&i, &v, 8);
    return i < 0 ? std::numeric_limits<int64_t>::min() - i : i;
  }
}

template <class T>
double ulp_distance(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b) ? 0 : 1e30;
  if (a == b) return 0;
  if (std::isinf(a) || std::isinf(b)) return 1e30;
  return std::fabs(static_cast<double>(ordered(a)) - static_cast<double>(ordered(b)));
}

template <class T>
std::vector<T> test_values(T lo, T hi) {
  const T inf = std::numeric_limits<T>::infinity();
  std::vector<T> v{T(0),
                   -T(0),
                   inf,
                   -inf,
                   std::numeric_limits<T>::quiet_NaN(),
                   std::numeric_limits<T>::denorm_min(),
                   -std::numeric_limits<T>::denorm_min(),
                   std::numeric_limits<T>::min(),
                   std::numeric_limits<T>::max(),
                   -std::numeric_limits<T>::max(),
                   T(1),
                   T(-1),
                   T(0.5),
                   T(1e-7),
                   T(-1e-7)};
  std::mt19937 gen(42);
  std::uniform_real_distribution<double> d(static_cast<double>(lo), static_cast<double>(hi));
  for (int i = 0; i < 3000; ++i) v.push_back(static_cast<T>(d(gen)));
  return v;  // 3015 values: also exercises the vector tail
}

struct Case {
  const char* name;
  std::function<Tensor(const Tensor&)> op;
  double (*ref)(double);
  double lo, hi, max_ulp;
};

double sigmoid_ref(double v) {
  return v >= 0 ? 1 / (1 + std::exp(-v)) : std::exp(v) / (1 + std::exp(v));
}

std::vector<Case> cases() {
  return {{"exp", [](const Tensor& x) { return x.exp(); }, [](double v) { return std::exp(v); },
           -100, 100, 2},
          {"log", [](const Tensor& x) { return x.log(); }, [](double v) { return std::log(v); }, -1,
           1e6, 2},
          {"tanh", [](const Tensor& x) { return x.tanh(); }, [](double v) { return std::tanh(v); },
           -20, 20, 2},
          {"sin", [](const Tensor& x) { return x.sin(); }, [](double v) { return std::sin(v); },
           -1e4, 1e4, 2},
          {"cos", [](const Tensor& x) { return x.cos(); }, [](double v) { return std::cos(v); },
           -1e4, 1e4, 2},
          {"expm1", [](const Tensor& x) { return x.expm1(); },
           [](double v) { return std::expm1(v); }, -50, 50, 2},
          {"log1p", [](const Tensor& x) { return x.log1p(); },
           [](double v) { return std::log1p(v); }, -1, 1e6, 2},
          {"sigmoid", [](const Tensor& x) { return x.sigmoid(); }, sigmoid_ref, -100, 100, 4}};
}

template <class T>
void check(const Case& c, ct::DType dtype) {
  std::vector<T> xs = test_values<T>(static_cast<T>(c.lo), static_cast<T>(c.hi));
  Tensor x = ct::empty({static_cast<int64_t>(xs.size())}, dtype);
  std::memcpy(x.raw_data_ptr(), xs.data(), xs.size() * sizeof(T));
  Tensor y = c.op(x);
  const T* got = static_cast<const T*>(y.raw_data_ptr());
  double worst = 0;
  T worst_x = 0;
  for (size_t i = 0; i < xs.size(); ++i) {
    // the reference in the element type: float math for float, as the
    // scalar kernels compute it
    T want = sizeof(T) == 4 ? static_cast<T>(c.ref(static_cast<double>(xs[i])))
                            : static_cast<T>(c.ref(static_cast<double>(xs[i])));
    double u = ulp_distance(got[i], want);
    if (u > worst) {
      worst = u;
      worst_x = xs[i];
    }
  }
  EXPECT_LE(worst, c.max_ulp) << c.name << " worst at x = " << worst_x;
}

TEST(SimdKernels, FloatWithinUlpBound) {
  for (const Case& c : cases()) check<float>(c, ct::float32);
}

TEST(SimdKernels, DoubleWithinUlpBound) {
  for (const Case& c : cases()) check<double>(c, ct::float64);
}

// A strided input takes the scalar loop; both paths must agree.
TEST(SimdKernels, StridedAndContiguousAgree) {
  ct::manual_seed(0);
  Tensor x = ct::rand({64, 33}) * 20 - 10;
  for (const Case& c : cases()) {
    Tensor a = c.op(x.t()), b = c.op(x.t().contiguous());
    EXPECT_TRUE(ct::allclose(a, b, 1e-6, 1e-7, true)) << c.name;
  }
}

// CTest runs this suite three times: as the CPU allows (AVX-512 here), with
// COTANGENT_SIMD=avx2 and with COTANGENT_SIMD=none (the scalar loops), so
// every path meets the ulp bounds above. Each run checks it got its ISA.
TEST(SimdKernels, RunsTheRequestedInstructionSet) {
  const std::string isa = ct::kernels::vec_isa();
  const char* want = std::getenv("COTANGENT_SIMD");
  __builtin_cpu_init();
  const bool has_avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  const bool has_avx512 = __builtin_cpu_supports("avx512f");
  if (want && std::string(want) == "none") {
    EXPECT_EQ(isa, "none");
  } else if (want && std::string(want) == "avx2") {
    EXPECT_EQ(isa, has_avx2 ? "avx2" : "none");
  } else {
    EXPECT_EQ(isa, has_avx512 ? "avx512" : has_avx2 ? "avx2" : "none");
  }
}

}  // namespace
