// Free-function forms of the ops, with LibTorch's names and argument order.
// Every op is differentiable where PyTorch's is; see docs/ops.md.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "cotangent/tensor.h"

namespace ct {

// ---- arithmetic with broadcasting and PyTorch's type promotion
Tensor add(const Tensor& a, const Tensor& b, const Scalar& alpha = 1);
Tensor add(const Tensor& a, const Scalar& b);
Tensor sub(const Tensor& a, const Tensor& b, const Scalar& alpha = 1);
Tensor sub(const Tensor& a, const Scalar& b);
Tensor rsub(const Tensor& a, const Scalar& b);  // b - a
Tensor mul(const Tensor& a, const Tensor& b);
Tensor mul(const Tensor& a, const Scalar& b);
Tensor div(const Tensor& a, const Tensor& b);
Tensor div(const Tensor& a, const Scalar& b);
// rounding_mode "trunc" or "floor" (PyTorch's div(..., rounding_mode=)):
// integer inputs give integers, and integer division by zero throws.
Tensor div(const Tensor& a, const Tensor& b, std::optional<std::string_view> rounding_mode);
Tensor div(const Tensor& a, const Scalar& b, std::optional<std::string_view> rounding_mode);
Tensor floor_divide(const Tensor& a, const Tensor& b);
Tensor floor_divide(const Tensor& a, const Scalar& b);
Tensor neg(const Tensor& x);
Tensor pow(const Tensor& x, const Scalar& exponent);
Tensor pow(const Tensor& x, const Tensor& exponent);
Tensor pow(const Scalar& base, const Tensor& exponent);

Tensor operator+(const Tensor& a, const Tensor& b);
Tensor operator+(const Tensor& a, const Scalar& b);
Tensor operator+(const Scalar& a, const Tensor& b);
Tensor operator-(const Tensor& a, const Tensor& b);
Tensor operator-(const Tensor& a, const Scalar& b);
Tensor operator-(const Scalar& a, const Tensor& b);
Tensor operator*(const Tensor& a, const Tensor& b);
Tensor operator*(const Tensor& a, const Scalar& b);
Tensor operator*(const Scalar& a, const Tensor& b);
Tensor operator/(const Tensor& a, const Tensor& b);
Tensor operator/(const Tensor& a, const Scalar& b);
Tensor operator/(const Scalar& a, const Tensor& b);
Tensor operator-(const Tensor& x);

// ---- elementwise math (integer inputs give float32, as in PyTorch)
Tensor abs(const Tensor& x);
Tensor sign(const Tensor& x);
Tensor sgn(const Tensor& x);
Tensor square(const Tensor& x);
// sqrt, rsqrt, exp, exp2, expm1, log, log2, log10, log1p, sin, cos, tan, asin,
// acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, erf, erfc, sigmoid,
// reciprocal, frac: one row each in cotangent/elementwise_ops.h.
CT_UNARY_OPS(CT_DECLARE_UNARY_FUNCTION)
Tensor relu(const Tensor& x);
Tensor floor(const Tensor& x);
Tensor ceil(const Tensor& x);
Tensor round(const Tensor& x);
Tensor trunc(const Tensor& x);
// Number bounds promote as torch's: an integer tensor clamped by a float is a float tensor.
Tensor clamp(const Tensor& x, std::optional<Scalar> min, std::optional<Scalar> max = std::nullopt);
Tensor clamp(const Tensor& x, const std::optional<Tensor>& min,
             const std::optional<Tensor>& max = std::nullopt);
Tensor clamp_min(const Tensor& x, const Scalar& min);
Tensor clamp_max(const Tensor& x, const Scalar& max);
Tensor nan_to_num(const Tensor& x, std::optional<double> nan = 0.0,
                  std::optional<double> posinf = std::nullopt,
                  std::optional<double> neginf = std::nullopt);
// Rounds half to even at `decimals` digits (negative: left of the point);
// floats only, as torch.round(x, decimals=d).
Tensor round(const Tensor& x, int64_t decimals);

// ---- special functions (src/ops/special.cpp; the torch.special names are in
// ct::special below). Integer and bool inputs give float32.
Tensor lgamma(const Tensor& x);
Tensor digamma(const Tensor& x);
// n-th derivative of digamma (n >= 0).
Tensor polygamma(int64_t n, const Tensor& x);
// Multivariate log-gamma of dimension p >= 1 (torch.mvlgamma).
Tensor mvlgamma(const Tensor& x, int64_t p);
Tensor erfinv(const Tensor& x);
// Modified Bessel function of the first kind, order 0.
Tensor i0(const Tensor& x);
// sin(pi x) / (pi x), 1 at 0.
Tensor sinc(const Tensor& x);
// log(x / (1 - x)), x clamped to [eps, 1 - eps] when eps is given.
Tensor logit(const Tensor& x, std::optional<double> eps = std::nullopt);
// x * log(y), 0 where x == 0 (unless y is NaN).
Tensor xlogy(const Tensor& x, const Tensor& y);
Tensor xlogy(const Scalar& x, const Tensor& y);
Tensor xlogy(const Tensor& x, const Scalar& y);

// ---- binary elementwise (broadcasting)
Tensor atan2(const Tensor& a, const Tensor& b);
Tensor maximum(const Tensor& a, const Tensor& b);
Tensor minimum(const Tensor& a, const Tensor& b);
Tensor fmod(const Tensor& a, const Tensor& b);
Tensor fmod(const Tensor& a, const Scalar& b);
Tensor remainder(const Tensor& a, const Tensor& b);
Tensor remainder(const Tensor& a, const Scalar& b);
Tensor hypot(const Tensor& a, const Tensor& b);
Tensor lerp(const Tensor& start, const Tensor& end, const Scalar& weight);
Tensor lerp(const Tensor& start, const Tensor& end, const Tensor& weight);
Tensor where(const Tensor& condition, const Tensor& a, const Tensor& b);
Tensor where(const Tensor& condition, const Tensor& a, const Scalar& b);
Tensor where(const Tensor& condition, const Scalar& a, const Tensor& b);

// ---- comparisons and logic (bool results, no gradient)
Tensor eq(const Tensor& a, const Tensor& b);
Tensor ne(const Tensor& a, const Tensor& b);
Tensor lt(const Tensor& a, const Tensor& b);
Tensor le(const Tensor& a, const Tensor& b);
Tensor gt(const Tensor& a, const Tensor& b);
Tensor ge(const Tensor& a, const Tensor& b);
Tensor eq(const Tensor& a, const Scalar& b);
Tensor ne(const Tensor& a, const Scalar& b);
Tensor lt(const Tensor& a, const Scalar& b);
Tensor le(const Tensor& a, const Scalar& b);
Tensor gt(const Tensor& a, const Scalar& b);
Tensor ge(const Tensor& a, const Scalar& b);
Tensor operator==(const Tensor& a, const Tensor& b);
Tensor operator!=(const Tensor& a, const Tensor& b);
Tensor operator<(const Tensor& a, const Tensor& b);
Tensor operator<=(const Tensor& a, const Tensor& b);
Tensor operator>(const Tensor& a, const Tensor& b);
Tensor operator>=(const Tensor& a, const Tensor& b);
Tensor operator==(const Tensor& a, const Scalar& b);
Tensor operator!=(const Tensor& a, const Scalar& b);
Tensor operator<(const Tensor& a, const Scalar& b);
Tensor operator<=(const Tensor& a, const Scalar& b);
Tensor operator>(const Tensor& a, const Scalar& b);
Tensor operator>=(const Tensor& a, const Scalar& b);
Tensor logical_and(const Tensor& a, const Tensor& b);
Tensor logical_or(const Tensor& a, const Tensor& b);
Tensor logical_xor(const Tensor& a, const Tensor& b);
Tensor logical_not(const Tensor& x);
Tensor operator&(const Tensor& a, const Tensor& b);
Tensor operator|(const Tensor& a, const Tensor& b);
Tensor operator^(const Tensor& a, const Tensor& b);
Tensor operator~(const Tensor& x);
Tensor isnan(const Tensor& x);
Tensor isinf(const Tensor& x);
Tensor isfinite(const Tensor& x);

// ---- reductions
Tensor sum(const Tensor& x);
Tensor sum(const Tensor& x, const Shape& dims, bool keepdim = false);
Tensor mean(const Tensor& x);
Tensor mean(const Tensor& x, const Shape& dims, bool keepdim = false);
Tensor prod(const Tensor& x);
Tensor prod(const Tensor& x, int64_t dim, bool keepdim = false);
// Full max/min: ties share the gradient evenly, as in PyTorch.
Tensor max(const Tensor& x);
Tensor min(const Tensor& x);
// (values, indices) along a dim: the gradient goes to the index picked.
std::tuple<Tensor, Tensor> max(const Tensor& x, int64_t dim, bool keepdim = false);
std::tuple<Tensor, Tensor> min(const Tensor& x, int64_t dim, bool keepdim = false);
// Empty dims: all dims. Ties share the gradient evenly.
Tensor amax(const Tensor& x, const Shape& dims = {}, bool keepdim = false);
Tensor amin(const Tensor& x, const Shape& dims = {}, bool keepdim = false);
Tensor argmax(const Tensor& x, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor argmin(const Tensor& x, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
// Empty dims: all dims. correction 1 is Bessel's (unbiased) estimate.
Tensor var(const Tensor& x, const Shape& dims = {}, int64_t correction = 1, bool keepdim = false);
Tensor std(const Tensor& x, const Shape& dims = {}, int64_t correction = 1, bool keepdim = false);
// p-norm over dims (empty: all). p = INFINITY gives the max-norm; "fro" is p = 2.
Tensor norm(const Tensor& x, double p = 2, const Shape& dims = {}, bool keepdim = false);
Tensor norm(const Tensor& x, const std::string& p, const Shape& dims = {}, bool keepdim = false);
Tensor logsumexp(const Tensor& x, const Shape& dims, bool keepdim = false);
Tensor cumsum(const Tensor& x, int64_t dim);
Tensor cumprod(const Tensor& x, int64_t dim);
Tensor all(const Tensor& x);
Tensor all(const Tensor& x, int64_t dim, bool keepdim = false);
Tensor any(const Tensor& x);
Tensor any(const Tensor& x, int64_t dim, bool keepdim = false);
// Sums `x` down to `shape` (the inverse of broadcasting `shape` to x's shape).
Tensor sum_to(const Tensor& x, const Shape& shape);

// ---- shape ops
Tensor reshape(const Tensor& x, const Shape& shape);
Tensor transpose(const Tensor& x, int64_t dim0, int64_t dim1);
Tensor permute(const Tensor& x, const Shape& dims);
Tensor unsqueeze(const Tensor& x, int64_t dim);
Tensor squeeze(const Tensor& x);
Tensor squeeze(const Tensor& x, int64_t dim);
Tensor narrow(const Tensor& x, int64_t dim, int64_t start, int64_t length);
Tensor select(const Tensor& x, int64_t dim, int64_t index);
Tensor clone(const Tensor& x);
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0);

// ---- indexing and shape
Tensor index_select(const Tensor& x, int64_t dim, const Tensor& index);
Tensor gather(const Tensor& x, int64_t dim, const Tensor& index);
Tensor scatter(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& src);
Tensor scatter(const Tensor& x, int64_t dim, const Tensor& index, const Scalar& value);
Tensor scatter_add(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& src);
Tensor index_add(const Tensor& x, int64_t dim, const Tensor& index, const Tensor& source,
                 const Scalar& alpha = 1);
Tensor masked_fill(const Tensor& x, const Tensor& mask, const Scalar& value);
Tensor masked_fill(const Tensor& x, const Tensor& mask, const Tensor& value);
Tensor masked_select(const Tensor& x, const Tensor& mask);
Tensor masked_scatter(const Tensor& x, const Tensor& mask, const Tensor& source);
Tensor take_along_dim(const Tensor& x, const Tensor& indices,
                      std::optional<int64_t> dim = std::nullopt);
Tensor repeat(const Tensor& x, const Shape& repeats);
Tensor flip(const Tensor& x, const Shape& dims);
Tensor roll(const Tensor& x, const Shape& shifts, const Shape& dims = {});
Tensor diagonal(const Tensor& x, int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1);
Tensor diag(const Tensor& x, int64_t diagonal = 0);
Tensor diag_embed(const Tensor& x, int64_t offset = 0, int64_t dim1 = -2, int64_t dim2 = -1);
Tensor tril(const Tensor& x, int64_t diagonal = 0);
Tensor triu(const Tensor& x, int64_t diagonal = 0);
std::vector<Tensor> split(const Tensor& x, int64_t split_size, int64_t dim = 0);
std::vector<Tensor> split(const Tensor& x, const std::vector<int64_t>& split_sizes,
                          int64_t dim = 0);
std::vector<Tensor> chunk(const Tensor& x, int64_t chunks, int64_t dim = 0);
std::vector<Tensor> unbind(const Tensor& x, int64_t dim = 0);
Tensor unflatten(const Tensor& x, int64_t dim, const Shape& sizes);
Tensor flatten(const Tensor& x, int64_t start_dim = 0, int64_t end_dim = -1);
Tensor broadcast_to(const Tensor& x, const Shape& shape);
Tensor expand(const Tensor& x, const Shape& shape);
Tensor view(const Tensor& x, const Shape& shape);
// Repeats each element (of the flattened input when dim is nullopt) `repeats`
// times along dim; output_size, when given, must equal the result's length.
Tensor repeat_interleave(const Tensor& x, int64_t repeats,
                         std::optional<int64_t> dim = std::nullopt,
                         std::optional<int64_t> output_size = std::nullopt);
// repeats: an int64 tensor, 0-dim or 1-dim of x.size(dim) counts.
Tensor repeat_interleave(const Tensor& x, const Tensor& repeats,
                         std::optional<int64_t> dim = std::nullopt,
                         std::optional<int64_t> output_size = std::nullopt);
// The one-argument form: index i repeated repeats[i] times (int64, 1-D).
Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> output_size = std::nullopt);

// ---- linear algebra (GEMM through OpenBLAS)
Tensor matmul(const Tensor& a, const Tensor& b);
Tensor mm(const Tensor& a, const Tensor& b);
Tensor bmm(const Tensor& a, const Tensor& b);
Tensor mv(const Tensor& a, const Tensor& b);
Tensor dot(const Tensor& a, const Tensor& b);
Tensor outer(const Tensor& a, const Tensor& b);
// beta * self + alpha * (mat1 @ mat2)
Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1,
             const Scalar& alpha = 1);
// Einstein summation over explicit subscripts ("ij,jk->ik", "bij,bjk->bik",
// "ii->i", "i,i->"); contractions run as one batched GEMM per operand pair.
Tensor einsum(const std::string& equation, const std::vector<Tensor>& operands);
// torch.cross: dim defaults to the first dim of `a` of size 3 (the legacy rule).
Tensor cross(const Tensor& a, const Tensor& b, std::optional<int64_t> dim = std::nullopt);

namespace linalg {
// All take (..., n, n) batches of square matrices (LAPACK through OpenBLAS).
Tensor inv(const Tensor& a);
Tensor det(const Tensor& a);
// (sign, log|det|)
std::tuple<Tensor, Tensor> slogdet(const Tensor& a);
// Solves a @ x = b; b is (..., n) or (..., n, k).
Tensor solve(const Tensor& a, const Tensor& b);
// Lower-triangular L with a = L @ L^T (uses the lower triangle of a).
Tensor cholesky(const Tensor& a);
// Cross product of 3-vectors along dim (size 3 in both), broadcasting the rest.
Tensor cross(const Tensor& a, const Tensor& b, int64_t dim = -1);
// torch.linalg.matrix_norm over two dims: ord "fro", 1 / -1 (largest /
// smallest column sum of |a|), inf / -inf (row sums). The singular-value
// orders 2, -2 and "nuc" raise NotImplementedError.
Tensor matrix_norm(const Tensor& a, double ord, const Shape& dims = {-2, -1}, bool keepdim = false);
Tensor matrix_norm(const Tensor& a, const std::string& ord = "fro", const Shape& dims = {-2, -1},
                   bool keepdim = false);
// torch.linalg.norm: the vector norm over one dim (or all elements), the
// matrix norm over two; no ord: the 2-norm of all elements in `dims`.
Tensor norm(const Tensor& a, std::optional<double> ord = std::nullopt,
            std::optional<Shape> dims = std::nullopt, bool keepdim = false);
Tensor norm(const Tensor& a, const std::string& ord, std::optional<Shape> dims = std::nullopt,
            bool keepdim = false);
}  // namespace linalg

// torch.special for real inputs. Names torch shares with ct:: are the same
// functions (using-declarations); the rest are defined in src/ops/special.cpp.
namespace special {
using ct::digamma;
using ct::erf;
using ct::erfc;
using ct::erfinv;
using ct::exp2;
using ct::expm1;
using ct::i0;
using ct::log1p;
using ct::logit;
using ct::logsumexp;
using ct::polygamma;
using ct::sinc;
using ct::xlogy;
Tensor gammaln(const Tensor& x);                      // lgamma
Tensor psi(const Tensor& x);                          // digamma
Tensor multigammaln(const Tensor& x, int64_t p);      // mvlgamma
Tensor expit(const Tensor& x);                        // sigmoid
Tensor round(const Tensor& x, int64_t decimals = 0);  // RoundBackward1, as torch.special.round
Tensor softmax(const Tensor& x, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor log_softmax(const Tensor& x, int64_t dim, std::optional<DType> dtype = std::nullopt);
// Exponentially scaled Bessel functions: i0e = exp(-|x|) i0, i1, i1e.
Tensor i0e(const Tensor& x);
Tensor i1(const Tensor& x);
Tensor i1e(const Tensor& x);
// Standard normal CDF, its logarithm and its inverse.
Tensor ndtr(const Tensor& x);
Tensor log_ndtr(const Tensor& x);
Tensor ndtri(const Tensor& x);
// exp(x²) erfc(x).
Tensor erfcx(const Tensor& x);
// -x log x (0 at 0, -inf below 0).
Tensor entr(const Tensor& x);
// x * log1p(y), 0 where x == 0 (unless y is NaN).
Tensor xlog1py(const Tensor& x, const Tensor& y);
Tensor xlog1py(const Scalar& x, const Tensor& y);
Tensor xlog1py(const Tensor& x, const Scalar& y);
// Regularized lower / upper incomplete gamma; differentiable in x only
// (torch has no derivative with respect to a).
Tensor gammainc(const Tensor& a, const Tensor& x);
Tensor gammaincc(const Tensor& a, const Tensor& x);
}  // namespace special

// ---- type promotion
DType result_type(const Tensor& a, const Tensor& b);
DType result_type(const Tensor& a, const Scalar& b);
Shape broadcast_shapes(const Shape& a, const Shape& b);

// ---- comparisons used by tests and by gradcheck
bool allclose(const Tensor& a, const Tensor& b, double rtol = 1e-5, double atol = 1e-8,
              bool equal_nan = false);
bool equal(const Tensor& a, const Tensor& b);

// Intra-op threads (also sets OpenBLAS's).
void set_num_threads(int n);
int get_num_threads();

}  // namespace ct
