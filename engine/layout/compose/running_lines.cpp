#include "layout/compose/running_lines.h"

#include "layout/compose/grid.h"

namespace paiban::layout {
namespace {

// The rule sits this share of the running line's size beyond its em box.
constexpr double kRuleGap = 0.3;

void add_line(page::Page& page, const style::RunningLine& line, Length baseline, bool header,
              const PageFrame& frame, const RunningFields& fields, const style::StyleSheet& sheet,
              LineSetter& lines) {
  const style::TextStyle& st = sheet.text_style(line.style.empty() ? "body" : line.style);
  const Rect& area = frame.type_area;
  const SourceSpan where = frame.master ? frame.master->span : SourceSpan{};
  enum Part { left, center, right };
  const std::string* templates[] = {&line.left, &line.center, &line.right};
  for (int part = left; part <= right; ++part) {
    const std::string text = fill_template(*templates[part], fields);
    if (text.empty()) continue;
    const SetLine& set = lines.set_single(text, st, where);
    Length x = area.x;
    if (part == center) x = area.x + (area.width - set.width) / 2;
    if (part == right) x = area.right() - set.width;
    std::vector<page::Item> items;
    append_line(items, set, x, baseline);
    for (auto& item : items) {
      // Page furniture, not text a reader copies (page::Artifact).
      std::get<page::GlyphRun>(item).artifact =
          header ? page::Artifact::header : page::Artifact::footer;
      page.items.push_back(std::move(item));
    }
  }
  if (!line.rule) return;
  // Under a header's em box, over a footer's.
  const Length descent = st.size - st.size.scaled(kIdeographicAscent);
  const Length y = header
                       ? baseline + descent + st.size.scaled(kRuleGap)
                       : baseline - st.size.scaled(kIdeographicAscent) - st.size.scaled(kRuleGap);
  page::Stroke s;
  s.from = {area.x, y};
  s.to = {area.right(), y};
  s.width = line.rule_width;
  s.color = st.color;
  page.items.emplace_back(s);
}

}  // namespace

std::string fill_template(const std::string& text, const RunningFields& fields) {
  const std::pair<const char*, const std::string*> known[] = {
      {"{title}", &fields.title},     {"{issue}", &fields.issue}, {"{date}", &fields.date},
      {"{section}", &fields.section}, {"{page}", &fields.page},
  };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '{')
      for (const auto& [name, value] : known)
        if (text.compare(i, std::char_traits<char>::length(name), name) == 0) {
          out += *value;
          i += std::char_traits<char>::length(name);
          replaced = true;
          break;
        }
    if (!replaced) out += text[i++];
  }
  // A template of only separators around empty fields says nothing.
  bool only_space = true;
  for (char c : out)
    if (c != ' ') only_space = false;
  return only_space ? std::string() : out;
}

void add_running_lines(page::Page& page, const PageFrame& frame, const RunningFields& fields,
                       const style::StyleSheet& sheet, LineSetter& lines) {
  if (!frame.master) return;
  const style::PageMaster& m = *frame.master;
  if (m.header.enabled && frame.index > 0)
    add_line(page, m.header, frame.type_area.y - m.header.offset, true, frame, fields, sheet,
             lines);
  if (m.footer.enabled)
    add_line(page, m.footer, frame.type_area.bottom() + m.footer.offset, false, frame, fields,
             sheet, lines);
}

}  // namespace paiban::layout
