#!/bin/sh
# t0934: English "vetoed a U.S.-drafted resolution": a country before a
# hyphen and a participle in the object names its author, whom a verbal
# answer (roots 01-13) addresses; not a mediator of a signing among the
# subjects, and not an ally in a fight (roles.c, target_author).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Russia vetoed a U.S.-drafted resolution on Friday.

Armenia and Azerbaijan signed a U.S.-brokered declaration at the White House.

Saudi troops are fighting the Iran-aligned movement in the north.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "author: coded" 0
check "the veto answers the drafter" grep -qP '\tRUSGOV\tUSAGOV\t129' "$T/out"
check_not "the broker is no party of the signing" grep -qP '\t(ARM|AZE)GOV\tUSAGOV\t' "$T/out"
check_not "an ally named by -aligned is not fought" grep -qP '\tSAU[A-Z]*\tIRN[A-Z]*\t19' "$T/out"
test_done
