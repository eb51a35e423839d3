#!/usr/bin/env python3
"""Fails when a message the program can print has no translation.

Extracts every message of the sources as po/extract-messages.sh does (the
tr()/N_() marks, CLI11's help texts, and the patterns po/derive_patterns.py
finds in the code), then checks po/<lang>.po for each language:
  - every message is in the catalog with a translation (not fuzzy);
  - a translation keeps the message's {} parts: as many {}, or {1}…{n}
    naming each part once;
  - no message is written piecewise to a stream with << (such a line cannot
    be matched to a pattern; write it with tr_format).
Prints what is missing and how to fix it.

Usage: check_catalog.py SOURCE_DIR"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def entries(path):
    """{msgid: (msgstr, fuzzy, references)} of a .po/.pot file."""
    out, cur, field = {}, None, None

    def unquote(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                      s.strip()[1:-1])

    def flush():
        if cur and cur["msgid"]:
            out[cur["msgid"]] = (cur["msgstr"], cur["fuzzy"], cur["refs"])

    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            flush()
            cur = None
            continue
        if cur is None:
            cur = {"msgid": "", "msgstr": "", "fuzzy": False, "refs": []}
        if line.startswith("#~"):
            continue
        if line.startswith("#,"):
            cur["fuzzy"] |= "fuzzy" in line
        elif line.startswith("#:"):
            cur["refs"] += line[2:].split()
        elif line.startswith("#"):
            pass
        elif line.startswith("msgid "):
            field = "msgid"
            cur[field] = unquote(line[6:])
        elif line.startswith("msgstr "):
            field = "msgstr"
            cur[field] = unquote(line[7:])
        elif line.startswith('"'):
            cur[field] += unquote(line)
    return out


def holes_kept(msgid, msgstr):
    n = msgid.count("{}")
    numbered = re.findall(r"\{([1-9])\}", msgstr)
    if not numbered:
        return msgstr.count("{}") == n
    return msgstr.count("{}") == 0 and sorted(numbered) == [str(i) for i in range(1, n + 1)]


def main():
    src = Path(sys.argv[1]).resolve()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        pot = Path(tmp) / "paiban.pot"
        subprocess.run(["bash", str(src / "po/extract-messages.sh"), "--pot", str(pot)],
                       check=True, stderr=subprocess.DEVNULL)
        wanted = entries(pot)
    catalogs = sorted((src / "po").glob("*.po"))
    if not catalogs:
        problems.append("no po/*.po catalog")
    for po in catalogs:
        have = entries(po)
        for msgid, (_, _, refs) in wanted.items():
            where = refs[0] if refs else "?"
            if msgid not in have:
                problems.append(f"{where}: not in {po.name}: {msgid!r}")
                continue
            msgstr, fuzzy, _ = have[msgid]
            if not msgstr or fuzzy:
                problems.append(f"{where}: untranslated in {po.name}: {msgid!r}")
            elif "{}" in msgid and not holes_kept(msgid, msgstr):
                problems.append(f"{where}: {po.name} drops or adds a {{}} part: {msgid!r} -> "
                                f"{msgstr!r}")
    streamed = subprocess.run([sys.executable, str(src / "po/derive_patterns.py"), str(src),
                               "--streams"], capture_output=True, text=True)
    problems += [line + " (print it with tr_format(N_(\"… {} …\"), {…}))"
                 for line in streamed.stdout.splitlines()]
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} problem(s). A new or changed message needs its translation: run "
              "`bash po/extract-messages.sh`, fill the empty msgstr in po/zh_CN.po (keep every "
              "{} part; {1}, {2}… reorder them), and list what you cannot translate in "
              "the note for the engineer who owns po/. Messages never shown to an editor go "
              "into po/not-shown.txt.")
        return 1
    print(f"{len(wanted)} messages, all translated in {', '.join(p.name for p in catalogs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
