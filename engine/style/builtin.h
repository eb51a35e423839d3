// The built-in base every style sheet extends implicitly: the styles, font
// roles, colours and page masters that always exist. Per-key defaults live in
// schema.cpp; this file only says which named entries exist and how the
// built-in styles differ from body.
#pragma once

#include <string_view>

namespace paiban::style {

inline constexpr std::string_view kBuiltinName = "<built-in>";

std::string_view builtin_stylesheet();

}  // namespace paiban::style
