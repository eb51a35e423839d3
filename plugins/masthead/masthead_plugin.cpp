#include "masthead_plugin.h"

#include "paiban/plugin_export.h"

namespace paiban::masthead {
namespace {

// The front-matter keys of the internal-publication marks
// (《内部资料性出版物管理办法》 Art. 14, docs/typography.md §5).
constexpr const char* kNoticeKey = "notice";
constexpr const char* kPermitKey = "permit";

// The frame of the boxed contents: a rule a little heavier than a hairline.
const Length kContentsFrame = Length::pt(0.75);

std::string field(const IssueMeta& meta, const std::string& key) {
  auto it = meta.fields.find(key);
  return it == meta.fields.end() ? std::string() : it->second;
}

bool has_field(const IssueMeta& meta, const std::string& key) {
  return meta.fields.find(key) != meta.fields.end();
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "06" → "6"; "0" stays "0".
std::string without_leading_zeros(const std::string& digits) {
  std::size_t k = 0;
  while (k + 1 < digits.size() && digits[k] == '0') ++k;
  return digits.substr(k);
}

// Everything compose() reads from the options, read once.
struct Settings {
  std::string title_style, issue_style, publisher_style, date_style, notice_style, permit_style;
  std::string band;
  Length band_padding;
  bool show_notice, show_permit, show_issue, show_publisher, show_date;
  std::string permit_label, publisher_label, date_format;
  Length rule;
  std::string rule_color;
  bool show_contents;
  int contents_depth;
  std::string contents_title, contents_frame, contents_color, contents_title_style;
  std::string toc_section_style, toc_entry_style, leader;
};

Settings read_settings(const OptionTable& o) {
  Settings s;
  s.title_style = option_string(o, "title_style", "masthead_title");
  s.issue_style = option_string(o, "issue_style", "masthead_issue");
  s.publisher_style = option_string(o, "publisher_style", "masthead_publisher");
  s.date_style = option_string(o, "date_style", "masthead_date");
  s.notice_style = option_string(o, "notice_style", "masthead_notice");
  s.permit_style = option_string(o, "permit_style", "masthead_permit");
  s.band = option_string(o, "band");
  s.band_padding = option_length(o, "band_padding", Length::pt(4));
  s.show_notice = option_bool(o, "show_notice", true);
  s.show_permit = option_bool(o, "show_permit", true);
  s.show_issue = option_bool(o, "show_issue", true);
  s.show_publisher = option_bool(o, "show_publisher", true);
  s.show_date = option_bool(o, "show_date", true);
  s.permit_label = option_string(o, "permit_label", "准印证号：");
  s.publisher_label = option_string(o, "publisher_label", "编印：");
  s.date_format = option_string(o, "date_format", "chinese");
  s.rule = option_length(o, "rule", Length::pt(2));
  s.rule_color = option_string(o, "rule_color", "black");
  s.show_contents = option_bool(o, "show_contents", true);
  s.contents_depth = static_cast<int>(option_int(o, "contents_depth", 2));
  s.contents_title = option_string(o, "contents_title", "本期要目");
  s.contents_frame = option_string(o, "contents_frame", "box");
  s.contents_color = option_string(o, "contents_color", "black");
  s.contents_title_style = option_string(o, "contents_title_style", "masthead_contents_title");
  s.toc_section_style = option_string(o, "toc_section_style", "toc_section");
  s.toc_entry_style = option_string(o, "toc_entry_style", "toc");
  s.leader = option_string(o, "leader", ".");
  return s;
}

// Two texts on one line, one flush left and one flush right: two columns
// with a column break between them (the Composer has no tab stops). Either
// may be empty; alone, a text is set on its own in its style.
void spread(Composer& c, const std::string& left, const std::string& left_style,
            const std::string& right, const std::string& right_style) {
  if (left.empty() && right.empty()) return;
  if (left.empty()) {
    c.text(right, right_style);
    return;
  }
  if (right.empty()) {
    c.text(left, left_style);
    return;
  }
  ColumnSpec row;
  row.count = 2;
  c.begin_columns(row);
  c.text(left, left_style);
  c.column_break();
  c.text(right, right_style);
  c.end_columns();
}

void contents(Composer& c, const Settings& s) {
  ContentsSpec spec;
  spec.section_style = s.toc_section_style;
  spec.entry_style = s.toc_entry_style;
  spec.leader = s.leader;
  spec.depth = s.contents_depth;
  if (s.contents_frame == "box") {
    // The title sits on a bar of the frame's colour (BoxSpec::title).
    BoxSpec box;
    box.border = s.contents_color;
    box.border_width = kContentsFrame;
    box.title = s.contents_title;
    box.title_style = s.contents_title_style;
    box.title_background = s.contents_color;
    c.begin_box(box);
    c.table_of_contents(spec);
    c.end_box();
    return;
  }
  if (!s.contents_title.empty()) c.text(s.contents_title, s.contents_title_style);
  c.table_of_contents(spec);
}

}  // namespace

std::string chinese_date(const std::string& iso) {
  // YYYY-MM-DD exactly; TOML dates arrive in this form (document.h).
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  const std::string y = iso.substr(0, 4), m = iso.substr(5, 2), d = iso.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return iso;
  return y + "年" + without_leading_zeros(m) + "月" + without_leading_zeros(d) + "日";
}

std::string MastheadPlugin::name() const {
  return "masthead";
}

std::string MastheadPlugin::summary() const {
  return "The first page's 刊头: internal-publication marks, the name in display type, 期号, "
         "publisher and date over a heavy rule, and the issue's contents.";
}

std::vector<OptionDecl> MastheadPlugin::options() const {
  using T = OptionDecl::Type;
  return {
      {"title_style",
       T::style,
       "\"masthead_title\"",
       "text style of the newsletter's name (front matter `title`)",
       {}},
      {"band",
       T::color,
       "",
       "colour of a band behind the name; unset = no band (the name stands on the paper)",
       {}},
      {"band_padding", T::length, "\"4pt\"", "space between the band's edge and the name", {}, 0},
      {"show_notice",
       T::boolean,
       "true",
       "show the front matter's `notice` (「内部资料，免费交流」) above the name",
       {}},
      {"notice_style",
       T::style,
       "\"masthead_notice\"",
       "text style of the notice, set flush right",
       {}},
      {"show_permit",
       T::boolean,
       "true",
       "show the front matter's `permit` (准印证 number) above the name; shown only when the "
       "key exists",
       {}},
      {"permit_label", T::string, "\"准印证号：\"", "text set before the permit number", {}},
      {"permit_style",
       T::style,
       "\"masthead_permit\"",
       "text style of the permit line, set flush left",
       {}},
      {"show_issue", T::boolean, "true", "show the 期号 (front matter `issue`) under the name", {}},
      {"issue_style", T::style, "\"masthead_issue\"", "text style of the 期号 line", {}},
      {"show_publisher",
       T::boolean,
       "true",
       "show the 编印单位 (front matter `publisher`), flush left under the 期号",
       {}},
      {"publisher_label", T::string, "\"编印：\"", "text set before the publisher", {}},
      {"publisher_style",
       T::style,
       "\"masthead_publisher\"",
       "text style of the publisher, set flush left",
       {}},
      {"show_date", T::boolean, "true", "show the date (front matter `date`), flush right", {}},
      {"date_format",
       T::string,
       "\"chinese\"",
       "chinese = 2025年1月6日; as_written = the front matter's text",
       {"chinese", "as_written"}},
      {"date_style", T::style, "\"masthead_date\"", "text style of the date, set flush right", {}},
      {"rule", T::length, "\"2pt\"", "weight of the rule under the masthead; 0 = no rule", {}, 0},
      {"rule_color", T::color, "\"black\"", "colour of that rule", {}},
      {"show_contents", T::boolean, "true", "show the issue's contents with page numbers", {}},
      {"contents_title", T::string, "\"本期要目\"", "heading of the contents; \"\" = none", {}},
      {"contents_frame",
       T::string,
       "\"box\"",
       "box = a frame with the title on a bar of contents_color; plain = title and list only",
       {"box", "plain"}},
      {"contents_color", T::color, "\"black\"", "colour of the contents frame and title bar", {}},
      {"contents_title_style",
       T::style,
       "\"masthead_contents_title\"",
       "text style of the contents title (on the bar when contents_frame = \"box\")",
       {}},
      {"contents_depth",
       T::integer,
       "2",
       "deepest heading level listed: 1 = sections, 2 = and their articles, 3 = and the "
       "headings within articles (indented)",
       {},
       1,
       6},
      {"toc_section_style", T::style, "\"toc_section\"", "text style of a section's line", {}},
      {"toc_entry_style", T::style, "\"toc\"", "text style of an article's line", {}},
      {"leader", T::string, "\".\"", "leader between a title and its page number; \"\" = none", {}},
  };
}

// The styles this plugin names by default, so that it sets its section
// sensibly in any style sheet; the sheet's [styles.<name>] overrides them.
std::vector<TextStyleDecl> MastheadPlugin::text_styles() const {
  const std::pair<std::string, std::string> no_indent{"first_line_indent", "\"0\""};
  return {
      {"masthead_title",
       "the newsletter's name: 黑体小初, centred",
       {{"font", "\"hei\""},
        {"size", "\"小初\""},
        {"line_height", "\"1.4em\""},
        no_indent,
        {"align", "\"center\""}}},
      {"masthead_notice",
       "the notice above the name: 黑体小五, flush right",
       {{"font", "\"hei\""}, {"size", "\"小五\""}, no_indent, {"align", "\"right\""}}},
      {"masthead_permit",
       "the permit line above the name: as the notice, flush left",
       {{"based_on", "\"masthead_notice\""}, {"align", "\"left\""}}},
      {"masthead_issue",
       "the 期号 line: 黑体小四, centred",
       {{"font", "\"hei\""}, {"size", "\"小四\""}, no_indent, {"align", "\"center\""}}},
      {"masthead_publisher", "the publisher line: flush left", {no_indent, {"align", "\"left\""}}},
      {"masthead_date", "the date: flush right", {no_indent, {"align", "\"right\""}}},
      {"masthead_contents_title",
       "the contents' heading: 黑体, flush left",
       {{"font", "\"hei\""}, no_indent, {"align", "\"left\""}}},
      {"toc_section",
       "a section's line in the contents: 黑体, flush left",
       {{"font", "\"hei\""}, no_indent, {"align", "\"left\""}}},
  };
}

void MastheadPlugin::compose(const SectionContext& ctx, Composer& c) {
  const IssueMeta& meta = ctx.document.meta;
  const Settings s = read_settings(ctx.options);

  // 1. The internal-publication marks, above the name: the permit number
  // flush left (only when the front matter has one: never invented), the
  // notice flush right.
  std::string permit, notice;
  if (s.show_permit && has_field(meta, kPermitKey))
    permit = s.permit_label + field(meta, kPermitKey);
  if (s.show_notice) {
    notice = field(meta, kNoticeKey);
    if (notice.empty())
      ctx.report.warning({},
                         "the front matter has no `notice`; an internal publication's cover "
                         "must carry 「内部资料，免费交流」 (内部资料性出版物管理办法 Art. 14)");
  }
  spread(c, permit, s.permit_style, notice, s.notice_style);

  // 2. The name in display type, on a band when one is asked for.
  if (meta.title.empty())
    ctx.report.warning({}, "the front matter has no `title`; the masthead has no name");
  const bool band = !s.band.empty();
  if (band) {
    BoxSpec box;
    box.background = s.band;
    box.padding = s.band_padding;
    box.allow_break = false;
    c.begin_box(box);
  }
  if (!meta.title.empty()) c.text(meta.title, s.title_style);
  if (band) c.end_box();

  // 3. 期号 centred under the name; publisher and date on one line below.
  if (s.show_issue && !meta.issue.empty()) c.text(meta.issue, s.issue_style);
  std::string publisher, date;
  if (s.show_publisher && !meta.publisher.empty()) publisher = s.publisher_label + meta.publisher;
  if (s.show_date && !meta.date.empty())
    date = s.date_format == "chinese" ? chinese_date(meta.date) : meta.date;
  spread(c, publisher, s.publisher_style, date, s.date_style);

  // 4. The heavy rule that closes the masthead, then the contents.
  if (s.rule > Length::zero()) c.rule(s.rule, s.rule_color);
  if (s.show_contents) contents(c, s);
}

}  // namespace paiban::masthead

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::masthead::MastheadPlugin)
