// Internal: strided elementwise loops. Operands are viewed at the output's
// shape (broadcast dims have stride 0); adjacent dims that are contiguous
// for every operand are merged so the inner loop is as long as possible.
#pragma once
#include <omp.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <exception>

#include "core/tensor_impl.h"

namespace ct::kernels {

// Below this many elements a loop runs on the calling thread: waking the
// pool costs more than the work (and leaves OpenBLAS's threads alone).
constexpr int64_t kParallelGrain = 32768;

// f(begin, end) over [0, n), split into one contiguous chunk per thread of
// the pool when n is large enough (and not already inside a parallel region).
// An exception may not leave an OpenMP region (the runtime would terminate
// the process): each chunk catches what f throws, the first one is kept and
// rethrown on the calling thread after the region, so a large input fails
// with the same error as a small one.
// The pool's size is one process-wide setting (ct::set_num_threads), not
// OpenMP's per-thread one, so that it holds for ops called from any thread.
int intra_op_threads();
void set_intra_op_threads(int n);

template <class F>
void parallel_for(int64_t n, int64_t grain, F&& f) {
  const int pool = intra_op_threads();
  if (n < 2 * grain || pool == 1 || omp_in_parallel()) {
    f(int64_t{0}, n);
    return;
  }
  const int threads = static_cast<int>(std::min<int64_t>(pool, n / grain));
  std::exception_ptr first_error;
  std::atomic<bool> failed{false};
#pragma omp parallel num_threads(threads)
  {
    const int64_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    const int64_t begin = n * t / nt, end = n * (t + 1) / nt;
    try {
      f(begin, end);
    } catch (...) {
      if (!failed.exchange(true)) first_error = std::current_exception();
    }
  }
  if (first_error) std::rethrow_exception(first_error);
}

// Strides of `t` when broadcast to `shape` (0 on broadcast dims).
Shape broadcast_strides(const Tensor& t, const Shape& shape);

template <size_t N>
struct StridedGeometry {
  Shape sizes;
  std::array<Shape, N> strides;
};

// Merges dims that are contiguous for all operands; drops size-1 dims.
template <size_t N>
StridedGeometry<N> coalesce(const Shape& sizes, const std::array<Shape, N>& strides) {
  StridedGeometry<N> g;
  for (size_t d = 0; d < sizes.size(); ++d) {
    if (sizes[d] == 1) continue;
    if (!g.sizes.empty()) {
      bool mergeable = true;
      for (size_t k = 0; k < N; ++k)
        if (g.strides[k].back() != strides[k][d] * sizes[d]) mergeable = false;
      if (mergeable) {
        g.sizes[g.sizes.size() - 1] *= sizes[d];
        for (size_t k = 0; k < N; ++k) g.strides[k][g.strides[k].size() - 1] = strides[k][d];
        continue;
      }
    }
    g.sizes.push_back(sizes[d]);
    for (size_t k = 0; k < N; ++k) g.strides[k].push_back(strides[k][d]);
  }
  return g;
}

// Calls inner(ptrs, n, inner_strides) for each innermost row; ptrs are
// element pointers of the N operands, strides in elements. Operand 0 is the
// one written: when it has no broadcast (stride 0) dim, rows never share an
// output element and run in parallel above the grain size.
template <size_t N, class F>
void for_each_row(const Shape& sizes, const std::array<Shape, N>& strides,
                  const std::array<char*, N>& base, const std::array<size_t, N>& elem_size,
                  F&& inner) {
  StridedGeometry<N> g = coalesce<N>(sizes, strides);
  std::array<int64_t, N> inner_stride{};
  if (sizes.numel() == 0) return;
  if (g.sizes.empty()) {
    inner(base, int64_t{1}, inner_stride);
    return;
  }
  const size_t rank = g.sizes.size();
  for (size_t k = 0; k < N; ++k) inner_stride[k] = g.strides[k][rank - 1];
  const int64_t n = g.sizes[rank - 1];
  bool disjoint_output = true;
  for (size_t d = 0; d < rank; ++d) disjoint_output = disjoint_output && g.strides[0][d] != 0;
  auto advanced = [&](std::array<char*, N> p, size_t d, int64_t steps) {
    for (size_t k = 0; k < N; ++k)
      p[k] += g.strides[k][d] * steps * static_cast<int64_t>(elem_size[k]);
    return p;
  };
  if (rank == 1) {  // one long row: split it
    if (!disjoint_output) return inner(base, n, inner_stride);
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
      inner(advanced(base, 0, lo), hi - lo, inner_stride);
    });
    return;
  }
  // rows r0..r1 of the outer dims, walked like an odometer
  auto rows = [&](int64_t r0, int64_t r1) {
    Shape counter(rank - 1, 0);
    std::array<char*, N> ptr = base;
    for (int64_t d = static_cast<int64_t>(rank) - 2, rem = r0; d >= 0; --d) {
      counter[d] = rem % g.sizes[d];
      rem /= g.sizes[d];
      ptr = advanced(ptr, static_cast<size_t>(d), counter[d]);
    }
    for (int64_t r = r0; r < r1; ++r) {
      inner(ptr, n, inner_stride);
      int64_t d = static_cast<int64_t>(rank) - 2;
      for (; d >= 0; --d) {
        ptr = advanced(ptr, static_cast<size_t>(d), 1);
        if (++counter[d] < g.sizes[d]) break;
        ptr = advanced(ptr, static_cast<size_t>(d), -g.sizes[d]);
        counter[d] = 0;
      }
    }
  };
  const int64_t total_rows = sizes.numel() / n;
  if (disjoint_output)
    parallel_for(total_rows, std::max<int64_t>(1, kParallelGrain / n), rows);
  else
    rows(0, total_rows);
}

// out[i] = f(in[i]); out is freshly allocated with in's shape.
template <class O, class I, class F>
void map1(const Tensor& in, const Tensor& out, F f) {
  O* po = static_cast<O*>(out.raw_data_ptr());
  const int64_t n = out.numel();
  if (in.is_contiguous()) {
    const I* pi = static_cast<const I*>(in.raw_data_ptr());
    parallel_for(n, kParallelGrain, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) po[i] = f(pi[i]);
    });
    return;
  }
  std::array<Shape, 2> st{out.strides(), in.strides()};
  for_each_row<2>(out.shape(), st,
                  {static_cast<char*>(out.raw_data_ptr()), static_cast<char*>(in.raw_data_ptr())},
                  {sizeof(O), sizeof(I)}, [&](std::array<char*, 2> p, int64_t m, auto s) {
                    O* o = reinterpret_cast<O*>(p[0]);
                    const I* x = reinterpret_cast<const I*>(p[1]);
                    for (int64_t i = 0; i < m; ++i) o[i * s[0]] = f(x[i * s[1]]);
                  });
}

// out[i] = f(a[i], b[i]) with broadcasting; out has the broadcast shape.
template <class O, class A, class B, class F>
void map2(const Tensor& a, const Tensor& b, const Tensor& out, F f) {
  O* po = static_cast<O*>(out.raw_data_ptr());
  const int64_t n = out.numel();
  const bool same = a.shape() == out.shape() && b.shape() == out.shape();
  if (same && a.is_contiguous() && b.is_contiguous()) {
    const A* pa = static_cast<const A*>(a.raw_data_ptr());
    const B* pb = static_cast<const B*>(b.raw_data_ptr());
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
      for (int64_t i = lo; i < hi; ++i) po[i] = f(pa[i], pb[i]);
    });
    return;
  }
  if (b.numel() == 1 && a.shape() == out.shape() && a.is_contiguous()) {
    const A* pa = static_cast<const A*>(a.raw_data_ptr());
    const B sb = *static_cast<const B*>(b.raw_data_ptr());
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
      for (int64_t i = lo; i < hi; ++i) po[i] = f(pa[i], sb);
    });
    return;
  }
  if (a.numel() == 1 && b.shape() == out.shape() && b.is_contiguous()) {
    const A sa = *static_cast<const A*>(a.raw_data_ptr());
    const B* pb = static_cast<const B*>(b.raw_data_ptr());
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
      for (int64_t i = lo; i < hi; ++i) po[i] = f(sa, pb[i]);
    });
    return;
  }
  std::array<Shape, 3> st{out.strides(), broadcast_strides(a, out.shape()),
                          broadcast_strides(b, out.shape())};
  for_each_row<3>(out.shape(), st,
                  {static_cast<char*>(out.raw_data_ptr()), static_cast<char*>(a.raw_data_ptr()),
                   static_cast<char*>(b.raw_data_ptr())},
                  {sizeof(O), sizeof(A), sizeof(B)},
                  [&](std::array<char*, 3> p, int64_t m, auto s) {
                    O* o = reinterpret_cast<O*>(p[0]);
                    const A* x = reinterpret_cast<const A*>(p[1]);
                    const B* y = reinterpret_cast<const B*>(p[2]);
                    // The common broadcast rows, written so that they vectorize.
                    if (s[0] == 1 && s[1] == 1 && s[2] == 1) {
                      for (int64_t i = 0; i < m; ++i) o[i] = f(x[i], y[i]);
                    } else if (s[0] == 1 && s[1] == 1 && s[2] == 0) {
                      const B yv = *y;
                      for (int64_t i = 0; i < m; ++i) o[i] = f(x[i], yv);
                    } else if (s[0] == 1 && s[1] == 0 && s[2] == 1) {
                      const A xv = *x;
                      for (int64_t i = 0; i < m; ++i) o[i] = f(xv, y[i]);
                    } else {
                      for (int64_t i = 0; i < m; ++i) o[i * s[0]] = f(x[i * s[1]], y[i * s[2]]);
                    }
                  });
}

// out[i] = f(a[i], b[i], c[i]) with broadcasting; out has the broadcast shape.
template <class O, class A, class B, class C, class F>
void map3(const Tensor& a, const Tensor& b, const Tensor& c, const Tensor& out, F f) {
  std::array<Shape, 4> st{out.strides(), broadcast_strides(a, out.shape()),
                          broadcast_strides(b, out.shape()), broadcast_strides(c, out.shape())};
  for_each_row<4>(out.shape(), st,
                  {static_cast<char*>(out.raw_data_ptr()), static_cast<char*>(a.raw_data_ptr()),
                   static_cast<char*>(b.raw_data_ptr()), static_cast<char*>(c.raw_data_ptr())},
                  {sizeof(O), sizeof(A), sizeof(B), sizeof(C)},
                  [&](std::array<char*, 4> p, int64_t m, auto s) {
                    O* o = reinterpret_cast<O*>(p[0]);
                    const A* x = reinterpret_cast<const A*>(p[1]);
                    const B* y = reinterpret_cast<const B*>(p[2]);
                    const C* z = reinterpret_cast<const C*>(p[3]);
                    for (int64_t i = 0; i < m; ++i)
                      o[i * s[0]] = f(x[i * s[1]], y[i * s[2]], z[i * s[3]]);
                  });
}

// Copies src (any strides, broadcast allowed) into dst (any strides),
// converting the element type.
void copy_into(const Tensor& dst, const Tensor& src);

}  // namespace ct::kernels

// Calls the body with `scalar_t` bound to the C++ type of `dtype`.
#define CT_DISPATCH_ALL(dtype, ...)                \
  [&] {                                            \
    switch (dtype) {                               \
      case ::ct::DType::Float32: {                 \
        using scalar_t = float;                    \
        return __VA_ARGS__();                      \
      }                                            \
      case ::ct::DType::Float64: {                 \
        using scalar_t = double;                   \
        return __VA_ARGS__();                      \
      }                                            \
      case ::ct::DType::Int64: {                   \
        using scalar_t = int64_t;                  \
        return __VA_ARGS__();                      \
      }                                            \
      case ::ct::DType::Int32: {                   \
        using scalar_t = int32_t;                  \
        return __VA_ARGS__();                      \
      }                                            \
      case ::ct::DType::Bool: {                    \
        using scalar_t = bool;                     \
        return __VA_ARGS__();                      \
      }                                            \
    }                                              \
    throw ::ct::RuntimeError("unsupported dtype"); \
  }()

#define CT_DISPATCH_FLOAT(dtype, ...)                                                    \
  [&] {                                                                                  \
    switch (dtype) {                                                                     \
      case ::ct::DType::Float32: {                                                       \
        using scalar_t = float;                                                          \
        return __VA_ARGS__();                                                            \
      }                                                                                  \
      case ::ct::DType::Float64: {                                                       \
        using scalar_t = double;                                                         \
        return __VA_ARGS__();                                                            \
      }                                                                                  \
      default:                                                                           \
        throw ::ct::RuntimeError(std::string("expected a floating point tensor, got ") + \
                                 ::ct::dtype_name(dtype));                               \
    }                                                                                    \
  }()

namespace ct::kernels {

// Calls f(idx) for every multi-index of `shape` in row-major order; idx has
// shape.size() entries.
template <class F>
void for_each_index(const Shape& shape, F&& f) {
  const size_t r = shape.size();
  if (shape.numel() == 0) return;
  Shape idx(r, 0);
  for (;;) {
    f(static_cast<const int64_t*>(idx.data()));
    int64_t d = static_cast<int64_t>(r) - 1;
    for (; d >= 0; --d) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

// Element offset of multi-index idx in a tensor with the given strides.
inline int64_t offset_of(const int64_t* idx, const Shape& strides) {
  int64_t o = 0;
  for (size_t d = 0; d < strides.size(); ++d) o += idx[d] * strides[d];
  return o;
}

}  // namespace ct::kernels
