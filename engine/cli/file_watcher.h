// Waits for changes to a set of files with inotify. Editors save by writing
// a new file and renaming it over the old one (vim, many IDEs), which a
// watch on the file itself would miss after the first save: the watches are
// on the folders, filtered by file name.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace paiban::cli {

class FileWatcher {
 public:
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  bool ok() const { return fd_ >= 0; }

  // Watch exactly these files from now on (paths as given; need not exist).
  void watch(const std::vector<std::string>& files);

  // Blocks until a watched file was written, created, replaced or removed,
  // or `timeout` passed. Returns the changed files (empty on timeout). Once
  // something changed, waits `settle` for the rest of a save (editors write
  // several files, or truncate and write) so one save gives one render.
  std::vector<std::string> wait(std::chrono::milliseconds timeout,
                                std::chrono::milliseconds settle);

 private:
  void read_events(std::set<std::string>& changed);

  int fd_ = -1;
  std::map<int, std::string> folder_of_watch_;          // inotify wd → folder
  std::map<std::string, std::set<std::string>> names_;  // folder → watched file names
};

}  // namespace paiban::cli
