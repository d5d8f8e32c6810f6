// The process group's state and the value-level collectives every public
// call goes through: lock, rendezvous (same collective, dtype and shapes on
// every rank, within the timeout), then MPI's collective on contiguous
// buffers. Results are new tensors that no graph records; autograd lives in
// collectives.cpp.
#pragma once
#include <string>
#include <vector>

#include "cotangent/distributed.h"

namespace ct::distributed::detail {

// Raises PyTorch's "Default process group has not been initialized" when
// there is no group.
void require_group(const char* collective);
int rank_or_throw(const char* collective);
int world_size_or_throw(const char* collective);

// Each returns a new contiguous tensor. `name` is the collective the errors
// name ("all_reduce", or the transform that called it, "vjp").
Tensor all_reduce_values(const Tensor& t, ReduceOp op, const char* name);
Tensor broadcast_values(const Tensor& t, int src, const char* name);
// [world_size * rows, ...] from each rank's [rows, ...]; rows may differ
// between ranks when uneven_rows (the trailing shape must not).
Tensor all_gather_rows(const Tensor& t, const char* name, bool uneven_rows = false);
// [rows, ...] from [world_size * rows, ...]: this rank's block, reduced.
Tensor reduce_scatter_rows(const Tensor& t, ReduceOp op, const char* name);
// One rendezvous and one all_reduce per dtype for a list of tensors.
std::vector<Tensor> all_reduce_many(const std::vector<Tensor>& ts, ReduceOp op, const char* name);
void barrier_rendezvous();
// Joins the next collective as failed, so that the other ranks raise
// "rank r failed: <what>" instead of waiting for it; the caller rethrows.
void report_failure(const char* name, const std::string& what);

// Runs a rank's local part of a transform; an exception is reported to the
// other ranks (report_failure) and rethrown.
template <class F>
auto run_local(const char* name, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    report_failure(name, e.what());
    throw;
  }
}

}  // namespace ct::distributed::detail
