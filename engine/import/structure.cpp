#include "import/structure.h"

#include <algorithm>
#include <climits>
#include <map>

#include "base/utf8.h"

namespace paiban::import {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8_next(s, i);
  return out;
}

std::u32string trimmed(const std::string& s) {
  std::u32string u = decode(s);
  while (!u.empty() && is_space(u.back())) u.pop_back();
  std::size_t b = 0;
  while (b < u.size() && is_space(u[b])) ++b;
  return u.substr(b);
}

// Sentence-ending or clause punctuation: a line that ends in it is prose.
bool closes_sentence(char32_t c) {
  return std::u32string_view(U"。！？；：，、.!?;:,…").find(c) != std::u32string_view::npos;
}

// Longest heading a fake one may be, in characters: headlines are short.
constexpr std::size_t kFakeHeadingMaxChars = 40;

bool looks_like_fake_heading(const DocxBlock& b, int body_half_points) {
  if (b.kind != DocxBlock::Kind::paragraph) return false;
  const std::u32string text = trimmed(plain_text(b.spans));
  if (text.size() < 2 || text.size() > kFakeHeadingMaxChars) return false;
  if (text.find(U'\n') != std::u32string::npos || closes_sentence(text.back())) return false;
  if (strip_caption_label(plain_text(b.spans))) return false;
  bool all_bold = true;
  bool any_text = false;
  int largest = -1;
  for (const auto& s : b.spans) {
    if (s.kind != Span::Kind::text) continue;
    if (!s.link.empty()) return false;
    if (trimmed(s.text).empty()) continue;
    any_text = true;
    all_bold = all_bold && s.bold;
    largest = std::max(largest, s.half_points);
  }
  if (!any_text) return false;
  // "Larger": at least a size step (五号 10.5pt → 四号 14pt is the usual one).
  const bool larger = body_half_points > 0 && largest * 100 >= body_half_points * 115;
  return all_bold || (b.centered && larger);
}

}  // namespace

void assign_heading_levels(ImportedDocument& doc, Report& report) {
  int body = 21;  // half-points; the most used size in the document
  {
    std::map<int, std::size_t> chars_by_size;
    for (const auto& b : doc.blocks)
      if (b.kind == DocxBlock::Kind::paragraph)
        for (const auto& s : b.spans) chars_by_size[s.half_points] += s.text.size();
    std::size_t most = 0;
    for (const auto& [size, n] : chars_by_size)
      if (size > 0 && n > most) {
        most = n;
        body = size;
      }
  }
  int real_min = INT_MAX;
  for (const auto& b : doc.blocks)
    if (b.kind == DocxBlock::Kind::heading) real_min = std::min(real_min, b.heading_level);
  bool seen_content = false;
  for (auto& b : doc.blocks) {
    if (looks_like_fake_heading(b, body)) {
      const bool title = !seen_content;
      b.kind = DocxBlock::Kind::heading;
      // Bold is the heading's own look: not kept as **…** inside it.
      for (auto& s : b.spans) s.bold = false;
      if (title)
        b.heading_level = real_min == INT_MAX ? 0 : real_min - 1;
      else
        b.heading_level = (real_min == INT_MAX ? 0 : real_min) + 1;
      report.warn(doc.path, b.number,
                  std::string("'") + excerpt(plain_text(b.spans), 24) +
                      "' looks like a heading typed as " + (title ? "a title" : "a bold line") +
                      " and was made a heading",
                  {"if it is not a heading, make it ordinary text; better, give real headings "
                   "Word's 标题 1 / 标题 2 styles"});
    }
    if (b.kind != DocxBlock::Kind::figure) seen_content = true;
  }
  int top = INT_MAX;
  for (const auto& b : doc.blocks)
    if (b.kind == DocxBlock::Kind::heading) top = std::min(top, b.heading_level);
  for (auto& b : doc.blocks) {
    if (b.kind != DocxBlock::Kind::heading) continue;
    b.heading_level = std::clamp(b.heading_level - top + 1, 1, 5);
    for (auto& s : b.spans) s.bold = false;
  }
}

std::optional<std::string> strip_caption_label(const std::string& text) {
  const std::u32string u = trimmed(text);
  std::size_t i = 0;
  if (!u.empty() && (u[0] == U'图' || u[0] == U'圖')) {
    i = 1;
  } else if (u.rfind(U"Figure", 0) == 0) {
    i = 6;
  } else if (u.rfind(U"Fig.", 0) == 0) {
    i = 4;
  } else {
    return std::nullopt;
  }
  while (i < u.size() && is_space(u[i])) ++i;
  const auto is_number = [](char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
           std::u32string_view(U"一二三四五六七八九十〇零").find(c) != std::u32string_view::npos;
  };
  const std::size_t digits = i;
  while (i < u.size() &&
         (is_number(u[i]) || ((u[i] == U'-' || u[i] == U'.' || u[i] == U'－') && i > digits &&
                              i + 1 < u.size() && is_number(u[i + 1]))))
    ++i;
  if (i == digits) return std::nullopt;
  while (i < u.size() && (is_space(u[i]) || std::u32string_view(U":：.．、-—").find(u[i]) !=
                                                std::u32string_view::npos))
    ++i;
  std::string out;
  for (std::size_t k = i; k < u.size(); ++k) utf8_append(out, u[k]);
  return out;
}

void attach_captions(ImportedDocument& doc) {
  const auto caption_of = [](const DocxBlock& b) -> std::optional<std::string> {
    if (b.kind != DocxBlock::Kind::paragraph) return std::nullopt;
    const std::string text = plain_text(b.spans);
    if (auto stripped = strip_caption_label(text)) return stripped;
    if (b.caption_style) {
      const std::u32string t = trimmed(text);
      std::string out;
      for (char32_t c : t) utf8_append(out, c);
      return out;
    }
    return std::nullopt;
  };
  std::vector<DocxBlock> out;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    DocxBlock& b = doc.blocks[i];
    if (b.kind != DocxBlock::Kind::figure) {
      out.push_back(std::move(b));
      continue;
    }
    std::optional<std::string> caption;
    if (i + 1 < doc.blocks.size() && (caption = caption_of(doc.blocks[i + 1]))) {
      ++i;  // the caption paragraph is consumed
    } else if (!out.empty() && (caption = caption_of(out.back()))) {
      out.pop_back();
    }
    if (caption && !caption->empty())
      b.spans = {Span{Span::Kind::text, *caption, false, false, {}, -1}};
    out.push_back(std::move(b));
  }
  doc.blocks = std::move(out);
}

}  // namespace paiban::import
