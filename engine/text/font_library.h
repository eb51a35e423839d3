// Resolves the style sheet's font roles to loaded faces, each file loaded
// once per run. Missing families are reported once, with the place in the
// style sheet where the role was defined, instead of silently substituting
// another font (docs/typography.md §3, silent font fallback).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "style/stylesheet.h"
#include "text/font_face.h"

namespace paiban::text {

struct ResolvedFace {
  const FontFace* face = nullptr;
  bool fake_bold = false;  // no Bold face in the family: the outlines are stroked
};

class FontLibrary {
 public:
  FontLibrary(const style::StyleSheet& sheet, const Environment& env, Diagnostics& diags);

  // The fallback chain of `role`, regular or bold; empty (and reported) when
  // the role is unknown or none of its families is installed. When every
  // installed family is damaged, fontconfig's preferred face of the role's
  // class stands in (with a warning), so that the text is never dropped.
  const std::vector<ResolvedFace>& chain(const std::string& role, bool bold);

  // A face by file (for callers that already know the file); nullptr when
  // it cannot be used.
  const FontFace* load(const FontLocation& where);

  // After the role's own chain: an installed face that has `cp`, asked of
  // fontconfig in the role's generic class (serif for song and kai, sans-
  // serif for hei, monospace for mono); nullptr when no installed font has
  // it. Bold is stroked: the fallback face rarely has a matching weight.
  const ResolvedFace* fallback(char32_t cp, const std::string& role, bool bold);

  // What chain() and fallback() answered before, without looking anything
  // up or reporting anything: a paragraph set ahead on a helper thread
  // (layout/compose/paragraphs_ahead.h) must not load a face or report a
  // problem out of turn. known_chain: nullptr when not asked before.
  // known_fallback: false when not asked before, else `face` is the answer.
  const std::vector<ResolvedFace>* known_chain(const std::string& role, bool bold) const;
  bool known_fallback(char32_t cp, const std::string& role, bool bold,
                      const ResolvedFace*& face) const;

  // Every member function may be called from any thread.

 private:
  const style::StyleSheet& sheet_;
  const Environment& env_;
  Diagnostics& diags_;
  // A damaged file is skipped with one warning per file and run (the
  // next face of the chain, or of fontconfig's fallbacks, takes its place).
  bool skip_if_damaged(const FontLocation& where, const std::string& what, const SourceSpan& at);
  // fallback() by fontconfig class ("serif", "sans-serif", "monospace").
  const ResolvedFace* fallback_in_class(char32_t cp, const std::string& generic, bool bold,
                                        const SourceSpan& role_span);
  // A face with Han and Latin letters to set a role whose own faces are all
  // damaged; nullptr when none is installed.
  const ResolvedFace* stand_in_for(const style::FontRole& role, bool bold);

  // Held by every public member function (they call each other's innards).
  mutable std::recursive_mutex mutex_;
  std::map<std::pair<std::string, int>, std::unique_ptr<FontFace>> faces_;
  std::map<std::pair<std::string, int>, std::string> damaged_;  // file → tables that fail
  std::map<std::pair<std::string, bool>, std::vector<ResolvedFace>> chains_;
  std::set<std::string> stood_in_;  // roles whose stand-in face was reported
  std::map<std::tuple<char32_t, std::string, bool>, std::optional<ResolvedFace>> fallbacks_;
};

}  // namespace paiban::text
