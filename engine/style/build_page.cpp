// [page] and [masters.<name>]: each master takes the [page] keys it does not
// set. The grid keys size the type area in whole characters and lines
// (docs/typography.md R7) and derive the margins that were not given.
#include <cstdio>

#include "style/build.h"

namespace paiban::style {
namespace {

std::string mm(Length v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f mm", v.to_mm());
  return buf;
}

// The narrowest column that still sets text (a 4-character column is
// already a caption strip).
constexpr int kMinColumnChars = 4;

struct Axis {
  const char* grid_key;  // "chars" / "lines"
  const char* what;      // "wide" / "tall"
  const char* start_key;
  const char* end_key;
};

}  // namespace

void Builder::build_masters() {
  const toml::table* page = table_at({"page"});
  const toml::table* masters = table_at({"masters"});
  {
    // [page] on its own, so that a mistake there is reported even when
    // every master overrides the key.
    PageDraft draft;
    apply(
        "page", "page", [page](const std::vector<std::string>& rest) { return lookup(page, rest); },
        sheet_.units, draft, page);
  }
  std::set<std::string> names{"first", "left", "right"};
  if (masters)
    for (auto&& [key, value] : *masters) names.emplace(key.str());
  for (const auto& name : names) {
    const toml::node* own_node = masters ? masters->get(name) : nullptr;
    const toml::table* own = own_node ? own_node->as_table() : nullptr;
    Finder find = [own, page](const std::vector<std::string>& rest) {
      const toml::node* node = lookup(own, rest);
      return node ? node : lookup(page, rest);
    };
    PageDraft draft;
    draft.master.name = name;
    draft.master.span = own ? span_of(*own) : page ? span_of(*page) : SourceSpan{};
    std::string where = "masters." + display_path({name});
    apply("page", where, find, sheet_.units, draft, own);
    finish_master(draft, find, where);
    sheet_.masters[name] = std::move(draft.master);
  }
}

void Builder::finish_master(PageDraft& draft, const Finder& find, const std::string& where) {
  PageMaster& m = draft.master;
  PagePreset preset = page_presets()[1];  // A4
  for (const auto& p : page_presets())
    if (p.name == draft.preset) preset = p;
  m.width = draft.width.value_or(Length::mm(preset.width_mm));
  m.height = draft.height.value_or(Length::mm(preset.height_mm));

  const TextStyle& body = sheet_.styles.at("body");
  auto fit = [&](int count, Length area, Length total, Length& start, Length& end,
                 const Axis& axis) {
    const toml::node* grid = find({"grid", axis.grid_key});
    const toml::node* start_given = find({"margins", axis.start_key});
    const toml::node* end_given = find({"margins", axis.end_key});
    std::string what = "grid." + std::string(axis.grid_key) + " = " + std::to_string(count) +
                       " makes the type area " + mm(area) + " " + axis.what;
    if (start_given && end_given) {
      report_.error(*grid, what + ", so give only one of margins." + axis.start_key +
                               " and margins." + axis.end_key + " (or neither, to centre it)");
      return;
    }
    if (start_given) {
      end = total - start - area;
    } else if (end_given) {
      start = total - end - area;
    } else {
      start = (total - area) / 2;
      end = total - area - start;
    }
    if (start.sp < 0 || end.sp < 0)
      report_.error(*grid, what + ", which does not fit the page (" + mm(total) + ")" +
                               (start_given || end_given ? " with the margin given" : ""));
  };
  if (draft.grid_chars > 0)
    fit(draft.grid_chars, body.size * draft.grid_chars, m.width, m.margin_inner, m.margin_outer,
        Axis{"chars", "wide", "inner", "outer"});
  if (draft.grid_lines > 0)
    fit(draft.grid_lines, body.size + body.line_height * (draft.grid_lines - 1), m.height,
        m.margin_top, m.margin_bottom, Axis{"lines", "tall", "top", "bottom"});

  // What is left must hold text; point at whatever the editor wrote, once.
  auto complain = [&](std::initializer_list<std::vector<std::string>> keys,
                      const std::string& message) {
    for (const auto& k : keys) {
      if (const toml::node* n = find(k)) {
        report_.error(*n, message);
        return;
      }
    }
    report_.error(m.span, message);
  };
  Length area_width = m.width - m.margin_inner - m.margin_outer;
  Length area_height = m.height - m.margin_top - m.margin_bottom;
  if (area_width.sp <= 0) {
    complain({{"margins", "inner"}, {"margins", "outer"}, {"width"}, {"size"}},
             where + ": the margins leave no type area across the page (" + mm(m.width) + " wide)");
  } else if (area_height.sp <= 0) {
    complain({{"margins", "top"}, {"margins", "bottom"}, {"height"}, {"size"}},
             where + ": the margins leave no type area down the page (" + mm(m.height) + " tall)");
  } else if ((area_width - m.column_gap * (m.columns - 1)).sp <= 0) {
    complain({{"columns"}, {"column_gap"}},
             where + ": " + std::to_string(m.columns) + " columns with gaps of " +
                 mm(m.column_gap) + " do not fit a type area " + mm(area_width) + " wide");
  } else if ((area_width - m.column_gap * (m.columns - 1)) / m.columns <
             body.size * kMinColumnChars) {
    // A column of one or two characters breaks every line at every
    // character: thousands of warnings and no readable page.
    complain({{"grid", "chars"},
              {"columns"},
              {"margins", "inner"},
              {"margins", "outer"},
              {"width"},
              {"size"}},
             where + ": columns " + mm((area_width - m.column_gap * (m.columns - 1)) / m.columns) +
                 " wide hold fewer than " + std::to_string(kMinColumnChars) +
                 " body characters; widen the type area or use fewer columns");
  }
}

}  // namespace paiban::style
