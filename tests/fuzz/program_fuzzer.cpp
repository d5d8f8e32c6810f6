// program_fuzzer: random differentiable programs, checked three ways.
//
//   program_fuzzer --count N --seed S [--verbose] [--only K] [--start K0]
//
// Program K of seed S is generated from its own generator (seeded from S and
// K), so `program_fuzzer --seed S --only K --verbose` rebuilds and reruns
// exactly the program a failure report names. A program is a list of ops
// drawn from the table below (elementwise, broadcasting binary ops,
// reductions, views, indexing, linear algebra, nn functions, in-place ops on
// fresh non-leaf tensors) over 1-4 float64 inputs of rank 0-3, sizes 1-4.
// Every op is first run on the concrete inputs while the program is built:
// operands are chosen (or made) so that the program stays away from
// non-differentiable points (kinks, ties, domain edges) by a margin far
// larger than the finite-difference step, so finite differences are valid.
//
// Each program is checked
//  (a) by ct::gradcheck and, on a subset, ct::gradgradcheck (float64 central
//      differences), on contiguous leaves;
//  (b) reverse against forward mode, on inputs laid out as the program says
//      (transposed, strided, expanded): loop, vectorized and forward-mode
//      jacobian; jvp (native and double-backward) against J v; vjp and
//      backward() against v J; forward_ad dual tensors against J v; outputs
//      and Jacobians against the contiguous-input run;
//  (c) on a subset, the functional family on the scalar program
//      s(x) = sum_k <w_k, out_k>: hessian (loop, vectorized, forward-over-
//      reverse) against the Jacobian of the gradient, hvp / vhp against H v,
//      and create_graph chains (vjp, jvp, jacobian, hvp with
//      create_graph=true) verified by gradcheck.
//
// Any ct::Error on a valid program, any other exception or any mismatch is a
// failure: it is printed with a reproducer (seed, program index, the program
// as C++-like text with shapes and strides). The exit code is 1 when
// anything failed; the last line is `programs: N, failures: F`.
#include <cotangent/cotangent.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <typeinfo>
#include <vector>

namespace {

using ct::Shape;
using ct::Tensor;
using TL = std::vector<Tensor>;
namespace F = ct::nn::functional;

// ------------------------------------------------------------------ config

struct Config {
  int64_t max_numel = 48;        // any intermediate value
  int64_t max_input_numel = 24;  // all inputs together
  int64_t max_out_numel = 16;    // each output
  int max_inputs = 4;
  int max_rank = 4;  // intermediates (inputs: 0-3)
  int min_ops = 3, max_ops = 12;
  double max_abs = 40;   // bound on every intermediate value
  double margin = 2e-2;  // distance kept from kinks, ties, domain edges
  double gradgrad_p = 0.5;
  double f32_p =
      0.2;  // fraction given the float32 pass  // fraction of programs given gradgradcheck
  double hessian_p = 0.5;         // fraction given the (c) checks
  std::set<std::string> exclude;  // ops never drawn (--exclude)
  double chain_p = 0.5;           // of those, fraction given create_graph chains
};

// ------------------------------------------------------------------ random

struct Rng {
  std::mt19937_64 g;
  explicit Rng(uint64_t s) : g(s) {}
  int64_t uni(int64_t lo, int64_t hi) {  // inclusive
    if (hi <= lo) return lo;
    return lo + static_cast<int64_t>(g() % static_cast<uint64_t>(hi - lo + 1));
  }
  double real(double lo, double hi) {
    return lo + (hi - lo) * (static_cast<double>(g() >> 11) * (1.0 / 9007199254740992.0));
  }
  bool coin(double p = 0.5) { return real(0, 1) < p; }
  // A "nice" number (multiple of 1/8) in [lo, hi], readable in reproducers.
  double nice(double lo, double hi) {
    double v = std::round(real(lo, hi) * 8) / 8;
    return std::clamp(v, lo, hi);
  }
};

uint64_t mix(uint64_t a, uint64_t b) {
  uint64_t z = a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// ------------------------------------------------------------------ helpers

std::vector<double> dvals(const Tensor& t) { return t.to(ct::float64).to_vector<double>(); }

double vmin(const Tensor& t) {
  auto v = dvals(t);
  return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}
double vmax(const Tensor& t) {
  auto v = dvals(t);
  return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}
double min_abs(const Tensor& t) {
  double m = INFINITY;
  for (double x : dvals(t)) m = std::min(m, std::fabs(x));
  return m;
}
double max_abs(const Tensor& t) {
  double m = 0;
  for (double x : dvals(t)) m = std::max(m, std::fabs(x));
  return m;
}
bool all_finite(const Tensor& t) {
  for (double x : dvals(t))
    if (!std::isfinite(x)) return false;
  return true;
}
// Every element at least m away from c.
bool away(const Tensor& t, double c, double m) {
  for (double x : dvals(t))
    if (std::fabs(x - c) < m) return false;
  return true;
}
// Every element exactly 0 (a structural tie) or at least m away from 0.
bool zero_or_away(const Tensor& t, double m) {
  for (double x : dvals(t))
    if (x != 0 && std::fabs(x) < m) return false;
  return true;
}
// Distance of every element to the nearest integer (+offset) at least m.
bool away_from_integers(const Tensor& t, double m, double offset = 0) {
  for (double x : dvals(t)) {
    double y = x - offset;
    if (std::fabs(y - std::round(y)) < m) return false;
  }
  return true;
}

int64_t numel_of(const Shape& s) { return s.numel(); }

std::string shape_str(const Shape& s) {
  std::string o = "[";
  for (size_t i = 0; i < s.size(); ++i) o += (i ? ", " : "") + std::to_string(s[i]);
  return o + "]";
}
std::string list_str(const std::vector<int64_t>& v) {
  std::string o;
  for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + std::to_string(v[i]);
  return o;
}
std::string dbl(double d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  std::string s = buf;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::optional<Shape> broadcast(const Shape& a, const Shape& b) {
  size_t r = std::max(a.size(), b.size());
  Shape o(r, 1);
  for (size_t i = 0; i < r; ++i) {
    int64_t x = i < r - a.size() ? 1 : a[i - (r - a.size())];
    int64_t y = i < r - b.size() ? 1 : b[i - (r - b.size())];
    if (x != y && x != 1 && y != 1) return std::nullopt;
    o[i] = x == 1 ? y : x;
  }
  return o;
}

// C++ literal of a tensor's values: ct::tensor({{...}}, ct::float64).
std::string literal(const Tensor& t) {
  std::string dt = t.dtype() == ct::float64 ? "ct::float64"
                   : t.dtype() == ct::int64 ? "ct::int64"
                   : t.dtype() == ct::kBool ? "ct::bool_"
                                            : "ct::float32";
  std::vector<double> v = dvals(t);
  auto elem = [&](double x) -> std::string {
    if (t.dtype() == ct::kBool) return x != 0 ? "true" : "false";
    if (t.dtype() == ct::int64) return std::to_string(static_cast<int64_t>(x));
    return dbl(x);
  };
  if (t.dim() == 0) return "ct::tensor(" + elem(v[0]) + ", " + dt + ")";
  std::string o;
  size_t k = 0;
  std::function<void(int64_t)> rec = [&](int64_t d) {
    o += "{";
    for (int64_t i = 0; i < t.size(d); ++i) {
      if (i) o += ", ";
      if (d + 1 == t.dim())
        o += elem(v[k++]);
      else
        rec(d + 1);
    }
    o += "}";
  };
  rec(0);
  return "ct::tensor(" + o + ", " + dt + ")";
}

// ------------------------------------------------------------------ programs

// How an input reaches the reverse/forward checks (b)/(c): gradcheck always
// gets a contiguous leaf with the same values.
enum Layout { kContiguous, kTransposed, kStrided, kExpanded };

struct Instr {
  int op = -1;             // index in the op table; -1: an input
  std::vector<int> a;      // operands (value ids)
  std::vector<int64_t> i;  // integer parameters
  std::vector<double> d;   // floating parameters
  std::vector<Tensor> c;   // constants (masks, indices, weights)
  std::string s;           // string parameter (einsum equation, reduction)
  // inputs
  int input = -1;
  Tensor base;  // values (for kExpanded: the unexpanded tensor)
  Layout layout = kContiguous;
  int64_t ld0 = 0, ld1 = 0;  // layout dims
  // as generated (contiguous-input run)
  Shape shape, strides;
  Tensor value;
};

struct Program {
  uint64_t seed = 0;
  int64_t index = 0;
  std::vector<Instr> code;   // value id == position in code
  std::vector<int> inputs;   // value ids of the inputs, in order
  std::vector<int> outputs;  // value ids of the outputs
  bool tensor_form = false;  // also check the Tensor -> Tensor API forms
  bool do_gradgrad = false, do_hessian = false;
  bool f32 = false;                        // also run the reverse/forward checks on float32 inputs
  int chain = -1;                          // which create_graph chain (-1: none)
  std::vector<Tensor> w;                   // weights of the scalar program s(x)
  std::vector<Tensor> v_in, v_out, v_in2;  // directions for jvp / vjp / hvp
  std::vector<Tensor> gg_out;              // grad_outputs for gradgradcheck
  std::string gen_error;                   // a ct::Error raised while building it
};

struct OpDef;
const std::vector<OpDef>& table();
int op_id(const std::string& name);

struct Gen;
using GenFn = std::function<bool(Gen&, Instr&)>;
using ApplyFn = std::function<Tensor(const Instr&, const TL&)>;
using FmtFn = std::function<std::string(const Instr&)>;

struct OpDef {
  std::string name;
  double weight;
  GenFn gen;
  ApplyFn apply;
  std::string pat;  // $k operand k, #k int k, #k* ints from k, @k double k, &k constant k
  FmtFn fmt;        // used instead of pat when set
};

Tensor input_tensor(const Instr& in, bool contiguous) {
  Tensor t;
  switch (in.layout) {
    case kContiguous:
      t = in.base.clone();
      break;
    case kTransposed:
      t = in.base.transpose(in.ld0, in.ld1).contiguous().transpose(in.ld0, in.ld1);
      break;
    case kStrided: {
      // stride 2 along ld0: every other element of a bigger buffer
      Tensor pad = ct::full(in.base.shape(), 7.0, ct::float64);
      t = ct::cat({in.base.unsqueeze(in.ld0 + 1), pad.unsqueeze(in.ld0 + 1)}, in.ld0 + 1)
              .flatten(in.ld0, in.ld0 + 1)
              .slice(in.ld0, 0, std::nullopt, 2);
      break;
    }
    case kExpanded: {
      Shape s = in.base.shape();
      s[in.ld0] = in.ld1;
      t = in.base.clone().expand(s);
      break;
    }
  }
  if (contiguous) t = t.contiguous();
  return t.detach();
}

std::string layout_expr(const Instr& in, const std::string& x) {
  switch (in.layout) {
    case kContiguous:
      return x;
    case kTransposed:
      return x + ".transpose(" + std::to_string(in.ld0) + ", " + std::to_string(in.ld1) +
             ").contiguous().transpose(" + std::to_string(in.ld0) + ", " + std::to_string(in.ld1) +
             ")";
    case kStrided: {
      std::string d = std::to_string(in.ld0), d1 = std::to_string(in.ld0 + 1);
      return "ct::cat({" + x + ".unsqueeze(" + d1 + "), ct::full(" + x +
             ".shape(), 7.0, ct::float64).unsqueeze(" + d1 + ")}, " + d1 + ").flatten(" + d + ", " +
             d1 + ").slice(" + d + ", 0, std::nullopt, 2)";
    }
    case kExpanded: {
      Shape s = in.base.shape();
      s[in.ld0] = in.ld1;
      return x + "_small.expand({" + list_str(s.vec()) + "})";
    }
  }
  return x;
}

// Runs the program on `xs` (one tensor per input); `all` gets every value.
TL run(const Program& p, const TL& xs, TL* all = nullptr) {
  const auto& ops = table();
  TL v;
  v.reserve(p.code.size());
  for (const Instr& in : p.code) {
    if (in.op < 0)
      v.push_back(xs.at(static_cast<size_t>(in.input)));
    else
      v.push_back(ops[static_cast<size_t>(in.op)].apply(in, v));
  }
  TL out;
  for (int o : p.outputs) out.push_back(v[static_cast<size_t>(o)]);
  if (all) *all = v;
  return out;
}

std::string fmt_pattern(const std::string& pat, const Instr& I, int id) {
  std::string o;
  for (size_t p = 0; p < pat.size(); ++p) {
    char ch = pat[p];
    if ((ch == '$' || ch == '#' || ch == '@' || ch == '&') && p + 1 < pat.size() &&
        std::isdigit(static_cast<unsigned char>(pat[p + 1]))) {
      size_t q = p + 1;
      size_t k = 0;
      while (q < pat.size() && std::isdigit(static_cast<unsigned char>(pat[q])))
        k = k * 10 + static_cast<size_t>(pat[q++] - '0');
      bool star = q < pat.size() && pat[q] == '*';
      if (star) ++q;
      if (ch == '$') {
        if (star) {
          for (size_t j = k; j < I.a.size(); ++j)
            o += (j > k ? ", v" : "v") + std::to_string(I.a[j]);
        } else {
          o += "v" + std::to_string(I.a.at(k));
        }
      } else if (ch == '#') {
        if (star)
          o += list_str(std::vector<int64_t>(I.i.begin() + static_cast<long>(k), I.i.end()));
        else
          o += std::to_string(I.i.at(k));
      } else if (ch == '@') {
        o += dbl(I.d.at(k));
      } else {
        o += "c" + std::to_string(id) + "_" + std::to_string(k);
      }
      p = q - 1;
    } else {
      o += ch;
    }
  }
  return o;
}

std::string instr_expr(const Instr& I, int id) {
  const OpDef& op = table()[static_cast<size_t>(I.op)];
  if (op.fmt) {
    std::string p = op.fmt(I);
    return fmt_pattern(p, I, id);
  }
  return fmt_pattern(op.pat, I, id);
}

std::string layout_name(Layout l) {
  switch (l) {
    case kContiguous:
      return "contiguous";
    case kTransposed:
      return "transposed";
    case kStrided:
      return "strided";
    case kExpanded:
      return "expanded";
  }
  return "?";
}

std::string g_extra_args;  // non-default options, repeated in rerun lines

std::string program_text(const Program& p) {
  std::ostringstream o;
  o << "// rerun: program_fuzzer --seed " << p.seed << " --only " << p.index << g_extra_args
    << " --verbose\n";
  o << "// inputs: float64 leaves; gradcheck gets x_k, the jacobian/jvp/vjp checks get x_k_in\n";
  for (int id : p.inputs) {
    const Instr& in = p.code[static_cast<size_t>(id)];
    std::string x = "x" + std::to_string(in.input);
    if (in.layout == kExpanded) {
      o << "Tensor " << x << "_small = " << literal(in.base) << ";\n";
      o << "Tensor " << x << " = " << layout_expr(in, x) << ".contiguous();\n";
    } else {
      o << "Tensor " << x << " = " << literal(in.base) << ";\n";
    }
    Tensor nc = input_tensor(in, false);
    o << "Tensor " << x << "_in = " << layout_expr(in, x) << ";  // " << shape_str(nc.shape())
      << " strides " << shape_str(nc.strides()) << " (" << layout_name(in.layout) << ")\n";
  }
  o << "auto f = [&](const std::vector<Tensor>& x) -> std::vector<Tensor> {\n";
  for (size_t k = 0; k < p.code.size(); ++k) {
    const Instr& I = p.code[k];
    int id = static_cast<int>(k);
    if (I.op < 0) {
      o << "  Tensor v" << id << " = x[" << I.input << "];";
    } else {
      for (size_t j = 0; j < I.c.size(); ++j)
        o << "  Tensor c" << id << "_" << j << " = " << literal(I.c[j]) << ";\n";
      o << "  Tensor v" << id << " = " << instr_expr(I, id) << ";";
    }
    o << "  // " << shape_str(I.shape) << " strides " << shape_str(I.strides) << "\n";
  }
  o << "  return {";
  for (size_t k = 0; k < p.outputs.size(); ++k) o << (k ? ", v" : "v") << p.outputs[k];
  o << "};\n};\n";
  o << "// checks: gradcheck" << (p.do_gradgrad ? ", gradgradcheck" : "")
    << ", jacobian rev/vec/fwd, jvp, vjp, backward, dual"
    << (p.tensor_form ? ", Tensor-form API" : "") << (p.do_hessian ? ", hessian/hvp/vhp" : "");
  if (p.chain >= 0) o << ", create_graph chain " << p.chain;
  o << "\n";
  return o.str();
}

// ------------------------------------------------------------------ generator

enum Dom { kAny, kPos, kNonzero, kUnit };

struct Gen {
  Rng& r;
  const Config& cfg;
  Program& p;
  TL val;   // concrete values, by value id (contiguous inputs)
  TL pval;  // the same program on independently perturbed inputs: an exact tie
            // that survives the perturbation is structural (copies of one value)
  int64_t input_numel = 0;

  Gen(Rng& r_, const Config& c, Program& p_) : r(r_), cfg(c), p(p_) {}

  const Tensor& v(int id) const { return val[static_cast<size_t>(id)]; }
  const Shape& shape(int id) const { return v(id).shape(); }
  int64_t rank(int id) const { return v(id).dim(); }
  int count() const { return static_cast<int>(val.size()); }

  // A value satisfying pred, preferring the most recent ones.
  int pick(const std::function<bool(int)>& pred) {
    std::vector<int> c;
    for (int id = 0; id < count(); ++id)
      if (pred(id)) c.push_back(id);
    if (c.empty()) return -1;
    if (r.coin(0.45)) return c.back();
    if (c.size() > 1 && r.coin(0.3)) return c[c.size() - 2];
    return c[static_cast<size_t>(r.uni(0, static_cast<int64_t>(c.size()) - 1))];
  }
  int pick_any() {
    return pick([&](int id) { return v(id).numel() <= cfg.max_numel; });
  }
  int pick_rank(int64_t lo, int64_t hi) {
    return pick([&](int id) { return rank(id) >= lo && rank(id) <= hi; });
  }

  Tensor values(const Shape& s, Dom d) {
    int64_t n = numel_of(s);
    std::vector<double> x(static_cast<size_t>(n));
    for (double& e : x) {
      switch (d) {
        case kAny:
          e = r.real(-1.5, 1.5);
          break;
        case kPos:
          e = r.real(0.3, 1.5);
          break;
        case kNonzero:
          e = r.real(0.3, 1.5) * (r.coin() ? 1 : -1);
          break;
        case kUnit:
          e = r.real(-0.8, 0.8);
          break;
      }
      e = std::round(e * 1024) / 1024;  // short literals, exact in reproducers
    }
    return ct::from_vector(x, s);
  }

  Shape rand_shape(int64_t rmin, int64_t rmax, int64_t max_numel) {
    for (int t = 0; t < 20; ++t) {
      int64_t rk = r.uni(rmin, rmax);
      Shape s;
      for (int64_t k = 0; k < rk; ++k) s.push_back(r.uni(1, 4));
      if (numel_of(s) <= max_numel) return s;
    }
    return Shape{};
  }

  // Appends an instruction, runs it on the concrete values and keeps it when
  // the result is finite, bounded and small. -1 when rejected.
  int emit(Instr I) {
    const OpDef& op = table()[static_cast<size_t>(I.op)];
    Tensor out, pout;
    try {
      ct::NoGradGuard ng;
      out = op.apply(I, val);
      pout = op.apply(I, pval);
    } catch (const ct::Error& e) {
      if (p.gen_error.empty()) {
        Program q = p;
        q.code.push_back(I);
        q.code.back().shape = Shape{};
        q.outputs = {static_cast<int>(q.code.size()) - 1};
        p.gen_error = std::string("forward raised ") + e.what() + "\n" + program_text(q);
      }
      return -1;
    }
    if (!out.defined() || out.dtype() != ct::float64 || out.numel() == 0 ||
        out.numel() > cfg.max_numel || out.dim() > cfg.max_rank || !all_finite(out) ||
        max_abs(out) > cfg.max_abs)
      return -1;
    I.shape = out.shape();
    I.strides = out.strides();
    I.value = out;
    p.code.push_back(std::move(I));
    val.push_back(out);
    pval.push_back(pout);
    return count() - 1;
  }

  // diff(values) must be, elementwise, exactly 0 in both runs (a structural
  // tie) or at least the margin away from 0.
  bool tie_free(const std::function<Tensor(const TL&)>& diff) {
    ct::NoGradGuard ng;
    return zero_or_away(diff(val), cfg.margin) && zero_or_away(diff(pval), cfg.margin / 2);
  }
  int emit(const std::string& name, std::vector<int> a, std::vector<int64_t> i = {},
           std::vector<double> d = {}) {
    Instr I;
    I.op = op_id(name);
    I.a = std::move(a);
    I.i = std::move(i);
    I.d = std::move(d);
    return emit(std::move(I));
  }

  int new_input(const Shape& s, Dom d) {
    int n_in = static_cast<int>(p.inputs.size());
    if (n_in >= cfg.max_inputs || input_numel + numel_of(s) > cfg.max_input_numel) return -1;
    Instr I;
    I.input = n_in;
    Shape s2 = s;
    // pick a layout for the jacobian/jvp/vjp checks
    std::vector<Layout> ok = {kContiguous};
    if (s.size() >= 2) ok.push_back(kTransposed);
    if (s.size() >= 1) ok.push_back(kStrided);
    std::vector<int64_t> big;
    for (size_t k = 0; k < s.size(); ++k)
      if (s[k] > 1) big.push_back(static_cast<int64_t>(k));
    if (!big.empty()) ok.push_back(kExpanded);
    I.layout = r.coin(0.35) ? kContiguous : ok[static_cast<size_t>(r.uni(0, ok.size() - 1))];
    if (I.layout == kTransposed) {
      I.ld0 = r.uni(0, static_cast<int64_t>(s.size()) - 1);
      do I.ld1 = r.uni(0, static_cast<int64_t>(s.size()) - 1);
      while (I.ld1 == I.ld0);
    } else if (I.layout == kStrided) {
      I.ld0 = r.uni(0, static_cast<int64_t>(s.size()) - 1);
    } else if (I.layout == kExpanded) {
      I.ld0 = big[static_cast<size_t>(r.uni(0, big.size() - 1))];
      I.ld1 = s[static_cast<size_t>(I.ld0)];
      s2[static_cast<size_t>(I.ld0)] = 1;
    }
    I.base = values(s2, d);
    Tensor x = input_tensor(I, true);
    I.shape = x.shape();
    I.strides = input_tensor(I, false).strides();
    I.value = x;
    input_numel += x.numel();
    p.inputs.push_back(count());
    p.code.push_back(I);
    val.push_back(x);
    {
      std::vector<double> e = dvals(x);
      for (double& q : e) q += r.real(-1e-4, 1e-4);
      pval.push_back(ct::from_vector(e, x.shape()));
    }
    return count() - 1;
  }

  int new_const(const Shape& s, Dom d) {
    Instr I;
    I.op = op_id("constant");
    I.c = {values(s, d)};
    return emit(std::move(I));
  }

  // A value of exactly shape s: an existing one, a reshape of one, a new
  // input or a new constant.
  int obtain(const Shape& s, Dom d = kAny) {
    if (numel_of(s) > cfg.max_numel) return -1;
    double u = r.real(0, 1);
    auto fits = [&](int id) {
      switch (d) {
        case kAny:
          return true;
        case kPos:
          return vmin(v(id)) >= 0.2;
        case kNonzero:
          return min_abs(v(id)) >= 0.2;
        case kUnit:
          return max_abs(v(id)) <= 0.9;
      }
      return true;
    };
    if (u < 0.45) {
      int id = pick([&](int k) { return shape(k) == s && fits(k); });
      if (id >= 0) return id;
    }
    if (u < 0.6) {
      int id = pick([&](int k) { return v(k).numel() == numel_of(s) && fits(k); });
      if (id >= 0) {
        if (shape(id) == s) return id;
        std::vector<int64_t> sv = s.vec();
        int rid = emit("reshape", {id}, sv);
        if (rid >= 0) return rid;
      }
    }
    if (u < 0.85) {
      int id = new_input(s, d);
      if (id >= 0) return id;
    }
    return new_const(s, d);
  }

  // A shape that broadcasts with s (a suffix, some dims 1, maybe a new dim).
  Shape bcast_partner(const Shape& s) {
    Shape o;
    size_t drop = r.coin(0.3) ? static_cast<size_t>(r.uni(0, static_cast<int64_t>(s.size()))) : 0;
    for (size_t k = drop; k < s.size(); ++k) {
      int64_t e = s[k];
      if (r.coin(0.25))
        e = 1;
      else if (e == 1 && r.coin(0.3))
        e = r.uni(2, 3);
      o.push_back(e);
    }
    if (o.size() < 3 && r.coin(0.1)) o.insert(0, r.uni(1, 3));
    return o;
  }

  // A partner value for a broadcasting binary op with an operand of shape s.
  int partner(const Shape& s, Dom d = kAny, bool allow_bcast = true) {
    auto ok = [&](int id) {
      auto b = allow_bcast ? broadcast(s, shape(id)) : std::optional<Shape>(shape(id));
      if (!b || (!allow_bcast && shape(id) != s)) return false;
      if (numel_of(*b) > cfg.max_numel || static_cast<int>(b->size()) > cfg.max_rank) return false;
      switch (d) {
        case kAny:
          return true;
        case kPos:
          return vmin(v(id)) >= 0.2;
        case kNonzero:
          return min_abs(v(id)) >= 0.2;
        case kUnit:
          return max_abs(v(id)) <= 0.9;
      }
      return true;
    };
    if (r.coin(0.55)) {
      int id = pick(ok);
      if (id >= 0) return id;
    }
    Shape t = allow_bcast ? bcast_partner(s) : s;
    auto b = broadcast(s, t);
    if (!b || numel_of(*b) > cfg.max_numel) t = s;
    return obtain(t, d);
  }

  // A value in the domain d, made from a recent value when none fits.
  int domain_value(Dom d) {
    auto fits = [&](int id) {
      if (v(id).numel() > cfg.max_numel) return false;
      switch (d) {
        case kAny:
          return true;
        case kPos:
          return vmin(v(id)) >= 0.1;
        case kNonzero:
          return min_abs(v(id)) >= 0.2;
        case kUnit:
          return max_abs(v(id)) <= 0.9;
      }
      return true;
    };
    if (r.coin(0.7)) {
      int id = pick(fits);
      if (id >= 0) return id;
    }
    int src = pick_any();
    if (src < 0) return -1;
    switch (d) {
      case kAny:
        return src;
      case kPos:
      case kNonzero: {
        int s = emit("sigmoid", {src});
        if (s < 0) return -1;
        double c = r.nice(0.25, 1);
        int q = emit("add_scalar", {s}, {0}, {c});
        if (q < 0 || d == kPos || r.coin()) return q;
        return emit("mul_scalar", {q}, {0}, {-1.0});
      }
      case kUnit: {
        int t = emit("tanh", {src});
        if (t < 0) return -1;
        return emit("mul_scalar", {t}, {0}, {0.75});
      }
    }
    return -1;
  }

  // A dim of a rank-rk tensor, negative sometimes.
  int64_t dim(int64_t rk) {
    int64_t d = r.uni(0, rk - 1);
    return r.coin(0.25) ? d - rk : d;
  }
  // A nonempty set of distinct dims (sorted by position, some negative).
  std::vector<int64_t> dims(int64_t rk, bool allow_empty = false) {
    std::vector<int64_t> o;
    for (int64_t k = 0; k < rk; ++k)
      if (r.coin(0.5)) o.push_back(r.coin(0.2) ? k - rk : k);
    if (o.empty() && !allow_empty && rk > 0) {
      int64_t k = r.uni(0, rk - 1);
      o.push_back(k);
    }
    return o;
  }
  // A random factorization of n into a shape of rank <= 4.
  Shape factor(int64_t n, bool allow_minus1 = true) {
    Shape s;
    int64_t rest = n;
    int64_t rk = r.uni(n == 1 ? 0 : 1, 4);
    for (int64_t k = 0; k + 1 < rk; ++k) {
      std::vector<int64_t> divs;
      for (int64_t q = 1; q <= rest; ++q)
        if (rest % q == 0) divs.push_back(q);
      int64_t q = divs[static_cast<size_t>(r.uni(0, divs.size() - 1))];
      s.push_back(q);
      rest /= q;
    }
    if (rk > 0) s.push_back(rest);
    if (allow_minus1 && !s.empty() && r.coin(0.3))
      s[static_cast<size_t>(r.uni(0, s.size() - 1))] = -1;
    return s;
  }
  Tensor mask(const Shape& s, bool need_true = false) {
    std::vector<int64_t> x;
    bool any = false;
    for (int64_t k = 0; k < numel_of(s); ++k) {
      x.push_back(r.coin() ? 1 : 0);
      any = any || x.back();
    }
    if (need_true && !any && !x.empty()) x[static_cast<size_t>(r.uni(0, x.size() - 1))] = 1;
    return ct::from_vector(x, s).to(ct::kBool);
  }
  Tensor index(const Shape& s, int64_t hi) {
    std::vector<int64_t> x;
    for (int64_t k = 0; k < numel_of(s); ++k) x.push_back(r.uni(0, hi - 1));
    return ct::from_vector(x, s);
  }
};

// ------------------------------------------------------------------ op table

std::vector<OpDef> build_table() {
  std::vector<OpDef> tbl;
  auto add = [&](std::string name, double w, GenFn gen, ApplyFn apply, std::string pat,
                 FmtFn fmt = {}) {
    tbl.push_back(OpDef{std::move(name), w, std::move(gen), std::move(apply), std::move(pat),
                        std::move(fmt)});
  };
  auto A = [](const Instr& I, const TL& V, size_t k) -> const Tensor& {
    return V[static_cast<size_t>(I.a[k])];
  };

  // ---- plumbing (never drawn: weight 0)
  add(
      "constant", 0, nullptr, [](const Instr& I, const TL&) { return I.c[0]; }, "&0");
  add(
      "reshape", 0, nullptr,
      [=](const Instr& I, const TL& V) { return A(I, V, 0).reshape(Shape(I.i)); },
      "$0.reshape({#0*})");
  // used to shape the outputs
  add(
      "narrow_out", 0, nullptr,
      [=](const Instr& I, const TL& V) { return A(I, V, 0).narrow(I.i[0], I.i[1], I.i[2]); },
      "$0.narrow(#0, #1, #2)");
  add(
      "sum_out", 0, nullptr, [=](const Instr& I, const TL& V) { return A(I, V, 0).sum(I.i[0]); },
      "$0.sum(#0)");
  add(
      "sum_all_out", 0, nullptr, [=](const Instr& I, const TL& V) { return A(I, V, 0).sum(); },
      "$0.sum()");
  add(
      "sin_out", 0, nullptr, [=](const Instr& I, const TL& V) { return A(I, V, 0).sin(); },
      "$0.sin()");

  // ---- unary elementwise: (name, weight, fn, domain of the operand, pattern)
  struct U {
    const char* name;
    double w;
    std::function<Tensor(const Tensor&)> f;
    std::function<bool(const Tensor&, double)> ok;
    Dom fix;
    const char* pat;
  };
  auto any = [](const Tensor&, double) { return true; };
  auto pos = [](const Tensor& x, double) { return vmin(x) >= 0.1; };
  auto nonzero = [](const Tensor& x, double) { return min_abs(x) >= 0.2; };
  auto unit = [](const Tensor& x, double) { return max_abs(x) <= 0.9; };
  auto kink0 = [](const Tensor& x, double m) { return min_abs(x) >= m; };
  std::vector<U> unary = {
      {"neg", 1, [](const Tensor& x) { return -x; }, any, kAny, "-$0"},
      {"exp", 2, [](const Tensor& x) { return x.exp(); },
       [](const Tensor& x, double) { return vmax(x) <= 3; }, kUnit, "$0.exp()"},
      {"expm1", 0.5, [](const Tensor& x) { return x.expm1(); },
       [](const Tensor& x, double) { return vmax(x) <= 3; }, kUnit, "$0.expm1()"},
      {"exp2", 0.5, [](const Tensor& x) { return x.exp2(); },
       [](const Tensor& x, double) { return vmax(x) <= 4; }, kUnit, "$0.exp2()"},
      {"log", 2, [](const Tensor& x) { return x.log(); }, pos, kPos, "$0.log()"},
      {"log2", 0.5, [](const Tensor& x) { return x.log2(); }, pos, kPos, "$0.log2()"},
      {"log10", 0.5, [](const Tensor& x) { return x.log10(); }, pos, kPos, "$0.log10()"},
      {"log1p", 0.5, [](const Tensor& x) { return x.log1p(); },
       [](const Tensor& x, double) { return vmin(x) >= -0.8; }, kPos, "$0.log1p()"},
      {"sqrt", 2, [](const Tensor& x) { return x.sqrt(); }, pos, kPos, "$0.sqrt()"},
      {"rsqrt", 0.5, [](const Tensor& x) { return x.rsqrt(); }, pos, kPos, "$0.rsqrt()"},
      {"reciprocal", 1, [](const Tensor& x) { return x.reciprocal(); }, nonzero, kNonzero,
       "$0.reciprocal()"},
      {"sin", 2, [](const Tensor& x) { return x.sin(); }, any, kAny, "$0.sin()"},
      {"cos", 1, [](const Tensor& x) { return x.cos(); }, any, kAny, "$0.cos()"},
      {"tan", 0.5, [](const Tensor& x) { return x.tan(); }, unit, kUnit, "$0.tan()"},
      {"tanh", 2, [](const Tensor& x) { return x.tanh(); }, any, kAny, "$0.tanh()"},
      {"sigmoid", 2, [](const Tensor& x) { return x.sigmoid(); }, any, kAny, "$0.sigmoid()"},
      {"atan", 0.5, [](const Tensor& x) { return x.atan(); }, any, kAny, "$0.atan()"},
      {"asin", 0.5, [](const Tensor& x) { return x.asin(); }, unit, kUnit, "$0.asin()"},
      {"acos", 0.5, [](const Tensor& x) { return x.acos(); }, unit, kUnit, "$0.acos()"},
      {"atanh", 0.5, [](const Tensor& x) { return x.atanh(); }, unit, kUnit, "$0.atanh()"},
      {"sinh", 0.5, [](const Tensor& x) { return x.sinh(); },
       [](const Tensor& x, double) { return max_abs(x) <= 3; }, kUnit, "$0.sinh()"},
      {"cosh", 0.5, [](const Tensor& x) { return x.cosh(); },
       [](const Tensor& x, double) { return max_abs(x) <= 3; }, kUnit, "$0.cosh()"},
      {"asinh", 0.5, [](const Tensor& x) { return x.asinh(); }, any, kAny, "$0.asinh()"},
      {"acosh", 0.5, [](const Tensor& x) { return (x + 1.25).acosh(); },
       [](const Tensor& x, double) { return vmin(x) >= -0.15; }, kPos, "($0 + 1.25).acosh()"},
      {"erf", 0.5, [](const Tensor& x) { return x.erf(); }, any, kAny, "$0.erf()"},
      {"erfc", 0.5, [](const Tensor& x) { return x.erfc(); }, any, kAny, "$0.erfc()"},
      {"square", 1, [](const Tensor& x) { return x.square(); }, any, kAny, "$0.square()"},
      {"abs", 1, [](const Tensor& x) { return x.abs(); }, kink0, kNonzero, "$0.abs()"},
      {"relu", 1, [](const Tensor& x) { return x.relu(); }, kink0, kNonzero, "$0.relu()"},
      {"sign_plus", 0.3, [](const Tensor& x) { return x.sign() + x; }, kink0, kNonzero,
       "$0.sign() + $0"},
      {"frac", 0.3, [](const Tensor& x) { return (x * 2).frac(); },
       [](const Tensor& x, double m) { return away_from_integers(x * 2, m); }, kAny,
       "($0 * 2).frac()"},
      {"floor_plus", 0.3, [](const Tensor& x) { return (x * 2).floor() + x; },
       [](const Tensor& x, double m) { return away_from_integers(x * 2, m); }, kAny,
       "($0 * 2).floor() + $0"},
      {"round_plus", 0.3, [](const Tensor& x) { return (x * 2).round() * x; },
       [](const Tensor& x, double m) { return away_from_integers(x * 2, m, 0.5); }, kAny,
       "($0 * 2).round() * $0"},
      {"nan_to_num", 0.3, [](const Tensor& x) { return ct::nan_to_num(x); }, any, kAny,
       "ct::nan_to_num($0)"},
      {"logsigmoid", 0.5, [](const Tensor& x) { return F::logsigmoid(x); }, any, kAny,
       "F::logsigmoid($0)"},
      {"silu", 0.5, [](const Tensor& x) { return F::silu(x); }, any, kAny, "F::silu($0)"},
      {"gelu", 0.5, [](const Tensor& x) { return F::gelu(x); }, any, kAny, "F::gelu($0)"},
      {"gelu_tanh", 0.3, [](const Tensor& x) { return F::gelu(x, "tanh"); }, any, kAny,
       "F::gelu($0, \"tanh\")"},
      {"softplus", 0.5, [](const Tensor& x) { return F::softplus(x, 2.0, 3.0); },
       [](const Tensor& x, double m) { return away(x * 2, 3.0, m); }, kAny,
       "F::softplus($0, 2.0, 3.0)"},
      {"elu", 0.3, [](const Tensor& x) { return F::elu(x, 0.7); }, kink0, kNonzero,
       "F::elu($0, 0.7)"},
      {"selu", 0.3, [](const Tensor& x) { return F::selu(x); }, kink0, kNonzero, "F::selu($0)"},
      {"leaky_relu", 0.3, [](const Tensor& x) { return F::leaky_relu(x, 0.2); }, kink0, kNonzero,
       "F::leaky_relu($0, 0.2)"},
      {"hardtanh", 0.3, [](const Tensor& x) { return F::hardtanh(x, -0.5, 0.75); },
       [](const Tensor& x, double m) { return away(x, -0.5, m) && away(x, 0.75, m); }, kAny,
       "F::hardtanh($0, -0.5, 0.75)"},
      {"contiguous", 0.5, [](const Tensor& x) { return x.contiguous(); }, any, kAny,
       "$0.contiguous()"},
      {"clone", 0.3, [](const Tensor& x) { return x.clone(); }, any, kAny, "$0.clone()"},
  };
  for (const U& u : unary) {
    auto f = u.f;
    auto ok = u.ok;
    Dom fix = u.fix;
    add(
        u.name, u.w,
        [ok, fix](Gen& g, Instr& I) {
          int a = g.pick([&](int id) {
            return g.v(id).numel() <= g.cfg.max_numel && ok(g.v(id), g.cfg.margin);
          });
          if (a < 0 || g.r.coin(0.15)) a = g.domain_value(fix);
          if (a < 0 || !ok(g.v(a), g.cfg.margin)) return false;
          I.a = {a};
          return true;
        },
        [f, A](const Instr& I, const TL& V) { return f(A(I, V, 0)); }, u.pat);
  }

  // ---- unary with a scalar
  // i[0] = 1: the scalar is an integer (Scalar of kind Int: another promotion path)
  add(
      "add_scalar", 1,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        I.i = {g.r.coin(0.25) ? 1 : 0};
        I.d = {I.i[0] ? static_cast<double>(g.r.uni(-2, 2)) : g.r.nice(-2, 2)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) {
        return I.i[0] ? A(I, V, 0) + static_cast<int64_t>(I.d[0]) : A(I, V, 0) + I.d[0];
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i[0] ? "$0 + int64_t(" + std::to_string(static_cast<int64_t>(I.d[0])) + ")"
                      : "$0 + @0";
      });
  add(
      "mul_scalar", 1,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        I.i = {g.r.coin(0.25) ? 1 : 0};
        I.d = {I.i[0] ? static_cast<double>(g.r.uni(-2, 2)) : g.r.nice(-2, 2)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) {
        return I.i[0] ? A(I, V, 0) * static_cast<int64_t>(I.d[0]) : A(I, V, 0) * I.d[0];
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i[0] ? "$0 * int64_t(" + std::to_string(static_cast<int64_t>(I.d[0])) + ")"
                      : "$0 * @0";
      });
  add(
      "rsub_scalar", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        I.d = {g.r.nice(-2, 2)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return I.d[0] - A(I, V, 0); }, "@0 - $0");
  add(
      "div_scalar", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        I.d = {g.r.nice(0.5, 2) * (g.r.coin() ? 1 : -1)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0) / I.d[0]; }, "$0 / @0");
  add(
      "rdiv_scalar", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.domain_value(kNonzero)};
        I.d = {g.r.nice(-2, 2)};
        return I.a[0] >= 0 && min_abs(g.v(I.a[0])) >= 0.2;
      },
      [=](const Instr& I, const TL& V) { return I.d[0] / A(I, V, 0); }, "@0 / $0");
  add(
      "pow_scalar", 1.5,
      [](Gen& g, Instr& I) {
        static const double ex[] = {2, 3, 0, 1, -1, 0.5, 1.5, 2.5, -0.5, -1.5};
        double e = ex[g.r.uni(0, 9)];
        bool need_pos = e != std::floor(e);
        bool need_nz = e < 0;
        int a = need_pos ? g.domain_value(kPos) : need_nz ? g.domain_value(kNonzero) : g.pick_any();
        if (a < 0) return false;
        if (need_pos && vmin(g.v(a)) < 0.1) return false;
        if (need_nz && min_abs(g.v(a)) < 0.2) return false;
        I.a = {a};
        I.d = {e};
        I.i = {e == std::floor(e) && g.r.coin(0.4) ? 1 : 0};  // integer exponent
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return I.i[0] ? A(I, V, 0).pow(static_cast<int64_t>(I.d[0])) : A(I, V, 0).pow(I.d[0]);
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i[0] ? "$0.pow(int64_t(" + std::to_string(static_cast<int64_t>(I.d[0])) + "))"
                      : "$0.pow(@0)";
      });
  add(
      "pow_scalar_base", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick([&](int id) { return vmax(g.v(id)) <= 2.5; })};
        I.d = {g.r.nice(0.25, 3)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return ct::pow(I.d[0], A(I, V, 0)); }, "ct::pow(@0, $0)");
  add(
      "clamp", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        double lo = vmin(g.v(a)), hi = vmax(g.v(a));
        for (int t = 0; t < 8; ++t) {
          double c1 = g.r.nice(lo - 0.5, hi + 0.5), c2 = g.r.nice(lo - 0.5, hi + 0.5);
          if (c1 > c2) std::swap(c1, c2);
          if (c2 - c1 < 0.25 || !away(g.v(a), c1, g.cfg.margin) || !away(g.v(a), c2, g.cfg.margin))
            continue;
          I.a = {a};
          I.i = {g.r.uni(0, 2)};  // 0: both, 1: min only, 2: max only
          I.d = {c1, c2};
          return true;
        }
        return false;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        if (I.i[0] == 0) return x.clamp(I.d[0], I.d[1]);
        if (I.i[0] == 1) return ct::clamp_min(x, I.d[0]);
        return ct::clamp_max(x, I.d[1]);
      },
      "",
      [](const Instr& I) -> std::string {
        if (I.i[0] == 0) return "$0.clamp(@0, @1)";
        if (I.i[0] == 1) return "ct::clamp_min($0, @0)";
        return "ct::clamp_max($0, @1)";
      });

  // ---- binary with broadcasting
  struct B {
    const char* name;
    double w;
    std::function<Tensor(const Tensor&, const Tensor&)> f;
    Dom dom_a, dom_b;
    std::function<bool(const Tensor&, const Tensor&, double)> ok;  // on concrete values
    const char* pat;
  };
  auto ok2 = [](const Tensor&, const Tensor&, double) { return true; };
  std::vector<B> binary = {
      {"add", 3, [](const Tensor& a, const Tensor& b) { return a + b; }, kAny, kAny, ok2,
       "$0 + $1"},
      {"add_alpha", 0.5, [](const Tensor& a, const Tensor& b) { return ct::add(a, b, 0.75); }, kAny,
       kAny, ok2, "ct::add($0, $1, 0.75)"},
      {"sub", 2, [](const Tensor& a, const Tensor& b) { return a - b; }, kAny, kAny, ok2,
       "$0 - $1"},
      {"sub_alpha", 0.5, [](const Tensor& a, const Tensor& b) { return ct::sub(a, b, -1.5); }, kAny,
       kAny, ok2, "ct::sub($0, $1, -1.5)"},
      {"mul", 3, [](const Tensor& a, const Tensor& b) { return a * b; }, kAny, kAny, ok2,
       "$0 * $1"},
      {"div", 2, [](const Tensor& a, const Tensor& b) { return a / b; }, kAny, kNonzero,
       [](const Tensor&, const Tensor& b, double) { return min_abs(b) >= 0.2; }, "$0 / $1"},
      {"pow", 1, [](const Tensor& a, const Tensor& b) { return ct::pow(a, b); }, kPos, kAny,
       [](const Tensor& a, const Tensor& b, double) { return vmin(a) >= 0.2 && max_abs(b) <= 3; },
       "ct::pow($0, $1)"},
      {"maximum", 1, [](const Tensor& a, const Tensor& b) { return ct::maximum(a, b); }, kAny, kAny,
       ok2, "ct::maximum($0, $1)"},
      {"minimum", 1, [](const Tensor& a, const Tensor& b) { return ct::minimum(a, b); }, kAny, kAny,
       ok2, "ct::minimum($0, $1)"},
      {"atan2", 0.5, [](const Tensor& a, const Tensor& b) { return ct::atan2(a, b); }, kAny,
       kNonzero,
       [](const Tensor& a, const Tensor& b, double) {
         // away from x = 0 and from the branch cut (y = 0 with x < 0)
         return vmin(a * a + b * b) >= 0.05 && min_abs(b) >= 0.1 && min_abs(a) >= 0.1;
       },
       "ct::atan2($0, $1)"},
      {"hypot", 0.5, [](const Tensor& a, const Tensor& b) { return ct::hypot(a, b); }, kAny,
       kNonzero,
       [](const Tensor& a, const Tensor& b, double) { return vmin(a * a + b * b) >= 0.05; },
       "ct::hypot($0, $1)"},
      {"lerp", 0.5, [](const Tensor& a, const Tensor& b) { return ct::lerp(a, b, 0.25); }, kAny,
       kAny, ok2, "ct::lerp($0, $1, 0.25)"},
      {"fmod", 0.3, [](const Tensor& a, const Tensor& b) { return ct::fmod(a, b); }, kAny, kNonzero,
       [](const Tensor& a, const Tensor& b, double m) {
         return min_abs(b) >= 0.3 && away_from_integers(a / b, m);
       },
       "ct::fmod($0, $1)"},
      {"remainder", 0.3, [](const Tensor& a, const Tensor& b) { return ct::remainder(a, b); }, kAny,
       kNonzero,
       [](const Tensor& a, const Tensor& b, double m) {
         return min_abs(b) >= 0.3 && away_from_integers(a / b, m);
       },
       "ct::remainder($0, $1)"},
      {"mse_none", 0.3, [](const Tensor& a, const Tensor& b) { return F::mse_loss(a, b, "none"); },
       kAny, kAny, [](const Tensor& a, const Tensor& b, double) { return a.shape() == b.shape(); },
       "F::mse_loss($0, $1, \"none\")"},
  };
  for (const B& b : binary) {
    auto f = b.f;
    auto ok = b.ok;
    Dom da = b.dom_a, db = b.dom_b;
    bool same = std::string(b.name) == "mse_none";
    bool tie = std::string(b.name) == "maximum" || std::string(b.name) == "minimum";
    add(
        b.name, b.w,
        [=](Gen& g, Instr& I) {
          int a = da == kAny ? g.pick_any() : g.domain_value(da);
          if (a < 0) return false;
          int c = g.partner(g.shape(a), db, !same);
          if (c < 0) return false;
          if (g.r.coin(0.2) && !same && broadcast(g.shape(a), g.shape(c))) std::swap(a, c);
          if (!broadcast(g.shape(a), g.shape(c))) return false;
          if (!ok(g.v(a), g.v(c), g.cfg.margin)) return false;
          if (tie && !g.tie_free([&](const TL& V) {
                return V[static_cast<size_t>(a)] - V[static_cast<size_t>(c)];
              }))
            return false;
          I.a = {a, c};
          return true;
        },
        [f, A](const Instr& I, const TL& V) { return f(A(I, V, 0), A(I, V, 1)); }, b.pat);
  }
  add(
      "lerp_tensor", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        int b = g.partner(g.shape(a));
        if (b < 0 || !broadcast(g.shape(a), g.shape(b))) return false;
        int w = g.partner(*broadcast(g.shape(a), g.shape(b)));
        if (w < 0 || !broadcast(*broadcast(g.shape(a), g.shape(b)), g.shape(w))) return false;
        I.a = {a, b, w};
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::lerp(A(I, V, 0), A(I, V, 1), A(I, V, 2)); },
      "ct::lerp($0, $1, $2)");
  add(
      "where_mask", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        int b = g.partner(g.shape(a));
        if (b < 0) return false;
        auto s = broadcast(g.shape(a), g.shape(b));
        if (!s) return false;
        I.a = {a, b};
        I.c = {g.mask(g.bcast_partner(*s))};
        if (!broadcast(*s, I.c[0].shape())) return false;
        I.i = {g.r.uni(0, 2)};  // 0: tensor/tensor, 1: scalar b, 2: scalar a
        I.d = {g.r.nice(-1, 1)};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.i[0] == 1) return ct::where(I.c[0], A(I, V, 0), I.d[0]);
        if (I.i[0] == 2) return ct::where(I.c[0], I.d[0], A(I, V, 1));
        return ct::where(I.c[0], A(I, V, 0), A(I, V, 1));
      },
      "",
      [](const Instr& I) -> std::string {
        if (I.i[0] == 1) return "ct::where(&0, $0, @0)";
        if (I.i[0] == 2) return "ct::where(&0, @0, $1)";
        return "ct::where(&0, $0, $1)";
      });
  add(
      "where_cmp", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        int b = g.partner(g.shape(a));
        if (b < 0) return false;
        auto s = broadcast(g.shape(a), g.shape(b));
        if (!s) return false;
        int c = g.pick([&](int id) {
          auto q = broadcast(*s, g.shape(id));
          return q && numel_of(*q) <= g.cfg.max_numel && q->size() <= 4;
        });
        if (c < 0) return false;
        for (int t = 0; t < 6; ++t) {
          double thr = g.r.nice(vmin(g.v(c)) - 0.1, vmax(g.v(c)) + 0.1);
          if (!away(g.v(c), thr, g.cfg.margin)) continue;
          I.a = {a, b, c};
          I.d = {thr};
          return true;
        }
        return false;
      },
      [=](const Instr& I, const TL& V) {
        return ct::where(A(I, V, 2) > I.d[0], A(I, V, 0), A(I, V, 1));
      },
      "ct::where($2 > @0, $0, $1)");
  add(
      "masked_fill", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        Shape ms = g.bcast_partner(g.shape(a));
        auto s = broadcast(g.shape(a), ms);
        if (!s || *s != g.shape(a)) ms = g.shape(a);
        I.c = {g.mask(ms)};
        I.i = {g.r.uni(0, 2)};  // 0: scalar value, 1: 0-d tensor value, 2: in place on a clone
        I.d = {g.r.nice(-1, 1)};
        I.a = {a};
        if (I.i[0] == 1) {
          int val = g.obtain(Shape{});
          if (val < 0) return false;
          I.a.push_back(val);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.i[0] == 1) return ct::masked_fill(A(I, V, 0), I.c[0], A(I, V, 1));
        if (I.i[0] == 2) {
          Tensor t = A(I, V, 0).clone();
          t.masked_fill_(I.c[0], I.d[0]);
          return t;
        }
        return A(I, V, 0).masked_fill(I.c[0], I.d[0]);
      },
      "",
      [](const Instr& I) -> std::string {
        if (I.i[0] == 1) return "ct::masked_fill($0, &0, $1)";
        if (I.i[0] == 2)
          return "[&] { Tensor t = $0.clone(); t.masked_fill_(&0, @0); return t; }()";
        return "$0.masked_fill(&0, @0)";
      });
  add(
      "clamp_tensor", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        int lo = g.partner(g.shape(a));
        if (lo < 0) return false;
        int hi = g.partner(g.shape(a));
        if (hi < 0) return false;
        auto s1 = broadcast(g.shape(a), g.shape(lo));
        if (!s1 || !broadcast(*s1, g.shape(hi))) return false;
        // hi' = hi + gap: keep every bound pair apart, and x apart from both
        Tensor l = g.v(lo), h = g.v(hi) + 1.0;
        Shape full = *broadcast(*s1, g.shape(hi));
        Tensor x = g.v(a).expand(full), L = l.expand(full), H = h.expand(full);
        if (!(vmin(H - L) >= 0.25) || !away(x - L, 0, g.cfg.margin) ||
            !away(x - H, 0, g.cfg.margin))
          return false;
        I.a = {a, lo, hi};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return ct::clamp(A(I, V, 0), std::optional<Tensor>(A(I, V, 1)),
                         std::optional<Tensor>(A(I, V, 2) + 1.0));
      },
      "ct::clamp($0, std::optional<Tensor>($1), std::optional<Tensor>($2 + 1.0))");

  // ---- reductions
  auto red_gen = [](bool allow_empty_dims) {
    return [allow_empty_dims](Gen& g, Instr& I) {
      int a = g.pick_rank(1, 4);
      if (a < 0) return false;
      I.a = {a};
      I.i = {g.r.coin(0.4) ? 1 : 0};
      for (int64_t d : g.dims(g.rank(a), allow_empty_dims)) I.i.push_back(d);
      return true;
    };
  };
  add(
      "sum_all", 1,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).sum(); }, "$0.sum()");
  add(
      "mean_all", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_any()};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).mean(); }, "$0.mean()");
  add(
      "sum", 2, red_gen(false),
      [=](const Instr& I, const TL& V) {
        return A(I, V, 0).sum(Shape(std::vector<int64_t>(I.i.begin() + 1, I.i.end())), I.i[0]);
      },
      "$0.sum({#1*}, #0)");
  add(
      "mean", 1, red_gen(false),
      [=](const Instr& I, const TL& V) {
        return A(I, V, 0).mean(Shape(std::vector<int64_t>(I.i.begin() + 1, I.i.end())), I.i[0]);
      },
      "$0.mean({#1*}, #0)");
  add(
      "logsumexp", 1, red_gen(false),
      [=](const Instr& I, const TL& V) {
        return A(I, V, 0).logsumexp(Shape(std::vector<int64_t>(I.i.begin() + 1, I.i.end())),
                                    I.i[0]);
      },
      "$0.logsumexp({#1*}, #0)");
  for (bool is_max : {true, false}) {
    add(
        is_max ? "amax" : "amin", 1,
        [is_max](Gen& g, Instr& I) {
          int a = g.pick_rank(0, 4);
          if (a < 0) return false;
          I.a = {a};
          I.i = {g.r.coin(0.4) ? 1 : 0};
          if (g.rank(a) > 0)
            for (int64_t d : g.dims(g.rank(a), true)) I.i.push_back(d);
          Shape dims(std::vector<int64_t>(I.i.begin() + 1, I.i.end()));
          return g.tie_free([&](const TL& V) {
            const Tensor& x = V[static_cast<size_t>(a)];
            return (is_max ? x.amax(dims, true) : x.amin(dims, true)).expand(x.shape()) - x;
          });
        },
        [is_max, A](const Instr& I, const TL& V) {
          Shape dims(std::vector<int64_t>(I.i.begin() + 1, I.i.end()));
          return is_max ? A(I, V, 0).amax(dims, I.i[0]) : A(I, V, 0).amin(dims, I.i[0]);
        },
        is_max ? "$0.amax({#1*}, #0)" : "$0.amin({#1*}, #0)");
    add(
        is_max ? "max_dim" : "min_dim", 0.5,
        [is_max](Gen& g, Instr& I) {
          int a = g.pick_rank(1, 4);
          if (a < 0) return false;
          int64_t d = g.dim(g.rank(a));
          I.a = {a};
          I.i = {g.r.coin(0.4) ? 1 : 0, d};
          return g.tie_free([&](const TL& V) {
            const Tensor& x = V[static_cast<size_t>(a)];
            return (is_max ? x.amax(Shape{d}, true) : x.amin(Shape{d}, true)).expand(x.shape()) - x;
          });
        },
        [is_max, A](const Instr& I, const TL& V) {
          return std::get<0>(is_max ? A(I, V, 0).max(I.i[1], I.i[0])
                                    : A(I, V, 0).min(I.i[1], I.i[0]));
        },
        is_max ? "std::get<0>($0.max(#1, #0))" : "std::get<0>($0.min(#1, #0))");
    add(
        is_max ? "max_all" : "min_all", 0.3,
        [is_max](Gen& g, Instr& I) {
          int a = g.pick_any();
          if (a < 0) return false;
          I.a = {a};
          return g.tie_free([&](const TL& V) {
            const Tensor& x = V[static_cast<size_t>(a)];
            return (is_max ? x.amax(Shape{}, true) : x.amin(Shape{}, true)).expand(x.shape()) - x;
          });
        },
        [is_max, A](const Instr& I, const TL& V) {
          return is_max ? A(I, V, 0).max() : A(I, V, 0).min();
        },
        is_max ? "$0.max()" : "$0.min()");
  }
  add(
      "prod", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick([&](int id) { return max_abs(g.v(id)) <= 2 && g.v(id).numel() <= 24; });
        if (a < 0) return false;
        I.a = {a};
        if (g.rank(a) > 0 && g.r.coin(0.7)) I.i = {g.r.coin(0.4) ? 1 : 0, g.dim(g.rank(a))};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.i.empty()) return A(I, V, 0).prod();
        return A(I, V, 0).prod(I.i[1], I.i[0]);
      },
      "",
      [](const Instr& I) -> std::string { return I.i.empty() ? "$0.prod()" : "$0.prod(#1, #0)"; });
  for (bool is_std : {false, true}) {
    add(
        is_std ? "std" : "var", 0.5,
        [is_std](Gen& g, Instr& I) {
          int a = g.pick_rank(1, 4);
          if (a < 0) return false;
          auto ds = g.dims(g.rank(a), true);
          int64_t n = 1;
          if (ds.empty())
            n = g.v(a).numel();
          else
            for (int64_t d : ds) n *= g.shape(a)[static_cast<size_t>((d + g.rank(a)) % g.rank(a))];
          int64_t corr = g.r.uni(0, 1);
          if (n - corr < 1) return false;
          I.a = {a};
          I.i = {corr, g.r.coin(0.4) ? 1 : 0};
          for (int64_t d : ds) I.i.push_back(d);
          ct::NoGradGuard ng;
          Tensor s = g.v(a).std(Shape(ds), corr, true);
          if (!is_std) return true;
          return n > 1 && vmin(s) >= 0.1;
        },
        [is_std, A](const Instr& I, const TL& V) {
          Shape ds(std::vector<int64_t>(I.i.begin() + 2, I.i.end()));
          return is_std ? A(I, V, 0).std(ds, I.i[0], I.i[1]) : A(I, V, 0).var(ds, I.i[0], I.i[1]);
        },
        is_std ? "$0.std({#2*}, #0, #1)" : "$0.var({#2*}, #0, #1)");
  }
  add(
      "norm", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        static const double ps[] = {2, 1, 3, INFINITY, 1.5};
        int pk = static_cast<int>(g.r.uni(0, 5));  // 5: "fro"
        double p = pk == 5 ? 2 : ps[pk];
        auto ds = g.dims(g.rank(a), true);
        I.a = {a};
        I.i = {pk, g.r.coin(0.4) ? 1 : 0};
        for (int64_t d : ds) I.i.push_back(d);
        ct::NoGradGuard ng;
        const Tensor& x = g.v(a);
        if (p != 2 && min_abs(x) < g.cfg.margin) return false;
        Tensor n = x.norm(p, Shape(ds), true);
        if (vmin(n) < 0.1) return false;
        if (std::isinf(p))
          return g.tie_free([&](const TL& V) {
            Tensor ax = V[static_cast<size_t>(a)].abs();
            return ax.amax(Shape(ds), true).expand(ax.shape()) - ax;
          });
        return true;
      },
      [=](const Instr& I, const TL& V) {
        static const double ps[] = {2, 1, 3, INFINITY, 1.5};
        Shape ds(std::vector<int64_t>(I.i.begin() + 2, I.i.end()));
        if (I.i[0] == 5) return ct::norm(A(I, V, 0), "fro", ds, I.i[1]);
        return A(I, V, 0).norm(ps[I.i[0]], ds, I.i[1]);
      },
      "",
      [](const Instr& I) -> std::string {
        static const char* ps[] = {"2", "1", "3", "INFINITY", "1.5"};
        if (I.i[0] == 5) return "ct::norm($0, \"fro\", {#2*}, #1)";
        return std::string("$0.norm(") + ps[I.i[0]] + ", {#2*}, #1)";
      });
  add(
      "cumsum", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.dim(g.rank(a))};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).cumsum(I.i[0]); }, "$0.cumsum(#0)");
  add(
      "cumprod", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick([&](int id) { return g.rank(id) >= 1 && max_abs(g.v(id)) <= 2; });
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.dim(g.rank(a))};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).cumprod(I.i[0]); }, "$0.cumprod(#0)");
  add(
      "softmax", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.dim(g.rank(a))};
        return true;
      },
      [=](const Instr& I, const TL& V) { return F::softmax(A(I, V, 0), I.i[0]); },
      "F::softmax($0, #0)");
  add(
      "log_softmax", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.dim(g.rank(a))};
        return true;
      },
      [=](const Instr& I, const TL& V) { return F::log_softmax(A(I, V, 0), I.i[0]); },
      "F::log_softmax($0, #0)");
  add(
      "sum_to", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        Shape s = g.shape(a);
        Shape t;
        size_t drop = static_cast<size_t>(g.r.uni(0, static_cast<int64_t>(s.size())));
        for (size_t k = drop; k < s.size(); ++k) t.push_back(g.r.coin(0.4) ? 1 : s[k]);
        I.a = {a};
        I.i = t.vec();
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::sum_to(A(I, V, 0), Shape(I.i)); },
      "ct::sum_to($0, {#0*})");

  // ---- views and shape ops
  add(
      "transpose", 2,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(2, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        I.a = {a};
        I.i = {g.dim(rk), g.dim(rk)};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).transpose(I.i[0], I.i[1]); },
      "$0.transpose(#0, #1)");
  add(
      "t", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_rank(0, 2)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).t(); }, "$0.t()");
  add(
      "mT", 0.5,
      [](Gen& g, Instr& I) {
        I.a = {g.pick_rank(2, 4)};
        return I.a[0] >= 0;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).mT(); }, "$0.mT()");
  add(
      "permute", 1.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        std::vector<int64_t> perm;
        for (int64_t k = 0; k < g.rank(a); ++k) perm.push_back(k);
        for (size_t k = perm.size(); k > 1; --k)
          std::swap(perm[k - 1],
                    perm[static_cast<size_t>(g.r.uni(0, static_cast<int64_t>(k) - 1))]);
        for (int64_t& p : perm)
          if (g.r.coin(0.2)) p -= g.rank(a);
        I.a = {a};
        I.i = perm;
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).permute(Shape(I.i)); },
      "$0.permute({#0*})");
  add(
      "reshape_rand", 1.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        I.a = {a};
        I.i = g.factor(g.v(a).numel()).vec();
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).reshape(Shape(I.i)); },
      "$0.reshape({#0*})");
  add(
      "view", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        I.a = {a};
        I.i = g.factor(g.v(a).numel()).vec();
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).contiguous().view(Shape(I.i)); },
      "$0.contiguous().view({#0*})");
  add(
      "flatten", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t s = g.r.uni(0, rk - 1), e = g.r.uni(s, rk - 1);
        I.a = {a};
        I.i = {g.r.coin(0.2) ? s - rk : s, g.r.coin(0.3) ? e - rk : e};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).flatten(I.i[0], I.i[1]); },
      "$0.flatten(#0, #1)");
  add(
      "unflatten", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        int64_t d = g.dim(g.rank(a));
        int64_t n = g.shape(a)[static_cast<size_t>((d + g.rank(a)) % g.rank(a))];
        std::vector<int64_t> divs;
        for (int64_t q = 1; q <= n; ++q)
          if (n % q == 0) divs.push_back(q);
        int64_t q = divs[static_cast<size_t>(g.r.uni(0, divs.size() - 1))];
        I.a = {a};
        I.i = {d, q, g.r.coin(0.3) ? -1 : n / q};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return A(I, V, 0).unflatten(I.i[0], Shape{I.i[1], I.i[2]});
      },
      "$0.unflatten(#0, {#1, #2})");
  add(
      "narrow", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t d = g.dim(g.rank(a));
        int64_t n = g.shape(a)[static_cast<size_t>((d + g.rank(a)) % g.rank(a))];
        int64_t st = g.r.uni(0, n - 1), len = g.r.uni(1, n - st);
        I.a = {a};
        I.i = {d, st, len};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).narrow(I.i[0], I.i[1], I.i[2]); },
      "$0.narrow(#0, #1, #2)");
  add(
      "slice", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t d = g.dim(g.rank(a));
        int64_t n = g.shape(a)[static_cast<size_t>((d + g.rank(a)) % g.rank(a))];
        int64_t st = g.r.uni(0, n - 1), en = g.r.uni(st + 1, n), step = g.r.uni(1, 3);
        I.a = {a};
        I.i = {d, st, en, step, g.r.coin(0.3) ? 1 : 0};  // last: end as std::nullopt
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return A(I, V, 0).slice(I.i[0], I.i[1],
                                I.i[4] ? std::nullopt : std::optional<int64_t>(I.i[2]), I.i[3]);
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i[4] ? "$0.slice(#0, #1, std::nullopt, #3)" : "$0.slice(#0, #1, #2, #3)";
      });
  add(
      "select", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t d = g.dim(g.rank(a));
        int64_t n = g.shape(a)[static_cast<size_t>((d + g.rank(a)) % g.rank(a))];
        int64_t k = g.r.uni(0, n - 1);
        I.a = {a};
        I.i = {d, g.r.coin(0.25) ? k - n : k};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).select(I.i[0], I.i[1]); },
      "$0.select(#0, #1)");
  add(
      "expand", 1.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(0, 3);
        if (a < 0) return false;
        Shape s = g.shape(a);
        std::vector<int64_t> t;
        int64_t lead = s.size() < 3 && g.r.coin(0.5) ? g.r.uni(1, 2) : 0;
        for (int64_t k = 0; k < lead; ++k) t.push_back(g.r.uni(1, 3));
        for (size_t k = 0; k < s.size(); ++k) {
          if (s[k] == 1)
            t.push_back(g.r.uni(1, 4));
          else
            t.push_back(g.r.coin(0.3) ? -1 : s[k]);
        }
        I.a = {a};
        I.i = t;
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).expand(Shape(I.i)); },
      "$0.expand({#0*})");
  add(
      "broadcast_to", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(0, 3);
        if (a < 0) return false;
        int b = g.pick([&](int id) {
          auto s = broadcast(g.shape(a), g.shape(id));
          return id != a && s && *s == g.shape(id);
        });
        if (b < 0) return false;
        I.a = {a, b};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).expand_as(A(I, V, 1)) * 1.0; },
      "$0.expand_as($1) * 1.0");
  add(
      "unsqueeze", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(0, 3);
        if (a < 0) return false;
        int64_t rk = g.rank(a) + 1;
        int64_t d = g.r.uni(0, rk - 1);
        I.a = {a};
        I.i = {g.r.coin(0.25) ? d - rk : d};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).unsqueeze(I.i[0]); },
      "$0.unsqueeze(#0)");
  add(
      "squeeze", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick([&](int id) {
          for (int64_t s : g.shape(id))
            if (s == 1) return true;
          return false;
        });
        if (a < 0) a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        if (g.r.coin(0.6)) {
          std::vector<int64_t> ones;
          for (size_t k = 0; k < g.shape(a).size(); ++k)
            if (g.shape(a)[k] == 1) ones.push_back(static_cast<int64_t>(k));
          I.i = {ones.empty() || g.r.coin(0.2)
                     ? g.dim(g.rank(a))
                     : ones[static_cast<size_t>(g.r.uni(0, ones.size() - 1))]};
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return I.i.empty() ? A(I, V, 0).squeeze() : A(I, V, 0).squeeze(I.i[0]);
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i.empty() ? "$0.squeeze()" : "$0.squeeze(#0)";
      });
  add(
      "flip", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        I.i = g.dims(g.rank(a));
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).flip(Shape(I.i)); }, "$0.flip({#0*})");
  add(
      "roll", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        I.a = {a};
        if (g.r.coin(0.3)) {
          I.i = {0, g.r.uni(-3, 3)};  // flat roll
        } else {
          auto ds = g.dims(g.rank(a));
          I.i = {static_cast<int64_t>(ds.size())};
          for (size_t k = 0; k < ds.size(); ++k) I.i.push_back(g.r.uni(-3, 3));
          for (int64_t d : ds) I.i.push_back(d);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        int64_t n = I.i[0];
        if (n == 0) return ct::roll(A(I, V, 0), Shape{I.i[1]});
        std::vector<int64_t> sh(I.i.begin() + 1, I.i.begin() + 1 + n),
            ds(I.i.begin() + 1 + n, I.i.end());
        return ct::roll(A(I, V, 0), Shape(sh), Shape(ds));
      },
      "",
      [](const Instr& I) -> std::string {
        int64_t n = I.i[0];
        if (n == 0) return "ct::roll($0, {#1})";
        std::vector<int64_t> sh(I.i.begin() + 1, I.i.begin() + 1 + n),
            ds(I.i.begin() + 1 + n, I.i.end());
        return "ct::roll($0, {" + list_str(sh) + "}, {" + list_str(ds) + "})";
      });
  add(
      "repeat", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick([&](int id) { return g.rank(id) <= 3 && g.v(id).numel() <= 12; });
        if (a < 0) return false;
        int64_t n = g.rank(a) + g.r.uni(0, 1);
        I.a = {a};
        for (int64_t k = 0; k < n; ++k) I.i.push_back(g.r.uni(1, 2));
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).repeat(Shape(I.i)); },
      "$0.repeat({#0*})");
  add(
      "diagonal", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(2, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d1 = g.r.uni(0, rk - 1), d2;
        do d2 = g.r.uni(0, rk - 1);
        while (d2 == d1);
        int64_t s1 = g.shape(a)[static_cast<size_t>(d1)], s2 = g.shape(a)[static_cast<size_t>(d2)];
        int64_t off = g.r.uni(-(s1 - 1), s2 - 1);
        I.a = {a};
        I.i = {off, d1, g.r.coin(0.3) ? d2 - rk : d2};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).diagonal(I.i[0], I.i[1], I.i[2]); },
      "$0.diagonal(#0, #1, #2)");
  add(
      "diag", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 2);
        if (a < 0) return false;
        int64_t k;
        if (g.rank(a) == 1) {
          k = g.r.uni(-1, 1);
        } else {
          k = g.r.uni(-(g.shape(a)[0] - 1), g.shape(a)[1] - 1);
        }
        I.a = {a};
        I.i = {k};
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::diag(A(I, V, 0), I.i[0]); },
      "ct::diag($0, #0)");
  add(
      "diag_embed", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick(
            [&](int id) { return g.rank(id) >= 1 && g.rank(id) <= 2 && g.v(id).numel() <= 8; });
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.r.uni(-1, 1)};
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::diag_embed(A(I, V, 0), I.i[0]); },
      "ct::diag_embed($0, #0)");
  add(
      "tril_triu", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(2, 4);
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.r.uni(0, 1), g.r.uni(-2, 2)};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return I.i[0] ? A(I, V, 0).triu(I.i[1]) : A(I, V, 0).tril(I.i[1]);
      },
      "", [](const Instr& I) -> std::string { return I.i[0] ? "$0.triu(#1)" : "$0.tril(#1)"; });
  add(
      "cat", 1.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        size_t dd = static_cast<size_t>((d + rk) % rk);
        I.a = {a};
        int64_t parts = g.r.uni(1, 2);
        int64_t total = g.v(a).numel();
        for (int64_t k = 0; k < parts; ++k) {
          Shape s = g.shape(a);
          s[dd] = g.r.uni(1, 3);
          int b = g.r.coin(0.3) ? a : g.obtain(s);
          if (b < 0) return false;
          if (b != a && g.shape(b) != s) return false;
          total += g.v(b).numel();
          I.a.push_back(b);
        }
        if (total > g.cfg.max_numel) return false;
        I.i = {d};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        TL ts;
        for (int id : I.a) ts.push_back(V[static_cast<size_t>(id)]);
        return ct::cat(ts, I.i[0]);
      },
      "ct::cat({$0*}, #0)");
  add(
      "stack", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(0, 3);
        if (a < 0) return false;
        I.a = {a};
        int64_t parts = g.r.uni(1, 2);
        for (int64_t k = 0; k < parts; ++k) {
          int b = g.r.coin(0.3) ? a : g.obtain(g.shape(a));
          if (b < 0 || g.shape(b) != g.shape(a)) return false;
          I.a.push_back(b);
        }
        int64_t rk = g.rank(a) + 1;
        int64_t d = g.r.uni(0, rk - 1);
        I.i = {g.r.coin(0.25) ? d - rk : d};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        TL ts;
        for (int id : I.a) ts.push_back(V[static_cast<size_t>(id)]);
        return ct::stack(ts, I.i[0]);
      },
      "ct::stack({$0*}, #0)");
  add(
      "split", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        int64_t n = g.shape(a)[static_cast<size_t>((d + rk) % rk)];
        I.a = {a};
        int kind = static_cast<int>(g.r.uni(0, 3));  // 0 split size, 1 sizes, 2 chunk, 3 unbind
        if (kind == 0) {
          int64_t sz = g.r.uni(1, n);
          int64_t parts = (n + sz - 1) / sz;
          I.i = {kind, d, sz, g.r.uni(0, parts - 1)};
        } else if (kind == 1) {
          int64_t first = g.r.uni(0, n);
          I.i = {kind, d, first, n - first, g.r.uni(0, 1)};
          if (I.i[2 + I.i[4]] == 0) I.i[4] = 1 - I.i[4];
          if (I.i[2 + I.i[4]] == 0) return false;
        } else if (kind == 2) {
          int64_t chunks = g.r.uni(1, 4);
          int64_t per = (n + chunks - 1) / chunks;
          int64_t real = (n + per - 1) / per;
          I.i = {kind, d, chunks, g.r.uni(0, real - 1)};
        } else {
          I.i = {kind, d, g.r.uni(0, n - 1)};
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        switch (I.i[0]) {
          case 0:
            return ct::split(x, I.i[2], I.i[1]).at(static_cast<size_t>(I.i[3]));
          case 1:
            return ct::split(x, std::vector<int64_t>{I.i[2], I.i[3]}, I.i[1])
                .at(static_cast<size_t>(I.i[4]));
          case 2:
            return ct::chunk(x, I.i[2], I.i[1]).at(static_cast<size_t>(I.i[3]));
          default:
            return ct::unbind(x, I.i[1]).at(static_cast<size_t>(I.i[2]));
        }
      },
      "",
      [](const Instr& I) -> std::string {
        switch (I.i[0]) {
          case 0:
            return "ct::split($0, #2, #1)[#3]";
          case 1:
            return "ct::split($0, std::vector<int64_t>{#2, #3}, #1)[#4]";
          case 2:
            return "ct::chunk($0, #2, #1)[#3]";
          default:
            return "ct::unbind($0, #1)[#2]";
        }
      });

  // ---- indexing
  add(
      "index_select", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        int64_t n = g.shape(a)[static_cast<size_t>((d + rk) % rk)];
        I.a = {a};
        I.i = {d};
        I.c = {g.index(Shape{g.r.uni(1, 4)}, n)};
        return true;
      },
      [=](const Instr& I, const TL& V) { return A(I, V, 0).index_select(I.i[0], I.c[0]); },
      "$0.index_select(#0, &0)");
  add(
      "gather", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 4);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        size_t dd = static_cast<size_t>((d + rk) % rk);
        Shape s = g.shape(a);
        Shape is;
        I.i = {d, g.r.uni(0, 1)};  // 1: take_along_dim (index broadcasts against x)
        for (size_t k = 0; k < s.size(); ++k)
          is.push_back(k == dd  ? g.r.uni(1, 3)
                       : I.i[1] ? (g.r.coin() ? 1 : s[k])
                                : g.r.uni(1, s[k]));
        I.a = {a};
        I.c = {g.index(is, s[dd])};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.i[1]) return ct::take_along_dim(A(I, V, 0), I.c[0], I.i[0]);
        return A(I, V, 0).gather(I.i[0], I.c[0]);
      },
      "",
      [](const Instr& I) -> std::string {
        return I.i[1] ? "ct::take_along_dim($0, &0, #0)" : "$0.gather(#0, &0)";
      });
  add(
      "take_along_flat", 0.2,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        I.a = {a};
        I.c = {g.index(Shape{g.r.uni(1, 4)}, g.v(a).numel())};
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::take_along_dim(A(I, V, 0), I.c[0]); },
      "ct::take_along_dim($0, &0)");
  add(
      "scatter", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        size_t dd = static_cast<size_t>((d + rk) % rk);
        Shape s = g.shape(a);
        Shape is = s;
        is[dd] = g.r.uni(1, s[dd]);
        int kind =
            static_cast<int>(g.r.uni(0, 2));  // 0 scatter src, 1 scatter value, 2 scatter_add
        // unique indices along dd for scatter (deterministic), any for scatter_add
        Tensor idx;
        {
          std::vector<int64_t> x(static_cast<size_t>(numel_of(is)));
          // one permutation per slice along dd
          std::vector<int64_t> perm(static_cast<size_t>(s[dd]));
          Shape other = is;
          other[dd] = 1;
          for (int64_t o = 0; o < numel_of(other); ++o) {
            for (size_t k = 0; k < perm.size(); ++k) perm[k] = static_cast<int64_t>(k);
            for (size_t k = perm.size(); k > 1; --k)
              std::swap(perm[k - 1],
                        perm[static_cast<size_t>(g.r.uni(0, static_cast<int64_t>(k) - 1))]);
            // element (o-th slice, j) -> flat index
            std::vector<int64_t> coord(is.size());
            int64_t rem = o;
            for (size_t k = is.size(); k-- > 0;) {
              if (k == dd) continue;
              coord[k] = rem % is[k];
              rem /= is[k];
            }
            for (int64_t j = 0; j < is[dd]; ++j) {
              coord[dd] = j;
              int64_t flat = 0;
              for (size_t k = 0; k < is.size(); ++k) flat = flat * is[k] + coord[k];
              x[static_cast<size_t>(flat)] =
                  kind == 2 ? g.r.uni(0, s[dd] - 1) : perm[static_cast<size_t>(j)];
            }
          }
          idx = ct::from_vector(x, is);
        }
        I.a = {a};
        I.i = {kind, d};
        I.c = {idx};
        I.d = {g.r.nice(-1, 1)};
        if (kind != 1) {
          int src = g.obtain(is);
          if (src < 0 || g.shape(src) != is) return false;
          I.a.push_back(src);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.i[0] == 0) return ct::scatter(A(I, V, 0), I.i[1], I.c[0], A(I, V, 1));
        if (I.i[0] == 1) return ct::scatter(A(I, V, 0), I.i[1], I.c[0], I.d[0]);
        return ct::scatter_add(A(I, V, 0), I.i[1], I.c[0], A(I, V, 1));
      },
      "",
      [](const Instr& I) -> std::string {
        if (I.i[0] == 0) return "ct::scatter($0, #1, &0, $1)";
        if (I.i[0] == 1) return "ct::scatter($0, #1, &0, @0)";
        return "ct::scatter_add($0, #1, &0, $1)";
      });
  add(
      "index_add", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        int64_t rk = g.rank(a);
        int64_t d = g.dim(rk);
        size_t dd = static_cast<size_t>((d + rk) % rk);
        Shape s = g.shape(a);
        Shape ss = s;
        ss[dd] = g.r.uni(1, 3);
        int src = g.obtain(ss);
        if (src < 0 || g.shape(src) != ss) return false;
        I.a = {a, src};
        I.i = {d};
        I.d = {g.r.nice(-2, 2)};
        I.c = {g.index(Shape{ss[dd]}, s[dd])};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return ct::index_add(A(I, V, 0), I.i[0], I.c[0], A(I, V, 1), I.d[0]);
      },
      "ct::index_add($0, #0, &0, $1, @0)");
  add(
      "masked_select", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        Shape ms = g.bcast_partner(g.shape(a));
        auto s = broadcast(g.shape(a), ms);
        if (!s || numel_of(*s) > g.cfg.max_numel) return false;
        I.a = {a};
        I.c = {g.mask(ms, true)};
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::masked_select(A(I, V, 0), I.c[0]); },
      "ct::masked_select($0, &0)");
  add(
      "masked_scatter", 0.3,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        Shape ms = g.bcast_partner(g.shape(a));
        auto s = broadcast(g.shape(a), ms);
        if (!s || *s != g.shape(a)) ms = g.shape(a);
        I.c = {g.mask(ms)};
        int64_t cnt = ct::broadcast_to(I.c[0], g.shape(a)).to(ct::int64).sum().item<int64_t>();
        int src = g.pick([&](int id) { return g.v(id).numel() >= cnt && id != a; });
        if (src < 0 || g.r.coin(0.3)) src = g.obtain(Shape{std::max<int64_t>(cnt, 1)});
        if (src < 0 || g.v(src).numel() < cnt) return false;
        I.a = {a, src};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return ct::masked_scatter(A(I, V, 0), I.c[0], A(I, V, 1));
      },
      "ct::masked_scatter($0, &0, $1)");

  // ---- linear algebra
  add(
      "matmul", 2,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        Shape sa = g.shape(a);
        int64_t k = sa.back();
        Shape sb;
        int kind = static_cast<int>(g.r.uni(0, 2));
        if (kind == 0)
          sb = Shape{k};
        else if (kind == 1)
          sb = Shape{k, g.r.uni(1, 4)};
        else {
          int64_t bt = sa.size() == 3 ? (g.r.coin(0.7) ? sa[0] : 1) : g.r.uni(1, 3);
          sb = Shape{bt, k, g.r.uni(1, 4)};
        }
        int b = g.obtain(sb);
        if (b < 0 || g.shape(b) != sb) return false;
        I.a = {a, b};
        if (g.r.coin(0.2)) std::swap(I.a[0], I.a[1]);  // maybe invalid: then check below
        // reject the swapped order unless it is valid for matmul
        const Shape& x = g.shape(I.a[0]);
        const Shape& y = g.shape(I.a[1]);
        int64_t kx = x.back();
        int64_t ky = y.size() == 1 ? y[0] : y[y.size() - 2];
        if (kx != ky) return false;
        if (x.size() >= 2 && y.size() >= 2) {
          Shape bx(x.data(), x.size() - 2), by(y.data(), y.size() - 2);
          if (!broadcast(bx, by)) return false;
        }
        return true;
      },
      [=](const Instr& I, const TL& V) { return ct::matmul(A(I, V, 0), A(I, V, 1)); },
      "ct::matmul($0, $1)");
  add(
      "mm_family", 1,
      [](Gen& g, Instr& I) {
        int kind = static_cast<int>(g.r.uni(0, 4));  // mm, bmm, mv, dot, outer
        int a = kind == 0 || kind == 2 ? g.pick_rank(2, 2)
                : kind == 1            ? g.pick_rank(3, 3)
                                       : g.pick_rank(1, 1);
        if (a < 0) return false;
        Shape sa = g.shape(a), sb;
        switch (kind) {
          case 0:
            sb = Shape{sa[1], g.r.uni(1, 4)};
            break;
          case 1:
            sb = Shape{sa[0], sa[2], g.r.uni(1, 3)};
            break;
          case 2:
            sb = Shape{sa[1]};
            break;
          case 3:
            sb = Shape{sa[0]};
            break;
          default:
            sb = Shape{g.r.uni(1, 4)};
            break;
        }
        int b = g.obtain(sb);
        if (b < 0 || g.shape(b) != sb) return false;
        I.a = {a, b};
        I.i = {kind};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor &x = A(I, V, 0), &y = A(I, V, 1);
        switch (I.i[0]) {
          case 0:
            return ct::mm(x, y);
          case 1:
            return ct::bmm(x, y);
          case 2:
            return ct::mv(x, y);
          case 3:
            return ct::dot(x, y);
          default:
            return ct::outer(x, y);
        }
      },
      "",
      [](const Instr& I) -> std::string {
        static const char* n[] = {"mm", "bmm", "mv", "dot", "outer"};
        return std::string("ct::") + n[I.i[0]] + "($0, $1)";
      });
  add(
      "addmm", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(2, 2);
        if (a < 0) return false;
        Shape sa = g.shape(a);
        Shape sb{sa[1], g.r.uni(1, 4)};
        int b = g.obtain(sb);
        if (b < 0 || g.shape(b) != sb) return false;
        Shape sc = g.bcast_partner(Shape{sa[0], sb[1]});
        auto s = broadcast(Shape{sa[0], sb[1]}, sc);
        if (!s || *s != Shape{sa[0], sb[1]}) sc = Shape{sa[0], sb[1]};
        int c = g.obtain(sc);
        if (c < 0 || g.shape(c) != sc) return false;
        I.a = {c, a, b};
        I.d = {g.r.nice(-1.5, 1.5), g.r.nice(-1.5, 1.5)};
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return ct::addmm(A(I, V, 0), A(I, V, 1), A(I, V, 2), I.d[0], I.d[1]);
      },
      "ct::addmm($0, $1, $2, @0, @1)");
  add(
      "einsum", 1,
      [](Gen& g, Instr& I) {
        static const char* eqs[] = {"ij,jk->ik",    "ij->ji",     "ii->i", "i,i->",    "ij,j->i",
                                    "bij,bjk->bik", "ij,ik->jk",  "ij->",  "ijk->kji", "ij,kj->ik",
                                    "i,j->ij",      "bij,bij->b", "ij,jk"};
        std::string eq = eqs[g.r.uni(0, 12)];
        std::vector<std::string> ins;
        {
          std::string lhs = eq.substr(0, eq.find("->"));
          size_t p0 = 0;
          while (true) {
            size_t c = lhs.find(',', p0);
            ins.push_back(lhs.substr(p0, c == std::string::npos ? std::string::npos : c - p0));
            if (c == std::string::npos) break;
            p0 = c + 1;
          }
        }
        // first operand: an existing value of the right rank with equal repeated labels
        const std::string& s0 = ins[0];
        int a = g.pick([&](int id) {
          if (g.rank(id) != static_cast<int64_t>(s0.size())) return false;
          for (size_t x = 0; x < s0.size(); ++x)
            for (size_t y = 0; y < s0.size(); ++y)
              if (s0[x] == s0[y] && g.shape(id)[x] != g.shape(id)[y]) return false;
          return true;
        });
        std::map<char, int64_t> sz;
        if (a < 0) {
          for (char c : s0)
            if (!sz.count(c)) sz[c] = g.r.uni(1, 3);
          Shape s;
          for (char c : s0) s.push_back(sz[c]);
          a = g.obtain(s);
          if (a < 0 || g.shape(a) != s) return false;
        } else {
          for (size_t x = 0; x < s0.size(); ++x) sz[s0[x]] = g.shape(a)[x];
        }
        I.a = {a};
        for (size_t k = 1; k < ins.size(); ++k) {
          Shape s;
          for (char c : ins[k]) {
            if (!sz.count(c)) sz[c] = g.r.uni(1, 3);
            s.push_back(sz[c]);
          }
          int b = g.obtain(s);
          if (b < 0 || g.shape(b) != s) return false;
          I.a.push_back(b);
        }
        I.s = eq;
        return true;
      },
      [=](const Instr& I, const TL& V) {
        TL ts;
        for (int id : I.a) ts.push_back(V[static_cast<size_t>(id)]);
        return ct::einsum(I.s, ts);
      },
      "", [](const Instr& I) -> std::string { return "ct::einsum(\"" + I.s + "\", {$0*})"; });
  add(
      "linalg", 1,
      [](Gen& g, Instr& I) {
        int kind = static_cast<int>(g.r.uni(0, 4));  // inv, det, slogdet, solve, cholesky
        int a = g.pick([&](int id) {
          const Shape& s = g.shape(id);
          return s.size() >= 2 && s.size() <= 3 && s[s.size() - 1] == s[s.size() - 2] &&
                 s.back() <= 3;
        });
        if (a < 0) {
          int64_t n = g.r.uni(1, 3);
          Shape s = g.r.coin(0.3) ? Shape{2, n, n} : Shape{n, n};
          a = g.obtain(s);
          if (a < 0 || g.shape(a) != s) return false;
        }
        Shape s = g.shape(a);
        int64_t n = s.back();
        double m = std::max(max_abs(g.v(a)), 0.25);
        double scale = std::round(0.5 / (static_cast<double>(n) * m) * 1024) / 1024;
        if (scale <= 0) return false;
        I.a = {a};
        I.i = {kind, n};
        I.d = {scale};
        I.c = {ct::eye(n, std::nullopt, ct::float64)};
        if (kind == 3) {
          Shape sb = g.r.coin() ? Shape{n} : Shape{n, g.r.uni(1, 2)};
          if (s.size() == 3 && g.r.coin()) sb.insert(0, s[0]);
          int b = g.obtain(sb);
          if (b < 0 || g.shape(b) != sb) return false;
          I.a.push_back(b);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        Tensor m = A(I, V, 0) * I.d[0] + I.c[0];  // well conditioned: |A * scale| <= 1/2
        switch (I.i[0]) {
          case 0:
            return ct::linalg::inv(m);
          case 1:
            return ct::linalg::det(m);
          case 2:
            return std::get<1>(ct::linalg::slogdet(m));
          case 3:
            return ct::linalg::solve(m, A(I, V, 1));
          default: {
            Tensor a = A(I, V, 0) * I.d[0];
            return ct::linalg::cholesky(ct::matmul(a, a.mT()) + I.c[0]);
          }
        }
      },
      "",
      [](const Instr& I) -> std::string {
        switch (I.i[0]) {
          case 0:
            return "ct::linalg::inv($0 * @0 + &0)";
          case 1:
            return "ct::linalg::det($0 * @0 + &0)";
          case 2:
            return "std::get<1>(ct::linalg::slogdet($0 * @0 + &0))";
          case 3:
            return "ct::linalg::solve($0 * @0 + &0, $1)";
          default:
            return "ct::linalg::cholesky(ct::matmul($0 * @0, ($0 * @0).mT()) + &0)";
        }
      });

  // ---- nn functions
  add(
      "linear", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        int64_t in = g.shape(a).back(), out = g.r.uni(1, 3);
        int w = g.obtain(Shape{out, in});
        if (w < 0 || g.shape(w) != Shape{out, in}) return false;
        I.a = {a, w};
        if (g.r.coin(0.6)) {
          int b = g.obtain(Shape{out});
          if (b < 0 || g.shape(b) != Shape{out}) return false;
          I.a.push_back(b);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        return I.a.size() == 3 ? F::linear(A(I, V, 0), A(I, V, 1), A(I, V, 2))
                               : F::linear(A(I, V, 0), A(I, V, 1));
      },
      "",
      [](const Instr& I) -> std::string {
        return I.a.size() == 3 ? "F::linear($0, $1, $2)" : "F::linear($0, $1)";
      });
  add(
      "layer_norm", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        Shape s = g.shape(a);
        int64_t nd = s.size() >= 2 && g.r.coin(0.3) ? 2 : 1;
        Shape ns(s.data() + s.size() - nd, static_cast<size_t>(nd));
        if (numel_of(ns) < 2) return false;
        std::vector<int64_t> last;
        for (int64_t k = 0; k < nd; ++k) last.push_back(static_cast<int64_t>(s.size()) - 1 - k);
        {
          ct::NoGradGuard ng;
          if (vmin(g.v(a).var(Shape(last), 0, true)) < 0.05) return false;
        }
        I.a = {a};
        I.i = ns.vec();
        if (g.r.coin(0.6)) {
          int w = g.obtain(ns), b = g.obtain(ns);
          if (w < 0 || b < 0 || g.shape(w) != ns || g.shape(b) != ns) return false;
          I.a.push_back(w);
          I.a.push_back(b);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        if (I.a.size() == 3) return F::layer_norm(A(I, V, 0), Shape(I.i), A(I, V, 1), A(I, V, 2));
        return F::layer_norm(A(I, V, 0), Shape(I.i));
      },
      "",
      [](const Instr& I) -> std::string {
        return I.a.size() == 3 ? "F::layer_norm($0, {#0*}, $1, $2)" : "F::layer_norm($0, {#0*})";
      });
  add(
      "loss", 1,
      [](Gen& g, Instr& I) {
        int kind = static_cast<int>(g.r.uni(0, 4));  // mse, l1, smooth_l1, bce_logits, bce
        int a = kind == 4 ? g.domain_value(kUnit) : g.pick_any();
        if (a < 0) return false;
        int b = g.obtain(g.shape(a), kind == 4 ? kUnit : kAny);
        if (b < 0 || g.shape(b) != g.shape(a)) return false;
        static const char* reds[] = {"mean", "sum", "none"};
        I.s = reds[g.r.uni(0, 2)];
        I.a = {a, b};
        I.i = {kind};
        I.d = {g.r.nice(0.25, 1.5)};
        ct::NoGradGuard ng;
        Tensor d = g.v(a) - g.v(b);
        if (kind == 1 && !zero_or_away(d, g.cfg.margin)) return false;
        if (kind == 2 && (!away(d, I.d[0], g.cfg.margin) || !away(d, -I.d[0], g.cfg.margin)))
          return false;
        if (kind == 4 && (max_abs(g.v(a)) > 0.9 || max_abs(g.v(b)) > 0.9)) return false;
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor &x = A(I, V, 0), &y = A(I, V, 1);
        switch (I.i[0]) {
          case 0:
            return F::mse_loss(x, y, I.s);
          case 1:
            return F::l1_loss(x, y, I.s);
          case 2:
            return F::smooth_l1_loss(x, y, I.s, I.d[0]);
          case 3:
            return F::binary_cross_entropy_with_logits(x, y.sigmoid(), {}, I.s);
          default:
            return F::binary_cross_entropy(x * 0.5 + 0.5, y * 0.5 + 0.5, {}, I.s);
        }
      },
      "",
      [](const Instr& I) -> std::string {
        switch (I.i[0]) {
          case 0:
            return "F::mse_loss($0, $1, \"" + I.s + "\")";
          case 1:
            return "F::l1_loss($0, $1, \"" + I.s + "\")";
          case 2:
            return "F::smooth_l1_loss($0, $1, \"" + I.s + "\", @0)";
          case 3:
            return "F::binary_cross_entropy_with_logits($0, $1.sigmoid(), {}, \"" + I.s + "\")";
          default:
            return "F::binary_cross_entropy($0 * 0.5 + 0.5, $1 * 0.5 + 0.5, {}, \"" + I.s + "\")";
        }
      });
  add(
      "cross_entropy", 0.7,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        Shape s = g.shape(a);
        int64_t C = s.size() == 1 ? s[0] : s[1];
        Shape ts;
        if (s.size() >= 2) {
          ts.push_back(s[0]);
          for (size_t k = 2; k < s.size(); ++k) ts.push_back(s[k]);
        }
        static const char* reds[] = {"mean", "sum", "none"};
        I.s = reds[g.r.uni(0, 2)];
        I.a = {a};
        int kind = static_cast<int>(g.r.uni(0, 2));  // 0 index target, 1 prob target, 2 nll_loss
        I.i = {kind};
        I.d = {g.r.coin() ? 0.0 : g.r.nice(0.125, 0.5)};  // label smoothing
        if (kind == 1) {
          int t = g.obtain(s);
          if (t < 0 || g.shape(t) != s) return false;
          I.a.push_back(t);
        } else {
          Tensor tgt = g.index(ts, C);
          if (kind == 0 && g.r.coin(0.3) && tgt.numel() > 1) {
            // one ignored entry (keeps at least one counted)
            std::vector<int64_t> x = tgt.to_vector<int64_t>();
            x[0] = -100;
            tgt = ct::from_vector(x, ts);
          }
          I.c = {tgt};
          if (g.r.coin(0.4)) {
            std::vector<double> w;
            for (int64_t k = 0; k < C; ++k) w.push_back(g.r.nice(0.25, 2));
            I.c.push_back(ct::from_vector(w));
          }
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        if (I.i[0] == 1)
          return F::cross_entropy(
              x, F::softmax(A(I, V, 1), x.dim() == 1 ? 0 : 1),
              {.weight = Tensor(), .reduction = I.s, .label_smoothing = I.d[0]});
        Tensor w = I.c.size() > 1 ? I.c[1] : Tensor();
        if (I.i[0] == 0)
          return F::cross_entropy(x, I.c[0],
                                  {.weight = w, .reduction = I.s, .label_smoothing = I.d[0]});
        return F::nll_loss(F::log_softmax(x, x.dim() == 1 ? 0 : 1), I.c[0],
                           {.weight = w, .reduction = I.s});
      },
      "",
      [](const Instr& I) -> std::string {
        std::string cd = "($0.dim() == 1 ? 0 : 1)";
        if (I.i[0] == 1)
          return "F::cross_entropy($0, F::softmax($1, " + cd + "), {.reduction = \"" + I.s +
                 "\", .label_smoothing = @0})";
        std::string w = I.c.size() > 1 ? ".weight = &1, " : "";
        if (I.i[0] == 0)
          return "F::cross_entropy($0, &0, {" + w + ".reduction = \"" + I.s +
                 "\", .label_smoothing = @0})";
        return "F::nll_loss(F::log_softmax($0, " + cd + "), &0, {" + w + ".reduction = \"" + I.s +
               "\"})";
      });
  add(
      "conv", 0.7,
      [](Gen& g, Instr& I) {
        int kind = static_cast<int>(g.r.uni(0, 3));  // conv1d, conv2d, avg_pool2d, unfold
        int a = g.pick_rank(3, 3);
        if (a < 0) {
          Shape s{g.r.uni(1, 2), g.r.uni(1, 2), g.r.uni(2, 4)};
          a = g.obtain(s);
          if (a < 0 || g.shape(a) != s) return false;
        }
        Shape s = g.shape(a);  // conv1d: (N, C, L); 2-d ops: (1, C, H, W) from unsqueeze(0)
        I.a = {a};
        if (kind == 0) {
          int64_t C = s[1], L = s[2];
          int64_t groups = C % 2 == 0 && g.r.coin(0.3) ? 2 : 1;
          int64_t O = groups * g.r.uni(1, 2), K = g.r.uni(1, 3), pad = g.r.uni(0, 1),
                  dil = g.r.uni(1, 2), stride = g.r.uni(1, 2);
          if (L + 2 * pad - dil * (K - 1) < 1) return false;
          int w = g.obtain(Shape{O, C / groups, K});
          if (w < 0 || g.shape(w) != Shape{O, C / groups, K}) return false;
          I.a.push_back(w);
          I.i = {kind, stride, pad, dil, groups, g.r.uni(0, 1)};
          if (I.i[5]) {
            int b = g.obtain(Shape{O});
            if (b < 0 || g.shape(b) != Shape{O}) return false;
            I.a.push_back(b);
          }
        } else if (kind == 1) {
          int64_t C = s[0], H = s[1], W = s[2];
          int64_t O = g.r.uni(1, 2), kh = g.r.uni(1, std::min<int64_t>(H, 2)),
                  kw = g.r.uni(1, std::min<int64_t>(W, 2));
          Shape ws{O, C, kh, kw};
          int w = g.obtain(ws);
          if (w < 0 || g.shape(w) != ws) return false;
          I.a.push_back(w);
          I.i = {kind, g.r.uni(1, 2), g.r.uni(0, 1)};  // stride, padding
        } else if (kind == 2) {
          int64_t H = s[1], W = s[2];
          int64_t kh = g.r.uni(1, std::min<int64_t>(H, 2)),
                  kw = g.r.uni(1, std::min<int64_t>(W, 2));
          int64_t pad = kh >= 2 && kw >= 2 ? g.r.uni(0, 1) : 0;
          I.i = {kind, kh, kw, pad, g.r.uni(0, 1), g.r.uni(0, 1)};  // ceil_mode, count_include_pad
        } else {
          int64_t H = s[1], W = s[2];
          I.i = {kind, g.r.uni(1, std::min<int64_t>(H, 2)), g.r.uni(1, std::min<int64_t>(W, 2)),
                 g.r.uni(1, 2)};
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        switch (I.i[0]) {
          case 0:
            return F::conv1d(x, A(I, V, 1), I.a.size() > 2 ? A(I, V, 2) : Tensor(), I.i[1], I.i[2],
                             I.i[3], I.i[4]);
          case 1:
            return F::conv2d(x.unsqueeze(0), A(I, V, 1), {}, {I.i[1], I.i[1]}, {I.i[2], I.i[2]});
          case 2:
            return F::avg_pool2d(x.unsqueeze(0), {I.i[1], I.i[2]}, {}, {I.i[3], I.i[3]}, I.i[4],
                                 I.i[5]);
          default:
            return F::unfold(x.unsqueeze(0), {I.i[1], I.i[2]}, {1, 1}, {0, 0}, {I.i[3], I.i[3]});
        }
      },
      "",
      [](const Instr& I) -> std::string {
        switch (I.i[0]) {
          case 0:
            return std::string("F::conv1d($0, $1, ") + (I.a.size() > 2 ? "$2" : "{}") +
                   ", #1, #2, #3, #4)";
          case 1:
            return "F::conv2d($0.unsqueeze(0), $1, {}, {#1, #1}, {#2, #2})";
          case 2:
            return "F::avg_pool2d($0.unsqueeze(0), {#1, #2}, {}, {#3, #3}, #4, #5)";
          default:
            return "F::unfold($0.unsqueeze(0), {#1, #2}, {1, 1}, {0, 0}, {#3, #3})";
        }
      });
  add(
      "pad", 0.5,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(1, 3);
        if (a < 0) return false;
        int64_t np = g.r.uni(1, std::min<int64_t>(g.rank(a), 2));
        std::vector<int64_t> pads;
        for (int64_t k = 0; k < np; ++k) {
          int64_t sz = g.shape(a)[static_cast<size_t>(g.rank(a) - 1 - k)];
          int64_t l = g.r.uni(-1, 2), rr = g.r.uni(-1, 2);
          if (sz + l + rr < 1) l = rr = 0;
          pads.push_back(l);
          pads.push_back(rr);
        }
        I.a = {a};
        I.i = pads;
        I.d = {g.r.nice(-1, 1)};
        return true;
      },
      [=](const Instr& I, const TL& V) { return F::pad(A(I, V, 0), I.i, "constant", I.d[0]); },
      "F::pad($0, {#0*}, \"constant\", @0)");

  // ---- ops on 0-d tensors with dim 0 / -1 (PyTorch wraps dims of a scalar as if rank 1)
  add(
      "zero_dim", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_rank(0, 0);
        if (a < 0) return false;
        I.a = {a};
        I.i = {g.r.uni(0, 23), g.r.coin() ? 0 : -1, g.r.coin(0.4) ? 1 : 0};
        if (I.i[0] == 14 && min_abs(g.v(a)) < g.cfg.margin) return false;  // |x| has a kink at 0
        if (I.i[0] == 16) {
          int src = g.obtain(Shape{});
          if (src < 0) return false;
          I.a.push_back(src);
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        int64_t d = I.i[1];
        bool k = I.i[2];
        switch (I.i[0]) {
          case 0:
            return x.sum(d, k);
          case 1:
            return x.mean(Shape{d}, k);
          case 2:
            return x.logsumexp(Shape{d}, k);
          case 3:
            return x.amax(Shape{d}, k);
          case 4:
            return std::get<0>(x.max(d, k));
          case 5:
            return std::get<0>(x.min(d, k));
          case 6:
            return F::softmax(x, d);
          case 7:
            return F::log_softmax(x, d);
          case 8:
            return x.cumsum(d);
          case 9:
            return x.cumprod(d);
          case 10:
            return x.prod(d, k);
          case 11:
            return x.transpose(0, d);
          case 12:
            return x.permute(Shape{});
          case 13:
            return x.flip(Shape{d});
          case 14:
            return x.norm(2, Shape{d}, k) + x;
          case 15:
            return x.index_select(d, ct::tensor({0}));
          case 16:
            return ct::scatter(x, d, ct::tensor(0), A(I, V, 1));
          case 17:
            return x.gather(d, ct::tensor(0));
          case 18:
            return x.unsqueeze(d);
          case 19:
            return x.flatten();
          case 20:
            return ct::stack({x, x * 2.0}, d);
          case 21:
            return x.repeat(Shape{2});
          case 22:
            return x.expand(Shape{3});
          default:
            return x.amin(Shape{d}, k);
        }
      },
      "",
      [](const Instr& I) -> std::string {
        static const char* pats[] = {"$0.sum(#1, #2)",
                                     "$0.mean({#1}, #2)",
                                     "$0.logsumexp({#1}, #2)",
                                     "$0.amax({#1}, #2)",
                                     "std::get<0>($0.max(#1, #2))",
                                     "std::get<0>($0.min(#1, #2))",
                                     "F::softmax($0, #1)",
                                     "F::log_softmax($0, #1)",
                                     "$0.cumsum(#1)",
                                     "$0.cumprod(#1)",
                                     "$0.prod(#1, #2)",
                                     "$0.transpose(0, #1)",
                                     "$0.permute({})",
                                     "$0.flip({#1})",
                                     "$0.norm(2, {#1}, #2) + $0",
                                     "$0.index_select(#1, ct::tensor({0}))",
                                     "ct::scatter($0, #1, ct::tensor(0), $1)",
                                     "$0.gather(#1, ct::tensor(0))",
                                     "$0.unsqueeze(#1)",
                                     "$0.flatten()",
                                     "ct::stack({$0, $0 * 2.0}, #1)",
                                     "$0.repeat({2})",
                                     "$0.expand({3})",
                                     "$0.amin({#1}, #2)"};
        return pats[I.i[0]];
      });

  // ---- a float64 value with a float32 / int64 / bool constant (type promotion)
  add(
      "mixed_dtype", 1,
      [](Gen& g, Instr& I) {
        int a = g.pick_any();
        if (a < 0) return false;
        int64_t kind = g.r.uni(0, 5);  // add, sub, mul, div, maximum, pow
        int64_t dt = g.r.uni(
            0, kind == 1 || kind == 3 || kind == 5 ? 1 : 2);  // float32, int64, bool (not for -)
        if (kind == 5 && (vmin(g.v(a)) < 0.2)) return false;
        Shape cs = g.bcast_partner(g.shape(a));
        auto b = broadcast(g.shape(a), cs);
        if (!b || numel_of(*b) > g.cfg.max_numel) return false;
        std::vector<double> x;
        for (int64_t k = 0; k < numel_of(cs); ++k) {
          double e = dt == 0   ? std::round(g.r.real(-1.5, 1.5) * 64) / 64
                     : dt == 1 ? static_cast<double>(g.r.uni(-3, 3))
                               : static_cast<double>(g.r.uni(0, 1));
          if ((kind == 3 || kind == 5) && std::fabs(e) < 0.25) e = dt == 0 ? 0.5 : 2;
          x.push_back(e);
        }
        Tensor c = ct::from_vector(x, cs);
        c = c.to(dt == 0 ? ct::float32 : dt == 1 ? ct::int64 : ct::kBool);
        I.a = {a};
        I.i = {kind, g.r.coin(0.3) ? 1 : 0};  // 1: constant first
        I.c = {c};
        if (kind == 4 &&
            !g.tie_free([&](const TL& V) { return V[static_cast<size_t>(a)] - c.to(ct::float64); }))
          return false;
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        const Tensor& c = I.c[0];
        bool sw = I.i[1];
        switch (I.i[0]) {
          case 0:
            return sw ? c + x : x + c;
          case 1:
            return sw ? c - x : x - c;
          case 2:
            return sw ? c * x : x * c;
          case 3:
            return x / c;
          case 4:
            return sw ? ct::maximum(c, x) : ct::maximum(x, c);
          default:
            return ct::pow(x, c);
        }
      },
      "",
      [](const Instr& I) -> std::string {
        bool sw = I.i[1];
        switch (I.i[0]) {
          case 0:
            return sw ? "&0 + $0" : "$0 + &0";
          case 1:
            return sw ? "&0 - $0" : "$0 - &0";
          case 2:
            return sw ? "&0 * $0" : "$0 * &0";
          case 3:
            return "$0 / &0";
          case 4:
            return sw ? "ct::maximum(&0, $0)" : "ct::maximum($0, &0)";
          default:
            return "ct::pow($0, &0)";
        }
      });

  // ---- a view of a fresh tensor, then an in-place op on the base or, target
  // 1, through the view (CopySlices): both see the new values and, as in
  // torch, their history.
  //   y = base(v); w = VIEW(y); [pre = w * s;] (y|w).OP_(...); return w [+ pre] | y
  // i: {base, view kind, view args (3), op, use, target},
  // d: {base scalar, op scalar, pre scalar}
  add(
      "view_then_inplace", 1.5,
      [](Gen& g, Instr& I) {
        int v = g.pick_rank(1, 3);
        if (v < 0) return false;
        const Shape s = g.shape(v);
        int64_t rk = g.rank(v);
        int64_t base = g.r.uni(0, 3), vk = g.r.uni(0, 7);
        int64_t a0 = 0, a1 = 0, a2 = 0;
        switch (vk) {
          case 0:  // transpose
            if (rk < 2) return false;
            a0 = g.r.uni(0, rk - 1);
            a1 = g.r.uni(0, rk - 1);
            break;
          case 1: {  // narrow
            a0 = g.r.uni(0, rk - 1);
            int64_t n = s[static_cast<size_t>(a0)];
            a1 = g.r.uni(0, n - 1);
            a2 = g.r.uni(1, n - a1);
            break;
          }
          case 2:  // select
            a0 = g.r.uni(0, rk - 1);
            a1 = g.r.uni(0, s[static_cast<size_t>(a0)] - 1);
            break;
          case 3:  // unsqueeze
            a0 = g.r.uni(0, rk);
            break;
          case 4:  // expand: a new leading dim
            a0 = g.r.uni(1, 3);
            if (g.v(v).numel() * a0 > g.cfg.max_numel) return false;
            break;
          case 5:  // diagonal
            if (rk < 2) return false;
            a0 = g.r.uni(-1, 1);
            if (std::min(s[0] - std::max<int64_t>(-a0, 0), s[1] - std::max<int64_t>(a0, 0)) < 1)
              return false;
            break;
          case 6: {  // slice with a step
            a0 = g.r.uni(0, rk - 1);
            a1 = g.r.uni(0, s[static_cast<size_t>(a0)] - 1);
            a2 = g.r.uni(2, 3);
            break;
          }
          default:  // permute (reversed dims)
            break;
        }
        int64_t op =
            g.r.uni(0, 8);  // mul_(s) add_(s) add_(T) mul_(T) exp_ sin_ neg_ div_(s) copy_(T)
        int64_t use = g.r.uni(0, 3);  // 0 view, 1 view + pre, 2 base, 3 view and base summed
        // through the view: not an expanded one (torch refuses), no tensor operand
        int64_t target = vk != 4 && op != 2 && op != 3 && op != 8 && g.r.coin() ? 1 : 0;
        I.a = {v, -1};
        I.i = {base, vk, a0, a1, a2, op, use, target};
        I.d = {g.r.nice(-1, 1), g.r.nice(0.5, 1.5) * (g.r.coin() ? 1 : -1), g.r.nice(-1.5, 1.5)};
        if (op == 2 || op == 3 || op == 8) {
          Shape ps = g.bcast_partner(s);
          auto b = broadcast(s, ps);
          if (!b || *b != s) ps = s;
          int o = g.obtain(ps);
          if (o < 0 || o == v) return false;
          auto b2 = broadcast(s, g.shape(o));
          if (!b2 || *b2 != s) return false;
          I.a[1] = o;
        }
        if (op == 4) {
          ct::NoGradGuard ng;
          const Tensor& x = g.v(v);
          Tensor y = base == 0 ? x.clone() : base == 1 ? x + I.d[0] : base == 2 ? -x : x * I.d[0];
          if (vmax(y) > 3) return false;
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        double s0 = I.d[0];
        Tensor y = I.i[0] == 0 ? x.clone() : I.i[0] == 1 ? x + s0 : I.i[0] == 2 ? -x : x * s0;
        int64_t a0 = I.i[2], a1 = I.i[3], a2 = I.i[4];
        Tensor w;
        switch (I.i[1]) {
          case 0:
            w = y.transpose(a0, a1);
            break;
          case 1:
            w = y.narrow(a0, a1, a2);
            break;
          case 2:
            w = y.select(a0, a1);
            break;
          case 3:
            w = y.unsqueeze(a0);
            break;
          case 4: {
            Shape sh = y.shape();
            sh.insert(0, a0);
            w = y.expand(sh);
            break;
          }
          case 5:
            w = y.diagonal(a0);
            break;
          case 6:
            w = y.slice(a0, a1, std::nullopt, a2);
            break;
          default: {
            std::vector<int64_t> perm;
            for (int64_t k = y.dim() - 1; k >= 0; --k) perm.push_back(k);
            w = y.permute(Shape(perm));
          }
        }
        Tensor pre;
        if (I.i[6] == 1) pre = w * I.d[2];
        const Tensor o = I.a[1] >= 0 ? V[static_cast<size_t>(I.a[1])] : Tensor();
        double s1 = I.d[1];
        Tensor& t = I.i[7] ? w : y;
        switch (I.i[5]) {
          case 0:
            t.mul_(s1);
            break;
          case 1:
            t.add_(s1);
            break;
          case 2:
            t.add_(o, s1);
            break;
          case 3:
            t.mul_(o);
            break;
          case 4:
            t.exp_();
            break;
          case 5:
            t.sin_();
            break;
          case 6:
            t.neg_();
            break;
          case 7:
            t.div_(s1);
            break;
          default:
            t.copy_(o);
            break;
        }
        switch (I.i[6]) {
          case 0:
            return w;
          case 1:
            return w + pre;
          case 2:
            return y;
          default:
            return w.sum() + y.sum();
        }
      },
      "",
      [](const Instr& I) -> std::string {
        static const char* bases[] = {"$0.clone()", "$0 + @0", "-$0", "$0 * @0"};
        std::string a0 = std::to_string(I.i[2]), a1 = std::to_string(I.i[3]),
                    a2 = std::to_string(I.i[4]);
        std::string view;
        switch (I.i[1]) {
          case 0:
            view = "y.transpose(" + a0 + ", " + a1 + ")";
            break;
          case 1:
            view = "y.narrow(" + a0 + ", " + a1 + ", " + a2 + ")";
            break;
          case 2:
            view = "y.select(" + a0 + ", " + a1 + ")";
            break;
          case 3:
            view = "y.unsqueeze(" + a0 + ")";
            break;
          case 4:
            view = "y.expand(<{" + a0 + "} + y.shape()>)";
            break;
          case 5:
            view = "y.diagonal(" + a0 + ")";
            break;
          case 6:
            view = "y.slice(" + a0 + ", " + a1 + ", std::nullopt, " + a2 + ")";
            break;
          default:
            view = "y.permute(<reversed dims>)";
            break;
        }
        static const char* ops[] = {"y.mul_(@1)", "y.add_(@1)", "y.add_($1, @1)",
                                    "y.mul_($1)", "y.exp_()",   "y.sin_()",
                                    "y.neg_()",   "y.div_(@1)", "y.copy_($1)"};
        static const char* uses[] = {"w", "w + pre", "y", "w.sum() + y.sum()"};
        std::string o =
            std::string("[&] { Tensor y = ") + bases[I.i[0]] + "; Tensor w = " + view + "; ";
        if (I.i[6] == 1) o += "Tensor pre = w * @2; ";
        std::string op = ops[I.i[5]];
        if (I.i[7]) op[0] = 'w';
        o += op + "; return " + uses[I.i[6]] + "; }()";
        return o;
      });

  // ---- in-place ops on a fresh non-leaf tensor: t = base(v); t.op_(...)
  // base: 0 clone, 1 v + s, 2 -v, 3 v * s (none saves its output).
  // ops: 0 mul_(T) 1 mul_(s) 2 add_(T, alpha) 3 add_(s) 4 sub_(T, alpha) 5 sub_(s) 6 div_(T)
  //      7 div_(s) 8 exp_ 9 tanh_ 10 sin_ 11 cos_ 12 sigmoid_ 13 neg_ 14 sqrt_ 15 log_
  //      16 pow_(s) 17 relu_ 18 abs_ 19 clamp_ 20 copy_(T) 21 fill_ 22 zero_
  // A second op may follow when the first saves nothing (0-7 with scalars, 13, 20-22).
  add(
      "inplace", 3,
      [](Gen& g, Instr& I) {
        int v = g.r.coin(0.1) ? g.new_const(g.rand_shape(0, 3, 12), kAny) : g.pick_any();
        if (v < 0) return false;
        I.a = {v};
        I.i = {g.r.uni(0, 3)};
        I.d = {g.r.nice(-1, 1)};
        Tensor cur;
        {
          ct::NoGradGuard ng;
          const Tensor& x = g.v(v);
          cur = I.i[0] == 0 ? x.clone() : I.i[0] == 1 ? x + I.d[0] : I.i[0] == 2 ? -x : x * I.d[0];
        }
        int nops = g.r.coin(0.3) ? 2 : 1;
        for (int step = 0; step < nops; ++step) {
          int64_t op = g.r.uni(0, 22);
          double s = g.r.nice(-1.5, 1.5);
          int other = -1;
          bool ok = true;
          if (op == 0 || op == 2 || op == 4 || op == 6 || op == 20) {
            Shape ps = g.bcast_partner(cur.shape());
            auto b = broadcast(cur.shape(), ps);
            if (!b || *b != cur.shape()) ps = cur.shape();
            other = g.obtain(ps, op == 6 ? kNonzero : kAny);
            if (other < 0 || other == v) return false;
            auto b2 = broadcast(cur.shape(), g.shape(other));
            if (!b2 || *b2 != cur.shape()) return false;
            if (op == 6 && min_abs(g.v(other)) < 0.2) return false;
          }
          if (op == 7 && std::fabs(s) < 0.5) s = 0.75;
          ct::NoGradGuard ng;
          switch (op) {
            case 8:
              ok = vmax(cur) <= 3;
              break;
            case 14:
            case 15:
              ok = vmin(cur) >= 0.1;
              break;
            case 16:
              s = g.r.coin() ? 2.0 : 3.0;
              break;
            case 17:
            case 18:
              ok = min_abs(cur) >= g.cfg.margin;
              break;
            case 19: {
              double lo = vmin(cur), hi = vmax(cur);
              ok = false;
              for (int t = 0; t < 6 && !ok; ++t) {
                s = g.r.nice(lo - 0.25, hi + 0.25);
                ok = away(cur, s, g.cfg.margin);
              }
              break;
            }
            default:
              break;
          }
          if (!ok) return false;
          I.i.push_back(op);
          I.d.push_back(s);
          I.a.push_back(other);
          // advance the concrete value
          Instr probe = I;
          probe.op = op_id("inplace");
          probe.a.back() = other;
          cur = table()[static_cast<size_t>(probe.op)].apply(probe, g.val);
          bool saves_nothing = (op >= 1 && op <= 5) || op == 7 || op == 13 || op >= 20;
          if (!saves_nothing) break;
        }
        return true;
      },
      [=](const Instr& I, const TL& V) {
        const Tensor& x = A(I, V, 0);
        double s0 = I.d[0];
        Tensor t = I.i[0] == 0 ? x.clone() : I.i[0] == 1 ? x + s0 : I.i[0] == 2 ? -x : x * s0;
        for (size_t k = 1; k < I.i.size(); ++k) {
          double s = I.d[k];
          int oid = I.a[k];
          Tensor o = oid >= 0 ? V[static_cast<size_t>(oid)] : Tensor();
          switch (I.i[k]) {
            case 0:
              t.mul_(o);
              break;
            case 1:
              t.mul_(s);
              break;
            case 2:
              t.add_(o, s);
              break;
            case 3:
              t.add_(s);
              break;
            case 4:
              t.sub_(o, s);
              break;
            case 5:
              t.sub_(s);
              break;
            case 6:
              t.div_(o);
              break;
            case 7:
              t.div_(s);
              break;
            case 8:
              t.exp_();
              break;
            case 9:
              t.tanh_();
              break;
            case 10:
              t.sin_();
              break;
            case 11:
              t.cos_();
              break;
            case 12:
              t.sigmoid_();
              break;
            case 13:
              t.neg_();
              break;
            case 14:
              t.sqrt_();
              break;
            case 15:
              t.log_();
              break;
            case 16:
              t.pow_(s);
              break;
            case 17:
              t.relu_();
              break;
            case 18:
              t.abs_();
              break;
            case 19:
              t.clamp_(s);
              break;
            case 20:
              t.copy_(o);
              break;
            case 21:
              t.fill_(s);
              break;
            default:
              t.zero_();
              break;
          }
        }
        return t;
      },
      "",
      [](const Instr& I) -> std::string {
        static const char* bases[] = {"$0.clone()", "$0 + @0", "-$0", "$0 * @0"};
        std::string o = std::string("[&] { Tensor t = ") + bases[I.i[0]] + "; t";
        for (size_t k = 1; k < I.i.size(); ++k) {
          std::string s = "@" + std::to_string(k), v = "$" + std::to_string(k);
          switch (I.i[k]) {
            case 0:
              o += ".mul_(" + v + ")";
              break;
            case 1:
              o += ".mul_(" + s + ")";
              break;
            case 2:
              o += ".add_(" + v + ", " + s + ")";
              break;
            case 3:
              o += ".add_(" + s + ")";
              break;
            case 4:
              o += ".sub_(" + v + ", " + s + ")";
              break;
            case 5:
              o += ".sub_(" + s + ")";
              break;
            case 6:
              o += ".div_(" + v + ")";
              break;
            case 7:
              o += ".div_(" + s + ")";
              break;
            case 8:
              o += ".exp_()";
              break;
            case 9:
              o += ".tanh_()";
              break;
            case 10:
              o += ".sin_()";
              break;
            case 11:
              o += ".cos_()";
              break;
            case 12:
              o += ".sigmoid_()";
              break;
            case 13:
              o += ".neg_()";
              break;
            case 14:
              o += ".sqrt_()";
              break;
            case 15:
              o += ".log_()";
              break;
            case 16:
              o += ".pow_(" + s + ")";
              break;
            case 17:
              o += ".relu_()";
              break;
            case 18:
              o += ".abs_()";
              break;
            case 19:
              o += ".clamp_(" + s + ")";
              break;
            case 20:
              o += ".copy_(" + v + ")";
              break;
            case 21:
              o += ".fill_(" + s + ")";
              break;
            default:
              o += ".zero_()";
              break;
          }
        }
        return o + "; return t; }()";
      });
  return tbl;
}

const std::vector<OpDef>& table() {
  static const std::vector<OpDef> t = build_table();
  return t;
}

int op_id(const std::string& name) {
  static std::map<std::string, int> ids = [] {
    std::map<std::string, int> m;
    const auto& t = table();
    for (size_t k = 0; k < t.size(); ++k) m[t[k].name] = static_cast<int>(k);
    return m;
  }();
  auto it = ids.find(name);
  if (it == ids.end()) {
    std::fprintf(stderr, "program_fuzzer: no op %s\n", name.c_str());
    std::abort();
  }
  return it->second;
}

// ------------------------------------------------------------------ program generation

Program generate(uint64_t seed, int64_t index, const Config& cfg) {
  Program p;
  p.seed = seed;
  p.index = index;
  Rng r(mix(seed, static_cast<uint64_t>(index)));
  Gen g(r, cfg, p);

  // Initial inputs: shapes related by broadcasting to a base shape.
  Shape base = g.rand_shape(0, 3, 16);
  int n_in = static_cast<int>(r.uni(1, 3));
  for (int k = 0; k < n_in; ++k) {
    Shape s = k == 0 || r.coin(0.3) ? base : g.bcast_partner(base);
    if (r.coin(0.15)) s = g.rand_shape(0, 3, 12);
    g.new_input(s, r.coin(0.2) ? kPos : kAny);
  }
  if (p.inputs.empty()) g.new_input(Shape{}, kAny);

  const auto& ops = table();
  auto weight = [&](const OpDef& o) { return cfg.exclude.count(o.name) ? 0.0 : o.weight; };
  double total = 0;
  for (const OpDef& o : ops) total += weight(o);
  int n_ops = static_cast<int>(r.uni(cfg.min_ops, cfg.max_ops));
  int emitted = 0;
  for (int tries = 0; emitted < n_ops && tries < 40 * n_ops && p.gen_error.empty(); ++tries) {
    double u = r.real(0, total);
    size_t k = 0;
    for (; k + 1 < ops.size(); ++k) {
      u -= weight(ops[k]);
      if (u < 0 && weight(ops[k]) > 0) break;
    }
    if (weight(ops[k]) == 0) continue;
    Instr I;
    I.op = static_cast<int>(k);
    bool ok;
    try {
      ok = ops[k].gen(g, I);
    } catch (const ct::Error& e) {
      // a library call made while choosing operands failed
      if (p.gen_error.empty())
        p.gen_error = std::string("while generating ") + ops[k].name + ": " + e.what() + "\n" +
                      program_text(p);
      break;
    }
    if (!ok) continue;
    if (g.emit(std::move(I)) >= 0) ++emitted;
  }

  // Outputs: the last value, sometimes another one; shrunk to max_out_numel.
  auto shrink = [&](int id) {
    for (int t = 0; t < 4 && g.v(id).numel() > cfg.max_out_numel; ++t) {
      int64_t rk = g.rank(id);
      int nid = -1;
      if (r.coin(0.5))
        nid = g.emit("narrow_out", {id}, {0, 0, std::max<int64_t>(1, g.shape(id)[0] / 2)});
      else
        nid = g.emit("sum_out", {id}, {r.uni(0, rk - 1)});
      if (nid >= 0) id = nid;
    }
    return g.v(id).numel() <= cfg.max_out_numel ? id : -1;
  };
  int last = g.count() - 1;
  if (p.code[static_cast<size_t>(last)].op < 0) last = g.emit("sin_out", {last});
  if (last >= 0) last = shrink(last);
  if (last < 0) last = g.emit("sum_all_out", {g.count() - 1});
  if (last < 0) last = g.emit("sin_out", {0});
  p.outputs = {last};
  if (r.coin(0.25)) {
    int o2 = g.pick([&](int id) { return id != last && p.code[static_cast<size_t>(id)].op >= 0; });
    if (o2 >= 0) o2 = shrink(o2);
    if (o2 >= 0 && o2 != last) p.outputs.push_back(o2);
    if (r.coin(0.5)) std::reverse(p.outputs.begin(), p.outputs.end());
  }

  // Check plan and directions.
  p.tensor_form = p.inputs.size() == 1 && p.outputs.size() == 1 && r.coin(0.5);
  p.do_gradgrad = r.coin(cfg.gradgrad_p);
  p.do_hessian = r.coin(cfg.hessian_p);
  p.f32 = r.coin(cfg.f32_p);
  if (p.do_hessian && r.coin(cfg.chain_p)) p.chain = static_cast<int>(r.uni(0, 4));
  for (int id : p.inputs) {
    p.v_in.push_back(g.values(g.shape(id), kAny));
    p.v_in2.push_back(g.values(g.shape(id), kAny));
  }
  for (int id : p.outputs) {
    p.v_out.push_back(g.values(g.shape(id), kAny));
    p.w.push_back(g.values(g.shape(id), kAny));
    p.gg_out.push_back(g.values(g.shape(id), kAny));
  }
  return p;
}

// ------------------------------------------------------------------ checks

struct Failure {
  std::string kind;   // crash / wrong gradient / forward != reverse / unexpected error / ...
  std::string check;  // which check
  std::string msg;
};

Program cut(const Program& p, int k);

struct Checker {
  const Program& p;
  const Config& cfg;
  bool verbose;
  std::vector<Failure> failures;

  void fail(const std::string& kind, const std::string& check, const std::string& msg) {
    failures.push_back({kind, check, msg});
    if (verbose) std::printf("  FAIL [%s] %s: %s\n", kind.c_str(), check.c_str(), msg.c_str());
  }

  // Runs one check; exceptions become failures.
  void guarded(const std::string& check, const std::function<void()>& body) {
    auto t0 = std::chrono::steady_clock::now();
    try {
      body();
    } catch (const ct::Error& e) {
      std::string what = e.what();
      if (what.rfind("Jacobian mismatch", 0) == 0)
        fail("wrong gradient (finite differences)", check, what);
      else
        fail("unexpected ct::Error", check, what);
    } catch (const std::exception& e) {
      fail("non-ct exception", check, std::string(typeid(e).name()) + ": " + e.what());
    } catch (...) {
      fail("non-ct exception", check, "unknown exception");
    }
    if (verbose) {
      double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::printf("  %-34s %8.2f ms\n", check.c_str(), ms);
    }
  }

  TL leaves(bool contiguous, bool requires_grad) const {
    TL xs;
    for (int id : p.inputs) {
      Tensor x = input_tensor(p.code[static_cast<size_t>(id)], contiguous);
      if (requires_grad) x.requires_grad_(true);
      xs.push_back(x);
    }
    return xs;
  }

  TL f(const TL& x) const { return run(p, x); }
  Tensor scalar(const TL& x) const {
    TL o = run(p, x);
    Tensor s;
    for (size_t k = 0; k < o.size(); ++k) {
      Tensor t = (o[k] * p.w[k]).sum();
      s = s.defined() ? s + t : t;
    }
    return s;
  }

  // |a - b| <= atol + rtol |b| elementwise, with atol scaled by the magnitude.
  bool compare(const std::string& kind, const std::string& check, const std::string& what,
               const Tensor& a, const Tensor& b, double rtol = 1e-6, double atol = 1e-8) {
    if (!a.defined() || !b.defined()) {
      fail(kind, check, what + ": undefined tensor (" + (a.defined() ? "b" : "a") + ")");
      return false;
    }
    if (a.shape() != b.shape()) {
      fail(kind, check, what + ": shape " + shape_str(a.shape()) + " vs " + shape_str(b.shape()));
      return false;
    }
    if (a.dtype() != b.dtype()) {
      fail(kind, check,
           what + ": dtype " + ct::dtype_name(a.dtype()) + " vs " + ct::dtype_name(b.dtype()));
      return false;
    }
    std::vector<double> x = dvals(a), y = dvals(b);
    double scale = 1;
    for (double e : y) scale = std::max(scale, std::fabs(e));
    for (size_t k = 0; k < x.size(); ++k) {
      if (!(std::fabs(x[k] - y[k]) <= atol * scale + rtol * std::fabs(y[k]))) {
        std::ostringstream o;
        o << what << ": element " << k << " of " << shape_str(a.shape()) << ": " << dbl(x[k])
          << " vs " << dbl(y[k]);
        fail(kind, check, o.str());
        return false;
      }
    }
    return true;
  }

  // flat doubles of J[o][i], laid out (numel_o, numel_i)
  static std::vector<double> flat(const Tensor& t) { return dvals(t); }

  // sum_i J[o][i] v_i, as a tensor shaped like output o
  Tensor jv(const std::vector<TL>& J, const TL& outs, const TL& v, size_t o) const {
    int64_t m = outs[o].numel();
    std::vector<double> acc(static_cast<size_t>(m), 0.0);
    for (size_t i = 0; i < v.size(); ++i) {
      std::vector<double> j = flat(J[o][i]), vv = dvals(v[i]);
      int64_t n = static_cast<int64_t>(vv.size());
      for (int64_t r = 0; r < m; ++r)
        for (int64_t c = 0; c < n; ++c)
          acc[static_cast<size_t>(r)] +=
              j[static_cast<size_t>(r * n + c)] * vv[static_cast<size_t>(c)];
    }
    return ct::from_vector(acc, outs[o].shape());
  }
  // sum_o u_o J[o][i], shaped like input i
  Tensor uj(const std::vector<TL>& J, const TL& outs, const TL& u, const TL& ins, size_t i) const {
    int64_t n = ins[i].numel();
    std::vector<double> acc(static_cast<size_t>(n), 0.0);
    for (size_t o = 0; o < outs.size(); ++o) {
      std::vector<double> j = flat(J[o][i]), uu = dvals(u[o]);
      int64_t m = static_cast<int64_t>(uu.size());
      for (int64_t r = 0; r < m; ++r)
        for (int64_t c = 0; c < n; ++c)
          acc[static_cast<size_t>(c)] +=
              uu[static_cast<size_t>(r)] * j[static_cast<size_t>(r * n + c)];
    }
    return ct::from_vector(acc, ins[i].shape());
  }

  void run_all() {
    const std::string kFR = "forward != reverse";
    const std::string kLay = "layout-dependent result";
    const std::string kFn = "functional mismatch";

    // (a) finite differences
    guarded("gradcheck", [&] {
      TL xs = leaves(true, true);
      ct::gradcheck([&](const TL& x) { return f(x); }, xs);
    });
    if (p.do_gradgrad)
      guarded("gradgradcheck", [&] {
        TL xs = leaves(true, true);
        TL go;
        for (const Tensor& t : p.gg_out) go.push_back(t.clone().requires_grad_(true));
        ct::gradgradcheck([&](const TL& x) { return f(x); }, xs, go);
      });

    // (b) reverse vs forward
    TL xc = leaves(true, false), xn = leaves(false, false);
    TL outs;
    std::vector<TL> J;
    bool have_J = false;
    guarded("forward values (layout)", [&] {
      ct::NoGradGuard ng;
      TL a = f(xc), b = f(xn);
      outs = a;
      for (size_t k = 0; k < a.size(); ++k)
        compare(kLay, "forward values (layout)", "output " + std::to_string(k), b[k], a[k], 1e-12,
                1e-13);
    });
    if (outs.empty()) return;
    guarded("jacobian (reverse, loop)", [&] {
      J = ct::jacobian([&](const TL& x) { return f(x); }, xn);
      have_J = true;
      for (size_t o = 0; o < outs.size(); ++o)
        for (size_t i = 0; i < xn.size(); ++i) {
          Shape s = outs[o].shape();
          for (int64_t e : xn[i].shape()) s.push_back(e);
          if (J[o][i].shape() != s)
            fail(kFn, "jacobian (reverse, loop)",
                 "J[" + std::to_string(o) + "][" + std::to_string(i) + "] shape " +
                     shape_str(J[o][i].shape()) + ", expected " + shape_str(s));
        }
    });
    if (!have_J) return;
    auto cmpJ = [&](const std::string& check, const std::vector<TL>& K, const std::string& kind) {
      if (K.size() != J.size()) {
        fail(kind, check,
             "result has " + std::to_string(K.size()) + " rows, expected " +
                 std::to_string(J.size()));
        return;
      }
      for (size_t o = 0; o < J.size(); ++o)
        for (size_t i = 0; i < J[o].size(); ++i)
          if (!compare(kind, check, "J[" + std::to_string(o) + "][" + std::to_string(i) + "]",
                       K[o][i], J[o][i]))
            return;
    };
    const bool fwd = true;
    bool noncontig = false;
    for (int id : p.inputs)
      noncontig = noncontig || p.code[static_cast<size_t>(id)].layout != kContiguous;
    if (noncontig)
      guarded("jacobian (contiguous inputs)", [&] {
        cmpJ("jacobian (contiguous inputs)", ct::jacobian([&](const TL& x) { return f(x); }, xc),
             kLay);
      });
    guarded("jacobian (reverse, vectorize)", [&] {
      cmpJ("jacobian (reverse, vectorize)",
           ct::jacobian([&](const TL& x) { return f(x); }, xn, false, false, true),
           "vectorized != loop");
    });
    if (fwd)
      guarded("jacobian (forward mode)", [&] {
        cmpJ("jacobian (forward mode)",
             ct::jacobian([&](const TL& x) { return f(x); }, xn, false, false, true,
                          ct::Strategy::ForwardMode),
             kFR);
      });
    if (fwd)
      guarded("jvp (native)", [&] {
        auto r = ct::jvp([&](const TL& x) { return f(x); }, xn, p.v_in);
        for (size_t o = 0; o < outs.size(); ++o) {
          if (!compare(kFn, "jvp (native)", "output " + std::to_string(o), r.output[o], outs[o],
                       1e-12, 1e-13))
            return;
          if (!compare(kFR, "jvp (native)", "jvp " + std::to_string(o), r.jvp[o],
                       jv(J, outs, p.v_in, o)))
            return;
        }
      });
    guarded("jvp (create_graph, double backward)", [&] {
      auto r = ct::jvp([&](const TL& x) { return f(x); }, xn, p.v_in, true);
      for (size_t o = 0; o < outs.size(); ++o)
        if (!compare(kFn, "jvp (create_graph, double backward)", "jvp " + std::to_string(o),
                     r.jvp[o].detach(), jv(J, outs, p.v_in, o)))
          return;
    });
    if (fwd)
      guarded("forward_ad dual", [&] {
        TL tang;
        {
          ct::forward_ad::DualLevel level;
          TL duals;
          for (size_t i = 0; i < xn.size(); ++i)
            duals.push_back(ct::forward_ad::make_dual(xn[i], p.v_in[i]));
          TL o = f(duals);
          for (const Tensor& t : o) {
            auto u = ct::forward_ad::unpack_dual(t);
            tang.push_back(u.tangent.defined() ? u.tangent.clone() : ct::zeros_like(t));
          }
        }
        for (size_t o = 0; o < outs.size(); ++o)
          if (!compare(kFR, "forward_ad dual", "tangent " + std::to_string(o), tang[o],
                       jv(J, outs, p.v_in, o)))
            return;
      });
    guarded("vjp", [&] {
      auto r = ct::vjp([&](const TL& x) { return f(x); }, xn, p.v_out);
      for (size_t i = 0; i < xn.size(); ++i)
        if (!compare(kFn, "vjp", "vjp " + std::to_string(i), r.vjp[i], uj(J, outs, p.v_out, xn, i)))
          return;
    });
    guarded("backward()", [&] {
      TL xs;
      for (const Tensor& x : xn) xs.push_back(x.detach().requires_grad_(true));
      TL o = f(xs);
      TL ts, gs;
      for (size_t k = 0; k < o.size(); ++k)
        if (o[k].requires_grad()) {
          ts.push_back(o[k]);
          gs.push_back(p.v_out[k]);
        }
      if (ts.empty()) return;
      ct::backward(ts, gs);
      for (size_t i = 0; i < xs.size(); ++i) {
        Tensor g = xs[i].grad();
        if (!g.defined()) g = ct::zeros_like(xs[i]);
        if (!compare(kFn, "backward()", "grad of input " + std::to_string(i), g,
                     uj(J, outs, p.v_out, xn, i)))
          return;
      }
    });
    // engine: backward twice (accumulation), backward(inputs=) on a subset
    guarded("backward twice / inputs=", [&] {
      const std::string check = "backward twice / inputs=";
      TL xs;
      for (const Tensor& x : xn) xs.push_back(x.detach().requires_grad_(true));
      TL o = f(xs);
      TL ts, gs;
      for (size_t k = 0; k < o.size(); ++k)
        if (o[k].requires_grad()) {
          ts.push_back(o[k]);
          gs.push_back(p.v_out[k]);
        }
      if (ts.empty()) return;
      ct::backward(ts, gs, true);
      ct::backward(ts, gs, false);
      for (size_t i = 0; i < xs.size(); ++i) {
        Tensor g = xs[i].grad();
        if (!g.defined()) g = ct::zeros_like(xs[i]);
        if (!compare(kFn, check, "accumulated grad of input " + std::to_string(i), g,
                     uj(J, outs, p.v_out, xn, i) * 2.0))
          return;
      }
      // only the last input receives a gradient
      TL ys;
      for (const Tensor& x : xn) ys.push_back(x.detach().requires_grad_(true));
      TL o2 = f(ys);
      TL ts2;
      for (size_t k = 0; k < o2.size(); ++k)
        if (o2[k].requires_grad()) ts2.push_back(o2[k]);
      ct::backward(ts2, gs, std::nullopt, false, {ys.back()});
      for (size_t i = 0; i + 1 < ys.size(); ++i)
        if (ys[i].grad().defined()) {
          fail(kFn, check, "backward(inputs={last}) filled the grad of input " + std::to_string(i));
          return;
        }
      Tensor g = ys.back().grad();
      if (!g.defined()) g = ct::zeros_like(ys.back());
      compare(kFn, check, "backward(inputs={last})", g, uj(J, outs, p.v_out, xn, ys.size() - 1));
    });
    // engine: grad with respect to a non-leaf intermediate == vjp of the program cut there
    {
      guarded("grad w.r.t. an intermediate", [&] {
        const std::string check = "grad w.r.t. an intermediate";
        TL xs;
        for (const Tensor& x : xc) xs.push_back(x.detach().requires_grad_(true));
        TL all;
        TL o = run(p, xs, &all);
        // a value that is its own tensor object (contiguous() or flatten() may
        // return their input itself) and not an output
        std::vector<int> mids;
        for (size_t k = 0; k < p.code.size(); ++k) {
          if (p.code[k].op < 0 || !all[k].requires_grad()) continue;
          if (std::find(p.outputs.begin(), p.outputs.end(), static_cast<int>(k)) != p.outputs.end())
            continue;
          bool unique = true;
          for (size_t j = 0; j < all.size(); ++j)
            unique = unique && (j == k || !all[j].is_same(all[k]));
          if (unique) mids.push_back(static_cast<int>(k));
        }
        if (mids.empty()) return;
        int k =
            mids[static_cast<size_t>(mix(p.seed, static_cast<uint64_t>(p.index)) % mids.size())];
        Tensor mid = all[static_cast<size_t>(k)];
        TL ts, gs;
        for (size_t q = 0; q < o.size(); ++q)
          if (o[q].requires_grad()) {
            ts.push_back(o[q]);
            gs.push_back(p.v_out[q]);
          }
        if (ts.empty() || !mid.requires_grad()) return;
        Tensor g = ct::grad(ts, {mid}, gs, std::nullopt, false, true)[0];
        if (!g.defined()) g = ct::zeros_like(mid);
        Program q = cut(p, k);
        size_t idx = 0;
        TL qx;
        for (size_t j = 0; j < q.inputs.size(); ++j) {
          const Instr& in = q.code[static_cast<size_t>(q.inputs[j])];
          qx.push_back(input_tensor(in, true));
          if (in.base.is_same(p.code[static_cast<size_t>(k)].value)) idx = j;
        }
        auto r = ct::vjp([&](const TL& x) { return run(q, x); }, qx, p.v_out);
        compare(kFn, check,
                "grad of v" + std::to_string(k) + " (" +
                    table()[static_cast<size_t>(p.code[static_cast<size_t>(k)].op)].name + ")",
                g, r.vjp[idx]);
      });
    }
    if (p.f32)
      guarded("float32 inputs", [&] {
        const std::string check = "float32 inputs";
        // the whole program in float32: inputs and float64 constants
        Program p32 = p;
        for (Instr& I : p32.code)
          for (Tensor& c : I.c)
            if (c.dtype() == ct::float64) c = c.to(ct::float32);
        TL x32;
        for (const Tensor& x : xn) x32.push_back(x.to(ct::float32));
        TL o32;
        {
          ct::NoGradGuard ng;
          o32 = run(p32, x32);
        }
        auto F = [&](const TL& x) { return run(p32, x); };
        auto Jr = ct::jacobian(F, x32);
        auto Jv = ct::jacobian(F, x32, false, false, true);
        std::vector<TL> Jf;
        if (fwd) Jf = ct::jacobian(F, x32, false, false, true, ct::Strategy::ForwardMode);
        auto d64 = [](const Tensor& t) { return t.to(ct::float64); };
        for (size_t o = 0; o < o32.size(); ++o)
          for (size_t i = 0; i < x32.size(); ++i) {
            std::string at = "[" + std::to_string(o) + "][" + std::to_string(i) + "]";
            // torch: reverse-mode rows have the input's dtype, forward-mode the output's
            if (Jr[o][i].dtype() != ct::float32 || Jv[o][i].dtype() != ct::float32 ||
                (fwd && Jf[o][i].dtype() != o32[o].dtype())) {
              fail("wrong dtype", check,
                   "J" + at + " dtypes: reverse " + ct::dtype_name(Jr[o][i].dtype()) +
                       ", vectorized " + ct::dtype_name(Jv[o][i].dtype()) +
                       (fwd ? std::string(", forward ") + ct::dtype_name(Jf[o][i].dtype()) : "") +
                       " (output " + ct::dtype_name(o32[o].dtype()) + ")");
              return;
            }
            if (!compare("vectorized != loop", check, "float32 J" + at, d64(Jv[o][i]),
                         d64(Jr[o][i]), 1e-4, 1e-5))
              return;
            if (fwd &&
                !compare(kFR, check, "float32 J" + at, d64(Jf[o][i]), d64(Jr[o][i]), 1e-3, 1e-4))
              return;
            if (!compare("float32 far from float64", check, "float32 J" + at, d64(Jr[o][i]),
                         J[o][i], 3e-2, 3e-3))
              return;
          }
        TL v32;
        for (const Tensor& v : p.v_out) v32.push_back(v.to(ct::float32));
        auto r = ct::vjp(F, x32, v32);
        for (size_t i = 0; i < x32.size(); ++i)
          if (r.vjp[i].dtype() != ct::float32) {
            fail("wrong dtype", check,
                 "vjp " + std::to_string(i) + " is " + ct::dtype_name(r.vjp[i].dtype()) +
                     " for a float32 input");
            return;
          }
        if (fwd) {
          TL t32;
          for (const Tensor& v : p.v_in) t32.push_back(v.to(ct::float32));
          auto q = ct::jvp(F, x32, t32);
          for (size_t o = 0; o < o32.size(); ++o)
            if (q.jvp[o].dtype() != o32[o].dtype()) {
              fail("wrong dtype", check,
                   "jvp " + std::to_string(o) + " is " + ct::dtype_name(q.jvp[o].dtype()) +
                       ", output is " + ct::dtype_name(o32[o].dtype()));
              return;
            }
        }
        TL leaves32;
        for (const Tensor& x : x32) leaves32.push_back(x.detach().requires_grad_(true));
        TL outs32 = F(leaves32), ts, gs;
        for (size_t k = 0; k < outs32.size(); ++k)
          if (outs32[k].requires_grad()) {
            ts.push_back(outs32[k]);
            gs.push_back(v32[k].to(outs32[k].dtype()));
          }
        if (!ts.empty()) {
          ct::backward(ts, gs);
          for (size_t i = 0; i < leaves32.size(); ++i) {
            Tensor g = leaves32[i].grad();
            if (g.defined() && g.dtype() != ct::float32) {
              fail(
                  "wrong dtype", check,
                  "grad of float32 leaf " + std::to_string(i) + " is " + ct::dtype_name(g.dtype()));
              return;
            }
          }
        }
      });
    if (p.tensor_form)
      guarded("Tensor-form API", [&] {
        auto g1 = [&](const Tensor& x) { return f(TL{x})[0]; };
        Tensor j1 = ct::jacobian(g1, xn[0]);
        compare(kFn, "Tensor-form API", "jacobian", j1, J[0][0]);
        if (fwd) {
          Tensor j2 = ct::jacobian(g1, xn[0], false, false, true, ct::Strategy::ForwardMode);
          compare(kFR, "Tensor-form API", "jacobian forward", j2, J[0][0]);
          auto r = ct::jvp(g1, xn[0], p.v_in[0]);
          compare(kFR, "Tensor-form API", "jvp", r.jvp, jv(J, outs, p.v_in, 0));
        }
        auto q = ct::vjp(g1, xn[0], p.v_out[0]);
        compare(kFn, "Tensor-form API", "vjp", q.vjp, uj(J, outs, p.v_out, xn, 0));
      });

    // (c) second order, on the scalar program s(x) = sum_k <w_k, out_k>
    if (!p.do_hessian) return;
    auto s = [&](const TL& x) { return scalar(x); };
    std::vector<TL> H;
    bool have_H = false;
    guarded("hessian", [&] {
      H = ct::hessian(s, xn);
      have_H = true;
    });
    if (!have_H) return;
    auto cmpH = [&](const std::string& check, const std::vector<TL>& K, const std::string& kind) {
      if (K.size() != H.size()) {
        fail(kind, check, "result has " + std::to_string(K.size()) + " rows");
        return;
      }
      for (size_t a = 0; a < H.size(); ++a)
        for (size_t b = 0; b < H[a].size(); ++b)
          if (!compare(kind, check, "H[" + std::to_string(a) + "][" + std::to_string(b) + "]",
                       K[a][b], H[a][b], 1e-6, 1e-7))
            return;
    };
    guarded("jacobian of gradient", [&] {
      auto grad_s = [&](const TL& x) {
        Tensor y = s(x);
        TL g = y.requires_grad() ? ct::grad({y}, x, {}, true, true, true) : TL(x.size());
        for (size_t k = 0; k < g.size(); ++k)
          if (!g[k].defined()) g[k] = ct::zeros_like(x[k]);
        return g;
      };
      cmpH("jacobian of gradient", ct::jacobian(grad_s, xn), "hessian != jacobian(grad)");
    });
    guarded("hessian (vectorize)", [&] {
      cmpH("hessian (vectorize)", ct::hessian(s, xn, false, false, true), "vectorized != loop");
    });
    if (fwd)
      guarded("hessian (forward-over-reverse)", [&] {
        cmpH("hessian (forward-over-reverse)",
             ct::hessian(s, xn, false, false, true, ct::Strategy::ForwardMode), kFR);
      });
    auto Hv = [&](const TL& v, size_t a, bool transpose) {
      // (H v)_a = sum_b H[a][b] v_b ; (v^T H)_a = sum_b v_b H[b][a]
      int64_t n = xn[a].numel();
      std::vector<double> acc(static_cast<size_t>(n), 0.0);
      for (size_t b = 0; b < xn.size(); ++b) {
        std::vector<double> h = flat(transpose ? H[b][a] : H[a][b]), vv = dvals(v[b]);
        int64_t m = static_cast<int64_t>(vv.size());
        for (int64_t r = 0; r < n; ++r)
          for (int64_t c = 0; c < m; ++c) {
            double e =
                transpose ? h[static_cast<size_t>(c * n + r)] : h[static_cast<size_t>(r * m + c)];
            acc[static_cast<size_t>(r)] += e * vv[static_cast<size_t>(c)];
          }
      }
      return ct::from_vector(acc, xn[a].shape());
    };
    if (fwd)
      guarded("hvp (native, forward-over-reverse)", [&] {
        auto r = ct::hvp(s, xn, p.v_in2);
        for (size_t a = 0; a < xn.size(); ++a)
          if (!compare(kFR, "hvp (native, forward-over-reverse)", "hvp " + std::to_string(a),
                       r.hvp[a], Hv(p.v_in2, a, false), 1e-6, 1e-7))
            return;
      });
    guarded("hvp (create_graph, double backward)", [&] {
      auto r = ct::hvp(s, xn, p.v_in2, true);
      for (size_t a = 0; a < xn.size(); ++a)
        if (!compare(kFn, "hvp (create_graph, double backward)", "hvp " + std::to_string(a),
                     r.hvp[a].detach(), Hv(p.v_in2, a, false), 1e-6, 1e-7))
          return;
    });
    guarded("vhp", [&] {
      auto r = ct::vhp(s, xn, p.v_in2);
      for (size_t a = 0; a < xn.size(); ++a)
        if (!compare(kFn, "vhp", "vhp " + std::to_string(a), r.vhp[a], Hv(p.v_in2, a, true), 1e-6,
                     1e-7))
          return;
    });

    // create_graph chains, differentiated again and checked by finite differences
    if (p.chain < 0) return;
    static const char* names[] = {"vjp(create_graph)", "jvp(create_graph)",
                                  "jacobian(create_graph)", "hvp(create_graph)",
                                  "grad of vjp (create_graph) vs hvp"};
    std::string check = std::string("chain: ") + names[p.chain];
    guarded(check, [&] {
      TL xs = leaves(true, true);
      switch (p.chain) {
        case 0:
          ct::gradcheck(
              [&](const TL& x) {
                return ct::vjp([&](const TL& y) { return f(y); }, x, p.v_out, true).vjp;
              },
              xs);
          break;
        case 1:
          ct::gradcheck(
              [&](const TL& x) {
                return ct::jvp([&](const TL& y) { return f(y); }, x, p.v_in, true).jvp;
              },
              xs);
          break;
        case 2:
          ct::gradcheck(
              [&](const TL& x) {
                auto K = ct::jacobian([&](const TL& y) { return f(y); }, x, true);
                TL flatK;
                for (auto& row : K)
                  for (auto& e : row) flatK.push_back(e);
                return flatK;
              },
              xs);
          break;
        case 3:
          ct::gradcheck([&](const TL& x) { return ct::hvp(s, x, p.v_in2, true).hvp; }, xs);
          break;
        default: {
          // d/dx <u, vjp(f, x, w, create_graph).vjp> == hvp of s at u
          TL ys;
          for (const Tensor& x : xn) ys.push_back(x.detach().requires_grad_(true));
          TL g = ct::vjp([&](const TL& y) { return f(y); }, ys, p.w, true).vjp;
          Tensor tot;
          for (size_t k = 0; k < g.size(); ++k) {
            Tensor t = (g[k] * p.v_in2[k]).sum();
            tot = tot.defined() ? tot + t : t;
          }
          TL d = tot.requires_grad() ? ct::grad({tot}, ys, {}, std::nullopt, false, true)
                                     : TL(ys.size());
          for (size_t a = 0; a < ys.size(); ++a) {
            Tensor e = d[a].defined() ? d[a] : ct::zeros_like(ys[a]);
            if (!compare(kFn, check, "d<u, vjp>/dx " + std::to_string(a), e, Hv(p.v_in2, a, false),
                         1e-6, 1e-7))
              return;
          }
        }
      }
    });
  }
};

bool still_fails(const Program& q, const Config& cfg, const std::string& kind,
                 const std::string& check) {
  if (q.outputs.empty()) return false;
  for (int o : q.outputs)
    if (q.code[static_cast<size_t>(o)].op < 0) return false;
  Checker c{q, cfg, false, {}};
  try {
    c.run_all();
  } catch (...) {
    return false;
  }
  for (const Failure& f : c.failures)
    if (f.kind == kind && f.check == check) return true;
  return false;
}

// ------------------------------------------------------------------ minimizer

// The program restricted to what `outputs` need (inputs renumbered), with
// fresh directions for the new outputs.
Program prune(const Program& p, const std::vector<int>& outputs, bool keep_inputs = true) {
  std::vector<bool> live(p.code.size(), false);
  for (int o : outputs) live[static_cast<size_t>(o)] = true;
  if (keep_inputs)
    for (int i : p.inputs) live[static_cast<size_t>(i)] = true;
  for (size_t k = p.code.size(); k-- > 0;) {
    if (!live[k]) continue;
    for (int a : p.code[k].a)
      if (a >= 0) live[static_cast<size_t>(a)] = true;
  }
  Program q = p;
  q.code.clear();
  q.inputs.clear();
  q.v_in.clear();
  q.v_in2.clear();
  std::vector<int> map(p.code.size(), -1);
  for (size_t k = 0; k < p.code.size(); ++k) {
    if (!live[k]) continue;
    Instr I = p.code[k];
    for (int& a : I.a)
      if (a >= 0) a = map[static_cast<size_t>(a)];
    if (I.op < 0) {
      size_t old = static_cast<size_t>(I.input);
      I.input = static_cast<int>(q.inputs.size());
      q.inputs.push_back(static_cast<int>(q.code.size()));
      q.v_in.push_back(p.v_in[old]);
      q.v_in2.push_back(p.v_in2[old]);
    }
    map[k] = static_cast<int>(q.code.size());
    q.code.push_back(std::move(I));
  }
  q.outputs.clear();
  q.v_out.clear();
  q.w.clear();
  q.gg_out.clear();
  Rng r(mix(p.seed ^ 0x5eed, static_cast<uint64_t>(p.index)));
  for (int o : outputs) {
    q.outputs.push_back(map[static_cast<size_t>(o)]);
    Shape sh = p.code[static_cast<size_t>(o)].shape;
    auto rnd = [&] {
      std::vector<double> x(static_cast<size_t>(numel_of(sh)));
      for (double& e : x) e = std::round(r.real(-1.5, 1.5) * 1024) / 1024;
      return ct::from_vector(x, sh);
    };
    q.v_out.push_back(rnd());
    q.w.push_back(rnd());
    q.gg_out.push_back(rnd());
  }
  q.tensor_form = q.tensor_form && q.inputs.size() == 1 && q.outputs.size() == 1;
  return q;
}

// Value k becomes a new contiguous input holding the value it had.
Program cut(const Program& p, int k) {
  Program q = p;
  Instr& I = q.code[static_cast<size_t>(k)];
  I.op = -1;
  I.a.clear();
  I.i.clear();
  I.d.clear();
  I.c.clear();
  I.s.clear();
  I.layout = kContiguous;
  I.base = I.value;
  I.strides = I.value.strides();
  // inputs are numbered in code order
  q.inputs.clear();
  q.v_in.clear();
  q.v_in2.clear();
  Rng r(mix(p.seed ^ 0xc07, static_cast<uint64_t>(k)));
  auto rnd = [&](const Shape& sh) {
    std::vector<double> x(static_cast<size_t>(numel_of(sh)));
    for (double& e : x) e = std::round(r.real(-1.5, 1.5) * 1024) / 1024;
    return ct::from_vector(x, sh);
  };
  for (size_t j = 0; j < q.code.size(); ++j) {
    Instr& J = q.code[j];
    if (J.op >= 0) continue;
    if (static_cast<int>(j) == k) {
      q.v_in.push_back(rnd(J.shape));
      q.v_in2.push_back(rnd(J.shape));
    } else {
      q.v_in.push_back(p.v_in[static_cast<size_t>(J.input)]);
      q.v_in2.push_back(p.v_in2[static_cast<size_t>(J.input)]);
    }
    J.input = static_cast<int>(q.inputs.size());
    q.inputs.push_back(static_cast<int>(j));
  }
  return prune(q, q.outputs, true);
}

int64_t n_ops(const Program& p) {
  int64_t n = 0;
  for (const Instr& I : p.code) n += I.op >= 0;
  return n;
}

std::string op_list(const Program& p) {
  std::string o;
  static const std::set<std::string> kinds = {
      "zero_dim",   "view_then_inplace", "mixed_dtype", "mm_family", "linalg",
      "loss",       "cross_entropy",     "conv",        "split",     "scatter",
      "where_mask", "masked_fill",       "clamp",       "norm",      "tril_triu",
      "gather"};
  for (const Instr& I : p.code) {
    if (I.op < 0 || I.op == op_id("constant")) continue;
    const std::string& n = table()[static_cast<size_t>(I.op)].name;
    o += (o.empty() ? "" : " ") + n;
    if (n == "inplace" || n == "view_then_inplace") {
      o += "[";
      for (size_t k = 0; k < I.i.size(); ++k) o += (k ? "," : "") + std::to_string(I.i[k]);
      o += "]";
    } else if (n == "einsum") {
      o += "[" + I.s + "]";
    } else if (kinds.count(n) && !I.i.empty()) {
      o += "[" + std::to_string(I.i[0]) + "]";
    }
  }
  return o;
}

// Greedy: the smallest single output that still shows the failure (same kind
// and check), then contiguous layouts and fewer checks where they do not matter.
Program minimize(const Program& p, const Config& cfg, const std::string& kind,
                 const std::string& check) {
  Program best = p;
  for (bool improved = true; improved;) {
    improved = false;
    for (size_t v = 0; v < best.code.size() && !improved; ++v) {
      if (best.code[v].op < 0) continue;
      Program q = prune(best, {static_cast<int>(v)});
      if (q.code.size() >= best.code.size() && q.outputs.size() >= best.outputs.size()) continue;
      if (still_fails(q, cfg, kind, check)) {
        best = q;
        improved = true;
      }
    }
  }
  // cut the program at intermediates (not for finite-difference failures: a
  // cut turns structural ties into coincidental ones)
  bool fd = kind.find("finite differences") != std::string::npos;
  auto tie_sensitive = [](const Program& q) {
    static const std::set<std::string> t = {"maximum", "minimum",     "amax",    "amin",
                                            "max_dim", "min_dim",     "max_all", "min_all",
                                            "norm",    "mixed_dtype", "zero_dim"};
    for (const Instr& I : q.code)
      if (I.op >= 0 && t.count(table()[static_cast<size_t>(I.op)].name)) return true;
    return false;
  };
  {
    for (bool improved = true; improved;) {
      improved = false;
      for (size_t v = 0; v < best.code.size() && !improved; ++v) {
        if (best.code[v].op < 0) continue;
        if (std::find(best.outputs.begin(), best.outputs.end(), static_cast<int>(v)) !=
            best.outputs.end())
          continue;
        Program q = cut(best, static_cast<int>(v));
        if (fd && tie_sensitive(q)) continue;
        if (n_ops(q) < n_ops(best) && still_fails(q, cfg, kind, check)) {
          best = q;
          improved = true;
        }
      }
    }
  }
  {
    Program q = prune(best, best.outputs, false);
    if (q.inputs.size() < best.inputs.size() && still_fails(q, cfg, kind, check)) best = q;
  }
  for (int id : best.inputs) {
    Instr& in = best.code[static_cast<size_t>(id)];
    if (in.layout == kContiguous) continue;
    Program q = best;
    Instr& qi = q.code[static_cast<size_t>(id)];
    qi.base = input_tensor(in, true);
    qi.layout = kContiguous;
    qi.strides = qi.base.strides();
    if (still_fails(q, cfg, kind, check)) best = q;
  }
  for (int k = 0; k < 3; ++k) {
    Program q = best;
    if (k == 0) q.do_gradgrad = false;
    if (k == 1) q.chain = -1;
    if (k == 2) q.tensor_form = false;
    if (still_fails(q, cfg, kind, check)) best = q;
  }
  return best;
}

// ------------------------------------------------------------------ crash reporting

char g_crash_note[512] = "";

void on_signal(int sig) {
  const char* head = sig == SIGALRM ? "\nTIMEOUT (hang)" : "\nCRASH (signal)";
  ssize_t w = write(2, head, std::strlen(head));
  w = write(2, g_crash_note, std::strlen(g_crash_note));
  (void)w;
  std::signal(sig, SIG_DFL);
  if (sig == SIGALRM) _exit(124);
  std::raise(sig);
}

std::string signature(const Failure& f) {
  std::string m = f.msg.substr(0, std::min<size_t>(160, f.msg.find('\n')));
  std::string o;
  for (char c : m) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (o.empty() || o.back() != '#') o += '#';
    } else {
      o += c;
    }
  }
  return f.kind + " | " + f.check + " | " + o;
}

}  // namespace

int main(int argc, char** argv) {
  int64_t count = 100, only = -1, start = 0;
  uint64_t seed = 1;
  bool verbose = false, stats = false, minimize_on = true;
  int threads = 1;
  Config cfg;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    auto next = [&]() -> std::string {
      if (k + 1 >= argc) {
        std::fprintf(stderr, "program_fuzzer: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++k];
    };
    if (a == "--count")
      count = std::stoll(next());
    else if (a == "--seed")
      seed = std::stoull(next());
    else if (a == "--only")
      only = std::stoll(next());
    else if (a == "--start")
      start = std::stoll(next());
    else if (a == "--verbose" || a == "-v")
      verbose = true;
    else if (a == "--threads")
      threads = std::stoi(next());
    else if (a == "--max-ops") {
      cfg.max_ops = std::stoi(next());
      g_extra_args += " --max-ops " + std::to_string(cfg.max_ops);
    } else if (a == "--gradgrad") {
      std::string v = next();
      cfg.gradgrad_p = std::stod(v);
      g_extra_args += " --gradgrad " + v;
    } else if (a == "--hessian") {
      std::string v = next();
      cfg.hessian_p = std::stod(v);
      g_extra_args += " --hessian " + v;
    } else if (a == "--float32") {
      std::string v = next();
      cfg.f32_p = std::stod(v);
      g_extra_args += " --float32 " + v;
    } else if (a == "--stats")
      stats = true;
    else if (a == "--no-minimize")
      minimize_on = false;
    else if (a == "--exclude") {
      std::string l = next();
      g_extra_args += " --exclude " + l;
      for (size_t p0 = 0; p0 <= l.size();) {
        size_t c = l.find(',', p0);
        if (c == std::string::npos) c = l.size();
        if (c > p0) cfg.exclude.insert(l.substr(p0, c - p0));
        p0 = c + 1;
      }
    } else if (a == "--help" || a == "-h") {
      std::printf(
          "usage: program_fuzzer [--count N] [--seed S] [--start K0] [--only K] [--verbose]\n"
          "                      [--threads T] [--max-ops M] [--gradgrad P] [--hessian P] "
          "[--float32 P]\n"
          "                      [--stats] [--no-minimize] [--exclude op,op,...]\n");
      return 0;
    } else {
      std::fprintf(stderr, "program_fuzzer: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  ct::set_num_threads(threads);
  std::signal(SIGSEGV, on_signal);
  std::signal(SIGABRT, on_signal);
  std::signal(SIGFPE, on_signal);
  std::signal(SIGBUS, on_signal);
  std::signal(SIGILL, on_signal);
  std::signal(SIGALRM, on_signal);

  int64_t first = only >= 0 ? only : start, last = only >= 0 ? only + 1 : start + count;
  int64_t programs = 0, failed = 0;
  std::map<std::string, std::pair<int64_t, std::string>> sigs;  // signature -> (count, example)
  std::map<std::string, int64_t> op_count;
  int64_t n_instr = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int64_t k = first; k < last; ++k) {
    std::snprintf(g_crash_note, sizeof g_crash_note,
                  " in program %lld of seed %llu; rerun: program_fuzzer --seed %llu --only %lld%s "
                  "--verbose\n",
                  static_cast<long long>(k), static_cast<unsigned long long>(seed),
                  static_cast<unsigned long long>(seed), static_cast<long long>(k),
                  g_extra_args.c_str());
    alarm(120);
    ct::manual_seed(mix(seed, static_cast<uint64_t>(k)) & 0xffffffffu);
    Program p = generate(seed, k, cfg);
    ++programs;
    if (stats) {
      for (const Instr& I : p.code)
        ++op_count[I.op < 0 ? "(input)" : table()[static_cast<size_t>(I.op)].name];
      n_instr += static_cast<int64_t>(p.code.size());
    }
    Checker c{p, cfg, verbose, {}};
    if (verbose)
      std::printf("=== program %lld (seed %llu)\n%s", static_cast<long long>(k),
                  static_cast<unsigned long long>(seed), program_text(p).c_str());
    if (!p.gen_error.empty()) {
      c.fail("unexpected ct::Error", "forward (while building the program)", p.gen_error);
    } else {
      c.run_all();
    }
    if (!c.failures.empty()) {
      ++failed;
      std::ostringstream o;
      o << "\n### FAILURE: seed " << seed << ", program " << k << "\n";
      for (const Failure& f : c.failures)
        o << "  [" << f.kind << "] " << f.check << ": " << f.msg << "\n";
      std::string key = "";
      if (p.gen_error.empty()) {
        o << program_text(p);
        if (minimize_on) {
          Program m = minimize(p, cfg, c.failures[0].kind, c.failures[0].check);
          key = op_list(m);
          if (m.code.size() < p.code.size() || m.outputs.size() < p.outputs.size()) {
            o << "// minimized (same failure: [" << c.failures[0].kind << "] "
              << c.failures[0].check << "):\n";
            std::string t = program_text(m);
            o << t.substr(t.find('\n') + 1);
          }
          o << "// minimized ops: " << key << "\n";
        }
      }
      std::printf("%s", o.str().c_str());
      std::fflush(stdout);
      {
        const Failure& f = c.failures[0];
        auto& e = sigs[f.kind + " | " + f.check + " | ops: " + key];
        if (e.first++ == 0)
          e.second =
              "--seed " + std::to_string(seed) + " --only " + std::to_string(k) + g_extra_args;
      }
    }
  }
  alarm(0);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!sigs.empty()) {
    std::printf("\ndistinct failure signatures:\n");
    for (const auto& [s, e] : sigs)
      std::printf("  %6lld x  %s\n          e.g. %s\n", static_cast<long long>(e.first), s.c_str(),
                  e.second.c_str());
  }
  if (stats) {
    std::printf("\nops (%lld instructions, %.1f per program):\n", static_cast<long long>(n_instr),
                static_cast<double>(n_instr) / static_cast<double>(std::max<int64_t>(programs, 1)));
    for (const OpDef& o : table())
      std::printf("  %-18s %lld\n", o.name.c_str(), static_cast<long long>(op_count[o.name]));
  }
  std::printf("time: %.2f s\n", secs);
  std::printf("programs: %lld, failures: %lld\n", static_cast<long long>(programs),
              static_cast<long long>(failed));
  return failed ? 1 : 0;
}
