// A plugin built for another ABI: the engine must refuse it without calling
// its factory (which here only leaves a trace).
#include <boost/dll/alias.hpp>

#include "paiban/abi.h"
#include "paiban/section_plugin.h"
#include "test_events.h"

extern "C" BOOST_SYMBOL_EXPORT int paiban_plugin_abi() {
  return paiban::kPluginAbiVersion + 41;
}

namespace wrong_abi {
paiban::SectionPlugin* create() {
  test_event("wrong_abi: factory called");
  return nullptr;
}
}  // namespace wrong_abi
BOOST_DLL_ALIAS(wrong_abi::create, paiban_create_section_plugin_v1)
