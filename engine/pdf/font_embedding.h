// The fonts of one PDF: every face the document uses is opened, subset and
// embedded. Subsetting the CJK face is the longest single step of a short
// issue, so with more than one thread the faces are subset on helper threads
// while the pages are painted: each font's PDF objects are made at once with
// the codes its glyphs will have (pdf/predicted_codes.h), and its program
// follows in finish(), which checks the prediction against the subset. The
// objects are made in usage order either way, so the bytes are the same at
// any thread count (docs/performance.md, "Painting while the fonts are
// subset").
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "pdf/font_objects.h"
#include "pdf/font_program.h"
#include "pdf/font_subset.h"
#include "pdf/font_usage.h"
#include "pdf/pdf_objects.h"
#include "pdf/text_painter.h"

namespace paiban::pdf {

class WriteMemo;
struct WriteStats;

// Subsets already made for this document, by face (a second attempt after
// a misprediction takes them instead of subsetting again).
using SubsetsMade = std::map<page::FaceRef, FontSubset>;

class FontEmbedding {
 public:
  struct Options {
    unsigned threads = 1;  // helper threads for subsetting; 1 = subset before embedding
    // Make the objects with predicted codes and subset meanwhile (needs
    // threads > 1); else each font is embedded with its finished subset.
    bool paint_ahead = false;
    WriteMemo* memo = nullptr;
    const SubsetsMade* made = nullptr;  // take these subsets instead of making them
    // Tests: predict all fonts, the last one wrong (pdf_writer_detail.h).
    bool spoil_predictions = false;
  };

  FontEmbedding(const FontUsageCollector& usage, const Environment& env, Options options);
  ~FontEmbedding();  // waits for the helpers
  FontEmbedding(const FontEmbedding&) = delete;
  FontEmbedding& operator=(const FontEmbedding&) = delete;

  // Opens the faces and starts subsetting them (or subsets them here, when
  // not painting ahead).
  void start();
  // Makes each font's objects in usage order and fills `table`. False with
  // an error in `diags` when a face cannot be opened or subset.
  bool embed(ObjectFactory& objects, FontTable& table, Diagnostics& diags);

  enum class Outcome { done, failed, mispredicted };
  // Waits for the subsets and gives each font made ahead its program.
  // `mispredicted`: some glyph's predicted code is not the subset's; the
  // pages painted with it are wrong and must be painted again, with
  // subsets() given as Options::made.
  Outcome finish(ObjectFactory& objects, Diagnostics& diags, WriteStats* stats);
  SubsetsMade subsets();

 private:
  struct Font {
    std::unique_ptr<FontProgram> program;
    std::optional<FontSubset> subset;
    std::string error;
    std::optional<std::map<uint32_t, uint16_t>> predicted;  // when made ahead
    std::optional<FontProgramToCome> to_come;
    bool remembered = false;  // the subset came from the memo or Options::made
    bool done = false;        // subset made or failed (under mutex_)
    bool filled = false;      // its program moved into its stream
  };
  // Subsets the next font no thread has taken; false when none is left.
  // `ft`: the calling thread's FreeType library, made at its first job.
  bool take_job(std::optional<FreeTypeLibrary>& ft);
  void subset(std::size_t font, const FreeTypeLibrary& ft);
  // Returns once `font`'s subset is made (or failed).
  void wait_for(std::size_t font);
  void join();
  bool report_first_error(Diagnostics& diags);

  const FontUsageCollector& usage_;
  const Environment& env_;
  Options options_;
  std::vector<Font> fonts_;        // parallel to usage_.fonts()
  std::vector<std::size_t> jobs_;  // fonts to subset, largest first
  std::size_t next_job_ = 0;       // under mutex_
  std::mutex mutex_;
  std::condition_variable done_;
  std::vector<std::thread> helpers_;
  std::optional<FreeTypeLibrary> own_ft_;  // for subsets made on the calling thread
};

}  // namespace paiban::pdf
