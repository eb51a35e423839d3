// The whole pipeline in-process for the render and plugin_options fuzz
// targets: manuscript and style sheet from memory, fonts pinned to the
// Debian files of the tests (tests/support), the plugins of this build, a
// fixed date, and the PDF written to a scratch file of this process. What
// stays loaded between inputs (fonts, plugin libraries) is kept in one
// RenderCache, as `paiban watch` keeps it.
#pragma once

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>

#include "cli/pdf_options.h"
#include "cli/render.h"
#include "cli/render_cache.h"
#include "cli/timestamp.h"
#include "pdf/pdf_writer.h"
#include "support/pinned_environment.h"

namespace paiban::fuzz {

struct RenderResult {
  int exit_code = 0;
  std::size_t pages = 0;
  bool pdf_written = false;
};

// Typesets `manuscript` (as /fuzz/issue.md) with `style` (as /fuzz/style.toml;
// empty: the manuscript's front matter decides, else the house style) and,
// when it typesets, writes the PDF. Diagnostics are dropped: the targets
// check facts, not messages.
// libFuzzer reads the coverage counters of every instrumented library it saw
// loaded; when the engine unloads a plugin (a style sheet that no longer
// names it), those counters are unmapped and libFuzzer itself faults. So
// each plugin of the build is held loaded for the life of the process
// (RTLD_NODELETE); the engine's own loading and unloading is unchanged.
inline void hold_plugins_loaded() {
  static const bool held = [] {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(PAIBAN_BUILD_PLUGIN_DIR, ec))
      if (entry.path().extension() == ".so") dlopen(entry.path().c_str(), RTLD_NOW | RTLD_NODELETE);
    return true;
  }();
  (void)held;
}

inline RenderResult render_in_memory(const std::string& manuscript, const std::string& style) {
  hold_plugins_loaded();
  static testing::PinnedEnvironment env;
  static cli::RenderCache cache;
  env.add_file("/fuzz/issue.md", manuscript);
  cli::RenderArgs args;
  args.manuscript = "/fuzz/issue.md";
  if (!style.empty()) {
    env.add_file("/fuzz/style.toml", style);
    args.style = "/fuzz/style.toml";
  }
  args.plugin_paths = {PAIBAN_BUILD_PLUGIN_DIR};
  args.pdf_threads = 1;
  std::ostringstream err, out;
  const cli::RenderContext ctx{env, "", err, out, &cache};
  const cli::Typeset typeset = cli::typeset(args, ctx);
  RenderResult result;
  result.exit_code = typeset.exit_code;
  if (typeset.exit_code != cli::kSuccess) return result;
  result.pages = typeset.pages.pages.size();
  static const std::string pdf_path =
      "/tmp/paiban-fuzz-" + std::to_string(static_cast<long>(getpid())) + ".pdf";
  auto options = cli::pdf_options_for(
      typeset.sheet, cli::output_timestamp(env.source_date_epoch(), typeset.document.meta.date));
  options.threads = 1;
  options.survive_power_cut = false;  // a scratch file: no fsync
  const Diagnostics written = pdf::write_pdf(typeset.pages, options, env, pdf_path);
  result.pdf_written = !written.has_errors();
  std::remove(pdf_path.c_str());
  return result;
}

}  // namespace paiban::fuzz
