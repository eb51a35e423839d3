#include "pdf/png_image.h"

#include <png.h>

#include <cstring>
#include <vector>

namespace paiban::pdf {

std::optional<DecodedPng> decode_png(std::string_view bytes, const ImageLimits& limits,
                                     std::string& error) {
  png_image img;
  std::memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&img, bytes.data(), bytes.size())) {
    error = std::string("not a readable PNG: ") + img.message;
    return std::nullopt;
  }
  DecodedPng out;
  out.width = static_cast<int>(img.width);
  out.height = static_cast<int>(img.height);
  out.color = (img.format & PNG_FORMAT_FLAG_COLOR) != 0;
  const bool alpha = (img.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  img.format = (out.color ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY) | (alpha ? PNG_FORMAT_FLAG_ALPHA : 0);
  const std::uint64_t bytes_per_pixel = (out.color ? 3 : 1) + (alpha ? 1 : 0);
  // Twice the samples while the alpha is split off: count both.
  if (auto why =
          over_image_limits(img.width, img.height, bytes_per_pixel * (alpha ? 2 : 1), limits)) {
    error = *why;
    png_image_free(&img);
    return std::nullopt;
  }
  const std::size_t stride = static_cast<std::size_t>(img.width) * bytes_per_pixel;
  std::vector<unsigned char> buf(stride * img.height);
  if (!png_image_finish_read(&img, nullptr, buf.data(), static_cast<png_int_32>(stride), nullptr)) {
    error = std::string("PNG decoding failed: ") + img.message;
    png_image_free(&img);
    return std::nullopt;
  }
  const std::size_t channels = out.color ? 3 : 1;
  const std::size_t pixels = static_cast<std::size_t>(out.width) * out.height;
  if (!alpha) {
    out.samples.assign(reinterpret_cast<const char*>(buf.data()), buf.size());
    return out;
  }
  out.samples.resize(pixels * channels);
  out.alpha.resize(pixels);
  bool opaque = true;
  for (std::size_t p = 0; p < pixels; ++p) {
    const unsigned char* px = &buf[p * (channels + 1)];
    std::memcpy(&out.samples[p * channels], px, channels);
    out.alpha[p] = static_cast<char>(px[channels]);
    opaque = opaque && px[channels] == 0xFF;
  }
  // An all-opaque alpha channel needs no soft mask.
  if (opaque) out.alpha.clear();
  return out;
}

}  // namespace paiban::pdf
