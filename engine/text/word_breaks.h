// Break opportunities inside tokens that UAX #14 and clreq leave whole:
// URLs and e-mail addresses at their conventional points (Chicago Manual of
// Style 7.42: after :// and /, before . ? # & = _ - @ ~ %), Latin words at
// their hyphenation points, and, as the last resort, between any two
// characters of a token, so that nothing is ever set outside the measure.
#pragma once

#include <string>
#include <vector>

#include "text/shaped_text.h"

namespace paiban::text {

// `breaks` as find_break_opportunities made it; only `never` positions
// inside tokens (runs of non-CJK, non-space characters) are changed.
// `no_hyphenation[i]` marks characters that are code.
void add_word_breaks(const ShapingInput& input, const std::vector<CharClass>& classes,
                     const std::vector<bool>& no_hyphenation, std::vector<BreakKind>& breaks);

// Whether text[i] (i > 0) belongs to the character before it and must not
// start a line: a combining or enclosing mark, a variation selector or other
// default-ignorable, an emoji skin-tone modifier, anything after a zero width
// joiner, the second of a regional-indicator pair.
bool joins_previous(const std::u32string& text, std::size_t i);

// Every position between two characters that is still `never` becomes
// `rescue`, except inside a grapheme (joins_previous) and at hard breaks.
void add_rescue_breaks(const std::u32string& text, std::vector<BreakKind>& breaks);

// [begin, end) of the URL or e-mail address inside the token [begin, end)
// of `text`, or {0, 0} when the token is neither. Trailing sentence
// punctuation is not part of it.
std::pair<std::size_t, std::size_t> find_address(const std::u32string& text, std::size_t begin,
                                                 std::size_t end);

}  // namespace paiban::text
