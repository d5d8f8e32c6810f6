// Factories and the random generator.
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <random>
#include <sstream>

#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "cotangent/ops.h"
#include "kernels/cpu/loops.h"

namespace ct {

namespace {

// PyTorch's CPU generator is a 32-bit Mersenne Twister seeded the standard
// way, and its uniform floats use the same bit recipes, so the same seed
// gives the same numbers as torch.rand.
struct Generator {
  std::mutex mutex;
  std::mt19937 engine{67280421310721ULL & 0xffffffffULL};
  uint32_t next32() { return engine(); }
  uint64_t next64() {
    uint64_t hi = engine();
    uint64_t lo = engine();
    return (hi << 32) | lo;
  }
  float uniform_float() { return (next32() & ((1u << 24) - 1)) * std::ldexp(1.0f, -24); }
  double uniform_double() {
    return static_cast<double>(next64() & ((uint64_t{1} << 53) - 1)) * std::ldexp(1.0, -53);
  }
  // torch's normal_distribution<double>: Box-Muller on two doubles, the
  // second sample kept for the next call (until the next manual_seed).
  double normal_double() {
    if (has_cached_normal) {
      has_cached_normal = false;
      return cached_normal;
    }
    const double u1 = uniform_double(), u2 = uniform_double();
    const double r = std::sqrt(-2 * std::log(1.0 - u2));
    const double theta = 2.0 * M_PI * u1;
    cached_normal = r * std::sin(theta);
    has_cached_normal = true;
    return r * std::cos(theta);
  }
  double cached_normal = 0;
  bool has_cached_normal = false;
};

Generator& generator() {
  detail::note_generator_use();
  static Generator g;
  return g;
}

template <class T>
void fill_uniform(T* p, int64_t n, Generator& g) {
  for (int64_t i = 0; i < n; ++i) {
    if constexpr (std::is_same_v<T, float>)
      p[i] = g.uniform_float();
    else
      p[i] = g.uniform_double();
  }
}

// Box-Muller over blocks of 16 uniforms, as torch's normal_fill does.
template <class T>
void normal_fill_16(T* d) {
  for (int j = 0; j < 8; ++j) {
    const T u1 = 1 - d[j];
    const T u2 = d[j + 8];
    const T radius = std::sqrt(-2 * std::log(u1));
    const T theta = static_cast<T>(2.0 * M_PI) * u2;
    d[j] = radius * std::cos(theta);
    d[j + 8] = radius * std::sin(theta);
  }
}

template <class T>
void fill_normal(T* p, int64_t n, Generator& g) {
  if (n >= 16) {
    fill_uniform(p, n, g);
    for (int64_t i = 0; i + 16 <= n; i += 16) normal_fill_16(p + i);
    if (n % 16 != 0) {
      T* tail = p + n - 16;
      fill_uniform(tail, 16, g);
      normal_fill_16(tail);
    }
    return;
  }
  // Below 16 elements torch draws one double normal at a time.
  for (int64_t i = 0; i < n; ++i) p[i] = static_cast<T>(g.normal_double());
}

void infer_nested(const NestedList& l, Shape& shape, size_t depth, bool& any_float, bool& any_int,
                  bool& all_bool) {
  if (l.is_leaf()) {
    if (depth != shape.size())
      throw ValueError("expected sequence of length " + std::to_string(shape[depth]) + " at dim " +
                       std::to_string(depth) + " (got a number)");
    any_float |= l.kind() == Scalar::Kind::Float;
    any_int |= l.kind() == Scalar::Kind::Int;
    all_bool &= l.kind() == Scalar::Kind::Bool;
    return;
  }
  const auto& ch = l.children();
  if (depth == shape.size()) {
    shape.push_back(static_cast<int64_t>(ch.size()));
  } else if (depth > shape.size() || shape[depth] != static_cast<int64_t>(ch.size())) {
    throw ValueError("expected sequence of length " +
                     std::to_string(depth < shape.size() ? shape[depth] : 0) + " at dim " +
                     std::to_string(depth) + " (got " + std::to_string(ch.size()) + ")");
  }
  for (const auto& c : ch) infer_nested(c, shape, depth + 1, any_float, any_int, all_bool);
}

void flatten_nested(const NestedList& l, std::vector<const NestedList*>& out) {
  if (l.is_leaf()) {
    out.push_back(&l);
    return;
  }
  for (const auto& c : l.children()) flatten_nested(c, out);
}

Tensor filled(const Shape& shape, DType dtype, double value) {
  Tensor t = make_empty(shape, dtype);
  CT_DISPATCH_ALL(dtype, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    std::fill(p, p + t.numel(), static_cast<scalar_t>(value));
  });
  return t;
}

DType scalar_default_dtype(const Scalar& s) {
  return s.is_floating_point() ? DType::Float32 : s.is_bool() ? DType::Bool : DType::Int64;
}

}  // namespace

void manual_seed(uint64_t seed) {
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  g.engine.seed(static_cast<uint32_t>(seed & 0xffffffffULL));
  g.has_cached_normal = false;
}

RngState get_rng_state() {
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  std::ostringstream os;
  os << g.engine;
  return RngState{os.str(), g.cached_normal, g.has_cached_normal};
}

void set_rng_state(const RngState& state) {
  std::mt19937 engine;
  std::istringstream is(state.engine);
  is >> engine;
  if (!is) throw RuntimeError("set_rng_state: not a state get_rng_state returned");
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  g.engine = engine;
  g.cached_normal = state.cached_normal;
  g.has_cached_normal = state.has_cached_normal;
}

Tensor tensor(const NestedList& data, std::optional<DType> dtype) {
  CT_TRACE(Tensor, "tensor", (), ct::tensor(data, dtype));
  Shape shape;
  bool any_float = false, any_int = false, all_bool = true;
  infer_nested(data, shape, 0, any_float, any_int, all_bool);
  std::vector<const NestedList*> values;
  flatten_nested(data, values);
  if (static_cast<int64_t>(values.size()) != shape.numel() &&
      !(values.empty() && shape.numel() == 0))
    throw ValueError("ct::tensor: ragged nested list: expected a rectangular list of shape " +
                     to_string(shape) + " but got " + std::to_string(values.size()) + " numbers");
  DType dt = dtype.value_or(any_float                     ? DType::Float32
                            : any_int                     ? DType::Int64
                            : all_bool && !values.empty() ? DType::Bool
                                                          : DType::Float32);
  Tensor t = make_empty(shape, dt);
  CT_DISPATCH_ALL(dt, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    for (size_t i = 0; i < values.size(); ++i) {
      const NestedList& v = *values[i];
      // Integers convert exactly (to int64 and bool), floats through double.
      p[i] = v.kind() == Scalar::Kind::Float || std::is_floating_point_v<scalar_t>
                 ? static_cast<scalar_t>(v.value())
                 : static_cast<scalar_t>(v.int_value());
    }
  });
  return t;
}

Tensor empty(const Shape& shape, DType dtype) {
  CT_TRACE(Tensor, "empty", (), ct::empty(shape, dtype));
  Tensor t = make_empty(shape, dtype);
  // Uninitialised bytes are not valid bools (reading one is undefined
  // behaviour): an empty bool tensor is all false. Other dtypes stay as
  // they come, as in torch.
  if (dtype == DType::Bool && t.numel() > 0) std::memset(t.raw_data_ptr(), 0, t.numel());
  return t;
}

// Not a primitive of a trace: the memory is the caller's, so a tensor made
// over it while recording is a constant of the trace (replaying from_blob
// would wrap the memory again and run the deleter once more).
Tensor from_blob(void* data, const Shape& sizes, std::function<void(void*)> deleter, DType dtype) {
  int64_t n = 1;
  for (int64_t s : sizes) {
    if (s < 0) throw RuntimeError("from_blob: negative dimension in " + to_string(sizes));
    if (__builtin_mul_overflow(n, s, &n))
      throw RuntimeError("from_blob: sizes " + to_string(sizes) + " overflow");
  }
  if (!data && n > 0) throw RuntimeError("from_blob: null data for " + to_string(sizes));
  std::function<void()> release;
  if (deleter) release = [deleter = std::move(deleter), data] { deleter(data); };
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = std::make_shared<Storage>(
      data, static_cast<size_t>(n) * element_size(dtype), release ? std::move(release) : [] {});
  impl->sizes = sizes;
  impl->strides = contiguous_strides(sizes);
  impl->dtype = dtype;
  return Tensor(std::move(impl));
}

Tensor from_blob(void* data, const Shape& sizes, DType dtype) {
  return from_blob(data, sizes, nullptr, dtype);
}
Tensor zeros(const Shape& shape, DType dtype) {
  CT_TRACE(Tensor, "zeros", (), ct::zeros(shape, dtype));
  Tensor t = make_empty(shape, dtype);
  std::memset(t.raw_data_ptr(), 0, t.numel() * element_size(dtype));
  return t;
}
Tensor ones(const Shape& shape, DType dtype) {
  CT_TRACE(Tensor, "ones", (), ct::ones(shape, dtype));
  return filled(shape, dtype, 1.0);
}
Tensor full(const Shape& shape, const Scalar& value, std::optional<DType> dtype) {
  CT_TRACE(Tensor, "full", (), ct::full(shape, value, dtype));
  DType dt = dtype.value_or(scalar_default_dtype(value));
  if (is_integral(dt)) {
    Tensor t = make_empty(shape, dt);
    CT_DISPATCH_ALL(dt, [&] {
      scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
      // An integer wraps to the dtype's width, as PyTorch.
      std::fill(
          p, p + t.numel(),
          static_cast<scalar_t>(value.is_floating_point() ? static_cast<int64_t>(value.to_double())
                                                          : value.to_int()));
    });
    return t;
  }
  return filled(shape, dt, value.to_double());
}

Tensor rand(const Shape& shape, DType dtype) {
  CT_TRACE(Tensor, "rand", (), ct::rand(shape, dtype));
  if (!is_floating_point(dtype))
    throw RuntimeError(std::string("\"check_uniform_bounds\" not implemented for '") +
                       kind_name(dtype) + "'");
  Tensor t = make_empty(shape, dtype);
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  CT_DISPATCH_FLOAT(dtype,
                    [&] { fill_uniform(static_cast<scalar_t*>(t.raw_data_ptr()), t.numel(), g); });
  return t;
}

Tensor bernoulli(const Tensor& like, double p) {
  CT_TRACE(Tensor, "bernoulli", (like), ct::bernoulli(in[0], p));
  if (!(p >= 0 && p <= 1))
    throw RuntimeError("bernoulli_ expects p to be in [0, 1], but got p=" + std::to_string(p));
  Tensor t = make_empty(like.shape(), like.dtype());
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  // torch's bernoulli_distribution<double>: a 53-bit uniform double below p.
  CT_DISPATCH_ALL(t.dtype(), [&] {
    scalar_t* out = static_cast<scalar_t*>(t.raw_data_ptr());
    for (int64_t i = 0; i < t.numel(); ++i) out[i] = static_cast<scalar_t>(g.uniform_double() < p);
  });
  return t;
}

Tensor randn(const Shape& shape, DType dtype) {
  CT_TRACE(Tensor, "randn", (), ct::randn(shape, dtype));
  if (!is_floating_point(dtype))
    throw RuntimeError(std::string("\"normal_kernel_cpu\" not implemented for '") +
                       kind_name(dtype) + "'");
  Tensor t = make_empty(shape, dtype);
  Generator& g = generator();
  std::lock_guard<std::mutex> lock(g.mutex);
  CT_DISPATCH_FLOAT(dtype,
                    [&] { fill_normal(static_cast<scalar_t*>(t.raw_data_ptr()), t.numel(), g); });
  return t;
}

Tensor arange(const Scalar& end, std::optional<DType> dtype) { return arange(0, end, 1, dtype); }

Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step,
              std::optional<DType> dtype) {
  CT_TRACE(Tensor, "arange", (), ct::arange(start, end, step, dtype));
  bool any_float = start.is_floating_point() || end.is_floating_point() || step.is_floating_point();
  DType dt = dtype.value_or(any_float ? DType::Float32 : DType::Int64);
  double s = start.to_double(), e = end.to_double(), st = step.to_double();
  if (!(st > 0 || st < 0)) throw RuntimeError("step must be nonzero");  // NaN too, as torch
  if ((st > 0 && e < s) || (st < 0 && e > s))
    throw RuntimeError("upper bound and larger bound inconsistent with step sign");
  if (!std::isfinite(s) || !std::isfinite(e) || !std::isfinite(st)) {
    std::ostringstream os;  // torch prints the bounds as C++ streams do: "0 -> inf"
    os << "unsupported range: " << s << " -> " << e;
    throw RuntimeError(os.str());
  }
  const double count = std::ceil((e - s) / st);
  if (count > static_cast<double>(int64_t{1} << 40))
    throw RuntimeError("arange: the range " + std::to_string(s) + " -> " + std::to_string(e) +
                       " with step " + std::to_string(st) + " has too many elements");
  if (dt == DType::Bool) throw RuntimeError("\"arange_cpu\" not implemented for 'Bool'");
  if (is_integral(dt) && !any_float) {
    // Integers exactly (a double cannot hold every int64): the count and
    // each value in 128-bit arithmetic.
    const __int128 a = start.to_int(), b = end.to_int(), d = step.to_int();
    const __int128 span = b - a;
    const __int128 m = span / d + ((span % d != 0) && ((span > 0) == (d > 0)) ? 1 : 0);
    Tensor t = make_empty(Shape{static_cast<int64_t>(m > 0 ? m : 0)}, dt);
    CT_DISPATCH_ALL(dt, [&] {
      scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
      for (int64_t i = 0; i < t.numel(); ++i)
        p[i] = static_cast<scalar_t>(static_cast<int64_t>(a + i * d));
    });
    return t;
  }
  int64_t n = static_cast<int64_t>(count);
  Tensor t = make_empty(Shape{std::max<int64_t>(n, 0)}, dt);
  CT_DISPATCH_ALL(dt, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    for (int64_t i = 0; i < n; ++i) p[i] = static_cast<scalar_t>(s + i * st);
  });
  return t;
}

namespace {

// A double truncated to an integer type as x86's cvttsd2si does (what
// torch's kernel gets from its cast): out of range or NaN gives the type's
// minimum, where a C++ cast would be undefined.
template <class I>
I truncate_like_x86(double v) {
  if (!(v > static_cast<double>(std::numeric_limits<I>::min()) - 1.0 &&
        v < -static_cast<double>(std::numeric_limits<I>::min())))
    return std::numeric_limits<I>::min();
  return static_cast<I>(v);
}

// torch's checked Scalar -> scalar_t conversion of linspace's and logspace's
// bounds, with its message.
template <class scalar_t>
void check_bound(const Scalar& s) {
  const double v = s.to_double();
  if constexpr (std::is_integral_v<scalar_t>) {
    if (s.is_floating_point() ? !(v >= static_cast<double>(std::numeric_limits<scalar_t>::min()) &&
                                  v < -static_cast<double>(std::numeric_limits<scalar_t>::min()))
                              : (s.to_int() < std::numeric_limits<scalar_t>::min() ||
                                 s.to_int() > std::numeric_limits<scalar_t>::max()))
      throw RuntimeError(std::string("value cannot be converted to type ") +
                         (sizeof(scalar_t) == 8 ? "int64_t" : "int") + " without overflow");
  } else if (std::is_same_v<scalar_t, float> && std::isfinite(v) &&
             std::abs(v) > static_cast<double>(std::numeric_limits<float>::max())) {
    throw RuntimeError("value cannot be converted to type float without overflow");
  }
}

// A checked bound (check_bound) as the output type holds it, in double.
template <class scalar_t>
double bound_value(const Scalar& s) {
  if constexpr (std::is_integral_v<scalar_t>)
    return static_cast<double>(s.is_floating_point() ? truncate_like_x86<scalar_t>(s.to_double())
                                                     : static_cast<scalar_t>(s.to_int()));
  else
    return static_cast<double>(static_cast<scalar_t>(s.to_double()));
}

// torch 1.13's CPU linspace as Debian's build runs it, value for value: each
// half of the range is measured from its own end with a fused multiply-add
// (in the output type for floating dtypes, in double for integers, then
// truncated); from 2 x V elements on (V: one 32-byte vector), blocks of V
// start from such a value and add k * step without fusing. (Beyond one
// OpenMP grain, 32,768 elements, torch's own values depend on its threads;
// this is its one-thread layout.)
template <class scalar_t>
void fill_linspace(scalar_t* out, const Scalar& start_s, const Scalar& end_s, int64_t steps) {
  constexpr bool integral = std::is_integral_v<scalar_t>;
  using step_t = std::conditional_t<integral, double, scalar_t>;
  const step_t start = static_cast<step_t>(bound_value<scalar_t>(start_s));
  const step_t end = static_cast<step_t>(bound_value<scalar_t>(end_s));
  const step_t step = (end - start) / static_cast<step_t>(steps - 1);
  const int64_t halfway = steps / 2;
  auto convert = [](step_t v) {
    if constexpr (integral)
      return truncate_like_x86<scalar_t>(v);
    else
      return v;
  };
  auto at = [&](int64_t i) {
    return convert(i < halfway ? std::fma(step, static_cast<step_t>(i), start)
                               : std::fma(-step, static_cast<step_t>(steps - i - 1), end));
  };
  constexpr int64_t V = 32 / sizeof(scalar_t);
  int64_t i = 0;
  for (; i + 2 * V <= steps; i += 2 * V) {  // two vectors per round, as torch's loop
    for (int64_t half = 0; half < 2 * V; half += V) {
      const scalar_t base = at(i + half);
      for (int64_t k = 0; k < V; ++k) {
        const step_t offset = static_cast<step_t>(k) * step;  // not fused: separate roundings
        out[i + half + k] = convert(static_cast<step_t>(base) + offset);
      }
    }
  }
  for (; i < steps; ++i) out[i] = at(i);
}

DType range_dtype(const char* name, int64_t steps, std::optional<DType> dtype) {
  if (steps < 0) throw RuntimeError("number of steps must be non-negative");
  DType dt = dtype.value_or(DType::Float32);  // torch's default dtype, whatever start and end are
  if (dt == DType::Bool)
    throw RuntimeError(std::string("\"") + name + "_cpu\" not implemented for 'Bool'");
  return dt;
}

}  // namespace

Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps, std::optional<DType> dtype) {
  CT_TRACE(Tensor, "linspace", (), ct::linspace(start, end, steps, dtype));
  const DType dt = range_dtype("linspace", steps, dtype);
  Tensor t = make_empty(Shape{steps}, dt);
  CT_DISPATCH_ALL(dt, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    if (steps == 0) return;
    check_bound<scalar_t>(start);
    if (steps == 1) {  // torch fills start (exactly, for integers)
      p[0] = std::is_integral_v<scalar_t> && !start.is_floating_point()
                 ? static_cast<scalar_t>(start.to_int())
                 : static_cast<scalar_t>(start.to_double());
      return;
    }
    check_bound<scalar_t>(end);
    fill_linspace<scalar_t>(p, start, end, steps);
  });
  return t;
}

// torch 1.13's logspace: the bounds in the output type, their difference
// in it too, the step and each exponent in double (each half from its own
// end), base ** exponent in double.
Tensor logspace(const Scalar& start, const Scalar& end, int64_t steps, double base,
                std::optional<DType> dtype) {
  CT_TRACE(Tensor, "logspace", (), ct::logspace(start, end, steps, base, dtype));
  const DType dt = range_dtype("logspace", steps, dtype);
  Tensor t = make_empty(Shape{steps}, dt);
  CT_DISPATCH_ALL(dt, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    auto convert = [](double v) {
      if constexpr (std::is_integral_v<scalar_t>)
        return truncate_like_x86<scalar_t>(v);
      else
        return static_cast<scalar_t>(v);
    };
    if (steps == 0) return;
    check_bound<scalar_t>(start);
    if (steps == 1) {
      p[0] = convert(std::pow(base, start.to_double()));
      return;
    }
    check_bound<scalar_t>(end);
    const double first = bound_value<scalar_t>(start), last = bound_value<scalar_t>(end);
    // a floating dtype's bounds are subtracted in that type (float32 rounds)
    const double span =
        std::is_integral_v<scalar_t>
            ? last - first
            : static_cast<double>(static_cast<scalar_t>(last) - static_cast<scalar_t>(first));
    const double step = span / static_cast<double>(steps - 1);
    const int64_t halfway = steps / 2;
    for (int64_t i = 0; i < steps; ++i)
      p[i] =
          convert(std::pow(base, i < halfway ? first + step * static_cast<double>(i)
                                             : last - step * static_cast<double>(steps - i - 1)));
  });
  return t;
}

Tensor eye(int64_t n, std::optional<int64_t> m, DType dtype) {
  CT_TRACE(Tensor, "eye", (), ct::eye(n, m, dtype));
  int64_t cols = m.value_or(n);
  if (n < 0) throw RuntimeError("n must be greater or equal to 0, got " + std::to_string(n));
  if (cols < 0) throw RuntimeError("m must be greater or equal to 0, got " + std::to_string(cols));
  Tensor t = zeros({n, cols}, dtype);
  CT_DISPATCH_ALL(dtype, [&] {
    scalar_t* p = static_cast<scalar_t*>(t.raw_data_ptr());
    for (int64_t i = 0; i < std::min(n, cols); ++i) p[i * cols + i] = static_cast<scalar_t>(1);
  });
  return t;
}

Tensor empty_like(const Tensor& t, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "empty_like", (t), ct::empty_like(in[0], d));
  return empty(t.shape(), d.value_or(t.dtype()));
}
Tensor zeros_like(const Tensor& t, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "zeros_like", (t), ct::zeros_like(in[0], d));
  return zeros(t.shape(), d.value_or(t.dtype()));
}
Tensor ones_like(const Tensor& t, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "ones_like", (t), ct::ones_like(in[0], d));
  return ones(t.shape(), d.value_or(t.dtype()));
}
Tensor full_like(const Tensor& t, const Scalar& v, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "full_like", (t), ct::full_like(in[0], v, d));
  return full(t.shape(), v, d.value_or(t.dtype()));
}
Tensor rand_like(const Tensor& t, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "rand_like", (t), ct::rand_like(in[0], d));
  return rand(t.shape(), d.value_or(t.dtype()));
}
Tensor randn_like(const Tensor& t, std::optional<DType> d) {
  CT_TRACE_BROADCASTING(Tensor, "randn_like", (t), ct::randn_like(in[0], d));
  return randn(t.shape(), d.value_or(t.dtype()));
}

template <class T>
Tensor from_vector(const std::vector<T>& values, std::optional<Shape> shape) {
  CT_TRACE(Tensor, "from_vector", (), ct::from_vector<T>(values, shape));
  Shape s = shape.value_or(Shape{static_cast<int64_t>(values.size())});
  if (s.numel() != static_cast<int64_t>(values.size()))
    throw RuntimeError("from_vector: shape " + to_string(s) + " is invalid for " +
                       std::to_string(values.size()) + " values");
  Tensor t = make_empty(s, dtype_of<T>());
  if constexpr (std::is_same_v<T, bool>) {
    bool* p = static_cast<bool*>(t.raw_data_ptr());
    for (size_t i = 0; i < values.size(); ++i) p[i] = values[i];
  } else if (!values.empty()) {  // (memcpy from an empty vector's null data is undefined)
    std::memcpy(t.raw_data_ptr(), values.data(), values.size() * sizeof(T));
  }
  return t;
}
template Tensor from_vector<float>(const std::vector<float>&, std::optional<Shape>);
template Tensor from_vector<double>(const std::vector<double>&, std::optional<Shape>);
template Tensor from_vector<int64_t>(const std::vector<int64_t>&, std::optional<Shape>);
template Tensor from_vector<int32_t>(const std::vector<int32_t>&, std::optional<Shape>);
template Tensor from_vector<bool>(const std::vector<bool>&, std::optional<Shape>);

}  // namespace ct
