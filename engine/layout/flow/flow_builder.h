// Records Composer calls as a Flow. The engine owns it; plugins call it
// through the SDK's Composer interface only (composer.h). Calls that nest
// badly are repaired and reported, never fatal: a plugin's forgotten
// end_box must not cost the editor the issue.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "layout/flow/flow.h"
#include "paiban/composer.h"
#include "paiban/document.h"
#include "plugin/compose_attribution.h"

namespace paiban::layout {

class FlowBuilder final : public Composer, public plugin::AttributedComposer {
 public:
  explicit FlowBuilder(const Document& doc);
  explicit FlowBuilder(std::string document_path);

  void heading(const std::vector<InlineRun>& text, const std::string& style,
               int outline_level) override;
  void paragraph(const std::vector<InlineRun>& text, const std::string& style) override;
  void text(const std::string& utf8, const std::string& style) override;
  void space(Length amount) override;
  void rule(Length thickness, const std::string& color) override;
  void begin_box(const BoxSpec& box) override;
  void end_box() override;
  void begin_columns(const ColumnSpec& columns) override;
  void end_columns() override;
  void figure(const std::string& image_path, const std::vector<InlineRun>& caption,
              const FigureSpec& spec) override;
  void list_paragraph(const std::vector<InlineRun>& text, const std::string& style,
                      const ListItemSpec& item) override;
  void code_block(const std::vector<InlineRun>& lines, const std::string& style) override;
  void pull_quote(const std::vector<InlineRun>& text, const std::string& style) override;
  void table(const TableSpec& spec) override;
  void page_break(const PageBreakSpec& spec) override;
  void column_break() override;
  void table_of_contents(const ContentsSpec& spec) override;
  void set_running_section(const std::string& name) override;

  // Misuse found from here on names this plugin, section and place. What
  // the plugin composing until now left open is closed first, with a
  // warning naming it: one plugin's box never swallows the next section.
  void attribute(const plugin::ComposeAttribution& who) override;

  // From here on every text style a call names must be one of `names` (the
  // sheet's styles, which include the plugins' declared ones): any other is
  // an error naming the plugin, the section (at its manuscript heading) and
  // the call, reported once per section and name; its text is still set
  // (in body) so the rest can be checked. Without this call no name is
  // checked (flows built by hand in tests).
  void require_styles(std::set<std::string> names) { styles_ = std::move(names); }

  // Takes the problems found so far out of the flow (the caller reports
  // them); calls flow() first.
  std::vector<Diagnostic> take_problems();

  // The recorded flow. The first call closes what is still open (and
  // reports it); later calls return the same flow.
  const Flow& flow();

 private:
  // An open container: the block that receives children, or none when the
  // begin call was refused and its blocks go to the enclosing container.
  struct Open {
    FlowKind kind;
    FlowBlock* block;  // nullptr: refused, children flattened
    plugin::ComposeAttribution opened_by;
  };

  FlowBlock& add(FlowBlock block);
  std::vector<FlowBlock>& current_children();
  bool inside(FlowKind kind) const;
  void close_innermost(const char* implicit_reason);
  void note_span(const std::vector<InlineRun>& text);
  // A misuse of `call` ("begin_columns"), reported for the plugin composing
  // now, or for `by` (the plugin that opened what is closed implicitly).
  void problem(const std::string& call, const std::string& message, std::string hint,
               const plugin::ComposeAttribution* by = nullptr);

  // An error when `style` is not among require_styles' names.
  void check_style(const std::string& call, const std::string& style);

  // Which list a list paragraph belongs to (Flow::lists).
  void join_list(FlowBlock::ListParagraph& b);

  Flow flow_;
  std::vector<Open> open_;
  // The lists open at each level (Flow::lists indices), outermost first;
  // a block that is no part of a list item ends them all.
  std::vector<int> open_lists_;
  SourceSpan last_span_;
  plugin::ComposeAttribution now_;
  bool finished_ = false;
  std::set<std::string> styles_;            // empty: names are not checked
  std::set<std::string> unknown_reported_;  // plugin, section, style already reported
  FlowBlock discarded_;                     // receives calls made after flow()
};

}  // namespace paiban::layout
