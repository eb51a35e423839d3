#include <gtest/gtest.h>

#include "plugin/did_you_mean.h"

namespace paiban::plugin {
namespace {

TEST(DidYouMean, EditDistanceCountsCodePoints) {
  EXPECT_EQ(edit_distance("columns", "colums"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("楷体", "宋体"), 1u);  // one hanzi = one edit, not three bytes
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("Columns", "columns"), 0u);
}

TEST(DidYouMean, SuggestsOnlyNearNames) {
  std::vector<std::string> names = {"body_style", "columns", "frame"};
  EXPECT_EQ(closest_match("colums", names), "columns");
  EXPECT_EQ(closest_match("fram", names), "frame");
  EXPECT_EQ(closest_match("bodystyle", names), "body_style");
  EXPECT_EQ(closest_match("background", names), std::nullopt);
  EXPECT_EQ(closest_match("x", {}), std::nullopt);
}

}  // namespace
}  // namespace paiban::plugin
