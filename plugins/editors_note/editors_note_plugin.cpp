#include "editors_note_plugin.h"

#include "paiban/blocks.h"
#include "paiban/plugin_export.h"

namespace paiban::editors_note {
namespace {

// Styles of what an editor's note rarely holds; a sheet without them sets
// such blocks in body (stylesheet.h).
constexpr const char* kArticleStyle = "h2";
constexpr int kSectionLevel = 1;  // the note's title: a bookmark and a contents line
constexpr int kArticleLevel = 2;

const SourceSpan& option_span(const OptionTable& options, const std::string& key) {
  static const SourceSpan none;
  auto it = options.find(key);
  return it == options.end() ? none : it->second.span;
}

}  // namespace

std::string EditorsNotePlugin::name() const {
  return "editors_note";
}

std::string EditorsNotePlugin::summary() const {
  return "编者的话 in a tinted or framed panel: a small heading, the text in 楷体, and a "
         "signature flush right.";
}

std::vector<OptionDecl> EditorsNotePlugin::options() const {
  using T = OptionDecl::Type;
  return {
      {"frame",
       T::string,
       "\"frame\"",
       "the panel: tint = a background of `tint`; frame = a rule of `frame_color` around it; "
       "none = no panel",
       {"tint", "frame", "none"}},
      {"tint",
       T::color,
       "",
       "background colour of the panel when frame = \"tint\" (required then)",
       {}},
      {"frame_color", T::color, "\"black\"", "colour of the frame when frame = \"frame\"", {}},
      {"frame_width", T::length, "\"0.75pt\"", "weight of the frame", {}, 0},
      {"padding", T::length, "\"1字\"", "space between the panel's edge and the text", {}, 0},
      {"corner_radius", T::length, "0", "rounded corners of the panel; 0 = square", {}, 0},
      {"title_position",
       T::string,
       "\"inside\"",
       "where the section title goes: inside the panel at its top, above it, or nowhere",
       {"inside", "above", "none"}},
      {"title_style", T::style, "\"h1\"", "text style of the section title", {}},
      {"body_style",
       T::style,
       "\"note\"",
       "text style of the note's paragraphs and list items (a 楷体 style)",
       {}},
      {"signature",
       T::string,
       "\"\"",
       "a line set flush right at the panel's foot, e.g. \"——编者\"; \"\" = none",
       {}},
      {"signature_style",
       T::style,
       "\"signature\"",
       "text style of the signature (a right-aligned style)",
       {}},
  };
}

// The styles this plugin names by default, so that it sets its section
// sensibly in any style sheet; the sheet's [styles.<name>] overrides them.
std::vector<TextStyleDecl> EditorsNotePlugin::text_styles() const {
  return {
      {"note", "the note's paragraphs: 楷体, otherwise as body", {{"font", "\"kai\""}}},
      {"signature",
       "the signature line: 楷体, flush right",
       {{"font", "\"kai\""}, {"first_line_indent", "\"0\""}, {"align", "\"right\""}}},
  };
}

void EditorsNotePlugin::compose(const SectionContext& ctx, Composer& c) {
  const OptionTable& o = ctx.options;
  const Section& section = ctx.section;
  std::string frame = option_string(o, "frame", "frame");
  const std::string tint = option_string(o, "tint");
  if (frame == "tint" && tint.empty()) {
    ctx.report.error(option_span(o, "frame"),
                     "frame = \"tint\" needs a background colour; set `tint` to a name from the "
                     "style sheet's [colors]");
    frame = "frame";
  }
  const std::string position = option_string(o, "title_position", "inside");
  const std::string title_style = option_string(o, "title_style", "h1");
  const std::string body_style = option_string(o, "body_style", "note");
  const std::string signature = option_string(o, "signature");

  auto title = [&] {
    if (section.title.empty() || position == "none") return;
    c.heading(text_runs(section.title, section.span), title_style, kSectionLevel);
    // After the heading: the running head changes where the section starts.
    c.set_running_section(section.title);
  };

  if (position == "above") title();
  const bool panel = frame != "none";
  if (panel) {
    BoxSpec box;
    if (frame == "tint") {
      box.background = tint;
    } else {
      box.border = option_string(o, "frame_color", "black");
      box.border_width = option_length(o, "frame_width", Length::pt(0.75));
    }
    box.padding = option_length(o, "padding", Length::pt(10.5));
    box.corner_radius = option_length(o, "corner_radius");
    c.begin_box(box);
  }
  if (position == "inside") title();

  const BlockStyles styles = house_block_styles(ctx, body_style);
  for (const auto& article : section.articles) {
    if (!article.title.empty()) c.heading(article.title, kArticleStyle, kArticleLevel);
    compose_blocks(c, article.blocks, styles);
  }
  if (!signature.empty()) c.text(signature, option_string(o, "signature_style", "signature"));
  if (panel) c.end_box();
}

}  // namespace paiban::editors_note

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::editors_note::EditorsNotePlugin)
