// torch.distributed for C++, over MPI: an optional component
// (`cotangent::distributed`, built when CMake finds MPI; the core library
// never depends on MPI).
//
//   ct::distributed::init_process_group("mpi");        // or init(), or init_process_group(comm)
//   int r = ct::distributed::get_rank(), p = ct::distributed::get_world_size();
//   ct::distributed::all_reduce(t);                    // in place, as torch.distributed
//   ct::Tensor s = ct::distributed::nn::functional::all_reduce(x);  // differentiable
//   auto [loss, g] = ct::distributed::vjp(f, w);       // f sees this rank's shard
//
// Every collective first checks that all ranks called the same collective
// (same call number) with the same dtype and shapes, and waits at most the
// process group's timeout for them: a mismatch or a missing rank raises
// ct::RuntimeError on every rank that is there, naming the collective and the
// ranks. After a timeout the group is unusable (as PyTorch's NCCL watchdog
// aborts its communicator): destroy it and start again. The timeout guards
// this check only: a rank arriving after the others gave up, or one stopped
// in the middle of a transfer, still waits in MPI's collective (a rank that
// dies ends the job through MPI's runtime). The check costs one
// small message per pair of ranks; InitOptions::check_consistency = false
// leaves only MPI's own collective (no timeout then). Calls are serialized
// by a lock, so they are safe from many threads; the order of collectives
// must still match across ranks, as in MPI and PyTorch.
#pragma once
#include <mpi.h>

#include <chrono>
#include <string>
#include <vector>

#include "cotangent/functional.h"
#include "cotangent/tensor.h"

namespace ct::distributed {

// torch.distributed.ReduceOp. AVG needs a floating point tensor; on bool
// tensors SUM and MAX are a logical or, MIN and PRODUCT a logical and.
enum class ReduceOp { SUM, AVG, PRODUCT, MIN, MAX, MEAN = AVG };
const char* reduce_op_name(ReduceOp op);  // "SUM", ...

struct InitOptions {
  // How long a collective waits for every rank to join (PyTorch's default).
  // COTANGENT_DISTRIBUTED_TIMEOUT (seconds) overrides it when set.
  std::chrono::milliseconds timeout = std::chrono::minutes(30);
  bool check_consistency = true;
};

// Starts the process group on MPI_COMM_WORLD, initializing MPI (thread
// level MPI_THREAD_MULTIPLE) when nobody has yet; `backend` must be "mpi".
void init_process_group(const std::string& backend = "mpi", InitOptions options = {});
// Adopts a communicator the caller already has (duplicated: cotangent's
// messages never mix with the caller's).
void init_process_group(MPI_Comm comm, InitOptions options = {});
// Frees the group's communicator; MPI stays initialized (a later
// init_process_group works again). MPI is finalized at exit if
// cotangent initialized it.
void destroy_process_group();
bool is_initialized();
bool is_mpi_available();
int get_rank();
int get_world_size();
std::string get_backend();  // "mpi"

// The short names: init() = init_process_group("mpi"); finalize()
// destroys the group and finalizes MPI if cotangent initialized it.
inline void init(InitOptions options = {}) { init_process_group("mpi", options); }
void finalize();
inline int rank() { return get_rank(); }
inline int world_size() { return get_world_size(); }

void barrier();

// torch.distributed's collectives: in place, not recorded by autograd.
void all_reduce(Tensor& tensor, ReduceOp op = ReduceOp::SUM);
void broadcast(Tensor& tensor, int src);
// tensor_list: world_size tensors shaped like `tensor`, filled in rank order.
void all_gather(std::vector<Tensor>& tensor_list, const Tensor& tensor);
// output: world_size * tensor.size(0) rows (input stacked along dim 0).
void all_gather_into_tensor(Tensor& output, const Tensor& input);
// output = op over ranks of input_list[this rank].
void reduce_scatter(Tensor& output, const std::vector<Tensor>& input_list,
                    ReduceOp op = ReduceOp::SUM);
// input: world_size * output.size(0) rows; this rank gets its block, reduced.
void reduce_scatter_tensor(Tensor& output, const Tensor& input, ReduceOp op = ReduceOp::SUM);

// torch.distributed.nn.functional: out of place and differentiable (vjp,
// jvp, create_graph). all_reduce's vjp is an all_reduce of the cotangents
// (for MIN and MAX the cotangent goes to the ranks holding the extremum,
// split between ties; for PRODUCT it is scaled by the other ranks' product),
// broadcast's is their sum on `src` (zero elsewhere), all_gather's is a
// reduce_scatter and reduce_scatter's an all_gather.
namespace nn::functional {
Tensor all_reduce(const Tensor& tensor, ReduceOp op = ReduceOp::SUM);
Tensor broadcast(const Tensor& tensor, int src);
std::vector<Tensor> all_gather(const Tensor& tensor);
Tensor all_gather_tensor(const Tensor& tensor);  // stacked along dim 0
Tensor reduce_scatter(const std::vector<Tensor>& input_list, ReduceOp op = ReduceOp::SUM);
Tensor reduce_scatter_tensor(const Tensor& input, ReduceOp op = ReduceOp::SUM);
}  // namespace nn::functional

// ---- Data-parallel transforms -------------------------------------------
namespace detail {
using ct::detail::ListFunc;
using ct::detail::Matrix;
using ct::detail::TensorArgs;
using ct::detail::VjpLists;
VjpLists vjp_impl(const ListFunc& f, TensorArgs inputs, const VArg& v, bool create_graph,
                  bool strict, ReduceOp op);
Matrix jacobian_impl(const ListFunc& f, TensorArgs inputs, bool strict, Strategy strategy);
Matrix hessian_impl(const ListFunc& f, TensorArgs inputs, bool strict, Strategy strategy);
}  // namespace detail

// ct::vjp of the function sum over ranks of func (`op` = AVG: the mean),
// func seeing this rank's data (its shard, captured by func): every rank
// gets the reduced output and the reduced vjp. `inputs` (the parameters)
// and `v` must be the same on every rank. With create_graph the results'
// values are the reduced ones and their graph is this rank's part, so a
// distributed transform of them (a distributed Hessian-vector product)
// sums every rank's part again.
template <class F, class In>
auto vjp(F&& func, const In& inputs, VArg v = {}, bool create_graph = false, bool strict = false,
         ReduceOp op = ReduceOp::SUM) {
  using Out = ct::detail::call_result_t<F, In>;
  if constexpr (ct::detail::check_kinds<In, Out>()) {
    using InS = ct::detail::StructureOf<In>;
    using OutS = ct::detail::Structure<Out>;
    ct::detail::VjpLists r =
        detail::vjp_impl(ct::detail::as_list_func(func, inputs), ct::detail::as_args(inputs), v,
                         create_graph, strict, op);
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    Out shape_ref{};
    return VjpResult<Out, InPlain>{OutS::from_list(std::move(r.outputs), shape_ref),
                                   InS::from_list(std::move(r.vjp), inputs)};
  }
}

// The gradient of the sum (or mean) over ranks of a one-element func, in
// the structure of `inputs`.
template <class F, class In>
auto grad(F&& func, const In& inputs, bool create_graph = false, ReduceOp op = ReduceOp::SUM) {
  return vjp(std::forward<F>(func), inputs, {}, create_graph, false, op).vjp;
}

// ct::jacobian of a func that is the same on every rank, each rank
// computing a block of its rows (reverse mode: output elements; forward
// mode: input elements) and every rank getting the whole Jacobian.
template <class F, class In>
auto jacobian(F&& func, const In& inputs, bool strict = false,
              Strategy strategy = Strategy::ReverseMode) {
  using Out = ct::detail::call_result_t<F, In>;
  if constexpr (ct::detail::check_kinds<In, Out>()) {
    using InS = ct::detail::StructureOf<In>;
    using OutS = ct::detail::Structure<Out>;
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    ct::detail::Matrix m = detail::jacobian_impl(ct::detail::as_list_func(func, inputs),
                                                 ct::detail::as_args(inputs), strict, strategy);
    std::vector<InPlain> rows;
    for (auto& row : m) rows.push_back(InS::from_list(std::move(row), inputs));
    return OutS::template nest<InPlain>(std::move(rows));
  }
}

// ct::hessian of a one-element func that is the same on every rank, its
// rows split across ranks (outer_jacobian_strategy as ct::hessian's).
template <class F, class In>
auto hessian(F&& func, const In& inputs, bool strict = false,
             Strategy outer_jacobian_strategy = Strategy::ReverseMode) {
  using Out = ct::detail::call_result_t<F, In>;
  if constexpr (ct::detail::check_kinds<In, Out>()) {
    using InS = ct::detail::StructureOf<In>;
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    ct::detail::Matrix m =
        detail::hessian_impl(ct::detail::as_list_func(func, inputs), ct::detail::as_args(inputs),
                             strict, outer_jacobian_strategy);
    std::vector<InPlain> rows;
    for (auto& row : m) rows.push_back(InS::from_list(std::move(row), inputs));
    return ct::detail::Structure<InPlain>::template nest<InPlain>(std::move(rows));
  }
}

}  // namespace ct::distributed
