#!/usr/bin/python3
"""Draws the benchmark picture (docs/img/bench.png): time per call on a log
scale, grouped bars per workload, one colour per tool in every panel.

  /usr/bin/python3 bench/side_by_side.py --compiled --threads 1 --json sbs.json
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 ./build/bench/small_functions > small.txt
  /usr/bin/python3 bench/charts.py --side-by-side sbs.json --small small.txt \\
      --out docs/img/bench.png [--threads 1] [--stamp TEXT]

Panels: the workloads of side_by_side.py (cotangent eager, cotangent compiled,
LibTorch, tuned torch) and the small-function suite of bench/small_functions
(its printed table, parsed by parse_small; Ceres Jet, ADOL-C tape, LibTorch,
cotangent eager, cotangent compiled, whichever the build has). Either input may
be left out. The bottom line is the stamp of scripts/plot_stamp.py (commit,
machine, threads, date) unless --stamp replaces it. scripts/charts.sh runs all
of this.
"""
import argparse, json, math, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "scripts"))
import plot_stamp  # noqa: E402

# One colour per tool, the same in every panel; also the order of the bars in a group.
TOOLS = [
    ("cotangent eager", "#6baed6"),
    ("cotangent compiled", "#08519c"),
    ("LibTorch", "#fd8d3c"),
    ("tuned torch", "#a63603"),
    ("Ceres Jet", "#31a354"),
    ("ADOL-C tape", "#756bb1"),
]
COLOUR = dict(TOOLS)
ORDER = [t for t, _ in TOOLS]

_UNIT = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}
# "<case> <tool> <number> <unit>   <max rel. diff>", columns %-34s %-20s %12s (bench/small/main.cpp)
_ROW = re.compile(r"^(?P<left>.*?)\s+(?P<num>\d+(?:\.\d+)?) (?P<unit>ns|us|ms|s)\s+(?P<diff>\S+)\s*$")


def parse_small(text):
    """bench/small_functions' table -> ([case, ...], {case: {tool: us per call}}), in its order.

    Its rows are printf("%-34s %-20s %12s   %.1e", case, tool, time, diff); blank lines
    separate cases. The tool is the known tool name that ends the left part, or else the
    20-character column after the 34-character case column."""
    cases, times = [], {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("case ") or line.startswith("SOME TOOLS"):
            continue
        m = _ROW.match(line)
        if not m:
            continue
        left = m["left"].rstrip()
        tool = next((t for t in sorted(ORDER, key=len, reverse=True) if left.endswith(" " + t)),
                    None)
        if tool:
            case = left[: -len(tool)].strip()
        elif len(left) > 35:
            case, tool = left[:34].strip(), left[35:].strip()
        else:
            continue
        if case not in times:
            cases.append(case)
            times[case] = {}
        times[case][tool] = float(m["num"]) * _UNIT[m["unit"]]
    return cases, times


def load_side_by_side(path, threads=None):
    """side_by_side.py --json -> ([workload, ...], {workload: {tool: us}}, threads used)."""
    with open(path) as f:
        data = json.load(f)
    per_threads = data["threads"]
    if threads is None:
        threads = min(per_threads, key=int)
    if str(threads) not in per_threads:
        sys.exit(f"{path} has threads {', '.join(per_threads)}, not {threads}")
    table = per_threads[str(threads)]
    return list(table), table, int(threads), data


def fmt_time(us):
    if us < 1:
        return f"{us * 1e3:.0f} ns"
    if us < 1e3:
        return f"{us:.3g} µs"
    if us < 1e6:
        return f"{us / 1e3:.3g} ms"
    return f"{us / 1e6:.3g} s"


def _tick(us, _pos=None):
    for scale, unit in ((1e6, "s"), (1e3, "ms"), (1.0, "µs"), (1e-3, "ns")):
        if us >= scale * 0.999:
            v = us / scale
            return f"{v:.0f} {unit}" if v >= 1 else f"{v:g} {unit}"
    return f"{us * 1e3:g} ns"


def draw_panel(ax, title, groups, times, xlim):
    """Horizontal bars, one group per workload (top to bottom), one bar per tool present."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
    tools = [t for t in ORDER if any(times[g].get(t) for g in groups)]
    tools += sorted({t for g in groups for t in times[g]} - set(tools) - set(ORDER))
    n = len(tools)
    height = 0.8 / n
    for gi, g in enumerate(groups):
        for ti, t in enumerate(tools):
            v = times[g].get(t)
            y = gi + (ti - (n - 1) / 2) * height
            if v is None or v <= 0:
                ax.text(0.004, y, "n/a", va="center", fontsize=6, color="0.5",
                        transform=ax.get_yaxis_transform())
                continue
            ax.barh(y, v, height=height * 0.92, color=COLOUR.get(t, "0.6"), label=t)
            ax.text(v * 1.08, y, fmt_time(v), va="center", fontsize=6.5, color="0.15")
    ax.set_xscale("log")
    ax.set_xlim(*xlim)
    ax.xaxis.set_major_locator(LogLocator(base=10, numticks=30))  # every decade
    ax.xaxis.set_major_formatter(FuncFormatter(_tick))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_yticks(range(len(groups)))
    ax.set_yticklabels(groups, fontsize=8.5)
    ax.set_ylim(len(groups) - 0.5, -0.5)  # first workload at the top
    for gi in range(1, len(groups)):
        ax.axhline(gi - 0.5, color="0.88", lw=0.6)
    ax.grid(axis="x", which="major", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel("time per call (log scale)")
    ax.set_title(title, fontsize=10, loc="left")
    return tools


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--side-by-side", metavar="JSON", help="bench/side_by_side.py --json output")
    ap.add_argument("--small", metavar="TXT", help="bench/small_functions' stdout")
    ap.add_argument("--out", required=True, help="PNG (or any matplotlib format) to write")
    ap.add_argument("--threads", default=None,
                    help="which thread count of the JSON to draw (default: the smallest)")
    ap.add_argument("--stamp", default=None, help="the bottom line instead of commit/machine/date")
    ap.add_argument("--dpi", type=int, default=150)
    args = ap.parse_args()
    if not args.side_by_side and not args.small:
        ap.error("give --side-by-side, --small or both")

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = []  # (title, groups, times)
    threads = args.threads
    if args.side_by_side:
        groups, times, threads, data = load_side_by_side(args.side_by_side, args.threads)
        what = "ct::compile table" if data.get("table") == "compiled" else "eager table"
        rounds = data.get("rounds", "?")
        panels.append((f"Workloads a-h: vjp per call (bench/side_by_side.py, {what}, median of "
                       f"{rounds} round{'' if rounds == 1 else 's'})", groups, times))
    if args.small:
        with open(args.small) as f:
            text = f.read()
        if "SOME TOOLS DISAGREE" in text:
            print(f"warning: {args.small} says some tools disagree with cotangent eager",
                  file=sys.stderr)
        groups, times = parse_small(text)
        if not groups:
            sys.exit(f"{args.small}: no rows of bench/small_functions' table found")
        panels.append(("Small functions (bench/small_functions, median per call)", groups, times))

    # a panel whose every run failed has nothing to draw
    panels = [(title, gs, tm) for title, gs, tm in panels
              if any(v and v > 0 for g in gs for v in tm[g].values())]
    if not panels:
        sys.exit("charts.py: no time in the inputs (did every benchmark run fail?)")
    rows = [sum(1 for t in ORDER if any(tm[g].get(t) for g in gs)) * len(gs) + len(gs)
            for _, gs, tm in panels]
    # one x scale for all panels (bars start at the left edge; room at the right for the labels)
    values = [v for _, gs, tm in panels for g in gs for v in tm[g].values() if v and v > 0]
    xlim = (10 ** math.floor(math.log10(min(values))) / 2,
            10 ** math.ceil(math.log10(max(values) * 3)))
    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 1.2 + 0.12 * sum(rows) + 0.9 * len(panels)),
                             gridspec_kw={"height_ratios": rows}, squeeze=False)
    present = []
    for ax, (title, groups, times) in zip(axes[:, 0], panels):
        present += [t for t in draw_panel(ax, title, groups, times, xlim) if t not in present]
    handles = [plt.Rectangle((0, 0), 1, 1, color=COLOUR.get(t, "0.6")) for t in present]
    fig.legend(handles, present, loc="upper center", ncol=min(len(present), 6), fontsize=8.5,
               frameon=False, bbox_to_anchor=(0.5, 1.0))
    fig.tight_layout(rect=(0, 0.025, 1, 0.965), h_pad=1.5)
    plot_stamp.add_to_figure(fig, plot_stamp.stamp(threads, override=args.stamp))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    fig.savefig(args.out, dpi=args.dpi)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
