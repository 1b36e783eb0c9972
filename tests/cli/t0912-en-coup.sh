#!/bin/sh
# t0912: "Niger's military seized power", "soldiers staged a coup": a
# removal from office (172) by the army with no one named is against its
# own government (roles.c, RF_COUP_AT_HOME; seize|power, grab|power in
# dict/en/verbs.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Gabon's military seized power on Wednesday.
TXT
run "$DYAD" code --lang en --date 2023-08-30 --format tsv "$T/a.txt"
expect_status "seized power: coded" 0
check "seized power: against the government" grep -qP '\tGABMIL\tGABGOV\t172' "$T/out"

cat > "$T/b.txt" <<'TXT'
Gabonese soldiers staged a coup on Wednesday.
TXT
run "$DYAD" code --lang en --date 2023-08-30 --format tsv "$T/b.txt"
check "staged a coup: against the government" grep -qP '\tGABMIL\tGABGOV\t172' "$T/out"
test_done
