// Every key of a style sheet, declared once. Validation (validate.cpp), the
// defaults (build_*.cpp) and docs/style-reference.md (reference.cpp) all read
// this list; nothing else knows the key names.
#include "style/schema.h"

#include <deque>

#include "base/limits.h"

namespace paiban::style {
namespace {

using T = ValueType;

// field<&Class::member>: a setter that stores the converted value.
template <auto Member>
struct Field;
template <class C, class F, F C::*Member>
struct Field<Member> {
  static void set(C& target, const Value& v) { target.*Member = v.as<F>(); }
};
template <auto Member>
// A variable template used like a function, hence not kField.
// NOLINTNEXTLINE(readability-identifier-naming)
constexpr auto field = &Field<Member>::set;

template <auto Member>
void master_field(PageDraft& p, const Value& v) {
  Field<Member>::set(p.master, v);
}
template <auto Member>
void header_field(PageDraft& p, const Value& v) {
  Field<Member>::set(p.master.header, v);
}
template <auto Member>
void footer_field(PageDraft& p, const Value& v) {
  Field<Member>::set(p.master.footer, v);
}

void set_font_family(FontDraft& f, const Value& v) {
  f.role.chain = v.as<std::vector<FontSpec>>();
}
void set_font_style(FontDraft& f, const Value& v) {
  f.style = v.as<std::string>();
}
void set_fake_bold(FontDraft& f, const Value& v) {
  f.role.fake_bold = v.as<bool>();
}
void set_preset(PageDraft& p, const Value& v) {
  p.preset = v.as<std::string>();
}
void set_width(PageDraft& p, const Value& v) {
  p.width = v.as<Length>();
}
void set_height(PageDraft& p, const Value& v) {
  p.height = v.as<Length>();
}
void set_grid_chars(PageDraft& p, const Value& v) {
  p.grid_chars = v.as<int>();
}
void set_grid_lines(PageDraft& p, const Value& v) {
  p.grid_lines = v.as<int>();
}

std::vector<KeyDecl> sheet_declarations();

// [limits]: one integer key per run limit (base/limits.h), with its bounds
// and default from there; the builder reads them itself (build_limits).
void add_limit_decls(std::vector<KeyDecl>& list) {
  static std::deque<std::string> text;  // the views below point into it
  list.push_back({.path = "limits",
                  .type = T::table,
                  .help = "What one run may cost, so that a hostile or careless input stops "
                          "with an error naming the limit instead of exhausting the stack, the "
                          "memory or the clock. Each key is also a command-line setting of "
                          "render, check and watch, `--limit NAME=VALUE`, which wins over the "
                          "sheet. The defaults suit any real newsletter; the maxima keep a "
                          "raised limit safe. One more limit is a command-line setting only: "
                          "`--limit input_file_mib=N`, the largest input file read (manuscript, "
                          "style sheets, images, profiles), 256 MiB by default, 1 to 2048; the "
                          "sheet cannot set it because it governs reading the sheet itself."});
  for (const LimitDecl& limit : limit_decls()) {
    if (!limit.in_style_sheet) continue;
    const std::string& path = text.emplace_back("limits." + std::string(limit.name));
    const std::string& value = text.emplace_back(std::to_string(Limits{}.*limit.member));
    list.push_back({.path = path,
                    .type = T::integer,
                    .default_value = value,
                    .help = limit.help,
                    .min = double(limit.min),
                    .max = double(limit.max)});
  }
}

std::vector<KeyDecl> declarations() {
  auto list = sheet_declarations();
  add_limit_decls(list);
  return list;
}

std::vector<KeyDecl> sheet_declarations() {
  std::vector<std::string_view> presets;
  for (const auto& p : page_presets()) presets.push_back(p.name);
  return {
      // ── top level ──────────────────────────────────────────────────────
      {.path = "extends",
       .type = T::string,
       .default_value = "\"\"",
       .help = "Another style sheet this one builds on, relative to this file. Tables merge key "
               "by key (this file wins); a [[section]] list replaces the inherited one wholesale. "
               "The base may extend another sheet in turn; a cycle is reported."},
      {.path = "plugin_path",
       .type = T::string_list,
       .default_value = "[]",
       .help = "Folders searched for section plugins before the built-in ones, relative to the "
               "style file that names them.",
       .meaning = Meaning::path,
       .set = field<&StyleSheet::plugin_path>},

      // ── [sizes] ────────────────────────────────────────────────────────
      {.path = "sizes",
       .type = T::table,
       .help = "The 号 → point table used wherever a size name appears. Keys are 号 names in "
               "quotes (\"五号\"; \"五\" means the same); values are absolute lengths. Entries "
               "not given keep the ctex \"word\" values listed below."},
      {.path = "sizes.*",
       .type = T::length,
       .help = "The size of one 号 name, in pt, mm, cm or in.",
       .min = 0.01,
       .absolute = true},

      // ── [typography] ───────────────────────────────────────────────────
      {.path = "typography", .type = T::table, .help = "Chinese line-composition rules."},
      {.path = "typography.kinsoku",
       .type = T::enumeration,
       .default_value = "\"strict\"",
       .help = "避头尾 level (clreq prohibition rules, docs/typography.md R1): basic = clreq basic "
               "set; gb = basic + no solidus at line end; strict = gb + no —— or …… at line "
               "start.",
       .choices = {"basic", "gb", "strict"},
       .set = field<&Typography::kinsoku>},
      {.path = "typography.punctuation",
       .type = T::enumeration,
       .default_value = "\"quanjiao\"",
       .help = "Punctuation width style as in xeCJK (R3): quanjiao = full width, adjacent marks "
               "squeezed; kaiming = sentence-end marks full, others half; banjiao = all half; "
               "hangmobanjiao = full, but flush at line start and end.",
       .choices = {"quanjiao", "kaiming", "banjiao", "hangmobanjiao"},
       .set = field<&Typography::punctuation>},
      {.path = "typography.line_end_half",
       .type = T::boolean,
       .default_value = "true",
       .help = "Set a full-width mark at line end in half an em (GB/T 15834 §5.1.10).",
       .set = field<&Typography::line_end_half>},
      {.path = "typography.line_start_trim",
       .type = T::boolean,
       .default_value = "true",
       .help = "An opening bracket or quote at line start loses its leading blank (clreq "
               "punctuation width adjustment).",
       .set = field<&Typography::line_start_trim>},
      {.path = "typography.cjk_latin_space",
       .type = T::number,
       .default_value = "0.25",
       .help = "Gap between Han characters and Latin letters or digits, in em (clreq: up to ¼ "
               "em; R4).",
       .min = 0,
       .max = 1,
       .set = field<&Typography::cjk_latin_space>},
      {.path = "typography.cjk_latin_shrink",
       .type = T::number,
       .default_value = "0.125",
       .help = "The least that Han–Latin gap may shrink to when a line is tight, in em.",
       .min = 0,
       .max = 1,
       .set = field<&Typography::cjk_latin_shrink>},
      {.path = "typography.cjk_latin_stretch",
       .type = T::number,
       .default_value = "0.3333",
       .help = "The most that Han–Latin gap may stretch to when a line is loose, in em.",
       .min = 0,
       .max = 1,
       .set = field<&Typography::cjk_latin_stretch>},
      {.path = "typography.cjk_stretch",
       .type = T::number,
       .default_value = "0.1",
       .help = "Space that may be added between two Han characters before a line counts as "
               "loose, in em (R5).",
       .min = 0,
       .max = 1,
       .set = field<&Typography::cjk_stretch>},
      {.path = "typography.cjk_stretch_max",
       .type = T::number,
       .default_value = "0.125",
       .help = "The most space justification may add between two CJK characters, in em: a line "
               "that needs more is set flush left at its natural spacing (and reported by "
               "--report), never letter-spaced.",
       .min = 0,
       .max = 1,
       .set = field<&Typography::cjk_stretch_max>},
      {.path = "typography.word_space_max",
       .type = T::number,
       .default_value = "0.5",
       .help = "The widest a Latin word space may become when a line is justified, in em; the "
               "same flush-left rule as cjk_stretch_max applies beyond it.",
       .min = 0,
       .max = 2,
       .set = field<&Typography::word_space_max>},
      {.path = "typography.hyphenate",
       .type = T::boolean,
       .default_value = "true",
       .help = "Hyphenate Latin words with the en-US patterns of libhyphen (Debian hyphen-en-us); "
               "never inside URLs, e-mail addresses, code, or words with a capital inside.",
       .set = field<&Typography::hyphenate>},
      {.path = "typography.hyphen_min_before",
       .type = T::integer,
       .default_value = "2",
       .help = "Letters a hyphenated word keeps before the hyphen.",
       .min = 1,
       .max = 10,
       .set = field<&Typography::hyphen_min_before>},
      {.path = "typography.hyphen_min_after",
       .type = T::integer,
       .default_value = "3",
       .help = "Letters a hyphenated word carries to the next line.",
       .min = 1,
       .max = 10,
       .set = field<&Typography::hyphen_min_after>},
      {.path = "typography.missing_glyph",
       .type = T::enumeration,
       .default_value = "\"error\"",
       .help = "A character that no installed font has: error = the run fails naming the code "
               "point and file:line:col; warn = a warning, and the style font's placeholder box "
               "is printed.",
       .choices = {"error", "warn"},
       .set = field<&Typography::missing_glyph>},
      {.path = "typography.hanging_punctuation",
       .type = T::boolean,
       .default_value = "false",
       .help = "Let one 、，。 hang into the margin at line end (R6; most Chinese publications do "
               "not).",
       .set = field<&Typography::hanging_punctuation>},
      {.path = "typography.min_last_line_chars",
       .type = T::integer,
       .default_value = "2",
       .help = "孤字 rule: Han characters a paragraph's last line must hold (R8); 0 turns the rule "
               "off.",
       .min = 0,
       .max = 10,
       .set = field<&Typography::min_last_line_chars>},
      {.path = "typography.widows",
       .type = T::integer,
       .default_value = "2",
       .help = "Lines of a paragraph kept together at the top of a column.",
       .min = 1,
       .max = 10,
       .set = field<&Typography::widows>},
      {.path = "typography.orphans",
       .type = T::integer,
       .default_value = "2",
       .help = "Lines of a paragraph kept together at the foot of a column.",
       .min = 1,
       .max = 10,
       .set = field<&Typography::orphans>},
      {.path = "typography.line_grid",
       .type = T::boolean,
       .default_value = "true",
       .help = "Put body baselines on the grid of the body line height, in every column (R7).",
       .set = field<&Typography::line_grid>},
      {.path = "typography.bullets",
       .type = T::string_list,
       .default_value = "[\"●\", \"○\", \"■\"]",
       .help = "Markers of bulleted lists, one per nesting level; deeper levels repeat the last. "
               "Keep them unlike the interpunct · of names (克里斯托弗·诺兰): in CJK fonts • is "
               "hardly larger than ·.",
       .set = field<&Typography::bullets>},
      {.path = "typography.bullet_scale",
       .type = T::number,
       .default_value = "0.5",
       .help = "Size of bullets as a share of the item's text size, centred on its em box "
               "(a full-size ● is too heavy beside text).",
       .min = 0.1,
       .max = 1,
       .set = field<&Typography::bullet_scale>},
      {.path = "typography.numbering",
       .type = T::string_list,
       .default_value = "[\"1.\", \"（1）\", \"①\"]",
       .help = "Markers of ordered lists, one per nesting level; deeper levels repeat the last. "
               "The first of 1 ① a A i I 一 in a marker stands for the item's number in that "
               "form (\"第一\" → 第一 第二 …); other characters are kept.",
       .set = field<&Typography::numbering>},
      {.path = "typography.list_indent",
       .type = T::length,
       .default_value = "\"2字\"",
       .help = "How far each list level's text stands right of the level around it, at "
               "least; a list whose widest marker and the gap need more takes that for all "
               "its items. Wrapped lines hang under the text, markers stand flush right "
               "before it. However deep the nesting, the text keeps half the measure; a "
               "marker with no room before it takes a line of its own.",
       .min = 0,
       .set = field<&Typography::list_indent>},
      {.path = "typography.list_marker_gap",
       .type = T::length,
       .default_value = "\"0.5字\"",
       .help = "The space between a list's widest marker and its items' text; every item's "
               "text starts at one x, whatever its marker's width ((9) and (10) line up).",
       .min = 0,
       .set = field<&Typography::list_marker_gap>},
      {.path = "typography.list_item_space",
       .type = T::length,
       .default_value = "\"0\"",
       .help = "Space above each list item but the first; rounded to whole grid lines when the "
               "line grid is on.",
       .min = 0,
       .set = field<&Typography::list_item_space>},
      {.path = "typography.code_continuation",
       .type = T::string,
       .default_value = "\"⏎\"",
       .help = "Mark at the end of a code line broken at the measure; it is not part of the "
               "text a reader copies. Empty = none.",
       .set = field<&Typography::code_continuation>},
      {.path = "typography.footnote_numbering",
       .type = T::string,
       .default_value = "\"①\"",
       .help = "Form of footnote numbers, as in `numbering` (\"①\" → ① ② …, \"1\" → 1 2 …, "
               "\"[1]\" → [1] [2] …). The mark is set superscript after the text it notes; the "
               "note at the foot of the page begins with the same number at full size, in the "
               "`footnote` text style.",
       .set = field<&Typography::footnote_numbering>},
      {.path = "typography.footnote_restart",
       .type = T::enumeration,
       .default_value = "\"article\"",
       .help = "Where footnote numbers start again at 1: issue = numbered through the issue; "
               "article = again after every section and article title; page = again on every "
               "page (the pages are laid out again until every mark shows its number on its "
               "page; a mark whose wider number would move it keeps its later page). A note "
               "marked twice keeps one number and is printed once within the scope; per page, a "
               "later page prints it again under its own number (docs/typography.md R15).",
       .choices = {"issue", "article", "page"},
       .set = field<&Typography::footnote_restart>},
      {.path = "typography.footnote_place",
       .type = T::enumeration,
       .default_value = "\"page\"",
       .help = "Where footnotes stand: page = at the foot of the page, across the type area; "
               "column = at the foot of the column their mark stands in, at the column's "
               "measure (a section without columns is one column across the type area). The "
               "notes end on the page's last line, or under their section's last lines when "
               "another section follows on the page. The column's text room shrinks by its "
               "notes; a note that does not fit goes on at the foot of the next column, or of "
               "the next page's first column (across all columns when it was set wider than "
               "they are).",
       .choices = {"page", "column"},
       .set = field<&Typography::footnote_place>},
      {.path = "typography.footnote_rule",
       .type = T::length,
       .default_value = "\"60pt\"",
       .help = "Length of the short rule over the footnotes (a note continued from the page or "
               "column before gets a rule across its width); never longer than the notes' "
               "width. A note that does not fit goes on at the next page's or column's foot.",
       .min = 0,
       .set = field<&Typography::footnote_rule>},
      {.path = "typography.table_continued",
       .type = T::string,
       .default_value = "\"续表\"",
       .help = "Label over a table's header rows where they are repeated after a column or page "
               "break, followed by the table's number (续表2); empty = the header repeats "
               "without a label. Every section plugin that sets the manuscript's tables follows "
               "it unless its own options say otherwise (data_brief: `continued`).",
       .set = field<&Typography::table_continued>},
      {.path = "typography.table_caption",
       .type = T::enumeration,
       .default_value = "\"before\"",
       .help = "Where a table's caption stands in the manuscript: before = the paragraph right "
               "before the table, after = the paragraph right after it, when it begins with 表 "
               "and a number or a separator (\"表1 …\", \"表：…\"). The caption is set above the "
               "table either way, numbered by the issue's count of tables. Every section plugin "
               "that sets the manuscript's tables follows it unless its own options say "
               "otherwise (data_brief: `caption`).",
       .choices = {"before", "after"},
       .set = field<&Typography::table_caption>},
      {.path = "typography.links",
       .type = T::enumeration,
       .default_value = "\"footnote\"",
       .help = "Links in print: footnote = the URL becomes a footnote after the link's text "
               "(not when the text is the URL); inline = the URL follows the text in "
               "parentheses; text = only the text. Every link is also a PDF link annotation "
               "over its text.",
       .choices = {"footnote", "inline", "text"},
       .set = field<&Typography::links>},

      // ── [fonts.<role>] ─────────────────────────────────────────────────
      {.path = "fonts",
       .type = T::table,
       .help = "Font roles. Styles name a role (\"song\", \"hei\", \"kai\", …), never a font "
               "file; each role is a chain of families tried in order for every character."},
      {.path = "fonts.*", .type = T::table, .help = "One font role; the key is its name."},
      {.path = "fonts.*.style",
       .type = T::string,
       .default_value = "\"Regular\"",
       .help = "fontconfig style for chain entries that give only a family (\"Regular\", "
               "\"Bold\").",
       .set = set_font_style},
      {.path = "fonts.*.family",
       .type = T::font_chain,
       .help = "fontconfig family names, first choice first: \"Noto Serif CJK SC\" or "
               "[\"Noto Serif CJK SC\", { family = \"LXGW WenKai\", style = \"Regular\" }].",
       .required = true,
       .set = set_font_family},
      {.path = "fonts.*.fake_bold",
       .type = T::boolean,
       .default_value = "false",
       .help = "Embolden by stroking the outlines, for single-weight families (docs/typography.md "
               "R13).",
       .set = set_fake_bold},

      // ── [colors] ───────────────────────────────────────────────────────
      {.path = "colors",
       .type = T::table,
       .help = "Named colours for styles and plugins. black and white are predefined."},
      {.path = "colors.*",
       .type = T::color,
       .help = "A colour given by its inks: { c = 0, m = 0, y = 0, k = 100 } or \"cmyk(0,0,0,100)"
               "\" (percent), { gray = 60 } or \"gray(60)\", or a spot colour { spot = \"PANTONE "
               "185 C\", cmyk = [0, 91, 76, 0], tint = 100 }. RGB is refused: the print shop "
               "needs CMYK."},

      // ── [styles.<name>] ────────────────────────────────────────────────
      {.path = "styles",
       .type = T::table,
       .help = "Paragraph styles, by name. body, h1 and h2 always exist, and so do the built-in "
               "styles listed below. A key not given is taken from the based_on style; em and 字 "
               "are re-read at this style's own size."},
      {.path = "styles.*", .type = T::table, .help = "One paragraph style; the key is its name."},
      {.path = "styles.*.based_on",
       .type = T::string,
       .default_value = "\"body\"",
       .help = "The style this one takes unset keys from (body takes them from these defaults).",
       .meaning = Meaning::style_name},
      {.path = "styles.*.font",
       .type = T::string,
       .default_value = "\"song\"",
       .help = "Font role for Han characters and punctuation.",
       .meaning = Meaning::font_role,
       .set = field<&TextStyle::font>},
      {.path = "styles.*.latin_font",
       .type = T::string,
       .default_value = "\"\"",
       .help = "Font role for Latin letters and digits; \"\" uses `font`.",
       .meaning = Meaning::font_role,
       .set = field<&TextStyle::latin_font>},
      {.path = "styles.*.size",
       .type = T::size,
       .default_value = "\"五号\"",
       .help = "Font size. In this key em and 字 mean the size of the based_on style.",
       .set = field<&TextStyle::size>},
      {.path = "styles.*.line_height",
       .type = T::length,
       .default_value = "\"1.6em\"",
       .help = "Baseline to baseline (行距 = size + gap; clreq: gap 50–100 % of the size). "
               "Must be larger than 0 and at least the size unless tight_leading is set.",
       .min = 0,
       .max = 1000,
       .set = field<&TextStyle::line_height>},
      {.path = "styles.*.tight_leading",
       .type = T::boolean,
       .default_value = "false",
       .help = "Allow a line_height smaller than the size (display type set tighter than solid; "
               "lines may touch).",
       .set = field<&TextStyle::tight_leading>},
      {.path = "styles.*.first_line_indent",
       .type = T::length,
       .default_value = "\"2字\"",
       .help = "Indent of every paragraph's first line (R6: 2字 on every paragraph). Negative "
               "values hang the first line.",
       .set = field<&TextStyle::first_line_indent>},
      {.path = "styles.*.left_indent",
       .type = T::length,
       .default_value = "\"0\"",
       .help = "Indent of every line from the start edge.",
       .min = 0,
       .set = field<&TextStyle::left_indent>},
      {.path = "styles.*.space_before",
       .type = T::length,
       .default_value = "\"0\"",
       .help = "Space above the paragraph; rounded to whole grid lines when the line grid is on.",
       .min = 0,
       .set = field<&TextStyle::space_before>},
      {.path = "styles.*.space_after",
       .type = T::length,
       .default_value = "\"0\"",
       .help = "Space below the paragraph; rounded to whole grid lines when the line grid is on.",
       .min = 0,
       .set = field<&TextStyle::space_after>},
      {.path = "styles.*.align",
       .type = T::enumeration,
       .default_value = "\"justify\"",
       .help = "Line alignment; justify sets every line but the last flush on both sides (R5).",
       .choices = {"justify", "left", "center", "right"},
       .set = field<&TextStyle::align>},
      {.path = "styles.*.color",
       .type = T::color,
       .default_value = "\"black\"",
       .help = "Text colour (body text should stay 100 % K).",
       .set = field<&TextStyle::color>},
      {.path = "styles.*.background",
       .type = T::string,
       .default_value = "\"\"",
       .help = "A [colors] name laid behind the paragraph's lines across the whole measure "
               "(code blocks); empty = none.",
       .set = field<&TextStyle::background>},
      {.path = "styles.*.keep_with_next",
       .type = T::boolean,
       .default_value = "false",
       .help = "Never end a column after this paragraph (headings: R9).",
       .set = field<&TextStyle::keep_with_next>},

      // ── [page] ─────────────────────────────────────────────────────────
      {.path = "page",
       .type = T::table,
       .help = "Page defaults: every [masters.*] page takes the keys it does not set from here. "
               "em and 字 here mean the body size."},
      {.path = "page.size",
       .type = T::enumeration,
       .default_value = "\"A4\"",
       .help = "Trimmed page size by name (A4 = 210 × 297 mm, 16开 = 188 × 260 mm, 大16开 = 210 "
               "× 285 mm).",
       .choices = presets,
       .set = set_preset},
      {.path = "page.width",
       .type = T::length,
       .help = "Trimmed page width; overrides `size`. 20–1000 mm: what sheet-fed presses "
               "print and trim.",
       .min = 56.6929,
       .max = 2834.65,
       .set = set_width},
      {.path = "page.height",
       .type = T::length,
       .help = "Trimmed page height; overrides `size`. 20–1000 mm.",
       .min = 56.6929,
       .max = 2834.65,
       .set = set_height},
      {.path = "page.margins",
       .type = T::table,
       .help = "Margins from the trimmed page edge to the type area (版心)."},
      {.path = "page.margins.top",
       .type = T::length,
       .default_value = "\"20mm\"",
       .help = "Top margin.",
       .min = 0,
       .set = master_field<&PageMaster::margin_top>},
      {.path = "page.margins.bottom",
       .type = T::length,
       .default_value = "\"20mm\"",
       .help = "Bottom margin.",
       .min = 0,
       .set = master_field<&PageMaster::margin_bottom>},
      {.path = "page.margins.inner",
       .type = T::length,
       .default_value = "\"20mm\"",
       .help = "Margin at the binding edge (left on right-hand pages).",
       .min = 0,
       .set = master_field<&PageMaster::margin_inner>},
      {.path = "page.margins.outer",
       .type = T::length,
       .default_value = "\"20mm\"",
       .help = "Margin at the fore-edge.",
       .min = 0,
       .set = master_field<&PageMaster::margin_outer>},
      {.path = "page.grid",
       .type = T::table,
       .help = "Size the type area on the character grid (R7). When chars or lines is set, the "
               "margins on that axis that are not given are computed to fit, centring the type "
               "area when neither is given."},
      {.path = "page.grid.chars",
       .type = T::integer,
       .default_value = "0",
       .help = "Type-area width in body characters (46 at 五号 = 170.4 mm); 0 = use the margins. "
               "Each column must stay at least 4 characters wide.",
       .min = 0,
       .max = 200,
       .set = set_grid_chars},
      {.path = "page.grid.lines",
       .type = T::integer,
       .default_value = "0",
       .help = "Type-area height in body lines: size + (lines − 1) × line_height; 0 = use the "
               "margins.",
       .min = 0,
       .max = 300,
       .set = set_grid_lines},
      {.path = "page.columns",
       .type = T::integer,
       .default_value = "1",
       .help = "Columns of the type area (a section plugin may ask for others).",
       .min = 1,
       .max = 8,
       .set = master_field<&PageMaster::columns>},
      {.path = "page.column_gap",
       .type = T::length,
       .default_value = "\"2字\"",
       .help = "Gap between columns (clreq: a whole number of characters).",
       .min = 0,
       .set = master_field<&PageMaster::column_gap>},
      {.path = "page.column_rule",
       .type = T::boolean,
       .default_value = "false",
       .help = "A hairline in the middle of each column gap.",
       .set = master_field<&PageMaster::column_rule>},
      {.path = "page.header",
       .type = T::table,
       .help = "The running head above the type area. Templates may use {title} (newsletter "
               "name), {issue} (期号), {date}, {section} and {page}."},
      {.path = "page.header.enabled",
       .type = T::boolean,
       .default_value = "true",
       .help = "Print the running head on this page.",
       .set = header_field<&RunningLine::enabled>},
      {.path = "page.header.style",
       .type = T::string,
       .default_value = "\"running_head\"",
       .help = "Paragraph style of the running head.",
       .meaning = Meaning::style_name,
       .set = header_field<&RunningLine::style>},
      {.path = "page.header.left",
       .type = T::string,
       .default_value = "\"{title}\"",
       .help = "Text at the left end.",
       .meaning = Meaning::template_text,
       .set = header_field<&RunningLine::left>},
      {.path = "page.header.center",
       .type = T::string,
       .default_value = "\"\"",
       .help = "Text in the middle.",
       .meaning = Meaning::template_text,
       .set = header_field<&RunningLine::center>},
      {.path = "page.header.right",
       .type = T::string,
       .default_value = "\"{issue}\"",
       .help = "Text at the right end.",
       .meaning = Meaning::template_text,
       .set = header_field<&RunningLine::right>},
      {.path = "page.header.rule",
       .type = T::boolean,
       .default_value = "false",
       .help = "A rule under the running head.",
       .set = header_field<&RunningLine::rule>},
      {.path = "page.header.rule_width",
       .type = T::length,
       .default_value = "\"0.5pt\"",
       .help = "Thickness of that rule.",
       .min = 0,
       .set = header_field<&RunningLine::rule_width>},
      {.path = "page.header.offset",
       .type = T::length,
       .default_value = "\"8mm\"",
       .help = "From the top of the type area up to the running head's baseline.",
       .min = 0,
       .set = header_field<&RunningLine::offset>},
      {.path = "page.footer",
       .type = T::table,
       .help = "The running foot below the type area, where the folio ({page}) goes. Same "
               "templates as the header."},
      {.path = "page.footer.enabled",
       .type = T::boolean,
       .default_value = "true",
       .help = "Print the running foot on this page.",
       .set = footer_field<&RunningLine::enabled>},
      {.path = "page.footer.style",
       .type = T::string,
       .default_value = "\"folio\"",
       .help = "Paragraph style of the running foot.",
       .meaning = Meaning::style_name,
       .set = footer_field<&RunningLine::style>},
      {.path = "page.footer.left",
       .type = T::string,
       .default_value = "\"\"",
       .help = "Text at the left end.",
       .meaning = Meaning::template_text,
       .set = footer_field<&RunningLine::left>},
      {.path = "page.footer.center",
       .type = T::string,
       .default_value = "\"{page}\"",
       .help = "Text in the middle.",
       .meaning = Meaning::template_text,
       .set = footer_field<&RunningLine::center>},
      {.path = "page.footer.right",
       .type = T::string,
       .default_value = "\"\"",
       .help = "Text at the right end.",
       .meaning = Meaning::template_text,
       .set = footer_field<&RunningLine::right>},
      {.path = "page.footer.rule",
       .type = T::boolean,
       .default_value = "false",
       .help = "A rule over the running foot.",
       .set = footer_field<&RunningLine::rule>},
      {.path = "page.footer.rule_width",
       .type = T::length,
       .default_value = "\"0.5pt\"",
       .help = "Thickness of that rule.",
       .min = 0,
       .set = footer_field<&RunningLine::rule_width>},
      {.path = "page.footer.offset",
       .type = T::length,
       .default_value = "\"8mm\"",
       .help = "From the bottom of the type area down to the running foot's baseline.",
       .min = 0,
       .set = footer_field<&RunningLine::offset>},

      // ── [masters.<name>] ───────────────────────────────────────────────
      {.path = "masters",
       .type = T::table,
       .help = "Page masters. first (the issue's first page), left (verso) and right (recto) "
               "always exist; a section may ask for a master by any other name."},
      {.path = "masters.*",
       .type = T::table,
       .help = "One page master: any [page] key, overriding [page] for pages of this master.",
       .same_as = "page"},

      // ── [print] ────────────────────────────────────────────────────────
      {.path = "print",
       .type = T::table,
       .help = "What the print shop needs (docs/typography.md §4)."},
      {.path = "print.bleed",
       .type = T::length,
       .default_value = "\"3mm\"",
       .help = "Bleed beyond the trimmed edge on each side (出血 3 mm is the norm; at most 20 "
               "mm).",
       .min = 0,
       .max = 56.693,  // 20 mm and rounding
       .set = field<&Print::bleed>},
      {.path = "print.crop_marks",
       .type = T::boolean,
       .default_value = "false",
       .help = "Draw crop marks outside the bleed, in registration colour.",
       .set = field<&Print::crop_marks>},
      {.path = "print.registration_marks",
       .type = T::boolean,
       .default_value = "false",
       .help = "Draw registration targets outside the bleed.",
       .set = field<&Print::registration_marks>},
      {.path = "print.slug",
       .type = T::boolean,
       .default_value = "false",
       .help = "Print a slug line (file, issue, date) outside the bleed.",
       .set = field<&Print::slug>},
      {.path = "print.overprint_black_text",
       .type = T::boolean,
       .default_value = "true",
       .help = "Overprint 100 % K text, as RIPs usually force anyway.",
       .set = field<&Print::overprint_black_text>},
      {.path = "print.output_profile",
       .type = T::string,
       .default_value = "\"\"",
       .help = "ICC output profile, relative to this style file; \"\" = the bundled FOGRA39 "
               "profile.",
       .meaning = Meaning::path,
       .set = field<&Print::output_profile>},
      {.path = "print.output_condition_identifier",
       .type = T::string,
       .default_value = "\"FOGRA39\"",
       .help = "PDF/X OutputConditionIdentifier of that profile.",
       .set = field<&Print::output_condition_identifier>},
      {.path = "print.output_condition",
       .type = T::string,
       .default_value = "\"Offset printing, coated paper (ISO 12647-2:2004)\"",
       .help = "Human-readable output condition.",
       .set = field<&Print::output_condition>},
      {.path = "print.output",
       .type = T::enumeration,
       .default_value = "\"press\"",
       .help = "What the PDF is for. press = a PDF/X-4 file for the print shop: links are "
               "printed as `[typography] links` says and are not clickable, because PDF/X "
               "allows no link annotations on the printed page. screen = a PDF for reading on "
               "screen: every link is also a clickable /Link annotation over its text, and the "
               "file does not claim PDF/X. Make a screen copy with a sheet that extends this "
               "one and sets only this key (docs/print.md).",
       .choices = {"press", "screen"},
       .set = field<&Print::output>},

      // ── [[section]] ────────────────────────────────────────────────────
      {.path = "section",
       .type = T::table_array,
       .help = "The issue's sections in order, each bound to a section plugin. A manuscript "
               "section that no entry matches gets the default plugin and a warning."},
      {.path = "section.match",
       .type = T::string,
       .default_value = "\"\"",
       .help = "The manuscript's `#` heading this entry composes (\"编者的话\"); \"\" = a section "
               "built from the front matter alone (a masthead).",
       .set = field<&SectionBinding::match>},
      {.path = "section.plugin",
       .type = T::string,
       .help = "Name of the section plugin.",
       .required = true,
       .set = field<&SectionBinding::plugin>},
      {.path = "section.options",
       .type = T::options,
       .default_value = "{}",
       .help = "The plugin's own options, checked against what the plugin declares.",
       .set = field<&SectionBinding::options>},
      {.path = "section.optional",
       .type = T::boolean,
       .default_value = "false",
       .help = "true: a section that only some issues have (经济数据); an issue without it "
               "gets no warning that the entry is unused.",
       .set = field<&SectionBinding::optional>},
  };
}

}  // namespace

const std::vector<PagePreset>& page_presets() {
  static const std::vector<PagePreset> presets{
      {"A3", 297, 420},   {"A4", 210, 297},     {"A5", 148, 210},         {"B5", 176, 250},
      {"16开", 188, 260}, {"大16开", 210, 285}, {"letter", 215.9, 279.4},
  };
  return presets;
}

const std::vector<std::string>& template_fields() {
  static const std::vector<std::string> fields{"title", "issue", "date", "section", "page"};
  return fields;
}

const std::vector<KeyDecl>& schema() {
  static const std::vector<KeyDecl> decls = [] {
    auto list = declarations();
    for (auto& d : list) d.segments = split_key_path(d.path);
    return list;
  }();
  return decls;
}

}  // namespace paiban::style
