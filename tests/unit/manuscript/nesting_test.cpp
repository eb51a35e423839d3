// Nesting limits: the crash inputs of issue 12 (a quote 17,000 deep, `- `
// 10,000 times on one line, 50,000 `*`) are one located error each, and
// real nesting up to the limit is read in full.
#include <gtest/gtest.h>

#include "manuscript/nesting.h"
#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

void expect_one_nesting_error(const Read& r, int line, const std::string& what) {
  ASSERT_EQ(r.diags.size(), 1u) << r.diags.format_all();
  const Diagnostic& d = r.diags.items()[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.span.file, "issue.md");
  EXPECT_EQ(d.span.line, line);
  EXPECT_NE(d.message.find(what), std::string::npos) << d.message;
  EXPECT_TRUE(r.doc.sections.empty());
}

TEST(Nesting, QuoteSeventeenThousandDeepIsAnError) {
  Read r = read_body("# 节\n\n" + repeat(">", 17000) + " a\n");
  expect_one_nesting_error(r, 8, "quotes and lists nest more than 48 deep");
  // At the 49th `>`: the first one too deep.
  EXPECT_EQ(r.diags.items()[0].span.column, 49);
}

TEST(Nesting, TenThousandListMarkersOnOneLineAreAnError) {
  Read r = read_body("# 节\n\n" + repeat("- ", 10000) + "a\n");
  expect_one_nesting_error(r, 8, "quotes and lists nest more than 48 deep");
}

TEST(Nesting, ThousandQuotedListsAreAnError) {
  Read r = read_body("# 节\n\n" + repeat("> - ", 1000) + "a\n");
  expect_one_nesting_error(r, 8, "nest more than 48 deep");
}

TEST(Nesting, FiftyThousandStarsAreAnError) {
  Read r = read_body("# 节\n\n" + repeat("*", 50000) + "词" + repeat("*", 50000) + "\n");
  expect_one_nesting_error(r, 8, "inline marks nest more than 32 deep");
}

TEST(Nesting, DeepLinksInEmphasisAreAnError) {
  Read r = read_body("# 节\n\n" + repeat("*a [b ", 40) + "词" + repeat("](u) c*", 40) + "\n");
  expect_one_nesting_error(r, 8, "inline marks nest more than 32 deep");
}

TEST(Nesting, NestingAtTheLimitIsRead) {
  // 48 quotes: exactly the limit.
  Read r = read_body("# 节\n\n" + repeat(">", Limits{}.block_nesting) + " 深\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const Block* b = &first_blocks(r).at(0);
  int depth = 1;
  while (!b->children.empty() && b->kind == Block::Kind::quote) {
    b = &b->children.at(0);
    ++depth;
  }
  EXPECT_EQ(depth, Limits{}.block_nesting + 1);  // 48 quotes and the paragraph
  EXPECT_EQ(b->kind, Block::Kind::paragraph);
}

TEST(Nesting, EmphasisAtTheLimitIsRead) {
  // 32 emphasis spans, one inside the other.
  Read r = read_body("# 节\n\n" + repeat("*a _b ", 16) + "词" + repeat(" b_ a*", 16) + "\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_EQ(plain_text(first_blocks(r).at(0).inlines),
            repeat("a b ", 16) + "词" + repeat(" b a", 16));
  Read deeper = read_body("# 节\n\n" + repeat("*a _b ", 17) + "词" + repeat(" b_ a*", 17) + "\n");
  expect_one_nesting_error(deeper, 8, "inline marks nest more than 32 deep");
}

// The limits are settings ([limits] / --limit, base/limits.h): lower ones
// are enforced with a message naming the setting, and the highest allowed
// (256) is still read without exhausting the stack (this test also runs
// under ASan, whose frames are larger).
Read read_with(const std::string& markdown, const Limits& limits) {
  Read r;
  r.doc = read_manuscript("issue.md", kFrontMatter + markdown, r.diags, limits);
  return r;
}

TEST(Nesting, ALowerBlockLimitIsEnforcedAndNamed) {
  Limits limits;
  limits.block_nesting = 4;
  EXPECT_TRUE(read_with("# 节\n\n>>>> 深\n", limits).diags.empty());
  Read r = read_with("# 节\n\n>>>>> 深\n", limits);
  expect_one_nesting_error(r, 8, "quotes and lists nest more than 4 deep");
  EXPECT_EQ(r.diags.items()[0].span.column, 5);
  const auto& hints = r.diags.items()[0].hints;
  ASSERT_EQ(hints.size(), 2u);
  EXPECT_NE(hints[1].find("[limits] block_nesting"), std::string::npos) << hints[1];
  EXPECT_NE(hints[1].find("--limit block_nesting=N"), std::string::npos) << hints[1];
}

TEST(Nesting, ALowerInlineLimitIsEnforcedAndNamed) {
  Limits limits;
  limits.inline_nesting = 4;
  EXPECT_TRUE(read_with("# 节\n\n*a _b *c _d 词 d_ c* b_ a*\n", limits).diags.empty());
  Read r = read_with("# 节\n\n*a _b *c _d *e 词 e* d_ c* b_ a*\n", limits);
  expect_one_nesting_error(r, 8, "inline marks nest more than 4 deep");
  EXPECT_NE(r.diags.items()[0].hints.back().find("[limits] inline_nesting"), std::string::npos);
}

TEST(Nesting, TheHighestLimitsAreReadInFull) {
  Limits limits;
  limits.block_nesting = 256;
  limits.inline_nesting = 256;
  Read quotes = read_with("# 节\n\n" + repeat(">", 256) + " 深\n", limits);
  EXPECT_TRUE(quotes.diags.empty()) << quotes.diags.format_all();
  int depth = 0;
  for (const Block* b = &first_blocks(quotes).at(0); b->kind == Block::Kind::quote;
       b = &b->children.at(0))
    ++depth;
  EXPECT_EQ(depth, 256);
  // 128 lists = 256 containers (list and item each).
  Read lists = read_with("# 节\n\n" + repeat("- ", 128) + "a\n", limits);
  EXPECT_TRUE(lists.diags.empty()) << lists.diags.format_all();
  Read marks =
      read_with("# 节\n\n" + repeat("*a _b ", 128) + "词" + repeat(" b_ a*", 128) + "\n", limits);
  EXPECT_TRUE(marks.diags.empty()) << marks.diags.format_all();
  EXPECT_EQ(plain_text(first_blocks(marks).at(0).inlines),
            repeat("a b ", 128) + "词" + repeat(" b a", 128));
  // One more is refused.
  Read deeper = read_with("# 节\n\n" + repeat(">", 257) + " 深\n", limits);
  expect_one_nesting_error(deeper, 8, "nest more than 256 deep");
}

}  // namespace
}  // namespace paiban::manuscript::test
