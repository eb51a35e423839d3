// Font files opened once per process and shared: the text stage shapes with
// the same HarfBuzz face the pdf stage subsets, and every issue rendered in
// one process reuses it. A face maps its file (mmap, through
// hb_blob_create_from_file) and reads a table only when it is asked for, so a
// 26 MB collection costs the pages of the tables actually used, once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

struct hb_face_t;

namespace paiban {

// A HarfBuzz face of one font in a file. hb_face_t is immutable and loads
// its tables lazily with atomics, so one face may be used from any thread.
class SharedFace {
 public:
  SharedFace(hb_face_t* face) : face_(face) {}
  ~SharedFace();
  SharedFace(const SharedFace&) = delete;
  SharedFace& operator=(const SharedFace&) = delete;
  hb_face_t* get() const { return face_; }

 private:
  hb_face_t* face_;
};

// Why a face could not be opened. `damaged`: a font whose tables HarfBuzz's
// sanitizers reject (a broken cmap, loca/glyf or CFF), which would set
// every character as nothing.
enum class FontFileProblem { none, unreadable, no_such_face, not_a_font, damaged };

// Face `face_index` of a font file held in memory (an Environment that
// serves fonts without a file system); the face keeps the bytes alive.
// nullptr and `problem` set as for FontFiles::open.
std::shared_ptr<const SharedFace> face_from_bytes(std::string bytes, int face_index,
                                                  FontFileProblem* problem = nullptr);

class FontFiles {
 public:
  // The process's one registry.
  static FontFiles& shared();

  // Face `face_index` of `path`, opened on first use; nullptr when the file
  // cannot be read, has no such face, is no font (no glyphs, no upem) or is
  // damaged. `problem`, when given, says why, and `damage` which tables.
  std::shared_ptr<const SharedFace> open(const std::string& path, int face_index,
                                         FontFileProblem* problem = nullptr,
                                         std::string* damage = nullptr);
  // Drops every face of `path` from the registry, so that the next open()
  // reads the file again (a font file replaced on disk). Faces still held
  // elsewhere stay valid.
  void forget(const std::string& path);

 private:
  struct Entry {
    std::shared_ptr<const SharedFace> face;
    FontFileProblem problem = FontFileProblem::none;
    std::string damage;
  };
  std::mutex mutex_;
  std::map<std::pair<std::string, int>, Entry> faces_;
};

}  // namespace paiban
