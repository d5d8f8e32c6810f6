// cotangent.func's core: ct::func's transforms on flat lists of tensors.
// python/cotangent/func.py flattens the arguments' pytrees, checks them as
// functorch does, and passes a function of the flat tensors that rebuilds
// the arguments, calls the user's function and flattens its result.
#include "common.h"
#include "core/tensor_impl.h"
#include "func/batching.h"

namespace ctpy {

namespace {

using ct::Tensor;
using TensorList = std::vector<Tensor>;

// A Python function of *tensors returning a tuple of tensors, as a ct::func::Fn.
ct::func::Fn as_fn(py::object f) {
  return [f](const TensorList& in) {
    py::gil_scoped_acquire gil;
    py::object r = f(*wrap_tuple(in));
    return returned_tensors(r, "the transformed function");
  };
}

std::vector<int64_t> all_of(size_t n) {
  std::vector<int64_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<int64_t>(i);
  return v;
}

}  // namespace

void bind_func(py::module_& m) {
  m.def("_func_is_batched", [](const Tensor& t) { return ct::func::is_batched(t); });
  m.def("_func_fallback_calls", &ct::func::fallback_calls);
  m.def("_func_aux", [](const Tensor& t) { return ct::func::detail::aux_output(t); });
  m.def("_func_check_randomness", [](const std::string& r) { ct::func::parse_randomness(r); });
  // vmap over the flat tensors (in_dims: one per tensor, None: unbatched);
  // out_dims_of() gives the flat out_dims once f has run (its outputs'
  // structure is known only then).
  m.def("_func_vmap", [](py::object f, const TensorList& inputs,
                         const std::vector<std::optional<int64_t>>& in_dims, py::object out_dims_of,
                         const std::string& randomness, int64_t chunk_size) {
    ct::func::VmapOptions o;
    o.in_dims = in_dims;
    o.randomness = ct::func::parse_randomness(randomness);
    o.chunk_size = chunk_size;
    TensorList out = ct::func::vmap(as_fn(f), o)(inputs);
    const std::vector<int64_t> dims = out_dims_of().cast<std::vector<int64_t>>();
    for (size_t k = 0; k < out.size() && k < dims.size(); ++k) {
      const int64_t d = ct::wrap_dim(dims[k], out[k].dim());
      if (d == 0) continue;
      ct::Shape order;
      for (int64_t j = 1; j < out[k].dim(); ++j) order.push_back(j);
      order.insert(static_cast<size_t>(d), 0);
      out[k] = out[k].permute(order);
    }
    return wrap_tuple(out);
  });
  m.def("_func_grad", [](py::object f, const TensorList& inputs, bool has_aux, bool with_value) {
    auto t = with_value ? ct::func::grad_and_value(as_fn(f), all_of(inputs.size()), has_aux)
                        : ct::func::grad(as_fn(f), all_of(inputs.size()), has_aux);
    return wrap_tuple(t(inputs));
  });
  m.def("_func_vjp", [](py::object f, const TensorList& primals, bool has_aux) {
    ct::func::VjpResult r = ct::func::vjp(as_fn(f), primals, has_aux);
    ct::func::Fn fn = r.vjp_fn;
    py::cpp_function vjp_fn(
        [fn](const TensorList& cotangents) { return wrap_tuple(fn(cotangents)); });
    return py::make_tuple(wrap_tuple(r.outputs), vjp_fn, wrap_tuple(r.aux));
  });
  m.def("_func_jvp", [](py::object f, const TensorList& primals, const TensorList& tangents,
                        bool strict, bool has_aux) {
    ct::func::JvpResult r = ct::func::jvp(as_fn(f), primals, tangents, strict, has_aux);
    return py::make_tuple(wrap_tuple(r.outputs), wrap_tuple(r.tangents), wrap_tuple(r.aux));
  });
  m.def("_func_jacrev",
        [](py::object f, const TensorList& inputs, bool has_aux, int64_t chunk_size) {
          return wrap_tuple(
              ct::func::jacrev(as_fn(f), all_of(inputs.size()), has_aux, chunk_size)(inputs));
        });
  m.def("_func_jacfwd", [](py::object f, const TensorList& inputs, bool has_aux,
                           const std::string& randomness, int64_t chunk_size) {
    return wrap_tuple(ct::func::jacfwd(as_fn(f), all_of(inputs.size()), has_aux,
                                       ct::func::parse_randomness(randomness), chunk_size)(inputs));
  });
}

}  // namespace ctpy
