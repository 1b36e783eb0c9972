#!/bin/sh
# The Python binding (python/, issue 14): its unit tests against the
# command-line program, and the issue's one-liner.  Uses Debian's python3
# (python3-cffi, python3-pandas from make deps); PYTHON overrides it.
. tests/cli/test-lib.sh

if [ -n "${DYAD_SANITIZER_LOGS:-}" ]; then
    # make asan: python would have to preload libasan to load the
    # sanitizer build's library; make test runs these checks
    skip "python: not under the sanitizer build (make test runs it)"
    test_done
fi
PY=${PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || PY=python3
if ! "$PY" -c 'import cffi' 2> /dev/null; then
    if [ "${CI:-}" = true ]; then bad "python: $PY has no cffi (make deps installs python3-cffi)"
    else skip "python: $PY has no cffi (make deps installs python3-cffi)"; fi
    test_done
fi
need_file "python binding" "$BUILD/libdyad.so" || test_done
export DYAD DYAD_LIB="$BUILD/libdyad.so" DYAD_DICT=dict PYTHONPATH=python
run "$PY" -m unittest discover -s python/tests
expect_status "python: the binding's unit tests" 0
check "python: they ran" grep -Eq '^Ran [1-9][0-9]* tests' "$T/err"
run "$PY" -c "import dyad; print(len(dyad.code([{'id':'a','date':'2022-02-04','lang':'de','text':'China und Russland vereinbarten eine engere Zusammenarbeit.'}])))"
expect_status "python: the issue's one-liner runs" 0
check "python: it prints 2" test "$(cat "$T/out")" = 2
test_done
