#!/bin/sh
# t1210-query-actors.sh: actors in queries (issue 12, part 4).  An actor
# argument of query and trend is a known code or a known name (any case);
# anything else is a usage error naming close matches; IGOs and NGOs stay
# whole as nodes of network and blocs; blocs gives the same answer twice.
. tests/cli/test-lib.sh
ARTS=examples/relations/articles.jsonl
"$DYAD" ingest --quiet --db "$T/s.db" "$ARTS" 2> /dev/null

# --- unknown actors: an error with close matches ------------------------------------
run "$DYAD" trend ind pak --db "$T/s.db"
expect_status "trend ind pak: a usage error" 64
check "trend ind pak: suggests IND" grep -q "unknown actor 'ind'.*did you mean IND?" "$T/err"
check "trend ind pak: suggests PAK" grep -q "unknown actor 'pak'.*did you mean PAK?" "$T/err"
check "trend ind pak: prints no series" test ! -s "$T/out"
run "$DYAD" trend IND PAK --db "$T/s.db"
expect_status "trend IND PAK exits 0" 0
run "$DYAD" trend India Pakistan --db "$T/s.db"
cp "$T/out" "$T/names"
"$DYAD" trend IND PAK --db "$T/s.db" > "$T/codes"
check "trend India Pakistan: the names give the codes' series" cmp -s "$T/names" "$T/codes"
run "$DYAD" trend IDX RUS --db "$T/s.db"
expect_status "trend IDX RUS: a usage error" 64
check "a typo: close codes suggested (IDN)" grep -q "did you mean IDN" "$T/err"
run "$DYAD" trend IDN PAK --db "$T/s.db"
expect_status "trend IDN PAK: known codes, exit 0" 0
check "trend IDN PAK: says there are no events between them" \
    grep -q "no events of IDN towards PAK in " "$T/err"
run "$DYAD" trend CHN USA --vs Rusia USA --db "$T/s.db"
check "--vs: a misspelt name suggests its code (RUS)" grep -q "unknown actor 'Rusia'.*RUS" "$T/err"

# --- query: the same checks ---------------------------------------------------------
q() { "$DYAD" query --db "$T/s.db" --format tsv "$@" | tail -n +2 | wc -l; }
for bad in '%' 'CH' 'chn' 'C_N' 'CHN%'; do
    run "$DYAD" query --db "$T/s.db" --actor "$bad"
    expect_status "query --actor '$bad': a usage error" 64
done
run "$DYAD" query --db "$T/s.db" --actor Korea
check "query --actor Korea: the names that begin so (KOR or PRK)" grep -q "did you mean KOR or PRK?" "$T/err"
run "$DYAD" query --db "$T/s.db" --actor chn
check "query --actor chn: did you mean CHN?" grep -q "did you mean CHN?" "$T/err"
check "query --actor China: as --actor CHN ($(q --actor CHN) events)" \
    sh -c "test $(q --actor China) -eq $(q --actor CHN) && test $(q --actor CHN) -gt 0"
check "query --source 'united nations': as IGOUNO" \
    sh -c "test $(q --source 'united nations' --undirected) -eq $(q --actor IGOUNO) && test $(q --actor IGOUNO) -gt 0"
check "query --actor CHNGOV: a country with a role is a code" test "$(q --actor CHNGOV)" -gt 0
run "$DYAD" query --db "$T/s.db" --role gov
expect_status "query --role gov: a usage error" 64
check "query --role gov: did you mean GOV?" grep -q "did you mean GOV?" "$T/err"
run "$DYAD" query --db "$T/s.db" --code 4x
expect_status "query --code 4x: a usage error" 64

# --- IGOs and NGOs are their own nodes ------------------------------------------------
run "$DYAD" network --db "$T/s.db"
expect_status "network exits 0" 0
awk 'NR > 2 { print $1; print $2 }' "$T/out" | sort -u > "$T/nodes"
check "network: the UN is a node of its own (IGOUNO)" grep -qx IGOUNO "$T/nodes"
check "network: NATO is a node of its own (IGOWSTNAT)" grep -qx IGOWSTNAT "$T/nodes"
check "network: the EU is a node of its own (IGOEUREEC)" grep -qx IGOEUREEC "$T/nodes"
run "$DYAD" blocs --db "$T/s.db"
check "blocs: the UN and the EU are actors of their own" \
    sh -c "grep '^bloc' '$T/out' | grep -q ' IGOUNO' && grep '^bloc' '$T/out' | grep -q ' IGOEUREEC'"
cp "$T/out" "$T/blocs1"
run "$DYAD" blocs --db "$T/s.db"
check "blocs: two runs without --seed agree" cmp -s "$T/out" "$T/blocs1"
run "$DYAD" trend IGOUNO RUS --undirected --db "$T/s.db" --csv
check "trend IGOUNO RUS: the UN's own series" sh -c "test \$(tail -n +2 '$T/out' | wc -l) -gt 0"
cp "$T/out" "$T/trend.csv"
run "$DYAD" trend IGOUNO RUS --undirected --db "$T/s.db" --format csv
check "trend --format csv: as --csv" cmp -s "$T/out" "$T/trend.csv"
test_done
