// Small Documents and StyleSheets written in code, so the plugin stage's
// tests do not depend on the manuscript and style parsers.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "paiban/document.h"
#include "paiban/options.h"
#include "style/stylesheet.h"

namespace paiban::testing {

inline SourceSpan at(const std::string& file, int line, int column = 1) {
  return SourceSpan{file, line, column};
}

inline std::vector<InlineRun> runs(const std::string& text, int line = 0) {
  InlineRun r;
  r.text = text;
  r.span = at("issue.md", line);
  return {r};
}

inline Block block(Block::Kind kind, const std::string& text = {}, int line = 0) {
  Block b;
  b.kind = kind;
  if (!text.empty()) b.inlines = runs(text, line);
  b.span = at("issue.md", line);
  return b;
}

inline Block paragraph(const std::string& text, int line = 0) {
  return block(Block::Kind::paragraph, text, line);
}

inline Article article(const std::string& title, std::vector<Block> blocks, int line = 0) {
  Article a;
  if (!title.empty()) a.title = runs(title, line);
  a.title_text = title;
  a.blocks = std::move(blocks);
  a.span = at("issue.md", line);
  return a;
}

inline Section section(const std::string& title, int line, std::vector<Article> articles = {}) {
  Section s;
  s.title = title;
  s.span = at("issue.md", line);
  s.articles = std::move(articles);
  if (s.articles.empty()) s.articles.push_back(article("", {paragraph("正文。", line + 2)}));
  return s;
}

inline style::SectionBinding entry(const std::string& match, const std::string& plugin, int line,
                                   OptionTable options = {}) {
  style::SectionBinding b;
  b.match = match;
  b.plugin = plugin;
  b.options = std::move(options);
  b.span = at("style.toml", line);
  return b;
}

template <typename T>
OptionValue value(T v, int line, int column) {
  OptionValue o;
  o.value = std::move(v);
  o.span = at("style.toml", line, column);
  return o;
}

inline OptionValue value(const char* v, int line, int column) {
  return value(std::string(v), line, column);
}

}  // namespace paiban::testing
