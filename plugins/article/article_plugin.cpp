#include "article_plugin.h"

namespace paiban::article {
namespace {

// Text styles this plugin asks for. The style sheet always defines body, h1
// and h2; the others fall back to body where a sheet does not define them.
constexpr const char* kSectionStyle = "h1";
constexpr const char* kArticleStyle = "h2";
constexpr const char* kSubheadStyle = "h3";
constexpr const char* kQuoteStyle = "quote";

// Outline levels (composer.h): 1 = section, 2 = article; subheads make no
// bookmark, so the contents stay one line per article.
constexpr int kSectionLevel = 1;
constexpr int kArticleLevel = 2;
constexpr int kNoOutline = 0;

// A hairline for `---`; the empty colour name means the default text colour.
const Length kBreakRule = Length::pt(0.5);

std::vector<InlineRun> text_run(const std::string& text, const SourceSpan& span) {
  InlineRun run;
  run.text = text;
  run.span = span;
  return {run};
}

// Writes blocks in reading order. `paragraph_style` is the body style, or
// the quote style inside a block quote (quotes nest by style, not depth).
class BlockWriter {
 public:
  explicit BlockWriter(Composer& composer) : composer_(composer) {}

  void blocks(const std::vector<Block>& blocks, const std::string& paragraph_style) {
    for (const auto& block : blocks) this->block(block, paragraph_style);
  }

 private:
  void block(const Block& b, const std::string& paragraph_style) {
    switch (b.kind) {
      case Block::Kind::paragraph:
        composer_.paragraph(b.inlines, paragraph_style);
        break;
      case Block::Kind::heading:
        composer_.heading(b.inlines, kSubheadStyle, kNoOutline);
        break;
      case Block::Kind::quote:
        blocks(b.children, kQuoteStyle);
        break;
      case Block::Kind::list:
        list(b, paragraph_style);
        break;
      case Block::Kind::list_item:  // only inside a list; alone, its text still counts
        blocks(b.children, paragraph_style);
        break;
      case Block::Kind::figure:
        composer_.figure(b.image_path, b.inlines, FigureSpec{});
        break;
      case Block::Kind::thematic_break:
        composer_.rule(kBreakRule, "");
        break;
      case Block::Kind::page_break:
        composer_.page_break(PageBreakSpec{});
        break;
      case Block::Kind::column_break:
        composer_.column_break();
        break;
    }
  }

  // Each item becomes paragraphs; its first paragraph starts with the
  // marker ("• " or "1. "), later ones continue without.
  void list(const Block& list, const std::string& paragraph_style) {
    int number = 0;
    for (const auto& item : list.children) {
      ++number;
      const std::string marker = list.ordered ? std::to_string(number) + ". " : "• ";
      bool marked = false;
      for (const auto& child : item.children) {
        if (!marked && child.kind == Block::Kind::paragraph) {
          std::vector<InlineRun> runs = text_run(marker, child.span);
          runs.insert(runs.end(), child.inlines.begin(), child.inlines.end());
          composer_.paragraph(runs, paragraph_style);
          marked = true;
        } else {
          block(child, paragraph_style);
        }
      }
      // An item without a paragraph (only a nested list) still shows its marker.
      if (!marked) composer_.paragraph(text_run(marker, item.span), paragraph_style);
    }
  }

  Composer& composer_;
};

}  // namespace

std::string ArticlePlugin::name() const {
  return "article";
}

std::string ArticlePlugin::summary() const {
  return "Section title as a heading, then each article's title and text in one or more "
         "columns.";
}

std::vector<OptionDecl> ArticlePlugin::options() const {
  return {
      {"body_style",
       OptionDecl::Type::string,
       "\"body\"",
       "text style of paragraphs and lists",
       {}},
      {"columns",
       OptionDecl::Type::integer,
       "1",
       "number of columns the articles are set in; the section title spans them all",
       {}},
  };
}

void ArticlePlugin::compose(const SectionContext& ctx, Composer& composer) {
  const Section& section = ctx.section;
  const std::string body_style = option_string(ctx.options, "body_style", "body");
  int64_t columns = option_int(ctx.options, "columns", 1);
  if (columns < 1) {
    auto it = ctx.options.find("columns");
    ctx.report.error(it == ctx.options.end() ? SourceSpan{} : it->second.span,
                     "columns must be 1 or more, not " + std::to_string(columns));
    columns = 1;
  }

  if (!section.title.empty()) {
    composer.heading(text_run(section.title, section.span), kSectionStyle, kSectionLevel);
    // After the heading, so the running head changes on the page where the
    // section actually starts.
    composer.set_running_section(section.title);
  }

  if (columns > 1) {
    ColumnSpec spec;
    spec.count = static_cast<int>(columns);
    composer.begin_columns(spec);
  }
  BlockWriter writer(composer);
  for (const auto& article : section.articles) {
    if (!article.title.empty()) composer.heading(article.title, kArticleStyle, kArticleLevel);
    writer.blocks(article.blocks, body_style);
  }
  if (columns > 1) composer.end_columns();
}

SectionPlugin* create_article_plugin() {
  return new ArticlePlugin();
}

}  // namespace paiban::article
