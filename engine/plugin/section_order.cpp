#include "plugin/section_order.h"

#include <map>

#include "base/suggest.h"
#include "plugin/plugin_registry.h"

namespace paiban::plugin {
namespace {

std::string place(const SourceSpan& span) {
  std::string out = span.file.empty() ? "the style sheet" : span.file;
  if (span.line > 0) {
    out += ':';  // appended piecewise: GCC 12 warns falsely (-Wrestrict) on ":" + to_string()
    out += std::to_string(span.line);
  }
  return out;
}

void warn(Diagnostics& diags, const SourceSpan& span, std::string message,
          std::vector<std::string> hints, std::string plugin, std::string section) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.span = span;
  d.message = std::move(message);
  d.hints = std::move(hints);
  d.plugin = std::move(plugin);
  d.section = std::move(section);
  diags.add(std::move(d));
}

// Which entry composes each manuscript section (rule 1).
std::vector<std::size_t> match_sections(const Document& doc,
                                        const std::vector<style::SectionBinding>& entries) {
  std::vector<std::size_t> entry_of(doc.sections.size(), kNoEntry);
  for (std::size_t s = 0; s < doc.sections.size(); ++s) {
    for (std::size_t e = 0; e < entries.size(); ++e) {
      if (!entries[e].match.empty() && entries[e].match == doc.sections[s].title) {
        entry_of[s] = e;
        break;
      }
    }
  }
  return entry_of;
}

// For each unmatched titled section, the unused entry whose `match` its title
// nearly is ("行业动太" for "行业动态"): almost surely a typo on one side.
std::vector<std::size_t> near_misses(const Document& doc,
                                     const std::vector<style::SectionBinding>& entries,
                                     const std::vector<std::size_t>& entry_of,
                                     const std::vector<bool>& used) {
  std::vector<std::string> unused_matches;
  for (std::size_t e = 0; e < entries.size(); ++e)
    if (!entries[e].match.empty() && !used[e]) unused_matches.push_back(entries[e].match);
  std::vector<std::size_t> near(doc.sections.size(), kNoEntry);
  for (std::size_t s = 0; s < doc.sections.size(); ++s) {
    if (entry_of[s] != kNoEntry || doc.sections[s].title.empty()) continue;
    const auto match = closest(doc.sections[s].title, unused_matches);
    if (!match) continue;
    for (std::size_t e = 0; e < entries.size() && near[s] == kNoEntry; ++e)
      if (!used[e] && entries[e].match == *match) near[s] = e;
  }
  return near;
}

// `explained`: entries a near-miss section title already points at; saying
// again that they match nothing would be a follow-on message.
void warn_unused_entries(const Document& doc, const std::vector<style::SectionBinding>& entries,
                         const std::vector<bool>& used, const std::vector<bool>& explained,
                         Diagnostics& diags) {
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const auto& entry = entries[e];
    if (entry.match.empty() || used[e] || explained[e]) continue;
    if (entry.optional) {
      bool repeated = false;  // a second entry for the same heading is still reported
      for (std::size_t k = 0; k < e; ++k) repeated = repeated || entries[k].match == entry.match;
      if (!repeated) continue;
    }
    std::size_t earlier = kNoEntry;
    for (std::size_t k = 0; k < e && earlier == kNoEntry; ++k)
      if (entries[k].match == entry.match) earlier = k;
    if (earlier != kNoEntry) {
      warn(diags, entry.span,
           "section '" + entry.match + "' is already matched by the [[section]] entry at " +
               place(entries[earlier].span) + "; this entry is not used",
           {"remove one of the two entries"}, entry.plugin, entry.match);
    } else {
      warn(diags, entry.span,
           "no section '" + entry.match + "' in the manuscript" +
               (doc.path.empty() ? std::string() : " " + doc.path) +
               "; this [[section]] entry is not used",
           {"`match` must equal the text of a `#` heading exactly"}, entry.plugin, entry.match);
    }
  }
}

}  // namespace

std::string section_label(const Section& section) {
  return section.title.empty() ? "(text before the first '#' heading)" : section.title;
}

std::vector<Placement> order_sections(const Document& doc, const style::StyleSheet& sheet,
                                      Diagnostics& diags) {
  const auto& entries = sheet.sections;
  const std::vector<std::size_t> entry_of = match_sections(doc, entries);

  std::vector<bool> used(entries.size(), false);
  std::vector<std::size_t> first_section(entries.size(), kNoSection);
  for (std::size_t s = 0; s < entry_of.size(); ++s) {
    if (entry_of[s] == kNoEntry) continue;
    used[entry_of[s]] = true;
    if (first_section[entry_of[s]] == kNoSection) first_section[entry_of[s]] = s;
  }
  const std::vector<std::size_t> near = near_misses(doc, entries, entry_of, used);
  std::vector<bool> explained(entries.size(), false);
  for (std::size_t e : near)
    if (e != kNoEntry) explained[e] = true;
  warn_unused_entries(doc, entries, used, explained, diags);

  // Rule 2: anchor each entry without `match`.
  std::vector<std::size_t> at_start, at_end;
  std::map<std::size_t, std::vector<std::size_t>> before_section;
  bool matched_entry_seen = false;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    if (!entries[e].match.empty()) {
      matched_entry_seen = matched_entry_seen || used[e];
      continue;
    }
    if (!matched_entry_seen) {
      at_start.push_back(e);
      continue;
    }
    std::size_t next = kNoEntry;
    for (std::size_t k = e + 1; k < entries.size() && next == kNoEntry; ++k)
      if (!entries[k].match.empty() && used[k]) next = k;
    if (next == kNoEntry)
      at_end.push_back(e);
    else
      before_section[first_section[next]].push_back(e);
  }

  std::vector<Placement> out;
  for (auto e : at_start) out.push_back({e, kNoSection});
  for (std::size_t s = 0; s < doc.sections.size(); ++s) {
    if (auto it = before_section.find(s); it != before_section.end())
      for (auto e : it->second) out.push_back({e, kNoSection});
    const Section& section = doc.sections[s];
    if (entry_of[s] != kNoEntry) {
      out.push_back({entry_of[s], s});
      continue;
    }
    // An untitled section with nothing in it is an artefact of the
    // manuscript starting with front matter, not text to compose.
    if (section.title.empty() && section.articles.empty()) continue;
    if (near[s] != kNoEntry) {
      const auto& entry = entries[near[s]];
      warn(diags, section.span,
           "section '" + section.title + "' matches no [[section]] entry; did you mean '" +
               entry.match + "' (" + place(entry.span) + ", plugin '" + entry.plugin +
               "')? composing it with the default plugin '" + std::string(kDefaultPlugin) + "'",
           {"correct the '#' heading, or the entry's match = \"" + entry.match + "\""},
           kDefaultPlugin, section.title);
      out.push_back({kNoEntry, s});
      continue;
    }
    warn(diags, section.span,
         "section '" + section_label(section) + "' (manuscript line " +
             std::to_string(section.span.line) +
             ") matches no [[section]] entry of the style sheet; composing it with the default "
             "plugin '" +
             std::string(kDefaultPlugin) + "'",
         {section.title.empty() ? "move the text under a '#' heading"
                                : "add a [[section]] entry with match = \"" + section.title +
                                      "\" to choose its plugin"},
         kDefaultPlugin, section.title);
    out.push_back({kNoEntry, s});
  }
  for (auto e : at_end) out.push_back({e, kNoSection});
  return out;
}

}  // namespace paiban::plugin
