#!/bin/sh
# t1714: "Peru weigerte sich, das Abkommen mit Chile zu unterzeichnen",
# "Peru lehnte es ab, mit Chile zu verhandeln": a rejection (12) whose
# content is a zu-infinitive is aimed at the actor that content names
# (roles.c target_by_reaction; the reflexive "sich" is no object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru weigerte sich, das Abkommen mit Chile zu unterzeichnen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "sich weigern, zu: coded" 0
check "the refusal is aimed at the partner" grep -qP '\tPERGOV\tCHLGOV\t12' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru lehnte es ab, mit Chile zu verhandeln.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "es ablehnen, zu: coded" 0
check "the rejection is aimed at the partner" grep -qP '\tPERGOV\tCHLGOV\t12' "$T/out"
test_done
