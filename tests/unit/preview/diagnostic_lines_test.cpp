#include "cli/preview/diagnostic_lines.h"

#include <gtest/gtest.h>

namespace paiban::cli::preview {
namespace {

TEST(DiagnosticLinesTest, PlaceSeverityMessageAndNotesAreReadBack) {
  const auto d = parse_diagnostics(
      "/tmp/a b/house.toml:4:1: error: unknown key \"kinsokuu\" in [typography]\n"
      "/tmp/a b/house.toml:4:1: note: keys allowed here: kinsoku\n"
      "issue.md:12: warning: no section matches\n"
      "issue.md: error: cannot read the manuscript\n");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].place, "/tmp/a b/house.toml:4:1");
  EXPECT_EQ(d[0].file, "/tmp/a b/house.toml");
  EXPECT_EQ(d[0].line, 4);
  EXPECT_EQ(d[0].column, 1);
  EXPECT_EQ(d[0].severity, "error");
  EXPECT_EQ(d[0].message, "unknown key \"kinsokuu\" in [typography]");
  ASSERT_EQ(d[0].notes.size(), 1u);
  EXPECT_EQ(d[0].notes[0], "keys allowed here: kinsoku");
  EXPECT_EQ(d[1].place, "issue.md:12");
  EXPECT_EQ(d[1].line, 12);
  EXPECT_EQ(d[1].column, 0);
  EXPECT_EQ(d[1].severity, "warning");
  EXPECT_EQ(d[2].place, "issue.md");
  EXPECT_EQ(d[2].line, 0);
  EXPECT_EQ(d[2].message, "cannot read the manuscript");
}

TEST(DiagnosticLinesTest, AMessageQuotingAnotherDiagnosticKeepsItsOwnPlace) {
  const auto d = parse_diagnostics("x.md:3:7: error: the plugin said 'y.md:1:1: error: boom'\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].place, "x.md:3:7");
  EXPECT_EQ(d[0].message, "the plugin said 'y.md:1:1: error: boom'");
}

TEST(DiagnosticLinesTest, LinesOfNoKnownFormStayAsTheyAre) {
  const auto d = parse_diagnostics("paiban: internal error: bad_alloc\n\n… and 12 more like this");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].place, "");
  EXPECT_EQ(d[0].severity, "");
  EXPECT_EQ(d[0].message, "paiban: internal error: bad_alloc");
  EXPECT_EQ(d[1].message, "… and 12 more like this");
}

TEST(DiagnosticLinesTest, ANoteWithNothingBeforeItIsKept) {
  const auto d = parse_diagnostics("a.md:1:1: note: only a note\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, "note");
  EXPECT_EQ(d[0].place, "a.md:1:1");
}

}  // namespace
}  // namespace paiban::cli::preview
