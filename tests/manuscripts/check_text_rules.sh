#!/usr/bin/env bash
# Issue 16 text rules on a hard manuscript (default text-rules.md), checked
# on the PDF: --report shows no overfull line, no missing glyph, Han gaps
# ≤ ⅛ em, no nearly empty flush-left line; pdftotext gives every string of
# NAME.whole (one a line: URLs, addresses, long words, symbols) whole (no
# hyphen, no break inside); no break control, soft hyphen or no-break space
# is copied; no word lies beyond the type area or across the column gap.
# Usage: check_text_rules.sh PAIBAN SOURCE_DIR [NAME]
set -u
paiban=$1
src=$2
name=${3:-text-rules}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() {  # name, condition
  if eval "$2"; then echo "ok: $1"; else failed=$((failed + 1)); echo "FAIL: $1"; fi
}

"$paiban" render "$src/tests/manuscripts/$name.md" -o "$work/t.pdf" --report >"$work/log" 2>&1
rc=$?
check "renders (exit 0)" '[ $rc -eq 0 ]'
check "overfull=0" 'grep -q "overfull=0 " "$work/log"'
check "no line wider than the measure" '! grep -q "wider than the measure" "$work/log"'
check "no missing glyph" '! grep -qE "no installed font|no font of style" "$work/log"'
inter=$(grep -o "max_inter_cjk=[0-9.]*" "$work/log" | cut -d= -f2)
check "largest Han gap ${inter} em <= 0.125 em" 'awk -v g="$inter" "BEGIN { exit !(g <= 0.125) }"'

# Content order (a column's lines in turn), without the running head and the
# folio (a band of 60 pt at the top and 52 pt at the foot of A4), so that a
# word broken across pages is joined again.
pdftotext -raw -x 0 -y 60 -W 595 -H 730 "$work/t.pdf" "$work/t.txt"
joined=$(tr -d '\n\f' <"$work/t.txt")
while IFS= read -r whole; do
  [ -n "$whole" ] || continue
  check "copied text has '$whole' whole" 'grep -qF -- "$whole" <<<"$joined"'
done <"$src/tests/manuscripts/$name.whole"
# A flush-left line is a line the breaker could not justify; it must still
# be filled, never a stub of a few characters before an address.
short=$(sed -n 's/^  flush-left (too loose to justify): //p' "$work/log" |
  python3 -c 'import sys; print(sum(1 for l in sys.stdin if len(l.rstrip("\n")) < 8))')
check "no flush-left line shorter than 8 characters ($short)" '[ "$short" = 0 ]'
check "no zero-width character, soft hyphen or no-break space in the copied text" \
  '! grep -qP "\x{200B}|\x{2060}|\x{FEFF}|\x{00AD}|\x{00A0}" "$work/t.txt"'

# Word boxes: nothing right of the type area, nothing across the column gap.
pdftotext -bbox "$work/t.pdf" "$work/bbox.html"
bad=$(python3 - "$work/bbox.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for page in re.findall(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', html, re.S):
    width = float(page[0])
    centre = width / 2
    for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page[1]):
        x0, x1 = float(x0), float(x1)
        beyond = x1 > width - 56.0 or x0 < 56.0  # 20 mm margins, less 0.7 pt
        # Body words are single-column: a Latin word straddling the centre
        # crossed the column gap.
        across = (x0 < centre - 2 and x1 > centre + 2 and word.isascii() and len(word) > 3
                  and word.strip(".") != "")  # contents leaders span the page
        if beyond or across:
            bad += 1
            print(f"  outside: {word!r} {x0:.1f}–{x1:.1f} (page width {width:.1f})", file=sys.stderr)
print(bad)
PY
)
check "no word outside its column ($bad)" '[ "$bad" = 0 ]'
exit $((failed > 0))
