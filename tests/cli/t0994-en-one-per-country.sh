#!/bin/sh
# t0994-en-one-per-country: an act toward a list of one foreign country's
# actors ("criticized the Kenyan people, the president and parliament") is
# one event toward that country, not one per role; two sides of one
# country in conflict (the army and the rebels) stay two, and so do the
# domestic parties of an act within one country.  And a nominal event
# between two sides ("in the worst fighting between the two countries")
# that restates a deed the sentence reported from the one to the other
# (same root) is not a second event that way.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"o1","date":"2021-03-10","lang":"en","text":"Uganda sharply criticized the Kenyan government, the Kenyan parliament and the Kenyan people."}
{"id":"o2","date":"2021-03-10","lang":"en","text":"The African Union urged the Sudanese army and the Sudanese rebels to stop fighting."}
{"id":"o3","date":"2021-03-10","lang":"en","text":"The Kenyan police attacked Kenyan students and Kenyan workers."}
{"id":"o4","date":"2023-03-10","lang":"en","text":"Azerbaijani forces shelled Armenian towns, in the worst fighting between the two countries since 2020."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "one per country: the articles code" 0
check "toward one country: one event" \
    sh -c "test \$(grep -c '\"doc\":\"o1\".*\"source\":\"UGAGOV\",\"target\":\"KEN' '$T/out') -eq 1"
check "army and rebels: the rebels stay" \
    grep -q '"doc":"o2".*"source":"IGOAFRAFU","target":"SDNREB"' "$T/out"
check "army and rebels: the army stays" \
    grep -q '"doc":"o2".*"source":"IGOAFRAFU","target":"SDNMIL"' "$T/out"
check "domestic: both parties stay" \
    sh -c "test \$(grep -c '\"doc\":\"o3\".*\"source\":\"KENCOP\"' '$T/out') -eq 2"
check "shelled, in the worst fighting: one act that way" \
    sh -c "test \$(grep -c '\"doc\":\"o4\".*\"source\":\"AZE[A-Z]*\",\"target\":\"ARM.*\"root\":\"19\"' '$T/out') -eq 1"
test_done
