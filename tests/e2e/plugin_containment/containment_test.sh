#!/usr/bin/env bash
# Plugin containment (docs/plugins.md, "Containment"): a style sheet that a
# manuscript's `style` key names may not load plugins from its plugin_path
# without the user's leave; a plugin that crashes (SIGSEGV, SIGBUS, SIGFPE,
# stack overflow) or runs past its time budget ends the run with a message
# naming the plugin and the section, exit status 1, no PDF and no temporary
# file, and an existing PDF at the output path untouched.
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

# --- crashes inside compose ------------------------------------------------
no_temp_files() { [ -z "$(find "$work" -name '.*.tmp-*' -print -quit)" ]; }
echo "OLD PDF" >old.pdf
for mode in segv bus fpe stack; do
  style "$mode"
  case $mode in
    segv | stack) signal=SIGSEGV ;;
    bus) signal=SIGBUS ;;
    fpe) signal=SIGFPE ;;
  esac
  run "$paiban" render issue/m.md --allow-style-plugins -o old.pdf
  check "$mode: exit status 1, not a signal death" '[ $rc -eq 1 ]'
  check "$mode: the message names the plugin, the section and $signal" \
    'grep -q "own.toml:3:1: error: plugin .crasher. crashed while composing section .编者的话. ($signal" <<<"$out"'
  check "$mode: the message carries the plugin/section tag" \
    'grep -q "\[plugin .crasher., section .编者的话.\]" <<<"$out"'
  check "$mode: a note says what to do" 'grep -q "note: the fault is in the plugin" <<<"$out"'
  check "$mode: the old PDF is untouched, no temporary file" \
    '[ "$(cat old.pdf)" = "OLD PDF" ] && no_temp_files'
done

# Several issues at once (-j 2): a crash in a worker thread (its own
# alternate signal stack) still names plugin and section; no file is left.
style segv
cp issue/m.md issue/m2.md
run "$paiban" render issue/m.md issue/m2.md -j 2 --allow-style-plugins
check "-j 2: a crash in a worker thread is reported by name" \
  '[ $rc -eq 1 ] && grep -q "crashed while composing section .编者的话. (SIGSEGV" <<<"$out"'
check "-j 2: no temporary file left" 'no_temp_files && [ ! -e issue/m.pdf ] && [ ! -e issue/m2.pdf ]'

# --- a compose call past its time budget ----------------------------------
style hang
start=$(date +%s)
run "$paiban" render issue/m.md --allow-style-plugins --limit compose_seconds=2 -o old.pdf
took=$(($(date +%s) - start))
check "hang: stopped after the 2 s budget (took ${took} s)" '[ $rc -eq 1 ] && [ $took -ge 2 ] && [ $took -le 20 ]'
check "hang: the message names plugin, section and budget" \
  'grep -q "error: plugin .crasher. did not finish composing section .编者的话. within 2 s" <<<"$out"'
check "hang: the note names the setting" 'grep -q "limits\] compose_seconds" <<<"$out"'
check "hang: the old PDF is untouched, no temporary file" \
  '[ "$(cat old.pdf)" = "OLD PDF" ] && no_temp_files'
printf '\n[limits]\ncompose_seconds = 1\n' >>issue/own.toml
start=$(date +%s)
run "$paiban" render issue/m.md --allow-style-plugins -o old.pdf
took=$(($(date +%s) - start))
check "hang: the style sheet's [limits] compose_seconds = 1 applies" \
  '[ $rc -eq 1 ] && grep -q "within 1 s" <<<"$out" && [ $took -le 15 ]'
run "$paiban" render issue/m.md --allow-style-plugins --limit compose_seconds=0 -o old.pdf
check "--limit compose_seconds=0 is refused as a usage error" \
  '[ $rc -eq 2 ] && grep -q "compose_seconds must be 1 to 3600" <<<"$out"'
run "$paiban" render issue/m.md --limit compose_secs=3 -o old.pdf
check "--limit with a misspelt name suggests the right one" \
  '[ $rc -eq 2 ] && grep -q "did you mean .compose_seconds." <<<"$out"'

# A plugin that composes normally is not slowed down by the guard.
style ok
run "$paiban" render issue/m.md --allow-style-plugins --limit compose_seconds=1 -o ok.pdf
check "ok: a 1 s budget does not disturb a plugin that finishes" '[ $rc -eq 0 ] && [ -s ok.pdf ]'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
