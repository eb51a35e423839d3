// `paiban fonts [--cjk] [--style FILE]`: the font families fontconfig offers,
// each with the roles of the style sheet that use it, and the roles whose
// family is not installed.
#include <fontconfig/fontconfig.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "base/translation.h"
#include "cli/commands.h"
#include "style/loader.h"

namespace paiban::cli {
namespace {

struct FontsArgs {
  bool cjk = false;
  std::string style;
};

// One family as fontconfig lists it: its first (usually English) name and
// every other name it answers to ("思源宋体" for "Noto Serif CJK SC").
struct Family {
  std::string name;
  std::set<std::string> names;
  std::set<std::string> styles;
};

// Outline fonts only, as the engine embeds them; with `cjk`, only fonts
// whose language set covers Simplified Chinese.
std::vector<Family> installed_families(bool cjk) {
  FcConfig* config = FcInitLoadConfigAndFonts();
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddBool(pattern, FC_OUTLINE, FcTrue);
  if (cjk) {
    FcLangSet* langs = FcLangSetCreate();
    FcLangSetAdd(langs, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcPatternAddLangSet(pattern, FC_LANG, langs);
    FcLangSetDestroy(langs);
  }
  FcObjectSet* props = FcObjectSetBuild(FC_FAMILY, FC_STYLE, nullptr);
  FcFontSet* set = FcFontList(config, pattern, props);
  std::map<std::string, Family> by_name;
  for (int i = 0; set && i < set->nfont; ++i) {
    FcChar8* first = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &first) != FcResultMatch) continue;
    Family& family = by_name[reinterpret_cast<const char*>(first)];
    family.name = reinterpret_cast<const char*>(first);
    FcChar8* name = nullptr;
    for (int n = 0; FcPatternGetString(set->fonts[i], FC_FAMILY, n, &name) == FcResultMatch; ++n)
      family.names.insert(reinterpret_cast<const char*>(name));
    FcChar8* style = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_STYLE, 0, &style) == FcResultMatch)
      family.styles.insert(reinterpret_cast<const char*>(style));
  }
  if (set) FcFontSetDestroy(set);
  FcObjectSetDestroy(props);
  FcPatternDestroy(pattern);
  FcConfigDestroy(config);
  std::vector<Family> out;
  for (auto& [name, family] : by_name) out.push_back(std::move(family));
  return out;
}

// Columns `text` takes in a terminal: East Asian characters take two.
std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    // Lead bytes of U+2E80 and above (three- and four-byte forms from E2 BA).
    const bool wide = byte >= 0xE3 || (byte == 0xE2 && i + 1 < text.size() &&
                                       static_cast<unsigned char>(text[i + 1]) >= 0xBA);
    width += wide ? 2 : 1;
  }
  return width;
}

int run_fonts(const FontsArgs& args, const RenderContext& ctx) {
  const std::string style_path = args.style.empty() ? bundled_style_path() : args.style;
  Diagnostics diags;
  const style::StyleSheet sheet = style::load_stylesheet(style_path, ctx.env, diags);
  if (diags.has_errors()) {
    ctx.err << diags.format_all();
    return kBadInput;
  }
  // family name → "role" or "role (fallback)" entries of the sheet.
  std::map<std::string, std::vector<std::string>> roles_of;
  for (const auto& [role, font] : sheet.fonts)
    for (std::size_t i = 0; i < font.chain.size(); ++i)
      roles_of[font.chain[i].family].push_back(i == 0 ? role : role + " (fallback)");

  const std::vector<Family> families = installed_families(args.cjk);
  std::set<std::string> used;
  std::size_t width = 0;
  for (const Family& f : families) width = std::max(width, display_width(f.name));
  ctx.out << (args.cjk ? tr_format(N_("font families with Simplified Chinese (roles of {}):"),
                                   {style_path})
                       : tr_format(N_("font families (roles of {}):"), {style_path}))
          << "\n";
  for (const Family& f : families) {
    std::vector<std::string> roles;
    for (const auto& [family, role_list] : roles_of)
      if (f.names.count(family)) {
        roles.insert(roles.end(), role_list.begin(), role_list.end());
        used.insert(family);
      }
    ctx.out << "  " << f.name;
    if (!roles.empty()) {
      ctx.out << std::string(width + 2 - display_width(f.name), ' ') << tr(N_("used by:"));
      for (const auto& r : roles) ctx.out << " " << r;
    }
    ctx.out << "\n";
  }
  ctx.out << tr_format(N_("{} families"), {std::to_string(families.size())}) << "\n";
  // A role's family missing here is what render would refuse (or, for a
  // --cjk listing, a family that simply has no Chinese: said so).
  for (const auto& [family, role_list] : roles_of)
    if (!used.count(family)) {
      std::string roles;
      for (const auto& r : role_list) roles += (roles.empty() ? "" : " ") + r;
      ctx.out << (args.cjk ? tr_format(N_("not listed: {} (used by: {}) — no Simplified Chinese, "
                                          "or not installed"),
                                       {family, roles})
                           : tr_format(N_("not installed: {} (used by: {})"), {family, roles}))
              << "\n";
    }
  return kSuccess;
}

}  // namespace

void add_fonts_command(CommandLine& cl) {
  auto args = std::make_shared<FontsArgs>();
  CLI::App& cmd = cl.add_command(
      "fonts", "List the font families installed, and which style roles use them",
      "Lists the outline font families fontconfig offers, marking the font roles of\n"
      "the style sheet (default: the house style) that use each, then the roles\n"
      "whose family is not installed.",
      [args](const RenderContext& ctx) { return run_fonts(*args, ctx); });
  cmd.add_flag("--cjk", args->cjk, "Only families that cover Simplified Chinese");
  cmd.add_option("--style", args->style, "Mark the roles of this style sheet")
      ->type_name("FILE.toml");
}

}  // namespace paiban::cli
