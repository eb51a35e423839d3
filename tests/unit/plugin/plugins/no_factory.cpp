// The right ABI version and SDK signature but no factory alias.
#include <boost/dll/alias.hpp>

#include "paiban/abi.h"
#include "paiban/sdk_signature.h"

extern "C" BOOST_SYMBOL_EXPORT int paiban_plugin_abi() {
  return paiban::kPluginAbiVersion;
}

extern "C" BOOST_SYMBOL_EXPORT const char* paiban_plugin_sdk_signature() {
  static const std::string signature = paiban::sdk_signature();
  return signature.c_str();
}
