// `paiban render`: the pipeline from manuscript to PDF, stage by stage.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/environment.h"
#include "layout/paragraph/line_checks.h"
#include "page/page.h"
#include "paiban/document.h"
#include "style/stylesheet.h"

namespace paiban::cli {

// What `paiban render` was asked to do.
struct RenderArgs {
  std::string manuscript;  // empty: the bundled sample issue
  // The manuscript's text when it was not read from a file (standard input,
  // cli/standard_input.h); `manuscript` then only names it in messages.
  std::optional<std::string> manuscript_text;
  std::string style;   // empty: the manuscript's `style` front-matter key, else the house style
  std::string output;  // empty: the manuscript with .pdf in place of .md
  std::vector<std::string> plugin_paths;
  // Search the plugin_path of a style sheet that the manuscript's `style`
  // key chose (--allow-style-plugins): native code is otherwise loaded only
  // from folders the user named (docs/plugins.md, "How the engine finds a plugin").
  bool allow_style_plugins = false;
  // --limit NAME=VALUE in the order given (base/limits.h), over [limits]
  std::vector<std::string> limit_settings;
  bool report = false;  // print typographic statistics of the set pages
  // Worker threads of the pdf stage (0 = one per core); the bytes written
  // do not depend on it.
  unsigned pdf_threads = 0;
};

// "issue.md" → "issue.pdf"; any other name gets ".pdf" appended.
std::string default_output_path(const std::string& manuscript);

// Exit status of a run.
enum ExitCode : int { kSuccess = 0, kRenderError = 1, kBadInput = 2 };

struct RenderCache;  // render_cache.h

struct RenderContext {
  const Environment& env;
  std::string plugin_path_env;   // PAIBAN_PLUGIN_PATH as read by main()
  std::ostream& err;             // diagnostics, GCC style
  std::ostream& out;             // --report
  RenderCache* cache = nullptr;  // `paiban watch`: what stays loaded between renders
  // PAIBAN_ALLOW_STYLE_PLUGINS=1 as read by main(): --allow-style-plugins
  // for every run.
  bool allow_style_plugins = false;
};

// Everything a run produced before the PDF is written.
struct Typeset {
  int exit_code = kSuccess;  // kSuccess when pages are ready to write
  std::string manuscript_path;
  std::string output_path;
  std::vector<std::string> inputs;  // see RenderOutcome::inputs
  Document document;
  style::StyleSheet sheet;
  page::PagedDocument pages;
  layout::TypographyStats stats;  // measured on the lines of the final layout
  Limits limits;                  // the sheet's [limits] under the command line's
};

// Stages 1–5: manuscript, style, plugins, composition, layout. Diagnostics
// go to ctx.err as they are found.
Typeset typeset(const RenderArgs& args, const RenderContext& ctx);

// typeset, then the PDF (stage 6), written atomically.
int run_render(const RenderArgs& args, const RenderContext& ctx);

// `paiban render jan.md feb.md …`: every manuscript rendered like run_render
// with `args` (each PDF next to its manuscript), up to `jobs` at a time
// (0 = one per core), sharing the process's loaded fonts. Each PDF is
// byte-identical to rendering its manuscript alone; diagnostics and reports
// are printed per manuscript, in the order given. The exit status is the
// worst of the runs.
int run_render_all(const RenderArgs& args, const std::vector<std::string>& manuscripts,
                   unsigned jobs, const RenderContext& ctx);

// What one render read and made, for `paiban watch`.
struct RenderOutcome {
  int exit_code = kSuccess;
  std::string output_path;
  std::size_t pages = 0;
  // Every file the run depended on, also when it failed: the manuscript, the
  // style sheet and what it extends, placed images, plugin libraries.
  std::vector<std::string> inputs;
  std::string diagnostics;  // everything printed to ctx.err
};

// run_render, telling what it read; diagnostics still go to ctx.err.
RenderOutcome render_once(const RenderArgs& args, const RenderContext& ctx);

// The bundled sample and the house style, in <prefix>/share/paiban next to
// the program (base/program_location.h; the build links it to the source tree).
std::string bundled_sample_path();
std::string bundled_style_path();

}  // namespace paiban::cli
