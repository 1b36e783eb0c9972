#!/bin/sh
# bench/bench.sh BUILD [SHARED]: the measurements of `make bench`.
#
# Expects BUILD/dyad (release build), BUILD/runstat and the corpora
# bench/out/corpus-{de,en}.{jsonl,count} (the Makefile makes them, and
# corpus-{fr,ru}, measured like English when present).  Prints
# the table and writes it to BENCHMARKS.md.  BENCH_RUNS (default 5) sets the
# runs of each corpus measurement, BENCH_QUICK (default 30) those of the
# start-up and dictionary figures (the start-up with an event coded: 20).
# No figure is asserted: these are measurements, not tests.
#
# Speed is given per CPU second (user + sys of the process, from wait4) as
# well as per wall second: the machine may be shared.  The dense corpora
# bench/out/dense-{de,en}.jsonl (gencorpus -e -q -n, see the Makefile) are
# as dense as published news; bench/density.py measures each corpus and
# ../shared/gold/real-dev-*.jsonl the same way.  dyad reads its dictionary
# cache (docs/dictcache.md) from a directory of this run, warmed first.
set -u
B=${1:-bench/out/build}
SHARED=${2:-../shared}
RUNS=${BENCH_RUNS:-5}
QUICK=${BENCH_QUICK:-30}
OUT=bench/out
DYAD=$B/dyad
RS=$B/runstat
CDE=$OUT/corpus-de
CEN=$OUT/corpus-en
M=$OUT/measure
MD=BENCHMARKS.md

die() { echo "bench: $*" >&2; exit 2; }
for f in "$DYAD" "$RS" "$CDE.jsonl" "$CDE.count" "$CEN.jsonl" "$CEN.count"; do
    test -e "$f" || die "$f is missing (make bench builds it)"
done
rm -rf "$M"
mkdir -p "$M"
export DYAD_CACHE="$M/cache"
"$DYAD" dict stats > /dev/null 2>&1   # writes the cache
# the ingest sections (bench/ingest.sh writes them) and their notes are kept
KEEP=$M/keep.md
if [ -f "$MD" ]; then awk '/^<!-- ingest-/ { k = 1 } k' "$MD" > "$KEEP"; else : > "$KEEP"; fi

# count FILE KEY: a value of a .count file
count() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
# stats FILE: "median min max" of the numbers in column 1
stats() {
    sort -g "$1" | awk '{ v[NR] = $1 } END {
        n = NR; med = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        print med, v[1], v[n] }'
}
# col FILE N EXPR: column N of a runstat file through an awk expression of x
col() { awk -v n="$2" "{ x = \$n; print $3 }" "$1"; }
# fmt FORMAT "med min max": the three figures formatted, as table cells
fmt() {
    echo "$2" | awk -v f="$1" 'function g(x,   s, i, r) {
            s = sprintf(f, x)
            if (f != "%.0f") return s
            r = ""; i = length(s)
            while (i > 3) { r = "," substr(s, i - 2, 3) r; i -= 3 }
            return substr(s, 1, i) r
        }
        { printf "%s | %s | %s", g($1), g($2), g($3) }'
}
# statuses FILE: the exit statuses seen, for a sanity note
statuses() { awk '{ print $4 }' "$1" | sort -u | tr '\n' ' ' | sed 's/ $//'; }

echo "bench: machine and corpus"
DATE=$(date -u +%Y-%m-%d)
NPROC=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)
CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
MEM=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
KERNEL=$(uname -sr)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
CCV=$(${CC:-cc} --version 2>/dev/null | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src include dict Makefile 2>/dev/null)" ]; then
    COMMIT="$COMMIT + uncommitted changes"
fi
SENT=$(count "$CDE.count" sentences)
ARTS=$(count "$CDE.count" articles)
TOKS=$(count "$CDE.count" tokens)
EVT=$(count "$CDE.count" event_sentences)
QUOT=$(count "$CDE.count" quote_sentences)
JB=$(count "$CDE.count" jsonl_bytes)
TB=$(count "$CDE.count" txt_bytes)
SEED=$(count "$CDE.count" seed)
SPLIT=$("$DYAD" split "$CDE.txt" | wc -l | tr -d ' ')

# corpus LANG: the identity check (1 against 2 threads on the whole corpus,
# which also warms the page cache) and RUNS alternating runs of 1 and 2
# threads.  Sets ${LANG}_SAME, _NEV, _NEVS, _REFUSED, _RC; leaves the runs in
# $M/LANG.t1 and $M/LANG.t2.  A language dyad refuses (DY_ELANG) is only run
# once.
corpus() {
    l=$1
    c=$OUT/corpus-$l.jsonl
    echo "bench: $l: 1 thread against 2 threads on the whole corpus"
    "$DYAD" code "$c" > "$M/$l.events1" 2> "$M/$l.err1"
    rc1=$?
    refused=$(grep -c "language '$l' is not supported" "$M/$l.err1")
    eval "${l}_REFUSED=$refused ${l}_RC=$rc1"
    if [ "$refused" -gt 0 ] && [ "$refused" -eq "$(count "$OUT/corpus-$l.count" articles)" ]; then
        rm -f "$M/$l.events1"
        return 1
    fi
    "$DYAD" code --threads 2 "$c" > "$M/$l.events2" 2> "$M/$l.err2"
    rc2=$?
    if cmp -s "$M/$l.events1" "$M/$l.events2" && cmp -s "$M/$l.err1" "$M/$l.err2" &&
        [ "$rc1" -eq "$rc2" ]; then
        same="byte-identical, messages too (exit status $rc1)"
    else
        same="DIFFERENT (exit status $rc1 and $rc2)"
    fi
    nev=$(wc -l < "$M/$l.events1" | tr -d ' ')
    nevs=$(sed -n 's/^{"doc":"\([^"]*\)","sent":\([0-9]*\),.*/\1 \2/p' "$M/$l.events1" | sort -u | wc -l | tr -d ' ')
    eval "${l}_SAME=\"\$same\" ${l}_NEV=$nev ${l}_NEVS=$nevs"
    rm -f "$M/$l.events1" "$M/$l.events2"
    echo "bench: $l: $RUNS runs each of 1 and 2 threads (alternating)"
    i=0
    while [ $i -lt "$RUNS" ]; do
        "$RS" -- "$DYAD" code "$c" >> "$M/$l.t1"
        "$RS" -- "$DYAD" code --threads 2 "$c" >> "$M/$l.t2"
        i=$((i + 1))
    done
    return 0
}

corpus de || die "German is refused: nothing to measure"
EN_OK=no
corpus en && EN_OK=yes
# French and Russian: measured when their corpora are there
FR_OK=no
RU_OK=no
[ -f "$OUT/corpus-fr.count" ] && corpus fr && FR_OK=yes
[ -f "$OUT/corpus-ru.count" ] && corpus ru && RU_OK=yes

# the dense corpora: RUNS runs of 1 thread each
for l in de en; do
    c=$OUT/dense-$l.jsonl
    [ -f "$c" ] || continue
    echo "bench: dense $l: $RUNS runs of 1 thread"
    "$DYAD" code "$c" 2> /dev/null | sed -n 's/^{"doc":"\([^"]*\)","sent":\([0-9]*\),.*/\1 \2/p' |
        sort -u | wc -l | tr -d ' ' > "$M/dense-$l.nevs"
    i=0
    while [ $i -lt "$RUNS" ]; do
        "$RS" -- "$DYAD" code "$c" >> "$M/dense-$l.t1"
        i=$((i + 1))
    done
done

LOAD1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
echo "bench: start-up, dictionary load and process floor ($QUICK runs each)"
: > "$OUT/empty.jsonl"
"$RS" -n "$QUICK" -- "$DYAD" code "$OUT/empty.jsonl" > "$M/startup"
"$RS" -n "$QUICK" -- "$DYAD" dict stats > "$M/dict"
"$RS" -n "$QUICK" -- "$DYAD" version > "$M/floor"
# start-up with an event coded (issue 11: under 50 ms), from the cache and
# from the text (DYAD_CACHE=off); CPU time, 20 runs each
echo '{"id":"x","date":"2024-01-01","text":"Merkel traf Putin in Berlin."}' > "$OUT/one.jsonl"
SUR=${BENCH_STARTUP:-20}
"$RS" -n "$SUR" -i "$OUT/one.jsonl" -- "$DYAD" code --input jsonl > "$M/one"
DYAD_CACHE=off "$RS" -n "$SUR" -i "$OUT/one.jsonl" -- "$DYAD" code --input jsonl > "$M/one.off"
DENSITY="not measured (python3 missing)"
if command -v python3 > /dev/null 2>&1; then
    echo "bench: density of the corpora and of published news"
    set --
    for f in "$SHARED/gold/real-dev-de.jsonl" "$SHARED/gold/real-dev-en.jsonl" \
             "$SHARED/gold/real-dev-fr.jsonl" "$SHARED/gold/real-dev-ru.jsonl" \
             "$CDE.jsonl" "$CEN.jsonl" "$OUT/corpus-fr.jsonl" "$OUT/corpus-ru.jsonl" \
             "$OUT/dense-de.jsonl" "$OUT/dense-en.jsonl"; do
        [ -f "$f" ] && set -- "$@" "$f"
    done
    DENSITY=$(python3 bench/density.py "$DYAD" "$@" 2>&1)
fi

F1="not measured ($SHARED/gold/dev-de.jsonl not found)"
if [ -f "$SHARED/gold/dev-de.jsonl" ]; then
    F1=$("$DYAD" eval "$SHARED/gold/dev-de.jsonl" 2>/dev/null | grep '^root level' | sed 's/^root level *//')
fi

# ------------------------------------------------------------------ figures
met() { # met VALUE OP LIMIT
    awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {
        ok = op == ">=" ? v >= l : v < l; print ok ? "met" : "**not met**" }'
}
med() { echo "$1" | awk '{ print $1 }'; }
big() { fmt %.0f "$1 0 0" | cut -d' ' -f1; }
pct() { echo "$1 $2" | awk '{ printf "%.1f", 100 * $1 / $2 }'; }
mb() { echo "$1" | awk '{ printf "%.1f", $1 / 1e6 }'; }

# rows LANG NAME TARGETS: the table rows of one corpus (TARGETS: yes or no)
rows() {
    l=$1
    sent=$(count "$OUT/corpus-$l.count" sentences)
    jb=$(count "$OUT/corpus-$l.count" jsonl_bytes)
    col "$M/$l.t1" 1 "$sent / x" > "$M/$l.s1"
    col "$M/$l.t2" 1 "$sent / x" > "$M/$l.s2"
    col "$M/$l.t1" 1 "$jb / x / 1e6" > "$M/$l.b1"
    col "$M/$l.t2" 1 "$jb / x / 1e6" > "$M/$l.b2"
    col "$M/$l.t1" 2 "$sent / x" > "$M/$l.c1"
    col "$M/$l.t1" 1 "x" > "$M/$l.w1"
    col "$M/$l.t2" 1 "x" > "$M/$l.w2"
    col "$M/$l.t1" 3 "x / 1024" > "$M/$l.r1"
    col "$M/$l.t2" 3 "x / 1024" > "$M/$l.r2"
    paste -d ' ' "$M/$l.t1" "$M/$l.t2" | awk '{ print $1 / $5 }' > "$M/$l.sp"
    awk '{ print $2 / $1 }' "$M/$l.t2" > "$M/$l.busy"
    s1=$(stats "$M/$l.s1"); sp=$(stats "$M/$l.sp"); r1=$(stats "$M/$l.r1"); r2=$(stats "$M/$l.r2")
    c1=$(stats "$M/$l.c1")
    if [ "$3" = yes ]; then
        t1="≥ 100,000 | $(met "$(med "$s1")" ">=" 100000)"
        tc1="≥ 100,000 | $(met "$(med "$c1")" ">=" 100000)"
        tsp="≥ 1.8 | $(met "$(med "$sp")" ">=" 1.8)"
        tr1="< 200 MB | $(met "$(med "$r1")" "<" 190.7)"
        tr2="< 200 MB | $(met "$(med "$r2")" "<" 190.7)"
    else
        t1="≥ 100,000 | $(met "$(med "$s1")" ">=" 100000)"
        tc1="≥ 100,000 | $(met "$(med "$c1")" ">=" 100000)"
        tsp=" | "; tr1=" | "; tr2=" | "
    fi
    echo "| $2, 1 thread: sentences per CPU second | $(fmt %.0f "$c1") | $tc1 |"
    echo "| $2, 1 thread: sentences/s | $(fmt %.0f "$s1") | $t1 |"
    echo "| $2, 1 thread: MB/s (JSON Lines in) | $(fmt %.2f "$(stats "$M/$l.b1")") | | |"
    echo "| $2, 1 thread: wall time (s) | $(fmt %.3f "$(stats "$M/$l.w1")") | | |"
    echo "| $2, 2 threads: sentences/s | $(fmt %.0f "$(stats "$M/$l.s2")") | | |"
    echo "| $2, 2 threads: MB/s (JSON Lines in) | $(fmt %.2f "$(stats "$M/$l.b2")") | | |"
    echo "| $2, 2 threads: wall time (s) | $(fmt %.3f "$(stats "$M/$l.w2")") | | |"
    echo "| $2, 2 threads: cores busy (CPU time / wall time) | $(fmt %.2f "$(stats "$M/$l.busy")") | | |"
    echo "| $2, speed-up of 2 threads (per pair of runs) | $(fmt %.2f "$sp") | $tsp |"
    echo "| $2, peak resident memory, 1 thread (MiB) | $(fmt %.1f "$r1") | $tr1 |"
    echo "| $2, peak resident memory, 2 threads (MiB) | $(fmt %.1f "$r2") | $tr2 |"
}

ST=$(col "$M/startup" 1 "x * 1000" > "$M/st"; stats "$M/st")
ONE=$(col "$M/one" 2 "x * 1000" > "$M/onec"; stats "$M/onec")
ONEW=$(col "$M/one" 1 "x * 1000" > "$M/onew"; stats "$M/onew")
ONER=$(col "$M/one" 3 "x / 1024" > "$M/oner"; stats "$M/oner")
ONEOFF=$(col "$M/one.off" 2 "x * 1000" > "$M/oneoffc"; stats "$M/oneoffc")
STR=$(col "$M/startup" 3 "x / 1024" > "$M/str"; stats "$M/str")
DL=$(col "$M/dict" 1 "x * 1000" > "$M/dl"; stats "$M/dl")
FL=$(col "$M/floor" 1 "x * 1000" > "$M/fl"; stats "$M/fl")
DLNET=$(echo "$DL $FL" | awk '{ printf "%.1f", $1 - $4 }')
EN_ARTS=$(count "$CEN.count" articles)
EN_SENT=$(count "$CEN.count" sentences)
EN_JB=$(count "$CEN.count" jsonl_bytes)

ROWS=$(rows de German yes)
# dense LANG NAME: the rows of a dense corpus
dense() {
    l=$1
    [ -f "$M/dense-$l.t1" ] || return 0
    sent=$(count "$OUT/dense-$l.count" sentences)
    col "$M/dense-$l.t1" 2 "$sent / x" > "$M/dense-$l.c1"
    col "$M/dense-$l.t1" 1 "$sent / x" > "$M/dense-$l.s1"
    col "$M/dense-$l.t1" 3 "x / 1024" > "$M/dense-$l.r1"
    c1=$(stats "$M/dense-$l.c1")
    echo "| $2, 1 thread: sentences per CPU second | $(fmt %.0f "$c1") | ≥ 100,000 | $(met "$(med "$c1")" ">=" 100000) |"
    echo "| $2, 1 thread: sentences/s | $(fmt %.0f "$(stats "$M/dense-$l.s1")") | | |"
    echo "| $2, peak resident memory, 1 thread (MiB) | $(fmt %.1f "$(stats "$M/dense-$l.r1")") | | |"
}
DROWS="$(dense de "German, dense")
$(dense en "English, dense")"
DDESC=""
for l in de en; do
    [ -f "$OUT/dense-$l.count" ] || continue
    DDESC="$DDESC
- \`$OUT/dense-$l.jsonl\`: $(big "$(count "$OUT/dense-$l.count" articles)") articles, $(big "$(count "$OUT/dense-$l.count" sentences)") sentences, $(mb "$(count "$OUT/dense-$l.count" jsonl_bytes)") MB (gencorpus $(sed -n "s/^options //p" "$OUT/dense-$l.count")); dyad codes events in $(big "$(cat "$M/dense-$l.nevs")") of its sentences"
done
BT='`'
if [ $EN_OK = yes ]; then
    ROWS="$ROWS
$(rows en English no)"
    ENGLISH="${BT}$CEN.jsonl${BT}: $(big "$EN_ARTS") articles, $(big "$EN_SENT") sentences, $(mb "$EN_JB") MB of
JSON Lines (bench/templates/en.txt).  dyad coded $(big "$en_NEV") events in
$(big "$en_NEVS") sentences ($(pct "$en_NEVS" "$EN_SENT")% of the sentences), exit status $en_RC.
1 and 2 threads: output $en_SAME.  Issue 3's targets were set for the German coder."
else
    ENGLISH="Not measured: English coding awaits issue 4.  ${BT}dyad code $CEN.jsonl${BT}
($(big "$EN_ARTS") articles, $(big "$EN_SENT") sentences, $(mb "$EN_JB") MB) refuses every article
with DY_ELANG ($(big "$en_REFUSED") \"language 'en' is not supported\" messages, exit status $en_RC)."
fi
# other LANG NAME OK TEMPLATE: the rows and the paragraph of French or Russian
# (issue 15: at or above 100,000 sentences/s on one core, as German)
OTHER=""
other() {
    l=$1
    [ -f "$OUT/corpus-$l.count" ] || return 0
    a=$(count "$OUT/corpus-$l.count" articles)
    s=$(count "$OUT/corpus-$l.count" sentences)
    j=$(count "$OUT/corpus-$l.count" jsonl_bytes)
    if [ "$3" = yes ]; then
        ROWS="$ROWS
$(rows "$l" "$2" no)"
        eval "nev=\$${l}_NEV nevs=\$${l}_NEVS same=\$${l}_SAME rc=\$${l}_RC"
        OTHER="$OTHER

## $2

${BT}$OUT/corpus-$l.jsonl${BT}: $(big "$a") articles, $(big "$s") sentences, $(mb "$j") MB of
JSON Lines (bench/templates/$l.txt, gencorpus seed $(count "$OUT/corpus-$l.count" seed)).  dyad coded $(big "$nev") events in
$(big "$nevs") sentences ($(pct "$nevs" "$s")% of the sentences), exit status $rc.
1 and 2 threads: output $same.  The bar (issue 15): at or above 100,000
sentences/s on one core, as for German; the CPU-second rate is the one it
means on a shared machine."
    else
        eval "ref=\$${l}_REFUSED rc=\$${l}_RC"
        OTHER="$OTHER

## $2

Not measured: ${BT}dyad code $OUT/corpus-$l.jsonl${BT} refuses every article ($(big "$ref")
\"language '$l' is not supported\" messages, exit status $rc)."
    fi
}
other fr French $FR_OK
other ru Russian $RU_OK

{
cat <<EOF
# Benchmarks

Written by \`make bench\` (bench/bench.sh); do not edit by hand, rerun it.
Every figure is the median, min and max of $RUNS runs ($QUICK runs for
start-up, dictionary load and process floor), measured with bench/runstat
(wall clock around fork/wait, peak resident memory from wait4).

- Date: $DATE
- Machine: $NPROC CPUs (\`nproc\`), $CPU, $MEM, $KERNEL; load average
  (1, 5, 15 min) $LOAD0 before the runs, $LOAD1 after the corpus runs (other
  work on the machine shows most in the 2-thread figures)
- Build: $CCV, \`-O2 -DNDEBUG\` (\`$B/dyad\`)
- Code: commit $COMMIT
- Corpus: \`$CDE.jsonl\`, written by bench/gencorpus.c (seed $SEED) from
  bench/templates/de.txt and the dictionaries: $(big "$ARTS") articles,
  $(big "$SENT") sentences (\`dyad split\` on the plain text finds $(big "$SPLIT")),
  $(big "$TOKS") tokens, $(mb "$JB") MB of JSON Lines ($(mb "$TB") MB of text);
  $(pct "$EVT" "$SENT")% of the sentences come from event templates, $(pct "$QUOT" "$SENT")% are quotations.
  dyad coded $(big "$de_NEV") events in $(big "$de_NEVS") sentences
  ($(pct "$de_NEVS" "$SENT")% of the sentences; the rest have no event).
- 1 and 2 threads on the whole German corpus: output $de_SAME.

## End to end (read JSON Lines, code, write JSON Lines to /dev/null)

| measure | median | min | max | target (issue 3; French, Russian: issue 15) | |
|---|---|---|---|---|---|
$ROWS
| start-up: \`dyad code\` on an empty input (ms) | $(fmt %.1f "$ST") | < 50 ms | $(met "$(med "$ST")" "<" 50) |
| start-up with an event coded, CPU time (ms; $SUR runs) | $(fmt %.1f "$ONE") | < 50 ms | $(met "$(med "$ONE")" "<" 50) |
| the same, wall time (ms) | $(fmt %.1f "$ONEW") | | |
| the same, peak resident memory (MiB) | $(fmt %.1f "$ONER") | | |
| the same without the dictionary cache (\`DYAD_CACHE=off\`), CPU time (ms) | $(fmt %.1f "$ONEOFF") | | |
| start-up: peak resident memory (MiB) | $(fmt %.1f "$STR") | | |
| dictionary load from text: \`dyad dict stats\` (ms) | $(fmt %.1f "$DL") | | |
| process floor: \`dyad version\` (ms) | $(fmt %.1f "$FL") | | |

Loading the dictionaries from the cache (docs/dictcache.md) takes about
$DLNET ms (\`dict stats\` minus \`version\`, medians).  Start-up with an
event coded: \`echo '{"id":"x","date":"2024-01-01","text":"Merkel traf Putin
in Berlin."}' | dyad code --input jsonl\` (it also loads the gazetteer and
the language identifier).

## Dense corpora (as dense as published news)
$DDESC

| measure | median | min | max | target (issue 11) | |
|---|---|---|---|---|---|
$DROWS

Density, measured alike on each corpus by \`bench/density.py\` (on the first
3,000 articles of a large one; gold/sent: the gold file's events per sentence):

\`\`\`
$DENSITY
\`\`\`

Exit statuses seen: German, 1 thread: $(statuses "$M/de.t1"); 2 threads: $(statuses "$M/de.t2");
start-up: $(statuses "$M/startup"); dict stats: $(statuses "$M/dict").

Commands (from the repository root):

\`\`\`
$DYAD code $CDE.jsonl > /dev/null
$DYAD code --threads 2 $CDE.jsonl > /dev/null
$DYAD code $OUT/empty.jsonl
$DYAD dict stats
$DYAD version
\`\`\`

## English

$ENGLISH$OTHER

## Accuracy at bench time

dev-de, root level: $F1

## Anchors (issue 3; same kind of machine, one core)

| coder | sentences/s | notes |
|---|---|---|
| TABARI 0.8.4b2, -O2 | 10,563 coding (9,474 end to end) | loads its dictionaries in 0.8 s, 12 MiB |
| PETRARCH-2 (Python 3 port) | 2,171 coding (about 780 end to end) | plus a CoreNLP parse, not counted; loads in 2 s, 150 MiB |
EOF
    if [ -s "$KEEP" ]; then echo; cat "$KEEP"; fi
} > "$MD"
cat "$MD"
