#include "data_brief_plugin.h"

#include <algorithm>

#include "key_figures.h"
#include "paiban/blocks.h"
#include "paiban/plugin_export.h"
#include "paiban/section_head.h"

namespace paiban::data_brief {
namespace {

// The engine sets column sets of 1 to 3 columns (flow_builder.cpp): a row
// holds at most three key figures; more start another row.
constexpr std::size_t kFiguresPerRow = 3;

void compose_key_figures(const std::vector<KeyFigure>& figures, const OptionTable& o, Composer& c) {
  const std::string label_style = option_string(o, "figure_label_style", "key_figure_label");
  const std::string value_style = option_string(o, "figure_style", "key_figure");
  for (std::size_t first = 0; first < figures.size(); first += kFiguresPerRow) {
    const std::size_t count = std::min(kFiguresPerRow, figures.size() - first);
    ColumnSpec row;
    row.count = static_cast<int>(count);
    row.balance = false;  // one box per column, each ended by a column break
    c.begin_columns(row);
    for (std::size_t k = first; k < first + count; ++k) {
      BoxSpec box;
      box.background = option_string(o, "figure_background");
      box.border = option_string(o, "figure_border");
      box.padding = option_length(o, "figure_padding", Length::pt(6));
      box.allow_break = false;
      c.begin_box(box);
      c.paragraph(figures[k].label, label_style);
      c.paragraph(figures[k].value, value_style);
      c.end_box();
      if (k + 1 < first + count) c.column_break();
    }
    c.end_columns();
  }
}

}  // namespace

std::string DataBriefPlugin::name() const {
  return "data_brief";
}

std::string DataBriefPlugin::summary() const {
  return "A data section: section head, key figures in a row of boxes, articles with their "
         "tables set as 三线表 with numbered captions and source notes.";
}

std::vector<OptionDecl> DataBriefPlugin::options() const {
  using T = OptionDecl::Type;
  std::vector<OptionDecl> out = section_head_options("经济数据");
  std::vector<OptionDecl> own = {
      {"key_figures",
       T::boolean,
       "true",
       "set a bullet list of \"label：value\" items that opens the section as key-figure boxes",
       {}},
      {"figure_style", T::style, "\"key_figure\"", "text style of a key figure's value", {}},
      {"figure_label_style",
       T::style,
       "\"key_figure_label\"",
       "text style of a key figure's label",
       {}},
      {"figure_background", T::color, "", "fill of the key-figure boxes; unset = none", {}},
      {"figure_border", T::color, "", "frame of the key-figure boxes; unset = none", {}},
      {"figure_padding", T::length, "\"6pt\"", "space inside the key-figure boxes", {}, 0},
      {"title_style", T::style, "\"h2\"", "text style of each article's title", {}},
      {"body_style", T::style, "\"body\"", "text style of the articles' paragraphs", {}},
      {"caption",
       T::string,
       "",
       "where a table's caption paragraph (beginning with 表) stands; not given = the style "
       "sheet's [typography] table_caption",
       {"before", "after"}},
      {"continued",
       T::string,
       "",
       "label over a table's header repeated after a break; not given = the style sheet's "
       "[typography] table_continued",
       {}},
      {"columns", T::integer, "1", "columns the articles flow in", {}, 1, 3},
      {"wide_tables",
       T::boolean,
       "true",
       "with columns > 1: set tables across the columns rather than in one column",
       {}},
  };
  out.insert(out.end(), own.begin(), own.end());
  return out;
}

// The styles this plugin names by default, so that it sets its section
// sensibly in any style sheet; the sheet's [styles.<name>] overrides them.
std::vector<TextStyleDecl> DataBriefPlugin::text_styles() const {
  return {
      {"key_figure",
       "a key figure's value: 黑体小四, flush left",
       {{"font", "\"hei\""},
        {"size", "\"小四\""},
        {"first_line_indent", "\"0\""},
        {"align", "\"left\""}}},
      {"key_figure_label",
       "a key figure's label, above its value: 黑体小五, flush left",
       {{"font", "\"hei\""},
        {"size", "\"小五\""},
        {"first_line_indent", "\"0\""},
        {"align", "\"left\""}}},
  };
}

void DataBriefPlugin::compose(const SectionContext& ctx, Composer& c) {
  const OptionTable& o = ctx.options;
  compose_section_head(ctx, c);
  BlockStyles styles = house_block_styles(ctx, option_string(o, "body_style", "body"));
  if (o.count("caption")) styles.caption_before = option_string(o, "caption", "before") == "before";
  if (o.count("continued")) styles.table_continued = option_string(o, "continued", "续表");
  styles.table_span_columns = option_bool(o, "wide_tables", true);
  const std::string title_style = option_string(o, "title_style", "h2");
  int64_t columns = option_int(o, "columns", 1);
  if (columns < 1 || columns > 3) {
    auto it = o.find("columns");
    ctx.report.error(it == o.end() ? SourceSpan{} : it->second.span,
                     "columns must be 1 to 3, not " + std::to_string(columns));
    columns = std::clamp<int64_t>(columns, 1, 3);
  }
  bool open = false;
  bool first = true;
  for (const Article& article : ctx.section.articles) {
    std::vector<Block> blocks = article.blocks;
    if (first && option_bool(o, "key_figures", true) && !blocks.empty()) {
      if (auto figures = key_figures(blocks.front())) {
        compose_key_figures(*figures, o, c);
        blocks.erase(blocks.begin());
      }
    }
    first = false;
    if (!open && columns > 1) {
      ColumnSpec set;
      set.count = static_cast<int>(columns);
      c.begin_columns(set);
      open = true;
    }
    if (!article.title.empty()) c.heading(article.title, title_style, 2);
    compose_blocks(c, blocks, styles);
  }
  if (open) c.end_columns();
}

}  // namespace paiban::data_brief

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::data_brief::DataBriefPlugin)
