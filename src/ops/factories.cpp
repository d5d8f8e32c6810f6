// The factories (src/core/factory.cpp) as rows of the op table, with the
// signatures Python calls them by (sizes as f(2, 3) or f((2, 3)), dtype=,
// requires_grad=), and the in-place fills.
#include "cotangent/op_table.h"
#include "ops/op_rows.h"

namespace ct::detail {

namespace {
Tensor finish(Tensor t, bool requires_grad) {
  if (requires_grad) t.requires_grad_(true);
  return t;
}
DType dtype_or_float(const OpArgs& a, size_t i) { return a.dtype(i).value_or(float32); }
Samples no_inputs(DType) { return Samples{{}}; }
}  // namespace

void add_factory_ops(std::vector<OpInfo>& t) {
  const auto K = OpKind::Factory;
  const auto R = Domain::Real;
  auto m34 = [](DType dt) { return matrix_samples(dt, Domain::Real); };
  add_general(
      t, "zeros", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) {
        return TL{ct::zeros({2, 3}, float64)};
      },
      no_inputs, "m.zeros(2, 3, dtype=m.float64)");
  add_general(
      t, "ones", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) {
        return TL{ct::ones({2, 3}, float64)};
      },
      no_inputs, "m.ones((2, 3), dtype=m.float64)");
  add_general(
      t, "empty", "", "", "not differentiable (values unspecified)", K, R, false, 0,
      [](const TL&) {
        return TL{ct::empty({2, 3}, float64)};
      },
      no_inputs, "m.empty(2, 3, dtype=m.float64)");
  add_general(
      t, "rand", "", "", "not differentiable (uniform on [0, 1))", K, R, false, 0,
      [](const TL&) {
        return TL{ct::rand({2, 3}, float64)};
      },
      no_inputs, "m.rand(2, 3, dtype=m.float64)");
  add_general(
      t, "randn", "", "", "not differentiable (standard normal)", K, R, false, 0,
      [](const TL&) {
        return TL{ct::randn({2, 3}, float64)};
      },
      no_inputs, "m.randn(2, 3, dtype=m.float64)");
  add_general(
      t, "full", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) {
        return TL{ct::full({2, 3}, 1.5, float64)};
      },
      no_inputs, "m.full((2, 3), 1.5, dtype=m.float64)");
  add_general(
      t, "arange", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) { return TL{ct::arange(1, 4, 0.5, float64)}; }, no_inputs,
      "m.arange(1, 4, 0.5, dtype=m.float64)");
  add_general(
      t, "linspace", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) { return TL{ct::linspace(-1, 2.5, 7, float64)}; }, no_inputs,
      "m.linspace(-1, 2.5, 7, dtype=m.float64)");
  add_general(
      t, "logspace", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) { return TL{ct::logspace(-1, 2.5, 7, 2.0, float64)}; }, no_inputs,
      "m.logspace(-1, 2.5, 7, base=2.0, dtype=m.float64)");
  add_general(
      t, "eye", "", "", "not differentiable", K, R, false, 0,
      [](const TL&) { return TL{ct::eye(3, 4, float64)}; }, no_inputs,
      "m.eye(3, 4, dtype=m.float64)");
  add_general(
      t, "zeros_like", "", "", "not differentiable", K, R, false, 1,
      [](const TL& in) { return TL{ct::zeros_like(in[0])}; }, m34, nullptr);
  add_general(
      t, "ones_like", "", "", "not differentiable", K, R, false, 1,
      [](const TL& in) { return TL{ct::ones_like(in[0])}; }, m34, nullptr);
  add_general(
      t, "full_like", "", "", "not differentiable", K, R, false, 1,
      [](const TL& in) { return TL{ct::full_like(in[0], -2.5)}; }, m34, "m.full_like(x[0], -2.5)");
  add_general(
      t, "empty_like", "", "", "not differentiable (values unspecified)", K, R, false, 1,
      [](const TL& in) { return TL{ct::empty_like(in[0])}; }, m34, nullptr);
  add_general(
      t, "rand_like", "", "", "not differentiable (uniform on [0, 1))", K, R, false, 1,
      [](const TL& in) { return TL{ct::rand_like(in[0])}; }, m34, nullptr);
  add_general(
      t, "randn_like", "", "", "not differentiable (standard normal)", K, R, false, 1,
      [](const TL& in) { return TL{ct::randn_like(in[0])}; }, m34, nullptr);
  for (OpInfo& op : t) {
    for (std::string_view name :
         {"empty", "rand", "randn", "empty_like", "rand_like", "randn_like"})
      op.random = op.random || op.op_name() == name;
  }

  // Python's signatures: sizes as f(2, 3) or f((2, 3)).
#define CT_SIZED(NAME)                                                                   \
  set_signatures(t, #NAME,                                                               \
                 {{"(int... size, *, ScalarType? dtype=None, bool requires_grad=False)", \
                   CT_CALL(finish(ct::NAME(a.ints(0), dtype_or_float(a, 1)), a.flag(2)))}});
  CT_SIZED(zeros)
  CT_SIZED(ones)
  CT_SIZED(empty)
  CT_SIZED(rand)
  CT_SIZED(randn)
#undef CT_SIZED
#define CT_LIKE(NAME)                                                          \
  set_signatures(                                                              \
      t, #NAME,                                                                \
      {{"(Tensor input, *, ScalarType? dtype=None, bool requires_grad=False)", \
        CT_CALL(finish(ct::NAME(a.tensor(0), a.dtype(1)), a.flag(2))), Binding::Function}});
  CT_LIKE(zeros_like)
  CT_LIKE(ones_like)
  CT_LIKE(empty_like)
  CT_LIKE(rand_like)
  CT_LIKE(randn_like)
#undef CT_LIKE
  set_signatures(
      t, "full",
      {{"(int[] size, Scalar fill_value, *, ScalarType? dtype=None, bool requires_grad=False)",
        CT_CALL(finish(ct::full(a.ints(0), a.scalar(1), a.dtype(2)), a.flag(3)))},
       {"fill_(Tensor self, Scalar value) -> self", CT_CALL(Tensor(a.tensor(0)).fill_(a.scalar(1))),
        Binding::Method},
       {"zero_(Tensor self) -> self", CT_CALL(Tensor(a.tensor(0)).zero_()), Binding::Method}});
  set_signatures(
      t, "full_like",
      {{"(Tensor input, Scalar fill_value, *, ScalarType? dtype=None, bool requires_grad=False)",
        CT_CALL(finish(ct::full_like(a.tensor(0), a.scalar(1), a.dtype(2)), a.flag(3))),
        Binding::Function}});
  set_signatures(t, "arange",
                 {{"(Scalar end, *, ScalarType? dtype=None, bool requires_grad=False)",
                   CT_CALL(finish(ct::arange(a.scalar(0), a.dtype(1)), a.flag(2)))},
                  {"(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, bool "
                   "requires_grad=False)",
                   CT_CALL(finish(ct::arange(a.scalar(0), a.scalar(1), a.scalar(2), a.dtype(3)),
                                  a.flag(4)))}});
  set_signatures(t, "linspace",
                 {{"(Scalar start, Scalar end, int steps, *, ScalarType? dtype=None, bool "
                   "requires_grad=False)",
                   CT_CALL(finish(ct::linspace(a.scalar(0), a.scalar(1), a.integer(2), a.dtype(3)),
                                  a.flag(4)))}});
  set_signatures(
      t, "logspace",
      {{"(Scalar start, Scalar end, int steps, float base=10.0, *, ScalarType? "
        "dtype=None, bool requires_grad=False)",
        CT_CALL(finish(ct::logspace(a.scalar(0), a.scalar(1), a.integer(2), a.real(3), a.dtype(4)),
                       a.flag(5)))}});
  set_signatures(t, "eye",
                 {{"(int n, int? m=None, *, ScalarType? dtype=None, bool requires_grad=False)",
                   CT_CALL(finish(ct::eye(a.integer(0), a.opt_integer(1), dtype_or_float(a, 2)),
                                  a.flag(3)))}});
  set_calls(t, "zeros_like",
            {"m.zeros_like(x[0])", "m.zeros_like(m.tensor([[1, 2, 3], [4, 5, 6]]), dtype=m.bool)",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device='cpu'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device='cpu:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device=m.device('cpu')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device=None))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device='cuda'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device='cuda:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device=m.device('cuda')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros_like(m.ones(2), "
             "device=0))"});
  set_calls(t, "full_like",
            {"m.full_like(x[0], 2)", "m.full_like(x[0], 0.5)",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device='cpu'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device='cpu:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device=m.device('cpu')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device=None))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device='cuda'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device='cuda:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device=m.device('cuda')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full_like(m.ones(2), 3, "
             "device=0))"});
  set_calls(t, "rand_like",
            {"m.rand_like(x[0])", "m.rand_like(m.tensor([[1, 2, 3], [4, 5, 6]]), dtype=m.bool)",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device='cpu'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device='cpu:0'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device=m.device('cpu')))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device=None))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device='cuda'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device='cuda:0'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device=m.device('cuda')))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.rand_like(m.ones(2), device=0))"});
  set_calls(t, "randn_like",
            {"m.randn_like(x[0])", "m.randn_like(m.tensor([[1, 2, 3], [4, 5, 6]]), dtype=m.bool)",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device='cpu'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device='cpu:0'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device=m.device('cpu')))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device=None))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device='cuda'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device='cuda:0'))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device=m.device('cuda')))",
             "(lambda r: (r.shape, repr(r.device), str(r.device), "
             "r.is_cuda))(m.randn_like(m.ones(2), device=0))"});
  set_calls(
      t, "zeros",
      {"m.zeros((2, -1))",
       "m.zeros(((1 << 40), (1 << 40)))",
       "m.zeros(((1 << 20), (1 << 20)))",
       "m.zeros((9223372036854775807,))",
       "m.zeros((4294967297, 4294967295, 4294967297, 4294967295, 6))",
       "m.zeros((9223372036854775807, 0))",
       "m.zeros((1, 1, 1, 1, 1, 1, 2))",
       "m.zeros(((1 << 40), (1 << 40)), dtype=m.int64)",
       "m.zeros(2, dtype=m.int32)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.zeros(2, 3, device=0))",
       "m.zeros(2, device='gpu')",
       "m.zeros(2, device='CPU')",
       "m.zeros(2, device='')",
       "m.zeros(2, device='cpu:-1')",
       "m.zeros(2, device='cuda:x')",
       "m.zeros(2, device='cpu:0:0')",
       "m.zeros(2, device=' cpu')",
       "m.zeros(2, device='cpu0')",
       "m.zeros(2, device=-1)"});
  set_calls(
      t, "ones",
      {"m.ones((2, -1))", "m.ones(((1 << 40), (1 << 40)))", "m.ones(((1 << 20), (1 << 20)))",
       "m.ones((9223372036854775807,))",
       "m.ones((4294967297, 4294967295, 4294967297, 4294967295, 6))",
       "m.ones((9223372036854775807, 0))", "m.ones((1, 1, 1, 1, 1, 1, 2))",
       "m.ones(((1 << 62), 4), dtype=m.bool)", "m.ones(2, 2, dtype=m.int32)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones((2,), device=0))"});
  set_calls(
      t, "empty",
      {"m.empty((2, -1))", "m.empty(((1 << 40), (1 << 40)))", "m.empty(((1 << 20), (1 << 20)))",
       "m.empty((9223372036854775807,))",
       "m.empty((4294967297, 4294967295, 4294967297, 4294967295, 6))",
       "m.empty((9223372036854775807, 0))", "m.empty((1, 1, 1, 1, 1, 1, 2))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty(0, device=0))"});
  set_calls(
      t, "rand",
      {"m.rand((2, -1))", "m.rand(((1 << 40), (1 << 40)))", "m.rand(((1 << 20), (1 << 20)))",
       "m.rand((9223372036854775807,))",
       "m.rand((4294967297, 4294967295, 4294967297, 4294967295, 6))",
       "m.rand((9223372036854775807, 0))", "m.rand((1, 1, 1, 1, 1, 1, 2))",
       "m.rand((2,), dtype=m.int64)", "m.rand((2,), dtype=m.bool)",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, device='cpu'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, device='cpu:0'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, "
       "device=m.device('cpu')))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, device=None))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, device='cuda'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, "
       "device='cuda:0'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, "
       "device=m.device('cuda')))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.rand(2, device=0))"});
  set_calls(
      t, "randn",
      {"m.randn((2, -1))", "m.randn(((1 << 40), (1 << 40)))", "m.randn(((1 << 20), (1 << 20)))",
       "m.randn((9223372036854775807,))",
       "m.randn((4294967297, 4294967295, 4294967297, 4294967295, 6))",
       "m.randn((9223372036854775807, 0))", "m.randn((1, 1, 1, 1, 1, 1, 2))",
       "m.randn((2,), dtype=m.int64)", "m.randn((2,), dtype=m.bool)",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, device='cpu'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, "
       "device='cpu:0'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, "
       "device=m.device('cpu')))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, device=None))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, device='cuda'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, "
       "device='cuda:0'))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, "
       "device=m.device('cuda')))",
       "(lambda r: (r.shape, repr(r.device), str(r.device), r.is_cuda))(m.randn(2, device=0))"});
  set_calls(
      t, "full",
      {"m.full((-2,), 1.0)", "m.full(((1 << 40), (1 << 40)), 1)",
       "m.full(((1 << 61),), 1.5, dtype=m.float64)", "m.full((2,), 3, dtype=m.int32)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, "
       "device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, "
       "device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, "
       "device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.full((2,), 1.5, device=0))"});
  set_calls(
      t, "arange",
      {"m.arange(0, 10, 0)",
       "m.arange(0, 10, -1)",
       "m.arange(0.0, float('inf'))",
       "m.arange(-float('inf'), 0.0)",
       "m.arange(0.0, float('nan'))",
       "m.arange(0.0, 1.0, float('nan'))",
       "m.arange(0.0, 1e30, 1e-30)  # message: cotangent: arange: the range 0.000000 -> "
       "1000000000000000019884624838656.000000 with step 0.000000 has too many elements",
       "m.arange(0, 9223372036854775807)  # message: cotangent: arange: the range 0.000000 -> "
       "9223372036854775808.000000 with step 1.000000 has too many elements",
       "m.arange(-9223372036854775808, 9223372036854775807, 9223372036854775807)  # differs "
       "(returns): exact in 128-bit arithmetic: [INT64_MIN, -1, INT64_MAX - 1]; PyTorch 1.13 "
       "overflows computing the size and returns an empty tensor",
       "m.arange(5, dtype=m.bool)",
       "m.arange(0)",
       "m.arange(9007199254740993, 9007199254740996)",
       "m.arange((9223372036854775807 - 3), 9223372036854775807)",
       "m.arange(3, dtype=m.int32)",
       "m.arange(5, dtype=m.int32)",
       "m.arange(1, 9, 3, dtype=m.int32)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(3, device=0))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, device='cpu', "
       "dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, "
       "device='cpu:0', dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, "
       "device=m.device('cpu'), dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, device=None, "
       "dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, device='cuda', "
       "dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, "
       "device='cuda:0', dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, "
       "device=m.device('cuda'), dtype=m.float64))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.arange(1, 4, 2, device=0, "
       "dtype=m.float64))"});
  set_calls(
      t, "linspace",
      {"m.linspace(0, 10, 4)",
       "m.linspace(0, 10, 4, dtype=m.int64)",
       "m.linspace(0, 10, 7, dtype=m.int64)",
       "m.linspace(10, 0, 7, dtype=m.int32)",
       "m.linspace(0.1, 0.7, 7)",
       "m.linspace(0.1, 0.7, 7).tolist()",
       "m.linspace(-1, 1, 5, dtype=m.float64)",
       "m.linspace(0, 1, 1)",
       "m.linspace(2.5, -7, 1, dtype=m.int64)",
       "m.linspace(0, 1, 0)",
       "m.linspace(0, 1, -1)",
       "m.linspace(0, 1, 2, dtype=m.bool)",
       "m.linspace(0, 1)",
       "m.linspace(0)",
       "m.linspace(-3, 1, 7, dtype=m.int64)",
       "m.linspace(16, 2, 101, dtype=m.int64).tolist()",
       "m.linspace(-5.5, 7.25, 17, dtype=m.int32).tolist()",
       "m.linspace(0.0, 1.0, 10).tolist()",
       "m.linspace(-1.3, 2.9, 101).tolist()",
       "m.linspace(0.1, -0.7, 33, dtype=m.float64).tolist()",
       "m.linspace(0, 2**63 - 1, 3, dtype=m.int64)",
       "m.linspace(0, 1e10, 3, dtype=m.int32)",
       "m.linspace(float('nan'), 1, 3, dtype=m.int64)",
       "m.linspace(0, 1e39, 3)",
       "m.linspace(0, 1, m.tensor(3))",
       "m.linspace(0, 1, m.tensor(3, dtype=m.int32))",
       "m.linspace(0, 1, m.tensor(3.0))",
       "m.linspace(0, 1, m.tensor([3]))",
       "m.linspace(0, 1, m.tensor(True))",
       "m.linspace(0, 1, 3, requires_grad=True)",
       "m.linspace(0, float('inf'), 3)",
       "m.linspace(0, 1, steps=3)",
       "m.linspace(start=0, end=1, steps=3, dtype=m.float64)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.linspace(0, 1, 3, device=0))"});
  set_calls(
      t, "logspace",
      {"m.logspace(0, 3, 4)",
       "m.logspace(0, 3, 4, base=2.0)",
       "m.logspace(0.1, 0.7, 7).tolist()",
       "m.logspace(-2.2, 1.07, 31).tolist()",
       "m.logspace(0, 30, 3, dtype=m.int32)",
       "m.logspace(0, 1e39, 3)",
       "m.logspace(0, 3, 4, 2)",
       "m.logspace(0, 3, 4, dtype=m.int64)",
       "m.logspace(0, 5, 7, dtype=m.int32)",
       "m.logspace(-2, 2, 5, dtype=m.float64)",
       "m.logspace(1, 2, 1)",
       "m.logspace(0, 1, 0)",
       "m.logspace(0, 1, -2)",
       "m.logspace(0, 1, 2, dtype=m.bool)",
       "m.logspace(0, 1, 3, base=-2.0)",
       "m.logspace(0, 1, 3, requires_grad=True)",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device='cpu'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device='cpu:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device=m.device('cpu')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device=None))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device='cuda'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device='cuda:0'))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, "
       "device=m.device('cuda')))",
       "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.logspace(0, 1, 3, device=0))"});
  set_calls(t, "eye",
            {"m.eye(-1)", "m.eye(2, m=-1)", "m.eye(m.tensor(3))", "m.zeros(m.tensor(2), 3)",
             "m.eye((1 << 40))  # message: cotangent: Storage size calculation overflowed with "
             "sizes=[1099511627776, 1099511627776]",
             "m.eye((1 << 40), m=0)", "m.eye(3, dtype=m.bool)",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device='cpu'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device='cpu:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, "
             "device=m.device('cpu')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device=None))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device='cuda'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device='cuda:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, "
             "device=m.device('cuda')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.eye(2, device=0))"});
  set_calls(t, "ones_like",
            {"m.ones_like(m.tensor([[1, 2, 3], [4, 5, 6]]), dtype=m.bool)",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device='cpu'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device='cpu:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device=m.device('cpu')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device=None))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device='cuda'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device='cuda:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device=m.device('cuda')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.ones_like(m.ones(2), "
             "device=0))"});
  set_calls(t, "empty_like",
            {"m.empty_like(m.tensor([[1, 2, 3], [4, 5, 6]]), dtype=m.bool)",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device='cpu'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device='cpu:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device=m.device('cpu')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device=None))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device='cuda'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device='cuda:0'))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device=m.device('cuda')))",
             "(lambda r: (r, repr(r.device), str(r.device), r.is_cuda))(m.empty_like(m.ones(0), "
             "device=0))"});
}

}  // namespace ct::detail
