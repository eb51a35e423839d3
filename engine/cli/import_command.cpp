// `paiban import FILE.docx… [-o issue.md] [--images DIR] [--section NAME FILE.docx…]…
// [--recipe ISSUE.toml] [--title T] [--issue I] [--date D] [--publisher P]
// [--report-changes] [--force]`: Word documents → one manuscript
// (engine/import, docs/import.md).
#include <CLI/CLI.hpp>
#include <memory>

#include "base/diagnostics.h"
#include "cli/command_module.h"
#include "cli/commands.h"
#include "cli/modules/module_interface.h"

namespace paiban::cli {
namespace {

struct ImportArgs {
  std::vector<std::string> files;
  // --section NAME applies to the files after it: (files before it, NAME).
  std::vector<std::pair<std::size_t, std::string>> sections;
  import::ImportRequest request;
  std::string title, issue, date, publisher;
  std::vector<std::string> fields;  // --set KEY=VALUE
};

int run_import_args(const ImportArgs& args, const RenderContext& ctx) {
  import::ImportRequest request = args.request;
  for (const auto& [from, name] : args.sections)
    if (from >= args.files.size()) {
      ctx.err << format_diagnostic(Severity::error, "paiban",
                                   "no file follows --section " + name +
                                       "; --section names the section of the files after it",
                                   {"e.g. paiban import --section " + name + " a.docx b.docx"})
              << "\n";
      return kBadInput;
    }
  for (std::size_t i = 0; i < args.files.size(); ++i) {
    std::string section;
    for (const auto& [from, name] : args.sections)
      if (from <= i) section = name;
    request.inputs.push_back({args.files[i], section});
  }
  const std::pair<const char*, const std::string*> given[] = {{"title", &args.title},
                                                              {"issue", &args.issue},
                                                              {"date", &args.date},
                                                              {"publisher", &args.publisher}};
  for (const auto& [key, value] : given)
    if (!value->empty()) request.front_matter[key] = *value;
  for (const auto& field : args.fields) {
    const auto eq = field.find('=');
    if (eq == std::string::npos || eq == 0) {
      ctx.err << format_diagnostic(Severity::error, "paiban",
                                   "--set takes KEY=VALUE, not '" + field + "'")
              << "\n";
      return kBadInput;
    }
    request.front_matter[field.substr(0, eq)] = field.substr(eq + 1);
  }
  // The stage and its libraries are a module, loaded only now.
  auto* run_import = command_module_function<ImportRunFunction>(kImportModule, kImportRunSymbol,
                                                                "paiban import", ctx.err);
  if (!run_import) return kRenderError;
  return run_import(request, ctx.env, ctx.out, ctx.err);
}

}  // namespace

void add_import_command(CommandLine& cl) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App& cmd =
      cl.add_command("import", "Turn Word documents (.docx) into a manuscript",
                     "Reads Word or WPS .docx files (one article each) into one manuscript with\n"
                     "front matter, sections and articles, extracting the pictures, and cleans up\n"
                     "what Chinese Word documents need (indents, half-width punctuation, quotes).\n"
                     "Nothing is written unless every file can be read. See docs/import.md.",
                     [args](const RenderContext& ctx) { return run_import_args(*args, ctx); });
  CLI::Option* files = cmd.add_option("FILE", args->files, "The .docx files, in issue order")
                           ->type_name("FILE.docx");
  // Called as each --section is parsed, so it knows how many files came before.
  cmd.add_option_function<std::string>(
         "--section",
         [args, files](const std::string& name) {
           args->sections.emplace_back(files->results().size(), name);
         },
         "Put the files after this option into section NAME (e.g. 行业动态)")
      ->type_name("NAME")
      ->trigger_on_parse();
  cmd.add_option("-o,--output", args->request.output,
                 "The manuscript to write (default issue.md; - for standard output)")
      ->type_name("issue.md");
  cmd.add_option("--images", args->request.images_dir,
                 "Folder for the pictures (default: images/ next to the manuscript)")
      ->type_name("DIR");
  cmd.add_option("--recipe", args->request.recipe,
                 "A TOML file listing front matter and the files of each section")
      ->type_name("ISSUE.toml");
  cmd.add_option("--title", args->title, "Front matter: the newsletter's name");
  cmd.add_option("--issue", args->issue, "Front matter: the issue (期号), e.g. 2025年第1期");
  cmd.add_option("--date", args->date, "Front matter: the issue date")->type_name("YYYY-MM-DD");
  cmd.add_option("--publisher", args->publisher, "Front matter: the publisher (编印单位)");
  cmd.add_option("--set", args->fields,
                 "Any other front-matter key, e.g. --set notice=内部资料，免费交流 (repeatable)")
      ->type_name("KEY=VALUE")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_flag("--report-changes", args->request.report_changes,
               "List every clean-up change with file and paragraph");
  cmd.add_flag("--force", args->request.force, "Replace an existing manuscript and pictures");
}

}  // namespace paiban::cli
