"""torch.autograd.detect_anomaly and set_detect_anomaly over the C++
anomaly mode (include/cotangent/anomaly.h): while on, each recorded op keeps
the Python stack of its call, a backward node that returns NaN raises, and an
error in a backward node is preceded by a UserWarning naming the forward
call."""
import warnings

from .. import _cotangent as _C


class detect_anomaly:
    """Context manager that enables anomaly detection (as torch 1.13: not a
    decorator)."""

    def __init__(self, check_nan=True):
        self.prev = _C.is_anomaly_enabled()
        self.check_nan = check_nan
        self.prev_check_nan = _C.is_anomaly_check_nan_enabled()
        warnings.warn("Anomaly Detection has been enabled. "
                      "This mode will increase the runtime "
                      "and should only be enabled for debugging.", stacklevel=2)

    def __enter__(self):
        _C._set_detect_anomaly(True, self.check_nan)

    def __exit__(self, *args):
        _C._set_detect_anomaly(self.prev, self.prev_check_nan)


class set_detect_anomaly:
    """Sets anomaly detection on or off at once; as a context manager it
    restores the previous setting on exit."""

    def __init__(self, mode, check_nan=True):
        self.prev = _C.is_anomaly_enabled()
        self.prev_check_nan = _C.is_anomaly_check_nan_enabled()
        _C._set_detect_anomaly(bool(mode), bool(check_nan))

    def __enter__(self):
        pass

    def __exit__(self, *args):
        _C._set_detect_anomaly(self.prev, self.prev_check_nan)
