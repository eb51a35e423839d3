// Real image files for tests, written by the libraries that read them
// (link JPEG::JPEG and PNG::PNG): a JPEG or PNG of any size, with an
// EXIF Orientation when asked — what a phone writes for a photo taken
// with the phone turned.
#pragma once

#include <jpeglib.h>
#include <png.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace paiban::testing {

// A minimal big-endian TIFF block holding IFD 0 with one entry: tag 0x0112
// (Orientation), type SHORT, count 1, `orientation`.
inline std::string exif_tiff_with_orientation(int orientation) {
  std::string t("MM\0*\0\0\0\x08", 8);              // header, IFD 0 at offset 8
  t += std::string("\0\x01", 2);                    // one entry
  t += std::string("\x01\x12\0\x03\0\0\0\x01", 8);  // Orientation, SHORT, count 1
  t.push_back('\0');
  t.push_back(static_cast<char>(orientation));
  t += std::string("\0\0", 2);      // value padding
  t += std::string("\0\0\0\0", 4);  // no next IFD
  return t;
}

// A gradient of `components` (1 grey, 3 RGB) at 8 bits; `orientation` 0
// writes no EXIF at all.
inline std::string make_jpeg(int width, int height, int components = 3, int orientation = 0) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &out, &size);
  c.image_width = static_cast<JDIMENSION>(width);
  c.image_height = static_cast<JDIMENSION>(height);
  c.input_components = components;
  c.in_color_space = components == 1 ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_set_defaults(&c);
  jpeg_start_compress(&c, TRUE);
  if (orientation != 0) {
    const std::string app1 = std::string("Exif\0\0", 6) + exif_tiff_with_orientation(orientation);
    jpeg_write_marker(&c, JPEG_APP0 + 1, reinterpret_cast<const JOCTET*>(app1.data()),
                      static_cast<unsigned int>(app1.size()));
  }
  std::vector<unsigned char> row(static_cast<std::size_t>(width * components));
  while (c.next_scanline < c.image_height) {
    for (std::size_t i = 0; i < row.size(); ++i)
      row[i] = static_cast<unsigned char>(i + c.next_scanline);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&c, rows, 1);
  }
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  std::string bytes(reinterpret_cast<char*>(out), size);
  std::free(out);
  return bytes;
}

namespace detail {
extern "C" inline void append_png_bytes(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), length);
}
extern "C" inline void flush_png(png_structp) {}
}  // namespace detail

// An 8-bit PNG of PNG colour type `colour_type` (0 grey, 2 RGB, 3 palette,
// 4 grey+alpha, 6 RGBA); `orientation` 0 writes no eXIf chunk.
inline std::string make_png(int width, int height, int colour_type = PNG_COLOR_TYPE_RGB,
                            int orientation = 0) {
  std::string bytes;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  png_set_write_fn(png, &bytes, detail::append_png_bytes, detail::flush_png);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               colour_type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_color palette[2] = {{0, 0, 0}, {200, 40, 40}};
  if (colour_type == PNG_COLOR_TYPE_PALETTE) png_set_PLTE(png, info, palette, 2);
  std::string tiff;
  if (orientation != 0) {
    tiff = exif_tiff_with_orientation(orientation);
    png_set_eXIf_1(png, info, static_cast<png_uint_32>(tiff.size()),
                   reinterpret_cast<png_bytep>(tiff.data()));
  }
  png_write_info(png, info);
  const int channels = colour_type == PNG_COLOR_TYPE_RGB          ? 3
                       : colour_type == PNG_COLOR_TYPE_RGB_ALPHA  ? 4
                       : colour_type == PNG_COLOR_TYPE_GRAY_ALPHA ? 2
                                                                  : 1;
  std::vector<unsigned char> row(static_cast<std::size_t>(width * channels));
  for (int y = 0; y < height; ++y) {
    for (std::size_t i = 0; i < row.size(); ++i)
      row[i] =
          static_cast<unsigned char>(colour_type == PNG_COLOR_TYPE_PALETTE ? (i + y) & 1 : i + y);
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return bytes;
}

}  // namespace paiban::testing
