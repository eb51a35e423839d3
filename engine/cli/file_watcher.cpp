#include "cli/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace paiban::cli {
namespace {

namespace fs = std::filesystem;

// Close-after-write, a rename landing here (save-by-rename), creation
// (some editors delete then create), deletion, and a rename away.
constexpr uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_ATTRIB;

}  // namespace

FileWatcher::FileWatcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

void FileWatcher::watch(const std::vector<std::string>& files) {
  std::map<std::string, std::set<std::string>> wanted;
  for (const auto& file : files) {
    const fs::path p = fs::absolute(fs::path(file)).lexically_normal();
    wanted[p.parent_path().string()].insert(p.filename().string());
  }
  // Drop folders no longer needed, add new ones; a folder already watched
  // keeps its watch (inotify_add_watch on it again would return the same wd).
  for (auto it = folder_of_watch_.begin(); it != folder_of_watch_.end();) {
    if (!wanted.count(it->second)) {
      inotify_rm_watch(fd_, it->first);
      it = folder_of_watch_.erase(it);
    } else {
      ++it;
    }
  }
  for (const auto& [folder, names] : wanted) {
    const int wd = inotify_add_watch(fd_, folder.c_str(), kEvents);
    if (wd >= 0) folder_of_watch_[wd] = folder;
  }
  names_ = std::move(wanted);
}

void FileWatcher::read_events(std::set<std::string>& changed) {
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    const ssize_t n = read(fd_, buffer, sizeof buffer);
    if (n <= 0) return;  // EAGAIN: drained
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      auto folder = folder_of_watch_.find(event->wd);
      if (folder == folder_of_watch_.end() || event->len == 0) continue;
      const std::string name(event->name);
      auto names = names_.find(folder->second);
      if (names != names_.end() && names->second.count(name))
        changed.insert((fs::path(folder->second) / name).string());
    }
  }
}

std::vector<std::string> FileWatcher::wait(std::chrono::milliseconds timeout,
                                           std::chrono::milliseconds settle) {
  std::set<std::string> changed;
  pollfd pfd{fd_, POLLIN, 0};
  if (poll(&pfd, 1, static_cast<int>(timeout.count())) > 0) read_events(changed);
  // Let the rest of the save arrive; a quiet `settle` ends it.
  while (!changed.empty() && poll(&pfd, 1, static_cast<int>(settle.count())) > 0)
    read_events(changed);
  return {changed.begin(), changed.end()};
}

}  // namespace paiban::cli
