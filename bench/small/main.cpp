// The small-function suite, side by side in one run: every tool on every
// case, repetitions interleaved (a slow phase of the machine hits all tools
// alike), the median per call reported, and every tool's last result checked
// against cotangent eager's.
//   ./build/bench/small_functions [repetitions=31] [seconds per measurement=0.02] [filter]
// (filter: only the entries whose case or tool contains it; for perf)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "small_functions.h"

namespace {

double seconds_per_call(const small::Entry& e, double budget) {
  using clock = std::chrono::steady_clock;
  int64_t iters = 1;
  for (;;) {
    const auto t0 = clock::now();
    for (int64_t i = 0; i < iters; ++i) e.step();
    const double s = std::chrono::duration<double>(clock::now() - t0).count();
    if (s >= budget || iters >= (int64_t(1) << 30)) return s / static_cast<double>(iters);
    iters = s <= 0 ? iters * 10 : std::max<int64_t>(iters * 2, int64_t(iters * budget / s * 1.2));
  }
}

std::string format_time(double s) {
  char buf[32];
  if (s < 1e-6)
    std::snprintf(buf, sizeof buf, "%.0f ns", s * 1e9);
  else if (s < 1e-3)
    std::snprintf(buf, sizeof buf, "%.2f us", s * 1e6);
  else
    std::snprintf(buf, sizeof buf, "%.2f ms", s * 1e3);
  return buf;
}

// max |a - b| / (1 + |b|)
double difference(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return INFINITY;
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::abs(a[i] - b[i]) / (1 + std::abs(b[i])));
  return worst;
}

}  // namespace

int main(int argc, char** argv) {
  const int reps = argc > 1 ? std::atoi(argv[1]) : 31;
  const double budget = argc > 2 ? std::atof(argv[2]) : 0.02;
  std::vector<small::Entry> entries;
  small::add_cotangent(entries);
#ifdef SMALL_WITH_ADOLC
  small::add_adolc(entries);
#endif
#ifdef SMALL_WITH_CERES
  small::add_ceres(entries);
#endif
#ifdef SMALL_WITH_TORCH
  small::add_torch(entries);
#endif
  if (argc > 3) {
    const std::string filter = argv[3];
    std::erase_if(entries, [&](const small::Entry& e) {
      return e.case_name.find(filter) == std::string::npos &&
             e.tool.find(filter) == std::string::npos &&
             (e.case_name + " " + e.tool).find(filter) == std::string::npos;
    });
  }
  std::map<std::string, size_t> case_rank;  // cases in the order cotangent adds them
  for (auto& e : entries) case_rank.emplace(e.case_name, case_rank.size());
  std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
    return case_rank[a.case_name] < case_rank[b.case_name];
  });
  std::vector<std::vector<double>> times(entries.size());
  for (auto& e : entries) e.step();  // warm up (and record, for the compiled tools)
  for (int r = 0; r < reps; ++r)
    for (size_t i = 0; i < entries.size(); ++i)
      times[i].push_back(seconds_per_call(entries[i], budget));
  for (auto& e : entries) {
    if (e.reset) e.reset();
    e.step();
  }
  std::map<std::string, std::vector<double>> reference;
  for (auto& e : entries)
    if (e.tool == "cotangent eager") reference[e.case_name] = e.result();
  std::printf("%-34s %-20s %12s   %s\n", "case", "tool", "median/call", "max rel. diff vs eager");
  bool all_agree = true;
  std::string last_case;
  for (size_t i = 0; i < entries.size(); ++i) {
    auto& t = times[i];
    std::sort(t.begin(), t.end());
    const auto ref = reference.find(entries[i].case_name);  // (absent when filtered out)
    const double diff = ref == reference.end() ? 0 : difference(entries[i].result(), ref->second);
    all_agree &= diff < 1e-8;
    if (entries[i].case_name != last_case && !last_case.empty()) std::printf("\n");
    last_case = entries[i].case_name;
    std::printf("%-34s %-20s %12s   %.1e\n", entries[i].case_name.c_str(), entries[i].tool.c_str(),
                format_time(t[t.size() / 2]).c_str(), diff);
  }
  if (!all_agree) {
    std::printf("\nSOME TOOLS DISAGREE with cotangent eager (above 1e-8)\n");
    return 1;
  }
  return 0;
}
