# Logistic regression by Newton's method on data sharded across processes
# (Python version of examples/distributed_fit.cpp), written with
# torch.distributed's calls: each rank computes the loss, gradient and
# Hessian of its own rows, one all_reduce sums them, and every rank takes the
# same Newton step. Run it with
#   mpirun -np 2 python3 examples/python/distributed_fit.py
# run: mpiexec -np 2
import os

import cotangent as torch
import cotangent.distributed as dist
import cotangent.nn.functional as F
from cotangent.autograd.functional import hessian, vjp

if torch.__name__ == "cotangent":
    dist.init_process_group(backend="mpi")
else:  # Debian's PyTorch 1.13 has no MPI backend: gloo over TCP, ranks from mpirun
    dist.init_process_group("gloo", init_method="tcp://127.0.0.1:" + os.environ.get("PORT", "29517"),
                            rank=int(os.environ["OMPI_COMM_WORLD_RANK"]),
                            world_size=int(os.environ["OMPI_COMM_WORLD_SIZE"]))
rank, ranks = dist.get_rank(), dist.get_world_size()
rows, features = 20000, 16
total_rows = rows * ranks


def make_shard(first, rows):
    # rows [first, first + rows) of a synthetic data set: smooth functions of
    # the row index, labels from known weights plus deterministic noise, so
    # any split over ranks gives the same data
    i = torch.arange(first, first + rows, dtype=torch.float64).unsqueeze(1)
    j = torch.arange(features, dtype=torch.float64).unsqueeze(0)
    X = torch.sin(i * (0.013 * (j + 1)) + j * 0.7) + 0.5 * torch.cos(i * 0.0071 * (j + 3))
    X = torch.cat([X, torch.ones(rows, 1, dtype=torch.float64)], 1)  # the bias column
    noise = torch.sin(i.squeeze(1) * 12.9898) * 43758.5453
    noise = (noise - torch.floor(noise) - 0.5) * 1.5
    true_w = torch.sin(torch.arange(features + 1, dtype=torch.float64) * 1.7) * 2.0
    return X, ((X @ true_w + noise) > 0).to(torch.float64)


X, y = make_shard(rank * rows, rows)


def local_loss(w):  # this rank's rows only
    return F.binary_cross_entropy_with_logits(X @ w, y, reduction="sum")


n = features + 1
w = torch.zeros(n, dtype=torch.float64)
for step in range(8):
    loss, g = vjp(local_loss, w)
    H = hessian(local_loss, w, vectorize=True)
    # one collective: loss, gradient and Hessian summed over the ranks
    total = torch.cat([loss.reshape(1), g, H.reshape(-1)])
    dist.all_reduce(total, op=dist.ReduceOp.SUM)
    loss, g, H = total[0], total[1:n + 1], total[n + 1:].reshape(n, n)
    w = w - torch.linalg.solve(H, g)
    if rank == 0:
        print(f"step {step}  mean loss {loss.item() / total_rows:.6f}  |grad| {g.norm().item():.3e}")

correct = ((X @ w > 0).to(torch.float64) == y).to(torch.float64).sum()
dist.all_reduce(correct)
w_max, w_min = w.clone(), w.clone()  # every rank took the same steps
dist.all_reduce(w_max, op=dist.ReduceOp.MAX)
dist.all_reduce(w_min, op=dist.ReduceOp.MIN)
identical = torch.equal(w_max, w_min)
g_dist = vjp(local_loss, w)[1]  # the gradient over every rank's rows at the fit
dist.all_reduce(g_dist)
ok = identical
if rank == 0:
    # against one process's gradient on all the rows
    X_all, y_all = make_shard(0, total_rows)
    g_one = vjp(lambda v: F.binary_cross_entropy_with_logits(X_all @ v, y_all, reduction="sum"), w)[1]
    diff = ((g_dist - g_one).abs().max() / g_one.abs().max()).item()
    ok = ok and diff < 1e-9
    print(f"accuracy {correct.item() / total_rows:.4f}  weights identical on every rank: "
          f"{'yes' if identical else 'NO'}")
    print("w[0:4] = " + " ".join(f"{v:.6f}" for v in w[:4].tolist()))
    print(f"gradient at the fit matches one process on all {total_rows} rows: "
          f"{'yes' if diff < 1e-9 else 'NO'}")
dist.destroy_process_group()
if not ok:
    raise SystemExit(1)
