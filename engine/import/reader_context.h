// State shared by the block and inline readers while one document part
// (the body, or the footnotes) is read.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "import/model.h"
#include "import/numbering.h"
#include "import/package.h"
#include "import/report.h"
#include "import/styles.h"

namespace paiban::import {

// A Word field (HYPERLINK, TOC, PAGE …) spans runs, even paragraphs: begin,
// instruction, separate, result, end.
struct OpenField {
  std::string instruction;
  bool in_result = false;
};

struct ReaderContext {
  const Package& package;
  const std::string& file;  // display name
  Report& report;
  DocxStyles styles;
  Numbering numbering;
  Relationships relationships;  // of the part being read
  std::string image_prefix;
  int* next_footnote = nullptr;

  std::vector<OpenField> fields;
  // Containers inside containers (tables in cells, content controls, text
  // boxes): a hostile file can nest them without end; past this depth the
  // content is left out with an error, not read on an exhausted stack.
  static constexpr int kMaxNesting = 64;
  int nesting = 0;
  bool nesting_reported = false;
  int paragraph_number = 0;
  // Extracted images by part, so one picture used twice is written once.
  std::map<std::string, DocxImage> images;
  int image_count = 0;
  // Notes: w:id in footnotes.xml / endnotes.xml → part node; labels given.
  std::map<std::string, pugi::xml_node> footnote_nodes;
  std::map<std::string, pugi::xml_node> endnote_nodes;
  std::vector<std::pair<std::string, pugi::xml_node>> referenced_notes;  // label, note
  // Inside a note, a mark of another note adds that note to
  // `cited_in_note` (its text goes at the end of the citing note); a mark
  // of a note already placed would make a cycle (a note citing itself
  // reads forever) and is left out.
  bool reading_notes = false;
  std::set<pugi::xml_node> noted;
  std::vector<pugi::xml_node> cited_in_note;
  int note_cycles = 0;
  // Counts for one warning each at the end, not one per run.
  int revisions = 0;
  int format_revisions = 0;
  int comments = 0;
  int underlined = 0;
  int dropped_breaks = 0;
  // Paragraphs with a w:numPr whose numbering definition is missing.
  int unnumbered_list_items = 0;
  bool toc_dropped = false;

  // The caption style and the "图1 …" text mark captions; the reader notes
  // which paragraph used the caption style.
  std::set<int> caption_paragraphs;

  ReaderContext(const Package& p, const std::string& f, Report& r)
      : package(p), file(f), report(r) {}

  bool skipping_field_result() const;
};

// Reads the block-level children of `parent` (w:body, w:tc, w:sdtContent,
// w:txbxContent, a w:footnote) and appends the blocks to `out`.
void read_blocks(ReaderContext& ctx, const pugi::xml_node& parent, std::vector<DocxBlock>& out);

// Reads one paragraph's runs. `base` is the paragraph style's formatting.
// Figures found among the runs split the paragraph: `out` receives the text
// before the image as a paragraph made by `make_paragraph`, then the figure.
struct InlineResult {
  std::vector<Span> spans;               // text after the last image (or all of it)
  std::vector<DocxBlock> blocks_before;  // paragraphs and figures that came first
  std::vector<DocxBlock> text_boxes;     // blocks of text boxes anchored here
};
InlineResult read_inlines(ReaderContext& ctx, const pugi::xml_node& paragraph,
                          const Formatting& base);

// Unicode superscript/subscript forms of `text`; false when some character
// has none (then `out` is unusable).
bool to_script_forms(const std::string& text, bool superscript, std::string& out);

}  // namespace paiban::import
