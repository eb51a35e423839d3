#include "plugin/builtin_plugins.h"

#include "article/article_plugin.h"

namespace paiban::plugin {

std::vector<BuiltinPlugin> builtin_plugins() {
  return {{"article", &paiban::article::create_article_plugin}};
}

}  // namespace paiban::plugin
