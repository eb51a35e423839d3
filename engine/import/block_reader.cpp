// The block level of WordprocessingML: paragraphs (with their style's
// heading level or list numbering), tables, content controls and tracked
// block insertions/deletions.
#include <algorithm>

#include "base/utf8.h"
#include "import/reader_context.h"
#include "import/structure.h"
#include "import/xml.h"

namespace paiban::import {
namespace {

// Puts a numbering label before the text: "一、" + "总体要求"; a label that
// does not end in Chinese punctuation gets a space ("1.2 范围").
void prefix_label(DocxBlock& block, const std::string& label) {
  if (label.empty() || block.spans.empty()) return;
  char32_t last = 0;
  for (std::size_t i = 0; i < label.size();) last = utf8_next(label, i);
  const bool cjk_mark = (last >= 0x3000 && last <= 0x303F) || (last >= 0xFF00 && last <= 0xFF65);
  Span s;
  s.text = label + (cjk_mark ? "" : " ");
  s.half_points = block.spans.front().half_points;
  block.spans.insert(block.spans.begin(), s);
}

void paragraph(ReaderContext& ctx, const pugi::xml_node& p, std::vector<DocxBlock>& out) {
  ++ctx.paragraph_number;
  const pugi::xml_node paragraph_props = child(p, "pPr");
  const StyleInfo style = ctx.styles.paragraph_style(attr(child(paragraph_props, "pStyle"), "val"));
  const Formatting direct = read_paragraph_formatting(paragraph_props);
  Formatting formatting = direct;
  formatting.inherit(style.formatting);
  if (paragraph_props) {
    if (child(paragraph_props, "pPrChange")) ++ctx.format_revisions;
    const pugi::xml_node mark = child(paragraph_props, "rPr");
    if (child(mark, "ins") || child(mark, "del")) ++ctx.revisions;
  }
  InlineResult inlines = read_inlines(ctx, p, formatting);
  for (auto& b : inlines.blocks_before) out.push_back(std::move(b));

  DocxBlock block;
  block.number = ctx.paragraph_number;
  block.spans = std::move(inlines.spans);
  block.centered = formatting.justification == "center";
  block.caption_style = style.role == StyleRole::caption;
  // Word's automatic number ("一、", "（二）", "1.2"): counted for every
  // numbered paragraph, so the numbers after it are right.
  const int ilvl = std::clamp(formatting.num_level, 0, 8);
  const auto level = ctx.numbering.level(formatting.num_id, ilvl);
  const std::string label = level && style.role != StyleRole::toc
                                ? ctx.numbering.next_label(formatting.num_id, ilvl)
                                : "";
  if (!level && !formatting.num_id.empty() && formatting.num_id != "0" &&
      !ctx.numbering.defines(formatting.num_id))
    ++ctx.unnumbered_list_items;
  if (style.role == StyleRole::toc) {
    ctx.toc_dropped = true;
  } else if (direct.outline_level >= 0 && direct.outline_level <= 8) {
    block.kind = DocxBlock::Kind::heading;
    block.heading_level = direct.outline_level + 1;
    prefix_label(block, label);
  } else if (style.role == StyleRole::heading || style.role == StyleRole::title) {
    block.kind = DocxBlock::Kind::heading;
    block.heading_level = style.heading_level;
    prefix_label(block, label);
  } else if (level && level->ordered && !is_plain_decimal(*level)) {
    // Markdown numbers 1. 2. 3. only: a 一、 or （一） list keeps its
    // numbers as text, in ordinary paragraphs.
    prefix_label(block, label);
  } else if (level) {
    block.kind = DocxBlock::Kind::list_item;
    block.list.level = ilvl;
    block.list.ordered = level->ordered;
    block.list.start = level->start;
    block.list.list_key = ctx.numbering.list_key(formatting.num_id);
  }
  if (style.role != StyleRole::toc && !block.spans.empty()) out.push_back(std::move(block));
  for (auto& b : inlines.text_boxes) out.push_back(std::move(b));
}

bool is_caption(const DocxBlock& b) {
  return b.kind == DocxBlock::Kind::paragraph &&
         (b.caption_style || strip_caption_label(plain_text(b.spans)));
}

// Which of a cell's blocks are figures or their caption paragraphs (the
// one right after a figure, else right before): they go after the table
// together. `pictures` counts the figures.
std::vector<bool> figures_with_captions(const std::vector<DocxBlock>& blocks, int& pictures) {
  std::vector<bool> leaves(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != DocxBlock::Kind::figure) continue;
    leaves[i] = true;
    ++pictures;
    if (i + 1 < blocks.size() && is_caption(blocks[i + 1]))
      leaves[i + 1] = true;
    else if (i > 0 && !leaves[i - 1] && is_caption(blocks[i - 1]))
      leaves[i - 1] = true;
  }
  return leaves;
}

// One cell's text: its paragraphs joined by line breaks (a GFM table cell
// holds one line). Figures (with the caption paragraph next to them) and
// nested tables are handed back to go after the table.
std::vector<Span> cell_text(ReaderContext& ctx, const pugi::xml_node& tc,
                            std::vector<DocxBlock>& after_table, bool& nested_table,
                            int& pictures) {
  std::vector<DocxBlock> blocks;
  read_blocks(ctx, tc, blocks);
  const std::vector<bool> leaves = figures_with_captions(blocks, pictures);
  std::vector<Span> spans;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    DocxBlock& b = blocks[i];
    if (leaves[i]) {
      after_table.push_back(std::move(b));
      continue;
    }
    std::vector<std::vector<Span>> pieces;
    if (b.kind == DocxBlock::Kind::table) {
      nested_table = true;
      for (auto& row : b.rows)
        for (auto& cell : row) pieces.push_back(std::move(cell));
    } else if (b.kind == DocxBlock::Kind::quote) {
      for (auto& c : b.children) pieces.push_back(std::move(c.spans));
    } else {
      pieces.push_back(std::move(b.spans));
    }
    for (auto& piece : pieces) {
      if (piece.empty()) continue;
      if (!spans.empty()) spans.push_back(Span{Span::Kind::line_break, {}, false, false, {}, -1});
      for (auto& s : piece) spans.push_back(std::move(s));
    }
  }
  return spans;
}

int int_value(const pugi::xml_node& node, int fallback) {
  try {
    return node ? std::stoi(attr(node, "val")) : fallback;
  } catch (...) {
    return fallback;
  }
}

// The only cell of a table of one row and one column, else an empty node.
pugi::xml_node lone_cell(const pugi::xml_node& tbl) {
  int grid_columns = 0;
  for (pugi::xml_node g : child(tbl, "tblGrid").children())
    if (is(g, "gridCol")) ++grid_columns;
  if (grid_columns > 1) return {};
  pugi::xml_node cell;
  for (pugi::xml_node tr : tbl.children()) {
    if (!is(tr, "tr")) continue;
    const pugi::xml_node row_props = child(tr, "trPr");
    if (child(row_props, "del")) continue;
    if (cell || int_value(child(row_props, "gridBefore"), 0) > 0) return {};
    for (pugi::xml_node tc : tr.children()) {
      if (!is(tc, "tc")) continue;
      if (cell || int_value(child(child(tc, "tcPr"), "gridSpan"), 1) > 1) return {};
      cell = tc;
    }
    if (!cell) return {};
  }
  return cell;
}

// A one-cell table is Word's way to draw a box around text: a block quote.
// Its cell is read once, so note marks and pictures in it count once.
void boxed_text(ReaderContext& ctx, const pugi::xml_node& tc, std::vector<DocxBlock>& out) {
  const int first_paragraph = ctx.paragraph_number + 1;
  DocxBlock quote;
  quote.kind = DocxBlock::Kind::quote;
  quote.number = first_paragraph;
  std::vector<DocxBlock> inner, after_box;
  read_blocks(ctx, tc, inner);
  int pictures = 0;
  const std::vector<bool> leaves = figures_with_captions(inner, pictures);
  for (std::size_t i = 0; i < inner.size(); ++i)
    (leaves[i] ? after_box : quote.children).push_back(std::move(inner[i]));
  // A box around a picture alone (a framed figure) is just the figure.
  if (!quote.children.empty()) {
    ctx.report.warn(ctx.file, first_paragraph,
                    "a one-cell table (a box around text) became a block quote",
                    {"check it; the style sheet decides how quotes look"});
    out.push_back(std::move(quote));
  }
  for (auto& b : after_box) out.push_back(std::move(b));
}

void table(ReaderContext& ctx, const pugi::xml_node& tbl, std::vector<DocxBlock>& out) {
  if (const pugi::xml_node cell = lone_cell(tbl)) {
    boxed_text(ctx, cell, out);
    return;
  }
  const int first_paragraph = ctx.paragraph_number + 1;
  DocxBlock block;
  block.kind = DocxBlock::Kind::table;
  block.number = first_paragraph;
  std::vector<DocxBlock> after_table;
  std::vector<std::string> merges;
  bool nested = false;
  int grid_columns = 0;
  for (pugi::xml_node g : child(tbl, "tblGrid").children())
    if (is(g, "gridCol")) ++grid_columns;
  // A span or an indent wider than the table is damage (or an attack: a
  // span of 2^31 columns would be as many empty cells): cut to the grid's
  // columns, or Word's most (63) when the grid is smaller: only the empty
  // cells a span adds are dropped, never text.
  const int max_columns = std::max(grid_columns, 63);
  bool spans_cut = false;
  int pictures = 0;
  // Column → row where the vertical merge covering it began (-1: none).
  std::vector<int> merge_start;
  const auto close_vertical = [&](std::size_t col, int last_row) {
    if (col < merge_start.size() && merge_start[col] >= 0) {
      if (last_row > merge_start[col])
        merges.push_back("rows " + std::to_string(merge_start[col] + 1) + "–" +
                         std::to_string(last_row + 1) + " of column " + std::to_string(col + 1));
      merge_start[col] = -1;
    }
  };
  for (pugi::xml_node tr : tbl.children()) {
    if (!is(tr, "tr")) continue;
    const pugi::xml_node row_props = child(tr, "trPr");
    if (child(row_props, "del")) {
      ++ctx.revisions;
      continue;
    }
    if (child(row_props, "ins")) ++ctx.revisions;
    const int row = static_cast<int>(block.rows.size());
    const int before = int_value(child(row_props, "gridBefore"), 0);
    if (before > max_columns) spans_cut = true;
    std::vector<std::vector<Span>> cells(
        static_cast<std::size_t>(std::clamp(before, 0, max_columns)));
    for (pugi::xml_node tc : tr.children()) {
      if (!is(tc, "tc")) continue;
      const pugi::xml_node cell_props = child(tc, "tcPr");
      const std::size_t col = cells.size();
      const int room =
          std::max(1, max_columns - static_cast<int>(std::min<std::size_t>(col, max_columns)));
      const int asked = int_value(child(cell_props, "gridSpan"), 1);
      if (asked > room) spans_cut = true;
      const int span = std::clamp(asked, 1, room);
      if (merge_start.size() < col + static_cast<std::size_t>(span))
        merge_start.resize(col + static_cast<std::size_t>(span), -1);
      const pugi::xml_node vmerge = child(cell_props, "vMerge");
      const std::string vmerge_val = vmerge ? attr(vmerge, "val") : "";
      const bool continues = vmerge && vmerge_val != "restart";
      std::vector<Span> text = cell_text(ctx, tc, after_table, nested, pictures);
      if (continues) {
        if (merge_start[col] < 0) merge_start[col] = std::max(0, row - 1);
        text.clear();  // Word keeps the merged text in the first cell
      } else {
        close_vertical(col, row - 1);
        if (vmerge) merge_start[col] = row;
      }
      if (span > 1)
        merges.push_back("row " + std::to_string(row + 1) + ", columns " + std::to_string(col + 1) +
                         "–" + std::to_string(col + span));
      cells.push_back(std::move(text));
      for (int i = 1; i < span; ++i) cells.emplace_back();
    }
    block.rows.push_back(std::move(cells));
  }
  for (std::size_t col = 0; col < merge_start.size(); ++col)
    close_vertical(col, static_cast<int>(block.rows.size()) - 1);
  if (block.rows.empty()) return;
  std::size_t columns = static_cast<std::size_t>(grid_columns);
  for (const auto& r : block.rows) columns = std::max(columns, r.size());
  for (auto& r : block.rows) r.resize(columns);

  if (!merges.empty()) {
    std::string list;
    for (const auto& m : merges) list += (list.empty() ? "" : "; ") + m;
    ctx.report.warn(ctx.file, first_paragraph,
                    "table with merged cells (" + list +
                        "): Markdown tables cannot merge cells, so the merged text stands in "
                        "the first cell and the others are empty",
                    {"check the table; split it or reword the merged cells if it reads wrong"});
  }
  if (nested)
    ctx.report.warn(ctx.file, first_paragraph,
                    "a table inside a table cell was flattened into the cell's text");
  if (pictures > 0)
    ctx.report.warn(ctx.file, first_paragraph,
                    std::to_string(pictures) +
                        " picture(s) in table cells were placed after the table, with their "
                        "captions: a Markdown table cell holds text only",
                    {"check that the pictures read right below the table"});
  if (spans_cut)
    ctx.report.warn(ctx.file, first_paragraph,
                    "a cell spans (or a row is indented by) more columns than the table has; "
                    "cut to the table's " +
                        std::to_string(max_columns) + " columns",
                    {"the table is damaged: check it in Word"});
  out.push_back(std::move(block));
  for (auto& b : after_table) out.push_back(std::move(b));
}

bool is_toc_control(const pugi::xml_node& sdt) {
  const pugi::xml_node gallery = child(child(child(sdt, "sdtPr"), "docPartObj"), "docPartGallery");
  return gallery && attr(gallery, "val").find("Table of Contents") != std::string::npos;
}

}  // namespace

void read_blocks(ReaderContext& ctx, const pugi::xml_node& parent, std::vector<DocxBlock>& out) {
  if (ctx.nesting >= ReaderContext::kMaxNesting) {
    if (!ctx.nesting_reported)
      ctx.report.warn(ctx.file, ctx.paragraph_number,
                      "tables, content controls or text boxes are nested more than " +
                          std::to_string(ReaderContext::kMaxNesting) +
                          " deep; the content below that depth was left out");
    ctx.nesting_reported = true;
    return;
  }
  ++ctx.nesting;
  struct Leave {
    int& n;
    ~Leave() { --n; }
  } leave{ctx.nesting};
  for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    const std::string_view name = local_name(n.name());
    if (name == "p") {
      paragraph(ctx, n, out);
    } else if (name == "tbl") {
      table(ctx, n, out);
    } else if (name == "sdt") {
      if (is_toc_control(n)) {
        ctx.toc_dropped = true;
        continue;
      }
      read_blocks(ctx, child(n, "sdtContent"), out);
    } else if (name == "customXml") {
      read_blocks(ctx, n, out);
    } else if (name == "ins" || name == "moveTo") {
      ++ctx.revisions;
      read_blocks(ctx, n, out);
    } else if (name == "del" || name == "moveFrom") {
      ++ctx.revisions;
    } else if (name == "altChunk") {
      ctx.report.warn(ctx.file, ctx.paragraph_number,
                      "an embedded document (altChunk, e.g. pasted HTML) was left out",
                      {"in Word: select all, copy, 选择性粘贴 → 无格式文本 into a new document"});
    }
  }
}

}  // namespace paiban::import
