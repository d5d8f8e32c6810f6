// torch.distributed's collectives (in place, outside autograd) and
// torch.distributed.nn.functional's (out of place, custom autograd
// Functions whose backward and jvp are collectives again, so higher orders
// and create_graph work).
#include <string>

#include "cotangent/autograd.h"
#include "cotangent/custom_function.h"
#include "cotangent/ops.h"
#include "distributed/process_group.h"

namespace ct::distributed {

using autograd::AutogradContext;
using autograd::tensor_list;

namespace {

std::string shape_str(const Tensor& t) {
  std::string s = "[";
  for (int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
  return s + "]";
}

void require_defined(const Tensor& t, const char* name) {
  if (!t.defined())
    throw TypeError(std::string("cotangent.distributed.") + name + ": the tensor is undefined");
}

// A list argument with one defined tensor per rank.
int check_per_rank(const std::vector<Tensor>& list, const char* name, const char* arg) {
  const int size = detail::world_size_or_throw(name);
  if (static_cast<int>(list.size()) != size)
    throw RuntimeError(std::string("cotangent.distributed.") + name + ": " + arg + " has " +
                       std::to_string(list.size()) + " tensors, expected one per rank (" +
                       std::to_string(size) + ")");
  for (const Tensor& t : list) require_defined(t, name);
  return size;
}

void require_sum_or_avg(ReduceOp op) {
  if (op != ReduceOp::SUM && op != ReduceOp::AVG)
    throw NotImplementedError(
        std::string("cotangent.distributed.nn.functional.reduce_scatter: the derivative is "
                    "implemented for ReduceOp.SUM and ReduceOp.AVG, not ReduceOp.") +
        reduce_op_name(op));
}

// Writes a collective's result into the caller's tensor (torch's in-place
// collectives), bumping its version as any in-place write does.
void write_into(Tensor& dst, const Tensor& src, const char* name) {
  NoGradGuard no_grad;
  if (dst.shape() != src.shape() || dst.dtype() != src.dtype())
    throw RuntimeError(std::string("cotangent.distributed.") + name + ": the output is " +
                       dtype_name(dst.dtype()) + " " + shape_str(dst) + ", expected " +
                       dtype_name(src.dtype()) + " " + shape_str(src));
  dst.copy_(src);
}

// [rows, ...] of 0-d tensors are [1]: all_gather_into_tensor of scalars
// gives [world_size].
Tensor as_rows(const Tensor& t) { return t.dim() == 0 ? t.reshape({1}) : t; }

tensor_list run(const char* name, std::function<tensor_list(AutogradContext*)> forward,
                std::function<tensor_list(AutogradContext*, tensor_list)> backward,
                std::function<tensor_list(AutogradContext*, tensor_list)> jvp,
                const std::vector<Tensor>& inputs) {
  autograd::CustomFunctionSpec spec;
  spec.name = name;
  spec.forward = std::move(forward);
  spec.backward = std::move(backward);
  spec.jvp = std::move(jvp);
  std::vector<autograd::CustomArg> args;
  for (const Tensor& t : inputs) args.push_back({t, true});
  return autograd::run_custom_function(spec, args);
}

// The share of the cotangent (or tangent) each rank gets from MIN or MAX:
// 1 / (ranks holding the extremum) where this rank holds it, else 0.
Tensor extremum_share(const Tensor& x, const Tensor& y) {
  NoGradGuard no_grad;
  Tensor holds = eq(x, y).to(x.dtype());
  return holds / detail::all_reduce_values(holds, ReduceOp::SUM, "all_reduce");
}

// Product of the other ranks' x, for PRODUCT's derivative (no division, so
// zeros are fine).
Tensor others_product(const Tensor& x) {
  const int rank = detail::rank_or_throw("all_reduce");
  Tensor gathered = nn::functional::all_gather_tensor(x.unsqueeze(0));
  Tensor mask = zeros({gathered.size(0)}, kBool);
  {
    NoGradGuard no_grad;
    mask.narrow(0, rank, 1).fill_(true);
  }
  Shape mask_shape(static_cast<size_t>(gathered.dim()), 1);
  mask_shape[0] = gathered.size(0);
  return where(mask.view(mask_shape), 1.0, gathered).prod(0);
}

}  // namespace

// ---- in place ----------------------------------------------------------------

void all_reduce(Tensor& tensor, ReduceOp op) {
  require_defined(tensor, "all_reduce");
  write_into(tensor, detail::all_reduce_values(tensor, op, "all_reduce"), "all_reduce");
}

void broadcast(Tensor& tensor, int src) {
  require_defined(tensor, "broadcast");
  write_into(tensor, detail::broadcast_values(tensor, src, "broadcast"), "broadcast");
}

void all_gather(std::vector<Tensor>& tensor_list, const Tensor& tensor) {
  require_defined(tensor, "all_gather");
  const int size = check_per_rank(tensor_list, "all_gather", "tensor_list");
  Tensor gathered = detail::all_gather_rows(tensor.unsqueeze(0), "all_gather");
  for (int p = 0; p < size; ++p) write_into(tensor_list[p], gathered.select(0, p), "all_gather");
}

void all_gather_into_tensor(Tensor& output, const Tensor& input) {
  require_defined(input, "all_gather_into_tensor");
  require_defined(output, "all_gather_into_tensor");
  Tensor gathered = detail::all_gather_rows(as_rows(input), "all_gather_into_tensor");
  if (output.numel() != gathered.numel())
    throw RuntimeError("cotangent.distributed.all_gather_into_tensor: the output has " +
                       std::to_string(output.numel()) + " elements, expected world_size * " +
                       std::to_string(input.numel()) + " = " + std::to_string(gathered.numel()));
  write_into(output, gathered.reshape(output.shape()), "all_gather_into_tensor");
}

void reduce_scatter(Tensor& output, const std::vector<Tensor>& input_list, ReduceOp op) {
  require_defined(output, "reduce_scatter");
  Tensor result = nn::functional::reduce_scatter(input_list, op).detach();
  write_into(output, result, "reduce_scatter");
}

void reduce_scatter_tensor(Tensor& output, const Tensor& input, ReduceOp op) {
  require_defined(input, "reduce_scatter_tensor");
  require_defined(output, "reduce_scatter_tensor");
  const int size = detail::world_size_or_throw("reduce_scatter_tensor");
  if (input.numel() != output.numel() * size)
    throw RuntimeError("cotangent.distributed.reduce_scatter_tensor: the input has " +
                       std::to_string(input.numel()) + " elements, expected world_size * " +
                       std::to_string(output.numel()) + " = " +
                       std::to_string(output.numel() * size));
  Tensor rows = input.reshape({size, output.numel()});
  Tensor result = detail::reduce_scatter_rows(rows, op, "reduce_scatter_tensor");
  write_into(output, result.reshape(output.shape()), "reduce_scatter_tensor");
}

// ---- differentiable ----------------------------------------------------------

namespace nn::functional {

Tensor all_reduce(const Tensor& tensor, ReduceOp op) {
  require_defined(tensor, "all_reduce");
  auto forward = [&](AutogradContext* ctx) -> tensor_list {
    Tensor y = detail::all_reduce_values(tensor, op, "all_reduce");
    if (op == ReduceOp::MIN || op == ReduceOp::MAX || op == ReduceOp::PRODUCT)
      ctx->save_for_backward({tensor, y});
    return {y};
  };
  // The cotangent each rank's input gets: the sum of every rank's cotangent
  // (AVG: their mean), scaled by the rank's share of the result.
  auto backward = [op](AutogradContext* ctx, tensor_list g) -> tensor_list {
    if (op == ReduceOp::SUM || op == ReduceOp::AVG) return {nn::functional::all_reduce(g[0], op)};
    tensor_list saved = ctx->get_saved_variables();
    Tensor total = nn::functional::all_reduce(g[0], ReduceOp::SUM);
    if (op == ReduceOp::PRODUCT) return {total * others_product(saved[0])};
    return {total * extremum_share(saved[0], saved[1])};
  };
  auto jvp = [op](AutogradContext* ctx, tensor_list t) -> tensor_list {
    if (op == ReduceOp::SUM || op == ReduceOp::AVG) return {nn::functional::all_reduce(t[0], op)};
    tensor_list saved = ctx->get_saved_variables();
    if (op == ReduceOp::PRODUCT)
      return {nn::functional::all_reduce(t[0] * others_product(saved[0]), ReduceOp::SUM)};
    return {nn::functional::all_reduce(t[0] * extremum_share(saved[0], saved[1]), ReduceOp::SUM)};
  };
  return run("AllReduceBackward", forward, backward, jvp, {tensor}).at(0);
}

Tensor broadcast(const Tensor& tensor, int src) {
  require_defined(tensor, "broadcast");
  auto forward = [&](AutogradContext*) -> tensor_list {
    return {detail::broadcast_values(tensor, src, "broadcast")};
  };
  // Every rank's cotangent lands on src (torch reduces to src and zeroes the rest).
  auto backward = [src](AutogradContext*, tensor_list g) -> tensor_list {
    Tensor total = nn::functional::all_reduce(g[0], ReduceOp::SUM);
    if (detail::rank_or_throw("broadcast") == src) return {total};
    return {zeros_like(total)};  // as torch's zero_(): no NaN from inf * 0
  };
  auto jvp = [src](AutogradContext*, tensor_list t) -> tensor_list {
    return {nn::functional::broadcast(t[0], src)};
  };
  return run("BroadcastBackward", forward, backward, jvp, {tensor}).at(0);
}

Tensor all_gather_tensor(const Tensor& tensor) {
  require_defined(tensor, "all_gather_tensor");
  auto forward = [&](AutogradContext*) -> tensor_list {
    return {detail::all_gather_rows(as_rows(tensor), "all_gather")};
  };
  Shape in_shape = tensor.shape();
  auto backward = [in_shape](AutogradContext*, tensor_list g) -> tensor_list {
    return {nn::functional::reduce_scatter_tensor(g[0], ReduceOp::SUM).reshape(in_shape)};
  };
  auto jvp = [](AutogradContext*, tensor_list t) -> tensor_list {
    return {nn::functional::all_gather_tensor(t[0])};
  };
  return run("AllGatherBackward", forward, backward, jvp, {tensor}).at(0);
}

std::vector<Tensor> all_gather(const Tensor& tensor) {
  require_defined(tensor, "all_gather");
  return unbind(nn::functional::all_gather_tensor(tensor.unsqueeze(0)), 0);
}

Tensor reduce_scatter_tensor(const Tensor& input, ReduceOp op) {
  require_defined(input, "reduce_scatter_tensor");
  auto forward = [&](AutogradContext*) -> tensor_list {
    return {detail::reduce_scatter_rows(input, op, "reduce_scatter")};
  };
  auto backward = [op](AutogradContext*, tensor_list g) -> tensor_list {
    require_sum_or_avg(op);
    Tensor gathered = nn::functional::all_gather_tensor(g[0]);
    if (op == ReduceOp::AVG)
      gathered = gathered / static_cast<double>(detail::world_size_or_throw("reduce_scatter"));
    return {gathered};
  };
  auto jvp = [op](AutogradContext*, tensor_list t) -> tensor_list {
    require_sum_or_avg(op);
    return {nn::functional::reduce_scatter_tensor(t[0], op)};
  };
  return run("ReduceScatterBackward", forward, backward, jvp, {input}).at(0);
}

Tensor reduce_scatter(const std::vector<Tensor>& input_list, ReduceOp op) {
  const int size = check_per_rank(input_list, "reduce_scatter", "input_list");
  for (const Tensor& t : input_list)
    if (t.shape() != input_list[0].shape() || t.dtype() != input_list[0].dtype())
      throw RuntimeError("cotangent.distributed.reduce_scatter: input_list holds " +
                         std::string(dtype_name(input_list[0].dtype())) + " " +
                         shape_str(input_list[0]) + " and " + dtype_name(t.dtype()) + " " +
                         shape_str(t) + "; every entry must have the same shape and dtype");
  Tensor stacked = stack(input_list, 0);
  Tensor rows = stacked.reshape({size, input_list[0].numel()});
  return nn::functional::reduce_scatter_tensor(rows, op).reshape(input_list[0].shape());
}

}  // namespace nn::functional
}  // namespace ct::distributed
