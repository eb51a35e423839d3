// The one image reader's header: size, components, bit depth and EXIF
// orientation from real PNG and JPEG files (written by libpng/libjpeg), and
// the reasons it gives for files it refuses.
#include <gtest/gtest.h>

#include "base/exif_orientation.h"
#include "base/image_header.h"
#include "support/test_images.h"

namespace paiban {
namespace {

using testing::make_jpeg;
using testing::make_png;

TEST(ImageHeader, ReadsPngSizeComponentsAndDepth) {
  const struct {
    int type;
    int components;
  } cases[] = {{PNG_COLOR_TYPE_GRAY, 1},
               {PNG_COLOR_TYPE_RGB, 3},
               {PNG_COLOR_TYPE_PALETTE, 3},
               {PNG_COLOR_TYPE_GRAY_ALPHA, 2},
               {PNG_COLOR_TYPE_RGB_ALPHA, 4}};
  for (const auto& c : cases) {
    std::string error;
    const auto h = read_image_header(make_png(64, 48, c.type), error);
    ASSERT_TRUE(h) << error;
    EXPECT_EQ(h->format, ImageFormat::png);
    EXPECT_EQ(h->width, 64);
    EXPECT_EQ(h->height, 48);
    EXPECT_EQ(h->components, c.components) << "colour type " << c.type;
    EXPECT_EQ(h->bits, 8);
    EXPECT_EQ(h->orientation, ImageOrientation::upright);
  }
}

TEST(ImageHeader, ReadsJpegSizeAndComponents) {
  std::string error;
  auto h = read_image_header(make_jpeg(400, 300, 3), error);
  ASSERT_TRUE(h) << error;
  EXPECT_EQ(h->format, ImageFormat::jpeg);
  EXPECT_EQ(h->width, 400);
  EXPECT_EQ(h->height, 300);
  EXPECT_EQ(h->components, 3);
  EXPECT_EQ(h->bits, 8);
  EXPECT_EQ(h->orientation, ImageOrientation::upright);
  EXPECT_EQ(h->upright_width(), 400);
  h = read_image_header(make_jpeg(17, 5, 1), error);
  ASSERT_TRUE(h) << error;
  EXPECT_EQ(h->components, 1);
  EXPECT_EQ(h->width, 17);
  EXPECT_EQ(h->height, 5);
}

// A phone photo: stored 400 × 300 lying on its side, seen 300 × 400.
TEST(ImageHeader, JpegExifOrientationTurnsTheUprightSize) {
  for (int o = 1; o <= 8; ++o) {
    std::string error;
    const auto h = read_image_header(make_jpeg(400, 300, 3, o), error);
    ASSERT_TRUE(h) << error;
    EXPECT_EQ(static_cast<int>(h->orientation), o);
    EXPECT_EQ(h->width, 400);
    EXPECT_EQ(h->height, 300);
    EXPECT_EQ(h->upright_width(), o >= 5 ? 300 : 400) << "orientation " << o;
    EXPECT_EQ(h->upright_height(), o >= 5 ? 400 : 300) << "orientation " << o;
  }
}

TEST(ImageHeader, PngExifChunkGivesTheOrientation) {
  std::string error;
  const auto h = read_image_header(make_png(40, 30, PNG_COLOR_TYPE_RGB, 6), error);
  ASSERT_TRUE(h) << error;
  EXPECT_EQ(h->orientation, ImageOrientation::turned_clockwise);
  EXPECT_EQ(h->upright_width(), 30);
  EXPECT_EQ(h->upright_height(), 40);
}

TEST(ImageHeader, ExifWithoutAValidOrientationIsUpright) {
  // Out of range values and broken blocks change nothing.
  for (int bad : {0, 9, 200}) {
    const std::string tiff = testing::exif_tiff_with_orientation(bad);
    EXPECT_EQ(exif_orientation(reinterpret_cast<const unsigned char*>(tiff.data()), tiff.size()),
              ImageOrientation::upright);
  }
  const std::string cut = testing::exif_tiff_with_orientation(6).substr(0, 12);
  EXPECT_EQ(exif_orientation(reinterpret_cast<const unsigned char*>(cut.data()), cut.size()),
            ImageOrientation::upright);
  const std::string tiff = testing::exif_tiff_with_orientation(8);
  EXPECT_EQ(exif_orientation(reinterpret_cast<const unsigned char*>(tiff.data()), tiff.size()),
            ImageOrientation::turned_counterclockwise);
}

TEST(ImageHeader, ExplainsWhatIsWrong) {
  std::string error;
  EXPECT_FALSE(read_image_header("GIF89a......", error));
  EXPECT_EQ(error, "not a PNG or JPEG file");
  // Cut inside IHDR.
  EXPECT_FALSE(read_image_header(make_png(10, 10).substr(0, 20), error));
  EXPECT_EQ(error, "the PNG header is bad: the file ends early");
  // A flipped bit in IHDR: libpng checks the CRC.
  std::string flipped = make_png(10, 10);
  flipped[18] ^= 0x01;
  EXPECT_FALSE(read_image_header(flipped, error));
  EXPECT_NE(error.find("the PNG header is bad: IHDR: CRC error"), std::string::npos) << error;
  // A JPEG cut inside its frame header.
  const std::string jpeg = make_jpeg(40, 30);
  EXPECT_FALSE(read_image_header(jpeg.substr(0, 170), error));
  EXPECT_NE(error.find("the JPEG header is bad"), std::string::npos) << error;
  // Height 0 (a DNL segment would give it later; nobody writes that).
  EXPECT_FALSE(read_image_header(
      std::string("\xFF\xD8\xFF\xC0\x00\x0B\x08\x00\x00\x00\x10\x01\x01\x11\x00\xFF\xD9", 17),
      error));
  EXPECT_NE(error.find("the JPEG header is bad"), std::string::npos) << error;
}

}  // namespace
}  // namespace paiban
