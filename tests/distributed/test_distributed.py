"""cotangent.distributed under mpirun, against torch.distributed (gloo over
TCP on this machine, in the same processes) and torch.autograd.functional.

Run by CTest as ``mpirun -np N python3 -m pytest tests/distributed/test_distributed.py``:
every rank runs every test in the same order. The same code runs on torch
and on cotangent; where gloo lacks a collective (reduce_scatter, AVG) the
reference is computed from every rank's data, which each rank can build.
"""
import datetime
import socket
import warnings

import numpy as np
import pytest
import torch
import torch.distributed as tdist
from mpi4py import MPI

import cotangent
import cotangent.distributed as dist

COMM = MPI.COMM_WORLD
RANK, SIZE = COMM.Get_rank(), COMM.Get_size()


def _start():
    port = None
    if RANK == 0:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
    port = COMM.bcast(port, root=0)
    tdist.init_process_group("gloo", init_method="tcp://127.0.0.1:%d" % port, rank=RANK,
                             world_size=SIZE, timeout=datetime.timedelta(seconds=120))
    dist.init_process_group(backend="mpi", timeout=datetime.timedelta(seconds=120))


_start()


def both(values, dtype):
    """The same data as a torch and a cotangent tensor."""
    a = np.asarray(values)
    return torch.tensor(a, dtype=getattr(torch, dtype)), cotangent.tensor(a, dtype=getattr(cotangent, dtype))


def data_of(rank, n=6):
    i = np.arange(n)
    return ((i * 7 + rank * 3) % 5) - 2 + (i % 3 == 0) * rank * 0.25


def same(c, t, tol=1e-12):
    c = np.asarray(c.detach().numpy() if hasattr(c, "detach") else c)
    t = np.asarray(t.detach().numpy() if hasattr(t, "detach") else t)
    assert c.shape == t.shape, (c.shape, t.shape)
    np.testing.assert_allclose(c, t, rtol=tol, atol=tol)


def test_group_queries_match_torch():
    assert dist.get_rank() == tdist.get_rank() == RANK
    assert dist.get_world_size() == tdist.get_world_size() == SIZE
    assert dist.is_initialized() and dist.is_available() and dist.is_mpi_available()
    assert dist.get_backend() == "mpi"
    assert cotangent.distributed is dist


def test_init_errors_match_torch():
    with pytest.raises(RuntimeError) as t:
        tdist.init_process_group("gloo")
    with pytest.raises(RuntimeError) as c:
        dist.init_process_group("mpi")
    assert str(c.value) == str(t.value)
    with pytest.raises(ValueError) as t:
        tdist.Backend("foo")
    with pytest.raises(ValueError) as c:
        dist.Backend("foo")
    assert str(c.value) == str(t.value)
    with pytest.raises(RuntimeError) as c:
        dist.init_process_group("mpi", timeout=5)
    assert "datetime.timedelta" in str(c.value)


@pytest.mark.parametrize("op", ["SUM", "PRODUCT", "MIN", "MAX"])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int32"])
def test_all_reduce_in_place_matches_gloo(op, dtype):
    t, c = both(data_of(RANK) * 2, dtype)
    tdist.all_reduce(t, op=getattr(tdist.ReduceOp, op))
    assert dist.all_reduce(c, op=getattr(dist.ReduceOp, op)) is None
    same(c, t)


def test_all_reduce_avg_and_bool():
    t, c = both(data_of(RANK), "float64")
    dist.all_reduce(c, op=dist.ReduceOp.AVG)
    same(c, np.mean([data_of(r) for r in range(SIZE)], axis=0))
    b = cotangent.tensor([RANK == 0, False, True])
    dist.all_reduce(b)  # any
    assert b.tolist() == [True, False, True]
    with pytest.raises(RuntimeError, match="ReduceOp.AVG needs a floating point tensor"):
        dist.all_reduce(cotangent.ones(2, dtype=cotangent.int64), op=dist.ReduceOp.AVG)


def test_async_op_returns_a_completed_work():
    c = cotangent.ones(3)
    w = dist.all_reduce(c, async_op=True)
    assert w.wait() and w.is_completed()
    same(c, np.full(3, float(SIZE)))


@pytest.mark.parametrize("src", range(SIZE))
def test_broadcast_matches_gloo(src):
    t, c = both(data_of(RANK), "float32")
    tdist.broadcast(t, src)
    dist.broadcast(c, src)
    same(c, t)


def test_all_gather_matches_gloo():
    t, c = both(data_of(RANK).reshape(2, 3), "float64")
    tl = [torch.zeros(2, 3, dtype=torch.float64) for _ in range(SIZE)]
    cl = [cotangent.zeros(2, 3, dtype=cotangent.float64) for _ in range(SIZE)]
    tdist.all_gather(tl, t)
    dist.all_gather(cl, c)
    for a, b in zip(cl, tl):
        same(a, b)
    out = cotangent.zeros(2 * SIZE, 3, dtype=cotangent.float64)
    dist.all_gather_into_tensor(out, c)
    same(out, torch.cat(tl))


def test_reduce_scatter():
    inputs = [cotangent.tensor(data_of(RANK) * (p + 1)) for p in range(SIZE)]
    out = cotangent.zeros(6, dtype=cotangent.float64)
    dist.reduce_scatter(out, inputs)
    same(out, sum(data_of(r) for r in range(SIZE)) * (RANK + 1))
    out2 = cotangent.zeros(6, dtype=cotangent.float64)
    dist.reduce_scatter_tensor(out2, cotangent.cat(inputs), op=dist.ReduceOp.MAX)
    same(out2, np.max([data_of(r) for r in range(SIZE)], axis=0) * (RANK + 1))


def test_functional_all_reduce_and_broadcast_grads_match_torch():
    import torch.distributed.nn.functional as tF
    for name in ["all_reduce", "broadcast"]:
        t, c = both(data_of(RANK), "float64")
        t.requires_grad_(True)
        c.requires_grad_(True)
        w = data_of(RANK + 5) + 3
        if name == "all_reduce":
            ty, cy = tF.all_reduce(t * t), dist.nn.functional.all_reduce(c * c)
        else:
            ty, cy = tF.broadcast(t * t, SIZE - 1), dist.nn.functional.broadcast(c * c, SIZE - 1)
        same(cy, ty)
        (ty * torch.tensor(w)).sum().backward()
        (cy * cotangent.tensor(w)).sum().backward()
        same(c.grad, t.grad)


def test_functional_all_gather_grads():
    c = cotangent.tensor(data_of(RANK), requires_grad=True)
    parts = dist.nn.functional.all_gather(c)
    assert isinstance(parts, tuple) and len(parts) == SIZE
    loss = sum((p * (k + 1 + RANK)).sum() for k, p in enumerate(parts))
    loss.backward()
    # d/dc_r of sum over ranks q of sum_k (x_k * (k + 1 + q)) at k = r
    same(c.grad, np.full(6, sum(RANK + 1 + q for q in range(SIZE)), dtype=np.float64))


def test_functional_second_derivative():
    c = cotangent.tensor(data_of(RANK), requires_grad=True)
    (g,) = cotangent.autograd.grad(dist.nn.functional.all_reduce(c ** 3).sum(), c, create_graph=True)
    same(g, 3 * SIZE * data_of(RANK) ** 2)
    (gg,) = cotangent.autograd.grad(g.sum(), c)
    same(gg, 6 * SIZE * data_of(RANK))


def _shard(first, n):
    i = np.arange(first, first + n)[:, None]
    X = np.sin(i * 0.37 + np.arange(4)[None, :] * 1.3)
    y = (np.cos(i[:, 0] * 0.91) > 0).astype(np.float64)
    return X, y


def _loss(lib, X, y):
    X, y = lib.tensor(X), lib.tensor(y)
    return lambda w, b: lib.nn.functional.binary_cross_entropy_with_logits(X @ w + b, y, reduction="sum")


def test_data_parallel_vjp_and_grad_match_torch_on_the_whole_data():
    n = 31
    Xs, ys = _shard(RANK * n, n)
    Xa, ya = _shard(0, n * SIZE)
    w0, b0 = np.array([0.1, -0.2, 0.3, 0.05]), np.array(0.2)
    out, (gw, gb) = dist.vjp(_loss(cotangent, Xs, ys), (cotangent.tensor(w0), cotangent.tensor(b0)))
    tout, (tgw, tgb) = torch.autograd.functional.vjp(_loss(torch, Xa, ya), (torch.tensor(w0), torch.tensor(b0)))
    same(out, tout, 1e-10)
    same(gw, tgw, 1e-10)
    same(gb, tgb, 1e-10)
    g = dist.grad(lambda w: _loss(cotangent, Xs, ys)(w, cotangent.tensor(b0)) / n, cotangent.tensor(w0),
                  op=dist.ReduceOp.AVG)
    same(g, tgw / (n * SIZE), 1e-10)


def test_distributed_hvp_through_create_graph():
    n = 17
    Xs, ys = _shard(RANK * n, n)
    Xa, ya = _shard(0, n * SIZE)
    w0, v0 = np.array([0.3, -0.1, 0.2, 0.4]), np.array([1.0, 0.5, -0.25, 2.0])
    b = cotangent.tensor(0.0, dtype=cotangent.float64)
    local = _loss(cotangent, Xs, ys)

    def gv(w):
        g = dist.grad(lambda u: local(u, b), w, create_graph=True)
        return (g * cotangent.tensor(v0)).sum()

    hv = dist.grad(gv, cotangent.tensor(w0))
    _, thv = torch.autograd.functional.hvp(lambda u: _loss(torch, Xa, ya)(u, torch.tensor(0.0, dtype=torch.float64)),
                                           torch.tensor(w0), torch.tensor(v0))
    same(hv, thv, 1e-10)


@pytest.mark.parametrize("strategy", ["reverse-mode", "forward-mode"])
def test_jacobian_and_hessian_match_torch(strategy):
    def f(lib):
        return lambda a, b: (lib.tanh(a @ b) * 2, (a.sum(1) * lib.exp(b.sum(0)).sum()) ** 2)

    a0, b0 = np.arange(6.0).reshape(2, 3) * 0.1, np.arange(12.0).reshape(3, 4) * -0.05
    cj = dist.jacobian(f(cotangent), (cotangent.tensor(a0), cotangent.tensor(b0)), strategy=strategy)
    tj = torch.autograd.functional.jacobian(f(torch), (torch.tensor(a0), torch.tensor(b0)), strategy=strategy,
                                            vectorize=strategy == "forward-mode")
    for i in range(2):
        for j in range(2):
            same(cj[i][j], tj[i][j])
    single = dist.jacobian(lambda x: (x * x).sum(), cotangent.arange(3.0), strategy=strategy)
    same(single, np.arange(3.0) * 2)

    def h(lib):
        return lambda x, y: lib.sin(x).sum() * lib.exp(y * 0.5).sum() + ((x[:, None] * y) ** 2).sum()

    x0, y0 = np.arange(5.0) * 0.3, np.arange(3.0) * -0.2
    ch = dist.hessian(h(cotangent), (cotangent.tensor(x0), cotangent.tensor(y0)), outer_jacobian_strategy=strategy)
    th = torch.autograd.functional.hessian(h(torch), (torch.tensor(x0), torch.tensor(y0)))
    for i in range(2):
        for j in range(2):
            same(ch[i][j], th[i][j], 1e-10)
    with pytest.raises(AssertionError):
        dist.jacobian(lambda x: x, cotangent.ones(2), strategy="sideways")


def test_mismatch_names_the_collective_and_the_ranks():
    c = cotangent.ones(3 + (RANK == 1))
    with pytest.raises(RuntimeError) as e:
        dist.all_reduce(c)
    msg = str(e.value)
    assert "cotangent.distributed.all_reduce on rank %d" % RANK in msg
    assert "rank 0 has float32 [3], rank 1 has float32 [4]" in msg
    c = cotangent.ones(2)
    dist.all_reduce(c)  # the group still works
    same(c, np.full(2, float(SIZE)))


def test_local_failure_reaches_the_other_ranks():
    def f(w):
        if RANK == 1:
            raise ValueError("shard 1 is corrupt")
        return (w * w).sum()

    if RANK == 1:
        with pytest.raises(ValueError, match="shard 1 is corrupt"):
            dist.grad(f, cotangent.ones(3))
    else:
        with pytest.raises(RuntimeError, match="rank 1 failed in vjp: ValueError: shard 1 is corrupt$"):
            dist.grad(f, cotangent.ones(3))
    dist.barrier()


def test_groups_other_than_world_are_refused():
    with pytest.raises(NotImplementedError):
        dist.all_reduce(cotangent.ones(1), group=object())
