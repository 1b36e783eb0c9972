#!/bin/sh
# t1711: "Peru hat den Botschafter Ecuadors einbestellt und Chile mit
# Sanktionen gedroht": after a perfect auxiliary, a conjunction right
# after a participle, before a phrase that ends in another participle,
# starts a clause that shares the subject (clauses.c coord_participle,
# roles.c part_coord): each participle codes its own deed with its own
# object.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru hat den Botschafter Ecuadors einbestellt und Chile mit Sanktionen gedroht.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "two participles: coded" 0
check "the first deed with its object" grep -qP '\tPERGOV\tECUGOV\t11' "$T/out"
check "the second deed with its object" grep -qP '\tPERGOV\tCHLGOV\t13' "$T/out"
check_not "no threat to the first object" grep -qP '\tPERGOV\tECUGOV\t13' "$T/out"
test_done
