// What `paiban import` says about files it cannot read, and that it then
// writes nothing (exit 2).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "import/import_request.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

namespace fs = std::filesystem;

struct ImportRun {
  int status;
  std::string out, err;
};

ImportRun run(const ImportRequest& request) {
  std::ostringstream out, err;
  const int status = run_import(request, disk(), out, err);
  return {status, out.str(), err.str()};
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

class ImportErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir();
    good_ = dir_ / "good.docx";
    DocxBuilder().body(p("标题", "") + p("正文。")).write(good_);
  }
  ImportRun import_pair(const fs::path& bad) {
    ImportRequest request;
    request.inputs = {{good_.string(), "行业动态"}, {bad.string(), "行业动态"}};
    request.output = (dir_ / "issue.md").string();
    return run(request);
  }
  void expect_nothing_written() {
    EXPECT_FALSE(fs::exists(dir_ / "issue.md"));
    EXPECT_FALSE(fs::exists(dir_ / "images"));
  }
  fs::path dir_, good_;
};

TEST_F(ImportErrors, OldBinaryDocAndWpsSaySaveAsDocx) {
  for (const char* name : {"old.doc", "old.wps", "renamed.docx"}) {
    const fs::path bad = dir_ / name;
    write_bytes(bad, std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'));
    const ImportRun r = import_pair(bad);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(has(r.err, bad.string() + ": error: is an old binary Word (.doc) or WPS (.wps) "
                                          "document, not a Word .docx document"))
        << r.err;
    EXPECT_TRUE(has(r.err, "save it as a Word document (*.docx)")) << r.err;
    EXPECT_TRUE(has(r.err, "nothing was written")) << r.err;
    expect_nothing_written();
  }
}

TEST_F(ImportErrors, PasswordProtectedDocxIsNamedAsSuch) {
  // An encrypted .docx is an OLE2 file with an EncryptedPackage stream.
  std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1000, '\0');
  const std::string stream = "EncryptedPackage";
  for (std::size_t i = 0; i < stream.size(); ++i) ole[600 + 2 * i] = stream[i];
  const fs::path bad = dir_ / "secret.docx";
  write_bytes(bad, ole);
  const ImportRun r = import_pair(bad);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, bad.string() + ": error: is a password-protected Word document")) << r.err;
  expect_nothing_written();
}

TEST_F(ImportErrors, DamagedZip) {
  std::ifstream in(good_, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  const fs::path bad = dir_ / "cut.docx";
  write_bytes(bad, bytes.substr(0, bytes.size() / 2));
  const ImportRun r = import_pair(bad);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, bad.string() + ": error: the ZIP container of the .docx is damaged"))
      << r.err;
  expect_nothing_written();
}

TEST_F(ImportErrors, MissingDocumentPartAndBrokenXml) {
  const fs::path missing = dir_ / "missing.docx";
  DocxBuilder().body(p("x")).without("word/document.xml").write(missing);
  ImportRun r = import_pair(missing);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(
      has(r.err, missing.string() + ": error: the document part 'word/document.xml' is missing"))
      << r.err;
  expect_nothing_written();

  const fs::path broken = dir_ / "broken.docx";
  DocxBuilder().body("<w:p><w:r><w:t>未闭合</w:r></w:p>").write(broken);
  r = import_pair(broken);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(
      has(r.err, broken.string() + ": error: part 'word/document.xml' is not well-formed XML"))
      << r.err;
  expect_nothing_written();
}

TEST_F(ImportErrors, OtherFilesAndMissingFiles) {
  const fs::path text = dir_ / "notes.docx";
  write_bytes(text, "纯文本\n");
  EXPECT_TRUE(has(import_pair(text).err, "is a plain text file, not a Word .docx document"));
  const fs::path odt = dir_ / "a.odt";
  { DocxBuilder().without("[Content_Types].xml").write(odt); }
  EXPECT_TRUE(has(import_pair(odt).err, "is a ZIP file but not a Word document"));
  const ImportRun r = import_pair(dir_ / "nope.docx");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "nope.docx: error: cannot open the file")) << r.err;
  expect_nothing_written();
}

TEST_F(ImportErrors, ExistingManuscriptIsNotReplacedWithoutForce) {
  write_bytes(dir_ / "issue.md", "编辑改过的稿件\n");
  ImportRequest request;
  request.inputs = {{good_.string(), "行业动态"}};
  request.output = (dir_ / "issue.md").string();
  ImportRun r = run(request);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "issue.md: error: already exists and would be replaced")) << r.err;
  std::ifstream in(dir_ / "issue.md");
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), {}), "编辑改过的稿件\n");
  request.force = true;
  r = run(request);
  EXPECT_EQ(r.status, 0) << r.err;
  // A manuscript in a folder that does not exist: refused before anything
  // is written.
  request.output = (dir_ / "no-such-folder" / "issue.md").string();
  r = run(request);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "does not exist")) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "no-such-folder"));
  // An input is never the output.
  request.output = good_.string();
  r = run(request);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "is both an input and the output")) << r.err;
}

TEST_F(ImportErrors, PicturesPaibanCannotPlaceAreWrittenAndExplained) {
  std::string emf(108, '\0');
  emf[0] = 1;
  emf.replace(40, 4, " EMF");
  const fs::path doc = dir_ / "图表.docx";
  DocxBuilder()
      .media("rM", "image1.emf", emf)
      .body(
          "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>"
          "<a:blip r:embed=\"rM\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>"
          "</wp:inline></w:drawing></w:r></w:p>" +
          p("图1 产值"))
      .write(doc);
  ImportRequest request;
  request.inputs = {{doc.string(), "行业动态"}};
  request.output = (dir_ / "issue.md").string();
  const ImportRun r = run(request);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.err, doc.string() +
                             ": warning: paragraph 1: 'word/media/image1.emf' is in EMF "
                             "format, which paiban cannot place; it was saved as "
                             "images/图表-1.emf and the manuscript refers to images/图表-1.png"))
      << r.err;
  EXPECT_TRUE(has(r.err, "libreoffice --headless --convert-to png images/图表-1.emf")) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "images" / "图表-1.emf"));
  std::ifstream in(dir_ / "issue.md");
  const std::string md((std::istreambuf_iterator<char>(in)), {});
  EXPECT_TRUE(has(md, "![产值](images/图表-1.png)")) << md;
}

}  // namespace
}  // namespace paiban::import::test
