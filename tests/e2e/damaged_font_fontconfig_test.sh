#!/usr/bin/env bash
# A damaged font that fontconfig finds (issue 12, point 3): a copy of LXGW
# WenKai Regular whose loca table is all 0xFF (every outline past the end of
# glyf: a truncated download or a bad copy) is the only "LXGW WenKai" of a
# fontconfig configuration (FONTCONFIG_FILE) that otherwise sees the system's
# fonts. The house style sets 编者的话 in that family. The run warns once,
# naming the damaged file, and sets the box in an installed face that has the
# characters (fontconfig's fallback) instead of printing it blank; the same
# render with the system configuration uses WenKai, so the test can fail.
# Usage: damaged_font_fontconfig_test.sh PAIBAN SOURCE_DIR
set -u
source "$(dirname "$0")/check_lib.sh"
on_fail() { sed -n '1,12p' "$work/log"; }
cd "$work" || exit 1

wenkai=$(fc-match -f '%{file}' 'LXGW WenKai:style=Regular')
check "the system has LXGW WenKai Regular ($wenkai)" '[ -f "$wenkai" ] && [[ "$wenkai" == *WenKai* ]]'

mkdir fonts cache
/usr/bin/python3 - "$wenkai" fonts/LXGWWenKai-Regular.ttf <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
tables = struct.unpack(">H", data[4:6])[0]
for i in range(tables):
    tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
    if tag == b"loca":
        data[offset:offset + length] = b"\xff" * length
        break
else:
    sys.exit("no loca table")
open(sys.argv[2], "wb").write(data)
PY
# The system's configuration (its fonts and its serif/sans-serif aliases),
# but its own WenKai files rejected: the damaged copy is the one fontconfig
# finds for the family.
cat >fonts.conf <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$work/fonts</dir>
  <cachedir>$work/cache</cachedir>
  <selectfont><rejectfont><glob>$(dirname "$wenkai")/*</glob></rejectfont></selectfont>
</fontconfig>
EOF
found=$(FONTCONFIG_FILE=$work/fonts.conf fc-match -f '%{file}' 'LXGW WenKai:style=Regular')
check "fontconfig finds the damaged copy first ($found)" '[ "$found" = "$work/fonts/LXGWWenKai-Regular.ttf" ]'

# The sample's 编者的话 (the kai box) and nothing else.
sed -n '1,/^# 行业动态/p' "$src/samples/2025-01/issue.md" | sed '$d' >issue.md
first=许昌市科学技术情报研究所是隶属于市科技局的财政全额供给事业单位
check "the manuscript holds the box's text" 'grep -qF "$first" issue.md'

FONTCONFIG_FILE=$work/fonts.conf "$paiban" render issue.md -o damaged.pdf >log 2>&1
rc=$?
check "renders with the damaged copy (exit $rc)" '[ $rc -eq 0 ] && [ -s damaged.pdf ]'
warnings=$(grep -c "warning: font file '$work/fonts/LXGWWenKai-Regular.ttf' (face 0).*is damaged: its glyph outlines do not load" log)
check "one warning names the damaged file and its broken table ($warnings)" '[ "$warnings" = 1 ]'
check "the warning says the next font is used" 'grep -q "it is skipped and the next font is used" log'
check "a stand-in face is named for the role" \
  'grep -q "warning: no font of role .kai. can be used; font file .*NotoSerifCJK.* sets its text instead" log'
check "no error" '! grep -q "error:" log'
pdffonts damaged.pdf >fonts.txt 2>&1
check "no WenKai in the PDF" '! grep -qi wenkai fonts.txt'
check "Noto Serif CJK sets the box" 'grep -q "NotoSerifCJK" fonts.txt'
pdftotext -raw damaged.pdf damaged.txt
joined=$(tr -d ' \n\f' <damaged.txt)
check "the box's text is printed" 'grep -qF -- "$first" <<<"$joined"'

# Control: with the system's fontconfig the same file uses WenKai.
"$paiban" render issue.md -o plain.pdf >plain.log 2>&1
check "the system configuration sets the box in WenKai" 'pdffonts plain.pdf | grep -qi wenkai'
check "and no damage warning" '! grep -q "is damaged" plain.log'

# The box is not printed blank: page 1 carries about as much ink as with the
# real WenKai (a blank box loses most of the page's text).
ink() {
  pdftoppm -r 72 -png -gray -f 1 -l 1 "$1" "${1%.pdf}"
  /usr/bin/python3 -c 'import sys; from PIL import Image
print(sum(1 for p in Image.open(sys.argv[1]).convert("L").getdata() if p < 160))' "${1%.pdf}-1.png"
}
ink_damaged=$(ink damaged.pdf)
ink_plain=$(ink plain.pdf)
check "page 1 has ink as with WenKai ($ink_damaged vs $ink_plain dark pixels)" \
  '[ "${ink_plain:-0}" -gt 0 ] && [ $((ink_damaged * 10)) -ge $((ink_plain * 8)) ]'

echo "damaged_font_fontconfig: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
