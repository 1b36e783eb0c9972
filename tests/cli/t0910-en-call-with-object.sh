#!/bin/sh
# t0910: "he had told Vladimir Putin of the decision in a phone call": a
# meeting or call (04x, mutual) named in a phrase with no partner of its
# own is held with the actor right after the clause's verb, its object
# (nouns.c noun_target_and_emit).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Chilean president said he had told Peruvian President Dina Boluarte of the decision in a phone call on Saturday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "call: coded" 0
check "the call: one way" grep -qP '\tCHLGOV\tPERGOV\t041' "$T/out"
check "the call: the other way" grep -qP '\tPERGOV\tCHLGOV\t041' "$T/out"
test_done
