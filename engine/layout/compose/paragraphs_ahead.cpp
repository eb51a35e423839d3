#include "layout/compose/paragraphs_ahead.h"

#include <utility>

#include "layout/compose/layout_context.h"
#include "layout/flow/flow.h"

namespace paiban::layout {
namespace {

bool same_span(const SourceSpan& a, const SourceSpan& b) {
  return a.line == b.line && a.column == b.column && a.file == b.file;
}

// A tripwire: a field added to InlineRun must be compared in same_runs too.
static_assert(sizeof(InlineRun) == 176, "InlineRun changed: compare its new fields in same_runs");

}  // namespace

bool same_runs(const std::vector<InlineRun>& a, const std::vector<InlineRun>& b) {
  if (&a == &b) return true;
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const InlineRun& x = a[i];
    const InlineRun& y = b[i];
    if (x.kind != y.kind || x.strong != y.strong || x.emphasis != y.emphasis || x.code != y.code ||
        x.strikethrough != y.strikethrough || x.underline != y.underline ||
        x.emphasis_dots != y.emphasis_dots || x.text != y.text || x.color != y.color ||
        x.link != y.link || !same_span(x.span, y.span) || !same_runs(x.note, y.note))
      return false;
  }
  return true;
}

std::vector<ParagraphJob> plan_paragraphs(const Flow& flow, const LayoutContext& ctx) {
  std::vector<ParagraphJob> jobs;
  const bool links_as_text = ctx.sheet.typography.links == style::LinkStyle::text;
  // As GalleyWriter::paragraph, heading and pull_quote call LineSetter::set.
  auto plan = [&](const FlowBlock& b, Length width) {
    const FlowKind kind = b.kind();
    if (kind != FlowKind::paragraph && kind != FlowKind::text && kind != FlowKind::heading &&
        kind != FlowKind::pull_quote)
      return;
    const FlowBlock::Text& text = *b.text_node();
    // GalleyWriter::noted numbers note marks and may spell out links.
    for (const InlineRun& r : text.text)
      if (r.kind == InlineRun::Kind::note || (!r.link.empty() && !links_as_text)) return;
    const style::TextStyle& st = ctx.sheet.text_style(text.style);
    jobs.push_back({{&b}, &text.text, &st, width - st.left_indent, &b.span, {}});
  };
  for (const FlowBlock& b : flow.blocks) {
    if (b.kind() != FlowKind::columns) {
      plan(b, ctx.type_width);
      continue;
    }
    // GalleyWriter::open_segment's column width.
    const ColumnSpec& spec = b.as<FlowBlock::ColumnSet>().spec;
    if (spec.count < 1) continue;
    const Length gap =
        spec.count > 1 ? (spec.gap > Length::zero() ? spec.gap : ctx.default_gap) : Length::zero();
    const Length column = (ctx.type_width - gap * (spec.count - 1)) / spec.count;
    // A heading or paragraph set across the columns instead (next to a wide
    // table) is asked for at another measure and set by the builder.
    for (const FlowBlock& child : b.children()) plan(child, column);
  }
  return jobs;
}

ParagraphsAhead::ParagraphsAhead(ParagraphSetter& setter, std::vector<ParagraphJob> jobs,
                                 std::size_t window)
    : setter_(setter), jobs_(std::move(jobs)), window_(window), slots_(jobs_.size()) {
  for (std::size_t k = 0; k < jobs_.size(); ++k) index_.emplace(jobs_[k].text, k);
  if (!jobs_.empty() && window_ > 0) helper_ = std::thread([this] { run(); });
}

ParagraphsAhead::~ParagraphsAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  if (helper_.joinable()) helper_.join();
}

std::size_t ParagraphsAhead::next_pending(std::size_t from) const {
  const std::size_t end = std::min(slots_.size(), cursor_ + window_);
  for (std::size_t k = std::max(from, cursor_); k < end; ++k)
    if (slots_[k].state == State::pending) return k;
  return slots_.size();
}

void ParagraphsAhead::set_one(std::size_t k, std::unique_lock<std::mutex>& lock) {
  lock.unlock();
  const ParagraphJob& job = jobs_[k];
  SetParagraph result;
  try {
    result = setter_.set_ahead(*job.runs, *job.style, job.measure, *job.where, job.options);
  } catch (...) {
    result.complete = false;  // the builder sets it, and meets the problem itself
  }
  lock.lock();
  Slot& slot = slots_[k];
  if (slot.passed) {
    slot.state = State::gone;  // nobody takes it
  } else {
    slot.result = std::move(result);
    slot.state = State::done;
  }
  changed_.notify_all();
}

void ParagraphsAhead::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_) {
    const std::size_t k = next_pending(0);
    if (k < slots_.size()) {
      slots_[k].state = State::working;
      set_one(k, lock);
      continue;
    }
    if (cursor_ >= slots_.size()) return;  // every job taken or passed
    changed_.wait(lock);
  }
}

void ParagraphsAhead::wait_until_idle() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] {
    if (!helper_.joinable()) return true;
    const std::size_t end = std::min(slots_.size(), cursor_ + window_);
    for (std::size_t k = cursor_; k < end; ++k)
      if (slots_[k].state == State::pending || slots_[k].state == State::working) return false;
    return true;
  });
}

bool ParagraphsAhead::matches(const ParagraphJob& job, const std::vector<InlineRun>& runs,
                              const style::TextStyle& style, Length measure,
                              const SourceSpan& where, const ParagraphOptions& options) const {
  return job.style == &style && job.measure == measure &&
         job.options.use_style_indent == options.use_style_indent && same_span(*job.where, where) &&
         same_runs(*job.runs, runs);
}

std::optional<SetParagraph> ParagraphsAhead::take(const TextOf& text,
                                                  const std::vector<InlineRun>& runs,
                                                  const style::TextStyle& style, Length measure,
                                                  const SourceSpan& where,
                                                  const ParagraphOptions& options) {
  auto planned = index_.find(text);
  if (planned == index_.end()) return std::nullopt;
  const std::size_t k = planned->second;
  std::unique_lock<std::mutex> lock(mutex_);
  if (k < cursor_) return std::nullopt;  // asked for again (another measure): set it here
  // The texts planned before this one were not asked for: drop what was set.
  for (std::size_t j = cursor_; j < k; ++j) {
    if (slots_[j].state == State::working) {
      slots_[j].passed = true;  // set_one drops it
      continue;
    }
    slots_[j].state = State::gone;
    slots_[j].result = {};
  }
  cursor_ = k + 1;
  changed_.notify_all();  // the window moved on
  Slot& slot = slots_[k];
  for (;;) {
    if (slot.state == State::pending) {
      // Not started: set now, on this thread, as without a helper.
      slot.state = State::gone;
      return std::nullopt;
    }
    if (slot.state == State::done) break;
    // The helper is setting it: set one further ahead meanwhile, if any.
    const std::size_t other = next_pending(k + 1);
    if (other < slots_.size()) {
      slots_[other].state = State::working;
      set_one(other, lock);
    } else {
      changed_.wait(lock);
    }
  }
  SetParagraph result = std::move(slot.result);
  slot.state = State::gone;
  lock.unlock();
  if (!result.complete || !matches(jobs_[k], runs, style, measure, where, options))
    return std::nullopt;
  ++taken_;
  return result;
}

}  // namespace paiban::layout
