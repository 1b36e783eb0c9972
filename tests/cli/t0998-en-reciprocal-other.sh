#!/bin/sh
# t0998-en-reciprocal-other: "both sides blame the other", "Kenya and
# Uganda accused one another": with a plural subject the object "the
# other" / "one another" is reciprocal: each side acts on the other, and
# the object does not take up the last event's side (no act of a side on
# its own country).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"r1","date":"2021-11-17","lang":"en","text":"Kenyan troops clashed with Ugandan troops on the border. Kenya and Uganda blame the other for starting the hostilities."}
{"id":"r2","date":"2021-11-17","lang":"en","text":"Kenya and Uganda accused one another of provocations."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "reciprocal objects: the articles code" 0
check "blame the other: Kenya blames Uganda" \
    grep -q '"doc":"r1".*"source":"KENGOV","target":"UGAGOV".*"root":"11"' "$T/out"
check "blame the other: Uganda blames Kenya" \
    grep -q '"doc":"r1".*"source":"UGAGOV","target":"KENGOV".*"root":"11"' "$T/out"
check_not "blame the other: no side blames its own country" \
    grep -q '"doc":"r1".*"source":"UGA[A-Z]*","target":"UGA.*"root":"11"' "$T/out"
check "accused one another: both ways" \
    grep -q '"doc":"r2".*"source":"UGAGOV","target":"KENGOV".*"root":"11"' "$T/out"
test_done
