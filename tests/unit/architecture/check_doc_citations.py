#!/usr/bin/python3
"""Fails when a file of the repository cites a document the repository does
not hold: every `docs/NAME.md` named in code, scripts or docs must exist, with
the section it names (`§5`, `R7`, `point 8`); any other upper-case document
name must be a file beside the citing file or at the root (usage texts may say
FILE.md, MANUSCRIPT.md …: those metavariables are known below); nothing may
cite a design note in a shared folder outside the repository.

    check_doc_citations.py REPOSITORY_ROOT
"""
import os
import re
import subprocess
import sys

DOC = re.compile(r"\bdocs/([a-z0-9_-]+\.md)(?:\s*(§\s?\d+|R\d+|point \d+))?")
UPPER = re.compile(r"(?<![\w/.-])([A-Z][A-Z0-9_-]*\.md)\b")
# Metavariables of usage texts, not documents.
PLACEHOLDERS = {"FILE", "NAME", "ISSUE", "MANUSCRIPT", "OUT", "INPUT", "OUTPUT", "DOC", "X"}
SHARED = re.compile(r"shared/[A-Za-z_-]+\.md")
TEXT = (".cpp", ".h", ".hpp", ".cc", ".c", ".txt", ".cmake", ".sh", ".py", ".md", ".toml", ".in",
        ".tex", "")


def repository_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--cached", "--others",
                              "--exclude-standard"], capture_output=True, text=True, check=True)
        files = out.stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        files = [os.path.relpath(os.path.join(d, f), root)
                 for d, _, names in os.walk(root) for f in names
                 if "/build" not in d and "/.git" not in d]
    return [f for f in files if os.path.splitext(f)[1] in TEXT and os.path.isfile(os.path.join(root, f))]


def has_section(text, section):
    if section.startswith("§"):
        n = section[1:].strip()
        return re.search(rf"^#+ §{n}\b", text, re.M) is not None
    if section.startswith("R"):
        return re.search(rf"^#+ {section}\b", text, re.M) is not None
    n = section.split()[1]
    return re.search(rf"^{n}\. ", text, re.M) is not None


def main(root):
    problems = []
    docs = {}
    cited = 0
    for rel in repository_files(root):
        try:
            with open(os.path.join(root, rel), encoding="utf-8") as f:
                lines = f.read().splitlines()
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(lines, 1):
            where = f"{rel}:{number}"
            for m in DOC.finditer(line):
                cited += 1
                name, section = m.group(1), m.group(2)
                path = os.path.join(root, "docs", name)
                if not os.path.isfile(path):
                    problems.append(f"{where}: cites docs/{name}, which is not in the repository")
                    continue
                if section:
                    if name not in docs:
                        with open(path, encoding="utf-8") as f:
                            docs[name] = f.read()
                    if not has_section(docs[name], section):
                        problems.append(f"{where}: cites {section} of docs/{name}, which has no such heading")
            for m in UPPER.finditer(line):
                name = m.group(1)
                if name[:-3] in PLACEHOLDERS:
                    continue
                here = os.path.join(root, os.path.dirname(rel), name)
                if name in ("README.md", "CHANGELOG.md", "LICENSE.md") or os.path.isfile(here) \
                        or os.path.isfile(os.path.join(root, name)):
                    continue
                cited += 1
                problems.append(f"{where}: cites {name}, which is not in the repository "
                                "(cite the docs/ file that holds it)")
            if SHARED.search(line):
                problems.append(f"{where}: cites a file outside the repository: {line.strip()[:80]}")
    for p in problems:
        print(p)
    print(f"checked {cited} citations of documents: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
