#!/bin/sh
# t0876-prefixed-modifier: "anti-government protesters", "pro-Kremlin
# media": an actor word after a lower-case prefix and its hyphen is part of
# a compound modifier, no actor of its own (no event against "government").
. tests/cli/test-lib.sh

echo "Bahraini police dispersed anti-government protesters in Manama on Thursday." > "$T/a.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/a.txt"
expect_status "prefixed: the article codes" 0
check "prefixed: the police dispersed the protesters" grep -q '"source":"BHRCOP","target":"BHRCVL".*"code":"175"' "$T/out"
check_not "prefixed: the government in the modifier is no target" grep -q '"target":"BHRGOV"' "$T/out"
test_done
