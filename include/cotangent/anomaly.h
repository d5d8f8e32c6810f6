// Anomaly mode, as torch.autograd.detect_anomaly: while it is on, every
// recorded op remembers where it was called, a backward node that returns
// NaN raises "Function 'LogBackward0' returned nan values in its 0th
// output.", and any error inside a backward node is preceded by a warning
// that names the forward call that made the node. It is process-wide, as in
// PyTorch, and costs one relaxed atomic load per recorded op when off.
#pragma once
#include <functional>
#include <string>

namespace ct {

bool is_anomaly_enabled();
bool is_anomaly_check_nan_enabled();
// torch.autograd.set_detect_anomaly(mode, check_nan).
void set_detect_anomaly(bool enabled, bool check_nan = true);

// torch.autograd.detect_anomaly(check_nan): on for the guard's lifetime.
class detect_anomaly {
 public:
  explicit detect_anomaly(bool check_nan = true);
  ~detect_anomaly();
  detect_anomaly(const detect_anomaly&) = delete;
  detect_anomaly& operator=(const detect_anomaly&) = delete;

 private:
  bool prev_enabled_, prev_check_nan_;
};
using DetectAnomalyGuard = detect_anomaly;  // LibTorch's name

// Warnings (anomaly mode's "Error detected in ..." message) go to this
// handler; the default writes "Warning: <message>" to stderr. Python's
// bindings turn them into UserWarning. Returns the previous handler.
using WarningHandler = std::function<void(const std::string&)>;
WarningHandler set_warning_handler(WarningHandler handler);

}  // namespace ct
