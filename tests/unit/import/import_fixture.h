// Reads a built .docx the way `paiban import` does and gives back the
// Markdown and the report.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/environment.h"
#include "docx_builder.h"
#include "import/cleanup.h"
#include "import/document_reader.h"
#include "import/markdown_writer.h"

namespace paiban::import::test {

struct Imported {
  ImportedDocument doc;
  std::string markdown;
  Report report;

  std::string warnings() const {
    std::string out;
    for (const auto& d : report.diagnostics().items()) out += format_diagnostic(d) + "\n";
    return out;
  }
};

inline std::filesystem::path scratch_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  auto dir = std::filesystem::temp_directory_path() / "paiban-import-test" /
             (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The files of the tests' scratch folders, read as `paiban import` reads
// them.
inline const Environment& disk() {
  static const SystemEnvironment env;
  return env;
}

inline Imported import_docx(const DocxBuilder& builder, const std::string& name = "a.docx") {
  const auto path = scratch_dir() / name;
  builder.write(path);
  Imported out;
  int next_note = 1;
  ReadOptions options;
  options.image_prefix = "a";
  options.next_footnote = &next_note;
  out.doc = read_docx(disk(), path.string(), name, options, out.report);
  clean_up_document(out.doc, out.report);
  MarkdownOptions md;
  md.image_folder = "images";
  out.markdown = write_markdown(out.doc, md);
  return out;
}

// Just the body of a document with no styles beyond Normal.
inline Imported import_body(const std::string& body) {
  return import_docx(DocxBuilder().body(body));
}

}  // namespace paiban::import::test
