// libFuzzer target for the Word import (engine/import): any bytes as a .docx
// must be read or refused with an ImportError, never crash; whatever is read
// must clean up and write as Markdown. An input starting "PK" is the whole
// .docx file; any other input is word/document.xml inside a .docx whose
// styles and numbering are the usual WPS ones, so the fuzzer spends its time
// in the XML readers rather than in the ZIP container.
#include <unistd.h>
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "base/environment.h"
#include "import/cleanup.h"
#include "import/document_reader.h"
#include "import/import_error.h"
#include "import/markdown_writer.h"

namespace {

const char* kStyles =
    "<w:styles xmlns:w=\"w\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"1\">"
    "<w:name w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"2\">"
    "<w:name w:val=\"heading 1\"/><w:basedOn w:val=\"1\"/></w:style></w:styles>";
const char* kNumbering =
    "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
    "<w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\">"
    "<w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
const char* kRels =
    "<Relationships><Relationship Id=\"s\" Type=\"x/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"n\" Type=\"x/numbering\" Target=\"numbering.xml\"/>"
    "<Relationship Id=\"f\" Type=\"x/footnotes\" Target=\"footnotes.xml\"/>"
    "<Relationship Id=\"i\" Type=\"x/image\" Target=\"media/a.png\"/></Relationships>";

void write_docx(const std::string& path, const std::string& document) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) return;
  const std::pair<const char*, const std::string> parts[] = {
      {"[Content_Types].xml", "<Types/>"},
      {"word/document.xml", document},
      {"word/_rels/document.xml.rels", kRels},
      {"word/styles.xml", kStyles},
      {"word/numbering.xml", kNumbering},
      {"word/footnotes.xml",
       "<w:footnotes xmlns:w=\"w\"><w:footnote w:id=\"1\"><w:p><w:r>"
       "<w:t>n</w:t></w:r></w:p></w:footnote></w:footnotes>"},
      {"word/media/a.png", std::string("\x89PNG\r\n\x1a\n", 8)}};
  for (const auto& [name, bytes] : parts)
    zip_file_add(z, name, zip_source_buffer(z, bytes.data(), bytes.size(), 0), 0);
  zip_close(z);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::string path = "/tmp/paiban-import-fuzz-" + std::to_string(getpid()) + ".docx";
  if (input.rfind("PK", 0) == 0) {
    std::ofstream(path, std::ios::binary) << input;
  } else {
    write_docx(path, input);
  }
  static const paiban::SystemEnvironment disk;
  paiban::import::Report report;
  int next_note = 1;
  paiban::import::ReadOptions options;
  options.image_prefix = "f";
  options.next_footnote = &next_note;
  try {
    paiban::import::ImportedDocument doc =
        paiban::import::read_docx(disk, path, "fuzz.docx", options, report);
    paiban::import::clean_up_document(doc, report);
    (void)paiban::import::write_markdown(doc, {"images"});
  } catch (const paiban::import::ImportError& e) {
    if (e.message.empty()) __builtin_trap();  // every refusal says why
  }
  return 0;
}
