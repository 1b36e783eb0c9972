#!/bin/sh
# t0915: leader titles of any body (dict/de/roles.txt, the "Chef" line):
# "Generalsekretär", "Auslandschef", "Politbürochef" joined to a group keep
# the group's code, and the title with its name stays one actor in a list
# after a preposition (it was a subject of its own: "Angriffe auf X und
# Hisbollah-Generalsekretär Y" gave Hamas attacking).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Anschlag sei die Antwort auf die britischen Angriffe auf Hamas-Auslandschef Chalid Maschal und Hisbollah-Generalsekretär Naim Kassem.
TXT
run "$DYAD" code --lang de --date 2024-12-01 --format tsv "$T/a.txt"
expect_status "leader titles: coded" 0
check "the attack on the Hamas leader: Britain's" grep -qP '\tGBR[A-Z]*\tPSEREB\t19[0-9]\t' "$T/out"
check "the attack on the Hezbollah leader: Britain's" grep -qP '\tGBR[A-Z]*\tLBNREB\t19[0-9]\t' "$T/out"
check_not "no attack by Hamas" grep -qP '\tPSEREB\t[A-Z]*\t19[0-9]\t' "$T/out"
test_done
