#!/usr/bin/env python3
"""A table row that fits a full column but not the column its footnotes
leave, end to end: noted_rows.md (a test manuscript, its records invented)
in the house style. In the two-column 行业动态 section a GFM table's row
holds 52 sentences (台账001…) with four footnote marks in it (after 台账003,
015, 030 and 051), each note six sentences long. Without the notes the row
stands whole in one column; with them it must be cut between its lines
instead of running into the notes. Rendered with the notes at the page
foot (the house style) and at the column foot. Checks, per render:

- exit 0, no "taller than its column" warning;
- without the marks (the same text, notes removed) the row stands whole in
  one column part: the case really is one the notes make;
- with them the row is cut: its lines stand in at least two column parts
  (pdftotext -bbox), every sentence once and in order in the copied text
  (pdftotext -raw, the repeated header and the notes left out);
- no word of the table reaches down to the notes: every word of the tall
  cell ends above the top of the notes under its column (page notes:
  under any);
- each note (注脚甲…丁) begins on the page of the sentence its mark follows.

Usage: check_noted.py PAIBAN SOURCE_DIR OUT_DIR"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
manuscript = source / "tests/e2e/tall_rows/noted_rows.md"
style = source / "styles/xuchang.toml"
failures = []
MARKED = {"甲": 3, "乙": 15, "丙": 30, "丁": 51}  # note → the sentence its mark follows


def check(cond, what):
    if not cond:
        failures.append(what)


def render(md, sheet, name):
    pdf = out / f"{name}.pdf"
    r = subprocess.run([paiban, "render", str(md), "--style", str(sheet), "-o", str(pdf)],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: render exit {r.returncode}: {r.stderr}")
    check("taller than" not in r.stderr, f"{name}: a row runs past its column: {r.stderr}")
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    words = []  # (page, x0, y0, x1, y1, text)
    for p, page in enumerate(bbox.split("<page ")[1:]):
        for x0, y0, x1, y1, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                page):
            words.append((p, float(x0), float(y0), float(x1), float(y1), t))
    width = float(re.search(r'width="([\d.]+)"', bbox).group(1))
    return words, width


CELL = set("台账车间能耗良好")  # the tall cell's words, and no other text's
NOTE = set("备查口径另附")  # the notes' words


def parts_of(words, width):
    """The tall cell's lines grouped by (page, column half)."""
    parts = {}
    for p, x0, y0, x1, y1, t in words:
        if set(t) & CELL:
            parts.setdefault((p, x0 >= width / 2), []).append(t)
    return parts


def page_texts(pdf, pages):
    return [re.sub(r"\s+", "", subprocess.run(
        ["pdftotext", "-raw", "-f", str(p + 1), "-l", str(p + 1), str(pdf), "-"],
        capture_output=True, text=True).stdout) for p in range(pages)]


text = manuscript.read_text()
plain = out / "noted_rows-plain.md"
plain.write_text(re.sub(r"\[\^\d\]", "", re.sub(r"^\[\^\d\]:.*$", "", text, flags=re.M)))
words, width = render(plain, style, "noted_rows-plain")
check(len(parts_of(words, width)) == 1,
      f"without the notes the row is not whole in one column: {parts_of(words, width)}")

column_sheet = out / "column-notes.toml"
column_sheet.write_text(f'extends = "{style}"\n\n[typography]\nfootnote_place = "column"\n')
for name, sheet, page_notes in [("page", style, True), ("column", column_sheet, False)]:
    words, width = render(manuscript, sheet, f"noted_rows-{name}")
    parts = parts_of(words, width)
    pages = max(w[0] for w in words) + 1
    texts = page_texts(out / f"noted_rows-{name}.pdf", pages)
    # A sentence may run from one part into the next, past the repeated
    # header (and the page's notes between pages).
    joined = re.sub(r"续表\d+企业走访记录", "", "".join(texts))
    joined = re.sub(r"[①-⑩]?注脚.：(备查.\d\d口径来源另附。)+", "", joined)
    read = [int(n) for n in re.findall(r"(\d{3})：车间", joined)]
    check(read == list(range(1, 53)), f"{name}: sentences in reading order: {read}")
    check(len(parts) >= 2, f"{name}: the row is not cut: {list(parts)}")
    # The notes' top under each column (or across the page).
    note_top = {}
    for p, x0, y0, x1, y1, t in words:
        if set(t) & NOTE:
            key = (p, None if page_notes else x0 >= width / 2)
            note_top[key] = min(note_top.get(key, 1e9), y0)
    check(note_top, f"{name}: no notes found")
    lowest = {}
    for p, x0, y0, x1, y1, t in words:
        if set(t) & CELL:
            key = (p, None if page_notes else x0 >= width / 2)
            if key in note_top:
                check(y1 <= note_top[key] + 0.01,
                      f"{name}: page {p + 1}: '{t[:12]}' ends at {y1:.2f} pt, in the notes "
                      f"(top {note_top[key]:.2f} pt)")
                lowest[key] = max(lowest.get(key, 0), y1)
    # Each note on the page of its mark's sentence.
    for note, after in MARKED.items():
        mark_page = next((p for p in range(pages) if f"台账{after:03d}" in texts[p]), None)
        note_page = next((p for p in range(pages) if f"注脚{note}" in texts[p]), None)
        check(mark_page is not None and mark_page == note_page,
              f"{name}: 注脚{note} on page {note_page}, its mark (after 台账{after:03d}) on {mark_page}")
    print(f"{name}: {pages} pages; parts {[(k, len(v)) for k, v in sorted(parts.items())]}; notes' top "
          f"{ {k: round(v, 2) for k, v in note_top.items()} }; lowest table word "
          f"{ {k: round(v, 2) for k, v in lowest.items()} }")
if failures:
    print("\n".join(failures))
    sys.exit(1)
