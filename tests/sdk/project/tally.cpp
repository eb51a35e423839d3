// "tally": sets its section as a table through the SDK v2 table primitive —
// one row per paragraph: its number (right-aligned, a fixed column), its
// text (the rest of the measure) and its length in bytes (decimal-aligned,
// as wide as it needs) — with a header row and a 三线表's rules. Its cells
// are set in a text style it declares itself (SDK v2 text_styles()), which
// the style sheet may override; the option naming it is a `style` option.
#include <paiban/plugin_export.h>

namespace tally {

paiban::TableCell cell(const std::string& text, const paiban::SourceSpan& span) {
  paiban::InlineRun run;
  run.text = text;
  run.span = span;
  return paiban::TableCell{{run}, 1};
}

class TallyPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "tally"; }
  std::string summary() const override { return "Paragraphs counted in a table."; }
  std::vector<paiban::OptionDecl> options() const override {
    return {
        {"cell_style", paiban::OptionDecl::Type::style, "\"tally_cell\"", "cells' style", {}},
        {"rule", paiban::OptionDecl::Type::length, "\"1pt\"", "top and bottom rules", {}, 0, 6}};
  }
  std::vector<paiban::TextStyleDecl> text_styles() const override {
    return {{"tally_cell",
             "the table's cells: 小五, not indented",
             {{"size", "\"小五\""}, {"first_line_indent", "\"0\""}, {"align", "\"left\""}}}};
  }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    using paiban::TableColumn;
    paiban::TableSpec table;
    table.columns.resize(3);
    table.columns[0].width = TableColumn::Width::fixed;
    table.columns[0].fixed = paiban::Length::pt(36);
    table.columns[0].align = TableColumn::Align::right;
    table.columns[1].width = TableColumn::Width::fraction;
    table.columns[2].align = TableColumn::Align::decimal;
    table.rule_top = table.rule_bottom = paiban::option_length(ctx.options, "rule");
    table.style = paiban::option_string(ctx.options, "cell_style");
    table.caption = cell(ctx.section.title, ctx.section.span).text;
    paiban::TableRow header;
    header.header = true;
    header.rule_below = paiban::Length::pt(0.5);
    for (const char* title : {"No.", "Paragraph", "Bytes"})
      header.cells.push_back(cell(title, ctx.section.span));
    table.rows.push_back(header);
    int number = 0;
    for (const auto& article : ctx.section.articles)
      for (const auto& block : article.blocks) {
        if (block.kind != paiban::Block::Kind::paragraph) continue;
        // The runs' text (plain_text() lives in the engine, not the SDK).
        std::string text;
        for (const auto& run : block.inlines)
          text += run.kind == paiban::InlineRun::Kind::text ? run.text : " ";
        paiban::TableRow row;
        row.cells = {cell(std::to_string(++number), block.span), cell(text, block.span),
                     cell(std::to_string(text.size()) + ".0", block.span)};
        table.rows.push_back(row);
      }
    composer.table(table);
  }
};

}  // namespace tally

PAIBAN_EXPORT_SECTION_PLUGIN(tally::TallyPlugin)
