// A port of the algorithm in torch/_tensor_str.py (precision 4, threshold
// 1000, edgeitems 3, linewidth 80), so that output matches PyTorch's text.
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/recorder.h"
#include "core/tensor_impl.h"
#include "cotangent/autograd.h"
#include "cotangent/forward_ad.h"
#include "cotangent/io.h"
#include "cotangent/ops.h"

namespace ct {

namespace {

constexpr int kPrecision = 4;
constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;
constexpr int64_t kLineWidth = 80;

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// Python's formatting of non-finite floats ("nan", "inf", "-inf").
std::string nonfinite(double v) { return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"); }

std::string sci(double v, int width = 0) {
  if (!std::isfinite(v)) {
    std::string s = nonfinite(v);
    return std::string(std::max<int>(0, width - static_cast<int>(s.size())), ' ') + s;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%*.*e", width, kPrecision, v);
  return buf;
}

struct Formatter {
  bool floating = false;
  bool int_mode = true;
  bool sci_mode = false;
  size_t max_width = 1;

  // Values come as long double: exact for every int64 and every double.
  explicit Formatter(const std::vector<long double>& lvals, DType dtype) {
    std::vector<double> vals(lvals.begin(), lvals.end());
    floating = is_floating_point(dtype);
    if (!floating) {
      for (long double v : lvals) max_width = std::max(max_width, plain(v, dtype).size());
      return;
    }
    std::vector<double> nz;
    for (double v : vals)
      if (std::isfinite(v) && v != 0) nz.push_back(v);
    if (nz.empty()) return;
    double mn = INFINITY, mx = 0;
    for (double v : nz) {
      mn = std::min(mn, std::fabs(v));
      mx = std::max(mx, std::fabs(v));
    }
    for (double v : nz)
      if (v != std::ceil(v)) {
        int_mode = false;
        break;
      }
    if (int_mode) {
      if (mx / mn > 1000. || mx > 1.e8) {
        sci_mode = true;
        for (double v : nz) max_width = std::max(max_width, sci(v).size());
      } else {
        for (double v : nz) max_width = std::max(max_width, fmt("%.0f", v).size() + 1);
      }
    } else if (mx / mn > 1000. || mx > 1.e8 || mn < 1.e-4) {
      sci_mode = true;
      for (double v : nz) max_width = std::max(max_width, sci(v).size());
    } else {
      for (double v : nz) max_width = std::max(max_width, fmt("%.4f", v).size());
    }
  }

  static std::string plain(long double v, DType dtype) {
    if (dtype == DType::Bool) return v != 0 ? "True" : "False";
    return std::to_string(static_cast<int64_t>(v));
  }

  std::string format(long double lv, DType dtype) const {
    const double v = static_cast<double>(lv);
    std::string r;
    if (floating) {
      if (sci_mode) {
        r = sci(v, static_cast<int>(max_width));
      } else if (!std::isfinite(v)) {
        r = nonfinite(v);
      } else if (int_mode) {
        r = fmt("%.0f", v) + ".";
      } else {
        r = fmt("%.4f", v);
      }
    } else {
      r = plain(lv, dtype);
    }
    if (r.size() < max_width) r = std::string(max_width - r.size(), ' ') + r;
    return r;
  }
};

std::vector<long double> values_of(const Tensor& t) {
  std::vector<long double> out;
  if (t.dtype() == DType::Int64) {
    for (int64_t v : t.to_vector<int64_t>()) out.push_back(static_cast<long double>(v));
  } else {
    for (double v : t.to_vector<double>()) out.push_back(v);
  }
  return out;
}

Tensor summarized(const Tensor& t) {
  if (t.dim() == 0) return t;
  const int64_t n = t.shape()[0];
  if (t.dim() == 1) {
    if (n > 2 * kEdgeItems)
      return cat({t.slice(0, 0, kEdgeItems), t.slice(0, n - kEdgeItems, n)}, 0);
    return t;
  }
  std::vector<Tensor> parts;
  if (n > 2 * kEdgeItems) {
    for (int64_t i = 0; i < kEdgeItems; ++i) parts.push_back(summarized(t.select(0, i)));
    for (int64_t i = n - kEdgeItems; i < n; ++i) parts.push_back(summarized(t.select(0, i)));
  } else {
    for (int64_t i = 0; i < n; ++i) parts.push_back(summarized(t.select(0, i)));
  }
  return stack(parts, 0);
}

std::string vector_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f) {
  const int64_t element_length = static_cast<int64_t>(f.max_width) + 2;
  const int64_t per_line = std::max<int64_t>(1, (kLineWidth - indent) / element_length);
  const int64_t n = t.shape()[0];
  std::vector<std::string> data;
  auto add_range = [&](int64_t lo, int64_t hi) {
    for (long double v : values_of(t.slice(0, lo, hi))) data.push_back(f.format(v, t.dtype()));
  };
  if (summarize && n > 2 * kEdgeItems) {
    add_range(0, kEdgeItems);
    data.push_back(" ...");
    add_range(n - kEdgeItems, n);
  } else {
    add_range(0, n);
  }
  std::string out = "[";
  for (size_t i = 0; i < data.size(); ++i) {
    if (i > 0) {
      if (i % per_line == 0)
        out += ",\n" + std::string(indent + 1, ' ');
      else
        out += ", ";
    }
    out += data[i];
  }
  return out + "]";
}

std::string tensor_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f) {
  if (t.dim() == 0) return f.format(values_of(t)[0], t.dtype());
  if (t.dim() == 1) return vector_str(t, indent, summarize, f);
  const int64_t n = t.shape()[0];
  std::vector<std::string> slices;
  if (summarize && n > 2 * kEdgeItems) {
    for (int64_t i = 0; i < kEdgeItems; ++i)
      slices.push_back(tensor_str(t.select(0, i), indent + 1, summarize, f));
    slices.push_back("...");
    for (int64_t i = n - kEdgeItems; i < n; ++i)
      slices.push_back(tensor_str(t.select(0, i), indent + 1, summarize, f));
  } else {
    for (int64_t i = 0; i < n; ++i)
      slices.push_back(tensor_str(t.select(0, i), indent + 1, summarize, f));
  }
  std::string sep = "," + std::string(t.dim() - 1, '\n') + std::string(indent + 1, ' ');
  std::string out = "[";
  for (size_t i = 0; i < slices.size(); ++i) out += (i ? sep : "") + slices[i];
  return out + "]";
}

std::string add_suffixes(const std::string& s, const std::vector<std::string>& suffixes,
                         int64_t indent) {
  std::string out = s;
  size_t nl = s.rfind('\n');
  int64_t last_line_len = static_cast<int64_t>(s.size()) -
                          (nl == std::string::npos ? -1 : static_cast<int64_t>(nl)) + 1;
  for (const std::string& suf : suffixes) {
    // Line breaks fall where torch's would: "dtype=ct.float64" is laid out
    // as if it were "dtype=torch.float64".
    const bool is_dtype = suf.rfind("dtype=ct.", 0) == 0;
    const int64_t len = static_cast<int64_t>(suf.size()) + (is_dtype ? 3 : 0);
    if (last_line_len + len + 2 > kLineWidth) {
      out += ",\n" + std::string(indent, ' ') + suf;
      last_line_len = indent + len;
    } else {
      out += ", " + suf;
      last_line_len += len + 2;
    }
  }
  return out + ")";
}

}  // namespace

std::string repr(const Tensor& t) {
  detail::note_value_read("printing a tensor");
  if (!t.defined()) return "None";
  NoGradGuard no_grad;
  const std::string prefix = "tensor(";
  const int64_t indent = static_cast<int64_t>(prefix.size());
  std::vector<std::string> suffixes;
  const bool default_dtype =
      t.dtype() == DType::Float32 || t.dtype() == DType::Int64 || t.dtype() == DType::Bool;
  std::string body;
  if (t.numel() == 0) {
    if (t.dim() != 1) {
      std::string sz = "(";
      for (int64_t d = 0; d < t.dim(); ++d) sz += (d ? ", " : "") + std::to_string(t.shape()[d]);
      suffixes.push_back("size=" + sz + ")");
    }
    if (t.dtype() != DType::Float32) suffixes.push_back("dtype=" + dtype_repr(t.dtype()));
    body = "[]";
  } else {
    if (!default_dtype) suffixes.push_back("dtype=" + dtype_repr(t.dtype()));
    Tensor plain = t.detach();
    const bool summarize = plain.numel() > kThreshold;
    Formatter f(values_of(summarize ? summarized(plain) : plain), t.dtype());
    body = tensor_str(plain, indent, summarize, f);
  }
  if (t.grad_fn())
    suffixes.push_back("grad_fn=<" + t.grad_fn_name() + ">");
  else if (t.requires_grad())
    suffixes.push_back("requires_grad=True");
  if (Tensor tangent = forward_ad::unpack_dual(t).tangent; tangent.defined())
    suffixes.push_back("tangent=" + repr(tangent));
  return add_suffixes(prefix + body, suffixes, indent);
}

std::ostream& operator<<(std::ostream& os, const Tensor& t) { return os << repr(t); }
std::ostream& operator<<(std::ostream& os, const Shape& s) { return os << size_string(s); }
std::ostream& operator<<(std::ostream& os, DType t) { return os << dtype_repr(t); }
std::ostream& operator<<(std::ostream& os, const std::vector<Tensor>& ts) {
  os << "(";
  for (size_t i = 0; i < ts.size(); ++i) os << (i ? ", " : "") << ts[i];
  return os << (ts.size() == 1 ? ",)" : ")");
}

}  // namespace ct
