"""The worked examples in examples/python/ run, pass their own self-checks,
and print what PyTorch prints: each script runs on cotangent (the built
package on PYTHONPATH) and, with its imports rewritten (`import cotangent as
torch` -> `import torch`, cotangent.func -> functorch, ...), on torch; the
two outputs must agree line by line, numbers to within one unit of their
last printed digit or 1e-8 (integers exactly). Lines starting with "timing:"
depend on the machine and the library and are not compared. A script with a line
`# torch: not applicable (<reason>)` is run on cotangent only; one with a
line `# run: mpiexec -np N` runs on N processes under Open MPI's mpiexec
(rank 0 prints; skipped where mpiexec or cotangent.distributed is missing)."""
import glob
import os
import re
import shutil
import socket
import subprocess
import sys

import pytest

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "examples", "python")
SCRIPTS = sorted(glob.glob(os.path.join(EXAMPLES, "*.py")))

# A line each script prints when its result is right (its self-check exits
# non-zero otherwise; this guards against a script that stops checking).
KEY_LINES = {
    "rosenbrock.py": ["minimum (1, 1) reached in 22 iterations: yes",
                      "minimum (1, ..., 1) reached in", "iterations: yes"],
    "curve_fit.py": ["fit within the noise of the truth, gradient ~0: yes"],
    "logistic_regression.py": ["vjp's gradient equals the closed form: yes", "training accuracy 9"],
    "pendulum.py": ["all derivatives agree with finite differences: yes",
                    "timing: compiled vjp (+0.073029, -0.316766) agrees"],
    "per_sample_grads.py": ["vmap(grad) equals the per-example loop: yes"],
    "distributed_fit.py": ["weights identical on every rank: yes",
                           "gradient at the fit matches one process on all 40000 rows: yes"],
    "custom_function.py": ["all four gradients match the dense solve: yes", "gradgradcheck: passed"],
}

# (pattern, replacement), applied in order: the torch spelling of the imports.
TO_TORCH = [
    (r"^(\s*)import cotangent as torch\b", r"\1import torch"),
    (r"^(\s*)from cotangent\.func import\b", r"\1from functorch import"),
    (r"^(\s*)from cotangent\.", r"\1from torch."),
    (r"^(\s*)import cotangent\.", r"\1import torch."),
]

NUMBER = re.compile(r"[-+]?\d+(?:\.(\d+))?(?:[eE]([-+]?\d+))?")


def _package_root():
    import cotangent
    return os.environ.get("COTANGENT_PYTHONPATH", os.path.dirname(os.path.dirname(cotangent.__file__)))


def _launcher(source):
    """[] or the mpiexec command line a script asks for with `# run: mpiexec -np N`."""
    m = re.search(r"^# run: mpiexec -np (\d+)\s*$", source, flags=re.M)
    if not m:
        return [], {}
    mpiexec = shutil.which("mpiexec")
    import cotangent
    if mpiexec is None or not cotangent.distributed.is_available():
        pytest.skip("needs Open MPI's mpiexec and cotangent.distributed")
    with socket.socket() as s:  # a free port for torch's gloo rendezvous
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PORT": str(port),
           "OMPI_MCA_btl_vader_single_copy_mechanism": "none"}  # containers often forbid CMA
    return [mpiexec, "--allow-run-as-root", "--oversubscribe", "-np", m.group(1)], env


def _run(path, pythonpath, cwd, launcher=((), {})):
    env = dict(os.environ, PYTHONPATH=pythonpath, **launcher[1])
    return subprocess.run([*launcher[0], sys.executable, path], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def _to_torch(source):
    for pattern, replacement in TO_TORCH:
        source = re.sub(pattern, replacement, source, flags=re.M)
    return source


def _compared(output):
    return [line for line in output.splitlines() if not line.startswith("timing:")]


def _close(a, b):
    """Two printed numbers agree within one unit of the last printed digit
    (integers: exactly)."""
    x = NUMBER.fullmatch(a)
    if not x.group(1) and not x.group(2):
        return a == b
    ulp = 10.0 ** (-len(x.group(1) or "") + int(x.group(2) or 0))
    return abs(float(a) - float(b)) <= 1.01 * ulp + 1e-8


def _same_line(a, b):
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return False
    return all(_close(x.group(0), y.group(0)) for x, y in zip(NUMBER.finditer(a), NUMBER.finditer(b)))


def test_there_are_examples():
    assert {os.path.basename(s) for s in SCRIPTS} >= set(KEY_LINES)


@pytest.mark.parametrize("script", SCRIPTS, ids=os.path.basename)
def test_example(script, tmp_path):
    name = os.path.basename(script)
    source = open(script).read()
    assert "import cotangent as torch\n" in source, name
    launcher = _launcher(source)
    ct = _run(script, _package_root(), str(tmp_path), launcher)
    assert ct.returncode == 0, ct.stdout + ct.stderr
    assert name in KEY_LINES, "add a key line for %s to KEY_LINES" % name
    for key in KEY_LINES[name]:
        assert key in ct.stdout, (key, ct.stdout)

    if re.search(r"^# torch: not applicable \(.+\)", source, flags=re.M):
        return
    torch_source = _to_torch(source)
    left = re.findall(r"^\s*(?:import|from)\s+cotangent\b.*|\bcotangent\.\w+", torch_source, flags=re.M)
    assert not left, "not rewritten for torch: %s" % left
    torch_script = tmp_path / ("torch_" + name)
    torch_script.write_text(torch_source)
    # PYTHONPATH without the cotangent package: the torch run must not reach it
    th = _run(str(torch_script), "", str(tmp_path), _launcher(source))
    assert th.returncode == 0, th.stdout + th.stderr
    a, b = _compared(ct.stdout), _compared(th.stdout)
    assert len(a) == len(b), "\n".join(["cotangent:"] + a + ["torch:"] + b)
    for x, y in zip(a, b):
        assert _same_line(x, y), "cotangent: %r\ntorch:     %r" % (x, y)
