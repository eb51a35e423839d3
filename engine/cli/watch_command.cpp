// `paiban watch [MANUSCRIPT] [--style FILE] [-o OUT.pdf] [--plugin-path DIR]…`:
// renders, then renders again whenever the manuscript, a style sheet of its
// chain, a placed image or a plugin library changes. Fonts and plugins stay
// loaded between renders (render_cache.h); an error is printed and the last
// good PDF stays; nothing but Ctrl-C ends the watch.
#include <sys/resource.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <exception>
#include <memory>

#include "cli/commands.h"
#include "cli/file_watcher.h"
#include "cli/preflight.h"
#include "cli/render_cache.h"
#include "cli/run_options.h"

namespace paiban::cli {
namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the process (all threads) in ms: on a shared machine the wall
// time of a render is mostly waiting for a core, this is what it costs.
long long cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto ms = [](const timeval& t) {
    return static_cast<long long>(t.tv_sec) * 1000 + t.tv_usec / 1000;
  };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct WatchArgs {
  RenderArgs render;
  int max_renders = 0;  // stop after this many renders (tests); 0 = never
};

RenderOutcome render_guarded(const RenderArgs& args, const RenderContext& ctx) {
  try {
    return render_once(args, ctx);
  } catch (const std::exception& e) {
    // A bug must not end the editor's session; the next save tries again.
    ctx.err << "paiban: internal error: " << e.what() << "\n";
    RenderOutcome failed;
    failed.exit_code = kRenderError;
    failed.inputs = {manuscript_for(args)};
    return failed;
  }
}

int run_watch(const WatchArgs& args, const RenderContext& outer) {
  FileWatcher watcher;
  if (!watcher.ok()) {
    outer.err << "paiban watch: error: cannot watch files (inotify unavailable)\n";
    return kRenderError;
  }
  RenderCache cache;
  const RenderContext ctx{outer.env, outer.plugin_path_env,    outer.err, outer.out,
                          &cache,    outer.allow_style_plugins};
  for (int renders = 1;; ++renders) {
    const auto start = Clock::now();
    const long long cpu_start = cpu_ms();
    const RenderOutcome outcome = render_guarded(args.render, ctx);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    const long long cpu = cpu_ms() - cpu_start;
    if (outcome.exit_code == kSuccess)
      ctx.out << "paiban watch: wrote " << outcome.output_path << " (" << outcome.pages
              << " pages) in " << ms << " ms (" << cpu << " ms CPU)" << std::endl;
    else
      ctx.out << "paiban watch: render failed after " << ms << " ms; "
              << (outcome.output_path.empty() ? "no PDF" : outcome.output_path)
              << " keeps the last good pages" << std::endl;
    if (args.max_renders > 0 && renders >= args.max_renders) return outcome.exit_code;
    watcher.watch(outcome.inputs);
    while (watcher.wait(std::chrono::hours(1), std::chrono::milliseconds(15)).empty()) {
    }
  }
}

}  // namespace

void add_watch_command(CommandLine& cl) {
  auto args = std::make_shared<WatchArgs>();
  CLI::App& cmd =
      cl.add_command("watch", "Render again whenever a file of the issue changes",
                     "Renders MANUSCRIPT, then again on every save of the manuscript, the style\n"
                     "sheet and every sheet it extends, a placed image or a plugin library\n"
                     "(editors that save by renaming a new file over the old one included).\n"
                     "Fonts and plugins stay loaded between renders. An error is printed and the\n"
                     "last good PDF stays; Ctrl-C ends the watch.",
                     [args](const RenderContext& ctx) { return run_watch(*args, ctx); });
  RenderArgs& r = args->render;
  cmd.add_option("MANUSCRIPT", r.manuscript, "The issue's Markdown manuscript")
      ->type_name("FILE.md");
  cmd.add_option("--style", r.style,
                 "Style sheet (default: the manuscript's `style` key, else the house style)")
      ->type_name("FILE.toml");
  cmd.add_option("-o,--output", r.output, "Where to write the PDF")->type_name("OUT.pdf");
  cmd.add_option("--plugin-path", r.plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_run_options(cmd, r);
  cmd.add_option("--max-renders", args->max_renders,
                 "Stop after N renders (for scripts and tests; default: run until Ctrl-C)")
      ->type_name("N");
}

}  // namespace paiban::cli
