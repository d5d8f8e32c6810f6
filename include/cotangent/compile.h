// ct::compile: record a function once per signature, replay it later.
//
//   auto f = ct::compile([](const ct::Tensor& x, const ct::Tensor& w) {
//     return (x.matmul(w)).tanh().sum();
//   });
//   ct::Tensor y = f(x, w);  // first call with these shapes: runs and records
//   ct::Tensor z = f(x2, w); // same signature: replays the recorded ops
//
// The result has f's signature: each argument a ct::Tensor or a
// std::vector<ct::Tensor>; f returns a ct::Tensor, a std::tuple of them or a
// std::vector. A signature is what a replay depends on: the arguments'
// layout (vector lengths), each tensor's shape, dtype, requires_grad and
// whether it carries a forward-mode tangent, and grad mode. A new signature
// records again (ct::trace); a compiled function keeps the last
// CompileOptions::max_signatures of them.
//
// A replay runs the recorded primitive ops (every op of docs/ops.md is one,
// or is built from them) without f's own C++ code, so f's control flow is
// decided by the inputs it was recorded with, as with JAX's jit. It composes
// with every transform both ways: ct::vjp(compiled, x, v) and
// ct::hessian(compiled, x) differentiate a replay (with inputs that require
// grad it records one node, CompiledFunctionBackward, whose backward is the
// recording's vjp, compiled in turn, so create_graph gives higher orders), and
// ct::compile([&](x) { return ct::vjp(f, x, v); }) records the backward
// formulas, which are ops, with the forward. Tensors f captures (weights)
// are read at every replay, with their current values.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "cotangent/functional.h"
#include "cotangent/tensor.h"
#include "cotangent/trace.h"

namespace ct {

struct CompileOptions {
  // Signatures (recordings) kept; the least recently used is dropped.
  size_t max_signatures = 8;
  // Print a line to stderr whenever a new signature is recorded.
  bool log_recording = false;
  // Fuse runs of elementwise ops into single kernels in replays that need
  // no gradient (false: replay the recorded ops one by one).
  bool fuse = true;
  // Allow ops whose output shape depends on values (masked_select,
  // repeat_interleave without output_size); their recordings replay op by
  // op, unfused. Off: such an op raises ct::RuntimeError while recording.
  bool dynamic_shapes = false;
};

namespace detail {

// The non-template part: the cache of recordings by signature, shared by the
// copies of one compiled function and safe to call from many threads.
class CompiledCore {
 public:
  using Flat = std::function<std::vector<Tensor>(const std::vector<Tensor>&)>;
  explicit CompiledCore(CompileOptions options);
  ~CompiledCore();
  // Replays the recording for this signature, or records `f` on `inputs`
  // (f is only called then). `layout` is the arguments' structure: -1 for a
  // Tensor, n for a vector of n. `annotation`, when given, is kept with a
  // new recording (f may set it while it runs: a binding keeps the result's
  // structure there) and handed back by the replays.
  std::vector<Tensor> call(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
                           const Flat& f, std::shared_ptr<const void>* annotation = nullptr);
  // call() when these inputs' signature is recorded already (and no other
  // recording is under way): the replay's results; std::nullopt otherwise,
  // without running anything (so a caller makes f only when it is needed).
  std::optional<std::vector<Tensor>> replay(const std::vector<Tensor>& inputs,
                                            const std::vector<int64_t>& layout,
                                            std::shared_ptr<const void>* annotation = nullptr);
  // The recording that call() would replay for these inputs (made if needed).
  Trace trace_for(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
                  const Flat& f);
  // The optimised graph a replay of these inputs runs, in Graphviz's dot
  // (fused kernels as clusters).
  std::string optimized_dot(const std::vector<Tensor>& inputs, const std::vector<int64_t>& layout,
                            const Flat& f);
  size_t num_recordings() const;  // signatures recorded so far, dropped ones included
  size_t num_cached() const;      // signatures kept now

 private:
  struct State;
  std::unique_ptr<State> state_;
};

inline void flatten_argument(const Tensor& t, std::vector<Tensor>& flat,
                             std::vector<int64_t>& layout) {
  flat.push_back(t);
  layout.push_back(-1);
}
inline void flatten_argument(const std::vector<Tensor>& v, std::vector<Tensor>& flat,
                             std::vector<int64_t>& layout) {
  flat.insert(flat.end(), v.begin(), v.end());
  layout.push_back(static_cast<int64_t>(v.size()));
}

}  // namespace detail

// The callable ct::compile returns (copies share one cache).
template <class F>
class Compiled {
 public:
  Compiled(F f, CompileOptions options)
      : f_(std::make_shared<F>(std::move(f))),
        core_(std::make_shared<detail::CompiledCore>(options)) {}

  template <class... Args>
  auto operator()(const Args&... args) const {
    using R = std::decay_t<std::invoke_result_t<F&, const Args&...>>;
    static_assert(detail::Structure<R>::valid,
                  "ct::compile: f must return a ct::Tensor, a std::tuple<ct::Tensor...> or a "
                  "std::vector<ct::Tensor>");
    std::vector<Tensor> flat;
    std::vector<int64_t> layout;
    (detail::flatten_argument(args, flat, layout), ...);
    // (a replay needs no f: it is made only to record)
    if (std::optional<std::vector<Tensor>> replayed = core_->replay(flat, layout))
      return detail::Structure<R>::from_list(std::move(*replayed), R{});
    std::vector<Tensor> out = core_->call(flat, layout, flat_function<R, Args...>(layout));
    return detail::Structure<R>::from_list(std::move(out), R{});
  }

  // The recording (ct::Trace) that a call with these arguments replays:
  // its ops, to_string(), to_dot().
  template <class... Args>
  Trace trace(const Args&... args) const {
    Call c = prepare(args...);
    return core_->trace_for(c.flat, c.layout, c.f);
  }

  // What a replay with these arguments runs, in Graphviz's dot language:
  // the recorded ops, with each fused kernel drawn as a cluster of the ops
  // it runs in one pass (render with `dot -Tsvg`).
  template <class... Args>
  std::string to_dot(const Args&... args) const {
    Call c = prepare(args...);
    return core_->optimized_dot(c.flat, c.layout, c.f);
  }

  size_t num_recordings() const { return core_->num_recordings(); }
  size_t num_cached() const { return core_->num_cached(); }

 private:
  // A call's tensors as one list, the arguments' layout, and f on such a list.
  struct Call {
    std::vector<Tensor> flat;
    std::vector<int64_t> layout;
    detail::CompiledCore::Flat f;
  };
  template <class... Args>
  Call prepare(const Args&... args) const {
    using R = std::decay_t<std::invoke_result_t<F&, const Args&...>>;
    Call c;
    (detail::flatten_argument(args, c.flat, c.layout), ...);
    c.f = flat_function<R, Args...>(c.layout);
    return c;
  }

  // f on the flat list, its arguments rebuilt in the caller's layout.
  template <class R, class... Args>
  detail::CompiledCore::Flat flat_function(const std::vector<int64_t>& layout) const {
    return [f = f_, layout](const std::vector<Tensor>& in) -> std::vector<Tensor> {
      size_t pos = 0, arg = 0;
      auto rebuild = [&](auto tag) {
        using A = typename decltype(tag)::type;
        if constexpr (std::is_same_v<A, Tensor>) {
          ++arg;
          return in.at(pos++);
        } else {
          const auto n = static_cast<size_t>(layout.at(arg++));
          A v(in.begin() + static_cast<std::ptrdiff_t>(pos),
              in.begin() + static_cast<std::ptrdiff_t>(pos + n));
          pos += n;
          return v;
        }
      };
      // braced initialisation runs left to right, as the layout is
      std::tuple<Args...> rebuilt{rebuild(std::type_identity<Args>{})...};
      R r = std::apply(*f, rebuilt);
      return detail::Structure<R>::to_list(r);
    };
  }

  std::shared_ptr<F> f_;
  std::shared_ptr<detail::CompiledCore> core_;
};

template <class F>
Compiled<std::decay_t<F>> compile(F&& f, CompileOptions options = {}) {
  return Compiled<std::decay_t<F>>(std::forward<F>(f), options);
}

}  // namespace ct
