// The graph behind the seed example's vjp with create_graph=True: the
// forward ops (exp, sum) and the backward ops recorded while computing the
// vjp, as Graphviz DOT. README shows it rendered:
//   ./build/examples/seed_graph | dot -Tsvg -o docs/seed_graph.svg
#include <cotangent/cotangent.h>

#include <iostream>

int main() {
  ct::manual_seed(0);
  ct::Tensor inputs = ct::rand({4, 4}).requires_grad_();
  ct::Tensor v = ct::ones({4});
  auto exp_reducer = [](const ct::Tensor& x) { return x.exp().sum(1); };
  auto r = ct::vjp(exp_reducer, inputs, v, /*create_graph=*/true);
  std::cout << ct::to_dot({r.output, r.vjp}, {{"inputs", inputs}}, /*show_saved=*/true);
  return 0;
}
