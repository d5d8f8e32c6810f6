// torch.func's transforms (include/cotangent/func.h) on top of the batching
// interpreter (vmap) and the autograd engine (grad, vjp, jvp).
//
// Differentiation inside vmap happens on the ordinary tensors behind the
// batched ones: a transform takes each differentiated input to its
// canonical form (src/func/batching.h: one batch dim in front per active
// vmap level, expanded where the input is not batched), differentiates
// there, and wraps the results again. Expanding an input that is not
// batched makes its gradient per example, which is what vmap(grad(f))
// means (per-sample gradients w.r.t. shared weights); examples never mix,
// so one backward pass serves the whole batch.
#include "cotangent/func.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>
#include <string>

#include "autograd/node.h"
#include "cotangent/autograd.h"
#include "cotangent/error.h"
#include "cotangent/forward_ad.h"
#include "cotangent/ops.h"
#include "func/batching.h"

namespace ct::func {

namespace {

using detail::from_canonical;
using detail::to_canonical;

// Transforms differentiating on this thread: a nested one must build the
// graph of its result (create_graph), since an outer one differentiates it;
// backward() refuses to run inside one (autograd/node.h).
thread_local int t_differentiating = 0;
// For each transform running f on this thread: whether its results keep
// their graph (an outer transform differentiates them). Its aux outputs
// (and a vjp's outputs) are returned detached only when they do not: they
// are cut from this transform's own leaves but stay on the outer ones.
thread_local std::vector<bool> t_keeps_graph;

struct DifferentiatingScope {
  explicit DifferentiatingScope(bool keeps_graph) {
    ++t_differentiating;
    ++differentiating_transforms();
    t_keeps_graph.push_back(keeps_graph);
  }
  ~DifferentiatingScope() {
    --t_differentiating;
    --differentiating_transforms();
    t_keeps_graph.pop_back();
  }
};

// A forward-mode pass that nothing outside differentiates: its aux
// outputs are returned detached.
struct AuxScope {
  explicit AuxScope(bool keeps_graph) { t_keeps_graph.push_back(keeps_graph); }
  ~AuxScope() { t_keeps_graph.pop_back(); }
};

std::string tuple_text(const std::vector<int64_t>& v) {
  std::string s = "(";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
  return s + (v.size() == 1 ? ",)" : ")");
}

std::vector<size_t> normalize_argnums(const std::vector<int64_t>& argnums, size_t num_inputs) {
  if (argnums.empty()) throw RuntimeError("argnums must be non-empty");
  const int64_t n = static_cast<int64_t>(num_inputs);
  std::vector<size_t> out;
  std::vector<int64_t> wrapped;
  for (int64_t a : argnums) {
    if (a < -n || a >= n)
      throw RuntimeError("Got argnum=" + std::to_string(a) + ", but only " + std::to_string(n) +
                         " positional inputs");
    wrapped.push_back(a < 0 ? a + n : a);
    out.push_back(static_cast<size_t>(wrapped.back()));
  }
  if (std::set<int64_t>(wrapped.begin(), wrapped.end()).size() != wrapped.size())
    throw RuntimeError("argnums elements must be unique, got " + tuple_text(wrapped));
  return out;
}

std::string torch_dtype(DType t) { return std::string("torch.") + dtype_name(t); }

bool has_tangent(const Tensor& t) {
  return forward_ad::is_active() && forward_ad::unpack_dual(t).tangent.defined();
}

// A differentiated input: the canonical tensor that gradients are taken
// with respect to, connected to the outer graph (and tangent) when it has one.
struct Leaf {
  Tensor leaf;
  bool outer_graph = false;
};

Leaf make_leaf(const Tensor& x) {
  Tensor p = to_canonical(x);
  ct::detail::RecorderScope base(detail::base_recorder());
  Leaf l;
  l.outer_graph = p.requires_grad() || has_tangent(p);
  if (l.outer_graph) {
    l.leaf = p.view_as(p);
    if (!l.leaf.requires_grad()) l.leaf.requires_grad_(true);
  } else {
    l.leaf = p.detach().requires_grad_(true);
  }
  return l;
}

void check_differentiable_input(const Tensor& x) {
  if (!x.defined())
    throw ValueError("Thing passed to transform API must be Tensor, got <class 'NoneType'>");
  if (!x.is_floating_point())
    throw RuntimeError("only Tensors of floating point dtype can require gradients");
}

// d(outputs)/d(leaves) · cotangents, all canonical tensors of the current
// levels; unused leaves get zeros.
TensorList backward(const TensorList& outputs, const TensorList& leaves, const TensorList& cots,
                    bool create_graph, bool batched) {
  ct::detail::RecorderScope base(detail::base_recorder());
  TensorList ys, gs;
  for (size_t k = 0; k < outputs.size(); ++k) {
    if (!outputs[k].requires_grad()) continue;
    ys.push_back(outputs[k]);
    gs.push_back(cots[k]);
  }
  TensorList grads(leaves.size());
  if (!ys.empty())
    grads = ct::grad(ys, leaves, gs, /*retain_graph=*/true, create_graph, /*allow_unused=*/true,
                     batched);
  return grads;
}

Tensor zeros_for(const Tensor& leaf, const Shape& batch_front) {
  Shape shape = batch_front;
  for (int64_t s : leaf.shape()) shape.push_back(s);
  return ct::zeros(shape, leaf.dtype());
}

Tensor detached(const Tensor& t) { return t.defined() ? t.detach() : t; }

}  // namespace

Tensor detail::aux_output(const Tensor& t) {
  return !t_keeps_graph.empty() && t_keeps_graph.back() ? t : detached(t);
}

namespace {

// With has_aux, moves f's outputs after the first into `aux` (detached
// unless an outer transform differentiates them);
// checks that an output is left (functorch's messages under `prefix`).
void split_aux(TensorList& out, TensorList& aux, bool has_aux, const std::string& prefix,
               bool keep_graph) {
  if (has_aux) {
    if (out.size() < 2)
      throw RuntimeError(
          prefix + "output of function f should be a tuple: (output, aux) if has_aux is True");
    for (size_t k = 1; k < out.size(); ++k) aux.push_back(keep_graph ? out[k] : detached(out[k]));
    out.resize(1);
  }
  if (out.empty())
    throw RuntimeError(prefix +
                       "Expected f to be a function that has non-empty output (got output = [])");
}

// grad and grad_and_value: the gradients, then (when `with_value`) the
// value, then the aux outputs.
TensorList grad_and_value_call(const Fn& f, const std::vector<int64_t>& argnums, bool has_aux,
                               bool with_value, const TensorList& args) {
  const std::vector<size_t> nums = normalize_argnums(argnums, args.size());
  EnableGradGuard grad_mode;  // an outer no_grad does not apply (functorch)
  TensorList inputs = args;
  TensorList leaves;
  bool create_graph = t_differentiating > 0 || forward_ad::is_active();
  for (size_t i : nums) {
    check_differentiable_input(args[i]);
    Leaf l = make_leaf(args[i]);
    create_graph = create_graph || l.outer_graph;
    leaves.push_back(l.leaf);
    inputs[i] = from_canonical(l.leaf);
  }
  TensorList out;
  {
    DifferentiatingScope scope(create_graph);
    out = f(inputs);
  }
  const char* prefix = "grad_and_value(f)(*args): ";
  if (has_aux && out.size() < 2)
    throw RuntimeError(std::string(prefix) +
                       "output of function f should be a tuple: (output, aux) if has_aux is True");
  if (out.empty() || !out[0].defined())
    throw RuntimeError(std::string(prefix) +
                       "Expected f(*args) to return a Tensor, got <class 'NoneType'>");
  if (!has_aux && out.size() > 1)
    throw RuntimeError(std::string(prefix) +
                       "Expected f(*args) to return a Tensor, got <class 'tuple'>");
  const Tensor& y = out[0];
  if (y.dim() != 0)
    throw RuntimeError(
        std::string(prefix) + "Expected f(*args) to return a scalar Tensor, got tensor with " +
        std::to_string(y.dim()) + " dims. Maybe you wanted to use the vjp or jacrev APIs instead?");
  const Tensor y_canonical = to_canonical(y);
  Tensor seed;
  {
    ct::detail::RecorderScope base(detail::base_recorder());
    seed = ct::ones_like(y_canonical);
  }
  TensorList grads = backward({y_canonical}, leaves, {seed}, create_graph, false);
  TensorList result;
  for (size_t k = 0; k < leaves.size(); ++k) {
    Tensor g = grads[k].defined() ? grads[k] : ct::zeros_like(leaves[k]);
    if (!create_graph) g = g.detach();
    result.push_back(from_canonical(g));
  }
  if (with_value) result.push_back(create_graph ? y : detached(y));
  for (size_t k = 1; k < out.size(); ++k)
    result.push_back(create_graph ? out[k] : detached(out[k]));
  return result;
}

// One output's one-hot basis rows [start, start + count) of its `n`
// elements, shaped (count,) + shape (never the whole identity at once).
Tensor basis_rows(int64_t start, int64_t count, int64_t n, const Shape& shape, DType dtype) {
  Tensor rows = ct::arange(start, start + count, 1, DType::Int64).unsqueeze(1);
  Tensor cols = ct::arange(n, DType::Int64).unsqueeze(0);
  Shape out{count};
  for (int64_t s : shape) out.push_back(s);
  return ct::eq(rows, cols).to(dtype).reshape(out);
}

// Rows of a Jacobian computed `chunk` basis rows at a time by `rows_of`
// (a vmapped vjp or jvp of the basis). Each chunk's rows go straight into
// the result, so at most one chunk of basis rows and of rows exists besides
// it (unless they carry a graph, which a copy would cut, or are batched by
// an outer vmap: then one cat).
TensorList chunked_rows(int64_t n, int64_t chunk,
                        const std::function<TensorList(int64_t, int64_t)>& rows_of) {
  if (chunk <= 0 || chunk >= n) return rows_of(0, n);
  TensorList out;
  std::vector<TensorList> kept;  // chunks with a graph
  for (int64_t start = 0; start < n; start += chunk) {
    const int64_t count = std::min(chunk, n - start);
    TensorList part = rows_of(start, count);
    if (start == 0) {
      // (inside an outer vmap the parts are batched: collected and cat)
      bool graph = !detail::active_levels().empty();
      for (const Tensor& t : part) graph = graph || t.requires_grad();
      if (!graph)
        for (const Tensor& t : part) {
          Shape shape = t.shape();
          shape[0] = n;
          out.push_back(ct::empty(shape, t.dtype()));
        }
    }
    if (out.empty()) {
      kept.push_back(std::move(part));
      continue;
    }
    NoGradGuard no_grad;
    for (size_t k = 0; k < part.size(); ++k) out[k].narrow(0, start, count).copy_(part[k]);
  }
  if (!kept.empty())
    for (size_t k = 0; k < kept[0].size(); ++k) {
      std::vector<Tensor> column;
      for (const TensorList& p : kept) column.push_back(p[k]);
      out.push_back(ct::cat(column, 0));
    }
  return out;
}

// rows: (n,) + a.shape with n = numel of b  ->  a.shape + b.shape.
Tensor rows_to_jacobian(const Tensor& rows, const Shape& a, const Shape& b, bool rows_over_a) {
  // rows_over_a: rows index a's elements and hold b-shaped values (reverse
  // mode gives d out_i / d in for each output element i: a = out, b = in).
  Shape shape = a;
  for (int64_t s : b) shape.push_back(s);
  if (rows_over_a) return rows.reshape(shape);
  // forward mode: rows index b's elements and hold a-shaped values.
  const int64_t nb = b.numel();
  Tensor t = rows.reshape({nb, a.numel()}).transpose(0, 1);
  return t.reshape(shape);
}

}  // namespace

Fn vmap(Fn f, std::vector<std::optional<int64_t>> in_dims, std::vector<int64_t> out_dims,
        Randomness randomness, int64_t chunk_size) {
  VmapOptions o;
  o.in_dims = std::move(in_dims);
  o.out_dims = std::move(out_dims);
  o.randomness = randomness;
  o.chunk_size = chunk_size;
  return vmap(std::move(f), std::move(o));
}

namespace {

// in_dims as functorch prints them: 0, or (0, None).
std::string in_dims_text(const std::vector<std::optional<int64_t>>& dims) {
  auto one = [](const std::optional<int64_t>& d) { return d ? std::to_string(*d) : "None"; };
  if (dims.size() == 1) return one(dims[0]);
  std::string s = "(";
  for (size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + one(dims[i]);
  return s + ")";
}

TensorList vmap_call(const Fn& f, const VmapOptions& o, const TensorList& inputs) {
  if (inputs.empty())
    throw ValueError(
        "vmap(f)(<inputs>): got no inputs. Maybe you forgot to add inputs, or you are trying to "
        "vmap over a function with no inputs. The latter is unsupported.");
  if (o.in_dims.size() != 1 && o.in_dims.size() != inputs.size())
    throw ValueError(
        "vmap(f, in_dims=...)(<inputs>): in_dims is not compatible with the structure "
        "of `inputs`: " +
        std::to_string(o.in_dims.size()) + " in_dims for " + std::to_string(inputs.size()) +
        " inputs");
  std::vector<int64_t> dims(inputs.size(), -1);
  std::vector<int64_t> sizes;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::optional<int64_t> d = o.in_dims.size() == 1 ? o.in_dims[0] : o.in_dims[i];
    if (!d) continue;
    if (!inputs[i].defined())
      throw ValueError("vmap(f, in_dims=" + in_dims_text(o.in_dims) +
                       ", ...)(<inputs>): Got in_dim=" + std::to_string(*d) +
                       " for an input but the input is of type <class 'NoneType'>. We cannot "
                       "vmap over non-Tensor arguments, please use None as the respective in_dim");
    const int64_t r = inputs[i].dim();
    if (*d < -r || *d >= r)
      throw ValueError("vmap(f, in_dims=" + in_dims_text(o.in_dims) +
                       ", ...)(<inputs>): Got in_dim=" + std::to_string(*d) +
                       " for some input, but that input is a Tensor of dimensionality " +
                       std::to_string(r) + " so expected in_dim to satisfy -" + std::to_string(r) +
                       " <= in_dim < " + std::to_string(r) + ".");
    dims[i] = *d < 0 ? *d + r : *d;
    sizes.push_back(inputs[i].size(dims[i]));
  }
  if (sizes.empty()) throw ValueError("vmap: Expected at least one Tensor to vmap over");
  for (int64_t s : sizes)
    if (s != sizes[0]) {
      std::string list;
      for (int64_t t : sizes) list += (list.empty() ? "" : ", ") + std::to_string(t);
      throw ValueError(
          "vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [" +
          list + "] for the mapped dimension");
    }
  const int64_t batch = sizes[0];
  if (o.chunk_size > 0 && batch > o.chunk_size) {
    VmapOptions one = o;
    one.chunk_size = 0;
    std::vector<TensorList> parts;
    const RngState rng = get_rng_state();
    for (int64_t start = 0; start < batch; start += o.chunk_size) {
      // randomness "same": every chunk draws what the first drew
      if (start > 0 && o.randomness == Randomness::Same) set_rng_state(rng);
      TensorList chunk = inputs;
      for (size_t i = 0; i < inputs.size(); ++i)
        if (dims[i] >= 0)
          chunk[i] = inputs[i].narrow(dims[i], start, std::min(o.chunk_size, batch - start));
      parts.push_back(vmap_call(f, one, chunk));
    }
    TensorList out;
    for (size_t k = 0; k < parts[0].size(); ++k) {
      const int64_t od = o.out_dims.size() == 1 ? o.out_dims[0] : o.out_dims.at(k);
      std::vector<Tensor> column;
      for (const TensorList& p : parts) column.push_back(p[k]);
      out.push_back(ct::cat(column, od));
    }
    return out;
  }
  TensorList out;
  int64_t level = 0;
  uint64_t serial = 0;  // this call's level (outputs are unwrapped after it is gone)
  {
    detail::LevelScope scope(batch, o.randomness);
    level = scope.level();
    serial = detail::active_levels().back().serial;
    TensorList wrapped = inputs;
    for (size_t i = 0; i < inputs.size(); ++i)
      if (dims[i] >= 0) wrapped[i] = detail::wrap(inputs[i], dims[i], level);
    out = f(wrapped);
  }
  if (o.out_dims.size() != 1 && o.out_dims.size() != out.size())
    throw ValueError(
        "vmap(f, ..., out_dims=...)(<inputs>): out_dims is not compatible with the "
        "structure of `outputs`: " +
        std::to_string(o.out_dims.size()) + " out_dims for " + std::to_string(out.size()) +
        " outputs");
  for (size_t k = 0; k < out.size(); ++k) {
    Tensor& t = out[k];
    if (!t.defined())
      throw ValueError(
          "vmap(f, ...): `f` must only return Tensors, got type <class 'NoneType'> as a return.");
    const int64_t od =
        wrap_dim(o.out_dims.size() == 1 ? o.out_dims[0] : o.out_dims[k], t.dim() + 1);
    Tensor physical;
    int64_t from = 0;
    const BatchInfo* b = t.impl()->batch.get();
    if (b && b->level == level && b->serial == serial) {
      physical = b->value;
      from = b->dim;
    } else {  // not batched: every example gets the same value
      Shape shape{batch};
      for (int64_t s : t.shape()) shape.push_back(s);
      physical = t.unsqueeze(0).expand(shape);
    }
    t = detail::move_dim(physical, from, od);
  }
  return out;
}

}  // namespace

Fn vmap(Fn f, VmapOptions options) {
  return [f = std::move(f), o = std::move(options)](const TensorList& inputs) {
    return vmap_call(f, o, inputs);
  };
}

Fn grad(Fn f, std::vector<int64_t> argnums, bool has_aux) {
  return [f = std::move(f), argnums = std::move(argnums), has_aux](const TensorList& args) {
    return grad_and_value_call(f, argnums, has_aux, false, args);
  };
}

Fn grad_and_value(Fn f, std::vector<int64_t> argnums, bool has_aux) {
  return [f = std::move(f), argnums = std::move(argnums), has_aux](const TensorList& args) {
    return grad_and_value_call(f, argnums, has_aux, true, args);
  };
}

VjpResult vjp(Fn f, const TensorList& primals, bool has_aux) {
  EnableGradGuard grad_mode;
  TensorList inputs = primals;
  TensorList leaves;
  bool outer_graph = false;
  for (size_t i = 0; i < primals.size(); ++i) {
    check_differentiable_input(primals[i]);
    Leaf l = make_leaf(primals[i]);
    outer_graph = outer_graph || l.outer_graph;
    leaves.push_back(l.leaf);
    inputs[i] = from_canonical(l.leaf);
  }
  TensorList out;
  {
    DifferentiatingScope scope(outer_graph || t_differentiating > 0);
    out = f(inputs);
  }
  VjpResult r;
  const bool creation_differentiating = outer_graph || t_differentiating > 0;
  split_aux(out, r.aux, has_aux, "vjp(f, *primals): ", creation_differentiating);
  TensorList canonical;
  std::vector<Shape> shapes;
  for (const Tensor& y : out) {
    if (!y.defined())
      throw RuntimeError(
          "vjp(f, *primals): expected f(*primals) to return only tensors, got unsupported type "
          "<class 'NoneType'>");
    if (!y.is_floating_point())
      throw RuntimeError(
          "vjp(f, ...): All outputs of f must be floating-point or complex Tensors, got Tensor "
          "with dtype " +
          torch_dtype(y.dtype()));
    canonical.push_back(to_canonical(y));
    shapes.push_back(y.shape());
    r.outputs.push_back(creation_differentiating ? y : detached(y));
  }
  const size_t levels = detail::active_levels().size();
  r.vjp_fn = [canonical, leaves, shapes, levels,
              creation_differentiating](const TensorList& cotangents) -> TensorList {
    if (cotangents.size() != canonical.size())
      throw RuntimeError(
          "Expected pytree structure of cotangents to be the same as pytree structure of outputs "
          "to the function. cotangents: " +
          std::to_string(cotangents.size()) +
          " tensors, primal output: " + std::to_string(canonical.size()) + " tensors");
    for (size_t k = 0; k < cotangents.size(); ++k) {
      if (!cotangents[k].defined() || cotangents[k].shape() != shapes[k])
        throw RuntimeError(
            "Mismatch in shape: grad_output[" + std::to_string(k) + "] has a shape of " +
            (cotangents[k].defined() ? size_string(cotangents[k].shape()) : std::string("None")) +
            " and output[" + std::to_string(k) + "] has a shape of " + size_string(shapes[k]) +
            ".");
    }
    const auto& now = detail::active_levels();
    if (now.size() < levels)
      throw RuntimeError("vjp: the vjp_fn of a vjp taken inside vmap was called outside that vmap");
    const bool create_graph =
        creation_differentiating || t_differentiating > 0 || forward_ad::is_active();
    EnableGradGuard grad_mode;
    const int64_t extra = static_cast<int64_t>(now.size() - levels);
    TensorList cots;
    int64_t batch = 1;
    Shape extra_sizes;
    for (size_t l = levels; l < now.size(); ++l) {
      extra_sizes.push_back(now[l].size);
      batch *= now[l].size;
    }
    {
      ct::detail::RecorderScope base(detail::base_recorder());
      for (size_t k = 0; k < cotangents.size(); ++k) {
        Tensor c = to_canonical(cotangents[k]).to(canonical[k].dtype());
        if (extra > 0) {
          // The levels vmap added since the vjp: one batch of cotangents
          // through the same graph (is_grads_batched).
          Shape order;
          for (int64_t d = static_cast<int64_t>(levels); d < static_cast<int64_t>(now.size()); ++d)
            order.push_back(d);
          for (int64_t d = 0; d < c.dim(); ++d)
            if (d < static_cast<int64_t>(levels) || d >= static_cast<int64_t>(now.size()))
              order.push_back(d);
          c = c.permute(order);
          Shape flat{batch};
          for (int64_t d = extra; d < c.dim(); ++d) flat.push_back(c.size(d));
          c = c.reshape(flat);
        }
        cots.push_back(c);
      }
    }
    TensorList grads = backward(canonical, leaves, cots, create_graph, extra > 0);
    TensorList result;
    ct::detail::RecorderScope base(detail::base_recorder());
    for (size_t i = 0; i < leaves.size(); ++i) {
      Tensor g = grads[i];
      if (!g.defined()) g = zeros_for(leaves[i], extra > 0 ? Shape{batch} : Shape{});
      if (!create_graph) g = g.detach();
      if (extra > 0) {
        Shape unflat = extra_sizes;
        for (int64_t d = 1; d < g.dim(); ++d) unflat.push_back(g.size(d));
        g = g.reshape(unflat);
        Shape order;
        for (int64_t d = extra; d < extra + static_cast<int64_t>(levels); ++d) order.push_back(d);
        for (int64_t d = 0; d < extra; ++d) order.push_back(d);
        for (int64_t d = extra + static_cast<int64_t>(levels); d < g.dim(); ++d) order.push_back(d);
        g = g.permute(order);
      }
      result.push_back(g);
    }
    for (Tensor& g : result) g = from_canonical(g);
    return result;
  };
  return r;
}

namespace {

JvpResult jvp_outputs(const TensorList& out, bool has_aux, bool keep_graph) {
  JvpResult r;
  TensorList main = out;
  split_aux(main, r.aux, has_aux, "jvp(f, primals, tangents): ", keep_graph);
  for (const Tensor& y : main)
    if (!y.defined())
      throw RuntimeError(
          "jvp(f, primals, tangents): expected f(*primals) to return only tensors, got "
          "unsupported type <class 'NoneType'>");
  r.outputs = main;
  return r;
}

}  // namespace

JvpResult jvp(Fn f, const TensorList& primals, const TensorList& tangents, bool strict,
              bool has_aux) {
  if (primals.empty())
    throw RuntimeError(
        "jvp(f, primals, tangents): Expected primals to contain at least one Tensor.");
  if (tangents.size() != primals.size())
    throw RuntimeError(
        "jvp(f, primals, tangents): Expected primals and tangents to have the same python "
        "structure. For example, if primals is a tuple of 3 tensors, tangents also must be. Got " +
        std::to_string(primals.size()) + " primals and " + std::to_string(tangents.size()) +
        " tangents");
  for (size_t i = 0; i < primals.size(); ++i) {
    if (!primals[i].defined() || !tangents[i].defined())
      throw RuntimeError(
          "jvp(f, primals, tangents): Expected primals to only contain Tensors, got <class "
          "'NoneType'>");
    if (!primals[i].is_floating_point())
      throw ValueError("Expected primal to be floating point or complex, but got: " +
                       torch_dtype(primals[i].dtype()));
    if (primals[i].shape() != tangents[i].shape())
      throw RuntimeError(
          "Trying to set a forward gradient that has a different size than that of the original "
          "Tensor, this is not supported. Tensor is of size " +
          to_string(primals[i].shape()) + " while the given forward gradient is of size " +
          to_string(tangents[i].shape()) + ".");
  }
  const auto independent = [] {
    return RuntimeError(
        "jvp(f, primals, tangents, strict=True): The output of f is independent of the inputs. "
        "This is not allowed with strict=True.");
  };
  // Native forward mode computes tangents without a reverse graph: when an
  // outer transform differentiates the result (grad of jvp, jacrev of
  // jacfwd), or a dual level is active already (forward levels do not
  // nest), the product comes from reverse mode twice instead.
  bool reverse_needed = t_differentiating > 0;
  for (size_t i = 0; i < primals.size(); ++i)
    reverse_needed = reverse_needed || to_canonical(primals[i]).requires_grad() ||
                     to_canonical(tangents[i]).requires_grad();
  if (!forward_ad::is_active() && !reverse_needed) {
    // Native forward mode: one pass with dual tensors.
    EnableGradGuard grad_mode;
    forward_ad::DualLevel dual_level;
    TensorList inputs = primals;
    {
      ct::detail::RecorderScope base(detail::base_recorder());
      for (size_t i = 0; i < primals.size(); ++i) {
        Tensor p = to_canonical(primals[i]);
        Tensor t = to_canonical(tangents[i]);
        inputs[i] = from_canonical(forward_ad::make_dual(p, t));
      }
    }
    TensorList out;
    {
      AuxScope aux_scope(false);  // nothing outside differentiates: aux detached
      out = f(inputs);
    }
    JvpResult r = jvp_outputs(out, has_aux, false);
    TensorList outputs;
    for (const Tensor& y : r.outputs) {
      Tensor c = to_canonical(y);
      ct::detail::RecorderScope base(detail::base_recorder());
      auto unpacked = forward_ad::unpack_dual(c);
      Tensor t = unpacked.tangent;
      if (!t.defined()) {
        if (strict) throw independent();
        t = ct::zeros_like(unpacked.primal);
      }
      outputs.push_back(from_canonical(unpacked.primal.detach()));
      r.tangents.push_back(from_canonical(t.detach()));
    }
    r.outputs = outputs;
    return r;
  }
  // Reverse mode twice (the vjp of the vjp, linear in its cotangent u):
  // J t = d/du (J^T u) · t.
  EnableGradGuard grad_mode;
  TensorList inputs = primals;
  TensorList leaves;
  for (size_t i = 0; i < primals.size(); ++i) {
    Leaf l = make_leaf(primals[i]);
    leaves.push_back(l.leaf);
    inputs[i] = from_canonical(l.leaf);
  }
  TensorList out;
  {
    DifferentiatingScope scope(true);
    out = f(inputs);
  }
  JvpResult r = jvp_outputs(out, has_aux, true);
  ct::detail::RecorderScope base(detail::base_recorder());
  TensorList ys, us;
  for (const Tensor& y : r.outputs) {
    ys.push_back(to_canonical(y));
    us.push_back(ct::zeros_like(ys.back()).requires_grad_(true));
  }
  TensorList g = backward(ys, leaves, us, true, false);
  TensorList gs, ts;
  for (size_t i = 0; i < g.size(); ++i)
    if (g[i].defined() && g[i].requires_grad()) {
      gs.push_back(g[i]);
      ts.push_back(to_canonical(tangents[i]).to(g[i].dtype()));
    }
  TensorList jt(us.size());
  if (!gs.empty()) jt = ct::grad(gs, us, ts, true, true, true);
  TensorList outputs;
  for (size_t k = 0; k < us.size(); ++k) {
    if (!jt[k].defined()) {
      if (strict) throw independent();
      jt[k] = ct::zeros_like(ys[k]);
    }
    outputs.push_back(from_canonical(ys[k]));
    r.tangents.push_back(from_canonical(jt[k]));
  }
  r.outputs = outputs;
  return r;
}

namespace {

// The inputs that argnums selects, and f as a function of them alone (the
// other inputs fixed at `args`; f must outlive it).
std::pair<TensorList, Fn> select_argnums(const Fn& f, const TensorList& args,
                                         const std::vector<int64_t>& argnums) {
  auto nums = std::make_shared<const std::vector<size_t>>(normalize_argnums(argnums, args.size()));
  TensorList primals;
  for (size_t i : *nums) primals.push_back(args[i]);
  Fn g = [&f, args, nums](const TensorList& ps) {
    TensorList all = args;
    for (size_t k = 0; k < nums->size(); ++k) all[(*nums)[k]] = ps[k];
    return f(all);
  };
  return {std::move(primals), std::move(g)};
}

}  // namespace

Fn jacrev(Fn f, std::vector<int64_t> argnums, bool has_aux, int64_t chunk_size) {
  return [f = std::move(f), argnums = std::move(argnums), has_aux,
          chunk_size](const TensorList& args) -> TensorList {
    auto [primals, g] = select_argnums(f, args, argnums);
    VjpResult r = vjp(g, primals, has_aux);
    TensorList result;
    for (size_t k = 0; k < r.outputs.size(); ++k) {
      const Tensor& y = r.outputs[k];
      const int64_t n = y.numel();
      TensorList zeros_other;
      for (const Tensor& o : r.outputs) zeros_other.push_back(ct::zeros_like(o));
      Fn one_row = [&r, k, zeros_other](const TensorList& e) {
        TensorList cots = zeros_other;
        cots[k] = e[0];
        return r.vjp_fn(cots);
      };
      TensorList rows = chunked_rows(n, chunk_size, [&](int64_t start, int64_t count) {
        return vmap(one_row)({basis_rows(start, count, n, y.shape(), y.dtype())});
      });
      for (size_t i = 0; i < primals.size(); ++i)
        result.push_back(rows_to_jacobian(rows[i], y.shape(), primals[i].shape(), true));
    }
    for (const Tensor& a : r.aux) result.push_back(a);
    return result;
  };
}

namespace {

Tensor with_batch_of(const Tensor& t, int64_t count) {
  Shape shape{count};
  for (int64_t s : t.shape()) shape.push_back(s);
  return t.unsqueeze(0).expand(shape);
}

// jacfwd's rows as the vmap of jvp gives them (the tangents, then the
// outputs and aux with a batch dim), from one forward pass of a batched dual
// level: every basis row is one tangent direction and f's primal values are
// computed once (functorch keeps the primals unbatched too). nullopt where
// that pass cannot serve: inside vmap, a dual level or a transform that
// differentiates the result, or a random op under randomness "different".
std::optional<TensorList> forward_rows(const Fn& g, const TensorList& primals, size_t i,
                                       const Tensor& basis, bool has_aux, Randomness randomness) {
  const int64_t count = basis.size(0);
  if (!detail::active_levels().empty() || forward_ad::is_active() || t_differentiating > 0 ||
      count == 0)
    return std::nullopt;
  for (const Tensor& p : primals)
    if (p.requires_grad()) return std::nullopt;
  const uint64_t draws = ct::detail::generator_uses();
  forward_ad::DualLevel level(count);
  TensorList inputs = primals;
  inputs[i] = forward_ad::make_dual(primals[i], basis);
  TensorList out;
  {
    AuxScope aux_scope(false);
    out = g(inputs);
  }
  JvpResult r = jvp_outputs(out, has_aux, false);
  if (ct::detail::generator_uses() != draws) {
    if (randomness == Randomness::Error) throw RuntimeError(detail::kRandomErrorMessage);
    if (randomness == Randomness::Different) return std::nullopt;
  }
  TensorList rows;
  for (const Tensor& y : r.outputs) {
    Tensor t = forward_ad::unpack_dual(y).tangent;
    rows.push_back(t.defined() ? t.detach()
                               : ct::zeros(with_batch_of(y, count).shape(), y.dtype()));
  }
  for (const Tensor& y : r.outputs)
    rows.push_back(with_batch_of(forward_ad::unpack_dual(y).primal.detach(), count));
  for (const Tensor& a : r.aux) rows.push_back(with_batch_of(a, count));
  return rows;
}

}  // namespace

Fn jacfwd(Fn f, std::vector<int64_t> argnums, bool has_aux, Randomness randomness,
          int64_t chunk_size) {
  return [f = std::move(f), argnums = std::move(argnums), has_aux, randomness,
          chunk_size](const TensorList& args) -> TensorList {
    auto [primals, g] = select_argnums(f, args, argnums);
    // jac[k][i]: output k by primal i; aux from the first pass.
    std::vector<TensorList> jac;
    TensorList aux;
    size_t num_outputs = 0;
    for (size_t i = 0; i < primals.size(); ++i) {
      const Tensor& p = primals[i];
      if (!p.defined())
        throw ValueError("Thing passed to transform API must be Tensor, got <class 'NoneType'>");
      if (!p.is_floating_point())
        throw ValueError("Expected primal to be floating point or complex, but got: " +
                         torch_dtype(p.dtype()));
      const int64_t n = p.numel();
      Fn push = [&](const TensorList& e) {
        TensorList tangents;
        for (size_t j = 0; j < primals.size(); ++j)
          tangents.push_back(j == i ? e[0] : ct::zeros_like(primals[j]));
        JvpResult r = jvp(g, primals, tangents, false, has_aux);
        TensorList out = r.tangents;
        for (const Tensor& o : r.outputs) out.push_back(o);
        for (const Tensor& a : r.aux) out.push_back(a);
        return out;
      };
      TensorList rows = chunked_rows(n, chunk_size, [&](int64_t start, int64_t count) {
        Tensor basis = basis_rows(start, count, n, p.shape(), p.dtype());
        if (auto r = forward_rows(g, primals, i, basis, has_aux, randomness)) return *r;
        VmapOptions o;
        o.randomness = randomness;
        return vmap(push, o)({basis});
      });
      // rows: tangents (num_outputs), outputs (num_outputs), aux.
      const size_t total = rows.size();
      if (i == 0) {
        // outputs and tangents come in equal numbers; aux is the rest
        size_t aux_count = 0;
        if (has_aux) {
          // the jvp returned 1 output and 1 tangent when has_aux
          num_outputs = 1;
          aux_count = total - 2;
        } else {
          num_outputs = total / 2;
        }
        jac.assign(num_outputs, {});
        for (size_t a = 0; a < aux_count; ++a)
          aux.push_back(rows[2 * num_outputs + a].numel() ? rows[2 * num_outputs + a].select(0, 0)
                                                          : rows[2 * num_outputs + a]);
      }
      for (size_t k = 0; k < num_outputs; ++k) {
        Shape out_shape = rows[num_outputs + k].shape();
        out_shape.erase(0);
        jac[k].push_back(rows_to_jacobian(rows[k], out_shape, p.shape(), false));
      }
    }
    TensorList result;
    for (const TensorList& per_output : jac)
      for (const Tensor& j : per_output) result.push_back(j);
    for (const Tensor& a : aux) result.push_back(a);
    return result;
  };
}

Fn hessian(Fn f, std::vector<int64_t> argnums) {
  return jacfwd(jacrev(std::move(f), argnums), argnums);
}

}  // namespace ct::func
