#!/bin/sh
# t0981-en-warn-reject-munitions: consequences warned of "for" an actor
# threaten it (130); criticism rejected "from" an actor rejects that actor
# (120); flash-bang grenades and plastic bullets fired at protesters are
# repression (175), not a missile strike (195).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"w1","date":"2022-10-11","lang":"en","text":"The American president warned of consequences for Saudi Arabia."}
{"id":"w2","date":"2022-10-13","lang":"en","text":"Saudi Arabia rejected criticism from the United States."}
{"id":"w3","date":"2020-06-01","lang":"en","text":"American police fired flash-bang grenades at American protesters."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "warn: the articles code" 0
check "warn: consequences for Saudi Arabia threaten it" \
    grep -q '"doc":"w1".*"source":"USAGOV","target":"SAUGOV".*"code":"130"' "$T/out"
check "reject: criticism from the United States is rejected" \
    grep -q '"doc":"w2".*"source":"SAUGOV","target":"USAGOV".*"code":"120"' "$T/out"
check "munitions: flash-bang grenades at protesters are repression" \
    grep -q '"doc":"w3".*"source":"USACOP","target":"USACVL".*"code":"175"' "$T/out"
check_not "munitions: not a missile strike" grep -q '"doc":"w3".*"code":"195"' "$T/out"
test_done
