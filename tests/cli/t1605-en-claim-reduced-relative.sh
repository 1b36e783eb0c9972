#!/bin/sh
# t1605: "…, a claim the Peruvian army rejected", "…, a charge Lima denied":
# a clause that opens with its object noun (a reduced relative) reacts to
# what the sentence's agent said before it (roles.c
# reduced_relative_claimant, for rejections and denials with no object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bolivian officials said on Monday that their troops had taken the border town, a claim the Peruvian army rejected.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "a claim rejected: coded" 0
check "a claim rejected: answers the claimant" grep -qP '\tPERMIL\tBOLGOV\t12' "$T/out"

cat > "$T/b.txt" <<'TXT'
Bolivian officials said on Monday that their troops had taken the border town, a claim Lima denied.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check "a claim denied: answers the claimant" grep -qP '\tPERGOV\tBOLGOV\t016' "$T/out"
test_done
