// Messages in the editor's language: gettext's catalog "paiban"
// (po/zh_CN.po, compiled by CMake into share/locale/<lang>/LC_MESSAGES).
// Without a catalog for the language chosen, every function here returns
// the English text it was given, so English needs no catalog at all.
#pragma once

#include <string>
#include <vector>

namespace paiban {

// Marks a string literal for the catalog without translating it where it
// stands (xgettext --keyword=N_); it is translated where it is used.
#define N_(text) text

// Reads catalogs from `locale_dir` (<prefix>/share/locale) from now on,
// always as UTF-8 whatever the locale's character set. The language is the
// one the process's LC_MESSAGES locale and LANGUAGE name (cli/language.h
// sets them up from the editor's environment).
void bind_translations(const std::string& locale_dir);

// The translation of `english`, a message id of the catalog; `english`
// itself when there is none.
std::string tr(const char* english);
std::string tr(const std::string& english);

// tr(pattern) with its {} filled by `parts` (see translate_message).
std::string tr_format(const char* pattern, const std::vector<std::string>& parts);

// A diagnostic's message or note in the editor's language. Messages are
// made of fixed words and the names, paths and numbers of the case at hand
// ("cannot read the manuscript: No such file or directory"), so the catalog
// holds patterns with {} for the variable parts ("cannot read the
// manuscript: {}"), found in the code by po/derive_patterns.py: the most
// specific pattern of the catalog that matches the whole text is
// translated, and its parts are put into the translation's {} in order (or
// {1}, {2}, … by number, where Chinese word order differs); parts the
// pattern does not quote are translated in turn. A message joined from
// pieces made in different places is translated piece by piece. Text
// without a translation stays English (po/check_catalog.py keeps the
// catalog complete).
std::string translate_message(const std::string& english);

}  // namespace paiban
