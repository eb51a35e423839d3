#include "test_events.h"

namespace paiban::testing {

std::vector<std::string>& plugin_events() {
  static auto* events = new std::vector<std::string>();
  return *events;
}

}  // namespace paiban::testing

// Exported from the test program (ENABLE_EXPORTS); test plugins call it
// through a weak reference (plugins/test_events.h).
extern "C" __attribute__((visibility("default"))) void paiban_test_plugin_event(const char* event) {
  paiban::testing::plugin_events().push_back(event);
}
