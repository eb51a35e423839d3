#!/usr/bin/env bash
# A plugin's misuse of the Composer and an unknown text style, end to end:
# `paiban check` and `paiban render` both report each, naming the plugin,
# the section (at its manuscript heading for the style) and the call, and
# render writes no PDF.
# usage: misuse_check.sh PAIBAN TEST_PLUGIN_DIR SOURCE_DIR WORK_DIR
set -u
paiban=$1 plugins=$2 src=$3 work=$4
mkdir -p "$work"
failures=0
check() {  # check NAME CONDITION
  if eval "$2"; then echo "ok   - $1"; else echo "FAIL - $1"; failures=$((failures + 1)); fi
}
ms=$src/tests/e2e/plugins/misuse/issue.md
sheet=$src/tests/e2e/plugins/misuse/misuse.toml
err=$("$paiban" check "$ms" --style "$sheet" --plugin-path "$plugins" 2>&1 >/dev/null)
rc=$?
echo "$err"
check "check fails with status 1" '[ $rc -eq 1 ]'
check "the unknown style: an error at the section's heading (line 11), naming plugin, section, call" \
  'grep -qF "$ms:11:1: error: Composer::paragraph: no text style \"bodyy\" (asked for by plugin '"'"'misuser'"'"'): neither the style sheet defines it nor a plugin declares it [plugin '"'"'misuser'"'"', section '"'"'特稿'"'"']" <<<"$err"'
check "with a did-you-mean and the entry's place" \
  'grep -qF "did you mean \"body\"?" <<<"$err" && grep -qF "the section is bound to the plugin at $sheet:8:1" <<<"$err"'
check "the style the plugin declares is no error" '! grep -q "misuser_note" <<<"$err"'
check "four columns: named call, plugin and section" \
  'grep -qF "$sheet:8:1: warning: Composer::begin_columns: a column set has 4 columns; paiban sets 1 to 3, so it is set in 3 [plugin '"'"'misuser'"'"', section '"'"'特稿'"'"']" <<<"$err"'
check "an end_columns too many: named" \
  'grep -qF "warning: Composer::end_columns: end_columns without begin_columns; it is ignored [plugin '"'"'misuser'"'"', section '"'"'特稿'"'"']" <<<"$err"'
check "the box never ended: named" \
  'grep -qF "warning: Composer::begin_box: begin_box has no matching end; it ends where the plugin'"'"'s compose call returns [plugin '"'"'misuser'"'"', section '"'"'特稿'"'"']" <<<"$err"'
check "the article section has no diagnostic" '! grep -q "简讯" <<<"$err"'

rm -f "$work/misuse.pdf"
rerr=$("$paiban" render "$ms" --style "$sheet" --plugin-path "$plugins" -o "$work/misuse.pdf" 2>&1)
rrc=$?
check "render fails the same way and writes no PDF" \
  '[ $rrc -eq 1 ] && [ ! -e "$work/misuse.pdf" ] && [ "$rerr" = "$err" ]'

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
