#include "base/font_files.h"

#include <fcntl.h>
#include <hb.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace paiban {

SharedFace::~SharedFace() {
  hb_face_destroy(face_);
}

namespace {

// Letters, digits and ideographs: characters that must have ink.
bool needs_ink(hb_codepoint_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}

// Every character `face` maps, in order. A CJK cmap maps ~45,000 and every
// face is checked when it is opened, so the set is read in blocks (one by
// one, hb_set_next was half of a cold render's font loading).
std::vector<hb_codepoint_t> mapped_chars(hb_face_t* face) {
  hb_set_t* mapped = hb_set_create();
  hb_face_collect_unicodes(face, mapped);
  std::vector<hb_codepoint_t> chars(hb_set_get_population(mapped));
  std::size_t got = 0;
  hb_codepoint_t after = HB_SET_VALUE_INVALID;
  while (got < chars.size()) {
    const unsigned n = hb_set_next_many(mapped, after, chars.data() + got,
                                        static_cast<unsigned>(chars.size() - got));
    if (n == 0) break;
    got += n;
    after = chars[got - 1];
  }
  chars.resize(got);
  hb_set_destroy(mapped);
  return chars;
}

// Which tables of `face` do not load, or empty. HarfBuzz sanitizes each
// table on first use and treats a rejected one as absent, so a broken table
// shows as a font that maps no character, or whose glyphs have no outline.
// Samples spread over the cmap are measured: a healthy font inks nearly all
// letters, digits and ideographs it maps. Each sample is the first such
// character at or after one of kSamples evenly spaced places in the cmap
// (only the characters looked at are classified).
std::string damaged_tables(hb_face_t* face) {
  constexpr std::size_t kSamples = 24;
  const std::vector<hb_codepoint_t> chars = mapped_chars(face);
  std::vector<hb_codepoint_t> samples;
  for (std::size_t s = 0, at = 0; s < kSamples; ++s) {
    at = std::max(at, s * chars.size() / kSamples);
    while (at < chars.size() && !needs_ink(chars[at])) ++at;
    if (at == chars.size()) break;
    samples.push_back(chars[at++]);
  }
  if (samples.empty()) return "its cmap table (characters to glyphs) does not load";

  hb_font_t* font = hb_font_create(face);
  std::size_t blank = 0;
  for (hb_codepoint_t cp : samples) {
    hb_codepoint_t glyph = 0;
    hb_glyph_extents_t ext{};
    if (!hb_font_get_nominal_glyph(font, cp, &glyph) ||
        !hb_font_get_glyph_extents(font, glyph, &ext) || ext.width == 0 || ext.height == 0)
      ++blank;
  }
  hb_font_destroy(font);
  if (blank * 2 > samples.size())
    return "its glyph outlines do not load (" + std::to_string(blank) + " of " +
           std::to_string(samples.size()) +
           " letters sampled have none: a broken loca/glyf or CFF table)";
  return {};
}

// Face `face_index` of `blob` (which the face references), or why not;
// `damage` names the tables of a damaged one.
std::shared_ptr<const SharedFace> face_of_blob(hb_blob_t* blob, int face_index,
                                               FontFileProblem& problem, std::string& damage) {
  // A file that is no font counts zero faces; a lone font counts one.
  const unsigned count = hb_face_count(blob);
  if (face_index < 0 || static_cast<unsigned>(face_index) >= std::max(count, 1u)) {
    problem = FontFileProblem::no_such_face;
    return nullptr;
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(face_index));
  // upem and glyph count are fetched now, under the registry's lock, so
  // that later readers on other threads only read them.
  if (hb_face_get_upem(face) == 0 || hb_face_get_glyph_count(face) == 0) {
    hb_face_destroy(face);
    problem = FontFileProblem::not_a_font;
    return nullptr;
  }
  damage = damaged_tables(face);
  if (!damage.empty()) {
    hb_face_destroy(face);
    problem = FontFileProblem::damaged;
    return nullptr;
  }
  return std::make_shared<const SharedFace>(face);
}

}  // namespace

std::shared_ptr<const SharedFace> face_from_bytes(std::string bytes, int face_index,
                                                  FontFileProblem* problem) {
  auto* owned = new std::string(std::move(bytes));
  hb_blob_t* blob =
      hb_blob_create(owned->data(), static_cast<unsigned>(owned->size()), HB_MEMORY_MODE_READONLY,
                     owned, [](void* p) { delete static_cast<std::string*>(p); });
  FontFileProblem why = FontFileProblem::none;
  std::string damage;
  auto face = face_of_blob(blob, face_index, why, damage);
  hb_blob_destroy(blob);
  if (problem) *problem = why;
  return face;
}

namespace {

// `path` mapped read-only, as a blob that unmaps it when destroyed, or
// nullptr (not a regular file, cannot be mapped). HarfBuzz gets it as
// read-only memory: a table it must patch is copied, never written in place,
// so the mapping's pages always equal the file's.
hb_blob_t* map_file(const std::string& path, const void** data, std::size_t* size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                       static_cast<uint64_t>(st.st_size) <= std::numeric_limits<unsigned>::max();
  void* mapped =
      regular ? ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0)
              : MAP_FAILED;
  ::close(fd);
  if (mapped == MAP_FAILED) return nullptr;
  struct Mapping {
    void* start;
    std::size_t length;
  };
  auto* mapping = new Mapping{mapped, static_cast<std::size_t>(st.st_size)};
  *data = mapped;
  *size = mapping->length;
  return hb_blob_create(static_cast<const char*>(mapped), static_cast<unsigned>(mapping->length),
                        HB_MEMORY_MODE_READONLY, mapping, [](void* p) {
                          auto* m = static_cast<Mapping*>(p);
                          ::munmap(m->start, m->length);
                          delete m;
                        });
}

}  // namespace

FontFiles& FontFiles::shared() {
  static FontFiles files;
  return files;
}

std::shared_ptr<const SharedFace> FontFiles::open(const std::string& path, int face_index,
                                                  FontFileProblem* problem, std::string* damage) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto key = std::make_pair(path, face_index);
  auto it = faces_.find(key);
  if (it == faces_.end()) {
    Entry e;
    // Mapped: nothing of the file is read until a table is referenced.
    const void* mapped = nullptr;
    std::size_t mapped_size = 0;
    hb_blob_t* blob = map_file(path, &mapped, &mapped_size);
    if (!blob) blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) {
      e.problem = FontFileProblem::unreadable;
    } else {
      e.face = face_of_blob(blob, face_index, e.problem, e.damage);
      // The check read the whole cmap and glyphs all over the file, and the
      // kernel maps 64 KB around every page read: give those pages back
      // (they stay in the page cache; what shaping needs is mapped again).
      // Without this a cold render of the sample peaked 13 MiB higher.
      if (mapped) ::madvise(const_cast<void*>(mapped), mapped_size, MADV_DONTNEED);
      hb_blob_destroy(blob);
    }
    it = faces_.emplace(std::move(key), std::move(e)).first;
  }
  if (problem) *problem = it->second.problem;
  if (damage) *damage = it->second.damage;
  return it->second.face;
}

void FontFiles::forget(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::erase_if(faces_, [&](const auto& entry) { return entry.first.first == path; });
}

}  // namespace paiban
