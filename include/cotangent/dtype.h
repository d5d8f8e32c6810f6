// Element types and scalars.
#pragma once
#include <cstdint>
#include <string>
#include <type_traits>

namespace ct {

enum class DType : uint8_t { Float32, Float64, Int64, Bool, Int32 };

inline constexpr DType float32 = DType::Float32;
inline constexpr DType float64 = DType::Float64;
inline constexpr DType int64 = DType::Int64;
inline constexpr DType int32 = DType::Int32;
inline constexpr DType kBool = DType::Bool;
// LibTorch's spellings.
inline constexpr DType kFloat32 = DType::Float32;
inline constexpr DType kFloat64 = DType::Float64;
inline constexpr DType kInt64 = DType::Int64;
inline constexpr DType kInt32 = DType::Int32;
// `ct::bool_` mirrors `torch.bool` (bool is a keyword in C++).
inline constexpr DType bool_ = DType::Bool;
inline constexpr DType float_ = DType::Float32;
inline constexpr DType double_ = DType::Float64;
inline constexpr DType long_ = DType::Int64;
inline constexpr DType int_ = DType::Int32;

size_t element_size(DType t);
inline bool is_floating_point(DType t) { return t == DType::Float32 || t == DType::Float64; }
inline bool is_integral(DType t) { return t == DType::Int64 || t == DType::Int32; }
// "float32", "float64", "int64", "int32", "bool".
const char* dtype_name(DType t);
// "ct.float32" as PyTorch would print "torch.float32".
std::string dtype_repr(DType t);

template <class T>
constexpr DType dtype_of() {
  if constexpr (std::is_same_v<T, float>)
    return DType::Float32;
  else if constexpr (std::is_same_v<T, double>)
    return DType::Float64;
  else if constexpr (std::is_same_v<T, int64_t>)
    return DType::Int64;
  else if constexpr (std::is_same_v<T, int32_t>)
    return DType::Int32;
  else if constexpr (std::is_same_v<T, bool>)
    return DType::Bool;
  else
    static_assert(sizeof(T) == 0, "ct: unsupported element type");
}

// A Python-like number: remembers whether it was written as an integer, a
// float or a bool, because PyTorch's type promotion depends on it
// (int64 tensor * 2 stays int64; int64 tensor * 2.5 becomes float32).
class Scalar {
 public:
  enum class Kind : uint8_t { Int, Float, Bool };
  Scalar(double v) : d_(v), i_(static_cast<int64_t>(v)), kind_(Kind::Float) {}
  Scalar(float v) : Scalar(static_cast<double>(v)) {}
  Scalar(bool v) : d_(v), i_(v), kind_(Kind::Bool) {}
  template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
  Scalar(I v) : d_(static_cast<double>(v)), i_(static_cast<int64_t>(v)), kind_(Kind::Int) {}

  double to_double() const { return d_; }
  int64_t to_int() const { return i_; }
  Kind kind() const { return kind_; }
  bool is_floating_point() const { return kind_ == Kind::Float; }
  bool is_integral() const { return kind_ == Kind::Int; }
  bool is_bool() const { return kind_ == Kind::Bool; }

 private:
  double d_;
  int64_t i_;
  Kind kind_;
};

}  // namespace ct
