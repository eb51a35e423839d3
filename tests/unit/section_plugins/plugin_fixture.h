// Runs one of the newsletter's section plugins, loaded from its shared
// library through the engine's registry, against a Composer that writes
// every call — with every field of its spec — as one line of text.
#pragma once

#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "paiban/composer.h"
#include "paiban/document.h"
#include "plugin/compose_issue.h"
#include "plugin/plugin_registry.h"
#include "style/stylesheet.h"

namespace paiban::section_plugins_test {

inline std::string text_of(const std::vector<InlineRun>& runs) {
  std::string out;
  for (const auto& r : runs)
    out += r.kind == InlineRun::Kind::text         ? r.text
           : r.kind == InlineRun::Kind::hard_break ? "\n"
                                                   : " ";
  return out;
}

inline std::string pt(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%gpt", l.to_pt());
  return buf;
}

inline std::string yes(bool b) {
  return b ? "yes" : "no";
}

class Recorder final : public Composer {
 public:
  std::vector<std::string> calls;

  void heading(const std::vector<InlineRun>& text, const std::string& style,
               int outline_level) override {
    calls.push_back("heading " + style + " " + std::to_string(outline_level) + ": " +
                    text_of(text));
  }
  void paragraph(const std::vector<InlineRun>& text, const std::string& style) override {
    calls.push_back("paragraph " + style + ": " + text_of(text));
  }
  void text(const std::string& utf8, const std::string& style) override {
    calls.push_back("text " + style + ": " + utf8);
  }
  void space(Length amount) override { calls.push_back("space " + pt(amount)); }
  void rule(Length thickness, const std::string& color) override {
    calls.push_back("rule " + pt(thickness) + " '" + color + "'");
  }
  void begin_box(const BoxSpec& b) override {
    calls.push_back("begin_box background='" + b.background + "' border='" + b.border +
                    "' width=" + pt(b.border_width) + " padding=" + pt(b.padding) + " radius=" +
                    pt(b.corner_radius) + " title='" + b.title + "' title_style=" + b.title_style +
                    " title_background='" + b.title_background + "' break=" + yes(b.allow_break));
  }
  void end_box() override { calls.push_back("end_box"); }
  void begin_columns(const ColumnSpec& c) override {
    calls.push_back("begin_columns " + std::to_string(c.count) + " gap=" + pt(c.gap) +
                    " rule=" + yes(c.rule) + " balance=" + yes(c.balance));
  }
  void end_columns() override { calls.push_back("end_columns"); }
  void figure(const std::string& image_path, const std::vector<InlineRun>& caption,
              const FigureSpec& spec) override {
    calls.push_back("figure " + image_path + " caption=" + text_of(caption) +
                    " span=" + yes(spec.span_columns));
  }
  void list_paragraph(const std::vector<InlineRun>& text, const std::string& style,
                      const ListItemSpec& item) override {
    calls.push_back("list_paragraph " + style + " level=" + std::to_string(item.level) +
                    (item.ordered ? " number=" + std::to_string(item.number) : "") +
                    (item.marker ? "" : " under") + ": " + text_of(text));
  }
  void code_block(const std::vector<InlineRun>& lines, const std::string& style) override {
    calls.push_back("code_block " + style + ": " + text_of(lines));
  }
  void table(const TableSpec& spec) override {
    std::string out = "table " + std::to_string(spec.columns.size()) + " columns";
    if (!spec.caption.empty()) out += " caption: " + text_of(spec.caption);
    if (spec.continuation_label != "续表") out += " continued: '" + spec.continuation_label + "'";
    for (const auto& row : spec.rows) {
      out += row.header ? " |h" : " |";
      for (const auto& cell : row.cells) out += " " + text_of(cell.text) + " |";
    }
    if (!spec.note.empty()) out += " note: " + text_of(spec.note);
    calls.push_back(out);
  }
  void pull_quote(const std::vector<InlineRun>& text, const std::string& style) override {
    calls.push_back("pull_quote " + style + ": " + text_of(text));
  }
  void page_break(const PageBreakSpec& spec) override {
    calls.push_back("page_break master='" + spec.master + "'");
  }
  void column_break() override { calls.push_back("column_break"); }
  void table_of_contents(const ContentsSpec& s) override {
    calls.push_back("contents sections=" + s.section_style + " entries=" + s.entry_style +
                    " leader='" + s.leader + "' depth=" + std::to_string(s.depth));
  }
  void set_running_section(const std::string& name) override {
    calls.push_back("running_section " + name);
  }
};

inline SourceSpan at(int line, int column = 1, const std::string& file = "issue.md") {
  return SourceSpan{file, line, column};
}

inline std::vector<InlineRun> runs(const std::string& text, int line) {
  InlineRun r;
  r.text = text;
  r.span = at(line);
  return {r};
}

inline Block paragraph(const std::string& text, int line) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.inlines = runs(text, line);
  b.span = at(line);
  return b;
}

inline Article article(const std::string& title, std::vector<Block> blocks, int line) {
  Article a;
  if (!title.empty()) a.title = runs(title, line);
  a.title_text = title;
  a.blocks = std::move(blocks);
  a.span = at(line);
  return a;
}

inline Section section(const std::string& title, int line, std::vector<Article> articles) {
  Section s;
  s.title = title;
  s.span = at(line);
  s.articles = std::move(articles);
  return s;
}

// An option as the style sheet would give it, at style.toml:line:column.
template <typename T>
OptionValue option(T v, int line, int column = 13) {
  OptionValue o;
  if constexpr (std::is_same_v<T, const char*>)
    o.value = std::string(v);
  else
    o.value = std::move(v);
  o.span = at(line, column, "style.toml");
  return o;
}

struct Composed {
  std::vector<std::string> calls;
  Diagnostics diags;
};

// Composes `doc` with one [[section]] entry (match = "" for a masthead),
// the plugin loaded from the build's plugin folder and never the built-in
// fallback. The sheet defines the colours the tests name, and the text
// styles their *_style options name.
inline Composed compose(const Document& doc, const std::string& match, const std::string& plugin,
                        OptionTable options = {}, const style::Typography& typography = {}) {
  style::StyleSheet sheet;
  sheet.typography = typography;
  sheet.colors["black"] = Color::black();
  sheet.colors["brand"] = Color::cmyk(1, 0.7, 0, 0.1);
  sheet.colors["note_tint"] = Color::cmyk(0.08, 0.03, 0, 0);
  for (const auto& [key, value] : options)
    if (const auto* name = std::get_if<std::string>(&value.value); name && key.ends_with("_style"))
      sheet.styles[*name].name = *name;
  style::SectionBinding entry;
  entry.match = match;
  entry.plugin = plugin;
  entry.options = std::move(options);
  entry.span = at(20, 1, "style.toml");
  sheet.sections = {entry};
  plugin::PluginRegistry registry({plugin::SearchFolder{PAIBAN_SECTION_PLUGIN_DIR, "test"}});
  Recorder recorder;
  Composed out;
  plugin::compose_issue(doc, sheet, registry, recorder, out.diags);
  out.calls = std::move(recorder.calls);
  return out;
}

}  // namespace paiban::section_plugins_test
