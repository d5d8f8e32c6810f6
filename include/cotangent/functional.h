// torch.autograd.functional for C++: vjp, jvp, jacobian, hessian, vhp, hvp.
// Python's cotangent.autograd.functional calls these same functions.
//
//   auto [out, g] = ct::vjp(f, x, v);                  // x: Tensor
//   auto [out, gs] = ct::vjp(f, std::tuple{a, b}, v);  // f(a, b); gs is a tuple
//   auto r = ct::vjp(f, std::vector<ct::Tensor>{a, b}, vs);  // f(vector)
//
// `inputs`, func's return value and `v` are each a ct::Tensor, a
// std::tuple<ct::Tensor...> (PyTorch's tuple) or a std::vector<ct::Tensor>
// (a tuple whose length is known at run time). Semantics, order of checks
// and error texts follow torch.autograd.functional (docs/semantics.md).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "cotangent/autograd.h"
#include "cotangent/io.h"
#include "cotangent/tensor.h"

namespace ct {

enum class Strategy { ReverseMode, ForwardMode };

// The `v` argument: a Tensor, a tuple or vector of Tensors, or nothing
// (std::nullopt, {} or an undefined Tensor: PyTorch's None).
class VArg {
 public:
  VArg() = default;
  VArg(std::nullopt_t) {}
  VArg(const Tensor& t) {
    if (t.defined()) {
      items_.push_back(t);
      kind_ = Kind::Single;
    }
  }
  VArg(std::vector<Tensor> ts) : items_(std::move(ts)), kind_(Kind::Sequence) {}
  // For language bindings: entry i is undefined where the caller passed
  // something that is not a Tensor, and type_names[i] then says what it was
  // (Python's "<class 'int'>"), so that E4 names the caller's type.
  VArg(std::vector<Tensor> ts, bool is_sequence, std::vector<std::string> type_names)
      : items_(std::move(ts)),
        type_names_(std::move(type_names)),
        kind_(is_sequence ? Kind::Sequence : Kind::Single) {}
  VArg(std::initializer_list<Tensor> ts) : items_(ts), kind_(Kind::Sequence) {}
  template <class... Ts,
            std::enable_if_t<(std::is_same_v<std::decay_t<Ts>, Tensor> && ...), int> = 0>
  VArg(const std::tuple<Ts...>& t) : kind_(Kind::Sequence) {
    std::apply([&](const auto&... e) { (items_.push_back(e), ...); }, t);
  }

  bool is_none() const { return kind_ == Kind::None; }
  bool is_sequence() const { return kind_ == Kind::Sequence; }
  const std::vector<Tensor>& items() const { return items_; }
  const std::vector<std::string>& type_names() const { return type_names_; }

 private:
  enum class Kind { None, Single, Sequence };
  std::vector<Tensor> items_;
  std::vector<std::string> type_names_;
  Kind kind_ = Kind::None;
};

template <class Out, class In>
struct VjpResult {
  Out output;
  In vjp;
};

// Prints like Python prints the (func_output, vjp) tuple.
template <class Out, class In>
std::ostream& operator<<(std::ostream& os, const VjpResult<Out, In>& r) {
  return os << "(" << r.output << ", " << r.vjp << ")";
}

namespace detail {

template <class T>
struct Structure {
  static constexpr bool valid = false;
};

// Each kind knows how to flatten to a list, rebuild from one, and nest
// another structure inside itself (Nest<E>: a Jacobian's [output][input]).
template <>
struct Structure<Tensor> {
  static constexpr bool valid = true;
  static constexpr bool is_tuple = false;
  static std::vector<Tensor> to_list(const Tensor& t) { return {t}; }
  static Tensor from_list(std::vector<Tensor>&& l, const Tensor&) { return std::move(l.at(0)); }
  template <class E>
  using Nest = E;
  template <class E>
  static E nest(std::vector<E>&& items) {
    return std::move(items.at(0));
  }
};

template <>
struct Structure<std::vector<Tensor>> {
  static constexpr bool valid = true;
  static constexpr bool is_tuple = true;
  static std::vector<Tensor> to_list(const std::vector<Tensor>& t) { return t; }
  static std::vector<Tensor> from_list(std::vector<Tensor>&& l, const std::vector<Tensor>&) {
    return std::move(l);
  }
  template <class E>
  using Nest = std::vector<E>;
  template <class E>
  static std::vector<E> nest(std::vector<E>&& items) {
    return std::move(items);
  }
};

template <class... Ts>
struct Structure<std::tuple<Ts...>> {
  static constexpr bool valid = (std::is_same_v<std::decay_t<Ts>, Tensor> && ...);
  static constexpr bool is_tuple = true;
  using Plain = std::tuple<std::decay_t<Ts>...>;
  static std::vector<Tensor> to_list(const std::tuple<Ts...>& t) {
    return std::apply([](const auto&... e) { return std::vector<Tensor>{e...}; }, t);
  }
  static Plain from_list(std::vector<Tensor>&& l, const std::tuple<Ts...>&) {
    return from_list_impl(std::move(l), std::index_sequence_for<Ts...>{});
  }
  template <size_t... I>
  static Plain from_list_impl(std::vector<Tensor>&& l, std::index_sequence<I...>) {
    return Plain{std::move(l.at(I))...};
  }
  template <class E, class>
  using Repeat = E;
  template <class E>
  using Nest = std::tuple<Repeat<E, Ts>...>;
  template <class E>
  static Nest<E> nest(std::vector<E>&& items) {
    return nest_impl(std::move(items), std::index_sequence_for<Ts...>{});
  }
  template <class E, size_t... I>
  static Nest<E> nest_impl(std::vector<E>&& items, std::index_sequence<I...>) {
    return Nest<E>{std::move(items.at(I))...};
  }
};

template <class T>
using StructureOf = Structure<std::decay_t<T>>;

// Calls func with the inputs laid out as the user gave them: f(x),
// f(a, b, ...) for a tuple (like Python's func(*inputs)), f(vector).
template <class F, class In>
decltype(auto) call(F& func, const In& inputs) {
  if constexpr (std::is_same_v<std::decay_t<In>, Tensor> ||
                std::is_same_v<std::decay_t<In>, std::vector<Tensor>>)
    return func(inputs);
  else
    return std::apply(func, inputs);
}

template <class F, class In>
using call_result_t = std::decay_t<decltype(call(std::declval<F&>(), std::declval<const In&>()))>;

// A "Tensor or tuple of Tensors" argument (inputs, or func's return value)
// as a list. is_tuple is PyTorch's tuple-ness. type_names serves language
// bindings: where tensors[i] is undefined because the caller's entry is not
// a Tensor, type_names[i] is that entry's type as text ("<class 'int'>");
// C++ callers leave it empty, an undefined Tensor being Python's None.
struct TensorArgs {
  std::vector<Tensor> tensors;
  bool is_tuple = false;
  std::vector<std::string> type_names;
};

// Non-template steps of the algorithm (src/functional/functional.cpp).
void check_tensors(const std::vector<Tensor>& ts, bool was_tuple, const char* arg_name,
                   const char* fn_name, const std::vector<std::string>& type_names = {});
std::vector<Tensor> grad_preprocess(const std::vector<Tensor>& ts, bool create_graph,
                                    bool need_graph);

struct VjpLists {
  std::vector<Tensor> outputs;
  std::vector<Tensor> vjp;
  bool outputs_were_tuple = false;  // func's result, as the user returned it
};

// func as seen by the list-based algorithms: inputs in, outputs out.
using ListFunc = std::function<TensorArgs(const std::vector<Tensor>&)>;
using Matrix = std::vector<std::vector<Tensor>>;  // [output][input]

// The whole of each transform, bindings included (python/src/autograd.cpp
// calls these with a Python callable). `inputs` is checked here, in torch's
// order of checks.
VjpLists vjp_impl(const ListFunc& f, TensorArgs inputs, const VArg& v, bool create_graph,
                  bool strict);
VjpLists jvp_impl(const ListFunc& f, TensorArgs inputs, const VArg& v, bool create_graph,
                  bool strict);
// outputs_were_tuple (when given) receives the tuple-ness of func's result.
Matrix jacobian_impl(const ListFunc& f, TensorArgs inputs, bool create_graph, bool strict,
                     bool vectorize, Strategy strategy, bool* outputs_were_tuple = nullptr);
Matrix hessian_impl(const ListFunc& f, TensorArgs inputs, bool create_graph, bool strict,
                    bool vectorize, Strategy strategy);
VjpLists vhp_impl(const ListFunc& f, TensorArgs inputs, const VArg& v, bool create_graph,
                  bool strict, bool hvp);

template <class F, class In>
ListFunc as_list_func(F& func, const In& inputs) {
  using Out = call_result_t<F, In>;
  return [&func, &inputs](const std::vector<Tensor>& l) {
    std::vector<Tensor> copy = l;
    Out o = call(func, StructureOf<In>::from_list(std::move(copy), inputs));
    return TensorArgs{Structure<Out>::to_list(o), Structure<Out>::is_tuple, {}};
  };
}

template <class In>
TensorArgs as_args(const In& inputs) {
  return TensorArgs{StructureOf<In>::to_list(inputs), StructureOf<In>::is_tuple, {}};
}

template <class In, class Out>
constexpr bool check_kinds() {
  static_assert(StructureOf<In>::valid,
                "ct: inputs must be a ct::Tensor, a std::tuple<ct::Tensor...> or a "
                "std::vector<ct::Tensor>");
  static_assert(Structure<Out>::valid,
                "ct: func must return a ct::Tensor, a std::tuple<ct::Tensor...> or a "
                "std::vector<ct::Tensor>");
  return StructureOf<In>::valid && Structure<Out>::valid;
}

}  // namespace detail

// torch.autograd.functional.vjp: returns {output, vjp}. `output` has the
// structure of func's result and `vjp` the structure of `inputs`.
template <class F, class In>
auto vjp(F&& func, const In& inputs, VArg v = {}, bool create_graph = false, bool strict = false) {
  using InS = detail::StructureOf<In>;
  static_assert(InS::valid,
                "ct::vjp: inputs must be a ct::Tensor, a std::tuple<ct::Tensor...> or a "
                "std::vector<ct::Tensor>");
  using Out = detail::call_result_t<F, In>;
  using OutS = detail::Structure<Out>;
  static_assert(OutS::valid,
                "ct::vjp: func must return a ct::Tensor, a std::tuple<ct::Tensor...> or a "
                "std::vector<ct::Tensor>");
  if constexpr (InS::valid && OutS::valid) {
    detail::VjpLists r = detail::vjp_impl(detail::as_list_func(func, inputs),
                                          detail::as_args(inputs), v, create_graph, strict);
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    Out shape_ref{};
    return VjpResult<Out, InPlain>{OutS::from_list(std::move(r.outputs), shape_ref),
                                   InS::from_list(std::move(r.vjp), inputs)};
  }
}

template <class Out>
struct JvpResult {
  Out output;
  Out jvp;
};
template <class Out, class In>
struct VhpResult {
  Out output;
  In vhp;
};
template <class Out, class In>
struct HvpResult {
  Out output;
  In hvp;
};

// torch.autograd.functional.jvp: {output, J v}, both with the structure of
// func's output; v has the structure of the inputs. func runs once on dual
// inputs (native forward mode); with strict or create_graph, inside an
// active dual level, or through a custom Function without a jvp, it is
// PyTorch's double backward trick instead, whose rules and errors those
// cases are defined by.
template <class F, class In>
auto jvp(F&& func, const In& inputs, VArg v = {}, bool create_graph = false, bool strict = false) {
  using Out = detail::call_result_t<F, In>;
  if constexpr (detail::check_kinds<In, Out>()) {
    using OutS = detail::Structure<Out>;
    detail::VjpLists r = detail::jvp_impl(detail::as_list_func(func, inputs),
                                          detail::as_args(inputs), v, create_graph, strict);
    Out shape_ref{};
    return JvpResult<Out>{OutS::from_list(std::move(r.outputs), shape_ref),
                          OutS::from_list(std::move(r.vjp), shape_ref)};
  }
}

// torch.autograd.functional.jacobian. The result nests the input structure
// inside the output structure: a Tensor for Tensor -> Tensor, a tuple of
// tuples (J[i][j] = d out_i / d in_j) for tuple -> tuple.
template <class F, class In>
auto jacobian(F&& func, const In& inputs, bool create_graph = false, bool strict = false,
              bool vectorize = false, Strategy strategy = Strategy::ReverseMode) {
  using Out = detail::call_result_t<F, In>;
  if constexpr (detail::check_kinds<In, Out>()) {
    using InS = detail::StructureOf<In>;
    using OutS = detail::Structure<Out>;
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    detail::Matrix m =
        detail::jacobian_impl(detail::as_list_func(func, inputs), detail::as_args(inputs),
                              create_graph, strict, vectorize, strategy);
    std::vector<InPlain> rows;
    for (auto& row : m) rows.push_back(InS::from_list(std::move(row), inputs));
    return OutS::template nest<InPlain>(std::move(rows));
  }
}

// torch.autograd.functional.hessian: func returns one element; the result
// nests the input structure inside itself (H[i][j] = d2 f / d in_i d in_j).
template <class F, class In>
auto hessian(F&& func, const In& inputs, bool create_graph = false, bool strict = false,
             bool vectorize = false, Strategy outer_jacobian_strategy = Strategy::ReverseMode) {
  using Out = detail::call_result_t<F, In>;
  if constexpr (detail::check_kinds<In, Out>()) {
    using InS = detail::StructureOf<In>;
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    detail::Matrix m =
        detail::hessian_impl(detail::as_list_func(func, inputs), detail::as_args(inputs),
                             create_graph, strict, vectorize, outer_jacobian_strategy);
    std::vector<InPlain> rows;
    for (auto& row : m) rows.push_back(InS::from_list(std::move(row), inputs));
    return detail::Structure<InPlain>::template nest<InPlain>(std::move(rows));
  }
}

namespace detail {
// vhp and hvp share every step but the last (see vhp_impl).
template <template <class, class> class Result, class F, class In>
auto second_order(F& func, const In& inputs, const VArg& v, bool create_graph, bool strict,
                  bool hvp) {
  using Out = call_result_t<F, In>;
  if constexpr (check_kinds<In, Out>()) {
    using InS = StructureOf<In>;
    using OutS = Structure<Out>;
    using InPlain = std::decay_t<decltype(InS::from_list(std::vector<Tensor>{}, inputs))>;
    VjpLists r =
        vhp_impl(as_list_func(func, inputs), as_args(inputs), v, create_graph, strict, hvp);
    Out shape_ref{};
    return Result<Out, InPlain>{OutS::from_list(std::move(r.outputs), shape_ref),
                                InS::from_list(std::move(r.vjp), inputs)};
  }
}
}  // namespace detail

// torch.autograd.functional.vhp: {output, v^T H} for a func returning one element.
template <class F, class In>
auto vhp(F&& func, const In& inputs, VArg v = {}, bool create_graph = false, bool strict = false) {
  return detail::second_order<VhpResult>(func, inputs, v, create_graph, strict, /*hvp=*/false);
}

// torch.autograd.functional.hvp: {output, H v} for a func returning one element.
template <class F, class In>
auto hvp(F&& func, const In& inputs, VArg v = {}, bool create_graph = false, bool strict = false) {
  return detail::second_order<HvpResult>(func, inputs, v, create_graph, strict, /*hvp=*/true);
}

}  // namespace ct
