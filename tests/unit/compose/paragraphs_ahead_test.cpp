// Paragraphs set ahead on a helper thread (layout/compose/paragraphs_ahead.h):
// the pages, the problems reported and the statistics are the same as when
// every paragraph is set where the galley builder reaches it, and a result
// set from other inputs than those asked for is never used.
#include <memory>

#include "base/utf8.h"
#include "compose_fixture.h"
#include "layout/compose/layout_context.h"
#include "layout/compose/line_setter.h"
#include "layout/compose/paragraphs_ahead.h"
#include "page/trace.h"

namespace paiban::testing {
namespace {

// Everything set() gives that pages or checks read, as text.
std::string describe(const std::vector<layout::SetLine>& lines) {
  std::string out;
  for (const layout::SetLine& l : lines) {
    for (const char32_t c : l.text) utf8_append(out, c);
    out += " w" + std::to_string(l.width.sp) + " n" + std::to_string(l.natural_width.sp) +
           (l.overfull ? " overfull" : "") + (l.ragged ? " ragged" : "");
    for (const page::GlyphRun& r : l.runs) {
      out += " @" + std::to_string(r.origin.x.sp) + "," + std::to_string(r.origin.y.sp) + ":";
      for (const page::Glyph g : r.glyphs)
        out += std::to_string(g.id) + "/" + std::to_string(g.advance.sp) + " ";
    }
    out += "\n";
  }
  return out;
}

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items())
    out += x.span.file + ":" + std::to_string(x.span.line) + ":" + std::to_string(x.span.column) +
           " " + x.message + "\n";
  return out;
}

InlineRun run_at(const std::string& text, int line, const std::string& color = {}) {
  InlineRun r;
  r.text = text;
  r.color = color;
  r.span = {"ahead.md", line, 1};
  return r;
}

// A paragraph with a character no font has, a colour the sheet lacks, and
// (at 8 pt) a character wider than the measure: every report set() makes.
std::vector<InlineRun> troubled(int line) {
  return {run_at("许昌市科技局发布通知，", line), run_at("红字", line, "nosuch"),
          run_at("其后\U0010FFFD又有——文字。", line)};
}

// One issue's worth of state, fresh for each layout compared.
struct Layout {
  PinnedEnvironment env;
  Diagnostics diags;
  style::StyleSheet sheet = compose_sheet();
  text::FontLibrary fonts{sheet, env, diags};
  layout::ParagraphSetter setter{sheet, fonts, diags};
};

TEST(ParagraphsAhead, SetAheadThenTakeReportsAndCountsAsSetDoes) {
  Layout once, ahead;
  const style::TextStyle& body = once.sheet.styles.at("body");
  const SourceSpan where{"ahead.md", 9, 1};
  // The second layout's fonts have answered every lookup the paragraph
  // needs (its fallback for U+10FFFD too): set_ahead may use them.
  ahead.setter.set(troubled(1), ahead.sheet.styles.at("body"), Length::pt(8), where);
  ahead.setter.reset_statistics();
  const std::size_t before = ahead.diags.size();
  ahead.diags = {};

  for (const double measure : {110.0, 8.0}) {
    const auto lines = once.setter.set(troubled(3), body, Length::pt(measure), where);
    const std::size_t reported = ahead.diags.size();
    layout::SetParagraph set = ahead.setter.set_ahead(troubled(3), ahead.sheet.styles.at("body"),
                                                      Length::pt(measure), where);
    ASSERT_TRUE(set.complete);
    EXPECT_EQ(ahead.diags.size(), reported) << "set_ahead reports nothing";
    EXPECT_EQ(set.reports.size(), measure < 10 ? 3u : 2u);
    const auto taken = ahead.setter.take(std::move(set));
    EXPECT_EQ(describe(taken), describe(lines));
  }
  EXPECT_GT(before, 0u);
  // The same problems at the same places, in the same order, once each.
  EXPECT_EQ(messages(ahead.diags), messages(once.diags));
  EXPECT_NE(messages(once.diags).find("ahead.md:3:"), std::string::npos) << messages(once.diags);
  EXPECT_NE(messages(once.diags).find("U+10FFFD"), std::string::npos);
  EXPECT_NE(messages(once.diags).find("nosuch"), std::string::npos);
  EXPECT_NE(messages(once.diags).find("leave its column"), std::string::npos);
  EXPECT_EQ(ahead.setter.statistics().summary(), once.setter.statistics().summary());
}

TEST(ParagraphsAhead, NothingIsSetAheadWithFontsNotLookedUpBefore) {
  Layout fresh;
  layout::SetParagraph set = fresh.setter.set_ahead(troubled(1), fresh.sheet.styles.at("body"),
                                                    Length::pt(110), {"ahead.md", 1, 1});
  EXPECT_FALSE(set.complete);
  EXPECT_TRUE(fresh.diags.empty());
  // Once the chains are known, a text that needs no fallback can be.
  fresh.setter.set(han("甲", 3), fresh.sheet.styles.at("body"), Length::pt(110), {});
  set = fresh.setter.set_ahead(han("乙", 30), fresh.sheet.styles.at("body"), Length::pt(110), {});
  EXPECT_TRUE(set.complete);
  EXPECT_EQ(set.lines.size(), 3u);  // 11 characters a line
  // U+10FFFD still needs fontconfig's fallback, asked of nobody yet.
  set = fresh.setter.set_ahead(troubled(1), fresh.sheet.styles.at("body"), Length::pt(110), {});
  EXPECT_FALSE(set.complete);
}

// A flow with spanning text, two column sets, headings, a pull quote, a
// paragraph with a footnote (never planned) and troubled paragraphs.
void build(FlowBuilder& flow) {
  flow.heading(words("科技新闻"), "h1", 1);
  flow.paragraph(han("甲", 60), "body");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  for (int i = 0; i < 40; ++i) {
    if (i % 9 == 0) flow.heading(han("标", 4 + i % 5), "h2", 3);
    flow.paragraph(han(i % 2 ? "乙" : "丙", 30 + 7 * i), "body");
    if (i == 13) flow.paragraph(troubled(20 + i), "body");
    if (i == 17) {
      std::vector<InlineRun> noted = han("注", 25);
      InlineRun mark;
      mark.kind = InlineRun::Kind::note;
      mark.note = words("一条脚注。");
      mark.span = {"ahead.md", 50, 3};
      noted.push_back(mark);
      flow.paragraph(noted, "body");
    }
    if (i == 21) flow.pull_quote(han("引", 20), "pull");
  }
  flow.end_columns();
  flow.paragraph(troubled(90), "body");
  flow.paragraph(han("丁", 200), "body");
}

struct Composed {
  std::string trace, problems, stats;
};

Composed compose_with(unsigned threads) {
  Layout l;
  FlowBuilder flow("issue/ahead.md");
  build(flow);
  IssueMeta meta;
  meta.title = "许昌通讯";
  const page::PagedDocument doc = layout::compose_pages(flow.flow(), l.sheet, l.setter, l.fonts,
                                                        meta, l.env, l.diags, {threads});
  return {page::write_trace(doc), messages(l.diags), l.setter.statistics().summary()};
}

TEST(ParagraphsAhead, PagesProblemsAndStatisticsAreTheSameWithTheHelper) {
  const Composed alone = compose_with(1);
  ASSERT_NE(alone.problems.find("U+10FFFD"), std::string::npos) << alone.problems;
  ASSERT_NE(alone.problems.find("nosuch"), std::string::npos) << alone.problems;
  ASSERT_NE(alone.trace.find("page"), std::string::npos);
  // Several times: which thread sets which paragraph varies from run to run.
  for (int round = 0; round < 6; ++round) {
    const Composed helped = compose_with(2);
    EXPECT_EQ(helped.trace, alone.trace) << "round " << round;
    EXPECT_EQ(helped.problems, alone.problems) << "round " << round;
    EXPECT_EQ(helped.stats, alone.stats) << "round " << round;
  }
}

// The galley builder's calls, replayed through a LineSetter that takes from
// `ahead`: the lines of every planned paragraph, as the builder would ask.
class Planned : public ComposeTest {
 protected:
  Planned() : lines_(setter_), ctx_(sheet_, lines_, env_, pass_diags_) {
    ColumnSpec two;
    two.count = 2;
    flow_.begin_columns(two);
    for (int i = 0; i < 12; ++i) flow_.paragraph(han(i % 2 ? "乙" : "丙", 20 + 9 * i), "body");
    flow_.end_columns();
    // The fonts have answered every lookup (as after the preflight).
    setter_.set(han("甲", 3), sheet_.styles.at("body"), Length::pt(110), {});
    jobs_ = layout::plan_paragraphs(flow_.flow(), ctx_);
  }
  std::string set_all(layout::LineSetter& lines) {
    std::string out;
    for (const layout::ParagraphJob& job : jobs_)
      out += describe(lines.set(job.text, *job.runs, *job.style, Length::pt(110), *job.where));
    return out;
  }

  FlowBuilder flow_{"issue/ahead.md"};
  layout::LineSetter lines_;
  Diagnostics pass_diags_;
  layout::LayoutContext ctx_;
  std::vector<layout::ParagraphJob> jobs_;
};

TEST_F(Planned, TheColumnMeasureIsPlannedAndItsResultsAreTaken) {
  ASSERT_EQ(jobs_.size(), 12u);
  for (const auto& job : jobs_) EXPECT_EQ(job.measure, Length::pt(110));
  layout::LineSetter plain(setter_);
  const std::string expected = set_all(plain);

  layout::ParagraphsAhead ahead(setter_, jobs_, 64);
  ahead.wait_until_idle();  // all twelve set on the helper
  layout::LineSetter helped(setter_);
  helped.take_ahead_from(&ahead);
  EXPECT_EQ(set_all(helped), expected);
  EXPECT_EQ(ahead.taken(), 12u);
}

TEST_F(Planned, ResultsSetAtAnotherMeasureAreNotTaken) {
  layout::LineSetter plain(setter_);
  const std::string expected = set_all(plain);
  std::vector<layout::ParagraphJob> wrong = jobs_;
  for (auto& job : wrong) job.measure = job.measure - Length::pt(10);

  layout::ParagraphsAhead ahead(setter_, wrong, 64);
  ahead.wait_until_idle();
  layout::LineSetter helped(setter_);
  helped.take_ahead_from(&ahead);
  EXPECT_EQ(set_all(helped), expected);  // each set again at 110 pt
  EXPECT_EQ(ahead.taken(), 0u);
}

TEST_F(Planned, ResultsOfOtherRunsAreNotTaken) {
  layout::LineSetter plain(setter_);
  layout::ParagraphsAhead ahead(setter_, jobs_, 64);
  ahead.wait_until_idle();
  layout::LineSetter helped(setter_);
  helped.take_ahead_from(&ahead);
  // The builder asks for the first text with other runs (as a footnote's
  // numbered mark would make them), and for the second in bold.
  const std::vector<InlineRun> other = han("戊", 20);
  std::vector<InlineRun> bold = *jobs_[1].runs;
  bold[0].strong = true;
  const auto& body = sheet_.styles.at("body");
  EXPECT_EQ(describe(helped.set(jobs_[0].text, other, body, Length::pt(110), *jobs_[0].where)),
            describe(plain.set(jobs_[0].text, other, body, Length::pt(110), *jobs_[0].where)));
  EXPECT_EQ(describe(helped.set(jobs_[1].text, bold, body, Length::pt(110), *jobs_[1].where)),
            describe(plain.set(jobs_[1].text, bold, body, Length::pt(110), *jobs_[1].where)));
  EXPECT_EQ(ahead.taken(), 0u);
  // The next, asked for as planned, is taken.
  helped.set(jobs_[2].text, *jobs_[2].runs, body, Length::pt(110), *jobs_[2].where);
  EXPECT_EQ(ahead.taken(), 1u);
}

}  // namespace
}  // namespace paiban::testing
