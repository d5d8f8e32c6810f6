// Custom differentiable functions, as LibTorch's torch::autograd::Function:
//
//   struct MulConstant : ct::autograd::Function<MulConstant> {
//     static ct::Tensor forward(ct::autograd::AutogradContext* ctx, ct::Tensor x, double c) {
//       ctx->saved_data["c"] = c;
//       return x * c;
//     }
//     static ct::autograd::tensor_list backward(ct::autograd::AutogradContext* ctx,
//                                               ct::autograd::tensor_list grads) {
//       return {grads[0] * ctx->saved_data["c"].toDouble(), ct::Tensor()};
//     }
//   };
//   ct::Tensor y = MulConstant::apply(x, 2.0);
//
// forward runs with grad mode off and returns a Tensor or a tensor_list;
// backward gets one gradient per output and returns one per forward
// argument (an undefined Tensor for arguments that are not tensors, or need
// no gradient). An optional static `jvp(ctx, tangents)` (one tangent per
// tensor argument, one result per output) gives forward mode; a
// `static constexpr bool once_differentiable = true` member runs backward
// without recording a graph, as Python's @once_differentiable.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "cotangent/tensor.h"

namespace ct::autograd {

using tensor_list = std::vector<Tensor>;
using variable_list = tensor_list;  // LibTorch's name

// A value kept in AutogradContext::saved_data (LibTorch keeps IValues).
class SavedValue {
 public:
  SavedValue() = default;
  SavedValue(double v) : v_(v) {}
  SavedValue(float v) : v_(static_cast<double>(v)) {}
  SavedValue(int v) : v_(static_cast<int64_t>(v)) {}
  SavedValue(int64_t v) : v_(v) {}
  SavedValue(bool v) : v_(v) {}
  SavedValue(Tensor v) : v_(std::move(v)) {}
  SavedValue(std::string v) : v_(std::move(v)) {}
  SavedValue(const char* v) : v_(std::string(v)) {}
  SavedValue(std::vector<int64_t> v) : v_(std::move(v)) {}

  double toDouble() const;  // also converts an int
  int64_t toInt() const;
  bool toBool() const;
  const Tensor& toTensor() const;
  const std::string& toStringRef() const;
  const std::vector<int64_t>& toIntVector() const;
  bool isNone() const { return v_.index() == 0; }

 private:
  std::variant<std::monostate, double, int64_t, bool, Tensor, std::string, std::vector<int64_t>> v_;
};

class CustomNode;

// What forward leaves for backward (LibTorch's AutogradContext, Python's ctx).
class AutogradContext {
 public:
  // Tensors backward will read back with saved_tensors(); modifying one in
  // place before backward gives PyTorch's version error. Undefined entries
  // come back undefined.
  void save_for_backward(tensor_list to_save);
  tensor_list get_saved_variables() const;
  tensor_list saved_tensors() const { return get_saved_variables(); }
  // Inputs forward modified in place (each must also be returned).
  void mark_dirty(const tensor_list& inputs);
  // Outputs that get no gradient (indices, masks).
  void mark_non_differentiable(const tensor_list& outputs);
  // false: gradients of outputs that received none arrive undefined
  // instead of as zeros.
  void set_materialize_grads(bool value) { materialize_grads_ = value; }
  // Whether forward argument `index` (counting every argument) needs a
  // gradient.
  bool needs_input_grad(size_t index) const;
  const std::vector<bool>& needs_input_grad() const { return needs_input_grad_; }

  std::map<std::string, SavedValue> saved_data;
  // Kept alive with the context for a language binding (Python's ctx object).
  std::shared_ptr<void> binding_state;

 private:
  friend class CustomNode;
  friend struct CustomFunctionRun;
  tensor_list to_save_;
  std::vector<const void*> dirty_;  // TensorImpl identities
  std::vector<const void*> non_differentiable_;
  std::vector<bool> needs_input_grad_;
  bool materialize_grads_ = true;
  bool saved_ = false;
  std::weak_ptr<CustomNode> node_;
};

// One argument of a custom function: a tensor (or undefined), or anything
// else (counted, but never given a gradient).
struct CustomArg {
  Tensor tensor;
  bool is_tensor = false;
};

// The language-neutral core that Function<X>::apply and the Python
// bindings share: runs forward, records the node, wires outputs, handles
// dirty and non-differentiable tensors, saved tensors and tangents.
struct CustomFunctionSpec {
  std::string name;  // the node's name, e.g. "MulConstantBackward"
  std::function<tensor_list(AutogradContext*)> forward;
  std::function<tensor_list(AutogradContext*, tensor_list)> backward;
  // Empty: forward mode raises PyTorch's "You must implement the jvp ..."
  std::function<tensor_list(AutogradContext*, tensor_list)> jvp;
  bool once_differentiable = false;
};
tensor_list run_custom_function(const CustomFunctionSpec& spec, const std::vector<CustomArg>& args);

namespace detail {
std::string custom_function_name(const char* mangled);

inline void collect_arg(std::vector<CustomArg>& out, const Tensor& t) { out.push_back({t, true}); }
inline void collect_arg(std::vector<CustomArg>& out, const tensor_list& ts) {
  for (const Tensor& t : ts) out.push_back({t, true});
}
template <class T>
void collect_arg(std::vector<CustomArg>& out, const T&) {
  out.push_back({Tensor(), false});
}

template <class X>
concept HasJvp = requires(AutogradContext* ctx, tensor_list t) {
  { X::jvp(ctx, t) } -> std::convertible_to<tensor_list>;
};
template <class X>
concept OnceDifferentiable = requires {
  requires X::once_differentiable;
};
}  // namespace detail

template <class X>
struct Function {
  template <class... Args>
  static auto apply(Args&&... args) {
    using Out = decltype(X::forward(std::declval<AutogradContext*>(), std::forward<Args>(args)...));
    static_assert(std::is_same_v<Out, Tensor> || std::is_same_v<Out, tensor_list>,
                  "forward must return a ct::Tensor or a ct::autograd::tensor_list");
    std::vector<CustomArg> collected;
    (detail::collect_arg(collected, args), ...);
    CustomFunctionSpec spec;
    spec.name = detail::custom_function_name(typeid(X).name());
    spec.forward = [&](AutogradContext* ctx) -> tensor_list {
      if constexpr (std::is_same_v<Out, Tensor>)
        return {X::forward(ctx, std::forward<Args>(args)...)};
      else
        return X::forward(ctx, std::forward<Args>(args)...);
    };
    spec.backward = [](AutogradContext* ctx, tensor_list grads) {
      return tensor_list(X::backward(ctx, std::move(grads)));
    };
    if constexpr (detail::HasJvp<X>)
      spec.jvp = [](AutogradContext* ctx, tensor_list t) {
        return tensor_list(X::jvp(ctx, std::move(t)));
      };
    spec.once_differentiable = detail::OnceDifferentiable<X>;
    tensor_list outs = run_custom_function(spec, collected);
    if constexpr (std::is_same_v<Out, Tensor>)
      return outs.at(0);
    else
      return outs;
  }
};

}  // namespace ct::autograd
