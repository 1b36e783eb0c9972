#!/bin/sh
# t0982-en-kurdish-shelters: "Kurdish-led forces" are Syria's SDF (SYRREB,
# dict/orgs.txt), not the role "forces" of the country in focus; people
# sent into bomb shelters by an attack receive no aid (send, 070, reads the
# words as no event).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"k1","date":"2019-10-07","lang":"en","text":"Turkey prepared an offensive. Kurdish-led forces called the U.S. decision a betrayal."}
{"id":"k2","date":"2024-10-01","lang":"en","text":"Iran fired missiles at Israel, sending millions of Israelis into bomb shelters."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "kurdish: the articles code" 0
check "kurdish: Kurdish-led forces are SYRREB" \
    grep -q '"doc":"k1".*"source":"SYRREB","target":"USAGOV".*"code":"111"' "$T/out"
check_not "kurdish: not Turkey's military" grep -q '"doc":"k1".*"source":"TURMIL"' "$T/out"
check "shelters: the missile attack is coded" \
    grep -q '"doc":"k2".*"source":"IRNGOV","target":"ISRGOV".*"code":"195"' "$T/out"
check_not "shelters: sending people into shelters is no aid" \
    grep -q '"doc":"k2".*"code":"070"' "$T/out"
test_done
