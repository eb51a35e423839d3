// What layout needs to know about an image file before placing it: its
// format, pixel size and number of colour components, read from the PNG
// IHDR chunk (PNG spec §11.2.2) or the JPEG frame header (ITU T.81 §B.2.2)
// without decoding any pixels.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace paiban {

struct ImageInfo {
  enum class Format { png, jpeg };
  Format format = Format::png;
  int width = 0;  // pixels
  int height = 0;
  // Colour components per pixel including alpha: PNG grey 1, grey+alpha 2,
  // RGB and palette 3, RGBA 4; JPEG 1 grey, 3 YCbCr, 4 CMYK/YCCK.
  int components = 0;
  int bits = 8;  // bits per sample as stored
};

// nullopt with `error` saying why when the bytes are neither a PNG nor a
// JPEG, or are cut off before the size is known.
std::optional<ImageInfo> read_image_info(std::string_view bytes, std::string& error);

}  // namespace paiban
