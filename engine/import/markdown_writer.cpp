#include "import/markdown_writer.h"

#include <algorithm>
#include <cctype>

namespace paiban::import {
namespace {

bool same_format(const Span& a, const Span& b) {
  return a.kind == Span::Kind::text && b.kind == Span::Kind::text && a.bold == b.bold &&
         a.italic == b.italic && a.link == b.link;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t';
}

// A URL inside (…): spaces and brackets percent-encoded so the link holds.
std::string escape_url(const std::string& url) {
  std::string out;
  for (char c : url) {
    switch (c) {
      case ' ':
        out += "%20";
        break;
      case '(':
        out += "%28";
        break;
      case ')':
        out += "%29";
        break;
      case '<':
        out += "%3C";
        break;
      case '>':
        out += "%3E";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Characters that begin a block at the start of a line ("# ", "> ", "- ",
// "1. ") are escaped there.
std::string escape_line_starts(const std::string& text) {
  std::string out;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    std::string line = text.substr(line_start, i - line_start);
    if (!line.empty()) {
      const char c = line[0];
      if (c == '#' || c == '>' || c == '+' || c == '-' || c == '=') {
        line.insert(0, "\\");
      } else if (c >= '0' && c <= '9') {
        std::size_t d = 0;
        while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
        if (d < line.size() && d <= 9 && (line[d] == '.' || line[d] == ')')) line.insert(d, "\\");
      }
    }
    out += line;
    if (i < text.size()) out += '\n';
    line_start = i + 1;
  }
  return out;
}

}  // namespace

std::string escape_text(const std::string& text, bool in_table) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '~':
        out += '\\';
        out += c;
        break;
      case '|':
        out += in_table ? "\\|" : "|";
        break;
      case '&':
        // Only where it would read as an entity (&amp; &#12;).
        if (i + 1 < text.size() &&
            (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#'))
          out += "\\&";
        else
          out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Bold, emphasis and links are layers that open and close where they
// change, so italic text with a bold word inside reads *a**b*** rather than
// a soup of touching delimiters. Delimiters touch the text: spaces at a
// group's ends go outside them.
std::string write_inlines(const std::vector<Span>& spans, bool in_table) {
  std::string out;
  std::string link;           // the open link's URL ("" none)
  std::vector<char> layers;   // open layers, outermost first: 'l' link, 'b' **, 'i' *
  std::string pending_space;  // a group's trailing spaces, after its closers
  const auto wanted = [](char layer, bool b, bool i, bool l) {
    return layer == 'l' ? l : layer == 'b' ? b : i;
  };
  // Closes from the innermost layer down to the outermost one that must
  // go, so delimiters always nest.
  const auto close_to = [&](bool want_bold, bool want_italic, const std::string& want_link) {
    std::size_t keep = 0;
    while (keep < layers.size() &&
           wanted(layers[keep], want_bold, want_italic, !want_link.empty()) &&
           (layers[keep] != 'l' || want_link == link))
      ++keep;
    while (layers.size() > keep) {
      const char layer = layers.back();
      layers.pop_back();
      out += layer == 'l' ? "](" + escape_url(link) + ")" : layer == 'b' ? "**" : "*";
    }
  };
  const auto open_to = [&](bool want_bold, bool want_italic, const std::string& want_link) {
    const auto open = [&](char layer) {
      return std::find(layers.begin(), layers.end(), layer) != layers.end();
    };
    if (!want_link.empty() && !open('l')) {
      out += "[";
      link = want_link;
      layers.push_back('l');
    }
    if (want_bold && !open('b')) {
      out += "**";
      layers.push_back('b');
    }
    if (want_italic && !open('i')) {
      out += "*";
      layers.push_back('i');
    }
  };
  for (std::size_t i = 0; i < spans.size();) {
    const Span& s = spans[i];
    if (s.kind != Span::Kind::text) {
      close_to(false, false, "");
      out += pending_space;
      pending_space.clear();
      out += s.kind == Span::Kind::line_break ? (in_table ? " " : "\\\n") : "[^" + s.text + "]";
      ++i;
      continue;
    }
    std::string text = s.text;
    std::size_t j = i + 1;
    while (j < spans.size() && same_format(s, spans[j])) text += spans[j++].text;
    i = j;
    std::size_t lead = 0;
    while (lead < text.size() && is_ascii_space(text[lead])) ++lead;
    std::size_t trail = text.size();
    while (trail > lead && is_ascii_space(text[trail - 1])) --trail;
    const std::string core = escape_text(text.substr(lead, trail - lead), in_table);
    if (core.empty()) {
      pending_space += text;
      continue;
    }
    close_to(s.bold, s.italic, s.link);
    out += pending_space + text.substr(0, lead);
    open_to(s.bold, s.italic, s.link);
    out += core;
    pending_space = text.substr(trail);
  }
  close_to(false, false, "");
  out += pending_space;
  return in_table ? out : escape_line_starts(out);
}

namespace {

class Writer {
 public:
  explicit Writer(const MarkdownOptions& options) : options_(options) {}

  void blocks(const std::vector<DocxBlock>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const DocxBlock& b = list[i];
      if (b.kind == DocxBlock::Kind::list_item) {
        std::size_t j = i;
        while (j + 1 < list.size() && list[j + 1].kind == DocxBlock::Kind::list_item &&
               (list[j + 1].list.level > 0 || list[j + 1].list.list_key == b.list.list_key))
          ++j;
        write_list(list, i, j + 1);
        i = j;
        continue;
      }
      block(b);
    }
  }

  void footnotes(const std::vector<Footnote>& notes) {
    for (const auto& n : notes) {
      std::string text;
      for (std::size_t p = 0; p < n.paragraphs.size(); ++p) {
        std::string para = write_inlines(n.paragraphs[p], false);
        if (p > 0) text += "\n\n";
        text += para;
      }
      out_ += "[^" + n.label + "]: " + indent_rest(text, "    ") + "\n\n";
    }
  }

  std::string take() { return std::move(out_); }

 private:
  static std::string indent_rest(const std::string& text, const std::string& by) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      out += text[i];
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') out += by;
    }
    return out;
  }

  void block(const DocxBlock& b) {
    switch (b.kind) {
      case DocxBlock::Kind::heading: {
        std::vector<Span> one_line = b.spans;
        for (auto& s : one_line)
          if (s.kind == Span::Kind::line_break)
            s = Span{Span::Kind::text, " ", false, false, {}, -1};
        // Level 1 (the article title) is `##`: `#` names the section.
        out_ += std::string(static_cast<std::size_t>(b.heading_level + 1), '#') + " " +
                write_inlines(one_line, true) + "\n\n";
        break;
      }
      case DocxBlock::Kind::paragraph:
        out_ += write_inlines(b.spans, false) + "\n\n";
        break;
      case DocxBlock::Kind::table:
        write_table(b);
        break;
      case DocxBlock::Kind::figure: {
        const std::string caption = escape_text(plain_text(b.spans), false);
        std::string path = options_.image_folder.empty()
                               ? b.image.manuscript_name
                               : options_.image_folder + "/" + b.image.manuscript_name;
        if (path.find_first_of(" ()") != std::string::npos) path = "<" + path + ">";
        out_ += "![" + caption + "](" + path + ")\n\n";
        break;
      }
      case DocxBlock::Kind::quote: {
        Writer inner(options_);
        inner.blocks(b.children);
        std::string text = inner.take();
        while (!text.empty() && text.back() == '\n') text.pop_back();
        std::string quoted = "> ";
        for (std::size_t i = 0; i < text.size(); ++i) {
          quoted += text[i];
          if (text[i] == '\n') quoted += text[i + 1] == '\n' ? ">" : "> ";
        }
        out_ += quoted + "\n\n";
        break;
      }
      case DocxBlock::Kind::list_item:
        break;  // written by write_list
    }
  }

  void write_table(const DocxBlock& b) {
    const std::size_t columns = b.rows.empty() ? 0 : b.rows.front().size();
    if (columns == 0) return;
    const auto row_line = [&](const std::vector<std::vector<Span>>& row) {
      std::string line = "|";
      for (std::size_t c = 0; c < columns; ++c) {
        const std::string cell = c < row.size() ? write_inlines(row[c], true) : std::string();
        line += " " + cell + (cell.empty() ? "|" : " |");
      }
      return line + "\n";
    };
    // The header row is set bold by the style sheet: Word's bold there is
    // the same emphasis said twice.
    std::vector<std::vector<Span>> header = b.rows.front();
    bool all_bold = true;
    for (const auto& cell : header)
      for (const auto& s : cell)
        if (s.kind == Span::Kind::text && !s.bold) all_bold = false;
    if (all_bold)
      for (auto& cell : header)
        for (auto& s : cell) s.bold = false;
    out_ += row_line(header);
    out_ += "|";
    for (std::size_t c = 0; c < columns; ++c) out_ += " --- |";
    out_ += "\n";
    for (std::size_t r = 1; r < b.rows.size(); ++r) out_ += row_line(b.rows[r]);
    out_ += "\n";
  }

  // Items [from, to) of one list; nesting by indenting each level under its
  // parent's text, numbers counted per level.
  void write_list(const std::vector<DocxBlock>& list, std::size_t from, std::size_t to) {
    std::vector<std::size_t> indents;  // content indent of each open level
    std::vector<int> counters;
    int previous_level = -1;
    // Two adjacent lists must not merge into one: alternate the marker.
    const bool alternate = last_list_end_ == out_.size();
    for (std::size_t i = from; i < to; ++i) {
      const DocxBlock& b = list[i];
      int level = std::min(b.list.level, previous_level + 1);
      level = std::max(level, 0);
      indents.resize(static_cast<std::size_t>(level) + 1, 0);
      counters.resize(static_cast<std::size_t>(level) + 1, 0);
      const std::size_t base = level == 0 ? 0 : indents[static_cast<std::size_t>(level) - 1];
      if (level > previous_level) counters[static_cast<std::size_t>(level)] = b.list.start - 1;
      const int number = ++counters[static_cast<std::size_t>(level)];
      const std::string marker = b.list.ordered ? std::to_string(number) + (alternate ? ") " : ". ")
                                                : std::string(alternate ? "* " : "- ");
      indents[static_cast<std::size_t>(level)] = base + marker.size();
      const std::string pad(base, ' ');
      const std::string text = write_inlines(b.spans, false);
      out_ += pad + marker + indent_rest(text, std::string(base + marker.size(), ' ')) + "\n";
      previous_level = level;
    }
    out_ += "\n";
    last_list_end_ = out_.size();
  }

  const MarkdownOptions& options_;
  std::string out_;
  std::size_t last_list_end_ = static_cast<std::size_t>(-1);
};

}  // namespace

std::string write_markdown(const ImportedDocument& doc, const MarkdownOptions& options) {
  Writer w(options);
  w.blocks(doc.blocks);
  w.footnotes(doc.footnotes);
  return w.take();
}

}  // namespace paiban::import
