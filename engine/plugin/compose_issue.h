// The plugin stage's driver: decides which plugin composes which section,
// checks each entry's options, and runs the plugins against a Composer.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/limits.h"
#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/options.h"
#include "plugin/plugin_registry.h"
#include "plugin/section_order.h"
#include "style/declared_styles.h"
#include "style/stylesheet.h"

namespace paiban::plugin {

// One plugin call of the issue.
struct ComposeStep {
  Placement placement;
  std::string plugin_name;
  const LoadedPlugin* plugin = nullptr;  // nullptr: it could not be loaded (already reported)
  const Section* section = nullptr;      // never null; empty for an entry without `match`
  OptionTable options;                   // checked, defaults filled in
  SourceSpan where;  // the [[section]] entry; the manuscript section for the default plugin
};

// Orders the sections (section_order.h), loads every plugin named and checks
// every entry's options, reporting all problems at once.
std::vector<ComposeStep> plan_issue(const Document& doc, const style::StyleSheet& sheet,
                                    PluginRegistry& registry, Diagnostics& diags);

// Loads the plugin of every [[section]] entry not in `planned` and checks
// its options, as plan_issue does for the entries it uses: for a style sheet
// alone (`paiban check-style`), and for the entries a manuscript leaves
// unused, whose mistakes would otherwise surface only in a later issue.
std::vector<ComposeStep> plan_entries(const style::StyleSheet& sheet, PluginRegistry& registry,
                                      Diagnostics& diags,
                                      const std::vector<ComposeStep>& planned = {});

// The two halves of plan_issue and plan_entries, for a caller that must
// add the plugins' declared text styles to the sheet between them (a
// style option names a declared style): the steps with their plugins
// loaded and no options yet, then each step's options checked against the
// sheet.
std::vector<ComposeStep> load_issue_plugins(const Document& doc, const style::StyleSheet& sheet,
                                            PluginRegistry& registry, Diagnostics& diags);
std::vector<ComposeStep> load_entry_plugins(const style::StyleSheet& sheet,
                                            PluginRegistry& registry, Diagnostics& diags,
                                            const std::vector<ComposeStep>& planned = {});
void check_step_options(std::vector<ComposeStep>& steps, const style::StyleSheet& sheet,
                        Diagnostics& diags);

// What SectionContext::house tells plugins: the sheet's [typography]
// table_continued and table_caption.
HouseStyle house_style(const style::StyleSheet& sheet);

// The text styles declared by the plugins of `steps`, one entry per plugin
// that declares any, in the order the steps first name them.
std::vector<style::PluginStyles> declared_text_styles(const std::vector<ComposeStep>& steps);

// Calls each step's plugin. A plugin's exception, std or not, becomes an
// error naming the plugin and the section and the run goes on with the next
// step, so one run reports every failing section; nothing is thrown. A
// crash, or a call running longer than `compose_budget`, ends the process
// with a message naming plugin and section (plugin_call_guard.h).
// `house`: the sheet's house-wide choices each plugin may read (house_style).
void run_plan(const std::vector<ComposeStep>& steps, const Document& doc, const HouseStyle& house,
              Composer& composer, Diagnostics& diags,
              std::chrono::seconds compose_budget = std::chrono::seconds(Limits{}.compose_seconds));

// plan_issue, then run_plan: the whole issue through `composer`. Steps whose
// plugin could not be loaded are skipped; the caller writes no PDF when
// `diags` has errors.
void compose_issue(const Document& doc, const style::StyleSheet& sheet, PluginRegistry& registry,
                   Composer& composer, Diagnostics& diags);

}  // namespace paiban::plugin
