#!/usr/bin/env python3
"""The messages of the sources as catalog patterns, without marks.

Diagnostics are built where they are found, by joining English text and the
case's names and numbers:  "font role '" + role + "' is not defined".  They
are translated when they are printed (engine/base/translation.cpp), by
matching the printed text against patterns with {} for the variable parts:
"font role '{}' is not defined".  This script writes those patterns from the
code itself: every string literal that reads like English (a word and a
space) is taken with the expression around it, up to the nearest comma,
bracket, semicolon, assignment, return, `?`/`:` or `<<`; the operands of its
`+` become text (literals) or {} (anything else).

Literals inside tr(), tr_format(), N_() and CLI11's help calls are left to
xgettext (po/extract-messages.sh).  Files whose strings are never shown to an
editor are listed in po/not-shown.txt, one path or literal per line.

Usage: derive_patterns.py SOURCE_DIR [--pot OUT.pot] [--streams]
  --pot      write a .pot of the patterns (default: print them)
  --streams  list literals written with << to a stream, which cannot be
             translated as they stand (they must go through tr_format), and
             exit 1 when there are any
"""
import re
import subprocess
import sys
from pathlib import Path

MARKED = {"tr", "tr_format", "N_", "add_option", "add_flag", "add_command", "set_help_flag",
          "set_version_flag", "translate_message", "dgettext", "gettext"}

TOKEN = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>(?:u8|L|u|U)?R"(?P<delim>[^(\s]*)\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<str>(?:u8|L|u|U)?"(?P<body>(?:[^"\\\n]|\\.)*)")
  | (?P<chr>'(?:[^'\\\n]|\\.)+')
  | (?P<num>\d[\w.']*)
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<op><<=|>>=|<<|>>|::|->|\+\+|--|\+=|-=|==|!=|<=|>=|&&|\|\||[-+*/%=<>!&|^~?:;,.(){}\[\]\#])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\", "?": "?", "0": "\0"}


def unescape(body):
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(bytes([int(m.group(0), 16)]).decode("latin-1"))
            i += 2 + len(m.group(0))
        else:
            out.append(ESCAPES.get(n, n))
            i += 2
    return "".join(out)


def tokens(text):
    line = 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "delim" or kind == "rawbody" or kind == "body":
            kind = "raw" if m.group("raw") else "str"
        start_line = line
        line += m.group(0).count("\n")
        if kind in ("comment", "space"):
            continue
        if m.group("raw") is not None:
            yield ("str", m.group("rawbody"), start_line)
        elif m.group("str") is not None:
            yield ("str", unescape(m.group("body")), start_line)
        else:
            yield (m.lastgroup, m.group(0), start_line)


def reads_like_english(s):
    return " " in s and re.search(r"[A-Za-z]{2,}", s) is not None and not s.startswith("#")


OPEN, CLOSE = "([{", ")]}"
# Where an expression ends: list separators, statement ends, brackets,
# assignments, returns, the ternary and stream output.
STOP = {",", ";", "=", "+=", "?", ":", "<<", "return", "&&", "||", "==", "!=", "#"}


def walk(toks, i, step):
    """(index, text, depth) of toks[i], toks[i + step], … going forwards
    (step 1) or backwards (step -1).  depth counts the brackets the walk has
    entered; a bracket that leaves the level the walk began at comes with
    depth -1 and ends the walk.  A string literal comes with text None: its
    characters are never brackets or operators."""
    enter, leave = (OPEN, CLOSE) if step > 0 else (CLOSE, OPEN)
    depth = 0
    while 0 <= i < len(toks):
        kind, text = toks[i][0], toks[i][1]
        if kind == "str":
            text = None
        elif text in enter:
            depth += 1
        elif text in leave:
            depth -= 1
        yield i, text, depth
        if depth < 0:
            return
        i += step


def expression_around(toks, at):
    """The token range [lo, hi) of the expression holding toks[at]."""
    lo = at
    for i, text, depth in walk(toks, at - 1, -1):
        if depth < 0 or (depth == 0 and text in STOP):
            break
        lo = i
    hi = at + 1
    for i, text, depth in walk(toks, at + 1, 1):
        if depth < 0 or (depth == 0 and text in STOP):
            break
        hi = i + 1
    return lo, hi


def enclosing_call(toks, lo):
    """The name of the function whose argument list begins before toks[lo]."""
    for i, text, depth in walk(toks, lo - 1, -1):
        if depth < 0:
            return toks[i - 1][1] if text == "(" and i > 0 else None
        if depth == 0 and text == ";":
            return None
    return None


def operand_text(op):
    """Literal text of one operand of +, or None when it is not literal."""
    if all(kind == "str" for kind, _, _ in op):
        return "".join(text for _, text, _ in op)
    # std::string("..."), std::string_view{"..."}, std::string(N, 'c') is not.
    texts = [t for _, t, _ in op]
    if len(texts) >= 4 and texts[:3] == ["std", "::", texts[2]] and texts[2] in (
            "string", "string_view") and texts[3] in "({" and texts[-1] in ")}":
        inner = op[4:-1]
        if inner and all(kind == "str" for kind, _, _ in inner):
            return "".join(t for _, t, _ in inner)
    return None


def pattern_of(toks, lo, hi):
    operands, current = [], []
    for i, text, depth in walk(toks, lo, 1):
        if i >= hi:
            break
        if depth == 0 and text == "+" and toks[i][0] == "op":
            operands.append(current)
            current = []
        else:
            current.append(toks[i])
    operands.append(current)
    out = ""
    for op in operands:
        literal = operand_text(op) if op else None
        if literal is None:
            if not out.endswith("{}"):
                out += "{}"
        else:
            out += literal
    return out


def not_shown(src):
    paths, literals = set(), set()
    listing = src / "po" / "not-shown.txt"
    for line in listing.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if line.startswith("literal: "):
            literals.add(line[len("literal: "):].replace("\\n", "\n"))
        else:
            paths.add(line)
    return paths, literals


def sources(src):
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", "engine/*.cpp",
         "engine/*.h", "plugins/*.cpp", "plugins/*.h"],
        cwd=src, capture_output=True, text=True)
    if listed.returncode == 0:
        return sorted(set(listed.stdout.split()))
    # Not a git checkout (a source tarball): every source file.
    return sorted(str(p.relative_to(src)) for folder in ("engine", "plugins")
                  for p in (src / folder).rglob("*") if p.suffix in (".cpp", ".h"))


def derive(src):
    """{pattern: [(file, line)]} and [(file, line, literal)] written with <<."""
    skip_paths, skip_literals = not_shown(src)
    patterns, streamed = {}, []
    for path in sources(src):
        if any(path == p or (p.endswith("/") and path.startswith(p)) for p in skip_paths):
            continue
        toks = list(tokens((src / path).read_text(encoding="utf-8")))
        seen = set()
        for at, (kind, text, line) in enumerate(toks):
            if kind != "str" or not reads_like_english(text) or text in skip_literals:
                continue
            lo, hi = expression_around(toks, at)
            # std::string("…") + x: the literal belongs to the expression
            # around the conversion.
            while lo >= 4 and toks[lo - 1][1] in "({" and toks[lo - 2][1] in (
                    "string", "string_view") and toks[lo - 3][1] == "::" and hi < len(
                        toks) and toks[hi][1] in ")}":
                lo, hi = expression_around(toks, lo - 4)
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            pattern = pattern_of(toks, lo, hi)
            # xgettext takes a marked literal; a marked text joined from
            # pieces ("… (repeatable): " + names) needs its pattern here.
            if enclosing_call(toks, lo) in MARKED and "{}" not in pattern:
                continue
            # The compiler shows a static_assert's text, the program never does.
            if enclosing_call(toks, lo) == "static_assert":
                continue
            if toks[lo - 1][1] == "<<" or (hi < len(toks) and toks[hi][1] == "<<"):
                streamed.append((path, line, text))
                continue
            if not reads_like_english(pattern.replace("{}", "")):
                continue  # only holes and punctuation: a piece, not a message
            patterns.setdefault(pattern, []).append((path, line))
    return patterns, streamed


def po_quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in s:
        return '"' + s + '"'
    parts = s.split("\n")
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join('"' + p + '"' for p in lines)


def main():
    args = sys.argv[1:]
    src = Path(args[0]).resolve()
    patterns, streamed = derive(src)
    if "--streams" in args:
        for path, line, text in streamed:
            print(f"{path}:{line}: written with << : {text!r}")
        sys.exit(1 if streamed else 0)
    if "--pot" in args:
        out = Path(args[args.index("--pot") + 1])
        with out.open("w", encoding="utf-8") as f:
            f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
            for pattern, places in sorted(patterns.items(), key=lambda kv: kv[1][0]):
                if "{}" in pattern:
                    f.write("#, no-c-format\n")
                f.write("#: " + " ".join(f"{p}:{n}" for p, n in places) + "\n")
                f.write("msgid " + po_quote(pattern) + '\nmsgstr ""\n\n')
        return
    for pattern, places in sorted(patterns.items(), key=lambda kv: kv[1][0]):
        print(f"{places[0][0]}:{places[0][1]}: {pattern!r}")


if __name__ == "__main__":
    main()
