#include "cli/preflight.h"

#include <filesystem>
#include <optional>
#include <set>

#include "cli/pdf_options.h"
#include "layout/compose/figure_image.h"
#include "manuscript/reader.h"
#include "pdf/icc_profile.h"
#include "plugin/search_path.h"
#include "style/loader.h"

namespace paiban::cli {
namespace {

namespace fs = std::filesystem;

// The manuscript's `style` key, when it is what chooses the style sheet.
const std::string* style_key(const RenderArgs& args, const Document& doc) {
  if (!args.style.empty()) return nullptr;
  auto it = doc.meta.fields.find("style");
  return it != doc.meta.fields.end() && !it->second.empty() ? &it->second : nullptr;
}

std::string style_for(const RenderArgs& args, const Document& doc) {
  if (!args.style.empty()) return args.style;
  if (const std::string* key = style_key(args, doc)) {
    fs::path p(*key);
    if (p.is_relative()) p = fs::path(doc.path).parent_path() / p;
    return p.lexically_normal().string();
  }
  return bundled_style_path();
}

void check_images(const std::vector<Block>& blocks, Preflight& pre, const Environment& env,
                  Diagnostics& diags) {
  for (const Block& b : blocks) {
    if (b.kind == Block::Kind::figure) {
      ++pre.images_checked;
      pre.images.push_back(layout::resolve_image_path(pre.document.path, b.image_path));
      layout::load_figure_image(env, pre.document.path, b.image_path, b.span, diags);
    }
    check_images(b.children, pre, env, diags);
  }
}

// The sheet, reused from `cache` while no file of the sheet changed.
std::shared_ptr<StyleState> load_style(const std::string& path, const Environment& env,
                                       RenderCache* cache) {
  if (cache && cache->style && cache->style->still_valid(path, env)) return cache->style;
  auto state = std::make_shared<StyleState>();
  state->path = path;
  state->sheet = style::load_stylesheet(path, env, state->load_diagnostics);
  for (const auto& file : state->sheet.files)
    if (auto bytes = env.read_file(file)) state->files[file] = std::move(*bytes);
  if (cache) cache->style = state;
  return state;
}

// Every role's fallback chain, loaded the way layout will load it, so a
// missing family is reported with the same words before any type is set;
// once per sheet (a cached one has them). Not before the plugins are
// loaded: the first font lookup waits for fontconfig's configuration, which
// the warm-up thread reads meanwhile (warm_up.h), and the main thread would
// only wait for it there.
void load_font_chains(StyleState& state, const Environment& env) {
  if (state.fonts) return;
  state.fonts = std::make_unique<text::FontLibrary>(state.sheet, env, state.font_sink);
  for (const auto& [role, unused] : state.sheet.fonts) state.fonts->chain(role, false);
  state.font_check = std::move(state.font_sink);
  state.font_sink = {};
}

// The sheet again with the plugins' declared text styles, when they differ
// from those it was loaded with; in place, so the font library of a cached
// sheet keeps its reference (declared styles name only existing font roles).
void add_declared_styles(StyleState& state, const std::vector<style::PluginStyles>& declared,
                         const Environment& env) {
  std::string key;
  for (const auto& p : declared) {
    key += p.plugin + '\x1e' + p.file + '\x1e';
    for (const auto& s : p.styles) {
      key += s.name + '\x1d';
      for (const auto& [k, v] : s.keys) key += k + '=' + v + '\x1d';
    }
  }
  if (key == state.declared_styles) return;
  Diagnostics load_diagnostics;
  state.sheet = style::load_stylesheet(state.path, env, load_diagnostics, declared);
  state.load_diagnostics = std::move(load_diagnostics);
  state.declared_styles = std::move(key);
}

std::shared_ptr<PluginState> load_plugins(const std::vector<plugin::SearchFolder>& search_path,
                                          RenderCache* cache) {
  if (cache && cache->plugins && cache->plugins->still_valid(search_path)) return cache->plugins;
  auto state = std::make_shared<PluginState>();
  state->search_path = search_path;
  state->registry = std::make_unique<plugin::PluginRegistry>(search_path);
  if (cache) cache->plugins = state;
  return state;
}

bool has_plugin_errors(const Diagnostics& diags) {
  for (const auto& d : diags.items())
    if (d.severity == Severity::error && !d.plugin.empty()) return true;
  return false;
}

void check_profiles(const Preflight& pre, const Environment& env, Diagnostics& diags) {
  const pdf::PdfOptions options = pdf_options_for(pre.sheet(), 0);
  pdf::check_output_profile(options.output_profile_path, env.read_file(options.output_profile_path),
                            pre.sheet().print.output_profile_span, diags);
  pdf::check_rgb_profile(options.rgb_profile_path, env.read_file(options.rgb_profile_path), diags);
}

}  // namespace

Limits limits_for(const RenderArgs& args, const Limits& sheet_limits) {
  Limits limits = sheet_limits;
  // Checked when the command line was parsed (run_options.cpp).
  for (const std::string& setting : args.limit_settings) apply_limit_setting(limits, setting);
  return limits;
}

std::string manuscript_for(const RenderArgs& args) {
  return args.manuscript.empty() ? bundled_sample_path() : args.manuscript;
}

std::unique_ptr<Preflight> preflight(const RenderArgs& args, const RenderContext& ctx,
                                     bool style_only) {
  auto pre = std::make_unique<Preflight>();
  Diagnostics diags;

  // A bad SOURCE_DATE_EPOCH would silently change every date in the PDF.
  if (const std::string bad_date = ctx.env.source_date_epoch_error(); !bad_date.empty())
    diags.error(SourceSpan{}, bad_date,
                {"set it to seconds since 1970-01-01 UTC (e.g. `date +%s`), or unset it to use "
                 "the issue date"});

  // 1. Manuscript → Document (front matter, Markdown, section titles), read
  // within the command line's limits: the style sheet is known only from
  // the front matter.
  const Limits command_line_limits = limits_for(args, Limits{});
  std::optional<std::string> source;
  Diagnostics manuscript_diags;
  if (!style_only) {
    pre->manuscript_path = manuscript_for(args);
    source = args.manuscript_text ? args.manuscript_text : ctx.env.read_file(pre->manuscript_path);
    const std::string& path = pre->manuscript_path;
    if (!source) {
      const std::string why = ctx.env.why_unreadable(path);
      diags.error(SourceSpan{path, 0, 0},
                  "cannot read the manuscript" + (why.empty() ? "" : ": " + why));
    } else if (source->rfind("PK\x03\x04", 0) == 0 || source->rfind("\xD0\xCF\x11\xE0", 0) == 0) {
      // A .docx (a ZIP) or an old .doc/.wps (OLE2) is no manuscript: say what to do.
      diags.error(
          SourceSpan{path, 0, 0}, "this is a Word or WPS document, not a Markdown manuscript",
          {"import it first: paiban import " + path + " -o issue.md, then paiban render issue.md"});
    } else {
      pre->document =
          manuscript::read_manuscript(path, *source, manuscript_diags, command_line_limits);
      pre->manuscript_read = true;
    }
  }

  // 2. Style sheet → StyleSheet; a sheet with mistakes is still complete
  // (defaults stand in), so the checks below go on and find the rest.
  pre->style =
      load_style(style_only ? args.style : style_for(args, pre->document), ctx.env, ctx.cache);
  const style::StyleSheet& sheet = pre->sheet();
  pre->limits = limits_for(args, sheet.limits);
  // The sheet's [limits] may allow deeper nesting (or less) than the
  // manuscript was read with: read it again within them.
  if (pre->manuscript_read && (pre->limits.block_nesting != command_line_limits.block_nesting ||
                               pre->limits.inline_nesting != command_line_limits.inline_nesting)) {
    manuscript_diags = {};
    pre->document =
        manuscript::read_manuscript(pre->manuscript_path, *source, manuscript_diags, pre->limits);
  }
  diags.append(manuscript_diags);

  // 3. Plugins: which plugin composes which section, their options checked.
  plugin::SearchPathInputs search;
  search.cli_paths = args.plugin_paths;
  search.env_value = ctx.plugin_path_env;
  // A style sheet the user named (--style, check-style) may name plugin
  // folders; one a manuscript chose may not without the user's leave: a
  // manuscript from elsewhere would otherwise run native code from its own
  // folder on a plain render (docs/plugins.md, "How the engine finds a plugin").
  const bool chosen_by_manuscript = !style_only && style_key(args, pre->document);
  if (!chosen_by_manuscript || args.allow_style_plugins || ctx.allow_style_plugins) {
    search.style_paths = sheet.plugin_path;
  } else if (!sheet.plugin_path.empty()) {
    diags.warning(SourceSpan{sheet.path, 0, 0},
                  "this style sheet, named by the manuscript's `style` key, asks to load plugins "
                  "from '" +
                      sheet.plugin_path.front() +
                      "'; its plugin_path was not searched: plugins load only from folders you "
                      "name",
                  {"if you trust this style sheet and its plugins, render with "
                   "--allow-style-plugins (or set PAIBAN_ALLOW_STYLE_PLUGINS=1), or name the "
                   "folder with --plugin-path DIR"});
  }
  pre->plugins = load_plugins(plugin::plugin_search_path(search), ctx.cache);
  plugin::PluginRegistry& registry = *pre->plugins->registry;
  Diagnostics plugin_diags;
  std::vector<plugin::ComposeStep> unused;  // entries the manuscript leaves unused
  if (pre->manuscript_read) {
    pre->plan = plugin::load_issue_plugins(pre->document, sheet, registry, plugin_diags);
    unused = plugin::load_entry_plugins(sheet, registry, plugin_diags, pre->plan);
  } else {
    pre->plan = plugin::load_entry_plugins(sheet, registry, plugin_diags);
  }
  // The plugins' own text styles join the sheet (under the editor's
  // [styles.<name>] tables) before options that name styles are checked.
  std::vector<plugin::ComposeStep> all = pre->plan;
  all.insert(all.end(), unused.begin(), unused.end());
  add_declared_styles(*pre->style, plugin::declared_text_styles(all), ctx.env);
  diags.append(pre->style->load_diagnostics);
  plugin::check_step_options(pre->plan, sheet, plugin_diags);
  plugin::check_step_options(unused, sheet, plugin_diags);
  for (const auto& step : pre->plan)
    if (step.plugin) pre->plugins->remember_library(step.plugin->file);
  if (has_plugin_errors(plugin_diags)) pre->plugins->reusable = false;
  diags.append(plugin_diags);

  // 4. What layout and the PDF will read: fonts, images, ICC profiles.
  load_font_chains(*pre->style, ctx.env);
  diags.append(pre->style->font_check);
  for (const Section& section : pre->document.sections)
    for (const Article& article : section.articles)
      check_images(article.blocks, *pre, ctx.env, diags);
  check_profiles(*pre, ctx.env, diags);

  // 5. The plugins compose the issue into a flow (no type is set yet): a
  // text style no sheet defines and no plugin declares, or a Composer call
  // out of order, is found by `paiban check` as by render. Only after the
  // checks above passed: a plugin composing with a broken sheet's defaults
  // would bury the real mistake under its own. An error here is the
  // composition's (exit status 1, as when render set type).
  const bool checks_failed = diags.has_errors();
  if (pre->manuscript_read && !checks_failed) {
    pre->flow = std::make_unique<layout::FlowBuilder>(pre->document);
    std::set<std::string> styles;
    for (const auto& [name, unused_style] : sheet.styles) styles.insert(name);
    pre->flow->require_styles(std::move(styles));
    plugin::run_plan(pre->plan, pre->document, plugin::house_style(sheet), *pre->flow, diags,
                     std::chrono::seconds(pre->limits.compose_seconds));
    for (auto& problem : pre->flow->take_problems()) diags.add(std::move(problem));
  }

  ctx.err << diags.format_all();
  if (diags.has_errors()) pre->exit_code = checks_failed ? kBadInput : kRenderError;
  return pre;
}

}  // namespace paiban::cli
