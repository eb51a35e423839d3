// The marker of a list item: the style's bullet or number form for its
// nesting level, with the item's number written in that form.
#pragma once

#include <string>

#include "style/stylesheet.h"

namespace paiban::layout {

// Level 1 is the outermost list; levels past the style's list repeat its
// last entry. In a number form the first of 1 ① a A i I 一 stands for the
// number (① beyond ⑳ becomes (21)); every other character is kept.
std::string list_marker(const style::Typography& typo, int level, bool ordered, int number);

// `number` written in `form` as above ("①" → ③, "[1]" → [3]); footnote
// numbers use it too.
std::string number_in_form(const std::string& form, int number);

}  // namespace paiban::layout
