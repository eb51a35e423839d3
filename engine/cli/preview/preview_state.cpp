#include "cli/preview/preview_state.h"

namespace paiban::cli::preview {

void PreviewState::publish(bool ok, std::size_t pages, long long wall_ms, std::string diagnostics,
                           std::shared_ptr<const std::string> pdf_bytes) {
  {
    const std::lock_guard lock(mutex_);
    ++report_.generation;
    report_.ok = ok;
    report_.wall_ms = wall_ms;
    report_.diagnostics = std::move(diagnostics);
    if (ok && pdf_bytes) {
      report_.pdf = std::move(pdf_bytes);
      report_.pdf_generation = report_.generation;
      report_.pages = pages;
    }
  }
  changed_.notify_all();
}

RenderReport PreviewState::latest() const {
  const std::lock_guard lock(mutex_);
  return report_;
}

RenderReport PreviewState::wait_newer(long long seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || report_.generation > seen; });
  return report_;
}

void PreviewState::close() {
  {
    const std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool PreviewState::closed() const {
  const std::lock_guard lock(mutex_);
  return closed_;
}

}  // namespace paiban::cli::preview
