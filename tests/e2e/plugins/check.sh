#!/usr/bin/env bash
# The section plugins end to end: renders this folder's manuscript with its
# style sheet, and the bundled sample with the house style, then checks on
# the PDFs' text what each plugin must put on the page.
# usage: check.sh PAIBAN SOURCE_DIR WORK_DIR
set -u
paiban=$1 src=$2 work=$3
mkdir -p "$work"
failures=0
check() {  # check NAME CONDITION
  if eval "$2"; then echo "ok   - $1"; else echo "FAIL - $1"; failures=$((failures + 1)); fi
}
# Page text in content order (-raw: column by column), every kind of space
# removed: pdftotext spaces CJK runs freely.
page_text() { pdftotext -raw -f "$2" -l "$2" -enc UTF-8 "$1" - | tr -d ' \n\t\f' | sed 's/\xe2\x80\x82//g'; }
count() { grep -o -- "$2" <<<"$1" | wc -l; }

out=$("$paiban" render "$src/tests/e2e/plugins/sections.md" \
  --style "$src/tests/e2e/plugins/plugins.toml" -o "$work/sections.pdf" 2>&1)
rc=$?
check "the plugin sample renders without a diagnostic" '[ $rc -eq 0 ] && [ -z "$out" ]'
pages=$(pdfinfo "$work/sections.pdf" | awk '/^Pages:/ {print $2}')
check "the plugin sample has 2 pages" '[ "$pages" = 2 ]'
p1=$(page_text "$work/sections.pdf" 1)
p2=$(page_text "$work/sections.pdf" 2)
check "masthead: permit number from the front matter" 'grep -q "准印证号：样张-0000（非真实编号）" <<<"$p1"'
check "masthead: notice, 期号, publisher, Chinese date" \
  'grep -q "内部资料，免费交流" <<<"$p1" && grep -q "2025年第2期" <<<"$p1" && grep -q "编印：许昌市科学技术情报研究所" <<<"$p1" && grep -q "2025年2月10日" <<<"$p1"'
check "masthead: contents of sections only, with page numbers" \
  'grep -q "本期要目编者的话\.*1行业动态\.*1行业趋势\.*2" <<<"$p1"'
check "editors_note: the signature once" '[ "$(count "$p1" "——编者")" = 1 ]'
check "industry_news: three items with the ◆ marker" '[ "$(count "$p1" "◆示例条目")" = 3 ]'
quote="“引语只是把文中已有的话再排一次，原文一个字也不改，也不删。”"
check "industry_trends: the pull quote repeats its quotation (twice in the text)" \
  '[ "$(count "$p2" "$quote")" = 2 ]'
check "industry_trends: a short quotation is never pulled" '[ "$(count "$p2" "“样张”")" = 1 ]'

# The house style on the bundled sample: no permit in the front matter, so
# no permit line; the name on its band and the contents with articles.
out=$("$paiban" render -o "$work/sample.pdf" 2>&1)
rc=$?
check "the sample renders with the house style" '[ $rc -eq 0 ]'
s1=$(page_text "$work/sample.pdf" 1)
check "house masthead: no permit line without a permit" '! grep -q "准印证" <<<"$s1"'
check "house masthead: name, notice and date" \
  'grep -q "许昌竞争情报快递" <<<"$s1" && grep -q "内部资料，免费交流" <<<"$s1" && grep -q "2025年1月6日" <<<"$s1"'
check "house masthead: contents list the articles" 'grep -q "深度求索大模型：“花小钱办大事”\.*4" <<<"$s1"'

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
