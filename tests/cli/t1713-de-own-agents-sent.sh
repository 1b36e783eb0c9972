#!/bin/sh
# t1713: "Peru schickte Kampfjets in die Zone": aid (07) from a government
# to its own forces or officials is what the verb sends, no recipient
# (emit.c own_agents_sent); aid to another country stays.  Sentences
# written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru schickte Kampfjets in die Grenzregion.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "own forces sent: coded" 0
check_not "no aid to its own forces" grep -qP '\tPERGOV\tPERMIL\t07' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru schickte Chile Hilfsgüter.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "aid to another country: coded" 0
check "aid to another country stays" grep -qP '\tPERGOV\tCHLGOV\t07' "$T/out"
test_done
