// `paiban watch --serve`: a preview server on 127.0.0.1 only. It serves one
// page that shows the issue's pages with pdf.js (Debian's libjs-pdf, read
// from where Debian installs it), an event stream that tells the page about
// every render (it reloads the pages in place, or shows the diagnostics over
// them), the latest good PDF, and the files of the issue's folder — nothing
// outside it (served_file.h) and nothing to a page of another origin.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "cli/preview/preview_state.h"

namespace paiban::cli::preview {

// Where Debian's libjs-pdf installs pdf.js and its worker.
inline constexpr const char* kDebianPdfJs = "/usr/share/javascript/pdf/build";

// The port tried first when none is given; the next few are tried after it.
inline constexpr int kDefaultPort = 8317;

struct ServerSetup {
  std::filesystem::path issue_folder;  // the manuscript's folder
  std::filesystem::path pdfjs_folder = kDebianPdfJs;
  std::string title;  // the manuscript's file name, for the page's title
};

class PreviewServer {
 public:
  PreviewServer(PreviewState& state, ServerSetup setup);
  ~PreviewServer();  // stops serving
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Binds 127.0.0.1:`port`; 0 takes any free port. Returns the port bound,
  // or -1 when it is taken (or cannot be bound).
  int bind(int port);

  // Serves on a thread of its own until stop() or destruction.
  void start();
  // Closes the state's event streams and stops serving.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace paiban::cli::preview
