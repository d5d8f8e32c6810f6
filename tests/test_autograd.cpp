// The autograd engine: grad(), backward(), graph lifetime, grad modes,
// version counters and node names.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <thread>

namespace {

using ct::Tensor;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ct::Error& e) {
    return e.what();
  }
  return "no error";
}

// The statement throws `type` with a message that starts with `prefix`.
#define EXPECT_THROW_MSG(stmt, type, prefix)                   \
  do {                                                         \
    EXPECT_THROW((void)(stmt), type);                          \
    const std::string what_ = error_of([&] { (void)(stmt); }); \
    EXPECT_EQ(what_.rfind(prefix, 0), 0u) << what_;            \
  } while (0)

TEST(Autograd, GradOfSimpleFunction) {
  Tensor x = ct::tensor({1.0, 2.0, 3.0}).requires_grad_(true);
  Tensor y = (x * x).sum();
  auto g = ct::grad({y}, {x});
  EXPECT_EQ(g[0].to_vector<float>(), (std::vector<float>{2, 4, 6}));
  EXPECT_FALSE(x.grad().defined());  // grad() never touches .grad
  EXPECT_FALSE(g[0].requires_grad());
}

TEST(Autograd, BackwardAccumulates) {
  Tensor x = ct::tensor({1.0, 2.0}).requires_grad_(true);
  (x * 3).sum().backward();
  (x * x).sum().backward();
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{5, 7}));
  EXPECT_TRUE(x.is_leaf());
  EXPECT_FALSE((x * 2).is_leaf());
}

TEST(Autograd, DiamondSumsGradients) {
  Tensor x = ct::tensor({2.0}).requires_grad_(true);
  Tensor a = x * 3, b = x.exp();
  Tensor y = (a * b + a).sum();
  auto g = ct::grad({y}, {x});
  double e2 = std::exp(2.0);
  EXPECT_NEAR(g[0].item<float>(), 3 * e2 + 6 * e2 + 3, 1e-3);
}

TEST(Autograd, CreateGraphGivesHigherDerivatives) {
  Tensor x = ct::tensor({1.5}, ct::float64).requires_grad_(true);
  Tensor y = x.pow(4).sum();
  auto g1 = ct::grad({y}, {x}, {}, std::nullopt, true);
  EXPECT_TRUE(g1[0].requires_grad());
  auto g2 = ct::grad({g1[0].sum()}, {x}, {}, std::nullopt, true);
  auto g3 = ct::grad({g2[0].sum()}, {x});
  EXPECT_NEAR(g1[0].item<double>(), 4 * std::pow(1.5, 3), 1e-12);
  EXPECT_NEAR(g2[0].item<double>(), 12 * 1.5 * 1.5, 1e-12);
  EXPECT_NEAR(g3[0].item<double>(), 24 * 1.5, 1e-12);
}

TEST(Autograd, SecondBackwardThroughFreedGraphFails) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  Tensor y = x.exp().sum();
  y.backward();
  EXPECT_EQ(
      error_of([&] { y.backward(); }),
      "Trying to backward through the graph a second time (or directly access saved tensors "
      "after they have already been freed). Saved intermediate values of the graph are freed "
      "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
      "backward through the graph a second time or if you need to access saved tensors after "
      "calling backward.");
  Tensor z = x.exp().sum();
  z.backward({}, /*retain_graph=*/true);
  EXPECT_NO_THROW(z.backward());
}

TEST(Autograd, UnusedInputs) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  Tensor z = ct::rand({3}).requires_grad_(true);
  Tensor y = x.exp().sum();
  EXPECT_EQ(error_of([&] { ct::grad({y}, {z}, {}, true); }),
            "One of the differentiated Tensors appears to not have been used in the graph. Set "
            "allow_unused=True if this is the desired behavior.");
  auto g = ct::grad({y}, {x, z}, {}, std::nullopt, false, /*allow_unused=*/true);
  EXPECT_TRUE(g[0].defined());
  EXPECT_FALSE(g[1].defined());
}

TEST(Autograd, ErrorsMatchPyTorch) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  EXPECT_EQ(error_of([&] { ct::grad({x.exp().sum()}, {ct::rand({3})}); }),
            "One of the differentiated Tensors does not require grad");
  EXPECT_EQ(error_of([&] { ct::grad({ct::rand({3}).sum()}, {x}); }),
            "element 0 of tensors does not require grad and does not have a grad_fn");
  EXPECT_EQ(error_of([&] { ct::grad({x.exp()}, {x}); }),
            "grad can be implicitly created only for scalar outputs");
  EXPECT_EQ(error_of([&] { ct::grad({x.exp()}, {x}, {ct::ones({2})}); }),
            "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a "
            "shape of torch.Size([3]).");
  EXPECT_EQ(error_of([&] {
              ct::tensor({1, 2}).requires_grad_();
            }),
            "only Tensors of floating point dtype can require gradients");
  EXPECT_EQ(error_of([&] { (x * 2).requires_grad_(false); }),
            "you can only change requires_grad flags of leaf variables. If you want to use a "
            "computed variable in a subgraph that doesn't require differentiation use var_no_grad "
            "= var.detach().");
  EXPECT_EQ(error_of([&] { x.add_(1); }),
            "a leaf Variable that requires grad is being used in an in-place operation.");
}

TEST(Autograd, InplaceModificationOfSavedTensorIsDetected) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  Tensor w = x * 1;
  Tensor e = w.exp();
  e.add_(1);  // exp saved its output
  EXPECT_EQ(error_of([&] { e.sum().backward(); }),
            "one of the variables needed for gradient computation has been modified by an inplace "
            "operation: [torch.FloatTensor [3]], which is output 0 of ExpBackward0, is at version "
            "1; expected version 0 instead. Hint: enable anomaly detection to find the operation "
            "that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).");
  Tensor c = x.clone();
  Tensor s = c.sin();
  c.mul_(2);
  EXPECT_NE(error_of([&] { s.sum().backward(); }).find("modified by an inplace operation"),
            std::string::npos);
}

TEST(Autograd, InplaceOnNonLeafRecordsHistory) {
  Tensor x = ct::tensor({1.0, 2.0}).requires_grad_(true);
  Tensor y = x * 2;
  y.mul_(x);  // y = 2x * x
  EXPECT_EQ(y._version(), 1u);
  y.sum().backward();
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{4, 8}));
}

TEST(Autograd, InplaceOpsMatchTorch) {
  // a = x*1; a.sin_(); a.sum().backward() -> x.grad = cos(x)
  Tensor x = ct::tensor({0.5, 1.0, 2.0}, ct::float64).requires_grad_(true);
  Tensor a = x * 1;
  a.sin_();
  EXPECT_EQ(a.grad_fn_name(), "SinBackward0");
  a.sum().backward();
  EXPECT_TRUE(ct::allclose(x.grad(), x.detach().cos()));
  // clamp_ at the bounds passes the gradient (torch: ClampBackward1)
  Tensor y = ct::tensor({0.1, 0.2, 0.5, 0.9}).requires_grad_(true);
  Tensor b = y * 1;
  b.clamp_(0.2, 0.5);
  EXPECT_EQ(b.grad_fn_name(), "ClampBackward1");
  b.sum().backward();
  EXPECT_EQ(y.grad().to_vector<float>(), (std::vector<float>{0, 1, 1, 0}));
  // zero_, fill_, copy_ cut the old history (ZeroBackward0, FillBackward2, CopyBackwards)
  Tensor z = ct::tensor({1.0, 2.0}).requires_grad_(true);
  Tensor c = z * 3;
  c.zero_();
  EXPECT_EQ(c.grad_fn_name(), "ZeroBackward0");
  Tensor d = z * 3;
  d.fill_(2);
  EXPECT_EQ(d.grad_fn_name(), "FillBackward2");
  Tensor e = z * 3;
  Tensor src = ct::tensor({5.0, 6.0}).requires_grad_(true);
  e.copy_(src);
  EXPECT_EQ(e.grad_fn_name(), "CopyBackwards");
  (c.sum() + d.sum() + (e * e).sum()).backward();
  EXPECT_EQ(z.grad().to_vector<float>(), (std::vector<float>{0, 0}));
  EXPECT_EQ(src.grad().to_vector<float>(), (std::vector<float>{10, 12}));
  // every in-place op bumps the version
  Tensor v = ct::zeros({2});
  uint32_t before = v._version();
  v.add_(1).mul_(2).sub_(0.5).div_(2.0).exp_().log_().neg_().abs_().sqrt_().pow_(2);
  EXPECT_EQ(v._version(), before + 10);
  EXPECT_TRUE(ct::allclose(v, ct::full({2}, 0.75)));
  // int tensors cannot take a float result in place
  Tensor i = ct::ones({2}, ct::int64);
  EXPECT_THROW(i.mul_(1.5), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2}).add_(ct::ones({3})), ct::RuntimeError);
  EXPECT_THROW(ct::ones({2}).add_(ct::ones({2, 2})), ct::RuntimeError);
  // masked_fill_ in place
  Tensor m = ct::tensor({1.0, -1.0, 2.0});
  m.masked_fill_(m < 0, 0.0);
  EXPECT_EQ(m.to_vector<float>(), (std::vector<float>{1, 0, 2}));
}

// torch's CopySlices: writing through a view rewrites the base's history.
TEST(Autograd, InplaceOnViewRebasesTheBase) {
  Tensor x = ct::tensor({1.0, 2.0, 3.0}, ct::float64).requires_grad_(true);
  Tensor a = x * 1;
  Tensor other = a.narrow(0, 1, 2);  // made before the write: regenerated after it
  a.narrow(0, 0, 2).mul_(2);
  EXPECT_EQ(a.grad_fn_name(), "CopySlices");
  EXPECT_EQ(other.grad_fn_name(), "AsStridedBackward0");
  (a * a).sum().backward();  // a = [2, 4, 3]: d/dx = 2a·[2, 2, 1]
  EXPECT_EQ(x.grad().to_vector<double>(), (std::vector<double>{8, 16, 6}));
  Tensor g = ct::grad({(other * other).sum()}, {x}, {}, true)[0];  // other = [4, 3]
  EXPECT_EQ(g.to_vector<double>(), (std::vector<double>{0, 16, 6}));
  // without a graph, in-place on views is plain
  Tensor p = ct::zeros({3});
  p.narrow(0, 1, 2).fill_(1);
  EXPECT_EQ(p.to_vector<float>(), (std::vector<float>{0, 1, 1}));
  EXPECT_FALSE(p.requires_grad());
  // a base that needed no grad gets history from what is written into it
  Tensor w = ct::tensor({1.0, 2.0}, ct::float64).requires_grad_(true);
  Tensor s2 = ct::zeros({2, 2}, ct::float64);
  s2.select(0, 0).copy_(w * 3);
  EXPECT_TRUE(s2.requires_grad());
  s2.sum().backward();
  EXPECT_EQ(w.grad().to_vector<double>(), (std::vector<double>{3, 3}));
  EXPECT_EQ(s2.detach().to_vector<double>(), (std::vector<double>{3, 6, 0, 0}));
}

// Fuzzer finding: ops whose result is a view of their own temporary
// (cumsum's permuted buffer, repeat, pooling) returned it as a view of that
// temporary, so a write into the result rebased the temporary's empty
// history and the op's input lost its gradient.
TEST(Autograd, WritingIntoAnOpsResultKeepsTheOpsGradient) {
  Tensor x = ct::arange(1.0, 13.0, 1.0, ct::float64).reshape({3, 4}).requires_grad_(true);
  for (int which = 0; which < 3; ++which) {
    Tensor y = which == 0 ? x.cumsum(1) : which == 1 ? x.repeat({2, 1}) : x * 1;
    EXPECT_FALSE(y.is_view()) << which;
    y.select(0, 0).select(0, 0).fill_(0.0);
    Tensor g = ct::grad({y.sum()}, {x})[0];
    Tensor want =
        which == 0 ? ct::tensor({{3.0, 3.0, 2.0, 1.0}, {4.0, 3.0, 2.0, 1.0}, {4.0, 3.0, 2.0, 1.0}},
                                ct::float64)
        : which == 1
            ? ct::tensor({{1.0, 2.0, 2.0, 2.0}, {2.0, 2.0, 2.0, 2.0}, {2.0, 2.0, 2.0, 2.0}},
                         ct::float64)
            : ct::tensor({{0.0, 1.0, 1.0, 1.0}, {1.0, 1.0, 1.0, 1.0}, {1.0, 1.0, 1.0, 1.0}},
                         ct::float64);
    EXPECT_TRUE(ct::allclose(g, want)) << which << "\n" << g;
  }
}

TEST(Autograd, InplaceOnViewRefusalsAreTorchs) {
  Tensor w = ct::ones({4}).requires_grad_(true);
  EXPECT_THROW_MSG(w.select(0, 0).mul_(2), ct::RuntimeError,
                   "a view of a leaf Variable that requires grad is being used in an in-place "
                   "operation.");
  Tensor x = w * 1;
  std::vector<Tensor> parts = ct::unbind(x, 0);
  EXPECT_THROW_MSG(parts[0].mul_(2), ct::RuntimeError,
                   "Output 0 of UnbindBackward0 is a view and is being modified inplace. This "
                   "view is the output of a function that returns multiple views.");
  Tensor v;
  {
    ct::NoGradGuard ng;
    v = x.select(0, 1);
  }
  EXPECT_TRUE(v.requires_grad());  // its base does
  EXPECT_THROW_MSG(v.mul_(2), ct::RuntimeError,
                   "A view was created in no_grad mode and is being modified inplace with grad "
                   "mode enabled.");
  {
    ct::NoGradGuard ng;
    parts[1].mul_(2);  // allowed untracked, but the view's history is then unusable
  }
  EXPECT_THROW_MSG(parts[1].grad_fn(), ct::RuntimeError,
                   "Output 1 of UnbindBackward0 is a view and its base or another view of its "
                   "base has been modified inplace.");
  EXPECT_EQ(x.to_vector<float>(), (std::vector<float>{1, 2, 1, 1}));
}

TEST(Autograd, NoGradGuard) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  {
    ct::NoGradGuard g;
    EXPECT_FALSE(ct::is_grad_enabled());
    Tensor y = x * 2;
    EXPECT_FALSE(y.requires_grad());
    EXPECT_EQ(y.grad_fn_name(), "");
    {
      ct::EnableGradGuard e;
      EXPECT_TRUE((x * 2).requires_grad());
    }
    EXPECT_FALSE(ct::is_grad_enabled());
  }
  EXPECT_TRUE(ct::is_grad_enabled());
}

TEST(Autograd, GradModeIsThreadLocal) {
  ct::NoGradGuard g;
  bool other_thread_enabled = false;
  std::thread t([&] { other_thread_enabled = ct::is_grad_enabled(); });
  t.join();
  EXPECT_TRUE(other_thread_enabled);
  EXPECT_FALSE(ct::is_grad_enabled());
}

TEST(Autograd, DetachSharesStorageWithoutGraph) {
  Tensor x = ct::rand({3}).requires_grad_(true);
  Tensor y = (x * 2).detach();
  EXPECT_FALSE(y.requires_grad());
  EXPECT_TRUE(y.is_leaf());
  Tensor z = x.detach();
  EXPECT_TRUE(z.shares_storage(x));
}

TEST(Autograd, GradFnNames) {
  Tensor x = ct::rand({3, 4}).requires_grad_(true);
  Tensor y = ct::rand({4}).requires_grad_(true);
  std::vector<std::pair<Tensor, std::string>> cases = {
      {x + y, "AddBackward0"},
      {x + 2, "AddBackward0"},
      {x - y, "SubBackward0"},
      {2 - x, "RsubBackward1"},
      {x * y, "MulBackward0"},
      {2 * x, "MulBackward0"},
      {x / y, "DivBackward0"},
      {x / 2, "DivBackward0"},
      {2 / x, "MulBackward0"},
      {-x, "NegBackward0"},
      {x.exp(), "ExpBackward0"},
      {x.log(), "LogBackward0"},
      {x.pow(2), "PowBackward0"},
      {x.sqrt(), "SqrtBackward0"},
      {x.sin(), "SinBackward0"},
      {x.cos(), "CosBackward0"},
      {x.tanh(), "TanhBackward0"},
      {x.sigmoid(), "SigmoidBackward0"},
      {x.relu(), "ReluBackward0"},
      {x.abs(), "AbsBackward0"},
      {x.sum(), "SumBackward0"},
      {x.sum(1), "SumBackward1"},
      {x.sum({0, 1}), "SumBackward1"},
      {x.mean(), "MeanBackward0"},
      {x.mean(1), "MeanBackward1"},
      {x.view({12}), "ViewBackward0"},
      {x.reshape({12}), "ReshapeAliasBackward0"},
      {x.t().reshape({12}), "UnsafeViewBackward0"},
      {x.transpose(0, 1), "TransposeBackward0"},
      {x.t(), "TBackward0"},
      {x.permute({1, 0}), "PermuteBackward0"},
      {y.expand({2, 4}), "ExpandBackward0"},
      {x.unsqueeze(0), "UnsqueezeBackward0"},
      {x.unsqueeze(0).squeeze(), "SqueezeBackward0"},
      {x.unsqueeze(0).squeeze(0), "SqueezeBackward1"},
      {x.narrow(0, 0, 2), "SliceBackward0"},
      {x.select(0, 1), "SelectBackward0"},
      {x.clone(), "CloneBackward0"},
      {x.to(ct::float64), "ToCopyBackward0"},
      {x.t().contiguous(), "CloneBackward0"},
      {ct::matmul(x, y), "MvBackward0"},
      {ct::matmul(x, x.t()), "MmBackward0"},
      {ct::matmul(y, y), "DotBackward0"},
      {ct::matmul(ct::rand({2, 3, 4}), y), "UnsafeViewBackward0"},
      {ct::cat({x, x}), "CatBackward0"},
      {ct::stack({x, x}), "StackBackward0"},
  };
  for (auto& [t, name] : cases) EXPECT_EQ(t.grad_fn_name(), name);
  EXPECT_EQ(x.contiguous().grad_fn_name(), "");  // already contiguous: same tensor
  EXPECT_EQ(x.grad_fn_name(), "");
}

// A tensor over caller-owned memory whose deleter sets *freed: it tells
// exactly when the last reference (a user's or a saved one) is gone.
Tensor watched(std::vector<float>& data, bool* freed) {
  *freed = false;
  return ct::from_blob(data.data(), {static_cast<int64_t>(data.size())},
                       [freed](void*) { *freed = true; });
}

TEST(Autograd, LongChainRunsBackwardAndIsFreedWithoutRecursion) {
  // A million recorded ops: backward and destruction must not recurse, and
  // the graph's saved tensors are freed by backward (no retain_graph).
  std::vector<float> data(3, 2.0f);
  bool freed = false;
  Tensor w = ct::ones({3}).requires_grad_(true);
  Tensor y = w * watched(data, &freed);  // MulBackward0 saves the watched tensor
  for (int i = 0; i < 1000000; ++i) y = y * 1.0;
  EXPECT_FALSE(freed);
  y.sum().backward();
  EXPECT_TRUE(freed) << "backward left the saved tensor alive";
  EXPECT_EQ(w.grad().to_vector<float>(), (std::vector<float>{2, 2, 2}));
  y = Tensor();  // destroys the million-node chain iteratively

  // retain_graph keeps it; dropping the last tensor of the chain frees it.
  Tensor z = w * watched(data, &freed);
  for (int i = 0; i < 1000000; ++i) z = z + 0.0;
  auto g = ct::grad({z.sum()}, {w}, {}, /*retain_graph=*/true);
  EXPECT_EQ(g[0].to_vector<float>(), (std::vector<float>{2, 2, 2}));
  EXPECT_FALSE(freed) << "retain_graph=true freed a saved tensor";
  z = Tensor();
  EXPECT_TRUE(freed) << "the chain was not freed with its last tensor";
}

TEST(Autograd, GraphIsFreedAfterBackward) {
  std::vector<float> data(1000, 0.5f);
  bool freed = false;
  Tensor x = ct::rand({1000}).requires_grad_(true);
  Tensor y = (x * watched(data, &freed)).exp().sum();
  EXPECT_FALSE(freed);
  y.backward();
  EXPECT_TRUE(freed);  // y's graph is still referenced by y; its saved data is not
  EXPECT_THROW(y.backward(), ct::RuntimeError);  // ExpBackward0's saved output is gone
  // A node without saved tensors may run twice (as in PyTorch).
  Tensor s = (x * 2).sum();
  s.backward();
  EXPECT_NO_THROW(s.backward());
}

TEST(Autograd, BackwardWithInputsAccumulatesOnlyThere) {
  Tensor a = ct::tensor({1.0}).requires_grad_(true);
  Tensor b = ct::tensor({2.0}).requires_grad_(true);
  (a * b).sum().backward({}, std::nullopt, false, {a});
  EXPECT_EQ(a.grad().item<float>(), 2.0f);
  EXPECT_FALSE(b.grad().defined());
}

TEST(Autograd, MultipleOutputsWithGradOutputs) {
  Tensor x = ct::tensor({1.0, 2.0}).requires_grad_(true);
  auto g = ct::grad({x * 2, x * x}, {x}, {ct::ones({2}), ct::tensor({1.0, 0.0})});
  EXPECT_EQ(g[0].to_vector<float>(), (std::vector<float>{4, 2}));
  EXPECT_EQ(error_of([&] {
              ct::grad({x * 2, x * x}, {x}, {ct::ones({2})});
            }),
            "got 2 tensors and 1 gradients");
}

}  // namespace
