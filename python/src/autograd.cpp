// torch.autograd's primitives: grad, backward, gradcheck, the functional
// family (vjp, jvp, jacobian, hessian, vhp, hvp: the C++ ct::detail::*_impl
// with a Python callable) and forward-mode AD's dual levels.
// torch.autograd.forward_ad's API is Python on top of these (forward_ad.py);
// functional.py only restores torch's result structures.
#include <pybind11/functional.h>

#include "autograd/node.h"
#include "common.h"
#include "cotangent/custom_function.h"

namespace ctpy {

namespace {

using ct::Tensor;

// func as the C++ gradcheck sees it. A Python exception raised by func
// travels through the C++ code as py::error_already_set and is restored
// unchanged when it reaches the interpreter again.
ct::TensorFunction as_tensor_function(py::object func) {
  return [func](const std::vector<Tensor>& in) {
    py::gil_scoped_acquire gil;
    py::object out = func(wrap_tuple(in));
    return tensor_seq(out, "outputs of the function given to gradcheck");
  };
}

ct::GradcheckOptions options(double eps, double atol, double rtol, bool raise, bool fast_mode,
                             bool check_batched_grad, bool check_forward_ad, bool check_backward_ad,
                             bool check_batched_forward_grad) {
  ct::GradcheckOptions o;
  o.eps = eps;
  o.atol = atol;
  o.rtol = rtol;
  o.raise_exception = raise;
  o.fast_mode = fast_mode;
  o.check_batched_grad = check_batched_grad;
  o.check_forward_ad = check_forward_ad;
  o.check_backward_ad = check_backward_ad;
  o.check_batched_forward_grad = check_batched_forward_grad;
  return o;
}

}  // namespace

// A "Tensor or tuple of Tensors" argument as the C++ functional family
// takes it. Only a real tuple counts as one (torch's _as_tuple); an entry
// that is not a Tensor becomes an undefined tensor plus its type's text, so
// the C++ checks raise torch's TypeErrors (E1-E4) at torch's point.
ct::detail::TensorArgs tensor_args(py::handle x) {
  using ct::Tensor;
  ct::detail::TensorArgs a;
  a.is_tuple = py::isinstance<py::tuple>(x);
  auto add = [&a](py::handle h) {
    if (is_tensor(h)) {
      a.tensors.push_back(h.cast<Tensor>());
      a.type_names.emplace_back();
    } else {
      a.tensors.emplace_back();
      a.type_names.push_back(py::str(py::type::handle_of(h)));
    }
  };
  if (a.is_tuple)
    for (py::handle h : py::reinterpret_borrow<py::tuple>(x)) add(h);
  else
    add(x);
  return a;
}

ct::VArg v_arg(py::handle v) {
  if (v.is_none()) return {};
  ct::detail::TensorArgs a = tensor_args(v);
  return ct::VArg(std::move(a.tensors), a.is_tuple, std::move(a.type_names));
}

// func(*inputs) for the C++ family. A Python exception raised by func
// travels through the C++ code as py::error_already_set and reaches the
// caller unchanged.
ct::detail::ListFunc as_list_func(py::object func) {
  return [func](const std::vector<Tensor>& in) {
    py::gil_scoped_acquire gil;
    return tensor_args(func(*wrap_tuple(in)));
  };
}

// Python's strategy strings. An unknown one maps to a value outside the
// enum, which the C++ rejects with torch's AssertionError at torch's point
// (first thing for jacobian, after the inputs check for hessian).
ct::Strategy strategy_arg(const std::string& s) {
  if (s == "forward-mode") return ct::Strategy::ForwardMode;
  if (s == "reverse-mode") return ct::Strategy::ReverseMode;
  return static_cast<ct::Strategy>(-1);
}

py::tuple wrap_matrix(const ct::detail::Matrix& m) {
  py::tuple t(m.size());
  for (size_t i = 0; i < m.size(); ++i) t[i] = wrap_tuple(m[i]);
  return t;
}

// (outputs_were_tuple, outputs, product) for vjp, jvp, vhp and hvp.
py::tuple wrap_products(const ct::detail::VjpLists& r) {
  return py::make_tuple(r.outputs_were_tuple, wrap_tuple(r.outputs), wrap_tuple(r.vjp));
}

namespace {

void bind_functional(py::module_& m) {
  using py::arg;
  m.def("_vjp",
        [](py::object func, py::object inputs, py::object v, bool create_graph, bool strict) {
          return wrap_products(
              ct::detail::vjp_impl(as_list_func(func), tensor_args(inputs), v_arg(v), create_graph, strict));
        },
        arg("func"), arg("inputs"), arg("v"), arg("create_graph"), arg("strict"));
  m.def("_jvp",
        [](py::object func, py::object inputs, py::object v, bool create_graph, bool strict) {
          return wrap_products(
              ct::detail::jvp_impl(as_list_func(func), tensor_args(inputs), v_arg(v), create_graph, strict));
        },
        arg("func"), arg("inputs"), arg("v"), arg("create_graph"), arg("strict"));
  m.def("_vhp",
        [](py::object func, py::object inputs, py::object v, bool create_graph, bool strict) {
          return wrap_products(ct::detail::vhp_impl(as_list_func(func), tensor_args(inputs), v_arg(v),
                                                    create_graph, strict, /*hvp=*/false));
        },
        arg("func"), arg("inputs"), arg("v"), arg("create_graph"), arg("strict"));
  m.def("_hvp",
        [](py::object func, py::object inputs, py::object v, bool create_graph, bool strict) {
          return wrap_products(ct::detail::vhp_impl(as_list_func(func), tensor_args(inputs), v_arg(v),
                                                    create_graph, strict, /*hvp=*/true));
        },
        arg("func"), arg("inputs"), arg("v"), arg("create_graph"), arg("strict"));
  // (outputs_were_tuple, J as a tuple of tuples [output][input])
  m.def("_jacobian",
        [](py::object func, py::object inputs, bool create_graph, bool strict, bool vectorize,
           const std::string& strategy) {
          bool out_tuple = false;
          ct::detail::Matrix j = ct::detail::jacobian_impl(as_list_func(func), tensor_args(inputs), create_graph,
                                                           strict, vectorize, strategy_arg(strategy), &out_tuple);
          return py::make_tuple(out_tuple, wrap_matrix(j));
        },
        arg("func"), arg("inputs"), arg("create_graph"), arg("strict"), arg("vectorize"), arg("strategy"));
  // H as a tuple of tuples [input][input]
  m.def("_hessian",
        [](py::object func, py::object inputs, bool create_graph, bool strict, bool vectorize,
           const std::string& outer_jacobian_strategy) {
          return wrap_matrix(ct::detail::hessian_impl(as_list_func(func), tensor_args(inputs), create_graph, strict,
                                                      vectorize, strategy_arg(outer_jacobian_strategy)));
        },
        arg("func"), arg("inputs"), arg("create_graph"), arg("strict"), arg("vectorize"),
        arg("outer_jacobian_strategy"));
}

}  // namespace

// A callback's return value (Tensor, None or a sequence) as tensors.
std::vector<Tensor> returned_tensors(const py::object& r, const char* what) {
  if (r.is_none()) return {Tensor()};
  if (is_tensor(r)) return {r.cast<Tensor>()};
  return tensor_seq(r, what, /*allow_none=*/true);
}

namespace {

}  // namespace

namespace {

py::object python_ctx(ct::autograd::AutogradContext* c) {
  return static_cast<PyOwned*>(c->binding_state.get())->obj;
}

}  // namespace

void bind_autograd(py::module_& m) {
  using py::arg;
  using ct::autograd::AutogradContext;
  // The C++ context behind cotangent.autograd.function.FunctionCtx; Python
  // never owns it (the node does).
  py::class_<AutogradContext, std::unique_ptr<AutogradContext, py::nodelete>>(m, "_FunctionCtx")
      .def("save_for_backward",
           [](AutogradContext& c, py::object ts) { c.save_for_backward(tensor_seq(ts, "save_for_backward", true)); })
      .def("saved_tensors", [](AutogradContext& c) { return wrap_tuple(c.get_saved_variables()); })
      .def("mark_dirty", [](AutogradContext& c, py::object ts) { c.mark_dirty(tensor_seq(ts, "mark_dirty")); })
      .def("mark_non_differentiable",
           [](AutogradContext& c, py::object ts) { c.mark_non_differentiable(tensor_seq(ts, "mark_non_differentiable")); })
      .def("set_materialize_grads", &AutogradContext::set_materialize_grads)
      .def("needs_input_grad", [](AutogradContext& c) {
        py::tuple t(c.needs_input_grad().size());
        for (size_t i = 0; i < t.size(); ++i) t[i] = py::bool_(c.needs_input_grad()[i]);
        return t;
      });
  // torch.autograd.graph.saved_tensors_hooks: Python's pack / unpack.
  py::class_<ct::autograd::SavedTensorsHooks>(m, "_SavedTensorsHooks")
      .def(py::init([](py::object pack, py::object unpack) {
        auto p = std::make_shared<PyOwned>(pack);
        auto u = std::make_shared<PyOwned>(unpack);
        return std::make_unique<ct::autograd::SavedTensorsHooks>(
            [p](const Tensor& t) -> std::any {
              py::gil_scoped_acquire gil;
              return std::make_shared<PyOwned>(p->obj(t));
            },
            [u](const std::any& packed) -> Tensor {
              py::gil_scoped_acquire gil;
              auto o = std::any_cast<std::shared_ptr<PyOwned>>(packed);
              py::object r = u->obj(o->obj);
              if (!is_tensor(r))
                throw ct::TypeError("Output of saved tensor unpack_hook expected to be a Tensor but got result of type " +
                                    std::string(py::str(r.get_type().attr("__name__"))));
              return r.cast<Tensor>();
            });
      }));
  m.def("_to_dot", [](py::object outputs, py::object params, bool show_saved) {
    std::vector<std::pair<std::string, Tensor>> named;
    if (!params.is_none())
      for (auto item : params.cast<py::dict>()) named.emplace_back(py::str(item.first), item.second.cast<Tensor>());
    return ct::to_dot(tensor_seq(outputs, "outputs"), named, show_saved);
  });
  // torch.utils.checkpoint (non-reentrant): the C++ ct::checkpoint with a
  // Python function; fn(*tensors) -> Tensor or sequence.
  m.def("_checkpoint", [](py::object fn, py::tuple args, bool preserve_rng_state) {
    auto f = std::make_shared<PyOwned>(fn);
    ct::CheckpointFunction cf = [f](const std::vector<Tensor>& in) {
      py::gil_scoped_acquire gil;
      py::object r = f->obj(*wrap_tuple(in));
      return returned_tensors(r, "outputs of the checkpointed function");
    };
    return wrap_tuple(ct::checkpoint(cf, tensor_seq(args, "checkpoint inputs", true), preserve_rng_state));
  });
  m.def("_checkpoint_sequential", [](py::list fns, int64_t segments, const Tensor& input, bool preserve_rng_state) {
    std::vector<std::function<Tensor(const Tensor&)>> fs;
    for (py::handle h : fns) {
      auto f = std::make_shared<PyOwned>(py::reinterpret_borrow<py::object>(h));
      fs.push_back([f](const Tensor& x) {
        py::gil_scoped_acquire gil;
        py::object r = f->obj(x);
        if (!is_tensor(r)) throw ct::TypeError("checkpoint_sequential: each function must return a Tensor");
        return r.cast<Tensor>();
      });
    }
    return ct::checkpoint_sequential(fs, segments, input, preserve_rng_state);
  });
  py::class_<ct::RngState>(m, "_RngState");
  m.def("get_rng_state", &ct::get_rng_state);
  m.def("set_rng_state", &ct::set_rng_state, arg("new_state"));
  // The one custom-function routine of the C++ library, with Python's
  // callbacks: forward(ctx) -> Tensor | sequence, backward(ctx, *grads),
  // jvp(ctx, *tangents).
  m.def("_run_custom_function",
        [](std::string name, py::tuple args, py::object py_ctx, py::object forward, py::object backward,
           py::object jvp, bool once_differentiable) {
          std::vector<ct::autograd::CustomArg> cargs;
          for (py::handle a : args) {
            if (is_tensor(a))
              cargs.push_back({a.cast<Tensor>(), true});
            else
              cargs.push_back({Tensor(), false});
          }
          auto ctx_owned = std::make_shared<PyOwned>(py_ctx, /*is_ctx=*/true);
          auto bwd = std::make_shared<PyOwned>(backward);
          ct::autograd::CustomFunctionSpec spec;
          spec.name = std::move(name);
          spec.once_differentiable = once_differentiable;
          spec.forward = [&](AutogradContext* c) {
            c->binding_state = ctx_owned;
            py_ctx.attr("_c") = py::cast(c, py::return_value_policy::reference);
            return returned_tensors(forward(py_ctx), "outputs of forward");
          };
          spec.backward = [bwd](AutogradContext* c, std::vector<Tensor> grads) {
            py::gil_scoped_acquire gil;
            py::object r = bwd->obj(python_ctx(c), *wrap_tuple(grads));
            return returned_tensors(r, "gradients returned by backward");
          };
          if (!jvp.is_none()) {
            auto j = std::make_shared<PyOwned>(jvp);
            spec.jvp = [j](AutogradContext* c, std::vector<Tensor> tangents) {
              py::gil_scoped_acquire gil;
              py::object r = j->obj(python_ctx(c), *wrap_tuple(tangents));
              return returned_tensors(r, "tangents returned by jvp");
            };
          }
          return wrap_tuple(ct::autograd::run_custom_function(spec, cargs));
        });

  m.def("_grad",
        [](py::object outputs, py::object inputs, py::object grad_outputs, std::optional<bool> retain_graph,
           bool create_graph, bool allow_unused, bool is_grads_batched) {
          std::vector<Tensor> outs = tensor_seq(outputs, "outputs");
          std::vector<Tensor> ins = tensor_seq(inputs, "inputs");
          std::vector<Tensor> gos;
          if (!grad_outputs.is_none()) gos = tensor_seq(grad_outputs, "grad_outputs", /*allow_none=*/true);
          std::vector<Tensor> r;
          {
            py::gil_scoped_release nogil;
            r = ct::grad(outs, ins, gos, retain_graph, create_graph, allow_unused, is_grads_batched);
          }
          return wrap_tuple(r);
        },
        arg("outputs"), arg("inputs"), arg("grad_outputs") = py::none(), arg("retain_graph") = py::none(),
        arg("create_graph") = false, arg("allow_unused") = false, arg("is_grads_batched") = false);
  // Anomaly mode: the forward call site of each node is Python's stack.
  ct::set_anomaly_context_hook([]() -> std::string {
    if (!Py_IsInitialized()) return {};
    py::gil_scoped_acquire gil;
    try {
      py::list frames = py::module_::import("traceback").attr("format_stack")();
      std::string text;
      for (py::handle f : frames) text += f.cast<std::string>();
      return text;
    } catch (const py::error_already_set&) {
      return {};
    }
  });
  ct::set_warning_handler([](const std::string& message) {
    if (!Py_IsInitialized()) return;
    py::gil_scoped_acquire gil;
    if (PyErr_WarnEx(PyExc_UserWarning, message.c_str(), 1) != 0) PyErr_Clear();
  });
  m.def("_set_detect_anomaly", &ct::set_detect_anomaly, arg("enabled"), arg("check_nan") = true);
  m.def("is_anomaly_enabled", &ct::is_anomaly_enabled);
  m.def("is_anomaly_check_nan_enabled", &ct::is_anomaly_check_nan_enabled);
  m.def("_backward",
        [](py::object tensors, py::object grad_tensors, std::optional<bool> retain_graph, bool create_graph,
           py::object inputs) {
          std::vector<Tensor> ts = tensor_seq(tensors, "tensors");
          std::vector<Tensor> gs;
          gs = grad_tensors_arg(grad_tensors, ts.size());
          std::vector<Tensor> in;
          if (!inputs.is_none()) in = tensor_seq(inputs, "inputs");
          py::gil_scoped_release nogil;
          ct::backward(ts, gs, retain_graph, create_graph, in);
        },
        arg("tensors"), arg("grad_tensors") = py::none(), arg("retain_graph") = py::none(),
        arg("create_graph") = false, arg("inputs") = py::none());
  m.def("_gradcheck",
        [](py::object func, py::object inputs, double eps, double atol, double rtol, bool raise, bool fast_mode,
           bool check_batched_grad, bool check_forward_ad, bool check_backward_ad, bool check_batched_forward_grad) {
          return ct::gradcheck(as_tensor_function(func), tensor_seq(inputs, "inputs"),
                               options(eps, atol, rtol, raise, fast_mode, check_batched_grad, check_forward_ad,
                                       check_backward_ad, check_batched_forward_grad));
        },
        arg("func"), arg("inputs"), arg("eps"), arg("atol"), arg("rtol"), arg("raise_exception"),
        arg("fast_mode") = false, arg("check_batched_grad") = false, arg("check_forward_ad") = false,
        arg("check_backward_ad") = true, arg("check_batched_forward_grad") = false);
  bind_functional(m);
  m.def("_gradgradcheck",
        [](py::object func, py::object inputs, py::object grad_outputs, double eps, double atol, double rtol,
           bool raise, bool fast_mode, bool check_batched_grad, bool check_fwd_over_rev, bool check_rev_over_rev) {
          std::vector<Tensor> gos;
          if (!grad_outputs.is_none()) gos = tensor_seq(grad_outputs, "grad_outputs");
          return ct::gradgradcheck(as_tensor_function(func), tensor_seq(inputs, "inputs"), gos,
                                   options(eps, atol, rtol, raise, fast_mode, check_batched_grad, check_fwd_over_rev,
                                           check_rev_over_rev, false));
        },
        arg("func"), arg("inputs"), arg("grad_outputs"), arg("eps"), arg("atol"), arg("rtol"),
        arg("raise_exception"), arg("fast_mode") = false, arg("check_batched_grad") = false,
        arg("check_fwd_over_rev") = false, arg("check_rev_over_rev") = true);

  // Forward-mode AD (ct::forward_ad). Levels are per thread; the C++ raises
  // torch's errors (nested level, no level, non-float, wrong size, already
  // dual), which the exception translator maps to their Python types.
  m.def("_enter_dual_level", [](int64_t batch) { return ct::forward_ad::enter_dual_level(batch); },
        arg("batch") = 0);
  m.def("_exit_dual_level", []() { ct::forward_ad::exit_dual_level(); });
  m.def("_is_dual_level_active", []() { return ct::forward_ad::is_active(); });
  m.def("_dual_level_batch_size", []() { return ct::forward_ad::level_batch_size(); });
  m.def("_make_dual",
        [](py::handle tensor, py::handle tangent) {
          return wrap(ct::forward_ad::make_dual(unwrap_opt(tensor, "make_dual(): argument 'tensor'"),
                                                unwrap_opt(tangent, "make_dual(): argument 'tangent'")));
        },
        arg("tensor"), arg("tangent"));
  m.def("_unpack_dual",
        [](py::handle tensor) {
          ct::forward_ad::UnpackedDual r =
              ct::forward_ad::unpack_dual(unwrap_opt(tensor, "unpack_dual(): argument 'tensor'"));
          return py::make_tuple(wrap(r.primal), wrap(r.tangent));
        },
        arg("tensor"));
}

}  // namespace ctpy
