#!/bin/sh
# tests/run.sh DYAD BUILD [PATTERN]: the whole suite, or the part of it
# whose names contain PATTERN (a shell pattern: t0300, t04, golden, unit).
# `make test` runs it with ./dyad and build/, `make asan` with the
# sanitizer build.
#
#   1. every unit test binary BUILD/tests/unit_* (one check each: it must
#      exit 0 and end with "NAME: N passed, 0 failed"), with the arguments it
#      needs: the dictionary dict/; unit_alloc also the allocation step
#      $ALLOC_STEP (default 97); unit_db the backend sqlite and a new file;
#   2. every script tests/cli/tNNNN-*.sh (each sources tests/cli/test-lib.sh
#      and can be run alone, see there), with DYAD, BUILD and SHARED (the
#      gold files, default ../shared; CI=true makes a missing one a
#      failure) in the environment.
#
# With DYAD_SANITIZER_LOGS set to a directory (`make asan` sets it, and
# ASAN_OPTIONS/UBSAN_OPTIONS log_path into it), every sanitizer report
# written there during a unit test or a script is one more failure of it,
# and printed: a report is found whatever the exit status the check expected.
#
# A script's checks are counted from the count line test_done writes to
# $DYAD_COUNTS.  A script that exits non-zero without reporting a failure,
# or dies before test_done, or runs no check at all, counts as one more
# failure.  The failures are listed again at the end, each with its script,
# and the last line is "N passed, N failed" (", N skipped" when some were);
# the exit status is non-zero on any failure.
DYAD=${1:-./dyad}
BUILD=${2:-build}
PATTERN=${3:-}
SHARED=${SHARED:-../shared}
STEP=${ALLOC_STEP:-97}
TESTDIR=${DYAD_TESTDIR:-tests/cli}   # (t0000-harness points it elsewhere)
export DYAD BUILD SHARED
unset DYAD_COUNTS

pass=0; fail=0; skip=0
R=$(mktemp -d "${TMPDIR:-/tmp}/dyad-run.XXXXXX")
trap 'rm -rf "$R"' EXIT
# the dictionary cache (docs/dictionaries.md) of this run: the scripts'
# temporary dictionaries leave no files in the user's cache
export DYAD_CACHE="${DYAD_CACHE:-$R/cache}"
trap 'exit 130' INT TERM
: > "$R/failures"

SANLOG=${DYAD_SANITIZER_LOGS:-}
# san_check NAME: each sanitizer report written since the last call fails NAME
san_check() {
    [ -n "$SANLOG" ] && [ -d "$SANLOG" ] || return 0
    for f in "$SANLOG"/*; do
        [ -f "$f" ] || continue
        failed "$1: sanitizer report $f"
        sed 's/^/     /' "$f" | head -40
        mkdir -p "$SANLOG/seen" && mv "$f" "$SANLOG/seen/"
    done
}
selected() { [ -z "$PATTERN" ] || case $1 in *$PATTERN*) return 0 ;; *) return 1 ;; esac; }
failed() { fail=$((fail + 1)); echo "FAIL $1"; echo "FAIL $1" >> "$R/failures"; }

# --- 1. unit tests (C) --------------------------------------------------------
for src in tests/unit_*.c; do
    u=$(basename "$src" .c)
    selected "$u" || continue
    [ -x "$BUILD/tests/$u" ] || failed "$u: $BUILD/tests/$u is not built (make $BUILD/tests/$u)"
done
for bin in "$BUILD"/tests/unit_*; do
    [ -f "$bin" ] && [ -x "$bin" ] || continue
    u=$(basename "$bin")
    selected "$u" || continue
    case $u in
        unit_db) set -- sqlite "$R/unit_db.sqlite" ;;
        unit_alloc) set -- dict "$STEP" ;;
        *) set -- dict ;;
    esac
    "$bin" "$@" > "$R/unit.out" 2> "$R/unit.err"
    rc=$?
    last=$(tail -1 "$R/unit.out")
    if [ $rc -eq 0 ] && echo "$last" | grep -q "^$u[^:]*: [0-9][0-9]* passed, 0 failed$"; then
        pass=$((pass + 1)); echo "ok   $u ($last)"
    else
        if [ $rc -gt 128 ]; then why="killed by signal $((rc - 128))"; else why="exit $rc"; fi
        failed "$u $* ($why; last line: '$last')"
        sed 's/^/     /' "$R/unit.err" | head -20
    fi
    san_check "$u"
done

# --- 2. the scripts -------------------------------------------------------------
for s in "$TESTDIR"/t[0-9]*.sh; do
    [ -f "$s" ] || continue
    name=$(basename "$s" .sh)
    selected "$name" || continue
    echo "--- $name"
    : > "$R/counts"
    { DYAD_COUNTS="$R/counts" sh "$s" 2>&1; echo $? > "$R/rc"; } | tee "$R/log"
    rc=$(cat "$R/rc")
    grep '^FAIL ' "$R/log" | sed "s/^FAIL /FAIL $name: /" >> "$R/failures"
    if grep -q " $name\$" "$R/counts"; then
        # (its own line: scripts it runs in turn may write theirs)
        set -- $(awk -v n="$name" '$4 == n { p += $1; f += $2; s += $3 } END { print p + 0, f + 0, s + 0 }' "$R/counts")
        pass=$((pass + $1)); fail=$((fail + $2)); skip=$((skip + $3))
        if [ "$rc" -ne 0 ] && [ "$2" -eq 0 ]; then
            failed "$name: exited with status $rc without reporting a failure"
        elif [ $(($1 + $2 + $3)) -eq 0 ]; then
            failed "$name: ran no check"
        fi
    else
        # died before test_done: count what it printed, and the death
        p=$(grep -c '^ok ' "$R/log"); f=$(grep -c '^FAIL ' "$R/log"); k=$(grep -c '^skip ' "$R/log")
        pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + k))
        failed "$name: died (exit $rc) before test_done, after $p passed, $f failed"
    fi
    san_check "$name"
done

if [ -s "$R/failures" ]; then
    echo "--- failures"
    cat "$R/failures"
fi
if [ $skip -gt 0 ]; then echo "$pass passed, $fail failed, $skip skipped"
else echo "$pass passed, $fail failed"; fi
[ $fail -eq 0 ]
