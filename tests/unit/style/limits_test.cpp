// [limits]: the run limits as style sheet keys (base/limits.h), checked by
// check-style and render alike (both go through load_stylesheet).
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

// The limits a style sheet sets, in the order of its [limits] keys:
// block_nesting, inline_nesting, image_megapixels, image_mib,
// issue_images_mib, compose_seconds.
std::vector<std::int64_t> sheet_limits(const Limits& l) {
  return {l.block_nesting, l.inline_nesting,   l.image_megapixels,
          l.image_mib,     l.issue_images_mib, l.compose_seconds};
}

TEST(Limits, DefaultsWithoutATable) {
  Diagnostics diags;
  const StyleSheet sheet = load_text("", diags);
  EXPECT_EQ(error_count(diags), 0) << diags.format_all();
  EXPECT_EQ(sheet_limits(sheet.limits), (std::vector<std::int64_t>{48, 32, 100, 512, 1024, 60}));
}

TEST(Limits, EveryStyleKeyIsRead) {
  Diagnostics diags;
  const StyleSheet sheet = load_text(
      "[limits]\nblock_nesting = 12\ninline_nesting = 8\nimage_megapixels = 40\nimage_mib = 200\n"
      "issue_images_mib = 300\ncompose_seconds = 5\n",
      diags);
  EXPECT_EQ(error_count(diags), 0) << diags.format_all();
  EXPECT_EQ(sheet_limits(sheet.limits), (std::vector<std::int64_t>{12, 8, 40, 200, 300, 5}));
}

TEST(Limits, OutOfRangeValuesAreLocatedErrorsAndTheDefaultStays) {
  Diagnostics diags;
  const StyleSheet sheet =
      load_text("[limits]\nblock_nesting = 100000\ncompose_seconds = 0\n", diags);
  EXPECT_EQ(error_count(diags), 2) << diags.format_all();
  const std::string all = diags.format_all();
  EXPECT_NE(all.find("sheet.toml:2:17: error: limits.block_nesting"), std::string::npos) << all;
  EXPECT_NE(all.find("4–256"), std::string::npos) << all;
  EXPECT_NE(all.find("sheet.toml:3:19: error: limits.compose_seconds"), std::string::npos) << all;
  EXPECT_EQ(sheet.limits.block_nesting, 48);
  EXPECT_EQ(sheet.limits.compose_seconds, 60);
}

TEST(Limits, AWrongTypeAndAnUnknownKeyAreErrors) {
  Diagnostics diags;
  load_text("[limits]\nimage_mib = \"512MiB\"\ncompose_second = 5\n", diags);
  const std::string all = diags.format_all();
  EXPECT_EQ(error_count(diags), 2) << all;
  EXPECT_NE(all.find("sheet.toml:2:"), std::string::npos) << all;
  EXPECT_NE(all.find("compose_seconds"), std::string::npos) << all;  // did you mean
}

TEST(Limits, TheInputSizeIsACommandLineSettingOnly) {
  // It governs reading the style sheet itself, so the sheet cannot set it.
  Diagnostics diags;
  load_text("[limits]\ninput_file_mib = 1024\n", diags);
  EXPECT_EQ(error_count(diags), 1) << diags.format_all();
}

TEST(Limits, CommandLineSettingsAreChecked) {
  Limits limits;
  EXPECT_EQ(apply_limit_setting(limits, "block_nesting=100"), "");
  EXPECT_EQ(limits.block_nesting, 100);
  EXPECT_EQ(apply_limit_setting(limits, "input_file_mib=1024"), "");
  EXPECT_EQ(limits.input_file_bytes(), 1024ull << 20);
  EXPECT_EQ(apply_limit_setting(limits, "block_nesting=300"),
            "limit block_nesting must be 4 to 256 (a whole number), not 300");
  EXPECT_EQ(apply_limit_setting(limits, "image_mib=12x"),
            "limit image_mib must be 1 to 8192 (a whole number), not '12x'");
  EXPECT_EQ(apply_limit_setting(limits, "image_mb=5"),
            "unknown limit 'image_mb'; did you mean 'image_mib'?");
  EXPECT_NE(apply_limit_setting(limits, "compose_seconds").find("is not NAME=VALUE"),
            std::string::npos);
  EXPECT_EQ(limits.block_nesting, 100);  // refused settings change nothing
}

}  // namespace
}  // namespace paiban::style
