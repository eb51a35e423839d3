// JPEG files through libjpeg(-turbo): the header (size, components,
// precision, Adobe marker, EXIF orientation from the APP1 segment), and a
// full decode that proves the file decodes. A JPEG is embedded in the PDF
// as it is (/DCTDecode), so a file that does not decode here would make an
// undecodable PDF: header-only files, 12/16-bit precision and short frame
// headers fail here instead of at the printer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/image_header.h"
#include "base/image_limits.h"

namespace paiban {

// The header, without decoding a scanline; nullopt with `error` saying why.
std::optional<ImageHeader> read_jpeg_header(std::string_view bytes, std::string& error);

// The header when every scanline decodes within `limits`; nullopt with
// `error` saying why otherwise. Warnings libjpeg would only print (a
// truncated file it pads with grey) are errors too, and only 8-bit grey,
// RGB and CMYK JPEGs (what PDF readers take) are accepted.
std::optional<ImageHeader> decode_jpeg(std::string_view bytes, const ImageLimits& limits,
                                       std::string& error);

}  // namespace paiban
