#include "cli/run_options.h"

#include <CLI/CLI.hpp>

#include "base/limits.h"
#include "cli/preflight.h"

namespace paiban::cli {

void add_run_options(CLI::App& cmd, RenderArgs& args) {
  cmd.add_flag("--allow-style-plugins", args.allow_style_plugins,
               "Load plugins from the plugin_path of a style sheet the manuscript's `style` key "
               "names (also PAIBAN_ALLOW_STYLE_PLUGINS=1)");
  cmd.add_option(
         "--limit", args.limit_settings,
         "Set a limit of the run over the style sheet's [limits] (repeatable): " + limit_names())
      ->type_name("NAME=VALUE")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check([](const std::string& setting) {
        Limits limits;
        return apply_limit_setting(limits, setting);
      });
}

int run_within_limits(const RenderArgs& args, const RenderContext& ctx,
                      const std::function<int(const RenderContext&)>& action) {
  const InputLimitedEnvironment env(ctx.env, limits_for(args, Limits{}).input_file_bytes());
  const RenderContext limited{env,     ctx.plugin_path_env, ctx.err,
                              ctx.out, ctx.cache,           ctx.allow_style_plugins};
  return action(limited);
}

}  // namespace paiban::cli
