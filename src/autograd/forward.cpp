// Forward-mode AD: dual levels, make_dual / unpack_dual, and the tangent
// rule every recorded node gets for free from its vjp formula.
#include <atomic>

#include "autograd/missing_jvp.h"
#include "autograd/node.h"
#include "autograd/op_helpers.h"
#include "core/recorder.h"
#include "cotangent/autograd.h"
#include "cotangent/forward_ad.h"
#include "cotangent/ops.h"

namespace ct {

void set_grad_batch_shape(const Shape& s);

namespace {
std::atomic<uint64_t> g_next_level_id{0};
thread_local uint64_t t_level_id = 0;  // 0: no active level
thread_local bool t_suspended = false;
// While a node's tangents are computed its saved tensors unpack without
// their graph: the formula must only depend on the cotangent there.
thread_local bool t_detached_saved = false;

// Runs the computation of tangents as plain (non-dual) math.
class SuspendForward {
 public:
  SuspendForward() : prev_(t_suspended), prev_detached_(t_detached_saved) {
    t_suspended = true;
    t_detached_saved = true;
  }
  ~SuspendForward() {
    t_suspended = prev_;
    t_detached_saved = prev_detached_;
  }

 private:
  bool prev_, prev_detached_;
};

std::string list_string(const Shape& s) {
  std::string r = "[";
  for (size_t i = 0; i < s.size(); ++i) r += (i ? ", " : "") + std::to_string(s[i]);
  return r + "]";
}

Tensor cast_to(const Tensor& t, DType dt) { return t.dtype() == dt ? t : t.to(dt); }

// Leading batch size of every tangent at the active level (0: unbatched).
thread_local int64_t t_level_batch = 0;

struct BatchShapeGuard {
  Shape prev = grad_batch_shape();
  explicit BatchShapeGuard(const Shape& s) { set_grad_batch_shape(s); }
  ~BatchShapeGuard() { set_grad_batch_shape(prev); }
};

Shape batched(int64_t batch, const Shape& s) {
  if (!batch) return s;
  Shape r{batch};
  for (int64_t d : s) r.push_back(d);
  return r;
}

// A (possibly batched) tangent of an input, laid out to broadcast against
// the output: batch dim first, then the input's dims right-aligned.
Tensor aligned(const Tensor& t, int64_t batch, size_t out_rank) {
  if (!batch) return t;
  const int64_t in_rank = t.dim() - 1;
  if (static_cast<size_t>(in_rank) >= out_rank) return t;
  Shape s{batch};
  for (size_t i = in_rank; i < out_rank; ++i) s.push_back(1);
  for (int64_t i = 1; i < t.dim(); ++i) s.push_back(t.shape()[i]);
  return t.reshape(s);
}

// Restricts the node's formula to the inputs set in `mask` for its lifetime.
class NeedsMask {
 public:
  NeedsMask(Node& node, std::vector<char> mask) : st_(*node.forward) {
    st_.needs_mask = std::move(mask);
  }
  ~NeedsMask() { st_.needs_mask.clear(); }
  char& operator[](size_t i) { return st_.needs_mask[i]; }

 private:
  ForwardState& st_;
};

// Elementwise node: output tangent = sum over inputs of formula_i(t_i).
Tensor elementwise_tangent(Node& node, const ForwardState& st, int64_t batch) {
  const Tensor& out = st.outputs[0];
  const Shape out_shape = batched(batch, out.shape());
  BatchShapeGuard batch_mode(batch ? Shape{batch} : Shape());
  Tensor acc;
  NeedsMask mask(node, std::vector<char>(st.in_tangents.size(), 0));
  for (size_t i = 0; i < st.in_tangents.size(); ++i) {
    const Tensor& t = st.in_tangents[i];
    if (!t.defined()) continue;
    mask[i] = 1;
    TensorList r =
        node.apply({aligned(cast_to(t, out.dtype()), batch, out.dim()).expand(out_shape)});
    mask[i] = 0;
    if (i >= r.size() || !r[i].defined()) continue;
    acc = acc.defined() ? acc + r[i] : r[i];
  }
  if (!acc.defined()) return acc;
  acc = cast_to(acc, out.dtype());
  return acc.shape() == out_shape ? acc : acc.expand(out_shape).contiguous();
}

// Any node: J t = d/du <J^T u, t>, the vjp formula being linear in u. With
// batched tangents the cotangent u is batched the same way (the formula
// must be batch-safe); the rows do not interact, so one pairing serves all.
std::vector<Tensor> transposed_tangents(Node& node, const ForwardState& st, int64_t batch) {
  EnableGradGuard grad_mode;
  std::vector<Tensor> cotangents, wrt;
  for (const Tensor& o : st.outputs) {
    if (o.defined() && is_floating_point(o.dtype())) {
      Tensor u = zeros(batched(batch, o.shape()), o.dtype()).requires_grad_(true);
      cotangents.push_back(u);
      wrt.push_back(u);
    } else {
      cotangents.push_back(Tensor());
    }
  }
  std::vector<Tensor> result(st.outputs.size());
  if (wrt.empty()) return result;
  TensorList r;
  {
    std::vector<char> needed;
    for (const Tensor& t : st.in_tangents) needed.push_back(t.defined());
    NeedsMask mask(node, std::move(needed));
    BatchShapeGuard batch_mode(batch ? Shape{batch} : Shape());
    r = node.apply(std::move(cotangents));
  }
  Tensor pairing;
  for (size_t i = 0; i < st.in_tangents.size() && i < r.size(); ++i) {
    if (!st.in_tangents[i].defined() || !r[i].defined() || !r[i].requires_grad()) continue;
    const Shape want = batched(batch, node.input_meta[i].shape);
    Tensor ri = r[i].shape() == want ? r[i] : sum_to(r[i], node.input_meta[i].shape, batch ? 1 : 0);
    Tensor term = (ri * cast_to(st.in_tangents[i], ri.dtype())).sum();
    pairing = pairing.defined() ? pairing + term : term;
  }
  if (!pairing.defined()) return result;
  UncountedBackwardPasses internal;
  std::vector<Tensor> jv = grad({pairing}, wrt, {}, false, false, /*allow_unused=*/true);
  for (size_t k = 0, w = 0; k < st.outputs.size(); ++k)
    if (st.outputs[k].defined() && is_floating_point(st.outputs[k].dtype())) result[k] = jv[w++];
  return result;
}

// Batched tangents through a node whose formula is not batch-safe: one
// unbatched pass per row, stacked.
std::vector<Tensor> tangents_by_rows(Node& node, const ForwardState& st, int64_t batch) {
  std::vector<std::vector<Tensor>> rows(st.outputs.size());
  for (int64_t b = 0; b < batch; ++b) {
    ForwardState row;
    row.outputs = st.outputs;
    for (const Tensor& t : st.in_tangents)
      row.in_tangents.push_back(t.defined() ? t.select(0, b) : t);
    std::vector<Tensor> r = node.elementwise && st.outputs.size() == 1
                                ? std::vector<Tensor>{elementwise_tangent(node, row, 0)}
                                : transposed_tangents(node, row, 0);
    for (size_t k = 0; k < r.size(); ++k) rows[k].push_back(r[k]);
  }
  std::vector<Tensor> result(st.outputs.size());
  for (size_t k = 0; k < rows.size(); ++k) {
    bool any = false;
    for (const Tensor& t : rows[k]) any = any || t.defined();
    if (!any) continue;
    for (Tensor& t : rows[k])
      if (!t.defined()) t = zeros(st.outputs[k].shape(), st.outputs[k].dtype());
    result[k] = stack(rows[k], 0);
  }
  return result;
}
}  // namespace

bool set_forward_suspended(bool suspended) {
  bool prev = t_suspended;
  t_suspended = suspended;
  return prev;
}

uint64_t active_forward_level() { return t_suspended ? 0 : t_level_id; }

bool forward_saved_detached() { return t_detached_saved; }

Tensor tangent_at_level(const TensorImpl& t, uint64_t level) {
  if (level != 0) refresh_view(t);
  if (level == 0) return Tensor();
  const std::shared_ptr<const ForwardGrad>& fg = forward_grad_of(t);
  if (!fg || fg->level != level) return Tensor();
  return fg->tangent;
}

void set_tangent(TensorImpl& t, uint64_t level, const Tensor& tangent) {
  set_forward_grad(t, tangent.defined()
                          ? std::make_shared<const ForwardGrad>(ForwardGrad{level, tangent})
                          : nullptr);
}

void finish_forward(Node& node) {
  const uint64_t level = t_level_id;
  if (!node.forward || level == 0) return;
  // The state stays on the node while its formula runs (BackwardCtx::needs
  // reads the mask there) and is dropped afterwards, also on error: the
  // jvp rule may hold the inputs.
  struct Drop {
    Node& n;
    ~Drop() { n.forward.reset(); }
  } drop{node};
  const ForwardState& st = *node.forward;
  std::vector<Tensor> tangents;
  {
    SuspendForward suspend;
    NoGradGuard no_grad;
    // A batched backward may be running (its formulas record dual ops): the
    // node's own formula sees plain, unbatched tangents here.
    BatchShapeGuard unbatched{Shape()};
    const int64_t batch = t_level_batch;
    if (st.jvp_rule && batch == 0 && st.outputs.size() == 1)
      tangents = {st.jvp_rule(st.in_tangents)};
    else if (node.elementwise && st.outputs.size() == 1)
      tangents = {elementwise_tangent(node, st, batch)};
    else if (batch && !node.batch_safe)
      tangents = tangents_by_rows(node, st, batch);
    else
      tangents = transposed_tangents(node, st, batch);
  }
  for (size_t k = 0; k < st.outputs.size(); ++k) {
    if (!st.outputs[k].defined()) continue;
    Tensor t = tangents[k];
    if (t.defined()) t = cast_to(t, st.outputs[k].dtype());
    set_tangent(*st.outputs[k].impl(), level, t);
  }
  node.on_output_tangents(st.outputs);
}

namespace forward_ad {

// While a trace records, entering and leaving a level, make_dual and
// unpack_dual are steps of the recording, so a replay makes its own dual
// tensors and reads its own tangents (the ops in between compute tangents
// as they run). ct::compile replays such a recording op by op.
int64_t enter_dual_level(int64_t batch) {
  if (detail::Recorder* rec = detail::active_recorder()) {
    detail::traced_call<detail::TensorVec>(rec, "enter_dual_level", {},
                                           [batch](const detail::TensorVec&) {
                                             enter_dual_level(batch);
                                             return detail::TensorVec{};
                                           });
    return 0;
  }
  if (t_level_id != 0) throw RuntimeError("Nested forward mode AD is not supported at the moment");
  if (batch < 0) throw RuntimeError("enter_dual_level: the tangent batch size must be >= 0");
  t_level_id = g_next_level_id.fetch_add(1) + 1;
  t_level_batch = batch;
  return 0;
}

void exit_dual_level() {
  if (detail::Recorder* rec = detail::active_recorder()) {
    detail::traced_call<detail::TensorVec>(rec, "exit_dual_level", {},
                                           [](const detail::TensorVec&) {
                                             exit_dual_level();
                                             return detail::TensorVec{};
                                           });
    return;
  }
  if (t_level_id == 0) throw RuntimeError("Dual level must be a positive number.");
  t_level_id = 0;
  t_level_batch = 0;
}

int64_t level_batch_size() { return t_level_id ? t_level_batch : 0; }

namespace {
thread_local bool t_tolerate_missing_jvp = false;
thread_local bool t_missing_jvp_seen = false;
}  // namespace

MissingJvpGuard::MissingJvpGuard()
    : prev_active_(t_tolerate_missing_jvp), prev_seen_(t_missing_jvp_seen) {
  t_tolerate_missing_jvp = true;
  t_missing_jvp_seen = false;
}

MissingJvpGuard::~MissingJvpGuard() {
  t_tolerate_missing_jvp = prev_active_;
  t_missing_jvp_seen = prev_seen_;
}

bool MissingJvpGuard::seen() const { return t_missing_jvp_seen; }

bool tolerate_missing_jvp() {
  if (t_tolerate_missing_jvp) t_missing_jvp_seen = true;
  return t_tolerate_missing_jvp;
}

bool is_active() { return t_level_id != 0; }

Tensor make_dual(const Tensor& tensor, const Tensor& tangent) {
  CT_TRACE_BATCHED((detail::as_list(make_dual(b.batched_input(0), b.batched_input(1)))), Tensor,
                   "make_dual", (tensor, tangent), make_dual(in[0], in[1]));
  if (t_level_id == 0)
    throw RuntimeError(
        "Trying to create a dual Tensor for forward AD but no level exists, make sure to "
        "enter_dual_level() first.");
  if (!tensor.defined() || !tangent.defined())
    throw TypeError("make_dual(): argument 'tensor' and 'tangent' must be Tensors, not None");
  if (!is_floating_point(tensor.dtype()))
    throw ValueError(std::string("Expected primal to be floating point or complex, but got: ") +
                     "torch." + dtype_name(tensor.dtype()));
  if (!is_floating_point(tangent.dtype()))
    throw ValueError(std::string("Expected tangent to be floating point or complex, but got: ") +
                     "torch." + dtype_name(tangent.dtype()));
  if (tangent.shape() != batched(t_level_batch, tensor.shape()))
    throw RuntimeError(
        "Trying to set a forward gradient that has a different size than that of the original "
        "Tensor, this is not supported. Tensor is of size " +
        list_string(batched(t_level_batch, tensor.shape())) +
        " while the given forward gradient is of size " + list_string(tangent.shape()) + ".");
  if (tangent_at_level(*tensor.impl(), t_level_id).defined())
    throw RuntimeError(
        "Making a dual Tensor based on a Tensor that already has a forward gradient at the same "
        "level 0 is not supported.");
  Tensor dual;
  {
    SuspendForward suspend;  // the alias itself carries no derived tangent
    dual = tensor.view_as(tensor);
  }
  set_tangent(*dual.impl(), t_level_id, tangent.detach());
  return dual;
}

UnpackedDual unpack_dual(const Tensor& tensor) {
  if (detail::Recorder* rec = detail::active_recorder(); rec && tensor.defined()) {
    auto [primal, tangent] = detail::traced_call<detail::TensorPair>(
        rec, "unpack_dual", {tensor},
        [](const detail::TensorVec& in) {
          UnpackedDual u = unpack_dual(in[0]);
          return detail::TensorPair{u.primal, u.tangent};
        },
        nullptr, &detail::kBroadcastingRule);
    return {primal, tangent};
  }
  if (t_level_id == 0 || !tensor.defined()) return {tensor, Tensor()};
  Tensor tangent = tangent_at_level(*tensor.impl(), t_level_id);
  Tensor primal;
  {
    SuspendForward suspend;
    primal = tensor.view_as(tensor);
  }
  return {primal, tangent};
}

}  // namespace forward_ad
}  // namespace ct
