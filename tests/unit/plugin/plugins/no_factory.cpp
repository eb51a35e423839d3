// The right ABI version but no factory alias.
#include <boost/dll/alias.hpp>

#include "paiban/abi.h"

extern "C" BOOST_SYMBOL_EXPORT int paiban_plugin_abi() {
  return paiban::kPluginAbiVersion;
}
