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

struct CollectedText {
  std::u32string text;
  std::vector<uint8_t> variant;
};

// Soft breaks vanish between CJK characters and become spaces elsewhere; a
// space between Han and a Latin letter or digit is dropped because CJK–Latin
// spacing replaces it (CSS text-autospace: replace).
CollectedText collect_inlines(const std::vector<InlineRun>& runs);

}  // namespace paiban::layout
