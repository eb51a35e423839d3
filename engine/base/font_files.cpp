#include "base/font_files.h"

#include <fcntl.h>
#include <hb.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "base/font_damage.h"

namespace paiban {

SharedFace::~SharedFace() {
  hb_face_destroy(face_);
}

namespace {

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
      // The check read glyphs all over the file (base/font_damage.h), and
      // the kernel maps 64 KB around every page read: give those pages back
      // (they stay in the page cache; what shaping needs is mapped again).
      // Without this a cold render of the sample peaks 4 MiB higher (60.4
      // MiB, over issue 15's 60), with only the outline tables (glyf, CFF)
      // given back 1 MiB higher, for 14 fewer page faults.
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
