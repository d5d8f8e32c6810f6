// cotangent.distributed's core: ct::distributed's collectives and
// data-parallel transforms. python/cotangent/distributed/ gives them
// torch.distributed's surface and hands over mpi4py's communicator. Built
// with MPI only when CMake found it (COTANGENT_WITH_DISTRIBUTED); otherwise
// _dist_available() is False and the package says how to get it.
#include <cmath>

#include "common.h"

#ifdef COTANGENT_WITH_DISTRIBUTED
#include <cotangent/distributed.h>
#endif

namespace ctpy {

#ifdef COTANGENT_WITH_DISTRIBUTED
namespace {

namespace dist = ct::distributed;
using ct::Tensor;

dist::ReduceOp op_arg(int op) {
  if (op < 0 || op > static_cast<int>(dist::ReduceOp::MAX))
    throw ct::ValueError("unknown ReduceOp " + std::to_string(op));
  return static_cast<dist::ReduceOp>(op);
}

}  // namespace

void bind_distributed(py::module_& m) {
  using py::arg;
  // Collectives wait for the other ranks: without the GIL, so that the
  // process's other Python threads run meanwhile.
  auto nogil = py::call_guard<py::gil_scoped_release>();
  m.def("_dist_available", [] { return true; });
  // comm: mpi4py's communicator as a Fortran handle (Comm.py2f()), the
  // portable way to pass an MPI_Comm between libraries.
  m.def(
      "_dist_init",
      [](int64_t fortran_comm, double timeout_seconds, bool check_consistency) {
        dist::InitOptions o;
        // Rounded up (a sub-millisecond timeout is not 0); beyond 10^12 s: never.
        double ms = std::ceil(std::min(timeout_seconds, 1e12) * 1000);
        if (!(ms > 0))
          throw ct::ValueError(
              "cotangent.distributed.init_process_group: the timeout must be "
              "positive");
        o.timeout = std::chrono::milliseconds(static_cast<int64_t>(ms));
        o.check_consistency = check_consistency;
        dist::init_process_group(MPI_Comm_f2c(static_cast<MPI_Fint>(fortran_comm)), o);
      },
      arg("comm"), arg("timeout"), arg("check_consistency"));
  m.def("_dist_destroy", &dist::destroy_process_group);
  m.def("_dist_is_initialized", &dist::is_initialized);
  m.def("_dist_rank", &dist::get_rank);
  m.def("_dist_world_size", &dist::get_world_size);
  m.def("_dist_barrier", &dist::barrier, nogil);
  m.def(
      "_dist_all_reduce", [](Tensor& t, int op) { dist::all_reduce(t, op_arg(op)); }, nogil);
  m.def(
      "_dist_broadcast", [](Tensor& t, int src) { dist::broadcast(t, src); }, nogil);
  m.def(
      "_dist_all_gather",
      [](std::vector<Tensor> list, const Tensor& t) { dist::all_gather(list, t); }, nogil);
  m.def(
      "_dist_all_gather_into_tensor",
      [](Tensor& out, const Tensor& in) { dist::all_gather_into_tensor(out, in); }, nogil);
  m.def(
      "_dist_reduce_scatter",
      [](Tensor& out, const std::vector<Tensor>& list, int op) {
        dist::reduce_scatter(out, list, op_arg(op));
      },
      nogil);
  m.def(
      "_dist_reduce_scatter_tensor",
      [](Tensor& out, const Tensor& in, int op) {
        dist::reduce_scatter_tensor(out, in, op_arg(op));
      },
      nogil);
  // torch.distributed.nn.functional: differentiable, out of place.
  namespace F = dist::nn::functional;
  m.def(
      "_dist_f_all_reduce", [](const Tensor& t, int op) { return F::all_reduce(t, op_arg(op)); },
      nogil);
  m.def(
      "_dist_f_broadcast", [](const Tensor& t, int src) { return F::broadcast(t, src); }, nogil);
  m.def(
      "_dist_f_all_gather", [](const Tensor& t) { return F::all_gather(t); }, nogil);
  m.def(
      "_dist_f_all_gather_tensor", [](const Tensor& t) { return F::all_gather_tensor(t); }, nogil);
  m.def(
      "_dist_f_reduce_scatter",
      [](const std::vector<Tensor>& list, int op) { return F::reduce_scatter(list, op_arg(op)); },
      nogil);
  m.def(
      "_dist_f_reduce_scatter_tensor",
      [](const Tensor& t, int op) { return F::reduce_scatter_tensor(t, op_arg(op)); }, nogil);
  // The data-parallel transforms; results as the functional family's
  // bindings give them (functional.py's helpers restore the structures).
  m.def(
      "_dist_vjp",
      [](py::object func, py::object inputs, py::object v, bool create_graph, bool strict, int op) {
        return wrap_products(dist::detail::vjp_impl(as_list_func(func), tensor_args(inputs),
                                                    v_arg(v), create_graph, strict, op_arg(op)));
      },
      arg("func"), arg("inputs"), arg("v"), arg("create_graph"), arg("strict"), arg("op"));
  m.def(
      "_dist_jacobian",
      [](py::object func, py::object inputs, bool strict, const std::string& strategy) {
        bool out_tuple = false;
        ct::detail::ListFunc f = as_list_func(func);
        ct::detail::ListFunc seen = [&](const std::vector<Tensor>& in) {
          ct::detail::TensorArgs r = f(in);
          out_tuple = r.is_tuple;
          return r;
        };
        ct::detail::Matrix j =
            dist::detail::jacobian_impl(seen, tensor_args(inputs), strict, strategy_arg(strategy));
        return py::make_tuple(out_tuple, wrap_matrix(j));
      },
      arg("func"), arg("inputs"), arg("strict"), arg("strategy"));
  m.def(
      "_dist_hessian",
      [](py::object func, py::object inputs, bool strict, const std::string& strategy) {
        return wrap_matrix(dist::detail::hessian_impl(as_list_func(func), tensor_args(inputs),
                                                      strict, strategy_arg(strategy)));
      },
      arg("func"), arg("inputs"), arg("strict"), arg("outer_jacobian_strategy"));
}
#else
void bind_distributed(py::module_& m) {
  m.def("_dist_available", [] { return false; });
}
#endif

}  // namespace ctpy
