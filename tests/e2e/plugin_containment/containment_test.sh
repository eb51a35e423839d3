#!/usr/bin/env bash
# Plugin containment (docs/plugins.md, "Containment"): a style sheet that a
# manuscript's `style` key names may not load plugins from its plugin_path
# without the user's leave.
# Usage: containment_test.sh PAIBAN SOURCE_DIR CRASHER_PLUGIN_DIR
set -u
source "$(dirname "$0")/../check_lib.sh"
plugin_dir=$3
on_fail() { echo "${out:-}" | head -8; }
run() {  # captures rc and output of the command
  out=$("$@" 2>&1)
  rc=$?
}

cd "$work" || exit 1
# A downloaded issue folder: manuscript, its style sheet and a plugin next to
# them. The manuscript chooses the style sheet; the sheet names the folder.
mkdir -p issue/plugins
cp "$plugin_dir/libcrasher.so" issue/plugins/
printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nstyle = "own.toml"\n+++\n\n# 编者的话\n\n正文一段。\n' >issue/m.md
style() {  # style MODE: the sheet with the crasher composing 编者的话 in MODE
  printf 'extends = "%s"\nplugin_path = ["plugins"]\n[[section]]\nmatch = "编者的话"\nplugin = "crasher"\noptions = { mode = "%s" }\n' \
    "$src/styles/xuchang.toml" "$1" >issue/own.toml
}
style ok

# --- a style sheet chosen by the manuscript: its plugin_path is not searched
run "$paiban" render issue/m.md -o plain.pdf
check "plain render: the sheet's plugin folder is not searched (exit 2)" '[ $rc -eq 2 ] && [ ! -e plain.pdf ]'
check "plain render: a warning names the style sheet and the folder" \
  'grep -q "own.toml: warning: this style sheet, named by the manuscript.s .style. key, asks to load plugins from .*issue/plugins" <<<"$out"'
check "plain render: the warning says how to allow it" 'grep -q -- "--allow-style-plugins" <<<"$out"'
check "plain render: the plugin is reported missing" 'grep -q "crasher" <<<"$out" && grep -q "error" <<<"$out"'
run "$paiban" check issue/m.md
check "check agrees: exit 2 and the same warning" '[ $rc -eq 2 ] && grep -q "its plugin_path was not searched" <<<"$out"'

run "$paiban" render issue/m.md -o allowed.pdf --allow-style-plugins
check "--allow-style-plugins: the plugin loads and composes" \
  '[ $rc -eq 0 ] && pdftotext allowed.pdf - | grep -q "crasher composed 编者的话"'
out=$(PAIBAN_ALLOW_STYLE_PLUGINS=1 "$paiban" render issue/m.md -o env.pdf 2>&1)
rc=$?
check "PAIBAN_ALLOW_STYLE_PLUGINS=1 allows it too" '[ $rc -eq 0 ] && [ -s env.pdf ]'
out=$(PAIBAN_ALLOW_STYLE_PLUGINS=0 "$paiban" render issue/m.md -o env0.pdf 2>&1)
rc=$?
check "PAIBAN_ALLOW_STYLE_PLUGINS=0 does not" '[ $rc -eq 2 ] && [ ! -e env0.pdf ]'
run "$paiban" render issue/m.md --plugin-path issue/plugins -o named.pdf
check "--plugin-path naming the folder loads it" '[ $rc -eq 0 ] && [ -s named.pdf ]'
run "$paiban" render issue/m.md --style issue/own.toml -o styled.pdf
check "--style naming the sheet: the user chose it, its plugin_path is searched" '[ $rc -eq 0 ] && [ -s styled.pdf ]'
run "$paiban" check-style issue/own.toml
check "check-style of the sheet loads its plugins" '[ $rc -eq 0 ]'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
