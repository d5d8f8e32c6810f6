// The ops of ops.h, as torch.* functions and Tensor methods, with PyTorch's
// argument names, defaults and keyword arguments.
#include <cmath>

#include "common.h"

namespace ctpy {

namespace {

using ct::Scalar;
using ct::Shape;
using ct::Tensor;
using DT = std::optional<ct::DType>;

// Defines `name` both as a Tensor method and as a module function whose
// first argument is `input`.
template <class F, class... A>
void both(py::module_& m, py::class_<Tensor>& c, const char* name, F f, const A&... a) {
  c.def(name, f, a...);
  m.def(name, f, py::arg("input"), a...);
}

Tensor with_dtype(const Tensor& t, const DT& dtype) { return dtype ? t.to(*dtype) : t; }

Tensor finish(Tensor t, bool requires_grad) {
  if (requires_grad) t.requires_grad_(true);
  return t;
}

int64_t correction_of(py::object unbiased, py::object correction) {
  if (!correction.is_none()) return to_int(correction, "an int correction");
  if (unbiased.is_none()) return 1;
  if (!PyBool_Check(unbiased.ptr())) throw ct::TypeError("unbiased must be a bool");
  return unbiased.ptr() == Py_True ? 1 : 0;
}

std::optional<double> opt_double(py::handle h) {
  if (h.is_none()) return std::nullopt;
  return h.cast<double>();
}

std::optional<Tensor> opt_tensor_or_scalar(py::handle h, const Tensor& like) {
  if (h.is_none()) return std::nullopt;
  if (is_tensor(h)) return h.cast<Tensor>();
  return ct::full({}, h.cast<Scalar>(), like.dtype());
}

std::vector<Tensor> tensors_arg(py::handle h, const char* fn) {
  if (is_tensor(h))
    throw ct::TypeError(std::string(fn) +
                        "(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor");
  return tensor_seq(h, "tensors");
}

}  // namespace

void bind_ops(py::module_& m, py::class_<ct::Tensor>& c) {
  using py::arg;
  auto kw = py::kw_only();

  // ---- the ops of the op table with the plain signature: torch.name(input)
  // or torch.name(input, other), and the Tensor method
  for (const ct::OpInfo& op : ct::op_table()) {
    if (!op.generated_binding) continue;
    if (op.unary) {
      auto f = op.unary;
      both(m, c, op.name, [f](const Tensor& x) { return f(x); });
    } else if (op.binary) {
      auto f = op.binary;
      both(m, c, op.name, [f](const Tensor& a, const Tensor& b) { return f(a, b); }, arg("other"));
    }
  }
  // torch.round(x) is RoundBackward0; with decimals= (even 0), RoundBackward1
  both(m, c, "round",
       [](const Tensor& x, py::object decimals) {
         return decimals.is_none() ? ct::round(x) : ct::round(x, to_int(decimals, "an int decimals"));
       },
       kw, arg("decimals") = py::none());
  m.def("polygamma", [](int64_t n, const Tensor& x) { return ct::polygamma(n, x); }, arg("n"), arg("input"));
  c.def("polygamma", [](const Tensor& x, int64_t n) { return ct::polygamma(n, x); }, arg("n"));
  both(m, c, "mvlgamma", [](const Tensor& x, int64_t p) { return ct::mvlgamma(x, p); }, arg("p"));
  both(m, c, "logit", [](const Tensor& x, std::optional<double> eps) { return ct::logit(x, eps); },
       arg("eps") = py::none());
  both(m, c, "xlogy", [](const Tensor& a, const Tensor& b) { return ct::xlogy(a, b); }, arg("other"));
  both(m, c, "xlogy", [](const Tensor& a, const Scalar& b) { return ct::xlogy(a, b); }, arg("other"));
  m.def("xlogy", [](const Scalar& a, const Tensor& b) { return ct::xlogy(a, b); }, arg("self"), arg("other"));

  // torch.special: the functions ct.special does not take from the top level
  auto sp = m.def_submodule("_special");
#define CT_SPECIAL(name) sp.def(#name, [](const Tensor& x) { return ct::special::name(x); }, arg("input"));
  CT_SPECIAL(i0e)
  CT_SPECIAL(i1)
  CT_SPECIAL(i1e)
  CT_SPECIAL(ndtr)
  CT_SPECIAL(log_ndtr)
  CT_SPECIAL(ndtri)
  CT_SPECIAL(erfcx)
  CT_SPECIAL(entr)
#undef CT_SPECIAL
  sp.def("round", [](const Tensor& x, int64_t d) { return ct::special::round(x, d); }, arg("input"), kw,
         arg("decimals") = 0);
  sp.def("xlog1py", [](const Tensor& a, const Tensor& b) { return ct::special::xlog1py(a, b); }, arg("input"),
         arg("other"));
  sp.def("xlog1py", [](const Tensor& a, const Scalar& b) { return ct::special::xlog1py(a, b); }, arg("input"),
         arg("other"));
  sp.def("xlog1py", [](const Scalar& a, const Tensor& b) { return ct::special::xlog1py(a, b); }, arg("self"),
         arg("other"));
  sp.def("gammainc", [](const Tensor& a, const Tensor& x) { return ct::special::gammainc(a, x); }, arg("input"),
         arg("other"));
  sp.def("gammaincc", [](const Tensor& a, const Tensor& x) { return ct::special::gammaincc(a, x); }, arg("input"),
         arg("other"));
  both(m, c, "negative", [](const Tensor& x) { return ct::neg(x); });
  both(m, c, "absolute", [](const Tensor& x) { return ct::abs(x); });
  both(m, c, "arcsin", [](const Tensor& x) { return ct::asin(x); });
  both(m, c, "arccos", [](const Tensor& x) { return ct::acos(x); });
  both(m, c, "arctan", [](const Tensor& x) { return ct::atan(x); });

  auto clamp_fn = [](const Tensor& x, py::object lo, py::object hi) {
    if (is_tensor(lo) || is_tensor(hi))
      return ct::clamp(x, opt_tensor_or_scalar(lo, x), opt_tensor_or_scalar(hi, x));
    return ct::clamp(x, opt_double(lo), opt_double(hi));
  };
  both(m, c, "clamp", clamp_fn, arg("min") = py::none(), arg("max") = py::none());
  both(m, c, "clip", clamp_fn, arg("min") = py::none(), arg("max") = py::none());
  both(m, c, "clamp_min", [](const Tensor& x, double v) { return ct::clamp_min(x, v); }, arg("min"));
  both(m, c, "clamp_max", [](const Tensor& x, double v) { return ct::clamp_max(x, v); }, arg("max"));
  both(m, c, "nan_to_num",
       [](const Tensor& x, std::optional<double> nan, std::optional<double> posinf,
          std::optional<double> neginf) { return ct::nan_to_num(x, nan ? nan : 0.0, posinf, neginf); },
       arg("nan") = 0.0, arg("posinf") = py::none(), arg("neginf") = py::none());

  // ---- arithmetic
  // add / sub with a Tensor `other`, then with a Scalar `other` (an integral
  // alpha of 1 keeps the Scalar path; any other alpha scales a 0-dim tensor).
#define CT_ADD_LIKE(name, op)                                                                        \
  both(m, c, name, [](const Tensor& a, const Tensor& b, const Scalar& alpha) { return ct::op(a, b, alpha); }, \
       arg("other"), kw, arg("alpha") = 1);                                                          \
  both(m, c, name,                                                                                   \
       [](const Tensor& a, const Scalar& b, const Scalar& alpha) {                                   \
         if (alpha.to_double() == 1 && !alpha.is_floating_point()) return ct::op(a, b);              \
         return ct::op(a, ct::full({}, b), alpha);                                                   \
       },                                                                                            \
       arg("other"), kw, arg("alpha") = 1);
  CT_ADD_LIKE("add", add)
  CT_ADD_LIKE("sub", sub)
#undef CT_ADD_LIKE
  both(m, c, "subtract", [](const Tensor& a, const Tensor& b, const Scalar& alpha) { return ct::sub(a, b, alpha); },
       arg("other"), kw, arg("alpha") = 1);
  m.def("rsub", [](const Tensor& a, const Scalar& b) { return ct::rsub(a, b); }, arg("input"), arg("other"));
  m.def("rsub", [](const Tensor& a, const Tensor& b) { return ct::sub(b, a); }, arg("input"), arg("other"));

  // `name` with a Tensor, then a Scalar, second argument `argname`.
#define CT_TENSOR_OR_SCALAR(name, op, argname)                                              \
  both(m, c, name, [](const Tensor& a, const Tensor& b) { return ct::op(a, b); }, arg(argname)); \
  both(m, c, name, [](const Tensor& a, const Scalar& b) { return ct::op(a, b); }, arg(argname));
  for (const char* name : {"mul", "multiply"}) {
    CT_TENSOR_OR_SCALAR(name, mul, "other")
  }
  for (const char* name : {"div", "divide", "true_divide"}) {
    both(m, c, name,
         [](const Tensor& a, const Tensor& b, std::optional<std::string> mode) { return ct::div(a, b, mode); },
         arg("other"), kw, arg("rounding_mode") = py::none());
    both(m, c, name,
         [](const Tensor& a, const Scalar& b, std::optional<std::string> mode) { return ct::div(a, b, mode); },
         arg("other"), kw, arg("rounding_mode") = py::none());
  }
  CT_TENSOR_OR_SCALAR("floor_divide", floor_divide, "other")
  CT_TENSOR_OR_SCALAR("pow", pow, "exponent")
  m.def("pow", [](const Scalar& s, const Tensor& e) { return ct::pow(s, e); }, arg("self"), arg("exponent"));
  m.def("float_power", [](const Tensor& a, const Scalar& e) { return ct::pow(a.to(ct::float64), e); },
        arg("input"), arg("exponent"));
  both(m, c, "arctan2", [](const Tensor& a, const Tensor& b) { return ct::atan2(a, b); }, arg("other"));
  CT_TENSOR_OR_SCALAR("fmod", fmod, "other")
  CT_TENSOR_OR_SCALAR("remainder", remainder, "other")
#undef CT_TENSOR_OR_SCALAR
  both(m, c, "lerp", [](const Tensor& a, const Tensor& b, const Tensor& w) { return ct::lerp(a, b, w); },
       arg("end"), arg("weight"));
  both(m, c, "lerp", [](const Tensor& a, const Tensor& b, const Scalar& w) { return ct::lerp(a, b, w); },
       arg("end"), arg("weight"));
  m.def("where", [](const Tensor& cnd, const Tensor& a, const Tensor& b) { return ct::where(cnd, a, b); },
        arg("condition"), arg("input"), arg("other"));
  m.def("where", [](const Tensor& cnd, const Tensor& a, const Scalar& b) { return ct::where(cnd, a, b); },
        arg("condition"), arg("input"), arg("other"));
  m.def("where", [](const Tensor& cnd, const Scalar& a, const Tensor& b) { return ct::where(cnd, a, b); },
        arg("condition"), arg("input"), arg("other"));
  m.def("where",
        [](const Tensor& cnd, const Scalar& a, const Scalar& b) {
          return ct::where(cnd, ct::full({}, a), ct::full({}, b));
        },
        arg("condition"), arg("input"), arg("other"));
  c.def("where", [](const Tensor& a, const Tensor& cnd, const Tensor& b) { return ct::where(cnd, a, b); },
        arg("condition"), arg("other"));
  c.def("where", [](const Tensor& a, const Tensor& cnd, const Scalar& b) { return ct::where(cnd, a, b); },
        arg("condition"), arg("other"));

  // ---- comparisons and logic
#define CT_CMP(name)                                                                             \
  both(m, c, #name, [](const Tensor& a, const Tensor& b) { return ct::name(a, b); }, arg("other")); \
  both(m, c, #name, [](const Tensor& a, const Scalar& b) { return ct::name(a, b); }, arg("other"));
  CT_CMP(eq)
  CT_CMP(ne)
  CT_CMP(lt)
  CT_CMP(le)
  CT_CMP(gt)
  CT_CMP(ge)
#undef CT_CMP
  both(m, c, "greater", [](const Tensor& a, const Tensor& b) { return ct::gt(a, b); }, arg("other"));
  both(m, c, "less", [](const Tensor& a, const Tensor& b) { return ct::lt(a, b); }, arg("other"));
  both(m, c, "logical_and", [](const Tensor& a, const Tensor& b) { return ct::logical_and(a, b); }, arg("other"));
  both(m, c, "logical_or", [](const Tensor& a, const Tensor& b) { return ct::logical_or(a, b); }, arg("other"));
  both(m, c, "logical_xor", [](const Tensor& a, const Tensor& b) { return ct::logical_xor(a, b); }, arg("other"));
  both(m, c, "bitwise_and", [](const Tensor& a, const Tensor& b) { return a & b; }, arg("other"));
  both(m, c, "bitwise_or", [](const Tensor& a, const Tensor& b) { return a | b; }, arg("other"));
  both(m, c, "bitwise_xor", [](const Tensor& a, const Tensor& b) { return a ^ b; }, arg("other"));
  both(m, c, "bitwise_not", [](const Tensor& a) { return ~a; });

  // ---- reductions
  auto sum_fn = [](const Tensor& x, py::object dim, bool keepdim, DT dtype) {
    Tensor t = with_dtype(x, dtype);
    auto d = dims_arg(dim);
    if (!d) {
      if (!keepdim) return ct::sum(t);
      Shape all;
      for (int64_t i = 0; i < t.dim(); ++i) all.push_back(i);
      return ct::sum(t, all, true);
    }
    return ct::sum(t, *d, keepdim);
  };
  both(m, c, "sum", sum_fn, arg("dim") = py::none(), arg("keepdim") = false, kw, arg("dtype") = py::none());
  both(m, c, "mean",
       [](const Tensor& x, py::object dim, bool keepdim, DT dtype) {
         Tensor t = with_dtype(x, dtype);
         auto d = dims_arg(dim);
         if (!d) {
           if (!keepdim) return ct::mean(t);
           Shape all;
           for (int64_t i = 0; i < t.dim(); ++i) all.push_back(i);
           return ct::mean(t, all, true);
         }
         return ct::mean(t, *d, keepdim);
       },
       arg("dim") = py::none(), arg("keepdim") = false, kw, arg("dtype") = py::none());
  both(m, c, "prod",
       [](const Tensor& x, py::object dim, bool keepdim, DT dtype) {
         Tensor t = with_dtype(x, dtype);
         if (dim.is_none()) return ct::prod(t);
         return ct::prod(t, to_int(dim, "an int dim"), keepdim);
       },
       arg("dim") = py::none(), arg("keepdim") = false, kw, arg("dtype") = py::none());
  for (bool is_max : {true, false}) {
    const char* name = is_max ? "max" : "min";
    both(m, c, name, [is_max](const Tensor& x) { return is_max ? ct::max(x) : ct::min(x); });
    both(m, c, name,
         [is_max](const Tensor& x, int64_t dim, bool keepdim) {
           auto [v, i] = is_max ? ct::max(x, dim, keepdim) : ct::min(x, dim, keepdim);
           return py::make_tuple(v, i);
         },
         arg("dim"), arg("keepdim") = false);
    both(m, c, name,
         [is_max](const Tensor& x, const Tensor& o) { return is_max ? ct::maximum(x, o) : ct::minimum(x, o); },
         arg("other"));
    both(m, c, is_max ? "amax" : "amin",
         [is_max](const Tensor& x, py::object dim, bool keepdim) {
           Shape d = dims_arg(dim).value_or(Shape{});
           return is_max ? ct::amax(x, d, keepdim) : ct::amin(x, d, keepdim);
         },
         arg("dim") = py::tuple(), arg("keepdim") = false);
    both(m, c, is_max ? "argmax" : "argmin",
         [is_max](const Tensor& x, py::object dim, bool keepdim) {
           std::optional<int64_t> d;
           if (!dim.is_none()) d = to_int(dim, "an int dim");
           return is_max ? ct::argmax(x, d, keepdim) : ct::argmin(x, d, keepdim);
         },
         arg("dim") = py::none(), arg("keepdim") = false);
  }
  for (bool is_var : {true, false}) {
    both(m, c, is_var ? "var" : "std",
         [is_var](const Tensor& x, py::object dim, py::object unbiased, bool keepdim, py::object correction) {
           if (PyBool_Check(dim.ptr())) {  // var(unbiased) overload
             unbiased = dim;
             dim = py::none();
           }
           Shape d = dims_arg(dim).value_or(Shape{});
           int64_t corr = correction_of(unbiased, correction);
           return is_var ? ct::var(x, d, corr, keepdim) : ct::std(x, d, corr, keepdim);
         },
         arg("dim") = py::none(), arg("unbiased") = py::none(), arg("keepdim") = false, kw,
         arg("correction") = py::none());
  }
  both(m, c, "norm",
       [](const Tensor& x, py::object p, py::object dim, bool keepdim, DT dtype) {
         Tensor t = with_dtype(x, dtype);
         Shape d = dims_arg(dim).value_or(Shape{});
         if (p.is_none()) return ct::norm(t, 2.0, d, keepdim);
         if (py::isinstance<py::str>(p)) return ct::norm(t, p.cast<std::string>(), d, keepdim);
         return ct::norm(t, p.cast<double>(), d, keepdim);
       },
       arg("p") = "fro", arg("dim") = py::none(), arg("keepdim") = false, arg("dtype") = py::none());
  both(m, c, "logsumexp",
       [](const Tensor& x, py::object dim, bool keepdim) { return ct::logsumexp(x, *dims_arg(dim), keepdim); },
       arg("dim"), arg("keepdim") = false);
  both(m, c, "cumsum",
       [](const Tensor& x, int64_t dim, DT dtype) { return ct::cumsum(with_dtype(x, dtype), dim); },
       arg("dim"), kw, arg("dtype") = py::none());
  both(m, c, "cumprod",
       [](const Tensor& x, int64_t dim, DT dtype) { return ct::cumprod(with_dtype(x, dtype), dim); },
       arg("dim"), kw, arg("dtype") = py::none());
  both(m, c, "all",
       [](const Tensor& x, py::object dim, bool keepdim) {
         if (dim.is_none()) return ct::all(x);
         return ct::all(x, to_int(dim, "an int dim"), keepdim);
       },
       arg("dim") = py::none(), arg("keepdim") = false);
  both(m, c, "any",
       [](const Tensor& x, py::object dim, bool keepdim) {
         if (dim.is_none()) return ct::any(x);
         return ct::any(x, to_int(dim, "an int dim"), keepdim);
       },
       arg("dim") = py::none(), arg("keepdim") = false);
  c.def("sum_to_size", [](const Tensor& x, py::args a) { return ct::sum_to(x, shape_from_args(a, "sum_to_size")); });

  // ---- shape ops (module functions; the methods are in tensor.cpp)
  m.def("reshape", [](const Tensor& x, const Shape& s) { return ct::reshape(x, s); }, arg("input"), arg("shape"));
  m.def("transpose", [](const Tensor& x, int64_t a, int64_t b) { return ct::transpose(x, a, b); },
        arg("input"), arg("dim0"), arg("dim1"));
  m.def("swapaxes", [](const Tensor& x, int64_t a, int64_t b) { return ct::transpose(x, a, b); },
        arg("input"), arg("axis0"), arg("axis1"));
  m.def("t", [](const Tensor& x) { return x.t(); }, arg("input"));
  m.def("permute", [](const Tensor& x, const Shape& d) { return ct::permute(x, d); }, arg("input"), arg("dims"));
  m.def("unsqueeze", [](const Tensor& x, int64_t d) { return ct::unsqueeze(x, d); }, arg("input"), arg("dim"));
  m.def("squeeze",
        [](const Tensor& x, py::object dim) {
          if (dim.is_none()) return ct::squeeze(x);
          return ct::squeeze(x, to_int(dim, "an int dim"));
        },
        arg("input"), arg("dim") = py::none());
  m.def("narrow", [](const Tensor& x, int64_t d, int64_t s, int64_t l) { return ct::narrow(x, d, s, l); },
        arg("input"), arg("dim"), arg("start"), arg("length"));
  m.def("select", [](const Tensor& x, int64_t d, int64_t i) { return ct::select(x, d, i); },
        arg("input"), arg("dim"), arg("index"));
  m.def("clone", [](const Tensor& x) { return ct::clone(x); }, arg("input"));
  for (const char* name : {"cat", "concat", "concatenate"})
    m.def(name, [name](py::object ts, int64_t dim) { return ct::cat(tensors_arg(ts, name), dim); },
          arg("tensors"), arg("dim") = 0);
  m.def("stack", [](py::object ts, int64_t dim) { return ct::stack(tensors_arg(ts, "stack"), dim); },
        arg("tensors"), arg("dim") = 0);
  m.def("flatten", [](const Tensor& x, int64_t a, int64_t b) { return ct::flatten(x, a, b); },
        arg("input"), arg("start_dim") = 0, arg("end_dim") = -1);
  m.def("unflatten", [](const Tensor& x, int64_t d, const Shape& s) { return ct::unflatten(x, d, s); },
        arg("input"), arg("dim"), arg("sizes"));
  m.def("broadcast_to", [](const Tensor& x, const Shape& s) { return ct::broadcast_to(x, s); },
        arg("input"), arg("size"));
  m.def("flip", [](const Tensor& x, const Shape& d) { return ct::flip(x, d); }, arg("input"), arg("dims"));
  m.def("diagonal", [](const Tensor& x, int64_t o, int64_t a, int64_t b) { return ct::diagonal(x, o, a, b); },
        arg("input"), arg("offset") = 0, arg("dim1") = 0, arg("dim2") = 1);
  m.def("tril", [](const Tensor& x, int64_t k) { return ct::tril(x, k); }, arg("input"), arg("diagonal") = 0);
  m.def("triu", [](const Tensor& x, int64_t k) { return ct::triu(x, k); }, arg("input"), arg("diagonal") = 0);

  // ---- indexing
  both(m, c, "index_select", [](const Tensor& x, int64_t d, const Tensor& i) { return ct::index_select(x, d, i); },
       arg("dim"), arg("index"));
  both(m, c, "gather", [](const Tensor& x, int64_t d, const Tensor& i) { return ct::gather(x, d, i); },
       arg("dim"), arg("index"));
  both(m, c, "scatter",
       [](const Tensor& x, int64_t d, const Tensor& i, const Tensor& s) { return ct::scatter(x, d, i, s); },
       arg("dim"), arg("index"), arg("src"));
  both(m, c, "scatter",
       [](const Tensor& x, int64_t d, const Tensor& i, const Scalar& v) { return ct::scatter(x, d, i, v); },
       arg("dim"), arg("index"), arg("value"));
  both(m, c, "scatter_add",
       [](const Tensor& x, int64_t d, const Tensor& i, const Tensor& s) { return ct::scatter_add(x, d, i, s); },
       arg("dim"), arg("index"), arg("src"));
  both(m, c, "index_add",
       [](const Tensor& x, int64_t d, const Tensor& i, const Tensor& s, const Scalar& alpha) {
         return ct::index_add(x, d, i, s, alpha);
       },
       arg("dim"), arg("index"), arg("source"), kw, arg("alpha") = 1);
  both(m, c, "masked_fill",
       [](const Tensor& x, const Tensor& mask, const Tensor& v) { return ct::masked_fill(x, mask, v); },
       arg("mask"), arg("value"));
  both(m, c, "masked_fill",
       [](const Tensor& x, const Tensor& mask, const Scalar& v) { return ct::masked_fill(x, mask, v); },
       arg("mask"), arg("value"));
  both(m, c, "masked_select", [](const Tensor& x, const Tensor& mask) { return ct::masked_select(x, mask); },
       arg("mask"));
  both(m, c, "masked_scatter",
       [](const Tensor& x, const Tensor& mask, const Tensor& s) { return ct::masked_scatter(x, mask, s); },
       arg("mask"), arg("source"));
  both(m, c, "take_along_dim",
       [](const Tensor& x, const Tensor& idx, std::optional<int64_t> dim) { return ct::take_along_dim(x, idx, dim); },
       arg("indices"), arg("dim") = py::none());
  both(m, c, "roll",
       [](const Tensor& x, const Shape& shifts, py::object dims) {
         return ct::roll(x, shifts, dims_arg(dims).value_or(Shape{}));
       },
       arg("shifts"), arg("dims") = py::none());
  both(m, c, "diag", [](const Tensor& x, int64_t k) { return ct::diag(x, k); }, arg("diagonal") = 0);
  both(m, c, "diag_embed",
       [](const Tensor& x, int64_t o, int64_t a, int64_t b) { return ct::diag_embed(x, o, a, b); },
       arg("offset") = 0, arg("dim1") = -2, arg("dim2") = -1);
  both(m, c, "split",
       [](const Tensor& x, py::object size, int64_t dim) {
         if (PyLong_Check(size.ptr()) || (PyIndex_Check(size.ptr()) && !is_tensor(size)))
           return wrap_tuple(ct::split(x, to_int(size, "an int"), dim));
         return wrap_tuple(ct::split(x, size.cast<std::vector<int64_t>>(), dim));
       },
       arg("split_size_or_sections"), arg("dim") = 0);
  both(m, c, "repeat_interleave",
       [](const Tensor& x, const Tensor& r, std::optional<int64_t> dim, std::optional<int64_t> size) {
         return ct::repeat_interleave(x, r, dim, size);
       },
       arg("repeats"), arg("dim") = py::none(), kw, arg("output_size") = py::none());
  both(m, c, "repeat_interleave",
       [](const Tensor& x, int64_t r, std::optional<int64_t> dim, std::optional<int64_t> size) {
         return ct::repeat_interleave(x, r, dim, size);
       },
       arg("repeats"), arg("dim") = py::none(), kw, arg("output_size") = py::none());
  both(m, c, "repeat_interleave",
       [](const Tensor& r, std::optional<int64_t> size) { return ct::repeat_interleave(r, size); }, kw,
       arg("output_size") = py::none());
  both(m, c, "chunk", [](const Tensor& x, int64_t n, int64_t d) { return wrap_tuple(ct::chunk(x, n, d)); },
       arg("chunks"), arg("dim") = 0);
  both(m, c, "unbind", [](const Tensor& x, int64_t d) { return wrap_tuple(ct::unbind(x, d)); }, arg("dim") = 0);

  // ---- linear algebra
  both(m, c, "matmul", [](const Tensor& a, const Tensor& b) { return ct::matmul(a, b); }, arg("other"));
  both(m, c, "mm", [](const Tensor& a, const Tensor& b) { return ct::mm(a, b); }, arg("mat2"));
  both(m, c, "bmm", [](const Tensor& a, const Tensor& b) { return ct::bmm(a, b); }, arg("mat2"));
  both(m, c, "mv", [](const Tensor& a, const Tensor& b) { return ct::mv(a, b); }, arg("vec"));
  both(m, c, "dot", [](const Tensor& a, const Tensor& b) { return ct::dot(a, b); }, arg("other"));
  both(m, c, "inner", [](const Tensor& a, const Tensor& b) { return ct::dot(a, b); }, arg("other"));
  both(m, c, "outer", [](const Tensor& a, const Tensor& b) { return ct::outer(a, b); }, arg("vec2"));
  both(m, c, "ger", [](const Tensor& a, const Tensor& b) { return ct::outer(a, b); }, arg("vec2"));
  both(m, c, "addmm",
       [](const Tensor& s, const Tensor& a, const Tensor& b, const Scalar& beta, const Scalar& alpha) {
         return ct::addmm(s, a, b, beta, alpha);
       },
       arg("mat1"), arg("mat2"), kw, arg("beta") = 1, arg("alpha") = 1);
  m.def("einsum",
        [](const std::string& eq, py::args ops) {
          if (ops.size() == 1 && !is_tensor(ops[0])) return ct::einsum(eq, tensor_seq(ops[0], "operands"));
          return ct::einsum(eq, tensor_seq(ops, "operands"));
        },
        arg("equation"));
  both(m, c, "cross",
       [](const Tensor& a, const Tensor& b, std::optional<int64_t> dim) { return ct::cross(a, b, dim); },
       arg("other"), arg("dim") = py::none());
  both(m, c, "det", [](const Tensor& a) { return ct::linalg::det(a); });
  both(m, c, "inverse", [](const Tensor& a) { return ct::linalg::inv(a); });
  auto la = m.def_submodule("_linalg");
  la.def("inv", [](const Tensor& a) { return ct::linalg::inv(a); }, arg("A"));
  la.def("det", [](const Tensor& a) { return ct::linalg::det(a); }, arg("A"));
  la.def("slogdet",
         [](const Tensor& a) {
           auto [s, l] = ct::linalg::slogdet(a);
           return py::make_tuple(s, l);
         },
         arg("A"));
  la.def("solve", [](const Tensor& a, const Tensor& b) { return ct::linalg::solve(a, b); }, arg("A"), arg("B"));
  la.def("cholesky", [](const Tensor& a) { return ct::linalg::cholesky(a); }, arg("A"));
  la.def("cross", [](const Tensor& a, const Tensor& b, int64_t dim) { return ct::linalg::cross(a, b, dim); },
         arg("input"), arg("other"), kw, arg("dim") = -1);

  // ---- factories
  auto sized = [&](const char* name, Tensor (*f)(const Shape&, ct::DType)) {
    m.def(name,
          [f, name](py::args size, DT dtype, bool rg) {
            return finish(f(shape_from_args(size, name), dtype.value_or(ct::float32)), rg);
          },
          kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  };
  sized("empty", &ct::empty);
  sized("zeros", &ct::zeros);
  sized("ones", &ct::ones);
  sized("rand", &ct::rand);
  sized("randn", &ct::randn);
  m.def("full",
        [](const Shape& size, const Scalar& v, DT dtype, bool rg) { return finish(ct::full(size, v, dtype), rg); },
        arg("size"), arg("fill_value"), kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  m.def("arange",
        [](const Scalar& end, DT dtype, bool rg) { return finish(ct::arange(end, dtype), rg); },
        arg("end"), kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  m.def("arange",
        [](const Scalar& start, const Scalar& end, const Scalar& step, DT dtype, bool rg) {
          return finish(ct::arange(start, end, step, dtype), rg);
        },
        arg("start"), arg("end"), arg("step") = 1, kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  m.def("eye",
        [](int64_t n, std::optional<int64_t> mm, DT dtype, bool rg) {
          return finish(ct::eye(n, mm, dtype.value_or(ct::float32)), rg);
        },
        arg("n"), arg("m") = py::none(), kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  auto like = [&](const char* name, Tensor (*f)(const Tensor&, std::optional<ct::DType>)) {
    m.def(name, [f](const Tensor& t, DT dtype, bool rg) { return finish(f(t, dtype), rg); }, arg("input"), kw,
          arg("dtype") = py::none(), arg("requires_grad") = false);
  };
  like("empty_like", &ct::empty_like);
  like("zeros_like", &ct::zeros_like);
  like("ones_like", &ct::ones_like);
  like("rand_like", &ct::rand_like);
  like("randn_like", &ct::randn_like);
  m.def("full_like",
        [](const Tensor& t, const Scalar& v, DT dtype, bool rg) { return finish(ct::full_like(t, v, dtype), rg); },
        arg("input"), arg("fill_value"), kw, arg("dtype") = py::none(), arg("requires_grad") = false);
  m.def("manual_seed",
        [](py::object seed) {
          PyObject* o = seed.ptr();
          if (PyBool_Check(o) || !PyIndex_Check(o)) throw ct::TypeError("manual_seed expected an int seed");
          py::object v = py::reinterpret_steal<py::object>(PyNumber_Index(o));
          if (!v) throw py::error_already_set();
          // torch takes the seed modulo 2**64 (negative seeds wrap)
          ct::manual_seed(PyLong_AsUnsignedLongLongMask(v.ptr()));
        },
        arg("seed"));

  // ---- misc
  m.def("allclose", &ct::allclose, arg("input"), arg("other"), arg("rtol") = 1e-5, arg("atol") = 1e-8,
        arg("equal_nan") = false);
  c.def("allclose", &ct::allclose, arg("other"), arg("rtol") = 1e-5, arg("atol") = 1e-8, arg("equal_nan") = false);
  both(m, c, "equal", [](const Tensor& a, const Tensor& b) { return ct::equal(a, b); }, arg("other"));
  m.def("result_type", [](const Tensor& a, const Tensor& b) { return ct::result_type(a, b); },
        arg("tensor1"), arg("tensor2"));
  m.def("result_type", [](const Tensor& a, const Scalar& b) { return ct::result_type(a, b); },
        arg("tensor1"), arg("tensor2"));
  m.def("_broadcast_shapes", [](const Shape& a, const Shape& b) { return ct::broadcast_shapes(a, b); });
  m.def("set_num_threads", &ct::set_num_threads, arg("num"));
  m.def("get_num_threads", &ct::get_num_threads);
  m.def("is_grad_enabled", &ct::is_grad_enabled);
  m.def("_set_grad_enabled", &ct::set_grad_enabled, arg("mode"));

  // The op table as data, for the generic tests and docs/ops.md.
  m.def("_op_table", []() {
    static const char* kinds[] = {"unary", "binary", "reduction", "view", "other"};
    static_assert(static_cast<int>(ct::OpKind::Other) == 4);
    static const char* rules[] = {"elementwise", "reduction", "loop"};
    static const char* domains[] = {"real", "positive", "unit", "above_one", "probability"};
    py::list rows;
    for (const ct::OpInfo& op : ct::op_table()) {
      py::dict d;
      d["name"] = op.name;
      d["op"] = op.op_name();
      d["torch"] = op.torch_reference();
      d["python_call"] = op.python_call ? py::object(py::str(op.python_call)) : py::object(py::none());
      d["node"] = op.node;
      d["derivative"] = op.derivative;
      d["kind"] = kinds[static_cast<int>(op.kind)];
      d["batch_rule"] = rules[static_cast<int>(op.batch_rule)];
      d["domain"] = domains[static_cast<int>(op.domain)];
      d["method"] = op.method;
      d["differentiable"] = op.differentiable();
      d["generated_binding"] = op.generated_binding;
      d["block_kernel"] = op.block_f64 != nullptr;
      rows.append(d);
    }
    return rows;
  });
  m.def("_sample_inputs", [](const std::string& name) {
    const ct::OpInfo* op = ct::find_op(name);
    if (!op) throw ct::ValueError("no op named '" + name + "' in the op table");
    py::list samples;
    for (const auto& sample : ct::sample_inputs(*op)) samples.append(wrap_tuple(sample));
    return samples;
  }, arg("name"));
}

}  // namespace ctpy
