#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "base/translation.h"
#include "cli/version.h"
#include "style/suggest.h"

namespace paiban::cli {
namespace {

constexpr const char* kFooter =
    N_("examples:\n"
       "  paiban render issue.md -o issue.pdf\n"
       "  paiban render issue.md --style house.toml --output=issue.pdf\n"
       "  paiban check-style house.toml\n\n"
       "Run 'paiban help COMMAND' or 'paiban COMMAND --help' for a command's options.\n"
       "Options take their value as '-o FILE', '-oFILE', '--output FILE' or '--output=FILE'.\n"
       "exit status: 0 success, 1 rendering error, 2 bad input or usage");
constexpr const char* kExitStatus =
    N_("exit status: 0 success, 1 rendering error, 2 bad input or usage");

// Every spelling of every option of `app`, for did-you-mean.
std::vector<std::string> option_spellings(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options()) {
    for (const auto& l : opt->get_lnames()) names.push_back("--" + l);
    for (const auto& s : opt->get_snames()) names.push_back("-" + s);
  }
  return names;
}

// The message for arguments CLI11 left over: an unknown option, with the
// nearest real one, or a surplus argument.
std::string leftover_message(const CLI::App& app, const std::string& arg) {
  if (arg.size() > 1 && arg[0] == '-') {
    const std::string name = arg.substr(0, arg.find('='));
    if (auto near = style::closest(name, option_spellings(app)))
      return tr_format(N_("unknown option '{}'; did you mean '{}'?"), {name, *near});
    return tr_format(N_("unknown option '{}'"), {name});
  }
  return tr_format(N_("unexpected argument '{}'"), {arg});
}

}  // namespace

CommandLine::CommandLine()
    : app_(std::make_unique<CLI::App>(
          tr(N_("paiban typesets Chinese newsletter manuscripts (Markdown + TOML style sheets)\n"
                "into print-ready PDF.")),
          "paiban")) {
  // Every text of the help in the editor's language (base/translation.h);
  // the descriptions of options are translated in run(), once all are added.
  auto formatter = std::make_shared<CLI::Formatter>();
  formatter->label("Usage", tr(N_("usage")));
  formatter->label("OPTIONS", tr(N_("OPTIONS")));
  formatter->label("SUBCOMMAND", tr(N_("COMMAND")));
  formatter->label("Positionals", tr(N_("arguments")));
  formatter->column_width(30);
  app_->formatter(formatter);
  app_->option_defaults()->group(tr(N_("options")));  // commands inherit it
  app_->set_help_flag("-h,--help", N_("Print this help and exit"));
  app_->set_version_flag(
      "--version", [] { return version_text(); },
      N_("Print the version of paiban and of the libraries it uses, and exit"));
  app_->require_subcommand(0, 1);
  app_->allow_extras();  // an unknown command is reported by run(), with did-you-mean
  app_->footer(tr(kFooter));
}

CommandLine::~CommandLine() = default;

CLI::App& CommandLine::add_command(const std::string& name, const std::string& summary,
                                   const std::string& details, CommandAction action) {
  CLI::App* sub = app_->add_subcommand(name, tr(summary));
  sub->set_help_flag("-h,--help", N_("Print this help and exit"));
  sub->group(tr(N_("commands")));
  sub->allow_extras();  // unknown options are reported by run(), with did-you-mean
  sub->footer((details.empty() ? "" : tr(details) + "\n\n") + tr(kExitStatus));
  commands_.emplace_back(sub, std::move(action));
  return *sub;
}

std::string CommandLine::help(const std::string& command) const {
  // Not app_->help(): once a command was parsed, that explains the command.
  if (command.empty())
    return app_->get_formatter()->make_help(app_.get(), "paiban", CLI::AppFormatMode::Normal);
  for (const auto& [sub, action] : commands_)
    if (sub->get_name() == command) {
      std::string text = sub->help("paiban");
      if (!text.empty() && text.back() != '\n') text += '\n';
      return text;
    }
  return "";
}

std::vector<std::string> CommandLine::command_names() const {
  std::vector<std::string> names;
  for (const auto& entry : commands_) names.push_back(entry.first->get_name());
  return names;
}

int CommandLine::usage_error(const std::string& message, const std::string& command,
                             const RenderContext& ctx) const {
  ctx.err << "paiban" << (command.empty() ? "" : " " + command) << ": " << tr(N_("error")) << ": "
          << translate_message(message) << "\n";
  if (command.empty())
    ctx.err << help();
  else
    ctx.err << tr_format(N_("usage: see 'paiban help {}'"), {command}) << "\n";
  return kBadInput;
}

void CommandLine::translate_options() {
  std::vector<CLI::App*> apps{app_.get()};
  for (const auto& entry : commands_) apps.push_back(entry.first);
  for (CLI::App* app : apps)
    for (CLI::Option* option : app->get_options())
      option->description(translate_message(option->get_description()));
}

int CommandLine::run(const std::vector<std::string>& args, const RenderContext& ctx) {
  translate_options();
  // CLI11 takes the arguments last-first.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app_->parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << app_->help();  // the chosen command's help when one was given
    return kSuccess;
  } catch (const CLI::CallForVersion& e) {
    ctx.out << e.what() << "\n";
    return kSuccess;
  } catch (const CLI::ParseError& e) {
    const auto chosen = app_->get_subcommands();
    return usage_error(e.what(), chosen.empty() ? "" : chosen.front()->get_name(), ctx);
  }

  const auto chosen = app_->get_subcommands();
  if (chosen.empty()) {
    const auto extras = app_->remaining();
    if (extras.empty()) return usage_error(N_("no command given"), "", ctx);
    const std::string& word = extras.front();
    if (word.size() > 1 && word[0] == '-')
      return usage_error(leftover_message(*app_, word), "", ctx);
    if (auto near = style::closest(word, command_names()))
      return usage_error(tr_format(N_("unknown command '{}'; did you mean '{}'?"), {word, *near}),
                         "", ctx);
    return usage_error(tr_format(N_("unknown command '{}'"), {word}), "", ctx);
  }
  CLI::App* sub = chosen.front();
  if (const auto extras = sub->remaining(); !extras.empty())
    return usage_error(leftover_message(*sub, extras.front()), sub->get_name(), ctx);
  for (const auto& [app, action] : commands_)
    if (app == sub) return action(ctx);
  return kBadInput;  // unreachable: every subcommand has an action
}

}  // namespace paiban::cli
