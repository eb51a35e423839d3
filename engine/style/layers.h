// Reading a style sheet and the sheets it `extends`, and merging them into
// one table: tables merge key by key with the most derived file winning,
// [[section]] lists and all other values replace wholesale. Merged nodes keep
// the file:line:col where they were written.
#pragma once

#include <string>

#include <toml++/toml.h>

#include "base/environment.h"
#include "style/declared_styles.h"
#include "style/report.h"

namespace paiban::style {

// The merged table of `path`, its `extends` chain and the built-in base.
// Unreadable files, syntax errors and cycles are reported; what could be
// read is still returned, so a missing file yields the built-in defaults.
// A chain longer than kMaxExtendsChain files is an error at the `extends`
// that goes one too far. `files_read` (when given) receives every file
// read, the leaf first: the run must never write over one of them.
// `declared` (plugins' text styles) lies under the files and over the base.
toml::table load_layers(const std::string& path, const Environment& env, StyleReporter& report,
                        std::vector<std::string>* files_read = nullptr,
                        const std::vector<PluginStyles>& declared = {});

// Far beyond any real chain (the house style is two deep); it stops a
// hostile or mistaken chain before it reads thousands of files.
constexpr int kMaxExtendsChain = 32;

// Moves the entries of `under` that `top` lacks into `top`, recursing into
// tables the schema declares as tables. `path` is where `top` sits.
void merge_under(toml::table& top, toml::table&& under, std::vector<std::string>& path);

}  // namespace paiban::style
