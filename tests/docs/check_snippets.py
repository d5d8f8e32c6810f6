#!/usr/bin/python3
"""Every code snippet of a guide comes from a file a test runs.

  check_snippets.py docs/guide.md [more.md ...]

A fenced block in cpp, python or cmake must follow a line
`<!-- from: path/in/the/repo -->`, and its lines must be lines of that file,
in the same order (compared without leading and trailing spaces; blank
lines, and lines that are only "..." or a comment "// ..." / "# ...",
stand for lines left out). The named files are examples run by CTest
(examples/*.cpp, examples/newton_project, examples/python/*.py). A `sh`
block holds commands, which the scripts, CI and the fresh-clone check run.
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


def in_order(snippet, source_lines):
    """The first snippet line not found, in order, among source_lines (None: all found)."""
    pos = 0
    for line in snippet:
        while pos < len(source_lines) and source_lines[pos] != line:
            pos += 1
        if pos == len(source_lines):
            return line
        pos += 1
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
            source_lines = [l.strip() for l in f.read().split("\n")]
        snippet = [l.strip() for l in body if l.strip() not in ELIDED]
        missing = in_order(snippet, source_lines)
        if missing is not None:
            print(f"{where}: not in {source} (in this order): {missing!r}")
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
