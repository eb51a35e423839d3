#include "cli/render.h"

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "base/parallel.h"
#include "base/program_location.h"
#include "base/translation.h"
#include "cli/output_guard.h"
#include "cli/pdf_options.h"
#include "cli/preflight.h"
#include "cli/render_cache.h"
#include "cli/timestamp.h"
#include "cli/warm_up.h"
#include "layout/compose/compose_pages.h"
#include "layout/flow/flow_builder.h"
#include "layout/paragraph/paragraph.h"
#include "pdf/pdf_writer.h"
#include "plugin/compose_issue.h"
#include "text/hyphenator.h"

namespace paiban::cli {
namespace {

namespace fs = std::filesystem;

// Prints every diagnostic; true when any is an error.
bool report(const Diagnostics& diags, std::ostream& err) {
  err << diags.format_all();
  return diags.has_errors();
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

// The English patterns, parsed once per watch: a system file that does not
// change while editors work, and parsing it is a fifth of a warm re-render.
std::shared_ptr<const text::Hyphenator> load_hyphenator(const RenderContext& ctx) {
  if (ctx.cache && ctx.cache->hyphenator) return ctx.cache->hyphenator;
  std::shared_ptr<const text::Hyphenator> loaded =
      text::Hyphenator::shared(ctx.env, text::kEnglishPatterns);
  if (ctx.cache) ctx.cache->hyphenator = loaded;
  return loaded;
}

}  // namespace

int write_render(const RenderArgs& args, const RenderContext& ctx, RenderOutcome& outcome);

std::string default_output_path(const std::string& manuscript) {
  const std::string ext = ".md";
  if (manuscript.size() > ext.size() &&
      manuscript.compare(manuscript.size() - ext.size(), ext.size(), ext) == 0)
    return manuscript.substr(0, manuscript.size() - ext.size()) + ".pdf";
  return manuscript + ".pdf";
}

std::string bundled_sample_path() {
  return program_data_dir() + "/samples/2025-01/issue.md";
}
std::string bundled_style_path() {
  return program_data_dir() + "/styles/xuchang.toml";
}

Typeset typeset(const RenderArgs& args, const RenderContext& ctx) {
  Typeset t;
  const bool bundled = args.manuscript.empty();
  t.manuscript_path = manuscript_for(args);
  t.output_path = !args.output.empty() ? args.output
                  : bundled            ? std::string("sample.pdf")
                                       : default_output_path(t.manuscript_path);

  // Font lookup and hyphenation patterns load on the other core meanwhile.
  WarmUp warm_up(ctx.env, !(ctx.cache && ctx.cache->hyphenator));

  // 1–3. Manuscript, style sheet, plugins, fonts, images, profiles: every
  // check, all problems at once (the same run as `paiban check`).
  const std::unique_ptr<Preflight> pre = preflight(args, ctx);
  t.inputs = {t.manuscript_path, pre->style->path};
  t.inputs.insert(t.inputs.end(), pre->sheet().files.begin(), pre->sheet().files.end());
  t.inputs.insert(t.inputs.end(), pre->images.begin(), pre->images.end());
  for (const auto& [file, stamp] : pre->plugins->libraries) t.inputs.push_back(file);
  if (pre->exit_code != kSuccess) {
    t.exit_code = pre->exit_code;
    return t;
  }

  // The output profile is compressed on the other core during layout (not
  // when issues are rendered side by side, each on one core).
  if (args.pdf_threads != 1)
    if (auto profile = ctx.env.read_file(pdf_options_for(pre->sheet(), 0).output_profile_path))
      warm_up.compress_profile(std::move(*profile));

  // 4. The plugins composed the issue into a flow of blocks (preflight).
  Diagnostics diags;
  layout::FlowBuilder& flow = *pre->flow;

  // 5. Layout: paragraphs, columns, pages, with the fonts the checks loaded.
  StyleState& style = *pre->style;
  style.font_sink = {};
  std::shared_ptr<const text::Hyphenator> hyphenator;
  if (style.sheet.typography.hyphenate) {
    hyphenator = load_hyphenator(ctx);
    if (!hyphenator)
      diags.warning({style.sheet.path, 0, 0},
                    std::string("cannot read the hyphenation patterns ") + text::kEnglishPatterns +
                        "; Latin words break only where nothing else fits",
                    {"install Debian's hyphen-en-us (scripts/install-deps does), or set "
                     "[typography] hyphenate = false"});
  }
  layout::ParagraphSetter setter(style.sheet, *style.fonts, diags, hyphenator.get());
  // Issues rendered side by side (pdf_threads 1) set their paragraphs on
  // their own thread only, like their PDFs.
  t.pages = layout::compose_pages(flow.flow(), style.sheet, setter, *style.fonts,
                                  pre->document.meta, ctx.env, diags, {args.pdf_threads});
  t.stats = setter.statistics();
  diags.append(style.font_sink);
  if (report(diags, ctx.err)) t.exit_code = kRenderError;
  t.limits = pre->limits;
  t.document = std::move(pre->document);
  t.sheet = style.sheet;
  return t;
}

int run_render(const RenderArgs& args, const RenderContext& ctx) {
  return render_once(args, ctx).exit_code;
}

RenderOutcome render_once(const RenderArgs& args, const RenderContext& ctx) {
  std::ostringstream err;
  const RenderContext logged{ctx.env, ctx.plugin_path_env, err,
                             ctx.out, ctx.cache,           ctx.allow_style_plugins};
  RenderOutcome outcome;
  outcome.exit_code = write_render(args, logged, outcome);
  outcome.diagnostics = err.str();
  ctx.err << outcome.diagnostics;
  return outcome;
}

int write_render(const RenderArgs& args, const RenderContext& ctx, RenderOutcome& outcome) {
  const Typeset t = typeset(args, ctx);
  outcome.inputs = t.inputs;
  outcome.output_path = t.output_path;
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
      pdf_options_for(t.sheet, output_timestamp(ctx.env.source_date_epoch(), t.document.meta.date));
  options.threads = args.pdf_threads;
  if (ctx.cache) {  // a watch: the PDF is made again on the next save
    options.memo = &ctx.cache->pdf_memo;
    options.survive_power_cut = false;
  }
  options.image_limits = {std::uint64_t(t.limits.image_megapixels) * 1'000'000,
                          std::uint64_t(t.limits.image_mib) << 20,
                          std::uint64_t(t.limits.issue_images_mib) << 20};
  const Diagnostics diags = pdf::write_pdf(t.pages, options, ctx.env, t.output_path);
  if (report(diags, ctx.err)) return kRenderError;
  outcome.pages = t.pages.pages.size();
  if (args.report)
    ctx.out << tr_format(N_("{}: {} pages"), {t.output_path, std::to_string(t.pages.pages.size())})
            << "\n"
            << t.stats.summary() << "\n";
  return kSuccess;
}

int run_render_all(const RenderArgs& args, const std::vector<std::string>& manuscripts,
                   unsigned jobs, const RenderContext& ctx) {
  if (!args.output.empty()) {
    ctx.err << format_diagnostic(Severity::error, "paiban render",
                                 "-o names one PDF, but " + std::to_string(manuscripts.size()) +
                                     " manuscripts were given",
                                 {"leave out -o: each PDF is written next to its manuscript "
                                  "(issue.md -> issue.pdf)"})
            << "\n";
    return kBadInput;
  }
  // Two runs writing one file would race; refuse before any work.
  std::map<std::string, std::string> manuscript_of;
  for (const std::string& m : manuscripts) {
    const std::string out = fs::absolute(default_output_path(m)).lexically_normal().string();
    auto [it, fresh] = manuscript_of.emplace(out, m);
    if (!fresh) {
      ctx.err << format_diagnostic(Severity::error, m,
                                   "'" + it->second + "' and '" + m +
                                       "' would both be written to '" + default_output_path(m) +
                                       "'",
                                   {"name each manuscript once"})
              << "\n";
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
    const RenderContext own{ctx.env, ctx.plugin_path_env,    o.err, o.out,
                            nullptr, ctx.allow_style_plugins};
    // An exception must not escape a worker thread (that would abort the
    // process and every other issue with it).
    try {
      o.code = run_render(mine, own);
    } catch (const std::exception& e) {
      o.err << format_diagnostic(Severity::error, manuscripts[i],
                                 std::string("rendering failed: ") + e.what())
            << "\n";
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

}  // namespace paiban::cli
