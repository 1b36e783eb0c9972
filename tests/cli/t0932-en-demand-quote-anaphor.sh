#!/bin/sh
# t0932: 'urged that "this dispute is not …"': a word inside a quotation
# that the demand frames takes up nothing of the story, so it gives the
# appeal no addressee (roles.c, target_demanded_clause); an unquoted one
# still does. Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Philippine foreign minister visited Beijing. A senior Chinese official urged on Thursday that "this dispute is not the whole of our relations," a day after the Philippine minister said the dispute "must not be a wall between our nations."
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "quoted content: coded" 0
check_not "a quoted 'this dispute' names no addressee" grep -qP '\tCHNGOV\tPHLGOV\t02' "$T/out"
check "the visit is still coded" grep -qP '\tPHLGOV\tCHNGOV\t042' "$T/out"
test_done
