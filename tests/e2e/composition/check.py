#!/usr/bin/python3
"""Facts the feature tour's PDF must show (run by render.sh after rendering).

    check.py OUT/tour.pdf

Positions are read with PyMuPDF (python3-fitz) relative to the trim box.
Exits 1 and lists every failed fact.
"""
import re
import sys

import fitz

MM = 72 / 25.4
BODY = 10.5
PITCH = 16.8
failures = []


def fact(ok, what):
    if not ok:
        failures.append(what)


def spans(page):
    """(size, x, baseline, text) of every text span, trim-box coordinates."""
    tx, ty = page.trimbox.x0 - page.mediabox.x0, page.trimbox.y0 - page.mediabox.y0
    out = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                text = "".join(c["c"] for c in s["chars"])
                if not text.strip():
                    continue
                # The first printing character's origin: MuPDF may start a
                # span with a space it made up after a smaller list bullet
                # raised off the baseline.
                first = next(c for c in s["chars"] if c["c"].strip())
                out.append((round(s["size"], 2), first["origin"][0] - tx, first["origin"][1] - ty, text))
    return out


def main(path):
    doc = fitz.open(path)
    fact(doc.page_count == 7, f"7 pages, not {doc.page_count}")
    pages = [spans(p) for p in doc]
    type_top = 22 * MM  # [page.margins] top

    # Outline: every section (1) and article (2) heading and the headings
    # within the articles (3, set at the body size), with the page it is on.
    toc = doc.get_toc()
    fact([(t[0], t[1]) for t in toc] == [
        (1, "编者的话"), (1, "行业动态"), (2, "工信部：推动“5G+工业互联网”创新发展"), (3, "五大方面能力"),
        (2, "享受科普盛宴 感受科学力量"), (1, "专题报道"), (2, "为火腿肠“穿”上自制新衣"),
        (1, "行业趋势"), (2, "深度求索大模型：“花小钱办大事”")], f"outline (level, title) {toc}")
    for level, title, page in toc:
        on_page = "".join(t for s, x, y, t in pages[page - 1] if s > BODY or level > 2)
        fact(title.replace(" ", "") in on_page.replace(" ", ""), f"'{title}' is on page {page}")

    # Contents on page 1: each entry's number is the page its heading is on.
    entries = {}
    for s, x, y, t in pages[0]:
        entries.setdefault(round(y, 1), []).append(t)
    numbered = {}
    for y, parts in entries.items():
        line = "".join(parts)
        m = re.match(r"(.+?)[.\s]{5,}(\d+)$", line)
        if m:
            numbered[m.group(1).replace(" ", "")] = int(m.group(2))
    # The house contents go two levels deep (sections and articles).
    fact("五大方面能力" not in numbered, "the contents list no heading within an article")
    for level, title, page in (t for t in toc if t[0] <= 2):
        fact(numbered.get(title.replace(" ", "")) == page,
             f"contents give '{title}' page {numbered.get(title.replace(' ', ''))}, outline {page}")

    # Running heads: none on page 1 or on the opener (page 5); the blank
    # verso (page 4) is empty; heads name the section on the page.
    def head(p):
        return "".join(t for s, x, y, t in pages[p] if y < type_top - 1).replace(" ", "")
    fact(head(0) == "", f"no head on page 1: {head(0)!r}")
    fact(not pages[3] and not doc[3].get_images(), "page 4 is left blank")
    fact(head(4) == "", f"no head on the opener page 5: {head(4)!r}")
    fact(head(1) == "2025年第1期行业动态", f"page 2 head {head(1)!r}")
    fact(head(2) == "许昌竞争情报快递行业动态", f"page 3 head {head(2)!r}")
    fact(head(5) == "2025年第1期专题报道", f"page 6 head {head(5)!r}")
    # Folios: whatever stands below a page's last body line.
    def folio(p):
        last = max((y for s, x, y, t in pages[p] if s == BODY), default=0)
        return "".join(t for s, x, y, t in pages[p] if y > last + 5).replace(" ", "")
    fact([folio(p) for p in range(7)] == ["1", "2", "3", "", "—5—", "6", "7"],
         f"folios {[folio(p) for p in range(7)]}")

    # Two columns on page 2 share the line grid: body baselines in both
    # columns sit on one set of grid lines from the first.
    body = [(x, y) for s, x, y, t in pages[1] if s == BODY]
    mid = 105 * MM
    left = {round((y - body[0][1]) / PITCH, 3) for x, y in body if x < mid}
    right = {round((y - body[0][1]) / PITCH, 3) for x, y in body if x > mid}
    fact(all(v == int(v) for v in left | right), "page 2 body baselines on the 16.8 pt grid")
    fact(len(left & right) >= 20, f"page 2 columns share {len(left & right)} grid lines")

    # Figures: the chart as wide as a column on page 2; the photo across the
    # type area at the top of page 6 (it did not fit under the columns of
    # page 5 and waited for the next page while the text flowed on).
    def images(p):
        page = doc[p]
        tx, ty = page.trimbox.x0 - page.mediabox.x0, page.trimbox.y0 - page.mediabox.y0
        return [fitz.Rect(i["bbox"]) + (-tx, -ty, -tx, -ty) for i in page.get_image_info()]
    chart, photo = images(1), images(5)
    column = (46 * BODY - 2 * BODY) / 2
    fact(len(chart) == 1 and abs(chart[0].width - column) < 0.1, f"chart {chart}, column {column}")
    fact(len(photo) == 1 and abs(photo[0].width - 46 * BODY) < 0.1, f"photo {photo}")
    # A figure's picture starts half a leading under its grid line: level
    # with a first text line's em box, here the type area top.
    fact(len(photo) == 1 and abs(photo[0].y0 - type_top) < 0.5, f"photo at the type area top: {photo}")
    fact(not images(4), "no image on page 5")
    captions = [t.replace(" ", "") for pg in pages for s, x, y, t in pg if t.startswith("图")]
    fact(any(t.startswith("图1") for t in captions) and any(t.startswith("图2") for t in captions),
         f"numbered captions {captions}")

    # The metadata comes from the front matter.
    meta = doc.metadata
    fact(meta.get("title") == "许昌竞争情报快递", f"title {meta.get('title')!r}")
    fact(meta.get("subject") == "2025年第1期", f"subject {meta.get('subject')!r}")
    fact(meta.get("author") == "许昌市科学技术情报研究所", f"author {meta.get('author')!r}")

    for f in failures:
        print("FAILED:", f)
    print(f"{path}: {'ok' if not failures else str(len(failures)) + ' facts failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
