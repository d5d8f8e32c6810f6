// Internal helpers shared by the op definitions.
#pragma once
#include <atomic>
#include <cmath>
#include <functional>
#include <type_traits>

#include "autograd/node.h"
#include "autograd/op_helpers.h"
#include "core/recorder.h"
#include "cotangent/autograd.h"
#include "cotangent/op_table.h"
#include "cotangent/ops.h"
#include "kernels/cpu/loops.h"
#include "kernels/cpu/vecmath.h"

namespace ct {

// vmap's batching rules (CT_TRACE_BATCHED, src/core/recorder.h): every
// example of input i (batch in front) as one row, shape (batch, n).
inline Tensor example_rows(const detail::BatchedArgs& b, size_t i = 0) {
  const Tensor& x = b.in.at(i);
  int64_t n = 1;
  for (int64_t d = 1; d < x.dim(); ++d) n *= x.size(d);
  return x.reshape({b.size, n});
}
// A rule's answer for inputs it leaves to the per-example loop (0-d
// examples, where dims wrap differently, and inputs the op rejects).
inline detail::TensorVec by_example() { return {}; }
// x (batch in front) with n size-1 dims after the batch dim.
inline Tensor unsqueezed_after_batch(Tensor x, int64_t n) {
  for (int64_t k = 0; k < n; ++k) x = x.unsqueeze(1);
  return x;
}
// `shape` with the batch size in front.
inline Shape with_batch(const detail::BatchedArgs& b, const Shape& shape) {
  Shape out{b.size};
  for (int64_t s : shape) out.push_back(s);
  return out;
}
// A logical dim of a result whose rank is input i's rank + `extra`, as a
// dim of the batched result (batch in front).
inline int64_t new_dim(const detail::BatchedArgs& b, int64_t d, int64_t extra, size_t i = 0) {
  return wrap_dim(d, b.ranks.at(i) + extra) + 1;
}
// The inputs (all given a batch dim) when their logical ranks agree, else
// empty (cat, stack: the op then raises its own error per example).
inline detail::TensorVec same_rank_batched(const detail::BatchedArgs& b) {
  detail::TensorVec out;
  for (size_t i = 0; i < b.in.size(); ++i) {
    if (b.ranks[i] != b.ranks[0] || !b.in[i].defined()) return {};
    out.push_back(b.batched_input(i));
  }
  return out;
}

// `dim` of `x` as torch's x.size(dim) checks it: wrapped as if a 0-d
// tensor had one dim (IndexError "Dimension out of range"), then refused on a
// 0-d tensor ("Dimension specified as 0 but tensor has no dimensions").
inline int64_t checked_dim_of(const Tensor& x, int64_t dim) {
  dim = wrap_dim(dim, std::max<int64_t>(x.dim(), 1));
  if (x.dim() == 0)
    throw IndexError("Dimension specified as " + std::to_string(dim) +
                     " but tensor has no dimensions");
  return dim;
}

// `t` converted to `dtype` without recording a graph (a no-op when equal).
Tensor cast_nograd(const Tensor& t, DType dtype);
// A 0-dim tensor holding `s` with the given dtype.
Tensor scalar_tensor(const Scalar& s, DType dtype);
// The higher of two dtypes (bool < integers < floats, by width).
DType promote(DType a, DType b);

// For a composite backward helper that decides from values (.item()) or
// builds a graph of intermediates. Eagerly: fn(inputs), its ops recording
// their own nodes (torch's graph). While recording: one primitive (`name`)
// whose replays run fn on detached inputs and record one node (`node`,
// saving the inputs) whose formula is again such a primitive (the vjp of fn
// for each input, computed by running fn again), so a recording of its
// derivative (the double backward trick of a compiled jvp) sees only
// primitives whose inputs it recorded, and every replay takes the decision
// again. Undefined inputs stay undefined.
using OpaqueFn = std::function<Tensor(const std::vector<Tensor>&)>;
Tensor opaque_primitive(const char* name, const char* node, const std::vector<Tensor>& inputs,
                        OpaqueFn fn);

// CT_TRACE_ELEMENTWISE's descriptions of fusible primitives.
inline detail::ElementwiseInfo unary_info(void (*f32)(const float*, float*, int64_t),
                                          void (*f64)(const double*, double*, int64_t)) {
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Unary;
  e.block_f32 = f32;
  e.block_f64 = f64;
  return e;
}
inline detail::ElementwiseInfo binary_info(detail::ElementwiseInfo::Op op, double alpha = 1) {
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Binary;
  e.op = op;
  e.alpha = alpha;
  return e;
}
inline detail::ElementwiseInfo scalar_info(detail::ElementwiseInfo::Op op, double scalar,
                                           bool scalar_first = false) {
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Scalar;
  e.op = op;
  e.scalar = scalar;
  e.scalar_first = scalar_first;
  return e;
}
inline detail::ElementwiseInfo where_info(double scalar = 0, bool scalar_first = false) {
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Where;
  e.scalar = scalar;
  e.scalar_first = scalar_first;
  return e;
}
inline detail::ElementwiseInfo cast_info() {
  detail::ElementwiseInfo e;
  e.kind = detail::ElementwiseInfo::Kind::Cast;
  return e;
}
// A float dtype for ops that always produce floats (exp of int64 -> float32).
inline DType float_result(DType t) { return is_floating_point(t) ? t : DType::Float32; }

// out = f(x) elementwise in x's float dtype (ints promote to float32); `vec`
// names the SIMD version of f for contiguous inputs, when there is one.
template <class F>
Tensor unary_float_kernel(const Tensor& x, F f, kernels::VecOp vec = kernels::VecOp::None) {
  DType dt = float_result(x.dtype());
  Tensor in = cast_nograd(x, dt);
  Tensor out = make_empty(x.shape(), dt);
  if (vec != kernels::VecOp::None && in.is_contiguous()) {
    std::atomic<bool> done{true};
    kernels::parallel_for(out.numel(), kernels::kParallelGrain, [&](int64_t b, int64_t e) {
      const bool ok =
          dt == DType::Float32
              ? kernels::vec_unary(vec, static_cast<const float*>(in.raw_data_ptr()) + b,
                                   static_cast<float*>(out.raw_data_ptr()) + b, e - b)
              : kernels::vec_unary(vec, static_cast<const double*>(in.raw_data_ptr()) + b,
                                   static_cast<double*>(out.raw_data_ptr()) + b, e - b);
      if (!ok) done = false;  // same answer on every thread: no SIMD path
    });
    if (done) return out;
  }
  CT_DISPATCH_FLOAT(
      dt, [&] { kernels::map1<scalar_t, scalar_t>(in, out, [&](scalar_t v) { return f(v); }); });
  return out;
}

// b ** p for integers as PyTorch computes it: by squaring (O(log p), so an
// exponent of 2**62 is instant), wrapping on overflow; a negative exponent
// gives 1 for b == 1, +-1 for b == -1 and 0 otherwise.
template <class I>
I int_pow(I b, I p) {
  if constexpr (std::is_same_v<I, bool>) {
    return b || !p;
  } else {
    if (p < 0) return b == 1 ? 1 : b == -1 ? ((p & 1) ? -1 : 1) : 0;
    using U = std::make_unsigned_t<I>;
    U result = 1, base = static_cast<U>(b);
    for (U e = static_cast<U>(p); e; e >>= 1) {
      if (e & 1) result *= base;
      base *= base;
    }
    return static_cast<I>(result);
  }
}

// -v, wrapping at the minimum of a signed integer type (as PyTorch).
template <class T>
T wrapping_neg(T v) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
    return static_cast<T>(-static_cast<std::make_unsigned_t<T>>(v));
  else
    return static_cast<T>(-v);
}

// out = f(a, b) elementwise with broadcasting, computed in `dt`.
template <class F>
Tensor binary_kernel(const Tensor& a, const Tensor& b, DType dt, F f) {
  Shape shape = broadcast_shapes(a.shape(), b.shape());
  Tensor x = cast_nograd(a, dt), y = cast_nograd(b, dt);
  Tensor out = make_empty(shape, dt);
  CT_DISPATCH_ALL(dt, [&] {
    kernels::map2<scalar_t, scalar_t, scalar_t>(x, y, out, [&](scalar_t u, scalar_t v) {
      if constexpr (std::is_same_v<scalar_t, int32_t>) {
        // int32 computes in int64 and wraps to 32 bits, as PyTorch's int32
        // kernels wrap (no signed overflow in C++).
        auto r = f(static_cast<int64_t>(u), static_cast<int64_t>(v));
        if constexpr (std::is_floating_point_v<decltype(r)>)
          return static_cast<int32_t>(static_cast<int64_t>(r));
        else
          return static_cast<int32_t>(r);
      } else {
        return static_cast<scalar_t>(f(u, v));
      }
    });
  });
  return out;
}

// A view of `x` with the given geometry whose backward reshapes the
// gradient back; `name` is the node name PyTorch would show.
Tensor reshape_view(const Tensor& x, const Shape& shape, const Shape& strides, const char* name);

// Reduction helpers: which dims a `dims` list reduces (empty: all),
// a keepdim shape with those dims dropped, and the broadcast of a reduced
// gradient back to the input's shape.
std::vector<bool> dim_mask(const Shape& dims, int64_t rank);
Shape drop_dims(const Shape& keep_shape, const std::vector<bool>& mask);
Tensor expand_reduced(const Tensor& g, const Shape& in_shape, const std::vector<bool>& mask,
                      bool keepdim);

// Ops that return one tensor per slice (split, unbind) refuse a count whose
// tensor objects alone could not fit in memory, before making any.
inline void check_output_count(int64_t n, const char* op) {
  constexpr int64_t kBytesPerTensor = 256;  // TensorImpl + control block + list entry
  if (n > static_cast<int64_t>(memory_limit() / kBytesPerTensor))
    throw RuntimeError("std::bad_alloc: " + std::string(op) + " would return " + std::to_string(n) +
                       " tensors (about " +
                       std::to_string(static_cast<uint64_t>(n) * kBytesPerTensor) + " bytes)");
}

// Throws PyTorch's error for an in-place op on a leaf that requires grad.
void check_inplace(const Tensor& self);

// Where a view sits in its base's storage (offsets in elements).
struct ViewGeometry {
  Shape base_sizes, base_strides;
  int64_t base_offset = 0;
  Shape sizes, strides;
  int64_t offset = 0;
};
// The view's elements of a base-shaped x (as_strided), and x with the
// view's elements replaced by (or, accumulate, increased by) src. Each is
// the other's derivative.
Tensor strided_gather(const Tensor& x, const ViewGeometry& g);
Tensor strided_scatter(const Tensor& x, const Tensor& src, const ViewGeometry& g, bool accumulate);
// Marks the views one op returned together (split, unbind, chunk).
void mark_multi_output_views(std::vector<Tensor>& views);
// PyTorch's refusals of a tracked in-place write through a view (multi-output
// views, views made in no_grad mode, views of leaves that require grad).
void check_view_inplace(const TensorImpl& view);
// Gives self's base the tangent t in self's place (forward mode).
void rebase_view_tangent(const Tensor& self, const Tensor& t, uint64_t level);
// Writes `result` into `self` (an in-place op) and moves self's history to
// result's node.
Tensor& commit_inplace(Tensor& self, const Tensor& result, const char* op);

}  // namespace ct
