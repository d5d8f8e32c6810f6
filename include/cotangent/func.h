// torch.func (functorch) for C++: composable function transforms.
//
//   auto per_sample_grads = ct::func::vmap(ct::func::grad(loss), {std::nullopt, 0});
//   auto g = per_sample_grads({w, x});  // g[0]: one gradient of loss per row of x
//
// A function here maps a list of tensors to a list of tensors (Fn). With
// has_aux, its first output is the differentiated output and the rest are
// auxiliary outputs, returned after the transform's own results. Every
// transform returns an Fn again, so they compose at any depth:
// vmap(vmap(f)), vmap(grad(f)), jacrev(jacrev(f)), jacfwd(jacrev(f)),
// grad(grad(f)), vmap(jvp...). Semantics and messages follow functorch 1.13
// (docs/func-spec.md); Python's cotangent.func binds these (pytrees are
// flattened there).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cotangent/tensor.h"

namespace ct::func {

using TensorList = std::vector<Tensor>;
using Fn = std::function<TensorList(const TensorList&)>;

// vmap's treatment of random ops inside the mapped function.
enum class Randomness {
  Error,      // a random op raises
  Different,  // each example draws its own numbers
  Same,       // every example gets the same draw
};
// "error", "different", "same" (functorch's spelling); anything else raises
// functorch's RuntimeError.
Randomness parse_randomness(const std::string& name);

struct VmapOptions {
  // One entry per input (std::nullopt: not batched); a single entry applies
  // to every input. Negative dims count from the end.
  std::vector<std::optional<int64_t>> in_dims{0};
  // Where each output gets the batch dim (one entry: every output);
  // relative to the output's per-example rank + 1.
  std::vector<int64_t> out_dims{0};
  Randomness randomness = Randomness::Error;
  // Runs the batch in chunks of at most this many examples (0: at once),
  // bounding the memory of the batched computation.
  int64_t chunk_size = 0;
};

// f applied to every example along the batch dims, as one batched
// computation (each op by its batching rule, docs/ops.md).
Fn vmap(Fn f, VmapOptions options = {});
Fn vmap(Fn f, std::vector<std::optional<int64_t>> in_dims, std::vector<int64_t> out_dims = {0},
        Randomness randomness = Randomness::Error, int64_t chunk_size = 0);

// The gradient of f's first output (a 0-d tensor) w.r.t. the inputs named
// by argnums (negative counts from the end), in argnums' order, followed by
// f's other outputs when has_aux.
Fn grad(Fn f, std::vector<int64_t> argnums = {0}, bool has_aux = false);
// The gradients, then f's first output, then the aux outputs.
Fn grad_and_value(Fn f, std::vector<int64_t> argnums = {0}, bool has_aux = false);

// vjp: f's outputs at `primals` and a function of cotangents (one per
// output) that returns one gradient per primal; it can be called many times.
struct VjpResult {
  TensorList outputs;
  Fn vjp_fn;
  TensorList aux;
};
VjpResult vjp(Fn f, const TensorList& primals, bool has_aux = false);

// jvp: f's outputs and their directional derivatives along `tangents`.
struct JvpResult {
  TensorList outputs;
  TensorList tangents;
  TensorList aux;
};
JvpResult jvp(Fn f, const TensorList& primals, const TensorList& tangents, bool strict = false,
              bool has_aux = false);

// Jacobians of every output (non-aux) w.r.t. every argnum input, output
// major: [out0/arg0, out0/arg1, ..., out1/arg0, ...], each of shape
// output.shape + input.shape; then the aux outputs. jacrev computes them
// by reverse mode over a vmap of cotangent basis rows (chunk_size rows at a
// time, 0: all at once); jacfwd by forward mode over tangent basis rows.
Fn jacrev(Fn f, std::vector<int64_t> argnums = {0}, bool has_aux = false, int64_t chunk_size = 0);
Fn jacfwd(Fn f, std::vector<int64_t> argnums = {0}, bool has_aux = false,
          Randomness randomness = Randomness::Error, int64_t chunk_size = 0);
// jacfwd(jacrev(f)): [out/arg_i/arg_j] for every output and argnum pair.
Fn hessian(Fn f, std::vector<int64_t> argnums = {0});

// True for a tensor that vmap batches (inside the mapped function).
bool is_batched(const Tensor& t);

// Ops run by the per-example loop because they have no batching rule yet
// (counted on every call; docs/ops.md lists them).
uint64_t fallback_calls();

}  // namespace ct::func
