#include "cli/arguments.h"

namespace paiban::cli {
namespace {

bool take_value(const std::vector<std::string>& args, std::size_t& i, const std::string& flag,
                std::string& out, std::string& error) {
  if (i + 1 >= args.size()) {
    error = "option " + flag + " needs a value";
    return false;
  }
  out = args[++i];
  return true;
}

}  // namespace

std::string usage_text() {
  return "usage:\n"
         "  paiban render [MANUSCRIPT.md] [--style FILE.toml] [-o OUT.pdf] [--plugin-path DIR]...\n"
         "                [--report]\n"
         "      Typesets MANUSCRIPT (default: the bundled sample issue) into a print PDF.\n"
         "      Without -o the PDF goes next to the manuscript (issue.md -> issue.pdf).\n"
         "  paiban check-style FILE.toml\n"
         "      Checks a style sheet and lists every problem with file:line:col.\n"
         "  paiban --help | --version\n"
         "exit status: 0 success, 1 rendering error, 2 bad input or usage\n";
}

std::string default_output_path(const std::string& manuscript) {
  const std::string ext = ".md";
  if (manuscript.size() > ext.size() &&
      manuscript.compare(manuscript.size() - ext.size(), ext.size(), ext) == 0)
    return manuscript.substr(0, manuscript.size() - ext.size()) + ".pdf";
  return manuscript + ".pdf";
}

std::optional<Command> parse_arguments(const std::vector<std::string>& args, std::string& error) {
  Command cmd;
  if (args.empty()) {
    error = "no command given";
    return std::nullopt;
  }
  const std::string& verb = args[0];
  if (verb == "--help" || verb == "-h" || verb == "help") return cmd;
  if (verb == "--version") {
    cmd.kind = Command::Kind::version;
    return cmd;
  }
  if (verb == "check-style") {
    cmd.kind = Command::Kind::check_style;
    if (args.size() != 2 || args[1].empty() || args[1][0] == '-') {
      error = "check-style takes exactly one style sheet file";
      return std::nullopt;
    }
    cmd.check_style.style = args[1];
    return cmd;
  }
  if (verb != "render") {
    error = "unknown command '" + verb + "'";
    return std::nullopt;
  }
  cmd.kind = Command::Kind::render;
  RenderArgs& r = cmd.render;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--output") {
      if (!take_value(args, i, a, r.output, error)) return std::nullopt;
    } else if (a == "--style") {
      if (!take_value(args, i, a, r.style, error)) return std::nullopt;
    } else if (a == "--plugin-path") {
      std::string dir;
      if (!take_value(args, i, a, dir, error)) return std::nullopt;
      r.plugin_paths.push_back(dir);
    } else if (a == "--report") {
      r.report = true;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "'";
      return std::nullopt;
    } else if (r.manuscript.empty()) {
      r.manuscript = a;
    } else {
      error = "more than one manuscript given ('" + r.manuscript + "' and '" + a + "')";
      return std::nullopt;
    }
  }
  return cmd;
}

}  // namespace paiban::cli
