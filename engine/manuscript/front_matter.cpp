#include "manuscript/front_matter.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include <toml++/toml.h>

#include "base/dates.h"
#include "base/suggest.h"

namespace paiban::manuscript {
namespace {

// The fence may carry trailing blanks, which editors do not show.
bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "+++";
}

const char* const kRequired[] = {"title", "issue", "date"};
// Every key the engine reads (docs/architecture.md); plugins may read more
// (the masthead's `notice`, `permit`), so other keys are allowed unless they
// look like a misspelling of one of these.
const std::vector<std::string> kEngineKeys = {"title", "issue", "date", "publisher", "style"};

const char* example_for(std::string_view key) {
  if (key == "title") return "title = \"许昌竞争情报快递\"";
  if (key == "issue") return "issue = \"2025年第1期\"";
  return "date = 2025-01-06";
}

std::string iso_date(const toml::date& d) {
  return paiban::iso_date(std::chrono::year_month_day{
      std::chrono::year{d.year}, std::chrono::month{d.month}, std::chrono::day{d.day}});
}

class MetaReader {
 public:
  MetaReader(const std::string& path, const SourceText& source, const FrontMatterSplit& split,
             Diagnostics& diags)
      : path_(path), source_(source), split_(split), diags_(diags) {}

  // toml++ counts lines from the start of the text it was given and columns
  // in characters; only the line needs the front matter's offset.
  SourceSpan span_of(const toml::source_position& pos) const {
    if (!pos) return {path_, split_.toml_first_line, 1};
    return {path_, static_cast<int>(pos.line) + split_.toml_first_line - 1,
            static_cast<int>(pos.column)};
  }

  // The value exactly as written ("numbers as written": 1_000, 0x1F, 3.50),
  // cut from the source by the region toml++ records.
  std::string as_written(const toml::node& node) const {
    const toml::source_region& r = node.source();
    if (r.begin && r.end) {
      int offset = split_.toml_first_line - 1;
      std::size_t b = source_.byte_offset(static_cast<int>(r.begin.line) + offset,
                                          static_cast<int>(r.begin.column));
      std::size_t e = source_.byte_offset(static_cast<int>(r.end.line) + offset,
                                          static_cast<int>(r.end.column));
      if (b < e && e <= split_.toml_end) return source_.text().substr(b, e - b);
    }
    std::ostringstream out;
    node.visit([&](const auto& n) { out << n; });
    return out.str();
  }

  void collect(const toml::table& table, const std::string& prefix, IssueMeta& meta) const {
    for (auto&& [key, node] : table) {
      std::string name = prefix + std::string(key.str());
      if (const toml::table* sub = node.as_table()) {
        collect(*sub, name + ".", meta);
      } else if (const auto* s = node.as_string()) {
        meta.fields[name] = s->get();
      } else if (const auto* d = node.as_date()) {
        meta.fields[name] = iso_date(d->get());
      } else {
        meta.fields[name] = as_written(node);
      }
    }
  }

  std::optional<std::string> text_key(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (const auto* s = node->as_string()) return s->get();
    std::string message = "'";
    message.append(key).append("' must be a string");
    diags_.error(span_of(node->source().begin), std::move(message),
                 {std::string("write it in quotes, e.g. ") + example_for(key)});
    return std::nullopt;
  }

  std::optional<std::string> date_key(const toml::table& table) const {
    const toml::node* node = table.get("date");
    if (!node) return std::nullopt;
    if (const auto* d = node->as_date()) return iso_date(d->get());
    if (const auto* dt = node->as_date_time()) return iso_date(dt->get().date);
    if (const auto* s = node->as_string(); s && parse_iso_date(s->get())) return s->get();
    diags_.error(span_of(node->source().begin), "'date' must be a date like 2025-01-06",
                 {"write the date without quotes: date = 2025-01-06"});
    return std::nullopt;
  }

  // A key one slip away from a key the engine reads ("isue", "publsher") is
  // reported where it is written. Returns the keys so misspelt: their own
  // "missing" error would only repeat the point.
  std::set<std::string> report_misspelt_keys(const toml::table& table) const {
    std::set<std::string> meant;
    for (auto&& [key, node] : table) {
      const std::string written(key.str());
      if (std::find(kEngineKeys.begin(), kEngineKeys.end(), written) != kEngineKeys.end()) continue;
      const auto near = closest(written, kEngineKeys);
      if (!near) continue;
      const bool required =
          std::find(std::begin(kRequired), std::end(kRequired), *near) != std::end(kRequired);
      std::string message =
          "unknown front-matter key '" + written + "'; did you mean '" + *near + "'?";
      std::vector<std::string> hints{"the engine reads " + join_keys() +
                                     "; other keys are passed on to plugins"};
      if (required && !table.contains(*near)) {
        diags_.error(span_of(key.source().begin), std::move(message), std::move(hints));
        meant.insert(*near);
      } else {
        diags_.warning(span_of(key.source().begin), std::move(message), std::move(hints));
      }
    }
    return meant;
  }

  static std::string join_keys() {
    std::string out;
    for (const auto& k : kEngineKeys) out += (out.empty() ? "'" : ", '") + k + "'";
    return out;
  }

  void read(const toml::table& table, IssueMeta& meta) const {
    collect(table, "", meta);
    const std::set<std::string> misspelt = report_misspelt_keys(table);
    SourceSpan fence{path_, 1, 1};
    for (const char* key : kRequired) {
      if (table.contains(key) || misspelt.count(key)) continue;
      diags_.error(fence, std::string("front matter has no '") + key + "' key",
                   {std::string("add ") + example_for(key) + " between the +++ lines"});
    }
    meta.title = text_key(table, "title").value_or("");
    meta.issue = text_key(table, "issue").value_or("");
    meta.publisher = text_key(table, "publisher").value_or("");
    meta.date = date_key(table).value_or("");
  }

 private:
  const std::string& path_;
  const SourceText& source_;
  const FrontMatterSplit& split_;
  Diagnostics& diags_;
};

}  // namespace

FrontMatterSplit split_front_matter(const SourceText& source) {
  FrontMatterSplit split;
  if (!is_fence(source.line(1))) return split;
  split.present = true;
  split.toml_first_line = 2;
  split.toml_begin = source.line_offset(2);
  for (int line = 2; line <= source.line_count(); ++line) {
    if (!is_fence(source.line(line))) continue;
    split.closed = true;
    split.toml_end = source.line_offset(line);
    split.body_first_line = line + 1;
    split.body_begin = source.line_offset(line + 1);
    return split;
  }
  split.toml_end = source.text().size();
  split.body_begin = source.text().size();
  return split;
}

void read_front_matter(const std::string& path, const SourceText& source,
                       const FrontMatterSplit& split, IssueMeta& meta, Diagnostics& diags) {
  MetaReader reader(path, source, split, diags);
  std::string_view toml_text =
      std::string_view(source.text()).substr(split.toml_begin, split.toml_end - split.toml_begin);
  try {
    toml::table table = toml::parse(toml_text, std::string_view(path));
    reader.read(table, meta);
  } catch (const toml::parse_error& e) {
    // toml++ reports the TOML text's own line; shift it to the manuscript's.
    diags.error(reader.span_of(e.source().begin),
                "front matter is not valid TOML: " + std::string(e.description()),
                {"the front matter between the +++ lines is TOML: key = \"text\", one per line"});
  }
}

}  // namespace paiban::manuscript
