#!/usr/bin/env bash
# `paiban check` and `paiban check-style` against `paiban render`: the same
# bad inputs give the same messages and exit status, every problem of a run
# is listed at once, and one bad value causes no follow-on errors.
# Usage: check_test.sh PAIBAN SOURCE_DIR
set -u
source "$(dirname "$0")/check_lib.sh"
cd "$work" || exit 1

# Render and check the same inputs; keep both outputs and exit statuses.
both() {  # manuscript style
  "$paiban" check "$1" --style "$2" >check.out 2>check.err
  check_rc=$?
  "$paiban" render "$1" --style "$2" -o render.pdf >render.out 2>render.err
  render_rc=$?
  err=$(cat check.err)
}
agree() {  # name
  check "$1: render and check exit alike ($render_rc, $check_rc)" '[ "$render_rc" -eq "$check_rc" ]'
  check "$1: render and check print the same diagnostics" 'cmp -s check.err render.err || diff check.err render.err'
}

# The good sample: ok, exit 0, no PDF from check.
cp "$src/samples/2025-01/issue.md" issue.md
"$paiban" check issue.md --style "$src/styles/xuchang.toml" >out 2>err
rc=$?
check "the sample checks clean" '[ $rc -eq 0 ] && grep -q "issue.md: ok (3 sections, 4 plugin calls, 8 font roles" out && [ ! -s err ]'
check "check writes no PDF" '[ ! -e issue.pdf ]'

# Many mistakes at once: front-matter typos, a section-title typo, an
# out-of-range colour used elsewhere by name, a misspelt plugin name and
# option, a missing ICC profile, a missing image and a missing font.
sed -e 's/^# 行业动态/# 行业动太/' -e 's/^issue = /isue = /' -e 's/^publisher = /publsher = /' \
  issue.md >typos.md
printf '\n![一张图](images/missing.png)\n' >>typos.md
cat >bad.toml <<TOML
extends = "$src/styles/xuchang.toml"

[colors]
brand = { c = 150, m = 40, y = 0, k = 0 }

[fonts.kai]
family = ["No Such Kai SC"]

[print]
output_profile = "profiles/missing.icc"

[[section]]
plugin = "masthead"
options = { band = "brand" }

[[section]]
match = "编者的话"
plugin = "editors_note"
options = { frme = "tint" }

[[section]]
match = "行业动态"
plugin = "industry_newz"

[[section]]
match = "行业趋势"
plugin = "industry_trends"
TOML
both typos.md bad.toml
agree "many mistakes"
check "exit status 2 for bad input" '[ $check_rc -eq 2 ]'
check "isue: at its line, did you mean issue" 'grep -q "^typos.md:3:1: error: unknown front-matter key .isue.; did you mean .issue." <<<"$err"'
check "isue: no follow-on 'no issue key'" '! grep -q "has no .issue." <<<"$err"'
check "publsher: warned at its line, did you mean publisher" 'grep -q "^typos.md:5:1: warning: unknown front-matter key .publsher.; did you mean .publisher." <<<"$err"'
check "行业动太: did you mean 行业动态, at the heading" 'grep -qE "^typos.md:13:1: warning: section .行业动太. .*did you mean .行业动态." <<<"$err"'
check "行业动太: no follow-on 'no section 行业动态'" '! grep -q "no section .行业动态." <<<"$err"'
check "c = 150: reported once at its place" '[ "$(grep -c "colors.brand.c: 150 is outside 0–100" <<<"$err")" -eq 1 ] && grep -q "^bad.toml:4:15: error: colors.brand.c" <<<"$err"'
check "c = 150: no follow-on unknown colour" '! grep -qi "unknown colour" <<<"$err"'
check "misspelt plugin: did you mean" 'grep -qE "^bad.toml:2[0-9]:1: error: plugin .industry_newz. not found.*did you mean .industry_news." <<<"$err"'
check "misspelt option: did you mean" 'grep -q "unknown option .frme. for plugin .editors_note." <<<"$err" && grep -q "did you mean .frame." <<<"$err"'
check "missing ICC profile: at its setting" 'grep -qE "^bad.toml:10:[0-9]+: error: cannot read the output profile .*profiles/missing.icc" <<<"$err"'
check "missing image: at the figure" 'grep -qE "^typos.md:[0-9]+:[0-9]+: error: figure image .images/missing.png. .* cannot be read" <<<"$err"'
check "missing font: named" 'grep -q "No Such Kai SC" <<<"$err"'
check "render writes no PDF" '[ ! -e render.pdf ]'
check "every diagnostic has file:line:col or file first" '! grep -vqE "^[^ :]+(:[0-9]+:[0-9]+)?: (error|warning|note): " check.err'

# check-style alone finds what render would reject in the sheet: the
# plugin name, the option, the profile (the issue's complaint).
"$paiban" check-style bad.toml >out 2>err
rc=$?
check "check-style: exit 2" '[ $rc -eq 2 ]'
check "check-style: misspelt plugin" 'grep -q "industry_newz. not found" err'
check "check-style: misspelt option" 'grep -q "unknown option .frme." err'
check "check-style: missing profile" 'grep -q "cannot read the output profile" err'
check "check-style: colour once, no follow-on" '[ "$(grep -c "error:" err)" -eq 5 ] && ! grep -qi "unknown colour" err'

# A manuscript that cannot be read: the style sheet is still checked.
both nothing.md bad.toml
agree "unreadable manuscript"
check "unreadable manuscript and sheet problems in one run" 'grep -q "^nothing.md: error: cannot read the manuscript" <<<"$err" && grep -q "industry_newz" <<<"$err"'

# A warning alone: render and check both exit 0 and print it alike.
sed -e 's/^publisher = /publsher = /' issue.md >warn.md
both warn.md "$src/styles/xuchang.toml"
agree "a warning only"
check "a warning only exits 0" '[ $check_rc -eq 0 ] && [ -s render.pdf ]'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
