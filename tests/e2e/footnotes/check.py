#!/usr/bin/env python3
"""Footnotes numbered per page, at the foot of the page and at the foot of
the column, end to end: footnotes.md (a two-column 行业动态 section, 40
marks, each after a token 注点NN, notes '第NN条注释：…') rendered in the
house style with [typography] footnote_restart = "page", once with
footnote_place = "page" and once with "column". In the copied text
(pdftotext -raw, the content's order): every mark once, the marks of each
page numbered from 1, each note once with its mark's number, beginning on
its mark's page after the mark; a note split at a column or page foot
goes on later, every character once. At the column foot, each note's
first line stands in its mark's column (pdftotext -bbox x).

Every glyph stands in the text frame it was set in (column_check: no text
runs into the notes under it).

Usage: check.py PAIBAN SOURCE_DIR OUT_DIR COLUMN_CHECK"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
column_check = sys.argv[4]
out.mkdir(parents=True, exist_ok=True)
manuscript = source / "tests/e2e/footnotes/footnotes.md"
failures = []
# ① … ⑳, then ㉑ … ㉟ and ㊱ … ㊿ (the house fonts have them), then (51).
CIRCLED = ("".join(chr(0x2460 + k) for k in range(20)) + "".join(chr(0x3251 + k) for k in range(15))
           + "".join(chr(0x32B1 + k) for k in range(15)))
MARK = r"([①-⑳㉑-㉟㊱-㊿]|\(\d+\))"


def check(cond, what):
    if not cond:
        failures.append(what)


def number(mark):
    return CIRCLED.index(mark) + 1 if mark in CIRCLED else int(mark.strip("()"))


notes = dict(re.findall(r"^\[\^n(\d+)\]: (.+)$", manuscript.read_text(), re.M))
check(len(notes) == 40, f"{len(notes)} notes in the manuscript")


def render(place):
    sheet = out / f"{place}.toml"
    sheet.write_text(f'extends = "{source / "styles/xuchang.toml"}"\n\n[typography]\n'
                     f'footnote_restart = "page"\nfootnote_place = "{place}"\n')
    pdf = out / f"footnotes-{place}.pdf"
    r = subprocess.run([paiban, "render", str(manuscript), "--style", str(sheet), "-o", str(pdf)],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{place}: render exit {r.returncode}: {r.stderr}")
    for line in r.stderr.splitlines():  # the sheet's unused sections only
        check(": note:" in line or "no section" in line, f"{place}: {line}")
    return pdf


def frames_hold_their_glyphs(place, sheet):
    """column_check renders a manuscript with the sheet its front matter names."""
    copy = out / f"footnotes-{place}.md"
    copy.write_text(manuscript.read_text().replace("+++\n\n#", f'style = "{sheet}"\n+++\n\n#', 1))
    r = subprocess.run([column_check, str(copy)], capture_output=True, text=True)
    check(r.returncode == 0 and " 0 outside their column" in r.stdout,
          f"{place}: column_check: {r.stdout} {r.stderr}")


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    raw = [re.sub(r"\s+", "", subprocess.run(
        ["pdftotext", "-raw", "-f", str(p), "-l", str(p), str(pdf), "-"],
        capture_output=True, text=True).stdout) for p in range(1, n + 1)]
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    words = []  # (page, xMin, text)
    for p, page in enumerate(bbox.split("<page ")[1:]):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        for x, t in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', page):
            words.append((p, float(x), t, width))
    return raw, words


def column_x(words, page, before, digits, after):
    """The side of the page (0 left, 1 right) of each place on `page` where
    a word ending in `before`, the word `digits` and a word that `after`
    accepts follow each other (pdftotext -bbox splits Latin figures off; a
    raised mark may come later in its list, so marks are found by the token)."""
    on = [(x, t, w) for p, x, t, w in words if p == page]
    return [int(on[i][0] >= on[i][2] / 2) for i in range(1, len(on) - 1)
            if on[i - 1][1].endswith(before) and on[i][1] == digits and after(on[i + 1][1])]


def pieces(whole, start, text):
    """Where `text` stands in `whole` from `start` on, as consecutive pieces
    (a note split at a column or page foot): [(at, length)], or None."""
    found = []
    rest = text
    while rest:
        k = max((k for k in range(1, len(rest) + 1) if rest[:k] in whole[start:]), default=0)
        if k == 0 or len(found) == 4:
            return None
        at = whole.index(rest[:k], start)
        found.append((at, k))
        start, rest = at + k, rest[k:]
    return found


split_notes = {}
for place in ["page", "column"]:
    raw, words = pages_of(render(place))
    frames_hold_their_glyphs(place, out / f"{place}.toml")
    whole = "".join(raw)
    offset = [sum(len(t) for t in raw[:p]) for p in range(len(raw))]
    per_page = {}
    split_notes[place] = 0
    for n in range(1, 41):
        token = f"注点{n:02d}"
        hits = [(p, m) for p, t in enumerate(raw) for m in re.finditer(token + MARK, t)]
        check(len(hits) == 1 and whole.count(token) == 1,
              f"{place}: mark {token} printed {len(hits)} times")
        if len(hits) != 1:
            continue
        page, m = hits[0]
        mark = m.group(1)
        per_page.setdefault(page, []).append(number(mark))
        # The note: its number as the mark's, on the mark's page after it.
        note = re.sub(r"\s+", "", notes[str(n)])
        head = f"{mark}{note[:8]}"
        check(whole.count(note[:8]) == 1, f"{place}: note {n} begins {whole.count(note[:8])} times")
        check(head in raw[page] and raw[page].index(head) > m.end(),
              f"{place}: note {n} does not begin on page {page + 1} after its mark {mark}")
        if head not in raw[page]:
            continue
        at = offset[page] + raw[page].index(head) + len(mark)
        found = pieces(whole, at, note)
        check(found is not None and found[0][0] == at,
              f"{place}: note {n} is not printed whole after its mark: {found}")
        if found and len(found) > 1:
            split_notes[place] += 1
        if place == "column":
            # The note's first line in the mark's column: the mark word and the
            # word that starts the note lie on one side of the page's middle.
            tok_x = column_x(words, page, "点", f"{n:02d}", lambda t: True)
            note_x = column_x(words, page, "第", f"{n:02d}", lambda t: t.startswith("条注释"))
            check(len(tok_x) == 1 and len(note_x) == 1 and tok_x == note_x,
                  f"column: note {n} not in its mark's column: mark {tok_x}, note {note_x}")
    for page, numbers in sorted(per_page.items()):
        check(numbers == list(range(1, len(numbers) + 1)),
              f"{place}: page {page + 1} marks {numbers}, not 1, 2, … in order")
    check(len(per_page) >= 2, f"{place}: marks on {len(per_page)} pages only")
    # A page with more than 20 marks goes on ㉑ ㉒ … (the house fonts have them).
    most = max((len(v) for v in per_page.values()), default=0)
    check(most <= 20 or ("㉑" in whole and not re.search(r"\(\d+\)", whole)),
          f"{place}: {most} marks on a page but no ㉑, or a number in parentheses")
    print(f"{place}: {len(raw)} pages, marks per page "
          f"{[len(v) for _, v in sorted(per_page.items())]}, {split_notes[place]} notes split")
check(split_notes["column"] >= 1, "column: no note goes on at a later column's foot")

if failures:
    print("\n".join(failures))
    sys.exit(1)
