// Only in libarticle.so: the engine's built-in copy must not export the
// plugin symbols, or two built-ins would clash.
#include "article_plugin.h"
#include "paiban/plugin_export.h"

PAIBAN_EXPORT_SECTION_PLUGIN(paiban::article::ArticlePlugin)
