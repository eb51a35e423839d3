// The declarations themselves: each default converts, an empty sheet gives
// exactly the declared defaults, every enum value is accepted.
#include <gtest/gtest.h>

#include <set>

#include "memory_env.h"
#include "style/builtin.h"
#include "style/schema.h"

namespace paiban::style {
namespace {

using testing::load_text;

TEST(Schema, EveryKeyDeclaredOnce) {
  std::set<std::string_view> paths;
  for (const auto& d : schema()) EXPECT_TRUE(paths.insert(d.path).second) << d.path;
  EXPECT_GE(schema().size(), 80u);
}

TEST(Schema, LeavesHaveHelpAndDefaultsOrAreRequired) {
  for (const auto& d : schema()) {
    EXPECT_FALSE(d.help.empty()) << d.path;
    bool leaf = d.type != ValueType::table && d.type != ValueType::table_array;
    bool wildcard_leaf = d.segments.back() == "*";  // [sizes] and [colors] entries
    bool overridden = d.path == "page.width" || d.path == "page.height";  // from page.size
    if (leaf && !wildcard_leaf && !overridden) {
      EXPECT_TRUE(!d.default_value.empty() || d.required) << d.path;
    }
    if (d.type == ValueType::enumeration) {
      EXPECT_FALSE(d.choices.empty()) << d.path;
    }
  }
}

TEST(Schema, LookupFollowsWildcardsAndSameAs) {
  EXPECT_EQ(find_decl({"styles", "note", "size"})->path, "styles.*.size");
  EXPECT_EQ(find_decl({"masters", "cover", "margins", "top"})->path, "page.margins.top");
  EXPECT_EQ(find_decl({"masters", "cover", "header"})->path, "page.header");
  EXPECT_EQ(find_decl({"section", "plugin"})->path, "section.plugin");
  EXPECT_EQ(find_decl({"page", "bleed"}), nullptr);
  EXPECT_EQ(child_names({"masters", "x", "margins"}),
            (std::vector<std::string>{"top", "bottom", "inner", "outer"}));
}

// find_decl looks among the declarations of the path's length and first
// segment (an index): it must answer as a scan of the whole schema in order
// does, for every declared path, each with its wildcards filled, and paths
// no declaration has.
TEST(Schema, IndexedLookupAnswersAsAScanOfTheSchema) {
  const auto scan = [](const std::vector<std::string>& path) -> const KeyDecl* {
    for (const auto& d : schema()) {
      if (d.segments.size() != path.size()) continue;
      bool match = true;
      for (std::size_t i = 0; i < path.size() && match; ++i)
        match = d.segments[i] == "*" || d.segments[i] == path[i];
      if (match) return &d;
    }
    return nullptr;
  };
  std::vector<std::vector<std::string>> paths = {
      {}, {"nothing"}, {"styles"}, {"styles", "h1", "nothing"}, {"masters", "x", "y", "z", "w"}};
  for (const auto& d : schema()) {
    paths.push_back(d.segments);
    std::vector<std::string> filled = d.segments;
    for (auto& segment : filled)
      if (segment == "*") segment = "some_name";
    paths.push_back(filled);
    filled.front() = "unknown_table";
    paths.push_back(filled);
  }
  std::size_t found = 0;
  for (const auto& path : paths) {
    const KeyDecl* expected = scan(path);
    // Paths a scan finds are found the same; the others go on to same_as.
    if (expected) {
      EXPECT_EQ(find_decl(path), expected) << display_path(path);
      ++found;
    }
  }
  EXPECT_GT(found, schema().size());
  EXPECT_EQ(find_decl({"styles", "some_name", "size"})->path, "styles.*.size");
}

TEST(Schema, EmptySheetGivesTheDeclaredDefaults) {
  Diagnostics diags;
  StyleSheet sheet = load_text("", diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const TextStyle& body = sheet.styles.at("body");
  EXPECT_EQ(body.font, "song");
  EXPECT_EQ(body.latin_font, "");
  EXPECT_EQ(body.size, Length::pt(10.5));
  EXPECT_EQ(body.line_height, Length::pt(16.8));
  EXPECT_EQ(body.first_line_indent, Length::pt(21));
  EXPECT_EQ(body.align, Alignment::justify);
  EXPECT_EQ(body.color, Color::black());
  EXPECT_EQ(sheet.typography.kinsoku, KinsokuLevel::strict);
  EXPECT_EQ(sheet.typography.punctuation, PunctuationStyle::quanjiao);
  EXPECT_EQ(sheet.typography.cjk_latin_space, 0.25);
  EXPECT_EQ(sheet.typography.min_last_line_chars, 2);
  EXPECT_EQ(sheet.print.bleed, Length::mm(3));
  EXPECT_EQ(sheet.print.output_condition_identifier, "FOGRA39");
  const PageMaster& right = sheet.masters.at("right");
  EXPECT_EQ(right.width, Length::mm(210));
  EXPECT_EQ(right.height, Length::mm(297));
  EXPECT_EQ(right.margin_top, Length::mm(20));
  EXPECT_EQ(right.column_gap, Length::pt(21));
  EXPECT_EQ(right.header.left, "{title}");
  EXPECT_EQ(right.header.right, "{issue}");
  EXPECT_EQ(right.footer.center, "{page}");
  EXPECT_EQ(right.footer.style, "folio");
  EXPECT_TRUE(sheet.sections.empty());
  EXPECT_TRUE(sheet.plugin_path.empty());
  EXPECT_EQ(sheet.units.em, Length::pt(10.5));
  EXPECT_EQ(sheet.units.size_table_pt.size(), 16u);
}

TEST(Schema, BuiltinStylesAndMastersAlwaysExist) {
  Diagnostics diags;
  StyleSheet sheet = load_text("[styles.note]\nfont = \"kai\"\n", diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  for (const char* name : {"body", "h1", "h2", "caption", "toc", "box_title", "running_head",
                           "folio", "quote", "pull_quote", "note"})
    EXPECT_EQ(sheet.styles.count(name), 1u) << name;
  EXPECT_EQ(sheet.styles.at("note").name, "note");
  EXPECT_EQ(sheet.styles.at("h1").font, "hei");
  // # to ####: each level smaller than the one above, space above and none
  // below, kept with what follows.
  const double sizes[] = {16, 14, 12, 10.5};
  const char* heads[] = {"h1", "h2", "h3", "h4"};
  for (int k = 0; k < 4; ++k) {
    const TextStyle& h = sheet.styles.at(heads[k]);
    EXPECT_EQ(h.size, Length::pt(sizes[k])) << heads[k];
    EXPECT_GT(h.space_before, h.space_after) << heads[k];
    EXPECT_TRUE(h.keep_with_next) << heads[k];
    EXPECT_EQ(h.first_line_indent, Length::zero()) << heads[k];
  }
  // Code: the mono role, never justified or indented.
  EXPECT_EQ(sheet.styles.at("code").font, "mono");
  EXPECT_EQ(sheet.styles.at("code").align, Alignment::left);
  EXPECT_EQ(sheet.styles.at("code").first_line_indent, Length::zero());
  EXPECT_EQ(sheet.fonts.at("mono").chain.at(0).family, "Noto Sans Mono CJK SC");
  // Lists: markers per level, a bullet unlike the interpunct.
  EXPECT_EQ(sheet.typography.bullets, (std::vector<std::string>{"●", "○", "■"}));
  EXPECT_EQ(sheet.typography.numbering, (std::vector<std::string>{"1.", "（1）", "①"}));
  EXPECT_EQ(sheet.typography.list_indent, Length::pt(21));
  EXPECT_EQ(sheet.typography.list_marker_gap, Length::pt(5.25));
  EXPECT_EQ(sheet.styles.at("caption").size, Length::pt(9));
  EXPECT_EQ(sheet.styles.at("caption").align, Alignment::center);
  EXPECT_EQ(sheet.text_style("nope").name, "body");
  for (const char* name : {"first", "left", "right"}) EXPECT_EQ(sheet.masters.count(name), 1u);
  for (const char* role : {"song", "hei", "kai"}) EXPECT_EQ(sheet.fonts.count(role), 1u);
  EXPECT_EQ(sheet.fonts.at("hei").chain.at(0).family, "Noto Sans CJK SC");
  EXPECT_EQ(sheet.fonts.at("hei").chain.at(0).style, "Regular");
}

TEST(Schema, EveryEnumValueIsAccepted) {
  for (const auto& d : schema()) {
    if (d.type != ValueType::enumeration) continue;
    for (std::size_t i = 0; i < d.choices.size(); ++i) {
      std::string table, key = std::string(d.path);
      std::size_t dot = key.rfind('.');
      table = key.substr(0, dot);
      key = key.substr(dot + 1);
      if (table == "styles.*") table = "styles.body";
      Diagnostics diags;
      StyleSheet sheet = load_text(
          "[" + table + "]\n" + key + " = \"" + std::string(d.choices[i]) + "\"\n", diags);
      EXPECT_TRUE(diags.empty()) << d.path << " = " << d.choices[i] << "\n" << diags.format_all();
      if (d.path == "typography.kinsoku") {
        EXPECT_EQ(static_cast<std::size_t>(sheet.typography.kinsoku), i);
      } else if (d.path == "typography.punctuation") {
        EXPECT_EQ(static_cast<std::size_t>(sheet.typography.punctuation), i);
      } else if (d.path == "styles.*.align") {
        EXPECT_EQ(static_cast<std::size_t>(sheet.styles.at("body").align), i);
      }
    }
  }
}

TEST(Schema, BuiltinBaseIsClean) {
  Diagnostics diags;
  load_text("", diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_NE(builtin_stylesheet().find("[styles.pull_quote]"), std::string_view::npos);
}

}  // namespace
}  // namespace paiban::style
