#!/usr/bin/env bash
# `paiban new`, `fonts`, `plugins` and `-` (standard input): what they print,
# write and refuse. Arguments: PAIBAN SOURCE_DIR.
set -u
source "$(dirname "$0")/check_lib.sh" "$@"
cd "$work"
on_fail() { ls -t "$work"/*.log | head -1 | xargs cat | head -10; }
export SOURCE_DATE_EPOCH=1740787200  # 2025-03-01 00:00 UTC

# new: the template with date and 期号; the next number from the folders beside.
"$paiban" new issues/2025-03 --issue 3 >new.log 2>&1
check "new exits 0" "[ $? = 0 ]"
check "new: 期号 from --issue" "grep -qx 'issue = \"2025年第3期\"' issues/2025-03/issue.md"
check "new: SOURCE_DATE_EPOCH's day" "grep -qx 'date = 2025-03-01' issues/2025-03/issue.md"
check "new: no placeholder left" "! grep -q '{{' issues/2025-03/issue.md"
check "new: says where" "grep -q 'created issues/2025-03/issue.md: 2025年第3期, 2025-03-01' new.log"
"$paiban" new issues/next >next.log 2>&1
check "new: the next 期号 after the folders beside" "grep -qx 'issue = \"2025年第4期\"' issues/next/issue.md"
check "new: says which it followed" "grep -q 'the next after 2025年第3期' next.log"
"$paiban" new first >first.log 2>&1
check "new: 第1期 when nothing is beside it" "grep -qx 'issue = \"2025年第1期\"' first/issue.md"
echo "my words" >issues/2025-03/issue.md
"$paiban" new issues/2025-03 --issue 5 >refuse.log 2>&1
check "new: a non-empty folder is refused (exit 2)" "[ $? = 2 ]"
check "new: the file there is untouched" "[ \"\$(cat issues/2025-03/issue.md)\" = 'my words' ]"
check "new: says why" "grep -q 'issues/2025-03: error: the folder is not empty; paiban new never overwrites files' refuse.log"
touch afile
"$paiban" new afile >file.log 2>&1
check "new: a file is refused" "[ $? = 2 ] && grep -q 'afile: error: exists and is not a folder' file.log"
mkdir empty
"$paiban" new empty --issue 2 >empty.log 2>&1
check "new: an empty folder is filled" "[ $? = 0 ] && [ -f empty/issue.md ]"
"$paiban" new x --issue 0 >zero.log 2>&1
check "new: --issue 0 is a usage error" "[ $? = 2 ] && [ ! -e x ]"
SOURCE_DATE_EPOCH=soon "$paiban" new y >bad-date.log 2>&1
check "new: a bad SOURCE_DATE_EPOCH is refused" "[ $? = 2 ] && [ ! -e y ] && grep -q SOURCE_DATE_EPOCH bad-date.log"
"$paiban" check first/issue.md >check-new.log 2>&1
check "new: the new issue passes check" "[ $? = 0 ] && grep -q 'ok (3 sections' check-new.log"

# fonts: families with the house style's roles.
"$paiban" fonts --cjk >fonts.log 2>&1
check "fonts exits 0" "[ $? = 0 ]"
check "fonts: song uses Noto Serif CJK SC" "grep -qE '^  Noto Serif CJK SC +used by: .*\\bsong\\b' fonts.log"
check "fonts: kai uses LXGW WenKai" "grep -qE '^  LXGW WenKai +used by: kai$' fonts.log"
check "fonts --cjk: no Latin-only family" "! grep -q 'DejaVu Sans' fonts.log"
"$paiban" fonts >all-fonts.log 2>&1
check "fonts: all families list DejaVu Sans" "grep -qx '  DejaVu Sans' all-fonts.log"
printf '[fonts.song]\nfamily = "No Such Family"\n' >missing.toml
"$paiban" fonts --style missing.toml >missing.log 2>&1
check "fonts: a role's missing family is named" "grep -q 'not installed: No Such Family (used by: song)' missing.log"

# plugins: where from, options with defaults.
"$paiban" plugins >plugins.log 2>&1
check "plugins exits 0" "[ $? = 0 ]"
check "plugins: industry_news next to the program" "grep -q '^industry_news  .*/lib/paiban/plugins/libindustry_news.so (next to the program)' plugins.log"
check "plugins: an option with its default and range" "grep -q '^  columns = 2  (an integer, 1 to 3)' plugins.log"
check "plugins: a declared text style with its defaults" "grep -q '^  style news_title: font = \"hei\"; size = \"小四\";' plugins.log"
check "plugins: choices" "grep -q '^  frame = \"frame\"  (a string: \"tint\", \"frame\", \"none\")' plugins.log"
mkdir broken && echo junk >broken/libjunk.so
"$paiban" plugins --plugin-path broken >broken.log 2>&1
check "plugins: a broken library is an error with its file" "[ $? = 1 ] && grep -q 'broken/libjunk.so' broken.log"

# -: standard input.
mkdir -p in && cp "$src/samples/2025-01/issue.md" in/
"$paiban" render - -o stdin.pdf <in/issue.md >stdin.log 2>&1
check "render - exits 0" "[ $? = 0 ] && [ -s stdin.pdf ]"
"$paiban" render in/issue.md -o file.pdf >file-render.log 2>&1
check "render -: the same PDF as from the file" "cmp -s stdin.pdf file.pdf"
"$paiban" render - <in/issue.md >no-o.log 2>&1
check "render - without -o is refused" "[ $? = 2 ] && grep -q 'needs -o' no-o.log"
printf '+++\ntitle = "t"\nissue = "i"\ndate = 2025-01-01\n+++\n\n# 行业动态\n\n## a\n\n![x](pic.png)\n' >pic.md
"$paiban" check - <pic.md >pic.log 2>&1
check "check -: errors at <stdin>:line:col" "[ $? = 2 ] && grep -q '^<stdin>:11:1: ' pic.log"
check "check -: an image path is relative to the working directory" "grep -q \"'pic.png'\" pic.log || grep -q ' pic.png' pic.log"

# check-style -: the sheet from standard input, its extends relative to the
# working directory; the same problems at <stdin>:line:col as from the file.
mkdir -p sheets && cp "$src/styles/xuchang.toml" sheets/house.toml
printf 'extends = "sheets/house.toml"\n[page]\ncolumns = 2\n' >good-stdin.toml
"$paiban" check-style - <good-stdin.toml >style-stdin.log 2>&1
check "check-style - exits 0 with extends relative to the working directory" \
  "[ $? = 0 ] && grep -qx '<stdin>: ok' style-stdin.log"
printf 'extends = "sheets/house.toml"\n[page]\ncolums = 2\n[typography]\nkinsoku = "strikt"\n' >bad-stdin.toml
"$paiban" check-style - <bad-stdin.toml >bad-stdin.log 2>&1
rc=$?
"$paiban" check-style bad-stdin.toml >bad-file.log 2>&1
check "check-style -: a bad sheet exits 2, problems at <stdin>:line:col" \
  "[ $rc = 2 ] && grep -q '^<stdin>:3:1: error: unknown key \"colums\" in \[page\]; did you mean \"columns\"?' bad-stdin.log && grep -q '^<stdin>:5:11: error: typography.kinsoku' bad-stdin.log"
check "check-style -: the same messages as from the file" \
  "[ \"\$(sed 's/^<stdin>//' bad-stdin.log)\" = \"\$(sed 's/^bad-stdin.toml//' bad-file.log)\" ]"
printf 'extends = "nowhere.toml"\n' | "$paiban" check-style - >nowhere.log 2>&1
check "check-style -: a missing extends names the path from the working directory" \
  "[ $? = 2 ] && grep -q '^<stdin>:1:11: error: extends: cannot read \"nowhere.toml\"' nowhere.log"

# watch -: refused at once (standard input is read once, nothing to watch).
timeout 20 "$paiban" watch - -o w.pdf <in/issue.md >watch-stdin.log 2>&1
rc=$?
check "watch - is refused with exit 2 and says why" \
  "[ $rc = 2 ] && grep -q '^paiban watch: error: the manuscript cannot come from standard input (-)' watch-stdin.log && grep -q '^paiban watch: note: name the file' watch-stdin.log && [ ! -e w.pdf ]"
timeout 20 "$paiban" watch in/issue.md --style - -o w.pdf <good-stdin.toml >watch-style.log 2>&1
rc=$?
check "watch --style - is refused too" \
  "[ $rc = 2 ] && grep -q 'the style sheet cannot come from standard input' watch-style.log && [ ! -e w.pdf ]"

# --version: every library linked, each with a version number.
"$paiban" --version >version.log 2>&1
for lib in HarfBuzz FreeType Fontconfig ICU PoDoFo cmark-gfm libpng toml++ CLI11 libjpeg-turbo \
  libdeflate xxHash libxml2 libzip pugixml Boost zlib; do
  check "--version names $lib" "grep -qE '^  $(printf %s "$lib" | sed 's/+/\\+/g') +[0-9]+\.[0-9]+' version.log"
done

echo "commands test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
