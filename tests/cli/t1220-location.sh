#!/bin/sh
# t1220-location.sh: where an event happened (issue 12; coding guide §5;
# src/coder/location.c): a locative of the clause, the dateline, nothing;
# the JSON Lines "location" object, `dyad explain`'s rule and `dyad eval`'s
# location accuracy.  The sentences are written for this test.
. tests/cli/test-lib.sh

if need_file "unit_location" "$BUILD/tests/unit_location"; then
    check "unit_location: the location stage's checks" "$BUILD/tests/unit_location" dict
fi

# a locative in the clause: the meeting is where it took place
printf 'Bundeskanzler Olaf Scholz traf am Dienstag in Paris den französischen Präsidenten Emmanuel Macron.\n' > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-03-05 "$T/a.txt"
expect_status "code: a meeting in Paris exits 0" 0
check "locative: the meeting is coded" grep -q '"code":"040"' "$T/out"
check "locative: Paris, France, a city" \
    grep -q '"location":{"country":"FRA","admin1":"","place":"Paris","level":"city"' "$T/out"
check "locative: its GeoNames id and point" grep -q '"lat":48.8534,"lon":2.3488,"geonames_id":2988507' "$T/out"
check "locative: the rule is named" grep -q '"location_rule":"locative"' "$T/out"

# English: a province (first-level division)
printf 'Afghan troops attacked Taliban fighters in Kunduz province on Monday.\n' > "$T/b.txt"
run "$DYAD" code --lang en --date 2024-03-05 "$T/b.txt"
expect_status "code: an attack in Kunduz province exits 0" 0
check "locative: Kunduz is Afghan, a region" \
    grep -q '"location":{"country":"AFG","admin1":"AF-KDZ","place":"Kunduz","level":"region"' "$T/out"

# the dateline, when the clause says nothing
printf 'NAIROBI (AFP) - Kenyan President William Ruto criticised Uganda on Tuesday.\n' > "$T/c.txt"
run "$DYAD" code --lang en --date 2024-03-05 "$T/c.txt"
expect_status "code: a dateline story exits 0" 0
check "dateline: the criticism is coded" grep -q '"source":"KENGOV","target":"UGA' "$T/out"
check "dateline: located in Nairobi, Kenya" grep -q '"country":"KEN","admin1":"[^"]*","place":"Nairobi"' "$T/out"
check "dateline: the rule is named" grep -q '"location_rule":"dateline"' "$T/out"

# nothing: no place word, no dateline
printf 'Die Bundesregierung kritisierte am Montag Russland scharf.\n' > "$T/d.txt"
run "$DYAD" code --lang de --date 2024-03-05 "$T/d.txt"
expect_status "code: a story without a place exits 0" 0
check "none: the criticism is coded" grep -q '"code":"111"' "$T/out"
check "none: no location" grep -q '"location":null' "$T/out"

# explain names the rule
run "$DYAD" explain --lang de --date 2024-03-05 "$T/a.txt"
expect_status "explain: exits 0" 0
check "explain: the location and its rule" grep -q 'location: Paris (FRA, -, city) rule=locative: Paris' "$T/out"

# eval: location accuracy on a gold file with locations
cat > "$T/gold.jsonl" <<'EOF'
{"id":"l1","lang":"de","date":"2024-03-05","text":"Bundeskanzler Olaf Scholz traf am Dienstag in Paris den französischen Präsidenten Emmanuel Macron.","events":[{"source":"DEUGOV","target":"FRAGOV","code":"040","alt":[],"location":{"country":"FRA","place":"Paris","level":"city","evidence":"in Paris"}}]}
{"id":"l2","lang":"en","date":"2024-03-05","text":"NAIROBI (AFP) - Kenyan President William Ruto criticised Uganda on Tuesday.","events":[{"source":"KENGOV","target":"UGA","code":"111","alt":["11"],"location":{"country":"UGA","place":"Kampala","level":"city","evidence":"invented"}}]}
EOF
run "$DYAD" eval "$T/gold.jsonl"
expect_status "eval: exits 0" 0
check "eval: location accuracy, country and place, with counts" \
    grep -q '^location    country=0.500 place=0.500  (of 2 matched events with a gold location: 1 right country, 1 right place)' "$T/out"
test_done
