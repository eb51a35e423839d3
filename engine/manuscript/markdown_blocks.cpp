#include "manuscript/markdown_blocks.h"

#include <algorithm>
#include <string>

#include <cmark-gfm-core-extensions.h>

#include "manuscript/footnote_definitions.h"
#include "manuscript/gfm_parser.h"
#include "manuscript/inline_runs.h"
#include "manuscript/link_definitions.h"
#include "manuscript/nesting.h"

namespace paiban::manuscript {
namespace {

class BlockReader {
 public:
  explicit BlockReader(const MarkdownContext& ctx) : ctx_(ctx) {}

  void read_children(cmark_node* parent, std::vector<Block>& out, bool nested) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n))
      read(n, out, nested);
  }

 private:
  Block make(Block::Kind kind, cmark_node* node) const {
    Block b;
    b.kind = kind;
    b.span = ctx_.start_of(node);
    return b;
  }

  void read(cmark_node* node, std::vector<Block>& out, bool nested) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        out.push_back(read_paragraph(node));
        break;
      case CMARK_NODE_HEADING:
        out.push_back(read_heading(node, nested));
        break;
      case CMARK_NODE_BLOCK_QUOTE: {
        Block b = make(Block::Kind::quote, node);
        read_children(node, b.children, true);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_LIST: {
        Block b = make(Block::Kind::list, node);
        b.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        if (b.ordered) b.start = cmark_node_get_list_start(node);
        read_children(node, b.children, true);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_ITEM: {
        Block b = make(Block::Kind::list_item, node);
        // The tasklist extension makes an item with a box a "tasklist" item.
        if (node_type_name(node) == "tasklist")
          b.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? Block::Task::done
                                                                        : Block::Task::open;
        read_children(node, b.children, true);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK:
        out.push_back(make(Block::Kind::thematic_break, node));
        break;
      case CMARK_NODE_HTML_BLOCK:
        read_html_block(node, out);
        break;
      case CMARK_NODE_CODE_BLOCK:
        out.push_back(read_code_block(node));
        break;
      case CMARK_NODE_FOOTNOTE_DEFINITION:  // read where its mark stands
        break;
      default:
        if (node_type_name(node) == "table")
          out.push_back(read_table(node));
        else
          report_unset(node);
        break;
    }
  }

  // A GFM pipe table: its rows (header first) and each column's alignment.
  Block read_table(cmark_node* node) {
    Block b = make(Block::Kind::table, node);
    const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t* align = cmark_gfm_extensions_get_table_alignments(node);
    for (uint16_t c = 0; c < columns; ++c) {
      const uint8_t a = align ? align[c] : 0;
      b.table_align.push_back(a == 'l'   ? Block::ColumnAlign::left
                              : a == 'c' ? Block::ColumnAlign::center
                              : a == 'r' ? Block::ColumnAlign::right
                                         : Block::ColumnAlign::none);
    }
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      TableRowText r;
      r.header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
      r.span = ctx_.start_of(row);
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        TableCellText c;
        c.span = ctx_.start_of(cell);
        c.inlines = read_inlines(ctx_, cell);
        r.cells.push_back(std::move(c));
      }
      // cmark-gfm pads short rows with empty cells; a long row's extra
      // cells are dropped by the parser, so say where.
      const std::size_t written = cells_written(row_source(row));
      if (written > columns)
        ctx_.diags.warning(r.span,
                           "this table row has " + std::to_string(written) +
                               " cells but the table has " + std::to_string(columns) +
                               " columns; the cells after column " + std::to_string(columns) +
                               " were dropped",
                           {"a '|' inside a cell (also inside `code`) must be written '\\|'; "
                            "for another column add it to the header and delimiter rows"});
      r.cells.resize(columns, TableCellText{{}, r.span});
      b.table_rows.push_back(std::move(r));
    }
    return b;
  }

  // A table row's source from where cmark-gfm starts it (after any quote
  // or list markers); rows are one line each.
  std::string_view row_source(cmark_node* row) const {
    const int line = cmark_node_get_start_line(row);
    if (line <= 0) return {};
    const std::string_view text = ctx_.source.line(ctx_.file_line(line));
    const auto from = static_cast<std::size_t>(std::max(cmark_node_get_start_column(row) - 1, 0));
    return from < text.size() ? text.substr(from) : std::string_view();
  }

  // The cells a pipe-table row is written with: GFM splits at every '|'
  // not escaped by '\' (inside code spans too), and a leading and a
  // trailing pipe only close the row.
  static std::size_t cells_written(std::string_view row) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!row.empty() && blank(row.front())) row.remove_prefix(1);
    while (!row.empty() && blank(row.back())) row.remove_suffix(1);
    if (row.empty()) return 0;
    std::size_t pipes = 0;
    bool last_is_pipe = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
      last_is_pipe = false;
      if (row[i] == '\\') {
        ++i;
      } else if (row[i] == '|') {
        ++pipes;
        last_is_pipe = i + 1 == row.size();
      }
    }
    std::size_t cells = pipes + 1;
    if (row.front() == '|') --cells;
    if (last_is_pipe && cells > 0) --cells;
    return cells;
  }

  // Nothing the parser finds is dropped without a word.
  void report_unset(cmark_node* node) {
    ctx_.diags.warning(ctx_.start_of(node),
                       "Markdown " + std::string(node_type_name(node)) + " is not set yet; skipped",
                       {"write it as paragraphs, or remove it"});
  }

  Block read_paragraph(cmark_node* node) {
    warn_heading_lookalikes(node);
    cmark_node* only = cmark_node_first_child(node);
    if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE)
      return read_figure(node, only);
    Block b = make(Block::Kind::paragraph, node);
    b.inlines = read_inlines(ctx_, node);
    return b;
  }

  // "＃ 标题" (a full-width hash) and "##标题" (no space after the hashes)
  // look like headings to an editor but are text to Markdown.
  void warn_heading_lookalikes(cmark_node* node) {
    const int first = cmark_node_get_start_line(node);
    const int last = cmark_node_get_end_line(node);
    for (int line = first; line > 0 && line <= last; ++line) {
      std::string_view text = ctx_.source.line(ctx_.file_line(line));
      std::size_t at = 0;
      while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '>')) ++at;
      const std::string_view rest = text.substr(at);
      std::size_t hashes = 0;
      while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
      const bool fullwidth = rest.starts_with("\xEF\xBC\x83");  // U+FF03 ＃
      const bool unspaced = hashes >= 1 && hashes <= 6 && hashes < rest.size() &&
                            rest[hashes] != ' ' && rest[hashes] != '\t';
      if (!fullwidth && !unspaced) continue;
      const SourceSpan where = ctx_.span_at(line, static_cast<int>(at) + 1);
      ctx_.diags.warning(where,
                         fullwidth ? "a line starting with a full-width '＃' is text, not a heading"
                                   : "a line starting with '" + std::string(hashes, '#') +
                                         "' without a space is text, not a heading",
                         {"for a heading write ASCII '#' and a space: '" +
                          std::string(hashes > 0 ? hashes : 1, '#') +
                          " 标题'; to keep the text, escape the first mark as '\\#'"});
    }
  }

  Block read_figure(cmark_node* paragraph, cmark_node* image) {
    Block b = make(Block::Kind::figure, paragraph);
    const char* url = cmark_node_get_url(image);
    b.image_path = url ? url : "";
    b.inlines = read_inlines(ctx_, image);
    if (b.image_path.empty())
      ctx_.diags.error(b.span, "figure has no image path",
                       {"write the path in the parentheses: ![caption](images/photo.jpg)"});
    return b;
  }

  Block read_heading(cmark_node* node, bool nested) {
    Block b = make(Block::Kind::heading, node);
    b.level = cmark_node_get_heading_level(node);
    b.inlines = read_inlines(ctx_, node);
    if (nested && b.level < 3) {
      // Sections and articles are the manuscript's outline; a heading inside
      // a quote or list cannot open one.
      ctx_.diags.warning(b.span, "a heading inside a quote or list does not start a section",
                         {"it is kept as a level-3 heading; move it out to start a section"});
      b.level = 3;
    }
    return b;
  }

  void read_html_block(cmark_node* node, std::vector<Block>& out) {
    const char* literal = cmark_node_get_literal(node);
    Block::Kind kind;
    if (literal && is_break_comment(literal, kind)) {
      out.push_back(make(kind, node));
      return;
    }
    std::string first_line = literal ? literal : "";
    first_line = first_line.substr(0, first_line.find('\n'));
    ctx_.diags.warning(ctx_.start_of(node), "raw HTML '" + first_line + "' was skipped",
                       {"only <!-- pagebreak --> and <!-- columnbreak --> are understood; write "
                        "the text in Markdown, or escape '<' as '\\<' to print it"});
  }

  // A code block: code runs, one per line. Indented code is almost always
  // a paragraph indented by an editor (首行缩进 with four spaces), so say so.
  Block read_code_block(cmark_node* node) {
    Block b = make(Block::Kind::code_block, node);
    bool fenced = is_fenced(node);
    if (!fenced)
      ctx_.diags.warning(b.span, "text indented by four or more spaces was read as code",
                         {"remove the indentation: the style sheet indents paragraphs"});
    std::string_view text = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    int line = cmark_node_get_start_line(node) + (fenced ? 1 : 0);
    while (!text.empty()) {
      std::size_t nl = text.find('\n');
      std::string_view piece = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      if (!b.inlines.empty()) {
        InlineRun br;
        br.kind = InlineRun::Kind::hard_break;
        br.span = b.inlines.back().span;
        b.inlines.push_back(std::move(br));
      }
      if (!piece.empty()) {
        InlineRun run;
        run.text = std::string(piece);
        run.code = true;
        std::string_view source_line = ctx_.source.line(ctx_.file_line(line));
        std::size_t at = source_line.find(piece);
        int byte_column = at == std::string_view::npos ? 1 : static_cast<int>(at) + 1;
        run.span = ctx_.span_at(line, byte_column);
        b.inlines.push_back(std::move(run));
      }
      ++line;
    }
    return b;
  }

  static bool is_fenced(cmark_node* node) {
    int length = 0, offset = 0;
    char fence = 0;
    return cmark_node_get_fenced(node, &length, &offset, &fence) != 0;
  }

  const MarkdownContext& ctx_;
};

}  // namespace

std::vector<Block> read_markdown_blocks(const MarkdownContext& ctx, std::string_view markdown) {
  CmarkDocument doc = parse_gfm(markdown);
  std::vector<Block> blocks;
  if (!doc || !check_nesting(ctx, doc.get())) return blocks;
  FootnoteDefinitions notes = gather_footnote_definitions(ctx, doc.get());
  MarkdownContext with_notes = ctx;
  with_notes.notes = &notes;
  BlockReader reader(with_notes);
  reader.read_children(doc.get(), blocks, false);
  report_unmarked_notes(ctx, doc.get(), markdown, notes);
  report_link_definitions(ctx, doc.get(), markdown);
  return blocks;
}

}  // namespace paiban::manuscript
