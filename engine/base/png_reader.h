// PNG files through libpng: the header (IHDR and, when there is one, the
// eXIf chunk's orientation) and the decode the pdf stage embeds: 8-bit
// samples, palette expanded, alpha split off so it can become an /SMask
// (ISO 32000-1 §11.6.5.3).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/image_header.h"
#include "base/image_limits.h"

namespace paiban {

// The chunks before the image data, read by libpng (CRCs checked); nullopt
// with `error` saying why.
std::optional<ImageHeader> read_png_header(std::string_view bytes, std::string& error);

struct DecodedPng {
  int width = 0, height = 0;  // stored pixels
  bool color = false;         // RGB, else grey
  std::string samples;        // width·height·(3 or 1) bytes
  std::string alpha;          // width·height bytes, empty when opaque
};

// The size is checked against `limits` from the header, before the pixel
// buffer is allocated (libpng's PNG_IMAGE_SIZE wraps at 32 bits).
std::optional<DecodedPng> decode_png(std::string_view bytes, const ImageLimits& limits,
                                     std::string& error);

}  // namespace paiban
