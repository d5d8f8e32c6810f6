// The accessors of OpArgs (include/cotangent/op_signature.h) and the
// default signatures of plain unary and binary rows.
#include "cotangent/op_signature.h"

#include "cotangent/error.h"
#include "cotangent/op_table.h"

namespace ct {

namespace {

const char* held_type(const OpValue& v) {
  static const char* names[] = {"None", "Tensor", "Number", "int",   "float",
                                "bool", "str",    "dtype",  "tuple", "tuple of Tensors"};
  static_assert(std::variant_size_v<OpValue> == 10);
  return names[v.index()];
}

}  // namespace

void OpArgs::wrong(size_t i, const char* expected) const {
  throw TypeError(std::string(op_) + "(): argument " + std::to_string(i + 1) + " must be " +
                  expected + ", not " + held_type(v_[i]));
}

const Tensor& OpArgs::tensor(size_t i) const {
  static const Tensor undefined;
  if (const Tensor* t = std::get_if<Tensor>(&v_[i])) return *t;
  if (none(i)) return undefined;
  wrong(i, "Tensor");
}

Scalar OpArgs::scalar(size_t i) const {
  const OpValue& v = v_[i];
  if (const Scalar* s = std::get_if<Scalar>(&v)) return *s;
  if (const int64_t* n = std::get_if<int64_t>(&v)) return Scalar(*n);
  if (const double* d = std::get_if<double>(&v)) return Scalar(*d);
  if (const bool* b = std::get_if<bool>(&v)) return Scalar(*b);
  wrong(i, "Number");
}

int64_t OpArgs::integer(size_t i) const {
  const OpValue& v = v_[i];
  if (const int64_t* n = std::get_if<int64_t>(&v)) return *n;
  if (const Scalar* s = std::get_if<Scalar>(&v); s && s->is_integral()) return s->to_int();
  wrong(i, "int");
}

std::optional<int64_t> OpArgs::opt_integer(size_t i) const {
  if (none(i)) return std::nullopt;
  return integer(i);
}

double OpArgs::real(size_t i) const {
  const OpValue& v = v_[i];
  if (const double* d = std::get_if<double>(&v)) return *d;
  if (const int64_t* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const Scalar* s = std::get_if<Scalar>(&v); s && !s->is_bool()) return s->to_double();
  wrong(i, "float");
}

std::optional<double> OpArgs::opt_real(size_t i) const {
  if (none(i)) return std::nullopt;
  return real(i);
}

bool OpArgs::flag(size_t i) const {
  if (const bool* b = std::get_if<bool>(&v_[i])) return *b;
  wrong(i, "bool");
}

const std::string& OpArgs::str(size_t i) const {
  if (const std::string* s = std::get_if<std::string>(&v_[i])) return *s;
  wrong(i, "str");
}

std::optional<std::string> OpArgs::opt_str(size_t i) const {
  if (none(i)) return std::nullopt;
  return str(i);
}

std::optional<DType> OpArgs::dtype(size_t i) const {
  if (none(i)) return std::nullopt;
  if (const DType* d = std::get_if<DType>(&v_[i])) return *d;
  wrong(i, "torch.dtype");
}

const Shape& OpArgs::ints(size_t i) const {
  if (const Shape* s = std::get_if<Shape>(&v_[i])) return *s;
  wrong(i, "tuple of ints");
}

std::optional<Shape> OpArgs::opt_ints(size_t i) const {
  if (none(i)) return std::nullopt;
  if (const int64_t* n = std::get_if<int64_t>(&v_[i])) return Shape(*n);
  return ints(i);
}

const std::vector<Tensor>& OpArgs::tensors(size_t i) const {
  if (const auto* t = std::get_if<std::vector<Tensor>>(&v_[i])) return *t;
  wrong(i, "tuple of Tensors");
}

std::vector<OpSignature> signatures_of(const OpInfo& op) {
  if (!op.signatures.empty()) return op.signatures;
  // The row's own function, called by invoke() (a captureless call cannot
  // hold the row's function pointer).
  if (op.kind == OpKind::Unary && op.unary) return {{"(Tensor input)", nullptr}};
  if (op.kind == OpKind::Binary && op.binary) return {{"(Tensor input, Tensor other)", nullptr}};
  return {};
}

OpValue invoke(const OpInfo& op, const OpSignature& signature, const OpArgs& args) {
  if (signature.call) return signature.call(args);
  if (op.unary && args.size() == 1) return op.unary(args.tensor(0));
  if (op.binary && args.size() == 2) return op.binary(args.tensor(0), args.tensor(1));
  throw RuntimeError(std::string(op.name) +
                     ": a signature without a call on a row without a plain function");
}

}  // namespace ct
