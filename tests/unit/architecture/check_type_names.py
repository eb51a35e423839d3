#!/usr/bin/env python3
"""One name, one meaning: a type defined at namespace level in one stage's
headers is not defined again, meaning something else, in another stage
(docs/architecture.md, the paragraph after the compose glossary). Nested types
(FlowBlock::Heading, Row::Figure), forward declarations and types local to
one .cpp file are not checked: the reader has their context at hand.

Usage: check_type_names.py ENGINE_DIR
"""
import re
import sys
from pathlib import Path

# Names two stages still share, each with why it is allowed for now.
ALLOWED = {}

DEFINITION = re.compile(
    r"^(?:(?:class|struct|union|enum(?: class)?)\s+([A-Z]\w*)\b(?!\s*;)|using\s+([A-Z]\w*)\s*=)")


def stage_of(engine, header):
    parts = header.relative_to(engine).parts
    # engine/layout/compose/x.h → layout/compose; engine/include/paiban/x.h → include
    return "/".join(parts[:2]) if parts[0] == "layout" else parts[0]


def main():
    engine = Path(sys.argv[1])
    where = {}
    for header in sorted(engine.rglob("*.h")):
        stage = stage_of(engine, header)
        for line in header.read_text(encoding="utf-8").splitlines():
            m = DEFINITION.match(line)
            if m:
                where.setdefault(m.group(1) or m.group(2), set()).add(stage)
    shared = {name: stages for name, stages in where.items() if len(stages) > 1}
    bad = {name: stages for name, stages in shared.items() if name not in ALLOWED}
    if bad:
        print("type names defined in more than one stage (rename one, so each name means one thing):")
        for name in sorted(bad):
            print(f"  {name}: {', '.join(sorted(bad[name]))}")
        return 1
    print(f"{len(where)} stage-level type names, none defined in two stages"
          + (f" except the allowed {', '.join(sorted(shared))}" if shared else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
