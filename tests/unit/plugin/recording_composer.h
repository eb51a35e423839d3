// A Composer that writes each call as one line of text, so tests can
// compare what a plugin asked for with what it should have asked for.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "paiban/composer.h"

namespace paiban::testing {

inline std::string runs_text(const std::vector<InlineRun>& runs) {
  std::string out;
  for (const auto& r : runs) {
    if (r.kind == InlineRun::Kind::soft_break)
      out += ' ';
    else if (r.kind == InlineRun::Kind::hard_break)
      out += '\n';
    else
      out += r.text;
  }
  return out;
}

inline std::string pt_text(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%gpt", l.to_pt());
  return buf;
}

class RecordingComposer : public Composer {
 public:
  std::vector<std::string> calls;

  void heading(const std::vector<InlineRun>& text, const std::string& style,
               int outline_level) override {
    calls.push_back("heading " + style + " " + std::to_string(outline_level) + ": " +
                    runs_text(text));
  }
  void paragraph(const std::vector<InlineRun>& text, const std::string& style) override {
    calls.push_back("paragraph " + style + ": " + runs_text(text));
  }
  void text(const std::string& utf8, const std::string& style) override {
    calls.push_back("text " + style + ": " + utf8);
  }
  void space(Length amount) override { calls.push_back("space " + pt_text(amount)); }
  void rule(Length thickness, const std::string& color) override {
    calls.push_back("rule " + pt_text(thickness) + " '" + color + "'");
  }
  void begin_box(const BoxSpec& box) override {
    calls.push_back("begin_box background='" + box.background + "' border='" + box.border + "'");
  }
  void end_box() override { calls.push_back("end_box"); }
  void begin_columns(const ColumnSpec& columns) override {
    calls.push_back("begin_columns " + std::to_string(columns.count));
  }
  void end_columns() override { calls.push_back("end_columns"); }
  void figure(const std::string& image_path, const std::vector<InlineRun>& caption,
              const FigureSpec& spec) override {
    calls.push_back("figure " + image_path + " caption=" + runs_text(caption) +
                    " style=" + spec.caption_style);
  }
  void list_paragraph(const std::vector<InlineRun>& text, const std::string& style,
                      const ListItemSpec& item) override {
    calls.push_back("list_paragraph " + style + " level=" + std::to_string(item.level) +
                    (item.ordered ? " number=" + std::to_string(item.number) : "") +
                    (item.marker ? "" : " under") +
                    (item.marker_text.empty() ? "" : " marker=" + item.marker_text) + ": " +
                    runs_text(text));
  }
  void code_block(const std::vector<InlineRun>& lines, const std::string& style) override {
    calls.push_back("code_block " + style + ": " + runs_text(lines));
  }
  void table(const TableSpec& spec) override {
    std::string out = "table " + std::to_string(spec.columns.size()) + " columns";
    if (!spec.caption.empty()) out += " caption: " + runs_text(spec.caption);
    for (const auto& row : spec.rows) {
      out += row.header ? " |h" : " |";
      for (const auto& cell : row.cells) out += " " + runs_text(cell.text) + " |";
    }
    if (!spec.note.empty()) out += " note: " + runs_text(spec.note);
    calls.push_back(out);
  }
  void pull_quote(const std::vector<InlineRun>& text, const std::string& style) override {
    calls.push_back("pull_quote " + style + ": " + runs_text(text));
  }
  void page_break(const PageBreakSpec& spec) override {
    calls.push_back("page_break master='" + spec.master + "'" + (spec.right_page ? " right" : ""));
  }
  void column_break() override { calls.push_back("column_break"); }
  void table_of_contents(const ContentsSpec& spec) override {
    calls.push_back("table_of_contents " + spec.entry_style);
  }
  void set_running_section(const std::string& name) override {
    calls.push_back("running_section " + name);
  }
};

}  // namespace paiban::testing
