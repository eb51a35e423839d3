// SDK. Composing a manuscript's blocks the ordinary way, for plugins that
// need nothing special for them: header-only, so it is compiled into each
// plugin and adds nothing to the ABI.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/section_plugin.h"

namespace paiban {

// One plain text run, placed at `span` (titles, markers, signatures).
inline std::vector<InlineRun> text_runs(const std::string& text, const SourceSpan& span) {
  InlineRun run;
  run.text = text;
  run.span = span;
  return {run};
}

// Text styles of the blocks. The built-in base defines every default name
// here (docs/style-reference.md, "Built-in base"); a name no sheet defines
// and no plugin declares is an error naming the plugin and section.
struct BlockStyles {
  std::string body = "body";
  std::string subhead = "h3";     // `###`: no bookmark, no contents line
  std::string minor_head = "h4";  // `####` and deeper
  std::string quote = "quote";    // paragraphs inside `>` (quotes nest by style, not depth)
  std::string code = "code";      // fenced code blocks
  Length thematic_rule = Length::pt(0.5);  // `---`, in the default text colour
  int list_level = 0;  // lists around the blocks (set while composing an item's children)
  // Task list boxes (`- [ ]`, `- [x]`): both are in every CJK font's GB 2312 set.
  std::string task_open = "□";
  std::string task_done = "■";
  // Tables are set as 三线表 (a heavy rule above and below, a light rule
  // under the header, no vertical rules). A paragraph directly before
  // (caption_before = true) or after the table whose text begins with 表
  // and a number or a separator (caption_words_at: "表1 …", "表 …", not
  // "表明…") is its caption; the number written after 表 is replaced by
  // the count. A paragraph directly after the table (after the caption, if
  // that follows it) that begins with one of note_prefixes is its note.
  std::string table = "table";
  std::string table_header = "table_header";
  std::string table_caption = "table_caption";
  std::string table_note = "table_note";
  Length table_heavy_rule = Length::pt(1);
  Length table_light_rule = Length::pt(0.5);
  Length table_cell_padding = Length::pt(5);  // 10 pt between a number and the next column
  std::string table_continued = "续表";
  bool caption_before = true;
  bool table_span_columns = false;  // tables across the columns of their set
  std::vector<std::string> note_prefixes = {"资料来源", "数据来源", "来源：", "注：", "说明："};
};

// The block styles of a section that follows the house style's table
// choices (SectionContext::house), its paragraphs in `body`.
inline BlockStyles house_block_styles(const SectionContext& ctx, const std::string& body = "body") {
  BlockStyles s;
  s.body = body;
  s.table_continued = ctx.house.table_continued;
  s.caption_before = ctx.house.table_caption_before;
  return s;
}

inline void compose_blocks(Composer& c, const std::vector<Block>& blocks,
                           const BlockStyles& styles);
inline void compose_block(Composer& c, const Block& b, const BlockStyles& styles);

// One list: each item's paragraphs as list paragraphs one level deeper
// than the blocks around it (the first carries the marker), its other
// blocks (nested lists, quotes, code) composed at that depth.
inline void compose_list(Composer& c, const Block& list, const BlockStyles& styles) {
  BlockStyles inner = styles;
  inner.list_level = styles.list_level + 1;
  int number = list.start;
  for (const auto& item : list.children) {
    ListItemSpec spec;
    spec.level = inner.list_level;
    spec.ordered = list.ordered;
    spec.number = number++;
    if (item.task != Block::Task::none)
      spec.marker_text = item.task == Block::Task::done ? styles.task_done : styles.task_open;
    // An item that opens with no paragraph of its own (only a nested list)
    // still shows its marker, on a line of its own.
    if (item.children.empty() || item.children.front().kind != Block::Kind::paragraph) {
      c.list_paragraph({}, styles.body, spec);
      spec.marker = false;
    }
    for (const auto& child : item.children) {
      if (child.kind == Block::Kind::paragraph) {
        c.list_paragraph(child.inlines, styles.body, spec);
        spec.marker = false;
      } else {
        compose_block(c, child, inner);
      }
    }
  }
}

// A table's caption and note, taken from the paragraphs around it.
struct TableNeighbours {
  const Block* caption = nullptr;
  const Block* note = nullptr;
};

inline bool begins_with(const Block& b, const std::string& prefix) {
  return b.kind == Block::Kind::paragraph && !b.inlines.empty() &&
         b.inlines.front().kind == InlineRun::Kind::text &&
         b.inlines.front().text.rfind(prefix, 0) == 0;
}

// Where a caption's own words begin in its first run: after 表, the number
// written after it (1, １, 一 …) and one separator ("表1 ", "表 2：", "表："),
// since the engine numbers tables itself. npos when the text is no caption:
// 表 must be followed by a number, a separator or nothing, so a paragraph
// beginning 表明, 表示 or 表现 stays a paragraph.
inline std::size_t caption_words_at(const std::string& text) {
  const std::string table = "表";
  if (text.rfind(table, 0) != 0) return std::string::npos;
  std::size_t at = table.size();
  bool numbered = false;
  for (bool more = true; more && at < text.size();) {
    more = false;
    if (text[at] >= '0' && text[at] <= '9') {
      ++at;
      numbered = more = true;
      continue;
    }
    for (const char* digit : {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９", "〇",
                              "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
      if (text.compare(at, std::string(digit).size(), digit) == 0) {
        at += std::string(digit).size();
        numbered = more = true;
        break;
      }
  }
  bool separated = false;
  for (const char* sep : {"：", ":", "　", " ", ".", "、"})
    if (text.compare(at, std::string(sep).size(), sep) == 0) {
      at += std::string(sep).size();
      separated = true;
      break;
    }
  if (!numbered && !separated && at < text.size()) return std::string::npos;
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

inline bool is_caption(const Block& b) {
  return begins_with(b, "表") && caption_words_at(b.inlines.front().text) != std::string::npos;
}

inline TableNeighbours table_neighbours(const std::vector<Block>& blocks, std::size_t at,
                                        const BlockStyles& styles) {
  TableNeighbours n;
  std::size_t after = at + 1;
  if (styles.caption_before) {
    if (at > 0 && is_caption(blocks[at - 1])) n.caption = &blocks[at - 1];
  } else if (after < blocks.size() && is_caption(blocks[after])) {
    n.caption = &blocks[after++];
  }
  if (after < blocks.size())
    for (const auto& prefix : styles.note_prefixes)
      if (begins_with(blocks[after], prefix)) {
        n.note = &blocks[after];
        break;
      }
  return n;
}

// A caption's runs without "表", its number and separator
// (caption_words_at).
inline std::vector<InlineRun> caption_text(const Block& caption) {
  std::vector<InlineRun> runs = caption.inlines;
  std::string& first = runs.front().text;
  first.erase(0, std::min(caption_words_at(first), first.size()));
  if (first.empty()) runs.erase(runs.begin());
  return runs;
}

// A manuscript table as a 三线表.
inline TableSpec house_table(const Block& b, const TableNeighbours& n, const BlockStyles& styles) {
  TableSpec t;
  t.style = styles.table;
  t.header_style = styles.table_header;
  t.caption_style = styles.table_caption;
  t.continuation_style = styles.table_caption;
  t.note_style = styles.table_note;
  t.continuation_label = styles.table_continued;
  t.span_columns = styles.table_span_columns;
  t.cell_padding = styles.table_cell_padding;
  t.rule_top = styles.table_heavy_rule;
  t.rule_bottom = styles.table_heavy_rule;
  for (Block::ColumnAlign a : b.table_align) {
    TableColumn col;
    col.align = a == Block::ColumnAlign::center  ? TableColumn::Align::center
                : a == Block::ColumnAlign::right ? TableColumn::Align::decimal
                                                 : TableColumn::Align::left;
    t.columns.push_back(col);
  }
  for (std::size_t r = 0; r < b.table_rows.size(); ++r) {
    const TableRowText& text = b.table_rows[r];
    TableRow row;
    row.header = text.header;
    const bool last_header =
        text.header && (r + 1 == b.table_rows.size() || !b.table_rows[r + 1].header);
    if (last_header) row.rule_below = styles.table_light_rule;
    for (const auto& cell : text.cells) row.cells.push_back(TableCell{cell.inlines, 1});
    t.rows.push_back(std::move(row));
  }
  if (n.caption) t.caption = caption_text(*n.caption);
  if (n.note) t.note = n.note->inlines;
  return t;
}

// One block in reading order: paragraphs in the body style, headings as
// subheads, quotes in the quote style, lists with a marker and an indent
// per level, code blocks, figures, `---` rules, page and column breaks.
// Inside a list item a paragraph stands under the item's text.
inline void compose_block(Composer& c, const Block& b, const BlockStyles& styles) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      if (styles.list_level > 0) {
        ListItemSpec under;
        under.level = styles.list_level;
        under.marker = false;
        c.list_paragraph(b.inlines, styles.body, under);
      } else {
        c.paragraph(b.inlines, styles.body);
      }
      break;
    case Block::Kind::heading:
      // A heading within an article ranks under the article's title (2):
      // a bookmark at its level, a contents entry when the contents go deep.
      c.heading(b.inlines, b.level >= 4 ? styles.minor_head : styles.subhead, std::max(3, b.level));
      break;
    case Block::Kind::code_block:
      c.code_block(b.inlines, styles.code);
      break;
    case Block::Kind::quote: {
      BlockStyles quoted = styles;
      quoted.body = styles.quote;
      compose_blocks(c, b.children, quoted);
      break;
    }
    case Block::Kind::list:
      compose_list(c, b, styles);
      break;
    case Block::Kind::list_item:  // only inside a list; alone, its text still counts
      compose_blocks(c, b.children, styles);
      break;
    case Block::Kind::figure:
      c.figure(b.image_path, b.inlines, FigureSpec{});
      break;
    case Block::Kind::thematic_break:
      c.rule(styles.thematic_rule, "");
      break;
    case Block::Kind::page_break:
      c.page_break(PageBreakSpec{});
      break;
    case Block::Kind::column_break:
      c.column_break();
      break;
    case Block::Kind::table:  // alone, without the paragraphs around it
      c.table(house_table(b, {}, styles));
      break;
  }
}

// The paragraphs of `blocks` the tables among them take as caption or note
// (table_neighbours); they are not set on their own.
inline std::vector<const Block*> taken_by_tables(const std::vector<Block>& blocks,
                                                 const BlockStyles& styles) {
  std::vector<const Block*> taken;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == Block::Kind::table) {
      const TableNeighbours n = table_neighbours(blocks, i, styles);
      for (const Block* p : {n.caption, n.note})
        if (p) taken.push_back(p);
    }
  return taken;
}

// Block `i` of `blocks` as compose_blocks sets it: nothing for a paragraph
// in `taken` (taken_by_tables), a table with its caption and note.
inline void compose_block_of(Composer& c, const std::vector<Block>& blocks, std::size_t i,
                             const BlockStyles& styles, const std::vector<const Block*>& taken) {
  const Block& b = blocks[i];
  if (std::find(taken.begin(), taken.end(), &b) != taken.end()) return;
  if (b.kind == Block::Kind::table)
    c.table(house_table(b, table_neighbours(blocks, i, styles), styles));
  else
    compose_block(c, b, styles);
}

// Blocks in reading order; a table takes its caption and note from the
// paragraphs around it (BlockStyles), which are then not set on their own.
inline void compose_blocks(Composer& c, const std::vector<Block>& blocks,
                           const BlockStyles& styles) {
  const std::vector<const Block*> taken = taken_by_tables(blocks, styles);
  for (std::size_t i = 0; i < blocks.size(); ++i) compose_block_of(c, blocks, i, styles, taken);
}

}  // namespace paiban
