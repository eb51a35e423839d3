// Every command of the paiban program, one file each. A new command is one
// new file with an add_*_command function, listed here and in commands.cpp.
#pragma once

#include "cli/command_line.h"

namespace paiban::cli {

void add_render_command(CommandLine& cl);       // render_command.cpp
void add_check_command(CommandLine& cl);        // check_command.cpp
void add_check_style_command(CommandLine& cl);  // check_style_command.cpp
void add_import_command(CommandLine& cl);       // import_command.cpp
void add_watch_command(CommandLine& cl);        // watch_command.cpp
void add_new_command(CommandLine& cl);          // new_command.cpp
void add_fonts_command(CommandLine& cl);        // fonts_command.cpp
void add_plugins_command(CommandLine& cl);      // plugins_command.cpp
void add_help_command(CommandLine& cl);         // help_command.cpp

// All of the above, in the order `paiban --help` lists them.
void add_all_commands(CommandLine& cl);

}  // namespace paiban::cli
