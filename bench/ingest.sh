#!/bin/sh
# bench/ingest.sh BUILD [BACKEND]: ingest speed of `dyad ingest` (coding +
# storing + merging) on the bench corpora, into a new store each run.
#
# BACKEND is sqlite (default: a file in bench/out/) or postgres, in which
# case $STORE_NEW must name a command that creates an empty database and
# prints its postgres:// URL (tests/pg.sh's helper does).  Each corpus is
# ingested BENCH_RUNS times (default 3); the table gives the median and the
# range.  Writes the section between the "ingest-BACKEND" markers of
# BENCHMARKS.md (appending it when absent) and prints it.  BENCH_THREADS
# (default 2) is ingest's --threads: the articles are coded on that many
# threads and stored in input order by one writer.  On PostgreSQL the
# server's CPU time per article is measured too (the postmaster's and its
# children's, from /proc, with PG_PIDFILE set by tests/pg.sh --run).  Measurements,
# not tests: nothing is asserted.
set -u
B=${1:-bench/out/build}
BACKEND=${2:-sqlite}
RUNS=${BENCH_RUNS:-3}
THREADS=${BENCH_THREADS:-2}
OUT=bench/out
DYAD=$B/dyad
RS=$B/runstat
M=$OUT/measure-ingest-$BACKEND
MD=BENCHMARKS.md
die() { echo "bench-ingest: $*" >&2; exit 2; }
for f in "$DYAD" "$RS" "$OUT/corpus-de.jsonl" "$OUT/corpus-en.jsonl"; do
    test -e "$f" || die "$f is missing (make bench-ingest builds it)"
done
rm -rf "$M"
mkdir -p "$M"

new_store() {
    if [ "$BACKEND" = postgres ]; then sh -c "$STORE_NEW"
    else f=$M/store-$$-$(date +%s%N).db; rm -f "$f"*; echo "$f"; fi
}
# the server's CPU seconds so far: the postmaster's own and its reaped
# children's, plus its live children's (PostgreSQL; empty for SQLite)
server_cpu() {
    [ "$BACKEND" = postgres ] && [ -n "${PG_PIDFILE:-}" ] || return 0
    pm=$(head -1 "$PG_PIDFILE" 2>/dev/null) || return 0
    cat /proc/[0-9]*/stat 2>/dev/null |
        awk -v pm="$pm" -v hz="$(getconf CLK_TCK)" '{ pid = $1; sub(/.*\) /, "") }
            pid == pm { t += $12 + $13 + $14 + $15 } $2 == pm { t += $12 + $13 }
            END { printf "%.2f", t / hz }'
}
stats() {
    [ -s "$1" ] || { printf '–'; return; }
    sort -g "$1" | awk -v f="${2:-%.0f}" '{ v[NR] = $1 } END {
        n = NR; med = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        printf f " (" f "–" f ")", med, v[1], v[n] }'
}
load0=$(cut -d' ' -f1-3 /proc/loadavg)

rows=""
for lang in de en; do
    C=$OUT/corpus-$lang.jsonl
    : > "$M/$lang.aps"; : > "$M/$lang.eps"; : > "$M/$lang.apc"; : > "$M/$lang.rss"; : > "$M/$lang.spa"
    for r in $(seq "$RUNS"); do
        S=$(new_store)
        c0=$(server_cpu)
        "$RS" -n 1 -e "$M/$lang.err" -- "$DYAD" ingest --quiet --threads "$THREADS" --db "$S" "$C" > "$M/$lang.run" ||
            die "runstat failed"
        read -r wall cpu rss st < "$M/$lang.run"
        [ "$st" = 0 ] || die "dyad ingest exited $st: $(tail -3 "$M/$lang.err")"
        summary=$(tail -1 "$M/$lang.err")
        arts=$(echo "$summary" | sed -n 's/.*: \([0-9]*\) articles read.*/\1/p')
        evs=$(echo "$summary" | sed -n 's/.* \([0-9]*\) events coded.*/\1/p')
        merged=$(echo "$summary" | sed -n 's/.* \([0-9]*\) events;.*/\1/p')
        echo "$arts $wall" | awk '{ print $1 / $2 }' >> "$M/$lang.aps"
        echo "$evs $wall" | awk '{ print $1 / $2 }' >> "$M/$lang.eps"
        echo "$arts $cpu" | awk '{ print $1 / $2 }' >> "$M/$lang.apc"
        echo "$rss" | awk '{ print $1 / 1024 }' >> "$M/$lang.rss"
        if [ -n "$c0" ]; then
            sleep 1   # the connection's backend has exited and been reaped
            echo "$(server_cpu) $c0 $arts" | awk '{ print ($1 - $2) * 1000 / $3 }' >> "$M/$lang.spa"
        fi
        size=""
        [ "$BACKEND" = sqlite ] && size=$(du -m "$S" | cut -f1) && rm -f "$S"*
    done
    rows="$rows| $lang | $arts | $evs | $merged | $(stats "$M/$lang.aps") | $(stats "$M/$lang.eps") | $(stats "$M/$lang.apc") | $(stats "$M/$lang.rss") | ${size:-–} | $(stats "$M/$lang.spa" %.3f) |
"
done

section=$(cat <<EOF
<!-- ingest-$BACKEND:begin -->
## Ingest into $BACKEND

\`make bench-ingest\` (\`sh bench/ingest.sh $B $BACKEND\`), $(date -u +%Y-%m-%d), commit
$(git rev-parse --short HEAD 2>/dev/null), $(nproc) CPUs, $RUNS runs per corpus, a new store each
run, default batch (500 articles), load average $load0 at the start and
$(cut -d' ' -f1-3 /proc/loadavg) at the end.  Each run codes, stores and merges the whole corpus
(\`dyad ingest --quiet --threads $THREADS --db STORE corpus-LANG.jsonl\`: one writer, coding on
$THREADS threads).  Medians, with the range of
the runs.  "per CPU s" divides by the process's user + system time (the rate one
core gives when the machine is busy with other work); wall-clock rates include
waiting for the disk and, on PostgreSQL, for the server, whose own CPU time per
article is the last column.

| corpus | articles | events coded | events after merging | articles/s | events/s | articles per CPU s | peak RSS MiB | store MiB | server CPU ms per article |
|---|---|---|---|---|---|---|---|---|---|
$rows<!-- ingest-$BACKEND:end -->
EOF
)
echo "$section"
touch "$MD"
if grep -q "<!-- ingest-$BACKEND:begin -->" "$MD"; then
    printf '%s\n' "$section" > "$M/section"
    awk -v b="<!-- ingest-$BACKEND:begin -->" -v e="<!-- ingest-$BACKEND:end -->" -v f="$M/section" '
        $0 == b { skip = 1; while ((getline l < f) > 0) print l; next }
        $0 == e { skip = 0; next }
        !skip { print }' "$MD" > "$M/md" && cp "$M/md" "$MD"
else
    printf '\n%s\n' "$section" >> "$MD"
fi
