// editors_note: 编者的话 in a panel, in 楷体, with an optional signature.
#include <gtest/gtest.h>

#include "plugin_fixture.h"

namespace paiban::section_plugins_test {
namespace {

Document note_issue() {
  Document doc;
  doc.path = "issue.md";
  doc.sections = {
      section("编者的话", 8,
              {article("", {paragraph("本刊改版。", 10), paragraph("欢迎来信。", 12)}, 10)})};
  return doc;
}

Composed note(OptionTable options = {}) {
  return compose(note_issue(), "编者的话", "editors_note", std::move(options));
}

const char* const kFrame =
    "begin_box background='' border='black' width=0.75pt padding=10.5pt radius=0pt title='' "
    "title_style=box_title title_background='' break=yes";

TEST(EditorsNote, DefaultsFrameThePanelWithTheTitleInsideAndTheTextInNote) {
  const Composed c = note();
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      kFrame,
      "heading h1 1: 编者的话",
      "running_section 编者的话",
      "paragraph note: 本刊改版。",
      "paragraph note: 欢迎来信。",
      "end_box",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(EditorsNote, TintFillsThePanelWithoutAFrame) {
  const Composed c = note({{"frame", option("tint", 21)},
                           {"tint", option("note_tint", 22)},
                           {"padding", option("2字", 23)},
                           {"corner_radius", option("3pt", 24)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(c.calls.front(),
            "begin_box background='note_tint' border='' width=0.5pt padding=21pt radius=3pt "
            "title='' title_style=box_title title_background='' break=yes");
}

TEST(EditorsNote, TintWithoutAColourIsAnErrorAtTheFrameOptionAndFramesInstead) {
  const Composed c = note({{"frame", option("tint", 21, 9)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:21:9: error: frame = \"tint\" needs a background colour; set `tint` to a "
            "name from the style sheet's [colors] [plugin 'editors_note', section '编者的话']");
  EXPECT_EQ(c.calls.front(), kFrame);
}

TEST(EditorsNote, FrameColourAndWidthComeFromTheOptions) {
  const Composed c =
      note({{"frame_color", option("brand", 21)}, {"frame_width", option("1.5pt", 22)}});
  EXPECT_EQ(c.calls.front(),
            "begin_box background='' border='brand' width=1.5pt padding=10.5pt radius=0pt "
            "title='' title_style=box_title title_background='' break=yes");
}

TEST(EditorsNote, TitleAboveThePanelAndSignatureFlushRightAtItsFoot) {
  const Composed c = note({{"title_position", option("above", 21)},
                           {"title_style", option("note_title", 22)},
                           {"signature", option("——编者", 23)},
                           {"body_style", option("kai_body", 24)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "heading note_title 1: 编者的话",
      "running_section 编者的话",
      kFrame,
      "paragraph kai_body: 本刊改版。",
      "paragraph kai_body: 欢迎来信。",
      "text signature: ——编者",
      "end_box",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(EditorsNote, NoPanelAndNoTitle) {
  const Composed c = note({{"frame", option("none", 21)},
                           {"title_position", option("none", 22)},
                           {"signature", option("——编者", 23)},
                           {"signature_style", option("sig", 24)}});
  const std::vector<std::string> expected = {
      "paragraph note: 本刊改版。",
      "paragraph note: 欢迎来信。",
      "text sig: ——编者",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(EditorsNote, EveryKindOfBlockIsSetNoneDropped) {
  Document doc = note_issue();
  Block quote;
  quote.kind = Block::Kind::quote;
  quote.children = {paragraph("引语。", 14)};
  Block list;
  list.kind = Block::Kind::list;
  list.ordered = true;
  Block item;
  item.kind = Block::Kind::list_item;
  item.children = {paragraph("一条。", 15)};
  list.children = {item, item};
  Block rule;
  rule.kind = Block::Kind::thematic_break;
  Article second = article("附记", {quote, list, rule}, 13);
  doc.sections[0].articles.push_back(second);
  const Composed c = compose(doc, "编者的话", "editors_note");
  const std::vector<std::string> tail(c.calls.end() - 6, c.calls.end());
  const std::vector<std::string> expected = {
      "heading h2 2: 附记",
      "paragraph quote: 引语。",
      "list_paragraph note level=1 number=1: 一条。",
      "list_paragraph note level=1 number=2: 一条。",
      "rule 0.5pt ''",
      "end_box",
  };
  EXPECT_EQ(tail, expected);
}

}  // namespace
}  // namespace paiban::section_plugins_test
