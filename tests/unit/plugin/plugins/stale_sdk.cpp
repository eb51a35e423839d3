// A plugin that says the right ABI version but was built against other SDK
// headers (another header hash) and with another Block layout: the engine
// must refuse it without calling its factory. PAIBAN_STALE_FIELD selects
// which field of the signature is off (set per target in CMakeLists.txt).
#include <boost/dll/alias.hpp>

#include "paiban/abi.h"
#include "paiban/sdk_signature.h"
#include "test_events.h"

extern "C" BOOST_SYMBOL_EXPORT int paiban_plugin_abi() {
  return paiban::kPluginAbiVersion;
}

extern "C" BOOST_SYMBOL_EXPORT const char* paiban_plugin_sdk_signature() {
  static const std::string signature = [] {
    std::string s = paiban::sdk_signature();
    const std::string field = std::string(";") + PAIBAN_STALE_FIELD + "=";
    const std::size_t at = s.find(field) + field.size();
    s.insert(at, "9");  // another hash, or a size ten times too large
    return s;
  }();
  return signature.c_str();
}

namespace stale_sdk {
paiban::SectionPlugin* create() {
  test_event("stale_sdk: factory called");
  return nullptr;
}
}  // namespace stale_sdk
BOOST_DLL_ALIAS(stale_sdk::create, paiban_create_section_plugin_v1)
