#include "manuscript/footnote_definitions.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace paiban::manuscript {
namespace {

// "[^label]:" at the start of `line` (after up to three spaces) → label.
std::string label_defined_by(std::string_view line) {
  std::size_t i = 0;
  while (i < 3 && i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i, 2) != "[^") return {};
  const std::size_t end = line.find("]:", i + 2);
  if (end == std::string_view::npos || end == i + 2) return {};
  const std::string_view label = line.substr(i + 2, end - i - 2);
  if (label.find_first_of(" \t[]") != std::string_view::npos) return {};
  return std::string(label);
}

// The label of a definition node as written ("[^来源]: …" → "来源").
// cmark-gfm places the node at its text, after "[^label]: ".
std::string definition_label(const MarkdownContext& ctx, cmark_node* def) {
  const SourceSpan at = ctx.start_of(def);
  if (at.line == 0) return {};
  const std::string_view line = ctx.source.line(at.line);
  const std::size_t from =
      ctx.source.byte_offset(at.line, at.column) - ctx.source.line_offset(at.line);
  const std::size_t open = line.rfind("[^", std::min(from, line.size()));
  return open == std::string_view::npos ? std::string() : label_defined_by(line.substr(open));
}

}  // namespace

void for_each_line_outside_code(
    cmark_node* document, std::string_view markdown,
    const std::function<void(int line_number, std::string_view line)>& visit) {
  // Lines (first and last) of code and HTML blocks.
  std::vector<std::pair<int, int>> verbatim;
  cmark_iter* it = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
      verbatim.emplace_back(cmark_node_get_start_line(n), cmark_node_get_end_line(n));
  }
  cmark_iter_free(it);
  // The blocks come in document order and do not overlap, so one cursor
  // walks them beside the lines.
  std::size_t block = 0;
  int line_number = 0;
  for (std::size_t from = 0; from < markdown.size();) {
    std::size_t end = markdown.find('\n', from);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string_view line = markdown.substr(from, end - from);
    from = end + 1;
    ++line_number;
    while (block < verbatim.size() && verbatim[block].second < line_number) ++block;
    const bool in_code = block < verbatim.size() && verbatim[block].first <= line_number;
    if (!in_code) visit(line_number, line);
  }
}

FootnoteDefinitions gather_footnote_definitions(const MarkdownContext& ctx, cmark_node* document) {
  FootnoteDefinitions notes;
  for (cmark_node* n = cmark_node_first_child(document); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION)
      notes.by_label.emplace(note_label(definition_label(ctx, n)), n);
  return notes;
}

void report_unmarked_notes(const MarkdownContext& ctx, cmark_node* document,
                           std::string_view markdown, const FootnoteDefinitions& notes) {
  auto warn = [&](const std::string& label, const SourceSpan& at) {
    ctx.diags.warning(at, "the note [^" + label + "] has no mark in the text and is not printed",
                      {"put [^" + label + "] where the note belongs, or delete the note"});
  };
  for (const auto& [label, def] : notes.by_label)
    if (!notes.used.count(label)) warn(definition_label(ctx, def), ctx.start_of(def));
  // The line (cmark numbering) of each label's first definition: cmark-gfm
  // keeps that one and drops any later definition of the label.
  std::map<std::string, int> first_definition;
  for_each_line_outside_code(document, markdown, [&](int line_number, std::string_view line) {
    const std::string label = label_defined_by(line);
    if (label.empty()) return;
    const SourceSpan at = ctx.span_at(line_number, 1 + static_cast<int>(line.find('[')));
    const auto [first, is_first] = first_definition.emplace(note_label(label), line_number);
    if (!is_first) {
      ctx.diags.warning(
          at,
          "the note [^" + label + "] is defined again; only its first definition (line " +
              std::to_string(ctx.file_line(first->second)) + ") is printed",
          {"give this note a label of its own and mark it in the text, or delete it"});
    } else if (!notes.by_label.count(note_label(label))) {
      warn(label, at);
    }
  });
}

}  // namespace paiban::manuscript
