#!/bin/sh
# t0000-harness: the test harness tests itself.  The suite must fail when
# dyad fails: other scripts are run with DYAD set to a stand-in that prints
# an error and exits 2, and to one that exits 0 printing nothing, and must
# report failures and exit non-zero; tests/run.sh must end with a count of
# failures and exit non-zero then, and count a script that dies, exits
# non-zero without a failure, runs no check or leaves a sanitizer report as
# a failure.  test-lib's check fails a command killed by a signal, and
# need_file fails under CI=true.  (Nested runs write their output to files:
# only this script's own ok/FAIL lines reach the driver.)
. tests/cli/test-lib.sh

printf '#!/bin/sh\necho "dyad: stand-in: refusing everything" >&2\nexit 2\n' > "$T/dyad-fails"
printf '#!/bin/sh\nexit 0\n' > "$T/dyad-silent"
chmod +x "$T/dyad-fails" "$T/dyad-silent"

# nested SCRIPT DYAD: runs tests/cli/SCRIPT.sh with that dyad; its output in
# $T/log, its status in $rc, its count line's failures in $nfail
nested() {
    : > "$T/counts"
    DYAD=$2 DYAD_COUNTS="$T/counts" sh "tests/cli/$1.sh" > "$T/log" 2>&1
    rc=$?
    nfail=$(awk '{ f += $2 } END { print f + 0 }' "$T/counts")
}

# --- the scripts fail with a failing dyad ----------------------------------
for s in t0100-code t0110-hostile t0200-threads t0310-relations t0400-golden t0500-import \
        t0510-validate t0520-langid; do
    if [ ! -f "tests/cli/$s.sh" ]; then bad "$s.sh is missing"; continue; fi
    for standin in dyad-fails dyad-silent; do
        nested "$s" "$T/$standin"
        check "$s with a $standin stand-in: exits non-zero" test "$rc" -ne 0 -a "$rc" -le 128
        check "$s with a $standin stand-in: reports failures ($nfail) in FAIL lines" \
            sh -c "test '$nfail' -gt 0 && test \$(grep -c '^FAIL ' '$T/log') -eq '$nfail'"
    done
done
# the golden tests: every story fails when eval fails (issue 10's example)
nested t0400-golden "$T/dyad-fails"
n=$(cat tests/golden/*.jsonl | grep -c .)
check "t0400-golden with a failing dyad: each of the $n stories fails" \
    test "$(grep -c '^FAIL golden [^ ]* (eval of .* failed)$' "$T/log")" -eq "$n"

# --- the driver ---------------------------------------------------------------------
sh tests/run.sh "$T/dyad-fails" "$BUILD" t0400 > "$T/run.log" 2>&1
rc=$?
check "tests/run.sh with a failing dyad: exits non-zero" test $rc -ne 0 -a $rc -le 128
check "tests/run.sh with a failing dyad: ends with one count line of failures" sh -c \
    "tail -1 '$T/run.log' | grep -qx '[0-9]* passed, [1-9][0-9]* failed' &&
     test \$(grep -c '^[0-9]* passed, [0-9]* failed' '$T/run.log') -eq 1"
sh tests/run.sh "$DYAD" "$BUILD" t0400 > "$T/run.log" 2>&1
rc=$?
check "tests/run.sh with this dyad, the golden tests alone (t0400): exit 0, no failure" sh -c \
    "test $rc -eq 0 && tail -1 '$T/run.log' | grep -qx '[1-9][0-9]* passed, 0 failed'"
sed 's/^/     /' "$T/run.log" | grep -v '^     ok ' | tail -5

# scripts that die, exit non-zero quietly, run nothing, crash, leave a
# sanitizer report: written here
F=$T/fake
mkdir -p "$F"
lib=". tests/cli/test-lib.sh"
printf '%s\ncheck "one that passes" true\nexit 3\n' "$lib" > "$F/t9001-dies.sh"
printf '%s\ncheck "one that passes" true\n(test_done)\nexit 4\n' "$lib" > "$F/t9002-exit-quietly.sh"
printf '%s\ntest_done\n' "$lib" > "$F/t9003-no-check.sh"
printf '%s\ncheck "one that passes" true\ntest_done\n' "$lib" > "$F/t9004-good.sh"
printf '%s\ncheck "a crash" sh -c "kill -SEGV \\$\\$"\ncheck_not "a crash, expected to fail" sh -c "kill -SEGV \\$\\$"\ntest_done\n' \
    "$lib" > "$F/t9005-crash.sh"
printf '%s\ncheck "one that passes" true\necho "ERROR: AddressSanitizer: (a report written for the test)" > "$DYAD_SANITIZER_LOGS/asan.1"\ntest_done\n' \
    "$lib" > "$F/t9006-sanitizer-report.sh"
mkdir -p "$T/san"
DYAD_TESTDIR=$F DYAD_SANITIZER_LOGS=$T/san sh tests/run.sh "$DYAD" "$BUILD" t900 > "$T/run.log" 2>&1
rc=$?
check "tests/run.sh on scripts that die, exit quietly, check nothing, crash: exit non-zero" test $rc -ne 0 -a $rc -le 128
check "tests/run.sh: the last line counts them all (4 passed, 6 failed)" sh -c "tail -1 '$T/run.log' | grep -qx '4 passed, 6 failed'"
check "tests/run.sh: a sanitizer report in DYAD_SANITIZER_LOGS is a failure of its script" \
    grep -q "^FAIL t9006-sanitizer-report: sanitizer report $T/san/asan.1$" "$T/run.log"
check "tests/run.sh: a script that dies before test_done is a failure" \
    grep -q '^FAIL t9001-dies: died (exit 3) before test_done, after 1 passed, 0 failed$' "$T/run.log"
check "tests/run.sh: a script that exits non-zero without a failure is a failure" \
    grep -q '^FAIL t9002-exit-quietly: exited with status 4 without reporting a failure$' "$T/run.log"
check "tests/run.sh: a script that runs no check is a failure" grep -q '^FAIL t9003-no-check: ran no check$' "$T/run.log"
check "test-lib: check and check_not fail a command killed by a signal" sh -c \
    "grep -q '^FAIL t9005-crash: a crash (killed by signal 11)$' '$T/run.log' &&
     grep -q '^FAIL t9005-crash: a crash, expected to fail (killed by signal 11)$' '$T/run.log'"
grep -v '^ok ' "$T/run.log" | sed 's/^/     /' | tail -8

# unit test binaries: exit 0 is not enough, the count line must say 0 failed
mkdir -p "$T/build/tests"
printf '#!/bin/sh\necho "unit_zfake1: 3 passed, 1 failed"\n' > "$T/build/tests/unit_zfake1"
printf '#!/bin/sh\nexit 0\n' > "$T/build/tests/unit_zfake2"
printf '#!/bin/sh\necho "unit_zfake3 (sqlite): 2 passed, 0 failed"\n' > "$T/build/tests/unit_zfake3"
chmod +x "$T/build/tests/unit_zfake1" "$T/build/tests/unit_zfake2" "$T/build/tests/unit_zfake3"
sh tests/run.sh "$DYAD" "$T/build" unit_zfake > "$T/run.log" 2>&1
rc=$?
check "tests/run.sh: a unit test that exits 0 but counts a failure, or prints no count, fails" sh -c \
    "test $rc -eq 1 && grep -q '^FAIL unit_zfake1 dict (exit 0; last line' '$T/run.log' &&
     grep -q '^FAIL unit_zfake2 dict (exit 0; last line' '$T/run.log' && grep -q '^ok   unit_zfake3 ' '$T/run.log' &&
     tail -1 '$T/run.log' | grep -qx '1 passed, 2 failed'"
sed 's/^/     /' "$T/run.log" | tail -4

# need_file: a skip that says so; under CI=true a failure
printf '%s\nneed_file "a gold file" "%s/none.jsonl" || true\ntest_done\n' "$lib" "$T" > "$F/need.sh"
(unset CI; DYAD_COUNTS="$T/counts" sh "$F/need.sh") > "$T/need.log" 2>&1
check "need_file: a missing file is skipped, and says so" sh -c \
    "test $? -eq 0 && grep -q '^skip a gold file: .*none.jsonl is missing$' '$T/need.log'"
CI=true DYAD_COUNTS="$T/counts" sh "$F/need.sh" > "$T/need.log" 2>&1
check "need_file under CI=true: a missing file is a failure" sh -c \
    "test $? -ne 0 && grep -q '^FAIL a gold file: .*none.jsonl is missing (CI=true' '$T/need.log'"

test_done
