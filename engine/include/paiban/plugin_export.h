// SDK. Include once in a plugin's source and name the plugin class:
//   PAIBAN_EXPORT_SECTION_PLUGIN(MyPlugin)
#pragma once

#include <boost/dll/alias.hpp>

#include "paiban/abi.h"
#include "paiban/sdk_signature.h"
#include "paiban/section_plugin.h"

#define PAIBAN_EXPORT_SECTION_PLUGIN(PluginClass)                            \
  extern "C" BOOST_SYMBOL_EXPORT int paiban_plugin_abi() {                   \
    return ::paiban::kPluginAbiVersion;                                      \
  }                                                                          \
  extern "C" BOOST_SYMBOL_EXPORT const char* paiban_plugin_sdk_signature() { \
    static const std::string signature = ::paiban::sdk_signature();          \
    return signature.c_str();                                                \
  }                                                                          \
  namespace paiban_plugin_factory {                                          \
  ::paiban::SectionPlugin* create_section_plugin() {                         \
    return new PluginClass();                                                \
  }                                                                          \
  }                                                                          \
  BOOST_DLL_ALIAS(paiban_plugin_factory::create_section_plugin, paiban_create_section_plugin_v1)
