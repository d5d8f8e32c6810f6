// Data-parallel transforms: a rank's local transform, then collectives.
// vjp/grad reduce every rank's result (the function is the sum over the
// ranks' shards); jacobian/hessian split the rows of one function's
// Jacobian across ranks and gather them.
#include <algorithm>

#include "cotangent/autograd.h"
#include "cotangent/ops.h"
#include "distributed/process_group.h"

namespace ct::distributed::detail {

namespace {

// Rows [begin, end) of n for `rank` of `size`: the first n % size ranks take
// one more.
std::pair<int64_t, int64_t> block(int64_t n, int rank, int size) {
  int64_t base = n / size, extra = n % size;
  int64_t begin = rank * base + std::min<int64_t>(rank, extra);
  return {begin, begin + base + (rank < extra ? 1 : 0)};
}

int64_t total_numel(const std::vector<Tensor>& ts) {
  int64_t n = 0;
  for (const Tensor& t : ts) n += t.numel();
  return n;
}

Tensor flat_cat(const std::vector<Tensor>& ts, int64_t rows) {
  std::vector<Tensor> flat;
  for (const Tensor& t : ts) flat.push_back(t.reshape({rows, -1}));
  return cat(flat, 1);
}

// The Jacobian's rows this rank computes, as one [rows, n_in] matrix per
// input (reverse mode: d out[begin:end] / d in_j), or one [cols, n_out]
// matrix (forward mode: d out / d in[begin:end]).
struct LocalRows {
  std::vector<Tensor> outputs;
  std::vector<Tensor> inputs;
  std::vector<Tensor> blocks;
};

LocalRows reverse_rows(const ListFunc& f, const TensorArgs& args, bool strict, int rank, int size) {
  LocalRows r;
  EnableGradGuard enable;
  r.inputs = ct::detail::grad_preprocess(args.tensors, false, true);
  TensorArgs out = f(r.inputs);
  ct::detail::check_tensors(out.tensors, out.is_tuple, "outputs", "jacobian", out.type_names);
  r.outputs = out.tensors;
  const int64_t m = total_numel(r.outputs);
  auto [begin, end] = block(m, rank, size);
  const int64_t rows = end - begin;
  std::vector<Tensor> diff_outputs, seeds;
  if (rows > 0) {
    // Rows of the identity for this rank's output elements, split per output.
    Tensor basis = eye(m, std::nullopt, r.outputs[0].dtype()).narrow(0, begin, rows);
    int64_t offset = 0;
    for (const Tensor& o : r.outputs) {
      Shape s = o.shape();
      std::vector<int64_t> batched{rows};
      batched.insert(batched.end(), s.begin(), s.end());
      if (o.requires_grad()) {
        diff_outputs.push_back(o);
        seeds.push_back(basis.narrow(1, offset, o.numel()).to(o.dtype()).reshape(batched));
      }
      offset += o.numel();
    }
  }
  std::vector<Tensor> grads(r.inputs.size());
  if (!diff_outputs.empty())
    grads = ct::grad(diff_outputs, r.inputs, seeds, false, false, /*allow_unused=*/true,
                     /*is_grads_batched=*/true);
  for (size_t j = 0; j < r.inputs.size(); ++j) {
    if (!grads[j].defined()) {
      if (strict && rows > 0)
        throw RuntimeError("Output 0 of the user-provided function is independent of input " +
                           std::to_string(j) + ". This is not allowed in strict mode.");
      grads[j] = zeros({rows, r.inputs[j].numel()}, r.inputs[j].dtype());
    }
    r.blocks.push_back(grads[j].reshape({rows, r.inputs[j].numel()}));
  }
  return r;
}

LocalRows forward_columns(const ListFunc& f, const TensorArgs& args, bool strict, int rank,
                          int size) {
  LocalRows r;
  r.inputs = args.tensors;
  for (Tensor& t : r.inputs) t = t.detach();
  const int64_t n = total_numel(r.inputs);
  auto [begin, end] = block(n, rank, size);
  {
    EnableGradGuard enable;
    r.outputs = f(r.inputs).tensors;
  }
  std::vector<Tensor> rows;
  for (int64_t c = begin; c < end; ++c) {
    std::vector<Tensor> tangents;
    int64_t offset = 0;
    for (const Tensor& x : r.inputs) {
      Tensor t = zeros(x.shape(), x.dtype());
      if (c >= offset && c < offset + x.numel()) {
        NoGradGuard no_grad;
        t.view({-1}).narrow(0, c - offset, 1).fill_(1.0);
      }
      tangents.push_back(t);
      offset += x.numel();
    }
    ct::detail::VjpLists jv =
        ct::detail::jvp_impl(f, TensorArgs{r.inputs, true, {}}, VArg(tangents), false, strict);
    rows.push_back(flat_cat(jv.vjp, 1));
  }
  const int64_t m = total_numel(r.outputs);
  DType dt = r.outputs.empty() ? DType::Float32 : r.outputs[0].dtype();
  r.blocks.push_back(rows.empty() ? zeros({0, m}, dt) : cat(rows, 0));
  return r;
}

// J[i][j]: output i's rows, input j's columns, shaped out_i + in_j.
Matrix assemble(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                const std::vector<Tensor>& full_per_input) {
  Matrix m(outputs.size());
  int64_t row = 0;
  for (size_t i = 0; i < outputs.size(); ++i) {
    for (size_t j = 0; j < inputs.size(); ++j) {
      std::vector<int64_t> shape(outputs[i].shape().begin(), outputs[i].shape().end());
      shape.insert(shape.end(), inputs[j].shape().begin(), inputs[j].shape().end());
      m[i].push_back(full_per_input[j].narrow(0, row, outputs[i].numel()).reshape(shape));
    }
    row += outputs[i].numel();
  }
  return m;
}

}  // namespace

VjpLists vjp_impl(const ListFunc& f, TensorArgs inputs, const VArg& v, bool create_graph,
                  bool strict, ReduceOp op) {
  require_group("vjp");
  // The derivative of a sum or mean of the ranks' functions is the sum or
  // mean of their derivatives; not so for MIN, MAX or PRODUCT.
  if (op != ReduceOp::SUM && op != ReduceOp::AVG)
    throw ValueError(std::string("cotangent.distributed.vjp: op must be ReduceOp.SUM or "
                                 "ReduceOp.AVG, not ReduceOp.") +
                     reduce_op_name(op));
  VjpLists local = run_local(
      "vjp", [&] { return ct::detail::vjp_impl(f, std::move(inputs), v, create_graph, strict); });
  std::vector<Tensor> all = local.outputs;
  all.insert(all.end(), local.vjp.begin(), local.vjp.end());
  std::vector<Tensor> reduced = all_reduce_many(all, op, "vjp");
  // With create_graph the value is every rank's, the graph this rank's part:
  // a distributed transform of the result sums the parts again.
  for (size_t i = 0; i < all.size(); ++i)
    if (create_graph && all[i].requires_grad())
      reduced[i] = all[i] + (reduced[i] - all[i].detach());
  const size_t n_out = local.outputs.size();
  local.outputs.assign(reduced.begin(), reduced.begin() + static_cast<int64_t>(n_out));
  local.vjp.assign(reduced.begin() + static_cast<int64_t>(n_out), reduced.end());
  return local;
}

Matrix jacobian_impl(const ListFunc& f, TensorArgs args, bool strict, Strategy strategy) {
  if (strategy != Strategy::ReverseMode && strategy != Strategy::ForwardMode)
    throw AssertionError("Expected strategy to be either \"forward-mode\" or \"reverse-mode\".");
  const int rank = rank_or_throw("jacobian"), size = world_size_or_throw("jacobian");
  ct::detail::check_tensors(args.tensors, args.is_tuple, "inputs", "jacobian", args.type_names);
  LocalRows local = run_local("jacobian", [&] {
    return strategy == Strategy::ForwardMode ? forward_columns(f, args, strict, rank, size)
                                             : reverse_rows(f, args, strict, rank, size);
  });
  std::vector<Tensor> full;
  if (strategy == Strategy::ForwardMode) {
    // [n_in, n_out] gathered; its transpose split by input.
    Tensor all_cols = all_gather_rows(local.blocks[0], "jacobian", /*uneven_rows=*/true).t();
    int64_t col = 0;
    for (const Tensor& x : local.inputs) {
      full.push_back(all_cols.narrow(1, col, x.numel()));
      col += x.numel();
    }
  } else {
    for (const Tensor& b : local.blocks)
      full.push_back(all_gather_rows(b, "jacobian", /*uneven_rows=*/true));
  }
  return assemble(local.outputs, local.inputs, full);
}

Matrix hessian_impl(const ListFunc& f, TensorArgs args, bool strict, Strategy strategy) {
  ct::detail::check_tensors(args.tensors, args.is_tuple, "inputs", "hessian", args.type_names);
  ListFunc gradient = [&](const std::vector<Tensor>& point) {
    // Forward mode's dual inputs need a graph too (as ct::hessian does).
    std::vector<Tensor> inp = point;
    for (Tensor& t : inp)
      if (t.is_leaf() && !t.requires_grad()) t.requires_grad_(true);
    TensorArgs out = f(inp);
    ct::detail::check_tensors(out.tensors, out.is_tuple, "outputs", "hessian", out.type_names);
    if (out.is_tuple)
      throw RuntimeError("The function given to hessian should return a single Tensor");
    if (out.tensors[0].numel() != 1)
      throw RuntimeError(
          "The Tensor returned by the function given to hessian should contain a single element");
    std::vector<Tensor> g(inp.size());
    if (out.tensors[0].requires_grad())
      g = ct::grad({out.tensors[0].reshape({})}, inp, {}, true, true, /*allow_unused=*/true);
    for (size_t j = 0; j < g.size(); ++j)
      if (!g[j].defined()) g[j] = zeros_like(inp[j]);
    return TensorArgs{g, true, {}};
  };
  return jacobian_impl(gradient, std::move(args), strict, strategy);
}

}  // namespace ct::distributed::detail
