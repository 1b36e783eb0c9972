#!/bin/sh
# t0873-late-dateline: a dateline that opens the second or third paragraph
# (a headline and an agency line first) is read as the dateline: its place
# is no actor of the sentence, and it gives roles their country.
. tests/cli/test-lib.sh

printf 'Thousands try to storm the parliament\n\nAFP\n\nTBILISI - Police detained protesters on Thursday.\n' > "$T/a.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/a.txt"
expect_status "late-dateline: the article codes" 0
check "late-dateline: the police are Georgian" grep -q '"source":"GEOCOP","target":"GEOCVL".*"code":"173"' "$T/out"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/a.txt"
check "late-dateline: explain says the dateline gave it" grep -q "actor GEOCOP 'Police': country from the dateline" "$T/out"
check "late-dateline: the dateline's place is not in the clause" grep -q "clause 0 \[main\]: Police detained protesters on Thursday." "$T/out"
test_done
