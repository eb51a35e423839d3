# Shared by the shell e2e tests: sourced after `set -u` with the test's
# arguments PAIBAN SOURCE_DIR. Gives $paiban, $src, a scratch folder $work
# removed on exit, and check NAME CONDITION counting into $passed/$failed.
# A test may define on_fail() to print more when a check fails.
paiban=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # name, condition
  if eval "$2"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1"
    if declare -F on_fail >/dev/null; then on_fail; fi
  fi
}
