#include "style/option_decl.h"

#include <cstdio>

namespace paiban::style {
namespace {

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "56.69pt (20 mm)": bounds are declared in pt, editors think in mm.
std::string length_text(double pt) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6gpt (%.5g mm)", pt, pt * 25.4 / 72);
  return buf;
}

}  // namespace

KeyDecl key_decl_of(const OptionDecl& option) {
  KeyDecl d;
  d.path = option.name;
  d.default_value = option.default_value;
  d.help = option.help;
  d.min = option.min;
  d.max = option.max;
  d.absolute = option.absolute;
  for (const auto& c : option.choices) d.choices.emplace_back(c);
  switch (option.type) {
    case OptionDecl::Type::boolean:
      d.type = ValueType::boolean;
      break;
    case OptionDecl::Type::integer:
      d.type = ValueType::integer;
      break;
    case OptionDecl::Type::number:
      d.type = ValueType::number;
      break;
    case OptionDecl::Type::string:
      d.type = option.choices.empty() ? ValueType::string : ValueType::enumeration;
      break;
    case OptionDecl::Type::length:
      d.type = ValueType::length;
      break;
    case OptionDecl::Type::color:
      d.type = ValueType::color;
      break;
    case OptionDecl::Type::style:
      d.type = ValueType::string;
      d.meaning = Meaning::style_name;
      break;
  }
  d.segments = {option.name};
  return d;
}

LengthRules length_rules(const KeyDecl& decl) {
  return decl.absolute ? LengthRules{false, false} : LengthRules{};
}

std::optional<std::string> number_range_problem(const KeyDecl& decl, double value) {
  if (value >= decl.min && value <= decl.max) return std::nullopt;
  if (decl.max >= 1e299)
    return number_text(value) + " is less than the least allowed, " + number_text(decl.min);
  if (decl.min <= -1e299)
    return number_text(value) + " is more than the most allowed, " + number_text(decl.max);
  return number_text(value) + " is outside the allowed range " + number_text(decl.min) + "–" +
         number_text(decl.max);
}

std::optional<std::string> length_range_problem(const KeyDecl& decl, Length value) {
  if (value.to_pt() < decl.min)
    return decl.min == 0 ? std::string("must not be negative")
                         : "must be at least " + length_text(decl.min);
  if (value.to_pt() > decl.max)
    return length_text(value.to_pt()) + " is more than the most allowed, " + length_text(decl.max);
  return std::nullopt;
}

}  // namespace paiban::style
