#!/bin/sh
# t0997-en-split-particle: an English phrasal verb whose particle follows a
# short object ("called them off", "called the talks off", "handed him
# over to Kenya", "turned the offer down") is read as the phrasal verb,
# not as the bare verb ("called" alone names: 110).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"s1","date":"2023-03-10","lang":"en","text":"Kenya planned talks with Uganda. Kenya called the talks off."}
{"id":"s2","date":"2023-03-10","lang":"en","text":"Tanzanian police arrested a Kenyan suspect. Tanzania handed him over to Kenya on Friday."}
{"id":"s3","date":"2023-03-10","lang":"en","text":"Uganda made an offer to Kenya. Kenya turned the offer down."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "split particles: the articles code" 0
check "called the talks off: talks called off (125)" \
    grep -q '"doc":"s1".*"source":"KENGOV","target":"UGAGOV".*"code":"125"' "$T/out"
check_not "called the talks off: no naming (110)" \
    grep -q '"doc":"s1".*"code":"110"' "$T/out"
check "handed him over to Kenya: a handover" \
    grep -q '"doc":"s2".*"source":"TZAGOV","target":"KENGOV".*"code":"063"' "$T/out"
check "turned the offer down: a rejection" \
    grep -q '"doc":"s3".*"source":"KENGOV","target":"UGAGOV".*"root":"12"' "$T/out"
test_done
