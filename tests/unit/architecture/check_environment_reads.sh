#!/usr/bin/env bash
# The stages read every input through the Environment (engine/base/
# environment.h): a test, the fuzzers and the preview give them files from
# memory, and the input size limit applies to every read. Checked on the
# sources of the stages that take an Environment: none opens, maps or parses
# a file by its path itself. engine/base implements the Environment and cli
# is the process boundary, so neither is checked.
# Usage: check_environment_reads.sh ENGINE_DIR
set -euo pipefail
engine=$1
stages=(text layout page pdf style manuscript import plugin)
# File reads by path: C and C++ streams, POSIX open and mmap, and the
# libraries' own file readers (HarfBuzz, FreeType, libpng, libjpeg, libzip,
# toml++, libxml2).
reads='(^|[^A-Za-z_:])(std::)?i?fstream\b|(^|[^A-Za-z_])fopen\s*\(|(^|[^A-Za-z_:])::open\s*\(|(^|[^A-Za-z_])mmap\s*\(|hb_blob_create_from_file|FT_New_Face|png_init_io|jpeg_stdio_src|(^|[^A-Za-z_])zip_open\s*\(|toml::parse_file|xml(ReadFile|ParseFile|ReaderForFile)'
# Allowed, with the reason:
#  - pdf/atomic_file.cpp opens the output's temporary file and its folder
#    (to fsync it): writing the output, not reading an input;
#  - plugin/plugin_reference_main.cpp is the build's README generator
#    (paiban_plugin_reference), not a stage at run time.
allowed='^pdf/atomic_file\.cpp:[0-9]+:.*(O_WRONLY|O_DIRECTORY)|^plugin/plugin_reference_main\.cpp:'
hits=$(cd "$engine" && grep -rnE "$reads" --include='*.cpp' --include='*.h' "${stages[@]}" |
  grep -vE '^[^:]+:[0-9]+:\s*(//|\*|#include)' | grep -vE "$allowed" || true)
checked=$(cd "$engine" && find "${stages[@]}" -name '*.cpp' -o -name '*.h' | wc -l)
if [ -n "$hits" ]; then
  echo "these stages read files themselves instead of through the Environment (engine/base/environment.h):"
  sed 's/^/  engine\//' <<<"$hits"
  exit 1
fi
echo "${#stages[@]} stages, $checked files: every input read goes through the Environment"
