#include "import/image_format.h"

namespace paiban::import {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

}  // namespace

std::string sniff_image_format(std::string_view b) {
  if (starts_with(b, "\x89PNG\r\n\x1a\n")) return "png";
  if (starts_with(b, "\xFF\xD8\xFF")) return "jpeg";
  if (starts_with(b, "GIF87a") || starts_with(b, "GIF89a")) return "gif";
  if (starts_with(b, "BM")) return "bmp";
  if (starts_with(b, "II*\0") || starts_with(b, std::string_view("MM\0*", 4))) return "tiff";
  if (b.size() >= 12 && starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP") return "webp";
  // EMF: an EMR_HEADER record (type 1) with the " EMF" signature at byte 40.
  if (b.size() >= 44 && starts_with(b, std::string_view("\x01\0\0\0", 4)) &&
      b.substr(40, 4) == " EMF")
    return "emf";
  // WMF: the placeable header's key, or a bare METAHEADER.
  if (starts_with(b, "\xD7\xCD\xC6\x9A") || starts_with(b, std::string_view("\x01\0\x09\0", 4)) ||
      starts_with(b, std::string_view("\x02\0\x09\0", 4)))
    return "wmf";
  std::string_view head = b.substr(0, 512);
  if (head.find("<svg") != std::string_view::npos) return "svg";
  return "";
}

std::string image_extension(const std::string& format) {
  if (format == "jpeg") return "jpg";
  if (format == "tiff") return "tif";
  return format.empty() ? "bin" : format;
}

bool is_placeable(const std::string& format) {
  return format == "png" || format == "jpeg";
}

std::string conversion_hint(const std::string& format, const std::string& file,
                            const std::string& png) {
  if (format == "emf" || format == "wmf" || format == "svg")
    return "it is a vector drawing (" + format +
           "): convert it, e.g. `libreoffice --headless --convert-to png " + file +
           "` (or in Word: right-click → 另存为图片 → PNG), and save it as " + png;
  if (format == "webp")
    return "convert it, e.g. `dwebp " + file + " -o " + png + "` (package webp)";
  return "convert it to PNG with an image editor and save it as " + png;
}

}  // namespace paiban::import
