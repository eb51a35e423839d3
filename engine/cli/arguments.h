// The command line: `paiban render [MANUSCRIPT] [--style FILE] [-o OUT.pdf]
// [--plugin-path DIR]…`, `paiban check-style FILE`, `paiban --help`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace paiban::cli {

struct RenderArgs {
  std::string manuscript;  // empty: the bundled sample issue
  std::string style;       // empty: the manuscript's `style` front-matter key, else the house style
  std::string output;      // empty: the manuscript with .pdf in place of .md
  std::vector<std::string> plugin_paths;
  bool report = false;  // print typographic statistics of the set pages
};

struct CheckStyleArgs {
  std::string style;
};

struct Command {
  enum class Kind { render, check_style, help, version };
  Kind kind = Kind::help;
  RenderArgs render;
  CheckStyleArgs check_style;
};

// Parses argv; on a usage error returns nullopt and sets `error`.
std::optional<Command> parse_arguments(const std::vector<std::string>& args, std::string& error);

std::string usage_text();

// "issue.md" → "issue.pdf"; any other name gets ".pdf" appended.
std::string default_output_path(const std::string& manuscript);

}  // namespace paiban::cli
