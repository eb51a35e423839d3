#include "import/document_reader.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "import/import_error.h"
#include "import/package.h"
#include "import/reader_context.h"
#include "import/structure.h"
#include "import/xml.h"

namespace paiban::import {
namespace {

// The target of the main part's relationship of `type` ("styles", …).
std::string related_part(const Relationships& rels, const std::string& type) {
  for (const auto& [id, rel] : rels)
    if (rel.type == type && !rel.external) return rel.target;
  return {};
}

void index_notes(const pugi::xml_document& xml, const char* root, const char* item,
                 std::map<std::string, pugi::xml_node>& out) {
  for (pugi::xml_node n : child(xml, root).children()) {
    if (!is(n, item)) continue;
    const std::string type = attr(n, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice")
      continue;
    out[attr(n, "id")] = n;
  }
}

std::string iso_date_prefix(const std::string& w3cdtf) {
  // "2025-01-06T08:00:00Z" → "2025-01-06"
  if (w3cdtf.size() >= 10 && w3cdtf[4] == '-' && w3cdtf[7] == '-') return w3cdtf.substr(0, 10);
  return {};
}

void read_properties(const Package& pkg, ImportedDocument& doc) {
  const Relationships root = pkg.relationships("");
  const std::string core_part = related_part(root, "core-properties");
  const pugi::xml_document core =
      parse_part(pkg, core_part.empty() ? "docProps/core.xml" : core_part, false);
  const pugi::xml_node props = child(core, "coreProperties");
  doc.title = child(props, "title").text().get();
  doc.date = iso_date_prefix(child(props, "modified").text().get());
  if (doc.date.empty()) doc.date = iso_date_prefix(child(props, "created").text().get());
  // 期号 has no standard property; editors can add a custom one.
  const std::string custom_part = related_part(root, "custom-properties");
  const pugi::xml_document custom =
      parse_part(pkg, custom_part.empty() ? "docProps/custom.xml" : custom_part, false);
  for (pugi::xml_node p : child(custom, "Properties").children()) {
    const std::string name = attr(p, "name");
    if (name == "期号" || name == "issue" || name == "Issue") {
      for (pugi::xml_node v : p.children())
        if (v.type() == pugi::node_element) doc.issue = v.text().get();
    }
  }
}

// A note's blocks as the note's paragraphs: a table's text a row a
// paragraph; pictures left out.
void add_note_blocks(ReaderContext& ctx, std::vector<DocxBlock>& blocks, Footnote& note) {
  bool first = true;
  for (auto& b : blocks) {
    if (b.kind == DocxBlock::Kind::figure) {
      ctx.report.warn(ctx.file, 0, "a picture inside note " + note.label + " was left out");
      continue;
    }
    if (b.kind == DocxBlock::Kind::table) {
      // A note is running text: its table's text is kept, a row a
      // paragraph, rather than lost.
      for (auto& row : b.rows) {
        std::vector<Span> line;
        for (auto& cell : row) {
          if (cell.empty()) continue;
          if (!line.empty()) line.push_back(Span{Span::Kind::text, " | ", false, false, {}, -1});
          for (auto& s : cell) line.push_back(std::move(s));
        }
        if (!line.empty()) note.paragraphs.push_back(std::move(line));
      }
      ctx.report.warn(ctx.file, 0,
                      "a table inside note " + note.label +
                          " was set as text, a row a paragraph, its cells separated by ' | '",
                      {"check the note; a note holds running text only"});
      first = false;
      continue;
    }
    // The space or tab Word and LibreOffice put after the note's number
    // is not the note's text.
    if (first) {
      while (!b.spans.empty() && b.spans.front().kind == Span::Kind::text) {
        std::string& t = b.spans.front().text;
        t.erase(0, t.find_first_not_of(" \t"));
        if (!t.empty()) break;
        b.spans.erase(b.spans.begin());
      }
    }
    first = false;
    if (!b.spans.empty()) note.paragraphs.push_back(std::move(b.spans));
  }
}

void read_notes(ReaderContext& ctx, ImportedDocument& doc, const std::string& footnotes_part,
                const std::string& endnotes_part) {
  // A note cannot hold note marks (the manuscript sets none there): a note
  // a note cites is added at the end of the citing note, and a mark of a
  // note already placed (a note citing itself) is left out, so this ends.
  ctx.reading_notes = true;
  for (const auto& [label, node] : ctx.referenced_notes) {
    Footnote note;
    note.label = label;
    std::vector<pugi::xml_node> parts{node};
    for (std::size_t k = 0; k < parts.size(); ++k) {
      ctx.relationships =
          ctx.package.relationships(is(parts[k], "footnote") ? footnotes_part : endnotes_part);
      ctx.cited_in_note.clear();
      std::vector<DocxBlock> blocks;
      read_blocks(ctx, parts[k], blocks);
      for (const auto& cited : ctx.cited_in_note) parts.push_back(cited);
      add_note_blocks(ctx, blocks, note);
    }
    if (parts.size() > 1)
      ctx.report.warn(ctx.file, 0,
                      "note " + label + " cites " + std::to_string(parts.size() - 1) +
                          " other note(s); a note holds no note marks, so their text was added "
                          "at its end",
                      {"check the note"});
    doc.footnotes.push_back(std::move(note));
  }
}

void warn_counts(const ReaderContext& ctx) {
  if (ctx.note_cycles > 0)
    ctx.report.warn(ctx.file, 0,
                    std::to_string(ctx.note_cycles) +
                        " note mark(s) inside notes point back to a note already placed (a "
                        "note citing itself or an earlier note); they were left out",
                    {"check the notes in Word: a note should not cite a note"});
  if (ctx.unnumbered_list_items > 0)
    ctx.report.warn(ctx.file, 0,
                    std::to_string(ctx.unnumbered_list_items) +
                        " paragraph(s) are list items whose numbering definition is missing "
                        "from the document (word/numbering.xml); they became ordinary "
                        "paragraphs without their bullets or numbers",
                    {"open the file in Word or WPS, check the lists and save it again as .docx"});
  if (ctx.revisions > 0)
    ctx.report.warn(ctx.file, 0,
                    "the document has " + std::to_string(ctx.revisions) +
                        " tracked change(s) not yet accepted; the text was imported as if all "
                        "were accepted",
                    {"review them in Word (审阅 → 接受/拒绝) and import again if any should be "
                     "rejected"});
  if (ctx.format_revisions > 0)
    ctx.report.warn(ctx.file, 0,
                    std::to_string(ctx.format_revisions) +
                        " tracked formatting change(s) were imported as accepted");
  if (ctx.comments > 0)
    ctx.report.warn(ctx.file, 0,
                    "the document has " + std::to_string(ctx.comments) +
                        " comment(s) (批注); comments are not imported",
                    {"read them in Word before the issue goes to print"});
  if (ctx.underlined > 0)
    ctx.report.warn(ctx.file, 0,
                    std::to_string(ctx.underlined) +
                        " underlined run(s) became emphasis (*…*): the manuscript has no "
                        "underline");
  if (ctx.toc_dropped)
    ctx.report.warn(ctx.file, 0,
                    "the document's table of contents was left out (paiban makes the "
                    "issue's own contents and bookmarks)");
}

}  // namespace

ImportedDocument read_docx(const Environment& env, const std::string& path,
                           const std::string& display_name, const ReadOptions& options,
                           Report& report) {
  std::optional<std::string> file = env.read_file(path);
  if (!file) {
    const std::string why = env.why_unreadable(path);
    throw ImportError{display_name,
                      "cannot open the file" + (why.empty() ? "" : ": " + why),
                      {"check the file name and that it is readable"}};
  }
  const Package pkg(std::move(*file), display_name);
  ImportedDocument doc;
  doc.path = display_name;
  ReaderContext ctx(pkg, display_name, report);
  ctx.image_prefix = options.image_prefix;
  int local_counter = 1;
  ctx.next_footnote = options.next_footnote ? options.next_footnote : &local_counter;

  const std::string& main = pkg.main_part();
  ctx.relationships = pkg.relationships(main);
  const Relationships main_rels = ctx.relationships;
  const pugi::xml_document document = parse_part(pkg, main, true);
  const pugi::xml_node body = child(child(document, "document"), "body");
  if (!body)
    throw ImportError{display_name,
                      "the document part '" + main + "' has no w:body",
                      {"the file is damaged: open it in Word or WPS and save it again as .docx"}};

  for (const auto& [type, what] :
       {std::pair<const char*, const char*>{"styles", "its styles (headings)"},
        {"numbering", "its list numbering"},
        {"footnotes", "its footnotes"},
        {"endnotes", "its endnotes"}}) {
    const std::string part = related_part(main_rels, type);
    if (!part.empty() && !pkg.has(part))
      report.warn(display_name, 0,
                  "the document names the part '" + part + "' (" + what +
                      ") but the file lacks it; what it held is lost",
                  {"the file is damaged or incomplete: open it in Word or WPS and save it again "
                   "as .docx"});
  }
  const std::string styles_part = related_part(main_rels, "styles");
  const pugi::xml_document styles = parse_part(pkg, styles_part, false);
  ctx.styles = DocxStyles(styles);
  const std::string numbering_part = related_part(main_rels, "numbering");
  const pugi::xml_document numbering = parse_part(pkg, numbering_part, false);
  ctx.numbering = Numbering(numbering);
  const std::string footnotes_part = related_part(main_rels, "footnotes");
  const std::string endnotes_part = related_part(main_rels, "endnotes");
  const pugi::xml_document footnotes = parse_part(pkg, footnotes_part, false);
  const pugi::xml_document endnotes = parse_part(pkg, endnotes_part, false);
  index_notes(footnotes, "footnotes", "footnote", ctx.footnote_nodes);
  index_notes(endnotes, "endnotes", "endnote", ctx.endnote_nodes);
  const std::string comments_part = related_part(main_rels, "comments");
  if (!comments_part.empty() && ctx.comments == 0) {
    const pugi::xml_document comments = parse_part(pkg, comments_part, false);
    for (pugi::xml_node c : child(comments, "comments").children())
      if (is(c, "comment")) ++ctx.comments;
  }
  const int comments_in_part = ctx.comments;
  ctx.comments = 0;

  read_blocks(ctx, body, doc.blocks);
  ctx.comments = std::max(ctx.comments, comments_in_part);
  read_notes(ctx, doc, footnotes_part, endnotes_part);
  read_properties(pkg, doc);
  if (ctx.dropped_breaks > 0)
    report.change({display_name, 0, "分页符",
                   std::to_string(ctx.dropped_breaks) + " manual page/column break(s)",
                   "removed (the style sheet places pages)"});
  warn_counts(ctx);
  assign_heading_levels(doc, report);
  attach_captions(doc);
  return doc;
}

}  // namespace paiban::import
