#!/usr/bin/python3
"""Line-by-line view of two renderings of the same manuscript.

usage: lines.py PLAIN.txt NAME=FILE.pdf NAME=FILE.pdf OUT_DIR

For each PDF writes OUT_DIR/lines-NAME.txt: every text line as
"p<page>:<line>" (lines counted from the top of the page, running heads and
folios left out), its right edge, the mean and largest gap between adjacent
Han characters (how much justification spread that line) and its text.
Then prints, paragraph by paragraph of PLAIN.txt, where the two renderings
break lines differently, with both versions' line references — the raw
material for docs/typography-comparison.md.
"""

import collections
import pathlib
import re
import sys

import fitz  # python3-fitz (PyMuPDF), as pdfcheck uses

HAN = re.compile(r"[\u3400-\u9fff]")


def page_lines(pdf):
    """Text lines: page, line number, baseline y and edges (from the TrimBox),
    size, main font, text and chars = [(x0, x1, size, c, baseline, font)] in
    PDF coordinates."""
    out = []
    doc = fitz.open(pdf)
    for pno, page in enumerate(doc, 1):
        trim = page.trimbox
        rows = {}
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                if line["dir"] != (1.0, 0.0):
                    continue
                for span in line["spans"]:
                    for ch in span["chars"]:
                        if ch["c"].isspace():
                            continue  # PyMuPDF may synthesise spaces; gaps are measured
                        y = round(ch["origin"][1])
                        key = next((k for k in rows if abs(k - ch["origin"][1]) < 1.0), y)
                        rows.setdefault(key, []).append(
                            (ch["bbox"][0], ch["bbox"][2], span["size"], ch["c"],
                             ch["origin"][1], span["font"]))
        n = 0
        for y in sorted(rows):
            chars = sorted(rows[y])
            size = max(c[2] for c in chars)
            if size < 10:  # running head, folio
                continue
            n += 1
            baseline = sum(c[4] for c in chars) / len(chars)
            out.append({"page": pno, "line": n, "y": baseline - trim.y0, "size": size,
                        "x0": chars[0][0] - trim.x0, "x1": chars[-1][1] - trim.x0,
                        "chars": chars,
                        "font": collections.Counter(c[5] for c in chars).most_common(1)[0][0],
                        "text": "".join(c[3] for c in chars if not c[3].isspace())})
    return out


def han_gaps(chars):
    """Gaps (in em) between adjacent Han characters: what justification added."""
    gaps = []
    for a, b in zip(chars, chars[1:]):
        if HAN.match(a[3]) and HAN.match(b[3]):
            gaps.append((b[0] - a[1]) / a[2])
    return gaps


def write_lines(lines, path):
    with open(path, "w", encoding="utf-8") as f:
        for ln in lines:
            g = han_gaps(ln["chars"])
            mean = sum(g) / len(g) if g else 0.0
            f.write(f"p{ln['page']}:{ln['line']:<3d} y={ln['y']:6.2f} x1={ln['x1']:6.2f} "
                    f"gap_mean={mean:+.3f}em gap_max={max(g, default=0):+.3f}em  "
                    f"{ln['text']}\n")


def paragraph_breaks(lines, paragraphs):
    """For each paragraph: its lines' (ref, text) as set in this rendering."""
    stream, owner = "", []
    for i, ln in enumerate(lines):
        stream += ln["text"]
        owner += [i] * len(ln["text"])
    result, pos = [], 0
    for para in paragraphs:
        key = re.sub(r"\s", "", para)
        at = stream.find(key[:12], pos)
        if at < 0:
            result.append(None)
            continue
        end = min(at + len(key), len(stream))
        ids = sorted(set(owner[at:end]))
        result.append([(f"p{lines[i]['page']}:{lines[i]['line']}", lines[i]["text"])
                       for i in ids])
        pos = end
    return result


def main(argv):
    plain, *pdfs, out_dir = argv
    paragraphs = [p for p in pathlib.Path(plain).read_text(encoding="utf-8").splitlines() if p]
    sets = []
    for arg in pdfs:
        name, _, pdf = arg.partition("=")
        lines = page_lines(pdf)
        write_lines(lines, pathlib.Path(out_dir) / f"lines-{name}.txt")
        sets.append((name, paragraph_breaks(lines, paragraphs)))
    (na, a), (nb, b) = sets[0], sets[1]
    differ = 0
    for k, para in enumerate(paragraphs):
        if a[k] is None or b[k] is None:
            print(f"¶{k + 1}: not found in {'both' if a[k] is None and b[k] is None else na if a[k] is None else nb}")
            continue
        if [t for _, t in a[k]] == [t for _, t in b[k]]:
            continue
        differ += 1
        print(f"¶{k + 1} ({len(a[k])} lines in {na}, {len(b[k])} in {nb}): {para[:16]}…")
        for name, ls in ((na, a[k]), (nb, b[k])):
            for ref, text in ls:
                print(f"  {name:8s} {ref:7s} {text}")
    print(f"{differ} of {len(paragraphs)} paragraphs broken differently")


if __name__ == "__main__":
    main(sys.argv[1:])
