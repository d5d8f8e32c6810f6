"""cotangent.distributed.nn: torch.distributed.nn's differentiable collectives."""
from . import functional  # noqa: F401
