#include "pdf/navigation.h"

#include <podofo/base/PdfArray.h>

#include <algorithm>
#include <cstring>
#include <optional>

#include "pdf/number_format.h"

namespace paiban::pdf {
namespace {

struct ParsedLabel {
  std::string style;  // "D", "r", "R" or "" (literal)
  int value = 0;
};

std::optional<int> parse_roman(const std::string& s, bool upper) {
  static const char* lower_digits = "ivxlcdm";
  static const char* upper_digits = "IVXLCDM";
  static const int values[] = {1, 5, 10, 50, 100, 500, 1000};
  const char* digits = upper ? upper_digits : lower_digits;
  if (s.empty() || s.size() > 15) return std::nullopt;
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    const char* p = std::strchr(digits, *it);
    if (!p || *it == '\0') return std::nullopt;
    int v = values[p - digits];
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  // Accept only the canonical spelling, so "iiii" stays a literal label.
  auto to_roman = [&](int n) {
    static const std::pair<int, const char*> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (auto [v, r] : table) {
      while (n >= v) {
        out += r;
        n -= v;
      }
    }
    if (upper) std::transform(out.begin(), out.end(), out.begin(), ::toupper);
    return out;
  };
  if (total <= 0 || to_roman(total) != s) return std::nullopt;
  return total;
}

ParsedLabel parse_label(const std::string& label) {
  if (!label.empty() && label.size() <= 9 && label[0] != '0' &&
      std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {"D", std::stoi(label)};
  }
  if (auto v = parse_roman(label, false)) return {"r", *v};
  if (auto v = parse_roman(label, true)) return {"R", *v};
  return {"", 0};
}

}  // namespace

std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels) {
  std::vector<LabelRange> out;
  int expected = 0;  // next value that would continue the current range
  for (std::size_t i = 0; i < labels.size(); ++i) {
    // A page without a label counts as its 1-based position.
    ParsedLabel p =
        labels[i].empty() ? ParsedLabel{"D", static_cast<int>(i) + 1} : parse_label(labels[i]);
    bool continues = !out.empty() && !p.style.empty() && out.back().style == p.style &&
                     out.back().prefix.empty() && p.value == expected;
    if (!continues) {
      LabelRange r;
      r.first_page = static_cast<int>(i);
      r.style = p.style;
      r.prefix = p.style.empty() ? labels[i] : std::string();
      r.start = p.style.empty() ? 1 : p.value;
      out.push_back(r);
    }
    expected = p.value + 1;
  }
  return out;
}

void write_page_labels(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                       const std::vector<std::string>& labels) {
  PoDoFo::PdfArray nums;
  for (const LabelRange& r : label_ranges(labels)) {
    PoDoFo::PdfObject* label = objects.dict();
    if (!r.style.empty()) {
      put_name(label, "S", r.style);
      if (r.start != 1) put_int(label, "St", r.start);
    }
    if (!r.prefix.empty()) put_text(label, "P", r.prefix);
    nums.push_back(
        PoDoFo::PdfObject(PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(r.first_page))));
    nums.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(label->Reference())));
  }
  PoDoFo::PdfObject* tree = objects.dict();
  put_value(tree, "Nums", PoDoFo::PdfObject(PoDoFo::PdfVariant(nums)));
  put_ref(catalog, "PageLabels", tree->Reference());
}

void write_viewer_preferences(PoDoFo::PdfObject* catalog) {
  put_raw(catalog, "ViewerPreferences", "<< /DisplayDocTitle true >>");
}

void write_outline(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                   const std::vector<page::OutlineEntry>& outline,
                   const std::vector<PageTarget>& pages) {
  if (outline.empty()) return;
  struct Node {
    PoDoFo::PdfObject* obj;
    std::vector<std::size_t> children;
    int level;
  };
  // Node 0 is the /Outlines root; each entry hangs under the nearest earlier
  // entry with a smaller level, so a level-3 entry after a level-1 entry
  // still nests instead of being lost.
  std::vector<Node> nodes;
  nodes.push_back({objects.dict("Outlines"), {}, 0});
  std::vector<std::size_t> stack = {0};
  for (const page::OutlineEntry& e : outline) {
    if (pages.empty()) break;
    const int level = std::max(1, e.level);
    while (nodes[stack.back()].level >= level) stack.pop_back();
    PoDoFo::PdfObject* item = objects.dict();
    objects.hash().add(e.title);
    put_text(item, "Title", e.title);
    const PageTarget& target = pages[static_cast<std::size_t>(
        std::clamp<int>(e.page, 0, static_cast<int>(pages.size()) - 1))];
    put_raw(item, "Dest",
            "[" + std::to_string(target.page.ObjectNumber()) + " 0 R /XYZ null " +
                format_length(target.geometry.y(e.y)) + " null]");
    nodes.push_back({item, {}, level});
    nodes[stack.back()].children.push_back(nodes.size() - 1);
    stack.push_back(nodes.size() - 1);
  }
  // Links between siblings and to parents; /Count = visible descendants
  // (all open), §12.3.3 Table 152/153.
  std::vector<int> count(nodes.size(), 0);
  for (std::size_t i = nodes.size(); i-- > 0;) {
    for (std::size_t c : nodes[i].children) count[i] += 1 + count[c];
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& kids = nodes[i].children;
    if (kids.empty()) continue;
    put_ref(nodes[i].obj, "First", nodes[kids.front()].obj->Reference());
    put_ref(nodes[i].obj, "Last", nodes[kids.back()].obj->Reference());
    put_int(nodes[i].obj, "Count", count[i]);
    for (std::size_t k = 0; k < kids.size(); ++k) {
      PoDoFo::PdfObject* kid = nodes[kids[k]].obj;
      put_ref(kid, "Parent", nodes[i].obj->Reference());
      if (k > 0) put_ref(kid, "Prev", nodes[kids[k - 1]].obj->Reference());
      if (k + 1 < kids.size()) put_ref(kid, "Next", nodes[kids[k + 1]].obj->Reference());
    }
  }
  put_ref(catalog, "Outlines", nodes[0].obj->Reference());
  put_name(catalog, "PageMode", "UseOutlines");
}

}  // namespace paiban::pdf
