#!/usr/bin/env bash
# Renders the sample and a synthetic ~200-page issue (the sample's text
# repeated) and prints wall time, peak memory and pages per second.
# Usage: bench/run.sh [build-dir]   (Release build expected)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
paiban=$build/bin/paiban
[ -x "$paiban" ] || { echo "bench: $paiban not built (bash scripts/build)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sample=samples/2025-01/issue.md
# The synthetic issue: the sample's front matter once, its body N times.
repeat=${PAIBAN_BENCH_REPEAT:-48}
awk 'BEGIN{fm=0} /^\+\+\+$/{fm++; print; next} fm<2{print}' "$sample" > "$work/long.md"
body=$(awk 'BEGIN{fm=0} /^\+\+\+$/{fm++; next} fm>=2{print}' "$sample")
for i in $(seq "$repeat"); do printf '%s\n\n' "$body" >> "$work/long.md"; done

measure() {  # name manuscript
  local name=$1 input=$2 out=$work/$1.pdf
  # Warm the page cache and fontconfig cache once.
  "$paiban" render "$input" --style styles/xuchang.toml -o "$out" >/dev/null 2>&1
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$paiban" render "$input" --style styles/xuchang.toml -o "$out" 2>/dev/null >/dev/null
    local t
    t=$(cut -d' ' -f1 "$work/time")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; mem=$(cut -d' ' -f2 "$work/time"); fi
  done
  local pages size
  pages=$(pdfinfo "$out" | awk '/^Pages:/{print $2}')
  size=$(stat -c %s "$out")
  awk -v n="$name" -v t="$best" -v m="$mem" -v p="$pages" -v s="$size" 'BEGIN{
    printf "%-8s pages=%-4d wall=%.3fs  peak_rss=%.1fMB  pages/s=%.1f  pdf=%.1fKB\n", n, p, t, m/1024, (t>0?p/t:0), s/1024 }'
}

measure sample "$sample"
measure long "$work/long.md"
