#include "layout/flow/flow_builder.h"

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <variant>

#include "style/suggest.h"

namespace paiban::layout {
namespace {

const char* begin_call(FlowKind kind) {
  return kind == FlowKind::box ? "begin_box" : "begin_columns";
}

std::vector<InlineRun> plain_runs(const std::string& utf8, const SourceSpan& span) {
  // A plain text keeps its line breaks (masthead lines, signatures).
  std::vector<InlineRun> runs;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    const std::size_t nl = utf8.find('\n', start);
    InlineRun run;
    run.text = utf8.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    run.span = span;
    if (!run.text.empty()) runs.push_back(run);
    if (nl == std::string::npos) break;
    InlineRun br;
    br.kind = InlineRun::Kind::hard_break;
    br.span = span;
    runs.push_back(br);
    start = nl + 1;
  }
  return runs;
}

void collect_headings(const std::vector<FlowBlock>& blocks, std::vector<const FlowBlock*>& out) {
  for (const auto& b : blocks) {
    if (const auto* h = b.if_is<FlowBlock::Heading>(); h && h->outline_level > 0) out.push_back(&b);
    collect_headings(b.children(), out);
  }
}

// Blocks a list item may hold besides its paragraphs (a code block) or that
// do not interrupt a list (space, breaks, a running-section marker).
bool may_stand_in_list_item(FlowKind kind) {
  return kind == FlowKind::code_block || kind == FlowKind::space ||
         kind == FlowKind::column_break || kind == FlowKind::page_break ||
         kind == FlowKind::running_section;
}

}  // namespace

const FlowBlock::Text* FlowBlock::text_node() const {
  return std::visit(
      [](const auto& n) -> const Text* {
        if constexpr (std::is_base_of_v<Text, std::decay_t<decltype(n)>>)
          return &n;
        else
          return nullptr;
      },
      node);
}

const std::vector<FlowBlock>& FlowBlock::children() const {
  static const std::vector<FlowBlock> none;
  if (const auto* box = if_is<Box>()) return box->children;
  if (const auto* set = if_is<ColumnSet>()) return set->children;
  return none;
}

std::vector<const FlowBlock*> outline_headings(const Flow& flow) {
  std::vector<const FlowBlock*> out;
  collect_headings(flow.blocks, out);
  return out;
}

FlowBuilder::FlowBuilder(const Document& doc) : FlowBuilder(doc.path) {}

FlowBuilder::FlowBuilder(std::string document_path) {
  flow_.document_path = std::move(document_path);
  last_span_.file = flow_.document_path;
}

void FlowBuilder::note_span(const std::vector<InlineRun>& text) {
  for (const auto& run : text)
    if (!run.span.file.empty() || run.span.line > 0) {
      last_span_ = run.span;
      return;
    }
}

void FlowBuilder::problem(const std::string& call, const std::string& message, std::string hint,
                          const plugin::ComposeAttribution* by) {
  const plugin::ComposeAttribution& who = by ? *by : now_;
  Diagnostic d;
  d.severity = Severity::warning;
  d.span = who.plugin.empty() ? last_span_ : who.where;
  d.plugin = who.plugin;
  d.section = who.section;
  d.message = "Composer::" + call + ": " + message;
  d.hints.push_back(std::move(hint));
  flow_.problems.push_back(std::move(d));
}

void FlowBuilder::attribute(const plugin::ComposeAttribution& who) {
  if (!now_.plugin.empty() && !finished_)
    while (!open_.empty()) close_innermost("it ends where the plugin's compose call returns");
  now_ = who;
}

void FlowBuilder::check_style(const std::string& call, const std::string& style) {
  if (styles_.empty() || styles_.count(style)) return;
  if (!unknown_reported_.insert(now_.plugin + '\x1f' + now_.section + '\x1f' + style).second)
    return;
  Diagnostic d;
  d.severity = Severity::error;
  const bool at_heading = !now_.heading.file.empty() || now_.heading.line > 0;
  d.span = at_heading ? now_.heading : now_.plugin.empty() ? last_span_ : now_.where;
  d.plugin = now_.plugin;
  d.section = now_.section;
  d.message =
      "Composer::" + call + ": no text style \"" + style + "\"" +
      (now_.plugin.empty() ? std::string() : " (asked for by plugin '" + now_.plugin + "')") +
      ": neither the style sheet defines it nor a plugin declares it";
  const std::vector<std::string> known(styles_.begin(), styles_.end());
  if (auto near = style::closest(style, known))
    d.hints.push_back("did you mean \"" + *near + "\"?");
  d.hints.push_back("define [styles." + style +
                    "] in the style sheet, or correct the style name in the plugin or in its "
                    "options");
  if (at_heading && (!now_.where.file.empty() || now_.where.line > 0) &&
      (now_.where.file != now_.heading.file || now_.where.line != now_.heading.line))
    d.hints.push_back("the section is bound to the plugin at " + now_.where.file + ":" +
                      std::to_string(now_.where.line) + ":" + std::to_string(now_.where.column));
  flow_.problems.push_back(std::move(d));
}

std::vector<Diagnostic> FlowBuilder::take_problems() {
  flow();
  return std::exchange(flow_.problems, {});
}

std::vector<FlowBlock>& FlowBuilder::current_children() {
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (!it->block) continue;
    if (auto* box = std::get_if<FlowBlock::Box>(&it->block->node)) return box->children;
    return std::get<FlowBlock::ColumnSet>(it->block->node).children;
  }
  return flow_.blocks;
}

FlowBlock& FlowBuilder::add(FlowBlock block) {
  if (finished_) {
    problem("(after the flow)", "a Composer call came after the flow was finished; it is ignored",
            "compose everything before the pages are laid out");
    discarded_ = std::move(block);
    return discarded_;
  }
  if (block.span.file.empty() && block.span.line == 0) block.span = last_span_;
  if (auto* item = std::get_if<FlowBlock::ListParagraph>(&block.node))
    join_list(*item);
  else if (!may_stand_in_list_item(block.kind()))
    open_lists_.clear();
  auto& children = current_children();
  children.push_back(std::move(block));
  return children.back();
}

bool FlowBuilder::inside(FlowKind kind) const {
  for (const auto& o : open_)
    if (o.kind == kind) return true;
  return false;
}

void FlowBuilder::close_innermost(const char* implicit_reason) {
  if (implicit_reason)
    problem(begin_call(open_.back().kind),
            std::string(begin_call(open_.back().kind)) + " has no matching end; " + implicit_reason,
            std::string("call ") +
                (open_.back().kind == FlowKind::box ? "end_box" : "end_columns") +
                " once for every " + begin_call(open_.back().kind),
            &open_.back().opened_by);
  open_.pop_back();
}

namespace {

// The blocks whose content is a run of text in one style. The runs are
// copied from the Composer's const reference, or moved when the builder
// made them itself (text()'s plain runs).
template <class Node, class Runs>
FlowBlock text_block(Runs&& text, const std::string& style) {
  static_assert(std::is_same_v<std::remove_cvref_t<Runs>, std::vector<InlineRun>>);
  Node node{};
  node.text = std::forward<Runs>(text);
  node.style = style;
  return FlowBlock{std::move(node), {}};
}

}  // namespace

void FlowBuilder::heading(const std::vector<InlineRun>& text, const std::string& style,
                          int outline_level) {
  note_span(text);
  check_style("heading", style);
  FlowBlock b = text_block<FlowBlock::Heading>(text, style);
  b.as<FlowBlock::Heading>().outline_level = outline_level < 0 ? 0 : outline_level;
  add(std::move(b));
}

void FlowBuilder::paragraph(const std::vector<InlineRun>& text, const std::string& style) {
  note_span(text);
  check_style("paragraph", style);
  add(text_block<FlowBlock::Paragraph>(text, style));
}

void FlowBuilder::join_list(FlowBlock::ListParagraph& b) {
  const auto level = static_cast<std::size_t>(b.list.level);
  // A paragraph at this level ends the lists nested deeper.
  if (open_lists_.size() > level) open_lists_.resize(level);
  if (b.list.marker) {
    const int open = open_lists_.size() == level ? open_lists_.back() : -1;
    FlowList* list = open >= 0 ? &flow_.lists[open] : nullptr;
    // An item goes on the open list of its level when it continues its
    // numbering; otherwise it begins a new list there.
    if (list && list->ordered == b.list.ordered &&
        (!list->ordered || b.list.number == static_cast<int64_t>(list->last) + 1)) {
      list->last = b.list.number;
    } else {
      flow_.lists.push_back(
          {b.list.level, b.list.ordered, b.list.number, b.list.number, b.style, {}});
      open_lists_.resize(level, -1);
      open_lists_.back() = static_cast<int>(flow_.lists.size()) - 1;
    }
    if (!b.list.marker_text.empty())
      flow_.lists[static_cast<std::size_t>(open_lists_.back())].own_markers.push_back(
          b.list.marker_text);
  }
  b.list_path = open_lists_;
}

void FlowBuilder::list_paragraph(const std::vector<InlineRun>& text, const std::string& style,
                                 const ListItemSpec& item) {
  note_span(text);
  check_style("list_paragraph", style);
  FlowBlock b = text_block<FlowBlock::ListParagraph>(text, style);
  auto& node = b.as<FlowBlock::ListParagraph>();
  node.list = item;
  // Deeper than any manuscript nests; the cap keeps a plugin's stray level
  // from sizing the builder's per-level state.
  node.list.level = std::clamp(item.level, 1, kDeepestListLevel);
  add(std::move(b));
}

void FlowBuilder::code_block(const std::vector<InlineRun>& lines, const std::string& style) {
  note_span(lines);
  check_style("code_block", style);
  add(text_block<FlowBlock::CodeBlock>(lines, style));
}

void FlowBuilder::text(const std::string& utf8, const std::string& style) {
  check_style("text", style);
  add(text_block<FlowBlock::PlainText>(plain_runs(utf8, last_span_), style));
}

void FlowBuilder::space(Length amount) {
  if (amount <= Length::zero()) return;  // nothing to record
  add({FlowBlock::Space{amount}, {}});
}

void FlowBuilder::rule(Length thickness, const std::string& color) {
  add({FlowBlock::Rule{thickness < Length::zero() ? Length::zero() : thickness, color}, {}});
}

void FlowBuilder::begin_box(const BoxSpec& box) {
  if (!box.title.empty()) check_style("begin_box", box.title_style);
  if (inside(FlowKind::box)) {
    problem("begin_box", "boxes do not nest; the inner box's blocks are set in the outer box",
            "end the first box before beginning another");
    open_.push_back({FlowKind::box, nullptr, now_});
    return;
  }
  open_.push_back({FlowKind::box, &add({FlowBlock::Box{box, {}}, {}}), now_});
}

void FlowBuilder::end_box() {
  if (!inside(FlowKind::box)) {
    problem("end_box", "end_box without begin_box; it is ignored",
            "call end_box once for every begin_box");
    return;
  }
  while (open_.back().kind != FlowKind::box)
    close_innermost("end_box closes it, since it began inside the box");
  open_.pop_back();
  open_lists_.clear();
}

void FlowBuilder::begin_columns(const ColumnSpec& columns) {
  if (inside(FlowKind::box)) {
    problem("begin_columns",
            "a column set inside a box is not supported; its blocks are set in the box",
            "begin the columns before the box, or end the box first");
    open_.push_back({FlowKind::columns, nullptr, now_});
    return;
  }
  if (inside(FlowKind::columns)) {
    problem("begin_columns", "column sets do not nest; the open column set ends here",
            "call end_columns before begin_columns");
    while (!open_.empty()) open_.pop_back();
  }
  FlowBlock::ColumnSet set{columns, {}};
  if (set.spec.count < 1 || set.spec.count > 3) {
    problem("begin_columns",
            "a column set has " + std::to_string(columns.count) +
                " columns; paiban sets 1 to 3, so it is set in " +
                std::to_string(columns.count < 1 ? 1 : 3),
            "ask for 1, 2 or 3 columns");
    set.spec.count = columns.count < 1 ? 1 : 3;
  }
  open_.push_back({FlowKind::columns, &add({std::move(set), {}}), now_});
}

void FlowBuilder::end_columns() {
  if (!inside(FlowKind::columns)) {
    problem("end_columns", "end_columns without begin_columns; it is ignored",
            "call end_columns once for every begin_columns");
    return;
  }
  while (open_.back().kind != FlowKind::columns)
    close_innermost("end_columns closes it, since it began inside the column set");
  open_.pop_back();
  open_lists_.clear();
}

void FlowBuilder::figure(const std::string& image_path, const std::vector<InlineRun>& caption,
                         const FigureSpec& spec) {
  note_span(caption);
  check_style("figure", spec.caption_style);
  add({FlowBlock::Figure{image_path, caption, spec}, {}});
}

void FlowBuilder::pull_quote(const std::vector<InlineRun>& text, const std::string& style) {
  note_span(text);
  check_style("pull_quote", style);
  add(text_block<FlowBlock::PullQuote>(text, style));
}

void FlowBuilder::table(const TableSpec& spec) {
  FlowBlock b{FlowBlock::Table{spec}, {}};
  for (const auto& row : spec.rows)
    for (const auto& cell : row.cells) note_span(cell.text);
  for (const std::string* style : {&spec.style, &spec.header_style, &spec.caption_style,
                                   &spec.note_style, &spec.continuation_style})
    check_style("table", *style);
  TableSpec& t = b.as<FlowBlock::Table>().spec;
  // Misuse is repaired and reported (the call is named; the plugin and
  // section are added by the plugin stage).
  std::size_t widest = 0;
  for (auto& row : t.rows) {
    std::size_t width = 0;
    for (auto& cell : row.cells) {
      if (cell.column_span < 1) {
        problem("table",
                "a cell spans " + std::to_string(cell.column_span) + " columns; it is set in one",
                "give TableCell::column_span 1 or more");
        cell.column_span = 1;
      }
      width += static_cast<std::size_t>(cell.column_span);
    }
    widest = std::max(widest, width);
  }
  if (t.columns.empty()) {
    t.columns.resize(widest);
  } else if (widest > t.columns.size()) {
    problem("table",
            "a row has cells for " + std::to_string(widest) + " columns but the table has " +
                std::to_string(t.columns.size()) + "; the extra cells are dropped",
            "declare every column in TableSpec::columns, or span fewer columns");
    for (auto& row : t.rows) {
      std::size_t used = 0, keep = 0;
      for (auto& cell : row.cells) {
        if (used >= t.columns.size()) break;
        cell.column_span =
            static_cast<int>(std::min<std::size_t>(cell.column_span, t.columns.size() - used));
        used += static_cast<std::size_t>(cell.column_span);
        ++keep;
      }
      row.cells.resize(keep);
    }
  }
  bool body_seen = false;
  for (auto& row : t.rows) {
    if (row.header && body_seen) {
      problem("table", "a header row comes after a body row; it is set as a body row",
              "put header rows first");
      row.header = false;
    }
    body_seen = body_seen || !row.header;
  }
  for (auto& col : t.columns)
    if (col.width == TableColumn::Width::fraction && !(col.fraction > 0)) {
      problem("table",
              "a fraction column has fraction " + std::to_string(col.fraction) + "; it is given 1",
              "give fraction columns a share above 0");
      col.fraction = 1;
    }
  if (t.rows.empty()) {
    problem("table", "a table without rows is skipped", "add rows to TableSpec::rows");
    return;
  }
  add(std::move(b));
}

void FlowBuilder::page_break(const PageBreakSpec& spec) {
  add({FlowBlock::PageBreak{spec}, {}});
}

void FlowBuilder::column_break() {
  add({FlowBlock::ColumnBreak{}, {}});
}

void FlowBuilder::table_of_contents(const ContentsSpec& spec) {
  check_style("table_of_contents", spec.entry_style);
  check_style("table_of_contents", spec.section_style);
  add({FlowBlock::Contents{spec}, {}});
}

void FlowBuilder::set_running_section(const std::string& name) {
  add({FlowBlock::RunningSection{name}, {}});
}

const Flow& FlowBuilder::flow() {
  if (!finished_) {
    while (!open_.empty()) close_innermost("it ends with the issue");
    finished_ = true;
  }
  return flow_;
}

}  // namespace paiban::layout
