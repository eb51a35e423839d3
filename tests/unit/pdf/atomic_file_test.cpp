// write_file_atomically against a signal at every stage of the write and a
// symlink at the output: the old file stays whole or the new one is there
// in full, no temporary file is ever left, and a link is written through.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "pdf/atomic_file.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Runs the write in a child that sends itself `sig` when `stop_at` is
// reached (or after `stop_after_chunks` write calls); returns the child's
// wait status.
int write_and_die(const std::string& path, const std::string& bytes, int sig,
                  std::optional<WriteStage> stop_at, int stop_after_chunks) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    FileWriteHooks hooks;
    int chunks = 0;
    hooks.write = [&](int fd, const char* data, std::size_t len) -> ssize_t {
      if (stop_after_chunks >= 0 && chunks++ == stop_after_chunks) ::raise(sig);
      return ::write(fd, data, std::min<std::size_t>(len, 1000));
    };
    hooks.reached = [&](WriteStage stage, const std::string&) {
      if (stop_at && stage == *stop_at) ::raise(sig);
    };
    write_file_atomically(path, bytes, hooks);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

TEST(AtomicFile, SignalAtEveryStageLeavesNoTemporaryFile) {
  const std::string fresh(10000, 'n');
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
    for (auto stage :
         {WriteStage::created, WriteStage::written, WriteStage::flushed, WriteStage::renamed}) {
      test::TempDir dir;
      const std::string out = dir.file("issue.pdf");
      test::write_file(out, "old contents");
      const int status = write_and_die(out, fresh, sig, stage, -1);
      ASSERT_TRUE(WIFSIGNALED(status)) << "signal " << sig << " stage " << int(stage);
      EXPECT_EQ(WTERMSIG(status), sig);
      EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"issue.pdf"}))
          << "signal " << sig << " stage " << int(stage);
      const std::string now = test::read_file(out);
      // Before the rename the old file is whole; after it the new one is.
      EXPECT_EQ(now, stage == WriteStage::renamed ? fresh : "old contents");
    }
    // In the middle of writing, after each of the ten chunks.
    for (int chunk = 0; chunk < 10; ++chunk) {
      test::TempDir dir;
      const std::string out = dir.file("issue.pdf");
      test::write_file(out, "old contents");
      const int status = write_and_die(out, fresh, sig, std::nullopt, chunk);
      ASSERT_TRUE(WIFSIGNALED(status));
      EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"issue.pdf"})) << chunk;
      EXPECT_EQ(test::read_file(out), "old contents");
    }
  }
}

TEST(AtomicFile, IgnoredSignalStaysIgnored) {
  // nohup ignores SIGHUP: the writer must not take that choice away.
  test::TempDir dir;
  const std::string out = dir.file("issue.pdf");
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::signal(SIGHUP, SIG_IGN);
    FileWriteHooks hooks;
    hooks.reached = [](WriteStage stage, const std::string&) {
      if (stage == WriteStage::written) ::raise(SIGHUP);
    };
    const bool ok = !write_file_atomically(out, "new", hooks).has_errors();
    ::_exit(ok ? 0 : 3);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(test::read_file(out), "new");
}

TEST(AtomicFile, SymlinkIsWrittenThrough) {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("real"));
  test::write_file(dir.file("real/issue.pdf"), "old");
  std::filesystem::create_symlink("real/issue.pdf", dir.file("link.pdf"));
  std::filesystem::create_symlink("link.pdf", dir.file("link2.pdf"));
  const Diagnostics d = write_file_atomically(dir.file("link2.pdf"), "new");
  ASSERT_FALSE(d.has_errors()) << d.format_all();
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.pdf")));
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link2.pdf")));
  EXPECT_EQ(test::read_file(dir.file("real/issue.pdf")), "new");
  EXPECT_EQ(files_in(dir.file("real")), (std::vector<std::string>{"issue.pdf"}));
}

// `paiban watch` writes without fsync: still by rename, through every stage,
// leaving only the finished file.
TEST(AtomicFile, AReplaceableWriteStillReplacesByRename) {
  test::TempDir dir;
  test::write_file(dir.file("issue.pdf"), "old");
  std::vector<WriteStage> stages;
  FileWriteHooks hooks;
  hooks.reached = [&](WriteStage stage, const std::string& temp) {
    stages.push_back(stage);
    if (stage != WriteStage::renamed) {
      EXPECT_EQ(test::read_file(dir.file("issue.pdf")), "old");
    }
    if (stage == WriteStage::flushed) {
      EXPECT_EQ(test::read_file(temp), "new");
    }
  };
  const Diagnostics d =
      write_file_atomically(dir.file("issue.pdf"), "new", hooks, Durability::replaceable);
  ASSERT_FALSE(d.has_errors()) << d.format_all();
  EXPECT_EQ(stages, (std::vector<WriteStage>{WriteStage::created, WriteStage::written,
                                             WriteStage::flushed, WriteStage::renamed}));
  EXPECT_EQ(test::read_file(dir.file("issue.pdf")), "new");
  EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"issue.pdf"}));
}

TEST(AtomicFile, DanglingSymlinkCreatesItsTarget) {
  test::TempDir dir;
  std::filesystem::create_symlink(dir.file("target.pdf"), dir.file("link.pdf"));
  ASSERT_FALSE(write_file_atomically(dir.file("link.pdf"), "new").has_errors());
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.pdf")));
  EXPECT_EQ(test::read_file(dir.file("target.pdf")), "new");
}

TEST(AtomicFile, SymlinkLoopIsRefused) {
  test::TempDir dir;
  std::filesystem::create_symlink("b.pdf", dir.file("a.pdf"));
  std::filesystem::create_symlink("a.pdf", dir.file("b.pdf"));
  const Diagnostics d = write_file_atomically(dir.file("a.pdf"), "new");
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("loop"), std::string::npos) << d.format_all();
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("a.pdf")));
}

TEST(AtomicFile, DeviceOrFolderIsNeverReplaced) {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("folder.pdf"));
  Diagnostics d = write_file_atomically(dir.file("folder.pdf"), "new");
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("is not a regular file"), std::string::npos);
  EXPECT_TRUE(std::filesystem::is_directory(dir.file("folder.pdf")));
  // /dev/null through a symlink: refused, the device stays a device.
  std::filesystem::create_symlink("/dev/null", dir.file("null.pdf"));
  d = write_file_atomically(dir.file("null.pdf"), "new");
  ASSERT_TRUE(d.has_errors());
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
  EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"folder.pdf", "null.pdf"}));
}

}  // namespace
}  // namespace paiban::pdf
