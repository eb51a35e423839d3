// Image headers: PNG IHDR and JPEG frame headers, and bad input.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/image_info.h"
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

std::string jpeg(unsigned char sof, int w, int h, int components) {
  std::string s = "\xFF\xD8";                                                            // SOI
  s += std::string("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);  // APP0
  s += std::string("\xFF\xFE\x00\x05hi\x00", 7);                                         // COM
  s += "\xFF";
  s.push_back(static_cast<char>(sof));
  const int length = 8 + 3 * components;
  s.push_back(static_cast<char>(length >> 8));
  s.push_back(static_cast<char>(length & 0xff));
  s.push_back(8);
  s.push_back(static_cast<char>(h >> 8));
  s.push_back(static_cast<char>(h & 0xff));
  s.push_back(static_cast<char>(w >> 8));
  s.push_back(static_cast<char>(w & 0xff));
  s.push_back(static_cast<char>(components));
  for (int c = 0; c < components; ++c) s += std::string("\x01\x11\x00", 3);
  return s;
}

TEST(ImageInfo, ReadsPngSizeAndComponents) {
  std::string error;
  const struct {
    uint8_t type;
    int components;
  } cases[] = {{0, 1}, {2, 3}, {3, 3}, {4, 2}, {6, 4}};
  for (const auto& c : cases) {
    const auto info = read_image_info(png_header(640, 480, c.type), error);
    ASSERT_TRUE(info) << error;
    EXPECT_EQ(info->format, ImageInfo::Format::png);
    EXPECT_EQ(info->width, 640);
    EXPECT_EQ(info->height, 480);
    EXPECT_EQ(info->components, c.components) << "colour type " << int(c.type);
    EXPECT_EQ(info->bits, 8);
  }
}

TEST(ImageInfo, ReadsJpegFrameHeaderAfterOtherSegments) {
  std::string error;
  auto info = read_image_info(jpeg(0xC0, 400, 300, 3), error);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->format, ImageInfo::Format::jpeg);
  EXPECT_EQ(info->width, 400);
  EXPECT_EQ(info->height, 300);
  EXPECT_EQ(info->components, 3);
  info = read_image_info(jpeg(0xC2, 1200, 16, 4), error);  // progressive, CMYK
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->width, 1200);
  EXPECT_EQ(info->height, 16);
  EXPECT_EQ(info->components, 4);
}

TEST(ImageInfo, ExplainsWhatIsWrong) {
  std::string error;
  EXPECT_FALSE(read_image_info("GIF89a......", error));
  EXPECT_EQ(error, "not a PNG or JPEG file");
  EXPECT_FALSE(read_image_info(png_header(10, 10).substr(0, 20), error));
  EXPECT_EQ(error, "the PNG file ends before its header chunk");
  EXPECT_FALSE(read_image_info(png_header(0, 10), error));
  EXPECT_EQ(error, "the PNG header gives an invalid size");
  EXPECT_FALSE(read_image_info(png_header(10, 10, 5), error));
  EXPECT_EQ(error, "the PNG header has an unknown colour type");
  const std::string j = jpeg(0xC0, 400, 300, 3);
  EXPECT_FALSE(read_image_info(j.substr(0, 27), error));
  EXPECT_EQ(error, "the JPEG file ends before its frame header");
  EXPECT_FALSE(read_image_info(jpeg(0xC0, 400, 0, 3), error));
  EXPECT_EQ(error, "the JPEG frame header gives no image size");
}

}  // namespace
}  // namespace paiban::testing
