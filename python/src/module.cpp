// The extension module cotangent._cotangent: exception translation, dtypes,
// shared helpers. The Python package (python/cotangent) builds PyTorch's
// surface on top of it.
#include <array>

#include "common.h"

namespace ctpy {

py::object* g_tensor_type = nullptr;
namespace {
std::array<py::object*, 5> g_dtypes{};
}  // namespace

py::object dtype_object(ct::DType d) {
  auto i = static_cast<size_t>(d);
  if (i >= g_dtypes.size() || !g_dtypes[i]) throw ct::RuntimeError("unknown dtype");
  return *g_dtypes[i];
}

bool is_tensor(py::handle h) {
  return g_tensor_type && PyObject_IsInstance(h.ptr(), g_tensor_type->ptr()) == 1;
}

int64_t to_int(py::handle h, const char* what) {
  PyObject* o = h.ptr();
  if (PyBool_Check(o) || is_tensor(h) || !PyIndex_Check(o))
    throw ct::TypeError(std::string("expected ") + what + " but got " +
                        std::string(py::str(py::type::handle_of(h).attr("__name__"))));
  py::object idx = py::reinterpret_steal<py::object>(PyNumber_Index(o));
  if (!idx) throw py::error_already_set();
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(idx.ptr(), &overflow);
  if (overflow) throw ct::RuntimeError("Overflow when unpacking long");
  if (v == -1 && PyErr_Occurred()) throw py::error_already_set();
  return v;
}

py::object wrap(const ct::Tensor& t) {
  if (!t.defined()) return py::none();
  return py::cast(t);
}
py::tuple wrap_tuple(const std::vector<ct::Tensor>& ts) {
  py::tuple r(ts.size());
  for (size_t i = 0; i < ts.size(); ++i) r[i] = wrap(ts[i]);
  return r;
}
ct::Tensor unwrap_opt(py::handle h, const char* what) {
  if (!h || h.is_none()) return {};
  if (!is_tensor(h))
    throw ct::TypeError(std::string(what) + " must be a Tensor or None, not " +
                        std::string(py::str(py::type::handle_of(h).attr("__name__"))));
  return h.cast<ct::Tensor>();
}
std::vector<ct::Tensor> grad_tensors_arg(py::handle h, size_t n_outputs) {
  std::vector<ct::Tensor> out;
  if (!h || h.is_none()) return out;
  if (is_tensor(h)) {
    out.push_back(h.cast<ct::Tensor>());
    return out;
  }
  // torch: tuple(grad_tensors), then each must be a Tensor or None, zipped
  // with the outputs (extra gradients are ignored).
  if (!py::isinstance<py::iterable>(h))
    throw ct::TypeError("'" + std::string(py::str(py::type::handle_of(h).attr("__name__"))) +
                        "' object is not iterable");
  for (py::handle item : py::tuple(py::reinterpret_borrow<py::object>(h))) {
    if (out.size() == n_outputs) break;
    if (item.is_none()) {
      out.emplace_back();
      continue;
    }
    if (!is_tensor(item))
      throw ct::TypeError("gradients can be either Tensors or None, but got " +
                          std::string(py::str(py::type::handle_of(item).attr("__name__"))));
    out.push_back(item.cast<ct::Tensor>());
  }
  // An empty sequence is not "no gradients" (None): the engine's count check.
  if (out.empty() && n_outputs > 0)
    throw ct::RuntimeError("got " + std::to_string(n_outputs) + " tensors and 0 gradients");
  return out;
}
std::vector<ct::Tensor> tensor_seq(py::handle h, const char* what, bool allow_none) {
  std::vector<ct::Tensor> out;
  if (is_tensor(h)) {
    out.push_back(h.cast<ct::Tensor>());
    return out;
  }
  if (!PySequence_Check(h.ptr()) || PyUnicode_Check(h.ptr()))
    throw ct::TypeError(std::string(what) + " must be a Tensor or a sequence of Tensors, not " +
                        std::string(py::str(py::type::handle_of(h).attr("__name__"))));
  for (auto item : py::reinterpret_borrow<py::sequence>(h)) {
    if (allow_none && item.is_none()) {
      out.emplace_back();
      continue;
    }
    if (!is_tensor(item))
      throw ct::TypeError(std::string(what) + " must contain Tensors, not " +
                          std::string(py::str(py::type::handle_of(item).attr("__name__"))));
    out.push_back(item.cast<ct::Tensor>());
  }
  return out;
}

void set_python_error(std::exception_ptr p) {
  try {
    std::rethrow_exception(p);
  } catch (py::error_already_set& e) {
    e.restore();
  } catch (const py::cast_error& e) {
    // An argument of the wrong Python type met inside a binding: torch
    // reports these as TypeError.
    PyErr_SetString(PyExc_TypeError, e.what());
  } catch (const py::builtin_exception& e) {
    e.set_error();
  } catch (const ct::TypeError& e) {
    PyErr_SetString(PyExc_TypeError, e.what());
  } catch (const ct::ValueError& e) {
    PyErr_SetString(PyExc_ValueError, e.what());
  } catch (const ct::IndexError& e) {
    PyErr_SetString(PyExc_IndexError, e.what());
  } catch (const ct::NotImplementedError& e) {
    PyErr_SetString(PyExc_NotImplementedError, e.what());
  } catch (const ct::AssertionError& e) {
    PyErr_SetString(PyExc_AssertionError, e.what());
  } catch (const ct::RuntimeError& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  } catch (const ct::Error& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  } catch (const std::bad_alloc&) {
    PyErr_SetString(PyExc_RuntimeError, "std::bad_alloc");
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  } catch (...) {
    PyErr_SetString(PyExc_RuntimeError, "unknown C++ exception");
  }
}

}  // namespace ctpy

PYBIND11_MODULE(_cotangent, m) {
  m.doc() = "cotangent: tensors with reverse-mode autodiff (PyTorch's API)";

  py::register_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const ct::Error&) {
      ctpy::set_python_error(std::current_exception());
    } catch (const py::cast_error&) {
      ctpy::set_python_error(std::current_exception());
    } catch (const std::bad_alloc&) {
      ctpy::set_python_error(std::current_exception());
    }
  });

  py::class_<ctpy::DTypeObj>(m, "dtype")
      .def("__repr__", [](const ctpy::DTypeObj& d) { return ct::dtype_repr(d.dtype); })
      .def("__str__", [](const ctpy::DTypeObj& d) { return ct::dtype_repr(d.dtype); })
      .def("__reduce__",
           [](const ctpy::DTypeObj& d) { return std::string(ct::dtype_name(d.dtype)); })
      .def_property_readonly("is_floating_point",
                             [](const ctpy::DTypeObj& d) { return ct::is_floating_point(d.dtype); })
      .def_property_readonly("is_complex", [](const ctpy::DTypeObj&) { return false; })
      .def_property_readonly("is_signed",
                             [](const ctpy::DTypeObj& d) { return d.dtype != ct::DType::Bool; })
      .def_property_readonly("itemsize",
                             [](const ctpy::DTypeObj& d) { return ct::element_size(d.dtype); })
      .def_property_readonly("_name",
                             [](const ctpy::DTypeObj& d) { return ct::dtype_name(d.dtype); });
  const ct::DType all[] = {ct::DType::Float32, ct::DType::Float64, ct::DType::Int64,
                           ct::DType::Bool, ct::DType::Int32};
  for (ct::DType d : all) {
    auto* o = new py::object(py::cast(ctpy::DTypeObj{d}));  // immortal
    ctpy::g_dtypes[static_cast<size_t>(d)] = o;
    m.attr(ct::dtype_name(d)) = *o;
  }

  py::class_<ct::Tensor> cls(m, "Tensor", py::dynamic_attr());
  ctpy::g_tensor_type = new py::object(cls);  // immortal
  ctpy::bind_tensor(m, cls);
  ctpy::bind_ops(m, cls);
  ctpy::bind_numpy(m, cls);
  ctpy::bind_signatures(m, cls);
  ctpy::bind_autograd(m);
  ctpy::bind_compile(m);
  ctpy::bind_func(m);
  ctpy::bind_distributed(m);
}
