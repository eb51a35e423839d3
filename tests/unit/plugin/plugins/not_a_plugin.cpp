// A shared library that is not a paiban plugin: no paiban_plugin_abi.
extern "C" __attribute__((visibility("default"))) int some_other_library_function() {
  return 7;
}
