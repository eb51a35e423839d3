// Inputs are regular files of bounded size; anything else is refused by
// name before it is read (a FIFO would block, /dev/zero would never end).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/input_file.h"

namespace paiban {
namespace {

class InputFile : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/paiban-input-XXXXXX";
    dir_ = ::mkdtemp(tmpl);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string file(const std::string& name) const { return dir_ + "/" + name; }
  std::string dir_;
};

TEST_F(InputFile, RegularFileIsRead) {
  std::ofstream(file("a.md")) << "正文";
  const InputFileResult r = read_input_file(file("a.md"));
  ASSERT_TRUE(r.bytes);
  EXPECT_EQ(*r.bytes, "正文");
  EXPECT_EQ(why_not_readable(file("a.md")), "");
}

TEST_F(InputFile, NonFilesAreRefusedByKind) {
  std::filesystem::create_directory(file("dir.md"));
  ASSERT_EQ(::mkfifo(file("fifo.md").c_str(), 0600), 0);
  const std::pair<std::string, std::string> cases[] = {
      {file("dir.md"), "is a directory, not a file"},
      {file("fifo.md"), "is a FIFO (named pipe), not a file"},
      {"/dev/zero", "is a character device, not a file"},
      {"/dev/urandom", "is a character device, not a file"},
  };
  for (const auto& [path, why] : cases) {
    const InputFileResult r = read_input_file(path);
    EXPECT_FALSE(r.bytes) << path;
    EXPECT_EQ(r.why, why) << path;
    EXPECT_EQ(why_not_readable(path), why) << path;
  }
  EXPECT_EQ(read_input_file(file("missing.md")).why, "No such file or directory");
}

TEST_F(InputFile, FileOverTheLimitIsRefusedWithItsSize) {
  std::ofstream(file("big.png")) << std::string(3000, 'x');
  const InputFileResult r = read_input_file(file("big.png"), 2048);
  EXPECT_FALSE(r.bytes);
  EXPECT_EQ(r.why,
            "is 3000 bytes, more than the input limit of 2048 bytes (--limit input_file_mib=N "
            "raises it)");
  EXPECT_EQ(read_input_file(file("big.png"), 3000).bytes->size(), 3000u);
  // The default limit is stated in MiB.
  EXPECT_EQ(kDefaultMaxInputBytes, 256ull << 20);
}

}  // namespace
}  // namespace paiban
