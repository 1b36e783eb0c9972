#!/bin/sh
# t0938: "made no progress … in their first talks": a meeting named in a
# phrase with "their" is held among the clause's subjects, both ways, and
# is a fact even where the clause is negated (nouns.c negated_meeting; the
# English plural possessive: en_rules.c plural_poss).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The foreign ministers of Peru and Ecuador made no progress on the border dispute on Friday in their first talks since the crisis began.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "their talks: coded" 0
check "the talks: one way" grep -qP '\tPERGOV\tECUGOV\t04[0-9]*\t04\t.*\tfact\t' "$T/out"
check "the talks: the other way" grep -qP '\tECUGOV\tPERGOV\t04' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru did not send troops to the border, the ministry said.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check_not "a negated deed stays uncoded" grep -qP '\tPER' "$T/out"
test_done
