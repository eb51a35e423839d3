#include "base/translation.h"

#include <libintl.h>

#include <algorithm>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace paiban {
namespace {

constexpr const char* kTextDomain = "paiban";
bool bound = false;

// Messages whose text is not written whole in our sources, so that
// po/derive_patterns.py cannot find them: CLI11's own parse errors, and
// messages put together from pieces made in different places. Every other
// message is found in the code and its pattern is in the catalog; at run
// time the catalog's own message ids are the patterns (catalog_patterns
// below), so a translated message is matched wherever it was written.
// Long patterns are split into adjacent literals on purpose:
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
[[maybe_unused]] constexpr const char* kMessagePatterns[] = {
    // CLI11 (its Error.hpp); the names are the options as written.
    N_("The following argument was not expected: {}"),
    N_("The following arguments were not expected: {}"),
    N_("{} is required"),
    N_("A subcommand is required"),
    N_("{}: {} required {} missing"),
    N_("Expected exactly {} arguments to {}, got {}"),
    N_("Expected at least {} arguments to {}, got {}"),
    N_("{}: too many inputs for a flag"),
    N_("Could not convert: {} = {}"),
    N_("The value {} is not an allowed value for {}"),
    N_("{} excludes {}"),
    N_("{} requires {}"),
    N_("{}: Value {} not in range {} to {}"),
    N_("{}: File does not exist: {}"),
    N_("{} was not readable (missing?)"),
    N_("{} not found"),
    N_("{}: Should be true/false or a number"),
    // Messages joined from pieces made elsewhere.
    N_("unknown option '{}'; did you mean '{}'?"),
    N_("unknown option '{}'"),
    N_("unknown command '{}'; did you mean '{}'?"),
    N_("unknown command '{}'"),
    N_("unexpected argument '{}'"),
    N_("no command given"),
    N_("usage: see 'paiban help {}'"),
    N_("a manuscript from standard input (-) is rendered alone, and needs -o"),
    N_("e.g. paiban render - -o issue.pdf < issue.md"),
    N_("cannot read the manuscript: {}"),
    N_("'{}' must be a string"),
    N_("cannot be read: {}"),
    // toml++'s parse errors (toml++/impl/parser.inl), the most common ones.
    N_("Error while parsing {}: {}"),
    N_("expected {}, saw {}"),
    N_("key-value pair"),
    N_("table header"),
    N_("array table header"),
    N_("array"),
    N_("inline table"),
    N_("string"),
    N_("value"),
    N_("bare key"),
    N_("date-time"),
    N_("EOF"),
    N_("key"),
    N_("cannot redefine existing table '{}'"),
    N_("cannot redefine existing key '{}'"),
    N_("cannot redefine existing array '{}' as a table"),
    N_("cannot redefine existing table '{}' as array-of-tables"),
    N_("begin the file with a front matter like:{}"),
    N_("the engine reads 'title', 'issue', 'date', 'publisher', 'style'; other keys are passed "
       "on to plugins"),
    N_("section '{}' (manuscript line {}) matches no [[section]] entry of the style sheet; "
       "composing it with the default plugin '{}'"),
    N_("add a [[section]] entry with match = \"{}\" to choose its plugin"),
    N_("correct the '#' heading, or the entry's match = \"{}\""),
    N_("no section '{}' in the manuscript {}; this [[section]] entry is not used"),
    N_("plugin '{}' not found: no {} in the plugin search path; did you mean '{}'?"),
    N_("plugin '{}' not found: no {} in the plugin search path"),
    N_("searched {}. {} ({}) - no such folder"),
    N_("searched {}. {} ({})"),
    N_("did you mean '{}'?"),
    N_("unknown key \"{}\" in [{}]; did you mean \"{}\"?"),
    N_("unknown key \"{}\" in [{}]"),
    N_("unknown key \"{}\" in [[{}]]; did you mean \"{}\"?"),
    N_("unknown key \"{}\" in [[{}]]"),
    N_("unknown key \"{}\" at the top level; did you mean \"{}\"?"),
    N_("unknown key \"{}\" at the top level"),
    N_("{}: unknown value \"{}\"; did you mean \"{}\"?"),
    N_("{}: unknown value \"{}\""),
    N_("{}: unknown colour \"{}\"; did you mean \"{}\"?"),
    N_("{}: unknown colour \"{}\""),
    N_("{}: \"{}\" has no unit: write e.g. \"{}pt\", \"{}mm\" or \"{}字\""),
    N_("{}: \"{}\" has no unit: write e.g. \"{}pt\", \"{}mm\""),
    N_("cannot read style sheet \"{}\": {}"),
    N_("{}: {} is outside 0–100 (colours are given in percent of ink)"),
    N_("{} more warnings like this are not shown, the first here: {}"),
    N_("the output is the {} '{}'; writing the PDF there would destroy it"),
};
// NOLINTEND(bugprone-suspicious-missing-comma)

// Words that stand as a part of the messages above and are translated
// there too: where a plugin folder came from, what an input file is. Other
// parts (names, paths, numbers) are the editor's own and stay as written.
[[maybe_unused]] constexpr const char* kPartWords[] = {
    N_("next to the program"),
    N_("install prefix"),
    N_("style sheet plugin_path"),
    N_("manuscript"),
    N_("style sheet"),
    N_("image"),
    N_("wide"),
    N_("tall"),
};

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

// The message ids of the catalog the language chosen reads: its patterns.
// Read from the .mo file itself (the format is gettext's, documented in its
// manual under "The Format of GNU MO Files"), since gettext has no call that
// lists a catalog. Only ids with a {} hole are kept; whole messages are
// looked up by dgettext.
std::vector<std::string> read_patterns(const std::string& mo_path) {
  std::ifstream in(mo_path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> patterns;
  if (bytes.size() < 20) return patterns;
  auto word = [&](std::size_t at, bool swapped) -> std::uint32_t {
    if (at + 4 > bytes.size()) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const auto byte = static_cast<unsigned char>(bytes[at + (swapped ? i : 3 - i)]);
      v = (v << 8) | byte;
    }
    return v;
  };
  const bool swapped = word(0, false) != 0x950412deU;
  if (swapped && word(0, true) != 0x950412deU) return patterns;
  const std::uint32_t count = word(8, swapped);
  const std::uint32_t originals = word(12, swapped);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t length = word(originals + 8 * i, swapped);
    const std::size_t offset = word(originals + 8 * i + 4, swapped);
    if (offset + length > bytes.size()) break;
    std::string id = bytes.substr(offset, length);
    id = id.substr(0, id.find('\0'));  // a plural's second form follows a NUL
    if (id.find("{}") != std::string::npos && id.find('\x04') == std::string::npos)
      patterns.push_back(std::move(id));
  }
  return patterns;
}

// The catalog file gettext reads for the language: LANGUAGE's entries, then
// the LC_MESSAGES locale, each as ll_CC and ll (gettext's own order).
std::string catalog_file(const std::string& locale_dir) {
  std::vector<std::string> names;
  const char* locale = std::setlocale(LC_MESSAGES, nullptr);
  const std::string messages_locale = locale ? locale : "C";
  if (messages_locale != "C" && messages_locale != "POSIX")
    if (const char* language = std::getenv("LANGUAGE"))
      for (std::string_view rest = language; !rest.empty();) {
        const auto colon = rest.find(':');
        names.emplace_back(rest.substr(0, colon));
        rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
      }
  names.push_back(messages_locale);
  for (std::string name : names) {
    name = name.substr(0, name.find_first_of(".@"));
    for (const std::string& candidate : {name, name.substr(0, name.find('_'))}) {
      if (candidate.empty()) continue;
      std::string path = locale_dir + "/" + candidate + "/LC_MESSAGES/" + kTextDomain + ".mo";
      if (std::ifstream(path).good()) return path;
    }
  }
  return "";
}

// A message id of the catalog with a {} hole, with what every text it
// matches begins and ends with (the literal before the first hole and
// after the last), so most patterns are ruled out by two comparisons.
struct Pattern {
  std::string id;
  std::string head, tail;
  std::vector<std::string> inner;  // the literals between holes, in order
  std::size_t literal = 0;         // literal_size(id)
};
std::vector<Pattern> patterns;  // of the bound catalog

Pattern make_pattern(std::string id) {
  Pattern p;
  p.head = id.substr(0, id.find("{}"));
  p.tail = id.substr(id.rfind("{}") + 2);
  for (auto hole = id.find("{}"); hole != std::string::npos;) {
    const auto next = id.find("{}", hole + 2);
    if (next == std::string::npos) break;
    if (next > hole + 2) p.inner.push_back(id.substr(hole + 2, next - hole - 2));
    hole = next;
  }
  p.literal = literal_size(id);
  p.id = std::move(id);
  return p;
}

bool may_match(const Pattern& p, std::string_view text) {
  if (text.size() < p.head.size() + p.tail.size() || text.substr(0, p.head.size()) != p.head ||
      text.substr(text.size() - p.tail.size()) != p.tail)
    return false;
  std::size_t at = p.head.size();
  for (const std::string& literal : p.inner) {
    at = text.find(literal, at);
    if (at == std::string_view::npos) return false;
    at += literal.size();
  }
  return true;
}

// A part of a message is translated too (it may be a phrase made elsewhere,
// "a string \"x\"", or a word like "manuscript"), unless the pattern quotes
// it: quoted parts are the editor's own names and text.
bool quoted_hole(std::string_view pattern, std::size_t hole) {
  if (hole == 0) return false;
  const std::string_view before = pattern.substr(0, hole);
  for (std::string_view quote : {"'", "\"", "“", "‘", "「"})
    if (before.size() >= quote.size() && before.substr(before.size() - quote.size()) == quote)
      return true;
  return false;
}

std::string translate(const std::string& english, int depth);
// From this depth on, a text is not cut into pieces (translate_by_pieces).
constexpr int kNoPieces = 3;

// Whether `text` has an English word to translate (two ASCII letters in a
// row): Chinese text, numbers and punctuation are left as they are at once.
bool has_english_word(std::string_view text) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (letter(text[i]) && letter(text[i + 1])) return true;
  return false;
}

// `english` translated by the most specific pattern that matches it whole;
// nullopt when none does.
std::optional<std::string> translate_by_pattern(const std::string& english, int depth) {
  const std::string* best = nullptr;
  std::size_t best_literal = 0;
  std::vector<std::string> best_parts;
  for (const Pattern& pattern : patterns) {
    if (best && pattern.literal <= best_literal) continue;
    if (!may_match(pattern, english)) continue;
    std::vector<std::string> parts;
    if (!match(pattern.id, english, parts)) continue;
    best = &pattern.id;
    best_literal = pattern.literal;
    best_parts = std::move(parts);
  }
  if (!best) return std::nullopt;
  const std::string translated = tr(*best);
  if (translated == *best) return std::nullopt;
  std::size_t hole = best->find("{}");
  for (auto& part : best_parts) {
    if (!quoted_hole(*best, hole)) part = translate(part, depth + 1);
    hole = best->find("{}", hole + 2);
  }
  return fill(translated, best_parts);
}

// Messages are also joined from pieces made in different places ("unknown
// key \"x\" in [page]" + "; did you mean \"y\"?"): a text that no pattern
// matches whole is cut where a piece may begin, and translated when both
// sides are.
std::optional<std::string> translate_by_pieces(const std::string& english, int depth) {
  for (std::size_t at = english.size(); at-- > 1;) {
    const char c = english[at];
    if (c != ';' && c != ',' && c != '.' && c != ' ' && c != '(' && c != ':') continue;
    const std::string head = english.substr(0, at);
    const std::string tail = english.substr(at);
    // The pieces are not cut again: one cut per message keeps this linear
    // in the message's length (plugin calls prepare messages every render).
    const int piece_depth = std::max(depth + 1, kNoPieces);
    const std::string tail_translated = translate(tail, piece_depth);
    if (tail_translated == tail) continue;
    const std::string head_translated = translate(head, piece_depth);
    if (head_translated == head) continue;
    return head_translated + tail_translated;
  }
  return std::nullopt;
}

// A piece that begins with the punctuation that joined it ("; did you mean
// …", ": a length needs …", " (px is …)"): the punctuation in the editor's
// language, the rest translated.
std::optional<std::string> translate_punctuated(const std::string& english, int depth) {
  struct Joint {
    const char* english;
    const char* translated;
  };
  static const Joint joints[] = {{"; ", N_("; ")}, {", ", N_(", ")}, {": ", N_(": ")}};
  for (const Joint& joint : joints) {
    const std::string_view lead = joint.english;
    if (english.compare(0, lead.size(), lead) != 0) continue;
    const std::string rest = english.substr(lead.size());
    const std::string translated = translate(rest, depth + 1);
    if (translated == rest) return std::nullopt;
    return tr(joint.translated) + translated;
  }
  return std::nullopt;
}

// "styles.body.size: unknown unit …": a message about a key, made
// elsewhere, after the key's name.
std::optional<std::string> translate_after_key(const std::string& english, int depth) {
  const auto colon = english.find(": ");
  if (colon == std::string::npos || colon == 0 || english.find_first_of(" \"'", 0) < colon)
    return std::nullopt;
  const std::string rest = english.substr(colon + 2);
  const std::string translated = translate(rest, depth + 1);
  if (translated == rest) return std::nullopt;
  return english.substr(0, colon) + tr(N_(": ")) + translated;
}

// A list of names as style/suggest.cpp's join_or writes it, "size, width
// or height": the names stay, the words between them are translated.
std::optional<std::string> translate_list(const std::string& english) {
  const auto last = english.rfind(" or ");
  if (last == std::string::npos) return std::nullopt;
  std::vector<std::string> items;
  for (std::size_t from = 0; from < last;) {
    const auto comma = english.find(", ", from);
    const auto end = comma == std::string::npos || comma > last ? last : comma;
    items.push_back(english.substr(from, end - from));
    from = end == last ? last : end + 2;
  }
  items.push_back(english.substr(last + 4));
  for (const std::string& item : items) {
    const bool quoted = item.size() >= 2 && item.front() == '"' && item.back() == '"';
    if (item.empty() || (!quoted && item.find(' ') != std::string::npos)) return std::nullopt;
  }
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? tr(N_(" or ")) : tr(N_(", "));
    out += items[i];
  }
  return out;
}

std::string translate(const std::string& english, int depth) {
  if (english.empty() || depth > 4 || !has_english_word(english)) return english;
  std::string whole = tr(english);
  if (whole != english) return whole;
  if (auto by_pattern = translate_by_pattern(english, depth)) return *by_pattern;
  if (auto after_key = translate_after_key(english, depth)) return *after_key;
  if (auto punctuated = translate_punctuated(english, depth)) return *punctuated;
  if (auto list = translate_list(english)) return *list;
  if (depth < kNoPieces)
    if (auto by_pieces = translate_by_pieces(english, depth)) return *by_pieces;
  return english;
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
  const std::string file = catalog_file(locale_dir);
  patterns.clear();
  if (!file.empty())
    for (std::string& id : read_patterns(file)) patterns.push_back(make_pattern(std::move(id)));
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

namespace {
// Translations already made: a watch's renders and every plugin call prepare
// the same messages again (plugin/plugin_call_guard.cpp). Bounded; shared by
// the threads of a multi-issue render.
std::mutex memo_mutex;
std::unordered_map<std::string, std::string> memo;
constexpr std::size_t kMemoEntries = 4096;
}  // namespace

std::string translate_message(const std::string& english) {
  // Without a catalog every message stays English: the pattern search
  // costs time, and plugin calls prepare several messages each
  // (docs/performance.md).
  if (!has_catalog()) return english;
  if (patterns.empty()) return tr(english);
  {
    const std::lock_guard<std::mutex> lock(memo_mutex);
    if (auto found = memo.find(english); found != memo.end()) return found->second;
  }
  std::string translated = translate(english, 0);
  const std::lock_guard<std::mutex> lock(memo_mutex);
  if (memo.size() >= kMemoEntries) memo.clear();
  memo.emplace(english, translated);
  return translated;
}

}  // namespace paiban
