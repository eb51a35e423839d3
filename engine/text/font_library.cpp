#include "text/font_library.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace paiban::text {
namespace {

// The generic fontconfig class a role's first family belongs to, judged by
// its name: Chinese and Latin family names say Sans/Hei or Mono/Code.
std::string generic_class(const style::FontRole& role) {
  if (role.chain.empty()) return "serif";
  const std::string& f = role.chain.front().family;
  auto has = [&](const char* word) { return f.find(word) != std::string::npos; };
  if (has("Mono") || has("Code") || has("Courier")) return "monospace";
  if (has("Sans") || has("Hei") || has("Gothic") || has("黑")) return "sans-serif";
  return "serif";  // song, kai, fang song: the serif faces are the nearer
}

// Characters whose glyph is rightly empty (spaces); any other character
// drawn as nothing is not really covered.
bool is_blank_by_nature(char32_t cp) {
  return u_isspace(static_cast<UChar32>(cp)) ||
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

std::string hex(char32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "%04X", static_cast<unsigned>(cp));
  return text;
}

}  // namespace

FontLibrary::FontLibrary(const style::StyleSheet& sheet, const Environment& env, Diagnostics& diags)
    : sheet_(sheet), env_(env), diags_(diags) {}

const FontFace* FontLibrary::load(const FontLocation& where) {
  auto key = std::make_pair(where.path, where.face_index);
  auto it = faces_.find(key);
  if (it == faces_.end()) {
    auto face = std::make_unique<FontFace>(env_, where.path, where.face_index);
    if (face->problem() == FontFileProblem::damaged) damaged_.emplace(key, face->damage());
    it = faces_.emplace(key, face->ok() ? std::move(face) : nullptr).first;
  }
  return it->second.get();
}

bool FontLibrary::skip_if_damaged(const FontLocation& where, const std::string& what,
                                  const SourceSpan& at) {
  auto it = damaged_.find(std::make_pair(where.path, where.face_index));
  if (it == damaged_.end()) return false;
  if (!it->second.empty()) {
    diags_.warning(at,
                   "font file '" + where.path + "' (face " + std::to_string(where.face_index) +
                       "), " + what + ", is damaged: " + it->second +
                       "; it is skipped and the next font is used",
                   {"reinstall the font or remove the damaged copy; `fc-list : file family` "
                    "shows the files fontconfig finds"});
    it->second.clear();  // warned: once per file
  }
  return true;
}

const std::vector<ResolvedFace>& FontLibrary::chain(const std::string& role, bool bold) {
  auto key = std::make_pair(role, bold);
  auto cached = chains_.find(key);
  if (cached != chains_.end()) return cached->second;

  std::vector<ResolvedFace> faces;
  auto role_it = sheet_.fonts.find(role);
  if (role_it == sheet_.fonts.end()) {
    diags_.error({sheet_.path, 0, 0}, "font role '" + role + "' is not defined",
                 {"add a [fonts." + role + "] table with a family list to the style sheet"});
    return chains_.emplace(key, std::move(faces)).first->second;
  }
  const style::FontRole& font_role = role_it->second;
  for (const auto& spec : font_role.chain) {
    std::optional<FontLocation> where;
    bool fake_bold = false;
    if (bold) {
      where = env_.find_font(spec.family, "Bold");
      if (!where) {
        where = env_.find_font(spec.family, spec.style);
        fake_bold = where.has_value();
      }
    } else {
      where = env_.find_font(spec.family, spec.style);
    }
    if (!where) {
      diags_.error(font_role.span,
                   "font family '" + spec.family + "' (style " + spec.style + ") of role '" + role +
                       "' is not installed",
                   {"install it (Debian: fonts-noto-cjk, fonts-lxgw-wenkai) or name another "
                    "family; `fc-list : family` lists the installed ones"});
      continue;
    }
    const FontFace* face = load(*where);
    if (!face && skip_if_damaged(*where, "family '" + spec.family + "' of role '" + role + "'",
                                 font_role.span))
      continue;
    if (!face) {
      diags_.error(font_role.span, "cannot read font file '" + where->path + "' (face " +
                                       std::to_string(where->face_index) + ") of role '" + role +
                                       "'");
      continue;
    }
    faces.push_back({face, fake_bold || (bold && font_role.fake_bold)});
  }
  return chains_.emplace(key, std::move(faces)).first->second;
}

const ResolvedFace* FontLibrary::fallback(char32_t cp, const std::string& role, bool bold) {
  auto role_it = sheet_.fonts.find(role);
  const std::string generic =
      role_it == sheet_.fonts.end() ? std::string("serif") : generic_class(role_it->second);
  auto key = std::make_tuple(cp, generic, bold);
  auto cached = fallbacks_.find(key);
  if (cached == fallbacks_.end()) {
    std::optional<ResolvedFace> found;
    for (const FontLocation& where : env_.fonts_covering(cp, generic)) {
      const FontFace* face = load(where);
      if (!face) {
        skip_if_damaged(where, "a fallback for U+" + hex(cp),
                        role_it == sheet_.fonts.end() ? SourceSpan{} : role_it->second.span);
        continue;
      }
      // fontconfig's coverage and the face's cmap can disagree (a blank
      // glyph is still "covered"); the face decides.
      if (face && face->has_char(cp) &&
          (!face->ink(face->nominal_glyph(cp)).empty || is_blank_by_nature(cp))) {
        found = ResolvedFace{face, bold};
        break;
      }
    }
    cached = fallbacks_.emplace(key, found).first;
  }
  return cached->second ? &*cached->second : nullptr;
}

}  // namespace paiban::text
