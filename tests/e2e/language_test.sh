#!/usr/bin/env bash
# Messages, help and notes in Simplified Chinese when the locale is zh_CN,
# English otherwise; file:line:col stays first. The zh_CN.UTF-8 locale need
# not be generated on the machine (paiban falls back to naming the language
# through LANGUAGE, engine/cli/language.cpp), so this runs on a bare CI box.
# Arguments: PAIBAN SOURCE_DIR.
set -u
source "$(dirname "$0")/check_lib.sh" "$@"
cd "$work"
on_fail() { head -5 "$work/last.log"; }
zh() { env -u LANGUAGE -u LC_MESSAGES -u LANG LC_ALL=zh_CN.UTF-8 "$@"; }
en() { env -u LANGUAGE -u LC_MESSAGES -u LANG LC_ALL=C "$@"; }

# A known error in both languages.
zh "$paiban" render missing.md >out 2>last.log
check "zh_CN: the exit status is unchanged" "[ $? = 2 ]"
check "LC_ALL=zh_CN.UTF-8: the message in Chinese, the place first" \
  "grep -q '^missing.md: 错误: 无法读取稿件：' last.log"
env -u LC_ALL -u LC_MESSAGES LANGUAGE=zh_CN LANG=C.UTF-8 "$paiban" render missing.md 2>last.log
check "LANGUAGE=zh_CN: Chinese" "grep -q '^missing.md: 错误: 无法读取稿件：' last.log"
env -u LC_ALL -u LANGUAGE LANG=zh_CN.UTF-8 "$paiban" render missing.md 2>last.log
check "LANG=zh_CN.UTF-8: Chinese" "grep -q '^missing.md: 错误: 无法读取稿件：' last.log"
en "$paiban" render missing.md 2>last.log
check "LC_ALL=C: English" "grep -qx 'missing.md: error: cannot read the manuscript: No such file or directory' last.log"
env -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 LC_ALL=C "$paiban" render missing.md 2>last.log
check "LC_ALL=C overrides LANG=zh_CN: English" "grep -q '^missing.md: error: cannot read the manuscript' last.log"
env -u LANGUAGE -u LC_MESSAGES -u LC_ALL LANG=fr_FR.UTF-8 "$paiban" render missing.md 2>last.log
check "a language without a catalog: English" "grep -q '^missing.md: error: cannot read the manuscript' last.log"

# Many mistakes: every diagnostic at the same place in the same order, in
# Chinese with its notes, and nothing left in English words.
cp "$src/samples/2025-01/issue.md" issue.md
sed -e 's/^# 行业动态/# 行业动太/' -e 's/^issue = /isue = /' -e 's/^publisher = /publsher = /' \
  issue.md >typos.md
cat >bad.toml <<TOML
extends = "$src/styles/xuchang.toml"
[fonts.kai]
family = ["No Such Kai SC"]
[[section]]
match = "编者的话"
plugin = "editors_note"
options = { frme = "tint" }
[[section]]
match = "行业动态"
plugin = "industry_newz"
TOML
en "$paiban" check typos.md --style bad.toml >/dev/null 2>en.log
en_rc=$?
zh "$paiban" check typos.md --style bad.toml >/dev/null 2>last.log
zh_rc=$?
check "the same exit status in both languages" "[ $en_rc = 2 ] && [ $zh_rc = 2 ]"
places() { sed -E 's/^([^ ]*:[0-9]+:[0-9]+): .*/\1/' "$1"; }
check "the same places, in the same order" "[ \"\$(places en.log)\" = \"\$(places last.log)\" ] && [ \$(wc -l <en.log) -ge 10 ]"
check "front-matter typo in Chinese at its line" \
  "grep -qx 'typos.md:3:1: 错误: 未知的前置信息键“isue”；是不是要写“issue”？' last.log"
check "a plugin option in Chinese, the parts in Chinese word order" \
  "grep -q '^bad.toml:7:20: 错误: 插件“editors_note”没有选项“frme” \[插件“editors_note”, 栏目“编者的话”\]$' last.log"
check "notes in Chinese" "grep -q '^bad.toml:7:20: 提示: 是不是要写“frame”？$' last.log"
check "the section did-you-mean in Chinese" "grep -q '^typos.md:13:1: 警告: 栏目“行业动太”没有对应的 \[\[section\]\] 条目；是不是“行业动态”' last.log"
check "no English severity words left" "! grep -qE ': (error|warning|note): ' last.log"

# A style sheet's mistakes.
printf '[page]\nsise = "A4"\n[typography]\nkinsoku = "strikt"\n' >typo-style.toml
zh "$paiban" check-style typo-style.toml >/dev/null 2>last.log
check "style: an unknown key in Chinese at its place" \
  "grep -qx 'typo-style.toml:2:1: 错误: \[page\] 里没有“sise”这个键；是不是要写“size”？' last.log"
check "style: an unknown value in Chinese" \
  "grep -qx 'typo-style.toml:4:11: 错误: typography.kinsoku：未知的值“strikt”；是不是要写“strict”？' last.log"

# Messages joined from pieces made in different places: a key before a
# message, a list of names, a hint in parentheses, a quoted name kept.
printf '[page]\nsize = "A4"\n[styles.body]\nsize = "12px"\n' >px.toml
zh "$paiban" check-style px.toml >/dev/null 2>last.log
check "a key, a list and a parenthesised piece, each in Chinese" \
  "grep -qx 'px.toml:4:8: 错误: styles.body.size：\"12px\" 中的单位 \"px\" 未知：请用 pt、mm、cm、in、em 或 字（px 是屏幕单位；印刷需要实际尺寸）' last.log"
check "a list of allowed keys joined with 、 and 或" \
  "zh \"$paiban\" check-style typo-style.toml 2>&1 | grep -q '^typo-style.toml:2:1: 提示: 这里可以用的键：size、width、height、.* 或 footer$'"

# Help and usage errors.
zh "$paiban" help render >last.log 2>&1
check "help in Chinese" "grep -q '^用法: paiban render' last.log && grep -q 'PDF 写到哪里' last.log"
zh "$paiban" rendr >/dev/null 2>last.log
check "an unknown command in Chinese" "grep -qx 'paiban: 错误: 未知命令“rendr”；是不是要写“render”？' last.log"
en "$paiban" help render >last.log 2>&1
check "help in English" "grep -q '^usage: paiban render' last.log && grep -q 'Where to write the PDF' last.log"

# The commands' own reports.
SOURCE_DATE_EPOCH=1740787200 zh "$paiban" new 2025-03 --issue 3 >last.log 2>&1
check "new reports in Chinese" "grep -qx '已建立 2025-03/issue.md：2025年第3期，2025-03-01' last.log"
zh "$paiban" new 2025-03 >/dev/null 2>last.log
check "new refuses in Chinese, the folder first" "grep -qx '2025-03: 错误: 文件夹不是空的；paiban new 从不覆盖已有文件' last.log"
zh "$paiban" check 2025-03/issue.md >last.log 2>&1
check "check reports in Chinese" "grep -q '^2025-03/issue.md：没有问题（3 个栏目' last.log"

# Only messages change: the PDF is byte-identical in any language, also
# where the locale would write numbers with a decimal comma.
en "$paiban" render issue.md -o en.pdf 2>/dev/null
zh "$paiban" render issue.md -o zh.pdf 2>/dev/null
env -u LANGUAGE -u LC_ALL LANG=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8 "$paiban" render issue.md -o de.pdf 2>/dev/null
check "the PDF does not depend on the language" "cmp -s en.pdf zh.pdf && cmp -s en.pdf de.pdf"

echo "language test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
