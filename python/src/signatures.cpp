// Every op of the table, bound to Python from its signatures
// (include/cotangent/op_signature.h): one parser for PyTorch's argument
// conventions and one callable type. The callables use CPython's vectorcall,
// and the method type is a method descriptor, so x.f(...) makes no bound
// method object and a call costs about what torch's does.

#include <cstring>
#include <map>

#include "common.h"

// After Python.h (from common.h), which it needs.
#include <structmember.h>

namespace ctpy {

namespace {

using ct::OpValue;

enum class ArgType : uint8_t {
  Tensor,
  Scalar,
  Int,
  Float,
  Bool,
  Str,
  ScalarType,
  IntList,
  TensorList,
  Any,
  IntVarargs,
  TensorVarargs,
};

struct Param {
  std::string name;
  PyObject* key = nullptr;  // the interned name, for keyword lookup
  ArgType type = ArgType::Any;
  bool optional = false;
  bool keyword_only = false;
  bool has_default = false;
  OpValue default_value;
  std::string text;  // "int[]? dim=None"
};

struct Overload {
  const ct::OpInfo* op = nullptr;
  ct::OpSignature signature;
  std::vector<Param> params;
  bool returns_self = false;
  // "-> (Tensor values, Tensor indices)": the result is the named tuple
  // return_types.<return_type> (torch's structseq), e.g. "max", "linalg_slogdet".
  std::string return_type;
  std::vector<std::string> return_fields;
  Py_ssize_t max_positional = 0;  // PY_SSIZE_T_MAX with varargs
  std::string text;               // "(Tensor input, *, ScalarType? dtype=None)"
};

struct Callable {
  std::string name;
  bool method = false;
  std::vector<Overload> overloads;
  std::string doc;
};

constexpr size_t kMaxParams = 16;

[[noreturn]] void schema_error(const std::string& schema, const std::string& why) {
  throw ct::RuntimeError("bad op signature '" + schema + "': " + why);
}

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

OpValue parse_default(const std::string& text, ArgType type, const std::string& schema) {
  if (text == "None") return std::monostate{};
  if (text == "True" || text == "False") return text == "True";
  if (text.size() >= 2 && (text[0] == '\'' || text[0] == '"'))
    return text.substr(1, text.size() - 2);
  if (text == "[]" || text == "()") return ct::Shape{};
  const bool is_float = text.find_first_of(".e") != std::string::npos;
  try {
    if (is_float) {
      double d = std::stod(text);
      if (type == ArgType::Scalar) return ct::Scalar(d);
      return d;
    }
    int64_t n = std::stoll(text);
    switch (type) {
      case ArgType::Float:
        return static_cast<double>(n);
      case ArgType::Scalar:
        return ct::Scalar(n);
      case ArgType::IntList:
        return ct::Shape(n);
      default:
        return n;
    }
  } catch (const std::logic_error&) {
    schema_error(schema, "cannot read the default '" + text + "'");
  }
}

Param parse_param(const std::string& text, const std::string& schema) {
  static const std::map<std::string, ArgType> types = {{"Tensor", ArgType::Tensor},
                                                       {"Scalar", ArgType::Scalar},
                                                       {"int", ArgType::Int},
                                                       {"float", ArgType::Float},
                                                       {"bool", ArgType::Bool},
                                                       {"str", ArgType::Str},
                                                       {"ScalarType", ArgType::ScalarType},
                                                       {"int[]", ArgType::IntList},
                                                       {"Tensor[]", ArgType::TensorList},
                                                       {"Any", ArgType::Any},
                                                       {"int...", ArgType::IntVarargs},
                                                       {"Tensor...", ArgType::TensorVarargs}};
  Param p;
  p.text = text;
  std::string decl = text, def;
  if (size_t eq = text.find('='); eq != std::string::npos) {
    decl = trim(text.substr(0, eq));
    def = trim(text.substr(eq + 1));
    p.has_default = true;
  }
  size_t space = decl.rfind(' ');
  if (space == std::string::npos) schema_error(schema, "a parameter needs a type and a name");
  std::string type = decl.substr(0, space);
  p.name = decl.substr(space + 1);
  if (!type.empty() && type.back() == '?') {
    p.optional = true;
    type.pop_back();
  }
  auto it = types.find(type);
  if (it == types.end()) schema_error(schema, "unknown type '" + type + "'");
  p.type = it->second;
  if (p.has_default) p.default_value = parse_default(def, p.type, schema);
  p.key = PyUnicode_InternFromString(p.name.c_str());  // kept for the life of the process
  return p;
}

// "special.i0e(Tensor input) -> self" -> namespace "special", name "i0e".
Overload parse_schema(const ct::OpInfo& op, const ct::OpSignature& sig, std::string& ns,
                      std::string& name) {
  const std::string schema = sig.schema;
  const size_t arrow = schema.find(" -> ");
  size_t open = schema.find('('), close = schema.rfind(')', arrow);
  if (open == std::string::npos || close == std::string::npos || close < open)
    schema_error(schema, "no parameter list");
  std::string qualified = schema.substr(0, open);
  if (qualified.empty()) qualified = op.op_name();
  size_t dot = qualified.rfind('.');
  ns = dot == std::string::npos ? "" : qualified.substr(0, dot);
  name = dot == std::string::npos ? qualified : qualified.substr(dot + 1);
  Overload o;
  o.op = &op;
  o.signature = sig;
  o.text = schema.substr(open, close - open + 1);
  o.returns_self = schema.find("-> self", close) != std::string::npos;
  if (size_t named = schema.find("-> (", close); named != std::string::npos) {
    size_t end = schema.find(')', named);
    if (end == std::string::npos) schema_error(schema, "unclosed return list");
    std::string list = schema.substr(named + 4, end - named - 4);
    for (size_t at = 0; at < list.size();) {
      size_t comma = list.find(',', at);
      if (comma == std::string::npos) comma = list.size();
      std::string field = trim(list.substr(at, comma - at));
      field = field.substr(field.rfind(' ') + 1);  // "Tensor values" -> "values"
      o.return_fields.push_back(field);
      at = comma + 1;
    }
    o.return_type = (ns.empty() ? "" : ns + "_") + name;
  }
  bool keyword_only = false;
  std::string inner = schema.substr(open + 1, close - open - 1);
  size_t start = 0;
  while (start < inner.size()) {
    size_t comma = inner.find(',', start);
    if (comma == std::string::npos) comma = inner.size();
    std::string piece = trim(inner.substr(start, comma - start));
    start = comma + 1;
    if (piece.empty()) continue;
    if (piece == "*") {
      keyword_only = true;
      continue;
    }
    Param p = parse_param(piece, schema);
    p.keyword_only = keyword_only;
    o.params.push_back(std::move(p));
  }
  if (o.params.size() > kMaxParams) schema_error(schema, "too many parameters");
  for (const Param& p : o.params) {
    if (p.type == ArgType::IntVarargs || p.type == ArgType::TensorVarargs)
      o.max_positional = PY_SSIZE_T_MAX;
    else if (!p.keyword_only && o.max_positional != PY_SSIZE_T_MAX)
      ++o.max_positional;
  }
  return o;
}

// ---- Python objects -> OpValue

PyTypeObject* tensor_type() { return reinterpret_cast<PyTypeObject*>(g_tensor_type->ptr()); }

bool is_tensor_fast(PyObject* o) {
  return Py_TYPE(o) == tensor_type() || PyType_IsSubtype(Py_TYPE(o), tensor_type());
}

ct::Tensor tensor_from(PyObject* o) {
  py::detail::make_caster<ct::Tensor> caster;
  if (!caster.load(o, false)) throw ct::TypeError("expected a Tensor");
  return py::detail::cast_op<const ct::Tensor&>(caster);
}

bool int_from(PyObject* o, int64_t& out) {
  if (PyBool_Check(o)) return false;
  if (PyLong_Check(o)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow || (v == -1 && PyErr_Occurred())) {
      PyErr_Clear();
      return false;
    }
    out = v;
    return true;
  }
  if (is_tensor_fast(o) || !PyIndex_Check(o)) return false;
  try {
    out = to_int(o);
  } catch (...) {
    PyErr_Clear();
    return false;
  }
  return true;
}

// torch takes a 0-d integer tensor that does not require grad where an
// int is due (x.narrow(0, i, n) with i = idx.sum(), zeros(n, 3) with n a
// tensor); a bool, float, shaped or grad-requiring tensor stays a TypeError.
bool int_or_int_tensor_from(PyObject* o, int64_t& out) {
  if (!is_tensor_fast(o)) return int_from(o, out);
  const ct::Tensor t = tensor_from(o);
  if (!t.defined() || t.dim() != 0 || !ct::is_integral(t.dtype()) || t.dtype() == ct::DType::Bool ||
      t.requires_grad())
    return false;
  out = t.to(ct::int64).item<int64_t>();
  return true;
}

bool tensors_from(PyObject* o, std::vector<ct::Tensor>& out) {
  if (is_tensor_fast(o) || !(PyList_Check(o) || PyTuple_Check(o))) return false;
  Py_ssize_t n = PySequence_Fast_GET_SIZE(o);
  PyObject** items = PySequence_Fast_ITEMS(o);
  out.clear();
  out.reserve(n);
  for (Py_ssize_t i = 0; i < n; ++i) {
    if (!is_tensor_fast(items[i])) return false;
    out.push_back(tensor_from(items[i]));
  }
  return true;
}

bool convert(PyObject* o, const Param& p, OpValue& out) {
  if (o == Py_None) {
    if (!p.optional && p.type != ArgType::Any) return false;
    out = std::monostate{};
    return true;
  }
  switch (p.type) {
    case ArgType::Tensor:
      if (!is_tensor_fast(o)) return false;
      out = tensor_from(o);
      return true;
    case ArgType::Scalar: {
      py::detail::make_caster<ct::Scalar> c;
      if (!c.load(o, true)) return false;
      out = static_cast<ct::Scalar&>(c);
      return true;
    }
    case ArgType::Int: {
      int64_t v;
      if (!int_or_int_tensor_from(o, v)) return false;
      out = v;
      return true;
    }
    case ArgType::Float: {
      if (PyFloat_Check(o)) {
        out = PyFloat_AS_DOUBLE(o);
        return true;
      }
      if (PyBool_Check(o) || is_tensor_fast(o)) return false;
      py::detail::make_caster<ct::Scalar> c;
      if (!c.load(o, true)) return false;
      out = static_cast<ct::Scalar&>(c).to_double();
      return true;
    }
    case ArgType::Bool:
      if (!PyBool_Check(o)) return false;
      out = o == Py_True;
      return true;
    case ArgType::Str:
      if (!PyUnicode_Check(o)) return false;
      out = std::string(PyUnicode_AsUTF8(o));
      return true;
    case ArgType::ScalarType: {
      py::detail::make_caster<ct::DType> c;
      if (!c.load(o, false)) return false;
      out = static_cast<ct::DType&>(c);
      return true;
    }
    case ArgType::IntList:
    case ArgType::IntVarargs: {  // a varargs parameter given one object (by keyword)
      py::detail::make_caster<ct::Shape> c;
      if (!c.load(o, false)) return false;
      out = std::move(static_cast<ct::Shape&>(c));
      return true;
    }
    case ArgType::TensorList:
    case ArgType::TensorVarargs: {
      std::vector<ct::Tensor> ts;
      if (!tensors_from(o, ts)) return false;
      out = std::move(ts);
      return true;
    }
    case ArgType::Any: {
      if (is_tensor_fast(o)) {
        out = tensor_from(o);
      } else if (PyBool_Check(o)) {
        out = o == Py_True;
      } else if (PyLong_Check(o) || (PyIndex_Check(o) && !PySequence_Check(o))) {
        int64_t v;
        if (!int_from(o, v)) return false;
        out = v;
      } else if (PyFloat_Check(o)) {
        out = PyFloat_AS_DOUBLE(o);
      } else if (PyUnicode_Check(o)) {
        out = std::string(PyUnicode_AsUTF8(o));
      } else if (py::isinstance<DTypeObj>(o)) {
        out = py::handle(o).cast<const DTypeObj&>().dtype;
      } else {
        std::vector<ct::Tensor> ts;
        py::detail::make_caster<ct::Shape> c;
        if (PySequence_Check(o) && PySequence_Size(o) > 0 && tensors_from(o, ts))
          out = std::move(ts);
        else if (c.load(o, false))
          out = std::move(static_cast<ct::Shape&>(c));
        else
          return false;
      }
      return true;
    }
  }
  return false;
}

// The remaining positional arguments of f(2, 3) / f((2, 3)) or
// einsum(eq, a, b) / einsum(eq, [a, b]). Returns -1, the position of an
// element it could not take, or -2 for a single object that is neither.
Py_ssize_t convert_varargs(PyObject* const* args, Py_ssize_t n, const Param& p, OpValue& out) {
  const bool ints = p.type == ArgType::IntVarargs;
  if (n == 1 && !is_tensor_fast(args[0]) && !(ints && PyLong_Check(args[0])))
    return convert(args[0], p, out) ? -1 : -2;  // one sequence
  ct::Shape sizes;
  std::vector<ct::Tensor> tensors;
  for (Py_ssize_t i = 0; i < n; ++i) {
    int64_t v;
    if (ints && int_or_int_tensor_from(args[i], v))
      sizes.push_back(v);
    else if (!ints && is_tensor_fast(args[i]))
      tensors.push_back(tensor_from(args[i]));
    else
      return i;
  }
  if (ints)
    out = std::move(sizes);
  else
    out = std::move(tensors);
  return -1;
}

// Why an overload did not take the arguments (for the message of the one
// overload they could fit, as torch gives it).
struct Mismatch {
  enum Kind { None, TooMany, Missing, Unexpected, Duplicate, WrongType } kind = None;
  size_t param = 0;
  PyObject* culprit = nullptr;
  Py_ssize_t element = -1;  // the bad element of varargs
};

Mismatch bind_args(const Overload& o, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                   OpValue* values) {
  // Too many positional arguments is a count mismatch, whatever their types.
  if (nargs > o.max_positional) return {Mismatch::TooMany, 0, args[o.max_positional]};
  Py_ssize_t pos = 0;
  const Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  Py_ssize_t used_kw = 0;
  for (size_t i = 0; i < o.params.size(); ++i) {
    const Param& p = o.params[i];
    PyObject* value = nullptr;
    const bool varargs = p.type == ArgType::IntVarargs || p.type == ArgType::TensorVarargs;
    if (varargs && pos < nargs) {
      const Py_ssize_t bad = convert_varargs(args + pos, nargs - pos, p, values[i]);
      if (bad == -2) return {Mismatch::WrongType, i, args[pos]};
      if (bad >= 0) return {Mismatch::WrongType, i, args[pos + bad], bad};
      for (Py_ssize_t k = 0; k < nkw; ++k)  // f(2, 3, size=...)
        if (PyUnicode_Compare(PyTuple_GET_ITEM(kwnames, k), p.key) == 0)
          return {Mismatch::Duplicate, i, nullptr};
      pos = nargs;
      continue;
    }
    if (!p.keyword_only && !varargs && pos < nargs) value = args[pos++];
    for (Py_ssize_t k = 0; k < nkw; ++k) {
      PyObject* key = PyTuple_GET_ITEM(kwnames, k);
      if (key == p.key || PyUnicode_Compare(key, p.key) == 0) {
        if (value) return {Mismatch::Duplicate, i, nullptr};
        value = args[nargs + k];
        ++used_kw;
        break;
      }
    }
    if (!value) {
      if (!p.has_default) return {Mismatch::Missing, i, nullptr};
      values[i] = p.default_value;
      continue;
    }
    if (!convert(value, p, values[i])) return {Mismatch::WrongType, i, value};
  }
  if (used_kw < nkw) {
    for (Py_ssize_t k = 0; k < nkw; ++k) {
      PyObject* key = PyTuple_GET_ITEM(kwnames, k);
      bool known = false;
      for (const Param& p : o.params) known = known || PyUnicode_Compare(key, p.key) == 0;
      if (!known) return {Mismatch::Unexpected, 0, key};
    }
  }
  return {};
}

std::string type_name(PyObject* o) {
  if (is_tensor_fast(o)) return "Tensor";
  return Py_TYPE(o)->tp_name;
}

const char* expected_name(const Param& p) {
  switch (p.type) {
    case ArgType::Tensor:
      return "Tensor";
    case ArgType::Scalar:
      return "Number";
    case ArgType::Int:
      return "int";
    case ArgType::Float:
      return "float";
    case ArgType::Bool:
      return "bool";
    case ArgType::Str:
      return "str";
    case ArgType::ScalarType:
      return "torch.dtype";
    case ArgType::IntList:
    case ArgType::IntVarargs:
      return "tuple of ints";
    case ArgType::TensorList:
    case ArgType::TensorVarargs:
      return "tuple of Tensors";
    case ArgType::Any:
      return "a supported value";
  }
  return "";
}

// torch's TypeError texts: the complaint of the one overload the arguments
// could fit (`only`, when there is one), or every overload listed.
[[noreturn]] void raise_no_match(const Callable& c, const Overload* fitting, const Mismatch& only,
                                 PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  std::string msg;
  if (fitting) {
    const Overload& o = *fitting;
    const size_t first = c.method ? 1 : 0;  // self is not counted by name
    switch (only.kind) {
      case Mismatch::TooMany:
        msg = c.name + "() takes " +
              std::to_string(o.max_positional - static_cast<Py_ssize_t>(first)) +
              " positional argument(s) but " + std::to_string(nargs - first) + " were given";
        break;
      case Mismatch::Missing: {
        // torch names every required parameter from the first missing one
        // on, and writes "argument" + (one missing ? "s" : "") (sic).
        std::string names;
        int missing = 0;
        for (size_t i = only.param; i < o.params.size(); ++i)
          if (!o.params[i].has_default) {
            names += (missing++ ? ", \"" : "\"") + o.params[i].name + "\"";
          }
        msg = c.name + "() missing " + std::to_string(missing) + " required positional argument" +
              (missing == 1 ? "s" : "") + ": " + names;
        break;
      }
      case Mismatch::Unexpected:
        msg = c.name + "() got an unexpected keyword argument '" +
              std::string(PyUnicode_AsUTF8(only.culprit)) + "'";
        break;
      case Mismatch::Duplicate:
        msg = c.name + "() got multiple values for argument '" + o.params[only.param].name + "'";
        break;
      default: {
        const Param& p = o.params[only.param];
        if (only.element >= 0) {  // torch's text for a bad size or operand
          msg = c.name + "(): argument '" + p.name + "' must be " + expected_name(p) +
                ", but found element of type " + type_name(only.culprit) + " at pos " +
                std::to_string(only.element + 1);
          break;
        }
        msg = c.name + "(): argument '" + p.name + "' (position " +
              std::to_string(only.param + 1 - first) + ") must be " + expected_name(p) + ", not " +
              type_name(only.culprit);
      }
    }
  } else {
    std::string got;
    for (Py_ssize_t i = c.method ? 1 : 0; i < nargs; ++i)
      got += (got.empty() ? "" : ", ") + type_name(args[i]);
    const Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; ++k)
      got += (got.empty() ? "" : ", ") +
             std::string(PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, k))) + "=" +
             type_name(args[nargs + k]);
    msg = c.name + "() received an invalid combination of arguments - got (" + got +
          "), but expected one of:";
    for (const Overload& o : c.overloads) msg += "\n * " + o.text;
  }
  throw ct::TypeError(msg);
}

PyObject* to_python(OpValue&& v) {
  return std::visit(
      [](auto&& x) -> PyObject* {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          Py_RETURN_NONE;
        } else if constexpr (std::is_same_v<T, ct::Tensor>) {
          if (!x.defined()) Py_RETURN_NONE;
          return py::cast(std::move(x)).release().ptr();
        } else if constexpr (std::is_same_v<T, std::vector<ct::Tensor>>) {
          return wrap_tuple(x).release().ptr();
        } else {
          return py::cast(x).release().ptr();
        }
      },
      std::move(v));
}

// return_types.<name> -> the named-tuple class (cotangent/_tensor.py makes
// them from _named_returns() at import and hands them back).
std::map<std::string, PyObject*>& return_types() {
  static std::map<std::string, PyObject*> types;
  return types;
}

PyObject* named_tuple(const Overload& o, PyObject* tuple) {
  if (!tuple || o.return_fields.empty() || !PyTuple_Check(tuple)) return tuple;
  auto it = return_types().find(o.return_type);
  if (it == return_types().end()) return tuple;
  PyObject* named = PyObject_CallOneArg(it->second, tuple);
  Py_DECREF(tuple);
  return named;
}

PyObject* call(const Callable& c, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  OpValue values[kMaxParams];
  // The overload whose argument count fits (a wrong type, not a missing or
  // extra argument), when it is the only one: its complaint is the error.
  const Overload* fitting = nullptr;
  Mismatch fitting_mismatch;
  int fits = 0;
  for (const Overload& o : c.overloads) {
    Mismatch m = bind_args(o, args, nargs, kwnames, values);
    if (m.kind != Mismatch::None) {
      if (c.overloads.size() == 1 || m.kind == Mismatch::WrongType) {
        ++fits;
        fitting = &o;
        fitting_mismatch = m;
      }
      continue;
    }
    ct::OpArgs parsed(c.name.c_str(), values, o.params.size());
    OpValue result = ct::invoke(*o.op, o.signature, parsed);
    // An in-place method, or an op that returned its input (contiguous()
    // of a contiguous tensor, inplace=True): the same Python object, as torch.
    const ct::Tensor* first = std::get_if<ct::Tensor>(&values[0]);
    const ct::Tensor* out = std::get_if<ct::Tensor>(&result);
    if (o.returns_self || (first && out && nargs > 0 && out->defined() && out->is_same(*first))) {
      Py_INCREF(args[0]);
      return args[0];
    }
    return named_tuple(o, to_python(std::move(result)));
  }
  raise_no_match(c, fits == 1 ? fitting : nullptr, fitting_mismatch, args, nargs, kwnames);
}

// ---- the callable types

struct OpFunctionObject {
  PyObject_HEAD vectorcallfunc vectorcall;
  Callable* callable;
};

PyObject* op_vectorcall(PyObject* self, PyObject* const* args, size_t nargsf, PyObject* kwnames) {
  const Callable& c = *reinterpret_cast<OpFunctionObject*>(self)->callable;
  try {
    return call(c, args, PyVectorcall_NARGS(nargsf), kwnames);
  } catch (...) {
    set_python_error(std::current_exception());
    return nullptr;
  }
}

PyObject* op_name(PyObject* self, void*) {
  return PyUnicode_FromString(reinterpret_cast<OpFunctionObject*>(self)->callable->name.c_str());
}
PyObject* op_doc(PyObject* self, void*) {
  return PyUnicode_FromString(reinterpret_cast<OpFunctionObject*>(self)->callable->doc.c_str());
}
PyObject* op_repr(PyObject* self) {
  const Callable& c = *reinterpret_cast<OpFunctionObject*>(self)->callable;
  return PyUnicode_FromString(
      ((c.method ? "<method '" : "<built-in function ") + c.name + (c.method ? "'>" : ">"))
          .c_str());
}
// x.f -> a bound method (x.f(...) itself skips this: the type is a method descriptor).
PyObject* op_descr_get(PyObject* self, PyObject* obj, PyObject*) {
  if (!obj) {
    Py_INCREF(self);
    return self;
  }
  return PyMethod_New(self, obj);
}

PyMemberDef g_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(OpFunctionObject, vectorcall), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr}};
PyGetSetDef g_getset[] = {{"__name__", op_name, nullptr, nullptr, nullptr},
                          {"__qualname__", op_name, nullptr, nullptr, nullptr},
                          {"__doc__", op_doc, nullptr, nullptr, nullptr},
                          {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyTypeObject* make_type(bool method) {
  static PyType_Slot function_slots[] = {{Py_tp_call, reinterpret_cast<void*>(PyVectorcall_Call)},
                                         {Py_tp_repr, reinterpret_cast<void*>(op_repr)},
                                         {Py_tp_members, g_members},
                                         {Py_tp_getset, g_getset},
                                         {0, nullptr}};
  static PyType_Slot method_slots[] = {{Py_tp_call, reinterpret_cast<void*>(PyVectorcall_Call)},
                                       {Py_tp_repr, reinterpret_cast<void*>(op_repr)},
                                       {Py_tp_members, g_members},
                                       {Py_tp_getset, g_getset},
                                       {Py_tp_descr_get, reinterpret_cast<void*>(op_descr_get)},
                                       {0, nullptr}};
  static PyType_Spec function_spec = {"cotangent._cotangent.op_function", sizeof(OpFunctionObject),
                                      0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL,
                                      function_slots};
  static PyType_Spec method_spec = {
      "cotangent._cotangent.op_method", sizeof(OpFunctionObject), 0,
      Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR, method_slots};
  PyObject* t = PyType_FromSpec(method ? &method_spec : &function_spec);
  if (!t) throw py::error_already_set();
  return reinterpret_cast<PyTypeObject*>(t);
}

py::object make_callable(Callable* c) {
  static PyTypeObject* function_type = make_type(false);
  static PyTypeObject* method_type = make_type(true);
  PyTypeObject* type = c->method ? method_type : function_type;
  auto* obj = PyObject_New(OpFunctionObject, type);
  if (!obj) throw py::error_already_set();
  obj->vectorcall = op_vectorcall;
  obj->callable = c;
  return py::reinterpret_steal<py::object>(reinterpret_cast<PyObject*>(obj));
}

}  // namespace

void bind_signatures(py::module_& m, py::class_<ct::Tensor>& cls) {
  // Callables by (namespace, name, method), in the table's order; never
  // freed (the module holds them for the life of the process).
  std::vector<std::pair<std::string, Callable*>> order;
  std::map<std::string, Callable*> by_key;
  for (const ct::OpInfo& op : ct::op_table()) {
    for (const ct::OpSignature& sig : ct::signatures_of(op)) {
      std::string ns, name;
      Overload o = parse_schema(op, sig, ns, name);
      for (bool method : {false, true}) {
        if (method && (sig.binding == ct::Binding::Function || !ns.empty())) continue;
        if (!method && sig.binding == ct::Binding::Method) continue;
        if (method && !op.method && sig.binding != ct::Binding::Method) continue;
        std::string key = ns + "." + name + (method ? "#method" : "");
        Callable*& c = by_key[key];
        if (!c) {
          c = new Callable{name, method, {}, ""};
          order.emplace_back(ns, c);
        }
        c->overloads.push_back(o);
        c->doc += (c->doc.empty() ? "" : "\n") + name + o.text;
      }
    }
  }
  // The named tuples the signatures return, for cotangent.return_types.
  m.def("_named_returns", [order]() {
    py::dict out;
    for (const auto& entry : order)
      for (const Overload& o : entry.second->overloads)
        if (!o.return_fields.empty()) out[py::str(o.return_type)] = py::cast(o.return_fields);
    return out;
  });
  m.def("_set_return_types", [](py::dict types) {
    for (auto [name, type] : types)
      return_types()[py::cast<std::string>(name)] = py::object(type, true).release().ptr();
  });
  for (auto& [ns, c] : order) {
    py::object f = make_callable(c);
    if (c->method) {
      cls.attr(c->name.c_str()) = f;
      continue;
    }
    py::module_ target = m;
    if (!ns.empty()) {
      const std::string sub = "_" + ns;
      target = py::hasattr(m, sub.c_str()) ? py::module_(m.attr(sub.c_str()))
                                           : m.def_submodule(sub.c_str());
    }
    target.attr(c->name.c_str()) = f;
  }
}

}  // namespace ctpy
