#!/bin/sh
# t0926: "called for the immediate restoration of constitutional rule in
# Mali": an appeal or demand (02x, 10x) that names no addressee is
# addressed to the country of the in-phrase after its verb (roles.c
# appeal_in_country); not a fight "in" a country (no appeal).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Canada called for the "swift return" of civilian rule in Nicaragua.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "appeal: coded" 0
check "the appeal is addressed to the country named" grep -qP '\tCANGOV\tNIC[A-Z]*\t02' "$T/out"

cat > "$T/b.txt" <<'TXT'
Canadian troops fought rebels in Nicaragua on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check_not "a fight in a country is no appeal" grep -qP '\tCAN[A-Z]*\tNIC[A-Z]*\t(02|10)' "$T/out"
test_done
