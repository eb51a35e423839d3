#include "style/builtin.h"

namespace paiban::style {

std::string_view builtin_stylesheet() {
  // Styles take every key they do not set from body (based_on), so each
  // entry lists only how it differs. Sizes follow docs/typography.md §5.
  return R"toml(
[colors]
black = "cmyk(0,0,0,100)"
white = "cmyk(0,0,0,0)"

[fonts.song]
family = "Noto Serif CJK SC"

[fonts.hei]
family = "Noto Sans CJK SC"

[fonts.kai]
family = "LXGW WenKai"

[fonts.mono]
family = "Noto Sans Mono CJK SC"

[styles.body]

# Headings: each level smaller than the one above, more space above than
# below (a heading sits with what it heads), never left at a column foot.
[styles.h1]
font = "hei"
size = "三号"
line_height = "1.5em"
first_line_indent = "0"
space_before = "1.5em"
align = "left"
keep_with_next = true

[styles.h2]
font = "hei"
size = "四号"
line_height = "1.5em"
first_line_indent = "0"
space_before = "1em"
align = "left"
keep_with_next = true

[styles.h3]
font = "hei"
size = "小四"
line_height = "1.4em"
first_line_indent = "0"
space_before = "1em"
align = "left"
keep_with_next = true

[styles.h4]
font = "hei"
size = "五号"
first_line_indent = "0"
space_before = "1em"
align = "left"
keep_with_next = true

[styles.code]
font = "mono"
latin_font = "mono"
size = "小五"
first_line_indent = "0"
left_indent = "0.5字"
align = "left"

[styles.caption]
font = "kai"
size = "小五"
first_line_indent = "0"
align = "center"

[styles.toc]
first_line_indent = "0"
align = "left"

[styles.box_title]
font = "hei"
first_line_indent = "0"
align = "left"
keep_with_next = true

[styles.running_head]
size = "小五"
line_height = "1.2em"
first_line_indent = "0"
align = "left"

[styles.folio]
size = "小五"
line_height = "1.2em"
first_line_indent = "0"
align = "center"

[styles.quote]
font = "kai"
left_indent = "2字"

[styles.pull_quote]
font = "kai"
size = "小四"
first_line_indent = "0"
align = "center"

# Tables (Composer::table, 三线表 by paiban/blocks.h): cells, header,
# caption and source note, none indented.
[styles.table]
size = "小五"
line_height = "1.5em"
first_line_indent = "0"
align = "left"

[styles.table_header]
based_on = "table"
font = "hei"

[styles.table_caption]
font = "hei"
size = "小五"
first_line_indent = "0"
align = "center"

[styles.table_note]
font = "kai"
size = "小五"
line_height = "1.5em"
first_line_indent = "0"
align = "left"

[masters.first]
header.enabled = false

[masters.left]

[masters.right]
)toml";
}

}  // namespace paiban::style
