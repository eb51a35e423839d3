#!/usr/bin/env bash
# Fails when a stage includes a later stage (a back edge in docs/design.md's
# one-way pipeline) or when an SDK header includes engine internals.
# Usage: check_stage_includes.sh ENGINE_DIR
set -u
engine=${1:?engine dir}
order=(base manuscript style plugin page text layout pdf import cli)
rank() { local i; for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && echo "$i" && return; done; echo -1; }

bad=0
checked=0
for stage in "${order[@]}"; do
  r=$(rank "$stage")
  while IFS=: read -r file line inc; do
    target=${inc#*\"}; target=${target%%/*}
    t=$(rank "$target")
    checked=$((checked + 1))
    if [ "$t" -gt "$r" ]; then
      echo "$file:$line: back edge: stage '$stage' includes later stage '$target'"
      bad=$((bad + 1))
    fi
  done < <(grep -rnoE '#include "[a-z_]+/[^"]+"' "$engine/$stage" 2>/dev/null)
done
# The Word import is its own stage beside the pipeline: only the command
# line uses it, and it uses nothing of the pipeline but base.
while IFS=: read -r file line inc; do
  target=${inc#*\"}; target=${target%%/*}
  case "$file" in "$engine/cli/"*) continue ;; esac
  if [ "$target" = import ]; then
    echo "$file:$line: the render pipeline must not depend on the import stage"; bad=$((bad + 1))
  fi
done < <(grep -rnoE '#include "import/[^"]+"' "$engine" --include=*.cpp --include=*.h | grep -v "^$engine/import/")
while IFS=: read -r file line inc; do
  target=${inc#*\"}; target=${target%%/*}
  case "$target" in base|import) ;; *) echo "$file:$line: import may use only base, not '$target'"; bad=$((bad + 1)) ;; esac
done < <(grep -rnoE '#include "[a-z_]+/[^"]+"' "$engine/import")
# The SDK stands alone: plugins build against engine/include/paiban only.
while IFS=: read -r file line inc; do
  case "$inc" in *'"paiban/'*) ;; *) echo "$file:$line: SDK header includes engine internals: $inc"; bad=$((bad + 1)) ;; esac
done < <(grep -rnoE '#include "[^"]+"' "$engine/include/paiban")
echo "checked $checked stage includes: $bad back edge(s)"
[ "$bad" -eq 0 ]
