#!/usr/bin/env python3
"""The house style's table keys change the page ([typography]
table_continued and table_caption, docs/style-reference.md): house_tables.md
has a 60-row table in the two-column 行业动态 section (industry_news) with
its caption paragraph "表 …" after it. Rendered in the house style, the
caption is not taken (the style looks before the table): the table is "表1"
alone, the paragraph stays text, and the repeated header is labelled 续表1.
With a sheet that extends the house style and sets table_caption = "after"
and table_continued = "续上表", the caption reads 表1　各地数值… above the
table, the paragraph is gone from the text, and every repeated header is
labelled 续上表1.

Usage: check.py PAIBAN SOURCE_DIR OUT_DIR"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
manuscript = source / "tests/e2e/house_tables/house_tables.md"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def render(name, keys):
    sheet = out / f"{name}.toml"
    sheet.write_text(f'extends = "{source / "styles/xuchang.toml"}"\n\n[typography]\n{keys}')
    pdf = out / f"house-tables-{name}.pdf"
    r = subprocess.run([paiban, "render", str(manuscript), "--style", str(sheet), "-o", str(pdf)],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: render exit {r.returncode}: {r.stderr}")
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    return re.sub(r"\s+", "", text)


CAPTION = "各地数值（虚构示例数据）"
house = render("house", "")
check("表1地区甲项乙项" in house, "house: table 1 without caption text over its header")
check("表各地数值（虚构示例数据）" in house, "house: the paragraph after the table stays text")
check(house.count("续表1") >= 1, "house: the repeated header is labelled 续表1")
check("续上表" not in house, "house: no 续上表")
for i in range(1, 61):
    check(house.count(f"地区{i:02d}") == 1, f"house: row {i} once")

changed = render("changed", 'table_caption = "after"\ntable_continued = "续上表"\n')
check("表1" + CAPTION + "地区甲项乙项" in changed, "changed: caption from the paragraph after")
check(changed.count(CAPTION) == 1, "changed: the caption paragraph is not set as text as well")
labels = changed.count("续上表1")
check(labels >= 1 and labels == house.count("续表1"),
      f"changed: 续上表1 over each repeated header ({labels}, house {house.count('续表1')})")
check("续表1" not in changed.replace("续上表1", ""), "changed: no 续表1")
for i in range(1, 61):
    check(changed.count(f"地区{i:02d}") == 1, f"changed: row {i} once")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"ok: the sheet's table keys move the caption and relabel {labels} repeated headers")
