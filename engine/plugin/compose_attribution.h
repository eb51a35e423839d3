// Lets the engine's Composer know which plugin is composing which section,
// so that misuse it finds (more columns than it sets, an end_box without a
// begin_box, a table row wider than the table) names the plugin, the
// section and the call rather than the last manuscript paragraph composed.
// Header-only: run_plan() tells any Composer that implements it.
#pragma once

#include <string>

#include "paiban/source.h"

namespace paiban::plugin {

struct ComposeAttribution {
  std::string plugin;   // empty between plugins
  std::string section;  // the section's title
  SourceSpan where;     // the section's [[section]] entry, or its heading
  SourceSpan heading =
      {};  // the section's heading in the manuscript; empty for an entry without match
};

class AttributedComposer {
 public:
  virtual ~AttributedComposer() = default;
  virtual void attribute(const ComposeAttribution& who) = 0;
};

}  // namespace paiban::plugin
