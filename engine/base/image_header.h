// The one image reader of the engine (PNG through libpng, JPEG through
// libjpeg-turbo, the EXIF orientation through libexif): what layout needs
// to place an image and the pdf stage needs to embed it, read by the
// libraries that decode it, never by hand.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace paiban {

enum class ImageFormat { png, jpeg };

// EXIF tag 0x0112: how the stored pixels must be turned to be seen upright
// (CIPA DC-008 §4.6.4). The values are the tag's.
enum class ImageOrientation : std::uint8_t {
  upright = 1,
  mirrored = 2,                 // flipped left–right
  upside_down = 3,              // turned 180°
  flipped = 4,                  // flipped top–bottom
  transposed = 5,               // mirrored across the top-left–bottom-right diagonal
  turned_clockwise = 6,         // stored lying on its left side: turn 90° clockwise to view
  transversed = 7,              // mirrored across the other diagonal
  turned_counterclockwise = 8,  // turn 90° counterclockwise (270° clockwise) to view
};

// True when the upright picture's width is the stored height (5–8).
inline bool swaps_axes(ImageOrientation o) {
  return static_cast<int>(o) >= 5;
}

struct ImageHeader {
  ImageFormat format = ImageFormat::png;
  int width = 0;  // stored pixels
  int height = 0;
  // Colour components per pixel including alpha: PNG grey 1, grey+alpha 2,
  // RGB and palette 3, RGBA 4; JPEG 1 grey, 3 YCbCr, 4 CMYK/YCCK.
  int components = 0;
  int bits = 8;  // bits per sample as stored
  ImageOrientation orientation = ImageOrientation::upright;
  bool adobe_app14 = false;  // JPEG Adobe marker: Photoshop stores CMYK inverted

  // The size as the picture is seen, after its orientation is applied.
  int upright_width() const { return swaps_axes(orientation) ? height : width; }
  int upright_height() const { return swaps_axes(orientation) ? width : height; }
};

// PNG or JPEG, told by the file's signature.
std::optional<ImageFormat> image_format(std::string_view bytes);

// The header of a PNG or JPEG file, read by its library without decoding
// pixels; nullopt with `error` saying why when the bytes are neither, or
// the library refuses the header (cut off, invalid size, unknown type).
std::optional<ImageHeader> read_image_header(std::string_view bytes, std::string& error);

}  // namespace paiban
