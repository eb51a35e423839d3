#include "pdf/font_embedding.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "base/parallel.h"
#include "pdf/pdf_writer_detail.h"
#include "pdf/predicted_codes.h"
#include "pdf/write_memo.h"

namespace paiban::pdf {

FontEmbedding::FontEmbedding(const FontUsageCollector& usage, const Environment& env,
                             Options options)
    : usage_(usage), env_(env), options_(options), fonts_(usage.fonts().size()) {
  if (options_.threads < 2) options_.paint_ahead = false;
}

FontEmbedding::~FontEmbedding() {
  join();
}

void FontEmbedding::start() {
  const auto& used = usage_.fonts();
  for (std::size_t i = 0; i < used.size(); ++i) {
    const FontUsage& u = used[i];
    Font& f = fonts_[i];
    f.program = FontProgram::open(u.face, env_, f.error);
    if (!f.program) {
      f.done = true;
      continue;
    }
    const auto range = std::find_if(u.glyphs.begin(), u.glyphs.end(),
                                    [&](uint32_t g) { return g >= f.program->glyph_count(); });
    if (range != u.glyphs.end()) {
      f.error = "glyph id " + std::to_string(*range) + " is beyond the font's " +
                std::to_string(f.program->glyph_count()) +
                " glyphs (the page model was shaped with a different font file)";
      f.done = true;
      continue;
    }
    const FontSubset* known = nullptr;
    if (options_.made) {
      const auto it = options_.made->find(u.face);
      if (it != options_.made->end()) known = &it->second;
    }
    if (!known && options_.memo) known = options_.memo->subset(u.face, u.glyphs);
    if (known) {
      f.subset = *known;
      f.remembered = true;
      f.done = true;
      continue;
    }
    jobs_.push_back(i);
  }
  // The largest first: the CJK face takes longest, and starting it last
  // would leave one core idle at the end.
  std::stable_sort(jobs_.begin(), jobs_.end(), [&](std::size_t a, std::size_t b) {
    return used[a].glyphs.size() > used[b].glyphs.size();
  });
  if (!options_.paint_ahead) {
    // Subsets made here, in parallel (each with its own FreeType library,
    // which is not thread-safe).
    const unsigned threads = std::max(1u, options_.threads);
    std::vector<std::unique_ptr<FreeTypeLibrary>> libraries;
    for (unsigned w = 0; w < threads; ++w) libraries.push_back(std::make_unique<FreeTypeLibrary>());
    parallel_for(jobs_.size(), threads,
                 [&](std::size_t j, unsigned worker) { subset(jobs_[j], *libraries[worker]); });
    return;
  }
  // threads - 1 helpers: this thread paints the pages meanwhile, then takes
  // what is left in finish().
  const std::size_t helpers = std::min<std::size_t>(options_.threads - 1, jobs_.size());
  for (std::size_t h = 0; h < helpers; ++h) {
    helpers_.emplace_back([this] {
      std::optional<FreeTypeLibrary> ft;
      while (take_job(ft)) {
      }
    });
  }
}

bool FontEmbedding::take_job(std::optional<FreeTypeLibrary>& ft) {
  std::size_t font = 0;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (next_job_ == jobs_.size()) return false;
    font = jobs_[next_job_++];
  }
  if (!ft) ft.emplace();
  subset(font, *ft);
  return true;
}

void FontEmbedding::subset(std::size_t font, const FreeTypeLibrary& ft) {
  Font& f = fonts_[font];
  std::optional<FontSubset> made;
  std::string error;
  try {
    made = subset_font(*f.program, ft, usage_.fonts()[font].glyphs, error);
  } catch (const std::exception& e) {
    error = std::string("subsetting failed: ") + e.what();
  }
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    f.subset = std::move(made);
    if (!f.subset) f.error = error;
    f.done = true;
  }
  done_.notify_all();
}

void FontEmbedding::wait_for(std::size_t font) {
  // Rather than wait idle, this thread subsets what no helper has taken.
  for (;;) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (fonts_[font].done) return;
    }
    if (!take_job(own_ft_)) break;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [&] { return fonts_[font].done; });
}

void FontEmbedding::join() {
  for (std::thread& t : helpers_)
    if (t.joinable()) t.join();
  helpers_.clear();
}

bool FontEmbedding::report_first_error(Diagnostics& diags) {
  join();
  const auto& used = usage_.fonts();
  for (std::size_t i = 0; i < fonts_.size(); ++i) {
    if (fonts_[i].program && fonts_[i].subset) continue;
    diags.error(SourceSpan{used[i].face.path, 0, 0}, fonts_[i].error,
                {"check the font roles in the style sheet"});
    return true;
  }
  return false;
}

bool FontEmbedding::embed(ObjectFactory& objects, FontTable& table, Diagnostics& diags) {
  const auto& used = usage_.fonts();
  for (std::size_t i = 0; i < used.size(); ++i) {
    const FontUsage& u = used[i];
    Font& f = fonts_[i];
    if (!f.program) return !report_first_error(diags);
    // A subset made already is taken as it is (the bytes are the same);
    // the others are embedded with predicted codes.
    bool made = false;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      made = f.done && !options_.spoil_predictions;
    }
    std::optional<std::map<uint32_t, uint16_t>> predicted;
    if (options_.paint_ahead && !made && !f.remembered)
      predicted = predict_codes(*f.program, u.glyphs);
    if (predicted) {
      if (options_.spoil_predictions && i + 1 == used.size() && predicted->size() >= 2) {
        auto first = predicted->begin();
        std::swap(first->second, std::next(first)->second);
      }
      FontProgramToCome to_come;
      table[u.face] = FontEntry{&u, embed_font(objects, *f.program, *predicted, u, to_come)};
      f.predicted = std::move(predicted);
      f.to_come = to_come;
      continue;
    }
    wait_for(i);
    if (!f.subset) return !report_first_error(diags);
    table[u.face] = FontEntry{&u, embed_font(objects, *f.program, *f.subset, u)};
  }
  return true;
}

FontEmbedding::Outcome FontEmbedding::finish(ObjectFactory& objects, Diagnostics& diags,
                                             WriteStats* stats) {
  const auto& used = usage_.fonts();
  // What no helper has taken is subset here. Each font's program goes to
  // its stream as soon as its subset is there, so that it is compressed
  // (pdf/eager_compression.h) while the others are still being subset:
  // first those done already, then the others as they are done.
  while (take_job(own_ft_)) {
  }
  std::vector<bool> seen(fonts_.size(), false);
  for (const bool waiting : {false, true}) {
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
      if (seen[i]) continue;
      if (waiting) {
        wait_for(i);
      } else {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (!fonts_[i].done) continue;
      }
      seen[i] = true;
      Font& f = fonts_[i];
      if (!f.subset || !f.to_come) continue;  // errors are reported below, in usage order
      if (*f.predicted != f.subset->code_of) {
        join();
        return Outcome::mispredicted;
      }
      if (options_.memo) options_.memo->keep_subset(used[i].face, used[i].glyphs, *f.subset);
      fill_font_program(objects, *f.to_come, std::move(f.subset->program));
      f.filled = true;
    }
  }
  join();
  if (report_first_error(diags)) return Outcome::failed;
  for (std::size_t i = 0; i < fonts_.size(); ++i) {
    Font& f = fonts_[i];
    const FontUsage& u = used[i];
    if (stats) {
      stats->subset_seconds.emplace_back(
          u.face.path.str() + "#" + std::to_string(u.face.face_index), f.subset->seconds);
      stats->subset_glyphs.push_back(u.glyphs.size());
    }
    if (options_.memo && !f.remembered && !f.to_come)
      options_.memo->keep_subset(u.face, u.glyphs, *f.subset);
  }
  return Outcome::done;
}

SubsetsMade FontEmbedding::subsets() {
  join();
  SubsetsMade out;
  const auto& used = usage_.fonts();
  // A program given to its stream is gone: that face is subset again.
  for (std::size_t i = 0; i < fonts_.size(); ++i)
    if (fonts_[i].subset && !fonts_[i].filled) out.emplace(used[i].face, *fonts_[i].subset);
  return out;
}

}  // namespace paiban::pdf
