#include "base/translation.h"

#include <libintl.h>

#include <string_view>
#include <vector>

namespace paiban {
namespace {

constexpr const char* kTextDomain = "paiban";
bool bound = false;

// The diagnostics an editor meets most, as patterns; their translations are
// in po/<lang>.po. A message without a pattern here stays English.
// Long patterns are split into adjacent literals on purpose:
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
constexpr const char* kMessagePatterns[] = {
    // The command line.
    N_("unknown option '{}'; did you mean '{}'?"),
    N_("unknown option '{}'"),
    N_("unknown command '{}'; did you mean '{}'?"),
    N_("unknown command '{}'"),
    N_("unexpected argument '{}'"),
    N_("no command given"),
    N_("usage: see 'paiban help {}'"),
    N_("a manuscript from standard input (-) is rendered alone, and needs -o"),
    N_("e.g. paiban render - -o issue.pdf < issue.md"),
    N_("exists and is not a folder"),
    N_("name a new folder, e.g. paiban new 2025-03"),
    N_("the folder is not empty; paiban new never overwrites files"),
    N_("name a new folder, or an empty one"),
    N_("the issue template is missing"),
    N_("choose another output path with -o"),
    // The manuscript and its front matter.
    N_("cannot read the manuscript: {}"),
    N_("cannot read the manuscript"),
    N_("this is a Word or WPS document, not a Markdown manuscript"),
    N_("import it first: paiban import {} -o issue.md, then paiban render issue.md"),
    N_("the manuscript has no front matter (title, issue, date)"),
    N_("begin the file with a front matter like:{}"),
    N_("front matter opened with +++ is never closed"),
    N_("add a line with only +++ after the last key"),
    N_("front matter is not valid TOML: {}"),
    N_("front matter has no '{}' key"),
    N_("add {} between the +++ lines"),
    N_("unknown front-matter key '{}'; did you mean '{}'?"),
    N_("the engine reads 'title', 'issue', 'date', 'publisher', 'style'; other keys are passed "
       "on to plugins"),
    N_("'date' must be a date like 2025-01-06"),
    N_("write the date without quotes: date = 2025-01-06"),
    N_("figure image '{}' ({}) cannot be read: {}"),
    N_("write the path relative to the manuscript, and use a PNG or JPEG file"),
    // Sections and plugins.
    N_("section '{}' matches no [[section]] entry; did you mean '{}' ({}, plugin '{}')? "
       "composing it with the default plugin '{}'"),
    N_("correct the '#' heading, or the entry's match = \"{}\""),
    N_("section '{}' (manuscript line {}) matches no [[section]] entry of the style sheet; "
       "composing it with the default plugin '{}'"),
    N_("add a [[section]] entry with match = \"{}\" to choose its plugin"),
    N_("no section '{}' in the manuscript {}; this [[section]] entry is not used"),
    N_("`match` must equal the text of a `#` heading exactly"),
    N_("plugin '{}' not found: no {} in the plugin search path; did you mean '{}'?"),
    N_("plugin '{}' not found: no {} in the plugin search path"),
    N_("searched {}. {} ({}) - no such folder"),
    N_("searched {}. {} ({})"),
    N_("put {} into one of these folders, or name its folder with --plugin-path, "
       "PAIBAN_PLUGIN_PATH or the style sheet's plugin_path"),
    N_("unknown option '{}' for plugin '{}'"),
    N_("did you mean '{}'?"),
    N_("plugin '{}' accepts: {}"),
    // The style sheet, fonts and profiles.
    N_("unknown key \"{}\" in [{}]; did you mean \"{}\"?"),
    N_("unknown key \"{}\" in [{}]"),
    N_("unknown key \"{}\" at the top level; did you mean \"{}\"?"),
    N_("unknown key \"{}\" at the top level"),
    N_("keys allowed here: {}"),
    N_("{}: unknown value \"{}\"; did you mean \"{}\"?"),
    N_("{}: unknown value \"{}\""),
    N_("allowed values: {}"),
    N_("{}: unknown colour \"{}\"; did you mean \"{}\"?"),
    N_("{}: unknown colour \"{}\""),
    N_("{}: \"{}\" has no unit: write e.g. \"{}pt\", \"{}mm\" or \"{}字\""),
    N_("{}: \"{}\" has no unit: write e.g. \"{}pt\", \"{}mm\""),
    N_("cannot read style sheet \"{}\": {}"),
    N_("TOML syntax: {}"),
    N_("the rest of this file was not read; fix this first"),
    N_("{}: {} is outside 0–100 (colours are given in percent of ink)"),
    N_("font family '{}' (style {}) of role '{}' is not installed"),
    N_("install it (Debian: fonts-noto-cjk, fonts-lxgw-wenkai) or name another family; "
       "`fc-list : family` lists the installed ones"),
    N_("cannot read the output profile '{}'"),
    N_("set [print] output_profile to styles/profiles/FOGRA39L_coated.icc or the one your print "
       "shop supplies"),
    N_("{} more warnings like this are not shown, the first here: {}"),
    N_("the output is the {} '{}'; writing the PDF there would destroy it"),
};
// NOLINTEND(bugprone-suspicious-missing-comma)

// Words that stand as a part of the messages above and are translated
// there too: where a plugin folder came from, what an input file is. Other
// parts (names, paths, numbers) are the editor's own and stay as written.
constexpr const char* kPartWords[] = {
    N_("next to the program"), N_("install prefix"), N_("style sheet plugin_path"),
    N_("manuscript"),          N_("style sheet"),    N_("image"),
};

std::string translate_part(const std::string& part) {
  for (const char* word : kPartWords)
    if (part == word) return tr(word);
  return part;
}

// The characters of `pattern` outside its {} holes: of two patterns that
// match, the one with more is the more specific ("unknown option '{}' for
// plugin '{}'" over "unknown option '{}'").
std::size_t literal_size(std::string_view pattern) {
  std::size_t holes = 0;
  for (auto at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}", at + 2))
    ++holes;
  return pattern.size() - 2 * holes;
}

// Matches `text` against `pattern` whole, {} standing for any (possibly
// empty) text; the shortest parts that let the rest match are taken.
bool match(std::string_view pattern, std::string_view text, std::vector<std::string>& parts) {
  const auto hole = pattern.find("{}");
  if (hole == std::string_view::npos) return pattern == text;
  const std::string_view literal = pattern.substr(0, hole);
  if (text.substr(0, literal.size()) != literal) return false;
  const std::string_view rest = pattern.substr(hole + 2);
  const std::string_view tail = text.substr(literal.size());
  // The literal after the hole decides where the part may end.
  const std::string_view next = rest.substr(0, rest.find("{}"));
  for (std::size_t end = 0; end <= tail.size(); ++end) {
    if (tail.substr(end, next.size()) != next) continue;
    parts.emplace_back(tail.substr(0, end));
    if (match(rest, tail.substr(end), parts)) return true;
    parts.pop_back();
  }
  return false;
}

// `translated` with {} filled by `parts` in order, and {1}, {2}, … by number.
std::string fill(const std::string& translated, const std::vector<std::string>& parts) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < translated.size(); ++i) {
    if (translated[i] == '{') {
      const auto close = translated.find('}', i);
      const std::string inside =
          close == std::string::npos ? "x" : translated.substr(i + 1, close - i - 1);
      if (inside.empty() && next < parts.size()) {
        out += parts[next++];
        i = close;
        continue;
      }
      if (inside.size() == 1 && inside[0] >= '1' && inside[0] <= '9' &&
          static_cast<std::size_t>(inside[0] - '1') < parts.size()) {
        out += parts[inside[0] - '1'];
        i = close;
        continue;
      }
    }
    out += translated[i];
  }
  return out;
}

}  // namespace

void bind_translations(const std::string& locale_dir) {
  bindtextdomain(kTextDomain, locale_dir.c_str());
  bind_textdomain_codeset(kTextDomain, "UTF-8");
  // strerror's texts ("No such file or directory") come from glibc's own
  // catalog and are part of our messages: UTF-8 too, not '?' for every
  // character the C locale's ASCII lacks.
  bind_textdomain_codeset("libc", "UTF-8");
  bound = true;
}

std::string tr(const char* english) {
  if (!bound || !*english) return english;
  return dgettext(kTextDomain, english);
}

std::string tr(const std::string& english) {
  return tr(english.c_str());
}

std::string tr_format(const char* pattern, const std::vector<std::string>& parts) {
  return fill(tr(pattern), parts);
}

namespace {
// Whether a catalog is loaded for the language chosen: gettext gives the
// catalog's header for the empty message id, and "" without a catalog.
bool has_catalog() {
  return bound && *dgettext(kTextDomain, "") != '\0';
}
}  // namespace

std::string translate_message(const std::string& english) {
  // Without a catalog every message stays English: the pattern search below
  // costs ~0.1 M instructions a message, and plugin calls prepare several
  // messages each (docs/performance.md).
  if (!has_catalog()) return english;
  // Whole messages first (most are fixed text), then the patterns.
  std::string whole = tr(english);
  if (whole != english) return whole;
  const char* best = nullptr;
  std::vector<std::string> best_parts;
  for (const char* pattern : kMessagePatterns) {
    std::vector<std::string> parts;
    if (!match(pattern, english, parts)) continue;
    if (best && literal_size(pattern) <= literal_size(best)) continue;
    best = pattern;
    best_parts = std::move(parts);
  }
  if (best) {
    const std::string translated = tr(best);
    if (translated == best) return english;  // no catalog for this language
    for (auto& part : best_parts) part = translate_part(part);
    return fill(translated, best_parts);
  }
  return english;
}

}  // namespace paiban
