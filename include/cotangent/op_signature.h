// An op's signatures: how a binding (the Python module) calls it by name
// with PyTorch's arguments. Each overload is a schema in PyTorch's own
// notation and a call on the parsed arguments; the Python module reads the
// schemas of the op table and binds every op through one generic parser.
//
//   {"sum(Tensor input, *, ScalarType? dtype=None)",
//    [](const OpArgs& a) -> OpValue { return ct::sum(with_dtype(a.tensor(0), a.dtype(1))); }}
//
// Types a schema may use: Tensor, Scalar, int, float, bool, str, ScalarType,
// int[] (an int or a sequence of ints), Tensor[] (a sequence of tensors),
// Any (whatever the caller passed: the call checks it), each with ? for
// "or None"; `int... name` and `Tensor... name` take the remaining
// positional arguments (f(2, 3) or f((2, 3))). `*` makes the parameters
// after it keyword-only. A name prefix puts the function in a namespace:
// "special.i0e(...)" is torch.special.i0e, "linalg.inv(...)" torch.linalg.inv,
// "nn.relu(...)" torch.nn.functional.relu. A schema ending in "-> self" is
// an in-place method: the binding returns the object it was called on; one
// ending in "-> (Tensor values, Tensor indices)" returns the named tuple
// return_types.max (namespace_name: return_types.linalg_slogdet), as torch.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// One argument or result: None, a tensor, a number, a flag, a string, a
// dtype, a list of ints, a list of tensors.
using OpValue = std::variant<std::monostate, Tensor, Scalar, int64_t, double, bool, std::string,
                             DType, Shape, std::vector<Tensor>>;

// The parsed arguments of one call, in the schema's order, defaults filled
// in. The accessors convert or throw TypeError naming the position.
class OpArgs {
 public:
  OpArgs(const char* op, const OpValue* values, size_t size) : op_(op), v_(values), n_(size) {}
  size_t size() const { return n_; }
  const OpValue& operator[](size_t i) const { return v_[i]; }
  bool none(size_t i) const { return std::holds_alternative<std::monostate>(v_[i]); }
  bool is_tensor(size_t i) const { return std::holds_alternative<Tensor>(v_[i]); }

  const Tensor& tensor(size_t i) const;  // undefined for None
  Scalar scalar(size_t i) const;
  int64_t integer(size_t i) const;
  std::optional<int64_t> opt_integer(size_t i) const;
  double real(size_t i) const;
  std::optional<double> opt_real(size_t i) const;
  bool flag(size_t i) const;
  const std::string& str(size_t i) const;
  std::optional<std::string> opt_str(size_t i) const;
  std::optional<DType> dtype(size_t i) const;
  const Shape& ints(size_t i) const;
  std::optional<Shape> opt_ints(size_t i) const;
  const std::vector<Tensor>& tensors(size_t i) const;

 private:
  [[noreturn]] void wrong(size_t i, const char* expected) const;
  const char* op_;
  const OpValue* v_;
  size_t n_;
};

enum class Binding : uint8_t {
  FunctionAndMethod,  // torch.f(input, ...) and input.f(...)
  Function,           // torch.f only
  Method,             // Tensor.f only (the first parameter is self)
};

struct OpSignature {
  const char* schema;
  OpValue (*call)(const OpArgs&);
  Binding binding = Binding::FunctionAndMethod;
};

// The tensor cast to `dtype` when one is given (the dtype= of reductions).
inline Tensor with_dtype(const Tensor& t, std::optional<DType> dtype) {
  return dtype ? t.to(*dtype) : t;
}

}  // namespace ct
