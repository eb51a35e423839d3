// A table row taller than a whole column is cut between the lines of its
// cells (table_rows.cpp, column_fill.cpp): every line once and in order,
// each part under the repeated header and 续表, closed by the table's
// bottom rule, at least two lines of a cell on each side of a cut, nothing
// below the column foot — inside a column and across the columns.
#include <gmock/gmock.h>

#include <array>
#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

// `count` characters from a cycle of 23, so that reading them back in
// order checks every one was set once, where it belongs.
std::string cycle_text(int count) {
  static const char* const kCycle[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛",
                                       "壬", "癸", "子", "丑", "寅", "卯", "辰", "巳",
                                       "午", "未", "申", "酉", "戌", "亥", "天"};
  std::string out;
  for (int i = 0; i < count; ++i) out += kCycle[i % 23];
  return out;
}

// The frame's foot: 20 grid lines under the grid's top.
constexpr double kFrameBottom = kGridTop + kLinesPerColumn * kPitch;

// A 三线表 of columns 30 pt | the rest: 项目 | 说明, rows 短一 | 一,
// 长行 | `tall`, 短三 | 三.
TableSpec tall_row_table(const std::string& tall) {
  TableSpec t;
  t.columns.resize(2);
  t.columns[0].width = TableColumn::Width::fixed;
  t.columns[0].fixed = Length::pt(30);
  t.columns[1].width = TableColumn::Width::fraction;
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.caption = words("说明");
  t.rows.push_back(text_row({"项目", "说明"}, true));
  t.rows.back().rule_below = Length::pt(0.5);
  t.rows.push_back(text_row({"短一", "一"}));
  t.rows.push_back(text_row({"长行", tall}));
  t.rows.push_back(text_row({"短三", "三"}));
  return t;
}

struct HStroke {
  int page = 0;
  double x0 = 0, x1 = 0, y = 0, width = 0;
};

std::vector<HStroke> horizontal_strokes(const page::PagedDocument& doc) {
  std::vector<HStroke> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const auto& item : doc.pages[p].items)
      if (const auto* s = std::get_if<page::Stroke>(&item); s && s->from.y == s->to.y)
        out.push_back({static_cast<int>(p), s->from.x.to_pt(), s->to.x.to_pt(), s->from.y.to_pt(),
                       s->width.to_pt()});
  return out;
}

bool cycle_only(const std::string& text) {
  const std::string all = cycle_text(23);
  for (std::size_t i = 0; i < text.size(); i += 3)
    if (all.find(text.substr(i, 3)) == std::string::npos) return false;
  return !text.empty();
}

// One column part of the table: where it stands and what it holds.
struct Part {
  int page = 0;
  double left = 0;                // the column's (or the type area's) left edge
  std::vector<PlacedRun> lines;   // the tall cell's lines, top to bottom
  std::vector<HStroke> strokes;   // the table's rules in it, top to bottom
  std::vector<PlacedRun> others;  // other text of the table in it
};

// The tall cell's lines (runs of cycle characters) grouped by page and
// column (`span`: the table stands across the type area), with the rules
// and other runs standing in the same column.
std::vector<Part> parts_of(const page::PagedDocument& doc, bool span) {
  const auto left_of = [&](int page, double x) {
    const double area = page % 2 == 0 ? kInner : kOuter;
    if (span) return area;
    return x >= area + kColumnWidth + kGap / 2 ? area + kColumnWidth + kGap : area;
  };
  std::vector<Part> parts;
  const auto part_at = [&](int page, double left) -> Part& {
    for (Part& p : parts)
      if (p.page == page && std::abs(p.left - left) < 0.01) return p;
    parts.push_back({page, left, {}, {}, {}});
    return parts.back();
  };
  for (const PlacedRun& r : placed_runs(doc))
    if (cycle_only(r.text)) part_at(r.page, left_of(r.page, r.x)).lines.push_back(r);
  for (Part& p : parts) {
    std::sort(p.lines.begin(), p.lines.end(),
              [](const PlacedRun& a, const PlacedRun& b) { return a.y < b.y; });
    for (const HStroke& s : horizontal_strokes(doc))
      if (s.page == p.page && std::abs(left_of(s.page, s.x0) - p.left) < 0.01 && s.y > kGridTop - 1)
        p.strokes.push_back(s);
    std::sort(p.strokes.begin(), p.strokes.end(),
              [](const HStroke& a, const HStroke& b) { return a.y < b.y; });
    for (const PlacedRun& r : placed_runs(doc))
      if (r.page == p.page && std::abs(left_of(r.page, r.x) - p.left) < 0.01 &&
          !cycle_only(r.text) && r.y > kTop)
        p.others.push_back(r);
  }
  std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
    return a.page < b.page || (a.page == b.page && a.left < b.left);
  });
  return parts;
}

const PlacedRun* run_with(const std::vector<PlacedRun>& runs, const std::string& text) {
  for (const PlacedRun& r : runs)
    if (r.text == text) return &r;
  return nullptr;
}

std::vector<PageLine> lines_with_text(const std::vector<PageLine>& lines, const std::string& text) {
  std::vector<PageLine> out;
  for (const auto& l : lines)
    if (l.text.find(text) != std::string::npos) out.push_back(l);
  return out;
}

class TableSplitTest : public ComposeTest {
 protected:
  TableSplitTest() {
    sheet_.styles["table"] = make_style("table", "song", 9, 14);
    sheet_.styles["table_header"] = make_style("table_header", "hei", 9, 14);
    sheet_.styles["table_caption"] = make_style("table_caption", "hei", 9, 14);
    sheet_.styles["table_note"] = make_style("table_note", "kai", 9, 14);
  }

  // What every cut table shows: the tall cell's lines `per_line`
  // characters each, all of them once and in order; every part after the
  // first under 续表1 and the repeated header, with the cut edge's padding
  // under the header rule as a whole row has; every part but the last
  // closed by the 1 pt bottom rule at the padding's distance below its last
  // line, no rule between the cut row's lines; at least two lines a part;
  // no glyph below the column foot. Returns the parts.
  std::vector<Part> check_cut(const page::PagedDocument& doc, bool span, int chars, int per_line,
                              double rule_length) {
    const auto parts = parts_of(doc, span);
    std::string read;
    int lines = 0;
    for (const Part& p : parts)
      for (const PlacedRun& l : p.lines) {
        read += l.text;
        ++lines;
        EXPECT_EQ(l.text.size(), static_cast<std::size_t>(per_line) * 3) << l.text;
      }
    EXPECT_EQ(read, cycle_text(chars));
    EXPECT_EQ(lines, chars / per_line);
    // Nothing below the foot: every glyph's em box ends above it.
    for (const PlacedRun& r : placed_runs(doc))
      if (r.artifact == page::Artifact::none) {
        EXPECT_LE(r.y + 0.12 * r.size, kFrameBottom + 0.01) << r.text;
      }
    // The distances a whole row keeps: its first line's baseline under the
    // header rule, and the table's bottom rule under its last line.
    const Part& first = parts.front();
    const Part& last = parts.back();
    const PlacedRun* short_one = run_with(first.others, "短一");
    const PlacedRun* short_three = run_with(last.others, "短三");
    EXPECT_TRUE(short_one && short_three);
    if (!short_one || !short_three) return parts;
    EXPECT_GE(first.strokes.size(), 2u);
    EXPECT_EQ(last.strokes.size(), 3u);
    if (first.strokes.size() < 2 || last.strokes.size() != 3) return parts;
    const double under_header = short_one->y - first.strokes[1].y;
    const double above_bottom = last.strokes[2].y - short_three->y;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const Part& p = parts[k];
      SCOPED_TRACE("part " + std::to_string(k) + " on page " + std::to_string(p.page + 1));
      EXPECT_GE(p.lines.size(), 2u) << "a cell's single line alone in a part";
      // Top rule, header rule, closing (or bottom) rule: three rules, none
      // between the cut row's lines.
      EXPECT_EQ(p.strokes.size(), 3u);
      if (p.strokes.size() != 3u || p.lines.empty()) continue;
      EXPECT_DOUBLE_EQ(p.strokes[0].width, 1);
      EXPECT_DOUBLE_EQ(p.strokes[1].width, 0.5);
      EXPECT_DOUBLE_EQ(p.strokes[2].width, 1);
      for (const HStroke& s : p.strokes) EXPECT_NEAR(s.x1 - s.x0, rule_length, 0.01);
      EXPECT_LE(p.strokes[2].y + 0.5, kFrameBottom + 0.01);
      EXPECT_GT(p.strokes[2].y, p.lines.back().y);
      if (k > 0) {
        const PlacedRun* label = run_with(p.others, "续表1");
        const PlacedRun* head = run_with(p.others, "项目");
        EXPECT_TRUE(label && head);
        if (!label || !head) continue;
        EXPECT_LT(label->y, p.strokes[0].y);
        EXPECT_LT(p.strokes[0].y, head->y);
        EXPECT_LT(head->y, p.strokes[1].y);
        EXPECT_NEAR(p.lines.front().y - p.strokes[1].y, under_header, 0.01);
      }
      if (k + 1 < parts.size()) {
        EXPECT_NEAR(p.strokes[2].y - p.lines.back().y, above_bottom, 0.01);
      }
    }
    return parts;
  }
};

// A 60-line cell in a two-column section: cut after the lines that fit
// where it starts (column 1, under the rows before it), then a whole
// column's worth at a time, across the page.
TEST_F(TableSplitTest, ARowTallerThanAColumnIsCutBetweenItsLinesAndGoesOnUnderTheHeader) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("文", 60), "body");
  // Column 2 of the table is 80 pt: 74 pt inside its padding, 8 characters.
  flow.table(tall_row_table(cycle_text(480)));
  flow.paragraph(han("后", 30), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  EXPECT_EQ(diags_.format_all().find("taller than its column"), std::string::npos)
      << diags_.format_all();
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto parts = check_cut(doc, false, 480, 8, kColumnWidth);
  ASSERT_EQ(parts.size(), 4u);
  // The row starts where the text before it ends, in column 1 of page 1,
  // and its parts fill the columns in order: page 1 columns 1 and 2, then
  // page 2 columns 1 and 2.
  EXPECT_EQ(parts[0].page, 0);
  EXPECT_EQ(parts[1].page, 0);
  EXPECT_EQ(parts[2].page, 1);
  EXPECT_EQ(parts[3].page, 1);
  EXPECT_LT(parts[0].left, parts[1].left);
  EXPECT_LT(parts[2].left, parts[3].left);
  // A full continuation column: under 续表 (14 pt) and the header (20 pt)
  // the cut edge's padding (2.25 pt), 20 lines of 14 pt, the padding and
  // the 1 pt closing rule: 319.5 of the frame's 320 pt.
  EXPECT_EQ(parts[1].lines.size(), 20u);
  for (std::size_t l = 1; l < parts[1].lines.size(); ++l)
    EXPECT_NEAR(parts[1].lines[l].y - parts[1].lines[l - 1].y, 14, 0.01);
  // The text after the table follows its last part.
  const auto after = lines_with_text(body_lines(doc), "后");
  ASSERT_FALSE(after.empty());
  EXPECT_EQ(after.front().page, 1);
}

// Across the columns (span_columns): 45 lines of 22 characters over three
// pages, each part a page.
TEST_F(TableSplitTest, ARowOfATableAcrossTheColumnsIsCutAtEachPageFoot) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("文", 44), "body");
  TableSpec t = tall_row_table(cycle_text(990));  // 204 pt inside: 22 characters
  t.span_columns = true;
  flow.table(t);
  flow.paragraph(han("后", 44), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  EXPECT_EQ(diags_.format_all().find("taller than its column"), std::string::npos)
      << diags_.format_all();
  const auto parts = check_cut(doc, true, 990, 22, 240);
  ASSERT_EQ(parts.size(), 3u);
  for (int k = 0; k < 3; ++k) EXPECT_EQ(parts[static_cast<std::size_t>(k)].page, k);
  // 文 balanced above the table on page 1, 后 below it on page 3.
  const auto wen = lines_with_text(body_lines(doc), "文");
  const auto hou = lines_with_text(body_lines(doc), "后");
  ASSERT_FALSE(wen.empty());
  ASSERT_FALSE(hou.empty());
  EXPECT_EQ(wen.back().page, 0);
  EXPECT_EQ(column_of(wen.back()), 1);
  EXPECT_LT(wen.back().y, parts[0].lines.front().y);
  EXPECT_EQ(hou.front().page, 2);
  EXPECT_GT(hou.front().y, parts[2].lines.back().y);
}

// Two tall cells in one row across the type area: cut at the same lines,
// each keeping at least two lines on either side of a cut, and within each
// part painted cell by cell (the copied text reads each cell's lines
// together, not line by line across the cells).
TEST_F(TableSplitTest, TwoTallCellsAreCutTogetherAndEachPartReadsCellByCell) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t;
  t.columns.resize(3);
  const double widths[] = {30, 105, 105};  // 99 pt inside: 11 characters
  for (std::size_t c = 0; c < 3; ++c) {
    t.columns[c].width = TableColumn::Width::fixed;
    t.columns[c].fixed = Length::pt(widths[c]);
  }
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.rows.push_back(text_row({"项目", "甲栏", "乙栏"}, true));
  std::string numbers;
  const char* const kNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  for (int i = 0; i < 11 * 23; ++i) numbers += kNumbers[i % 10];
  t.rows.push_back(text_row({"长行", cycle_text(11 * 50), numbers}));
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u) << diags_.format_all();
  std::string cycle_read, numbers_read;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    SCOPED_TRACE("page " + std::to_string(p + 1));
    int cycle_lines = 0, number_lines = 0;
    bool numbers_began = false;
    for (const auto& item : doc.pages[p].items) {
      const auto* run = std::get_if<page::GlyphRun>(&item);
      if (!run) continue;
      std::string text;
      for (const auto& g : run->glyphs) text += g.text;
      if (cycle_only(text)) {
        EXPECT_FALSE(numbers_began) << "a line of the first cell after the second's: " << text;
        cycle_read += text;
        ++cycle_lines;
      } else if (numbers.find(text) != std::string::npos && text.size() >= 3 * 11 - 3 &&
                 text != "项目") {
        numbers_began = true;
        numbers_read += text;
        ++number_lines;
      }
    }
    EXPECT_GE(cycle_lines, 2);
    EXPECT_TRUE(number_lines == 0 || number_lines >= 2) << number_lines;
  }
  EXPECT_EQ(cycle_read, cycle_text(11 * 50));
  EXPECT_EQ(numbers_read, numbers);
}

// A footnote marked in a cut row goes to the foot of the page its line
// lands on: the mark in the first line on page 1, the one in the last line
// on the last part's page (each band carries the notes of its own line).
TEST_F(TableSplitTest, NotesOfACutRowStandOnThePageOfTheirLine) {
  sheet_.styles["footnote"] = make_style("footnote", "song", 8, 12);
  sheet_.typography.footnote_numbering = "①";
  auto mark = [](const std::string& text) {
    InlineRun run;
    run.kind = InlineRun::Kind::note;
    run.note = words(text);
    run.span = {"tour.md", 3, 7};
    return run;
  };
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("文", 60), "body");
  TableSpec t = tall_row_table(cycle_text(480));
  // A mark after the 4th character and one after the last.
  t.rows[2].cells[1].text = {words(cycle_text(4)).front(), mark("首行的注"),
                             words(cycle_text(480).substr(4 * 3)).front(), mark("末行的注")};
  flow.table(t);
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 2u) << diags_.format_all();
  auto page_of = [&](const std::string& text) {
    for (const PlacedRun& r : placed_runs(doc))
      if (r.text.find(text) != std::string::npos) return r.page;
    return -1;
  };
  const auto parts = parts_of(doc, false);
  ASSERT_GE(parts.size(), 3u);
  EXPECT_EQ(page_of("首行的注"), 0);
  EXPECT_EQ(parts.front().page, 0);
  EXPECT_EQ(page_of("末行的注"), parts.back().page);
  EXPECT_GT(parts.back().page, 0);
}

// What cannot be cut still runs past the foot, reported: header rows are
// repeated whole in every part, so a header row taller than a column is
// never cut; the warning names the table's place in the source.
TEST_F(TableSplitTest, AHeaderRowTallerThanAColumnIsNotCutAndIsReported) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t = tall_row_table("短");
  t.rows[0].cells[1] = text_cell(cycle_text(22 * 30));  // 30 lines of 14 pt: 420 pt
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  EXPECT_THAT(diags_.format_all(),
              ::testing::HasSubstr("tour.md:1:1: warning: a block on page 2 is taller than its "
                                   "column and runs past the type area"));
  // The way out it gives is for a table's header row, not a box.
  EXPECT_THAT(diags_.format_all(),
              ::testing::HasSubstr("note: a table's header row is repeated whole and never cut"));
  EXPECT_THAT(diags_.format_all(), ::testing::Not(::testing::HasSubstr("allow_break")));
  // Whole, on one page, every character once.
  std::set<int> pages;
  std::string read;
  for (const PlacedRun& r : placed_runs(doc))
    if (cycle_only(r.text)) {
      pages.insert(r.page);
      read += r.text;
    }
  EXPECT_EQ(read, cycle_text(22 * 30));
  EXPECT_EQ(pages.size(), 1u);
}

// The space after a table that ends near the column foot does not open a
// page of its own: whatever the text before the table, every page holds
// text.
TEST_F(TableSplitTest, TheSpaceAfterATableAtTheFootOpensNoBlankPage) {
  for (int lines = 0; lines < kLinesPerColumn; ++lines) {
    SCOPED_TRACE(std::to_string(lines) + " lines before the table");
    diags_ = Diagnostics{};
    FlowBuilder flow("issue/tour.md");
    if (lines > 0) flow.paragraph(han("文", 24 * lines), "body");
    flow.table(tall_row_table("说明"));
    const page::PagedDocument doc = compose(flow);
    std::set<int> with_text;
    for (const PageLine& l : body_lines(doc)) with_text.insert(l.page);
    EXPECT_EQ(with_text.size(), doc.pages.size());
  }
}

// A row that stands whole in a full column is never cut: it waits for the
// next column when it does not fit where it would start.
TEST_F(TableSplitTest, ARowThatFitsAFullColumnMovesWhole) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("文", 150), "body");
  flow.table(tall_row_table(cycle_text(120)));  // 15 lines
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  const auto parts = parts_of(doc, false);
  ASSERT_EQ(parts.size(), 1u);
  std::string read;
  for (const PlacedRun& l : parts[0].lines) read += l.text;
  EXPECT_EQ(read, cycle_text(120));
}

// A row that fits a full column but not the column its page footnotes leave
// (its own marks' notes) is cut like a taller row, in either note layout:
// no glyph of the table reaches down to the notes, every line once and in
// order, each note on the page of its mark's line, no warning.
class TableRowShortenedByNotesTest : public TableSplitTest,
                                     public ::testing::WithParamInterface<style::NotePlace> {
 protected:
  static constexpr int kChars = 144;  // 18 lines of 8
  // The marks: after characters 12, 60, 100 and 140 (lines 2, 8, 13, 18).
  static constexpr std::array<int, 4> kMarkAfter = {12, 60, 100, 140};
  static constexpr std::array<const char*, 4> kNoteName = {"注甲", "注乙", "注丙", "注丁"};

  // The tall cell (291.5 pt from a column top under 续表 and the header,
  // of 320) with a note of `note_chars` after each mark.
  static std::vector<InlineRun> marked_cell(int note_chars) {
    const std::string text = cycle_text(kChars);
    std::vector<InlineRun> out;
    int from = 0;
    for (std::size_t k = 0; k < kMarkAfter.size(); ++k) {
      const auto bytes = [](int chars) { return static_cast<std::size_t>(chars) * 3; };
      out.push_back(words(text.substr(bytes(from), bytes(kMarkAfter[k] - from))).front());
      InlineRun mark;
      mark.kind = InlineRun::Kind::note;
      std::string note = kNoteName[k];
      for (int c = 0; c < note_chars; ++c) note += "释";
      mark.note = words(note);
      mark.span = {"tour.md", 3, 7};
      out.push_back(mark);
      from = kMarkAfter[k];
    }
    out.push_back(words(text.substr(static_cast<std::size_t>(from) * 3)).front());
    return out;
  }

  page::PagedDocument compose_marked(int note_chars) {
    sheet_.styles["footnote"] = make_style("footnote", "song", 8, 12);
    sheet_.typography.footnote_numbering = "①";
    sheet_.typography.footnote_place = GetParam();
    FlowBuilder flow("issue/tour.md");
    ColumnSpec two;
    two.count = 2;
    flow.begin_columns(two);
    TableSpec t = tall_row_table(cycle_text(kChars));
    t.rows[2].cells[1].text = marked_cell(note_chars);
    flow.table(t);
    flow.end_columns();
    return compose(flow);
  }

  // Every line once and in order, no glyph of the table (9 pt) reaching
  // the notes' top (their column's, or the page's), each note begun on the
  // page of its mark's line (or, `notes_may_wait`, not before it). Returns
  // the parts.
  std::vector<Part> check_notes_clear(const page::PagedDocument& doc, bool notes_may_wait = false) {
    auto parts = parts_of(doc, false);
    std::string read;
    std::vector<std::pair<int, std::string>> lines;  // page, text of each line in order
    for (const Part& p : parts) {
      std::vector<PlacedRun> runs = p.lines;
      std::sort(runs.begin(), runs.end(), [](const PlacedRun& a, const PlacedRun& b) {
        return a.y < b.y - 0.01 || (std::abs(a.y - b.y) < 0.01 && a.x < b.x);
      });
      int in_part = 0;
      for (std::size_t k = 0; k < runs.size(); ++k) {
        if (k == 0 || std::abs(runs[k].y - runs[k - 1].y) > 0.01) {
          lines.emplace_back(p.page, "");
          ++in_part;
        }
        lines.back().second += runs[k].text;
        read += runs[k].text;
      }
      EXPECT_GE(in_part, 2) << "a cell's single line alone in a part";
    }
    EXPECT_EQ(read, cycle_text(kChars));
    // 8 characters a line, the marks' room making one more.
    EXPECT_EQ(lines.size(), 19u);
    const bool page_notes = GetParam() == style::NotePlace::page;
    const auto column_of = [&](const PlacedRun& r) {
      const double area = r.page % 2 == 0 ? kInner : kOuter;
      return page_notes ? 0 : (r.x >= area + kColumnWidth + kGap / 2 ? 1 : 0);
    };
    const auto runs = placed_runs(doc);
    const auto is_note = [](const PlacedRun& r) {
      return r.text.find("注") != std::string::npos || r.text.find("释") != std::string::npos;
    };
    int checked = 0;
    for (const PlacedRun& note : runs) {
      if (!is_note(note)) continue;
      const double note_top = note.y - 0.88 * note.size;
      for (const PlacedRun& r : runs)
        if (r.page == note.page && column_of(r) == column_of(note) && !is_note(r) &&
            std::abs(r.size - 9) < 0.01 && r.y < note.y) {
          EXPECT_LE(r.y + 0.12 * r.size, note_top + 0.01) << r.text << " above " << note.text;
          ++checked;
        }
      for (const HStroke& s : horizontal_strokes(doc))
        if (s.page == note.page && std::abs(s.width - 1) < 0.01 && s.y < note.y &&
            (page_notes || (s.x0 > (note.page % 2 == 0 ? kInner : kOuter) + kColumnWidth) ==
                               (column_of(note) == 1))) {
          EXPECT_LE(s.y + s.width / 2, note_top + 0.01) << "a table rule in the notes";
        }
    }
    EXPECT_GT(checked, 0);
    for (std::size_t k = 0; k < kMarkAfter.size(); ++k) {
      // The line holding the mark's character.
      std::size_t line = 0;
      for (std::size_t chars = 0; line < lines.size(); ++line) {
        chars += lines[line].second.size() / 3;
        if (chars >= static_cast<std::size_t>(kMarkAfter[k])) break;
      }
      EXPECT_LT(line, lines.size());
      if (line >= lines.size()) continue;
      int note_page = -1;
      for (const PlacedRun& r : runs)
        if (r.text.find(kNoteName[k]) != std::string::npos) {
          note_page = r.page;
          break;
        }
      if (notes_may_wait)
        EXPECT_GE(note_page, lines[line].first) << kNoteName[k];
      else
        EXPECT_EQ(note_page, lines[line].first) << kNoteName[k];
    }
    return parts;
  }
};

TEST_P(TableRowShortenedByNotesTest, ARowThatFitsAFullColumnButNotTheNotesLeaveIsCut) {
  const page::PagedDocument doc = compose_marked(40);
  EXPECT_THAT(diags_.format_all(), ::testing::Not(::testing::HasSubstr("taller than")));
  const auto parts = check_notes_clear(doc);
  EXPECT_GE(parts.size(), 2u);
  // Without the notes the same row stands whole in one column part.
  diags_ = Diagnostics{};
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.table(tall_row_table(cycle_text(kChars)));
  flow.end_columns();
  EXPECT_EQ(parts_of(compose(flow), false).size(), 1u);
}

// Notes longer than a column (400 characters: 31 lines at the column foot)
// beside their marks: every cut moves marks, which moves notes, which
// changes the room. The pass that fits a region only ever shortens it, so
// the layout ends (a pass that let the room grow again could go round);
// every line once, none in the notes, each note begun on or after its
// mark's page (the notes before it fill the foot).
TEST_P(TableRowShortenedByNotesTest, NotesLongerThanAColumnStillEndTheLayout) {
  const page::PagedDocument doc = compose_marked(400);
  check_notes_clear(doc, true);
  EXPECT_LE(doc.pages.size(), 6u);
}

INSTANTIATE_TEST_SUITE_P(NotePlaces, TableRowShortenedByNotesTest,
                         ::testing::Values(style::NotePlace::page, style::NotePlace::column));

}  // namespace
}  // namespace paiban::testing
