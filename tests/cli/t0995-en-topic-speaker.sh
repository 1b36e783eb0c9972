#!/bin/sh
# t0995-en-topic-speaker: (1) what talks are about is a topic, not an
# event: "will discuss cooperation between Kenya and Uganda" is an intent
# to meet (036), no cooperation (05).  (2) "I" in a quotation is its
# speaker, named in the frame after it.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"d1","date":"2023-03-10","lang":"en","text":"Ruto said he and Museveni will discuss bilateral cooperation between Kenya and Uganda during his visit."}
{"id":"d2","date":"2023-03-10","lang":"en","text":"\u201cI am in Nairobi today to thank the Kenyan government for its generous help,\u201d the Ugandan president said."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "topics and speakers: the articles code" 0
check "will discuss: an intent to meet" \
    grep -q '"doc":"d1".*"source":"KENGOV","target":"UGAGOV".*"code":"036"' "$T/out"
check_not "will discuss cooperation: no cooperation" \
    grep -q '"doc":"d1".*"root":"05"' "$T/out"
check "I in a quotation: the speaker thanks" \
    grep -q '"doc":"d2".*"source":"UGAGOV","target":"KENGOV".*"code":"051"' "$T/out"
test_done
