// libFuzzer target for font files: any bytes as a font file are opened the
// way a style sheet's font roles open them (base/font_files.h), measured,
// used to shape a line of Chinese and Latin text (text/shape_text) and
// subset for the PDF (pdf/font_subset) with the glyphs the shaping chose,
// whose codes are also predicted from the tables (pdf/predicted_codes).
// A file that is no font is refused; nothing may crash, and what a loaded
// face reports must be self-consistent.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "base/environment.h"
#include "base/font_files.h"
#include "pdf/font_program.h"
#include "pdf/font_subset.h"
#include "pdf/predicted_codes.h"
#include "text/font_face.h"
#include "text/shaped_text.h"
#include "text/shaping_cache.h"

namespace {

// Han, CJK punctuation, Latin with a ligature candidate, digits, a space.
const std::u32string kText = U"排版，“引号”office 2025年。";

void use_face(const std::string& path, int index) {
  static const paiban::SystemEnvironment env;
  paiban::text::FontFace face(env, path, index);
  if (!face.ok()) return;
  if (face.units_per_em() <= 0) __builtin_trap();
  for (char32_t cp : kText) {
    const uint32_t glyph = face.nominal_glyph(cp);
    (void)face.advance(glyph);
    const paiban::text::InkBounds ink = face.ink(glyph);
    if (!ink.empty && ink.x_min > ink.x_max) __builtin_trap();
  }

  paiban::text::ShapingInput in;
  in.text = kText;
  in.variant.assign(kText.size(), 0);
  paiban::text::FontChoice choice;
  choice.cjk = {paiban::text::ResolvedFace{&face, false}};
  choice.latin = {paiban::text::ResolvedFace{&face, true}};
  choice.fallback = [](char32_t) -> const paiban::text::ResolvedFace* { return nullptr; };
  in.fonts = {choice};
  const paiban::text::ShapedText shaped = paiban::text::shape_text(in);
  std::set<uint32_t> glyphs;
  uint32_t covered = 0;
  for (const paiban::text::Cluster& c : shaped.clusters) {
    if (c.begin >= c.end || c.end > kText.size() || c.begin != covered) __builtin_trap();
    covered = c.end;
    for (const paiban::text::ClusterGlyph& g : c.glyphs) glyphs.insert(g.id);
  }
  if (covered != kText.size()) __builtin_trap();

  std::string error;
  auto program = paiban::pdf::FontProgram::open(face.id(), env, error);
  if (!program) return;
  (void)program->postscript_name();
  (void)program->descriptor_metrics();
  for (uint32_t g : glyphs) (void)program->advance(g);
  // The codes predicted before subsetting (pdf/predicted_codes.h) read the
  // charset, loca and glyf on their own: one per glyph when they say.
  const auto predicted = paiban::pdf::predict_codes(*program, glyphs);
  if (predicted && predicted->size() != glyphs.size()) __builtin_trap();
  paiban::pdf::FreeTypeLibrary ft;
  auto subset = paiban::pdf::subset_font(*program, ft, glyphs, error);
  if (subset) {
    for (uint32_t g : glyphs)
      if (g < program->glyph_count() && !subset->code_of.count(g)) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The faces map their file, so each input is a file of its own name.
  static long counter = 0;
  const std::string path = "/tmp/paiban-font-fuzz-" + std::to_string(static_cast<long>(getpid())) +
                           "-" + std::to_string(counter++) + ".otf";
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  use_face(path, 0);
  // A collection: its second face too.
  use_face(path, 1);
  // Each input is a new face: the process-wide shaping cache pins every face
  // it remembers runs of (text/shaping_cache.h), and the registry keeps every
  // file opened. A renderer sees a handful of fonts; the fuzzer a new one an
  // input, so both let go of it here, or memory grows ~4.5 KB an input
  // until the RSS limit.
  paiban::text::ShapingCache::shared().clear();
  paiban::FontFiles::shared().forget(path);
  std::remove(path.c_str());
  return 0;
}
