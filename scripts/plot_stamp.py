#!/usr/bin/python3
"""The provenance line stamped on the checked-in pictures (docs/img):

  commit <short sha>[+dirty] · <CPU model>, <N> CPUs, <T> thread(s) · <YYYY-MM-DD>

Used by bench/charts.py, scripts/plot_rosenbrock.py and (as a command, for the
graphviz label) scripts/charts.sh:

  /usr/bin/python3 scripts/plot_stamp.py [--threads T] [--repo DIR]

"+dirty": tracked files differ from HEAD (untracked files do not count, as with
git describe --dirty).
"""
import argparse, datetime, os, subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def commit(repo=REPO):
    try:
        sha = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return sha + ("+dirty" if dirty else "")


def machine(threads=None):
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = " ".join(line.split(":", 1)[1].split()) or model
                    break
    except OSError:
        pass
    desc = f"{model}, {os.cpu_count() or '?'} CPUs"
    if threads is not None:
        desc += f", {threads} thread{'s' if int(threads) != 1 else ''}"
    return desc


def stamp(threads=None, repo=REPO, override=None):
    """override (e.g. a --stamp argument) replaces the whole line when given."""
    if override:
        return override
    return (f"commit {commit(repo)} · {machine(threads)} · "
            f"{datetime.date.today().isoformat()}")


def add_to_figure(fig, text, fontsize=7):
    """Puts text small and grey at the bottom left of a matplotlib figure."""
    fig.text(0.005, 0.005, text, fontsize=fontsize, color="0.4", ha="left", va="bottom")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", default=None)
    ap.add_argument("--repo", default=REPO)
    args = ap.parse_args()
    print(stamp(args.threads, args.repo))
