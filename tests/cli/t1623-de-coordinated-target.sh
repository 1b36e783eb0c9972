#!/bin/sh
# t1623: a coordinated German verb with no actor of its own acts on the
# target of the verb before it ("verurteilte die Regierung Venezuelas und
# verhängte neue Sanktionen": RF_COORD_TARGET on for German), but a
# coordinated demand or warning names its own content ("kritisierte den
# Schritt Ghanas und forderte eine gemeinsame Lösung":
# RF_COORD_OWN_CONTENT).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chile verurteilte die Regierung Venezuelas und verhängte neue Sanktionen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "coordinated verb: coded" 0
check "the sanctions are against Venezuela" grep -qP '\tCHLGOV\tVENGOV\t163' "$T/out"

cat > "$T/b.txt" <<'TXT'
Algerien kritisierte Marokko scharf und rief seinen Botschafter zurück.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "coordinated recall: coded" 0
check "the recall is from Morocco" grep -qP '\tDZAGOV\tMARGOV\t16' "$T/out"

cat > "$T/c.txt" <<'TXT'
Die Regierung Nigerias kritisierte den Schritt Ghanas scharf und forderte eine gemeinsame afrikanische Lösung.

Die Regierung Kenias verurteilte die Entscheidung Tansanias und warnte davor, die Region weiter zu spalten.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "coordinated demand: coded" 0
check "the criticism stays" grep -qP '\tNGAGOV\tGHAGOV\t111' "$T/out"
check_not "the demand is not Ghana's" grep -qP '\tNGAGOV\tGHAGOV\t10' "$T/out"
check_not "the warning is not Tanzania's" grep -qP '\tKENGOV\tTZAGOV\t13' "$T/out"
test_done
