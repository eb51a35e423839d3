#!/usr/bin/env python3
"""The second sample issue (samples/2025-02) end to end: it renders in the
house style without a diagnostic; every section plugin is used; its long
table breaks across a page with the header repeated under 续表3; pdftotext
shows every cell and note in reading order, each row exactly once.

Usage: check.py PAIBAN SOURCE_DIR OUT_DIR"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
pdf = out / "2025-02.pdf"
manuscript = source / "samples/2025-02/issue.md"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


r = subprocess.run([paiban, "render", str(manuscript), "--style",
                    str(source / "styles/xuchang.toml"), "-o", str(pdf)],
                   capture_output=True, text=True)
check(r.returncode == 0, f"render exit {r.returncode}: {r.stderr}")
check(r.stderr.strip() == "", f"render printed diagnostics:\n{r.stderr}")

pages = int(re.search(r"Pages:\s+(\d+)",
                      subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                     text=True).stdout).group(1))
text_of = [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(pdf), "-"],
                          capture_output=True, text=True).stdout for p in range(1, pages + 1)]
flat = [re.sub(r"\s+", "", t) for t in text_of]
whole = "".join(flat)
# Table rows read line by line as pdftotext -layout keeps them: a row's cells
# on one line, in order (the default mode regroups wide gaps as columns).
layout_of = [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(pdf), "-"],
                            capture_output=True, text=True).stdout for p in range(1, pages + 1)]
rows_of = [[re.sub(r"\s+", "", l) for l in t.splitlines() if l.strip()] for t in layout_of]
all_rows = [l for page in rows_of for l in page]

# Every section, set by its plugin.
for title in ["编者的话", "行业动态", "行业趋势", "经济数据", "简讯"]:
    check(title in whole, f"section {title} missing")
# Key figures, captions (numbered), notes.
for s in ["5G基站", "超400万个", "融合项目", "5G工厂", "700个",
          "资料来源：工业和信息化部公开资料", "资料来源：虚构示例数据"]:
    check(s in whole, f"missing: {s}")
for s in ["表1“5G+工业互联网”发展主要指标", "表2部分大模型训练成本",
          "表3分行业5G应用项目数（虚构示例数据）"]:
    check(s in all_rows, f"caption not on a line of its own: {s}")

# Table 1 and 2 rows in reading order: cell after cell.
for row in ["指标数值单位", "5G基站总数400万个（超）", "覆盖工业大类41个",
            "模型训练成本（万美元）说明", "DeepSeek-V3557.62048块H800显卡，不到两个月",
            "GPT-4o10000约1亿美元"]:
    check(row in all_rows, f"row not on one line in reading order: {row}")

# Table 3: 41 rows, each once, in order, cells in order; header repeated
# under 续表3 on the page the table goes on to.
rows = [l for l in manuscript.read_text().splitlines() if re.match(r"\| \d\d \|", l)]
check(len(rows) == 41, f"{len(rows)} rows in the manuscript")
at = 0
for line in rows:
    cells = "".join(c.strip() for c in line.strip("|").split("|"))
    check(all_rows.count(cells) == 1, f"row {cells} printed {all_rows.count(cells)} times")
    if cells in all_rows:
        found = all_rows.index(cells)
        check(found >= at, f"row {cells} comes before the previous one")
        at = found
first_page = next(i for i, t in enumerate(rows_of) if "表3分行业5G应用项目数（虚构示例数据）" in t)
last_page = next(i for i, t in enumerate(flat) if rows[-1].split("|")[2].strip() in t)
check(last_page > first_page, "table 3 does not break across a page")
for p in range(first_page + 1, last_page + 1):
    check("续表3" in rows_of[p] and "代码行业大类项目数（个）同比增长（%）" in rows_of[p],
          f"page {p + 1}: header not repeated under 续表3")
check(whole.count("续表3") == last_page - first_page, "续表3 on a page it does not continue to")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"2025-02: {pages} pages, table 3 on pages {first_page + 1}–{last_page + 1}")
