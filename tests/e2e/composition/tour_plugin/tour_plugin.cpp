// The feature tour's section plugin: calls every Composer verb the article
// plugin does not, so tour.md shows every feature of page composition —
// a masthead with the contents, a tinted and framed box with a title bar,
// a section opening a right-hand page on its own master, a pull quote,
// three ruled columns with a box breaking across them and a figure across
// all columns. Built against the SDK only (docs/plugins.md).
#include <paiban/plugin_export.h>

#include <string>
#include <vector>

namespace paiban_tour {

using paiban::Block;
using paiban::Composer;
using paiban::InlineRun;

std::vector<InlineRun> run_of(const std::string& text, const paiban::SourceSpan& span) {
  InlineRun r;
  r.text = text;
  r.span = span;
  return {r};
}

// The engine's plain_text() is not for plugins (docs/plugins.md): join runs.
std::string joined(const std::vector<InlineRun>& runs) {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

class TourPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "tour"; }
  std::string summary() const override {
    return "Feature tour: masthead with contents, boxed note, or a feature in ruled columns.";
  }
  std::vector<paiban::OptionDecl> options() const override {
    using T = paiban::OptionDecl::Type;
    return {
        {"mode", T::string, "\"feature\"", "what to compose", {"cover", "note", "feature"}},
        {"columns", T::integer, "3", "columns of a feature", {}},
        {"master", T::string, "\"opener\"", "page master a feature opens on", {}},
        {"frame", T::string, "\"brand\"", "colour name of box frames and rules", {}},
        {"tint", T::string, "\"tint\"", "colour name of box backgrounds", {}},
    };
  }

  void compose(const paiban::SectionContext& ctx, Composer& c) override {
    const std::string mode = paiban::option_string(ctx.options, "mode", "feature");
    if (mode == "cover")
      cover(ctx, c);
    else if (mode == "note")
      note(ctx, c);
    else
      feature(ctx, c);
  }

 private:
  // Masthead lines from the front matter, a rule, and the contents.
  void cover(const paiban::SectionContext& ctx, Composer& c) {
    const auto& meta = ctx.document.meta;
    const paiban::SourceSpan none;
    c.text(meta.title, "masthead");
    c.text(meta.issue + "　" + meta.date, "masthead_sub");
    auto notice = meta.fields.find("notice");
    if (notice != meta.fields.end()) c.text(notice->second, "masthead_sub");
    c.rule(paiban::Length::pt(2), paiban::option_string(ctx.options, "frame"));
    c.space(paiban::Length::pt(6));
    c.heading(run_of("本期目录", none), "contents_title", 0);
    paiban::ContentsSpec contents;
    contents.section_style = "toc_section";
    contents.entry_style = "toc";
    c.table_of_contents(contents);
  }

  // The section title, then its paragraphs in a tinted, framed box with a
  // title bar; a signature under the box.
  void note(const paiban::SectionContext& ctx, Composer& c) {
    const auto& s = ctx.section;
    c.heading(run_of(s.title, s.span), "h1", 1);
    c.set_running_section(s.title);
    paiban::BoxSpec box;
    box.background = paiban::option_string(ctx.options, "tint");
    box.border = paiban::option_string(ctx.options, "frame");
    box.border_width = paiban::Length::pt(0.75);
    box.corner_radius = paiban::Length::pt(4);
    box.title = "编者按";
    box.title_background = box.border;
    c.begin_box(box);
    for (const auto& article : s.articles)
      for (const auto& b : article.blocks)
        if (b.kind == Block::Kind::paragraph) c.paragraph(b.inlines, "note");
    c.end_box();
    c.text("——本刊编辑部", "signature");
  }

  // A new right-hand page on the opener master; the title, a pull quote
  // from the first block quote, then the text in ruled columns: `###`
  // starts a box (until `---`), a figure spans all columns.
  void feature(const paiban::SectionContext& ctx, Composer& c) {
    const auto& s = ctx.section;
    paiban::PageBreakSpec opener;
    opener.master = paiban::option_string(ctx.options, "master");
    opener.right_page = true;
    c.page_break(opener);
    c.heading(run_of(s.title, s.span), "h1", 1);
    c.set_running_section(s.title);
    bool quoted = false;
    for (const auto& article : s.articles)
      for (const auto& b : article.blocks)
        if (!quoted && b.kind == Block::Kind::quote && !b.children.empty()) {
          c.pull_quote(b.children.front().inlines, "pull_quote");
          quoted = true;
        }
    paiban::ColumnSpec cols;
    cols.count = static_cast<int>(paiban::option_int(ctx.options, "columns", 3));
    cols.rule = true;
    c.begin_columns(cols);
    bool in_box = false;
    for (const auto& article : s.articles) {
      if (!article.title.empty()) c.heading(article.title, "h2", 2);
      for (const auto& b : article.blocks) {
        switch (b.kind) {
          case Block::Kind::heading: {
            if (in_box) c.end_box();
            paiban::BoxSpec box;
            box.background = paiban::option_string(ctx.options, "tint");
            box.border = paiban::option_string(ctx.options, "frame");
            box.title = joined(b.inlines);
            box.title_style = "box_title";
            box.title_background = paiban::option_string(ctx.options, "frame");
            c.begin_box(box);
            in_box = true;
            break;
          }
          case Block::Kind::thematic_break:
            if (in_box) c.end_box();
            in_box = false;
            break;
          case Block::Kind::paragraph:
            c.paragraph(b.inlines, in_box ? "box_text" : "body");
            break;
          case Block::Kind::figure: {
            paiban::FigureSpec fig;
            fig.span_columns = true;
            c.figure(b.image_path, b.inlines, fig);
            break;
          }
          case Block::Kind::column_break:
            c.column_break();
            break;
          default:
            break;
        }
      }
    }
    if (in_box) c.end_box();
    c.end_columns();
    c.space(paiban::Length::pt(8));
    c.rule(paiban::Length::pt(0.5), paiban::option_string(ctx.options, "frame"));
    c.text("（本版完）", "signature");
  }
};

}  // namespace paiban_tour

PAIBAN_EXPORT_SECTION_PLUGIN(paiban_tour::TourPlugin)
