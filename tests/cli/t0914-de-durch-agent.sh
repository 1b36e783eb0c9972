#!/bin/sh
# t0914: the agent of an event noun in a "durch" phrase after its patient
# ("der Abschuss des Kampfjets durch Griechenland") is the noun's source
# (src/coder/nouns.c noun_actors), and the doer whom a condemnation of that
# deed is aimed at (src/coder/roles.c victim_of_violence).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Abschuss des libyschen Kampfjets durch Griechenland empörte die Regierung in Tripolis.

Ägypten verurteilte die Festnahme des ägyptischen Botschafters durch die sudanesische Polizei.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "durch agent: coded" 0
check "Abschuss … durch Griechenland: Greece's deed" grep -qP '\tGRC[A-Z]*\tLBY[A-Z]*\t19[0-9]\t' "$T/out"
check_not "Abschuss: not Libya against itself" grep -qP '\tLBY[A-Z]*\tLBY[A-Z]*\t19[0-9]\t' "$T/out"
check "verurteilte die Festnahme … durch die Polizei: aimed at the police" grep -qP '\tEGYGOV\tSDNCOP\t111\t' "$T/out"
test_done
