#include "industry_trends_plugin.h"

#include <algorithm>

#include "paiban/blocks.h"
#include "paiban/plugin_export.h"
#include "paiban/section_head.h"
#include "pull_quote_picker.h"

namespace paiban::industry_trends {
namespace {

constexpr int kArticleLevel = 2;
// The engine sets column sets of 1 to 3 columns (flow_builder.cpp).
constexpr int64_t kMaxColumns = 3;

const SourceSpan& option_span(const OptionTable& options, const std::string& key) {
  static const SourceSpan none;
  auto it = options.find(key);
  return it == options.end() ? none : it->second.span;
}

// An integer option within [lo, hi]; outside, an error at the option and
// the nearest bound.
int64_t bounded(const SectionContext& ctx, const std::string& key, int64_t fallback, int64_t lo,
                int64_t hi) {
  const int64_t v = option_int(ctx.options, key, fallback);
  if (v >= lo && v <= hi) return v;
  ctx.report.error(option_span(ctx.options, key), key + " must be " + std::to_string(lo) + " to " +
                                                      std::to_string(hi) + ", not " +
                                                      std::to_string(v));
  return v < lo ? lo : hi;
}

struct Settings {
  std::string title_style, lead_style, body_style, pull_quote_style;
  bool lead = true;
  ColumnSpec columns;
  PickRules picks;
  Length separator;
  std::string separator_color;
};

}  // namespace

std::string IndustryTrendsPlugin::name() const {
  return "industry_trends";
}

std::string IndustryTrendsPlugin::summary() const {
  return "Feature articles: section head over a rule, large spanning titles, a 楷体 lead, body "
         "in columns, optional pull quotes.";
}

std::vector<OptionDecl> IndustryTrendsPlugin::options() const {
  using T = OptionDecl::Type;
  std::vector<OptionDecl> out = section_head_options("行业趋势");
  std::vector<OptionDecl> own = {
      {"title_style",
       T::style,
       "\"feature_title\"",
       "text style of each article's title, set across the type area",
       {}},
      {"lead",
       T::boolean,
       "true",
       "set each article's first paragraph as a lead across the type area, in lead_style",
       {}},
      {"lead_style", T::style, "\"lead\"", "text style of the lead (a larger 楷体 style)", {}},
      {"columns", T::integer, "2", "columns of the article body", {}, 1, 3},
      {"column_rule", T::boolean, "false", "a hairline between the columns", {}},
      {"gap", T::length, "0", "gap between the columns; 0 = the page's column_gap", {}, 0},
      {"body_style", T::style, "\"body\"", "text style of the body paragraphs", {}},
      {"pull_quotes",
       T::integer,
       "0",
       "pull quotes per article. A pull quote REPEATS a quoted sentence of the "
       "article, so it is read, and extracted, twice; 0 = none",
       {},
       0,
       3},
      {"pull_quote_style", T::style, "\"pull_quote\"", "text style of the pull quotes", {}},
      {"pull_quote_min_chars",
       T::integer,
       "12",
       "shortest quotation worth pulling, in characters between the marks",
       {},
       1},
      {"pull_quote_max_chars", T::integer, "60", "longest quotation to pull", {}, 1},
      {"pull_quote_distance",
       T::integer,
       "2",
       "the pull quote follows the paragraph this many paragraphs on from the one it repeats "
       "(1 = right after it; the article's end if it is shorter)",
       {},
       1},
      {"separator",
       T::length,
       "0",
       "weight of a rule across the type area between two articles; 0 = none",
       {},
       0},
      {"separator_color", T::color, "\"black\"", "colour of that rule", {}},
  };
  out.insert(out.end(), own.begin(), own.end());
  return out;
}

// The styles this plugin names by default, so that it sets its section
// sensibly in any style sheet; the sheet's [styles.<name>] overrides them.
std::vector<TextStyleDecl> IndustryTrendsPlugin::text_styles() const {
  return {
      {"feature_title",
       "an article's title across the type area: 黑体小二, flush left",
       {{"font", "\"hei\""},
        {"size", "\"小二\""},
        {"line_height", "\"1.4em\""},
        {"first_line_indent", "\"0\""},
        {"align", "\"left\""},
        {"keep_with_next", "true"}}},
      {"lead",
       "an article's lead (its first paragraph): 楷体小四",
       {{"font", "\"kai\""}, {"size", "\"小四\""}}},
  };
}

void IndustryTrendsPlugin::compose(const SectionContext& ctx, Composer& c) {
  const OptionTable& o = ctx.options;
  const Section& section = ctx.section;
  Settings s;
  s.title_style = option_string(o, "title_style", "feature_title");
  s.lead = option_bool(o, "lead", true);
  s.lead_style = option_string(o, "lead_style", "lead");
  s.body_style = option_string(o, "body_style", "body");
  s.pull_quote_style = option_string(o, "pull_quote_style", "pull_quote");
  s.columns.count = static_cast<int>(bounded(ctx, "columns", 2, 1, kMaxColumns));
  s.columns.rule = option_bool(o, "column_rule");
  s.columns.gap = option_length(o, "gap");
  s.picks.count = static_cast<int>(bounded(ctx, "pull_quotes", 0, 0, 3));
  s.picks.min_chars = static_cast<int>(bounded(ctx, "pull_quote_min_chars", 12, 1, 1000));
  s.picks.max_chars =
      static_cast<int>(bounded(ctx, "pull_quote_max_chars", 60, s.picks.min_chars, 1000));
  s.picks.distance = static_cast<int>(bounded(ctx, "pull_quote_distance", 2, 1, 100));
  s.separator = option_length(o, "separator");
  s.separator_color = option_string(o, "separator_color", "black");

  compose_section_head(ctx, c);

  bool first = true;
  for (const auto& article : section.articles) {
    if (!first && s.separator > Length::zero()) c.rule(s.separator, s.separator_color);
    first = false;
    // Title and lead span the type area, above the article's columns.
    if (!article.title.empty()) c.heading(article.title, s.title_style, kArticleLevel);
    std::size_t k = 0;
    const auto& blocks = article.blocks;
    const BlockStyles styles = house_block_styles(ctx, s.body_style);
    // A table's caption or note is no lead: it goes with its table.
    const std::vector<const Block*> taken = taken_by_tables(blocks, styles);
    if (s.lead && !blocks.empty() && blocks[0].kind == Block::Kind::paragraph &&
        std::find(taken.begin(), taken.end(), &blocks[0]) == taken.end()) {
      c.paragraph(blocks[0].inlines, s.lead_style);
      k = 1;
    }
    std::vector<PickedQuote> quotes;
    if (s.picks.count > 0) quotes = pick_pull_quotes(blocks, k, s.picks);

    const bool set = s.columns.count > 1 && k < blocks.size();
    if (set) c.begin_columns(s.columns);
    std::size_t next_quote = 0;
    for (; k < blocks.size(); ++k) {
      compose_block_of(c, blocks, k, styles, taken);
      // Inside the column, a paragraph or more after the one it repeats.
      while (next_quote < quotes.size() && quotes[next_quote].place_after == k) {
        InlineRun run;
        run.text = quotes[next_quote].text;
        run.span = quotes[next_quote].span;
        c.pull_quote({run}, s.pull_quote_style);
        ++next_quote;
      }
    }
    if (set) c.end_columns();
  }
}

}  // namespace paiban::industry_trends

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::industry_trends::IndustryTrendsPlugin)
