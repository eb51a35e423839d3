// PNG decoding with libpng's simplified API: 8-bit samples, palette
// expanded, alpha split off so it can become an /SMask (ISO 32000-1 §11.6.5.3).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace paiban::pdf {

struct DecodedPng {
  int width = 0, height = 0;
  bool color = false;   // RGB, else grey
  std::string samples;  // width·height·(3 or 1) bytes
  std::string alpha;    // width·height bytes, empty when opaque
};

std::optional<DecodedPng> decode_png(std::string_view bytes, std::string& error);

}  // namespace paiban::pdf
