// Paragraphs set ahead on the other core. Setting paragraphs is most of a
// layout pass (docs/performance.md), and the galley builder sets them one
// after another on one thread. Most paragraphs' inputs are known before the
// builder reaches them: their runs, their style, and the measure of the
// column they stand in. A helper thread sets those in flow order, a bounded
// number ahead of the builder; the builder takes a result only when it was
// set from exactly the inputs it asks for, and sets the text itself
// otherwise. The problems a paragraph reports and what it adds to the
// statistics travel with its lines (SetParagraph) and are counted when the
// builder takes them, so the pages, the diagnostics and the report are the
// same with the helper as without it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "layout/compose/line_setter.h"
#include "layout/paragraph/paragraph.h"

namespace paiban::layout {

struct Flow;
struct LayoutContext;

// A text the galley builder is expected to set, with every input setting it
// depends on (ParagraphSetter::set's arguments).
struct ParagraphJob {
  TextOf text;
  const std::vector<InlineRun>* runs = nullptr;
  const style::TextStyle* style = nullptr;
  Length measure;
  const SourceSpan* where = nullptr;
  ParagraphOptions options;
};

// The paragraphs, headings and pull quotes standing at the top level of
// `flow` or in its column sets, in flow order, at the measure the galley
// builder gives them (galley_builder.cpp). Texts whose runs the builder
// changes first (footnote marks numbered, links spelled out) are left out.
std::vector<ParagraphJob> plan_paragraphs(const Flow& flow, const LayoutContext& ctx);

// Whether two lists of runs are the same in every field setting reads.
bool same_runs(const std::vector<InlineRun>& a, const std::vector<InlineRun>& b);

class ParagraphsAhead {
 public:
  // How many planned texts the helper may set beyond the one the builder
  // waits for: what is set ahead is held until it is taken, so this bounds
  // the memory the helper adds.
  static constexpr std::size_t kDefaultWindow = 12;

  // Starts the helper thread on `jobs` (none when `jobs` is empty).
  ParagraphsAhead(ParagraphSetter& setter, std::vector<ParagraphJob> jobs,
                  std::size_t window = kDefaultWindow);
  // Stops the helper and waits for it.
  ~ParagraphsAhead();
  ParagraphsAhead(const ParagraphsAhead&) = delete;
  ParagraphsAhead& operator=(const ParagraphsAhead&) = delete;

  // The planned text `text` set ahead, when it was planned with exactly
  // these inputs and could be set ahead; the caller passes it to
  // ParagraphSetter::take. nullopt: set it yourself, now. A text not yet set
  // is either set by this thread meanwhile (another planned one, ahead) or
  // waited for.
  std::optional<SetParagraph> take(const TextOf& text, const std::vector<InlineRun>& runs,
                                   const style::TextStyle& style, Length measure,
                                   const SourceSpan& where, const ParagraphOptions& options);

  // How many results take() handed out (tests).
  std::size_t taken() const { return taken_; }
  // Waits until the helper has set every planned text it may set before
  // take() is called again (tests).
  void wait_until_idle();

 private:
  enum class State : uint8_t { pending, working, done, gone };
  struct Slot {
    State state = State::pending;
    bool passed = false;  // the builder went past it while it was being set
    SetParagraph result;
  };
  void run();
  // Under the lock: the first pending slot in [from, cursor_ + window_), or
  // slots_.size().
  std::size_t next_pending(std::size_t from) const;
  // Sets job `k`, whose slot this thread marked working; takes and gives
  // back the lock.
  void set_one(std::size_t k, std::unique_lock<std::mutex>& lock);
  bool matches(const ParagraphJob& job, const std::vector<InlineRun>& runs,
               const style::TextStyle& style, Length measure, const SourceSpan& where,
               const ParagraphOptions& options) const;

  ParagraphSetter& setter_;
  const std::vector<ParagraphJob> jobs_;
  const std::size_t window_;
  std::map<TextOf, std::size_t> index_;  // job of each planned text

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;
  std::size_t cursor_ = 0;  // jobs before it were taken or passed by
  bool stop_ = false;
  std::size_t taken_ = 0;
  std::thread helper_;
};

}  // namespace paiban::layout
