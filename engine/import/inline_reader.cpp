// The runs of one paragraph: text with its formats, breaks, hyperlinks
// (w:hyperlink and HYPERLINK fields), note references, pictures and text
// boxes, with tracked insertions kept and deletions left out.
#include <cstdlib>

#include "base/utf8.h"
#include "import/image_format.h"
#include "import/reader_context.h"
#include "import/xml.h"

namespace paiban::import {
namespace {

// The URL of a HYPERLINK field instruction: HYPERLINK "https://…" \o "tip".
// A \l switch makes it a jump inside the document: no URL.
std::string field_link(const std::string& instruction) {
  std::size_t i = instruction.find_first_not_of(' ');
  if (i == std::string::npos || instruction.compare(i, 9, "HYPERLINK") != 0) return {};
  const std::size_t q1 = instruction.find('"', i);
  if (q1 == std::string::npos) return {};
  if (instruction.find("\\l") < q1) return {};
  const std::size_t q2 = instruction.find('"', q1 + 1);
  return q2 == std::string::npos ? std::string() : instruction.substr(q1 + 1, q2 - q1 - 1);
}

bool is_toc_field(const std::string& instruction) {
  const std::size_t i = instruction.find_first_not_of(' ');
  return i != std::string::npos && instruction.compare(i, 3, "TOC") == 0;
}

pugi::xml_node find_descendant(const pugi::xml_node& node, std::string_view local) {
  return node.find_node([&](const pugi::xml_node& n) { return is(n, local); });
}

class InlineWalker {
 public:
  InlineWalker(ReaderContext& ctx, const Formatting& base) : ctx_(ctx), base_(base) {}

  void walk(const pugi::xml_node& parent, const std::string& link) {
    if (ctx_.nesting >= ReaderContext::kMaxNesting) {
      if (!ctx_.nesting_reported)
        ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                         "inline elements are nested more than " +
                             std::to_string(ReaderContext::kMaxNesting) +
                             " deep; the text below that depth was left out");
      ctx_.nesting_reported = true;
      return;
    }
    ++ctx_.nesting;
    struct Leave {
      int& n;
      ~Leave() { --n; }
    } leave{ctx_.nesting};
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = local_name(n.name());
      if (name == "r") {
        run(n, link);
      } else if (name == "hyperlink") {
        std::string url;
        const std::string id = attr(n, "id");
        if (auto rel = ctx_.relationships.find(id); !id.empty() && rel != ctx_.relationships.end())
          url = rel->second.target;  // an w:anchor alone jumps inside the document: no URL
        walk(n, url.empty() ? link : url);
      } else if (name == "ins" || name == "moveTo") {
        ++ctx_.revisions;
        walk(n, link);
      } else if (name == "del" || name == "moveFrom") {
        ++ctx_.revisions;
      } else if (name == "fldSimple") {
        const std::string instruction = attr(n, "instr");
        if (is_toc_field(instruction)) {
          ctx_.toc_dropped = true;
          continue;
        }
        const std::string url = field_link(instruction);
        walk(n, url.empty() ? link : url);
      } else if (name == "smartTag" || name == "customXml" || name == "dir" || name == "bdo") {
        walk(n, link);
      } else if (name == "sdt") {
        walk(child(n, "sdtContent"), link);
      } else if (name == "commentRangeStart") {
        ++ctx_.comments;
      } else if (name == "oMath" || name == "oMathPara") {
        math(n, link);
      } else if (name == "AlternateContent") {
        walk(choose_alternative(n), link);
      }
      // pPr, bookmarks, proofErr, permStart … carry no text.
    }
  }

  InlineResult take() {
    result_.spans = std::move(spans_);
    return std::move(result_);
  }

 private:
  // mc:AlternateContent: the Choice when it holds a DrawingML picture, which
  // the Fallback repeats as VML; otherwise the Fallback.
  static pugi::xml_node choose_alternative(const pugi::xml_node& alt) {
    const pugi::xml_node choice = child(alt, "Choice");
    if (choice && find_descendant(choice, "drawing")) return choice;
    if (pugi::xml_node fallback = child(alt, "Fallback")) return fallback;
    return choice;
  }

  Formatting run_formatting(const pugi::xml_node& r) const {
    const pugi::xml_node run_props = child(r, "rPr");
    Formatting f = read_run_formatting(run_props);
    if (run_props) {
      if (child(run_props, "rPrChange")) ++ctx_.format_revisions;
      const std::string char_style = attr(child(run_props, "rStyle"), "val");
      if (!char_style.empty()) f.inherit(ctx_.styles.character_style(char_style));
    }
    f.inherit(base_);
    // LibreOffice writes superscript as a raised, smaller run (w:position
    // with a smaller w:sz), not w:vertAlign. A raise alone is a baseline
    // nudge, not a superscript.
    if (f.vert_align <= 0 && f.raise != 0 && f.half_points > 0 && base_.half_points > 0 &&
        f.half_points < base_.half_points)
      f.vert_align = f.raise > 0 ? 1 : 2;
    return f;
  }

  bool in_field_instruction() const {
    return !ctx_.fields.empty() && !ctx_.fields.back().in_result;
  }

  std::string field_url() const {
    for (auto it = ctx_.fields.rbegin(); it != ctx_.fields.rend(); ++it)
      if (it->in_result)
        if (std::string url = field_link(it->instruction); !url.empty()) return url;
    return {};
  }

  void run(const pugi::xml_node& r, const std::string& outer_link) {
    const Formatting f = run_formatting(r);
    std::string text;  // this run's text, flushed at breaks and the run's end
    const auto flush = [&](const std::string& link) {
      if (!text.empty()) add_text(text, f, link);
      text.clear();
    };
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c.name());
      if (name == "fldChar") {
        flush(link_now(outer_link));
        const std::string type = attr(c, "fldCharType");
        if (type == "begin") {
          ctx_.fields.push_back({});
        } else if (type == "separate" && !ctx_.fields.empty()) {
          ctx_.fields.back().in_result = true;
          if (is_toc_field(ctx_.fields.back().instruction)) ctx_.toc_dropped = true;
        } else if (type == "end" && !ctx_.fields.empty()) {
          ctx_.fields.pop_back();
        }
        continue;
      }
      if (name == "instrText") {
        if (!ctx_.fields.empty()) ctx_.fields.back().instruction += c.text().get();
        continue;
      }
      if (in_field_instruction() || ctx_.skipping_field_result()) continue;
      if (name == "t") {
        text += c.text().get();
      } else if (name == "tab" || name == "ptab") {
        text += '\t';
      } else if (name == "br" || name == "cr") {
        const std::string type = attr(c, "type");
        flush(link_now(outer_link));
        if (type == "page" || type == "column") {
          // Word's pages are not the newsletter's: the style sheet places them.
          ++ctx_.dropped_breaks;
        } else {
          Span s;
          s.kind = Span::Kind::line_break;
          spans_.push_back(s);
        }
      } else if (name == "noBreakHyphen") {
        text += "-";
      } else if (name == "sym") {
        symbol(c, text);
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        flush(link_now(outer_link));
        note_reference(c, name == "footnoteReference");
      } else if (name == "drawing" || name == "pict" || name == "object") {
        flush(link_now(outer_link));
        drawing(c);
      } else if (name == "AlternateContent") {
        flush(link_now(outer_link));
        // Inside a run the alternatives hold drawings: read them as one.
        const pugi::xml_node chosen = choose_alternative(c);
        for (pugi::xml_node d = chosen.first_child(); d; d = d.next_sibling())
          if (is(d, "drawing") || is(d, "pict") || is(d, "object")) drawing(d);
      } else if (name == "commentReference") {
        ++ctx_.comments;
      }
      // softHyphen: an optional hyphen, never printed in running text;
      // delText: deleted text; lastRenderedPageBreak: Word's own layout.
    }
    flush(link_now(outer_link));
  }

  std::string link_now(const std::string& outer) const {
    std::string url = field_url();
    return url.empty() ? outer : url;
  }

  void add_text(const std::string& raw, const Formatting& f, const std::string& link) {
    std::string text = raw;
    if (f.vert_align == 1 || f.vert_align == 2) {
      std::string forms;
      if (to_script_forms(raw, f.vert_align == 1, forms)) {
        text = forms;
      } else {
        ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                         std::string(f.vert_align == 1 ? "superscript" : "subscript") + " '" + raw +
                             "' has no Unicode " +
                             (f.vert_align == 1 ? "superscript" : "subscript") +
                             " form; imported as ordinary text",
                         {"check the sentence; rewrite it if the raised or lowered text matters"});
      }
    }
    Span s;
    s.text = text;
    s.bold = f.bold == 1;
    s.italic = f.italic == 1;
    // Underline has no Markdown; an underlined link is just a link.
    if (f.underline == 1 && link.empty()) {
      s.italic = true;
      ++ctx_.underlined;
    }
    s.link = link;
    s.half_points = f.half_points;
    spans_.push_back(std::move(s));
  }

  void symbol(const pugi::xml_node& sym, std::string& text) {
    const std::string hex = attr(sym, "char");
    char32_t cp = static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16));
    // Symbol-font characters are stored in the private use area F000–F0FF.
    if (cp >= 0xF000 && cp <= 0xF0FF) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       "a symbol from the font '" + attr(sym, "font") + "' (code " + hex +
                           ") has no Unicode meaning and was left out",
                       {"type the character itself (插入 → 符号, choosing a Unicode font)"});
      return;
    }
    if (cp) utf8_append(text, cp);
  }

  void note_reference(const pugi::xml_node& ref, bool footnote) {
    const std::string id = attr(ref, "id");
    auto& nodes = footnote ? ctx_.footnote_nodes : ctx_.endnote_nodes;
    const auto it = nodes.find(id);
    if (it == nodes.end()) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       std::string(footnote ? "footnote" : "endnote") + " " + id +
                           " is referenced but missing from the document; left out");
      return;
    }
    const bool first_mark = ctx_.noted.insert(it->second).second;
    if (ctx_.reading_notes) {
      if (first_mark)
        ctx_.cited_in_note.push_back(it->second);
      else
        ++ctx_.note_cycles;
      return;
    }
    Span s;
    s.kind = Span::Kind::footnote_ref;
    s.text = std::to_string((*ctx_.next_footnote)++);
    ctx_.referenced_notes.emplace_back(s.text, it->second);
    spans_.push_back(std::move(s));
  }

  void drawing(const pugi::xml_node& d) {
    // Text boxes: their paragraphs follow this one.
    if (pugi::xml_node box = find_descendant(d, "txbxContent")) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       "a text box's text was placed after its paragraph",
                       {"check where it belongs; paiban has no floating text boxes"});
      read_blocks(ctx_, box, result_.text_boxes);
    }
    pugi::xml_node blip = find_descendant(d, "blip");
    std::string id = blip ? attr(blip, "embed") : std::string();
    if (!blip) {
      if (pugi::xml_node vml = find_descendant(d, "imagedata")) id = attr(vml, "id");
    }
    if (blip && id.empty() && !attr(blip, "link").empty()) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       "a picture is linked to a file outside the document and was left out",
                       {"in Word: 文件 → 信息 → 编辑指向文件的链接 → 断开链接, or insert the "
                        "picture itself, and import again"});
      return;
    }
    if (id.empty()) {
      if (find_descendant(d, "chart"))
        ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                         "a Word chart was left out (paiban places pictures)",
                         {"in Word: right-click the chart → 另存为图片 (PNG), then add it as a "
                          "figure: ![caption](images/chart.png)"});
      else if (!find_descendant(d, "txbxContent"))
        ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                         "a drawing (shape, SmartArt or equation object) was left out",
                         {"save it as a picture (PNG) and add it as a figure"});
      return;
    }
    const auto rel = ctx_.relationships.find(id);
    if (rel == ctx_.relationships.end() || rel->second.external) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       "a picture refers to relationship '" + id +
                           "', which the document does not have; left out");
      return;
    }
    DocxBlock figure;
    figure.kind = DocxBlock::Kind::figure;
    figure.number = ctx_.paragraph_number;
    figure.image = image(rel->second.target);
    if (figure.image.data.empty()) return;
    // The text so far becomes its own paragraph, then the figure.
    if (!spans_.empty()) {
      DocxBlock before;
      before.kind = DocxBlock::Kind::paragraph;
      before.number = ctx_.paragraph_number;
      before.spans = std::move(spans_);
      spans_.clear();
      result_.blocks_before.push_back(std::move(before));
    }
    result_.blocks_before.push_back(std::move(figure));
  }

  DocxImage image(const std::string& part) {
    if (auto it = ctx_.images.find(part); it != ctx_.images.end()) return it->second;
    DocxImage img;
    img.part = part;
    auto bytes = ctx_.package.read(part);
    if (!bytes) {
      ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                       "the picture part '" + part + "' is missing from the document; left out");
      return img;
    }
    img.data = std::move(*bytes);
    img.format = sniff_image_format(img.data);
    const std::string stem = ctx_.image_prefix + "-" + std::to_string(++ctx_.image_count);
    img.file_name = stem + "." + image_extension(img.format);
    img.manuscript_name = is_placeable(img.format) ? img.file_name : stem + ".png";
    ctx_.images[part] = img;
    return img;
  }

  struct TextCollector : pugi::xml_tree_walker {
    std::string text;
    bool for_each(pugi::xml_node& n) override {
      if (is(n, "t")) text += n.text().get();
      return true;
    }
  };

  // Office Math: its text (m:t) is kept so nothing silently disappears.
  void math(pugi::xml_node m, const std::string& link) {
    TextCollector collector;
    m.traverse(collector);
    ctx_.report.warn(ctx_.file, ctx_.paragraph_number,
                     "an equation was imported as its plain text '" + collector.text + "'",
                     {"check it; paiban sets no mathematics"});
    add_text(collector.text, base_, link);
  }

  ReaderContext& ctx_;
  const Formatting& base_;
  std::vector<Span> spans_;
  InlineResult result_;
};

}  // namespace

bool ReaderContext::skipping_field_result() const {
  for (const auto& f : fields)
    if (is_toc_field(f.instruction)) return true;
  return false;
}

InlineResult read_inlines(ReaderContext& ctx, const pugi::xml_node& paragraph,
                          const Formatting& base) {
  InlineWalker walker(ctx, base);
  walker.walk(paragraph, "");
  return walker.take();
}

}  // namespace paiban::import
