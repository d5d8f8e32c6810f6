"""The package the build lays out (<build>/python/cotangent) imports on its own."""
import glob
import os
import subprocess
import sys


def test_importable_from_build_tree():
    import cotangent
    pkg = os.path.dirname(cotangent.__file__)
    root = os.environ.get("COTANGENT_PYTHONPATH", os.path.dirname(pkg))
    assert glob.glob(os.path.join(root, "cotangent", "_cotangent*.so"))
    for f in ("__init__.py", "autograd/__init__.py", "autograd/functional.py", "nn/functional.py"):
        assert os.path.exists(os.path.join(root, "cotangent", f)), f
    env = dict(os.environ, PYTHONPATH=root)
    r = subprocess.run([sys.executable, "-c", "import cotangent as ct; print(ct.ones(2) * 2)"], cwd="/",
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "tensor([2., 2.])\n"


def test_public_names():
    import cotangent as ct
    for name in ("tensor", "zeros", "ones", "rand", "randn", "arange", "eye", "full", "empty", "manual_seed",
                 "float32", "float64", "int64", "bool", "no_grad", "enable_grad", "from_numpy", "from_dlpack",
                 "Tensor", "exp", "sum", "matmul", "cat", "stack", "where"):
        assert hasattr(ct, name), name
    assert repr(ct.float32) == "ct.float32" and repr(ct.bool) == "ct.bool"
    from cotangent.autograd.functional import vjp, jvp, jacobian, hessian, vhp, hvp  # noqa: F401
    from cotangent.autograd import grad, gradcheck, gradgradcheck  # noqa: F401
    import cotangent.nn.functional as F  # noqa: F401
