#!/usr/bin/env python3
"""A note marked more than once (docs/typography.md R15), end to end:
repeated.md marks [^a] twice on page 1 and twice on page 2, and links the
same URL twice on page 1; the house style prints links as notes. Numbered
per article, every mark of [^a] shows ① and its note is printed once, the
URL's note once; numbered per page, page 2 prints [^a]'s note again under
its own number, shown by both marks there.

Usage: repeated_check.py PAIBAN SOURCE_DIR OUT_DIR"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
manuscript = source / "tests/e2e/footnotes/repeated.md"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def render(restart):
    sheet = out / f"repeated-{restart}.toml"
    sheet.write_text(f'extends = "{source / "styles/xuchang.toml"}"\n\n[typography]\n'
                     f'footnote_restart = "{restart}"\n')
    pdf = out / f"repeated-{restart}.pdf"
    r = subprocess.run([paiban, "render", str(manuscript), "--style", str(sheet), "-o", str(pdf)],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{restart}: render exit {r.returncode}: {r.stderr}")
    pages = []
    for p in (1, 2, 3):
        text = subprocess.run(["pdftotext", "-raw", "-f", str(p), "-l", str(p), str(pdf), "-"],
                              capture_output=True, text=True).stdout
        pages.append(re.sub(r"\s+", "", text))
    return pages


def marks_after(page, word):
    """The mark right after each use of `word` on the page."""
    return re.findall(word + r"([①-⑳])", page)


NOTE_A = "甲注的文字，只应在每个编号范围内印一次。"
article = render("article")
first = next((p for p in article if "第一处引用甲注" in p), "")
second = next((p for p in article if "第三处引用甲注" in p), "")
check(first and second and first != second, "the marks of [^a] stand on two pages")
check(marks_after(first, "引用甲注") == ["①", "①"], f"article, page 1: {marks_after(first, '引用甲注')}")
check(marks_after(first, "网站") == ["②", "②"], f"article, page 1 links: {marks_after(first, '网站')}")
check(marks_after(second, "引用甲注") == ["①", "①"], f"article, page 2: {marks_after(second, '引用甲注')}")
check("".join(article).count(NOTE_A) == 1, f"article: note a {''.join(article).count(NOTE_A)} times")
check("".join(article).count("https://example.com/a") == 1, "article: the URL's note once")
check("①" + NOTE_A in first, "article: note a under ① on page 1")
check("".join(article).count("乙注的文字") == 1 and "".join(article).count("丙注的文字") == 1,
      "article: notes b and c once")

page = render("page")
first = next((p for p in page if "第一处引用甲注" in p), "")
second = next((p for p in page if "第三处引用甲注" in p), "")
check(marks_after(first, "引用甲注") == ["①", "①"], f"page, page 1: {marks_after(first, '引用甲注')}")
check(marks_after(second, "引用甲注") == ["①", "①"], f"page, page 2: {marks_after(second, '引用甲注')}")
check(marks_after(second, "丙注") == ["②"], f"page, page 2 note c: {marks_after(second, '丙注')}")
check(first.count(NOTE_A) == 1 and second.count(NOTE_A) == 1,
      "page: note a once on each of its pages")
check("①" + NOTE_A in second and "②丙注的文字" in second, "page: page 2's notes ① a, ② c")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("ok: a note marked twice keeps its number and prints once per numbering scope")
