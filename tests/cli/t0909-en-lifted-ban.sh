#!/bin/sh
# t0909: "the government lifted the ban", "lifted the curfew": a concession
# (08x) done, whose object is a restriction at home (172x), eases it for
# the country's people (081, CVL); not one voted for ("voted to lift")
# (roles.c emit_clause_events).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Protesters marched on the Bolivian parliament, and the Bolivian government lifted the curfew on Monday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "lifted: coded" 0
check "the curfew lifted for the people" grep -qP '\tBOLGOV\tBOLCVL\t081' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Bolivian government voted on Monday to lift the curfew imposed by the army.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check_not "a vote to lift is not lifting" grep -qP '\tBOLGOV\tBOLCVL\t081' "$T/out"
test_done
