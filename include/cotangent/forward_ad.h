// Forward-mode AD with dual tensors, as torch.autograd.forward_ad: inside a
// dual level, a tensor made with make_dual carries a tangent, and every op
// propagates it (one Jacobian-vector product per op, computed as the op
// runs). Levels are per thread and do not nest, as in PyTorch 1.13.
//
//   ct::forward_ad::DualLevel level;
//   Tensor x = ct::forward_ad::make_dual(primal, tangent);
//   auto [y, jvp] = ct::forward_ad::unpack_dual(f(x));
#pragma once
#include <cstdint>

#include "cotangent/tensor.h"

namespace ct::forward_ad {

// Enters a new dual level and returns its index (0: levels do not nest).
// Raises RuntimeError "Nested forward mode AD is not supported at the
// moment" when a level is already active on this thread.
//
// batch > 0 makes it a batched level (a vmap over tangents): every tangent
// has a leading dim of that size, each row an independent direction, and
// one forward pass computes all the Jacobian-vector products (the forward
// mode Jacobian uses this).
int64_t enter_dual_level(int64_t batch = 0);
// Leaves the active level; the tangents made inside it are dropped.
void exit_dual_level();
// True while a dual level is active on this thread.
bool is_active();
// The tangent batch size of the active level (0: unbatched or no level).
int64_t level_batch_size();

// RAII form: `with fwAD.dual_level():`.
class DualLevel {
 public:
  explicit DualLevel(int64_t batch = 0) { enter_dual_level(batch); }
  ~DualLevel() { exit_dual_level(); }
  DualLevel(const DualLevel&) = delete;
  DualLevel& operator=(const DualLevel&) = delete;
};

// A view of `tensor` (sharing memory, backward-differentiable) carrying
// `tangent` at the active level (shape: the tensor's, after the batch dim of
// a batched level). Errors follow torch: no level
// (RuntimeError), non-float primal or tangent (ValueError), a tangent of
// another size (RuntimeError), a tensor that already is dual (RuntimeError).
Tensor make_dual(const Tensor& tensor, const Tensor& tangent);

struct UnpackedDual {
  Tensor primal;
  Tensor tangent;  // undefined (Python's None) when there is none
};
// The primal (a view without the tangent) and the tangent at the active
// level. Outside any level: the tensor itself and no tangent.
UnpackedDual unpack_dual(const Tensor& tensor);

}  // namespace ct::forward_ad
