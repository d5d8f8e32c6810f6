// The fused replay of a recording (see plan.h). Grouping is greedy and in
// recorded order: a fusible step joins the open group when its output has
// the group's shape and dtype (a trailing sum of a group value joins and
// closes it), a pure step reading nothing of the group runs before it, and
// anything else closes it. A group reads its leaves (tensors made outside
// it, broadcast to its shape) and writes only the values used after it; the
// rest live in per-block scratch slots, reused as soon as their last reader
// in the group has run.
#include "compile/plan.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <unordered_map>

#include "core/tensor_impl.h"
#include "cotangent/autograd.h"
#include "kernels/cpu/loops.h"

namespace ct::detail {

namespace {

// Elements per block: a few scratch slots of this many stay in L1/L2.
constexpr int64_t kBlock = 1024;

using Info = ElementwiseInfo;

bool is_float(DType d) { return d == DType::Float32 || d == DType::Float64; }

// The float dtype a fused kernel would run `s` in (Float32 or Float64), or
// Bool when `s` cannot be fused. Comparisons, where and casts from or to
// bool mix bool values (0 and 1 in the kernel's dtype) with float ones.
DType kernel_dtype(const Trace::Graph& g, const Trace::Graph::Step& s) {
  constexpr DType no = DType::Bool;
  if (!s.elementwise || s.outputs.size() != 1 || s.outputs[0] < 0) return no;
  const Info& e = *s.elementwise;
  const auto& out = g.values[static_cast<size_t>(s.outputs[0])];
  if (out.shape.numel() == 0) return no;
  std::vector<DType> in;
  for (int64_t i : s.inputs) {
    if (i < 0) return no;
    in.push_back(g.values[static_cast<size_t>(i)].dtype);
  }
  auto all = [&](size_t from, DType d) {
    for (size_t i = from; i < in.size(); ++i)
      if (in[i] != d) return false;
    return true;
  };
  if (e.is_comparison())  // float operands, bool result
    return out.dtype == DType::Bool && !in.empty() && is_float(in[0]) && all(0, in[0]) ? in[0] : no;
  if (e.kind == Info::Kind::Cast) {
    if (in.size() != 1) return no;
    if (is_float(out.dtype) && in[0] == DType::Bool) return out.dtype;
    if (out.dtype == DType::Bool && is_float(in[0])) return in[0];
    return no;
  }
  if (!is_float(out.dtype)) return no;
  if (e.kind == Info::Kind::Where)
    return in.size() >= 2 && in[0] == DType::Bool && all(1, out.dtype) ? out.dtype : no;
  if (!all(0, out.dtype)) return no;
  if (e.kind == Info::Kind::Unary)
    return (out.dtype == DType::Float32 ? e.block_f32 != nullptr : e.block_f64 != nullptr)
               ? out.dtype
               : no;
  return out.dtype;
}

// A comparison, 1 or 0 in T: of a[i] with b[i], or with s where b is null.
template <class T>
void compare_block(Info::Op op, const T* a, const T* b, T s, T* out, int64_t n) {
  auto run = [&](auto cmp) {
    if (b)
      for (int64_t i = 0; i < n; ++i) out[i] = cmp(a[i], b[i]) ? T(1) : T(0);
    else
      for (int64_t i = 0; i < n; ++i) out[i] = cmp(a[i], s) ? T(1) : T(0);
  };
  switch (op) {
    case Info::Op::Lt:
      return run([](T x, T y) { return x < y; });
    case Info::Op::Le:
      return run([](T x, T y) { return x <= y; });
    case Info::Op::Gt:
      return run([](T x, T y) { return x > y; });
    case Info::Op::Ge:
      return run([](T x, T y) { return x >= y; });
    case Info::Op::Eq:
      return run([](T x, T y) { return x == y; });
    default:
      return run([](T x, T y) { return x != y; });
  }
}

template <class T>
void binary_block(const Info& e, const T* a, const T* b, T* out, int64_t n) {
  switch (e.op) {
    case Info::Op::Add:
      if (e.alpha == 1)
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] + b[i];
      else
        for (int64_t i = 0; i < n; ++i) out[i] = static_cast<T>(a[i] + e.alpha * b[i]);
      break;
    case Info::Op::Sub:  // as the eager kernel: x - alpha*y in double, rounded once
      for (int64_t i = 0; i < n; ++i) out[i] = static_cast<T>(a[i] - e.alpha * b[i]);
      break;
    case Info::Op::Mul:
      for (int64_t i = 0; i < n; ++i) out[i] = a[i] * b[i];
      break;
    case Info::Op::Div:
      for (int64_t i = 0; i < n; ++i) out[i] = a[i] / b[i];
      break;
    case Info::Op::Pow:  // as the eager kernel: std::pow in the dtype
      for (int64_t i = 0; i < n; ++i) out[i] = std::pow(a[i], b[i]);
      break;
    default:
      compare_block<T>(e.op, a, b, T(0), out, n);
  }
}

template <class T>
void scalar_block(const Info& e, const T* a, T* out, int64_t n) {
  const T s = static_cast<T>(e.scalar);
  switch (e.op) {
    case Info::Op::Add:
      for (int64_t i = 0; i < n; ++i) out[i] = a[i] + s;
      break;
    case Info::Op::Sub:
      if (e.scalar_first)
        for (int64_t i = 0; i < n; ++i) out[i] = s - a[i];
      else
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] - s;
      break;
    case Info::Op::Mul:
      for (int64_t i = 0; i < n; ++i) out[i] = a[i] * s;
      break;
    case Info::Op::Div:
      if (e.scalar_first)
        for (int64_t i = 0; i < n; ++i) out[i] = s / a[i];
      else
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] / s;
      break;
    case Info::Op::Pow:  // the eager kernel's special exponents, then std::pow
      if (e.scalar == 2)
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] * a[i];
      else if (e.scalar == 3)
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] * a[i] * a[i];
      else if (e.scalar == 1)
        for (int64_t i = 0; i < n; ++i) out[i] = a[i];
      else if (e.scalar == -1)
        for (int64_t i = 0; i < n; ++i) out[i] = T(1) / a[i];
      else if (e.scalar == 0.5)
        for (int64_t i = 0; i < n; ++i) out[i] = std::sqrt(a[i]);
      else if (e.scalar == -0.5)
        for (int64_t i = 0; i < n; ++i) out[i] = T(1) / std::sqrt(a[i]);
      else if (e.scalar == -2)
        for (int64_t i = 0; i < n; ++i) out[i] = T(1) / (a[i] * a[i]);
      else
        for (int64_t i = 0; i < n; ++i) out[i] = std::pow(a[i], s);
      break;
    default:
      compare_block<T>(e.op, a, nullptr, s, out, n);
  }
}

// Elements [begin, begin + n) of `base` seen with `strides` over `shape`
// (a broadcast or strided leaf), copied into dst a run of the last dim at a
// time (a fill for a broadcast dim, a copy for a contiguous one).
template <class S, class T>
void gather_block(const S* base, const Shape& shape, const Shape& strides, int64_t begin, int64_t n,
                  T* dst) {
  const size_t nd = shape.size();
  if (nd == 0) {
    std::fill(dst, dst + n, static_cast<T>(base[0]));
    return;
  }
  int64_t idx[16];
  int64_t offset = 0, rest = begin;
  for (size_t d = nd; d-- > 0;) {
    idx[d] = rest % shape[d];
    rest /= shape[d];
    offset += idx[d] * strides[d];
  }
  const size_t last = nd - 1;
  const int64_t inner = shape[last], step = strides[last];
  for (int64_t i = 0; i < n;) {
    const int64_t run = std::min(n - i, inner - idx[last]);
    // (short runs, as a broadcast over a small last dim gives, in plain
    // loops: a library call per run would cost more than the run)
    if (step == 0) {
      const T v = static_cast<T>(base[offset]);
      for (int64_t k = 0; k < run; ++k) dst[i + k] = v;
    } else if (step == 1 && run >= 64) {
      std::copy(base + offset, base + offset + run, dst + i);
    } else if (step == 1) {
      for (int64_t k = 0; k < run; ++k) dst[i + k] = static_cast<T>(base[offset + k]);
    } else {
      for (int64_t k = 0; k < run; ++k) dst[i + k] = static_cast<T>(base[offset + k * step]);
    }
    i += run;
    idx[last] += run;
    offset += run * step;
    if (idx[last] < inner) continue;
    offset -= inner * step;  // wrap the last dim and carry into the ones before it
    idx[last] = 0;
    for (size_t d = last; d-- > 0;) {
      if (++idx[d] < shape[d]) {
        offset += strides[d];
        break;
      }
      offset -= (shape[d] - 1) * strides[d];
      idx[d] = 0;
    }
  }
}

// Per-thread scratch, kept between calls (no allocation per replay once warm).
template <class T>
T* scratch(size_t elements) {
  thread_local std::vector<T> buffer;
  if (buffer.size() < elements) buffer.resize(elements);
  return buffer.data();
}

}  // namespace

namespace {
// In-place ops on autograd's flags only (no version bump, so recorded as
// pure): on a value the function did not make, the caller sees their effect.
bool flags_only(const Trace::Graph::Step& s) {
  return std::string(s.op) == "requires_grad_" || std::string(s.op) == "detach_";
}
}  // namespace

Plan::Plan(Trace trace) : trace_(std::move(trace)), graph_(trace_.graph()) {
  // The steps folded below run as a replay would run them: nothing
  // recorded, no graph (ct::compile plans no replay inside a dual level).
  RecorderScope not_recorded(nullptr);
  NoGradGuard no_grad;
  const Trace::Graph& g = *graph_;
  // values made by steps (not inputs or constants)
  std::vector<char> made(static_cast<size_t>(g.num_values), 0);
  for (const auto& s : g.steps)
    for (int64_t out : s.outputs)
      if (out >= 0) made[static_cast<size_t>(out)] = 1;
  auto effect_outside = [&](const Trace::Graph::Step& s) {
    return flags_only(s) && !s.inputs.empty() &&
           (s.inputs[0] < 0 || !made[static_cast<size_t>(s.inputs[0])]);
  };
  // Dead code: a pure step (no write into an input, no random draw) whose
  // values nothing live reads is dropped (the forward pass of a compiled
  // vjp that returns only the vjp, for one).
  std::vector<char> live(static_cast<size_t>(g.num_values), 0), dead(g.steps.size(), 0);
  for (int64_t out : g.outputs) live[static_cast<size_t>(out)] = 1;
  for (size_t k = g.steps.size(); k-- > 0;) {
    const auto& s = g.steps[k];
    bool read = s.outputs.empty() || effect_outside(s);  // (kept for its effect)
    for (int64_t out : s.outputs) read |= out >= 0 && live[static_cast<size_t>(out)];
    if (s.pure && !read) {
      dead[k] = 1;
      continue;
    }
    for (int64_t in : s.inputs)
      if (in >= 0) live[static_cast<size_t>(in)] = 1;
  }
  bool folded_fresh = false;
  // Aliases: detach and requires_grad_ only change autograd's view of a
  // value, and a plan runs without autograd (the backward a transform
  // recorded is in the steps), so their outputs are their inputs, unless
  // returned (the caller may set requires_grad on what it gets).
  std::vector<char> returned(static_cast<size_t>(g.num_values), 0), skip;
  for (int64_t out : g.outputs) returned[static_cast<size_t>(out)] = 1;
  std::vector<int64_t> canon(static_cast<size_t>(g.num_values));
  auto canonical = [&](int64_t v) { return v < 0 ? v : canon[static_cast<size_t>(v)]; };
  // Folding: a pure view (its outputs share an input's storage) of
  // constants is the same tensor at every replay: made once, here. So is a
  // tensor made from no values (a factory, or ones_like and its kin, which
  // read only shapes) when nothing can write into it: no step of the plan
  // writes into its inputs, and no returned value is a view of it (else the
  // plan is made again without such folding).
  bool shareable = true;
  for (size_t k = 0; k < g.steps.size(); ++k) shareable &= dead[k] || g.steps[k].pure;
  for (const bool fold_fresh : {true, false}) {
    if (!fold_fresh && !folded_fresh) break;
    skip.assign(g.steps.size(), 0);
    folded_.clear();
    folded_fresh = false;
    for (int64_t v = 0; v < g.num_values; ++v) canon[static_cast<size_t>(v)] = v;
    std::vector<Tensor> known(static_cast<size_t>(g.num_values));
    std::vector<char> from_fresh(static_cast<size_t>(g.num_values), 0);  // may alias a fresh fold
    // (by the first value read, so that a long recording is not searched
    // whole for each step)
    std::unordered_map<int64_t,
                       std::vector<std::pair<const Trace::Graph::Step*, std::vector<int64_t>>>>
        computed;
    for (const auto& [id, value] : g.constants) known[static_cast<size_t>(id)] = value;
    for (size_t k = 0; k < g.steps.size(); ++k) {
      const auto& s = g.steps[k];
      if (dead[k]) continue;
      if (s.view)
        for (int64_t in : s.inputs)
          if (in >= 0 && from_fresh[static_cast<size_t>(canonical(in))])
            for (int64_t out : s.outputs)
              if (out >= 0) from_fresh[static_cast<size_t>(out)] = 1;
      bool any_returned = false;
      for (int64_t out : s.outputs) any_returned |= out >= 0 && returned[static_cast<size_t>(out)];
      if (any_returned) continue;
      const std::string op = s.op;
      if ((op == "detach" || op == "requires_grad_") && s.inputs.size() == 1 &&
          s.outputs.size() == 1 && s.inputs[0] >= 0 && s.outputs[0] >= 0 && !effect_outside(s)) {
        canon[static_cast<size_t>(s.outputs[0])] = canonical(s.inputs[0]);
        skip[k] = 1;
        continue;
      }
      // Repeated subexpressions: an elementwise step (or sum) computing
      // what an earlier one computed from the same values is that value
      // (when no step writes into its inputs, so the values stay the same).
      if (shareable && s.pure && s.elementwise && s.outputs.size() == 1 && s.outputs[0] >= 0) {
        std::vector<int64_t> ins;
        for (int64_t in : s.inputs) ins.push_back(canonical(in));
        const auto& e = *s.elementwise;
        const auto& info = g.values[static_cast<size_t>(s.outputs[0])];
        const Trace::Graph::Step* same = nullptr;
        auto& candidates = computed[ins.empty() ? -1 : ins[0]];
        for (const auto& [earlier, earlier_ins] : candidates) {
          const auto& f = *earlier->elementwise;
          const auto& finfo = g.values[static_cast<size_t>(earlier->outputs[0])];
          if (earlier_ins == ins && f == e && finfo.shape == info.shape &&
              finfo.dtype == info.dtype) {
            same = earlier;
            break;
          }
        }
        if (same) {
          canon[static_cast<size_t>(s.outputs[0])] = canonical(same->outputs[0]);
          skip[k] = 1;
          continue;
        }
        candidates.emplace_back(&s, std::move(ins));
      }
      const bool shape_only =
          op == "ones_like" || op == "zeros_like" || op == "full_like" || op == "empty_like";
      bool constant_inputs = s.pure && s.view;
      for (int64_t in : s.inputs)
        constant_inputs &= in < 0 || known[static_cast<size_t>(canonical(in))].defined();
      const bool fresh = fold_fresh && s.pure && shareable && !s.outputs.empty() &&
                         (s.inputs.empty() || shape_only);
      if (!constant_inputs && !fresh) continue;
      TensorVec args;
      for (int64_t in : s.inputs) {
        if (in < 0) {
          args.push_back(Tensor());
        } else if (known[static_cast<size_t>(canonical(in))].defined()) {
          args.push_back(known[static_cast<size_t>(canonical(in))]);
        } else {  // (shape_only) a stand-in of the recorded shape and dtype
          const auto& info = g.values[static_cast<size_t>(in)];
          args.push_back(zeros(info.shape, info.dtype));
        }
      }
      TensorVec out = s.call(args);
      for (size_t i = 0; i < s.outputs.size() && i < out.size(); ++i)
        if (s.outputs[i] >= 0) {
          known[static_cast<size_t>(s.outputs[i])] = out[i];
          folded_.emplace_back(s.outputs[i], out[i]);
          if (!constant_inputs) {
            from_fresh[static_cast<size_t>(s.outputs[i])] = 1;
            folded_fresh = true;
          }
        }
      skip[k] = 1;
    }
    bool escapes = false;
    for (int64_t out : g.outputs) escapes |= from_fresh[static_cast<size_t>(canonical(out))] != 0;
    if (!escapes) break;
  }
  in_.resize(g.steps.size());
  for (size_t k = 0; k < g.steps.size(); ++k)
    for (int64_t in : g.steps[k].inputs) in_[k].push_back(canonical(in));
  for (size_t k = 0; k < g.steps.size(); ++k) dead[k] |= skip[k];
  // Dead code again: what only folded steps read (a sum whose ones_like
  // was folded) is dead now.
  std::fill(live.begin(), live.end(), 0);
  for (int64_t out : g.outputs) live[static_cast<size_t>(out)] = 1;
  for (size_t k = g.steps.size(); k-- > 0;) {
    if (dead[k]) continue;
    const auto& s = g.steps[k];
    bool read = s.outputs.empty() || effect_outside(s);
    for (int64_t out : s.outputs) read |= out >= 0 && live[static_cast<size_t>(out)];
    if (s.pure && !read) {
      dead[k] = 1;
      continue;
    }
    for (int64_t in : in_[k])
      if (in >= 0) live[static_cast<size_t>(in)] = 1;
  }

  std::vector<int> group_of(static_cast<size_t>(g.num_values), -1);
  int open = -1;
  size_t open_at = 0;  // the open group's place in program_
  for (size_t k = 0; k < g.steps.size(); ++k) {
    const auto& s = g.steps[k];
    if (dead[k]) continue;
    const DType kd = kernel_dtype(g, s);
    bool fuse = kd != DType::Bool;
    const bool is_sum = fuse && s.elementwise->kind == Info::Kind::Sum;
    if (is_sum) {  // a sum closes the open group when the group made its operand
      const int64_t in = in_[k][0];
      fuse = open >= 0 && group_of[static_cast<size_t>(in)] == open &&
             groups_[static_cast<size_t>(open)].shape == g.values[static_cast<size_t>(in)].shape &&
             groups_[static_cast<size_t>(open)].dtype == kd;
    }
    if (!fuse) {
      // A pure step that reads nothing of the open group runs before it
      // (a view of a captured cotangent, say), leaving the group open.
      bool reads_group = false;
      for (int64_t in : in_[k]) reads_group |= in >= 0 && open >= 0 && group_of[in] == open;
      if (open >= 0 && s.pure && !reads_group) {
        program_.insert(program_.begin() + static_cast<std::ptrdiff_t>(open_at), {false, k});
        ++open_at;
        continue;
      }
      open = -1;
      program_.push_back({false, k});
      continue;
    }
    const auto& out = g.values[static_cast<size_t>(s.outputs[0])];
    if (!is_sum && (open < 0 || groups_[static_cast<size_t>(open)].shape != out.shape ||
                    groups_[static_cast<size_t>(open)].dtype != kd)) {
      open = static_cast<int>(groups_.size());
      groups_.push_back(Group{out.shape, kd, {}, {}, {}, {}, 0});
      open_at = program_.size();
      program_.push_back({true, static_cast<size_t>(open)});
    }
    groups_[static_cast<size_t>(open)].steps.push_back(k);
    group_of[static_cast<size_t>(s.outputs[0])] = open;
    if (is_sum) {
      Group& grp = groups_[static_cast<size_t>(open)];
      grp.reduce_at = static_cast<int>(grp.steps.size()) - 1;
      open = -1;
    }
  }
  // values read after their group: by later steps, or returned
  std::vector<char> used_outside(static_cast<size_t>(g.num_values), 0);
  for (size_t k = 0; k < g.steps.size(); ++k)
    for (int64_t in : dead[k] ? std::vector<int64_t>{} : in_[k]) {
      if (in < 0 || group_of[static_cast<size_t>(in)] < 0) continue;
      const Group& owner = groups_[static_cast<size_t>(group_of[static_cast<size_t>(in)])];
      if (!std::binary_search(owner.steps.begin(), owner.steps.end(), k))
        used_outside[static_cast<size_t>(in)] = 1;
    }
  for (int64_t out : g.outputs) used_outside[static_cast<size_t>(out)] = 1;

  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    Group& grp = groups_[gi];
    std::unordered_map<int64_t, size_t> last_read;
    for (size_t p = 0; p < grp.steps.size(); ++p)
      for (int64_t in : in_[grp.steps[p]]) {
        if (group_of[static_cast<size_t>(in)] == static_cast<int>(gi))
          last_read[in] = p;
        else if (std::find(grp.leaves.begin(), grp.leaves.end(), in) == grp.leaves.end())
          grp.leaves.push_back(in);
      }
    std::vector<int> free_slots;
    std::unordered_map<int64_t, int> slot_of;
    for (size_t p = 0; p < grp.steps.size(); ++p) {
      const auto& s = g.steps[grp.steps[p]];
      for (int64_t in : in_[grp.steps[p]]) {  // inputs read for the last time free their slot
        auto it = slot_of.find(in);
        if (it != slot_of.end() && last_read[in] == p) {
          free_slots.push_back(it->second);
          slot_of.erase(it);
        }
      }
      const int64_t out = s.outputs[0];
      if (used_outside[static_cast<size_t>(out)] || static_cast<int>(p) == grp.reduce_at) {
        grp.outputs.push_back(out);
        grp.slot.push_back(-1);
        continue;
      }
      int slot;
      if (free_slots.empty()) {
        slot = grp.num_slots++;
      } else {
        slot = free_slots.back();
        free_slots.pop_back();
      }
      grp.slot.push_back(slot);
      if (last_read.count(out))
        slot_of[out] = slot;
      else
        free_slots.push_back(slot);  // never read: its slot is free again at once
    }
    std::unordered_map<int64_t, int> local;
    for (size_t i = 0; i < grp.leaves.size(); ++i) local[grp.leaves[i]] = static_cast<int>(i);
    for (size_t p = 0; p < grp.steps.size(); ++p) {
      const auto& s = g.steps[grp.steps[p]];
      const auto& in = in_[grp.steps[p]];
      grp.ops.push_back({&*s.elementwise, local.at(in[0]), in.size() > 1 ? local.at(in[1]) : -1,
                         in.size() > 2 ? local.at(in[2]) : -1,
                         g.values[static_cast<size_t>(s.outputs[0])].dtype == DType::Bool});
      local[s.outputs[0]] = static_cast<int>(grp.leaves.size() + p);
    }
  }
  plan_releases();
}

void Plan::plan_releases() {
  const Trace::Graph& g = *graph_;
  // the instruction after which each value is read no more (-1: never read)
  std::vector<int64_t> last(static_cast<size_t>(g.num_values), -1);
  for (size_t i = 0; i < program_.size(); ++i) {
    const Instruction& ins = program_[i];
    const auto& reads = ins.fused ? groups_[ins.index].leaves : in_[ins.index];
    for (int64_t id : reads)
      if (id >= 0) last[static_cast<size_t>(id)] = static_cast<int64_t>(i);
    const auto& made =
        ins.fused ? groups_[ins.index].outputs : g.steps[ins.index].outputs;  // (unread: let go)
    for (int64_t id : made)
      if (id >= 0 && last[static_cast<size_t>(id)] < 0)
        last[static_cast<size_t>(id)] = static_cast<int64_t>(i);
  }
  for (int64_t id : g.outputs) last[static_cast<size_t>(id)] = -1;  // returned: kept
  release_.assign(program_.size() + 1, {});
  for (int64_t v = 0; v < g.num_values; ++v)
    if (last[static_cast<size_t>(v)] >= 0)
      release_[static_cast<size_t>(last[static_cast<size_t>(v)]) + 1].push_back(v);
}

bool constants_need_grad(const Trace& recorded) {
  if (!is_grad_enabled()) return false;
  for (const auto& [id, value] : recorded.graph()->constants)
    if (value.requires_grad()) return true;
  return false;
}

bool Plan::constants_need_grad() const { return detail::constants_need_grad(trace_); }

size_t Plan::num_fused_ops() const {
  size_t n = 0;
  for (const Group& g : groups_) n += g.steps.size();
  return n;
}

std::vector<Tensor> Plan::run(const std::vector<Tensor>& inputs) const {
  const Trace::Graph& g = *graph_;
  // The value table and argument list are kept per thread (no allocation
  // per replay once warm); a replay inside a replay, were a step ever to
  // make one, gets its own.
  thread_local int depth = 0;
  thread_local std::vector<Tensor> thread_values;
  thread_local TensorVec thread_args;
  std::vector<Tensor> own_values;
  TensorVec own_args;
  std::vector<Tensor>& values = depth == 0 ? thread_values : own_values;
  TensorVec& args = depth == 0 ? thread_args : own_args;
  // The buffers of the steps come from an arena planned by the first replay
  // (a replay inside a replay uses the allocator); the arena's scope closes
  // after the values are let go.
  struct Lease {
    const Plan& plan;
    uint64_t layout;
    std::unique_ptr<ReplayArena> arena;
    ~Lease() {
      if (!arena) return;
      if (arena->useless()) {
        plan.no_arena_.store(true, std::memory_order_relaxed);
        return;
      }
      std::lock_guard<std::mutex> lock(plan.arenas_mutex_);
      if (plan.arenas_.size() >= 16) plan.arenas_.erase(plan.arenas_.begin());  // (the oldest)
      plan.arenas_.emplace_back(layout, std::move(arena));
    }
  } lease{*this, 0, nullptr};
  if (depth == 0 && !no_arena_.load(std::memory_order_relaxed)) {
    uint64_t layout = 1469598103934665603ull;  // FNV-1a over the inputs' strides
    for (const Tensor& t : inputs)
      for (int64_t s : t.strides()) layout = (layout ^ static_cast<uint64_t>(s)) * 1099511628211ull;
    lease.layout = layout;
    std::lock_guard<std::mutex> lock(arenas_mutex_);
    for (size_t i = arenas_.size(); i-- > 0;)
      if (arenas_[i].first == layout) {
        lease.arena = std::move(arenas_[i].second);
        arenas_.erase(arenas_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    if (!lease.arena) lease.arena = std::make_unique<ReplayArena>();
  }
  ArenaScope planned_buffers(lease.arena.get());
  struct Nesting {  // (and lets go of every value, also when a step throws)
    int& depth;
    std::vector<Tensor>& values;
    TensorVec& args;
    ~Nesting() {
      --depth;
      values.clear();
      args.clear();
    }
  } nesting{++depth, values, args};
  g.set_initial_values(inputs, values);
  for (const auto& [id, value] : folded_) values[static_cast<size_t>(id)] = value;
  for (size_t i = 0; i < program_.size(); ++i) {
    const Instruction& ins = program_[i];
    // values read for the last time by an earlier instruction are let go,
    // so their buffers go back to the allocator for the steps after
    for (int64_t id : release_[i]) values[static_cast<size_t>(id)] = Tensor();
    if (ins.fused) {
      run_group(groups_[ins.index], values);
      continue;
    }
    g.run_step(g.steps[ins.index], in_[ins.index], values, args);
  }
  return g.results(values);
}

namespace {

template <class T>
void run_group_typed(const Trace::Graph& g, const Plan::Group& grp, std::vector<Tensor>& values) {
  const Shape& shape = grp.shape;
  const int64_t total = shape.numel();
  const size_t L = grp.leaves.size(), S = grp.steps.size();
  struct Leaf {
    const T* base;
    const bool* bools;     // a bool leaf (else null): converted as gathered
    bool direct;           // contiguous with the group's shape: read in place
    Shape shape, strides;  // else: how to walk it (adjacent dims merged)
  };
  // (kept per thread: a tiny kernel should not pay for two allocations; a
  // group never runs inside another on one thread. Bound to references: in
  // the parallel region below a thread_local's name is the worker's own.)
  thread_local std::vector<Leaf> thread_leaves;
  std::vector<Leaf>& leaves = thread_leaves;
  leaves.assign(L, Leaf{});
  for (size_t i = 0; i < L; ++i) {
    const Tensor& t = values[static_cast<size_t>(grp.leaves[i])];
    const bool is_bool = t.dtype() == DType::Bool;
    leaves[i].base = is_bool ? nullptr : static_cast<const T*>(t.raw_data_ptr());
    leaves[i].bools = is_bool ? static_cast<const bool*>(t.raw_data_ptr()) : nullptr;
    leaves[i].direct = !is_bool && t.shape() == shape && t.is_contiguous();
    if (!leaves[i].direct) {
      const Shape st = kernels::broadcast_strides(t, shape);
      // Merge a dim into the one before it when they walk as one (a
      // broadcast over the leading dims of a row-contiguous leaf becomes
      // long runs instead of one per last-dim row).
      Shape& sh = leaves[i].shape;
      Shape& ss = leaves[i].strides;
      for (size_t d = 0; d < shape.size(); ++d) {
        if (shape[d] == 1) continue;  // (any stride: never stepped)
        if (!sh.empty() && ss.back() == st[d] * shape[d]) {
          sh[sh.size() - 1] *= shape[d];
          ss[ss.size() - 1] = st[d];
        } else {
          sh.push_back(shape[d]);
          ss.push_back(st[d]);
        }
      }
    }
  }
  // Materialised outputs: written in place, or (bool ones) computed in a
  // scratch block of their own and converted.
  thread_local std::vector<T*> thread_out_base;
  thread_local std::vector<bool*> thread_bool_base;
  thread_local std::vector<size_t> thread_bool_block;
  std::vector<T*>& out_base = thread_out_base;
  std::vector<bool*>& bool_base = thread_bool_base;
  std::vector<size_t>& bool_block = thread_bool_block;
  out_base.assign(S, nullptr);
  bool_base.assign(S, nullptr);
  bool_block.assign(S, 0);
  size_t slots = static_cast<size_t>(grp.num_slots) + L;  // + one per gathered leaf
  for (size_t p = 0; p < S; ++p)
    if (grp.slot[p] < 0) {
      const int64_t id = g.steps[grp.steps[p]].outputs[0];
      const auto& info = g.values[static_cast<size_t>(id)];
      const Shape& out_shape = static_cast<int>(p) == grp.reduce_at ? info.shape : shape;
      Tensor t = make_empty(out_shape, info.dtype);
      if (info.dtype == DType::Bool) {
        bool_base[p] = static_cast<bool*>(t.raw_data_ptr());
        bool_block[p] = slots++;
      } else {
        out_base[p] = static_cast<T*>(t.raw_data_ptr());
      }
      values[static_cast<size_t>(id)] = std::move(t);
    }
  // Elements [begin, end) in blocks; a closing sum adds each block's part of
  // a row into acc (rows from begin / inner on).
  int64_t inner = 1;
  if (grp.reduce_at >= 0) {
    const int64_t reduced = grp.ops[static_cast<size_t>(grp.reduce_at)].e->reduced;
    for (size_t d = shape.size() - static_cast<size_t>(reduced); d < shape.size(); ++d)
      inner *= shape[d];
  }
  auto run_range = [&](int64_t begin, int64_t end, double* acc) {
    T* buf = scratch<T>(slots * static_cast<size_t>(kBlock));
    thread_local std::vector<T*> ptr_storage;
    if (ptr_storage.size() < L + S) ptr_storage.resize(L + S);
    T** ptr = ptr_storage.data();
    const int64_t row0 = begin / inner;
    for (int64_t b = begin; b < end; b += kBlock) {
      const int64_t n = std::min(kBlock, end - b);
      for (size_t i = 0; i < L; ++i) {
        const Leaf& leaf = leaves[i];
        if (leaf.direct) {
          ptr[i] = const_cast<T*>(leaf.base) + b;
        } else {
          ptr[i] = buf + (static_cast<size_t>(grp.num_slots) + i) * kBlock;
          if (leaf.bools)
            gather_block(leaf.bools, leaf.shape, leaf.strides, b, n, ptr[i]);
          else
            gather_block(leaf.base, leaf.shape, leaf.strides, b, n, ptr[i]);
        }
      }
      for (size_t p = 0; p < S; ++p) {
        const Plan::Group::Op& op = grp.ops[p];
        T* out = grp.slot[p] >= 0 ? buf + static_cast<size_t>(grp.slot[p]) * kBlock
                 : bool_base[p]   ? buf + bool_block[p] * kBlock
                                  : out_base[p] + b;
        ptr[L + p] = out;
        const T* a = ptr[op.a];
        const Info& e = *op.e;
        switch (e.kind) {
          case Info::Kind::Unary:
            if constexpr (std::is_same_v<T, float>)
              e.block_f32(a, out, n);
            else
              e.block_f64(a, out, n);
            break;
          case Info::Kind::Binary:
            binary_block(e, a, ptr[op.b], out, n);
            break;
          case Info::Kind::Scalar:
            scalar_block(e, a, out, n);
            break;
          case Info::Kind::Where: {
            const T s = static_cast<T>(e.scalar);
            const T* x = ptr[op.b];
            if (op.c >= 0)
              for (int64_t i = 0; i < n; ++i) out[i] = a[i] != T(0) ? x[i] : ptr[op.c][i];
            else if (e.scalar_first)
              for (int64_t i = 0; i < n; ++i) out[i] = a[i] != T(0) ? s : x[i];
            else
              for (int64_t i = 0; i < n; ++i) out[i] = a[i] != T(0) ? x[i] : s;
            break;
          }
          case Info::Kind::Cast:  // (a bool is 0 or 1 already)
            if (op.bool_out)
              for (int64_t i = 0; i < n; ++i) out[i] = a[i] != T(0) ? T(1) : T(0);
            else
              std::copy(a, a + n, out);
            break;
          case Info::Kind::Sum:
            for (int64_t pos = b; pos < b + n;) {
              const int64_t row = pos / inner;
              const int64_t stop = std::min(b + n, (row + 1) * inner);
              double part = 0;
              for (int64_t i = pos; i < stop; ++i) part += static_cast<double>(a[i - b]);
              acc[row - row0] += part;
              pos = stop;
            }
            break;
        }
        if (bool* dst = bool_base[p])
          for (int64_t i = 0; i < n; ++i) dst[b + i] = out[i] != T(0);
      }
    }
  };
  if (grp.reduce_at < 0) {
    kernels::parallel_for(total, kernels::kParallelGrain,
                          [&](int64_t begin, int64_t end) { run_range(begin, end, nullptr); });
    return;
  }
  // whole rows per task, so that no two tasks add into one row
  T* sums = out_base[static_cast<size_t>(grp.reduce_at)];
  kernels::parallel_for(total / inner, std::max<int64_t>(1, kernels::kParallelGrain / inner),
                        [&](int64_t r0, int64_t r1) {
                          thread_local std::vector<double> acc;
                          acc.assign(static_cast<size_t>(r1 - r0), 0.0);
                          run_range(r0 * inner, r1 * inner, acc.data());
                          for (int64_t r = r0; r < r1; ++r)
                            sums[r] = static_cast<T>(acc[static_cast<size_t>(r - r0)]);
                        });
}

}  // namespace

void Plan::run_group(const Group& grp, std::vector<Tensor>& values) const {
  if (grp.dtype == DType::Float32)
    run_group_typed<float>(*graph_, grp, values);
  else
    run_group_typed<double>(*graph_, grp, values);
}

std::string Plan::to_dot() const {
  const Trace::Graph& g = *graph_;
  std::ostringstream os;
  std::unordered_map<int64_t, std::string> maker;
  dot_begin(os, g, "compiled", maker);
  for (size_t i = 0; i < folded_.size(); ++i) {  // views of constants, made at planning
    maker[folded_[i].first] = "f" + std::to_string(i);
    os << "  f" << i
       << " [shape=box, style=filled, fillcolor=lightgrey, label=\"view of constants\\n"
       << ct::to_string(folded_[i].second.shape()) << "\"];\n";
  }
  for (const Instruction& ins : program_) {
    if (!ins.fused) {
      const auto& s = g.steps[ins.index];
      const std::string node = "op" + std::to_string(ins.index);
      os << "  " << node << " [label=\"" << s.op << "\"];\n";
      dot_edges(os, node, in_[ins.index], maker);
      for (int64_t id : s.outputs)
        if (id >= 0) maker[id] = node;
      continue;
    }
    const Group& grp = groups_[ins.index];
    os << "  subgraph cluster_fused" << ins.index << " {\n    label=\"fused kernel " << ins.index
       << ": " << grp.steps.size() << " ops, " << ct::to_string(grp.shape) << " "
       << dtype_name(grp.dtype) << "\";\n    style=filled; fillcolor=lightyellow;\n";
    for (size_t k : grp.steps) os << "    op" << k << " [label=\"" << g.steps[k].op << "\"];\n";
    os << "  }\n";
    for (size_t k : grp.steps) {
      const std::string node = "op" + std::to_string(k);
      dot_edges(os, node, in_[k], maker);
      maker[g.steps[k].outputs[0]] = node;
    }
  }
  dot_end(os, g, maker);
  return os.str();
}

}  // namespace ct::detail
