// Internal: the hook through which primitive ops are recorded into a trace
// (src/trace/). The core only holds the thread's recorder; ops call it
// through CT_TRACE (below); the trace layer implements it.
#pragma once
#include <functional>
#include <tuple>
#include <utility>
#include <vector>

#include "cotangent/tensor.h"

namespace ct::detail {

using TensorVec = std::vector<Tensor>;
// Tuple results for CT_TRACE (a macro argument cannot hold a bare comma).
using TensorPair = std::tuple<Tensor, Tensor>;
using TensorTriple = std::tuple<Tensor, Tensor, Tensor>;
// One primitive call with its non-tensor arguments bound: tensors in, tensors out.
using PrimitiveCall = std::function<TensorVec(const TensorVec&)>;

// What a fused kernel needs to know of an elementwise primitive on float
// tensors of one dtype (ct::compile chains such ops in one pass over their
// output, src/compile/): out = f(x), out = x op alpha*y, or out = x op s
// (s op x when scalar_first), each element computed as the eager kernel
// computes it; or a sum over trailing dims that ends such a chain.
struct ElementwiseInfo {
  // Sum: the sum of its input over the last `reduced` dims (a fused kernel
  // ends with it, accumulating each row in double as it walks the input).
  // Where: where(cond, a, b), or with a number for a (scalar_first) or b
  // when it has two inputs. Cast: between bool and a float dtype.
  // Comparisons (Binary and Scalar with Lt...Ne) give bool; a fused kernel
  // keeps bools as 0 and 1 in its float dtype.
  enum class Kind : uint8_t { Unary, Binary, Scalar, Sum, Where, Cast };
  enum class Op : uint8_t { Add, Sub, Mul, Div, Pow, Lt, Le, Gt, Ge, Eq, Ne };
  Kind kind = Kind::Unary;
  void (*block_f32)(const float*, float*, int64_t) = nullptr;  // Unary
  void (*block_f64)(const double*, double*, int64_t) = nullptr;
  Op op = Op::Add;    // Binary, Scalar
  double alpha = 1;   // Binary add and sub: x op alpha*y
  double scalar = 0;  // Scalar, Where
  bool scalar_first = false;
  int64_t reduced = 0;  // Sum
  bool is_comparison() const {
    return op >= Op::Lt && (kind == Kind::Binary || kind == Kind::Scalar);
  }
  bool operator==(const ElementwiseInfo&) const = default;
};

// How an op runs on a batch of examples (vmap, src/func/): `in` holds the
// op's tensor inputs, each batched one with its batch dim moved in front
// (size `size`), the others as given. A rule returns every output with its
// batch dim in front. Rules are written where the op is defined
// (CT_TRACE_BATCHED); elementwise ops need none.
struct BatchedArgs {
  TensorVec in;
  std::vector<bool> batched;
  std::vector<int64_t> ranks;  // each input's logical (per-example) rank
  int64_t size = 0;
  // Logical dim `d` of input `i` as a dim of in[i] (wrapped by the logical
  // rank, with PyTorch's IndexError when out of range).
  int64_t dim(int64_t d, size_t i = 0) const;
  Shape dims(const Shape& ds, size_t i = 0) const;
  // dims(ds), or every logical dim of input i when ds is empty (an empty
  // dim list means all dims to most reductions).
  Shape dims_or_all(const Shape& ds, size_t i = 0) const;
  // in[i] with a batch dim in front (an expanded view when unbatched).
  Tensor batched_input(size_t i) const;
  // The inputs lined up for broadcasting: each batched one gets size-1
  // dims after its batch dim up to the largest logical rank.
  TensorVec aligned() const;
};
// A rule may return no outputs for inputs it does not handle (vmap then
// runs the op once per example, which also raises the op's own errors),
// or no_rule() where there is no batched form yet (the same loop, with
// the fallback's warning).
using BatchedCall = std::function<TensorVec(const BatchedArgs&)>;
inline TensorVec no_rule() { return {Tensor()}; }
// The rule of an op that works elementwise with broadcasting: vmap lines
// the batch dims up in front and calls the op itself (CT_TRACE_BROADCASTING;
// CT_TRACE_ELEMENTWISE's ops have it implicitly).
extern const BatchedCall kBroadcastingRule;

class Recorder {
 public:
  virtual ~Recorder() = default;
  // Runs `fn` on `inputs` now (with this recorder suspended, so the ops
  // inside the primitive are not recorded again) and notes the call.
  // `elementwise` describes a fusible elementwise primitive (else null).
  // `batched`: the op's batching rule, when it has one (BatchedArgs).
  virtual TensorVec call(const char* op, const TensorVec& inputs, const PrimitiveCall& fn,
                         const ElementwiseInfo* elementwise, const BatchedCall* batched) = 0;
  // A tensor was made while recording but outside any primitive: an op
  // that cannot be recorded ran, and replaying without it would be wrong.
  virtual void untraced_tensor() = 0;
  // Code outside the primitives read a tensor's values (`what`: item(),
  // printing...): a replay would not read them again.
  virtual void value_read(const char* what) = 0;
  // A primitive whose output shape depends on its inputs' values
  // (masked_select) is about to be recorded.
  virtual void data_dependent_shape(const char* op) = 0;
};

// This thread's recorder while it records and no primitive runs; null
// otherwise (one thread-local load on every op's eager path).
Recorder* active_recorder() noexcept;
// Replaces it and returns the previous one.
Recorder* set_active_recorder(Recorder* r) noexcept;

inline void note_value_read(const char* what) {
  if (Recorder* r = active_recorder()) r->value_read(what);
}
inline void note_data_dependent_shape(const char* op) {
  if (Recorder* r = active_recorder()) r->data_dependent_shape(op);
}

// Counts this thread's uses of the random generator: a recorded step that
// drew numbers is not pure (dropping it would shift eager mode's stream).
void note_generator_use() noexcept;
uint64_t generator_uses() noexcept;

// While a recorded primitive runs on this thread: the recording's serial
// (never 0), else 0. Tensors made then carry it (Storage::made_in_recording).
uint64_t primitive_recording_serial() noexcept;
uint64_t set_primitive_recording_serial(uint64_t serial) noexcept;

// Makes `r` this thread's recorder for a scope (nullptr: suspends
// recording, for a primitive's own inner ops) and restores the previous one.
class RecorderScope {
 public:
  explicit RecorderScope(Recorder* r) : saved_(set_active_recorder(r)) {}
  ~RecorderScope() { set_active_recorder(saved_); }
  RecorderScope(const RecorderScope&) = delete;
  RecorderScope& operator=(const RecorderScope&) = delete;

 private:
  Recorder* saved_;
};

}  // namespace ct::detail

// How an op presents itself as a primitive to the interpreters other than
// eager evaluation. An op's first line is
//
//   CT_TRACE(Tensor, "sum", (x), ct::sum(in[0], dims, keepdim));
//
// which does nothing (one thread-local load) unless a trace records on this
// thread; then the call, with its non-tensor arguments bound by value and its
// tensor arguments taken from `in`, is run and recorded for replay. Every
// tensor argument must be in the input list (an optional one as an undefined
// Tensor), never captured, or a replay would reuse the recorded value.
// These only need core types, so the core's own primitives (factories) use
// them as well as src/ops.

namespace ct::detail {

inline TensorVec as_list(Tensor t) { return {std::move(t)}; }
inline TensorVec as_list(TensorVec v) { return v; }
template <class... T>
TensorVec as_list(std::tuple<T...> t) {
  return std::apply([](auto&... x) { return TensorVec{x...}; }, t);
}

template <class R>
struct FromList;
template <>
struct FromList<Tensor> {
  static Tensor get(TensorVec& v) { return std::move(v.at(0)); }
};
template <>
struct FromList<TensorVec> {
  static TensorVec get(TensorVec& v) { return std::move(v); }
};
template <class... T>
struct FromList<std::tuple<T...>> {
  static std::tuple<T...> get(TensorVec& v) {
    return get_tuple(v, std::index_sequence_for<T...>{});
  }
  template <size_t... I>
  static std::tuple<T...> get_tuple(TensorVec& v, std::index_sequence<I...>) {
    return std::tuple<T...>{std::move(v.at(I))...};
  }
};

template <class R, class F>
R traced_call(Recorder* rec, const char* op, const TensorVec& inputs, F f,
              const ElementwiseInfo* elementwise = nullptr, const BatchedCall* batched = nullptr) {
  TensorVec out = rec->call(
      op, inputs, [f](const TensorVec& in) { return as_list(f(in)); }, elementwise, batched);
  return FromList<R>::get(out);
}

}  // namespace ct::detail

#define CT_UNPAREN(...) __VA_ARGS__

// Records a primitive that returns RET (Tensor, std::vector<Tensor> or an
// alias of a tuple of Tensors) when a trace is recording. INPUTS is a
// parenthesised list of the op's tensor arguments; the call (the rest)
// reads them from `in`.
#define CT_TRACE(RET, OP, INPUTS, ...)                                        \
  if (::ct::detail::Recorder* ct_recorder_ = ::ct::detail::active_recorder()) \
  return ::ct::detail::traced_call<RET>(                                      \
      ct_recorder_, OP, ::ct::detail::TensorVec{CT_UNPAREN INPUTS},           \
      [=](const ::ct::detail::TensorVec& in) -> RET { return __VA_ARGS__; })

// CT_TRACE with a batching rule: RULE is a parenthesised expression over
// `b` (a BatchedArgs) giving the outputs with the batch dim in front, e.g.
//
//   CT_TRACE_BATCHED((ct::sum(b.in[0], b.dims(dims), keepdim)),
//                    Tensor, "sum", (x), ct::sum(in[0], dims, keepdim));
#define CT_TRACE_BATCHED(RULE, RET, OP, INPUTS, ...)                                    \
  if (::ct::detail::Recorder* ct_recorder_ = ::ct::detail::active_recorder()) {         \
    const ::ct::detail::BatchedCall ct_rule_ =                                          \
        [=](const ::ct::detail::BatchedArgs& b) -> ::ct::detail::TensorVec {            \
      return ::ct::detail::as_list(CT_UNPAREN RULE);                                    \
    };                                                                                  \
    return ::ct::detail::traced_call<RET>(                                              \
        ct_recorder_, OP, ::ct::detail::TensorVec{CT_UNPAREN INPUTS},                   \
        [=](const ::ct::detail::TensorVec& in) -> RET { return __VA_ARGS__; }, nullptr, \
        &ct_rule_);                                                                     \
  }

// CT_TRACE for an op that is elementwise with broadcasting but not fusible
// (its batching rule is kBroadcastingRule).
#define CT_TRACE_BROADCASTING(RET, OP, INPUTS, ...)                                   \
  if (::ct::detail::Recorder* ct_recorder_ = ::ct::detail::active_recorder())         \
  return ::ct::detail::traced_call<RET>(                                              \
      ct_recorder_, OP, ::ct::detail::TensorVec{CT_UNPAREN INPUTS},                   \
      [=](const ::ct::detail::TensorVec& in) -> RET { return __VA_ARGS__; }, nullptr, \
      &::ct::detail::kBroadcastingRule)

// CT_TRACE for an elementwise primitive that a fused kernel can run: INFO
// is an ElementwiseInfo expression (made only while recording).
#define CT_TRACE_ELEMENTWISE(INFO, RET, OP, INPUTS, ...)                                   \
  if (::ct::detail::Recorder* ct_recorder_ = ::ct::detail::active_recorder()) {            \
    const ::ct::detail::ElementwiseInfo ct_info_ = INFO;                                   \
    return ::ct::detail::traced_call<RET>(                                                 \
        ct_recorder_, OP, ::ct::detail::TensorVec{CT_UNPAREN INPUTS},                      \
        [=](const ::ct::detail::TensorVec& in) -> RET { return __VA_ARGS__; }, &ct_info_); \
  }

// The same for an in-place op returning SELF by reference: the statement
// (the rest) mutates `self_in`, the tensor standing for SELF (in[0]).
#define CT_TRACE_INPLACE(SELF, OP, INPUTS, ...)                                          \
  if (::ct::detail::Recorder* ct_recorder_ = ::ct::detail::active_recorder()) {          \
    ::ct::detail::traced_call<Tensor>(ct_recorder_, OP,                                  \
                                      ::ct::detail::TensorVec{CT_UNPAREN INPUTS},        \
                                      [=](const ::ct::detail::TensorVec& in) -> Tensor { \
                                        Tensor self_in = in[0];                          \
                                        __VA_ARGS__;                                     \
                                        return self_in;                                  \
                                      });                                                \
    return SELF;                                                                         \
  }
