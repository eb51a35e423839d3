// Helpers for the pdf stage's tests: shaping strings on the pinned fonts
// (real glyph ids, as layout would produce them), temporary folders, and
// running the command-line PDF tools the tests read the output back with.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/environment.h"
#include "page/page.h"

namespace paiban::pdf::test {

inline page::FaceRef noto_sc() {
  return {PAIBAN_NOTO_SERIF_CJK, 2};
}
inline page::FaceRef wenkai() {
  return {PAIBAN_WENKAI, 0};
}

// Shapes `text` (zh-Hans, script guessed by HarfBuzz) into one run at
// `origin` with the glyph texts the text stage would set: a cluster's
// characters on its first glyph, empty text on the glyphs that continue it.
page::GlyphRun shape(const page::FaceRef& face, const std::string& text, Length size, Point origin);

// The real file system and fonts, for tests that write whole PDFs.
const Environment& files();

struct CommandResult {
  int status = -1;
  std::string out;  // stdout and stderr together
};
CommandResult run(const std::string& command);
std::string quote(const std::string& s);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

// A fresh folder under /tmp, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Facts from tests/unit/pdf/inspect_pdf.py, one "key: value" per line;
// a key may repeat (outline entries, labels).
std::multimap<std::string, std::string> inspect(const std::string& pdf);
std::string fact(const std::multimap<std::string, std::string>& facts, const std::string& key);
std::vector<std::string> facts_of(const std::multimap<std::string, std::string>& facts,
                                  const std::string& key);

// The profile the tests embed (the committed copy in styles/profiles).
inline std::string fogra39() {
  return std::string(PAIBAN_SOURCE_DIR) + "/styles/profiles/FOGRA39L_coated.icc";
}
inline std::string srgb() {
  return std::string(PAIBAN_SOURCE_DIR) + "/styles/profiles/sRGB.icc";
}

}  // namespace paiban::pdf::test
