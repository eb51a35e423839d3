// SOURCE_DATE_EPOCH: a whole number of seconds from 1970 to the end of
// 9999, or a clear error; never clamped or ignored without a word.
#include <gtest/gtest.h>

#include "base/environment.h"

namespace paiban {
namespace {

TEST(SourceDateEpoch, ValidValues) {
  std::string error;
  EXPECT_EQ(parse_source_date_epoch("0", error), 0);
  EXPECT_EQ(parse_source_date_epoch("1736121600", error), 1736121600);
  EXPECT_EQ(parse_source_date_epoch("253402300799", error), 253402300799);  // 9999-12-31
  EXPECT_EQ(error, "");
  EXPECT_EQ(parse_source_date_epoch("", error), std::nullopt);  // empty = unset
  EXPECT_EQ(error, "");
}

TEST(SourceDateEpoch, BadValuesSayWhy) {
  for (const char* bad : {"abc", "-1", "12.5", " 1736121600", "1736121600 ", "0x10", "1e9"}) {
    std::string error;
    EXPECT_EQ(parse_source_date_epoch(bad, error), std::nullopt) << bad;
    EXPECT_NE(error.find("is not a whole number of seconds since 1970"), std::string::npos)
        << bad << ": " << error;
  }
  for (const char* late : {"253402300800", "999999999999", "99999999999999999999999"}) {
    std::string error;
    EXPECT_EQ(parse_source_date_epoch(late, error), std::nullopt) << late;
    EXPECT_NE(error.find("is after the year 9999"), std::string::npos) << late << ": " << error;
  }
}

TEST(SourceDateEpoch, SystemEnvironmentReportsTheBadValue) {
  ::setenv("SOURCE_DATE_EPOCH", "99999999999999", 1);
  SystemEnvironment env;
  EXPECT_EQ(env.source_date_epoch(), std::nullopt);
  EXPECT_NE(env.source_date_epoch_error().find("after the year 9999"), std::string::npos);
  ::setenv("SOURCE_DATE_EPOCH", "1736121600", 1);
  EXPECT_EQ(env.source_date_epoch(), 1736121600);
  EXPECT_EQ(env.source_date_epoch_error(), "");
  ::unsetenv("SOURCE_DATE_EPOCH");
}

}  // namespace
}  // namespace paiban
