#!/bin/sh
# t0988-en-characterize: characterize, portray and dub are evaluative
# frames like describe: the evaluation gives the polarity (a negative word
# 111, a positive one 051), not the bare naming (110).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"c1","date":"2022-04-01","lang":"en","text":"Russia characterized Britain's decision as illegal."}
{"id":"c2","date":"2022-06-24","lang":"en","text":"Ukraine portrayed the EU's decision as historic."}
{"id":"c3","date":"2022-06-24","lang":"en","text":"Moscow dubbed Poland's plan a provocation."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "characterize: the articles code" 0
check "characterize: as illegal is criticism" \
    grep -q '"doc":"c1".*"source":"RUSGOV","target":"GBRGOV".*"code":"111"' "$T/out"
check "portray: as historic is praise" \
    grep -q '"doc":"c2".*"source":"UKRGOV","target":"IGOEUREEC".*"code":"051"' "$T/out"
check "dub: a provocation is criticism" \
    grep -q '"doc":"c3".*"source":"RUSGOV","target":"POLGOV".*"code":"111"' "$T/out"
test_done
