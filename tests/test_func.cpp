// ct::func (functorch's transforms, include/cotangent/func.h) through the
// public API: vmap, grad, grad_and_value, vjp, jvp, jacrev, jacfwd and
// hessian alone and composed, their errors (functorch 1.13's messages,
// docs/func-spec.md), and a sweep of the op table checking vmap of every
// op against a loop over the examples.
//
// Every value is checked against an independent computation: an explicit
// loop over the examples with ct ops, the functional API (ct::vjp, ct::jvp,
// ct::jacobian, ct::hessian, ct::hvp) or a closed form.
//
// C++ has no pytrees and no function names: functorch's "vmap(sum, ...)"
// is checked from the text after the function's name, and messages that
// print a pytree's TreeSpec are checked for their common part.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <typeinfo>
#include <vector>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;
namespace F = ct::func;
using std::nullopt;

// ---------------------------------------------------------------- helpers

// Warnings (the fallback's "performance drop" message) are collected, not printed.
std::vector<std::string>& warnings() {
  static std::vector<std::string> w;
  return w;
}
const bool kQuiet = [] {
  ct::set_warning_handler([](const std::string& m) { warnings().push_back(m); });
  return true;
}();

std::string Repr(const Tensor& t) {
  if (!t.defined()) return "<undefined>";
  std::ostringstream os;
  os << t;
  return os.str();
}

Tensor R(const ct::Shape& shape, uint64_t seed, ct::Domain d = ct::Domain::Real) {
  return ct::sample_tensor(shape, d, ct::float64, seed);
}

// Same shape and dtype kind, values close.
::testing::AssertionResult Close(const Tensor& actual, const Tensor& expected, double tol = 1e-9) {
  if (!actual.defined()) return ::testing::AssertionFailure() << "actual is undefined";
  if (!expected.defined()) return ::testing::AssertionFailure() << "expected is undefined";
  if (actual.shape() != expected.shape())
    return ::testing::AssertionFailure()
           << "shape " << ct::size_string(actual.shape()) << " != expected "
           << ct::size_string(expected.shape()) << "\n  actual:   " << Repr(actual)
           << "\n  expected: " << Repr(expected);
  if (actual.dtype() != expected.dtype())
    return ::testing::AssertionFailure() << "dtype " << ct::dtype_name(actual.dtype())
                                         << " != expected " << ct::dtype_name(expected.dtype());
  Tensor a = actual.detach(), b = expected.detach();
  const bool ok =
      a.is_floating_point() ? ct::allclose(a, b, tol, tol, /*equal_nan=*/true) : ct::equal(a, b);
  if (ok) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "values differ\n  actual:   " << Repr(actual) << "\n  expected: " << Repr(expected);
}

::testing::AssertionResult CloseAll(const TL& actual, const TL& expected, double tol = 1e-9) {
  if (actual.size() != expected.size())
    return ::testing::AssertionFailure()
           << actual.size() << " tensors, expected " << expected.size();
  for (size_t k = 0; k < actual.size(); ++k) {
    auto r = Close(actual[k], expected[k], tol);
    if (!r) return ::testing::AssertionFailure() << "entry " << k << ": " << r.message();
  }
  return ::testing::AssertionSuccess();
}

enum class Match { Exact, Suffix, Contains };

// f throws an E (or a subclass) whose what() matches `expected`.
template <class E, class Fn>
::testing::AssertionResult Raises(Fn&& f, const std::string& expected, Match m = Match::Exact) {
  try {
    f();
  } catch (const E& e) {
    const std::string what = e.what();
    bool ok = false;
    switch (m) {
      case Match::Exact:
        ok = what == expected;
        break;
      case Match::Suffix:
        ok = what.size() >= expected.size() &&
             what.compare(what.size() - expected.size(), expected.size(), expected) == 0;
        break;
      case Match::Contains:
        ok = what.find(expected) != std::string::npos;
        break;
    }
    if (ok) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "right exception type, wrong message.\n  actual:   \"" << what << "\"\n  expected: \""
           << expected << "\"" << (m == Match::Exact ? "" : " (part)");
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure()
           << "wrong exception type " << typeid(e).name() << ": \"" << e.what() << "\"; expected "
           << typeid(E).name() << ": \"" << expected << "\"";
  }
  return ::testing::AssertionFailure()
         << "no exception; expected " << typeid(E).name() << ": \"" << expected << "\"";
}

// Stacks per(k) for k < n along `dim`.
Tensor Loop(int64_t n, const std::function<Tensor(int64_t)>& per, int64_t dim = 0) {
  TL rows;
  for (int64_t k = 0; k < n; ++k) rows.push_back(per(k));
  return ct::stack(rows, dim);
}

Tensor Diag(const Tensor& v) {  // square matrix with v on the diagonal
  return ct::eye(v.size(0), nullopt, v.dtype()) * v;
}

// The Jacobians [out][in] of fn at xs by the functional API (reverse mode).
std::vector<TL> Jacobian(const F::Fn& fn, const TL& xs) {
  return ct::jacobian([&](const TL& v) { return fn(v); }, xs);
}

// Functions used below (Fn: list in, list out).
struct Funcs {
  Tensor W = R({4, 3}, 11);
  Tensor W1 = R({4, 5}, 12);
  Tensor W2 = R({5, 2}, 13);
  F::Fn matmul = [W = W](const TL& a) { return TL{ct::matmul(a[0], W)}; };
  F::Fn sum = [](const TL& a) { return TL{a[0].sum(-1)}; };
  F::Fn softmax_like = [](const TL& a) {
    Tensor e = (a[0] * 1.5).exp();
    return TL{e / e.sum(-1, true)};
  };
  F::Fn tanh_chain = [W1 = W1, W2 = W2](const TL& a) {
    return TL{ct::matmul(ct::matmul(a[0], W1).tanh(), W2).tanh() * a[0].sin().sum()};
  };
};

// ---------------------------------------------------------------- vmap

TEST(FuncVmap, InDimsZeroOneNegative) {
  Funcs fs;
  const Tensor x = R({3, 4, 4}, 1);
  for (const F::Fn* f : {&fs.matmul, &fs.sum, &fs.softmax_like, &fs.tanh_chain}) {
    EXPECT_TRUE(Close(F::vmap(*f)({x})[0], Loop(3, [&](int64_t k) { return (*f)({x[k]})[0]; })));
    EXPECT_TRUE(Close(F::vmap(*f, {1})({x})[0],
                      Loop(4, [&](int64_t k) { return (*f)({x.select(1, k)})[0]; })));
    EXPECT_TRUE(Close(F::vmap(*f, {-1})({x})[0],
                      Loop(4, [&](int64_t k) { return (*f)({x.select(2, k)})[0]; })));
    EXPECT_TRUE(Close(F::vmap(*f, {-3})({x})[0], F::vmap(*f, {0})({x})[0]));
  }
}

TEST(FuncVmap, InDimsNulloptAndMixed) {
  const Tensor x = R({2, 3}, 1), y = R({3}, 2), z = R({3, 2}, 3);
  F::Fn mul3 = [](const TL& a) { return TL{a[0] * a[1] + a[2]}; };
  // per input: batched at 0, not batched, batched at 1
  EXPECT_TRUE(Close(F::vmap(mul3, {0, nullopt, 1})({x, y, z})[0],
                    Loop(2, [&](int64_t k) { return x[k] * y + z.select(1, k); })));
  // one entry applies to every input
  const Tensor u = R({2, 3}, 4);
  EXPECT_TRUE(Close(F::vmap(mul3, {0})({x, u, x})[0],
                    Loop(2, [&](int64_t k) { return x[k] * u[k] + x[k]; })));
  // a matrix product with the matrix unbatched: per-row matmul
  const Tensor A = R({3, 4}, 5), B = R({5, 4}, 6);
  F::Fn mv = [](const TL& a) { return TL{ct::matmul(a[0], a[1])}; };
  EXPECT_TRUE(Close(F::vmap(mv, {nullopt, 0})({A, B})[0],
                    Loop(5, [&](int64_t k) { return ct::mv(A, B[k]); })));
  EXPECT_TRUE(Close(F::vmap(mv, {nullopt, 0}, {1})({A, B})[0], ct::matmul(A, B.t())));
}

TEST(FuncVmap, OutDims) {
  const Tensor x = R({2, 3}, 1);
  const Tensor ref = x * 2;
  F::Fn twice = [](const TL& a) { return TL{a[0] * 2}; };
  EXPECT_TRUE(Close(F::vmap(twice, {0}, {1})({x})[0], ref.t()));
  EXPECT_TRUE(Close(F::vmap(twice, {0}, {-1})({x})[0], ref.t()));
  F::Fn up = [](const TL& a) { return TL{a[0].unsqueeze(0) * 2}; };
  Tensor r = F::vmap(up, {0}, {-1})({x})[0];
  EXPECT_EQ(r.shape(), (ct::Shape{1, 3, 2}));
  EXPECT_TRUE(Close(r, ref.t().unsqueeze(0)));
  // one out_dim per output
  F::Fn two = [](const TL& a) { return TL{a[0], a[0].unsqueeze(0), a[0].sum()}; };
  TL o = F::vmap(two, {0}, {0, 1, 0})({x});
  ASSERT_EQ(o.size(), 3u);
  EXPECT_TRUE(Close(o[0], x));
  EXPECT_TRUE(Close(o[1], x.unsqueeze(0)));
  EXPECT_TRUE(Close(o[2], x.sum(1)));
  // VmapOptions
  F::VmapOptions opt;
  opt.in_dims = {1};
  opt.out_dims = {1};
  EXPECT_TRUE(Close(F::vmap(twice, opt)({x})[0], ref));
}

TEST(FuncVmap, Nested) {
  const Tensor a = R({2, 3, 4}, 1), b = R({2, 3, 4}, 2);
  F::Fn dot = [](const TL& v) { return TL{ct::dot(v[0], v[1])}; };
  EXPECT_TRUE(Close(F::vmap(F::vmap(dot))({a, b})[0], Loop(2, [&](int64_t i) {
                      return Loop(3, [&](int64_t j) { return ct::dot(a[i][j], b[i][j]); });
                    })));
  // outer product by nested in_dims
  const Tensor u = R({3}, 3), V = R({2, 3}, 4);
  F::Fn mul = [](const TL& v) { return TL{v[0] * v[1]}; };
  Tensor r = F::vmap(F::vmap(mul, {0, nullopt}), {nullopt, 0})({u, V})[0];
  EXPECT_TRUE(Close(
      r, Loop(2, [&](int64_t i) { return Loop(3, [&](int64_t j) { return u[j] * V[i]; }); })));
  // inner over dim 1, outer over dim 0; a nonlinear function of both levels
  F::Fn g = [](const TL& v) { return TL{(v[0].tanh() * v[0].sum()).exp()}; };
  const Tensor c = R({2, 3, 4}, 5);
  EXPECT_TRUE(Close(F::vmap(F::vmap(g, {1}), {0})({c})[0], Loop(2, [&](int64_t i) {
                      return Loop(4, [&](int64_t j) { return g({c[i].select(1, j)})[0]; });
                    })));
  // three levels
  F::Fn h = [](const TL& v) { return TL{(v[0] * v[1]).sum()}; };
  const Tensor d = R({2, 2, 2, 3}, 6), e = R({2, 3}, 7);
  EXPECT_TRUE(Close(F::vmap(F::vmap(F::vmap(h, {0, nullopt})), {0, nullopt})({d, e})[0],
                    Loop(2, [&](int64_t i) {
                      return Loop(2, [&](int64_t j) {
                        return Loop(2, [&](int64_t k) { return (d[i][j][k] * e[j]).sum(); });
                      });
                    })));
}

TEST(FuncVmap, OutputsNotDependingOnInputsAreExpanded) {
  const Tensor x = R({4, 3}, 1), y = R({2, 5}, 2);
  TL o = F::vmap([&](const TL&) { return TL{y, ct::ones({3}, ct::float64)}; })({x});
  ASSERT_EQ(o.size(), 2u);
  EXPECT_TRUE(Close(o[0], Loop(4, [&](int64_t) { return y; })));
  EXPECT_TRUE(Close(o[1], ct::ones({4, 3}, ct::float64)));
  Tensor p = F::vmap([&](const TL&) { return TL{y}; }, {0}, {2})({x})[0];
  EXPECT_TRUE(Close(p, Loop(
                           4, [&](int64_t) { return y; }, 2)));
}

TEST(FuncVmap, BatchSizeZero) {
  const Tensor x = ct::zeros({0, 3}, ct::float64);
  Tensor r = F::vmap([](const TL& a) { return TL{a[0].sin() * 2 + 1}; })({x})[0];
  EXPECT_EQ(r.shape(), (ct::Shape{0, 3}));
  EXPECT_EQ(r.dtype(), ct::float64);
  Tensor s = F::vmap([](const TL& a) { return TL{a[0] * a[1]}; }, {0, nullopt})({x, R({3}, 1)})[0];
  EXPECT_EQ(s.shape(), (ct::Shape{0, 3}));
  Tensor t =
      F::vmap([](const TL& a) { return TL{a[0].exp()}; }, {1})({ct::zeros({3, 0}, ct::float64)})[0];
  EXPECT_EQ(t.shape(), (ct::Shape{0, 3}));
}

TEST(FuncVmap, ChunkSizeGivesTheSameResults) {
  Funcs fs;
  const Tensor x = R({5, 4}, 1), y = R({4, 5}, 2);
  F::Fn f = [&](const TL& a) {
    TL m = fs.tanh_chain({a[0] + a[1]});
    return TL{m[0], a[0].sum(), (a[0] * a[1]).exp()};
  };
  TL whole = F::vmap(f, {0, 1}, {0, 0, 1})({x, y});
  for (int64_t chunk : {1, 2, 3, 5, 7}) {
    TL c = F::vmap(f, {0, 1}, {0, 0, 1}, F::Randomness::Error, chunk)({x, y});
    EXPECT_TRUE(CloseAll(c, whole, 1e-12)) << "chunk_size " << chunk;
  }
  EXPECT_TRUE(Close(whole[0], Loop(5, [&](int64_t k) { return f({x[k], y.select(1, k)})[0]; })));
  EXPECT_TRUE(Close(whole[2], Loop(
                                  5,
                                  [&](int64_t k) {
                                    return f({x[k], y.select(1, k)})[2];
                                  },
                                  1)));
  // with an unbatched input
  const Tensor w = R({4}, 3);
  EXPECT_TRUE(Close(F::vmap(f, {0, nullopt}, {0}, F::Randomness::Error, 2)({x, w})[1], x.sum(1)));
}

TEST(FuncVmap, DtypeAndIsBatched) {
  Tensor i = ct::arange(4, ct::int64).reshape({2, 2});
  Tensor r = F::vmap([](const TL& a) { return TL{a[0] + 1}; })({i})[0];
  EXPECT_EQ(r.dtype(), ct::int64);
  EXPECT_TRUE(ct::equal(r, i + 1));
  bool seen_x = false, seen_y = true;
  F::vmap(
      [&](const TL& a) {
        seen_x = F::is_batched(a[0]);
        seen_y = F::is_batched(a[1]);
        return TL{a[0] * a[1]};
      },
      {0, nullopt})({R({2, 3}, 1), R({3}, 2)});
  EXPECT_TRUE(seen_x);
  EXPECT_FALSE(seen_y);
  EXPECT_FALSE(F::is_batched(R({2}, 1)));
}

TEST(FuncVmap, InPlace) {
  const Tensor x = R({2, 3}, 1);
  // in-place on a batched tensor with an unbatched operand
  Tensor r = F::vmap([](const TL& a) {
    Tensor c = a[0].clone();
    c.add_(ct::ones({3}, ct::float64));
    c.mul_(a[0]);
    return TL{c};
  })({x})[0];
  EXPECT_TRUE(Close(r, (x + 1) * x));
  // in-place on a batched input changes the caller's tensor
  Tensor xx = x.clone();
  F::vmap([](const TL& a) {
    Tensor t = a[0];
    t.mul_(2);
    return TL{t};
  })({xx});
  EXPECT_TRUE(Close(xx, x * 2));
}

TEST(FuncVmap, KeepsOrdinaryAutograd) {
  Tensor x = R({2, 3}, 1).requires_grad_(true);
  Tensor y = F::vmap([](const TL& a) { return TL{a[0].sin() * a[0].sum()}; })({x})[0];
  EXPECT_TRUE(y.requires_grad());
  Tensor g = ct::grad({y.sum()}, {x})[0];
  Tensor ref = ct::grad({(x.sin() * x.sum(1, true)).sum()}, {x})[0];
  EXPECT_TRUE(Close(g, ref));
}

TEST(FuncVmap, Randomness) {
  const Tensor x = R({4, 3}, 1);
  F::Fn draw = [](const TL& a) { return TL{a[0] * 0 + ct::rand({3}, ct::float64)}; };
  ct::manual_seed(7);
  Tensor same = F::vmap(draw, {0}, {0}, F::Randomness::Same)({x})[0];
  ct::manual_seed(7);
  Tensor one = ct::rand({3}, ct::float64);
  EXPECT_TRUE(Close(same, Loop(4, [&](int64_t) { return one; })));
  ct::manual_seed(7);
  Tensor diff = F::vmap(draw, {0}, {0}, F::Randomness::Different)({x})[0];
  ct::manual_seed(7);
  EXPECT_TRUE(Close(diff, ct::rand({4, 3}, ct::float64)));  // one draw of the whole batch
  EXPECT_FALSE(ct::allclose(diff[0], diff[1]));
  // rand_like of a batched tensor: 'same' gives identical rows
  F::Fn like = [](const TL& a) { return TL{ct::rand_like(a[0])}; };
  Tensor rl;
  ct::manual_seed(7);
  EXPECT_NO_THROW(rl = F::vmap(like, {0}, {0}, F::Randomness::Same)({x})[0]);
  if (rl.defined()) {
    EXPECT_TRUE(Close(rl, Loop(4, [&](int64_t) { return one; })));
  }
  ct::manual_seed(7);
  Tensor rd = F::vmap(like, {0}, {0}, F::Randomness::Different)({x})[0];
  ct::manual_seed(7);
  EXPECT_TRUE(Close(rd, ct::rand({4, 3}, ct::float64)));
  EXPECT_FALSE(ct::allclose(rd[0], rd[1]));
  // dropout: 'same' gives one mask for every example
  F::Fn drop = [](const TL& a) { return TL{ct::nn::functional::dropout(a[0], 0.5)}; };
  const Tensor ones = ct::ones({3, 64}, ct::float64);
  Tensor ds;
  EXPECT_NO_THROW(ds = F::vmap(drop, {0}, {0}, F::Randomness::Same)({ones})[0]);
  if (ds.defined()) {
    EXPECT_TRUE(Close(ds[2], ds[0]));
  }
  Tensor dd = F::vmap(drop, {0}, {0}, F::Randomness::Different)({ones})[0];
  EXPECT_FALSE(ct::allclose(dd[0], dd[1]));
  EXPECT_EQ(F::parse_randomness("error"), F::Randomness::Error);
  EXPECT_EQ(F::parse_randomness("different"), F::Randomness::Different);
  EXPECT_EQ(F::parse_randomness("same"), F::Randomness::Same);
}

// ---------------------------------------------------------------- grad

F::Fn Loss() {  // (w @ x).pow(2).sum() + sum(sin(w))
  return [](const TL& a) { return TL{ct::matmul(a[0], a[1]).pow(2).sum() + a[0].sin().sum()}; };
}

TEST(FuncGrad, MatchesVjp) {
  const Tensor w = R({3, 4}, 1), x = R({4}, 2);
  F::Fn loss = Loss();
  auto gw = ct::vjp([&](const Tensor& t) { return loss({t, x})[0]; }, w).vjp;
  auto gx = ct::vjp([&](const Tensor& t) { return loss({w, t})[0]; }, x).vjp;
  EXPECT_TRUE(Close(F::grad(loss)({w, x})[0], gw));
  EXPECT_TRUE(Close(F::grad(loss, {1})({w, x})[0], gx));
  EXPECT_TRUE(Close(F::grad(loss, {-1})({w, x})[0], gx));
  EXPECT_TRUE(Close(F::grad(loss, {-2})({w, x})[0], gw));
  EXPECT_TRUE(CloseAll(F::grad(loss, {0, 1})({w, x}), {gw, gx}));
  EXPECT_TRUE(CloseAll(F::grad(loss, {1, 0})({w, x}), {gx, gw}));
  EXPECT_TRUE(CloseAll(F::grad(loss, {-1, 0})({w, x}), {gx, gw}));
  EXPECT_EQ(F::grad(loss, {0, 1})({w, x}).size(), 2u);
  // closed form
  const Tensor v = R({3}, 3);
  EXPECT_TRUE(Close(F::grad([](const TL& a) { return TL{a[0].pow(3).sum()}; })({v})[0], v * v * 3));
}

TEST(FuncGrad, UnusedInputsAndOuterNoGrad) {
  const Tensor x = R({3}, 1), y = R({}, 2), z = R({2}, 3);
  F::Fn f = [](const TL& a) { return TL{(a[0] * a[1]).sum()}; };
  TL g = F::grad(f, {0, 1, 2})({x, y, z});
  ASSERT_EQ(g.size(), 3u);
  EXPECT_TRUE(Close(g[0], y.expand({3})));
  EXPECT_TRUE(Close(g[1], x.sum()));
  EXPECT_TRUE(Close(g[2], ct::zeros({2}, ct::float64)));
  {
    ct::NoGradGuard no_grad;  // an outer no_grad does not apply
    EXPECT_TRUE(Close(F::grad(f)({x, y})[0], y.expand({3})));
  }
  // a no_grad inside f is respected
  F::Fn fi = [](const TL& a) {
    Tensor c;
    {
      ct::NoGradGuard no_grad;
      c = a[0] * a[0];
    }
    return TL{(a[0] - c).sum()};
  };
  EXPECT_TRUE(Close(F::grad(fi)({x})[0], ct::ones({3}, ct::float64)));
  // .item() is fine under grad alone
  const Tensor p = ct::tensor({1., 2., 3.}, ct::float64);
  F::Fn it = [](const TL& a) { return TL{a[0].sum() * a[0].sum().item<double>()}; };
  EXPECT_TRUE(Close(F::grad(it)({p})[0], ct::full({3}, 6.0, ct::float64)));
  // non-differentiated inputs may be anything
  EXPECT_TRUE(Close(F::grad([](const TL& a) { return TL{(a[0] * a[1].to(ct::float64)).sum()}; })(
                        {x, ct::tensor({1, 2, 3})})[0],
                    ct::tensor({1., 2., 3.}, ct::float64)));
}

TEST(FuncGrad, HasAuxAndGradAndValue) {
  const Tensor x = R({3}, 1), y = R({3}, 2);
  F::Fn f = [](const TL& a) { return TL{(a[0] * a[0] * a[1]).sum(), a[0] * 2, a[1].mean()}; };
  TL g = F::grad(f, {0}, true)({x, y});
  ASSERT_EQ(g.size(), 3u);
  EXPECT_TRUE(Close(g[0], x * y * 2));
  EXPECT_TRUE(Close(g[1], x * 2));
  EXPECT_TRUE(Close(g[2], y.mean()));
  EXPECT_FALSE(g[1].requires_grad());
  EXPECT_FALSE(g[2].requires_grad());

  TL gv = F::grad_and_value(f, {1, 0}, true)({x, y});
  ASSERT_EQ(gv.size(), 5u);
  EXPECT_TRUE(Close(gv[0], x * x));
  EXPECT_TRUE(Close(gv[1], x * y * 2));
  EXPECT_TRUE(Close(gv[2], (x * x * y).sum()));
  EXPECT_TRUE(Close(gv[3], x * 2));
  EXPECT_TRUE(Close(gv[4], y.mean()));

  F::Fn h = [](const TL& a) { return TL{a[0].exp().sum()}; };
  TL hv = F::grad_and_value(h)({x});
  ASSERT_EQ(hv.size(), 2u);
  EXPECT_TRUE(Close(hv[0], x.exp()));
  EXPECT_TRUE(Close(hv[1], x.exp().sum()));
  EXPECT_FALSE(hv[0].requires_grad());
  EXPECT_FALSE(hv[1].requires_grad());
}

// ---------------------------------------------------------------- vjp

TEST(FuncVjp, VjpFnCalledTwice) {
  const Tensor x = R({3}, 1), y = R({3}, 2);
  F::Fn f = [](const TL& a) { return TL{a[0].sin() * a[1], (a[0] * a[1]).sum()}; };
  F::VjpResult r = F::vjp(f, {x, y});
  EXPECT_TRUE(CloseAll(r.outputs, f({x, y})));
  for (uint64_t seed : {10, 20}) {
    const Tensor c0 = R({3}, seed), c1 = R({}, seed + 1);
    TL got = r.vjp_fn({c0, c1});
    auto ref = ct::vjp(
                   [&](const Tensor& a, const Tensor& b) {
                     return f({a, b});
                   },
                   std::tuple<Tensor, Tensor>{x, y}, TL{c0, c1})
                   .vjp;
    EXPECT_TRUE(CloseAll(got, {std::get<0>(ref), std::get<1>(ref)})) << "seed " << seed;
    // closed form
    EXPECT_TRUE(Close(got[0], x.cos() * y * c0 + y * c1));
    EXPECT_TRUE(Close(got[1], x.sin() * c0 + x * c1));
  }
  // an output that does not depend on the inputs: zero gradients
  F::VjpResult z = F::vjp([](const TL&) { return TL{ct::ones({2}, ct::float64)}; }, {x});
  EXPECT_TRUE(Close(z.vjp_fn({ct::ones({2}, ct::float64)})[0], ct::zeros({3}, ct::float64)));
}

TEST(FuncVjp, MatrixFunctionsAndAux) {
  Funcs fs;
  const Tensor x = R({2, 4}, 1);
  for (const F::Fn* f : {&fs.matmul, &fs.softmax_like, &fs.tanh_chain}) {
    F::VjpResult r = F::vjp(*f, {x});
    for (uint64_t seed : {30, 31}) {
      const Tensor c = R(r.outputs[0].shape(), seed);
      Tensor ref = ct::vjp([&](const Tensor& t) { return (*f)({t})[0]; }, x, c).vjp;
      EXPECT_TRUE(Close(r.vjp_fn({c})[0], ref));
    }
  }
  F::VjpResult a = F::vjp([](const TL& v) { return TL{v[0].sin(), v[0].cos()}; }, {x}, true);
  ASSERT_EQ(a.outputs.size(), 1u);
  ASSERT_EQ(a.aux.size(), 1u);
  EXPECT_TRUE(Close(a.outputs[0], x.sin()));
  EXPECT_TRUE(Close(a.aux[0], x.cos()));
  EXPECT_TRUE(Close(a.vjp_fn({ct::ones({2, 4}, ct::float64)})[0], x.cos()));
}

// ---------------------------------------------------------------- jvp

TEST(FuncJvp, MatchesFunctionalJvp) {
  Funcs fs;
  const Tensor x = R({2, 4}, 1);
  for (const F::Fn* f : {&fs.matmul, &fs.sum, &fs.softmax_like, &fs.tanh_chain}) {
    const Tensor t = R({2, 4}, 2);
    F::JvpResult r = F::jvp(*f, {x}, {t});
    auto ref = ct::jvp([&](const Tensor& v) { return (*f)({v})[0]; }, x, t);
    ASSERT_EQ(r.outputs.size(), 1u);
    EXPECT_TRUE(Close(r.outputs[0], ref.output));
    EXPECT_TRUE(Close(r.tangents[0], ref.jvp));
  }
  // two primals, two outputs
  const Tensor a = R({3}, 3), b = R({}, 4), ta = R({3}, 5), tb = R({}, 6);
  F::Fn g = [](const TL& v) { return TL{v[0] * v[1], (v[0].exp() * v[1]).sum()}; };
  F::JvpResult r = F::jvp(g, {a, b}, {ta, tb});
  EXPECT_TRUE(CloseAll(r.outputs, g({a, b})));
  EXPECT_TRUE(CloseAll(r.tangents, {ta * b + a * tb, (a.exp() * ta * b + a.exp() * tb).sum()}));
  EXPECT_TRUE(r.aux.empty());
}

TEST(FuncJvp, StrictAndAux) {
  const Tensor x = R({3}, 1), t = R({3}, 2);
  F::Fn indep = [](const TL&) { return TL{ct::ones({2}, ct::float64)}; };
  F::JvpResult r = F::jvp(indep, {x}, {t});
  EXPECT_TRUE(Close(r.outputs[0], ct::ones({2}, ct::float64)));
  EXPECT_TRUE(Close(r.tangents[0], ct::zeros({2}, ct::float64)));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jvp(indep, {x}, {t}, /*strict=*/true); },
      "jvp(f, primals, tangents, strict=True): The output of f is independent of the inputs. "
      "This is not allowed with strict=True."));
  // strict with a dependent output is fine
  EXPECT_TRUE(
      Close(F::jvp([](const TL& v) { return TL{v[0] * 3}; }, {x}, {t}, true).tangents[0], t * 3));
  F::JvpResult a = F::jvp(
      [](const TL& v) {
        return TL{v[0] * 2, v[0].cos()};
      },
      {x}, {t}, false, true);
  ASSERT_EQ(a.outputs.size(), 1u);
  ASSERT_EQ(a.aux.size(), 1u);
  EXPECT_TRUE(Close(a.outputs[0], x * 2));
  EXPECT_TRUE(Close(a.tangents[0], t * 2));
  EXPECT_TRUE(Close(a.aux[0], x.cos()));
}

// ---------------------------------------------------------------- jacrev, jacfwd, hessian

TEST(FuncJac, MatchesJacobian) {
  Funcs fs;
  const Tensor x = R({2, 4}, 1);
  for (const F::Fn* f : {&fs.matmul, &fs.sum, &fs.softmax_like, &fs.tanh_chain}) {
    Tensor ref = Jacobian(*f, {x})[0][0];
    EXPECT_TRUE(Close(F::jacrev(*f)({x})[0], ref));
    EXPECT_TRUE(Close(F::jacfwd(*f)({x})[0], ref));
    EXPECT_TRUE(Close(F::jacrev(*f, {0}, false, 3)({x})[0], ref));
    EXPECT_TRUE(Close(F::jacfwd(*f, {0}, false, F::Randomness::Error, 3)({x})[0], ref));
  }
  // closed forms
  const Tensor v = R({3}, 2);
  F::Fn sin = [](const TL& a) { return TL{a[0].sin()}; };
  EXPECT_TRUE(Close(F::jacrev(sin)({v})[0], Diag(v.cos())));
  EXPECT_TRUE(Close(F::jacfwd(sin)({v})[0], Diag(v.cos())));
  F::Fn sq = [](const TL& a) { return TL{a[0] * a[0]}; };
  const Tensor s = R({}, 3);
  EXPECT_TRUE(Close(F::jacrev(sq)({s})[0], s * 2));
  EXPECT_TRUE(Close(F::jacfwd(sq)({s})[0], s * 2));
  // an output that does not depend on the input; empty input
  F::Fn c = [](const TL&) { return TL{ct::ones({2}, ct::float64)}; };
  EXPECT_TRUE(Close(F::jacrev(c)({v})[0], ct::zeros({2, 3}, ct::float64)));
  EXPECT_TRUE(Close(F::jacfwd(c)({v})[0], ct::zeros({2, 3}, ct::float64)));
  const Tensor e = ct::ones({0}, ct::float64);
  EXPECT_EQ(F::jacrev(sq)({e})[0].shape(), (ct::Shape{0, 0}));
  EXPECT_EQ(F::jacfwd(sq)({e})[0].shape(), (ct::Shape{0, 0}));
}

TEST(FuncJac, ArgnumsOutputsAndAux) {
  const Tensor a = R({2, 3}, 1), b = R({3, 2}, 2);
  F::Fn g = [](const TL& v) {
    return TL{ct::matmul(v[0], v[1]).tanh(), (v[0].exp().sum(0) * v[1].sum(1)).sum()};
  };
  std::vector<TL> J = Jacobian(g, {a, b});  // [out][in]
  for (auto* jac : {+[](F::Fn f, std::vector<int64_t> n) { return F::jacrev(f, n); },
                    +[](F::Fn f, std::vector<int64_t> n) { return F::jacfwd(f, n); }}) {
    EXPECT_TRUE(CloseAll(jac(g, {0})({a, b}), {J[0][0], J[1][0]}));
    EXPECT_TRUE(CloseAll(jac(g, {1})({a, b}), {J[0][1], J[1][1]}));
    EXPECT_TRUE(CloseAll(jac(g, {-1})({a, b}), {J[0][1], J[1][1]}));
    EXPECT_TRUE(CloseAll(jac(g, {0, 1})({a, b}), {J[0][0], J[0][1], J[1][0], J[1][1]}));
    EXPECT_TRUE(CloseAll(jac(g, {1, -2})({a, b}), {J[0][1], J[0][0], J[1][1], J[1][0]}));
  }
  // has_aux: the Jacobian, then the aux outputs
  F::Fn h = [](const TL& v) { return TL{v[0].sin(), v[0].cos(), v[0] * 2}; };
  const Tensor x = R({3}, 3);
  for (const TL& r : {F::jacrev(h, {0}, true)({x}), F::jacfwd(h, {0}, true)({x})}) {
    ASSERT_EQ(r.size(), 3u);
    EXPECT_TRUE(Close(r[0], Diag(x.cos())));
    EXPECT_TRUE(Close(r[1], x.cos()));
    EXPECT_TRUE(Close(r[2], x * 2));
  }
}

TEST(FuncJac, RandomOps) {
  const Tensor x = R({3}, 1);
  F::Fn f = [](const TL& a) { return TL{a[0] * ct::rand({3}, ct::float64)}; };
  ct::manual_seed(3);
  Tensor jr = F::jacrev(f)({x})[0];  // f runs once, outside vmap
  ct::manual_seed(3);
  const Tensor r = ct::rand({3}, ct::float64);
  EXPECT_TRUE(Close(jr, Diag(r)));
  ct::manual_seed(3);
  Tensor js = F::jacfwd(f, {0}, false, F::Randomness::Same)({x})[0];
  EXPECT_TRUE(Close(js, Diag(r)));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { F::jacfwd(f)({x}); },
                                       "vmap: called random operation while in randomness error "
                                       "mode. Please either use the 'same' or 'different' "
                                       "randomness flags on vmap or perform the randomness "
                                       "operation out of vmap"));
}

TEST(FuncJac, HessianMatchesFunctional) {
  Funcs fs;
  const Tensor x = R({2, 4}, 1);
  F::Fn scalar = [&](const TL& a) { return TL{fs.tanh_chain(a)[0].sum()}; };
  Tensor ref = ct::hessian([&](const Tensor& t) { return scalar({t})[0]; }, x);
  EXPECT_TRUE(Close(F::hessian(scalar)({x})[0], ref));
  // closed form
  const Tensor v = R({3}, 2);
  F::Fn cube = [](const TL& a) { return TL{a[0].pow(3).sum()}; };
  EXPECT_TRUE(Close(F::hessian(cube)({v})[0], Diag(v * 6)));
  // two argnums: [d2f/da da, d2f/da db, d2f/db da, d2f/db db]
  const Tensor a = R({3}, 3), b = R({2}, 4);
  F::Fn g = [](const TL& t) { return TL{(ct::outer(t[0], t[1]).sin() * t[0].exp().sum()).sum()}; };
  auto H = ct::hessian([&](const TL& t) { return g(t)[0]; }, TL{a, b});
  EXPECT_TRUE(CloseAll(F::hessian(g, {0, 1})({a, b}), {H[0][0], H[0][1], H[1][0], H[1][1]}));
  EXPECT_TRUE(Close(F::hessian(g, {1})({a, b})[0], H[1][1]));
  EXPECT_TRUE(Close(F::hessian(g, {-1})({a, b})[0], H[1][1]));
  // non-scalar output: out.shape + in.shape + in.shape
  F::Fn sin = [](const TL& t) { return TL{t[0].sin()}; };
  Tensor hs = F::hessian(sin)({v})[0];
  EXPECT_TRUE(Close(hs, Loop(3, [&](int64_t i) {
                      Tensor e = ct::eye(3, nullopt, ct::float64)[i];
                      return ct::outer(e, e) * -v[i].sin();
                    })));
}

// ---------------------------------------------------------------- compositions

TEST(FuncCompose, PerSampleGradients) {
  const Tensor W = R({3, 4}, 1), X = R({5, 4}, 2);
  F::Fn loss = Loss();
  TL g = F::vmap(F::grad(loss), {nullopt, 0})({W, X});
  ASSERT_EQ(g.size(), 1u);
  EXPECT_TRUE(Close(g[0], Loop(5, [&](int64_t i) { return F::grad(loss)({W, X[i]})[0]; })));
  EXPECT_TRUE(Close(g[0], Loop(5, [&](int64_t i) {
                      return ct::vjp([&](const Tensor& w) { return loss({w, X[i]})[0]; }, W).vjp;
                    })));
  // their sum is the gradient of the summed loss
  Tensor total = ct::vjp(
                     [&](const Tensor& w) {
                       Tensor s = loss({w, X[0]})[0];
                       for (int64_t i = 1; i < 5; ++i) s = s + loss({w, X[i]})[0];
                       return s;
                     },
                     W)
                     .vjp;
  EXPECT_TRUE(Close(g[0].sum(0), total));
  // w.r.t. the per-example input, and both, with grad_and_value
  TL gx = F::vmap(F::grad(loss, {1}), {nullopt, 0})({W, X});
  EXPECT_TRUE(Close(gx[0], Loop(5, [&](int64_t i) { return F::grad(loss, {1})({W, X[i]})[0]; })));
  TL gv = F::vmap(F::grad_and_value(loss, {0, 1}), {nullopt, 0})({W, X});
  ASSERT_EQ(gv.size(), 3u);
  EXPECT_TRUE(Close(gv[0], g[0]));
  EXPECT_TRUE(Close(gv[1], gx[0]));
  EXPECT_TRUE(Close(gv[2], Loop(5, [&](int64_t i) { return loss({W, X[i]})[0]; })));
  // a two-layer model, per-example targets, in_dims 1 for the inputs
  const Tensor W1 = R({4, 6}, 3), W2 = R({6, 2}, 4), XT = R({4, 5}, 5), Y = R({5, 2}, 6);
  F::Fn mlp = [](const TL& a) {
    Tensor h = ct::matmul(ct::matmul(a[2], a[0]).tanh(), a[1]);
    Tensor p = h.softmax(-1);
    return TL{(p - a[3]).pow(2).sum()};
  };
  TL pg = F::vmap(F::grad(mlp, {0, 1}), {nullopt, nullopt, 1, 0})({W1, W2, XT, Y});
  ASSERT_EQ(pg.size(), 2u);
  for (int64_t i = 0; i < 5; ++i) {
    auto ref = ct::vjp(
                   [&](const Tensor& a, const Tensor& b) {
                     return mlp({a, b, XT.select(1, i), Y[i]})[0];
                   },
                   std::tuple<Tensor, Tensor>{W1, W2})
                   .vjp;
    EXPECT_TRUE(Close(pg[0][i], std::get<0>(ref))) << "example " << i;
    EXPECT_TRUE(Close(pg[1][i], std::get<1>(ref))) << "example " << i;
  }
}

TEST(FuncCompose, SecondOrder) {
  const Tensor x = R({3}, 1);
  F::Fn f = [](const TL& a) {
    return TL{(a[0].pow(3) * a[0].sin().sum()).sum() + a[0].exp().prod()};
  };
  Tensor H = ct::hessian([&](const Tensor& t) { return f({t})[0]; }, x);
  EXPECT_TRUE(Close(F::hessian(f)({x})[0], H));
  EXPECT_TRUE(Close(F::jacrev(F::jacrev(f))({x})[0], H));
  EXPECT_TRUE(Close(F::jacfwd(F::jacrev(f))({x})[0], H));
  EXPECT_TRUE(Close(F::jacfwd(F::jacfwd(f))({x})[0], H));
  EXPECT_TRUE(Close(F::jacrev(F::jacfwd(f))({x})[0], H));
  EXPECT_TRUE(Close(F::jacrev(F::grad(f))({x})[0], H));
  EXPECT_TRUE(Close(F::jacfwd(F::grad(f))({x})[0], H));
  // jacrev(jacrev(sin)): d2 sin(x_i) / dx_j dx_k
  F::Fn sin = [](const TL& a) { return TL{a[0].sin()}; };
  Tensor T = Loop(3, [&](int64_t i) {
    Tensor e = ct::eye(3, nullopt, ct::float64)[i];
    return ct::outer(e, e) * -x[i].sin();
  });
  EXPECT_TRUE(Close(F::jacrev(F::jacrev(sin))({x})[0], T));
  EXPECT_TRUE(Close(F::jacfwd(F::jacfwd(sin))({x})[0], T));
  // grad of grad
  const Tensor two = ct::tensor(2.0, ct::float64), zero = ct::tensor(0.0, ct::float64);
  F::Fn cube = [](const TL& a) { return TL{a[0].pow(3)}; };
  EXPECT_TRUE(Close(F::grad(F::grad(cube))({two})[0], ct::tensor(12.0, ct::float64)));
  EXPECT_TRUE(Close(F::grad(F::grad(F::grad(sin)))({zero})[0], ct::tensor(-1.0, ct::float64)));
  const Tensor s = R({}, 2);
  EXPECT_TRUE(Close(F::grad(F::grad(sin))({s})[0], -s.sin()));
  // grad of jvp (reverse over forward): the gradient of <J v, 1> is H v
  const Tensor u = R({3}, 4);
  F::Fn jv = [&](const TL& a) { return TL{F::jvp(F::grad(f), {a[0]}, {u}).tangents[0].sum()}; };
  F::Fn jv_ref = [&](const TL& a) {
    return TL{ct::hvp([&](const Tensor& t) { return f({t})[0]; }, a[0], u, true).hvp.sum()};
  };
  EXPECT_TRUE(
      Close(F::grad(jv)({x})[0], ct::vjp([&](const Tensor& t) { return jv_ref({t})[0]; }, x).vjp));
  F::Fn lin = [](const TL& a) {
    return TL{
        F::jvp([](const TL& b) { return TL{b[0].pow(3)}; }, {a[0]}, {a[0]}).tangents[0].sum()};
  };
  EXPECT_TRUE(Close(F::grad(lin)({x})[0], x * x * 9));  // d/dx sum(3x^2 * x) = 9x^2
  // jvp of grad: Hessian-vector product
  const Tensor v = R({3}, 3);
  F::JvpResult hvp = F::jvp(F::grad(f), {x}, {v});
  auto ref = ct::hvp([&](const Tensor& t) { return f({t})[0]; }, x, v);
  EXPECT_TRUE(Close(hvp.tangents[0], ref.hvp));
  EXPECT_TRUE(Close(hvp.outputs[0], F::grad(f)({x})[0]));
}

TEST(FuncCompose, VmapOfJvpAndVjp) {
  const Tensor x = R({3}, 1), M = R({4, 3}, 2);
  F::Fn f = [M](const TL& a) { return TL{ct::matmul(M, a[0].tanh()) * a[0].sum()}; };
  Tensor J = Jacobian(f, {x})[0][0];  // (4, 3)
  // vmap over tangents: Jacobian columns
  Tensor cols = F::vmap([&](const TL& t) { return F::jvp(f, {x}, {t[0]}).tangents; })(
      {ct::eye(3, nullopt, ct::float64)})[0];
  EXPECT_TRUE(Close(cols, J.t()));
  // vmap over cotangents: Jacobian rows
  F::VjpResult r = F::vjp(f, {x});
  EXPECT_TRUE(Close(F::vmap(r.vjp_fn)({ct::eye(4, nullopt, ct::float64)})[0], J));
  // and the vjp_fn still works unbatched afterwards
  const Tensor c = R({4}, 3);
  EXPECT_TRUE(Close(r.vjp_fn({c})[0], ct::matmul(c, J)));
  // vmap over primals: one jvp per example
  const Tensor P = R({5, 3}, 4), T = R({5, 3}, 5);
  TL jv = F::vmap([&](const TL& a) {
    F::JvpResult j = F::jvp(f, {a[0]}, {a[1]});
    return TL{j.outputs[0], j.tangents[0]};
  })({P, T});
  EXPECT_TRUE(Close(jv[0], Loop(5, [&](int64_t i) { return f({P[i]})[0]; })));
  EXPECT_TRUE(Close(jv[1], Loop(5, [&](int64_t i) {
                      return ct::jvp([&](const Tensor& t) { return f({t})[0]; }, P[i], T[i]).jvp;
                    })));
  // vmap of a vjp taken inside the mapped function
  const Tensor C = R({5, 4}, 6);
  Tensor vj = F::vmap([&](const TL& a) { return F::vjp(f, {a[0]}).vjp_fn({a[1]}); })({P, C})[0];
  EXPECT_TRUE(Close(vj, Loop(5, [&](int64_t i) {
                      return ct::vjp([&](const Tensor& t) { return f({t})[0]; }, P[i], C[i]).vjp;
                    })));
}

TEST(FuncCompose, VmapOfJacobiansAndJacobiansOfVmap) {
  const Tensor X = R({3, 2}, 1);
  F::Fn cube = [](const TL& a) { return TL{(a[0].pow(3) * a[0].cos().sum()).sum()}; };
  EXPECT_TRUE(Close(F::vmap(F::hessian(cube))({X})[0], Loop(3, [&](int64_t i) {
                      return ct::hessian([&](const Tensor& t) { return cube({t})[0]; }, X[i]);
                    })));
  F::Fn g = [](const TL& a) { return TL{a[0].sin() * a[0].prod()}; };
  Tensor jr = F::vmap(F::jacrev(g))({X})[0];
  Tensor jf = F::vmap(F::jacfwd(g))({X})[0];
  Tensor ref = Loop(3, [&](int64_t i) { return Jacobian(g, {X[i]})[0][0]; });
  EXPECT_TRUE(Close(jr, ref));
  EXPECT_TRUE(Close(jf, ref));
  // jacrev of a vmapped function
  F::Fn vs = F::vmap([](const TL& a) { return TL{a[0].sin() * a[0].sum()}; });
  Tensor jv = F::jacrev(vs)({X})[0];
  EXPECT_EQ(jv.shape(), (ct::Shape{3, 2, 3, 2}));
  EXPECT_TRUE(Close(
      jv, Jacobian([](const TL& a) { return TL{a[0].sin() * a[0].sum(1, true)}; }, {X})[0][0]));
  EXPECT_TRUE(Close(F::jacfwd(vs)({X})[0], jv));
  // grad of a function that vmaps
  F::Fn dots = [](const TL& a) {
    return TL{F::vmap([](const TL& v) { return TL{ct::dot(v[0], v[1])}; })({a[0], a[0]})[0].sum()};
  };
  EXPECT_TRUE(Close(F::grad(dots)({X})[0], X * 2));
  // grad over a vmap with an unbatched weight
  const Tensor W = R({2, 2}, 2);
  F::Fn loss = Loss();
  F::Fn total = [&](const TL& a) { return TL{F::vmap(loss, {nullopt, 0})({a[0], X})[0].sum()}; };
  EXPECT_TRUE(
      Close(F::grad(total)({W})[0], F::vmap(F::grad(loss), {nullopt, 0})({W, X})[0].sum(0)));
}

TEST(FuncCompose, VmapOfVmapOfGrad) {
  const Tensor X = R({2, 3, 4}, 1);
  F::Fn f = [](const TL& a) { return TL{(a[0].sin() * a[0].sum()).sum()}; };
  Tensor g = F::vmap(F::vmap(F::grad(f)))({X})[0];
  EXPECT_TRUE(Close(g, Loop(2, [&](int64_t i) {
                      return Loop(3, [&](int64_t j) { return F::grad(f)({X[i][j]})[0]; });
                    })));
  Tensor g1 = F::vmap(F::vmap(F::grad(f)), {1})({X})[0];
  EXPECT_TRUE(Close(g1, g.transpose(0, 1)));
  // vmap(vmap(f)) of two inputs, the inner level not batching one of them
  const Tensor Y = R({2, 4}, 2);
  F::Fn h = [](const TL& a) { return TL{(a[0] * a[1]).tanh().sum() * a[1]}; };
  Tensor r = F::vmap(F::vmap(h, {0, nullopt}))({X, Y})[0];
  EXPECT_TRUE(Close(r, Loop(2, [&](int64_t i) {
                      return Loop(3, [&](int64_t j) { return h({X[i][j], Y[i]})[0]; });
                    })));
}

// ---------------------------------------------------------------- errors

const char* const kRandomError =
    "vmap: called random operation while in randomness error mode. Please either use the 'same' "
    "or 'different' randomness flags on vmap or perform the randomness operation out of vmap";

TEST(FuncErrors, Argnums) {
  const Tensor x = R({3}, 1), y = R({}, 2);
  F::Fn f = [](const TL& a) { return TL{(a[0] * a[1]).sum()}; };
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad(f, {2})({x, y});
      },
      "Got argnum=2, but only 2 positional inputs"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad(f, {-3})({x, y});
      },
      "Got argnum=-3, but only 2 positional inputs"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad(f, {0, 0})({x, y});
      },
      "argnums elements must be unique, got (0, 0)"));
  // functorch normalises negative argnums before this check
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad(f, {0, -2})({x, y});
      },
      "argnums elements must be unique, got (0, 0)"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad(f, {})({x, y});
      },
      "argnums must be non-empty"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad_and_value(f, {5})({x, y});
      },
      "Got argnum=5, but only 2 positional inputs"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::jacrev(f, {2})({x, y});
      },
      "Got argnum=2, but only 2 positional inputs"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::jacfwd(f, {1, 1})({x, y});
      },
      "argnums elements must be unique, got (1, 1)"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::hessian(f, {})({x, y});
      },
      "argnums must be non-empty"));
  EXPECT_TRUE(Raises<ct::RuntimeError>([&] { F::grad(f)({}); },
                                       "Got argnum=0, but only 0 positional inputs"));
}

TEST(FuncErrors, GradOutputsAndInputs) {
  const Tensor x = R({3}, 1);
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::grad([](const TL& a) { return TL{a[0] * 2}; })({x}); },
      "grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with 1 "
      "dims. Maybe you wanted to use the vjp or jacrev APIs instead?"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::grad([](const TL& a) { return TL{a[0].sum()}; }, {0}, true)({x}); },
      "grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) if "
      "has_aux is True"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::grad([](const TL& a) {
              return TL{a[0].sum(), a[0]};
            })({x}); },
      "grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got <class 'tuple'>"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::grad([](const TL& a) { return TL{a[0].sum().to(ct::float64)}; })({ct::tensor({1, 2})});
      },
      "only Tensors of floating point dtype can require gradients"));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::grad([](const TL& a) { return TL{a[1].sum()}; })({Tensor(), x});
      },
      "Thing passed to transform API must be Tensor, got <class 'NoneType'>"));
  // grad(grad(f)) with a non-scalar inner gradient
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::grad(F::grad([](const TL& a) { return TL{a[0].pow(3).sum()}; }))({x}); },
      "grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with 1 "
      "dims. Maybe you wanted to use the vjp or jacrev APIs instead?"));
  // inside vmap the per-example output is checked
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::vmap(F::grad([](const TL& a) { return TL{a[0] * 2}; }))({R({2, 3}, 2)});
      },
      "grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with 1 "
      "dims. Maybe you wanted to use the vjp or jacrev APIs instead?"));
}

TEST(FuncErrors, VjpAndJvp) {
  const Tensor x = R({3}, 1);
  F::VjpResult r = F::vjp([](const TL& a) { return TL{a[0].sin()}; }, {x});
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { r.vjp_fn({ct::ones({2}, ct::float64)}); },
      "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a "
      "shape of torch.Size([3])."));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        r.vjp_fn({x, x});
      },
      "Expected pytree structure of cotangents to be the same as pytree structure of outputs to "
      "the function.",
      Match::Contains));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::vjp([](const TL& a) { return TL{a[0].to(ct::int64)}; }, {x}); },
      "vjp(f, ...): All outputs of f must be floating-point or complex Tensors, got Tensor with "
      "dtype torch.int64"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::vjp([](const TL& a) { return TL{a[0]}; }, {x}, true); },
      "vjp(f, *primals): output of function f should be a tuple: (output, aux) if has_aux is "
      "True"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::vjp([](const TL& a) { return TL{a[0]}; }, {ct::tensor({1, 2})});
      },
      "only Tensors of floating point dtype can require gradients"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jvp([](const TL& a) { return TL{a[0]}; }, {x}, {ct::ones({2}, ct::float64)}); },
      "Trying to set a forward gradient that has a different size than that of the original "
      "Tensor, this is not supported. Tensor is of size [3] while the given forward gradient is "
      "of size [2]."));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::jvp([](const TL& a) { return TL{a[0]}; }, {ct::tensor({1, 2})}, {ct::tensor({1, 1})});
      },
      "Expected primal to be floating point or complex, but got: torch.int64"));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::jacfwd([](const TL& a) { return TL{a[0]}; })({ct::tensor({1, 2})});
      },
      "Expected primal to be floating point or complex, but got: torch.int64"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jvp([](const TL& a) { return TL{a[0]}; }, {}, {}); },
      "jvp(f, primals, tangents): Expected primals to contain at least one Tensor."));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jvp([](const TL& a) { return TL{a[0]}; }, {x}, {x}, false, true); },
      "jvp(f, primals, tangents): output of function f should be a tuple: (output, aux) if "
      "has_aux is True"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jacrev([](const TL& a) { return TL{a[0]}; }, {0}, true)({x}); },
      "vjp(f, *primals): output of function f should be a tuple: (output, aux) if has_aux is "
      "True"));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::jacfwd([](const TL& a) { return TL{a[0]}; }, {0}, true)({x}); },
      "jvp(f, primals, tangents): output of function f should be a tuple: (output, aux) if "
      "has_aux is True"));
}

TEST(FuncErrors, VmapInputs) {
  const Tensor x = R({2, 3}, 1), y = R({3, 3}, 2);
  F::Fn sum = [](const TL& a) { return TL{a[0].sum()}; };
  F::Fn mul = [](const TL& a) { return TL{a[0] * a[1]}; };
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] { F::vmap(sum, {2})({x}); },
      ", in_dims=2, ...)(<inputs>): Got in_dim=2 for some input, but that input is a Tensor of "
      "dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.",
      Match::Suffix));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] { F::vmap(sum, {-3})({x}); },
      ", in_dims=-3, ...)(<inputs>): Got in_dim=-3 for some input, but that input is a Tensor of "
      "dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.",
      Match::Suffix));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] { F::vmap(sum)({R({}, 3)}); },
      ", in_dims=0, ...)(<inputs>): Got in_dim=0 for some input, but that input is a Tensor of "
      "dimensionality 0 so expected in_dim to satisfy -0 <= in_dim < 0.",
      Match::Suffix));
  // functorch prints the whole in_dims argument
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(mul, {0, 2})({x, x});
      },
      ", in_dims=(0, 2), ...)(<inputs>): Got in_dim=2 for some input, but that input is a Tensor "
      "of dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.",
      Match::Suffix));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(mul)({x, y});
      },
      "vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, "
      "3] for the mapped dimension"));
  EXPECT_NO_THROW(F::vmap(mul, {1, 0})({x, R({3, 2}, 3)}));  // sizes 3 and 3 agree
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(mul, {nullopt})({x, y});
      },
      "vmap: Expected at least one Tensor to vmap over"));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] { F::vmap(sum)({}); },
      "(<inputs>): got no inputs. Maybe you forgot to add inputs, or you are trying to vmap over "
      "a function with no inputs. The latter is unsupported.",
      Match::Suffix));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(mul, {0})({x, Tensor()});
      },
      "Got in_dim=0 for an input but the input is of type <class 'NoneType'>. We cannot vmap "
      "over non-Tensor arguments, please use None as the respective in_dim",
      Match::Suffix));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(mul, {0, 0, 0})({x, x});
      },
      "in_dims is not compatible with the structure of `inputs`", Match::Contains));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::parse_randomness("foo"); },
      "Only allowed values for randomness are 'error', 'different', or 'same'. Got foo"));
}

TEST(FuncErrors, VmapOutputs) {
  const Tensor x = R({2, 3}, 1);
  F::Fn id = [](const TL& a) { return TL{a[0]}; };
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] {
        F::vmap(id, {0}, {0, 1})({x});
      },
      "out_dims is not compatible with the structure of `outputs`", Match::Contains));
  EXPECT_TRUE(Raises<ct::IndexError>(
      [&] { F::vmap(id, {0}, {2})({x}); },
      "Dimension out of range (expected to be in range of [-2, 1], but got 2)"));
  EXPECT_TRUE(Raises<ct::ValueError>(
      [&] { F::vmap([](const TL&) { return TL{Tensor()}; })({x}); },
      "must only return Tensors, got type <class 'NoneType'> as a return.", Match::Suffix));
}

TEST(FuncErrors, RandomOpUnderRandomnessError) {
  const Tensor x = R({2, 3}, 1);
  auto raises = [&](F::Fn f, F::VmapOptions o = {}) {
    return Raises<ct::RuntimeError>([&] { F::vmap(f, o)({x}); }, kRandomError);
  };
  EXPECT_TRUE(raises([](const TL& a) { return TL{a[0] * ct::rand({3}, ct::float64)}; }));
  EXPECT_TRUE(raises([](const TL& a) { return TL{ct::rand_like(a[0])}; }));
  EXPECT_TRUE(raises([](const TL& a) { return TL{ct::randn_like(a[0])}; }));
  EXPECT_TRUE(raises([](const TL& a) { return TL{ct::nn::functional::dropout(a[0], 0.5)}; }));
  EXPECT_TRUE(raises([](const TL& a) { return TL{a[0] + ct::bernoulli(a[0], 0.5)}; }));
  // any enclosing level in error mode
  F::VmapOptions diff;
  diff.randomness = F::Randomness::Different;
  F::VmapOptions err1;
  err1.in_dims = {1};
  EXPECT_TRUE(raises(F::vmap([](const TL& a) { return TL{ct::rand_like(a[0])}; }, diff), err1));
  EXPECT_TRUE(raises(F::vmap([](const TL& a) { return TL{ct::rand_like(a[0])}; }), [] {
    F::VmapOptions o;
    o.in_dims = {1};
    o.randomness = F::Randomness::Different;
    return o;
  }()));
  // inside vmap(grad)
  EXPECT_TRUE(
      raises(F::grad([](const TL& a) { return TL{(a[0] * ct::rand({3}, ct::float64)).sum()}; })));
}

TEST(FuncErrors, ItemAndInPlaceInsideVmap) {
  const Tensor x = R({2, 3}, 1);
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] { F::vmap([](const TL& a) { return TL{a[0] * a[0].sum().item<double>()}; })({x}); },
      "vmap: It looks like you're calling .item() on a Tensor. We don't support vmap over "
      "calling .item() on a Tensor, please try to rewrite what you're doing with other "
      "operations. If error is occurring somewhere inside PyTorch internals, please file a bug "
      "report."));
  const std::string copy_msg =
      "vmap: inplace arithmetic(self, *extra_args) is not possible because there exists a Tensor "
      "`other` in extra_args that has more elements than `self`. This happened due to `other` "
      "being vmapped over but `self` not being vmapped over in a vmap. Please try to use "
      "out-of-place operators instead of inplace arithmetic. If said operator is being called "
      "inside the PyTorch framework, please file a bug report instead.";
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::vmap([](const TL& a) {
          Tensor z = ct::zeros({3}, ct::float64);
          z.copy_(a[0]);
          return TL{z};
        })({x});
      },
      copy_msg));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::vmap([](const TL& a) {
          Tensor z = ct::zeros({3}, ct::float64);
          z.select(0, 0).copy_(a[0].select(0, 0));  // z[0] = t[0]
          return TL{z};
        })({x});
      },
      copy_msg));
  EXPECT_TRUE(Raises<ct::RuntimeError>(
      [&] {
        F::vmap([](const TL& a) {
          Tensor u = ct::zeros({3}, ct::float64);
          u.add_(a[0]);
          return TL{u};
        })({x});
      },
      "output with shape [3] doesn't match the broadcast shape [2, 3]"));
  // a captured, unbatched tensor is left unchanged by the refused write
  Tensor captured = ct::zeros({3}, ct::float64);
  try {
    F::vmap([&](const TL& a) {
      captured.add_(a[0]);
      return TL{a[0]};
    })({x});
  } catch (const ct::RuntimeError&) {
  }
  EXPECT_TRUE(Close(captured, ct::zeros({3}, ct::float64)));
}

// ---------------------------------------------------------------- the op table

bool HasFloat(const TL& s) {
  for (const Tensor& t : s)
    if (t.defined() && t.is_floating_point()) return true;
  return false;
}

// Example k of a sample: floats perturbed multiplicatively (keeps signs,
// zeros and the domain), other tensors as they are. `mode` 0: elementwise
// noise, 1: one scale per tensor, 2: the sample itself.
TL Example(const TL& s, int64_t k, int mode, uint64_t seed) {
  TL out;
  for (size_t i = 0; i < s.size(); ++i) {
    const Tensor& t = s[i];
    if (!t.defined() || !t.is_floating_point() || k == 0 || mode == 2) {
      out.push_back(t.defined() ? t.clone() : t);
      continue;
    }
    if (mode == 1) {
      out.push_back(t * (1.0 + 0.05 * static_cast<double>(k)));
      continue;
    }
    Tensor n = ct::sample_tensor(t.shape(), ct::Domain::Unit, t.dtype(), seed + 131 * i + k);
    out.push_back(t * (n * (0.04 * static_cast<double>(k)) + 1.0));
  }
  return out;
}

std::string Describe(const TL& s) {
  std::string d = "(";
  for (size_t i = 0; i < s.size(); ++i) {
    d += i ? ", " : "";
    d += s[i].defined() ? std::string(ct::dtype_name(s[i].dtype())) + ct::to_string(s[i].shape())
                        : "undefined";
  }
  return d + ")";
}

TEST(FuncOpTable, VmapMatchesLoopForEveryOp) {
  constexpr int64_t B = 3;
  std::vector<std::string> failures, dynamic;
  int checked = 0;
  for (const ct::OpInfo& op : ct::op_table()) {
    if (op.random) continue;
    std::vector<TL> samples;
    try {
      samples = ct::sample_inputs(op);
    } catch (const std::exception&) {
      continue;
    }
    const std::string name = op.name;
    for (size_t si = 0; si < samples.size(); ++si) {
      const TL& s = samples[si];
      if (!HasFloat(s)) continue;
      TL ref0;
      try {
        ref0 = op.call(Example(s, 0, 2, 0));
      } catch (const std::exception&) {
        continue;  // the op refuses its own sample
      }
      const uint64_t seed = std::hash<std::string>{}(name) % 100000 + 1000 * si;
      // B examples that the op accepts (less perturbed where it refuses one)
      std::vector<TL> ex;
      std::vector<TL> refs;
      for (int64_t k = 0; k < B; ++k)
        for (int mode = 0; mode < 3; ++mode) {
          TL e = Example(s, k, mode, seed);
          try {
            refs.push_back(op.call(Example(e, 0, 2, 0)));
          } catch (const std::exception&) {
            continue;
          }
          ex.push_back(e);
          break;
        }
      if (static_cast<int64_t>(ex.size()) != B) continue;
      const std::string where = name + " sample " + std::to_string(si) + " " + Describe(s);

      // (a) every tensor input batched at dim 0; (b) the first batched at its
      // last dim, the others unbatched (example 0's)
      for (int variant = 0; variant < 2; ++variant) {
        if (variant == 1 && s.size() < 2 && s[0].dim() == 0) continue;  // same as (a)
        if (!s[0].defined()) continue;
        TL stacked(s.size());
        std::vector<std::optional<int64_t>> in_dims(s.size(), nullopt);
        for (size_t i = 0; i < s.size(); ++i) {
          if (!s[i].defined()) continue;
          if (variant == 1 && i > 0) {
            stacked[i] = ex[0][i].clone();
            continue;
          }
          TL column;
          for (const TL& e : ex) column.push_back(e[i]);
          const int64_t at = variant == 0 ? 0 : s[i].dim();
          stacked[i] = ct::stack(column, at);
          in_dims[i] = variant == 0 ? 0 : -1;
        }
        // the reference: the op per example
        std::vector<TL> per;
        bool ref_ok = true;
        for (int64_t k = 0; k < B && ref_ok; ++k) {
          if (variant == 0) {
            per.push_back(refs[k]);
            continue;
          }
          TL in = Example(ex[0], 0, 2, 0);
          in[0] = ex[k][0].clone();
          try {
            per.push_back(op.call(in));
          } catch (const std::exception&) {
            ref_ok = false;
          }
        }
        if (!ref_ok) continue;
        const std::string tag =
            where +
            (variant == 0 ? " [all batched, dim 0]" : " [first batched at dim -1, rest unbatched]");
        TL got;
        try {
          got = F::vmap([&op](const TL& a) { return op.call(a); }, in_dims)(stacked);
        } catch (const std::exception& e) {
          const std::string what = e.what();
          if (what.rfind("vmap: We do not support batching operators that can output dynamic shape",
                         0) == 0) {
            dynamic.push_back(name);
            continue;
          }
          failures.push_back(tag + ": threw " + what);
          continue;
        }
        ++checked;
        if (got.size() != per[0].size()) {
          failures.push_back(tag + ": " + std::to_string(got.size()) + " outputs, expected " +
                             std::to_string(per[0].size()));
          continue;
        }
        for (size_t o = 0; o < got.size(); ++o) {
          TL column;
          for (const TL& p : per) column.push_back(p[o]);
          const Tensor want = ct::stack(column, 0);
          ::testing::AssertionResult r = Close(got[o], want, 1e-8);
          if (!r) failures.push_back(tag + " output " + std::to_string(o) + ": " + r.message());
        }
      }
    }
  }
  EXPECT_GT(checked, 200);
  std::string all;
  for (const std::string& f : failures) all += "\n- " + f;
  EXPECT_TRUE(failures.empty()) << failures.size() << " vmap/loop mismatches:" << all;
  std::string d;
  for (size_t k = 0; k < dynamic.size(); ++k)
    if (k == 0 || dynamic[k] != dynamic[k - 1]) d += " " + dynamic[k];
  std::cout << "[FuncOpTable] " << checked << " vmap calls checked; dynamic-shape ops (refused "
            << "as functorch does):" << (d.empty() ? " none" : d) << "\n";
}

TEST(FuncOpTable, FallbackCallsCountsOpsWithoutARule) {
  // Find an op that vmap runs by the per-example loop (rules are being
  // added, so none is named here).
  for (const ct::OpInfo& op : ct::op_table()) {
    if (op.random) continue;
    std::vector<TL> samples;
    try {
      samples = ct::sample_inputs(op);
    } catch (const std::exception&) {
      continue;
    }
    for (const TL& s : samples) {
      if (!HasFloat(s) || !s[0].defined()) continue;
      TL stacked;
      std::vector<std::optional<int64_t>> in_dims;
      for (const Tensor& t : s) {
        stacked.push_back(!t.defined()            ? t
                          : t.is_floating_point() ? ct::stack({t, t * 1.01}, 0)
                                                  : ct::stack({t, t}, 0));
        in_dims.push_back(t.defined() ? std::optional<int64_t>(0) : nullopt);
      }
      F::Fn f = F::vmap([&op](const TL& a) { return op.call(a); }, in_dims);
      const uint64_t before = F::fallback_calls();
      TL got;
      try {
        op.call(s);
        got = f(stacked);
      } catch (const std::exception&) {
        continue;
      }
      if (F::fallback_calls() == before) continue;
      // found one: counted on every call, and the loop gives the right values
      const uint64_t second = F::fallback_calls();
      f(stacked);
      EXPECT_GT(F::fallback_calls(), second) << op.name;
      TL e0 = op.call(s);
      TL e1 = op.call([&] {
        TL t = s;
        for (Tensor& v : t)
          if (v.defined() && v.is_floating_point()) v = v * 1.01;
        return t;
      }());
      for (size_t o = 0; o < got.size(); ++o)
        EXPECT_TRUE(Close(got[o], ct::stack({e0[o], e1[o]}, 0), 1e-8)) << op.name;
      bool warned = false;
      for (const std::string& w : warnings())
        warned = warned || w.rfind(
                               "There is a performance drop because we have not yet "
                               "implemented the batching rule for ",
                               0) == 0;
      EXPECT_TRUE(warned) << "no fallback warning seen (op " << op.name << ")";
      std::cout << "[FuncOpTable] per-example fallback found for " << op.name << "\n";
      return;
    }
  }
  GTEST_SKIP() << "every op of the table has a batching rule";
}

}  // namespace

namespace {

// chunk_size bounds a Jacobian's memory: a 1000 -> 1000 function's
// Jacobian by chunks of 100 basis rows holds the result and about one
// chunk besides it (never the 1000 x 1000 basis that one batch needs).
TEST(FuncJac, ChunkSizeBoundsMemory) {
  ct::manual_seed(0);
  const Tensor W = ct::randn({1000, 1000}, ct::float64) * 0.03;
  const Tensor x = ct::randn({1000}, ct::float64);
  F::Fn f = [W](const TL& a) { return TL{ct::tanh(ct::matmul(W, a[0]))}; };
  const double jacobian_bytes = 1000.0 * 1000.0 * 8;
  const double chunk_bytes = 100.0 * 1000.0 * 8;
  auto peak_of = [](const std::function<Tensor()>& run, Tensor* out) {
    ct::memory::reset_peak_stats();
    const size_t base = ct::memory::allocator_stats().allocated_bytes;
    *out = run();
    return static_cast<double>(ct::memory::allocator_stats().peak_allocated_bytes - base);
  };
  Tensor whole, chunked, forward;
  const double peak_whole = peak_of([&] { return F::jacrev(f)({x})[0]; }, &whole);
  const double peak_chunked =
      peak_of([&] { return F::jacrev(f, {0}, false, 100)({x})[0]; }, &chunked);
  peak_of([&] { return F::jacfwd(f, {0}, false, F::Randomness::Error, 100)({x})[0]; }, &forward);
  EXPECT_TRUE(ct::allclose(whole, chunked, 1e-12, 1e-14));
  EXPECT_TRUE(ct::allclose(whole, forward, 1e-10, 1e-12));
  EXPECT_LT(peak_chunked, jacobian_bytes + 6 * chunk_bytes) << peak_chunked;
  EXPECT_GT(peak_whole, jacobian_bytes * 2) << peak_whole;  // the whole basis at once
}

// A weight shared by every example is never copied per example: vmap of
// matmul with an unbatched 1000 x 1000 matrix and 1000 examples stays small.
TEST(FuncVmap, SharedMatrixIsNotCopiedPerExample) {
  const Tensor W = ct::randn({1000, 1000}, ct::float64);
  const Tensor xs = ct::randn({1000, 1000}, ct::float64);
  ct::memory::reset_peak_stats();
  const size_t base = ct::memory::allocator_stats().allocated_bytes;
  Tensor out = F::vmap([W](const TL& a) { return TL{ct::matmul(W, a[0])}; })({xs})[0];
  const double peak =
      static_cast<double>(ct::memory::allocator_stats().peak_allocated_bytes - base);
  EXPECT_LT(peak, 4 * 1000.0 * 1000.0 * 8) << peak;
  EXPECT_TRUE(ct::allclose(out, ct::matmul(xs, W.t()), 1e-10, 1e-10));
}

}  // namespace
