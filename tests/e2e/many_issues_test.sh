#!/usr/bin/env bash
# `paiban render jan.md feb.md …`: several issues in one process, each PDF
# byte-identical to rendering it alone, at any -j; clear errors for -o with
# several manuscripts, a manuscript named twice and an unreadable one (the
# others are still rendered).
# Usage: many_issues_test.sh PAIBAN SOURCE_DIR
set -euo pipefail
paiban=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

sample=$src/samples/2025-01/issue.md
cp "$sample" "$work/a.md"
cp "$sample" "$work/b.md"
# c: another issue — the sample without its last article, so other pages.
awk '/^## 深度求索/{exit} {print}' "$sample" > "$work/c.md"
# d: the sample's body three times (about 15 pages).
awk 'BEGIN{fm=0} /^\+\+\+$/{fm++; print; next} fm<2{print}' "$sample" > "$work/d.md"
body=$(awk 'BEGIN{fm=0} /^\+\+\+$/{fm++; next} fm>=2{print}' "$sample")
for _ in 1 2 3; do printf '%s\n\n' "$body" >> "$work/d.md"; done
style=(--style "$src/styles/xuchang.toml")

for m in a c d; do
  "$paiban" render "$work/$m.md" "${style[@]}" -o "$work/alone-$m.pdf" >/dev/null
done
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }
[ "$(pages "$work/alone-c.pdf")" -lt "$(pages "$work/alone-a.pdf")" ] || fail "c.md should have fewer pages than a.md"
[ "$(pages "$work/alone-d.pdf")" -gt 10 ] || fail "d.md should have more than 10 pages"

for jobs in 1 2 3 8; do
  rm -f "$work"/[abcd].pdf
  "$paiban" render "$work/a.md" "$work/b.md" "$work/c.md" "$work/d.md" "${style[@]}" -j "$jobs" \
    > "$work/out.txt" 2> "$work/err.txt" || fail "-j $jobs: exit $? ($(cat "$work/err.txt"))"
  cmp -s "$work/a.pdf" "$work/alone-a.pdf" || fail "-j $jobs: a.pdf differs from a single render"
  cmp -s "$work/b.pdf" "$work/alone-a.pdf" || fail "-j $jobs: b.pdf differs from a single render"
  cmp -s "$work/c.pdf" "$work/alone-c.pdf" || fail "-j $jobs: c.pdf differs from a single render"
  cmp -s "$work/d.pdf" "$work/alone-d.pdf" || fail "-j $jobs: d.pdf differs from a single render"
done

# --report lists every issue, in the order given, whatever finished first.
"$paiban" render "$work/d.md" "$work/c.md" "${style[@]}" -j 2 --report > "$work/out.txt"
grep -n "pages$" "$work/out.txt" | cut -d: -f1,2 | tr '\n' ' ' > "$work/order.txt"
first=$(grep -n "d.pdf: .* pages$" "$work/out.txt" | cut -d: -f1)
second=$(grep -n "c.pdf: .* pages$" "$work/out.txt" | cut -d: -f1)
[ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ] ||
  fail "--report should list d.pdf before c.pdf: $(cat "$work/out.txt")"

# -o names one file: refused with several manuscripts, nothing written.
rm -f "$work"/[abcd].pdf
set +e
"$paiban" render "$work/a.md" "$work/c.md" -o "$work/x.pdf" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "-o with two manuscripts: exit $code, want 2"
grep -q -- "-o" "$work/err.txt" || fail "-o with two manuscripts: message should name -o: $(cat "$work/err.txt")"
[ ! -e "$work/x.pdf" ] && [ ! -e "$work/a.pdf" ] || fail "-o with two manuscripts wrote a file"

# The same manuscript twice would write one PDF twice.
set +e
"$paiban" render "$work/a.md" "$work/a.md" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a manuscript named twice: exit $code, want 2"
grep -q "a.md" "$work/err.txt" || fail "a manuscript named twice: message should name it"

# An unreadable manuscript is reported; the others are still rendered.
set +e
"$paiban" render "$work/missing.md" "$work/c.md" "${style[@]}" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a missing manuscript: exit $code, want 2"
grep -q "missing.md: error" "$work/err.txt" || fail "a missing manuscript: $(cat "$work/err.txt")"
cmp -s "$work/c.pdf" "$work/alone-c.pdf" || fail "the readable manuscript was not rendered"

# -j must be a positive count.
set +e
"$paiban" render "$work/a.md" "$work/c.md" -j 0 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "-j 0: exit $code, want 2"
echo "many issues: ok"
