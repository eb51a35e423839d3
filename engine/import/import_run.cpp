// `paiban import`: read every .docx (nothing is written unless all can be
// read), clean the text up, assemble the issue, then write the images and
// the manuscript.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include "import/cleanup.h"
#include "import/document_reader.h"
#include "import/front_matter_writer.h"
#include "import/image_format.h"
#include "import/import_error.h"
#include "import/import_request.h"
#include "import/issue_builder.h"
#include "import/recipe.h"

namespace paiban::import {
namespace {

namespace fs = std::filesystem;

// A name safe in a Markdown link and on any file system: the file's stem
// with spaces, brackets and the like replaced.
std::string image_prefix(const std::string& path, std::set<std::string>& used) {
  std::string stem = fs::path(path).stem().string();
  for (char& c : stem)
    if (std::string_view(" ()[]<>#?%&'\"\\|*:;,!").find(c) != std::string_view::npos) c = '-';
  if (stem.empty()) stem = "image";
  std::string name = stem;
  for (int n = 2; !used.insert(name).second; ++n) name = stem + "-" + std::to_string(n);
  return name;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

std::optional<std::string> read_whole(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Writes through a temporary file in the same folder and renames it: a
// reader never sees half a file, and a failure leaves the old one.
bool write_atomically(const fs::path& target, const std::string& bytes, std::string& error) {
  const fs::path tmp = target.string() + ".paiban-import.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot create " + tmp.string();
      return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      error = "cannot write " + tmp.string();
      fs::remove(tmp);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    error = "cannot rename " + tmp.string() + " to " + target.string() + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

void print(const Report& report, std::ostream& err) {
  for (const auto& d : report.diagnostics().items()) err << format_diagnostic(d) << "\n";
}

std::string first_non_empty(const std::vector<PlacedDocument>& docs,
                            std::string ImportedDocument::*field) {
  return docs.empty() ? std::string() : docs.front().doc.*field;
}

}  // namespace

int run_import(const ImportRequest& given, std::ostream& out, std::ostream& err) {
  ImportRequest request = given;
  Report report;
  if (!request.recipe.empty()) read_recipe(request.recipe, request, report);
  if (request.inputs.empty() && !report.diagnostics().has_errors())
    report.error("paiban import", "no .docx file given",
                 {"usage: paiban import FILE.docx… [-o issue.md] [--images DIR]"});
  if (report.diagnostics().has_errors()) {
    print(report, err);
    return kImportBadInput;
  }

  const bool to_stdout = request.output == "-";
  const fs::path output = request.output.empty() ? fs::path("issue.md") : fs::path(request.output);
  const fs::path manuscript_dir =
      to_stdout ? fs::current_path() : fs::absolute(output).parent_path();
  const fs::path images_dir =
      request.images_dir.empty() ? manuscript_dir / "images" : fs::absolute(request.images_dir);
  MarkdownOptions md;
  md.image_folder = fs::relative(images_dir, manuscript_dir).generic_string();
  if (md.image_folder.empty() || md.image_folder.rfind("..", 0) == 0)
    md.image_folder = images_dir.generic_string();

  // Read everything first: an error anywhere means nothing is written.
  std::vector<PlacedDocument> docs;
  std::set<std::string> prefixes;
  int next_footnote = 1;
  bool failed = false;
  std::string current_section;
  for (const auto& input : request.inputs) {
    if (!to_stdout && same_file(input.path, output)) {
      report.error(input.path, "is both an input and the output", {"choose another name with -o"});
      failed = true;
      continue;
    }
    ReadOptions options;
    options.image_prefix = image_prefix(input.path, prefixes);
    options.next_footnote = &next_footnote;
    try {
      PlacedDocument placed{read_docx(input.path, input.path, options, report), ""};
      clean_up_document(placed.doc, report);
      std::string section = input.section;
      if (section.empty()) section = section_from_file_name(input.path);
      if (section.empty()) section = current_section;
      if (section.empty())
        report.warn(input.path, 0, "no section given; its articles come before the first section",
                    {"name the section: paiban import --section 行业动态 " + input.path});
      current_section = section;
      placed.section = section;
      docs.push_back(std::move(placed));
    } catch (const ImportError& e) {
      report.error(e.file, e.message, e.hints);
      failed = true;
    }
  }
  if (failed) {
    print(report, err);
    err << "paiban: import stopped; nothing was written\n";
    return kImportBadInput;
  }
  ensure_article_titles(docs, report);

  // Front matter: the options, else the first document's properties.
  std::map<std::string, std::string> front = request.front_matter;
  const std::pair<const char*, std::string ImportedDocument::*> from_properties[] = {
      {"title", &ImportedDocument::title},
      {"issue", &ImportedDocument::issue},
      {"date", &ImportedDocument::date}};
  for (const auto& [key, field] : from_properties) {
    if (front.count(key) && !front[key].empty()) continue;
    const std::string value = first_non_empty(docs, field);
    if (!value.empty()) {
      front[key] = value;
      report.warn(docs.front().doc.path, 0,
                  std::string("front matter '") + key + "' = '" + value +
                      "' was taken from the document properties",
                  {std::string("check it, or give it: paiban import --") + key + " …"});
    } else {
      report.warn(docs.empty() ? "paiban import" : docs.front().doc.path, 0,
                  std::string("no '") + key +
                      "' for the front matter; the manuscript has a "
                      "commented line to fill in",
                  {std::string("give it: paiban import --") + key + " …"});
    }
  }
  if (front.count("date") && !front["date"].empty() && !is_iso_date(front["date"]))
    report.warn("paiban import", 0, "date '" + front["date"] + "' is not a date like 2025-01-06");

  const std::string manuscript = build_manuscript(docs, front, md);

  // Every image once; refuse to replace anything unless --force.
  std::map<std::string, const Image*> images;
  for (const auto& d : docs)
    for (const auto& b : d.doc.blocks)
      if (b.kind == Block::Kind::figure) images.emplace(b.image.file_name, &b.image);
  std::vector<std::string> conflicts;
  if (!to_stdout && fs::exists(output) && !request.force) conflicts.push_back(output.string());
  for (const auto& [name, image] : images) {
    const fs::path target = images_dir / name;
    if (!request.force && fs::exists(target) && read_whole(target) != image->data)
      conflicts.push_back(target.string());
  }
  if (!conflicts.empty()) {
    for (const auto& c : conflicts)
      report.error(c, "already exists and would be replaced",
                   {"pass --force to replace it, or choose another place with -o / --images"});
    print(report, err);
    err << "paiban: import stopped; nothing was written\n";
    return kImportBadInput;
  }
  // Pictures paiban cannot place: named with the document and paragraph
  // where they stand, and what to do.
  std::set<std::string> warned;
  for (const auto& d : docs)
    for (const auto& b : d.doc.blocks) {
      const Image& image = b.image;
      if (b.kind != Block::Kind::figure || is_placeable(image.format) ||
          !warned.insert(image.file_name).second)
        continue;
      const std::string file = md.image_folder + "/" + image.file_name;
      const std::string png = md.image_folder + "/" + image.manuscript_name;
      std::string format = image.format;
      for (char& c : format) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string kind = format.empty() ? std::string("in a format paiban does not know")
                                              : "in " + format + " format";
      report.warn(d.doc.path, b.number,
                  "'" + image.part + "' is " + kind +
                      ", which paiban cannot place; it was saved as " + file +
                      " and the manuscript refers to " + png,
                  {conversion_hint(image.format, file, png)});
    }

  std::string error;
  if (!images.empty()) {
    std::error_code ec;
    fs::create_directories(images_dir, ec);
    if (ec) {
      print(report, err);
      err << "paiban: error: cannot create " << images_dir.string() << ": " << ec.message() << "\n";
      return kImportWriteError;
    }
  }
  for (const auto& [name, image] : images) {
    if (!write_atomically(images_dir / name, image->data, error)) {
      print(report, err);
      err << "paiban: error: " << error << "\n";
      return kImportWriteError;
    }
  }
  if (to_stdout) {
    out << manuscript;
  } else if (!write_atomically(output, manuscript, error)) {
    print(report, err);
    err << "paiban: error: " << error << "\n";
    return kImportWriteError;
  }
  print(report, err);
  if (request.report_changes) err << report.format_changes();
  err << "paiban: imported " << docs.size() << " document(s)"
      << (to_stdout ? std::string() : " into " + output.string());
  if (!images.empty()) err << ", " << images.size() << " picture(s) into " << md.image_folder;
  err << "; " << report.changes().size() << " clean-up change(s)"
      << (request.report_changes ? "" : " (list them with --report-changes)") << "\n";
  return kImportOk;
}

}  // namespace paiban::import
