#include "base/image_info.h"

#include <cstdint>

namespace paiban {
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

uint32_t be32(std::string_view b, std::size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

uint16_t be16(std::string_view b, std::size_t at) {
  return static_cast<uint16_t>((static_cast<unsigned char>(b[at]) << 8) |
                               static_cast<unsigned char>(b[at + 1]));
}

// PNG §5.3: the signature, then IHDR as the first chunk: length 13, type,
// width, height, bit depth, colour type (§11.2.2).
std::optional<ImageInfo> read_png(std::string_view b, std::string& error) {
  if (b.size() < 8 + 8 + 13) {
    error = "the PNG file ends before its header chunk";
    return std::nullopt;
  }
  if (b.substr(12, 4) != "IHDR" || be32(b, 8) != 13) {
    error = "the PNG file does not start with an IHDR chunk";
    return std::nullopt;
  }
  ImageInfo info;
  info.format = ImageInfo::Format::png;
  const uint32_t w = be32(b, 16), h = be32(b, 20);
  // §11.2.2: zero is invalid and the maximum is 2^31 - 1.
  if (w == 0 || h == 0 || w > 0x7fffffffu || h > 0x7fffffffu) {
    error = "the PNG header gives an invalid size";
    return std::nullopt;
  }
  info.width = static_cast<int>(w);
  info.height = static_cast<int>(h);
  info.bits = static_cast<unsigned char>(b[24]);
  switch (static_cast<unsigned char>(b[25])) {
    case 0:
      info.components = 1;
      break;  // greyscale
    case 2:
      info.components = 3;
      break;  // truecolour
    case 3:
      info.components = 3;
      break;  // indexed: palette entries are RGB
    case 4:
      info.components = 2;
      break;  // greyscale with alpha
    case 6:
      info.components = 4;
      break;  // truecolour with alpha
    default:
      error = "the PNG header has an unknown colour type";
      return std::nullopt;
  }
  return info;
}

// T.81 §B.1.1.3: a frame header marker SOFn is 0xFFC0–0xFFCF except DHT
// (C4), JPG (C8) and DAC (CC).
bool is_frame_header(unsigned char m) {
  return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

// T.81 §B.2: walk the marker segments up to the first frame header, whose
// parameters are P, Y, X, Nf (§B.2.2).
std::optional<ImageInfo> read_jpeg(std::string_view b, std::string& error) {
  std::size_t i = 2;  // after SOI
  while (i + 4 <= b.size()) {
    if (static_cast<unsigned char>(b[i]) != 0xFF) {
      error = "the JPEG file has no frame header where a marker should be";
      return std::nullopt;
    }
    const unsigned char marker = static_cast<unsigned char>(b[i + 1]);
    if (marker == 0xFF) {  // fill byte (§B.1.1.2)
      ++i;
      continue;
    }
    // Markers without a length: TEM, RSTm, SOI, EOI (§B.1.1.3).
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) {
      if (marker == 0xD9) break;
      i += 2;
      continue;
    }
    const std::size_t length = be16(b, i + 2);
    if (length < 2) break;
    if (is_frame_header(marker)) {
      if (i + 2 + 8 > b.size() || length < 8) break;
      ImageInfo info;
      info.format = ImageInfo::Format::jpeg;
      info.bits = static_cast<unsigned char>(b[i + 4]);
      info.height = be16(b, i + 5);
      info.width = be16(b, i + 7);
      info.components = static_cast<unsigned char>(b[i + 9]);
      if (info.width == 0 || info.height == 0) {
        // Y = 0 defers the height to a DNL segment (§B.2.5); we do not read scans.
        error = "the JPEG frame header gives no image size";
        return std::nullopt;
      }
      return info;
    }
    i += 2 + length;
  }
  error = "the JPEG file ends before its frame header";
  return std::nullopt;
}

}  // namespace

std::optional<ImageInfo> read_image_info(std::string_view bytes, std::string& error) {
  if (bytes.substr(0, 8) == kPngSignature) return read_png(bytes, error);
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xD8)
    return read_jpeg(bytes, error);
  error = "not a PNG or JPEG file";
  return std::nullopt;
}

}  // namespace paiban
