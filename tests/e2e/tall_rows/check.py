#!/usr/bin/env python3
"""Table rows taller than a whole column, end to end: tall_rows.md (a test
manuscript, its records invented) rendered in the house style. In the
two-column 行业动态 section a GFM table (house 三线表) has a row whose
cells hold 150 and 24 sentences (记录001… and 备注001…); in the 经济数据
section (data_brief, one column across the type area) a row holds 110
sentences (说明001…). Rendered three times: in the house style, and with
data_brief in two columns, its table once inside a column (wide_tables =
false) and once across them (true). Each tall row must be cut between the
lines of its cells and go on under 续表N and the repeated header:

- every cell's text once, in order: the words of each table column, read
  part by part (page, then the section's column, top to bottom), give the
  cell texts exactly (pdftotext -bbox, the header words giving each part's
  table columns);
- every part after the first has 续表N above its repeated header;
- no word below the column foot (the house grid: 43 lines of 16.8 pt);
- no "taller than its column" warning, exit 0; no page without text;
- every glyph inside its column (column_check).

Usage: check.py PAIBAN SOURCE_DIR OUT_DIR COLUMN_CHECK"""
import re
import subprocess
import sys
from pathlib import Path

paiban, source, out = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3])
column_check = sys.argv[4]
out.mkdir(parents=True, exist_ok=True)
manuscript = source / "tests/e2e/tall_rows/tall_rows.md"
style = source / "styles/xuchang.toml"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


text = manuscript.read_text()
tall = re.search(r"^\| 乙 \| (.+) \| (.+) \|$", text, re.M)
brief = re.search(r"^\| 产值 \| (.+) \| 12\.5 \|$", text, re.M)
records, remarks, notes = tall.group(1), tall.group(2), brief.group(1)
check(len(re.findall(r"记录\d{3}", records)) == 150 and len(re.findall(r"备注\d{3}", remarks)) == 24
      and len(re.findall(r"说明\d{3}", notes)) == 110,
      "the manuscript's tall cells are not 150, 24 and 110 sentences")

def squash(s):
    return re.sub(r"\s+", "", s)


def check_render(name, sheet, brief_in_columns):
    """Renders the manuscript with `sheet` and checks it; `brief_in_columns`:
    the data_brief table stands in one of two columns (else across the type
    area)."""
    pdf = out / f"tall_rows-{name}.pdf"
    r = subprocess.run([paiban, "render", str(manuscript), "--style", str(sheet), "-o", str(pdf)],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: render exit {r.returncode}: {r.stderr}")
    check("taller than" not in r.stderr, f"{name}: a row runs past its column: {r.stderr}")
    for line in r.stderr.splitlines():  # the sheet's unused sections only
        check(": note:" in line or "no section" in line, f"{name}: unexpected message: {line}")

    # Geometry: the trim box's top in the media box (bleed), the house type area
    # (top margin 22 mm, 43 lines: 10.5 pt + 42 × 16.8 pt) and the grid frame
    # half a leading below it.
    boxes = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True).stdout
    media_h = float(re.search(r"MediaBox:\s+\S+\s+\S+\s+\S+\s+(\S+)", boxes).group(1))
    trim_top = media_h - float(re.search(r"TrimBox:\s+\S+\s+\S+\s+\S+\s+(\S+)", boxes).group(1))
    frame_bottom = trim_top + 22 / 25.4 * 72 + 10.5 + 42 * 16.8 + (16.8 - 10.5) / 2

    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    words = []  # (page, x0, y0, x1, y1, text)
    for p, page in enumerate(bbox.split("<page ")[1:]):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        for x0, y0, x1, y1, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                page):
            words.append((p, float(x0), float(y0), float(x1), float(y1), t))
    pages = max(w[0] for w in words) + 1
    page_width = width

    # No page without text (a table's space that did not fit at the foot once
    # opened a blank last page).
    area_top = trim_top + 22 / 25.4 * 72
    for p in range(pages):
        check(any(w[0] == p and area_top - 5 < w[2] < frame_bottom for w in words),
              f"{name}: page {p + 1} has no text in its type area")

    # Nothing below the foot: every word but the folio (8 mm under the type
    # area) ends above the frame's bottom.
    for p, x0, y0, x1, y1, t in words:
        if y0 < frame_bottom + 5:
            check(y1 <= frame_bottom + 0.6, f"{name}: page {p + 1}: '{t}' ends at {y1:.2f} pt, below the "
                  f"column foot {frame_bottom:.2f} pt")


    def read_columns(halves, headers, last):
        """The table's words part by part: for each page and each of `halves`
        (the section's columns, as x ranges) holding the header words
        `headers` (the second one, which no cell shows alone, finds the
        header line), the words under the header, split at the headers' x into
        table columns, read top to bottom and left to right within a line. A
        part ends at a word beginning with `last` (the note under the table)
        or at a gap of more than 25 pt between lines (a table's rows are
        closer). Returns the texts per table column, the parts (page, half,
        the text of the line above the header) and each part's text per table
        column."""
        columns = [""] * len(headers)
        parts = []
        pieces = []  # (part, table column, text), in reading order
        for p in range(pages):
            for lo, hi in halves:
                on = [w for w in words if w[0] == p and lo <= w[1] < hi]
                anchor = next((w for w in on if w[5] == headers[1]), None)
                if not anchor:
                    continue
                head_y = anchor[2]
                # A header squeezed to one character a line shows its first on
                # the header's line and the rest under it.
                head = [next((w for w in on if abs(w[2] - head_y) < 1 and w[5] in (h, h[0])), None)
                        for h in headers]
                if not all(head):
                    continue
                label = "".join(w[5] for w in on if head_y - 30 < w[2] < head_y)
                parts.append((p, lo, label))
                lines = {}
                for w in on:
                    if w[2] > head_y + 1:
                        lines.setdefault(round(w[2], 1), []).append(w)
                previous = head_y
                in_header = True
                here = [""] * len(headers)
                for y in sorted(lines):
                    line = sorted(lines[y], key=lambda w: w[1])
                    if y - previous > 25 or line[0][5].startswith(last):
                        break
                    previous = y
                    if in_header and all(any(w[5] in h for h in headers) for w in line):
                        continue
                    in_header = False
                    for w in line:
                        # Its column: the last whose header begins left of the
                        # word's end (a centred header stands inside its column).
                        k = max((i for i, h in enumerate(head) if w[3] > h[1] + 0.5), default=0)
                        columns[k] += w[5]
                        here[k] += w[5]
                pieces += [(len(parts) - 1, k, t) for k, t in enumerate(here) if t]
        return columns, parts, pieces


    # 行业动态: two columns; the table's columns start at 走访记录 and 备注.
    news, news_parts, news_pieces = read_columns(
        [(0, page_width / 2), (page_width / 2, page_width)], ["企业", "走访记录", "备注"], "资料来源")
    check(squash(news[0]) == "甲乙丙", f"{name}: 行业动态: the first column reads {news[0]}")
    check(squash(news[1]) == squash("开始走访。" + records + "走访结束。"),
          f"{name}: 行业动态: the records column reads back differently ({len(squash(news[1]))} characters "
          f"for {len(squash(records)) + 10})")
    check(squash(news[2]) == squash("无" + remarks + "无"),
          f"{name}: 行业动态: the remarks column reads back differently: {news[2][:80]}…")
    check(len(news_parts) >= 4, f"{name}: 行业动态: the table stands in {len(news_parts)} column parts only")
    for k, (p, lo, label) in enumerate(news_parts[1:], 1):
        check(label == "续表1", f"{name}: 行业动态: part {k + 1} on page {p + 1} is not under 续表1: {label}")
    check(not news_parts or "续表" not in news_parts[0][2], f"{name}: 行业动态: 续表 above the table's first part")

    # 经济数据: across the type area; columns start at 口径说明 and 数值.
    halves = [(0, page_width / 2), (page_width / 2, page_width)]
    brief_cols, brief_parts, brief_pieces = read_columns(
        halves if brief_in_columns else [(0, page_width)], ["指标", "口径说明", "数值"], "资料来源")
    check(squash(brief_cols[0]) == "产值用电量", f"{name}: 经济数据: the first column reads {brief_cols[0]}")
    check(squash(brief_cols[1]) == squash(notes + "按月汇总。"),
          f"{name}: 经济数据: the 口径说明 column reads back differently ({len(squash(brief_cols[1]))} "
          f"characters for {len(squash(notes)) + 5})")
    check(squash(brief_cols[2]) == "12.53.75", f"{name}: 经济数据: the 数值 column reads {brief_cols[2]}")
    check(len(brief_parts) >= (3 if brief_in_columns else 2),
          f"{name}: 经济数据: the table stands in {len(brief_parts)} parts")
    for k, (p, lo, label) in enumerate(brief_parts[1:], 1):
        check(label == "续表2", f"{name}: 经济数据: part {k + 1} on page {p + 1} is not under 续表2: {label}")

    # Reading order of the copied text (pdftotext -raw, the content's order):
    # in each part the tall row's cells one after the other, left to right (not
    # line by line across them), the parts in order.
    raw = squash(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                                text=True).stdout)
    # The tall cells' pieces (the short rows' cells stripped off).
    tall_pieces = [(p, k, t.replace("开始走访。", "").replace("走访结束。", "").strip("无"))
                   for p, k, t in news_pieces if k > 0]
    tall_pieces += [(p, k, t.replace("按月汇总。", "")) for p, k, t in brief_pieces if k == 1]
    at = 0
    for part, column, piece in tall_pieces:
        found = raw.find(squash(piece), at)
        check(found >= 0, f"{name}: copied text: part {part + 1}'s column {column + 1} ('{piece[:20]}…') "
              "is not next in reading order")
        at = max(at, found)

    # Every glyph in the column it was set in.
    copy = out / f"tall_rows-{name}.md"
    copy.write_text(text.replace("+++\n\n#", f'style = "{sheet}"\n+++\n\n#', 1))
    r = subprocess.run([column_check, str(copy)], capture_output=True, text=True)
    check(r.returncode == 0 and " 0 outside their column" in r.stdout,
          f"{name}: column_check: {r.stdout} {r.stderr}")

    print(f"{name}: {pages} pages; 行业动态 table in {len(news_parts)} parts, 经济数据 table in "
          f"{len(brief_parts)}; frame bottom {frame_bottom:.2f} pt; {r.stdout.strip()}")


check_render("house", style, False)
# data_brief in two columns: its table in one of them, and across them.
for name, wide in [("brief-in-column", "false"), ("brief-across", "true")]:
    sheet = out / f"{name}.toml"
    sheet.write_text(f'extends = "{style}"\n\n'
                     '[[section]]\nmatch = "行业动态"\nplugin = "industry_news"\n'
                     'options = { columns = 2 }\n\n'
                     '[[section]]\nmatch = "经济数据"\nplugin = "data_brief"\n'
                     f'options = {{ columns = 2, wide_tables = {wide} }}\n')
    check_render(name, sheet, wide == "false")
if failures:
    print("\n".join(failures))
    sys.exit(1)
