#!/usr/bin/env bash
# Layout and text must give the same pages on every machine and at every
# run: no libm transcendental functions (their last bit differs between libm
# versions and CPUs; layout works in integer scaled points), no clocks and no
# random numbers. Checked on what the stage libraries call (nm -u): a call
# inlined from a header shows up here as well.
# Usage: check_determinism.sh LIBRARY.a...
set -euo pipefail
math='(sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|exp|exp2|expm1|exp10|log|log2|log10|log1p|logb|pow|cbrt|hypot|erf|erfc|tgamma|lgamma|sincos)[fl]?'
clock='(time|clock|clock_gettime|gettimeofday|localtime|localtime_r|gmtime|gmtime_r|mktime|rand|random|srand|drand48|arc4random|getrandom)'
bad=0
for lib in "$@"; do
  symbols=$(nm -u -C "$lib" | awk '{ $1 = ""; print substr($0, 2) }' | sort -u)
  hits=$(grep -E "^(${math}|${clock})(@.*)?$|std::chrono::.*clock::now|std::random_device" <<<"$symbols" || true)
  if [ -n "$hits" ]; then
    echo "$(basename "$lib") calls what is not deterministic (see docs/design.md, determinism):"
    sed 's/^/  /' <<<"$hits"
    bad=1
  fi
  echo "$(basename "$lib"): $(wc -l <<<"$symbols") undefined symbols checked"
done
exit $bad
