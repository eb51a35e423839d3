#!/usr/bin/python3
"""Writes the three-article .docx set of the import end-to-end test and the
text the rendered PDF must hold (expected.txt, one block per line).

    /usr/bin/python3 make_fixtures.py OUT_DIR

Each document is made from clean text, then dirtied the way Chinese Word
manuscripts are (　　 indents, half-width punctuation and spaces between Han
characters, straight quotes, zero-width spaces); `paiban import` must undo
exactly that. In expected.txt a figure's caption is marked "figure: ", a
table row "table: " (cells joined by |) and a footnote "note: ". The three
come from three producers' XML: python-docx (Word's
own template), and raw XML in the manner of LibreOffice and WPS
(docx_dialects.py). Needs python3-docx (Debian).
"""
import io
import os
import re
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import docx_dialects as dx

HAN = r"[\u4e00-\u9fff]"


def dirty(text, n):
    """The clean paragraph as an editor's Word file has it. `n` picks which
    habits apply, so that every habit occurs in the set."""
    s = text
    if n % 2 == 0:  # half-width commas and colons between Han characters
        s = re.sub(f"(?<={HAN})，(?={HAN})", ", " if n % 4 == 0 else ",", s)
        s = re.sub(f"(?<={HAN})：(?={HAN})", ":", s)
    if n % 3 == 0:  # straight double quotes, paired
        s = s.replace("“", '"').replace("”", '"')
    if n % 3 == 1:  # a space typed between two Han characters
        m = re.search(f"{HAN}{HAN}", s[4:])
        if m:
            i = 4 + m.start() + 1
            s = s[:i] + " " + s[i:]
    if n % 5 == 2:  # round brackets after Han, half-width
        if re.search(f"{HAN}（", s):
            s = s.replace("（", "(").replace("）", ")")
    if n % 2 == 1:  # a zero-width space from a web copy
        s = s[:3] + "\u200b" + s[3:]
    return "\u3000\u3000" + s


A_TITLE = "工信部：推动“5G+工业互联网”创新发展"
A = [
    "2024年12月31日获悉，工业和信息化部近日印发《打造“5G+工业互联网”512工程升级版实施方案》（以下简称《方案》），以加快5G与工业的融合渗透，推动“5G+工业互联网”在更广范围、更深程度、更高水平上创新发展。",
    "《方案》提出，到2027年，“5G+工业互联网”广泛融入实体经济重点行业领域，网络设施、技术产品、融合应用、产业生态、公共服务五方面能力全面提升，建设1万个5G工厂。",
]
A_SUB = "升级网络设施"
A2 = [
    "面向原材料、装备、消费品、电子等制造业各行业以及采矿、港口、电力等重点行业领域量大面广的企业需要，加快工业5G虚拟/混合专网建设应用。",
]
A_LIST = ["建设1万个5G工厂", "打造不少于20个融合应用试点城市"]
A_CAPTION = "“5G+工业互联网”项目数（示意）"
A3 = ["上述负责人介绍，《方案》通过升级网络设施、技术产品、融合应用、产业生态、公共服务五大方面能力，引导新阶段“5G+工业互联网”高质量发展。"]

B_TITLE = "享受科普盛宴 感受科学力量"
B = [
    "微重力燃烧实验的未来、大模型带来的机遇和挑战、蛇类为何没有腿……2024年12月31日至2025年1月1日，中国科学院成功举办“复兴路上的科学力量”2025跨年科学演讲活动。",
    "燃烧科学实验系统是中国空间站重要的科学子系统，是用于研究气、液、固不同相态燃料燃烧的实验装置，是我国首台综合性空间微重力燃烧实验平台。",
]
B_SUB = "大模型的机遇和挑战"
B_LIST = ["大模型的基本原理是什么", "其真实性能现状如何"]
B2 = ["从达尔文时代起，人们就对“蛇为何没有腿”这一问题展开了热烈讨论。一种观点是，蛇类祖先生活在海洋中，是四肢退化的“游泳健将”。"]

C_TITLE = "为火腿肠“穿”上自制新衣"
C = [
    "肠衣，这个看似不起眼的包装材料，实则是火腿肠生产过程中至关重要的部分。它不仅承担包装功能，更直接影响着火腿肠的口感、保鲜及食用安全。",
    "在河南双汇投资发展股份有限公司（以下简称“双汇”）第一工业园繁忙的车间里，我们看到了一颗颗白色的小颗粒。",
    "“肠衣膜与火腿肠肉馅直接接触，因此它必须具备阻氧、阻湿、耐油、安全的特性。”双汇副总裁周霄说。",
]
C_SUB = "从依赖进口到自给自足"
C2 = ["后来，双汇专门成立了包装技术研究中心，我国的肠衣及其技术，经历了从引进吸收到自主创新的转变，生产成本也比进口肠衣低了70%。"]


def word_made(path):
    """python-docx: Word's template (styleId Heading1, List Bullet with numPr)."""
    d = docx.Document()
    d.core_properties.title = "许昌竞争情报快递"
    d.add_heading(A_TITLE, level=1)
    for i, p in enumerate(A):
        d.add_paragraph(dirty(p, i))
    sub = d.add_paragraph()
    sub.add_run(A_SUB).bold = True  # a fake heading: bold, short, no full stop
    for i, p in enumerate(A2):
        d.add_paragraph(dirty(p, i + 2))
    for item in A_LIST:
        d.add_paragraph(item, style="List Bullet")
    d.add_picture(io.BytesIO(dx.png(120, 60)))
    cap = d.add_paragraph("图1 " + A_CAPTION.replace("“", '"').replace("”", '"'))
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, p in enumerate(A3):
        d.add_paragraph(dirty(p, i + 3))
    d.save(path)


def libreoffice_made(path):
    body = dx.para(B_TITLE, style="Heading1")
    body += "".join(dx.para(dirty(p, i + 1)) for i, p in enumerate(B))
    body += dx.para(B_SUB, style="Heading2")
    body += "".join(dx.para(item, num=(2, 0)) for item in B_LIST)
    body += "".join(dx.para(dirty(p, i + 6)) for i, p in enumerate(B2))
    dx.write_docx(path, body, "libreoffice")


C_TABLE = [["项目", "1996年", "如今"], ["成本", "每吨12万元", "低70%"], ["", "效率提高50%", ""]]
C_NOTE = "GB 9685：食品接触材料及制品用添加剂使用标准。"


def wps_made(path):
    body = dx.para(C_TITLE, style="2")
    body += "".join(dx.para(dirty(p, i + 2)) for i, p in enumerate(C[:2]))
    # A footnote on the third paragraph, then a table whose first column
    # merges two rows (vMerge) and whose last row spans two columns.
    body += dx.para(dirty(C[2], 4), dx.footnote_ref(1))
    body += dx.table([[dx.cell(t) for t in C_TABLE[0]],
                      [dx.cell("成本", vmerge="restart"), dx.cell(C_TABLE[1][1]), dx.cell(C_TABLE[1][2])],
                      [dx.cell("", vmerge="continue"), dx.cell(C_TABLE[2][1], span=2)]], 3)
    body += dx.para(C_SUB, style="3")
    # A tracked change: the insertion is the accepted text, the deletion not.
    p = C2[0]
    cut = p.index("我国")
    body += ('<w:p>' + dx.run("\u3000\u3000" + p[:cut]) +
             '<w:ins w:id="1" w:author="编辑" w:date="2025-01-03T10:00:00Z">' + dx.run(p[cut:cut + 2]) + '</w:ins>' +
             '<w:del w:id="2" w:author="编辑" w:date="2025-01-03T10:00:00Z"><w:r><w:delText>我们</w:delText></w:r></w:del>' +
             dx.run(p[cut + 2:]) + '</w:p>')
    dx.write_docx(path, body, "wps", footnotes={1: C_NOTE}, core=("", "2025-01-06T08:00:00Z"))


def expected_lines():
    out = []
    # A figure floats to where it fits: its caption is marked, checked anywhere.
    out += [A_TITLE] + A + [A_SUB] + A2 + A_LIST + ["figure: " + A_CAPTION] + A3
    out += [B_TITLE] + B + [B_SUB] + B_LIST + B2
    # The table follows the noted paragraph, row by row, each row's cells in
    # order (a merged cell's text once, in its first cell); the note stands at
    # the foot of its mark's page, after the mark.
    out += [C_TITLE] + C + ["table: " + "|".join(c for c in row if c) for row in C_TABLE]
    out += [C_SUB] + C2 + ["note: " + C_NOTE]
    return out


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    word_made(os.path.join(out_dir, "行业动态-工信部.docx"))
    libreoffice_made(os.path.join(out_dir, "行业动态-科普.docx"))
    wps_made(os.path.join(out_dir, "肠衣.docx"))
    with open(os.path.join(out_dir, "expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected_lines()) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
