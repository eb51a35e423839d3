// What each plugin says about itself: its name, and options that are all
// declared with a type, a default that parses, help, and choices that hold
// their default — and that the house style (styles/xuchang.toml) binds
// them, defines every text style they name and passes their option checks.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/environment.h"
#include "plugin/option_check.h"
#include "plugin/plugin_reference.h"
#include "plugin_fixture.h"
#include "style/loader.h"

namespace paiban::section_plugins_test {
namespace {

const std::vector<std::string> kPlugins = {"masthead", "editors_note", "industry_news",
                                           "industry_trends", "data_brief"};

struct Loaded {
  plugin::PluginRegistry registry{{plugin::SearchFolder{PAIBAN_SECTION_PLUGIN_DIR, "test"}}};
  Diagnostics diags;
  const plugin::LoadedPlugin* get(const std::string& name) {
    return registry.get(name, at(1, 1, "style.toml"), diags);
  }
};

TEST(OptionDeclarations, EveryPluginLoadsFromItsLibraryUnderItsName) {
  Loaded l;
  for (const auto& name : kPlugins) {
    const plugin::LoadedPlugin* p = l.get(name);
    ASSERT_NE(p, nullptr) << name << "\n" << l.diags.format_all();
    EXPECT_EQ(p->name, name);
    EXPECT_EQ(p->file, std::string(PAIBAN_SECTION_PLUGIN_DIR) + "/lib" + name + ".so");
    EXPECT_FALSE(p->summary.empty());
  }
  EXPECT_TRUE(l.diags.empty()) << l.diags.format_all();
}

TEST(OptionDeclarations, DefaultsParseAndChoicesHoldTheirDefault) {
  Loaded l;
  for (const auto& name : kPlugins) {
    const plugin::LoadedPlugin* p = l.get(name);
    ASSERT_NE(p, nullptr) << name;
    Diagnostics diags;
    const OptionTable table = plugin::check_options(p->options, {}, {name, "", {}, nullptr}, diags);
    EXPECT_TRUE(diags.empty()) << name << "\n" << diags.format_all();
    std::set<std::string> seen;
    for (const auto& d : p->options) {
      EXPECT_TRUE(seen.insert(d.name).second) << name << ": " << d.name << " declared twice";
      EXPECT_FALSE(d.help.empty()) << name << ": " << d.name;
      if (!d.choices.empty() && !d.default_value.empty()) {
        const std::string value = option_string(table, d.name);
        EXPECT_NE(std::find(d.choices.begin(), d.choices.end(), value), d.choices.end())
            << name << ": " << d.name << " defaults to " << value;
      }
      // Only the optional colours (bands, the note's tint, key-figure
      // boxes) and data_brief's table choices (the sheet's [typography]
      // table_caption and table_continued when not given) have no default.
      if (d.default_value.empty()) {
        EXPECT_TRUE(d.name == "band" || d.name == "tint" || d.name == "head_band" ||
                    d.name == "figure_background" || d.name == "figure_border" ||
                    d.name == "caption" || d.name == "continued")
            << name << ": " << d.name;
      } else {
        EXPECT_EQ(table.count(d.name), 1u) << name << ": " << d.name;
      }
    }
  }
}

// Each bundled plugin's README holds the option table (and declared
// styles) its declarations generate, as docs/style-reference.md does.
TEST(OptionDeclarations, EveryReadmeHoldsTheTablesItsDeclarationsGenerate) {
  Loaded l;
  std::vector<std::string> plugins = kPlugins;
  plugins.push_back("article");
  for (const auto& name : plugins) {
    const plugin::LoadedPlugin* p = l.get(name);
    ASSERT_NE(p, nullptr) << name;
    const std::string path = std::string(PAIBAN_SOURCE_DIR) + "/plugins/" + name + "/README.md";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string generated = plugin::plugin_reference_markdown(*p);
    const auto current = plugin::with_generated_reference(text.str(), generated);
    ASSERT_TRUE(current.has_value()) << path << " lacks the marks of the generated part";
    EXPECT_EQ(*current, text.str())
        << path << " is stale. Regenerate it with:\n  " << PAIBAN_BINARY_DIR
        << "/bin/paiban_plugin_reference " << PAIBAN_SECTION_PLUGIN_DIR << " " << PAIBAN_SOURCE_DIR;
    // Every declared option has its row, with its default.
    for (const auto& d : p->options) {
      EXPECT_NE(generated.find("| `" + d.name + "` |"), std::string::npos) << name << "." << d.name;
      if (!d.default_value.empty()) {
        EXPECT_NE(generated.find("`" + d.default_value + "`"), std::string::npos)
            << name << "." << d.name;
      }
    }
    for (const auto& s : p->text_styles)
      EXPECT_NE(generated.find("| `" + s.name + "` |"), std::string::npos) << name << "." << s.name;
  }
}

// The house style, read from the source tree into a file-only Environment.
class HouseEnv final : public Environment {
 public:
  std::optional<std::string> read_file(const std::string& path) const override {
    std::ifstream in(std::string(PAIBAN_SOURCE_DIR) + "/" + path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::optional<FontLocation> find_font(const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::optional<int64_t> source_date_epoch() const override { return std::nullopt; }
};

TEST(OptionDeclarations, TheHouseStyleBindsThePluginsAndDefinesEveryStyleTheyName) {
  HouseEnv env;
  Diagnostics diags;
  // With the bundled plugins' declared styles, as a render loads it.
  Loaded declaring;
  std::vector<style::PluginStyles> declared;
  for (const auto& name : kPlugins) {
    const plugin::LoadedPlugin* p = declaring.get(name);
    ASSERT_NE(p, nullptr) << name;
    if (!p->text_styles.empty()) declared.push_back({p->name, p->file, p->text_styles});
  }
  const style::StyleSheet sheet =
      style::load_stylesheet("styles/xuchang.toml", env, diags, declared);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  std::map<std::string, std::string> bound;  // match → plugin
  for (const auto& s : sheet.sections) bound[s.match] = s.plugin;
  EXPECT_EQ(sheet.sections.at(0).match, "");  // the masthead comes first
  EXPECT_EQ(bound[""], "masthead");
  EXPECT_EQ(bound["编者的话"], "editors_note");
  EXPECT_EQ(bound["行业动态"], "industry_news");
  EXPECT_EQ(bound["行业趋势"], "industry_trends");

  Loaded l;
  for (const auto& entry : sheet.sections) {
    const plugin::LoadedPlugin* p = l.get(entry.plugin);
    ASSERT_NE(p, nullptr) << entry.plugin;
    Diagnostics checked;
    const OptionTable table = plugin::check_options(
        p->options, entry.options, {entry.plugin, entry.match, entry.span, &sheet}, checked);
    EXPECT_TRUE(checked.empty()) << checked.format_all();
    for (const auto& d : p->options) {
      const std::string value = option_string(table, d.name);
      // Every option naming a style is declared as one (and so checked).
      EXPECT_EQ(d.name.ends_with("_style"), d.type == OptionDecl::Type::style)
          << entry.plugin << "." << d.name;
      if (d.type == OptionDecl::Type::style) {
        EXPECT_EQ(sheet.styles.count(value), 1u)
            << entry.plugin << "." << d.name << " = \"" << value << "\" is not in the house style";
      }
      if (d.type == OptionDecl::Type::color && !value.empty()) {
        EXPECT_EQ(sheet.colors.count(value), 1u) << entry.plugin << "." << d.name;
      }
    }
  }
}

}  // namespace
}  // namespace paiban::section_plugins_test
