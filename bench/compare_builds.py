#!/usr/bin/python3
"""Before/after check of eager speed: runs the same workloads on two or more
benchmark binaries (e.g. a cotangent_bench kept from before a change, the new
one, and LibTorch's torch_bench), alternately, 1 thread, and prints the
median of each in microseconds. Issue 12 asks for a, c16 and e within 5%.

  /usr/bin/python3 bench/compare_builds.py /tmp/cotangent_bench_before \\
      build/bench/cotangent_bench build/bench/torch_bench
"""
import json, os, statistics, subprocess, sys

WORKLOADS = [("a", "BM_ExpReducerVjp/4"), ("c16", "BM_AdderVjp/16"), ("d", "BM_MlpVjp"),
             ("e", "BM_Chain200Vjp"), ("f", "BM_LogSoftmaxVjp"), ("g", "BM_SecondOrderVjp")]


def run(binary, name):
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", BENCH_THREADS="1")
    out = subprocess.run([binary, f"--benchmark_filter=^{name}$", "--benchmark_format=json",
                          "--benchmark_min_time=0.3", "--benchmark_min_warmup_time=0.2"],
                         env=env, capture_output=True, text=True, check=True).stdout
    runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type", "iteration") == "iteration"]
    return runs[0]["real_time"]


def main():
    binaries = sys.argv[1:]
    rounds = int(os.environ.get("ROUNDS", "3"))
    for wid, name in WORKLOADS:
        times = {b: [] for b in binaries}
        for _ in range(rounds):
            for b in binaries:
                times[b].append(run(b, name))
        print(wid, "  ".join(f"{b}={statistics.median(v):.1f}us" for b, v in times.items()), flush=True)


if __name__ == "__main__":
    main()
