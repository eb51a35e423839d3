# paiban_add_plugin(<name> [OUTPUT_DIRECTORY <dir>] [NO_INSTALL] [SOURCES] <source>...)
#
# Builds a section plugin as lib<name>.so, the file the engine looks for on
# its plugin search path. Used by the plugins in the paiban source tree and,
# through find_package(paiban), by plugins built outside it.
#
# - MODULE library: loaded with dlopen, never linked against.
# - Hidden visibility: a plugin exports only its ABI function and factory
#   alias (PAIBAN_EXPORT_SECTION_PLUGIN), so two plugins (or a plugin and the
#   engine's built-in copy of it) cannot interpose each other's symbols.
# - -fno-gnu-unique (GCC): Boost headers give a plugin STB_GNU_UNIQUE
#   symbols, which make dlclose a no-op and hide use-after-unload bugs;
#   without them the library really unmaps when the engine unloads it.
# - --no-undefined: a plugin may use the SDK headers and the C++ runtime
#   only; calling into the engine fails at link time, not at load time.
include_guard(GLOBAL)

function(paiban_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL" "OUTPUT_DIRECTORY" "SOURCES")
  set(sources ${arg_SOURCES} ${arg_UNPARSED_ARGUMENTS})
  if(NOT sources)
    message(FATAL_ERROR "paiban_add_plugin(${name}): no source files given")
  endif()
  add_library(${name} MODULE ${sources})
  target_link_libraries(${name} PRIVATE paiban::sdk)
  target_compile_features(${name} PRIVATE cxx_std_20)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib"
    SUFFIX ".so"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${name} PRIVATE -fno-gnu-unique)
  endif()
  # In a sanitized clang build a library leaves the sanitizer runtime's
  # symbols to the program that loads it, so --no-undefined cannot hold there.
  if(NOT ((PAIBAN_SANITIZE OR PAIBAN_FUZZ) AND CMAKE_CXX_COMPILER_ID MATCHES "Clang"))
    target_link_options(${name} PRIVATE LINKER:--no-undefined)
  endif()
  if(arg_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${arg_OUTPUT_DIRECTORY})
  elseif(DEFINED PAIBAN_PLUGIN_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES
      LIBRARY_OUTPUT_DIRECTORY ${PAIBAN_PLUGIN_OUTPUT_DIRECTORY})
  endif()
  if(NOT arg_NO_INSTALL)
    # The paiban tree installs every plugin listed here (top CMakeLists.txt).
    set_property(GLOBAL APPEND PROPERTY PAIBAN_PLUGIN_TARGETS ${name})
  endif()
endfunction()
