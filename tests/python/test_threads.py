"""Autograd from Python threads (torch's test_multithread.py, the cases that
apply): backward releases the GIL, so passes really overlap; contributions
to a shared leaf add up exactly, a shared graph without retain_graph gives
torch's error, grad mode is per thread."""
import threading

import pytest
import torch

import cotangent as ct


def run_threads(n, fn):
    errors = []
    barrier = threading.Barrier(n)

    def body(i):
        barrier.wait()
        try:
            fn(i)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.mark.parametrize("m", [torch, ct], ids=["torch", "cotangent"])
def test_simple_backward_same_input(m):
    x = m.ones(300, 300, dtype=m.float64, requires_grad=True)

    def train(_):
        for _ in range(5):
            y = (x + 3) * (x + 4) * 0.5
            y.sum().backward()
    assert run_threads(8, train) == []
    assert bool((x.grad == 4.5 * 8 * 5).all())


@pytest.mark.parametrize("m", [torch, ct], ids=["torch", "cotangent"])
def test_shared_graph_without_retain_graph(m):
    x = m.rand(5, 5, dtype=m.float64, requires_grad=True)
    shared = x.exp()

    def train(_):
        shared.sum().backward()
    errors = run_threads(8, train)
    assert all(isinstance(e, RuntimeError) and "retain_graph=True" in str(e) for e in errors)
    ok = 8 - len(errors)
    assert ok >= 1
    assert bool(((x.grad - x.detach().exp() * ok).abs() < 1e-12).all())


def test_grad_mode_is_per_thread():
    x = ct.ones(3, requires_grad=True)
    inside = threading.Event()
    leave = threading.Event()
    seen = {}

    def no_grad_thread():
        with ct.no_grad():
            seen["nograd"] = (x * 2).requires_grad
            inside.set()
            leave.wait(10)
    t = threading.Thread(target=no_grad_thread)
    t.start()
    inside.wait(10)
    seen["main"] = (x * 2).requires_grad
    leave.set()
    t.join()
    assert seen == {"nograd": False, "main": True}
