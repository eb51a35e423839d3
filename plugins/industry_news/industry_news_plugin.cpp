#include "industry_news_plugin.h"

#include "paiban/blocks.h"
#include "paiban/plugin_export.h"
#include "paiban/section_head.h"

namespace paiban::industry_news {
namespace {

constexpr int kItemLevel = 2;
// The engine sets column sets of 1 to 3 columns (flow_builder.cpp).
constexpr int64_t kMaxColumns = 3;
// Between the marker and the title: an en space (U+2002), half an em. A
// plain space between a symbol such as ■ and a Han character is dropped by
// the engine (it takes ■ for Latin and puts the CJK–Latin gap there, which
// it leaves out next to symbols), so the marker would touch the title.
constexpr const char* kMarkerGap = "\xE2\x80\x82";

const SourceSpan& option_span(const OptionTable& options, const std::string& key) {
  static const SourceSpan none;
  auto it = options.find(key);
  return it == options.end() ? none : it->second.span;
}

}  // namespace

std::string IndustryNewsPlugin::name() const {
  return "industry_news";
}

std::string IndustryNewsPlugin::summary() const {
  return "A news digest: section head over a rule, items with marked 黑体 titles flowing in "
         "ruled columns.";
}

std::vector<OptionDecl> IndustryNewsPlugin::options() const {
  using T = OptionDecl::Type;
  std::vector<OptionDecl> out = section_head_options("行业动态");
  std::vector<OptionDecl> own = {
      {"columns", T::integer, "2", "columns the items flow in", {}, 1, 3},
      {"column_rule", T::boolean, "true", "a hairline between the columns", {}},
      {"gap", T::length, "0", "gap between the columns; 0 = the page's column_gap", {}, 0},
      {"marker",
       T::string,
       "\"■\"",
       "set before each item's title, half an em from it; \"\" = none. It is part of the "
       "title, so the contents and bookmarks show it too",
       {}},
      {"item_title_style",
       T::style,
       "\"news_title\"",
       "text style of the item titles (a compact 黑体 style)",
       {}},
      {"item_space",
       T::length,
       "\"0.5em\"",
       "space before each item but the first (whole grid lines when the grid is on)",
       {},
       0},
      {"item_rule",
       T::length,
       "0",
       "weight of a rule across the column between two items, in place of item_space; 0 = none",
       {},
       0},
      {"item_rule_color", T::color, "\"black\"", "colour of that rule", {}},
      {"body_style", T::style, "\"body\"", "text style of the items' paragraphs", {}},
      {"contents",
       T::boolean,
       "true",
       "list each item in the issue's contents and bookmarks (outline level 2)",
       {}},
  };
  out.insert(out.end(), own.begin(), own.end());
  return out;
}

// The styles this plugin names by default, so that it sets its section
// sensibly in any style sheet; the sheet's [styles.<name>] overrides them.
std::vector<TextStyleDecl> IndustryNewsPlugin::text_styles() const {
  return {
      {"news_title",
       "an item's title: 黑体小四, flush left, kept with the item's first lines",
       {{"font", "\"hei\""},
        {"size", "\"小四\""},
        {"first_line_indent", "\"0\""},
        {"align", "\"left\""},
        {"keep_with_next", "true"}}},
  };
}

void IndustryNewsPlugin::compose(const SectionContext& ctx, Composer& c) {
  const OptionTable& o = ctx.options;
  const Section& section = ctx.section;
  int64_t columns = option_int(o, "columns", 2);
  if (columns < 1 || columns > kMaxColumns) {
    ctx.report.error(option_span(o, "columns"),
                     "columns must be 1 to 3, not " + std::to_string(columns));
    columns = columns < 1 ? 1 : kMaxColumns;
  }
  const std::string marker = option_string(o, "marker", "■");
  const std::string title_style = option_string(o, "item_title_style", "news_title");
  const std::string body_style = option_string(o, "body_style", "body");
  const Length item_space = option_length(o, "item_space");
  const Length item_rule = option_length(o, "item_rule");
  const int item_level = option_bool(o, "contents", true) ? kItemLevel : 0;

  // The section head spans the columns: its title, then a rule under it.
  compose_section_head(ctx, c);

  const bool set = columns > 1;
  if (set) {
    ColumnSpec spec;
    spec.count = static_cast<int>(columns);
    spec.rule = option_bool(o, "column_rule", true);
    spec.gap = option_length(o, "gap");
    c.begin_columns(spec);
  }
  bool first = true;
  for (const auto& article : section.articles) {
    // Between two items: a rule (it takes a grid line, so no space besides),
    // else the space.
    if (!first && item_rule > Length::zero())
      c.rule(item_rule, option_string(o, "item_rule_color", "black"));
    else if (!first && item_space > Length::zero())
      c.space(item_space);
    first = false;
    if (!article.title.empty()) {
      std::vector<InlineRun> title;
      if (!marker.empty()) title = text_runs(marker + kMarkerGap, article.span);
      title.insert(title.end(), article.title.begin(), article.title.end());
      c.heading(title, title_style, item_level);
    }
    compose_blocks(c, article.blocks, house_block_styles(ctx, body_style));
  }
  if (set) c.end_columns();
}

}  // namespace paiban::industry_news

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::industry_news::IndustryNewsPlugin)
