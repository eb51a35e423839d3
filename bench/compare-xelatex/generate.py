#!/usr/bin/python3
"""Writes the three inputs of the paiban / XeLaTeX comparison into OUT_DIR:

  compare-style.toml  extends the house style; every section one column,
                      plugin "article" (keeping each section's body_style),
                      no masthead — so lines can be compared line by line
  xelatex.tex         the manuscript for XeLaTeX + ctex with the house
                      style's numbers (template.tex.in)
  plain.txt           the manuscript's text, one paragraph a line, for
                      pdfcheck --text

usage: generate.py --style STYLE.toml --manuscript ISSUE.md --out OUT_DIR
"""

import argparse
import os
import pathlib
import re
import sys
import tomllib

import house_style
import manuscript_blocks

HERE = pathlib.Path(__file__).resolve().parent
# Ideographic em-box top above the baseline (layout/compose/grid.h,
# kIdeographicAscent): the engine centres the em box in a line with it.
IDEO_ASCENT = 0.88


def read_manuscript(path):
    """(front matter dict, blocks) with blocks = [(kind, text)], kind h1/h2/p."""
    _, front, body = manuscript_blocks.split_manuscript(path)
    return (tomllib.loads(front) if front else {}), manuscript_blocks.blocks_of(body)


def is_wide(ch):
    return ord(ch) > 0x2E7F


def tex_escape(s):
    special = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
               "#": r"\#", "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\~{}"}
    out = []
    for i, ch in enumerate(s):
        if ch == "\u00a0":
            out.append("~")  # the manuscript's no-break spaces ("GB 9685") stay unbreakable
        elif ch == " " and 0 < i < len(s) - 1 and is_wide(s[i - 1]) and is_wide(s[i + 1]):
            # xeCJK drops a space between two Han characters; the heading
            # "享受科普盛宴 感受科学力量" means it, and paiban sets it.
            out.append(r"\ ")
        else:
            out.append(special.get(ch, ch))
    return "".join(out)


def fmt(x):
    return f"{x:.4f}".rstrip("0").rstrip(".")


def heading_numbers(sheet, name):
    """Size, line height, grid-rounded space before, box height and the
    baseline in the block, as paiban's composer places a one-line heading."""
    st = sheet.text_style(name)
    pitch, base = sheet.pitch, body_baseline(sheet)
    n = sheet.grid_lines(st["line_height"])
    block = n * pitch if sheet.grid else st["line_height"]
    sb = sheet.grid_lines(st["space_before"]) * pitch if sheet.grid else st["space_before"]
    baseline = (block - st["size"]) / 2 + st["size"] * IDEO_ASCENT
    return {"SIZE": st["size"], "LH": st["line_height"], "SB": sb,
            "BOX": block - pitch + base, "BASE": baseline}, st


def body_baseline(sheet):
    b = sheet.body
    return (b["line_height"] - b["size"]) / 2 + b["size"] * IDEO_ASCENT


def body_style_block(sheet, names):
    """One environment per non-body body style: pbstyleA, pbstyleB, …"""
    lines, envs = [], {}
    for i, name in enumerate(n for n in names if n != "body"):
        tag = "pbstyle" + chr(ord("A") + i)
        st = sheet.text_style(name)
        lines += [
            f"\\setCJKfamilyfont{{{tag}}}{{{st['font_name']}}}",
            f"\\newfontfamily\\{tag}latin{{{st['latin_font_name']}}}",
            f"\\newenvironment{{{tag}}}{{\\CJKfamily{{{tag}}}\\{tag}latin"
            f"\\fontsize{{{fmt(st['size'])}bp}}{{{fmt(st['line_height'])}bp}}\\selectfont"
            f"\\setlength{{\\parindent}}{{{fmt(st['first_line_indent'])}bp}}}}{{\\par}}",
        ]
        envs[name] = tag
    return "\n".join(lines), envs


def template_fields(front, sheet, style_path, manuscript):
    pg = sheet.page()
    body = sheet.body
    base = body_baseline(sheet)
    text_h = base + (pg["lines"] - 1) * sheet.pitch
    # paiban's grid starts half a leading above the type area (the 版心 is
    # the ink extent: the first em box's top is the type area's top), so the
    # TeX text block starts there and its \topskip is a body line's baseline.
    half_leading = (sheet.pitch - body["size"]) / 2 if sheet.grid else 0.0
    header = sheet.data.get("page", {}).get("header", {})
    head_st = sheet.text_style(header.get("style", "running_head"))
    folio_st = sheet.text_style(sheet.data.get("page", {}).get("footer", {}).get("style", "folio"))
    fields = {
        "MANUSCRIPT": manuscript, "STYLE": style_path, "LINES": pg["lines"],
        "PAPER_W": pg["width"], "PAPER_H": pg["height"], "TEXT_W": pg["text_width"],
        "TOP": pg["top"] - half_leading, "TEXT_H": text_h,
        # Running-head baseline header_offset above the type area; folio
        # baseline footer_offset below its bottom (size + (lines−1) pitch).
        "HEADSEP": pg["header_offset"] - half_leading,
        "FOOTSKIP": half_leading + pg["type_height"] + pg["footer_offset"] - text_h,
        "BODY_CJK": body["font_name"], "BODY_LATIN": body["latin_font_name"],
        "BODY_SIZE": body["size"], "PITCH": sheet.pitch, "INDENT": body["first_line_indent"],
        "BODY_BASE": base,
        "HEAD_CJK": head_st["font_name"], "HEAD_LATIN": head_st["latin_font_name"],
        "HEAD_SIZE": head_st["size"], "HEAD_RULE_GAP": 0.42 * head_st["size"], "FOLIO_SIZE": folio_st["size"],
        "HEAD_RULE": house_style.length_pt(header.get("rule_width", "0.5pt"), body["size"],
                                           "page.header.rule_width")
        if header.get("rule", True) else 0,
        "HEAD_LEFT": tex_escape(expand(header.get("left", ""), front)),
        "HEAD_RIGHT": tex_escape(expand(header.get("right", ""), front)),
    }
    for name, key in (("h1", "H1"), ("h2", "H2")):
        nums, st = heading_numbers(sheet, name)
        for k, v in nums.items():
            fields[f"{key}_{k}"] = v
        fields[f"{key}_CJK"] = st["font_name"]
        fields[f"{key}_LATIN"] = st["latin_font_name"]
    return {k: fmt(v) if isinstance(v, float) else str(v) for k, v in fields.items()}


def expand(template, front):
    return re.sub(r"\{(\w+)\}", lambda m: str(front.get(m.group(1), "")), template)


def tex_body(blocks, section_styles, envs):
    out, env = [], None
    for kind, text in blocks:
        if kind == "h1":
            if env:
                out.append(f"\\end{{{env}}}")
            out.append(f"\\pbhone{{{tex_escape(text)}}}")
            env = envs.get(section_styles.get(text, "body"))
            if env:
                out.append(f"\\begin{{{env}}}")
        elif kind == "h2":
            out.append(f"\\pbhtwo{{{tex_escape(text)}}}")
        else:
            out.append(tex_escape(text) + "\n")
    if env:
        out.append(f"\\end{{{env}}}")
    return "\n".join(out)


def compare_style(sheet, style_path, out_dir, blocks):
    """The one-column, all-"article", no-masthead style (see the docstring)."""
    rel = os.path.relpath(style_path, out_dir)
    lines = ["# Generated by bench/compare-xelatex/generate.py: the house style with every",
             "# section in one column, plugin \"article\", no masthead.",
             f"extends = \"{rel}\"", "", "[page]", "columns = 1"]
    styles = sheet.section_body_styles()
    for kind, text in blocks:
        if kind != "h1":
            continue
        lines += ["", "[[section]]", f"match = \"{text}\"", "plugin = \"article\""]
        if styles.get(text, "body") != "body":
            lines.append(f"options = {{ body_style = \"{styles[text]}\" }}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--style", required=True)
    ap.add_argument("--manuscript", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = pathlib.Path(a.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    style_path = pathlib.Path(a.style).resolve()
    try:
        sheet = house_style.Sheet(style_path)
        front, blocks = read_manuscript(a.manuscript)
        section_styles = sheet.section_body_styles()
        used = []
        for kind, text in blocks:
            st = section_styles.get(text, "body") if kind == "h1" else None
            if st and st not in used:
                used.append(st)
        block, envs = body_style_block(sheet, used)
        fields = template_fields(front, sheet, a.style, a.manuscript)
        fields["BODY_STYLES"] = block
        fields["BODY"] = tex_body(blocks, section_styles, envs)
    except (house_style.StyleError, tomllib.TOMLDecodeError, OSError) as e:
        sys.exit(f"generate.py: {e}")
    tex = (HERE / "template.tex.in").read_text(encoding="utf-8")
    tex = re.sub(r"@([A-Z0-9_]+)@", lambda m: fields[m.group(1)], tex)
    (out / "xelatex.tex").write_text(tex, encoding="utf-8")
    (out / "compare-style.toml").write_text(compare_style(sheet, style_path, out, blocks),
                                            encoding="utf-8")
    (out / "plain.txt").write_text("\n".join(t for _, t in blocks) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
