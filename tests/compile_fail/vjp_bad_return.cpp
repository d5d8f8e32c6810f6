// Must not compile: func returns a double, which vjp does not accept.
#include <cotangent/cotangent.h>

int main() {
  auto bad = [](const ct::Tensor& x) { return 1.0; };
  auto r = ct::vjp(bad, ct::ones({2}));
  (void)r;
}
