// Elementwise math: forward kernel and derivative side by side.
// A derivative that reuses the op's output saves it with save(out, true).
#include "ops/ops_common.h"

namespace ct {

namespace {
// 1 where `x` > 0, else 0, as a constant (no graph) tensor of x's dtype.
Tensor positive_mask(const Tensor& x) {
  return unary_float_kernel(x, [](auto v) { return v > 0 ? decltype(v)(1) : decltype(v)(0); });
}
}  // namespace

Tensor exp(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::exp(v); });
  if (needs_grad(x))
    record("ExpBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * c.saved(0)};
    })->save(out, true);
  return out;
}

Tensor log(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::log(v); });
  if (needs_grad(x))
    record("LogBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() / c.saved(0)};
    })->save(x);
  return out;
}

Tensor sqrt(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::sqrt(v); });
  if (needs_grad(x))
    record("SqrtBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() / (2 * c.saved(0))};
    })->save(out, true);
  return out;
}

Tensor sin(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::sin(v); });
  if (needs_grad(x))
    record("SinBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * c.saved(0).cos()};
    })->save(x);
  return out;
}

Tensor cos(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::cos(v); });
  if (needs_grad(x))
    record("CosBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * -c.saved(0).sin()};
    })->save(x);
  return out;
}

Tensor tanh(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return std::tanh(v); });
  if (needs_grad(x))
    record("TanhBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor y = c.saved(0);
      return {c.grad() * (1 - y * y)};
    })->save(out, true);
  return out;
}

Tensor sigmoid(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) {
    using T = decltype(v);
    return v >= 0 ? T(1) / (T(1) + std::exp(-v)) : std::exp(v) / (T(1) + std::exp(v));
  });
  if (needs_grad(x))
    record("SigmoidBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor y = c.saved(0);
      return {c.grad() * (y * (1 - y))};
    })->save(out, true);
  return out;
}

Tensor relu(const Tensor& x) {
  Tensor out;
  if (x.dtype() == DType::Int64) {
    out = make_empty(x.shape(), x.dtype());
    kernels::map1<int64_t, int64_t>(x, out, [](int64_t v) { return v > 0 ? v : 0; });
  } else {
    out = unary_float_kernel(x, [](auto v) { return v > 0 ? v : decltype(v)(0); });
  }
  if (needs_grad(x))
    record("ReluBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * positive_mask(c.saved(0))};
    })->save(out, true);
  return out;
}

Tensor sign(const Tensor& x) {
  Tensor out = make_empty(x.shape(), x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<scalar_t, scalar_t>(x, out, [](scalar_t v) {
      if constexpr (std::is_same_v<scalar_t, bool>) return v;
      else return static_cast<scalar_t>((v > 0) - (v < 0));
    });
  });
  if (needs_grad(x))
    record("SignBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {zeros_like(c.grad())};
    });
  return out;
}

Tensor abs(const Tensor& x) {
  Tensor out = make_empty(x.shape(), x.dtype());
  CT_DISPATCH_ALL(x.dtype(), [&] {
    kernels::map1<scalar_t, scalar_t>(x, out, [](scalar_t v) {
      if constexpr (std::is_same_v<scalar_t, bool>) return v;
      else return static_cast<scalar_t>(v < 0 ? -v : v);
    });
  });
  if (needs_grad(x))
    record("AbsBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      return {c.grad() * c.saved(0).detach().sign()};  // sign' = 0: keep it constant
    })->save(x);
  return out;
}

Tensor reciprocal(const Tensor& x) {
  Tensor out = unary_float_kernel(x, [](auto v) { return decltype(v)(1) / v; });
  if (needs_grad(x))
    record("ReciprocalBackward0", {&x}, out, [](BackwardCtx& c) -> TensorList {
      Tensor y = c.saved(0);
      return {-c.grad() * (y * y)};
    })->save(out, true);
  return out;
}

Tensor Tensor::exp() const { return ct::exp(*this); }
Tensor Tensor::log() const { return ct::log(*this); }
Tensor Tensor::sqrt() const { return ct::sqrt(*this); }
Tensor Tensor::sin() const { return ct::sin(*this); }
Tensor Tensor::cos() const { return ct::cos(*this); }
Tensor Tensor::tanh() const { return ct::tanh(*this); }
Tensor Tensor::sigmoid() const { return ct::sigmoid(*this); }
Tensor Tensor::relu() const { return ct::relu(*this); }
Tensor Tensor::abs() const { return ct::abs(*this); }
Tensor Tensor::reciprocal() const { return ct::reciprocal(*this); }
Tensor Tensor::sign() const { return ct::sign(*this); }

}  // namespace ct
