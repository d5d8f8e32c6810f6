// Printing: the same text PyTorch's repr gives for the same values.
#pragma once
#include <ostream>
#include <string>

#include "cotangent/tensor.h"

namespace ct {

// "tensor([1., 2.], requires_grad=True)", exactly as torch prints it, with
// dtype names spelled "ct.float64".
std::string repr(const Tensor& t);
std::ostream& operator<<(std::ostream& os, const Tensor& t);
std::ostream& operator<<(std::ostream& os, const Shape& s);
std::ostream& operator<<(std::ostream& os, DType t);

}  // namespace ct
