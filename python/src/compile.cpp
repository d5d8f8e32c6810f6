// cotangent.compile's core: ct::compile's recording cache (CompiledCore),
// given the flat tensor list and layout that python/cotangent/_compile.py
// makes of a call's arguments. The Python function runs only when a new
// signature is recorded; replays run the recorded ops in C++.
#include "common.h"

namespace ctpy {

namespace {

using ct::Tensor;

ct::detail::CompiledCore::Flat as_flat(py::object fn) {
  return [fn](const std::vector<Tensor>& inputs) {
    py::gil_scoped_acquire gil;
    py::tuple r = fn(*wrap_tuple(inputs));
    return returned_tensors(r[0], "the compiled function");
  };
}

}  // namespace

void bind_compile(py::module_& m) {
  using Core = ct::detail::CompiledCore;
  py::class_<Core, std::shared_ptr<Core>>(m, "_CompiledCore")
      .def(py::init([](size_t max_signatures, bool log_recording, bool fuse, bool dynamic_shapes) {
             return std::make_shared<Core>(
                 ct::CompileOptions{max_signatures, log_recording, fuse, dynamic_shapes});
           }),
           py::arg("max_signatures"), py::arg("log_recording"), py::arg("fuse") = true,
           py::arg("dynamic_shapes") = false)
      // flat(*tensors) -> (tuple of tensors, structure): the Python function
      // on the flat list, and its result's structure, which is kept with the
      // recording; returns (outputs, structure)
      .def("call",
           [](Core& core, const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
              py::object flat) {
             std::shared_ptr<const void> structure;
             auto f = [&](const std::vector<Tensor>& in) {
               py::gil_scoped_acquire gil;
               py::tuple r = flat(*wrap_tuple(in));
               structure = std::make_shared<const PyOwned>(py::object(r[1]));
               return returned_tensors(r[0], "the compiled function");
             };
             py::tuple out = wrap_tuple(core.call(inputs, layout, f, &structure));
             if (!structure)
               throw ct::RuntimeError(
                   "cotangent.compile: a recording without its result's structure");
             return py::make_tuple(out, static_cast<const PyOwned*>(structure.get())->obj);
           })
      .def("to_dot",
           [](Core& core, const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
              py::object flat) { return core.optimized_dot(inputs, layout, as_flat(flat)); })
      .def(
          "trace_string",
          [](Core& core, const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
             py::object flat) { return core.trace_for(inputs, layout, as_flat(flat)).to_string(); })
      .def_property_readonly("num_recordings", &Core::num_recordings)
      .def_property_readonly("num_cached", &Core::num_cached);
  // cotangent.recording_pause(): ct::RecordingPause as a context manager
  py::class_<ct::RecordingPause>(m, "_RecordingPause").def(py::init<>());
}

}  // namespace ctpy
