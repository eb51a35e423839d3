#include "cli/render.h"

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "base/parallel.h"
#include "cli/output_guard.h"
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
#include "text/hyphenator.h"

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

// Every file the run read that a PDF must never replace.
std::vector<RunInput> inputs_of(const Typeset& t) {
  std::vector<RunInput> inputs{{t.manuscript_path, "manuscript"}};
  for (const auto& file : t.sheet.files) inputs.push_back({file, "style sheet"});
  for (const auto& page : t.pages.pages)
    for (const auto& item : page.items)
      if (const auto* image = std::get_if<page::Image>(&item))
        inputs.push_back({image->path, "image"});
  return inputs;
}

}  // namespace

std::string default_output_path(const std::string& manuscript) {
  const std::string ext = ".md";
  if (manuscript.size() > ext.size() &&
      manuscript.compare(manuscript.size() - ext.size(), ext.size(), ext) == 0)
    return manuscript.substr(0, manuscript.size() - ext.size()) + ".pdf";
  return manuscript + ".pdf";
}

std::string bundled_sample_path() {
  return std::string(PAIBAN_DATA_DIR) + "/samples/2025-01/issue.md";
}
std::string bundled_style_path() {
  return std::string(PAIBAN_DATA_DIR) + "/styles/xuchang.toml";
}

Typeset typeset(const RenderArgs& args, const RenderContext& ctx) {
  Typeset t;
  const bool bundled = args.manuscript.empty();
  t.manuscript_path = bundled ? bundled_sample_path() : args.manuscript;
  t.output_path = !args.output.empty() ? args.output
                  : bundled            ? std::string("sample.pdf")
                                       : default_output_path(t.manuscript_path);
  auto fail = [&](int code) {
    t.exit_code = code;
    return std::move(t);
  };

  // 1. Manuscript → Document.
  Diagnostics diags;
  const auto source = ctx.env.read_file(t.manuscript_path);
  if (!source) {
    const std::string why = ctx.env.why_unreadable(t.manuscript_path);
    ctx.err << t.manuscript_path << ": error: cannot read the manuscript"
            << (why.empty() ? "" : ": " + why) << "\n";
    return fail(kBadInput);
  }
  // A .docx (a ZIP) or an old .doc/.wps (OLE2) is no manuscript: say what to do.
  if (source->rfind("PK\x03\x04", 0) == 0 || source->rfind("\xD0\xCF\x11\xE0", 0) == 0) {
    ctx.err << t.manuscript_path
            << ": error: this is a Word or WPS document, not a Markdown manuscript\n"
            << t.manuscript_path << ": note: import it first: paiban import " << t.manuscript_path
            << " -o issue.md, then paiban render issue.md\n";
    return fail(kBadInput);
  }
  t.document = manuscript::read_manuscript(t.manuscript_path, *source, diags);
  if (report(diags, ctx.err)) return fail(kBadInput);
  diags = {};

  // 2. Style sheet → StyleSheet.
  t.sheet = style::load_stylesheet(style_for(args, t.document), ctx.env, diags);
  if (report(diags, ctx.err)) return fail(kBadInput);
  diags = {};

  // 3. Plugins: which plugin composes which section, options checked.
  plugin::SearchPathInputs search;
  search.cli_paths = args.plugin_paths;
  search.env_value = ctx.plugin_path_env;
  search.style_paths = t.sheet.plugin_path;
  plugin::PluginRegistry registry(plugin::plugin_search_path(search));
  const auto plan = plugin::plan_issue(t.document, t.sheet, registry, diags);
  if (report(diags, ctx.err)) return fail(kBadInput);
  diags = {};

  // 4. Plugins compose through the Composer into a flow of blocks.
  layout::FlowBuilder flow(t.document);
  plugin::run_plan(plan, t.document, flow, diags);
  if (report(diags, ctx.err)) return fail(kRenderError);
  diags = {};

  // 5. Layout: fonts, paragraphs, columns, pages.
  text::FontLibrary fonts(t.sheet, ctx.env, diags);
  std::unique_ptr<text::Hyphenator> hyphenator;
  if (t.sheet.typography.hyphenate) {
    hyphenator = text::Hyphenator::load(ctx.env, text::kEnglishPatterns);
    if (!hyphenator)
      diags.warning({t.sheet.path, 0, 0},
                    std::string("cannot read the hyphenation patterns ") + text::kEnglishPatterns +
                        "; Latin words break only where nothing else fits",
                    {"install Debian's hyphen-en-us (scripts/install-deps does), or set "
                     "[typography] hyphenate = false"});
  }
  layout::ParagraphSetter setter(t.sheet, fonts, diags, hyphenator.get());
  t.pages =
      layout::compose_pages(flow.flow(), t.sheet, setter, fonts, t.document.meta, ctx.env, diags);
  t.stats = setter.statistics();
  if (report(diags, ctx.err)) return fail(kRenderError);
  return t;
}

int run_render(const RenderArgs& args, const RenderContext& ctx) {
  const Typeset t = typeset(args, ctx);
  if (t.exit_code != kSuccess) return t.exit_code;
  if (const auto input = input_at_output(t.output_path, inputs_of(t))) {
    Diagnostics refused;
    refused.error(SourceSpan{t.output_path, 0, 0},
                  "the output is the " + input->role + " '" + input->path +
                      "'; writing the PDF there would destroy it",
                  {"choose another output path with -o"});
    report(refused, ctx.err);
    return kBadInput;
  }

  // 6. PDF, written atomically: a failed run leaves no file behind.
  pdf::PdfOptions options =
      pdf_options_for(t.sheet, output_timestamp(ctx.env.source_date_epoch(), t.document.meta.date),
                      t.manuscript_path);
  options.threads = args.pdf_threads;
  const Diagnostics diags = pdf::write_pdf(t.pages, options, t.output_path);
  if (report(diags, ctx.err)) return kRenderError;
  if (args.report)
    ctx.out << t.output_path << ": " << t.pages.pages.size() << " pages\n"
            << t.stats.summary() << "\n";
  return kSuccess;
}

int run_render_all(const RenderArgs& args, const std::vector<std::string>& manuscripts,
                   unsigned jobs, const RenderContext& ctx) {
  if (!args.output.empty()) {
    ctx.err << "error: -o names one PDF, but " << manuscripts.size() << " manuscripts were given\n"
            << "note: leave out -o: each PDF is written next to its manuscript (issue.md -> "
               "issue.pdf)\n";
    return kBadInput;
  }
  // Two runs writing one file would race; refuse before any work.
  std::map<std::string, std::string> manuscript_of;
  for (const std::string& m : manuscripts) {
    const std::string out = fs::absolute(default_output_path(m)).lexically_normal().string();
    auto [it, fresh] = manuscript_of.emplace(out, m);
    if (!fresh) {
      ctx.err << m << ": error: '" << it->second << "' and '" << m << "' would both be written to '"
              << default_output_path(m) << "'\n"
              << m << ": note: name each manuscript once\n";
      return kBadInput;
    }
  }
  struct Outcome {
    int code = kSuccess;
    std::ostringstream err, out;
  };
  std::vector<Outcome> outcomes(manuscripts.size());
  if (jobs == 0) jobs = core_count();
  RenderArgs each = args;
  // Issues in parallel already keep the cores busy: each PDF on one thread.
  if (jobs > 1 && manuscripts.size() > 1) each.pdf_threads = 1;
  parallel_for(manuscripts.size(), jobs, [&](std::size_t i, unsigned) {
    Outcome& o = outcomes[i];
    RenderArgs mine = each;
    mine.manuscript = manuscripts[i];
    const RenderContext own{ctx.env, ctx.plugin_path_env, o.err, o.out};
    // An exception must not escape a worker thread (that would abort the
    // process and every other issue with it).
    try {
      o.code = run_render(mine, own);
    } catch (const std::exception& e) {
      o.err << manuscripts[i] << ": error: rendering failed: " << e.what() << "\n";
      o.code = kRenderError;
    }
  });
  int worst = kSuccess;
  for (const Outcome& o : outcomes) {
    ctx.err << o.err.str();
    ctx.out << o.out.str();
    if (o.code == kBadInput || (o.code == kRenderError && worst == kSuccess)) worst = o.code;
  }
  return worst;
}

int run_check_style(const CheckStyleArgs& args, const RenderContext& ctx) {
  const Diagnostics diags = style::check_stylesheet(args.style, ctx.env);
  if (report(diags, ctx.err)) return kBadInput;
  ctx.out << args.style << ": ok\n";
  return kSuccess;
}

}  // namespace paiban::cli
