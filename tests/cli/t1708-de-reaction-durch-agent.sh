#!/bin/sh
# t1708: "Peru kritisierte den Abschuss der Drohne durch die chilenische
# Luftabwehr": a reaction (11, 12) to an act whose doer a "durch" phrase
# names after the object noun is aimed at that doer (roles.c, where nouns
# are capitalised).  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru kritisierte den Abschuss der Drohne durch die chilenische Luftabwehr.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "durch after the object: coded" 0
check "the criticism is aimed at the doer" grep -qP '\tPERGOV\tCHL[A-Z]*\t111\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Bolivien wies die Festnahme seines Konsuls durch die peruanische Polizei zurück.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "a rejection: coded" 0
check "the rejection is aimed at the doer" grep -qP '\tBOLGOV\tPER[A-Z]*\t12' "$T/out"
test_done
