#!/bin/sh
# t0995-en-topic-speaker: (1) what talks are about is a topic, not an
# event: "will discuss cooperation between Kenya and Uganda" is an intent
# to meet (036), no cooperation (05).  (2) "I" in a quotation is its
# speaker, named in the frame after it.  (3) "allowing him to leave" is no
# event; allowing international involvement is (086: "allowed UN
# inspectors into the site").
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"d1","date":"2023-03-10","lang":"en","text":"Ruto said he and Museveni will discuss bilateral cooperation between Kenya and Uganda during his visit."}
{"id":"d2","date":"2023-03-10","lang":"en","text":"\u201cI am in Nairobi today to thank the Kenyan government for its generous help,\u201d the Ugandan president said."}
{"id":"d3","date":"2023-03-10","lang":"en","text":"Russia granted asylum to the American, allowing him to leave the airport."}
{"id":"d4","date":"2023-03-10","lang":"en","text":"Iran allowed UN inspectors into the site."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "topics and speakers: the articles code" 0
check "will discuss: an intent to meet" \
    grep -q '"doc":"d1".*"source":"KENGOV","target":"UGAGOV".*"code":"036"' "$T/out"
check_not "will discuss cooperation: no cooperation" \
    grep -q '"doc":"d1".*"root":"05"' "$T/out"
check "I in a quotation: the speaker thanks" \
    grep -q '"doc":"d2".*"source":"UGAGOV","target":"KENGOV".*"code":"051"' "$T/out"
check_not "allowing him to leave: no event" \
    grep -q '"doc":"d3".*"code":"086"' "$T/out"
check "allowed UN inspectors in: international involvement" \
    grep -q '"doc":"d4".*"source":"IRNGOV","target":"IGOUNO".*"code":"086"' "$T/out"
test_done
