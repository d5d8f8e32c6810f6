// A custom differentiable function around code cotangent does not have: a
// tridiagonal solve by LAPACK's dgtsv, with its adjoint written by hand.
// Because backward itself calls the custom function (a transposed solve),
// its derivative is differentiable too: gradcheck and gradgradcheck pass.
// With --dot, prints the graph of the loss as Graphviz DOT instead.
#include <cotangent/cotangent.h>

#include <cstring>
#include <iostream>

extern "C" void dgtsv_(const int* n, const int* nrhs, double* dl, double* d, double* du, double* b,
                       const int* ldb, int* info);

using ct::Tensor;
using ct::autograd::AutogradContext;
using ct::autograd::tensor_list;

// Solves T x = b for the tridiagonal T with sub-diagonal dl (n-1), diagonal
// d (n) and super-diagonal du (n-1).
struct TridiagonalSolve : ct::autograd::Function<TridiagonalSolve> {
  static Tensor forward(AutogradContext* ctx, Tensor dl, Tensor d, Tensor du, Tensor b) {
    // dgtsv overwrites its arguments: give it copies
    Tensor l = dl.contiguous().clone(), m = d.contiguous().clone(), u = du.contiguous().clone();
    Tensor x = b.contiguous().clone();
    const int n = static_cast<int>(d.numel()), nrhs = 1;
    int info = 0;
    dgtsv_(&n, &nrhs, l.data_ptr<double>(), m.data_ptr<double>(), u.data_ptr<double>(),
           x.data_ptr<double>(), &n, &info);
    if (info != 0) throw ct::RuntimeError("TridiagonalSolve: the matrix is singular");
    ctx->save_for_backward({dl, d, du, x});
    return x;
  }

  // With lambda = T^-T g: gb = lambda, and dT = -lambda x^T restricted to
  // the three diagonals.
  static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
    tensor_list s = ctx->get_saved_variables();
    const Tensor &dl = s[0], &d = s[1], &du = s[2], &x = s[3];
    const int64_t n = d.numel();
    Tensor lambda = TridiagonalSolve::apply(du, d, dl, grads[0]);  // T^T swaps dl and du
    Tensor gd = -lambda * x;
    Tensor gdl = -lambda.narrow(0, 1, n - 1) * x.narrow(0, 0, n - 1);
    Tensor gdu = -lambda.narrow(0, 0, n - 1) * x.narrow(0, 1, n - 1);
    return {gdl, gd, gdu, lambda};
  }
};

int main(int argc, char** argv) {
  ct::manual_seed(0);
  const int64_t n = 6;
  Tensor dl = (ct::rand({n - 1}, ct::float64) - 0.5).requires_grad_();
  Tensor d = (ct::rand({n}, ct::float64) + 3.0).requires_grad_();  // diagonally dominant
  Tensor du = (ct::rand({n - 1}, ct::float64) - 0.5).requires_grad_();
  Tensor b = ct::rand({n}, ct::float64).requires_grad_();
  auto loss_of = [](const std::vector<Tensor>& in) {
    Tensor x = TridiagonalSolve::apply(in[0], in[1], in[2], in[3]);
    return std::vector<Tensor>{(x * x).sum()};
  };

  Tensor loss = loss_of({dl, d, du, b})[0];
  if (argc > 1 && std::strcmp(argv[1], "--dot") == 0) {
    std::cout << ct::to_dot({loss}, {{"dl", dl}, {"d", d}, {"du", du}, {"b", b}});
    return 0;
  }
  loss.backward();
  // The same loss through a dense solve, for comparison.
  Tensor T = ct::diag(d.detach()) + ct::diag(dl.detach(), -1) + ct::diag(du.detach(), 1);
  Tensor bd = b.detach().requires_grad_();
  (ct::linalg::solve(T, bd).pow(2).sum()).backward();
  std::cout << "loss " << loss.item<double>() << "\n";
  std::cout << "grad b (custom) " << b.grad() << "\n";
  std::cout << "grad b (dense)  " << bd.grad() << "\n";
  const bool same = ct::allclose(b.grad(), bd.grad(), 1e-10, 1e-12);
  const bool first = ct::gradcheck(loss_of, {dl, d, du, b});
  const bool second = ct::gradgradcheck(loss_of, {dl, d, du, b});
  std::cout << "matches the dense solve: " << (same ? "yes" : "NO") << "\n"
            << "gradcheck: " << (first ? "passed" : "FAILED") << "\n"
            << "gradgradcheck: " << (second ? "passed" : "FAILED") << "\n";
  return same && first && second ? 0 : 1;
}
