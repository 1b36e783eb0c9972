#!/bin/sh
# t1190-store-batch: a batch's articles checked and written together
# (issue 14, PostgreSQL at SQLite's speed: dy_store_add).  On PostgreSQL
# `dyad ingest` no longer asks the server, article by article, whether an
# article is already stored: a batch's articles wait and are checked in one
# statement.  The counts of the summary, the replacing of changed articles
# (also of one article twice in a batch) and the events must stay what they
# were.  The same checks for both backends: STORE_BACKEND is "sqlite" (the
# default) or "postgres", with $STORE_NEW a command that creates an empty
# database and prints its URL (tests/pg.sh runs this script so).  Invented
# sentences only.
. tests/cli/test-lib.sh
BACKEND=${STORE_BACKEND:-sqlite}
new_store() {
    if [ "$BACKEND" = postgres ]; then sh -c "$STORE_NEW"; else mktemp -u "$T/storeXXXXXX"; fi
}
consistent() { "$DYAD" store check --db "$1" | grep -q ': consistent$'; }
info() { "$DYAD" store info --db "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }
art() { printf '{"id":"%s","date":"%s","lang":"de","source":"%s","text":"%s"}\n' "$@"; }
# the mentions of each FRA -> RUS event in store $S, space-separated
mentions() {
    "$DYAD" query --db "$S" --source FRA --target RUS --format jsonl |
        sed -n 's/.*"num_mentions":\([0-9]*\).*/\1/p' | tr '\n' ' '
}

# --- a changed article whose mentions of one key had two dates -----------------
# "am vergangenen Freitag" dates the criticism (111) five days before the
# article; the accusation (112) is of the article's day; merged by root,
# both have one key.  When the article changes to one without events, both
# old events must go: the span rebuilt must reach the latest date of its
# old mentions, not only the earliest.
S=$(new_store)
art a1 2021-03-10 o1 "Frankreich kritisierte am vergangenen Freitag Russland. Frankreich beschuldigt Russland." > "$T/a.jsonl"
art a2 2021-03-20 o2 "Japan lobt Indien." >> "$T/a.jsonl"
"$DYAD" ingest --quiet --merge-by root --db "$S" "$T/a.jsonl" 2> "$T/err"
check "batch/$BACKEND: the article of two dates stored (exit 0)" test $? -eq 0
check "batch/$BACKEND: its two criticisms are two events" \
    test "$("$DYAD" query --db "$S" --source FRA --target RUS --format tsv | tail -n +2 | wc -l)" -eq 2
art a1 2021-03-10 o1 "Das Wetter war schön." > "$T/b.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/b.jsonl" 2> "$T/err"
check "batch/$BACKEND: the article changed to one without events (exit 0)" test $? -eq 0
check "batch/$BACKEND: both old events are gone" \
    test "$("$DYAD" query --db "$S" --source FRA --target RUS --format tsv | tail -n +2 | wc -l)" -eq 0
check "batch/$BACKEND: the other event stays" test "$(info "$S" events)" = 1
check "batch/$BACKEND: store check passes after the change" consistent "$S"

# --- one batch: new, unchanged, changed, and one id twice -------------------------
S=$(new_store)
{
    art b1 2022-05-02 o1 "Polen verurteilt China."
    art b2 2022-05-02 o2 "Indien droht Pakistan."
    art b3 2022-05-03 o1 "Frankreich lobt Polen."
} > "$T/c1.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/c1.jsonl" 2> "$T/err"
{
    art b1 2022-05-02 o1 "Polen verurteilt China."                  # unchanged
    art b2 2022-05-02 o2 "Indien droht Pakistan. Japan lobt Indien." # changed
    art b4 2022-05-04 o3 "Polen verurteilt China."                  # new
    art b4 2022-05-04 o3 "Polen kritisiert China."                  # new, then changed in the batch
    art b3 2022-05-03 o1 "Frankreich lobt Polen."                   # unchanged
} > "$T/c2.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/c2.jsonl" 2> "$T/err"
check "batch/$BACKEND: the mixed batch stored (exit 0)" test $? -eq 0
check "batch/$BACKEND: the summary counts 3 stored, 2 unchanged" \
    grep -q '5 articles read, 3 stored, 2 unchanged, 0 skipped; 4 events coded' "$T/err"
check "batch/$BACKEND: 4 articles held" test "$(info "$S" articles)" = 4
check "batch/$BACKEND: the repeated id holds its last text (criticism, 111)" \
    sh -c "'$DYAD' query --db '$S' --source POL --target CHN --format tsv | cut -f6 | grep -qx 111"
check "batch/$BACKEND: and not its first (condemnation, 112)" \
    test "$("$DYAD" query --db "$S" --source POL --target CHN --from 2022-05-04 --format tsv | tail -n +2 | wc -l)" -eq 1
check "batch/$BACKEND: the changed article's new event" \
    test "$("$DYAD" query --db "$S" --source JPN --target IND --format tsv | tail -n +2 | wc -l)" -eq 1
check "batch/$BACKEND: store check passes after the mixed batch" consistent "$S"
"$DYAD" ingest --quiet --force --db "$S" "$T/c1.jsonl" 2> "$T/err"
check "batch/$BACKEND: --force stores the unchanged again" grep -q '3 articles read, 3 stored, 0 unchanged' "$T/err"
check "batch/$BACKEND: store check passes after --force" consistent "$S"

# --- an event of two articles loses one of them ---------------------------------
# Two outlets report the same criticism on the same day: one event of two
# mentions.  When one article changes to one without events, the event
# keeps the other article's mention only, although every mention left in
# it is still linked to it: the merge may leave an event unwritten when its
# mentions are the same as before (write_span, cluster_intact), never when
# mentions of its key were removed.
S=$(new_store)
art m1 2021-05-04 o1 "Frankreich kritisierte Russland." > "$T/m.jsonl"
art m2 2021-05-04 o2 "Frankreich kritisierte Russland scharf." >> "$T/m.jsonl"
art m3 2021-05-04 o3 "Japan lobt Indien." >> "$T/m.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/m.jsonl" 2> "$T/err"
check "batch/$BACKEND: two reports of one criticism stored (exit 0)" test $? -eq 0
check "batch/$BACKEND: one event of two mentions" test "$(mentions)" = "2 "
art m2 2021-05-04 o2 "Das Wetter war schön." > "$T/m2.jsonl"
art m4 2021-05-04 o4 "Japan lobt Indien heute." >> "$T/m2.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/m2.jsonl" 2> "$T/err"
check "batch/$BACKEND: the second report changed to none (exit 0)" test $? -eq 0
check "batch/$BACKEND: the event keeps one mention" test "$(mentions)" = "1 "
check "batch/$BACKEND: store check passes after the loss" consistent "$S"

# --- a batch that removes the newest mentions and adds one to an event ----------
# On SQLite the merge reads a key's old mentions light (ids and dates) and
# tells the batch's own by their ids, larger than any stored when the batch
# began; an article put again gives up its mentions, and new ids can then
# be smaller, so such a batch reads in full.  Article t2's three mentions
# are the newest; put again with one, before t3 adds a second report of
# t1's criticism: the criticism must become one event of two mentions.
S=$(new_store)
art t1 2021-06-01 o1 "Frankreich kritisierte Russland." > "$T/t.jsonl"
art t2 2021-06-01 o2 "Japan lobt Indien. Kanada lobt Mexiko. Peru lobt Chile." >> "$T/t.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/t.jsonl" 2> "$T/err"
check "batch/$BACKEND: the first batch stored (exit 0)" test $? -eq 0
art t2 2021-06-01 o2 "Japan lobt Indien." > "$T/t2.jsonl"
art t3 2021-06-01 o3 "Frankreich kritisierte Russland erneut." >> "$T/t2.jsonl"
"$DYAD" ingest --quiet --db "$S" "$T/t2.jsonl" 2> "$T/err"
check "batch/$BACKEND: the second batch stored (exit 0)" test $? -eq 0
check "batch/$BACKEND: the criticism is one event of two mentions" test "$(mentions)" = "2 "
check "batch/$BACKEND: store check passes after the removal" consistent "$S"

# --- PostgreSQL: no round trip per article --------------------------------------
if [ "$BACKEND" = postgres ]; then
    S=$(new_store)
    awk 'BEGIN { for (i = 1; i <= 300; i++)
        printf "{\"id\":\"r%d\",\"date\":\"2023-01-%02d\",\"lang\":\"de\",\"text\":\"Polen verurteilt China.\"}\n",
            i, 1 + i % 28 }' > "$T/r.jsonl"
    DYAD_PG_COUNT=1 "$DYAD" ingest --quiet --db "$S" "$T/r.jsonl" 2> "$T/err"
    check "batch/postgres: 300 articles in one batch stored (exit 0)" test $? -eq 0
    trips=$(sed -n 's/^dyad postgres: \([0-9]*\) round trips.*/\1/p' "$T/err")
    check "batch/postgres: a batch of 300 articles takes under 30 round trips (${trips:-none})" \
        test "${trips:-9999}" -lt 30
    # the new mentions are written once, with their events (not inserted
    # and then updated): the server's counts of rows inserted and updated,
    # which the server publishes shortly after the ingest's connection ends
    psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2> /dev/null | tail -1)
    stats=
    for i in 1 2 3 4 5 6 7 8 9 10; do
        stats=$("$psql" -X -q -A -t -F ' ' "$S" -c "SELECT n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relname = 'mentions'")
        [ "${stats% *}" = 300 ] && break
        sleep 0.5
    done
    check "batch/postgres: 300 mentions inserted, none updated (${stats:-none})" test "$stats" = "300 0"

    # a batch takes the writers' lock (docs/store.md, "Several writers") when
    # it is stored, not at its first article: while writer A's batch is open
    # (its input, a FIFO, has given one article and waits), writer B stores
    # its own batch; before, B waited for A's commit
    S=$(new_store)
    "$DYAD" store init --db "$S" > /dev/null 2>&1
    mkfifo "$T/fifo"
    "$DYAD" ingest --quiet --batch 100 --db "$S" --input jsonl - < "$T/fifo" 2> "$T/errA" &
    pid=$!
    exec 7> "$T/fifo"
    art w1 2023-02-01 o1 "Polen verurteilt China." >&7
    sleep 3
    art w2 2023-02-02 o2 "Japan lobt Indien." > "$T/w2.jsonl"
    timeout 30 "$DYAD" ingest --quiet --db "$S" "$T/w2.jsonl" 2> "$T/errB"
    rcb=$?
    exec 7>&-
    wait "$pid"
    rca=$?
    check "batch/postgres: a second writer stores while the first's batch is open (exit $rcb)" \
        test "$rcb" -eq 0
    check "batch/postgres: then the first stores its batch (exit $rca)" test "$rca" -eq 0
    check "batch/postgres: both articles held, store consistent" \
        sh -c "test \"\$('$DYAD' store info --db '$S' | awk -F'\t' '\$1 == \"articles\" { print \$2 }')\" = 2 && '$DYAD' store check --db '$S' | grep -q ': consistent\$'"
else
    skip "batch/postgres: round trips (PostgreSQL only: tests/pg.sh)"
fi
test_done
