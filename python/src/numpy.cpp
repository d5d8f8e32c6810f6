// NumPy interop without copies: Tensor.numpy() views the tensor's storage
// (the array keeps the tensor alive) and from_numpy() wraps the array's
// buffer (the tensor keeps the array alive).
#include <cstdlib>

#include "common.h"
#include "core/tensor_impl.h"  // internal: Storage, to wrap foreign memory

namespace ctpy {

namespace {

using ct::Tensor;

py::dtype np_dtype(ct::DType d) {
  switch (d) {
    case ct::DType::Float32:
      return py::dtype::of<float>();
    case ct::DType::Float64:
      return py::dtype::of<double>();
    case ct::DType::Int64:
      return py::dtype::of<int64_t>();
    case ct::DType::Int32:
      return py::dtype::of<int32_t>();
    case ct::DType::Bool:
      return py::dtype::of<bool>();
  }
  throw ct::TypeError("unsupported dtype");
}

py::array to_numpy(const Tensor& t, bool force) {
  if (ct::func::is_batched(t))  // its storage shows example 0 only (functorch's error)
    throw ct::RuntimeError("Cannot access data pointer of Tensor that doesn't have storage");
  ct::detail::check_value_read("numpy()");
  if (t.requires_grad() && !force)
    throw ct::RuntimeError(
        "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
  Tensor view = t.detach();
  const auto es = static_cast<py::ssize_t>(ct::element_size(t.dtype()));
  std::vector<py::ssize_t> shape, strides;
  for (int64_t s : view.shape()) shape.push_back(s);
  for (int64_t s : view.strides()) strides.push_back(s * es);
  // The capsule owns a handle to the tensor: the storage outlives the array.
  auto* keep = new Tensor(view);
  py::capsule owner(keep, [](void* p) { delete static_cast<Tensor*>(p); });
  return py::array(np_dtype(t.dtype()), shape, strides, view.raw_data_ptr(), owner);
}

Tensor from_numpy(py::array a) {
  std::optional<ct::DType> dt;
  const char kind = a.dtype().kind();
  const auto size = a.dtype().itemsize();
  if (kind == 'f' && size == 4) dt = ct::DType::Float32;
  if (kind == 'f' && size == 8) dt = ct::DType::Float64;
  if (kind == 'i' && size == 8) dt = ct::DType::Int64;
  if (kind == 'i' && size == 4) dt = ct::DType::Int32;
  if (kind == 'b' && size == 1) dt = ct::DType::Bool;
  if (!dt)
    throw ct::TypeError(
        "can't convert np.ndarray of type numpy." + std::string(py::str(a.dtype().attr("name"))) +
        ". The only supported types are: float64, float32, int64, int32, and bool.");
  if (!a.dtype().attr("isnative").cast<bool>())
    throw ct::ValueError(
        "given numpy array has byte order different from the native byte order. "
        "Conversion between byte orders is currently not supported.");
  const auto es = static_cast<py::ssize_t>(ct::element_size(*dt));
  ct::Shape sizes, strides;
  for (py::ssize_t d = 0; d < a.ndim(); ++d) {
    sizes.push_back(a.shape(d));
    const py::ssize_t st = a.strides(d);
    if (st < 0)
      throw ct::ValueError(
          "At least one stride in the given numpy array is negative, and tensors with negative "
          "strides are not currently supported. (You can probably work around this by making a "
          "copy of your array  with array.copy().) ");
    if (st % es != 0)
      throw ct::ValueError(
          "given numpy array strides not a multiple of the element byte size. Copy the numpy "
          "array to reallocate the memory.");
    strides.push_back(st / es);
  }
  // A Storage over the array's buffer that keeps the array alive.
  size_t extent = 1;
  for (py::ssize_t d = 0; d < a.ndim(); ++d)
    if (a.shape(d) == 0) extent = 0;
  if (extent) {
    extent = static_cast<size_t>(es);
    for (py::ssize_t d = 0; d < a.ndim(); ++d)
      extent += static_cast<size_t>((a.shape(d) - 1) * a.strides(d));
  }
  auto* keep = new py::object(a);
  auto storage = std::make_shared<ct::Storage>(const_cast<void*>(a.data()), extent, [keep] {
    if (!Py_IsInitialized()) return;  // interpreter gone: leak the reference
    py::gil_scoped_acquire gil;
    delete keep;
  });
  auto impl = std::make_shared<ct::TensorImpl>();
  impl->storage = std::move(storage);
  impl->sizes = sizes;
  impl->strides = strides;
  impl->offset = 0;
  impl->dtype = *dt;
  return Tensor(std::move(impl));
}

}  // namespace

void bind_numpy(py::module_& m, py::class_<ct::Tensor>& cls) {
  cls.def("numpy", &to_numpy, py::kw_only(), py::arg("force") = false);
  m.def(
      "from_numpy",
      [](py::object o) {
        if (!py::isinstance<py::array>(o))
          throw ct::TypeError("expected np.ndarray (got " +
                              std::string(py::str(py::type::handle_of(o).attr("__name__"))) + ")");
        return from_numpy(py::reinterpret_borrow<py::array>(o));
      },
      py::arg("ndarray"));
}

}  // namespace ctpy
