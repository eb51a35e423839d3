#!/usr/bin/env bash
# Hostile file-system shapes: an output that is one of the run's inputs
# (by any name), a symlinked output, directories/FIFOs/devices as inputs,
# and SIGTERM at many moments of a render. No input is ever destroyed and
# no temporary file is ever left behind.
# Usage: hostile_files_test.sh PAIBAN SOURCE_DIR
set -u
source "$(dirname "$0")/check_lib.sh"
on_fail() { echo "${out:-}" | head -5; }
run() {  # captures rc and output of the command
  out=$("$@" 2>&1)
  rc=$?
}
no_temp_files() { [ -z "$(find "$work" -name '.*.tmp-*' -print -quit)" ]; }

cd "$work" || exit 1
cp "$src/tests/e2e/composition/images/chart.png" chart.png
printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nnotice = "内部资料，免费交流"\n+++\n\n# 编者的话\n\n正文一段。\n\n![图](chart.png)\n' > m.md
printf 'extends = "%s"\n' "$src/styles/xuchang.toml" > base.toml
printf 'extends = "base.toml"\n' > leaf.toml
sum_before=$(cat m.md chart.png base.toml leaf.toml | md5sum)

# --- -o onto an input: refused with exit 2, the input untouched ----------
for target in m.md chart.png leaf.toml base.toml ./sub/../m.md; do
  mkdir -p sub
  run "$paiban" render m.md --style leaf.toml -o "$target"
  check "-o $target is refused" '[ $rc -eq 2 ] && grep -q "error: the output is the" <<<"$out"'
done
ln chart.png hard.png
run "$paiban" render m.md --style leaf.toml -o hard.png
check "-o onto a hard link of the image is refused" '[ $rc -eq 2 ] && grep -q "the output is the image" <<<"$out"'
ln -s m.md link-to-md.pdf
run "$paiban" render m.md --style leaf.toml -o link-to-md.pdf
check "-o onto a symlink to the manuscript is refused" '[ $rc -eq 2 ] && grep -q "the output is the manuscript" <<<"$out"'
check "no input changed" '[ "$(cat m.md chart.png base.toml leaf.toml | md5sum)" = "$sum_before" ]'
check "the symlink is still a symlink" '[ -L link-to-md.pdf ]'

# --- a symlinked output is written through -------------------------------
mkdir -p out
echo "OLD" > out/real.pdf
ln -s out/real.pdf issue.pdf
run "$paiban" render m.md --style leaf.toml -o issue.pdf
check "render through a symlink exits 0" '[ $rc -eq 0 ]'
check "the output symlink stays a symlink" '[ -L issue.pdf ] && [ "$(readlink issue.pdf)" = out/real.pdf ]'
check "its target holds the PDF" 'head -c 5 out/real.pdf | grep -q "%PDF-"'

# --- inputs that are not files: refused by name, never read --------------
mkdir dir.md dir.toml
mkfifo fifo.md fifo.toml
run timeout 10 "$paiban" render dir.md -o x.pdf
check "a directory as manuscript is refused" '[ $rc -eq 2 ] && grep -q "dir.md: error: cannot read the manuscript: is a directory" <<<"$out"'
run timeout 10 "$paiban" render fifo.md -o x.pdf
check "a FIFO as manuscript is refused at once" '[ $rc -eq 2 ] && grep -q "fifo.md: error: cannot read the manuscript: is a FIFO" <<<"$out"'
run timeout 10 "$paiban" render /dev/zero -o x.pdf
check "/dev/zero as manuscript is refused" '[ $rc -eq 2 ] && grep -q "is a character device" <<<"$out"'
for style in dir.toml fifo.toml /dev/urandom; do
  run timeout 10 "$paiban" render m.md --style "$style" -o x.pdf
  check "$style as --style is refused" '[ $rc -eq 2 ] && grep -q "cannot read style sheet \"$style\": is a" <<<"$out"'
  run timeout 10 "$paiban" check-style "$style"
  check "check-style $style fails" '[ $rc -eq 2 ] && grep -q "is a" <<<"$out"'
done
printf 'extends = "dir.toml"\n' > ext-dir.toml
run timeout 10 "$paiban" check-style ext-dir.toml
check "extends onto a directory is an error at the extends" '[ $rc -eq 2 ] && grep -q "ext-dir.toml:1:11: error: extends: cannot read .*is a directory" <<<"$out"'
printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nstyle = "dir.toml"\n+++\n\n# 编者的话\n\n正文。\n' > fm-dir.md
run timeout 10 "$paiban" render fm-dir.md -o x.pdf
check "front-matter style onto a directory is refused" '[ $rc -eq 2 ] && grep -q "dir.toml.*is a directory" <<<"$out"'
for image in dir.md fifo.md /dev/zero; do
  printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\n+++\n\n# 编者的话\n\n正文。\n\n![图](%s)\n' "$image" > img.md
  run timeout 10 "$paiban" render img.md -o x.pdf
  check "$image as an image is refused" '[ $rc -ne 0 ] && grep -q "img.md:11:[0-9]*: error: figure image .*is a" <<<"$out"'
done
check "no PDF written by the refused runs" '[ ! -e x.pdf ]'

# --- images validated by decoding: errors name the image and the line ----
place() {  # image file → manuscript placing it on line 12
  printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nnotice = "内部资料，免费交流"\n+++\n\n# 编者的话\n\n正文。\n\n![图](%s)\n' "$1" > placed.md
}
printf '\xff\xd8\xff\xc0\x00\x11\x08\x01\x2c\x02\x58\x03\x01\x11\x00\x02\x11\x00\x03\x11\x00\xff\xd9' > header-only.jpg
printf '\xff\xd8\xff\xc0\x00\x11\x10\x01\x2c\x02\x58\x03\x01\x11\x00\x02\x11\x00\x03\x11\x00\xff\xd9' > sixteen-bit.jpg
printf '\xff\xd8\xff\xc0\x00\x11\x08\x01\x2c\x02' > short-frame.jpg
for image in header-only.jpg sixteen-bit.jpg short-frame.jpg; do
  place "$image"
  run "$paiban" render placed.md -o img.pdf
  check "corrupt $image is an error at its manuscript line" '[ $rc -ne 0 ] && grep -q "placed.md:12:[0-9]*: error: .*$image" <<<"$out"'
done
# 69 bytes claiming 30000 × 30000, and 1 × 2147483647 (a vanishing figure).
/usr/bin/python3 - <<'PY'
import struct, zlib
def png(w, h, name):
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    idat = chunk(b"IDAT", zlib.compress(b""))
    open(name, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b""))
png(30000, 30000, "huge.png")
png(1, 2147483647, "thin.png")
PY
for image in huge.png thin.png; do
  place "$image"
  run "$paiban" render placed.md -o img.pdf
  check "$image is an error at its manuscript line" '[ $rc -ne 0 ] && grep -q "placed.md:12:[0-9]*: error: .*$image" <<<"$out"'
done
# A real 12000 × 12000 PNG under a 1 GiB address-space limit: refused by
# the pixel limit, with the image's name, before any large allocation.
/usr/bin/python3 -c "
from PIL import Image
Image.new('RGB', (12000, 12000), (200, 40, 40)).save('big.png', compress_level=1)"
place big.png
if [ -n "${PAIBAN_SANITIZED:-}" ]; then
  # AddressSanitizer reserves terabytes of address space, so ulimit -v stops
  # it before main(). Its own cap on one allocation guards the same thing: a
  # request over 1 GiB aborts (status >= 128) instead of returning.
  run env ASAN_OPTIONS="${ASAN_OPTIONS:-}:max_allocation_size_mb=1024:allocator_may_return_null=0" \
    "$paiban" render placed.md -o img.pdf
else
  run bash -c "ulimit -v 1048576; exec \"\$0\" render placed.md -o img.pdf" "$paiban"
fi
check "a 12000 × 12000 PNG under 1 GiB fails naming the image" '[ $rc -ne 0 ] && [ $rc -lt 128 ] && grep -q "placed.md:12:[0-9]*: error: .*big.png.*100 million pixels" <<<"$out"'
check "no PDF from the refused images" '[ ! -e img.pdf ]'

# --- out-of-range style values: render and check-style give one located error
range_case() {  # name, the sheet's extra lines, file:line:col, expected message
  printf 'extends = "%s"\n%b' "$src/styles/xuchang.toml" "$2" >range.toml
  range_at=$3 range_message=$4
  run "$paiban" check-style range.toml
  checked=$out checked_rc=$rc
  run "$paiban" render m.md --style range.toml -o range.pdf
  check "$1: check-style and render both refuse it at range.toml:$3" \
    '[ $checked_rc -eq 2 ] && [ $rc -eq 2 ] && grep -qF "range.toml:$range_at: error: $range_message" <<<"$checked" && grep -qF "range.toml:$range_at: error: $range_message" <<<"$out" && [ ! -e range.pdf ]'
}
range_case "line_height = 0pt" '[styles.body]\nline_height = "0pt"\n' 3:15 \
  "styles.body.line_height: must be larger than 0"
range_case "bleed = 10000pt" '[print]\nbleed = "10000pt"\n' 3:9 \
  "print.bleed: 10000pt (3527.8 mm) is more than the most allowed, 56.693pt (20 mm)"
range_case "grid.chars = 1" '[page]\ngrid = { chars = 1, lines = 40 }\n' 3:18 \
  "masters.first: columns 3.7 mm wide hold fewer than 4 body characters"

# --- SOURCE_DATE_EPOCH: a value that is no date stops the run, named --------
for value in 253402300800 abc -1 1e9; do
  out=$(SOURCE_DATE_EPOCH=$value "$paiban" render m.md --style leaf.toml -o sde.pdf 2>&1)
  rc=$?
  check "SOURCE_DATE_EPOCH=$value is refused by name" \
    '[ $rc -eq 2 ] && grep -q "error: SOURCE_DATE_EPOCH=.\?$value" <<<"$out" && [ ! -e sde.pdf ]'
done
out=$(SOURCE_DATE_EPOCH=253402300799 "$paiban" render m.md --style leaf.toml -o sde.pdf 2>&1)
rc=$?
check "SOURCE_DATE_EPOCH at the last second of 9999 gives a well-formed date" \
  '[ $rc -eq 0 ] && pdfinfo sde.pdf | grep -q "CreationDate:.*9999"'

# --- limits as settings: the sheet's [limits] and --limit over it ---------
place chart.png  # 1000 × 600 = 0.6 million pixels, 1.7 MiB decoded
printf 'extends = "%s"\n[limits]\nimage_mib = 1\n' "$src/styles/xuchang.toml" >tight.toml
run "$paiban" render placed.md --style tight.toml -o img.pdf
check "[limits] image_mib = 1 refuses a 1.7 MiB image, naming image, line and key" \
  '[ $rc -eq 1 ] && grep -q "placed.md:12:[0-9]*: error: .*chart.png.*more than the limit of 1 MiB (\[limits\] image_mib)" <<<"$out"'
run "$paiban" render placed.md --style tight.toml --limit image_mib=4 -o img.pdf
check "--limit image_mib=4 wins over the sheet" '[ $rc -eq 0 ] && [ -s img.pdf ]'
rm -f img.pdf
run "$paiban" render placed.md --limit image_megapixels=1 --limit issue_images_mib=1 -o img.pdf
check "--limit issue_images_mib=1: the issue budget names the key" \
  '[ $rc -eq 1 ] && grep -q "more than 1 MiB (\[limits\] issue_images_mib)" <<<"$out"'
printf '> > > > > 深\n' >>placed.md
run "$paiban" render placed.md --limit block_nesting=4 -o img.pdf
check "--limit block_nesting=4: five quotes are a located error naming the setting" \
  '[ $rc -eq 2 ] && grep -q "placed.md:13:9: error: quotes and lists nest more than 4 deep" <<<"$out" && grep -q "limit block_nesting=N" <<<"$out"'
printf 'extends = "%s"\n[limits]\nblock_nesting = 4\n' "$src/styles/xuchang.toml" >nest.toml
printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nstyle = "nest.toml"\n+++\n\n# 编者的话\n\n> > > > > 深\n' >nested.md
run "$paiban" check nested.md
check "a front-matter style's [limits] block_nesting = 4 applies to its manuscript" \
  '[ $rc -eq 2 ] && grep -q "nested.md:10:9: error: quotes and lists nest more than 4 deep" <<<"$out"'
run "$paiban" check nested.md --limit block_nesting=5
check "--limit block_nesting=5 over that sheet reads it" '[ $rc -eq 0 ]'
head -c 1200000 /dev/zero | tr '\0' 'a' >long.md
run "$paiban" render long.md --limit input_file_mib=1 -o img.pdf
check "--limit input_file_mib=1: a 1.2 MB manuscript is refused by name" \
  '[ $rc -eq 2 ] && grep -q "long.md: error: cannot read the manuscript: is 1200000 bytes, more than the input limit of 1 MiB" <<<"$out"'
run "$paiban" check-style tight.toml
check "check-style accepts a sheet with valid [limits]" '[ $rc -eq 0 ]'
printf '[limits]\nblock_nesting = 1000\n' >wild.toml
run "$paiban" check-style wild.toml
check "check-style: [limits] block_nesting = 1000 is out of range, located" \
  '[ $rc -eq 2 ] && grep -q "wild.toml:2:17: error: limits.block_nesting" <<<"$out"'

# --- SIGTERM at many moments: never a temporary file, never a torn PDF ----
complete=0
killed=0
for delay in 0.001 0.003 0.005 0.01 0.02 0.03 0.05 0.07 0.09 0.11 0.13 0.15 0.17 0.19 0.21 0.23 0.25 \
             0.27 0.29 0.31 0.33 0.35 0.4 0.5 0.7 1.0; do
  echo "OLD PDF" > killed.pdf
  timeout -s TERM "$delay" "$paiban" render -o killed.pdf >/dev/null 2>&1
  [ $? -eq 124 ] && killed=$((killed + 1))
  check "no temporary file after SIGTERM at ${delay}s" no_temp_files
  if [ "$(head -c 7 killed.pdf)" != "OLD PDF" ]; then
    check "a replaced PDF is complete (at ${delay}s)" 'tail -c 6 killed.pdf | grep -q "%%EOF"'
    complete=$((complete + 1))
  fi
done
for sig in INT HUP; do
  timeout -s "$sig" 0.2 "$paiban" render -o killed.pdf >/dev/null 2>&1
  check "no temporary file after SIG$sig" no_temp_files
done
# A render takes well over 10 ms, so at least the five shortest delays kill it
# on any machine; the longer ones kill it only on a slow or loaded one.
check "some runs were killed before they finished" '[ $killed -ge 3 ]'
echo "hostile files: $passed passed, $failed failed ($killed runs killed, $complete finished)"
[ "$failed" -eq 0 ]
