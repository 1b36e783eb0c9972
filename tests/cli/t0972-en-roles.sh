#!/bin/sh
# t0972-en-roles: role nouns of wire copy added for issue 11 compose with
# the country next to them: peacekeepers and service members (MIL),
# attackers and assailants (REB), voters, passengers and worshipers (CVL),
# executives and airlines (BUS).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"r1","date":"2022-06-01","lang":"en","text":"Malian peacekeepers were attacked by Islamist militants near Gao."}
{"id":"r2","date":"2022-06-01","lang":"en","text":"Israeli police arrested Palestinian worshipers at the mosque."}
{"id":"r3","date":"2022-06-01","lang":"en","text":"Egyptian voters rejected the Egyptian government."}
{"id":"r4","date":"2022-06-01","lang":"en","text":"Iranian authorities detained two French executives in Tehran."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "roles: the articles code" 0
check "roles: peacekeepers are military" \
    grep -q '"doc":"r1".*"target":"MLIMIL".*"code":"190"' "$T/out"
check "roles: worshipers are civilians" \
    grep -q '"doc":"r2".*"source":"ISRCOP","target":"PSECVL".*"code":"173"' "$T/out"
check "roles: voters are civilians" \
    grep -q '"doc":"r3".*"source":"EGYCVL","target":"EGYGOV"' "$T/out"
check "roles: executives are business" \
    grep -q '"doc":"r4".*"source":"IRNGOV","target":"FRABUS".*"code":"173"' "$T/out"
test_done
