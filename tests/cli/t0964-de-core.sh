#!/bin/sh
# t0964: German core grammar and lexicon families found on real news
# (h-cde). Sentences written for this test.
. tests/cli/test-lib.sh

# "mehr als 50": the "als" of a comparison after "mehr"/"weniger" heads no
# apposition and starts no clause, so the counted noun stays the object
cat > "$T/mehrals.txt" <<'TXT'
Die kenianische Polizei nahm am Dienstag mehr als 80 Demonstranten fest.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/mehrals.txt"
expect_status "mehr als: coded" 0
check "mehr als: the counted protesters are the arrested" grep -qP '\tKENCOP\tKENCVL\t173\t' "$T/out"

test_done
