// Internal: lets native forward mode fall back to reverse mode where a custom
// Function has no jvp (the functional family's jvp and hvp then use
// PyTorch's double backward trick on the graph the same call recorded).
#pragma once

namespace ct::forward_ad {

// While a guard is alive on this thread, a custom Function without a jvp
// called on dual inputs gives outputs without tangents instead of raising
// NotImplementedError, and seen() turns true.
class MissingJvpGuard {
 public:
  MissingJvpGuard();
  ~MissingJvpGuard();
  MissingJvpGuard(const MissingJvpGuard&) = delete;
  MissingJvpGuard& operator=(const MissingJvpGuard&) = delete;
  bool seen() const;

 private:
  bool prev_active_;
  bool prev_seen_;
};

// Called where a jvp is missing: true (and noted for the guard) when a
// MissingJvpGuard is alive, false when the caller must raise.
bool tolerate_missing_jvp();

}  // namespace ct::forward_ad
