// Footnotes and links: the mark superscript where it stands, the note at
// the foot of the same page under a short rule, a long note going on at the
// next page's foot, numbering per article or per issue, links as notes, in
// parentheses or as text, and link areas over the link's glyphs.
#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

InlineRun note_mark(const std::string& text) {
  InlineRun run;
  run.kind = InlineRun::Kind::note;
  run.note = words(text);
  run.span = {"tour.md", 3, 7};
  return run;
}

std::vector<InlineRun> join(std::vector<std::vector<InlineRun>> parts) {
  std::vector<InlineRun> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

struct RunAt {
  int page;
  double x, y, size;
  std::string text;
  double width;
};

std::vector<RunAt> runs_of(const page::PagedDocument& doc) {
  std::vector<RunAt> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const auto& it : doc.pages[p].items)
      if (const auto* r = std::get_if<page::GlyphRun>(&it)) {
        std::string t;
        double w = 0;
        for (const auto& g : r->glyphs) {
          t += g.text;
          w += g.advance.to_pt();
        }
        out.push_back(
            {static_cast<int>(p), r->origin.x.to_pt(), r->origin.y.to_pt(), r->size.to_pt(), t, w});
      }
  return out;
}

// Lines set in the footnote style (8 pt), page by page.
std::vector<PageLine> note_lines(const std::vector<PageLine>& lines) {
  std::vector<PageLine> out;
  for (const auto& l : lines)
    if (std::abs(l.size - 8) < 0.01) out.push_back(l);
  return out;
}

// Lines of body text (10 pt): not the notes, not the raised marks, which
// stand on baselines of their own.
std::vector<PageLine> text_lines_of(const std::vector<PageLine>& lines) {
  std::vector<PageLine> out;
  for (const auto& l : lines)
    if (std::abs(l.size - kBodySize) < 0.01) out.push_back(l);
  return out;
}

class NotesTest : public ComposeTest {
 protected:
  NotesTest() {
    sheet_.styles["footnote"] = make_style("footnote", "song", 8, 12);
    sheet_.typography.footnote_numbering = "①";
  }
};

TEST_F(NotesTest, TheNoteStandsAtTheFootOfTheMarksPageUnderAShortRule) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(join({han("甲", 30), {note_mark("注文一")}, han("乙", 10)}), "body");
  flow.paragraph(han("丙", 40), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u);
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].text, "①\u2002注文一");
  EXPECT_NEAR(notes[0].x, column_x(0, 0), 0.01);
  // Its line ends on the frame bottom: baseline = 397 − 12 + (12 − 8) / 2 + 0.88 × 8.
  const double frame_bottom = kGridTop + kPitch * kLinesPerColumn;
  EXPECT_NEAR(notes[0].y, frame_bottom - 12 + 2 + 7.04, 0.01);
  double last_body = 0;
  for (const auto& l : lines)
    if (std::abs(l.size - 8) > 0.01) last_body = std::max(last_body, l.y);
  EXPECT_LT(last_body + 5, notes[0].y - 9) << "the notes stand below the body text and its rule";
  // The mark: 6 pt, raised 3.5 pt over the text's baseline, right after 甲.
  const auto runs = runs_of(doc);
  int marks = 0;
  for (const auto& r : runs)
    if (r.text == "①" && std::abs(r.size - 6) < 0.01) {
      ++marks;
      bool on_a_text_line = false;
      for (const auto& l : text_lines_of(lines))
        on_a_text_line = on_a_text_line || std::abs(r.y - (l.y - 3.5)) < 0.01;
      EXPECT_TRUE(on_a_text_line) << "raised 3.5 pt over a body baseline";
    }
  EXPECT_EQ(marks, 1);
  // A 60 pt rule over the notes, in the separator above them.
  int rules = 0;
  for (const auto& it : doc.pages[0].items)
    if (const auto* s = std::get_if<page::Stroke>(&it))
      if (s->from.y.to_pt() > last_body && s->from.y.to_pt() < notes[0].y - 8) {
        ++rules;
        EXPECT_NEAR(s->to.x.to_pt() - s->from.x.to_pt(), 60, 0.01);
      }
  EXPECT_EQ(rules, 1);
}

TEST_F(NotesTest, AMarkNeverStartsALineAndTakesNoCjkLatinSpace) {
  sheet_.typography.footnote_numbering = "1";
  // Wherever the line ends around the mark, it stays with the 甲 before it.
  for (int n = 18; n <= 26; ++n) {
    FlowBuilder flow("issue/tour.md");
    flow.paragraph(join({han("甲", n), {note_mark("注")}, han("乙", 5)}), "body");
    const page::PagedDocument doc = compose(flow);
    // The mark stands after a 甲 on that 甲's line (raised 3.5 pt over its
    // baseline), never first on a line, and with no ¼-em CJK–Latin space
    // before it: it starts where the last 甲 before it ends.
    const auto runs = runs_of(doc);
    double mark_x = -1, mark_y = -1;
    int marks = 0;
    for (const auto& r : runs)
      if (r.text == "1" && std::abs(r.size - 6) < 0.01) {
        mark_x = r.x;
        mark_y = r.y;
        ++marks;
      }
    ASSERT_EQ(marks, 1) << n;
    double han_end = -1;
    for (const auto& r : runs)
      if (std::abs(r.y - (mark_y + 3.5)) < 0.01 && r.x < mark_x &&
          r.text.find("甲") != std::string::npos)
        han_end = std::max(han_end, r.x + r.width);
    ASSERT_GE(han_end, 0) << n << ": no 甲 before the mark on its line";
    EXPECT_NEAR(mark_x, han_end, 1.3) << n;  // justification may open ⅛ em at most
  }
}

TEST_F(NotesTest, ALongNoteGoesOnAtTheNextPagesFootAndNothingIsLost) {
  // 19 lines of body text, a mark in the last, and a note of 12 lines
  // (30 notes characters to the 240 pt line): one line fits on page 1.
  std::string note;
  for (int i = 0; i < 12 * 30; ++i) note += i % 30 == 0 ? "始" : "注";
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(join({han("甲", 24 * 17 - 2), {note_mark(note)}, han("乙", 10)}), "body");
  flow.paragraph(han("丙", 24 * 20), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 2u);
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  std::string all;
  int first_page = -1;
  for (const auto& l : notes) {
    if (first_page < 0) first_page = l.page;
    all += l.text;
  }
  EXPECT_EQ(all, "①\u2002" + note) << "every character of the note, once, in order";
  // The note begins on its mark's page.
  int mark_page = -1;
  for (const auto& r : runs_of(doc))
    if (r.text == "①" && std::abs(r.size - 6) < 0.01) mark_page = r.page;
  EXPECT_EQ(first_page, mark_page);
  std::set<int> pages;
  for (const auto& l : notes) pages.insert(l.page);
  EXPECT_GE(pages.size(), 2u) << "the note goes on at the next page";
  // On each page the notes stand below all of its body text.
  for (const int p : pages) {
    double last_body = 0, first_note = 1e9;
    for (const auto& l : lines) {
      if (l.page != p) continue;
      if (std::abs(l.size - 8) < 0.01)
        first_note = std::min(first_note, l.y);
      else
        last_body = std::max(last_body, l.y);
    }
    EXPECT_LT(last_body, first_note) << "page " << p + 1;
  }
  // The continued part lies under a rule across the type area.
  const int next = *std::next(pages.begin());
  bool wide_rule = false;
  for (const auto& it : doc.pages[static_cast<std::size_t>(next)].items)
    if (const auto* s = std::get_if<page::Stroke>(&it))
      wide_rule = wide_rule || std::abs(s->to.x.to_pt() - s->from.x.to_pt() - 240) < 0.01;
  EXPECT_TRUE(wide_rule);
  // All body text is there too.
  std::string body;
  for (const auto& l : lines)
    if (std::abs(l.size - 8) > 0.01) body += l.text;
  EXPECT_EQ(std::count(body.begin(), body.end(), '\0'), 0);
  EXPECT_NE(body.find("丙"), std::string::npos);
}

TEST_F(NotesTest, NumbersStartAgainPerArticleOrRunThroughTheIssue) {
  auto count_marks = [&](style::NoteNumbering restart) {
    sheet_.typography.footnote_restart = restart;
    FlowBuilder flow("issue/tour.md");
    flow.heading(words("一"), "h2", 2);
    flow.paragraph(join({han("甲", 5), {note_mark("注一")}}), "body");
    flow.heading(words("二"), "h2", 2);
    flow.paragraph(join({han("乙", 5), {note_mark("注二")}}), "body");
    std::vector<std::string> out;
    for (const auto& l : note_lines(body_lines(compose(flow)))) out.push_back(l.text);
    return out;
  };
  EXPECT_EQ(count_marks(style::NoteNumbering::article),
            (std::vector<std::string>{"①\u2002注一", "①\u2002注二"}));
  EXPECT_EQ(count_marks(style::NoteNumbering::issue),
            (std::vector<std::string>{"①\u2002注一", "②\u2002注二"}));
}

std::vector<InlineRun> linked(const std::string& text, const std::string& url) {
  std::vector<InlineRun> runs = words(text);
  runs[0].link = url;
  return runs;
}

TEST_F(NotesTest, LinksBecomeNotesInParenthesesOrText) {
  auto set = [&](style::LinkStyle links) {
    sheet_.typography.links = links;
    FlowBuilder flow("issue/tour.md");
    flow.paragraph(join({han("见", 1), linked("网站", "https://a.cn/p"), han("与", 1),
                         linked("https://b.cn", "https://b.cn"), han("。", 1)}),
                   "body");
    return compose(flow);
  };
  {
    const page::PagedDocument doc = set(style::LinkStyle::footnote);
    const auto lines = body_lines(doc);
    const auto notes = note_lines(lines);
    ASSERT_EQ(notes.size(), 1u) << "an autolink shows its URL already";
    EXPECT_EQ(notes[0].text, "①\u2002https://a.cn/p");
    EXPECT_EQ(text_lines_of(lines)[0].text, "见网站与https://b.cn。");
    // Link areas over 网站 and over the autolink, and over the URL in the note.
    const auto& links = doc.pages[0].links;
    ASSERT_EQ(links.size(), 3u);
    EXPECT_EQ(links[0].uri, "https://a.cn/p");
    EXPECT_NEAR(links[0].rect.x.to_pt(), column_x(0, 0) + 10, 0.01);  // after 见
    EXPECT_NEAR(links[0].rect.width.to_pt(), 20, 0.01);               // 网站
    EXPECT_NEAR(links[0].rect.height.to_pt(), 10, 0.01);
    EXPECT_NEAR(links[0].rect.y.to_pt(), text_lines_of(lines)[0].y - 8.8, 0.01);
    EXPECT_EQ(links[1].uri, "https://b.cn");
    EXPECT_EQ(links[2].uri, "https://a.cn/p");
    EXPECT_NEAR(links[2].rect.y.to_pt(), notes[0].y - 7.04, 0.01);
  }
  {
    const auto lines = body_lines(set(style::LinkStyle::inline_url));
    EXPECT_TRUE(note_lines(lines).empty());
    std::string all;
    for (const auto& l : lines) all += l.text;
    EXPECT_NE(all.find("网站（https://a.cn/p）与"), std::string::npos) << all;
  }
  {
    const page::PagedDocument doc = set(style::LinkStyle::text);
    const auto lines = body_lines(doc);
    EXPECT_TRUE(note_lines(lines).empty());
    EXPECT_EQ(text_lines_of(lines)[0].text, "见网站与https://b.cn。");
    EXPECT_EQ(doc.pages[0].links.size(), 2u) << "the links stay links";
  }
}

}  // namespace
}  // namespace paiban::testing
