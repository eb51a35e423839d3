#include "plugin/compose_issue.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "plugin/compose_attribution.h"
#include "plugin/option_check.h"
#include "plugin/plugin_call_guard.h"

namespace paiban::plugin {
namespace {

const Section& empty_section() {
  static const Section section;
  return section;
}

// Names what a step composes, for messages.
std::string subject(const ComposeStep& step) {
  if (step.placement.section == kNoSection) return "its [[section]] entry";
  return "section '" + section_label(*step.section) + "'";
}

// Forwards a plugin's own reports, adding the plugin and section names. A
// report without a place points at the step's entry.
class StepReporter final : public Reporter {
 public:
  StepReporter(const ComposeStep& step, Diagnostics& diags) : step_(step), diags_(diags) {}
  void error(const SourceSpan& where, const std::string& message) override {
    add(Severity::error, where, message);
  }
  void warning(const SourceSpan& where, const std::string& message) override {
    add(Severity::warning, where, message);
  }

 private:
  void add(Severity severity, const SourceSpan& where, const std::string& message) {
    Diagnostic d;
    d.severity = severity;
    d.span = where.file.empty() && where.line == 0 ? step_.where : where;
    d.message = message;
    d.plugin = step_.plugin_name;
    d.section = step_.section->title;
    diags_.add(std::move(d));
  }
  const ComposeStep& step_;
  Diagnostics& diags_;
};

void report_failure(const ComposeStep& step, std::string message, std::vector<std::string> hints,
                    Diagnostics& diags) {
  Diagnostic d;
  d.span = step.where;
  d.message = std::move(message);
  d.hints = std::move(hints);
  d.plugin = step.plugin_name;
  d.section = step.section->title;
  diags.add(std::move(d));
}

// A step with its plugin loaded; options are checked by check_options_of.
ComposeStep make_step(const Placement& placement, const Document& doc,
                      const style::StyleSheet& sheet, PluginRegistry& registry,
                      Diagnostics& diags) {
  ComposeStep step;
  step.placement = placement;
  step.section =
      placement.section == kNoSection ? &empty_section() : &doc.sections[placement.section];
  const style::SectionBinding* entry =
      placement.entry == kNoEntry ? nullptr : &sheet.sections[placement.entry];
  step.plugin_name = entry ? entry->plugin : std::string(kDefaultPlugin);
  step.where = entry ? entry->span : step.section->span;
  if (step.plugin_name.empty()) {
    report_failure(step, "this [[section]] entry names no plugin",
                   {"add plugin = \"article\" (or another plugin's name)"}, diags);
    return step;
  }
  step.plugin = registry.get(step.plugin_name, step.where, diags);
  return step;
}

void check_options_of(ComposeStep& step, const style::StyleSheet& sheet, Diagnostics& diags) {
  if (!step.plugin) return;
  const style::SectionBinding* entry =
      step.placement.entry == kNoEntry ? nullptr : &sheet.sections[step.placement.entry];
  OptionCheckContext ctx{step.plugin_name, entry ? entry->match : step.section->title, step.where,
                         &sheet};
  static const OptionTable no_options;
  step.options =
      check_options(step.plugin->options, entry ? entry->options : no_options, ctx, diags);
}

}  // namespace

std::vector<ComposeStep> load_issue_plugins(const Document& doc, const style::StyleSheet& sheet,
                                            PluginRegistry& registry, Diagnostics& diags) {
  std::vector<ComposeStep> steps;
  for (const auto& placement : order_sections(doc, sheet, diags))
    steps.push_back(make_step(placement, doc, sheet, registry, diags));
  return steps;
}

std::vector<ComposeStep> load_entry_plugins(const style::StyleSheet& sheet,
                                            PluginRegistry& registry, Diagnostics& diags,
                                            const std::vector<ComposeStep>& planned) {
  static const Document no_manuscript;
  std::vector<ComposeStep> steps;
  for (std::size_t e = 0; e < sheet.sections.size(); ++e) {
    const bool done = std::any_of(planned.begin(), planned.end(), [&](const ComposeStep& step) {
      return step.placement.entry == e;
    });
    if (!done) steps.push_back(make_step({e, kNoSection}, no_manuscript, sheet, registry, diags));
  }
  return steps;
}

void check_step_options(std::vector<ComposeStep>& steps, const style::StyleSheet& sheet,
                        Diagnostics& diags) {
  for (auto& step : steps) check_options_of(step, sheet, diags);
}

std::vector<style::PluginStyles> declared_text_styles(const std::vector<ComposeStep>& steps) {
  std::vector<style::PluginStyles> out;
  for (const auto& step : steps) {
    if (!step.plugin || step.plugin->text_styles.empty()) continue;
    const bool seen = std::any_of(out.begin(), out.end(), [&](const style::PluginStyles& p) {
      return p.plugin == step.plugin->name;
    });
    if (!seen) out.push_back({step.plugin->name, step.plugin->file, step.plugin->text_styles});
  }
  return out;
}

std::vector<ComposeStep> plan_issue(const Document& doc, const style::StyleSheet& sheet,
                                    PluginRegistry& registry, Diagnostics& diags) {
  std::vector<ComposeStep> steps = load_issue_plugins(doc, sheet, registry, diags);
  check_step_options(steps, sheet, diags);
  return steps;
}

std::vector<ComposeStep> plan_entries(const style::StyleSheet& sheet, PluginRegistry& registry,
                                      Diagnostics& diags, const std::vector<ComposeStep>& planned) {
  std::vector<ComposeStep> steps = load_entry_plugins(sheet, registry, diags, planned);
  check_step_options(steps, sheet, diags);
  return steps;
}

HouseStyle house_style(const style::StyleSheet& sheet) {
  HouseStyle house;
  house.table_continued = sheet.typography.table_continued;
  house.table_caption_before = sheet.typography.table_caption == style::CaptionPlace::before;
  return house;
}

void run_plan(const std::vector<ComposeStep>& steps, const Document& doc, const HouseStyle& house,
              Composer& composer, Diagnostics& diags, std::chrono::seconds compose_budget) {
  for (const auto& step : steps) {
    if (!step.plugin) continue;
    StepReporter reporter(step, diags);
    const SectionContext ctx{doc, *step.section, step.options, reporter, house};
    auto* attributed = dynamic_cast<AttributedComposer*>(&composer);
    if (attributed)
      attributed->attribute(
          {step.plugin_name, section_label(*step.section), step.where, step.section->span});
    // The plugin's library stays loaded for as long as the registry lives,
    // so the exception object is still valid here (docs/code-style.md point 8).
    try {
      const PluginCallGuard guard(
          {step.plugin_name, "composing " + subject(step), step.section->title, step.where},
          compose_budget);
      step.plugin->instance->compose(ctx, composer);
    } catch (const std::exception& e) {
      report_failure(step,
                     "plugin '" + step.plugin_name + "' failed while composing " + subject(step) +
                         ": " + e.what(),
                     {}, diags);
    } catch (...) {
      report_failure(step,
                     "plugin '" + step.plugin_name +
                         "' threw an exception that is not a std::exception while composing " +
                         subject(step),
                     {"a plugin should report problems through ctx.report, or throw a "
                      "std::exception whose what() says what went wrong"},
                     diags);
    }
    if (attributed) attributed->attribute({});
  }
}

void compose_issue(const Document& doc, const style::StyleSheet& sheet, PluginRegistry& registry,
                   Composer& composer, Diagnostics& diags) {
  run_plan(plan_issue(doc, sheet, registry, diags), doc, house_style(sheet), composer, diags);
}

}  // namespace paiban::plugin
