#!/usr/bin/env bash
# Sets the sample issue with paiban and with XeLaTeX + ctex/xeCJK on the same
# page, type area, fonts, sizes and line pitch, one column, and compares them:
# pdfcheck metrics side by side, where the line breaks differ, and page-by-page
# PNGs (paiban left, XeLaTeX right). See docs/typography-comparison.md.
#
# Usage: bench/compare-xelatex/compare.sh [build-dir]      (default: build)
# Environment: PAIBAN_COMPARE_STYLE (default styles/xuchang.toml),
#              PAIBAN_COMPARE_SAMPLE (default samples/2025-01/issue.md),
#              PDFCHECK (default /work/shared/tools/pdfcheck/pdfcheck.py),
#              XELATEX (default xelatex).
# Output: bench/results/compare-xelatex/ (git-ignored).
# A developer tool: TeX Live is not in scripts/install-deps. Without xelatex
# it prints a "skipped" line and exits 0.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
build=${1:-build}
paiban=$build/bin/paiban
style=${PAIBAN_COMPARE_STYLE:-styles/xuchang.toml}
sample=${PAIBAN_COMPARE_SAMPLE:-samples/2025-01/issue.md}
pdfcheck=${PDFCHECK:-/work/shared/tools/pdfcheck/pdfcheck.py}
xelatex=${XELATEX:-xelatex}
out=bench/results/compare-xelatex
# Debian's interpreter has tomllib (3.11), PyMuPDF and pikepdf; a pyenv shim may not.
py=/usr/bin/python3
[ -x "$py" ] || py=python3

tex_missing=""
command -v "$xelatex" >/dev/null 2>&1 || tex_missing="$xelatex"
for f in ctexart.cls xeCJK.sty fancyhdr.sty geometry.sty; do
  [ -n "$tex_missing" ] || kpsewhich "$f" >/dev/null 2>&1 || tex_missing="$f"
done
if [ -n "$tex_missing" ]; then
  echo "compare-xelatex: skipped ($tex_missing not found);" \
    "to run it: sudo apt-get install texlive-xetex texlive-lang-chinese texlive-latex-base" \
    "texlive-latex-recommended fonts-noto-cjk fonts-lxgw-wenkai"
  exit 0
fi
[ -x "$paiban" ] || { echo "compare-xelatex: $paiban not built (bash scripts/build, or pass your build dir)" >&2; exit 2; }

mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.pdf "$out"/*.txt "$out"/*.md
"$py" "$here/generate.py" --style "$style" --manuscript "$sample" --out "$out"

echo "== paiban: $paiban render $sample --style $out/compare-style.toml"
"$paiban" render "$sample" --style "$out/compare-style.toml" -o "$out/paiban.pdf" --report \
  | tee "$out/paiban-report.txt"

echo "== XeLaTeX: $xelatex $out/xelatex.tex"
if ! (cd "$out" && "$xelatex" -interaction=nonstopmode -halt-on-error xelatex.tex >xelatex.stdout 2>&1); then
  tail -20 "$out/xelatex.log" >&2
  echo "compare-xelatex: xelatex failed; the log is $out/xelatex.log" >&2
  exit 1
fi
grep -E "^(Overfull|Underfull)|Font .* not found" "$out/xelatex.log" || true
echo "$out/xelatex.pdf: $(pdfinfo "$out/xelatex.pdf" | awk '/^Pages:/{print $2}') pages"

echo
if [ -f "$pdfcheck" ]; then
  for name in paiban xelatex; do
    "$py" "$pdfcheck" "$out/$name.pdf" --text "$out/plain.txt" >"$out/$name-pdfcheck.txt"
  done
  "$py" "$here/metrics_table.py" paiban="$out/paiban-pdfcheck.txt" \
    "XeLaTeX + ctex"="$out/xelatex-pdfcheck.txt" | tee "$out/metrics.md"
else
  echo "metrics skipped: pdfcheck not found at $pdfcheck (set PDFCHECK=/path/to/pdfcheck.py)"
fi

echo
"$py" "$here/lines.py" "$out/plain.txt" paiban="$out/paiban.pdf" xelatex="$out/xelatex.pdf" \
  "$out" >"$out/breaks.txt"
echo "line breaks: $(tail -1 "$out/breaks.txt") ($out/breaks.txt, $out/lines-*.txt)"
"$py" "$here/punct_stats.py" paiban="$out/paiban.pdf" xelatex="$out/xelatex.pdf" >"$out/punct.txt"
echo "punctuation and spacing as set: $out/punct.txt"

# Pages at 80 dpi; paiban's pages are cut to the TrimBox (its MediaBox holds
# the 3 mm bleed), so both sides show the same A4 area.
read -r tx ty tw th < <(pdfinfo -box -f 1 -l 1 "$out/paiban.pdf" |
  awk '/TrimBox/{r=80/72; printf "%d %d %d %d\n", $4*r+0.5, $5*r+0.5, ($6-$4)*r+0.5, ($7-$5)*r+0.5}')
pdftoppm -r 80 -png -x "$tx" -y "$ty" -W "$tw" -H "$th" "$out/paiban.pdf" "$out/paiban"
pdftoppm -r 80 -png "$out/xelatex.pdf" "$out/xelatex"
# ImageMagick for the side-by-side pages; Debian's /usr/bin/convert first (a
# stand-in convert elsewhere on PATH may not be ImageMagick).
im=""
for c in magick /usr/bin/convert convert; do
  if "$c" -version 2>/dev/null | grep -q ImageMagick; then im=$c; break; fi
done
if [ -n "$im" ]; then
  for left in "$out"/paiban-*.png; do
    n=${left##*-}
    right="$out/xelatex-$n"
    [ -f "$right" ] || right="xc:white"   # one side has more pages
    "$im" "$left" "$right" -bordercolor '#999999' -border 1 +append +repage "$out/side-by-side-$n"
  done
  for right in "$out"/xelatex-*.png; do
    n=${right##*-}
    [ -f "$out/paiban-$n" ] || "$im" "$right" -bordercolor '#999999' -border 1 "$out/side-by-side-$n"
  done
  echo "pages: $out/side-by-side-*.png (paiban left, XeLaTeX right)"
else
  echo "pages: $out/paiban-*.png and $out/xelatex-*.png (no ImageMagick for side-by-side:" \
    "apt-get install imagemagick)"
fi
