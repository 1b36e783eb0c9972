#!/bin/sh
# t1703: "Peru protestierte bei Chile", "Lima protestierte scharf": a
# protest (141) by a government toward another country is an official
# complaint (114; emit.c), and one with no object (a clause-final adverb,
# "scharf", is none where nouns are capitalised) answers the last actor
# as criticism does (roles.c target_by_reaction); two disapprovals of
# one pair in one sentence are one happening.  Demonstrators still
# demonstrate (141).  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru hat am Montag bei Chile protestiert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "protest bei: coded" 0
check "a government's protest is a complaint" grep -qP '\tPERGOV\tCHLGOV\t114\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chilenische Kampfjets haben eine peruanische Drohne abgeschossen. Lima protestierte scharf und sprach von einer Provokation.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "protest with no object: coded" 0
check "the protest answers the shooter" grep -qP '\tPERGOV\tCHL[A-Z]*\t114\t' "$T/out"
check_not "once per pair and sentence" grep -qP '\tPERGOV\tCHL[A-Z]*\t111\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Tausende Demonstranten protestierten in Lima gegen die Regierung.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "demonstrators: coded" 0
check "demonstrators demonstrate" grep -qP '\tPERCVL\tPERGOV\t14' "$T/out"
test_done
