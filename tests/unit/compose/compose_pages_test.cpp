// Pages: masters and mirrored margins, running heads and folios, page
// breaks asking for a master or a right-hand page, the contents with page
// numbers resolved after pagination, the outline and the metadata.
#include <regex>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

// Heads sit 12 pt above the type area, folios 20 pt below it.
std::vector<PageLine> heads(const page::PagedDocument& doc) {
  return ComposeTest::lines_where(doc, [](double y) { return y < kTop; });
}
std::vector<PageLine> folios(const page::PagedDocument& doc) {
  return ComposeTest::lines_where(doc, [](double y) { return y > kPageH - kBottom; });
}

TEST_F(ComposeTest, LeftAndRightPagesMirrorInnerAndOuterMargins) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24 * 50), "body");  // 50 spanning lines: three pages
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u);
  std::map<int, double> left_edge, right_edge;
  for (const auto& l : body_lines(doc)) {
    left_edge[l.page] = l.x;
    right_edge[l.page] = l.right;
  }
  EXPECT_NEAR(left_edge[0], kInner, 0.01);  // page 1, recto: binding on the left
  EXPECT_NEAR(left_edge[1], kOuter, 0.01);  // page 2, verso: binding on the right
  EXPECT_NEAR(left_edge[2], kInner, 0.01);
  EXPECT_NEAR(right_edge[1], kPageW - kInner, 0.01);
  EXPECT_NEAR(right_edge[2], kPageW - kOuter, 0.01);
  for (const auto& p : doc.pages) {
    EXPECT_EQ(p.width, Length::pt(kPageW));
    EXPECT_EQ(p.height, Length::pt(kPageH));
  }
  EXPECT_EQ(doc.pages[2].label, "3");
}

TEST_F(ComposeTest, RunningHeadFromPageTwoAndFolioOnEveryPage) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(words("科技新闻"), "h1", 1);
  flow.set_running_section("科技新闻");
  flow.paragraph(han("甲", 24 * 50), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u);
  const auto h = heads(doc);
  for (const auto& l : h) EXPECT_NE(l.page, 0) << "no running head on the first page";
  std::map<int, std::vector<std::string>> by_page;
  for (const auto& l : h) {
    by_page[l.page].push_back(l.text);
    EXPECT_NEAR(l.y, kTop - 12, 0.01);
    EXPECT_NEAR(l.size, 8, 0.01);
  }
  // Page 2 (left master): section left, issue right; page 3 (right): title, section.
  EXPECT_EQ(by_page[1], (std::vector<std::string>{"科技新闻", "2025年第1期"}));
  EXPECT_EQ(by_page[2], (std::vector<std::string>{"许昌通讯", "科技新闻"}));
  for (const auto& l : h) {
    if (l.page == 1 && l.text == "科技新闻") {
      EXPECT_NEAR(l.x, kOuter, 0.01);
    }
    if (l.page == 2 && l.text == "科技新闻") {
      EXPECT_NEAR(l.right, kPageW - kOuter, 0.01);
    }
  }
  // Folios, centred under the type area.
  const auto f = folios(doc);
  ASSERT_EQ(f.size(), 3u);
  for (int p = 0; p < 3; ++p) {
    EXPECT_EQ(f[p].text, std::to_string(p + 1));
    EXPECT_NEAR(f[p].y, kPageH - kBottom + 20, 0.01);
    const double centre = (p % 2 == 0 ? kInner : kOuter) + 120;
    EXPECT_NEAR((f[p].x + f[p].right) / 2, centre, 0.01);
  }
  // Heads and folios are page furniture; the text is not.
  for (const auto& item : doc.pages[1].items)
    if (auto* r = std::get_if<page::GlyphRun>(&item)) {
      const double y = r->origin.y.to_pt();
      const page::Artifact want = y < kTop               ? page::Artifact::header
                                  : y > kPageH - kBottom ? page::Artifact::footer
                                                         : page::Artifact::none;
      EXPECT_EQ(r->artifact, want) << y;
    }
  // The header rule of page 2, under the head's em box.
  int header_rules = 0;
  for (const auto& item : doc.pages[1].items)
    if (auto* s = std::get_if<page::Stroke>(&item); s && s->from.y.to_pt() < kTop) {
      ++header_rules;
      EXPECT_NEAR(s->from.y.to_pt(), kTop - 12 + 8 * 0.12 + 8 * 0.3, 0.01);
      EXPECT_NEAR(s->from.x.to_pt(), kOuter, 0.01);
      EXPECT_NEAR(s->to.x.to_pt(), kPageW - kInner, 0.01);
    }
  EXPECT_EQ(header_rules, 1);
}

TEST_F(ComposeTest, PageBreakAsksForAMasterAndARightHandPage) {
  style::PageMaster opener = make_master("opener");
  opener.margin_top = Length::pt(88);
  opener.header.enabled = false;
  sheet_.masters["opener"] = opener;
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24), "body");
  PageBreakSpec to_right;
  to_right.right_page = true;
  to_right.master = "opener";
  flow.page_break(to_right);
  flow.paragraph(han("乙", 24 * 21), "body");  // one line more than the opener holds
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 4u);
  // Page 2 is left blank: no text, no running lines.
  EXPECT_TRUE(doc.pages[1].items.empty());
  const auto lines = body_lines(doc);
  int on_page3 = 0;
  for (const auto& l : lines)
    if (l.page == 2) {
      if (on_page3++ == 0) {
        EXPECT_NEAR(l.y, 88 - 3 + kBaselineOffset, 0.01);
      }
    }
  EXPECT_EQ(on_page3, 17);  // (400 − 88 − 40 + 6) / 16 → 17 lines
  EXPECT_EQ(doc.pages[2].label, "3");
  // The opener master has no head; the page after it is a left page again.
  for (const auto& l : heads(doc)) EXPECT_EQ(l.page, 3);
}

TEST_F(ComposeTest, ContentsShowThePagesWhereTheHeadingsLanded) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(words("目录"), "h1", 0);
  flow.table_of_contents(ContentsSpec{});
  flow.page_break({});
  flow.heading(words("科技新闻"), "h1", 1);
  flow.paragraph(han("甲", 24 * 30), "body");  // 18 lines on page 2, 12 on page 3
  flow.heading(words("新品发布"), "h2", 2);
  flow.paragraph(han("乙", 24 * 3), "body");
  flow.page_break({});
  flow.heading(words("活动预告"), "h1", 1);
  flow.paragraph(han("丙", 24 * 3), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 4u);

  // Outline: every heading with a level, with its page and top.
  ASSERT_EQ(doc.outline.size(), 3u);
  EXPECT_EQ(doc.outline[0].title, "科技新闻");
  EXPECT_EQ(doc.outline[0].level, 1);
  EXPECT_EQ(doc.outline[0].page, 1);
  EXPECT_NEAR(doc.outline[0].y.to_pt(), kGridTop + 4, 0.01);  // 24 pt line centred in 32 pt
  EXPECT_EQ(doc.outline[1].title, "新品发布");
  EXPECT_EQ(doc.outline[1].level, 2);
  EXPECT_EQ(doc.outline[1].page, 2);
  EXPECT_EQ(doc.outline[2].title, "活动预告");
  EXPECT_EQ(doc.outline[2].page, 3);

  // Contents on page 1: title, dot leader, the page number flush right.
  std::vector<PageLine> entries;
  for (const auto& l : body_lines(doc))
    if (l.page == 0 && l.text != "目录") entries.push_back(l);
  ASSERT_EQ(entries.size(), 3u);
  const std::regex entry("(.+?)\\.{5,}([0-9]+)");
  for (std::size_t k = 0; k < entries.size(); ++k) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(entries[k].text, m, entry)) << entries[k].text;
    EXPECT_EQ(m[1].str(), doc.outline[k].title);
    EXPECT_EQ(std::stoi(m[2].str()), doc.outline[k].page + 1);
    EXPECT_NEAR(entries[k].right, kInner + 240, 0.01);
  }
  // Dot leaders are furniture: a reader copies the title and the number.
  int leaders = 0;
  for (const auto& item : doc.pages[0].items)
    if (auto* r = std::get_if<page::GlyphRun>(&item);
        r && r->artifact != page::Artifact::none && r->origin.y.to_pt() < kPageH - kBottom) {
      ++leaders;
      EXPECT_EQ(r->artifact, page::Artifact::layout);
      EXPECT_EQ(r->glyphs.front().text, ".");
    }
  EXPECT_EQ(leaders, 3);
  // The folios of those pages say the same.
  const auto f = folios(doc);
  EXPECT_EQ(f[doc.outline[1].page].text, "3");
}

TEST_F(ComposeTest, ContentsWithoutArticlesListSectionsOnly) {
  FlowBuilder flow("issue/tour.md");
  ContentsSpec spec;
  spec.depth = 1;
  spec.leader = "";
  flow.table_of_contents(spec);
  flow.heading(words("科技新闻"), "h1", 1);
  flow.heading(words("新品发布"), "h2", 2);
  flow.paragraph(han("乙", 24 * 3), "body");
  const page::PagedDocument doc = compose(flow);
  // One entry: the section's title, and its number flush right on the same
  // baseline with nothing between them.
  std::vector<PageLine> entry;
  for (const auto& l : body_lines(doc))
    if (std::abs(l.y - (kGridTop + kBaselineOffset)) < 0.01) entry.push_back(l);
  ASSERT_EQ(entry.size(), 2u);
  EXPECT_EQ(entry[0].text, "科技新闻");
  EXPECT_EQ(entry[1].text, "1");
  EXPECT_NEAR(entry[1].right, kInner + 240, 0.01);
  EXPECT_EQ(doc.outline.size(), 2u);
}

// Headings within an article (outline level 3) are bookmarks under their
// article; the contents list them only when asked to go that deep, one
// entry-style em further in than the article's entry.
std::vector<PageLine> contents_entries(const page::PagedDocument& doc) {
  std::vector<PageLine> entries;
  for (const auto& l : ComposeTest::body_lines(doc))
    // The toc style's size; the paragraphs of 乙 and 丙 are body text.
    if (l.page == 0 && std::abs(l.size - 10) < 0.01 && l.text.rfind("乙", 0) != 0 &&
        l.text.rfind("丙", 0) != 0)
      entries.push_back(l);
  std::sort(entries.begin(), entries.end(), [](const PageLine& a, const PageLine& b) {
    return a.y != b.y ? a.y < b.y : a.x < b.x;
  });
  return entries;
}

void three_levels(FlowBuilder& flow, int depth) {
  ContentsSpec spec;
  spec.depth = depth;
  spec.leader = "";
  flow.table_of_contents(spec);
  flow.heading(words("科技新闻"), "h1", 1);
  flow.heading(words("新品发布"), "h2", 2);
  flow.paragraph(han("乙", 24), "body");
  flow.heading(words("发布会现场"), "h2", 3);
  flow.paragraph(han("丙", 24), "body");
}

TEST_F(ComposeTest, HeadingsWithinArticlesAreBookmarksAndEntriesWhenTheContentsGoDeep) {
  FlowBuilder shallow_flow("issue/tour.md");
  three_levels(shallow_flow, 2);
  const page::PagedDocument shallow = compose(shallow_flow);
  ASSERT_EQ(shallow.outline.size(), 3u);
  EXPECT_EQ(shallow.outline[2].title, "发布会现场");
  EXPECT_EQ(shallow.outline[2].level, 3);
  std::vector<std::string> titles;
  for (const auto& l : contents_entries(shallow)) titles.push_back(l.text);
  EXPECT_EQ(titles, (std::vector<std::string>{"科技新闻", "1", "新品发布", "1"}));

  FlowBuilder deep_flow("issue/tour.md");
  three_levels(deep_flow, 3);
  const page::PagedDocument deep = compose(deep_flow);
  const auto entries = contents_entries(deep);
  ASSERT_EQ(entries.size(), 6u);  // three titles, each with its page number
  EXPECT_EQ(entries[0].text, "科技新闻");
  EXPECT_EQ(entries[2].text, "新品发布");
  EXPECT_EQ(entries[4].text, "发布会现场");
  EXPECT_EQ(entries[5].text, "1");
  // Sections and articles start at the measure's edge; the heading within
  // the article one toc em (10 pt) further in; every number flush right.
  EXPECT_NEAR(entries[0].x, kInner, 0.01);
  EXPECT_NEAR(entries[2].x, kInner, 0.01);
  EXPECT_NEAR(entries[4].x, kInner + 10, 0.01);
  for (std::size_t k = 1; k < entries.size(); k += 2)
    EXPECT_NEAR(entries[k].right, kInner + 240, 0.01);
}

TEST_F(ComposeTest, MetadataComesFromTheFrontMatter) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 10), "body");
  const page::PagedDocument doc = compose(flow);
  EXPECT_EQ(doc.meta.title, "许昌通讯");
  EXPECT_EQ(doc.meta.subject, "2025年第1期");
  EXPECT_EQ(doc.meta.author, "许昌市科协");
  EXPECT_EQ(doc.meta.date, "2025-01-06");
  EXPECT_EQ(doc.meta.creator, "paiban");
}

TEST_F(ComposeTest, NestingMistakesInTheFlowAreReported) {
  FlowBuilder flow("issue/tour.md");
  flow.end_box();
  flow.paragraph(han("甲", 10), "body");
  const page::PagedDocument doc = compose(flow);
  EXPECT_EQ(doc.pages.size(), 1u);
  ASSERT_EQ(diags_.size(), 1u);
  EXPECT_EQ(diags_.items()[0].message,
            "Composer::end_box: end_box without begin_box; it is ignored");
  EXPECT_EQ(diags_.items()[0].severity, Severity::warning);
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

TEST_F(ComposeTest, HeadingAboveColumnsKeepsWithTheArticleHeadingAndTwoLines) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24 * 16), "body");  // 16 lines: 4 left on page 1
  flow.heading(words("行业动态"), "h1", 1);    // 2 grid lines
  ColumnSpec cols;
  cols.count = 2;
  flow.begin_columns(cols);
  flow.heading(words("文章"), "h2", 2);  // 1 grid line, then its 2 lines: 3 > 2 left
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u);
  for (const auto& l : body_lines(doc))
    if (l.text == "行业动态") {
      EXPECT_EQ(l.page, 1) << "not left alone at the foot of page 1";
    }
  ASSERT_EQ(doc.outline.size(), 2u);
  EXPECT_EQ(doc.outline[0].page, 1);
  EXPECT_EQ(doc.outline[1].page, 1);
}

TEST_F(ComposeTest, RunningSectionIsTheOneInForceAtThePagesFirstText) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(words("甲栏"), "h1", 1);
  flow.set_running_section("甲栏");
  flow.paragraph(han("甲", 24 * 35), "body");  // 18 lines on page 1, 17 on page 2
  flow.heading(words("乙栏"), "h2", 1);        // the last 3 lines of page 2
  flow.set_running_section("乙栏");
  flow.paragraph(han("乙", 24 * 7), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u);
  std::map<int, std::string> head;
  for (const auto& l : lines_where(doc, [](double y) { return y < kTop; })) head[l.page] += l.text;
  // Page 2 (left master: {section} then {issue}) begins with 甲栏's text
  // though 乙栏 starts at its foot; page 3 (right: {title} then {section}).
  EXPECT_EQ(head[1], "甲栏2025年第1期");
  EXPECT_EQ(head[2], "许昌通讯乙栏");
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

TEST_F(ComposeTest, TypeAreaWithoutRoomForALineIsAnError) {
  sheet_.masters["right"].margin_top = Length::pt(200);
  sheet_.masters["right"].margin_bottom = Length::pt(195);
  sheet_.masters["right"].span = {"test.toml", 12, 1};
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24), "body");
  const page::PagedDocument doc = compose(flow);
  EXPECT_TRUE(doc.pages.empty());
  EXPECT_EQ(doc.meta.title, "许昌通讯");
  ASSERT_TRUE(diags_.has_errors());
  EXPECT_EQ(diags_.items()[0].message,
            "page master 'right' leaves a type area of 84.7 × 1.8 mm, less than one line of "
            "body text");
  EXPECT_EQ(diags_.items()[0].span.line, 12);
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

// [print] crop_marks, registration_marks and slug: layout puts the marks
// outside the bleed in registration colour, and sets the slug with the text
// stage in the body style's fonts, as /Artifact /Page furniture.
TEST_F(ComposeTest, PrinterMarksAndTheSlugAreMadeByLayoutOutsideTheBleed) {
  FlowBuilder plain("issue/tour.md");
  plain.paragraph(han("甲", 24 * 50), "body");
  const page::PagedDocument off = compose(plain);
  EXPECT_EQ(off.marks_room, Length::zero());
  for (const auto& p : off.pages) EXPECT_TRUE(p.marks.empty());

  sheet_.print.crop_marks = true;
  sheet_.print.registration_marks = true;
  sheet_.print.slug = true;
  const Length bleed = sheet_.print.bleed;
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 24 * 50), "body");  // three pages
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u);
  EXPECT_EQ(doc.marks_room, Length::mm(12));
  const Length w = Length::pt(kPageW), h = Length::pt(kPageH);
  auto outside_bleed = [&](Point pt) {
    return pt.x < -bleed || pt.x > w + bleed || pt.y < -bleed || pt.y > h + bleed;
  };
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const page::Page& p = doc.pages[i];
    int strokes = 0;
    std::string slug;
    for (const auto& item : p.marks) {
      if (const auto* s = std::get_if<page::Stroke>(&item)) {
        ++strokes;
        EXPECT_EQ(s->color.space, Color::Space::registration);
        EXPECT_EQ(s->width, Length::pt(0.25));
        EXPECT_TRUE(outside_bleed(s->from) && outside_bleed(s->to)) << i << " " << strokes;
      } else if (const auto* r = std::get_if<page::GlyphRun>(&item)) {
        EXPECT_EQ(r->color.space, Color::Space::registration);
        EXPECT_EQ(r->size, Length::pt(6));
        EXPECT_EQ(r->artifact, page::Artifact::page);
        // Baseline 10 mm beyond the bleed under the page.
        EXPECT_EQ(r->origin.y, h + bleed + Length::mm(10));
        if (slug.empty()) {
          EXPECT_EQ(r->origin.x, Length::zero());
        }
        for (const auto& g : r->glyphs) slug += g.text;
      } else {
        ADD_FAILURE() << "unexpected mark item";
      }
    }
    // 8 crop marks (two per corner), 4 targets of a circle and 2 hairs.
    EXPECT_EQ(strokes, 8 + 4 * 3);
    // The first crop mark: on the trim's top edge, out to the left.
    const auto& first = std::get<page::Stroke>(p.marks.front());
    EXPECT_NEAR(first.from.x.to_mm(), -(bleed.to_mm() + 8), 1e-4);
    EXPECT_NEAR(first.to.x.to_mm(), -(bleed.to_mm() + 2), 1e-4);
    EXPECT_EQ(first.from.y, Length::zero());
    EXPECT_EQ(first.to.y, Length::zero());
    std::erase(slug, ' ');
    EXPECT_EQ(slug, "tour.md页" + p.label + "(" + std::to_string(i + 1) + "/3)2025-01-0600:00UTC");
    for (const auto& item : p.items) {
      if (const auto* r = std::get_if<page::GlyphRun>(&item)) {
        EXPECT_NE(r->color.space, Color::Space::registration) << "marks stay out of the page";
      }
    }
  }
}

}  // namespace
}  // namespace paiban::testing
