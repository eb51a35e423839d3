// Superscript and subscript runs become the Unicode forms (m², H₂O, 10⁻³)
// where Unicode has them: the manuscript has no raised or lowered text.
#include <map>

#include "base/utf8.h"
#include "import/reader_context.h"

namespace paiban::import {
namespace {

const std::map<char32_t, char32_t>& superscripts() {
  static const std::map<char32_t, char32_t> m = {
      {U'0', U'⁰'}, {U'1', U'¹'}, {U'2', U'²'}, {U'3', U'³'}, {U'4', U'⁴'}, {U'5', U'⁵'},
      {U'6', U'⁶'}, {U'7', U'⁷'}, {U'8', U'⁸'}, {U'9', U'⁹'}, {U'+', U'⁺'}, {U'-', U'⁻'},
      {U'−', U'⁻'}, {U'=', U'⁼'}, {U'(', U'⁽'}, {U')', U'⁾'}, {U'n', U'ⁿ'}, {U'i', U'ⁱ'}};
  return m;
}

const std::map<char32_t, char32_t>& subscripts() {
  static const std::map<char32_t, char32_t> m = {
      {U'0', U'₀'}, {U'1', U'₁'}, {U'2', U'₂'}, {U'3', U'₃'}, {U'4', U'₄'}, {U'5', U'₅'},
      {U'6', U'₆'}, {U'7', U'₇'}, {U'8', U'₈'}, {U'9', U'₉'}, {U'+', U'₊'}, {U'-', U'₋'},
      {U'−', U'₋'}, {U'=', U'₌'}, {U'(', U'₍'}, {U')', U'₎'}, {U'a', U'ₐ'}, {U'e', U'ₑ'},
      {U'o', U'ₒ'}, {U'x', U'ₓ'}, {U'h', U'ₕ'}, {U'k', U'ₖ'}, {U'l', U'ₗ'}, {U'm', U'ₘ'},
      {U'n', U'ₙ'}, {U'p', U'ₚ'}, {U's', U'ₛ'}, {U't', U'ₜ'}};
  return m;
}

}  // namespace

bool to_script_forms(const std::string& text, bool superscript, std::string& out) {
  const auto& table = superscript ? superscripts() : subscripts();
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = utf8_next(text, i);
    const auto it = table.find(cp);
    if (it == table.end()) return false;
    utf8_append(out, it->second);
  }
  return true;
}

}  // namespace paiban::import
