#include "manuscript/link_definitions.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "manuscript/footnote_definitions.h"
#include "manuscript/gfm_parser.h"

namespace paiban::manuscript {
namespace {

// CommonMark §4.7: a label holds at most 999 characters.
constexpr std::size_t kMaxLabelBytes = std::size_t{999} * 4;  // UTF-8: up to 4 bytes each

// A line that may be a definition: its label as written and the byte
// column (1-based) of its '['.
struct Candidate {
  std::string label;
  int line = 0;  // cmark numbering
  int column = 0;
};

// Where a list item's marker ("-", "*", "+", or 1–9 digits and "." or ")",
// then a space) that starts at `i` ends; `i` when there is none.
std::size_t after_list_marker(std::string_view line, std::size_t i) {
  std::size_t j = i;
  if (j < line.size() && (line[j] == '-' || line[j] == '*' || line[j] == '+')) {
    ++j;
  } else {
    while (j < line.size() && j - i < 9 && line[j] >= '0' && line[j] <= '9') ++j;
    if (j == i || j >= line.size() || (line[j] != '.' && line[j] != ')')) return i;
    ++j;
  }
  return j < line.size() && (line[j] == ' ' || line[j] == '\t') ? j + 1 : i;
}

// "[label]:" after up to three spaces and any quote or list markers in
// front of it → the label and the byte offset of '['; an empty label when
// the line does not begin that way.
std::pair<std::string, std::size_t> label_at_start(std::string_view line) {
  std::size_t i = 0;
  while (true) {
    for (std::size_t spaces = 0; spaces < 3 && i < line.size() && line[i] == ' '; ++spaces) ++i;
    if (i < line.size() && line[i] == '>') {
      ++i;
      if (i < line.size() && line[i] == ' ') ++i;
      continue;
    }
    const std::size_t marker_end = after_list_marker(line, i);
    if (marker_end == i) break;
    i = marker_end;
  }
  if (i >= line.size() || line[i] != '[') return {};
  const std::size_t open = i;
  for (++i; i < line.size() && i - open <= kMaxLabelBytes; ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == '[') return {};
    if (line[i] != ']') continue;
    const std::string_view label = line.substr(open + 1, i - open - 1);
    if (i + 1 >= line.size() || line[i + 1] != ':') return {};
    if (label.find_first_not_of(" \t") == std::string_view::npos) return {};
    return {std::string(label), open};
  }
  return {};
}

std::vector<Candidate> candidates(cmark_node* document, std::string_view markdown) {
  std::vector<Candidate> out;
  for_each_line_outside_code(document, markdown, [&](int line_number, std::string_view line) {
    auto [label, open] = label_at_start(line);
    if (!label.empty()) out.push_back({std::move(label), line_number, static_cast<int>(open) + 1});
  });
  return out;
}

int line_count(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// Which labels cmark-gfm holds a definition of: each is asked for as a
// paragraph of its own ("[label]") after the manuscript; it becomes a link
// only if a definition of that label exists.
std::vector<bool> defined(std::string_view markdown, const std::vector<std::string>& labels) {
  std::string probe(markdown);
  if (!probe.empty() && probe.back() != '\n') probe += '\n';
  probe += '\n';
  const int first = line_count(probe) + 1;
  for (const std::string& label : labels) probe += "[" + label + "]\n\n";
  std::vector<bool> out(labels.size(), false);
  CmarkDocument doc = parse_gfm(probe);
  if (!doc) return out;
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
    if (cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH) continue;
    const int at = cmark_node_get_start_line(n) - first;
    if (at < 0 || at % 2 != 0 || static_cast<std::size_t>(at / 2) >= labels.size()) continue;
    cmark_node* child = cmark_node_first_child(n);
    out[static_cast<std::size_t>(at / 2)] =
        child && cmark_node_get_type(child) == CMARK_NODE_LINK && !cmark_node_next(child);
  }
  return out;
}

// Which labels a link or image uses: definitions of each label pointing at
// a URL of its own go before the manuscript (the first definition of a
// label is the one that counts), and the links that reach them are found.
std::vector<bool> used(std::string_view markdown, const std::vector<std::string>& labels) {
  const std::string probe_url = "paiban-link-definition-";
  std::string probe;
  for (std::size_t i = 0; i < labels.size(); ++i)
    probe += "[" + labels[i] + "]: " + probe_url + std::to_string(i) + "\n";
  probe += "\n";
  probe += markdown;
  std::vector<bool> out(labels.size(), false);
  CmarkDocument doc = parse_gfm(probe);
  if (!doc) return out;
  cmark_iter* it = cmark_iter_new(doc.get());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
    const char* url = cmark_node_get_url(n);
    const std::string_view target = url ? url : "";
    if (target.substr(0, probe_url.size()) != probe_url) continue;
    const std::string index(target.substr(probe_url.size()));
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) continue;
    const std::size_t i = std::stoul(index);
    if (i < out.size()) out[i] = true;
  }
  cmark_iter_free(it);
  return out;
}

}  // namespace

void report_link_definitions(const MarkdownContext& ctx, cmark_node* document,
                             std::string_view markdown) {
  const std::vector<Candidate> lines = candidates(document, markdown);
  if (lines.empty()) return;
  // Each label once, at its first line.
  std::vector<std::string> labels;
  std::vector<const Candidate*> first_line;
  std::set<std::string_view> seen;
  for (const Candidate& c : lines)
    if (seen.insert(c.label).second) {
      labels.push_back(c.label);
      first_line.push_back(&c);
    }
  const std::vector<bool> is_defined = defined(markdown, labels);
  std::vector<std::string> definitions;
  std::vector<const Candidate*> where;
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (is_defined[i]) {
      definitions.push_back(labels[i]);
      where.push_back(first_line[i]);
    }
  if (definitions.empty()) return;
  const std::vector<bool> is_used = used(markdown, definitions);
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    const std::string& label = definitions[i];
    const SourceSpan at = ctx.span_at(where[i]->line, where[i]->column);
    if (label.front() == '^') {
      const std::string message =
          label.find_first_of(" \t") != std::string::npos
              ? "'[" + label +
                    "]:' was taken as a link definition, not a note: a note's label cannot "
                    "contain spaces"
              : "'[" + label + "]:' was taken as a link definition, not a note";
      ctx.diags.warning(at, message,
                        {"write the label without spaces, here and in its marks (e.g. [^a_b])",
                         is_used[i] ? "as it stands, its marks print as linked words"
                                    : "as it stands, the note does not print"});
    } else if (!is_used[i]) {
      ctx.diags.warning(at,
                        "'[" + label +
                            "]:' was taken as a link definition that no link uses; the line "
                            "does not print",
                        {"link to it with [text][" + label +
                         "], delete the line, or write \\[ to print it as text"});
    }
  }
}

}  // namespace paiban::manuscript
