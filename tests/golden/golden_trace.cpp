// Typesets one manuscript with pinned fonts and a fixed date and writes the
// page model's trace (page/trace.h), optionally the PDF too: the producer
// side of the golden tests (run_golden.sh compares and updates).
//
//   golden_trace MANUSCRIPT STYLE TRACE_OUT [--pdf PDF_OUT] [--plugin-path DIR]...
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/pdf_options.h"
#include "cli/render.h"
#include "cli/timestamp.h"
#include "page/trace.h"
#include "pdf/pdf_writer.h"
#include "support/pinned_environment.h"

int main(int argc, char** argv) {
  using namespace paiban;
  std::vector<std::string> positional;
  cli::RenderArgs args;
  std::string pdf_out;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--pdf" || a == "--plugin-path") && i + 1 < argc) {
      (a == "--pdf" ? pdf_out : args.plugin_paths.emplace_back()) = argv[++i];
    } else {
      positional.push_back(a);
    }
  }
  if (positional.size() != 3) {
    std::cerr << "usage: golden_trace MANUSCRIPT STYLE TRACE_OUT [--pdf PDF_OUT] "
                 "[--plugin-path DIR]...\n";
    return 2;
  }
  args.manuscript = positional[0];
  args.style = positional[1];

  testing::PinnedEnvironment env;
  std::ostringstream err, out;
  const cli::RenderContext ctx{env, "", err, out};
  const cli::Typeset typeset = cli::typeset(args, ctx);
  std::cerr << err.str();
  if (typeset.exit_code != cli::kSuccess) return typeset.exit_code;

  std::ofstream trace(positional[2], std::ios::binary);
  trace << page::write_trace(typeset.pages);
  if (!trace.flush()) {
    std::cerr << positional[2] << ": cannot write the trace\n";
    return 1;
  }
  if (!pdf_out.empty()) {
    const auto options = cli::pdf_options_for(
        typeset.sheet, cli::output_timestamp(env.source_date_epoch(), typeset.document.meta.date));
    const std::string errors = pdf::write_pdf(typeset.pages, options, env, pdf_out).format_all();
    if (!errors.empty()) {
      std::cerr << errors;
      return 1;
    }
  }
  return 0;
}
