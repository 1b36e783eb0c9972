#!/bin/sh
# fuzz/run.sh BUILD SECONDS HARNESS...: runs each libFuzzer harness for
# SECONDS seconds on its committed seeds (fuzz/corpus/HARNESS), growing a
# working corpus in BUILD/fuzz-corpus/HARNESS (never in the repository).
# Prints one line per harness: executions, executions per second, coverage
# (cov: edges, ft: features) and the corpus size; stops at the first
# harness that finds a crash, a leak, a timeout or a sanitizer report, and
# points at the reproducer it saved.  Used by `make fuzz`.
set -u
BUILD=$1
SECONDS_EACH=$2
shift 2
status=0
mkdir -p "$BUILD/fuzz-corpus" "$BUILD/fuzz-artifacts" "$BUILD/fuzz-logs"
for h in "$@"; do
    bin="$BUILD/fuzz/$h"
    corpus="$BUILD/fuzz-corpus/$h"
    seeds="fuzz/corpus/$h"
    log="$BUILD/fuzz-logs/$h.log"
    mkdir -p "$corpus"
    case $h in
        fuzz_dict | fuzz_import_*) maxlen=16384 ;;
        *) maxlen=32768 ;;
    esac
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: 2 GB is a
    # leak or a blow-up; UBSan and ASan abort on the first report.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=$maxlen -print_final_stats=1 \
        -artifact_prefix="$BUILD/fuzz-artifacts/$h-" \
        "$corpus" "$seeds" > "$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    last=$(grep -E '^#[0-9]+.*(cov|ft):' "$log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    ncorp=$(ls "$corpus" | wc -l)
    if [ $rc -eq 0 ]; then
        echo "fuzz $h: ${SECONDS_EACH}s, ${execs:-?} runs, ${eps:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus $ncorp"
    else
        echo "FUZZ $h: FAILED (exit $rc) after ${execs:-?} runs; log $log"
        grep -E 'ERROR|broken promise|SUMMARY|Test unit written|runtime error' "$log" | head -20 | sed 's/^/     /'
        status=1
        break
    fi
done
exit $status
