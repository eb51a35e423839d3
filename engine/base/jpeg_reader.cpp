#include "base/jpeg_reader.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

// jpeglib.h needs FILE and size_t declared first.
#include <jpeglib.h>

#include "base/exif_orientation.h"

namespace paiban {
namespace {

// libjpeg reports errors through a callback that must not return: jump
// back to read_jpeg with the message.
struct ErrorManager {
  jpeg_error_mgr base;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

extern "C" void on_error(j_common_ptr cinfo) {
  auto* mgr = reinterpret_cast<ErrorManager*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, mgr->message);
  std::longjmp(mgr->jump, 1);
}

// Warnings (level −1) are corrupt data libjpeg works around, e.g. a file
// cut short: the PDF viewer may not be as lenient, so they count as errors.
extern "C" void on_message(j_common_ptr cinfo, int level) {
  if (level < 0) on_error(cinfo);
}

// The orientation from the first APP1 segment that holds EXIF data.
ImageOrientation orientation_of(const jpeg_decompress_struct& cinfo) {
  for (jpeg_saved_marker_ptr m = cinfo.marker_list; m; m = m->next) {
    if (m->marker != JPEG_APP0 + 1 || m->data_length < 6 ||
        std::memcmp(m->data, "Exif\0\0", 6) != 0)
      continue;
    return exif_orientation(m->data + 6, m->data_length - 6);
  }
  return ImageOrientation::upright;
}

// The header, then — when `decode_limits` is given — every scanline.
std::optional<ImageHeader> read_jpeg(std::string_view bytes, const ImageLimits* decode_limits,
                                     std::string& error) {
  if (bytes.size() < 3 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
      static_cast<unsigned char>(bytes[1]) != 0xD8) {
    error = "not a JPEG file (no SOI marker)";
    return std::nullopt;
  }
  jpeg_decompress_struct cinfo{};
  ErrorManager err{};
  cinfo.err = jpeg_std_error(&err.base);
  err.base.error_exit = on_error;
  err.base.emit_message = on_message;
  // Everything the jump may skip lives outside this frame's registers:
  // the row buffer is declared before setjmp and only resized after.
  std::vector<unsigned char> row;
  ImageHeader header;
  header.format = ImageFormat::jpeg;
  if (setjmp(err.jump)) {
    error = std::string(decode_limits ? "the JPEG does not decode: " : "the JPEG header is bad: ") +
            err.message;
    jpeg_destroy_decompress(&cinfo);
    return std::nullopt;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  // APP1 holds EXIF; its segments are at most 64 KB.
  jpeg_save_markers(&cinfo, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&cinfo, TRUE);
  header.width = static_cast<int>(cinfo.image_width);
  header.height = static_cast<int>(cinfo.image_height);
  header.components = cinfo.num_components;
  header.bits = cinfo.data_precision;
  header.adobe_app14 = cinfo.saw_Adobe_marker;
  header.orientation = orientation_of(cinfo);
  if (!decode_limits) {
    jpeg_destroy_decompress(&cinfo);
    return header;
  }
  if (auto why =
          over_image_limits(cinfo.image_width, cinfo.image_height,
                            static_cast<std::uint64_t>(cinfo.num_components), *decode_limits)) {
    error = *why;
    jpeg_destroy_decompress(&cinfo);
    return std::nullopt;
  }
  if (header.bits != 8 ||
      (header.components != 1 && header.components != 3 && header.components != 4)) {
    error = "the JPEG has " + std::to_string(header.bits) + "-bit samples and " +
            std::to_string(header.components) +
            " components; PDF readers take 8-bit grey, RGB or CMYK JPEGs";
    jpeg_destroy_decompress(&cinfo);
    return std::nullopt;
  }
  // The decoder's own scale: no colour conversion is needed to validate.
  cinfo.dct_method = JDCT_ISLOW;
  jpeg_start_decompress(&cinfo);
  row.resize(static_cast<std::size_t>(cinfo.output_width) * cinfo.output_components);
  JSAMPROW rows[1] = {row.data()};
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, rows, 1);
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return header;
}

}  // namespace

std::optional<ImageHeader> read_jpeg_header(std::string_view bytes, std::string& error) {
  return read_jpeg(bytes, nullptr, error);
}

std::optional<ImageHeader> decode_jpeg(std::string_view bytes, const ImageLimits& limits,
                                       std::string& error) {
  return read_jpeg(bytes, &limits, error);
}

}  // namespace paiban
