// Repeated warnings are counted, not listed: a 1-character column once
// printed 10,602 lines of the same warning.
#include <gtest/gtest.h>

#include "base/diagnostics.h"

namespace paiban {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Diagnostics, WarningsOfOneKindAreShownThreeTimesThenCounted) {
  Diagnostics d;
  for (int i = 1; i <= 1000; ++i)
    d.warning({"issue.md", i, 1}, "a line is wider than the measure by " + std::to_string(i) + "." +
                                      std::to_string(i % 7) + " pt");
  d.warning({"issue.md", 5, 1}, "no font of style 'body' has U+4E00 '一'");
  d.error({"issue.md", 9, 1}, "an error");
  d.error({"issue.md", 10, 1}, "an error");
  const std::string out = d.format_all();
  EXPECT_EQ(count(out, "wider than the measure"), 4u) << out;  // 3 shown + the count line
  EXPECT_NE(out.find("issue.md:4:1: note: 997 more warnings like this are not shown, the first "
                     "here: a line is wider than the measure by 4.4 pt"),
            std::string::npos)
      << out;
  EXPECT_EQ(count(out, "no font of style"), 1u);
  EXPECT_EQ(count(out, "error: an error"), 2u);  // errors are never folded
  EXPECT_EQ(count(out, "\n"), 3u + 1u + 1u + 2u);
}

TEST(Diagnostics, DifferentWordsAreDifferentKinds) {
  Diagnostics d;
  for (const char* section : {"甲", "乙", "丙", "丁", "戊"})
    d.warning({"s.toml", 1, 1}, std::string("no section '") + section + "' in the manuscript");
  EXPECT_EQ(count(d.format_all(), "warning:"), 5u);
}

}  // namespace
}  // namespace paiban
