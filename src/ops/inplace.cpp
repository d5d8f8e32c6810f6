// In-place ops. Each computes the new value with the out-of-place op
// (recording its node when needed), writes it into self's storage, bumps the
// shared version counter, and moves self's history to the new node. Saved
// tensors from before the write then fail PyTorch's version check.
#include "core/recorder.h"
#include "ops/ops_common.h"

namespace ct {

namespace {
int category(DType t) { return t == DType::Bool ? 0 : is_integral(t) ? 1 : 2; }

// The old value when the op's derivative needs it after self is
// overwritten (PyTorch saves `original_self` the same way): whenever the op
// records, which is when self or another input needs grad.
template <class... Others>
Tensor original(const Tensor& self, const Others&... others) {
  return needs_grad(self, others...) ? clone(self) : self;
}
}  // namespace

void check_inplace(const Tensor& self) {
  if (!self.defined()) throw TypeError("in-place op on an undefined tensor");
  if (is_grad_enabled() && self.requires_grad()) {
    if (self.impl()->view_base)
      check_view_inplace(*self.impl());
    else if (self.is_leaf())
      throw RuntimeError(
          "a leaf Variable that requires grad is being used in an in-place operation.");
  }
  // A broadcast (stride 0) view would write several results to one element.
  for (int64_t d = 0; d < self.dim(); ++d)
    if (self.strides()[d] == 0 && self.shape()[d] > 1)
      throw RuntimeError(
          "unsupported operation: more than one element of the written-to tensor refers to a "
          "single "
          "memory location. Please clone() the tensor before performing the operation.");
}

Tensor& commit_inplace(Tensor& self, const Tensor& result, const char* op) {
  if (result.shape() != self.shape())
    throw RuntimeError("output with shape " + to_string(self.shape()) +
                       " doesn't match the broadcast shape " + to_string(result.shape()));
  if (category(result.dtype()) > category(self.dtype()))
    throw RuntimeError(std::string("result type ") + kind_name(result.dtype()) +
                       " can't be cast to the desired output type " + kind_name(self.dtype()));
  const bool track = result.requires_grad();
  const bool rebased = track && rebase_view_history(self, result);
  if (!rebased) {
    kernels::copy_into(self, result);
    self.impl()->storage->version.fetch_add(1);
  }
  if (uint64_t level = active_forward_level()) {
    // self now holds the result, so it takes the result's tangent, and so
    // does the part of its base that self is.
    Tensor t = tangent_at_level(*result.impl(), level);
    if (t.defined() && t.dtype() != self.dtype()) t = cast_nograd(t, self.dtype());
    if (t.defined() || tangent_at_level(*self.impl(), level).defined()) {
      set_tangent(*self.impl(), level, t);
      rebase_view_tangent(self, t, level);
    }
  }
  if (track && !rebased) {
    Tensor r = result.dtype() == self.dtype() ? result : result.to(self.dtype());
    TensorImpl* s = self.impl();
    clear_history(*s);
    AutogradMeta& m = ensure_autograd_meta(*s);
    m.grad_fn = r.grad_fn();
    m.output_nr = r.output_nr();
  }
  return self;
}

// TRACED: the op on `self_in` (standing for *this, in[0]) and the other
// tensor arguments from `in`, in the order of INPUTS, for a trace's replay.
#define CT_INPLACE(SIGNATURE, OP_NAME, INPUTS, TRACED, RESULT) \
  Tensor& Tensor::SIGNATURE {                                  \
    CT_TRACE_INPLACE(*this, OP_NAME, INPUTS, TRACED);          \
    check_inplace(*this);                                      \
    return commit_inplace(*this, RESULT, OP_NAME);             \
  }

// clang-format off
CT_INPLACE(add_(const Tensor& o, const Scalar& alpha), "add_", (*this, o), self_in.add_(in[1], alpha), ct::add(*this, o, alpha))
CT_INPLACE(add_(const Scalar& o), "add_", (*this), self_in.add_(o), ct::add(*this, o))
CT_INPLACE(sub_(const Tensor& o, const Scalar& alpha), "sub_", (*this, o), self_in.sub_(in[1], alpha), ct::sub(*this, o, alpha))
CT_INPLACE(sub_(const Scalar& o), "sub_", (*this), self_in.sub_(o), ct::sub(*this, o))
CT_INPLACE(mul_(const Tensor& o), "mul_", (*this, o), self_in.mul_(in[1]), ct::mul(original(*this, o), o))
CT_INPLACE(mul_(const Scalar& o), "mul_", (*this), self_in.mul_(o), ct::mul(*this, o))
CT_INPLACE(div_(const Tensor& o), "div_", (*this, o), self_in.div_(in[1]), ct::div(original(*this, o), o))
CT_INPLACE(div_(const Scalar& o), "div_", (*this), self_in.div_(o), ct::div(*this, o))
CT_INPLACE(pow_(const Scalar& e), "pow_", (*this), self_in.pow_(e), ct::pow(original(*this), e))
CT_INPLACE(neg_(), "neg_", (*this), self_in.neg_(), ct::neg(*this))
CT_INPLACE(exp_(), "exp_", (*this), self_in.exp_(), ct::exp(*this))
CT_INPLACE(log_(), "log_", (*this), self_in.log_(), ct::log(original(*this)))
CT_INPLACE(sqrt_(), "sqrt_", (*this), self_in.sqrt_(), ct::sqrt(*this))
CT_INPLACE(sin_(), "sin_", (*this), self_in.sin_(), ct::sin(original(*this)))
CT_INPLACE(cos_(), "cos_", (*this), self_in.cos_(), ct::cos(original(*this)))
CT_INPLACE(tanh_(), "tanh_", (*this), self_in.tanh_(), ct::tanh(*this))
CT_INPLACE(sigmoid_(), "sigmoid_", (*this), self_in.sigmoid_(), ct::sigmoid(*this))
CT_INPLACE(relu_(), "relu_", (*this), self_in.relu_(), ct::relu(*this))
CT_INPLACE(abs_(), "abs_", (*this), self_in.abs_(), ct::abs(original(*this)))
CT_INPLACE(clamp_(std::optional<Scalar> lo, std::optional<Scalar> hi), "clamp_", (*this), self_in.clamp_(lo, hi), ct::clamp(original(*this), lo, hi))
CT_INPLACE(masked_fill_(const Tensor& mask, const Scalar& v), "masked_fill_", (*this, mask), self_in.masked_fill_(in[1], v), ct::masked_fill(*this, mask, v))
// clang-format on
#undef CT_INPLACE

namespace {
// A new value that does not depend on self: its gradient to self's old
// history is zero.
Tensor constant_value(const Tensor& self, Tensor value, const char* node) {
  if (needs_grad(self))
    record(node, {&self}, value,
           [](BackwardCtx& c) -> TensorList { return {zeros_like(c.grad())}; });
  return value;
}
}  // namespace

Tensor& Tensor::zero_() {
  CT_TRACE_INPLACE(*this, "zero_", (*this), self_in.zero_());
  check_inplace(*this);
  return commit_inplace(*this, constant_value(*this, zeros_like(*this), "ZeroBackward0"), "zero_");
}

Tensor& Tensor::fill_(const Scalar& value) {
  CT_TRACE_INPLACE(*this, "fill_", (*this), self_in.fill_(value));
  check_inplace(*this);
  return commit_inplace(*this, constant_value(*this, full_like(*this, value), "FillBackward2"),
                        "fill_");
}

Tensor& Tensor::copy_(const Tensor& src) {
  CT_TRACE_INPLACE(*this, "copy_", (*this, src), self_in.copy_(in[1]));
  check_inplace(*this);
  if (!src.defined()) throw TypeError("copy_(): argument 'src' must be Tensor, not None");
  const Shape b = broadcast_shapes(shape(), src.shape());  // torch's message names self as a
  if (b != shape())
    throw RuntimeError("output with shape " + to_string(shape()) +
                       " doesn't match the broadcast shape " + to_string(b));
  if (is_same(src)) return *this;
  // torch's check for sources that overlap the destination (when both are
  // contiguous; other layouts it does not check)
  if (shares_storage(src) && is_contiguous() && src.is_contiguous() && numel() > 0 &&
      src.numel() > 0) {
    const int64_t a0 = storage_offset(), a1 = a0 + numel();
    const int64_t b0 = src.storage_offset(), b1 = b0 + src.numel();
    if (a0 < b1 && b0 < a1)
      throw RuntimeError(
          "unsupported operation: some elements of the input tensor and the written-to tensor "
          "refer to a single memory location. Please clone() the tensor before performing the "
          "operation.");
  }
  Tensor value = make_empty(shape(), dtype());
  kernels::copy_into(value, src.detach());
  if (needs_grad(*this, src)) {
    DType src_dtype = src.dtype();
    record("CopyBackwards", {this, &src}, value, [src_dtype](BackwardCtx& c) -> TensorList {
      const Tensor& g = c.grad();
      return {c.needs(0) ? zeros_like(g) : Tensor(), c.needs(1) ? g.to(src_dtype) : Tensor()};
    });
  }
  // copy_ converts to self's dtype, so a float into an int tensor is fine
  if (value.requires_grad() || active_forward_level()) return commit_inplace(*this, value, "copy_");
  kernels::copy_into(*this, value);
  impl()->storage->version.fetch_add(1);
  return *this;
}

}  // namespace ct
