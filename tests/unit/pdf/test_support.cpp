#include "test_support.h"

#include <hb.h>
#include <stdlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace paiban::pdf::test {

const Environment& files() {
  static const SystemEnvironment system;
  return system;
}

page::GlyphRun shape(const page::FaceRef& face, const std::string& text, Length size,
                     Point origin) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(face.path.c_str());
  if (!blob) throw std::runtime_error("cannot open " + face.path.str());
  hb_face_t* hbface = hb_face_create(blob, static_cast<unsigned>(face.face_index));
  hb_font_t* font = hb_font_create(hbface);
  const int upem = static_cast<int>(hb_face_get_upem(hbface));
  hb_font_set_scale(font, upem, upem);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_set_language(buf, hb_language_from_string("zh-Hans", -1));
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(font, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  page::GlyphRun run;
  run.font = face;
  run.size = size;
  run.origin = origin;
  for (unsigned i = 0; i < n; ++i) {
    page::Glyph g;
    g.id = info[i].codepoint;
    g.advance = font_units(pos[i].x_advance, upem, size);
    g.x_offset = font_units(pos[i].x_offset, upem, size);
    g.y_offset = font_units(pos[i].y_offset, upem, size);
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      unsigned end = static_cast<unsigned>(text.size());
      for (unsigned j = i + 1; j < n; ++j) {
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      }
      g.text = std::string_view(text).substr(info[i].cluster, end - info[i].cluster);
    }
    run.glyphs.push_back(g);
  }
  hb_buffer_destroy(buf);
  hb_font_destroy(font);
  hb_face_destroy(hbface);
  hb_blob_destroy(blob);
  return run;
}

CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* p = ::popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out.push_back(c);
  }
  return out + "'";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

TempDir::TempDir() {
  char tmpl[] = "/tmp/paiban-pdf-test-XXXXXX";
  if (!::mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  // PAIBAN_KEEP_TEST_FILES=1 keeps the output for looking at it by hand.
  if (const char* keep = std::getenv("PAIBAN_KEEP_TEST_FILES"); keep && *keep == '1') {
    std::fprintf(stderr, "kept %s\n", path_.c_str());
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::multimap<std::string, std::string> inspect(const std::string& pdf) {
  CommandResult r =
      run("/usr/bin/python3 " +
          quote(std::string(PAIBAN_TEST_DATA_DIR) + "/unit/pdf/inspect_pdf.py") + " " + quote(pdf));
  std::multimap<std::string, std::string> facts;
  std::istringstream in(r.out);
  std::string line;
  while (std::getline(in, line)) {
    auto colon = line.find(": ");
    if (colon == std::string::npos) continue;
    facts.emplace(line.substr(0, colon), line.substr(colon + 2));
  }
  facts.emplace("exit", std::to_string(r.status));
  if (r.status != 0) facts.emplace("output", r.out);
  return facts;
}

std::string fact(const std::multimap<std::string, std::string>& facts, const std::string& key) {
  auto it = facts.find(key);
  return it == facts.end() ? "<missing>" : it->second;
}

std::vector<std::string> facts_of(const std::multimap<std::string, std::string>& facts,
                                  const std::string& key) {
  std::vector<std::string> out;
  auto [b, e] = facts.equal_range(key);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

}  // namespace paiban::pdf::test
