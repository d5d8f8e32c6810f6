// The fast paths added for speed, each against a slower path that computes
// the same thing: SSE2 row extremes (NaN in any lane), fused (log_)softmax
// rows (with infinities and NaN falling back), sums over broadcast dims,
// and elementwise / strided loops large enough to run on the thread pool.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using ct::Tensor;
namespace F = ct::nn::functional;
const double kNan = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// amax/amin of float rows long enough for the vector path: a NaN anywhere
// (first lanes, middle, tail) wins, as in torch.
TEST(Kernels, RowExtremesPropagateNaNFromAnyPosition) {
  for (int64_t n : {7, 8, 9, 13, 33}) {
    for (int64_t pos = 0; pos < n; ++pos) {
      Tensor x = ct::arange(n).to(ct::float32) - 3;
      x.select(0, pos).fill_(kNan);
      EXPECT_TRUE(std::isnan(x.amax().item<float>())) << n << " " << pos;
      EXPECT_TRUE(std::isnan(x.amin().item<float>())) << n << " " << pos;
    }
    Tensor y = ct::arange(n).to(ct::float32) * -1.5 + 2;
    EXPECT_EQ(y.amax().item<float>(), 2.0f);
    EXPECT_EQ(y.amin().item<float>(), static_cast<float>(2 - 1.5 * (n - 1)));
  }
}

// Contiguous last-dim rows take the fused kernel, a transposed input the
// composed ops; both must agree, including rows with -inf, +inf and NaN.
TEST(Kernels, FusedSoftmaxMatchesComposedOps) {
  ct::manual_seed(0);
  for (int64_t n : {3, 8, 1000}) {
    Tensor x = ct::randn({6, n}) * 5;
    x.select(0, 1).select(0, 0).fill_(-kInf);
    x.select(0, 2).select(0, n - 1).fill_(kInf);
    x.select(0, 3).select(0, n / 2).fill_(kNan);
    Tensor composed_input = x.t().contiguous().t();  // same values, not contiguous
    for (bool log : {false, true}) {
      Tensor fused = log ? F::log_softmax(x, 1) : F::softmax(x, 1);
      Tensor composed = log ? F::log_softmax(composed_input, 1) : F::softmax(composed_input, 1);
      EXPECT_TRUE(ct::allclose(fused, composed, 1e-5, 1e-6, /*equal_nan=*/true))
          << "n=" << n << " log=" << log << "\n"
          << fused << "\n"
          << composed;
    }
  }
}

// Summing broadcast (stride 0) dims multiplies instead of adding up.
TEST(Kernels, SumOverBroadcastDimsEqualsSumOfCopies) {
  Tensor v = ct::tensor({1.5, -2.0, 0.25});
  Tensor e = v.unsqueeze(1).expand({3, 1000});
  EXPECT_TRUE(ct::allclose(e.sum({1}), e.contiguous().sum({1})));
  EXPECT_TRUE(ct::allclose(e.sum({1}, true), v.unsqueeze(1) * 1000));
  Tensor i = ct::tensor({3.0, 4.0}).to(ct::int64).unsqueeze(0).expand({7, 2});
  EXPECT_TRUE(ct::equal(i.sum({0}), ct::tensor({21.0, 28.0}).to(ct::int64)));
  Tensor b = ct::ones({2}, ct::bool_).unsqueeze(0).expand({5, 2});
  EXPECT_TRUE(ct::equal(b.sum({0}), ct::tensor({5.0, 5.0}).to(ct::int64)));
}

// Above the grain size loops run on the pool: contiguous, broadcast and
// strided operands must give what the element-by-element reference gives.
TEST(Kernels, LargeLoopsMatchSmallOnes) {
  ct::manual_seed(1);
  Tensor a = ct::rand({400, 300}), col = ct::rand({400, 1}), row = ct::rand({300});
  Tensor out = a * col + row;
  Tensor at = a.t();  // strided
  Tensor copy = at.contiguous();
  Tensor exp_t = at.exp();
  for (int64_t i : {0, 1, 199, 399})
    for (int64_t j : {0, 150, 299}) {
      const float want =
          a.select(0, i).select(0, j).item<float>() * col.select(0, i).select(0, 0).item<float>() +
          row.select(0, j).item<float>();
      EXPECT_FLOAT_EQ(out.select(0, i).select(0, j).item<float>(), want);
      EXPECT_EQ(copy.select(0, j).select(0, i).item<float>(),
                a.select(0, i).select(0, j).item<float>());
      EXPECT_FLOAT_EQ(exp_t.select(0, j).select(0, i).item<float>(),
                      std::exp(a.select(0, i).select(0, j).item<float>()));
    }
  // The pool's sum against a serial double-precision sum of the values.
  double serial = 0;
  for (float v : a.to_vector<float>()) serial += v;
  EXPECT_NEAR(a.sum().item<float>(), serial, 1e-6 * serial);
  EXPECT_NEAR(at.sum().item<float>(), serial, 1e-6 * serial);
}

// torch.autograd.grad validates the outputs before the inputs.
TEST(Kernels, GradChecksOutputsBeforeInputs) {
  Tensor x = ct::ones({2});
  try {
    ct::grad({(x * 2).sum()}, {x});
    ADD_FAILURE() << "no error";
  } catch (const ct::RuntimeError& e) {
    EXPECT_STREQ(e.what(),
                 "element 0 of tensors does not require grad and does not have a grad_fn");
  }
}

}  // namespace

namespace {
// The caching allocator, through its statistics: a freed large buffer is
// handed out again for a request of the same size, its bytes leave the
// cache while in use, and empty_cache() gives everything back. With
// COTANGENT_NO_BUFFER_CACHE=1 (CI's second ASan run) nothing is cached.
TEST(Allocator, LargeBuffersAreReusedThroughTheCache) {
  using ct::memory::allocator_stats;
  ct::memory::empty_cache();
  const auto before = allocator_stats();
  EXPECT_EQ(before.cached_bytes, 0u);
  const size_t bytes = size_t{3} << 20;
  { ct::Tensor a = ct::empty({static_cast<int64_t>(bytes / 4)}); }  // freed at once
  const auto after_free = allocator_stats();
  if (!before.cache_enabled) {
    EXPECT_EQ(after_free.cached_bytes, 0u);
    EXPECT_EQ(after_free.cache_hits, before.cache_hits);
    return;
  }
  EXPECT_GE(after_free.cached_bytes, bytes);
  EXPECT_EQ(after_free.cache_misses, before.cache_misses + 1);
  {
    ct::Tensor b = ct::ones({static_cast<int64_t>(bytes / 4)});
    const auto in_use = allocator_stats();
    EXPECT_EQ(in_use.cache_hits, before.cache_hits + 1);
    EXPECT_EQ(in_use.cached_bytes, 0u);
    EXPECT_EQ(b.sum().item<float>(), static_cast<float>(bytes / 4));  // fully rewritten
  }
  ct::Tensor small = ct::ones({1000});  // below 16 KiB: malloc, not the cache
  EXPECT_EQ(allocator_stats().cache_hits, before.cache_hits + 1);
  ct::memory::empty_cache();
  EXPECT_EQ(allocator_stats().cached_bytes, 0u);
}

// Sizes between 16 KiB and 1 MiB are the ones glibc maps or trims afresh on
// every call (the MLP workload's activations): they are cached too, by size
// class, so a slightly different size of the same class reuses the block.
TEST(Allocator, MediumBuffersAreReusedBySizeClass) {
  using ct::memory::allocator_stats;
  ct::memory::empty_cache();
  const auto before = allocator_stats();
  if (!before.cache_enabled) return;
  { ct::Tensor a = ct::empty({64 * 250}); }  // 64,000 bytes
  EXPECT_EQ(allocator_stats().cache_misses, before.cache_misses + 1);
  for (int i = 0; i < 3; ++i) {
    ct::Tensor b = ct::ones({64 * 248});  // 63,488 bytes: the same class
    EXPECT_EQ(b.sum().item<float>(), 64.0f * 248);
  }
  const auto after = allocator_stats();
  EXPECT_EQ(after.cache_hits, before.cache_hits + 3);
  EXPECT_EQ(after.cache_misses, before.cache_misses + 1);
  ct::memory::empty_cache();
}
}  // namespace
