#!/bin/sh
# t0871-dateline-fits: the dateline names where the reporter wrote; it gives
# a role its country only when the article names that country too, or no
# country at all.  "MOSKAU – Syrien meldet neue Kämpfe. Rebellen haben
# Soldaten angegriffen" gives the rebels no country (explain says so).
. tests/cli/test-lib.sh

echo "MOSKAU (dpa) – Syrien meldet neue Kämpfe. Rebellen haben Soldaten angegriffen." > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/a.txt"
expect_status "dateline-fits: the article codes" 0
check_not "dateline-fits: no Russian rebels in a story about Syria" grep -q '"source":"RUSREB"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/a.txt"
check "dateline-fits: explain says why there is no country" grep -q "actor 'Rebellen': no country (the dateline's is not named in the article" "$T/out"

echo "MOSKAU (dpa) – Russland meldet neue Kämpfe. Rebellen haben Soldaten angegriffen." > "$T/b.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/b.txt"
check "dateline-fits: the dateline's country named: it gives it" grep -q '"source":"RUSREB","target":"RUSMIL".*"code":"190"' "$T/out"

echo "MOSKAU (dpa) – Rebellen haben Soldaten angegriffen." > "$T/c.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/c.txt"
check "dateline-fits: no country named: the dateline gives it" grep -q '"source":"RUSREB","target":"RUSMIL".*"code":"190"' "$T/out"
test_done
