// What the PDF image dictionary needs from a JPEG file, read from its
// markers (ITU T.81 §B.2) without decoding: the data is embedded unchanged
// with /DCTDecode (ISO 32000-1 §7.4.8).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace paiban::pdf {

struct JpegInfo {
  int width = 0, height = 0;
  int components = 0;  // 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
  int bits = 8;
  bool adobe_app14 = false;  // Adobe marker: Photoshop stores CMYK inverted
};

// nullopt with `error` set when the bytes are no JPEG or have no frame header.
std::optional<JpegInfo> read_jpeg_info(std::string_view bytes, std::string& error);

}  // namespace paiban::pdf
