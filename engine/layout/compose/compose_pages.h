// The layout stage's page composer: a recorded Flow → the page model.
//
//   FlowBuilder flow(doc);                       // plugins call it as their Composer
//   run the plugins …
//   page::PagedDocument pages = compose_pages(flow.flow(), sheet, setter, fonts, doc.meta, env,
//   diags);
//
// Everything is driven by the style sheet and the flow; nothing here knows a
// section by name. Problems (nesting mistakes in the flow, missing images,
// unknown colours, blocks too tall for a column) go to `diags`; the pages
// are made anyway.
#pragma once

#include "base/diagnostics.h"
#include "base/environment.h"
#include "layout/flow/flow.h"
#include "layout/paragraph/paragraph.h"
#include "page/page.h"
#include "paiban/document.h"
#include "style/stylesheet.h"
#include "text/font_library.h"

namespace paiban::layout {

struct ComposeOptions {
  // Threads setting paragraphs in the first layout pass (0: two when the
  // machine has two cores or more; 1: only the calling thread). The pages
  // and the problems reported do not depend on it (paragraphs_ahead.h).
  unsigned threads = 0;
};

page::PagedDocument compose_pages(const Flow& flow, const style::StyleSheet& sheet,
                                  ParagraphSetter& setter, text::FontLibrary& fonts,
                                  const IssueMeta& meta, const Environment& env, Diagnostics& diags,
                                  const ComposeOptions& options = {});

}  // namespace paiban::layout
