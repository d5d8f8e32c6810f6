// Tensor core: factories, dtypes, views sharing storage, element access,
// random numbers.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

namespace {

using ct::Tensor;

TEST(Tensor, FactoriesAndMetadata) {
  Tensor x = ct::zeros({2, 3});
  EXPECT_EQ(x.dtype(), ct::float32);
  EXPECT_EQ(x.shape(), (ct::Shape{2, 3}));
  EXPECT_EQ(x.numel(), 6);
  EXPECT_EQ(x.dim(), 2);
  EXPECT_EQ(x.strides(), (ct::Shape{3, 1}));
  EXPECT_TRUE(x.defined());
  EXPECT_FALSE(Tensor().defined());
  EXPECT_EQ(ct::ones({2}, ct::float64).dtype(), ct::float64);
  EXPECT_EQ(ct::full({2}, 7).dtype(), ct::int64);
  EXPECT_EQ(ct::full({2}, 7.5).to_vector<float>(), (std::vector<float>{7.5, 7.5}));
  EXPECT_EQ(ct::arange(5).to_vector<int64_t>(), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(ct::arange(0.0, 1.0, 0.25).to_vector<float>(),
            (std::vector<float>{0, 0.25, 0.5, 0.75}));
  EXPECT_EQ(ct::eye(2).to_vector<float>(), (std::vector<float>{1, 0, 0, 1}));
  EXPECT_EQ(ct::eye(2, 3).shape(), (ct::Shape{2, 3}));
  EXPECT_EQ(ct::zeros_like(ct::ones({3}, ct::int64)).dtype(), ct::int64);
  EXPECT_EQ(ct::ones_like(x, ct::float64).dtype(), ct::float64);
  EXPECT_EQ(ct::empty({0, 4}).numel(), 0);
  EXPECT_EQ(ct::tensor(3.5).dim(), 0);
  EXPECT_EQ(ct::tensor(3.5).item<float>(), 3.5f);
}

TEST(Tensor, NestedInitializerLists) {
  Tensor t = ct::tensor({{1.0, 2.0}, {3.0, 4.0}});
  EXPECT_EQ(t.shape(), (ct::Shape{2, 2}));
  EXPECT_EQ(t.dtype(), ct::float32);
  EXPECT_EQ(t.to_vector<float>(), (std::vector<float>{1, 2, 3, 4}));
  EXPECT_EQ(ct::tensor({1, 2}).dtype(), ct::int64);
  EXPECT_EQ(ct::tensor({true, false}).dtype(), ct::kBool);
  EXPECT_EQ(ct::tensor({1, 2.5}).dtype(), ct::float32);
  EXPECT_EQ(ct::tensor({1.0, 2.0}, ct::float64).dtype(), ct::float64);
  EXPECT_EQ(ct::tensor({{{1}, {2}}, {{3}, {4}}}).shape(), (ct::Shape{2, 2, 1}));
  EXPECT_THROW(ct::tensor({{1.0, 2.0}, {3.0}}), ct::ValueError);
}

TEST(Tensor, ViewsShareStorage) {
  Tensor x = ct::arange(0.0, 6.0).reshape({2, 3});
  Tensor v = x.view({3, 2});
  Tensor t = x.transpose(0, 1);
  Tensor p = x.permute({1, 0});
  Tensor n = x.narrow(1, 1, 2);
  Tensor s = x.select(0, 1);
  Tensor u = x.unsqueeze(0);
  Tensor e = x.select(0, 0).expand({4, 3});
  for (const Tensor& view : {v, t, p, n, s, u, e}) EXPECT_TRUE(view.shares_storage(x));
  EXPECT_FALSE(t.is_contiguous());
  EXPECT_EQ(t.strides(), (ct::Shape{1, 3}));
  EXPECT_EQ(e.strides(), (ct::Shape{0, 1}));
  EXPECT_EQ(n.storage_offset(), 1);
  EXPECT_EQ(s.to_vector<float>(), (std::vector<float>{3, 4, 5}));
  EXPECT_EQ(t.contiguous().to_vector<float>(), (std::vector<float>{0, 3, 1, 4, 2, 5}));
  // a write through a view is seen by the base and bumps the shared version
  uint32_t before = x._version();
  s.fill_(9);
  EXPECT_EQ(x.to_vector<float>(), (std::vector<float>{0, 1, 2, 9, 9, 9}));
  EXPECT_EQ(x._version(), before + 1);
  EXPECT_FALSE(x.clone().shares_storage(x));
  EXPECT_FALSE(t.contiguous().shares_storage(x));
  EXPECT_TRUE(x.contiguous().is_same(x));
  EXPECT_TRUE(x.reshape({6}).shares_storage(x));
  EXPECT_FALSE(t.reshape({6}).shares_storage(x));  // needs a copy
  EXPECT_EQ(x.slice(1, 0, 3, 2).to_vector<float>(), (std::vector<float>{0, 2, 9, 9}));
  EXPECT_EQ(x[1][2].item<float>(), 9.0f);
}

TEST(Tensor, SqueezeUnsqueezeFlatten) {
  Tensor x = ct::zeros({2, 1, 3, 1});
  EXPECT_EQ(x.squeeze().shape(), (ct::Shape{2, 3}));
  EXPECT_EQ(x.squeeze(1).shape(), (ct::Shape{2, 3, 1}));
  EXPECT_EQ(x.squeeze(0).shape(), (ct::Shape{2, 1, 3, 1}));
  EXPECT_EQ(x.unsqueeze(-1).shape(), (ct::Shape{2, 1, 3, 1, 1}));
  EXPECT_EQ(x.flatten().shape(), (ct::Shape{6}));
  EXPECT_EQ(x.flatten(1, 2).shape(), (ct::Shape{2, 3, 1}));
  EXPECT_EQ(x.reshape({-1, 3}).shape(), (ct::Shape{2, 3}));
  EXPECT_EQ(ct::tensor(1.0).unsqueeze(0).shape(), (ct::Shape{1}));
}

TEST(Tensor, ConversionsAndCopies) {
  Tensor x = ct::tensor({1.7, -2.2});
  EXPECT_EQ(x.to(ct::int64).to_vector<int64_t>(), (std::vector<int64_t>{1, -2}));
  EXPECT_EQ(x.to(ct::float64).dtype(), ct::float64);
  EXPECT_TRUE(x.to(ct::float32).is_same(x));
  EXPECT_EQ(x.to_vector<double>()[0], static_cast<double>(1.7f));
  EXPECT_THROW(x.item<float>(), ct::RuntimeError);
  Tensor c = x.clone();
  c.fill_(0);
  EXPECT_EQ(x.to_vector<float>()[0], 1.7f);
  Tensor y = ct::zeros({2, 2});
  y.copy_(ct::tensor({1.0, 2.0}));
  EXPECT_EQ(y.to_vector<float>(), (std::vector<float>{1, 2, 1, 2}));
  EXPECT_EQ(x.data_ptr<float>()[1], -2.2f);
  EXPECT_THROW(x.data_ptr<double>(), ct::TypeError);
}

TEST(Tensor, ManualSeedReproducesTorch) {
  // torch.manual_seed(0); torch.rand(4)  -> [0.4963, 0.7682, 0.0885, 0.1320]
  ct::manual_seed(0);
  std::vector<float> r = ct::rand({4}).to_vector<float>();
  EXPECT_NEAR(r[0], 0.4963, 1e-4);
  EXPECT_NEAR(r[1], 0.7682, 1e-4);
  EXPECT_NEAR(r[2], 0.0885, 1e-4);
  EXPECT_NEAR(r[3], 0.1320, 1e-4);
  ct::manual_seed(0);
  EXPECT_EQ(ct::rand({4}).to_vector<float>(), r);
  ct::manual_seed(3);
  Tensor n = ct::randn({10000});
  EXPECT_NEAR(n.mean().item<float>(), 0.0, 0.05);
  EXPECT_NEAR((n * n).mean().item<float>(), 1.0, 0.05);
  ct::manual_seed(3);
  EXPECT_TRUE(ct::equal(ct::randn({10000}), n));
  Tensor u = ct::rand({10000}, ct::float64);
  EXPECT_GE(u.to_vector<double>()[0], 0.0);
  EXPECT_LT(u.to_vector<double>()[0], 1.0);
}

TEST(Tensor, ErrorsAreCtErrors) {
  EXPECT_THROW(ct::zeros({-1}), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2}).size(3), ct::IndexError);
  EXPECT_THROW(Tensor().shape(), ct::Error);
  EXPECT_THROW(ct::ones({2}).view({3}), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2, 3}).transpose(0, 3), ct::IndexError);
  EXPECT_THROW(ct::ones({2}) - ct::ones({2}, ct::int64).to(ct::kBool) * 0 + ct::ones({3}),
               ct::RuntimeError);
}

}  // namespace

// ct::Device: the CPU as LibTorch names it; other devices parse as in torch
// and cannot be moved to (torch's messages).
TEST(Device, CpuAcceptedOthersRefused) {
  ct::Tensor x = ct::ones({2});
  EXPECT_TRUE(x.device().is_cpu());
  EXPECT_EQ(x.device().str(), "cpu");
  EXPECT_TRUE(x.to("cpu").is_same(x));
  EXPECT_TRUE(x.to(ct::Device("cpu:0")).is_same(x));
  EXPECT_TRUE(x.to(x.device()).is_same(x));
  EXPECT_TRUE(x.cpu().is_same(x));
  EXPECT_EQ(ct::Device("cuda:1").str(), "cuda:1");
  auto error_of = [](auto f) -> std::string {
    try {
      f();
    } catch (const ct::Error& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_EQ(error_of([&] { x.to("cuda"); }), "Torch not compiled with CUDA enabled");
  EXPECT_EQ(error_of([] { ct::Device("cpu:01"); }), "Invalid device string: 'cpu:01'");
  EXPECT_EQ(error_of([] { ct::Device(""); }), "Device string must not be empty");
  EXPECT_EQ(error_of([] { ct::Device("gpu"); }),
            "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, "
            "ort, xla, lazy, vulkan, mps, meta, hpu, privateuseone device type at start of device "
            "string: gpu");
}
