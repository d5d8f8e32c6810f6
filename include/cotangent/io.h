// Printing: the same text PyTorch's repr gives for the same values.
#pragma once
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// "tensor([1., 2.], requires_grad=True)", exactly as torch prints it, with
// dtype names spelled "ct.float64".
std::string repr(const Tensor& t);
std::ostream& operator<<(std::ostream& os, const Tensor& t);
std::ostream& operator<<(std::ostream& os, const Shape& s);
std::ostream& operator<<(std::ostream& os, DType t);

// Tuples and vectors of tensors print like Python tuples: "(a, b)", "(a,)".
std::ostream& operator<<(std::ostream& os, const std::vector<Tensor>& ts);
template <class... Ts>
std::ostream& operator<<(std::ostream& os, const std::tuple<Ts...>& t) {
  os << "(";
  std::apply(
      [&](const auto&... e) {
        size_t i = 0;
        ((os << (i++ ? ", " : "") << e), ...);
      },
      t);
  return os << (sizeof...(Ts) == 1 ? ",)" : ")");
}

}  // namespace ct
