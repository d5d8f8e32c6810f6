"""The three vjp examples of torch.autograd.functional.vjp's documentation,
run verbatim on torch and on cotangent (`import cotangent as torch`): the
printed text must be PyTorch's (with `ct.` for `torch.` in dtype names)."""
import contextlib
import io
import os
import subprocess
import sys

import torch

DOC_EXAMPLES = '''
from torch.autograd.functional import vjp
torch.manual_seed(0)
def exp_reducer(x):
    return x.exp().sum(dim=1)
inputs = torch.rand(4, 4)
v = torch.ones(4)
print(vjp(exp_reducer, inputs, v))
print(vjp(exp_reducer, inputs, v, create_graph=True))
def adder(x, y):
    return 2 * x + 3 * y
inputs = (torch.rand(2), torch.rand(2))
v = torch.ones(2)
print(vjp(adder, inputs, v))
'''

EXPECTED = """(tensor([6.0321, 7.3285, 6.3710, 5.2277]), tensor([[1.6426, 2.1559, 1.0925, 1.1411],
        [1.3599, 1.8853, 1.6325, 2.4509],
        [1.5772, 1.8819, 1.4175, 1.4944],
        [1.0226, 1.1840, 1.3416, 1.6795]]))
(tensor([6.0321, 7.3285, 6.3710, 5.2277], grad_fn=<SumBackward1>), tensor([[1.6426, 2.1559, 1.0925, 1.1411],
        [1.3599, 1.8853, 1.6325, 2.4509],
        [1.5772, 1.8819, 1.4175, 1.4944],
        [1.0226, 1.1840, 1.3416, 1.6795]], grad_fn=<MulBackward0>))
"""


def _run(code, module):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {"torch": module})
    return out.getvalue()


def test_doc_examples_print_as_torch():
    import cotangent
    src = DOC_EXAMPLES
    t = _run(src, torch)
    c = _run(src.replace("from torch.autograd.functional", "from cotangent.autograd.functional"), cotangent)
    assert c == t.replace("torch.", "ct.")
    assert c.startswith(EXPECTED)
    assert c.splitlines()[-1].startswith("(tensor([")
    assert c.splitlines()[-1].endswith("(tensor([2., 2.]), tensor([3., 3.])))")


def test_doc_examples_verbatim_script(tmp_path):
    """`import cotangent as torch` at the top of the documentation's code."""
    import cotangent
    script = tmp_path / "doc.py"
    script.write_text("import sys, importlib\nimport cotangent as torch\n"
                      "sys.modules['torch'] = torch\nsys.modules['torch.autograd'] = torch.autograd\n"
                      "sys.modules['torch.autograd.functional'] = torch.autograd.functional\n" + DOC_EXAMPLES)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(cotangent.__file__))
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=True)
    assert r.stdout == _run(DOC_EXAMPLES, torch).replace("torch.", "ct.")
