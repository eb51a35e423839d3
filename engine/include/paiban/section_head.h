// SDK. A section head across the type area — the section's title in a
// heading style, optionally on a coloured band (栏目条) and with a rule
// below or above — and the options that set it, shared by the section
// plugins that open with one (industry_news, industry_trends, data_brief).
// Header-only, so it is compiled into each plugin.
#pragma once

#include <string>
#include <vector>

#include "paiban/blocks.h"
#include "paiban/composer.h"
#include "paiban/options.h"
#include "paiban/section_plugin.h"

namespace paiban {

// The head_* options, for a plugin's options(); `head` names the section in
// the help text ("行业动态").
inline std::vector<OptionDecl> section_head_options(const std::string& head) {
  using T = OptionDecl::Type;
  return {
      {"head_style", T::style, "\"h1\"", "text style of the section head (" + head + ")", {}},
      {"head_rule",
       T::length,
       "\"0.75pt\"",
       "weight of the rule under the section head; 0 = none",
       {},
       0},
      {"head_rule_color", T::color, "\"black\"", "colour of that rule", {}},
      {"head_rule_position",
       T::string,
       "\"below\"",
       "where the head's rule goes: below the head, or above it (a rule that opens the section)",
       {"below", "above"}},
      {"head_band",
       T::color,
       "",
       "colour of a band behind the section head (a 栏目条); unset = no band. The band keeps "
       "with what follows, a rule above the head does not",
       {}},
      {"head_band_padding",
       T::length,
       "\"8pt\"",
       "space between the band's edge and the head",
       {},
       0},
  };
}

// The section head as the head_* options say: a bookmark and contents entry
// at level 1, and the running head's {section} from here on.
inline void compose_section_head(const SectionContext& ctx, Composer& c) {
  const OptionTable& o = ctx.options;
  const Length weight = option_length(o, "head_rule");
  const bool above = option_string(o, "head_rule_position", "below") == "above";
  auto rule = [&] {
    if (weight > Length::zero()) c.rule(weight, option_string(o, "head_rule_color", "black"));
  };
  if (above) rule();
  const std::string band = option_string(o, "head_band");
  if (!band.empty()) {
    BoxSpec box;
    box.background = band;
    box.padding = option_length(o, "head_band_padding", Length::pt(8));
    box.allow_break = false;
    c.begin_box(box);
  }
  if (!ctx.section.title.empty()) {
    c.heading(text_runs(ctx.section.title, ctx.section.span), option_string(o, "head_style", "h1"),
              1);
    // After the heading: the running head changes where the section starts.
    c.set_running_section(ctx.section.title);
  }
  if (!band.empty()) c.end_box();
  if (!above) rule();
}

}  // namespace paiban
