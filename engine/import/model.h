// What a Word document says, read out of its XML and not yet Markdown: the
// import stage's own model (docs/import.md). The render pipeline never sees
// it; the Markdown writer turns it into a manuscript.
#pragma once

#include <string>
#include <vector>

namespace paiban::import {

// A stretch of text with one set of character formats. Word splits runs
// wherever an edit happened; the writer merges equal neighbours.
struct Span {
  enum class Kind { text, line_break, footnote_ref };
  Kind kind = Kind::text;
  std::string text;  // UTF-8; for footnote_ref the note's label ("1", "2", …)
  bool bold = false;
  bool italic = false;
  std::string link;      // URL when the text is a hyperlink
  int half_points = -1;  // font size (w:sz), for telling fake headings
};

struct ListMark {
  int level = 0;  // 0 = top level
  bool ordered = false;
  int start = 1;         // first number of an ordered list
  std::string list_key;  // items with the same key belong to one list
};

struct DocxImage {
  std::string part;       // zip part, e.g. "word/media/image1.png"
  std::string file_name;  // name it gets in the images folder
  // name the manuscript refers to: file_name for PNG/JPEG; for a format
  // paiban cannot place, the .png the editor is asked to convert it to
  std::string manuscript_name;
  std::string format;  // "png", "jpeg", "emf", "wmf", "webp", …
  std::string data;
};

struct DocxBlock {
  enum class Kind { paragraph, heading, list_item, table, figure, quote };
  Kind kind = Kind::paragraph;
  // While reading: Word's level (0 title, 1 = Heading 1 …); after
  // assign_heading_levels: 1 = article title, 2 = its sub-heading, …
  int heading_level = 0;
  bool centered = false;       // w:jc center, for telling fake headings
  bool caption_style = false;  // the paragraph has Word's caption style (题注)
  ListMark list;
  std::vector<Span> spans;  // paragraph, heading, list item; figure caption
  std::vector<std::vector<std::vector<Span>>> rows;  // table: rows of cells
  std::vector<DocxBlock> children;                   // quote: its paragraphs
  DocxImage image;                                   // figure
  int number = 0;  // paragraph number in the document, for messages
};

struct Footnote {
  std::string label;  // "1", "2", … unique in the issue
  std::vector<std::vector<Span>> paragraphs;
};

// One .docx, read.
struct ImportedDocument {
  std::string path;  // as the user named it
  std::vector<DocxBlock> blocks;
  std::vector<Footnote> footnotes;  // in the order they are referenced
  // docProps/core.xml (and custom.xml for 期号)
  std::string title;
  std::string date;  // ISO date, from dcterms:modified or created
  std::string issue;
};

}  // namespace paiban::import

namespace paiban::import {

// The text of spans: line breaks as '\n', note references left out.
std::string plain_text(const std::vector<Span>& spans);

}  // namespace paiban::import
