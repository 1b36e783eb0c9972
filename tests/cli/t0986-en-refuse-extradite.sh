#!/bin/sh
# t0986-en-refuse-extradite: suspects refused to another state ("refused
# to extradite / hand over ... to Britain") reject judicial cooperation
# (1213) with it; control seized "from" an actor takes territory from it
# (192); a vessel rammed is an attack (190).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"e1","date":"2018-03-20","lang":"en","text":"Russia refused to extradite the suspects to Britain."}
{"id":"e2","date":"2018-03-20","lang":"en","text":"Iran refused to hand over the suspects to Argentina."}
{"id":"e3","date":"2022-09-10","lang":"en","text":"Ukraine seized control of the town from Russian forces."}
{"id":"e4","date":"2023-10-22","lang":"en","text":"The Chinese coast guard rammed a Philippine vessel."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "refuse: the articles code" 0
check "refuse: extradition refused to Britain is 1213" \
    grep -q '"doc":"e1".*"source":"RUSGOV","target":"GBRGOV".*"code":"1213"' "$T/out"
check "refuse: suspects not handed over to Argentina is 1213" \
    grep -q '"doc":"e2".*"source":"IRNGOV","target":"ARGGOV".*"code":"1213"' "$T/out"
check "seize: control seized from Russian forces is 192" \
    grep -q '"doc":"e3".*"source":"UKRGOV","target":"RUSMIL".*"code":"192"' "$T/out"
check "ram: a vessel rammed is an attack" \
    grep -q '"doc":"e4".*"source":"CHNCOP","target":"PHLGOV".*"code":"190"' "$T/out"
test_done
