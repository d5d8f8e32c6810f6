#!/usr/bin/python3
"""Draws the Newton iterates of examples/rosenbrock.cpp (n = 2, exact Hessian
from ct::hessian) over the contour plot of the Rosenbrock function
f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 (docs/img/rosenbrock_newton.png).

  ./build/examples/rosenbrock --path path.csv
  /usr/bin/python3 scripts/plot_rosenbrock.py path.csv docs/img/rosenbrock_newton.png [--stamp TEXT]

path.csv: header x,y,f, then one row per iterate, the start (-1.2, 1) first.
The bottom line is the stamp of scripts/plot_stamp.py (commit, machine, date)
unless --stamp replaces it. scripts/charts.sh runs all of this.
"""
import argparse, csv, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plot_stamp  # noqa: E402


def read_path(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    if not rows or not {"x", "y"} <= set(rows[0]):
        sys.exit(f"{path}: expected a CSV with header x,y,f and at least one row")
    return [float(r["x"]) for r in rows], [float(r["y"]) for r in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", help="the iterates, from build/examples/rosenbrock --path FILE")
    ap.add_argument("out", help="PNG (or any matplotlib format) to write")
    ap.add_argument("--stamp", default=None, help="the bottom line instead of commit/machine/date")
    ap.add_argument("--dpi", type=int, default=150)
    args = ap.parse_args()
    xs, ys = read_path(args.csv)

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import LogNorm

    gx, gy = np.meshgrid(np.linspace(-2, 2, 601), np.linspace(-1, 3, 601))
    f = (1 - gx) ** 2 + 100 * (gy - gx ** 2) ** 2
    levels = np.logspace(-1, 3.5, 19)  # f spans 0 .. ~2500 here; log-spaced shows the valley

    fig, ax = plt.subplots(figsize=(7, 6.4))
    filled = ax.contourf(gx, gy, np.maximum(f, levels[0]), levels=levels, norm=LogNorm(),
                         cmap="viridis", alpha=0.85, extend="both")
    ax.contour(gx, gy, f, levels=levels, colors="white", linewidths=0.4, alpha=0.6)
    bar = fig.colorbar(filled, ax=ax, shrink=0.9, pad=0.02)
    bar.set_label("f(x, y)  (log-spaced levels)")

    ax.plot(xs, ys, "-o", color="#e6550d", lw=1.6, ms=4.5, mec="white", mew=0.6,
            label="Newton iterates", zorder=3)
    ax.plot(xs[0], ys[0], "o", color="#e6550d", ms=9, mec="black", mew=1, zorder=4,
            label=f"start ({xs[0]:g}, {ys[0]:g})")
    ax.plot(1, 1, "*", color="gold", ms=18, mec="black", mew=1, zorder=5, label="minimum (1, 1)")
    ax.set_xlim(-2, 2)
    ax.set_ylim(-1, 3)
    ax.set_aspect("equal")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title(f"Newton's method with ct::hessian on Rosenbrock ({len(xs) - 1} iterations)\n"
                 r"$f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2$", fontsize=11)
    ax.legend(loc="upper left", fontsize=8.5, framealpha=0.9)
    fig.tight_layout(rect=(0, 0.025, 1, 1))
    plot_stamp.add_to_figure(fig, plot_stamp.stamp(override=args.stamp))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    fig.savefig(args.out, dpi=args.dpi)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
