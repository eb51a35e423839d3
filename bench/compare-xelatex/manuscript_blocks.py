"""A manuscript as the benchmarks' generators read it: the front matter and
the body's blocks (headings and paragraphs), shared by the XeLaTeX and the
Typst comparison so both set the same text."""

import pathlib
import re

FRONT = re.compile(r"\+\+\+\n(.*?)\n\+\+\+\n", re.S)


def split_manuscript(path):
    """(front matter with its +++ fences, the TOML between them, body text);
    both front-matter parts are empty when the manuscript has none."""
    text = pathlib.Path(path).read_text(encoding="utf-8")
    m = FRONT.match(text)
    return (text[: m.end()], m.group(1), text[m.end():]) if m else ("", "", text)


def blocks_of(body):
    """[(kind, text)], kind h1/h2/p; a paragraph's lines joined without space."""
    blocks, para = [], []

    def flush():
        if para:
            blocks.append(("p", "".join(para)))
            para.clear()

    for line in body.splitlines():
        s = line.strip()
        h = re.match(r"(#{1,2})\s+(.*)", s)
        if h:
            flush()
            blocks.append(("h1" if len(h.group(1)) == 1 else "h2", h.group(2).strip()))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return blocks
