// Random flows of every Composer call: pagination always ends, every
// character of every paragraph is on some page exactly once, and nothing
// is placed outside the page.
#include <random>

#include "base/utf8.h"
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

class RandomFlow {
 public:
  explicit RandomFlow(unsigned seed) : rng_(seed) {}

  // Writes a random flow; returns how often each paragraph character was used.
  std::map<char32_t, int> write(FlowBuilder& flow) {
    std::map<char32_t, int> expected;
    bool in_columns = false, in_box = false;
    for (int step = 0; step < 60; ++step) {
      switch (pick(12)) {
        case 0:
        case 1:
        case 2: {  // a paragraph of one character, unique to it
          const char32_t ch = 0x4E00 + 37 * (next_char_++);
          const int n = 1 + pick(180);
          std::string text;
          for (int i = 0; i < n; ++i) utf8_append(text, ch);
          expected[ch] += n;
          flow.paragraph(words(text), pick(4) == 0 ? "small" : "body");
          break;
        }
        case 3:
          flow.heading(words("标题"), pick(2) ? "h1" : "h2", pick(3));
          break;
        case 4:
          flow.space(Length::pt(pick(40)));
          break;
        case 5:
          flow.rule(Length::pt(0.5 * pick(4)), pick(2) ? "frame" : "");
          break;
        case 6:
          if (in_box) {
            flow.end_box();
          } else {
            BoxSpec box;
            box.background = "tint";
            box.border = pick(2) ? "frame" : "";
            box.allow_break = pick(3) != 0;
            box.title = pick(2) ? "提示" : "";
            flow.begin_box(box);
          }
          in_box = !in_box;
          break;
        case 7:
          if (in_box) break;
          if (in_columns) {
            flow.end_columns();
          } else {
            ColumnSpec cols;
            cols.count = 1 + pick(3);
            cols.balance = pick(3) != 0;
            cols.rule = pick(2);
            flow.begin_columns(cols);
          }
          in_columns = !in_columns;
          break;
        case 8: {
          FigureSpec fig;
          fig.span_columns = pick(2);
          flow.figure(pick(5) ? "pictures/wide.png" : "pictures/tall.png", words("图注"), fig);
          break;
        }
        case 9:
          flow.pull_quote(words("提要文字"), "pull");
          break;
        case 10:
          if (pick(2)) {
            flow.column_break();
          } else {
            PageBreakSpec spec;
            spec.right_page = pick(2);
            flow.page_break(spec);
          }
          break;
        case 11:
          if (pick(3) == 0) flow.table_of_contents(ContentsSpec{});
          flow.set_running_section("栏目");
          break;
      }
    }
    return expected;
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
  std::mt19937 rng_;
  int next_char_ = 0;
};

TEST_F(ComposeTest, RandomFlowsLoseNothingAndStayOnThePage) {
  env_.add_file("issue/pictures/tall.png", png_header(100, 2000));  // taller than a column
  for (unsigned seed = 1; seed <= 100; ++seed) {
    FlowBuilder flow("issue/tour.md");
    const auto expected = RandomFlow(seed).write(flow);
    const page::PagedDocument doc = compose(flow);
    std::map<char32_t, int> found;
    for (const auto& page : doc.pages)
      for (const auto& item : page.items) {
        std::visit(
            [&](const auto& it) {
              using T = std::decay_t<decltype(it)>;
              if constexpr (std::is_same_v<T, page::GlyphRun>) {
                EXPECT_GE(it.origin.y.to_pt(), 0) << "seed " << seed;
                EXPECT_LE(it.origin.y.to_pt(), kPageH) << "seed " << seed;
                for (const auto& g : it.glyphs)
                  for (std::size_t i = 0; i < g.text.size();) {
                    const char32_t c = utf8_next(g.text, i);
                    if (expected.count(c)) ++found[c];
                  }
              } else if constexpr (std::is_same_v<T, page::Image>) {
                EXPECT_GE(it.rect.y.to_pt(), 0) << "seed " << seed;
                EXPECT_LE(it.rect.bottom().to_pt(), kPageH - kBottom + 0.01) << "seed " << seed;
              }
            },
            item);
      }
    EXPECT_EQ(found, expected) << "seed " << seed;
    EXPECT_LT(doc.pages.size(), 60u) << "seed " << seed;
  }
}

}  // namespace
}  // namespace paiban::testing
