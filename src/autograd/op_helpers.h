// Internal: the three helpers of the op layer that the engine, forward mode
// and custom functions call. They are defined with the ops (src/ops/) and
// declared here, so that autograd includes nothing of the ops' internals
// (src/ops/ops_common.h includes this header for the ops' own use).
#pragma once
#include "cotangent/tensor.h"

namespace ct {

// sum_to that keeps the first `lead` dims (batched gradients) as they are.
Tensor sum_to(const Tensor& x, const Shape& shape, int64_t lead);
// Makes `out` a view of x (of x's base when x is itself a view).
void mark_view(Tensor& out, const Tensor& x);
// Writes result into the view self and rewrites its base's history
// (CopySlices). False when self is not a view anyone else can see.
bool rebase_view_history(Tensor& self, const Tensor& result);

}  // namespace ct
