// The three examples of torch.autograd.functional.vjp's documentation,
// printed as PyTorch prints them. With manual_seed(0), ct::rand gives the
// same numbers as torch.rand, so the output equals torch's output for
// torch.manual_seed(0).
#include <cotangent/cotangent.h>

#include <iostream>

int main() {
  ct::manual_seed(0);

  auto exp_reducer = [](const ct::Tensor& x) { return x.exp().sum(1); };
  ct::Tensor inputs = ct::rand({4, 4});
  ct::Tensor v = ct::ones({4});

  // >>> vjp(exp_reducer, inputs, v)
  auto [out, g] = ct::vjp(exp_reducer, inputs, v);
  std::cout << "(" << out << ",\n " << g << ")\n";

  // >>> vjp(exp_reducer, inputs, v, create_graph=True)
  auto r = ct::vjp(exp_reducer, inputs, v, /*create_graph=*/true);
  std::cout << "(" << r.output << ",\n " << r.vjp << ")\n";

  // >>> def adder(x, y): return 2 * x + 3 * y
  // >>> inputs = (torch.rand(2), torch.rand(2)); v = torch.ones(2)
  auto adder = [](const ct::Tensor& x, const ct::Tensor& y) { return 2 * x + 3 * y; };
  std::tuple<ct::Tensor, ct::Tensor> pair{ct::rand({2}), ct::rand({2})};
  auto [o2, gs] = ct::vjp(adder, pair, ct::ones({2}));
  auto [ga, gb] = gs;
  std::cout << "(" << o2 << ",\n (" << ga << ", " << gb << "))\n";
  return 0;
}
