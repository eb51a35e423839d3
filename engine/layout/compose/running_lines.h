// Running headers and footers from the page master's RunningLine templates:
// {title} {issue} {date} {section} {page} filled in, left/centre/right
// parts on one baseline across the type area, with an optional rule.
#pragma once

#include <string>

#include "layout/compose/line_setter.h"
#include "layout/compose/page_frames.h"
#include "page/page.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct RunningFields {
  std::string title;
  std::string issue;
  std::string date;
  std::string section;
  std::string page;
};

// The template with every known {field} replaced; unknown ones stay as
// written (the style stage has already reported them).
std::string fill_template(const std::string& text, const RunningFields& fields);

// Adds the header (never on the first page: the masthead is there) and
// the footer of the page's master.
void add_running_lines(page::Page& page, const PageFrame& frame, const RunningFields& fields,
                       const style::StyleSheet& sheet, LineSetter& lines);

}  // namespace paiban::layout
