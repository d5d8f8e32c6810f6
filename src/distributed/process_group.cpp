// The process group over MPI: init/adopt/destroy, the rendezvous that
// checks every collective before any data moves, and the value-level
// collectives (see process_group.h).
#include "distributed/process_group.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>

#include "cotangent/autograd.h"
#include "cotangent/ops.h"

namespace ct::distributed {

const char* reduce_op_name(ReduceOp op) {
  switch (op) {
    case ReduceOp::SUM:
      return "SUM";
    case ReduceOp::AVG:
      return "AVG";
    case ReduceOp::PRODUCT:
      return "PRODUCT";
    case ReduceOp::MIN:
      return "MIN";
    case ReduceOp::MAX:
      return "MAX";
  }
  return "?";
}

namespace detail {
namespace {

// What every rank says about the collective it is entering. Fixed size, sent
// as bytes to every other rank.
struct Header {
  uint64_t call = 0;   // collectives this rank has entered since init
  int32_t dtype = -1;  // -1: no tensor (barrier)
  int32_t op = -1;
  int32_t root = -1;
  int32_t failed = 0;
  int32_t ndim = 0;  // -1: shape not compared (rows that may differ)
  int32_t pad = 0;
  int64_t numel = 0;
  int64_t dims[6] = {};
  uint64_t shape_hash = 0;  // all dims (more than 6), or a list of shapes
  char name[24] = {};
  char text[200] = {};  // a failed rank's error
};

struct State {
  std::mutex mutex;
  MPI_Comm comm = MPI_COMM_NULL;
  int rank = -1;
  int size = -1;
  uint64_t calls = 0;
  std::chrono::milliseconds timeout{0};
  bool check = true;
  std::string broken;  // why the group is unusable, after a timeout
};

State& state() {
  static State* s = new State;  // never destroyed: usable from atexit handlers
  return *s;
}

bool g_owns_mpi = false;  // guarded by state().mutex
constexpr int kHeaderTag = 0x0c7;

std::string shape_text(const Header& h) {
  if (h.dtype < 0) return "no tensor";
  std::string s = dtype_name(static_cast<DType>(h.dtype));
  if (h.ndim < 0) return s + " rows of [..., " + std::to_string(h.numel) + " elements per row]";
  if (h.ndim > 6) return s + " with " + std::to_string(h.numel) + " elements";
  s += " [";
  for (int i = 0; i < h.ndim; ++i) s += (i ? ", " : "") + std::to_string(h.dims[i]);
  return s + "]";
}

[[noreturn]] void fail(const State& s, const char* name, const std::string& what) {
  throw RuntimeError(std::string("cotangent.distributed.") + name + " on rank " +
                     std::to_string(s.rank) + ": " + what);
}

void check_mpi(const State& s, int rc, const char* name, const char* call) {
  if (rc == MPI_SUCCESS) return;
  char msg[MPI_MAX_ERROR_STRING];
  int len = 0;
  MPI_Error_string(rc, msg, &len);
  fail(s, name, std::string(call) + " failed: " + std::string(msg, len));
}

MPI_Datatype mpi_type(DType t) {
  switch (t) {
    case DType::Float32:
      return MPI_FLOAT;
    case DType::Float64:
      return MPI_DOUBLE;
    case DType::Int64:
      return MPI_INT64_T;
    case DType::Int32:
      return MPI_INT32_T;
    case DType::Bool:
      return MPI_C_BOOL;
  }
  return MPI_BYTE;
}

MPI_Op mpi_op(ReduceOp op, DType t) {
  if (t == DType::Bool) {
    // torch's bool reductions: any for SUM/MAX, all for MIN/PRODUCT.
    return op == ReduceOp::MIN || op == ReduceOp::PRODUCT ? MPI_LAND : MPI_LOR;
  }
  switch (op) {
    case ReduceOp::SUM:
    case ReduceOp::AVG:
      return MPI_SUM;
    case ReduceOp::PRODUCT:
      return MPI_PROD;
    case ReduceOp::MIN:
      return MPI_MIN;
    case ReduceOp::MAX:
      return MPI_MAX;
  }
  return MPI_SUM;
}

Header describe(const char* name, const Tensor* t, ReduceOp op, int root, bool compare_rows) {
  Header h;
  std::strncpy(h.name, name, sizeof(h.name) - 1);
  h.op = static_cast<int32_t>(op);
  h.root = root;
  if (t) {
    h.dtype = static_cast<int32_t>(t->dtype());
    h.ndim = static_cast<int32_t>(t->dim());
    h.numel = t->numel();
    uint64_t hash = 1469598103934665603ull;
    for (int64_t i = 0; i < t->dim(); ++i) {
      if (i < 6) h.dims[i] = t->size(i);
      hash = (hash ^ static_cast<uint64_t>(t->size(i))) * 1099511628211ull;
    }
    h.shape_hash = hash;
    if (!compare_rows) {
      // Rows may differ: compare the elements of one row only.
      h.ndim = -1;
      h.numel = 1;
      for (int64_t i = 1; i < t->dim(); ++i) h.numel *= t->size(i);
      h.shape_hash = 0;
      std::fill(std::begin(h.dims), std::end(h.dims), 0);
      for (int64_t i = 1; i < t->dim(); ++i) h.shape_hash = h.shape_hash * 31 + t->size(i) + 1;
    }
  }
  return h;
}

bool same_call(const Header& a, const Header& b) {
  return a.call == b.call && std::strncmp(a.name, b.name, sizeof(a.name)) == 0;
}
bool same_args(const Header& a, const Header& b) {
  return a.dtype == b.dtype && a.op == b.op && a.root == b.root && a.ndim == b.ndim &&
         a.numel == b.numel && a.shape_hash == b.shape_hash &&
         std::equal(std::begin(a.dims), std::end(a.dims), std::begin(b.dims));
}

// Waits for the requests with MPI_Test (MPI's blocking waits cannot time
// out), spinning briefly, then yielding, then sleeping: oversubscribed ranks
// must leave the core to the rank they wait for.
bool wait_all(std::vector<MPI_Request>& reqs, std::chrono::steady_clock::time_point deadline) {
  auto start = std::chrono::steady_clock::now();
  for (int spin = 0;; ++spin) {
    int done = 0;
    MPI_Testall(static_cast<int>(reqs.size()), reqs.data(), &done, MPI_STATUSES_IGNORE);
    if (done) return true;
    auto now = std::chrono::steady_clock::now();
    if (now >= deadline) return false;
    if (spin < 64) continue;
    if (now - start < std::chrono::milliseconds(5))
      std::this_thread::yield();
    else
      std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

// Every rank sends its header to every other rank and waits for theirs;
// then all of them reach the same verdict from the same headers.
void rendezvous(State& s, Header mine) {
  if (!s.broken.empty()) fail(s, mine.name, s.broken);
  mine.call = ++s.calls;
  // Without the check nothing is exchanged: a rank's local failure is not
  // signalled then, and the others wait in MPI's collective.
  if (!s.check || s.size == 1) return;
  std::vector<Header> all(s.size);
  all[s.rank] = mine;
  std::vector<MPI_Request> recvs, sends;
  std::vector<int> peers;
  for (int p = 0; p < s.size; ++p) {
    if (p == s.rank) continue;
    peers.push_back(p);
    recvs.emplace_back();
    check_mpi(s, MPI_Irecv(&all[p], sizeof(Header), MPI_BYTE, p, kHeaderTag, s.comm, &recvs.back()),
              mine.name, "MPI_Irecv");
  }
  for (int p : peers) {
    sends.emplace_back();
    check_mpi(s, MPI_Isend(&mine, sizeof(Header), MPI_BYTE, p, kHeaderTag, s.comm, &sends.back()),
              mine.name, "MPI_Isend");
  }
  // Timeouts beyond a century mean "never" (now + timeout would overflow).
  auto deadline = s.timeout > std::chrono::hours(24 * 365 * 100)
                      ? std::chrono::steady_clock::time_point::max()
                      : std::chrono::steady_clock::now() + s.timeout;
  bool arrived = wait_all(recvs, deadline) && wait_all(sends, deadline);
  if (!arrived) {
    std::string missing;
    for (size_t i = 0; i < recvs.size(); ++i) {
      if (recvs[i] == MPI_REQUEST_NULL) continue;
      int done = 0;
      MPI_Test(&recvs[i], &done, MPI_STATUS_IGNORE);
      if (done) continue;
      missing += (missing.empty() ? "" : ", ") + std::to_string(peers[i]);
      // Cancel and wait: a header that matched meanwhile is received now,
      // never later into `all` (gone once we throw).
      MPI_Cancel(&recvs[i]);
      MPI_Wait(&recvs[i], MPI_STATUS_IGNORE);
    }
    for (MPI_Request& r : sends) {  // `mine` goes away too
      if (r == MPI_REQUEST_NULL) continue;
      MPI_Cancel(&r);
      MPI_Wait(&r, MPI_STATUS_IGNORE);
    }
    double seconds = std::chrono::duration<double>(s.timeout).count();
    char secs[32];
    std::snprintf(secs, sizeof(secs), "%g", seconds);
    std::string what = std::string("call ") + std::to_string(mine.call) + " (" + mine.name +
                       "): rank" + (missing.find(',') == std::string::npos ? " " : "s ") +
                       (missing.empty() ? "?" : missing) + " did not join within " + secs +
                       " s (a collective called on some ranks only, or a rank that died or "
                       "hangs)";
    s.broken = "the process group is unusable after a timeout in " + what +
               "; destroy_process_group() and start again";
    fail(s, mine.name, what + "; the process group is now unusable");
  }
  // Verdict: the same on every rank, as every rank has every header.
  for (int p = 0; p < s.size; ++p)
    if (all[p].failed)
      fail(s, mine.name,
           "rank " + std::to_string(p) + " failed in " + all[p].name + ": " + all[p].text);
  for (int p = 1; p < s.size; ++p) {
    if (!same_call(all[0], all[p]))
      fail(s, mine.name,
           "the ranks called different collectives: rank 0 called " + std::string(all[0].name) +
               " (its call " + std::to_string(all[0].call) + "), rank " + std::to_string(p) +
               " called " + all[p].name + " (its call " + std::to_string(all[p].call) + ")");
  }
  for (int p = 1; p < s.size; ++p) {
    if (same_args(all[0], all[p])) continue;
    std::string what = std::string("the ranks disagree on the tensor: rank 0 has ") +
                       shape_text(all[0]) + ", rank " + std::to_string(p) + " has " +
                       shape_text(all[p]);
    if (all[0].op != all[p].op)
      what = std::string("the ranks disagree on the op: rank 0 has ReduceOp.") +
             reduce_op_name(static_cast<ReduceOp>(all[0].op)) + ", rank " + std::to_string(p) +
             " has ReduceOp." + reduce_op_name(static_cast<ReduceOp>(all[p].op));
    else if (all[0].root != all[p].root)
      what = "the ranks disagree on src: rank 0 has " + std::to_string(all[0].root) + ", rank " +
             std::to_string(p) + " has " + std::to_string(all[p].root);
    fail(s, mine.name, what);
  }
}

int element_count(const State& s, int64_t n, const char* name) {
  if (n > INT_MAX)
    fail(s, name,
         "more than 2^31 - 1 elements per rank in one gather or scatter (" + std::to_string(n) +
             "); split the tensor");
  return static_cast<int>(n);
}

State& locked_group(std::unique_lock<std::mutex>& lock, const char* name) {
  State& s = state();
  lock = std::unique_lock<std::mutex>(s.mutex);
  if (s.comm == MPI_COMM_NULL)
    throw RuntimeError(
        "Default process group has not been initialized, please make sure to call "
        "init_process_group.");
  return s;
}

void check_avg(const State& s, DType t, ReduceOp op, const char* name) {
  if (op == ReduceOp::AVG && !is_floating_point(t))
    fail(s, name, std::string("ReduceOp.AVG needs a floating point tensor, got ") + dtype_name(t));
}

// AVG's last step, in place on a contiguous floating point buffer.
void divide(Tensor& t, int size) {
  if (t.dtype() == DType::Float32) {
    float* p = t.data_ptr<float>();
    for (int64_t i = 0, n = t.numel(); i < n; ++i) p[i] /= static_cast<float>(size);
  } else {
    double* p = t.data_ptr<double>();
    for (int64_t i = 0, n = t.numel(); i < n; ++i) p[i] /= size;
  }
}

void all_reduce_buffer(const State& s, const void* in, void* out, int64_t n, DType t, ReduceOp op,
                       const char* name) {
  const size_t esize = element_size(t);
  for (int64_t done = 0; done < n;) {
    int count = static_cast<int>(std::min<int64_t>(n - done, INT_MAX / 2));
    const char* src = static_cast<const char*>(in) + done * esize;
    char* dst = static_cast<char*>(out) + done * esize;
    check_mpi(s,
              MPI_Allreduce(src == dst ? MPI_IN_PLACE : src, dst, count, mpi_type(t), mpi_op(op, t),
                            s.comm),
              name, "MPI_Allreduce");
    done += count;
  }
}

}  // namespace

void require_group(const char* collective) {
  std::unique_lock<std::mutex> lock;
  locked_group(lock, collective);
}
int rank_or_throw(const char* collective) {
  std::unique_lock<std::mutex> lock;
  return locked_group(lock, collective).rank;
}
int world_size_or_throw(const char* collective) {
  std::unique_lock<std::mutex> lock;
  return locked_group(lock, collective).size;
}

Tensor all_reduce_values(const Tensor& t, ReduceOp op, const char* name) {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, name);
  check_avg(s, t.dtype(), op, name);
  Tensor in = t.detach().contiguous();
  rendezvous(s, describe(name, &in, op, -1, true));
  Tensor out = empty(in.shape(), in.dtype());
  all_reduce_buffer(s, in.raw_data_ptr(), out.raw_data_ptr(), in.numel(), in.dtype(), op, name);
  if (op == ReduceOp::AVG) divide(out, s.size);
  return out;
}

std::vector<Tensor> all_reduce_many(const std::vector<Tensor>& ts, ReduceOp op, const char* name) {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, name);
  // Grouped by dtype, in order of first appearance; one flat buffer each.
  std::vector<DType> dtypes;
  for (const Tensor& t : ts)
    if (std::find(dtypes.begin(), dtypes.end(), t.dtype()) == dtypes.end())
      dtypes.push_back(t.dtype());
  std::vector<Tensor> out(ts.size());
  for (DType dt : dtypes) {
    check_avg(s, dt, op, name);
    std::vector<Tensor> flat;
    std::vector<size_t> which;
    uint64_t hash = 7;
    for (size_t i = 0; i < ts.size(); ++i) {
      if (ts[i].dtype() != dt) continue;
      flat.push_back(ts[i].detach().reshape({-1}));
      which.push_back(i);
      hash = hash * 1000003 + static_cast<uint64_t>(ts[i].dim());
      for (int64_t d : ts[i].shape()) hash = hash * 1000003 + static_cast<uint64_t>(d);
    }
    Tensor buf = flat.size() == 1 ? flat[0].contiguous().clone() : cat(flat);
    Header h = describe(name, &buf, op, -1, true);
    h.shape_hash ^= hash;  // every tensor's shape, not just their total
    rendezvous(s, h);
    all_reduce_buffer(s, buf.raw_data_ptr(), buf.raw_data_ptr(), buf.numel(), dt, op, name);
    if (op == ReduceOp::AVG) divide(buf, s.size);
    int64_t offset = 0;
    for (size_t k = 0; k < which.size(); ++k) {
      const Tensor& src = ts[which[k]];
      out[which[k]] = buf.narrow(0, offset, src.numel()).view(src.shape());
      offset += src.numel();
    }
  }
  return out;
}

Tensor broadcast_values(const Tensor& t, int src, const char* name) {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, name);
  if (src < 0 || src >= s.size)
    fail(s, name,
         "src " + std::to_string(src) + " is not a rank of a group of " + std::to_string(s.size));
  Tensor buf = t.detach().contiguous().clone();
  rendezvous(s, describe(name, &buf, ReduceOp::SUM, src, true));
  const size_t esize = element_size(buf.dtype());
  for (int64_t done = 0, n = buf.numel(); done < n;) {
    int count = static_cast<int>(std::min<int64_t>(n - done, INT_MAX / 2));
    check_mpi(s,
              MPI_Bcast(static_cast<char*>(buf.raw_data_ptr()) + done * esize, count,
                        mpi_type(buf.dtype()), src, s.comm),
              name, "MPI_Bcast");
    done += count;
  }
  return buf;
}

Tensor all_gather_rows(const Tensor& t, const char* name, bool uneven_rows) {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, name);
  Tensor in = t.detach().contiguous();
  if (in.dim() == 0) in = in.reshape({1});
  rendezvous(s, describe(name, &in, ReduceOp::SUM, -1, !uneven_rows));
  Shape out_shape = in.shape();
  int64_t row = 1;  // elements per row (a rank may have no rows)
  for (int64_t i = 1; i < in.dim(); ++i) row *= in.size(i);
  MPI_Datatype type = mpi_type(in.dtype());
  if (!uneven_rows) {
    out_shape[0] = in.size(0) * s.size;
    Tensor out = empty(out_shape, in.dtype());
    int count = element_count(s, in.numel(), name);
    check_mpi(
        s, MPI_Allgather(in.raw_data_ptr(), count, type, out.raw_data_ptr(), count, type, s.comm),
        name, "MPI_Allgather");
    return out;
  }
  std::vector<int64_t> rows(s.size);
  int64_t mine = in.size(0);
  check_mpi(s, MPI_Allgather(&mine, 1, MPI_INT64_T, rows.data(), 1, MPI_INT64_T, s.comm), name,
            "MPI_Allgather");
  std::vector<int> counts(s.size), displs(s.size);
  int64_t total = 0;
  for (int p = 0; p < s.size; ++p) {
    displs[p] = element_count(s, total * row, name);
    counts[p] = element_count(s, rows[p] * row, name);
    total += rows[p];
  }
  element_count(s, total * row, name);
  out_shape[0] = total;
  Tensor out = empty(out_shape, in.dtype());
  check_mpi(s,
            MPI_Allgatherv(in.raw_data_ptr(), counts[s.rank], type, out.raw_data_ptr(),
                           counts.data(), displs.data(), type, s.comm),
            name, "MPI_Allgatherv");
  return out;
}

Tensor reduce_scatter_rows(const Tensor& t, ReduceOp op, const char* name) {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, name);
  check_avg(s, t.dtype(), op, name);
  Tensor in = t.detach().contiguous();
  if (in.dim() == 0 || in.size(0) % s.size != 0)
    fail(s, name,
         "the input's first dim (" + (in.dim() ? std::to_string(in.size(0)) : std::string("none")) +
             ") must be a multiple of the world size " + std::to_string(s.size));
  rendezvous(s, describe(name, &in, op, -1, true));
  Shape out_shape = in.shape();
  out_shape[0] /= s.size;
  Tensor out = empty(out_shape, in.dtype());
  int count = element_count(s, out.numel(), name);
  check_mpi(s,
            MPI_Reduce_scatter_block(in.raw_data_ptr(), out.raw_data_ptr(), count,
                                     mpi_type(in.dtype()), mpi_op(op, in.dtype()), s.comm),
            name, "MPI_Reduce_scatter_block");
  if (op == ReduceOp::AVG) divide(out, s.size);
  return out;
}

void barrier_rendezvous() {
  std::unique_lock<std::mutex> lock;
  State& s = locked_group(lock, "barrier");
  rendezvous(s, describe("barrier", nullptr, ReduceOp::SUM, -1, true));
  // The rendezvous is a barrier (every rank heard from every other); without
  // the check, MPI's.
  if (!s.check) check_mpi(s, MPI_Barrier(s.comm), "barrier", "MPI_Barrier");
}

void report_failure(const char* name, const std::string& what) {
  try {
    std::unique_lock<std::mutex> lock;
    State& s = locked_group(lock, name);
    Header h = describe(name, nullptr, ReduceOp::SUM, -1, true);
    h.failed = 1;
    // The first line (a Python error's traceback follows on later ones).
    std::string first = what.substr(0, what.find('\n'));
    std::strncpy(h.text, first.c_str(), sizeof(h.text) - 1);
    rendezvous(s, h);
  } catch (...) {
    // The caller rethrows its own error; the others' verdict says the rest.
  }
}

}  // namespace detail

// ---- the group's life ----------------------------------------------------
namespace {

void finalize_at_exit() {
  int initialized = 0, finalized = 0;
  MPI_Initialized(&initialized);
  MPI_Finalized(&finalized);
  if (initialized && !finalized) {
    detail::State& s = detail::state();
    if (s.comm != MPI_COMM_NULL) MPI_Comm_free(&s.comm);
    MPI_Finalize();
  }
}

std::chrono::milliseconds timeout_from_env(std::chrono::milliseconds fallback) {
  const char* v = std::getenv("COTANGENT_DISTRIBUTED_TIMEOUT");
  if (!v || !*v) return fallback;
  char* end = nullptr;
  double seconds = std::strtod(v, &end);
  if (end == v || !(seconds > 0) || !std::isfinite(seconds))
    throw ValueError(std::string("COTANGENT_DISTRIBUTED_TIMEOUT must be a positive number of "
                                 "seconds, got \"") +
                     v + "\"");
  return std::chrono::milliseconds(static_cast<int64_t>(std::ceil(std::min(seconds, 1e12) * 1000)));
}

}  // namespace

void init_process_group(MPI_Comm comm, InitOptions options) {
  detail::State& s = detail::state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.comm != MPI_COMM_NULL)
    throw RuntimeError("trying to initialize the default process group twice!");
  int initialized = 0;
  MPI_Initialized(&initialized);
  if (!initialized)
    throw RuntimeError(
        "cotangent.distributed.init_process_group: MPI is not initialized (call MPI_Init first, "
        "or init_process_group(\"mpi\"), which does)");
  if (comm == MPI_COMM_NULL)
    throw ValueError("cotangent.distributed.init_process_group: the communicator is MPI_COMM_NULL");
  std::chrono::milliseconds timeout = timeout_from_env(options.timeout);
  if (timeout.count() <= 0)
    throw ValueError("cotangent.distributed.init_process_group: the timeout must be positive");
  MPI_Comm dup = MPI_COMM_NULL;
  int rc = MPI_Comm_dup(comm, &dup);
  if (rc != MPI_SUCCESS)
    throw RuntimeError("cotangent.distributed.init_process_group: MPI_Comm_dup failed");
  MPI_Comm_set_errhandler(dup, MPI_ERRORS_RETURN);
  MPI_Comm_rank(dup, &s.rank);
  MPI_Comm_size(dup, &s.size);
  s.comm = dup;
  s.calls = 0;
  s.timeout = timeout;
  s.check = options.check_consistency;
  s.broken.clear();
}

void init_process_group(const std::string& backend, InitOptions options) {
  if (backend != "mpi")
    throw RuntimeError("cotangent.distributed: backend \"" + backend +
                       "\" is not available; cotangent's backend is \"mpi\"");
  {
    std::lock_guard<std::mutex> lock(detail::state().mutex);
    int initialized = 0, finalized = 0;
    MPI_Initialized(&initialized);
    MPI_Finalized(&finalized);
    if (finalized)
      throw RuntimeError(
          "cotangent.distributed.init_process_group: MPI was finalized; it cannot start again "
          "in this process");
    if (!initialized) {
      int provided = 0;
      MPI_Init_thread(nullptr, nullptr, MPI_THREAD_MULTIPLE, &provided);
      detail::g_owns_mpi = true;
      std::atexit(finalize_at_exit);
    }
  }
  init_process_group(MPI_COMM_WORLD, options);
}

void destroy_process_group() {
  detail::State& s = detail::state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.comm == MPI_COMM_NULL)
    throw RuntimeError(
        "Default process group has not been initialized, please make sure to call "
        "init_process_group.");
  int finalized = 0;
  MPI_Finalized(&finalized);
  if (!finalized) MPI_Comm_free(&s.comm);
  s.comm = MPI_COMM_NULL;
  s.rank = s.size = -1;
}

void finalize() {
  if (is_initialized()) destroy_process_group();
  std::lock_guard<std::mutex> lock(detail::state().mutex);
  int initialized = 0, finalized = 0;
  MPI_Initialized(&initialized);
  MPI_Finalized(&finalized);
  if (detail::g_owns_mpi && initialized && !finalized) MPI_Finalize();
}

bool is_initialized() {
  detail::State& s = detail::state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.comm != MPI_COMM_NULL;
}
bool is_mpi_available() { return true; }
int get_rank() { return detail::rank_or_throw("get_rank"); }
int get_world_size() { return detail::world_size_or_throw("get_world_size"); }
std::string get_backend() {
  detail::require_group("get_backend");
  return "mpi";
}
void barrier() { detail::barrier_rendezvous(); }

}  // namespace ct::distributed
