// ct::Tensor: a reference-counted handle to a strided view of a storage,
// with PyTorch's autograd metadata. Copying a Tensor copies the handle.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "cotangent/device.h"
#include "cotangent/dtype.h"
#include "cotangent/elementwise_ops.h"
#include "cotangent/error.h"
#include "cotangent/shape.h"

namespace ct {

struct TensorImpl;
class Node;
class Tensor;

// What register_hook returns: remove() takes the hook away (idempotent).
class HookHandle {
 public:
  HookHandle() = default;
  explicit HookHandle(std::function<void()> remover) : remover_(std::move(remover)) {}
  void remove() {
    if (remover_) std::exchange(remover_, nullptr)();
  }

 private:
  std::function<void()> remover_;
};

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(std::shared_ptr<TensorImpl> impl) : impl_(std::move(impl)) {}

  bool defined() const { return impl_ != nullptr; }
  TensorImpl* impl() const { return impl_.get(); }
  const std::shared_ptr<TensorImpl>& impl_ptr() const { return impl_; }
  // True when both handles refer to the same tensor object (Python's `is`).
  bool is_same(const Tensor& o) const { return impl_ == o.impl_; }

  // ---- metadata
  const Shape& shape() const;
  const Shape& sizes() const { return shape(); }
  int64_t size(int64_t dim) const;
  const Shape& strides() const;
  int64_t stride(int64_t dim) const;
  int64_t storage_offset() const;
  int64_t dim() const;
  int64_t numel() const;
  DType dtype() const;
  bool is_floating_point() const { return ct::is_floating_point(dtype()); }
  bool is_contiguous() const;
  // True when both tensors view the same storage.
  bool shares_storage(const Tensor& o) const;

  // ---- element access (copies through the strides)
  template <class T>
  T item() const;
  template <class T>
  std::vector<T> to_vector() const;
  // Pointer to element 0 of this view; T must match dtype().
  template <class T>
  T* data_ptr() const;
  void* raw_data_ptr() const;

  // ---- autograd
  bool requires_grad() const;
  Tensor& requires_grad_(bool requires_grad = true);
  Tensor& set_requires_grad(bool r) { return requires_grad_(r); }
  bool is_leaf() const;
  Tensor grad() const;
  void set_grad(const Tensor& g) const;
  // PyTorch's node name, "" for a leaf or a tensor without a graph.
  std::string grad_fn_name() const;
  const std::shared_ptr<Node>& grad_fn() const;
  uint32_t output_nr() const;
  // Version counter shared by all views of a storage; in-place ops bump it.
  uint32_t _version() const;
  void backward(const Tensor& gradient = {}, std::optional<bool> retain_graph = std::nullopt,
                bool create_graph = false, const std::vector<Tensor>& inputs = {}) const;
  Tensor detach() const;
  Tensor& detach_();
  // A view op's result: the tensor whose storage it views (PyTorch's
  // _base: the root, never itself a view); undefined otherwise.
  bool is_view() const;
  Tensor _base() const;

  // A hook on this tensor's gradient (torch's Tensor.register_hook): called
  // with the gradient when it is computed; a defined return value replaces
  // it (same shape and dtype). Hooks run in registration order; a leaf's
  // run before its .grad is accumulated.
  template <class F>
  HookHandle register_hook(F&& hook) const {
    if constexpr (std::is_void_v<std::invoke_result_t<F, const Tensor&>>)
      return register_hook_fn(
          [h = std::forward<F>(hook)](const Tensor& g) {
            h(g);
            return Tensor();
          },
          "");
    else
      return register_hook_fn(std::function<Tensor(const Tensor&)>(std::forward<F>(hook)), "");
  }
  HookHandle register_hook_fn(std::function<Tensor(const Tensor&)> hook, std::string name) const;
  // Keeps the gradient of a non-leaf in .grad after backward (no-op on a
  // leaf that requires grad).
  void retain_grad() const;
  bool retains_grad() const;

  // ---- copies and conversions
  Tensor contiguous() const;
  Tensor clone() const;
  Tensor to(DType dtype) const;
  // The device (always the CPU), and LibTorch's moves between devices: to
  // the CPU they return this tensor; elsewhere torch's error for a build
  // without that device.
  Device device() const { return Device(kCPU); }
  Tensor to(const Device& device) const;
  Tensor to(const char* device) const { return to(Device(device)); }
  Tensor cpu() const { return *this; }
  Tensor to_float() const { return to(DType::Float32); }
  Tensor to_double() const { return to(DType::Float64); }

  // ---- views (share storage with *this)
  Tensor view(const Shape& shape) const;
  Tensor view_as(const Tensor& other) const { return view(other.shape()); }
  Tensor reshape(const Shape& shape) const;
  Tensor reshape_as(const Tensor& other) const { return reshape(other.shape()); }
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor transpose(int64_t dim0, int64_t dim1) const;
  Tensor t() const;
  Tensor permute(const Shape& dims) const;
  Tensor expand(const Shape& shape) const;
  Tensor expand_as(const Tensor& other) const { return expand(other.shape()); }
  Tensor unsqueeze(int64_t dim) const;
  Tensor squeeze() const;
  Tensor squeeze(int64_t dim) const;
  Tensor narrow(int64_t dim, int64_t start, int64_t length) const;
  Tensor slice(int64_t dim, std::optional<int64_t> start = std::nullopt,
               std::optional<int64_t> end = std::nullopt, int64_t step = 1) const;
  Tensor select(int64_t dim, int64_t index) const;
  Tensor operator[](int64_t index) const { return select(0, index); }
  Tensor mT() const;
  Tensor unflatten(int64_t dim, const Shape& sizes) const;
  Tensor broadcast_to(const Shape& shape) const { return expand(shape); }
  Tensor diagonal(int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1) const;
  Tensor index_select(int64_t dim, const Tensor& index) const;
  Tensor gather(int64_t dim, const Tensor& index) const;
  Tensor masked_fill(const Tensor& mask, const Scalar& value) const;
  Tensor repeat(const Shape& repeats) const;
  Tensor repeat_interleave(int64_t repeats, std::optional<int64_t> dim = std::nullopt,
                           std::optional<int64_t> output_size = std::nullopt) const;
  Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> dim = std::nullopt,
                           std::optional<int64_t> output_size = std::nullopt) const;
  Tensor flip(const Shape& dims) const;
  Tensor tril(int64_t diagonal = 0) const;
  Tensor triu(int64_t diagonal = 0) const;

  // ---- math (see ops.h for the free-function forms)
  Tensor neg() const;
  Tensor abs() const;
  Tensor sign() const;
  Tensor square() const;
  CT_UNARY_OPS(CT_DECLARE_UNARY_METHOD)  // sqrt(), exp(), ... (cotangent/elementwise_ops.h)
  Tensor relu() const;
  Tensor floor() const;
  Tensor ceil() const;
  Tensor round() const;
  Tensor trunc() const;
  Tensor round(int64_t decimals) const;
  Tensor lgamma() const;
  Tensor digamma() const;
  Tensor polygamma(int64_t n) const;
  Tensor mvlgamma(int64_t p) const;
  Tensor erfinv() const;
  Tensor i0() const;
  Tensor sinc() const;
  Tensor logit(std::optional<double> eps = std::nullopt) const;
  Tensor xlogy(const Tensor& other) const;
  Tensor clamp(std::optional<Scalar> min, std::optional<Scalar> max = std::nullopt) const;
  Tensor pow(const Scalar& exponent) const;
  Tensor pow(const Tensor& exponent) const;
  Tensor add(const Tensor& o) const;
  Tensor sub(const Tensor& o) const;
  Tensor mul(const Tensor& o) const;
  Tensor div(const Tensor& o) const;
  Tensor sum() const;
  Tensor sum(int64_t dim, bool keepdim = false) const;
  Tensor sum(const Shape& dims, bool keepdim = false) const;
  Tensor mean() const;
  Tensor mean(int64_t dim, bool keepdim = false) const;
  Tensor mean(const Shape& dims, bool keepdim = false) const;
  Tensor prod() const;
  Tensor prod(int64_t dim, bool keepdim = false) const;
  Tensor max() const;
  Tensor min() const;
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  Tensor amax(const Shape& dims = {}, bool keepdim = false) const;
  Tensor amin(const Shape& dims = {}, bool keepdim = false) const;
  Tensor argmax(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  Tensor argmin(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  Tensor var(const Shape& dims = {}, int64_t correction = 1, bool keepdim = false) const;
  Tensor std(const Shape& dims = {}, int64_t correction = 1, bool keepdim = false) const;
  Tensor norm(double p = 2, const Shape& dims = {}, bool keepdim = false) const;
  Tensor logsumexp(const Shape& dims, bool keepdim = false) const;
  Tensor cumsum(int64_t dim) const;
  Tensor cumprod(int64_t dim) const;
  Tensor all() const;
  Tensor any() const;
  Tensor matmul(const Tensor& o) const;
  Tensor mm(const Tensor& o) const;
  Tensor cross(const Tensor& o, std::optional<int64_t> dim = std::nullopt) const;
  // Softmax along dim (after a cast to dtype, when given), as LibTorch's.
  Tensor softmax(int64_t dim, std::optional<DType> dtype = std::nullopt) const;
  Tensor log_softmax(int64_t dim, std::optional<DType> dtype = std::nullopt) const;

  // ---- in-place (bump the version counter; history moves to the new value)
  Tensor& add_(const Tensor& o, const Scalar& alpha = 1);
  Tensor& add_(const Scalar& o);
  Tensor& sub_(const Tensor& o, const Scalar& alpha = 1);
  Tensor& sub_(const Scalar& o);
  Tensor& mul_(const Tensor& o);
  Tensor& mul_(const Scalar& o);
  Tensor& div_(const Tensor& o);
  Tensor& div_(const Scalar& o);
  Tensor& pow_(const Scalar& exponent);
  Tensor& neg_();
  Tensor& exp_();
  Tensor& log_();
  Tensor& sqrt_();
  Tensor& sin_();
  Tensor& cos_();
  Tensor& tanh_();
  Tensor& sigmoid_();
  Tensor& relu_();
  Tensor& abs_();
  Tensor& clamp_(std::optional<Scalar> min, std::optional<Scalar> max = std::nullopt);
  Tensor& masked_fill_(const Tensor& mask, const Scalar& value);
  Tensor& zero_();
  Tensor& fill_(const Scalar& value);
  Tensor& copy_(const Tensor& src);

 private:
  std::shared_ptr<TensorImpl> impl_;
};

// A nested initializer list of numbers, for ct::tensor({{1., 2.}, {3., 4.}}).
class NestedList {
 public:
  NestedList(double v) : value_(v), kind_(Scalar::Kind::Float), leaf_(true) {}
  NestedList(float v) : NestedList(static_cast<double>(v)) {}
  NestedList(int v) : NestedList(static_cast<long long>(v)) {}
  NestedList(long v) : NestedList(static_cast<long long>(v)) {}
  NestedList(long long v)
      : value_(static_cast<double>(v)), int_value_(v), kind_(Scalar::Kind::Int), leaf_(true) {}
  NestedList(bool v) : value_(v), int_value_(v), kind_(Scalar::Kind::Bool), leaf_(true) {}
  NestedList(std::initializer_list<NestedList> items) : children_(items), leaf_(false) {}

  bool is_leaf() const { return leaf_; }
  double value() const { return value_; }
  // The exact value of an integer leaf (a double cannot hold every int64).
  int64_t int_value() const { return int_value_; }
  Scalar::Kind kind() const { return kind_; }
  const std::vector<NestedList>& children() const { return children_; }

 private:
  double value_ = 0;
  int64_t int_value_ = 0;
  Scalar::Kind kind_ = Scalar::Kind::Float;
  std::vector<NestedList> children_;
  bool leaf_;
};

// ---- factories (float32 unless a dtype is given)
// The dtype defaults to what PyTorch infers: int64 for integers, bool for
// bools, float32 as soon as one float appears.
Tensor tensor(const NestedList& data, std::optional<DType> dtype = std::nullopt);
Tensor empty(const Shape& shape, DType dtype = float32);
// A contiguous tensor over memory the caller owns, without a copy
// (LibTorch's from_blob). `deleter(data)` runs when the last tensor or
// saved copy using the memory is gone; without one the caller keeps the
// memory alive for as long as any tensor uses it.
Tensor from_blob(void* data, const Shape& sizes, std::function<void(void*)> deleter,
                 DType dtype = float32);
Tensor from_blob(void* data, const Shape& sizes, DType dtype = float32);
Tensor zeros(const Shape& shape, DType dtype = float32);
Tensor ones(const Shape& shape, DType dtype = float32);
// The dtype follows the fill value as in PyTorch (int64 for an integer).
Tensor full(const Shape& shape, const Scalar& value, std::optional<DType> dtype = std::nullopt);
Tensor rand(const Shape& shape, DType dtype = float32);
Tensor randn(const Shape& shape, DType dtype = float32);
Tensor arange(const Scalar& end, std::optional<DType> dtype = std::nullopt);
Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step = 1,
              std::optional<DType> dtype = std::nullopt);
// `steps` values from start to end, evenly spaced (torch.linspace; float32
// unless dtype says otherwise, whatever start and end are).
Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps,
                std::optional<DType> dtype = std::nullopt);
// base ** linspace(start, end, steps) (torch.logspace).
Tensor logspace(const Scalar& start, const Scalar& end, int64_t steps, double base = 10.0,
                std::optional<DType> dtype = std::nullopt);
Tensor eye(int64_t n, std::optional<int64_t> m = std::nullopt, DType dtype = float32);
Tensor empty_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor zeros_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor ones_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor full_like(const Tensor& t, const Scalar& value, std::optional<DType> dtype = std::nullopt);
Tensor rand_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor randn_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
// A tensor shaped like `like`, with its dtype, of independent draws that are
// 1 with probability p (torch.bernoulli(input, p)); same stream as torch.
Tensor bernoulli(const Tensor& like, double p);
// Wraps a copy of `values` as a 1-D (or `shape`-shaped) tensor.
template <class T>
Tensor from_vector(const std::vector<T>& values, std::optional<Shape> shape = std::nullopt);

// Seeds the global generator (a Mersenne Twister, as PyTorch's CPU
// generator): ct::manual_seed(0); ct::rand({4}) gives torch's numbers.
void manual_seed(uint64_t seed);
// The global generator's state (torch.get_rng_state / set_rng_state):
// restoring it replays the same random numbers (checkpointing uses this).
struct RngState {
  std::string engine;  // the Mersenne Twister's state as text
  double cached_normal = 0;
  bool has_cached_normal = false;
};
RngState get_rng_state();
void set_rng_state(const RngState& state);

}  // namespace ct
