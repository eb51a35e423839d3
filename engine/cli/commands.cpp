#include "cli/commands.h"

namespace paiban::cli {

void add_all_commands(CommandLine& cl) {
  add_render_command(cl);
  add_check_command(cl);
  add_check_style_command(cl);
  add_import_command(cl);
  add_watch_command(cl);
  add_new_command(cl);
  add_fonts_command(cl);
  add_plugins_command(cl);
  add_help_command(cl);
}

}  // namespace paiban::cli
