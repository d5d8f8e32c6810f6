#!/usr/bin/python3
"""Runs the workloads of workloads.md on cotangent and on LibTorch, alternately,
and prints medians and the ratio cotangent / LibTorch for 1 and 2 threads,
plus peak RSS of (b) 4096^2.

  cmake -S . -B build -DCOTANGENT_BENCH_TORCH=ON && cmake --build build
  /usr/bin/python3 bench/side_by_side.py [--build build] [--rounds 3] [--compiled] [--json FILE]

--compiled: the ct::compile table instead (workloads.md "Compiled mode"):
cotangent eager, cotangent compiled (the whole vjp recorded once, replayed),
LibTorch and tuned torch, and their ratios to compiled.

"torch" is LibTorch C++ with default settings; "tuned" adds
ATEN_CPU_CAPABILITY=avx512 and glibc malloc tunables (workloads.md). Every
benchmark warms up for 0.2 s first, so one-time page faults of the first call
are not in the medians (for either library).

--json FILE: also writes the medians (microseconds per call, null where a run
gave none) as {"table": "default"|"compiled", "rounds": R, "threads": {"1":
{"a seed 4x4": {"cotangent eager": us, "cotangent compiled": us, "LibTorch": us,
"tuned torch": us}, ...}}} (workload ids as in the tables, runs of spaces made
one); the default table has no "cotangent compiled" (its "cotangent" column is
eager). bench/charts.py draws it.
"""
import argparse, json, os, statistics, subprocess, sys

WORKLOADS = [  # (id, benchmark name)
    ("a  seed 4x4", "BM_ExpReducerVjp/4"),
    ("b  1024^2", "BM_ExpReducerVjp/1024"),
    ("b  4096^2", "BM_ExpReducerVjp/4096"),
    ("c  n=16", "BM_AdderVjp/16"),
    ("c  n=2^24", "BM_AdderVjp/16777216"),
    ("d  MLP", "BM_MlpVjp"),
    ("e  200-op chain", "BM_Chain200Vjp"),
    ("f  log_softmax", "BM_LogSoftmaxVjp"),
    ("g  second order", "BM_SecondOrderVjp"),
    ("h  jacobian rows", "BM_JacobianTanhWx/0"),
]
COMPILED = [  # (id, eager benchmark, compiled benchmark, LibTorch benchmark)
    ("a  seed 4x4", "BM_ExpReducerVjp/4", "BM_CompiledExpReducerVjp/4", "BM_ExpReducerVjp/4"),
    ("b  1024^2", "BM_ExpReducerVjp/1024", "BM_CompiledExpReducerVjp/1024", "BM_ExpReducerVjp/1024"),
    ("b  4096^2", "BM_ExpReducerVjp/4096", "BM_CompiledExpReducerVjp/4096", "BM_ExpReducerVjp/4096"),
    ("c  n=16", "BM_AdderVjp/16", "BM_CompiledAdderVjp/16", "BM_AdderVjp/16"),
    ("c  n=2^24", "BM_AdderVjp/16777216", "BM_CompiledAdderVjp/16777216", "BM_AdderVjp/16777216"),
    ("d  MLP", "BM_MlpVjp", "BM_CompiledMlpVjp", "BM_MlpVjp"),
    ("e  200-op chain", "BM_Chain200Vjp", "BM_CompiledChain200Vjp", "BM_Chain200Vjp"),
    ("f  log_softmax", "BM_LogSoftmaxVjp", "BM_CompiledLogSoftmaxVjp", "BM_LogSoftmaxVjp"),
    ("g  second order", "BM_SecondOrderVjp", "BM_CompiledSecondOrderVjp", "BM_SecondOrderVjp"),
    ("h  jacobian rows", "BM_JacobianTanhWx/0", "BM_CompiledJacobianTanhWx/0", "BM_JacobianTanhWx/0"),
    ("h  jacobian vectorized", "BM_JacobianTanhWx/1", "BM_CompiledJacobianTanhWx/1",
     "BM_JacobianTanhWx/0"),
]
TUNED = {"ATEN_CPU_CAPABILITY": "avx512",
         "GLIBC_TUNABLES": "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=17179869184"}


def run(binary, name, threads, extra_env=None, min_time=0.2):
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               BENCH_THREADS=str(threads), **(extra_env or {}))
    out = subprocess.run([binary, f"--benchmark_filter=^{name}$", "--benchmark_format=json",
                          f"--benchmark_min_time={min_time}", "--benchmark_min_warmup_time=0.2"],
                         env=env, capture_output=True, text=True, check=True).stdout
    runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type", "iteration") == "iteration"]
    return runs[0]["real_time"] if runs else None  # microseconds


def peak_rss(binary, threads, extra_env=None):
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               BENCH_THREADS=str(threads), **(extra_env or {}))
    out = subprocess.run([binary, "--peak-rss-b4096"], env=env, capture_output=True, text=True,
                         check=True).stdout
    return int(out.split()[0]) / 1024.0  # MiB


def fmt(us):
    if us is None:
        return "-"
    return f"{us / 1000:.2f} ms" if us >= 1000 else f"{us:.1f} us"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--compiled", action="store_true", help="the ct::compile table")
    ap.add_argument("--json", metavar="FILE", default=None,
                    help="also write the medians (us per call) to FILE, for bench/charts.py")
    ap.add_argument("--blas-core", default=None,
                    help="OPENBLAS_CORETYPE for both sides (this VM's CPU model is hidden, so "
                         "OpenBLAS picks its generic Prescott kernels unless told, e.g. SkylakeX)")
    args = ap.parse_args()
    if args.blas_core:
        os.environ["OPENBLAS_CORETYPE"] = args.blas_core
    ct_bin = os.path.join(args.build, "bench", "cotangent_bench")
    th_bin = os.path.join(args.build, "bench", "torch_bench")
    if not os.path.exists(th_bin):
        sys.exit(f"{th_bin} missing: configure with -DCOTANGENT_BENCH_TORCH=ON (needs libtorch-dev)")
    results = {}  # threads -> workload id -> tool -> median us
    if args.compiled:
        compiled_table(args, ct_bin, th_bin, results)
    else:
        default_table(args, ct_bin, th_bin, results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"table": "compiled" if args.compiled else "default", "rounds": args.rounds,
                       "threads": {str(t): r for t, r in results.items()}}, f, indent=1)
            f.write("\n")


def default_table(args, ct_bin, th_bin, results):
    for threads in [int(t) for t in args.threads.split(",")]:
        print(f"\n### {threads} thread{'s' if threads > 1 else ''}  (medians of {args.rounds} alternating rounds)\n")
        print("| workload | cotangent | LibTorch | tuned torch | cotangent / LibTorch | cotangent / tuned |")
        print("|---|---:|---:|---:|---:|---:|")
        for wid, name in WORKLOADS:
            ct, th, tu = [], [], []
            for _ in range(args.rounds):
                ct.append(run(ct_bin, name, threads))
                th.append(run(th_bin, name, threads))
                tu.append(run(th_bin, name, threads, TUNED))
            m = [statistics.median(x) if None not in x else None for x in (ct, th, tu)]
            results.setdefault(threads, {})[" ".join(wid.split())] = dict(
                zip(("cotangent eager", "LibTorch", "tuned torch"), m))
            r1 = f"{m[0] / m[1]:.2f}" if m[0] and m[1] else "-"
            r2 = f"{m[0] / m[2]:.2f}" if m[0] and m[2] else "-"
            print(f"| {wid} | {fmt(m[0])} | {fmt(m[1])} | {fmt(m[2])} | {r1} | {r2} |", flush=True)
        print(f"\npeak RSS of (b) 4096^2, 10 calls: cotangent {peak_rss(ct_bin, threads):.0f} MiB, "
              f"LibTorch {peak_rss(th_bin, threads):.0f} MiB, tuned {peak_rss(th_bin, threads, TUNED):.0f} MiB")


def compiled_table(args, ct_bin, th_bin, results):
    for threads in [int(t) for t in args.threads.split(",")]:
        print(f"\n### {threads} thread{'s' if threads > 1 else ''}, compiled  (medians of "
              f"{args.rounds} alternating rounds)\n")
        print("| workload | cotangent eager | cotangent compiled | LibTorch | tuned torch "
              "| LibTorch / compiled | tuned / compiled |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for wid, eager, compiled, torch in COMPILED:
            e, c, t, u = [], [], [], []
            for _ in range(args.rounds):
                e.append(run(ct_bin, eager, threads))
                c.append(run(ct_bin, compiled, threads))
                t.append(run(th_bin, torch, threads))
                u.append(run(th_bin, torch, threads, TUNED))
            m = [statistics.median(x) if None not in x else None for x in (e, c, t, u)]
            results.setdefault(threads, {})[" ".join(wid.split())] = dict(
                zip(("cotangent eager", "cotangent compiled", "LibTorch", "tuned torch"), m))
            r = f"{m[2] / m[1]:.1f}x" if m[1] and m[2] else "-"
            r2 = f"{m[3] / m[1]:.1f}x" if m[1] and m[3] else "-"
            print(f"| {wid} | {fmt(m[0])} | {fmt(m[1])} | {fmt(m[2])} | {fmt(m[3])} | {r} | {r2} |",
                  flush=True)


if __name__ == "__main__":
    main()
