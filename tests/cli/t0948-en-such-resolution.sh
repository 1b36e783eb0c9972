#!/bin/sh
# t0948: English takes up the last event with "a similar attack" or "such
# a move" but not with a bare indefinite "an attack" (indef_articles,
# such_words), takes up a resolution as the act of the last assembly that
# acted (assembly_words), all in src/lang/en/en_rules.c; an event noun after
# "victim(s) of/to" is suffered by the subject, not done (victim_words;
# nouns.c, noun_target_and_emit). Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Protesters from Ecuador attacked the embassy of Peru. Chile condemned a similar attack.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "similar: coded" 0
check "a similar attack takes up the last one" grep -qP '\tCHLGOV\t[A-Z]+\t111' "$T/out"

cat > "$T/b.txt" <<'TXT'
Protesters from Ecuador attacked the embassy of Peru. Kenya condemned an attack.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "indefinite: coded" 0
check_not "an attack is a new one: no target taken up" grep -qP '\tKENGOV\t[A-Z]+\t111' "$T/out"

cat > "$T/c.txt" <<'TXT'
The UN Security Council condemned Iran on Tuesday. Israel praised France. Tehran rejected the resolution.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "resolution: coded" 0
check "the resolution is the Council's" grep -qP '\tIRNGOV\tIGOUNO\t12' "$T/out"
check_not "not the last actor's" grep -qP '\tIRNGOV\tISRGOV\t12' "$T/out"

cat > "$T/d.txt" <<'TXT'
Kenyan police fell victim to an attack on Somalia.

Somali militants were the victims of an assault by Kenyan police.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "victim: coded" 0
check_not "who fell victim to an attack is not its attacker" grep -qP '\tKEN[A-Z]*\t[A-Z]*\t19' "$T/out"
check_not "the victims of an assault are not its actor" grep -qP '\tSOM[A-Z]*\t[A-Z]*\t18' "$T/out"
test_done
