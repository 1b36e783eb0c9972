#!/bin/sh
# t0929: "UN report accuses Rwanda, Uganda of backing rebels": in a
# headline's list without "and", a comma between two actors, the second
# before a preposition, lists them and cuts no clause (clauses.c
# list_comma); both are accused.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
* UN report accuses Chile, Bolivia of backing Peruvian rebels
* Rebels swelled, "suddenly got better" in advance on Lima
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "headline list: coded" 0
check "the first is accused" grep -qP '\tIGOUNO\tCHLGOV\t112' "$T/out"
check "the second is accused" grep -qP '\tIGOUNO\tBOLGOV\t112' "$T/out"
test_done
