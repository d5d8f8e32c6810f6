// Anomaly mode: where a node's forward op was called, NaN checks on the
// outputs of backward nodes, and the warning that names the forward call of
// a node whose backward failed. The call site is captured as raw return
// addresses (cheap) while the mode is on, and turned into names, files and
// lines only when an error is reported.
#include "cotangent/anomaly.h"

#include <dlfcn.h>
#include <elf.h>
#include <execinfo.h>
#include <link.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>

#include "autograd/node.h"
#include "cotangent/ops.h"

namespace ct {

namespace {
std::atomic<bool> g_enabled{false};
std::atomic<bool> g_check_nan{true};
std::atomic<AnomalyContextHook> g_context_hook{nullptr};

std::mutex g_warning_mutex;
WarningHandler& warning_handler() {
  static WarningHandler* h = new WarningHandler;  // never destroyed (used at exit)
  return *h;
}

// A frame's function and "file:line", from binutils' addr2line (which reads
// the symbol table and, when the object has it, the debug info).
struct FrameInfo {
  std::string function, location;
};

FrameInfo describe_frame(void* addr) {
  Dl_info info{};
  if (!dladdr(addr, &info) || !info.dli_fname) return {"??", "??"};
  // Return addresses point after the call: step back into it. A position
  // dependent executable is addressed absolutely, anything else relatively.
  uintptr_t offset = reinterpret_cast<uintptr_t>(addr) - 1;
  if (static_cast<const ElfW(Ehdr)*>(info.dli_fbase)->e_type != ET_EXEC)
    offset -= reinterpret_cast<uintptr_t>(info.dli_fbase);
  std::string object = info.dli_fname;
  if (object.empty() || object.find('\'') != std::string::npos) return {"??", "??"};
  char cmd[4200];
  std::snprintf(cmd, sizeof cmd, "addr2line -f -C -e '%s' 0x%lx 2>/dev/null", object.c_str(),
                static_cast<unsigned long>(offset));
  FrameInfo frame{"??", object};
  if (FILE* p = popen(cmd, "r")) {
    char buf[4096];
    auto next_line = [&](std::string& into) {
      if (!std::fgets(buf, sizeof buf, p)) return;
      into = buf;
      while (!into.empty() && (into.back() == '\n' || into.back() == '\r')) into.pop_back();
    };
    next_line(frame.function);
    std::string location;
    next_line(location);
    if (!location.empty() && location.rfind("??", 0) != 0)
      frame.location = location;
    else
      frame.location = object + " (no debug info)";
    pclose(p);
  }
  return frame;
}

// The library's own frames (namespace ct, or the shared library itself) and
// the standard library's are left out: the trace starts at the user's call.
bool is_internal(const FrameInfo& f) {
  const std::string& fn = f.function;
  return fn.rfind("ct::", 0) == 0 || fn.rfind("std::", 0) == 0 ||
         fn.find(" ct::") != std::string::npos || fn.find(" std::") != std::string::npos ||
         fn == "??" || f.location.find("libcotangent") != std::string::npos;
}
}  // namespace

bool is_anomaly_enabled() { return g_enabled.load(std::memory_order_relaxed); }
bool is_anomaly_check_nan_enabled() { return g_check_nan.load(std::memory_order_relaxed); }
void set_detect_anomaly(bool enabled, bool check_nan) {
  g_check_nan.store(check_nan, std::memory_order_relaxed);
  g_enabled.store(enabled, std::memory_order_relaxed);
}

detect_anomaly::detect_anomaly(bool check_nan)
    : prev_enabled_(is_anomaly_enabled()), prev_check_nan_(is_anomaly_check_nan_enabled()) {
  set_detect_anomaly(true, check_nan);
}
detect_anomaly::~detect_anomaly() { set_detect_anomaly(prev_enabled_, prev_check_nan_); }

WarningHandler set_warning_handler(WarningHandler handler) {
  std::lock_guard<std::mutex> lock(g_warning_mutex);
  WarningHandler prev = std::move(warning_handler());
  warning_handler() = std::move(handler);
  return prev;
}

void warn(const std::string& message) {
  WarningHandler h;
  {
    std::lock_guard<std::mutex> lock(g_warning_mutex);
    h = warning_handler();
  }
  if (h)
    h(message);
  else
    std::cerr << "Warning: " << message << std::endl;
}

void set_anomaly_context_hook(AnomalyContextHook hook) { g_context_hook.store(hook); }

std::unique_ptr<AnomalyTrace> capture_anomaly_trace() {
  auto trace = std::make_unique<AnomalyTrace>();
  if (AnomalyContextHook hook = g_context_hook.load()) trace->text = hook();
  if (trace->text.empty()) {
    void* frames[64];
    const int n = backtrace(frames, 64);
    trace->frames.assign(frames, frames + n);
  }
  return trace;
}

std::string describe_anomaly_trace(const AnomalyTrace& trace) {
  if (!trace.text.empty()) return trace.text;
  std::string out;
  int shown = 0;
  for (void* addr : trace.frames) {
    FrameInfo f = describe_frame(addr);
    if (is_internal(f)) continue;
    out += "  " + f.location + " in " + f.function + "\n";
    if (++shown == 12 || f.function == "main") break;
  }
  return out.empty() ? "  (no frames outside the library)\n" : out;
}

void report_anomaly(const Node& node) {
  std::string message = std::string("Error detected in ") + node.name() +
                        ". Traceback of forward call that caused the error:\n";
  message += node.anomaly_trace ? describe_anomaly_trace(*node.anomaly_trace)
                                : "  (the node was recorded while anomaly mode was off)\n";
  warn(message);
}

void check_nan_outputs(const Node& node, const std::vector<Tensor>& outputs) {
  NoGradGuard no_grad;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& g = outputs[i];
    if (!g.defined() || !g.is_floating_point()) continue;
    if (ct::isnan(g.detach()).any().item<bool>())
      throw RuntimeError(std::string("Function '") + node.name() + "' returned nan values in its " +
                         std::to_string(i) + "th output.");
  }
}

}  // namespace ct
