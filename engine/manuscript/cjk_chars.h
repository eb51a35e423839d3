// Character classes the manuscript reader needs to treat Chinese text the
// way a Chinese writer means it (soft line breaks, emphasis delimiters).
#pragma once

namespace paiban::manuscript {

// East Asian wide characters of Chinese and Japanese text: ideographs, kana,
// bopomofo, CJK symbols and punctuation, full-width forms (UAX #11 W/F).
// Hangul is left out on purpose: Korean separates words with spaces.
bool is_cjk_wide(char32_t cp);

// Punctuation that Unicode gives ambiguous width (UAX #11 "A") but that is
// full-width in Chinese text: “ ” ‘ ’ — … ·.
bool is_cjk_ambiguous_punct(char32_t cp);

// CommonMark "Unicode whitespace" (§2.1): Zs, tab, LF, FF, CR.
bool is_unicode_whitespace(char32_t cp);

// Whether a soft line break between `before` and `after` disappears:
// CSS Text 3 §4.1.2 removes it between two wide characters; Chinese quotes
// and dashes next to a wide character join too, since clreq §3.1 sets them
// full-width.
bool soft_break_vanishes(char32_t before, char32_t after);

}  // namespace paiban::manuscript
