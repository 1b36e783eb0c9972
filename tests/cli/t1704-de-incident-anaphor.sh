#!/bin/sh
# t1704: "verurteilte den Vorfall", "nannte den Zwischenfall
# inakzeptabel": a general noun of one happening takes up the last
# reported event (de_rules.c FW2_ANAPH): the criticism is aimed at its
# actor.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peruanische Kampfjets haben eine chilenische Drohne abgeschossen. Chile verurteilte den Vorfall.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "den Vorfall: coded" 0
check "the condemnation is aimed at the shooter" grep -qP '\tCHLGOV\tPER[A-Z]*\t111\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peruanische Kampfjets haben eine chilenische Drohne abgeschossen. Chile nannte den Zwischenfall inakzeptabel.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "den Zwischenfall: coded" 0
check "the evaluation is aimed at the shooter" grep -qP '\tCHLGOV\tPER[A-Z]*\t111\t' "$T/out"
test_done
