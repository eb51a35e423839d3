// `length` options are written like every length of the style sheet ("6pt",
// "3mm", "2字", "小四"), so the style stage's unit rules convert them.
#pragma once

#include <optional>
#include <string>

#include "paiban/length.h"
#include "style/stylesheet.h"
#include "style/units.h"

namespace paiban::plugin {

// `sheet` supplies the body size that relative units (字, em) refer to; with
// no sheet they refer to the default body size. On failure `*error` says why.
// `rules` limits the units (an absolute option takes pt, mm, cm, in only).
std::optional<Length> length_from_option_text(const std::string& text,
                                              const style::StyleSheet* sheet,
                                              const style::LengthRules& rules, std::string* error);

}  // namespace paiban::plugin
