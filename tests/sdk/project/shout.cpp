// "shout": sets its section's title as a heading and every paragraph in
// capitals, each ending with the option `mark` ("!" unless set).
#include <paiban/plugin_export.h>

#include <cctype>

namespace shout {

std::string shouted(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

class ShoutPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "shout"; }
  std::string summary() const override { return "Everything in capitals."; }
  std::vector<paiban::OptionDecl> options() const override {
    return {{"mark", paiban::OptionDecl::Type::string, "\"!\"", "appended to every line", {}}};
  }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    const std::string mark = paiban::option_string(ctx.options, "mark", "!");
    paiban::InlineRun title;
    title.text = shouted(ctx.section.title) + mark;
    title.span = ctx.section.span;
    composer.heading({title}, "h1", 1);
    for (const auto& article : ctx.section.articles) {
      for (const auto& block : article.blocks) {
        if (block.kind != paiban::Block::Kind::paragraph) continue;
        std::vector<paiban::InlineRun> runs = block.inlines;
        for (auto& run : runs) run.text = shouted(run.text);
        paiban::InlineRun end;
        end.text = mark;
        runs.push_back(end);
        composer.paragraph(runs, "body");
      }
    }
  }
};

}  // namespace shout

PAIBAN_EXPORT_SECTION_PLUGIN(shout::ShoutPlugin)
