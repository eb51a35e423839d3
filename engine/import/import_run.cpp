// `paiban import`: read every .docx (nothing is written unless all can be
// read), clean the text up, assemble the issue, then write the pictures and
// the manuscript (docs/import.md).
#include <filesystem>
#include <set>

#include "base/translation.h"
#include "import/cleanup.h"
#include "import/document_reader.h"
#include "import/import_error.h"
#include "import/import_request.h"
#include "import/issue_builder.h"
#include "import/output_files.h"
#include "import/recipe.h"

namespace paiban::import {
namespace {

namespace fs = std::filesystem;

// Where the manuscript and the pictures go, and how one names the other.
struct Destination {
  bool to_stdout = false;
  fs::path manuscript;
  fs::path images_dir;
  MarkdownOptions markdown;
};

Destination destination(const ImportRequest& request) {
  Destination d;
  d.to_stdout = request.output == "-";
  d.manuscript = request.output.empty() ? fs::path("issue.md") : fs::path(request.output);
  const fs::path base = d.to_stdout ? fs::current_path() : fs::absolute(d.manuscript).parent_path();
  d.images_dir = request.images_dir.empty() ? base / "images" : fs::absolute(request.images_dir);
  // The manuscript refers to its pictures relative to itself where it can.
  d.markdown.image_folder = fs::relative(d.images_dir, base).generic_string();
  if (d.markdown.image_folder.empty() || d.markdown.image_folder.rfind("..", 0) == 0)
    d.markdown.image_folder = d.images_dir.generic_string();
  return d;
}

// Reads and cleans every input; false when any could not be read.
bool read_all(const ImportRequest& request, const Environment& env, const Destination& dest,
              std::vector<PlacedDocument>& docs, Report& report) {
  std::set<std::string> prefixes;
  int next_footnote = 1;
  bool ok = true;
  std::string previous_section;
  for (const auto& input : request.inputs) {
    if (!dest.to_stdout && same_file(input.path, dest.manuscript)) {
      report.error(input.path, "is both an input and the output", {"choose another name with -o"});
      ok = false;
      continue;
    }
    ReadOptions options;
    options.image_prefix = image_prefix(input.path, prefixes);
    options.next_footnote = &next_footnote;
    try {
      PlacedDocument placed{read_docx(env, input.path, input.path, options, report), ""};
      clean_up_document(placed.doc, report);
      placed.section = resolve_section(input.section, input.path, previous_section, report);
      previous_section = placed.section;
      docs.push_back(std::move(placed));
    } catch (const ImportError& e) {
      report.error(e.file, e.message, e.hints);
      ok = false;
    }
  }
  return ok;
}

void print(const Report& report, std::ostream& err) {
  for (const auto& d : report.diagnostics().items()) err << format_diagnostic(d) << "\n";
}

int stop(const Report& report, std::ostream& err) {
  print(report, err);
  err << "paiban: " << tr(N_("import stopped; nothing was written")) << "\n";
  return kImportBadInput;
}

int write_failed(const Report& report, std::ostream& err, const std::string& error) {
  print(report, err);
  err << format_diagnostic(Severity::error, "paiban", error) << "\n";
  return kImportWriteError;
}

}  // namespace

int run_import(const ImportRequest& given, const Environment& env, std::ostream& out,
               std::ostream& err) {
  ImportRequest request = given;
  Report report;
  if (!request.recipe.empty()) read_recipe(env, request.recipe, request, report);
  if (request.inputs.empty() && !report.diagnostics().has_errors())
    report.error("paiban import", "no .docx file given",
                 {"usage: paiban import FILE.docx… [-o issue.md] [--images DIR]"});
  if (report.diagnostics().has_errors()) return stop(report, err);

  const Destination dest = destination(request);
  if (!dest.to_stdout) {
    std::error_code ec;
    const fs::path folder = fs::absolute(dest.manuscript).parent_path();
    if (!fs::is_directory(folder, ec))
      report.error(dest.manuscript.string(), "its folder " + folder.string() + " does not exist",
                   {"create the folder first, or choose another place with -o"});
    if (report.diagnostics().has_errors()) return stop(report, err);
  }
  std::vector<PlacedDocument> docs;
  if (!read_all(request, env, dest, docs, report)) return stop(report, err);
  ensure_article_titles(docs, report);
  const auto front = resolve_front_matter(docs, request.front_matter, report);
  const std::string manuscript = build_manuscript(docs, front, dest.markdown);

  // Every picture once; nothing existing is replaced unless --force.
  std::map<fs::path, const std::string*> files;
  for (const auto& d : docs)
    for (const auto& b : d.doc.blocks)
      if (b.kind == DocxBlock::Kind::figure)
        files.emplace(dest.images_dir / b.image.file_name, &b.image.data);
  const std::size_t pictures = files.size();
  if (!dest.to_stdout) files.emplace(dest.manuscript, &manuscript);
  if (!request.force) {
    const auto conflicts = existing_files_that_differ(env, files);
    for (const auto& c : conflicts)
      report.error(c, "already exists and would be replaced",
                   {"pass --force to replace it, or choose another place with -o / --images"});
    if (!conflicts.empty()) return stop(report, err);
  }
  warn_unplaceable_pictures(docs, dest.markdown.image_folder, report);

  std::error_code ec;
  if (pictures > 0 && (fs::create_directories(dest.images_dir, ec), ec))
    return write_failed(report, err,
                        "cannot create " + dest.images_dir.string() + ": " + ec.message());
  std::string error;
  // Pictures first: a manuscript is never left naming pictures not written.
  for (const auto& [path, bytes] : files)
    if (path != dest.manuscript && !write_atomically(path, *bytes, error))
      return write_failed(report, err, error);
  if (dest.to_stdout)
    out << manuscript;
  else if (!write_atomically(dest.manuscript, manuscript, error))
    return write_failed(report, err, error);

  print(report, err);
  if (request.report_changes) err << report.format_changes();
  err << "paiban: "
      << (dest.to_stdout ? tr_format(N_("imported {} document(s)"), {std::to_string(docs.size())})
                         : tr_format(N_("imported {} document(s) into {}"),
                                     {std::to_string(docs.size()), dest.manuscript.string()}));
  if (pictures > 0)
    err << tr_format(N_(", {} picture(s) into {}"),
                     {std::to_string(pictures), dest.markdown.image_folder});
  err << tr_format(request.report_changes
                       ? N_("; {} clean-up change(s)")
                       : N_("; {} clean-up change(s) (list them with --report-changes)"),
                   {std::to_string(report.changes().size())})
      << "\n";
  return kImportOk;
}

}  // namespace paiban::import
