#!/bin/sh
# t1231-store-location.sh: the store keeps each event's location (issue 12,
# schema version 3): query's jsonl, csv, gdelt (ActionGeo_*), icews and
# plover show it; a version-2 store migrates and keeps working.  The
# articles are written for this test.
. tests/cli/test-lib.sh
info() { "$DYAD" store info --db "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }

cat > "$T/a.jsonl" <<'EOF'
{"id":"p1","date":"2024-03-05","lang":"de","url":"https://example.org/p1","text":"Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten Emmanuel Macron in Paris."}
{"id":"k1","date":"2024-03-06","lang":"en","url":"https://example.org/k1","text":"Afghan troops attacked Taliban fighters in Kunduz province on Monday."}
{"id":"n1","date":"2024-03-07","lang":"de","text":"Die Bundesregierung kritisierte am Montag Russland scharf."}
EOF
S="$T/s.db"
run "$DYAD" ingest --db "$S" "$T/a.jsonl"
expect_status "ingest exits 0" 0
check "a new store has schema version 3" test "$(info "$S" schema)" -eq 3

run "$DYAD" query --db "$S" --format jsonl
expect_status "query --format jsonl exits 0" 0
check "jsonl: the meeting's location, Paris" \
    grep -q '"code":"040".*"location":{"country":"FRA","admin1":"","place":"Paris","level":"city","lat":48.8534,"lon":2.3488,"geonames_id":2988507,"location_rule":"locative"}' "$T/out"
check "jsonl: the attack's region, Kunduz" \
    grep -q '"location":{"country":"AFG","admin1":"AF-KDZ","place":"Kunduz","level":"region"' "$T/out"
check "jsonl: no place, null" grep -q '"code":"111".*"location":null' "$T/out"

run "$DYAD" query --db "$S" --format gdelt
expect_status "query --format gdelt exits 0" 0
check "gdelt: 61 columns" sh -c "awk -F'\t' 'NF != 61 { exit 1 }' '$T/out'"
check "gdelt: ActionGeo of Paris (world city, FRA, point, GeoNames id)" \
    sh -c "awk -F'\t' '\$27 == \"040\"' '$T/out' | cut -f52-59 | grep -qx \"\$(printf '4\tParis\tFRA\t\t\t48.8534\t2.3488\t2988507')\""
check "gdelt: ActionGeo of Kunduz (world region, ADM1)" \
    sh -c "awk -F'\t' '\$52 == 5 && \$54 == \"AFG\" && \$55 == \"AF-KDZ\"' '$T/out' | grep -q ."
check "gdelt: Actor1Geo and Actor2Geo stay empty (type 0)" \
    sh -c "awk -F'\t' '\$36 != 0 || \$44 != 0 { exit 1 }' '$T/out'"
check "gdelt: no place, ActionGeo_Type 0" sh -c "awk -F'\t' '\$27 == \"111\" && \$52 == 0' '$T/out' | grep -q ."

run "$DYAD" query --db "$S" --format icews
expect_status "query --format icews exits 0" 0
check "icews: City, Country, Latitude, Longitude" \
    sh -c "awk -F'\t' '\$7 == \"040\"' '$T/out' | cut -f15-20 | grep -qx \"\$(printf 'Paris\t\t\tFrance\t48.8534\t2.3488')\""

run "$DYAD" query --db "$S" --format csv
expect_status "query --format csv exits 0" 0
check "csv: the location columns of Paris" \
    grep -q '^p1,.*,Paris,https://example.org/p1,.*,FRA,,city,48.8534,2.3488,2988507$' "$T/out"

run "$DYAD" query --db "$S" --format plover
expect_status "query --format plover exits 0" 0
check "plover: the location object" grep -q '"location":{"country":"FRA","admin1":"","place":"Paris"' "$T/out"

# `code` writes the same columns as query
run "$DYAD" code --format gdelt "$T/a.jsonl"
expect_status "code --format gdelt exits 0" 0
check "code gdelt: ActionGeo of Paris too" \
    sh -c "cut -f52-59 '$T/out' | grep -qx \"\$(printf '4\tParis\tFRA\t\t\t48.8534\t2.3488\t2988507')\""

# --- migration: a version-2 store with data is brought to version 3 ------
S2="$T/v2.db"
DYAD_STORE_SCHEMA=2 "$DYAD" ingest --quiet --db "$S2" "$T/a.jsonl" 2> /dev/null
check "a version-2 store can be made" \
    test "$(DYAD_STORE_SCHEMA=2 "$DYAD" store info --db "$S2" | awk -F'\t' '$1 == "schema" { print $2 }')" -eq 2
check_not "a reader does not migrate it" sh -c "'$DYAD' store info --db '$S2' 2>&1 | grep -q '^schema'"
run "$DYAD" store init --db "$S2"
expect_status "store init exits 0" 0
check "store init migrates it to version 3" test "$(info "$S2" schema)" -eq 3
run "$DYAD" query --db "$S2" --format jsonl
expect_status "the migrated store answers queries" 0
check "migrated: the events are all there" test "$(wc -l < "$T/out")" -eq 3
check "migrated: mentions coded before version 3 have no location" \
    sh -c "! grep -q '\"location\":{' '$T/out'"
cat > "$T/b.jsonl" <<'EOF'
{"id":"p2","date":"2024-04-05","lang":"de","text":"Bundeskanzler Olaf Scholz traf am Freitag den französischen Präsidenten Emmanuel Macron in Paris."}
EOF
run "$DYAD" ingest --db "$S2" "$T/b.jsonl"
expect_status "ingest into the migrated store exits 0" 0
run "$DYAD" query --db "$S2" --format jsonl --from 2024-04-01
check "migrated: a new article's location is kept" grep -q '"location":{"country":"FRA"' "$T/out"
run "$DYAD" store check --db "$S2"
check "migrated: the store is consistent" grep -q ': consistent$' "$T/out"
test_done
