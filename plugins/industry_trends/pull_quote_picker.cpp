#include "pull_quote_picker.h"

namespace paiban::industry_trends {
namespace {

// U+201C and U+201D, the SC outer quotation marks (GB/T 15834 §4.3).
const std::string kOpen = "\xE2\x80\x9C";
const std::string kClose = "\xE2\x80\x9D";

// The code point starting at s[i] and its length in bytes; a stray byte is
// taken as itself so that scanning always moves on.
char32_t decode(const std::string& s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) return b;
  char32_t cp = b & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

char32_t first_char(const std::string& s) {
  std::size_t len = 0;
  return s.empty() ? 0 : decode(s, 0, len);
}

char32_t last_char(const std::string& s) {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  std::size_t len = 0;
  return decode(s, i, len);
}

// CJK ideographs, kana, CJK punctuation and full-width forms all lie above
// U+2E80; a soft break between two of them is no space (clreq: Chinese
// joins source lines without one).
bool is_cjk(char32_t cp) {
  return cp >= 0x2E80;
}

// The block after which a pull quote from paragraph `source` goes.
std::size_t placement(const std::vector<Block>& blocks, std::size_t source, int distance) {
  std::size_t at = source;
  for (std::size_t k = source + 1; k < blocks.size() && distance > 1; ++k) {
    at = k;
    if (blocks[k].kind == Block::Kind::paragraph) --distance;
  }
  return distance > 1 ? blocks.size() - 1 : at;
}

}  // namespace

int count_chars(const std::string& s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    decode(s, i, len);
    i += len;
    ++n;
  }
  return n;
}

std::string paragraph_text(const std::vector<InlineRun>& runs) {
  std::string out;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const InlineRun& r = runs[k];
    if (r.kind == InlineRun::Kind::text) {
      out += r.text;
    } else if (r.kind == InlineRun::Kind::hard_break) {
      out += '\n';
    } else if (r.kind == InlineRun::Kind::note) {
      continue;  // a footnote mark is not quoted
    } else {
      std::string next;
      for (std::size_t j = k + 1; j < runs.size() && next.empty(); ++j)
        if (runs[j].kind == InlineRun::Kind::text) next = runs[j].text;
      if (!(is_cjk(last_char(out)) && is_cjk(first_char(next)))) out += ' ';
    }
  }
  return out;
}

std::vector<std::string> quotations(const std::string& text) {
  std::vector<std::string> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, kOpen.size(), kOpen) == 0) {
      if (depth++ == 0) start = i;
      i += kOpen.size();
    } else if (text.compare(i, kClose.size(), kClose) == 0) {
      i += kClose.size();
      if (depth > 0 && --depth == 0) out.push_back(text.substr(start, i - start));
    } else if (text[i] == '\n') {
      depth = 0;  // a quotation across a hard line break is no sentence to pull
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<PickedQuote> pick_pull_quotes(const std::vector<Block>& blocks, std::size_t first_block,
                                          const PickRules& rules) {
  std::vector<PickedQuote> picked;
  std::size_t paragraph_index = 0, last_pick = 0;
  for (std::size_t k = first_block; k < blocks.size(); ++k) {
    if (static_cast<int>(picked.size()) >= rules.count) break;
    const Block& b = blocks[k];
    if (b.kind != Block::Kind::paragraph) continue;
    ++paragraph_index;
    if (!picked.empty() &&
        paragraph_index - last_pick < static_cast<std::size_t>(rules.min_paragraph_gap))
      continue;
    const std::string text = paragraph_text(b.inlines);
    for (const auto& q : quotations(text)) {
      // The marks are two characters of their own.
      const int chars = count_chars(q) - 2;
      if (chars < rules.min_chars || chars > rules.max_chars) continue;
      PickedQuote p;
      p.block = k;
      p.place_after = placement(blocks, k, rules.distance);
      p.text = q;
      p.span = b.inlines.empty() ? b.span : b.inlines.front().span;
      picked.push_back(std::move(p));
      last_pick = paragraph_index;
      break;
    }
  }
  return picked;
}

}  // namespace paiban::industry_trends
