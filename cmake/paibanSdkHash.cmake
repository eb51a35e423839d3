# The SDK header hash (the plugin ABI handshake, engine/include/paiban/
# sdk_signature.h): SHA-256 over every public SDK header, in name order,
# with // comments removed and white space collapsed, so that only a change
# to declarations changes it (a comment edit or clang-format does not). Written to <build>/include/paiban/sdk_hash.h,
# which is installed with the SDK.
function(paiban_sdk_header_hash header_dir out_var)
  file(GLOB headers RELATIVE ${header_dir} ${header_dir}/*.h)
  list(SORT headers)
  set(all "")
  foreach(h ${headers})
    file(READ ${header_dir}/${h} text)
    string(REGEX REPLACE "(^|[ \t\n])//[^\n]*" "\\1" text "${text}")
    string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
    string(APPEND all "== ${h}\n${text}\n")
    if(NOT CMAKE_SCRIPT_MODE_FILE)  # configure again when a header changes
      set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                   ${header_dir}/${h})
    endif()
  endforeach()
  string(SHA256 hash "${all}")
  set(${out_var} ${hash} PARENT_SCOPE)
endfunction()
