"""Reads the numbers of a paiban style sheet that the XeLaTeX side must share.

Only what the comparison needs: page size, type area, font roles and the
paragraph styles body/h1/h2 plus the section → body-style binding. Units and
defaults follow docs/style-reference.md (pt = PostScript point = TeX bp;
号 names from the ctex "word" row; em/字 = the style's own size). Anything it
cannot read is an error with the key's name, never a silent guess.
"""

import math
import pathlib
import re
import tomllib

# docs/style-reference.md, "Sizes" (ctex "word" row), in pt.
HAO = {
    "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18,
    "三号": 16, "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9,
    "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5,
}
PAGE_SIZES_MM = {
    "A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "B5": (176, 250),
    "16开": (188, 260), "大16开": (210, 285), "letter": (215.9, 279.4),
}
MM = 72 / 25.4

# The built-in base every sheet extends (docs/style-reference.md, end), as far
# as the comparison reads it.
BUILTIN = {
    "fonts": {
        "song": {"family": "Noto Serif CJK SC"},
        "hei": {"family": "Noto Sans CJK SC"},
        "kai": {"family": "LXGW WenKai"},
    },
    "styles": {
        "body": {},
        "h1": {"font": "hei", "size": "四号", "first_line_indent": "0",
               "space_before": "1em", "align": "left"},
        "h2": {"font": "hei", "size": "小三", "first_line_indent": "0",
               "space_before": "1em", "align": "left"},
        "running_head": {"size": "小五", "line_height": "1.2em"},
        "folio": {"size": "小五", "line_height": "1.2em"},
    },
    "typography": {"line_grid": True},
}
# The body_style a section plugin uses when its options do not name one
# (plugins/*/…_plugin.cpp, option "body_style"); every other plugin: "body".
PLUGIN_BODY_STYLE = {"editors_note": "note"}
STYLE_DEFAULTS = {"font": "song", "latin_font": "", "size": "五号",
                  "line_height": "1.6em", "first_line_indent": "2字",
                  "space_before": "0", "space_after": "0", "align": "justify"}


class StyleError(Exception):
    pass


def _merge(base, top):
    """Tables merge key by key, this file winning; [[section]] is replaced."""
    out = dict(base)
    for k, v in top.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load(path, _seen=None):
    path = pathlib.Path(path).resolve()
    seen = _seen or []
    if path in seen:
        raise StyleError(f"{path}: extends cycle")
    with open(path, "rb") as f:
        data = tomllib.load(f)
    parent = data.pop("extends", None)
    base = load(path.parent / parent, seen + [path]) if parent else BUILTIN
    return _merge(base, data)


def size_pt(value, em_pt, key):
    """A size: a 号 name or a length (em = the based_on size)."""
    v = value.strip()
    name = v[:-1] if v.endswith("号") and v not in HAO else v
    for cand in (v, name, name + "号"):
        if cand in HAO:
            return float(HAO[cand])
    return length_pt(v, em_pt, key)


def length_pt(value, em_pt, key):
    m = re.fullmatch(r"\s*(-?[0-9.]+)\s*(pt|mm|cm|in|em|字)?\s*", str(value))
    if not m or (m.group(2) is None and float(m.group(1)) != 0):
        raise StyleError(f"{key} = {value!r}: not a length this script reads")
    n, unit = float(m.group(1)), m.group(2)
    factor = {None: 0, "pt": 1, "mm": MM, "cm": 10 * MM, "in": 72,
              "em": em_pt, "字": em_pt}[unit]
    return n * factor


class Sheet:
    def __init__(self, path):
        self.path = pathlib.Path(path).resolve()
        self.data = load(self.path)
        self.styles = self.data.get("styles", {})
        self.body = self.text_style("body")
        self.pitch = self.body["line_height"]
        self.grid = bool(self.data.get("typography", {}).get("line_grid", True))

    def raw_style(self, name, depth=0):
        if depth > 8:
            raise StyleError(f"styles.{name}: based_on chain too long")
        own = self.styles.get(name)
        if own is None:
            raise StyleError(f"styles.{name}: not defined")
        parent = own.get("based_on", "body" if name != "body" else None)
        base = STYLE_DEFAULTS if parent is None else self.raw_style(parent, depth + 1)
        return {**base, **own}

    def text_style(self, name):
        raw = self.raw_style(name)
        parent = raw.get("based_on", "body") if name != "body" else None
        parent_size = 10.5 if parent is None else self.text_style(parent)["size"]
        size = size_pt(raw["size"], parent_size, f"styles.{name}.size")
        ts = dict(raw)
        ts["size"] = size
        for k in ("line_height", "first_line_indent", "space_before", "space_after"):
            ts[k] = length_pt(raw[k], size, f"styles.{name}.{k}")
        ts["font_name"] = self.font_name(raw["font"])
        ts["latin_font_name"] = self.font_name(raw["latin_font"] or raw["font"])
        return ts

    def font_name(self, role):
        f = self.data.get("fonts", {}).get(role)
        if not f or "family" not in f:
            raise StyleError(f"fonts.{role}: no family")
        style = f.get("style", "Regular")
        return f["family"] if style in ("", "Regular") else f"{f['family']} {style}"

    def page(self):
        """Trim size, type-area width/left edge/top and first baseline, in pt."""
        p = self.data.get("page", {})
        if "width" in p or "height" in p:
            w = length_pt(p["width"], self.body["size"], "page.width")
            h = length_pt(p["height"], self.body["size"], "page.height")
        else:
            name = p.get("size", "A4")
            if name not in PAGE_SIZES_MM:
                raise StyleError(f"page.size = {name!r}: unknown")
            w, h = (x * MM for x in PAGE_SIZES_MM[name])
        em = self.body["size"]
        margins = p.get("margins", {})
        top = length_pt(margins.get("top", "20mm"), em, "page.margins.top")
        grid = p.get("grid", {})
        if "chars" in grid:
            text_w = grid["chars"] * em
        else:
            inner = length_pt(margins.get("inner", "20mm"), em, "page.margins.inner")
            outer = length_pt(margins.get("outer", "20mm"), em, "page.margins.outer")
            text_w = w - inner - outer
        if "lines" not in grid:
            raise StyleError("page.grid.lines: needed to set the same lines per page")
        lines = int(grid["lines"])
        return {"width": w, "height": h, "text_width": text_w, "top": top,
                "lines": lines, "type_height": em + (lines - 1) * self.pitch,
                "header_offset": length_pt(p.get("header", {}).get("offset", "6mm"), em,
                                           "page.header.offset"),
                "footer_offset": length_pt(p.get("footer", {}).get("offset", "8mm"), em,
                                           "page.footer.offset")}

    def grid_lines(self, h):
        """Whole grid lines a height takes (the engine's Grid::round_up)."""
        if not self.grid or h <= 0:
            return max(h, 0) / self.pitch
        return math.ceil(round(h / self.pitch, 6))

    def section_body_styles(self):
        """match → body_style of every [[section]] that composes a heading."""
        out = {}
        for entry in self.data.get("section", []):
            if entry.get("match"):
                default = PLUGIN_BODY_STYLE.get(entry.get("plugin", ""), "body")
                out[entry["match"]] = entry.get("options", {}).get("body_style", default)
        return out
