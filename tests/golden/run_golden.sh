#!/usr/bin/env bash
# One golden test: typesets a manuscript with golden_trace, then compares the
# trace with traces/NAME.trace (and, with --pages, the PDF's pages at 36 dpi
# with png/NAME-N.png, within a tolerance). With PAIBAN_UPDATE_GOLDEN=1 it
# writes the new trace and pages into the source tree instead (see README.md).
#
#   run_golden.sh GOLDEN_TRACE OUT_DIR NAME MANUSCRIPT STYLE [--pages] [--plugin-path DIR]...
set -euo pipefail
tool=$1 out=$2 name=$3 manuscript=$4 style=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
pages=0
extra=()
for a in "$@"; do
  if [ "$a" = --pages ]; then pages=1; else extra+=("$a"); fi
done
mkdir -p "$out"
want="$here/traces/$name.trace"
have="$out/$name.trace"
pdf_args=()
[ "$pages" = 1 ] && pdf_args=(--pdf "$out/$name.pdf")
"$tool" "$manuscript" "$style" "$have" "${pdf_args[@]}" "${extra[@]}"

update=${PAIBAN_UPDATE_GOLDEN:-0}
status=0
if [ "$update" = 1 ]; then
  if ! cmp -s "$have" "$want" 2>/dev/null; then
    cp "$have" "$want"
    echo "updated $want"
  fi
elif [ ! -f "$want" ]; then
  echo "no golden trace $want: run tests/golden/update to create it" >&2
  status=1
elif ! cmp -s "$want" "$have"; then
  echo "trace of $name differs from $want (first 80 lines of the diff; whole diff: diff -u $want $have):" >&2
  diff -u "$want" "$have" | head -80 >&2 || true
  status=1
fi

if [ "$pages" = 1 ]; then
  rm -f "$out/$name"-*.png
  # 36 dpi grey: small files, still enough to see a moved line or block.
  pdftoppm -r 36 -gray -png "$out/$name.pdf" "$out/$name"
  if [ "$update" = 1 ]; then
    rm -f "$here/png/$name"-*.png
    for f in "$out/$name"-*.png; do
      # pdftoppm numbers pages with as many digits as the last page needs.
      n=$(basename "$f" .png); n=${n##*-}; n=$((10#$n))
      /usr/bin/python3 "$here/compare_pages.py" --normalise "$f" "$here/png/$name-$n.png"
    done
  else
    /usr/bin/python3 "$here/compare_pages.py" "$here/png" "$out" "$name" || status=1
  fi
fi
exit $status
