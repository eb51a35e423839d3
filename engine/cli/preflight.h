// Every check `paiban render` runs before setting type — manuscript and
// front matter, style sheet, fonts installed, plugins found and their options,
// section titles, images and ICC profiles — all problems of a run at once.
// `paiban check` and `paiban check-style` run exactly this, so they report
// the same messages with the same exit status as render.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/render.h"
#include "cli/render_cache.h"
#include "layout/flow/flow_builder.h"
#include "paiban/document.h"
#include "plugin/compose_issue.h"
#include "style/stylesheet.h"

namespace paiban::cli {

// What the checks read and loaded, ready for setting type. Not movable: the
// plan points into the document.
struct Preflight {
  int exit_code = kSuccess;  // kBadInput when any check found an error
  std::string manuscript_path;
  bool manuscript_read = false;
  Document document;
  std::shared_ptr<StyleState> style;     // sheet and fonts (shared with a RenderCache)
  std::shared_ptr<PluginState> plugins;  // registry (shared with a RenderCache)
  std::vector<plugin::ComposeStep> plan;
  // What the plan composed (step 5 of the checks), when the manuscript was
  // read; its problems are reported already.
  std::unique_ptr<layout::FlowBuilder> flow;
  Limits limits;  // the sheet's [limits] with the command line's --limit over them
  std::vector<std::string> images;  // every figure's file, resolved
  std::size_t images_checked = 0;

  const style::StyleSheet& sheet() const { return style->sheet; }

  Preflight() = default;
  Preflight(const Preflight&) = delete;
  Preflight& operator=(const Preflight&) = delete;
};

// Runs every check for `args` and prints the diagnostics to ctx.err. With
// ctx.cache, the style sheet, fonts and plugins of an earlier run are reused
// while their files are unchanged, and the cache is updated.
// Without a manuscript (`style_only`) the checks are those of the style
// sheet: its plugins and their options, fonts and profiles.
std::unique_ptr<Preflight> preflight(const RenderArgs& args, const RenderContext& ctx,
                                     bool style_only = false);

// `sheet_limits` with every --limit of `args` applied over them.
Limits limits_for(const RenderArgs& args, const Limits& sheet_limits);

// The manuscript a run sets: the one given, else the bundled sample.
std::string manuscript_for(const RenderArgs& args);

}  // namespace paiban::cli
