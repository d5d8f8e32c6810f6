// Shared pieces of the pybind11 module: type casters for ct::Scalar,
// ct::Shape and ct::DType, and helpers to turn undefined tensors into None.
#pragma once
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cotangent/cotangent.h>

#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace ctpy {

// The Python objects behind ct.float32, ct.float64, ct.int64, ct.int32 and ct.bool
// (created once in the module init and never freed).
struct DTypeObj {
  ct::DType dtype;
};
py::object dtype_object(ct::DType d);
extern py::object* g_tensor_type;  // the Tensor class (set in the module init)
bool is_tensor(py::handle h);

// A Python int (or __index__ object, not bool) as int64; throws TypeError.
int64_t to_int(py::handle h, const char* what = "an integer");

py::object wrap(const ct::Tensor& t);  // None for an undefined tensor
py::tuple wrap_tuple(const std::vector<ct::Tensor>& ts);
// Tensor or None -> ct::Tensor (undefined for None).
ct::Tensor unwrap_opt(py::handle h, const char* what = "argument");
std::vector<ct::Tensor> tensor_seq(py::handle h, const char* what, bool allow_none = false);
// Tensor.backward's `gradient` / autograd.backward's `grad_tensors`, checked
// as torch checks them (a Tensor, or a sequence of Tensors or None).
std::vector<ct::Tensor> grad_tensors_arg(py::handle h, size_t n_outputs);
// A callback's return value (Tensor, None or a sequence) as tensors.
std::vector<ct::Tensor> returned_tensors(const py::object& r, const char* what);

// A Python object that C++ owns (a custom function's ctx and callbacks):
// dropped with the GIL held, whichever thread lets the node go.
struct PyOwned {
  explicit PyOwned(py::object o, bool is_ctx = false) : obj(std::move(o)), is_ctx(is_ctx) {}
  PyOwned(const PyOwned&) = delete;
  PyOwned& operator=(const PyOwned&) = delete;
  ~PyOwned() {
    if (!Py_IsInitialized()) {
      obj.release();  // the interpreter is gone: nothing to decrement
      return;
    }
    py::gil_scoped_acquire gil;
    if (is_ctx) {
      // A ctx the user kept must not point at the freed C++ context.
      if (PyObject_SetAttrString(obj.ptr(), "_c", Py_None) != 0) PyErr_Clear();
    }
    obj = py::object();
  }
  py::object obj;
  bool is_ctx;
};



// The functional family's arguments and results (autograd.cpp), shared
// with the distributed transforms (distributed.cpp).
ct::detail::TensorArgs tensor_args(py::handle x);
ct::VArg v_arg(py::handle v);
ct::detail::ListFunc as_list_func(py::object func);
ct::Strategy strategy_arg(const std::string& s);
py::tuple wrap_matrix(const ct::detail::Matrix& m);
py::tuple wrap_products(const ct::detail::VjpLists& r);

// Sets the Python error for a C++ exception (ct::Error subclasses become
// the builtin of the same name), as the module's exception translator does.
void set_python_error(std::exception_ptr p);

void bind_tensor(py::module_& m, py::class_<ct::Tensor>& cls);
void bind_ops(py::module_& m, py::class_<ct::Tensor>& cls);
void bind_autograd(py::module_& m);
void bind_compile(py::module_& m);  // ct::compile's cache for cotangent.compile
void bind_func(py::module_& m);     // ct::func's transforms for cotangent.func
// cotangent.distributed's core, when built with MPI (distributed.cpp);
// without, _dist_available() is False.
void bind_distributed(py::module_& m);
void bind_numpy(py::module_& m, py::class_<ct::Tensor>& cls);
// Every op of the table through its signatures (signatures.cpp).
void bind_signatures(py::module_& m, py::class_<ct::Tensor>& cls);

}  // namespace ctpy

namespace pybind11::detail {

template <>
struct type_caster<ct::Scalar> {
 public:
  PYBIND11_TYPE_CASTER(ct::Scalar, const_name("Number"));
  type_caster() : value(0.0) {}
  bool load(handle src, bool convert) {
    if (!src || ctpy::is_tensor(src)) return false;
    PyObject* o = src.ptr();
    if (PyBool_Check(o)) {
      value = ct::Scalar(o == Py_True);
      return true;
    }
    if (PyLong_Check(o)) {
      int overflow = 0;
      long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
      if (overflow || (v == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return false;
      }
      value = ct::Scalar(static_cast<int64_t>(v));
      return true;
    }
    if (PyFloat_Check(o)) {
      value = ct::Scalar(PyFloat_AsDouble(o));
      return true;
    }
    // numpy scalars and other number-likes (not strings, not sequences)
    if (PyObject_HasAttrString(o, "dtype") && PyObject_HasAttrString(o, "item") &&
        !PySequence_Check(o)) {
      object item = reinterpret_steal<object>(PyObject_CallMethod(o, "item", nullptr));
      if (!item) {
        PyErr_Clear();
        return false;
      }
      if (PyBool_Check(item.ptr()) || PyLong_Check(item.ptr()) || PyFloat_Check(item.ptr()))
        return load(item, convert);
      return false;
    }
    return false;
  }
  static handle cast(const ct::Scalar& s, return_value_policy, handle) {
    if (s.is_bool()) return PyBool_FromLong(s.to_int() != 0);
    if (s.is_integral()) return PyLong_FromLongLong(s.to_int());
    return PyFloat_FromDouble(s.to_double());
  }
};

template <>
struct type_caster<ct::Shape> {
 public:
  PYBIND11_TYPE_CASTER(ct::Shape, const_name("Sequence[int]"));
  bool load(handle src, bool) {
    if (!src || ctpy::is_tensor(src)) return false;
    PyObject* o = src.ptr();
    if (PyBool_Check(o)) return false;
    if (PyLong_Check(o) || (PyIndex_Check(o) && !PySequence_Check(o))) {
      try {
        value = ct::Shape(ctpy::to_int(src));
      } catch (...) {
        return false;
      }
      return true;
    }
    if (!PySequence_Check(o) || PyUnicode_Check(o) || PyBytes_Check(o)) return false;
    sequence seq = reinterpret_borrow<sequence>(src);
    ct::Shape s;
    for (auto item : seq) {
      if (PyBool_Check(item.ptr()) || !PyIndex_Check(item.ptr()) || ctpy::is_tensor(item))
        return false;
      try {
        s.push_back(ctpy::to_int(item));
      } catch (...) {
        return false;
      }
    }
    value = std::move(s);
    return true;
  }
  static handle cast(const ct::Shape& s, return_value_policy, handle) {
    tuple t(s.size());
    for (size_t i = 0; i < s.size(); ++i) t[i] = int_(s[i]);
    return t.release();
  }
};

template <>
struct type_caster<ct::DType> {
 public:
  PYBIND11_TYPE_CASTER(ct::DType, const_name("dtype"));
  bool load(handle src, bool) {
    if (!src || !isinstance<ctpy::DTypeObj>(src)) return false;
    value = src.cast<const ctpy::DTypeObj&>().dtype;
    return true;
  }
  static handle cast(ct::DType d, return_value_policy, handle) {
    return ctpy::dtype_object(d).release();
  }
};

}  // namespace pybind11::detail
