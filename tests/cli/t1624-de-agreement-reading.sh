#!/bin/sh
# t1624: "traf sich mit einigen Ministern": the determiner "einigen" after
# a reflexive is no "sich einigen" (lang.h verb_determiners, atoms.c
# match_preds); "einigten sich auf ein Sanktionspaket gegen Russland": a
# mutual act (an agreement) takes no target from the phrase of its
# object noun, its partner is named by its own slot (roles.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Präsident Kenias traf sich am Montag mit einigen Ministern aus Uganda.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "determiner einigen: coded" 0
check_not "no agreement" grep -qP '\t057\t' "$T/out"
check "the meeting is read" grep -qP '\tKENGOV\tUGAGOV\t04' "$T/out"

cat > "$T/b.txt" <<'TXT'
Kenia und Uganda einigen sich auf ein Grenzabkommen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "the verb einigen: coded" 0
check "the verb stays" grep -qP '\tKENGOV\tUGAGOV\t057' "$T/out"

cat > "$T/c.txt" <<'TXT'
Die Mitglieder der Afrikanischen Union einigten sich am Montag auf ein neues Sanktionspaket gegen Niger.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "agreement on sanctions: coded" 0
check_not "no agreement with Niger" grep -qP '\tNER[A-Z]*\t057|\t[A-Z]+\tNER[A-Z]*\t057' "$T/out"
test_done
