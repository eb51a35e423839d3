#include "cli/render.h"

#include <filesystem>

#include "cli/pdf_options.h"
#include "cli/timestamp.h"
#include "layout/compose/compose_pages.h"
#include "layout/flow/flow_builder.h"
#include "layout/paragraph/paragraph.h"
#include "manuscript/reader.h"
#include "pdf/pdf_writer.h"
#include "plugin/compose_issue.h"
#include "plugin/plugin_registry.h"
#include "plugin/search_path.h"
#include "style/loader.h"
#include "text/font_library.h"

namespace paiban::cli {
namespace {

namespace fs = std::filesystem;

// Prints every diagnostic; true when any is an error.
bool report(const Diagnostics& diags, std::ostream& err) {
  err << diags.format_all();
  return diags.has_errors();
}

std::string style_for(const RenderArgs& args, const Document& doc) {
  if (!args.style.empty()) return args.style;
  auto it = doc.meta.fields.find("style");
  if (it != doc.meta.fields.end() && !it->second.empty()) {
    fs::path p(it->second);
    if (p.is_relative()) p = fs::path(doc.path).parent_path() / p;
    return p.lexically_normal().string();
  }
  return bundled_style_path();
}

}  // namespace

std::string bundled_sample_path() {
  return std::string(PAIBAN_DATA_DIR) + "/samples/2025-01/issue.md";
}
std::string bundled_style_path() {
  return std::string(PAIBAN_DATA_DIR) + "/styles/xuchang.toml";
}

int run_render(const RenderArgs& args, const RenderContext& ctx) {
  const bool bundled = args.manuscript.empty();
  const std::string manuscript_path = bundled ? bundled_sample_path() : args.manuscript;
  const std::string output = !args.output.empty() ? args.output
                             : bundled            ? std::string("sample.pdf")
                                                  : default_output_path(manuscript_path);

  // 1. Manuscript → Document.
  Diagnostics diags;
  const auto source = ctx.env.read_file(manuscript_path);
  if (!source) {
    ctx.err << manuscript_path << ": error: cannot read the manuscript\n";
    return kBadInput;
  }
  const Document doc = manuscript::read_manuscript(manuscript_path, *source, diags);
  if (report(diags, ctx.err)) return kBadInput;
  diags = {};

  // 2. Style sheet → StyleSheet.
  const style::StyleSheet sheet = style::load_stylesheet(style_for(args, doc), ctx.env, diags);
  if (report(diags, ctx.err)) return kBadInput;
  diags = {};

  // 3. Plugins: which plugin composes which section, options checked.
  plugin::SearchPathInputs search;
  search.cli_paths = args.plugin_paths;
  search.env_value = ctx.plugin_path_env;
  search.style_paths = sheet.plugin_path;
  plugin::PluginRegistry registry(plugin::plugin_search_path(search));
  const auto plan = plugin::plan_issue(doc, sheet, registry, diags);
  if (report(diags, ctx.err)) return kBadInput;
  diags = {};

  // 4. Plugins compose through the Composer into a flow of blocks.
  layout::FlowBuilder flow(doc);
  plugin::run_plan(plan, doc, flow, diags);
  if (report(diags, ctx.err)) return kRenderError;
  diags = {};

  // 5. Layout: fonts, paragraphs, columns, pages.
  text::FontLibrary fonts(sheet, ctx.env, diags);
  layout::ParagraphSetter setter(sheet, fonts, diags);
  const page::Document pages =
      layout::compose_pages(flow.flow(), sheet, setter, fonts, doc.meta, ctx.env, diags);
  if (report(diags, ctx.err)) return kRenderError;
  diags = {};

  // 6. PDF, written atomically: a failed run leaves no file behind.
  const pdf::PdfOptions options = pdf_options_for(
      sheet, output_timestamp(ctx.env.source_date_epoch(), doc.meta.date), manuscript_path);
  diags = pdf::write_pdf(pages, options, output);
  if (report(diags, ctx.err)) return kRenderError;
  if (args.report) ctx.out << "pages: " << pages.pages.size() << "\n";
  return kSuccess;
}

int run_check_style(const CheckStyleArgs& args, const RenderContext& ctx) {
  const Diagnostics diags = style::check_stylesheet(args.style, ctx.env);
  if (report(diags, ctx.err)) return kBadInput;
  ctx.out << args.style << ": ok\n";
  return kSuccess;
}

}  // namespace paiban::cli
