// Test plugins tell the test program what happens to them through a hook
// the test executable exports (ENABLE_EXPORTS). The hook lives in the host,
// so it still works when the plugin's library is gone.
#pragma once

extern "C" __attribute__((weak, visibility("default"))) void paiban_test_plugin_event(
    const char* event);

inline void test_event(const char* event) {
  if (paiban_test_plugin_event) paiban_test_plugin_event(event);
}
