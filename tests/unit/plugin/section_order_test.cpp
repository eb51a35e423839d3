// The order rules of the composition driver, checked on the Composer calls
// that come out: manuscript order, entries without `match` at their place,
// the default plugin with a warning for unmatched sections.
#include <gtest/gtest.h>

#include "document_builder.h"
#include "plugin/compose_issue.h"
#include "recording_composer.h"

namespace paiban::plugin {
namespace {

using testing::entry;
using testing::section;

// Composes one line naming itself and the section it got.
class FakePlugin final : public SectionPlugin {
 public:
  explicit FakePlugin(std::string name) : name_(std::move(name)) {}
  std::string name() const override { return name_; }
  std::string summary() const override { return "test"; }
  std::vector<OptionDecl> options() const override {
    return {{"label", OptionDecl::Type::string, "\"-\"", "", {}}};
  }
  void compose(const SectionContext& ctx, Composer& composer) override {
    composer.text(name_ + " <" + ctx.section.title + "> " + option_string(ctx.options, "label"),
                  "body");
  }

 private:
  std::string name_;
};

SectionPlugin* make_masthead() {
  return new FakePlugin("masthead");
}
SectionPlugin* make_editors_note() {
  return new FakePlugin("editors_note");
}
SectionPlugin* make_news() {
  return new FakePlugin("industry_news");
}
SectionPlugin* make_contents() {
  return new FakePlugin("contents");
}
SectionPlugin* make_colophon() {
  return new FakePlugin("colophon");
}
SectionPlugin* make_article() {
  return new FakePlugin("article");
}

struct Issue {
  Document doc;
  style::StyleSheet sheet;
  testing::RecordingComposer composer;
  Diagnostics diags;

  std::vector<std::string> compose() {
    PluginRegistry registry({});  // nothing on disk: only the fakes below
    registry.add_builtin("masthead", &make_masthead);
    registry.add_builtin("editors_note", &make_editors_note);
    registry.add_builtin("industry_news", &make_news);
    registry.add_builtin("contents", &make_contents);
    registry.add_builtin("colophon", &make_colophon);
    registry.add_builtin("article", &make_article);
    compose_issue(doc, sheet, registry, composer, diags);
    return composer.calls;
  }
};

TEST(SectionOrder, AnEntryWithoutMatchListedFirstComesFirst) {
  Issue issue;
  issue.sheet.sections = {entry("", "masthead", 1), entry("编者的话", "editors_note", 4),
                          entry("行业动态", "industry_news", 8)};
  issue.doc.sections = {section("编者的话", 5), section("行业动态", 20)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: masthead <> -",
                                                       "text body: editors_note <编者的话> -",
                                                       "text body: industry_news <行业动态> -"}));
  EXPECT_TRUE(issue.diags.empty()) << issue.diags.format_all();
}

TEST(SectionOrder, TheManuscriptOrderWinsOverTheStyleSheetOrder) {
  Issue issue;
  issue.sheet.sections = {entry("编者的话", "editors_note", 4),
                          entry("行业动态", "industry_news", 8)};
  issue.doc.sections = {section("行业动态", 5), section("编者的话", 20)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: industry_news <行业动态> -",
                                                       "text body: editors_note <编者的话> -"}));
}

TEST(SectionOrder, AnUnmatchedSectionGoesToTheDefaultPluginWithAWarning) {
  Issue issue;
  issue.sheet.sections = {entry("编者的话", "editors_note", 4)};
  issue.doc.sections = {section("编者的话", 5), section("读者来信", 31)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: editors_note <编者的话> -",
                                                       "text body: article <读者来信> -"}));
  ASSERT_EQ(issue.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(issue.diags.items()[0]),
            "issue.md:31:1: warning: section '读者来信' (manuscript line 31) matches no "
            "[[section]] entry of the style sheet; composing it with the default plugin "
            "'article' [plugin 'article', section '读者来信']\n"
            "issue.md:31:1: note: add a [[section]] entry with match = \"读者来信\" to choose "
            "its plugin");
}

TEST(SectionOrder, EntriesWithoutMatchKeepTheirPlaceAmongTheMatchedOnes) {
  Issue issue;
  issue.sheet.sections = {entry("", "masthead", 1), entry("编者的话", "editors_note", 4),
                          entry("", "contents", 7), entry("行业动态", "industry_news", 9),
                          entry("", "colophon", 12)};
  // 读者来信 has no entry: it keeps its manuscript place, before 行业动态,
  // and so before the contents entry anchored to 行业动态.
  issue.doc.sections = {section("编者的话", 5), section("读者来信", 12), section("行业动态", 20)};
  EXPECT_EQ(issue.compose(),
            (std::vector<std::string>{
                "text body: masthead <> -", "text body: editors_note <编者的话> -",
                "text body: article <读者来信> -", "text body: contents <> -",
                "text body: industry_news <行业动态> -", "text body: colophon <> -"}));
  EXPECT_EQ(issue.diags.size(), 1u);  // the warning for 读者来信
}

TEST(SectionOrder, ALeadingEntryPrecedesTextBeforeTheFirstHeading) {
  Issue issue;
  issue.sheet.sections = {entry("", "masthead", 1), entry("编者的话", "editors_note", 4)};
  issue.doc.sections = {section("", 6), section("编者的话", 9)};
  EXPECT_EQ(issue.compose(),
            (std::vector<std::string>{"text body: masthead <> -", "text body: article <> -",
                                      "text body: editors_note <编者的话> -"}));
  ASSERT_EQ(issue.diags.size(), 1u);
  EXPECT_EQ(issue.diags.items()[0].message,
            "section '(text before the first '#' heading)' (manuscript line 6) matches no "
            "[[section]] entry of the style sheet; composing it with the default plugin "
            "'article'");
}

TEST(SectionOrder, AnEmptyUntitledSectionIsSkippedSilently) {
  Issue issue;
  Section empty;
  empty.span = testing::at("issue.md", 1);
  issue.doc.sections = {empty, section("编者的话", 9)};
  issue.sheet.sections = {entry("编者的话", "editors_note", 4)};
  EXPECT_EQ(issue.compose(), std::vector<std::string>{"text body: editors_note <编者的话> -"});
  EXPECT_TRUE(issue.diags.empty());
}

TEST(SectionOrder, AnEntryMatchingNothingIsUnusedWithAWarning) {
  Issue issue;
  issue.sheet.sections = {entry("", "masthead", 1), entry("行业趋势", "industry_news", 4),
                          entry("编者的话", "editors_note", 8)};
  issue.doc.sections = {section("编者的话", 5)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: masthead <> -",
                                                       "text body: editors_note <编者的话> -"}));
  ASSERT_EQ(issue.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(issue.diags.items()[0]),
            "style.toml:4:1: warning: no section '行业趋势' in the manuscript; this [[section]] "
            "entry is not used [plugin 'industry_news', section '行业趋势']\n"
            "style.toml:4:1: note: `match` must equal the text of a `#` heading exactly");
}

TEST(SectionOrder, AnOptionalEntryMatchingNothingIsQuiet) {
  Issue issue;
  issue.sheet.sections = {entry("编者的话", "editors_note", 4), entry("经济数据", "data_brief", 8),
                          entry("经济数据", "industry_news", 12)};
  issue.sheet.sections[1].optional = true;
  issue.sheet.sections[2].optional = true;
  issue.doc.sections = {section("编者的话", 5)};
  EXPECT_EQ(issue.compose(), std::vector<std::string>{"text body: editors_note <编者的话> -"});
  // The first optional entry is quiet; a second one for the same heading
  // is still a mistake in the sheet.
  ASSERT_EQ(issue.diags.size(), 1u) << issue.diags.format_all();
  EXPECT_EQ(issue.diags.items()[0].span.line, 12);
}

TEST(SectionOrder, ASecondEntryForTheSameSectionIsUnused) {
  Issue issue;
  issue.sheet.sections = {entry("编者的话", "editors_note", 4),
                          entry("编者的话", "industry_news", 8)};
  issue.doc.sections = {section("编者的话", 5)};
  EXPECT_EQ(issue.compose(), std::vector<std::string>{"text body: editors_note <编者的话> -"});
  ASSERT_EQ(issue.diags.size(), 1u);
  EXPECT_EQ(issue.diags.items()[0].message,
            "section '编者的话' is already matched by the [[section]] entry at style.toml:4; "
            "this entry is not used");
}

TEST(SectionOrder, ASectionTitleUsedTwiceIsComposedTwiceByItsEntry) {
  Issue issue;
  issue.sheet.sections = {entry("行业动态", "industry_news", 4)};
  issue.doc.sections = {section("行业动态", 5), section("行业动态", 40)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: industry_news <行业动态> -",
                                                       "text body: industry_news <行业动态> -"}));
}

TEST(SectionOrder, AnEntryWithoutMatchAfterAllMatchedOnesGoesLast) {
  Issue issue;
  issue.sheet.sections = {entry("编者的话", "editors_note", 4), entry("", "colophon", 12)};
  issue.doc.sections = {section("编者的话", 5), section("读者来信", 12)};
  auto calls = issue.compose();
  ASSERT_EQ(calls.size(), 3u);
  EXPECT_EQ(calls.back(), "text body: colophon <> -");
}

TEST(SectionOrder, OptionsOfEachEntryReachItsPlugin) {
  Issue issue;
  issue.sheet.sections = {
      entry("", "masthead", 1, {{"label", testing::value("top", 2, 9)}}),
      entry("编者的话", "editors_note", 4, {{"label", testing::value("note", 5, 9)}})};
  issue.doc.sections = {section("编者的话", 5)};
  EXPECT_EQ(issue.compose(), (std::vector<std::string>{"text body: masthead <> top",
                                                       "text body: editors_note <编者的话> note"}));
}

TEST(SectionOrder, PlacementsIndexEntriesAndSections) {
  Document doc;
  doc.sections = {section("A", 1), section("B", 5)};
  style::StyleSheet sheet;
  sheet.sections = {entry("B", "x", 1), entry("", "y", 2)};
  Diagnostics diags;
  auto placements = order_sections(doc, sheet, diags);
  EXPECT_EQ(placements, (std::vector<Placement>{{kNoEntry, 0}, {0, 1}, {1, kNoSection}}));
  EXPECT_EQ(diags.size(), 1u);
}

}  // namespace
}  // namespace paiban::plugin
