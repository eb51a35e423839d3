#include "layout/compose/list_marker.h"

#include <algorithm>
#include <string_view>

#include "base/utf8.h"

namespace paiban::layout {
namespace {

std::string letters(int n, char first) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>(first + (n - 1) % 26));
  return out;
}

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, std::string_view> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kDigits)
    for (; n >= value; n -= value) out += text;
  if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c - 32; });
  return out;
}

// 一 … 九十九 as written in Chinese running text (十一, 二十, 二十一).
std::string chinese(int n) {
  static constexpr std::string_view kDigit[] = {"〇", "一", "二", "三", "四",
                                                "五", "六", "七", "八", "九"};
  if (n < 10) return std::string(kDigit[n]);
  if (n < 100) {
    std::string out = n / 10 == 1 ? "" : std::string(kDigit[n / 10]);
    out += "十";
    if (n % 10) out += kDigit[n % 10];
    return out;
  }
  return std::to_string(n);
}

std::string circled(int n, int circled_max) {
  const char32_t cp = circled_number(n);
  if (cp == 0 || n > circled_max) return "(" + std::to_string(n) + ")";
  std::string out;
  utf8_append(out, cp);
  return out;
}

}  // namespace

char32_t circled_number(int n) {
  if (n >= 1 && n <= 20) return static_cast<char32_t>(U'①' + (n - 1));         // U+2460…2473
  if (n >= 21 && n <= 35) return static_cast<char32_t>(U'\u3251' + (n - 21));  // ㉑…㉟
  if (n >= 36 && n <= 50) return static_cast<char32_t>(U'\u32B1' + (n - 36));  // ㊱…㊿
  return 0;
}

std::string list_marker(const style::Typography& typo, int level, bool ordered, int number) {
  const auto& forms = ordered ? typo.numbering : typo.bullets;
  if (forms.empty()) return ordered ? std::to_string(number) + "." : "•";
  const std::string& form = forms[std::min<std::size_t>(level - 1, forms.size() - 1)];
  if (!ordered) return form;
  return number_in_form(form, number);
}

std::string number_in_form(const std::string& form, int number, int circled_max) {
  std::string out;
  bool done = false;
  for (std::size_t i = 0; i < form.size();) {
    const std::size_t at = i;
    const char32_t cp = utf8_next(form, i);
    if (!done) {
      done = true;
      if (cp == U'1') {
        out += std::to_string(number);
        continue;
      }
      if (cp == U'①') {
        out += circled(number, circled_max);
        continue;
      }
      if (cp == U'a' || cp == U'A') {
        out += letters(number, static_cast<char>(cp));
        continue;
      }
      if (cp == U'i' || cp == U'I') {
        out += roman(number, cp == U'I');
        continue;
      }
      if (cp == U'一') {
        out += chinese(number);
        continue;
      }
      done = false;
    }
    out.append(form, at, i - at);
  }
  return out;
}

}  // namespace paiban::layout
