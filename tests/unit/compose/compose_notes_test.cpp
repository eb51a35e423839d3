// Footnotes and links: the mark superscript where it stands, the note at
// the foot of the same page under a short rule, a long note going on at the
// next page's foot, numbering per article or per issue, links as notes, in
// parentheses or as text, and link areas over the link's glyphs.
#include <functional>
#include <map>
#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

// A mark of a note of its own: every note is written in a place of its own
// (marks of one note written once share their number: same_note below).
InlineRun note_mark(const std::string& text) {
  static int written_at = 0;
  InlineRun run;
  run.kind = InlineRun::Kind::note;
  run.note = words(text);
  run.note.front().span = {"tour.md", 100 + ++written_at, 1};
  run.span = {"tour.md", 3, 7};
  return run;
}

// The marks of one note, as the reader gives a [^label] marked twice: the
// same text written in the same place.
InlineRun same_note(const std::string& text, int written_at_line) {
  InlineRun run = note_mark(text);
  run.note.front().span = {"tour.md", written_at_line, 1};
  return run;
}

std::vector<InlineRun> join(std::vector<std::vector<InlineRun>> parts) {
  std::vector<InlineRun> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
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
  const auto runs = placed_runs(doc);
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
    const auto runs = placed_runs(doc);
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
  for (const auto& r : placed_runs(doc))
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

TEST_F(NotesTest, AHeadingWithinAnArticleDoesNotStartTheNumbersAgain) {
  sheet_.typography.footnote_restart = style::NoteNumbering::article;
  FlowBuilder flow("issue/tour.md");
  flow.heading(words("一"), "h2", 2);
  flow.paragraph(join({han("甲", 5), {note_mark("注一")}}), "body");
  flow.heading(words("一之一"), "h2", 3);  // a sub-heading: a bookmark, not a new article
  flow.paragraph(join({han("乙", 5), {note_mark("注二")}}), "body");
  std::vector<std::string> out;
  for (const auto& l : note_lines(body_lines(compose(flow)))) out.push_back(l.text);
  EXPECT_EQ(out, (std::vector<std::string>{"①\u2002注一", "②\u2002注二"}));
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

// ── Numbering per page ([typography] footnote_restart = "page") ─────────

// The marks (6 pt runs) page by page in reading order, and the numbers the
// notes at the foot begin with, page by page.
struct PageMarks {
  std::map<int, std::vector<std::string>> marks, notes;
};

PageMarks marks_and_notes(const page::PagedDocument& doc, const std::vector<PageLine>& lines) {
  PageMarks out;
  std::vector<PlacedRun> marks;
  for (const auto& r : placed_runs(doc))
    if (std::abs(r.size - 6) < 0.01) marks.push_back(r);
  // Reading order on a page of one column: by baseline, then x.
  std::stable_sort(marks.begin(), marks.end(), [](const PlacedRun& a, const PlacedRun& b) {
    if (a.page != b.page) return a.page < b.page;
    return a.y < b.y - 0.01 || (std::abs(a.y - b.y) < 0.01 && a.x < b.x);
  });
  for (const auto& m : marks) out.marks[m.page].push_back(m.text);
  for (const auto& l : note_lines(lines)) {
    const auto space = l.text.find("\u2002");
    if (space != std::string::npos) out.notes[l.page].push_back(l.text.substr(0, space));
  }
  return out;
}

std::vector<std::string> circled(int from, int to) {
  static const char* forms[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫"};
  std::vector<std::string> out;
  for (int i = from; i <= to; ++i) out.push_back(forms[i - 1]);
  return out;
}

// Past ⑳ the circled form goes on with ㉑ … ㊿ (U+3251…, U+32B1…) where
// the footnote style's font has them, then (51); a footnote font without
// them writes (21) on.
std::vector<std::string> all_marks_of(
    int count, const std::string& footnote_font, style::StyleSheet& sheet,
    std::vector<std::string>& notes,
    const std::function<page::PagedDocument(FlowBuilder&)>& compose) {
  sheet.styles["footnote"].font = footnote_font;
  sheet.styles["footnote"].latin_font = footnote_font;
  sheet.typography.footnote_restart = style::NoteNumbering::issue;
  FlowBuilder flow("issue/tour.md");
  for (int i = 0; i < count; ++i)
    flow.paragraph(join({han("甲", 8), {note_mark("注" + std::to_string(i))}}), "body");
  const page::PagedDocument doc = compose(flow);
  const PageMarks pm = marks_and_notes(doc, ComposeTest::body_lines(doc));
  std::vector<std::string> marks;
  for (const auto& [page, on_page] : pm.marks)
    marks.insert(marks.end(), on_page.begin(), on_page.end());
  notes.clear();
  for (const auto& [page, on_page] : pm.notes)
    notes.insert(notes.end(), on_page.begin(), on_page.end());
  return marks;
}

TEST_F(NotesTest, CircledNumbersGoOnPastTwentyWhereTheNoteFontHasThem) {
  auto compose_it = [this](FlowBuilder& f) { return compose(f); };
  std::vector<std::string> notes;
  const auto marks = all_marks_of(52, "song", sheet_, notes, compose_it);
  ASSERT_EQ(marks.size(), 52u);
  EXPECT_EQ(notes, marks) << "each note begins with its mark's number";
  EXPECT_EQ(marks[19], "⑳");
  EXPECT_EQ(marks[20], "㉑");
  EXPECT_EQ(marks[34], "㉟");
  EXPECT_EQ(marks[35], "㊱");
  EXPECT_EQ(marks[49], "㊿");
  EXPECT_EQ(marks[50], "(51)");
  EXPECT_EQ(marks[51], "(52)");

  // DejaVu Sans has no ㉑: the note font decides for mark and note alike.
  // (fonts-dejavu-core, scripts/install-deps).
  env_.pin_font("DejaVu Sans", "Book", {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0});
  sheet_.fonts["dejavu"] = {"dejavu", {{"DejaVu Sans", "Book"}}, false, {}};
  const auto plain = all_marks_of(22, "dejavu", sheet_, notes, compose_it);
  EXPECT_EQ(diags_.format_all().find("error"), std::string::npos) << diags_.format_all();
  ASSERT_EQ(plain.size(), 22u);
  EXPECT_EQ(notes, plain);
  EXPECT_EQ(plain[19], "⑳");
  EXPECT_EQ(plain[20], "(21)");
  EXPECT_EQ(plain[21], "(22)");
}

TEST_F(NotesTest, NumbersPerPageStartAgainOnEveryPage) {
  sheet_.typography.footnote_restart = style::NoteNumbering::page;
  FlowBuilder flow("issue/tour.md");
  // 16 paragraphs of two lines, a mark ending each: about six a page.
  for (int i = 0; i < 16; ++i)
    flow.paragraph(join({han("甲", 40), {note_mark("注" + std::to_string(i))}}), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 3u);
  const auto lines = body_lines(doc);
  const PageMarks pm = marks_and_notes(doc, lines);
  int total = 0;
  for (const auto& [page, marks] : pm.marks) {
    // On every page the marks count from ① and the notes show their numbers.
    EXPECT_EQ(marks, circled(1, static_cast<int>(marks.size()))) << "page " << page + 1;
    EXPECT_EQ(pm.notes.at(page), marks) << "page " << page + 1;
    total += static_cast<int>(marks.size());
  }
  EXPECT_EQ(total, 16);
  EXPECT_EQ(pm.marks.size(), doc.pages.size()) << "every page has marks";
  // The notes stay in their marks' order through the issue: 注0 … 注15.
  std::string all;
  for (const auto& l : note_lines(lines)) all += l.text.substr(l.text.find("\u2002") + 3);
  std::string expected;
  for (int i = 0; i < 16; ++i) expected += "注" + std::to_string(i);
  EXPECT_EQ(all, expected);
  EXPECT_EQ(diags_.format_all().find("did not settle"), std::string::npos);
}

TEST_F(NotesTest, TenMarksOnAPageShowTenAndTheNextPageStartsAgain) {
  sheet_.typography.footnote_numbering = "1";
  sheet_.typography.footnote_restart = style::NoteNumbering::page;
  FlowBuilder flow("issue/tour.md");
  std::vector<InlineRun> twelve;
  for (int i = 0; i < 12; ++i) twelve = join({twelve, han("甲", 3), {note_mark("注")}});
  flow.paragraph(twelve, "body");
  // 12 note lines take 9 + 144 pt, 10 grid lines: 10 lines of text stay.
  flow.paragraph(join({han("乙", 24 * 7), {note_mark("次")}, han("乙", 24 * 3)}), "body");
  flow.paragraph(join({han("丙", 10), {note_mark("再")}}), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto lines = body_lines(doc);
  const PageMarks pm = marks_and_notes(doc, lines);
  const std::vector<std::string> first = {"1", "2", "3", "4",  "5",  "6",
                                          "7", "8", "9", "10", "11", "12"};
  EXPECT_EQ(pm.marks.at(0), first);
  EXPECT_EQ(pm.notes.at(0), first);
  EXPECT_EQ(pm.marks.at(1), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(pm.notes.at(1), (std::vector<std::string>{"1", "2"}));
  // "10" is set wider than "9": two figures of the 6 pt mark.
  double nine = 0, ten = 0;
  for (const auto& r : placed_runs(doc))
    if (std::abs(r.size - 6) < 0.01 && r.page == 0) {
      if (r.text == "9") nine = r.width;
      if (r.text == "10") ten = r.width;
    }
  EXPECT_GT(nine, 2);
  EXPECT_GT(ten, nine + 2) << "a second figure";
  EXPECT_EQ(diags_.format_all().find("did not settle"), std::string::npos);
}

// A number in the mark forms "1" and "[1]".
std::string in_form(const std::string& form, int n) {
  return form == "[1]" ? "[" + std::to_string(n) + "]" : std::to_string(n);
}

// The line of the mark in a paragraph han(k) + filler + mark, when the mark
// shows `number` (per issue, the marks before it in a paragraph of their
// own): 0 = the paragraph's first line.
int mark_line(ComposeTest& t, const std::string& form, int k, const std::string& filler,
              int number) {
  FlowBuilder flow("issue/tour.md");
  std::vector<InlineRun> before;
  for (int i = 1; i < number; ++i) before = join({before, han("丁", 1), {note_mark("前")}});
  flow.paragraph(before, "body");
  flow.paragraph(join({han("乙", k), words(filler), {note_mark("后")}, han("丙", 3)}), "body");
  const page::PagedDocument doc = t.compose(flow);
  double first = -1, mark = -1;
  for (const auto& r : placed_runs(doc)) {
    if (r.text.find("乙") != std::string::npos && first < 0) first = r.y;
    if (std::abs(r.size - 6) < 0.01 && r.text == in_form(form, number)) mark = r.y + 3.5;
  }
  if (first < 0 || mark < 0) return -1;
  return static_cast<int>(std::lround((mark - first) / kPitch));
}

// 乙 × k + a Latin filler + a mark, found so that a one-figure mark ends the
// paragraph's second line and a two-figure one does not fit there and goes
// to the third. Put that second line last on page 1 under nine marks, and
// the tenth mark is "1" on page 2 when it is "10" on page 1, and "10" on
// page 1 when it is "1": no number is right as the mark's line stands. The
// passes hold the mark on page 2 (where it showed its page's number), and
// page 1 ends a line early.
class WideningMarkTest : public NotesTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(WideningMarkTest, AMarkThatWidensFromNineToTenKeepsTheLaterPage) {
  const std::string form = GetParam();
  sheet_.typography.footnote_numbering = form;
  sheet_.typography.footnote_restart = style::NoteNumbering::issue;
  int k = -1;
  std::string filler;
  for (int n = 44; n <= 47 && k < 0; ++n)
    for (const char* f : {"l", "i", "ll", "ii", "a", "x", "aa", "lll", "m", ""})
      if (mark_line(*this, form, n, f, 9) == 1 && mark_line(*this, form, n, f, 10) == 2) {
        k = n;
        filler = f;
        break;
      }
  ASSERT_GE(k, 0) << "no line where " << in_form(form, 9) << " fits and " << in_form(form, 10)
                  << " does not";

  sheet_.typography.footnote_restart = style::NoteNumbering::page;
  FlowBuilder flow("issue/tour.md");
  for (int i = 1; i <= 9; ++i)
    flow.paragraph(join({han("甲", 10), {note_mark("注" + std::to_string(i))}}), "body");
  // Lines 10 and 11 of page 1: ten note lines leave 11 lines of text.
  flow.paragraph(join({han("乙", k), words(filler), {note_mark("后")}, han("丙", 40)}), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto lines = body_lines(doc);
  const PageMarks pm = marks_and_notes(doc, lines);
  std::vector<std::string> nine;
  for (int i = 1; i <= 9; ++i) nine.push_back(in_form(form, i));
  EXPECT_EQ(pm.marks.at(0), nine);
  EXPECT_EQ(pm.notes.at(0), nine);
  EXPECT_EQ(pm.marks.at(1), (std::vector<std::string>{in_form(form, 1)}));
  EXPECT_EQ(pm.notes.at(1), (std::vector<std::string>{in_form(form, 1)}));
  std::string page2_notes;
  for (const auto& l : note_lines(lines))
    if (l.page == 1) page2_notes += l.text;
  EXPECT_EQ(page2_notes, in_form(form, 1) + "\u2002后");
  // The mark stands on a line of page 2, after the filler.
  int marks_on_page2 = 0;
  for (const auto& r : placed_runs(doc))
    if (std::abs(r.size - 6) < 0.01 && r.page == 1) {
      ++marks_on_page2;
      bool after_filler = false;
      for (const auto& l : text_lines_of(lines))
        if (l.page == 1 && std::abs(l.y - 3.5 - r.y) < 0.01)
          after_filler = filler.empty() || l.text.find(filler) != std::string::npos;
      EXPECT_TRUE(after_filler);
    }
  EXPECT_EQ(marks_on_page2, 1);
  EXPECT_EQ(diags_.format_all().find("did not settle"), std::string::npos) << diags_.format_all();
}

INSTANTIATE_TEST_SUITE_P(Forms, WideningMarkTest, ::testing::Values("1", "[1]"));

// ── Notes at the column foot ([typography] footnote_place = "column") ───

ColumnSpec two_columns() {
  ColumnSpec spec;
  spec.count = 2;
  spec.balance = true;
  return spec;
}

// The rules over notes on a page: (x from, length, y).
struct RuleAt {
  double x, length, y;
};

std::vector<RuleAt> note_rules(const page::PagedDocument& doc, int page) {
  std::vector<RuleAt> out;
  for (const auto& it : doc.pages[static_cast<std::size_t>(page)].items)
    if (const auto* s = std::get_if<page::Stroke>(&it))
      if (std::abs(s->from.y.to_pt() - s->to.y.to_pt()) < 0.01 && s->from.y.to_pt() > kTop &&
          s->from.y.to_pt() < kPageH - kBottom)
        out.push_back({s->from.x.to_pt(), s->to.x.to_pt() - s->from.x.to_pt(), s->from.y.to_pt()});
  return out;
}

class ColumnNotesTest : public NotesTest {
 protected:
  ColumnNotesTest() { sheet_.typography.footnote_place = style::NotePlace::column; }
  // Text lines (10 pt) per (page, column).
  static std::map<std::pair<int, int>, int> text_per_column(const std::vector<PageLine>& lines) {
    std::map<std::pair<int, int>, int> out;
    for (const auto& l : text_lines_of(lines)) ++out[{l.page, column_of(l)}];
    return out;
  }
};

constexpr double kFrameBottom = kGridTop + kPitch * kLinesPerColumn;
// A note line's baseline below its line's top: (12 − 8) / 2 + 0.88 × 8.
constexpr double kNoteBaseline = 2 + 7.04;

TEST_F(ColumnNotesTest, TheNoteStandsAtTheFootOfItsMarksColumnAtTheColumnsMeasure) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  flow.paragraph(han("甲", 11 * 25), "body");  // 25 lines: column 1 and 5 of column 2
  flow.paragraph(join({han("乙", 11 * 3), {note_mark("注文")}, han("乙", 11 * 5)}), "body");
  flow.paragraph(han("丙", 11 * 30), "body");  // on to page 2
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].page, 0);
  EXPECT_EQ(notes[0].text, "①\u2002注文");
  // At the left edge of column 2, its last line on the frame bottom.
  EXPECT_NEAR(notes[0].x, column_x(0, 1), 0.01);
  EXPECT_NEAR(notes[0].y, kFrameBottom - 12 + kNoteBaseline, 0.01);
  // Column 1 keeps all 20 lines; column 2 gives the note 2 grid lines
  // (9 pt separator + one 12 pt line = 21 pt → 32 pt).
  const auto n = text_per_column(lines);
  EXPECT_EQ(n.at({0, 0}), 20);
  EXPECT_EQ(n.at({0, 1}), 18);
  for (const auto& l : text_lines_of(lines))
    if (l.page == 0 && column_of(l) == 1) {
      EXPECT_LT(l.y + 3, notes[0].y - 12) << l.text;
    }
  // One short rule, 60 pt from column 2's left edge, in the separator.
  const auto rules = note_rules(doc, 0);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].x, column_x(0, 1), 0.01);
  EXPECT_NEAR(rules[0].length, 60, 0.01);
  EXPECT_NEAR(rules[0].y, kFrameBottom - 12 - 9 + 3, 0.01);
  // Its mark stands in column 2.
  for (const auto& r : placed_runs(doc))
    if (std::abs(r.size - 6) < 0.01) {
      EXPECT_EQ(r.page, 0);
      EXPECT_GT(r.x, column_x(0, 1));
    }
  // Nothing of the note at the page foot of column 1.
  EXPECT_TRUE(note_rules(doc, 1).empty());
}

// A long note's note lines, in order, with where each stands.
std::string note_text(const std::vector<PageLine>& notes) {
  std::string all;
  for (const auto& l : notes) all += l.text;
  return all;
}

std::string long_note(int lines) {
  // 13 characters to a 110 pt line at 8 pt; 始 opens each line's worth.
  std::string note;
  for (int i = 0; i < 13 * lines; ++i) note += i % 13 == 0 ? "始" : "注";
  return note;
}

TEST_F(ColumnNotesTest, ALongNoteGoesOnAtTheNextColumnsFoot) {
  const std::string note = long_note(8);
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  // The mark in column 1's 17th line.
  flow.paragraph(join({han("甲", 11 * 16 + 5), {note_mark(note)}, han("甲", 11 * 3)}), "body");
  flow.paragraph(han("丙", 11 * 40), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 2u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  EXPECT_EQ(note_text(notes), "①\u2002" + note) << "every character once, in order";
  // It begins in column 1 and goes on in column 2, both on page 1, each
  // column's last note line on the frame bottom.
  ASSERT_GE(notes.size(), 2u);
  std::map<int, std::vector<PageLine>> by_column;
  for (const auto& l : notes) {
    EXPECT_EQ(l.page, 0) << l.text;
    by_column[column_of(l)].push_back(l);
  }
  ASSERT_EQ(by_column.size(), 2u);
  for (const auto& [c, ls] : by_column) {
    for (const auto& l : ls) EXPECT_NEAR(l.x, column_x(0, c), 0.01) << l.text;
    EXPECT_NEAR(ls.back().y, kFrameBottom - 12 + kNoteBaseline, 0.01);
    for (std::size_t i = 1; i < ls.size(); ++i) EXPECT_NEAR(ls[i].y - ls[i - 1].y, 12, 0.01);
  }
  EXPECT_EQ(by_column[0].size() + by_column[1].size(), notes.size());
  // The mark's line and the note's first line are both in column 1.
  EXPECT_EQ(by_column[0].front().text.rfind("①", 0), 0u);
  // Each column's text ends above its notes' rule: a short rule over column
  // 1's notes, one across column 2 (110 pt) over the part that goes on.
  const auto rules = note_rules(doc, 0);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_NEAR(rules[0].x, column_x(0, 0), 0.01);
  EXPECT_NEAR(rules[0].length, 60, 0.01);
  EXPECT_NEAR(rules[1].x, column_x(0, 1), 0.01);
  EXPECT_NEAR(rules[1].length, 110, 0.01);
  for (const auto& l : text_lines_of(lines))
    if (l.page == 0)
      for (const auto& r : rules)
        if (std::abs(l.x - r.x) < 0.01) {
          EXPECT_LT(l.y + 3, r.y) << l.text;
        }
  // All body text is there: 171 + 33 甲, 440 丙.
  std::string body;
  for (const auto& l : text_lines_of(lines)) body += l.text;
  std::size_t jia = 0, bing = 0;
  for (std::size_t at = 0; (at = body.find("甲", at)) != std::string::npos; at += 3) ++jia;
  for (std::size_t at = 0; (at = body.find("丙", at)) != std::string::npos; at += 3) ++bing;
  EXPECT_EQ(jia, 11u * 19 + 5);
  EXPECT_EQ(bing, 440u);
}

TEST_F(ColumnNotesTest, ANoteInTheLastColumnGoesOnAtTheNextPagesFirstColumn) {
  const std::string note = long_note(10);
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  flow.paragraph(han("甲", 11 * 20), "body");  // column 1
  // The mark in column 2's 18th line.
  flow.paragraph(join({han("乙", 11 * 17 + 5), {note_mark(note)}, han("乙", 11 * 3)}), "body");
  flow.paragraph(han("丙", 11 * 30), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 2u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  EXPECT_EQ(note_text(notes), "①\u2002" + note);
  ASSERT_GE(notes.size(), 2u);
  EXPECT_EQ(notes.front().page, 0);
  EXPECT_NEAR(notes.front().x, column_x(0, 1), 0.01);
  int on_page2 = 0;
  for (const auto& l : notes)
    if (l.page == 1) {
      ++on_page2;
      EXPECT_NEAR(l.x, column_x(1, 0), 0.01) << "page 2, column 1";
    }
  EXPECT_GT(on_page2, 0);
  // On page 2, column 1's rule runs across it (the note goes on); its text
  // ends above; column 2 has no notes and its text the whole height.
  const auto rules = note_rules(doc, 1);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].x, column_x(1, 0), 0.01);
  EXPECT_NEAR(rules[0].length, 110, 0.01);
  for (const auto& l : text_lines_of(lines))
    if (l.page == 1 && column_of(l) == 0) {
      EXPECT_LT(l.y + 3, rules[0].y) << l.text;
    }
}

TEST_F(ColumnNotesTest, WithoutColumnsTheNoteSpansTheAreaUnderItsSectionsLastLine) {
  FlowBuilder flow("issue/tour.md");
  // Three lines across the type area, a mark in the last, then two columns.
  flow.paragraph(join({han("甲", 24 * 2 + 5), {note_mark("注文")}}), "body");
  flow.begin_columns(two_columns());
  flow.paragraph(han("乙", 11 * 6), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  ASSERT_EQ(notes.size(), 1u);
  // Under the three lines: 3 + 2 grid lines; the note's line ends on the
  // fifth grid line's bottom, at the type area's left edge (not on the
  // frame bottom: the columns follow on the page).
  EXPECT_NEAR(notes[0].x, column_x(0, 0), 0.01);
  EXPECT_NEAR(notes[0].y, kGridTop + 5 * kPitch - 12 + kNoteBaseline, 0.01);
  const auto rules = note_rules(doc, 0);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].length, 60, 0.01);
  // The columns start under the note and a separator's space (9 pt → one
  // grid line): on grid line 6, three lines each.
  int column_lines = 0;
  for (const auto& l : text_lines_of(lines))
    if (l.text.find("乙") != std::string::npos) {
      ++column_lines;
      EXPECT_GE(grid_line(l.y), 6) << l.text;
      EXPECT_LE(grid_line(l.y), 8) << l.text;
    }
  EXPECT_EQ(column_lines, 6);
}

// A note of a section across the type area goes on over a page whose first
// section has two columns: its lines (240 pt) stand across both columns at
// the foot, under a rule across the area, and both columns end above them.
TEST_F(ColumnNotesTest, ANoteWiderThanTheNextColumnsGoesOnAcrossThem) {
  std::string note;
  for (int i = 0; i < 12 * 30; ++i) note += i % 30 == 0 ? "始" : "注";
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(join({han("甲", 24 * 17 - 2), {note_mark(note)}, han("甲", 10)}), "body");
  flow.begin_columns(two_columns());
  flow.paragraph(han("丙", 11 * 60), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 2u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  EXPECT_EQ(note_text(notes), "①\u2002" + note) << "every character once, in order";
  int on_page2 = 0;
  double top_of_notes = 1e9;
  for (const auto& l : notes) {
    EXPECT_LE(l.page, 1);
    if (l.page != 1) continue;
    ++on_page2;
    EXPECT_NEAR(l.x, column_x(1, 0), 0.01);
    if (&l != &notes.back()) {
      EXPECT_GT(l.right - l.x, 200) << "set 240 pt wide, across both columns";
    }
    top_of_notes = std::min(top_of_notes, l.y);
  }
  ASSERT_GT(on_page2, 0);
  EXPECT_NEAR(notes.back().y, kFrameBottom - 12 + kNoteBaseline, 0.01);
  const auto rules = note_rules(doc, 1);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].x, column_x(1, 0), 0.01);
  EXPECT_NEAR(rules[0].length, 240, 0.01);
  std::set<int> columns;
  for (const auto& l : text_lines_of(lines))
    if (l.page == 1) {
      columns.insert(column_of(l));
      EXPECT_LT(l.y + 3, rules[0].y) << l.text;
    }
  EXPECT_EQ(columns, (std::set<int>{0, 1}));
}

// Hostile: a note of 90 lines at the column measure and 30 more marks; with
// numbers per page too. Everything ends, every note character stands once,
// the notes follow their marks, no text line runs into a note.
TEST_F(ColumnNotesTest, AHugeNoteAndManyMarksEndAndLoseNothing) {
  sheet_.typography.footnote_restart = style::NoteNumbering::page;
  sheet_.typography.footnote_numbering = "1";
  const std::string huge = long_note(90);
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  flow.paragraph(join({han("甲", 30), {note_mark(huge)}, han("甲", 30)}), "body");
  std::vector<InlineRun> many;
  for (int i = 0; i < 30; ++i)
    many = join({many, han("乙", 7), {note_mark("第" + std::to_string(i) + "注")}});
  flow.paragraph(many, "body");
  flow.paragraph(han("丙", 11 * 30), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 3u);
  const auto lines = body_lines(doc);
  const auto notes = note_lines(lines);
  std::string all = note_text(notes);
  EXPECT_NE(all.find(huge.substr(0, 13 * 3 * 3)), std::string::npos);
  // The huge note's characters, all of them: 90 × 13 (始 and 注).
  std::size_t count = 0;
  for (const char* ch : {"始", "注"})
    for (std::size_t at = 0; (at = all.find(ch, at)) != std::string::npos; at += 3) ++count;
  EXPECT_EQ(count, 90u * 13 + 30) << "the 30 short notes say 注 once each";
  for (int i = 0; i < 30; ++i)
    EXPECT_NE(all.find("第" + std::to_string(i) + "注"), std::string::npos) << i;
  // Per page, the marks count 1, 2, … and the notes that begin there match.
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::vector<std::string> marks;
    for (const auto& r : placed_runs(doc))
      if (r.page == static_cast<int>(p) && std::abs(r.size - 6) < 0.01) marks.push_back(r.text);
    std::sort(marks.begin(), marks.end(), [](const std::string& a, const std::string& b) {
      return std::stoi(a) < std::stoi(b);
    });
    for (std::size_t k = 0; k < marks.size(); ++k) EXPECT_EQ(marks[k], std::to_string(k + 1));
  }
  // No text line of a column reaches into the notes under it.
  for (const auto& n : notes)
    for (const auto& l : text_lines_of(lines))
      if (l.page == n.page && column_of(l) == column_of(n)) {
        EXPECT_LT(l.y, n.y) << "page " << n.page + 1 << ": " << l.text;
      }
  EXPECT_EQ(diags_.format_all().find("did not settle"), std::string::npos) << diags_.format_all();
}

// ── A note marked twice (docs/typography.md R15) ───────────────────────

TEST_F(NotesTest, ANoteMarkedTwiceKeepsItsNumberAndIsPrintedOnce) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(join({han("甲", 5),
                       {same_note("注甲", 50)},
                       han("乙", 5),
                       {note_mark("注乙")},
                       han("丙", 5),
                       {same_note("注甲", 50)}}),
                 "body");
  // Two notes that read alike but were written in two places stay two.
  flow.paragraph(
      join({han("丁", 5), {same_note("同上。", 60)}, han("戊", 5), {same_note("同上。", 61)}}),
      "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u);
  const auto lines = body_lines(doc);
  const PageMarks pm = marks_and_notes(doc, lines);
  EXPECT_EQ(pm.marks.at(0), (std::vector<std::string>{"①", "②", "①", "③", "④"}));
  std::vector<std::string> notes;
  for (const auto& l : note_lines(lines)) notes.push_back(l.text);
  EXPECT_EQ(notes, (std::vector<std::string>{"①\u2002注甲", "②\u2002注乙", "③\u2002同上。",
                                             "④\u2002同上。"}));
}

TEST_F(NotesTest, ALinkToTheSameUrlTwiceIsOneNote) {
  sheet_.typography.links = style::LinkStyle::footnote;
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(
      join({linked("网站", "https://a.cn/p"), han("与", 1), linked("另一站", "https://b.cn/q"),
            han("再见", 1), linked("该网站", "https://a.cn/p"), han("。", 1)}),
      "body");
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  const PageMarks pm = marks_and_notes(doc, lines);
  EXPECT_EQ(pm.marks.at(0), (std::vector<std::string>{"①", "②", "①"}));
  std::vector<std::string> notes;
  for (const auto& l : note_lines(lines)) notes.push_back(l.text);
  EXPECT_EQ(notes, (std::vector<std::string>{"①\u2002https://a.cn/p", "②\u2002https://b.cn/q"}));
}

// A note marked on page 1 and twice again on page 2. Numbered per page, the
// later page prints it again under its own number, which both marks there
// show; numbered per article or issue, the later marks repeat ① and the
// note stands once, under its first mark.
TEST_F(NotesTest, ANoteMarkedAgainOnALaterPage) {
  auto set = [&](style::NoteNumbering restart) {
    sheet_.typography.footnote_restart = restart;
    FlowBuilder flow("issue/tour.md");
    flow.paragraph(join({han("甲", 5), {same_note("注甲", 50)}, han("乙", 5), {note_mark("注乙")}}),
                   "body");
    flow.paragraph(han("文", 24 * 22), "body");
    flow.paragraph(join({han("丙", 5),
                         {note_mark("注丙")},
                         han("丁", 3),
                         {same_note("注甲", 50)},
                         han("戊", 3),
                         {same_note("注甲", 50)}}),
                   "body");
    return compose(flow);
  };
  auto notes_of = [](const std::vector<PageLine>& lines, int page) {
    std::vector<std::string> out;
    for (const auto& l : note_lines(lines))
      if (l.page == page) out.push_back(l.text);
    return out;
  };
  {
    const page::PagedDocument doc = set(style::NoteNumbering::page);
    ASSERT_EQ(doc.pages.size(), 2u);
    const auto lines = body_lines(doc);
    const PageMarks pm = marks_and_notes(doc, lines);
    EXPECT_EQ(pm.marks.at(0), (std::vector<std::string>{"①", "②"}));
    EXPECT_EQ(notes_of(lines, 0), (std::vector<std::string>{"①\u2002注甲", "②\u2002注乙"}));
    EXPECT_EQ(pm.marks.at(1), (std::vector<std::string>{"①", "②", "②"}));
    EXPECT_EQ(notes_of(lines, 1), (std::vector<std::string>{"①\u2002注丙", "②\u2002注甲"}));
    EXPECT_EQ(diags_.format_all().find("did not settle"), std::string::npos);
  }
  for (const auto restart : {style::NoteNumbering::article, style::NoteNumbering::issue}) {
    const page::PagedDocument doc = set(restart);
    ASSERT_EQ(doc.pages.size(), 2u);
    const auto lines = body_lines(doc);
    const PageMarks pm = marks_and_notes(doc, lines);
    EXPECT_EQ(pm.marks.at(0), (std::vector<std::string>{"①", "②"}));
    EXPECT_EQ(notes_of(lines, 0), (std::vector<std::string>{"①\u2002注甲", "②\u2002注乙"}));
    EXPECT_EQ(pm.marks.at(1), (std::vector<std::string>{"③", "①", "①"}));
    EXPECT_EQ(notes_of(lines, 1), (std::vector<std::string>{"③\u2002注丙"}));
  }
}

// Numbered per article, a note marked again in the next article is
// numbered there and printed again; through the issue it keeps its number.
TEST_F(NotesTest, ANoteMarkedAgainInTheNextArticle) {
  auto notes = [&](style::NoteNumbering restart) {
    sheet_.typography.footnote_restart = restart;
    FlowBuilder flow("issue/tour.md");
    flow.heading(words("一"), "h2", 2);
    flow.paragraph(join({han("甲", 5), {note_mark("注一")}, han("乙", 5), {same_note("共", 70)}}),
                   "body");
    flow.heading(words("二"), "h2", 2);
    flow.paragraph(join({han("丙", 5), {same_note("共", 70)}}), "body");
    const page::PagedDocument doc = compose(flow);
    std::vector<std::string> out;
    for (const auto& l : note_lines(body_lines(doc))) out.push_back(l.text);
    const PageMarks pm = marks_and_notes(doc, body_lines(doc));
    for (const auto& m : pm.marks.at(0)) out.push_back(m);
    return out;
  };
  EXPECT_EQ(notes(style::NoteNumbering::article),
            (std::vector<std::string>{"①\u2002注一", "②\u2002共", "①\u2002共", "①", "②", "①"}));
  EXPECT_EQ(notes(style::NoteNumbering::issue),
            (std::vector<std::string>{"①\u2002注一", "②\u2002共", "①", "②", "②"}));
}

}  // namespace
}  // namespace paiban::testing
