#!/usr/bin/env bash
# Extracts the messages to translate from the sources: strings in
# tr(), tr_format() and N_() (base/translation.h), the help texts handed
# to CLI11 (add_command's summary and details, option and flag descriptions),
# and the patterns of every other message the code puts together
# (po/derive_patterns.py: diagnostics, notes, plugin help).
# Then merges them into every po/<lang>.po (msgmerge): new messages show up
# there untranslated, and `msgfmt --statistics po/zh_CN.po` counts them. Run it after changing messages: bash po/extract-messages.sh
# With --pot FILE it only writes the template (po/check_catalog.py uses it).
set -euo pipefail
pot_only=
if [ "${1:-}" = --pot ]; then pot_only=$(realpath -m "$2"); fi
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t sources < <(git ls-files --cached --others --exclude-standard -- 'engine/*.cpp' | sort)
else
  mapfile -t sources < <(find engine -name '*.cpp' | sort)
fi
common=(--from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS --sort-by-file
  --package-name=paiban)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# xgettext takes one argument of a keyword per run: add_command's summary
# (2) and details (3) need two runs.
xgettext "${common[@]}" -o "$tmp/a.pot" --keyword=tr --keyword=N_ --keyword=tr_format \
  --keyword=add_option:3 --keyword=add_flag:3 --keyword=add_command:2 \
  --keyword=set_help_flag:2 --keyword=set_version_flag:3 "${sources[@]}"
xgettext "${common[@]}" -o "$tmp/b.pot" -k --keyword=add_command:3 "${sources[@]}"
python3 po/derive_patterns.py . --pot "$tmp/c.pot"
msgcat --use-first --sort-by-file -o "$tmp/paiban.pot" "$tmp/a.pot" "$tmp/b.pot" "$tmp/c.pot"
if [ -n "$pot_only" ]; then
  cp "$tmp/paiban.pot" "$pot_only"
  exit 0
fi
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" "$tmp/paiban.pot"
  msgattrib --no-obsolete -o "$po" "$po"  # a message gone from the code leaves the catalog
  echo "$po: $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
done
