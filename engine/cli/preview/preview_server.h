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

// The server; only libpaiban-preview.so (modules/preview_module.cpp) makes
// one, so that the program starts without cpp-httplib.
class PreviewServer {
 public:
  virtual ~PreviewServer() = default;  // stops serving

  // Binds 127.0.0.1:`port`; 0 takes any free port. Returns the port bound,
  // or -1 when it is taken (or cannot be bound).
  virtual int bind(int port) = 0;

  // Serves on a thread of its own until stop() or destruction.
  virtual void start() = 0;
  // Closes the state's event streams and stops serving.
  virtual void stop() = 0;
};

// A server of `state` (preview_server.cpp, inside the module).
std::unique_ptr<PreviewServer> make_preview_server(PreviewState& state, ServerSetup setup);

}  // namespace paiban::cli::preview
