#!/bin/sh
# t1700: "laut einigen Diplomaten", "von einigen Beamten": the determiner
# "einigen" before a role noun that carries a function-word class of its
# own (Diplomaten: FW_DIPLO) is no "sich einigen" reading: the role stays
# inside its phrase and the subject after the verb acts (atoms.c
# match_preds, verb_determiners).  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chile protestiert.
Laut einigen Diplomaten hat Peru mit Bolivien gesprochen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "laut einigen Diplomaten: coded" 0
check "the subject after the verb speaks" grep -qP '\tPERGOV\tBOLGOV\t04' "$T/out"
check_not "the role in the phrase is no subject" grep -qP '\tCHLGOV\tBOLGOV\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile protestiert.
Nach Angaben von einigen Diplomaten hat sich Peru mit Bolivien abgestimmt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "von einigen Diplomaten ... sich: coded" 0
check_not "no agreement read from the determiner" grep -qP '\t057\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Peru und Bolivien einigen sich auf ein Grenzabkommen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "the verb einigen: coded" 0
check "the verb stays a verb" grep -qP '\tPERGOV\tBOLGOV\t057' "$T/out"
test_done
