#include <cotangent/cotangent.h>

#include <iostream>

int main() {
  ct::Tensor x = ct::tensor({1.0, 2.0, 3.0});
  auto [out, g] = ct::vjp([](const ct::Tensor& t) { return (t * t).sum(); }, x);
  std::cout << out << " " << g << "\n";
  return g.to_vector<float>() == std::vector<float>{2, 4, 6} ? 0 : 1;
}
