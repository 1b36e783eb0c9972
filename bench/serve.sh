#!/bin/sh
# bench/serve.sh BUILD: dyad serve under load on a store of at least a
# million events, while an ingest writes to the same SQLite store (issue
# 13).  A measurement with a bar: it exits 1 when a request failed, the
# ingest failed, or the p99 latency of /api/trend is 100 ms or more.
#
# The store: SERVE_ARTICLES (default 230,000) German articles of the
# seeded generator (bench/gencorpus.c, seed 7, dated 2015-2024), ingested
# once into $SERVE_OUT/store.db (default bench/out/serve; kept and reused
# while the article count is the same) — about 1.08 million events, 0.7 GB;
# fewer than 1,000,000 events is an error.  Each run works on a copy
# (work.db, deleted afterwards), so that the runs start from the same store.
#
# The load: `dyad serve --threads SERVE_THREADS` (default 4) on loopback,
# then wrk, 64 connections on 2 threads for SERVE_SECONDS (default 30) s
# each, first on /api/events (a page of 100 events of the busiest pair in
# the busiest year), then on /api/trend (that pair, that year, by month).
# Meanwhile `dyad ingest` adds batches of 2,000 new articles (seed 99, new
# ids) to the same store, one after the other, until the load ends; every
# ingest must exit 0.  Reported: requests/s, p50 and p99 latency, errors
# (socket errors of connect, read, write or timeout, and answers other than
# 2xx/3xx), the server's peak RSS (VmHWM) and the articles ingested during
# the load.  Writes the "serve" section of BENCHMARKS.md and prints it.
set -u
B=${1:-bench/out/build}
DYAD=$B/dyad
GEN=$B/gencorpus
O=${SERVE_OUT:-bench/out/serve}
N=${SERVE_ARTICLES:-230000}
SECS=${SERVE_SECONDS:-30}
THREADS=${SERVE_THREADS:-4}
MD=BENCHMARKS.md
die() { echo "bench-serve: $*" >&2; exit 2; }
for f in "$DYAD" "$GEN"; do test -x "$f" || die "$f is missing (make bench-serve builds it)"; done
command -v wrk > /dev/null 2>&1 || die "wrk is missing (Debian package wrk)"
command -v curl > /dev/null 2>&1 || die "curl is missing"
mkdir -p "$O"

# ---- the store, built once
S=$O/store.db
if [ ! -s "$S" ] || [ "$(cat "$S.count" 2> /dev/null)" != "$N" ]; then
    rm -f "$S" "$S"-* "$S.count"
    mib=$((N * 17 / 10 / 1024 + 8))
    if [ ! -s "$O/base.jsonl" ] || [ "$(wc -l < "$O/base.jsonl")" -lt "$N" ]; then
        echo "bench-serve: generating $mib MiB of German articles (seed 7)" >&2
        "$GEN" -l de -s 7 -m "$mib" -o "$O/base" >&2 || die "gencorpus failed"
        rm -f "$O/base.txt"
    fi
    [ "$(wc -l < "$O/base.jsonl")" -ge "$N" ] || die "the corpus has fewer than $N articles"
    echo "bench-serve: ingesting $N articles into $S (this takes a while)" >&2
    head -n "$N" "$O/base.jsonl" | "$DYAD" ingest --quiet --db "$S" --input jsonl - ||
        die "building the store failed"
    echo "$N" > "$S.count"
fi
events=$("$DYAD" store info --db "$S" | awk -F'\t' '$1 == "events" { print $2 }')
[ "${events:-0}" -ge 1000000 ] || die "the store holds ${events:-no} events, fewer than 1,000,000 (raise SERVE_ARTICLES)"

# ---- the articles written during the load: 2,000 a batch, new ids
if [ ! -s "$O/new.jsonl" ]; then
    "$GEN" -l de -s 99 -m 60 -o "$O/newsrc" >&2 || die "gencorpus failed"
    sed 's/"id":"de-/"id":"live-/' "$O/newsrc.jsonl" > "$O/new.jsonl"
    rm -f "$O/newsrc".*
fi
rm -rf "$O/batches"
mkdir -p "$O/batches"
split -l 2000 -d -a 3 "$O/new.jsonl" "$O/batches/b"

# ---- a copy to work on, and the server
W=$O/work.db
rm -f "$W" "$W"-*
cp "$S" "$W"
size=$(du -m "$W" | cut -f1)
# the busiest pair of countries, and its busiest year
"$DYAD" network --db "$W" --json > "$O/network.json" || die "dyad network failed"
pair=$(python3 -c 'import json,sys
j = json.load(open(sys.argv[1]))
e = max(j["edges"], key=lambda e: e["events"])
print(e["source"], e["target"])' "$O/network.json") || die "no pair"
set -- $pair
PA=$1 PB=$2
year=$("$DYAD" trend --db "$W" "$PA" "$PB" --by year --csv | awk -F, 'NR > 1 && $4 > m { m = $4; y = $2 } END { print y }')
[ -n "$year" ] || die "no year for $PA-$PB"
EV="/api/events?source=$PA&target=$PB&from=$year-01-01&to=$year-12-31&limit=100"
TR="/api/trend?a=$PA&b=$PB&by=month&from=$year-01-01&to=$year-12-31"

"$DYAD" serve --db "$W" --listen 127.0.0.1:0 --threads "$THREADS" --log /dev/null 2> "$O/serve.err" &
SPID=$!
trap 'kill $SPID 2> /dev/null; rm -f "$O/stop"' EXIT
PORT=""
for i in $(seq 1 200); do
    PORT=$(sed -n 's|^dyad serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$O/serve.err")
    [ -n "$PORT" ] && break
    sleep 0.05
done
[ -n "$PORT" ] || die "the server did not start: $(cat "$O/serve.err")"
U=http://127.0.0.1:$PORT
for p in "$EV" "$TR"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$U$p")
    [ "$code" = 200 ] || die "$p: $code"
done
trend_events=$(curl -s "$U$TR" | python3 -c 'import json,sys; print(sum(p["events"] for p in json.load(sys.stdin)["series"][0]["points"]))')

# ---- the writer: batches of new articles until the load ends
rm -f "$O/stop" "$O/ingest.log"
(
    for f in "$O"/batches/b*; do
        [ -e "$O/stop" ] && break
        "$DYAD" ingest --quiet --input jsonl --db "$W" "$f" 2>> "$O/ingest.log" || { echo "FAILED $f" >> "$O/ingest.log"; exit 1; }
        echo "batch $f" >> "$O/ingest.log"
    done
) &
IPID=$!
sleep 2 # the first batch is being written

# wrk_run NAME PATH: the figures, "REQS_PER_S P50 P99 ERRORS REQUESTS"
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
              else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'; }
cpu() { awk '{ print $14 + $15 }' "/proc/$SPID/stat"; }
wrk_run() {
    c0=$(cpu)
    wrk -t2 -c64 -d"${SECS}s" --timeout 10s --latency "$U$2" > "$O/wrk.$1" 2>&1 || die "wrk failed: $(cat "$O/wrk.$1")"
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$O/wrk.$1")
    p50=$(awk '$1 == "50%" { print $2 }' "$O/wrk.$1" | ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$O/wrk.$1" | ms)
    reqs=$(sed -n 's/^ *\([0-9][0-9]*\) requests in.*/\1/p' "$O/wrk.$1")
    sock=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' "$O/wrk.$1" |
           awk '{ print $1 + $2 + $3 + $4 }')
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$O/wrk.$1")
    cms=$(echo "$(cpu) $c0 $(getconf CLK_TCK) ${reqs:-1}" | awk '{ printf "%.2f", ($1 - $2) * 1000 / $3 / $4 }')
    echo "$rps $p50 $p99 $((${sock:-0} + ${non2xx:-0})) $reqs $cms"
}
before=$(grep -c '^batch' "$O/ingest.log" 2> /dev/null || true)
set -- $(wrk_run events "$EV")
ev_rps=$1 ev_p50=$2 ev_p99=$3 ev_err=$4 ev_n=$5 ev_cpu=$6
set -- $(wrk_run trend "$TR")
tr_rps=$1 tr_p50=$2 tr_p99=$3 tr_err=$4 tr_n=$5 tr_cpu=$6
load=$(cut -d' ' -f1-3 /proc/loadavg)
touch "$O/stop"
wait "$IPID"; irc=$?
batches=$(grep -c '^batch' "$O/ingest.log" || true)
rss=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$SPID/status")
alive=yes
kill -0 "$SPID" 2> /dev/null || alive=no
kill -TERM "$SPID"
wait "$SPID"; src=$?
trap - EXIT
after=$("$DYAD" store info --db "$W" | awk -F'\t' '$1 == "events" { print $2 }')
rm -f "$W" "$W"-* "$O/stop"
rm -rf "$O/batches"

fail=""
[ "$irc" = 0 ] || fail="$fail the ingest failed ($(tail -2 "$O/ingest.log"));"
grep -q FAILED "$O/ingest.log" && fail="$fail an ingest batch failed;"
[ "$batches" -ge 1 ] || fail="$fail no ingest batch was written during the load;"
[ "$ev_err" = 0 ] && [ "$tr_err" = 0 ] || fail="$fail errors: events $ev_err, trend $tr_err;"
[ "$src" = 0 ] && [ "$alive" = yes ] || fail="$fail the server did not stop cleanly ($src);"
awk -v p="$tr_p99" 'BEGIN { exit !(p < 100) }' || fail="$fail /api/trend p99 $tr_p99 ms is not under 100 ms;"

section=$(cat << EOF
<!-- serve:begin -->
## dyad serve under load

\`make bench-serve\` (\`sh bench/serve.sh $B\`), $(date -u +%Y-%m-%d), commit
$(git rev-parse --short HEAD 2> /dev/null), $(nproc) CPUs (shared with other work).  The store:
$N German articles of the generator (seed 7), $events events, $size MB (SQLite);
\`dyad serve --threads $THREADS\` on loopback, read-only.  \`wrk -t2 -c64 -d${SECS}s
--latency\` on each URL in turn, while \`dyad ingest\` wrote batches of 2,000 new
articles into the same store ($batches batches during the load, every one exit 0;
$after events at the end).  Errors: wrk's socket errors (connect, read, write,
timeout) plus answers other than 2xx/3xx.  Peak RSS: the server's VmHWM.  "CPU ms
per request": the server's user + system time over the requests answered, the
figure a busy machine does not distort.  Load average at the end: $load.

| URL | requests | requests/s | p50 ms | p99 ms | errors | CPU ms per request |
|---|---|---|---|---|---|---|
| \`$EV\` | $ev_n | $ev_rps | $ev_p50 | $ev_p99 | $ev_err | $ev_cpu |
| \`$TR\` ($trend_events events) | $tr_n | $tr_rps | $tr_p50 | $tr_p99 | $tr_err | $tr_cpu |

Peak RSS of the server: $rss MiB.  Bar (issue 13): 0 errors, p99 < 100 ms for
/api/trend: ${fail:-met}.
<!-- serve:end -->
EOF
)
echo "$section"
touch "$MD"
if grep -q "<!-- serve:begin -->" "$MD"; then
    printf '%s\n' "$section" > "$O/section"
    awk -v f="$O/section" '
        $0 == "<!-- serve:begin -->" { skip = 1; while ((getline l < f) > 0) print l; next }
        $0 == "<!-- serve:end -->" { skip = 0; next }
        !skip { print }' "$MD" > "$O/md" && cp "$O/md" "$MD"
else
    printf '\n%s\n' "$section" >> "$MD"
fi
if [ -n "$fail" ]; then
    echo "bench-serve: FAILED:$fail" >&2
    exit 1
fi
