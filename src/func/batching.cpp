// The batching interpreter: how an op runs when vmap batches one of its
// inputs. Order of rules: the op's own (CT_TRACE_BATCHED, at its
// definition), then the elementwise rule (ops that a fused kernel can run,
// and in-place arithmetic), then a loop over the examples with a one-time
// warning naming the op (functorch's fallback).
#include "func/batching.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <set>

#include "autograd/node.h"
#include "cotangent/error.h"
#include "cotangent/op_table.h"
#include "cotangent/ops.h"

namespace ct {

using detail::TensorVec;

int64_t detail::BatchedArgs::dim(int64_t d, size_t i) const {
  return wrap_dim(d, ranks.at(i)) + (batched.at(i) ? 1 : 0);
}

Shape detail::BatchedArgs::dims(const Shape& ds, size_t i) const {
  Shape out;
  for (int64_t d : ds) out.push_back(dim(d, i));
  return out;
}

Shape detail::BatchedArgs::dims_or_all(const Shape& ds, size_t i) const {
  if (!ds.empty()) return dims(ds, i);
  Shape all;
  for (int64_t d = 0; d < ranks.at(i); ++d) all.push_back(d + (batched.at(i) ? 1 : 0));
  return all;
}

TensorVec detail::BatchedArgs::aligned() const {
  int64_t rank = 0;
  for (size_t i = 0; i < in.size(); ++i)
    if (in[i].defined()) rank = std::max(rank, ranks[i]);
  TensorVec out = in;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!batched[i]) continue;
    for (int64_t k = ranks[i]; k < rank; ++k) out[i] = out[i].unsqueeze(1);
  }
  return out;
}

Tensor detail::BatchedArgs::batched_input(size_t i) const {
  const Tensor& t = in.at(i);
  if (batched.at(i) || !t.defined()) return t;
  Shape shape{size};
  for (int64_t s : t.shape()) shape.push_back(s);
  return t.unsqueeze(0).expand(shape);
}

namespace func {

namespace {
std::atomic<uint64_t> g_fallback_calls{0};
// While batching_rule_of watches: how each batched primitive was run.
thread_local std::vector<std::pair<std::string, std::string>>* t_paths = nullptr;
void note_path(const char* op, const char* path) {
  if (t_paths) t_paths->emplace_back(op, path);
}
}  // namespace

uint64_t fallback_calls() { return g_fallback_calls.load(); }

bool is_batched(const Tensor& t) { return t.defined() && t.impl()->batch != nullptr; }

Randomness parse_randomness(const std::string& name) {
  if (name == "error") return Randomness::Error;
  if (name == "different") return Randomness::Different;
  if (name == "same") return Randomness::Same;
  throw RuntimeError(
      "Only allowed values for randomness are 'error', 'different', or 'same'. Got " + name);
}

namespace detail {

namespace {
thread_local std::vector<VmapLevel> t_levels;

bool is_random_op(const char* op) {
  static const std::set<std::string> names = [] {
    std::set<std::string> s;
    for (const OpInfo& info : op_table())
      if (info.random && info.op_name().rfind("empty", 0) != 0) s.insert(info.op_name());
    for (const char* extra : {"bernoulli", "normal_", "uniform_", "rand", "randn", "randint",
                              "randperm", "multinomial", "dropout"})
      s.insert(extra);
    return s;
  }();
  return names.count(op) != 0;
}

bool is_inplace(const std::string& op) {
  return !op.empty() && op.back() == '_' && op != "requires_grad_" && op != "detach_";
}

void warn_fallback(const char* op) {
  ++g_fallback_calls;
  static std::mutex mutex;
  static std::set<std::string> warned;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (!warned.insert(op).second) return;
  }
  ct::warn(std::string("There is a performance drop because we have not yet implemented the "
                       "batching rule for ") +
           op +
           ". Please file us an issue on GitHub so that we can prioritize its "
           "implementation. (cotangent: vmap runs it once per example)");
}
}  // namespace

class BatchingInterpreter final : public ct::detail::Recorder {
 public:
  explicit BatchingInterpreter(const VmapLevel& level) : level_(level) {}

  TensorVec call(const char* op, const TensorVec& inputs, const ct::detail::PrimitiveCall& fn,
                 const ct::detail::ElementwiseInfo* elementwise,
                 const ct::detail::BatchedCall* rule) override {
    ct::detail::BatchedArgs b;
    b.size = level_.size;
    b.in.resize(inputs.size());
    b.batched.assign(inputs.size(), false);
    b.ranks.assign(inputs.size(), 0);
    bool any = false;
    for (size_t i = 0; i < inputs.size(); ++i) {
      b.in[i] = inputs[i];
      if (!inputs[i].defined()) continue;
      b.ranks[i] = inputs[i].dim();
      if (const BatchInfo* info = inputs[i].impl()->batch.get();
          info && info->level >= level_.level)
        check_alive(*info);  // (lower levels are checked by their own interpreter)
      if (batch_at(inputs[i], level_.level)) {
        b.batched[i] = true;
        any = true;
      }
    }
    if (dynamic_shape_op_) {
      const char* dynamic = dynamic_shape_op_;
      dynamic_shape_op_ = nullptr;
      bool others_batched = inputs.size() < 2 && any;
      for (size_t i = 1; i < inputs.size(); ++i) others_batched = others_batched || b.batched[i];
      if (others_batched)
        throw RuntimeError(std::string("vmap: We do not support batching operators that can "
                                       "output dynamic shape. Attempted to vmap over aten::") +
                           dynamic +
                           ". Please voice your support in "
                           "https://github.com/pytorch/functorch/issues/256");
      if (any) {
        ct::detail::RecorderScope outer(level_.outer);
        const BatchInfo& info = *inputs[0].impl()->batch;
        b.in[0] = move_dim(info.value, info.dim, 0);
        note_path(op, "loop");
        return wrapped(loop(op, fn, b, false));
      }
    }
    ct::detail::RecorderScope outer(level_.outer);
    const bool random = is_random_op(op);
    if (random) check_randomness(op, any);
    if (!any) {
      if (random && level_.randomness == Randomness::Different)
        return wrapped(draw_per_example(fn, inputs));
      return fn(inputs);
    }
    // The batch dims to the front (views).
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (!b.batched[i]) continue;
      const BatchInfo& info = *inputs[i].impl()->batch;
      b.in[i] = info.dim == 0 ? info.value : move_dim(info.value, info.dim, 0);
    }
    const std::string name = op;
    if (is_inplace(name) && !b.batched[0]) refuse_inplace(name, inputs);
    if (random && level_.randomness == Randomness::Same) {
      // every example draws the same numbers: the generator goes back to
      // where it was before each example
      note_path(op, "loop");
      const RngState start = get_rng_state();
      return wrapped(loop(op, fn, b, false, &start));
    }
    TensorVec out;
    if (rule == &ct::detail::kBroadcastingRule ||
        (!rule && elementwise && elementwise->kind != ct::detail::ElementwiseInfo::Kind::Sum) ||
        (!rule && is_inplace(name))) {
      note_path(op, "elementwise");
      out = fn(b.aligned());
    } else if (rule) {
      out = (*rule)(b);
      if (out.empty()) {
        note_path(op, "by example");
        out = loop(op, fn, b, false);  // inputs the rule leaves to the op
      } else if (out.size() == 1 && !out[0].defined()) {
        note_path(op, "loop");
        out = loop(op, fn, b, true);  // detail::no_rule()
      } else {
        note_path(op, "rule");
      }
    } else {
      note_path(op, "loop");
      out = loop(op, fn, b, true);
    }
    return wrapped(std::move(out));
  }

  void untraced_tensor() override {
    if (level_.outer) level_.outer->untraced_tensor();
  }
  void value_read(const char* what) override {
    if (level_.outer) level_.outer->value_read(what);
  }
  // The next call's output shape depends on its inputs' values: fine when
  // only the data (input 0) is batched, since every example then gets the
  // same shape (a loop); refused as functorch refuses it otherwise.
  void data_dependent_shape(const char* op) override { dynamic_shape_op_ = op; }

 private:
  void check_randomness(const char* op, bool batched_input) const {
    for (const VmapLevel& l : t_levels)
      if (l.level <= level_.level && l.randomness == Randomness::Error)
        throw RuntimeError(kRandomErrorMessage);
    // a batched distribution parameter cannot give every example one draw
    const std::string name = op;
    if (batched_input && level_.randomness == Randomness::Same &&
        (name == "normal" || name == "multinomial" || name == "poisson"))
      throw RuntimeError(
          "Vmap does not currently support same randomness with a batched tensor input. Please "
          "file an issue with functorch");
  }

  // A random op without batched inputs under randomness="different": one
  // draw per example, in order (as one draw of the whole batch would be).
  TensorVec draw_per_example(const ct::detail::PrimitiveCall& fn, const TensorVec& inputs) const {
    std::vector<TensorVec> rows;
    for (int64_t e = 0; e < level_.size; ++e) rows.push_back(fn(inputs));
    return stack_rows(rows, [&] { return fn(inputs); });
  }

  template <class Example>
  TensorVec stack_rows(const std::vector<TensorVec>& rows, Example example) const {
    TensorVec out;
    if (rows.empty()) {  // a batch of 0: the shapes of one example, 0 of them
      TensorVec one = example();
      for (const Tensor& t : one) {
        if (!t.defined()) {
          out.push_back(t);
          continue;
        }
        Shape shape{0};
        for (int64_t s : t.shape()) shape.push_back(s);
        out.push_back(t.unsqueeze(0).expand(shape).contiguous());
      }
      return out;
    }
    for (size_t k = 0; k < rows[0].size(); ++k) {
      std::vector<Tensor> column;
      for (const TensorVec& r : rows) column.push_back(r[k]);
      out.push_back(column[0].defined() ? ct::stack(column, 0) : Tensor());
    }
    return out;
  }

  // Outputs with the batch in front as batched tensors of this level.
  TensorVec wrapped(TensorVec out) const {
    for (Tensor& t : out)
      if (t.defined()) t = wrap(t, 0, level_.level);
    return out;
  }

  // The op once per example, stacked; `same_draws`: the generator state
  // every example starts from (randomness "same").
  TensorVec loop(const char* op, const ct::detail::PrimitiveCall& fn,
                 const ct::detail::BatchedArgs& b, bool warn,
                 const RngState* same_draws = nullptr) const {
    if (warn) warn_fallback(op);
    std::vector<TensorVec> rows;
    for (int64_t e = 0; e < b.size; ++e) {
      if (same_draws && e > 0) set_rng_state(*same_draws);
      TensorVec args(b.in.size());
      for (size_t i = 0; i < args.size(); ++i)
        args[i] = b.batched[i] ? b.in[i].select(0, e) : b.in[i];
      rows.push_back(fn(args));
    }
    return stack_rows(rows, [&] {
      TensorVec args(b.in.size());
      for (size_t i = 0; i < args.size(); ++i) {
        if (!b.batched[i]) {
          args[i] = b.in[i];
          continue;
        }
        Shape one = b.in[i].shape();
        one.erase(0);
        args[i] = ct::zeros(one, b.in[i].dtype());
      }
      return fn(args);
    });
  }

  [[noreturn]] void refuse_inplace(const std::string& op, const TensorVec& inputs) const {
    if (op == "copy_")
      throw RuntimeError(
          "vmap: inplace arithmetic(self, *extra_args) is not possible because there exists a "
          "Tensor `other` in extra_args that has more elements than `self`. This happened due to "
          "`other` being vmapped over but `self` not being vmapped over in a vmap. Please try to "
          "use out-of-place operators instead of inplace arithmetic. If said operator is being "
          "called inside the PyTorch framework, please file a bug report instead.");
    Shape broadcast = inputs[0].shape();
    for (size_t i = 1; i < inputs.size(); ++i)
      if (inputs[i].defined()) broadcast = broadcast_shapes(broadcast, inputs[i].shape());
    broadcast.insert(0, level_.size);
    throw RuntimeError("output with shape " + to_string(inputs[0].shape()) +
                       " doesn't match the broadcast shape " + to_string(broadcast));
  }

  VmapLevel level_;
  const char* dynamic_shape_op_ = nullptr;
};

const char* const kRandomErrorMessage =
    "vmap: called random operation while in randomness error mode. Please either use the 'same' "
    "or 'different' randomness flags on vmap or perform the randomness operation out of vmap";

const std::vector<VmapLevel>& active_levels() { return t_levels; }

Tensor move_dim(const Tensor& t, int64_t from, int64_t to) {
  if (from == to) return t;
  Shape order;
  for (int64_t k = 0; k < t.dim(); ++k)
    if (k != from) order.push_back(k);
  order.insert(static_cast<size_t>(to), from);
  return t.permute(order);
}

Tensor wrap(const Tensor& physical, int64_t dim, int64_t level) {
  const TensorImpl& p = *physical.impl();
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = p.storage;
  impl->dtype = p.dtype;
  impl->offset = p.offset;
  for (int64_t k = 0; k < static_cast<int64_t>(p.sizes.size()); ++k) {
    if (k == dim) continue;
    impl->sizes.push_back(p.sizes[k]);
    impl->strides.push_back(p.strides[k]);
  }
  const uint64_t serial = level >= 1 && level <= static_cast<int64_t>(t_levels.size())
                              ? t_levels[static_cast<size_t>(level - 1)].serial
                              : 0;
  impl->batch = std::make_shared<const BatchInfo>(BatchInfo{physical, dim, level, serial});
  return Tensor(std::move(impl));
}

const BatchInfo* batch_at(const Tensor& t, int64_t level) {
  if (!t.defined()) return nullptr;
  const BatchInfo* b = t.impl()->batch.get();
  if (!b || b->level != level) return nullptr;
  check_alive(*b);
  return b;
}

void check_alive(const BatchInfo& b) {
  if (b.level < 1 || b.level > static_cast<int64_t>(t_levels.size()) ||
      t_levels[static_cast<size_t>(b.level - 1)].serial != b.serial)
    throw RuntimeError(
        "vmap: a tensor batched by a vmap that has returned was used (it escaped the mapped "
        "function, e.g. through a captured variable or a list)");
}

ct::detail::Recorder* base_recorder() {
  return t_levels.empty() ? ct::detail::active_recorder() : t_levels.front().outer;
}

Tensor to_canonical(const Tensor& x) {
  const int64_t n = static_cast<int64_t>(t_levels.size());
  if (!x.defined() || n == 0) return x;
  ct::detail::RecorderScope base(base_recorder());
  // Unwrap to the ordinary tensor, noting where each level's batch dim is.
  Tensor t = x;
  std::vector<std::pair<int64_t, int64_t>> layers;  // (level, dim), outermost first
  while (const BatchInfo* b = t.impl()->batch.get()) {
    check_alive(*b);
    layers.emplace_back(b->level, b->dim);
    t = b->value;
  }
  std::vector<int64_t> remaining(t.dim());
  std::iota(remaining.begin(), remaining.end(), 0);
  std::vector<int64_t> position(n + 1, -1);
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    position[it->first] = remaining.at(it->second);
    remaining.erase(remaining.begin() + it->second);
  }
  // Levels x is not batched at get new size-1 dims in front, expanded below.
  int64_t missing = 0;
  for (int64_t l = 1; l <= n; ++l)
    if (position[l] < 0) ++missing;
  for (int64_t k = 0; k < missing; ++k) t = t.unsqueeze(0);
  Shape order;
  int64_t next_new = 0;
  for (int64_t l = 1; l <= n; ++l)
    order.push_back(position[l] < 0 ? next_new++ : position[l] + missing);
  for (int64_t r : remaining) order.push_back(r + missing);
  bool identity = true;
  for (size_t k = 0; k < order.size(); ++k) identity = identity && order[k] == int64_t(k);
  if (!identity) t = t.permute(order);
  if (missing) {
    Shape shape = t.shape();
    for (int64_t l = 1; l <= n; ++l) shape[l - 1] = t_levels[l - 1].size;
    t = t.expand(shape);
  }
  return t;
}

Tensor from_canonical(const Tensor& canonical) {
  if (!canonical.defined()) return canonical;
  Tensor t = canonical;
  for (const VmapLevel& l : t_levels) t = wrap(t, 0, l.level);
  return t;
}

LevelScope::LevelScope(int64_t size, Randomness randomness) {
  VmapLevel l;
  l.level = static_cast<int64_t>(t_levels.size()) + 1;
  l.size = size;
  l.randomness = randomness;
  l.outer = ct::detail::active_recorder();
  static std::atomic<uint64_t> serials{0};
  l.serial = ++serials;
  level_ = l.level;
  t_levels.push_back(l);
  interpreter_ = new BatchingInterpreter(l);
  saved_ = ct::detail::set_active_recorder(interpreter_);
}

LevelScope::~LevelScope() {
  ct::detail::set_active_recorder(saved_);
  t_levels.pop_back();
  delete interpreter_;
}

}  // namespace detail
}  // namespace func

std::vector<Tensor> call_batched(const OpInfo& op, const std::vector<Tensor>& inputs,
                                 const std::vector<int64_t>& batch_dims) {
  if (inputs.size() != batch_dims.size())
    throw ValueError(std::string("call_batched(") + op.name +
                     "): " + std::to_string(inputs.size()) + " inputs but " +
                     std::to_string(batch_dims.size()) + " batch dims");
  func::VmapOptions o;
  o.in_dims.clear();
  for (int64_t d : batch_dims)
    o.in_dims.push_back(d < 0 ? std::nullopt : std::optional<int64_t>(d));
  o.randomness = op.random ? func::Randomness::Different : func::Randomness::Error;
  return func::vmap([&op](const TensorVec& in) { return op.call(in); }, o)(inputs);
}

std::string batching_rule_of(const OpInfo& op) {
  if (op.num_inputs() == 0 || op.random) return "—";
  const auto samples = sample_inputs(op);
  if (samples.empty()) return "—";
  const TensorVec& sample = samples[0];
  TensorVec batched;
  std::vector<int64_t> dims;
  for (const Tensor& x : sample) {
    batched.push_back(x.defined() ? ct::stack({x, x}, 0) : x);
    dims.push_back(x.defined() ? 0 : -1);
  }
  std::vector<std::pair<std::string, std::string>> paths;
  func::t_paths = &paths;
  try {
    call_batched(op, batched, dims);
  } catch (const Error& e) {
    func::t_paths = nullptr;
    if (std::string(e.what()).find("dynamic shape") != std::string::npos)
      return "refused: dynamic shape";
    throw;
  }
  func::t_paths = nullptr;
  std::set<std::string> looped;
  bool own_rule = false;
  for (const auto& [name, path] : paths) {
    if (path == "loop" || path == "by example") looped.insert(name);
    if (path == "rule") own_rule = true;
  }
  if (!looped.empty()) {
    std::string list;
    for (const std::string& n : looped) list += (list.empty() ? "" : ", ") + n;
    return "loop (" + list + ")";
  }
  return own_rule ? "rule" : "elementwise";
}

}  // namespace ct
