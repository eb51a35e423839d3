// The GitHub extensions are attached to the parser: each construct is seen
// (and, until it is set, reported at its position) instead of being read as
// plain CommonMark text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::HasSubstr;

TEST(Gfm, PipeTableIsParsedAsATable) {
  Read r = read_body("| 名称 | 数值 |\n|---|---:|\n| 出口 | 103.6 |\n");
  ASSERT_GE(r.diags.size(), 1u);
  EXPECT_THAT(r.diags.items()[0].message, HasSubstr("table"));
  EXPECT_EQ(r.diags.items()[0].span.line, 6);
  EXPECT_EQ(r.diags.items()[0].span.column, 1);
}

TEST(Gfm, StrikethroughIsSeenWithItsTextKept) {
  Read r = read_body("甲~~删除~~乙\n");
  EXPECT_EQ(plain_text(first_blocks(r).at(0).inlines), "甲删除乙");
  ASSERT_EQ(r.diags.size(), 1u) << r.diags.format_all();
  EXPECT_THAT(r.diags.items()[0].message, HasSubstr("strikethrough"));
  EXPECT_EQ(r.diags.items()[0].span.column, 2);
}

TEST(Gfm, FootnoteDefinitionIsSeen) {
  Read r = read_body("正文[^1]。\n\n[^1]: 注文。\n");
  bool definition = false;
  for (const Diagnostic& d : r.diags.items())
    if (d.message.find("footnote_definition") != std::string::npos) {
      definition = true;
      EXPECT_EQ(d.span.line, 8);
    }
  EXPECT_TRUE(definition) << r.diags.format_all();
}

}  // namespace
}  // namespace paiban::manuscript::test
