// The language of messages, help and notes: Simplified Chinese when the
// editor's locale is zh_CN (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), English
// otherwise (docs/install.md, "Messages in Chinese").
#pragma once

#include <string>

namespace paiban::cli {

// The environment variables that choose the language, as main() read them
// (empty when unset).
struct LanguageEnvironment {
  std::string language;     // LANGUAGE: a priority list such as zh_CN:en
  std::string lc_all;       // LC_ALL
  std::string lc_messages;  // LC_MESSAGES
  std::string lang;         // LANG
};

// Sets the process's LC_MESSAGES from the environment and reads catalogs
// from <prefix>/share/locale. Only LC_MESSAGES changes: numbers in the PDF
// must not follow a locale's decimal comma. Returns the locale name that
// chose the language ("C" for English).
std::string set_up_language(const LanguageEnvironment& env);

}  // namespace paiban::cli
