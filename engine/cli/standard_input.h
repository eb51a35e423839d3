// `-` as the manuscript (render, check) or the style sheet (check-style):
// the text is read from standard input.
#pragma once

#include <istream>
#include <optional>
#include <string>

#include "base/environment.h"
#include "cli/render.h"

namespace paiban::cli {

// The name a manuscript read from standard input has in messages
// ("<stdin>:3:1: error: …"). It has no folder, so the paths it names
// (images, a `style` key) are relative to the working directory.
inline constexpr const char* kStandardInputName = "<stdin>";

// When args.manuscript is "-", reads `in` into args.manuscript_text (at most
// the input size limit) and names the manuscript kStandardInputName. False,
// with the message printed, when the input is too large or unreadable.
bool take_standard_input(RenderArgs& args, std::istream& in, const RenderContext& ctx);

// All of `in` (at most the input size limit), or nullopt with the message
// printed.
std::optional<std::string> read_standard_input(std::istream& in, const RenderContext& ctx);

// The environment a run with a style sheet from standard input reads
// through: the file kStandardInputName is `text`, every other request goes
// to `system`. A sheet's `extends` and paths are then relative to the
// working directory, as kStandardInputName has no folder.
class StandardInputEnvironment : public Environment {
 public:
  StandardInputEnvironment(const Environment& system, std::string text)
      : system_(system), text_(std::move(text)) {}
  std::optional<std::string> read_file(const std::string& path) const override;
  std::string why_unreadable(const std::string& path) const override;
  std::optional<std::string> read_file_within(const std::string& path,
                                              std::uint64_t max_bytes) const override;
  std::string why_unreadable_within(const std::string& path,
                                    std::uint64_t max_bytes) const override;
  std::shared_ptr<const SharedFace> open_face(const std::string& path, int face_index,
                                              FontFileProblem* problem,
                                              std::string* damage = nullptr) const override {
    return system_.open_face(path, face_index, problem, damage);
  }
  std::optional<FontLocation> find_font(const std::string& family,
                                        const std::string& style) const override {
    return system_.find_font(family, style);
  }
  std::vector<FontLocation> fonts_covering(char32_t cp, const std::string& generic) const override {
    return system_.fonts_covering(cp, generic);
  }
  std::optional<int64_t> source_date_epoch() const override { return system_.source_date_epoch(); }
  std::string source_date_epoch_error() const override { return system_.source_date_epoch_error(); }

 private:
  const Environment& system_;
  std::string text_;
};

}  // namespace paiban::cli
