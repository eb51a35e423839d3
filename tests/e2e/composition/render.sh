#!/bin/sh
# Renders the feature tour: builds the tour plugin (SDK headers only, as
# docs/plugins.md builds a plugin outside the tree), runs paiban and turns
# every page into a 60 dpi PNG for looking at.
#
#   tests/e2e/composition/render.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR holds bin/paiban (default: build); OUT_DIR receives libtour.so,
# tour.pdf, tour-N.png and tour.txt (default: out/composition).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/out/composition}
mkdir -p "$out/plugins"

c++ -std=c++20 -O2 -shared -fPIC -fvisibility=hidden -fvisibility-inlines-hidden \
  -fno-gnu-unique -Wall -Wextra -Wl,--no-undefined \
  -I"$root/engine/include" "$here/tour_plugin/tour_plugin.cpp" -o "$out/plugins/libtour.so"

"$build/bin/paiban" render "$here/tour.md" --style "$here/tour.toml" \
  --plugin-path "$out/plugins" -o "$out/tour.pdf"

rm -f "$out"/tour-*.png
pdftoppm -r 60 -png "$out/tour.pdf" "$out/tour"
pdftotext -layout "$out/tour.pdf" "$out/tour.txt"
echo "$out/tour.pdf: $(pdfinfo "$out/tour.pdf" | sed -n 's/^Pages: *//p') pages"
/usr/bin/python3 "$here/check.py" "$out/tour.pdf"
