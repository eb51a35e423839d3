# Driven by ctest (tests/unit/plugin/CMakeLists.txt): install the SDK, build
# the out-of-tree plugin in project/ against it, load the plugin through the
# engine's registry, and, when the paiban program exists, render with it.
#
# Inputs: PAIBAN_BUILD_DIR, SDK_PROJECT_DIR, WORK_DIR, GENERATOR, SDK_CHECK.
cmake_minimum_required(VERSION 3.25)

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${step} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

run("install" ${CMAKE_COMMAND} --install ${PAIBAN_BUILD_DIR} --prefix ${prefix})
foreach(f include/paiban/section_plugin.h include/paiban/plugin_export.h include/paiban/abi.h
          lib/cmake/paiban/paibanConfig.cmake lib/cmake/paiban/paibanConfigVersion.cmake
          lib/cmake/paiban/paibanPlugin.cmake lib/paiban/plugins/libarticle.so)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "install did not produce ${f}")
  endif()
endforeach()
# Test plugins are for the tests only.
file(GLOB stray ${prefix}/lib/paiban/plugins/libthrower.so ${prefix}/lib/paiban/plugins/libwrong_abi.so)
if(stray)
  message(FATAL_ERROR "test plugins were installed: ${stray}")
endif()

run("configure the out-of-tree plugin" ${CMAKE_COMMAND} -S ${SDK_PROJECT_DIR} -B ${WORK_DIR}/build
    -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix})
run("build the out-of-tree plugin" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
foreach(lib libshout.so libtally.so)
  if(NOT EXISTS ${WORK_DIR}/build/${lib})
    message(FATAL_ERROR "the out-of-tree build made no ${lib}")
  endif()
endforeach()

run("load and compose with the out-of-tree plugin"
    ${CMAKE_COMMAND} -E env PAIBAN_SDK_PLUGIN_DIR=${WORK_DIR}/build ${SDK_CHECK})
message(STATUS "${last_output}")

# The whole way through the paiban program, once it is built.
if(EXISTS ${prefix}/bin/paiban)
  get_filename_component(here ${CMAKE_CURRENT_LIST_FILE} DIRECTORY)
  run("render with the out-of-tree plugin" ${prefix}/bin/paiban render ${here}/issue.md
      --style ${here}/style.toml --plugin-path ${WORK_DIR}/build -o ${WORK_DIR}/issue.pdf)
  run("pdftotext" pdftotext ${WORK_DIR}/issue.pdf -)
  # The table's caption, header and cells in reading order, row by row.
  run("pdftotext of the table" pdftotext -layout ${WORK_DIR}/issue.pdf -)
  string(REGEX MATCH "表1[^A-Za-z]*Counted.*No\\. +Paragraph +Bytes.*1 +First paragraph +15\\.0.*2 +Second one +10\\.0"
         table "${last_output}")
  if(NOT table)
    message(FATAL_ERROR "the tally table is not in the PDF as set:\n${last_output}")
  endif()
  run("pdftotext" pdftotext ${WORK_DIR}/issue.pdf -)
  foreach(expected "HELLO SDK!" "PLUGINS ARE LOADED AT RUN TIME!")
    string(FIND "${last_output}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "pdftotext output lacks \"${expected}\":\n${last_output}")
    endif()
  endforeach()
  message(STATUS "rendered ${WORK_DIR}/issue.pdf with the shout plugin")
else()
  message(STATUS "no paiban program installed yet: render step skipped")
endif()
