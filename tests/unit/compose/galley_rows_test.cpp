// The galley's rows are typed by kind (galley.h): what only one kind has
// lives in that kind's node, and the builder gives each block's rows the
// kind pagination expects.
#include <algorithm>

#include "compose_fixture.h"
#include "layout/compose/galley_builder.h"
#include "layout/compose/layout_context.h"

namespace paiban::testing {
namespace {

using layout::Row;

// Data of one kind is not on Row itself: reading a figure's `floats`, a
// marker's section or a table row's table off any row cannot compile.
template <class R>
concept HasFloats = requires(R r) {
  r.floats;
};
template <class R>
concept HasSection = requires(R r) {
  r.section;
};
template <class R>
concept HasTable = requires(R r) {
  r.table;
};
static_assert(!HasFloats<Row> && HasFloats<Row::Figure> && !HasFloats<Row::TextLine>);
static_assert(!HasSection<Row> && HasSection<Row::Marker> && !HasSection<Row::Heading>);
static_assert(!HasTable<Row> && HasTable<Row::TableRow> && !HasTable<Row::Repeat>);
static_assert(!std::is_default_constructible_v<Row>, "a row says its kind when it is made");

class GalleyRowsTest : public ComposeTest {
 protected:
  layout::Galley galley(FlowBuilder& flow) {
    layout::LineSetter lines(setter_);
    const layout::LayoutContext ctx(sheet_, lines, env_, diags_);
    return layout::build_galley(flow.flow(), ctx, {});
  }

  template <class T>
  static std::vector<const Row*> rows_of(const layout::Segment& seg) {
    std::vector<const Row*> out;
    for (const Row& r : seg.rows)
      if (r.is<T>()) out.push_back(&r);
    return out;
  }
};

TEST_F(GalleyRowsTest, EachBlockBecomesRowsOfItsKind) {
  FlowBuilder flow("issue/tour.md");
  flow.set_running_section("专题");
  flow.heading(words("标题"), "h1", 1);
  flow.paragraph(han("甲", 30), "body");  // more than one line
  PageBreakSpec spec;
  spec.master = "left";
  spec.right_page = true;
  flow.page_break(spec);
  flow.column_break();
  const layout::Galley g = galley(flow);
  ASSERT_EQ(g.segments.size(), 1u);
  const layout::Segment& seg = g.segments[0];

  const auto markers = rows_of<Row::Marker>(seg);
  ASSERT_EQ(markers.size(), 1u);
  EXPECT_EQ(markers[0]->if_is<Row::Marker>()->section, "专题");
  EXPECT_EQ(markers[0]->height, Length::zero());

  const auto headings = rows_of<Row::Heading>(seg);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_EQ(headings[0]->if_is<Row::Heading>()->outline, 0);  // the first outline heading
  EXPECT_TRUE(headings[0]->keep_with_next);
  // h1 (24 pt lines) in whole 18 pt body lines: 2 of them, the line centred.
  EXPECT_EQ(headings[0]->height, Length::pt(kPitch * 2));
  EXPECT_EQ(headings[0]->if_is<Row::Heading>()->outline_y, Length::pt((kPitch * 2 - 24) / 2.0));

  const auto lines = rows_of<Row::TextLine>(seg);
  ASSERT_GE(lines.size(), 2u);
  for (const Row* line : lines) {
    EXPECT_EQ(line->height, Length::pt(kPitch));
    EXPECT_EQ(line->lines, 1);
    EXPECT_EQ(line->if_is<Row::TextLine>()->ink_below, Length::pt((kPitch - kBodySize) / 2.0));
    EXPECT_FALSE(line->if_is<Row::TextLine>()->label);  // it ends without punctuation but is long
  }

  const auto page_breaks = rows_of<Row::PageBreak>(seg);
  ASSERT_EQ(page_breaks.size(), 1u);
  EXPECT_EQ(page_breaks[0]->if_is<Row::PageBreak>()->spec.master, "left");
  EXPECT_TRUE(page_breaks[0]->if_is<Row::PageBreak>()->spec.right_page);
  EXPECT_TRUE(page_breaks[0]->is_break());
  EXPECT_EQ(rows_of<Row::ColumnBreak>(seg).size(), 1u);
  EXPECT_TRUE(seg.rows.back().is<Row::Snap>());  // the segment ends back on the grid
}

TEST_F(GalleyRowsTest, ALabelLineIsATextLineThatKeepsWithTheNext) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(words("（1）第一个十年"), "body");
  flow.paragraph(han("乙", 30), "body");
  const layout::Galley g = galley(flow);
  const auto lines = rows_of<Row::TextLine>(g.segments.at(0));
  ASSERT_GE(lines.size(), 2u);
  EXPECT_TRUE(lines[0]->if_is<Row::TextLine>()->label);
  EXPECT_TRUE(lines[0]->keep_with_next);
  EXPECT_FALSE(lines[1]->if_is<Row::TextLine>()->label);
}

TEST_F(GalleyRowsTest, FiguresFloatInColumnsAndSpanWhenTheyAreWide) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.figure("pictures/wide.png", words("窄图"), FigureSpec{});
  FigureSpec across;
  across.span_columns = true;
  flow.figure("pictures/wide.png", words("宽图"), across);
  flow.end_columns();
  const layout::Galley g = galley(flow);
  ASSERT_EQ(g.segments.size(), 1u);
  const auto figures = rows_of<Row::Figure>(g.segments[0]);
  ASSERT_EQ(figures.size(), 2u);
  const Row::Figure& narrow = *figures[0]->if_is<Row::Figure>();
  const Row::Figure& wide = *figures[1]->if_is<Row::Figure>();
  EXPECT_TRUE(narrow.floats);
  EXPECT_FALSE(narrow.spans);
  EXPECT_EQ(figures[0]->lines, 2);  // a heading before it is satisfied by it
  EXPECT_FALSE(wide.floats);
  EXPECT_TRUE(wide.spans);
  EXPECT_TRUE(figures[1]->spans());
  EXPECT_EQ(figures[1]->lines, 0);  // keeps look past it
}

TEST_F(GalleyRowsTest, TableRowsKnowTheirTableAndTheLabelRepeats) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t;
  t.columns.resize(2);
  t.caption = words("数值");
  t.continuation_label = "续表";
  TableRow head;
  head.header = true;
  for (const char* text : {"地区", "数值"}) {
    TableCell c;
    c.text = words(text);
    head.cells.push_back(c);
  }
  t.rows.push_back(head);
  for (int i = 0; i < 3; ++i) {
    TableRow body;
    for (const char* text : {"甲", "1"}) {
      TableCell c;
      c.text = words(text);
      body.cells.push_back(c);
    }
    t.rows.push_back(body);
  }
  flow.table(t);
  const layout::Galley g = galley(flow);
  const layout::Segment& seg = g.segments.at(0);
  ASSERT_EQ(seg.tables.size(), 1u);
  const auto table_rows = rows_of<Row::TableRow>(seg);
  ASSERT_EQ(table_rows.size(), 4u);
  EXPECT_FALSE(table_rows[0]->if_is<Row::TableRow>()->body);
  EXPECT_TRUE(table_rows[0]->keep_with_next);
  for (std::size_t k = 1; k < 4; ++k) {
    EXPECT_EQ(table_rows[k]->if_is<Row::TableRow>()->table, 0);
    EXPECT_TRUE(table_rows[k]->if_is<Row::TableRow>()->body);
  }
  const auto repeats = rows_of<Row::Repeat>(seg);
  ASSERT_EQ(repeats.size(), 1u);
  EXPECT_EQ(&seg.rows[seg.tables[0].label], repeats[0]);
  EXPECT_EQ(repeats[0]->lines, 0);
  EXPECT_FALSE(repeats[0]->break_before);
  ASSERT_EQ(seg.tables[0].header.size(), 1u);
  EXPECT_EQ(&seg.rows[seg.tables[0].header[0]], table_rows[0]);
  // The caption is a block of text of its own, not a table row.
  EXPECT_GE(rows_of<Row::Block>(seg).size(), 1u);
}

// A body row too tall for a full column (the fixture's is 320 pt) is set
// as one row per line band, and a column may end only between bands that
// leave every cell two lines on both sides (widows = orphans = 2); a row
// that fits stays one row. The break edges stand after the label.
TEST_F(GalleyRowsTest, ARowTallerThanAColumnIsSetInLineBandsCutOnlyWhereEveryCellKeepsTwoLines) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t;
  t.columns.resize(2);
  for (TableColumn& c : t.columns) {
    c.width = TableColumn::Width::fixed;
    c.fixed = Length::pt(120);
  }
  t.rule_top = t.rule_bottom = Length::pt(1);
  TableRow head;
  head.header = true;
  TableRow tall, small;
  for (const char* text : {"地区", "数值"}) head.cells.push_back(TableCell{words(text), 1});
  // Columns of 120 pt (114 inside): 11 characters a line at 10 pt. 30 and
  // 25 lines of 16 pt: 480 pt, more than the 320 pt frame.
  std::string thirty, twenty_five;
  for (int i = 0; i < 11 * 30; ++i) thirty += "甲";
  for (int i = 0; i < 11 * 25; ++i) twenty_five += "乙";
  tall.cells = {TableCell{words(thirty), 1}, TableCell{words(twenty_five), 1}};
  small.cells = {TableCell{words("丙"), 1}, TableCell{words("1"), 1}};
  t.rows = {head, tall, small};
  flow.table(t);
  const layout::Galley g = galley(flow);
  const layout::Segment& seg = g.segments.at(0);
  const auto rows = rows_of<Row::TableRow>(seg);
  ASSERT_EQ(rows.size(), 1u + 30u + 1u);
  const layout::TableRepeat& repeat = seg.tables.at(0);
  for (std::size_t k = 0; k < 30; ++k) {
    const Row& band = *rows[1 + k];
    const Row::TableRow& node = *band.if_is<Row::TableRow>();
    SCOPED_TRACE("band " + std::to_string(k));
    EXPECT_EQ(node.continues, k > 0);
    EXPECT_EQ(node.goes_on, k < 29);
    EXPECT_FALSE(band.widow_rule);
    // Lines of 16 pt; the first band has the cell padding above (2.5 pt),
    // the last the padding below (the rules are the header's and the last
    // row's).
    const double extra = k == 0 || k == 29 ? 2.5 : 0;
    EXPECT_DOUBLE_EQ(band.height.to_pt(), 16 + extra);
    if (k == 0) continue;  // the first body row keeps with the header
    // Cut after k lines: 甲 keeps k and carries 30 − k, 乙 min(k, 25) and
    // 25 − k: neither 1.
    const bool expected = k >= 2 && 30 - k != 1 && 25 - static_cast<int>(k) != 1;
    EXPECT_EQ(band.break_before, expected);
  }
  EXPECT_FALSE(rows[31]->if_is<Row::TableRow>()->continues);  // the small row: one row
  // The edges: the padding (2.5 pt) and the 1 pt closing rule, after the
  // label and before the header.
  ASSERT_NE(repeat.cut_pad, layout::TableRepeat::kNone);
  ASSERT_NE(repeat.closing, layout::TableRepeat::kNone);
  EXPECT_TRUE(seg.rows[repeat.cut_pad].is<Row::TableEdge>());
  EXPECT_TRUE(seg.rows[repeat.closing].is<Row::TableEdge>());
  EXPECT_DOUBLE_EQ(seg.rows[repeat.cut_pad].height.to_pt(), 2.5);
  EXPECT_DOUBLE_EQ(seg.rows[repeat.closing].height.to_pt(), 1);
  EXPECT_GT(repeat.cut_pad, repeat.label);
  EXPECT_LT(repeat.closing, repeat.header.at(0));
}

// A box ending in a table closes right under it: the table's space after
// it (and its return to the grid) would be a place for a column to end
// between the box's content and its bottom edge (that left the padding
// alone at the next page's top).
TEST_F(GalleyRowsTest, ABoxEndingInATableClosesRightUnderIt) {
  FlowBuilder flow("issue/tour.md");
  BoxSpec box;
  box.background = "tint";
  flow.begin_box(box);
  TableSpec t;
  t.columns.resize(2);
  TableRow r;
  r.cells = {TableCell{words("甲"), 1}, TableCell{words("1"), 1}};
  t.rows = {r};
  flow.table(t);
  flow.end_box();
  const layout::Galley g = galley(flow);
  const auto& rows = g.segments.at(0).rows;
  const auto close = std::find_if(rows.begin(), rows.end(),
                                  [](const Row& row) { return row.is<Row::BoxClose>(); });
  ASSERT_NE(close, rows.end());
  ASSERT_NE(close, rows.begin());
  EXPECT_TRUE(std::prev(close)->is<Row::TableRow>());
}

TEST_F(GalleyRowsTest, ABoxOpensAndClosesAroundItsRows) {
  FlowBuilder flow("issue/tour.md");
  BoxSpec box;
  box.background = "tint";
  flow.begin_box(box);
  flow.paragraph(han("丙", 20), "body");
  flow.end_box();
  const layout::Galley g = galley(flow);
  const layout::Segment& seg = g.segments.at(0);
  ASSERT_EQ(g.boxes.size(), 1u);
  const auto open = std::find_if(seg.rows.begin(), seg.rows.end(),
                                 [](const Row& r) { return r.is<Row::BoxOpen>(); });
  const auto close = std::find_if(seg.rows.begin(), seg.rows.end(),
                                  [](const Row& r) { return r.is<Row::BoxClose>(); });
  ASSERT_NE(open, seg.rows.end());
  ASSERT_NE(close, seg.rows.end());
  EXPECT_LT(open, close);
  for (auto r = open; r <= close; ++r) EXPECT_EQ(r->box, 0);
  EXPECT_TRUE(open->keep_with_next);
  EXPECT_FALSE(close->break_before);
}

}  // namespace
}  // namespace paiban::testing
