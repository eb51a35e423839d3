// A JPEG is embedded as it is (/DCTDecode), so a file that does not decode
// would make an undecodable PDF. Decoding it once with libjpeg(-turbo), one
// scanline at a time, proves it decodes — header-only files, 12/16-bit
// precision and short frame headers fail here instead of at the printer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pdf/image_limits.h"

namespace paiban::pdf {

struct JpegFacts {
  int width = 0, height = 0;
  int components = 0;  // 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
  int bits = 8;
  bool adobe_app14 = false;  // Adobe marker: Photoshop stores CMYK inverted
};

// The facts when every scanline decodes within `limits`; nullopt with
// `error` saying why otherwise. Warnings libjpeg would only print (a
// truncated file it pads with grey) are errors too.
std::optional<JpegFacts> decode_jpeg(std::string_view bytes, const ImageLimits& limits,
                                     std::string& error);

}  // namespace paiban::pdf
