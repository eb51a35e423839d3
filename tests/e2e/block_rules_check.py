#!/usr/bin/python3
"""Facts the hard manuscript tests/manuscripts/block-rules.md must show when
set in the house style (code, nested lists, lists in quotes, heading levels,
label paragraphs).

    block_rules_check.py OUT.pdf

Positions are read per character with PyMuPDF (python3-fitz). Exits 1 and
lists every failed fact.
"""
import sys

import fitz

failures = []


def fact(ok, what):
    if not ok:
        failures.append(what)


def lines(doc):
    """(page, size, x of the first printing character, baseline, text, chars) per span."""
    out = []
    for p, page in enumerate(doc):
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for s in line["spans"]:
                    chars = [c for c in s["chars"]]
                    text = "".join(c["c"] for c in chars)
                    printing = [c for c in chars if c["c"].strip()]
                    if not printing:
                        continue
                    out.append((p, round(s["size"], 2), printing[0]["origin"][0],
                                round(printing[0]["origin"][1], 2), text, chars))
    return out


def find(spans, start):
    """The largest span holding `start` (a heading beats its contents
    entry), as (page, size, x of `start`'s first character, baseline, text,
    chars)."""
    best = None
    for s in spans:
        at = s[4].find(start)
        if at < 0:
            continue
        if best is None or s[1] > best[1]:
            best = (s[0], s[1], s[5][at]["origin"][0], s[3], s[4], s[5][at:])
    return best


def main(path):
    doc = fitz.open(path)
    spans = lines(doc)

    # Headings # to ####: each level smaller than the one above.
    sizes = []
    for title in ["技术周刊", "一、开源项目速览", "1. 安装与配置", "1.1 配置文件示例"]:
        s = find(spans, title)
        fact(s is not None, f"heading {title} is set")
        sizes.append(s[1] if s else 0)
    fact(sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4,
         f"heading sizes fall level by level: {sizes}")
    # The section head stays with the article title: no empty line between.
    sec, art = find(spans, "技术周刊"), find(spans, "一、开源项目速览")
    if sec and art:
        fact(sec[0] == art[0] and 0 < art[3] - sec[3] < 2 * 16.8,
             f"article title {art[3] - sec[3]:.1f} pt under the section head")

    # Code: the mono face, lines kept, indentation as typed, mark at breaks.
    d = find(spans, "def main(argv")
    c = find(spans, "config = load_config")
    i = find(spans, "if source.enabled:")
    fact(d is not None and c is not None and i is not None, "code lines are set")
    if d and c and i:
        fact("Mono" in doc[d[0]].get_fonts()[0][3] or any(
            "Mono" in f[3] for f in doc[d[0]].get_fonts()), "code in Noto Sans Mono CJK SC")
        cell = d[5][1]["origin"][0] - d[5][0]["origin"][0]
        fact(abs((c[2] - d[2]) - 4 * cell) < 0.05, f"4 spaces of indent: {(c[2] - d[2]) / cell:.2f}")
        fact(abs((i[2] - d[2]) - 8 * cell) < 0.05, f"8 spaces of indent: {(i[2] - d[2]) / cell:.2f}")
    marks = sum(s[4].count("⏎") for s in spans)
    fact(marks == 2, f"two code lines broken at the measure, {marks} marks")
    blank = find(spans, "return serve(config)")
    fact(blank is not None and c is not None and blank[3] > c[3], "the code's last line is set")

    # Nested lists: level 1 text < level 2 < level 3, wrapped lines hang.
    one = find(spans, "下载源码并解压")
    two = find(spans, "选择安装目录")
    three = find(spans, "全文检索模块")
    fact(one and two and three and one[2] < two[2] < three[2],
         "list levels indent: " + str([s[2] if s else None for s in (one, two, three)]))
    if one:
        wrapped = [s for s in spans if s[0] == one[0] and abs(s[3] - one[3] - 16.8) < 0.1]
        fact(any(abs(s[2] - one[2]) < 0.05 for s in wrapped),
             "a wrapped item line hangs under the item's text")
    for marker in ["1.", "（1）", "①", "●", "○", "■"]:
        fact(any(marker in s[4] for s in spans), f"marker {marker} is set")
    fact(not any("·" in s[4] for s in spans), "no list marker looks like the interpunct ·")

    # A list inside a quote keeps its structure: its sub-list is indented.
    q1 = find(spans, "为什么启动时提示")
    q2 = find(spans, "可以，但检索质量会下降")
    fact(q1 and q2 and q2[2] > q1[2], "the list in the quote nests")

    # Label paragraphs stand on the page of the paragraph they label.
    for label, body in [("4、SurfSense", "SurfSense 是一个"), ("（1）第一个十年", "二〇〇〇年到"),
                        ("（2）第二个十年", "二〇一〇年以后")]:
        a, b = find(spans, label), find(spans, body)
        fact(a and b and a[0] == b[0] and b[3] > a[3], f"label {label} stays with its text")

    for f in failures:
        print("FAILED:", f)
    print(f"{path}: {'ok' if not failures else f'{len(failures)} facts failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
