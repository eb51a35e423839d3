// Where a line may break: ICU's UAX #14 opportunities (locale zh), tailored
// by clreq, which UAX #14 gets wrong for Chinese (its QU class for “ ” —
// w3c/clreq#245) and which adds rules UAX #14 lacks (strict kinsoku for ——
// and ……, no breaks inside Latin words at hyphens in Chinese text).
#pragma once

#include <string>
#include <vector>

#include "text/shaped_text.h"

namespace paiban::text {

// For each character boundary i (between text[i-1] and text[i]), 1 <= i < n:
// result[i]. result[0] is `never`.
std::vector<BreakKind> find_break_opportunities(const std::u32string& text,
                                                const std::vector<CharClass>& classes,
                                                style::KinsokuLevel level);

}  // namespace paiban::text
