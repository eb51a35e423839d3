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

# Footnotes: each note at the foot of its mark's page, after the mark in
# reading order, its whole text once; a note too long for the room left goes
# on at the next page's foot (head on the mark's page, tail first among the
# next page's notes). The link became a note with its URL.
notes = [  # (text before the mark, mark, the note as the manuscript writes it)
    ("512工程推进方案》", "①", "“512工程”指打造5个产业公共服务平台，建设改造覆盖10个重点行业的5G企业内网，"
                         "形成至少20大典型工业应用场景。"),
    ("DeepSeek-V3技术报告", "①", "https://github.com/deepseek-ai/DeepSeek-V3"),
    ("557.6万美元", "②", "按报告所列约278.8万H800GPU小时、每GPU小时2美元的租用价格估算，"
                     "不含此前研究和消融实验的费用。"),
]
for before, mark, note in notes:
    note = re.sub(r"\s+", "", note)
    page = next((i for i, t in enumerate(flat) if before + mark in t), None)
    check(page is not None, f"no page with the mark {before}{mark}")
    if page is None:
        continue
    text = flat[page]
    at_mark = text.index(before + mark)
    numbered = mark + note
    if numbered in text:
        check(text.index(numbered) > at_mark, f"page {page + 1}: note {mark} before its mark")
        check(whole.count(note) == 1, f"note {note[:10]}… printed {whole.count(note)} times")
        continue
    # Split: the longest head of the note on the mark's page, the rest next.
    head = max((k for k in range(1, len(numbered)) if numbered[:k] in text), default=0)
    tail = numbered[head:]
    check(head > len(mark) and text.index(numbered[:head]) > at_mark,
          f"page {page + 1}: note {mark} does not begin after its mark")
    nxt = flat[page + 1] if page + 1 < len(flat) else ""
    check(tail in nxt, f"page {page + 2}: the rest of note {mark} '{tail}' is missing")
    if tail in nxt:
        # At the foot, first: followed only by that page's own notes and folio.
        after = nxt[nxt.index(tail) + len(tail):]
        check(after == "" or after[0] in "①②③④⑤⑥⑦⑧⑨⑩" or after.isdigit(),
              f"page {page + 2}: the rest of note {mark} is followed by body text '{after[:20]}'")

# Press output (the default): PDF/X-4, so no annotations at all; a screen
# copy (a sheet extending the house style with [print] output = "screen")
# has /Link /URI annotations over the link's text and over the URL in its
# note, and does not claim PDF/X.
screen_sheet = out / "screen.toml"
screen_sheet.write_text(f'extends = "{source / "styles/xuchang.toml"}"\n\n'
                        '[print]\noutput = "screen"\n')
screen_pdf = out / "2025-02-screen.pdf"
r = subprocess.run([paiban, "render", str(manuscript), "--style", str(screen_sheet),
                    "-o", str(screen_pdf)], capture_output=True, text=True)
check(r.returncode == 0 and r.stderr.strip() == "", f"screen render: {r.returncode} {r.stderr}")
inspect = """
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
print("pdfx", pdf.docinfo.get("/GTS_PDFXVersion"))
for i, p in enumerate(pdf.pages):
    for a in p.obj.get("/Annots", []):
        r = [float(v) for v in a.Rect]
        print(i + 1, a.Subtype, a.A.S, a.A.URI, *r)
"""
for path, want_links, want_pdfx in [(pdf, 0, "PDF/X-4"), (screen_pdf, 2, "None")]:
    annots = subprocess.run(["/usr/bin/python3", "-c", inspect, str(path)],
                            capture_output=True, text=True)
    check(annots.returncode == 0, f"reading annotations: {annots.stderr}")
    lines = annots.stdout.splitlines()
    check(lines[:1] == [f"pdfx {want_pdfx}"], f"{path.name}: {lines[:1]}, want pdfx {want_pdfx}")
    links = [l.split() for l in lines[1:]]
    uris = [l[3] for l in links]
    check(len(links) == want_links and
          uris.count("https://github.com/deepseek-ai/DeepSeek-V3") == want_links,
          f"{path.name}: link annotations {links}")
    for l in links:
        check(l[1] == "/Link" and l[2] == "/URI", f"not a URI link: {l}")
        x0, y0, x1, y1 = map(float, l[4:8])
        check(x1 > x0 + 5 and 5 < y1 - y0 < 20, f"link rectangle {l[4:8]}")
    q = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    check(q.returncode == 0 and "WARNING" not in q.stdout, f"qpdf --check {path.name}: {q.stdout}")
screen_text = subprocess.run(["pdftotext", str(screen_pdf), "-"], capture_output=True,
                             text=True).stdout
press_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
check(screen_text == press_text, "the screen copy's text differs from the press file's")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"2025-02: {pages} pages, table 3 on pages {first_page + 1}–{last_page + 1}")
