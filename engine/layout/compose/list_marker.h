// The marker of a list item: the style's bullet or number form for its
// nesting level, with the item's number written in that form.
#pragma once

#include <string>

#include "style/stylesheet.h"

namespace paiban::layout {

// Level 1 is the outermost list; levels past the style's list repeat its
// last entry. In a number form the first of 1 ① a A i I 一 stands for the
// number (① … ⑳; beyond ⑳ the list marker is (21)); every other character
// is kept.
std::string list_marker(const style::Typography& typo, int level, bool ordered, int number);

// The circled figure of 1 … 50 (① … ⑳ U+2460…, ㉑ … ㉟ U+3251…, ㊱ … ㊿
// U+32B1…); 0 for any other number.
char32_t circled_number(int n);

// `number` written in `form` as above ("①" → ③, "[1]" → [3]); footnote
// numbers use it too. In the circled form a number above `circled_max`
// (or 50) is written (51): callers pass the last number whose circled
// figure their font has.
std::string number_in_form(const std::string& form, int number, int circled_max = 20);

}  // namespace paiban::layout
