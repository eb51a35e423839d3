// Chooses a face for every character and cuts the text into runs that
// HarfBuzz shapes in one call (same face, same script side).
#pragma once

#include <vector>

#include "text/shaped_text.h"

namespace paiban::text {

// clreq class of each character, with shared code points (“ ” ‘ ’ · … —)
// resolved by context: Chinese unless Latin letters stand on both sides.
std::vector<CharClass> classify_text(const std::u32string& text);

struct ShapingRun {
  uint32_t begin = 0;
  uint32_t end = 0;
  ResolvedFace face;
  bool cjk = false;  // shaped as Han with full-width forms
  uint8_t variant = 0;
};

std::vector<ShapingRun> itemize(const ShapingInput& input, const std::vector<CharClass>& classes,
                                std::vector<MissingChar>& missing);

}  // namespace paiban::text
