#!/bin/sh
# t0975-en-deny-permission: permission, access, entry or visas denied or
# withheld are a rejection (120) of whoever asked, not a denial of an
# accusation (016, what "deny" gives alone).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"d1","date":"2019-06-11","lang":"en","text":"Italy denied permission to the German rescue ship."}
{"id":"d2","date":"2019-06-11","lang":"en","text":"China denied visas to American journalists."}
{"id":"d3","date":"2019-06-11","lang":"en","text":"Israel denied access to UN investigators."}
{"id":"d4","date":"2019-06-11","lang":"en","text":"Russia denied Ukraine's accusations."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "deny: the articles code" 0
check "deny: permission denied is a rejection" \
    grep -q '"doc":"d1".*"source":"ITAGOV","target":"DEUGOV".*"code":"120"' "$T/out"
check "deny: visas denied are a rejection" \
    grep -q '"doc":"d2".*"source":"CHNGOV","target":"USAMED".*"code":"120"' "$T/out"
check "deny: access denied is a rejection" \
    grep -q '"doc":"d3".*"source":"ISRGOV","target":"IGOUNO".*"code":"120"' "$T/out"
check "deny: accusations denied stay a denial" \
    grep -q '"doc":"d4".*"source":"RUSGOV","target":"UKRGOV".*"code":"016"' "$T/out"
test_done
