#!/bin/sh
# bench/scale.sh BUILD: does ingest slow down as the store grows? (issue 14.6)
#
# Builds SQLite stores of SCALE_SIZES articles (default "0 100000 1000000")
# from one seeded German corpus (bench/gencorpus.c, seed 7; the stores are
# kept in bench/out/scale/ and reused while the corpus is the same), then
# ingests the same SCALE_BATCH new articles (default 10,000; seed 99, ids
# renamed so that none is already stored, dates spread over the same ten
# years as the stored ones) into a copy of each, and measures that ingest:
# wall time, CPU time (user + system, the figure that a busy machine does
# not distort) and peak RSS, SCALE_RUNS times (default 3; the median
# counts); SCALE_ARGS adds ingest options (e.g. "--batch 2000").  The ratio is CPU time into the largest store
# over CPU time into the empty one; the bar is 2.  Writes the "scale"
# section of BENCHMARKS.md.  A measurement, not a test.
set -u
B=${1:-bench/out/build}
DYAD=$B/dyad
RS=$B/runstat
GEN=$B/gencorpus
SIZES=${SCALE_SIZES:-"0 100000 1000000"}
BATCH=${SCALE_BATCH:-10000}
RUNS=${SCALE_RUNS:-3}
O=bench/out/scale
MD=BENCHMARKS.md
die() { echo "bench-scale: $*" >&2; exit 2; }
for f in "$DYAD" "$RS" "$GEN"; do test -x "$f" || die "$f is missing (make bench-scale builds it)"; done
mkdir -p "$O"

max=0
for n in $SIZES; do [ "$n" -gt "$max" ] && max=$n; done
# about 1.6 KiB of JSON Lines an article
mib=$((max * 17 / 10 / 1024 + 8))
if [ ! -s "$O/base.jsonl" ] || [ "$(wc -l < "$O/base.jsonl")" -lt "$max" ]; then
    echo "bench-scale: generating $mib MiB of German articles (seed 7)" >&2
    "$GEN" -l de -s 7 -m "$mib" -o "$O/base" >&2 || die "gencorpus failed"
    rm -f "$O"/store-*.db*
fi
[ "$(wc -l < "$O/base.jsonl")" -ge "$max" ] || die "the corpus has fewer than $max articles"
if [ ! -s "$O/new.jsonl" ] || [ "$(wc -l < "$O/new.jsonl")" -ne "$BATCH" ]; then
    bmib=$((BATCH * 17 / 10 / 1024 + 8))
    "$GEN" -l de -s 99 -m "$bmib" -o "$O/newsrc" >&2 || die "gencorpus failed"
    head -n "$BATCH" "$O/newsrc.jsonl" | sed 's/"id":"de-/"id":"new-/' > "$O/new.jsonl"
fi

rows=""
base_cpu=""
for n in $SIZES; do
    S=$O/store-$n.db
    if [ ! -s "$S" ] || [ "$(cat "$S.count" 2>/dev/null)" != "$n" ]; then
        rm -f "$S" "$S"-*
        echo "bench-scale: building a store of $n articles" >&2
        if [ "$n" -gt 0 ]; then
            head -n "$n" "$O/base.jsonl" | "$DYAD" ingest --quiet --db "$S" --input jsonl - ||
                die "building the store of $n failed"
        else
            "$DYAD" store init --db "$S" || die "store init failed"
        fi
        echo "$n" > "$S.count"
    fi
    W=$O/work.db
    : > "$O/runs"
    for r in $(seq "$RUNS"); do
        rm -f "$W" "$W"-*
        cp "$S" "$W"
        "$RS" -n 1 -e "$O/err" -- "$DYAD" ingest --quiet ${SCALE_ARGS:-} --db "$W" "$O/new.jsonl" > "$O/run" ||
            die "runstat failed"
        read -r wall cpu rss st < "$O/run"
        [ "$st" = 0 ] || die "dyad ingest exited $st: $(tail -3 "$O/err")"
        echo "$cpu $wall $rss" >> "$O/runs"
        echo "bench-scale: $n articles stored, run $r: $cpu s CPU, $wall s wall" >&2
    done
    # the run of the median CPU time
    set -- $(sort -g "$O/runs" | sed -n "$(( (RUNS + 1) / 2 ))p")
    cpu=$1 wall=$2 rss=$3
    range=$(sort -g "$O/runs" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f–%.1f", lo, hi }')
    events=$("$DYAD" store info --db "$W" | awk -F'\t' '$1 == "events" { print $2 }')
    rm -f "$W" "$W"-*
    [ -n "$base_cpu" ] || base_cpu=$cpu
    ratio=$(echo "$cpu $base_cpu" | awk '{ printf "%.2f", $1 / $2 }')
    rows="$rows| $n | $events | $(printf '%.1f' "$wall") | $(printf '%.1f' "$cpu") ($range) | $(echo "$BATCH $cpu" | awk '{ printf "%.0f", $1 / $2 }') | $ratio | $(echo "$rss" | awk '{ printf "%.0f", $1 / 1024 }') |
"
    echo "bench-scale: $n articles stored: $BATCH more in $wall s wall, $cpu s CPU (x$ratio)" >&2
done

section=$(cat <<EOF
<!-- scale:begin -->
## Ingest as the store grows

\`make bench-scale\` (\`sh bench/scale.sh $B\`), $(date -u +%Y-%m-%d), commit
$(git rev-parse --short HEAD 2>/dev/null), $(nproc) CPUs.  $BATCH new German articles
(seed 99, dated 2015–2024 like the stored ones) ingested with \`dyad ingest --quiet\`
into a copy of a SQLite store already holding N articles (seed 7, the same years).
"x empty" is CPU time (user + system) over the CPU time into the empty store;
the bar (issue 14) is 2.  $RUNS runs each (the median's figures, the CPU range of
the runs in brackets)$( [ -n "${SCALE_ARGS:-}" ] && echo ", ingest options \`$SCALE_ARGS\`").
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).

| stored articles N | events after | wall s | CPU s (range) | articles per CPU s | x empty | peak RSS MiB |
|---|---|---|---|---|---|---|
$rows<!-- scale:end -->
EOF
)
echo "$section"
touch "$MD"
if grep -q "<!-- scale:begin -->" "$MD"; then
    printf '%s\n' "$section" > "$O/section"
    awk -v b="<!-- scale:begin -->" -v e="<!-- scale:end -->" -v f="$O/section" '
        $0 == b { skip = 1; while ((getline l < f) > 0) print l; next }
        $0 == e { skip = 0; next }
        !skip { print }' "$MD" > "$O/md" && cp "$O/md" "$MD"
else
    printf '\n%s\n' "$section" >> "$MD"
fi
