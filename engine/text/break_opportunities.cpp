#include "text/break_opportunities.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string_view>

namespace paiban::text {
namespace {

// Han units that read as one word with the number before them (GB/T 15835:
// a number is not split from its unit); breaking there costs, not forbidden.
bool is_counting_unit(char32_t cp) {
  static constexpr std::u32string_view kUnits =
      U"年月日时分秒万亿元个块名页倍岁米克吨度号期届位项家座台";
  return kUnits.find(cp) != std::u32string_view::npos;
}

// UAX #14 line breaking for Chinese. Making an iterator loads and unpacks
// ICU's rule tables (a third of finding a paragraph's break opportunities),
// so each thread makes one and gives it every paragraph: setText() starts it
// afresh, and the breaks do not depend on what it was given before.
icu::BreakIterator* line_iterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return iterator.get();
}

std::vector<bool> icu_opportunities(const std::u32string& text) {
  std::vector<bool> allowed(text.size() + 1, false);
  icu::UnicodeString u16 = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  // Map UTF-16 offsets back to code point indices.
  std::vector<int32_t> u16_to_cp(u16.length() + 1, -1);
  for (int32_t cp_index = 0, off = 0; off <= u16.length(); ++cp_index) {
    u16_to_cp[off] = cp_index;
    if (off == u16.length()) break;
    off = u16.moveIndex32(off, 1);
  }
  icu::BreakIterator* it = line_iterator();
  if (!it) return allowed;
  it->setText(u16);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    int32_t cp = u16_to_cp[b];
    if (cp >= 0) allowed[cp] = true;
  }
  // The iterator refers to the text it was given, which ends here.
  static const icu::UnicodeString no_text;
  it->setText(no_text);
  return allowed;
}

bool is_quote_or_bracket(CharClass c) {
  return c == CharClass::opening || c == CharClass::closing;
}

}  // namespace

std::vector<BreakKind> find_break_opportunities(const std::u32string& text,
                                                const std::vector<CharClass>& classes,
                                                style::KinsokuLevel level) {
  const std::size_t n = text.size();
  std::vector<BreakKind> result(n + 1, BreakKind::never);
  if (n == 0) return result;
  const std::vector<bool> icu = icu_opportunities(text);
  const bool strict = level == style::KinsokuLevel::strict;
  const bool gb = level != style::KinsokuLevel::basic;

  for (std::size_t i = 1; i < n; ++i) {
    const CharClass a = classes[i - 1];
    const CharClass b = classes[i];
    BreakKind kind = BreakKind::never;
    if (text[i - 1] == 0x00A0 || text[i] == 0x00A0 || text[i - 1] == 0x202F || text[i] == 0x202F) {
      kind = BreakKind::never;  // a no-break space binds "GB 9685", "Llama3 70B"
    } else if (a == CharClass::space) {
      // After a space; kinsoku still applies to what follows it.
      kind = is_line_start_prohibited(text[i], b, strict) ? BreakKind::never : BreakKind::allowed;
    } else if (b == CharClass::space) {
      kind = BreakKind::never;  // break after the space, not before it
    } else if (!is_cjk_class(a) && !is_cjk_class(b)) {
      // Latin words, numbers, "5G-A", "DeepSeek-V3": only at spaces.
      kind = BreakKind::never;
    } else {
      const bool inseparable = (a == CharClass::dash && b == CharClass::dash) ||
                               (a == CharClass::ellipsis && b == CharClass::ellipsis);
      const bool prohibited = is_line_end_prohibited(text[i - 1], a, gb) ||
                              is_line_start_prohibited(text[i], b, strict) || inseparable;
      if (!prohibited) {
        // Between Han and Latin/symbols UAX #14 knows things clreq does not
        // spell out ("5G+工": PR × ID); trust it there, except around
        // quotes and brackets, which it mis-classes for Chinese.
        const bool mixed = is_cjk_class(a) != is_cjk_class(b);
        const bool consult_icu = mixed && !is_quote_or_bracket(a) && !is_quote_or_bracket(b);
        if (!consult_icu || icu[i]) kind = BreakKind::allowed;
      }
      if (kind == BreakKind::allowed && a == CharClass::digit && is_counting_unit(text[i]))
        kind = BreakKind::discouraged;
    }
    result[i] = kind;
  }
  return result;
}

}  // namespace paiban::text
