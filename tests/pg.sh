#!/bin/sh
# tests/pg.sh DYAD [BUILD]: the store on PostgreSQL (`make test-pg`, CI).
#
# Starts a private PostgreSQL server for the tests: initdb into a temp dir,
# listening on 127.0.0.1 on a free port and on a socket in the temp dir
# (as root, the server runs as the `postgres` system user, or `nobody`).
# Then, each in a database of its own:
#   - BUILD/tests/unit_db: the backend through db_ops (src/store/db_pg.c);
#   - BUILD/tests/unit_store: failure injection along a batch and a remerge;
#   - tests/store.sh DYAD URL: the store tests that SQLite runs too;
#   - concurrent ingest: three `dyad ingest` processes write overlapping
#     article files into one fresh store at once; every article must be
#     stored exactly once, the store consistent, and its events the same
#     as those of a sequential ingest into a fresh PostgreSQL store and
#     into a fresh SQLite store; trend, network and blocs answer the same
#     from both;
# The server is stopped and the temp dir removed at the end, also on
# failure or interruption.  Without PostgreSQL's server binaries the tests
# are skipped with a message, except in CI (CI=true), where that fails.
# Prints "N passed, N failed" last; exits non-zero on any failure.
#
# tests/pg.sh --run COMMAND...: starts the same kind of server, but with
# PostgreSQL's default durability (fsync on), runs COMMAND with STORE_NEW
# set to a command that creates an empty database and prints its URL, and
# stops the server (`make bench-ingest-pg` runs bench/ingest.sh so);
# PG_PIDFILE names the server's postmaster.pid.
RUN=
if [ "${1:-}" = --run ]; then
    shift
    RUN=1
    [ $# -gt 0 ] || { echo "usage: tests/pg.sh --run COMMAND..." >&2; exit 64; }
    DYAD=./dyad BUILD=build
else
    DYAD=${1:-./dyad}
    BUILD=${2:-build}
fi
pass=0
fail=0
ok()   { pass=$((pass + 1)); echo "ok   $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL $1"; }
check() { name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }

skip() {
    if [ "${CI:-}" = true ]; then
        echo "FAIL pg: $1 (in CI the PostgreSQL tests must run)"
        exit 1
    fi
    echo "SKIP: PostgreSQL tests skipped: $1"
    exit 0
}

case $DYAD in /*) ;; *) DYAD=$(pwd)/$DYAD ;; esac
case $BUILD in /*) ;; *) BUILD=$(pwd)/$BUILD ;; esac

# --- the server's binaries and the user it runs as ---------------------------
PGBIN=${PGBIN:-}
if [ -z "$PGBIN" ]; then
    for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then PGBIN=$d; break; fi
    done
fi
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] ||
    skip "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb; make deps installs postgresql)"

RUNAS=
if [ "$(id -u)" = 0 ]; then
    # the server refuses to run as root
    if id postgres > /dev/null 2>&1; then RUNAS=postgres; else RUNAS=nobody; fi
    command -v runuser > /dev/null 2>&1 || skip "running as root and runuser is missing"
fi
# (from the temp dir: the server's user may not be allowed into the cwd)
as_server() {
    if [ -n "$RUNAS" ]; then (cd "$T" && runuser -u "$RUNAS" -- "$@"); else "$@"; fi
}

# no PG* settings of the caller's environment leak into the tests
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE \
    PGSERVICEFILE PGOPTIONS PGSSLMODE PGCONNECT_TIMEOUT PGAPPNAME PGTARGETSESSIONATTRS

T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-pg.XXXXXX") || exit 2
STARTED=
cleanup() {
    if [ -n "$STARTED" ]; then
        as_server "$PGBIN/pg_ctl" -D "$T/data" -m fast -w -t 30 stop > /dev/null 2>&1 ||
            { pid=$(head -1 "$T/data/postmaster.pid" 2>/dev/null) && [ -n "$pid" ] && kill -9 "$pid"; }
    fi
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mkdir "$T/data" "$T/run" "$T/work"
if [ -n "$RUNAS" ]; then
    chmod 755 "$T"
    chown "$RUNAS" "$T/data" "$T/run"
    as_server test -w "$T/data" ||
        { echo "FAIL pg: user $RUNAS cannot write $T/data (is ${TMPDIR:-/tmp} open to it?)"; exit 1; }
fi

if ! as_server "$PGBIN/initdb" -D "$T/data" -U dyad -A trust -E UTF8 --no-locale --no-sync \
        > "$T/run/initdb.log" 2>&1; then
    echo "FAIL pg: initdb failed:"
    sed 's/^/     /' "$T/run/initdb.log"
    exit 1
fi

# a free port: try random ones until the server starts on one
port=
# (tests: no fsync, a crash of the machine need not be survived)
OPTS="-c fsync=off -c full_page_writes=off"
[ -n "$RUN" ] && OPTS=
for try in 1 2 3 4 5 6 7 8 9 10; do
    p=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
    if as_server "$PGBIN/pg_ctl" -D "$T/data" -l "$T/run/server.log" -w -t 60 \
            -o "-p $p -k $T/run -c listen_addresses=127.0.0.1 $OPTS -c max_connections=40" \
            start > "$T/run/pg_ctl.log" 2>&1; then
        port=$p
        STARTED=1
        break
    fi
    grep -q "already in use\|could not bind\|could not create any TCP/IP sockets" "$T/run/server.log" \
        2>/dev/null || break
done
if [ -z "$port" ]; then
    echo "FAIL pg: the PostgreSQL server did not start:"
    cat "$T/run/pg_ctl.log" "$T/run/server.log" 2>/dev/null | tail -20 | sed 's/^/     /'
    exit 1
fi
echo "     $("$PGBIN/postgres" -V) on 127.0.0.1:$port (data in $T/data, server user ${RUNAS:-$(id -un)})"

PSQL="$PGBIN/psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U dyad"
BASE="postgres://dyad@127.0.0.1:$port"
newdb() { "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U dyad "$1"; }
sql() { db=$1; shift; $PSQL -d "$db" -c "$*"; }

# STORE_NEW: a command that creates an empty database and prints its URL
cat > "$T/work/newdb" << EOF
n=\$((\$(cat "$T/work/ndb" 2> /dev/null || echo 0) + 1))
echo \$n > "$T/work/ndb"
"$PGBIN/createdb" -h 127.0.0.1 -p $port -U dyad "store\$n" >&2 && echo "$BASE/store\$n"
EOF
if [ -n "$RUN" ]; then
    # PG_PIDFILE: the server's postmaster.pid (its first line is the
    # postmaster's pid), so that a benchmark can read the server's CPU time
    STORE_NEW="sh $T/work/newdb" PG_PIDFILE="$T/data/postmaster.pid" "$@"
    exit $?
fi

# --- the backend through db_ops ---------------------------------------------
newdb unit
check "unit_db (postgres)" "$BUILD/tests/unit_db" postgres "$BASE/unit"
# failure injection along a batch and a remerge (the batched writes and
# reads of src/store/store.c), the database emptied before each run
newdb ustore
check "unit_store (postgres): every allocation failing along a batch" \
    "$BUILD/tests/unit_store" dict "$BASE/ustore"

# --- the store tests SQLite runs too --------------------------------------------
STORE_NEW="sh $T/work/newdb" sh tests/store.sh "$DYAD" postgres
check "tests/store.sh on PostgreSQL" test $? -eq 0
# a batch's articles checked and written together (tests/cli/t1190)
STORE_NEW="sh $T/work/newdb" STORE_BACKEND=postgres DYAD="$DYAD" sh tests/cli/t1190-store-batch.sh
check "tests/cli/t1190-store-batch.sh on PostgreSQL" test $? -eq 0

# --- concurrent ingest -----------------------------------------------------------
# 360 articles over four weeks from four outlets, each of three sentences
# out of eight that code events; the files overlap (A: 1-200, B: 320-121,
# C: 1-40 and 241-360, in a mixed order), so that the writers store the
# same articles and merge mentions of the same happenings at once.
W=$T/work
awk 'BEGIN {
    s[0] = "Frankreich kritisiert Russland."
    s[1] = "Japan lobt Indien."
    s[2] = "Polen verurteilt China."
    s[3] = "Deutschland trifft Frankreich."
    s[4] = "Indien droht Pakistan."
    s[5] = "China unterstützt Russland."
    s[6] = "Die Ukraine hat die Vorwürfe aus Moskau zurückgewiesen."
    s[7] = "Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten Emmanuel Macron telefoniert."
    o[0] = "dpa"; o[1] = "Reuters"; o[2] = "AFP"; o[3] = "AP"
    for (i = 1; i <= 360; i++)
        printf "{\"id\":\"c%d\",\"date\":\"2022-05-%02d\",\"source\":\"%s\",\"url\":\"https://example.org/%d\",\"text\":\"%s %s %s\"}\n",
            i, 1 + (i * 11) % 28, o[i % 4], i, s[i % 8], s[(i * 3 + 1) % 8], s[(i * 5 + 2) % 8]
}' > "$W/all.jsonl"
sed -n '1,200p' "$W/all.jsonl" > "$W/a.jsonl"
sed -n '121,320p' "$W/all.jsonl" | awk '{ l[NR] = $0 } END { for (i = NR; i >= 1; i--) print l[i] }' > "$W/b.jsonl"
{ sed -n '241,360p' "$W/all.jsonl"; sed -n '1,40p' "$W/all.jsonl"; } |
    awk '{ l[NR] = $0 } END { for (k = 0; k < 7; k++) for (i = 1 + k; i <= NR; i += 7) print l[i] }' > "$W/c.jsonl"

# Three writers at once: WHO names the round; the store is DB, fresh (the
# writers race to create the schema) or made first with `dyad store init`
# (only their batches race).
concurrent() {
    who=$1 db=$2
    pids=
    for f in a b c; do
        "$DYAD" ingest --db "$BASE/$db" --batch 7 --quiet "$W/$f.jsonl" > "$W/$db.$f.out" 2> "$W/$db.$f.err" &
        pids="$pids $!"
    done
    rcs=
    for p in $pids; do wait "$p"; rcs="$rcs$?"; done
    check "$who: the three writers exit 0 (got $rcs)" test "$rcs" = 000
    for f in a b c; do
        grep -v '^dyad ingest: ' "$W/$db.$f.err" | head -5 | sed "s/^/     $f: /"
    done
    check "$who: each article stored once (360 articles, 360 ids)" \
        test "$(sql "$db" "SELECT count(*) || ' ' || count(DISTINCT id) FROM articles")" = "360 360"
    n_st=$(sed -n 's/.* \([0-9]*\) stored, \([0-9]*\) unchanged.*/\1/p' "$W/$db.a.err" "$W/$db.b.err" \
        "$W/$db.c.err" | awk '{ s += $1 } END { print s + 0 }')
    check "$who: 360 stored in all, the overlaps found unchanged (stored: $n_st)" test "$n_st" -eq 360
    check "$who: no mention twice, n_mentions adds up" \
        test "$(sql "$db" "SELECT (SELECT count(*) FROM (SELECT article_id, seq FROM mentions GROUP BY 1, 2 HAVING count(*) > 1) AS d) || ' ' || ((SELECT sum(n_mentions) FROM articles) = (SELECT count(*) FROM mentions))")" = "0 true"
    check "$who: every mention in exactly one existing event, counts add up" \
        test "$(sql "$db" "SELECT (SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL) || ' ' || ((SELECT sum(num_mentions) FROM events) = (SELECT count(*) FROM mentions))")" = "0 true"
    if "$DYAD" store check --db "$BASE/$db" > "$W/$db.check" 2>&1; then ok "$who: dyad store check"
    else bad "$who: dyad store check"; sed 's/^/     /' "$W/$db.check" | head -10; fi
}
newdb conc
concurrent "concurrent ingest into a new store" conc
newdb conc2
"$DYAD" store init --db "$BASE/conc2" > /dev/null
concurrent "concurrent ingest into a made store" conc2

# the same files one after another, into a fresh PostgreSQL and SQLite store
newdb seq
for f in a b c; do
    "$DYAD" ingest --db "$BASE/seq" --batch 7 --quiet "$W/$f.jsonl" 2>> "$W/seq.err" || echo "     seq $f: exit $?"
    "$DYAD" ingest --db "$W/seq.db" --batch 7 --quiet "$W/$f.jsonl" 2>> "$W/seq.err" || echo "     seq.db $f: exit $?"
done
"$DYAD" store info --db "$BASE/conc" | grep -v '^store' > "$W/conc.info"
"$DYAD" store info --db "$BASE/seq" | grep -v '^store' > "$W/seq.info"
"$DYAD" store info --db "$W/seq.db" | grep -v '^store\|^backend' > "$W/seqlite.info"
grep -v '^backend' "$W/seq.info" > "$W/seq.info2"
sed 's/^/     /' "$W/conc.info"
check "concurrent ingest: the counts of a sequential ingest (articles, mentions, events, actors)" \
    cmp -s "$W/conc.info" "$W/seq.info"
check "sequential ingest: PostgreSQL and SQLite hold the same counts" cmp -s "$W/seq.info2" "$W/seqlite.info"
# every event, without its id (ids depend on the order of writing) and its
# first mention's columns (which article is first among those of one day
# depends on the order of writing too): date source target code root quad
# goldstein, global_event_id last_date source_country target_country label,
# num_mentions num_sources num_articles participants
events() { "$DYAD" query --db "$1" --format tsv | cut -f3-9,16-20,25-28 | sort; }
events "$BASE/conc" > "$W/conc.ev"
events "$BASE/seq" > "$W/seq.ev"
events "$W/seq.db" > "$W/seqlite.ev"
check "concurrent ingest: events found ($(($(wc -l < "$W/conc.ev") - 1)))" test "$(wc -l < "$W/conc.ev")" -gt 50
check "concurrent ingest: the same events as a sequential ingest" cmp -s "$W/conc.ev" "$W/seq.ev"
events "$BASE/conc2" > "$W/conc2.ev"
"$DYAD" store info --db "$BASE/conc2" | grep -v '^store' > "$W/conc2.info"
check "concurrent ingest into a made store: the counts and events of a sequential ingest" \
    sh -c "cmp -s '$W/conc2.info' '$W/seq.info' && cmp -s '$W/conc2.ev' '$W/seq.ev'"
check "sequential ingest: PostgreSQL and SQLite hold the same events" cmp -s "$W/seq.ev" "$W/seqlite.ev"
check "events merge mentions across articles (some num_articles > 1)" \
    awk -F'\t' '$1 != "date" && $15 + 0 > 1 { found = 1 } END { exit !found }' "$W/conc.ev"

# trend, network and blocs read through the store's queries: the same
# answers from both backends
for cmd in "trend FRA RUS --csv" "trend CHN RUS --undirected --by week --csv" "network --json" \
        "blocs --json"; do
    "$DYAD" $cmd --db "$BASE/conc" > "$W/cmd.pg" 2>&1
    "$DYAD" $cmd --db "$W/seq.db" > "$W/cmd.sqlite" 2>&1
    check "dyad $cmd: the same output from PostgreSQL as from SQLite" \
        sh -c "test \$(wc -l < '$W/cmd.pg') -gt 1 && cmp -s '$W/cmd.pg' '$W/cmd.sqlite'"
done

# query: the same events, formats and filters from both backends (issue 12)
for args in "--format gdelt" "--format gdelt --actor India" "--format tsv --outlet dpa --min-sources 2" \
        "--format icews --source FRA --target RUS" "--format gdelt --mentions --mood fact" \
        "--format plover --actor CHN"; do
    "$DYAD" query $args --db "$BASE/seq" | cut -f1-10 | sort > "$W/q.pg" 2>&1
    "$DYAD" query $args --db "$W/seq.db" | cut -f1-10 | sort > "$W/q.sqlite" 2>&1
    check "dyad query $args: the same rows from PostgreSQL as from SQLite" \
        sh -c "test \$(wc -l < '$W/q.pg') -gt 1 && cmp -s '$W/q.pg' '$W/q.sqlite'"
done

# the same again: nothing changes
"$DYAD" ingest --db "$BASE/conc" --quiet "$W/all.jsonl" 2> "$W/again.err"
check "ingesting everything again changes nothing (360 unchanged)" \
    grep -q "360 articles read, 0 stored, 360 unchanged" "$W/again.err"
check "ingesting everything again: the same events" sh -c "'$DYAD' query --db '$BASE/conc' --format tsv | cut -f3-9,16-20,25-28 | sort | cmp -s - '$W/conc.ev'"

# --- batched merge: shuffled batches on PostgreSQL = SQLite (issue 14) ---------
# 700 articles over 500 days (the same few pairs every few days, so that
# clusters chain and a batch's span must widen), a quote and a backslash in
# the text (the array parameters of the multi-row statements), ingested in
# a shuffled order in batches of 13 into PostgreSQL, then 116 of them
# changed (58 twice in one file: a changed article's old mentions are read
# back in the batch that wrote them); the same files into SQLite in
# batches of 500; and the final texts in date order into SQLite in one
# batch.  All three must hold the same events.
# span.jsonl: the articles; span-chg.jsonl: the changes
awk 'function art(i, t, f) {
        printf "{\"id\":\"s%d\",\"date\":\"%04d-%02d-%02d\",\"source\":\"o%d\",\"text\":\"%s\"}\n",
            i, y[i], m[i], dd[i], i % 3, t > f
    }
    BEGIN {
    srand(14); d = 0
    s[0] = "Frankreich kritisiert Russland."
    s[1] = "Japan lobt Indien."
    s[2] = "Polen verurteilt \\\"scharf\\\" China."
    s[3] = "Indien droht Pakistan \\\\ heute."
    s[4] = "Frankreich lobt Polen."
    for (i = 1; i <= 700; i++) {
        d += int(rand() * 3)
        y[i] = 2020 + int(d / 336); m[i] = 1 + int((d % 336) / 28); dd[i] = 1 + d % 28
        art(i, s[int(rand() * 5)] " " s[int(rand() * 5)], "/dev/stdout")
    }
    for (i = 6; i <= 700; i += 6) {
        art(i, s[int(rand() * 5)] " " s[0], "/dev/stderr")
        if (i % 12 == 0)
            art(i, "China unterstützt Russland.", "/dev/stderr")
    }
}' > "$W/span.jsonl" 2> "$W/span-chg.jsonl"
awk 'BEGIN { srand(15) } { printf "%f\t%s\n", rand(), $0 }' "$W/span.jsonl" | sort -n | cut -f2- > "$W/span-shuf.jsonl"
span_pg=$(sh "$W/newdb")
"$DYAD" ingest --lang de --db "$span_pg" --batch 13 --quiet "$W/span-shuf.jsonl" 2> "$W/span.err" &&
    "$DYAD" ingest --lang de --db "$span_pg" --batch 13 --quiet "$W/span-chg.jsonl" 2>> "$W/span.err"
check "shuffled batches into PostgreSQL (exit $?)" test $? -eq 0
rm -f "$W/span.db" "$W/span1.db"
"$DYAD" ingest --lang de --db "$W/span.db" --quiet "$W/span-shuf.jsonl" 2>> "$W/span.err"
"$DYAD" ingest --lang de --db "$W/span.db" --quiet "$W/span-chg.jsonl" 2>> "$W/span.err"
# the final version of each article, in date order, in one batch
python3 - "$W/span.jsonl" "$W/span-chg.jsonl" > "$W/span-final.jsonl" <<'PY'
import json, sys
final = {}
for f in sys.argv[1:]:
    for line in open(f):
        final[json.loads(line)["id"]] = line
for line in sorted(final.values(), key=lambda l: json.loads(l)["date"]):
    sys.stdout.write(line)
PY
"$DYAD" ingest --lang de --db "$W/span1.db" --batch 1000 --quiet "$W/span-final.jsonl" 2>> "$W/span.err"
check "shuffled batches: every line read, none malformed" test "$(grep -c '^dyad:' "$W/span.err")" -eq 0
events "$span_pg" > "$W/span-pg.ev"
events "$W/span.db" > "$W/span-sq.ev"
events "$W/span1.db" > "$W/span-one.ev"
check "shuffled batches: events found, some of several articles ($(($(wc -l < "$W/span-pg.ev") - 1)))" \
    awk -F'\t' '$1 != "date" && $15 + 0 > 3 { f = 1 } END { exit !(f && NR > 100) }' "$W/span-pg.ev"
check "shuffled batches: PostgreSQL holds the events SQLite holds" cmp -s "$W/span-pg.ev" "$W/span-sq.ev"
check "shuffled batches: the events of one batch in date order" cmp -s "$W/span-pg.ev" "$W/span-one.ev"
span_db=${span_pg##*/}
check "shuffled batches: a quote and a backslash stored as written" test \
    "$(sql "$span_db" "SELECT (SELECT count(*) FROM mentions WHERE strpos(evidence, 'verurteilt \"scharf\" China') > 0) > 0 AND (SELECT count(*) FROM mentions WHERE strpos(evidence, 'Pakistan \\ heute') > 0) > 0")" = t
check "shuffled batches: store check" "$DYAD" store check --db "$span_pg"
# a window of 3 days: clusters run on past a batch's last date more often
span3=$(sh "$W/newdb")
rm -f "$W/span3.db"
"$DYAD" ingest --lang de --db "$span3" --window 3 --batch 13 --quiet "$W/span-shuf.jsonl" 2> "$W/span3.err" &&
    "$DYAD" ingest --lang de --db "$span3" --batch 13 --quiet "$W/span-chg.jsonl" 2>> "$W/span3.err" &&
    "$DYAD" ingest --lang de --db "$W/span3.db" --window 3 --batch 1000 --quiet "$W/span-final.jsonl" 2>> "$W/span3.err"
check "window 3, shuffled batches into PostgreSQL: the events of one batch into SQLite" \
    sh -c "test $? -eq 0 && '$DYAD' query --db '$span3' --format tsv | cut -f3-9,16-20,25-28 | sort > '$W/span3-pg.ev' &&
        '$DYAD' query --db '$W/span3.db' --format tsv | cut -f3-9,16-20,25-28 | sort | cmp -s - '$W/span3-pg.ev' &&
        '$DYAD' store check --db '$span3' > /dev/null"

# --- a reader during an ingest: one snapshot per command (issue 14.3) ----------
# query --mentions while a writer adds 3,000 articles: each event's
# num_mentions must equal the mentions listed under it in every run
awk 'BEGIN {
    split("Frankreich kritisiert Russland.|Japan lobt Indien.|Polen verurteilt China.|Indien droht Pakistan.", s, "|")
    for (i = 1; i <= 3000; i++)
        printf "{\"id\":\"r%d\",\"date\":\"2022-06-%02d\",\"source\":\"o%d\",\"text\":\"%s %s\"}\n",
            i, 1 + i % 28, i % 5, s[1 + i % 4], s[1 + (i * 3) % 4]
}' > "$W/many.jsonl"
sql_new=$(sh "$W/newdb")
"$DYAD" ingest --db "$sql_new" --quiet "$W/a.jsonl" 2> /dev/null
"$DYAD" ingest --db "$sql_new" --batch 20 --quiet "$W/many.jsonl" > /dev/null 2> "$W/many.err" &
wpid=$!
snap_bad=0 snap_runs=0
while kill -0 "$wpid" 2> /dev/null && [ $snap_runs -lt 40 ]; do
    "$DYAD" query --db "$sql_new" --mentions > "$W/snap.jsonl" 2> "$W/snap.err" || snap_bad=$((snap_bad + 1000))
    python3 - "$W/snap.jsonl" <<'PY' || snap_bad=$((snap_bad + 1))
import json, sys
want, got = {}, {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if "mention_of" in r:
        got[r["mention_of"]] = got.get(r["mention_of"], 0) + 1
    elif "num_mentions" in r:
        want[r["id"]] = r["num_mentions"]
sys.exit(0 if want == got else 1)
PY
    snap_runs=$((snap_runs + 1))
done
wait "$wpid"
check "a reader during an ingest: $snap_runs runs of query --mentions, each event's mentions as counted (bad: $snap_bad)" \
    test $snap_runs -gt 0 -a $snap_bad -eq 0

# --- the summary after a store error (issue 14.7) ------------------------------
# the server ends the writer's connection in the middle of the ingest: the
# summary counts as stored only what the store holds, and does not claim
# that the store holds 0 articles
kill_db=$(sh "$W/newdb")
kill_name=${kill_db##*/}
"$DYAD" ingest --db "$kill_db" --batch 25 --quiet "$W/many.jsonl" > /dev/null 2> "$W/kill.err" &
kpid=$!
n_in=0
for i in $(seq 1 100); do
    n_in=$(sql "$kill_name" "SELECT count(*) FROM articles" 2> /dev/null || echo 0)
    [ "${n_in:-0}" -ge 100 ] && break
    sleep 0.1
done
sql postgres "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$kill_name' AND pid <> pg_backend_pid()" > /dev/null
wait "$kpid"; krc=$?
held=$(sql "$kill_name" "SELECT count(*) FROM articles")
said=$(sed -n 's/.* \([0-9]*\) stored, .*/\1/p' "$W/kill.err" | tail -1)
check "a killed connection: ingest exits 2 (got $krc) after storing some batches ($held)" \
    test "$krc" -eq 2 -a "$held" -gt 0
check "a killed connection: 'stored' ($said) is what the store holds ($held)" test "$said" = "$held"
check "a killed connection: the summary does not say the store holds 0 articles" \
    sh -c "! grep -q 'now holds 0 articles' '$W/kill.err'"

# --- Dask: two worker processes ingest partitions into one store (issue 14) ----
PY=${PYTHON:-/usr/bin/python3}
if "$PY" -c 'import distributed' 2> /dev/null; then
    dask_db=$(sh "$W/newdb")
    DYAD="$DYAD" "$PY" examples/dask/code_dask.py "$W/all.jsonl" --ingest "$dask_db" \
        --workers 2 --partitions 6 --dyad "$DYAD" > "$W/dask.out" 2> "$W/dask.err"
    check "dask: two workers ingest six partitions into one store (exit $?)" test $? -eq 0
    check "dask: store check" "$DYAD" store check --db "$dask_db"
    events "$dask_db" > "$W/dask.ev"
    check "dask: the events of a single-writer ingest" cmp -s "$W/dask.ev" "$W/seq.ev"
elif [ "${CI:-}" = true ]; then bad "dask: $PY has no distributed (make deps)"
else echo "skip dask: $PY has no distributed"; fi

# a store that cannot be reached: the server's message, no password
"$DYAD" ingest --db "postgres://dyad:Geheim99@127.0.0.1:$port/nosuchdb" "$W/a.jsonl" > /dev/null 2> "$W/nodb.err"
rc=$?
check "a missing database: exit 2, the server's message" sh -c "test $rc -eq 2 && grep -q 'nosuchdb.*does not exist' '$W/nodb.err'"
check "a missing database: the password is not shown" sh -c "! grep -q Geheim99 '$W/nodb.err'"

# statistics after a bulk load: the writer analyzes the tables itself
# (src/store/store.c analyze_grown), so that the first queries after an
# ingest into an empty store are planned with row counts (without them a
# query read the mentions once per event); autovacuum's own runs are
# counted apart (autoanalyze_count) and do not pass this check
awk 'BEGIN { for (i = 0; i < 1200; i++)
    printf "{\"id\":\"an%d\",\"date\":\"2024-02-%02d\",\"lang\":\"en\",\"text\":\"Chile criticized Peru on day %d. Peru met Bolivia.\"}\n", i, i % 28 + 1, i }' > "$W/an.jsonl"
newdb analyzed
"$DYAD" ingest --db "$BASE/analyzed" --quiet "$W/an.jsonl" 2> "$W/an.err"
check "bulk load: ingest stores 1200 articles" grep -q '1200 stored' "$W/an.err"
n=$(sql analyzed "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('articles','events','mentions') AND analyze_count > 0")
check "bulk load: the writer analyzed articles, events and mentions ($n of 3)" test "$n" = 3
n=$(sql analyzed "SELECT reltuples >= 1000 FROM pg_class WHERE relname = 'mentions'")
check "bulk load: the planner knows the mentions' row count" test "$n" = t

echo "$pass passed, $fail failed"
test "$fail" -eq 0
