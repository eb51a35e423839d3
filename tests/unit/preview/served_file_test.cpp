#include "cli/preview/served_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace paiban::cli::preview {
namespace {

namespace fs = std::filesystem;

class ServedFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/paiban-served-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    top = pattern;
    root = top / "issue";
    fs::create_directories(root / "images");
    std::ofstream(root / "issue.md") << "# x\n";
    std::ofstream(root / "images" / "a.png") << "png";
    std::ofstream(top / "secret.txt") << "secret";
    fs::create_symlink(top / "secret.txt", root / "link-out.txt");
    fs::create_symlink(root / "issue.md", root / "link-in.md");
  }
  void TearDown() override { fs::remove_all(top); }

  fs::path top, root;
};

TEST_F(ServedFileTest, FilesOfTheFolderAreFound) {
  const ServedFile f = file_inside(root, "images/a.png");
  EXPECT_EQ(f.lookup, Lookup::found);
  EXPECT_EQ(f.path, fs::canonical(root / "images" / "a.png"));
  EXPECT_EQ(file_inside(root, "./issue.md").lookup, Lookup::found);
  EXPECT_EQ(file_inside(root, "images//a.png").lookup, Lookup::found);
  EXPECT_EQ(file_inside(root, "link-in.md").lookup, Lookup::found);
}

TEST_F(ServedFileTest, PathsLeavingTheFolderAreRefused) {
  for (const char* path : {"../secret.txt", "images/../../secret.txt", "..", "/etc/passwd",
                           "..\\secret.txt", "images/../issue.md", "link-out.txt"})
    EXPECT_EQ(file_inside(root, path).lookup, Lookup::outside_root) << path;
  EXPECT_EQ(file_inside(root, std::string_view("issue.md\0x", 10)).lookup, Lookup::outside_root);
}

TEST_F(ServedFileTest, MissingFilesAndFoldersAreNotFound) {
  EXPECT_EQ(file_inside(root, "nothing.md").lookup, Lookup::not_found);
  EXPECT_EQ(file_inside(root, "images").lookup, Lookup::not_found);
  EXPECT_EQ(file_inside(root, "").lookup, Lookup::not_found);
  // Still encoded (decoded once by the HTTP library): a name, not "..".
  EXPECT_EQ(file_inside(root, "%2e%2e/secret.txt").lookup, Lookup::not_found);
}

TEST(ContentTypeTest, KnownAndUnknownExtensions) {
  EXPECT_STREQ(content_type_for("pdf.worker.js"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(content_type_for("x.pdf"), "application/pdf");
  EXPECT_STREQ(content_type_for("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace paiban::cli::preview
