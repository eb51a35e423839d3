// The engine's window on the world, in the role of Typst's `World`: the
// engine never opens files, asks fontconfig or reads the clock itself. Tests
// inject pinned font paths and a fixed date; the CLI injects the system.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/font_files.h"
#include "base/input_file.h"

namespace paiban {

struct FontLocation {
  std::string path;
  int face_index = 0;  // a face inside a collection (.ttc)
};

class Environment {
 public:
  virtual ~Environment() = default;

  // Whole file contents, or nullopt when it cannot be read. Only regular
  // files are read, and only up to the input size limit.
  virtual std::optional<std::string> read_file(const std::string& path) const = 0;

  // Why read_file(path) gave nothing, for the message ("is a directory, not
  // a file"); empty when the environment cannot tell.
  virtual std::string why_unreadable(const std::string& /*path*/) const { return {}; }

  // Face `face_index` of the font file at `path`, for the text stage to
  // shape with and the pdf stage to subset and embed; nullptr with `problem`
  // set when it cannot be opened (`damage`, when given, names the tables
  // that fail the sanitizers). May be called from several threads at once.
  // This one is the process's shared, memory-mapped face
  // (base/font_files.h); an environment without a file system serves faces
  // from memory (face_from_bytes).
  virtual std::shared_ptr<const SharedFace> open_face(const std::string& path, int face_index,
                                                      FontFileProblem* problem,
                                                      std::string* damage = nullptr) const;

  // read_file and why_unreadable with the input size limit `max_bytes`
  // instead of the environment's own (--limit input_file_mib, base/limits.h).
  virtual std::optional<std::string> read_file_within(const std::string& path,
                                                      std::uint64_t max_bytes) const {
    auto bytes = read_file(path);
    if (bytes && bytes->size() > max_bytes) return std::nullopt;
    return bytes;
  }
  virtual std::string why_unreadable_within(const std::string& path,
                                            std::uint64_t max_bytes) const {
    (void)max_bytes;
    return why_unreadable(path);
  }

  // A font file for a family name and style ("Regular", "Bold"), or nullopt
  // when no installed font has that family (no silent substitution).
  virtual std::optional<FontLocation> find_font(const std::string& family,
                                                const std::string& style) const = 0;

  // Installed faces that have a glyph for `cp`, best first, preferring the
  // generic class `generic` ("serif", "sans-serif", "monospace") and
  // Simplified Chinese forms; outline fonts only (colour-only faces cannot
  // be embedded as outlines). The last resort of every font role's chain.
  virtual std::vector<FontLocation> fonts_covering(char32_t cp, const std::string& generic) const {
    (void)cp;
    (void)generic;
    return {};
  }

  // Loads what font lookups need (fontconfig's configuration) ahead of the
  // first find_font or fonts_covering; a render calls it on a helper thread
  // (cli/warm_up.h). The lookups do it themselves when it was not called.
  virtual void prepare_font_lookup() const {}

  // Seconds since the epoch to stamp into the output, from SOURCE_DATE_EPOCH
  // when set. Never the wall clock: output must be reproducible.
  virtual std::optional<int64_t> source_date_epoch() const = 0;

  // Why SOURCE_DATE_EPOCH was set but not used (not a whole number of
  // seconds in 1970…9999); empty when it is unset or fine. A run stops on
  // it: a silently ignored date breaks reproducible builds.
  virtual std::string source_date_epoch_error() const { return {}; }
};

// SOURCE_DATE_EPOCH's value: seconds from 1970-01-01 up to the end of 9999
// (a PDF date has four year digits). nullopt with `error` set otherwise;
// an empty value means unset (nullopt, no error).
std::optional<int64_t> parse_source_date_epoch(const std::string& value, std::string& error);

// `inner` with another input size limit: every file is read through
// read_file_within(path, max_bytes). Everything else is `inner`'s.
class InputLimitedEnvironment final : public Environment {
 public:
  InputLimitedEnvironment(const Environment& inner, std::uint64_t max_bytes)
      : inner_(inner), max_bytes_(max_bytes) {}
  std::optional<std::string> read_file(const std::string& path) const override {
    return inner_.read_file_within(path, max_bytes_);
  }
  std::string why_unreadable(const std::string& path) const override {
    return inner_.why_unreadable_within(path, max_bytes_);
  }
  std::optional<std::string> read_file_within(const std::string& path,
                                              std::uint64_t max_bytes) const override {
    return inner_.read_file_within(path, max_bytes);
  }
  std::string why_unreadable_within(const std::string& path,
                                    std::uint64_t max_bytes) const override {
    return inner_.why_unreadable_within(path, max_bytes);
  }
  std::optional<FontLocation> find_font(const std::string& family,
                                        const std::string& style) const override {
    return inner_.find_font(family, style);
  }
  std::vector<FontLocation> fonts_covering(char32_t cp, const std::string& generic) const override {
    return inner_.fonts_covering(cp, generic);
  }
  void prepare_font_lookup() const override { inner_.prepare_font_lookup(); }
  std::optional<int64_t> source_date_epoch() const override { return inner_.source_date_epoch(); }
  std::string source_date_epoch_error() const override { return inner_.source_date_epoch_error(); }
  std::shared_ptr<const SharedFace> open_face(const std::string& path, int face_index,
                                              FontFileProblem* problem,
                                              std::string* damage = nullptr) const override {
    return inner_.open_face(path, face_index, problem, damage);
  }

 private:
  const Environment& inner_;
  std::uint64_t max_bytes_;
};

// Reads real files, asks fontconfig, and honours SOURCE_DATE_EPOCH.
class SystemEnvironment final : public Environment {
 public:
  // `max_input_bytes`: the largest input file read (input_file.h).
  explicit SystemEnvironment(std::uint64_t max_input_bytes = kDefaultMaxInputBytes);
  ~SystemEnvironment() override;
  SystemEnvironment(const SystemEnvironment&) = delete;
  SystemEnvironment& operator=(const SystemEnvironment&) = delete;

  std::optional<std::string> read_file(const std::string& path) const override;
  std::string why_unreadable(const std::string& path) const override;
  std::optional<std::string> read_file_within(const std::string& path,
                                              std::uint64_t max_bytes) const override;
  std::string why_unreadable_within(const std::string& path,
                                    std::uint64_t max_bytes) const override;
  std::optional<FontLocation> find_font(const std::string& family,
                                        const std::string& style) const override;
  std::vector<FontLocation> fonts_covering(char32_t cp, const std::string& generic) const override;
  void prepare_font_lookup() const override;
  std::optional<int64_t> source_date_epoch() const override;
  std::string source_date_epoch_error() const override;

 private:
  // Loading fontconfig's configuration parses its XML files and scans the
  // font folders: do it once per run, and remember each answer.
  struct FontCache;
  std::unique_ptr<FontCache> fonts_;
  std::uint64_t max_input_bytes_;
};

}  // namespace paiban
