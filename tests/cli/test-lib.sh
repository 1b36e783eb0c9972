# tests/cli/test-lib.sh: what every test script sources (git's t/test-lib.sh
# is the model).  A script is run from the repository root:
#
#     DYAD=./dyad BUILD=build SHARED=../shared sh tests/cli/t0100-code.sh
#
# and tests/run.sh runs them all and adds up their counts.  A script:
#
#     . tests/cli/test-lib.sh
#     run "$DYAD" code --date 2022-05-10 examples/beispiel-de.txt
#     expect_status "code: a good article exits 0" 0
#     check "code: criticism coded" grep -q '"code":"111"' "$T/out"
#     test_done
#
# Every check prints "ok   NAME" or "FAIL NAME" (one line naming itself);
# test_done prints "SCRIPT: N passed, N failed, N skipped" and exits 1 when
# anything failed.  A command that dies of a signal (a crash, status > 128)
# fails the check whatever it expected.
#
# The functions: check NAME CMD... (passes when CMD exits 0), check_not
# NAME CMD... (when it exits 1..128), run CMD... (stdout to $T/out, stderr to
# $T/err, status in $rc), expect_status NAME N, need_file NAME PATH (a file
# from $SHARED: skipped when missing, a failure under CI=true), skip NAME,
# ok NAME, bad NAME (a check decided by the script itself) and test_done
# (last).  $T is a temporary directory, removed at exit.
#
# Make every check able to fail: check dyad's exit status and its output,
# never only the absence of something (t0000-harness runs scripts with a
# stand-in dyad that fails, and one that prints nothing, and expects them
# to fail).  tests/run.sh counts a script that exits non-zero without a
# failure, dies before test_done or runs no check as one failure more.
# Numbers: t0000-t0599 the suite's areas (README, "Tests"), t0600-t0999
# free for new areas.
DYAD=${DYAD:-./dyad}
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
TEST_NAME=$(basename "$0" .sh)
_pass=0; _fail=0; _skip=0
T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-$TEST_NAME.XXXXXX")
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM

ok()   { _pass=$((_pass + 1)); echo "ok   $1"; }
bad()  { _fail=$((_fail + 1)); echo "FAIL $1"; }
skip() { _skip=$((_skip + 1)); echo "skip $1"; }

# check NAME CMD...: passes when CMD exits 0.
check() {
    _n=$1; shift
    "$@"; _rc=$?
    if [ $_rc -eq 0 ]; then ok "$_n"
    elif [ $_rc -gt 128 ]; then bad "$_n (killed by signal $((_rc - 128)))"
    else bad "$_n"; fi
}

# check_not NAME CMD...: passes when CMD exits 1..128 (grep found nothing, …).
check_not() {
    _n=$1; shift
    "$@"; _rc=$?
    if [ $_rc -ge 1 ] && [ $_rc -le 128 ]; then ok "$_n"
    elif [ $_rc -gt 128 ]; then bad "$_n (killed by signal $((_rc - 128)))"
    else bad "$_n"; fi
}

# code_events LANG DATE TEXT: codes TEXT (one article) as tsv into
# $T/out and $T/err, sets rc, and writes its events to $T/ev, one a line:
# "SOURCE TARGET CODE MOOD".
code_events() {
    printf '%s\n' "$3" > "$T/in.txt"
    "$DYAD" code --lang "$1" --date "$2" --format tsv "$T/in.txt" > "$T/out" 2> "$T/err"
    rc=$?
    tail -n +2 "$T/out" | cut -f4-6,10 | tr '\t' ' ' > "$T/ev"
}

# code_events_scm LANG DATE TEXT: as code_events, with the events in $T/ev
# as "SOURCE CODE TARGET MOOD".
code_events_scm() {
    code_events "$@"
    awk '{ print $1, $3, $2, $4 }' "$T/ev" > "$T/ev.scm" && mv "$T/ev.scm" "$T/ev"
}

# run CMD...: runs CMD with stdout in $T/out and stderr in $T/err; its status
# is in $rc.  A crash is reported at once as a failure.
run() {
    "$@" > "$T/out" 2> "$T/err"; rc=$?
    if [ $rc -gt 128 ]; then
        bad "crash (signal $((rc - 128))): $*"; sed 's/^/     /' "$T/err" | head -20
    fi
    return 0
}

# expect_status NAME N: the last run exited with status N.
expect_status() {
    if [ "$rc" -eq "$2" ]; then ok "$1"
    else bad "$1 (exit $rc, expected $2)"; sed 's/^/     /' "$T/err" | head -10; fi
}

# need_file NAME PATH: 0 when PATH exists; otherwise the checks that need it
# are skipped and say so, and under CI (CI=true) that is a failure.
need_file() {
    [ -e "$2" ] && return 0
    if [ "${CI:-}" = true ]; then bad "$1: $2 is missing (CI=true: a missing file fails)"
    else skip "$1: $2 is missing"; fi
    return 1
}

# test_done: the script's count line, and its exit status.
test_done() {
    echo "$TEST_NAME: $_pass passed, $_fail failed, $_skip skipped"
    [ -n "${DYAD_COUNTS:-}" ] && echo "$_pass $_fail $_skip $TEST_NAME" >> "$DYAD_COUNTS"
    [ $_fail -eq 0 ]
    exit $?
}
