#include "base/image_header.h"
// The library facts this reader relies on: docs/stack.md §10.

#include "base/jpeg_reader.h"
#include "base/png_reader.h"

namespace paiban {

std::optional<ImageFormat> image_format(std::string_view bytes) {
  if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return ImageFormat::png;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xD8)
    return ImageFormat::jpeg;
  return std::nullopt;
}

std::optional<ImageHeader> read_image_header(std::string_view bytes, std::string& error) {
  const auto format = image_format(bytes);
  if (!format) {
    error = "not a PNG or JPEG file";
    return std::nullopt;
  }
  return *format == ImageFormat::png ? read_png_header(bytes, error)
                                     : read_jpeg_header(bytes, error);
}

}  // namespace paiban
