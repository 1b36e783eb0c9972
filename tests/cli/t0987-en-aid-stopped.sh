#!/bin/sh
# t0987-en-aid-stopped: aid, funding or arms deliveries blocked, frozen,
# withheld, halted, suspended, stopped or cut off "to"/"for" an actor stop
# aid to it (162; military 1622, economic 1621), not a blockade (191) or a
# general cut in relations (160).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"h1","date":"2023-12-14","lang":"en","text":"Hungary blocked EU aid to Ukraine."}
{"id":"h2","date":"2020-04-14","lang":"en","text":"The American president halted funding for the WHO."}
{"id":"h3","date":"2018-08-31","lang":"en","text":"The US cut off aid to the Palestinians."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "aid: the articles code" 0
check "aid: aid blocked to Ukraine is 162" \
    grep -q '"doc":"h1".*"source":"HUNGOV","target":"UKRGOV".*"code":"162"' "$T/out"
check "aid: funding halted for the WHO is 162" \
    grep -q '"doc":"h2".*"source":"USAGOV","target":"IGOUNOHLHWHO".*"code":"162"' "$T/out"
check "aid: aid cut off to the Palestinians is 162" \
    grep -q '"doc":"h3".*"source":"USAGOV","target":"PSECVL".*"code":"162"' "$T/out"
check_not "aid: no blockade" grep -q '"doc":"h3".*"code":"191"' "$T/out"
test_done
