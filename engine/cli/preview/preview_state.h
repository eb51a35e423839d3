// What the preview page shows, handed from the watch loop (which renders) to
// the server's threads (which answer the browser): the outcome of the latest
// render and the bytes of the latest good PDF. Every render makes a new
// generation; the event stream wakes on it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

namespace paiban::cli::preview {

struct RenderReport {
  long long generation = 0;      // 1 for the first render, then one more per render
  bool ok = false;               // the latest render wrote its PDF
  long long pdf_generation = 0;  // the render that wrote `pdf` (0: none yet)
  std::size_t pages = 0;
  long long wall_ms = 0;
  std::string diagnostics;                 // everything the latest render printed
  std::shared_ptr<const std::string> pdf;  // the latest good PDF's bytes
};

class PreviewState {
 public:
  // After a render: `pdf_bytes` is the PDF it wrote, or null when it failed
  // (the last good PDF stays).
  void publish(bool ok, std::size_t pages, long long wall_ms, std::string diagnostics,
               std::shared_ptr<const std::string> pdf_bytes);

  RenderReport latest() const;

  // Blocks until a generation newer than `seen` exists, `timeout` passed or
  // close() was called; returns the latest report either way.
  RenderReport wait_newer(long long seen, std::chrono::milliseconds timeout) const;

  // Wakes every waiter for good (the server is stopping).
  void close();
  bool closed() const;

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  RenderReport report_;
  bool closed_ = false;
};

}  // namespace paiban::cli::preview
