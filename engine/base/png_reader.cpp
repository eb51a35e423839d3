#include "base/png_reader.h"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <vector>

#include "base/exif_orientation.h"

namespace paiban {
namespace {

// libpng reads through this callback; running past the end is an error.
struct MemoryReader {
  std::string_view bytes;
  std::size_t at = 0;
};

extern "C" void read_from_memory(png_structp png, png_bytep out, png_size_t length) {
  auto* r = static_cast<MemoryReader*>(png_get_io_ptr(png));
  if (length > r->bytes.size() - r->at) png_error(png, "the file ends early");
  std::memcpy(out, r->bytes.data() + r->at, length);
  r->at += length;
}

// Errors jump back to read_png_header with libpng's message; warnings (an
// ancillary chunk libpng skips) are not the header's problem.
extern "C" void on_png_error(png_structp png, png_const_charp message) {
  auto* text = static_cast<std::string*>(png_get_error_ptr(png));
  *text = message;
  png_longjmp(png, 1);
}

extern "C" void on_png_warning(png_structp, png_const_charp) {}

int components_of(int color_type) {
  switch (color_type) {
    case PNG_COLOR_TYPE_GRAY:
      return 1;
    case PNG_COLOR_TYPE_GRAY_ALPHA:
      return 2;
    case PNG_COLOR_TYPE_RGB:
    case PNG_COLOR_TYPE_PALETTE:  // palette entries are RGB
      return 3;
    default:  // PNG_COLOR_TYPE_RGB_ALPHA: libpng refuses any other type
      return 4;
  }
}

}  // namespace

std::optional<ImageHeader> read_png_header(std::string_view bytes, std::string& error) {
  if (bytes.size() < 8 || png_sig_cmp(reinterpret_cast<png_const_bytep>(bytes.data()), 0, 8)) {
    error = "not a PNG file (no PNG signature)";
    return std::nullopt;
  }
  std::string message;
  png_structp png =
      png_create_read_struct(PNG_LIBPNG_VER_STRING, &message, on_png_error, on_png_warning);
  if (!png) {
    error = "libpng cannot start";
    return std::nullopt;
  }
  png_infop info = png_create_info_struct(png);
  MemoryReader reader{bytes};
  ImageHeader header;
  header.format = ImageFormat::png;
  if (!info || setjmp(png_jmpbuf(png))) {
    error = "the PNG header is bad: " + message;
    png_destroy_read_struct(&png, &info, nullptr);
    return std::nullopt;
  }
  png_set_read_fn(png, &reader, read_from_memory);
  // Everything up to the first image data chunk: IHDR, and eXIf when it
  // comes before the pixels (where PNG 1.5's extension puts it).
  png_read_info(png, info);
  header.width = static_cast<int>(png_get_image_width(png, info));
  header.height = static_cast<int>(png_get_image_height(png, info));
  header.bits = png_get_bit_depth(png, info);
  header.components = components_of(png_get_color_type(png, info));
  png_uint_32 exif_size = 0;
  png_bytep exif = nullptr;
  if (png_get_eXIf_1(png, info, &exif_size, &exif) != 0 && exif)
    header.orientation = exif_orientation(exif, exif_size);
  png_destroy_read_struct(&png, &info, nullptr);
  return header;
}

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

}  // namespace paiban
