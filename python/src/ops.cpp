// The module-level functions that are not ops: dtype promotion, random
// seeding, threads, grad mode, and the op table as data. The ops themselves
// are bound from the table's signatures (signatures.cpp).
#include "common.h"

namespace ctpy {

void bind_ops(py::module_& m, py::class_<ct::Tensor>&) {
  using ct::Scalar;
  using ct::Shape;
  using ct::Tensor;
  using py::arg;
  m.def(
      "manual_seed",
      [](py::object seed) {
        PyObject* o = seed.ptr();
        if (PyBool_Check(o) || !PyIndex_Check(o))
          throw ct::TypeError("manual_seed expected an int seed");
        py::object v = py::reinterpret_steal<py::object>(PyNumber_Index(o));
        if (!v) throw py::error_already_set();
        // torch takes the seed modulo 2**64 (negative seeds wrap)
        ct::manual_seed(PyLong_AsUnsignedLongLongMask(v.ptr()));
      },
      arg("seed"));

  m.def(
      "result_type", [](const Tensor& a, const Tensor& b) { return ct::result_type(a, b); },
      arg("tensor1"), arg("tensor2"));
  m.def(
      "result_type", [](const Tensor& a, const Scalar& b) { return ct::result_type(a, b); },
      arg("tensor1"), arg("tensor2"));
  m.def("_broadcast_shapes",
        [](const Shape& a, const Shape& b) { return ct::broadcast_shapes(a, b); });
  m.def("set_num_threads", &ct::set_num_threads, arg("num"));
  m.def("get_num_threads", &ct::get_num_threads);
  m.def("is_grad_enabled", &ct::is_grad_enabled);
  m.def("_set_grad_enabled", &ct::set_grad_enabled, arg("mode"));

  // The op table as data, for the generic tests and docs/ops.md.
  // How vmap batches a row (docs/ops.md's column): ct::batching_rule_of.
  m.def("_op_batching", [](const std::string& name) {
    for (const ct::OpInfo& op : ct::op_table())
      if (name == op.name) return ct::batching_rule_of(op);
    throw ct::ValueError("no op named " + name);
  });
  m.def("_op_table", []() {
    static const char* kinds[] = {"unary", "binary", "reduction", "view", "other", "factory"};
    static_assert(static_cast<int>(ct::OpKind::Factory) == 5);
    static const char* domains[] = {"real", "positive", "unit", "above_one", "probability"};
    py::list rows;
    for (const ct::OpInfo& op : ct::op_table()) {
      py::dict d;
      d["name"] = op.name;
      d["op"] = op.op_name();
      d["torch"] = op.torch_reference();
      d["python_call"] =
          op.python_call ? py::object(py::str(op.python_call)) : py::object(py::none());
      py::list calls;
      for (const char* c : op.calls) calls.append(c);
      d["calls"] = calls;
      d["node"] = op.node;
      d["derivative"] = op.derivative;
      d["kind"] = kinds[static_cast<int>(op.kind)];
      d["domain"] = domains[static_cast<int>(op.domain)];
      d["method"] = op.method;
      d["differentiable"] = op.differentiable();
      py::list signatures;
      for (const ct::OpSignature& sig : ct::signatures_of(op)) signatures.append(sig.schema);
      d["signatures"] = signatures;
      d["random"] = op.random;
      d["block_kernel"] = op.block_f64 != nullptr;
      rows.append(d);
    }
    return rows;
  });
  static auto row = [](const std::string& name) -> const ct::OpInfo& {
    const ct::OpInfo* op = ct::find_op(name);
    if (!op) throw ct::ValueError("no op named '" + name + "' in the op table");
    return *op;
  };
  static auto as_list = [](const std::vector<std::vector<ct::Tensor>>& samples) {
    py::list out;
    for (const auto& sample : samples) out.append(wrap_tuple(sample));
    return out;
  };
  m.def(
      "_sample_inputs",
      [](const std::string& name) { return as_list(ct::sample_inputs(row(name))); }, arg("name"));
  m.def(
      "_special_inputs",
      [](const std::string& name) { return as_list(ct::special_inputs(row(name))); }, arg("name"));
  m.def(
      "_edge_inputs",
      [](const std::string& name) {
        py::list edges;
        for (const auto& e : ct::edge_inputs(row(name)))
          edges.append(py::make_tuple(e.input, e.change, wrap_tuple(e.inputs)));
        return edges;
      },
      arg("name"));
}

}  // namespace ctpy
