// libFuzzer target for image files, through the engine's one image reader
// (base/image_header.h): any bytes are read as layout reads a placed image
// (the header: size, components, EXIF orientation) and decoded as the pdf
// stage decodes it before embedding. Never a crash, an allocation beyond
// the limits, or a decode that disagrees with its header.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/image_header.h"
#include "base/jpeg_reader.h"
#include "base/png_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Small limits: the fuzzer's memory budget, and the limit checks are what
  // stands between a 70-byte header and a huge allocation.
  paiban::ImageLimits limits;
  limits.max_pixels = 4'000'000;
  limits.max_decoded_bytes = 32ull << 20;

  std::string error;
  const auto header = paiban::read_image_header(bytes, error);
  if (!header) {
    if (error.empty()) __builtin_trap();  // every refusal says why
  } else {
    if (header->width <= 0 || header->height <= 0 || header->components < 1 ||
        header->components > 4 || header->bits < 1 || header->bits > 16)
      __builtin_trap();
    const int o = static_cast<int>(header->orientation);
    if (o < 1 || o > 8) __builtin_trap();
    if (static_cast<long long>(header->upright_width()) * header->upright_height() !=
        static_cast<long long>(header->width) * header->height)
      __builtin_trap();
  }

  const auto format = paiban::image_format(bytes);
  if (format == paiban::ImageFormat::jpeg) {
    const auto decoded = paiban::decode_jpeg(bytes, limits, error);
    // What decodes has a header, and the same one.
    if (decoded &&
        (!header || decoded->width != header->width || decoded->height != header->height ||
         decoded->orientation != header->orientation))
      __builtin_trap();
  } else {
    // The pdf stage decodes anything that is not a JPEG as a PNG.
    const auto png = paiban::decode_png(bytes, limits, error);
    if (png) {
      if (!header || png->width != header->width || png->height != header->height) __builtin_trap();
      const std::size_t pixels = static_cast<std::size_t>(png->width) * png->height;
      if (png->samples.size() != pixels * (png->color ? 3 : 1)) __builtin_trap();
      if (!png->alpha.empty() && png->alpha.size() != pixels) __builtin_trap();
    }
  }
  return 0;
}
