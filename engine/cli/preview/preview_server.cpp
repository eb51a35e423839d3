#include "cli/preview/preview_server.h"

#include <httplib.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/preview/diagnostic_lines.h"
#include "cli/preview/served_file.h"

namespace paiban::cli::preview {

extern const char* const kPreviewPage;  // page.html, embedded by CMake (page.cpp.in)

namespace {

// The state as the page reads it (JSON, one event per render).
std::string state_json(const RenderReport& r) {
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const DiagnosticLine& d : parse_diagnostics(r.diagnostics))
    diagnostics.push_back({{"place", d.place},
                           {"file", d.file},
                           {"line", d.line},
                           {"column", d.column},
                           {"severity", d.severity},
                           {"severity_word", d.severity_word},
                           {"message", d.message},
                           {"notes", d.notes}});
  const nlohmann::json state = {
      {"generation", r.generation}, {"ok", r.ok},      {"pdf", r.pdf_generation},
      {"pages", r.pages},           {"ms", r.wall_ms}, {"diagnostics", diagnostics}};
  // Invalid UTF-8 in a message (a manuscript's bytes quoted) becomes U+FFFD
  // rather than an exception.
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Threads answering requests: idle ones cost nothing but a stack.
constexpr std::size_t kServerThreads = 32;

bool read_whole(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void refuse(httplib::Response& res, int status, const std::string& why) {
  res.status = status;
  res.set_content(why + "\n", "text/plain; charset=utf-8");
}

// The server on cpp-httplib.
class HttpPreviewServer final : public PreviewServer {
 public:
  HttpPreviewServer(PreviewState& state, ServerSetup setup);
  ~HttpPreviewServer() override;
  HttpPreviewServer(const HttpPreviewServer&) = delete;
  HttpPreviewServer& operator=(const HttpPreviewServer&) = delete;

  int bind(int port) override;
  void start() override;
  void stop() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct HttpPreviewServer::Impl {
  PreviewState& state;
  ServerSetup setup;
  httplib::Server server;
  std::thread thread;
  int port = -1;

  Impl(PreviewState& s, ServerSetup st) : state(s), setup(std::move(st)) {
    // Each open page holds a thread on its event stream; the library's
    // default (8 on this machine) would stall the server at the ninth tab.
    server.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
    routes();
  }

  // A file under `root` named by the rest of the URL path, or a refusal.
  void serve_from(const std::filesystem::path& root, const std::string& relative,
                  httplib::Response& res, const char* cache_control) {
    const ServedFile file = file_inside(root, relative);
    if (file.lookup == Lookup::outside_root)
      return refuse(res, 403, "refused: the path leaves the folder this server shows");
    std::string bytes;
    if (file.lookup == Lookup::not_found || !read_whole(file.path, bytes))
      return refuse(res, 404, "not found");
    res.set_header("Cache-Control", cache_control);
    res.set_content(bytes, content_type_for(file.path));
  }

  void routes() {
    // Only this machine, by its loopback name: a page of another site that
    // reaches 127.0.0.1 through DNS rebinding sends its own host name.
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("X-Frame-Options", "DENY");
      res.set_header("Referrer-Policy", "no-referrer");
      const std::string host = req.get_header_value("Host");
      const std::string suffix = ":" + std::to_string(port);
      if (host != "127.0.0.1" + suffix && host != "localhost" + suffix) {
        refuse(res, 403, "refused: this preview answers only to 127.0.0.1" + suffix);
        return httplib::Server::HandlerResponse::Handled;
      }
      if (req.method != "GET" && req.method != "HEAD") {
        refuse(res, 405, "only GET");
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.Get("/", [this](const httplib::Request&, httplib::Response& res) {
      std::string page = kPreviewPage;
      const std::string marker = "@TITLE@";
      // A JS string literal inside <script>: no '<', so "</script>" in a
      // file name cannot end the script; the page sets it as text.
      std::string title = nlohmann::json(setup.title)
                              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      for (std::size_t at = 0; (at = title.find('<', at)) != std::string::npos;)
        title.replace(at, 1, "\\u003c");
      if (const auto at = page.find(marker); at != std::string::npos)
        page.replace(at, marker.size(), title);
      res.set_header("Cache-Control", "no-store");
      res.set_content(page, "text/html; charset=utf-8");
    });
    server.Get("/events", [this](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      auto seen = std::make_shared<long long>(-1);
      res.set_chunked_content_provider(
          "text/event-stream", [this, seen](std::size_t, httplib::DataSink& sink) {
            const RenderReport r = state.wait_newer(*seen, std::chrono::seconds(10));
            if (state.closed()) {
              sink.done();
              return true;
            }
            std::string chunk = ": still watching\n\n";  // keeps proxies and the socket alive
            if (r.generation > *seen) {
              chunk = "data: " + state_json(r) + "\n\n";
              *seen = r.generation;
            }
            return sink.write(chunk.data(), chunk.size());
          });
    });
    server.Get("/pdf", [this](const httplib::Request&, httplib::Response& res) {
      const RenderReport r = state.latest();
      if (!r.pdf) return refuse(res, 404, "no PDF yet: the first render has not succeeded");
      res.set_header("Cache-Control", "no-store");
      res.set_content(*r.pdf, "application/pdf");
    });
    server.Get(R"(/pdfjs/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
      // pdf.js changes only with Debian's package; the browser may keep it
      // (and its compiled code) for the session.
      serve_from(setup.pdfjs_folder, req.matches[1].str(), res, "max-age=3600");
    });
    server.Get(R"(/files/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
      serve_from(setup.issue_folder, req.matches[1].str(), res, "no-store");
    });
  }
};

HttpPreviewServer::HttpPreviewServer(PreviewState& state, ServerSetup setup)
    : impl_(std::make_unique<Impl>(state, std::move(setup))) {}

HttpPreviewServer::~HttpPreviewServer() {
  HttpPreviewServer::stop();
}

int HttpPreviewServer::bind(int port) {
  const char* loopback = "127.0.0.1";
  if (port == 0)
    impl_->port = impl_->server.bind_to_any_port(loopback);
  else
    impl_->port = impl_->server.bind_to_port(loopback, port) ? port : -1;
  return impl_->port;
}

void HttpPreviewServer::start() {
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
}

void HttpPreviewServer::stop() {
  if (!impl_->thread.joinable()) return;
  impl_->state.close();  // event streams stop waiting for the next render
  impl_->server.stop();
  impl_->thread.join();
}

}  // namespace

std::unique_ptr<PreviewServer> make_preview_server(PreviewState& state, ServerSetup setup) {
  return std::make_unique<HttpPreviewServer>(state, std::move(setup));
}

}  // namespace paiban::cli::preview
