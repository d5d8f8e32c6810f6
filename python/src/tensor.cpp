// ct::Tensor as the Python class Tensor: metadata, autograd, conversions,
// views and operators. Argument handling that is easier in Python (indexing,
// grad_fn objects, return types) lives in python/cotangent/_tensor.py.
#include "common.h"

namespace ctpy {

namespace {

using ct::Tensor;

struct GradFn {
  std::shared_ptr<ct::Node> node;
  std::string name;
};

py::object element(const char* p, ct::DType d) {
  switch (d) {
    case ct::DType::Float32:
      return py::float_(static_cast<double>(*reinterpret_cast<const float*>(p)));
    case ct::DType::Float64:
      return py::float_(*reinterpret_cast<const double*>(p));
    case ct::DType::Int64:
      return py::int_(*reinterpret_cast<const int64_t*>(p));
    case ct::DType::Int32:
      return py::int_(*reinterpret_cast<const int32_t*>(p));
    case ct::DType::Bool:
      return py::bool_(*reinterpret_cast<const bool*>(p));
  }
  return py::none();
}

py::object tolist_rec(const char* base, const ct::Shape& sizes, size_t d, size_t es, ct::DType dt) {
  if (d == sizes.size()) return element(base, dt);
  py::list l;
  int64_t inner = 1;
  for (size_t k = d + 1; k < sizes.size(); ++k) inner *= sizes[k];
  for (int64_t i = 0; i < sizes[d]; ++i)
    l.append(tolist_rec(base + static_cast<size_t>(i * inner) * es, sizes, d + 1, es, dt));
  return l;
}

py::object item(const Tensor& t) {
  switch (t.dtype()) {
    case ct::DType::Float32:
      return py::float_(static_cast<double>(t.item<float>()));
    case ct::DType::Float64:
      return py::float_(t.item<double>());
    case ct::DType::Int64:
      return py::int_(t.item<int64_t>());
    case ct::DType::Int32:
      return py::int_(t.item<int32_t>());
    case ct::DType::Bool:
      return py::bool_(t.item<bool>());
  }
  return py::none();
}

template <class F>
py::object inplace(py::object self, F f) {
  f(self.cast<Tensor&>());
  return self;
}

// Tensor.__getitem__ for the basic indices (ints, slices, None, Ellipsis and
// tuples of them) without leaving C++; anything else, and every error, goes
// to the Python implementation (cotangent/_indexing.py), which knows
// advanced indexing and torch's messages. Set by cotangent/__init__.py.
py::object& getitem_fallback() {
  static py::object* f = new py::object();  // never destroyed: outlives the interpreter's teardown
  return *f;
}

bool basic_index(const Tensor& self, py::handle idx, Tensor& out) {
  // x[index] with a 1-D int64 index tensor in range: index_select, as the
  // Python path computes it (negative or out-of-range indices go there).
  if (py::isinstance<Tensor>(idx)) {
    const Tensor& index = idx.cast<const Tensor&>();
    if (index.dtype() != ct::DType::Int64 || index.dim() != 1 || self.dim() == 0) return false;
    Tensor flat = index.contiguous();
    const int64_t* p = flat.data_ptr<int64_t>();
    const int64_t size = self.size(0);
    for (int64_t i = 0; i < flat.numel(); ++i)
      if (p[i] < 0 || p[i] >= size) return false;
    out = ct::index_select(self, 0, flat);
    return true;
  }
  PyObject* entries_one[1] = {idx.ptr()};
  PyObject** entries = entries_one;
  Py_ssize_t n = 1;
  if (PyTuple_Check(idx.ptr())) {
    entries = &PyTuple_GET_ITEM(idx.ptr(), 0);
    n = PyTuple_GET_SIZE(idx.ptr());
  }
  const int64_t ndim = self.dim();
  int64_t used = 0, ellipses = 0;
  for (Py_ssize_t k = 0; k < n; ++k) {
    PyObject* e = entries[k];
    if (e == Py_None) continue;
    if (e == Py_Ellipsis) {
      ++ellipses;
    } else if (PySlice_Check(e) || (PyLong_CheckExact(e))) {
      ++used;
    } else {
      return false;  // bools, tensors, lists, numpy: the Python path
    }
  }
  if (ellipses > 1 || used > ndim) return false;
  Tensor result = self;
  int64_t dim = 0;
  auto as_opt = [](PyObject* o, std::optional<int64_t>& v) {
    if (o == Py_None) return true;
    if (!PyLong_CheckExact(o)) return false;
    int overflow = 0;
    const long long x = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow) return false;
    v = x;
    return true;
  };
  for (Py_ssize_t k = 0; k < n; ++k) {
    PyObject* e = entries[k];
    if (e == Py_None) {
      result = result.unsqueeze(dim++);
    } else if (e == Py_Ellipsis) {
      dim += ndim - used;
    } else if (PyLong_CheckExact(e)) {
      int overflow = 0;
      const long long i = PyLong_AsLongLongAndOverflow(e, &overflow);
      const int64_t size = result.size(dim);
      if (overflow || i < -size || i >= size || result.dim() == 0) return false;
      result = result.select(dim, i);
    } else {
      auto* sl = reinterpret_cast<PySliceObject*>(e);
      std::optional<int64_t> start, stop, step;
      if (!as_opt(sl->start, start) || !as_opt(sl->stop, stop) || !as_opt(sl->step, step))
        return false;
      if (step && *step <= 0) return false;
      if (start || stop || (step && *step != 1))
        result = result.slice(dim, start, stop, step.value_or(1));
      ++dim;
    }
  }
  out = result.is_same(self) ? self.view(self.shape()) : result;  // torch: an alias of self
  return true;
}

// torch.Size instances made from C++ without running Size.__new__ in Python.
PyTypeObject*& size_type() {
  static PyTypeObject* t = nullptr;
  return t;
}
py::object make_size(const ct::Shape& shape) {
  const auto n = static_cast<Py_ssize_t>(shape.size());
  // The Size (a tuple subclass) allocated and filled directly: building a
  // tuple and calling the type's tp_new costs as much again.
  PyObject* r = size_type() ? size_type()->tp_alloc(size_type(), n) : PyTuple_New(n);
  if (!r) throw py::error_already_set();
  for (Py_ssize_t k = 0; k < n; ++k) {
    PyObject* v = PyLong_FromLongLong(shape[static_cast<size_t>(k)]);
    if (!v) {
      Py_DECREF(r);
      throw py::error_already_set();
    }
    PyTuple_SET_ITEM(r, k, v);
  }
  return py::reinterpret_steal<py::object>(r);
}

// torch.tensor's common case without NumPy: a flat or rectangular 2-D list
// (or tuple) of Python floats or ints. Returns None for anything else (and
// for values whose conversion torch words differently), which the Python
// path then handles.
py::object tensor_from_list(py::handle data, py::handle dtype_obj) {
  if (!PyList_Check(data.ptr()) && !PyTuple_Check(data.ptr())) return py::none();
  std::vector<PyObject*> flat;
  int64_t rows = -1, cols = -1;
  auto items = [](PyObject* seq, Py_ssize_t& n) {
    n = PySequence_Fast_GET_SIZE(seq);
    return PySequence_Fast_ITEMS(seq);
  };
  Py_ssize_t n = 0;
  PyObject** top = items(data.ptr(), n);
  if (n == 0 || n > 4096) return py::none();
  if (PyList_Check(top[0]) || PyTuple_Check(top[0])) {
    rows = n;
    for (Py_ssize_t i = 0; i < n; ++i) {
      if (!PyList_Check(top[i]) && !PyTuple_Check(top[i])) return py::none();
      Py_ssize_t m = 0;
      PyObject** row = items(top[i], m);
      if (m == 0 || (cols >= 0 && m != cols)) return py::none();
      cols = m;
      flat.insert(flat.end(), row, row + m);
    }
  } else {
    flat.assign(top, top + n);
  }
  bool any_float = false;
  for (PyObject* o : flat) {
    if (PyFloat_CheckExact(o))
      any_float = true;
    else if (!PyLong_CheckExact(o))
      return py::none();  // bools, numpy scalars, tensors, nested deeper
  }
  ct::DType dt = any_float ? ct::DType::Float32 : ct::DType::Int64;
  if (!dtype_obj.is_none()) {
    try {
      dt = dtype_obj.cast<ct::DType>();
    } catch (const py::cast_error&) {
      return py::none();  // not a dtype: the Python path words the error
    }
    if (dt != ct::DType::Float32 && dt != ct::DType::Float64 &&
        !(dt == ct::DType::Int64 && !any_float))
      return py::none();
  }
  ct::Shape shape =
      rows >= 0 ? ct::Shape{rows, cols} : ct::Shape{static_cast<int64_t>(flat.size())};
  Tensor t = ct::empty(shape, dt);
  if (dt == ct::DType::Int64) {
    int64_t* p = t.data_ptr<int64_t>();
    for (size_t i = 0; i < flat.size(); ++i) {
      int overflow = 0;
      p[i] = PyLong_AsLongLongAndOverflow(flat[i], &overflow);
      if (overflow) return py::none();
    }
  } else {
    std::vector<double> v(flat.size());
    for (size_t i = 0; i < flat.size(); ++i) {
      v[i] = PyFloat_CheckExact(flat[i]) ? PyFloat_AS_DOUBLE(flat[i]) : PyLong_AsDouble(flat[i]);
      if (v[i] == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        return py::none();
      }
    }
    if (dt == ct::DType::Float32) {
      float* p = t.data_ptr<float>();
      for (size_t i = 0; i < v.size(); ++i) p[i] = static_cast<float>(v[i]);
    } else {
      std::copy(v.begin(), v.end(), t.data_ptr<double>());
    }
  }
  return py::cast(std::move(t));
}

// The attribute reads Python code makes most (x.shape, x.dim()) as plain
// CPython descriptors: pybind11's general dispatch costs ~0.1 us a call,
// torch's C descriptors ~0.05 us.
const Tensor* tensor_of(PyObject* self) {
  py::detail::make_caster<Tensor> caster;
  if (!caster.load(self, false)) {
    PyErr_SetString(PyExc_TypeError, "expected a cotangent Tensor");
    return nullptr;
  }
  return &py::detail::cast_op<const Tensor&>(caster);
}
PyObject* fast_dim(PyObject* self, PyObject*) {
  const Tensor* t = tensor_of(self);
  if (!t) return nullptr;
  try {
    return PyLong_FromLongLong(t->dim());
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
    return nullptr;
  }
}
PyObject* fast_shape(PyObject* self, void*) {
  const Tensor* t = tensor_of(self);
  if (!t) return nullptr;
  try {
    return make_size(t->shape()).release().ptr();
  } catch (py::error_already_set& e) {
    e.restore();
    return nullptr;
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
    return nullptr;
  }
}
PyMethodDef g_dim_def{"dim", fast_dim, METH_NOARGS, "Number of dimensions."};
PyGetSetDef g_shape_def{"shape", fast_shape, nullptr, "The sizes, as a Size.", nullptr};

void install_fast_attributes(py::class_<Tensor>& cls) {
  auto* type = reinterpret_cast<PyTypeObject*>(cls.ptr());
  py::object dim = py::reinterpret_steal<py::object>(PyDescr_NewMethod(type, &g_dim_def));
  py::object shape = py::reinterpret_steal<py::object>(PyDescr_NewGetSet(type, &g_shape_def));
  if (!dim || !shape) throw py::error_already_set();
  cls.attr("dim") = dim;
  cls.attr("shape") = shape;
}

}  // namespace

void bind_tensor(py::module_& m, py::class_<ct::Tensor>& cls) {
  install_fast_attributes(cls);
  m.def("_tensor_from_list", &tensor_from_list, py::arg("data"), py::arg("dtype") = py::none());
  m.def("_set_size_class", [](py::object cls) {
    Py_INCREF(cls.ptr());  // kept for the life of the process
    size_type() = reinterpret_cast<PyTypeObject*>(cls.ptr());
  });

  m.def("_set_getitem_fallback", [](py::object f) { getitem_fallback() = std::move(f); });
  cls.def("__getitem__", [](const Tensor& self, py::handle idx) -> py::object {
    Tensor out;
    if (basic_index(self, idx, out)) return py::cast(std::move(out));
    return getitem_fallback()(py::cast(self), idx);
  });
  py::class_<ct::HookHandle>(m, "_HookHandle").def("remove", &ct::HookHandle::remove);
  py::class_<GradFn>(m, "_Node")
      .def("name", [](const GradFn& g) { return g.name; })
      .def("next_functions",
           [](const GradFn& g) {
             auto next = ct::autograd::next_functions(g.node);
             py::tuple t(next.size());
             for (size_t i = 0; i < next.size(); ++i) {
               py::object n =
                   next[i].first
                       ? py::cast(GradFn{next[i].first, ct::autograd::node_name(next[i].first)})
                       : py::none();
               t[i] = py::make_tuple(n, next[i].second);
             }
             return t;
           })
      .def("variable",
           [](const GradFn& g) -> py::object {
             Tensor v = ct::autograd::accumulated_variable(g.node);
             return v.defined() ? py::cast(v) : py::none();
           })
      .def("register_hook",
           [](const GradFn& g, py::object fn) {
             auto f = std::make_shared<PyOwned>(fn);
             return ct::autograd::register_hook(
                 g.node, [f](const std::vector<Tensor>& grad_inputs,
                             const std::vector<Tensor>& grad_outputs) {
                   py::gil_scoped_acquire gil;
                   py::object r = f->obj(wrap_tuple(grad_inputs), wrap_tuple(grad_outputs));
                   return r.is_none() ? std::vector<Tensor>()
                                      : returned_tensors(r, "values returned by the hook");
                 });
           })
      .def("register_prehook",
           [](const GradFn& g, py::object fn) {
             auto f = std::make_shared<PyOwned>(fn);
             return ct::autograd::register_prehook(
                 g.node, [f](const std::vector<Tensor>& grad_outputs) {
                   py::gil_scoped_acquire gil;
                   py::object r = f->obj(wrap_tuple(grad_outputs));
                   return r.is_none() ? std::vector<Tensor>()
                                      : returned_tensors(r, "values returned by the hook");
                 });
           })
      .def_property_readonly(
          "_id", [](const GradFn& g) { return reinterpret_cast<uintptr_t>(g.node.get()); })
      .def("__eq__",
           [](const GradFn& a, py::object b) {
             return py::isinstance<GradFn>(b) && a.node == b.cast<const GradFn&>().node;
           })
      .def("__hash__", [](const GradFn& g) { return std::hash<void*>()(g.node.get()); });

  // ---- metadata
  cls.def("_sizes", [](const Tensor& t) { return t.shape(); })
      .def("_strides", [](const Tensor& t) { return t.strides(); })
      .def("ndimension", &Tensor::dim)
      .def_property_readonly("ndim", &Tensor::dim)
      .def("numel", &Tensor::numel)
      .def("nelement", &Tensor::numel)
      .def("element_size", [](const Tensor& t) { return ct::element_size(t.dtype()); })
      .def("is_contiguous", [](const Tensor& t) { return t.is_contiguous(); })
      .def("is_floating_point", [](const Tensor& t) { return t.is_floating_point(); })
      .def("is_complex", [](const Tensor&) { return false; })
      .def("storage_offset", &Tensor::storage_offset)
      .def("data_ptr",
           [](const Tensor& t) { return reinterpret_cast<uintptr_t>(t.raw_data_ptr()); })
      .def("_is_same", &Tensor::is_same)
      .def("_is_view", &Tensor::is_view)
      .def("_register_hook",
           [](const Tensor& t, py::object fn, std::string name) {
             auto f = std::make_shared<PyOwned>(fn);
             return t.register_hook_fn(
                 [f](const Tensor& g) -> Tensor {
                   py::gil_scoped_acquire gil;
                   py::object r = f->obj(g);
                   if (r.is_none()) return Tensor();
                   if (!is_tensor(r))
                     throw ct::TypeError("a tensor hook must return a Tensor or None, not " +
                                         std::string(py::str(r.get_type().attr("__name__"))));
                   return r.cast<Tensor>();
                 },
                 std::move(name));
           })
      .def("retain_grad", &Tensor::retain_grad)
      .def_property_readonly("retains_grad", &Tensor::retains_grad)
      .def_property_readonly("_base",
                             [](const Tensor& t) -> py::object {
                               Tensor b = t._base();
                               return b.defined() ? py::cast(b) : py::none();
                             })
      .def("_shares_storage", &Tensor::shares_storage)
      .def_property_readonly("_version", &Tensor::_version)
      .def_property_readonly("output_nr", &Tensor::output_nr)
      .def_property_readonly("dtype", &Tensor::dtype)
      .def_property_readonly("is_leaf", &Tensor::is_leaf)
      .def_property_readonly("is_cuda", [](const Tensor&) { return false; })
      .def_property_readonly("is_sparse", [](const Tensor&) { return false; })
      .def_property("requires_grad", &Tensor::requires_grad,
                    [](Tensor& t, py::object v) {
                      if (!PyBool_Check(v.ptr()))
                        throw ct::TypeError("requires_grad must be a bool");
                      t.requires_grad_(v.ptr() == Py_True);
                    })
      .def_property(
          "grad",
          [](const Tensor& t) {
            if (!t.is_leaf() && !t.retains_grad() && !t.grad().defined() &&
                PyErr_WarnEx(
                    PyExc_UserWarning,
                    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. "
                    "Its "
                    ".grad attribute won't be populated during autograd.backward(). If you indeed "
                    "want "
                    "the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on "
                    "the "
                    "non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you "
                    "access "
                    "the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more "
                    "informations.",
                    1) != 0)
              throw py::error_already_set();  // warnings turned into errors
            return wrap(t.grad());
          },
          [](const Tensor& t, py::object g) { t.set_grad(unwrap_opt(g, "assigned grad")); })
      .def("_grad_fn",
           [](const Tensor& t) -> py::object {
             if (!t.grad_fn()) return py::none();
             return py::cast(GradFn{t.grad_fn(), t.grad_fn_name()});
           })
      .def("__repr__", [](const Tensor& t) { return ct::repr(t); })
      .def("__str__", [](const Tensor& t) { return ct::repr(t); })
      .def("__hash__", [](const Tensor& t) { return reinterpret_cast<uintptr_t>(t.impl()); })
      .def("item", &item)
      .def("tolist", [](const Tensor& t) {
        if (ct::func::is_batched(t))
          throw ct::RuntimeError("Cannot access data pointer of Tensor that doesn't have storage");
        ct::detail::check_value_read("tolist()");
        Tensor c = t.contiguous();
        const char* p = c.numel() ? static_cast<const char*>(c.raw_data_ptr()) : nullptr;
        if (c.dim() == 0) return element(p, c.dtype());
        return tolist_rec(p, c.shape(), 0, ct::element_size(c.dtype()), c.dtype());
      });

  // ---- autograd
  cls.def(
         "requires_grad_",
         [](py::object self, py::object r) {
           if (!PyBool_Check(r.ptr()))
             throw ct::TypeError("requires_grad_(): argument 'requires_grad' must be bool");
           return inplace(self, [&](Tensor& t) { t.requires_grad_(r.ptr() == Py_True); });
         },
         py::arg("requires_grad") = true)
      .def(
          "backward",
          [](const Tensor& t, py::object gradient, std::optional<bool> retain_graph,
             bool create_graph, py::object inputs) {
            std::vector<Tensor> grads = grad_tensors_arg(gradient, 1);
            std::vector<Tensor> in;
            if (!inputs.is_none()) in = tensor_seq(inputs, "inputs");
            py::gil_scoped_release nogil;  // no Python object may be touched below
            ct::backward({t}, grads, retain_graph, create_graph, in);
          },
          py::arg("gradient") = py::none(), py::arg("retain_graph") = py::none(),
          py::arg("create_graph") = false, py::arg("inputs") = py::none())
      .def("detach_", [](py::object self) { return inplace(self, [](Tensor& t) { t.detach_(); }); })
      .def("_to", [](const Tensor& t, ct::DType d) { return t.to(d); });

  // ---- the attribute views (the view methods come from the op table)
  cls.def_property_readonly("mT", &Tensor::mT)
      .def_property_readonly("T",
                             [](const Tensor& t) {
                               ct::Shape dims;
                               for (int64_t d = t.dim() - 1; d >= 0; --d) dims.push_back(d);
                               return t.permute(dims);
                             })
      .def("_slice", &Tensor::slice);

  // ---- operators (py::is_operator: a failed match returns NotImplemented)
  auto op = py::is_operator();
  cls.def(
         "__add__", [](const Tensor& a, const Tensor& b) { return ct::add(a, b); }, op)
      .def(
          "__add__", [](const Tensor& a, const ct::Scalar& b) { return ct::add(a, b); }, op)
      .def(
          "__radd__", [](const Tensor& a, const ct::Scalar& b) { return b + a; }, op)
      .def(
          "__sub__", [](const Tensor& a, const Tensor& b) { return ct::sub(a, b); }, op)
      .def(
          "__sub__", [](const Tensor& a, const ct::Scalar& b) { return ct::sub(a, b); }, op)
      .def(
          "__rsub__", [](const Tensor& a, const ct::Scalar& b) { return ct::rsub(a, b); }, op)
      .def(
          "__mul__", [](const Tensor& a, const Tensor& b) { return ct::mul(a, b); }, op)
      .def(
          "__mul__", [](const Tensor& a, const ct::Scalar& b) { return ct::mul(a, b); }, op)
      .def(
          "__rmul__", [](const Tensor& a, const ct::Scalar& b) { return b * a; }, op)
      .def(
          "__truediv__", [](const Tensor& a, const Tensor& b) { return ct::div(a, b); }, op)
      .def(
          "__truediv__", [](const Tensor& a, const ct::Scalar& b) { return ct::div(a, b); }, op)
      .def(
          "__rtruediv__", [](const Tensor& a, const ct::Scalar& b) { return b / a; }, op)
      .def(
          "__pow__", [](const Tensor& a, const Tensor& b) { return ct::pow(a, b); }, op)
      .def(
          "__pow__", [](const Tensor& a, const ct::Scalar& b) { return ct::pow(a, b); }, op)
      // torch wraps the scalar base in a 0-dim tensor (PowBackward1)
      .def(
          "__rpow__",
          [](const Tensor& a, const ct::Scalar& b) {
            return ct::pow(ct::full({}, b, ct::result_type(a, b)), a);
          },
          op)
      .def(
          "__matmul__", [](const Tensor& a, const Tensor& b) { return ct::matmul(a, b); }, op)
      .def(
          "__mod__", [](const Tensor& a, const Tensor& b) { return ct::remainder(a, b); }, op)
      .def(
          "__mod__", [](const Tensor& a, const ct::Scalar& b) { return ct::remainder(a, b); }, op)
      .def("__neg__", [](const Tensor& a) { return ct::neg(a); })
      .def("__pos__", [](const Tensor& a) { return a; })
      .def("__abs__", [](const Tensor& a) { return ct::abs(a); })
      .def("__invert__",
           [](const Tensor& a) {
             if (a.is_floating_point())  // torch's operator check, before bitwise_not's
               throw ct::TypeError(
                   "~ (operator.invert) is only implemented on integer and Boolean-type tensors");
             return ~a;
           })
      .def(
          "__and__", [](const Tensor& a, const Tensor& b) { return a & b; }, op)
      .def(
          "__or__", [](const Tensor& a, const Tensor& b) { return a | b; }, op)
      .def(
          "__xor__", [](const Tensor& a, const Tensor& b) { return a ^ b; }, op)
      .def(
          "__iadd__",
          [](py::object self, const Tensor& o) {
            return inplace(self, [&](Tensor& t) { t.add_(o); });
          },
          op)
      .def(
          "__iadd__",
          [](py::object self, const ct::Scalar& o) {
            return inplace(self, [&](Tensor& t) { t.add_(o); });
          },
          op)
      .def(
          "__isub__",
          [](py::object self, const Tensor& o) {
            return inplace(self, [&](Tensor& t) { t.sub_(o); });
          },
          op)
      .def(
          "__isub__",
          [](py::object self, const ct::Scalar& o) {
            return inplace(self, [&](Tensor& t) { t.sub_(o); });
          },
          op)
      .def(
          "__imul__",
          [](py::object self, const Tensor& o) {
            return inplace(self, [&](Tensor& t) { t.mul_(o); });
          },
          op)
      .def(
          "__imul__",
          [](py::object self, const ct::Scalar& o) {
            return inplace(self, [&](Tensor& t) { t.mul_(o); });
          },
          op)
      .def(
          "__itruediv__",
          [](py::object self, const Tensor& o) {
            return inplace(self, [&](Tensor& t) { t.div_(o); });
          },
          op)
      .def(
          "__itruediv__",
          [](py::object self, const ct::Scalar& o) {
            return inplace(self, [&](Tensor& t) { t.div_(o); });
          },
          op);
#define CT_CMP(py_name, fn)                                                          \
  cls.def(                                                                           \
         py_name, [](const Tensor& a, const Tensor& b) { return ct::fn(a, b); }, op) \
      .def(                                                                          \
          py_name, [](const Tensor& a, const ct::Scalar& b) { return ct::fn(a, b); }, op);
  CT_CMP("__eq__", eq)
  CT_CMP("__ne__", ne)
  CT_CMP("__lt__", lt)
  CT_CMP("__le__", le)
  CT_CMP("__gt__", gt)
  CT_CMP("__ge__", ge)
#undef CT_CMP
}

}  // namespace ctpy
