#include "base/font_files.h"

#include <hb.h>

#include <algorithm>

namespace paiban {

SharedFace::~SharedFace() {
  hb_face_destroy(face_);
}

namespace {

// Face `face_index` of `blob` (which the face references), or why not.
std::shared_ptr<const SharedFace> face_of_blob(hb_blob_t* blob, int face_index,
                                               FontFileProblem& problem) {
  // A file that is no font counts zero faces; a lone font counts one.
  const unsigned count = hb_face_count(blob);
  if (face_index < 0 || static_cast<unsigned>(face_index) >= std::max(count, 1u)) {
    problem = FontFileProblem::no_such_face;
    return nullptr;
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(face_index));
  // upem and glyph count are fetched now, under the registry's lock, so
  // that later readers on other threads only read them.
  if (hb_face_get_upem(face) > 0 && hb_face_get_glyph_count(face) > 0)
    return std::make_shared<const SharedFace>(face);
  hb_face_destroy(face);
  problem = FontFileProblem::not_a_font;
  return nullptr;
}

}  // namespace

std::shared_ptr<const SharedFace> face_from_bytes(std::string bytes, int face_index,
                                                  FontFileProblem* problem) {
  auto* owned = new std::string(std::move(bytes));
  hb_blob_t* blob =
      hb_blob_create(owned->data(), static_cast<unsigned>(owned->size()), HB_MEMORY_MODE_READONLY,
                     owned, [](void* p) { delete static_cast<std::string*>(p); });
  FontFileProblem why = FontFileProblem::none;
  auto face = face_of_blob(blob, face_index, why);
  hb_blob_destroy(blob);
  if (problem) *problem = why;
  return face;
}

FontFiles& FontFiles::shared() {
  static FontFiles files;
  return files;
}

std::shared_ptr<const SharedFace> FontFiles::open(const std::string& path, int face_index,
                                                  FontFileProblem* problem) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto key = std::make_pair(path, face_index);
  auto it = faces_.find(key);
  if (it == faces_.end()) {
    Entry e;
    // mmap-backed: nothing of the file is read until a table is referenced.
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) {
      e.problem = FontFileProblem::unreadable;
    } else {
      e.face = face_of_blob(blob, face_index, e.problem);
      hb_blob_destroy(blob);
    }
    it = faces_.emplace(std::move(key), std::move(e)).first;
  }
  if (problem) *problem = it->second.problem;
  return it->second.face;
}

}  // namespace paiban
