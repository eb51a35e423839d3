#include "cli/language.h"

#include <clocale>
#include <cstdlib>

#include "base/program_location.h"
#include "base/translation.h"

namespace paiban::cli {

std::string set_up_language(const LanguageEnvironment& env) {
  std::string chosen;
  if (const char* set = std::setlocale(LC_MESSAGES, "")) {
    chosen = set;
  } else {
    // The locale named is not generated on this machine (`locale -a` lacks
    // it), so setlocale refuses it and gettext would speak English. Catalogs
    // need only the language's name, not the locale's data: keep the
    // C.UTF-8 locale (which is not "C", so gettext honours LANGUAGE) and
    // name the language through LANGUAGE, as POSIX picks it.
    const std::string& named = !env.lc_all.empty()        ? env.lc_all
                               : !env.lc_messages.empty() ? env.lc_messages
                                                          : env.lang;
    std::setlocale(LC_MESSAGES, "C.UTF-8");
    chosen = named.substr(0, named.find('.'));  // zh_CN.UTF-8 -> zh_CN
    if (env.language.empty() && !chosen.empty()) setenv("LANGUAGE", chosen.c_str(), 1);
  }
  if (!program_locale_dir().empty()) bind_translations(program_locale_dir());
  return chosen;
}

}  // namespace paiban::cli
