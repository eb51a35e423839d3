// What the test plugins reported through paiban_test_plugin_event.
#pragma once

#include <string>
#include <vector>

namespace paiban::testing {

// Never destroyed: a plugin library unloaded at process exit may still
// report after static destructors of this program have run.
std::vector<std::string>& plugin_events();

inline void plugin_events_clear() {
  plugin_events().clear();
}

}  // namespace paiban::testing
