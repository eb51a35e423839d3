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
  std::lock_guard<std::recursive_mutex> lock(mutex_);
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
  std::lock_guard<std::recursive_mutex> lock(mutex_);
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
  bool skipped_damaged = false;
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
                                 font_role.span)) {
      skipped_damaged = true;
      continue;
    }
    if (!face) {
      diags_.error(font_role.span, "cannot read font file '" + where->path + "' (face " +
                                       std::to_string(where->face_index) + ") of role '" + role +
                                       "'");
      continue;
    }
    faces.push_back({face, fake_bold || (bold && font_role.fake_bold)});
  }
  // Every installed family of the chain is damaged (the house kai role names
  // one family): the text must not vanish with a mere warning, so the face
  // fontconfig prefers in the role's class stands in, as it would for a
  // character the chain lacks.
  if (faces.empty() && skipped_damaged) {
    if (const ResolvedFace* stand_in = stand_in_for(font_role, bold)) {
      faces.push_back(*stand_in);
      if (stood_in_.insert(role).second)  // once per role, not for regular and bold
        diags_.warning(
            font_role.span,
            "no font of role '" + role + "' can be used; font file '" +
                stand_in->face->id().path.str() + "' (face " +
                std::to_string(stand_in->face->id().face_index) + ") sets its text instead",
            {"reinstall the role's fonts, or name an installed family in [fonts." + role + "]"});
    } else {
      diags_.error(font_role.span,
                   "no font of role '" + role +
                       "' can be used, and no installed font has Chinese characters",
                   {"reinstall the role's fonts (Debian: fonts-noto-cjk, fonts-lxgw-wenkai)"});
    }
  }
  return chains_.emplace(key, std::move(faces)).first->second;
}

const ResolvedFace* FontLibrary::stand_in_for(const style::FontRole& role, bool bold) {
  // A role of Chinese text needs Han letters first; characters the stand-in
  // lacks go to fallback() like any other.
  return fallback_in_class(U'中', generic_class(role), bold, role.span);
}

const std::vector<ResolvedFace>* FontLibrary::known_chain(const std::string& role,
                                                          bool bold) const {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  auto it = chains_.find(std::make_pair(role, bold));
  return it == chains_.end() ? nullptr : &it->second;
}

bool FontLibrary::known_fallback(char32_t cp, const std::string& role, bool bold,
                                 const ResolvedFace*& face) const {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  auto role_it = sheet_.fonts.find(role);
  const std::string generic =
      role_it == sheet_.fonts.end() ? "serif" : generic_class(role_it->second);
  auto it = fallbacks_.find(std::make_tuple(cp, generic, bold));
  if (it == fallbacks_.end()) return false;
  face = it->second ? &*it->second : nullptr;
  return true;
}

const ResolvedFace* FontLibrary::fallback(char32_t cp, const std::string& role, bool bold) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  auto role_it = sheet_.fonts.find(role);
  if (role_it == sheet_.fonts.end()) return fallback_in_class(cp, "serif", bold, SourceSpan{});
  return fallback_in_class(cp, generic_class(role_it->second), bold, role_it->second.span);
}

const ResolvedFace* FontLibrary::fallback_in_class(char32_t cp, const std::string& generic,
                                                   bool bold, const SourceSpan& role_span) {
  auto key = std::make_tuple(cp, generic, bold);
  auto cached = fallbacks_.find(key);
  if (cached == fallbacks_.end()) {
    std::optional<ResolvedFace> found;
    for (const FontLocation& where : env_.fonts_covering(cp, generic)) {
      const FontFace* face = load(where);
      if (!face) {
        skip_if_damaged(where, "a fallback for U+" + hex(cp), role_span);
        continue;
      }
      // fontconfig's coverage and the face's cmap can disagree (a blank
      // glyph is still "covered"); the face decides.
      if (face->has_char(cp) &&
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
