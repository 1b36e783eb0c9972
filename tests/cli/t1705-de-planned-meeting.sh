#!/bin/sh
# t1705: "Der Gipfel zwischen A und B soll am Montag stattfinden", "das
# für Juli angesetzte Treffen", "Vorbereitungen für ein Gipfeltreffen":
# a meeting noun (04) in a clause with a word of planning (lang.h
# plan_words) or in the phrase of a noun of preparation or expectation
# (plan_heads) is yet to come: an intent (036), not a meeting held
# (nouns.c noun_is_event).  A summit that ended stays a meeting.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Gipfel zwischen Chile und Peru soll am Montag in Lima stattfinden.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "soll stattfinden: coded" 0
check "a summit to take place is an intent" grep -qP '\tCHLGOV\tPERGOV\t036\t' "$T/out"
check_not "no summit held" grep -qP '\t040\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Die Erwartungen an den Gipfel zwischen Chile und Peru sind gering.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "Erwartungen an den Gipfel: coded" 0
check_not "an expected summit is not held" grep -qP '\t040\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Das für Juli angesetzte Treffen von Chile und Peru ist das erste seit Jahren.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "angesetzte Treffen: coded" 0
check_not "a scheduled meeting is not held" grep -qP '\t040\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Der Gipfel zwischen Chile und Peru endete ohne Ergebnis.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "a summit that ended: coded" 0
check "a summit that ended was held" grep -qP '\tCHLGOV\tPERGOV\t040\t' "$T/out"
test_done
