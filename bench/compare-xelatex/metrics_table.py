#!/usr/bin/python3
"""Prints pdfcheck's typography metrics of two renderings side by side.

usage: metrics_table.py NAME=PDFCHECK_OUTPUT.txt NAME=PDFCHECK_OUTPUT.txt …

Reads the SCORE line and the detail lines pdfcheck prints (one run per
rendering, with --text) and writes a Markdown table: one row per metric, one
column per rendering.
"""

import re
import sys

# (row label, where to find it: SCORE key or (detail prefix, key)).
ROWS = [
    ("pages", ("structure:", "pages")),
    ("text_match", "text_match"),
    ("kinsoku violations", "kinsoku"),
    ("flush (justified lines flush right)", "flush"),
    ("body lines", ("layout:", "body_lines")),
    ("judged lines", ("justify:", "judged_lines")),
    ("overfull lines", "overfull"),
    ("short lines", "short"),
    ("hanspace max (em)", "hanspace_max"),
    ("hanspace median (em)", "hanspace_med"),
    ("hanspace p95 (em)", ("spacing:", "p95")),
    ("CJK–Latin pairs", "cjk_latin_n"),
    ("CJK–Latin median (em)", "cjk_latin_med"),
    ("CJK–Latin p10 / p90 (em)", ("cjk_latin:", "p10", "p90")),
    ("CJK–Latin unspaced (<0.05 em)", ("cjk_latin:", "unspaced(<0.05em)")),
    ("孤字 (guzi)", "guzi"),
    ("widows", "widows"),
    ("orphans", "orphans"),
]


def parse(path):
    score, details = {}, {}
    for line in open(path, encoding="utf-8"):
        pairs = dict(re.findall(r"(\S+?)=(\S+)", line))
        if line.startswith("SCORE"):
            score = pairs
        elif not line.startswith(" ") and ":" in line:
            details.setdefault(line.split()[0], {}).update(pairs)
    return score, details


def cell(where, score, details):
    if isinstance(where, str):
        return score.get(where, "—")
    prefix, *keys = where
    d = details.get(prefix, {})
    return " / ".join(d.get(k, "—") for k in keys)


def main(argv):
    cols = []
    for arg in argv:
        name, _, path = arg.partition("=")
        cols.append((name, *parse(path)))
    print("| metric | " + " | ".join(c[0] for c in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for label, where in ROWS:
        print(f"| {label} | " + " | ".join(cell(where, s, d) for _, s, d in cols) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
