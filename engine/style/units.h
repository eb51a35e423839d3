// Lengths as editors write them: "10.5pt", "3mm", "2字", "1.2em", "五号".
// The only place where 号, mm and 字 become scaled points (docs/code-style.md point 4).
// Public for the plugin-option validator, which resolves `length` options
// with the same rules and messages as the style sheet.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paiban/length.h"

namespace paiban::style {

// What relative lengths are relative to. `em` (and 字, one Han character) is
// the size of the style being read, or the body size at top level.
// `size_table_pt` maps canonical 号 names ("五号", "小五", …) to points.
struct LengthContext {
  Length em = Length::pt(10.5);
  std::map<std::string, double> size_table_pt;
};

// Accepts a number with one of the units pt (1/72 in), mm, cm, in, em, 字,
// an optional space between them, "0" without a unit, or a 号 name from
// ctx.size_table_pt ("五号", also "五" and "小五号"). On failure returns
// nullopt and, when `error` is given, a sentence saying what is allowed.
std::optional<Length> parse_length(std::string_view text, const LengthContext& ctx,
                                   std::string* error);

// em = 10.5 pt and the 号 table of docs/typography.md §5, ctex "word" row (五号 =
// 10.5 pt). The clreq/letterpress row differs (三号 = 15.75 or 16 pt), so the
// table is a setting ([sizes]), not a constant.
LengthContext default_length_context();

// The 16 canonical 号 names, largest first: 初号 小初 一号 … 七号 八号.
const std::vector<std::string>& size_names();

// "五" and "五号" → "五号"; "小五号" → "小五"; nullopt for anything else.
std::optional<std::string> canonical_size_name(std::string_view name);

// What parse_length may accept. The [sizes] table itself takes only absolute
// units: an em there would be circular.
struct LengthRules {
  bool relative = true;    // em and 字
  bool size_names = true;  // 号 names
};
std::optional<Length> parse_length_with(std::string_view text, const LengthContext& ctx,
                                        LengthRules rules, std::string* error);

}  // namespace paiban::style
