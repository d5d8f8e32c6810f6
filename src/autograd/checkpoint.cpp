// Checkpointing (include/cotangent/checkpoint.h) on saved-tensor hooks: the
// first run packs each saved tensor as its position only; unpacking the
// first of them runs the function again, this time keeping what it saves,
// and every unpack then returns the recomputed tensor at its position.
#include "cotangent/checkpoint.h"

#include <memory>
#include <mutex>

#include "autograd/node.h"
#include "cotangent/graph.h"

namespace ct {

namespace {

struct Frame {
  CheckpointFunction f;
  std::vector<Tensor> inputs;
  bool preserve_rng_state = true;
  RngState rng;
  size_t packed = 0;  // tensors saved by the first run
  std::mutex mutex;
  bool recomputed = false;
  std::vector<Tensor> saved;  // by position, from the recomputation

  void recompute() {
    // The inputs as the first run saw them (same values, same
    // requires_grad), without their history: the recomputed graph is
    // thrown away, only its saved tensors are kept.
    std::vector<Tensor> in;
    for (const Tensor& t : inputs) {
      Tensor d = t.detach();
      if (t.requires_grad()) d.requires_grad_(true);
      in.push_back(d);
    }
    RngState now;
    if (preserve_rng_state) {
      now = get_rng_state();
      set_rng_state(rng);
    }
    struct Restore {
      Frame* f;
      RngState* now;
      ~Restore() {
        if (f->preserve_rng_state) set_rng_state(*now);
      }
    } restore{this, &now};
    EnableGradGuard grad;
    autograd::SavedTensorsHooks keep(
        [this](const Tensor& t) -> std::any {
          saved.push_back(t);
          return saved.size() - 1;
        },
        [this](const std::any& i) { return saved.at(std::any_cast<size_t>(i)); });
    f(in);
  }
};

}  // namespace

std::vector<Tensor> checkpoint(CheckpointFunction f, const std::vector<Tensor>& inputs,
                               bool preserve_rng_state) {
  auto frame = std::make_shared<Frame>();
  frame->f = std::move(f);
  frame->inputs = inputs;
  frame->preserve_rng_state = preserve_rng_state;
  if (preserve_rng_state) frame->rng = get_rng_state();
  autograd::SavedTensorsHooks drop(
      [frame](const Tensor&) -> std::any { return frame->packed++; },
      [frame](const std::any& position) -> Tensor {
        std::lock_guard<std::mutex> lock(frame->mutex);
        if (!frame->recomputed) {
          frame->recompute();
          frame->recomputed = true;
          if (frame->saved.size() != frame->packed)
            throw RuntimeError(
                "torch.utils.checkpoint: the recomputation saved " +
                std::to_string(frame->saved.size()) + " tensors where the forward pass saved " +
                std::to_string(frame->packed) +
                ": the checkpointed function must compute the same graph every time");
        }
        return frame->saved.at(std::any_cast<size_t>(position));
      });
  return frame->f(inputs);
}

Tensor checkpoint_sequential(const std::vector<std::function<Tensor(const Tensor&)>>& functions,
                             int64_t segments, const Tensor& input, bool preserve_rng_state) {
  if (segments <= 0) throw ValueError("checkpoint_sequential: segments must be positive");
  const int64_t n = static_cast<int64_t>(functions.size());
  const int64_t per = std::max<int64_t>(n / segments, 1);
  // a copy: backward may recompute after the caller's list is gone
  auto fs = std::make_shared<const std::vector<std::function<Tensor(const Tensor&)>>>(functions);
  auto run = [fs](int64_t start, int64_t end) {
    return [fs, start, end](const Tensor& x) {
      Tensor y = x;
      for (int64_t i = start; i <= end; ++i) y = (*fs)[static_cast<size_t>(i)](y);
      return y;
    };
  };
  Tensor x = input;
  int64_t end = -1;
  // torch: every segment but the last is checkpointed; the last runs plainly
  for (int64_t start = 0; start < per * (segments - 1) && start < n; start += per) {
    end = std::min(start + per - 1, n - 1);
    x = checkpoint(run(start, end), x, preserve_rng_state);
  }
  return run(end + 1, n - 1)(x);
}

}  // namespace ct
