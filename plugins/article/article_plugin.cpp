#include "article_plugin.h"

#include "paiban/blocks.h"

namespace paiban::article {
namespace {

// Text styles this plugin asks for. The style sheet always defines body, h1
// and h2; the others fall back to body where a sheet does not define them.
constexpr const char* kSectionStyle = "h1";
constexpr const char* kArticleStyle = "h2";

// Outline levels (composer.h): 1 = section, 2 = article.
constexpr int kSectionLevel = 1;
constexpr int kArticleLevel = 2;

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
      {"body_style", OptionDecl::Type::style, "\"body\"", "text style of paragraphs and lists", {}},
      {"columns",
       OptionDecl::Type::integer,
       "1",
       "number of columns the articles are set in; the section title spans them all",
       {},
       1,
       3},
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
    composer.heading(text_runs(section.title, section.span), kSectionStyle, kSectionLevel);
    // After the heading, so the running head changes on the page where the
    // section actually starts.
    composer.set_running_section(section.title);
  }

  if (columns > 1) {
    ColumnSpec spec;
    spec.count = static_cast<int>(columns);
    composer.begin_columns(spec);
  }
  const BlockStyles styles = house_block_styles(ctx, body_style);
  for (const auto& article : section.articles) {
    if (!article.title.empty()) composer.heading(article.title, kArticleStyle, kArticleLevel);
    compose_blocks(composer, article.blocks, styles);
  }
  if (columns > 1) composer.end_columns();
}

SectionPlugin* create_article_plugin() {
  return new ArticlePlugin();
}

}  // namespace paiban::article
