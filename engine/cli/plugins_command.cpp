// `paiban plugins [--plugin-path DIR]… [--style FILE]`: every section plugin
// on the search path, where it was found, and the options it declares with
// their defaults (what a [[section]] entry may set).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <memory>

#include "base/translation.h"
#include "cli/commands.h"
#include "plugin/option_check.h"
#include "plugin/plugin_registry.h"
#include "style/loader.h"

namespace paiban::cli {
namespace {

struct PluginsArgs {
  std::vector<std::string> plugin_paths;
  std::string style;  // adds its plugin_path to the search path
};

// "1 to 3", "≥ 0", "≤ 12" (lengths in pt).
std::string range_text(const OptionDecl& o) {
  auto number = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  const std::string unit = o.type == OptionDecl::Type::length ? " pt" : "";
  if (o.min > -1e299 && o.max < 1e299)
    return tr_format(N_("{} to {}"), {number(o.min), number(o.max)}) + unit;
  if (o.min > -1e299) return "≥ " + number(o.min) + unit;
  return "≤ " + number(o.max) + unit;
}

void print_plugin(const plugin::LoadedPlugin& p, const std::string& origin,
                  const RenderContext& ctx) {
  ctx.out << p.name << "  " << (p.file.empty() ? tr(N_("built into paiban")) : p.file);
  if (!origin.empty()) ctx.out << " (" << tr(origin) << ")";
  ctx.out << "\n";
  // A plugin's texts are in the catalog when the plugin ships with paiban.
  if (!p.summary.empty()) ctx.out << "  " << translate_message(p.summary) << "\n";
  if (p.options.empty()) ctx.out << "  " << tr(N_("no options")) << "\n";
  for (const OptionDecl& o : p.options) {
    ctx.out << "  " << o.name << " = "
            << (o.default_value.empty() ? tr(N_("(no default)")) : o.default_value) << "  ("
            << translate_message(plugin::describe_type(o.type));
    if (!o.choices.empty()) {
      ctx.out << ": ";
      for (std::size_t i = 0; i < o.choices.size(); ++i)
        ctx.out << (i ? ", " : "") << '"' << o.choices[i] << '"';
    }
    if (o.min > -1e299 || o.max < 1e299) ctx.out << ", " << range_text(o);
    if (o.absolute) ctx.out << tr(N_(", in pt, mm, cm or in only"));
    ctx.out << ")";
    if (!o.help.empty()) ctx.out << " " << translate_message(o.help);
    ctx.out << "\n";
  }
  // The text styles it declares, with their defaults (a [styles.<name>]
  // table in the style sheet overrides them).
  for (const TextStyleDecl& s : p.text_styles) {
    ctx.out << "  " << tr(N_("style")) << " " << s.name << ":";
    for (const auto& [key, value] : s.keys) ctx.out << " " << key << " = " << value << ";";
    if (!s.help.empty()) ctx.out << " " << translate_message(s.help);
    ctx.out << "\n";
  }
}

int run_plugins(const PluginsArgs& args, const RenderContext& ctx) {
  plugin::SearchPathInputs search;
  search.cli_paths = args.plugin_paths;
  search.env_value = ctx.plugin_path_env;
  Diagnostics diags;
  if (!args.style.empty()) {
    const style::StyleSheet sheet = style::load_stylesheet(args.style, ctx.env, diags);
    search.style_paths = sheet.plugin_path;
  }
  const std::vector<plugin::SearchFolder> folders = plugin::plugin_search_path(search);
  plugin::PluginRegistry registry(folders);

  ctx.out << tr(N_("searched, in order:")) << "\n";
  for (const auto& folder : folders)
    ctx.out << "  " << folder.path << " (" << tr(folder.origin) << ")\n";
  std::size_t count = 0;
  std::vector<std::string> found;
  for (const plugin::FoundPlugin& file : plugin::list_plugin_files(folders)) {
    ctx.out << "\n";
    found.push_back(file.name);
    // A library that fails to load (wrong ABI, missing symbol) is listed with
    // its error, so the listing explains why a style sheet cannot use it.
    if (const plugin::LoadedPlugin* p =
            registry.get(file.name, SourceSpan{file.file, 0, 0}, diags)) {
      print_plugin(*p, file.origin, ctx);
      ++count;
    }
  }
  for (const std::string& name : registry.builtin_names()) {
    if (std::find(found.begin(), found.end(), name) != found.end()) continue;  // shadowed
    ctx.out << "\n";
    if (const plugin::LoadedPlugin* p = registry.get(name, SourceSpan{}, diags)) {
      print_plugin(*p, "", ctx);
      ++count;
    }
  }
  ctx.out << "\n" << tr_format(N_("{} plugins"), {std::to_string(count)}) << "\n";
  ctx.err << diags.format_all();
  return diags.has_errors() ? kRenderError : kSuccess;
}

}  // namespace

void add_plugins_command(CommandLine& cl) {
  auto args = std::make_shared<PluginsArgs>();
  CLI::App& cmd = cl.add_command(
      "plugins", "List the section plugins found, and their options",
      "Lists every section plugin on the search path (--plugin-path, PAIBAN_PLUGIN_PATH,\n"
      "the --style sheet's plugin_path, the plugin folder next to the program, the\n"
      "install prefix; docs/plugins.md) with the file it was found in and the options a\n"
      "[[section]] entry may set, with their defaults. A plugin that cannot be loaded\n"
      "is reported with the reason.",
      [args](const RenderContext& ctx) { return run_plugins(*args, ctx); });
  cmd.add_option("--plugin-path", args->plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_option("--style", args->style, "Also search this style sheet's plugin_path")
      ->type_name("FILE.toml");
}

}  // namespace paiban::cli
