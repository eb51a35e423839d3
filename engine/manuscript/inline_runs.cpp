#include "manuscript/inline_runs.h"

#include <string_view>

#include "manuscript/cjk_emphasis.h"
#include "manuscript/gfm_parser.h"

namespace paiban::manuscript {
namespace {

struct Flags {
  bool strong = false;
  bool emphasis = false;
  bool strikethrough = false;
  std::string link;
};

std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool equals_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

class InlineReader {
 public:
  explicit InlineReader(const MarkdownContext& ctx) : ctx_(ctx) {}

  void read_children(cmark_node* parent, const Flags& flags) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) read(n, flags);
  }

  std::vector<InlineRun> take() { return std::move(runs_); }

 private:
  void read(cmark_node* node, const Flags& flags) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        read_text(node, flags);
        break;
      case CMARK_NODE_CODE:
        push_text(cmark_node_get_literal(node), flags, true, ctx_.start_of(node));
        break;
      case CMARK_NODE_SOFTBREAK:
        push_break(InlineRun::Kind::soft_break, node);
        break;
      case CMARK_NODE_LINEBREAK:
        push_break(InlineRun::Kind::hard_break, node);
        break;
      case CMARK_NODE_EMPH: {
        Flags inner = flags;
        inner.emphasis = true;
        read_children(node, inner);
        break;
      }
      case CMARK_NODE_STRONG: {
        Flags inner = flags;
        inner.strong = true;
        read_children(node, inner);
        break;
      }
      case CMARK_NODE_LINK:
        read_link(node, flags);
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        read_note_mark(node, flags);
        break;
      case CMARK_NODE_IMAGE:
        ctx_.diags.warning(ctx_.start_of(node), "image inside running text was skipped",
                           {"put ![caption](path) in a paragraph of its own to make a figure"});
        break;
      case CMARK_NODE_HTML_INLINE:
        warn_inline_html(node);
        break;
      default:
        if (node_type_name(node) == "strikethrough") {
          Flags inner = flags;
          inner.strikethrough = true;
          read_children(node, inner);
          break;
        }
        // An inline the engine does not know keeps its text; say so rather
        // than drop the mark.
        ctx_.diags.warning(ctx_.start_of(node),
                           "Markdown " + std::string(node_type_name(node)) +
                               " is not set yet; its text is printed plainly",
                           {"remove the markup"});
        read_children(node, flags);
        break;
    }
  }

  // A footnote mark: a note run carrying its definition's paragraphs
  // (joined by hard breaks). A mark inside a note is not followed: notes
  // do not nest.
  void read_note_mark(cmark_node* node, const Flags& flags) {
    const std::string written = as_written(node);
    const std::string label =
        written.size() > 3 ? written.substr(2, written.size() - 3) : std::string();
    FootnoteDefinitions* notes = ctx_.notes;
    const auto def =
        notes ? notes->by_label.find(note_label(label)) : decltype(notes->by_label.end()){};
    if (!notes || def == notes->by_label.end() || in_note_) {
      ctx_.diags.warning(
          ctx_.start_of(node),
          in_note_ ? "a footnote mark inside a note is not set; " + written + " was skipped"
                   : "no note " + written + " is defined; the mark was skipped",
          {"write the note's text in the paragraph, e.g. in parentheses"});
      return;
    }
    notes->used.insert(note_label(label));
    InlineRun run;
    run.kind = InlineRun::Kind::note;
    run.link = flags.link;
    run.span = ctx_.start_of(node);
    for (cmark_node* p = cmark_node_first_child(def->second); p; p = cmark_node_next(p)) {
      if (cmark_node_get_type(p) != CMARK_NODE_PARAGRAPH) {
        ctx_.diags.warning(ctx_.start_of(p),
                           "only paragraphs are set in a footnote; this block was skipped",
                           {"write the note as plain paragraphs"});
        continue;
      }
      if (!run.note.empty()) {
        InlineRun brk;
        brk.kind = InlineRun::Kind::hard_break;
        brk.span = ctx_.start_of(p);
        run.note.push_back(brk);
      }
      InlineReader inner(ctx_);
      inner.in_note_ = true;
      inner.read_children(p, {});
      for (InlineRun& r : inner.take()) run.note.push_back(std::move(r));
    }
    runs_.push_back(std::move(run));
  }

  // A footnote mark as the manuscript writes it ("[^n]"); cmark-gfm's
  // literal is the note's number, not its label.
  std::string as_written(cmark_node* node) const {
    const SourceSpan where = ctx_.start_of(node);
    if (where.line == 0) return "[^…]";
    std::string_view line = ctx_.source.line(where.line);
    const std::size_t at =
        ctx_.source.byte_offset(where.line, where.column) - ctx_.source.line_offset(where.line);
    const std::size_t end = line.find(']', at);
    if (at >= line.size() || end == std::string_view::npos) return "[^…]";
    return std::string(line.substr(at, end - at + 1));
  }

  // The link's text is set and carries the target. A link whose text is
  // its own URL written as a link ([https://…](https://…) or <https://…>)
  // prints the URL once, as text; say so, since a reader of the print
  // cannot follow it. A bare URL in the text (the autolink extension) is
  // the author's plain text and set as written.
  void read_link(cmark_node* node, Flags flags) {
    const char* url = cmark_node_get_url(node);
    flags.link = url ? url : "";
    const std::size_t before = runs_.size();
    read_children(node, flags);
    std::string text;
    for (std::size_t k = before; k < runs_.size(); ++k) text += runs_[k].text;
    const SourceSpan where = ctx_.start_of(node);
    if (where.line == 0 || text.empty()) return;
    std::string_view line = ctx_.source.line(where.line);
    const std::size_t at =
        ctx_.source.byte_offset(where.line, where.column) - ctx_.source.line_offset(where.line);
    const bool written = at < line.size() && (line[at] == '[' || line[at] == '<');
    const bool is_url =
        text == flags.link || "mailto:" + text == flags.link || "http://" + text == flags.link;
    if (written && is_url)
      ctx_.diags.warning(where, "the link's text is its URL '" + text + "'; it is printed as text",
                         {"give the link words: [新闻稿](" + flags.link +
                          "), or write the URL without link markup"});
  }

  void read_text(cmark_node* node, const Flags& flags) {
    const char* literal = cmark_node_get_literal(node);
    SourceSpan span = ctx_.start_of(node);
    if (!literal || span.line == 0) {
      push_text(literal, flags, false, span);
      return;
    }
    int line = span.line;
    int byte_column = cmark_node_get_start_column(node);
    std::string_view source_line = ctx_.source.line(line);
    std::size_t start = static_cast<std::size_t>(byte_column - 1);
    std::string_view source = start <= source_line.size() ? source_line.substr(start) : "";
    for (EmphasisPiece& piece : split_cjk_emphasis(literal, source)) {
      int column = static_cast<int>(start + piece.source_offset) + 1;
      Flags piece_flags = flags;
      piece_flags.strong = flags.strong || piece.strong;
      piece_flags.emphasis = flags.emphasis || piece.emphasis;
      push_text(piece.text, piece_flags, false,
                ctx_.span_at(cmark_node_get_start_line(node), column));
    }
  }

  void push_text(std::string_view text, const Flags& flags, bool code, SourceSpan span) {
    if (text.empty()) return;
    if (!runs_.empty()) {
      InlineRun& last = runs_.back();
      if (last.kind == InlineRun::Kind::text && last.strong == flags.strong &&
          last.emphasis == flags.emphasis && last.code == code &&
          last.strikethrough == flags.strikethrough && last.link == flags.link) {
        last.text += text;
        return;
      }
    }
    InlineRun run;
    run.text = std::string(text);
    run.strong = flags.strong;
    run.emphasis = flags.emphasis;
    run.strikethrough = flags.strikethrough;
    run.link = flags.link;
    run.code = code;
    run.span = std::move(span);
    runs_.push_back(std::move(run));
  }

  // cmark gives breaks no position; they sit where the previous node ends.
  void push_break(InlineRun::Kind kind, cmark_node* node) {
    InlineRun run;
    run.kind = kind;
    run.span = ctx_.start_of(node);
    if (run.span.line == 0) {
      if (cmark_node* prev = cmark_node_previous(node))
        run.span = ctx_.span_at(cmark_node_get_end_line(prev), cmark_node_get_end_column(prev) + 1);
      else if (!runs_.empty())
        run.span = runs_.back().span;
    }
    runs_.push_back(std::move(run));
  }

  void warn_inline_html(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    Block::Kind kind;
    if (literal && is_break_comment(literal, kind)) {
      ctx_.diags.warning(ctx_.start_of(node), "a break comment inside a paragraph was skipped",
                         {"put <!-- pagebreak --> or <!-- columnbreak --> on a line of its own, "
                          "with blank lines around it"});
      return;
    }
    ctx_.diags.warning(ctx_.start_of(node),
                       "raw HTML '" + std::string(literal ? literal : "") + "' was skipped",
                       {"write the text in Markdown, or escape '<' as '\\<' to print it"});
  }

  const MarkdownContext& ctx_;
  std::vector<InlineRun> runs_;
  bool in_note_ = false;  // reading a footnote's text
};

}  // namespace

bool is_break_comment(std::string_view html, Block::Kind& kind) {
  std::string_view s = trim(html);
  if (s.substr(0, 4) != "<!--" || s.size() < 7 || s.substr(s.size() - 3) != "-->") return false;
  std::string_view word = trim(s.substr(4, s.size() - 7));
  if (equals_ascii_nocase(word, "pagebreak")) {
    kind = Block::Kind::page_break;
    return true;
  }
  if (equals_ascii_nocase(word, "columnbreak")) {
    kind = Block::Kind::column_break;
    return true;
  }
  return false;
}

std::vector<InlineRun> read_inlines(const MarkdownContext& ctx, cmark_node* parent) {
  InlineReader reader(ctx);
  reader.read_children(parent, {});
  return reader.take();
}

}  // namespace paiban::manuscript
