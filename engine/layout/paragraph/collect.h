// Flattens a paragraph's inline runs into one string for shaping, so that
// punctuation compression and kinsoku see across style boundaries
// (`**（文字）**。`: ctex-kit#287, typst#5474).
#pragma once

#include <string>
#include <vector>

#include "paiban/document.h"
#include "text/shaped_text.h"

namespace paiban::layout {

// Inline variants: index into ShapingInput::fonts.
enum Variant : uint8_t { kRegular = 0, kStrong = 1, kEmphasis = 2, kStrongEmphasis = 3, kCode = 4 };

// What is drawn over a character's glyphs (InlineRun's decorations, SDK
// v2). Index 0 of CollectedText::decorations is always "nothing".
struct TextDecoration {
  bool strikethrough = false;
  bool underline = false;
  bool emphasis_dots = false;
  std::string color;  // colour name; empty = the style's
  std::string link;
  bool superscript = false;  // a footnote's mark (InlineRun::Kind::note)
  bool operator==(const TextDecoration&) const = default;
};

struct CollectedText {
  std::u32string text;
  std::vector<uint8_t> variant;
  // Where each character was typed: the inline run and the character's
  // index in the run's text (for diagnostics at file:line:col).
  std::vector<std::pair<uint32_t, uint32_t>> origin;
  // Break controls, removed from `text` (see text::ShapingInput).
  std::vector<uint32_t> break_before, no_break_before, hyphen_before;
  std::vector<uint16_t> decoration;  // per character: index into `decorations`
  std::vector<TextDecoration> decorations{TextDecoration{}};
};

// file:line:col of character `i` of the collected text.
SourceSpan source_of(const CollectedText& collected, const std::vector<InlineRun>& runs,
                     std::size_t i);

// Soft breaks vanish between CJK characters and become spaces elsewhere; a
// space between Han and a Latin letter or digit is dropped because CJK–Latin
// spacing replaces it (CSS text-autospace: replace).
CollectedText collect_inlines(const std::vector<InlineRun>& runs);

}  // namespace paiban::layout
