// `paiban watch [MANUSCRIPT] [--style FILE] [-o OUT.pdf] [--plugin-path DIR]…`:
// renders, then renders again whenever the manuscript, a style sheet of its
// chain, a placed image or a plugin library changes. Fonts and plugins stay
// loaded between renders (render_cache.h); an error is printed and the last
// good PDF stays; nothing but Ctrl-C ends the watch.
#include <sys/resource.h>
#include <CLI/CLI.hpp>

#include <charconv>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

#include "base/diagnostics.h"
#include "base/translation.h"
#include "cli/command_module.h"
#include "cli/commands.h"
#include "cli/file_watcher.h"
#include "cli/modules/module_interface.h"
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
  int max_renders = 0;           // stop after this many renders (tests); 0 = never
  CLI::Option* serve = nullptr;  // --serve [PORT]
  std::string serve_port;        // its value, when one was given
};

// A TCP port, 0–65535 (0: any free one).
std::optional<int> port_number(const std::string& text) {
  int port = -1;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc() || end != text.data() + text.size() || port < 0 || port > 65535)
    return std::nullopt;
  return port;
}

// The preview server of --serve, bound and serving; nullptr after printing
// why it cannot be.
std::unique_ptr<preview::PreviewServer> start_preview(const RenderArgs& render,
                                                      std::optional<int> port,
                                                      preview::PreviewState& state,
                                                      const RenderContext& ctx) {
  namespace fs = std::filesystem;
  const fs::path manuscript = fs::absolute(manuscript_for(render));
  // The server and cpp-httplib are a module, loaded only by --serve.
  auto* make_server = command_module_function<PreviewServerFactory>(
      kPreviewModule, kPreviewServerSymbol, "paiban watch", ctx.err);
  if (!make_server) return nullptr;
  std::unique_ptr<preview::PreviewServer> server(
      make_server(state, preview::ServerSetup{manuscript.parent_path(), preview::kDebianPdfJs,
                                              manuscript.filename().string()}));
  int bound = -1;
  if (port) {
    bound = server->bind(*port);
  } else {  // the usual port, else one of the next few (a second watch, say)
    for (int p = preview::kDefaultPort; bound < 0 && p < preview::kDefaultPort + 20; ++p)
      bound = server->bind(p);
  }
  if (bound < 0) {
    const std::string ports = port ? std::to_string(*port)
                                   : std::to_string(preview::kDefaultPort) + "–" +
                                         std::to_string(preview::kDefaultPort + 19);
    ctx.err << format_diagnostic(Severity::error, "paiban watch",
                                 "cannot listen on 127.0.0.1:" + ports + " (in use?)",
                                 {"give another port with --serve PORT, or --serve 0 for any "
                                  "free port"})
            << "\n";
    return nullptr;
  }
  if (!fs::exists(fs::path(preview::kDebianPdfJs) / "pdf.js"))
    ctx.err << format_diagnostic(Severity::warning, "paiban watch",
                                 std::string("pdf.js is not at ") + preview::kDebianPdfJs +
                                     "; the preview page cannot show pages",
                                 {"install Debian's libjs-pdf (scripts/install-deps does)"})
            << "\n";
  server->start();
  ctx.out << "paiban watch: "
          << tr_format(N_("preview at http://127.0.0.1:{}/"), {std::to_string(bound)}) << std::endl;
  return server;
}

// The bytes of the PDF a render wrote, for the preview.
std::shared_ptr<const std::string> read_pdf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  return std::make_shared<const std::string>(std::istreambuf_iterator<char>(in),
                                             std::istreambuf_iterator<char>());
}

RenderOutcome render_guarded(const RenderArgs& args, const RenderContext& ctx) {
  try {
    return render_once(args, ctx);
  } catch (const std::exception& e) {
    // A bug must not end the editor's session; the next save tries again.
    ctx.err << "paiban: " << tr(N_("internal error")) << ": " << e.what() << "\n";
    RenderOutcome failed;
    failed.exit_code = kRenderError;
    failed.inputs = {manuscript_for(args)};
    return failed;
  }
}

int run_watch(const WatchArgs& args, const RenderContext& outer) {
  FileWatcher watcher;
  if (!watcher.ok()) {
    outer.err << format_diagnostic(Severity::error, "paiban watch",
                                   "cannot watch files (inotify unavailable)")
              << "\n";
    return kRenderError;
  }
  RenderCache cache;
  const RenderContext ctx{outer.env, outer.plugin_path_env,    outer.err, outer.out,
                          &cache,    outer.allow_style_plugins};
  RenderArgs render = args.render;
  std::optional<int> port;
  if (args.serve && args.serve->count() > 0 && !args.serve_port.empty()) {
    port = port_number(args.serve_port);
    // `watch --serve issue.md`: the option took the manuscript for its port.
    if (!port && render.manuscript.empty()) {
      render.manuscript = args.serve_port;
    } else if (!port) {
      ctx.err << format_diagnostic(Severity::error, "paiban watch",
                                   "--serve takes a port number (1–65535, or 0 for any free "
                                   "port), not '" +
                                       args.serve_port + "'")
              << "\n";
      return kBadInput;
    }
  }
  // Standard input is read once and never changes: there is nothing to
  // watch (render and check take `-`).
  if (render.manuscript == "-" || render.style == "-") {
    ctx.err << format_diagnostic(
                   Severity::error, "paiban watch",
                   std::string(render.manuscript == "-" ? "the manuscript" : "the style sheet") +
                       " cannot come from standard input (-): watch renders again when a file "
                       "changes, and standard input is read once",
                   {"name the file, e.g. paiban watch issue.md; to render standard input once: "
                    "paiban render - -o issue.pdf < issue.md"})
            << "\n";
    return kBadInput;
  }
  preview::PreviewState preview_state;
  std::unique_ptr<preview::PreviewServer> server;
  if (args.serve && args.serve->count() > 0) {
    server = start_preview(render, port, preview_state, ctx);
    if (!server) return kBadInput;
  }
  for (int renders = 1;; ++renders) {
    const auto start = Clock::now();
    const long long cpu_start = cpu_ms();
    const RenderOutcome outcome = render_guarded(render, ctx);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    const long long cpu = cpu_ms() - cpu_start;
    if (outcome.exit_code == kSuccess)
      ctx.out << "paiban watch: "
              << tr_format(N_("wrote {} ({} pages) in {} ms ({} ms CPU)"),
                           {outcome.output_path, std::to_string(outcome.pages), std::to_string(ms),
                            std::to_string(cpu)})
              << std::endl;
    else
      ctx.out << "paiban watch: "
              << (outcome.output_path.empty()
                      ? tr_format(N_("render failed after {} ms; there is no PDF yet"),
                                  {std::to_string(ms)})
                      : tr_format(N_("render failed after {} ms; {} keeps the last good pages"),
                                  {std::to_string(ms), outcome.output_path}))
              << std::endl;
    if (server)
      preview_state.publish(
          outcome.exit_code == kSuccess, outcome.pages, ms, outcome.diagnostics,
          outcome.exit_code == kSuccess ? read_pdf(outcome.output_path) : nullptr);
    if (args.max_renders > 0 && renders >= args.max_renders) return outcome.exit_code;
    watcher.watch(outcome.inputs);
    // The events watched mark finished saves (close after write, a rename
    // landing), so a short quiet spell is enough to merge one save's events.
    while (watcher.wait(std::chrono::hours(1), std::chrono::milliseconds(5)).empty()) {
    }
  }
}

}  // namespace

void add_watch_command(CommandLine& cl) {
  auto args = std::make_shared<WatchArgs>();
  CLI::App& cmd = cl.add_command(
      "watch", "Render again whenever a file of the issue changes",
      "Renders MANUSCRIPT, then again on every save of the manuscript, the style\n"
      "sheet and every sheet it extends, a placed image or a plugin library\n"
      "(editors that save by renaming a new file over the old one included).\n"
      "Fonts and plugins stay loaded between renders. An error is printed and the\n"
      "last good PDF stays; Ctrl-C ends the watch.\n"
      "With --serve, a page on this machine only (127.0.0.1) shows the pages and\n"
      "redraws them in place after every render, keeping where you scrolled; when\n"
      "a render fails it shows the diagnostics over the last good pages.",
      [args](const RenderContext& ctx) {
        return run_within_limits(args->render, ctx,
                                 [&](const RenderContext& c) { return run_watch(*args, c); });
      });
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
  args->serve = cmd.add_option("--serve", args->serve_port,
                               "Preview the pages in a browser at http://127.0.0.1:PORT/ "
                               "(default 8317 or the next free port; 0 = any free port)")
                    ->expected(0, 1)
                    ->type_name("[PORT]");
  cmd.add_option("--max-renders", args->max_renders,
                 "Stop after N renders (for scripts and tests; default: run until Ctrl-C)")
      ->type_name("N");
}

}  // namespace paiban::cli
