// Character classes of clreq (W3C "Requirements for Chinese Text Layout")
// that line breaking, compression and spacing are defined over.
#pragma once

#include <cstdint>

namespace paiban::text {

enum class CharClass : uint8_t {
  han,         // ideographs, kana, CJK symbols set on the em grid
  opening,     // “ ‘ （ 《 〈 「 『 【 〔 ［ ｛ 〖 〘 〚 — blank on the left
  closing,     // ” ’ ） 》 〉 」 』 】 〕 ］ ｝ 〗 〙 〛 — blank on the right
  pause_stop,  // ， 、 。 ． ： ； ！ ？ — blank on the right (GB)
  middle_dot,  // · ・ ‧ — blank on both sides
  dash,        // — ⸺ (a pair of U+2014 forms one 2-em unit)
  ellipsis,    // … ⋯ (a pair forms one 2-em unit of six dots)
  connector,   // ～ – (一字线/浪纹线 as connectors)
  latin,       // Latin (and other alphabetic) letters
  digit,       // 0-9
  space,       // U+0020 and other word spaces
  prefix,      // ￥ $ £ … — may not end a line
  postfix,     // % ‰ ℃ ° ′ ″ — may not start a line
  solidus,     // / ／
  other,       // ASCII punctuation and symbols (+ - . , …)
};

CharClass classify(char32_t cp);

// Shared code points (“ ” ‘ ’ · … —) belong to the class above when they
// sit in Chinese text; these helpers say whether a class is CJK-set.
bool is_cjk_class(CharClass c);
bool is_cjk_punctuation(CharClass c);
// Punctuation whose blank may be compressed (clreq §3.1.6 "adjustable").
bool is_adjustable_punctuation(CharClass c);
bool is_latin_like(CharClass c);  // letters and digits: get CJK–Latin spacing

// clreq §3.1.7 prohibitions, GB/strict level tailorable by the caller.
bool is_line_start_prohibited(char32_t cp, CharClass c, bool strict);
bool is_line_end_prohibited(char32_t cp, CharClass c, bool gb_or_stricter);

}  // namespace paiban::text
