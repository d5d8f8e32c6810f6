#!/usr/bin/python3
"""Every code snippet of a guide comes from a file a test runs.

  check_snippets.py docs/guide.md [more.md ...]

A fenced block in cpp, python or cmake must follow a line
`<!-- from: path/in/the/repo -->`, and its lines must be lines of that file,
in the same order (compared without leading and trailing spaces; blank
lines, and lines that are only "..." or a comment "// ..." / "# ...",
stand for lines left out). The named files are examples run by CTest
(examples/*.cpp, examples/newton_project, examples/python/*.py). Between
two "..." lines the snippet's lines must follow each other in the file
(blank lines aside); the runs must come in the file's order. `sh`
blocks (commands) are not checked here.
Exits non-zero, naming the block, when a snippet has drifted from its file.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECKED = {"cpp", "c++", "python", "cmake"}
ELIDED = {"", "...", "// ...", "# ..."}


def blocks(text):
    """(line number, language, source, lines) of every fenced block."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^\s*```(\S*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        lang, start = m.group(1).lower(), i
        source = None
        for back in range(start - 1, max(start - 4, -1), -1):
            s = re.match(r"^\s*<!--\s*from:\s*(\S+)\s*-->\s*$", lines[back])
            if s:
                source = s.group(1)
                break
            if lines[back].strip():
                break
        i += 1
        body = []
        while i < len(lines) and not re.match(r"^\s*```\s*$", lines[i]):
            body.append(lines[i])
            i += 1
        i += 1
        yield start + 1, lang, source, body


def segments(body):
    """The snippet's runs of lines between elision markers, blank lines dropped."""
    runs, run = [], []
    for line in (l.strip() for l in body):
        if line in ELIDED and line:
            runs.append(run)
            run = []
        elif line:
            run.append(line)
    runs.append(run)
    return [r for r in runs if r]


def first_missing(runs, source_lines):
    """The first run not found, contiguous and after the previous one, among
    source_lines (None: all found)."""
    pos = 0
    for run in runs:
        at = next((i for i in range(pos, len(source_lines) - len(run) + 1)
                   if source_lines[i:i + len(run)] == run), None)
        if at is None:
            return run
        pos = at + len(run)
    return None


def check(path):
    failures = 0
    with open(path) as f:
        text = f.read()
    for lineno, lang, source, body in blocks(text):
        if lang not in CHECKED:
            continue
        where = f"{path}:{lineno}"
        if source is None:
            print(f"{where}: a {lang} block without <!-- from: file --> before it")
            failures += 1
            continue
        file = os.path.join(ROOT, source)
        if not os.path.exists(file):
            print(f"{where}: {source} does not exist")
            failures += 1
            continue
        with open(file) as f:
            source_lines = [l.strip() for l in f.read().split("\n") if l.strip()]
        missing = first_missing(segments(body), source_lines)
        if missing is not None:
            print(f"{where}: not in {source} as written (lines in a row, runs in order):")
            print("    " + "\n    ".join(missing))
            failures += 1
    return failures


def main():
    paths = sys.argv[1:] or [os.path.join(ROOT, "docs", "guide.md")]
    failures = sum(check(p) for p in paths)
    if failures:
        sys.exit(f"{failures} snippet(s) do not match their files")
    print(f"every snippet of {', '.join(paths)} matches its file")


if __name__ == "__main__":
    main()
