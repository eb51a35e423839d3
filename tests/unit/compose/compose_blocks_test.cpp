// Boxes breaking across columns, figures floating to the next column, pull
// quotes and rules.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

ColumnSpec unbalanced(int count) {
  ColumnSpec spec;
  spec.count = count;
  spec.balance = false;
  return spec;
}

template <class T>
std::vector<T> items_of(const page::Page& page) {
  std::vector<T> out;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<T>(&item)) out.push_back(*t);
  return out;
}

TEST_F(ComposeTest, BoxBreaksAcrossColumnsDrawnOpenAtTheBreak) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 15), "body");  // grid lines 0–14
  BoxSpec box;
  box.background = "tint";
  box.border = "frame";
  box.border_width = Length::pt(0.5);
  box.padding = Length::pt(8);
  flow.begin_box(box);
  // Inner measure 110 − 2 × (8 + 0.5) = 93 pt: 9 characters a line, 10 lines.
  flow.paragraph(han("乙", 90), "body");
  flow.end_box();
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u);
  const page::Page& page = doc.pages[0];

  // The open row takes grid line 15, four lines follow in column 1, six in column 2.
  std::vector<int> left, right;
  for (const auto& l : body_lines(doc)) {
    if (l.text.rfind("乙", 0) != 0) continue;
    EXPECT_EQ(l.text.size(), 9u * 3);
    EXPECT_NEAR(l.x, column_x(0, column_of(l)) + 8.5, 0.01);
    (column_of(l) == 0 ? left : right).push_back(grid_line(l.y));
  }
  EXPECT_EQ(left, (std::vector<int>{16, 17, 18, 19}));
  EXPECT_EQ(right, (std::vector<int>{0, 1, 2, 3, 4, 5}));

  const auto fills = items_of<page::Fill>(page);
  ASSERT_EQ(fills.size(), 2u);
  // Column 1: from `padding` above the first line's em box to the column foot.
  EXPECT_NEAR(fills[0].rect.x.to_pt(), column_x(0, 0), 0.01);
  EXPECT_NEAR(fills[0].rect.y.to_pt(), kGridTop + 16 * kPitch + 3 - 8, 0.01);
  EXPECT_NEAR(fills[0].rect.bottom().to_pt(), kGridTop + 20 * kPitch, 0.01);
  EXPECT_NEAR(fills[0].rect.width.to_pt(), kColumnWidth, 0.01);
  // Column 2: from the column top to `padding` under the last line's em box.
  EXPECT_NEAR(fills[1].rect.x.to_pt(), column_x(0, 1), 0.01);
  EXPECT_NEAR(fills[1].rect.y.to_pt(), kGridTop, 0.01);
  EXPECT_NEAR(fills[1].rect.bottom().to_pt(), kGridTop + 6 * kPitch - 3 + 8, 0.01);
  EXPECT_EQ(fills[0].color, Color::cmyk(0, 0, 0, 0.1));
  EXPECT_EQ(fills[0].corner_radius, Length::zero());

  std::vector<page::Stroke> frames;
  for (const auto& s : items_of<page::Stroke>(page))
    if (s.shape == page::Stroke::Shape::rect) frames.push_back(s);
  ASSERT_EQ(frames.size(), 2u);
  // Open at the break: no bottom edge in column 1, no top edge in column 2.
  EXPECT_TRUE(frames[0].sides[0]);
  EXPECT_FALSE(frames[0].sides[2]);
  EXPECT_FALSE(frames[1].sides[0]);
  EXPECT_TRUE(frames[1].sides[2]);
  EXPECT_TRUE(frames[0].sides[1] && frames[0].sides[3] && frames[1].sides[1] && frames[1].sides[3]);
  EXPECT_EQ(frames[1].color, Color::cmyk(1, 0.5, 0, 0));
  // Tints come before the text, so the text is painted over them.
  EXPECT_TRUE(std::holds_alternative<page::Fill>(page.items.front()));
}

TEST_F(ComposeTest, UnbreakableBoxMovesWholeToTheNextColumn) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 15), "body");
  BoxSpec box;
  box.background = "tint";
  box.allow_break = false;
  box.title = "提示";
  box.title_background = "frame";
  flow.begin_box(box);
  flow.paragraph(han("乙", 90), "body");
  flow.end_box();
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  std::vector<int> lines_left;
  for (const auto& l : body_lines(doc))
    if (l.text.rfind("乙", 0) == 0) {
      EXPECT_EQ(column_of(l), 1) << l.text;
    }
  const auto fills = items_of<page::Fill>(doc.pages[0]);
  ASSERT_EQ(fills.size(), 2u);  // the tint and the title bar, both in column 2
  EXPECT_NEAR(fills[0].rect.x.to_pt(), column_x(0, 1), 0.01);
  EXPECT_NEAR(fills[1].rect.y.to_pt(), fills[0].rect.y.to_pt(), 0.01);
  EXPECT_NEAR(fills[1].rect.height.to_pt(), 16 + 8, 0.01);  // title line + padding
  EXPECT_EQ(fills[1].color, Color::cmyk(1, 0.5, 0, 0));
  bool title = false;
  for (const auto& l : body_lines(doc)) title = title || l.text == "提示";
  EXPECT_TRUE(title);
}

TEST_F(ComposeTest, FigureThatDoesNotFitFloatsToTheNextColumnTop) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 17), "body");  // three grid lines left
  flow.figure("pictures/wide.png", words("示意图"), FigureSpec{});
  flow.paragraph(han("乙", 11 * 5), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u) << diags_.format_all();
  const auto images = items_of<page::Image>(doc.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  const page::Image& img = images[0];
  EXPECT_EQ(img.path, "issue/pictures/wide.png");
  EXPECT_EQ(img.pixel_width, 400);
  EXPECT_EQ(img.pixel_height, 300);
  // Column width, aspect kept; at the top of column 2, level with a first
  // line's em box.
  EXPECT_NEAR(img.rect.x.to_pt(), column_x(0, 1), 0.01);
  EXPECT_NEAR(img.rect.width.to_pt(), kColumnWidth, 0.01);
  EXPECT_NEAR(img.rect.height.to_pt(), 82.5, 0.01);
  EXPECT_NEAR(img.rect.y.to_pt(), kGridTop + 3, 0.01);

  // The text after the figure flows on before it: three lines at the foot
  // of column 1, the last two under the figure in column 2.
  std::vector<int> left, right;
  double caption_bottom = 0;
  for (const auto& l : body_lines(doc)) {
    if (l.text.rfind("图1", 0) == 0) {
      // An ideographic space between number and text: a full em of 9 pt.
      EXPECT_EQ(l.text, "图1\u3000示意图");  // the ideographic space is text, not glue
      EXPECT_GT(l.right - l.x, 4 * 9 + 4);
      EXPECT_NEAR(l.size, 9, 0.01);
      EXPECT_GT(l.y, img.rect.bottom().to_pt());
      caption_bottom = l.y + 9 * 0.12;
    }
    if (l.text.rfind("乙", 0) == 0) (column_of(l) == 0 ? left : right).push_back(grid_line(l.y));
  }
  EXPECT_EQ(left, (std::vector<int>{17, 18, 19}));
  // Figure and caption take 3 + 82.5 + 4.5 + 14 + 3 = 107 pt → 7 grid lines.
  EXPECT_EQ(right, (std::vector<int>{7, 8}));
  const double first_right_top = kGridTop + 7 * kPitch + kBaselineOffset - 8.8;
  EXPECT_GT(first_right_top, caption_bottom) << "no overlap";
}

// A phone photo stored 400 × 300 on its side with EXIF Orientation 6 or 8
// is placed upright: its box is 3 wide by 4 high; 3 (turned 180°) keeps 4:3.
TEST_F(ComposeTest, FigureBoxFollowsTheExifOrientation) {
  const struct {
    int orientation;
    double height;  // in a 110-pt column
  } cases[] = {{3, 82.5}, {6, 110.0 * 4 / 3}, {8, 110.0 * 4 / 3}};
  for (const auto& c : cases) {
    const std::string name = "pictures/phone" + std::to_string(c.orientation) + ".jpg";
    env_.add_file("issue/" + name, make_jpeg(400, 300, 3, c.orientation));
    FlowBuilder flow("issue/tour.md");
    flow.begin_columns(unbalanced(2));
    flow.figure(name, words("照片"), FigureSpec{});
    flow.end_columns();
    const page::PagedDocument doc = compose(flow);
    ASSERT_FALSE(diags_.has_errors()) << diags_.format_all();
    const auto images = items_of<page::Image>(doc.pages[0]);
    ASSERT_EQ(images.size(), 1u);
    const page::Image& img = images[0];
    EXPECT_EQ(static_cast<int>(img.orientation), c.orientation);
    EXPECT_EQ(img.pixel_width, 400);  // as stored
    EXPECT_EQ(img.pixel_height, 300);
    EXPECT_NEAR(img.rect.width.to_pt(), kColumnWidth, 0.01) << c.orientation;
    EXPECT_NEAR(img.rect.height.to_pt(), c.height, 0.01) << c.orientation;
  }
}

TEST_F(ComposeTest, MissingImageIsAnErrorAndKeepsItsPlace) {
  FlowBuilder flow("issue/tour.md");
  flow.figure("pictures/none.png", words("缺图"), FigureSpec{});
  flow.paragraph(han("甲", 24), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_TRUE(diags_.has_errors());
  EXPECT_NE(diags_.format_all().find("figure image 'pictures/none.png' "
                                     "(issue/pictures/none.png) cannot be read"),
            std::string::npos)
      << diags_.format_all();
  EXPECT_TRUE(items_of<page::Image>(doc.pages[0]).empty());
  // A 4:3 outline stands in for it: 240 × 180 pt.
  const auto strokes = items_of<page::Stroke>(doc.pages[0]);
  ASSERT_FALSE(strokes.empty());
  EXPECT_NEAR((strokes[0].to.y - strokes[0].from.y).to_pt(), 180, 0.01);
}

TEST_F(ComposeTest, PullQuoteSitsBetweenRulesInWholeGridLines) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24), "body");
  flow.pull_quote(words("科学普及是创新发展的一翼"), "pull");
  flow.paragraph(han("乙", 24), "body");
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].text, "科学普及是创新发展的一翼");
  const auto strokes = items_of<page::Stroke>(doc.pages[0]);
  std::vector<double> rules;
  for (const auto& s : strokes)
    if (s.from.y == s.to.y && s.from.y.to_pt() > kTop && s.from.y.to_pt() < kPageH - kBottom)
      rules.push_back(s.from.y.to_pt());
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_LT(rules[0], lines[1].y - 12 * 0.88);
  EXPECT_GT(rules[1], lines[1].y + 12 * 0.12);
  // 18 + 2 × 6 + 1.5 + 2 × 3 = 37.5 pt → 3 grid lines; text resumes on the grid.
  EXPECT_EQ(grid_line(lines[2].y), 4);
  EXPECT_NEAR(lines[2].y - kGridTop - kBaselineOffset, 4 * kPitch, 0.01);
}

TEST_F(ComposeTest, RuleTakesAGridLineAndUnknownColourIsReported) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24), "body");
  flow.rule(Length::pt(1), "frame");
  flow.rule(Length::pt(1), "magenta");
  flow.paragraph(han("乙", 24), "body");
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(grid_line(lines[1].y), 3);
  const auto strokes = items_of<page::Stroke>(doc.pages[0]);
  std::vector<page::Stroke> rules;
  for (const auto& s : strokes)
    if (s.from.y.to_pt() > kTop && s.from.y.to_pt() < kPageH - kBottom) rules.push_back(s);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_NEAR(rules[0].from.y.to_pt(), kGridTop + kPitch * 1.5, 0.01);
  EXPECT_NEAR(rules[0].from.x.to_pt(), kInner, 0.01);
  EXPECT_NEAR(rules[0].to.x.to_pt(), kInner + 240, 0.01);
  EXPECT_EQ(rules[0].color, Color::cmyk(1, 0.5, 0, 0));
  EXPECT_EQ(rules[1].color, Color::black());
  EXPECT_NE(diags_.format_all().find("no colour named 'magenta' in the style sheet; black is used"),
            std::string::npos)
      << diags_.format_all();
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

ColumnSpec balanced_pair() {
  ColumnSpec spec;
  spec.count = 2;
  return spec;
}

FigureSpec across() {
  FigureSpec spec;
  spec.span_columns = true;
  return spec;
}

TEST_F(ComposeTest, SpanningFigureStandsUnderTheBalancedColumnsBeforeIt) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(balanced_pair());
  flow.paragraph(han("甲", 44), "body");  // 4 lines: 2 and 2
  flow.figure("pictures/wide.png", words("全景"), across());
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u);
  const auto images = items_of<page::Image>(doc.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  // As wide as the type area, under the two lines of each column.
  EXPECT_NEAR(images[0].rect.x.to_pt(), kInner, 0.01);
  EXPECT_NEAR(images[0].rect.width.to_pt(), 240, 0.01);
  EXPECT_NEAR(images[0].rect.y.to_pt(), kGridTop + 2 * kPitch + 3, 0.01);
  // 3 + 180 + 4.5 + 14 + 3 = 204.5 pt → 13 grid lines; the set resumes below.
  std::map<int, std::vector<int>> after;
  for (const auto& l : body_lines(doc))
    if (l.text.rfind("乙", 0) == 0) after[column_of(l)].push_back(grid_line(l.y));
  EXPECT_EQ(after[0], (std::vector<int>{15, 16}));
  EXPECT_EQ(after[1], (std::vector<int>{15, 16}));
}

TEST_F(ComposeTest, SpanningFigureThatDoesNotFitOpensTheNextPageWhileTextFlowsOn) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(balanced_pair());
  flow.paragraph(han("甲", 11 * 30), "body");  // 15 + 15 lines: no room for 13 more
  flow.figure("pictures/wide.png", words("全景"), across());
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u);
  EXPECT_TRUE(items_of<page::Image>(doc.pages[0]).empty());
  const auto images = items_of<page::Image>(doc.pages[1]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_NEAR(images[0].rect.y.to_pt(), kTop, 0.01) << "at the next page's top";
  // The text after the figure comes first, on page 1: 34 lines as 17 + 17.
  int yi = 0, columns[2] = {0, 0};
  for (const auto& l : body_lines(doc)) {
    if (l.text.rfind("乙", 0) == 0) {
      EXPECT_EQ(l.page, 0);
      ++yi;
    }
    if (l.page == 0) ++columns[column_of(l)];
  }
  EXPECT_EQ(yi, 4);
  EXPECT_EQ(columns[0], 17);
  EXPECT_EQ(columns[1], 17);
}

TEST_F(ComposeTest, BoxBottomIsPaddingUnderTheLastLineOffTheGrid) {
  FlowBuilder flow("issue/tour.md");
  BoxSpec box;
  box.background = "tint";
  box.padding = Length::pt(8);
  flow.begin_box(box);
  flow.paragraph(han("小", 60), "small");  // 9 pt on 13 pt lines
  flow.end_box();
  flow.paragraph(han("甲", 24), "body");
  const page::PagedDocument doc = compose(flow);
  const auto fills = items_of<page::Fill>(doc.pages[0]);
  ASSERT_EQ(fills.size(), 1u);
  double last = 0, next = 0;
  for (const auto& l : body_lines(doc)) {
    if (l.text.rfind("小", 0) == 0) last = l.y;
    if (l.text.rfind("甲", 0) == 0) next = l.y;
  }
  // The em box of the last line ends 0.12 em under its baseline.
  EXPECT_NEAR(fills[0].rect.bottom().to_pt(), last + 9 * 0.12 + 8, 0.01);
  // And the text after the box is back on the grid.
  EXPECT_NEAR((next - kGridTop - kBaselineOffset) / kPitch,
              std::round((next - kGridTop - kBaselineOffset) / kPitch), 1e-6);
  EXPECT_GT(next - 10 * 0.88, fills[0].rect.bottom().to_pt());
}

}  // namespace
}  // namespace paiban::testing
