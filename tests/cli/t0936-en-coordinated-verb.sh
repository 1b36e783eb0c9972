#!/bin/sh
# t0936: "visited the zone on Sunday, the first such trip in months, and
# pledged …", "said it would sanction X, and halted cooperation with Y": a
# conjunction right before the clause's finite verb opens a coordinated
# verb phrase whose subject is that of the clause before, when that clause
# has a verb (roles.c choose_subject).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru said on Monday it would expel two Chilean diplomats, and suspended talks with Bolivia on the border.
TXT
run "$DYAD" code --lang en --date 2024-03-04 --format tsv "$T/a.txt"
expect_status "coordinated: coded" 0
check "the coordinated verb shares the subject" grep -qP '\tPERGOV\tBOLGOV\t16' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Estonian foreign minister toured the flooded region of Latvia on Friday, the first such trip in years, and praised the Latvian government for its rescue work.
TXT
run "$DYAD" code --lang en --date 2024-03-04 --format tsv "$T/b.txt"
check "over an apposition, the subject before" grep -qP '\tESTGOV\tLVAGOV\t05' "$T/out"
test_done
