// SDK. The Document: what a manuscript says, with no word about how it looks.
// Produced by the manuscript stage from Markdown + TOML front matter; read by
// plugins (through a read-only view) and the composer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "paiban/source.h"

namespace paiban {

// A run of inline text with one set of inline styles. Soft line breaks of the
// source are kept as their own kind: Chinese joins lines without a space,
// Latin joins them with one, and only the text stage can tell which applies.
struct InlineRun {
  // note (SDK v2): a footnote's mark. `note` holds the note's text; the
  // engine numbers the mark (per article, issue or page), sets it
  // superscript where it stands and the note at the foot of the page or of
  // the mark's column, as the style says (a long one goes on at the next
  // foot). `text` is ignored: the number comes from the style.
  enum class Kind { text, soft_break, hard_break, note };
  Kind kind = Kind::text;
  std::string text;  // UTF-8; empty for breaks
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  // Decorations (SDK v2). Drawn by the engine over the glyphs of the run,
  // line by line; a decoration never changes where lines break.
  bool strikethrough = false;   // a line through the middle of the em box (~~text~~)
  bool underline = false;       // a line under the glyphs
  bool emphasis_dots = false;   // 着重号: a dot under each Han character (not punctuation)
  std::string color;            // a colour name from the sheet's [colors]; empty = the style's
  std::string link;             // the link target (URL) as written; empty = not a link
  std::vector<InlineRun> note;  // Kind::note: the note's text (marks inside it are not followed)
  SourceSpan span;
};

// A GFM table as written in the manuscript (SDK v2). Plugins decide how it
// looks; paiban/blocks.h sets it as a 三线表 through Composer::table.
struct TableCellText {
  std::vector<InlineRun> inlines;
  SourceSpan span;
};

struct TableRowText {
  std::vector<TableCellText> cells;  // as many as the table has columns
  bool header = false;               // the row above the |---| delimiter
  SourceSpan span;
};

struct Block {
  enum class Kind {
    paragraph,       // inlines
    heading,         // inlines; level >= 3 (levels 1 and 2 make sections and articles)
    quote,           // children
    list,            // children are list items; `ordered`
    list_item,       // children
    figure,          // image_path, inlines = caption
    thematic_break,  // ---
    page_break,      // an HTML comment <!-- pagebreak --> on its own
    column_break,    // <!-- columnbreak -->
    code_block,      // inlines: one code run per source line, hard breaks between
    table,           // table_rows, table_align (SDK v2)
  };
  // A list item's task box (`- [ ]` / `- [x]`, SDK v2).
  enum class Task { none, open, done };
  // A table column's alignment from its delimiter row (|:--|:-:|--:|).
  enum class ColumnAlign { none, left, center, right };
  Kind kind = Kind::paragraph;
  int level = 0;
  bool ordered = false;
  int start = 1;           // list: the number its first item carries ("3." starts at 3)
  Task task = Task::none;  // list_item only
  std::vector<InlineRun> inlines;
  std::vector<Block> children;
  std::string image_path;                // as written in the manuscript, relative to it
  std::vector<TableRowText> table_rows;  // table only: header rows first
  std::vector<ColumnAlign> table_align;  // table only: one per column
  SourceSpan span;
};

// An article starts at a `##` heading. Text between a `#` section heading and
// its first `##` forms an article with an empty title.
struct Article {
  std::vector<InlineRun> title;
  std::string title_text;  // plain text of `title`
  std::vector<Block> blocks;
  SourceSpan span;
};

// A section starts at a `#` heading. Text before the first `#` forms a
// section with an empty title.
struct Section {
  std::string title;  // plain text, e.g. "编者的话"
  std::vector<Article> articles;
  SourceSpan span;
};

// Issue metadata from the TOML front matter between `+++` lines.
struct IssueMeta {
  std::string title;      // newsletter name, 《…》 not included
  std::string issue;      // 期号 text, e.g. "2025年第1期"
  std::string date;       // ISO date, e.g. "2025-01-06"
  std::string publisher;  // 编印单位
  // Every front-matter key as written (strings, numbers and dates as text),
  // including the four above, so plugins can use fields the engine does
  // not know (准印证 number, 发送对象, …).
  std::map<std::string, std::string> fields;
};

struct Document {
  std::string path;  // manuscript path as given
  IssueMeta meta;
  std::vector<Section> sections;
};

// Plain text of inline runs: soft breaks between two CJK characters vanish,
// other soft breaks become a space; hard breaks become '\n'.
std::string plain_text(const std::vector<InlineRun>& runs);

}  // namespace paiban
