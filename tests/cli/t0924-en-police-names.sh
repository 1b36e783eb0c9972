#!/bin/sh
# t0924: police officers by other names (cops, troopers, constables) and
# the federal and border agencies that police crowds and borders are the
# police (COP) of the story's country (dict/en/roles.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
MEXICO CITY - Thousands of Mexicans marched against the new tax law on Sunday. Federal agents fired tear gas at the marchers near the cathedral.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "agents: coded" 0
check "federal agents are the police" grep -qP '\tMEXCOP\tMEX[A-Z]*\t175' "$T/out"

cat > "$T/b.txt" <<'TXT'
Mexican troopers detained 40 protesters outside the congress on Monday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "troopers are the police" grep -qP '\tMEXCOP\tMEXCVL\t173' "$T/out"
test_done
