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

[styles.body]

[styles.h1]
font = "hei"
size = "四号"
first_line_indent = "0"
space_before = "1em"
align = "left"
keep_with_next = true

[styles.h2]
font = "hei"
size = "小三"
first_line_indent = "0"
space_before = "1em"
align = "left"
keep_with_next = true

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

[masters.first]
header.enabled = false

[masters.left]

[masters.right]
)toml";
}

}  // namespace paiban::style
