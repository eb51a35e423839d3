#!/usr/bin/python3
"""Punctuation and spacing as set, measured from the PDFs.

usage: punct_stats.py NAME=FILE.pdf NAME=FILE.pdf

For each rendering, from the glyph origins of the body lines (lines.py):
  * the advance of each full-width mark in mid-line, by mark (min/median/max);
  * adjacent marks (。” ）。 ：“ …): the pair's total advance, by pair;
  * line-end marks: the room they take up to the right edge of the measure;
  * line-start opening marks: their distance from the left edge;
  * the gap after "+" and around Latin runs next to Han ("5G+工", "块H");
  * how many lines carry extra inter-character space, and how much.
Advances are in em of the body size. The right edge is the most common line
end of lines that end in a Han character.
"""

import collections
import re
import statistics
import sys

import lines as L

PUNCT = "，。、；：？！“”‘’（）《》—…·"
OPENING = "“‘（《"
HAN = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z0-9]")


def body(lines):
    """Body-size lines in the body font (the editor's note in WenKai apart:
    its quotes are proportional glyphs in both renderings)."""
    sizes = collections.Counter(round(ln["size"], 1) for ln in lines)
    size, _ = sizes.most_common(1)[0]
    fonts = collections.Counter(ln["font"] for ln in lines if round(ln["size"], 1) == size)
    font, _ = fonts.most_common(1)[0]
    return [ln for ln in lines if round(ln["size"], 1) == size and ln["font"] == font]


def right_edge(lines):
    ends = collections.Counter(round(ln["chars"][-1][1], 1) for ln in lines
                               if HAN.match(ln["chars"][-1][3]))
    return ends.most_common(1)[0][0]


def left_edge(lines):
    return collections.Counter(round(ln["chars"][0][0], 1) for ln in lines).most_common(1)[0][0]


def summary(values):
    if not values:
        return "—"
    return (f"n={len(values):<3d} min={min(values):.2f} med={statistics.median(values):.2f} "
            f"max={max(values):.2f}")


def stats(lines):
    R, Lx = right_edge(lines), left_edge(lines)
    mid = collections.defaultdict(list)
    pairs = collections.defaultdict(list)
    ends = collections.defaultdict(list)
    starts = collections.defaultdict(list)
    plus_gap, latin_gap = [], []
    spread = []
    for ln in lines:
        cs = ln["chars"]
        em = cs[0][2]
        adv = [(b[0] - a[0]) / em for a, b in zip(cs, cs[1:])]
        for i, c in enumerate(cs):
            ch = c[3]
            if ch in PUNCT and ch not in "—…·":
                if i + 1 < len(cs):
                    nxt = cs[i + 1][3]
                    if nxt not in PUNCT and (i == 0 or cs[i - 1][3] not in PUNCT):
                        mid[ch].append(adv[i])
                    if nxt in PUNCT and nxt not in "—…·":
                        if i + 2 < len(cs):
                            pairs[ch + nxt].append(adv[i] + adv[i + 1])
                        elif R - cs[i + 1][0] < em:
                            pairs[ch + nxt + "|"].append(adv[i] + (R - cs[i + 1][0]) / em)
                elif R - c[0] < em:  # a full line, not a paragraph's last
                    ends[ch].append((R - c[0]) / em)
            if i == 0 and ch in OPENING and abs(c[0] - Lx) < 30:
                starts[ch].append((c[0] - Lx) / em)
            if ch == "+" and i + 1 < len(cs) and HAN.match(cs[i + 1][3]):
                plus_gap.append((cs[i + 1][0] - c[1]) / em)
        for a, b in zip(cs, cs[1:]):
            if (HAN.match(a[3]) and LATIN.match(b[3])) or (LATIN.match(a[3]) and HAN.match(b[3])):
                latin_gap.append((b[0] - a[1]) / em)
        gaps = [(b[0] - a[1]) / em for a, b in zip(cs, cs[1:])
                if HAN.match(a[3]) and HAN.match(b[3])]
        if gaps and statistics.median(gaps) > 0.002:
            spread.append(statistics.median(gaps))
    return R, mid, pairs, ends, starts, plus_gap, latin_gap, spread


def main(argv):
    for arg in argv:
        name, _, pdf = arg.partition("=")
        R, mid, pairs, ends, starts, plus_gap, latin_gap, spread = stats(body(L.page_lines(pdf)))
        print(f"== {name} (measure's right edge at x = {R} pt, PDF coordinates)")
        print("mid-line marks (advance, em):")
        for ch in sorted(mid, key=lambda c: -len(mid[c])):
            print(f"  {ch}  {summary(mid[ch])}")
        print("adjacent marks (pair advance, em; '|' = pair at line end, room to the edge):")
        for p in sorted(pairs, key=lambda c: -len(pairs[c])):
            print(f"  {p:4s} {summary(pairs[p])}")
        print("line-end marks (room from the mark's origin to the right edge, em):")
        for ch in sorted(ends, key=lambda c: -len(ends[c])):
            print(f"  {ch}  {summary(ends[ch])}")
        print("line-start opening marks (origin from the left edge, em):")
        for ch in starts:
            print(f"  {ch}  {summary(starts[ch])}")
        print(f"gap after + before Han (em): {summary(plus_gap)}")
        print(f"Han–Latin gaps (em): {summary(latin_gap)}")
        print(f"lines with extra Han spacing: {len(spread)}; median extra per gap: "
              f"{summary(spread)}")


if __name__ == "__main__":
    main(sys.argv[1:])
