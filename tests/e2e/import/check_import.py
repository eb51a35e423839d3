#!/usr/bin/python3
"""End-to-end test of `paiban import` (docs/import.md):

    check_import.py PAIBAN FIXTURES_DIR OUT_DIR

Imports the three fixture documents (Word-, LibreOffice- and WPS-style XML,
made by make_fixtures.py) into one issue, renders it, and checks that the
PDF's text is exactly the documents' text after the clean-ups, in order —
every table row with its cells in order, the footnote once at the foot of
its mark's page after the mark — and that every section and article title
is in the PDF outline
(bookmarks) and the contents. Then the error contract: not-a-docx, damaged
ZIP and missing part each exit 2 naming the file, and nothing is written.
Exits 1 listing every failed fact.
"""
import os
import re
import shutil
import subprocess
import sys

import fitz

failures = []


def fact(ok, what):
    if not ok:
        failures.append(what)


def run(*args, cwd=None):
    p = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def squeeze(s):
    return re.sub(r"\s+", "", s)


def pdf_body_text(pdf, furniture):
    """The PDF's text in reading order without running heads and folios."""
    _, text, _ = run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-")
    kept = []
    for line in text.splitlines():
        s = squeeze(line.replace("\f", ""))
        # Folios, running heads, the masthead and the contents (dot leaders).
        if not s or s.isdigit() or s in furniture or re.search(r"\.{5,}", s):
            continue
        kept.append(s)
    return "".join(kept)


def page_count(pdf):
    _, info, _ = run("pdfinfo", pdf)
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_body_text_of_page(pdf, n, furniture):
    """One page's text in reading order without running heads and folios."""
    _, text, _ = run("pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), pdf, "-")
    return "".join(s for s in (squeeze(l.replace("\f", "")) for l in text.splitlines())
                   if s and not s.isdigit() and s not in furniture and not re.search(r"\.{5,}", s))


def main(paiban, fixtures, out):
    shutil.rmtree(out, ignore_errors=True)
    inp = os.path.join(out, "in")
    shutil.copytree(fixtures, inp)
    a, b, c = (os.path.join(inp, n) for n in ("行业动态-工信部.docx", "行业动态-科普.docx", "肠衣.docx"))
    md = os.path.join(out, "issue.md")
    args = [paiban, "import", a, b, "--section", "行业趋势", c, "--issue", "2025年第1期",
            "--date", "2025-01-06", "--set", "notice=内部资料，免费交流", "-o", md, "--report-changes"]
    rc, _, err = run(*args)
    fact(rc == 0, f"import exits 0, not {rc}: {err}")
    fact("'升级网络设施' looks like a heading" in err, "the bold line is reported as a fake heading")
    fact("2 tracked change(s) not yet accepted" in err, "unaccepted tracked changes are reported")
    fact("leading indent removed" in err and "straight quote made curly" in err
         and "spaces between Han characters removed" in err
         and "half-width punctuation between Han made full-width" in err
         and "invisible character removed" in err, "--report-changes lists every kind of clean-up")
    manuscript = open(md, encoding="utf-8").read()
    fact(manuscript.startswith('+++\ntitle = "许昌竞争情报快递"\nissue = "2025年第1期"\ndate = 2025-01-06\n'
                               'notice = "内部资料，免费交流"\n+++\n'),
         "front matter: title from the first file's properties, issue, date and notice from options")
    fact(manuscript.count("\n# 行业动态\n") == 1 and manuscript.count("\n# 行业趋势\n") == 1,
         "sections from the file names and from --section")
    fact("![“5G+工业互联网”项目数（示意）](images/行业动态-工信部-1.png)" in manuscript,
         "the picture is a figure whose caption is the 图1 paragraph without its label")
    fact(os.path.isfile(os.path.join(out, "images", "行业动态-工信部-1.png")), "the PNG is extracted")
    fact("\n- 建设1万个5G工厂\n" in manuscript and "\n1. 大模型的基本原理是什么\n" in manuscript,
         "bulleted (style numbering) and numbered (numPr) lists")
    fact("我们" not in manuscript.split("从依赖进口")[1], "a tracked deletion is not imported")
    fact("双汇副总裁周霄说。[^1]\n\n| 项目 | 1996年 | 如今 |\n| --- | --- | --- |\n| 成本 | 每吨12万元 | 低70% |\n"
         "| | 效率提高50% | |\n" in manuscript, "WPS table (vMerge, gridSpan) as a GFM table after the noted paragraph")
    fact(manuscript.endswith("[^1]: GB 9685：食品接触材料及制品用添加剂使用标准。\n"), "the footnote ends the issue")
    fact("肠衣.docx: warning: paragraph 5: table with merged cells (row 3, columns 2–3; rows 2–3 of column 1)" in err,
         "merged cells are reported with file and paragraph")

    # Same inputs, same manuscript.
    md2 = os.path.join(out, "again.md")
    run(*[x if x != md else md2 for x in args])
    fact(open(md2, encoding="utf-8").read() == manuscript, "import is deterministic")

    pdf = os.path.join(out, "issue.pdf")
    rc, _, err = run(paiban, "render", md, "-o", pdf)
    fact(rc == 0, f"the imported issue renders (exit {rc}): {err}")
    if rc == 0:
        furniture = {squeeze("许昌竞争情报快递2025年第1期"), "许昌竞争情报快递", squeeze("2025 年第 1 期"),
                     squeeze("2025 年 1 月 6 日"), "本期要目", "内部资料，免费交流"}
        body = pdf_body_text(pdf, furniture)
        # Footnotes: each note's whole text once, at the foot of the page its
        # mark is on, after the mark (pdftotext reads a page's text, then its
        # notes). Taken out of the body before the in-order check, since where
        # a page ends among the lines depends on the page breaks.
        pages = [pdf_body_text_of_page(pdf, n, furniture) for n in range(1, page_count(pdf) + 1)]
        notes = [squeeze(l)[len("note:"):] for l in open(os.path.join(fixtures, "expected.txt"),
                                                           encoding="utf-8") if l.startswith("note:")]
        fact(len(notes) == 1, f"expected.txt names the WPS document's footnote: {notes}")
        for note in notes:
            fact(body.count(note) == 1, f"the note '{note}' is printed once, not {body.count(note)} times")
            on = [i for i, t in enumerate(pages) if "①" + note in t]
            fact(len(on) == 1, f"the note '{note}' is numbered ① on one page: pages {on}")
            if len(on) == 1:
                text = pages[on[0]]
                mark = text.find("说。①")
                fact(0 <= mark < text.index("①" + note),
                     f"page {on[0] + 1}: the mark ① stands after 说。 and before its note")
                fact(text.endswith("①" + note), f"page {on[0] + 1}: the note ends the page's text")
            body = body.replace("①" + note, "", 1)
        # Every expected line in order, and between them nothing but what is
        # allowed: section bands, list markers, the floating figure caption,
        # table labels and note marks. Table rows are required: each row's
        # cells in order, after the paragraph before the table. So the PDF's
        # text equals the documents' text after the clean-ups.
        # section bands, list bullets (the style's per level, [typography] bullets)
        expected, allowed = [], ["行业动态", "行业趋势", "•", "●", "○", "■"]
        for line in open(os.path.join(fixtures, "expected.txt"), encoding="utf-8"):
            want = squeeze(line)
            if want.startswith("figure:"):
                caption = "图1" + want[len("figure:"):]
                fact(caption in body, f"the PDF holds the caption {caption}")
                allowed.append(caption)
            elif want.startswith("table:"):
                expected.append(want[len("table:"):].replace("|", ""))
            elif want.startswith("note:"):
                continue
            elif want:
                expected.append(want)
        fact(sum(1 for w in expected if "1996年" in w) == 1, "the table's header row is required")
        allowed.sort(key=len, reverse=True)
        cursor, gaps = 0, []
        for want in expected:
            at = body.find(want, cursor)
            fact(at >= 0, f"the PDF holds, in order, '{want}'")
            if at >= 0:
                gaps.append(body[cursor:at])
                cursor = at + len(want)
        gaps.append(body[cursor:])
        for gap in gaps:
            rest = gap
            for piece in allowed:
                rest = rest.replace(piece, "")
            rest = re.sub(r"续表\d*|表\d+", "", rest)  # the table's label
            rest = re.sub(r"（\d+）|[①-⑳]", "", rest)  # nested list numbers
            rest = re.sub(r"\d+\.?", "", rest)  # list numbers, note marks
            fact(not rest, f"nothing but the documents' text: unexpected '{rest}' in '{gap[:80]}'")
        # Bookmarks: sections (1), articles (2) and the headings within the
        # articles (3: a Word heading style, a fake heading, an outline level).
        doc = fitz.open(pdf)
        toc = [(t[0], t[1]) for t in doc.get_toc()]
        outline = [(1, "行业动态"), (2, "工信部：推动“5G+工业互联网”创新发展"), (3, "升级网络设施"),
                   (2, "享受科普盛宴 感受科学力量"), (3, "大模型的机遇和挑战"),
                   (1, "行业趋势"), (2, "为火腿肠“穿”上自制新衣"), (3, "从依赖进口到自给自足")]
        fact(toc == outline, f"PDF outline (level, title) {toc}")
        contents = squeeze(doc[0].get_text())
        for title in ("工信部：推动“5G+工业互联网”创新发展", "享受科普盛宴感受科学力量", "为火腿肠“穿”上自制新衣"):
            fact(title in contents, f"'{title}' is in the contents on page 1")
        def entry(title, text):  # a contents line: the title, a dot leader, its page number
            return re.search(re.escape(squeeze(title)) + r"\.{5,}\d+", text) is not None
        fact(entry("为火腿肠“穿”上自制新衣", contents) and not entry("升级网络设施", contents),
             "the house contents list articles, not their sub-headings")
        # A sheet asking for the contents three levels deep lists the
        # sub-headings too, each under its article.
        house = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "styles",
                             "xuchang.toml")
        sections = open(house, encoding="utf-8").read().split("[[section]]", 1)[1]
        deep_sections = sections.replace('contents_color = "brand" }', 'contents_color = "brand", contents_depth = 3 }', 1)
        fact(deep_sections != sections, "the house style's masthead line is where the test expects it")
        deep = os.path.join(out, "deep.toml")
        with open(deep, "w", encoding="utf-8") as f:
            f.write(f'extends = "{os.path.abspath(house)}"\n\n[[section]]' + deep_sections)
        deep_pdf = os.path.join(out, "deep.pdf")
        rc, _, err = run(paiban, "render", md, "--style", deep, "-o", deep_pdf)
        fact(rc == 0, f"the issue renders with contents_depth = 3 (exit {rc}): {err}")
        if rc == 0:
            deep_doc = fitz.open(deep_pdf)
            deep_contents = squeeze(deep_doc[0].get_text())
            order = [deep_contents.find(squeeze(t)) for _, t in outline]
            fact(all(entry(t, deep_contents) for _, t in outline) and order == sorted(order),
                 f"contents_depth = 3: every heading is a contents entry, in reading order: {order}")

    # A file LibreOffice 7.4 wrote (libreoffice/made-by-libreoffice.html
    # converted with soffice --convert-to docx): its own XML for headings,
    # lists, merged cells (vMerge="continue"), footnotes, raised/lowered runs
    # (w:position) and an embedded picture.
    lo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "libreoffice", "made-by-libreoffice.docx")
    lo_out = os.path.join(out, "lo")
    os.makedirs(lo_out)
    rc, text, err = run(paiban, "import", "--section", "行业趋势", lo, "--issue", "1", "--date", "2025-01-06",
                        "--images", os.path.join(lo_out, "pics"), "-o", "-", cwd=lo_out)
    fact(rc == 0, f"LibreOffice file: exit 0, not {rc}: {err}")
    want = ("# 行业趋势\n\n## 肠衣产业调查\n\n肠衣，这个看似不起眼的包装材料，实则至关重要. 面积100m²,H₂O。\n\n"
            "### 从进口到出口\n\n详见[双汇网站](https://www.shuanghui.net/)的**年度报告**与*行业综述*。[^1]\n\n"
            "- 阻氧\n  - 阻湿\n- 耐油\n\n1) 第一步\n2) 第二步\n\n"
            "| 项目 | 1996年 | 2024年 |\n| --- | --- | --- |\n| 成本 | 12万元/吨 | 降低70% |\n| | 生产效率提高50% | |\n\n"
            "![肠衣生产线（示意）](pics/made-by-libreoffice-1.png)\n\n[^1]: 数据来自企业年报。\n")
    fact(text.endswith(want), f"LibreOffice file: the manuscript is\n{want}\nnot\n{text}")
    fact("table with merged cells (row 3, columns 2–3; rows 2–3 of column 1)" in err,
         f"LibreOffice file: merged cells reported: {err}")
    fact(open(os.path.join(lo_out, "pics", "made-by-libreoffice-1.png"), "rb").read(8) == b"\x89PNG\r\n\x1a\n",
         "LibreOffice file: the picture is extracted as it is")

    # Errors: exit 2, the file named, nothing written.
    bad = os.path.join(out, "bad")
    os.makedirs(bad)
    with open(os.path.join(bad, "old.doc"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 600)
    data = open(a, "rb").read()
    with open(os.path.join(bad, "cut.docx"), "wb") as f:
        f.write(data[: len(data) // 2])
    import zipfile
    with zipfile.ZipFile(a) as zin, zipfile.ZipFile(os.path.join(bad, "nobody.docx"), "w") as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                zout.writestr(item, zin.read(item.filename))
    with open(os.path.join(bad, "notes.docx"), "w") as f:
        f.write("just text\n")
    cases = {"old.doc": "old binary Word (.doc) or WPS (.wps)", "cut.docx": "damaged",
             "nobody.docx": "'word/document.xml' is missing", "notes.docx": "plain text file"}
    for name, says in cases.items():
        target = os.path.join(bad, name + ".md")
        rc, _, err = run(paiban, "import", a, os.path.join(bad, name), "-o", target)
        fact(rc == 2, f"{name}: exit 2, not {rc}")
        fact(name + ": error:" in err and says in err, f"{name}: the message names the file and says '{says}': {err}")
        fact(not os.path.exists(target) and not os.path.exists(os.path.join(bad, "images")),
             f"{name}: nothing written")
    fact("save it as a Word document (*.docx)" in run(paiban, "import", os.path.join(bad, "old.doc"))[2],
         "old .doc: says to save as .docx")
    rc, _, err = run(paiban, "import", a, "--section", "行业动态")
    fact(rc == 2 and "no file follows --section 行业动态" in err, f"a trailing --section is an error: {err}")
    rc, _, err = run(paiban, "render", a)
    fact(rc == 2 and "paiban import" in err, f"render of a .docx says to import it (exit {rc}): {err}")
    with open(md, "a", encoding="utf-8") as f:
        f.write("编辑改过的一句。\n")  # the editor has worked on the manuscript
    before = open(md, "rb").read()
    rc, _, err = run(*args)
    fact(rc == 2 and "already exists" in err and open(md, "rb").read() == before,
         "an edited manuscript is not replaced without --force")

    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failed fact(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
