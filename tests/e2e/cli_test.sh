#!/usr/bin/env bash
# The command line's contract: exit codes (0 ok, 1 rendering error, 2 bad
# input or usage), GCC-style diagnostics, default output path, and an
# existing PDF left untouched by a failed run.
# Usage: cli_test.sh PAIBAN SOURCE_DIR
set -u
source "$(dirname "$0")/check_lib.sh"
run() {  # captures rc and output of the command
  out=$("$@" 2>&1)
  rc=$?
}

run "$paiban"
check "no command is a usage error (2)" '[ $rc -eq 2 ] && grep -q "usage:" <<<"$out"'
run "$paiban" --help
check "--help exits 0" '[ $rc -eq 0 ] && grep -q "paiban render" <<<"$out"'
run "$paiban" render --bogus
check "unknown option is a usage error" '[ $rc -eq 2 ] && grep -q "unknown option" <<<"$out"'
run "$paiban" render --styel x.toml
check "unknown option suggests the near one" '[ $rc -eq 2 ] && grep -q "did you mean .--style." <<<"$out"'
run "$paiban" rendr
check "unknown command is a usage error with did-you-mean" '[ $rc -eq 2 ] && grep -q "unknown command .rendr.; did you mean .render." <<<"$out"'
run "$paiban" render a.md b.md
# Several manuscripts are rendered one by one (tests/e2e/many_issues_test.sh);
# each unreadable one is reported by name.
check "two unreadable manuscripts are each reported" '[ $rc -eq 2 ] && grep -q "^a.md: error: cannot read" <<<"$out" && grep -q "^b.md: error: cannot read" <<<"$out"'
run "$paiban" render --style
check "an option without its value is a usage error" '[ $rc -eq 2 ] && grep -q -- "--style" <<<"$out"'

# Help: `COMMAND --help` and `help COMMAND` print the same text, naming the
# command's options; --version names the libraries linked.
run "$paiban" render --help
render_help=$out
check "render --help exits 0 and lists its options" '[ $rc -eq 0 ] && grep -q "usage: paiban render" <<<"$out" && grep -q -- "-o,--output OUT.pdf" <<<"$out" && grep -q -- "--plugin-path DIR" <<<"$out"'
run "$paiban" help render
check "help render is render --help" '[ $rc -eq 0 ] && [ "$out" = "$render_help" ]'
run "$paiban" help
check "help alone is the program help" '[ $rc -eq 0 ] && grep -q "check-style" <<<"$out" && grep -q "exit status" <<<"$out"'
run "$paiban" help rendr
check "help for an unknown command says so" '[ $rc -eq 2 ] && grep -q "did you mean .render." <<<"$out"'
run "$paiban" check-style --help
check "check-style --help" '[ $rc -eq 0 ] && grep -q "usage: paiban check-style" <<<"$out"'
run "$paiban" --version
names_libraries() { local l; for l in HarfBuzz FreeType Fontconfig ICU PoDoFo cmark-gfm toml CLI11; do grep -qE "^  $l[+]* +[0-9]" <<<"$out" || return 1; done; }
check "--version names paiban and the linked libraries" '[ $rc -eq 0 ] && grep -qE "^paiban [0-9]+\.[0-9]+" <<<"$out" && names_libraries'

run "$paiban" render "$work/missing.md"
check "missing manuscript is bad input" '[ $rc -eq 2 ] && grep -q "missing.md: error: cannot read" <<<"$out"'

# A style sheet with a mistake: exit 2 with file:line:col, and an existing
# PDF at the output path stays as it was.
cp "$src/samples/2025-01/issue.md" "$work/issue.md"
printf 'extends = "%s"\n\n[typography]\nkinsokuu = "strict"\n' "$src/styles/xuchang.toml" > "$work/bad.toml"
echo "OLD PDF" > "$work/out.pdf"
run "$paiban" render "$work/issue.md" --style "$work/bad.toml" -o "$work/out.pdf"
check "bad style exits 2" '[ $rc -eq 2 ]'
check "bad style names file:line:col" 'grep -qE "bad.toml:4:1: error: .*kinsokuu" <<<"$out"'
check "failed run leaves the old PDF untouched" '[ "$(cat "$work/out.pdf")" = "OLD PDF" ]'
check "failed run leaves no temporary file" '[ "$(ls -A "$work" | grep -c tmp)" -eq 0 ]'

run "$paiban" check-style "$work/bad.toml"
check "check-style reports the mistake" '[ $rc -eq 2 ] && grep -q "bad.toml:4:1" <<<"$out"'
run "$paiban" check-style "$src/styles/xuchang.toml"
check "check-style accepts the house style" '[ $rc -eq 0 ]'

# Without -o the PDF goes next to the manuscript.
run "$paiban" render "$work/issue.md" --style "$src/styles/xuchang.toml"
check "render without -o exits 0" '[ $rc -eq 0 ]'
check "render without -o writes issue.pdf" '[ -s "$work/issue.pdf" ] && head -c 8 "$work/issue.pdf" | grep -q "%PDF-1.6"'

# -o FILE, -oFILE, --output FILE and --output=FILE are the same option.
for form in "-o|$work/o1.pdf" "-o$work/o2.pdf" "--output|$work/o3.pdf" "--output=$work/o4.pdf"; do
  IFS='|' read -ra words <<<"$form"
  run "$paiban" render "$work/issue.md" "${words[@]}"
  check "output option form ${words[0]%%/*}" '[ $rc -eq 0 ]'
done
check "every output form writes the same PDF" 'cmp -s "$work/o1.pdf" "$work/o2.pdf" && cmp -s "$work/o1.pdf" "$work/o3.pdf" && cmp -s "$work/o1.pdf" "$work/o4.pdf" && cmp -s "$work/o1.pdf" "$work/issue.pdf"'

# A manuscript error: exit 2 with its position.
printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\n+++\n\n# 节\n\n正文<span>x</span>。\n' > "$work/warn.md"
printf '+++\ntitle = "x"\nissue =\n+++\n# 节\n' > "$work/broken.md"
run "$paiban" render "$work/broken.md" -o "$work/broken.pdf"
check "manuscript syntax error exits 2 with a position" '[ $rc -eq 2 ] && grep -qE "broken.md:3:[0-9]+: error" <<<"$out"'
check "no PDF after a failed run" '[ ! -e "$work/broken.pdf" ]'

# An unwritable output folder is a rendering error (1), and says where.
run "$paiban" render "$work/issue.md" --style "$src/styles/xuchang.toml" -o "$work/no/such/dir/x.pdf"
check "unwritable output exits 1" '[ $rc -eq 1 ] && grep -q "error" <<<"$out"'

# A font family that is not installed, and a plugin that does not exist:
# clear errors, and the old PDF stays.
printf 'extends = "%s"\n\n[fonts.song]\nfamily = ["No Such Family SC"]\n' "$src/styles/xuchang.toml" > "$work/nofont.toml"
run "$paiban" render "$work/issue.md" --style "$work/nofont.toml" -o "$work/out.pdf"
check "missing font family fails" '[ $rc -ne 0 ] && grep -q "No Such Family SC" <<<"$out"'
check "missing font leaves the old PDF untouched" '[ "$(cat "$work/out.pdf")" = "OLD PDF" ]'
printf 'extends = "%s"\n\n[[section]]\nmatch = "编者的话"\nplugin = "no_such_plugin"\n' "$src/styles/xuchang.toml" > "$work/noplugin.toml"
run "$paiban" render "$work/issue.md" --style "$work/noplugin.toml" -o "$work/out.pdf"
check "unknown plugin is bad input with its place" '[ $rc -eq 2 ] && grep -qE "noplugin.toml:[0-9]+:[0-9]+: error: .*no_such_plugin" <<<"$out"'
check "unknown plugin leaves the old PDF untouched" '[ "$(cat "$work/out.pdf")" = "OLD PDF" ]'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
