// ct::nn::functional, as cotangent._cotangent._nn; python/cotangent/nn/
// functional.py gives these torch.nn.functional's signatures.
#include "common.h"

namespace ctpy {

void bind_nn(py::module_& m) {
  namespace F = ct::nn::functional;
  using ct::Shape;
  using ct::Tensor;
  using py::arg;
  auto opt = [](py::handle h) { return unwrap_opt(h, "argument"); };

  m.def("relu", &F::relu);
  m.def("sigmoid", &F::sigmoid);
  m.def("tanh", &F::tanh);
  m.def("logsigmoid", &F::logsigmoid);
  m.def("softplus", &F::softplus, arg("input"), arg("beta") = 1.0, arg("threshold") = 20.0);
  m.def("leaky_relu", &F::leaky_relu, arg("input"), arg("negative_slope") = 0.01);
  m.def("elu", &F::elu, arg("input"), arg("alpha") = 1.0);
  m.def("selu", &F::selu);
  m.def("gelu", &F::gelu, arg("input"), arg("approximate") = "none");
  m.def("silu", &F::silu);
  m.def("hardtanh", &F::hardtanh, arg("input"), arg("min_val") = -1.0, arg("max_val") = 1.0);
  m.def("softmax", &F::softmax, arg("input"), arg("dim"));
  m.def("log_softmax", &F::log_softmax, arg("input"), arg("dim"));
  m.def("cross_entropy",
        [opt](const Tensor& x, const Tensor& t, py::object w, int64_t ignore, std::string red, double ls) {
          return F::cross_entropy(x, t, {.weight = opt(w), .ignore_index = ignore, .reduction = red,
                                         .label_smoothing = ls});
        });
  m.def("nll_loss", [opt](const Tensor& x, const Tensor& t, py::object w, int64_t ignore, std::string red) {
    return F::nll_loss(x, t, {.weight = opt(w), .ignore_index = ignore, .reduction = red});
  });
  m.def("mse_loss", &F::mse_loss);
  m.def("l1_loss", &F::l1_loss);
  m.def("smooth_l1_loss", &F::smooth_l1_loss);
  m.def("binary_cross_entropy", [opt](const Tensor& x, const Tensor& t, py::object w, std::string red) {
    return F::binary_cross_entropy(x, t, opt(w), red);
  });
  m.def("binary_cross_entropy_with_logits",
        [opt](const Tensor& x, const Tensor& t, py::object w, std::string red, py::object pw) {
          return F::binary_cross_entropy_with_logits(x, t, opt(w), red, opt(pw));
        });
  m.def("linear", [opt](const Tensor& x, const Tensor& w, py::object b) { return F::linear(x, w, opt(b)); });
  m.def("layer_norm", [opt](const Tensor& x, const Shape& s, py::object w, py::object b, double eps) {
    return F::layer_norm(x, s, opt(w), opt(b), eps);
  });
  m.def("dropout", &F::dropout);
  m.def("conv1d", [opt](const Tensor& x, const Tensor& w, py::object b, int64_t s, int64_t p, int64_t d,
                        int64_t g) { return F::conv1d(x, w, opt(b), s, p, d, g); });
  m.def("conv2d", [opt](const Tensor& x, const Tensor& w, py::object b, const Shape& s, const Shape& p,
                        const Shape& d, int64_t g) { return F::conv2d(x, w, opt(b), s, p, d, g); });
  m.def("max_pool2d", &F::max_pool2d);
  m.def("avg_pool2d", &F::avg_pool2d);
  m.def("unfold", &F::unfold);
  m.def("fold", &F::fold);
  m.def("pad", &F::pad);
}

}  // namespace ctpy
