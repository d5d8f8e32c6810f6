// Hooks (tensor, retain_grad, node, saved tensors) and the DOT picture,
// with torch 1.13's order and values (tests/python/test_hooks.py compares
// the same cases with torch directly).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>

#include "cotangent/cotangent.h"

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

TEST(Hooks, TensorHooksRunInOrderAndReplaceTheGradient) {
  std::vector<std::string> log;
  Tensor x = ct::tensor({1.0, 2.0}).requires_grad_();
  Tensor y = x * 2;
  y.retain_grad();
  ct::HookHandle h1 = y.register_hook([&](const Tensor& g) {
    log.push_back("y1");
    return g * 10;
  });
  y.register_hook(
      [&](const Tensor& g) { log.push_back("y2 " + std::to_string(g.to_vector<float>()[0])); });
  x.register_hook([&](const Tensor&) { log.push_back("x"); });
  Tensor z = (y * y).sum();
  z.backward({}, true);
  // torch: [y1, y2 40, x]; y.grad [4, 8] (retain_grad registered first); x.grad [80, 160]
  EXPECT_EQ(log, (std::vector<std::string>{"y1", "y2 40.000000", "x"}));
  EXPECT_EQ(y.grad().to_vector<float>(), (std::vector<float>{4, 8}));
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{80, 160}));
  EXPECT_TRUE(y.retains_grad());
  EXPECT_FALSE(x.retains_grad());
  h1.remove();
  h1.remove();  // idempotent
  z.backward();
  EXPECT_EQ(y.grad().to_vector<float>(), (std::vector<float>{8, 16}));
  EXPECT_EQ(x.grad().to_vector<float>(), (std::vector<float>{88, 176}));
  // autograd.grad's captured gradients are not changed by hooks (torch 1.13)
  Tensor a = ct::tensor({1.0, 2.0}).requires_grad_();
  a.register_hook([](const Tensor& g) { return g * 3; });
  EXPECT_EQ(ct::grad({(a * a).sum()}, {a})[0].to_vector<float>(), (std::vector<float>{2, 4}));
}

TEST(Hooks, TorchsErrors) {
  EXPECT_EQ(error_of([] { ct::ones({2}).register_hook([](const Tensor& g) { return g; }); }),
            "cannot register a hook on a tensor that doesn't require gradient");
  EXPECT_EQ(error_of([] { ct::ones({2}).retain_grad(); }),
            "can't retain_grad on Tensor that has requires_grad=False");
  Tensor x = ct::ones({2}).requires_grad_();
  x.register_hook_fn([](const Tensor&) { return ct::ones({3}); }, "myhook");
  EXPECT_EQ(error_of([&] { (x * 2).sum().backward(); }),
            "hook 'myhook' has changed the size of value");
  Tensor y = ct::ones({2}).requires_grad_() * 2;
  y.register_hook_fn([](const Tensor& g) { return g.to(ct::float64); }, "<lambda>");
  EXPECT_EQ(error_of([&] { y.sum().backward(); }),
            "hook '<lambda>' has changed the type of value (was torch.FloatTensor got "
            "torch.DoubleTensor)");
}

TEST(Hooks, NodeHooks) {
  Tensor a = ct::tensor({1.0, 2.0}).requires_grad_();
  Tensor b = a.exp();
  std::vector<float> seen_in, seen_out;
  ct::autograd::register_hook(b.grad_fn(), [&](const auto& grad_inputs, const auto& grad_outputs) {
    seen_in = grad_inputs[0].template to_vector<float>();
    seen_out = grad_outputs[0].template to_vector<float>();
    return std::vector<Tensor>{};
  });
  ct::autograd::register_prehook(b.grad_fn(), [](const auto& grad_outputs) {
    return std::vector<Tensor>{grad_outputs[0] * 2};
  });
  b.sum().backward();
  EXPECT_EQ(seen_out, (std::vector<float>{2, 2}));  // after the pre-hook
  EXPECT_NEAR(seen_in[1], 2 * std::exp(2.0f), 1e-5);
  EXPECT_NEAR(a.grad().to_vector<float>()[0], 2 * std::exp(1.0f), 1e-5);
  // replacing grad_inputs
  Tensor c = a.exp();
  ct::autograd::register_hook(
      c.grad_fn(), [](const auto& gi, const auto&) { return std::vector<Tensor>{gi[0] * 0}; });
  a.set_grad(Tensor());
  c.sum().backward();
  EXPECT_EQ(a.grad().to_vector<float>(), (std::vector<float>{0, 0}));
  // introspection: next_functions and the leaf behind AccumulateGrad
  auto next = ct::autograd::next_functions(c.grad_fn());
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(ct::autograd::node_name(next[0].first), "AccumulateGrad");
  EXPECT_TRUE(ct::autograd::accumulated_variable(next[0].first).is_same(a));
}

TEST(Hooks, SavedTensorsHooksPackAndUnpack) {
  // keep saved tensors as float16-like rounded copies... here: as halves of
  // themselves, to see that unpack's value is what backward uses
  int packs = 0, unpacks = 0;
  Tensor x = ct::tensor({1.0, 2.0}, ct::float64).requires_grad_();
  Tensor y;
  {
    ct::autograd::SavedTensorsHooks hooks(
        [&](const Tensor& t) -> std::any {
          ++packs;
          return std::vector<double>(t.to_vector<double>());  // "on disk": plain numbers
        },
        [&](const std::any& v) -> Tensor {
          ++unpacks;
          const auto& d = std::any_cast<const std::vector<double>&>(v);
          return ct::tensor({d[0], d[1]}, ct::float64);
        });
    y = x.exp() * x;  // exp saves its result, mul both inputs
  }
  EXPECT_EQ(packs, 3);
  y.sum().backward();
  EXPECT_EQ(unpacks, 3);
  Tensor want = x.detach().exp() * (x.detach() + 1);
  EXPECT_TRUE(ct::allclose(x.grad(), want));
  // second order through unpacked tensors still works
  Tensor x2 = ct::tensor({0.5}, ct::float64).requires_grad_();
  Tensor g;
  {
    ct::autograd::SavedTensorsHooks hooks(
        [](const Tensor& t) -> std::any { return t.clone(); },
        [](const std::any& v) { return std::any_cast<Tensor>(v); });
    g = ct::grad({(x2 * x2 * x2).sum()}, {x2}, {}, std::nullopt, true)[0];
  }
  Tensor gg = ct::grad({g.sum()}, {x2})[0];
  EXPECT_NEAR(gg.item<double>(), 6 * 0.5, 1e-12);
}

TEST(Hooks, ToDotDrawsTheGraph) {
  Tensor w = ct::ones({2, 3}).requires_grad_();
  Tensor x = ct::ones({3});
  Tensor y = (w.matmul(x)).tanh().sum();
  const std::string dot = ct::to_dot({y}, {{"w", w}}, true);
  EXPECT_NE(dot.find("digraph"), std::string::npos);
  EXPECT_NE(dot.find("TanhBackward0"), std::string::npos);
  EXPECT_NE(dot.find("SumBackward0"), std::string::npos);
  EXPECT_NE(dot.find("label=\"w\\n (2, 3)\" fillcolor=lightblue"), std::string::npos) << dot;
  EXPECT_NE(dot.find("saved: (2,)"), std::string::npos) << dot;  // tanh's output
  // one edge per graph edge: 3 op nodes + the leaf, output box
  size_t edges = 0;
  for (size_t p = dot.find("->"); p != std::string::npos; p = dot.find("->", p + 2)) ++edges;
  EXPECT_EQ(edges, 4u) << dot;
  // Graphviz renders it (when installed)
  if (std::system("command -v dot > /dev/null 2>&1") == 0) {
    const std::string path = testing::TempDir() + "hooks_test_graph";
    std::ofstream(path + ".dot") << dot;
    EXPECT_EQ(std::system(("dot -Tsvg " + path + ".dot -o " + path + ".svg").c_str()), 0);
  }
}

}  // namespace
