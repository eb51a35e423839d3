#include "feature_blocks.h"

namespace paiban::industry_trends {
namespace {

// Styles of the rarer blocks; a sheet without them sets them in body.
constexpr const char* kSubheadStyle = "h3";
constexpr const char* kQuoteStyle = "quote";
const Length kBreakRule = Length::pt(0.5);

// An item's first paragraph carries its marker ("• ", "1. "); an item
// without a paragraph still shows it.
void write_list(Composer& c, const Block& list, const std::string& style) {
  int number = 0;
  for (const auto& item : list.children) {
    const std::string marker = list.ordered ? std::to_string(++number) + ". " : "• ";
    bool marked = false;
    for (const auto& child : item.children) {
      if (!marked && child.kind == Block::Kind::paragraph) {
        std::vector<InlineRun> runs = run_of(marker, child.span);
        runs.insert(runs.end(), child.inlines.begin(), child.inlines.end());
        c.paragraph(runs, style);
        marked = true;
      } else {
        write_block(c, child, style);
      }
    }
    if (!marked) c.paragraph(run_of(marker, item.span), style);
  }
}

}  // namespace

void write_block(Composer& c, const Block& b, const std::string& style) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      c.paragraph(b.inlines, style);
      break;
    case Block::Kind::heading:
      c.heading(b.inlines, kSubheadStyle, 0);
      break;
    case Block::Kind::quote:
      write_blocks(c, b.children, kQuoteStyle);
      break;
    case Block::Kind::list:
      write_list(c, b, style);
      break;
    case Block::Kind::list_item:
      write_blocks(c, b.children, style);
      break;
    case Block::Kind::figure:
      c.figure(b.image_path, b.inlines, FigureSpec{});
      break;
    case Block::Kind::thematic_break:
      c.rule(kBreakRule, "");
      break;
    case Block::Kind::page_break:
      c.page_break(PageBreakSpec{});
      break;
    case Block::Kind::column_break:
      c.column_break();
      break;
  }
}

std::vector<InlineRun> run_of(const std::string& text, const SourceSpan& span) {
  InlineRun r;
  r.text = text;
  r.span = span;
  return {r};
}

void write_blocks(Composer& c, const std::vector<Block>& blocks, const std::string& body_style) {
  for (const auto& b : blocks) write_block(c, b, body_style);
}

}  // namespace paiban::industry_trends
