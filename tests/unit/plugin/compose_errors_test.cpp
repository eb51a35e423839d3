// A plugin's failure while composing becomes a diagnostic that names the
// plugin and the section; nothing is thrown into the engine.
#include <gtest/gtest.h>

#include "document_builder.h"
#include "plugin/compose_issue.h"
#include "recording_composer.h"

namespace paiban::plugin {
namespace {

using testing::entry;
using testing::value;

const std::string kDir = PAIBAN_TEST_PLUGIN_DIR;

struct ComposeRun {
  testing::RecordingComposer composer;
  Diagnostics diags;
};

// Composes a two-section issue: 特稿 by the thrower in `mode`, then 简讯
// by the thrower in mode "none", which must still run.
void compose_with_mode(const char* mode, ComposeRun& run) {
  PluginRegistry registry({{kDir, "--plugin-path"}});
  style::StyleSheet sheet;
  sheet.sections = {entry("特稿", "thrower", 8, {{"mode", value(mode, 10, 18)}}),
                    entry("简讯", "thrower", 12, {{"mode", value("none", 14, 18)}})};
  Document doc;
  doc.sections = {testing::section("特稿", 3), testing::section("简讯", 9)};
  EXPECT_NO_THROW(compose_issue(doc, sheet, registry, run.composer, run.diags));
}

TEST(ComposeErrors, AStdExceptionNamesPluginSectionAndWhat) {
  ComposeRun run;
  compose_with_mode("std", run);
  ASSERT_EQ(run.diags.size(), 1u) << run.diags.format_all();
  const Diagnostic& d = run.diags.items()[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.message,
            "plugin 'thrower' failed while composing section '特稿': table 3 has no rows");
  EXPECT_EQ(d.plugin, "thrower");
  EXPECT_EQ(d.section, "特稿");
  EXPECT_EQ(format_diagnostic(d),
            "style.toml:8:1: error: plugin 'thrower' failed while composing section '特稿': "
            "table 3 has no rows [plugin 'thrower', section '特稿']");
  // The next section was still composed.
  EXPECT_EQ(run.composer.calls, std::vector<std::string>{"text body: thrower composed 简讯"});
}

TEST(ComposeErrors, ANonStdExceptionIsCaughtAndNamed) {
  ComposeRun run;
  compose_with_mode("other", run);
  ASSERT_EQ(run.diags.size(), 1u) << run.diags.format_all();
  const Diagnostic& d = run.diags.items()[0];
  EXPECT_EQ(d.message,
            "plugin 'thrower' threw an exception that is not a std::exception while composing "
            "section '特稿'");
  EXPECT_EQ(d.span.line, 8);
  EXPECT_EQ(d.hints.size(), 1u);
  EXPECT_EQ(run.composer.calls.size(), 1u);
}

TEST(ComposeErrors, ReportsThroughTheContextCarryPluginAndSection) {
  ComposeRun run;
  compose_with_mode("report", run);
  ASSERT_EQ(run.diags.size(), 2u) << run.diags.format_all();
  EXPECT_EQ(format_diagnostic(run.diags.items()[0]),
            "style.toml:10:18: error: cannot lay out this section [plugin 'thrower', section "
            "'特稿']");
  // No place given: the entry's place is used.
  EXPECT_EQ(format_diagnostic(run.diags.items()[1]),
            "style.toml:8:1: warning: a warning without a place [plugin 'thrower', section "
            "'特稿']");
}

TEST(ComposeErrors, AMissingPluginPointsAtItsEntryAndOtherSectionsStillCompose) {
  PluginRegistry registry({{kDir, "--plugin-path"}});
  style::StyleSheet sheet;
  sheet.path = "style.toml";
  sheet.sections = {entry("特稿", "no_such_plugin", 21),
                    entry("简讯", "thrower", 25, {{"mode", value("none", 26, 10)}})};
  Document doc;
  doc.sections = {testing::section("特稿", 3), testing::section("简讯", 9)};
  testing::RecordingComposer composer;
  Diagnostics diags;
  compose_issue(doc, sheet, registry, composer, diags);
  ASSERT_EQ(diags.size(), 1u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].span.file, "style.toml");
  EXPECT_EQ(diags.items()[0].span.line, 21);
  EXPECT_EQ(diags.items()[0].message,
            "plugin 'no_such_plugin' not found: no libno_such_plugin.so in the plugin search "
            "path");
  EXPECT_EQ(composer.calls, std::vector<std::string>{"text body: thrower composed 简讯"});
}

}  // namespace
}  // namespace paiban::plugin
