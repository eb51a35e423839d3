#include "pdf/jpeg_info.h"

#include <cstdint>

namespace paiban::pdf {
namespace {

int u8(std::string_view b, std::size_t i) {
  return static_cast<unsigned char>(b[i]);
}
int u16(std::string_view b, std::size_t i) {
  return (u8(b, i) << 8) | u8(b, i + 1);
}

bool is_sof(int m) {
  // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
  return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

}  // namespace

std::optional<JpegInfo> read_jpeg_info(std::string_view b, std::string& error) {
  if (b.size() < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8) {
    error = "not a JPEG file (no SOI marker)";
    return std::nullopt;
  }
  JpegInfo info;
  bool have_frame = false;
  std::size_t i = 2;
  while (i + 4 <= b.size()) {
    if (u8(b, i) != 0xFF) {
      error = "corrupt JPEG marker structure";
      return std::nullopt;
    }
    int marker = u8(b, i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) break;                 // EOI / start of scan
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      i += 2;
      continue;
    }
    std::size_t len = static_cast<std::size_t>(u16(b, i + 2));
    if (len < 2 || i + 2 + len > b.size()) {
      error = "truncated JPEG segment";
      return std::nullopt;
    }
    std::size_t seg = i + 4;
    if (is_sof(marker) && len >= 8) {
      info.bits = u8(b, seg);
      info.height = u16(b, seg + 1);
      info.width = u16(b, seg + 3);
      info.components = u8(b, seg + 5);
      have_frame = true;
    } else if (marker == 0xEE && len >= 14 && b.substr(seg, 5) == std::string_view("Adobe", 5)) {
      info.adobe_app14 = true;
    }
    i += 2 + len;
  }
  if (!have_frame || info.width <= 0 || info.height <= 0) {
    error = "JPEG without a usable frame header";
    return std::nullopt;
  }
  if (info.components != 1 && info.components != 3 && info.components != 4) {
    error = "JPEG with " + std::to_string(info.components) + " colour components";
    return std::nullopt;
  }
  return info;
}

}  // namespace paiban::pdf
