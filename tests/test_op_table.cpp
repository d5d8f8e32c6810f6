// The generic tests: every op of the op table (include/cotangent/op_table.h)
// on its own sample inputs, with nothing written per op. First and second
// derivatives against finite differences (float64), forward mode against
// reverse mode, batched against looped gradients, replay of a recorded
// trace against eager evaluation, the batching rule against a loop, block
// kernels against the op, and bad inputs (undefined, non-broadcastable,
// above the parallel grain) raising ct::Error.
#include <cotangent/cotangent.h>
#include <cotangent/op_table.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;

struct OpName {
  const ct::OpInfo* op;
};
void PrintTo(const OpName& o, std::ostream* os) { *os << o.op->name; }

std::vector<OpName> all_ops() {
  std::vector<OpName> ops;
  for (const ct::OpInfo& op : ct::op_table()) ops.push_back({&op});
  return ops;
}

class OpTable : public ::testing::TestWithParam<OpName> {
 protected:
  const ct::OpInfo& op() const { return *GetParam().op; }
  ct::TensorFunction fn() const {
    const ct::OpInfo* o = GetParam().op;
    return [o](const TL& in) { return o->call(in); };
  }
  // The op as a function of the sample's float inputs (index tensors and
  // masks stay fixed), and those inputs.
  struct Differentiable {
    ct::TensorFunction f;
    TL inputs;
  };
  Differentiable differentiable(const TL& sample) const {
    const ct::OpInfo* o = GetParam().op;
    std::vector<size_t> where;
    TL floats;
    for (size_t i = 0; i < sample.size(); ++i)
      if (sample[i].defined() && sample[i].is_floating_point()) {
        where.push_back(i);
        floats.push_back(sample[i]);
      }
    return {[o, sample, where](const TL& in) {
              TL all = sample;
              for (size_t k = 0; k < where.size(); ++k) all[where[k]] = in[k];
              TL out;
              for (const Tensor& t : o->call(all))  // float outputs (not max's indices)
                if (t.defined() && t.is_floating_point()) out.push_back(t);
              return out;
            },
            floats};
  }
  static TL requiring_grad(const TL& in) {
    TL out;
    for (const Tensor& t : in) out.push_back(t.detach().clone().requires_grad_(true));
    return out;
  }
};

// allclose for float results (NaN equal to NaN), equal for int and bool ones.
bool same(const Tensor& a, const Tensor& b, double rtol, double atol) {
  if (a.shape() != b.shape() || a.dtype() != b.dtype()) return false;
  return a.is_floating_point() ? ct::allclose(a, b, rtol, atol, true) : ct::equal(a, b);
}

std::string describe(const TL& in) {
  std::string s;
  for (const Tensor& t : in) s += ct::to_string(t.shape()) + (t.is_contiguous() ? " " : "(nc) ");
  return s;
}

TEST_P(OpTable, GradcheckAndGradgradcheck) {
  if (!op().differentiable()) GTEST_SKIP();
  for (const TL& sample : ct::sample_inputs(op())) {
    SCOPED_TRACE(describe(sample));
    Differentiable d = differentiable(sample);
    EXPECT_TRUE(ct::gradcheck(d.f, requiring_grad(d.inputs)));
    EXPECT_TRUE(ct::gradgradcheck(d.f, requiring_grad(d.inputs)));
  }
}

TEST_P(OpTable, ForwardModeMatchesReverseMode) {
  if (!op().differentiable()) GTEST_SKIP();
  for (const TL& sample : ct::sample_inputs(op())) {
    SCOPED_TRACE(describe(sample));
    Differentiable d = differentiable(sample);
    auto f = [&d](const TL& in) { return d.f(in).at(0); };
    auto rev = ct::jacobian(f, d.inputs, false, false, false, ct::Strategy::ReverseMode);
    auto fwd = ct::jacobian(f, d.inputs, false, false, true, ct::Strategy::ForwardMode);
    ASSERT_EQ(rev.size(), fwd.size());
    for (size_t i = 0; i < rev.size(); ++i)
      EXPECT_TRUE(ct::allclose(rev[i], fwd[i], 1e-10, 1e-12)) << "input " << i;
  }
}

TEST_P(OpTable, BatchedGradientsMatchALoop) {
  if (!op().differentiable()) GTEST_SKIP();
  for (const TL& sample : ct::sample_inputs(op())) {
    SCOPED_TRACE(describe(sample));
    Differentiable d = differentiable(sample);
    TL in = requiring_grad(d.inputs);
    Tensor out = d.f(in).at(0);
    ct::Shape vshape{3};
    for (int64_t s : out.shape()) vshape.push_back(s);
    Tensor v = ct::randn(vshape, ct::float64);
    TL batched = ct::grad({out}, in, {v}, true, false, false, true);
    for (int64_t b = 0; b < 3; ++b) {
      TL row = ct::grad({out}, in, {v.select(0, b)}, true, false, false, false);
      for (size_t i = 0; i < in.size(); ++i)
        EXPECT_TRUE(ct::allclose(batched[i].select(0, b), row[i], 1e-12, 1e-14))
            << "row " << b << " input " << i;
    }
  }
}

TEST_P(OpTable, TraceReplaysEagerResults) {
  const auto samples = ct::sample_inputs(op());
  for (const TL& sample : samples) {
    SCOPED_TRACE(describe(sample));
    ct::Trace trace = ct::trace(fn(), sample);
    EXPECT_FALSE(trace.op_names().empty());  // one primitive, or a composite's
    // New values of the same signature: what the op gives eagerly.
    TL fresh;
    for (const Tensor& t : sample)
      fresh.push_back(t.defined() && t.is_floating_point() ? t * 0.5 + 0.25 : t);
    TL replayed = trace(fresh), eager = op().call(fresh);
    ASSERT_EQ(replayed.size(), eager.size());
    for (size_t i = 0; i < eager.size(); ++i) {
      if (op().random) {  // fresh random (or unspecified) values: the same shape and dtype
        EXPECT_EQ(replayed[i].shape(), eager[i].shape());
        EXPECT_EQ(replayed[i].dtype(), eager[i].dtype());
        continue;
      }
      EXPECT_TRUE(same(replayed[i], eager[i], 0, 0)) << "output " << i;
    }
  }
}

// ct::compile of the op, and of its derivatives, against eager evaluation
// on new values of the recorded signature: the value (a fused replay), a
// compiled vjp and jvp (the backward formulas recorded with the forward),
// jvp through a compiled function, and a second derivative through a
// compiled vjp (its replay records autograd nodes).
TEST_P(OpTable, CompiledMatchesEager) {
  for (const TL& sample : ct::sample_inputs(op())) {
    SCOPED_TRACE(describe(sample));
    TL fresh;
    for (const Tensor& t : sample)
      fresh.push_back(t.defined() && t.is_floating_point() ? t * 0.5 + 0.25 : t);
    auto expect_same = [&](const TL& got, const TL& want, const char* what) {
      ASSERT_EQ(got.size(), want.size()) << what;
      for (size_t i = 0; i < want.size(); ++i) {
        ASSERT_EQ(got[i].defined(), want[i].defined()) << what << " output " << i;
        if (!want[i].defined()) continue;
        if (op().random) {
          EXPECT_EQ(got[i].shape(), want[i].shape()) << what << " output " << i;
          continue;
        }
        const double tol = want[i].dtype() == ct::float32 ? 1e-5 : 1e-10;
        EXPECT_TRUE(same(got[i], want[i], tol, tol)) << what << " output " << i;
      }
    };
    // Compiled and recorded on `in`; an op whose output shape depends on
    // values is refused, naming the option that allows it, and then allowed.
    auto record = [](const ct::TensorFunction& f, const TL& in) {
      try {
        auto c = ct::compile(f);
        c(in);
        return c;
      } catch (const ct::RuntimeError& e) {
        if (std::string(e.what()).find("dynamic_shapes") == std::string::npos) throw;
        ct::CompileOptions dynamic;
        dynamic.dynamic_shapes = true;
        auto c = ct::compile(f, dynamic);
        c(in);
        return c;
      }
    };
    auto compiled = record(fn(), sample);
    expect_same(compiled(fresh), op().call(fresh), "value");
    if (!op().differentiable() || op().random) continue;
    Differentiable d = differentiable(sample), dfresh = differentiable(fresh);
    TL out = d.f(d.inputs), v;
    for (const Tensor& o : out) v.push_back(ct::randn(o.shape(), o.dtype()));
    TL u;
    for (const Tensor& t : d.inputs) u.push_back(ct::randn(t.shape(), t.dtype()));
    // (create_graph: the backward formulas as a graph would be built, for a
    // second derivative; without it, the fused kernels a plain backward uses)
    auto vjp_of = [&](const ct::TensorFunction& f, bool create_graph = true) {
      return [f, v, create_graph](const TL& in) { return ct::vjp(f, in, v, create_graph).vjp; };
    };
    auto jvp_of = [&](const ct::TensorFunction& f) {
      return [f, u](const TL& in) { return ct::jvp(f, in, u).jvp; };
    };
    auto compiled_vjp = record(vjp_of(d.f), d.inputs);
    expect_same(compiled_vjp(dfresh.inputs), vjp_of(dfresh.f)(dfresh.inputs), "compiled vjp");
    auto compiled_plain_vjp = record(vjp_of(d.f, false), d.inputs);
    expect_same(compiled_plain_vjp(dfresh.inputs), vjp_of(dfresh.f, false)(dfresh.inputs),
                "compiled vjp without create_graph");
    auto compiled_jvp = record(jvp_of(d.f), d.inputs);
    expect_same(compiled_jvp(dfresh.inputs), jvp_of(dfresh.f)(dfresh.inputs), "compiled jvp");
    auto compiled_f = record(d.f, d.inputs);
    expect_same(ct::jvp(compiled_f, dfresh.inputs, u).jvp, jvp_of(dfresh.f)(dfresh.inputs),
                "jvp of the compiled op");
    // the second derivative: vjp of (x -> vjp(f, x, v)) through a replay
    TL w;
    for (const Tensor& t : d.inputs) w.push_back(ct::randn(t.shape(), t.dtype()));
    auto second = [&](const ct::TensorFunction& g, const TL& at) {
      try {
        return ct::vjp(g, at, w).vjp;
      } catch (const ct::RuntimeError&) {  // the first derivative does not depend on the input
        return TL{};
      }
    };
    auto compiled_first = record(vjp_of(d.f), requiring_grad(d.inputs));
    expect_same(second(compiled_first, dfresh.inputs), second(vjp_of(dfresh.f), dfresh.inputs),
                "second derivative through a compiled vjp");
  }
}

TEST_P(OpTable, BatchingRuleMatchesALoop) {
  if (op().num_inputs() == 0 || op().random) GTEST_SKIP();  // nothing to batch, or no fixed values
  const auto samples = ct::sample_inputs(op());
  for (const TL& sample : samples) {
    SCOPED_TRACE(describe(sample));
    // Three examples, the batch dim at 0 for the first input and last for
    // the others; an unbatched second input of a binary op broadcasts.
    for (int unbatched = -1; unbatched < static_cast<int>(sample.size()); ++unbatched) {
      if (unbatched >= 0 && sample.size() == 1) continue;
      TL batched_in;
      std::vector<int64_t> dims;
      for (size_t i = 0; i < sample.size(); ++i) {
        if (static_cast<int>(i) == unbatched) {
          batched_in.push_back(sample[i]);
          dims.push_back(-1);
          continue;
        }
        const int64_t d = i == 0 ? 0 : sample[i].dim();
        const Tensor& x = sample[i];
        batched_in.push_back(x.is_floating_point() ? ct::stack({x, x * 0.5, x + 0.25}, d)
                                                   : ct::stack({x, x, x}, d));
        dims.push_back(d);
      }
      Tensor got;
      try {
        got = ct::call_batched(op(), batched_in, dims).at(0);
      } catch (const ct::RuntimeError& e) {
        // ops whose output shape depends on values: functorch's error
        EXPECT_NE(std::string(e.what()).find("vmap: We do not support batching operators that "
                                             "can output dynamic shape"),
                  std::string::npos)
            << e.what();
        continue;
      }
      TL rows;
      for (int64_t b = 0; b < 3; ++b) {
        TL args;
        for (size_t i = 0; i < sample.size(); ++i)
          args.push_back(dims[i] < 0 ? batched_in[i] : batched_in[i].select(dims[i], b));
        rows.push_back(op().call(args).at(0));
      }
      EXPECT_TRUE(same(got, ct::stack(rows), 1e-12, 1e-14)) << "unbatched input " << unbatched;
    }
  }
}

TEST_P(OpTable, BlockKernelsMatchTheOp) {
  if (!op().block_f64) GTEST_SKIP();
  for (const TL& sample : ct::sample_inputs(op())) {
    Tensor x = sample[0].contiguous();
    Tensor y = ct::empty(x.shape(), ct::float64);
    op().block_f64(x.data_ptr<double>(), y.data_ptr<double>(), x.numel());
    EXPECT_TRUE(ct::allclose(y, op().call({x}).at(0), 1e-14, 0, true));
    Tensor xf = x.to(ct::float32), yf = ct::empty(x.shape(), ct::float32);
    op().block_f32(xf.data_ptr<float>(), yf.data_ptr<float>(), x.numel());
    EXPECT_TRUE(ct::allclose(yf, op().call({xf}).at(0), 1e-6, 0, true));
  }
}

TEST_P(OpTable, BadInputsRaiseErrors) {
  const size_t arity = static_cast<size_t>(op().num_inputs());
  if (arity > 0) {
    TL undefined(arity, ct::ones({3}, ct::float64));
    undefined[0] = Tensor();
    EXPECT_THROW(op().call(undefined), ct::Error);
  }
  EXPECT_THROW(op().call(TL(arity + 1, ct::ones({3}))), ct::Error);  // wrong arity
  // Every input in turn undefined, or replaced by a long 1-D tensor of its
  // dtype (above the parallel grain): a result or a ct::Error, never a crash
  // or another exception.
  for (const TL& sample : ct::sample_inputs(op())) {
    for (size_t i = 0; i < sample.size(); ++i) {
      for (bool long_one : {false, true}) {
        TL bad = sample;
        bad[i] = long_one ? ct::zeros({70000}, sample[i].dtype()) : Tensor();
        try {
          op().call(bad);
          EXPECT_TRUE(long_one) << "undefined input " << i << " accepted";
        } catch (const ct::Error&) {
        } catch (const std::exception& e) {
          ADD_FAILURE() << "input " << i << ": not a ct::Error: " << e.what();
        }
      }
    }
  }
  if (op().kind == ct::OpKind::Binary) {
    // Above the parallel grain, so the check must come before the loop.
    try {
      op().call({ct::ones({70000}, ct::float64), ct::ones({3}, ct::float64)});
      ADD_FAILURE() << "no error for shapes [70000] and [3]";
    } catch (const ct::RuntimeError& e) {
      EXPECT_NE(std::string(e.what()).find("70000"), std::string::npos) << e.what();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(All, OpTable, ::testing::ValuesIn(all_ops()),
                         [](const ::testing::TestParamInfo<OpName>& info) {
                           std::string name = info.param.op->name;  // "sum.dim" -> "sum_dim"
                           for (char& c : name)
                             if (c == '.') c = '_';
                           return name;
                         });

// The table drives the generic tests above; it must cover at least the
// elementwise, arithmetic and reduction ops, each once, with a node name
// that is PyTorch's spelling.
TEST(OpTableContents, NamesAreUniqueAndNodesArePyTorchNames) {
  std::set<std::string> names;
  for (const ct::OpInfo& op : ct::op_table()) {
    EXPECT_TRUE(names.insert(op.name).second) << op.name;
    if (op.differentiable())
      EXPECT_NE(std::string(op.node).find("Backward"), std::string::npos) << op.name;
    EXPECT_EQ(ct::find_op(op.name), &op);
  }
  for (const char* must : {"exp", "sin", "add", "mul", "sum", "atan2", "relu"})
    EXPECT_TRUE(names.count(must)) << must;
  EXPECT_EQ(ct::find_op("no_such_op"), nullptr);
}

}  // namespace
