#include "manuscript/gfm_parser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <mutex>

namespace paiban::manuscript {
namespace {

// CMARK_OPT_SMART is left out on purpose: it would turn "--" into a dash
// and straight quotes into curly ones, and the manuscript's characters must
// reach the page untouched. The tagfilter extension is not attached: raw
// HTML is never printed, only reported.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

}  // namespace

CmarkDocument parse_gfm(std::string_view markdown) {
  // cmark-gfm 0.29.0.gfm.6 guards its registration with a plain static
  // flag, which is not safe when issues are read on several threads.
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  if (!parser) return nullptr;
  for (const char* name : kExtensions)
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return CmarkDocument(cmark_parser_finish(parser.get()));
}

std::string_view node_type_name(cmark_node* node) {
  // 0.29.0.gfm.6 names its own footnote nodes "<unknown>".
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      return "footnote_definition";
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      return "footnote_reference";
    default:
      break;
  }
  const char* name = cmark_node_get_type_string(node);
  return name ? name : "";
}

}  // namespace paiban::manuscript
