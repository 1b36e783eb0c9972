#!/bin/sh
# t1602: "signed the accord on Monday, with the UN chief among the guests":
# a with-phrase after a comma stands apart (accompaniment, an absolute
# phrase), no partner of the verb (roles.c target_by_slots); a with-phrase
# that follows its verb is still the partner.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Bolivian president signed a trade agreement on Monday, with the Peruvian president among the guests.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "comma with: coded" 0
check_not "comma with: the guest signed nothing" grep -qP '\tPERGOV\t05' "$T/out"
check_not "comma with: nor with the guest" grep -qP '\tBOLGOV\tPERGOV\t05' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Bolivian president signed a trade agreement with the Peruvian president on Monday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check "with after the verb: the partner" grep -qP '\tBOLGOV\tPERGOV\t057' "$T/out"
test_done
