#!/usr/bin/env bash
# `cmake --install` to a temporary prefix, the prefix moved elsewhere, and the
# installed program run with the source and build trees hidden (a private
# mount namespace with empty folders mounted over both): it must find its
# plugins, house style, print profiles, sample and template next to itself,
# render the sample and a new issue made with `paiban new`. Also checks the
# man page and the bash completion against the program's own help.
# Arguments: BUILD_DIR SOURCE_DIR.
set -u
build=$1
source "$(dirname "$0")/check_lib.sh" "$build/bin/paiban" "$2"

install_log=$work/install.log
if ! cmake --install "$build" --prefix "$work/staged" >"$install_log" 2>&1; then
  cat "$install_log"
  echo "FAIL: cmake --install"
  exit 1
fi
# Moved after installing: nothing may point at the prefix it was installed to.
mv "$work/staged" "$work/moved"
prefix=$work/moved
for f in bin/paiban lib/paiban/plugins/libarticle.so lib/paiban/plugins/libindustry_news.so \
  lib/paiban/libpaiban-import.so lib/paiban/libpaiban-preview.so \
  share/paiban/styles/xuchang.toml share/paiban/styles/profiles/FOGRA39L_coated.icc \
  share/paiban/styles/profiles/sRGB.icc share/paiban/samples/2025-01/issue.md \
  share/paiban/templates/issue/issue.md share/man/man1/paiban.1 \
  share/bash-completion/completions/paiban share/locale/zh_CN/LC_MESSAGES/paiban.mo; do
  check "installed $f" "[ -f '$prefix/$f' ]"
done
# No path of the source or build tree is compiled into what was installed.
# A sanitized build cannot pass this by design (UBSan keeps every check's
# source file name for its reports, and scripts/sanitize keeps line tables);
# the Release build of scripts/test checks it.
if [ -z "${PAIBAN_SANITIZED:-}" ]; then
  for f in "$prefix"/bin/paiban "$prefix"/lib/paiban/*.so "$prefix"/lib/paiban/plugins/*.so; do
    check "$(basename "$f") names no source or build path" \
      "! grep -q -a -e '$src' -e '$(realpath "$build")' '$f'"
  done
else
  echo "skipped under the sanitizers: installed files naming no source or build path (UBSan keeps source file names)"
fi

# The runs, as one script so that they can run inside the namespace.
cat >"$work/runs.sh" <<'RUNS'
set -u
prefix=$1 out=$2
p=$prefix/bin/paiban
cd "$out"
"$p" --version >version.txt 2>&1; echo "version $?" >>status
"$p" render -o sample.pdf >render.log 2>&1; echo "sample $?" >>status
"$p" check >check.log 2>&1; echo "check $?" >>status
SOURCE_DATE_EPOCH=1740787200 "$p" new 2025-03 --issue 3 >new.log 2>&1; echo "new $?" >>status
"$p" render 2025-03/issue.md >new-render.log 2>&1; echo "new-render $?" >>status
"$p" plugins >plugins.txt 2>&1; echo "plugins $?" >>status
"$p" render - -o stdin.pdf <2025-03/issue.md >stdin.log 2>&1; echo "stdin $?" >>status
env -u LANGUAGE -u LANG LC_ALL=zh_CN.UTF-8 "$p" render missing.md >zh.log 2>&1
# The command modules (engine/cli/modules), found next to the program.
"$p" import 行业动态-科普.docx -o imported.md >import.log 2>&1; echo "import $?" >>status
env -u LANGUAGE -u LANG LC_ALL=zh_CN.UTF-8 "$p" import missing.docx >zh-import.log 2>&1
"$p" watch --serve 0 --max-renders 1 2025-03/issue.md -o watched.pdf >watch.log 2>&1
echo "watch-serve $?" >>status
find "$SRC_DIR" "$BUILD_DIR" -mindepth 1 2>/dev/null | wc -l >visible
RUNS
mkdir -p "$work/out"
cp "$src/tests/e2e/import/fixtures/行业动态-科普.docx" "$work/out/"
export SRC_DIR=$src BUILD_DIR=$build
hidden=no
# Empty tmpfs folders over the build tree, then the source tree (the build
# may sit inside it) in a mount namespace
# of this run only (root, or user namespaces allowed); else the runs go on
# with the trees in place and the test says so.
if unshare --mount --map-root-user true 2>/dev/null; then
  unshare --mount --map-root-user bash -c \
    'mount -t tmpfs none "$BUILD_DIR" && mount -t tmpfs none "$SRC_DIR" && bash "$0" "$1" "$2"' \
    "$work/runs.sh" "$prefix" "$work/out"
  hidden=yes
else
  echo "note: no mount namespace here (unshare failed); the source and build trees stay visible"
  bash "$work/runs.sh" "$prefix" "$work/out"
fi
out=$work/out
on_fail() { cat "$out"/status "$out"/*.log 2>/dev/null | head -40; }
[ $hidden = yes ] && check "the source and build trees were hidden" "[ \"\$(cat '$out/visible')\" = 0 ]"
for step in version sample check new new-render plugins stdin import watch-serve; do
  check "$step exits 0" "grep -qx '$step 0' '$out/status'"
done
check "messages in Chinese from the installed catalog" "grep -q '^missing.md: 错误: 无法读取稿件' '$out/zh.log'"
check "import wrote the manuscript" "grep -q '^# ' '$out/imported.md'"
check "the import module speaks Chinese" "grep -q '^missing.docx: 错误: 无法打开文件' '$out/zh-import.log'"
check "the preview module served" "grep -q 'preview at http://127.0.0.1:[0-9]*/' '$out/watch.log' && [ -s '$out/watched.pdf' ]"
# A module of another build (here a plugin in its place) is refused, and a
# missing one named, without running it; render needs neither.
cp "$prefix/lib/paiban/plugins/libarticle.so" "$prefix/lib/paiban/libpaiban-import.so"
"$prefix/bin/paiban" import "$work/out/行业动态-科普.docx" -o "$work/out/other.md" >"$work/other.log" 2>&1
echo $? >"$work/other.status"
check "a module of another build is refused" "[ \"\$(cat '$work/other.status')\" = 1 ] && grep -q \"cannot load the import module of paiban: '.*libpaiban-import.so' was built for another program\" '$work/other.log' && [ ! -e '$work/out/other.md' ]"
rm "$prefix/lib/paiban/libpaiban-preview.so"
"$prefix/bin/paiban" watch --serve 0 --max-renders 1 "$work/out/2025-03/issue.md" -o "$work/out/w.pdf" >"$work/missing.log" 2>&1
echo $? >"$work/missing.status"
check "a missing module is named" "grep -q 'paiban watch: error: cannot load the preview module of paiban: .*libpaiban-preview.so: cannot open shared object file' '$work/missing.log' && [ \"\$(cat '$work/missing.status')\" != 0 ]"
check "render needs no module" "'$prefix/bin/paiban' render '$work/out/2025-03/issue.md' -o '$work/out/again.pdf' >/dev/null 2>&1"
check "--version names the libraries" "grep -q HarfBuzz '$out/version.txt' && grep -q PoDoFo '$out/version.txt'"
text=$(pdftotext "$out/sample.pdf" - 2>/dev/null)
check "the sample has its masthead" "[[ \"\$text\" == *许昌竞争情报快递* ]]"
check "the sample has its first article" "[[ \"\$text\" == *推动“5G+工业互联网”创新发展* ]]"
check "the sample has its ICC output intent" "qpdf --qdf --object-streams=disable '$out/sample.pdf' '$out/sample-qdf.pdf' && grep -a -q 'GTS_PDFX' '$out/sample-qdf.pdf'"
new_text=$(pdftotext "$out/2025-03/issue.pdf" - 2>/dev/null)
check "the new issue has its 期号" "[[ \"\$new_text\" == *'2025 年第 3 期'* ]]"
check "the new issue has today's date" "[[ \"\$new_text\" == *'2025 年 3 月 1 日'* ]]"
check "the new issue has the template's sections" "[[ \"\$new_text\" == *行业动态* && \"\$new_text\" == *行业趋势* ]]"
check "stdin gives the same PDF as the file" "cmp -s '$out/stdin.pdf' '$out/2025-03/issue.pdf'"
check "plugins are found next to the program" \
  "grep -q '$prefix/lib/paiban/plugins/libindustry_news.so (next to the program)' '$out/plugins.txt'"

# The man page describes every command of `paiban --help`, and renders.
commands=$("$prefix/bin/paiban" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
check "paiban --help lists commands" "[ \$(echo \"\$commands\" | wc -w) -ge 9 ]"
for c in $commands; do
  check "man page has $c" "grep -qF '.SS ${c//-/\\-} ' '$prefix/share/man/man1/paiban.1'"
done
# man-db is not among the build's packages: render the page where man exists.
if command -v man >/dev/null; then
  check "man page renders" "MANWIDTH=80 man -l '$prefix/share/man/man1/paiban.1' 2>&1 | grep -q 'paiban new'"
else
  echo "note: man is not installed; the man page was checked as text only"
fi

# Bash completion, as bash calls it: commands, then a command's options.
complete_words() {  # words of the line…; prints COMPREPLY
  PATH=$prefix/bin:$PATH bash -c 'source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
    _paiban; printf "%s\n" "${COMPREPLY[@]}"' \
    "$prefix/share/bash-completion/completions/paiban" "$@"
}
check "completion: commands" "[ \"\$(complete_words paiban pl)\" = plugins ]"
check "completion: all commands" "[ \"\$(complete_words paiban '' | sort | tr '\n' ' ')\" = \"\$(echo \$commands | tr ' ' '\n' | sort | tr '\n' ' ')\" ]"
check "completion: options of render" "complete_words paiban render --st | grep -qx -- --style"
check "completion: options of new" "complete_words paiban new x --is | grep -qx -- --issue"

echo "install test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
