// Images are validated by decoding before they are embedded: corrupt JPEGs
// (header only, 16-bit precision, short frame header), PNGs whose header
// claims more pixels than the limits allow (checked before allocation),
// and the issue-wide budget.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "base/jpeg_reader.h"
#include "base/png_reader.h"
#include "support/test_images.h"

namespace paiban {
namespace {

using testing::make_jpeg;

// SOI, a baseline frame header (precision, size, components), EOI: what a
// "header only" file looks like.
std::string jpeg_header_only(int precision, int width, int height, int components) {
  std::string b = "\xFF\xD8";
  std::string sof = std::string("\xFF\xC0\x00", 3);
  sof.push_back(static_cast<char>(8 + 3 * components));
  sof.push_back(static_cast<char>(precision));
  sof.push_back(static_cast<char>(height >> 8));
  sof.push_back(static_cast<char>(height & 0xFF));
  sof.push_back(static_cast<char>(width >> 8));
  sof.push_back(static_cast<char>(width & 0xFF));
  sof.push_back(static_cast<char>(components));
  for (int i = 0; i < components; ++i) sof += std::string("\x01\x11\x00", 3);
  return b + sof + "\xFF\xD9";
}

TEST(ImageDecode, RealJpegDecodesWithItsFacts) {
  std::string error;
  auto rgb = decode_jpeg(make_jpeg(64, 48, 3), ImageLimits{}, error);
  ASSERT_TRUE(rgb) << error;
  EXPECT_EQ(rgb->width, 64);
  EXPECT_EQ(rgb->height, 48);
  EXPECT_EQ(rgb->components, 3);
  EXPECT_EQ(rgb->bits, 8);
  EXPECT_FALSE(rgb->adobe_app14);
  auto grey = decode_jpeg(make_jpeg(10, 10, 1), ImageLimits{}, error);
  ASSERT_TRUE(grey) << error;
  EXPECT_EQ(grey->components, 1);
}

TEST(ImageDecode, CorruptJpegsAreErrors) {
  std::string error;
  EXPECT_FALSE(decode_jpeg("GIF89a", ImageLimits{}, error));
  EXPECT_EQ(error, "not a JPEG file (no SOI marker)");
  // Header only: no scan data at all.
  EXPECT_FALSE(decode_jpeg(jpeg_header_only(8, 600, 300, 3), ImageLimits{}, error));
  EXPECT_NE(error.find("the JPEG does not decode"), std::string::npos) << error;
  // 16-bit precision: no baseline decoder reads it.
  EXPECT_FALSE(decode_jpeg(jpeg_header_only(16, 600, 300, 3), ImageLimits{}, error));
  EXPECT_NE(error.find("the JPEG does not decode"), std::string::npos) << error;
  // A frame header cut short (length says 17, 5 bytes follow).
  EXPECT_FALSE(decode_jpeg(std::string("\xFF\xD8\xFF\xC0\x00\x11\x08\x01\x2C\x02", 10),
                           ImageLimits{}, error));
  EXPECT_NE(error.find("the JPEG does not decode"), std::string::npos) << error;
  // A real file cut in half: libjpeg would pad it with grey and only warn.
  const std::string whole = make_jpeg(64, 64, 3);
  EXPECT_FALSE(decode_jpeg(whole.substr(0, whole.size() / 2), ImageLimits{}, error));
  EXPECT_NE(error.find("the JPEG does not decode"), std::string::npos) << error;
}

TEST(ImageDecode, JpegOverThePixelLimitIsRefusedBeforeDecoding) {
  ImageLimits small;
  small.max_pixels = 1000;
  std::string error;
  EXPECT_FALSE(decode_jpeg(make_jpeg(64, 48, 3), small, error));
  EXPECT_EQ(error,
            "its header claims 64 × 48 pixels, more than the limit of 0 million pixels ([limits] "
            "image_megapixels)");
}

// A PNG with a signature, IHDR, an empty IDAT and IEND: 57 bytes that
// claim any size.
std::string png_claiming(png_uint_32 width, png_uint_32 height) {
  std::string out = "\x89PNG\r\n\x1a\n";
  auto be32 = [](png_uint_32 v) {
    std::string s(4, '\0');
    for (int i = 0; i < 4; ++i) s[i] = static_cast<char>(v >> (24 - 8 * i));
    return s;
  };
  auto chunk = [&](const std::string& type, const std::string& data) {
    std::string typed = type + data;
    out += be32(static_cast<png_uint_32>(data.size())) + typed;
    // CRC-32 over type and data (PNG spec §5.3).
    png_uint_32 crc = 0xFFFFFFFFu;
    for (unsigned char c : typed) {
      crc ^= c;
      for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    out += be32(crc ^ 0xFFFFFFFFu);
  };
  chunk("IHDR", be32(width) + be32(height) + std::string("\x08\x02\x00\x00\x00", 5));
  chunk("IDAT", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));  // zlib of nothing
  chunk("IEND", "");
  return out;
}

TEST(ImageDecode, PngClaimingHugeSizesIsRefusedBeforeAllocation) {
  std::string error;
  // 30000²: once 3.5 GB allocated before failing; 60000²: libpng's 32-bit
  // size wraps.
  for (png_uint_32 side : {30000u, 60000u}) {
    EXPECT_FALSE(decode_png(png_claiming(side, side), ImageLimits{}, error));
    EXPECT_EQ(error,
              "its header claims " + std::to_string(side) + " × " + std::to_string(side) +
                  " pixels, more than the limit of 100 million pixels ([limits] image_megapixels)");
  }
  // 1 × 2147483647: a figure that once vanished without a word (libpng's
  // own limit of a million rows refuses it first).
  EXPECT_FALSE(decode_png(png_claiming(1, 2147483647u), ImageLimits{}, error));
  EXPECT_EQ(error, "not a readable PNG: Invalid IHDR data");
  // Within the pixel limit but the header lies about the data: decoding fails.
  EXPECT_FALSE(decode_png(png_claiming(100, 100), ImageLimits{}, error));
  EXPECT_NE(error.find("PNG decoding failed"), std::string::npos) << error;
}

TEST(ImageDecode, DecodedBytesLimit) {
  ImageLimits limits;
  limits.max_decoded_bytes = 1000;
  EXPECT_EQ(over_image_limits(100, 100, 3, limits),
            "100 × 100 pixels decode to 1 MiB, more than the limit of 1 MiB ([limits] image_mib)");
  EXPECT_EQ(over_image_limits(10, 10, 3, limits), std::nullopt);
  EXPECT_EQ(over_image_limits(0, 10, 3, limits), "its header claims 0 × 10 pixels");
}

}  // namespace
}  // namespace paiban
