// Page layouts → the page model: each placed row's items moved to its place,
// boxes drawn under the text, column rules, and what the pages say about
// themselves (where each heading landed, which section each page shows).
#pragma once

#include <string>
#include <vector>

#include "layout/compose/galley.h"
#include "layout/compose/grid.h"
#include "layout/compose/paginate.h"
#include "layout/flow/flow.h"
#include "page/page.h"

namespace paiban::layout {

// Where an outline heading landed; page < 0 when it was never placed.
struct HeadingPlace {
  int page = -1;
  Length y;
};

std::vector<HeadingPlace> heading_places(const Galley& galley, const std::vector<PageLayout>& pages,
                                         std::size_t heading_count);

struct PaintedPages {
  std::vector<page::Page> pages;
  std::vector<std::string> sections;  // the running section each page shows
};

PaintedPages paint_pages(const Galley& galley, const std::vector<PageLayout>& pages,
                         const Grid& grid);

// Page labels: "1", "2", … by page index.
std::string page_label(int index);

}  // namespace paiban::layout
