"""cotangent.nn: only the functional interface (cotangent.nn.functional)."""
from . import functional  # noqa: F401
