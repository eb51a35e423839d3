// Failures leave the old file alone and no temporary file behind: injected
// write errors, a read-only folder (read-only bind mount; root ignores
// permission bits), a full disk (tiny tmpfs), bad input.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "pdf/pdf_writer.h"
#include "pdf/pdf_writer_detail.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

page::PagedDocument small_document() {
  page::PagedDocument doc;
  doc.meta.title = "失败测试";
  page::Page p;
  p.width = Length::mm(148);
  p.height = Length::mm(210);
  // Built in place: GCC 12 -O3 otherwise warns (falsely, -Wmaybe-uninitialized)
  // about the Stroke alternative of the moved temporary variant.
  p.items.emplace_back(test::shape(test::wenkai(), "保留旧文件", Length::pt(12),
                                   Point{Length::mm(20), Length::mm(30)}));
  doc.pages.push_back(p);
  return doc;
}

PdfOptions options() {
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.timestamp = 1736121600;
  return o;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PdfFailure, InjectedWriteErrorKeepsOldFile) {
  test::TempDir dir;
  const std::string out = dir.file("issue.pdf");
  test::write_file(out, "old contents");
  int calls = 0;
  FileWriteHooks hooks;
  hooks.write = [&](int fd, const char* data, std::size_t len) -> ssize_t {
    // Half of the file goes out, then the disk is "full".
    if (++calls == 1) return ::write(fd, data, len / 2);
    errno = ENOSPC;
    return -1;
  };
  Diagnostics d = write_pdf_with(small_document(), options(), test::files(), out, hooks, nullptr);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(calls, 2);
  EXPECT_NE(d.items()[0].message.find("cannot write PDF: writing failed: No space left on device"),
            std::string::npos)
      << d.format_all();
  EXPECT_EQ(d.items()[0].span.file, out);
  EXPECT_EQ(test::read_file(out), "old contents");
  EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"issue.pdf"}));
}

TEST(PdfFailure, MissingFolderIsAnError) {
  test::TempDir dir;
  Diagnostics d =
      write_pdf(small_document(), options(), test::files(), dir.file("no/such/dir/x.pdf"));
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("cannot create a temporary file in"), std::string::npos);
  EXPECT_NE(d.items()[0].message.find("No such file or directory"), std::string::npos);
}

TEST(PdfFailure, BadInputFailsBeforeTouchingTheFile) {
  test::TempDir dir;
  const std::string out = dir.file("issue.pdf");
  test::write_file(out, "old contents");
  page::PagedDocument doc = small_document();
  page::GlyphList& glyphs = std::get<page::GlyphRun>(doc.pages[0].items[0]).glyphs;
  page::GlyphList bad;
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    page::Glyph g = glyphs[i];
    if (i == 0) g.id = 999999;
    bad.push_back(g);
  }
  glyphs = bad;
  Diagnostics d = write_pdf(doc, options(), test::files(), out);
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("glyph id 999999 is beyond the font's 29145 glyphs"),
            std::string::npos)
      << d.format_all();
  PdfOptions no_profile = options();
  no_profile.output_profile_path = test::srgb();  // an RGB display profile
  d = write_pdf(small_document(), no_profile, test::files(), out);
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("must be a CMYK printer profile"), std::string::npos);
  EXPECT_EQ(test::read_file(out), "old contents");
  EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"issue.pdf"}));
  EXPECT_TRUE(write_pdf(page::PagedDocument{}, options(), test::files(), out).has_errors());
}

// Real file-system failures need mounts; inside a container without
// CAP_SYS_ADMIN they are skipped and the injected failure above stands in.
class MountedFolder {
 public:
  explicit MountedFolder(const std::string& dir) : dir_(dir) {}
  ~MountedFolder() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mount_tmpfs(const char* opts) {
    mounted_ = ::mount("tmpfs", dir_.c_str(), "tmpfs", 0, opts) == 0;
    return mounted_;
  }
  bool remount_read_only() {
    return ::mount(nullptr, dir_.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  std::string dir_;
  bool mounted_ = false;
};

TEST(PdfFailure, ReadOnlyFolderKeepsOldFile) {
  test::TempDir dir;
  const std::string mnt = dir.file("ro");
  std::filesystem::create_directory(mnt);
  MountedFolder m(mnt);
  if (!m.mount_tmpfs("size=1m")) GTEST_SKIP() << "mounting not permitted here";
  const std::string out = mnt + "/issue.pdf";
  test::write_file(out, "old contents");
  ASSERT_TRUE(m.remount_read_only());
  Diagnostics d = write_pdf(small_document(), options(), test::files(), out);
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("Read-only file system"), std::string::npos)
      << d.format_all();
  EXPECT_EQ(test::read_file(out), "old contents");
  EXPECT_EQ(files_in(mnt), (std::vector<std::string>{"issue.pdf"}));
}

TEST(PdfFailure, FullDiskKeepsOldFile) {
  test::TempDir dir;
  const std::string mnt = dir.file("full");
  std::filesystem::create_directory(mnt);
  MountedFolder m(mnt);
  // 64 KiB cannot hold the ~100 KB file (the OutputIntent profile alone is 95 KB).
  if (!m.mount_tmpfs("size=64k")) GTEST_SKIP() << "mounting not permitted here";
  const std::string out = mnt + "/issue.pdf";
  test::write_file(out, "old contents");
  Diagnostics d = write_pdf(small_document(), options(), test::files(), out);
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("No space left on device"), std::string::npos)
      << d.format_all();
  EXPECT_EQ(test::read_file(out), "old contents");
  EXPECT_EQ(files_in(mnt), (std::vector<std::string>{"issue.pdf"}));
}

}  // namespace
}  // namespace paiban::pdf
