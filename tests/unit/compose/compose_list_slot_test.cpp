// A list's marker slot: as wide as its widest marker (in the real font) plus
// the marker gap, at least the list indent; markers flush right in it, every
// item's text (and every wrapped line) at one x per list, nested lists
// starting at their parent's text.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

// A glyph run, x measured from its page's type area (left column) edge.
struct RunAt {
  double x, y, right;
  std::string text;
};

std::vector<RunAt> runs_of(const page::PagedDocument& doc) {
  std::vector<RunAt> out;
  for (const auto& r : placed_runs(doc)) {
    const double x = r.x - ComposeTest::column_x(r.page, 0);
    out.push_back({x, r.y, x + r.width, r.text});
  }
  return out;
}

// x of every run that begins with `mark` (the item texts are runs of one
// repeated character), in reading order.
std::vector<double> xs_of(const std::vector<RunAt>& runs, const std::string& mark) {
  std::vector<double> out;
  for (const auto& r : runs)
    if (r.text.rfind(mark, 0) == 0) out.push_back(r.x);
  return out;
}

const RunAt* run_with(const std::vector<RunAt>& runs, const std::string& text) {
  for (const auto& r : runs)
    if (r.text == text) return &r;
  return nullptr;
}

const char* const kItemChars[] = {"甲", "乙", "丙", "丁", "戊", "己",
                                  "庚", "辛", "壬", "癸", "子", "丑"};

class ListSlotTest : public ComposeTest {
 protected:
  ListSlotTest() {
    sheet_.typography.list_indent = Length::pt(12);  // narrower than "10." and gap
    sheet_.typography.list_marker_gap = Length::pt(4);
  }
  // The set width of `text` in `style` at its natural spacing.
  double width_of(const std::string& text, const std::string& style) {
    InlineRun run;
    run.text = text;
    run.span = {"tour.md", 1, 1};
    layout::ParagraphOptions options;
    options.use_style_indent = false;
    const auto lines =
        setter_.set({run}, sheet_.text_style(style), Length::pt(1000), run.span, options);
    return lines.at(0).width.to_pt();
  }
  double gap() const { return sheet_.typography.list_marker_gap.to_pt(); }
  double indent() const { return sheet_.typography.list_indent.to_pt(); }

  // Items 1…12 of one ordered list in `form`: every text at one x, the
  // slot the widest marker's width plus the gap, markers flush right.
  void check_twelve(const std::string& form, const std::vector<std::string>& markers) {
    sheet_.typography.numbering = {form};
    FlowBuilder flow("issue/tour.md");
    for (int n = 1; n <= 12; ++n)
      flow.list_paragraph(han(kItemChars[n - 1], n == 10 ? 50 : 4), "body", list_item(1, true, n));
    const auto runs = runs_of(compose(flow));
    double widest = 0;
    for (const auto& m : markers) widest = std::max(widest, width_of(m, "body"));
    const double text_x = std::max(indent(), widest + gap());
    for (int n = 1; n <= 12; ++n) {
      SCOPED_TRACE(form + " item " + std::to_string(n));
      const auto xs = xs_of(runs, kItemChars[n - 1]);
      ASSERT_EQ(xs.size(), n == 10 ? 3u : 1u);  // item 10 wraps (50 characters, about 22 a line)
      for (double x : xs) EXPECT_NEAR(x, text_x, 0.01);
      const RunAt* marker = run_with(runs, markers[n - 1]);
      ASSERT_TRUE(marker);
      // A line-initial （ gives up its blank (half an em) at the slot's left
      // edge; its glyph starts that much earlier, its ink does not.
      const double lead = markers[n - 1].rfind("（", 0) == 0 ? kBodySize / 2 : 0;
      EXPECT_NEAR(marker->right, text_x - gap(), 0.01) << "markers end one gap before the text";
      EXPECT_GE(marker->x + lead, -0.01);
    }
  }
};

TEST_F(ListSlotTest, NumbersOneToTwelveShareOneTextEdge) {
  std::vector<std::string> m;
  for (int n = 1; n <= 12; ++n) m.push_back(std::to_string(n) + ".");
  check_twelve("1.", m);
}

TEST_F(ListSlotTest, ParenthesisedNumbersShareOneTextEdge) {
  std::vector<std::string> m;
  for (int n = 1; n <= 12; ++n) m.push_back("(" + std::to_string(n) + ")");
  check_twelve("(1)", m);
}

TEST_F(ListSlotTest, FullWidthParenthesesShareOneTextEdge) {
  // "（10）" is wider than the 2字 indent, "（9）" too: the slot takes the
  // widest, and no item's text moves on its own.
  sheet_.typography.list_indent = Length::pt(20);
  std::vector<std::string> m;
  for (int n = 1; n <= 12; ++n) m.push_back("（" + std::to_string(n) + "）");
  check_twelve("（1）", m);
}

TEST_F(ListSlotTest, CircledNumbersShareOneTextEdge) {
  std::vector<std::string> m = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫"};
  check_twelve("①", m);
}

TEST_F(ListSlotTest, AListThatFitsTheIndentKeepsIt) {
  sheet_.typography.numbering = {"1."};
  sheet_.typography.list_indent = Length::pt(30);
  FlowBuilder flow("issue/tour.md");
  for (int n = 1; n <= 3; ++n)
    flow.list_paragraph(han(kItemChars[n - 1], 3), "body", list_item(1, true, n));
  const auto runs = runs_of(compose(flow));
  for (int n = 1; n <= 3; ++n) EXPECT_NEAR(xs_of(runs, kItemChars[n - 1]).at(0), 30, 0.01);
}

TEST_F(ListSlotTest, EachListHasItsOwnSlot) {
  // 1.–9. then a paragraph then 1.–10.: the first list's slot is set by
  // "9.", the second's by "10.".
  sheet_.typography.numbering = {"1."};
  FlowBuilder flow("issue/tour.md");
  for (int n = 1; n <= 9; ++n) flow.list_paragraph(han("甲", 2), "body", list_item(1, true, n));
  flow.paragraph(han("中", 4), "body");
  for (int n = 1; n <= 10; ++n) flow.list_paragraph(han("乙", 2), "body", list_item(1, true, n));
  const auto runs = runs_of(compose(flow));
  double narrow = 0, wide = 0;
  for (int n = 1; n <= 9; ++n) narrow = std::max(narrow, width_of(std::to_string(n) + ".", "body"));
  wide = std::max(narrow, width_of("10.", "body"));
  ASSERT_GT(wide, narrow + 1);
  for (double x : xs_of(runs, "甲")) EXPECT_NEAR(x, narrow + gap(), 0.01);
  for (double x : xs_of(runs, "乙")) EXPECT_NEAR(x, wide + gap(), 0.01);
}

TEST_F(ListSlotTest, NestedListsStartAtTheirParentsText) {
  // (1)…(12) with a bulleted list inside item 10 and a numbered list three
  // deep inside that; the item's second paragraph stands under its text.
  sheet_.typography.numbering = {"(1)", "1.", "a)"};
  sheet_.typography.bullets = {"●", "○"};
  FlowBuilder flow("issue/tour.md");
  for (int n = 1; n <= 12; ++n) {
    flow.list_paragraph(han("甲", 3), "body", list_item(1, true, n));
    if (n != 10) continue;
    flow.list_paragraph(han("乙", 30), "body", list_item(2, false, 1));
    for (int k = 1; k <= 12; ++k) flow.list_paragraph(han("丙", 2), "body", list_item(3, true, k));
    flow.list_paragraph(han("丁", 3), "body", list_item(2, false, 2));
    flow.list_paragraph(han("戊", 30), "body", list_item(1, true, 10, false));
  }
  const auto runs = runs_of(compose(flow));
  double level1 = 0, level3 = 0;
  for (int n = 1; n <= 12; ++n)
    level1 = std::max(level1, width_of("(" + std::to_string(n) + ")", "body"));
  for (int k = 1; k <= 26; ++k) {
    if (k > 12) break;
    const std::string letter(1, static_cast<char>('a' + k - 1));
    level3 = std::max(level3, width_of(letter + ")", "body"));
  }
  const double x1 = std::max(indent(), level1 + gap());
  // A bullet is half the text size: its slot is the list indent.
  const double x2 = x1 + std::max(indent(), 0.5 * width_of("●", "body") + gap());
  const double x3 = x2 + std::max(indent(), level3 + gap());
  for (double x : xs_of(runs, "甲")) EXPECT_NEAR(x, x1, 0.01);
  const auto second = xs_of(runs, "乙");
  ASSERT_GE(second.size(), 2u) << "the level-2 item wraps";
  for (double x : second) EXPECT_NEAR(x, x2, 0.01);
  for (double x : xs_of(runs, "丙")) EXPECT_NEAR(x, x3, 0.01);
  for (double x : xs_of(runs, "丁")) EXPECT_NEAR(x, x2, 0.01);
  const auto later = xs_of(runs, "戊");
  ASSERT_GE(later.size(), 2u);
  for (double x : later) EXPECT_NEAR(x, x1, 0.01);
  // The bullets of level 2 end one gap before their text.
  for (const auto& r : runs)
    if (r.text == "○") {
      EXPECT_NEAR(r.right, x2 - gap(), 0.01);
    }
}

TEST_F(ListSlotTest, AListInAQuoteStartsAtTheQuotesIndent) {
  sheet_.styles["quote"] = make_style("quote", "kai", kBodySize, kPitch);
  sheet_.styles["quote"].left_indent = Length::pt(20);
  sheet_.typography.numbering = {"（1）"};
  FlowBuilder flow("issue/tour.md");
  for (int n = 1; n <= 11; ++n)
    flow.list_paragraph(han("甲", n == 11 ? 30 : 2), "quote", list_item(1, true, n));
  const auto runs = runs_of(compose(flow));
  double widest = 0;
  for (int n = 1; n <= 11; ++n)
    widest = std::max(widest, width_of("（" + std::to_string(n) + "）", "quote"));
  const double x = 20 + std::max(indent(), widest + gap());
  const auto xs = xs_of(runs, "甲");
  ASSERT_EQ(xs.size(), 12u);  // item 11 wraps once
  for (double v : xs) EXPECT_NEAR(v, x, 0.01);
}

TEST_F(ListSlotTest, DeepNestingKeepsHalfTheMeasureAndStaysInTheColumn) {
  // Twelve levels of "（10）"-wide slots in a 110 pt column: the text never
  // starts past half the column, nothing crosses either edge.
  sheet_.typography.numbering = {"（1）"};
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  two.balance = false;
  flow.begin_columns(two);
  for (int level = 1; level <= 12; ++level)
    flow.list_paragraph(han("甲", 12), "body", list_item(level, true, 10));
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  EXPECT_TRUE(diags_.items().empty());
  for (const auto& r : runs_of(doc)) {
    if (r.y < kTop || r.y > kPageH - kBottom) continue;  // running heads
    const double left = r.x >= kColumnWidth + kGap / 2 ? kColumnWidth + kGap : 0;
    const double lead = r.text.rfind("（", 0) == 0 ? kBodySize / 2 : 0;  // its blank, no ink
    EXPECT_GE(r.x + lead, left - 0.01) << r.text;
    EXPECT_LE(r.right, left + kColumnWidth + 0.01) << r.text;
    if (r.text.rfind("甲", 0) == 0) {
      EXPECT_LE(r.x, left + kColumnWidth / 2 + 0.01);
    }
  }
}

TEST_F(ListSlotTest, AMarkerWiderThanTheRoomTakesALineOfItsOwn) {
  sheet_.typography.numbering = {"第一部分第一章第一节1"};  // wider than half a column
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  two.balance = false;
  flow.begin_columns(two);
  flow.list_paragraph(han("甲", 4), "body", list_item(1, true, 1));
  flow.end_columns();
  const auto runs = runs_of(compose(flow));
  const RunAt* text = nullptr;
  double marker_y = 0;
  for (const auto& r : runs) {
    if (r.text.rfind("甲", 0) == 0) text = &r;
    if (r.text.rfind("第一部分", 0) == 0) marker_y = r.y;
    if (r.y > kTop && r.y < kPageH - kBottom) {
      EXPECT_GE(r.x, -0.01);
      EXPECT_LE(r.right, kColumnWidth + 0.01) << r.text;
    }
  }
  ASSERT_TRUE(text);
  EXPECT_GT(marker_y, 0);
  EXPECT_NEAR(text->y - marker_y, kPitch, 0.01) << "the text follows on the next line";
}

}  // namespace
}  // namespace paiban::testing
